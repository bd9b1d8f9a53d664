"""Assessment-cycle (考核周期) checks: local suppliers, meetings, free diagnoses, customers.

The catalog names these checks (`local_suppliers`, `meetings`, `diagnoses`,
`assessment_customers`) with their thresholds; `verify.reconcile` merges `ASSESSMENT_CHECKS`
into the registry when the catalog's phase is 考核.

Each declared item (a 本地配套供应商 row, an 经验交流会 row, a 免费诊断 row) is paired with at most
one document of its kind, one to one, best match first. An item counts towards its threshold
when it has no gap; it counts "maybe" when its only gaps need a reviewer. Item gaps name their
subject (supplier / meeting / diagnosed customer) and are reported under the requirement they
concern, also when their kind is shared with the customer contracts (amount_mismatch,
party_mismatch, date_out_of_period, invalid_uscc): the catalog maps such a kind to one
requirement, the item decides which one it really counts against.

Meetings are counted from the sign-in sheet (签到表) on the document, never from the number
the applicant declared: every row naming an enterprise is an attendee, and it is a Tianjin
enterprise when its credit code's region is 12xxxx or its address is in 天津市.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable

from .catalog import Requirement
from .models import Document, Extracted, PageText
from .nlp import find_organizations, normalize_name
from .parsing.locality import is_tianjin_address
from .parsing.uscc import find_usccs, is_tianjin_uscc, normalize_uscc, uscc_region, validate_uscc
from .reconcile import Gap, LOW_CONFIDENCE, _review_of, fmt_yuan, fold_code, match_names, within
from .requirements import (Context, RequirementResult, _status, check_verified_customer_count,
                           check_verified_tianjin_customers, check_verified_total)

# kinds the catalog maps to the customer contracts' requirement; on an assessment item they
# are reported under the item's own requirement
SHARED_KINDS = frozenset({"amount_mismatch", "party_mismatch", "date_out_of_period", "invalid_uscc"})
TOTAL_GAP = "total_below_threshold"
TIANJIN_CUSTOMERS_GAP = "tianjin_customer_count_below_threshold"


# ---- items and their gaps ------------------------------------------------------------------


@dataclass
class ItemOutcome:
    """What one declared item's checks found."""

    key: str                       # distinct-count key (credit code or normalised name)
    label: str
    document: Document | None = None
    gaps: list[Gap] = field(default_factory=list)

    @property
    def status(self) -> str:
        if any(g.status == "confirmed" for g in self.gaps):
            return "failed"
        return "pending" if self.gaps else "ok"


def _add(ctx: Context, req: Requirement, outcome: ItemOutcome, kind: str, **kw: Any) -> Gap:
    gap = ctx.book.add(kind, **kw)
    if kind in SHARED_KINDS:
        gap.requirement = req.id
    if gap not in outcome.gaps:
        outcome.gaps.append(gap)
    return gap


def _count(ctx: Context, req: Requirement, outcomes: list[ItemOutcome], need: int,
           unit: str, what: str) -> RequirementResult:
    have = {o.key for o in outcomes if o.status == "ok"}
    maybe = {o.key for o in outcomes if o.status in ("ok", "pending")}
    status = _status(len(have) >= need, len(maybe) >= need)
    if status != "met" and req.gap_kind:
        review = f"计数取决于待人工复核的{what}" if status == "unverifiable" else None
        ctx.book.add(req.gap_kind, measured=f"{len(have)}", threshold=f"{need}", review=review)
    details = [f"「{o.label}」→ {o.document.path if o.document else '未找到文件'}："
               + {"ok": "符合", "pending": "待复核", "failed": "不符合"}[o.status] for o in outcomes]
    if len(maybe) > len(have):
        details.append(f"另有 {len(maybe) - len(have)} {unit}待人工复核")
    return RequirementResult(req.id, req.title, status, len(have), need, details)


