"""Parties from the sentence that states their role, where no label names them.

A payer's letter says 我公司（X）已于…向Y支付…; a receipt says 今收到X支付的…; an acceptance
opinion says X组织召开了…验收会; a notice says X…确定Y为成交供应商. Each pattern names the role
of each organisation it captures; a captured span counts only if it holds an organisation
name (entities.find_organizations), so a clause is never taken for a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from pipeline.extract.entities import find_organizations, leading_noise_length, normalize_name, plausible_organisation
from pipeline.models import PageText
from pipeline.parsing.dates import find_dates

# an organisation's name: the shortest run that ends in an organisation word
_NAME = (r"[\u4e00-\u9fff（）()A-Za-z0-9·]{2,40}?"
         r"(?:股份有限公司|有限责任公司|有限公司|公司|集团|研究院|研究所|设计院|大学|学院|医院|中心|厂|局|"
         r"分行|支行|银行|合作社|事务所)(?![\u4e00-\u9fff]{0,4}(?:分公司|分行|支行))")
_SELF_NOTE = re.compile(r"^(?:我|贵|本|该)(?:公司|单位|司|方)[（(]")
_COMPANY_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)")
_PAY = r"(?:支付|付清|付讫|汇入|转入|汇出|划转|结清|付款|转账)"
_SELF = r"(?:我(?:公司|单位|司|方)|本(?:公司|单位))"
# the rank a firm held before it was chosen (确定第一中标候选人X为中标人): its role, not its name
# the payee's account particulars in brackets after its name (向X（账号：…，开户行：…）划转资金):
# a note on the name, no part of the sentence
_ACCOUNT_NOTE = r"[（(][^（）()。]{0,80}?(?:账号|账户|开户行|开户银行|户名)[^（）()。]{0,80}[）)]"
_CANDIDATE = (r"(?:(?:(?:排名)?第[一二三1-3１-３]名?的?(?:中标|成交|中选)?候选(?:人|单位|供应商)"
              r"|(?:综合)?(?:排名|得分)第[一二三1-3１-３]名?的?)\s*)?")


@dataclass(frozen=True)
class RolePattern:
    doc_type: str
    pattern: re.Pattern[str]
    means: str


def _p(doc_type: str, pattern: str, means: str) -> RolePattern:
    # sentences wrap: a line break inside them is read as nothing
    return RolePattern(doc_type, re.compile(pattern), means)


ROLE_PATTERNS: tuple[RolePattern, ...] = (
    _p("payment_proof", rf"{_SELF}\s*[（(]\s*(?P<payer>{_NAME})\s*[）)][^。]{{0,90}}?(?:向|给)[^。]{{0,120}}?{_PAY}",
       "我公司（付款人）向收款人付款"),
    _p("payment_proof", rf"(?P<payer>{_NAME})(?:已于|于)[^。]{{0,70}}?(?:向|给)\s*(?P<payee>{_NAME})\s*"
                        rf"[）)]?\s*(?:[（(][^）)]{{0,20}}[）)])?\s*(?:的?账户)?{_PAY}", "付款人已于某日向收款人付款"),
    _p("payment_proof", rf"(?:今|已|现|确认)?收(?:到|讫)\s*(?P<payer>{_NAME})\s*(?:[（(][^）)]{{0,40}}[）)])?\s*"
                        r"(?:通过[^。]{0,20}?)?(?:支付|汇入|付来|转来|交来|汇来)", "收款人确认收到付款人的款项"),
    _p("payment_proof", rf"(?:向|给)\s*(?P<payee>{_NAME})[）)]?\s*(?:[（(][^）)]{{0,20}}[）)]|{_ACCOUNT_NOTE})?\s*(?:的?账户)?{_PAY}",
       "向收款人付款"),
    # the subject is in the sentence: a salutation (X：您好！我公司…) ends before it
    _p("acceptance_report", rf"(?P<customer>{_NAME})[^。，,：:！!？?]{{0,44}}?(?:组织|召开|主持)(?:召开)?(?:了)?[^。]{{0,60}}?验收",
       "客户组织验收"),
    _p("acceptance_report", rf"(?:受|应)\s*(?P<customer>{_NAME})\s*(?:的)?(?:邀请|委托)[^。]{{0,60}}?验收",
       "受客户邀请参加验收"),
    _p("diagnosis_report", rf"(?:受|应)\s*(?P<customer>{_NAME})\s*(?:的)?(?:邀请|委托)[^。]{{0,80}}?(?:诊断|评估)",
       "受企业邀请开展诊断"),
    _p("diagnosis_report", rf"(?:对|为)\s*(?P<customer>{_NAME})[^。]{{0,40}}?(?:开展|进行|实施)了?[^。]{{0,20}}?(?:诊断|评估)",
       "对企业开展诊断"),
    # the buyer is the sentence's subject: no bid figure between it and the decision (a table of
    # quotes above the sentence lists bidders, not the buyer)
    _p("procurement_proof", rf"(?P<customer>{_NAME})(?:(?!\d{{1,3}}(?:,\d{{3}})+|\d+\.\d{{2}})[^。]){{0,90}}?(?:确定|选定|评定|决定)\s*{_CANDIDATE}(?P<supplier>{_NAME})\s*为"
                            r"[^。]{0,12}?(?:中标|成交|中选|入围)", "采购人确定供应商"),
    # (the addressee's salutation ends with a colon: 北辰X公司：我单位组织的…招标 is the writer's)
    _p("procurement_proof", rf"(?P<customer>{_NAME})[^。，,:：]{{0,12}}?(?:组织|举办|发起|开展)的?[^。]{{0,60}}?"
                            r"(?:招标|比选|询价|询比价|比价|谈判|磋商|采购|竞价|遴选)", "采购人组织采购"),
    _p("procurement_proof", rf"(?:确定|选定|评定|决定)\s*{_CANDIDATE}(?P<supplier>{_NAME})\s*为[^。]{{0,12}}?(?:中标|成交|中选|入围)",
       "确定供应商"),
    # a third party's account of the tender (a notary's certificate, an auditor's letter) states
    # whose tender it was: X作为招标人 / X系本项目采购人 (not X作为招标代理机构)
    _p("procurement_proof", rf"(?P<customer>{_NAME})\s*(?:作为|系|是|为)(?:本|该|此)?(?:项目|次)?的?\s*"
                            r"(?:招标人|采购人|招标单位|采购单位|比选人|询价人)(?![^。，,；;]{0,2}代理)",
       "陈述其为招标人/采购人"),
)


@dataclass(frozen=True)
class RoleHit:
    role: str
    page: PageText
    start: int
    end: int
    name: str
    means: str


# a letter's own words for the two sides: 贵公司 is whom it is addressed to, 我公司 who writes
_TO_ADDRESSEE = re.compile(rf"(?:向|给|至)\s*贵(?:公司|单位|司|方)[^。]{{0,120}}?{_PAY}")
_BY_WRITER = re.compile(rf"{_SELF}(?![（(])[^。]{{0,80}}?(?:已于|于|通过)[^。]{{0,120}}?(?:向|给)[^。]{{0,120}}?{_PAY}")
# an organisation's internal notice calls itself 公司 alone (…并于…通过公司组织的竣工验收): the
# bare word, with no name before it, is the writer as much as 我公司 is
_ACCEPTED_BY_WRITER = re.compile(rf"(?:{_SELF}(?![（(])[^。]{{0,40}}?|(?:通过|经|由)公司)(?:组织|召开|主持)(?:召开)?(?:了)?"
                                 r"[^。]{0,60}?验收")
# an aside in brackets (我公司X项目（合同编号：…，承建单位：Y）已于…组织验收) is no part of the
# sentence's frame: its subject and verb are read with the aside left out
_ASIDE = re.compile(r"[（(][^（）()]{0,80}[）)]")
# 受贵公司邀请…开展诊断 / 赴贵公司开展诊断: the firm diagnosed is the one the letter is addressed to
# (OCR reads 贵 as 责 on both engines; 责公司 is no word)
_DIAGNOSED_ADDRESSEE = re.compile(r"(?:受|应|赴|为|对|到|走进|深入)\s*[贵责](?:公司|单位|司|企业|厂)[^。]{0,80}?(?:诊断|评估|调研)"
                                  # 根据…贵公司现场诊断情况 / 贵司的诊断结果: the addressee's own
                                  # diagnosis, named in one phrase (no clause between)
                                  r"|(?<!负)[贵责](?:公司|单位|司|企业|厂)(?:的)?(?:现场|实地|上门)?(?:诊断|评估)")
# a receipt confirmation the payee writes to its customer: 贵单位于…向我公司（X）支付…，我公司已收到 —
# the addressee paid the writer (OCR reads 贵 as 责; 责单位 is no word)
_ADDRESSEE_PAID_WRITER = re.compile(rf"[贵责](?:公司|单位|司|方)[^。]{{0,80}}?(?:向|给|至)\s*{_SELF}[^。]{{0,60}}?{_PAY}")
# a bank certifies: 贵单位在我行开立的…账户…收到X汇入款项 — the addressee's account was paid
_ADDRESSEE_ACCOUNT_PAID = re.compile(r"贵(?:公司|单位|司|方)[^。]{0,60}?账户[^。]{0,60}?收(?:到|讫)")
# and the reverse: 贵单位在我行开立的账户…于…向Y…划转资金 — the addressee's account paid Y (the
# bank certifies a transfer out of its client's account; nothing received in between)
_ADDRESSEE_ACCOUNT_PAID_OUT = re.compile(
    rf"贵(?:公司|单位|司|方)[^。]{{0,60}}?账户(?:(?!收[到讫]|贵(?:公司|单位|司|方))[^。]){{0,120}}?(?:向|给|至)"
    rf"(?!\s*贵)(?:(?!收[到讫])[^。]){{2,160}}?(?:{_PAY}|划[付拨出])")
_RECEIVED_BY_WRITER = re.compile(rf"{_SELF}[^。]{{0,20}}?(?:已|确认)?收(?:到|讫)|{_PAY}(?:至|到|给|入)\s*{_SELF}")
# a statement of account sent to the customer: 贵公司已付款 / 贵公司累计支付
_PAID_BY_ADDRESSEE = re.compile(r"贵(?:公司|单位|司|方)\s*(?:已|累计|共计|合计)+\s*(?:付款|支付|付)")
# an approval or notice telling its addressee to sign the contract with the chosen supplier
# (请你公司按照成交结果与成交供应商签订合同): the addressee is the buyer. Told to sign with the
# writer (请贵公司与我单位签订合同) it is the supplier, which this does not match.
_ADDRESSEE_SIGNS_WITH_SUPPLIER = re.compile(
    r"[你贵](?:公司|单位|司|厂)[^。]{0,40}?(?:与|同|和)\s*(?:成交|中标|中选|入围)(?:供应商|人|单位|候选人)"
    r"[^。]{0,20}?(?:签订|签署|订立)[^。]{0,10}?(?:合同|协议)")
# a letter's 致 line, an e-mail's or a fax's recipient line (收件人：X公司信息化负责人: the firm,
# whoever in it reads the mail), or a salutation line (X：)
_ADDRESSEE = re.compile(r"^\s*(?:致|To|TO|收件人|收件单位|收件方|收信人|收文单位|主送(?:单位)?)\s*[:：]?\s*(?P<name>.+?)\s*[:：]?\s*$"
                        r"|^\s*(?P<salute>[^：:，,。]{4,40})[:：]\s*$")


def addressee_of(pages: list[PageText]) -> RoleHit | None:
    """Whom a letter is addressed to: the 致： line, or a salutation line (X：) near the top."""
    if not pages:
        return None
    page = pages[0]
    for start, end in _lines(page)[:8]:
        m = _ADDRESSEE.match(page.text[start:end])
        if not m:
            continue
        group = "name" if m.group("name") else "salute"
        orgs = [o for o in find_organizations(m.group(group)) if plausible_organisation(o.text)]
        if len(orgs) == 1:
            at = start + m.start(group) + orgs[0].start
            return RoleHit("addressee", page, at, at + len(orgs[0].text), normalize_name(orgs[0].text), "致函对象")
    return None


def _role_hit(role: str, rp: RolePattern, page: PageText, joined: str, origin: list[int],
              m: re.Match[str]) -> RoleHit | None:
    """The organisation a statement's group captured. Names are read in the joined text, so a
    name wrapped over a line break (天津环曜智\n控科技有限公司) is read whole; its span on the
    page runs from its first character to its last."""
    span = joined[m.start(role):m.end(role)]
    if m.start(role) == m.start() and _labelled_in_aside(joined, m.start()):
        return None
    orgs = find_organizations(span)
    if not orgs:
        return None
    org = orgs[-1] if role in ("payee", "supplier") and len(orgs) > 1 else orgs[0]
    jstart, jend = m.start(role) + org.start, m.start(role) + org.end
    jstart = _wrapped_start(joined, origin, jstart, jend)
    # the name's line may open with the clause before it (公证事项…\n兹证明申请人天津X公司)
    jstart += leading_noise_length(joined[jstart:jend])
    name = joined[jstart:jend]
    note = _SELF_NOTE.match(name)
    if note:                     # 我公司（X / 贵公司（X: the name is inside
        jstart += note.end()
        name = name[note.end():]
    cut = _COMPANY_END.search(name)
    if cut and cut.end() < len(name) and not re.search(r"分公司|分行|支行|分院$", name):
        jend = jstart + cut.end()      # 天津X有限公司在公司: a word ran on
        name = name[:cut.end()]
    if not name or not plausible_organisation(name) or _names_a_project(joined, jstart, jend):
        return None
    return RoleHit(role, page, origin[jstart], origin[jend - 1] + 1, normalize_name(name), rp.means)


# a name-shaped run inside a project's name (“翀远电子能源管控中心建设项目”, X智能工厂改造工程) names
# the project's object, not a party: a quotation opens before it, or a project noun follows it
_PROJECT_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:建设|改造|升级|扩建|新建|技改|一期|二期|三期)?(?:项目|工程|标段|系统)")
_OPEN_QUOTES = "“\"‘「『《"


def _names_a_project(joined: str, start: int, end: int) -> bool:
    return bool(_PROJECT_AFTER.match(joined[end:end + 12])) or \
        (start > 0 and joined[start - 1] in _OPEN_QUOTES and not _COMPANY_END.search(joined[start:end]))


def _labelled_in_aside(joined: str, at: int) -> bool:
    """A name that opens a statement as its subject, but stands as a labelled value inside an
    open bracket (X项目（合同编号：…，承建单位：Y）已于…组织验收), is the aside's, not the subject:
    the sentence's subject stands before the bracket."""
    opened = max(joined.rfind("（", 0, at), joined.rfind("(", 0, at))
    if opened < 0 or max(joined.rfind("）", 0, at), joined.rfind(")", 0, at)) > opened:
        return False
    return bool(re.search(r"[:：，,；;]", joined[opened:at]))


