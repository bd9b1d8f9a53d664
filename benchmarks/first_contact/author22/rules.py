"""Ground truth from format.md's rules, applied to the truth's own documents and declarations.

Used by generate.py (to write ground_truth.json) and by check.py (to re-derive it).
"""
from decimal import Decimal

from util import uscc_valid, is_sme

PERIOD = ("2023-01-01", "2023-12-31")
TOL = Decimal("0.005")


def norm(s):
    return "".join((s or "").split())


def off(a, declared):
    return abs(Decimal(a) - Decimal(declared)) > Decimal(declared) * TOL


def tier(total):
    t = Decimal(total)
    if t > 100000000:
        return 1000
    if t >= 75000000:
        return 750
    if t >= 50000000:
        return 500
    if t >= 25000000:
        return 250
    return 0


def in_period(d):
    return d is not None and PERIOD[0] <= d <= PERIOD[1]


def derive(sub):
    app = sub["applicant"]
    gaps = []
    docs = sub["documents"]

    def gap(kind, c=None, req="S-evidence", **extra):
        g = {"kind": kind, "contract_no": c["contract_no"] if c else None,
             "customer": c["customer"] if c else None, "requirement": req}
        g.update(extra)
        gaps.append(g)

    # file level
    for d in docs:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None,
                         "requirement": "S-evidence", "file": d["path"]})
    verified = []
    for c in sub["contracts"]:
        mine = [d for d in docs if d["contract_no"] == c["contract_no"] and d["rendering"] != "corrupt"]
        by = {k: [d for d in mine if d["doc_type"] == k] for k in
              ("contract", "acceptance_report", "payment_proof", "procurement_proof")}
        before = len(gaps)
        if not by["acceptance_report"]:
            gap("missing_acceptance_report", c)
        if not by["payment_proof"]:
            gap("missing_payment_proof", c)
        if not by["procurement_proof"]:
            gap("missing_procurement_proof", c)
        amt = c["amount_yuan"]
        mism = False
        for d in by["contract"] + by["procurement_proof"] + by["acceptance_report"]:
            a = d["fields"]["amount_yuan"]
            if a is not None and off(a, amt):
                mism = True
        seen, pays = set(), []
        for d in by["payment_proof"]:  # identical files count once
            if d["fields"]["amount_yuan"] and d["sha256"] not in seen:
                seen.add(d["sha256"])
                pays.append(Decimal(d["fields"]["amount_yuan"]))
        if pays and off(sum(pays), amt):
            mism = True
        if mism:
            gap("amount_mismatch", c)
        # acceptance date: the latest passing report's date; else any report's; else declared
        reps = by["acceptance_report"]
        passing = [d for d in reps if d["fields"]["result"] == "passed"]
        dated = [d["fields"]["date"] for d in (passing or reps) if d["fields"]["date"]]
        adate = max(dated) if dated else c["accept_date"]
        if not in_period(adate):
            gap("date_out_of_period", c)
        if reps and not passing:
            gap("acceptance_not_passed", c)
        party = False
        for d in by["payment_proof"]:
            f = d["fields"]
            if f["payer"] is not None and norm(f["payer"]) != norm(c["customer"]):
                party = True
            if f["payee"] is not None and norm(f["payee"]) != norm(app["name"]):
                party = True
        for d in reps + by["contract"]:
            cu = d["fields"]["customer"]
            if cu is not None and norm(cu) != norm(c["customer"]):
                party = True
        if party:
            gap("party_mismatch", c)
        shas = [d["sha256"] for d in mine]
        if len(shas) != len(set(shas)):
            gap("duplicate_evidence", c)
        if not uscc_valid(c["customer_uscc"]):
            gap("invalid_uscc", c)
        if c["tianjin_declared"] and not (c["customer_uscc"][2:4] == "12" and c["customer_address"].startswith("天津市")):
            gap("not_tianjin", c)
        if c["sme_declared"] != is_sme(c["employees"], c["revenue_wan"]):
            gap("sme_misclassified", c, "S-sme")
        own = [g for g in gaps[before:] if g["kind"] != "sme_misclassified"]
        if not own:
            verified.append(c)
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal("0"))
    custs = {c["customer"] for c in verified}
    smes = {c["customer"] for c in verified if is_sme(c["employees"], c["revenue_wan"])}
    with_doc = 0
    for s in sub["standards"]:
        has = any(d["doc_type"] == "standard_draft" and d["fields"]["title"] == s["name"] for d in docs)
        if has:
            with_doc += 1
        else:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None,
                         "requirement": "S-standards", "standard": s["name"]})
    req = {k: "met" for k in ("E-tianjin", "S-customers", "S-total", "S-evidence", "S-standards", "S-sme")}
    a = sub["applicant"]
    if not (a["uscc"][2:4] == "12" and a["address"].startswith("天津市")):
        gaps.append({"kind": "applicant_not_tianjin", "contract_no": None, "customer": None, "requirement": "E-tianjin"})
        req["E-tianjin"] = "not_met"
    if len(custs) < 8:
        gaps.append({"kind": "customer_count_below_threshold", "contract_no": None, "customer": None,
                     "requirement": "S-customers"})
        req["S-customers"] = "not_met"
    if total < 25000000:
        gaps.append({"kind": "total_below_threshold", "contract_no": None, "customer": None, "requirement": "S-total"})
        req["S-total"] = "not_met"
    if len(smes) < 5:
        gaps.append({"kind": "sme_count_below_threshold", "contract_no": None, "customer": None, "requirement": "S-sme"})
        req["S-sme"] = "not_met"
    if with_doc < 3:
        gaps.append({"kind": "standards_below_threshold", "contract_no": None, "customer": None,
                     "requirement": "S-standards"})
        req["S-standards"] = "not_met"
    if any(g["requirement"] == "S-evidence" for g in gaps):
        req["S-evidence"] = "not_met"
    t = tier(total)
    if any(req[k] != "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards")):
        t = 0
    return {
        "award_tier_wan": t,
        "accepted_total_yuan": f"{total:.2f}",
        "requirements": req,
        "gaps": gaps,
        "verified_contracts": [c["contract_no"] for c in verified],
        "verified_customer_count": len(custs),
        "verified_sme_customer_count": len(smes),
        "standards_with_document": with_doc,
    }
