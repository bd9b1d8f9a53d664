"""author15 self-check: truth, workbook and documents agree. exit 0 when consistent."""
import hashlib, json, os, sys
from decimal import Decimal
import openpyxl, pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from util import uscc_valid

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
bad = []
for name in sorted(os.listdir(root)):
    sub = os.path.join(root, name, "submission")
    t = json.load(open(os.path.join(root, name, "ground_truth.json"), encoding="utf-8"))
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            files.add(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/"))
    files.discard("申报信息.xlsx")
    listed = {d["path"] for d in t["documents"]}
    if files != listed:
        bad.append((name, "file list differs", files ^ listed))
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    rows = [r for r in wb["服务用户清单"].iter_rows(min_row=3, values_only=True) if r[0]]
    decl = {r[3]: r for r in rows}
    for c in t["contracts"]:
        r = decl.get(c["contract_no"])
        if not r or r[1] != c["customer"] or r[2] != c["customer_uscc"]:
            bad.append((name, "workbook row", c["contract_no"]))
        elif abs(Decimal(str(r[5]).replace(",", "")) * 10000 - Decimal(c["amount_yuan"])) > 1:
            bad.append((name, "workbook amount", c["contract_no"]))
        if not uscc_valid(c["customer_uscc"]):
            bad.append((name, "invalid code not planted", c["contract_no"]))
    sup = [r for r in wb["本地配套供应商"].iter_rows(min_row=3, values_only=True) if r[0]]
    if {r[3] for r in sup} != {s["contract_no"] for s in t["suppliers"]}:
        bad.append((name, "suppliers sheet"))
    mt = [r for r in wb["经验交流会"].iter_rows(min_row=3, values_only=True) if r[0]]
    if [r[1] for r in mt] != [m["name"] for m in t["meetings"]]:
        bad.append((name, "meetings sheet"))
    dg = [r for r in wb["免费诊断"].iter_rows(min_row=3, values_only=True) if r[0]]
    if [r[1] for r in dg] != [d["customer"] for d in t["diagnoses"]]:
        bad.append((name, "diagnoses sheet"))
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        data = open(p, "rb").read()
        if hashlib.sha256(data).hexdigest() != d["sha256"]:
            bad.append((name, "sha", d["path"]))
        if set(d["fields"]) != {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}:
            bad.append((name, "field keys", d["path"]))
        if d["rendering"] == "text":
            pdf = pdfium.PdfDocument(p)
            txt = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
            txt_n = txt.replace(",", "").replace(" ", "").replace("\r", "").replace("\n", "")
            f = d["fields"]
            for k in ["contract_no", "customer", "payer", "payee", "title"]:
                if f[k] and f[k].replace(" ", "") not in txt_n:
                    bad.append((name, "text lacks " + k, d["path"], f[k]))
            if f["amount_yuan"]:
                a = f["amount_yuan"]
                if a not in txt_n and a.rstrip("0").rstrip(".") not in txt_n and a.replace(".", ",") not in txt_n:
                    bad.append((name, "text lacks amount", d["path"], a))
    # recompute requirement statuses from gaps
    kinds = {g["kind"] for g in t["gaps"]}
    exp_pass = not (kinds & {"applicant_not_tianjin", "local_supplier_count_below_threshold", "meeting_count_below_threshold",
                             "diagnosis_count_below_threshold", "customer_count_below_threshold", "total_below_threshold",
                             "tianjin_customer_count_below_threshold", "standards_below_threshold", "sme_count_below_threshold"})
    if exp_pass != t["assessment_passed"]:
        bad.append((name, "passed flag"))
    ctot = sum(Decimal(c["amount_yuan"]) for c in t["contracts"] if c["contract_no"] in t["verified_contracts"])
    if str(ctot.quantize(Decimal("0.01"))) != t["accepted_total_yuan"]:
        bad.append((name, "accepted total"))
    print(name, len(t["documents"]), "docs", "passed" if t["assessment_passed"] else "failed", len(t["gaps"]), "gaps")
for b in bad:
    print("BAD", b)
sys.exit(1 if bad else 0)
