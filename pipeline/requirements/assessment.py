"""Assessment-cycle (考核周期) checks: local suppliers, meetings, free diagnoses, customers.

The catalog names these checks (`local_suppliers`, `meetings`, `diagnoses`,
`assessment_customers`) with their thresholds; `checks.REGISTRY` offers them to every catalog,
and `ASSESSMENT_EMITS` tells `load_catalog` which gap kinds each can report.

A supplier is paired with one subcontract and a diagnosed customer with one report, one to
one, best match first (a report's further files go to the customer they name); a meeting (a
declared row: name and date) takes every record naming it — notice, minutes, a separate sign-in
sheet — and their sign-in rows are united. An item counts towards its threshold
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
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz

from pipeline.catalogs.loader import Requirement
from pipeline.extract.classify import default_vocabulary
from pipeline.extract.fields import find_solution
from pipeline.extract.fields.solutions import solution_words, states_no_solution, unheaded_proposal
from pipeline.extract.fields.dates import UNLABELLED_DATE
from pipeline.extract.signin import lists_attendees, sheet_read_in_full
from pipeline.money import yuan_text
from pipeline.models import Attendee, Document, Extracted
from pipeline.extract.entities import find_organizations, normalize_name
from pipeline.parsing.dates import find_dates
from pipeline.parsing.locality import is_tianjin_address, named_tianjin, same_address
from pipeline.parsing.uscc import is_tianjin_uscc, normalize_uscc, uscc_region, validate_uscc
from pipeline.catalogs.loader import SEAL_GAP_KINDS
from pipeline.reconcile.seals import seal_findings, seal_refs
from pipeline.reconcile.contracts import (Gap, another_entity_word, branch_mismatch_detail, branch_of, fold_code,
                                         is_applicant_purchase, match_names, misreading_doubt, ocr_misread_of,
                                         review_of, settle_ocr_misread, within)
from pipeline.requirements.support import (Context, RequirementResult, check_verified_customer_count,
                           check_verified_tianjin_customers, check_verified_total, requirement_status)

# kinds the catalog maps to the customer contracts' requirement; on an assessment item they
# are reported under the item's own requirement
SHARED_KINDS = frozenset({"amount_mismatch", "party_mismatch", "date_out_of_period", "invalid_uscc"})
# assessment_customers reports its total and Tianjin parts under these kinds unless the catalog
# names others (`total_gap_kind`, `tianjin_gap_kind`)
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


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _add(ctx: Context, req: Requirement, outcome: ItemOutcome, kind: str, item: str = "", **kw: Any) -> Gap:
    """A gap about one item; a shared kind takes the catalog's item_message, which names the
    item (a diagnosis has no contract number for the contract-shaped message to show)."""
    before = len(ctx.book.gaps)
    gap = ctx.book.add(kind, **kw)
    spec = ctx.catalog.gap_kinds[kind]
    if len(ctx.book.gaps) > before and spec.item_message and item:
        values = {k: v for k, v in kw.items() if isinstance(v, str)}
        gap.message = spec.item_message.format_map(_Blank(item=item, **values, **(kw.get("subject") or {})))
    if kind in SHARED_KINDS or kind in SEAL_GAP_KINDS:
        gap.requirement = req.id
    if gap not in outcome.gaps:
        outcome.gaps.append(gap)
    return gap


def _missing(ctx: Context, req: Requirement, outcome: ItemOutcome, kind: str, names: list[str],
             taken: set[int], **subject: Any) -> None:
    """A missing-evidence gap for one item, confirmed only when nothing in the submission could
    be that evidence: a document whose kind was not recognised, or one of the item's kind tied
    to no item, that names the item (its firm, code or meeting) makes the gap a question that
    names the document (not knowing is not missing)."""
    wanted = [normalize_name(n) for n in names if n and len(normalize_name(n)) >= 4]
    possible = [doc.path for doc in ctx.documents
                if id(doc) not in taken and doc.readable and (not doc.kind_recognised or doc.doc_type == "other"
                                                              or doc.doc_type == _KIND_OF_MISSING.get(kind))
                and (any(w in ctx.compact_text(doc) for w in wanted)
                     or (doc.doc_type == _KIND_OF_MISSING.get(kind) and _garbled_mention(ctx, doc, wanted)))]
    if possible:
        shown = "、".join(possible[:5]) + ("等" if len(possible) > 5 else "")
        _add(ctx, req, outcome, kind, documents=possible, detail=f"可能的证据：{shown}",
             review=f"申报材料中有未能确认类型或归属的文件提到该事项（{shown}），请人工核对其是否即为所缺证据",
             **subject)
    else:
        _add(ctx, req, outcome, kind, documents=[ctx.declaration.source], **subject)


_ISSUE_NUMBER = re.compile(r"第\s*(\d+)\s*[期届次场]")


def _garbled_mention(ctx: Context, doc: Document, wanted: list[str]) -> bool:
    """An OCR'd document of the item's kind, tied to no item, whose reading garbles the item's
    name but keeps its issue number (第5期) or most of its words: it may well be the item's."""
    if not any(p.method.startswith("ocr") for p in doc.pages):
        return False
    text = ctx.compact_text(doc)
    for name in wanted:
        issue = _ISSUE_NUMBER.search(name)
        if issue and issue.group(1) in {m.group(1) for m in _ISSUE_NUMBER.finditer(text)}:
            return True
        if fuzz.partial_ratio(name, text) >= GARBLED_MENTION_SCORE:
            return True
        # the name as a field was read (a second engine's reading of the customer line, which
        # the page text need not hold): 天津约纺织有限公司 for 天津峻钧纺织有限公司
        if any(fuzz.ratio(name, normalize_name(str(doc.value(f)))) >= GARBLED_MENTION_SCORE
               for f in ("customer", "title") if doc.value(f)):
            return True
    return False


