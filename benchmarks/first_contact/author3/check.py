#!/usr/bin/env python3
"""Self-check of the author-3 first-contact set:  python check.py DIR

* every file under submission/ is listed in ground_truth.json (and vice versa) with the right sha256;
* every PDF opens with pdfplumber, every image with Pillow; scans/photos carry no text layer;
* text-layer PDFs contain every non-null field value (seal glyphs, drawn in red, are read apart);
* 申报信息.xlsx has all six sheets with 阶段 = 考核 and agrees with the truth's declared data;
* gaps, counts, requirement statuses, accepted total and verdict are recomputed here, by a second,
  independent implementation of the rules (README "how the format was interpreted"), and must agree.
Exit status 1 on any failure.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys
from decimal import Decimal

import openpyxl
import pdfplumber
from PIL import Image

ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
ERR = []


def fail(msg):
    ERR.append(msg)


def gb32100_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in ALNUM for c in code):
        return False
    total = sum(ALNUM.index(c) * pow(3, i, 31) for i, c in enumerate(code[:17]))
    return ALNUM[(31 - total % 31) % 31] == code[17]


def tj_code(code):
    return bool(code) and code[2:4] == "12"


def tj_addr(a):
    return bool(a) and a.startswith("天津市")


def to_date(v):
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    s = str(v).strip()
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s) or re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def wan_to_cents(v):
    return int((Decimal(str(v).replace(",", "")) * 1000000).to_integral_value())


def cents(s):
    return int((Decimal(s) * 100).to_integral_value())


def inside(d):
    d = to_date(d)
    return d is None or PERIOD[0] <= d <= PERIOD[1]


UP = "零壹贰叁肆伍陆柒捌玖"


def upper(c):
    # independent 大写 writer (group-wise)
    y, f = divmod(c, 100)
    def group(n):
        out, zero = "", False
        for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + UP[d] + u
                zero = False
        return out
    parts = [(y // 10 ** 8) % 10000, (y // 10 ** 4) % 10000, y % 10000]
    s, pend = "", False
    for n, unit in zip(parts, ["亿", "万", ""]):
        if n == 0:
            pend = bool(s)
            continue
        g = group(n)
        if s and (pend or n < 1000):
            g = "零" + g if not g.startswith("零") else g
        s += g + unit
        pend = False
    s = s.lstrip("零") + "元"
    j, k = divmod(f, 10)
    if f == 0:
        return s + "整"
    return s + (UP[j] + "角" if j else "零") + (UP[k] + "分" if k else "整")


def amount_forms(a):
    c = cents(a)
    y, f = divmod(c, 100)
    return {f"{y:,}.{f:02d}", f"{y}.{f:02d}", f"{y}元", upper(c)}


def date_forms(s):
    d = to_date(s)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return {f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日", d.isoformat(),
            f"{d:%Y/%m/%d}", f"{d.day}{months[d.month - 1]}{d.year}"}


def is_red(ch):
    col = ch.get("non_stroking_color")
    return isinstance(col, (list, tuple)) and len(col) == 3 and col[0] > 0.6 and col[1] < 0.35 and col[2] < 0.35


def pdf_text(path):
    plain, red = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            for ch in pg.chars:
                (red if is_red(ch) else plain).append(ch["text"])
    return re.sub(r"\s+", "", "".join(plain)), re.sub(r"\s+", "", "".join(red))


def check_files(sub, truth):
    sdir = os.path.join(sub, "submission")
    listed = {d["path"]: d for d in truth["documents"]}
    on_disk = set()
    for root, _, files in os.walk(sdir):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), sdir).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                on_disk.add(rel)
    for p in sorted(on_disk - set(listed)):
        fail(f"{sub}: file not in truth: {p}")
    for p in sorted(set(listed) - on_disk):
        fail(f"{sub}: truth lists a missing file: {p}")
    for p, d in listed.items():
        fp = os.path.join(sdir, p)
        if not os.path.exists(fp):
            continue
        data = open(fp, "rb").read()
        if hashlib.sha256(data).hexdigest() != d["sha256"]:
            fail(f"{sub}: sha256 differs: {p}")
        assert set(d["fields"]) == {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}, p
        if p.lower().endswith(".pdf"):
            try:
                plain, red = pdf_text(fp)
            except Exception as e:  # noqa
                fail(f"{sub}: pdfplumber cannot open {p}: {e}")
                continue
            if d["rendering"] in ("scan", "photo"):
                if plain or red:
                    fail(f"{sub}: image-only PDF has a text layer: {p}")
                continue
            check_fields(sub, p, d, plain, red)
        else:
            try:
                with Image.open(fp) as im:
                    im.verify()
            except Exception as e:  # noqa
                fail(f"{sub}: Pillow cannot open {p}: {e}")


def check_fields(sub, p, d, plain, red):
    f = d["fields"]
    def need(label, forms, seal_ok=False):
        if any(x.replace(" ", "") in plain for x in forms):
            return
        if label == "amount" and any(x.replace("零", "") in plain.replace("零", "") for x in forms if x.endswith(("整", "分"))):
            return  # 大写 with or without the optional 零 after 万 (支付结算办法 allows both)
        if d["rendering"] == "mixed" and label == "date":
            return  # stated only on the scanned signature page
        if seal_ok and any(x in red for x in forms):
            return
        fail(f"{sub}: {p}: {label} {sorted(forms)[0]!r} not in the text layer")
    if f["contract_no"]:
        need("contract_no", {f["contract_no"]})
    if f["amount_yuan"]:
        need("amount", amount_forms(f["amount_yuan"]))
    if f["date"]:
        need("date", date_forms(f["date"]))
    for k in ("customer", "payer", "payee", "title"):
        if f[k]:
            need(k, {f[k]}, seal_ok=(k == "payer"))
    if f["result"] == "passed":
        need("result", {"同意通过终验", "同意验收（√）", "验收合格"})
    if f["result"] == "failed":
        need("result", {"不予通过", "不同意验收（√）", "验收不合格"})
    fa = d.get("facts") or {}
    for a in fa.get("attendees", []):
        if a["name"] and a["name"] not in plain:
            fail(f"{sub}: {p}: attendee {a['name']} not in the text layer")
        if a.get("uscc") and a["uscc"] not in plain:
            fail(f"{sub}: {p}: attendee code {a['uscc']} not in the text layer")
    if fa.get("customer_address") and fa["customer_address"] not in plain:
        fail(f"{sub}: {p}: customer address not in the text layer")
    if fa.get("supplier") and d["doc_type"] == "subcontract" and fa["supplier"] not in plain:
        fail(f"{sub}: {p}: supplier not in the text layer")


def read_wb(path):
    wb = openpyxl.load_workbook(path)
    need = ["申报单位", "服务用户清单", "标准草案", "本地配套供应商", "经验交流会", "免费诊断"]
    for s in need:
        if s not in wb.sheetnames:
            fail(f"{path}: sheet {s} missing")
    out = {}
    for s in need:
        ws = wb[s]
        hdr = [c.value for c in ws[2]]
        rows = []
        for r in ws.iter_rows(min_row=3, values_only=True):
            if any(v is not None for v in r):
                rows.append(dict(zip(hdr, r)))
        out[s] = rows
    return out


def col(row, *names):
    for n in names:
        if n in row:
            return row[n]
    raise KeyError(names)


def recompute(sub, truth, wb):
    app = truth["applicant"]
    info = {r["项目"]: r["内容"] for r in wb["申报单位"]}
    if info.get("阶段") != "考核":
        fail(f"{sub}: 阶段 is not 考核")
    for k, v in (("单位名称", app["name"]), ("统一社会信用代码", app["uscc"]), ("注册地址", app["address"])):
        if info.get(k) != v:
            fail(f"{sub}: 申报单位 {k} differs")
    docs = truth["documents"]
    tc = {c["contract_no"]: c for c in truth["contracts"]}
    gaps = []
    G = lambda kind, req, **kw: gaps.append((kind, req, kw.get("contract_no"), kw.get("customer"), kw.get("supplier"),
                                             kw.get("meeting"), kw.get("standard")))
    verified = []
    for r in wb["服务用户清单"]:
        no, cust, code = r["合同编号"], r["用户名称"], r["统一社会信用代码"]
        amt = wan_to_cents(col(r, "合同金额（万元）", "合同金额(万元)"))
        t = tc.get(no)
        if not t or t["customer"] != cust or t["customer_uscc"] != code or cents(t["amount_yuan"]) != amt:
            fail(f"{sub}: workbook row {no} disagrees with truth contracts")
            continue
        emp = int(r["从业人员"])
        rev = int(str(col(r, "营业收入（万元）", "营业收入(万元)")).replace(",", "").split(".")[0])
        large = emp >= 1000 and rev >= 40000
        decl_sme = r["是否中小企业"] == "是"
        decl_tj = r["是否天津企业"] == "是"
        mine = [d for d in docs if d["contract_no"] == no]
        by = lambda t_: [d for d in mine if d["doc_type"] == t_]
        kinds = []
        if not gb32100_ok(code):
            kinds.append("invalid_uscc")
        if decl_tj and (not tj_code(code) or any(not tj_addr((d.get("facts") or {}).get("customer_address"))
                                                  for d in by("contract"))):
            kinds.append("not_tianjin")
        for t_, k in (("acceptance_report", "missing_acceptance_report"), ("payment_proof", "missing_payment_proof"),
                      ("procurement_proof", "missing_procurement_proof")):
            if not by(t_):
                kinds.append(k)
        tol = lambda x: abs(x - amt) * 200 > amt
        am = [cents(d["fields"]["amount_yuan"]) for t_ in ("contract", "procurement_proof", "acceptance_report")
              for d in by(t_) if d["fields"]["amount_yuan"]]
        pays = by("payment_proof")
        if any(tol(x) for x in am) or (pays and tol(sum(cents(d["fields"]["amount_yuan"]) for d in pays))):
            kinds.append("amount_mismatch")
        accs = by("acceptance_report")
        if (accs and not all(inside(d["fields"]["date"]) for d in accs)) or (not accs and not inside(r["验收日期"])):
            kinds.append("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in accs):
            kinds.append("acceptance_not_passed")
        if any(d["fields"]["customer"] and d["fields"]["customer"] != cust for d in by("contract") + accs) or \
                any(d["fields"]["payer"] != cust or d["fields"]["payee"] != app["name"] for d in pays):
            kinds.append("party_mismatch")
        shas = [d["sha256"] for d in docs]
        if any(shas.count(d["sha256"]) > 1 for d in mine):
            kinds.append("duplicate_evidence")
        if decl_sme == large:
            kinds.append("sme_misclassified")
        for k in kinds:
            G(k, "A-sme" if k == "sme_misclassified" else "A-customers", contract_no=no, customer=cust)
        if set(kinds) <= {"sme_misclassified"}:
            verified.append((cust, amt, decl_tj and tj_code(code) and tj_addr(t["customer_address"]), not large))
    custs = {v[0] for v in verified}
    total = sum(v[1] for v in verified)
    n_tj = len({v[0] for v in verified if v[2]})
    n_sme = len({v[0] for v in verified if v[3]})
    # suppliers
    ok_sup = set()
    tsup = {s["contract_no"]: s for s in truth["suppliers"]}
    for r in wb["本地配套供应商"]:
        no, name, code = r["分包合同编号"], r["供应商名称"], r["统一社会信用代码"]
        amt = wan_to_cents(col(r, "分包金额（万元）", "分包金额(万元)"))
        if tsup.get(no, {}).get("supplier") != name or cents(tsup[no]["amount_yuan"]) != amt:
            fail(f"{sub}: supplier row {no} disagrees with truth")
        subs = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == no]
        kinds = []
        if not subs:
            kinds.append("missing_subcontract")
        if not tj_code(code) or any(not tj_addr(d["facts"]["supplier_address"]) for d in subs):
            kinds.append("subcontractor_not_tianjin")
        if (subs and not all(inside(d["fields"]["date"]) for d in subs)) or (not subs and not inside(r["签订日期"])):
            kinds.append("date_out_of_period")
        if any(d["fields"]["customer"] != app["name"] or d["facts"]["supplier"] != name for d in subs):
            kinds.append("party_mismatch")
        if any(d["fields"]["amount_yuan"] and abs(cents(d["fields"]["amount_yuan"]) - amt) * 200 > amt for d in subs):
            kinds.append("amount_mismatch")
        for k in kinds:
            G(k, "A-local-suppliers", contract_no=no, supplier=name)
        if not kinds:
            ok_sup.add(name)
    # meetings
    ok_meet = 0
    tm = {m["meeting"]: m for m in truth["meetings"]}
    for r in wb["经验交流会"]:
        name = r["会议名称"]
        if name not in tm or int(r["参会天津企业数量"]) != tm[name]["declared_tianjin_count"] or \
                to_date(r["日期"]).isoformat() != tm[name]["date"]:
            fail(f"{sub}: meeting row {name} disagrees with truth")
        md = [d for d in docs if d["doc_type"] == "meeting_record" and (d.get("subject") or {}).get("meeting") == name]
        firms = set()
        for d in md:
            for a in (d.get("facts") or {}).get("attendees", []):
                tj = tj_code(a.get("uscc")) or tj_addr(a.get("address"))
                if tj != a["tianjin"]:
                    fail(f"{sub}: attendee {a['name']} tianjin flag wrong")
                if tj and a["name"] and a["name"] != app["name"]:
                    firms.add(a["name"])
        if tm.get(name, {}).get("tianjin_on_sheet") != len(firms):
            fail(f"{sub}: meeting {name}: tianjin_on_sheet {tm[name]['tianjin_on_sheet']} != {len(firms)}")
        kinds = []
        if not md:
            kinds.append("missing_meeting_record")
            if not inside(r["日期"]):
                kinds.append("date_out_of_period")
        else:
            if not all(inside(d["fields"]["date"]) for d in md):
                kinds.append("date_out_of_period")
            if len(firms) < 10:
                kinds.append("meeting_attendance_below_threshold")
        for k in kinds:
            G(k, "A-meetings", meeting=name)
        ok_meet += not kinds
    # diagnoses
    ok_diag = set()
    for r in wb["免费诊断"]:
        name = r["客户名称"]
        rd = [d for d in docs if d["doc_type"] == "diagnosis_report" and (d.get("subject") or {}).get("customer") == name]
        for d in rd:
            if d["fields"]["title"] != r["诊断报告名称"] or d["fields"]["date"] != to_date(r["诊断日期"]).isoformat():
                fail(f"{sub}: diagnosis {name}: report title/date differ from the workbook")
        kinds = []
        if not rd:
            kinds.append("missing_diagnosis_report")
            if not inside(r["诊断日期"]):
                kinds.append("date_out_of_period")
        else:
            if not any(d["facts"]["has_solution"] for d in rd):
                kinds.append("diagnosis_without_solution")
            if not all(inside(d["fields"]["date"]) for d in rd):
                kinds.append("date_out_of_period")
        for k in kinds:
            G(k, "A-diagnoses", customer=name)
        if not kinds:
            ok_diag.add(name)
    # standards
    titles = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft"}
    n_std = 0
    for r in wb["标准草案"]:
        if r["标准名称"] in titles:
            n_std += 1
        else:
            G("missing_standard_document", "A-standards", standard=r["标准名称"])
    req = {"E-tianjin": "met"}
    if not (tj_code(app["uscc"]) and tj_addr(app["address"])):
        G("applicant_not_tianjin", "E-tianjin")
        req["E-tianjin"] = "not_met"
    for rq, bad, kind in (("A-local-suppliers", len(ok_sup) < 2, "local_supplier_count_below_threshold"),
                          ("A-meetings", ok_meet < 10, "meeting_count_below_threshold"),
                          ("A-diagnoses", len(ok_diag) < 30, "diagnosis_count_below_threshold"),
                          ("A-customers", len(custs) < 6, "customer_count_below_threshold"),
                          ("A-customers", total < 1500000000, "total_below_threshold"),
                          ("A-customers", n_tj < 2, "tianjin_customer_count_below_threshold"),
                          ("A-standards", n_std < 3, "standards_below_threshold"),
                          ("A-sme", n_sme < 5, "sme_count_below_threshold")):
        if bad:
            G(kind, rq)
            req[rq] = "not_met"
        else:
            req.setdefault(rq, "met")
    mine = sorted(map(str, gaps))
    theirs = sorted(str((g["kind"], g["requirement"], g["contract_no"], g["customer"], g["supplier"], g["meeting"],
                         g.get("standard"))) for g in truth["gaps"])
    if mine != theirs:
        fail(f"{sub}: gaps differ:\n  recomputed-only {sorted(set(mine) - set(theirs))}\n  truth-only {sorted(set(theirs) - set(mine))}")
    counts = {"verified_local_suppliers": len(ok_sup), "qualifying_meetings": ok_meet,
              "diagnosed_customers_with_solution": len(ok_diag), "verified_customer_count": len(custs),
              "verified_tianjin_customer_count": n_tj, "verified_sme_customer_count": n_sme, "standards_with_document": n_std}
    for k, v in counts.items():
        if truth[k] != v:
            fail(f"{sub}: {k}: truth {truth[k]} recomputed {v}")
    if f"{Decimal(total) / 100:.2f}" != truth["accepted_total_yuan"]:
        fail(f"{sub}: accepted_total_yuan differs")
    for k, v in req.items():
        if truth["requirements"].get(k) != v:
            fail(f"{sub}: requirement {k}: truth {truth['requirements'].get(k)} recomputed {v}")
    if truth["assessment_passed"] != all(v == "met" for v in req.values()) or truth["award_tier_wan"] is not None:
        fail(f"{sub}: verdict differs")
    if truth.get("phase") != "考核":
        fail(f"{sub}: phase")
    for c in truth["contracts"]:
        if not gb32100_ok(c["customer_uscc"]):
            fail(f"{sub}: customer code {c['customer_uscc']} fails GB 32100 (not planted)")
    return req, counts


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "data"
    subs = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "ground_truth.json")))
    if not subs:
        print("no submissions found")
        sys.exit(1)
    for s in subs:
        sub = os.path.join(root, s)
        truth = json.load(open(os.path.join(sub, "ground_truth.json"), encoding="utf-8"))
        n0 = len(ERR)
        check_files(sub, truth)
        wb = read_wb(os.path.join(sub, "submission", "申报信息.xlsx"))
        req, counts = recompute(sub, truth, wb)
        nd = len(truth["documents"])
        ns = sum(d["rendering"] in ("scan", "photo") for d in truth["documents"])
        print(f"{s}: {nd} docs, {ns} scans/photos ({100 * ns / nd:.0f}%), passed={truth['assessment_passed']}, "
              f"gaps={len(truth['gaps'])}, {'OK' if len(ERR) == n0 else 'FAIL'}")
    for e in ERR:
        print("ERROR", e)
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
