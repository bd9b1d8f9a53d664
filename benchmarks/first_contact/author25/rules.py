"""Ground-truth rules (my reading of format.md, assessment cycle 2024)."""
from decimal import Decimal
from util import D, uscc_valid, in_period, is_tianjin, is_tianjin_either, is_large

TOL = Decimal("0.005")


def off(a, declared):
    return abs(D(a) - D(declared)) > D(declared) * TOL


def derive(t):
    app = t["applicant"]
    docs = t["documents"]
    gaps = []

    def g(kind, req, contract_no=None, customer=None, **kw):
        e = {"kind": kind, "contract_no": contract_no, "customer": customer, "requirement": req}
        e.update(kw)
        if e not in gaps:
            gaps.append(e)
    seen = {}
    dup = set()
    for d in docs:
        if d["sha256"] in seen:
            dup.add(d["path"])
        seen.setdefault(d["sha256"], d["path"])
    for d in docs:
        if d["rendering"] == "corrupt":
            g("unreadable_document", "A-customers", file=d["path"])
    live = [d for d in docs if d["rendering"] != "corrupt" and d["path"] not in dup]
    if not app["address"].startswith("天津市") or app["uscc"][2:4] != "12":
        g("applicant_not_tianjin", "E-tianjin")
    verified = []
    for c in t["contracts"]:
        no, cu = c["contract_no"], c["customer"]
        R = "A-customers"
        mine = [d for d in live if d["contract_no"] == no]
        kinds = lambda k: [d for d in mine if d["doc_type"] == k]
        bad = []

        def cg(kind):
            bad.append(kind)
            g(kind, R, no, cu)
        for d in docs:
            if d["contract_no"] == no and d["path"] in dup:
                cg("duplicate_evidence")
        for d in kinds("contract"):
            f = d["fields"]
            if f["amount_yuan"] and off(f["amount_yuan"], c["amount_yuan"]):
                cg("amount_mismatch")
            if f["customer"] and f["customer"] != cu:
                cg("party_mismatch")
        acc = kinds("acceptance_report")
        if not acc:
            cg("missing_acceptance_report")
            if not in_period(c["accept_date"]):
                cg("date_out_of_period")
        for d in acc:
            f = d["fields"]
            if f["result"] == "failed":
                cg("acceptance_not_passed")
            if not in_period(f["date"]):
                cg("date_out_of_period")
            if f["customer"] and f["customer"] != cu:
                cg("party_mismatch")
            if f["amount_yuan"] and off(f["amount_yuan"], c["amount_yuan"]):
                cg("amount_mismatch")
        pays = kinds("payment_proof")
        if not pays:
            cg("missing_payment_proof")
        else:
            s = sum(D(d["fields"]["amount_yuan"]) for d in pays)
            if off(s, c["amount_yuan"]):
                cg("amount_mismatch")
            for d in pays:
                if d["fields"]["payer"] != cu or d["fields"]["payee"] != app["name"]:
                    cg("party_mismatch")
        pr = kinds("procurement_proof")
        if not pr:
            cg("missing_procurement_proof")
        for d in pr:
            if d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], c["amount_yuan"]):
                cg("amount_mismatch")
        if not uscc_valid(c["customer_uscc"]):
            cg("invalid_uscc")
        if c["declared_tianjin"] and not is_tianjin(c["customer_uscc"], c["customer_address"]):
            cg("not_tianjin")
        real_sme = not is_large(c["staff"], c["revenue_wan"])
        if real_sme != c["declared_sme"]:
            g("sme_misclassified", "A-sme", no, cu)
        c["_verified"] = not bad
        if not bad:
            verified.append(c)
    vc = sorted({c["customer"] for c in verified})
    total = sum((D(c["amount_yuan"]) for c in verified), D(0))
    tj = sorted({c["customer"] for c in verified if c["declared_tianjin"] and is_tianjin(c["customer_uscc"], c["customer_address"])})
    sme = sorted({c["customer"] for c in verified if not is_large(c["staff"], c["revenue_wan"])})
    if len(vc) < 6:
        g("customer_count_below_threshold", "A-customers")
    if total < D(15000000):
        g("total_below_threshold", "A-customers")
    if len(tj) < 2:
        g("tianjin_customer_count_below_threshold", "A-customers")
    if len(sme) < 5:
        g("sme_count_below_threshold", "A-sme")
    # standards
    ns = 0
    for s in t["standards"]:
        have = any(d["doc_type"] == "standard_draft" and d["fields"]["title"] == s["name"] for d in live)
        s["draft_uploaded"] = have
        if have:
            ns += 1
        else:
            g("missing_standard_document", "A-standards", standard=s["name"])
    if ns < 3:
        g("standards_below_threshold", "A-standards")
    # suppliers
    oks = set()
    for s in t["suppliers"]:
        R = "A-local-suppliers"
        mine = [d for d in live if d["doc_type"] == "subcontract" and d["contract_no"] == s["contract_no"]]
        bad = []

        def sg(kind):
            bad.append(kind)
            g(kind, R, s["contract_no"], None, supplier=s["name"])
        if not is_tianjin(s["uscc"], s["address"]):
            sg("subcontractor_not_tianjin")
        if not mine:
            sg("missing_subcontract")
        for d in mine:
            f = d["fields"]
            if not in_period(f["date"]):
                sg("date_out_of_period")
            if f["customer"] != app["name"] or d["extra"]["party_b"] != s["name"]:
                sg("party_mismatch")
            if off(f["amount_yuan"], s["amount_yuan"]):
                sg("amount_mismatch")
        if not bad:
            oks.add(s["name"])
    if len(oks) < 2:
        g("local_supplier_count_below_threshold", "A-local-suppliers")
    # meetings
    okm = 0
    for m in t["meetings"]:
        R = "A-meetings"
        mine = [d for d in live if d["doc_type"] == "meeting_record" and d["extra"].get("meeting") == m["name"]]
        bad = []

        def mg(kind):
            bad.append(kind)
            g(kind, R, meeting=m["name"])
        if not mine:
            mg("missing_meeting_record")
        else:
            dates = [d["fields"]["date"] for d in mine if d["fields"]["date"]]
            if any(not in_period(x) for x in dates):
                mg("date_out_of_period")
            att = {}
            for d in mine:
                for a in d["extra"].get("signin", []):
                    if a["name"] != app["name"] and is_tianjin_either(a["uscc"], a["addr"]):
                        att[a["name"]] = 1
            m["tianjin_attendees_on_sheet"] = len(att)
            if len(att) < 10:
                mg("meeting_attendance_below_threshold")
        if not mine:
            m["tianjin_attendees_on_sheet"] = 0
        if not bad:
            okm += 1
    if okm < 10:
        g("meeting_count_below_threshold", "A-meetings")
    # diagnoses
    okd = set()
    for dg in t["diagnoses"]:
        R = "A-diagnoses"
        mine = [d for d in live if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] == dg["customer"]]
        bad = []

        def dgp(kind):
            bad.append(kind)
            g(kind, R, None, dg["customer"])
        if not mine:
            dgp("missing_diagnosis_report")
        else:
            if not any(d["extra"].get("solution") for d in mine):
                dgp("diagnosis_without_solution")
            if any(not in_period(d["fields"]["date"]) for d in mine):
                dgp("date_out_of_period")
        if not bad:
            okd.add(dg["customer"])
    if len(okd) < 30:
        g("diagnosis_count_below_threshold", "A-diagnoses")
    reqs = {}
    count_gap = {"E-tianjin": ["applicant_not_tianjin"],
                 "A-local-suppliers": ["local_supplier_count_below_threshold"],
                 "A-meetings": ["meeting_count_below_threshold"],
                 "A-diagnoses": ["diagnosis_count_below_threshold"],
                 "A-customers": ["customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"],
                 "A-standards": ["standards_below_threshold"], "A-sme": ["sme_count_below_threshold"]}
    kinds_present = {x["kind"] for x in gaps}
    for r, ks in count_gap.items():
        reqs[r] = "not_met" if kinds_present & set(ks) else "met"
    for c in t["contracts"]:
        c.pop("_verified", None)
    return {
        "gaps": gaps, "requirements": reqs,
        "assessment_passed": all(v == "met" for v in reqs.values()),
        "accepted_total_yuan": str(total),
        "verified_contracts": [c["contract_no"] for c in verified],
        "verified_customer_count": len(vc), "verified_tianjin_customer_count": len(tj),
        "verified_sme_customer_count": len(sme), "standards_with_document": ns,
        "verified_local_suppliers": len(oks), "qualifying_meetings": okm,
        "diagnosed_customers_with_solution": len(okd),
    }
