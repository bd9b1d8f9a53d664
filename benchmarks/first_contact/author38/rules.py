"""The award rules of format.md, written once here, used by generate.py (to write the truth) and by
check.py (to re-derive it).  Inputs are plain dicts: applicant, declared contracts (workbook rows),
declared standards, documents (truth entries)."""
from decimal import Decimal
import datetime as _dt
import re

from util import uscc_valid, region_is_tianjin

PERIOD = (_dt.date(2023, 1, 1), _dt.date(2023, 12, 31))
TOL = Decimal("0.005")
LARGE_EMP = 1000
LARGE_REV_WAN = Decimal(40000)

_TRANS = str.maketrans({"（": "(", "）": ")", "　": "", " ": "", "\u00a0": ""})


def norm_name(s):
    if s is None:
        return None
    return s.translate(_TRANS).strip()


def is_sme(employees, revenue_wan) -> bool:
    large = employees >= LARGE_EMP and Decimal(str(revenue_wan)) >= LARGE_REV_WAN
    return not large


def _d(s):
    return _dt.date.fromisoformat(s) if s else None


def _gap(kind, requirement, contract_no=None, customer=None, **extra):
    g = {"kind": kind, "contract_no": contract_no, "customer": customer, "requirement": requirement}
    g.update(extra)
    return g


def tier_for(total: Decimal) -> int:
    if total > Decimal(100_000_000):
        return 1000
    if total >= Decimal(75_000_000):
        return 750
    if total >= Decimal(50_000_000):
        return 500
    if total >= Decimal(25_000_000):
        return 250
    return 0


