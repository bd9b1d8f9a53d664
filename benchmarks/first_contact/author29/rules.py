"""Ground truth rules (author29's reading of format.md, assessment cycle 2024). Pure functions
over the truth's declarations and documents; used by generate.py and re-run by check.py."""
from decimal import Decimal
from util import uscc_valid
P0, P1 = "2024-01-01", "2024-12-31"

def inp(d): return d is not None and P0 <= d <= P1
def off(a, decl): return abs(Decimal(a) - Decimal(decl)) > Decimal(decl) * Decimal("0.005")
def is_large(emp, rev): return emp >= 1000 and rev >= 40000
def tj(uscc, addr): return bool(uscc) and uscc[2:4] == "12" and bool(addr) and addr.startswith("天津市")

def gap(kind, req, contract_no=None, customer=None, **kw):
    g = {"kind": kind, "contract_no": contract_no, "customer": customer, "requirement": req}; g.update(kw); return g

def derive(t):
    docs = t["documents"]; ap = t["applicant"]; gaps = []
    by = {}
    for d in docs:
        if d["contract_no"]: by.setdefault(d["contract_no"], []).append(d)
    for d in docs:
        if d["rendering"] == "corrupt":
            gaps.append(gap("unreadable_document", None, file=d["path"]))
    verified = []
    for c in t["contracts"]:
        cn, cu = c["contract_no"], c["customer"]; R = "A-customers"; g = []
        ds = by.get(cn, [])
        k = lambda ty: [d for d in ds if d["doc_type"] == ty]
        con, acc, pay, pro = k("contract"), k("acceptance_report"), k("payment_proof"), k("procurement_proof")
        if not acc: g.append("missing_acceptance_report")
        if not pay: g.append("missing_payment_proof")
        if not pro: g.append("missing_procurement_proof")
        amts = [d["fields"]["amount_yuan"] for d in con + pro + acc if d["fields"]["amount_yuan"]]
        psum = sum((Decimal(d["fields"]["amount_yuan"]) for d in pay if d["fields"]["amount_yuan"]), Decimal(0))
        if any(off(a, c["amount_yuan"]) for a in amts) or (pay and off(psum, c["amount_yuan"])):
            g.append("amount_mismatch")
        adate = max((d["fields"]["date"] for d in acc if d["fields"]["date"]), default=None)
        if not inp(adate if adate else c["accept_date"]): g.append("date_out_of_period")
        if acc and not any(d["fields"]["result"] == "passed" for d in acc): g.append("acceptance_not_passed")
        if any(d["fields"]["payer"] != cu or d["fields"]["payee"] != ap["name"] for d in pay) or \
           any(d["fields"]["customer"] not in (None, cu) for d in acc + con):
            g.append("party_mismatch")
        shas = [d["sha256"] for d in ds]
        if len(shas) != len(set(shas)): g.append("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]): g.append("invalid_uscc")
        if c["declared_tianjin"] and not tj(c["customer_uscc"], c["customer_address"]): g.append("not_tianjin")
        real_sme = not is_large(c["employees"], c["revenue_wan"])
        if real_sme != c["declared_sme"]: gaps.append(gap("sme_misclassified", "A-sme", cn, cu))
        for x in g: gaps.append(gap(x, R, cn, cu))
        if not g: verified.append(c)
    custs = {c["customer"] for c in verified}
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    tjc = {c["customer"] for c in verified if c["declared_tianjin"] and tj(c["customer_uscc"], c["customer_address"])}
    sme = {c["customer"] for c in verified if not is_large(c["employees"], c["revenue_wan"])}
    # suppliers
    okS = set()
    for s in t["suppliers"]:
        ds = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == s["contract_no"]]
        g = []
        if not tj(s["uscc"], s["address"]): g.append("subcontractor_not_tianjin")
        if not ds: g.append("missing_subcontract")
        dt = ds[0]["fields"]["date"] if ds and ds[0]["fields"]["date"] else s["sign_date"]
        if not inp(dt): g.append("date_out_of_period")
        if any(d["fields"]["customer"] != ap["name"] for d in ds): g.append("party_mismatch")
        if any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], s["amount_yuan"]) for d in ds): g.append("amount_mismatch")
        for x in g: gaps.append(gap(x, "A-local-suppliers", s["contract_no"], None, supplier=s["supplier"]))
        if not g: okS.add(s["supplier"])
    okM = 0
    for m in t["meetings"]:
        ds = [d for d in docs if d["doc_type"] == "meeting_record" and d.get("subject") == m["name"]]
        att = {r["name"] for r in m["sheet_rows"] if r["name"] != ap["name"] and tj(r["uscc"] or "12", r["address"]) and (r["uscc"] is None or r["uscc"][2:4] == "12" or r["address"].startswith("天津市"))}
        att = {r["name"] for r in m["sheet_rows"] if r["name"] != ap["name"] and ((r["uscc"] and r["uscc"][2:4] == "12") or (r["address"] or "").startswith("天津市"))}
        m["tianjin_attendees_on_sheet"] = len(att) if ds else 0
        g = []
        if not ds: g.append("missing_meeting_record")
        else:
            if not inp(ds[0]["fields"]["date"]): g.append("date_out_of_period")
            if len(att) < 10: g.append("meeting_attendance_below_threshold")
        for x in g: gaps.append(gap(x, "A-meetings", None, None, meeting=m["name"]))
        if not g: okM += 1
    okD = set()
    for dg in t["diagnoses"]:
        ds = [d for d in docs if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] == dg["customer"]]
        g = []
        if not ds: g.append("missing_diagnosis_report")
        else:
            if not dg["has_solution"]: g.append("diagnosis_without_solution")
            if not inp(ds[0]["fields"]["date"]): g.append("date_out_of_period")
        for x in g: gaps.append(gap(x, "A-diagnoses", None, dg["customer"]))
        if not g: okD.add(dg["customer"])
    stds = 0
    for s in t["standards"]:
        if s["draft_uploaded"]: stds += 1
        else: gaps.append(gap("missing_standard_document", "A-standards", standard=s["title"]))
    req = {}
    def cnt(name, cond, kind):
        if cond: req[name] = "met"
        else: req[name] = "not_met"; gaps.append(gap(kind, name))
    cnt("E-tianjin", tj(ap["uscc"], ap["address"]), "applicant_not_tianjin")
    cnt("A-local-suppliers", len(okS) >= 2, "local_supplier_count_below_threshold")
    cnt("A-meetings", okM >= 10, "meeting_count_below_threshold")
    cnt("A-diagnoses", len(okD) >= 30, "diagnosis_count_below_threshold")
    req["A-customers"] = "met"
    for ok, kind in ((len(custs) >= 6, "customer_count_below_threshold"), (total >= 15000000, "total_below_threshold"), (len(tjc) >= 2, "tianjin_customer_count_below_threshold")):
        if not ok: req["A-customers"] = "not_met"; gaps.append(gap(kind, "A-customers"))
    cnt("A-standards", stds >= 3, "standards_below_threshold")
    cnt("A-sme", len(sme) >= 5, "sme_count_below_threshold")
    return {"phase": "考核", "award_tier_wan": None, "assessment_passed": all(v == "met" for v in req.values()),
            "accepted_total_yuan": "%.2f" % total, "requirements": req, "gaps": gaps,
            "verified_contracts": [c["contract_no"] for c in verified], "verified_customer_count": len(custs),
            "verified_tianjin_customer_count": len(tjc), "verified_sme_customer_count": len(sme),
            "verified_local_suppliers": len(okS), "qualifying_meetings": okM,
            "diagnosed_customers_with_solution": len(okD), "standards_with_document": stds}
