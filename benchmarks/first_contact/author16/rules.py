# -*- coding: utf-8 -*-
"""author16's own reading of format.md rules (support cycle 2023). Shared by generate.py and check.py.
Written without seeing the product."""
from decimal import Decimal

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(body17):
    s = sum(CHARS.index(ch) * w for ch, w in zip(body17, W))
    c = 31 - s % 31
    return CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if len(code) != 18 or any(ch not in CHARS for ch in code):
        return False
    return uscc_check(code[:17]) == code[17]


def is_sme(emp, rev_wan):
    return not (emp >= 1000 and rev_wan >= 40000)


def off(a, d):
    a, d = Decimal(a), Decimal(d)
    return abs(a - d) / d > Decimal("0.005")


def in_period(iso):
    return "2023-01-01" <= iso <= "2023-12-31"


def tier(total):
    t = Decimal(total)
    if t > Decimal("100000000"):
        return 1000
    if t >= Decimal("75000000"):
        return 750
    if t >= Decimal("50000000"):
        return 500
    if t >= Decimal("25000000"):
        return 250
    return 0


def derive(applicant, contracts, standards, documents):
    """contracts: list of dicts with contract_no, customer, customer_uscc, customer_address, amount_yuan,
    declared_accept_date, declared_sme (bool), employees, revenue_wan, declared_tianjin (bool)."""
    gaps = []
    verified = []
    for c in contracts:
        no = c["contract_no"]
        docs = [d for d in documents if d["contract_no"] == no and d["rendering"] != "corrupt"]
        kinds = {}
        for d in docs:
            kinds.setdefault(d["doc_type"], []).append(d)
        cg = []

        def add(kind, req="S-evidence"):
            if not any(g["kind"] == kind for g in cg):
                cg.append({"kind": kind, "contract_no": no, "customer": c["customer"], "requirement": req})
        for k, g in (("acceptance_report", "missing_acceptance_report"), ("payment_proof", "missing_payment_proof"),
                     ("procurement_proof", "missing_procurement_proof")):
            if not kinds.get(k):
                add(g)
        D = c["amount_yuan"]
        for k in ("contract", "procurement_proof", "acceptance_report"):
            for d in kinds.get(k, []):
                a = d["fields"]["amount_yuan"]
                if a is not None and off(a, D):
                    add("amount_mismatch")
        pays = kinds.get("payment_proof", [])
        if pays and all(d["fields"]["amount_yuan"] is not None for d in pays):
            s = sum(Decimal(d["fields"]["amount_yuan"]) for d in pays)
            if off(s, D):
                add("amount_mismatch")
        accs = kinds.get("acceptance_report", [])
        if accs:
            if any(d["fields"]["date"] and not in_period(d["fields"]["date"]) for d in accs):
                add("date_out_of_period")
        elif not in_period(c["declared_accept_date"]):
            add("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in accs):
            add("acceptance_not_passed")
        party = False
        for d in pays:
            f = d["fields"]
            if (f["payer"] and f["payer"] != c["customer"]) or (f["payee"] and f["payee"] != applicant["name"]):
                party = True
        for d in accs + kinds.get("contract", []):
            if d["fields"]["customer"] and d["fields"]["customer"] != c["customer"]:
                party = True
        if party:
            add("party_mismatch")
        hs = [d["sha256"] for d in docs]
        if len(hs) != len(set(hs)):
            add("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            add("invalid_uscc")
        if c["declared_tianjin"] and (c["customer_uscc"][2:4] != "12" or not c["customer_address"].startswith("天津市")):
            add("not_tianjin")
        if c["declared_sme"] != is_sme(c["employees"], c["revenue_wan"]):
            add("sme_misclassified", "S-sme")
        gaps += cg
        if all(g["kind"] == "sme_misclassified" for g in cg):
            verified.append(c)
    for d in documents:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None,
                         "requirement": "S-evidence", "file": d["path"]})
    nstd = 0
    for s in standards:
        if s["draft_uploaded"]:
            nstd += 1
        else:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None,
                         "requirement": "S-standards", "standard": s["name"]})
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal("0"))
    custs = {c["customer"] for c in verified}
    smes = {c["customer"] for c in verified if is_sme(c["employees"], c["revenue_wan"])}
    req = {k: "met" for k in ("E-tianjin", "S-customers", "S-total", "S-evidence", "S-standards", "S-sme")}

    def sub(kind, r):
        gaps.append({"kind": kind, "contract_no": None, "customer": None, "requirement": r})
        req[r] = "not_met"
    if not (applicant["uscc"][2:4] == "12" and applicant["address"].startswith("天津市")):
        sub("applicant_not_tianjin", "E-tianjin")
    if len(custs) < 8:
        sub("customer_count_below_threshold", "S-customers")
    if total < Decimal("25000000"):
        sub("total_below_threshold", "S-total")
    if len(smes) < 5:
        sub("sme_count_below_threshold", "S-sme")
    if nstd < 3:
        sub("standards_below_threshold", "S-standards")
    if any(g["requirement"] == "S-evidence" for g in gaps):
        req["S-evidence"] = "not_met"
    gate = all(req[k] == "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"))
    return {
        "award_tier_wan": tier(total) if gate else 0,
        "accepted_total_yuan": "%.2f" % total,
        "requirements": req,
        "gaps": gaps,
        "verified_contracts": [c["contract_no"] for c in verified],
        "verified_customer_count": len(custs),
        "verified_sme_customer_count": len(smes),
        "standards_with_document": nstd,
    }
