"""Ground-truth rules (support cycle 2023), from my reading of format.md and the guide."""
from decimal import Decimal
from util import uscc_valid, yuan

PERIOD = ("2023-01-01", "2023-12-31")
EV = "S-evidence"


def is_large(employees, revenue_wan):
    return employees >= 1000 and Decimal(str(revenue_wan)) >= 40000


def off(a, b):
    a, b = Decimal(a), Decimal(b)
    return abs(a - b) > b * Decimal("0.005")


def tier(total):
    t = Decimal(total)
    if t > 100000000:
        return 1000
    if t >= 75000000:
        return 750
    if t >= 50000000:
        return 500
    if t >= 25000000:
        return 250
    return 0


def compute(applicant, contracts, standards, documents):
    gaps = []
    def g(kind, req, cno=None, cust=None, **kw):
        d = {"kind": kind, "contract_no": cno, "customer": cust, "requirement": req}
        d.update(kw)
        if d not in gaps:
            gaps.append(d)
    if not (applicant["uscc"][2:4] == "12" and applicant["address"].startswith("天津市")):
        g("applicant_not_tianjin", "E-tianjin")
    # duplicates by sha256
    seen = {}
    for d in documents:
        seen.setdefault(d["sha256"], []).append(d)
    dup_contracts = set()
    for sha, ds in seen.items():
        if len(ds) > 1:
            for d in ds:
                if d["contract_no"]:
                    dup_contracts.add(d["contract_no"])
    for d in documents:
        if d["rendering"] == "corrupt":
            g("unreadable_document", EV, file=d["path"])
    verified = []
    for c in contracts:
        cno, cust = c["contract_no"], c["customer"]
        mine = [d for d in documents if d["contract_no"] == cno and d["rendering"] != "corrupt"]
        by = lambda t: [d for d in mine if d["doc_type"] == t]
        own = []
        def cg(kind, req=EV):
            own.append(kind)
            g(kind, req, cno, cust)
        accs, pays, procs, cons = by("acceptance_report"), by("payment_proof"), by("procurement_proof"), by("contract")
        if not accs:
            cg("missing_acceptance_report")
        if not pays:
            cg("missing_payment_proof")
        if not procs:
            cg("missing_procurement_proof")
        amt = c["amount_yuan"]
        mism = any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], amt) for d in cons + procs + accs)
        uniq = {d["sha256"]: d for d in pays}.values()  # a byte-identical re-upload is one payment, not two
        pay_amts = [d["fields"]["amount_yuan"] for d in uniq if d["fields"]["amount_yuan"]]
        if pay_amts and off(sum(Decimal(x) for x in pay_amts), amt):
            mism = True
        if mism:
            cg("amount_mismatch")
        if accs:
            dates = [d["fields"]["date"] for d in accs if d["fields"]["date"]]
            if any(not (PERIOD[0] <= x <= PERIOD[1]) for x in dates):
                cg("date_out_of_period")
        elif not (PERIOD[0] <= c["acceptance_date"] <= PERIOD[1]):
            cg("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in accs):
            cg("acceptance_not_passed")
        pm = False
        for d in pays:
            f = d["fields"]
            if (f["payer"] and f["payer"] != cust) or (f["payee"] and f["payee"] != applicant["name"]):
                pm = True
        for d in accs + cons:
            if d["fields"]["customer"] and d["fields"]["customer"] != cust:
                pm = True
        if pm:
            cg("party_mismatch")
        if cno in dup_contracts:
            cg("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            cg("invalid_uscc")
        if c["tianjin_declared"] and not (c["customer_uscc"][2:4] == "12" and c.get("customer_address", "天津市").startswith("天津市")):
            cg("not_tianjin")
        if c["sme_declared"] == is_large(c["employees"], c["revenue_wan"]):
            cg("sme_misclassified", "S-sme")
        if all(k == "sme_misclassified" for k in own):
            verified.append(c)
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    custs = {c["customer"] for c in verified}
    sme_custs = {c["customer"] for c in verified if not is_large(c["employees"], c["revenue_wan"])}
    for s in standards:
        if not s["uploaded"]:
            g("missing_standard_document", "S-standards", standard=s["name"])
    std_n = sum(1 for s in standards if s["uploaded"])
    if len(custs) < 8:
        g("customer_count_below_threshold", "S-customers")
    if total < 25000000:
        g("total_below_threshold", "S-total")
    if len(sme_custs) < 5:
        g("sme_count_below_threshold", "S-sme")
    if std_n < 3:
        g("standards_below_threshold", "S-standards")
    kinds = {x["kind"] for x in gaps}
    req = {
        "E-tianjin": "not_met" if "applicant_not_tianjin" in kinds else "met",
        "S-customers": "not_met" if "customer_count_below_threshold" in kinds else "met",
        "S-total": "not_met" if "total_below_threshold" in kinds else "met",
        "S-evidence": "not_met" if any(x["requirement"] == EV for x in gaps) else "met",
        "S-standards": "not_met" if "standards_below_threshold" in kinds else "met",
        "S-sme": "not_met" if "sme_count_below_threshold" in kinds else "met",
    }
    gate = all(req[k] == "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"))
    return {
        "award_tier_wan": tier(total) if gate else 0,
        "accepted_total_yuan": yuan(total),
        "requirements": req,
        "gaps": gaps,
        "verified_contracts": [c["contract_no"] for c in verified],
        "verified_customer_count": len(custs),
        "verified_sme_customer_count": len(sme_custs),
        "standards_with_document": std_n,
    }
