"""author15 first-contact set, assessment cycle (2024). python generate.py --out data --seed N"""
import argparse, hashlib, json, os, random, shutil
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment, Font
import templates as T
from render import pages_to_pdf, page_to_image, degrade_scan, degrade_photo, images_to_pdf, img_bytes
from util import make_uscc, break_uscc, uscc_valid, y2, D, d_cn, wan

P0, P1 = D("2024-01-01"), D("2024-12-31")
TJ_REG = ["120116", "120111", "120113", "120110", "120114", "120104", "120105", "120112"]
DIST = {"120116": "滨海新区", "120111": "西青区", "120113": "北辰区", "120110": "东丽区", "120114": "武清区",
        "120104": "南开区", "120105": "河北区", "120112": "津南区"}
ROADS = ["海泰发展六道", "京福公路", "津塘公路", "宝坻路", "兴华道", "新业八街", "秀川路", "赛达二大道", "杨北公路", "翠屏道"]
SURN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVN = ["建国", "海燕", "立新", "赟", "晓峰", "思琪", "昀", "国栋", "丽娟", "志强", "瑄", "明辉", "雅婷", "喆", "堃", "春生", "文博", "佳怡"]
CORE = ["瑞丰", "鑫盛", "华轩", "恒泰", "博远", "昀橦", "赟达", "瑄和", "宏图", "金桥", "海辰", "津达", "德润", "鼎泰", "智联", "永固",
        "泰和", "晟铭", "瀚海", "卓越", "宇航", "星耀", "仁和", "新港", "北洋", "中远", "嘉禾", "锦程", "康嘉", "昌隆", "凯拓", "铭岳",
        "众诚", "立信", "华汇", "天润", "乐邦", "正源", "同创", "明科", "欣旺", "柏瑞", "越秀", "航宇", "东晟", "万通", "益民", "合力"]
IND = ["精密机械", "汽车零部件", "电子科技", "新材料", "食品", "医药", "金属制品", "塑胶", "电气设备", "化工", "包装", "轴承", "阀门", "纺织", "印刷", "装备制造"]


class Ctx:
    def __init__(self, seed, tag):
        self.rng = random.Random(f"{seed}-{tag}")
        self.used = set()

    def person(self):
        return self.rng.choice(SURN) + self.rng.choice(GIVN)

    def firm(self, region=None, tj=True, name=None, addr=None):
        r = self.rng
        region = region or r.choice(TJ_REG)
        while name is None or name in self.used:
            core = r.choice(CORE)
            if tj:
                name = f"天津{core}{r.choice(IND)}有限公司" if r.random() < 0.6 else f"天津市{core}{r.choice(IND)}股份有限公司"
            else:
                name = f"{core}{r.choice(IND)}有限公司"
        self.used.add(name)
        if addr is None:
            addr = f"天津市{DIST.get(region, '西青区')}{r.choice(ROADS)}{r.randint(2, 188)}号" if tj else None
        return {"name": name, "uscc": make_uscc(r, region), "addr": addr, "rep": self.person(),
                "person": self.person(), "phone": "1" + str(r.choice([3, 5, 8])) + "".join(str(r.randint(0, 9)) for _ in range(9)),
                "signers": [self.person() for _ in range(3)], "buyer": self.person()}


def items_for(r, amount):
    names = ["MES制造执行系统软件（含实施）", "设备数据采集网关及边缘计算终端", "AGV智能物流小车", "机器视觉在线检测工作站",
             "工业互联网平台部署服务", "数字孪生可视化大屏系统", "WMS仓储管理系统", "工业机器人工作站"]
    k = r.randint(2, 4)
    pick = r.sample(names, k)
    # split amount into k parts (integers), last absorbs
    rest = Decimal(str(amount))
    out = []
    for i, n in enumerate(pick):
        if i == k - 1:
            out.append((n, 1, rest))
        else:
            part = Decimal(int(rest * Decimal(r.uniform(0.2, 0.45)) / 1000) * 1000)
            q = r.choice([1, 1, 2, 4, 5])
            u = (part / q).quantize(Decimal("1"))
            out.append((n, q, u)); rest -= u * q
    return [(n, int(q), float(u)) for n, q, u in out]


