"""Evidence genres. Each genre builds a page model from values and returns the fields it states."""
from util import cn_upper, fmt_money, y2, d_cn, cn_date, d_dot, d_de, spaced

PHONE = (300, 620)


def F(**kw):
    f = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None, result=None, title=None)
    f.update(kw)
    return f


def money(v):
    return f"人民币{cn_upper(v)}（¥{fmt_money(v)}）"


# ---------------------------------------------------------------- contracts
def c_ordinary(ap, c, v, rng):
    """O1 ordinary prose contract, letter-spaced party labels, distractor amounts."""
    amt = v["amount"]
    pre = y2(float(amt) * 0.3)
    m = [("title", "技术服务与系统集成合同"), ("right", f"合同编号：{c['no']}"),
         ("kv", [(spaced("甲方") + "：", c["cust"]["name"]), ("住　　所：", c["cust"]["addr"]),
                 (spaced("乙方") + "：", ap["name"]), ("住　　所：", ap["addr"])]),
         ("p", f"甲乙双方经友好协商，就甲方“{c['title']}”项目达成如下协议。"),
         ("p", f"第一条 合同总金额为{money(amt)}，含税。"),
         ("p", f"第二条 合同生效后十五日内甲方向乙方支付预付款{fmt_money(pre)}元（¥{fmt_money(pre)}），其余款项验收合格后付清。"),
         ("p", f"第三条 交货期：{d_cn(v['deliver'])}前完成全部设备到货。质保金为合同总价的5%，质保期一年。"),
         ("p", "第四条 任何一方逾期履行的，按日向对方支付合同总价万分之五的违约金，违约金总额不超过合同总价的10%。"),
         ("p", "第五条 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。"),
         ("gap", 8),
         ("kv", [("甲方（盖章）：", c["cust"]["name"]), ("乙方（盖章）：", ap["name"]), ("签订日期：", d_cn(v["date"]))]),
         ("seal", c["cust"]["name"], "合同专用章", 0.25), ("seal", ap["name"], "合同专用章", 0.7)]
    return m, F(contract_no=c["no"], amount_yuan=y2(amt), date=v["date"].isoformat(), customer=v.get("customer", c["cust"]["name"]))


def c_tradein(ap, c, v, rng):
    """N01 以旧换新购销合同: new-equipment price, old-equipment trade-in credit, net total."""
    amt = float(v["amount"])
    old = round(amt * 0.08, -2)
    gross = amt + old
    cust = v.get("customer", c["cust"]["name"])
    m = [("title", "设备以旧换新购销合同"), ("p", f"合同编号：{c['no']}　　签订地点：天津市"),
         ("table", [["购买方（需方）", cust], ["统一社会信用代码", c["cust"]["uscc"]], ["销售方（供方）", ap["name"]], ["统一社会信用代码", ap["uscc"]]], [0.3, 0.7]),
         ("p", "一、新设备及旧设备回收明细"),
         ("table", [["项目", "名称", "数量", "金额（元）"],
                    ["新购", c["title"] + "成套设备", "1套", fmt_money(gross)],
                    ["旧机回收", "原有产线旧设备（折价抵扣）", "1批", "-" + fmt_money(old)],
                    ["合同价款", "（新设备价款扣除旧设备折价后）", "", fmt_money(amt)]], [0.15, 0.5, 0.1, 0.25]),
         ("p", f"二、本合同价款为新设备价款扣除旧设备回收折价后的净额，即大写：{cn_upper(amt)}。旧设备由供方于{d_cn(v['deliver'])}前自行拆除运走。"),
         ("p", "三、需方收到新设备并验收合格后六十日内付清合同价款。旧设备折价款直接冲抵，不另行结算。"),
         ("p", "四、供方逾期交货的，每日按合同价款的千分之一支付违约金。"),
         ("gap", 6), ("table", [["需方（盖章）", "供方（盖章）"], ["代表：", "代表："], [f"日期：{d_dot(v['date'])}", f"日期：{d_dot(v['date'])}"]]),
         ("seal", cust, "合同专用章", 0.22)]
    return m, F(contract_no=c["no"], amount_yuan=y2(amt), date=v["date"].isoformat(), customer=cust)


