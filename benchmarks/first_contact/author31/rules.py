"""Ground truth from declarations + document fields (own reading of format.md)."""
from decimal import Decimal
from util import uscc_valid, is_tianjin_code

P0, P1 = "2024-01-01", "2024-12-31"


def off(a, b):
    a, b = Decimal(a), Decimal(b)
    return abs(a - b) > b * Decimal("0.005")


def inp(d):
    return d is not None and P0 <= d <= P1


def is_sme(emp, rev):
    return not (emp >= 1000 and rev >= 40000)


def derive(t):
    app = t["applicant"]; docs = t["documents"]; gaps = []
    g = lambda kind, req, **k: gaps.append(dict(dict(kind=kind, contract_no=None, customer=None, requirement=req), **k))
    shas = {}
    for d in docs:
        shas.setdefault(d["sha256"], []).append(d)
    for d in docs:
        if d["rendering"] == "corrupt":
            g("unreadable_document", None, file=d["path"])
    verified = []
    for c in t["contracts"]:
        no, cus = c["contract_no"], c["customer"]; n0 = len(gaps)
        mine = [d for d in docs if d["contract_no"] == no and d["rendering"] != "corrupt"]
        by = lambda k: [d for d in mine if d["doc_type"] == k]
        acc, pay, pro, con = by("acceptance_report"), by("payment_proof"), by("procurement_proof"), by("contract")
        G = lambda kind: g(kind, "A-customers", contract_no=no, customer=cus)
        if not acc: G("missing_acceptance_report")
        if not pay: G("missing_payment_proof")
        if not pro: G("missing_procurement_proof")
        amts = [d["fields"]["amount_yuan"] for d in con + pro + acc if d["fields"]["amount_yuan"]]
        if pay:
            amts.append(str(sum(Decimal(d["fields"]["amount_yuan"]) for d in {x["sha256"]: x for x in pay}.values())))
        if any(off(a, c["amount_yuan"]) for a in amts): G("amount_mismatch")
        dates = [d["fields"]["date"] for d in acc] or [c["acceptance_date"]]
        if any(not inp(x) for x in dates): G("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in acc): G("acceptance_not_passed")
        if any(d["fields"]["payer"] != cus or d["fields"]["payee"] != app["name"] for d in pay) or \
           any(d["fields"]["customer"] != cus for d in acc + con): G("party_mismatch")
        if any(len(shas[d["sha256"]]) > 1 for d in mine): G("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]): G("invalid_uscc")
        if c["declared_tianjin"] and not is_tianjin_code(c["customer_uscc"]): G("not_tianjin")
        ok = len(gaps) == n0
        if c["declared_sme"] != is_sme(c["employees"], c["revenue_wan"]):
            g("sme_misclassified", "A-sme", contract_no=no, customer=cus)
        if ok: verified.append(c)
    vc = sorted({c["customer"] for c in verified})
    total = sum(Decimal(c["amount_yuan"]) for c in verified)
    tj = sorted({c["customer"] for c in verified if c["declared_tianjin"] and is_tianjin_code(c["customer_uscc"])})
    sme = sorted({c["customer"] for c in verified if is_sme(c["employees"], c["revenue_wan"])})
    # suppliers
    oks = set()
    for s in t["suppliers"]:
        n0 = len(gaps); G = lambda kind: g(kind, "A-local-suppliers", contract_no=s["contract_no"], supplier=s["name"])
        if not (is_tianjin_code(s["uscc"]) and s["address"].startswith("天津市")): G("subcontractor_not_tianjin")
        sd = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == s["contract_no"]]
        if not sd: G("missing_subcontract")
        if any(not inp(d["fields"]["date"]) for d in sd): G("date_out_of_period")
        if any(d["fields"]["customer"] != app["name"] or d["aux"]["party_b"] != s["name"] for d in sd): G("party_mismatch")
        if any(off(d["fields"]["amount_yuan"], s["amount_yuan"]) for d in sd): G("amount_mismatch")
        if len(gaps) == n0: oks.add(s["name"])
    okm = 0
    for m in t["meetings"]:
        n0 = len(gaps); G = lambda kind: g(kind, "A-meetings", meeting=m["name"])
        md = [d for d in docs if d["doc_type"] == "meeting_record" and d["fields"]["title"] == m["name"]]
        if not md: G("missing_meeting_record")
        else:
            if any(not inp(d["fields"]["date"]) for d in md): G("date_out_of_period")
            tjs = set()
            for d in md:
                for a in d["aux"].get("attendees", []):
                    if a["name"] != app["name"] and (is_tianjin_code(a["uscc"]) or (a["addr"] or "").startswith("天津市")):
                        tjs.add(a["name"])
            if len(tjs) < 10: G("meeting_attendance_below_threshold")
        if len(gaps) == n0: okm += 1
    okd = set()
    for dg in t["diagnoses"]:
        n0 = len(gaps); G = lambda kind: g(kind, "A-diagnoses", customer=dg["customer"])
        dd = [d for d in docs if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] == dg["customer"]]
        if not dd: G("missing_diagnosis_report")
        else:
            if not any(d["aux"].get("solution") for d in dd): G("diagnosis_without_solution")
            if any(not inp(d["fields"]["date"]) for d in dd): G("date_out_of_period")
        if len(gaps) == n0: okd.add(dg["customer"])
    titles = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft"}
    stds = 0
    for s in t["standards"]:
        if s["name"] in titles: stds += 1
        else: g("missing_standard_document", "A-standards", standard=s["name"])
    req = {}
    etj = is_tianjin_code(app["uscc"]) and app["address"].startswith("天津市")
    if not etj: g("applicant_not_tianjin", "E-tianjin")
    req["E-tianjin"] = etj
    def cnt(kind, req_id, cond):
        if not cond: g(kind, req_id)
        return cond
    a = cnt("customer_count_below_threshold", "A-customers", len(vc) >= 6)
    b = cnt("total_below_threshold", "A-customers", total >= 15000000)
    c_ = cnt("tianjin_customer_count_below_threshold", "A-customers", len(tj) >= 2)
    req["A-customers"] = a and b and c_
    req["A-sme"] = cnt("sme_count_below_threshold", "A-sme", len(sme) >= 5)
    req["A-standards"] = cnt("standards_below_threshold", "A-standards", stds >= 3)
    req["A-local-suppliers"] = cnt("local_supplier_count_below_threshold", "A-local-suppliers", len(oks) >= 2)
    req["A-meetings"] = cnt("meeting_count_below_threshold", "A-meetings", okm >= 10)
    req["A-diagnoses"] = cnt("diagnosis_count_below_threshold", "A-diagnoses", len(okd) >= 30)
    return dict(gaps=gaps, requirements={k: "met" if v else "not_met" for k, v in req.items()},
                assessment_passed=all(req.values()), award_tier_wan=None, accepted_total_yuan="%.2f" % total,
                verified_contracts=[c["contract_no"] for c in verified], verified_customer_count=len(vc),
                verified_tianjin_customer_count=len(tj), verified_sme_customer_count=len(sme),
                verified_local_suppliers=len(oks), qualifying_meetings=okm, diagnosed_customers_with_solution=len(okd),
                standards_with_document=stds)
