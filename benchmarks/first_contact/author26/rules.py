"""Ground truth from the declarations and the documents' own fields (my reading of format.md)."""
from decimal import Decimal
import datetime as dt
from util import uscc_valid, is_tianjin_code

P0, P1 = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
TOL = Decimal("0.005")


def is_sme(staff, revenue_wan):
    large = staff >= 1000 and Decimal(str(revenue_wan)) >= 40000
    return not large


def in_period(d):
    return P0 <= d <= P1


def _d(s):
    return dt.date.fromisoformat(s) if s else None


def off(a, b):
    return abs(Decimal(a) - Decimal(b)) > Decimal(b) * TOL


def derive(applicant, contracts, standards, documents):
    gaps, per = [], {}
    for c in contracts:
        no, cust, decl = c["contract_no"], c["customer"], c["amount_yuan"]
        docs = [d for d in documents if d["contract_no"] == no and d["rendering"] != "corrupt"]
        by = lambda t: [d for d in docs if d["doc_type"] == t]
        cons, accs, pays, procs = by("contract"), by("acceptance_report"), by("payment_proof"), by("procurement_proof")
        kinds = []
        def add(k, req="S-evidence"):
            if k not in [g[0] for g in kinds]:
                kinds.append((k, req))
        if not accs: add("missing_acceptance_report")
        if not pays: add("missing_payment_proof")
        if not procs: add("missing_procurement_proof")
        for d in cons + procs + accs:
            if d["fields"]["amount_yuan"] is not None and off(d["fields"]["amount_yuan"], decl):
                add("amount_mismatch")
        seen, pa = set(), []
        for d in pays:  # identical bytes count once (the duplicate is its own gap)
            if d["fields"]["amount_yuan"] is not None and d["sha256"] not in seen:
                seen.add(d["sha256"]); pa.append(Decimal(d["fields"]["amount_yuan"]))
        if pa and off(sum(pa), decl):
            add("amount_mismatch")
        adates = [_d(d["fields"]["date"]) for d in accs if d["fields"]["date"]]
        if adates:
            if any(not in_period(x) for x in adates):
                add("date_out_of_period")
        elif not in_period(_d(c["accept_date"])):
            add("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in accs):
            add("acceptance_not_passed")
        pm = any(d["fields"]["payer"] not in (None, cust) for d in pays) or \
            any(d["fields"]["payee"] not in (None, applicant["name"]) for d in pays) or \
            any(d["fields"]["customer"] not in (None, cust) for d in accs + cons)
        if pm: add("party_mismatch")
        shas = [d["sha256"] for d in docs]
        if len(shas) != len(set(shas)): add("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]): add("invalid_uscc")
        if c["tianjin_declared"] == "是" and (not c["customer_address"].startswith("天津市") or not is_tianjin_code(c["customer_uscc"])):
            add("not_tianjin")
        if (c["sme_declared"] == "是") != is_sme(c["staff"], c["revenue_wan"]):
            add("sme_misclassified", "S-sme")
        for k, req in kinds:
            gaps.append({"kind": k, "contract_no": no, "customer": cust, "requirement": req})
        per[no] = all(k == "sme_misclassified" for k, _ in kinds)
    for d in documents:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None, "requirement": "S-evidence", "file": d["path"]})
    ver = [c for c in contracts if per[c["contract_no"]]]
    total = sum((Decimal(c["amount_yuan"]) for c in ver), Decimal("0"))
    vcust = sorted({c["customer"] for c in ver})
    vsme = sorted({c["customer"] for c in ver if is_sme(c["staff"], c["revenue_wan"])})
    drafts = {d["fields"]["title"] for d in documents if d["doc_type"] == "standard_draft" and d["rendering"] != "corrupt"}
    std_out, with_doc = [], 0
    for s in standards:
        up = s["name"] in drafts
        std_out.append(dict(s, draft_uploaded=up))
        if up:
            with_doc += 1
        else:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None, "requirement": "S-standards", "standard": s["name"]})
    tj = applicant["address"].startswith("天津市") and is_tianjin_code(applicant["uscc"])
    sub = []
    if not tj: sub.append(("applicant_not_tianjin", "E-tianjin"))
    if len(vcust) < 8: sub.append(("customer_count_below_threshold", "S-customers"))
    if total < Decimal("25000000"): sub.append(("total_below_threshold", "S-total"))
    if len(vsme) < 5: sub.append(("sme_count_below_threshold", "S-sme"))
    if with_doc < 3: sub.append(("standards_below_threshold", "S-standards"))
    for k, r in sub:
        gaps.append({"kind": k, "contract_no": None, "customer": None, "requirement": r})
    reqs = {}
    failing = {r for _, r in sub}
    for r in ["E-tianjin", "S-customers", "S-total", "S-standards", "S-sme"]:
        reqs[r] = "not_met" if r in failing else "met"
    reqs["S-evidence"] = "not_met" if any(g["requirement"] == "S-evidence" for g in gaps) else "met"
    tier = 0
    if total > Decimal("100000000"): tier = 1000
    elif total >= Decimal("75000000"): tier = 750
    elif total >= Decimal("50000000"): tier = 500
    elif total >= Decimal("25000000"): tier = 250
    if any(reqs[r] == "not_met" for r in ["E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"]):
        tier = 0
    return {
        "award_tier_wan": tier,
        "accepted_total_yuan": f"{total:.2f}",
        "requirements": reqs,
        "gaps": gaps,
        "verified_contracts": [c["contract_no"] for c in ver],
        "verified_customer_count": len(vcust),
        "verified_sme_customer_count": len(vsme),
        "standards_with_document": with_doc,
        "standards": std_out,
    }
