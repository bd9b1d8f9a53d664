#!/usr/bin/env python3
"""check.py DIR — exits 0 only when every submission's truth is consistent with its files, workbook and rules."""
import datetime as dt, hashlib, json, os, re, sys
from decimal import Decimal
import openpyxl
import pypdfium2 as pdfium
import rules
from util import daxie, money, date_hz, date_cn, date_dot

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other", "subcontract",
         "meeting_record", "diagnosis_report"}
RENDS = {"text", "scan", "photo", "mixed", "corrupt"}
errors = []


def err(sub, msg):
    errors.append(f"[{sub}] {msg}")


def norm_h(h):
    return str(h).replace("(", "（").replace(")", "）").strip() if h is not None else None


def to_date(v):
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v).strip())
    if m:
        return dt.date(*map(int, m.groups())).isoformat()
    return dt.date.fromisoformat(str(v).strip()).isoformat()


def to_yuan_from_wan(v):
    d = Decimal(str(v).replace(",", "")) * 10000
    return str(d.quantize(Decimal("0.01")))


def read_sheet(wb, name):
    ws = wb[name]
    head = [norm_h(c.value) for c in ws[2]]
    rows = []
    for r in ws.iter_rows(min_row=3, values_only=True):
        if all(v is None for v in r):
            continue
        rows.append(dict(zip(head, r)))
    return rows


def pdf_text(path):
    pdf = pdfium.PdfDocument(path)
    s = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return re.sub(r"\s+", "", s)


def visible(sub, d, full):
    """For text-layer PDFs: every truth field is printed in one of its written forms."""
    txt = pdf_text(full)
    f = d["fields"]
    for k in ("contract_no", "customer", "payer", "payee", "title"):
        if f[k] and re.sub(r"\s+", "", f[k]) not in txt:
            err(sub, f"{d['path']}: field {k}={f[k]!r} not in text layer")
    if f["amount_yuan"]:
        a = Decimal(f["amount_yuan"])
        forms = [money(a), daxie(a), f"{(a / 10000).quantize(Decimal('0.01')):,}万元"]
        if not any(x in txt for x in forms):
            err(sub, f"{d['path']}: amount {a} not in text layer")
    if f["date"]:
        x = dt.date.fromisoformat(f["date"])
        forms = [x.isoformat(), date_cn(x), date_cn(x, True), date_dot(x), date_hz(x), x.strftime("%Y/%m/%d")]
        if not any(s in txt for s in forms):
            err(sub, f"{d['path']}: date {x} not in text layer")
    if f["result"]:
        pass  # result is drawn (boxes) or stated in prose; checked by the builders