_NAME_HEAD = re.compile(r"[\u4e00-\u9fff]{2,}")


def _wrapped_start(joined: str, origin: list[int], jstart: int, jend: int) -> int:
    """A name read across a line end starts on the line above only with a head that reads as one
    (天津环曜智\n控科技有限公司); the tail of another line (…10:54（星期二）\n天津X有限公司) is not
    part of it."""
    for j in range(jstart + 1, jend):
        if origin[j] != origin[j - 1] + 1:          # a line end between j-1 and j
            if not _NAME_HEAD.fullmatch(joined[jstart:j]):
                return j
            break
    return jstart


def parties_by_statement(doc_type: str, pages: list[PageText]) -> list[RoleHit]:
    """Each (role, organisation) a statement of this document's kind names, in reading order."""
    out: list[RoleHit] = []
    if doc_type == "payment_proof":
        out.extend(_letter_parties(pages, _prose(pages)))
    if doc_type == "diagnosis_report":
        addressee = addressee_of(pages)
        if addressee and _DIAGNOSED_ADDRESSEE.search(_prose(pages)):
            out.append(RoleHit("customer", addressee.page, addressee.start, addressee.end, addressee.name,
                               "诊断贵公司（致函对象）"))
    if doc_type == "procurement_proof":
        addressee = addressee_of(pages)
        if addressee and _ADDRESSEE_SIGNS_WITH_SUPPLIER.search(_prose(pages)):
            out.append(RoleHit("customer", addressee.page, addressee.start, addressee.end, addressee.name,
                               "致函对象按成交结果与供应商签订合同（采购人）"))
    if doc_type == "acceptance_report":
        # 我公司于…组织了…验收 in a letter: the writer accepted
        writer = issuer_of(pages)
        if writer and _ACCEPTED_BY_WRITER.search(_ASIDE.sub("", _prose(pages))):
            out.append(RoleHit("customer", writer.page, writer.start, writer.end, writer.name,
                               "我公司组织验收（出具单位）"))
    for page in pages:
        # read across line ends: map positions of the joined text back to the page
        joined, origin = _join_lines(page.text)
        for rp in ROLE_PATTERNS:
            if rp.doc_type != doc_type:
                continue
            for m in rp.pattern.finditer(joined):
                found = [hit for role, value in m.groupdict().items() if value is not None
                         for hit in [_role_hit(role, rp, page, joined, origin, m)] if hit is not None]
                names = [normalize_name(h.name) for h in found]
                if len(found) > 1 and any(a in b for i, a in enumerate(names) for b in names[i + 1:] + names[:i]):
                    continue     # one organisation in two roles: the sentence was misread
                out.extend(found)
    out.sort(key=lambda h: (h.page.number, h.start))
    return out


