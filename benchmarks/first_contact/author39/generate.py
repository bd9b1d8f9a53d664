#!/usr/bin/env python3
"""Generate three assessment-cycle (考核 2024) submissions with ground truth.
usage: python3 generate.py --out DIR --seed 39"""
import argparse, datetime as dt, hashlib, io, json, os, random, re, shutil, zipfile
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment, Font
import docs as G
import render
import rules
from util import make_uscc, break_uscc, yuan_str, date_cn

D = dt.date
TJ_DISTRICTS = [("120111", "西青区", ["学府工业区", "中北镇汇川路", "张家窝工业园"]), ("120116", "滨海新区", ["经济技术开发区第十一大街", "临港经济区渤海四十路", "中新生态城和旭路"]),
                ("120113", "北辰区", ["北辰经济技术开发区双辰中路", "天穆镇高新大道"]), ("120110", "东丽区", ["华明高新区华兴路", "东丽经济技术开发区先锋路"]),
                ("120112", "津南区", ["八里台工业园", "小站镇示范工业园"]), ("120114", "武清区", ["京滨工业园", "汽车产业园泉达路"]),
                ("120115", "宝坻区", ["九园工业园", "节能环保工业区"]), ("120118", "静海区", ["子牙经济技术开发区", "静海经济开发区北区"])]
OTHER = [("131003", "河北省廊坊市广阳区", "廊坊"), ("130102", "河北省石家庄市长安区", "石家庄"), ("370202", "山东省青岛市市南区", "青岛"),
         ("110108", "北京市海淀区", "北京"), ("320583", "江苏省昆山市", "昆山")]
CORES = ["瑞赟", "昀橦", "瑄和", "鑫堃", "泓喆", "恒燚", "博远", "中睿", "华琛", "津诚", "海晟", "科锐", "凯瑞", "金鼎", "晟泰", "永固",
         "润泽", "精诚", "立信", "嘉禾", "瀚森", "元亨", "丰源", "卓越", "广宇", "璟昇", "祺瑞", "骐骥", "翊宸", "钰鑫", "曦和", "澔源",
         "珺瑶", "燊达", "淼川", "垚森", "犇腾", "焜耀", "煜晨", "铠盛", "锴铭", "沣泽", "瑧远", "琨玉", "昶达", "晔华", "喆睿", "赟达",
         "禹辰", "峄山", "旻泰", "彧航", "珩宇", "玥晟", "炜业", "骁腾", "翀远", "崟峰", "渤川", "泊津"]
TRADES = ["精密机械", "汽车零部件", "电子科技", "新材料", "化工设备", "智能装备", "模具", "食品", "医疗器械", "包装材料", "电气",
          "液压件", "紧固件", "铸造", "塑胶制品", "轴承", "纺织", "制药", "金属制品", "线缆", "环保设备", "阀门", "橡胶制品", "光电"]
SURN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁婷琳晨"
BANKS = ["中国建设银行股份有限公司天津{}支行", "中国工商银行股份有限公司天津{}支行", "招商银行股份有限公司天津{}支行",
         "天津银行股份有限公司{}支行", "渤海银行股份有限公司天津{}支行", "中国银行股份有限公司天津{}支行"]
INDUSTRY = ["汽车零部件制造", "通用设备制造", "电子元器件制造", "金属制品加工", "医药制造", "食品加工", "橡胶和塑料制品", "电气机械制造"]


class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def person(self):
        r = self.rng
        return r.choice(SURN) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))

    def company(self, tianjin=True, other=None, trade=None, employees=None, revenue=None):
        r = self.rng
        if not tianjin and other is None:
            other = r.choice(OTHER)
        while True:
            core = r.choice(CORES)
            tr = trade or r.choice(TRADES)
            if tianjin:
                name = r.choice(["天津", "天津市"]) + core + tr + r.choice(["有限公司", "有限公司", "股份有限公司"])
            else:
                o = other or r.choice(OTHER)
                name = o[2] + core + tr + "有限公司"
            if name not in self.used:
                self.used.add(name)
                break
        if tianjin:
            code, dist, streets = r.choice(TJ_DISTRICTS)
            addr = f"天津市{dist}{r.choice(streets)}{r.randint(1, 188)}号"
        else:
            o = other or r.choice(OTHER)
            code = o[0]
            addr = f"{o[1]}{r.choice(['工业园区', '高新区', '开发区'])}{r.choice(['创业路', '兴业大街', '科技路'])}{r.randint(1, 300)}号"
        bank = r.choice(BANKS).format(r.choice(["西青", "滨海", "河西", "南开", "北辰", "东丽"]))
        return dict(name=name, uscc=make_uscc(r, code), address=addr, rep=self.person(), rep2=self.person(), rep3=self.person(),
                    bank=bank, account="".join(str(r.randint(0, 9)) for _ in range(19)),
                    fc_account="8001" + "".join(str(r.randint(0, 9)) for _ in range(10)),
                    group=("天津" if tianjin else name[:2]) + core + "控股集团",
                    employees=employees if employees is not None else r.choice([86, 140, 235, 320, 460, 610, 780]),
                    revenue_wan=revenue if revenue is not None else r.choice([5200, 9800, 16500, 23100, 31800, 38600]),
                    industry=r.choice(INDUSTRY))


