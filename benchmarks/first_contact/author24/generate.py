"""Deterministic generator: python generate.py --out data --seed 24"""
import argparse, hashlib, json, os, random, shutil
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment, Font
import docs, render, rules
from util import make_uscc, break_uscc, yuan, uscc_valid

APPLICANT = {"name": "天津市昀橦智能装备科技有限公司", "region": "120116",
             "address": "天津市滨海新区经济技术开发区第三大街51号", "bank": "中国银行天津华苑支行"}

# name, district/region, address, employees, revenue(万元), domain
CUSTOMERS = [
    ("天津赟达精密机械有限公司", "120111", "天津市西青区中北镇阜盛道9号", 320, 28600, "yunda"),
    ("天津市堃泰汽车零部件有限公司", "120114", "天津市武清区京滨工业园京滨睿城5号", 860, 52300, "kuntai"),
    ("天津渤化瑄诚化工有限公司", "120116", "天津市滨海新区临港经济区渤海十路268号", 1850, 214246, "xuancheng"),
    ("天津市翀宇电子科技有限公司", "120104", "天津市南开区华苑产业区海泰发展六道6号", 140, 9800, "chongyu"),
    ("天津昀晟食品有限公司", "120115", "天津市宝坻区九园工业园区兴园路18号", 410, 31200, "yunsheng"),
    ("天津市津橦新材料股份有限公司", "120113", "天津市北辰区北辰经济技术开发区双辰中路22号", 1230, 68700, "jintong"),
    ("天津北洋海川医疗器械有限公司", "120112", "天津市津南区八里台镇天津大学国家大学科技园2号", 95, 6100, "haichuan"),
    ("天津市宏堃钢管制造有限公司", "120110", "天津市东丽区军粮城工业园纬五道3号", 760, 39800, "hongkun"),
    ("天津中环瑄晖光电有限公司", "120114", "天津市武清区汽车产业园云景道17号", 280, 15400, "xuanhui"),
    ("天津翀远智能物流装备有限公司", "120117", "天津市宁河区现代产业区海航东路8号", 205, 12300, "chongyuan"),
    ("天津市赟海纺织印染有限公司", "120118", "天津市静海区大邱庄镇百亿道12号", 530, 22800, "yunhai"),
    ("天津港湾昀通机电设备有限公司", "120116", "天津市滨海新区塘沽海洋高新区华山道86号", 175, 8700, "yuntong"),
    ("天津市橦林家居制品有限公司", "120111", "天津市西青区张家窝镇工业园民和道5号", 340, 16900, "tonglin"),
    ("天津一汽丰田堃捷配套件有限公司", "120116", "天津市滨海新区经济技术开发区西区新兴路13号", 1420, 83500, "kunjie"),
    ("天津海河瑄泰制药有限公司", "120113", "天津市北辰区医药医疗器械工业园淮东路1号", 1000, 39999, "xuantai"),
    ("天津市新宇彩板有限公司", "120110", "天津市东丽区开发区四纬路7号", 460, 27300, "xinyu"),
    ("沧州翀达管道装备有限公司", "130900", "河北省沧州市运河区永济东路299号", 380, 19600, "chongda"),
    ("天津市赟通汽车电子有限公司", "120114", "天津市武清区开发区泉发路西1号", 260, 13400, "yuntongqc"),
]
GROUPS = {"天津渤化瑄诚化工有限公司": "天津渤海化工集团有限责任公司"}

FOLDERS = {"contract": "01-合同文件", "acceptance_report": "02-验收证明", "payment_proof": "03-回款凭证",
           "procurement_proof": "04-采购证明", "standard_draft": "05-标准草案", "other": "06-其他材料"}
STD_NAMES = ["离散制造车间设备数据采集接口规范", "中小企业工业互联网平台应用实施指南", "智能产线数字孪生建模通用要求", "注塑成型设备能耗在线监测技术规范"]


def cust_record(rng, row, valid=True):
    name, region, addr, emp, rev, dom = row
    code = make_uscc(rng, region)
    return {"name": name, "uscc": code, "addr": addr, "district": addr[3:addr.index("区") + 1], "employees": emp, "revenue": rev, "dom": dom,
            "acct": "0302" + str(rng.randint(10**11, 10**12)), "tianjin": region.startswith("12")}


