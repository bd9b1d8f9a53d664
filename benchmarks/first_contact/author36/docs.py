"""Genres. Each builder(d) gets a dict d with the document's facts and returns (pages, fields).
Fields are exactly what the page states (None when it does not state it)."""
import datetime as dt
from render import Page, spaced
from util import daxie, comma, fmt_yuan, wan_str, d_cn, d_cn0, d_hanzi, d_dot, yuan

BLUE = (25, 45, 160)
GREY = (90, 90, 90)


def F(**kw):
    f = dict(contract_no=None, amount_yuan=None, date=None, customer=None,
             payer=None, payee=None, result=None, title=None)
    f.update(kw)
    return f


def rmb(a):
    return "人民币%s（¥%s）" % (daxie(a), comma(a))


def sign_block(p, left_role, left, right_role, right, date_txt=None, seal_l="合同专用章", seal_r="合同专用章", y=None):
    y = y or p.y + 10
    p.text(60, y, "%s（盖章）：%s" % (left_role, left), size=10)
    p.text(320, y, "%s（盖章）：%s" % (right_role, right), size=10)
    p.text(60, y + 22, "法定代表人或授权代表：", size=10)
    p.text(320, y + 22, "法定代表人或授权代表：", size=10)
    if date_txt:
        p.text(60, y + 44, "签订日期：%s" % date_txt, size=10)
        p.text(320, y + 44, "签订日期：%s" % date_txt, size=10)
    p.seal(150, y + 26, left, seal_l)
    p.seal(420, y + 26, right, seal_r)
    p.y = y + 80


# ======================= contracts =======================
def contract_plain(d):
    """O1 ordinary contract in own wording: 甲方/乙方 prose; distractors 预付款/质保金/违约金/交货期."""
    c, app, rng, a = d["c"], d["app"], d["rng"], d["amount"]
    p = Page()
    p.text(470, 40, "合同编号：%s" % c["contract_no"], size=9)
    p.title(c["name"] + "合同", 16)
    sp = d.get("spaced", False)
    la, lb = (spaced("甲方"), spaced("乙方")) if sp else ("甲方", "乙方")
    p.kv([(la + "（需方）：", d["customer"]), ("住所：", c["cust_addr"]),
          (lb + "（供方）：", app["name"]), ("住所：", app["addr"])], lw=90)
    p.para("根据《中华人民共和国民法典》及相关法律法规，甲乙双方经友好协商，就甲方%s事宜达成如下协议，以资共同遵守。" % c["name"])
    p.para("第一条 项目内容：乙方为甲方提供%s的方案设计、设备供货、软件部署、安装调试及培训服务，具体范围见附件技术协议。" % c["name"])
    adv = yuan(a) * yuan("0.3")
    p.para("第二条 合同价款：本合同总价款为%s，含税。甲方于合同生效后十个工作日内向乙方支付预付款%s元（合同总价的30%%），"
           "验收合格后支付至合同总价的95%%，余款%s元作为质保金，质保期满后无息支付。" % (rmb(a), comma(adv), comma(yuan(a) * yuan("0.05"))))
    if d.get("provisional"):
        p.para("其中，MES二次开发费用为暂定价%s元，按实际工作量结算，结算后合同总价款不作调整。" % comma(yuan(a) * yuan("0.08")))
    p.para("第三条 交付期限：乙方应于%s前完成设备到货，%s前完成安装调试。" % (d_cn(c["sign"] + dt.timedelta(days=45)), d_cn(c["sign"] + dt.timedelta(days=90))))
    p.para("第四条 违约责任：任何一方逾期履行的，每日按合同总价的0.05%%向对方支付违约金，违约金累计不超过%s元。" % comma(yuan(a) * yuan("0.1")))
    p.para("第五条 争议解决：履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。")
    sign_block(p, "甲方", d["customer"], "乙方", app["name"], d_cn(c["sign"]) if not d.get("date_spaced") else "%d 年 %d 月 %d 日" % (c["sign"].year, c["sign"].month, c["sign"].day))
    return [p], F(contract_no=c["contract_no"], amount_yuan=fmt_yuan(a), date=c["sign"].isoformat(), customer=d["customer"])