# A defined term names a party's role once, for the whole document:
# 天津X有限公司（以下简称“委托方”）/ X（下称"甲方"）. OCR may lose either bracket or quote.
_DEFINITION = re.compile(r"(?:以下(?:简)?称|下称|简称)(?:为)?\s*[:：]?\s*[“\"「『‘'（(]?\s*"
                         r"(?P<term>[\u4e00-\u9fffA-Za-z]{1,8}?)\s*(?=[”\"」』’'）)，,。；;或]|$)")
_RECITAL = re.compile(r"鉴于")
# A Japanese definition: X（以下「甲」という / 以下「委託者」と称する）. A bilingual contract may
# give the term twice in one bracket (以下「甲」という／以下简称“甲”): the first one follows the name.
_DEFINITION_JA = re.compile(r"以下\s*[「『“\"]\s*(?P<term>[\u4e00-\u9fffA-Za-z]{1,8}?)\s*[」』”\"]\s*"
                            r"(?:と\s*)?(?:いう|言う|称する|呼ぶ)")
DEFINED_TERM_BEFORE = re.compile(r"(?:(?:以下(?:简)?称|下称|简称)(?:为)?\s*[:：]?\s*[“\"「『‘'（(]?|以下\s*[「『“\"])\s*$")


# An English definition: X, a company incorporated in …, registered at … (the "Purchaser") /
# (hereinafter referred to as "the Buyer") / hereinafter called the "Seller". The name opens the
# party's clause; its particulars (incorporation, code, address) come between it and the term.
_DEFINITION_EN = re.compile(r"(?i:\(\s*(?:hereinafter\s+(?:referred\s+to\s+as|called)\s+)?(?:the\s*)?"
                            r"|hereinafter\s+(?:referred\s+to\s+as|called)\s+(?:the\s*)?)"
                            r"[“\"]\s*(?i:the\s+)?(?P<term>[A-Za-zÄÖÜäöü]{3,20})\s*[”\"]")
