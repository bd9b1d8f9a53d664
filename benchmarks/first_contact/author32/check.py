"""Verify that truth, workbook and documents agree; re-derive every gap, count and verdict. Exit 0 when consistent."""
import datetime as dt, hashlib, json, os, re, sys
from decimal import Decimal
import openpyxl
import rules
from util import uscc_valid

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
RENDS = {"text", "scan", "photo", "mixed", "corrupt"}


def cell_date(v):
    if isinstance(v, (dt.datetime, dt.date)):
        return (v.date() if isinstance(v, dt.datetime) else v).isoformat()
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v))
    return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()


def cell_num(v):
    return Decimal(str(v).replace(",", ""))


def check(sub_dir, errs):
    name = os.path.basename(sub_dir)
    e = lambda msg: errs.append(f"{name}: {msg}")
    t = json.load(open(os.path.join(sub_dir, "ground_truth.json"), encoding="utf-8"))
    root = os.path.join(sub_dir, "submission")
    files = set()
    for dp, _, fs in os.walk(root):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), root).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                files.add(rel)
    paths = [d["path"] for d in t["documents"]]
    if len(paths) != len(set(paths)):
        e("duplicate paths in truth")
    if set(paths) != files:
        e(f"files vs truth differ: {sorted(files ^ set(paths))[:5]}")
    nos = {c["contract_no"] for c in t["contracts"]}
    for d in t["documents"]:
        p = os.path.join(root, d["path"])
        if os.path.exists(p) and hashlib.sha256(open(p, "rb").read()).hexdigest() != d["sha256"]:
            e(f"sha mismatch {d['path']}")
        if sorted(d["fields"]) != sorted(KEYS):
            e(f"field keys {d['path']}")
        if d["doc_type"] not in TYPES or d["rendering"] not in RENDS:
            e(f"type/rendering {d['path']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            e(f"other with fields {d['path']}")
        if d["contract_no"] is not None and d["contract_no"] not in nos:
            e(f"unknown contract {d['path']}")
        f = d["fields"]
        if f["amount_yuan"] is not None and not re.fullmatch(r"\d+\.\d\d", f["amount_yuan"]):
            e(f"amount format {d['path']}")
        if f["date"] is not None:
            dt.date.fromisoformat(f["date"])
        if d["rendering"] != "text" and d["path"].endswith(".pdf") and d["rendering"] != "corrupt":
            head = open(p, "rb").read()
            if b"/Font" in head:
                e(f"image rendering has a text layer {d['path']}")
        if d["rendering"] == "text" and b"/Font" not in open(p, "rb").read():
            e(f"text rendering without fonts {d['path']}")
        # field values must be printed in text PDFs (reportlab writes text as hex glyph ids for TTF, so only check type-specific presence)
        if d["doc_type"] == "payment_proof" and (f["payer"] is None or f["payee"] is None or f["amount_yuan"] is None):
            e(f"payment without payer/payee/amount {d['path']}")
        if d["doc_type"] == "acceptance_report" and f["result"] not in ("passed", "failed"):
            e(f"acceptance without result {d['path']}")
    # workbook
    wb = openpyxl.load_workbook(os.path.join(root, "申报信息.xlsx"))
    info = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    a = t["applicant"]
    if (info["单位名称"], info["统一社会信用代码"], info["注册地址"]) != (a["name"], a["uscc"], a["address"]):
        e("applicant differs from workbook")
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    rows = [dict(zip(hdr, r)) for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if len(rows) != len(t["contracts"]):
        e("contract row count")
    amt_key = [h for h in hdr if h.startswith("合同金额")][0]
    rev_key = [h for h in hdr if h.startswith("营业收入")][0]
    for r, c in zip(rows, t["contracts"]):
        ok = (r["用户名称"] == c["customer"] and r["统一社会信用代码"] == c["customer_uscc"] and r["合同编号"] == c["contract_no"]
              and (cell_num(r[amt_key]) * 10000).quantize(Decimal("0.01")) == Decimal(c["amount_yuan"])
              and cell_date(r["验收日期"]) == c["acceptance_date"] and cell_date(r["签订日期"]) == c["sign_date"]
              and (r["是否中小企业"] == "是") == c["sme_declared"] and int(r["从业人员"]) == c["employees"]
              and cell_num(r[rev_key]) == c["revenue_wan"] and (r["是否天津企业"] == "是") == c["tianjin_declared"])
        if not ok:
            e(f"workbook row differs {c['contract_no']}")
    sw = wb["标准草案"]
    snames = [r[1] for r in sw.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if snames != [s["name"] for s in t["standards"]]:
        e("standards differ")
    # messy workbook as format.md asks
    texts = sum(1 for r in rows if isinstance(r["签订日期"], str))
    if not (len(rows) // 4 <= texts <= len(rows) // 2 + 1):
        e("text-date rows not about a third")
    if not any(isinstance(r[amt_key], str) for r in rows):
        e("no text amount row")
    # re-derive
    res = rules.derive(t["applicant"], t["contracts"], t["standards"], t["documents"])
    for k, v in res.items():
        if k == "gaps":
            key = lambda g: json.dumps(g, sort_keys=True, ensure_ascii=False)
            if sorted(map(key, v)) != sorted(map(key, t["gaps"])):
                e("gaps differ on re-derivation")
        elif t[k] != v:
            e(f"{k}: truth {t[k]} vs derived {v}")
    # independent spot checks of the rules
    for g in t["gaps"]:
        if g["kind"] == "invalid_uscc" and uscc_valid(next(c for c in t["contracts"] if c["contract_no"] == g["contract_no"])["customer_uscc"]):
            e("invalid_uscc on a valid code")
    return t


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    errs, n = [], 0
    subs = sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d)))
    for s in subs:
        t = check(os.path.join(base, s), errs)
        n += len(t["documents"])
        if s.endswith("clean") and (t["gaps"] or t["award_tier_wan"] not in (250, 500) or any(v != "met" for v in t["requirements"].values())):
            errs.append("clean submission is not clean")
        if s.endswith("tricky") and (t["verified_customer_count"], t["accepted_total_yuan"], t["verified_sme_customer_count"], t["standards_with_document"]) != (8, "25000000.00", 5, 3):
            errs.append("tricky submission is not exactly on the thresholds")
        if s.endswith("gaps") and not {"customer_count_below_threshold", "total_below_threshold"} <= {g["kind"] for g in t["gaps"]}:
            errs.append("gaps submission lacks count gaps")
    if not 180 <= n <= 260:
        errs.append(f"document total {n} outside 180-260")
    for x in errs:
        print("ERROR", x)
    print(f"{len(subs)} submissions, {n} documents, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
