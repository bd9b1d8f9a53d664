"""Ground-truth rules (support cycle), written from format.md and the programme guide only."""
from decimal import Decimal
from util import uscc_valid

PERIOD = ("2023-01-01", "2023-12-31")
TOL = Decimal("0.005")


def is_sme(emp, rev):
    """2017 thresholds: large = 从业人员 ≥ 1000 and 营业收入 ≥ 40000 万元."""
    return not (emp >= 1000 and Decimal(str(rev)) >= 40000)


def in_period(iso):
    return iso is not None and PERIOD[0] <= iso <= PERIOD[1]


def off(amount, declared):
    return abs(Decimal(amount) - declared) > declared * TOL


def tier(total):
    if total > Decimal(100000000):
        return 1000
    if total >= Decimal(75000000):
        return 750
    if total >= Decimal(50000000):
        return 500
    if total >= Decimal(25000000):
        return 250
    return 0


def contract_gaps(c, docs, applicant_name, dup_contracts):
    g = []
    no, cust = c["contract_no"], c["customer"]
    mine = [d for d in docs if d["contract_no"] == no and d["rendering"] != "corrupt"]
    by = lambda t: [d for d in mine if d["doc_type"] == t]
    con, acc, pay, proc = by("contract"), by("acceptance_report"), by("payment_proof"), by("procurement_proof")
    declared = Decimal(c["amount_yuan"])
    if not acc:
        g.append("missing_acceptance_report")
    if not pay:
        g.append("missing_payment_proof")
    if not proc:
        g.append("missing_procurement_proof")
    mism = any(d["fields"]["amount_yuan"] is not None and off(d["fields"]["amount_yuan"], declared) for d in con + proc + acc)
    if pay:
        seen, amounts = set(), []
        for d in pay:  # identical bytes uploaded twice count once
            if d["fields"]["amount_yuan"] is not None and d["sha256"] not in seen:
                seen.add(d["sha256"])
                amounts.append(Decimal(d["fields"]["amount_yuan"]))
        if amounts and off(sum(amounts), declared):
            mism = True
    if mism:
        g.append("amount_mismatch")
    if acc:
        if any(d["fields"]["date"] is not None and not in_period(d["fields"]["date"]) for d in acc):
            g.append("date_out_of_period")
    elif not in_period(c["acceptance_date"]):
        g.append("date_out_of_period")
    if any(d["fields"]["result"] == "failed" for d in acc):
        g.append("acceptance_not_passed")
    pm = False
    for d in pay:
        f = d["fields"]
        if (f["payer"] is not None and f["payer"] != cust) or (f["payee"] is not None and f["payee"] != applicant_name):
            pm = True
    for d in acc + con:
        if d["fields"]["customer"] is not None and d["fields"]["customer"] != cust:
            pm = True
    if pm:
        g.append("party_mismatch")
    if no in dup_contracts:
        g.append("duplicate_evidence")
    if not uscc_valid(c["customer_uscc"]):
        g.append("invalid_uscc")
    if c["tianjin_declared"] and (c["customer_uscc"][2:4] != "12" or not c["customer_address"].startswith("天津市")):
        g.append("not_tianjin")
    if c["sme_declared"] != is_sme(c["employees"], c["revenue_wan"]):
        g.append("sme_misclassified")
    return g


def derive(applicant, contracts, standards, documents):
    """Return the derived part of ground_truth.json."""
    gaps = []
    shas = {}
    for d in documents:
        shas.setdefault(d["sha256"], []).append(d)
    dup_contracts = {d["contract_no"] for ds in shas.values() if len(ds) > 1 for d in ds if d["contract_no"]}
    verified, per = [], {}
    for c in contracts:
        g = contract_gaps(c, documents, applicant["name"], dup_contracts)
        per[c["contract_no"]] = g
        for k in g:
            gaps.append({"kind": k, "contract_no": c["contract_no"], "customer": c["customer"],
                         "requirement": "S-sme" if k == "sme_misclassified" else "S-evidence"})
        if set(g) <= {"sme_misclassified"}:
            verified.append(c)
    for d in documents:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None,
                         "requirement": "S-evidence", "file": d["path"]})
    for s in standards:
        if not s["has_draft"]:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None,
                         "requirement": "S-standards", "standard": s["name"]})
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    vcust = {c["customer"] for c in verified}
    vsme = {c["customer"] for c in verified if is_sme(c["employees"], c["revenue_wan"])}
    nstd = sum(1 for s in standards if s["has_draft"])
    sub = lambda k, r: gaps.append({"kind": k, "contract_no": None, "customer": None, "requirement": r})
    app_tj = applicant["uscc"][2:4] == "12" and applicant["address"].startswith("天津市")
    if not app_tj:
        sub("applicant_not_tianjin", "E-tianjin")
    if len(vcust) < 8:
        sub("customer_count_below_threshold", "S-customers")
    if total < Decimal(25000000):
        sub("total_below_threshold", "S-total")
    if len(vsme) < 5:
        sub("sme_count_below_threshold", "S-sme")
    if nstd < 3:
        sub("standards_below_threshold", "S-standards")
    kinds = {g["kind"] for g in gaps}
    req = {
        "E-tianjin": "not_met" if "applicant_not_tianjin" in kinds else "met",
        "S-customers": "not_met" if "customer_count_below_threshold" in kinds else "met",
        "S-total": "not_met" if "total_below_threshold" in kinds else "met",
        "S-evidence": "not_met" if any(g["requirement"] == "S-evidence" for g in gaps) else "met",
        "S-standards": "not_met" if "standards_below_threshold" in kinds else "met",
        "S-sme": "not_met" if "sme_count_below_threshold" in kinds else "met",
    }
    gate = all(req[k] == "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"))
    return {
        "award_tier_wan": tier(total) if gate else 0,
        "accepted_total_yuan": f"{total:.2f}",
        "requirements": req,
        "gaps": gaps,
        "verified_contracts": len(verified),
        "verified_customer_count": len(vcust),
        "verified_sme_customer_count": len(vsme),
        "standards_with_document": nstd,
    }
