"""Requirement checks named by the catalog, and the verdict (award tier or assessment pass).

The catalog says which check applies with which threshold; each check here is a small
function of the reconciled submission. Status is met / not_met / unverifiable, where
unverifiable means the answer turns on findings that need a reviewer's eye.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable

from pipeline.catalogs.loader import Catalog, Requirement
from pipeline.extract.entities import normalize_name
from pipeline.money import yuan_text
from pipeline.models import Declaration, Document
from pipeline.parsing.locality import is_tianjin_address
from pipeline.parsing.uscc import is_tianjin_uscc, normalize_uscc, validate_uscc
from pipeline.reconcile.contracts import ContractEvidence, GapBook, contract_is_verified, match_names
from pipeline.reconcile.sme import is_sme


@dataclass
class RequirementResult:
    id: str
    title: str
    status: str                  # met | not_met | unverifiable
    measured: Any = None
    threshold: Any = None
    details: list[str] = field(default_factory=list)
    # requirements that count declared items: [{"label", "document", "status": ok|pending|failed}]
    items: list[dict[str, Any]] | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "title": self.title, "status": self.status,
               "measured": self.measured, "threshold": self.threshold, "details": self.details}
        if self.items is not None:
            out["items"] = self.items
        return out


@dataclass
class Context:
    catalog: Catalog
    declaration: Declaration
    contracts: list[ContractEvidence]
    documents: list[Document]
    book: GapBook
    verified: list[ContractEvidence] = field(default_factory=list)
    pending: list[ContractEvidence] = field(default_factory=list)   # only needs-review gaps
    # each document's text as names are compared (normalised, line ends removed), made once
    _compact: dict[int, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for ce in self.contracts:
            ok, pending = contract_is_verified(ce.declared.contract_no, self.book)
            if ok:
                self.verified.append(ce)
            elif pending:
                self.pending.append(ce)

    def compact_text(self, doc: Document) -> str:
        """The document's text normalised as names are (it outlives no check: the context holds it)."""
        key = id(doc)
        if key not in self._compact:
            self._compact[key] = normalize_name(doc.text.replace("\n", ""))
        return self._compact[key]


def _status(confirmed_ok: bool, optimistic_ok: bool) -> str:
    if confirmed_ok:
        return "met"
    return "unverifiable" if optimistic_ok else "not_met"


requirement_status = _status  # public name for other modules (assessment checks)


def _threshold_gap(ctx: Context, req: Requirement, status: str, measured: Any, threshold: Any,
                   pending: str = "合同") -> None:
    if status != "met" and req.gap_kind:
        review = f"计数取决于待人工复核的{pending}" if status == "unverifiable" else None
        ctx.book.add(req.gap_kind, measured=measured, threshold=threshold, review=review)


def check_applicant_tianjin(ctx: Context, req: Requirement) -> RequirementResult:
    a = ctx.declaration.applicant
    code = normalize_uscc(a.uscc or "")
    problems = []
    if not validate_uscc(code):
        problems.append(f"统一社会信用代码「{a.uscc}」校验不通过")
    elif not is_tianjin_uscc(code):
        problems.append(f"统一社会信用代码地区码 {code[2:8]} 不是天津（12xxxx）")
    if not is_tianjin_address(a.address or ""):
        problems.append(f"注册地址「{a.address}」不在天津市辖区内")
    status = "not_met" if problems else "met"
    if problems and req.gap_kind:
        ctx.book.add(req.gap_kind, detail="；".join(problems), documents=[ctx.declaration.source])
    return RequirementResult(req.id, req.title, status, measured={"uscc": code, "address": a.address},
                             details=problems)


def _distinct_customers(contracts: list[ContractEvidence]) -> set[str]:
    return {ce.declared.customer_uscc or ce.declared.customer for ce in contracts}