PRODUCTS = ["制造执行系统（MES）", "设备物联网平台", "智能仓储管理系统（WMS）", "质量追溯系统", "能源管理系统", "数字孪生车间可视化平台", "高级计划排程系统（APS）"]
PROJ = ["数字化车间建设项目", "智能产线改造项目", "工业互联网平台建设项目", "智能工厂一期项目", "生产管控系统升级项目", "设备联网与数据采集项目"]


def make_contract(rng, app_abbr, i, cust, amount, sign, accept, genre, proc_genre, acc_genre, pays):
    prod = PRODUCTS[i % len(PRODUCTS)]
    name = cust["name"].replace("天津市", "").replace("天津", "")[:4] + PROJ[i % len(PROJ)]
    no = f"{app_abbr}-{sign.year}-{rng.choice(['XS', 'HT', 'JC'])}{rng.randint(100, 999)}"
    a = Decimal(amount)
    q = (a * Decimal("0.5") / 4).quantize(Decimal("1"))
    items = [("边缘计算网关", "EG-8100", 4, q), ("工业服务器", "2U 双路", 2, q),
             (prod + "软件", "V3.2", 1, a - 3 * q), ("实施及培训服务", "—", 1, q)]
    return dict(no=no, name=name, product=prod, amount=a, sign=sign, accept=accept,
                deliver=sign + dt.timedelta(days=rng.randint(60, 120)), proc_open=sign - dt.timedelta(days=rng.randint(25, 40)),
                proc_date=sign - dt.timedelta(days=rng.randint(8, 20)), proc_amount=a, items=items, genre=genre,
                proc_genre=proc_genre, acc_genre=acc_genre, pays=pays, others=["天津市智科信息技术有限公司", "天津合众工控系统有限公司"])


