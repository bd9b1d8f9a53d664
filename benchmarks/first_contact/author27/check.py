"""Consistency check: truth vs workbook vs files; re-derives every gap, count and verdict
from the truth's own documents and declarations (independently of generate.py's state).
python check.py data   -> exit 0 when consistent."""
import datetime, json, os, sys
from decimal import Decimal
import openpyxl
from PIL import Image
import rules
from util import sha256, uscc_valid

FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other",
         "subcontract", "meeting_record", "diagnosis_report"}
errs = []


def err(s):
    errs.append(s)


def cell_date(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, str) and "年" in v:
        y, rest = v.split("年"); m, d = rest.rstrip("日").split("月")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    return str(v)


def wan(v):
    if isinstance(v, str):
        v = v.replace(",", "")
    return (Decimal(str(v)) * 10000).quantize(Decimal("0.01"))


def sheet_rows(wb, name):
    ws = wb[name]
    hdr = [c.value for c in ws[2]]
    return hdr, [dict(zip(hdr, [c.value for c in r])) for r in ws.iter_rows(min_row=3) if r[0].value is not None]


def check_sub(root):
    name = os.path.basename(root)
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, "submission")
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            files.add(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/"))
    listed = {d["path"] for d in t["documents"]}
    if files - {"申报信息.xlsx"} != listed:
        err(f"{name}: files vs documents differ: {sorted((files - {'申报信息.xlsx'}) ^ listed)[:5]}")
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if set(d["fields"]) != set(FIELDS): err(f"{name}: {d['path']} field keys")
        if d["doc_type"] not in TYPES: err(f"{name}: bad doc_type {d['doc_type']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()): err(f"{name}: other with fields {d['path']}")
        if not os.path.exists(p): err(f"{name}: missing file {d['path']}"); continue
        if sha256(p) != d["sha256"]: err(f"{name}: sha mismatch {d['path']}")
        b = open(p, "rb").read()
        if d["rendering"] == "corrupt":
            if b.rstrip().endswith(b"%%EOF"): err(f"{name}: corrupt file is complete {d['path']}")
            continue
        if d["path"].endswith(".pdf"):
            if not b.startswith(b"%PDF") or b"%%EOF" not in b[-64:]: err(f"{name}: bad pdf {d['path']}")
            if d["rendering"] == "text" and b"/Font" not in b: err(f"{name}: text pdf without font {d['path']}")
            if d["rendering"] != "text" and b"/Image" not in b: err(f"{name}: image pdf without image {d['path']}")
        else:
            try:
                Image.open(p).verify()
            except Exception as e:
                err(f"{name}: bad image {d['path']} {e}")
        f = d["fields"]
        if f["amount_yuan"] is not None and (not isinstance(f["amount_yuan"], str) or "." not in f["amount_yuan"] or len(f["amount_yuan"].split(".")[1]) != 2):
            err(f"{name}: amount format {d['path']}")
        if f["date"] is not None:
            datetime.date.fromisoformat(f["date"])
        if d["doc_type"] == "subcontract" and d["fields"]["customer"] != t["applicant"]["name"] and not any(
                "party_mismatch" in s["planted"] for s in t["suppliers"] if s["subcontract_no"] == d["contract_no"]):
            err(f"{name}: subcontract 甲方 unexpected {d['path']}")
    # workbook agrees with declarations
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    kv = {r[0].value: r[1].value for r in wb["申报单位"].iter_rows(min_row=3)}
    if kv.get("单位名称") != t["applicant"]["name"] or kv.get("统一社会信用代码") != t["applicant"]["uscc"] or kv.get("阶段") != "考核":
        err(f"{name}: 申报单位 sheet")
    hdr, rows = sheet_rows(wb, "服务用户清单")
    if "合同金额(万元)" not in hdr or "营业收入（万元）" not in hdr: err(f"{name}: header mess missing")
    if len(rows) != len(t["contracts"]): err(f"{name}: contract rows")
    for r, c in zip(rows, t["contracts"]):
        if (r["用户名称"], r["统一社会信用代码"], r["合同编号"]) != (c["customer"], c["customer_uscc"], c["contract_no"]): err(f"{name}: row {c['seq']}")
        if wan(r["合同金额(万元)"]) != Decimal(c["amount_yuan"]): err(f"{name}: amount row {c['seq']}")
        if cell_date(r["验收日期"]) != c["accept_date"]: err(f"{name}: accept date row {c['seq']}")
        if (r["是否中小企业"] == "是") != c["declared_sme"] or (r["是否天津企业"] == "是") != c["declared_tianjin"]: err(f"{name}: flags {c['seq']}")
        if wan(r["营业收入（万元）"]) != Decimal(c["revenue_wan"]) * 10000 or r["从业人员"] != c["staff"]: err(f"{name}: size {c['seq']}")
    _, rows = sheet_rows(wb, "本地配套供应商")
    for r, s in zip(rows, t["suppliers"]):
        if (r["供应商名称"], r["统一社会信用代码"], r["分包合同编号"]) != (s["name"], s["uscc"], s["subcontract_no"]) or wan(r["分包金额（万元）"]) != Decimal(s["amount_yuan"]):
            err(f"{name}: supplier row {s['seq']}")
    _, rows = sheet_rows(wb, "经验交流会")
    if len(rows) != len(t["meetings"]): err(f"{name}: meeting rows")
    for r, m in zip(rows, t["meetings"]):
        if r["会议名称"] != m["name"] or cell_date(r["日期"]) != m["date"] or r["参会天津企业数量"] != m["declared_tianjin_attendees"]: err(f"{name}: meeting {m['seq']}")
        tj = {a["name"] for a in m["sheet"] if a["name"] != t["applicant"]["name"] and rules.attendee_tj(a)}
        if len(tj) != m["tianjin_attendees_on_sheet"]: err(f"{name}: attendee count {m['seq']}")
    _, rows = sheet_rows(wb, "免费诊断")
    if len(rows) != len(t["diagnoses"]): err(f"{name}: diagnosis rows")
    for r, d in zip(rows, t["diagnoses"]):
        if r["客户名称"] != d["customer"] or cell_date(r["诊断日期"]) != d["date"] or r["诊断报告名称"] != d["title"]: err(f"{name}: diagnosis {d['seq']}")
    _, rows = sheet_rows(wb, "标准草案")
    if [r["标准名称"] for r in rows] != [s["name"] for s in t["standards"]]: err(f"{name}: standards")
    for s in t["standards"]:
        has = any(d["doc_type"] == "standard_draft" and d["fields"]["title"] == s["name"] for d in t["documents"])
        if has != s["uploaded"]: err(f"{name}: standard uploaded flag {s['name']}")
    # planted labels must show up as gaps, and clean must have none
    der = rules.derive(t)
    for k, v in der.items():
        if t.get(k) != v:
            err(f"{name}: derived {k} differs: truth={t.get(k)!r} derived={v!r}")
    kinds = {(g["kind"], g.get("contract_no"), g.get("customer"), g.get("supplier"), g.get("meeting")) for g in t["gaps"]}
    for c in t["contracts"]:
        for p in c["planted"]:
            if (p, c["contract_no"], c["customer"], None, None) not in kinds: err(f"{name}: planted {p} not a gap on {c['contract_no']}")
    for s in t["suppliers"]:
        for p in s["planted"]:
            if (p, s["subcontract_no"], None, s["name"], None) not in kinds: err(f"{name}: planted {p} not a gap on {s['name']}")
    for m in t["meetings"]:
        for p in m["planted"]:
            if (p, None, None, None, m["name"]) not in kinds: err(f"{name}: planted {p} not a gap on {m['name']}")
    for d in t["diagnoses"]:
        for p in d["planted"]:
            if (p, None, d["customer"], None, None) not in kinds: err(f"{name}: planted {p} not a gap on {d['customer']}")
    if name.endswith("clean") and (t["gaps"] or not t["assessment_passed"]): err(f"{name}: clean has gaps")
    if name.endswith("tricky"):
        if not t["assessment_passed"]: err("tricky should pass")
        exact = (t["verified_customer_count"] == 6, t["accepted_total_yuan"] == "15000000.00", t["verified_tianjin_customer_count"] == 2,
                 t["verified_sme_customer_count"] == 5, t["standards_with_document"] == 3, t["verified_local_suppliers"] == 2,
                 t["qualifying_meetings"] == 10, t["diagnosed_customers_with_solution"] == 30)
        if not all(exact): err(f"tricky not on thresholds: {exact}")
    for c in t["contracts"]:
        if not c["planted"] and not uscc_valid(c["customer_uscc"]): err(f"{name}: invalid code unplanted")
    n = len(t["documents"]); img = sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
    print(f"{name}: {n} docs, {img} images, {len(t['gaps'])} gaps, passed={t['assessment_passed']}")
    return n


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "data"
    total = sum(check_sub(os.path.join(out, s)) for s in sorted(os.listdir(out)) if os.path.isdir(os.path.join(out, s)))
    if not 180 <= total <= 260: err(f"total documents {total}")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors", f"({total} documents)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