def _assign(declared: list, docs: list[Document], score: Callable[[Any, Document], float],
            minimum: float) -> dict[int, Document]:
    """One document per declared item and one item per document, best pairs first."""
    pairs = sorted(((s, i, j) for i, item in enumerate(declared) for j, doc in enumerate(docs)
                    if (s := score(item, doc)) >= minimum), key=lambda p: (-p[0], p[1], p[2]))
    out: dict[int, Document] = {}
    used: set[int] = set()
    for _s, i, j in pairs:
        if i in out or j in used:
            continue
        out[i] = docs[j]
        used.add(j)
    return out


def _docs(ctx: Context, kind: str) -> list[Document]:
    return [d for d in ctx.documents if d.doc_type == kind and d.readable]


def _period_text(ctx: Context) -> str:
    return f"{ctx.catalog.period_start.isoformat()} 至 {ctx.catalog.period_end.isoformat()}"


def _check_date(ctx: Context, req: Requirement, outcome: ItemOutcome, found: Extracted | None,
                declared: date | None, what: str, documents: list[str], **subject: Any) -> None:
    """The document's date decides; without one, the declared date."""
    if found is not None:
        if not ctx.catalog.in_period(found.value):
            _add(ctx, req, outcome, "date_out_of_period", documents=documents, review=_review_of(found),
                 detail=f"{what} {found.value.isoformat()} 不在 {_period_text(ctx)} 之间", **subject)
    elif declared is not None:
        if not ctx.catalog.in_period(declared):
            _add(ctx, req, outcome, "date_out_of_period", documents=[ctx.declaration.source],
                 detail=f"申报的{what} {declared.isoformat()} 不在 {_period_text(ctx)} 之间", **subject)
    else:
        _add(ctx, req, outcome, "date_out_of_period", documents=documents, detail=f"未识别到{what}",
             review=f"未找到{what}，请人工核对", **subject)


def _party(ctx: Context, req: Requirement, outcome: ItemOutcome, doc: Document, role: str,
           expected: str, label: str, **subject: Any) -> None:
    found = doc.fields.get(role)
    if found is None:
        _add(ctx, req, outcome, "party_mismatch", detail=f"{doc.path} 中未识别到{label}", documents=[doc.path],
             review=f"{doc.path} 未识别到{label}，请人工核对", **subject)
        return
    m = match_names(found.value, expected, ctx.catalog)
    if m.same:
        return
    review = _review_of(found)
    if m.uncertain:
        review = review or f"名称相似度 {m.score:.0f}，可能是识别误差"
    _add(ctx, req, outcome, "party_mismatch", detail=f"{label}为「{found.value}」，应为「{expected}」",
         documents=[doc.path], review=review, **subject)


def _name_candidates(doc: Document, field_name: str, lines: int = 6) -> list[str]:
    item = doc.fields.get(field_name)
    out = [item.value] if item else []
    return out + [ln.strip() for ln in doc.text.splitlines()[:lines] if ln.strip()]


def _is_applicant(ctx: Context, name: str, code: str | None) -> bool:
    a = ctx.declaration.applicant
    if code and normalize_uscc(a.uscc or "") == code:
        return True
    return match_names(name, a.name, ctx.catalog).same


# ---- local suppliers (本地配套供应商 + 分包合同) ---------------------------------------------------