# ------------------------------------------------------------------ scenarios
def scenario(kind, rng):
    N = Names(rng)
    abbr = {"clean": "HY", "gaps": "YT", "tricky": "XK"}[kind]
    appname = {"clean": "天津市泓赟智能科技有限公司", "gaps": "天津昀橦工业互联网技术有限公司", "tricky": "天津瑄堃智造系统有限公司"}[kind]
    app = N.company(True)
    app["name"] = appname
    N.used.add(appname)
    S = dict(app=app, contracts=[], suppliers=[], meetings=[], diagnoses=[], standards=[], extra=[])
    C = S["contracts"]

    def cust(tj=True, other=None, emp=None, rev=None):
        return N.company(tj, other, employees=emp, revenue=rev)

    def add(cu, amount, sign, accept, g, pg, ag, pays, **plan):
        c = make_contract(rng, abbr, len(C), cu, amount, sign, accept, g, pg, ag, pays)
        c["cust"] = cu
        c["plan"] = plan
        c["tj_declared"] = plan.get("tj_declared", "是" if cu["address"].startswith("天津市") else "否")
        c["sme_declared"] = plan.get("sme_declared", "否" if (cu["employees"] >= 1000 and cu["revenue_wan"] >= 40000) else "是")
        C.append(c)
        return c

    P = lambda *xs: [dict(share=Decimal(s), date=d, genre=g) for s, d, g in xs]
    if kind == "clean":
        add(cust(True), 5860000, D(2024, 1, 12), D(2024, 6, 20), "N01", "N03", "N05", P(("0.3", D(2024, 1, 25), "N08"), ("0.7", D(2024, 7, 10), "N08")))
        add(cust(True), 3420000, D(2024, 2, 26), D(2024, 8, 15), "N02", "N04", "N06", P(("1", D(2024, 9, 2), "N07")))
        add(cust(True, emp=1350, rev=61000), 4980000, D(2023, 11, 8), D(2024, 5, 30), "O01", "O02", "O03", P(("1", D(2024, 6, 28), "O04")))
        add(cust(False, OTHER[0]), 2760000, D(2024, 3, 5), D(2024, 9, 26), "N02", "N03", "N05", P(("1", D(2024, 10, 16), "O04")))
        add(cust(False, OTHER[2]), 3150000, D(2024, 4, 18), D(2024, 10, 30), "N01", "N04", "N06", P(("1", D(2024, 11, 20), "N08")))
        add(cust(True), 4230000, D(2024, 3, 22), D(2024, 11, 12), "O01", "N03", "N05", P(("1", D(2024, 12, 3), "N07")))
        add(cust(False, OTHER[3]), 2690000, D(2024, 5, 9), D(2024, 12, 6), "N02", "O02", "N06", P(("1", D(2024, 12, 20), "O04")))
        nsup, nmeet, ndiag, nstd = 3, 10, 30, 3
        sup_plan = [{}, {}, {}]
        meet_plan = [{} for _ in range(10)]
        diag_plan = [{} for _ in range(30)]
        std_plan = [{}, {}, {}]
        S["others"] = ["L02", "L04"]
    elif kind == "gaps":
        add(cust(True, emp=1500, rev=52000), 4200000, D(2024, 1, 16), D(2024, 6, 12), "N01", "N03", "N05", P(("1", D(2024, 7, 1), "N08")), sme_declared="是")
        add(cust(True), 3600000, D(2024, 2, 20), D(2024, 7, 18), "N02", "N04", "N06", P(("1", D(2024, 8, 9), "N07")))
        add(cust(True), 2850000, D(2024, 3, 6), D(2024, 8, 28), "O01", "O02", "O03", [], missing_payment=True)
        add(cust(False, OTHER[1]), 3200000, D(2024, 3, 19), D(2024, 9, 10), "N01", "N03", "N06", P(("1", D(2024, 9, 30), "O04")), contract_amount=Decimal("2860000"))
        add(cust(True), 2480000, D(2024, 4, 2), D(2024, 10, 15), "N02", "N04", "N05", P(("0.3", D(2024, 4, 20), "N08")), failed=True, only_advance_paid=True)
        add(cust(False, OTHER[2]), 3050000, D(2024, 4, 25), D(2024, 10, 22), "O01", "N03", "O03", P(("1", D(2024, 11, 8), "N07")), other_payer=True)
        add(cust(True), 2230000, D(2023, 6, 8), D(2023, 12, 20), "N01", "O02", "N05", P(("1", D(2024, 1, 15), "O04")), duplicate=True, accepted_2023=True)
        add(cust(True), 2640000, D(2024, 5, 14), D(2024, 11, 5), "N02", "N03", "N06", P(("1", D(2024, 11, 28), "N08")), invalid_uscc=True)
        add(cust(False, OTHER[0]), 2900000, D(2024, 6, 3), D(2024, 12, 2), "O01", "N04", "O03", P(("1", D(2024, 12, 18), "O04")), tj_declared="是")
        nsup, nmeet, ndiag, nstd = 3, 10, 30, 3
        sup_plan = [{}, {"not_tj": True}, {"missing": True}]
        meet_plan = [{} for _ in range(7)] + [{"missing": True}, {"date": D(2023, 12, 15)}, {"tj": 8}]
        diag_plan = [{} for _ in range(26)] + [{"nosol": True}, {"nosol": True}, {"missing": True}, {"date": D(2025, 1, 8)}]
        std_plan = [{}, {}, {"missing": True}]
        S["others"] = ["L01", "L03", "L04"]
        S["corrupt"] = True
    else:  # tricky
        add(cust(True), 3120000, D(2023, 12, 18), D(2024, 6, 26), "N01", "N03", "N05",
            P(("0.3", D(2024, 1, 5), "N08"), ("0.65", D(2024, 7, 19), "N07"), ("0.05", D(2025, 1, 10), "O04")))
        add(cust(False, OTHER[0]), 2345678, D(2024, 2, 1), D(2024, 9, 12), "N02", "N03", "N06", P(("1", D(2024, 10, 8), "N08")))
        add(cust(True, emp=2100, rev=86000), 2470000, D(2023, 11, 20), D(2024, 12, 31), "O01", "N04", "N05", P(("0.5", D(2024, 3, 1), "O04"), ("0.5", D(2024, 12, 31), "O04")))
        add(cust(True), 2301322, D(2024, 3, 12), D(2024, 8, 30), "N01", "O02", "O03", P(("1", D(2024, 9, 20), "N07")), tj_declared="否", rescan=True)
        add(cust(False, OTHER[4]), 2380000, D(2024, 4, 7), D(2024, 10, 18), "N02", "N04", "N06", P(("1", D(2024, 11, 11), "N08")))
        add(cust(False, OTHER[3]), 2383000, D(2024, 5, 20), D(2024, 11, 22), "O01", "N03", "N05", P(("1", D(2024, 12, 16), "O04")))
        add(cust(True), 1960000, D(2024, 6, 11), D(2024, 11, 29), "N02", "O02", "N06", P(("1", D(2024, 12, 24), "N07")), lookalike_issuer=True)
        nsup, nmeet, ndiag, nstd = 3, 11, 31, 4
        sup_plan = [{"edge": True}, {}, {"fake_tj": True}]
        meet_plan = [{"exact": True} for _ in range(10)] + [{"tj": 9}]
        meet_plan[9]["date"] = D(2024, 12, 28)
        diag_plan = [{} for _ in range(30)] + [{"nosol": True}]
        std_plan = [{}, {}, {}, {"missing": True}]
        S["others"] = ["L01", "L02", "L03", "L04"]
    # ---- suppliers
    for i in range(nsup):
        pl = sup_plan[i]
        if pl.get("not_tj"):
            sup = N.company(False, OTHER[3])
        elif pl.get("fake_tj"):
            sup = N.company(True)
            sup["address"] = "河北省廊坊市广阳区" + "新开路" + str(rng.randint(10, 99)) + "号"
        else:
            sup = N.company(True)
        sign = D(2024, 1, 2) if pl.get("edge") else D(2024, rng.randint(2, 10), rng.randint(1, 27))
        S["suppliers"].append(dict(sup=sup, no=f"{abbr}-FB-2024-{i + 1:03d}", name=["软件测试服务分包合同", "电控柜成套加工分包合同"][i % 2],
                                   amount=Decimal(rng.choice([186000, 243500, 318000, 412600, 275800])), sign=sign,
                                   parent=C[i % len(C)]["name"], plan=pl, genre=["N09", "N10"][i % 2]))
    # ---- attendee pool
    pool_tj = [N.company(True) for _ in range(26)]
    pool_out = [N.company(False) for _ in range(6)]
    places = ["公司一楼报告厅", "天津市西青区创新大厦3楼会议室", "滨海新区智能制造展示中心", "北辰区科技园会议中心", "客户现场（示范车间）"]
    mnames = ["智能制造经验交流会", "数字化车间建设经验交流会", "工业互联网应用供需对接会", "设备联网与数据采集专题交流会",
              "质量追溯系统应用现场观摩交流会", "中小企业数字化转型经验交流会", "智能仓储物流技术交流会", "MES系统实施经验分享会",
              "能源管理数字化交流会", "汽车零部件行业智能制造对接会", "工业软件应用观摩交流会"]
    for i in range(nmeet):
        pl = meet_plan[i]
        n_tj = pl.get("tj", 10 if pl.get("exact") else rng.randint(11, 14))
        firms = rng.sample(pool_tj, n_tj)
        att = [dict(name=f["name"], uscc=f["uscc"], address=f["address"], person=N.person(),
                    phone="1" + str(rng.randint(3000000000, 9899999999)), intent=rng.choice(["设备联网", "MES", "仓储物流", "能耗管理", "质量追溯"]))
               for f in firms]
        att += [dict(name=f["name"], uscc=f["uscc"], address=f["address"], person=N.person(), phone="1" + str(rng.randint(3000000000, 9899999999)),
                     intent="观望") for f in rng.sample(pool_out, rng.randint(1, 3))]
        att.append(dict(name=app["name"], uscc=app["uscc"], address=app["address"], person=app["rep2"], phone="022-" + str(rng.randint(20000000, 89999999)), intent="主办"))
        if pl.get("exact") and i % 3 == 0:  # same firm signs twice
            dup = dict(att[0])
            dup["person"] = N.person()
            att.insert(5, dup)
        rng.shuffle(att)
        g = "N11" if "对接" in mnames[i] else ("N13" if "观摩" in mnames[i] else "N12")
        date = pl.get("date") or D(2024, 1 + i, rng.randint(5, 26)) if i < 11 else None
        if pl.get("date"):
            date = pl["date"]
        S["meetings"].append(dict(seq=i + 1, name=mnames[i], date=date, place=rng.choice(places), att=att, n_tj=n_tj,
                                  declared=n_tj if not pl.get("tj") else 12, plan=pl, genre=g))
    # ---- diagnoses
    dtitles = ["智能制造能力成熟度评估诊断报告", "现场诊断报告（4M1E）", "数字化转型免费诊断报告", "智能制造诊断报告"]
    for i in range(ndiag):
        pl = diag_plan[i]
        f = N.company(rng.random() < 0.8)
        g = ["N14", "N15", "N16"][i % 3]
        date = pl.get("date") or D(2024, rng.randint(2, 12), rng.randint(1, 28))
        title = f["name"].replace("有限公司", "").replace("股份", "")[-8:] + dtitles[i % 3 if g != "N16" else 2]
        S["diagnoses"].append(dict(seq=i + 1, customer=f["name"], uscc=f["uscc"], date=date, title=title, industry=f["industry"], plan=pl, genre=g))
    snames = ["离散制造企业设备联网数据采集技术规范", "中小企业制造执行系统实施指南", "智能工厂数字孪生可视化平台功能要求", "工业边缘计算网关通用技术要求"]
    for i in range(nstd):
        S["standards"].append(dict(seq=i + 1, name=snames[i], code=f"{i + 1:03d}—2024", year=2024, plan=std_plan[i],
                                   category="团体标准" if i % 2 == 0 else "企业标准", stage="送审稿" if i % 2 == 0 else "征求意见稿",
                                   genre="N17" if i % 2 == 0 else "O05"))
    return S


