"""Check generated submissions:  python check.py DIR   (exit 0 only when everything holds)."""
import datetime as _dt
import hashlib
import json
import os
import re
import sys
from decimal import Decimal

import openpyxl

import rules

FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")
DOC_TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
RENDERINGS = {"text", "scan", "photo", "mixed", "corrupt"}
ALLOWED = {
    "contract": {"contract_no", "amount_yuan", "date", "customer"},
    "acceptance_report": {"contract_no", "amount_yuan", "date", "customer", "result"},
    "payment_proof": {"contract_no", "amount_yuan", "date", "payer", "payee"},
    "procurement_proof": {"contract_no", "amount_yuan", "date", "customer"},
    "standard_draft": {"title"},
    "other": set(),
}
GAP_KINDS = {"missing_acceptance_report", "missing_payment_proof", "missing_procurement_proof", "amount_mismatch",
             "date_out_of_period", "acceptance_not_passed", "party_mismatch", "duplicate_evidence", "invalid_uscc",
             "not_tianjin", "sme_misclassified", "unreadable_document", "missing_standard_document",
             "customer_count_below_threshold", "total_below_threshold", "sme_count_below_threshold",
             "standards_below_threshold", "applicant_not_tianjin"}


def cell_date(v):
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v).strip())
    if m:
        return _dt.date(*map(int, m.groups()))
    return _dt.date.fromisoformat(str(v).strip())


def cell_num(v):
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    return Decimal(str(v).replace(",", "").strip())


