"""python check.py data — verifies every submission: truth vs files vs workbook, and re-derives
gaps / counts / requirements / tier from the truth's declarations and documents. Exit 0 if consistent."""
import datetime as dt
import json
import os
import sys
from decimal import Decimal

import openpyxl

import rules
from util import sha256, uscc_valid

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
ALLOWED = {"contract": {"contract_no", "amount_yuan", "date", "customer"},
           "acceptance_report": {"contract_no", "amount_yuan", "date", "customer", "result"},
           "payment_proof": {"contract_no", "amount_yuan", "date", "payer", "payee"},
           "procurement_proof": {"contract_no", "amount_yuan", "date", "customer"},
           "standard_draft": {"title"}, "other": set()}


def norm_date(v):
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    s = str(v)
    y, rest = s.split("年")
    m, rest = rest.split("月")
    return dt.date(int(y), int(m), int(rest.rstrip("日"))).isoformat()


def check_one(root, errs):
    name = os.path.basename(root)
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sub = os.path.join(root, "submission")

    def e(msg):
        errs.append("%s: %s" % (name, msg))

    # files <-> documents
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                files.add(rel)
    paths = [d["path"] for d in t["documents"]]
    if set(paths) != files or len(paths) != len(set(paths)):
        e("documents do not match files: %s" % (set(paths) ^ files))
    for d in t["documents"]:
        p = os.path.join(sub, d["path"])
        if os.path.exists(p) and sha256(p) != d["sha256"]:
            e("sha256 differs " + d["path"])
        if sorted(d["fields"]) != sorted(KEYS):
            e("fields keys " + d["path"])
        filled = {k for k, v in d["fields"].items() if v is not None}
        if not filled <= ALLOWED[d["doc_type"]]:
            e("field %s not allowed for %s in %s" % (filled - ALLOWED[d["doc_type"]], d["doc_type"], d["path"]))
        if d["doc_type"] == "other" and d["contract_no"] is not None:
            e("other with contract " + d["path"])
        if d["rendering"] not in ("text", "scan", "photo", "mixed", "corrupt"):
            e("rendering " + d["path"])
        f = d["fields"]
        if f["amount_yuan"] is not None and f["amount_yuan"] != "{:.2f}".format(Decimal(f["amount_yuan"])):
            e("amount format " + d["path"])
        if f["date"] is not None:
            dt.date.fromisoformat(f["date"])
        if d["rendering"] == "text":
            if not open(p, "rb").read(5).startswith(b"%PDF"):
                e("text doc not a PDF " + d["path"])
        if d["rendering"] == "corrupt" and d["doc_type"] != "other":
            e("corrupt must be other")
        if d["contract_no"] and d["contract_no"] not in {c["contract_no"] for c in t["contracts"]}:
            e("unknown contract " + d["path"])
        if f["contract_no"] and f["contract_no"] != d["contract_no"]:
            e("printed contract_no differs from owner " + d["path"])

    # workbook <-> declarations
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    ws = wb["申报单位"]
    info = {r[0]: r[1] for r in ws.iter_rows(min_row=3, values_only=True)}
    a = t["applicant"]
    if (info["单位名称"], info["统一社会信用代码"], info["注册地址"]) != (a["name"], a["uscc"], a["address"]):
        e("applicant differs from workbook")
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    rows = [dict(zip(hdr, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    if len(rows) != len(t["contracts"]):
        e("row count")
    akey = [h for h in hdr if h.startswith("合同金额")][0]
    rkey = [h for h in hdr if h.startswith("营业收入")][0]
    for r, c in zip(rows, t["contracts"]):
        amt = Decimal(str(r[akey]).replace(",", "")) * 10000
        if "{:.2f}".format(amt) != c["amount_yuan"]:
            e("amount row %s" % c["contract_no"])
        if (r["用户名称"], r["统一社会信用代码"], r["合同编号"]) != (c["customer"], c["customer_uscc"], c["contract_no"]):
            e("row ids %s" % c["contract_no"])
        if norm_date(r["签订日期"]) != c["signing_date"] or norm_date(r["验收日期"]) != c["acceptance_date"]:
            e("dates %s" % c["contract_no"])
        if (r["是否中小企业"] == "是") != c["declared_sme"] or (r["是否天津企业"] == "是") != c["declared_tianjin"]:
            e("flags %s" % c["contract_no"])
        if int(r["从业人员"]) != c["staff"] or Decimal(str(r[rkey]).replace(",", "")) != Decimal(c["revenue_wan"]):
            e("size %s" % c["contract_no"])
    ws = wb["标准草案"]
    snames = [r[1] for r in ws.iter_rows(min_row=3, values_only=True)]
    if snames != [s["name"] for s in t["standards"]]:
        e("standards differ")
    drafts = {d["fields"]["title"] for d in t["documents"] if d["doc_type"] == "standard_draft"}
    for s in t["standards"]:
        if s["draft_uploaded"] != (s["name"] in drafts):
            e("draft flag " + s["name"])
    # mess the format asks for
    if "合同金额(万元)" not in hdr:
        e("half-width header missing")
    if not any(isinstance(r[akey], str) for r in rows):
        e("no text amount")
    if not any(isinstance(r[rkey], str) and "," in r[rkey] for r in rows):
        e("no thousands-separated revenue")

    # re-derive
    r = rules.derive(t)
    for k in ("award_tier_wan", "accepted_total_yuan", "requirements", "verified_customer_count",
              "verified_sme_customer_count", "standards_with_document"):
        if r[k] != t[k]:
            e("%s: truth %s, derived %s" % (k, t[k], r[k]))
    if t["verified_contracts"] != len(r["verified_contracts"]) or t["verified_contract_nos"] != r["verified_contracts"]:
        e("verified contracts")
    key = lambda g: json.dumps(g, sort_keys=True, ensure_ascii=False)
    if sorted(map(key, r["gaps"])) != sorted(map(key, t["gaps"])):
        e("gaps differ")
    # planted labels vs gaps
    for c in t["contracts"]:
        got = {g["kind"] for g in t["gaps"] if g["contract_no"] == c["contract_no"]}
        want = {p for p in c["planted"] if not p.startswith("trap:")}
        if got != want:
            e("planted %s vs gaps %s for %s" % (want, got, c["contract_no"]))
    return t


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "data"
    errs = []
    total = 0
    img = 0
    for name in sorted(os.listdir(root)):
        if os.path.isdir(os.path.join(root, name)):
            t = check_one(os.path.join(root, name), errs)
            n = len(t["documents"])
            im = sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
            total += n
            img += im
            print("%-22s docs %3d images %3d tier %s total %s gaps %d req %s" % (
                name, n, im, t["award_tier_wan"], t["accepted_total_yuan"], len(t["gaps"]),
                ",".join(k for k, v in t["requirements"].items() if v == "not_met") or "all met"))
    print("total docs", total, "image share %.0f%%" % (100.0 * img / max(total, 1)))
    for x in errs:
        print("ERROR", x)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
