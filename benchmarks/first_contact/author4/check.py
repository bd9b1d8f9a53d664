#!/usr/bin/env python3
"""Self-check for the author-4 set: truth, workbook and documents agree. Exit 0 when consistent.
Usage: python check.py [data]"""
import hashlib, json, os, re, sys
from datetime import date, datetime

import openpyxl
import pypdfium2 as pdfium
from PIL import Image

CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
DIG = "零壹贰叁肆伍陆柒捌玖"
errors = []


def err(sub, msg):
    errors.append("%s: %s" % (sub, msg))


def uscc_ok(c):
    if len(c) != 18 or any(x not in CH for x in c):
        return False
    return CH[(31 - sum(CH.index(a) * w for a, w in zip(c[:17], WT)) % 31) % 31] == c[17]


def to_date(v):
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def to_fen(v):
    from decimal import Decimal
    return int(Decimal(str(v).replace(",", "")) * 1000000)


def read_workbook(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["服务用户清单"]
    hdr = [str(c.value).replace("(", "（").replace(")", "）") for c in ws[2]]
    rows = []
    for r in ws.iter_rows(min_row=3, values_only=True):
        if r[0] is None:
            continue
        d = dict(zip(hdr, r))
        rows.append({"customer": d["用户名称"], "uscc": d["统一社会信用代码"], "contract_no": d["合同编号"], "fen": to_fen(d["合同金额（万元）"]),
                     "sign": to_date(d["签订日期"]), "accept": to_date(d["验收日期"]), "sme": d["是否中小企业"], "staff": int(d["从业人员"]),
                     "rev": float(str(d["营业收入（万元）"]).replace(",", "")), "tj": d["是否天津企业"]})
    app = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    stds = [r[1] for r in wb["标准草案"].iter_rows(min_row=3, values_only=True) if r[0] is not None]
    return app, rows, stds


def amount_forms(yuan):
    f = int(round(float(yuan) * 100))
    forms = ["{:,}.{:02d}".format(f // 100, f % 100), "%d.%02d" % (f // 100, f % 100)]
    from decimal import Decimal
    forms.append(str((Decimal(f) / Decimal(1000000)).quantize(Decimal("0.01"))) + "万元")
    return forms


def date_forms(s):
    y, m, d = map(int, s.split("-"))
    return ["%d年%d月%d日" % (y, m, d), "%d年%02d月%02d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d/%02d/%02d" % (y, m, d),
            "%d.%02d.%02d" % (y, m, d), "%d%02d%02d" % (y, m, d), "%d.%d.%d" % (y, m, d)]


def check_text(sub, d, text):
    t = re.sub(r"\s", "", text)
    f = d["fields"]
    if f["contract_no"] and f["contract_no"] not in t:
        err(sub, "%s: contract_no %s not in text layer" % (d["path"], f["contract_no"]))
    if f["amount_yuan"] and not any(x in t for x in amount_forms(f["amount_yuan"])):
        err(sub, "%s: amount %s not in text layer" % (d["path"], f["amount_yuan"]))
    if f["date"] and not any(x in t for x in date_forms(f["date"])):
        # dates written in Chinese numerals (二〇二三年…) are accepted when the year is printed that way
        if "〇" not in t:
            err(sub, "%s: date %s not in text layer" % (d["path"], f["date"]))
    for k in ("customer", "payer", "payee", "title"):
        if f[k] and f[k] not in t:
            err(sub, "%s: %s %s not in text layer" % (d["path"], k, f[k]))


def derive(truth, rows, app):
    """Independent re-derivation of the gaps and the tier from the workbook and the document truth."""
    out = set()
    docs = truth["documents"]
    ver = []
    for r in rows:
        mine = [d for d in docs if d["contract_no"] == r["contract_no"]]
        k = set()
        acc = [d for d in mine if d["doc_type"] == "acceptance_report"]
        pay = [d for d in mine if d["doc_type"] == "payment_proof"]
        pro = [d for d in mine if d["doc_type"] == "procurement_proof"]
        if not acc:
            k.add("missing_acceptance_report")
        elif not [d for d in acc if d["fields"]["result"] == "passed"]:
            k.add("acceptance_not_passed")
        elif all(not d["fields"]["date"].startswith("2023-") for d in acc if d["fields"]["result"] == "passed"):
            k.add("date_out_of_period")
        if not pay:
            k.add("missing_payment_proof")
        if not pro:
            k.add("missing_procurement_proof")
        s = sum(round(float(d["fields"]["amount_yuan"]) * 100) for d in pay)
        if pay and abs(s - r["fen"]) > r["fen"] * 0.005:
            k.add("amount_mismatch")
        for d in mine:
            if d["doc_type"] in ("contract", "acceptance_report", "procurement_proof") and d["fields"]["amount_yuan"]:
                if abs(round(float(d["fields"]["amount_yuan"]) * 100) - r["fen"]) > r["fen"] * 0.005:
                    k.add("amount_mismatch")
            if d["fields"]["customer"] and d["doc_type"] != "other" and d["fields"]["customer"] != r["customer"]:
                k.add("party_mismatch")
            if d["doc_type"] == "payment_proof" and (d["fields"]["payer"] != r["customer"] or d["fields"]["payee"] != app["单位名称"]):
                k.add("party_mismatch")
        if len({d["sha256"] for d in mine}) < len(mine):
            k.add("duplicate_evidence")
        if not uscc_ok(r["uscc"]):
            k.add("invalid_uscc")
        if r["tj"] == "是" and r["uscc"][2:4] != "12":
            k.add("not_tianjin")
        large = r["staff"] >= 1000 and r["rev"] >= 40000
        if (r["sme"] == "是") == large:
            k.add("sme_misclassified")
        for x in k:
            out.add((x, r["contract_no"]))
        if k <= {"sme_misclassified"}:
            ver.append(r)
    total = sum(r["fen"] for r in ver)
    n = len({r["customer"] for r in ver})
    sme = len({r["customer"] for r in ver if not (r["staff"] >= 1000 and r["rev"] >= 40000)})
    std = sum(1 for s in truth["standards"] if s["has_document"])
    for s in truth["standards"]:
        if not s["has_document"]:
            out.add(("missing_standard_document", None))
    for d in docs:
        if d["rendering"] == "corrupt":
            out.add(("unreadable_document", None))
    th = []
    if n < 8:
        th.append("customer_count_below_threshold")
    if total < 2500000000:
        th.append("total_below_threshold")
    if sme < 5:
        th.append("sme_count_below_threshold")
    if std < 3:
        th.append("standards_below_threshold")
    for x in th:
        out.add((x, None))
    tier = 0 if th else (1000 if total > 10000000000 else 750 if total >= 7500000000 else 500 if total >= 5000000000 else 250 if total >= 2500000000 else 0)
    return out, tier, total, n, sme, std


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    subs = sorted(x for x in os.listdir(root) if os.path.isdir(os.path.join(root, x)))
    if len(subs) < 3:
        err("data", "expected 3 submissions, found %d" % len(subs))
    for s in subs:
        base = os.path.join(root, s)
        truth = json.load(open(os.path.join(base, "ground_truth.json"), encoding="utf-8"))
        sd = os.path.join(base, "submission")
        files = set()
        for dp, _, fns in os.walk(sd):
            for fn in fns:
                files.add(os.path.relpath(os.path.join(dp, fn), sd).replace(os.sep, "/"))
        files.discard("申报信息.xlsx")
        listed = {d["path"] for d in truth["documents"]}
        if files != listed:
            err(s, "files vs truth differ: %s / %s" % (sorted(files - listed)[:5], sorted(listed - files)[:5]))
        for d in truth["documents"]:
            p = os.path.join(sd, d["path"])
            if not os.path.exists(p):
                continue
            data = open(p, "rb").read()
            if hashlib.sha256(data).hexdigest() != d["sha256"]:
                err(s, "%s: sha256 mismatch" % d["path"])
            if sorted(d["fields"]) != sorted(["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]):
                err(s, "%s: fields keys" % d["path"])
            if d["rendering"] == "corrupt":
                try:
                    pdfium.PdfDocument(p)
                    err(s, "%s: corrupt file opens" % d["path"])
                except Exception:
                    pass
                continue
            if p.lower().endswith(".pdf"):
                pdf = pdfium.PdfDocument(p)
                text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
                if d["rendering"] == "text":
                    check_text(s, d, text)
                elif d["rendering"] in ("scan", "photo") and len(text.strip()) > 0:
                    err(s, "%s: image-only document has a text layer" % d["path"])
            else:
                Image.open(p).verify()
        app, rows, stds = read_workbook(os.path.join(sd, "申报信息.xlsx"))
        if app["单位名称"] != truth["applicant"]["name"] or app["统一社会信用代码"] != truth["applicant"]["uscc"]:
            err(s, "applicant differs")
        tc = truth["contracts"]
        if len(tc) != len(rows):
            err(s, "contract rows differ")
        for r, c in zip(rows, tc):
            if (r["contract_no"], r["customer"], r["uscc"], "%d.%02d" % (r["fen"] // 100, r["fen"] % 100)) != (c["contract_no"], c["customer"], c["customer_uscc"], c["amount_yuan"]):
                err(s, "row %s differs from truth" % c["seq"])
        if stds != [x["name"] for x in truth["standards"]]:
            err(s, "standards differ")
        gaps, tier, total, n, sme, std = derive(truth, rows, app)
        tg = {(g["kind"], g["contract_no"]) for g in truth["gaps"]}
        if gaps != tg:
            err(s, "gaps differ: derived-only %s, truth-only %s" % (sorted(gaps - tg, key=str), sorted(tg - gaps, key=str)))
        if tier != truth["award_tier_wan"] or "%d.%02d" % (total // 100, total % 100) != truth["accepted_total_yuan"]:
            err(s, "tier/total differ: %s %s vs %s %s" % (tier, total, truth["award_tier_wan"], truth["accepted_total_yuan"]))
        if (n, sme, std) != (truth["verified_customer_count"], truth["verified_sme_customer_count"], truth["standards_with_document"]):
            err(s, "counts differ")
        print("%-20s %3d documents, tier %s, %d gaps checked" % (s, len(truth["documents"]), truth["award_tier_wan"], len(truth["gaps"])))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d problems" % len(errors))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
