"""The verification report: report.json (schema-validated) and gaps.csv, written atomically.

The report holds no timestamps or timings, so the same input gives byte-identical reports
whichever way it was run; run metadata goes to run.json beside it.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.atomic import write_atomic
from pipeline.catalogs.loader import Catalog, validation_error
from pipeline.errors import JinzhengError
from pipeline.models import Declaration, Document, json_scalar
from pipeline.reconcile.contracts import ContractEvidence, Gap, GapBook, contract_is_verified
from pipeline.requirements.support import RequirementResult
from pipeline.reconcile.sme import is_sme
from pipeline.serialize import seal_to_dict

REPORT_SCHEMA = "report.schema.json"
SCHEMA_VERSION = "1.0"
SEVERITY_ORDER = {"confirmed": 0, "needs_review": 1}
CORE_FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result")


@dataclass
class Verification:
    """Everything one verification produced; `to_json` is report.json."""

    submission: str
    catalog: Catalog
    declaration: Declaration
    documents: list[Document]
    contracts: list[ContractEvidence]
    book: GapBook
    requirements: list[RequirementResult]
    accepted_total: Decimal
    award_tier_wan: int | None
    assessment_passed: bool | None
    declaration_issues: list[str] = field(default_factory=list)
    # the verdict stands on confirmed evidence; with questions open, what answering them all in
    # the applicant's favour would give
    verdict_pending: bool = False
    award_tier_if_confirmed_wan: int | None = None
    assessment_passed_if_confirmed: bool | None = None

    @property
    def gaps(self) -> list[Gap]:
        return sorted(self.book.gaps, key=lambda g: (SEVERITY_ORDER[g.status], -g.severity,
                                                     g.requirement, g.kind, g.contract_no or "",
                                                     g.customer or ""))

    @property
    def exit_status(self) -> str:
        return "gaps" if self.book.gaps else "clean"

    def to_json(self) -> dict[str, Any]:
        checks = {req.id: req.check for req in self.catalog.requirements}
        linked = {d.path: ce.declared.contract_no for ce in self.contracts
                  for docs in ce.documents.values() for d in docs}
        return {
            "schema_version": SCHEMA_VERSION,
            "submission": self.submission,
            "catalog": {"id": self.catalog.id, "title": self.catalog.title, "phase": self.catalog.phase,
                        "period": {"start": self.catalog.period_start.isoformat(),
                                   "end": self.catalog.period_end.isoformat()},
                        # outputs mark values below it as unsure, as the gaps were judged
                        "review_low_confidence": self.catalog.review_low_confidence},
            "applicant": {"name": self.declaration.applicant.name, "uscc": self.declaration.applicant.uscc,
                          "address": self.declaration.applicant.address},
            "declaration_source": self.declaration.source,
            "declared_total_yuan": f"{sum((c.amount_yuan for c in self.declaration.contracts), Decimal(0)):.2f}",
            "accepted_total_yuan": f"{self.accepted_total:.2f}",
            "award_tier_wan": self.award_tier_wan,
            "assessment_passed": self.assessment_passed,
            "verdict_pending": self.verdict_pending,
            "award_tier_if_confirmed_wan": self.award_tier_if_confirmed_wan,
            "assessment_passed_if_confirmed": self.assessment_passed_if_confirmed,
            "status": self.exit_status,
            # `check`: which of the catalog's checks measured it, so a reader can say what was counted
            "requirements": [{**r.to_json(), "check": checks.get(r.id)} for r in self.requirements],
            "gaps": [g.to_json() for g in self.gaps],
            "contracts": [self._contract_json(ce) for ce in self.contracts],
            "documents": [self._document_json(d, linked.get(d.path)) for d in self.documents],
        }

    def _contract_json(self, ce: ContractEvidence) -> dict[str, Any]:
        c = ce.declared
        verified, pending = contract_is_verified(c.contract_no, self.book)
        return {
            "contract_no": c.contract_no,
            "customer": c.customer,
            "customer_uscc": c.customer_uscc,
            "declared_amount_yuan": f"{c.amount_yuan:.2f}",
            "signed_on": json_scalar(c.signed_on),
            "accepted_on": json_scalar(c.accepted_on),
            "declared_sme": c.declared_sme,
            "sme_by_rule": is_sme(c.employees, c.revenue_wan, self.catalog),
            "declared_tianjin": c.declared_tianjin,
            "status": "verified" if verified else ("needs_review" if pending else "not_verified"),
            "evidence": {kind: sorted(d.path for d in docs) for kind, docs in sorted(ce.documents.items()) if docs},
            "link_reasons": dict(sorted(ce.link_reasons.items())),
            "gaps": sorted({g.kind for g in self.book.for_contract(c.contract_no)}),
        }

    @staticmethod
    def _document_json(doc: Document, contract_no: str | None) -> dict[str, Any]:
        fields = {name: (doc.fields[name].json_value() if name in doc.fields else None) for name in CORE_FIELDS}
        for name, item in doc.fields.items():
            fields.setdefault(name, item.json_value())
        methods = sorted({p.method for p in doc.pages})
        return {
            "path": doc.path,
            "sha256": doc.sha256,
            "doc_type": doc.doc_type,
            "doc_type_confidence": doc.doc_type_confidence,
            "kind_recognised": doc.kind_recognised,
            "kind_statements": list(doc.kind_statements),
            "pages": len(doc.pages),
            "methods": methods,
            "readable": doc.readable,
            "linked_contract": contract_no,
            "fields": fields,
            "provenance": {name: item.to_json() for name, item in sorted(doc.fields.items())},
            "credit_codes": [item.to_json() for item in doc.usccs],
            "needs_review": [f"{name}: {item.review_reason}" for name, item in sorted(doc.fields.items())
                             if item.review_reason],
            "errors": [issue.to_json() for issue in doc.issues],
            # perceptual hashes of the scanned pages: a re-scan in another submission is found by them
            "page_hashes": [{"page": p.number, "hash": p.image_hash} for p in doc.pages if p.image_hash],
            # seals found (with the party each names), and the pages looked at for them
            "seals": [{"file": doc.path, **seal_to_dict(seal, with_match=True)} for seal in doc.seals],
            "seal_pages": list(doc.seal_pages),
            "seal_doubts": list(doc.seal_doubts),
        }


def gaps_frame(gaps: list[Gap], submission: str | None = None) -> pd.DataFrame:
    rows = []
    for i, g in enumerate(gaps, start=1):
        row = {
            "序号": i,
            "要求": g.requirement,
            "类型": g.kind,
            "状态": "待复核" if g.status == "needs_review" else "确认",
            "合同编号": g.contract_no or "",
            "客户": g.customer or "",
            "说明": g.message,
            "复核原因": g.review_reason or "",
            "涉及文件": "；".join(sorted(set(g.documents))),
        }
        if submission is not None:
            row = {"申报材料": submission, **row}
        rows.append(row)
    columns = ["序号", "要求", "类型", "状态", "合同编号", "客户", "说明", "复核原因", "涉及文件"]
    if submission is not None:
        columns.insert(0, "申报材料")
    return pd.DataFrame(rows, columns=columns)


DECISION_COLUMNS = ["是否计入", "复核决定", "复核人", "复核时间", "复核理由"]


def report_gaps_frame(report: dict[str, Any]) -> pd.DataFrame:
    """gaps.csv from a report (after reviewer decisions): the columns of `gaps_frame`, then
    whether the gap counts and the decision on it; most serious first, dismissed ones last."""
    from pipeline.report.decisions import gap_counts
    from pipeline.report.html import sorted_gaps

    rows = []
    for i, g in enumerate(sorted_gaps(list(report.get("gaps", []))), start=1):
        d = g.get("decision") or {}
        rows.append({
            "序号": i, "要求": g["requirement"], "类型": g["kind"],
            "状态": "待复核" if g["status"] == "needs_review" else "确认",
            "合同编号": g.get("contract_no") or "", "客户": g.get("customer") or "",
            "说明": g["message"], "复核原因": g.get("review_reason") or "",
            "涉及文件": "；".join(sorted(set(g.get("documents", [])))),
            "是否计入": "计入" if gap_counts(g) else "不计入（已驳回）",
            "复核决定": d.get("label", ""), "复核人": d.get("reviewer", ""),
            "复核时间": d.get("decided_at", ""), "复核理由": d.get("reason", ""),
        })
    columns = ["序号", "要求", "类型", "状态", "合同编号", "客户", "说明", "复核原因", "涉及文件", *DECISION_COLUMNS]
    return pd.DataFrame(rows, columns=columns)


def render_report_json(report: dict[str, Any]) -> str:
    problem = validation_error(report, REPORT_SCHEMA, "report.json")
    if problem:
        raise JinzhengError(f"internal error, report fails its schema: {problem}")
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_outputs(verification: Verification | None, out_dir: Path,
                  report: dict[str, Any] | None = None) -> dict[str, Path]:
    """report.json and gaps.csv; `report` is the verification's JSON after reviewer
    decisions, when there are any (then `verification` may be None: a report rewritten alone)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = report if report is not None else verification.to_json()
    paths = {"report": out_dir / "report.json", "gaps": out_dir / "gaps.csv"}
    buffer = io.StringIO()
    report_gaps_frame(report).to_csv(buffer, index=False)
    # utf-8 with BOM: Excel on Chinese Windows opens it without garbling
    write_atomic(paths["gaps"], "\ufeff" + buffer.getvalue())
    write_atomic(paths["report"], render_report_json(report))
    return paths
