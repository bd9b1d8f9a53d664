"""Self-check: truth, workbook and documents agree. usage: python check.py [data]  (exit 0 when consistent)"""
import datetime as dt
import json
import os
import sys
from decimal import Decimal

import openpyxl
import pypdfium2 as pdfium

from common import derive_truth, sha256, daxie, fmt_money, uscc_valid
from genres import cn_date, cn_upper_date

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def norm_date(v):
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    v = str(v).strip()
    if "年" in v:
        y, rest = v.split("年")
        m, rest = rest.split("月")
        d = rest.rstrip("日")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    return v[:10]


def read_wb(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    rows = []
    for r in ws.iter_rows(min_row=3, values_only=True):
        if r[0] is None:
            continue
        d = dict(zip(hdr, r))
        amt_key = [k for k in hdr if k.startswith("合同金额")][0]
        rev_key = [k for k in hdr if k.startswith("营业收入")][0]
        amt = Decimal(str(d[amt_key]).replace(",", "")) * 10000
        rows.append(dict(seq=d["序号"], customer=d["用户名称"], customer_uscc=d["统一社会信用代码"], contract_no=d["合同编号"],
                         amount_yuan=f"{amt.quantize(Decimal('0.01'))}", sign_date=norm_date(d["签订日期"]),
                         acceptance_date=norm_date(d["验收日期"]), sme=d["是否中小企业"], employees=int(d["从业人员"]),
                         revenue_wan=int(str(d[rev_key]).replace(",", "")), tianjin=d["是否天津企业"]))
    app = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    stds = [r[1] for r in wb["标准草案"].iter_rows(min_row=3, values_only=True) if r[0] is not None]
    return rows, app, stds


def text_of(path):
    d = pdfium.PdfDocument(path)
    t = "".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    d.close()
    return t.replace(" ", "").replace("\r", "").replace("\n", "")


def check_sub(root):
    gt = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, "submission")
    files = set()
    for dp, _, fns in os.walk(sub):
        for fn in fns:
            files.add(os.path.relpath(os.path.join(dp, fn), sub).replace(os.sep, "/"))
    files.discard("申报信息.xlsx")
    docpaths = {d["path"] for d in gt["documents"]}
    if files != docpaths:
        err(root, "file set differs", files ^ docpaths)
    rows, app, stds = read_wb(os.path.join(sub, "申报信息.xlsx"))
    if app["单位名称"] != gt["applicant"]["name"] or app["统一社会信用代码"] != gt["applicant"]["uscc"]:
        err(root, "applicant differs")
    for r, c in zip(rows, gt["contracts"]):
        for k in ["contract_no", "customer", "customer_uscc", "amount_yuan"]:
            if r[k] != c[k]:
                err(root, "workbook/truth", k, r[k], c[k])
    if len(rows) != len(gt["contracts"]):
        err(root, "row count")
    if stds != [s["name"] for s in gt["standards"]]:
        err(root, "standards differ")
    # documents vs truth
    for d in gt["documents"]:
        p = os.path.join(sub, d["path"])
        if sha256(p) != d["sha256"]:
            err(root, d["path"], "sha256")
        if sorted(d["fields"]) != sorted(KEYS):
            err(root, d["path"], "field keys")
        if d["rendering"] != "text" or not p.endswith(".pdf"):
            continue
        t = text_of(p)
        f = d["fields"]
        for k in ["contract_no", "customer", "payer", "payee", "title"]:
            if f[k] and f[k].replace(" ", "") not in t:
                err(root, d["path"], k, f[k], "not in text layer")
        if f["amount_yuan"]:
            a = f["amount_yuan"]
            if fmt_money(a) not in t and daxie(a) not in t:
                err(root, d["path"], "amount", a, "not in text")
        if f["date"]:
            s = f["date"]
            forms = [s, cn_date(s), s.replace("-", ""), s.replace("-", "/"), cn_upper_date(s), s.replace("-", ".")]
            if not any(x in t for x in forms):
                err(root, d["path"], "date", s, "not in text")
    # rule engine re-run from the workbook + documents
    wbc = []
    for r in rows:
        c = dict(r)
        addr_tj = r["tianjin"]
        c["address"] = "天津市" if r["customer_uscc"][2:4] == "12" else "外地"
        wbc.append(c)
    stdl = [dict(name=s["name"], uploaded=s["uploaded"]) for s in gt["standards"]]
    up = {d["fields"]["title"] for d in gt["documents"] if d["doc_type"] == "standard_draft"}
    for s in stdl:
        if s["uploaded"] != (s["name"] in up):
            err(root, "standard upload flag", s["name"])
    tr = derive_truth(dict(name=app["单位名称"], uscc=app["统一社会信用代码"], address=app["注册地址"]), wbc, stdl, gt["documents"])
    for k, v in tr.items():
        if gt[k] != v:
            err(root, "derived", k, v, "!=", gt[k])
    return gt


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    for n in sorted(os.listdir(base)):
        gt = check_sub(os.path.join(base, n))
        print(n, "docs", len(gt["documents"]), "tier", gt["award_tier_wan"], "gaps", len(gt["gaps"]))
    if errors:
        print("\n".join(errors[:80]))
        print(len(errors), "problems")
        sys.exit(1)
    print("consistent")


if __name__ == "__main__":
    main()
