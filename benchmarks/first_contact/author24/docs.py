"""Genres. Each genre(f, rng) -> (spec, fields). spec is a layout description for render.py;
fields are exactly what the document states (None when not stated)."""
from util import daxie, fmt_money, zh_date, cn_date, spaced

F8 = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")


def fields(**kw):
    d = {k: None for k in F8}
    d.update(kw)
    return d


def money(a, style=0):
    if style == 0:
        return f"人民币{daxie(a)}（¥{fmt_money(a)}）"
    if style == 1:
        return f"￥{fmt_money(a)}元（大写：{daxie(a)}）"
    if style == 2:
        return f"{fmt_money(a)}元"
    return f"CNY {fmt_money(a)}"


def seal(name, sub="合同专用章", at=None):
    s = {"name": name, "sub": sub}
    if at is not None:
        s["at"] = at
    return s


# ---------------------------------------------------------------- contracts
def c_plain(f, rng):
    """ordinary 技术服务合同, letter-spaced 甲 方/乙 方, 预付款 and 违约金 as distractors"""
    a, c = f["app"], f["cus"]
    amt = f.get("contract_amount", f["amount"])
    adv = f"{int(float(amt) * 0.3):d}.00"
    ds = f.get("dstyle", 0)
    b = [
        ("right", f"合同编号：{f['cno']}"),
        ("title", f"{f['project']}技术服务合同"),
        ("kv", [(spaced("甲方"), c["name"]), ("统一社会信用代码", c["uscc"]), ("住    所", c["addr"]),
                (spaced("乙方"), a["name"]), ("统一社会信用代码", a["uscc"]), ("住    所", a["addr"])], 1),
        ("p", "甲乙双方根据《中华人民共和国民法典》及有关法律法规，本着平等自愿、诚实信用的原则，就甲方委托乙方实施"
              f"{f['project']}事宜，经协商一致，订立本合同，共同遵守。"),
        ("h", "第一条  服务内容"),
        ("p", "乙方负责完成现场调研、方案设计、软硬件部署、系统联调、人员培训及上线支持，具体内容以附件《技术方案》为准。"),
        ("h", "第二条  合同价款及支付"),
        ("p", f"1. 本合同总价款为{money(amt, 0)}，含税，税率6%。"),
        ("p", f"2. 合同签订后十个工作日内，甲方向乙方支付预付款¥{fmt_money(adv)}；系统验收合格后支付至合同总价款的95%；"
              "余款5%作为质保金，质保期满一年后无息支付。"),
        ("h", "第三条  履行期限"),
        ("p", f"乙方应于{zh_date(f['deliver'], 0)}前完成全部服务内容并提交验收申请。"),
        ("h", "第四条  违约责任"),
        ("p", f"任何一方违约的，应向守约方支付违约金，违约金以¥{fmt_money(int(float(amt)*0.1))}为上限。"),
        ("p", "本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。"),
        ("sign", [[f"甲方（盖章）：{c['name']}", "法定代表人或授权代表：", f"签订日期：{zh_date(f['sign'], ds)}"],
                  [f"乙方（盖章）：{a['name']}", "法定代表人或授权代表：", f"签订日期：{zh_date(f['sign'], ds)}"]]),
    ]
    spec = {"blocks": b, "seals": [seal(c["name"]), seal(a["name"])]}
    return spec, fields(contract_no=f["cno"], amount_yuan=amt, date=f["sign"], customer=f.get("contract_customer", c["name"]))