# ------------------------------------------------------------------ submission specs
def build_spec(name, ctx):
    r = ctx.rng
    apps = {"a15_clean": ("天津瑄禾智造科技有限公司", "Tianjin Xuanhe Intelligent Manufacturing Technology Co., Ltd.", "120111"),
            "a15_gaps": ("天津市昀橦工业互联网技术有限公司", "Tianjin Yuntong Industrial Internet Technology Co., Ltd.", "120116"),
            "a15_tricky": ("天津赟岳自动化系统集成有限公司", "Tianjin Yunyue Automation System Integration Co., Ltd.", "120113")}
    an, en, reg = apps[name]
    app = ctx.firm(reg, name=an)
    app.update(en=en, rep2=ctx.person(), bank="渤津银行天津" + DIST[reg] + "支行", acct="1207" + "".join(str(r.randint(0, 9)) for _ in range(12)),
               wallet="0021" + "".join(str(r.randint(0, 9)) for _ in range(12)), bic="BOJNCNBJTJN")
    S = {"name": name, "app": app, "contracts": [], "suppliers": [], "meetings": [], "diagnoses": [], "standards": [], "extras": []}

    # ---- contracts
    if name == "a15_clean":
        amts = [3280000, 2650000, 4120000, 1980000, 5060000, 2870000]
        tjs = [True, True, True, False, True, False]
        smes = [True, True, False, True, True, True]
    elif name == "a15_gaps":
        amts = [3150000, 2480000, 4460000, 1760000, 2990000, 3320000, 2210000]
        tjs = [True, False, True, True, False, True, True]
        smes = [True, True, True, False, True, True, True]
    else:
        # verified total must be exactly 15,000,000 (the threshold); C7 fails
        amts = [2860000, 2345000, 3115000, 1980000, 2400000, 2300000, 3650000]
        tjs = [True, False, False, True, False, False, True]
        smes = [True, True, True, True, False, False, True]
    titles = ["冲压车间数字化改造项目合同", "智能仓储物流系统集成合同", "MES制造执行系统建设合同", "设备物联网平台实施合同",
              "机器视觉质检系统集成合同", "数字化车间建设合同", "能源管控与设备运维平台合同"]
    for i, amt in enumerate(amts):
        seq = i + 1
        region = r.choice(TJ_REG) if tjs[i] else r.choice(["110108", "310115", "320106", "370212", "130207"])
        outside = {"110108": "北京市海淀区上地信息路", "310115": "上海市浦东新区张江路", "320106": "江苏省南京市鼓楼区天津路",
                   "370212": "山东省青岛市崂山区株洲路", "130207": "河北省唐山市丰南区港城大街"}
        cust = ctx.firm(region, tj=tjs[i], addr=None if tjs[i] else f"{outside[region]}{r.randint(3, 99)}号")
        sign = D(f"2023-{r.randint(9, 12):02d}-{r.randint(1, 28):02d}") if i % 2 else D(f"2024-{r.randint(1, 4):02d}-{r.randint(1, 28):02d}")
        acc = D(f"2024-{r.randint(7, 11):02d}-{r.randint(1, 28):02d}")
        if smes[i]:
            emp, rev = r.randint(60, 900), r.randint(3000, 38000)
        else:
            emp, rev = r.randint(1100, 4000), r.randint(42000, 180000)
        c = {"seq": seq, "no": f"{['XH', 'YT', 'YY'][['a15_clean', 'a15_gaps', 'a15_tricky'].index(name)]}-{sign.year}-{r.randint(100, 999)}{seq}",
             "cust": cust, "amount": amt, "sign": sign, "acc": acc, "delivery": D(f"2024-{max(1, acc.month - 2):02d}-{r.randint(1, 28):02d}"),
             "title": titles[i], "tj_decl": tjs[i], "sme_decl": smes[i], "emp": emp, "rev": rev, "planted": [],
             "pre_pct": r.choice([20, 30]), "order": "45" + "".join(str(r.randint(0, 9)) for _ in range(8)),
             "projno": f"ZC{2023 if sign.year == 2023 else 2024}-{r.randint(1000, 9999)}", "proc_word": r.choice(["公开招标", "竞争性谈判", "邀请招标"]),
             "kgen": ["sales", "emall", "prose"][i % 3], "agen": ["joint", "user", "grid"][i % 3],
             "pgen": ["ecny", "mt103", "bank"][i % 3], "rgen": ["sap", "noobj", "award"][i % 3],
             "pay_split": [1.0] if i % 2 == 0 else [0.3, 0.7], "payer": cust["name"], "skip": set(),
             "acc_doc_date": acc, "acc_passed": True, "contract_amount": amt, "acc_amount": None}
        c["cust"]["en"] = "Customer " + str(seq)
        c["items"] = items_for(r, amt)
        S["contracts"].append(c)
    C = S["contracts"]
    if name == "a15_gaps":
        C[2]["skip"].add("payment"); C[2]["planted"].append("missing_payment_proof")
        C[4]["acc_doc_date"] = D("2025-01-09"); C[4]["acc"] = D("2025-01-09"); C[4]["planted"].append("date_out_of_period")
        C[5]["contract_amount"] = 3520000; C[5]["planted"].append("amount_mismatch (contract says 352万, declared 332万)")
        C[0]["planted"].append("duplicate_evidence (payment uploaded twice)"); C[0]["dup"] = True
        C[3]["emp"], C[3]["rev"] = 420, 21000; C[3]["sme_decl"] = False; C[3]["planted"].append("sme_misclassified (declared 否, 420人/21000万)")
        C[6]["acc_passed"] = False; C[6]["planted"].append("acceptance_not_passed")
    if name == "a15_tricky":
        # C7: paid by the customer's parent group -> party_mismatch (real)
        c7 = C[6]
        c7["payer"] = c7["cust"]["name"].replace("天津", "").replace("市", "").replace("有限公司", "集团有限公司").replace("股份集团", "集团股份")
        c7["planted"].append("party_mismatch (payer is the parent group)")
        # C2: payments sum 99.6% of declared (within 0.5%)
        C[1]["pay_amounts"] = [703500, 1632180]  # 2,335,680 vs 2,345,000 -> -0.397%
        C[1]["planted"].append("distractor: payments 0.40% short, within tolerance")
        C[3]["acc"] = C[3]["acc_doc_date"] = D("2024-12-31"); C[3]["planted"].append("distractor: accepted 2024-12-31 (in period)")
        C[0]["acc"] = C[0]["acc_doc_date"] = D("2024-01-01"); C[0]["sign"] = D("2023-11-20"); C[0]["planted"].append("distractor: accepted 2024-01-01, signed 2023")
        # SME: C5 declared 否 with 1000 staff and 39,999万 -> SME by thresholds: sme_misclassified, counts as SME
        C[4]["emp"], C[4]["rev"] = 1000, 39999; C[4]["planted"].append("sme_misclassified (1000人 but 39999万 < 40000万: SME)")
        # C6: declared 否 and really large at exactly 1000/40000 -> correctly large
        C[5]["emp"], C[5]["rev"] = 1000, 40000; C[5]["planted"].append("distractor: exactly 1000人/40000万 = large, declared 否 correctly")
        C[2]["acc_amount"] = 3128000; C[2]["planted"].append("distractor: acceptance shows 312.8万 vs 311.5万 (+0.42%)")
        C[1]["arrival"] = True
        C[0]["spaced"] = True
        # Tianjin customers: C1 and C4 only (C7 fails) -> exactly 2
    for c in C:
        if "pay_amounts" not in c:
            parts = [round(c["amount"] * f / 1000) * 1000 for f in c["pay_split"]]
            parts[-1] = c["amount"] - sum(parts[:-1])
            c["pay_amounts"] = parts

    # ---- suppliers (subcontracts)
    nsup = {"a15_clean": 2, "a15_gaps": 2, "a15_tricky": 3}[name]
    for j in range(nsup):
        s = ctx.firm(r.choice(TJ_REG))
        s.update(seq=j + 1, no=f"FB-2024-{r.randint(10, 99)}{j + 1}", sign=D(f"2024-{r.randint(2, 9):02d}-{r.randint(1, 28):02d}"),
                 project=C[j]["title"].replace("合同", "项目"), scope=r.choice(["电气控制柜安装及接线", "输送线机械安装", "网络综合布线"]),
                 gen=["unit", "tri"][j % 2], planted=[], reversed=False)
        s["end"] = D(f"2024-12-{r.randint(10, 28)}")
        s["owner_amount"] = C[j]["amount"]
        s["bill"] = [("设备就位及找正", "台", r.randint(8, 30), r.randint(800, 2500)), ("动力电缆敷设", "m", r.randint(600, 2000), r.randint(20, 45)),
                     ("控制柜安装接线", "面", r.randint(4, 16), r.randint(3000, 6000)), ("单机调试", "台", r.randint(8, 30), r.randint(600, 1500))]
        s["amount"] = sum(q * p for _, _, q, p in s["bill"]) if s["gen"] == "unit" else r.randint(30, 90) * 10000
        S["suppliers"].append(s)
    if name == "a15_gaps":
        s = S["suppliers"][1]
        s["uscc"] = make_uscc(r, "131082"); s["addr"] = f"河北省廊坊市三河市燕郊开发区迎宾路{r.randint(5, 99)}号"
        s["name"] = "三河市京津" + s["name"][2:] if s["name"].startswith("天津") else "三河" + s["name"]
        s["planted"].append("subcontractor_not_tianjin (河北三河, code 131082)")
    if name == "a15_tricky":
        s = S["suppliers"][2]
        s["name"] = "天津" + r.choice(["恒远", "宏达"]) + "机电安装工程有限公司"
        s["uscc"] = make_uscc(r, "130207"); s["addr"] = f"河北省唐山市丰南区沿海工业区{r.randint(5, 99)}号"
        s["planted"].append("subcontractor_not_tianjin (name says 天津, registered in 唐山, code 130207)")
        S["suppliers"][1]["reversed"] = True
        S["suppliers"][1]["planted"].append("distractor: supplier template, 甲方（分包人）/乙方（总承包人） reversed labels")

    # ---- meetings
    pool_tj = [ctx.firm() for _ in range(34)]
    pool_out = [ctx.firm(rg, tj=False, addr=ad) for rg, ad in [("110108", "北京市海淀区中关村大街8号"), ("310115", "上海市浦东新区金科路21号"),
                                                              ("320106", "江苏省南京市鼓楼区天津路19号"), ("130207", "河北省唐山市丰南区新华路6号"),
                                                              ("370212", "山东省青岛市崂山区海尔路3号")]]
    topics = ["设备联网与数据采集", "MES轻量化应用", "智能仓储与厂内物流", "机器视觉质量检测", "工业互联网平台选型", "数字孪生车间", "能源管理与双碳",
              "中小企业数字化转型路径", "精益生产与数字化融合", "工业网络安全", "AI质检落地", "产线柔性化改造"]
    places = ["天津滨海高新区创新创业大厦3楼报告厅", "西青区学府工业区会议中心", "主办方二楼多功能厅", "天津经开区泰达图书馆报告厅", "津门云栖酒店A会议室"]
    nm = {"a15_clean": 10, "a15_gaps": 10, "a15_tricky": 12}[name]
    for k in range(nm):
        date = D(f"2024-{(k % 11) + 1:02d}-{r.randint(3, 27):02d}")
        n_tj = r.randint(11, 14)
        m = {"seq": k + 1, "name": f"{topics[k]}经验交流会（第{k + 1}场）" if k % 3 else f"智能制造{topics[k]}专题经验交流会",
             "date": date, "place": r.choice(places), "topic": topics[k], "gen": ["qa", "excel", "minutes"][k % 3], "planted": [], "skip": False}
        attendees = r.sample(pool_tj, n_tj) + r.sample(pool_out, r.randint(0, 2))
        host = dict(app); host["person"] = app["rep2"]; host["phone"] = "13800000000"
        sheet = [host] + attendees
        m["sheet"], m["tj_real"] = sheet, n_tj
        S["meetings"].append(m)
    M = S["meetings"]
    if name == "a15_gaps":
        m = M[3]; m["sheet"] = [m["sheet"][0]] + r.sample(pool_tj, 8) + pool_out[:3]; m["tj_real"] = 8
        m["planted"].append("meeting_attendance_below_threshold (8 Tianjin + 3 outside)")
        M[6]["skip"] = True; M[6]["planted"].append("missing_meeting_record")
    if name == "a15_tricky":
        m = M[1]; m["sheet"] = [m["sheet"][0]] + r.sample(pool_tj, 10); m["tj_real"] = 10
        m["planted"].append("distractor: host + exactly 10 Tianjin firms (meets)")
        m = M[4]; m["sheet"] = [m["sheet"][0]] + r.sample(pool_tj, 9) + [pool_out[2]]; m["tj_real"] = 9
        m["planted"].append("meeting_attendance_below_threshold (host + 9 Tianjin + a 南京市…天津路 firm)")
        m = M[8]; m["date"] = D("2023-12-28"); m["planted"].append("date_out_of_period (2023-12-28)")
        m = M[10]; m["date"] = D("2024-12-31"); m["planted"].append("distractor: 2024-12-31 in period")
        # a branch office with a Beijing code but a Tianjin address counts
        br = ctx.firm("110108", tj=False, name="北京智造云科技有限公司天津分公司", addr="天津市滨海新区新港二号路36号")
        M[7]["sheet"] = [x for x in M[7]["sheet"] if x["uscc"][2:4] == "12"][:10] + [br]; M[7]["tj_real"] = 10
        M[7]["planted"].append("distractor: host + 9 Tianjin-code firms + a Beijing-code branch with 天津市 address = 10 (meets)")
    # which meetings show the address instead of the code: excel layout shows addresses
    # ---- diagnoses
    nd = {"a15_clean": 30, "a15_gaps": 30, "a15_tricky": 31}[name]
    dtitles = {"vsm": "价值流现状诊断报告", "itm": "两化融合管理体系差距分析报告", "wms": "智能仓储物流诊断报告", "plain": "智能制造免费诊断报告"}
    prods = ["汽车座椅骨架", "精密轴承", "医用敷料", "不锈钢阀门", "注塑外壳", "电线电缆", "休闲食品", "包装纸箱", "铝合金型材", "电子元器件"]
    for q in range(nd):
        cust = ctx.firm()
        g = ["vsm", "itm", "wms", "plain"][q % 4]
        d = {"seq": q + 1, "cust": cust, "date": D(f"2024-{(q % 12) + 1:02d}-{r.randint(2, 27):02d}"), "gen": g,
             "title": f"{cust['name'].replace('有限公司', '').replace('股份', '')}{dtitles[g]}", "solution": True,
             "experts": [ctx.person(), ctx.person()], "product": r.choice(prods), "lt": r.randint(9, 21), "lines": r.randint(2, 8),
             "planted": [], "skip": False}
        S["diagnoses"].append(d)
    Dg = S["diagnoses"]
    if name == "a15_gaps":
        Dg[4]["solution"] = False; Dg[4]["planted"].append("diagnosis_without_solution")
        Dg[11]["skip"] = True; Dg[11]["planted"].append("missing_diagnosis_report")
    if name == "a15_tricky":
        Dg[3]["sol_head"] = "下一步工作建议及实施方案"; Dg[3]["planted"].append("distractor: solution under heading 下一步工作建议及实施方案")
        Dg[19]["date"] = D("2025-01-03"); Dg[19]["planted"].append("date_out_of_period (2025-01-03)")
    # ---- standards
    stds = [("智能制造系统集成项目交付服务规范", "Specification for delivery service of intelligent manufacturing system integration projects", "sjt"),
            ("工业设备数据采集接口通用要求", "General requirements for industrial equipment data acquisition interface", "q"),
            ("离散制造车间MES与ERP集成数据交换规范", "Data exchange specification for MES-ERP integration", "sjt")]
    for k, (sn, se, g) in enumerate(stds):
        S["standards"].append({"seq": k + 1, "name": sn, "en": se, "gen": g, "code": f"SJ/T {11900 + r.randint(0, 99)}—202X" if g == "sjt" else f"YY {r.randint(100, 999)}-2024".replace("YY", app["uscc"][8:12]),
                               "drafters": [ctx.person() for _ in range(4)], "skip": False, "cat": ["行业标准", "企业标准", "行业标准"][k]})
    if name == "a15_gaps":
        S["standards"][2]["skip"] = True
    return S


