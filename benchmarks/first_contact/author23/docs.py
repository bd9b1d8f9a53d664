"""Genres. Each genre function gets a context dict and an rng and returns
{"pages": [Page], "doc_type", "fields" (what the document states), "facts" (extra truth), "note"}."""
import datetime as dt
from decimal import Decimal

from render import Page, A4, RED, BLUE
from util import daxie, comma, fmt_yuan, ymd, ymd0, cn_date, spaced, yuan

LAND = (842.0, 595.0)
FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")


def F(**kw):
    f = {k: None for k in FIELDS}
    for k, v in kw.items():
        f[k] = v
    return f


def iso(d):
    return d.isoformat()


def dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def P(rng, size=A4, font="wqy"):
    return Page(size, font, seed=rng.randint(0, 10 ** 9))


def fmtd(d, style):
    return {"ymd": ymd(d), "ymd0": ymd0(d), "iso": iso(d), "dot": dot(d), "cn": cn_date(d),
            "slash": f"{d.year}/{d.month}/{d.day}", "compact": d.strftime("%Y%m%d")}[style]


def sign_block(p, y, left_role, left_name, right_role, right_name, date_l=None, date_r=None, seal_l=True, seal_r=True,
               center_l="合同专用章", center_r="合同专用章", spaced_lbl=False):
    x1, x2 = 60, 320
    lr = spaced(left_role, "\u3000") if spaced_lbl and len(left_role) == 2 else left_role
    rr = spaced(right_role, "\u3000") if spaced_lbl and len(right_role) == 2 else right_role
    p.text(x1, y, f"{lr}（盖章）：{left_name}", 10)
    p.text(x2, y, f"{rr}（盖章）：{right_name}", 10)
    p.text(x1, y + 22, "法定代表人或委托代理人：", 10)
    p.text(x2, y + 22, "法定代表人或委托代理人：", 10)
    p.text(x1 + 125, y + 22, p.rng.choice(["王海涛", "李振华", "赵昀", "刘瑄", "陈志刚", "孙堃"]), 11, hand=True)
    p.text(x2 + 125, y + 22, p.rng.choice(["张伟", "周翀", "吴建国", "郑晓东", "何赟", "马立新"]), 11, hand=True)
    if date_l:
        p.text(x1, y + 44, f"日期：{date_l}", 10)
    if date_r:
        p.text(x2, y + 44, f"日期：{date_r}", 10)
    if seal_l:
        p.seal(x1 + 120, y + 10, left_name, center_l)
    if seal_r:
        p.seal(x2 + 120, y + 10, right_name, center_r)
    return y + 70


# =============================================================== CONTRACTS
def c_prose(c, rng):
    """ordinary prose contract, 2 pages, 甲方（需方）/乙方（供方）, distractor amounts and dates"""
    app, cu = c["app"], c["cust"]
    amt = c.get("amount_doc", c["amount"])
    sign = c.get("date_doc", c["sign"])
    sp = c.get("spaced", False)
    p1 = P(rng)
    p1.center(70, c["name"], 17)
    p1.center(94, "合 同 书", 13)
    p1.text(380, 122, f"合同编号：{c['no']}", 10)
    lj = "甲 方（需方）：" if sp else "甲方（需方）："
    ly = "乙 方（供方）：" if sp else "乙方（供方）："
    y = 150
    p1.text(60, y, lj + cu["name"], 11)
    p1.text(60, y + 18, f"住所：{cu['address']}", 10)
    p1.text(60, y + 42, ly + app["name"], 11)
    p1.text(60, y + 60, f"住所：{app['address']}", 10)
    y += 92
    y = p1.para(60, y, 475, "甲乙双方依据《中华人民共和国民法典》及相关法律法规，在平等、自愿、协商一致的基础上，就甲方委托乙方实施"
                f"“{c['name'].replace('合同', '')}”事宜达成如下条款，共同遵守。")
    y += 6
    p1.text(60, y, "第一条  项目内容", 11)
    y = p1.para(60, y + 20, 475, "乙方负责本项目的方案设计、设备供货、软件部署、安装调试、人员培训及售后服务，具体范围以附件《技术协议》为准。")
    p1.text(60, y + 4, "第二条  合同价款", 11)
    y = p1.para(60, y + 24, 475, f"本合同总价款为人民币{daxie(amt)}（¥{comma(amt)}），含增值税及运输、安装、调试、培训等全部费用。")
    pre = yuan(amt * Decimal("0.3"))
    y = p1.para(60, y, 475, f"付款方式：合同签订后十个工作日内，甲方向乙方支付预付款¥{comma(pre)}；设备到货并经甲方签收后支付至合同总价的60%；"
                f"项目终验合格后支付至95%；余款¥{comma(yuan(amt * Decimal('0.05')))}作为质保金，质保期满后无息支付。")
    p1.text(60, y + 4, "第三条  交付期限", 11)
    dl = c.get("deliver", sign + dt.timedelta(days=75))
    y = p1.para(60, y + 24, 475, f"乙方应于{ymd(dl)}前完成全部设备交付及安装，并于交付后六十日内具备终验条件。")
    p1.text(60, y + 4, "第四条  违约责任", 11)
    y = p1.para(60, y + 24, 475, "任何一方逾期履行义务的，每逾期一日按合同总价的万分之五向对方支付违约金，违约金累计不超过"
                f"¥{comma(yuan(amt * Decimal('0.1')))}。")
    p1.center(815, "第 1 页 共 2 页", 8)
    p2 = P(rng)
    y = 70
    p2.text(60, y, "第五条  验收", 11)
    y = p2.para(60, y + 20, 475, "项目具备验收条件后，乙方书面提出验收申请，甲方在十五个工作日内组织验收并出具验收报告。")
    p2.text(60, y + 4, "第六条  争议解决", 11)
    y = p2.para(60, y + 24, 475, "因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。")
    p2.text(60, y + 4, "第七条  其他", 11)
    y = p2.para(60, y + 24, 475, "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。")
    y = sign_block(p2, y + 40, "甲方", cu["name"], "乙方", app["name"], spaced_lbl=sp)
    p2.text(60, y + 10, f"签订日期：{fmtd(sign, c.get('dstyle', 'ymd'))}", 10.5)
    p2.text(60, y + 30, "签订地点：天津市", 10.5)
    p2.center(815, "第 2 页 共 2 页", 8)
    return dict(pages=[p1, p2], doc_type="contract",
                fields=F(contract_no=c["no"], amount_yuan=fmt_yuan(amt), date=iso(sign), customer=cu["name"]),
                note="合同（甲方需方/乙方供方，预付款、质保金、违约金上限与交付期限为干扰项）")