# where a party's clause opens: the previous party's clause end, 'between:', a list number (2)
_CLAUSE_OPEN = re.compile(r"(?i:[;；:：]|\bbetween\b|\band\b\s*(?=\(\d\))|\(\d\)|（\d）)")


def _english_defined(page: PageText, joined: str, origin: list[int],
                     role_of_term: Callable[[str], str | None]) -> list[RoleHit]:
    """Each organisation an English definition gives a role: the first organisation of the
    clause that ends with the definition."""
    out: list[RoleHit] = []
    for m in _DEFINITION_EN.finditer(joined):
        role = role_of_term(m.group("term"))
        if role is None or not m.start():
            continue
        head = max(0, m.start() - 240)
        opens = [o.end() for o in _CLAUSE_OPEN.finditer(joined, head, m.start())]
        begin = opens[-1] if opens else head
        first, stop = origin[begin] if begin < len(origin) else origin[-1], origin[m.start() - 1] + 1
        window = page.text[first:stop]
        orgs = [o for o in find_organizations(window) if plausible_organisation(o.text)]
        if not orgs:
            continue
        org = orgs[0]
        out.append(RoleHit(role, page, first + org.start, first + org.end, normalize_name(org.text),
                           f"定义条款：the \u201c{m.group('term')}\u201d"))
    return out