def contract_fillin(d):
    """G01 printed blank form contract filled by hand in blue ink; printed 通用条款 on page 2."""
    c, app, a = d["c"], d["app"], d["amount"]
    p = Page()
    p.title("工业自动化设备订货合同", 17, 22)
    p.text(p.w / 2, p.y, "（格式文本 · 空白处由双方手工填写）", size=9, align="c", color=GREY)
    p.y += 26
    rows = [("合同编号：", c["contract_no"]), ("订货单位（甲方）：", d["customer"]), ("供货单位（乙方）：", app["name"]),
            ("签订地点：", "天津市"), ("签订时间：", "%d 年 %d 月 %d 日" % (c["sign"].year, c["sign"].month, c["sign"].day))]
    for k, v in rows:
        p.text(60, p.y, k, size=10.5)
        p.line(170, p.y + 14, 530, p.y + 14, 0.5)
        p.text(178, p.y - 2, v, size=12, color=BLUE, hand=True)
        p.y += 28
    p.y += 6
    p.table(["序号", "设备/系统名称", "数量", "金额（元）"],
            [["1", c["name"], "1 套", ""], ["", "", "", ""], ["合计", "", "", ""]], widths=[50, 260, 70, 115], rh=24)
    # handwritten amount in the 合计 row
    p.text(440, p.y - 14 - 24 + 4, comma(a), size=11, color=BLUE, hand=True)
    p.text(60, p.y, "合计人民币（大写）：", size=10.5)
    p.line(170, p.y + 14, 530, p.y + 14, 0.5)
    p.text(178, p.y - 2, daxie(a), size=12, color=BLUE, hand=True)
    p.y += 30
    p.text(60, p.y, "交（提）货时间：", size=10.5)
    p.text(178, p.y - 2, "合同签订后 60 天内", size=12, color=BLUE, hand=True)
    p.y += 28
    p.text(60, p.y, "结算方式及期限：", size=10.5)
    p.text(178, p.y - 2, "预付30%，验收后付至100%", size=12, color=BLUE, hand=True)
    p.y += 34
    p.para("本合同经双方签字盖章后生效，其余条款见背面《通用条款》。", size=10)
    sign_block(p, "甲方", d["customer"], "乙方", app["name"])
    p2 = Page()
    p2.title("通 用 条 款", 13, 22)
    for i, t in enumerate(["质量标准：按国家标准、行业标准执行；无国家、行业标准的，按企业标准执行。",
                           "验收标准、方法及提出异议期限：甲方应在到货后十五日内组织验收，逾期视为验收合格。",
                           "违约责任：逾期交货的，每逾期一日按逾期部分货款的万分之五支付违约金。",
                           "不可抗力：因不可抗力不能履行合同的，应及时通知对方并提供证明。",
                           "合同争议的解决方式：协商解决；协商不成的，提交天津仲裁委员会仲裁。",
                           "其他约定事项：本合同正面手写内容与印刷内容具有同等效力。"]):
        p2.para("%d．%s" % (i + 1, t), size=8.5, indent=False)
    return [p, p2], F(contract_no=c["contract_no"], amount_yuan=fmt_yuan(a), date=c["sign"].isoformat(), customer=d["customer"])


def contract_usd(d):
    """G02 foreign-invested customer: price quoted in USD, settled in RMB (the RMB total is the contract amount)."""
    c, app, a, rng = d["c"], d["app"], d["amount"], d["rng"]
    rate = yuan("7.0%d" % rng.randint(100, 999)) if False else rng.choice([yuan("7.0467"), yuan("7.1268"), yuan("6.9646"), yuan("7.2258")])
    usd = (yuan(a) / rate).quantize(yuan("1"))
    p = Page()
    p.title("设备采购及系统集成合同", 16, 20)
    p.text(p.w / 2, p.y, "Equipment Purchase and System Integration Contract", size=10, align="c", color=GREY)
    p.y += 24
    p.kv([("合同号 Contract No.：", c["contract_no"]), ("买方 The Buyer：", d["customer"]),
          ("（外商投资企业）地址：", c["cust_addr"]), ("卖方 The Seller：", app["name"]), ("地址 Address：", app["addr"])], lw=130, size=10)
    p.para("1．合同标的：卖方向买方提供%s所需设备、软件及集成服务，明细见附件一《供货清单》。" % c["name"], size=10)
    p.para("2．合同价格（Contract Price）：本合同以美元报价，报价总额为 USD %s（按买方预算汇率 1 USD = %s CNY 折算）。"
           "双方同意以人民币结算，合同结算总价固定为%s，不随汇率变动而调整。" % ("{:,.2f}".format(usd), rate, rmb(a)), size=10)
    p.para("3．付款条件：合同签订后买方支付结算总价的20%作为预付款；到货后支付50%；终验收合格后支付25%；剩余5%作为质量保证金。", size=10)
    p.para("4．交货时间：%s前交付至买方天津工厂（DAP Tianjin）。" % d_cn(c["sign"] + dt.timedelta(days=60)), size=10)
    p.para("5．本合同以中文文本为准，英文仅供参考。", size=10)
    p.y += 4
    p.text(60, p.y, "Signed on %s  签订日期：%s" % (c["sign"].strftime("%d %b %Y"), d_cn0(c["sign"])), size=10)
    p.y += 20
    sign_block(p, "买方", d["customer"], "卖方", app["name"])
    return [p], F(contract_no=c["contract_no"], amount_yuan=fmt_yuan(a), date=c["sign"].isoformat(), customer=d["customer"])


# ======================= acceptance =======================
def acc_grid(d):
    """O2 ordinary ruled acceptance report."""
    c, app, a = d["c"], d["app"], d["amount"]
    p = Page()
    p.title("项目验收报告", 17)
    res = "合格，同意通过验收" if d["result"] == "passed" else "不合格，不同意通过验收"
    rows = [["项目名称", c["name"]], ["合同编号", c["contract_no"]], ["建设单位", d["customer"]], ["承建单位", app["name"]],
            ["合同金额", rmb(a)], ["验收日期", d_cn(d["date"])], ["验收结论", res]]
    p.table(["项目", "内容"], rows, widths=[110, 385], rh=30, size=10, head=False)
    p.para("验收组对项目的设备到货、安装调试、系统功能和性能指标、技术文档进行了逐项检查，意见如上。", size=10)
    p.y += 20
    p.text(330, p.y, "建设单位（盖章）：", size=10)
    p.seal(420, p.y + 30, d["customer"], "")
    p.text(330, p.y + 60, d_cn(d["date"]), size=10)
    p.y += 90
    return [p], F(contract_no=c["contract_no"], amount_yuan=fmt_yuan(a), date=d["date"].isoformat(),
                  customer=d["customer"], result=d["result"])