def c_instal(f, rng):
    """N12 分期付款设备买卖合同: 出卖人/买受人, total in prose, instalment table, 质保金, 交货期"""
    a, c = f["app"], f["cus"]
    cust = f.get("contract_customer", c["name"])
    amt = f.get("contract_amount", f["amount"])
    t = float(amt)
    p1 = round(t * 0.3, 2); p2 = round(t * 0.6, 2); p3 = round(t - p1 - p2, 2)
    b = [
        ("title", "分期付款设备买卖合同"),
        ("kv", [("合同编号", f["cno"]), ("签订地点", "天津市" + c.get("district", "西青区")), ("签订时间", zh_date(f["sign"], 2))], 3),
        ("p", f"买受人：{cust}（统一社会信用代码：{c['uscc']}，以下简称买受人）"),
        ("p", f"出卖人：{a['name']}（统一社会信用代码：{a['uscc']}，以下简称出卖人）"),
        ("p", f"双方就买受人向出卖人购买“{f['project']}”所需设备及配套软件，并以分期付款方式支付价款事宜，达成如下条款："),
        ("p", f"一、标的物及价款。标的物明细见附表一。全部标的物价款合计{daxie(amt)}，即{fmt_money(amt)}元，"
              "包括设备费、软件许可费、运输费、安装调试费及税费。"),
        ("p", "二、分期付款安排。买受人按下表分三期付款，各期付款以出卖人开具的增值税专用发票为前提："),
        ("table", ["期次", "付款节点", "比例", "应付金额（元）", "最迟付款日"],
         [["首期", "合同生效后", "30%", fmt_money(p1), zh_date(f["pays_due"][0], 1)],
          ["二期", "到货验收合格后", "60%", fmt_money(p2), zh_date(f["pays_due"][1], 1)],
          ["尾期（质保金）", "质保期满", "10%", fmt_money(p3), zh_date(f["pays_due"][2], 1)]]),
        ("p", f"三、交付。出卖人应于{zh_date(f['deliver'], 0)}前将标的物运至买受人指定地点。"),
        ("p", "四、所有权保留。买受人付清全部价款前，标的物所有权归出卖人所有。买受人未支付到期价款的数额达到全部价款的五分之一，"
              "经催告后在合理期限内仍未支付的，出卖人有权请求支付全部价款或解除合同。"),
        ("p", "五、本合同未尽事宜，双方协商解决；协商不成的，提交买受人所在地人民法院诉讼解决。"),
        ("sign", [["买受人（章）：" + cust, "委托代理人：", "电话："], ["出卖人（章）：" + a["name"], "委托代理人：", "电话："]]),
    ]
    return ({"blocks": b, "seals": [seal(cust), seal(a["name"])]},
            fields(contract_no=f["cno"], amount_yuan=amt, date=f["sign"], customer=cust))


# ---------------------------------------------------------------- acceptance
def a_plain(f, rng):
    a, c = f["app"], f["cus"]
    cust = f.get("acc_customer", c["name"])
    res = f.get("acc_result", "passed")
    b = [
        ("title", "项目验收报告"),
        ("kv", [("项目名称", f["project"]), ("合同编号", f["cno"]), ("验收单位", cust), ("实施单位", a["name"]),
                ("合同金额", money(f.get("acc_amount", f["amount"]), 1)), ("验收日期", zh_date(f["acc"], 0))], 1),
        ("h", "一、项目实施情况"),
        ("p", "实施单位按合同要求完成了系统部署、数据对接与人员培训，系统已连续稳定运行。"),
        ("h", "二、验收结论"),
        ("p", "经验收小组现场核查与功能测试，各项指标满足合同及技术协议要求，验收合格。" if res == "passed"
         else "经验收小组现场核查，数据采集模块与设备通讯不稳定，关键指标未达到合同要求，验收不合格，请实施单位限期整改。"),
        ("sign", [["验收单位（盖章）：" + cust, "验收负责人："], ["实施单位（盖章）：" + a["name"], "项目经理："]]),
    ]
    return ({"blocks": b, "seals": [seal(cust, "公章")]},
            fields(contract_no=f["cno"], amount_yuan=f.get("acc_amount", f["amount"]), date=f["acc"], customer=cust, result=res))