def defined_parties(pages: list[PageText], role_of_term: Callable[[str], str | None]) -> list[RoleHit]:
    """Each organisation a definition gives a role (its name is right before 以下简称…, or opens
    the clause an English definition (the "Purchaser") ends)."""
    out: list[RoleHit] = []
    for page in pages:
        joined, origin = _join_lines(page.text)
        out.extend(_english_defined(page, joined, origin, role_of_term))
        definitions = sorted([*_DEFINITION.finditer(joined), *_DEFINITION_JA.finditer(joined)], key=lambda d: d.start())
        for m in definitions:
            role = role_of_term(m.group("term"))
            if role is None:
                continue
            sentence = joined[max(joined.rfind("。", 0, m.start()) + 1, m.start() - 60):m.start()]
            if _RECITAL.search(sentence):
                continue    # 鉴于X（以下称“发包人”）与承包人已签订…: a party of another agreement
            # the name ends right before the definition (an opening bracket between them)
            stop = origin[m.start() - 1] + 1 if m.start() else 0
            first = origin[max(0, m.start() - 48)]
            window = page.text[first:stop]
            orgs = [o for o in find_organizations(window)
                    if not window[o.end:].strip(" \n（(：:“\"")]
            if not orgs or not plausible_organisation(orgs[-1].text):
                continue
            org = orgs[-1]
            out.append(RoleHit(role, page, first + org.start, first + org.end, normalize_name(org.text),
                               f"定义条款：以下简称“{m.group('term')}”" if m.re is _DEFINITION
                               else f"定义条款：{m.group(0)}"))
    return out


