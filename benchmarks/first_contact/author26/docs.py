"""Genres. Each function returns (pages, fields). fields = what the document itself states."""
import datetime as dt
from render import Page, RED, BLUE, BLACK
from util import daxie, comma, fmt_yuan, ymd, ymd0, cn_date, spaced

FIELD_KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]


def F(**kw):
    f = {k: None for k in FIELD_KEYS}
    for k, v in kw.items():
        f[k] = v
    return f


def iso(d):
    return d.isoformat() if d else None


def rmb(a):
    return f"人民币{daxie(a)}（¥{comma(a)}）"


# ====================================================== contracts
def c_prose(x):
    """ordinary: 项目合同书 prose, letter-spaced 甲 方/乙 方, distractors 预付款/质保金/违约金, 交货期."""
    cu, ap, a = x["customer"], x["applicant"], x["amount"]
    p1 = Page(); y = 28
    p1.t(105, y, x["cname"], 17, anchor="c"); y += 10
    p1.t(150, y, f"合同编号：{x['no']}", 10); y += 12
    p1.t(25, y, f"甲　　方：{cu['name']}", 11); y += 7
    p1.t(25, y, f"地　　址：{cu['address']}", 10); y += 7
    p1.t(25, y, f"统一社会信用代码：{cu['uscc']}", 10); y += 9
    p1.t(25, y, f"乙　　方：{ap['name']}", 11); y += 7
    p1.t(25, y, f"地　　址：{ap['address']}", 10); y += 11
    y = p1.para(25, y, f"根据《中华人民共和国民法典》及有关法律法规，甲乙双方本着平等互利的原则，就甲方{x['pname']}事宜，经友好协商，订立本合同，共同遵守。")
    y = p1.para(25, y + 2, "第一条　项目内容：乙方负责系统方案设计、软硬件供货、安装调试、数据对接及人员培训，具体范围见附件一《技术要求及供货清单》。")
    y = p1.para(25, y + 2, f"第二条　合同价款：本合同总价款为{rmb(a)}，含13%增值税，包括设备、软件、实施、运输、保险及培训等全部费用。")
    pre = a * 3 / 10
    y = p1.para(25, y + 2, f"第三条　付款方式：合同签订后十个工作日内甲方支付预付款¥{comma(pre)}；项目终验合格后支付至合同总价的95%；剩余5%作为质保金，质保期满后无息支付。")
    dd = x["sign"] + dt.timedelta(days=75)
    y = p1.para(25, y + 2, f"第四条　交货期：乙方应于{ymd(dd)}前完成全部设备到货，并在到货后60日内完成安装调试。交货地点：甲方指定厂区（{cu['name']}{x.get('site','')}）。")
    y = p1.para(25, y + 2, f"第五条　违约责任：乙方逾期交货的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过¥{comma(a / 10)}。")
    p1.t(105, 285, "第 1 页 共 2 页", 9, anchor="c")
    p2 = Page(); y = 25
    y = p2.para(25, y, "第六条　验收：项目完成后由甲方组织验收，验收合格后双方签署验收报告。质保期自终验合格之日起计算，为期十二个月。")
    y = p2.para(25, y + 2, "第七条　争议解决：因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。")
    y = p2.para(25, y + 2, "第八条　本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。")
    y += 14
    p2.t(25, y, "甲方（盖章）：", 11); p2.t(115, y, "乙方（盖章）：", 11); y += 8
    p2.t(25, y, cu["name"], 10); p2.t(115, y, ap["name"], 10); y += 10
    p2.t(25, y, "法定代表人或授权代表：", 10); p2.t(115, y, "法定代表人或授权代表：", 10)
    p2.hand(70, y, x["people"][0]); p2.hand(160, y, x["people"][1]); y += 10
    p2.t(25, y, f"签订日期：{ymd(x['sign'])}", 10); p2.t(115, y, f"签订日期：{ymd(x['sign'])}", 10)
    p2.seal(60, y - 22, cu["name"], "合同专用章"); p2.seal(150, y - 22, ap["name"], "合同专用章")
    p2.t(105, 285, "第 2 页 共 2 页", 9, anchor="c")
    return [p1, p2], F(contract_no=x["no"], amount_yuan=fmt_yuan(a), date=iso(x["sign"]), customer=cu["name"])