GARBLED_MENTION_SCORE = 70


_KIND_OF_MISSING = {"missing_subcontract": "subcontract", "missing_meeting_record": "meeting_record",
                    "missing_diagnosis_report": "diagnosis_report"}


def _count(ctx: Context, req: Requirement, outcomes: list[ItemOutcome], need: int,
           unit: str, what: str) -> RequirementResult:
    have = {o.key for o in outcomes if o.status == "ok"}
    maybe = {o.key for o in outcomes if o.status in ("ok", "pending")}
    status = requirement_status(len(have) >= need, len(maybe) >= need)
    if status != "met" and req.gap_kind:
        review = f"计数取决于待人工复核的{what}" if status == "unverifiable" else None
        ctx.book.add(req.gap_kind, measured=f"{len(have)}", threshold=f"{need}", review=review)
    details = [f"「{o.label}」→ {o.document.path if o.document else '未找到文件'}："
               + {"ok": "符合", "pending": "待复核", "failed": "不符合"}[o.status] for o in outcomes]
    if len(maybe) > len(have):
        details.append(f"另有 {len(maybe) - len(have)} {unit}待人工复核")
    items = [{"label": o.label, "document": o.document.path if o.document else None, "status": o.status}
             for o in outcomes]
    return RequirementResult(req.id, req.title, status, len(have), need, details, items)


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
            _add(ctx, req, outcome, "date_out_of_period", documents=documents, review=review_of(ctx.catalog, found),
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
    if settle_ocr_misread(found, expected):
        return      # before the fuzzy match: a reading it calls the same still shows the name
    m = match_names(found.value, expected, ctx.catalog)
    if m.same:
        return
    review = review_of(ctx.catalog, found)
    if m.uncertain and not another_entity_word(found, expected):
        review = review or f"名称相似度 {m.score:.0f}，可能是识别误差"
    review = review or misreading_doubt(found, expected, label)
    _add(ctx, req, outcome, "party_mismatch", detail=f"{label}为「{found.value}」，应为「{expected}」",
         documents=[doc.path], review=review, **subject)


def _name_candidates(doc: Document, field_name: str, lines: int = 6) -> list[str]:
    item = doc.fields.get(field_name)
    out = [item.value] if item else []
    return out + [ln.strip() for ln in doc.text.splitlines()[:lines] if ln.strip()]


def _is_applicant(ctx: Context, name: str, code: str | None, address: str | None = None) -> bool:
    a = ctx.declaration.applicant
    if code and normalize_uscc(a.uscc or "") == code:
        return True
    match = match_names(name, a.name, ctx.catalog)
    # the host signing in at its own address under a name OCR misread (天津玉木… for 天津瑄堃…):
    # the applicant's declared address and a name close to its own
    return match.same or (match.uncertain and same_address(address, a.address))


# ---- local suppliers (本地配套供应商 + 分包合同) ---------------------------------------------------


def _subcontract_docs(ctx: Context) -> list[Document]:
    """Subcontracts, including contracts under another title (外协合同, 采购合同) with the applicant
    as the buyer (linking re-kinds those; a context built without linking still sees them)."""
    return _docs(ctx, "subcontract") + [d for d in _docs(ctx, "contract")
                                        if is_applicant_purchase(d, ctx.declaration, ctx.catalog)]


def check_local_suppliers(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    declared = ctx.declaration.suppliers
    docs = _subcontract_docs(ctx)

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
        subject = {"contract_no": s.contract_no or None, "subject": {"supplier": s.name},
                   "item": f"配套供应商「{s.name}」（分包合同「{s.contract_no}」）"}
        doc = outcome.document
        # a branch of the supplier signing in its own name: its code and address are the branch's,
        # no statement about where the declared supplier is registered (a party question instead)
        branch = branch_of(doc.value("supplier"), s.name, ctx.catalog) if doc is not None else None
        # identity and locality: the declared code, and what the subcontract states
        problems, review, where = [], None, [ctx.declaration.source]
        if not validate_uscc(code):
            _add(ctx, req, outcome, "invalid_uscc", documents=[ctx.declaration.source],
                 detail=f"申报的代码「{s.uscc}」不符合 GB 32100-2015 校验规则", **subject)
        elif not is_tianjin_uscc(code):
            problems.append(f"统一社会信用代码「{code}」登记机关不在天津（地区码 {uscc_region(code)}）")
        if doc is not None and branch is None:
            found_code = doc.fields.get("supplier_uscc")
            if found_code is not None and validate_uscc(found_code.value) and not is_tianjin_uscc(found_code.value) \
                    and found_code.value != code:
                problems.append(f"分包合同中乙方代码「{found_code.value}」不在天津")
                where.append(doc.path)
                review = review or review_of(ctx.catalog, found_code)
            address = doc.fields.get("supplier_address")
            if address is not None and not is_tianjin_address(address.value):
                problems.append(f"分包合同中乙方地址「{address.value}」不在天津市")
                where.append(doc.path)
                review = review or review_of(ctx.catalog, address)
        if doc is not None and branch is None and validate_uscc(code):
            found_code = doc.fields.get("supplier_uscc")
            if found_code is not None and validate_uscc(found_code.value) and found_code.value != code \
                    and is_tianjin_uscc(found_code.value):
                _add(ctx, req, outcome, "party_mismatch", documents=[doc.path], review=review_of(ctx.catalog, found_code),
                     detail=f"分包合同中乙方统一社会信用代码「{found_code.value}」与申报的「{code}」不一致", **subject)
        if problems:
            declared_elsewhere = validate_uscc(code) and not is_tianjin_uscc(code)
            _add(ctx, req, outcome, "subcontractor_not_tianjin", detail="；".join(problems), documents=where,
                 review=None if declared_elsewhere else review, **subject)
        if doc is None:
            _missing(ctx, req, outcome, "missing_subcontract", [s.name, s.uscc or "", s.contract_no or ""],
                     {id(d) for d in linked.values()}, **subject)
            outcomes.append(outcome)
            continue
        _party(ctx, req, outcome, doc, "customer", applicant, "分包合同甲方", **subject)
        if branch is not None:
            found = doc.fields["supplier"]
            own = [f"{label}「{doc.fields[key].value}」" for key, label in
                   (("supplier_uscc", "代码"), ("supplier_address", "地址")) if key in doc.fields]
            _add(ctx, req, outcome, "party_mismatch", documents=[doc.path], review=review_of(ctx.catalog, found),
                 detail=branch_mismatch_detail("分包合同乙方", found.value, s.name, branch)
                        + (f"（分支机构{'、'.join(own)}）" if own else ""), **subject)
        else:
            _party(ctx, req, outcome, doc, "supplier", s.name, "分包合同乙方", **subject)
        amount = doc.fields.get("amount_yuan")
        if amount is None:
            _add(ctx, req, outcome, "amount_mismatch", detail=f"{doc.path} 中未识别到分包金额",
                 documents=[doc.path], review="分包合同金额未识别，请人工核对", **subject)
        elif not within(amount.value, s.amount_yuan, ctx.catalog.amount_tolerance):
            _add(ctx, req, outcome, "amount_mismatch", documents=[doc.path], review=review_of(ctx.catalog, amount),
                 detail=f"分包合同金额 {yuan_text(amount.value)} 与申报 {yuan_text(s.amount_yuan)} 相差超过 "
                        f"{ctx.catalog.amount_tolerance * 100}%", **subject)
        _check_date(ctx, req, outcome, doc.fields.get("date"), s.signed_on, "分包合同签订日期", [doc.path],
                    **subject)
        _check_subcontract_seals(ctx, req, outcome, doc, s.name, subject)
        outcomes.append(outcome)
    return _count(ctx, req, outcomes, need, "家", "供应商")


def _check_subcontract_seals(ctx: Context, req: Requirement, outcome: ItemOutcome, doc: Document,
                             supplier: str, subject: dict[str, Any]) -> None:
    """Both parties' seals on the subcontract (the catalog's rule for `subcontract`): the
    findings count against the supplier, under this requirement."""
    for finding in seal_findings(doc, "", ctx.declaration, ctx.catalog, supplier=supplier):
        gap = _add(ctx, req, outcome, finding["kind"], documents=[doc.path], detail=finding["detail"],
                   review=finding["review"], party=finding["party"], contract_no=subject["contract_no"],
                   subject={**subject["subject"], "evidence": finding["evidence"]}, item=subject["item"])
        gap.seals.extend(r for r in seal_refs(doc, finding["kind"]) if r not in gap.seals)


# ---- meetings (经验交流会 + 签到表) -------------------------------------------------------------



def tianjin_attendees(ctx: Context, docs: Document | Iterable[Document]) -> tuple[list[Attendee], list[Attendee], int]:
    """(distinct Tianjin enterprises other than the applicant, rows that could not be placed,
    how many distinct firms other than the applicant were read at all), over one document or
    all documents of a meeting (notice, minutes, separate sign-in sheet)."""
    docs = [docs] if isinstance(docs, Document) else list(docs)
    seen: set[str] = set()
    tianjin, unsure = [], []
    rows = [a for doc in docs for a in doc.attendees]   # read with the document (extract/signin.py)
    # rows that say where the firm is come first, so a firm listed twice counts by its best row
    for a in sorted(rows, key=lambda a: not a.sure):
        if _is_applicant(ctx, a.name, a.code, a.address):
            continue
        if (a.code and a.code in seen) or (a.name and a.name in seen):
            continue
        seen.update(({a.name} if a.name else set()) | ({a.code} if a.code else set()))
        if a.tianjin:
            tianjin.append(a)
        elif not a.sure:
            unsure.append(a)
    firms = len({a.code or a.name for a in rows if not _is_applicant(ctx, a.name, a.code, a.address)})
    return tianjin, unsure, firms


# meeting names: the words around a name that say what the paper is, not which meeting
_MEETING_AFFIXES = re.compile(r"^关于(?:召开|举办|组织|开展)?|(?:的)?(?:通知|会议纪要|纪要|会议记录|记录|议程|"
                              r"(?:(?:参会|与会|到会|出席)(?:单位|企业|人员|代表|嘉宾)?|单位)?(?:签到表|签到册|签到单|签到|名单)|"
                              r"[（(][^（）()]{0,6}(?:稿|记录|纪要)[）)])$|[“”\"《》「」]")
_PERIOD_NO = re.compile(r"第\s*([\d一二三四五六七八九十]+)\s*期|[（(]\s*第?\s*([\d一二三四五六七八九十]+)\s*期\s*[）)]")
_YEAR = re.compile(r"(20\d\d)\s*年(?:度)?")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


def _period_number(text: str) -> int | None:
    m = _PERIOD_NO.search(text)
    if not m:
        return None
    raw = m.group(1) or m.group(2)
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    if raw.startswith("十"):
        return 10 + _CN_DIGITS.get(raw[1], 0)
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(raw)


def _meeting_core(text: str) -> str:
    s = normalize_name(text)
    for _ in range(3):
        s = _MEETING_AFFIXES.sub("", s)
    s = _PERIOD_NO.sub("", s)
    return _YEAR.sub("", s).strip("：:，,。. ")


def meeting_name_score(found: str, declared: str) -> float:
    """How well a document's title line names the declared meeting (0-100): the year and the
    issue number (第3期) must not disagree; around them, the names agree or one holds the other
    (a 专场 suffix, a 会议纪要 title)."""
    a, b = _meeting_core(found), _meeting_core(declared)
    if len(a) < 4 or len(b) < 4:
        return 0.0
    na, nb = _period_number(found), _period_number(declared)
    if _names_conflict(found, declared):
        return 0.0
    short, long_ = sorted((a, b), key=len)
    if a == b:
        score = 100.0
    elif short in long_ and len(short) >= 5 and ((na is not None and na == nb) or len(short) >= 0.6 * len(long_)):
        score = 95.0   # 专场 suffix, or 会议纪要 title of the same issue
    else:
        score = float(fuzz.ratio(a, b))
    if nb is not None and na is None and not (a in b or b in a or a == b):
        score -= 5
    return score


def _shared_characters(found: str, declared: str) -> float:
    """Share of the shorter name's characters the other has too (word order aside)."""
    if _names_conflict(found, declared):
        return 0.0
    a, b = set(_meeting_core(found)), set(_meeting_core(declared))
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _names_conflict(found: str, declared: str) -> bool:
    """Another issue (第11期 for 第1期) or another year."""
    na, nb = _period_number(found), _period_number(declared)
    ya, yb = _YEAR.search(found), _YEAR.search(declared)
    return (na is not None and nb is not None and na != nb) or bool(ya and yb and ya.group(1) != yb.group(1))


def _meeting_candidates(doc: Document) -> list[str]:
    title = doc.fields.get("title")
    if title is not None and "取自会议名称栏" in title.checks:
        return [title.value]    # 会议名称：… says which meeting; nothing else on the page overrides it
    out = [title.value] if title is not None else []
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    return out + [ln for ln in lines[:8] if len(ln.replace(" ", "")) <= 60]


def _meeting_date(docs: list[Document], declared: date | None) -> Extracted | None:
    """The meeting's date as its records state it. A record stating the declared day anywhere
    (定于2024年1月5日召开) confirms it: None, so the declared day is checked. Otherwise a labelled
    date (会议时间) before one taken from the signature, which on a notice is the day it was sent."""
    dated = [d.fields["date"] for d in docs if "date" in d.fields]
    if declared is not None and (any(x.value == declared for x in dated) or any(
            m.value == declared for d in docs for p in d.pages for m in find_dates(p.text))):
        return None
    labelled = [x for x in dated if UNLABELLED_DATE not in x.checks]
    return (labelled or dated or [None])[0]


def _legible(doc: Document) -> bool:
    """Read well enough to say what is not on it: its kind was recognised and no OCR'd page
    was read unsurely."""
    return doc.kind_recognised and not any(p.read_unsurely for p in doc.pages)


def _names_a_guest(ctx: Context, doc: Document) -> bool:
    """Some enterprise other than the applicant is named on the paper (not a venue: 某某中心)."""
    return any(_ENTERPRISE.search(name) and not _is_applicant(ctx, name, None)
               for line in doc.text.splitlines() for o in find_organizations(line)
               for name in [normalize_name(o.text)])


_ENTERPRISE = re.compile(r"(?:公司|集团|厂)$")


def _sheets_read_in_full(docs: list[Document]) -> bool:
    """Every paper of the meeting that lists attendees was read whole (extract/signin.py),
    and at least one does."""
    listing = [d for d in docs if lists_attendees(d)]
    return bool(listing) and all(sheet_read_in_full(d) for d in listing)


_TIANJIN_IN_ROW = re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}12\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])|天津市?[\u4e00-\u9fff]{1,6}(?:区|县)")