def c_jp(c, rng):
    """NEW: 中日双语 業務委託契約書 (Japanese-invested customer template): 委託者（甲）/受託者（乙）,
    契約金額 税込, 締結日 at the end, 納期 and 検収 dates inside articles."""
    app, cu = c["app"], c["cust"]
    amt = c.get("amount_doc", c["amount"])
    sign = c.get("date_doc", c["sign"])
    p1 = P(rng)
    p1.center(66, "業務委託契約書", 17)
    p1.center(88, "业务委托合同", 13)
    p1.text(360, 112, f"契約番号／合同编号：{c['no']}", 9.5)
    y = 140
    y = p1.para(60, y, 475, f"{cu['name']}（以下「甲」という／以下简称“甲”）と{app['name']}（以下「乙」という／以下简称“乙”）は、"
                "甲が乙に委託する業務について、次のとおり契約を締結する。", 10, indent=False)
    y = p1.para(60, y + 4, 475, "甲乙双方就甲方委托乙方实施的业务，订立本合同如下。", 10, indent=False)
    rows = [["条項 / 条款", "内容 / 内容"],
            ["第1条 委託業務\n委托业务", c["name"].replace("合同", "") + "（詳細は仕様書による／详见规格书）"],
            ["第2条 契約金額\n合同金额", f"人民币 ¥{comma(amt)}（税込／含税）\n大写：{daxie(amt)}"],
            ["第3条 支払条件\n付款条件", f"前払金 30%（¥{comma(yuan(amt * Decimal('0.3')))}）、検収後 70%。検収合格後30日以内に支払う。"],
            ["第4条 納期\n交付期限", f"{ymd(c.get('deliver', sign + dt.timedelta(days=60)))}まで（之前）"],
            ["第5条 遅延損害金\n迟延违约金", "遅延1日につき契約金額の0.05%、上限10%（逾期每日0.05%，上限10%）"],
            ["第6条 準拠法\n适用法律", "中華人民共和国の法律／中华人民共和国法律"]]
    y = p1.grid_table(60, y + 10, [120, 355], rows, rh=34, size=9.5)
    y = p1.para(60, y + 16, 475, "本契約締結の証として本書2通を作成し、甲乙記名押印の上、各1通を保有する。本合同一式两份，双方各执一份。", 10, indent=False)
    y += 16
    p1.text(60, y, f"締結日／签订日期：{ymd(sign)}", 10.5)
    y += 30
    p1.text(60, y, "甲（委託者／委托方）", 10)
    p1.text(60, y + 18, cu["name"], 10.5)
    p1.text(60, y + 36, "代表者：", 10)
    p1.text(110, y + 36, rng.choice(["山田 健一", "佐藤 誠", "田中 浩"]), 11, hand=True)
    p1.text(320, y, "乙（受託者／受托方）", 10)
    p1.text(320, y + 18, app["name"], 10.5)
    p1.text(320, y + 36, "代表者：", 10)
    p1.text(370, y + 36, rng.choice(["刘瑄", "高翀", "孙堃"]), 11, hand=True)
    p1.seal(150, y + 20, cu["name"], "合同专用章")
    p1.seal(420, y + 20, app["name"], "合同专用章")
    return dict(pages=[p1], doc_type="contract",
                fields=F(contract_no=c["no"], amount_yuan=fmt_yuan(amt), date=iso(sign), customer=cu["name"]),
                note="新体裁：日资客户中日双语業務委託契約書（委託者/受託者，契約金額税込，納期与前払金为干扰）")


# =============================================================== ACCEPTANCE
def a_report(c, rng):
    app, cu = c["app"], c["cust"]
    d = c.get("acc_date_doc", c["accept"])
    res = c.get("result", "passed")
    issuer = c.get("acc_issuer", cu["name"])
    show_amt = c.get("acc_amount", True)
    amt = c.get("acc_amount_doc", c["amount"])
    p = P(rng)
    p.center(70, "项 目 验 收 报 告", 17)
    rows = [["项目名称", c["name"].replace("合同", "")], ["合同编号", c["no"]],
            ["建设单位", issuer], ["承建单位", app["name"]],
            ["合同金额", f"¥{comma(amt)}" if show_amt else "/"],
            ["验收时间", ymd(d)], ["验收地点", issuer + "现场"]]
    y = p.grid_table(60, 100, [110, 365], rows, rh=24, size=10, head=False)
    y = p.para(60, y + 24, 475, f"{ymd(d)}，{issuer}组织有关部门及专家，对{app['name']}承建的上述项目进行了验收。验收组听取了项目实施汇报，"
               "查看了系统运行情况，审阅了技术文档及试运行记录。")
    if res == "passed":
        concl = "验收结论：项目已按合同及技术协议要求完成全部建设内容，各项技术指标达到要求，验收组一致同意通过验收。"
    else:
        concl = "验收结论：系统数据采集完整率未达到技术协议约定指标，部分功能尚未上线，验收组意见为不予通过验收，请承建单位限期整改后重新申请。"
    y = p.para(60, y + 8, 475, concl)
    p.text(60, y + 30, "验收组组长：", 10.5)
    p.text(130, y + 30, rng.choice(["陈国栋", "王昀", "李瑄"]), 12, hand=True)
    p.text(330, y + 60, f"建设单位（盖章）：{issuer}", 10)
    p.text(330, y + 82, ymd(d), 10)
    p.seal(430, y + 60, issuer, "")
    return dict(pages=[p], doc_type="acceptance_report",
                fields=F(contract_no=c["no"], amount_yuan=fmt_yuan(amt) if show_amt else None, date=iso(d), customer=issuer, result=res),
                note="验收报告（表格+正文，建设单位盖章）" + ("；验收不通过" if res != "passed" else ""))


def a_beian(c, rng):
    """NEW: 建设工程竣工验收备案表 filed by the customer (建设单位) with the district construction bureau."""
    app, cu = c["app"], c["cust"]
    d = c.get("acc_date_doc", c["accept"])
    amt = c.get("acc_amount_doc", c["amount"])
    start = c["sign"] + dt.timedelta(days=20)
    filed = d + dt.timedelta(days=rng.randint(5, 12))
    p = P(rng)
    p.text(60, 50, "附表", 9)
    p.center(78, "建设工程竣工验收备案表", 17)
    p.text(380, 102, f"备案编号：津{rng.choice(['滨海','西青','东丽','北辰'])}竣备〔{filed.year}〕{rng.randint(100, 999)}号", 9)
    rows = [["工程名称", c["name"].replace("合同", "") + "（智能化安装工程）", "工程地点", cu["address"].replace("天津市", "")],
            ["建设单位", cu["name"], "统一社会信用代码", cu["uscc"]],
            ["施工单位", app["name"], "统一社会信用代码", app["uscc"]],
            ["监理单位", rng.choice(["天津市泓睿工程监理有限公司", "天津津昀建设监理有限公司"]), "合同价款（万元）", f"{amt / 10000:.2f}"],
            ["开工日期", ymd(start), "竣工验收日期", ymd(d)],
            ["竣工验收意见", "经建设、设计、施工、监理单位共同组织竣工验收，该工程已完成设计和合同约定的各项内容，工程质量符合有关法律、法规和工程建设强制性标准，"
             "验收合格，同意交付使用。", None, None]]
    y = 112
    cols = [90, 150, 100, 135]
    for r in rows:
        if r[2] is None:
            p.rect(60, y, 475, 70, 0.6)
            p.text(66, y + 20, r[0], 10)
            yy = y + 14
            for ln in p.wrap(r[1], 370, 10):
                p.text(160, yy, ln, 10)
                yy += 16
            p.line(155, y, 155, y + 70, 0.6)
            y += 70
        else:
            p.grid_table(60, y, cols, [r], rh=30, size=9.5, head=False)
            y += 30
    p.text(66, y + 24, "建设单位（公章）：", 10)
    p.text(66, y + 44, "项目负责人：", 10)
    p.text(130, y + 44, rng.choice(["冯志远", "许昀", "邵瑄"]), 12, hand=True)
    p.text(66, y + 64, f"{ymd(d)}", 10)
    p.seal(190, y + 40, cu["name"], "")
    p.rect(60, y + 90, 475, 110, 0.6)
    p.text(66, y + 110, "备案机关意见：", 10)
    p.text(80, y + 132, f"该工程的竣工验收备案文件已于{ymd(filed)}收讫，文件齐全。", 10)
    p.text(330, y + 180, f"备案机关（盖章）  {ymd(filed)}", 10)
    p.seal(420, y + 160, f"天津市{rng.choice(['滨海新区','西青区','东丽区'])}住房和建设委员会", "竣工验收备案专用章", r=40)
    p.text(60, y + 230, "注：本表一式四份，建设单位、施工单位、城建档案馆、备案机关各存一份。", 8.5)
    return dict(pages=[p], doc_type="acceptance_report",
                fields=F(contract_no=None, amount_yuan=fmt_yuan(amt), date=iso(d), customer=cu["name"], result="passed"),
                note="新体裁：建设工程竣工验收备案表（建设单位填报、住建委备案；合同价款以万元表示；开工日期与备案收讫日期为干扰；无合同编号）")


# =============================================================== PAYMENTS
BANKS = ["津沽商业银行", "海河农村商业银行", "渤津银行", "燕山银行", "齐鲁通商银行"]


