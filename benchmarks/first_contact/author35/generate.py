"""Generate the author35 first-contact set: python generate.py --out data --seed 35"""
import argparse, json, os, shutil, io, zipfile, datetime, random
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment
import docs as D
import render as R
import rules
from util import make_uscc, break_uscc, sub_rng, sha256_file, yuan, zh_date

TJ = [("西青区", "120111", "天津市西青区中北镇星光路"), ("滨海新区", "120116", "天津市滨海新区经济技术开发区第三大街"),
      ("东丽区", "120110", "天津市东丽区华明高新区华丰路"), ("津南区", "120112", "天津市津南区八里台镇津沽路"),
      ("北辰区", "120113", "天津市北辰区北辰经济技术开发区双辰中路"), ("武清区", "120114", "天津市武清区京滨工业园京滨睿城"),
      ("宝坻区", "120115", "天津市宝坻区九园工业园区"), ("静海区", "120118", "天津市静海区经济开发区北区"),
      ("河西区", "120103", "天津市河西区友谊路"), ("南开区", "120104", "天津市南开区华苑产业区海泰西路")]
OUT = [("110108", "北京市海淀区上地信息路"), ("130102", "河北省石家庄市长安区中山东路"), ("370202", "山东省青岛市市南区香港中路"),
       ("320505", "江苏省苏州市虎丘区科技城锦峰路"), ("131002", "河北省廊坊市安次区龙河高新区")]
W1 = ["赟达", "昀橦", "瑄和", "翀宇", "堃泰", "宏鑫", "博远", "精诚", "瑞丰", "恒信", "华睿", "德源", "汇通", "盛达", "明轩", "正科",
      "联创", "众鑫", "凯旋", "卓越", "天骄", "鼎立", "海晟", "润泽", "金桥", "嘉禾", "永固", "立德", "新航", "兴邦", "泰和", "安捷",
      "同舟", "佳诚", "云帆", "中联", "启航", "博瑞", "晟达", "通宇", "宸瑞", "骏驰", "弘毅", "晨曦", "锦程", "隆盛", "远景", "鸿运",
      "思源", "琨瑜", "炜业", "煜晟", "珩泰", "璟程", "骐骥", "燊达", "钰隆", "湉源", "霈泽", "禛诚"]
W2 = ["精密机械", "汽车零部件", "电气设备", "新材料", "食品", "医疗器械", "液压", "模具", "包装", "电子科技", "金属制品", "化工",
      "纺织", "家具", "轴承", "阀门", "自行车", "印刷", "塑胶", "智能装备"]
PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄蕾", "周赟", "吴昀", "徐瑄", "孙翀", "马堃", "朱橦", "胡军", "郭涛"]


class Namer:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def firm(self, tj=True, region=None, kind="有限公司"):
        while True:
            w = self.rng.choice(W1) + self.rng.choice(W2)
            if w not in self.used:
                self.used.add(w)
                break
        if tj:
            dist, code, addr = region or self.rng.choice(TJ)
            return {"name": "天津%s%s" % (w, kind), "uscc": make_uscc(self.rng, code),
                    "address": "%s%d号" % (addr, self.rng.randrange(1, 300)), "district": dist}
        code, addr = self.rng.choice(OUT)
        prov = addr[:2]
        return {"name": "%s%s%s" % (prov, w, kind), "uscc": make_uscc(self.rng, code),
                "address": "%s%d号" % (addr, self.rng.randrange(1, 300)), "district": "外省市"}


def d_add(d, days):
    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=days)).isoformat()