def c_emc(x):
    """NEW: 合同能源管理（节能量保证型）节能服务合同 — 用能单位/节能服务公司, GB/T 24915 style."""
    cu, ap, a = x["customer"], x["applicant"], x["amount"]
    p1 = Page(); y = 30
    p1.t(105, y, "节能服务合同", 18, anchor="c"); y += 8
    p1.t(105, y, "（合同能源管理·节能量保证型）", 11, anchor="c"); y += 12
    p1.grid(25, y, [45, 115], [
        ["合同编号", x["no"]],
        ["项目名称", x["pname"] + "节能改造项目"],
        ["用能单位（甲方）", cu["name"]],
        ["住　　所", cu["address"]],
        ["节能服务公司（乙方）", ap["name"]],
        ["住　　所", ap["address"]],
        ["签约地点", x["place"]],
    ], rh=9, size=10); y += 72
    y = p1.para(25, y, "鉴于甲方拟对其生产系统实施节能改造，乙方具备相应的节能诊断、设计、改造及运行管理能力，双方依据《中华人民共和国民法典》《合同能源管理技术通则》（GB/T 24915）的有关规定，经协商一致，签订本合同。")
    base = 1000 + (int(a) // 997) % 9000
    y = p1.para(25, y + 2, f"一、节能目标：以改造前十二个月为基准期，基准能耗为{base}吨标准煤/年；乙方保证项目改造后年节能量不低于{base // 7}吨标准煤，节能率不低于14%。节能量的测量和验证按附件三执行。")
    y = p1.para(25, y + 2, f"二、项目费用：本项目采用节能量保证型模式，项目总投资（即本合同总价）为{daxie(a)}（小写：{comma(a)}元），由甲方按第三条约定支付。未达到保证节能量的，乙方按差额部分每吨标准煤1200元向甲方补偿。")
    y = p1.para(25, y + 2, "三、支付：改造完成并经甲方组织竣工验收合格后支付合同总价的70%；节能量测量验证报告确认后支付剩余30%。")
    y = p1.para(25, y + 2, "四、项目期限：改造工期120日；节能效益保证期为竣工验收之日起三年。")
    p1.t(105, 288, "— 1 —", 9, anchor="c")
    p2 = Page(); y = 30
    y = p2.para(25, y, "五、设备所有权：改造所安装设备的所有权自甲方付清全部款项之日起归甲方所有。")
    y = p2.para(25, y + 2, "六、本合同未尽事宜，双方另行签订补充协议；补充协议与本合同具有同等效力。")
    y = p2.para(25, y + 2, f"七、本合同由双方于{cn_date(x['sign'])}签署，自签署之日起生效。")
    y += 18
    p2.t(25, y, "甲方（用能单位）：", 11); p2.t(115, y, "乙方（节能服务公司）：", 11); y += 8
    p2.t(25, y, "（盖章）", 10); p2.t(115, y, "（盖章）", 10); y += 10
    p2.t(25, y, "授权代表：", 10); p2.t(115, y, "授权代表：", 10)
    p2.hand(45, y, x["people"][0]); p2.hand(135, y, x["people"][1])
    p2.seal(55, y - 12, cu["name"], "合同专用章"); p2.seal(148, y - 12, ap["name"], "合同专用章")
    p2.t(105, 288, "— 2 —", 9, anchor="c")
    return [p1, p2], F(contract_no=x["no"], amount_yuan=fmt_yuan(a), date=iso(x["sign"]), customer=cu["name"])


def c_transfer(x):
    """NEW: 技术秘密转让合同 — 受让人（甲方）= customer / 让与人（乙方）= applicant; date only in the opening sentence."""
    cu, ap, a = x["customer"], x["applicant"], x["amount"]
    p = Page(); y = 28
    p.t(105, y, "技 术 秘 密 转 让 合 同", 18, anchor="c"); y += 9
    p.t(170, y, f"编号：{x['no']}", 9.5, anchor="r"); y += 10
    p.t(25, y, f"本合同于{ymd(x['sign'])}在{x['place']}签订。", 10.5); y += 10
    p.t(25, y, f"受 让 人：{cu['name']}（以下简称甲方）", 10.5); y += 7
    p.t(25, y, f"地　　址：{cu['address']}", 10); y += 8
    p.t(25, y, f"让 与 人：{ap['name']}（以下简称乙方）", 10.5); y += 7
    p.t(25, y, f"地　　址：{ap['address']}", 10); y += 10
    y = p.para(25, y, f"鉴于乙方持有“{x['pname']}”相关工艺参数模型及控制算法等技术秘密，并有权向甲方转让；甲方愿意受让并在其生产线上实施该技术秘密。双方经充分协商，依据《中华人民共和国民法典》第八百六十二条至第八百七十七条的规定，达成如下协议：")
    y = p.para(25, y + 2, "第一条　乙方向甲方提供技术资料（含工艺参数库、模型文件、源代码及操作规程），并派员进行现场技术指导，直至甲方生产线稳定运行。")
    fee1 = a * 2 / 10
    y = p.para(25, y + 2, f"第二条　转让费及支付方式：本合同转让费总额为{rmb(a)}。其中入门费¥{comma(fee1)}于技术资料交付后支付，其余部分于甲方考核验收合格后一次付清。")
    y = p.para(25, y + 2, "第三条　保密：甲方对受让的技术秘密承担保密义务，保密期限为合同生效后十年。违反保密义务的，应按转让费总额的20%支付违约金。")
    y = p.para(25, y + 2, "第四条　考核验收：甲方应在技术资料交付后九十日内组织考核验收，考核产品合格率达到98.5%以上视为合格。")
    y += 12
    p.t(25, y, "甲方（受让人）：", 10.5); p.t(115, y, "乙方（让与人）：", 10.5); y += 7
    p.t(25, y, cu["name"], 10); p.t(115, y, ap["name"], 10); y += 9
    p.t(25, y, "法定代表人/委托代理人：", 10); p.t(115, y, "法定代表人/委托代理人：", 10); y += 8
    p.hand(40, y, x["people"][0]); p.hand(130, y, x["people"][1]); y += 2
    p.seal(62, y - 12, cu["name"], "合同专用章"); p.seal(152, y - 12, ap["name"], "合同专用章")
    return [p], F(contract_no=x["no"], amount_yuan=fmt_yuan(a), date=iso(x["sign"]), customer=cu["name"])


def c_salesconf(x):
    """NEW: 销售确认书 SALES CONFIRMATION issued by the seller (applicant, first block); buyer = customer."""
    cu, ap, a = x["customer"], x["applicant"], x["amount"]
    p = Page(); y = 22
    p.t(105, y, ap["name"], 13, anchor="c"); y += 6
    p.t(105, y, ap["address"], 9, anchor="c"); y += 10
    p.t(105, y, "销 售 确 认 书", 17, anchor="c"); y += 7
    p.t(105, y, "SALES CONFIRMATION", 11, anchor="c"); y += 10
    p.t(25, y, f"确认书编号 S/C No.：{x['no']}", 10); p.t(125, y, f"日期 Date：{x['sign'].isoformat()}", 10); y += 8
    p.t(25, y, f"卖方 Seller：{ap['name']}", 10); y += 7
    p.t(25, y, f"买方 Buyer：{cu['name']}", 10); y += 7
    p.t(25, y, f"买方地址 Address：{cu['address']}", 9.5); y += 9
    y = p.para(25, y, "兹经买卖双方同意按下列条款成交 The undersigned Sellers and Buyers have agreed to close the following transaction:", size=9.5, indent=False)
    items = x["items"]
    rows = [["序号 No.", "货物名称及规格 Description", "数量 Qty", "单价 Unit Price", "金额 Amount"]]
    for i, (nm, q, up) in enumerate(items, 1):
        rows.append([str(i), nm, str(q), comma(up), comma(up * q)])
    rows.append(["", "总值 Total Value（含税 VAT incl.）", "", "", "CNY " + comma(a)])
    y = p.grid(25, y + 2, [16, 70, 18, 28, 30], rows, rh=8, size=9) + 6
    y = p.para(25, y, f"大写 SAY：人民币{daxie(a)}", size=10, indent=False)
    ship = x["sign"] + dt.timedelta(days=60)
    y = p.para(25, y + 1, f"交货期 Time of Delivery：{ship.isoformat()}前，分批交货 partial delivery allowed。", size=9.5, indent=False)
    y = p.para(25, y + 1, "付款条件 Terms of Payment：电汇 T/T，货到验收合格后30日内支付100%。", size=9.5, indent=False)
    y = p.para(25, y + 1, "质量保证 Warranty：自验收合格之日起12个月。", size=9.5, indent=False)
    y += 10
    p.t(25, y, "卖方 THE SELLER", 10); p.t(120, y, "买方 THE BUYER（回签 countersigned）", 10); y += 14
    p.seal(50, y, ap["name"], "业务专用章"); p.seal(150, y, cu["name"], "合同专用章")
    p.hand(135, y + 4, x["people"][0])
    return [p], F(contract_no=x["no"], amount_yuan=fmt_yuan(a), date=iso(x["sign"]), customer=cu["name"])


# ====================================================== acceptance
def a_grid(x):
    """ordinary: 项目验收报告 ruled grid."""
    cu, ap, a = x["acc_customer"], x["applicant"], x["acc_amount"]
    passed = x["acc_result"] == "passed"
    p = Page(); y = 30
    p.t(105, y, "项目验收报告", 18, anchor="c"); y += 12
    y = p.grid(22, y, [38, 128], [
        ["项目名称", x["pname"]],
        ["合同编号", x["no"] if x.get("acc_show_no", True) else "/"],
        ["合同金额", rmb(a) if a is not None else "/"],
        ["验收单位", cu["name"]],
        ["实施单位", ap["name"]],
        ["开工日期", ymd(x["sign"] + dt.timedelta(days=12))],
        ["验收日期", ymd(x["acc_date"])],
    ], rh=10, size=10.5)
    y = p.grid(22, y, [38, 128], [["验收意见",
        ("经验收小组现场核查、功能测试及资料审查，系统各项功能和性能指标均达到合同及技术协议要求，文档资料齐全，同意通过验收。" if passed else
         "经验收小组现场核查，系统数据采集完整率及报表功能未达到合同约定指标，整改项尚未闭环，本次验收不予通过，请实施单位限期整改后重新申请验收。")]], rh=30)
    y = p.grid(22, y, [38, 128], [["验收结论", "■ 通过　　□ 不通过" if passed else "□ 通过　　■ 不通过"]], rh=10)
    y += 14
    p.t(30, y, "验收单位（盖章）：", 10.5); p.t(120, y, "验收组长（签字）：", 10.5)
    p.hand(155, y, x["people"][2]); y += 8
    p.t(30, y, ymd(x["acc_date"]), 10)
    p.seal(60, y - 6, cu["name"], "")
    return [p], F(contract_no=x["no"] if x.get("acc_show_no", True) else None, amount_yuan=fmt_yuan(a) if a is not None else None,
                  date=iso(x["acc_date"]), customer=cu["name"], result=x["acc_result"])


def a_wecom(x):
    """NEW: 企业微信 审批详情「项目验收」phone screenshot; the customer appears as the enterprise name in the header."""
    cu, ap, a = x["acc_customer"], x["applicant"], x["acc_amount"]
    passed = x["acc_result"] == "passed"
    p = Page(90, 195); y = 6
    p.rect(0, 0, 90, 14, fill=(0.96, 0.96, 0.96), stroke=None)
    p.t(5, 5, "9:41", 7); p.t(85, 5, "5G 86%", 6.5, anchor="r")
    p.t(6, 12, "〈", 10); p.t(45, 12, "审批详情", 9.5, anchor="c"); p.t(84, 12, "···", 9, anchor="r")
    y = 24
    p.t(6, y, f"{x['people'][2]}提交的项目验收", 10.5); y += 6
    p.t(6, y, cu["name"], 7, color=(0.4, 0.4, 0.4)); y += 6
    p.t(6, y, "已通过" if passed else "已驳回", 9, color=(0.1, 0.6, 0.3) if passed else RED); y += 8
    p.line(4, y, 86, y, 0.2, (0.8, 0.8, 0.8)); y += 6
    kv = [("审批编号", x["wecom_no"]), ("所在部门", "设备工程部"), ("验收项目", x["pname"]),
          ("合同编号", x["no"]), ("供应商", ap["name"])]
    if a is not None:
        kv.append(("合同金额(元)", comma(a)))
    kv += [("验收日期", x["acc_date"].isoformat()), ("验收结论", "合格，同意验收" if passed else "不合格，需整改后复验"),
           ("附件", "验收测试记录.pdf")]
    for k, v in kv:
        p.t(6, y, k, 7.5, color=(0.45, 0.45, 0.45))
        ls = [v[i:i + 17] for i in range(0, len(v), 17)]
        for ln in ls:
            p.t(30, y, ln, 7.5); y += 4.6
        y += 2.2
    y += 2; p.line(4, y, 86, y, 0.2, (0.8, 0.8, 0.8)); y += 7
    p.t(6, y, "流程", 9); y += 7
    t0 = dt.datetime.combine(x["acc_date"], dt.time(9, 12))
    steps = [(x["people"][2], "发起申请", t0), ("孙工（生产部）", "已同意", t0 + dt.timedelta(hours=2, minutes=7)),
             (x["people"][0] + "（分管副总）", "已同意" if passed else "已驳回", t0 + dt.timedelta(hours=6, minutes=31))]
    for nm, act, tt in steps:
        p.t(8, y, "●", 6, color=(0.2, 0.5, 0.9)); p.t(13, y, nm, 7.5); y += 4.5
        p.t(13, y, f"{act}  {tt.strftime('%m-%d %H:%M')}", 6.5, color=(0.5, 0.5, 0.5)); y += 7
    return [p], F(contract_no=x["no"], amount_yuan=fmt_yuan(a) if a is not None else None, date=iso(x["acc_date"]),
                  customer=cu["name"], result=x["acc_result"])


def a_card(x):
    """NEW: 设备档案卡（履历卡）首页 kept by the customer's 设备管理科, with a 验收 block filled in by hand."""
    cu, ap, a = x["acc_customer"], x["applicant"], x["acc_amount"]
    passed = x["acc_result"] == "passed"
    p = Page(210, 148); y = 14
    p.t(105, y, f"{cu['name']}", 11, anchor="c"); y += 7
    p.t(105, y, spaced("设备档案卡"), 15, anchor="c"); y += 4
    p.t(190, y, "表号：SB-JL-07", 7.5, anchor="r"); y += 3
    arr = x["acc_date"] - dt.timedelta(days=41)
    rows = [["设备名称", x["pname"], "设备编号", x["asset_no"]],
            ["制造/供货单位", ap["name"], "购置合同号", x["no"]],
            ["合同金额", "" if a is None else f"{comma(a)}元", "使用部门", "二车间"],
            ["到货日期", "", "安装调试完成", ""],
            ["验收日期", "", "验收结论", ""],
            ["验收人", "", "设备科负责人", ""]]
    y0 = y
    y = p.grid(12, y, [30, 68, 30, 58], rows, rh=11, size=9.5)
    # handwritten values in the blank cells
    p.hand(45, y0 + 40, arr.strftime("%Y.%m.%d"), 10)
    p.hand(133, y0 + 40, (x["acc_date"] - dt.timedelta(days=9)).strftime("%Y.%m.%d"), 10)
    p.hand(45, y0 + 51, x["acc_date"].strftime("%Y.%m.%d"), 10)
    p.hand(133, y0 + 51, "■合格 □不合格" if passed else "□合格 ■不合格", 10)
    p.hand(45, y0 + 62, x["people"][2], 10); p.hand(133, y0 + 62, x["people"][0], 10)
    p.t(14, y + 7, "注：本卡随设备调拨、报废同步更新，由设备管理科统一归档。", 8)
    p.seal(170, y0 + 55, cu["name"] + "设备管理科", "", r=15, star=False)
    return [p], F(contract_no=x["no"], amount_yuan=fmt_yuan(a) if a is not None else None, date=iso(x["acc_date"]),
                  customer=cu["name"], result=x["acc_result"])


# ====================================================== payments
def p_ebank(x, pay):
    """ordinary: bank 电子回单 grid."""
    p = Page(210, 120); y = 14
    p.t(105, y, f"{pay['bank']}　电子回单", 13, anchor="c"); y += 7
    p.t(20, y, f"回单编号：{pay['serial']}", 8.5); p.t(190, y, f"打印日期：{(pay['date'] + dt.timedelta(days=pay['print_lag'])).isoformat()}", 8.5, anchor="r"); y += 3
    y = p.grid(20, y, [22, 63, 22, 63], [
        ["付款人户名", pay["payer"], "收款人户名", pay["payee"]],
        ["付款账号", pay["payer_acct"], "收款账号", pay["payee_acct"]],
        ["开户行", pay["payer_bank"], "开户行", pay["payee_bank"]],
    ], rh=8.5, size=8.5)
    y = p.grid(20, y, [22, 148], [
        ["金额（大写）", "人民币" + daxie(pay["amount"])],
        ["金额（小写）", "¥" + comma(pay["amount"])],
        ["交易日期", pay["date"].isoformat() + " 10:" + f"{pay['minute']:02d}:17"],
        ["用途/摘要", pay["memo"]],
    ], rh=8.5, size=8.5)
    p.seal(170, y - 4, pay["bank_short"] + "电子回单专用章", "", r=13, star=False)
    return [p], F(contract_no=pay["memo_no"], amount_yuan=fmt_yuan(pay["amount"]), date=iso(pay["date"]),
                  payer=pay["payer"], payee=pay["payee"])


def p_ecny(x, pay):
    """NEW: 数字人民币 对公钱包 交易回单 — wallet names/IDs instead of accounts; 运营机构; amount with 数字人民币 wording."""
    p = Page(210, 140); y = 16
    p.t(105, y, "数字人民币交易电子回单", 14, anchor="c"); y += 6
    p.t(105, y, f"运营机构：{pay['bank']}", 8.5, anchor="c"); y += 8
    tt = dt.datetime.combine(pay["date"], dt.time(14, pay["minute"], 3))
    lines = [("交易流水号", pay["serial"] + "E"), ("交易类型", "钱包转钱包（对公）"),
             ("付款方钱包名称", pay["payer"]), ("付款方钱包ID", "0021" + pay["payer_acct"][-12:]),
             ("收款方钱包名称", pay["payee"]), ("收款方钱包ID", "0021" + pay["payee_acct"][-12:]),
             ("交易金额", f"{comma(pay['amount'])}（数字人民币）"), ("金额大写", daxie(pay["amount"])),
             ("交易时间", tt.strftime("%Y/%m/%d %H:%M:%S")), ("交易状态", "交易成功"), ("附言", pay["memo"])]
    for k, v in lines:
        p.t(30, y, k, 9.5, color=(0.35, 0.35, 0.35)); p.t(75, y, v, 9.5); y += 7.2
    p.line(25, y, 185, y, 0.3); y += 6
    p.t(30, y, "温馨提示：本回单仅作为已发生交易的凭证，请勿重复记账。可通过运营机构渠道验证回单真伪。", 7.5)
    p.seal(168, 95, pay["bank_short"] + "数字人民币业务专用章", "", r=14, star=False)
    return [p], F(contract_no=pay["memo_no"], amount_yuan=fmt_yuan(pay["amount"]), date=iso(pay["date"]),
                  payer=pay["payer"], payee=pay["payee"])


def p_receipt(x, pay):
    """NEW: 收款收据 (pre-printed three-part book, filled by hand) issued by the payee (applicant)."""
    ap = x["applicant"]
    p = Page(200, 95); y = 12
    p.t(100, y, spaced("收款收据"), 15, anchor="c", color=(0.6, 0.1, 0.1)); y += 2
    p.t(186, y + 4, f"No {pay['serial'][-7:]}", 10, anchor="r", color=RED)
    p.hand(70, y + 8, f"{pay['date'].year}", 10); p.t(83, y + 8, "年", 10)
    p.hand(90, y + 8, f"{pay['date'].month}", 10); p.t(97, y + 8, "月", 10)
    p.hand(104, y + 8, f"{pay['date'].day}", 10); p.t(111, y + 8, "日", 10)
    y += 12
    p.rect(14, y, 172, 60, stroke=(0.6, 0.1, 0.1))
    p.t(18, y + 9, "今收到", 10.5, color=(0.6, 0.1, 0.1)); p.hand(36, y + 9, pay["payer"], 11)
    p.line(35, y + 11, 182, y + 11, 0.3, (0.6, 0.1, 0.1))
    p.t(18, y + 21, "交　来", 10.5, color=(0.6, 0.1, 0.1)); p.hand(36, y + 21, pay["memo"], 11)
    p.line(35, y + 23, 182, y + 23, 0.3, (0.6, 0.1, 0.1))
    p.t(18, y + 33, "人民币（大写）", 10.5, color=(0.6, 0.1, 0.1)); p.hand(50, y + 33, daxie(pay["amount"]), 11)
    p.t(135, y + 33, "¥", 11, color=(0.6, 0.1, 0.1)); p.hand(140, y + 33, comma(pay["amount"]), 11)
    p.line(48, y + 35, 182, y + 35, 0.3, (0.6, 0.1, 0.1))
    p.t(18, y + 45, "收款方式：　现金 □　　转账 ■　　票据 □", 10, color=(0.6, 0.1, 0.1))
    p.t(18, y + 56, f"收款单位（盖章）：{ap['name']}", 9.5, color=(0.6, 0.1, 0.1))
    p.t(130, y + 56, "经手人：", 9.5, color=(0.6, 0.1, 0.1)); p.hand(146, y + 56, x["people"][1], 10)
    p.t(190, y + 30, "第二联 交款单位", 7, color=(0.6, 0.1, 0.1))
    p.seal(80, y + 48, ap["name"], "财务专用章", r=14)
    return [p], F(contract_no=pay["memo_no"], amount_yuan=fmt_yuan(pay["amount"]), date=iso(pay["date"]),
                  payer=pay["payer"], payee=ap["name"])


# ====================================================== procurement
def r_notice(x):
    """ordinary: 中标通知书 from the 招标人 (开标 date distractor)."""
    cu, ap, a = x["proc_customer"], x["applicant"], x["proc_amount"]
    p = Page(); y = 34
    p.t(105, y, "中 标 通 知 书", 19, anchor="c", color=RED); y += 14
    p.t(25, y, f"{ap['name']}：", 11); y += 9
    open_d = x["proc_date"] - dt.timedelta(days=9)
    y = p.para(25, y, f"我单位{x['pname']}项目（招标编号：{x['tender_no']}）于{ymd(open_d)}公开开标。经评标委员会评审，并经公示无异议，确定贵单位为中标人。")
    y = p.para(25, y + 2, f"中标价格：{rmb(a)}。", indent=True)
    y = p.para(25, y + 2, "请贵单位收到本通知书后三十日内，与我单位签订书面合同，并按招标文件要求提交履约保证金（中标价的5%）。")
    y += 24
    p.t(120, y, f"招标人：{cu['name']}", 10.5); y += 9
    p.t(120, y, ymd(x["proc_date"]), 10.5)
    p.seal(150, y - 8, cu["name"], "")
    return [p], F(amount_yuan=fmt_yuan(a), date=iso(x["proc_date"]), customer=cu["name"])


def r_talks(x):
    """NEW: 商务谈判纪要 signed by both sides; the choice of supplier and price stated as 议定事项."""
    cu, ap, a = x["proc_customer"], x["applicant"], x["proc_amount"]
    p = Page(); y = 30
    p.t(105, y, f"{x['pname']}", 12, anchor="c"); y += 8
    p.t(105, y, "商 务 谈 判 纪 要", 17, anchor="c"); y += 12
    p.t(25, y, f"谈判时间：{ymd(x['proc_date'])}　14:30", 10.5); y += 7
    p.t(25, y, f"谈判地点：{cu['name']}三楼第二会议室", 10.5); y += 7
    p.t(25, y, f"采购方：{cu['name']}（以下简称甲方）", 10.5); y += 7
    p.t(25, y, f"供应方：{ap['name']}（以下简称乙方）", 10.5); y += 7
    p.t(25, y, f"参加人员：甲方 {x['people'][0]}、{x['people'][2]}；乙方 {x['people'][1]}", 10.5); y += 10
    p.t(25, y, "议定事项：", 11); y += 7
    first = a * 106 / 100
    y = p.para(25, y, f"一、乙方首轮报价为¥{comma(first)}。经两轮谈判，双方确认本项目成交价格为{rmb(a)}，该价格为含税全包价。")
    y = p.para(25, y + 1, f"二、甲方确定由乙方承担{x['pname']}项目的实施，双方据此签订合同，合同编号定为{x['no']}。")
    y = p.para(25, y + 1, "三、付款方式按3:6:1执行；质保期一年。")
    y = p.para(25, y + 1, "四、本纪要经双方代表签字后作为合同签订的依据。")
    y += 16
    p.t(25, y, "甲方代表（签字）：", 10.5); p.t(115, y, "乙方代表（签字）：", 10.5)
    p.hand(62, y, x["people"][0]); p.hand(152, y, x["people"][1])
    p.seal(60, y + 6, cu["name"], "", r=17)
    return [p], F(contract_no=x["no"], amount_yuan=fmt_yuan(a), date=iso(x["proc_date"]), customer=cu["name"])


def r_dingbiao(x):
    """NEW: 确定中标人的函 — the 招标人 writes to its 招标代理机构, not to the supplier."""
    cu, ap, a = x["proc_customer"], x["applicant"], x["proc_amount"]
    p = Page(); y = 30
    p.t(105, y, cu["name"], 15, anchor="c", color=RED); y += 5
    p.line(20, y, 190, y, 1.2, RED); y += 12
    p.t(105, y, "关于确定中标人的函", 15, anchor="c"); y += 12
    p.t(25, y, f"{x['agency']}：", 11); y += 9
    review = x["proc_date"] - dt.timedelta(days=3)
    y = p.para(25, y, f"你公司报送的《{x['pname']}项目评标报告》（招标编号：{x['tender_no']}）收悉。经我单位研究，依据评标委员会推荐的中标候选人排序，确定第一中标候选人{ap['name']}为中标人，中标价为人民币{daxie(a)}（¥{comma(a)}），工期150日历天。")
    y = p.para(25, y + 2, f"评标报告日期为{ymd(review)}。请你公司据此向中标人发出中标通知书，并将招标投标情况书面报告报送有关行政监督部门。")
    y = p.para(25, y + 2, "特此函告。", indent=True)
    y += 26
    p.t(125, y, cu["name"], 10.5); y += 8
    p.t(130, y, cn_date(x["proc_date"]), 10.5)
    p.seal(150, y - 6, cu["name"], "")
    return [p], F(amount_yuan=fmt_yuan(a), date=iso(x["proc_date"]), customer=cu["name"])


# ====================================================== standards
def s_group(x, st):
    p = Page(); y = 30
    p.t(25, y, "ICS 25.040", 10); y += 6; p.t(25, y, "CCS J 07", 10); y += 12
    p.t(105, y, spaced(st["org"] + "团体标准"), 20, anchor="c"); y += 10
    p.t(185, y, f"T/{st['code']}—2023", 11, anchor="r"); y += 3
    p.line(20, y, 190, y, 0.8); y += 40
    p.t(105, y, st["title"], 18, anchor="c"); y += 12
    p.t(105, y, "（征求意见稿）", 13, anchor="c"); y += 60
    p.t(105, y, "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9, anchor="c"); y += 60
    p.line(20, y, 190, y, 0.8); y += 7
    p.t(25, y, "2023-××-××发布", 11); p.t(185, y, "2023-××-××实施", 11, anchor="r"); y += 12
    p.t(105, y, st["org"] + "　发 布", 13, anchor="c")
    return [p], F(title=st["title"])


def s_iec(x, st):
    """NEW: 国际标准工作组草案（IEC TC 65 WD）中文对照稿 — bilingual cover; title = the Chinese title."""
    p = Page(); y = 26
    p.t(25, y, "IEC TC 65/WG 23", 10); p.t(185, y, "Working Draft 中文对照稿", 10, anchor="r"); y += 8
    p.t(25, y, f"Project: IEC {st['code']} ED1", 10); p.t(185, y, f"文件号：65/{st['doc']}/WD", 10, anchor="r"); y += 4
    p.line(20, y, 190, y, 0.6); y += 22
    p.t(105, y, "INTERNATIONAL ELECTROTECHNICAL COMMISSION", 11, anchor="c"); y += 8
    p.t(105, y, "国际电工委员会　工作组草案", 12, anchor="c"); y += 26
    p.t(105, y, st["en"], 13, anchor="c"); y += 14
    p.t(105, y, st["title"], 17, anchor="c"); y += 10
    p.t(105, y, "（工作组草案 WD，仅供工作组讨论）", 11, anchor="c"); y += 30
    y = p.grid(30, y, [50, 100], [["中方提案单位", x["applicant"]["name"]], ["国内技术对口单位", "全国工业过程测量控制和自动化标准化技术委员会"],
                                  ["草案版本", "WD 0.3"], ["分发日期", "2023-09-18"]], rh=9, size=9.5)
    y += 20
    p.t(105, y, "WARNING: This document is not an IEC International Standard. It is distributed for review and comment.", 8, anchor="c"); y += 6
    p.t(105, y, "注意：本文件不是国际标准，分发仅供审阅和提出意见，内容可能变化。", 8.5, anchor="c")
    return [p], F(title=st["title"])


def s_redline(x, st):
    """NEW: 企业标准草案 printed from a word processor in track-changes view with margin comments (批注)."""
    p = Page(); y = 22
    p.rect(150, 15, 52, 270, fill=(0.95, 0.95, 0.95), stroke=None)
    p.t(20, y, f"Q/{st['code']}—2023", 9); p.t(145, y, "草案（修订稿 v2，含修订痕迹）", 8, anchor="r"); y += 12
    p.t(85, y, st["title"], 14, anchor="c"); y += 8
    p.t(85, y, "（草案）", 11, anchor="c"); y += 12
    p.t(20, y, "1　范围", 11); y += 8
    y = p.para(20, y, f"本文件规定了{st['title'].replace('规范','').replace('要求','')}的总体要求、数据采集、接口、安全和运维管理要求。", width=125, size=10)
    p.t(20, y, "本文件适用于离散制造企业车间级系统的建设和验收。", 10, color=RED); p.line(20, y - 1.3, 110, y - 1.3, 0.3, RED); y += 10
    p.t(20, y, "2　规范性引用文件", 11); y += 8
    y = p.para(20, y, "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。GB/T 20720.1 企业控制系统集成 第1部分：模型和术语；GB/T 39116 智能制造能力成熟度模型。", width=125, size=10)
    p.t(20, y, "GB/T 25485 工业自动化系统与集成 制造执行系统功能体系结构", 10, color=BLUE); p.line(20, y + 1, 120, y + 1, 0.3, BLUE); y += 10
    p.t(20, y, "3　术语和定义", 11); y += 8
    y = p.para(20, y, "3.1 边缘节点 edge node：部署于现场侧、具备数据采集、协议转换及本地计算能力的设备或软件实例。", width=125, size=10)
    comments = [("批注 [张堃1]：", "范围建议补充流程行业。"), ("批注 [王昀2]：", "此处已删除，与第4章重复。"), ("批注 [张堃3]：", "引用文件请核对年代号。")]
    cy = 60
    for a, b in comments:
        p.rect(152, cy - 5, 48, 18, fill=(1, 0.93, 0.93), stroke=(0.8, 0.3, 0.3), lw=0.3)
        p.t(154, cy, a, 7, color=RED); p.t(154, cy + 5, b, 7); cy += 40
    p.t(85, 288, "1", 9, anchor="c")
    return [p], F(title=st["title"])


# ====================================================== other
def o_license(x, firm):
    p = Page(); y = 40
    p.rect(15, 15, 180, 267, stroke=(0.7, 0.5, 0.2), lw=2)
    p.t(105, y, "营 业 执 照", 22, anchor="c"); y += 8
    p.t(105, y, "（副　本）", 12, anchor="c"); y += 16
    for k, v in [("统一社会信用代码", firm["uscc"]), ("名　　称", firm["name"]), ("类　　型", "有限责任公司"),
                 ("住　　所", firm["address"]), ("注册资本", "伍仟万元人民币"), ("成立日期", "2011年03月16日")]:
        p.t(30, y, k, 11); p.t(75, y, v, 11); y += 12
    p.t(140, 250, "登记机关", 11); p.seal(160, 245, "天津市市场监督管理委员会", "", r=18)
    return [p], F()


def o_techagr(x):
    """NEW other: 技术协议 — scope/specs, cites the contract number, no price."""
    cu, ap = x["customer"], x["applicant"]
    p = Page(); y = 30
    p.t(105, y, "技 术 协 议", 18, anchor="c"); y += 8
    p.t(105, y, f"（{x['no']}合同附件二）", 10, anchor="c"); y += 12
    p.t(25, y, f"需方：{cu['name']}", 10.5); y += 7; p.t(25, y, f"供方：{ap['name']}", 10.5); y += 10
    for s in ["1　总则：本协议为合同不可分割的组成部分，与合同具有同等法律效力。",
              "2　系统构成：边缘采集网关12台、工业交换机4台、MES服务器2台、制造执行系统软件1套。",
              "3　性能指标：数据采集完整率≥99.5%，关键工序数据刷新周期≤1s，系统可用率≥99.9%。",
              "4　技术资料交付：设计联络会后20日内提交详细设计说明书。",
              "5　验收标准：按本协议第3条指标逐项测试，出具测试记录后由需方组织验收。"]:
        y = p.para(25, y, s, indent=False) + 2
    y += 14
    p.t(25, y, "需方技术代表：", 10.5); p.t(115, y, "供方技术代表：", 10.5)
    p.hand(55, y, x["people"][2]); p.hand(145, y, x["people"][1])
    return [p], F()


def o_fat(x):
    """NEW other: 出厂验收（FAT）报告 at the applicant's works — 验收 wording, but not the customer's final acceptance."""
    cu, ap = x["customer"], x["applicant"]
    p = Page(); y = 30
    p.t(105, y, "设备出厂验收（FAT）报告", 16, anchor="c"); y += 12
    d = x["sign"] + dt.timedelta(days=50)
    y = p.grid(22, y, [40, 126], [["项目名称", x["pname"]], ["合同编号", x["no"]], ["用户单位", cu["name"]],
                                   ["制造单位", ap["name"]], ["验收地点", ap["address"] + " 总装车间"], ["出厂验收日期", ymd(d)]], rh=9, size=10)
    y = p.grid(22, y, [40, 126], [["检验结论", "外观、装配、空载运行及PLC程序模拟测试合格，同意发运。最终验收待现场安装调试后由用户单位另行组织。"]], rh=24, size=10)
    y += 14
    p.t(30, y, "用户代表：", 10.5); p.hand(52, y, x["people"][2]); p.t(120, y, "制造单位质检：", 10.5); p.hand(150, y, x["people"][1])
    p.seal(160, y + 10, ap["name"], "质检专用章", r=15)
    return [p], F()


def o_voucher(x, pay):
    """NEW other: the applicant's own 记账凭证 (收款凭证) booking a receipt — an accounting entry, not a payment proof."""
    ap = x["applicant"]
    p = Page(210, 120); y = 14
    p.t(105, y, "记 账 凭 证", 15, anchor="c"); y += 7
    p.t(105, y, ymd0(pay["date"] + dt.timedelta(days=2)), 9.5, anchor="c"); p.t(190, y, f"记字第 {pay['minute'] + 100:04d} 号", 9, anchor="r"); y += 4
    y = p.grid(15, y, [60, 55, 30, 30], [["摘要", "会计科目", "借方金额", "贷方金额"],
        [f"收{x['customer']['name']}货款", "银行存款—工行天津分行", comma(pay["amount"]), ""],
        [f"收{x['customer']['name']}货款", f"应收账款—{x['customer']['name']}", "", comma(pay["amount"])],
        ["合　计", "", comma(pay["amount"]), comma(pay["amount"])]], rh=10, size=8.5)
    y += 7
    p.t(15, y, f"核算单位：{ap['name']}", 9); p.t(120, y, "附单据 1 张", 9); y += 8
    p.t(15, y, "会计主管：", 9); p.t(70, y, "记账：", 9); p.t(120, y, "制单：", 9)
    p.hand(33, y, x["people"][1], 9)
    return [p], F()


def o_thanks(x):
    """NEW other: 感谢信 from the customer — praise, no acceptance statement."""
    cu, ap = x["customer"], x["applicant"]
    p = Page(); y = 40
    p.t(105, y, "感　谢　信", 20, anchor="c", color=RED); y += 16
    p.t(25, y, f"{ap['name']}：", 11); y += 9
    y = p.para(25, y, f"在{x['pname']}实施期间，贵公司项目团队克服工期紧、现场交叉作业多等困难，连续奋战，确保了生产线按期投运，为我公司数字化转型提供了有力支撑。")
    y = p.para(25, y + 2, f"特别是{x['people'][1]}等同志，坚守现场、认真负责，展现了良好的专业素养。在此，谨向贵公司及项目团队表示衷心感谢！")
    y = p.para(25, y + 2, "希望双方今后继续深化合作，共同推进智能制造升级。")
    y += 20
    p.t(125, y, cu["name"], 10.5); y += 8
    p.t(130, y, ymd(x["acc_date"] + dt.timedelta(days=20)), 10.5)
    p.seal(150, y - 6, cu["name"], "")
    return [p], F()


def o_stdreview(x, st):
    """NEW other: 标准审查会 专家审查意见 — names the standard, is not the draft."""
    p = Page(); y = 30
    p.t(105, y, f"《{st['title']}》", 14, anchor="c"); y += 9
    p.t(105, y, "团体标准送审稿 专家审查意见", 14, anchor="c"); y += 12
    y = p.para(25, y, f"2023年11月9日，{st['org']}在天津市河西区组织召开《{st['title']}》团体标准审查会。审查专家组听取了起草组关于标准编制过程的汇报，对标准送审稿进行了逐条审查，形成意见如下：")
    y = p.para(25, y + 2, "一、标准结构合理，技术内容科学可行，符合GB/T 1.1—2020的规定；")
    y = p.para(25, y + 2, "二、建议对第5章数据接口要求进一步细化，补充示例；")
    y = p.para(25, y + 2, "三、专家组一致同意该标准通过审查，建议起草组按意见修改后形成报批稿。")
    y += 10
    y = p.grid(25, y, [20, 40, 70, 30], [["序号", "姓名", "工作单位", "签字"], ["1", "刘瑄", "天津大学", ""], ["2", "赵翀", "河北工业大学", ""], ["3", "钱国栋", "天津市机电工业控股集团", ""]], rh=9, size=9.5)
    p.hand(140, y - 22, "刘瑄"); p.hand(140, y - 13, "赵翀"); p.hand(140, y - 4, "钱国栋")
    return [p], F()
