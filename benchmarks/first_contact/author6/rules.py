"""Truth from the scenario and the documents, by this author's reading of format.md (not product code)."""
from decimal import Decimal

from common import uscc_valid, ystr, money

PERIOD = ("2023-01-01", "2023-12-31")


def is_large(emp, rev):
    return emp >= 1000 and Decimal(str(rev)) >= 40000


def tier(total):
    if total > Decimal("100000000"):
        return 1000
    if total >= Decimal("75000000"):
        return 750
    if total >= Decimal("50000000"):
        return 500
    if total >= Decimal("25000000"):
        return 250
    return 0


def off(a, declared):
    return abs(Decimal(a) - declared) > declared * Decimal("0.005")


def derive(scen, docs):
    A = scen["A"]
    gaps = []
    verified = []
    contracts = []
    for C, K in zip(scen["customers"], scen["contracts"]):
        no = K["no"]
        mine = [d for d in docs if d["contract_no"] == no]
        by = lambda t: [d for d in mine if d["doc_type"] == t]
        g = []
        decl = K["decl_amount"]
        acc, pay, proc, con = by("acceptance_report"), by("payment_proof"), by("procurement_proof"), by("contract")
        if not acc:
            g.append("missing_acceptance_report")
        if not pay:
            g.append("missing_payment_proof")
        if not proc:
            g.append("missing_procurement_proof")
        amts = [d["fields"]["amount_yuan"] for d in con + proc + acc if d["fields"]["amount_yuan"]]
        seen, psum = set(), Decimal(0)
        for d in pay:
            if d["sha256"] in seen:
                continue
            seen.add(d["sha256"])
            psum += Decimal(d["fields"]["amount_yuan"])
        if any(off(a, decl) for a in amts) or (pay and off(psum, decl)):
            g.append("amount_mismatch")
        if acc:
            dates = [d["fields"]["date"] for d in acc if d["fields"]["date"]]
            if any(not (PERIOD[0] <= x <= PERIOD[1]) for x in dates):
                g.append("date_out_of_period")
        else:
            if not (PERIOD[0] <= K["decl_accept"].isoformat() <= PERIOD[1]):
                g.append("date_out_of_period")
        if acc and all(d["fields"]["result"] == "failed" for d in acc):
            g.append("acceptance_not_passed")
        pm = False
        for d in pay:
            f = d["fields"]
            if (f["payer"] and f["payer"] != C["name"]) or (f["payee"] and f["payee"] != A["name"]):
                pm = True
        for d in acc + con:
            if d["fields"]["customer"] and d["fields"]["customer"] != C["name"]:
                pm = True
        if pm:
            g.append("party_mismatch")
        shas = [d["sha256"] for d in mine]
        if len(shas) != len(set(shas)):
            g.append("duplicate_evidence")
        if not uscc_valid(C["uscc"]):
            g.append("invalid_uscc")
        if C["tj"] and (C["uscc"][2:4] != "12" or not C["addr"].startswith("天津市")):
            g.append("not_tianjin")
        large = is_large(C["emp"], C["rev"])
        if C["sme_decl"] != (not large):
            g.append("sme_misclassified")
        for kind in g:
            gaps.append(dict(kind=kind, contract_no=no, customer=C["name"],
                             requirement="S-sme" if kind == "sme_misclassified" else "S-evidence"))
        ok = all(k == "sme_misclassified" for k in g)
        if ok:
            verified.append((C, K, not large))
        contracts.append(dict(seq=len(contracts) + 1, contract_no=no, customer=C["name"], customer_uscc=C["uscc"],
                              amount_yuan=ystr(decl), planted=K["planted"]))
    for d in docs:
        if d["rendering"] == "corrupt":
            gaps.append(dict(kind="unreadable_document", contract_no=None, customer=None, requirement="S-evidence", file=d["path"]))
    std_docs = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft"}
    standards = []
    for i, S in enumerate(scen["standards"]):
        up = S["name"] in std_docs
        standards.append(dict(seq=i + 1, name=S["name"], category=S["cat"], stage=S["stage"], draft_uploaded=up))
        if not up:
            gaps.append(dict(kind="missing_standard_document", contract_no=None, customer=None, requirement="S-standards", standard=S["name"]))
    total = sum((K["decl_amount"] for _, K, _ in verified), Decimal(0))
    cust = {C["name"] for C, _, _ in verified}
    sme = {C["name"] for C, _, s in verified if s}
    n_std = sum(1 for s in standards if s["draft_uploaded"])
    req = {"E-tianjin": "met", "S-customers": "met", "S-total": "met", "S-evidence": "met", "S-standards": "met", "S-sme": "met"}
    app_tj = A["uscc"][2:4] == "12" and A["addr"].startswith("天津市")
    sub = []
    if not app_tj:
        sub.append(("applicant_not_tianjin", "E-tianjin"))
    if len(cust) < 8:
        sub.append(("customer_count_below_threshold", "S-customers"))
    if total < Decimal("25000000"):
        sub.append(("total_below_threshold", "S-total"))
    if len(sme) < 5:
        sub.append(("sme_count_below_threshold", "S-sme"))
    if n_std < 3:
        sub.append(("standards_below_threshold", "S-standards"))
    for kind, r in sub:
        gaps.append(dict(kind=kind, contract_no=None, customer=None, requirement=r))
        req[r] = "not_met"
    if any(g["requirement"] == "S-evidence" for g in gaps):
        req["S-evidence"] = "not_met"
    gate = all(req[k] == "met" for k in ["E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"])
    docs_out = []
    for d in sorted(docs, key=lambda x: x["path"]):
        e = {k: d[k] for k in ["path", "doc_type", "rendering", "contract_no", "sha256", "note", "fields"]}
        docs_out.append(e)
    return dict(
        phase="支持",
        applicant=dict(name=A["name"], uscc=A["uscc"], address=A["addr"]),
        award_tier_wan=tier(total) if gate else 0,
        accepted_total_yuan=ystr(total),
        requirements=req,
        gaps=gaps,
        verified_contracts=len(verified),
        verified_contract_nos=[K["no"] for _, K, _ in verified],
        verified_customer_count=len(cust),
        verified_sme_customer_count=len(sme),
        standards_with_document=n_std,
        contracts=contracts,
        standards=standards,
        documents=docs_out,
    )
