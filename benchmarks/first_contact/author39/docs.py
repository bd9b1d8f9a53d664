"""Genres. Each builder returns dict(pages, doc_type, fields, note, genre[, attendees, solution_section])."""
import datetime as dt
from decimal import Decimal
from render import Page, width_mm
from util import daxie, money, yuan_str, date_hz, date_cn, date_dot, date_iso

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]


def F(**kw):
    f = {k: None for k in KEYS}
    for k, v in kw.items():
        assert k in KEYS, k
        if isinstance(v, dt.date):
            v = v.isoformat()
        if k == "amount_yuan" and v is not None:
            v = yuan_str(v)
        f[k] = v
    return f


def R(pages, doc_type, fields, note, genre, **extra):
    d = dict(pages=pages, doc_type=doc_type, fields=fields, note=note, genre=genre)
    d.update(extra)
    return d


def spaced(s):
    return " ".join(s)


def short(name):
    return name.replace("有限公司", "").replace("股份", "")[:10]


# ============================================================ contracts
def n01_chenglan(app, cust, c, rng, font="wqy"):
    """承揽合同: 定作人 (customer) / 承揽人 (applicant); letter-spaced labels; 定金 and 质保金 distractors."""
    p = Page(font=font)
    amt = c["amount"]
    p.text(105, 22, c["name"] + "承揽合同", 17, align="c", bold=True)
    p.text(140, 34, "合同编号：" + c["no"], 9.5)
    y = 44
    for lab, co in ((spaced("定作人") + "：", cust), (spaced("承揽人") + "：", app)):
        p.text(22, y, lab + co["name"], 11)
        p.text(30, y + 6.5, "住 所：" + co["address"], 9.5)
        p.text(30, y + 12, "统一社会信用代码：" + co["uscc"], 9.5)
        y += 21
    y = p.para(22, y + 2, 166, "根据《中华人民共和国民法典》合同编的有关规定，定作人委托承揽人按定作人的要求完成"
               f"“{c['name']}”的设计、制作、安装与调试工作，并交付工作成果，双方经协商一致，订立本合同。", 10.5)
    arts = [
        ("第一条 承揽内容", "承揽人负责产线控制系统、工位终端、数据采集网关及配套软件的定制与集成，具体清单见附件一《工作成果清单》。"),
        ("第二条 报酬及支付", f"本合同报酬总额（含税）为人民币{daxie(amt)}（￥{money(amt)}）。合同生效后七个工作日内，定作人向承揽人支付定金"
                        f"人民币{money(amt * Decimal('0.2'))}元；工作成果经定作人验收合格后支付至合同总额的95%；余款"
                        f"{money(amt * Decimal('0.05'))}元作为质保金，质保期满后无息支付。"),
        ("第三条 交付期限", f"承揽人应于{date_cn(c['deliver'])}前完成全部工作成果并通知定作人验收。"),
        ("第四条 验收", "定作人收到验收通知后十日内组织验收，验收标准以附件二《技术要求》为准。"),
        ("第五条 违约责任", "承揽人逾期交付的，每逾期一日按报酬总额的千分之一向定作人支付违约金，违约金总额不超过报酬总额的10%。"),
    ]
    for h, t in arts:
        p.text(22, y + 2, h, 11, bold=True)
        y = p.para(22, y + 8.5, 166, t, 10.5)
    y += 8
    p.text(22, y, spaced("定作人") + "（盖章）：", 10.5)
    p.text(112, y, spaced("承揽人") + "（盖章）：", 10.5)
    p.text(22, y + 10, "授权代表：", 10.5)
    p.sig(42, y + 8, cust["rep"])
    p.text(112, y + 10, "授权代表：", 10.5)
    p.sig(132, y + 8, app["rep"])
    p.text(22, y + 22, "签约时间：" + date_cn(c["sign"]), 10.5)
    p.text(112, y + 22, "签约地点：天津市", 10.5)
    p.seal(52, y + 4, cust["name"], "合同专用章")
    p.seal(148, y + 5, app["name"], "合同专用章")
    f = F(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cust["name"])
    return R([p], "contract", f, "承揽合同：定作人/承揽人字间加空格；定金、质保金、违约金与交付期限为干扰值", "N01")


def n02_license(app, cust, c, rng, font="wqy"):
    """软件许可及实施服务合同: 许可方 (applicant) first as 甲方, 被许可方 = customer as 乙方; fee table."""
    p = Page(font=font)
    amt = c["amount"]
    lic = (amt * Decimal("0.55")).quantize(Decimal("1"))
    impl = (amt * Decimal("0.30")).quantize(Decimal("1"))
    hw = amt - lic - impl
    p.text(105, 20, "工业软件使用许可及实施服务合同", 16, align="c", bold=True)
    p.text(22, 31, "合同编号：" + c["no"], 9.5)
    p.text(120, 31, "登记号：JS-" + c["no"][-6:], 9.5)
    y = 40
    rows = [["许可方（甲方）", app["name"]], ["地址", app["address"]],
            ["被许可方（乙方）", cust["name"]], ["地址", cust["address"]]]
    y = p.table(22, y, [36, 130], rows, 10, 8)
    y = p.para(22, y + 5, 166, f"鉴于甲方拥有“{c['product']}”计算机软件著作权，乙方希望在其生产基地使用该软件并委托甲方完成实施，"
               "双方经友好协商，就软件使用许可及实施服务事宜达成如下条款。", 10.5)
    p.text(22, y + 2, "一、许可范围：非独占、不可转让的使用许可，限于乙方厂区内部署使用。", 10.5)
    p.text(22, y + 10, "二、费用构成（含税）：", 10.5)
    rows = [["序号", "费用项目", "金额（元）"], ["1", "软件使用许可费（永久授权）", money(lic)],
            ["2", "实施及二次开发服务费", money(impl)], ["3", "边缘服务器及网关硬件", money(hw)],
            ["4", "首年运维服务费", "赠送"], ["", "合计", money(amt)]]
    y = p.table(30, y + 17, [14, 90, 46], rows, 9.5, 7.5, header=True, align=["c", "l", "r"])
    y = p.para(22, y + 4, 166, f"合同总价为人民币{daxie(amt)}。乙方应于本合同生效后十五日内支付合同总价的30%，软件上线并经乙方验收合格后"
               "支付至100%。乙方逾期付款的，按每日万分之五支付滞纳金。", 10.5)
    y = p.para(22, y + 2, 166, "三、本合同一式肆份，双方各执贰份，自双方授权代表签字并加盖公章之日起生效。", 10.5, indent=False)
    y += 10
    p.text(22, y, "甲方（许可方）：" + app["name"], 10)
    p.text(22, y + 8, "代表签字：", 10)
    p.sig(42, y + 6, app["rep"])
    p.text(22, y + 16, "日期：" + date_dot(c["sign"]), 10)
    p.text(112, y, "乙方（被许可方）：", 10)
    p.text(112, y + 5.5, cust["name"], 10)
    p.text(112, y + 13, "代表签字：", 10)
    p.sig(132, y + 11, cust["rep"])
    p.text(112, y + 21, "日期：" + date_dot(c["sign"]), 10)
    p.seal(60, y + 10, app["name"])
    p.seal(150, y + 12, cust["name"])
    f = F(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cust["name"])
    return R([p], "contract", f, "软件许可合同：申请人为甲方（许可方），客户为乙方（被许可方），客户取被许可方；总价在费用表合计行，日期为点分格式", "N02")


