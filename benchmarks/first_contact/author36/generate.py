"""python generate.py --out data --seed 36  — builds a36_support_clean / _gaps / _tricky."""
import argparse
import datetime as dt
import json
import os
import random
import shutil
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment

import docs
import render
import rules
from util import make_uscc, fmt_yuan, wan_str, yuan, sha256, d_cn

D = dt.date
TJ = {"滨海新区": "120116", "西青区": "120111", "津南区": "120112", "北辰区": "120113", "武清区": "120114",
      "东丽区": "120110", "南开区": "120104", "宝坻区": "120115", "静海区": "120118", "河北区": "120105"}
ROADS = ["黄海路", "海泰发展六道", "中北大道", "津塘公路", "兴华二支路", "京津公路", "鞍山西道", "宝白公路", "津涞公路"]

CUSTOMERS = [  # name, district, staff, revenue(万元)
    ("天津赟达精密机械有限公司", "西青区", 320, 18600), ("天津昀泰新材料科技有限公司", "滨海新区", 210, 9800),
    ("天津市橦森汽车零部件有限公司", "武清区", 860, 35200), ("天津瑄和医药包装有限公司", "北辰区", 150, 7600),
    ("天津翀宇电气设备制造有限公司", "东丽区", 480, 26400), ("天津堃元食品工业有限公司", "宝坻区", 620, 31800),
    ("天津津诺液压机械有限公司", "津南区", 95, 4300), ("天津海翼船舶配套有限公司", "滨海新区", 1350, 214246),
    ("天津鑫晟铝业有限公司", "静海区", 1200, 58700), ("天津卓和电子科技有限公司", "南开区", 260, 12300),
    ("天津博瑞特种纸业有限公司", "河北区", 1800, 96500), ("天津华栩轨道交通装备有限公司", "北辰区", 540, 33900),
    ("天津凯昀化工有限公司", "滨海新区", 330, 27600), ("天津市宏橦包装制品有限公司", "静海区", 140, 6100),
    ("天津睿翀新能源科技有限公司", "西青区", 410, 22000), ("天津远瑄纺织有限公司", "宝坻区", 700, 15800),
    ("天津赟锦五金制品有限公司", "津南区", 88, 3900), ("天津丰堃机电设备有限公司", "东丽区", 230, 11400),
    ("天津渤昀钢管制造有限公司", "静海区", 1500, 52000), ("天津泰翀生物科技有限公司", "滨海新区", 360, 19500),
    ("天津德橦精工科技有限公司", "武清区", 999, 50000), ("天津华堃重型装备有限公司", "北辰区", 1000, 40000),
    ("天津明瑄智能家居有限公司", "西青区", 260, 13400), ("天津宇赟汽车内饰件有限公司", "武清区", 1200, 45000),
    ("天津市金昀塑胶制品有限公司", "北辰区", 180, 8800), ("天津恒翀线缆有限公司", "宝坻区", 450, 23700),
    ("天津启堃光电科技有限公司", "南开区", 120, 6900), ("天津安橦冷链设备有限公司", "东丽区", 300, 16100),
]


def cust(rng, i, valid=True, region=None, addr=None):
    n, dist, staff, rev = CUSTOMERS[i]
    reg = region or TJ[dist]
    return dict(name=n, uscc=make_uscc(rng, reg, valid), addr=addr or "天津市%s%s%d号" % (dist, rng.choice(ROADS), rng.randint(1, 300)),
                staff=staff, rev=rev)


NAMES = ["设备数据采集与监控系统", "智能仓储物流系统", "MES制造执行系统", "数字化车间改造", "能源管理系统", "视觉质检系统",
         "设备预测性维护平台", "生产线自动化改造", "工业互联网平台部署", "AGV智能物流系统", "质量追溯系统", "智能排产系统",
         "注塑车间联网改造", "冷链仓储数字化", "机加工单元自动化"]

