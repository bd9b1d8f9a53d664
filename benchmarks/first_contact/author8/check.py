#!/usr/bin/env python3
"""author8 self-check: truth, workbook and documents agree.

`derive()` applies the rules of format.md (support cycle 2023) to the declared rows and to the
fields recorded for each document; generate.py uses it to write the truth and asserts that the
result equals what it planted.  `python check.py data` re-reads every submission: sha256 of each
file, workbook rows vs truth, key strings present in the text layer of text PDFs, and re-derives
gaps / requirements / tier from the truth's own documents.  Exit 0 when everything agrees.
"""
import hashlib, json, os, re, sys
from decimal import Decimal

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
PERIOD = ("2023-01-01", "2023-12-31")


def uscc_valid(code):
    if not code or len(code) != 18 or any(ch not in CHARSET for ch in code):
        return False
    s = sum(CHARSET.index(ch) * w for ch, w in zip(code[:17], WEIGHTS))
    return CHARSET[(31 - s % 31) % 31] == code[17]


def is_large(staff, revenue_wan):
    return staff >= 1000 and Decimal(str(revenue_wan)) >= Decimal("40000")


def is_tianjin(code, address):
    return code[2:4] == "12" and (address or "").startswith("天津市")


def off(a, b):
    a, b = Decimal(a), Decimal(b)
    return abs(a - b) > b * Decimal("0.005")


def derive(applicant, rows, standards, documents):
    """rows: declared contracts (contract_no, customer, customer_uscc, customer_address,
    amount_yuan, acceptance_date, sme_declared, staff, revenue_wan, tianjin_declared)."""
    gaps = []
    verified = []
    for r in rows:
        no, cust = r["contract_no"], r["customer"]
        g = []
        docs = [d for d in documents if d["contract_no"] == no and d["rendering"] != "corrupt"]
        by = {}
        for d in docs:
            by.setdefault(d["doc_type"], []).append(d)
        if not uscc_valid(r["customer_uscc"]):
            g.append("invalid_uscc")
        if r["tianjin_declared"] == "是" and not is_tianjin(r["customer_uscc"], r["customer_address"]):
            g.append("not_tianjin")
        acc, pay, proc, con = (by.get(k, []) for k in
                               ("acceptance_report", "payment_proof", "procurement_proof", "contract"))
        if not acc:
            g.append("missing_acceptance_report")
        if not pay:
            g.append("missing_payment_proof")
        if not proc:
            g.append("missing_procurement_proof")
        mism = any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], r["amount_yuan"])
                   for d in con + proc + acc)
        if pay and all(d["fields"]["amount_yuan"] for d in pay):
            tot = sum(Decimal(d["fields"]["amount_yuan"]) for d in pay)
            mism = mism or off(tot, r["amount_yuan"])
        if mism:
            g.append("amount_mismatch")
        dates = [d["fields"]["date"] for d in acc if d["fields"]["date"]] if acc else [r["acceptance_date"]]
        if any(not (PERIOD[0] <= x <= PERIOD[1]) for x in dates):
            g.append("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in acc):
            g.append("acceptance_not_passed")
        party = any(d["fields"]["payer"] and d["fields"]["payer"] != cust for d in pay) \
            or any(d["fields"]["payee"] and d["fields"]["payee"] != applicant["name"] for d in pay) \
            or any(d["fields"]["customer"] and d["fields"]["customer"] != cust for d in acc + con)
        if party:
            g.append("party_mismatch")
        shas = [d["sha256"] for d in docs]
        if len(shas) != len(set(shas)):
            g.append("duplicate_evidence")
        large = is_large(r["staff"], r["revenue_wan"])
        if (r["sme_declared"] == "是") == large:
            g.append("sme_misclassified")
        for k in g:
            gaps.append({"kind": k, "contract_no": no, "customer": cust,
                         "requirement": "S-sme" if k == "sme_misclassified" else "S-evidence"})
        if not [k for k in g if k != "sme_misclassified"]:
            verified.append(r)
    for d in documents:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None,
                         "requirement": "S-evidence", "file": d["path"]})
    titles = {d["fields"]["title"] for d in documents if d["doc_type"] == "standard_draft"}
    with_doc = 0
    for s in standards:
        if s["name"] in titles:
            with_doc += 1
        else:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None,
                         "requirement": "S-standards", "standard": s["name"]})
    total = sum(Decimal(r["amount_yuan"]) for r in verified)
    custs = {r["customer"] for r in verified}
    smes = {r["customer"] for r in verified if not is_large(r["staff"], r["revenue_wan"])}
    sub = []
    if not is_tianjin(applicant["uscc"], applicant["address"]):
        sub.append(("applicant_not_tianjin", "E-tianjin"))
    if len(custs) < 8:
        sub.append(("customer_count_below_threshold", "S-customers"))
    if total < Decimal("25000000"):
        sub.append(("total_below_threshold", "S-total"))
    if len(smes) < 5:
        sub.append(("sme_count_below_threshold", "S-sme"))
    if with_doc < 3:
        sub.append(("standards_below_threshold", "S-standards"))
    for k, req in sub:
        gaps.append({"kind": k, "contract_no": None, "customer": None, "requirement": req})
    req = {k: "met" for k in ("E-tianjin", "S-customers", "S-total", "S-evidence", "S-standards", "S-sme")}
    for k, rq in sub:
        req[rq] = "not_met"
    if any(g["requirement"] == "S-evidence" for g in gaps):
        req["S-evidence"] = "not_met"
    if total > Decimal("100000000"):
        tier = 1000
    elif total >= Decimal("75000000"):
        tier = 750
    elif total >= Decimal("50000000"):
        tier = 500
    elif total >= Decimal("25000000"):
        tier = 250
    else:
        tier = 0
    if any(req[k] == "not_met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards")):
        tier = 0
    return {"award_tier_wan": tier, "accepted_total_yuan": f"{total:.2f}", "requirements": req,
            "gaps": gaps, "verified_contracts": len(verified), "verified_customer_count": len(custs),
            "verified_sme_customer_count": len(smes), "standards_with_document": with_doc}


