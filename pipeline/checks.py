"""One registry of the checks a catalog may name, whatever its phase, with the gap kinds each
can report: `load_catalog` refuses a catalog that lacks one of them."""

from __future__ import annotations

from typing import Any, Callable, Iterable

from .assessment import ASSESSMENT_CHECKS, ASSESSMENT_EMITS
from .requirements import CHECKS, Context, RequirementResult

REGISTRY: dict[str, Callable[[Context, Any], RequirementResult]] = {**CHECKS, **ASSESSMENT_CHECKS}

# kinds a check reports besides its requirement's own `gap_kind`
_EMITS: dict[str, Callable[[dict[str, Any]], Iterable[str]]] = {
    "standards_with_documents": lambda r: ("missing_standard_document",),
    **ASSESSMENT_EMITS,
}
# what `reconcile.check_contract`, `check_duplicates` and `check_unreadable` report for any
# submission; missing_<evidence> only for the evidence the catalog requires
CONTRACT_KINDS = ("invalid_uscc", "not_tianjin", "sme_misclassified", "date_out_of_period", "acceptance_not_passed",
                  "party_mismatch", "amount_mismatch", "duplicate_evidence", "unreadable_document")


def known_check(name: str) -> bool:
    return name in REGISTRY


def emitted_kinds(requirement: dict[str, Any] | None, contract_evidence: Iterable[str] = ()) -> list[str]:
    """Gap kinds one catalog requirement (as JSON) can report; with None, the contract checks'."""
    if requirement is None:
        return list(CONTRACT_KINDS) + [f"missing_{kind}" for kind in contract_evidence]
    out = [requirement["gap_kind"]] if requirement.get("gap_kind") else []
    return out + list(_EMITS.get(requirement["check"], lambda r: ())(requirement))