def _tianjin_roster_rows(docs: list[Document]) -> int:
    """How many lines of the meeting's papers list an organisation with a Tianjin credit code or
    address, by the roster shape the document vocabulary gives (meeting_record row_lists)."""
    rows = default_vocabulary().spec("meeting_record").row_lists
    return sum(1 for d in docs for line in d.text.splitlines()
               if any(r.pattern.search(line) for r in rows) and _TIANJIN_IN_ROW.search(line))


def _meeting_key(m) -> str:
    return f"{normalize_name(m.name)}|{m.held_on.isoformat() if m.held_on else ''}"


def check_meetings(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    min_attendees = int(req.params["min_attendees"])
    declared = ctx.declaration.meetings
    docs = _docs(ctx, "meeting_record")

    def score(m, doc: Document) -> float:
        best = max((meeting_name_score(c, m.name) for c in _meeting_candidates(doc)), default=0)
        when = doc.value("date")
        same_day = m.held_on is not None and when == m.held_on
        if best >= ctx.catalog.name_same or (best >= ctx.catalog.name_uncertain and same_day):
            return best + (10 if same_day else 0) - (5 if when is not None and m.held_on and not same_day else 0)
        return 0

    # every document goes to the meeting it names best (notice, minutes and a separate sign-in
    # sheet of one meeting all count); same-named meetings are told apart by their dates
    linked: dict[int, list[Document]] = {}
    for doc in docs:
        scores = [score(m, doc) for m in declared]
        top = max(scores, default=0)
        if top <= 0:
            continue
        for i, s in enumerate(scores):
            if s == top:
                linked.setdefault(i, []).append(doc)
    # a document dated the day of a meeting that nothing else documents, named loosely like it
    # (汽车零部件行业交流会 for 智能制造经验交流会（汽车零部件专场）)
    taken = {id(d) for ds in linked.values() for d in ds}
    by_name = set(linked)
    for doc in docs:
        when = doc.value("date")
        if id(doc) in taken or when is None:
            continue
        open_ = [i for i, m in enumerate(declared) if i not in by_name and m.held_on == when]
        if len(open_) != 1:
            continue
        name, candidates = declared[open_[0]].name, _meeting_candidates(doc)
        if not any(_names_conflict(c, name) for c in candidates) and \
                max((_shared_characters(c, name) for c in candidates), default=0) >= 0.6:
            linked.setdefault(open_[0], []).append(doc)
            taken.add(id(doc))
    names = Counter(normalize_name(m.name) for m in declared)
    outcomes = []
    for i, m in enumerate(declared):
        mine = linked.get(i, [])
        outcome = ItemOutcome(_meeting_key(m), m.name, mine[0] if mine else None)
        label = m.name if names[normalize_name(m.name)] == 1 or m.held_on is None else f"{m.name}（{m.held_on.isoformat()}）"
        subject = {"subject": {"meeting": label}, "item": f"经验交流会「{label}」"}
        if not mine:
            _missing(ctx, req, outcome, "missing_meeting_record", [m.name], taken, **subject)
            outcomes.append(outcome)
            continue
        paths = [d.path for d in mine]
        found = _meeting_date(mine, m.held_on)
        _check_date(ctx, req, outcome, found, m.held_on, "会议日期",
                    [found.provenance.file] if found else paths, **subject)
        tianjin, unsure, rows = tianjin_attendees(ctx, mine)
        if len(tianjin) < min_attendees:
            declared_note = (f"（申报 {m.declared_tianjin_attendees} 家）"
                             if m.declared_tianjin_attendees is not None else "")
            ocr = any(p.method.startswith("ocr") for d in mine for p in d.pages)
            tianjin_named = [a for a in unsure if named_tianjin(normalize_name(a.name))]
            review = None
            if rows == 0 and not any(lists_attendees(d) for d in mine) and all(_legible(d) for d in mine) \
                    and not any(_names_a_guest(ctx, d) for d in mine):
                # the meeting's papers (a notice) list no attendee and name no firm but the
                # host: nothing shows which firms came, which is a gap, not a sheet we failed
                # to read (a card book or a list we do not know names its firms)
                review = None
            elif len(tianjin) + len(unsure) >= min_attendees and ocr:
                review = f"签到表有 {len(unsure)} 行未能识别出信用代码或地址，请人工核对"
            elif len(tianjin) + len(tianjin_named) >= min_attendees:
                # rows whose code and address were left blank (未填) under a firm named 天津…:
                # the name suggests Tianjin but does not prove where the firm is registered
                review = (f"签到表有 {len(tianjin_named)} 家名称冠以“天津”的单位未写明信用代码或地址，"
                          f"是否天津企业请人工核对")
            elif rows < min_attendees and (m.declared_tianjin_attendees or 0) > rows \
                    and not _sheets_read_in_full(mine):
                # fewer firms read than the applicant declared came: the sheet was not read in
                # full (a photo, a handwritten sheet, a form we do not know), so this is a question;
                # a text layer read row by row, every row placed, shows all it lists: a gap
                review = (f"签到表只识别出 {rows} 家单位，少于申报的 {m.declared_tianjin_attendees} 家天津企业，"
                          f"可能未能完整读取签到表，请人工核对")
            elif ocr and unsure and (m.declared_tianjin_attendees or 0) >= min_attendees:
                # a photographed sheet (business cards, a handwritten book) with rows whose name
                # or place could not be read: the count is what was legible, not what is there
                review = (f"签到表有 {len(unsure)} 行未能识别出单位、信用代码或地址，申报 "
                          f"{m.declared_tianjin_attendees} 家天津企业，请人工核对")
            roster = _tianjin_roster_rows(mine)
            if review is None and roster >= min_attendees:
                # the papers list more Tianjin firms, line by line, than the sheet reader placed:
                # the roster was not understood, which is a question, not a shortfall
                review = (f"文件逐行列出 {roster} 家写明天津信用代码或地址的单位，只识别出其中 {len(tianjin)} 家，"
                          f"请人工核对签到名单")
            _add(ctx, req, outcome, "meeting_attendance_below_threshold", documents=paths, review=review,
                 detail=f"签到表中天津企业 {len(tianjin)} 家{declared_note}，要求不少于 {min_attendees} 家", **subject)
        outcomes.append(outcome)
    return _count(ctx, req, outcomes, need, "场", "交流会")


# ---- free diagnoses (免费诊断 + 诊断报告) -----------------------------------------------------------


def _compact_head(doc: Document, chars: int = 1500) -> str:
    return normalize_name(doc.text[:chars].replace("\n", ""))


def _solution(doc: Document, req: Requirement) -> Extracted | None:
    """The solution section, by the catalog's heading words when it names them."""
    words = req.params.get("solution_headings")
    found = doc.fields.get("solution")
    if not words:
        return found
    on_pages = find_solution(doc, tuple(words))
    if on_pages is not None or found is None:
        return on_pages
    # a solution a second OCR engine read (the page's first reading lost its heading) is the
    # report's too, when its heading is one of the catalog's words
    methods = {p.method for p in doc.pages if p.number == found.provenance.page}
    reread = bool(methods) and found.provenance.method not in methods
    return found if reread and solution_words(tuple(words)).search(str(found.value).replace(" ", "")) else None


def check_diagnoses(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    declared = ctx.declaration.diagnoses
    docs = _docs(ctx, "diagnosis_report")
    applicant = ctx.declaration.applicant.name

    def score(d, doc: Document) -> float:
        total = 0.0
        name = match_names(doc.value("customer"), d.customer, ctx.catalog)
        found = doc.fields.get("customer")
        if name.same or ocr_misread_of(found, d.customer):
            total += 50
        elif normalize_name(d.customer) in _compact_head(doc):
            total += 45   # named under a label we do not know, or in the report's title
        elif name.uncertain:
            total += 20
        code = normalize_uscc(d.uscc or "")
        if code and (doc.value("customer_uscc") == code or code in {u.value for u in doc.usccs}):
            total += 40
        if d.report_name and max((meeting_name_score(c, d.report_name) for c in _name_candidates(doc, "title")),
                                 default=0) >= ctx.catalog.name_same:
            total += 30
        if d.diagnosed_on is not None and doc.value("date") == d.diagnosed_on:
            total += 5
        return total

    linked = _assign(declared, docs, score, 40)
    # a customer's report may come in more than one file (the findings, the solution): the
    # files left over go to the customer they name best, and any of them may hold the solution
    more: dict[int, list[Document]] = {}
    used = {id(doc) for doc in linked.values()}
    for doc in docs:
        if id(doc) in used or not declared:
            continue
        scores = [score(d, doc) for d in declared]
        best = max(range(len(declared)), key=lambda k: scores[k])
        if scores[best] >= 40 and best in linked:
            more.setdefault(best, []).append(doc)
    outcomes = []
    for i, d in enumerate(declared):
        code = normalize_uscc(d.uscc or "")
        outcome = ItemOutcome(code if validate_uscc(code) else normalize_name(d.customer), d.customer, linked.get(i))
        subject = {"customer": d.customer, "item": f"客户「{d.customer}」的免费诊断"}
        doc = outcome.document
        if doc is None:
            _missing(ctx, req, outcome, "missing_diagnosis_report", [d.customer, d.uscc or ""],
                     {id(x) for x in linked.values()} | {id(x) for xs in more.values() for x in xs}, **subject)
            outcomes.append(outcome)
            continue
        found = doc.fields.get("customer")
        if found is not None:
            settle_ocr_misread(found, d.customer)     # 邕宁 read as 宁: the report names the declared firm
        files = [doc] + more.get(i, [])
        if all(_solution(f, req) is None for f in files):
            ocr = any(p.method.startswith("ocr") for f in files for p in f.pages)
            paths = "、".join(f.path for f in files)
            # a scan may hide a heading OCR lost, unless the report itself states it has none
            stated = [line for f in files for line in [states_no_solution(f, req.params.get("solution_headings"))]
                      if line is not None]
            where = f"（{stated[0].provenance.file} 第 {stated[0].provenance.page} 页）" if stated else ""
            review = "扫描件中未识别到方案章节，请人工核对" if ocr and not stated else None
            if review is None and not stated:
                # a sentence that prescribes, or a section after the findings under a heading we
                # do not know: whether it is the solution is a question, not a confident absence
                proposal = next((p for p in map(unheaded_proposal, files) if p is not None), None)
                if proposal is not None:
                    review = (f"报告有建议性内容「{str(proposal.value)[:40]}」（{proposal.provenance.file} 第 "
                              f"{proposal.provenance.page} 页），但无已知的方案章节标题，请人工核对")
            _add(ctx, req, outcome, "diagnosis_without_solution", documents=[f.path for f in files],
                 detail=f"（{paths} 中未找到解决方案/改进建议章节"
                        + (f"；报告写明「{stated[0].value}」{where}" if stated else "") + "）",
                 review=review, **subject)
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
            req.id, req.title, "verified_total", {"min_yuan": p["min_yuan"]}, p.get("total_gap_kind", TOTAL_GAP))))
    if "min_tianjin" in p:
        parts.append(check_verified_tianjin_customers(ctx, Requirement(
            req.id, req.title, "verified_tianjin_customers", {"min": p["min_tianjin"]},
            p.get("tianjin_gap_kind", TIANJIN_CUSTOMERS_GAP))))
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