def p_ebank(c, rng):
    app = c["app"]
    payer = c.get("payer", c["cust"]["name"])
    amt = c["pay_amount"]
    d = c["pay_date"]
    memo = c.get("memo", f"支付{c['no']}合同款")
    bank = c.get("bank", rng.choice(BANKS))
    p = P(rng, size=(595.0, 420.0))
    p.center(40, f"{bank}", 13)
    p.center(62, "网上银行电子回单", 15)
    p.text(40, 86, f"回单编号：{rng.randint(10 ** 11, 10 ** 12 - 1)}", 9)
    p.text(330, 86, f"交易日期：{fmtd(d, c.get('dstyle', 'iso'))}", 9)
    rows = [["付款人", "户名", payer, "收款人", "户名", app["name"]],
            [None, "账号", c.get("payer_acct", "120" + str(rng.randint(10 ** 14, 10 ** 15 - 1))), None, "账号", app["acct"]],
            [None, "开户行", c.get("payer_bank", bank + "天津分行营业部"), None, "开户行", app["bank"]],
            ["金额（大写）", None, daxie(amt), "金额（小写）", None, f"¥{comma(amt)}"],
            ["用途", None, memo, "手续费", None, "¥15.00"],
            ["交易流水号", None, str(rng.randint(10 ** 15, 10 ** 16 - 1)), "业务类型", None, "跨行转账"]]
    p.grid_table(40, 96, [50, 40, 170, 50, 40, 165], rows, rh=26, size=9, head=False)
    p.text(40, 290, f"打印时间：{iso(d + dt.timedelta(days=rng.randint(20, 200)))} 10:2{rng.randint(0, 9)}:3{rng.randint(0, 9)}", 8.5)
    p.text(40, 306, "本回单可通过网上银行“回单验证”功能核验真伪，重复打印无效。", 8.5)
    p.seal(470, 300, bank, "电子回单专用章", r=36)
    contract_no = c["no"] if c["no"] in memo else None
    return dict(pages=[p], doc_type="payment_proof",
                fields=F(contract_no=contract_no, amount_yuan=fmt_yuan(amt), date=iso(d), payer=payer, payee=app["name"]),
                note="网银电子回单（手续费与打印时间为干扰）" + ("" if contract_no else "；附言未引用合同编号"))


