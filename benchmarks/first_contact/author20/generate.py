"""author20 first-contact set: 3 support-cycle (2023) submissions.

python generate.py --out data --seed 20
Deterministic for a seed (text-layer PDF bytes; scan pixels depend on library versions).
"""
import argparse, io, json, os, random, shutil, sys, datetime as dt
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import openpyxl
from openpyxl.styles import Alignment, Font
from common import make_uscc, uscc_valid, USCC_CHARS, is_large, tier_of, sha256
from data_model import SUBMISSIONS, TJ
import genres as G
from render import degrade, images_to_pdf, jpeg_bytes

PERIOD = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
BANKS = ["中国工商银行天津{}支行", "中国农业银行天津{}支行", "招商银行天津{}支行", "上海浦东发展银行天津{}支行",
         "天津农村商业银行{}支行", "中信银行天津{}支行", "兴业银行天津{}支行"]
RECEIPT_BANK = {"中国工商银行": "中国工商银行", "中国农业银行": "中国农业银行"}

C_GENRES = [G.contract_prose, G.contract_lease, G.contract_fidic, G.contract_form]
A_GENRES = [G.acc_report, G.acc_lvyue, G.acc_service, G.acc_zhenggai]
P_GENRES = [G.pay_ebank, G.pay_jizhang, G.pay_mobile_income]
R_GENRES = [G.proc_notice, G.proc_po_change, G.proc_multilot]
O_GENRES = [G.oth_nda, G.oth_acc_apply, G.oth_packing]


def wan_to_yuan(w):
    return (D(w) * 10000).quantize(D("0.01"))


