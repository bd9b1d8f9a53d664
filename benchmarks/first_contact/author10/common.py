"""Shared helpers for author10's generator and self-check (no product code used)."""
import hashlib
from decimal import Decimal, ROUND_HALF_UP

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, prefix="91"):
    pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "".join(rng.choice(pool) for _ in range(8))
        oc = org_check(body)
        if oc in USCC_CHARS:
            break
    first = prefix + region + body + oc
    return first + uscc_check(first)


def break_uscc(code):
    # change the check digit so the GB 32100 checksum fails
    last = code[-1]
    i = USCC_CHARS.index(last)
    return code[:-1] + USCC_CHARS[(i + 7) % 31]


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount):
    amount = Decimal(amount).quantize(Decimal("0.01"), ROUND_HALF_UP)
    fen_total = int(amount * 100)
    yuan, jf = divmod(fen_total, 100)
    jiao, fen = divmod(jf, 10)
    small = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿", "万"]
    digits = [int(x) for x in str(yuan)]
    n = len(digits)
    res = ""
    zero = False
    for i, d in enumerate(digits):
        p = n - 1 - i
        if d == 0:
            zero = True
            if p % 4 == 0 and p > 0:
                grp = digits[max(0, i - 3):i + 1]
                if any(grp):
                    res += big[p // 4]
        else:
            if zero and res:
                res += "零"
            zero = False
            res += DIG[d] + small[p % 4]
            if p % 4 == 0 and p > 0:
                res += big[p // 4]
    if not res:
        res = "零"
    s = res + "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif yuan:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    else:
        s += "整"
    return s


def fmt_money(amount):
    a = Decimal(amount).quantize(Decimal("0.01"))
    return f"{a:,.2f}"


def y2(amount):
    return str(Decimal(amount).quantize(Decimal("0.01")))


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def is_large(emp, rev_wan):
    # 2017 划型标准 as the format states: large = 从业人员 >= 1000 and 营业收入 >= 40000 万元
    return emp >= 1000 and rev_wan >= 40000


def tier(total_yuan):
    t = Decimal(total_yuan)
    if t > Decimal("100000000"):
        return 1000
    if t >= Decimal("75000000"):
        return 750
    if t >= Decimal("50000000"):
        return 500
    if t >= Decimal("25000000"):
        return 250
    return 0


def off_by_more(a, declared, pct=Decimal("0.005")):
    a = Decimal(a)
    d = Decimal(declared)
    return abs(a - d) > d * pct


def derive_truth(applicant, contracts, standards, documents):
    """Own rule engine (from format.md): gaps, verification, requirement statuses, tier.
    contracts: list of dicts with declared data; documents: list with doc_type/fields/contract_no/sha256/rendering."""
    gaps = []
    by_c = {}
    for d in documents:
        if d["contract_no"]:
            by_c.setdefault(d["contract_no"], []).append(d)
    sha_count = {}
    for d in documents:
        sha_count.setdefault(d["sha256"], []).append(d)
    for c in contracts:
        no, cust = c["contract_no"], c["customer"]
        docs = by_c.get(no, [])
        kinds = {}
        for d in docs:
            kinds.setdefault(d["doc_type"], []).append(d)
        cg = []
        def add(kind, req="S-evidence"):
            if not any(g["kind"] == kind for g in cg):
                cg.append({"kind": kind, "contract_no": no, "customer": cust, "requirement": req})
        acc = kinds.get("acceptance_report", [])
        pay = kinds.get("payment_proof", [])
        pro = kinds.get("procurement_proof", [])
        con = kinds.get("contract", [])
        if not acc:
            add("missing_acceptance_report")
        if not pay:
            add("missing_payment_proof")
        if not pro:
            add("missing_procurement_proof")
        decl = Decimal(c["amount_yuan"])
        for d in con + pro + acc:
            a = d["fields"]["amount_yuan"]
            if a is not None and off_by_more(a, decl):
                add("amount_mismatch")
        # duplicates: count each distinct file once for sums
        seen = set()
        psum = Decimal(0)
        for d in pay:
            if d["sha256"] in seen:
                continue
            seen.add(d["sha256"])
            psum += Decimal(d["fields"]["amount_yuan"])
        if pay and off_by_more(psum, decl):
            add("amount_mismatch")
        if acc:
            for d in acc:
                dt = d["fields"]["date"]
                if dt and not ("2023-01-01" <= dt <= "2023-12-31"):
                    add("date_out_of_period")
                if d["fields"]["result"] == "failed":
                    add("acceptance_not_passed")
        else:
            if not ("2023-01-01" <= c["acceptance_date"] <= "2023-12-31"):
                add("date_out_of_period")
        for d in pay:
            f = d["fields"]
            if f["payer"] != cust or f["payee"] != applicant["name"]:
                add("party_mismatch")
        for d in acc + con:
            if d["fields"]["customer"] is not None and d["fields"]["customer"] != cust:
                add("party_mismatch")
        for d in docs:
            if len(sha_count[d["sha256"]]) > 1:
                add("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            add("invalid_uscc")
        if c["tianjin"] == "是" and (not c["customer_uscc"][2:4] == "12" or not c["address"].startswith("天津市")):
            add("not_tianjin")
        large = is_large(c["employees"], c["revenue_wan"])
        if (c["sme"] == "是") == large:
            add("sme_misclassified", "S-sme")
        c["_gaps"] = cg
        gaps += cg
    for d in documents:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None,
                         "requirement": "S-evidence", "file": d["path"]})
    verified = [c for c in contracts if all(g["kind"] == "sme_misclassified" for g in c["_gaps"])]
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    custs = {c["customer"] for c in verified}
    smes = {c["customer"] for c in verified if not is_large(c["employees"], c["revenue_wan"])}
    std_ok = [s for s in standards if s["uploaded"]]
    for s in standards:
        if not s["uploaded"]:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None,
                         "requirement": "S-standards", "standard": s["name"]})
    req = {"E-tianjin": "met", "S-customers": "met", "S-total": "met", "S-evidence": "met",
           "S-standards": "met", "S-sme": "met"}
    sub = lambda k, r: gaps.append({"kind": k, "contract_no": None, "customer": None, "requirement": r})
    if not (applicant["uscc"][2:4] == "12" and applicant["address"].startswith("天津市")):
        sub("applicant_not_tianjin", "E-tianjin"); req["E-tianjin"] = "not_met"
    if len(custs) < 8:
        sub("customer_count_below_threshold", "S-customers"); req["S-customers"] = "not_met"
    if total < Decimal("25000000"):
        sub("total_below_threshold", "S-total"); req["S-total"] = "not_met"
    if len(smes) < 5:
        sub("sme_count_below_threshold", "S-sme"); req["S-sme"] = "not_met"
    if len(std_ok) < 3:
        sub("standards_below_threshold", "S-standards"); req["S-standards"] = "not_met"
    if any(g["requirement"] == "S-evidence" for g in gaps):
        req["S-evidence"] = "not_met"
    gate = all(req[k] == "met" for k in ["E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"])
    t = tier(total) if gate else 0
    for c in contracts:
        c.pop("_gaps", None)
    return {
        "award_tier_wan": t,
        "accepted_total_yuan": y2(total),
        "requirements": req,
        "gaps": gaps,
        "verified_contracts": [c["contract_no"] for c in verified],
        "verified_customer_count": len(custs),
        "verified_sme_customer_count": len(smes),
        "standards_with_document": len(std_ok),
    }
