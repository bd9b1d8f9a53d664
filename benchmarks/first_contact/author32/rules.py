"""Ground truth from declarations and the documents' stated fields (author32's reading of format.md)."""
from decimal import Decimal
from util import uscc_valid, y2

PERIOD = ("2023-01-01", "2023-12-31")


def is_large(emp, rev_wan):
    return emp >= 1000 and rev_wan >= 40000


def tier(total):
    t = Decimal(total)
    if t > 100_000_000:
        return 1000
    if t >= 75_000_000:
        return 750
    if t >= 50_000_000:
        return 500
    if t >= 25_000_000:
        return 250
    return 0


def off(a, b):
    return abs(Decimal(a) - Decimal(b)) > Decimal(b) * Decimal("0.005")


def derive(applicant, contracts, standards, documents):
    """contracts: declared rows with keys contract_no, customer, customer_uscc, customer_address,
    amount_yuan, acceptance_date, sme_declared, employees, revenue_wan, tianjin_declared."""
    gaps = []

    def g(kind, c, req="S-evidence", **kw):
        d = dict(kind=kind, contract_no=c["contract_no"] if c else None, customer=c["customer"] if c else None, requirement=req)
        d.update(kw)
        if d not in gaps:
            gaps.append(d)

    by_sha = {}
    for d in documents:
        if d["rendering"] == "corrupt":
            g("unreadable_document", None, file=d["path"])
    for d in sorted(documents, key=lambda x: x["path"]):
        if d["rendering"] == "corrupt":
            continue
        by_sha.setdefault(d["sha256"], []).append(d)
    dup_contracts = set()
    for sha, ds in by_sha.items():
        if len(ds) > 1:
            for d in ds:
                if d["contract_no"]:
                    dup_contracts.add(d["contract_no"])
    verified = []
    for c in contracts:
        no = c["contract_no"]
        mine = [d for d in documents if d["contract_no"] == no and d["rendering"] != "corrupt"]
        kinds = lambda t: [d for d in mine if d["doc_type"] == t]
        amt = c["amount_yuan"]
        for d in kinds("contract"):
            f = d["fields"]
            if f["amount_yuan"] and off(f["amount_yuan"], amt):
                g("amount_mismatch", c)
            if f["customer"] and f["customer"] != c["customer"]:
                g("party_mismatch", c)
        acc = kinds("acceptance_report")
        if not acc:
            g("missing_acceptance_report", c)
            if not (PERIOD[0] <= c["acceptance_date"] <= PERIOD[1]):
                g("date_out_of_period", c)
        for d in acc:
            f = d["fields"]
            if f["date"] and not (PERIOD[0] <= f["date"] <= PERIOD[1]):
                g("date_out_of_period", c)
            if f["result"] == "failed":
                g("acceptance_not_passed", c)
            if f["customer"] and f["customer"] != c["customer"]:
                g("party_mismatch", c)
            if f["amount_yuan"] and off(f["amount_yuan"], amt):
                g("amount_mismatch", c)
        pays = kinds("payment_proof")
        # identical copies count once towards the sum
        seen, uniq = set(), []
        for d in pays:
            if d["sha256"] not in seen:
                seen.add(d["sha256"])
                uniq.append(d)
        if not pays:
            g("missing_payment_proof", c)
        else:
            for d in uniq:
                f = d["fields"]
                if (f["payer"] and f["payer"] != c["customer"]) or (f["payee"] and f["payee"] != applicant["name"]):
                    g("party_mismatch", c)
            s = sum(Decimal(d["fields"]["amount_yuan"]) for d in uniq if d["fields"]["amount_yuan"])
            if off(s, amt):
                g("amount_mismatch", c)
        procs = kinds("procurement_proof")
        if not procs:
            g("missing_procurement_proof", c)
        for d in procs:
            f = d["fields"]
            if f["amount_yuan"] and off(f["amount_yuan"], amt):
                g("amount_mismatch", c)
        if no in dup_contracts:
            g("duplicate_evidence", c)
        if not uscc_valid(c["customer_uscc"]):
            g("invalid_uscc", c)
        if c["tianjin_declared"] and (not c["customer_uscc"][2:4] == "12" or not c["customer_address"].startswith("天津市")):
            g("not_tianjin", c)
        large = is_large(c["employees"], c["revenue_wan"])
        if c["sme_declared"] == large:
            g("sme_misclassified", c, "S-sme")
        own = [x for x in gaps if x["contract_no"] == no and x["kind"] != "sme_misclassified"]
        if not own:
            verified.append(c)
    total = sum(Decimal(c["amount_yuan"]) for c in verified)
    custs = {c["customer"] for c in verified}
    smes = {c["customer"] for c in verified if not is_large(c["employees"], c["revenue_wan"])}
    std_ok = 0
    for s in standards:
        if s["document_uploaded"]:
            std_ok += 1
        else:
            gaps.append(dict(kind="missing_standard_document", contract_no=None, customer=None, requirement="S-standards", standard=s["name"]))
    sub = lambda k, r: gaps.append(dict(kind=k, contract_no=None, customer=None, requirement=r))
    a = applicant
    if not (a["uscc"][2:4] == "12" and a["address"].startswith("天津市")):
        sub("applicant_not_tianjin", "E-tianjin")
    if len(custs) < 8:
        sub("customer_count_below_threshold", "S-customers")
    if total < 25_000_000:
        sub("total_below_threshold", "S-total")
    if len(smes) < 5:
        sub("sme_count_below_threshold", "S-sme")
    if std_ok < 3:
        sub("standards_below_threshold", "S-standards")
    kinds_present = {x["kind"] for x in gaps}
    req = {
        "E-tianjin": "not_met" if "applicant_not_tianjin" in kinds_present else "met",
        "S-customers": "not_met" if "customer_count_below_threshold" in kinds_present else "met",
        "S-total": "not_met" if "total_below_threshold" in kinds_present else "met",
        "S-evidence": "not_met" if any(x["requirement"] == "S-evidence" for x in gaps) else "met",
        "S-standards": "not_met" if "standards_below_threshold" in kinds_present else "met",
        "S-sme": "not_met" if "sme_count_below_threshold" in kinds_present else "met",
    }
    gate = all(req[k] == "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"))
    return dict(award_tier_wan=tier(total) if gate else 0, accepted_total_yuan=y2(total), requirements=req, gaps=gaps,
                verified_contracts=len(verified), verified_customer_count=len(custs), verified_sme_customer_count=len(smes),
                standards_with_document=std_ok)