def o01_purchase(app, cust, c, rng, font="wqy"):
    """ordinary 设备采购合同 with a header grid."""
    p = Page(font=font)
    amt = c["amount"]
    p.text(105, 20, "设备采购合同", 18, align="c", bold=True)
    rows = [["合同编号", c["no"], "签订日期", date_cn(c["sign"])],
            ["采购方（甲方）", cust["name"], None, None],
            ["供货方（乙方）", app["name"], None, None],
            ["项目名称", c["name"], None, None]]
    y = p.table(20, 32, [30, 70, 24, 46], rows, 9.5, 8)
    p.text(20, y + 5, "一、供货清单", 11, bold=True)
    items = c["items"]
    rows = [["序号", "名称", "规格型号", "数量", "金额（元）"]]
    for i, (nm, spec, q, a) in enumerate(items, 1):
        rows.append([str(i), nm, spec, str(q), money(a)])
    rows.append(["", "合计", "", "", money(amt)])
    y = p.table(20, y + 12, [12, 58, 50, 16, 34], rows, 9, 7, header=True, align=["c", "l", "l", "c", "r"])
    y = p.para(20, y + 5, 170, f"二、合同总金额：人民币{daxie(amt)}（¥{money(amt)}），含13%增值税。", 10.5, indent=False)
    y = p.para(20, y + 2, 170, f"三、交货时间及地点：乙方于{date_cn(c['deliver'])}前将设备运至甲方指定厂房并完成安装调试。", 10.5, indent=False)
    y = p.para(20, y + 2, 170, "四、付款方式：到货验收合格后三十日内一次性付清。", 10.5, indent=False)
    y += 12
    p.text(20, y, "甲方（盖章）：", 10.5)
    p.text(112, y, "乙方（盖章）：", 10.5)
    p.text(20, y + 9, "法定代表人或授权代表：", 10)
    p.text(112, y + 9, "法定代表人或授权代表：", 10)
    p.sig(60, y + 7, cust["rep"])
    p.sig(152, y + 7, app["rep"])
    p.seal(55, y + 12, cust["name"], "合同专用章")
    p.seal(148, y + 12, app["name"], "合同专用章")
    f = F(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cust["name"])
    return R([p], "contract", f, "普通设备采购合同：表头网格（采购方/供货方），合计行与大写金额一致", "O01")


# ============================================================ procurement
def n03_zhongxuan(app, cust, c, rng, font="wqy"):
    """集采平台 中选通知书: 中选人, 中选金额 in 万元, 汉字 date, no contract number."""
    p = Page(font=font)
    amt = c["proc_amount"]
    wan = (amt / Decimal(10000)).quantize(Decimal("0.01"))
    plat = cust["group"] + "电子采购平台"
    p.text(105, 24, plat, 12, align="c", color=(160, 0, 0))
    p.line(25, 33, 185, 33, 0.8, (160, 0, 0))
    p.text(105, 42, "中 选 通 知 书", 20, align="c", bold=True)
    p.text(140, 56, "编号：ZX" + c["no"][-5:] + "-" + str(rng.randint(10, 99)), 9.5)
    p.text(25, 66, app["name"] + "：", 11)
    y = p.para(25, 76, 160, f"{cust['name']}（采购人）于{date_cn(c['proc_open'])}在本平台组织的“{c['name']}”"
               f"（采购项目编号：CG{c['sign'].year}-{rng.randint(1000, 9999)}）竞争性采购，经评审委员会评审、采购人确认，"
               f"贵公司被确定为中选人。中选金额：{wan:,}万元（含税），服务期限：自合同签订之日起至质保期满。", 11)
    y = p.para(25, y + 3, 160, "请贵公司在收到本通知书后三十日内与采购人签订书面合同。中选人的投标保证金人民币50,000.00元将在合同签订后"
               "五个工作日内退还。", 11)
    p.text(25, y + 8, "采购人：" + cust["name"], 11)
    p.text(25, y + 16, "平台运营机构：" + cust["group"] + "物资有限公司", 11)
    p.text(180, y + 46, date_hz(c["proc_date"]), 11, align="r")
    p.seal(148, y + 24, cust["name"], "采购专用章")
    f = F(contract_no=None, amount_yuan=wan * 10000, date=c["proc_date"], customer=cust["name"])
    return R([p], "procurement_proof", f, "集采平台中选通知书：中选金额以万元表示、落款日期为汉字、开评标日期与保证金为干扰", "N03")