def iso(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"


def split(total, n, rng):
    t = int(Decimal(total) * 100)
    if n == 1:
        return [yuan(total)]
    cuts = sorted(rng.sample(range(t // 5, t - t // 5), n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [t])]
    return [yuan(Decimal(p) / 100) for p in parts]


class Sub:
    def __init__(self, name, out, rng):
        self.name, self.rng = name, rng
        self.root = os.path.join(out, name)
        shutil.rmtree(self.root, ignore_errors=True)
        self.sub = os.path.join(self.root, "submission")
        os.makedirs(self.sub)
        self.documents, self.counter = [], rng.randint(100, 400)
        self.app = dict(APPLICANT)
        self.app["uscc"] = make_uscc(rng, APPLICANT["region"])
        self.app["addr"] = self.app["address"]
        self.app["acct"] = "2745" + str(rng.randint(10**11, 10**12))

    def fname(self, ext, rendering):
        self.counter += self.rng.randint(1, 17)
        r = self.rng.random()
        if rendering == "photo":
            return f"IMG_2023{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}_{self.counter:04d}.{ext}"
        if rendering == "scan" and r < 0.5:
            return f"扫描全能王 {self.counter:04d}.{ext}" if r < 0.25 else f"微信图片_{self.counter:05d}.{ext}"
        return self.rng.choice(["附件", "doc", "文件", "材料"]) + f"{self.counter:03d}.{ext}"

    def add(self, spec, flds, doc_type, cno, note, rendering=None, fmt=None, folder=None, data=None):
        rng = self.rng
        if rendering is None:
            r = rng.random()
            rendering = "text" if r < 0.55 else ("scan" if r < 0.85 else "photo")
        if spec and spec.get("screen"):
            rendering = "scan"; fmt = "png"
        if fmt is None:
            fmt = "pdf" if rendering == "text" else (rng.choice(["pdf", "pdf", "jpg", "tif"]) if rendering == "scan" else "jpg")
        if data is None:
            pages, _ = render.layout(spec, random.Random(0))
            if len(pages) > 1 and rendering != "text":
                fmt = "pdf"
            data = render.render(spec, rendering, fmt, rng)
        folder = folder or FOLDERS[doc_type]
        rel = folder + "/" + self.fname(fmt, rendering)
        os.makedirs(os.path.join(self.sub, folder), exist_ok=True)
        with open(os.path.join(self.sub, rel), "wb") as fh:
            fh.write(data)
        d = {"path": rel, "doc_type": doc_type, "rendering": rendering, "contract_no": cno,
             "sha256": hashlib.sha256(data).hexdigest(), "note": note, "fields": flds, "genre": spec.get("genre") if spec else None}
        self.documents.append(d)
        return d, data


GENRE_NOTE = {
    "c_plain": "技术服务合同：甲 方/乙 方字间空格，预付款、违约金上限为干扰金额，履行期限为干扰日期",
    "c_instal": "分期付款设备买卖合同：买受人/出卖人，总价在条款正文中，分期表金额与最迟付款日为干扰",
    "a_plain": "项目验收报告（普通）",
    "a_handover": "系统移交证书：移交单位/接收单位，验收意见在接收意见文字中，培训时间为干扰日期",
    "a_commission": "设备投运验收单：到货日期、投入运行日期为干扰，■合格勾选",
    "a_workload": "服务成果确认单：人天与分项金额表，合计为合同金额，确认单位在落款",
    "p_plain": "网上银行电子回单（普通），打印日期为干扰",
    "p_dingtalk": "钉钉OA付款审批截图：付款主体/收款单位，期望付款日期为干扰，支付日期在审批流末尾",
    "p_query": "企业网银交易查询结果打印：多笔交易中仅一笔付给申报单位",
    "p_receipt_conf": "到账确认书：由收款方（申报单位）出具、付款方盖章确认，事实在一句话中，落款日期为干扰",
    "p_erp": "资金管理系统付款指令回执单：制单日期为干扰，银行处理时间为交易日期",
    "r_plain": "中标通知书（普通），开标日期为干扰",
    "r_negotiate": "议标结果通知书：首轮报价为干扰金额，议标日期为干扰",
    "r_signnotice": "合同签约通知书：签约截止日期为干扰，引用拟签合同编号",
    "r_solicit": "供应商征集结果公示网页打印：三家报价，公示期截止日与打印时间为干扰",
    "r_orderconf": "订单确认函：订单编号即合同编号，要求交货期为干扰",
    "o_paycert": "工程款支付证书（监理签发，非付款凭证，属其他）",
    "o_audit": "结算审计报告节选（审定金额与合同不同，非验收/付款证明，属其他）",
    "o_license": "营业执照副本（其他）",
    "s_draft": "团体标准征求意见稿封面+前言",
}


def build_contract(S, c, rng, k):
    """c: plan dict. Produces evidence documents for one declared contract."""
    app, cus = S.app, c["cus"]
    sign = c["sign"]
    f = {"app": app, "cus": cus, "cno": c["cno"], "project": c["project"], "amount": c.get("doc_amount", c["amount"]),
         "sign": sign, "acc": c["acc"], "deliver": c["deliver"], "train": c["train"], "arrive": c["arrive"], "run": c["run"],
         "pays_due": c["pays_due"], "bid_no": c["bid_no"], "open": c["open"], "proc": c["proc"], "proc_end": c["proc_end"],
         "deadline": c["deadline"], "print": c["print"], "dstyle": k % 6, "hand": k % 3 == 0}
    f.update(c.get("over", {}))
    miss = c.get("missing", set())
    outs = {}
    g = c["genres"]
    if "contract" not in miss:
        fn = docs.CONTRACT[g["contract"]]
        spec, fl = fn(f, rng); spec["genre"] = g["contract"]
        outs["contract"] = S.add(spec, fl, "contract", c["cno"], GENRE_NOTE[g["contract"]] + c.get("note_c", ""), c.get("rend", {}).get("contract"))
    if "procurement_proof" not in miss:
        fn = docs.PROC[g["proc"]]
        spec, fl = fn(f, rng); spec["genre"] = g["proc"]
        outs["proc"] = S.add(spec, fl, "procurement_proof", c["cno"], GENRE_NOTE[g["proc"]] + c.get("note_r", ""), c.get("rend", {}).get("proc"))
    if "acceptance_report" not in miss:
        fn = docs.ACCEPT[g["acc"]]
        spec, fl = fn(f, rng); spec["genre"] = g["acc"]
        outs["acc"] = S.add(spec, fl, "acceptance_report", c["cno"], GENRE_NOTE[g["acc"]] + c.get("note_a", ""), c.get("rend", {}).get("acc"))
    if "payment_proof" not in miss:
        for i, p in enumerate(c["pays"]):
            fn = docs.PAY[p["genre"]]
            spec, fl = fn(f, rng, p); spec["genre"] = p["genre"]
            outs["pay%d" % i] = S.add(spec, fl, "payment_proof", c["cno"], GENRE_NOTE[p["genre"]] + p.get("note", ""), p.get("rend"))
    return outs


def plan_contract(S, rng, seq, cus, amount, acc, genres, n_pay=1, pay_genres=None, memo_cite=True, **kw):
    y = 2023
    sign_m = rng.randint(1, 5)
    sign = kw.pop("sign", iso(2022 if acc < "2023-03-01" else y, sign_m if acc >= "2023-03-01" else 10, rng.randint(1, 28)))
    if sign > acc:
        sign = iso(int(acc[:4]) - 1, 11, 8)
    proc = iso(int(sign[:4]), int(sign[5:7]), max(1, int(sign[8:]) - 3))
    cno = kw.pop("cno", f"{cus['dom'][:3].upper()}-{sign[:4]}-{rng.randint(100, 999)}")
    amounts = kw.pop("pay_amounts", None) or split(amount, n_pay, rng)
    pays = []
    dates = sorted(iso(y, rng.randint(int(acc[5:7]) if acc[:4] == "2023" else 6, 12), rng.randint(1, 28)) for _ in amounts)
    for i, a in enumerate(amounts):
        pg = (pay_genres or ["p_plain"])[i % len(pay_genres or ["p_plain"])]
        cite = memo_cite and (i % 2 == 0)
        pays.append({"genre": pg, "amount": a, "date": dates[i], "payer": cus["name"], "payee": S.app["name"],
                     "payer_acct": cus["acct"], "payee_acct": S.app["acct"], "memo_cno": cno if cite else None,
                     "memo": (f"支付{cno}合同款" if cite else ["货款", "服务费", "项目款"][i % 3]),
                     "expect": iso(y, int(dates[i][5:7]), max(1, int(dates[i][8:]) - 2)), "print": "2024-01-15",
                     "bank": rng.choice(["中国建设银行", "中国农业银行", "交通银行", "天津银行"])})
    c = {"seq": seq, "cus": cus, "cno": cno, "project": kw.pop("project", rng.choice(
        ["MES制造执行系统建设", "数字化车间改造", "设备联网与数据采集", "智能仓储物流系统", "能源管理平台建设", "质量追溯系统实施", "工业互联网平台部署"])),
         "amount": amount, "sign": sign, "acc": acc, "deliver": iso(int(acc[:4]), int(acc[5:7]), 1) if acc[8:] != "01" else acc,
         "train": iso(int(acc[:4]), int(acc[5:7]), 1), "arrive": sign, "run": sign, "pays_due": [sign, acc, iso(int(acc[:4]) + 1, int(acc[5:7]), 28)],
         "bid_no": f"TJZB-{sign[:4]}-{rng.randint(1000, 9999)}", "open": proc, "proc": proc, "proc_end": proc, "deadline": acc,
         "print": "2024-01-20", "genres": genres, "pays": pays, "planted": []}
    # distractor dates derived within range
    c["arrive"] = max(sign, iso(int(acc[:4]), max(1, int(acc[5:7]) - 1), 10)) if acc[:4] == "2023" else sign
    c["run"] = c["arrive"]
    c["proc_end"] = iso(int(proc[:4]), int(proc[5:7]), min(28, int(proc[8:]) + 5))
    c["deadline"] = iso(int(proc[:4]), int(proc[5:7]), min(28, int(proc[8:]) + 20))
    c["open"] = iso(int(proc[:4]), int(proc[5:7]), 1)  # 开标/议标 date: a distractor before the notice date
    c.update(kw)
    return c


CG = ["c_plain", "c_instal"]
AG = ["a_handover", "a_commission", "a_workload", "a_plain"]
RG = ["r_negotiate", "r_signnotice", "r_solicit", "r_orderconf", "r_plain"]
PG = [["p_receipt_conf"], ["p_dingtalk", "p_erp"], ["p_query"], ["p_erp", "p_receipt_conf", "p_plain"], ["p_plain", "p_dingtalk"]]


def genres(k):
    return {"contract": CG[k % 2], "acc": AG[k % 4], "proc": RG[k % 5]}


def workbook(S, contracts, standards, path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "申报单位"
    ws.merge_cells("A1:B1"); ws["A1"] = "一、申报单位基本信息"; ws["A1"].font = Font(bold=True)
    ws.append(["项目", "内容"])
    for r in [("单位名称", S.app["name"]), ("统一社会信用代码", S.app["uscc"]), ("注册地址", S.app["address"]),
              ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "装备制造、汽车零部件、化工、食品")]:
        ws.append(list(r))
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
           "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2["A1"] = "二、服务用户清单（2023年度验收项目）"
    ws2.append(hdr)
    import datetime
    biggest = max(contracts, key=lambda c: c["revenue_wan"])
    for i, c in enumerate(contracts):
        amt = Decimal(c["amount_yuan"]) / 10000
        amt_cell = float(amt) if i != 3 else f"{amt:.2f}"
        def dt(s):
            if i % 3 == 1:
                return f"{int(s[:4])}年{int(s[5:7])}月{int(s[8:])}日"
            return datetime.date(int(s[:4]), int(s[5:7]), int(s[8:]))
        rev = f"{int(c['revenue_wan']):,}" if c is biggest else c["revenue_wan"]
        ws2.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], amt_cell,
                    dt(c["sign_date"]), dt(c["acceptance_date"]), "是" if c["sme_declared"] else "否", c["employees"], rev,
                    "是" if c["tianjin_declared"] else "否"])
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1"); ws3["A1"] = "三、牵头或参与制定的标准"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, s in enumerate(standards):
        ws3.append([i + 1, s["name"], s["category"], s["stage"]])
    wb.properties.creator = "applicant"
    wb.properties.created = datetime.datetime(2024, 1, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 1, 20, 9, 0, 0)
    wb.save(path)


def finish(S, plans, standards, extra_notes):
    rng = S.rng
    for k, c in enumerate(plans):
        build_contract(S, c, rng, k)
    # standards
    for s in standards:
        if s["uploaded"]:
            spec, fl = docs.s_draft(s, S.app, rng); spec["genre"] = "s_draft"
            S.add(spec, fl, "standard_draft", None, GENRE_NOTE["s_draft"])
    contracts = []
    for c in plans:
        cus = c["cus"]
        contracts.append({"seq": c["seq"], "contract_no": c["cno"], "customer": cus["name"], "customer_uscc": c.get("decl_uscc", cus["uscc"]),
                          "amount_yuan": c["amount"], "planted": c["planted"], "contract_name": c["project"] + "合同",
                          "sign_date": c["sign"], "acceptance_date": c["acc"], "sme_declared": c["sme_declared"],
                          "employees": cus["employees"], "revenue_wan": cus["revenue"], "tianjin_declared": c.get("tj_declared", cus["tianjin"]),
                          "customer_address": cus["addr"]})
    return contracts


def write_truth(S, contracts, standards):
    app = {"name": S.app["name"], "uscc": S.app["uscc"], "address": S.app["address"]}
    res = rules.compute(app, contracts, standards, S.documents)
    truth = {"submission": S.name, "cycle": "support", "period": list(rules.PERIOD), "applicant": app}
    truth.update(res)
    truth["contracts"] = contracts
    truth["standards"] = [{"name": s["name"], "category": s["category"], "stage": s["stage"], "uploaded": s["uploaded"]} for s in standards]
    truth["documents"] = S.documents
    workbook(S, contracts, standards, os.path.join(S.sub, "申报信息.xlsx"), S.rng)
    with open(os.path.join(S.root, "ground_truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth


def sme(cus):
    return not rules.is_large(cus["employees"], cus["revenue"])


def std_list(n, uploaded):
    cats = ["团体标准", "企业标准", "团体标准", "地方标准"]
    return [{"name": STD_NAMES[i], "category": cats[i], "stage": "征求意见稿", "uploaded": uploaded[i]} for i in range(n)]


def others(S, plans, rng, which):
    for w, c in which:
        spec, fl = docs.OTHER[w](plan_facts(S, c), rng); spec["genre"] = w
        S.add(spec, fl, "other", None, GENRE_NOTE[w])


def plan_facts(S, c):
    return {"app": S.app, "cus": c["cus"], "project": c["project"], "amount": c["amount"], "acc": c["acc"], "cno": c["cno"]}


# ------------------------------------------------------------------ submissions
def sub_clean(out, seed):
    rng = random.Random(seed * 1000 + 1)
    S = Sub("a24_support_clean", out, rng)
    custs = [cust_record(rng, CUSTOMERS[i]) for i in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12]]
    amts = ["4860000.00", "3920000.00", "6150000.00", "2280000.00", "3470000.00", "5230000.00", "1960000.00", "3380000.00", "2750000.00", "2460000.00", "1840000.00"]
    plans = []
    for k, (cu, a) in enumerate(zip(custs, amts)):
        acc = iso(2023, 3 + k % 9, 5 + 2 * k)
        c = plan_contract(S, rng, k + 1, cu, a, acc, genres(k), n_pay=1 + k % 3, pay_genres=PG[k % 5])
        c["sme_declared"] = sme(cu)
        plans.append(c)
    stds = std_list(3, [True, True, True])
    contracts = finish(S, plans, stds, None)
    others(S, plans, rng, [("o_license", plans[0]), ("o_paycert", plans[2]), ("o_audit", plans[5]), ("o_paycert", plans[8])])
    return S, contracts, stds


def sub_gaps(out, seed):
    rng = random.Random(seed * 1000 + 2)
    S = Sub("a24_support_gaps", out, rng)
    idx = [10, 11, 12, 13, 2, 15, 16, 17, 5, 0, 1, 3, 4]
    custs = [cust_record(rng, CUSTOMERS[i]) for i in idx]
    amts = ["1860000.00", "2240000.00", "1570000.00", "4390000.00", "3620000.00", "2050000.00", "1780000.00", "2930000.00",
            "3160000.00", "1450000.00", "2380000.00", "1690000.00", "2010000.00"]
    plans = []
    for k, (cu, a) in enumerate(zip(custs, amts)):
        acc = iso(2023, 2 + k % 10, 3 + k)
        c = plan_contract(S, rng, k + 1, cu, a, acc, genres(k + 1), n_pay=1 + k % 2, pay_genres=PG[(k + 2) % 5])
        c["sme_declared"] = sme(cu)
        plans.append(c)
    P = plans
    P[0]["missing"] = {"acceptance_report"}; P[0]["planted"] = ["missing_acceptance_report"]
    P[1]["missing"] = {"payment_proof"}; P[1]["planted"] = ["missing_payment_proof"]
    P[2]["missing"] = {"procurement_proof"}; P[2]["planted"] = ["missing_procurement_proof"]
    P[3]["over"] = {"contract_amount": "4790000.00"}; P[3]["planted"] = ["amount_mismatch"]; P[3]["note_c"] = "；合同金额479万与申报439万不符"
    P[4]["acc"] = "2024-02-27"; P[4]["planted"] = ["date_out_of_period"]; P[4]["note_a"] = "；验收日期2024年，超出周期"
    P[5]["over"] = {"acc_result": "failed"}; P[5]["planted"] = ["acceptance_not_passed"]; P[5]["note_a"] = "；验收不合格"
    grp = "天津市赟海控股集团有限公司"
    for p in P[0]["pays"]:
        p["payer"] = grp; p["note"] = "；付款人为客户的母公司（集团代付），与申报客户不符"
    P[0]["planted"].append("party_mismatch")
    P[6]["tj_declared"] = True; P[6]["planted"] = ["not_tianjin"]; P[6]["note_c"] = "；客户为河北沧州企业，申报为天津企业"
    P[11]["over"] = {"acc_customer": "天津市翀宇精密电子有限公司"}; P[11]["planted"] = ["party_mismatch"]
    P[11]["note_a"] = "；验收单位为客户的关联公司（名称相近的另一法人），非申报客户"
    P[8]["decl_uscc"] = break_uscc(P[8]["cus"]["uscc"]); P[8]["cus"] = dict(P[8]["cus"], uscc=P[8]["decl_uscc"]); P[8]["planted"] = ["invalid_uscc"]
    P[9]["sme_declared"] = False; P[9]["planted"] = ["sme_misclassified"]
    stds = std_list(3, [True, True, False])
    contracts = finish(S, plans, stds, None)
    # duplicate: upload contract 8's first payment again (identical bytes) in another folder
    dup = next(d for d in S.documents if d["contract_no"] == P[7]["cno"] and d["doc_type"] == "payment_proof")
    data = open(os.path.join(S.sub, dup["path"]), "rb").read()
    S.add(None, dict(dup["fields"]), "payment_proof", P[7]["cno"], "与另一文件字节完全相同的重复上传", dup["rendering"],
          dup["path"].rsplit(".", 1)[1], "03-回款凭证/补充材料", data)
    S.documents[-1]["genre"] = dup["genre"]
    P[7]["planted"] = ["duplicate_evidence"]
    # corrupt upload
    good = render.render({"blocks": [("title", "验收报告"), ("p", "内容" * 200)], "seals": []}, "text", "pdf", rng)
    S.add(None, docs.fields(), "other", None, "截断损坏的PDF（只上传了一部分）", "corrupt", "pdf", "02-验收证明", good[: len(good) // 3])
    others(S, plans, rng, [("o_license", plans[0]), ("o_paycert", plans[3]), ("o_audit", plans[9])])
    # sync declared-contract records for planted overrides
    for c, pl in zip(contracts, plans):
        c["planted"] = pl["planted"]
    return S, contracts, stds


def sub_tricky(out, seed):
    rng = random.Random(seed * 1000 + 3)
    S = Sub("a24_support_tricky", out, rng)
    # 8 verified customers: exactly 5 SMEs by the thresholds
    idx = [0, 3, 6, 5, 11, 2, 13, 14, 16, 15, 7]
    custs = [cust_record(rng, CUSTOMERS[i]) for i in idx]
    # customer 4 (index 4) is a branch office of a Tianjin firm
    custs[4]["name"] = "天津港湾昀通机电设备有限公司滨海分公司"
    amts = ["3480000.00", "2960000.00", "3140000.00", "2720000.00", "2700000.00", "3850000.00", "3330000.00"]
    amts.append(yuan(Decimal(25000000) - sum(Decimal(a) for a in amts)))
    amts += ["2010000.00", "1880000.00", "2250000.00"]
    plans = []
    accs = ["2023-12-31", "2023-01-01", "2023-06-30", "2023-12-31", "2023-09-15", "2023-11-30", "2023-04-18", "2023-08-08",
            "2024-01-01", "2023-10-10", "2023-07-07"]
    for k, (cu, a) in enumerate(zip(custs, amts)):
        kw = {}
        if accs[k] == "2023-01-01":
            kw["sign"] = "2022-09-14"
        c = plan_contract(S, rng, k + 1, cu, a, accs[k], genres(k + 3), n_pay=[3, 2, 1, 3, 2, 1, 2, 3, 1, 1, 2][k], pay_genres=PG[(k + 1) % 5], **kw)
        c["sme_declared"] = sme(cu)
        plans.append(c)
    P = plans
    # traps (not gaps)
    P[0]["note_a"] = "；验收日期为周期最后一天2023-12-31"
    P[1]["note_a"] = "；验收日期为周期第一天，合同签订于2022年"
    P[2]["over"] = {"contract_amount": "3154000.00", "proc_amount": "3154000.00"}
    P[2]["pays"][0]["amount"] = "3154000.00"
    P[2]["note_c"] = "；合同金额比申报多0.446%，在0.5%以内（非缺口）"
    P[3]["note_c"] = "；三期付款合计恰等于申报金额"
    P[4]["note_c"] = "；客户为分公司，全部文件一致使用分公司名称（非缺口）"
    P[7]["note_c"] = "；金额为凑足2500万阈值的余额"
    # 客户 index 7 is 海河瑄泰: 1000 employees, 39999 万元 -> SME by the thresholds; declared 否 -> sme_misclassified (real subtle gap)
    P[7]["sme_declared"] = False; P[7]["planted"] = ["sme_misclassified"]
    # real subtle gaps on extra contracts (customers 9..11)
    P[8]["planted"] = ["date_out_of_period"]; P[8]["note_a"] = "；验收日期2024-01-01，刚好超出周期"
    P[9]["over"] = {"contract_amount": "1891400.00"}; P[9]["planted"] = ["amount_mismatch"]
    P[9]["pays"][0]["amount"] = "1891400.00"
    P[9]["note_c"] = "；合同金额比申报多0.606%，超出0.5%"
    nm = P[10]["cus"]["name"].replace("有限公司", "股份有限公司")
    for p in P[10]["pays"]:
        p["payer"] = nm; p["note"] = "；付款人户名多“股份”二字，与申报客户不是同一主体"
    P[10]["planted"] = ["party_mismatch"]
    stds = std_list(3, [True, True, True])
    contracts = finish(S, plans, stds, None)
    others(S, plans, rng, [("o_license", plans[0]), ("o_audit", plans[1]), ("o_paycert", plans[5])])
    return S, contracts, stds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=24)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for fn in (sub_clean, sub_gaps, sub_tricky):
        S, contracts, stds = fn(a.out, a.seed)
        t = write_truth(S, contracts, stds)
        print(S.name, len(t["documents"]), "docs tier", t["award_tier_wan"], "total", t["accepted_total_yuan"],
              "gaps", len(t["gaps"]), sorted({g["kind"] for g in t["gaps"]}))


if __name__ == "__main__":
    main()
