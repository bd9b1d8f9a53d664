"""Consistency check for author29's data: python check.py data  -> exit 0 when consistent.
Re-derives every gap, count and verdict from the truth's documents and declarations (rules.py),
and checks truth vs workbook vs files (hashes, field keys, codes, duplicates)."""
import sys, os, json, hashlib, copy, datetime
from collections import Counter
import openpyxl
import rules
from util import uscc_valid
KEYS = {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other", "subcontract", "meeting_record", "diagnosis_report"}

def norm_date(v):
    if isinstance(v, datetime.datetime): return v.date().isoformat()
    if isinstance(v, datetime.date): return v.isoformat()
    v = str(v); y, rest = v.split("年"); m, rest = rest.split("月"); return "%s-%02d-%02d" % (y, int(m), int(rest.rstrip("日")))

def num(v): return float(str(v).replace(",", ""))

def check(root):
    errs = []; E = errs.append
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8")); sub = os.path.join(root, "submission")
    files = sorted(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/") for dp, _, fs in os.walk(sub) for f in fs if f != "申报信息.xlsx")
    if files != sorted(d["path"] for d in t["documents"]): E("file list differs from documents")
    shas = Counter(d["sha256"] for d in t["documents"])
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if os.path.exists(p) and hashlib.sha256(open(p, "rb").read()).hexdigest() != d["sha256"]: E("sha mismatch " + d["path"])
        if set(d["fields"]) != KEYS: E("field keys " + d["path"])
        if d["doc_type"] not in TYPES: E("type " + d["path"])
        if d["rendering"] not in {"text", "scan", "photo", "mixed", "corrupt"}: E("rendering " + d["path"])
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()): E("other with fields " + d["path"])
        if d["rendering"] == "text" and not open(p, "rb").read(5).startswith(b"%PDF"): E("text not pdf " + d["path"])
        if shas[d["sha256"]] > 1 and "重复" not in d["note"] and not any("重复" in x["note"] for x in t["documents"] if x["sha256"] == d["sha256"]): E("unexpected duplicate " + d["path"])
        for k in ("amount_yuan",):
            v = d["fields"][k]
            if v is not None and (not isinstance(v, str) or len(v.split(".")[-1]) != 2): E("amount format " + d["path"])
    if t["applicant"]["uscc"] and not uscc_valid(t["applicant"]["uscc"]): E("applicant code invalid")
    # re-derive
    t2 = copy.deepcopy(t); der = rules.derive(t2)
    for k, v in der.items():
        if t.get(k) != v: E("derived %s differs: %r vs %r" % (k, t.get(k), v))
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    info = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    if info.get("单位名称") != t["applicant"]["name"] or info.get("统一社会信用代码") != t["applicant"]["uscc"] or info.get("阶段") != "考核": E("申报单位 sheet")
    rows = list(wb["服务用户清单"].iter_rows(min_row=3, values_only=True))
    if len(rows) != len(t["contracts"]): E("contract rows")
    for r, c in zip(rows, t["contracts"]):
        if (r[1], r[2], r[3]) != (c["customer"], c["customer_uscc"], c["contract_no"]): E("row " + c["contract_no"])
        if abs(num(r[5]) * 10000 - float(c["amount_yuan"])) > 0.5: E("amount row " + c["contract_no"])
        if norm_date(r[7]) != c["accept_date"]: E("accept date row " + c["contract_no"])
        if (r[8] == "是") != c["declared_sme"] or (r[11] == "是") != c["declared_tianjin"] or num(r[9]) != c["employees"] or num(r[10]) != c["revenue_wan"]: E("flags row " + c["contract_no"])
    srows = list(wb["本地配套供应商"].iter_rows(min_row=3, values_only=True))
    for r, s in zip(srows, t["suppliers"]):
        if (r[1], r[2], r[3]) != (s["supplier"], s["uscc"], s["contract_no"]) or abs(num(r[5]) * 10000 - float(s["amount_yuan"])) > 0.5 or norm_date(r[6]) != s["sign_date"]: E("supplier row " + s["contract_no"])
    mrows = list(wb["经验交流会"].iter_rows(min_row=3, values_only=True))
    for r, m in zip(mrows, t["meetings"]):
        if r[1] != m["name"] or norm_date(r[2]) != m["date"] or r[4] != m["declared_count"]: E("meeting row " + m["name"])
    drows = list(wb["免费诊断"].iter_rows(min_row=3, values_only=True))
    for r, d in zip(drows, t["diagnoses"]):
        if r[1] != d["customer"] or norm_date(r[3]) != d["date"]: E("diagnosis row " + d["customer"])
    if len(srows) != len(t["suppliers"]) or len(mrows) != len(t["meetings"]) or len(drows) != len(t["diagnoses"]): E("row counts")
    # documents agree with declarations where no defect is planted
    for d in t["documents"]:
        if d["doc_type"] == "meeting_record":
            m = [m for m in t["meetings"] if m["name"] == d.get("subject")]
            if not m or m[0]["date"] != d["fields"]["date"]: E("meeting doc " + d["path"])
        if d["doc_type"] == "diagnosis_report":
            g = [g for g in t["diagnoses"] if g["customer"] == d["fields"]["customer"]]
            if not g or g[0]["date"] != d["fields"]["date"] or g[0]["report_title"] != d["fields"]["title"]: E("diag doc " + d["path"])
    return t, errs

if __name__ == "__main__":
    base = sys.argv[1] if len(sys.argv) > 1 else "data"; bad = 0; tot = 0
    for n in sorted(os.listdir(base)):
        if not os.path.isdir(os.path.join(base, n)): continue
        t, errs = check(os.path.join(base, n)); tot += len(t["documents"])
        img = sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
        print("%-20s docs=%d images=%d passed=%s gaps=%d errors=%d" % (n, len(t["documents"]), img, t["assessment_passed"], len(t["gaps"]), len(errs)))
        for e in errs[:20]: print("   ", e)
        bad += len(errs)
    print("total documents", tot)
    sys.exit(1 if bad else 0)
