"""Verifying one submission: open, read the declaration, read every document, reconcile.

`verify_submission` is the library's front door; the CLI and the Prefect flows both call
the same stages, so they produce the same report for the same input.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from pipeline.documents.workers import Progress, process_documents
from pipeline.catalogs.loader import Catalog, default_catalog_path
from pipeline.requirements.registry import load_catalog
from pipeline.ingest.declaration import find_declaration, read_declaration, require_sections
from pipeline.models import Declaration, Document
from pipeline.reconcile.relations import settle_roles_by_relation
from pipeline.reconcile.seals import check_seals, match_document_seals
from pipeline.reconcile.contracts import GapBook, check_contract, check_duplicates, check_unreadable, link_documents
from pipeline.report.build import Verification
from pipeline.requirements.support import Context, assessment_passed, award_tier, evaluate
from pipeline.settings import Settings
from pipeline.ingest.submission import OpenedSubmission, open_submission

log = logging.getLogger(__name__)


@dataclass
class RunStats:
    """Where every document of a submission went. The first four parts add up to `documents`
    (pipeline.report.vocabulary.document_count_text prints them so); `unreadable` is a share
    of them, whichever way they came."""
    documents: int = 0      # every file the report lists (report.json documents[])
    processed: int = 0      # read in this run
    cache_hits: int = 0     # served from the document cache
    duplicates: int = 0     # the same bytes as another file of the submission: read once
    refused: int = 0        # never opened (an unsafe zip member, a link): listed with its issue
    unreadable: int = 0     # of all of them, those that could not be read


def load_declaration(opened: OpenedSubmission) -> Declaration:
    path = find_declaration(opened.root)
    return read_declaration(path, relative_to=opened.root)


def catalog_for(declaration: Declaration, settings: Settings) -> Catalog:
    phase = declaration.applicant.phase or "申报"
    catalog = load_catalog(settings.catalog or default_catalog_path(phase))
    if catalog.phase != phase:
        log.warning("所用要求目录 %s 的阶段为「%s」，而申报表填写的阶段为「%s」", catalog.path, catalog.phase, phase)
    return catalog


# the declaration sections a check reads beyond the applicant and the contracts; every check of
# the registry is listed (tests/unit/ingest/test_declaration_sections.py), so a new one is too
CHECK_SECTIONS: dict[str, tuple[str, ...]] = {
    "applicant_tianjin": (), "verified_customer_count": (), "verified_total": (),
    "no_evidence_gaps": (), "verified_sme_customers": (), "verified_tianjin_customers": (),
    "assessment_customers": (),
    "standards_with_documents": ("standards",),
    "local_suppliers": ("suppliers",),
    "meetings": ("meetings",),
    "diagnoses": ("diagnoses",),
}


def sections_needed(catalog: Catalog) -> dict[str, str]:
    """section -> the title of the first requirement of the catalog that reads it."""
    needed: dict[str, str] = {}
    for req in catalog.requirements:
        for section in CHECK_SECTIONS.get(req.check, ()):
            needed.setdefault(section, req.title)
    return needed


def check_declaration_covers(declaration: Declaration, catalog: Catalog) -> None:
    """Before any document is read: every sheet the catalog's requirements read is in the
    declaration (a missing 标准草案 is an error naming it, never zero standards)."""
    require_sections(declaration, sections_needed(catalog))


def attach_submission_issues(opened: OpenedSubmission, documents: list[Document]) -> list[Document]:
    """Files we refused before reading (unsafe zip members, links) appear as documents too."""
    known = {d.path for d in documents}
    extra = [Document(path=rel, sha256="0" * 64, issues=list(issues))
             for rel, issues in sorted(opened.issues.items()) if rel not in known]
    for doc in documents:
        doc.issues.extend(opened.issues.get(doc.path, []))
    return documents + extra


def reconcile(submission: str, declaration: Declaration, documents: list[Document],
              catalog: Catalog) -> Verification:
    """The same documents and declaration always give the same verification. Not free of
    effects: linking settles values on the documents (a contract of the applicant's own purchase
    re-kinded as a subcontract, an OCR misread of a declared name renamed, a batch's row chosen),
    each stated in the value's checks; doing it again on the same documents changes nothing."""
    book = GapBook(catalog)
    settle_roles_by_relation(documents, declaration, catalog)
    contracts, _unlinked = link_documents(declaration, documents, catalog)
    for ce in contracts:
        check_contract(ce, declaration, catalog, book)
    match_document_seals(documents, declaration, catalog.seals)
    check_seals(contracts, declaration, catalog, book)
    check_duplicates(contracts, book)
    check_unreadable(documents, book)
    extra = _extra_checks(catalog)
    ctx = Context(catalog, declaration, contracts, documents, book)
    results = evaluate(ctx, extra)
    total = sum((ce.declared.amount_yuan for ce in ctx.verified), Decimal(0))
    tier = award_tier(catalog, results, total) if catalog.verdict_kind == "award_tier" else None
    passed = assessment_passed(catalog, results) if catalog.verdict_kind == "assessment_passed" else None
    verification = Verification(submission, catalog, declaration, documents, contracts, book, results,
                                total, tier, passed)
    # what the verdict would be if every question put to the reviewer is answered in the
    # applicant's favour: the verdict above stands on confirmed evidence only (a contract whose
    # only gaps are questions counts towards the total only once they are answered)
    if ctx.pending or any(r.status == "unverifiable" for r in results if r.id in catalog.verdict_requires):
        favourable = [replace(r, status="met") if r.status == "unverifiable" else r for r in results]
        total_if = total + sum((ce.declared.amount_yuan for ce in ctx.pending), Decimal(0))
        verification.verdict_pending = True
        if catalog.verdict_kind == "award_tier":
            verification.award_tier_if_confirmed_wan = award_tier(catalog, favourable, total_if)
        else:
            verification.assessment_passed_if_confirmed = assessment_passed(catalog, favourable)
    return verification


def _extra_checks(catalog: Catalog) -> dict:
    # every check is available whatever the catalog's phase: the catalog alone decides
    from pipeline.requirements.registry import REGISTRY
    return REGISTRY


def verify_submission(source: Path, settings: Settings | None = None,
                      progress: Progress | None = None) -> tuple[Verification, RunStats]:
    settings = settings or Settings()
    with tempfile.TemporaryDirectory(prefix="jinzheng-") as work:
        opened = open_submission(Path(source), Path(work))
        declaration = load_declaration(opened)
        catalog = catalog_for(declaration, settings)
        check_declaration_covers(declaration, catalog)
        read, stats = process_documents(opened.evidence, settings, progress)
        documents = attach_submission_issues(opened, read)
    verification = reconcile(opened.name, declaration, documents, catalog)
    refused = len(documents) - len(read)
    return verification, RunStats(**{**stats, "documents": stats["documents"] + refused}, refused=refused,
                                  unreadable=sum(1 for d in documents if not d.readable))