def acc_inbound(d):
    """G03 customer's ERP 物资验收入库单 (goods-receipt with QC conclusion)."""
    c, app, a, rng = d["c"], d["app"], d["amount"], d["rng"]
    p = Page(842, 595)
    p.y = 36
    p.text(421, p.y, d["customer"], size=13, align="c")
    p.y += 22
    p.text(421, p.y, spaced("物资验收入库单", " "), size=16, align="c")
    p.y += 30
    p.text(50, p.y, "入库单号：RK%s%03d" % (d["date"].strftime("%Y%m%d"), rng.randint(1, 999)), size=9.5)
    p.text(300, p.y, "采购合同号：%s" % c["contract_no"], size=9.5)
    p.text(560, p.y, "入库日期：%s" % d["date"].isoformat(), size=9.5)
    p.y += 18
    p.text(50, p.y, "供应商：%s" % app["name"], size=9.5)
    p.text(560, p.y, "仓库：设备备件库（02）", size=9.5)
    p.y += 20
    n = 3
    parts = [yuan(a) * yuan(x) for x in ("0.52", "0.31")]
    parts.append(yuan(a) - sum(parts))
    names = ["工业控制柜及PLC系统", "数据采集网关及传感器", "MES软件授权及实施"]
    rows = []
    for i in range(n):
        rows.append(["%d" % (i + 1), "WZ%07d" % rng.randint(10 ** 6, 10 ** 7 - 1), names[i], "套", "1", "1", comma(parts[i]), comma(parts[i])])
    rows.append(["", "", "合  计", "", "", "", "", comma(a)])
    p.table(["序号", "物料编码", "物料名称", "单位", "应收数量", "实收数量", "单价（元）", "金额（元）"], rows,
            widths=[40, 90, 220, 45, 65, 65, 110, 110], rh=22, size=9)
    p.text(50, p.y, "质检结论：", size=10)
    p.text(120, p.y, "■ 合格   □ 让步接收   □ 不合格" if d["result"] == "passed" else "□ 合格   □ 让步接收   ■ 不合格", size=10)
    p.text(430, p.y, "验收日期：%s" % d_cn(d["date"]), size=10)
    p.y += 26
    p.text(50, p.y, "质检员：", size=10)
    p.text(100, p.y - 2, d.get("p1", "张昀"), size=11, color=BLUE, hand=True)
    p.text(230, p.y, "保管员：", size=10)
    p.text(280, p.y - 2, "刘堃", size=11, color=BLUE, hand=True)
    p.text(410, p.y, "采购员：", size=10)
    p.text(460, p.y - 2, "王瑄", size=11, color=BLUE, hand=True)
    p.seal(650, p.y - 10, d["customer"], "物资验收专用章", r=38)
    p.y += 40
    p.text(50, 560, "第二联 财务记账联        打印时间：%s 09:12" % (d["date"] + dt.timedelta(days=200)).isoformat(), size=8, color=GREY)
    return [p], F(contract_no=c["contract_no"], amount_yuan=fmt_yuan(a), date=d["date"].isoformat(),
                  customer=d["customer"], result=d["result"])


