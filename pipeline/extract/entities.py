"""Chinese text processing with spaCy: a blank `zh` pipeline plus rule-based entity finding.

No statistical model is needed (or available offline): organisations, credit codes, money
and dates follow written conventions that regexes find reliably; spaCy gives them a Doc with
entity spans aligned to its character tokens, which downstream code queries by offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from typing import TYPE_CHECKING

from pipeline.parsing.amounts import find_amounts
from pipeline.parsing.dates import find_dates
from pipeline.parsing.uscc import find_usccs

if TYPE_CHECKING:   # spaCy is imported when text is first read, not by every module importing names
    from spacy.language import Language
    from spacy.tokens import Doc, Span

_ORG_SUFFIX = (
    "股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|分公司|公司|研究院|研究所|设计院|"
    "科学院|大学|学院|医院|事务所|合作社|(?:分|支)行|中心|厂(?![内区房长级家商部])"
)
_ORG = re.compile(
    r"[\u4e00-\u9fff（）()A-Za-z0-9·]{2,40}?(?:" + _ORG_SUFFIX + r")(?![\u4e00-\u9fff]{0,1}(?:公司|分行|支行))"
    # a branch named after its company: X有限公司天津分公司 is one name (the branch's)
    r"(?:[\u4e00-\u9fff（）()]{1,8}?(?:分公司|分厂|办事处|营业部))?"
)
# words a label leaves in front of a name when OCR drops the colon
_LEADING_NOISE = re.compile(
    r"^(?:[甲乙丙]方|致|付款人|收款人|付款方|收款方|户名|名称|单位名称|验收单位|建设单位|使用单位|"
    r"承建单位|供应商|中标人|中标单位|招标人|采购人|采购方|供应方|委托方|受托方|买方|卖方|"
    r"采购单位|用户单位|承担单位|实施单位|全称|（[^）]{0,6}）|\([^)]{0,6}\)|"
    # a party's role in a certificate or an application (兹证明申请人天津X公司): a label, not a name
    r"申请人|申请单位|申报单位|委托人|委托单位|当事人|投标人|投标单位|"
    # any role label a seal note follows (确认单位（盖章）, 证明单位（公章）): a name never holds a
    # seal note, so the words before one are the label (OCR may lose the note's closing bracket)
    r"[\u4e00-\u9fff]{1,4}(?:单位|方|人)(?=[（(](?:盖|签章|公章|印章))|"
    # an account number the name follows on a bank's line (付款账户：62220…天津X有限公司)
    r"\d{6,}\s*)+"
)


@dataclass(frozen=True)
class Entity:
    label: str  # ORG | USCC | MONEY | DATE
    start: int
    end: int
    text: str


def _entity_component(doc: Doc) -> Doc:
    text = doc.text
    spans: list[Span] = []

    def add(start: int, end: int, label: str) -> None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)

    for m in find_usccs(text):
        add(m.start, m.end, "USCC")
    for m in find_amounts(text):
        add(m.start, m.end, "MONEY")
    for m in find_dates(text):
        add(m.start, m.end, "DATE")
    for m in _ORG.finditer(text):
        start = m.start() + _noise_length(m.group(0))
        end = m.end()
        branch = _BANK_BRANCH_AFTER.match(text, end) if "银行" in m.group(0) else None
        if branch:
            end = branch.end()   # X银行股份有限公司天津分行: a bank's name goes on to its branch
        if end - start >= 4:
            add(start, end, "ORG")
    from spacy.util import filter_spans
    doc.ents = filter_spans(spans)
    return doc


# the branch a bank's full name ends with (…股份有限公司天津分行, …天津分行营业部)
_BANK_BRANCH_AFTER = re.compile(r"(?:(?!银行)[\u4e00-\u9fff]){1,8}?(?:分行|支行)(?:营业部)?")


def leading_noise_length(name: str) -> int:
    """How many characters at the start of an organisation-shaped run are not the name: a
    label, a seal note or the end of the clause the name follows (兹证明申请人天津X公司)."""
    return _noise_length(name)


# a seal note left before the name: （盖章）天津…, or OCR's （盖章無天津… (the ）misread)
# (OCR also misreads the 章 of 盖章: （盖意天津…; 盖 opening a bracket is a seal note whatever follows)
_SEAL_NOTE = re.compile(r"^[（(](?:盖章|签章|公章|签字|印章|盖(?=[\u4e00-\u9fff]))(?:[）)]|[^\u4e00-\u9fff])?")
_PLACE_START = re.compile(r"^(?:天津|北京|上海|重庆|[\u4e00-\u9fff]{2}省|中国)")


# a certificate's or a notice's opening words never occur inside a name: whatever a run holds
# up to them is the text before the sentence (公证事项 招标投标活动\n兹证明申请人天津X公司)
_OPENING_INSIDE = re.compile(r"(?:兹|特此)(?:证明|证实|确认|委托|通知|有)")


def _noise_length(name: str) -> int:
    opening = None
    for opening in _OPENING_INSIDE.finditer(name):
        pass
    if opening is not None and opening.start() > 0 and len(name) - opening.end() >= 4:
        return opening.start() + _noise_length(name[opening.start():])
    seal = _SEAL_NOTE.match(name)
    if seal:
        rest = name[seal.end():]
        # one misread character between the note and a name that starts with a place
        skip = 1 if not _PLACE_START.match(rest) and _PLACE_START.match(rest[1:]) else 0
        return seal.end() + skip + _noise_length(rest[skip:])
    m = _LEADING_NOISE.match(name)
    if m:
        return m.end() + _noise_length(name[m.end():])
    # a sentence's subject joined to the name (诊断专家与天津X公司, 专家组会同北京X公司): the subject
    # is no name's start (a name opens with its place or brand, not with people), the name follows
    people = _PEOPLE_AND.match(name)
    if people and len(name) - people.end() >= 4:
        return people.end()
    partner = _SUBJECT_AND.match(name)
    if partner and not _PLACE_START.match(name) and len(name) - partner.end() >= 6 \
            and (_PLACE_START.match(name[partner.end():]) or _BRACKETED_PLACE.match(name[partner.end():])):
        return partner.end()
    # the end of a clause the name follows: …以下简称“委托方”）与天津X公司, 本协议由天津X公司
    clause = _CLAUSE_BEFORE_NAME.match(name)
    if not clause:
        return 0
    after = clause.end()
    # a role word may stand between the clause and the name (兹证明申请人天津X公司): it goes too
    label = _LEADING_NOISE.match(name[after:])
    if label and len(name) - after - label.end() >= 4:
        return after + label.end()
    if _PLACE_START.match(name[after:]) or _BRACKETED_PLACE.match(name[after:]) or _SUBJECT_OPENER.match(name) \
            or (name[0] in _CLOSERS and len(name) - after >= 4):
        # a closing bracket (and the connective after it) ends the previous party's clause
        return after
    return 0


# a few words and the connective that joins them to a name (诊断专家与, 我方会同)
# people (诊断专家, 专家组, 我方) joined to a name by a connective: never a name's start
_PEOPLE_AND = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:专家组?|诊断组|工作组|项目组|小组|团队|顾问|人员|我方|我司|我公司|本公司|"
                         r"我单位|本单位)(?:会同|与|和|同)")
_SUBJECT_AND = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:会同|与|和|同)")
# 晟翊（天津）轴承有限公司: a brand with its place in brackets is a name's start too
_BRACKETED_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}[（(](?:天津|北京|上海|重庆|中国|[\u4e00-\u9fff]{2,3}(?:省|市))[）)]")
_CLOSERS = "”\"'’）)]】"
# 本项目由 / 本合同由 / 本协议书由 opens a sentence whose subject follows: never part of a name
_SUBJECT_OPENER = re.compile(r"本(?:协议|合同|合约|项目|工程|系统)书?由")


# a closing bracket never opens a name; a
# connective after it (or after 本协议由) joins two parties of a sentence, and a verb whose object
# is the name (确定X为中标单位, 委托X承担) ends the clause before it: the name starts after either
# where a place name follows
_CLAUSE_BEFORE_NAME = re.compile(r"^(?:[”\"'’）)\]】]+\s*(?:与|和|及|同|、|，|,)?|(?:本(?:(?:协议|合同|合约)书?|项目|工程|系统|次|批)?)?(?:由|与|经|向|给|受)|鉴于|根据|依据|"
                                 # verbs may come in a row: 同意确定X为成交供应商
                                 r"(?:(?:确定|选定|确认|授予|委托|邀请|聘请|推荐|同意|通知|收到|接到|批准|决定)(?:了)?)+|"
                                 # a certificate's or a notice's opening words: 兹证明X, 特此证明X, 兹有X
                                 r"(?:兹|特此|现)(?:证明|证实|确认|委托|通知|有)?|证明|证实)\s*")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    import spacy
    from spacy.language import Language

    if "jinzheng_entities" not in Language.factories:
        Language.component("jinzheng_entities", func=_entity_component)
    nlp = spacy.blank("zh")  # character segmentation; no pkuseg/jieba model needed
    nlp.add_pipe("jinzheng_entities")
    return nlp


def find_entities(text: str) -> list[Entity]:
    doc = get_nlp()(text)
    return [Entity(e.label_, e.start_char, e.end_char, e.text) for e in doc.ents]


def find_organizations(text: str) -> list[Entity]:
    return [e for e in find_entities(text) if e.label == "ORG"]


def normalize_name(name: str) -> str:
    """Compare company names ignoring spaces, bracket width and a trailing punctuation."""
    table = str.maketrans({"(": "（", ")": "）", " ": "", "\u3000": ""})
    return name.translate(table).strip("：:，,。. ")


# "…5日内与我公司联系" ends in 公司 but names no one: pronouns and clause words are not names
_NOT_A_NAME = re.compile(r"(?:我|贵|本|该|各|其|你)(?:公司|单位|司|方)|^(?:日内|内|后|前|与|和|及|向|在|于|由|对|将|"
                         r"请|应|经|凭|按|如|并于|已于)")
# a date inside the run (并于2023年5月16日通过公司, 年10月19日通过公司): a sentence's clause that
# ends in 公司, never a name (a name is a trade name before a legal form, no day in it)
_DATE_INSIDE = re.compile(r"\d\s*年\s*\d{1,2}\s*月|(?:^|\d\s*|年\s*)\d{1,2}\s*月\s*\d{1,2}\s*[日号]")


def plausible_organisation(name: str) -> bool:
    """Whether an organisation-shaped run is a name at all (not a pronoun, a clause, or a
    department named without its organisation: 信息中心, 技术研发中心)."""
    return len(name) >= 4 and not _NOT_A_NAME.search(name) and not _DEPARTMENT_ONLY.fullmatch(name) \
        and not _DATE_INSIDE.search(name) and not name_fragment(name)


# A company's name is its place, its trade name (字号, two characters at least), its trade and its
# legal form: 天津 + 某某 + 智能装备 + 有限公司. What OCR leaves of a name whose head it could not read
# (a seal over it, a fold) is the tail alone: a legal form after one character (X有限公司), after
# a stray Latin letter and a character (B名有限公司), or after trade words only (工业互联网有限公司).
# Such a tail names no one. A name that opens with its place may lack a trade name (天津市自来水
# 集团有限公司, as old state firms are named): it is whole.
_NAME_PLACE = re.compile(r"^(?:中国|天津|北京|上海|重庆|[\u4e00-\u9fff]{2,3}(?:省|市|自治区))")
_NAME_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$")
# the trade words a name ends with before its legal form (read from the end, longest first)
_TRADE_WORDS = tuple(sorted((
    "工业互联网", "互联网", "信息技术", "信息科技", "信息", "技术", "科技", "智能", "智控", "智造", "装备", "制造",
    "机械", "设备", "电子", "电气", "电器", "化工", "精细化工", "食品", "工业", "网络", "软件", "贸易", "实业",
    "发展", "工程", "咨询", "服务", "新材料", "材料", "物流", "数字", "数据", "能源", "新能源", "环保", "环境",
    "医药", "生物", "制药", "汽车", "零部件", "配件", "五金", "制品", "电缆", "包装", "机床", "附件", "轴承",
    "模具", "橡塑", "塑料", "纸业", "家居", "金属", "结构", "钢铁", "建材", "建设", "建筑", "控股", "投资",
    "管理", "系统", "自动化", "仪器", "仪表", "光电", "通信", "传媒", "文化", "商贸", "国际", "集团", "液压",
    "精密", "精工", "铸造", "纺织", "印刷", "钢结构", "新能源科技", "检测", "节能", "照明", "机电", "重工",
    "阀门", "化学", "涂料", "电力", "水务", "供应链", "集成", "制冷", "空调", "船舶", "航空", "石化",
), key=len, reverse=True))
_DISTINCTIVE = re.compile(r"[\u4e00-\u9fff]|[A-Za-z0-9]{2,}")


def opens_with_place(name: str) -> bool:
    """Whether a name opens with its place (天津…, 北京市…, 河北省…, 中国…)."""
    return bool(_NAME_PLACE.match(normalize_name(name or "")))


def ends_with_legal_form(name: str) -> bool:
    """Whether a name ends with a company's legal form (有限公司, 股份有限公司, 公司)."""
    return bool(_NAME_LEGAL_FORM.search(normalize_name(name or "")))


