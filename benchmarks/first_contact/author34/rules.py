"""Ground truth from documents + declarations (own reading of format.md and the guide)."""
from decimal import Decimal
from util import uscc_valid

PERIOD = ("2023-01-01", "2023-12-31")
TH = dict(customers=8, total=Decimal("25000000"), sme=5, standards=3)


def cents(s):
    return int((Decimal(s) * 100).to_integral_value())


def is_sme(r):
    large = r["employees"] >= 1000 and r["revenue_wan"] >= 40000
    return not large


def off(x, declared):
    return abs(x - declared) * 1000 > declared * 5


def derive(applicant, contracts, standards, documents):
    gaps = []
    def add(kind, req, c=None, **kw):
        g = dict(kind=kind, contract_no=c["contract_no"] if c else None, customer=c["customer"] if c else None, requirement=req)
        g.update(kw)
        if g not in gaps:
            gaps.append(g)
    bysha = {}
    for d in documents:
        bysha.setdefault(d["sha256"], []).append(d)
    for d in documents:
        if d["rendering"] == "corrupt":
            add("unreadable_document", "S-evidence", file=d["path"])
    verified = []
    for c in contracts:
        no, D = c["contract_no"], c["amount_yuan_c"]
        ds = [d for d in documents if d["contract_no"] == no and d["rendering"] != "corrupt"]
        kinds = lambda k: [d for d in ds if d["doc_type"] == k]
        acc, pay, proc, con = kinds("acceptance_report"), kinds("payment_proof"), kinds("procurement_proof"), kinds("contract")
        cg = []
        def g(kind, req="S-evidence"):
            cg.append((kind, req))
        if not acc: g("missing_acceptance_report")
        if not pay: g("missing_payment_proof")
        if not proc: g("missing_procurement_proof")
        amts = [d["fields"]["amount_yuan"] for d in con + proc + acc if d["fields"]["amount_yuan"]]
        if any(off(cents(a), D) for a in amts):
            g("amount_mismatch")
        elif pay:
            seen, tot = set(), 0
            for d in pay:
                if d["sha256"] in seen:
                    continue
                seen.add(d["sha256"]); tot += cents(d["fields"]["amount_yuan"])
            if off(tot, D):
                g("amount_mismatch")
        if acc:
            dates = [d["fields"]["date"] for d in acc if d["fields"]["date"]]
            if any(not (PERIOD[0] <= x <= PERIOD[1]) for x in dates):
                g("date_out_of_period")
        elif not (PERIOD[0] <= c["acceptance_date"] <= PERIOD[1]):
            g("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in acc):
            g("acceptance_not_passed")
        pm = any(d["fields"]["payer"] and d["fields"]["payer"] != c["customer"] for d in pay) or \
            any(d["fields"]["payee"] and d["fields"]["payee"] != applicant["name"] for d in pay) or \
            any(d["fields"]["customer"] and d["fields"]["customer"] != c["customer"] for d in acc + con)
        if pm: g("party_mismatch")
        if any(len(bysha[d["sha256"]]) > 1 for d in ds):
            g("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            g("invalid_uscc")
        if c["tianjin_declared"] == "是" and (not c["customer_address"].startswith("天津市") or not c["customer_uscc"][2:4] == "12"):
            g("not_tianjin")
        if (c["sme_declared"] == "是") != is_sme(c):
            g("sme_misclassified", "S-sme")
        for kind, req in cg:
            add(kind, req, c)
        if all(k == "sme_misclassified" for k, _ in cg):
            verified.append(c)
    for s in standards:
        if not s["draft_uploaded"]:
            add("missing_standard_document", "S-standards", standard=s["name"])
    total = sum(c["amount_yuan_c"] for c in verified)
    custs = {c["customer"] for c in verified}
    smes = {c["customer"] for c in verified if is_sme(c)}
    nstd = sum(1 for s in standards if s["draft_uploaded"])
    req = {"E-tianjin": "met", "S-customers": "met", "S-total": "met", "S-evidence": "met", "S-standards": "met", "S-sme": "met"}
    if not (applicant["address"].startswith("天津市") and applicant["uscc"][2:4] == "12"):
        add("applicant_not_tianjin", "E-tianjin"); req["E-tianjin"] = "not_met"
    if len(custs) < TH["customers"]:
        add("customer_count_below_threshold", "S-customers"); req["S-customers"] = "not_met"
    if total < TH["total"] * 100:
        add("total_below_threshold", "S-total"); req["S-total"] = "not_met"
    if len(smes) < TH["sme"]:
        add("sme_count_below_threshold", "S-sme"); req["S-sme"] = "not_met"
    if nstd < TH["standards"]:
        add("standards_below_threshold", "S-standards"); req["S-standards"] = "not_met"
    if any(g["requirement"] == "S-evidence" for g in gaps):
        req["S-evidence"] = "not_met"
    wan = Decimal(total) / 100 / 10000
    if wan > 10000: tier = 1000
    elif wan >= 7500: tier = 750
    elif wan >= 5000: tier = 500
    elif wan >= 2500: tier = 250
    else: tier = 0
    if any(req[k] != "met" for k in ["E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"]):
        tier = 0
    return dict(award_tier_wan=tier, accepted_total_yuan="%d.%02d" % (total // 100, total % 100), requirements=req, gaps=gaps,
                verified_contracts=[c["contract_no"] for c in verified], verified_customer_count=len(custs),
                verified_sme_customer_count=len(smes), standards_with_document=nstd)