def a_handover(f, rng):
    """N05 系统移交证书: 移交单位/接收单位, 接收意见 prose, no amount, 培训日期 distractor"""
    a, c = f["app"], f["cus"]
    cust = f.get("acc_customer", c["name"])
    res = f.get("acc_result", "passed")
    cites = rng.random() < 0.6
    rows = [["工程/系统名称", f["project"]], ["移交单位", a["name"]], ["接收单位", cust]]
    if cites:
        rows.append(["依据合同", f["cno"]])
    rows += [["用户培训时间", zh_date(f["train"], 2) + " 至 " + zh_date(f["acc"], 2)],
             ["移交内容", "软件系统（含源程序介质）1套；服务器及网络设备清单1份；操作手册、维护手册各2册；竣工文档1套"],
             ["接收意见", ("上述系统已按合同完成建设，经我单位组织使用部门、信息部门联合检查，运行正常，资料齐全，"
                       f"验收合格，同意于{zh_date(f['acc'], 0)}正式接收。") if res == "passed" else
              ("经检查，系统报表模块与生产数据不一致，移交资料不齐全，验收不合格，暂不予接收。")]]
    b = [("title", "系 统 移 交 证 书"), ("right", f"编号：YJ-{f['acc'][:4]}-{rng.randint(10, 99)}"),
         ("grid", rows, [0.25, 0.75]),
         ("sign", [["移交单位（盖章）", "代表签字：", "日期：" + zh_date(f["acc"], 5)],
                   ["接收单位（盖章）", "代表签字：", "日期：" + zh_date(f["acc"], 5)]])]
    return ({"blocks": b, "seals": [seal(a["name"], "公章"), seal(cust, "公章")]},
            fields(contract_no=f["cno"] if cites else None, date=f["acc"], customer=cust, result=res))


def a_commission(f, rng):
    """N06 设备投运验收单: 到货日期, 投运日期 distractors; result as ■/□; 验收日期 in last row"""
    a, c = f["app"], f["cus"]
    cust = f.get("acc_customer", c["name"])
    res = f.get("acc_result", "passed")
    ok = "■合格  □不合格" if res == "passed" else "□合格  ■不合格"
    rows = [["使用单位", cust, "供货单位", a["name"]],
            ["设备/系统名称", f["project"], "合同号", f["cno"]],
            ["到货日期", zh_date(f["arrive"], 1), "投入运行日期", zh_date(f["run"], 1)],
            ["合同金额（元）", fmt_money(f.get("acc_amount", f["amount"])), "连续运行时长", "72小时无故障"],
            ["验收结论", ok, "验收日期", zh_date(f["acc"], 1)]]
    b = [("title", f"{cust}"), ("title2", "设备投运验收单"), ("right", "表号：SB-07"),
         ("grid", rows, [0.18, 0.32, 0.18, 0.32]),
         ("p", "运行情况：设备安装调试完毕，投运期间各项参数稳定，联锁保护动作正确，满足生产工艺要求。"),
         ("sign", [["使用部门：", "设备管理部："], ["生产副总：", "供货单位代表："]])]
    if f.get("hand"):
        b.append(("hand", "资料已收齐 " + zh_date(f["acc"], 3)))
    return ({"blocks": b, "seals": [seal(cust, "设备管理部")]},
            fields(contract_no=f["cno"], amount_yuan=f.get("acc_amount", f["amount"]), date=f["acc"], customer=cust, result=res))


def a_workload(f, rng):
    """N07 服务成果（工作量）确认单: man-day table summing to the contract amount; confirmation prose"""
    a, c = f["app"], f["cus"]
    cust = f.get("acc_customer", c["name"])
    amt = f.get("acc_amount", f["amount"])
    t = float(amt)
    parts = [round(t * 0.35, 2), round(t * 0.4, 2)]
    parts.append(round(t - sum(parts), 2))
    names = ["现状调研与方案设计", "平台部署与系统集成", "试运行保障与培训"]
    rows = [[str(i + 1), n, str(rng.randint(40, 300)), fmt_money(p)] for i, (n, p) in enumerate(zip(names, parts))]
    rows.append(["", "合计", "", fmt_money(amt)])
    b = [("title", "服务成果确认单"),
         ("p", f"致{a['name']}："),
         ("p", f"贵公司承担的“{f['project']}”（合同编号 {f['cno']}）服务工作量及成果如下："),
         ("table", ["序号", "服务内容", "人天", "金额（元）"], rows),
         ("p", f"我方确认：上述服务成果已全部交付，经我方组织验收，达到合同约定的质量要求，验收通过。" if f.get("acc_result", "passed") == "passed"
          else "我方意见：第2项成果未达到约定质量要求，本次验收不通过。"),
         ("sign", [["", ""], [f"确认单位：{cust}", "确认日期：" + zh_date(f["acc"], 0)]])]
    return ({"blocks": b, "seals": [seal(cust, "公章", 1)]},
            fields(contract_no=f["cno"], amount_yuan=amt, date=f["acc"], customer=cust, result=f.get("acc_result", "passed")))