# gap kinds each check reports besides its requirement's gap_kind (validated at catalog load)
_ITEM_KINDS = ("party_mismatch", "amount_mismatch", "date_out_of_period", "invalid_uscc")
ASSESSMENT_EMITS: dict[str, Callable[[dict[str, Any]], Iterable[str]]] = {
    "local_suppliers": lambda r: ("missing_subcontract", "subcontractor_not_tianjin") + _ITEM_KINDS,
    "meetings": lambda r: ("missing_meeting_record", "meeting_attendance_below_threshold", "date_out_of_period"),
    "diagnoses": lambda r: ("missing_diagnosis_report", "diagnosis_without_solution", "party_mismatch",
                            "date_out_of_period"),
    "assessment_customers": lambda r: ((r.get("total_gap_kind", TOTAL_GAP),) if "min_yuan" in r else ())
    + ((r.get("tianjin_gap_kind", TIANJIN_CUSTOMERS_GAP),) if "min_tianjin" in r else ()),
}


def attendee_summary(doc: Document) -> Iterable[str]:
    """Human-readable rows of a sign-in sheet (for `jinzheng extract`-style debugging)."""
    for a in doc.attendees:
        yield f"{'天津' if a.tianjin else '外地' if a.sure else '未知'}\t{a.name}\t{a.code or a.address or ''}"