def _prose(pages: list[PageText]) -> str:
    """The document's text with line ends removed: statements wrap anywhere."""
    return "".join(p.text.replace("\n", "") for p in pages)


def _letter_parties(pages: list[PageText], prose: str) -> list[RoleHit]:
    """A payment letter names the sides as 我公司 and 贵公司: the payee is the addressee when it
    pays 贵公司, the payer is the writer when 我公司 pays (and the reverse for a receipt)."""
    out = []
    addressee, writer = addressee_of(pages), issuer_of(pages)
    if addressee and _TO_ADDRESSEE.search(prose):
        out.append(RoleHit("payee", addressee.page, addressee.start, addressee.end, addressee.name,
                           "付款给贵公司（致函对象）"))
    if addressee and _ADDRESSEE_ACCOUNT_PAID.search(prose):
        out.append(RoleHit("payee", addressee.page, addressee.start, addressee.end, addressee.name,
                           "贵单位账户收到款项（致函对象）"))
    if addressee and _ADDRESSEE_ACCOUNT_PAID_OUT.search(prose) and not _ADDRESSEE_ACCOUNT_PAID.search(prose):
        out.append(RoleHit("payer", addressee.page, addressee.start, addressee.end, addressee.name,
                           "贵单位账户向收款人划出款项（致函对象）"))
    if writer and _BY_WRITER.search(prose):
        out.append(RoleHit("payer", writer.page, writer.start, writer.end, writer.name, "我公司付款（出具单位）"))
    if writer and _RECEIVED_BY_WRITER.search(prose):
        out.append(RoleHit("payee", writer.page, writer.start, writer.end, writer.name, "我公司收款（出具单位）"))
    if addressee and _ADDRESSEE_PAID_WRITER.search(prose):
        out.append(RoleHit("payer", addressee.page, addressee.start, addressee.end, addressee.name,
                           "贵单位向我公司付款（致函对象）"))
    if addressee and _PAID_BY_ADDRESSEE.search(prose):
        out.append(RoleHit("payer", addressee.page, addressee.start, addressee.end, addressee.name,
                           "贵公司已付款（致函对象）"))
        if writer and not _BY_WRITER.search(prose):
            # a statement of account: what the addressee paid, it paid to the writer
            out.append(RoleHit("payee", writer.page, writer.start, writer.end, writer.name,
                               "贵公司已付款给我公司（出具单位）"))
    return out


