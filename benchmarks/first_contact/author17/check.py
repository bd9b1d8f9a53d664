#!/usr/bin/env python3
"""Self-check for author17's set: truth, workbook and documents agree. Exit 0 when consistent."""
import hashlib, json, os, re, sys, datetime
from decimal import Decimal
import openpyxl, pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import uscc_valid, cn_date, cn_date_upper, fmt, dx

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


def d_iso(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    m = re.match(r"(\d{4})年(\d+)月(\d+)日", str(v))
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else str(v)


def amt(v):
    return Decimal(str(v).replace(",", "")) * 10000


for name in sorted(os.listdir(root)):
    base = os.path.join(root, name)
    t = json.load(open(os.path.join(base, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(base, "submission")
    # files
    listed = {d["path"] for d in t["documents"]}
    on_disk = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            on_disk.add(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/"))
    on_disk.discard("申报信息.xlsx")
    if listed != on_disk:
        err(name, "file list differs", listed ^ on_disk)
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    rows = lambda s: [r for r in wb[s].iter_rows(min_row=3, values_only=True) if r[0] is not None]
    app = {r[0]: r[1] for r in rows("申报单位")}
    if app["单位名称"] != t["applicant"]["name"] or app["统一社会信用代码"] != t["applicant"]["uscc"] or app.get("阶段") != "考核":
        err(name, "applicant sheet")
    for r, c in zip(rows("服务用户清单"), t["contracts"]):
        if (r[1], r[2], r[3]) != (c["customer"], c["customer_uscc"], c["contract_no"]) or amt(r[5]) != Decimal(c["amount_yuan"]) \
                or d_iso(r[6]) != c["sign_date"] or d_iso(r[7]) != c["acceptance_date"]:
            err(name, "contract row", r)
    for r, s in zip(rows("本地配套供应商"), t["suppliers"]):
        if (r[1], r[2], r[3]) != (s["supplier"], s["uscc"], s["contract_no"]) or amt(r[5]) != Decimal(s["amount_yuan"]) or d_iso(r[6]) != s["date"]:
            err(name, "supplier row", r)
    for r, m in zip(rows("经验交流会"), t["meetings"]):
        if r[1] != m["meeting"] or d_iso(r[2]) != m["date"] or r[4] != m["declared_tianjin_count"]:
            err(name, "meeting row", r)
    for r, d in zip(rows("免费诊断"), t["diagnoses"]):
        if (r[1], r[2], r[4]) != (d["customer"], d["uscc"], d["report"]) or d_iso(r[3]) != d["date"]:
            err(name, "diagnosis row", r)
    for r, s in zip(rows("标准草案"), t["standards"]):
        if r[1] != s["title"]:
            err(name, "standard row", r)
    # codes valid (no invalid-code case planted in this set)
    for code in [t["applicant"]["uscc"]] + [c["customer_uscc"] for c in t["contracts"]] + [s["uscc"] for s in t["suppliers"]] + [d["uscc"] for d in t["diagnoses"]]:
        if not uscc_valid(code):
            err(name, "invalid uscc", code)
    # requirement statuses from gaps
    cg = {"E-tianjin": ["applicant_not_tianjin"], "A-local-suppliers": ["local_supplier_count_below_threshold"],
          "A-meetings": ["meeting_count_below_threshold"], "A-diagnoses": ["diagnosis_count_below_threshold"],
          "A-customers": ["customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"],
          "A-standards": ["standards_below_threshold"], "A-sme": ["sme_count_below_threshold"]}
    kinds = {g["kind"] for g in t["gaps"]}
    for r, ks in cg.items():
        exp = "not_met" if kinds & set(ks) else "met"
        if t["requirements"][r] != exp:
            err(name, "requirement", r)
    if t["assessment_passed"] != all(v == "met" for v in t["requirements"].values()):
        err(name, "assessment_passed")
    bad = {g["contract_no"] for g in t["gaps"] if g["contract_no"] and g["kind"] != "sme_misclassified" and g["requirement"] == "A-customers"}
    ver = [c for c in t["contracts"] if c["contract_no"] not in bad]
    if sorted(c["contract_no"] for c in ver) != t["verified_contracts"]:
        err(name, "verified contracts")
    if sum(Decimal(c["amount_yuan"]) for c in ver) != Decimal(t["accepted_total_yuan"]):
        err(name, "accepted total")
    if (t["verified_customer_count"] < 6) != ("customer_count_below_threshold" in kinds):
        err(name, "customer count gap")
    if (t["qualifying_meetings"] < 10) != ("meeting_count_below_threshold" in kinds):
        err(name, "meeting count gap")
    if (t["diagnosed_customers_with_solution"] < 30) != ("diagnosis_count_below_threshold" in kinds):
        err(name, "diag count gap")
    # documents: hashes; text-layer values present
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != d["sha256"]:
            err(name, "sha", d["path"])
        if d["rendering"] != "text" or not p.endswith(".pdf"):
            continue
        pdf = pdfium.PdfDocument(p)
        txt = re.sub(r"\s+", "", "".join(pg.get_textpage().get_text_range() for pg in pdf))
        f = d["fields"]
        for k in ("contract_no", "customer", "payer", "payee", "title"):
            if f[k] and f[k].replace(" ", "") not in txt:
                err(name, d["path"], k, f[k])
        if f["amount_yuan"]:
            a = Decimal(f["amount_yuan"])
            if fmt(a) not in txt and f["amount_yuan"] not in txt:
                err(name, d["path"], "amount", f["amount_yuan"])
        if f["date"]:
            opts = [f["date"], cn_date(f["date"]), f["date"].replace("-", "."), cn_date_upper(f["date"])]
            if not any(o in txt for o in opts):
                err(name, d["path"], "date", f["date"])
    print(f"{name}: {len(t['documents'])} docs checked, passed={t['assessment_passed']}, gaps={len(t['gaps'])}")

for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