# ------------------------------------------------------------------ rendering of one document
class Out:
    def __init__(self, root, rng):
        self.root, self.rng, self.docs, self.n = root, rng, [], 0

    def add(self, pages, fields, doc_type, cno, note, rendering, sub="", fmt=None):
        self.n += 1
        r = self.rng
        names_pdf = [f"扫描件{self.n:03d}", f"附件{self.n}", f"doc_{r.randint(1000, 9999)}", f"材料{self.n:02d}", f"新建文件{self.n}"]
        dpi = 120
        if rendering == "text":
            data, ext = pages_to_pdf(pages), "pdf"
        elif rendering == "screenshot":
            im = page_to_image(pages[0], 110, r)
            data, ext = img_bytes(im, "png"), "png"
            rendering = "scan"
        else:
            imgs = []
            for p in pages:
                im = page_to_image(p, dpi, r)
                im = degrade_photo(im, r) if rendering == "photo" else degrade_scan(im, r)
                imgs.append(im)
            if fmt == "jpg" and len(imgs) == 1:
                data, ext = img_bytes(imgs[0], "jpg"), "jpg"
            elif fmt == "png" and len(imgs) == 1:
                data, ext = img_bytes(imgs[0], "png"), "png"
            else:
                data, ext = images_to_pdf(imgs, dpi), "pdf"
        if ext in ("jpg", "png") and rendering == "photo":
            base = f"IMG_2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{r.randint(100000, 235959)}"
        else:
            base = r.choice(names_pdf)
        rel = (sub + "/" if sub else "") + f"{base}.{ext}"
        while any(d["path"] == rel for d in self.docs):
            rel = (sub + "/" if sub else "") + f"{base}_{r.randint(1, 99)}.{ext}"
        return self._write(rel, data, doc_type, rendering, cno, note, fields)

    def _write(self, rel, data, doc_type, rendering, cno, note, fields):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        d = {"path": rel, "doc_type": doc_type, "rendering": rendering, "contract_no": cno,
             "sha256": hashlib.sha256(data).hexdigest(), "note": note, "fields": fields}
        self.docs.append(d)
        return d


