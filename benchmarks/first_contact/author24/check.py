"""Verify that truth, workbook and documents agree; re-derive every gap/count/verdict. Exit 0 when consistent."""
import datetime, hashlib, io, json, os, sys
from decimal import Decimal
import openpyxl
from PIL import Image
import rules
from util import uscc_valid

F8 = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
KINDS = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
errors = []


def err(s, msg):
    errors.append(f"{s}: {msg}")


def cell_date(v):
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.strftime("%Y-%m-%d")
    s = str(v)
    y, rest = s.split("年"); m, rest = rest.split("月"); d = rest.rstrip("日")
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def check_sub(root):
    s = os.path.basename(root)
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, "submission")
    files = set()
    for dp, _, fns in os.walk(sub):
        for fn in fns:
            files.add(os.path.relpath(os.path.join(dp, fn), sub).replace(os.sep, "/"))
    files.discard("申报信息.xlsx")
    listed = {d["path"] for d in t["documents"]}
    if files != listed:
        err(s, f"files vs truth differ: {sorted(files ^ listed)}")
    cnos = {c["contract_no"] for c in t["contracts"]}
    if len(cnos) != len(t["contracts"]):
        err(s, "duplicate contract numbers")
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if not os.path.exists(p):
            continue
        data = open(p, "rb").read()
        if hashlib.sha256(data).hexdigest() != d["sha256"]:
            err(s, f"sha mismatch {d['path']}")
        if set(d["fields"]) != set(F8):
            err(s, f"field keys {d['path']}")
        if d["doc_type"] not in KINDS:
            err(s, f"kind {d['path']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            err(s, f"other with fields {d['path']}")
        if d["contract_no"] is not None and d["contract_no"] not in cnos:
            err(s, f"unknown contract {d['path']}")
        if d["rendering"] == "corrupt":
            if d["contract_no"] is not None:
                err(s, "corrupt doc with contract")
            continue
        if d["rendering"] == "text":
            if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
                err(s, f"bad text pdf {d['path']}")
        elif d["path"].endswith(".pdf"):
            if not data.startswith(b"%PDF"):
                err(s, f"bad image pdf {d['path']}")
        else:
            try:
                Image.open(io.BytesIO(data)).verify()
            except Exception as e:
                err(s, f"bad image {d['path']}: {e}")
        f = d["fields"]
        for k in ("amount_yuan",):
            if f[k] is not None and (Decimal(f[k]).quantize(Decimal("0.01")) != Decimal(f[k]) or "." not in f[k] or len(f[k].split(".")[1]) != 2):
                err(s, f"amount format {d['path']}")
        if f["date"] is not None:
            datetime.date.fromisoformat(f["date"])
        if d["doc_type"] == "payment_proof" and f["contract_no"] and f["contract_no"] != d["contract_no"]:
            err(s, f"memo cites another contract {d['path']}")
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    ws = wb["申报单位"]
    kv = {r[0]: r[1] for r in ws.iter_rows(min_row=3, values_only=True)}
    if kv.get("单位名称") != t["applicant"]["name"] or kv.get("统一社会信用代码") != t["applicant"]["uscc"] or kv.get("注册地址") != t["applicant"]["address"]:
        err(s, "applicant sheet")
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    rows = [dict(zip(hdr, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    amt_key = "合同金额(万元)" if "合同金额(万元)" in hdr else "合同金额（万元）"
    rev_key = "营业收入（万元）" if "营业收入（万元）" in hdr else "营业收入(万元)"
    if len(rows) != len(t["contracts"]):
        err(s, "row count")
    text_dates = 0
    for r, c in zip(rows, t["contracts"]):
        a = Decimal(str(r[amt_key]).replace(",", "")) * 10000
        if a.quantize(Decimal("0.01")) != Decimal(c["amount_yuan"]):
            err(s, f"amount row {c['seq']}: {a} vs {c['amount_yuan']}")
        if (r["用户名称"], r["统一社会信用代码"], r["合同编号"]) != (c["customer"], c["customer_uscc"], c["contract_no"]):
            err(s, f"row ids {c['seq']}")
        if cell_date(r["签订日期"]) != c["sign_date"] or cell_date(r["验收日期"]) != c["acceptance_date"]:
            err(s, f"row dates {c['seq']}")
        text_dates += isinstance(r["验收日期"], str)
        if (r["是否中小企业"] == "是") != c["sme_declared"] or (r["是否天津企业"] == "是") != c["tianjin_declared"]:
            err(s, f"row flags {c['seq']}")
        if int(r["从业人员"]) != c["employees"] or Decimal(str(r[rev_key]).replace(",", "")) != Decimal(str(c["revenue_wan"])):
            err(s, f"row size {c['seq']}")
    if not text_dates:
        err(s, "no text dates in workbook")
    ws = wb["标准草案"]
    srows = [r for r in ws.iter_rows(min_row=3, values_only=True)]
    if [r[1] for r in srows] != [x["name"] for x in t["standards"]]:
        err(s, "standards sheet")
    # standards drafts present iff uploaded
    titles = {d["fields"]["title"] for d in t["documents"] if d["doc_type"] == "standard_draft"}
    for x in t["standards"]:
        if x["uploaded"] != (x["name"] in titles):
            err(s, f"standard upload flag {x['name']}")
    # planted labels vs gaps
    for c in t["contracts"]:
        got = {g["kind"] for g in t["gaps"] if g["contract_no"] == c["contract_no"]}
        if set(c["planted"]) != got:
            err(s, f"planted {c['contract_no']} {c['planted']} vs gaps {sorted(got)}")
    # re-derive
    res = rules.compute(t["applicant"], t["contracts"], t["standards"], t["documents"])
    for k, v in res.items():
        if t[k] != v:
            err(s, f"re-derived {k}: {v} != {t[k]}")
    # independent recount of the headline numbers
    ver = [c for c in t["contracts"] if c["contract_no"] in t["verified_contracts"]]
    tot = sum(Decimal(c["amount_yuan"]) for c in ver)
    if f"{tot:.2f}" != t["accepted_total_yuan"]:
        err(s, "total")
    for c in t["contracts"]:
        if uscc_valid(c["customer_uscc"]) == any(g["kind"] == "invalid_uscc" and g["contract_no"] == c["contract_no"] for g in t["gaps"]):
            err(s, f"uscc validity {c['contract_no']}")
    return t


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    n = 0
    for name in sorted(os.listdir(base)):
        if os.path.exists(os.path.join(base, name, "ground_truth.json")):
            t = check_sub(os.path.join(base, name))
            n += len(t["documents"])
            print(f"{name}: {len(t['documents'])} docs, tier {t['award_tier_wan']}, total {t['accepted_total_yuan']}, gaps {len(t['gaps'])}")
    if not 180 <= n <= 260:
        errors.append(f"total documents {n} outside 180-260")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