def acc_effect(d):
    """G04 项目应用成效确认书 (customer confirms acceptance + before/after KPIs)."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page()
    p.title("项目应用成效确认书", 17)
    cite = d.get("cite", True)
    p.para("%s（以下简称“我单位”）与%s签订的《%s合同》%s，项目已于%s经我单位组织验收合格，"
           "现已投入生产使用。经统计，项目实施前后主要指标对比如下：" % (
               d["customer"], app["name"], c["name"], "（合同编号：%s）" % c["contract_no"] if cite else "", d_cn(d["date"])))
    rows = [["设备综合效率（OEE）", "61.2%", "78.5%", "+17.3个百分点"], ["产品一次合格率", "96.1%", "99.2%", "+3.1个百分点"],
            ["生产计划达成率", "82%", "95%", "+13个百分点"], ["单位产品能耗（kWh/件）", "3.42", "2.87", "-16.1%"],
            ["数据自动采集率", "35%", "98%", "+63个百分点"]]
    p.table(["指标", "实施前", "实施后", "变化"], rows, widths=[190, 90, 90, 125], rh=24, size=9.5)
    p.para("上述数据取自我单位MES系统%s至%s的生产统计，真实有效。特此确认。" % (
        d_cn(d["date"] + dt.timedelta(days=1)), d_cn(d["date"] + dt.timedelta(days=60))), size=10)
    p.y += 20
    p.text(330, p.y, "确认单位（盖章）：%s" % d["customer"], size=10)
    p.seal(430, p.y + 30, d["customer"], "")
    p.text(330, p.y + 60, d_cn(d["date"] + dt.timedelta(days=rng.randint(62, 80))), size=10)
    p.y += 90
    return [p], F(contract_no=c["contract_no"] if cite else None, date=d["date"].isoformat(), customer=d["customer"], result="passed")


def acc_stable(d):
    """G05 系统稳定运行证明 with a monthly availability table; acceptance date in prose, letter dated later."""
    c, app, rng = d["c"], d["app"], d["rng"]
    start = d["date"] - dt.timedelta(days=95)
    p = Page()
    p.title("系统稳定运行证明", 17)
    p.text(60, p.y, "致：%s" % app["name"], size=10.5)
    p.y += 24
    passed = d["result"] == "passed"
    tail = ("验收结论为合格，同意通过验收。" if passed else "因系统仍存在重大缺陷，验收结论为不合格，暂不予通过验收。")
    p.para("由贵公司承建的“%s”于%s上线试运行。试运行期间系统运行平稳，累计连续稳定运行超过90天，各项指标达到合同约定要求。"
           "我单位于%s组织相关部门对系统进行了验收，%s" % (c["name"], d_cn(start), d_cn(d["date"]), tail))
    rows = []
    m = start
    for i in range(3):
        rows.append(["第%d个月" % (i + 1), "%.2f%%" % (99.5 + rng.random() * 0.45), str(rng.randint(0, 2)), "%.1f" % (rng.random() * 3 + 0.5)])
    p.table(["统计周期", "系统可用率", "故障次数", "平均修复时间（h）"], rows, widths=[120, 125, 120, 130], rh=24)
    p.para("特此证明。", size=10.5)
    p.y += 20
    p.text(330, p.y, "证明单位：%s" % d["customer"], size=10)
    p.text(330, p.y + 22, "（信息中心）", size=10)
    p.seal(430, p.y + 30, d["customer"], "")
    p.text(330, p.y + 60, d_hanzi(d["date"] + dt.timedelta(days=rng.randint(3, 20))), size=10)
    return [p], F(date=d["date"].isoformat(), customer=d["customer"], result=d["result"])


# ======================= payments =======================
BANKS = ["中国工商银行", "中国建设银行", "天津银行", "渤海银行", "交通银行", "中国农业银行"]


def acct(rng):
    return "".join(rng.choice("0123456789") for _ in range(19))


def pay_bank(d):
    """O3 ordinary bank e-receipt grid."""
    rng = d["rng"]
    bank = d.get("bank") or rng.choice(BANKS)
    p = Page(595, 400)
    p.y = 30
    p.title("%s  网上银行电子回单" % bank, 14, 26)
    p.text(50, p.y, "回单编号：%d" % rng.randint(10 ** 11, 10 ** 12), size=9)
    p.text(350, p.y, "交易日期：%s" % d["date"].isoformat(), size=9)
    p.y += 18
    memo = ("货款 合同号%s" % d["c"]["contract_no"]) if d.get("cite") else rng.choice(["货款", "工程款", "技术服务费", "设备款"])
    rows = [["付款人户名", d["payer"], "收款人户名", d["payee"]], ["付款人账号", acct(rng), "收款人账号", acct(rng)],
            ["付款人开户行", bank + "天津分行", "收款人开户行", rng.choice(BANKS) + "天津滨海支行"],
            ["金额（大写）", daxie(d["amount"]), "金额（小写）", "¥" + comma(d["amount"])], ["用途", memo, "交易流水号", str(rng.randint(10 ** 15, 10 ** 16))]]
    p.table([], rows, x=40, widths=[80, 180, 80, 175], rh=26, size=8.5, head=False)
    p.seal(470, p.y + 10, bank + "电子回单", "业务专用章", r=36)
    p.text(50, p.y + 10, "打印日期：%s" % (d["date"] + dt.timedelta(days=d["rng"].randint(20, 90))).isoformat(), size=8, color=GREY)
    return [p], F(contract_no=d["c"]["contract_no"] if d.get("cite") else None, amount_yuan=fmt_yuan(d["amount"]),
                  date=d["date"].isoformat(), payer=d["payer"], payee=d["payee"])


def pay_verify(d):
    """G06 print of the bank web page that verified an e-receipt (回单验真 result + receipt elements)."""
    rng = d["rng"]
    bank = d.get("bank") or rng.choice(BANKS)
    p = Page()
    p.y = 20
    pt = d["date"] + dt.timedelta(days=rng.randint(30, 150))
    p.text(30, p.y, "%s %02d:%02d" % (pt.strftime("%Y/%m/%d"), rng.randint(8, 18), rng.randint(0, 59)), size=7.5, color=GREY)
    p.text(300, p.y, "%s - 电子回单验证" % bank, size=7.5, color=GREY)
    p.y += 30
    p.rect(40, p.y, 515, 30, fill=(232, 240, 250), color=(180, 190, 210))
    p.text(55, p.y + 8, "%s  企业网上银行 ｜ 电子回单验证" % bank, size=12)
    p.y += 50
    p.text(60, p.y, "请输入回单编号及验证码：", size=10)
    code = "%04X%04X" % (rng.randint(0, 65535), rng.randint(0, 65535))
    no = str(rng.randint(10 ** 13, 10 ** 14))
    p.y += 20
    p.rect(60, p.y, 200, 20, color=(160, 160, 160))
    p.text(66, p.y + 4, no, size=10)
    p.rect(280, p.y, 120, 20, color=(160, 160, 160))
    p.text(286, p.y + 4, code, size=10)
    p.y += 40
    p.text(60, p.y, "验证结果：该电子回单真实有效，回单信息如下。", size=11, color=(0, 120, 40))
    p.y += 28
    memo = ("支付%s合同款" % d["c"]["contract_no"]) if d.get("cite") else "支付货款"
    rows = [["回单编号", no], ["验证码", code], ["业务类型", "跨行转账"], ["付款账户名称", d["payer"]], ["付款账号", acct(rng)],
            ["收款账户名称", d["payee"]], ["收款账号", acct(rng)], ["交易金额", "CNY %s" % comma(d["amount"])],
            ["交易时间", "%s %02d:%02d:%02d" % (d["date"].isoformat(), rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))],
            ["附言", memo]]
    p.table([], rows, x=60, widths=[130, 345], rh=24, size=9.5, head=False)
    p.text(60, p.y, "温馨提示：回单验证结果仅证明该回单由本行系统生成，回单可重复打印，请勿重复记账。", size=8.5, color=GREY)
    p.text(30, 820, "https://ebank.example-bank.com.cn/receipt/verify?no=%s" % no, size=7, color=GREY)
    p.text(520, 820, "1/1", size=7, color=GREY)
    return [p], F(contract_no=d["c"]["contract_no"] if d.get("cite") else None, amount_yuan=fmt_yuan(d["amount"]),
                  date=d["date"].isoformat(), payer=d["payer"], payee=d["payee"])


def pay_erp(d):
    """G11 the applicant's own ERP 收款单 (receipt voucher with write-off rows and bank serial)."""
    rng, c = d["rng"], d["c"]
    p = Page(842, 595)
    p.y = 30
    p.text(421, p.y, "收 款 单", size=18, align="c")
    p.y += 34
    hdr = [("单据编号：", "SKD%s%04d" % (d["date"].strftime("%Y%m"), rng.randint(1, 9999))), ("业务日期：", d["date"].isoformat()),
           ("收款组织：", d["payee"]), ("付款单位：", d["payer"]), ("结算方式：", "电汇"), ("银行流水号：", str(rng.randint(10 ** 13, 10 ** 14))),
           ("源单类型：", "销售合同"), ("源单编号：", c["contract_no"])]
    for i, (k, v) in enumerate(hdr):
        x = 50 if i % 2 == 0 else 440
        p.text(x, p.y, k, size=10)
        p.text(x + 75, p.y, v, size=10)
        if i % 2:
            p.y += 22
    p.y += 6
    a = yuan(d["amount"])
    h1 = (a * yuan("0.6")).quantize(yuan("0.01"))
    rows = [["1", "应收单", "AR%s%03d" % (d["date"].strftime("%Y%m"), rng.randint(1, 999)), "销售收款", comma(h1)],
            ["2", "应收单", "AR%s%03d" % (d["date"].strftime("%Y%m"), rng.randint(1, 999)), "销售收款", comma(a - h1)],
            ["", "", "", "收款金额合计", comma(a)]]
    p.table(["行号", "核销单据类型", "核销单据编号", "收款用途", "本次核销金额（元）"], rows, widths=[50, 120, 200, 180, 190], rh=24)
    p.text(50, p.y, "收款金额（大写）：%s" % daxie(a), size=10)
    p.y += 30
    p.text(50, p.y, "制单人：李翀", size=10)
    p.text(300, p.y, "审核人：陈赟", size=10)
    p.text(550, p.y, "审核日期：%s" % (d["date"] + dt.timedelta(days=1)).isoformat(), size=10)
    p.seal(700, p.y - 10, d["payee"], "财务专用章", r=36)
    return [p], F(contract_no=c["contract_no"], amount_yuan=fmt_yuan(a), date=d["date"].isoformat(), payer=d["payer"], payee=d["payee"])