def pick_rendering(r, force=None):
    if force:
        return force
    x = r.random()
    return "text" if x < 0.58 else ("scan" if x < 0.85 else "photo")


def render_submission(S, root, seed):
    r = random.Random(f"{seed}-{S['name']}-render")
    app = S["app"]
    out = Out(os.path.join(root, "submission"), r)
    subs = ["客户项目材料", "客户项目材料/补充", "配套供应商", "交流会", "诊断报告", "标准", "其他"]
    KG = {"sales": T.contract_sales_confirm, "emall": T.contract_emall, "prose": T.contract_prose}
    for c in S["contracts"]:
        fold = subs[0] if c["seq"] % 2 else subs[1]
        # contract
        cc = dict(c); cc["amount"] = c["contract_amount"]
        if c["contract_amount"] != c["amount"]:
            cc["items"] = items_for(random.Random(c["no"]), c["contract_amount"])
        if c["kgen"] == "prose":
            pages, f = T.contract_prose(cc, app, spaced=c.get("spaced", False))
        else:
            pages, f = KG[c["kgen"]](cc, app)
        out.add(pages, f, "contract", c["no"], {"sales": "销售确认书（卖方=申报单位，买方=客户），中英双语", "emall": "电子卖场电子合同网页打印件，采购单位/供应商",
                                               "prose": "两页合同，甲方委托方/乙方承建方" + ("，标签字距拉开（甲 方），含预付款及违约金干扰金额" if c.get("spaced") else "，含预付款/违约金干扰金额")}[c["kgen"]],
                pick_rendering(r), fold)
        # procurement
        pd_ = c["sign"] - __import__("datetime").timedelta(days=r.randint(8, 25))
        if c["rgen"] == "sap":
            pages, f = T.proc_sap_po(c, app, c["sign"] + __import__("datetime").timedelta(days=3)); note = "SAP风格双语采购订单打印件，Outline Agmt引用合同号"
        elif c["rgen"] == "noobj":
            c["pub_start"] = pd_ - __import__("datetime").timedelta(days=5)
            pages, f = T.proc_no_objection(c, app, pd_ + __import__("datetime").timedelta(days=1), pd_); note = "公示期满无异议成交确认函（红头），金额以万元及¥表示，仅有项目编号"
        else:
            pages, f = T.proc_award(c, app, pd_); note = "中标通知书（招标人自行出具），仅有招标编号"
        out.add(pages, f, "procurement_proof", c["no"], note, pick_rendering(r), fold)
        # acceptance
        if c["agen"] == "joint":
            pages, f = T.acc_joint_test(c, app, c["acc_doc_date"], c["acc_passed"], show_amount=c["acc_amount"] is not None)
            if c["acc_amount"] is not None:
                f["amount_yuan"] = y2(c["acc_amount"])
            note = "联调联试及验收记录表，结论勾选框" + ("；不予通过" if not c["acc_passed"] else "")
        elif c["agen"] == "user":
            pages, f = T.acc_user_report(c, app, c["acc_doc_date"]); note = "用户使用报告（客户致申报单位的函），验收日期为大写中文"
            if not c["acc_passed"]:
                pass
        else:
            pages, f = T.acc_grid(c, app, c["acc_doc_date"], c["acc_amount"]); note = "项目验收单表格，含合同金额大写/小写"
        if c["acc_amount"] is not None and c["agen"] != "joint":
            f["amount_yuan"] = y2(c["acc_amount"])
        out.add(pages, f, "acceptance_report", c["no"], note, pick_rendering(r), fold)
        if c.get("arrival"):
            pages, f = T.other_arrival(c, app, c["delivery"])
            out.add(pages, f, "other", c["no"], "到货验收单：仅确认到货数量外观，明言不作为项目验收依据（干扰件）", "photo", fold, fmt="jpg")
        # payments
        if "payment" not in c["skip"]:
            PG = {"ecny": T.pay_ecny, "mt103": T.pay_mt103, "bank": T.pay_bank}
            banks = {"ecny": "渤津银行", "mt103": "Harbourline Bank (China) Ltd. Tianjin Branch 海港银行（中国）有限公司天津分行", "bank": r.choice(["津沽农村商业银行", "燕赵银行", "鲁海银行"])}
            for pi, amt in enumerate(c["pay_amounts"]):
                date = c["sign"] + __import__("datetime").timedelta(days=10) if (pi == 0 and len(c["pay_amounts"]) > 1) else c["acc"] + __import__("datetime").timedelta(days=r.randint(5, 20))
                if date.year > 2024 and c["acc"].year <= 2024:
                    date = D("2024-12-30")
                memo = (f"{c['no']}合同款" if r.random() < 0.6 else ("项目进度款" if pi == 0 and len(c["pay_amounts"]) > 1 else "货款"))
                pay = {"amount": amt, "date": date, "payer": c["payer"], "bank": banks[c["pgen"]], "branch": "天津分行营业部",
                       "wallet_from": "0021" + "".join(str(r.randint(0, 9)) for _ in range(12)), "serial": "".join(str(r.randint(0, 9)) for _ in range(16)),
                       "acct_from": "".join(str(r.randint(0, 9)) for _ in range(17)), "memo": memo, "payer_en": c["payer"] if c["pgen"] != "mt103" else "ORDERING CUSTOMER"}
                pages, f = PG[c["pgen"]](c, app, pay, pi)
                note = {"ecny": "数字人民币对公钱包转账交易凭证", "mt103": "SWIFT MT103 汇出汇款客户通知（外资银行，人民币），:50K:为付款人",
                        "bank": "单位往来业务电子回单，付/款/方 竖排"}[c["pgen"]]
                if c["payer"] != c["cust"]["name"]:
                    note += "；付款人为客户的母公司（集团），非申报客户本身"
                rend = pick_rendering(r)
                fmt = "png" if (c["pgen"] == "ecny" and rend != "text") else None
                d = out.add(pages, f, "payment_proof", c["no"], note, rend, fold, fmt=fmt)
                if c.get("dup") and pi == 0:
                    data = open(os.path.join(out.root, d["path"]), "rb").read()
                    rel = subs[1] + "/重复上传_" + os.path.basename(d["path"])
                    out._write(rel, data, "payment_proof", d["rendering"], c["no"], "与另一文件字节完全相同（重复上传）", dict(d["fields"]))
    # subcontracts
    owner_by = {s["seq"]: S["contracts"][s["seq"] - 1]["cust"] for s in S["suppliers"]}
    for s in S["suppliers"]:
        if s["gen"] == "unit":
            pages, f = T.sub_unit_price(s, app); note = "安装调试工程单价分包合同，工程量清单，合价仅在合计行（含履约保证金干扰金额）"
        else:
            pages, f = T.sub_tripartite(s, app, owner_by[s["seq"]], s["reversed"])
            note = "三方分包协议（丙方发包人知悉），含发包人合同总价干扰金额" + ("；分包人模板：甲方（分包人）/乙方（总承包人），角色与惯常相反" if s["reversed"] else "")
        out.add(pages, f, "subcontract", s["no"], note, pick_rendering(r), subs[2])
    # meetings
    MG = {"qa": T.meet_qa, "excel": T.meet_excel, "minutes": T.meet_minutes}
    for m in S["meetings"]:
        if m["skip"]:
            continue
        pages, f = MG[m["gen"]](m, app)
        rend = "screenshot" if m["gen"] == "excel" and m["seq"] % 2 == 0 else pick_rendering(r)
        note = {"qa": "经验交流会问答实录 + 横版签到表（主办方签到，代码列）", "excel": "签到表Excel窗口截图/打印（行号列标，地址列，无代码）",
                "minutes": "会议纪要（红头期号）+ 签到表（代码列）"}[m["gen"]]
        out.add(pages, f, "meeting_record", None, note, rend, subs[3])
    if S["meetings"]:
        pages, f = T.other_venue(S["meetings"][2], app)
        out.add(pages, f, "other", None, "会场租赁费用结算单（酒店），有活动名称和日期但不是会议记录", "scan", subs[6], fmt="jpg")
    DG = {"vsm": T.diag_vsm, "itm": T.diag_itmgmt, "wms": T.diag_wms, "plain": T.diag_plain}
    for d in S["diagnoses"]:
        if d["skip"]:
            continue
        pages, f = DG[d["gen"]](d, app)
        note = {"vsm": "价值流（VSM）现状诊断报告，受诊断单位", "itm": "两化融合管理体系差距分析报告，被诊断企业", "wms": "智能仓储物流诊断报告，服务对象",
                "plain": "免费诊断报告，诊断对象"}[d["gen"]] + ("" if d["solution"] else "；无解决方案/改进建议部分")
        out.add(pages, f, "diagnosis_report", None, note, pick_rendering(r), subs[4])
    for st in S["standards"]:
        if st["skip"]:
            continue
        pages, f = (T.std_sjt if st["gen"] == "sjt" else T.std_q)(st, app)
        out.add(pages, f, "standard_draft", None, "电子行业标准SJ/T征求意见稿封面+前言" if st["gen"] == "sjt" else "企业标准草案封面+范围", pick_rendering(r, "text"), subs[5])
    if S["name"] == "a15_gaps":
        # truncated PDF (unreadable); it was meant as a second copy of contract 1's acceptance
        pages, f = T.acc_grid(S["contracts"][1], app, S["contracts"][1]["acc"])
        data = pages_to_pdf(pages)[:900]
        out._write(subs[6] + "/验收材料补传.pdf", data, "other", "corrupt", None, "截断的PDF，无法打开", {k: None for k in f})
    return out.docs