def n04_selection(app, cust, c, rng, font="wqy"):
    """客户内部 选型评估报告: ranks three vendors, recommends the applicant; signed by the customer's leaders."""
    p = Page(font=font)
    amt = c["proc_amount"]
    p.text(105, 20, cust["name"], 11, align="c")
    p.text(105, 29, f"关于{c['product']}供应商选型的评估报告", 15, align="c", bold=True)
    y = p.para(20, 42, 170, f"为推进“{c['name']}”建设，公司信息化领导小组于{date_cn(c['proc_open'])}起对三家潜在供应商进行了需求调研、"
               "方案演示、样板工厂考察及商务比价，评估结果如下：", 10.5)
    o1, o2 = c["others"]
    q2 = (amt * Decimal("1.08")).quantize(Decimal("100"))
    q3 = (amt * Decimal("0.94")).quantize(Decimal("100"))
    rows = [["候选供应商", "技术得分", "商务得分", "综合得分", "报价（元）"],
            [app["name"], "58.5", "27.0", "85.5", money(amt)],
            [o1, "52.0", "25.5", "77.5", money(q2)],
            [o2, "47.5", "29.0", "76.5", money(q3)]]
    y = p.table(20, y + 3, [70, 22, 22, 22, 34], rows, 9, 8, header=True, align=["l", "c", "c", "c", "r"])
    y = p.para(20, y + 5, 170, f"评估结论：{app['name']}方案成熟度高、本地服务响应快，综合得分第一。建议选定其为本项目实施供应商，"
               f"按其最终报价人民币{daxie(amt)}签订合同。", 10.5)
    y = p.para(20, y + 2, 170, "审批意见：同意按评估结论执行，由采购部负责合同谈判及签订。", 10.5)
    y += 6
    p.text(20, y, "编制：信息中心", 10)
    p.sig(48, y - 2, cust["rep2"])
    p.text(85, y, "审核：采购部", 10)
    p.text(145, y, "批准：", 10)
    p.sig(158, y - 2, cust["rep"])
    p.text(188, y + 12, "报告日期：" + date_cn(c["proc_date"]), 10, align="r")
    p.seal(160, y + 5, cust["name"])
    f = F(contract_no=None, amount_yuan=amt, date=c["proc_date"], customer=cust["name"])
    return R([p], "procurement_proof", f, "客户内部选型评估报告：三家报价表中只有申请人的报价为字段，调研起始日期为干扰", "N04")


def o02_zhongbiao(app, cust, c, rng, font="wqy"):
    p = Page(font=font)
    amt = c["proc_amount"]
    p.text(105, 30, "中标通知书", 20, align="c", bold=True)
    p.text(25, 50, app["name"] + "：", 11)
    y = p.para(25, 60, 160, f"我单位“{c['name']}”招标项目（合同编号：{c['no']}）已于{date_cn(c['proc_open'])}开标，经评标委员会评审，"
               f"确定贵单位为中标人，中标价：人民币{daxie(amt)}（¥{money(amt)}）。", 11)
    y = p.para(25, y + 3, 160, "请接到本通知后按招标文件约定签订合同。", 11)
    p.text(110, y + 14, "招标人：" + cust["name"], 11)
    p.text(110, y + 24, "日  期：" + date_cn(c["proc_date"]), 11)
    p.seal(150, y + 18, cust["name"])
    f = F(contract_no=c["no"], amount_yuan=amt, date=c["proc_date"], customer=cust["name"])
    return R([p], "procurement_proof", f, "普通中标通知书：招标人落款、开标日期为干扰", "O02")


# ============================================================ acceptance
def n05_countersign(app, cust, c, rng, font="wqy", passed=True, issuer=None):
    """项目验收会签表: departments countersign, conclusion as drawn boxes."""
    issuer = issuer or cust["name"]
    p = Page(font=font)
    p.text(105, 20, issuer, 11, align="c")
    p.text(105, 29, "项目验收会签表", 16, align="c", bold=True)
    p.text(150, 39, "表单号：YS-" + str(rng.randint(100000, 999999)), 8.5)
    rows = [["项目名称", c["name"], None], ["合同编号", c["no"], None],
            ["承建单位", app["name"], None], ["验收组织单位", issuer, None]]
    y = p.table(20, 45, [32, 68, 70], rows, 9.5, 8)
    rows = [["会签部门", "会签意见", "签字"]]
    ops = ["功能与合同一致，同意验收", "设备运行稳定，同意", "数据接口联调完成，同意", "质量追溯功能满足要求"]
    if not passed:
        ops = ["部分工位未完成联调，不同意", "设备停机率未达标", "接口数据缺失较多", "需整改后复验"]
    for dep, op in zip(["生产部", "设备部", "信息中心", "质量部"], ops):
        rows.append([dep, op, ""])
    y0 = y + 4
    y = p.table(20, y0, [32, 98, 40], rows, 9.5, 10, header=True)
    for i in range(4):
        p.sig(153, y0 + 10 + i * 10 + 1.5, rng.choice(["王", "李", "赵", "孙", "周"]) + rng.choice(["建", "立", "晓", "海"]) + rng.choice(["华", "军", "明", "东"]), 12)
    y += 8
    p.text(20, y, "验收结论：", 11, bold=True)
    p.box(45, y + 0.6, 3.4, passed)
    p.text(50, y, "通过验收", 11)
    p.box(80, y + 0.6, 3.4, not passed)
    p.text(85, y, "不通过，限期整改", 11)
    p.text(20, y + 12, "验收日期：" + date_cn(c["accept"]), 11)
    p.text(110, y + 12, "项目负责人：", 11)
    p.sig(135, y + 10, cust["rep"])
    p.seal(150, y + 24, issuer)
    f = F(contract_no=c["no"], date=c["accept"], customer=issuer, result="passed" if passed else "failed")
    return R([p], "acceptance_report", f, "多部门验收会签表：结论用画出的勾选框表示，无金额", "N05")


def n06_kpi(app, cust, c, rng, font="wqy", passed=True, issuer=None):
    """数字化改造绩效评价及验收意见表: KPI before/after + 综合结论."""
    issuer = issuer or cust["name"]
    p = Page(font=font)
    amt = c.get("accept_amount", c["amount"])
    p.text(105, 22, "数字化改造项目绩效评价及验收意见表", 15, align="c", bold=True)
    rows = [["项目名称", c["name"]], ["实施单位", app["name"]], ["使用单位", issuer],
            ["合同金额", f"{money(amt)}元"]]
    y = p.table(20, 34, [32, 138], rows, 9.5, 8)
    rows = [["考核指标", "改造前", "目标值", "实测值", "是否达标"],
            ["设备综合效率OEE", "61%", "≥75%", "78.2%" if passed else "69.4%", "是" if passed else "否"],
            ["一次交检合格率", "96.1%", "≥98.5%", "98.9%", "是"],
            ["数据自动采集率", "35%", "≥90%", "94%" if passed else "71%", "是" if passed else "否"],
            ["人均产值提升", "—", "≥15%", "18.6%", "是"]]
    y = p.table(20, y + 5, [50, 28, 28, 30, 34], rows, 9.5, 8, header=True, align=["l", "c", "c", "c", "c"])
    if passed:
        concl = "经评价组现场核查，项目各项考核指标均达到合同约定目标，系统运行稳定，资料齐全，同意通过验收。"
    else:
        concl = "经评价组现场核查，OEE及数据自动采集率未达到目标值，本次验收不予通过，请实施单位限期整改后重新申请验收。"
    y = p.para(20, y + 6, 170, "综合结论：" + concl, 10.5, indent=False)
    y += 10
    p.text(20, y, "评价组组长：", 10.5)
    p.sig(45, y - 2, cust["rep2"])
    p.text(110, y, "使用单位（盖章）", 10.5)
    p.text(110, y + 10, date_cn(c["accept"], pad=True), 10.5)
    p.seal(140, y + 4, issuer)
    f = F(contract_no=None, amount_yuan=amt, date=c["accept"], customer=issuer, result="passed" if passed else "failed")
    return R([p], "acceptance_report", f, "绩效评价及验收意见表：指标表之后的综合结论决定结果，合同金额在表内，无合同编号", "N06")


