"""Consistency check of author22's data: truth ⇄ workbook ⇄ files, and every gap / count / tier re-derived.

    python check.py data        # exit 0 when consistent
"""
import datetime as dt
import json
import os
import sys
from collections import Counter
from decimal import Decimal

import openpyxl

import rules
from util import sha256_file, comma, daxie, wan, fmt_date, cn_date, uscc_valid

KINDS = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
RENDER = {"text", "scan", "photo", "mixed", "corrupt"}
FIELDS = {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}
errors = []


def err(sub, msg):
    errors.append(f"{sub}: {msg}")


def gap_key(g):
    return (g["kind"], g["contract_no"], g["customer"], g["requirement"], g.get("standard"), g.get("file"))


def norm(s):
    return "".join(str(s).split())


def check_sub(base, name):
    t = json.load(open(os.path.join(base, name, "ground_truth.json"), encoding="utf-8"))
    root = os.path.join(base, name, "submission")
    # 1. re-derive
    sub = dict(applicant=t["applicant"], contracts=t["contracts"], standards=t["standards"], documents=t["documents"])
    r = rules.derive(sub)
    for k in ("award_tier_wan", "accepted_total_yuan", "requirements", "verified_contracts", "verified_customer_count",
              "verified_sme_customer_count", "standards_with_document"):
        if r[k] != t[k]:
            err(name, f"{k}: truth {t[k]} vs re-derived {r[k]}")
    if Counter(map(gap_key, r["gaps"])) != Counter(map(gap_key, t["gaps"])):
        err(name, f"gaps differ: {Counter(map(gap_key, r['gaps'])) ^ Counter(map(gap_key, t['gaps']))}")
    # 2. planted labels are found
    kinds_by_c = {}
    for g in t["gaps"]:
        kinds_by_c.setdefault(g["contract_no"], set()).add(g["kind"])
    for c in t["contracts"]:
        for p in c["planted"]:
            if not p.startswith("trap") and p not in kinds_by_c.get(c["contract_no"], set()):
                err(name, f"planted {p} on {c['contract_no']} not in gaps")
        if not any(not p.startswith("trap") for p in c["planted"]):
            extra = kinds_by_c.get(c["contract_no"], set())
            if extra:
                err(name, f"unplanted gaps on {c['contract_no']}: {extra}")
    # 3. files
    on_disk = set()
    for dp, _, fs in os.walk(root):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), root).replace(os.sep, "/")
            if rel != "申报信息.xlsx":
                on_disk.add(rel)
    listed = {d["path"] for d in t["documents"]}
    if on_disk != listed:
        err(name, f"files ≠ truth: {sorted(on_disk ^ listed)[:5]}")
    declared = {c["contract_no"] for c in t["contracts"]}
    for d in t["documents"]:
        p = os.path.join(root, d["path"])
        if os.path.exists(p) and sha256_file(p) != d["sha256"]:
            err(name, f"sha256 {d['path']}")
        if set(d["fields"]) != FIELDS:
            err(name, f"field keys {d['path']}")
        if d["doc_type"] not in KINDS or d["rendering"] not in RENDER:
            err(name, f"enum {d['path']}")
        if d["contract_no"] is not None and d["contract_no"] not in declared:
            err(name, f"contract_no {d['path']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()):
            err(name, f"other with fields {d['path']}")
        if d["rendering"] == "corrupt":
            if open(p, "rb").read().rstrip().endswith(b"%%EOF"):
                err(name, f"corrupt file is complete {d['path']}")
        if d["rendering"] in ("text", "mixed") and PLUMBER:
            check_text(name, p, d)
    # 4. workbook
    wb = openpyxl.load_workbook(os.path.join(root, "申报信息.xlsx"))
    if wb.sheetnames != ["申报单位", "服务用户清单", "标准草案"]:
        err(name, f"sheets {wb.sheetnames}")
    ws = wb["申报单位"]
    kv = {r[0]: r[1] for r in ws.iter_rows(min_row=3, values_only=True)}
    a = t["applicant"]
    if (kv.get("单位名称"), kv.get("统一社会信用代码"), kv.get("注册地址")) != (a["name"], a["uscc"], a["address"]):
        err(name, "申报单位 sheet ≠ applicant")
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    col = {h.replace("(", "（").replace(")", "）"): i for i, h in enumerate(hdr)}
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    if len(rows) != len(t["contracts"]):
        err(name, "row count")
    for row, c in zip(rows, t["contracts"]):
        def date_of(v):
            if isinstance(v, dt.datetime):
                return v.date().isoformat()
            if isinstance(v, dt.date):
                return v.isoformat()
            y, rest = v.split("年")
            m, d_ = rest.rstrip("日").split("月")
            return dt.date(int(y), int(m), int(d_)).isoformat()
        amt = Decimal(str(row[col["合同金额（万元）"]])) * 10000
        rev = int(str(row[col["营业收入（万元）"]]).replace(",", ""))
        got = (row[col["用户名称"]], row[col["统一社会信用代码"]], row[col["合同编号"]], f"{amt:.2f}",
               date_of(row[col["签订日期"]]), date_of(row[col["验收日期"]]), row[col["是否中小企业"]] == "是",
               int(row[col["从业人员"]]), rev, row[col["是否天津企业"]] == "是")
        exp = (c["customer"], c["customer_uscc"], c["contract_no"], c["amount_yuan"], c["sign_date"], c["accept_date"],
               c["sme_declared"], c["employees"], c["revenue_wan"], c["tianjin_declared"])
        if got != exp:
            err(name, f"workbook row {c['seq']}: {got} vs {exp}")
    srows = list(wb["标准草案"].iter_rows(min_row=3, values_only=True))
    if [r_[1] for r_ in srows] != [s["name"] for s in t["standards"]]:
        err(name, "标准草案 sheet")
    # 5. own code checks: invalid codes only where planted
    for c in t["contracts"]:
        if not uscc_valid(c["customer_uscc"]) and "invalid_uscc" not in c["planted"]:
            err(name, f"unexpected invalid code {c['customer_uscc']}")
    n = len(t["documents"])
    img = sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
    return n, img


def check_text(name, path, d):
    try:
        with PLUMBER.open(path) as pdf:
            # seal characters are red and sit in the text layer: leave them out for this check
            def not_red(o):
                c = o.get("non_stroking_color")
                return not (o.get("object_type") == "char" and isinstance(c, (list, tuple)) and len(c) == 3
                            and c[0] > 0.6 and c[1] < 0.3)
            txt = norm("".join((pg.filter(not_red).extract_text() or "") for pg in pdf.pages))
    except Exception as e:  # noqa
        err(name, f"unreadable text pdf {d['path']}: {e}")
        return
    f = d["fields"]
    mixed = d["rendering"] == "mixed"
    for k in ("customer", "payer", "payee", "contract_no", "title"):
        v = f[k]
        if v and norm(v) not in txt and not (mixed and k == "customer"):
            err(name, f"{k} '{v}' not in text of {d['path']}")
    if f["amount_yuan"]:
        v = Decimal(f["amount_yuan"])
        if not any(s in txt for s in (comma(v), daxie(v), wan(v) + "万", wan(v))):
            err(name, f"amount {v} not in text of {d['path']}")
    if f["date"] and not mixed:
        x = dt.date.fromisoformat(f["date"])
        forms = [fmt_date(x, s) for s in ("cn", "cn0", "iso", "dot", "slash", "compact")] + [cn_date(x)]
        if not any(norm(s) in txt for s in forms):
            err(name, f"date {x} not in text of {d['path']}")


try:
    import pdfplumber as PLUMBER
except Exception:  # pragma: no cover
    PLUMBER = None


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "data"
    tot = timg = 0
    for name in sorted(os.listdir(base)):
        if os.path.exists(os.path.join(base, name, "ground_truth.json")):
            n, img = check_sub(base, name)
            tot += n
            timg += img
            print(f"{name}: {n} documents, {img} images")
    if PLUMBER is None:
        print("warning: pdfplumber missing, text layers not checked")
    print(f"total {tot} documents, {timg} images ({100 * timg / max(tot, 1):.0f}%)")
    for e in errors:
        print("ERROR", e)
    if not 180 <= tot <= 260:
        print("ERROR total documents outside 180–260")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
