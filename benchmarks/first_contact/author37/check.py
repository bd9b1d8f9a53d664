"""Consistency check: truth vs files vs workbook; re-derives every gap, count and verdict with rules.py.  python check.py data"""
import datetime, json, os, sys
from decimal import Decimal
import openpyxl
import rules, util

F8 = {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}
KINDS = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "subcontract", "meeting_record", "diagnosis_report", "other"}


def norm_date(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    s = str(v).strip()
    if "年" in s:
        y, rest = s.split("年"); m, d = rest.rstrip("日").split("月")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    return s[:10]


def wan(v):
    return (Decimal(str(v).replace(",", "")) * 10000).quantize(Decimal("0.01"))


def sheet_rows(wb, name):
    ws = wb[name]
    heads = [c.value for c in ws[2]]
    return heads, [list(r) for r in ws.iter_rows(min_row=3, values_only=True) if any(v is not None for v in r)]


def check_one(root):
    errs = []
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, "submission")
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            files.add(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/"))
    listed = {d["path"] for d in t["documents"]}
    if files - listed != {"申报信息.xlsx"}:
        errs.append(f"files not in truth: {sorted(files - listed - {'申报信息.xlsx'})}")
    if listed - files:
        errs.append(f"truth lists missing files: {sorted(listed - files)}")
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if os.path.exists(p) and util.sha256_file(p) != d["sha256"]:
            errs.append("sha mismatch " + d["path"])
        if set(d["fields"]) != F8:
            errs.append("fields keys " + d["path"])
        if d["doc_type"] not in KINDS or d["rendering"] not in {"text", "scan", "photo", "mixed", "corrupt"}:
            errs.append("bad kind/rendering " + d["path"])
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            errs.append("other with fields " + d["path"])
        if d["rendering"] == "corrupt":
            try:
                import pypdf  # noqa
            except ImportError:
                pass
            if open(p, "rb").read()[-6:].strip().endswith(b"%%EOF"):
                errs.append("corrupt file is complete " + d["path"])
        a = d["fields"]["amount_yuan"]
        if a is not None and str(Decimal(a).quantize(Decimal("0.01"))) != a:
            errs.append("amount format " + d["path"])
        if d["fields"]["date"] is not None:
            datetime.date.fromisoformat(d["fields"]["date"])
    # re-derive
    der = rules.derive(t)
    key = lambda g: json.dumps(g, sort_keys=True, ensure_ascii=False)
    if sorted(map(key, der["gaps"])) != sorted(map(key, t["gaps"])):
        errs.append("gaps differ from re-derivation")
    for k in ["requirements", "assessment_passed", "verified_contracts", "accepted_total_yuan", "verified_customer_count",
              "verified_tianjin_customer_count", "verified_sme_customer_count", "verified_local_suppliers", "qualifying_meetings",
              "diagnosed_customers_with_solution", "standards_with_document"]:
        if der[k] != t[k]:
            errs.append(f"{k}: truth {t[k]} vs derived {der[k]}")
    if t["assessment_passed"] != all(v == "met" for v in t["requirements"].values()):
        errs.append("verdict inconsistent")
    for m in t["meetings"]:
        if der["meeting_tianjin_attendees"].get(m["title"], 0) != m["tianjin_attendees_on_sheet"]:
            errs.append("attendee count " + m["title"])
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    kv = {r[0]: r[1] for r in sheet_rows(wb, "申报单位")[1]}
    A = t["applicant"]
    if (kv.get("单位名称"), kv.get("统一社会信用代码"), kv.get("注册地址"), kv.get("阶段")) != (A["name"], A["uscc"], A["address"], "考核"):
        errs.append("applicant sheet")
    h, rows = sheet_rows(wb, "服务用户清单")
    if len(rows) != len(t["contracts"]):
        errs.append("contract row count")
    for r, c in zip(rows, t["contracts"]):
        got = (r[1], r[2], r[3], wan(r[5]), norm_date(r[6]), norm_date(r[7]), r[8] == "是", int(r[9]), int(str(r[10]).replace(",", "")), r[11] == "是")
        exp = (c["customer"], c["customer_uscc"], c["contract_no"], Decimal(c["amount_yuan"]), c["sign_date"], c["accept_date"], c["declared_sme"], c["staff"], c["revenue_wan"], c["declared_tianjin"])
        if got != exp:
            errs.append(f"contract row {c['seq']}: {got} vs {exp}")
    h, rows = sheet_rows(wb, "本地配套供应商")
    for r, s in zip(rows, t["suppliers"]):
        if (r[1], r[2], r[3], wan(r[5]), norm_date(r[6])) != (s["supplier"], s["uscc"], s["contract_no"], Decimal(s["amount_yuan"]), s["date"]):
            errs.append("supplier row " + s["supplier"])
    h, rows = sheet_rows(wb, "经验交流会")
    for r, m in zip(rows, t["meetings"]):
        if (r[1], norm_date(r[2]), r[4]) != (m["title"], m["date"], m["declared_attendees"]):
            errs.append("meeting row " + m["title"])
    h, rows = sheet_rows(wb, "免费诊断")
    for r, d in zip(rows, t["diagnoses"]):
        if (r[1], r[2], norm_date(r[3]), r[4]) != (d["customer"], d["uscc"], d["date"], d["report_title"]):
            errs.append("diagnosis row " + d["customer"])
    h, rows = sheet_rows(wb, "标准草案")
    if [r[1] for r in rows] != [s["title"] for s in t["standards"]]:
        errs.append("standards sheet")
    for lst, n in [(t["suppliers"], 0), (t["meetings"], 0), (t["diagnoses"], 0)]:
        pass
    if len(rows) != len(t["standards"]) or len(sheet_rows(wb, "本地配套供应商")[1]) != len(t["suppliers"]) \
            or len(sheet_rows(wb, "经验交流会")[1]) != len(t["meetings"]) or len(sheet_rows(wb, "免费诊断")[1]) != len(t["diagnoses"]):
        errs.append("row counts")
    # evidence documents state what the truth says about links
    for d in t["documents"]:
        if d["doc_type"] in rules.EVID and d["contract_no"] not in {c["contract_no"] for c in t["contracts"]}:
            errs.append("evidence not linked " + d["path"])
    return t, errs


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "data"
    bad, total, img = 0, 0, 0
    for name in sorted(os.listdir(base)):
        root = os.path.join(base, name)
        if not os.path.exists(os.path.join(root, "ground_truth.json")):
            continue
        t, errs = check_one(root)
        n = len(t["documents"]); total += n
        im = sum(d["rendering"] in ("scan", "photo") for d in t["documents"]); img += im
        print(f"{name}: {n} docs ({im} scan/photo), passed={t['assessment_passed']}, gaps={len(t['gaps'])}, errors={len(errs)}")
        for e in errs[:20]:
            print("   ", e)
        bad += len(errs)
    print(f"total {total} documents, {img} images ({img * 100 // max(total, 1)}%)")
    if not 180 <= total <= 260:
        print("document total out of range"); bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
