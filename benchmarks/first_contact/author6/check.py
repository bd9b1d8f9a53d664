"""Self-check for author 6's set: truth, workbook and documents agree. Exit 0 when consistent."""
import hashlib
import json
import os
import sys
from decimal import Decimal

import openpyxl
import pypdfium2 as pdfium

from common import uscc_valid

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
REND = {"text", "scan", "photo", "mixed", "corrupt"}


def pdf_text(p):
    pdf = pdfium.PdfDocument(p)
    return "".join(pg.get_textpage().get_text_range() for pg in pdf).replace("\r", "").replace("\n", "")


def wan_to_yuan(v):
    return (Decimal(str(v).replace(",", "")) * 10000).quantize(Decimal("0.01"))


def check(root):
    errs = []
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, "submission")
    listed = {d["path"] for d in t["documents"]}
    on_disk = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                on_disk.add(rel)
    if listed != on_disk:
        errs.append(f"listed vs disk differ: {sorted(listed ^ on_disk)}")
    nos = {c["contract_no"] for c in t["contracts"]}
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if not os.path.exists(p):
            continue
        data = open(p, "rb").read()
        if hashlib.sha256(data).hexdigest() != d["sha256"]:
            errs.append(f"sha mismatch {d['path']}")
        if d["doc_type"] not in TYPES or d["rendering"] not in REND:
            errs.append(f"bad type/rendering {d['path']}")
        if sorted(d["fields"]) != sorted(KEYS):
            errs.append(f"field keys {d['path']}")
        if d["contract_no"] is not None and d["contract_no"] not in nos:
            errs.append(f"unknown contract {d['path']}")
        f = d["fields"]
        if d["rendering"] in ("text", "mixed") and p.endswith(".pdf"):
            txt = pdf_text(p)
            if d["rendering"] == "mixed":
                txt = txt  # page 1 carries the text; signature page is an image
            for k in ("contract_no", "customer", "payer", "payee", "title"):
                v = f[k]
                if v and v not in txt:
                    errs.append(f"{d['path']}: {k}={v} not in text layer")
            if f["amount_yuan"]:
                a = Decimal(f["amount_yuan"])
                forms = [f"{a:,.2f}", f"{a / 10000:.2f}"]
                if not any(x in txt for x in forms):
                    errs.append(f"{d['path']}: amount {a} not in text layer")
            if f["date"]:
                y, m, dd = f["date"].split("-")
                forms = [f["date"], f"{int(y)}年{int(m)}月{int(dd)}日", f"{y}年{m}月{dd}日", f"{y}/{m}/{dd}", f"{y}.{m}.{dd}"]
                if not any(x in txt for x in forms) and "〇" not in txt:
                    errs.append(f"{d['path']}: date {f['date']} not in text layer")
        if d["rendering"] == "corrupt":
            try:
                pdfium.PdfDocument(p)
                errs.append(f"{d['path']} opens although marked corrupt")
            except Exception:
                pass
    # workbook against truth
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    info = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    if info["单位名称"] != t["applicant"]["name"] or info["统一社会信用代码"] != t["applicant"]["uscc"]:
        errs.append("applicant differs")
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    rows = [dict(zip(hdr, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    if len(rows) != len(t["contracts"]):
        errs.append("row count")
    for r, c in zip(rows, t["contracts"]):
        if r["合同编号"] != c["contract_no"] or r["用户名称"] != c["customer"] or r["统一社会信用代码"] != c["customer_uscc"]:
            errs.append(f"row {c['seq']} identity")
        if wan_to_yuan(r["合同金额（万元）"]) != Decimal(c["amount_yuan"]):
            errs.append(f"row {c['seq']} amount {r['合同金额（万元）']} vs {c['amount_yuan']}")
        planted_invalid = "invalid_uscc" in c["planted"]
        if uscc_valid(c["customer_uscc"]) == planted_invalid:
            errs.append(f"row {c['seq']} uscc validity")
    # recompute headline numbers from the truth itself
    verified = set(t["verified_contract_nos"])
    total = sum(Decimal(c["amount_yuan"]) for c in t["contracts"] if c["contract_no"] in verified)
    if f"{total:.2f}" != t["accepted_total_yuan"]:
        errs.append("accepted total")
    gap_contracts = {g["contract_no"] for g in t["gaps"] if g["contract_no"] and g["kind"] != "sme_misclassified"}
    if verified & gap_contracts or (nos - verified) - gap_contracts:
        errs.append("verified set disagrees with gaps")
    if not uscc_valid(t["applicant"]["uscc"]):
        errs.append("applicant uscc")
    return errs, t


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    bad = 0
    for name in sorted(os.listdir(base)):
        root = os.path.join(base, name)
        if not os.path.isdir(root):
            continue
        errs, t = check(root)
        n = len(t["documents"])
        print(f"{name}: {n} docs, tier {t['award_tier_wan']}, {len(t['gaps'])} gaps, {'OK' if not errs else 'ERRORS'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
