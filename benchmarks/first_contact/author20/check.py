"""Self-check: ground truth, workbook and documents agree. Exit 0 when consistent."""
import json, os, sys, datetime as dt
from decimal import Decimal as D
import openpyxl, pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import uscc_valid, is_large, tier_of, sha256, fmt_money

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]
TYPES = {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
REND = {"text", "scan", "photo", "mixed", "corrupt"}


def main(root):
    errs = []
    names = sorted(n for n in os.listdir(root) if os.path.isdir(os.path.join(root, n)))
    for n in names:
        base = os.path.join(root, n)
        t = json.load(open(os.path.join(base, "ground_truth.json"), encoding="utf-8"))
        sub = os.path.join(base, "submission")
        E = lambda m: errs.append(f"{n}: {m}")
        # files on disk == documents
        ondisk = set()
        for dp, _, fs in os.walk(sub):
            for f in fs:
                rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, "/")
                if rel != "申报信息.xlsx":
                    ondisk.add(rel)
        listed = {d["path"] for d in t["documents"]}
        if ondisk != listed:
            E(f"files vs documents differ: {sorted(ondisk ^ listed)}")
        for d in t["documents"]:
            p = os.path.join(sub, d["path"])
            if sha256(open(p, "rb").read()) != d["sha256"]:
                E(f"sha mismatch {d['path']}")
            if set(d["fields"]) != set(KEYS) or d["doc_type"] not in TYPES or d["rendering"] not in REND:
                E(f"bad entry {d['path']}")
            if d["rendering"] == "text":
                pdf = pdfium.PdfDocument(p)
                txt = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
                pdf.close()
                norm = txt.replace(" ", "").replace("\u3000", "").replace("\r", "").replace("\n", "")
                f = d["fields"]
                for k in ("contract_no", "customer", "payer", "payee"):
                    if f[k] and f[k].replace(" ", "") not in norm:
                        E(f"{d['path']}: {k} {f[k]} not in text")
                if f["amount_yuan"] and fmt_money(f["amount_yuan"]) not in norm and f["doc_type" if False else "amount_yuan"] not in norm:
                    E(f"{d['path']}: amount {f['amount_yuan']} not in text")
                if f["title"] and f["title"].replace(" ", "") not in norm:
                    E(f"{d['path']}: title not in text")
        # workbook rows == contracts
        wb = openpyxl.load_workbook(os.path.join(sub, "申报信息.xlsx"))
        ws = wb["服务用户清单"]
        rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
        if len(rows) != len(t["contracts"]):
            E("workbook row count")
        cust_info = {}
        for r, c in zip(rows, t["contracts"]):
            amt = (D(str(r[5]).replace(",", "")) * 10000).quantize(D("0.01"))
            if r[1] != c["customer"] or r[2] != c["customer_uscc"] or r[3] != c["contract_no"] or f"{amt:.2f}" != c["amount_yuan"]:
                E(f"workbook row {r[0]} differs from truth")
            cust_info[c["contract_no"]] = dict(sme=r[8], emp=int(r[9]), rev=D(str(r[10]).replace(",", "")), tj=r[11], uscc=r[2])
        ws0 = wb["申报单位"]
        kv = {r[0]: r[1] for r in ws0.iter_rows(min_row=3, values_only=True)}
        if kv["单位名称"] != t["applicant"]["name"] or kv["统一社会信用代码"] != t["applicant"]["uscc"]:
            E("applicant differs")
        if not (uscc_valid(t["applicant"]["uscc"]) and t["applicant"]["uscc"][2:4] == "12" and t["applicant"]["address"].startswith("天津市")):
            E("applicant not valid Tianjin")
        # recompute contract-level gaps that can be derived from declared data
        gk = {(g["kind"], g["contract_no"]) for g in t["gaps"]}
        for c in t["contracts"]:
            ci = cust_info[c["contract_no"]]
            if (not uscc_valid(ci["uscc"])) != (("invalid_uscc", c["contract_no"]) in gk):
                E(f"invalid_uscc disagreement {c['contract_no']}")
            if (ci["tj"] == "是" and ci["uscc"][2:4] != "12") != (("not_tianjin", c["contract_no"]) in gk):
                E(f"not_tianjin disagreement {c['contract_no']}")
            if ((ci["sme"] == "是") == is_large(ci["emp"], ci["rev"])) != (("sme_misclassified", c["contract_no"]) in gk):
                E(f"sme disagreement {c['contract_no']}")
            docs = [d for d in t["documents"] if d["contract_no"] == c["contract_no"]]
            for kind, dtp in (("missing_acceptance_report", "acceptance_report"), ("missing_payment_proof", "payment_proof"),
                              ("missing_procurement_proof", "procurement_proof"), ("missing_contract", "contract")):
                has = any(d["doc_type"] == dtp for d in docs)
                if kind != "missing_contract" and has == ((kind, c["contract_no"]) in gk):
                    E(f"{kind} disagreement {c['contract_no']}")
            # amounts within 0.5% unless amount_mismatch
            decl = D(c["amount_yuan"])
            pays = sum((D(d["fields"]["amount_yuan"]) for d in docs if d["doc_type"] == "payment_proof"
                        and not d["note"].startswith("与另一份")), D(0))
            amts = [D(d["fields"]["amount_yuan"]) for d in docs if d["doc_type"] != "payment_proof" and d["fields"]["amount_yuan"]]
            if pays:
                amts.append(pays)
            off = any(abs(a - decl) > decl * D("0.005") for a in amts)
            if off != (("amount_mismatch", c["contract_no"]) in gk):
                E(f"amount disagreement {c['contract_no']}")
            accs = [d for d in docs if d["doc_type"] == "acceptance_report"]
            oop = any(not ("2023-01-01" <= d["fields"]["date"] <= "2023-12-31") for d in accs)
            if oop != (("date_out_of_period", c["contract_no"]) in gk):
                E(f"date disagreement {c['contract_no']}")
            failed = any(d["fields"]["result"] == "failed" for d in accs)
            if failed != (("acceptance_not_passed", c["contract_no"]) in gk):
                E(f"result disagreement {c['contract_no']}")
            pm = any((d["fields"]["payer"] and d["fields"]["payer"] != c["customer"]) or
                     (d["fields"]["payee"] and d["fields"]["payee"] != t["applicant"]["name"]) or
                     (d["fields"]["customer"] and d["fields"]["customer"] != c["customer"]) for d in docs)
            if pm != (("party_mismatch", c["contract_no"]) in gk):
                E(f"party disagreement {c['contract_no']}")
            shas = [d["sha256"] for d in docs]
            if (len(shas) != len(set(shas))) != (("duplicate_evidence", c["contract_no"]) in gk):
                E(f"duplicate disagreement {c['contract_no']}")
        # verified set, total, counts, tier
        bad = {g["contract_no"] for g in t["gaps"] if g["contract_no"] and g["kind"] != "sme_misclassified"}
        ver = [c for c in t["contracts"] if c["contract_no"] not in bad]
        if sorted(c["contract_no"] for c in ver) != sorted(t["verified_contracts"]):
            E("verified set")
        total = sum((D(c["amount_yuan"]) for c in ver), D("0.00"))
        if f"{total:.2f}" != t["accepted_total_yuan"]:
            E("total")
        vc = {c["customer"] for c in ver}
        vs = {c["customer"] for c in ver if not is_large(cust_info[c["contract_no"]]["emp"], cust_info[c["contract_no"]]["rev"])}
        nstd = sum(s["has_document"] for s in t["standards"])
        if (len(vc), len(vs), nstd) != (t["verified_customer_count"], t["verified_sme_customer_count"], t["standards_with_document"]):
            E("counts")
        std_docs = {d["fields"]["title"] for d in t["documents"] if d["doc_type"] == "standard_draft"}
        for s in t["standards"]:
            if s["has_document"] != (s["name"] in std_docs):
                E(f"standard doc {s['name']}")
        req = t["requirements"]
        exp = {"S-customers": len(vc) >= 8, "S-total": total >= 25000000, "S-sme": len(vs) >= 5, "S-standards": nstd >= 3}
        for k, ok in exp.items():
            if (req[k] == "met") != ok:
                E(f"requirement {k}")
        gate = all(req[k] == "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"))
        if t["award_tier_wan"] != (tier_of(total) if gate else 0):
            E("tier")
        print(f"{n}: {len(t['documents'])} docs, tier {t['award_tier_wan']}, {len(t['gaps'])} gaps")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")))
