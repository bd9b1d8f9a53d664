"""Ground truth from the declarations and what the documents state (my reading of format.md)."""
from decimal import Decimal
from util import uscc_valid, is_tianjin

P0, P1 = "2024-01-01", "2024-12-31"


def in_period(d):
    return d is not None and P0 <= d <= P1


def off(a, declared):
    return abs(Decimal(a) - Decimal(declared)) > Decimal(declared) * Decimal("0.005")


def is_large(staff, revenue_wan):
    return staff >= 1000 and revenue_wan >= 40000


def compute(t):
    ap = t["applicant"]
    docs = [d for d in t["documents"] if d["rendering"] != "corrupt"]
    gaps = []

    def g(kind, req, **kw):
        e = {"kind": kind, "contract_no": kw.get("contract_no"), "customer": kw.get("customer"), "requirement": req}
        for k in ("supplier", "meeting", "standard", "file"):
            if k in kw:
                e[k] = kw[k]
        gaps.append(e)

    for d in t["documents"]:
        if d["rendering"] == "corrupt":
            g("unreadable_document", "A-customers", file=d["path"])
    shas = {}
    for d in t["documents"]:
        shas.setdefault(d["sha256"], []).append(d)
    dup_contracts = set()
    for lst in shas.values():
        if len(lst) > 1 and lst[0]["contract_no"]:
            dup_contracts.add(lst[0]["contract_no"])

    verified = []
    for c in t["contracts"]:
        no, cu, R = c["contract_no"], c["customer"], "A-customers"
        mine = [d for d in docs if d["contract_no"] == no]
        by = lambda k: [d for d in mine if d["doc_type"] == k]
        cg = []
        for k, kind in (("acceptance_report", "missing_acceptance_report"), ("payment_proof", "missing_payment_proof"),
                        ("procurement_proof", "missing_procurement_proof")):
            if not by(k):
                cg.append(kind)
        amts = [d["fields"]["amount_yuan"] for d in mine if d["doc_type"] in ("contract", "procurement_proof", "acceptance_report")
                and d["fields"]["amount_yuan"]]
        pays = [d["fields"]["amount_yuan"] for d in by("payment_proof") if d["fields"]["amount_yuan"]]
        if any(off(a, c["amount_yuan"]) for a in amts) or (pays and off(sum(Decimal(x) for x in pays), c["amount_yuan"])):
            cg.append("amount_mismatch")
        accs = by("acceptance_report")
        if accs:
            if any(not in_period(d["fields"]["date"]) for d in accs if d["fields"]["date"]):
                cg.append("date_out_of_period")
        elif not in_period(c["acceptance_date"]):
            cg.append("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in accs):
            cg.append("acceptance_not_passed")
        pm = any(d["fields"]["payer"] != cu or d["fields"]["payee"] != ap["name"] for d in by("payment_proof")) or \
            any(d["fields"]["customer"] not in (None, cu) for d in accs + by("contract"))
        if pm:
            cg.append("party_mismatch")
        if no in dup_contracts:
            cg.append("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            cg.append("invalid_uscc")
        if c["declared_tianjin"] and not (c["customer_uscc"][2:4] == "12" and c["customer_address"].startswith("天津市")):
            cg.append("not_tianjin")
        sme_real = not is_large(c["staff"], c["revenue_wan"])
        if sme_real != c["declared_sme"]:
            cg.append("sme_misclassified")
        for k in cg:
            g(k, "A-sme" if k == "sme_misclassified" else R, contract_no=no, customer=cu)
        if all(k == "sme_misclassified" for k in cg):
            verified.append(c)
    vcust = {c["customer"] for c in verified}
    total = sum(Decimal(c["amount_yuan"]) for c in verified)
    tj = {c["customer"] for c in verified if c["declared_tianjin"] and c["customer_uscc"][2:4] == "12"
          and c["customer_address"].startswith("天津市")}
    sme = {c["customer"] for c in verified if not is_large(c["staff"], c["revenue_wan"])}

    # suppliers
    ok_sup = set()
    for s in t["suppliers"]:
        sg = []
        subs = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == s["contract_no"]]
        if not (s["uscc"][2:4] == "12" and s["address"].startswith("天津市")):
            sg.append("subcontractor_not_tianjin")
        if not subs:
            sg.append("missing_subcontract")
        for d in subs[:1]:
            f = d["fields"]
            if not in_period(f["date"]):
                sg.append("date_out_of_period")
            if f["customer"] != ap["name"] or d["party_b"] != s["name"]:
                sg.append("party_mismatch")
            if f["amount_yuan"] and off(f["amount_yuan"], s["amount_yuan"]):
                sg.append("amount_mismatch")
        for k in sg:
            g(k, "A-local-suppliers", contract_no=s["contract_no"], supplier=s["name"])
        if not sg:
            ok_sup.add(s["name"])

    ok_meet = set()
    for m in t["meetings"]:
        mg = []
        recs = [d for d in docs if d["doc_type"] == "meeting_record" and d.get("subject") == m["name"]]
        if not recs:
            mg.append("missing_meeting_record")
        else:
            r = recs[0]
            if not in_period(r["fields"]["date"]):
                mg.append("date_out_of_period")
            names = {a["name"] for a in r["signin"] if a["name"] != ap["name"] and is_tianjin(a["uscc"], a.get("address"))}
            m["tianjin_attendees_on_sheet"] = len(names)
            if len(names) < 10:
                mg.append("meeting_attendance_below_threshold")
        for k in mg:
            g(k, "A-meetings", meeting=m["name"])
        if not mg:
            ok_meet.add(m["name"])

    ok_diag = set()
    for x in t["diagnoses"]:
        dg = []
        reps = [d for d in docs if d["doc_type"] == "diagnosis_report" and d.get("subject") == x["customer"]]
        if not reps:
            dg.append("missing_diagnosis_report")
        else:
            r = reps[0]
            if not r["has_solution"]:
                dg.append("diagnosis_without_solution")
            if not in_period(r["fields"]["date"]):
                dg.append("date_out_of_period")
        for k in dg:
            g(k, "A-diagnoses", customer=x["customer"])
        if not dg:
            ok_diag.add(x["customer"])

    std_ok = 0
    for s in t["standards"]:
        has = any(d["doc_type"] == "standard_draft" and d["fields"]["title"] == s["name"] for d in docs)
        s["document_uploaded"] = has
        if has:
            std_ok += 1
        else:
            g("missing_standard_document", "A-standards", standard=s["name"])

    req = {}
    app_tj = ap["uscc"][2:4] == "12" and ap["address"].startswith("天津市")
    if not app_tj:
        g("applicant_not_tianjin", "E-tianjin")
    req["E-tianjin"] = "met" if app_tj else "not_met"
    def cnt(kind, cond, rq):
        if cond:
            g(kind, rq)
        return "not_met" if cond else "met"
    req["A-local-suppliers"] = cnt("local_supplier_count_below_threshold", len(ok_sup) < 2, "A-local-suppliers")
    req["A-meetings"] = cnt("meeting_count_below_threshold", len(ok_meet) < 10, "A-meetings")
    req["A-diagnoses"] = cnt("diagnosis_count_below_threshold", len(ok_diag) < 30, "A-diagnoses")
    a = cnt("customer_count_below_threshold", len(vcust) < 6, "A-customers")
    b = cnt("total_below_threshold", total < 15000000, "A-customers")
    c_ = cnt("tianjin_customer_count_below_threshold", len(tj) < 2, "A-customers")
    req["A-customers"] = "met" if a == b == c_ == "met" else "not_met"
    req["A-standards"] = cnt("standards_below_threshold", std_ok < 3, "A-standards")
    req["A-sme"] = cnt("sme_count_below_threshold", len(sme) < 5, "A-sme")
    return {
        "gaps": gaps, "requirements": req, "assessment_passed": all(v == "met" for v in req.values()),
        "accepted_total_yuan": "%.2f" % total, "verified_contracts": len(verified),
        "verified_customer_count": len(vcust), "verified_tianjin_customer_count": len(tj),
        "verified_sme_customer_count": len(sme), "verified_local_suppliers": len(ok_sup),
        "qualifying_meetings": len(ok_meet), "diagnosed_customers_with_solution": len(ok_diag),
        "standards_with_document": std_ok,
    }