def c_de(ap, c, v, rng):
    """N02 German-Chinese Kaufvertrag (German-invested customer)."""
    amt = v["amount"]
    cust = v.get("customer", c["cust"]["name"])
    m = [("title", "KAUFVERTRAG 设备购买合同"), ("p", f"Vertragsnummer / 合同号: {c['no']}"),
         ("p", f"Zwischen / 甲方（买方 Käufer）: {cust}, {c['cust']['addr']}"),
         ("p", f"und / 乙方（卖方 Verkäufer）: {ap['name']}, {ap['addr']}"),
         ("p", f"§1 Vertragsgegenstand 合同标的: {c['title']}"),
         ("p", f"§2 Gesamtpreis 合同总价: Der Gesamtpreis beträgt RMB {fmt_money(amt)} (inkl. 13% MwSt.) 即人民币{cn_upper(amt)}。"),
         ("p", f"§3 Anzahlung 预付款: 20% = RMB {fmt_money(y2(float(amt)*0.2))}; Liefertermin 交货期: {d_de(v['deliver'])}."),
         ("p", "§4 Vertragsstrafe 违约金: 0,5% pro Woche, max. 5% des Gesamtpreises."),
         ("gap", 6),
         ("table", [["Käufer 买方", "Verkäufer 卖方"], [cust, ap["name"]], [f"Ort, Datum 地点/日期: Tianjin, {d_de(v['date'])}", f"Tianjin, {d_de(v['date'])}"]]),
         ("seal", cust, "合同专用章", 0.25)]
    return m, F(contract_no=c["no"], amount_yuan=y2(amt), date=v["date"].isoformat(), customer=cust)


# ---------------------------------------------------------------- acceptance
def a_grid(ap, c, v, rng):
    """O4 ordinary acceptance grid."""
    cust = v.get("customer", c["cust"]["name"])
    res = "■合格　□不合格" if v["result"] == "passed" else "□合格　■不合格"
    m = [("title", "项目验收报告"),
         ("table", [["项目名称", c["title"]], ["合同编号", c["no"]], ["建设单位", cust], ["承建单位", ap["name"]],
                    ["合同金额", money(v["amount"]) if v.get("amount") else "—"],
                    ["验收日期", d_cn(v["date"])], ["验收结论", res],
                    ["验收意见", "系统功能满足合同要求，运行稳定，同意验收。" if v["result"] == "passed" else "主要指标未达到合同要求，不予通过验收，限期整改。"]], [0.25, 0.75]),
         ("gap", 10), ("p", "建设单位（盖章）：　　　　　　　　　　　承建单位（盖章）："),
         ("seal", cust, "", 0.2)]
    return m, F(contract_no=c["no"], amount_yuan=y2(v["amount"]) if v.get("amount") else None, date=v["date"].isoformat(), customer=cust, result=v["result"])


def a_de(ap, c, v, rng):
    """N03 Abnahmeprotokoll 验收记录 (German-Chinese)."""
    cust = v.get("customer", c["cust"]["name"])
    ok = v["result"] == "passed"
    m = [("title", "ABNAHMEPROTOKOLL 验收记录"),
         ("table", [["Auftraggeber 委托方/使用单位", cust], ["Auftragnehmer 承包方", ap["name"]], ["Projekt 项目", c["title"]],
                    ["Bestellnummer 合同号", c["no"]], ["Datum der Abnahme 验收日期", d_de(v["date"])],
                    ["Gewährleistung bis 质保截止", d_de(v["date"].replace(year=v["date"].year + 2))]], [0.4, 0.6]),
         ("p", "Ergebnis der Abnahme 验收结果:"),
         ("p", ("☒ Abnahme erteilt 同意验收　☐ Abnahme verweigert 拒绝验收") if ok else ("☐ Abnahme erteilt 同意验收　☒ Abnahme verweigert 拒绝验收")),
         ("p", "Restpunkte 遗留问题: keine 无" if ok else "Restpunkte 遗留问题: Taktzeit nicht erreicht 节拍未达标"),
         ("gap", 8), ("table", [["Für den Auftraggeber 委托方签字", "Für den Auftragnehmer 承包方签字"], ["", ""]]),
         ("seal", cust, "", 0.2)]
    return m, F(contract_no=c["no"], date=v["date"].isoformat(), customer=cust, result=v["result"])


