# -*- coding: utf-8 -*-
"""Self-check of the generated set: files open, text layers state the truth fields, truth is consistent.

    python check.py DATA_DIR
"""
import hashlib
import json
import os
import re
import sys
import datetime as dt

import openpyxl
import pdfplumber
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import cn_upper, fdate  # noqa: E402


def tier_of(total):  # restated here so the check does not trust the generator's own rule
    for lim, tier in [(1e8, 1000), (7.5e7 - 0.001, 750), (5e7 - 0.001, 500), (2.5e7 - 0.001, 250)]:
        if total > lim:
            return tier
    return 0

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]


def norm(s):
    return re.sub(r"\s+", "", s or "")


def amount_forms(a):
    y = float(a)
    fen = int(round(y * 100))
    return ["{:,.2f}".format(y), "%.2f" % y, cn_upper(fen), "%.2f万元" % (y / 10000)]


def date_forms(d):
    d = dt.date.fromisoformat(d)
    return [norm(fdate(d, s)) for s in ["cn", "cn0", "iso", "dot", "dot1", "slash", "sp", "hz"]]


def is_red(ch):
    col = ch.get("non_stroking_color")
    return isinstance(col, (tuple, list)) and len(col) == 3 and col[0] > 0.6 and col[1] < 0.3 and col[2] < 0.3


def check(root):
    problems = 0
    for name in sorted(os.listdir(root)):
        sub = os.path.join(root, name)
        t = json.load(open(os.path.join(sub, "ground_truth.json"), encoding="utf-8"))
        docs = t["documents"]
        listed = {d["path"] for d in docs}
        on_disk = set()
        for dp, _, fs in os.walk(os.path.join(sub, "submission")):
            for f in fs:
                rel = os.path.relpath(os.path.join(dp, f), os.path.join(sub, "submission")).replace(os.sep, "/")
                if rel != "申报信息.xlsx":
                    on_disk.add(rel)
        if listed != on_disk:
            print(name, "listing mismatch", listed ^ on_disk)
            problems += 1
        n_img = 0
        for d in docs:
            p = os.path.join(sub, "submission", d["path"])
            data = open(p, "rb").read()
            assert hashlib.sha256(data).hexdigest() == d["sha256"], d["path"]
            assert set(d["fields"]) == set(KEYS), d["path"]
            if d["rendering"] in ("scan", "photo"):
                n_img += 1
            if d["rendering"] == "corrupt":
                try:
                    with pdfplumber.open(p) as pdf:
                        _ = [pg.extract_text() for pg in pdf.pages]
                    print(name, "corrupt file opens?", d["path"])
                except Exception:
                    pass
                continue
            if p.endswith(".pdf"):
                with pdfplumber.open(p) as pdf:
                    text = "".join((pg.extract_text() or "") for pg in pdf.pages)
                    # content-stream order without red (seal) glyphs: the text as the author drew it
                    stream = "".join(ch["text"] for pg in pdf.pages for ch in pg.chars if not is_red(ch))
                if d["rendering"] == "scan" and text.strip():
                    print(name, "scan has text", d["path"])
                    problems += 1
                if d["rendering"] in ("text", "mixed"):
                    nt = norm(text) + "|" + norm(stream)
                    f = d["fields"]
                    for key in ["contract_no", "customer", "payer", "payee", "title"]:
                        if f[key] and norm(f[key]) not in nt:
                            print(name, d["path"], "field not in text:", key, f[key])
                            problems += 1
                    if f["amount_yuan"] and not any(norm(x) in nt for x in amount_forms(f["amount_yuan"])):
                        # 大写 wrapped across lines: compare without line breaks
                        print(name, d["path"], "amount not in text", f["amount_yuan"])
                        problems += 1
                    if f["date"] and not any(x in nt for x in date_forms(f["date"])):
                        print(name, d["path"], "date not in text", f["date"])
                        problems += 1
            else:
                Image.open(p).verify()
        # truth consistency
        contracts = {c["contract_no"]: c for c in t["contracts"]}
        ver = [c for c in t["contracts"] if c["verified"]]
        total = sum(float(c["amount_yuan"]) for c in ver)
        assert "%.2f" % total == t["accepted_total_yuan"], name
        assert t["verified_contracts"] == len(ver)
        assert t["verified_customer_count"] == len({c["customer"] for c in ver})
        gated = all(t["requirements"][r] == "met" for r in ["E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"])
        assert t["award_tier_wan"] == (tier_of(total) if gated else 0), name
        for g in t["gaps"]:
            if g["contract_no"]:
                assert g["contract_no"] in contracts and contracts[g["contract_no"]]["customer"] == g["customer"]
        bad = {g["contract_no"] for g in t["gaps"] if g["contract_no"] and g["kind"] != "sme_misclassified"}
        assert bad == {c["contract_no"] for c in t["contracts"] if not c["verified"]}, name
        for d in docs:
            if d["contract_no"]:
                assert d["contract_no"] in contracts
        # workbook agrees with truth
        wb = openpyxl.load_workbook(os.path.join(sub, "submission", "申报信息.xlsx"))
        ws = wb["服务用户清单"]
        rows = list(ws.iter_rows(min_row=3, values_only=True))
        assert len(rows) == len(t["contracts"])
        for r, c in zip(rows, t["contracts"]):
            assert r[3] == c["contract_no"] and r[1] == c["customer"] and r[2] == c["customer_uscc"]
            assert abs(float(str(r[5])) * 10000 - float(c["amount_yuan"])) < 0.01
        st = [r for r in wb["标准草案"].iter_rows(min_row=3, values_only=True)]
        assert len(st) == len(t["standards"])
        print("%-26s docs=%d images=%d (%.0f%%) tier=%d total=%s gaps=%d ok" % (
            name, len(docs), n_img, 100.0 * n_img / len(docs), t["award_tier_wan"], t["accepted_total_yuan"], len(t["gaps"])))
    print("problems:", problems)
    return problems


if __name__ == "__main__":
    sys.exit(1 if check(sys.argv[1]) else 0)
