"""Whose seal is on each piece of evidence, against whose the catalog says it must be.

Each seal's ring readings are matched to the parties the declaration names (the applicant, the
declared customers) and to banks (a ring that names a 银行, or a bank's centre words); the
reading that names a party best is the seal's match. Then the catalog's rule for the evidence
(`seals.evidence`: acceptance report by the customer, bank receipt by a bank, contract by both
parties, procurement proof by the customer or its tendering agency, subcontract by the applicant
and the declared supplier) is checked, conservatively:

- `seal_party_mismatch` only when every seal on the document was read to name a party, none
  of them the one the rule asks for, and one a party it does not ask for (an acceptance report
  sealed by the applicant alone); confirmed only when that reading is confident (engine
  confidence) and when no seal-coloured ink lies outside the seals found (a faint seal the
  finder did not take for one may be the right one), otherwise needs_review.
- `seal_missing` on a paper of two parties (a contract, a subcontract) also when every seal
  on it was read to name the other party: needs_review as well.
- `seal_missing` only on pages that were looked at in colour (a scan, or a text-layer page with
  an image), and always needs_review: a seal the finder missed (faint, partial, over a photo's
  glare) must never become a confident gap.
- A seal that is there but cannot be read to name anyone reports nothing: it may be the
  right one.
- A bank receipt without a bank's seal is `seal_missing` (needs_review), never a mismatch:
  the payer's own seal on its receipt forges nothing.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from pipeline.catalogs.loader import Catalog, SealPolicy, SealRule
from pipeline.extract.entities import normalize_name
from pipeline.models import Declaration, Document, Seal, SealMatch

BANK_CENTRE_WORDS = ("电子回单专用章", "回单专用章", "业务专用章", "结算专用章")
# the banks whose names a ring reading is compared with when it does not spell 银行 whole
BANKS = ("中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "中信银行",
         "中国光大银行", "中国民生银行", "兴业银行", "浦发银行", "华夏银行", "广发银行", "平安银行",
         "中国邮政储蓄银行", "天津银行", "渤海银行", "天津农村商业银行", "北京银行", "上海银行")
_BANK = re.compile(r"([\u4e00-\u9fff]{2,}?银行(?:股份有限公司)?(?:[\u4e00-\u9fff]{0,8}?(?:分行|支行|营业部))?)")
ROLE_WORDS = {"customer": "客户", "applicant": "申报单位", "bank": "银行", "supplier": "配套供应商",
              "agency": "招标代理机构"}
# the roles of the parties a declaration names: only their seals found a mismatch
DECLARED_ROLES = ("applicant", "customer", "supplier")
MIN_READING_CHARS = 4
MIN_MATCH = 60.0      # similarity below which a seal is reported as matching no known party


def name_similarity(reading: str, name: str) -> float:
    """0..100: how well a ring reading names `name`. A ring reading is often a part of the name
    (a character lost at the strip's ends, the city left off), so a reading that is most of the
    name scores by the part it covers."""
    a, b = normalize_name(reading), normalize_name(name)
    if not a or not b:
        return 0.0
    # a ring has no first character: a strip cut inside the name reads it rotated
    # (公司天津市…有限), so every rotation of the reading is compared
    return max(_similarity(a[k:] + a[:k], b) for k in range(len(a)))


def _similarity(a: str, b: str) -> float:
    score = float(fuzz.ratio(a, b))
    if len(a) >= MIN_READING_CHARS and len(a) >= 0.6 * len(b):
        score = max(score, float(fuzz.partial_ratio(a, b)) * min(1.0, 0.75 + 0.25 * len(a) / len(b)))
    return score


def known_parties(decl: Declaration) -> list[tuple[str, str]]:
    """(name, role) of every party the declaration names."""
    parties = [(decl.applicant.name, "applicant")]
    seen = {decl.applicant.name}
    for c in decl.contracts:
        if c.customer and c.customer not in seen:
            seen.add(c.customer)
            parties.append((c.customer, "customer"))
    for s in decl.suppliers:
        if s.name and s.name not in seen:
            seen.add(s.name)
            parties.append((s.name, "supplier"))
    return parties


def match_seal(seal: Seal, parties: list[tuple[str, str]], agency_words: tuple[str, ...] = ()) -> SealMatch | None:
    """The party the seal names best, over all its readings; a bank when a reading names one
    (or the centre words are a bank's and no party is named); a tendering agency or trading
    centre when no party or bank is named well and a reading carries one of `agency_words`."""
    best: SealMatch | None = None
    for reading in seal.readings:
        if len(reading.text) < 2:
            continue
        candidates = [(name, role, name_similarity(reading.text, name)) for name, role in parties]
        bank = _BANK.search(reading.text)
        if bank:
            candidates.append((bank.group(1), "bank", 100.0 if len(bank.group(1)) >= 4 else 80.0))
        else:
            candidates.extend((name, "bank", name_similarity(reading.text, name)) for name in BANKS)
        for name, role, score in candidates:
            key = (score, reading.confidence)
            if best is None or key > (best.similarity, best.confidence):
                best = SealMatch(name, role, score, reading.text, reading.confidence)
    if (best is None or best.similarity < MIN_MATCH) and seal.centre in BANK_CENTRE_WORDS:
        best = SealMatch("银行", "bank", 80.0, seal.centre, 0.0)
    if best is None or best.similarity < AGENCY_SIMILARITY:
        agency = _agency_reading(seal, agency_words)
        if agency is not None:
            best = SealMatch(agency.text, "agency", AGENCY_SIMILARITY, agency.text, agency.confidence)
    # a reading this far from every party names none of them: no match shown to mislead
    return best if best is not None and best.similarity >= MIN_MATCH else None


# an agency's ring is recognised by its words, not a name: it counts as read this well
AGENCY_SIMILARITY = 80.0


def _agency_reading(seal: Seal, words: tuple[str, ...]):  # noqa: ANN202
    """The most confident reading that carries an agency's word and is long enough to be a name."""
    found = [r for r in seal.readings if len(r.text) >= MIN_READING_CHARS and any(w in r.text for w in words)]
    return max(found, key=lambda r: r.confidence) if found else None


def match_document_seals(docs: list[Document], decl: Declaration, policy: SealPolicy | None = None) -> None:
    parties = known_parties(decl)
    words = policy.agency_words if policy is not None else ()
    for doc in docs:
        for seal in doc.seals:
            seal.match = match_seal(seal, parties, words)


def is_bank_receipt(doc: Document) -> bool:
    return "bank_serial" in doc.fields or bool(re.search(r"回单|回执|交易凭证|转账凭证", doc.text[:400]))


# A page of an online banking system or of a firm's business system (a transaction's or a payment
# slip's detail, a query result, printed or captured from the screen) is someone's own view of a
# record, not a paper anyone issues: it carries no seal by nature (such pages often say so:
# 本页面信息仅供参考，如需正式凭证请打印电子回单; 数据仅供参考，以银行实际到账为准). A customer's
# supplier portal (SRM, 供应商协同门户) showing the payment it made is such a view too.
_BANKING_SYSTEM = re.compile(r"网上银行|网银|企业银行|手机银行|电子银行|银企直联|(?i:e-?banking|online\s*banking)"
                             r"|(?:供应商|协同|采购|财务|资金|司库|结算|业务)[\u4e00-\u9fff]{0,4}(?:门户|平台|系统)"
                             r"|(?<![A-Za-z])(?:SRM|ERP)(?![A-Za-z])")
_SYSTEM_VIEW = re.compile(r"交易详情|交易明细|转账详情|汇款详情|付款(?:单)?详情|支付(?:单)?详情|收款详情|入账详情|来账详情|"
                          r"业务详情|指令详情|交易查询|付款查询|查询结果|(?i:transaction\s*details?)")
# an account seen from its holder's side (本方户名 … 对方户名): the holder's own banking app or
# portal, which is a view of its account, not a paper the bank issues (a receipt names 付款人/收款人)
_HOLDER_VIEW = re.compile(r"本方(?:户名|账号|账户|名称)[\s\S]{0,300}?对方(?:户名|账号|账户|名称)"
                          r"|对方(?:户名|账号|账户|名称)[\s\S]{0,300}?本方(?:户名|账号|账户|名称)")
# the title of a paper the bank issues: a receipt, a voucher, an advice
_ISSUED_TITLE = re.compile(r"回单|回执|凭证|通知书?|(?i:receipt|advice)")
_TITLE_LINES = 3


# a record a system generates that says it bears no seal by design (本通知由系统生成，无需签章;
# This advice is computer generated and requires no signature): unsealed by nature, like a
# system's page, whatever its title
_STATES_UNSEALED = re.compile(r"(?:系统|电脑|计算机)(?:自动)?(?:生成|打印|出具)[^。\n]{0,12}(?:无需|无须|不需|毋需|不必)(?:加盖|签字)?(?:签章|盖章|印章|用印)"
                              r"|(?i:(?:computer|system)[\s-]*generated[^.\n]{0,40}(?:requires?|needs?)\s+no\s+(?:signature|seal|stamp|chop))")


def is_online_banking_page(doc: Document) -> bool:
    if _STATES_UNSEALED.search(re.sub(r"\s*\n\s*", "", doc.text)) or _STATES_UNSEALED.search(doc.text):
        return True
    head = "\n".join(doc.text.splitlines()[:_TITLE_LINES])
    system_view = bool(_BANKING_SYSTEM.search(doc.text) and _SYSTEM_VIEW.search(doc.text)) \
        or bool(_HOLDER_VIEW.search(doc.text))
    return system_view and not _ISSUED_TITLE.search(head)


# a paper the payee writes to say it was paid (收款收据, 收款确认书, 到账确认函): its issuer is the
# payee, whose seal (财务专用章, 公章) it bears, not the payer's
_PAYEE_TITLE = re.compile(r"收据|收款(?:确认|证明)|到(?:款|账)确认|收讫")


def is_payee_receipt(doc: Document) -> bool:
    head = "\n".join(doc.text.splitlines()[:_TITLE_LINES])
    return not is_bank_receipt(doc) and bool(_PAYEE_TITLE.search(head))


_FORMS = {"bank_receipt": is_bank_receipt, "online_banking_page": is_online_banking_page,
          "payee_receipt": is_payee_receipt}


def rule_for(doc: Document, policy: SealPolicy) -> SealRule | None:
    for rule in policy.rules:
        if rule.kind != doc.doc_type:
            continue
        if rule.when is not None:
            negated = rule.when.startswith("not_")
            if _FORMS[rule.when.removeprefix("not_")](doc) == negated:
                continue
        return rule
    return None


def _party_name(role: str, names: dict[str, str]) -> str:
    return names.get(role, "银行")


def _stands_in(seal: Seal, role: str, rule: SealRule, policy: SealPolicy) -> bool:
    """The seal is of a role the rule lets stand for `role` (an agency's for the customer's)."""
    m = seal.match
    return m is not None and m.similarity >= policy.party_same and m.role in rule.stand_ins.get(role, ())


def _names(seal: Seal, role: str, party: str, policy: SealPolicy) -> bool:
    """The seal was read to name the party of `role` (for a bank: any bank)."""
    m = seal.match
    if m is None or m.similarity < policy.party_same:
        return False
    if role == "bank":
        return m.role == "bank"
    return m.role == role and name_similarity(m.reading, party) >= policy.party_same


def seal_findings(doc: Document, customer: str, decl: Declaration, catalog: Catalog,
                  supplier: str = "") -> list[dict]:
    """The seal findings of one linked evidence document (of the contract with `customer`, or
    the subcontract with the declared `supplier`): dicts of gap kind, status inputs and wording
    for `GapBook.add`. Nothing when the catalog has no rule for it or its pages were not looked
    at."""
    policy = catalog.seals
    if policy is None or not doc.seal_pages:
        return []
    rule = rule_for(doc, policy)
    if rule is None:
        return []
    label = rule.label or doc.doc_type
    names = {"customer": customer, "applicant": decl.applicant.name, "supplier": supplier}
    out = []
    for role in rule.sealed_by:
        party = _party_name(role, names)
        party_words = f"{ROLE_WORDS[role]}「{party}」" if role != "bank" else "银行"
        if rule.stand_ins.get(role):
            party_words += "（或其" + "、".join(ROLE_WORDS[r] for r in rule.stand_ins[role]) + "）"
        if any(_names(seal, role, party, policy) or _stands_in(seal, role, rule, policy) for seal in doc.seals):
            continue
        if not doc.seals:
            if rule.unsealed_allowed:
                continue
            pages = "、".join(str(n) for n in doc.seal_pages)
            out.append({"kind": "seal_missing", "evidence": label, "party": party_words,
                        "detail": f"文件「{doc.path}」第 {pages} 页未找到印章",
                        "review": "未找到印章可能是漏检（印章颜色浅、残缺、被遮挡或拍照反光），请人工核对原件"})
            continue
        read = [s for s in doc.seals if s.match is not None and s.match.similarity >= policy.party_same]
        if role == "bank":
            # a payer's or payee's own seal on a receipt is no forgery, only no bank's seal
            if len(read) == len(doc.seals):
                names = "、".join(f"「{s.match.reading}」" for s in read)
                out.append({"kind": "seal_missing", "evidence": label, "party": party_words,
                            "detail": f"文件「{doc.path}」上的印章印文为{names}，不是银行的印章",
                            "review": "回单上未见银行印章（电子回单专用章、业务专用章），请核对是否为银行出具的回单"})
            continue
        # only a declared party's seal founds a mismatch (a bank read where a company should be
        # is a poor reading more often than a bank sealing an acceptance report)
        strangers = [s for s in read if s.match.role in DECLARED_ROLES
                     and s.match.role not in rule.sealed_by
                     and not any(_names(s, r, _party_name(r, names), policy) for r in rule.sealed_by)]
        if not strangers:
            if len(rule.sealed_by) > 1 and read and len(read) == len(doc.seals):
                # a paper of two parties (a contract, a subcontract) with every seal read to
                # name the other one: this party's seal is not there, or was not found
                found = "、".join(f"「{s.match.reading}」" for s in read)
                out.append({"kind": "seal_missing", "evidence": label, "party": party_words,
                            "detail": f"文件「{doc.path}」上的印章印文为{found}，未见{party_words}的印章",
                            "review": f"只找到其他单位的印章，{party_words}的印章可能未盖，也可能颜色浅、残缺"
                                      "或被遮挡而未被找到，请人工核对原件"})
            continue   # a seal is there but could not be read to name anyone: it may be the right one
        seal = max(strangers, key=lambda s: (s.match.similarity, s.match.confidence))
        m = seal.match
        who = f"{ROLE_WORDS.get(m.role, '')}「{m.party}」" if m.role in ROLE_WORDS else f"「{m.party}」"
        detail = (f"文件「{doc.path}」第 {seal.page} 页的印章印文为「{m.reading}」，与{who}相符"
                  f"（相似度 {m.similarity:.0f}）")
        if len(read) < len(doc.seals):
            continue   # another seal could not be read: it may be the one asked for
        review = None
        if doc.seal_doubts:
            pages = "、".join(str(n) for n in doc.seal_doubts)
            review = (f"第 {pages} 页另有未能辨认为印章的红色或蓝色印迹（可能是颜色浅或残缺的印章），"
                      f"可能是{party_words}的印章，请核对原件")
        elif m.confidence < policy.confident_reading:
            review = f"印文识别置信度 {m.confidence:.2f}，低于 {policy.confident_reading:.2f}，请核对印章"
        out.append({"kind": "seal_party_mismatch", "evidence": label, "party": party_words,
                    "detail": detail, "review": review})
    return out


def check_seals(contracts: list, decl: Declaration, catalog: Catalog, book) -> None:  # noqa: ANN001
    """Seal findings for every linked evidence document of every declared contract
    (`contracts`: reconcile.contracts.ContractEvidence; `book`: its GapBook)."""
    if catalog.seals is None:
        return
    for ce in contracts:
        c = ce.declared
        for docs in ce.documents.values():
            for doc in docs:
                for finding in seal_findings(doc, c.customer, decl, catalog):
                    gap = book.add(finding["kind"], contract_no=c.contract_no, customer=c.customer,
                                   detail=finding["detail"], documents=[doc.path], review=finding["review"],
                                   subject={"evidence": finding["evidence"]}, party=finding["party"])
                    gap.seals.extend(seal_refs(doc, finding["kind"]))


def seal_refs(doc: Document, kind: str) -> list[dict]:
    """Where the seals behind a finding are (the report shows their crops); for a missing seal,
    the pages looked at."""
    if kind == "seal_missing":
        return [{"file": doc.path, "page": n, "box": None, "ring_text": ""} for n in doc.seal_pages]
    return [{"file": doc.path, "page": s.page, "box": [round(v, 4) for v in s.box], "ring_text": s.ring_text}
            for s in doc.seals]
