"""Ground truth rules (support cycle 2023) from my reading of format.md and the programme guide.
derive(truth) recomputes gaps, counts, requirements and tier from the truth's declarations and
documents only."""
from decimal import Decimal
import datetime as dt

from util import uscc_valid, region_of

P0, P1 = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
TOL = Decimal("0.005")


def is_large(staff, revenue_wan):
    return staff >= 1000 and Decimal(str(revenue_wan)) >= 40000


def off(a, declared):
    a, declared = Decimal(a), Decimal(declared)
    return abs(a - declared) > declared * TOL


def in_period(s):
    d = dt.date.fromisoformat(s)
    return P0 <= d <= P1


def derive(t):
    app = t["applicant"]
    docs = t["documents"]
    gaps = []

    def gap(kind, cno, cust, req, **kw):
        g = dict(kind=kind, contract_no=cno, customer=cust, requirement=req)
        g.update(kw)
        gaps.append(g)

    # duplicates: identical bytes uploaded more than once
    seen = {}
    dup_contracts = set()
    for d in docs:
        seen.setdefault(d["sha256"], []).append(d)
    for lst in seen.values():
        if len(lst) > 1:
            for d in lst:
                if d["contract_no"]:
                    dup_contracts.add(d["contract_no"])

    per_contract = {}
    for c in t["contracts"]:
        cno, cust, decl = c["contract_no"], c["customer"], c["amount_yuan"]
        mine = [d for d in docs if d["contract_no"] == cno and d["rendering"] != "corrupt"]
        kinds = {k: [d for d in mine if d["doc_type"] == k] for k in
                 ("contract", "acceptance_report", "payment_proof", "procurement_proof")}
        g0 = len(gaps)
        R = "S-evidence"
        if not kinds["acceptance_report"]:
            gap("missing_acceptance_report", cno, cust, R)
        if not kinds["payment_proof"]:
            gap("missing_payment_proof", cno, cust, R)
        if not kinds["procurement_proof"]:
            gap("missing_procurement_proof", cno, cust, R)
        amounts = [d["fields"]["amount_yuan"] for k in ("contract", "procurement_proof", "acceptance_report")
                   for d in kinds[k] if d["fields"]["amount_yuan"]]
        uniq = {d["sha256"]: d for d in kinds["payment_proof"]}.values()   # identical bytes count once
        pays = [Decimal(d["fields"]["amount_yuan"]) for d in uniq if d["fields"]["amount_yuan"]]
        if any(off(a, decl) for a in amounts) or (pays and off(sum(pays), decl)):
            gap("amount_mismatch", cno, cust, R)
        acc_dates = [d["fields"]["date"] for d in kinds["acceptance_report"] if d["fields"]["date"]]
        if acc_dates:
            if any(not in_period(x) for x in acc_dates):
                gap("date_out_of_period", cno, cust, R)
        elif c["acceptance_date"] and not in_period(c["acceptance_date"]):
            gap("date_out_of_period", cno, cust, R)
        if any(d["fields"]["result"] == "failed" for d in kinds["acceptance_report"]):
            gap("acceptance_not_passed", cno, cust, R)
        pm = False
        for d in kinds["payment_proof"]:
            f = d["fields"]
            if (f["payer"] and f["payer"] != cust) or (f["payee"] and f["payee"] != app["name"]):
                pm = True
        for d in kinds["acceptance_report"] + kinds["contract"]:
            if d["fields"]["customer"] and d["fields"]["customer"] != cust:
                pm = True
        if pm:
            gap("party_mismatch", cno, cust, R)
        if cno in dup_contracts:
            gap("duplicate_evidence", cno, cust, R)
        if not uscc_valid(c["customer_uscc"]):
            gap("invalid_uscc", cno, cust, R)
        if c["declared_tianjin"] and (not c["customer_address"].startswith("天津市") or not region_of(c["customer_uscc"]).startswith("12")):
            gap("not_tianjin", cno, cust, R)
        large = is_large(c["staff"], c["revenue_wan"])
        if c["declared_sme"] != (not large):
            gap("sme_misclassified", cno, cust, "S-sme")
        per_contract[cno] = [g["kind"] for g in gaps[g0:]]

    for d in docs:
        if d["rendering"] == "corrupt":
            gap("unreadable_document", None, None, "S-evidence", file=d["path"])

    verified = [c for c in t["contracts"] if set(per_contract[c["contract_no"]]) <= {"sme_misclassified"}]
    total = sum(Decimal(c["amount_yuan"]) for c in verified)
    custs = {c["customer"] for c in verified}
    sme_custs = {c["customer"] for c in verified if not is_large(c["staff"], c["revenue_wan"])}
    drafts = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft" and d["rendering"] != "corrupt"}
    stds_with = 0
    for s in t["standards"]:
        if s["name"] in drafts:
            stds_with += 1
        else:
            gap("missing_standard_document", None, None, "S-standards", standard=s["name"])
    if not (app["address"].startswith("天津市") and region_of(app["uscc"]).startswith("12")):
        gap("applicant_not_tianjin", None, None, "E-tianjin")
    if len(custs) < 8:
        gap("customer_count_below_threshold", None, None, "S-customers")
    if total < Decimal("25000000"):
        gap("total_below_threshold", None, None, "S-total")
    if len(sme_custs) < 5:
        gap("sme_count_below_threshold", None, None, "S-sme")
    if stds_with < 3:
        gap("standards_below_threshold", None, None, "S-standards")

    kinds = {g["kind"] for g in gaps}
    ev_kinds = {g["kind"] for g in gaps if g["requirement"] == "S-evidence"}
    req = {
        "E-tianjin": "not_met" if "applicant_not_tianjin" in kinds else "met",
        "S-customers": "not_met" if "customer_count_below_threshold" in kinds else "met",
        "S-total": "not_met" if "total_below_threshold" in kinds else "met",
        "S-evidence": "not_met" if ev_kinds else "met",
        "S-standards": "not_met" if "standards_below_threshold" in kinds else "met",
        "S-sme": "not_met" if "sme_count_below_threshold" in kinds else "met",
    }
    if total > Decimal("100000000"):
        tier = 1000
    elif total >= Decimal("75000000"):
        tier = 750
    elif total >= Decimal("50000000"):
        tier = 500
    elif total >= Decimal("25000000"):
        tier = 250
    else:
        tier = 0
    if any(req[k] == "not_met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards")):
        tier = 0
    return dict(award_tier_wan=tier, accepted_total_yuan="{:.2f}".format(total), requirements=req, gaps=gaps,
                verified_contracts=[c["contract_no"] for c in verified], verified_customer_count=len(custs),
                verified_sme_customer_count=len(sme_custs), standards_with_document=stds_with)
