"""Verify that truth, workbook and documents agree; re-derive gaps, counts and verdicts. Exit 0 when consistent."""
import json, os, sys, datetime as dt
from decimal import Decimal
import openpyxl
from PIL import Image
import rules
from util import sha256, uscc_valid

KEYS = {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other", "subcontract", "meeting_record", "diagnosis_report"}
errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

def cell_date(v):
    if isinstance(v, dt.datetime): return v.date().isoformat()
    if isinstance(v, dt.date): return v.isoformat()
    s = str(v).strip()
    y, rest = s.split("年"); m, rest = rest.split("月"); d = rest.rstrip("日")
    return dt.date(int(y), int(m), int(d)).isoformat()

def cents_wan(v):
    return int((Decimal(str(v).replace(",", "")) * 1000000).to_integral_value())

def read_sheet(wb, name):
    ws = wb[name]
    rows = list(ws.iter_rows(values_only=True))
    hdr = [str(h).replace("(", "（").replace(")", "）") for h in rows[1]]
    return [dict(zip(hdr, r)) for r in rows[2:] if any(v is not None for v in r)]

def check(root):
    t = json.load(open(os.path.join(root, "ground_truth.json")))
    sub = os.path.join(root, "submission")
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            files.add(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/"))
    files.discard("申报信息.xlsx")
    listed = [d["path"] for d in t["documents"]]
    if set(listed) != files or len(listed) != len(set(listed)): err(root, "documents list != files")
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if set(d["fields"]) != KEYS: err(d["path"], "field keys")
        if d["doc_type"] not in TYPES: err(d["path"], "doc_type")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()): err(d["path"], "other with fields")
        if sha256(p) != d["sha256"]: err(d["path"], "sha")
        data = open(p, "rb").read()
        if d["rendering"] == "corrupt":
            if b"%%EOF" in data[-64:]: err(d["path"], "corrupt file is complete")
        elif d["rendering"] == "text":
            if not (data.startswith(b"%PDF") and b"%%EOF" in data[-64:]): err(d["path"], "bad pdf")
        else:
            if not d["path"].endswith(".pdf"):
                Image.open(p).verify()
        f = d["fields"]
        for k in ("amount_yuan",):
            if f[k] is not None and (not isinstance(f[k], str) or "." not in f[k] or len(f[k].split(".")[1]) != 2): err(d["path"], "amount format")
        if f["date"] is not None: dt.date.fromisoformat(f["date"])
        if d["doc_type"] == "payment_proof" and (f["payer"] is None or f["payee"] is None): err(d["path"], "payment without parties")
        if d["doc_type"] == "subcontract" and f["customer"] != t["applicant"]["name"] and "party_mismatch" not in str(t["gaps"]): err(d["path"], "subcontract 甲方")
    # workbook vs truth
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    info = {r["项目"]: r["内容"] for r in read_sheet(wb, "申报单位")}
    if info["单位名称"] != t["applicant"]["name"] or info["统一社会信用代码"] != t["applicant"]["uscc"] or info.get("阶段") != "考核": err(root, "申报单位")
    rows = read_sheet(wb, "服务用户清单")
    if len(rows) != len(t["contracts"]): err(root, "contract rows")
    for r, c in zip(rows, t["contracts"]):
        if r["合同编号"] != c["contract_no"] or r["用户名称"] != c["customer"] or r["统一社会信用代码"] != c["customer_uscc"]: err(c["contract_no"], "row ids")
        if cents_wan(r["合同金额（万元）"]) != int(Decimal(c["amount_yuan"]) * 100): err(c["contract_no"], "row amount")
        if cell_date(r["验收日期"]) != c["accept_date"]: err(c["contract_no"], "row accept date")
        if (r["是否中小企业"] == "是") != c["sme_declared"] or (r["是否天津企业"] == "是") != c["tianjin_declared"]: err(c["contract_no"], "row flags")
        if int(str(r["营业收入（万元）"]).replace(",", "")) != c["revenue_wan"] or int(r["从业人员"]) != c["employees"]: err(c["contract_no"], "row size")
    for r, s in zip(read_sheet(wb, "本地配套供应商"), t["suppliers"]):
        if r["分包合同编号"] != s["contract_no"] or r["供应商名称"] != s["name"] or cents_wan(r["分包金额（万元）"]) != int(Decimal(s["amount_yuan"]) * 100) or cell_date(r["签订日期"]) != s["sign_date"]: err(s["name"], "supplier row")
    for r, m in zip(read_sheet(wb, "经验交流会"), t["meetings"]):
        if r["会议名称"] != m["title"] or cell_date(r["日期"]) != m["date"] or r["参会天津企业数量"] != m["declared_tianjin"]: err(m["title"], "meeting row")
    for r, d in zip(read_sheet(wb, "免费诊断"), t["diagnoses"]):
        if r["客户名称"] != d["name"] or cell_date(r["诊断日期"]) != d["date"]: err(d["name"], "diagnosis row")
    if [r["标准名称"] for r in read_sheet(wb, "标准草案")] != [s["title"] for s in t["standards"]]: err(root, "standards rows")
    # documents agree with declarations
    for d in t["documents"]:
        if d["doc_type"] == "meeting_record":
            m = [m for m in t["meetings"] if m["title"] == d["subject"]]
            if not m or d["fields"]["title"] != m[0]["title"] or d["fields"]["date"] != m[0]["date"]: err(d["path"], "meeting doc vs declaration")
        if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] != d["subject"]: err(d["path"], "diagnosis subject")
        if d["doc_type"] == "standard_draft" and d["fields"]["title"] != d["subject"]: err(d["path"], "standard subject")
    # re-derive
    decl = dict(applicant=t["applicant"],
                contracts=[dict(c, amount_cents=int(Decimal(c["amount_yuan"]) * 100)) for c in t["contracts"]],
                suppliers=[dict(s, amount_cents=int(Decimal(s["amount_yuan"]) * 100)) for s in t["suppliers"]],
                meetings=[dict(m) for m in t["meetings"]], diagnoses=t["diagnoses"], standards=[dict(s) for s in t["standards"]])
    r = rules.compute(decl, t["documents"])
    key = lambda g: json.dumps(g, sort_keys=True, ensure_ascii=False)
    if sorted(map(key, r["gaps"])) != sorted(map(key, t["gaps"])): err(root, "gaps differ")
    for k in r:
        if k != "gaps" and r[k] != t[k]: err(root, "differs:", k, r[k], t[k])
    # independent spot checks
    for c in t["contracts"]:
        has = any(g["kind"] == "invalid_uscc" and g["contract_no"] == c["contract_no"] for g in t["gaps"])
        if has == uscc_valid(c["customer_uscc"]): err(c["contract_no"], "invalid_uscc disagrees with check digit")
    for m in decl["meetings"]:
        if m.get("sheet_tianjin") is not None and [x for x in t["meetings"] if x["title"] == m["title"]][0]["sheet_tianjin"] != m["sheet_tianjin"]: err(m["title"], "sheet count")
    if t["assessment_passed"] != all(v == "met" for v in t["requirements"].values()): err(root, "verdict")
    thr = [("A-customers", t["verified_customer_count"] >= 6 and Decimal(t["accepted_total_yuan"]) >= 15000000 and t["verified_tianjin_customer_count"] >= 2),
           ("A-sme", t["verified_sme_customer_count"] >= 5), ("A-local-suppliers", t["verified_local_suppliers"] >= 2), ("A-meetings", t["qualifying_meetings"] >= 10),
           ("A-diagnoses", t["diagnosed_customers_with_solution"] >= 30), ("A-standards", t["standards_with_document"] >= 3)]
    for req, ok in thr:
        if (t["requirements"][req] == "met") != ok: err(root, req, "threshold")
    return t

if __name__ == "__main__":
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    n = 0
    for name in sorted(os.listdir(base)):
        if os.path.exists(os.path.join(base, name, "ground_truth.json")):
            t = check(os.path.join(base, name)); n += len(t["documents"])
            print(name, len(t["documents"]), "docs, passed:", t["assessment_passed"], "gaps:", len(t["gaps"]))
    if name.endswith("clean") or True:
        c = json.load(open(os.path.join(base, "a33_assess_clean", "ground_truth.json")))
        if c["gaps"] or not c["assessment_passed"]: err("clean submission has gaps")
    print(n, "documents;", len(errors), "errors")
    for e in errors[:50]: print("ERR", e)
    sys.exit(1 if errors else 0)