def check_local_suppliers(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    declared = ctx.declaration.suppliers
    docs = _docs(ctx, "subcontract")

    def score(s, doc: Document) -> float:
        total = 0.0
        number = fold_code(s.contract_no or "")
        own = doc.fields.get("contract_no")
        if number and (number in fold_code(doc.text) or (own and fold_code(own.value) == number)):
            total += 100
        name = match_names(doc.value("supplier"), s.name, ctx.catalog)
        total += 50 if name.same else (20 if name.uncertain else 0)
        if s.uscc and normalize_uscc(s.uscc) in {u.value for u in doc.usccs}:
            total += 40
        amount = doc.fields.get("amount_yuan")
        if amount is not None and within(amount.value, s.amount_yuan, ctx.catalog.amount_tolerance):
            total += 10
        return total

    linked = _assign(declared, docs, score, 50)
    applicant = ctx.declaration.applicant.name
    outcomes = []
    for i, s in enumerate(declared):
        code = normalize_uscc(s.uscc or "")
        outcome = ItemOutcome(code if validate_uscc(code) else normalize_name(s.name), s.name, linked.get(i))
        subject = {"contract_no": s.contract_no or None, "subject": {"supplier": s.name}}
        doc = outcome.document
        # identity and locality: the declared code, and what the subcontract states
        problems, review, where = [], None, [ctx.declaration.source]
        if not validate_uscc(code):
            _add(ctx, req, outcome, "invalid_uscc", documents=[ctx.declaration.source],
                 detail=f"申报的代码「{s.uscc}」不符合 GB 32100-2015 校验规则", **subject)
        elif not is_tianjin_uscc(code):
            problems.append(f"统一社会信用代码「{code}」登记机关不在天津（地区码 {uscc_region(code)}）")
        if doc is not None:
            found_code = doc.fields.get("supplier_uscc")
            if found_code is not None and validate_uscc(found_code.value) and not is_tianjin_uscc(found_code.value) \
                    and found_code.value != code:
                problems.append(f"分包合同中乙方代码「{found_code.value}」不在天津")
                where.append(doc.path)
                review = review or _review_of(found_code)
            address = doc.fields.get("supplier_address")
            if address is not None and not is_tianjin_address(address.value):
                problems.append(f"分包合同中乙方地址「{address.value}」不在天津市")
                where.append(doc.path)
                review = review or _review_of(address)
        if problems:
            declared_elsewhere = validate_uscc(code) and not is_tianjin_uscc(code)
            _add(ctx, req, outcome, "subcontractor_not_tianjin", detail="；".join(problems), documents=where,
                 review=None if declared_elsewhere else review, **subject)
        if doc is None:
            _add(ctx, req, outcome, "missing_subcontract", documents=[ctx.declaration.source], **subject)
            outcomes.append(outcome)
            continue
        _party(ctx, req, outcome, doc, "customer", applicant, "分包合同甲方", **subject)
        _party(ctx, req, outcome, doc, "supplier", s.name, "分包合同乙方", **subject)
        amount = doc.fields.get("amount_yuan")
        if amount is None:
            _add(ctx, req, outcome, "amount_mismatch", detail=f"{doc.path} 中未识别到分包金额",
                 documents=[doc.path], review="分包合同金额未识别，请人工核对", **subject)
        elif not within(amount.value, s.amount_yuan, ctx.catalog.amount_tolerance):
            _add(ctx, req, outcome, "amount_mismatch", documents=[doc.path], review=_review_of(amount),
                 detail=f"分包合同金额 {fmt_yuan(amount.value)} 与申报 {fmt_yuan(s.amount_yuan)} 相差超过 "
                        f"{ctx.catalog.amount_tolerance * 100}%", **subject)
        _check_date(ctx, req, outcome, doc.fields.get("date"), s.signed_on, "分包合同签订日期", [doc.path],
                    **subject)
        outcomes.append(outcome)
    return _count(ctx, req, outcomes, need, "家", "供应商")


# ---- meetings (经验交流会 + 签到表) -------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    name: str
    code: str | None        # credit code on the row (valid or repaired), if any
    address: str | None
    tianjin: bool
    sure: bool              # the row gave a valid code or a recognisable address
    page: int
    text: str


_SIGN_IN = re.compile(r"签\s*到")
_ADDRESS_START = re.compile(r"(?:北京|天津|上海|重庆|[\u4e00-\u9fff]{2,3}(?:省|自治区))")
_CODE_SHAPE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]{2}(\d{6})[0-9A-Za-z]{8,12}(?![0-9A-Za-z])")
_LEADING_SEQ = re.compile(r"^[\dIl|.、:：\s]+")


def _sheet_lines(page: PageText) -> list[str]:
    lines = page.text.split("\n")
    # the last short line naming the sheet (a title above may say 会议纪要及签到表 too)
    heads = [i for i, ln in enumerate(lines) if _SIGN_IN.search(ln) and len(ln.replace(" ", "")) <= 30]
    return lines[heads[-1] + 1:] if heads else []


