"""python check.py data — truth, workbook and documents agree; every gap/count/verdict re-derived. Exit 0 when consistent."""
import collections, datetime as dt, hashlib, json, os, re, sys
from decimal import Decimal
import openpyxl
import rules
from util import uscc_valid, is_tianjin_code, daxie, comma

try:
    import pdfplumber
except Exception:
    pdfplumber = None

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
RENDS = {"text", "scan", "photo", "mixed", "corrupt"}
NEW_GENRES = {"c_emc", "c_transfer", "c_salesconf", "a_wecom", "a_card", "p_ecny", "p_receipt", "r_talks", "r_dingbiao",
              "s_iec", "s_redline", "o_techagr", "o_fat", "o_voucher", "o_thanks", "o_stdreview"}
errors = []


def err(sub, msg):
    errors.append(f"[{sub}] {msg}")


def cell_date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", str(v))
    return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None


def gapkey(g):
    return json.dumps(g, sort_keys=True, ensure_ascii=False)


def check(root, name):
    t = json.load(open(os.path.join(root, name, "ground_truth.json"), encoding="utf-8"))
    sroot = os.path.join(root, name, "submission")
    # ---------- files <-> truth
    files = set()
    for dp, _, fs in os.walk(sroot):
        for f in fs:
            files.add(os.path.relpath(os.path.join(dp, f), sroot).replace(os.sep, "/"))
    files.discard("申报信息.xlsx")
    paths = [d["path"] for d in t["documents"]]
    if len(paths) != len(set(paths)): err(name, "duplicate paths in truth")
    if set(paths) != files: err(name, f"files vs truth differ: {sorted(files ^ set(paths))[:5]}")
    cnos = {c["contract_no"] for c in t["contracts"]}
    for d in t["documents"]:
        p = os.path.join(sroot, d["path"])
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != d["sha256"]: err(name, f"sha256 {d['path']}")
        if sorted(d["fields"]) != sorted(KEYS): err(name, f"field keys {d['path']}")
        if d["doc_type"] not in TYPES or d["rendering"] not in RENDS: err(name, f"enum {d['path']}")
        if d["doc_type"] == "other" and any(v is not None for v in d["fields"].values()): err(name, f"other with fields {d['path']}")
        if d["contract_no"] is not None and d["contract_no"] not in cnos: err(name, f"unknown contract {d['path']}")
        if d["doc_type"] in ("other", "standard_draft") and d["contract_no"] is not None: err(name, f"{d['doc_type']} tied to contract {d['path']}")
        f = d["fields"]
        if f["amount_yuan"] is not None and not re.fullmatch(r"\d+\.\d\d", f["amount_yuan"]): err(name, f"amount format {d['path']}")
        if f["date"] is not None:
            dt.date.fromisoformat(f["date"])
        ext = d["path"].rsplit(".", 1)[-1]
        if d["rendering"] == "text" and ext != "pdf": err(name, f"text rendering not pdf {d['path']}")
        if d["rendering"] == "text" and pdfplumber is not None:
            with pdfplumber.open(p) as pdf:
                txt = re.sub(r"\s", "", "".join((pg.extract_text() or "") for pg in pdf.pages))
            if f["contract_no"] and f["contract_no"] not in txt: err(name, f"contract_no not in text {d['path']}")
            if f["amount_yuan"]:
                a = Decimal(f["amount_yuan"])
                if comma(a) not in txt and daxie(a) not in txt: err(name, f"amount not in text {d['path']}")
            for k in ("customer", "payer", "payee", "title"):
                if f[k] and f[k] not in txt: err(name, f"{k} {f[k]} not in text {d['path']}")
        if d["rendering"] == "corrupt":
            ok = True
            if pdfplumber is not None:
                try:
                    with pdfplumber.open(p) as pdf:
                        _ = [pg.extract_text() for pg in pdf.pages]
                except Exception:
                    ok = False
            if ok and pdfplumber is not None: err(name, f"corrupt file opens {d['path']}")
    # ---------- workbook
    wb = openpyxl.load_workbook(os.path.join(sroot, "申报信息.xlsx"))
    a = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
    if a["单位名称"] != t["applicant"]["name"] or a["统一社会信用代码"] != t["applicant"]["uscc"] or a["注册地址"] != t["applicant"]["address"]:
        err(name, "applicant sheet")
    ws = wb["服务用户清单"]
    hdr = [c.value for c in ws[2]]
    rows = [dict(zip(hdr, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    if len(rows) != len(t["contracts"]): err(name, "row count")
    for r, c in zip(rows, t["contracts"]):
        amt = r.get("合同金额(万元)", r.get("合同金额（万元）"))
        amt = Decimal(str(amt).replace(",", "")) * 10000
        rev = r.get("营业收入（万元）", r.get("营业收入(万元)"))
        rev = int(str(rev).replace(",", ""))
        if (r["用户名称"], r["统一社会信用代码"], r["合同编号"]) != (c["customer"], c["customer_uscc"], c["contract_no"]): err(name, f"row ids {c['seq']}")
        if abs(amt - Decimal(c["amount_yuan"])) > Decimal("0.005"): err(name, f"row amount {c['seq']}")
        if cell_date(r["签订日期"]).isoformat() != c["sign_date"] or cell_date(r["验收日期"]).isoformat() != c["accept_date"]: err(name, f"row dates {c['seq']}")
        if (r["是否中小企业"], int(r["从业人员"]), rev, r["是否天津企业"]) != (c["sme_declared"], c["staff"], c["revenue_wan"], c["tianjin_declared"]):
            err(name, f"row sme {c['seq']}")
    srows = [r for r in wb["标准草案"].iter_rows(min_row=3, values_only=True)]
    if [r[1] for r in srows] != [s["name"] for s in t["standards"]]: err(name, "standards sheet")
    # ---------- codes
    if not uscc_valid(t["applicant"]["uscc"]): err(name, "applicant code invalid")
    for c in t["contracts"]:
        bad = "invalid_uscc" in c["planted"]
        if uscc_valid(c["customer_uscc"]) == bad: err(name, f"uscc validity vs planted {c['contract_no']}")
        if c["customer_address"].startswith("天津市") != is_tianjin_code(c["customer_uscc"]) and "not_tianjin" not in c["planted"]:
            err(name, f"region/address {c['contract_no']}")
    # ---------- re-derive
    docs_for_rules = t["documents"]
    stds = [{"name": s["name"], "category": s["category"], "stage": s["stage"]} for s in t["standards"]]
    res = rules.derive(t["applicant"], t["contracts"], stds, docs_for_rules)
    for k in ["award_tier_wan", "accepted_total_yuan", "requirements", "verified_customer_count", "verified_sme_customer_count", "standards_with_document"]:
        if res[k] != t[k]: err(name, f"{k}: truth {t[k]} derived {res[k]}")
    if len(res["verified_contracts"]) != t["verified_contracts"]: err(name, "verified_contracts")
    if collections.Counter(map(gapkey, res["gaps"])) != collections.Counter(map(gapkey, t["gaps"])): err(name, "gaps differ")
    for c in t["contracts"]:
        got = {g["kind"] for g in t["gaps"] if g["contract_no"] == c["contract_no"]}
        if set(c["planted"]) != got: err(name, f"planted {c['planted']} vs gaps {sorted(got)} for {c['contract_no']}")
    shas = collections.Counter(d["sha256"] for d in t["documents"])
    dups = [s for s, n in shas.items() if n > 1]
    if len(dups) != sum("duplicate_evidence" in c["planted"] for c in t["contracts"]): err(name, "unplanned duplicates")
    return t


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "data"
    subs = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "ground_truth.json")))
    total, genres, imgs = 0, collections.Counter(), 0
    for s in subs:
        t = check(root, s)
        total += len(t["documents"])
        imgs += sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
        genres.update(d["genre"] for d in t["documents"])
        print(f"{s}: {len(t['documents'])} docs, tier {t['award_tier_wan']}, total {t['accepted_total_yuan']}, gaps {len(t['gaps'])}")
    new = NEW_GENRES & set(genres)
    print(f"total {total} docs, images {imgs} ({imgs * 100 // max(total, 1)} %), new genres {len(new)}")
    if not (180 <= total <= 260): errors.append("document total out of 180-260")
    if len(new) < 14: errors.append("fewer than 14 new genres")
    t = json.load(open(os.path.join(root, "a26_support_clean", "ground_truth.json"), encoding="utf-8"))
    if t["gaps"] or t["award_tier_wan"] not in (250, 500): errors.append("clean submission not clean")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