def check_verified_customer_count(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    have = len(_distinct_customers(ctx.verified))
    maybe = len(_distinct_customers(ctx.verified + ctx.pending))
    status = _status(have >= need, maybe >= need)
    _threshold_gap(ctx, req, status, f"{have}", f"{need}")
    return RequirementResult(req.id, req.title, status, have, need,
                             [f"待复核合同 {len(ctx.pending)} 份"] if ctx.pending else [])


def _total(contracts: list[ContractEvidence]) -> Decimal:
    return sum((ce.declared.amount_yuan for ce in contracts), Decimal(0))


def check_verified_total(ctx: Context, req: Requirement) -> RequirementResult:
    need = Decimal(req.params["min_yuan"])
    have, maybe = _total(ctx.verified), _total(ctx.verified + ctx.pending)
    status = _status(have >= need, maybe >= need)
    _threshold_gap(ctx, req, status, yuan_text(have), yuan_text(need))
    return RequirementResult(req.id, req.title, status, f"{have:.2f}", f"{need:.2f}")


def check_no_evidence_gaps(ctx: Context, req: Requirement) -> RequirementResult:
    gaps = [g for g in ctx.book.gaps if g.requirement == req.id]
    confirmed = [g for g in gaps if g.status == "confirmed"]
    status = "not_met" if confirmed else ("unverifiable" if gaps else "met")
    return RequirementResult(req.id, req.title, status, len(gaps), 0,
                             sorted({g.kind for g in gaps}))


TITLE_LINES_PER_PAGE = 12   # a cover's or first page's title sits near its top


def _title_lines(doc) -> list[str]:
    """Lines near the top of each page, alone and joined with the next one or two: a long
    standard title wraps on its cover."""
    out: list[str] = []
    for page in doc.pages[:3]:
        lines = [ln.strip() for ln in page.text.splitlines() if ln.strip()][:TITLE_LINES_PER_PAGE]
        for i in range(len(lines)):
            out.extend("".join(lines[i:i + n]) for n in (1, 2, 3) if i + n <= len(lines))
    return out


def check_standards_with_documents(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])
    drafts = [d for d in ctx.documents if d.doc_type == "standard_draft"]
    with_doc, pending, details, items = 0, 0, [], []
    for std in ctx.declaration.standards:
        best = None
        for d in drafts:
            title = d.fields.get("title")
            candidates = ([title.value] if title else []) + _title_lines(d)
            score = max((match_names(c, std.name, ctx.catalog).score for c in candidates), default=0)
            if best is None or score > best[0]:
                best = (score, d)
        if best and best[0] >= ctx.catalog.name_same:
            with_doc += 1
            details.append(f"「{std.name}」→ {best[1].path}")
            items.append({"label": std.name, "document": best[1].path, "status": "ok"})
        else:
            # a draft whose title reads close to the declared one (OCR, a wrapped cover line)
            # may be it: a person decides, the gap is not confirmed
            near = best if best and best[0] >= ctx.catalog.name_uncertain else None
            review = f"{near[1].path} 的标题与「{std.name}」相近（相似度 {near[0]:.0f}），请核对" if near else None
            ctx.book.add("missing_standard_document", subject={"standard": std.name},
                         documents=[ctx.declaration.source] + ([near[1].path] if near else []), review=review)
            pending += bool(near)
            items.append({"label": std.name, "document": near[1].path if near else None,
                          "status": "pending" if near else "failed"})
    status = _status(with_doc >= need, with_doc + pending >= need)
    _threshold_gap(ctx, req, status, f"{with_doc}", f"{need}", pending="标准草案")
    return RequirementResult(req.id, req.title, status, with_doc, need, details, items)


def check_verified_sme_customers(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])

    def smes(contracts: list[ContractEvidence]) -> set[str]:
        return {ce.declared.customer_uscc or ce.declared.customer for ce in contracts
                if is_sme(ce.declared.employees, ce.declared.revenue_wan, ctx.catalog)}

    have, maybe = len(smes(ctx.verified)), len(smes(ctx.verified + ctx.pending))
    status = _status(have >= need, maybe >= need)
    _threshold_gap(ctx, req, status, f"{have}", f"{need}")
    return RequirementResult(req.id, req.title, status, have, need)


def check_verified_tianjin_customers(ctx: Context, req: Requirement) -> RequirementResult:
    need = int(req.params["min"])

    def tianjin(contracts: list[ContractEvidence]) -> set[str]:
        out = set()
        for ce in contracts:
            code = normalize_uscc(ce.declared.customer_uscc or "")
            if ce.declared.declared_tianjin and is_tianjin_uscc(code):
                out.add(code)
        return out

    have, maybe = len(tianjin(ctx.verified)), len(tianjin(ctx.verified + ctx.pending))
    status = _status(have >= need, maybe >= need)
    _threshold_gap(ctx, req, status, f"{have}", f"{need}")
    return RequirementResult(req.id, req.title, status, have, need)


CHECKS: dict[str, Callable[[Context, Requirement], RequirementResult]] = {
    "applicant_tianjin": check_applicant_tianjin,
    "verified_customer_count": check_verified_customer_count,
    "verified_total": check_verified_total,
    "no_evidence_gaps": check_no_evidence_gaps,
    "standards_with_documents": check_standards_with_documents,
    "verified_sme_customers": check_verified_sme_customers,
    "verified_tianjin_customers": check_verified_tianjin_customers,
}


def evaluate(ctx: Context, extra_checks: dict[str, Callable] | None = None) -> list[RequirementResult]:
    checks = {**CHECKS, **(extra_checks or {})}
    results: list[RequirementResult] = []
    # evidence-gap summaries last: the other checks may add gaps they count
    ordered = sorted(ctx.catalog.requirements, key=lambda r: r.check == "no_evidence_gaps")
    for req in ordered:
        if req.check not in checks:
            raise KeyError(f"catalog check {req.check!r} has no implementation")
        results.append(checks[req.check](ctx, req))
    order = {r.id: i for i, r in enumerate(ctx.catalog.requirements)}
    return sorted(results, key=lambda r: order[r.id])


def award_tier(catalog: Catalog, results: list[RequirementResult], verified_total: Decimal) -> int:
    status = {r.id: r.status for r in results}
    if any(status.get(req) != "met" for req in catalog.verdict_requires):
        return 0
    for tier in catalog.tiers:
        if verified_total > tier.min_yuan or (tier.inclusive and verified_total == tier.min_yuan):
            return tier.tier_wan
    return 0


def assessment_passed(catalog: Catalog, results: list[RequirementResult]) -> bool:
    status = {r.id: r.status for r in results}
    return all(status.get(req) == "met" for req in catalog.verdict_requires)