# ------------------------------------------------------------------ truth (own reading of the guide + format rules)
def is_sme(emp, rev):
    return not (emp >= 1000 and rev >= 40000)


def tj_firm(uscc, addr):
    return uscc[2:4] == "12" or (addr or "").startswith("天津市")


def gap(kind, req, **kw):
    g = {"kind": kind, "requirement": req, "contract_no": None, "customer": None}
    g.update(kw)
    return g


def off(a, b):
    return abs(Decimal(a) - Decimal(b)) > Decimal(b) * Decimal("0.005")


def compute_truth(S, docs):
    app = S["app"]
    gaps = []
    by_c = {}
    for d in docs:
        if d["contract_no"]:
            by_c.setdefault(d["contract_no"], []).append(d)
    verified = []
    for c in S["contracts"]:
        ds = by_c.get(c["no"], [])
        cg = []
        A = lambda k, **kw: cg.append(gap(k, "A-customers", contract_no=c["no"], customer=c["cust"]["name"], **kw))
        kinds = {t: [d for d in ds if d["doc_type"] == t] for t in ["contract", "acceptance_report", "payment_proof", "procurement_proof"]}
        if not kinds["acceptance_report"]:
            A("missing_acceptance_report")
        if not kinds["payment_proof"]:
            A("missing_payment_proof")
        if not kinds["procurement_proof"]:
            A("missing_procurement_proof")
        decl = y2(c["amount"])
        mism = any(d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], decl) for t in ["contract", "acceptance_report", "procurement_proof"] for d in kinds[t])
        shas = {}
        uniq = []
        for d in kinds["payment_proof"]:
            if d["sha256"] in shas:
                continue
            shas[d["sha256"]] = 1; uniq.append(d)
        if uniq and off(y2(sum(Decimal(d["fields"]["amount_yuan"]) for d in uniq)), decl):
            mism = True
        if mism:
            A("amount_mismatch")
        if kinds["acceptance_report"]:
            if any(not (P0 <= D(d["fields"]["date"]) <= P1) for d in kinds["acceptance_report"]):
                A("date_out_of_period")
            if any(d["fields"]["result"] == "failed" for d in kinds["acceptance_report"]):
                A("acceptance_not_passed")
        elif not (P0 <= c["acc"] <= P1):
            A("date_out_of_period")
        party = any(d["fields"]["payer"] != c["cust"]["name"] or d["fields"]["payee"] != app["name"] for d in kinds["payment_proof"]) or \
            any(d["fields"]["customer"] != c["cust"]["name"] for t in ["acceptance_report", "contract"] for d in kinds[t])
        if party:
            A("party_mismatch")
        allsha = [d["sha256"] for d in ds]
        if len(allsha) != len(set(allsha)):
            A("duplicate_evidence")
        if not uscc_valid(c["cust"]["uscc"]):
            A("invalid_uscc")
        if c["tj_decl"] and not (c["cust"]["uscc"][2:4] == "12" and (c["cust"]["addr"] or "").startswith("天津市")):
            A("not_tianjin")
        if is_sme(c["emp"], c["rev"]) != c["sme_decl"]:
            cg.append(gap("sme_misclassified", "A-sme", contract_no=c["no"], customer=c["cust"]["name"]))
        gaps += cg
        if all(g["kind"] == "sme_misclassified" for g in cg):
            verified.append(c)
    for d in docs:
        if d["rendering"] == "corrupt":
            gaps.append(gap("unreadable_document", "A-customers", file=d["path"]))
    vcust = {c["cust"]["name"]: c for c in verified}
    total = sum(Decimal(c["amount"]) for c in verified)
    n_cust = len(vcust)
    n_tj = sum(1 for c in vcust.values() if c["tj_decl"] and c["cust"]["uscc"][2:4] == "12" and c["cust"]["addr"].startswith("天津市"))
    n_sme = sum(1 for c in vcust.values() if is_sme(c["emp"], c["rev"]))
    if n_cust < 6:
        gaps.append(gap("customer_count_below_threshold", "A-customers"))
    if total < 15000000:
        gaps.append(gap("total_below_threshold", "A-customers"))
    if n_tj < 2:
        gaps.append(gap("tianjin_customer_count_below_threshold", "A-customers"))
    if n_sme < 5:
        gaps.append(gap("sme_count_below_threshold", "A-sme"))
    # suppliers
    subdocs = {d["contract_no"]: d for d in docs if d["doc_type"] == "subcontract"}
    vsup = 0
    for s in S["suppliers"]:
        sg = []
        G = lambda k: sg.append(gap(k, "A-local-suppliers", contract_no=s["no"], supplier=s["name"]))
        if not tj_firm_strict(s):
            G("subcontractor_not_tianjin")
        d = subdocs.get(s["no"])
        if not d:
            G("missing_subcontract")
        else:
            if not (P0 <= D(d["fields"]["date"]) <= P1):
                G("date_out_of_period")
            if d["fields"]["customer"] != app["name"]:
                G("party_mismatch")
            if off(d["fields"]["amount_yuan"], y2(s["amount"])):
                G("amount_mismatch")
        gaps += sg
        if not sg:
            vsup += 1
    if vsup < 2:
        gaps.append(gap("local_supplier_count_below_threshold", "A-local-suppliers"))
    # meetings
    mdocs = {d["fields"]["title"]: d for d in docs if d["doc_type"] == "meeting_record"}
    qm = 0
    mt = []
    for m in S["meetings"]:
        mg = []
        G = lambda k: mg.append(gap(k, "A-meetings", meeting=m["name"]))
        d = mdocs.get(m["name"])
        n_tj_sheet = sum(1 for a in m["sheet"][1:] if tj_firm(a["uscc"], a["addr"]))
        if not d:
            G("missing_meeting_record")
        else:
            if not (P0 <= m["date"] <= P1):
                G("date_out_of_period")
            if n_tj_sheet < 10:
                G("meeting_attendance_below_threshold")
        gaps += mg
        if not mg:
            qm += 1
        mt.append({"seq": m["seq"], "name": m["name"], "date": m["date"].isoformat(), "declared_tianjin_attendees": m["decl_n"],
                   "tianjin_attendees_on_sheet": n_tj_sheet if d else None, "record_uploaded": bool(d), "planted": m["planted"]})
    if qm < 10:
        gaps.append(gap("meeting_count_below_threshold", "A-meetings"))
    # diagnoses
    ddocs = {d["fields"]["customer"]: d for d in docs if d["doc_type"] == "diagnosis_report"}
    qd = set()
    dt_ = []
    for dg in S["diagnoses"]:
        g2 = []
        G = lambda k: g2.append(gap(k, "A-diagnoses", customer=dg["cust"]["name"]))
        d = ddocs.get(dg["cust"]["name"])
        if not d:
            G("missing_diagnosis_report")
        else:
            if not dg["solution"]:
                G("diagnosis_without_solution")
            if not (P0 <= dg["date"] <= P1):
                G("date_out_of_period")
        gaps += g2
        if not g2:
            qd.add(dg["cust"]["name"])
        dt_.append({"seq": dg["seq"], "customer": dg["cust"]["name"], "customer_uscc": dg["cust"]["uscc"], "date": dg["date"].isoformat(),
                    "title": dg["title"], "report_uploaded": bool(d), "has_solution": dg["solution"] if d else None, "planted": dg["planted"]})
    if len(qd) < 30:
        gaps.append(gap("diagnosis_count_below_threshold", "A-diagnoses"))
    # standards
    stitles = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft"}
    nstd = 0
    for st in S["standards"]:
        if st["name"] in stitles:
            nstd += 1
        else:
            gaps.append(gap("missing_standard_document", "A-standards", standard=st["name"]))
    if nstd < 3:
        gaps.append(gap("standards_below_threshold", "A-standards"))
    e_tj = tj_firm_strict(app)
    if not e_tj:
        gaps.append(gap("applicant_not_tianjin", "E-tianjin"))
    count_gap = {"E-tianjin": ["applicant_not_tianjin"], "A-local-suppliers": ["local_supplier_count_below_threshold"],
                 "A-meetings": ["meeting_count_below_threshold"], "A-diagnoses": ["diagnosis_count_below_threshold"],
                 "A-customers": ["customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"],
                 "A-standards": ["standards_below_threshold"], "A-sme": ["sme_count_below_threshold"]}
    kinds_present = {g["kind"] for g in gaps}
    reqs = {k: ("not_met" if any(x in kinds_present for x in v) else "met") for k, v in count_gap.items()}
    for g in gaps:
        for k in ["supplier", "meeting", "standard", "file"]:
            g.setdefault(k, None)
    return {
        "phase": "考核",
        "applicant": {"name": app["name"], "uscc": app["uscc"], "address": app["addr"]},
        "award_tier_wan": None,
        "assessment_passed": all(v == "met" for v in reqs.values()),
        "accepted_total_yuan": y2(total),
        "requirements": reqs,
        "gaps": gaps,
        "verified_contracts": [c["no"] for c in verified],
        "verified_customer_count": n_cust,
        "verified_tianjin_customer_count": n_tj,
        "verified_sme_customer_count": n_sme,
        "verified_local_suppliers": vsup,
        "qualifying_meetings": qm,
        "diagnosed_customers_with_solution": len(qd),
        "standards_with_document": nstd,
        "contracts": [{"seq": c["seq"], "contract_no": c["no"], "customer": c["cust"]["name"], "customer_uscc": c["cust"]["uscc"],
                       "amount_yuan": y2(c["amount"]), "planted": c["planted"]} for c in S["contracts"]],
        "suppliers": [{"seq": s["seq"], "supplier": s["name"], "uscc": s["uscc"], "address": s["addr"], "contract_no": s["no"],
                       "amount_yuan": y2(s["amount"]), "planted": s["planted"]} for s in S["suppliers"]],
        "meetings": mt,
        "diagnoses": dt_,
        "standards": [{"seq": st["seq"], "name": st["name"], "document_uploaded": not st["skip"]} for st in S["standards"]],
        "documents": sorted(docs, key=lambda d: d["path"]),
    }