def derive(applicant, contracts, standards, documents):
    """contracts: [{seq, contract_no, customer, customer_uscc, amount_yuan, sign_date, accept_date,
    sme_declared(bool), employees, revenue_wan, tianjin_declared(bool)}]
    standards: [{name, ...}]; documents: truth document entries.
    Returns dict with gaps, requirements, counts, total, tier, has_document per standard."""
    gaps = []
    app = norm_name(applicant["name"])
    by_contract = {}
    for doc in documents:
        if doc["contract_no"] is not None:
            by_contract.setdefault(doc["contract_no"], []).append(doc)

    verified = []
    for c in contracts:
        cno, cust = c["contract_no"], c["customer"]
        ncust = norm_name(cust)
        docs = by_contract.get(cno, [])
        kinds = []

        def add(kind, req="S-evidence"):
            if kind not in kinds:
                kinds.append(kind)
                gaps.append(_gap(kind, req, cno, cust))

        types = {d["doc_type"] for d in docs}
        if "acceptance_report" not in types:
            add("missing_acceptance_report")
        if "payment_proof" not in types:
            add("missing_payment_proof")
        if "procurement_proof" not in types:
            add("missing_procurement_proof")
        declared = Decimal(c["amount_yuan"])
        mism = False
        for d in docs:
            if d["doc_type"] in ("contract", "procurement_proof", "acceptance_report"):
                a = d["fields"]["amount_yuan"]
                if a is not None and abs(Decimal(a) - declared) > declared * TOL:
                    mism = True
        seen, pay_sum, any_pay = set(), Decimal(0), False
        for d in docs:
            if d["doc_type"] == "payment_proof" and d["fields"]["amount_yuan"] is not None:
                if d["sha256"] in seen:
                    continue
                seen.add(d["sha256"])
                pay_sum += Decimal(d["fields"]["amount_yuan"])
                any_pay = True
        if any_pay and abs(pay_sum - declared) > declared * TOL:
            mism = True
        if mism:
            add("amount_mismatch")
        acc = [d for d in docs if d["doc_type"] == "acceptance_report"]
        acc_dates = [_d(d["fields"]["date"]) for d in acc if d["fields"]["date"]]
        if acc_dates:
            if any(not (PERIOD[0] <= x <= PERIOD[1]) for x in acc_dates):
                add("date_out_of_period")
        else:
            x = _d(c["accept_date"])
            if x and not (PERIOD[0] <= x <= PERIOD[1]):
                add("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in acc):
            add("acceptance_not_passed")
        pm = False
        for d in docs:
            f = d["fields"]
            if d["doc_type"] == "payment_proof":
                if f["payer"] is not None and norm_name(f["payer"]) != ncust:
                    pm = True
                if f["payee"] is not None and norm_name(f["payee"]) != app:
                    pm = True
            if d["doc_type"] in ("acceptance_report", "contract"):
                if f["customer"] is not None and norm_name(f["customer"]) != ncust:
                    pm = True
        if pm:
            add("party_mismatch")
        shas = [d["sha256"] for d in docs]
        if len(shas) != len(set(shas)):
            add("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            add("invalid_uscc")
        if c["tianjin_declared"] and not region_is_tianjin(c["customer_uscc"]):
            add("not_tianjin")
        if c["sme_declared"] != is_sme(c["employees"], c["revenue_wan"]):
            add("sme_misclassified", "S-sme")
        if all(k == "sme_misclassified" for k in kinds):
            verified.append(c)

    for d in documents:
        if d["rendering"] == "corrupt":
            gaps.append(_gap("unreadable_document", "S-evidence", None, None, file=d["path"]))

    titles = {norm_name(d["fields"]["title"]) for d in documents
              if d["doc_type"] == "standard_draft" and d["fields"]["title"]}
    has_doc = {}
    for s in standards:
        has_doc[s["name"]] = norm_name(s["name"]) in titles
        if not has_doc[s["name"]]:
            gaps.append(_gap("missing_standard_document", "S-standards", None, None, standard=s["name"]))

    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    custs = {norm_name(c["customer"]) for c in verified}
    sme_custs = {norm_name(c["customer"]) for c in verified if is_sme(c["employees"], c["revenue_wan"])}
    n_std = sum(1 for v in has_doc.values() if v)
    app_tj = applicant["address"].startswith("天津市") and region_is_tianjin(applicant["uscc"])

    if not app_tj:
        gaps.append(_gap("applicant_not_tianjin", "E-tianjin"))
    if len(custs) < 8:
        gaps.append(_gap("customer_count_below_threshold", "S-customers"))
    if total < Decimal(25_000_000):
        gaps.append(_gap("total_below_threshold", "S-total"))
    if len(sme_custs) < 5:
        gaps.append(_gap("sme_count_below_threshold", "S-sme"))
    if n_std < 3:
        gaps.append(_gap("standards_below_threshold", "S-standards"))

    kinds_all = {g["kind"] for g in gaps}
    req = {
        "E-tianjin": "not_met" if "applicant_not_tianjin" in kinds_all else "met",
        "S-customers": "not_met" if "customer_count_below_threshold" in kinds_all else "met",
        "S-total": "not_met" if "total_below_threshold" in kinds_all else "met",
        "S-evidence": "not_met" if any(g["requirement"] == "S-evidence" for g in gaps) else "met",
        "S-standards": "not_met" if "standards_below_threshold" in kinds_all else "met",
        "S-sme": "not_met" if "sme_count_below_threshold" in kinds_all else "met",
    }
    gate = all(req[k] == "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"))
    tier = tier_for(total) if gate else 0
    order = {k: i for i, k in enumerate([c["contract_no"] for c in contracts])}
    gaps.sort(key=lambda g: (g["contract_no"] is None, order.get(g["contract_no"], 0), g["kind"],
                             g.get("standard") or "", g.get("file") or ""))
    return {
        "gaps": gaps,
        "requirements": req,
        "award_tier_wan": tier,
        "accepted_total_yuan": str(total.quantize(Decimal("0.01"))),
        "verified_contracts": len(verified),
        "verified_customer_count": len(custs),
        "verified_sme_customer_count": len(sme_custs),
        "standards_with_document": n_std,
        "has_document": has_doc,
        "verified_contract_nos": [c["contract_no"] for c in verified],
    }