# ======================= procurement =======================
def proc_bid(d):
    """O4 ordinary 中标通知书 with 开标/有效期 distractors."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page()
    p.title("中 标 通 知 书", 18)
    p.text(60, p.y, "%s：" % app["name"], size=10.5)
    p.y += 24
    op = d["date"] - dt.timedelta(days=rng.randint(5, 12))
    p.para("我方于%s开标的“%s”招标项目（招标编号：ZB-%s-%03d），经评标委员会评审，确定贵单位为中标人。中标价格：%s。"
           "工期：合同签订后120日历天。请贵单位在收到本通知书之日起30日内与我方签订合同。投标有效期至%s。" % (
               d_cn(op), c["name"], d["date"].year, rng.randint(1, 300), rmb(d["amount"]), d_cn(d["date"] + dt.timedelta(days=90))))
    p.y += 20
    p.text(330, p.y, "招标人：%s" % d["customer"], size=10)
    p.seal(420, p.y + 28, d["customer"], "")
    p.text(330, p.y + 60, d_cn(d["date"]), size=10)
    return [p], F(amount_yuan=fmt_yuan(d["amount"]), date=d["date"].isoformat(), customer=d["customer"])


def proc_eshop(d):
    """G07 order-detail print from an industrial-goods e-commerce platform (企业采购 account)."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page()
    p.y = 20
    p.text(30, p.y, "津采通·工业品企业购  订单详情", size=7.5, color=GREY)
    p.y += 26
    p.rect(30, p.y, 535, 34, fill=(245, 245, 245), color=(220, 220, 220))
    p.text(45, p.y + 10, "订单状态：已完成", size=12, color=(200, 60, 0))
    p.text(260, p.y + 12, "订单号 %d" % rng.randint(10 ** 11, 10 ** 12), size=9.5)
    p.y += 50
    info = [("下单时间", "%s %02d:%02d:%02d" % (d["date"].isoformat(), rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))),
            ("采购单位", d["customer"]), ("下单账号", "cg_%s" % rng.choice(["zhangyun", "liutong", "wangkun"])),
            ("关联合同号", c["contract_no"]), ("供应商（店铺）", app["name"] + " 官方旗舰店"),
            ("支付方式", "企业对公转账（账期30天）"), ("预计送达", d_cn(d["date"] + dt.timedelta(days=20)))]
    for k, v in info:
        p.text(45, p.y, k, size=9.5, color=GREY)
        p.text(150, p.y, v, size=9.5)
        p.y += 20
    p.y += 6
    a = yuan(d["amount"])
    parts = [(a * yuan("0.45")).quantize(yuan("0.01")), (a * yuan("0.35")).quantize(yuan("0.01"))]
    parts.append(a - sum(parts))
    rows = [["%s-主控单元" % c["name"][:8], "1", comma(parts[0]), comma(parts[0])],
            ["工业边缘计算网关 EG-5100", "1", comma(parts[1]), comma(parts[1])],
            ["实施服务包（远程+现场）", "1", comma(parts[2]), comma(parts[2])]]
    p.table(["商品", "数量", "单价（元）", "小计（元）"], rows, x=30, widths=[260, 50, 110, 115], rh=24, size=9)
    for k, v in [("商品总额", "¥" + comma(a)), ("运费", "¥0.00"), ("优惠", "-¥0.00"), ("应付总额", "¥" + comma(a))]:
        p.text(380, p.y, k, size=10)
        p.text(470, p.y, v, size=10)
        p.y += 20
    p.text(30, 820, "https://b2b.jincaitong.example/order/detail", size=7, color=GREY)
    return [p], F(contract_no=c["contract_no"], amount_yuan=fmt_yuan(a), date=d["date"].isoformat(), customer=d["customer"])