def tj_firm_strict(s):
    return s["uscc"][2:4] == "12" and (s["addr"] or "").startswith("天津市")


# ------------------------------------------------------------------ workbook
def write_workbook(S, path, r):
    app = S["app"]
    wb = openpyxl.Workbook()

    def sheet(ws, title, headers, rows):
        ws.append([title] + [None] * (len(headers) - 1))
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws["A1"].font = Font(bold=True, size=13); ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(headers)
        for row in rows:
            ws.append(row)
        for i in range(len(headers)):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = 22

    ws = wb.active; ws.title = "申报单位"
    sheet(ws, "申报单位基本信息", ["项目", "内容"], [["单位名称", app["name"]], ["统一社会信用代码", app["uscc"]], ["注册地址", app["addr"]],
                                              ["申报方向", "智能制造系统解决方案供应商"], ["服务行业", "汽车及关键零部件、装备制造"], ["阶段", "考核"]])

    def dcell(d, i):
        return d_cn(d) if i % 3 == 1 else d

    rows = []
    for i, c in enumerate(S["contracts"]):
        amt = wan(c["amount"])
        rows.append([c["seq"], c["cust"]["name"], c["cust"]["uscc"], c["no"], c["title"], ("%.2f" % float(amt)) if i == 2 else float(amt),
                     dcell(c["sign"], i), dcell(c["acc"], i), "是" if c["sme_decl"] else "否", c["emp"],
                     "{:,}".format(c["rev"]) if i == 0 else c["rev"], "是" if c["tj_decl"] else "否"])
    sheet(wb.create_sheet("服务用户清单"), "考核期服务用户清单", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
                                                     "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb.create_sheet("标准草案"), "标准草案", ["序号", "标准名称", "标准类别", "阶段"],
          [[s["seq"], s["name"], s["cat"], "征求意见稿" if s["gen"] == "sjt" else "草案"] for s in S["standards"]])
    sheet(wb.create_sheet("本地配套供应商"), "天津本地化配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["name"], s["uscc"], s["no"], ("安装调试工程分包合同" if s["gen"] == "unit" else "专项工程分包三方协议"), float(wan(s["amount"])), dcell(s["sign"], k)]
           for k, s in enumerate(S["suppliers"])])
    mrows = []
    for k, m in enumerate(S["meetings"]):
        m["decl_n"] = max(10, m["tj_real"]) if m["planted"] else m["tj_real"]
        mrows.append([m["seq"], m["name"], dcell(m["date"], k), m["place"], m["decl_n"]])
    sheet(wb.create_sheet("经验交流会"), "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"], mrows)
    sheet(wb.create_sheet("免费诊断"), "免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[d["seq"], d["cust"]["name"], d["cust"]["uscc"], dcell(d["date"], k), d["title"]] for k, d in enumerate(S["diagnoses"])])
    wb.save(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()
    for name in ["a15_clean", "a15_gaps", "a15_tricky"]:
        ctx = Ctx(a.seed, name)
        S = build_spec(name, ctx)
        root = os.path.join(a.out, name)
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(os.path.join(root, "submission"))
        write_workbook(S, os.path.join(root, "submission", "申报信息.xlsx"), ctx.rng)
        docs = render_submission(S, root, a.seed)
        truth = compute_truth(S, docs)
        with open(os.path.join(root, "ground_truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1, default=str)
        print(name, len(docs), "docs", "passed" if truth["assessment_passed"] else "failed", len(truth["gaps"]), "gaps")


if __name__ == "__main__":
    main()