def name_fragment(name: str) -> bool:
    """Whether a company-shaped run is only the tail of a name: no place opens it and no trade
    name of two characters stands before its trade words and legal form."""
    name = normalize_name(name or "")
    form = _NAME_LEGAL_FORM.search(name)
    if not form or _NAME_PLACE.match(name):
        return False
    stem = name[:form.start()]
    while True:
        word = next((w for w in _TRADE_WORDS if stem.endswith(w)), None)
        if word is None:
            break
        stem = stem[:-len(word)]
    stem = re.sub(r"[（）()·]", "", stem)
    distinctive = sum(2 if len(m.group(0)) > 1 else 1 for m in _DISTINCTIVE.finditer(stem))
    return distinctive < 2


# the words a company's legal form is made of, read back from 公司: 有限, 有限责任, 股份有限, 股份
_FORM_CHARS = re.compile(r"[有限责任股份]*公司$")
_LEGAL_FORMS = {"", "有限", "有限责任", "股份有限", "股份"}
_FULL_FORM_AT = re.compile(r"有限(?:责任)?公司|有限合伙")


def broken_legal_form(name: str) -> str | None:
    """The legal-form words of a company name when they are no legal form (科行限公司, 有责任公司,
    有限任公司): what a misreading leaves of 有限公司 / 有限责任公司. None for a sound name."""
    m = _FORM_CHARS.search(name or "")
    if not m:
        return None
    if name.endswith("分公司"):
        # a branch is named after its company's full name (X有限公司Y分公司): a 有限 not followed
        # by 公司 (X有限有天计分公司) is that name misread
        last = name.rfind("有限")
        if last >= 0 and not _FULL_FORM_AT.match(name, last):
            return name[last:]
        return None
    form = m.group(0)[:-2]
    if form in _LEGAL_FORMS:
        return None
    # 无 is no form word: 无限公司 is (rarely) a real form, 科行限公司 is not
    if form == "限" and name[:m.start()].endswith("无"):
        return None
    return form + "公司"


# a unit inside an organisation, named alone: 信息中心, 技术中心, 数据运营中心
_DEPARTMENT_ONLY = re.compile(r"(?:信息|技术|研发|技术研发|数据|数据运营|运营|财务|结算|采购|生产|质量|质检|设备|物流|仓储|"
                              r"行政|综合|客户服务|客服|培训|调度|能源|计量|检测|共享|服务)(?:管理)?中心")
