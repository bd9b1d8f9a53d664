"""Generate the three support-cycle submissions of author22.

    nice -n 10 python generate.py --out data --seed 22
"""
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
from util import make_uscc, break_uscc, dec, s2, wan, sha256_bytes, fmt_date, is_sme

D = dt.date
PEOPLE = ["王赟", "李昀橦", "张瑄", "刘翀", "陈堃", "赵喆", "孙珺", "周瑷", "吴珩", "郑湉", "冯琮", "杨立新", "何静",
          "高志强", "马俊峰", "罗晓燕", "梁国栋", "宋佳", "韩磊", "唐文博"]


def cust(rng, name, region, addr, tj, emp, rev, sme_decl=None, group=None, uscc=None):
    c = dict(name=name, uscc=uscc or make_uscc(rng, region), address=addr, tianjin_declared=tj, employees=emp,
             revenue_wan=rev, group=group)
    c["sme_declared"] = is_sme(emp, rev) if sme_decl is None else sme_decl
    return c


def build_plan(which, rng):
    """returns applicant, contracts (with evidence specs), standards, extra docs"""
    if which == "a22_support_gaps":
        app = dict(name="廊坊瀚堃智能装备有限公司", uscc=make_uscc(rng, "131000"),
                   address="河北省廊坊市广阳区新开路218号（天津办事处：天津市西青区海泰西路18号）", mail="hankun-ie.cn")
    elif which == "a22_support_tricky":
        app = dict(name="天津昀橦智联科技有限公司", uscc=make_uscc(rng, "120116"),
                   address="天津市滨海新区中新生态城中成大道生态建设公寓9号楼3层", mail="yuntong-iot.cn")
    else:
        app = dict(name="天津瑄翀工业互联网技术有限公司", uscc=make_uscc(rng, "120111"),
                   address="天津市西青区华苑产业区海泰发展六道6号C座5层", mail="xuanchong-iiot.cn")
    A = []

    def add(no, name, c, amount, sign, accept, ev, planted=(), printed=None):
        if accept > D(2023, 12, 15):
            accept = D(2023, 12, 15) - dt.timedelta(days=3 * (len(A) % 5))
        A.append(dict(contract_no=no, name=name, cust=c, amount=dec(amount), printed_amount=dec(printed or amount),
                      sign=sign, accept=accept, ev=ev, planted=list(planted)))

    if which == "a22_support_clean":
        cs = [cust(rng, "天津市津南区赟达精密铸造有限公司", "120112", "天津市津南区八里台工业园区丽港路9号", True, 260, 18600),
              cust(rng, "天津渤化永昀新材料有限公司", "120116", "天津市滨海新区临港经济区渤海十路66号", True, 1460, 286000),
              cust(rng, "天津金桥焊材集团股份有限公司", "120113", "天津市北辰区京津公路东侧延吉道8号", True, 1820, 415000),
              cust(rng, "北京燕翀数控机床有限公司", "110108", "北京市海淀区永丰产业基地丰贤中路7号", False, 380, 26000),
              cust(rng, "天津瑷珂制药有限公司", "120111", "天津市西青区经济技术开发区赛达世纪大道19号", True, 640, 73000),
              cust(rng, "天津一汽丰田汽车有限公司", "120116", "天津市滨海新区开发区第九大街81号", True, 9200, 4870000),
              cust(rng, "天津市宝坻区湉润纺织有限公司", "120115", "天津市宝坻区九园工业园区3号路", True, 150, 9800),
              cust(rng, "天津港珩能源科技有限公司", "120116", "天津市滨海新区塘沽新港三号路1689号", True, 420, 56000),
              cust(rng, "河北沧琮化工科技有限公司", "130900", "河北省沧州市渤海新区化工园区东区纬三路", False, 510, 64000)]
        ev = [("C1", "A1", ["P1", "P5"], "R1"), ("C2", "A3", ["P2", "P2"], "R3"), ("C1", "A4", ["P5", "P1"], "R2"),
              ("C3", "A1", ["P1", "P3"], "R1"), ("C1", "A2", ["P2", "P1", "P3"], "R4"), ("C1", "A2", ["P1", "P1", "P5"], "R3"),
              ("C2", "A3", ["P5", "P2"], "R1"), ("C1", "A1", ["P3", "P1"], "R3"), ("C3", "A4", ["P1", "P2"], "R2"),
              ("C1", "A1", ["P1", "P1", "P2"], "R1")]
        amts = [3862000, 2415500, 5180000, 1968000, 4250000, 2736800, 3390000, 6020000, 2158600, 4488000]
        who = [0, 5, 7, 3, 4, 4, 5, 2, 1, 8]
        cs[1]["group"] = "天津渤化控股集团有限公司"
        nos = ["JNZD-2023-008", "TFTM-PO-23-0417", "TGHN(2023)第015号", "YC-HT-2023-112", "YKZY-CG-2023-031",
               "YKZY-CG-2023-046", "TFTM-PO-23-0652", "JQHC-2023-SB-27", "BHYY-ZN-2023-009", "CZHG-2023-0321"]
        for i in range(10):
            sign = D(2023, 1 + i % 7, 3 + 2 * i)
            acc = sign + dt.timedelta(days=110 + 9 * i)
            add(nos[i], ["数字化车间MES建设项目", "焊装线拧紧数据采集及追溯系统", "储能电站能源管理系统",
                         "五轴加工中心联网改造", "口服固体制剂车间批记录电子化系统", "洁净空调能耗监测平台",
                         "涂装车间设备智能运维平台", "焊材生产线视觉质检系统", "园区智慧能源运营服务",
                         "精细化工DCS数据治理项目"][i], cs[who[i]], amts[i], sign, acc,
                dict(zip(("contract", "acceptance", "payments", "procurement"), ev[i])))
        stds = [("S1", "智能制造 系统集成项目实施服务规范", "地方标准"), ("S2", "化工企业安全生产数字化监测预警系统技术要求", "行业标准"),
                ("S3", "工业设备数据采集接口互联互通要求", "企业标准"), ("S4", "离散制造业MES与ERP集成接口规范", "团体标准")]
        extras = [("O1", 4), ("O2", 0), ("O2", 6)]
        return app, A, stds, extras

    if which == "a22_support_gaps":
        cs = [cust(rng, "天津市东丽区堃鑫汽车零部件有限公司", "120110", "天津市东丽区华明高新区华兴路15号", True, 330, 25400),
              cust(rng, "天津海晟昀药业有限公司", "120116", "天津市滨海新区开发区第十一大街31号", True, 760, 92000),
              cust(rng, "天津港保税区瑄宇物流装备有限公司", "120116", "天津市滨海新区天津港保税区海滨九路56号", True, 180, 15600),
              cust(rng, "天津长琮汽车系统有限公司", "120114", "天津市武清区汽车产业园云景道6号", True, 2100, 520000),
              cust(rng, "天津市静海区翀达金属制品有限公司", "120118", "天津市静海区大邱庄镇百亿元工业区", True, 95, 7800),
              cust(rng, "天津湉源电力科技有限公司", "120103", "天津市河西区围堤道125号", True, 260, 33000),
              cust(rng, "天津珺和食品有限公司", "120113", "天津市北辰区天穆镇北辰科技园区", True, 420, 38000),
              cust(rng, "唐山喆丰新材料有限公司", "130200", "河北省唐山市丰南区沿海工业区", True, 640, 87000),
              cust(rng, "天津瑷宁精密电子有限公司", "120111", "天津市西青区微电子工业区微五路12号", True, 1850, 214246,
                   sme_decl=True),
              cust(rng, "天津市宁河区琮盛农机有限公司", "120117", "天津市宁河区现代产业区起步区", True, 120, 6600),
              cust(rng, "天津滨珩化学有限公司", "120116", "天津市滨海新区南港工业区港北路", True, 280, 47000),
              cust(rng, "天津市红桥区昀晖纺织机械有限公司", "120106", "天津市红桥区丁字沽一号路22号", True, 210, 12600)]
        cs[9]["uscc"] = break_uscc(cs[9]["uscc"])
        plan = [  # (customer, amount, ev, planted, printed)
            (0, 2860000, ("C1", None, ["P1", "P1"], "R1"), ["missing_acceptance_report"], None),
            (1, 3150000, ("C1", "A2", ["O1"], "R3"), ["missing_payment_proof"], None),
            (2, 1680000, ("C3", "A1", ["P5", "P1"], None), ["missing_procurement_proof"], None),
            (3, 3280000, ("C1", "A3", ["P2", "P2"], "R4"), ["amount_mismatch"], 2980000),
            (4, 1250000, ("C1", "A1", ["P1*0.7"], "R1"), ["amount_mismatch"], None),
            (5, 2740000, ("C3", "A3@2024", ["P5", "P2"], "R2"), ["date_out_of_period"], None),
            (1, 2390000, ("C2", "A2fail", ["P1"], "R3"), ["acceptance_not_passed"], None),
            (6, 1960000, ("C1", "A1", ["P4", "O3"], "R1"), ["party_mismatch"], None),
            (10, 2215000, ("C1", "A4", ["P1dup"], "R2"), ["duplicate_evidence"], None),
            (9, 1870000, ("C1", "A1", ["P3"], "R3"), ["invalid_uscc"], None),
            (7, 2450000, ("C1", "A1", ["P1"], "R1"), ["not_tianjin"], None),
            (8, 4120000, ("C2", "A3", ["P2"], "R4"), ["sme_misclassified"], None),
            (11, 1530000, ("C1", "A1", ["P3", "P5", "P1"], "R1"), [], None),
        ]
        cs[3]["group"] = "天津长琮汽车集团有限公司"
        cs[8]["group"] = "天津瑷宁电子控股有限公司"
        names = ["变速箱壳体加工线数字化改造", "固体制剂车间计算机化系统升级", "立体仓库WMS实施", "总装线拧紧追溯系统",
                 "冲压件车间设备联网", "配网自动化能源管理平台", "提取车间批次管理系统验证", "烘焙产线MES项目",
                 "化工园区安全监测预警平台", "农机装配线智能排产系统", "热镀锌生产线质量追溯", "SMT车间智能仓储改造",
                 "纺机装配车间可视化系统"]
        for i, (ci, amt, ev, planted, printed) in enumerate(plan):
            sign = D(2023, 1 + i % 8, 5 + i)
            acc = sign + dt.timedelta(days=100 + 7 * i)
            if "date_out_of_period" in planted:
                acc = D(2023, 12, 28)
            add(f"HK{2023}-{(i + 3) * 7:03d}", names[i], cs[ci], amt, sign, acc,
                dict(zip(("contract", "acceptance", "payments", "procurement"), ev)), planted, printed)
        stds = [("S3", "智能装备远程运维平台数据接口规范", "企业标准"), (None, "数字化车间设备互联互通测试方法", "团体标准"),
                (None, "智能工厂系统集成项目交付规范", "企业标准")]
        extras = [("CORRUPT", 3), ("O2", 12), ("O1", 0)]
        return app, A, stds, extras

    # tricky
    cs = [cust(rng, "天津市武清区昀达包装材料有限公司", "120114", "天津市武清区京滨工业园京滨睿城7号", True, 310, 21000),
          cust(rng, "天津国能珩盛储能科技有限公司", "120116", "天津市滨海新区中新生态城中天大道2018号", True, 1000, 40000),
          cust(rng, "天津翀博生物制药有限公司", "120111", "天津市西青区张家窝镇工业园区", True, 1200, 39999),
          cust(rng, "天津瑄驰汽车部件有限公司", "120110", "天津市东丽区空港经济区环河北路188号", True, 800, 41000, sme_decl=False),
          cust(rng, "天津堃泰重工机械有限公司", "120113", "天津市北辰区北辰经济技术开发区高端园永兴道", True, 2300, 214246),
          cust(rng, "天津赟丰乳业有限公司", "120115", "天津市宝坻区九园工业园区9号路", True, 999, 50000),
          cust(rng, "天津滨海湉泽化工有限公司", "120116", "天津市滨海新区临港经济区渤海40路", True, 1650, 268000,
               group="天津渤昀控股集团有限公司"),
          cust(rng, "天津喆晟电子科技有限公司", "120112", "天津市津南区海河教育园区雅观路", True, 140, 8800),
          cust(rng, "天津珺泰轨道装备有限公司", "120113", "天津市北辰区双口工业园区", True, 560, 46000),
          cust(rng, "天津琮宇精工机械有限公司", "120118", "天津市静海区经济开发区北区", True, 230, 19000),
          cust(rng, "天津瑷琳钢管制造有限公司", "120117", "天津市宁河区经济开发区一纬路", True, 700, 88000)]
    plan = [
        (0, 2000000, ("C1", "A1", ["P1", "P2"], "R3"), ["trap: 声明金额与合同差0.495%"], 2009900),
        (1, 3150000, ("C3", "A4@1231", ["P5", "P1"], "R2"), ["trap: 验收日为2023-12-31"], None),
        (2, 4280000, ("C1", "A2", ["P1", "P2", "P5"], "R1"), ["trap: 三笔分期恰好合计"], None),
        (3, 1860000, ("C3", "A3", ["P2", "P3"], "R3"), ["sme_misclassified"], None),
        (4, 2975500, ("C1", "A1@0103", ["P1branchbank"], "R1+O2"), ["trap: 开户行为分行"], None),
        (6, 3404500, ("C2", "A1", ["P3", "P1"], "R4"), ["trap: 集团集中采购"], None),
        (5, 2630000, ("C1", "A1", ["P1", "O1"], "R2"), ["trap: 进度付款证书不是付款"], None),
        (7, 2300000, ("C1", "A3", ["P5", "P1"], "R3"), ["trap: 同一客户两份合同"], None),
        (7, 2400000, ("C2", "A1", ["P2", "P3"], "R1"), ["trap: 同一客户两份合同"], None),
        (8, 2650000, ("C1", "A1", ["P1", "P1branch"], "R1"), ["party_mismatch"], None),
        (9, 3000000, ("C1", "A2", ["P5"], "R3"), ["amount_mismatch"], 3020000),
        (10, 2780000, ("C3", "A1@2024", ["P1", "P2"], "R2"), ["date_out_of_period"], None),
    ]
    names = ["软包装印刷车间MES", "用户侧储能电站能量管理系统", "无菌制剂车间批记录电子化", "冲焊车间智能运维服务",
             "大型结构件焊接机器人工作站联网", "园区危化品智能管控平台", "液态奶灌装线数据采集", "SMT产线视觉检测系统",
             "电子装联车间智能仓储", "转向架加工线数字化改造", "精密齿轮加工线数控联网", "钢管热处理能碳管控平台"]
    for i, (ci, amt, ev, planted, printed) in enumerate(plan):
        sign = D(2023, 1 + i % 9, 2 + 2 * i) if i else D(2022, 12, 30)
        acc = sign + dt.timedelta(days=95 + 8 * i)
        add(f"YT-{2023 if i else 2022}-{i * 11 + 5:03d}", names[i], cs[ci], amt, sign, acc,
            dict(zip(("contract", "acceptance", "payments", "procurement"), ev)), planted, printed)
    A[1]["accept"] = D(2023, 12, 31)
    A[4]["accept"] = D(2023, 1, 3)
    A[4]["sign"] = D(2022, 9, 16)
    A[11]["accept"] = D(2023, 12, 29)
    stds = [("S1", "智能工厂 工业互联网平台互联互通 第1部分：通用要求", "地方标准"),
            ("S4", "流程行业能碳管控平台系统集成规范", "团体标准"),
            ("S3", "智能制造系统解决方案交付服务流程", "企业标准"),
            (None, "工业数据采集网关通用技术条件", "团体标准")]
    extras = [("O3", 1), ("O1", 2), ("O2", 7)]
    return app, A, stds, extras