def p_cash(c, rng):
    """NEW: 现金缴款单（回单联）— counter cash deposit slip: 缴款单位 / 收款单位, digit boxes, 券别 table, 现金讫 stamp."""
    app = c["app"]
    payer = c.get("payer", c["cust"]["name"])
    amt = c["pay_amount"]
    d = c["pay_date"]
    rng.choice(BANKS)  # keep the random stream stable
    bank = c.get("bank") or app["bank"].split("天津")[0]   # cash is paid in at the payee's own bank
    memo = c.get("memo", f"{c['no']}合同尾款")
    p = P(rng, size=(595.0, 400.0))
    p.center(36, f"{bank}  现金缴款单", 15)
    p.text(40, 60, "（回单）", 9)
    p.text(200, 60, f"{d.year} 年 {d.month:02d} 月 {d.day:02d} 日", 10)
    p.text(430, 60, "第二联 客户回单", 8.5)
    x = 40
    y = p.grid_table(x, 70, [30, 50, 180, 30, 50, 175],
                 [["收款单位", "全称", app["name"], "缴款单位", "全称", payer],
                  [None, "账号", app["acct"], None, "款项来源", memo],
                  [None, "开户行", app["bank"], None, "缴款人", c.get("depositor", "")]],
                 rh=26, size=9, head=False, hand_cols=(5,))
    p.rect(x, y, 515, 40, 0.6)
    p.text(x + 5, y + 16, "金额", 9)
    p.text(x + 5, y + 30, "（大写）", 8)
    p.text(x + 50, y + 25, "人民币 " + daxie(amt), 11, hand=True)
    heads = list("亿千百十万千百十元角分")
    s = f"{int(amt * 100):d}"
    digits = ["" for _ in heads]
    s2 = "¥" + s
    for i, ch in enumerate(reversed(s2)):
        if i < len(heads):
            digits[len(heads) - 1 - i] = ch
    bx = x + 300
    for i, h in enumerate(heads):
        p.rect(bx + i * 19, y, 19, 20, 0.5)
        p.text(bx + i * 19 + 9.5, y + 14, h, 8, anchor="c")
        p.rect(bx + i * 19, y + 20, 19, 20, 0.5)
        p.text(bx + i * 19 + 9.5, y + 35, digits[i], 11, anchor="c", hand=True)
    y += 48
    notes = [["券别", "100元", "50元", "20元", "10元", "5元", "1元", "角币"],
             ["张数", str(int(amt) // 100), "", "", "", "", "", ""]]
    p.grid_table(x, y, [60, 60, 60, 60, 60, 60, 60, 95], notes, rh=20, size=8.5, head=False, hand_cols=(1,))
    p.text(x, y + 62, "会计主管：", 9)
    p.text(x + 150, y + 62, "复核：", 9)
    p.text(x + 280, y + 62, "记账：", 9)
    p.text(x + 400, y + 62, "出纳：", 9)
    p.box_stamp(470, y + 30, [bank + "天津分行", iso(d), "现金收讫"])
    return dict(pages=[p], doc_type="payment_proof",
                fields=F(contract_no=c["no"] if c["no"] in memo else None, amount_yuan=fmt_yuan(amt), date=iso(d),
                         payer=payer, payee=app["name"]),
                note="新体裁：银行现金缴款单回单联（缴款单位/收款单位，逐位金额格，券别明细，现金收讫章内日期）")


# =============================================================== PROCUREMENT
def r_notice(c, rng):
    app, cu = c["app"], c["cust"]
    amt = c.get("proc_amount", c["amount"])
    d = c.get("proc_date", c["sign"] - dt.timedelta(days=rng.randint(7, 25)))
    open_d = d - dt.timedelta(days=rng.randint(3, 9))
    p = P(rng)
    p.center(80, "中 标 通 知 书", 18)
    p.text(60, 120, f"{app['name']}：", 11)
    code = f"ZB-{d.year}-{rng.randint(100, 999)}"
    y = p.para(60, 146, 475, f"你单位于{ymd(open_d)}参加的“{c['name'].replace('合同', '')}”（招标编号：{code}）投标，经评标委员会评审，"
               f"并报招标人确认，确定你单位为中标人。中标价为人民币{daxie(amt)}（¥{comma(amt)}）。")
    y = p.para(60, y + 4, 475, "请你单位收到本通知书后三十日内，与招标人按招标文件和你单位投标文件签订书面合同，并按招标文件要求提交履约保证金¥50,000.00。")
    p.text(320, y + 60, f"招标人：{cu['name']}", 10.5)
    p.text(320, y + 84, ymd0(d), 10.5)
    p.seal(420, y + 66, cu["name"], "")
    return dict(pages=[p], doc_type="procurement_proof",
                fields=F(contract_no=None, amount_yuan=fmt_yuan(amt), date=iso(d), customer=cu["name"]),
                note="中标通知书（开标日期与履约保证金为干扰，无合同编号）")


def r_lottery(c, rng):
    """NEW: 供应商随机抽取记录表 — the customer drew the supplier by lot from its approved-supplier pool."""
    app, cu = c["app"], c["cust"]
    amt = c.get("proc_amount", c["amount"])
    d = c.get("proc_date", c["sign"] - dt.timedelta(days=rng.randint(7, 25)))
    cap = yuan(amt * Decimal("1.08") / 100) * 100
    p = P(rng)
    p.center(60, cu["name"], 12)
    p.center(84, "供应商随机抽取记录表", 16)
    p.text(60, 110, f"采购编号：CG{d.year}{rng.randint(1000, 9999)}", 9.5)
    p.text(340, 110, f"抽取时间：{ymd(d)} 9:30", 9.5)
    rows = [["项目名称", c["name"].replace("合同", "")],
            ["采购方式", "■随机抽取（合格供应商库摇号）  □询比价  □竞争性谈判  □单一来源"],
            ["最高限价", f"¥{comma(cap)}"],
            ["抽取规则", "从合格供应商库“智能制造系统集成”类别中随机抽取1家，被抽中供应商按最高限价下浮后报价成交。"]]
    y = p.grid_table(60, 120, [90, 385], rows, rh=26, size=9.5, head=False)
    pool = c.get("pool", ["天津市瀚瑄自动化工程有限公司", "天津昀橦智控科技有限公司", "北京中控翀宇科技有限公司", app["name"], "天津赟达智能装备有限公司"])
    prow = [["序号", "入库供应商名称", "摇号编号", "是否中签"]]
    for i, n in enumerate(pool, 1):
        prow.append([str(i), n, f"{i:02d}", "√" if n == app["name"] else ""])
    y = p.grid_table(60, y + 12, [40, 275, 80, 80], prow, rh=22, size=9.5, align=["c", "l", "c", "c"])
    y = p.para(60, y + 18, 475, f"抽取结果：经现场摇号，抽中{pool.index(app['name']) + 1:02d}号供应商{app['name']}。该供应商确认报价为人民币{daxie(amt)}"
               f"（¥{comma(amt)}），不高于最高限价，确定为本项目成交供应商。")
    for i, role in enumerate(["经办人", "监督人（纪检）", "记录人"]):
        p.text(60 + i * 160, y + 30, role + "：", 10)
        p.text(60 + i * 160 + 70, y + 30, rng.choice(["邓昀", "胡炜", "林瑄", "程翀", "顾堃"]), 12, hand=True)
    p.text(340, y + 70, f"采购人（盖章）：{cu['name']}", 9.5)
    p.seal(430, y + 72, cu["name"], "采购专用章")
    return dict(pages=[p], doc_type="procurement_proof",
                fields=F(contract_no=None, amount_yuan=fmt_yuan(amt), date=iso(d), customer=cu["name"]),
                note="新体裁：客户合格供应商库随机抽取（摇号）记录表；最高限价为干扰金额")


# =============================================================== SUBCONTRACTS
def _sub_common(s):
    return s["app"], s["sup"], s.get("amount_doc", s["amount"]), s.get("date_doc", s["date"])


def s_plain(s, rng):
    app, sup, amt, d = _sub_common(s)
    jia = s.get("jia_doc", app["name"])
    p = P(rng)
    p.center(70, "项目分包合同", 17)
    p.text(380, 96, f"合同编号：{s['no']}", 10)
    p.text(60, 124, f"甲方（总包方）：{jia}", 11)
    p.text(60, 142, f"住所：{app['address']}", 10)
    p.text(60, 166, f"乙方（分包方）：{sup['name']}", 11)
    p.text(60, 184, f"住所：{sup['address']}", 10)
    y = p.para(60, 214, 475, f"甲方承接{s['main']}，经协商，甲方将其中“{s['scope']}”分包给乙方实施。")
    y = p.para(60, y + 4, 475, f"一、分包价款：人民币{daxie(amt)}（¥{comma(amt)}），为含税固定总价。")
    y = p.para(60, y + 4, 475, "二、工期：自合同签订之日起九十日内完成。三、质量：符合总包合同及国家相关标准要求。"
               "四、付款：完工并经甲方验收合格后三十日内一次性支付。")
    y = sign_block(p, y + 40, "甲方", jia, "乙方", sup["name"], date_l=ymd(d), date_r=ymd(d))
    return dict(pages=[p], doc_type="subcontract",
                fields=F(contract_no=s["no"], amount_yuan=fmt_yuan(amt), date=iso(d), customer=jia),
                facts={"supplier_on_doc": sup["name"], "supplier_address": sup["address"]},
                note="分包合同（总包方/分包方）")


def s_freight(s, rng):
    """NEW: 公路货物运输合同 — 托运人（甲方）= applicant, 承运人（乙方）= the local carrier; 货物声明价值 and 保价费 as distractors."""
    app, sup, amt, d = _sub_common(s)
    p = P(rng)
    p.center(68, "公路货物运输合同", 17)
    p.text(360, 94, f"合同编号：{s['no']}", 10)
    rows = [["托运人（甲方）", app["name"], "承运人（乙方）", sup["name"]],
            ["地址", app["address"], "地址", sup["address"]],
            ["联系人", rng.choice(["孟昀", "唐宇"]), "道路运输经营许可证", f"津交运管许可{rng.choice(['滨', '西', '东'])}字{rng.randint(120000000000, 129999999999)}号"]]
    y = p.grid_table(50, 104, [85, 160, 85, 165], rows, rh=26, size=9, head=False)
    goods = [["货物名称", "件数", "重量（吨）", "起运地", "到达地", "运费（元）"],
             ["智能产线成套设备（含机器人本体）", "18", "42.5", "天津市西青区", s.get("dest", "天津市滨海新区"), comma(yuan(amt * Decimal("0.7")))],
             ["电控柜及配套件", "26", "9.8", "天津市西青区", s.get("dest", "天津市滨海新区"), comma(yuan(amt * Decimal("0.3")))],
             ["合计", "44", "52.3", "", "", comma(amt)]]
    y = p.grid_table(50, y + 14, [150, 40, 60, 80, 85, 80], goods, rh=24, size=9, align=["l", "c", "c", "c", "c", "r"])
    decl = yuan(amt * 40)
    y = p.para(50, y + 16, 495, f"一、运输费用：本合同项下运输费用合计人民币{daxie(amt)}（¥{comma(amt)}），含装卸、吊装及过路过桥费。")
    y = p.para(50, y + 2, 495, f"二、保价：甲方货物声明价值为人民币{comma(decl)}元，保价费按声明价值的千分之一计收（¥{comma(yuan(decl / 1000))}），由甲方另行支付。")
    y = p.para(50, y + 2, 495, f"三、装运时间：{ymd(d + dt.timedelta(days=rng.randint(10, 40)))}起分批装运，每批次到达后收货人在运单上签收。")
    y = p.para(50, y + 2, 495, "四、承运人对运输过程中货物的灭失、短少、污染、损坏承担赔偿责任。五、运费于全部货物交付后三十日内结清。")
    p.text(50, y + 20, f"本合同于{ymd(d)}在天津市签订，双方盖章后生效。", 10.5)
    y = sign_block(p, y + 50, "托运人", app["name"], "承运人", sup["name"])
    return dict(pages=[p], doc_type="subcontract",
                fields=F(contract_no=s["no"], amount_yuan=fmt_yuan(amt), date=iso(d), customer=app["name"]),
                facts={"supplier_on_doc": sup["name"], "supplier_address": sup["address"]},
                note="新体裁：公路货物运输合同（托运人=申报单位/承运人=本地供应商；货物声明价值、保价费、装运时间为干扰）")


def s_lab(s, rng):
    """NEW: 计量校准服务协议（附仪器委托清单）— 委托方 = applicant, 校准机构 = supplier; unit fees and a 合计 row."""
    app, sup, amt, d = _sub_common(s)
    p = P(rng)
    p.center(60, sup["name"], 11)
    p.center(84, "计量校准服务协议", 17)
    p.text(60, 108, f"协议编号：{s['no']}", 9.5)
    p.text(360, 108, "CNAS 认可实验室", 9.5)
    y = p.para(60, 130, 475, f"委托方：{app['name']}（以下简称甲方）", 10.5, indent=False)
    y = p.para(60, y, 475, f"校准机构：{sup['name']}（以下简称乙方），地址：{sup['address']}", 10.5, indent=False)
    y = p.para(60, y + 4, 475, f"为满足甲方承担的{s['main']}中在线检测设备的量值溯源要求，甲方委托乙方对下列仪器进行现场校准并出具校准证书。")
    items = [["序号", "仪器名称", "型号规格", "数量", "单价（元）", "小计（元）"]]
    names = ["激光位移传感器", "工业相机标定板", "扭矩扳手", "压力变送器", "三坐标测量机", "温湿度记录仪"]
    n = len(names)
    base = amt
    parts = []
    acc = Decimal(0)
    for i, nm in enumerate(names):
        if i < n - 1:
            v = yuan(base * Decimal(rng.choice([8, 10, 12, 15, 20])) / 100)
            v = v - v % 100
            acc += v
        else:
            v = base - acc
        q = rng.choice([2, 4, 5, 10])
        parts.append((nm, q, v))
    for i, (nm, q, v) in enumerate(parts, 1):
        items.append([str(i), nm, rng.choice(["LK-G5000", "CB-800", "TW-200", "PT-3051", "CMM-575", "TH-20"]), str(q), comma(yuan(v / q)), comma(v)])
    items.append(["", "合计", "", "", "", comma(amt)])
    y = p.grid_table(60, y + 10, [35, 130, 90, 45, 85, 90], items, rh=22, size=9, align=["c", "l", "c", "c", "r", "r"])
    y = p.para(60, y + 14, 475, f"协议总金额：人民币{daxie(amt)}。校准证书在现场校准完成后七个工作日内出具；加急服务另收50%加急费。")
    y = p.para(60, y + 2, 475, "付款方式：证书交付后十五日内，甲方凭乙方开具的增值税专用发票一次付清。")
    p.text(60, y + 24, f"签订日期：{dot(d)}", 10.5)
    y = sign_block(p, y + 54, "甲方", app["name"], "乙方", sup["name"], center_r="业务专用章")
    return dict(pages=[p], doc_type="subcontract",
                fields=F(contract_no=s["no"], amount_yuan=fmt_yuan(amt), date=iso(d), customer=app["name"]),
                facts={"supplier_on_doc": sup["name"], "supplier_address": sup["address"]},
                note="新体裁：计量校准服务协议（委托方/校准机构，仪器清单合计行，日期为点分格式）")


def s_dispatch(s, rng):
    """NEW: 劳务派遣协议 — 用工单位（甲方）= applicant, 劳务派遣单位（乙方）= supplier; 派遣期限 range and per-head fees as distractors."""
    app, sup, amt, d = _sub_common(s)
    heads = rng.choice([6, 8, 10])
    months = 9
    p = P(rng)
    p.center(70, "劳务派遣协议", 17)
    p.text(380, 96, f"协议编号：{s['no']}", 10)
    y = 124
    for lbl, v in [("用工单位（甲方）：", app["name"]), ("统一社会信用代码：", app["uscc"]),
                   ("劳务派遣单位（乙方）：", sup["name"]), ("统一社会信用代码：", sup["uscc"]),
                   ("乙方住所：", sup["address"]), ("劳务派遣经营许可证编号：", f"津人社派许字〔{d.year - 2}〕第{rng.randint(1000, 9999)}号")]:
        p.text(60, y, lbl + v, 10)
        y += 18
    start = dt.date(d.year, d.month, 1) + dt.timedelta(days=31)
    start = dt.date(start.year, start.month, 1)
    y = p.para(60, y + 8, 475, f"根据《中华人民共和国劳动合同法》《劳务派遣暂行规定》，甲方因{s['main']}现场实施需要，"
               f"由乙方向甲方派遣电气调试及装配辅助人员共{heads}名。")
    y = p.para(60, y + 2, 475, f"一、派遣期限：{ymd(start)}至{ymd(dt.date(start.year, 12, 31))}。派遣岗位为辅助性岗位。")
    per = yuan(amt / heads / months)
    y = p.para(60, y + 2, 475, f"二、费用：每名派遣人员每月费用¥{comma(per)}（含劳动报酬、社会保险费、住房公积金及派遣管理费，其中管理费每人每月¥300.00）；"
               f"本协议期内费用总额为人民币{daxie(amt)}（¥{comma(amt)}）。")
    y = p.para(60, y + 2, 475, "三、乙方依法为派遣人员缴纳社会保险；甲方提供劳动保护及安全培训。四、费用按月结算，甲方于次月十日前支付。")
    y = p.para(60, y + 2, 475, f"五、本协议经双方签章后生效。签订日期：{cn_date(d)}。")
    sign_block(p, y + 40, "甲方", app["name"], "乙方", sup["name"])
    return dict(pages=[p], doc_type="subcontract",
                fields=F(contract_no=s["no"], amount_yuan=fmt_yuan(amt), date=iso(d), customer=app["name"]),
                facts={"supplier_on_doc": sup["name"], "supplier_address": sup["address"]},
                note="新体裁：劳务派遣协议（用工单位/劳务派遣单位；月费与管理费、派遣期限为干扰；日期为汉字数字）")


# =============================================================== MEETINGS
def _signin_rows(att, order="name_code", with_phone=False, rng=None):
    rows = []
    for i, a in enumerate(att, 1):
        ident = a.get("uscc") or a.get("address") or ""
        ph = f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}" if (with_phone and rng) else None
        if order == "code_first":
            r = [str(i), ident, a["name"], a["person"]]
        else:
            r = [str(i), a["name"], ident, a["person"]]
        if with_phone:
            r.append(ph)
        rows.append(r)
    return rows


def signin_pages(m, att, rng, order="name_code", title=None, with_phone=False, per=22):
    pages = []
    head = (["序号", "统一社会信用代码（或地址）", "单位名称", "参会人"] if order == "code_first"
            else ["序号", "单位名称", "统一社会信用代码（或地址）", "参会人"])
    cols = [35, 150, 190, 70] if order == "code_first" else [35, 190, 150, 70]
    if with_phone:
        head.append("联系电话")
        cols = [c * 0.88 for c in cols] + [60]
    rows = _signin_rows(att, order, with_phone, rng)
    hand = (3,) if order != "code_first" else (3,)
    for k in range(0, max(1, len(rows)), per):
        p = P(rng)
        p.center(60, title or f"{m['name']}参会单位签到表", 13)
        p.text(60, 82, f"时间：{ymd(m['date'])}    地点：{m['place']}", 9.5)
        p.grid_table(60, 92, cols, [head] + rows[k:k + per], rh=27, size=8.5, hand_cols=hand)
        pages.append(p)
    return pages


def m_plain(m, rng):
    d = m["date_doc"]
    p = P(rng)
    p.center(66, "会 议 纪 要", 18)
    p.text(60, 100, f"会议名称：{m['name']}", 10.5)
    p.text(60, 118, f"会议时间：{ymd(d)} 14:00-17:00", 10.5)
    p.text(60, 136, f"会议地点：{m['place']}", 10.5)
    p.text(60, 154, f"主办单位：{m['host']}", 10.5)
    y = p.para(60, 184, 475, f"本次会议围绕{m['topic']}开展经验交流。主办单位介绍了典型项目的实施路径与成效，参会企业代表结合自身情况进行了交流发言，"
               "与会各方就数据互联互通、设备联网改造、人才培养等问题进行了讨论。")
    y = p.para(60, y + 4, 475, "会议议定：一、建立常态化交流机制，每季度组织一次现场观摩；二、主办单位为有需求的参会企业提供免费诊断服务；"
               "三、会后整理典型案例汇编，供参会企业参考。")
    p.text(340, y + 40, f"{m['host']}", 10)
    p.text(340, y + 60, ymd(d + dt.timedelta(days=2)), 10)
    p.seal(420, y + 44, m["host"], "")
    pages = [p]
    if m.get("sheet_inline", True):
        pages += signin_pages(m, m["att"], rng, order=m.get("order", "name_code"), with_phone=m.get("phone", False))
    return dict(pages=pages, doc_type="meeting_record", fields=F(date=iso(d), title=m["name"]),
                facts={"meeting": m["decl_name"], "attendees": [a["name"] for a in m["att"]] if m.get("sheet_inline", True) else []},
                note="会议纪要" + ("+签到表" if m.get("sheet_inline", True) else "（签到表为单独文件）"))


def m_sheet(m, rng):
    pages = signin_pages(m, m["att"], rng, order=m.get("order", "code_first"), with_phone=m.get("phone", True))
    return dict(pages=pages, doc_type="meeting_record", fields=F(date=iso(m["date_doc"]), title=m["name"]),
                facts={"meeting": m["decl_name"], "attendees": [a["name"] for a in m["att"]]},
                note="单独的参会单位签到表（代码列在前，电话列）")


def m_pledge(m, rng):
    """NEW: 联合倡议书 adopted at the meeting + 签署单位 page (each firm seals its row)."""
    d = m["date_doc"]
    p1 = P(rng)
    p1.center(70, f"关于携手推进{m['topic']}的倡议书", 15)
    y = p1.para(60, 110, 475, f"{ymd(d)}，由{m['host']}主办的“{m['name']}”在{m['place']}召开。与会企业围绕{m['topic']}"
                "深入交流，达成广泛共识。为推动天津市制造业数字化转型，与会企业共同发出如下倡议：")
    for i, t in enumerate(["坚持需求牵引，以场景为核心推进智能化改造；", "开放共享典型应用案例与解决方案，避免重复建设；",
                           "优先选用本地配套产品和服务，共建本地产业生态；", "加强数据安全与工业网络安全防护；",
                           "积极参与标准制修订，推动成果转化应用。"], 1):
        y = p1.para(60, y + 2, 475, f"{'一二三四五'[i - 1]}、{t}")
    p1.text(330, y + 40, "倡议单位：见签署页", 10.5)
    p1.text(330, y + 60, ymd(d), 10.5)
    pages = [p1]
    att = m["att"]
    for k in range(0, len(att), 12):
        p = P(rng)
        p.center(60, "倡议书签署页", 14)
        rows = [["序号", "签署单位（盖章）", "统一社会信用代码 / 地址", "代表签字"]]
        for i, a in enumerate(att[k:k + 12], k + 1):
            rows.append([str(i), a["name"], a.get("uscc") or a.get("address"), a["person"]])
        y0 = 76
        y1 = p.grid_table(50, y0, [35, 210, 170, 80], rows, rh=52, size=9, hand_cols=(3,))
        for i, a in enumerate(att[k:k + 12]):
            if rng.random() < 0.55:
                p.seal(200 + rng.uniform(-30, 40), y0 + 52 * (i + 1) + 30, a["name"], "", r=24)
        pages.append(p)
    return dict(pages=pages, doc_type="meeting_record", fields=F(date=iso(d), title=m["name"]),
                facts={"meeting": m["decl_name"], "attendees": [a["name"] for a in att]},
                note="新体裁：交流会通过的联合倡议书+签署页（会议名称与日期只在正文里；签署页逐行盖章）")


def m_badge(m, rng):
    """NEW: 会议快讯 + 参会证件领取签收表 (证件编号, 单位名称, 单位地址, 领取人签字, 类别)."""
    d = m["date_doc"]
    p1 = P(rng)
    p1.text(60, 60, f"{m['host']} · 工作快讯", 10)
    p1.text(420, 60, f"第{rng.randint(10, 40)}期", 10)
    p1.line(60, 68, 535, 68, 1.5, RED)
    p1.center(100, m["name"], 15)
    y = p1.para(60, 130, 475, f"{d.month}月{d.day}日，{m['name']}在{m['place']}举行。会议以“{m['topic']}”为主题，"
                "来自全市的制造企业代表参加。会上，三家企业分享了数字化车间建设经验，主办单位发布了免费诊断服务清单。")
    p1.text(60, y + 20, f"（{ymd(d)}）", 10)
    p1.text(60, y + 50, "附：参会证件领取签收表", 10)
    pages = [p1]
    att = m["att"] + [{"name": m["host"], "address": m["host_address"], "person": "会务组", "staff": True}]
    for k in range(0, len(att), 20):
        p = P(rng)
        p.center(58, "参会证件领取签收表", 14)
        p.text(60, 80, f"会议：{m['name']}", 9.5)
        rows = [["证件编号", "单位名称", "单位地址 / 信用代码", "领取人签字", "类别"]]
        for i, a in enumerate(att[k:k + 20], k + 1):
            rows.append([f"JL{d.strftime('%m%d')}-{i:03d}", a["name"], a.get("address") or a.get("uscc"), a["person"],
                         "工作人员" if a.get("staff") else "参会代表"])
        p.grid_table(45, 90, [70, 180, 170, 65, 50], rows, rh=30, size=8.5, hand_cols=(3,))
        pages.append(p)
    return dict(pages=pages, doc_type="meeting_record", fields=F(date=iso(d), title=m["name"]),
                facts={"meeting": m["decl_name"], "attendees": [a["name"] for a in att]},
                note="新体裁：工作快讯+参会证件领取签收表（日期在快讯正文只有月日，括注完整日期；主办方工作人员也领证）")


def m_filing(m, rng):
    """NEW: 企业交流活动备案登记表 (filed with the district 工信局) + 附件 参会企业信息表 (所属区, code)."""
    d = m["date_doc"]
    filed = d - dt.timedelta(days=rng.randint(5, 12))
    p = P(rng)
    p.center(66, "企业交流活动备案登记表", 16)
    p.text(60, 92, f"备案编号：{rng.choice(['XQ', 'BH', 'DL'])}GX-{d.year}-{rng.randint(10, 99)}", 9.5)
    rows = [["活动名称", m["name"]], ["主办单位", m["host"]], ["举办时间", f"{ymd0(d)}（半天）"], ["举办地点", m["place"]],
            ["活动内容", m["topic"] + "经验交流、案例分享、现场观摩"], ["预计参加企业数", f"{m['claimed']}家"],
            ["联系人/电话", f"{rng.choice(['韩昀', '宋瑄'])} 022-{rng.randint(23000000, 29999999)}"]]
    y = p.grid_table(60, 102, [120, 355], rows, rh=26, size=10, head=False)
    p.rect(60, y, 475, 90, 0.6)
    p.text(66, y + 20, "受理部门意见：", 10)
    p.text(90, y + 44, "已备案。请严格落实安全管理责任，活动结束后报送参会企业名单。", 10)
    p.text(340, y + 76, ymd(filed), 10)
    p.seal(420, y + 56, f"天津市{m['district']}工业和信息化局", "", r=38)
    pages = [p]
    att = m["att"]
    for k in range(0, len(att), 24):
        q = P(rng)
        q.center(58, "附件：参会企业信息表", 13)
        rows = [["序号", "企业名称", "所属区", "统一社会信用代码", "联系人"]]
        for i, a in enumerate(att[k:k + 24], k + 1):
            rows.append([str(i), a["name"], a.get("district", ""), a.get("uscc", ""), a["person"]])
        q.grid_table(45, 72, [30, 200, 65, 150, 50], rows, rh=26, size=8.5)
        pages.append(q)
    return dict(pages=pages, doc_type="meeting_record", fields=F(date=iso(d), title=m["name"]),
                facts={"meeting": m["decl_name"], "attendees": [a["name"] for a in att]},
                note="新体裁：区工信局企业交流活动备案登记表+参会企业信息表（受理日期早于举办时间；所属区列）")


def m_asr(m, rng):
    """NEW: 会议录音智能转写稿 (speech-to-text export, speaker tags and time offsets); date only in the host's speech."""
    d = m["date_doc"]
    p = P(rng)
    p.text(60, 56, "智能转写记录 · 导出文档", 9, color=(0.35, 0.35, 0.35))
    p.line(60, 62, 535, 62, 0.5, (0.6, 0.6, 0.6))
    p.text(60, 84, f"文件名称：录音_{d.strftime('%m%d')}_1400.m4a", 9.5)
    p.text(60, 100, f"音频时长：02:{rng.randint(10, 50)}:{rng.randint(10, 59)}    转写完成：{iso(d + dt.timedelta(days=1))} 09:{rng.randint(10, 59)}", 9.5)
    p.text(60, 116, "说话人区分：开启    语言：中文普通话", 9.5)
    p.center(146, m["name"] + "（录音整理稿）", 13)
    lines = [("发言人1", "00:00:08", f"各位企业家、各位来宾，大家下午好。今天是{d.year}年{d.month}月{d.day}日，欢迎大家参加{m['name']}。"
              f"我是{m['host']}的主持人，今天共有来自全市的企业代表到会。"),
             ("发言人2", "00:06:41", f"我介绍一下我们在{m['topic']}方面的做法，主要是三个方面，第一是设备联网，第二是数据治理，第三是应用场景。"),
             ("发言人3", "00:31:05", "我们是做汽车零部件的，想问一下老旧设备没有通讯接口的情况怎么处理，改造成本大概多少。"),
             ("发言人2", "00:32:12", "这个可以加装边缘网关，我们在静海、西青都有类似的案例，会后可以安排免费诊断。"),
             ("发言人1", "02:05:30", "今天的交流就到这里，签到表请各位会后核对，谢谢大家。")]
    y = 176
    for who, t, txt in lines:
        p.text(60, y, f"{who}  {t}", 9.5, color=(0.2, 0.3, 0.6))
        y = p.para(60, y + 18, 475, txt, 10, indent=False) + 8
    p.text(60, y + 10, "（本文档由语音转写生成，未经人工逐字校对）", 8.5, color=(0.4, 0.4, 0.4))
    return dict(pages=[p], doc_type="meeting_record", fields=F(date=iso(d), title=m["name"]),
                facts={"meeting": m["decl_name"], "attendees": []},
                note="新体裁：会议录音智能转写稿（会议日期只在主持人发言中；转写完成时间为干扰；签到表为单独文件）")


def m_notice(m, rng):
    d = m["date_doc"]
    p = P(rng)
    p.center(70, "会 议 通 知", 17)
    p.text(60, 110, "各有关企业：", 11)
    y = p.para(60, 136, 475, f"为交流智能制造项目实施经验，定于{ymd(d)}下午14:00在{m['place']}召开“{m['name']}”，请各企业安排1-2名负责同志参加，"
               f"并于{ymd(d - dt.timedelta(days=3))}前回复参会回执。")
    p.text(340, y + 50, m["host"], 10.5)
    p.text(340, y + 70, ymd(d - dt.timedelta(days=10)), 10.5)
    p.seal(420, y + 54, m["host"], "")
    return dict(pages=[p], doc_type="meeting_record", fields=F(date=iso(d), title=m["name"]),
                facts={"meeting": m["decl_name"], "attendees": []},
                note="会议通知（无签到表）")


# =============================================================== DIAGNOSES
def _dhead(p, title, x):
    p.center(66, title, 15)


def d_plain(g, rng):
    d, cu = g["date_doc"], g["cust"]
    p = P(rng)
    p.center(66, g["title"], 15)
    rows = [["诊断对象", cu["name"]], ["统一社会信用代码", cu["uscc"]], ["诊断日期", ymd(d)], ["诊断单位", g["app"]["name"]]]
    y = p.grid_table(60, 86, [120, 355], rows, rh=24, size=10, head=False)
    p.text(60, y + 26, "一、企业现状", 11)
    y = p.para(60, y + 46, 475, f"该企业主要从事{g['trade']}，现有生产设备约{rng.randint(40, 260)}台套，设备联网率约{rng.randint(10, 45)}%，生产计划依靠人工排产。")
    p.text(60, y + 6, "二、主要问题", 11)
    y = p.para(60, y + 26, 475, "1. 生产数据依靠纸质记录，统计滞后；2. 设备故障停机时间长，缺少预警手段；3. 质量追溯困难。")
    if g["solution"]:
        p.text(60, y + 6, "三、解决方案", 11)
        y = p.para(60, y + 26, 475, "建议分两期实施：一期部署设备数据采集与生产管理（MES）基础模块，实现工单、报工、设备状态透明化；"
                   "二期建设质量追溯与设备预测性维护应用，预计设备综合效率提升8%以上。")
    else:
        p.text(60, y + 6, "三、诊断结论", 11)
        y = p.para(60, y + 26, 475, "企业数字化基础较薄弱，具备一定改造意愿。")
    p.text(340, y + 40, f"诊断专家：", 10)
    p.text(400, y + 40, rng.choice(["王昀", "赵瑄", "钱翀"]), 12, hand=True)
    return dict(pages=[p], doc_type="diagnosis_report", fields=F(date=iso(d), customer=cu["name"], title=g["title"]),
                facts={"diagnosis": g["decl_cust"], "has_solution": g["solution"]},
                note="免费诊断报告（诊断对象）" + ("" if g["solution"] else "；无解决方案章节"))


def d_carbon(g, rng):
    """NEW: 碳排放盘查与绿色制造诊断报告 (范围一/范围二 table in tCO2e, 核算期 = previous year as distractor)."""
    d, cu = g["date_doc"], g["cust"]
    p = P(rng)
    p.center(62, g["title"], 14)
    p.text(60, 92, f"受诊断单位：{cu['name']}", 10.5)
    p.text(60, 110, f"现场诊断日期：{ymd0(d)}        核算期：{d.year - 1}年1月1日至{d.year - 1}年12月31日", 10)
    p.text(60, 128, "核算依据：GB/T 32150《工业企业温室气体排放核算和报告通则》", 10)
    e1 = rng.randint(800, 4000)
    e2 = rng.randint(3000, 15000)
    rows = [["排放类别", "排放源", "活动水平", "排放量（tCO2e）", "占比"],
            ["范围一", "天然气燃烧、厂内车辆", f"{rng.randint(30, 200)}万m³", str(e1), f"{e1 * 100 // (e1 + e2)}%"],
            ["范围二", "外购电力", f"{rng.randint(500, 3000)}万kWh", str(e2), f"{100 - e1 * 100 // (e1 + e2)}%"],
            ["合计", "", "", str(e1 + e2), "100%"]]
    y = p.grid_table(60, 140, [70, 150, 90, 95, 70], rows, rh=24, size=9.5, align=["c", "l", "c", "r", "c"])
    p.text(60, y + 24, "一、主要问题", 11)
    y = p.para(60, y + 44, 475, "空压系统、注塑机加热单元为主要耗能点；能源计量仅到厂区总表，缺少分车间、分设备计量，无法定位高耗能工序。")
    if g["solution"]:
        p.text(60, y + 6, "二、减碳路径与解决方案", 11)
        y = p.para(60, y + 26, 475, "部署能源管理系统（EMS），实现车间级、重点设备级能耗在线计量；空压站群控改造与余热回收；"
                   "屋顶分布式光伏。预计年减排约" + str(int((e1 + e2) * 0.12)) + " tCO2e。")
    else:
        p.text(60, y + 6, "二、下一步", 11)
        y = p.para(60, y + 26, 475, "待企业补充完整能源台账后再行评估。")
    p.text(330, y + 40, f"诊断机构：{g['app']['name']}", 9.5)
    return dict(pages=[p], doc_type="diagnosis_report", fields=F(date=iso(d), customer=cu["name"], title=g["title"]),
                facts={"diagnosis": g["decl_cust"], "has_solution": g["solution"]},
                note="新体裁：碳排放盘查与绿色制造诊断报告（范围一/二排放表；核算期上一年为干扰日期）" + ("" if g["solution"] else "；无解决方案"))


def d_8d(g, rng):
    """NEW: 8D 质量问题诊断报告 (D1-D8 boxes); 提出日期 = diagnosis date, 最后更新日期 later; D5 永久纠正措施 = the solution."""
    d, cu = g["date_doc"], g["cust"]
    p = P(rng)
    p.center(56, g["title"], 14)
    rows = [["8D编号", f"8D-{d.strftime('%y%m')}-{rng.randint(10, 99)}", "客户名称", cu["name"]],
            ["提出日期", iso(d), "最后更新日期", iso(d + dt.timedelta(days=rng.randint(20, 60)))],
            ["问题主题", g["topic8d"], "产品/工序", rng.choice(["壳体压铸", "线束装配", "注塑件", "焊接总成"])]]
    y = p.grid_table(50, 70, [70, 130, 75, 220], rows, rh=26, size=9, head=False)
    sections = [("D1 成立小组", f"组长：{rng.choice(['蒋瑄', '秦昀'])}（诊断专家）；成员：客户质量部、生产部、设备部各1人。"),
                ("D2 问题描述", "近三个月该工序不良率由0.8%升至3.6%，主要为尺寸超差和漏装，客户投诉4起。"),
                ("D3 临时围堵措施", "在库品100%全检，隔离可疑批次；末道工序增加人工复检。"),
                ("D4 根本原因分析", "5Why分析：夹具定位销磨损未及时更换；装配防错依赖目视；无过程数据记录，无法追溯。")]
    if g["solution"]:
        sections += [("D5 永久纠正措施（解决方案）", "导入视觉防错检测工位与扭矩数据采集，夹具寿命纳入设备管理系统自动预警，建立批次追溯；"
                      "同步改造MES报工模块。"),
                     ("D6 实施与验证", "试运行两周后不良率降至0.5%。"),
                     ("D7 预防再发生", "更新作业指导书与PFMEA，横向展开到同类工序。"),
                     ("D8 小组祝贺", "关闭本8D。")]
    else:
        sections += [("D5 永久纠正措施", "（待客户内部评审后确定，本报告暂不提出）"), ("D6-D8", "未开展。")]
    for h, t in sections:
        p.rect(50, y + 8, 495, 16, 0.5, fill=(0.92, 0.92, 0.92))
        p.text(55, y + 20, h, 9.5)
        y = p.para(55, y + 40, 485, t, 9.5, indent=False) + 2
    return dict(pages=[p], doc_type="diagnosis_report", fields=F(date=iso(d), customer=cu["name"], title=g["title"]),
                facts={"diagnosis": g["decl_cust"], "has_solution": g["solution"]},
                note="新体裁：8D质量问题诊断报告（客户名称；提出日期与最后更新日期；D5为解决方案）" + ("" if g["solution"] else "；D5未提出措施"))


def d_fmea(g, rng):
    """NEW: 过程FMEA风险诊断表 (landscape; S/O/D/RPN; 建议措施 column is the solution)."""
    d, cu = g["date_doc"], g["cust"]
    p = P(rng, size=LAND)
    p.center(44, g["title"], 14)
    p.text(40, 68, f"被诊断企业：{cu['name']}", 9.5)
    p.text(400, 68, f"FMEA编号：PF-{rng.randint(1000, 9999)}", 9.5)
    p.text(560, 68, f"诊断日期：{dot(d)}", 9.5)
    p.text(40, 84, f"关键日期（量产节点）：{dot(d + dt.timedelta(days=120))}", 9)
    p.text(400, 84, f"编制：{g['app']['name']}", 9)
    rows = [["过程步骤", "潜在失效模式", "失效后果", "S", "失效原因", "O", "现行控制", "D", "RPN", "建议措施", "责任/目标日期"]]
    steps = [("上料", "错料", "批量报废", 8, "人工扫码漏扫", 5, "抽检", 6), ("焊接", "虚焊", "客户端失效", 9, "电流波动", 4, "目视", 7),
             ("装配", "漏装垫片", "异响", 7, "无防错", 5, "终检", 5), ("检测", "误判", "不良流出", 8, "人工判读", 4, "复检", 6)]
    acts = ["MES强制扫码校验", "焊接参数在线监测与报警", "视觉防错检测", "AI视觉自动判定"]
    for (st, fm, ef, S, ca, O, ctl, D), ac in zip(steps, acts):
        rows.append([st, fm, ef, str(S), ca, str(O), ctl, str(D), str(S * O * D),
                     ac if g["solution"] else "", (f"{rng.choice(['唐', '罗', '许'])}工/{dot(d + dt.timedelta(days=60))}") if g["solution"] else ""])
    y = p.grid_table(40, 94, [55, 70, 70, 25, 85, 25, 60, 25, 40, 150, 157], rows, rh=34, size=8.5,
                     align=["c", "l", "l", "c", "l", "c", "l", "c", "c", "l", "l"])
    if g["solution"]:
        p.para(40, y + 20, 760, "诊断结论及建议：RPN≥200的过程步骤应优先实施上表建议措施，建议以数字化防错与过程数据采集为主线分步实施。", 9.5, indent=False)
    else:
        p.para(40, y + 20, 760, "说明：本次仅完成风险识别与评分，建议措施待企业确认改造预算后另行提出。", 9.5, indent=False)
    return dict(pages=[p], doc_type="diagnosis_report", fields=F(date=iso(d), customer=cu["name"], title=g["title"]),
                facts={"diagnosis": g["decl_cust"], "has_solution": g["solution"]},
                note="新体裁：过程FMEA风险诊断表（横版；被诊断企业；关键日期为干扰；建议措施列为解决方案）" + ("" if g["solution"] else "；建议措施列为空"))


def d_roi(g, rng):
    """NEW: 智能化改造投资效益测算诊断书 (现状指标 table, 投资估算 amounts as distractors, 推荐实施方案 = solution)."""
    d, cu = g["date_doc"], g["cust"]
    p = P(rng)
    p.center(62, g["title"], 14)
    p.text(60, 90, f"服务对象：{cu['name']}", 10.5)
    p.text(60, 108, f"诊断时间：{d.year}年{d.month}月{d.day}日", 10.5)
    rows = [["指标", "现状值", "行业参考值", "差距"],
            ["人均产值（万元/年）", str(rng.randint(40, 90)), "120", "较大"],
            ["设备综合效率OEE", f"{rng.randint(45, 62)}%", "75%", "较大"],
            ["订单准时交付率", f"{rng.randint(78, 90)}%", "95%", "一般"],
            ["库存周转天数", str(rng.randint(40, 70)), "30", "较大"]]
    y = p.grid_table(60, 122, [170, 100, 100, 105], rows, rh=24, size=9.5, align=["l", "c", "c", "c"])
    inv = rng.randint(180, 900) * 1000
    p.text(60, y + 24, "一、投资估算", 11)
    y = p.para(60, y + 44, 475, f"按企业当前规模测算，智能化改造总投资约人民币{comma(inv)}元，其中软件占35%、硬件及网关占50%、实施服务占15%。")
    if g["solution"]:
        p.text(60, y + 6, "二、推荐实施方案", 11)
        y = p.para(60, y + 26, 475, f"方案A（推荐）：以关键工序数据采集+APS高级排产为起点，一年内上线；预计年增效益约{comma(inv * 0.45)}元，静态投资回收期约2.2年。"
                   "方案B：整厂MES一次性建设，回收期约3.5年，风险较高。")
    else:
        p.text(60, y + 6, "二、说明", 11)
        y = p.para(60, y + 26, 475, "本测算仅供企业内部决策参考，具体方案待立项后编制。")
    p.text(330, y + 40, g["app"]["name"], 10)
    p.text(330, y + 58, "（诊断服务专用）", 9)
    return dict(pages=[p], doc_type="diagnosis_report", fields=F(date=iso(d), customer=cu["name"], title=g["title"]),
                facts={"diagnosis": g["decl_cust"], "has_solution": g["solution"]},
                note="新体裁：智能化改造投资效益测算诊断书（服务对象；投资估算金额为干扰；推荐实施方案=解决方案）" + ("" if g["solution"] else "；无方案"))


# =============================================================== STANDARDS / OTHER
def st_cover(s, rng):
    p = P(rng)
    kind = s["kind"]
    p.text(60, 60, "ICS 25.040", 10)
    p.text(60, 76, "CCS J 07", 10)
    code = s["code"]
    p.text(535, 110, code, 18, anchor="r")
    p.center(90, "团  体  标  准" if kind == "团体标准" else "企  业  标  准", 22)
    p.line(60, 126, 535, 126, 1.2)
    y = 250
    for ln in p.wrap(s["title"], 420, 20):
        p.center(y, ln, 20)
        y += 30
    p.center(y + 30, "（征求意见稿）" if kind == "团体标准" else "（草案）", 13)
    p.text(60, 720, "XXXX - XX - XX 发布", 11)
    p.text(535, 720, "XXXX - XX - XX 实施", 11, anchor="r")
    p.line(60, 735, 535, 735, 1.2)
    p.center(760, s["issuer"] + "  发 布", 13)
    q = P(rng)
    q.center(70, "前    言", 15)
    yy = q.para(60, 110, 475, "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    yy = q.para(60, yy + 4, 475, f"本文件由{s['issuer']}提出并归口。")
    yy = q.para(60, yy + 4, 475, f"本文件起草单位：{s['app']}、天津市昀橦智能科技有限公司。")
    return dict(pages=[p, q], doc_type="standard_draft", fields=F(title=s["title"]),
                facts={"standard": s["title"]}, note="标准草案封面+前言")


def o_change(o, rng):
    """NEW (other): 准予变更登记通知书 from the 市场监督管理局 — looks official, names the applicant; not evidence."""
    app = o["app"]
    d = o["date"]
    p = P(rng)
    p.center(80, "准予变更登记通知书", 17)
    p.text(360, 108, f"（津滨）登字〔{d.year}〕第{rng.randint(10000, 99999)}号", 9.5)
    p.text(60, 140, f"{app['name']}：", 11)
    y = p.para(60, 166, 475, f"经审查，你单位提交的住所、经营范围变更登记申请，申请材料齐全，符合法定形式，我局决定准予变更登记。"
               f"统一社会信用代码：{app['uscc']}。")
    y = p.para(60, y + 4, 475, "请于收到本通知书之日起十日内领取营业执照。")
    p.text(340, y + 60, "天津市滨海新区市场监督管理局", 10.5)
    p.text(360, y + 80, ymd(d), 10.5)
    p.seal(440, y + 66, "天津市滨海新区市场监督管理局", "", r=40)
    return dict(pages=[p], doc_type="other", fields=F(), facts={}, note="新体裁（其他）：市场监管局准予变更登记通知书，非证据")


def o_quote_followup(o, rng):
    """other: 诊断服务预约回执 (appointment slip) — names a diagnosed firm but is not a report."""
    p = P(rng, size=(595.0, 300.0))
    p.center(40, "免费诊断服务预约回执", 14)
    p.grid_table(60, 60, [110, 365], [["企业名称", o["cust"]["name"]], ["预约时间", ymd(o["date"])], ["联系人", "石昀"],
                                      ["需求简述", "设备联网及能耗管理"]], rh=26, size=10, head=False)
    p.text(340, 200, "（企业盖章）", 10)
    p.seal(420, 200, o["cust"]["name"], "", r=34)
    return dict(pages=[p], doc_type="other", fields=F(), facts={}, note="其他：诊断预约回执（不是诊断报告）")