def proc_qianbao(d):
    """G08 customer's 签报审批单 proposing the supplier; decided by a handwritten leader instruction."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page()
    p.title(d["customer"], 14, 24)
    p.title("签 报 审 批 单", 18, 30)
    no = "设备签〔%d〕%d号" % (d["date"].year, rng.randint(3, 60))
    p.text(60, p.y, "编号：%s" % no, size=10)
    p.text(380, p.y, "密级：普通", size=10)
    p.y += 22
    draft = d["date"] - dt.timedelta(days=rng.randint(4, 9))
    rows = [["主办部门", "设备动力部", "拟稿人", "赵昀", "拟稿日期", d_dot(draft)]]
    p.table([], rows, x=50, widths=[70, 110, 60, 70, 70, 115], rh=26, head=False)
    p.text(60, p.y, "标题：关于%s供应商选定的签报" % c["name"], size=11)
    p.y += 26
    p.para("为推进公司智能化改造，设备动力部按照《采购管理办法》组织了比选，共邀请三家单位报价。经综合评审，%s技术方案最优、报价合理，"
           "拟选定该公司为本项目供应商，合同金额%s万元（大写：%s），预算%s万元。妥否，请批示。" % (
               app["name"], wan_str(d["amount"]), daxie(d["amount"]), wan_str(yuan(d["amount"]) * yuan("1.12"))), size=10.5)
    p.y += 6
    p.text(60, p.y, "会签意见：", size=10.5)
    p.y += 20
    p.text(80, p.y, "财务部：同意。", size=11, color=BLUE, hand=True)
    p.text(320, p.y, "法务合规部：同意。", size=11, color=BLUE, hand=True)
    p.y += 34
    p.text(60, p.y, "领导批示：", size=10.5)
    p.y += 12
    p.text(150, p.y, "同意。", size=16, color=BLUE, hand=True)
    p.text(300, p.y + 20, "孙堃  %d.%d.%d" % (d["date"].year, d["date"].month, d["date"].day), size=13, color=BLUE, hand=True)
    p.seal(420, p.y + 60, d["customer"], "")
    return [p], F(amount_yuan=fmt_yuan(d["amount"]), date=d["date"].isoformat(), customer=d["customer"])


def proc_minutes(d):
    """G09 总经理办公会会议纪要: one topic chooses the supplier, a second topic carries other amounts."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page()
    p.text(p.w / 2, p.y, d["customer"], size=20, align="c", color=(200, 20, 20))
    p.y += 30
    p.line(60, p.y, 535, p.y, 1.5, color=(200, 20, 20))
    p.y += 16
    p.title("总经理办公会会议纪要", 16, 22)
    p.text(p.w / 2, p.y, "〔%d〕第%d期" % (d["date"].year, rng.randint(5, 30)), size=10, align="c")
    p.y += 26
    p.kv([("会议时间：", d_cn(d["date"]) + " 14:30"), ("会议地点：", "公司办公楼三楼会议室"), ("主持人：", "总经理 孙堃"),
          ("出席人员：", "公司领导班子成员、各部门负责人")], lw=80)
    p.para("会议研究了以下事项：")
    p.para("一、关于%s供应商选定事项。会议听取了设备动力部关于比选情况的汇报，同意选定%s为该项目供应商，合同金额%s万元，"
           "由设备动力部负责签订合同并组织实施。" % (c["name"], app["name"], wan_str(d["amount"])))
    p.para("二、关于%d年度安全生产费用预算调整事项。会议同意将安全生产费用预算由186.00万元调整为212.50万元。" % d["date"].year)
    p.para("三、其他事项。会议要求各部门于%s前报送下半年重点工作计划。" % d_cn(d["date"] + dt.timedelta(days=14)))
    p.y += 20
    p.text(60, p.y, "报送：公司领导班子成员       抄送：各部门", size=9.5)
    p.y += 20
    p.text(330, p.y, "%s 综合办公室" % d["customer"], size=9.5)
    p.text(330, p.y + 20, "%s印发" % d_cn(d["date"] + dt.timedelta(days=rng.randint(2, 5))), size=9.5)
    p.seal(430, p.y + 10, d["customer"], "")
    return [p], F(amount_yuan=fmt_yuan(d["amount"]), date=d["date"].isoformat(), customer=d["customer"])