# ---------------------------------------------------------------- payments
def p_plain(f, rng, p):
    """ordinary bank 电子回单 (my wording)"""
    bank = p.get("bank", "中国建设银行")
    rows = [["付款人户名", p["payer"], "收款人户名", p["payee"]],
            ["付款人账号", p["payer_acct"], "收款人账号", p["payee_acct"]],
            ["付款人开户行", p.get("payer_bank", bank + "天津分行"), "收款人开户行", "中国银行天津华苑支行"],
            ["金额（大写）", daxie(p["amount"]), "金额（小写）", "¥" + fmt_money(p["amount"])],
            ["交易日期", zh_date(p["date"], 1), "用途", p["memo"]]]
    b = [("title", f"{bank}  网上银行电子回单"), ("right", f"回单编号：{rng.randint(10**11, 10**12)}"),
         ("grid", rows, [0.16, 0.34, 0.16, 0.34]),
         ("p", f"打印日期：{zh_date(p['print'], 1)}    本回单可通过网上银行回单验证功能核验，重复打印无效。")]
    return ({"blocks": b, "seals": [seal(bank + "电子回单专用章", "业务受理")]},
            fields(contract_no=p["memo_cno"], amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"]))


def p_dingtalk(f, rng, p):
    """N01 钉钉 OA 付款审批 screenshot: 审批流 with timestamps; 付款状态：已支付 with 支付日期"""
    b = [("bar", "付款申请  ·  已通过"),
         ("kv", [("审批编号", f"2023{rng.randint(10**13, 10**14)}"), ("所在部门", "财务部"),
                 ("付款主体", p["payer"]), ("收款单位", p["payee"]), ("收款账号", p["payee_acct"]),
                 ("付款金额（元）", fmt_money(p["amount"])), ("付款事由", p["memo"]),
                 ("期望付款日期", zh_date(p["expect"], 1))], 1),
         ("h", "审批流程"),
         ("p", f"发起申请  采购部 王昀  {zh_date(p['expect'], 1)} 09:12"),
         ("p", f"部门负责人  已同意  {zh_date(p['expect'], 1)} 10:40"),
         ("p", f"财务总监  已同意  {zh_date(p['date'], 1)} 08:55"),
         ("p", f"出纳  已支付  {zh_date(p['date'], 1)} 14:27"),
         ("kv", [("付款状态", "已支付"), ("支付日期", zh_date(p["date"], 1)), ("支付方式", "银企直连")], 1)]
    return ({"blocks": b, "seals": [], "screen": True},
            fields(contract_no=p["memo_cno"], amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"]))


def p_query(f, rng, p):
    """N02 企业网银 交易查询结果 print: list of transfers, only one to the applicant"""
    others = [("天津港达物流有限公司", "12,300.00"), ("国网天津市电力公司", "86,412.55"), ("天津市自来水集团有限公司", "5,230.10")]
    rows = []
    for i, (n, m) in enumerate(others[:2]):
        rows.append([zh_date(p["date"], 1) + f" 0{9+i}:1{i}", n, "0302" + str(rng.randint(10**10, 10**11)), m, "费用", "成功"])
    rows.insert(1, [zh_date(p["date"], 1) + " 10:36", p["payee"], p["payee_acct"], fmt_money(p["amount"]), p["memo"], "成功"])
    b = [("title", "企业网上银行  转账汇款 > 交易查询"),
         ("kv", [("账户名称", p["payer"]), ("付款账号", p["payer_acct"]),
                 ("查询区间", zh_date(p["date"], 1) + " 至 " + zh_date(p["date"], 1))], 1),
         ("table", ["交易时间", "收款户名", "收款账号", "金额(元)", "用途", "状态"], rows),
         ("p", f"共3笔   打印时间：{zh_date(p['print'], 1)} 16:02:11")]
    return ({"blocks": b, "seals": []},
            fields(contract_no=p["memo_cno"], amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"]))


def p_receipt_conf(f, rng, p):
    """N03 到账确认书: issued by the payee (applicant), countersigned by payer; facts in one sentence"""
    cite = f"（合同编号：{p['memo_cno']}）" if p["memo_cno"] else ""
    b = [("title", "到 账 确 认 书"),
         ("p", f"{p['payer']}："),
         ("p", f"贵单位于{zh_date(p['date'], 0)}通过银行转账方式向我公司（{p['payee']}）支付的“{f['project']}”项目款"
               f"{cite}人民币{daxie(p['amount'])}（{fmt_money(p['amount'])}元），我公司已于当日全额收到，款项已入账。"),
         ("p", "特此确认。"),
         ("sign", [["付款单位确认：情况属实", "（盖章）"], [f"{p['payee']}", "财务部", zh_date(p["print"], 6)]])]
    return ({"blocks": b, "seals": [seal(p["payee"], "财务专用章", 1), seal(p["payer"], "财务专用章", 0)]},
            fields(contract_no=p["memo_cno"], amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"]))


def p_erp(f, rng, p):
    """N04 资金管理系统 付款指令回执: 指令状态 bank processing; 制单日期 distractor"""
    rows = [["付款单位", p["payer"], "付款账号", p["payer_acct"]],
            ["收款单位", p["payee"], "收款账号", p["payee_acct"]],
            ["指令金额", fmt_money(p["amount"]), "币种", "人民币"],
            ["业务摘要", p["memo"], "结算方式", "网银转账"],
            ["制单日期", zh_date(p["expect"], 1), "银行处理时间", zh_date(p["date"], 1) + " 15:08:44"],
            ["指令状态", "银行处理成功", "银行流水号", str(rng.randint(10**15, 10**16))]]
    b = [("title", "资金管理系统  付款指令回执单"),
         ("right", f"指令号：ZF{rng.randint(10**9, 10**10)}"),
         ("grid", rows, [0.15, 0.35, 0.15, 0.35]),
         ("p", "制单：李瑄    复核：张翀    审批：刘堃    （系统打印，无需签章）")]
    return ({"blocks": b, "seals": []},
            fields(contract_no=p["memo_cno"], amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"]))


# ---------------------------------------------------------------- procurement
def r_plain(f, rng):
    a, c = f["app"], f["cus"]
    cust = f.get("proc_customer", c["name"])
    b = [("title", "中 标 通 知 书"), ("p", f"{a['name']}："),
         ("p", f"我方组织的“{f['project']}”招标（招标编号：{f['bid_no']}），于{zh_date(f['open'], 0)}开标。经评标委员会评审，"
               f"确定贵单位为中标人，中标价{money(f.get('proc_amount', f['amount']), 0)}。"),
         ("p", "请贵单位收到本通知书后30日内与招标人签订合同。"),
         ("sign", [["", ""], [f"招标人：{cust}（盖章）", zh_date(f["proc"], 0)]])]
    return ({"blocks": b, "seals": [seal(cust, "公章", 1)]},
            fields(amount_yuan=f.get("proc_amount", f["amount"]), date=f["proc"], customer=cust))


def r_negotiate(f, rng):
    """N08 议标结果通知书: 议标 procedure, 首轮报价 vs 议定价, 议标日期 distractor"""
    a, c = f["app"], f["cus"]
    cust = f.get("proc_customer", c["name"])
    amt = f.get("proc_amount", f["amount"])
    first = f"{float(amt) * 1.06:.2f}"
    b = [("title", "议标结果通知书"), ("right", f"{cust[:2]}采议〔{f['proc'][:4]}〕{rng.randint(3, 60)}号"),
         ("p", f"{a['name']}："),
         ("p", f"关于“{f['project']}”，因技术复杂、潜在供应商少，经我公司采购管理委员会批准采用议标方式采购。"
               f"贵公司首轮报价{fmt_money(first)}元，经{zh_date(f['open'], 0)}议标小组两轮商议，最终议定价格为"
               f"{daxie(amt)}（{fmt_money(amt)}元）。"),
         ("p", "现确定贵公司为本项目供应商，请接此通知后携授权委托书到我公司办理合同签订手续。"),
         ("sign", [["", ""], [f"{cust}", "采购管理部", zh_date(f["proc"], 0)]])]
    return ({"blocks": b, "seals": [seal(cust, "采购专用章", 1)]},
            fields(amount_yuan=amt, date=f["proc"], customer=cust))


def r_signnotice(f, rng):
    """N09 合同签约通知书: 采购评审小组, 签约截止日期 distractor, cites the contract number to be signed"""
    a, c = f["app"], f["cus"]
    cust = f.get("proc_customer", c["name"])
    amt = f.get("proc_amount", f["amount"])
    b = [("title", "合同签约通知书"),
         ("kv", [("致", a["name"]), ("项目名称", f["project"]), ("拟签合同编号", f["cno"]),
                 ("成交金额", f"{fmt_money(amt)}元"), ("签约截止日期", zh_date(f["deadline"], 0))], 1),
         ("p", "经我公司采购评审小组对各供应商的技术方案、商务条件综合评审，确定贵公司为上述项目的成交供应商。"
               "请于签约截止日期前派授权代表持本通知书到我公司法务部办理合同签订事宜，逾期视为放弃。"),
         ("sign", [["", ""], [f"采购人：{cust}", f"日期：{zh_date(f['proc'], 3)}"]])]
    return ({"blocks": b, "seals": [seal(cust, "公章", 1)]},
            fields(contract_no=f["cno"], amount_yuan=amt, date=f["proc"], customer=cust))


def r_solicit(f, rng):
    """N10 供应商征集结果公示 (web print): 征集人, 公示期 date range, several bidders"""
    a, c = f["app"], f["cus"]
    cust = f.get("proc_customer", c["name"])
    amt = f.get("proc_amount", f["amount"])
    end = f["proc_end"]
    rows = [["1", a["name"], fmt_money(amt), "入选"],
            ["2", "北京恒翀智控科技有限公司", fmt_money(f"{float(amt)*1.04:.2f}"), "未入选"],
            ["3", "江苏瑄和自动化工程有限公司", fmt_money(f"{float(amt)*1.09:.2f}"), "未入选"]]
    b = [("small", f"https://ec.{c['dom']}.com/notice/detail?id={rng.randint(10**6, 10**7)}        {zh_date(f['print'], 1)} 09:31"),
         ("title", f"{f['project']}供应商征集结果公示"),
         ("p", f"发布时间：{zh_date(f['proc'], 1)}    征集人：{cust}"),
         ("p", f"一、征集项目：{f['project']}"),
         ("p", "二、征集结果："),
         ("table", ["序号", "应征单位", "报价（元）", "结果"], rows),
         ("p", f"三、公示期：{zh_date(f['proc'], 1)} 至 {zh_date(end, 1)}。如有异议，请在公示期内以书面形式向征集人提出。"),
         ("small", "第 1 页 / 共 1 页")]
    return ({"blocks": b, "seals": []},
            fields(amount_yuan=amt, date=f["proc"], customer=cust))


def r_orderconf(f, rng):
    """N11 订单确认函 (customer confirms an order = the contract); 交货期 distractor"""
    a, c = f["app"], f["cus"]
    cust = f.get("proc_customer", c["name"])
    amt = f.get("proc_amount", f["amount"])
    b = [("title", "订 单 确 认 函"),
         ("p", f"{a['name']}："),
         ("p", f"贵公司报价单已收悉。经我司比价审批，现确认向贵公司订购下列货物/服务，订单编号 {f['cno']}："),
         ("table", ["品名", "数量", "金额（元）", "要求交货期"],
          [[f["project"], "1项", fmt_money(amt), zh_date(f["deliver"], 1)]]),
         ("p", f"订单金额合计：{money(amt, 1)}"),
         ("p", "请于三个工作日内回签确认。"),
         ("sign", [[f"供方回签：{a['name']}", ""], [f"需方：{cust}", f"{zh_date(f['proc'], 0)}"]])]
    return ({"blocks": b, "seals": [seal(cust, "合同专用章", 1)]},
            fields(contract_no=f["cno"], amount_yuan=amt, date=f["proc"], customer=cust))


# ---------------------------------------------------------------- other
def o_paycert(f, rng):
    """N13 工程款支付证书 (监理 table): a certificate to pay, not a payment -> other"""
    a, c = f["app"], f["cus"]
    amt = float(f["amount"])
    due = round(amt * 0.6, 2)
    b = [("title", "工程款支付证书"), ("right", "表 B.0.8    编号：ZF-0" + str(rng.randint(1, 9))),
         ("p", f"工程名称：{f['project']}"),
         ("p", f"致：{c['name']}（建设单位）"),
         ("p", f"根据施工合同约定，经审核编号为{rng.randint(1, 9):02d}的工程款支付报审表，扣除有关款项后，同意支付工程款共计（大写）"
               f"{daxie(f'{due:.2f}')}（小写：{fmt_money(f'{due:.2f}')}元）。"),
         ("p", f"其中：1. 施工单位申报款为：{fmt_money(f'{amt*0.65:.2f}')}元；2. 经审核施工单位应得款为：{fmt_money(f'{due:.2f}')}元；"
               "3. 本期应扣款为：0.00元；4. 本期应付款为：" + fmt_money(f"{due:.2f}") + "元。"),
         ("sign", [["", ""], ["项目监理机构（盖章）", "总监理工程师（签字、加盖执业印章）", zh_date(f["acc"], 0)]])]
    return {"blocks": b, "seals": [seal("天津市瑞堃工程监理有限公司", "项目监理机构", 1)]}, fields()


def o_audit(f, rng):
    """N14 结算审计报告（节选）: 审定金额 differs from the contract -> other"""
    a, c = f["app"], f["cus"]
    amt = float(f["amount"])
    b = [("title", f"关于{f['project']}结算的审计报告（节选）"),
         ("right", f"津瑄审字〔2024〕第{rng.randint(100, 999)}号"),
         ("p", f"{c['name']}："),
         ("p", f"我们接受委托，对贵单位与{a['name']}之间的{f['project']}结算进行了审计。送审金额{fmt_money(f'{amt:.2f}')}元，"
               f"审定金额{fmt_money(f'{amt*0.97:.2f}')}元，审减金额{fmt_money(f'{amt*0.03:.2f}')}元，审减率3.00%。"),
         ("p", "审减原因主要为部分材料单价高于同期信息价，以及现场签证工程量重复计算。"),
         ("sign", [["", ""], ["天津瑄和工程造价咨询有限公司", "中国注册造价工程师：", "二〇二四年三月八日"]])]
    return {"blocks": b, "seals": [seal("天津瑄和工程造价咨询有限公司", "公章", 1)]}, fields()


def o_license(f, rng):
    a = f["app"]
    b = [("title", "营 业 执 照"), ("title2", "（副  本）"),
         ("kv", [("统一社会信用代码", a["uscc"]), ("名称", a["name"]), ("类型", "有限责任公司"), ("住所", a["addr"]),
                 ("注册资本", "伍仟万元整"), ("成立日期", "2011年06月18日")], 1),
         ("p", "经营范围：工业自动控制系统装置制造；工业互联网数据服务；软件开发；信息系统集成服务。"),
         ("sign", [["", ""], ["登记机关", "2022年09月02日"]])]
    return {"blocks": b, "seals": [seal("天津市市场监督管理局", "登记机关", 1)]}, fields()


def s_draft(std, a, rng):
    code = f"T/TJZN {rng.randint(10, 99)}—2023"
    b = [("small", "ICS 25.040"), ("right", "团    体    标    准"), ("right", code),
         ("gap",), ("title", std["name"]), ("gap",), ("title2", f"（{std['stage']}）"), ("gap",),
         ("p", "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。"),
         ("gap",), ("p", "2023 - xx - xx 发布                        2023 - xx - xx 实施"),
         ("title2", "天津市智能制造产业协会  发布"),
         ("h", "前  言"),
         ("p", f"本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。本文件起草单位：{a['name']}等。")]
    return {"blocks": b, "seals": []}, fields(title=std["name"])


CONTRACT = {"c_plain": c_plain, "c_instal": c_instal}
ACCEPT = {"a_plain": a_plain, "a_handover": a_handover, "a_commission": a_commission, "a_workload": a_workload}
PAY = {"p_plain": p_plain, "p_dingtalk": p_dingtalk, "p_query": p_query, "p_receipt_conf": p_receipt_conf, "p_erp": p_erp}
PROC = {"r_plain": r_plain, "r_negotiate": r_negotiate, "r_signnotice": r_signnotice, "r_solicit": r_solicit, "r_orderconf": r_orderconf}
OTHER = {"o_paycert": o_paycert, "o_audit": o_audit, "o_license": o_license}
