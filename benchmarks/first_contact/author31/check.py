"""python check.py data : re-derive gaps/counts/verdict from each truth, verify files, sha256, workbook, field keys."""
import json, os, sys, openpyxl
import rules
from util import sha256
KEYS = {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}
bad = 0
root = sys.argv[1] if len(sys.argv) > 1 else "data"
for n in sorted(os.listdir(root)):
    t = json.load(open(os.path.join(root, n, "ground_truth.json"))); sub = os.path.join(root, n, "submission")
    d = rules.derive(t)
    for k, v in d.items():
        if t[k] != v: print(n, "mismatch", k); bad += 1
    files = {os.path.relpath(os.path.join(a, f), sub).replace(os.sep, "/") for a, _, fs in os.walk(sub) for f in fs} - {"申报信息.xlsx"}
    if files != {x["path"] for x in t["documents"]}: print(n, "file set differs"); bad += 1
    for x in t["documents"]:
        if set(x["fields"]) != KEYS or sha256(os.path.join(sub, x["path"])) != x["sha256"]: print(n, "doc", x["path"]); bad += 1
        if x["doc_type"] == "other" and any(x["fields"].values()): print(n, "other with fields", x["path"]); bad += 1
    wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
    nos = [r[3] for r in wb["服务用户清单"].iter_rows(min_row=3, values_only=True)]
    if nos != [c["contract_no"] for c in t["contracts"]]: print(n, "workbook contracts differ"); bad += 1
    if len(list(wb["免费诊断"].iter_rows(min_row=3))) != len(t["diagnoses"]): print(n, "workbook diagnoses differ"); bad += 1
    print(n, len(t["documents"]), "docs; passed" if t["assessment_passed"] else "docs; failed", len(t["gaps"]), "gaps")
sys.exit(1 if bad else 0)