def o03_cert(app, cust, c, rng, font="wqy", passed=True, issuer=None):
    issuer = issuer or cust["name"]
    p = Page(font=font)
    amt = c.get("accept_amount", c["amount"])
    p.text(105, 24, "项目验收证书", 18, align="c", bold=True)
    rows = [["项目名称", c["name"]], ["合同编号", c["no"]], ["合同金额", f"人民币{daxie(amt)}（¥{money(amt)}）"],
            ["验收单位", issuer], ["实施单位", app["name"]], ["验收日期", date_cn(c["accept"])],
            ["验收结论", "验收合格" if passed else "验收不合格"]]
    y = p.table(20, 38, [32, 138], rows, 10, 10)
    p.text(120, y + 20, "验收单位（盖章）：", 10.5)
    p.seal(150, y + 26, issuer)
    f = F(contract_no=c["no"], amount_yuan=amt, date=c["accept"], customer=issuer, result="passed" if passed else "failed")
    return R([p], "acceptance_report", f, "普通验收证书网格", "O03")


# ============================================================ payments
def n07_mobile(app, payer, c, pay, rng):
    """Payer-side mobile banking 转账成功 screenshot (phone-sized page)."""
    p = Page(80, 168)
    p.rect(0, 0, 80, 8, 0, fill=(245, 245, 245))
    p.text(4, 1.8, "15:%02d" % rng.randint(0, 59), 7)
    p.text(76, 1.8, "5G 87%", 7, align="r")
    p.text(40, 11, "转账详情", 10, align="c")
    p.rect(34, 22, 12, 12, 0, fill=(40, 170, 90))
    p.line(36.5, 28, 39.5, 31, 0.9, (255, 255, 255))
    p.line(39.5, 31, 44, 25, 0.9, (255, 255, 255))
    p.text(40, 37, "转账成功", 11, align="c", bold=True)
    p.text(40, 45, "¥" + money(pay["amount"]), 15, align="c", bold=True)
    rows = [("付款账户", payer["name"]), ("", payer["account"][:4] + " **** **** " + payer["account"][-4:]),
            ("收款户名", app["name"]), ("收款账号", app["account"]), ("收款银行", app["bank"]),
            ("附言", pay["memo"]), ("手续费", "0.00元"), ("转账时间", pay["date"].isoformat() + " %02d:%02d:%02d" % (rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))),
            ("交易流水号", str(rng.randint(10 ** 15, 10 ** 16)))]
    y = 58
    for k, v in rows:
        p.text(4, y, k, 7.5, color=(120, 120, 120))
        # wrap long values
        lines, cur = [], ""
        for ch in v:
            if width_mm(cur + ch, 7.5) > 48:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        for i, ln in enumerate(lines):
            p.text(76, y + i * 4, ln, 7.5, align="r")
        y += 4 * len(lines) + 4
    p.rect(8, 150, 64, 9, 0, fill=(230, 60, 60))
    p.text(40, 152, "完成", 9, align="c", color=(255, 255, 255))
    f = F(contract_no=pay.get("cites"), amount_yuan=pay["amount"], date=pay["date"], payer=payer["name"], payee=app["name"])
    return R([p], "payment_proof", f, "付款方手机银行转账成功截图：户名跨行换行，附言引用合同号，手续费为干扰", "N07")


def n08_fincomp(app, payer, c, pay, rng, font="wqy"):
    """集团财务公司 结算业务回单 (内部/跨行转账)."""
    p = Page(210, 120, font=font)
    fc = payer["group"] + "财务有限公司"
    p.text(105, 8, fc, 12, align="c", bold=True)
    p.text(105, 15, "结算业务回单", 14, align="c", bold=True)
    p.text(20, 24, "业务类型：对外支付（跨行）", 9)
    p.text(120, 24, "回单编号：" + str(rng.randint(10 ** 11, 10 ** 12)), 9)
    rows = [["付款单位", payer["name"], "收款单位", app["name"]],
            ["账号", payer["fc_account"], "账号", app["account"]],
            ["开户机构", fc, "开户银行", app["bank"]],
            ["金额（大写）", "人民币" + daxie(pay["amount"]), None, None],
            ["金额（小写）", "¥" + money(pay["amount"]), None, None],
            ["业务日期", pay["date"].strftime("%Y/%m/%d"), "摘要", pay["memo"]]]
    y = p.table(15, 29, [24, 66, 22, 68], rows, 8.5, 9)
    p.text(15, y + 4, "打印日期：" + (pay["date"] + dt.timedelta(days=rng.randint(20, 90))).isoformat(), 8)
    p.text(100, y + 4, "经办：", 8)
    p.text(140, y + 4, "复核：", 8)
    p.seal(172, y + 3, fc, "结算业务专用章", r=16)
    f = F(contract_no=pay.get("cites"), amount_yuan=pay["amount"], date=pay["date"], payer=payer["name"], payee=app["name"])
    return R([p], "payment_proof", f, "集团财务公司结算业务回单：付款单位在财务公司开户，打印日期为干扰，斜线日期", "N08")