def _join_lines(text: str) -> tuple[str, list[int]]:
    chars, origin = [], []
    for i, ch in enumerate(text):
        if ch == "\n":
            continue
        chars.append(ch)
        origin.append(i)
    return "".join(chars), origin


# lines that name someone other than the issuer: the addressee, copies, a meeting's attendees
# (the addressee's colon at the line's end may be read by OCR as a semicolon: 某某有限公司;)
_NOT_ISSUER_LINE = re.compile(r"^(?:致|收件|抄送|发送|主送|报送|参会|出席|列席|附件)|[:：;；]\s*$|贵(?:公司|单位|司)")
_DATE_LINE = re.compile(r"^\s*(?:\d{4}\s*[年.\-/]|[〇○零一二]{4}\s*年|日期)")


def issuer_of(pages: list[PageText]) -> RoleHit | None:
    """Who issued the document: the organisation that signs it at the end (the line before its
    date, or a line of its own), else the letterhead on top. The issuer of an acceptance
    opinion or a procurement notice is the customer; of a payment letter, the payer."""
    if not pages:
        return None
    last = pages[-1]
    lines = _lines(last)
    slip = _reply_slip_at(last, lines)
    if slip == 0 and len(pages) > 1:
        last = pages[-2]         # the reply slip has a page of its own: the letter ends before it
        lines = _lines(last)
    elif slip is not None:
        lines = lines[:slip]     # the addressee signs the slip below the letter, not the letter
    for k in range(len(lines) - 1, max(len(lines) - 8, 0) - 1, -1):
        start, end = lines[k]
        line = last.text[start:end]
        if _NOT_ISSUER_LINE.search(line.strip()) or len(line.strip()) > 40:
            continue
        if k > 0 and _BARE_LABEL.fullmatch(last.text[lines[k - 1][0]:lines[k - 1][1]].strip()):
            continue    # 拟定供应商 | 乙南数控有限公司: a screen's field and its value, no signature
        orgs = [o for o in find_organizations(line) if plausible_organisation(o.text)]
        if len(orgs) == 1 and line.strip().startswith(orgs[0].text[:2]) and _signs_alone(line[orgs[0].end:]):
            org = orgs[0]
            return RoleHit("issuer", last, start + org.start, start + org.end, normalize_name(org.text), "落款单位")
    first = pages[0]
    for start, end in _lines(first)[:2]:
        line = first.text[start:end]
        orgs = [o for o in find_organizations(line) if plausible_organisation(o.text)]
        if len(orgs) == 1 and not _NOT_ISSUER_LINE.search(line.strip()) and (
                len(line.strip()) <= len(orgs[0].text) + 6 or _OWN_SYSTEM.match(line[orgs[0].end:])
                or _DOCUMENT_CONTROL.match(line[orgs[0].end:]) or _OWN_FORM.fullmatch(line[orgs[0].end:])):
            org = orgs[0]
            return RoleHit("issuer", first, start + org.start, start + org.end, normalize_name(org.text), "抬头单位")
    # an approval record of an organisation's own workflow system (企业微信、钉钉、OA 审批详情):
    # its header names who submitted it (X提交的项目验收, 发起人 X) and, on a line of its own
    # beneath, the organisation that person acts for, the one whose system approves
    head = _lines(first)[:10]
    for k, (start, end) in enumerate(head):
        if not _APPROVAL_HEADER.search(first.text[start:end].strip()):
            continue
        for o_start, o_end in head[k + 1:k + 3]:
            line = first.text[o_start:o_end]
            orgs = [o for o in find_organizations(line) if plausible_organisation(o.text)]
            if len(orgs) == 1 and len(line.strip()) <= len(orgs[0].text) + 4 and not _NOT_ISSUER_LINE.search(line.strip()):
                org = orgs[0]
                return RoleHit("issuer", first, o_start + org.start, o_start + org.end, normalize_name(org.text),
                               "审批发起人所在单位")
        break
    return None