def a_oaflow(ap, c, v, rng):
    """N04 泛微 OA 'project acceptance' workflow printout with approval log."""
    cust = v.get("customer", c["cust"]["name"])
    ok = v["result"] == "passed"
    d = v["date"]
    m = [("small", f"{cust} 协同办公平台　　流程编号：YS-{d.year}{d.month:02d}-{rng.randint(100,999)}　　打印人：档案室"),
         ("title", "项目验收审批流程"),
         ("table", [["申请单位", cust + " 设备工程部"], ["供应商", ap["name"]], ["关联合同", f"{c['no']} {c['title']}"],
                    ["合同金额(元)", fmt_money(v["amount"]) if v.get("amount") else ""], ["验收方式", "现场验收"],
                    ["验收结论", "验收通过" if ok else "验收不通过"]], [0.25, 0.75]),
         ("p", "流转意见："),
         ("table", [["节点", "操作者", "意见", "时间"],
                    ["发起", "王昀", "已完成试运行，申请验收", f"{d_dot(d)} 09:12"],
                    ["部门负责人", "李瑄", "同意", f"{d_dot(d)} 10:40"],
                    ["验收小组组长", "张翀", "同意验收，验收合格" if ok else "不同意，存在未关闭缺陷", f"{d_dot(d)} 15:03"],
                    ["归档", "系统", "流程结束", f"{d_dot(d)} 15:04"]], [0.17, 0.13, 0.38, 0.32]),
         ("seal", cust, "项目专用章", 0.7)]
    return m, F(contract_no=c["no"], amount_yuan=y2(v["amount"]) if v.get("amount") else None, date=d.isoformat(), customer=cust, result=v["result"])


def a_userreport(ap, c, v, rng):
    """N05 用户使用报告 with an acceptance statement in the prose."""
    cust = v.get("customer", c["cust"]["name"])
    ok = v["result"] == "passed"
    m = [("title", "用 户 使 用 报 告"),
         ("p", f"{ap['name']}为我单位实施的“{c['title']}”（合同编号{c['no']}）自上线以来运行三个月，现将使用情况报告如下："),
         ("table", [["指标", "实施前", "实施后"], ["设备综合效率OEE", "61%", "78%"], ["产品一次合格率", "95.2%", "98.6%"], ["人均产值(万元/年)", "86", "112"]]),
         ("p", (f"我单位于{d_cn(v['date'])}组织相关部门对该项目进行了验收，项目各项指标达到合同约定，验收合格。" if ok else
                f"我单位于{d_cn(v['date'])}组织相关部门对该项目进行了验收，因数据采集完整率未达到合同约定，验收未通过。")),
         ("p", "特此报告。"), ("gap", 6), ("right", cust), ("right", cn_date(v["letter"])),
         ("seal", cust, "", 0.72)]
    return m, F(date=v["date"].isoformat(), customer=cust, result=v["result"])