def o04_ebank(app, payer, c, pay, rng, font="wqy"):
    p = Page(210, 110, font=font)
    p.text(105, 10, payer["bank"].split("股份")[0].split("天津")[0] + " 网上银行电子回单", 13, align="c", bold=True)
    p.text(20, 19, "电子回单号码：" + str(rng.randint(10 ** 13, 10 ** 14)), 8.5)
    rows = [["付款人", "户名", payer["name"], "收款人", "户名", app["name"]],
            [None, "账号", payer["account"], None, "账号", app["account"]],
            [None, "开户行", payer["bank"], None, "开户行", app["bank"]],
            ["金额", "人民币" + daxie(pay["amount"]) + "   ¥" + money(pay["amount"]), None, None, None, None],
            ["用途", pay["memo"], None, None, None, None],
            ["交易时间", pay["date"].isoformat() + " %02d:%02d" % (rng.randint(9, 16), rng.randint(0, 59)), None, None, None, None]]
    # merged first column cells: draw as plain rows (simple look)
    rows2 = [[r[0] or "", r[1], r[2], r[3] or "", r[4], r[5]] if r[1] is not None else r for r in rows]
    y = p.table(15, 24, [16, 14, 60, 16, 14, 60], rows2, 8.5, 8.5)
    p.seal(168, y - 6, payer["bank"].split("股份")[0] + "电子回单专用章", "", r=14)
    f = F(contract_no=pay.get("cites"), amount_yuan=pay["amount"], date=pay["date"], payer=payer["name"], payee=app["name"])
    return R([p], "payment_proof", f, "普通网银电子回单", "O04")


# ============================================================ subcontracts
def n09_testsub(app, sup, s, rng, font="wqy", party=None):
    party = party or app
    p = Page(font=font)
    amt = s["amount"]
    p.text(105, 20, "软件测试服务分包合同", 17, align="c", bold=True)
    p.text(20, 32, "合同编号：" + s["no"], 10)
    p.text(120, 32, "签订日期：" + date_cn(s["sign"]), 10)
    rows = [["甲方（总包方/委托方）", party["name"]], ["统一社会信用代码", party["uscc"]],
            ["乙方（分包方/测试方）", sup["name"]], ["统一社会信用代码", sup["uscc"]], ["乙方地址", sup["address"]]]
    y = p.table(20, 38, [46, 124], rows, 9.5, 8)
    for t in [f"一、服务内容：乙方承担甲方总包项目“{s['parent']}”中MES及设备联网软件的功能测试、接口测试与性能压测，出具测试报告。",
              f"二、分包价款：固定总价人民币{daxie(amt)}（小写：{money(amt)}元），已含增值税（税率6%）。",
              "三、付款：测试报告经甲方确认后十五个工作日内一次性支付。乙方应开具增值税专用发票。",
              "四、保密：乙方对测试中接触的甲方及最终用户数据负有保密义务，保密期五年。",
              "五、本合同经双方签字盖章后生效，未尽事宜另行协商。"]:
        y = p.para(20, y + 4, 170, t, 10.5, indent=False)
    y += 12
    p.text(20, y, "甲方（盖章）：", 10.5)
    p.text(112, y, "乙方（盖章）：", 10.5)
    p.sig(45, y + 8, party["rep"])
    p.sig(137, y + 8, sup["rep"])
    p.seal(52, y + 10, party["name"], "合同专用章")
    p.seal(145, y + 10, sup["name"], "合同专用章")
    f = F(contract_no=s["no"], amount_yuan=amt, date=s["sign"], customer=party["name"])
    return R([p], "subcontract", f, "软件测试服务分包合同：甲方（总包方/委托方）、乙方（分包方/测试方）", "N09")


def n10_cabinet(app, sup, s, rng, font="wqy", party=None):
    """电控柜成套加工分包合同: total only in the 报价单 合计, date only in prose."""
    party = party or app
    amt = s["amount"]
    p = Page(font=font)
    p.text(105, 20, "电控柜成套加工分包合同", 17, align="c", bold=True)
    p.text(188, 30, "编号：" + s["no"], 9.5, align="r")
    y = p.para(20, 40, 170, f"甲方（总包方）：{party['name']}", 10.5, indent=False)
    y = p.para(20, y + 1, 170, f"乙方（分包方）：{sup['name']}（统一社会信用代码 {sup['uscc']}，住所：{sup['address']}）", 10.5, indent=False)
    y = p.para(20, y + 3, 170, f"甲方承接“{s['parent']}”后，将其中PLC控制柜、配电柜的成套加工分包给乙方。本合同由双方于"
               f"{date_cn(s['sign'])}在甲方会议室签订。乙方应按甲方图纸加工，出厂前由甲方进行FAT测试，交货期为签订后45日。", 10.5)
    y = p.para(20, y + 2, 170, "分包价格以附件报价单为准（含税、含运费），甲方在柜体到货验收后30日内付清。", 10.5)
    p.text(105, y + 6, "附件：报价单", 12, align="c", bold=True)
    u1 = (amt * Decimal("0.42") / 6).quantize(Decimal("1"))
    u2 = (amt * Decimal("0.33") / 5).quantize(Decimal("1"))
    rest = amt - u1 * 6 - u2 * 5
    rows = [["序号", "名称", "数量", "单价（元）", "小计（元）"], ["1", "PLC主控柜", "6", money(u1), money(u1 * 6)],
            ["2", "动力配电柜", "5", money(u2), money(u2 * 5)], ["3", "现场操作箱及线缆附件", "1批", money(rest), money(rest)],
            ["", "合计（含税）", "", "", money(amt)]]
    y = p.table(20, y + 14, [14, 66, 18, 36, 36], rows, 9.5, 8, header=True, align=["c", "l", "c", "r", "r"])
    y += 14
    p.text(20, y, "甲方代表：", 10.5)
    p.sig(42, y - 2, party["rep"])
    p.text(112, y, "乙方代表：", 10.5)
    p.sig(134, y - 2, sup["rep"])
    p.seal(60, y + 6, party["name"], "合同专用章")
    p.seal(150, y + 6, sup["name"], "合同专用章")
    f = F(contract_no=s["no"], amount_yuan=amt, date=s["sign"], customer=party["name"])
    return R([p], "subcontract", f, "电控柜加工分包合同：金额只在报价单合计行，签订日期只在正文，交货期为干扰", "N10")


# ============================================================ meetings
def _att_rows(att, mode):
    rows = []
    for i, a in enumerate(att, 1):
        if mode == "code":
            rows.append([str(i), a["name"], a["uscc"], a["intent"], ""])
        else:
            rows.append([str(i), a["name"], a["address"], a["person"], a["phone"]])
    return rows


