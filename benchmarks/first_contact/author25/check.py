"""Verify truth / workbook / documents agree and re-derive every gap, count and verdict. Exit 0 when consistent."""
import copy
import datetime
import json
import os
import sys
from decimal import Decimal
import openpyxl
from PIL import Image
import rules
from util import sha256_file, uscc_valid, D

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
DERIVED = ["gaps", "requirements", "assessment_passed", "accepted_total_yuan", "verified_contracts", "verified_customer_count",
           "verified_tianjin_customer_count", "verified_sme_customer_count", "standards_with_document", "verified_local_suppliers",
           "qualifying_meetings", "diagnosed_customers_with_solution"]
errors = []


def err(sub, msg):
    errors.append("%s: %s" % (sub, msg))


def iso(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    s = str(v)
    if "年" in s:
        y, rest = s.split("年")
        m, d = rest.rstrip("日").split("月")
        return "%04d-%02d-%02d" % (int(y), int(m), int(d))
    return s


def num(v):
    return Decimal(str(v).replace(",", ""))


def read_sheet(wb, name):
    ws = wb[name]
    hdr = [c.value for c in ws[2]]
    out = []
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            continue
        out.append(dict(zip(hdr, row)))
    return hdr, out


def check_sub(root, name):
    base = os.path.join(root, name)
    t = json.load(open(os.path.join(base, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(base, "submission")
    files = set()
    for dp, _, fns in os.walk(sub):
        for fn in fns:
            rel = os.path.relpath(os.path.join(dp, fn), sub).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                files.add(rel)
    paths = [d["path"] for d in t["documents"]]
    if set(paths) != files or len(paths) != len(set(paths)):
        err(name, "document list != files on disk")
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if sorted(d["fields"]) != sorted(KEYS):
            err(name, "fields keys " + d["path"])
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            err(name, "other with fields " + d["path"])
        if sha256_file(p) != d["sha256"]:
            err(name, "sha " + d["path"])
        ext = p.rsplit(".", 1)[1]
        data = open(p, "rb").read()
        if d["rendering"] == "corrupt":
            if data.rstrip().endswith(b"%%EOF"):
                err(name, "corrupt file is complete " + d["path"])
        elif ext == "pdf":
            if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
                err(name, "bad pdf " + d["path"])
            if d["rendering"] == "text" and b"/Font" not in data:
                err(name, "text pdf without font " + d["path"])
            if d["rendering"] in ("scan", "photo") and b"/Image" not in data:
                err(name, "image pdf without image " + d["path"])
        else:
            try:
                Image.open(p).verify()
            except Exception as e:
                err(name, "bad image %s %s" % (d["path"], e))
        if d["contract_no"] and d["doc_type"] in ("contract", "acceptance_report", "payment_proof", "procurement_proof"):
            if d["contract_no"] not in [c["contract_no"] for c in t["contracts"]]:
                err(name, "doc of undeclared contract " + d["path"])
        for k in ("amount_yuan",):
            v = d["fields"][k]
            if v is not None and str(D(v)) != v:
                err(name, "amount format " + d["path"])
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    info = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    a = t["applicant"]
    if info.get("单位名称") != a["name"] or info.get("统一社会信用代码") != a["uscc"] or info.get("注册地址") != a["address"] or info.get("阶段") != "考核":
        err(name, "applicant sheet")
    if not uscc_valid(a["uscc"]):
        err(name, "applicant uscc invalid")
    hdr, rows = read_sheet(wb, "服务用户清单")
    amtcol = [h for h in hdr if h.startswith("合同金额")][0]
    revcol = [h for h in hdr if h.startswith("营业收入")][0]
    if len(rows) != len(t["contracts"]):
        err(name, "contract rows")
    for r, c in zip(rows, t["contracts"]):
        if r["用户名称"] != c["customer"] or r["统一社会信用代码"] != c["customer_uscc"] or r["合同编号"] != c["contract_no"]:
            err(name, "row %s identity" % c["seq"])
        if num(r[amtcol]) * 10000 != D(c["amount_yuan"]):
            err(name, "row %s amount" % c["seq"])
        if iso(r["签订日期"]) != c["sign_date"] or iso(r["验收日期"]) != c["accept_date"]:
            err(name, "row %s dates" % c["seq"])
        if (r["是否中小企业"] == "是") != c["declared_sme"] or (r["是否天津企业"] == "是") != c["declared_tianjin"]:
            err(name, "row %s flags" % c["seq"])
        if int(r["从业人员"]) != c["staff"] or num(r[revcol]) != c["revenue_wan"]:
            err(name, "row %s size" % c["seq"])
        if uscc_valid(c["customer_uscc"]) == ("invalid_uscc" in c["planted"]):
            err(name, "row %s uscc validity vs planted" % c["seq"])
    _, srows = read_sheet(wb, "标准草案")
    if [r["标准名称"] for r in srows] != [s["name"] for s in t["standards"]]:
        err(name, "standards sheet")
    _, sup = read_sheet(wb, "本地配套供应商")
    for r, s in zip(sup, t["suppliers"]):
        if r["供应商名称"] != s["name"] or r["分包合同编号"] != s["contract_no"] or num(r["分包金额（万元）"]) * 10000 != D(s["amount_yuan"]) or iso(r["签订日期"]) != s["sign_date"]:
            err(name, "supplier row " + s["name"])
    _, mt = read_sheet(wb, "经验交流会")
    for r, m in zip(mt, t["meetings"]):
        if r["会议名称"] != m["name"] or iso(r["日期"]) != m["date"] or r["参会天津企业数量"] != m["declared_tianjin_attendees"]:
            err(name, "meeting row " + m["name"])
    _, dg = read_sheet(wb, "免费诊断")
    for r, d in zip(dg, t["diagnoses"]):
        if r["客户名称"] != d["customer"] or iso(r["诊断日期"]) != d["date"]:
            err(name, "diagnosis row " + d["customer"])
    if not (len(sup) == len(t["suppliers"]) and len(mt) == len(t["meetings"]) and len(dg) == len(t["diagnoses"])):
        err(name, "assessment sheet lengths")
    # re-derive
    t2 = copy.deepcopy(t)
    for k in DERIVED:
        t2.pop(k, None)
    for m in t2["meetings"]:
        m.pop("tianjin_attendees_on_sheet", None)
    for s in t2["standards"]:
        s.pop("draft_uploaded", None)
    res = rules.derive(t2)
    for k in DERIVED:
        if res[k] != t[k]:
            err(name, "derived %s differs: %s vs %s" % (k, res[k], t[k]))
    # planted labels must be reflected by gaps
    kinds = {(g["kind"], g.get("contract_no"), g.get("customer"), g.get("supplier"), g.get("meeting")) for g in t["gaps"]}
    for c in t["contracts"]:
        for p in c["planted"]:
            if not any(k[0] == p and k[1] == c["contract_no"] for k in kinds):
                err(name, "planted %s not a gap on %s" % (p, c["contract_no"]))
    for s in t["suppliers"]:
        for p in s["planted"]:
            if not any(k[0] == p and k[3] == s["name"] for k in kinds):
                err(name, "planted %s not a gap on %s" % (p, s["name"]))
    for m in t["meetings"]:
        for p in m["planted"]:
            if not any(k[0] == p and k[4] == m["name"] for k in kinds):
                err(name, "planted %s not a gap on %s" % (p, m["name"]))
    for d in t["diagnoses"]:
        for p in d["planted"]:
            if not any(k[0] == p and k[2] == d["customer"] for k in kinds):
                err(name, "planted %s not a gap on %s" % (p, d["customer"]))
    return t


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    total = 0
    exp = {"a25_assess_clean": (True, 0), "a25_assess_gaps": (False, None), "a25_assess_tricky": (True, None)}
    for name in sorted(os.listdir(root)):
        t = check_sub(root, name)
        total += len(t["documents"])
        want = exp.get(name)
        if want and t["assessment_passed"] != want[0]:
            err(name, "verdict")
        if want and want[1] is not None and len(t["gaps"]) != want[1]:
            err(name, "clean must have no gaps")
        print("%-20s docs=%3d passed=%s gaps=%d" % (name, len(t["documents"]), t["assessment_passed"], len(t["gaps"])))
    if not 180 <= total <= 260:
        err("all", "total documents %d" % total)
    for e in errors:
        print("ERROR", e)
    print("total documents", total, "errors", len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