# ------------------------------------------------------------------ documents
class Namer:
    def __init__(self, rng):
        self.rng, self.used, self.n = rng, set(), 0

    def __call__(self, ext, rendering):
        r = self.rng
        while True:
            self.n += 1
            k = self.n
            if rendering == "photo":
                nm = r.choice([f"IMG_2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{r.randint(80000, 195959):06d}",
                               f"微信图片_2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(100000, 235959)}"])
            elif rendering in ("scan", "mixed") and ext == "pdf":
                nm = r.choice([f"扫描件{k:03d}", f"CamScanner 2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(8, 21):02d}.{r.randint(0, 59):02d}",
                               f"scan{r.randint(1, 999):04d}", f"附件{k}"])
            elif ext == "png" and rendering == "screen":
                nm = f"Screenshot_2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(80000, 195959)}"
            elif ext in ("png", "jpg"):
                nm = r.choice([f"图片{k}", f"微信图片_{r.randint(10 ** 13, 10 ** 14)}", f"IMG_{r.randint(1000, 9999)}"])
            elif ext == "tif":
                nm = f"scan_{r.randint(1, 9999):05d}"
            else:
                nm = r.choice([f"新建文档 ({k})", f"附件{k}", f"文档{k}", f"材料{k}", f"{r.randint(10 ** 7, 10 ** 8)}"])
            folder = r.choice(["", "", "考核材料/", "考核材料/补充材料/", "新建文件夹/"])
            path = f"{folder}{nm}.{ext}"
            if path not in self.used:
                self.used.add(path)
                return path


