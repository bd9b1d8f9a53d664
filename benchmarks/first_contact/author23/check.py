"""Consistency check: python check.py data  (exit 0 when truth, workbook and files agree and every
gap, count and verdict re-derives from the truth's documents and declarations)."""
import copy
import datetime as dt
import json
import os
import sys
from decimal import Decimal

import openpyxl

import rules
from util import sha256, uscc_valid, is_tj_code

FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "subcontract",
         "meeting_record", "diagnosis_report", "other"}
errors = []


def pdf_text(p):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(p)
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def err(sub, msg):
    errors.append(f"{sub}: {msg}")


def cell_date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    s = str(v).strip()
    y, rest = s.split("年")
    m, rest = rest.split("月")
    return dt.date(int(y), int(m), int(rest.rstrip("日")))


def cell_num(v):
    return Decimal(str(v).replace(",", ""))


def sheet_rows(wb, name):
    ws = wb[name]
    rows = list(ws.iter_rows(values_only=True))
    assert ws.merged_cells.ranges, f"{name}: no merged title row"
    hdr = [str(h) for h in rows[1]]
    return hdr, [dict(zip(hdr, r)) for r in rows[2:] if any(x is not None for x in r)]


def check_sub(root):
    name = os.path.basename(root)
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    subdir = os.path.join(root, "submission")
    # files <-> documents
    on_disk = set()
    for dp, dn, fn in os.walk(subdir):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), subdir).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                on_disk.add(rel)
    listed = {d["path"] for d in t["documents"]}
    if on_disk != listed:
        err(name, f"files vs documents differ: {sorted(on_disk ^ listed)[:5]}")
    for d in t["documents"]:
        p = os.path.join(subdir, d["path"])
        if os.path.exists(p) and sha256(p) != d["sha256"]:
            err(name, f"sha256 mismatch {d['path']}")
        if set(d["fields"]) != set(FIELDS):
            err(name, f"field keys {d['path']}")
        if d["doc_type"] not in TYPES:
            err(name, f"doc_type {d['doc_type']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            err(name, f"other with fields {d['path']}")
        if d["rendering"] == "corrupt":
            b = open(p, "rb").read()
            if b.rstrip().endswith(b"%%EOF"):
                err(name, f"corrupt file is complete {d['path']}")
        for k in ("amount_yuan",):
            v = d["fields"][k]
            if v is not None and (Decimal(v).as_tuple().exponent != -2):
                err(name, f"amount format {v}")
        if d["fields"]["date"]:
            dt.date.fromisoformat(d["fields"]["date"])
        if d["rendering"] in ("scan", "photo", "text", "mixed") and d["path"].endswith(".pdf"):
            pages = pdf_text(p)
            if d["rendering"] in ("scan", "photo") and any(x.strip() for x in pages):
                err(name, f"image pdf has a text layer {d['path']}")
            if d["rendering"] == "text" and not all(x.strip() for x in pages):
                err(name, f"text pdf page without text {d['path']}")
            if d["rendering"] == "mixed" and not (pages[0].strip() and not pages[-1].strip()):
                err(name, f"mixed pdf not text+image {d['path']}")
        if d["rendering"] == "text" and not d["path"].endswith(".pdf"):
            err(name, f"text rendering not pdf {d['path']}")
        # documents belonging to a contract must agree with the declared parties
        if d["doc_type"] == "payment_proof" and d["fields"]["payee"] is None:
            err(name, f"payment without payee {d['path']}")
    # workbook <-> declarations
    wb = openpyxl.load_workbook(os.path.join(subdir, "申报信息.xlsx"))
    _, unit = sheet_rows(wb, "申报单位")
    kv = {r["项目"]: r["内容"] for r in unit}
    if kv.get("单位名称") != t["applicant"]["name"] or kv.get("统一社会信用代码") != t["applicant"]["uscc"] or kv.get("阶段") != "考核":
        err(name, "申报单位 sheet differs")
    hdr, rows = sheet_rows(wb, "服务用户清单")
    amt_key = [h for h in hdr if h.startswith("合同金额")][0]
    if len(rows) != len(t["contracts"]):
        err(name, "contract rows")
    texts = sum(1 for r in rows if isinstance(r["签订日期"], str))
    if not any(isinstance(r[amt_key], str) for r in rows) or not any(isinstance(r["营业收入（万元）"], str) and "," in r["营业收入（万元）"] for r in rows):
        err(name, "workbook mess missing (text amount / separator revenue)")
    if texts == 0:
        err(name, "no text dates")
    for r, c in zip(rows, t["contracts"]):
        if (r["用户名称"], r["统一社会信用代码"], r["合同编号"]) != (c["customer"], c["customer_uscc"], c["contract_no"]):
            err(name, f"contract row {c['seq']}")
        if cell_num(r[amt_key]) * 10000 != Decimal(c["amount_yuan"]):
            err(name, f"amount row {c['seq']}")
        if cell_date(r["验收日期"]).isoformat() != c["accept_date"]:
            err(name, f"accept date row {c['seq']}")
        if (r["是否中小企业"] == "是") != c["declared_sme"] or (r["是否天津企业"] == "是") != c["declared_tianjin"]:
            err(name, f"flags row {c['seq']}")
        if int(r["从业人员"]) != c["employees"] or cell_num(r["营业收入（万元）"]) != Decimal(str(c["revenue_wan"])):
            err(name, f"size row {c['seq']}")
    _, srows = sheet_rows(wb, "本地配套供应商")
    for r, s in zip(srows, t["suppliers"]):
        if (r["供应商名称"], r["统一社会信用代码"], r["分包合同编号"]) != (s["name"], s["uscc"], s["contract_no"]) or \
                cell_num(r["分包金额（万元）"]) * 10000 != Decimal(s["amount_yuan"]) or cell_date(r["签订日期"]).isoformat() != s["date"]:
            err(name, f"supplier row {s['seq']}")
    _, mrows = sheet_rows(wb, "经验交流会")
    for r, m in zip(mrows, t["meetings"]):
        if r["会议名称"] != m["name"] or cell_date(r["日期"]).isoformat() != m["date"] or int(r["参会天津企业数量"]) != m["declared_tianjin_count"]:
            err(name, f"meeting row {m['seq']}")
    _, drows = sheet_rows(wb, "免费诊断")
    if len(drows) != len(t["diagnoses"]):
        err(name, "diagnosis rows")
    for r, g in zip(drows, t["diagnoses"]):
        if r["客户名称"] != g["customer"] or cell_date(r["诊断日期"]).isoformat() != g["date"]:
            err(name, f"diagnosis row {g['seq']}")
    _, strows = sheet_rows(wb, "标准草案")
    if [r["标准名称"] for r in strows] != [s["name"] for s in t["standards"]]:
        err(name, "standards rows")
    # documents vs declarations: each meeting/diagnosis/subcontract document points at a declared subject
    mnames = {m["name"] for m in t["meetings"]}
    gnames = {g["customer"] for g in t["diagnoses"]}
    for d in t["documents"]:
        if d["doc_type"] == "meeting_record" and d["facts"].get("meeting") not in mnames:
            err(name, f"meeting doc without declared meeting {d['path']}")
        if d["doc_type"] == "diagnosis_report" and d["facts"].get("diagnosis") not in gnames:
            err(name, f"diagnosis doc subject {d['path']}")
        if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] != d["facts"]["diagnosis"]:
            err(name, f"diagnosis customer field {d['path']}")
        if d["doc_type"] == "subcontract" and d["contract_no"] not in {s["contract_no"] for s in t["suppliers"]}:
            err(name, f"subcontract subject {d['path']}")
    # independent recount of a few counts straight from the documents
    good = [d for d in t["documents"] if d["rendering"] != "corrupt"]
    sols = {d["facts"]["diagnosis"] for d in good if d["doc_type"] == "diagnosis_report" and d["facts"].get("has_solution")
            and rules.in_period(d["fields"]["date"])}
    if t["diagnosed_customers_with_solution"] != len(sols):
        err(name, "diagnosis recount")
    if t["standards_with_document"] != len({d["facts"]["standard"] for d in good if d["doc_type"] == "standard_draft"}):
        err(name, "standards recount")
    # re-derive everything
    t2 = copy.deepcopy(t)
    for k in ("gaps", "requirements", "assessment_passed", "accepted_total_yuan", "verified_contracts", "verified_customer_count",
              "verified_tianjin_customer_count", "verified_sme_customer_count", "verified_local_suppliers", "qualifying_meetings",
              "diagnosed_customers_with_solution", "standards_with_document"):
        t2.pop(k, None)
    again = rules.derive(t2)
    for k, v in again.items():
        if t.get(k) != v:
            err(name, f"re-derived {k} differs: {t.get(k)} vs {v}")
    if t["award_tier_wan"] is not None:
        err(name, "award_tier_wan must be null")
    for g in t["gaps"]:
        for k in ("kind", "contract_no", "customer", "requirement"):
            if k not in g:
                err(name, f"gap key {k}")
    return t


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "data"
    ts = []
    for n in sorted(os.listdir(base)):
        if os.path.exists(os.path.join(base, n, "ground_truth.json")):
            ts.append(check_sub(os.path.join(base, n)))
    expect = {"a23_assess_clean": (True, 0), "a23_assess_gaps": (False, None), "a23_assess_tricky": (True, None)}
    for t in ts:
        e = expect.get(t["submission"])
        if e and t["assessment_passed"] != e[0]:
            errors.append(f"{t['submission']}: verdict {t['assessment_passed']}")
        if e and e[1] is not None and len(t["gaps"]) != e[1]:
            errors.append(f"{t['submission']}: clean has gaps")
    total = sum(len(t["documents"]) for t in ts)
    if not 180 <= total <= 260:
        errors.append(f"total documents {total}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(ts)} submissions, {total} documents, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