# ---------------------------------------------------------------- payments
def p_ebank(ap, c, v, rng):
    """O3 ordinary bank e-receipt."""
    bank = rng.choice(["中国建设银行", "中国工商银行", "交通银行", "中国银行"])
    memo = f"{c['no']}合同款" if v.get("cite") else rng.choice(["货款", "工程款", "技术服务费"])
    m = [("title", f"{bank}网上银行电子回单"), ("small", f"回单编号：{rng.randint(10**11, 10**12-1)}　　打印日期：{d_dot(v['print'])}"),
         ("table", [["付款人户名", v["payer"], "收款人户名", v["payee"]],
                    ["付款人账号", v["pacct"], "收款人账号", ap["acct"]],
                    ["付款人开户行", v["pbank"], "收款人开户行", ap["bank"]],
                    ["金额（大写）", cn_upper(v["amount"]), "金额（小写）", f"¥{fmt_money(v['amount'])}"],
                    ["交易日期", v["date"].isoformat(), "用途", memo]], [0.18, 0.32, 0.18, 0.32]),
         ("seal", bank + "电子回单专用章", "", 0.75)]
    return m, F(contract_no=c["no"] if v.get("cite") else None, amount_yuan=y2(v["amount"]), date=v["date"].isoformat(), payer=v["payer"], payee=v["payee"])


def p_journal(ap, c, v, rng):
    """N06 the customer's own 银行存款日记账 printout (ERP), the payment one highlighted row."""
    d = v["date"]
    rows = [["日期", "凭证号", "摘要", "对方单位", "借方", "贷方", "余额"]]
    bal = 8_765_432.10
    others = [("收到退回保证金", "天津市滨海新区公共资源交易中心", 50000.0, 0), ("支付电费", "国网天津市电力公司", 0, 123456.78),
              ("支付原材料款", "河北冀衡钢材贸易有限公司", 0, 386000.0)]
    for i, (s, o, dr, cr) in enumerate(others[:2]):
        bal += dr - cr
        rows.append([f"{d.month:02d}-{max(1, d.day - 2 + i):02d}", f"记-{100+i}", s, o, fmt_money(dr) if dr else "", fmt_money(cr) if cr else "", fmt_money(bal)])
    bal -= float(v["amount"])
    memo = f"付{c['no']}合同款" if v.get("cite") else "付设备款"
    rows.append([f"{d.month:02d}-{d.day:02d}", "记-117", memo, v["payee"], "", fmt_money(v["amount"]), fmt_money(bal)])
    bal -= 386000.0
    rows.append([f"{d.month:02d}-{d.day:02d}", "记-118", others[2][0], others[2][1], "", "386,000.00", fmt_money(bal)])
    m = [("title", "银行存款日记账"), ("p", f"核算单位：{v['payer']}　　科目：100201 银行存款-{v['pbank']}　　期间：{d.year}年{d.month}期"),
         ("table", rows, [0.08, 0.08, 0.15, 0.27, 0.13, 0.14, 0.15]),
         ("small", f"打印时间：{d_dot(v['print'])}　制表：财务部　　（本页为账簿打印件，加盖财务专用章确认）"),
         ("seal", v["payer"], "财务专用章", 0.7)]
    return m, F(contract_no=c["no"] if v.get("cite") else None, amount_yuan=y2(v["amount"]), date=d.isoformat(), payer=v["payer"], payee=v["payee"])


def p_tenpay(ap, c, v, rng):
    """N07 财付通 enterprise payment e-receipt (third-party payment institution)."""
    m = [("title", "财付通支付科技有限公司"), ("sub", "企业付款交易电子回单"),
         ("kv", [("回单编号", f"TP{v['date'].strftime('%Y%m%d')}{rng.randint(10**9, 10**10-1)}"), ("交易时间", f"{v['date'].strftime('%Y/%m/%d')} 14:{rng.randint(10,59)}:{rng.randint(10,59)}"),
                 ("付款方", v["payer"]), ("付款账户", "商户号 1" + str(rng.randint(10**8, 10**9 - 1))),
                 ("收款方", v["payee"]), ("收款账户", f"{ap['bank']} 尾号{ap['acct'][-4:]}"),
                 ("交易金额", f"{fmt_money(v['amount'])} 元"), ("交易状态", "成功"),
                 ("附言", f"合同{c['no']}" if v.get("cite") else "项目款")]),
         ("small", "本回单仅证明付款方已通过财付通向收款方完成付款，不作为收款方已入账的凭据。"),
         ("seal", "财付通支付科技有限公司", "电子回单专用章", 0.7)]
    return m, F(contract_no=c["no"] if v.get("cite") else None, amount_yuan=y2(v["amount"]), date=v["date"].isoformat(), payer=v["payer"], payee=v["payee"])


