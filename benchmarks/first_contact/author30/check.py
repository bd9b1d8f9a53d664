"""Consistency check: truth <-> files <-> workbook <-> text layers, and an independent re-derivation
of every gap, count, requirement and tier from the truth's documents and declarations.
Usage: python check.py [data]   (exit 0 when consistent)"""
import hashlib
import json
import os
import re
import sys
from datetime import datetime, date
from decimal import Decimal

import openpyxl

from util import uscc_valid, comma, zh_date, cn_date

KEYS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")
errors = []


def err(sub, msg):
    errors.append(f"{sub}: {msg}")


def norm_date(v):
    if isinstance(v, (datetime, date)):
        return v.strftime("%Y-%m-%d")
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v))
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else str(v)


def rederive(t):
    """Own implementation of format.md's support-cycle rules (not rules.py)."""
    app = t["applicant"]
    docs = t["documents"]
    out = []
    sha_count = {}
    for d in docs:
        sha_count[d["sha256"]] = sha_count.get(d["sha256"], 0) + 1
    verified = []
    for c in t["contracts"]:
        no, dec = c["contract_no"], Decimal(c["amount_yuan"])
        ds = [d for d in docs if d["contract_no"] == no and d["rendering"] != "corrupt"]
        kinds = {}
        for d in ds:
            kinds.setdefault(d["doc_type"], []).append(d)
        g = set()
        for k, gap in (("acceptance_report", "missing_acceptance_report"), ("payment_proof", "missing_payment_proof"),
                       ("procurement_proof", "missing_procurement_proof")):
            if k not in kinds:
                g.add(gap)
        bad = lambda a: abs(Decimal(a) - dec) * 1000 > dec * 5
        for k in ("contract", "procurement_proof", "acceptance_report"):
            if any(d["fields"]["amount_yuan"] and bad(d["fields"]["amount_yuan"]) for d in kinds.get(k, [])):
                g.add("amount_mismatch")
        pays = {d["sha256"]: d for d in kinds.get("payment_proof", []) if d["fields"]["amount_yuan"]}
        if pays and bad(sum(Decimal(d["fields"]["amount_yuan"]) for d in pays.values())):
            g.add("amount_mismatch")
        accs = kinds.get("acceptance_report", [])
        dates = [d["fields"]["date"] for d in accs if d["fields"]["date"]] if accs else [c["acceptance_date"]]
        if any(not ("2023-01-01" <= x <= "2023-12-31") for x in dates):
            g.add("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in accs):
            g.add("acceptance_not_passed")
        for d in kinds.get("payment_proof", []):
            f = d["fields"]
            if f["payer"] not in (None, c["customer"]) or f["payee"] not in (None, app["name"]):
                g.add("party_mismatch")
        for d in accs + kinds.get("contract", []):
            if d["fields"]["customer"] not in (None, c["customer"]):
                g.add("party_mismatch")
        if any(sha_count[d["sha256"]] > 1 for d in ds):
            g.add("duplicate_evidence")
        if not uscc_valid(c["customer_uscc"]):
            g.add("invalid_uscc")
        if c["tianjin_declared"] and not (c["customer_uscc"][2:4] == "12" and c["customer_address"].startswith("天津市")):
            g.add("not_tianjin")
        large = c["employees"] >= 1000 and Decimal(c["revenue_wan"]) >= 40000
        if c["sme_declared"] == large:
            g.add("sme_misclassified")
        for k in g:
            out.append((k, no, c["customer"], "S-sme" if k == "sme_misclassified" else "S-evidence"))
        if not (g - {"sme_misclassified"}):
            verified.append(c)
    for d in docs:
        if d["rendering"] == "corrupt":
            out.append(("unreadable_document", None, None, "S-evidence", d["path"]))
    for s in t["standards"]:
        if not s["has_draft"]:
            out.append(("missing_standard_document", None, None, "S-standards", s["name"]))
    total = sum((Decimal(c["amount_yuan"]) for c in verified), Decimal(0))
    custs = {c["customer"] for c in verified}
    smes = {c["customer"] for c in verified if not (c["employees"] >= 1000 and Decimal(c["revenue_wan"]) >= 40000)}
    nstd = len([s for s in t["standards"] if s["has_draft"]])
    req = {"E-tianjin": "met", "S-customers": "met", "S-total": "met", "S-evidence": "met", "S-standards": "met", "S-sme": "met"}
    if not (app["uscc"][2:4] == "12" and app["address"].startswith("天津市")):
        out.append(("applicant_not_tianjin", None, None, "E-tianjin")); req["E-tianjin"] = "not_met"
    if len(custs) < 8:
        out.append(("customer_count_below_threshold", None, None, "S-customers")); req["S-customers"] = "not_met"
    if total < 25000000:
        out.append(("total_below_threshold", None, None, "S-total")); req["S-total"] = "not_met"
    if len(smes) < 5:
        out.append(("sme_count_below_threshold", None, None, "S-sme")); req["S-sme"] = "not_met"
    if nstd < 3:
        out.append(("standards_below_threshold", None, None, "S-standards")); req["S-standards"] = "not_met"
    if any(o[3] == "S-evidence" for o in out):
        req["S-evidence"] = "not_met"
    tier = 0
    if all(req[k] == "met" for k in req if k != "S-evidence"):
        tier = 1000 if total > 10**8 else 750 if total >= 75 * 10**6 else 500 if total >= 5 * 10**7 else 250 if total >= 25 * 10**6 else 0
    return out, {"award_tier_wan": tier, "accepted_total_yuan": f"{total:.2f}", "requirements": req,
                 "verified_contracts": len(verified), "verified_customer_count": len(custs),
                 "verified_sme_customer_count": len(smes), "standards_with_document": nstd}


def text_of(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            chars = [c for c in p.chars if not (isinstance(c.get("non_stroking_color"), (list, tuple))
                                                 and len(c["non_stroking_color"]) == 3 and c["non_stroking_color"][0] > 0.7
                                                 and c["non_stroking_color"][1] < 0.3)]
            out.append("".join(c["text"] for c in chars))
    return re.sub(r"[\s　]", "", "".join(out))


def date_forms(iso):
    y, m, d = iso.split("-")
    return {iso, zh_date(iso), zh_date(iso, pad=True), zh_date(iso, spaced=True).replace(" ", ""), cn_date(iso),
            iso.replace("-", "."), f"{y}年{m}月{d}日"}


def check_sub(root):
    sub = os.path.basename(root)
    t = json.load(open(os.path.join(root, "ground_truth.json"), encoding="utf-8"))
    sroot = os.path.join(root, "submission")
    files = set()
    for dp, _, fs in os.walk(sroot):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sroot).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                files.add(rel)
    listed = {d["path"] for d in t["documents"]}
    if files != listed:
        err(sub, f"files vs truth differ: {sorted(files ^ listed)[:5]}")
    for d in t["documents"]:
        p = os.path.join(sroot, d["path"])
        if os.path.exists(p) and hashlib.sha256(open(p, "rb").read()).hexdigest() != d["sha256"]:
            err(sub, f"sha mismatch {d['path']}")
        if tuple(sorted(d["fields"])) != tuple(sorted(KEYS)):
            err(sub, f"field keys {d['path']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            err(sub, f"other with fields {d['path']}")
        if d["rendering"] == "text" and d["path"].endswith(".pdf"):
            txt = text_of(p)
            f = d["fields"]
            for k in ("contract_no", "customer", "payer", "payee", "title"):
                if f[k] and re.sub(r"[\s　]", "", f[k]) not in txt:
                    err(sub, f"{d['path']}: {k}={f[k]} not in text layer")
            if f["amount_yuan"]:
                a = Decimal(f["amount_yuan"])
                if comma(a) not in txt and f["amount_yuan"] not in txt:
                    err(sub, f"{d['path']}: amount {f['amount_yuan']} not in text layer")
            if f["date"] and not any(x in txt for x in date_forms(f["date"])):
                err(sub, f"{d['path']}: date {f['date']} not in text layer")
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sroot, "申报信息.xlsx"))
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    col = {h.replace("(", "（").replace(")", "）"): i for i, h in enumerate(hdr)}
    rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if len(rows) != len(t["contracts"]):
        err(sub, "workbook row count")
    for r, c in zip(rows, t["contracts"]):
        amt = Decimal(str(r[col["合同金额（万元）"]]).replace(",", "")) * 10000
        if amt != Decimal(c["amount_yuan"]):
            err(sub, f"workbook amount {c['contract_no']}")
        for k, v in (("用户名称", c["customer"]), ("合同编号", c["contract_no"]), ("统一社会信用代码", c["customer_uscc"])):
            if r[col[k]] != v:
                err(sub, f"workbook {k} {c['contract_no']}")
        if norm_date(r[col["签订日期"]]) != c["sign_date"] or norm_date(r[col["验收日期"]]) != c["acceptance_date"]:
            err(sub, f"workbook dates {c['contract_no']}")
        if (r[col["是否中小企业"]] == "是") != c["sme_declared"] or (r[col["是否天津企业"]] == "是") != c["tianjin_declared"]:
            err(sub, f"workbook flags {c['contract_no']}")
        if r[col["从业人员"]] != c["employees"] or Decimal(str(r[col["营业收入（万元）"]]).replace(",", "")) != Decimal(c["revenue_wan"]).quantize(Decimal(1)) and Decimal(str(r[col["营业收入（万元）"]])) != Decimal(c["revenue_wan"]):
            err(sub, f"workbook size {c['contract_no']}")
    ws3 = wb["标准草案"]
    names = [r[1] for r in ws3.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if names != [s["name"] for s in t["standards"]]:
        err(sub, "standards sheet")
    titles = {d["fields"]["title"] for d in t["documents"] if d["doc_type"] == "standard_draft"}
    for s in t["standards"]:
        if s["has_draft"] != (s["name"] in titles):
            err(sub, f"standard draft presence {s['name']}")
    a = wb["申报单位"]
    kv = {r[0]: r[1] for r in a.iter_rows(min_row=3, values_only=True)}
    if kv.get("单位名称") != t["applicant"]["name"] or kv.get("统一社会信用代码") != t["applicant"]["uscc"]:
        err(sub, "applicant sheet")
    # rules
    gaps, derived = rederive(t)
    mine = sorted(tuple(x if x is not None else "" for x in g) for g in gaps)
    theirs = sorted(tuple((g.get(k) or "") for k in ("kind", "contract_no", "customer", "requirement")) + tuple(
        [g[k] for k in ("file", "standard") if k in g]) for g in t["gaps"])
    if mine != theirs:
        err(sub, f"gaps differ:\n  mine  {sorted(set(mine) - set(theirs))}\n  truth {sorted(set(theirs) - set(mine))}")
    for k, v in derived.items():
        if t[k] != v:
            err(sub, f"{k}: truth {t[k]} vs re-derived {v}")
    return t


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    total = 0
    for name in sorted(os.listdir(data)):
        if os.path.exists(os.path.join(data, name, "ground_truth.json")):
            t = check_sub(os.path.join(data, name))
            n = len(t["documents"])
            total += n
            img = sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
            print(f"{name}: {n} documents ({img} images), tier {t['award_tier_wan']}, total {t['accepted_total_yuan']}, {len(t['gaps'])} gaps")
    print("documents:", total)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