def choose_rendering(rng, npages, forced=None):
    if forced:
        return forced
    x = rng.random()
    if x < 0.58:
        return "text"
    if x < 0.86:
        return "scan"
    if npages > 1 and x < 0.93:
        return "mixed"
    return "photo"


def emit(doc, rendering, rng, tmpdir, fmt=None):
    pages = doc["pages"]
    if rendering == "text":
        return render.pages_to_pdf(pages), "pdf"
    if rendering == "mixed":
        im = render.degrade_scan(render.page_to_image(pages[-1], 200), rng)
        reader = render.ImageReader(io.BytesIO(render.jpeg_bytes(im, 68)))
        return render.pages_to_pdf(pages, images={len(pages) - 1: reader}), "pdf"
    imgs = []
    for p in pages:
        dpi = 200 if p.w > 100 else 300
        im = render.page_to_image(p, dpi)
        if fmt == "screen":
            imgs.append(im)
            continue
        im = render.degrade_photo(im, rng) if rendering == "photo" else render.degrade_scan(im, rng)
        imgs.append(im)
    if fmt == "screen":
        return render.encode(imgs[0], "png", 90), "png"
    q = rng.randint(55, 78)
    if len(imgs) > 1:
        return render.images_to_pdf(imgs, q, tmpdir), "pdf"
    if rendering == "photo":
        return render.encode(imgs[0], "jpg", q), "jpg"
    ext = fmt or rng.choice(["pdf", "pdf", "jpg", "png", "tif"])
    if ext == "pdf":
        return render.images_to_pdf(imgs, q, tmpdir), "pdf"
    return render.encode(imgs[0], ext, q), ext


