"""Assessment-cycle (考核周期 2024) rules, written from format.md; used by generate.py and check.py."""
import datetime as dt
from decimal import Decimal
from util import uscc_valid, is_tianjin_code

START, END = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
TH = dict(customers=6, total=Decimal("15000000"), tianjin=2, sme=5, standards=3, suppliers=2, meetings=10,
          meeting_attendance=10, diagnoses=30)
REQS = ["E-tianjin", "A-local-suppliers", "A-meetings", "A-diagnoses", "A-customers", "A-standards", "A-sme"]


def _d(s):
    return dt.date.fromisoformat(s) if s else None


def _out(s):
    d = _d(s)
    return d is not None and not (START <= d <= END)


def off(a, declared):
    a, b = Decimal(a), Decimal(declared)
    return abs(a - b) > b * Decimal("0.005")


def is_sme(emp, rev_wan):
    large = emp >= 1000 and Decimal(str(rev_wan)) >= 40000
    return not large


def really_tianjin(code, address):
    return is_tianjin_code(code) and (address or "").startswith("天津市")


def gap(kind, req, contract_no=None, customer=None, **kw):
    g = dict(kind=kind, contract_no=contract_no, customer=customer, requirement=req)
    g.update(kw)
    return g


def derive(t):
    """t: ground-truth dict (applicant, contracts, suppliers, meetings, diagnoses, standards, documents).
    Returns the derived part: gaps, counts, requirements, verdict."""
    app = t["applicant"]
    docs = t["documents"]
    gaps = []
    # ---- file level
    for d in docs:
        if d["rendering"] == "corrupt":
            gaps.append(gap("unreadable_document", "A-customers", file=d["path"]))
    by_sha = {}
    for d in docs:
        by_sha.setdefault(d["sha256"], []).append(d)
    dup_contracts = set()
    for sha, ds in by_sha.items():
        if len(ds) > 1:
            for d in ds:
                if d["contract_no"]:
                    dup_contracts.add(d["contract_no"])
    # ---- contracts
    verified = []
    for c in t["contracts"]:
        no, cu = c["contract_no"], c["customer"]
        mine = [d for d in docs if d["contract_no"] == no and d["doc_type"] in
                ("contract", "acceptance_report", "payment_proof", "procurement_proof")]
        kinds = lambda k: [d for d in mine if d["doc_type"] == k]
        cg = []
        G = lambda kind, req="A-customers": cg.append(gap(kind, req, no, cu))
        acc, pay, proc, con = kinds("acceptance_report"), kinds("payment_proof"), kinds("procurement_proof"), kinds("contract")
        if not acc:
            G("missing_acceptance_report")
        if not pay:
            G("missing_payment_proof")
        if not proc:
            G("missing_procurement_proof")
        amt = c["amount_yuan"]
        mism = any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], amt) for d in con + proc + acc)
        uniq = {d["sha256"]: d for d in pay}.values()  # a receipt uploaded twice is counted once
        if pay and off(sum(Decimal(d["fields"]["amount_yuan"] or 0) for d in uniq), amt):
            mism = True
        if mism:
            G("amount_mismatch")
        if acc:
            if any(_out(d["fields"]["date"]) for d in acc):
                G("date_out_of_period")
        elif _out(c["accept_date"]):
            G("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in acc):
            G("acceptance_not_passed")
        pm = False
        for d in pay:
            f = d["fields"]
            if (f["payer"] and f["payer"] != cu) or (f["payee"] and f["payee"] != app["name"]):
                pm = True
        for d in acc + con:
            if d["fields"]["customer"] and d["fields"]["customer"] != cu:
                pm = True
        if pm:
            G("party_mismatch")
        if no in dup_contracts:
            G("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            G("invalid_uscc")
        if c["tianjin_declared"] == "是" and not really_tianjin(c["customer_uscc"], c["customer_address"]):
            G("not_tianjin")
        if (c["sme_declared"] == "是") != is_sme(c["employees"], c["revenue_wan"]):
            G("sme_misclassified", "A-sme")
        gaps.extend(cg)
        if all(g["kind"] == "sme_misclassified" for g in cg):
            verified.append(c)
    custs = {c["customer"] for c in verified}
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    tj = {c["customer"] for c in verified if c["tianjin_declared"] == "是" and really_tianjin(c["customer_uscc"], c["customer_address"])}
    sme = {c["customer"] for c in verified if is_sme(c["employees"], c["revenue_wan"])}
    # ---- suppliers
    ok_sup = set()
    for s in t["suppliers"]:
        sg = []
        G = lambda kind: sg.append(gap(kind, "A-local-suppliers", s["subcontract_no"], None, supplier=s["name"]))
        if not really_tianjin(s["uscc"], s["address"]):
            G("subcontractor_not_tianjin")
        subs = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == s["subcontract_no"]]
        if not subs:
            G("missing_subcontract")
            if _out(s["sign_date"]):
                G("date_out_of_period")
        else:
            if any(_out(d["fields"]["date"]) for d in subs):
                G("date_out_of_period")
            if any(d["fields"]["customer"] and d["fields"]["customer"] != app["name"] for d in subs):
                G("party_mismatch")
            if any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], s["amount_yuan"]) for d in subs):
                G("amount_mismatch")
        gaps.extend(sg)
        if not sg:
            ok_sup.add(s["name"])
    # ---- meetings
    qual_meet = 0
    for m in t["meetings"]:
        mg = []
        G = lambda kind: mg.append(gap(kind, "A-meetings", meeting=m["name"]))
        recs = [d for d in docs if d["doc_type"] == "meeting_record" and d["fields"]["title"] == m["name"]]
        if not recs:
            G("missing_meeting_record")
            if _out(m["date"]):
                G("date_out_of_period")
        else:
            dates = [d["fields"]["date"] for d in recs if d["fields"]["date"]]
            if (dates and any(_out(x) for x in dates)) or (not dates and _out(m["date"])):
                G("date_out_of_period")
            firms = set()
            for d in recs:
                for a in d.get("attendees") or []:
                    if a["name"] == app["name"]:
                        continue
                    if is_tianjin_code(a.get("uscc")) or (a.get("address") or "").startswith("天津市"):
                        firms.add(a["name"])
            if len(firms) < TH["meeting_attendance"]:
                G("meeting_attendance_below_threshold")
        gaps.extend(mg)
        if not mg:
            qual_meet += 1
    # ---- diagnoses
    diag_ok = set()
    for g_ in t["diagnoses"]:
        dg = []
        G = lambda kind: dg.append(gap(kind, "A-diagnoses", customer=g_["customer"]))
        reps = [d for d in docs if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] == g_["customer"]]
        if not reps:
            G("missing_diagnosis_report")
            if _out(g_["date"]):
                G("date_out_of_period")
        else:
            if not any(d.get("solution_section") for d in reps):
                G("diagnosis_without_solution")
            dates = [d["fields"]["date"] for d in reps if d["fields"]["date"]]
            if (dates and any(_out(x) for x in dates)) or (not dates and _out(g_["date"])):
                G("date_out_of_period")
        gaps.extend(dg)
        if not dg:
            diag_ok.add(g_["customer"])
    # ---- standards
    titles = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft"}
    std_ok = 0
    for s in t["standards"]:
        if s["name"] in titles:
            std_ok += 1
        else:
            gaps.append(gap("missing_standard_document", "A-standards", standard=s["name"]))
    # ---- submission level
    sub = []
    if not really_tianjin(app["uscc"], app["address"]):
        sub.append(gap("applicant_not_tianjin", "E-tianjin"))
    if len(ok_sup) < TH["suppliers"]:
        sub.append(gap("local_supplier_count_below_threshold", "A-local-suppliers"))
    if qual_meet < TH["meetings"]:
        sub.append(gap("meeting_count_below_threshold", "A-meetings"))
    if len(diag_ok) < TH["diagnoses"]:
        sub.append(gap("diagnosis_count_below_threshold", "A-diagnoses"))
    if len(custs) < TH["customers"]:
        sub.append(gap("customer_count_below_threshold", "A-customers"))
    if total < TH["total"]:
        sub.append(gap("total_below_threshold", "A-customers"))
    if len(tj) < TH["tianjin"]:
        sub.append(gap("tianjin_customer_count_below_threshold", "A-customers"))
    if len(sme) < TH["sme"]:
        sub.append(gap("sme_count_below_threshold", "A-sme"))
    if std_ok < TH["standards"]:
        sub.append(gap("standards_below_threshold", "A-standards"))
    gaps.extend(sub)
    reqs = {r: "met" for r in REQS}
    for g in sub:
        reqs[g["requirement"]] = "not_met"
    gaps.sort(key=lambda g: (g["requirement"], g["kind"], str(g.get("contract_no")), str(g.get("customer")),
                             str(g.get("supplier")), str(g.get("meeting")), str(g.get("standard")), str(g.get("file"))))
    return dict(
        assessment_passed=all(v == "met" for v in reqs.values()),
        award_tier_wan=None,
        accepted_total_yuan=str(total.quantize(Decimal("0.01"))),
        requirements=reqs,
        gaps=gaps,
        verified_contracts=len(verified),
        verified_contract_nos=[c["contract_no"] for c in verified],
        verified_customer_count=len(custs),
        verified_tianjin_customer_count=len(tj),
        verified_sme_customer_count=len(sme),
        verified_local_suppliers=len(ok_sup),
        qualifying_meetings=qual_meet,
        diagnosed_customers_with_solution=len(diag_ok),
        standards_with_document=std_ok,
    )