def read_workbook(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["申报单位"]
    app = {}
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row[0]:
            app[row[0]] = row[1]
    ws = wb["服务用户清单"]
    heads = [str(h).replace("(", "（").replace(")", "）") for h in next(ws.iter_rows(min_row=2, max_row=2, values_only=True))]
    rows = []
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            continue
        r = dict(zip(heads, row))
        rows.append({
            "seq": int(r["序号"]), "contract_no": r["合同编号"], "customer": r["用户名称"], "customer_uscc": r["统一社会信用代码"],
            "amount_yuan": str((cell_num(r["合同金额（万元）"]) * 10000).quantize(Decimal("0.01"))),
            "sign_date": cell_date(r["签订日期"]).isoformat(), "accept_date": cell_date(r["验收日期"]).isoformat(),
            "sme_declared": r["是否中小企业"] == "是", "employees": int(r["从业人员"]),
            "revenue_wan": cell_num(r["营业收入（万元）"]), "tianjin_declared": r["是否天津企业"] == "是"})
    ws = wb["标准草案"]
    stds = []
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row[0] is not None:
            stds.append({"seq": int(row[0]), "name": row[1], "category": row[2], "stage": row[3]})
    return app, rows, stds


def _forms_date(iso):
    from util import d_cn, d_cn0, d_dot, d_hanzi, d_bill, d_slash
    d = _dt.date.fromisoformat(iso)
    return {iso, d_cn(d), d_cn0(d), d_dot(d), d_hanzi(d), d_bill(d), d_slash(d), d.strftime("%Y%m%d")}


def _forms_amount(a):
    from util import daxie, fmt_money, wan_str
    return {fmt_money(a), daxie(a), wan_str(a) + "万元"}


def text_layer_check(path, d):
    """For text-layer PDFs: every non-null field must be findable in the extracted text (whitespace removed)."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    txt = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    txt = re.sub(r"\s+", "", txt)
    miss = []
    f = d["fields"]
    for k in ("contract_no", "customer", "payer", "payee", "title"):
        if f[k] is not None and re.sub(r"\s+", "", f[k]) not in txt:
            miss.append(k)
    if f["amount_yuan"] is not None and not any(x in txt for x in _forms_amount(f["amount_yuan"])):
        miss.append("amount_yuan")
    if f["date"] is not None and not any(x in txt for x in _forms_date(f["date"])):
        miss.append("date")
    if f["result"] == "passed" and not re.search("通过|合格", txt):
        miss.append("result")
    return miss


def check_submission(root):
    errs = []
    E = errs.append
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, "submission")
    for k in ("applicant", "award_tier_wan", "accepted_total_yuan", "requirements", "gaps", "verified_contracts",
              "verified_customer_count", "verified_sme_customer_count", "standards_with_document", "contracts",
              "standards", "documents"):
        if k not in t:
            E(f"missing key {k}")
    # ---------------------------------------------------------------- files and hashes
    on_disk = set()
    for dp, dn, fn in os.walk(sub):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                on_disk.add(rel)
    listed = [d["path"] for d in t["documents"]]
    if len(listed) != len(set(listed)):
        E("a path is listed twice")
    if set(listed) != on_disk:
        E(f"listed vs disk differ: missing {sorted(on_disk - set(listed))} extra {sorted(set(listed) - on_disk)}")
    declared_nos = {c["contract_no"] for c in t["contracts"]}
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if os.path.exists(p):
            h = hashlib.sha256(open(p, "rb").read()).hexdigest()
            if h != d["sha256"]:
                E(f"sha256 mismatch {d['path']}")
        if d["doc_type"] not in DOC_TYPES:
            E(f"bad doc_type {d['path']}")
        if d["rendering"] not in RENDERINGS:
            E(f"bad rendering {d['path']}")
        if set(d["fields"].keys()) != set(FIELDS):
            E(f"field keys {d['path']}: {sorted(d['fields'])}")
            continue
        for k, v in d["fields"].items():
            if v is not None and k not in ALLOWED[d["doc_type"]]:
                E(f"{d['path']}: field {k} set on a {d['doc_type']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            E(f"other not all-null {d['path']}")
        if d["contract_no"] is not None and d["contract_no"] not in declared_nos:
            E(f"{d['path']}: contract_no {d['contract_no']} not declared")
        a = d["fields"]["amount_yuan"]
        if a is not None and not re.fullmatch(r"\d+\.\d\d", a):
            E(f"{d['path']}: amount format {a}")
        dt = d["fields"]["date"]
        if dt is not None:
            try:
                _dt.date.fromisoformat(dt)
            except ValueError:
                E(f"{d['path']}: date {dt}")
        if d["fields"]["result"] not in (None, "passed", "failed"):
            E(f"{d['path']}: result")
        if d["doc_type"] == "other" and d["contract_no"] is not None:
            E(f"{d['path']}: other with contract_no")
        if not d.get("note"):
            E(f"{d['path']}: no note")
        if d["rendering"] == "text" and os.path.exists(p):
            miss = text_layer_check(p, d)
            if miss:
                E(f"{d['path']}: truth fields not found in its text layer: {miss}")
    # ---------------------------------------------------------------- workbook
    app, rows, stds = read_workbook(os.path.join(sub, "申报信息.xlsx"))
    if (app.get("单位名称"), app.get("统一社会信用代码"), app.get("注册地址")) != (
            t["applicant"]["name"], t["applicant"]["uscc"], t["applicant"]["address"]):
        E("applicant differs from workbook")
    key = lambda r: (r["seq"], r["contract_no"], r["customer"], r["customer_uscc"], r["amount_yuan"])
    if [key(r) for r in rows] != [key(c) for c in t["contracts"]]:
        E("workbook rows differ from truth contracts")
    if [(s["seq"], s["name"], s["category"], s["stage"]) for s in stds] != [
            (s["seq"], s["name"], s["category"], s["stage"]) for s in t["standards"]]:
        E("workbook standards differ")
    # ---------------------------------------------------------------- rules re-derived
    d = rules.derive(t["applicant"], rows, stds, t["documents"])
    if d["gaps"] != t["gaps"]:
        E(f"gaps differ:\n  derived {d['gaps']}\n  truth   {t['gaps']}")
    for k in ("requirements", "award_tier_wan", "accepted_total_yuan", "verified_contracts", "verified_customer_count",
              "verified_sme_customer_count", "standards_with_document"):
        if d[k] != t[k]:
            E(f"{k}: derived {d[k]} truth {t[k]}")
    for s in t["standards"]:
        if s["has_document"] != d["has_document"][s["name"]]:
            E(f"standard has_document {s['name']}")
    for g in t["gaps"]:
        if g["kind"] not in GAP_KINDS:
            E(f"unknown gap kind {g['kind']}")
        for k in ("kind", "contract_no", "customer", "requirement"):
            if k not in g:
                E(f"gap without {k}")
    # planted labels must be exactly the contract-level gaps
    for c in t["contracts"]:
        kinds = sorted(g["kind"] for g in t["gaps"] if g["contract_no"] == c["contract_no"])
        if kinds != sorted(c["planted"]):
            E(f"{c['contract_no']}: planted {c['planted']} but gaps {kinds}")
    return errs


def main():
    root = sys.argv[1]
    bad = 0
    subs = sorted(n for n in os.listdir(root) if os.path.exists(os.path.join(root, n, "ground_truth.json")))
    if not subs:
        print("no submissions found")
        return 1
    for n in subs:
        errs = check_submission(os.path.join(root, n))
        t = json.load(open(os.path.join(root, n, "ground_truth.json"), encoding="utf-8"))
        print(f"{n}: {len(t['documents'])} documents, tier {t['award_tier_wan']}, total {t['accepted_total_yuan']}, "
              f"{len(t['gaps'])} gaps -> {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print(f"{len(subs) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