def build(kind, outdir, seed):
    rng = random.Random(f"{seed}-{kind}")
    S = scenario(kind, rng)
    app = S["app"]
    name = f"a39_assess_{kind}"
    root = os.path.join(outdir, name)
    sub = os.path.join(root, "submission")
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(sub)
    namer = Namer(rng)
    out_docs = []

    def put(doc, contract_no, rendering=None, fmt=None, note_extra="", data=None):
        rend = choose_rendering(rng, len(doc["pages"]), rendering)
        if rend == "mixed" and len(doc["pages"]) < 2:
            rend = "scan"
        if data is None:
            data, ext = emit(doc, rend, rng, sub, fmt)
        else:
            ext = "pdf"
        path = namer(ext, "screen" if fmt == "screen" else rend)
        full = os.path.join(sub, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        e = dict(path=path, doc_type=doc["doc_type"], rendering=rend, contract_no=contract_no,
                 sha256=hashlib.sha256(data).hexdigest(), note=doc["note"] + note_extra, genre=doc["genre"], fields=doc["fields"])
        if doc["doc_type"] == "meeting_record":
            e["attendees"] = doc.get("attendees")
        if doc["doc_type"] == "diagnosis_report":
            e["solution_section"] = doc["solution_section"]
        out_docs.append(e)
        return e, data

    gen = {"N01": G.n01_chenglan, "N02": G.n02_license, "O01": G.o01_purchase, "N03": G.n03_zhongxuan, "N04": G.n04_selection,
           "O02": G.o02_zhongbiao, "N05": G.n05_countersign, "N06": G.n06_kpi, "O03": G.o03_cert}
    for c in S["contracts"]:
        cu, pl = c["cust"], c["plan"]
        font = rng.choice(["wqy", "wqy", "song"])
        cc = dict(c)
        if pl.get("contract_amount"):
            cc["amount"] = pl["contract_amount"]
        if pl.get("invalid_uscc"):
            cu["uscc"] = break_uscc(cu["uscc"])
        d = gen[c["genre"]](app, cu, cc, rng, font="wqy")
        e, data = put(d, c["no"])
        if pl.get("rescan"):
            put(gen[c["genre"]](app, cu, cc, rng), c["no"], rendering="photo", note_extra="；同一份合同的另一次拍照（字节不同，不是重复上传）")
        # procurement
        cp = dict(c)
        if c["no"].endswith("9") and False:
            pass
        d = gen[c["proc_genre"]](app, cu, cp, rng, font=font)
        put(d, c["no"])
        # acceptance
        issuer = None
        if pl.get("lookalike_issuer"):
            issuer = cu["name"].replace("有限公司", "科技有限公司")
        d = gen[c["acc_genre"]](app, cu, c, rng, font=font, passed=not pl.get("failed"), issuer=issuer)
        if issuer:
            d["note"] += "；验收单位为名称相近的另一家公司（多“科技”二字，不是申报客户）——真实的 party_mismatch"
        put(d, c["no"])
        # payments
        payer = cu
        if pl.get("other_payer"):
            payer = Names(rng).company(True)
            payer["name"] = cu["group"] + "有限公司"
        acc_shares = Decimal(0)
        for k, py in enumerate(c["pays"]):
            amt = (c["amount"] * py["share"]).quantize(Decimal("1"))
            if k == len(c["pays"]) - 1 and sum(x["share"] for x in c["pays"]) == 1:
                amt = c["amount"] - acc_shares
            acc_shares += amt
            cites = rng.random() < 0.6
            memo = (f"支付{c['no']}合同款" if cites else rng.choice(["货款", "项目进度款", "设备款", "服务费"])) + (f"（第{k + 1}期）" if len(c["pays"]) > 1 else "")
            pay = dict(amount=amt, date=py["date"], memo=memo, cites=c["no"] if cites else None)
            if py["genre"] == "N07":
                d = G.n07_mobile(app, payer, c, pay, rng)
                scr = rng.random() < 0.6
                e, data = put(d, c["no"], rendering="scan" if scr else "photo", fmt="screen" if scr else None)
                if e["rendering"] == "scan" and e["path"].endswith(".png"):
                    e["note"] += "（原始截图）"
            elif py["genre"] == "N08":
                d = G.n08_fincomp(app, payer, c, pay, rng, font=font)
                e, data = put(d, c["no"])
            else:
                d = G.o04_ebank(app, payer, c, pay, rng, font=font)
                e, data = put(d, c["no"])
            if pl.get("other_payer"):
                e["note"] += "；付款方为客户的集团公司，不是申报客户"
            if pl.get("duplicate") and k == 0:
                e2 = dict(e)
                path = namer("pdf" if e["path"].endswith("pdf") else e["path"].rsplit(".", 1)[1], e["rendering"])
                full = os.path.join(sub, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "wb") as f:
                    f.write(data)
                e2["path"] = path
                e2["note"] = e["note"] + "；与另一文件字节完全相同（重复上传）"
                e2["fields"] = dict(e["fields"])
                out_docs.append(e2)
        c["pay_total"] = acc_shares
    # subcontracts
    for s in S["suppliers"]:
        if s["plan"].get("missing"):
            continue
        fn = G.n09_testsub if s["genre"] == "N09" else G.n10_cabinet
        d = fn(app, s["sup"], s, rng)
        if s["plan"].get("fake_tj"):
            d["note"] += "；乙方信用代码为12开头但住所在河北省——真实的非天津供应商"
        put(d, s["no"])
    # meetings
    for m in S["meetings"]:
        if m["plan"].get("missing"):
            continue
        if m["genre"] == "N13":
            d1, d2 = G.n13_visit(app, m, m["att"], rng)
            put(d1, None)
            put(d2, None)
        else:
            fn = G.n11_matchmaking if m["genre"] == "N11" else G.n12_minutes
            d = fn(app, m, m["att"], rng)
            if m["plan"].get("exact"):
                d["note"] += "；天津企业恰好10家（主办方签到不计，同一企业两人签到只计一次，外地企业不计）"
            put(d, None)
    # diagnoses
    dg = {"N14": G.n14_cmmm, "N15": G.n15_4m1e, "N16": G.n16_table}
    for dd in S["diagnoses"]:
        if dd["plan"].get("missing"):
            continue
        d = dg[dd["genre"]](app, dd, rng, solution=not dd["plan"].get("nosol"))
        put(d, None)
    # standards
    for st in S["standards"]:
        if st["plan"].get("missing"):
            continue
        d = (G.n17_bianzhi if st["genre"] == "N17" else G.o05_draft)(app, st, rng)
        put(d, None)
    # look-alikes
    c0 = S["contracts"][1]
    for o in S["others"]:
        if o == "L01":
            d = G.l01_bidcover(app, c0["cust"], c0, rng)
        elif o == "L02":
            d = G.l02_payreq(app, S["contracts"][2]["cust"], S["contracts"][2], rng)
        elif o == "L03":
            d = G.l03_diagapply(app, S["diagnoses"][3], rng)
        else:
            d = G.l04_invoice(app, S["contracts"][0]["cust"], S["contracts"][0], rng)
        put(d, None)
    if S.get("corrupt"):
        full = render.pages_to_pdf(G.o03_cert(app, S["contracts"][0]["cust"], S["contracts"][0], rng)["pages"])
        data = full[: len(full) // 3]
        d = dict(pages=[], doc_type="other", fields=G.F(), note="损坏文件：PDF 在三分之一处被截断，无法打开", genre="X")
        put(d, None, rendering="corrupt", data=data)
    # ---------- truth
    t = dict(submission=name, phase="考核", period=["2024-01-01", "2024-12-31"], seed=seed,
             applicant=dict(name=app["name"], uscc=app["uscc"], address=app["address"]))
    t["contracts"] = [dict(seq=i + 1, contract_no=c["no"], customer=c["cust"]["name"], customer_uscc=c["cust"]["uscc"],
                           amount_yuan=yuan_str(c["amount"]), planted=sorted(k for k, v in c["plan"].items() if v),
                           contract_name=c["name"], sign_date=c["sign"].isoformat(), accept_date=c["accept"].isoformat(),
                           sme_declared=c["sme_declared"], employees=c["cust"]["employees"], revenue_wan=c["cust"]["revenue_wan"],
                           tianjin_declared=c["tj_declared"], customer_address=c["cust"]["address"]) for i, c in enumerate(S["contracts"])]
    t["suppliers"] = [dict(seq=i + 1, name=s["sup"]["name"], uscc=s["sup"]["uscc"], address=s["sup"]["address"], subcontract_no=s["no"],
                           subcontract_name=s["name"], amount_yuan=yuan_str(s["amount"]), sign_date=s["sign"].isoformat(),
                           planted=sorted(k for k, v in s["plan"].items() if v)) for i, s in enumerate(S["suppliers"])]
    t["meetings"] = [dict(seq=m["seq"], name=m["name"], date=m["date"].isoformat(), place=m["place"], declared_tianjin_count=m["declared"],
                          tianjin_attendees_on_sheet=None if m["plan"].get("missing") else m["n_tj"],
                          planted=sorted(k for k, v in m["plan"].items() if v and k != "date") + (["date_out_of_period"] if m["plan"].get("date") and not rules.START <= m["plan"]["date"] <= rules.END else []))
                     for m in S["meetings"]]
    t["diagnoses"] = [dict(seq=d["seq"], customer=d["customer"], uscc=d["uscc"], date=d["date"].isoformat(), report_name=d["title"],
                           planted=sorted(k for k, v in d["plan"].items() if v)) for d in S["diagnoses"]]
    t["standards"] = [dict(seq=s["seq"], name=s["name"], category=s["category"], stage=s["stage"], uploaded=not s["plan"].get("missing"))
                      for s in S["standards"]]
    out_docs.sort(key=lambda e: e["path"])
    t["documents"] = out_docs
    t.update(rules.derive(t))
    order = ["submission", "phase", "period", "seed", "applicant", "assessment_passed", "award_tier_wan", "accepted_total_yuan", "requirements",
             "gaps", "verified_contracts", "verified_contract_nos", "verified_customer_count", "verified_tianjin_customer_count",
             "verified_sme_customer_count", "verified_local_suppliers", "qualifying_meetings", "diagnosed_customers_with_solution",
             "standards_with_document", "contracts", "suppliers", "meetings", "diagnoses", "standards", "documents"]
    t = {k: t[k] for k in order}
    write_workbook(os.path.join(sub, "申报信息.xlsx"), t, rng)
    with open(os.path.join(root, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
    return t


def wan(yuan):
    v = Decimal(yuan) / 10000
    return float(v)


def write_workbook(path, t, rng):
    wb = openpyxl.Workbook()
    fixed = dt.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "申报单位"

    def sheet(ws, title, headers, rows):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.cell(1, 1, title).font = Font(bold=True, size=14)
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        for j, h in enumerate(headers, 1):
            ws.cell(2, j, h).font = Font(bold=True)
        for i, r in enumerate(rows, 3):
            for j, v in enumerate(r, 1):
                ws.cell(i, j, v)
        for j in range(1, len(headers) + 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 18

    ws = wb.active
    ws.title = "申报单位"
    a = t["applicant"]
    sheet(ws, "申报单位基本信息", ["项目", "内容"], [["单位名称", a["name"]], ["统一社会信用代码", a["uscc"]], ["注册地址", a["address"]],
                                          ["申报方向", "智能制造系统解决方案供应商"], ["服务行业", "汽车零部件、装备制造"], ["阶段", "考核"]])

    def dval(iso, i):
        d = dt.date.fromisoformat(iso)
        return date_cn(d) if i % 3 == 1 else dt.datetime(d.year, d.month, d.day)

    rows = []
    big = max(t["contracts"], key=lambda c: c["revenue_wan"])
    for i, c in enumerate(t["contracts"]):
        amt = wan(c["amount_yuan"])
        if i == 2:
            v = Decimal(c["amount_yuan"]) / 10000
            amt = f"{v:.2f}" if v == v.quantize(Decimal("0.01")) else format(v.normalize(), "f")
        rev = f"{c['revenue_wan']:,}" if c is big else c["revenue_wan"]
        rows.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], amt, dval(c["sign_date"], i),
                     dval(c["accept_date"], i + 1), c["sme_declared"], c["employees"], rev, c["tianjin_declared"]])
    ws = wb.create_sheet("服务用户清单")
    sheet(ws, "服务用户清单（考核期内验收合同）", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期",
                                     "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    ws = wb.create_sheet("标准草案")
    sheet(ws, "参与制定标准情况", ["序号", "标准名称", "标准类别", "阶段"], [[s["seq"], s["name"], s["category"], s["stage"]] for s in t["standards"]])
    ws = wb.create_sheet("本地配套供应商")
    sheet(ws, "培育本地配套供应商情况", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["name"], s["uscc"], s["subcontract_no"], s["subcontract_name"], wan(s["amount_yuan"]), dval(s["sign_date"], i)]
           for i, s in enumerate(t["suppliers"])])
    ws = wb.create_sheet("经验交流会")
    sheet(ws, "召开经验交流会情况", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[m["seq"], m["name"], dval(m["date"], i), m["place"], m["declared_tianjin_count"]] for i, m in enumerate(t["meetings"])])
    ws = wb.create_sheet("免费诊断")
    sheet(ws, "免费诊断服务情况", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[d["seq"], d["customer"], d["uscc"], dval(d["date"], i), d["report_name"]] for i, d in enumerate(t["diagnoses"])])
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed timestamps: same seed -> same bytes
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=39)
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for kind in ["clean", "gaps", "tricky"]:
        if a.only and kind != a.only:
            continue
        t = build(kind, a.out, a.seed)
        print(t["submission"], len(t["documents"]), "docs; passed:", t["assessment_passed"], "gaps:", len(t["gaps"]))


if __name__ == "__main__":
    main()