def attendees(doc: Document) -> list[Attendee]:
    """Every enterprise on the document's sign-in sheet (rows after the 签到 heading)."""
    out: list[Attendee] = []
    for page in doc.pages:
        ocr = page.method.startswith("ocr")
        for line in _sheet_lines(page):
            orgs = find_organizations(line)
            if not orgs:
                continue
            name = normalize_name(_LEADING_SEQ.sub("", orgs[0].text))
            rest = line[orgs[0].end:]
            codes = [m for m in find_usccs(rest, allow_repair=ocr) if m.valid or m.repair]
            code = codes[0].code if codes else None
            region = uscc_region(code) if code else None
            if region is None and ocr:
                # a code OCR garbled beyond repair still shows its region (characters 3-8)
                shaped = _CODE_SHAPE.search(rest.replace(" ", ""))
                region = shaped.group(1) if shaped else None
            addr_m = _ADDRESS_START.search(rest)
            address = rest[addr_m.start():].split()[0] if addr_m else None
            tianjin = bool(region and region.startswith("12")) or bool(address and is_tianjin_address(address))
            out.append(Attendee(name, code, address, tianjin, bool(region or address), page.number, line.strip()))
    return out


def tianjin_attendees(ctx: Context, doc: Document) -> tuple[list[Attendee], list[Attendee]]:
    """(distinct Tianjin enterprises other than the applicant, rows that could not be placed)."""
    seen: set[str] = set()
    tianjin, unsure = [], []
    for a in attendees(doc):
        if _is_applicant(ctx, a.name, a.code):
            continue
        key = a.code or a.name
        if key in seen or a.name in seen:
            continue
        seen.update({key, a.name})
        if a.tianjin:
            tianjin.append(a)
        elif not a.sure:
            unsure.append(a)
    return tianjin, unsure