def p_chat(ap, c, v, rng):
    """N08 phone screenshot of a WeChat chat where the customer's accountant forwards a receipt card."""
    hh = v["date"]
    m = [("small", "9:41　　　　　　　　　　　　　　 5G 86%"), ("sub", f"〈　{v['payer'][:6]}…财务 刘赟（3）"),
         ("small", f"{hh.month}月{hh.day}日 下午4:18"),
         ("p", "刘赟：张经理，款已经付了，回单发您，麻烦查收"),
         ("table", [["转账回单"], [f"付款户名：{v['payer']}"], [f"收款户名：{v['payee']}"], [f"金额：¥{fmt_money(v['amount'])}"],
                    [f"交易日期：{hh.isoformat()}"], [f"摘要：{('合同号' + c['no']) if v.get('cite') else '货款'}"], ["状态：交易成功"]]),
         ("p", "张堃：收到，谢谢刘姐！"), ("p", "刘赟：[表情]"), ("small", "按住 说话　　　　表情　＋")]
    return m, F(contract_no=c["no"] if v.get("cite") else None, amount_yuan=y2(v["amount"]), date=hh.isoformat(), payer=v["payer"], payee=v["payee"])


# ---------------------------------------------------------------- procurement
def r_notice(ap, c, v, rng):
    """O2 ordinary 中标通知书 (开标 date, 履约保证金 distractors)."""
    cust = c["cust"]["name"]
    amt = v["amount"]
    m = [("title", "中 标 通 知 书"), ("p", f"{ap['name']}："),
         ("p", f"我单位“{c['title']}”项目于{d_cn(v['open'])}开标，经评标委员会评审并经招标人确定，贵单位为中标人，中标金额为{money(amt)}。"),
         ("p", f"请贵单位在收到本通知书后30日内与我单位签订合同，并提交履约保证金{fmt_money(y2(float(amt)*0.05))}元。"),
         ("gap", 8), ("right", f"招标人：{cust}"), ("right", d_cn(v["date"])), ("seal", cust, "", 0.7)]
    return m, F(amount_yuan=y2(amt), date=v["date"].isoformat(), customer=cust)


def r_po(ap, c, v, rng):
    """O6 ordinary 采购订单."""
    cust = c["cust"]["name"]
    amt = v["amount"]
    m = [("title", "采 购 订 单"), ("kv", [("订单号/合同号：", c["no"]), ("采购方：", cust), ("供应商：", ap["name"]), ("订单日期：", v["date"].isoformat()),
                                         ("要求到货日期：", v["deliver"].isoformat())]),
         ("table", [["序号", "物料/服务", "数量", "金额（元）"], ["1", c["title"], "1项", fmt_money(amt)], ["", "订单金额合计", "", f"¥{fmt_money(amt)}"]], [0.1, 0.5, 0.15, 0.25]),
         ("p", "暂定价说明：如需追加备件，按暂定价￥50,000.00另行下单。"), ("seal", cust, "采购专用章", 0.6)]
    return m, F(contract_no=c["no"], amount_yuan=y2(amt), date=v["date"].isoformat(), customer=cust)


