"""One registry of the checks a catalog may name, whatever its phase, with the gap kinds each
can report: `load_catalog` refuses a catalog that lacks one of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from pipeline.catalogs.loader import SEAL_GAP_KINDS, Catalog, read_catalog
from pipeline.errors import CatalogError

from pipeline.requirements.assessment import ASSESSMENT_CHECKS, ASSESSMENT_EMITS
from pipeline.requirements.support import CHECKS, Context, RequirementResult

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


def load_catalog(path: Path) -> Catalog:
    """The catalog at `path`, refused at load time (`file: json-path: message`) when it names a
    check that does not exist or lacks a gap kind one of its checks can report."""
    catalog = read_catalog(path)
    _check_emitted_kinds(catalog)
    return catalog


def _check_emitted_kinds(catalog: Catalog) -> None:
    """Every gap kind a check of this catalog (or the contract checks) can emit has an entry,
    so a new year's catalog cannot fail with a missing kind in the middle of a batch."""
    path, kinds = catalog.path, catalog.gap_kinds
    for i, req in enumerate(catalog.requirements):
        if not known_check(req.check):
            raise CatalogError(f"{path}: $.requirements[{i}].check: {req.check!r} has no implementation")
        as_json = {"check": req.check, "gap_kind": req.gap_kind, **req.params}
        for kind in emitted_kinds(as_json):
            if kind not in kinds:
                raise CatalogError(f"{path}: $.requirements[{i}]: check {req.check!r} reports gap kind {kind!r}, "
                                   f"which has no entry in gap_kinds")
    seal_kinds = SEAL_GAP_KINDS if catalog.seals is not None else ()
    for kind in [*emitted_kinds(None, catalog.contract_evidence), *seal_kinds]:
        if kind not in kinds:
            raise CatalogError(f"{path}: $.gap_kinds: the contract checks report gap kind {kind!r}, "
                               f"which has no entry")