def n11_matchmaking(app, m, att, rng, font="wqy"):
    """供需对接会 现场记录 + 对接意向登记表 (sheet with codes)."""
    p1 = Page(font=font)
    p1.text(105, 22, "活动现场记录", 17, align="c", bold=True)
    rows = [["活动名称", m["name"]], ["时间", date_cn(m["date"]) + " 14:00—17:30"], ["地点", m["place"]],
            ["主办单位", app["name"]], ["记录人", "市场部 " + app["rep2"]]]
    y = p1.table(20, 34, [30, 140], rows, 10, 9)
    for t in ["一、活动概况：本次活动围绕离散制造企业设备联网、生产排程与质量追溯需求，组织解决方案方与需求企业开展一对一对接。",
              "二、主要内容：主办方介绍了三个已验收的数字化车间案例；参会企业分组提出需求，现场登记对接意向；专家就项目申报与实施路径答疑。",
              "三、后续安排：对有明确意向的企业，主办方将在一个月内安排上门调研，并提供免费诊断服务。"]:
        y = p1.para(20, y + 5, 170, t, 10.5)
    p1.text(20, y + 12, "附：对接意向登记表（参会单位签到）", 10.5)
    p2 = Page(font=font)
    p2.text(105, 16, "对接意向登记表", 15, align="c", bold=True)
    p2.text(20, 25, "活动：" + m["name"] + "    日期：" + date_dot(m["date"]), 9)
    rows = [["序号", "企业名称", "统一社会信用代码", "对接意向", "签名"]] + _att_rows(att, "code")
    y = p2.table(12, 30, [10, 68, 46, 34, 28], rows, 8.2, 7.2, header=True, align=["c", "l", "l", "l", "l"])
    for i, a in enumerate(att):
        p2.sig(171, 30 + 7.2 * (i + 1) + 0.4, a["person"], 10)
    f = F(date=m["date"], title=m["name"])
    return R([p1, p2], "meeting_record", f, "供需对接会现场记录＋对接意向登记表（带信用代码、签名列）", "N11",
             attendees=[dict(name=a["name"], uscc=a["uscc"], address=None) for a in att])


def n12_minutes(app, m, att, rng, font="wqy"):
    """经验交流会 会议纪要 (期号) + 签到表 with addresses, no codes."""
    p1 = Page(font=font)
    p1.text(105, 20, app["name"], 12, align="c", color=(170, 0, 0))
    p1.text(105, 30, "会 议 纪 要", 20, align="c", bold=True, color=(170, 0, 0))
    p1.text(22, 42, f"〔{m['date'].year}〕第{m['seq']}期", 10)
    p1.text(188, 42, date_cn(m["date"]), 10, align="r")
    p1.line(20, 48, 190, 48, 0.8, (170, 0, 0))
    p1.text(105, 54, m["name"] + "纪要", 13, align="c", bold=True)
    y = p1.para(20, 64, 170, f"{date_cn(m['date'])}，{app['name']}在{m['place']}召开{m['name']}。"
                "来自区内装备制造、汽车零部件、新材料等行业的企业代表参加会议（名单见签到表）。现将会议主要内容纪要如下：", 10.5)
    for t in ["一、经验分享。公司项目经理介绍了数字化车间从设备联网、数据治理到排产优化的实施经验，展示了三个已验收项目的前后对比数据。",
              "二、企业交流。参会企业围绕老旧设备改造成本、数据安全、人员技能等问题进行了交流。",
              "三、会议议定。各参会企业可于一个月内提交诊断需求，公司将安排专家上门开展免费诊断。"]:
        y = p1.para(20, y + 3, 170, t, 10.5)
    p1.seal(150, y + 20, app["name"])
    p2 = Page(font=font)
    p2.text(105, 16, m["name"] + " 签到表", 14, align="c", bold=True)
    rows = [["序号", "单位名称", "单位地址", "参会人员", "联系电话"]] + _att_rows(att, "addr")
    p2.table(10, 26, [10, 62, 70, 22, 26], rows, 7.6, 7, header=True, align=["c", "l", "l", "l", "l"])
    f = F(date=m["date"], title=m["name"])
    return R([p1, p2], "meeting_record", f, "红头会议纪要（期号）＋按地址判断的签到表（无信用代码）", "N12",
             attendees=[dict(name=a["name"], uscc=None, address=a["address"]) for a in att])


def n13_visit(app, m, att, rng, font="wqy"):
    """观摩交流会: two files — 观摩活动纪要 (no sheet) and 分组签到表 with a 会议名称 label."""
    p1 = Page(font=font)
    p1.text(105, 22, m["name"] + "活动纪要", 15, align="c", bold=True)
    y = p1.para(20, 36, 170, f"时间：{date_cn(m['date'])}上午9:30", 10.5, indent=False)
    y = p1.para(20, y + 1, 170, f"地点：{m['place']}（现场观摩）", 10.5, indent=False)
    for t in ["本次观摩交流会分两组参观了智能仓储、柔性装配线与车间数字孪生看板，随后在会议室开展座谈。",
              "座谈中，企业代表重点询问了项目投资回收期、改造期间如何不停产等问题，主办方逐一作了解答。",
              "参会企业签到情况见《分组签到表》。"]:
        y = p1.para(20, y + 4, 170, t, 10.5)
    p1.text(188, y + 20, app["name"], 10.5, align="r")
    p1.text(188, y + 28, date_cn(m["date"]), 10.5, align="r")
    p2 = Page(font=font)
    p2.text(105, 16, "分组签到表", 15, align="c", bold=True)
    p2.text(15, 26, "会议名称：" + m["name"], 10)
    p2.text(15, 32, "日期：" + date_cn(m["date"]), 10)
    half = (len(att) + 1) // 2
    y = 40
    for gi, grp in enumerate((att[:half], att[half:])):
        p2.text(15, y, ["第一组（带队：项目部）", "第二组（带队：市场部）"][gi], 10, bold=True)
        rows = [["序号", "单位名称", "统一社会信用代码", "姓名", "已签到"]]
        for i, a in enumerate(grp, 1):
            rows.append([str(i), a["name"], a["uscc"], a["person"], ""])
        y0 = y + 5
        y = p2.table(15, y0, [10, 70, 48, 24, 20], rows, 8, 7, header=True, align=["c", "l", "l", "l", "c"])
        for i in range(len(grp)):
            p2.box(181, y0 + 7 * (i + 1) + 1.9, 3.0, True)
        y += 6
    f = F(date=m["date"], title=m["name"])
    d1 = R([p1], "meeting_record", f, "观摩交流会活动纪要（签到表为单独文件）", "N13", attendees=None)
    d2 = R([p2], "meeting_record", dict(f), "观摩交流会分组签到表（单独文件，带会议名称标签、画出的签到勾）", "N13",
           attendees=[dict(name=a["name"], uscc=a["uscc"], address=None) for a in att])
    return d1, d2


# ============================================================ diagnoses
LABELS = ["诊断对象", "受诊断单位", "被诊断企业", "服务对象"]


