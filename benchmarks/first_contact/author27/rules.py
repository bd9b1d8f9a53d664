"""Ground truth from declarations + documents, following format.md (assessment cycle 2024)."""
from decimal import Decimal
from util import uscc_valid

P0, P1 = "2024-01-01", "2024-12-31"
EVID = ("contract", "acceptance_report", "payment_proof", "procurement_proof")


def in_period(d):
    return d is not None and P0 <= d <= P1


def is_tj(uscc, addr):
    """really in Tianjin: code region 12xxxx AND address 天津市 (for declared firms)."""
    return bool(uscc) and uscc[2:4] == "12" and bool(addr) and addr.startswith("天津市")


def attendee_tj(a):
    """sign-in rows: code region 12xxxx OR 天津市 address."""
    return bool(a.get("uscc") and a["uscc"][2:4] == "12") or bool(a.get("addr") and a["addr"].startswith("天津市"))


def is_sme(staff, revenue_wan):
    return not (staff >= 1000 and revenue_wan >= 40000)


def off(a, b):
    a, b = Decimal(a), Decimal(b)
    return abs(a - b) > b * Decimal("0.005")


def gap(kind, req, contract_no=None, customer=None, **kw):
    g = {"kind": kind, "contract_no": contract_no, "customer": customer, "requirement": req}
    g.update(kw)
    return g