def r_contract_notice(ap, c, v, rng):
    """N09 政府采购合同公告 printed from a procurement web portal."""
    cust = c["cust"]["name"]
    amt = v["amount"]
    url = f"http://www.ccgp-tianjin.gov.cn/viewer.do?id={rng.randint(10**8,10**9-1)}"
    m = [("small", f"{v['print'].isoformat()} 10:22　　天津市政府采购网"),
         ("title", f"{cust}{c['title'][:8]}项目合同公告"),
         ("p", f"一、合同编号：{c['no']}"), ("p", f"二、合同名称：{c['title']}"),
         ("p", f"三、项目编号：TJZC-{v['date'].year}-{rng.randint(1000,9999)}"),
         ("p", f"四、采购人（甲方）：{cust}　地址：{c['cust']['addr']}"),
         ("p", f"五、供应商（乙方）：{ap['name']}　地址：{ap['addr']}"),
         ("p", f"六、合同主要信息：主要标的 {c['title']}；合同金额：{fmt_money(amt)}元；履约期限：合同签订后120日。"),
         ("p", f"七、合同签订日期：{c['sign'].isoformat()}　　八、合同公告日期：{v['pub'].isoformat()}"),
         ("p", "九、其他补充事宜：本项目专门面向中小企业采购。"),
         ("small", url + "　　1/1")]
    return m, F(contract_no=c["no"], amount_yuan=y2(amt), date=v["pub"].isoformat(), customer=cust)


# ---------------------------------------------------------------- standards
def st_group(ap, s, rng):
    """O5 团体标准 征求意见稿 cover."""
    m = [("small", "ICS 25.040　　CCS J 07"), ("title", "团　体　标　准"), ("sub", f"T/TJIMA {s['num']}—2023"), ("gap", 20),
         ("title", s["name"]), ("gap", 10), ("sub", "（征求意见稿）"), ("gap", 60),
         ("sub", "2023-××-××发布　　　　2023-××-××实施"), ("sub", "天津市智能制造产业协会　发 布"), ("page",),
         ("sub", "前　言"), ("p", f"本文件按照GB/T 1.1—2020的规定起草。本文件起草单位：{ap['name']}、天津大学。")]
    return m, F(title=s["name"])


def st_sj(ap, s, rng):
    """N10 电子行业标准 SJ/T 征求意见稿 with a 编制进度 line."""
    m = [("small", "ICS 31.020　　L 10"), ("sub", "中华人民共和国电子行业标准"), ("sub", f"SJ/T {s['num']}—202×"), ("gap", 16),
         ("title", s["name"]), ("sub", s.get("en", "Specification for industrial internet platform")), ("gap", 8),
         ("sub", "（征求意见稿）"), ("small", "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。"), ("gap", 40),
         ("sub", "中华人民共和国工业和信息化部　发布"), ("page",), ("sub", "前　言"),
         ("p", f"本标准由中国电子技术标准化研究院归口。本标准起草单位：{ap['name']}、天津市电子信息产品检测中心。")]
    return m, F(title=s["name"])


# ---------------------------------------------------------------- other
def o_license(ap, c, v, rng):
    m = [("title", "营 业 执 照"), ("sub", "（副　本）"), ("kv", [("统一社会信用代码", ap["uscc"]), ("名　　称", ap["name"]), ("类　　型", "有限责任公司"),
                                                         ("住　　所", ap["addr"]), ("注册资本", "伍仟万元人民币"), ("成立日期", "2012年06月18日")]),
         ("right", "登记机关"), ("seal", "天津市滨海新区市场监督管理局", "", 0.7)]
    return m, F()


def o_sme_decl(ap, c, v, rng):
    """N11 中小企业声明函 (government procurement, applicant's self-declaration)."""
    m = [("title", "中小企业声明函（货物）"),
         ("p", f"本公司郑重声明，根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定，本公司参加{c['cust']['name']}（单位名称）的{c['title']}（项目名称）采购活动，提供的货物全部由符合政策要求的中小企业制造。相关企业的具体情况如下："),
         ("p", f"1. {c['title']}（标的名称），属于工业行业；制造商为{ap['name']}，从业人员286人，营业收入为18650万元，资产总额为21300万元，属于中型企业；"),
         ("p", "以上企业，不属于大企业的分支机构，不存在控股股东为大企业的情形，也不存在与大企业的负责人为同一人的情形。本企业对上述声明内容的真实性负责。"),
         ("right", f"企业名称（盖章）：{ap['name']}"), ("right", f"日期：{d_cn(v['date'])}"), ("seal", ap["name"], "", 0.7)]
    return m, F()