def check_sub(root):
    sub = os.path.basename(root)
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sdir = os.path.join(root, "submission")
    on_disk = set()
    for dp, _, fns in os.walk(sdir):
        for fn in fns:
            rel = os.path.relpath(os.path.join(dp, fn), sdir).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                on_disk.add(rel)
    listed = [d["path"] for d in t["documents"]]
    if len(listed) != len(set(listed)):
        err(sub, "duplicate paths in truth")
    if set(listed) != on_disk:
        err(sub, f"files vs truth differ: unlisted={sorted(on_disk - set(listed))[:5]} missing={sorted(set(listed) - on_disk)[:5]}")
    declared_nos = {c["contract_no"] for c in t["contracts"]} | {s["subcontract_no"] for s in t["suppliers"]}
    for d in t["documents"]:
        full = os.path.join(sdir, d["path"])
        if not os.path.exists(full):
            continue
        data = open(full, "rb").read()
        if hashlib.sha256(data).hexdigest() != d["sha256"]:
            err(sub, f"{d['path']}: sha256 mismatch")
        if list(d["fields"].keys()) != KEYS:
            err(sub, f"{d['path']}: field keys {list(d['fields'])}")
        if d["doc_type"] not in TYPES or d["rendering"] not in RENDS:
            err(sub, f"{d['path']}: bad doc_type/rendering")
        if d["doc_type"] == "other" and (any(v is not None for v in d["fields"].values()) or d["contract_no"]):
            err(sub, f"{d['path']}: other document with values")
        if d["contract_no"] and d["contract_no"] not in declared_nos:
            err(sub, f"{d['path']}: contract_no not declared")
        f = d["fields"]
        if f["amount_yuan"] and not re.fullmatch(r"\d+\.\d\d", f["amount_yuan"]):
            err(sub, f"{d['path']}: amount format")
        if f["date"]:
            dt.date.fromisoformat(f["date"])
        if f["result"] not in (None, "passed", "failed"):
            err(sub, f"{d['path']}: result")
        if d["doc_type"] == "meeting_record" and "attendees" not in d:
            err(sub, f"{d['path']}: meeting without attendees key")
        if d["doc_type"] == "diagnosis_report" and "solution_section" not in d:
            err(sub, f"{d['path']}: diagnosis without solution_section")
        if d["rendering"] == "corrupt":
            if data[:5] == b"%PDF-" and b"%%EOF" in data[-1024:]:
                err(sub, f"{d['path']}: corrupt file is a whole PDF")
        elif d["rendering"] == "text":
            visible(sub, d, full)
        # format sniff: extension matches content
        ext = d["path"].rsplit(".", 1)[1]
        magic = {"pdf": b"%PDF", "jpg": b"\xff\xd8", "png": b"\x89PNG", "tif": b"II*\x00"}[ext]
        if not data.startswith(magic):
            err(sub, f"{d['path']}: content does not match extension")
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sdir, "申报信息.xlsx"))
    info = {r["项目"]: r["内容"] for r in read_sheet(wb, "申报单位")}
    a = t["applicant"]
    if (info.get("单位名称"), info.get("统一社会信用代码"), info.get("注册地址"), info.get("阶段")) != (a["name"], a["uscc"], a["address"], "考核"):
        err(sub, "申报单位 sheet differs from truth applicant")
    rows = read_sheet(wb, "服务用户清单")
    if len(rows) != len(t["contracts"]):
        err(sub, "服务用户清单 row count")
    for r, c in zip(rows, t["contracts"]):
        got = (r["序号"], r["用户名称"], r["统一社会信用代码"], r["合同编号"], to_yuan_from_wan(r["合同金额（万元）"]), to_date(r["签订日期"]),
               to_date(r["验收日期"]), r["是否中小企业"], int(r["从业人员"]), int(str(r["营业收入（万元）"]).replace(",", "")), r["是否天津企业"], r["合同名称"])
        exp = (c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["amount_yuan"], c["sign_date"], c["accept_date"],
               c["sme_declared"], c["employees"], c["revenue_wan"], c["tianjin_declared"], c["contract_name"])
        if got != exp:
            err(sub, f"workbook contract row {c['seq']}: {got} != {exp}")
    rows = read_sheet(wb, "本地配套供应商")
    if [(r["供应商名称"], r["统一社会信用代码"], r["分包合同编号"], to_yuan_from_wan(r["分包金额（万元）"]), to_date(r["签订日期"])) for r in rows] != \
            [(s["name"], s["uscc"], s["subcontract_no"], s["amount_yuan"], s["sign_date"]) for s in t["suppliers"]]:
        err(sub, "本地配套供应商 differs")
    rows = read_sheet(wb, "经验交流会")
    if [(r["会议名称"], to_date(r["日期"]), r["地点"], r["参会天津企业数量"]) for r in rows] != \
            [(m["name"], m["date"], m["place"], m["declared_tianjin_count"]) for m in t["meetings"]]:
        err(sub, "经验交流会 differs")
    rows = read_sheet(wb, "免费诊断")
    if [(r["客户名称"], r["统一社会信用代码"], to_date(r["诊断日期"]), r["诊断报告名称"]) for r in rows] != \
            [(d["customer"], d["uscc"], d["date"], d["report_name"]) for d in t["diagnoses"]]:
        err(sub, "免费诊断 differs")
    rows = read_sheet(wb, "标准草案")
    if [r["标准名称"] for r in rows] != [s["name"] for s in t["standards"]]:
        err(sub, "标准草案 differs")
    # standards 'uploaded' flag vs documents
    titles = {d["fields"]["title"] for d in t["documents"] if d["doc_type"] == "standard_draft"}
    for s in t["standards"]:
        if s["uploaded"] != (s["name"] in titles):
            err(sub, f"standard {s['name']}: uploaded flag")
    # meetings: tianjin attendees on sheet
    for m in t["meetings"]:
        recs = [d for d in t["documents"] if d["doc_type"] == "meeting_record" and d["fields"]["title"] == m["name"]]
        firms = {x["name"] for d in recs for x in (d.get("attendees") or []) if x["name"] != a["name"] and
                 (rules.is_tianjin_code(x.get("uscc")) or (x.get("address") or "").startswith("天津市"))}
        if recs and len(firms) != m["tianjin_attendees_on_sheet"]:
            err(sub, f"meeting {m['name']}: tianjin_attendees_on_sheet {m['tianjin_attendees_on_sheet']} != {len(firms)}")
    # rules
    der = rules.derive(t)
    for k, v in der.items():
        if t.get(k) != v:
            err(sub, f"{k}: truth {t.get(k)!r} != derived {v!r}")
    return t


def main():
    root = sys.argv[1]
    subs = sorted(p for p in os.listdir(root) if os.path.isfile(os.path.join(root, p, "ground_truth.json")))
    if not subs:
        print("no submissions")
        sys.exit(1)
    for s in subs:
        t = check_sub(os.path.join(root, s))
        print(f"{s}: {len(t['documents'])} docs, passed={t['assessment_passed']}, gaps={len(t['gaps'])}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