def _wan_to_yuan(v):
    s = str(v).replace(",", "").strip()
    return f"{Decimal(s) * 10000:.2f}"


def _date(v):
    if hasattr(v, "strftime"):
        return v.strftime("%Y-%m-%d")
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v))
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"


def check_submission(base):
    errs = []
    truth = json.load(open(os.path.join(base, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(base, "submission")
    # 1. files on disk == documents listed, sha256 agree
    on_disk = set()
    for root, _, files in os.walk(sub):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), sub).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                on_disk.add(rel)
    listed = {d["path"] for d in truth["documents"]}
    if on_disk != listed:
        errs.append(f"files vs documents differ: {sorted(on_disk ^ listed)}")
    for d in truth["documents"]:
        p = os.path.join(sub, d["path"])
        if os.path.exists(p):
            h = hashlib.sha256(open(p, "rb").read()).hexdigest()
            if h != d["sha256"]:
                errs.append(f"sha mismatch {d['path']}")
        if set(d["fields"]) != {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}:
            errs.append(f"field keys {d['path']}")
    # 2. workbook vs truth
    import openpyxl
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    ws = wb["服务用户清单"]
    hdr = [str(c.value) for c in ws[2]]
    col = {h.replace("(", "（").replace(")", "）"): i for i, h in enumerate(hdr)}
    wrows = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    tc = {c["contract_no"]: c for c in truth["contracts"]}
    if len(wrows) != len(tc):
        errs.append("row count differs")
    for r in wrows:
        c = tc.get(r[col["合同编号"]])
        if not c:
            errs.append(f"workbook contract {r[col['合同编号']]} not in truth")
            continue
        if c["customer"] != r[col["用户名称"]] or c["customer_uscc"] != r[col["统一社会信用代码"]]:
            errs.append(f"customer differs {c['contract_no']}")
        if _wan_to_yuan(r[col["合同金额（万元）"]]) != c["amount_yuan"]:
            errs.append(f"amount differs {c['contract_no']}")
        if _date(r[col["验收日期"]]) != c["acceptance_date"]:
            errs.append(f"acceptance date differs {c['contract_no']}")
        if str(r[col["是否中小企业"]]) != c["sme_declared"] or int(r[col["从业人员"]]) != c["staff"] \
                or _wan_to_yuan(r[col["营业收入（万元）"]]) != _wan_to_yuan(c["revenue_wan"]) \
                or r[col["是否天津企业"]] != c["tianjin_declared"]:
            errs.append(f"sme/tianjin columns differ {c['contract_no']}")
    ws = wb["申报单位"]
    kv = {r[0]: r[1] for r in ws.iter_rows(min_row=3, values_only=True)}
    a = truth["applicant"]
    if (kv.get("单位名称"), kv.get("统一社会信用代码"), kv.get("注册地址")) != (a["name"], a["uscc"], a["address"]):
        errs.append("applicant differs")
    ws = wb["标准草案"]
    names = [r[1] for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if names != [s["name"] for s in truth["standards"]]:
        errs.append("standards differ")
    # 3. text layer carries the recorded values
    try:
        import pypdfium2 as pdfium
    except ImportError:
        pdfium = None
    if pdfium:
        for d in truth["documents"]:
            if d["rendering"] != "text" or not d["path"].endswith(".pdf"):
                continue
            pdf = pdfium.PdfDocument(os.path.join(sub, d["path"]))
            txt = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
            txt = re.sub(r"\s+", "", txt)
            f = d["fields"]
            for k in ("contract_no", "customer", "payer", "payee", "title"):
                if f[k] and f[k] not in txt:
                    errs.append(f"{d['path']}: {k}={f[k]} not in text layer")
            if f["amount_yuan"]:
                v = Decimal(f["amount_yuan"])
                forms = {f"{v:,.2f}", f"{v:.2f}", f"{v / 10000:f}".rstrip("0").rstrip(".") + "万元"}
                if not any(x in txt for x in forms):
                    errs.append(f"{d['path']}: amount {v} not in text layer")
    # 4. re-derive
    rows = truth["contracts"]
    got = derive(truth["applicant"], rows, truth["standards"], truth["documents"])
    for k in ("award_tier_wan", "accepted_total_yuan", "requirements", "gaps", "verified_contracts",
              "verified_customer_count", "verified_sme_customer_count", "standards_with_document"):
        if got[k] != truth[k]:
            errs.append(f"derived {k} differs: {got[k]} vs {truth[k]}")
    for s in truth["standards"]:
        if s["document_uploaded"] != any(d["doc_type"] == "standard_draft" and d["fields"]["title"] == s["name"]
                                         for d in truth["documents"]):
            errs.append(f"standard flag {s['name']}")
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    bad = 0
    for name in sorted(os.listdir(root)):
        base = os.path.join(root, name)
        if not os.path.isfile(os.path.join(base, "ground_truth.json")):
            continue
        errs = check_submission(base)
        t = json.load(open(os.path.join(base, "ground_truth.json"), encoding="utf-8"))
        print(f"{name}: {len(t['documents'])} docs, tier {t['award_tier_wan']}, "
              f"{len(t['gaps'])} gaps -> {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