def o_invoice_receipt(ap, c, v, rng):
    """N12 发票签收单: the customer signs for the VAT invoice — not a payment."""
    m = [("title", "发 票 签 收 单"), ("p", f"致：{c['cust']['name']}"),
         ("table", [["合同编号", "发票号码", "开票日期", "价税合计（元）"], [c["no"], str(rng.randint(10**19, 10**20 - 1)), v["date"].isoformat(), fmt_money(v["amount"])]]),
         ("p", "以上发票已于下列日期收到，发票信息核对无误。"), ("hand", f"签收人：周橦　　　签收日期：{d_dot(v['date'])}"),
         ("seal", c["cust"]["name"], "财务专用章", 0.6)]
    return m, F()


def o_intent(ap, c, v, rng):
    """N13 政府采购意向公开 web print: the plan before any procurement."""
    m = [("small", "天津市政府采购网 > 采购意向"), ("title", f"{c['cust']['name']}{v['date'].year}年政府采购意向"),
         ("p", "为便于供应商及时了解政府采购信息，现将采购意向公开如下："),
         ("table", [["序号", "采购项目名称", "采购需求概况", "预算金额（万元）", "预计采购时间"],
                    ["1", c["title"], "智能化改造", f"{float(v['amount'])/10000*1.1:.2f}", f"{v['date'].year}年{v['date'].month}月"]]),
         ("p", "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。"), ("right", c["cust"]["name"])]
    return m, F()


def o_maf(ap, c, v, rng):
    """N14 制造商授权书 (MAF) from an upstream manufacturer to the applicant."""
    m = [("title", "制造商授权书"), ("p", f"致：{c['cust']['name']}"),
         ("p", f"我方深圳市汇川昀橦自动化有限公司是按中华人民共和国法律成立的制造商，现授权{ap['name']}作为我方的合法代理，参加贵方“{c['title']}”项目的投标，并签署合同。本授权书自签署之日起至{d_cn(v['until'])}有效。"),
         ("right", "制造商：深圳市汇川昀橦自动化有限公司"), ("right", d_cn(v["date"])), ("seal", "深圳市汇川昀橦自动化有限公司", "", 0.7)]
    return m, F()


def o_prequal(ap, c, v, rng):
    """N15 资格预审合格通知书: the applicant may bid — not a selection of the supplier."""
    m = [("title", "资格预审合格通知书"), ("p", f"{ap['name']}："),
         ("p", f"你单位提交的“{c['title']}”项目资格预审申请文件已通过审查，经资格审查委员会评审，你单位资格预审合格。请于{d_cn(v['date'])}9时30分前递交投标文件，投标保证金￥{fmt_money(y2(float(v['amount'])*0.02))}（人民币{cn_upper(y2(float(v['amount'])*0.02))}）。"),
         ("p", "本通知书不代表中标，请勿以此作为合同签订依据。"),
         ("right", f"招标人：{c['cust']['name']}"), ("right", "招标代理机构：天津国际招标有限公司"),
         ("right", d_cn(v["date"] - __import__('datetime').timedelta(days=15))), ("seal", "天津国际招标有限公司", "招标专用章", 0.72)]
    return m, F()


CONTRACT = {"c_ordinary": c_ordinary, "c_tradein": c_tradein, "c_de": c_de}
ACCEPT = {"a_grid": a_grid, "a_de": a_de, "a_oaflow": a_oaflow, "a_userreport": a_userreport}
PAY = {"p_ebank": p_ebank, "p_journal": p_journal, "p_tenpay": p_tenpay, "p_chat": p_chat}
PROC = {"r_notice": r_notice, "r_po": r_po, "r_contract_notice": r_contract_notice}
STD = {"st_group": st_group, "st_sj": st_sj}
OTHER = {"o_license": o_license, "o_sme_decl": o_sme_decl, "o_invoice_receipt": o_invoice_receipt, "o_intent": o_intent, "o_maf": o_maf}
PHONE_GENRES = {"p_chat"}
