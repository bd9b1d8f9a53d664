# -*- coding: utf-8 -*-
"""Self-check for author16's set: truth == rules(truth inputs), files == sha256, workbook == truth contracts,
text-layer PDFs state their truth fields. Exit 0 when consistent."""
import hashlib, json, os, sys, datetime
from decimal import Decimal
import openpyxl, pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rules import derive

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
errs = []


def E(*a):
    errs.append(" ".join(str(x) for x in a))


def pdftext(path):
    d = pdfium.PdfDocument(path)
    t = "".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    d.close()
    return t.replace(" ", "").replace("\r", "").replace("\n", "")


def fm(a):
    return "{:,.2f}".format(Decimal(a))


for name in sorted(os.listdir(root)):
    gt = json.load(open(os.path.join(root, name, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, name, "submission")
    cs = [dict(c) for c in gt["contracts"]]
    r = derive(gt["applicant"], cs, gt["standards"], gt["documents"])
    for k in ("award_tier_wan", "accepted_total_yuan", "requirements", "gaps", "verified_contracts", "verified_customer_count",
              "verified_sme_customer_count", "standards_with_document"):
        if r[k] != gt[k]:
            E(name, "truth mismatch", k)
    files = set()
    for dp, dn, fn in os.walk(sub):
        for f in fn:
            if f != "申报信息.xlsx":
                files.add(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/"))
    if files != {d["path"] for d in gt["documents"]}:
        E(name, "file list differs from truth documents")
    for d in gt["documents"]:
        p = os.path.join(sub, d["path"])
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != d["sha256"]:
            E(name, "sha", d["path"])
        if set(d["fields"]) != {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}:
            E(name, "fields keys", d["path"])
        if d["rendering"] == "text" and d["path"].endswith(".pdf"):
            t = pdftext(p)
            f = d["fields"]
            for k in ("contract_no", "customer", "payer", "payee", "title"):
                if f[k] and f[k].replace(" ", "") not in t:
                    E(name, d["path"], "text lacks", k, f[k])
            if f["amount_yuan"]:
                a = Decimal(f["amount_yuan"])
                forms = [fm(a), ("%.4f" % (a / 10000)).rstrip("0").rstrip(".") + "万元", "%.2f万元" % (a / 10000)]
                if not any(x in t for x in forms):
                    E(name, d["path"], "text lacks amount", f["amount_yuan"])
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    ws = wb["服务用户清单"]
    rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if len(rows) != len(cs):
        E(name, "workbook row count")
    for row, c in zip(rows, cs):
        if row[1] != c["customer"] or row[2] != c["customer_uscc"] or row[3] != c["contract_no"]:
            E(name, "workbook row", row[0])
        if Decimal(str(row[5]).replace(",", "")) * 10000 != Decimal(c["amount_yuan"]):
            E(name, "workbook amount", row[0])
        if int(str(row[10]).replace(",", "")) != c["revenue_wan"] or row[9] != c["employees"]:
            E(name, "workbook size", row[0])
        if (row[8] == "是") != c["declared_sme"] or (row[11] == "是") != c["declared_tianjin"]:
            E(name, "workbook flags", row[0])
    ws3 = wb["标准草案"]
    names = [r[1] for r in ws3.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if names != [s["name"] for s in gt["standards"]]:
        E(name, "standards sheet")
    print(name, "docs", len(gt["documents"]), "tier", gt["award_tier_wan"], "gaps", len(gt["gaps"]))
for e in errs:
    print("ERR", e)
sys.exit(1 if errs else 0)