def proc_entrust(d):
    """G15 customer's 项目委托函 (direct commission letter, amount in 万元 and 大写, letter date in 汉字)."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page()
    p.text(p.w / 2, p.y, d["customer"], size=15, align="c")
    p.y += 28
    p.title("项 目 委 托 函", 18, 26)
    p.text(420, p.y, "%s采委〔%d〕%d号" % (d["customer"][2:4], d["date"].year, rng.randint(2, 40)), size=9.5)
    p.y += 24
    p.text(60, p.y, "%s：" % app["name"], size=10.5)
    p.y += 24
    p.para("根据我公司《采购管理实施细则》关于技术服务类项目可采用委托方式的规定，经公司采购领导小组审议，决定将“%s”项目委托贵公司实施，"
           "委托金额为%s万元（大写：%s，含税）。" % (c["name"], wan_str(d["amount"]), daxie(d["amount"])))
    p.para("请贵公司接函后五个工作日内派员与我公司设备动力部洽谈并签订合同，项目须于%s前完成安装调试。" % d_cn(d["date"] + dt.timedelta(days=150)))
    p.para("联系人：赵昀    联系电话：022-2%07d" % rng.randint(0, 9999999), indent=True)
    p.para("特此函告。")
    p.y += 20
    p.text(330, p.y, d["customer"], size=10.5)
    p.seal(420, p.y + 20, d["customer"], "")
    p.text(330, p.y + 24, d_hanzi(d["date"]), size=10.5)
    return [p], F(amount_yuan=fmt_yuan(d["amount"]), date=d["date"].isoformat(), customer=d["customer"])


# ======================= standards / other =======================
def std_draft(d):
    rng = d["rng"]
    p = Page()
    p.text(60, 60, "ICS 25.040", size=10)
    p.text(60, 78, "CCS J 07", size=10)
    p.text(535, 60, "T/TJZZ %03d—%d" % (rng.randint(1, 80), d["year"]), size=12, align="r")
    p.y = 170
    p.text(p.w / 2, 130, "团    体    标    准", size=24, align="c")
    p.line(60, 150, 535, 150, 1.2)
    p.y = 260
    p.title(d["title"], 18, 30)
    p.text(p.w / 2, p.y, "（征求意见稿）", size=12, align="c")
    p.y = 620
    p.text(p.w / 2, p.y, "%d-%02d-%02d 发布        %d-%02d-%02d 实施" % (d["year"], 1, 1, d["year"], 1, 1) if False else "××××-××-×× 发布        ××××-××-×× 实施", size=11, align="c")
    p.line(60, 650, 535, 650, 1.2)
    p.text(p.w / 2, 670, "天津市智能制造产业协会  发 布", size=13, align="c")
    return [p], F(title=d["title"])


def other_inspection(d):
    """G10 applicant's 产品出厂检验报告 (names contract, customer and amount-like values but is no evidence kind)."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page()
    p.title("产品出厂检验报告", 17)
    p.kv([("产品名称：", c["name"] + "主控柜"), ("出厂编号：", "CC%d%04d" % (c["sign"].year, rng.randint(1, 9999))),
          ("用户单位：", c["customer"]), ("合同号：", c["contract_no"]), ("检验依据：", "GB/T 7251.1-2023、Q/TJ 012-2022"),
          ("检验日期：", d_cn(c["sign"] + dt.timedelta(days=40)))], lw=90)
    rows = [["1", "外观与结构", "符合", "合格"], ["2", "绝缘电阻（≥1MΩ）", "52 MΩ", "合格"], ["3", "耐压试验 2500V/1min", "无击穿", "合格"],
            ["4", "功能试验", "符合技术协议", "合格"], ["5", "通讯测试（Profinet/OPC UA）", "正常", "合格"]]
    p.table(["序号", "检验项目", "检验结果", "判定"], rows, widths=[50, 220, 130, 95], rh=24)
    p.para("检验结论：该产品经出厂检验，各项指标符合标准及技术协议要求，准予出厂。", size=10.5)
    p.y += 10
    p.text(330, p.y, "检验员：何翀    审核：刘橦", size=10)
    p.seal(430, p.y + 40, app["name"], "质检专用章")
    return [p], F()


def other_eval(d):
    """G12 customer's 供应商年度履约评价表 (mentions contract amount; not evidence)."""
    c, app = d["c"], d["app"]
    p = Page()
    p.title("供应商年度履约评价表（%d年度）" % c["sign"].year, 15)
    rows = [["供应商名称", app["name"]], ["评价单位", c["customer"]], ["合同编号", c["contract_no"]],
            ["合同金额", "%s万元" % wan_str(c["amount"])], ["质量（30分）", "28"], ["交付（25分）", "23"], ["服务（25分）", "24"],
            ["价格（20分）", "17"], ["总分", "92"], ["评价等级", "A（优秀）"]]
    p.table([], rows, widths=[140, 355], rh=26, head=False)
    p.text(330, p.y + 10, "评价日期：%s" % d_cn(dt.date(c["sign"].year, 12, 20)), size=10)
    p.seal(430, p.y + 40, c["customer"], "")
    return [p], F()