# ------------------------------------------------------------------ documents for a plan
def split(amount, n, rng):
    if n == 0:
        return []
    if n == 1:
        return [dec(amount)]
    shares = {2: ["0.3", "0.7"], 3: ["0.3", "0.6", "0.1"]}[n]
    parts = [(dec(amount) * Decimal(s)).quantize(Decimal("0.01")) for s in shares[:-1]]
    parts.append(dec(amount) - sum(parts))
    return parts


FOLDERS = ["01 合同", "02 验收材料", "03 付款凭证", "04 采购证明"]


class Emitter:
    def __init__(self, root, rng):
        self.root, self.rng, self.docs, self.n = root, rng, [], 0

    def name(self, ext, kind):
        self.n += 1
        r = self.rng
        pat = r.choice(["IMG_2023{m:02d}{d:02d}_{h:02d}{mi:02d}{s:02d}", "微信图片_2023{m:02d}{d:02d}{h:02d}{mi:02d}{s:02d}",
                        "扫描全能王 2023-{m:02d}-{d:02d} {h:02d}.{mi:02d}", "Scan{n:04d}", "附件{k}", "{n:03d}",
                        "新建文件 ({k})", "文档{n}"]) if kind != "text" else \
            r.choice(["附件{k}", "{n:03d}", "文档{n}", "新建文件 ({k})", "材料{k}-{n}", "2023-{m:02d}-{d:02d}"])
        return pat.format(m=r.randint(1, 12), d=r.randint(1, 28), h=r.randint(8, 18), mi=r.randint(0, 59),
                          s=r.randint(0, 59), n=self.n + r.randint(0, 300), k=r.randint(1, 9)) + "." + ext

    def emit(self, folder, res, contract_no, rendering=None, fmt=None, dup_of=None):
        r = self.rng
        pages = res["pages"]
        if rendering is None:
            rendering = "text" if r.random() < 0.55 else ("scan" if r.random() < 0.6 else "photo")
        if dup_of is not None:
            data, rendering, ext = dup_of
        elif rendering == "text" or rendering == "mixed":
            data = render.pdf_bytes(pages, lambda pg: render.scan(render.raster(pg, 200), r, grey=False))
            ext = "pdf"
        else:
            dpi = r.choice([150, 200, 200, 240, 300]) if rendering == "scan" else r.choice([150, 200])
            imgs = [render.raster(pg, dpi) for pg in pages]
            if fmt == "png-clean":
                imgs = [render.raster(pg, 110) for pg in pages]
                data, ext = render.image_bytes(imgs[0], "png"), "png"
            else:
                imgs = [render.scan(im, r) if rendering == "scan" else render.photo(im, r) for im in imgs]
                if len(imgs) > 1 or fmt == "pdf":
                    data, ext = render.image_pdf(imgs, [(pg.w, pg.h) for pg in pages]), "pdf"
                else:
                    if fmt is None:
                        fmt = (r.choice(["pdf", "jpg", "jpg", "png", "tif"]) if rendering == "scan"
                               else r.choice(["jpg", "jpg", "jpg", "png"]))
                    if fmt == "pdf":
                        data, ext = render.image_pdf(imgs, [(pg.w, pg.h) for pg in pages]), "pdf"
                    else:
                        data, ext = render.image_bytes(imgs[0], fmt, r), fmt
        rel = f"{folder}/{self.name(ext, rendering)}"
        while any(d["path"] == rel for d in self.docs):
            rel = f"{folder}/{self.name(ext, rendering)}"
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        with open(os.path.join(self.root, rel), "wb") as f:
            f.write(data)
        entry = dict(path=rel, doc_type=res["doc_type"], rendering=rendering, contract_no=contract_no,
                     sha256=sha256_bytes(data), note=res["note"], fields=res["fields"])
        self.docs.append(entry)
        return entry, (data, rendering, ext)