def check_meetings(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    min_attendees = int(req.params.get("min_attendees", 10))
    declared = ctx.declaration.meetings
    docs = _docs(ctx, "meeting_record")

    def score(m, doc: Document) -> float:
        best = max((match_names(c, m.name, ctx.catalog).score for c in _name_candidates(doc, "title")), default=0)
        when = doc.value("date")
        same_day = m.held_on is not None and when == m.held_on
        if best >= ctx.catalog.name_same or (best >= ctx.catalog.name_uncertain and same_day):
            return best + (10 if same_day else 0)
        return 0

    linked = _assign(declared, docs, score, 1)
    outcomes = []
    for i, m in enumerate(declared):
        outcome = ItemOutcome(normalize_name(m.name), m.name, linked.get(i))
        subject = {"subject": {"meeting": m.name}}
        doc = outcome.document
        if doc is None:
            _add(ctx, req, outcome, "missing_meeting_record", documents=[ctx.declaration.source], **subject)
            outcomes.append(outcome)
            continue
        _check_date(ctx, req, outcome, doc.fields.get("date"), m.held_on, "会议日期", [doc.path], **subject)
        tianjin, unsure = tianjin_attendees(ctx, doc)
        if len(tianjin) < min_attendees:
            declared_note = (f"（申报 {m.declared_tianjin_attendees} 家）"
                             if m.declared_tianjin_attendees is not None else "")
            ocr = any(p.method.startswith("ocr") for p in doc.pages)
            low = [p for p in doc.pages if p.method.startswith("ocr") and p.mean_confidence < LOW_CONFIDENCE]
            review = None
            if len(tianjin) + len(unsure) >= min_attendees and (ocr or low):
                review = f"签到表有 {len(unsure)} 行未能识别出信用代码或地址，请人工核对"
            _add(ctx, req, outcome, "meeting_attendance_below_threshold", documents=[doc.path], review=review,
                 detail=f"签到表中天津企业 {len(tianjin)} 家{declared_note}，要求不少于 {min_attendees} 家", **subject)
        outcomes.append(outcome)
    return _count(ctx, req, outcomes, need, "场", "交流会")


# ---- free diagnoses (免费诊断 + 诊断报告) -----------------------------------------------------------


def check_diagnoses(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    declared = ctx.declaration.diagnoses
    docs = _docs(ctx, "diagnosis_report")
    applicant = ctx.declaration.applicant.name

    def score(d, doc: Document) -> float:
        total = 0.0
        name = match_names(doc.value("customer"), d.customer, ctx.catalog)
        total += 50 if name.same else (20 if name.uncertain else 0)
        code = normalize_uscc(d.uscc or "")
        if code and (doc.value("customer_uscc") == code or code in {u.value for u in doc.usccs}):
            total += 40
        if d.diagnosed_on is not None and doc.value("date") == d.diagnosed_on:
            total += 5
        return total

    linked = _assign(declared, docs, score, 40)
    outcomes = []
    for i, d in enumerate(declared):
        code = normalize_uscc(d.uscc or "")
        outcome = ItemOutcome(code if validate_uscc(code) else normalize_name(d.customer), d.customer, linked.get(i))
        subject = {"customer": d.customer}
        doc = outcome.document
        if doc is None:
            _add(ctx, req, outcome, "missing_diagnosis_report", documents=[ctx.declaration.source], **subject)
            outcomes.append(outcome)
            continue
        if "solution" not in doc.fields:
            ocr = any(p.method.startswith("ocr") for p in doc.pages)
            _add(ctx, req, outcome, "diagnosis_without_solution", documents=[doc.path],
                 detail=f"（{doc.path} 中未找到解决方案/改进建议章节）",
                 review="扫描件中未识别到方案章节，请人工核对" if ocr else None, **subject)
        if "supplier" in doc.fields:
            _party(ctx, req, outcome, doc, "supplier", applicant, "诊断单位", **subject)
        _check_date(ctx, req, outcome, doc.fields.get("date"), d.diagnosed_on, "诊断日期", [doc.path], **subject)
        outcomes.append(outcome)
    return _count(ctx, req, outcomes, need, "家", "诊断")


# ---- customers: count, total and Tianjin customers in one requirement ------------------------


def check_assessment_customers(ctx: Context, req: Requirement) -> RequirementResult:
    """≥ min distinct verified customers, verified total ≥ min_yuan, ≥ min_tianjin of them
    Tianjin enterprises; each part reports its own threshold gap."""
    parts: list[RequirementResult] = []
    p = req.params
    if "min" in p:
        parts.append(check_verified_customer_count(ctx, Requirement(
            req.id, req.title, "verified_customer_count", {"min": p["min"]}, req.gap_kind)))
    if "min_yuan" in p:
        parts.append(check_verified_total(ctx, Requirement(
            req.id, req.title, "verified_total", {"min_yuan": p["min_yuan"]}, TOTAL_GAP)))
    if "min_tianjin" in p:
        parts.append(check_verified_tianjin_customers(ctx, Requirement(
            req.id, req.title, "verified_tianjin_customers", {"min": p["min_tianjin"]}, TIANJIN_CUSTOMERS_GAP)))
    statuses = {r.status for r in parts}
    status = "not_met" if "not_met" in statuses else ("unverifiable" if "unverifiable" in statuses else "met")
    names = [n for n in ("customers", "total_yuan", "tianjin_customers")
             if {"customers": "min", "total_yuan": "min_yuan", "tianjin_customers": "min_tianjin"}[n] in p]
    details = [d for r in parts for d in r.details]
    return RequirementResult(req.id, req.title, status,
                             {n: r.measured for n, r in zip(names, parts)},
                             {n: r.threshold for n, r in zip(names, parts)}, details)


ASSESSMENT_CHECKS: dict[str, Callable[[Context, Requirement], RequirementResult]] = {
    "local_suppliers": check_local_suppliers,
    "meetings": check_meetings,
    "diagnoses": check_diagnoses,
    "assessment_customers": check_assessment_customers,
}


def attendee_summary(doc: Document) -> Iterable[str]:
    """Human-readable rows of a sign-in sheet (for `jinzheng extract`-style debugging)."""
    for a in attendees(doc):
        yield f"{'天津' if a.tianjin else '外地' if a.sure else '未知'}\t{a.name}\t{a.code or a.address or ''}"
