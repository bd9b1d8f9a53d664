"""Genres. Each function takes (app, c, rng, v) and returns dict(doc_type, genre, fields, pages, note).
`c` carries what the documents state (may differ from the declaration when a gap is planted)."""
from datetime import timedelta
from util import daxie, fmt_money, yuan_str, cn_date, zh_date, spaced, wan_str

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]


def F(**kw):
    f = {k: None for k in KEYS}
    f.update(kw)
    return f


def D(doc_type, genre, fields, pages, note):
    return dict(doc_type=doc_type, genre=genre, fields=fields, pages=pages, note=note)


def lab(s, rng, p=0.35):
    return spaced(s) if rng.random() < p else s


def money(cents):
    return "人民币%s（¥%s）" % (daxie(cents), fmt_money(cents))


# ---------------- contracts ----------------
def c0_service_contract(app, c, rng, v):
    A = c["amount"]; pre = A * 3 // 10; qa = A // 20
    sp = rng.random() < 0.5
    L = (lambda s: spaced(s)) if sp else (lambda s: s)
    p1 = [("title", c["title"] + "合同书"), ("right", "合同编号：" + c["no"], 9.5),
          ("kv", [(L("甲方") + "（需方）：", c["cust_doc"]), ("统一社会信用代码：", c["cust_uscc"]), ("住　　所：", c["cust_addr"]),
                  (L("乙方") + "（供方）：", app["name"]), ("统一社会信用代码：", app["uscc"]), ("住　　所：", app["addr"])]),
          ("p", "根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等自愿、诚实信用的原则，就甲方委托乙方实施“%s”事宜，经友好协商，订立本合同，共同遵守。" % c["title"]),
          ("p", "第一条　服务内容：乙方为甲方提供%s的方案设计、软硬件供货、安装调试、系统集成、人员培训及一年免费运维服务，具体内容见附件《技术规格书》。" % c["title"]),
          ("p", "第二条　合同价款：本合同总金额为%s，含13%%增值税，包括全部设备、软件许可、实施及培训费用。" % money(A)),
          ("p", "第三条　付款方式：合同签订后十五个工作日内甲方支付预付款%s元（¥%s）；系统终验合格后支付至合同总额的95%%；剩余质保金¥%s于质保期满后无息支付。" % (daxie(pre)[:-1], fmt_money(pre), fmt_money(qa))),
          ("p", "第四条　交付期限：乙方应于%s前完成全部设备交付及安装调试，并于%s前具备终验条件。" % (zh_date(c["sign"] + timedelta(days=75)), zh_date(c["sign"] + timedelta(days=120)))),
          ("p", "第五条　违约责任：乙方逾期交付的，每逾期一日按合同总金额的0.5‰向甲方支付违约金，违约金累计不超过¥%s；甲方逾期付款的，参照执行。" % fmt_money(A // 10)),
          ("p", "第六条　本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。")]
    p2 = [("p", "（以下无正文，为签署页）", 10.5, 0), ("sp", 20),
          ("two", ["甲方（盖章）：" + c["cust_doc"][:16], c["cust_doc"][16:], "法定代表人或授权代表：", "签订日期：" + zh_date(c["sign"], rng.random() < .5)],
           ["乙方（盖章）：" + app["name"][:16], app["name"][16:], "法定代表人或授权代表：", "签订日期：" + zh_date(c["sign"])]),
          ("seal", c["cust_doc"], 150, -70, "合同专用章"), ("seal", app["name"], 420, -70, "合同专用章")]
    return D("contract", "C0", F(contract_no=c["no"], amount_yuan=yuan_str(A), date=c["sign"].isoformat(), customer=c["cust_doc"]),
             [p1, p2], "普通技术服务合同，预付款/质保金/违约金上限为干扰金额，交付期限为干扰日期" + ("，甲乙标签字距拉开" if sp else ""))


def n01_lease(app, c, rng, v):
    A = c["amount"]; months = 12; monthly = A // months
    rest = A - monthly * months
    dep = monthly * 2
    start = c["sign"] + timedelta(days=10)
    p1 = [("title", "智能装备租赁合同"), ("kv", [("合同编号：", c["no"])], 9.5),
          ("kv", [("出租人（甲方）：", app["name"]), ("住所地：", app["addr"]), ("承租人（乙方）：", c["cust_doc"]), ("住所地：", c["cust_addr"]), ("统一社会信用代码：", c["cust_uscc"])]),
          ("p", "承租人因%s需要，向出租人租赁工业机器人、AGV及配套边缘计算设备（租赁物清单见附件一），双方经协商一致，订立本合同。" % c["title"]),
          ("p", "一、租赁期限：自%s起至%s止，共%d个月。租赁物交付地点为承租人厂区。" % (zh_date(start), zh_date(start + timedelta(days=365)), months)),
          ("p", "二、租金：月租金为¥%s，租赁期内租金总额为%s%s。租金按季度支付，每季度首月十日前付清。" % (fmt_money(monthly), money(A), "（首期租金含尾差¥%s）" % fmt_money(rest) if rest else "")),
          ("p", "三、押金：承租人应于租赁物交付前向出租人支付押金¥%s，租赁期满且租赁物完好返还后无息退还。押金不计入租金总额。" % fmt_money(dep)),
          ("p", "四、出租人负责租赁物的安装、调试、系统部署及租赁期内的维护保养；承租人应于安装调试完成后组织验收。"),
          ("p", "五、本合同于%s在天津市%s签订，自双方盖章之日起生效。" % (cn_date(c["sign"]), c["district"])), ("sp", 20),
          ("two", ["出租人（盖章）", "", "委托代理人："], ["承租人（盖章）", "", "委托代理人："]),
          ("seal", app["name"], 170, -60, "合同专用章"), ("seal", c["cust_doc"], 420, -60, "合同专用章")]
    return D("contract", "N01", F(contract_no=c["no"], amount_yuan=yuan_str(A), date=c["sign"].isoformat(), customer=c["cust_doc"]),
             [p1], "租赁合同：申报单位为出租人（甲方），客户为承租人（乙方）；月租金与押金为干扰金额，租期起止为干扰日期，签订日期仅以汉字写在正文")


def n15_custody(app, c, rng, v):
    A = c["amount"]
    p1 = [("title", "设备托管运营服务协议"), ("right", "协议编号：" + c["no"], 9.5),
          ("p", "%s（以下简称“委托方”），统一社会信用代码%s，与%s（以下简称“托管方”）就委托方%s的设备托管运营事宜，达成如下协议：" % (c["cust_doc"], c["cust_uscc"], app["name"], c["title"]), 10.5),
          ("p", "1. 托管范围：委托方数字化车间内的数控设备、工业网关、MES服务器及能耗监测终端，托管方负责7×24小时远程监控、预测性维护和数据分析。"),
          ("p", "2. 托管期限：三年，自系统上线之日起计算。"),
          ("p", "3. 服务费用：三年托管运营服务费合计人民币%s，托管方每年出具运营报告，委托方按年度结算。超出约定范围的备件费用按实结算，不在上述费用之内。" % daxie(A)),
          ("p", "4. 服务水平：关键设备故障响应时间不超过2小时，设备综合效率（OEE）提升目标不低于8%，未达标的按年度服务费的5%扣减。"),
          ("p", "5. 本协议经双方法定代表人或授权代表签字并加盖公章后生效。"), ("sp", 16),
          ("two", ["委托方（公章）：", c["cust_doc"], "日期：" + zh_date(c["sign"])], ["托管方（公章）：", app["name"], "日期：" + zh_date(c["sign"])], 10),
          ("seal", c["cust_doc"], 160, -50, ""), ("seal", app["name"], 420, -50, "")]
    return D("contract", "N15", F(contract_no=c["no"], amount_yuan=yuan_str(A), date=c["sign"].isoformat(), customer=c["cust_doc"]),
             [p1], "托管运营服务协议：当事人只在首段以“以下简称”定义，金额只有大写，托管期限与扣减比例为干扰")


# ---------------- acceptance ----------------
def a0_report(app, c, rng, v):
    ad = c["acc"]; res = c["acc_result"]
    rows = [["项目名称", c["title"]], ["合同编号", c["no"]], ["建设单位", c["acc_by"]], ["承建单位", app["name"]],
            ["合同金额", "¥" + fmt_money(c["acc_amount"])], ["验收日期", zh_date(ad)],
            ["验收意见", "项目已按合同完成全部建设内容，系统运行稳定，文档齐全，验收组同意通过验收。" if res == "passed" else "系统主要功能未达到合同约定指标，验收组意见：不予通过，限期整改后重新申请验收。"],
            ["验收结论", "合格" if res == "passed" else "不合格"]]
    p = [("title", "项目验收报告"), ("table", rows, [0.25, 0.75], 10), ("sp", 20),
         ("two", ["建设单位（盖章）：", "", "负责人："], ["承建单位（盖章）：", "", "项目经理："]), ("seal", c["acc_by"], 170, -50, "")]
    return D("acceptance_report", "A0", F(contract_no=c["no"], amount_yuan=yuan_str(c["acc_amount"]), date=ad.isoformat(), customer=c["acc_by"], result=res),
             [p], "普通表格式验收报告" + ("（结论不合格）" if res != "passed" else ""))


def n04_reply(app, c, rng, v):
    ad = c["acc"]; res = c["acc_result"]; issue = ad + timedelta(days=rng.choice([0, 1, 2, 3]))
    if issue.year != ad.year:
        issue = ad
    abbr = c["cust_doc"][:2]
    body = ("%s，由公司生产管理部、信息中心、财务部及外聘专家组成的验收组对%s实施的“%s”项目进行了竣工验收。验收组听取了项目实施汇报，查验了现场运行情况和技术资料，认为项目已完成合同约定的全部建设内容。" % (zh_date(ad), app["name"], c["title"]))
    concl = "经研究，同意该项目通过竣工验收，转入质保期运维。" if res == "passed" else "经研究，该项目暂不予通过竣工验收，请你部督促承建单位完成整改后重新报验。"
    p = [("red", c["cust_doc"] + "文件", 20 if len(c["cust_doc"]) < 16 else 15), ("center", "%s发〔%d〕%d号" % (abbr, issue.year, rng.randint(12, 160))), ("hr", (0.8, 0.1, 0.1)), ("sp", 6),
         ("title", "关于同意“%s”项目通过竣工验收的批复" % c["title"] if res == "passed" else "关于“%s”项目竣工验收的批复" % c["title"], 13),
         ("p", "设备工程部：", 10.5, 0), ("p", "你部《关于%s项目竣工验收的请示》收悉。经研究，现批复如下：" % c["title"]),
         ("p", "一、" + body), ("p", "二、" + concl),
         ("p", "三、请你部按合同（编号：%s）约定办理后续结算及质保金管理工作。" % c["no"] if v % 2 == 0 else "三、请你部做好项目资料归档及运维交接工作。"), ("sp", 30),
         ("right", c["cust_doc"]), ("right", cn_date(issue)), ("seal", c["cust_doc"], 430, -70, "")]
    return D("acceptance_report", "N04", F(contract_no=c["no"] if v % 2 == 0 else None, date=ad.isoformat(), customer=c["cust_doc"], result=res),
             [p], "客户红头批复：验收日期在正文句中（验收组验收之日），批复印发日期与文号为干扰，无金额")


def n05_commissioning(app, c, rng, v):
    ad = c["acc"]; res = c["acc_result"]; t0 = ad - timedelta(days=rng.randint(8, 20))
    p1 = [("title", "设备安装调试报告"), ("kv", [("使用单位：", c["acc_by"]), ("安装单位：", app["name"]), ("项目名称：", c["title"]), ("合同号：", c["no"])]),
          ("table", [["序号", "调试项目", "技术要求", "实测结果", "结论"], ["1", "机器人重复定位精度", "≤±0.05mm", "±0.03mm", "符合"], ["2", "产线节拍", "≤45s/件", "42s/件", "符合"],
                     ["3", "数据采集点位在线率", "≥99%", "99.6%", "符合"], ["4", "MES工单下发", "实时", "实时", "符合"]], [0.08, 0.32, 0.2, 0.2, 0.2], 9.5),
          ("p", "调试时间：%s至%s。调试期间设备连续运行72小时无故障。" % (zh_date(t0), zh_date(t0 + timedelta(days=5))), 10, 0),
          ("sp", 10), ("kv", [("调试负责人：", "")]), ("hand", "王", 170, -22, 16, 0)]
    p2 = [("title", "设 备 验 收 合 格 证", 16), ("kv", [("使用单位", "：" + c["acc_by"]), ("设备/系统", "：" + c["title"]), ("合同金额", "：" + daxie(c["acc_amount"]))]),
          ("p", "经使用单位组织验收，上述设备安装调试完毕，各项性能指标符合合同及技术协议要求，%s。" % ("验收合格，准予投入使用" if res == "passed" else "验收不合格，暂不得投入使用"), 10.5, 2),
          ("kv", [("验收结论：", "合格" if res == "passed" else "不合格"), ("验收日期：", zh_date(ad, True))]), ("sp", 10),
          ("kv", [("使用单位（盖章）", "")]), ("seal", c["acc_by"], 300, -40, "设备管理专用章")]
    return D("acceptance_report", "N05", F(amount_yuan=yuan_str(c["acc_amount"]), contract_no=c["no"], date=ad.isoformat(), customer=c["acc_by"], result=res),
             [p1, p2], "两页：调试报告（调试起止为干扰日期）+ 验收合格证（大写金额、字距拉开的日期）")


def n06_milestone(app, c, rng, v):
    ad = c["acc"]; res = c["acc_result"]; s = c["sign"]
    m1 = s + timedelta(days=20); m2 = s + timedelta(days=(ad - s).days // 2)
    rows = [["里程碑", "内容", "完成日期", "付款比例", "确认"], ["M1", "需求调研及方案确认", zh_date(m1), "30%", "通过"], ["M2", "系统上线试运行", zh_date(m2), "30%", "通过"],
            ["M3", "终验", zh_date(ad), "35%", "通过" if res == "passed" else "不通过"], ["—", "质保期满", "—", "5%", "—"]]
    p = [("title", "项目里程碑验收确认单"), ("kv", [("项目名称：", c["title"]), ("合同编号：", c["no"]), ("合同金额：", "¥" + fmt_money(c["acc_amount"]) + "元"), ("甲方（客户）：", c["acc_by"]), ("乙方（实施方）：", app["name"])]),
         ("table", rows, [0.1, 0.36, 0.2, 0.16, 0.18], 9.5),
         ("p", "确认意见：本项目全部里程碑%s，以M3终验完成日期作为项目验收日期。" % ("均已完成并经甲方确认，项目通过终验" if res == "passed" else "中M3终验未通过"), 10.5, 0), ("sp", 10),
         ("two", ["甲方项目负责人：", "甲方（盖章）"], ["乙方项目经理：", "乙方（盖章）"]), ("seal", c["acc_by"], 170, -40, "")]
    return D("acceptance_report", "N06", F(contract_no=c["no"], amount_yuan=yuan_str(c["acc_amount"]), date=ad.isoformat(), customer=c["acc_by"], result=res),
             [p], "里程碑确认单：多个里程碑日期与付款比例为干扰，M3终验日期为验收日期")


# ---------------- payments ----------------
def p0_bank(app, c, rng, v, pay):
    d, amt, payer, memo_no = pay["date"], pay["amount"], pay["payer"], pay["memo_no"]
    memo = ("支付合同%s款" % memo_no) if memo_no else rng.choice(["货款", "项目款", "技术服务费"])
    rows = [["付款人户名", payer, "收款人户名", app["name"]], ["付款人账号", pay["payer_acct"], "收款人账号", app["acct"]],
            ["付款人开户行", pay["payer_bank"], "收款人开户行", app["bank"]], ["金额（大写）", daxie(amt), "金额（小写）", "¥" + fmt_money(amt)],
            ["交易日期", d.strftime("%Y-%m-%d"), "交易流水号", "%d%08d" % (d.year, rng.randint(1, 99999999))], ["用途", memo, "回单编号", str(rng.randint(10 ** 11, 10 ** 12))]]
    p = [("title", "天津银行电子回单", 15), ("center", "（借方回单）", 9), ("table", rows, [0.17, 0.33, 0.17, 0.33], 9), ("right", "打印时间：%s 10:%02d:11" % ((d + timedelta(days=rng.randint(30, 200))).isoformat(), rng.randint(0, 59)), 8),
         ("seal", "天津银行股份有限公司电子回单专用章", 440, -40, "")]
    return D("payment_proof", "P0", F(contract_no=memo_no, amount_yuan=yuan_str(amt), date=d.isoformat(), payer=payer, payee=app["name"]),
             [p], "银行电子回单（本人措辞），打印时间为干扰日期")


def n07_netbank(app, c, rng, v, pay):
    d, amt, payer, memo_no = pay["date"], pay["amount"], pay["payer"], pay["memo_no"]
    sub = d - timedelta(days=1)
    memo = ("%s合同款" % memo_no) if memo_no else "工程款"
    p = [("kv", [("企业网上银行 > 转账汇款 > 交易查询 > 交易详情", "")], 9), ("hr",),
         ("title", "交 易 详 情", 14),
         ("kv", [("指令编号", "  " + str(rng.randint(10 ** 13, 10 ** 14))), ("付款账户名称", "  " + payer), ("付款账号", "  " + pay["payer_acct"]),
                 ("收款账户名称", "  " + app["name"]), ("收款账号", "  " + app["acct"]), ("收款银行", "  " + app["bank"]),
                 ("转账金额", "  %s 元" % fmt_money(amt)), ("金额大写", "  " + daxie(amt)), ("用途/附言", "  " + memo),
                 ("银行处理时间", "  %s %02d:%02d:%02d" % (d.isoformat(), rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59))), ("交易状态", "  交易成功")], 10),
         ("sp", 6), ("kv", [("审批流程", "")], 10.5),
         ("table", [["环节", "操作员", "操作时间", "意见"], ["经办", "财务部 刘昀", "%s 17:42:08" % sub.isoformat(), "提交"], ["复核", "财务部 张瑄", "%s 08:55:31" % d.isoformat(), "同意"],
                    ["授权", "财务总监 李堃", "%s 09:20:47" % d.isoformat(), "同意"]], [0.15, 0.3, 0.35, 0.2], 9),
         ("center", "本页面由网上银行系统生成，仅供参考，以银行入账为准", 8)]
    return D("payment_proof", "N07", F(contract_no=memo_no, amount_yuan=yuan_str(amt), date=d.isoformat(), payer=payer, payee=app["name"]),
             [p], "企业网银交易详情页含经办/复核/授权审批流程：经办提交日期（前一日）为干扰，交易日期取银行处理时间")


def n08_ap_list(app, c, rng, v, pays):
    payer = pays[0]["payer"]
    rows = [["序号", "付款日期", "记账凭证号", "付款方式", "金额（元）"]]
    tot = 0
    for i, p in enumerate(pays):
        rows.append([str(i + 1), p["date"].isoformat(), "记-%02d-%04d" % (p["date"].month, rng.randint(1, 3000)), rng.choice(["网银转账", "电汇", "银行承兑汇票"]), fmt_money(p["amount"])])
        tot += p["amount"]
    rows.append(["合计", "", "", "", fmt_money(tot)])
    last = max(p["date"] for p in pays)
    letter = last + timedelta(days=rng.randint(20, 60))
    pg = [("title", "应付账款付款明细表", 15), ("kv", [("付款单位：", payer), ("收款单位：", app["name"]), ("合同名称：", c["title"]), ("合同编号：", c["no"]), ("合同金额：", "¥" + fmt_money(c["amount_doc"]))], 10),
          ("table", rows, [0.1, 0.22, 0.24, 0.2, 0.24], 9.5),
          ("p", "上述款项已由我单位通过银行支付至收款单位账户，累计已付%s，与我单位账面记录一致。" % money(tot)), ("sp", 16),
          ("right", "编制：财务部　审核：王赟"), ("right", payer + "财务部"), ("right", zh_date(letter)), ("seal", payer, 430, -70, "财务专用章")]
    return D("payment_proof", "N08", F(contract_no=c["no"], amount_yuan=yuan_str(tot), date=last.isoformat(), payer=payer, payee=app["name"]),
             [pg], "客户财务部出具的应付账款付款明细表：多笔付款列表，金额取合计、日期取最后一笔；合同金额与出具日期为干扰")


# ---------------- procurement ----------------
def r0_bid_notice(app, c, rng, v):
    d = c["proc_date"]; A = c["proc_amount"]
    p = [("title", "中 标 通 知 书", 18), ("right", "招标编号：TJZB-%d-%04d" % (d.year, rng.randint(1, 9999)), 9.5),
         ("p", app["name"] + "：", 10.5, 0),
         ("p", "我方于%s开标的“%s”招标项目，经评标委员会评审并经招标人确定，贵单位为中标人，中标价格为%s。" % (zh_date(d - timedelta(days=9)), c["title"], money(A))),
         ("p", "请贵单位在接到本通知书后三十日内与招标人签订合同，并按招标文件要求提交履约保证金（中标价的5%）。"), ("sp", 16),
         ("right", "招标人：" + c["cust_doc"]), ("right", "招标代理机构：天津市泽瑄招标代理有限公司"), ("right", zh_date(d)),
         ("seal", c["cust_doc"], 420, -70, "")]
    return D("procurement_proof", "R0", F(amount_yuan=yuan_str(A), date=d.isoformat(), customer=c["cust_doc"]),
             [p], "中标通知书（本人措辞），开标日期与履约保证金为干扰")


def n10_award_report(app, c, rng, v):
    d = c["proc_date"]; A = c["proc_amount"]; o1 = A * 104 // 100; o2 = A * 109 // 100
    open_d = d - timedelta(days=rng.randint(4, 10))
    cands = [["第一中标候选人", app["name"], fmt_money(A), "92.6"], ["第二中标候选人", "天津市翀远自动化工程有限公司", fmt_money(o1), "88.1"], ["第三中标候选人", "河北钧衡智能装备有限公司", fmt_money(o2), "85.4"]]
    if v % 2:
        cands = [cands[1], cands[0], cands[2]]; cands[0][0], cands[1][0] = "第一中标候选人", "第二中标候选人"
        cands[0][3], cands[1][3] = "90.2", "89.7"
    p = [("title", "定 标 报 告", 17), ("kv", [("招标人：", c["cust_doc"]), ("项目名称：", c["title"]), ("项目编号：", "DB%d%05d" % (d.year, rng.randint(1, 99999))), ("开标时间：", open_d.isoformat() + " 09:30")]),
         ("p", "评标委员会推荐的中标候选人如下（投标报价单位：元）：", 10.5, 0),
         ("table", [["排序", "投标人", "投标报价", "综合得分"]] + cands, [0.22, 0.42, 0.18, 0.18], 9.5),
         ("p", "定标委员会于%s召开定标会议，依据招标文件规定的“评定分离”定标办法，综合考虑投标人履约能力、技术方案及价格，经集体议事表决，确定%s为中标人，中标价为人民币%s元。" % (zh_date(d), app["name"], fmt_money(A))),
         ("kv", [("定标委员会成员签字：", "")]), ("hand", "赵明昀  孙橦  钱立", 200, -22, 13, 2), ("sp", 14),
         ("right", "招标人（盖章）"), ("right", "定标日期：" + d.isoformat()), ("seal", c["cust_doc"], 430, -60, "")]
    return D("procurement_proof", "N10", F(amount_yuan=yuan_str(A), date=d.isoformat(), customer=c["cust_doc"]),
             [p], "定标报告（评定分离）：三家候选人报价为干扰金额" + ("，申报单位排第二仍被确定为中标人" if v % 2 else "") + "，开标时间为干扰日期")


def n11_expo_order(app, c, rng, v):
    d = c["proc_date"]; A = c["proc_amount"]
    p = [("center", "第七届世界智能产业博览会", 12), ("title", "现场签约订货确认单", 16), ("right", "订单编号：" + c["no"], 9.5),
         ("table", [["订货方", c["cust_doc"]], ["统一社会信用代码", c["cust_uscc"]], ["供货方", app["name"]], ["展位号", "N%d-%03d" % (rng.randint(1, 9), rng.randint(1, 300))],
                    ["订货内容", c["title"]], ["订货金额", "%s万元（%s）" % (wan_str(A), daxie(A))], ["交货期", "合同签订后90日内"], ["确认日期", d.isoformat()]], [0.28, 0.72], 10),
         ("p", "双方确认：订货方在本届博览会期间选定供货方为上述项目的供应商，并于会后30日内签订正式合同，合同编号沿用本订单编号。", 10, 2), ("sp", 10),
         ("two", ["订货方代表（签字）：", "订货方（盖章）"], ["供货方代表（签字）：", "供货方（盖章）"]), ("hand", "周翀", 180, -50, 14, 3), ("seal", c["cust_doc"], 160, -30, "")]
    return D("procurement_proof", "N11", F(contract_no=c["no"], amount_yuan=yuan_str(A), date=d.isoformat(), customer=c["cust_doc"]),
             [p], "展会现场签约订货确认单：金额以万元与大写表示，交货期为干扰")


def n12_bargain(app, c, rng, v):
    d = c["proc_date"]; A = c["proc_amount"]; q0 = A * 112 // 100; q1 = A * 105 // 100
    p = [("title", "议价记录表", 16), ("kv", [("采购单位：", c["cust_doc"]), ("采购项目：", c["title"]), ("采购方式：", "单一来源 / 议价")]),
         ("table", [["轮次", "议价时间", "供应商报价（元）", "议价说明"], ["首次报价", (d - timedelta(days=6)).isoformat(), fmt_money(q0), "供应商书面报价"],
                    ["第一轮", (d - timedelta(days=2)).isoformat(), fmt_money(q1), "核减培训及差旅费用"], ["最终", d.isoformat(), fmt_money(A), "核减部分软件模块授权费"]], [0.15, 0.22, 0.25, 0.38], 9.5),
         ("p", "议价结论：经议价小组与%s多轮谈判，确定该供应商为本项目成交供应商，最终成交价为%s元（大写：%s）。" % (app["name"], fmt_money(A), daxie(A))),
         ("kv", [("议价小组成员：", "")]), ("hand", "陈堃　吴亦橦　郑思", 190, -22, 13, 1), ("sp", 10), ("right", "采购单位（盖章）"), ("right", "日期：" + zh_date(d)),
         ("seal", c["cust_doc"], 430, -56, "")]
    return D("procurement_proof", "N12", F(amount_yuan=yuan_str(A), date=d.isoformat(), customer=c["cust_doc"]),
             [p], "议价记录表：首次报价与第一轮报价为较高的干扰金额，取最终成交价")


# ---------------- standard drafts ----------------
def s0_standard(app, st, rng, v):
    p = [("center", "ICS 25.040", 9), ("center", "CCS J 07", 9), ("title", "团　体　标　准", 20), ("right", "T/TJIIA %03d—2023" % rng.randint(1, 200), 10), ("sp", 30),
         ("title", st["name"], 15), ("sp", 20), ("center", "（征求意见稿）", 12), ("sp", 160),
         ("center", "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9), ("sp", 20),
         ("center", "2023-XX-XX 发布　　　　　　2023-XX-XX 实施", 10), ("center", "天津市工业互联网协会　发布", 12)]
    p2 = [("title", "前　言", 14), ("p", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"),
          ("p", "本文件由天津市工业互联网协会提出并归口。"), ("p", "本文件起草单位：%s、天津大学、天津市昀澄数据科技有限公司。" % app["name"]),
          ("title", "1　范围", 12), ("p", "本文件规定了%s的总体要求、功能要求、数据要求及测试方法。" % st["name"].replace("规范", "").replace("指南", ""))]
    return D("standard_draft", "S0", F(title=st["name"]), [p, p2], "团体标准征求意见稿封面+前言")


# ---------------- other ----------------
def n02_tech_registration(app, c, rng, v):
    reg = "%d12%04d%06d" % (c["sign"].year, rng.randint(1, 9999), rng.randint(1, 999999))
    p = [("title", "技术合同认定登记证明", 17), ("kv", [("登记编号：", reg)], 10),
         ("table", [["合同名称", c["title"] + "技术服务合同"], ["技术合同类别", "技术服务"], ["卖方（受托方）", app["name"]], ["买方（委托方）", c["cust_doc"]],
                    ["合同成交额", "%s万元" % wan_str(c["amount"])], ["技术交易额", "%s万元" % wan_str(c["amount"] * 6 // 10)], ["合同有效期", "%s至%s" % (c["sign"].isoformat(), (c["sign"] + timedelta(days=364)).isoformat())]], [0.3, 0.7], 10),
         ("p", "经审查，该合同符合《技术合同认定规则》，予以认定登记。", 10.5, 2), ("sp", 20),
         ("right", "技术合同登记机构（盖章）"), ("right", zh_date(c["sign"] + timedelta(days=40))), ("seal", "天津市技术合同认定登记专用章", 430, -50, "")]
    return D("other", "N02", F(), [p], "技术合同认定登记证明（登记机构出具）：载有合同名称、买方、成交额，但不是合同本身——应为other")


def n03_approval(app, c, rng, v):
    p = [("title", c["cust_doc"], 13), ("title", "合同审批会签单", 16),
         ("table", [["合同名称", c["title"]], ["相对方", app["name"]], ["合同金额", "¥" + fmt_money(c["amount"])], ["承办部门", "设备工程部"], ["经办人意见", "拟签，请审批。"],
                    ["法务部意见", "条款已审核，同意。"], ["财务部意见", "已纳入年度预算，同意。"], ["分管领导意见", "同意签订。"]], [0.25, 0.75], 10),
         ("hand", "同意 %s" % (c["sign"] - timedelta(days=2)).strftime("%m.%d"), 320, -40, 14, 6)]
    return D("other", "N03", F(), [p], "客户内部合同审批会签单（OA打印）：有相对方与金额，但不是合同——应为other")


def n13_standard_project(app, stds, rng, v):
    rows = [["序号", "标准名称", "主要起草单位"]] + [[str(i + 1), s["name"], app["name"]] for i, s in enumerate(stds)]
    p = [("title", "关于下达2023年第一批团体标准制修订计划的通知", 13), ("p", "各会员单位："),
         ("p", "根据《天津市工业互联网协会团体标准管理办法》，经专家评审，现将2023年第一批团体标准制修订计划予以下达（见下表），请各起草单位按计划完成征求意见稿。"),
         ("table", rows, [0.1, 0.6, 0.3], 9.5), ("sp", 20), ("right", "天津市工业互联网协会"), ("right", "2023年3月6日"), ("seal", "天津市工业互联网协会", 430, -50, "")]
    return D("other", "N13", F(), [p], "标准立项通知：列出标准名称但不是标准草案——应为other")


def n14_pledge(app, rng):
    p = [("title", "申报材料真实性承诺函", 16), ("p", "天津市工业和信息化局："),
         ("p", "我单位郑重承诺：本次申报天津市智能制造和工业互联网系统解决方案供应商所提交的全部材料（含服务合同、验收报告、付款凭证、采购证明、标准草案等）真实、准确、完整，不存在弄虚作假行为。如有不实，我单位愿承担相应责任。"),
         ("sp", 40), ("right", "单位名称（公章）：" + app["name"]), ("right", "法定代表人（签字）："), ("right", "2024年3月12日"), ("seal", app["name"], 420, -80, ""), ("hand", "杜昀", 470, -52, 15, 0)]
    return D("other", "N14", F(), [p], "申报单位真实性承诺函——应为other")


CONTRACT_G = [c0_service_contract, n01_lease, n15_custody]
ACCEPT_G = [a0_report, n04_reply, n05_commissioning, n06_milestone]
PROC_G = [r0_bid_notice, n10_award_report, n11_expo_order, n12_bargain]