def _diag_head(p, title, d, lab, app):
    p.text(105, 18, title, 14, align="c", bold=True)
    p.text(20, 30, f"{lab}：{d['customer']}", 10.5)
    p.text(20, 37, f"统一社会信用代码：{d['uscc']}", 10)
    p.text(120, 37, f"诊断日期：{date_cn(d['date'])}", 10)
    p.text(20, 44, f"诊断机构：{app['name']}", 10)
    p.line(20, 50, 190, 50, 0.4)
    return 55


def n14_cmmm(app, d, rng, font="wqy", solution=True):
    p = Page(font=font)
    y = _diag_head(p, d["title"], d, LABELS[d["seq"] % 4], app)
    p.text(20, y, "一、企业现状", 11, bold=True)
    y = p.para(20, y + 6, 170, f"该企业主营{d['industry']}，现有生产线{rng.randint(3, 9)}条，ERP已上线，车间层以纸质工单为主。对照"
               "GB/T 39116《智能制造能力成熟度模型》开展现场评估，各能力子域得分如下：", 10)
    rows = [["能力要素", "评估得分", "成熟度等级"], ["设计", "2.1", "二级"], ["生产", "1.6", "一级"], ["物流", "1.4", "一级"],
            ["销售与服务", "2.3", "二级"], ["资源要素/互联互通", "1.5", "一级"], ["综合", "1.74", "一级（规划级）"]]
    y = p.table(35, y + 2, [50, 30, 50], rows, 9, 7, header=True, align=["l", "c", "c"])
    p.text(20, y + 5, "二、主要问题", 11, bold=True)
    y = p.para(20, y + 11, 170, "（1）设备数据未采集，产量、停机依赖人工统计；（2）计划与车间执行脱节，插单频繁；（3）质量数据分散，无法追溯到批次。", 10)
    if solution:
        p.text(20, y + 3, "三、改进建议与解决方案", 11, bold=True)
        y = p.para(20, y + 9, 170, "建议分两期实施：一期部署设备联网与MES基础模块（工单、报工、质量检验），目标在六个月内达到成熟度二级；"
                   "二期建设APS排程与质量追溯，打通ERP与MES数据，预计投资180万元，OEE提升8个百分点。", 10)
    p.text(120, y + 12, "诊断专家：", 10)
    p.sig(140, y + 10, app["rep2"])
    p.seal(160, y + 20, app["name"])
    f = F(date=d["date"], customer=d["customer"], title=d["title"])
    return R([p], "diagnosis_report", f, "智能制造能力成熟度（GB/T 39116）评估诊断：评分表" + ("＋改进建议" if solution else "，缺少解决方案部分"), "N14",
             solution_section=solution)


def n15_4m1e(app, d, rng, font="wqy", solution=True):
    p = Page(font=font)
    lab = LABELS[(d["seq"] + 1) % 4]
    p.text(105, 18, d["title"], 14, align="c", bold=True)
    rows = [[lab, d["customer"]], ["所属行业", d["industry"]], ["现场诊断时间", date_cn(d["date"])], ["诊断人员", app["rep2"] + "、" + app["rep3"]]]
    y = p.table(20, 28, [34, 136], rows, 10, 8)
    p.text(20, y + 5, "一、企业现状（人、机、料、法、环）", 11, bold=True)
    rows = [["要素", "现场观察"], ["人", "关键工位依赖老师傅经验，新员工上岗培训周期约3个月"],
            ["机", "关键设备" + str(rng.randint(20, 60)) + "台，仅少数具备通讯接口，故障停机无记录"],
            ["料", "物料按纸质领料单发放，线边库存账实不符"], ["法", "作业指导书为纸质版，版本管理混乱"],
            ["环", "车间温湿度未监控，对喷涂质量有影响"]]
    y = p.table(20, y + 11, [20, 150], rows, 9, 7.5, header=True)
    p.text(20, y + 5, "二、主要问题", 11, bold=True)
    y = p.para(20, y + 11, 170, "现场管理以人工为主，生产过程数据缺失，异常响应慢，质量问题难以追溯到人员、设备和物料批次。", 10)
    if solution:
        p.text(20, y + 3, "三、实施方案", 11, bold=True)
        y = p.para(20, y + 9, 170, "（1）部署设备物联网关，采集关键设备状态与能耗；（2）上线电子作业指导书与扫码报工；（3）建立线边库WMS；"
                   "（4）加装环境监测并与工艺参数联动报警。分三个月实施，由我公司提供方案设计与集成服务。", 10)
    p.text(120, y + 12, "出具单位：" + app["name"], 9.5)
    p.seal(165, y + 14, app["name"])
    f = F(date=d["date"], customer=d["customer"], title=d["title"])
    return R([p], "diagnosis_report", f, "4M1E现场诊断报告：诊断对象标签在表格中" + ("，含实施方案" if solution else "，无实施方案"), "N15",
             solution_section=solution)


def n16_table(app, d, rng, font="wqy", solution=True):
    p = Page(font=font)
    lab = LABELS[(d["seq"] + 2) % 4]
    p.text(105, 18, d["title"], 14, align="c", bold=True)
    p.text(20, 30, f"{lab}：{d['customer']}", 10.5)
    p.text(20, 37, f"报告日期：{date_dot(d['date'])}", 10)
    p.text(20, 46, "一、企业现状", 11, bold=True)
    y = p.para(20, 52, 170, f"企业从事{d['industry']}，年产值约{rng.randint(3, 30)}亿元，已建有OA、财务系统，生产现场设备以单机自动化为主。", 10)
    p.text(20, y + 3, "二、问题—原因" + ("—对策" if solution else "") + "分析", 11, bold=True)
    if solution:
        rows = [["主要问题", "原因分析", "对策与建议"],
                ["交期达成率低（82%）", "排产依赖Excel，插单无评估", "导入APS有限产能排程"],
                ["设备故障停机多", "无点检记录和预防性维护", "上线设备管理模块+点检APP"],
                ["在制品积压", "工序间无拉动信号", "建立看板拉动与安灯系统"]]
        w = [55, 55, 60]
    else:
        rows = [["主要问题", "原因分析"],
                ["交期达成率低（82%）", "排产依赖Excel，插单无评估"],
                ["设备故障停机多", "无点检记录和预防性维护"],
                ["在制品积压", "工序间无拉动信号"]]
        w = [80, 90]
    y = p.table(20, y + 9, w, rows, 9, 9, header=True)
    p.text(190, y + 16, app["name"], 10, align="r")
    p.seal(160, y + 16, app["name"])
    f = F(date=d["date"], customer=d["customer"], title=d["title"])
    return R([p], "diagnosis_report", f, "问题—原因—对策表式诊断" + ("" if solution else "：只有问题和原因两列，没有对策"), "N16",
             solution_section=solution)