FOLDERS = {
    "kind": {"contract": "01-合同", "acceptance_report": "02-验收报告", "payment_proof": "03-付款凭证",
             "procurement_proof": "04-采购证明", "standard_draft": "05-标准草案", "other": "06-其他材料"},
    "cust": None,
    "mixed": {"contract": "附件2 服务合同", "acceptance_report": "附件3 验收及付款/验收", "payment_proof": "附件3 验收及付款/付款",
              "procurement_proof": "附件4 采购方式证明", "standard_draft": "附件5 标准", "other": "附件6 补充材料"},
}


class Builder:
    def __init__(self, root, name, seed, app, folder_style):
        self.root = os.path.join(root, name)
        self.sub = os.path.join(self.root, "submission")
        if os.path.exists(self.root):
            shutil.rmtree(self.root)
        os.makedirs(self.sub)
        self.rng = random.Random(seed)
        self.app = app
        self.style = folder_style
        self.docs = []
        self.contracts = []
        self.standards = []
        self.n = 0
        self.c_index = {}
        self.queue = []
        self.rrng = random.Random(seed * 7 + 1)

    def fname(self, ext, rendering):
        self.n += 1
        r = self.rng
        if rendering == "photo":
            return "IMG_2023%02d%02d_%06d.%s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959), ext)
        return r.choice(["扫描件%04d", "附件%d", "doc%04d", "新建文档(%d)", "scan_%05d", "文件%d"]) % (self.n * 7 + r.randint(0, 5)) + "." + ext

    def folder(self, doc_type, c):
        if self.style == "cust":
            if c is None:
                return "其他材料" if doc_type != "standard_draft" else "标准草案"
            return "服务用户证明材料/%02d_%s" % (self.c_index[c["contract_no"]] + 1, c["customer"])
        return FOLDERS[self.style][doc_type]

    def pick_rendering(self, pages, force=None):
        if force:
            r = force
        else:
            if not self.queue:   # balanced blocks of 20: 11 text, 6 scan, 3 photo (45 % images)
                blk = ["text"] * 11 + ["scan"] * 6 + ["photo"] * 3
                self.rrng.shuffle(blk)
                self.queue = blk
            r = self.queue.pop()
        if r == "corrupt":
            return r, "pdf"
        if r == "photo" and len(pages) > 1:
            r = "scan"
        if r == "text":
            return r, "pdf"
        if r == "photo":
            return r, "jpg"
        if len(pages) > 1:
            return r, self.rng.choice(["pdf", "pdf", "tif"])
        return r, self.rng.choice(["pdf", "pdf", "jpg", "png", "tif"])

    def add(self, genre, c=None, note="", render_as=None, **kw):
        doc_type, fn, _ = docs.GENRES[genre]
        d = dict(app=self.app, rng=self.rng, c=c)
        if c:
            d.update(customer=c["customer"], amount=c["amount"], date=None)
        d.update(kw)
        pages, fields = fn(d)
        rendering, ext = self.pick_rendering(pages, render_as)
        rel = self.folder(doc_type, c) + "/" + self.fname(ext, rendering)
        path = os.path.join(self.sub, rel)
        render.render(pages, path, rendering, ext, self.rng)
        if rendering == "corrupt":
            fields = docs.F()
            doc_type = "other"
        if doc_type == "other":
            fields = docs.F()
        self.docs.append(dict(path=rel, doc_type=doc_type, rendering=rendering,
                              contract_no=(c["contract_no"] if c and doc_type != "other" and rendering != "corrupt" else None),
                              sha256=sha256(path), note=note, genre=genre, fields=fields))
        return self.docs[-1]

    def duplicate(self, doc, c):
        ext = doc["path"].rsplit(".", 1)[1]
        rel = self.folder(doc["doc_type"], c) + "/" + self.fname(ext, doc["rendering"])
        shutil.copyfile(os.path.join(self.sub, doc["path"]), os.path.join(self.sub, rel))
        e = dict(doc)
        e["path"] = rel
        e["note"] = "与另一文件字节完全相同的重复上传（duplicate_evidence）"
        self.docs.append(e)

    # ------------------------------------------------------------------
    def contract(self, cu, no, name, amount, sign, accept, declared_sme=None, declared_tj=True, planted=(), text_date=False):
        large = rules.is_large(cu["staff"], cu["rev"])
        c = dict(contract_no=no, name=name, customer=cu["name"], customer_uscc=cu["uscc"], cust_addr=cu["addr"],
                 amount=yuan(amount), sign=sign, accept=accept, staff=cu["staff"], rev=cu["rev"],
                 declared_sme=(not large) if declared_sme is None else declared_sme, declared_tj=declared_tj,
                 planted=list(planted), text_date=text_date)
        self.c_index[no] = len(self.contracts)
        self.contracts.append(c)
        return c

    def evidence(self, c, cg="O1", ag="O2", pg=("O3",), rg="O4", pay_split=None, acc=True, pay=True, proc=True,
                 payer=None, payee=None, acc_kw=None, con_kw=None, pay_dates=None, notes=None):
        rng = self.rng
        notes = notes or {}
        con_kw = con_kw or {}
        self.add(cg, c, notes.get("c", "合同"), **con_kw)
        if acc:
            kw = dict(date=c["accept"], result="passed")
            kw.update(acc_kw or {})
            self.add(ag, c, notes.get("a", "验收证明"), **kw)
        if pay:
            split = pay_split or [Decimal(1)]
            amts = [(c["amount"] * s).quantize(Decimal("0.01")) for s in split[:-1]]
            amts.append(c["amount"] - sum(amts))
            for i, a in enumerate(amts):
                g = pg[i % len(pg)]
                date = (pay_dates[i] if pay_dates else c["sign"] + dt.timedelta(days=10 + 60 * i + rng.randint(0, 20)))
                self.add(g, c, notes.get("p", "付款凭证") + ("（第%d笔，共%d笔）" % (i + 1, len(amts)) if len(amts) > 1 else ""),
                         amount=a, date=date, payer=payer or c["customer"], payee=payee or self.app["name"], cite=rng.random() < 0.5)
        if proc:
            self.add(rg, c, notes.get("r", "采购证明"), date=c["sign"] - dt.timedelta(days=rng.randint(6, 25)))

    # ------------------------------------------------------------------
    def finish(self, standards):
        self.standards = standards
        self.write_workbook()
        truth = dict(
            applicant=dict(name=self.app["name"], uscc=self.app["uscc"], address=self.app["addr"]),
            phase="支持", period=["2023-01-01", "2023-12-31"],
            contracts=[dict(seq=i + 1, contract_no=c["contract_no"], customer=c["customer"], customer_uscc=c["customer_uscc"],
                            amount_yuan=fmt_yuan(c["amount"]), planted=c["planted"], contract_name=c["name"],
                            signing_date=c["sign"].isoformat(), acceptance_date=c["accept"].isoformat(),
                            declared_sme=c["declared_sme"], staff=c["staff"], revenue_wan=c["rev"],
                            declared_tianjin=c["declared_tj"], customer_address=c["cust_addr"])
                       for i, c in enumerate(self.contracts)],
            standards=[dict(name=s["name"], category=s["cat"], stage=s["stage"], draft_uploaded=s["uploaded"]) for s in standards],
            documents=sorted(self.docs, key=lambda d: d["path"]),
        )
        r = rules.derive(truth)
        out = dict(applicant=truth["applicant"], phase="支持", award_tier_wan=r["award_tier_wan"],
                   accepted_total_yuan=r["accepted_total_yuan"], requirements=r["requirements"], gaps=r["gaps"],
                   verified_contracts=len(r["verified_contracts"]), verified_contract_nos=r["verified_contracts"],
                   verified_customer_count=r["verified_customer_count"],
                   verified_sme_customer_count=r["verified_sme_customer_count"],
                   standards_with_document=r["standards_with_document"])
        out.update(contracts=truth["contracts"], standards=truth["standards"], documents=truth["documents"])
        with open(os.path.join(self.root, "ground_truth.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        return out

    def write_workbook(self):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "申报单位"
        ws.merge_cells("A1:B1")
        ws["A1"] = "申报单位基本信息"
        ws.append(["项目", "内容"])
        for k, v in [("单位名称", self.app["name"]), ("统一社会信用代码", self.app["uscc"]), ("注册地址", self.app["addr"]),
                     ("申报方向", "智能制造和工业互联网系统解决方案供应商"), ("服务行业", self.app["industry"])]:
            ws.append([k, v])
        ws2 = wb.create_sheet("服务用户清单")
        ws2.merge_cells("A1:L1")
        ws2["A1"] = "服务用户清单（2023年度支持周期）"
        ws2.append(["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
                    "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"])
        big = max(self.contracts, key=lambda c: c["rev"])
        for i, c in enumerate(self.contracts):
            textdate = (i % 3 == 1)
            amt = float(wan_str(c["amount"]))
            row = [i + 1, c["customer"], c["customer_uscc"], c["contract_no"], c["name"] + "项目",
                   ("%.2f" % amt) if i == 2 else amt,
                   d_cn(c["sign"]) if textdate else dt.datetime(c["sign"].year, c["sign"].month, c["sign"].day),
                   d_cn(c["accept"]) if textdate else dt.datetime(c["accept"].year, c["accept"].month, c["accept"].day),
                   "是" if c["declared_sme"] else "否", c["staff"],
                   "{:,}".format(c["rev"]) if c is big else c["rev"], "是" if c["declared_tj"] else "否"]
            ws2.append(row)
            for col in (7, 8):
                cell = ws2.cell(row=ws2.max_row, column=col)
                if not isinstance(cell.value, str):
                    cell.number_format = "yyyy-mm-dd"
        ws3 = wb.create_sheet("标准草案")
        ws3.merge_cells("A1:D1")
        ws3["A1"] = "参与制定的标准草案"
        ws3.append(["序号", "标准名称", "标准类别", "阶段"])
        for i, s in enumerate(self.standards):
            ws3.append([i + 1, s["name"], s["cat"], s["stage"]])
        for w in (ws, ws2, ws3):
            w["A1"].alignment = Alignment(horizontal="center")
        wb.save(os.path.join(self.sub, "申报信息.xlsx"))


def applicant(rng, name, dist, industry):
    return dict(name=name, uscc=make_uscc(rng, TJ[dist]), addr="天津市%s%s%d号" % (dist, rng.choice(ROADS), rng.randint(1, 200)),
                industry=industry)


def std(name, uploaded, cat="团体标准", stage="征求意见稿"):
    return dict(name=name, uploaded=uploaded, cat=cat, stage=stage)


STD_NAMES = ["离散制造企业设备数据采集接口规范", "智能工厂生产执行系统通用技术要求", "工业互联网平台设备接入安全要求",
             "数字化车间能效评价方法", "智能仓储系统验收规范", "工业视觉检测系统性能测试方法"]


def add_standards(b, spec, rng):
    out = []
    for name, up in spec:
        s = std(name, up)
        out.append(s)
        if up:
            b.add("S", None, "标准草案封面", title=name, year=2023)
    return out


def others(b, cs, with_license=True, corrupt=0):
    rng = b.rng
    for g in ("G10", "G12", "G13", "G14"):
        c = rng.choice(cs)
        b.add(g, c, "非证据材料：%s（写有合同号、客户或金额，但不是任何证据类别）" % docs.GENRES[g][2])
    if with_license:
        b.add("L", None, "营业执照副本（非证据）")
    for _ in range(corrupt):
        b.add("L", None, "截断的PDF，无法打开（unreadable_document）", render_as="corrupt")


# ======================================================================
def build_clean(out, seed):
    rng = random.Random(seed)
    app = applicant(rng, "天津瑄翀工业互联网科技有限公司", "滨海新区", "汽车零部件、装备制造、食品")
    b = Builder(out, "a36_support_clean", seed, app, "kind")
    idx = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10]
    cus = [cust(rng, i) for i in idx]
    amounts = ["5860000", "4270000", "6135000", "3980000", "5512000", "4728000", "7066000", "3450000", "6890000", "4219000", "5188000"]
    plans = [("O1", "O2", ("O3",), "O4"), ("G01", "G03", ("G06",), "G07"), ("G02", "G04", ("O3", "G11"), "G08"),
             ("O1", "G05", ("G06",), "G09"), ("G01", "O2", ("G11",), "O4"), ("O1", "G03", ("O3",), "G08"),
             ("G02", "G05", ("G06", "O3"), "G07"), ("O1", "G04", ("G11",), "G09"), ("G01", "O2", ("O3",), "G07"),
             ("O1", "G03", ("G06",), "G15"), ("G02", "G05", ("O3",), "G09")]
    cs = []
    for i in range(11):
        cu = cus[i] if i < 10 else cus[4]
        sign = D(2022, 9, 1) + dt.timedelta(days=rng.randint(0, 250))
        acc = sign + dt.timedelta(days=rng.randint(100, 160))
        if acc.year != 2023:
            acc = D(2023, rng.randint(3, 11), rng.randint(1, 28))
        no = rng.choice(["XC-2022-%03d", "TJXC-HT-%04d", "SX%06d", "ZZ-XS-2023-%03d"]) % rng.randint(1, 999)
        c = b.contract(cu, no, NAMES[i], amounts[i], sign, acc)
        cs.append(c)
        cg, ag, pg, rg = plans[i]
        split = [Decimal("0.3"), Decimal("0.6"), Decimal("0.1")] if i % 3 == 0 else ([Decimal("0.5"), Decimal("0.5")] if i % 3 == 1 else None)
        b.evidence(c, cg, ag, pg, rg, pay_split=split, con_kw=dict(spaced=(i % 2 == 0)))
    stds = add_standards(b, [(STD_NAMES[0], True), (STD_NAMES[1], True), (STD_NAMES[2], True), (STD_NAMES[3], True)], rng)
    others(b, cs)
    return b.finish(stds)


def build_gaps(out, seed):
    rng = random.Random(seed)
    app = applicant(rng, "天津堃赟智造系统集成有限公司", "西青区", "机械加工、化工、纺织")
    b = Builder(out, "a36_support_gaps", seed, app, "cust")
    idx = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]
    cus = [cust(rng, i) for i in idx]
    cus[12] = cust(rng, 23, valid=False)                       # invalid_uscc
    cus[13] = cust(rng, 24, region="131000", addr="河北省廊坊市广阳区新源道%d号" % rng.randint(1, 90))  # not_tianjin
    cus[14] = dict(cust(rng, 25), staff=1500, rev=52000)       # sme_misclassified (declared 是)
    amounts = ["3120000", "2860000", "4015000", "2240000", "3390000", "2975000", "3650000", "2580000", "4460000",
               "3075000", "2630000", "3890000", "2710000", "3345000", "2995000"]
    plans = [("O1", "O2", ("O3",), "O4"), ("G01", "G03", ("G06",), "G08"), ("G02", "G04", ("G11",), "G07"),
             ("O1", "G05", ("O3",), "G09"), ("G01", "O2", ("O3",), "O4"), ("O1", "G03", ("G06",), "G07"),
             ("G02", "G04", ("O3",), "G08"), ("O1", "O2", ("G11",), "G09"), ("G01", "G05", ("O3",), "G15"),
             ("O1", "G05", ("G06",), "G07"), ("G02", "O2", ("O3",), "G08"), ("O1", "G03", ("O3",), "G09"),
             ("G01", "G04", ("G06",), "G15"), ("O1", "O2", ("O3",), "G07"), ("G02", "G03", ("G11",), "G09")]
    planted = {4: ["missing_acceptance_report"], 5: ["missing_payment_proof"], 6: ["missing_procurement_proof"],
               7: ["amount_mismatch"], 8: ["date_out_of_period"], 9: ["acceptance_not_passed"], 10: ["party_mismatch"],
               11: ["duplicate_evidence"], 12: ["invalid_uscc"], 13: ["not_tianjin"], 14: ["sme_misclassified"]}
    cs = []
    for i in range(15):
        sign = D(2022, 10, 1) + dt.timedelta(days=rng.randint(0, 220))
        acc = D(2023, rng.randint(4, 11), rng.randint(1, 28))
        if i == 8:
            acc = D(2024, 2, 26)
        no = rng.choice(["KY-%d-%03d", "KYZZ%d%03d", "HT-KY-%d-%03d"]) % (sign.year, rng.randint(1, 999))
        c = b.contract(cus[i], no, NAMES[i], amounts[i], sign, acc, planted=planted.get(i, []),
                       declared_sme=(True if i == 14 else None))
        cs.append(c)
        cg, ag, pg, rg = plans[i]
        kw = dict(acc=(i != 4), pay=(i != 5), proc=(i != 6))
        if i == 7:
            kw["con_kw"] = dict(amount=yuan(c["amount"]) * Decimal("1.05"))
        if i == 9:
            kw["acc_kw"] = dict(result="failed")
        if i == 10:
            kw["payer"] = "天津博瑞投资控股集团有限公司"
        b.evidence(c, cg, ag, pg, rg, **kw)
        if i == 11:
            pay_doc = [d for d in b.docs if d["contract_no"] == c["contract_no"] and d["doc_type"] == "payment_proof"][0]
            b.duplicate(pay_doc, c)
    stds = add_standards(b, [(STD_NAMES[4], True), (STD_NAMES[5], False), (STD_NAMES[1], True), ("工业设备远程运维服务规范", False)], rng)
    others(b, cs, corrupt=1)
    return b.finish(stds)