# ------------------------------------------------------------------ scenarios
def build(name, seed):
    rng = sub_rng(seed, name)
    nm = Namer(rng)
    ap = nm.firm(True, TJ[0], "智能科技有限公司")
    ap = {"name": ap["name"], "uscc": ap["uscc"], "address": ap["address"]}
    S = {"name": name, "applicant": ap, "contracts": [], "suppliers": [], "meetings": [], "diagnoses": [], "standards": []}

    def contract(i, amount_fen, tj=True, sme=True, plant=(), **kw):
        cu = kw.pop("cust", None) or nm.firm(tj)
        sign = "2023-%02d-%02d" % (rng.randrange(3, 12), rng.randrange(1, 28))
        acc = kw.pop("acc_date", "2024-%02d-%02d" % (rng.randrange(2, 12), rng.randrange(1, 28)))
        staff, rev = (rng.randrange(80, 900), rng.randrange(3000, 38000)) if sme else (rng.randrange(1100, 5000), rng.randrange(45000, 400000))
        c = {"seq": i, "no": "TJZZ-%s-%03d" % (sign[:4], rng.randrange(100, 999)) + chr(65 + i), "customer": cu,
             "name": rng.choice(["数字化车间建设合同", "MES系统实施合同", "设备联网与数据采集项目合同", "智能仓储系统集成合同",
                                  "质量追溯系统建设合同", "工业互联网平台应用合同"]),
             "amount_fen": amount_fen, "sign_date": sign, "acc_date": acc, "arrive": d_add(acc, -40),
             "delivery": d_add(sign, 420), "bid_open": d_add(sign, -25), "notice_date": d_add(sign, -12),
             "staff": staff, "revenue": rev, "declared_sme": sme, "declared_tj": tj, "planted": list(plant)}
        c.update(kw)
        S["contracts"].append(c)
        return c

    def supplier(i, fen, tj=True, plant=(), **kw):
        sup = nm.firm(tj)
        s = {"seq": i, "sup": sup, "no": "FB-2024-%03d" % rng.randrange(100, 999), "fen": fen,
             "date": "2024-%02d-%02d" % (rng.randrange(1, 12), rng.randrange(1, 28)), "due": "2025-03-31",
             "scope": rng.choice(["电控柜成套", "现场布线安装", "MES二次开发", "AGV调度软件"]), "planted": list(plant),
             "name": rng.choice(["电控系统分包合同", "软件开发分包协议", "安装工程分包合同"])}
        s.update(kw)
        S["suppliers"].append(s)
        return s

    def meeting(i, n_tj, date=None, plant=(), extra=()):
        host = {"name": ap["name"], "uscc": ap["uscc"], "address": ap["address"], "district": TJ[0][0]}
        sheet = [host] + [nm.firm(True) for _ in range(n_tj)] + list(extra)
        for a in sheet:
            a["person"] = rng.choice(PEOPLE)
        date = date or "2024-%02d-%02d" % (rng.randrange(1, 12), rng.randrange(1, 28))
        topics = ["设备数字化改造", "MES应用实践", "工业互联网平台赋能", "智能仓储物流", "质量数字化", "数字化转型路径"]
        t = topics[i % len(topics)]
        m = {"seq": i, "name": "智能制造%s经验交流会（第%d场）" % (t, i), "date": date, "topic": t,
             "place": "%s会议中心%d楼" % (ap["name"][:6], rng.randrange(2, 9)), "sheet": sheet, "planted": list(plant),
             "declared_count": n_tj, "cert_date": d_add(date, 5), "weekday": datetime.date.fromisoformat(date).weekday()}
        S["meetings"].append(m)
        return m

    def diagnosis(i, date=None, sol=True, plant=(), **kw):
        cu = nm.firm(rng.random() < 0.8)
        date = date or "2024-%02d-%02d" % (rng.randrange(1, 12), rng.randrange(1, 28))
        d = {"seq": i, "cust": cu, "date": date, "has_solution": sol, "planted": list(plant),
             "mail_date": d_add(date, 6), "title": "%s智能制造免费诊断报告" % cu["name"][2:6]}
        d.update(kw)
        S["diagnoses"].append(d)
        return d

    def standard(i, upload=True):
        s = {"seq": i, "name": rng.choice(["离散制造车间设备数据采集接口规范", "中小企业MES实施指南", "工业互联网平台设备接入要求",
                                            "智能仓储系统验收规范", "制造企业质量追溯数据要求"]) + ["", "（第2部分）", "（第3部分）"][i % 3],
             "code": "T/TJZN %03d—2024" % (10 + i), "stage": rng.choice(["征求意见稿", "送审稿", "草案"]),
             "issuer": "天津市智能制造产业协会", "upload": upload, "kind": "团体标准"}
        S["standards"].append(s)

    W = lambda wan: int(Decimal(str(wan)) * 1000000)   # 万元 -> fen
    if name.endswith("clean"):
        for i, w in enumerate([420, 385.6, 310, 268.8, 512, 276.5, 330], 1):
            contract(i, W(w), tj=i <= 5, sme=i != 4)
        for i in range(1, 4):
            supplier(i, W([38, 56.5, 24][i - 1]), genre=i - 1)
        for i in range(1, 11):
            meeting(i, 10 + i % 3)
        for i in range(1, 31):
            diagnosis(i)
        for i in range(1, 4):
            standard(i)
    elif name.endswith("gaps"):
        contract(1, W(380))
        contract(2, W(260), plant=["missing_acceptance_report"], no_acc=True)
        contract(3, W(290), plant=["missing_payment_proof"], no_pay=True)
        c4 = contract(4, W(210), plant=["party_mismatch"])
        c4["payer_override"] = c4["customer"]["name"].replace("有限公司", "集团有限公司")
        contract(5, W(330), plant=["amount_mismatch"], doc_amount=W(330) * 103 // 100)
        contract(6, W(150), plant=["date_out_of_period"], acc_date="2023-12-28")
        contract(7, W(188), plant=["acceptance_not_passed"], acc_result="failed")
        c8 = contract(8, W(205), plant=["invalid_uscc"])
        c8["customer"]["uscc"] = break_uscc(c8["customer"]["uscc"])
        c9 = contract(9, W(176), plant=["not_tianjin"])
        c9["customer"] = nm.firm(False)
        contract(10, W(240), sme=True, plant=["sme_misclassified"], real_large=True)
        contract(11, W(199), plant=["duplicate_evidence"], dup=True)
        contract(12, W(222), plant=["missing_procurement_proof"], no_proc=True)
        supplier(1, W(40), genre=0)
        supplier(2, W(30), tj=False, plant=["subcontractor_not_tianjin"], genre=1)
        supplier(3, W(22), plant=["missing_subcontract"], no_doc=True)
        supplier(4, W(35), plant=["date_out_of_period"], date="2023-11-20", genre=2)
        for i in range(1, 11):
            if i == 1:
                meeting(i, 11, plant=["missing_meeting_record"])["no_doc"] = True
            elif i == 2:
                meeting(i, 8, plant=["meeting_attendance_below_threshold"])["declared_count"] = 12
            elif i == 3:
                meeting(i, 11, date="2023-12-15", plant=["date_out_of_period"])
            else:
                meeting(i, 10 + i % 2)
        for i in range(1, 31):
            if i in (4, 17):
                diagnosis(i, sol=False, plant=["diagnosis_without_solution"])
            elif i == 9:
                diagnosis(i, plant=["missing_diagnosis_report"], no_doc=True)
            elif i == 23:
                diagnosis(i, date="2025-01-08", plant=["date_out_of_period"])
            else:
                diagnosis(i)
        standard(1); standard(2); standard(3, upload=False)
        S["corrupt"] = True
    else:  # tricky
        amounts = [W(300), W(250), W(220), W(280), W(260)]
        amounts.append(W(1500) - sum(amounts))
        c1 = contract(1, amounts[0], plant=["trap:instalments"], instalments=3)
        br = nm.firm(True, TJ[1], "有限公司")
        br["name"] = "北京%s有限公司天津分公司" % br["name"][2:-4]
        c2 = contract(2, amounts[1], cust=br, plant=["trap:branch_office_customer", "trap:amount_within_0.5%"],
                      doc_amount=amounts[1] * 10036 // 10000)
        contract(3, amounts[2], tj=False, plant=["trap:acceptance_on_last_day"], acc_date="2024-12-31",
                 cust=nm.firm(False))
        contract(4, amounts[3], tj=False, sme=False, plant=["trap:large_declared_correctly"], cust=nm.firm(False))
        c5 = contract(5, amounts[4], tj=False, plant=["trap:sme_border_1000_staff"], cust=nm.firm(False))
        c5["staff"], c5["revenue"] = 1000, 39999
        contract(6, amounts[5], tj=False, plant=["trap:acceptance_on_first_day"], acc_date="2024-01-01", cust=nm.firm(False))
        c7 = contract(7, W(180), tj=False, plant=["party_mismatch"], cust=nm.firm(False))
        c7["payer_override"] = c7["customer"]["name"].replace("有限公司", "集团股份有限公司")
        supplier(1, W(48), genre=1, date="2024-12-31")
        s2 = supplier(2, W(25), genre=2, plant=["trap:amount_within_0.5%"])
        s2["doc_fen"] = s2["fen"] * 10045 // 10000
        s3 = supplier(3, W(31), genre=0, plant=["amount_mismatch"])
        s3["doc_fen"] = s3["fen"] * 10060 // 10000
        for i in range(1, 11):
            extra = [nm.firm(False)]
            if i == 3:
                b = nm.firm(False)
                b["name"] = b["name"][:-4] + "天津分公司"
                b["address"] = "天津市河西区友谊路%d号" % rng.randrange(10, 90)
                extra = [b]     # non-12 code but 天津市 address: counts
            m = meeting(i, 10 if i != 3 else 9, date="2024-12-31" if i == 10 else None,
                        plant=["trap:exactly_10"], extra=extra)
            if i == 3:
                m["declared_count"] = 10
            if i == 5:
                m["sheet"].append(dict(m["sheet"][2]))   # same firm signed twice
        m11 = meeting(11, 9, plant=["meeting_attendance_below_threshold"], extra=[nm.firm(False)])
        m11["declared_count"] = 10
        m11["sheet"].append(dict(m11["sheet"][1]))
        for i in range(1, 31):
            if i == 30:
                diagnosis(i, date="2024-12-31", sol_label="对策与建议", plant=["trap:last_day"])
            elif i == 7:
                diagnosis(i, date="2024-12-28", plant=["trap:mail_date_2025"], force_genre=5)
            else:
                diagnosis(i, sol_label=rng.choice(["解决方案", "改进建议", "实施方案", "对策与建议"]))
        diagnosis(31, date="2023-12-29", plant=["date_out_of_period"])
        for i in range(1, 4):
            standard(i)
    for c in S["contracts"]:
        if c.get("real_large"):
            c["staff"], c["revenue"] = 2300, 120000
    return S, rng


# ------------------------------------------------------------------ rendering and files
FOLDERS = {"contract": "01-销售合同", "acceptance_report": "02-验收证明", "payment_proof": "03-回款凭证",
           "procurement_proof": "04-中标及采购证明", "subcontract": "05-本地配套供应商分包合同",
           "meeting_record": "06-经验交流会资料", "diagnosis_report": "07-免费诊断报告", "standard_draft": "08-标准草案",
           "other": "09-其他材料"}


class Writer:
    def __init__(self, root, rng, seed):
        self.root, self.rng, self.seed, self.n, self.docs = root, rng, seed, 0, []
        self.key = os.path.basename(os.path.dirname(os.path.abspath(root)))

    def add(self, kind, genre, ctx, item, contract_no, note, force=None, subject=None, extra_item=None):
        self.n += 1
        r = sub_rng(self.seed, self.key, self.n)
        if extra_item is not None:
            pages, fields, extra = genre(ctx, item, r, extra_item)
        else:
            pages, fields, extra = genre(ctx, item, r)
        x = r.random()
        mode = force or ("scan" if x < 0.31 else "photo" if x < 0.48 else "text")
        folder = FOLDERS[kind]
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        stem = r.choice(["扫描件%04d" % r.randrange(1, 9999), "IMG_2025%02d%02d_%06d" % (r.randrange(1, 4), r.randrange(1, 28), r.randrange(10 ** 5, 10 ** 6)),
                         "附件%d" % self.n, "doc%03d" % self.n, "新建文件%d" % self.n, "微信图片_%d" % r.randrange(10 ** 9, 10 ** 10)])
        base = stem
        while any(os.path.exists(os.path.join(self.root, folder, base + e)) for e in (".pdf", ".jpg", ".png", ".tif")):
            base += "_1"
        stem = base
        if mode == "text":
            rel = "%s/%s.pdf" % (folder, stem)
            R.to_pdf(pages, os.path.join(self.root, rel), font="STSong-Light" if r.random() < 0.15 else "WQY")
        elif mode == "scan":
            ext = r.choice(["pdf", "pdf", "jpg", "png", "tif"])
            if len(pages) > 1:
                ext = "pdf"
            dpi = r.choice([150, 160, 180]) if ext in ("pdf", "jpg") else 150
            ims = [R.scan(R.to_image(p, dpi), r) for p in pages]
            rel = "%s/%s.%s" % (folder, stem, ext)
            if ext == "pdf":
                self._img_pdf(ims, os.path.join(self.root, rel))
            else:
                R.save_image(ims[0], os.path.join(self.root, rel))
        else:
            dpi = r.choice([110, 130, 150])
            ims = [R.photo(R.to_image(p, dpi), r) for p in pages]
            if len(ims) > 1:
                rel = "%s/%s.pdf" % (folder, stem)
                self._img_pdf(ims, os.path.join(self.root, rel))
            else:
                rel = "%s/%s.jpg" % (folder, stem)
                R.save_image(ims[0], os.path.join(self.root, rel), quality=78)
        e = {"path": rel, "doc_type": kind, "rendering": mode, "contract_no": contract_no, "sha256": None,
             "note": note, "genre": genre.__name__, "fields": fields}
        if subject is not None:
            e["subject"] = subject
        e.update(extra)
        self.docs.append(e)
        return e

    def _img_pdf(self, ims, path):
        pages = []
        for im in ims:
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=80)
            pg = type("P", (), {})()
            pg.w, pg.h = (297, 210) if im.size[0] > im.size[1] else (210, 297)
            pg.image = io.BytesIO(buf.getvalue())
            pages.append(pg)
        R.to_pdf(pages, path)


def render_submission(S, rng, out, seed):
    root = os.path.join(out, S["name"], "submission")
    if os.path.exists(os.path.join(out, S["name"])):
        shutil.rmtree(os.path.join(out, S["name"]))
    os.makedirs(root)
    ctx = {"applicant": S["applicant"]}
    w = Writer(root, rng, seed)
    ap = S["applicant"]
    for k, c in enumerate(S["contracts"]):
        cg = D.contract_prose if k % 2 == 0 else D.contract_grid
        e = w.add("contract", cg, ctx, c, c["no"], "合同（%s）" % ("散文体、字距拉开的甲方标签、预付款/质保金/违约金/交货期干扰" if k % 2 == 0 else "表格式首页、履约保证金/暂定价干扰"))
        if c.get("dup"):
            src = os.path.join(root, e["path"])
            rel = "09-其他材料/补充材料%02d.pdf" % k if e["path"].endswith(".pdf") else "09-其他材料/补充材料%02d.%s" % (k, e["path"].rsplit(".", 1)[1])
            os.makedirs(os.path.join(root, "09-其他材料"), exist_ok=True)
            shutil.copyfile(src, os.path.join(root, rel))
            e2 = dict(e, path=rel, note="与合同文件字节完全相同的重复上传")
            w.docs.append(e2)
        if not c.get("no_acc"):
            ag = D.acceptance_lab if k % 3 == 1 else D.acceptance_form
            w.add("acceptance_report", ag, ctx, c, c["no"], "验收（%s）" % ("第三方软件评测中心验收测试报告+用户验收意见" if ag is D.acceptance_lab else "项目验收单，手绘勾选"))
        if not c.get("no_pay"):
            n = c.get("instalments", 1 if k % 4 else 2)
            fen = c["amount_fen"]
            parts = [fen * 3 // 10, fen * 6 // 10] if n == 2 else ([fen * 3 // 10, fen * 5 // 10] if n == 3 else [])
            parts.append(fen - sum(parts))
            for j, pf in enumerate(parts):
                inst = {"payer": c.get("payer_override", c["customer"]["name"]), "payee": ap["name"], "fen": pf,
                        "date": d_add(c["sign_date"], 20 + 150 * j),
                        "memo": ("%s 第%d笔" % (c["no"], j + 1)) if (k + j) % 2 == 0 else "项目款"}
                w.add("payment_proof", D.payment_receipt, ctx, c, c["no"], "银行电子回单（第%d/%d笔）" % (j + 1, len(parts)), extra_item=inst)
        if not c.get("no_proc"):
            pg = D.procurement_notice if k % 2 == 0 else D.purchase_order
            w.add("procurement_proof", pg, ctx, c, c["no"], "中标通知书（开标日/有效期/履约担保干扰）" if pg is D.procurement_notice else "采购订单")
    for s in S["suppliers"]:
        if s.get("no_doc"):
            continue
        g = D.SUB_GENRES[s.get("genre", 0) % 3]
        w.add("subcontract", g, ctx, s, s["no"], "分包合同：%s" % g.__doc__.split(":")[0].strip() if g.__doc__ else "分包合同")
    for i, m in enumerate(S["meetings"]):
        if m.get("no_doc"):
            continue
        g = D.MEETING_GENRES[i % len(D.MEETING_GENRES)]
        force = "photo" if g is D.meeting_logbook else ("scan" if g is D.meeting_txdoc else None)
        w.add("meeting_record", g, ctx, m, None, "交流会：%s" % (g.__doc__ or "会议纪要+签到表").strip()[:40], force=force, subject=m["name"])
        w.docs[-1]["signin"] = [{"name": a["name"], "uscc": a["uscc"], "address": a["address"]} for a in m["sheet"]]
    for i, d in enumerate(S["diagnoses"]):
        if d.get("no_doc"):
            continue
        g = D.DIAG_GENRES[d.get("force_genre", i % len(D.DIAG_GENRES))]
        force = "photo" if g is D.diag_visit and i % 2 else None
        w.add("diagnosis_report", g, ctx, d, None, "诊断：%s" % (g.__doc__ or "免费诊断报告（现状/问题/解决方案）").strip()[:40], force=force, subject=d["cust"]["name"])
    for s in S["standards"]:
        if s["upload"]:
            w.add("standard_draft", D.standard_cover, ctx, s, None, "团体标准草案封面")
    if S["name"].endswith("gaps"):
        w.add("other", D.other_license, ctx, None, None, "营业执照副本（干扰）")
    if S.get("corrupt"):
        rel = "09-其他材料/附件99.pdf"
        os.makedirs(os.path.join(root, "09-其他材料"), exist_ok=True)
        open(os.path.join(root, rel), "wb").write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa")
        w.docs.append({"path": rel, "doc_type": "other", "rendering": "corrupt", "contract_no": None, "sha256": None,
                       "note": "截断的PDF（上传中断）", "genre": "corrupt", "fields": D.F()})
    for e in w.docs:
        e["sha256"] = sha256_file(os.path.join(root, e["path"]))
    write_workbook(S, os.path.join(root, "申报信息.xlsx"))
    return w.docs


def write_workbook(S, path):
    wb = openpyxl.Workbook()
    ap = S["applicant"]

    def sheet(ws, title, headers, rows):
        ws.append([title]); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.append(headers)
        for r in rows:
            ws.append(r)

    ws = wb.active; ws.title = "申报单位"
    sheet(ws, "申报单位基本信息", ["项目", "内容"], [["单位名称", ap["name"]], ["统一社会信用代码", ap["uscc"]], ["注册地址", ap["address"]],
                                          ["申报方向", "智能制造系统解决方案供应商"], ["服务行业", "装备制造、汽车零部件"], ["阶段", "考核"]])
    rows = []
    big = max(S["contracts"], key=lambda c: c["revenue"])
    for k, c in enumerate(S["contracts"]):
        amt = "%.2f" % (c["amount_fen"] / 1000000)
        amt_v = float(amt) if k != 2 else amt
        sd = datetime.date.fromisoformat(c["sign_date"]); ad = datetime.date.fromisoformat(c["acc_date"])
        if k % 3 == 1:
            sd, ad = zh_date(c["sign_date"]), zh_date(c["acc_date"])
        rev = "{:,}".format(c["revenue"]) if c is big else c["revenue"]
        rows.append([k + 1, c["customer"]["name"], c["customer"]["uscc"], c["no"], c["name"], amt_v, sd, ad,
                     "是" if c["declared_sme"] else "否", c["staff"], rev, "是" if c["declared_tj"] else "否"])
    sheet(wb.create_sheet("服务用户清单"), "服务用户清单", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期",
                                                     "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb.create_sheet("标准草案"), "参与制定标准", ["序号", "标准名称", "标准类别", "阶段"],
          [[s["seq"], s["name"], s["kind"], s["stage"]] for s in S["standards"]])
    sheet(wb.create_sheet("本地配套供应商"), "本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["sup"]["name"], s["sup"]["uscc"], s["no"], s["name"], s["fen"] / 1000000, datetime.date.fromisoformat(s["date"])] for s in S["suppliers"]])
    sheet(wb.create_sheet("经验交流会"), "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[m["seq"], m["name"], datetime.date.fromisoformat(m["date"]) if m["seq"] % 3 else zh_date(m["date"]), m["place"], m["declared_count"]] for m in S["meetings"]])
    sheet(wb.create_sheet("免费诊断"), "免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[d["seq"], d["cust"]["name"], d["cust"]["uscc"], datetime.date.fromisoformat(d["date"]), d["title"]] for d in S["diagnoses"]])
    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = fixed; wb.properties.modified = fixed; wb.properties.creator = "申报单位"
    buf = io.BytesIO(); wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-01T09:00:00Z</dcterms:modified>', data)
            zi = zipfile.ZipInfo(it.filename, (2025, 3, 1, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def truth(S, docs):
    ap = S["applicant"]
    t = {"submission": S["name"], "phase": "考核", "applicant": ap, "award_tier_wan": None,
         "contracts": [{"seq": c["seq"], "contract_no": c["no"], "customer": c["customer"]["name"],
                        "customer_uscc": c["customer"]["uscc"], "customer_address": c["customer"]["address"],
                        "amount_yuan": yuan(c["amount_fen"]), "signing_date": c["sign_date"], "acceptance_date": c["acc_date"],
                        "declared_sme": c["declared_sme"], "staff": c["staff"], "revenue_wan": c["revenue"],
                        "declared_tianjin": c["declared_tj"], "planted": c["planted"]} for c in S["contracts"]],
         "suppliers": [{"seq": s["seq"], "name": s["sup"]["name"], "uscc": s["sup"]["uscc"], "address": s["sup"]["address"],
                        "contract_no": s["no"], "amount_yuan": yuan(s["fen"]), "date": s["date"], "planted": s["planted"]}
                       for s in S["suppliers"]],
         "meetings": [{"seq": m["seq"], "name": m["name"], "date": m["date"], "declared_tianjin_attendees": m["declared_count"],
                       "tianjin_attendees_on_sheet": None, "planted": m["planted"]} for m in S["meetings"]],
         "diagnoses": [{"seq": d["seq"], "customer": d["cust"]["name"], "uscc": d["cust"]["uscc"], "date": d["date"],
                        "report_title": d["title"], "planted": d["planted"]} for d in S["diagnoses"]],
         "standards": [{"seq": s["seq"], "name": s["name"], "document_uploaded": None} for s in S["standards"]],
         "documents": docs}
    t.update(rules.compute(t))
    for m in t["meetings"]:
        if m["tianjin_attendees_on_sheet"] is None:
            m["tianjin_attendees_on_sheet"] = 0
    order = ["submission", "phase", "applicant", "award_tier_wan", "assessment_passed", "accepted_total_yuan", "requirements",
             "gaps", "verified_contracts", "verified_customer_count", "verified_tianjin_customer_count", "verified_sme_customer_count",
             "verified_local_suppliers", "qualifying_meetings", "diagnosed_customers_with_solution", "standards_with_document",
             "contracts", "suppliers", "meetings", "diagnoses", "standards", "documents"]
    return {k: t[k] for k in order}


NAMES = ["a35_assess_clean", "a35_assess_gaps", "a35_assess_tricky"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=35)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    for n in a.names or NAMES:
        S, rng = build(n, a.seed)
        docs = render_submission(S, rng, a.out, a.seed)
        t = truth(S, docs)
        with open(os.path.join(a.out, n, "ground_truth.json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
        print(n, len(docs), "docs; passed=%s gaps=%d" % (t["assessment_passed"], len(t["gaps"])))


if __name__ == "__main__":
    main()