# ============================================================ standards
def n17_bianzhi(app, st, rng, font="wqy"):
    p1 = Page(font=font)
    p1.text(105, 22, f"《{st['name']}》", 15, align="c", bold=True)
    p1.text(105, 32, "团体标准编制说明（送审稿）", 13, align="c")
    y = 44
    for h, t in [("一、工作简况", f"本标准由天津市智能制造产业协会提出并归口，{app['name']}牵头起草，{st['year']}年立项。"),
                 ("二、编制原则", "遵循GB/T 1.1—2020的规定，与现行国家标准、行业标准协调一致。"),
                 ("三、主要技术内容", "规定了术语和定义、系统架构、功能要求、数据接口及测试方法。"),
                 ("四、征求意见处理", "共发出征求意见稿23份，收到意见41条，采纳35条，部分采纳4条，未采纳2条。")]:
        p1.text(20, y, h, 11, bold=True)
        y = p1.para(20, y + 6.5, 170, t, 10.5) + 3
    p2 = Page(font=font)
    p2.text(20, 20, "ICS 25.040", 10)
    p2.text(20, 26, "CCS J 07", 10)
    p2.text(190, 30, "T/TJZZ " + st["code"], 13, align="r", bold=True)
    p2.text(105, 45, "团    体    标    准", 22, align="c", bold=True)
    p2.line(20, 55, 190, 55, 0.8)
    p2.text(105, 100, st["name"], 18, align="c", bold=True)
    p2.text(105, 120, "（送审稿）", 13, align="c")
    p2.text(105, 240, "天津市智能制造产业协会  发布", 13, align="c")
    p2.line(20, 232, 190, 232, 0.8)
    f = F(title=st["name"])
    return R([p1, p2], "standard_draft", f, "团体标准编制说明在前、送审稿封面在后", "N17")


def o05_draft(app, st, rng, font="wqy"):
    p = Page(font=font)
    p.text(20, 20, "ICS 35.240.50", 10)
    p.text(190, 30, "Q/12" + app["uscc"][4:8] + " " + st["code"], 13, align="r", bold=True)
    p.text(105, 45, app["name"] + "企业标准", 18, align="c", bold=True)
    p.line(20, 55, 190, 55, 0.8)
    p.text(105, 100, st["name"], 18, align="c", bold=True)
    p.text(105, 118, "（征求意见稿）", 13, align="c")
    p.text(105, 240, app["name"] + "  发布", 12, align="c")
    f = F(title=st["name"])
    return R([p], "standard_draft", f, "企业标准征求意见稿封面", "O05")


# ============================================================ look-alikes
def l01_bidcover(app, cust, c, rng):
    p = Page()
    p.text(105, 60, c["name"], 16, align="c", bold=True)
    p.text(105, 85, "投 标 文 件", 26, align="c", bold=True)
    p.text(105, 100, "（正本）", 13, align="c")
    p.text(50, 150, "招 标 人：" + cust["name"], 12)
    p.text(50, 162, "投 标 人：" + app["name"] + "（盖单位章）", 12)
    p.text(50, 174, "投标报价：人民币" + money(c["amount"] * Decimal("1.03")) + "元", 12)
    p.text(50, 186, "日    期：" + date_cn(c["proc_open"] - dt.timedelta(days=1)), 12)
    p.seal(140, 166, app["name"])
    return R([p], "other", F(), "相似文件：申请人自己的投标文件封面（不是采购结果）", "L01")


def l02_payreq(app, cust, c, rng):
    p = Page(210, 130)
    p.text(105, 12, cust["name"], 11, align="c")
    p.text(105, 20, "付款申请单", 15, align="c", bold=True)
    amt = c["amount"] * Decimal("0.3")
    rows = [["申请部门", "采购部", "申请日期", date_cn(c["sign"] + dt.timedelta(days=10))],
            ["收款单位", app["name"], None, None], ["付款事由", "支付" + c["no"] + "预付款（30%）", None, None],
            ["申请金额", "人民币" + daxie(amt) + "（¥" + money(amt) + "）", None, None],
            ["部门负责人", "", "财务审核", ""], ["总经理审批", "", "出纳付款", ""]]
    p.table(15, 28, [28, 70, 28, 54], rows, 9.5, 10)
    return R([p], "other", F(), "相似文件：客户内部付款申请单，审批栏空白、未付款", "L02")


def l03_diagapply(app, d, rng):
    p = Page()
    p.text(105, 22, "智能制造免费诊断服务申请表", 15, align="c", bold=True)
    rows = [["企业名称", d["customer"]], ["统一社会信用代码", d["uscc"]], ["所属行业", d["industry"]],
            ["诊断需求", "设备联网、生产过程透明化"], ["期望诊断时间", (d["date"] - dt.timedelta(days=14)).strftime("%Y年%m月")],
            ["企业意见", "同意接受诊断，并配合提供相关资料。"]]
    p.table(20, 34, [40, 130], rows, 10, 11)
    return R([p], "other", F(), "相似文件：企业的免费诊断申请表（不是诊断报告）", "L03")


def l04_invoice(app, cust, c, rng):
    p = Page(210, 140)
    p.text(105, 12, "电子发票（增值税专用发票）", 15, align="c", bold=True, color=(150, 60, 20))
    p.text(150, 24, "发票号码：" + str(rng.randint(10 ** 19, 10 ** 20)), 8)
    p.text(150, 30, "开票日期：" + date_cn(c["accept"] + dt.timedelta(days=3)), 8)
    rows = [["购买方", "名称：" + cust["name"] + "\n统一社会信用代码/纳税人识别号：" + cust["uscc"], "销售方",
             "名称：" + app["name"] + "\n统一社会信用代码/纳税人识别号：" + app["uscc"]],
            ["项目名称", "*信息技术服务*系统集成服务", None, None],
            ["价税合计（大写）", daxie(c["amount"]), "（小写）", "¥" + money(c["amount"])]]
    p.table(10, 36, [26, 74, 18, 72], rows, 8, 10, )
    return R([p], "other", F(), "相似文件：增值税电子发票（不是付款凭证）", "L04")
