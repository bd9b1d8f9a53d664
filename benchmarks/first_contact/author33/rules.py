"""Ground truth from declarations + documents, by my reading of format.md (assessment cycle 2024)."""
from decimal import Decimal
from util import uscc_valid, is_tianjin, yuan

P0, P1 = "2024-01-01", "2024-12-31"

def in_period(d):
    return d is not None and P0 <= d <= P1

def off(a, declared_cents):
    a = int((Decimal(a) * 100).to_integral_value())
    return abs(a - declared_cents) > declared_cents * 0.005

def is_large(emp, rev_wan):
    return emp >= 1000 and rev_wan >= 40000

def tj_attendee(a):
    return (a.get("uscc") or "")[2:4] == "12" or (a.get("address") or "").startswith("天津市")

def compute(decl, documents):
    ap = decl["applicant"]
    gaps = []
    def gap(kind, req, **kw):
        g = {"kind": kind, "contract_no": kw.pop("contract_no", None), "customer": kw.pop("customer", None), "requirement": req}
        g.update(kw); gaps.append(g)
    readable = [d for d in documents if d["rendering"] != "corrupt"]
    for d in documents:
        if d["rendering"] == "corrupt":
            gap("unreadable_document", None, file=d["path"])
    # contracts
    verified = []
    for c in decl["contracts"]:
        ds = [d for d in readable if d["contract_no"] == c["contract_no"] and d["doc_type"] in ("contract", "acceptance_report", "payment_proof", "procurement_proof")]
        by = lambda t: [d for d in ds if d["doc_type"] == t]
        cust = c["customer"]; amt = c["amount_cents"]; kinds = []
        def cg(kind, req="A-customers"):
            kinds.append(kind); gap(kind, req, contract_no=c["contract_no"], customer=cust)
        acc, pay, proc, con = by("acceptance_report"), by("payment_proof"), by("procurement_proof"), by("contract")
        if not acc: cg("missing_acceptance_report")
        if not pay: cg("missing_payment_proof")
        if not proc: cg("missing_procurement_proof")
        mism = any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], amt) for d in con + acc + proc)
        uniq_pay = {d["sha256"]: d for d in pay}.values()
        if pay and off(yuan(sum(int(Decimal(d["fields"]["amount_yuan"]) * 100) for d in uniq_pay)), amt):
            mism = True
        if mism: cg("amount_mismatch")
        dates = [d["fields"]["date"] for d in acc] if acc else [c["accept_date"]]
        if any(not in_period(x) for x in dates): cg("date_out_of_period")
        if acc and not any(d["fields"]["result"] == "passed" for d in acc): cg("acceptance_not_passed")
        pm = any(d["fields"]["payer"] != cust or d["fields"]["payee"] != ap["name"] for d in pay)
        pm = pm or any(d["fields"]["customer"] and d["fields"]["customer"] != cust for d in con + acc + proc)
        if pm: cg("party_mismatch")
        shas = [d["sha256"] for d in ds]
        if len(shas) != len(set(shas)): cg("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]): cg("invalid_uscc")
        if c["tianjin_declared"] and not is_tianjin(c["customer_uscc"], c["customer_address"]): cg("not_tianjin")
        sme_true = not is_large(c["employees"], c["revenue_wan"])
        if c["sme_declared"] != sme_true: cg("sme_misclassified", "A-sme")
        if set(kinds) <= {"sme_misclassified"}:
            verified.append(c)
    custs = {c["customer"] for c in verified}
    total = sum(c["amount_cents"] for c in verified)
    tj = {c["customer"] for c in verified if c["tianjin_declared"] and is_tianjin(c["customer_uscc"], c["customer_address"])}
    sme = {c["customer"] for c in verified if not is_large(c["employees"], c["revenue_wan"])}
    if len(custs) < 6: gap("customer_count_below_threshold", "A-customers")
    if total < 1500000000: gap("total_below_threshold", "A-customers")
    if len(tj) < 2: gap("tianjin_customer_count_below_threshold", "A-customers")
    if len(sme) < 5: gap("sme_count_below_threshold", "A-sme")
    # suppliers
    ok_sup = set()
    for s in decl["suppliers"]:
        n = len(gaps)
        def sg(kind):
            gap(kind, "A-local-suppliers", contract_no=s["contract_no"], supplier=s["name"])
        ds = [d for d in readable if d["doc_type"] == "subcontract" and d["contract_no"] == s["contract_no"]]
        if not is_tianjin(s["uscc"], s["address"]): sg("subcontractor_not_tianjin")
        if not ds: sg("missing_subcontract")
        dates = [d["fields"]["date"] for d in ds] if ds else [s["sign_date"]]
        if any(not in_period(x) for x in dates): sg("date_out_of_period")
        if any(d["fields"]["customer"] != ap["name"] or d.get("counterparty") != s["name"] for d in ds): sg("party_mismatch")
        if any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], s["amount_cents"]) for d in ds): sg("amount_mismatch")
        if len(gaps) == n: ok_sup.add(s["name"])
    if len(ok_sup) < 2: gap("local_supplier_count_below_threshold", "A-local-suppliers")
    # meetings
    okm = 0
    for m in decl["meetings"]:
        n = len(gaps)
        ds = [d for d in readable if d["doc_type"] == "meeting_record" and d.get("subject") == m["title"]]
        if not ds:
            gap("missing_meeting_record", "A-meetings", meeting=m["title"])
        else:
            if any(not in_period(d["fields"]["date"]) for d in ds): gap("date_out_of_period", "A-meetings", meeting=m["title"])
            names = {a["name"] for a in m["sheet"] if a["name"] != ap["name"] and tj_attendee(a)}
            m["sheet_tianjin"] = len(names)
            if len(names) < 10: gap("meeting_attendance_below_threshold", "A-meetings", meeting=m["title"])
        if len(gaps) == n: okm += 1
    if okm < 10: gap("meeting_count_below_threshold", "A-meetings")
    # diagnoses
    okd = set()
    for dg in decl["diagnoses"]:
        n = len(gaps)
        ds = [d for d in readable if d["doc_type"] == "diagnosis_report" and d.get("subject") == dg["name"]]
        if not ds:
            gap("missing_diagnosis_report", "A-diagnoses", customer=dg["name"])
        else:
            if not any(d.get("has_solution") for d in ds): gap("diagnosis_without_solution", "A-diagnoses", customer=dg["name"])
            if any(not in_period(d["fields"]["date"]) for d in ds): gap("date_out_of_period", "A-diagnoses", customer=dg["name"])
        if len(gaps) == n: okd.add(dg["name"])
    if len(okd) < 30: gap("diagnosis_count_below_threshold", "A-diagnoses")
    # standards
    with_doc = 0
    for st in decl["standards"]:
        has = any(d["doc_type"] == "standard_draft" and d.get("subject") == st["title"] for d in readable)
        st["document_uploaded"] = has
        if has: with_doc += 1
        else: gap("missing_standard_document", "A-standards", standard=st["title"])
    if with_doc < 3: gap("standards_below_threshold", "A-standards")
    if not is_tianjin(ap["uscc"], ap["address"]): gap("applicant_not_tianjin", "E-tianjin")
    deciding = {"E-tianjin": ["applicant_not_tianjin"], "A-local-suppliers": ["local_supplier_count_below_threshold"],
                "A-meetings": ["meeting_count_below_threshold"], "A-diagnoses": ["diagnosis_count_below_threshold"],
                "A-customers": ["customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"],
                "A-standards": ["standards_below_threshold"], "A-sme": ["sme_count_below_threshold"]}
    kinds = {g["kind"] for g in gaps}
    req = {r: ("not_met" if kinds & set(k) else "met") for r, k in deciding.items()}
    return {
        "gaps": gaps, "requirements": req, "assessment_passed": all(v == "met" for v in req.values()), "award_tier_wan": None,
        "accepted_total_yuan": yuan(total), "verified_contracts": [c["contract_no"] for c in verified],
        "verified_customer_count": len(custs), "verified_tianjin_customer_count": len(tj), "verified_sme_customer_count": len(sme),
        "verified_local_suppliers": len(ok_sup), "qualifying_meetings": okm, "diagnosed_customers_with_solution": len(okd),
        "standards_with_document": with_doc,
    }