def other_waybill(d):
    """G13 物流托运单 (shipper = applicant, consignee = customer, declared value)."""
    c, app, rng = d["c"], d["app"], d["rng"]
    p = Page(595, 400)
    p.y = 25
    p.text(40, p.y, "顺达物流 · 公路运输托运单", size=14)
    p.text(400, p.y + 2, "运单号：SD%d" % rng.randint(10 ** 10, 10 ** 11), size=9)
    p.y += 30
    rows = [["托运人", app["name"], "收货人", c["customer"]], ["发货地址", app["addr"], "收货地址", c["cust_addr"]],
            ["货物名称", c["name"][:12] + "设备", "件数/重量", "%d 件 / %d kg" % (rng.randint(3, 12), rng.randint(800, 5000))],
            ["声明价值", "¥" + comma(yuan(c["amount"]) * yuan("0.4")), "运费", "¥%s" % comma(rng.randint(800, 4000))],
            ["备注", "合同号%s；易碎，勿倒置" % c["contract_no"], "托运日期", d_dot(c["sign"] + dt.timedelta(days=50))]]
    p.table([], rows, x=30, widths=[70, 200, 70, 195], rh=34, size=8.5, head=False)
    p.text(40, p.y, "收货人签收：", size=10)
    p.text(120, p.y - 3, "已收 张昀", size=12, color=BLUE, hand=True)
    return [p], F()


def other_training(d):
    """G14 用户培训确认单 (customer confirms training; not acceptance)."""
    c, app = d["c"], d["app"]
    p = Page()
    p.title("用户培训确认单", 17)
    td = c["sign"] + dt.timedelta(days=80)
    p.kv([("项目名称：", c["name"]), ("培训单位：", app["name"]), ("受训单位：", c["customer"]), ("培训日期：", d_cn(td)),
          ("培训内容：", "系统操作、日常维护、故障处理")], lw=90)
    rows = [[str(i + 1), n, dep, ""] for i, (n, dep) in enumerate([("张昀", "生产部"), ("李瑄", "设备部"), ("王翀", "信息中心"), ("赵堃", "质量部"), ("刘橦", "生产部")])]
    p.table(["序号", "姓名", "部门", "签名"], rows, widths=[50, 150, 150, 145], rh=24)
    for i, (n, _) in enumerate([("张昀", 0), ("李瑄", 0), ("王翀", 0), ("赵堃", 0), ("刘橦", 0)]):
        p.text(410, p.y - 14 - 24 * (5 - i) + 4, n, size=11, color=BLUE, hand=True)
    p.para("经确认，培训内容已完成，受训人员已掌握系统基本操作。", size=10.5)
    p.seal(430, p.y + 40, c["customer"], "")
    return [p], F()


def other_license(d):
    app = d["app"]
    p = Page()
    p.title("营 业 执 照", 24, 40)
    p.text(p.w / 2, p.y, "（副    本）", size=12, align="c")
    p.y += 40
    p.kv([("统一社会信用代码", app["uscc"]), ("名        称", app["name"]), ("类        型", "有限责任公司"),
          ("住        所", app["addr"]), ("注 册 资 本", "伍仟万元人民币"), ("成 立 日 期", "2016年03月18日")], lw=130)
    p.seal(420, 700, "天津市滨海新区市场监督管理局", "", r=48)
    return [p], F()


GENRES = {
    "O1": ("contract", contract_plain, "合同（甲方/乙方散文体，预付款/质保金/违约金/交付期干扰）"),
    "G01": ("contract", contract_fillin, "手工填空格式订货合同（印刷空白格式，蓝笔填写，背面通用条款）"),
    "G02": ("contract", contract_usd, "外资客户美元报价、人民币结算合同"),
    "O2": ("acceptance_report", acc_grid, "项目验收报告（表格）"),
    "G03": ("acceptance_report", acc_inbound, "客户ERP物资验收入库单（质检结论勾选）"),
    "G04": ("acceptance_report", acc_effect, "项目应用成效确认书（改造前后指标对比）"),
    "G05": ("acceptance_report", acc_stable, "系统稳定运行证明（运行统计表，落款日期汉字）"),
    "O3": ("payment_proof", pay_bank, "网上银行电子回单（表格）"),
    "G06": ("payment_proof", pay_verify, "网银电子回单验证结果页打印件"),
    "G11": ("payment_proof", pay_erp, "申报单位ERP收款单（应收核销行）"),
    "O4": ("procurement_proof", proc_bid, "中标通知书"),
    "G07": ("procurement_proof", proc_eshop, "工业品电商平台企业采购订单详情"),
    "G08": ("procurement_proof", proc_qianbao, "客户签报审批单（领导手写批示）"),
    "G09": ("procurement_proof", proc_minutes, "客户总经理办公会会议纪要（供应商选定议题）"),
    "G15": ("procurement_proof", proc_entrust, "客户项目委托函（直接委托，金额万元+大写，落款汉字日期）"),
    "S": ("standard_draft", std_draft, "团体标准征求意见稿封面"),
    "G10": ("other", other_inspection, "产品出厂检验报告"),
    "G12": ("other", other_eval, "供应商年度履约评价表"),
    "G13": ("other", other_waybill, "物流公路运输托运单"),
    "G14": ("other", other_training, "用户培训确认单"),
    "L": ("other", other_license, "营业执照副本"),
}