def build(name, spec, seed, out):
    rng = random.Random(f"{seed}-{name}")
    app_name, app_dist, app_addr = spec["applicant"]
    app = dict(name=app_name, uscc=make_uscc(rng, TJ[app_dist]), addr=app_addr, bank=spec["bank"][0], acct=spec["bank"][1])
    custs = {}
    for key, cname, dist, addr, emp, rev, sme in spec["customers"]:
        region = TJ[dist] if dist else "131003"
        code = make_uscc(rng, region)
        c = dict(key=key, name=cname, uscc=code, addr=addr, emp=emp, rev=rev, sme=sme, tj="是")
        custs[key] = c
    contracts = []
    for (ck, no, pname, wan, sign, accd, splits, plant) in spec["contracts"]:
        c = custs[ck]
        if "invalid_uscc" in plant:
            bad = c["uscc"][:17] + USCC_CHARS[(USCC_CHARS.index(c["uscc"][17]) + 7) % 31]
            c["uscc"] = bad
        declared = wan_to_yuan(wan)
        actual = declared
        if "amount_mismatch" in plant:
            actual = wan_to_yuan("546.00")
        contracts.append(dict(cust=c, no=no, name=pname, wan=wan, declared=declared, amount=actual, sign=sign,
                              acc=accd, splits=splits, plant=plant))

    sub = os.path.join(out, name, "submission")
    os.makedirs(sub, exist_ok=True)
    docs = []
    folders = ["资料1", "资料2", "补充材料", "扫描件", ""]
    counter = [0]

    def emit(res, contract_no, force=None):
        """Render one generated doc to a file (text, scan, photo or image) and record truth."""
        counter[0] += 1
        n = counter[0]
        r = rng.random()
        folder = rng.choice(folders)
        if "img" in res:  # screenshot
            ext = rng.choice(["png", "png", "jpg"])
            b = io.BytesIO()
            if ext == "png":
                res["img"].save(b, "PNG", optimize=False)
            else:
                b.write(jpeg_bytes(res["img"], 88))
            data, rendering = b.getvalue(), "scan"
            fname = f"Screenshot_2023{n:04d}_{rng.randint(100000, 999999)}.{ext}"
        else:
            kind = force or ("photo" if r < 0.14 else "scan" if r < 0.36 else "text")
            if kind == "text":
                data, rendering = res["pdf"], "text"
                fname = rng.choice([f"doc{n:03d}.pdf", f"附件{n}.pdf", f"{rng.randint(10 ** 7, 10 ** 8)}.pdf"])
            else:
                ims = degrade(res["pdf"], rng, kind)
                if len(ims) == 1 and rng.random() < 0.45:
                    ext = "jpg" if kind == "photo" or rng.random() < 0.6 else "png"
                    b = io.BytesIO()
                    if ext == "png":
                        ims[0].convert("L").save(b, "PNG")
                    else:
                        b.write(jpeg_bytes(ims[0], rng.randint(55, 80)))
                    data = b.getvalue()
                    fname = (f"IMG_2023{rng.randint(1000, 1231)}_{rng.randint(100000, 999999)}.{ext}" if kind == "photo"
                             else f"扫描{n:03d}.{ext}")
                else:
                    data = images_to_pdf(ims, rng)
                    fname = f"扫描全能王 {n:03d}.pdf" if kind == "scan" else f"手机拍照{n:03d}.pdf"
                rendering = kind
        rel = (folder + "/" if folder else "") + fname
        path = os.path.join(sub, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        entry = dict(path=rel, doc_type=res["doc_type"], rendering=rendering, contract_no=contract_no,
                     sha256=sha256(data), note=res["note"], fields=res["fields"], genre=res["genre"])
        docs.append(entry)
        return entry, data

    gi = 0
    for i, K in enumerate(contracts):
        C, plant = K["cust"], K["plant"]
        x = dict(app=app, cust=C, con=K, rng=rng, acc_date=K["acc"])
        # contract
        g = C_GENRES[i % 4]
        if any(p in plant for p in ("roles_reversed", "distractor_amounts_dates", "tax_split", "invalid_uscc")):
            g = G.contract_prose
        if "not_tianjin" in plant:
            g = G.contract_prose
        x["spaced"] = name != "s2_gaps" and i in (1, 4)
        res = g(x)
        entry, data = emit(res, K["no"])
        if "duplicate_evidence" in plant:
            # the identical bytes uploaded a second time under another name
            rel2 = "补充材料/合同扫描-副本.pdf" if entry["path"].endswith(".pdf") else "补充材料/合同-副本." + entry["path"].rsplit(".", 1)[1]
            p2 = os.path.join(sub, rel2); os.makedirs(os.path.dirname(p2), exist_ok=True)
            open(p2, "wb").write(data)
            e2 = dict(entry); e2["path"] = rel2; e2["note"] = "与另一份合同文件字节完全相同（重复上传）"
            docs.append(e2)
        # acceptance
        if "missing_acceptance_report" not in plant:
            g = A_GENRES[(i + 1) % 4]
            if "acceptance_on_last_day" in plant:
                g = G.acc_zhenggai
            if "acceptance_not_passed" in plant:
                g = G.acc_lvyue
                x["result"] = "failed"
            if "amount_mismatch" in plant:
                g = G.acc_report
            emit(g(x), K["no"])
            x.pop("result", None)
        # procurement
        if "missing_procurement_proof" not in plant:
            if "procurement_amount_within_tolerance" in plant:
                x["proc_amount"] = wan_to_yuan("377.90")
                g = G.proc_notice
            else:
                g = R_GENRES[i % 3]
            emit(g(x), K["no"])
            x.pop("proc_amount", None)
        # payments
        if K["splits"]:
            amts = [(K["amount"] * D(str(s))).quantize(D("0.01")) for s in K["splits"]]
            amts[-1] = K["amount"] - sum(amts[:-1])
            start = max(K["sign"] + dt.timedelta(days=10), dt.date(2022, 12, 1))
            end = min(K["acc"] + dt.timedelta(days=35), dt.date(2023, 12, 29))
            if end <= start:
                end = start + dt.timedelta(days=20)
            span = (end - start).days
            for j, a in enumerate(amts):
                pdate = start + dt.timedelta(days=int(span * (j + 1) / (len(amts) + 0.5)))
                payer = C["name"]
                if "party_mismatch" in plant:
                    payer = "天津朗驰投资控股有限公司" if name == "s2_gaps" else "天津恒泰智能装备有限公司"
                bank = BANKS[(i + j) % len(BANKS)].format(rng.choice(["河东", "开发区", "西青", "北辰", "红桥", "空港"]))
                cite = (i + j) % 2 == 0
                memo = (f"支付{K['no']}合同款" if cite else rng.choice(["项目进度款", "货款", "设备款及服务费", "合同尾款"]))
                P = dict(payer=payer, payer_acct=str(rng.randint(10 ** 15, 10 ** 16)) + str(rng.randint(100, 999)),
                         payer_bank=bank, bank_name=bank.split("天津")[0] if "天津农村" not in bank else "天津农村商业银行",
                         amount=a, date=pdate, memo=memo, no_in_memo=K["no"] if cite else None)
                x["pay"] = P
                g = P_GENRES[(i + j) % 3]
                emit(g(x), K["no"])
                if "fee_distractor" in plant and j == 1:
                    emit(G.oth_fee(x), None)
        # one "other" per contract (tricky extras)
        if "distractor_notices" in plant:
            emit(G.oth_unsuccessful(x), None)
            emit(G.oth_acc_apply(x), None)
        elif i % 2 == 0 or name != "s2_gaps":
            emit(O_GENRES[i % 3](x), None)
    # standards
    std_rows = []
    for si, S in enumerate(spec["standards"]):
        has = S[0] != spec.get("missing_standard")
        std_rows.append(dict(seq=si + 1, name=S[0], category=S[1], stage=S[2], has_document=has))
        if has:
            emit(G.std_draft(dict(std=S, app=app, rng=rng)), None)
    # corrupt file (gaps submission)
    corrupt = None
    if spec["kind"] == "gaps":
        b = G.acc_report(dict(app=app, cust=contracts[0]["cust"], con=contracts[0], rng=rng, acc_date=contracts[0]["acc"]))["pdf"]
        data = b[: len(b) // 3]
        rel = "补充材料/doc_final(1).pdf"
        open(os.path.join(sub, rel), "wb").write(data)
        docs.append(dict(path=rel, doc_type="other", rendering="corrupt", contract_no=None, sha256=sha256(data),
                         note="截断的 PDF，无法打开", fields=G.fields(), genre="O-corrupt"))
        corrupt = rel

    # ------------------------------------------------------------ truth (own reasoning under format.md)
    gaps = []
    verified = []
    for K in contracts:
        C = K["cust"]
        g = []
        for p in K["plant"]:
            if p in ("missing_payment_proof", "missing_acceptance_report", "missing_procurement_proof", "amount_mismatch",
                     "date_out_of_period", "acceptance_not_passed", "party_mismatch", "invalid_uscc", "not_tianjin",
                     "duplicate_evidence"):
                g.append(dict(kind=p, contract_no=K["no"], customer=C["name"], requirement="S-evidence"))
        large = is_large(C["emp"], C["rev"])
        if (C["sme"] == "是") == large:
            g.append(dict(kind="sme_misclassified", contract_no=K["no"], customer=C["name"], requirement="S-sme"))
        gaps += g
        if all(x_["kind"] == "sme_misclassified" for x_ in g):
            verified.append(K)
    if corrupt:
        gaps.append(dict(kind="unreadable_document", contract_no=None, customer=None, requirement="S-evidence", file=corrupt))
    for s in std_rows:
        if not s["has_document"]:
            gaps.append(dict(kind="missing_standard_document", contract_no=None, customer=None, requirement="S-standards", standard=s["name"]))
    total = sum((K["declared"] for K in verified), D("0.00"))
    vcust = {K["cust"]["name"] for K in verified}
    vsme = {K["cust"]["name"] for K in verified if not is_large(K["cust"]["emp"], K["cust"]["rev"])}
    nstd = sum(1 for s in std_rows if s["has_document"])
    sub_gaps = []
    if len(vcust) < 8:
        sub_gaps.append(("customer_count_below_threshold", "S-customers"))
    if total < D(25000000):
        sub_gaps.append(("total_below_threshold", "S-total"))
    if len(vsme) < 5:
        sub_gaps.append(("sme_count_below_threshold", "S-sme"))
    if nstd < 3:
        sub_gaps.append(("standards_below_threshold", "S-standards"))
    for k, rq in sub_gaps:
        gaps.append(dict(kind=k, contract_no=None, customer=None, requirement=rq))
    kinds = {x_["kind"] for x_ in gaps}
    req = {"E-tianjin": "met",
           "S-customers": "not_met" if "customer_count_below_threshold" in kinds else "met",
           "S-total": "not_met" if "total_below_threshold" in kinds else "met",
           "S-evidence": "not_met" if any(x_["requirement"] == "S-evidence" for x_ in gaps) else "met",
           "S-standards": "not_met" if "standards_below_threshold" in kinds else "met",
           "S-sme": "not_met" if "sme_count_below_threshold" in kinds else "met"}
    gate = all(req[k] == "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"))
    tier = tier_of(total) if gate else 0
    truth = dict(
        phase="支持", period=["2023-01-01", "2023-12-31"],
        applicant=dict(name=app["name"], uscc=app["uscc"], address=app["addr"]),
        award_tier_wan=tier, accepted_total_yuan=f"{total:.2f}", requirements=req, gaps=gaps,
        verified_contracts=[K["no"] for K in verified], verified_customer_count=len(vcust),
        verified_sme_customer_count=len(vsme), standards_with_document=nstd,
        contracts=[dict(seq=i + 1, contract_no=K["no"], customer=K["cust"]["name"], customer_uscc=K["cust"]["uscc"],
                        amount_yuan=f"{K['declared']:.2f}", planted=K["plant"]) for i, K in enumerate(contracts)],
        standards=std_rows, documents=docs)
    write_workbook(os.path.join(sub, "申报信息.xlsx"), app, contracts, std_rows, rng)
    with open(os.path.join(out, name, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def write_workbook(path, app, contracts, std_rows, rng):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "申报单位"
    ws.merge_cells("A1:B1"); ws["A1"] = "申报单位基本信息"
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", app["name"]), ("统一社会信用代码", app["uscc"]), ("注册地址", app["addr"]),
                 ("申报方向", "智能制造和工业互联网系统解决方案供应商"), ("服务行业", "装备制造、食品、化工"), ("阶段", "支持")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
           "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2["A1"] = "2023年度服务用户及合同清单（金额单位：万元）"
    ws2.append(hdr)
    maxrev = max(float(K["cust"]["rev"]) for K in contracts)
    for i, K in enumerate(contracts):
        C = K["cust"]
        sign = K["sign"] if i % 3 else f"{K['sign'].year}年{K['sign'].month}月{K['sign'].day}日"
        acc = K["acc"] if i % 3 != 1 else f"{K['acc'].year}年{K['acc'].month}月{K['acc'].day}日"
        amt = float(D(K["wan"])) if i != 2 else f"{D(K['wan']):.2f}"
        rev = C["rev"] if not isinstance(C["rev"], str) else float(C["rev"])
        if float(C["rev"]) == maxrev:
            rev = "{:,}".format(int(float(C["rev"])))
        ws2.append([i + 1, C["name"], C["uscc"], K["no"], K["name"], amt, sign, acc, C["sme"], C["emp"], rev, C["tj"]])
    for row in ws2.iter_rows(min_row=3):
        for cell in row[6:8]:
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1"); ws3["A1"] = "参与制定的标准（草案）"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for s in std_rows:
        ws3.append([s["seq"], s["name"], s["category"], s["stage"]])
    wb.properties.created = dt.datetime(2024, 3, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    wb.save(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    if os.path.exists(a.out):
        for n in SUBMISSIONS:
            shutil.rmtree(os.path.join(a.out, n), ignore_errors=True)
    os.makedirs(a.out, exist_ok=True)
    for n, spec in SUBMISSIONS.items():
        t = build(n, spec, a.seed, a.out)
        nd = len(t["documents"]); ns = sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
        print(f"{n}: docs={nd} scans/photos={ns} tier={t['award_tier_wan']} total={t['accepted_total_yuan']} "
              f"gaps={[g['kind'] for g in t['gaps']]}")


if __name__ == "__main__":
    main()
