"""Check that truth, workbook and files agree, and re-derive every gap/count/verdict from the truth's
documents and declarations with rules.py.  python check.py [data]   -> exit 0 when consistent."""
import copy, datetime, json, os, re, sys
from collections import Counter
from decimal import Decimal
import openpyxl
import rules
from util import sha256_file, uscc_valid

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other",
         "subcontract", "meeting_record", "diagnosis_report"}
ERR = []


def err(*a):
    ERR.append(" ".join(map(str, a)))


def cell_date(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v))
    return "%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def rows(ws):
    hdr = [c.value for c in ws[2]]
    return [dict(zip(hdr, [c.value for c in r])) for r in ws.iter_rows(min_row=3) if r[0].value is not None]


def pdf_text(path):
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return re.sub(r"\s", "", "".join((p.extract_text() or "") for p in pdf.pages))
    except Exception:
        return None


def check(sub):
    t = json.load(open(os.path.join(sub, "ground_truth.json"), encoding="utf-8"))
    root = os.path.join(sub, "submission")
    files = set()
    for dp, _, fs in os.walk(root):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), root).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                files.add(rel)
    paths = [d["path"] for d in t["documents"]]
    if set(paths) != files or len(paths) != len(set(paths)):
        err(sub, "documents vs files differ", sorted(set(paths) ^ files))
    for d in t["documents"]:
        p = os.path.join(root, d["path"])
        if not os.path.exists(p):
            continue
        if sha256_file(p) != d["sha256"]:
            err(sub, "sha256", d["path"])
        if list(d["fields"].keys()) != KEYS:
            err(sub, "field keys", d["path"])
        if d["doc_type"] not in TYPES:
            err(sub, "doc_type", d["path"])
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            err(sub, "other with fields", d["path"])
        if d["rendering"] not in ("text", "scan", "photo", "mixed", "corrupt"):
            err(sub, "rendering", d["path"])
        f = d["fields"]
        if f["amount_yuan"] is not None and not re.fullmatch(r"\d+\.\d\d", f["amount_yuan"]):
            err(sub, "amount format", d["path"])
        if f["date"] is not None:
            datetime.date.fromisoformat(f["date"])
        if d["doc_type"] == "payment_proof" and f["contract_no"] and d["contract_no"] != f["contract_no"]:
            err(sub, "payment memo contract", d["path"])
        if d["rendering"] == "text" and d["path"].endswith(".pdf"):
            txt = pdf_text(p)
            if txt is None:
                err(sub, "text pdf unreadable", d["path"])
            else:
                for k in ("contract_no",):
                    if f[k] and f[k] not in txt:
                        err(sub, "text layer lacks", k, f[k], d["path"])
        if d["rendering"] == "corrupt" and pdf_text(p) is not None and pdf_text(p) != "":
            err(sub, "corrupt file is readable", d["path"])
    # workbook vs declarations
    wb = openpyxl.load_workbook(os.path.join(root, "申报信息.xlsx"))
    info = {r["项目"]: r["内容"] for r in rows(wb["申报单位"])}
    ap = t["applicant"]
    if (info["单位名称"], info["统一社会信用代码"], info["注册地址"]) != (ap["name"], ap["uscc"], ap["address"]) or info.get("阶段") != "考核":
        err(sub, "applicant sheet")
    cr = rows(wb["服务用户清单"])
    if len(cr) != len(t["contracts"]):
        err(sub, "contract rows")
    for r, c in zip(cr, t["contracts"]):
        amt = r.get("合同金额(万元)", r.get("合同金额（万元）"))
        rev = r["营业收入（万元）"]
        rev = int(str(rev).replace(",", "")) if rev is not None else None
        if (r["用户名称"], r["统一社会信用代码"], r["合同编号"]) != (c["customer"], c["customer_uscc"], c["contract_no"]) or \
                abs(Decimal(str(amt)) * 10000 - Decimal(c["amount_yuan"])) > Decimal("0.01") or \
                cell_date(r["签订日期"]) != c["signing_date"] or cell_date(r["验收日期"]) != c["acceptance_date"] or \
                (r["是否中小企业"] == "是") != c["declared_sme"] or (r["是否天津企业"] == "是") != c["declared_tianjin"] or \
                r["从业人员"] != c["staff"] or rev != c["revenue_wan"]:
            err(sub, "contract row", c["contract_no"])
    for r, s in zip(rows(wb["本地配套供应商"]), t["suppliers"]):
        if (r["供应商名称"], r["统一社会信用代码"], r["分包合同编号"]) != (s["name"], s["uscc"], s["contract_no"]) or \
                abs(Decimal(str(r["分包金额（万元）"])) * 10000 - Decimal(s["amount_yuan"])) > Decimal("0.01"):
            err(sub, "supplier row", s["name"])
    mr = rows(wb["经验交流会"])
    if [(r["会议名称"], cell_date(r["日期"]), r["参会天津企业数量"]) for r in mr] != \
            [(m["name"], m["date"], m["declared_tianjin_attendees"]) for m in t["meetings"]]:
        err(sub, "meeting rows")
    dr = rows(wb["免费诊断"])
    if [(r["客户名称"], r["统一社会信用代码"], cell_date(r["诊断日期"])) for r in dr] != \
            [(x["customer"], x["uscc"], x["date"]) for x in t["diagnoses"]]:
        err(sub, "diagnosis rows")
    if [r["标准名称"] for r in rows(wb["标准草案"])] != [s["name"] for s in t["standards"]]:
        err(sub, "standard rows")
    # documents agree with declarations where they are not planted defects
    for d in t["documents"]:
        if d["doc_type"] == "meeting_record":
            m = [m for m in t["meetings"] if m["name"] == d["subject"]]
            if not m or d["fields"]["title"] != m[0]["name"]:
                err(sub, "meeting doc subject", d["path"])
        if d["doc_type"] == "diagnosis_report" and d["fields"]["customer"] != d["subject"]:
            err(sub, "diagnosis doc subject", d["path"])
    # re-derive
    t2 = copy.deepcopy(t)
    for m in t2["meetings"]:
        m["tianjin_attendees_on_sheet"] = None
    for s in t2["standards"]:
        s["document_uploaded"] = None
    got = rules.compute(t2)
    for k, v in got.items():
        if k == "gaps":
            key = lambda g: json.dumps(g, sort_keys=True, ensure_ascii=False)
            if sorted(map(key, v)) != sorted(map(key, t["gaps"])):
                err(sub, "gaps differ")
        elif t.get(k) != v:
            err(sub, "value differs", k, t.get(k), v)
    if t["award_tier_wan"] is not None or t["phase"] != "考核":
        err(sub, "phase/tier")
    for m, m2 in zip(t["meetings"], t2["meetings"]):
        if m2["tianjin_attendees_on_sheet"] not in (None, m["tianjin_attendees_on_sheet"]):
            err(sub, "attendees", m["name"])
    rend = Counter(d["rendering"] for d in t["documents"])
    return t, len(t["documents"]), rend


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    total, R = 0, Counter()
    expect = {"a35_assess_clean": (True, 0), "a35_assess_gaps": (False, None), "a35_assess_tricky": (True, None)}
    for name in sorted(os.listdir(data)):
        sub = os.path.join(data, name)
        if not os.path.isfile(os.path.join(sub, "ground_truth.json")):
            continue
        t, n, rend = check(sub)
        total += n
        R.update(rend)
        kinds = Counter(g["kind"] for g in t["gaps"])
        print("%-20s %3d docs %s passed=%s gaps=%d %s" % (name, n, dict(rend), t["assessment_passed"], len(t["gaps"]), dict(kinds)))
        if name in expect:
            p, ng = expect[name]
            if t["assessment_passed"] != p or (ng is not None and len(t["gaps"]) != ng):
                err(name, "expected verdict not met")
    img = (R["scan"] + R["photo"]) / max(1, total)
    print("total %d documents, images %.0f%%" % (total, img * 100))
    if not 180 <= total <= 260:
        err("total documents out of range", total)
    for e in ERR:
        print("ERROR", e)
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
