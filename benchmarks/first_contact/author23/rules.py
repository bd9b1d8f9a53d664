"""Ground truth from declarations + documents (my reading of format.md, assessment cycle 2024)."""
from decimal import Decimal
import datetime as dt

from util import uscc_valid, is_tj_code

P0, P1 = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
TOL = Decimal("0.005")


def in_period(iso):
    d = dt.date.fromisoformat(iso)
    return P0 <= d <= P1


def off(a, declared):
    a, declared = Decimal(a), Decimal(declared)
    return abs(a - declared) > declared * TOL


def is_sme(emp, rev):
    return not (emp >= 1000 and Decimal(str(rev)) >= 40000)


def tj_address(addr):
    return bool(addr) and addr.startswith("天津市")


def derive(t):
    app = t["applicant"]
    docs = t["documents"]
    gaps = []

    def gap(kind, req, contract_no=None, customer=None, **kw):
        g = {"kind": kind, "contract_no": contract_no, "customer": customer, "requirement": req}
        g.update(kw)
        gaps.append(g)

    # unreadable
    for d in docs:
        if d["rendering"] == "corrupt":
            gap("unreadable_document", "A-customers", file=d["path"])
    good = [d for d in docs if d["rendering"] != "corrupt"]
    # duplicates by sha
    by_sha = {}
    for d in good:
        by_sha.setdefault(d["sha256"], []).append(d)
    dup_contracts = set()
    for sha, lst in by_sha.items():
        if len(lst) > 1:
            for d in lst:
                if d["contract_no"]:
                    dup_contracts.add(d["contract_no"])

    verified = []
    for c in t["contracts"]:
        no, cu = c["contract_no"], c["customer"]
        mine = [d for d in good if d["contract_no"] == no]
        kinds = {}
        for d in mine:
            kinds.setdefault(d["doc_type"], []).append(d)
        cg = set()
        acc = kinds.get("acceptance_report", [])
        pays = kinds.get("payment_proof", [])
        procs = kinds.get("procurement_proof", [])
        cons = kinds.get("contract", [])
        if not acc:
            cg.add("missing_acceptance_report")
        if not pays:
            cg.add("missing_payment_proof")
        if not procs:
            cg.add("missing_procurement_proof")
        for d in cons + procs + acc:
            a = d["fields"]["amount_yuan"]
            if a is not None and off(a, c["amount_yuan"]):
                cg.add("amount_mismatch")
        if pays:
            # identical bytes uploaded twice are one payment (the duplicate is reported as duplicate_evidence)
            uniq = {d["sha256"]: d for d in pays}.values()
            s = sum(Decimal(d["fields"]["amount_yuan"]) for d in uniq if d["fields"]["amount_yuan"] is not None)
            if off(s, c["amount_yuan"]):
                cg.add("amount_mismatch")
        if acc:
            for d in acc:
                if d["fields"]["date"] and not in_period(d["fields"]["date"]):
                    cg.add("date_out_of_period")
                if d["fields"]["result"] == "failed":
                    cg.add("acceptance_not_passed")
                if d["fields"]["customer"] and d["fields"]["customer"] != cu:
                    cg.add("party_mismatch")
        elif not in_period(c["accept_date"]):
            cg.add("date_out_of_period")
        for d in pays:
            f = d["fields"]
            if (f["payer"] and f["payer"] != cu) or (f["payee"] and f["payee"] != app["name"]):
                cg.add("party_mismatch")
        for d in cons:
            if d["fields"]["customer"] and d["fields"]["customer"] != cu:
                cg.add("party_mismatch")
        if no in dup_contracts:
            cg.add("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            cg.add("invalid_uscc")
        really_tj = is_tj_code(c["customer_uscc"]) and tj_address(c["customer_address"])
        if c["declared_tianjin"] and not really_tj:
            cg.add("not_tianjin")
        for k in sorted(cg):
            gap(k, "A-customers", no, cu)
        sme = is_sme(c["employees"], c["revenue_wan"])
        if sme != c["declared_sme"]:
            gap("sme_misclassified", "A-sme", no, cu)
        if not cg:
            verified.append(dict(c, really_tj=really_tj, sme=sme))

    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    vcust = {c["customer"] for c in verified}
    vtj = {c["customer"] for c in verified if c["declared_tianjin"] and c["really_tj"]}
    vsme = {c["customer"] for c in verified if c["sme"]}
    if len(vcust) < 6:
        gap("customer_count_below_threshold", "A-customers")
    if total < Decimal(15000000):
        gap("total_below_threshold", "A-customers")
    if len(vtj) < 2:
        gap("tianjin_customer_count_below_threshold", "A-customers")
    if len(vsme) < 5:
        gap("sme_count_below_threshold", "A-sme")

    # suppliers
    vsup = set()
    for s in t["suppliers"]:
        subs = [d for d in good if d["doc_type"] == "subcontract" and d["contract_no"] == s["contract_no"]]
        sg = set()
        if not (is_tj_code(s["uscc"]) and tj_address(s["address"])):
            sg.add("subcontractor_not_tianjin")
        if not subs:
            sg.add("missing_subcontract")
        for d in subs:
            f = d["fields"]
            if f["date"] and not in_period(f["date"]):
                sg.add("date_out_of_period")
            if (f["customer"] and f["customer"] != app["name"]) or d["facts"].get("supplier_on_doc") != s["name"]:
                sg.add("party_mismatch")
            if f["amount_yuan"] and off(f["amount_yuan"], s["amount_yuan"]):
                sg.add("amount_mismatch")
        for k in sorted(sg):
            gap(k, "A-local-suppliers", s["contract_no"], None, supplier=s["name"])
        if not sg:
            vsup.add(s["name"])
    if len(vsup) < 2:
        gap("local_supplier_count_below_threshold", "A-local-suppliers")

    # meetings
    qual = 0
    for m in t["meetings"]:
        recs = [d for d in good if d["doc_type"] == "meeting_record" and d["facts"].get("meeting") == m["name"]]
        mg = set()
        names = set()
        for d in recs:
            names |= set(d["facts"].get("attendees", []))
        tj = [a for a in m["sheet"] if a["name"] in names and a["name"] != app["name"] and
              (is_tj_code(a.get("uscc") or "") or tj_address(a.get("address") or ""))]
        m["tianjin_on_sheet"] = len({a["name"] for a in tj})
        if not recs:
            mg.add("missing_meeting_record")
        else:
            for d in recs:
                if d["fields"]["date"] and not in_period(d["fields"]["date"]):
                    mg.add("date_out_of_period")
            if m["tianjin_on_sheet"] < 10:
                mg.add("meeting_attendance_below_threshold")
        for k in sorted(mg):
            gap(k, "A-meetings", None, None, meeting=m["name"])
        if not mg:
            qual += 1
    if qual < 10:
        gap("meeting_count_below_threshold", "A-meetings")

    # diagnoses
    okc = set()
    for g in t["diagnoses"]:
        reps = [d for d in good if d["doc_type"] == "diagnosis_report" and d["facts"].get("diagnosis") == g["customer"]]
        dg = set()
        if not reps:
            dg.add("missing_diagnosis_report")
        for d in reps:
            if not d["facts"].get("has_solution"):
                dg.add("diagnosis_without_solution")
            if d["fields"]["date"] and not in_period(d["fields"]["date"]):
                dg.add("date_out_of_period")
        for k in sorted(dg):
            gap(k, "A-diagnoses", None, g["customer"])
        if not dg:
            okc.add(g["customer"])
    if len(okc) < 30:
        gap("diagnosis_count_below_threshold", "A-diagnoses")

    # standards
    with_doc = 0
    for s in t["standards"]:
        has = any(d["doc_type"] == "standard_draft" and d["facts"].get("standard") == s["name"] for d in good)
        s["draft_uploaded"] = has
        if has:
            with_doc += 1
        else:
            gap("missing_standard_document", "A-standards", standard=s["name"])
    if with_doc < 3:
        gap("standards_below_threshold", "A-standards")

    if not (is_tj_code(app["uscc"]) and tj_address(app["address"])):
        gap("applicant_not_tianjin", "E-tianjin")

    count_gap = {"E-tianjin": ["applicant_not_tianjin"],
                 "A-local-suppliers": ["local_supplier_count_below_threshold"],
                 "A-meetings": ["meeting_count_below_threshold"],
                 "A-diagnoses": ["diagnosis_count_below_threshold"],
                 "A-customers": ["customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"],
                 "A-standards": ["standards_below_threshold"],
                 "A-sme": ["sme_count_below_threshold"]}
    kinds = {g["kind"] for g in gaps}
    reqs = {r: ("not_met" if any(k in kinds for k in ks) else "met") for r, ks in count_gap.items()}
    return {
        "gaps": gaps,
        "requirements": reqs,
        "assessment_passed": all(v == "met" for v in reqs.values()),
        "award_tier_wan": None,
        "accepted_total_yuan": f"{total:.2f}",
        "verified_contracts": sorted(c["contract_no"] for c in verified),
        "verified_customer_count": len(vcust),
        "verified_tianjin_customer_count": len(vtj),
        "verified_sme_customer_count": len(vsme),
        "verified_local_suppliers": len(vsup),
        "qualifying_meetings": qual,
        "diagnosed_customers_with_solution": len(okc),
        "standards_with_document": with_doc,
    }