def build(which, out, seed):
    rng = random.Random(f"{seed}-{which}")
    app, A, stds, extras = build_plan(which, rng)
    root = os.path.join(out, which, "submission")
    if os.path.exists(os.path.join(out, which)):
        shutil.rmtree(os.path.join(out, which))
    os.makedirs(root)
    em = Emitter(root, rng)
    top = "证明材料"
    for i, c in enumerate(A):
        cu = dict(c["cust"])
        ct = dict(no=c["contract_no"], name=c["name"], amount=c["amount"], printed_amount=c["printed_amount"],
                  sign=c["sign"], accept=c["accept"], customer=cu)
        folder = f"{top}/{i + 1:02d} {cu['name']}"
        ev = c["ev"]

        def ctx(d):
            names = rng.sample(PEOPLE, 6)
            return dict(rng=rng, app=app, ct=ct, d=d, names=names)
        g = ev["contract"]
        res = docs.GENRES[g](ctx(dict(dstyle=rng.choice(["cn", "cn", "iso", "dot"]), mixed=(which != "a22_support_gaps" and i == 2))))
        em.emit(folder, res, c["contract_no"], "mixed" if (which != "a22_support_gaps" and i == 2) else None)
        # acceptance
        a = ev["acceptance"]
        if a:
            gname = a[:2]
            date = c["accept"]
            passed = "fail" not in a
            if "@2024" in a:
                date = D(2024, 1, 2) if which == "a22_support_tricky" else D(2024, 2, 26)
            if "@1231" in a:
                date = D(2023, 12, 31)
            if "@0103" in a:
                date = D(2023, 1, 3)
            res = docs.GENRES[gname](ctx(dict(date=date, passed=passed, show_amount=rng.random() < 0.6,
                                              dstyle=rng.choice(["cn", "iso", "cn0"]))))
            em.emit(folder, res, c["contract_no"])
        # payments
        plist = ev["payments"]
        real = [p for p in plist if p.startswith("P")]
        amounts = split(c["printed_amount"], len(real), rng)
        pdate = max(c["accept"], c["sign"]) - dt.timedelta(days=40)
        k = 0
        for p in plist:
            if p.startswith("O"):
                if p == "O1":
                    res = docs.o_paycert(ctx(dict(date=c["accept"] + dt.timedelta(days=12),
                                                  amount=dec(c["printed_amount"]) * Decimal("0.6"))))
                else:
                    res = docs.o_assign(ctx(dict(date=c["sign"] + dt.timedelta(days=30))))
                em.emit(folder, res, c["contract_no"])
                continue
            amt = amounts[k]
            if "*0.7" in p:
                amt = (dec(c["printed_amount"]) * Decimal("0.7")).quantize(Decimal("0.01"))
            pdate = pdate + dt.timedelta(days=rng.randint(25, 70)) if k else c["sign"] + dt.timedelta(days=rng.randint(10, 25))
            d = dict(amount=amt, date=pdate, cite=rng.random() < 0.6)
            if "branch" in p and "bank" not in p:
                d["payer"] = cu["name"].replace("有限公司", "有限公司武清分公司")
            if "branchbank" in p:
                d["bank1"] = "津门银行天津分行营业部"
                d["cite"] = True
            res = docs.GENRES[p[:2]](ctx(d))
            rend, fmt = None, None
            if p[:2] == "P2":
                rend, fmt = ("scan", "png-clean") if rng.random() < 0.6 else ("text", None)
            if p[:2] == "P3":
                rend = rng.choice(["scan", "photo"])
            entry, blob = em.emit(folder if rng.random() < 0.8 else f"{top}/付款凭证汇总", res, c["contract_no"], rend, fmt)
            if "dup" in p:
                em.emit(f"{top}/付款凭证汇总", res, c["contract_no"], dup_of=blob)
            k += 1
        # procurement
        r_ = ev["procurement"]
        if r_:
            pd = c["sign"] - dt.timedelta(days=rng.randint(8, 30))
            res = docs.GENRES[r_[:2]](ctx(dict(amount=c["printed_amount"], date=pd)))
            em.emit(folder, res, c["contract_no"])
            if "+O2" in r_:
                res = docs.o_agencyfee(ctx(dict(amount=c["printed_amount"], date=pd + dt.timedelta(days=2))))
                em.emit(folder, res, c["contract_no"])
    # standards
    std_rows = []
    for j, (g, title, cat) in enumerate(stds):
        std_rows.append(dict(seq=j + 1, name=title, category=cat, stage="草案" if cat == "企业标准" else "征求意见稿",
                             uploaded=g is not None))
        if g:
            res = docs.GENRES[g](dict(rng=rng, app=app, ct=None, d=dict(title=title), names=rng.sample(PEOPLE, 6)))
            em.emit("标准草案", res, None)
    # extras
    for g, ci in extras:
        c = A[ci]
        ct = dict(no=c["contract_no"], name=c["name"], amount=c["amount"], printed_amount=c["printed_amount"],
                  sign=c["sign"], accept=c["accept"], customer=c["cust"])
        cx = dict(rng=rng, app=app, ct=ct, names=rng.sample(PEOPLE, 6))
        if g == "CORRUPT":
            cx["d"] = dict(amount=c["printed_amount"], date=c["accept"] + dt.timedelta(days=20), cite=True)
            full = render.pdf_bytes(docs.p_bank(cx)["pages"])
            data = full[: len(full) * 2 // 5]
            rel = f"{top}/付款凭证汇总/回单{rng.randint(10, 99)}.pdf"
            os.makedirs(os.path.join(root, os.path.dirname(rel)), exist_ok=True)
            open(os.path.join(root, rel), "wb").write(data)
            em.docs.append(dict(path=rel, doc_type="other", rendering="corrupt", contract_no=None,
                                sha256=sha256_bytes(data), note="【X 截断的PDF】上传中断，文件不完整", fields=docs.F()))
            continue
        if g == "O1":
            cx["d"] = dict(date=c["accept"] + dt.timedelta(days=15), amount=dec(c["printed_amount"]) * Decimal("0.3"))
            res = docs.o_paycert(cx)
        elif g == "O2":
            cx["d"] = dict(date=c["sign"] - dt.timedelta(days=5), amount=c["printed_amount"])
            res = docs.o_agencyfee(cx)
        elif g == "O3":
            cx["d"] = dict(date=c["sign"] + dt.timedelta(days=40))
            res = docs.o_assign(cx)
        em.emit("其他材料", res, c["contract_no"])
    contracts = []
    for i, c in enumerate(A):
        cu = c["cust"]
        contracts.append(dict(seq=i + 1, contract_no=c["contract_no"], customer=cu["name"], customer_uscc=cu["uscc"],
                              amount_yuan=s2(c["amount"]), planted=c["planted"], name=c["name"],
                              customer_address=cu["address"], tianjin_declared=cu["tianjin_declared"],
                              sme_declared=cu["sme_declared"], employees=cu["employees"], revenue_wan=cu["revenue_wan"],
                              sign_date=c["sign"].isoformat(), accept_date=c["accept"].isoformat()))
    sub = dict(applicant=dict(name=app["name"], uscc=app["uscc"], address=app["address"]), contracts=contracts,
               standards=std_rows, documents=sorted(em.docs, key=lambda d: d["path"]))
    truth = dict(name=which, phase="支持", period=list(rules.PERIOD))
    truth["applicant"] = sub["applicant"]
    truth.update(rules.derive(sub))
    truth["contracts"] = contracts
    truth["standards"] = std_rows
    truth["documents"] = sub["documents"]
    write_workbook(os.path.join(root, "申报信息.xlsx"), sub, rng)
    with open(os.path.join(out, which, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def write_workbook(path, sub, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.merge_cells("A1:B1")
    ws["A1"] = "一、申报单位基本情况"
    ws.append(["项目", "内容"])
    a = sub["applicant"]
    for k, v in [("单位名称", a["name"]), ("统一社会信用代码", a["uscc"]), ("注册地址", a["address"]),
                 ("申报方向", "智能制造和工业互联网系统解决方案供应商"), ("服务行业", "汽车及关键零部件、医药、石化化工")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
           "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2["A1"] = "二、支持周期（2023年1月1日至2023年12月31日）服务用户清单"
    ws2.append(hdr)
    rev_max = max(c["revenue_wan"] for c in sub["contracts"])
    text_amount_row = 3 if len(sub["contracts"]) > 3 else 0
    for i, c in enumerate(sub["contracts"]):
        sd, ad = dt.date.fromisoformat(c["sign_date"]), dt.date.fromisoformat(c["accept_date"])
        as_text = i % 3 == 1
        amt = wan(Decimal(c["amount_yuan"]))
        row = [c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["name"],
               amt if i == text_amount_row else float(amt),
               fmt_date(sd, "cn") if as_text else sd, fmt_date(ad, "cn") if as_text else ad,
               "是" if c["sme_declared"] else "否", c["employees"],
               f"{c['revenue_wan']:,}" if c["revenue_wan"] == rev_max else c["revenue_wan"],
               "是" if c["tianjin_declared"] else "否"]
        ws2.append(row)
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if not as_text:
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1")
    ws3["A1"] = "三、标准草案"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for s in sub["standards"]:
        ws3.append([s["seq"], s["name"], s["category"], s["stage"]])
    for w in (ws, ws2, ws3):
        w["A1"].alignment = Alignment(horizontal="center")
    wb.save(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("which", nargs="*", default=["a22_support_clean", "a22_support_gaps", "a22_support_tricky"])
    a = ap.parse_args()
    for w in a.which:
        t = build(w, a.out, a.seed)
        n = len(t["documents"])
        img = sum(d["rendering"] in ("scan", "photo") for d in t["documents"])
        print(f"{w}: {n} docs ({img} images), tier {t['award_tier_wan']}, total {t['accepted_total_yuan']}, "
              f"gaps {len(t['gaps'])}: {sorted(set(g['kind'] for g in t['gaps']))}")


if __name__ == "__main__":
    main()