def derive(t):
    """t: dict with applicant, contracts, suppliers, meetings, diagnoses, standards, documents.
    Returns dict of derived keys (gaps, counts, requirements, verdict)."""
    app = t["applicant"]
    docs = [d for d in t["documents"] if d["rendering"] != "corrupt"]
    gaps = []
    if not is_tj(app["uscc"], app["address"]):
        gaps.append(gap("applicant_not_tianjin", "E-tianjin"))
    for d in t["documents"]:
        if d["rendering"] == "corrupt":
            gaps.append(gap("unreadable_document", None, file=d["path"]))
    verified = []
    for c in t["contracts"]:
        no, cu = c["contract_no"], c["customer"]
        mine = [d for d in docs if d["contract_no"] == no]
        by = {k: [d for d in mine if d["doc_type"] == k] for k in EVID}
        cg = []
        R = "A-customers"
        if not by["acceptance_report"]: cg.append("missing_acceptance_report")
        if not by["payment_proof"]: cg.append("missing_payment_proof")
        if not by["procurement_proof"]: cg.append("missing_procurement_proof")
        amts = [d["fields"]["amount_yuan"] for k in ("contract", "procurement_proof", "acceptance_report") for d in by[k]
                if d["fields"]["amount_yuan"] is not None]
        seen, pays = set(), []
        for d in by["payment_proof"]:  # an identical file uploaded twice is one payment
            if d["sha256"] not in seen:
                seen.add(d["sha256"]); pays.append(d["fields"]["amount_yuan"])
        bad_amt = any(off(a, c["amount_yuan"]) for a in amts)
        if pays and all(p is not None for p in pays):
            bad_amt = bad_amt or off(str(sum(Decimal(p) for p in pays)), c["amount_yuan"])
        if bad_amt: cg.append("amount_mismatch")
        if by["acceptance_report"]:
            ds = [d["fields"]["date"] or c["accept_date"] for d in by["acceptance_report"]]
        else:
            ds = [c["accept_date"]]
        if any(not in_period(x) for x in ds): cg.append("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in by["acceptance_report"]): cg.append("acceptance_not_passed")
        pm = False
        for d in by["payment_proof"]:
            f = d["fields"]
            if (f["payer"] is not None and f["payer"] != cu) or (f["payee"] is not None and f["payee"] != app["name"]): pm = True
        for d in by["acceptance_report"] + by["contract"]:
            if d["fields"]["customer"] is not None and d["fields"]["customer"] != cu: pm = True
        if pm: cg.append("party_mismatch")
        shas = [d["sha256"] for d in mine]
        if len(shas) != len(set(shas)): cg.append("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]): cg.append("invalid_uscc")
        if c["declared_tianjin"] and not is_tj(c["customer_uscc"], c["customer_address"]): cg.append("not_tianjin")
        real_sme = is_sme(c["staff"], c["revenue_wan"])
        if c["declared_sme"] != real_sme: cg.append("sme_misclassified")
        for k in cg:
            gaps.append(gap(k, "A-sme" if k == "sme_misclassified" else R, no, cu))
        if set(cg) <= {"sme_misclassified"}:
            verified.append(c)
    vcust = {c["customer"] for c in verified}
    total = sum(Decimal(c["amount_yuan"]) for c in verified)
    vtj = {c["customer"] for c in verified if c["declared_tianjin"] and is_tj(c["customer_uscc"], c["customer_address"])}
    vsme = {c["customer"] for c in verified if is_sme(c["staff"], c["revenue_wan"])}
    if len(vcust) < 6: gaps.append(gap("customer_count_below_threshold", "A-customers"))
    if total < Decimal("15000000"): gaps.append(gap("total_below_threshold", "A-customers"))
    if len(vtj) < 2: gaps.append(gap("tianjin_customer_count_below_threshold", "A-customers"))
    if len(vsme) < 5: gaps.append(gap("sme_count_below_threshold", "A-sme"))
    # standards
    titles = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft"}
    swd = 0
    for s in t["standards"]:
        if s["name"] in titles: swd += 1
        else: gaps.append(gap("missing_standard_document", "A-standards", standard=s["name"]))
    if swd < 3: gaps.append(gap("standards_below_threshold", "A-standards"))
    # suppliers
    ok_sup = set()
    for s in t["suppliers"]:
        R = "A-local-suppliers"; sg = []
        subs = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == s["subcontract_no"]]
        if not is_tj(s["uscc"], s["address"]): sg.append("subcontractor_not_tianjin")
        if not subs: sg.append("missing_subcontract")
        else:
            if any(not in_period(d["fields"]["date"]) for d in subs): sg.append("date_out_of_period")
            if any(d["fields"]["customer"] != app["name"] for d in subs) or s["doc_party_b"] != s["name"]: sg.append("party_mismatch")
            if any(d["fields"]["amount_yuan"] is not None and off(d["fields"]["amount_yuan"], s["amount_yuan"]) for d in subs): sg.append("amount_mismatch")
        for k in sg:
            gaps.append(gap(k, R, s["subcontract_no"], None, supplier=s["name"]))
        if not sg: ok_sup.add(s["name"])
    if len(ok_sup) < 2: gaps.append(gap("local_supplier_count_below_threshold", "A-local-suppliers"))
    # meetings
    okm = 0
    for m in t["meetings"]:
        R = "A-meetings"; mg = []
        recs = [d for d in docs if d["doc_type"] == "meeting_record" and d["fields"]["title"] == m["name"]]
        if not recs: mg.append("missing_meeting_record")
        else:
            if any(not in_period(d["fields"]["date"]) for d in recs): mg.append("date_out_of_period")
            names = {a["name"] for a in m["sheet"] if a["name"] != app["name"] and attendee_tj(a)}
            if len(names) < 10: mg.append("meeting_attendance_below_threshold")
        for k in mg:
            gaps.append(gap(k, R, meeting=m["name"]))
        if not mg: okm += 1
    if okm < 10: gaps.append(gap("meeting_count_below_threshold", "A-meetings"))
    # diagnoses
    okd = set()
    for dd in t["diagnoses"]:
        R = "A-diagnoses"; dg = []
        reps = [d for d in docs if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] == dd["customer"]]
        if not reps: dg.append("missing_diagnosis_report")
        else:
            if not dd["has_solution"]: dg.append("diagnosis_without_solution")
            if any(not in_period(d["fields"]["date"]) for d in reps): dg.append("date_out_of_period")
        for k in dg:
            gaps.append(gap(k, R, None, dd["customer"]))
        if not dg: okd.add(dd["customer"])
    if len(okd) < 30: gaps.append(gap("diagnosis_count_below_threshold", "A-diagnoses"))
    reqs = {}
    kinds = {g["kind"] for g in gaps}
    reqs["E-tianjin"] = "not_met" if "applicant_not_tianjin" in kinds else "met"
    reqs["A-local-suppliers"] = "not_met" if "local_supplier_count_below_threshold" in kinds else "met"
    reqs["A-meetings"] = "not_met" if "meeting_count_below_threshold" in kinds else "met"
    reqs["A-diagnoses"] = "not_met" if "diagnosis_count_below_threshold" in kinds else "met"
    reqs["A-customers"] = "not_met" if kinds & {"customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"} else "met"
    reqs["A-standards"] = "not_met" if "standards_below_threshold" in kinds else "met"
    reqs["A-sme"] = "not_met" if "sme_count_below_threshold" in kinds else "met"
    return {
        "phase": "考核", "award_tier_wan": None,
        "assessment_passed": all(v == "met" for v in reqs.values()),
        "accepted_total_yuan": f"{total:.2f}", "requirements": reqs, "gaps": gaps,
        "verified_contracts": [c["contract_no"] for c in verified],
        "verified_customer_count": len(vcust), "verified_tianjin_customer_count": len(vtj),
        "verified_sme_customer_count": len(vsme), "standards_with_document": swd,
        "verified_local_suppliers": len(ok_sup), "qualifying_meetings": okm,
        "diagnosed_customers_with_solution": len(okd),
    }
