"""Ground-truth rules (my reading of format.md and the guide), assessment cycle 2024."""
from decimal import Decimal
from util import uscc_valid, is_tianjin, is_large

P0, P1 = "2024-01-01", "2024-12-31"
EVID = ("contract", "acceptance_report", "payment_proof", "procurement_proof")


def in_period(d):
    return d is not None and P0 <= d <= P1


def off(a, declared):
    a, d = Decimal(a), Decimal(declared)
    return abs(a - d) > d * Decimal("0.005")


def derive(t):
    A = t["applicant"]
    docs = [d for d in t["documents"] if d["rendering"] != "corrupt"]
    gaps = []
    # duplicates: second and later copies of identical bytes
    seen, dup_contracts = {}, []
    for d in t["documents"]:
        if d["sha256"] in seen and d["contract_no"]:
            if d["contract_no"] not in dup_contracts:
                dup_contracts.append(d["contract_no"])
        seen.setdefault(d["sha256"], d["path"])
    for d in t["documents"]:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None, "requirement": None, "file": d["path"]})
    if not is_tianjin(A["uscc"], A["address"]):
        gaps.append({"kind": "applicant_not_tianjin", "contract_no": None, "customer": None, "requirement": "E-tianjin"})

    verified, vtotal = [], Decimal(0)
    for c in t["contracts"]:
        no, cust = c["contract_no"], c["customer"]
        mine = [d for d in docs if d["contract_no"] == no and d["doc_type"] in EVID]
        uniq, hs = [], set()
        for d in mine:
            if d["sha256"] not in hs:
                hs.add(d["sha256"]); uniq.append(d)
        by = {k: [d for d in uniq if d["doc_type"] == k] for k in EVID}
        cg = []
        def g(kind, req="A-customers"):
            if kind not in [x["kind"] for x in cg]:
                cg.append({"kind": kind, "contract_no": no, "customer": cust, "requirement": req})
        if not by["acceptance_report"]:
            g("missing_acceptance_report")
        if not by["payment_proof"]:
            g("missing_payment_proof")
        if not by["procurement_proof"]:
            g("missing_procurement_proof")
        for k in ("contract", "procurement_proof", "acceptance_report"):
            for d in by[k]:
                if d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], c["amount_yuan"]):
                    g("amount_mismatch")
        if by["payment_proof"]:
            s = sum(Decimal(d["fields"]["amount_yuan"]) for d in by["payment_proof"])
            if off(s, c["amount_yuan"]):
                g("amount_mismatch")
        if by["acceptance_report"]:
            if any(not in_period(d["fields"]["date"]) for d in by["acceptance_report"]):
                g("date_out_of_period")
            if any(d["fields"]["result"] == "failed" for d in by["acceptance_report"]):
                g("acceptance_not_passed")
        elif not in_period(c["accept_date"]):
            g("date_out_of_period")
        for d in by["payment_proof"]:
            if d["fields"]["payer"] != cust or d["fields"]["payee"] != A["name"]:
                g("party_mismatch")
        for d in by["acceptance_report"] + by["contract"]:
            if d["fields"]["customer"] and d["fields"]["customer"] != cust:
                g("party_mismatch")
        if no in dup_contracts:
            g("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            g("invalid_uscc")
        if c["declared_tianjin"] and not is_tianjin(c["customer_uscc"], c["customer_address"]):
            g("not_tianjin")
        if c["declared_sme"] == is_large(c["staff"], c["revenue_wan"]):
            g("sme_misclassified", "A-sme")
        gaps += cg
        if all(x["kind"] == "sme_misclassified" for x in cg):
            verified.append(c); vtotal += Decimal(c["amount_yuan"])
    vcust = sorted({c["customer"] for c in verified})
    tj = sorted({c["customer"] for c in verified if c["declared_tianjin"] and is_tianjin(c["customer_uscc"], c["customer_address"])})
    sme = sorted({c["customer"] for c in verified if not is_large(c["staff"], c["revenue_wan"])})

    # local suppliers
    ok_sup = set()
    for s in t["suppliers"]:
        sg = []
        def h(kind):
            if kind not in [x["kind"] for x in sg]:
                sg.append({"kind": kind, "contract_no": s["contract_no"], "supplier": s["supplier"], "customer": None, "requirement": "A-local-suppliers"})
        if not is_tianjin(s["uscc"], s["address"]):
            h("subcontractor_not_tianjin")
        sd = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == s["contract_no"]]
        if not sd:
            h("missing_subcontract")
            if not in_period(s["date"]):
                h("date_out_of_period")
        for d in sd:
            if not in_period(d["fields"]["date"]):
                h("date_out_of_period")
            if d["fields"]["customer"] != A["name"] or d["facts"].get("party_b") != s["supplier"]:
                h("party_mismatch")
            if d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], s["amount_yuan"]):
                h("amount_mismatch")
        gaps += sg
        if not sg:
            ok_sup.add(s["supplier"])

    # meetings
    ok_meet, meet_counts = [], {}
    for m in t["meetings"]:
        md = [d for d in docs if d["doc_type"] == "meeting_record" and d["fields"]["title"] == m["title"]]
        mg = []
        def k(kind):
            if kind not in [x["kind"] for x in mg]:
                mg.append({"kind": kind, "contract_no": None, "meeting": m["title"], "customer": None, "requirement": "A-meetings"})
        if not md:
            k("missing_meeting_record")
            if not in_period(m["date"]):
                k("date_out_of_period")
        else:
            if any(not in_period(d["fields"]["date"]) for d in md):
                k("date_out_of_period")
        firms = set()
        for d in md:
            for r in d["facts"].get("rows", []):
                if r["name"] == A["name"]:
                    continue
                if (r.get("code") and r["code"][2:4] == "12") or (r.get("addr") or "").startswith("天津市"):
                    firms.add(r["name"])
        meet_counts[m["title"]] = len(firms)
        if md and len(firms) < 10:
            k("meeting_attendance_below_threshold")
        gaps += mg
        if not mg:
            ok_meet.append(m["title"])

    # diagnoses
    ok_diag = set()
    for dg in t["diagnoses"]:
        dd = [d for d in docs if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] == dg["customer"]]
        gg = []
        def q(kind):
            if kind not in [x["kind"] for x in gg]:
                gg.append({"kind": kind, "contract_no": None, "customer": dg["customer"], "requirement": "A-diagnoses"})
        if not dd:
            q("missing_diagnosis_report")
            if not in_period(dg["date"]):
                q("date_out_of_period")
        else:
            if not any(d["facts"].get("has_solution") for d in dd):
                q("diagnosis_without_solution")
            if any(not in_period(d["fields"]["date"]) for d in dd):
                q("date_out_of_period")
        gaps += gg
        if not gg:
            ok_diag.add(dg["customer"])

    # standards
    with_doc = 0
    for s in t["standards"]:
        if any(d["doc_type"] == "standard_draft" and d["fields"]["title"] == s["title"] for d in docs):
            with_doc += 1
        else:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None, "requirement": "A-standards", "standard": s["title"]})

    def sub(kind, req):
        gaps.append({"kind": kind, "contract_no": None, "customer": None, "requirement": req})
    if len(ok_sup) < 2: sub("local_supplier_count_below_threshold", "A-local-suppliers")
    if len(ok_meet) < 10: sub("meeting_count_below_threshold", "A-meetings")
    if len(ok_diag) < 30: sub("diagnosis_count_below_threshold", "A-diagnoses")
    if len(vcust) < 6: sub("customer_count_below_threshold", "A-customers")
    if vtotal < 15000000: sub("total_below_threshold", "A-customers")
    if len(tj) < 2: sub("tianjin_customer_count_below_threshold", "A-customers")
    if with_doc < 3: sub("standards_below_threshold", "A-standards")
    if len(sme) < 5: sub("sme_count_below_threshold", "A-sme")

    gate = {"E-tianjin": ["applicant_not_tianjin"], "A-local-suppliers": ["local_supplier_count_below_threshold"],
            "A-meetings": ["meeting_count_below_threshold"], "A-diagnoses": ["diagnosis_count_below_threshold"],
            "A-customers": ["customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"],
            "A-standards": ["standards_below_threshold"], "A-sme": ["sme_count_below_threshold"]}
    kinds = {x["kind"] for x in gaps}
    req = {r: ("not_met" if any(k in kinds for k in ks) else "met") for r, ks in gate.items()}
    return {
        "gaps": gaps, "requirements": req, "assessment_passed": all(v == "met" for v in req.values()),
        "verified_contracts": [c["contract_no"] for c in verified], "accepted_total_yuan": f"{vtotal:.2f}",
        "verified_customer_count": len(vcust), "verified_tianjin_customer_count": len(tj),
        "verified_sme_customer_count": len(sme), "verified_local_suppliers": len(ok_sup),
        "qualifying_meetings": len(ok_meet), "diagnosed_customers_with_solution": len(ok_diag),
        "standards_with_document": with_doc, "meeting_tianjin_attendees": meet_counts,
    }