# the header of an approval record: a person submitted it (张三提交的付款申请, 李四发起的验收审批),
# or the initiator's label, the name after it
_APPROVAL_HEADER = re.compile(r"^[\u4e00-\u9fff·]{1,8}(?:提交|发起)的[\u4e00-\u9fff（）()]{1,16}$"
                              r"|^(?:发起人|申请人|提交人)\s*[:：]?\s*[\u4e00-\u9fff·]{1,8}$")


# the label of the supplier's side alone on its line (a phone screen puts the value below it:
# 拟定供应商 | 乙南数控有限公司): what follows is that field, not the issuer signing
_BARE_LABEL = re.compile(r"(?!.*(?:盖章|签章|签字|公章|印章|落款))[\u4e00-\u9fff（）()]{0,8}"
                         r"(?:供应商|中标|成交|收款|乙方|承建|承接|服务商|服务方|受托|施工)[\u4e00-\u9fff（）()]{0,6}[:：]?")


_SEAL_WORDS = re.compile(r"[（(]?\s*(?:盖章|公章|签章|签字|印章|章)\s*[）)]?|[:：，,。.\s]")


def _signs_alone(rest: str) -> bool:
    """What follows a name on a signature line: a seal note or the date, nothing else
    (a table row 信息中心 数据接口符合要求 2023.2.27 names a department's opinion)."""
    for m in reversed(find_dates(rest)):
        rest = rest[:m.start] + rest[m.end:]
    rest = _SEAL_WORDS.sub("", rest)
    # the organisation signing through one of its departments (X有限公司采购管理部, X公司财务部)
    return not rest or bool(_OWN_DEPARTMENT.fullmatch(rest))


# a screenshot of an organisation's own system names it in the system's title bar
# (X有限公司·协同办公平台, X集团 OA, X公司电子采购系统): the organisation issued what it shows
_OWN_SYSTEM = re.compile(r"\s*[·•\-—|｜]?\s*(?:[\u4e00-\u9fff]{0,6}(?:办公|采购|审批|流程|管理|财务|资金))?\s*"
                         r"(?:平台|系统|OA|ERP|门户)")
# a controlled document's header (GMP, ISO quality systems, a plant's own forms): the firm, perhaps
# its department, then the paper's number in that firm's system (文件编号, 表单号, 版本, 页码):
# the firm whose document system numbers the paper issued it
_DOCUMENT_CONTROL = re.compile(r"[\s”\"'|｜·]*(?:[\u4e00-\u9fff]{1,8}(?:部|处|科|室|中心|车间)[\s”\"'|｜·]*)?"
                               r"(?:(?:文件|文档|表单|表格|记录|报告|受控|质量记录)(?:编号|编码|号)|版本号?|版次|页码|修订号"
                               r"|(?i:doc(?:ument)?\.?\s*no|form\s*no))")
# the title of an organisation's own internal form after its name (X有限公司直接采购审批单,
# X公司合同会签表, X集团采购申请单): the firm's workflow paper, issued by the firm it names
# (a supplier's 付款申请书 is a letter to its customer, no such form)
_OWN_FORM = re.compile(r"\s*[\u4e00-\u9fff（）()]{0,12}(?:(?:审批|呈批|签报|会签|审签)(?:单|表|件)?|采购申请(?:单|表))\s*")
_OWN_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{0,8}(?:部|处|科|室|办公室|中心|小组|委员会)")


# a reply slip under a letter (回执：以上内容已知悉并确认 / 确认回执 / —— 回执联 ——): the
# addressee's acknowledgement, signed by the addressee; the letter's own signature is above it
_REPLY_SLIP = re.compile(r"^[\s\-—－_=*·.…【\[（(]*(?:[\u4e00-\u9fff]{0,6}确认)?回\s*执(?:联|单|栏)?(?=[\s:：;；】\]）)\-—]|$)")


def _reply_slip_at(page: PageText, lines: list[tuple[int, int]]) -> int | None:
    """The index of the line that opens a reply slip on the page, if one does."""
    return next((k for k, (start, end) in enumerate(lines) if _REPLY_SLIP.match(page.text[start:end])), None)


def _lines(page: PageText) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in page.text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
