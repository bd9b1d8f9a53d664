"""The ground-truth rules: gaps, verified contracts, requirement status and award tier.

These are the rules the checker implements; they are evaluated on the facts of a
SubmissionPlan (declared rows + the fields every document really states), so whatever defects
were planted, the ground truth follows from what the files show.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from tools.samplegen.truthlib import code_is_valid as validate_uscc, code_region as uscc_region
from tools.samplegen.companies import is_large
from tools.samplegen.plan import ContractPlan, SubmissionPlan

PERIOD_START = date(2023, 1, 1)
PERIOD_END = date(2023, 12, 31)
AMOUNT_TOLERANCE = Decimal("0.005")     # 0.5 % of the declared amount
MIN_CUSTOMERS = 8
MIN_TOTAL_YUAN = Decimal(25_000_000)
MIN_SME_CUSTOMERS = 5
MIN_STANDARDS = 3

REQUIREMENTS = ("E-tianjin", "S-customers", "S-total", "S-evidence", "S-standards", "S-sme")
GAP_REQUIREMENT = {
    "missing_acceptance_report": "S-evidence",
    "missing_payment_proof": "S-evidence",
    "missing_procurement_proof": "S-evidence",
    "amount_mismatch": "S-evidence",
    "date_out_of_period": "S-evidence",
    "acceptance_not_passed": "S-evidence",
    "party_mismatch": "S-evidence",
    "duplicate_evidence": "S-evidence",
    "invalid_uscc": "S-evidence",
    "not_tianjin": "S-evidence",
    "sme_misclassified": "S-sme",
    "unreadable_document": "S-evidence",
    "missing_standard_document": "S-standards",
    "customer_count_below_threshold": "S-customers",
    "total_below_threshold": "S-total",
    "sme_count_below_threshold": "S-sme",
    "standards_below_threshold": "S-standards",
    "applicant_not_tianjin": "E-tianjin",
    "seal_missing": "S-evidence",
    "seal_party_mismatch": "S-evidence",
}
CONTRACT_KINDS_ORDER = (
    "missing_acceptance_report", "missing_payment_proof", "missing_procurement_proof",
    "amount_mismatch", "date_out_of_period", "acceptance_not_passed", "party_mismatch",
    "duplicate_evidence", "invalid_uscc", "not_tianjin", "sme_misclassified",
    "seal_missing", "seal_party_mismatch",
)
# A contract with only these findings still counts as verified.
NON_BLOCKING_CONTRACT_KINDS = frozenset({"sme_misclassified"})
# Reported under a count requirement without deciding it (see compute_ground_truth).
ITEM_LEVEL_KINDS = frozenset({"sme_misclassified", "missing_standard_document"})


def is_tianjin(address: str, uscc: str) -> bool:
    return address.startswith("天津市") and uscc_region(uscc).startswith("12")


def amount_off(stated: Decimal, declared: Decimal) -> bool:
    return abs(stated - declared) > declared * AMOUNT_TOLERANCE


def award_tier_wan(total_yuan: Decimal) -> int:
    """>1亿 → 1000; [7500万, 1亿] → 750; [5000万, 7500万) → 500; [2500万, 5000万) → 250; else 0."""
    if total_yuan > Decimal(100_000_000):
        return 1000
    if total_yuan >= Decimal(75_000_000):
        return 750
    if total_yuan >= Decimal(50_000_000):
        return 500
    if total_yuan >= Decimal(25_000_000):
        return 250
    return 0


def gap(kind: str, contract: ContractPlan | None = None, **extra: Any) -> dict[str, Any]:
    out = {
        "kind": kind,
        "contract_no": contract.no if contract else None,
        "customer": contract.customer.name if contract else None,
        "requirement": GAP_REQUIREMENT[kind],
    }
    out.update(extra)
    return out


def contract_gap_kinds(plan: SubmissionPlan, contract: ContractPlan, dup_contracts: set[str]) -> list[str]:
    docs = [d for d in plan.documents if d.contract_no == contract.no and d.rendering != "corrupt"]
    by_type: dict[str, list] = defaultdict(list)
    for d in docs:
        by_type[d.doc_type].append(d)
    declared_name = contract.customer.name
    applicant = plan.applicant.name
    kinds: set[str] = set()

    if not by_type["acceptance_report"]:
        kinds.add("missing_acceptance_report")
    if not by_type["payment_proof"]:
        kinds.add("missing_payment_proof")
    if not by_type["procurement_proof"]:
        kinds.add("missing_procurement_proof")

    for t in ("contract", "procurement_proof", "acceptance_report"):
        for d in by_type[t]:
            amt = d.fields.get("amount_yuan")
            if amt is not None and amount_off(amt, contract.amount):
                kinds.add("amount_mismatch")
    pays = by_type["payment_proof"]
    if pays:
        # a re-uploaded identical receipt is one payment, not two
        unique = {d.copy_of.path if d.copy_of else d.path: d for d in pays}
        total = sum((d.fields["amount_yuan"] for d in unique.values()), Decimal(0))
        if amount_off(total, contract.amount):
            kinds.add("amount_mismatch")

    acc_dates = [d.fields["date"] for d in by_type["acceptance_report"] if d.fields.get("date")]
    if not by_type["acceptance_report"] and contract.accepted_on:
        acc_dates = [contract.accepted_on]
    if any(not (PERIOD_START <= d <= PERIOD_END) for d in acc_dates):
        kinds.add("date_out_of_period")
    if any(d.fields.get("result") == "failed" for d in by_type["acceptance_report"]):
        kinds.add("acceptance_not_passed")

    for d in pays:
        if d.fields["payer"] != declared_name or d.fields["payee"] != applicant:
            kinds.add("party_mismatch")
    for d in by_type["acceptance_report"] + by_type["contract"]:
        if d.fields.get("customer") and d.fields["customer"] != declared_name:
            kinds.add("party_mismatch")

    # seals planted on a colour scan of the acceptance report or the procurement proof
    # (build.py: spec.seal_defects, spec.procurement_seal_defects)
    for d in by_type["acceptance_report"] + by_type["procurement_proof"]:
        how = d.payload.get("seals")
        if how == "none":
            kinds.add("seal_missing")
        elif how == "applicant":
            kinds.add("seal_party_mismatch")

    if contract.no in dup_contracts:
        kinds.add("duplicate_evidence")
    if not validate_uscc(contract.customer.uscc):
        kinds.add("invalid_uscc")
    if contract.declared_tianjin and not is_tianjin(contract.customer.address, contract.customer.uscc):
        kinds.add("not_tianjin")
    actual_sme = not is_large(contract.customer.employees, contract.customer.revenue_wan)
    if contract.declared_sme != actual_sme:
        kinds.add("sme_misclassified")
    return [k for k in CONTRACT_KINDS_ORDER if k in kinds]


def compute_ground_truth(plan: SubmissionPlan) -> dict[str, Any]:
    gaps: list[dict[str, Any]] = []
    # identical content uploaded more than once -> the contract(s) those files belong to
    by_hash: dict[str, list] = defaultdict(list)
    for d in plan.documents:
        if d.rendering != "corrupt":
            by_hash[d.sha256].append(d)
    dup_contracts = {d.contract_no for group in by_hash.values() if len(group) > 1
                     for d in group if d.contract_no}

    verified: list[ContractPlan] = []
    for c in plan.contracts:
        kinds = contract_gap_kinds(plan, c, dup_contracts)
        gaps.extend(gap(k, c) for k in kinds)
        if not set(kinds) - NON_BLOCKING_CONTRACT_KINDS:
            verified.append(c)

    for d in plan.documents:
        if d.rendering == "corrupt":
            gaps.append(gap("unreadable_document", file=d.path))

    standards_ok = 0
    for s in plan.standards:
        if s.has_document:
            standards_ok += 1
        else:
            gaps.append(gap("missing_standard_document", standard=s.name))

    customers = {c.customer.uscc: c.customer for c in verified}
    total = sum((c.amount for c in verified), Decimal(0))
    sme_customers = [cu for cu in customers.values() if not is_large(cu.employees, cu.revenue_wan)]
    if len(customers) < MIN_CUSTOMERS:
        gaps.append(gap("customer_count_below_threshold"))
    if total < MIN_TOTAL_YUAN:
        gaps.append(gap("total_below_threshold"))
    if len(sme_customers) < MIN_SME_CUSTOMERS:
        gaps.append(gap("sme_count_below_threshold"))
    if standards_ok < MIN_STANDARDS:
        gaps.append(gap("standards_below_threshold"))
    if not is_tianjin(plan.applicant.address, plan.applicant.uscc):
        gaps.append(gap("applicant_not_tianjin"))

    # A requirement is not met when a gap that decides it is present. The count requirements are
    # decided by their threshold gaps only: a declared standard without its draft or a wrong SME
    # flag is reported under S-standards / S-sme, but the requirement is still met if the counts
    # (documented standards, SMEs by the thresholds) reach the minimum.
    failing = {g["requirement"] for g in gaps if g["kind"] not in ITEM_LEVEL_KINDS}
    requirements = {r: ("not_met" if r in failing else "met") for r in REQUIREMENTS}
    gating = ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards")
    tier = award_tier_wan(total) if all(requirements[r] == "met" for r in gating) else 0
    return {
        "gaps": gaps,
        "verified_contracts": [c.no for c in verified],
        "accepted_total_yuan": f"{total:.2f}",
        "verified_customer_count": len(customers),
        "verified_sme_customer_count": len(sme_customers),
        "standards_with_document": standards_ok,
        "requirements": requirements,
        "award_tier_wan": tier,
    }
