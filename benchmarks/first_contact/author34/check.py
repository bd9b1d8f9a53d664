"""python check.py data — verifies truth/workbook/documents agree and re-derives every gap, count and verdict. Exit 0 when consistent."""
import json, os, sys, hashlib
from decimal import Decimal
from datetime import datetime
import openpyxl
import rules
from util import uscc_valid, daxie

KEYS = {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


def norm_date(v):
    if isinstance(v, datetime):
        return v.date().isoformat()
    s = str(v)
    if "年" in s:
        y, r = s.split("年"); m, d = r.rstrip("日").split("月")
        return "%04d-%02d-%02d" % (int(y), int(m), int(d))
    return s[:10]


def check_sub(d):
    gt = json.load(open(os.path.join(d, "ground_truth.json")))
    root = os.path.join(d, "submission")
    files = set()
    for dp, _, fs in os.walk(root):
        for f in fs:
            files.add(os.path.relpath(os.path.join(dp, f), root).replace(os.sep, "/"))
    files.discard("申报信息.xlsx")
    paths = [x["path"] for x in gt["documents"]]
    if set(paths) != files or len(paths) != len(set(paths)):
        err(d, "documents list != files", files ^ set(paths))
    for x in gt["documents"]:
        p = os.path.join(root, x["path"])
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != x["sha256"]:
            err(d, "sha mismatch", x["path"])
        if set(x["fields"]) != KEYS: err(d, "field keys", x["path"])
        if x["doc_type"] not in TYPES: err(d, "doc_type", x["path"])
        if x["doc_type"] == "other" and any(v is not None for v in x["fields"].values()): err(d, "other with fields", x["path"])
        if x["rendering"] == "corrupt" and x["contract_no"] is not None: err(d, "corrupt with contract", x["path"])
        if x["contract_no"] is not None and x["contract_no"] not in {c["contract_no"] for c in gt["contracts"]}: err(d, "unknown contract", x["path"])
        f = x["fields"]
        if f["amount_yuan"] is not None and not (f["amount_yuan"].count(".") == 1 and len(f["amount_yuan"].split(".")[1]) == 2): err(d, "amount fmt", x["path"])
        if x["doc_type"] == "payment_proof" and (not f["payer"] or not f["payee"]): err(d, "payment without parties", x["path"])
        if x["doc_type"] == "standard_draft" and f["title"] not in {s["name"] for s in gt["standards"]}: err(d, "std title", x["path"])
        if x["rendering"] in ("text",) and not x["path"].endswith(".pdf"): err(d, "text not pdf", x["path"])
        if x["rendering"] == "photo" and not x["path"].endswith(".jpg"): err(d, "photo not jpg", x["path"])
    # standards uploaded flag agrees with documents
    titles = {x["fields"]["title"] for x in gt["documents"] if x["doc_type"] == "standard_draft"}
    for s in gt["standards"]:
        if s["draft_uploaded"] != (s["name"] in titles): err(d, "standard flag", s["name"])
    # workbook agrees
    wb = openpyxl.load_workbook(os.path.join(root, "申报信息.xlsx"))
    a = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    if a["单位名称"] != gt["applicant"]["name"] or a["统一社会信用代码"] != gt["applicant"]["uscc"] or a["注册地址"] != gt["applicant"]["address"]:
        err(d, "applicant row")
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    rows = [dict(zip(hdr, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    if len(rows) != len(gt["contracts"]): err(d, "row count")
    amtkey = [h for h in hdr if h.startswith("合同金额")][0]; revkey = [h for h in hdr if h.startswith("营业收入")][0]
    contracts = []
    for r, c in zip(rows, gt["contracts"]):
        amt = Decimal(str(r[amtkey]).replace(",", "")) * 10000
        if amt != Decimal(c["amount_yuan"]): err(d, "amount", c["contract_no"], amt, c["amount_yuan"])
        if r["合同编号"] != c["contract_no"] or r["用户名称"] != c["customer"] or r["统一社会信用代码"] != c["customer_uscc"]: err(d, "row ids", c["contract_no"])
        if norm_date(r["签订日期"]) != c["signing_date"] or norm_date(r["验收日期"]) != c["acceptance_date"]: err(d, "row dates", c["contract_no"])
        if r["是否中小企业"] != c["sme_declared"] or int(r["从业人员"]) != c["employees"] or int(str(r[revkey]).replace(",", "")) != c["revenue_wan"] or r["是否天津企业"] != c["tianjin_declared"]:
            err(d, "row sme/tj", c["contract_no"])
        cc = dict(c); cc["amount_yuan_c"] = int(Decimal(c["amount_yuan"]) * 100); contracts.append(cc)
    stds = [r for r in wb["标准草案"].iter_rows(min_row=3, values_only=True)]
    if [s[1] for s in stds] != [s["name"] for s in gt["standards"]]: err(d, "standards sheet")
    # re-derive
    re = rules.derive(gt["applicant"], contracts, gt["standards"], gt["documents"])
    for k in ["award_tier_wan", "accepted_total_yuan", "requirements", "verified_contracts", "verified_customer_count", "verified_sme_customer_count", "standards_with_document"]:
        if re[k] != gt[k]: err(d, "derived", k, re[k], gt[k])
    key = lambda g: json.dumps(g, sort_keys=True, ensure_ascii=False)
    if sorted(map(key, re["gaps"])) != sorted(map(key, gt["gaps"])): err(d, "gaps differ")
    # planted labels must each produce a gap on their contract
    want = {"no_acc": "missing_acceptance_report", "no_pay": "missing_payment_proof", "no_proc": "missing_procurement_proof", "amt_contract": "amount_mismatch",
            "acc_2024": "date_out_of_period", "acc_20240101": "date_out_of_period", "acc_failed": "acceptance_not_passed", "payer_other": "party_mismatch",
            "payer_one_char": "party_mismatch", "dup": "duplicate_evidence", "bad_uscc": "invalid_uscc", "sme_mis": "sme_misclassified",
            "pay_short": "amount_mismatch", "not_tj": "not_tianjin", "acc_amount_0.6pct": "amount_mismatch"}
    for c in gt["contracts"]:
        got = {g["kind"] for g in gt["gaps"] if g["contract_no"] == c["contract_no"]}
        for p in c["planted"]:
            if want[p] not in got: err(d, "planted not found", c["contract_no"], p)
        if c["traps"] and got: err(d, "trap contract has gap", c["contract_no"], got)
        if uscc_valid(c["customer_uscc"]) == ("bad_uscc" in c["planted"]): err(d, "uscc validity", c["contract_no"])
    if not uscc_valid(gt["applicant"]["uscc"]): err(d, "applicant uscc")
    return gt


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "data"
    total = 0
    for s in sorted(os.listdir(out)):
        if os.path.isdir(os.path.join(out, s)):
            gt = check_sub(os.path.join(out, s)); total += len(gt["documents"])
            print(s, len(gt["documents"]), "tier", gt["award_tier_wan"], "gaps", len(gt["gaps"]))
    if s_ := [x for x in os.listdir(out) if x.endswith("clean")]:
        gt = json.load(open(os.path.join(out, s_[0], "ground_truth.json")))
        if gt["gaps"] or gt["award_tier_wan"] not in (250, 500) or any(v != "met" for v in gt["requirements"].values()):
            err("clean submission is not clean")
    if not 180 <= total <= 260: err("document total", total)
    assert daxie(244100000) == "贰佰肆拾肆万壹仟元整"
    for e in errs:
        print("ERROR", e)
    print("documents", total, "errors", len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