def build_tricky(out, seed):
    rng = random.Random(seed)
    app = applicant(rng, "天津昀橦数智科技有限公司", "津南区", "电子信息、轨道交通、冷链")
    b = Builder(out, "a36_support_tricky", seed, app, "mixed")
    # 8 verified customers; SME by thresholds: 0,1,2,3 + 20 (999 staff) = 5; large: 21 (1000/40000), 23 (1200/45000 declared 是), 7
    base = [cust(rng, i) for i in (26, 1, 27, 3, 20, 21, 23, 7)]
    base[1] = dict(base[1], name="中铁建工装备（天津）有限公司第一分公司", staff=160, rev=8200)   # branch office, named consistently
    extra = [cust(rng, i) for i in (9, 10, 15)]
    amounts = ["3000000", "2750000", "3460000", "2985000", "3125000", "3300000", "3380000", "3000000"]   # sum = 25,000,000
    assert sum(Decimal(a) for a in amounts) == Decimal("25000000")
    plans = [("O1", "O2", ("O3",), "O4"), ("G02", "G03", ("G06",), "G08"), ("G01", "G05", ("O3", "G11", "G06"), "G07"),
             ("O1", "G04", ("O3",), "G09"), ("G01", "O2", ("G06",), "G15"), ("O1", "G03", ("O3",), "G08"),
             ("G02", "G05", ("G11",), "G07"), ("O1", "G04", ("O3", "O3"), "G09")]
    cs = []
    for i in range(8):
        sign = D(2022, 11, 1) + dt.timedelta(days=rng.randint(0, 200))
        acc = D(2023, rng.randint(3, 11), rng.randint(1, 28))
        planted = []
        kw = dict(con_kw=dict(spaced=True, provisional=(i in (0, 5))))
        if i == 0:
            acc = D(2023, 12, 31); planted.append("trap:验收日期为期末最后一天")
        if i == 3:
            kw["con_kw"]["amount"] = Decimal("2996900.00"); planted.append("trap:合同金额与申报相差0.40%")
            sign = D(2022, 12, 15); acc = D(2023, 1, 1); planted.append("trap:验收日期为期初第一天")
        if i == 1:
            planted.append("trap:客户为分公司，全部材料一致使用分公司名称")
        if i == 2:
            kw["pay_split"] = [Decimal("0.3"), Decimal("0.45"), Decimal("0.25")]; planted.append("trap:三笔付款合计恰等于合同额")
        if i == 7:
            kw["pay_split"] = [Decimal("0.9"), Decimal("0.1")]
            kw["pay_dates"] = [sign + dt.timedelta(days=40), D(2024, 3, 18)]; planted.append("trap:质保金于2024年支付（付款日期不受期间限制）")
        if i == 4:
            planted.append("trap:从业人员999、营业收入50000万元，仍属中小企业")
        if i == 5:
            planted.append("trap:从业人员1000且营业收入40000万元，恰为大型企业（申报否）")
        if i == 6:
            planted.append("sme_misclassified")
        no = rng.choice(["YT-%d-%03d", "YTSZ-XS%d%03d", "JN-HT-%d-%03d"]) % (sign.year, rng.randint(1, 999))
        c = b.contract(base[i], no, NAMES[i + 3], amounts[i], sign, acc, planted=planted,
                       declared_sme=(True if i == 6 else None))
        cs.append(c)
        cg, ag, pg, rg = plans[i]
        b.evidence(c, cg, ag, pg, rg, **kw)
    # subtle real gaps on extra customers
    specs = [("3150000", "amount_mismatch"), ("2870000", "date_out_of_period"), ("2460000", "party_mismatch")]
    for j, (amt, kind) in enumerate(specs):
        sign = D(2023, rng.randint(2, 6), rng.randint(1, 28))
        acc = D(2023, rng.randint(8, 11), rng.randint(1, 28))
        kw = dict(con_kw=dict(spaced=True))
        if kind == "amount_mismatch":
            kw["acc_kw"] = dict(amount=yuan(amt) * Decimal("1.006"))
        if kind == "date_out_of_period":
            acc = D(2024, 1, 2)
        if kind == "party_mismatch":
            kw["payee"] = "天津昀橦数智科技发展有限公司"
        no = "YT-2023-%03d" % rng.randint(100, 999)
        c = b.contract(extra[j], no, NAMES[11 + j], amt, sign, acc, planted=[kind])
        cs.append(c)
        ag = {"amount_mismatch": "O2", "date_out_of_period": "G05", "party_mismatch": "G03"}[kind]
        b.evidence(c, "O1", ag, ("O3", "G06"), "O4", pay_split=[Decimal("0.5"), Decimal("0.5")], **kw)
    stds = add_standards(b, [(STD_NAMES[2], True), (STD_NAMES[3], True), (STD_NAMES[5], True), ("冷链仓储温湿度数据采集技术规范", False)], rng)
    others(b, cs, corrupt=1)
    return b.finish(stds)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=36)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for fn, k in ((build_clean, 1), (build_gaps, 2), (build_tricky, 3)):
        t = fn(a.out, a.seed * 10 + k)
        print(fn.__name__, len(t["documents"]), "docs tier", t["award_tier_wan"], t["accepted_total_yuan"],
              len(t["gaps"]), "gaps", sorted({g["kind"] for g in t["gaps"]}))


if __name__ == "__main__":
    main()
