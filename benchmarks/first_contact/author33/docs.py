"""Genres of evidence. Each genre returns (blocks, fields, extra); fields are what the paper states."""
import datetime as dt
from util import daxie, fmt_money, yuan, cn_date, cn_date_upper

def F(**kw):
    f = dict.fromkeys(["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"])
    f.update(kw)
    return f

def sp(label):  # letter-spaced label
    return " ".join(label)

def money(c):
    return "人民币%s（¥%s）" % (daxie(c), fmt_money(c))

D = dt.timedelta
GENRES = {}
def genre(gid, doc_type, name, issuer, new, what):
    def deco(fn):
        GENRES[gid] = dict(id=gid, doc_type=doc_type, name=name, issuer=issuer, new=new, what=what, fn=fn)
        return fn
    return deco

# ---------------- contracts ----------------
@genre("C0", "contract", "智能化改造项目合同（甲方/乙方，散文体）", "customer + applicant", False, "ordinary contract in own wording; 预付款 and 违约金 distractors")
def c_prose(x, rng, spaced=False):
    c, cu, ap = x["c"], x["cu"], x["ap"]
    L = sp if spaced else (lambda s: s)
    pre = c["amount"] * 3 // 10
    b = [("title", c["name"]), ("right", "合同编号：%s" % c["no"]), ("space", 6),
         ("p", "%s：%s" % (L("甲方"), cu["name"])), ("p", "地址：%s" % cu["address"]),
         ("p", "%s：%s" % (L("乙方"), ap["name"])), ("p", "地址：%s" % ap["address"]), ("space", 4),
         ("p", "甲乙双方本着平等互利的原则，经友好协商，就甲方%s事宜达成如下协议：" % c["name"].replace("合同", "")),
         ("p", "第一条 项目内容：乙方为甲方提供智能制造系统解决方案的设计、供货、安装调试及培训服务，具体见附件技术协议。"),
         ("p", "第二条 合同总金额：%s，含税。" % money(c["amount"])),
         ("p", "第三条 付款方式：合同签订后十个工作日内甲方支付预付款%s元；项目验收合格后甲方一次性向乙方支付剩余全部合同款。" % fmt_money(pre)),
         ("p", "第四条 交货期：%s前完成全部设备交付。" % cn_date(c["sign"] + D(days=75))),
         ("p", "第五条 违约责任：任何一方逾期履约的，按日向守约方支付合同总金额千分之一的违约金，累计不超过%s元。" % fmt_money(c["amount"] // 20)),
         ("p", "第六条 本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。"), ("space", 16),
         ("table", [["甲方（盖章）：%s" % cu["name"], "乙方（盖章）：%s" % ap["name"]],
                    ["法定代表人或授权代表：", "法定代表人或授权代表："],
                    ["签订日期：%s" % cn_date(c["sign"]), "签订日期：%s" % cn_date(c["sign"])]]),
         ("seal", cu["name"], 0.22, "合同专用章"), ("seal", ap["name"], 0.74, "合同专用章")]
    amt = x.get("doc_amount", c["amount"])
    if amt != c["amount"]:
        b[8] = ("p", "第二条 合同总金额：%s，含税。" % money(amt))
    return b, F(contract_no=c["no"], amount_yuan=yuan(amt), date=c["sign"].isoformat(), customer=x.get("doc_customer", cu["name"]))

@genre("N1", "contract", "手写更正合同（打印金额被划去，手写更正并加盖更正章）", "customer + applicant", True,
       "the printed total is struck through and a handwritten figure with a 更正 seal replaces it; the truth is the corrected amount")
def c_corrected(x, rng):
    c, cu, ap = x["c"], x["cu"], x["ap"]
    old = c["amount"] + rng.choice([1, -1]) * rng.randrange(5, 30) * 10000 * 100
    b = [("title", "设备采购及安装合同"), ("p", "合同编号：%s          签订地点：天津市" % c["no"]),
         ("table", [["需方（甲方）", cu["name"]], ["供方（乙方）", ap["name"]], ["项目名称", c["name"]]], [1, 3]),
         ("p", "一、合同价款：本合同总价为人民币 %s 元（大写：%s），该价格为固定总价。" % (fmt_money(old), daxie(old))),
         ("strike", fmt_money(old), fmt_money(c["amount"]) + " 更正"),
         ("hand", "更正：合同总价以 ¥%s 元为准（大写：%s）。双方确认。" % (fmt_money(c["amount"]), daxie(c["amount"]))),
         ("seal", cu["name"], 0.8, "更正专用"),
         ("p", "二、质保金：合同总价的5%%作为质保金，质保期满无质量问题后无息支付。"),
         ("p", "三、交付：设备应于%s前运抵甲方指定地点。" % cn_date(c["sign"] + D(days=60))),
         ("p", "四、本合同经双方法定代表人或委托代理人签字并加盖公章后生效。"), ("space", 20),
         ("p", "甲方：%s（盖章）" % cu["name"]), ("p", "乙方：%s（盖章）" % ap["name"]),
         ("p", "日期：%s" % cn_date_upper(c["sign"])),
         ("seal", cu["name"], 0.3, ""), ("seal", ap["name"], 0.75, "")]
    return b, F(contract_no=c["no"], amount_yuan=yuan(c["amount"]), date=c["sign"].isoformat(), customer=cu["name"])

# ---------------- acceptance ----------------
@genre("A0", "acceptance_report", "项目验收报告（表格）", "customer", False, "ordinary ruled acceptance grid")
def a_grid(x, rng):
    c, cu, ap = x["c"], x["cu"], x["ap"]
    res = x.get("result", "passed")
    d = x.get("acc_date", c["accept"])
    b = [("title", "项目验收报告"),
         ("table", [["项目名称", c["name"], "合同编号", c["no"]],
                    ["建设单位", cu["name"], "实施单位", ap["name"]],
                    ["合同金额", "¥%s" % fmt_money(c["amount"]), "验收日期", cn_date(d)],
                    ["开工日期", cn_date(c["sign"] + D(days=10)), "试运行期", "%s至%s" % (cn_date(d - D(days=40)), cn_date(d - D(days=10)))]], [1, 2, 1, 2]),
         ("p", "验收意见："),
         ("p", "经验收小组现场检查、资料审查和功能测试，系统各项指标满足合同及技术协议要求，同意通过验收。" if res == "passed" else
               "经验收小组现场检查，系统数据采集完整率及节拍指标未达到合同要求，验收不通过，请实施单位限期整改后重新申请验收。", 20),
         ("p", "验收结论：%s" % ("☑合格  □不合格" if res == "passed" else "□合格  ☑不合格")), ("space", 30),
         ("p", "建设单位（盖章）：%s" % cu["name"]), ("right", "日期：%s" % cn_date(d)), ("seal", cu["name"], 0.45, "")]
    return b, F(contract_no=c["no"], amount_yuan=yuan(c["amount"]), date=d.isoformat(), customer=cu["name"], result=res)

@genre("N2", "acceptance_report", "质保期起算确认函", "customer (设备管理部/项目部)", False,
       "acceptance stated only as the start of the warranty: 质保期自验收合格之日起算; letter date and warranty end date are distractors")
def a_warranty(x, rng):
    c, cu, ap = x["c"], x["cu"], x["ap"]
    d = x.get("acc_date", c["accept"])
    letter = d + D(days=rng.randrange(3, 12))
    if letter.year != d.year: letter = d
    b = [("red", cu["name"]), ("title", "质保期起算确认函"), ("p", "%s："  % ap["name"]),
         ("p", "贵司承建的“%s”（合同编号：%s），已于%s由我司组织相关部门完成最终验收，验收结论为合格。"
               "根据合同第八条约定，质保期自验收合格之日起算，期限为十二个月，即自%s起至%s止。质保期内请贵司按合同约定提供运维服务。" %
               (c["name"].replace("项目合同", "项目"), c["no"], cn_date(d), cn_date(d), cn_date(d.replace(year=d.year + 1) - D(days=1))), 21),
         ("p", "特此确认。", 21), ("space", 30), ("right", cu["name"] + "（盖章）"), ("right", cn_date(letter)),
         ("seal", cu["name"], 0.78, "")]
    return b, F(contract_no=c["no"], date=d.isoformat(), customer=cu["name"], result="passed")

# ---------------- payments ----------------
@genre("P0", "payment_proof", "网上银行电子回单", "customer's bank", False, "ordinary grid receipt")
def p_receipt(x, rng):
    c, cu, ap, p = x["c"], x["cu"], x["ap"], x["pay"]
    bank = rng.choice(["中国工商银行", "中国建设银行", "交通银行", "天津银行"])
    payer = p.get("payer", cu["name"])
    memo = p.get("memo", "货款")
    b = [("sub", "%s 网上银行电子回单" % bank), ("p", "电子回单号码：%d" % rng.randrange(10 ** 11, 10 ** 12)),
         ("table", [["付款方", "户名", payer, "收款方", "户名", ap["name"]],
                    ["", "账号", "%d" % rng.randrange(10 ** 15, 10 ** 16), "", "账号", "%d" % rng.randrange(10 ** 15, 10 ** 16)],
                    ["", "开户行", bank + "天津分行", "", "开户行", "天津银行河西支行"],
                    ["金额", "¥%s" % fmt_money(p["amount"]), "大写", daxie(p["amount"]), "", ""],
                    ["交易日期", p["date"].isoformat(), "用途", memo, "", ""]], [1, 1, 3, 1, 1, 3]),
         ("small", "本回单为网上银行生成，可通过回单验证码验证，重复打印无效。"), ("seal", bank + "电子回单专用章", 0.8, "")]
    return b, F(contract_no=c["no"] if c["no"] in memo else None, amount_yuan=yuan(p["amount"]), date=p["date"].isoformat(), payer=payer, payee=ap["name"])

@genre("N3", "payment_proof", "集团代付说明函（集团财务部出具）", "customer's parent group", False,
       "the parent group pays on behalf of its subsidiary; payer as printed is the group, so it is party_mismatch under format.md")
def p_group(x, rng):
    c, cu, ap, p = x["c"], x["cu"], x["ap"], x["pay"]
    grp = x["group"]
    b = [("red", grp), ("title", "关于代下属企业支付合同款项的说明"), ("p", "%s：" % ap["name"]),
         ("p", "我集团下属全资子公司%s与贵司签订的《%s》（合同编号：%s），其合同款项由我集团资金中心统一支付。"
               "我集团已于%s通过中国银行天津分行向贵司支付该合同款%s。" % (cu["name"], c["name"], c["no"], cn_date(p["date"]), money(p["amount"])), 21),
         ("p", "付款单位：%s；收款单位：%s。" % (grp, ap["name"]), 21), ("p", "特此说明。", 21), ("space", 24),
         ("right", grp + " 财务部"), ("right", cn_date(p["date"] + D(days=2))), ("seal", grp, 0.75, "财务专用章")]
    return b, F(contract_no=c["no"], amount_yuan=yuan(p["amount"]), date=p["date"].isoformat(), payer=grp, payee=ap["name"])

@genre("N4", "payment_proof", "商业承兑汇票票面（企业承兑）", "customer as drawer and acceptor", False,
       "payment by a commercial bill accepted by the customer itself: 出票人=payer, 承兑人 is the same firm, 汇票到期日 is a distractor; date = 出票日期 in 大写")
def p_cbill(x, rng):
    c, cu, ap, p = x["c"], x["cu"], x["ap"], x["pay"]
    due = p["date"] + D(days=180)
    b = [("title", "商 业 承 兑 汇 票"), ("p", "出票日期（大写）：%s        票据号码：2%028d" % (cn_date_upper(p["date"]), rng.randrange(10 ** 20))),
         ("table", [["出票人", "全称", cu["name"], "收款人", "全称", ap["name"]],
                    ["", "账号", "%d" % rng.randrange(10 ** 15, 10 ** 16), "", "账号", "%d" % rng.randrange(10 ** 15, 10 ** 16)],
                    ["", "开户银行", "中国农业银行天津分行", "", "开户银行", "天津银行滨海分行"],
                    ["出票金额", "人民币（大写）" + daxie(p["amount"]), "", "小写", "¥%s" % fmt_money(p["amount"]), ""],
                    ["汇票到期日", cn_date_upper(due), "", "交易合同号码", c["no"] if p.get("cite") else "", ""],
                    ["承兑人", cu["name"], "", "承兑日期", cn_date(p["date"]), ""]], [1.2, 1, 3, 1.2, 1, 3]),
         ("p", "本汇票已经承兑，到期无条件付款。        承兑人签章"), ("p", "本汇票请予以承兑于到期日付款。        出票人签章"),
         ("seal", cu["name"], 0.3, "财务专用章"), ("seal", cu["name"], 0.75, "")]
    return b, F(contract_no=c["no"] if p.get("cite") else None, amount_yuan=yuan(p["amount"]), date=p["date"].isoformat(), payer=cu["name"], payee=ap["name"])

# ---------------- procurement ----------------
@genre("R0", "procurement_proof", "中标通知书", "customer", False, "ordinary notice; 开标日期 distractor")
def r_notice(x, rng):
    c, cu, ap = x["c"], x["cu"], x["ap"]
    d = c["proc"]
    b = [("title", "中标通知书"), ("p", "%s：" % ap["name"]),
         ("p", "我单位于%s开标的“%s”招标项目（招标编号：ZB-%d），经评标委员会评审并公示，确定贵单位为中标人，中标金额为%s。"
               "请于本通知书发出之日起三十日内与我单位签订书面合同，并按招标文件要求提交履约保证金%s元。" %
               (cn_date(d - D(days=8)), c["name"].replace("合同", ""), rng.randrange(10 ** 7, 10 ** 8), money(c["amount"]), fmt_money(c["amount"] // 10)), 21),
         ("space", 24), ("right", "招标人：%s（盖章）" % cu["name"]), ("right", cn_date(d)), ("seal", cu["name"], 0.78, "")]
    return b, F(amount_yuan=yuan(c["amount"]), date=d.isoformat(), customer=cu["name"])

@genre("N5", "procurement_proof", "遴选结果通知书（国企内部遴选）", "customer's 采购管理部", True,
       "selection by 遴选 (not 招标): 遴选人/入选单位 wording, 遴选会 date and 有效期 as distractors; amount as 入选报价 in 万元 only")
def r_select(x, rng):
    c, cu, ap = x["c"], x["cu"], x["ap"]
    d = c["proc"]
    wan = "%.2f" % (c["amount"] / 1000000.0)
    b = [("title", "遴选结果通知书"), ("p", "编号：LX-%d-%03d" % (d.year, rng.randrange(1, 999))), ("p", "%s：" % ap["name"]),
         ("p", "根据《%s采购管理办法》，我司于%s组织召开“%s”供应商遴选会，遴选小组依据技术方案、服务能力和报价进行综合评议。"
               "经评议，贵单位为入选单位，入选报价为%s万元（含税）。本通知有效期至%s，请贵单位在有效期内与我司签订合同。" %
               (cu["name"], cn_date(d - D(days=5)), c["name"].replace("合同", ""), wan, cn_date(d + D(days=60))), 21),
         ("table", [["遴选人", cu["name"]], ["入选单位", ap["name"]], ["通知日期", cn_date(d)]], [1, 3]),
         ("space", 20), ("right", "%s 采购管理部" % cu["name"]), ("seal", cu["name"], 0.75, "采购专用章")]
    return b, F(amount_yuan=yuan(c["amount"]), date=d.isoformat(), customer=cu["name"])

# ---------------- subcontracts ----------------
def _sub_tail(ap, s, d):
    return [("space", 14), ("table", [["甲方（盖章）：%s" % ap["name"], "乙方（盖章）：%s" % s["name"]],
                                    ["日期：%s" % cn_date(d), "日期：%s" % cn_date(d)]]),
            ("seal", ap["name"], 0.22, "合同专用章"), ("seal", s["name"], 0.74, "合同专用章")]

@genre("S0", "subcontract", "分包合同", "applicant + supplier", False, "ordinary one-page subcontract")
def s_plain(x, rng):
    ap, s = x["ap"], x["s"]
    b = [("title", "分包合同"), ("right", "合同编号：%s" % s["no"]), ("p", "甲方（总包方）：%s" % ap["name"]), ("p", "乙方（分包方）：%s" % s["name"]),
         ("p", "甲方将其承接的智能制造项目中“%s”工作分包给乙方实施。分包合同金额为%s。乙方应按甲方进度要求完成分包工作。" % (s["work"], money(s["amount"])), 21)] + _sub_tail(ap, s, s["sign"])
    return b, F(contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=s["sign"].isoformat(), customer=ap["name"])

@genre("N6", "subcontract", "模具开发委托合同（委托方/承制方）", "applicant + tooling maker", True,
       "tooling trade: 委托方/承制方, T1 试模 and 终验收 dates, 首付款 40% distractor, 模具费 as the total")
def s_mould(x, rng):
    ap, s = x["ap"], x["s"]
    b = [("title", "模具开发委托合同"), ("p", "合同编号：%s" % s["no"]),
         ("p", "委托方（甲方）：%s" % ap["name"]), ("p", "承制方（乙方）：%s" % s["name"]),
         ("table", [["模具名称", "型腔数", "材质", "寿命（模次）"], ["夹具定位块注塑模", "1×2", "S136", "30万"], ["传感器外壳注塑模", "1×4", "NAK80", "50万"]]),
         ("p", "一、模具费总计%s，含17项检具费用。首付款为模具费的40%%，计%s元。" % (money(s["amount"]), fmt_money(s["amount"] * 4 // 10)), 21),
         ("p", "二、乙方应于%s前完成T1试模并提交样件，%s前完成终验收。" % (cn_date(s["sign"] + D(days=35)), cn_date(s["sign"] + D(days=70))), 21),
         ("p", "三、模具所有权归甲方，乙方不得用于为第三方生产。本合同签订日期：%s。" % cn_date(s["sign"]), 21)] + _sub_tail(ap, s, s["sign"])
    return b, F(contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=s["sign"].isoformat(), customer=ap["name"])

@genre("N7", "subcontract", "第三方检测服务分包合同（委托方/检测方，CNAS）", "applicant + test lab", True,
       "laboratory trade: 委托方/检测方, CNAS 认可编号, 检测费 per item table with 合计, 报告交付期 distractor")
def s_lab(x, rng):
    ap, s = x["ap"], x["s"]
    a = s["amount"]; p1 = a * 55 // 100; p2 = a - p1
    b = [("title", "检测服务分包合同"), ("p", "合同编号：%s" % s["no"]),
         ("p", "委托方（甲方，总包方）：%s" % ap["name"]), ("p", "检测方（乙方，分包方）：%s（CNAS认可编号：L%05d）" % (s["name"], rng.randrange(10000, 99999))),
         ("p", "甲方委托乙方对其承建的智能产线开展电气安全、EMC及数据采集精度检测，乙方出具带CMA/CNAS标识的检测报告。", 21),
         ("table", [["序号", "检测项目", "费用（元）"], ["1", "电气安全及EMC检测", fmt_money(p1)], ["2", "数据采集精度比对", fmt_money(p2)], ["", "合计", fmt_money(a)]], [0.6, 3, 1.5]),
         ("p", "检测报告交付期：样品接收后二十个工作日内（预计%s）。" % cn_date(s["sign"] + D(days=40)), 21),
         ("p", "签订日期：%s" % cn_date(s["sign"]), 21)] + _sub_tail(ap, s, s["sign"])
    return b, F(contract_no=s["no"], amount_yuan=yuan(a), date=s["sign"].isoformat(), customer=ap["name"])

@genre("N8", "subcontract", "分包技术协议（附商务条款），两页", "applicant + supplier", True,
       "page 1 is a technical agreement without price; parties and number on page 1, amount and date only in the 商务条款 on page 2")
def s_tech(x, rng):
    ap, s = x["ap"], x["s"]
    b = [("title", "技术协议"), ("p", "（分包合同编号：%s 附件一）" % s["no"]),
         ("p", "需方：%s（以下简称甲方，总包方）" % ap["name"]), ("p", "供方：%s（以下简称乙方，分包方）" % s["name"]),
         ("p", "1 范围：%s。" % s["work"]), ("p", "2 技术要求：设备综合效率数据采集周期≤1s；PLC 接入协议支持 S7、Modbus-TCP、OPC UA。"),
         ("p", "3 交付物：接线图、点表、调试记录、培训记录。"), ("p", "4 验收标准：按甲方与最终用户主合同技术协议执行。"),
         ("page",), ("title", "商务条款"),
         ("p", "一、分包价款：总价%s，含13%%增值税。" % money(s["amount"]), 21),
         ("p", "二、结算：乙方完成全部分包工作并经甲方确认后三十日内支付，质保金3%%。", 21),
         ("p", "三、本协议于%s在天津市签订，与技术协议具有同等法律效力。" % cn_date(s["sign"]), 21)] + _sub_tail(ap, s, s["sign"])
    return b, F(contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=s["sign"].isoformat(), customer=ap["name"])

# ---------------- meetings ----------------
def _sheet(att, variant=0):
    if variant == 0:
        rows = [["序号", "单位名称", "统一社会信用代码", "参会人", "签到"]] + [[str(i + 1), a["name"], a["uscc"], a["person"], "√"] for i, a in enumerate(att)]
        return ("table", rows, [0.5, 3, 2.2, 0.8, 0.5])
    if variant == 1:
        rows = [["序号", "统一社会信用代码", "单位名称", "单位地址", "联系电话"]] + [[str(i + 1), a["uscc"], a["name"], a["address"], "1%010d" % (3000000000 + i * 7919)] for i, a in enumerate(att)]
        return ("table", rows, [0.4, 1.8, 2.4, 2.4, 1.2])
    rows = [["签到时间", "单位", "代码", "电子签名"]] + [["09:%02d:%02d" % (i * 2 + 5, (i * 17) % 60), a["name"], a["uscc"], "[%s 签名]" % a["person"]] for i, a in enumerate(att)]
    return ("table", rows, [1, 3, 2, 1.2])

@genre("M0", "meeting_record", "会议纪要 + 参会单位签到表", "applicant", False, "ordinary minutes with sheet")
def m_plain(x, rng):
    m, ap = x["m"], x["ap"]
    b = [("title", m["title"]), ("sub", "会议纪要"), ("p", "会议名称：%s" % m["title"]), ("p", "会议时间：%s 上午9:00" % cn_date(m["date"])),
         ("p", "会议地点：%s" % m["place"]), ("p", "主办单位：%s" % ap["name"]),
         ("p", "会议围绕智能制造解决方案在中小企业中的应用开展交流，%d家企业代表作典型案例分享，与会代表就设备联网、数据治理等问题进行讨论。" % min(4, len(m["sheet"])), 21),
         ("page",), ("sub", "参会单位签到表"), _sheet(m["sheet"], 0), ("seal", ap["name"], 0.75, "")]
    return b, F(date=m["date"].isoformat(), title=m["title"])

@genre("N9", "meeting_record", "交流会主持词 + 签到表", "applicant's 会务组", True,
       "the host's script (各位来宾…今天是…) is the only record of name and date; no 会议名称 label; sheet on page 2 with code-first columns")
def m_script(x, rng):
    m, ap = x["m"], x["ap"]
    b = [("sub", "%s主持词" % m["title"]), ("p", "（主持人：%s 副总经理）" % ap["contact"]),
         ("p", "尊敬的各位领导、各位来宾，大家上午好！今天是%s，欢迎大家来到%s，参加由%s主办的“%s”。" % (cn_date(m["date"]), m["place"], ap["name"], m["title"]), 21),
         ("p", "首先，请允许我介绍出席今天会议的领导和嘉宾……下面进行第一项议程，请%s介绍公司智能制造系统解决方案及典型案例。" % ap["name"], 21),
         ("p", "接下来进入交流环节，请各参会企业代表围绕设备上云、质量追溯等方面的实践经验进行发言。", 21),
         ("p", "会议到此结束，感谢各位的参与！", 21), ("page",), ("sub", "签到表"), _sheet(m["sheet"], 1)]
    return b, F(date=m["date"].isoformat(), title=m["title"])

@genre("N10", "meeting_record", "活动情况报告（报区工信局）+ 附件参会企业名单", "applicant, addressed to the district 工信局", True,
       "a report to the authority after the event: 关于举办…的情况报告, event name in quotes in prose, report date later than the event")
def m_report(x, rng):
    m, ap = x["m"], x["ap"]
    rep = m["date"] + D(days=rng.randrange(3, 9))
    b = [("red", ap["name"]), ("title", "关于举办“%s”的情况报告" % m["title"]), ("p", "%s工业和信息化局：" % x["district"]),
         ("p", "为推广智能制造和工业互联网应用经验，我公司于%s在%s举办“%s”，共有%d家单位参会。现将有关情况报告如下：" % (cn_date(m["date"]), m["place"], m["title"], len(m["sheet"])), 21),
         ("p", "一、会议内容。会议安排典型案例分享、现场观摩和互动交流三个环节。", 21),
         ("p", "二、会议成效。参会企业表示将结合自身情况推进设备联网和数据应用。", 21),
         ("p", "附件：参会企业名单", 21), ("space", 12), ("right", ap["name"]), ("right", cn_date(rep)), ("seal", ap["name"], 0.75, ""),
         ("page",), ("sub", "附件  参会企业名单"), _sheet(m["sheet"], 1)]
    return b, F(date=m["date"].isoformat(), title=m["title"])

@genre("N11", "meeting_record", "会议纪要（议定事项跟踪表）+ 平板电子签到导出", "applicant", True,
       "action-item table with 完成时限 dates (distractors, some in the next year); sign-in exported from a tablet app with times and 签名 placeholders")
def m_track(x, rng):
    m, ap = x["m"], x["ap"]
    b = [("title", "会议纪要"), ("p", "〔%d〕第%d期" % (m["date"].year, rng.randrange(3, 30))),
         ("table", [["会议名称", m["title"]], ["时间", m["date"].isoformat()], ["地点", m["place"]], ["记录人", ap["contact"]]], [1, 4]),
         ("p", "议定事项跟踪表："),
         ("table", [["序号", "议定事项", "责任单位", "完成时限"],
                    ["1", "整理参会企业设备联网需求清单", ap["name"], cn_date(m["date"] + D(days=20))],
                    ["2", "组织第二期现场观摩", ap["name"], cn_date(m["date"] + D(days=60))],
                    ["3", "形成典型案例汇编", ap["name"], cn_date(m["date"] + D(days=120))]], [0.5, 3, 2.5, 1.5]),
         ("page",), ("sub", "电子签到记录（导出）"), ("small", "活动：%s    导出时间：%s 17:32" % (m["title"], m["date"].isoformat())), _sheet(m["sheet"], 2)]
    return b, F(date=m["date"].isoformat(), title=m["title"])

# ---------------- diagnoses ----------------
def _sol(d, text):
    return [("p", text, 21)] if d["solution"] else [("p", "（改进方向另行商定）", 21)]

@genre("D0", "diagnosis_report", "免费诊断报告", "applicant", False, "ordinary three-section report")
def d_plain(x, rng):
    d, ap = x["d"], x["ap"]
    b = [("title", d["title"]), ("p", "诊断对象：%s" % d["name"]), ("p", "诊断日期：%s" % cn_date(d["date"])), ("p", "诊断单位：%s" % ap["name"]),
         ("p", "一、企业现状"), ("p", "企业主要从事零部件加工，设备数控化率约%d%%，生产计划依靠Excel编制。" % rng.randrange(30, 70), 21),
         ("p", "二、主要问题"), ("p", "设备数据未采集，质量追溯依赖纸质记录，库存数据与账面不一致。", 21)]
    if d["solution"]:
        b += [("p", "三、解决方案"), ("p", "建议分两期实施：一期部署设备联网与MES报工，二期建设质量追溯与WMS。", 21)]
    b += [("space", 20), ("right", ap["name"]), ("seal", ap["name"], 0.75, "")]
    return b, F(date=d["date"].isoformat(), customer=d["name"], title=d["title"])

@genre("N12", "diagnosis_report", "工业互联网标识解析集成应用诊断报告", "applicant", True,
       "标识解析 wording (二级节点、标识编码、一物一码); the firm labelled 服务企业; solution as 应用推进路径")
def d_ident(x, rng):
    d, ap = x["d"], x["ap"]
    b = [("title", d["title"]), ("table", [["服务企业", d["name"]], ["所属行业", rng.choice(["汽车零部件", "装备制造", "电子信息", "新材料"])], ["服务时间", d["date"].isoformat()], ["服务机构", ap["name"]]], [1, 3]),
         ("p", "1. 标识应用现状：企业尚未接入工业互联网标识解析二级节点，产品以流水号管理，未实现一物一码。", 21),
         ("p", "2. 存在问题：上下游数据口径不一致，出厂产品无法追溯到原材料批次。", 21)]
    if d["solution"]:
        b += [("p", "3. 应用推进路径：申请企业前缀并接入天津二级节点；对成品和关键零部件赋码；与ERP、MES对接实现批次追溯。", 21)]
    b += [("space", 16), ("right", "%s（盖章）" % ap["name"]), ("seal", ap["name"], 0.75, "")]
    return b, F(date=d["date"].isoformat(), customer=d["name"], title=d["title"])

@genre("N13", "diagnosis_report", "智能制造就绪度雷达评分诊断单", "applicant's expert", True,
       "one page dominated by a radar chart of six scores; firm named as 受评企业; findings and suggestions as short numbered cards")
def d_radar(x, rng):
    d, ap = x["d"], x["ap"]
    labs = ["设计", "生产", "物流", "销售", "服务", "资源要素"]
    b = [("sub", d["title"]), ("p", "受评企业：%s        评估日期：%s" % (d["name"], d["date"].isoformat())),
         ("radar", [(l, round(rng.uniform(1.2, 3.8), 1)) for l in labs]),
         ("p", "发现1：生产过程数据以人工记录为主。  发现2：仓储无条码管理。")]
    if d["solution"]:
        b += [("p", "建议1：实施设备联网与电子看板。  建议2：建设条码化仓储管理系统，与ERP打通。")]
    b += [("p", "评估专家：%s" % ap["contact"]), ("right", ap["name"]), ("seal", ap["name"], 0.75, "")]
    return b, F(date=d["date"].isoformat(), customer=d["name"], title=d["title"])

@genre("N14", "diagnosis_report", "设备点检与TPM推进诊断报告", "applicant", True,
       "maintenance trade: 点检标准、MTBF/MTTR table, the firm labelled 被诊断企业; solution as TPM推进计划; 复诊日期 distractor")
def d_tpm(x, rng):
    d, ap = x["d"], x["ap"]
    b = [("title", d["title"]), ("p", "被诊断企业：%s" % d["name"]), ("p", "现场诊断日期：%s" % cn_date(d["date"])),
         ("table", [["设备", "MTBF（h）", "MTTR（h）", "点检执行率"], ["加工中心", str(rng.randrange(80, 300)), "%.1f" % rng.uniform(1, 6), "%d%%" % rng.randrange(40, 90)],
                    ["注塑机", str(rng.randrange(80, 300)), "%.1f" % rng.uniform(1, 6), "%d%%" % rng.randrange(40, 90)]]),
         ("p", "主要问题：点检表未标准化，故障记录未电子化，备件库存无安全库存设定。", 21)]
    if d["solution"]:
        b += [("p", "TPM推进计划：建立点检标准与移动点检APP；上线设备管理系统记录故障并统计MTBF；设定关键备件安全库存。", 21)]
    b += [("p", "建议复诊日期：%s" % cn_date(d["date"] + D(days=90)), 21), ("right", ap["name"]), ("seal", ap["name"], 0.75, "")]
    return b, F(date=d["date"].isoformat(), customer=d["name"], title=d["title"])

# ---------------- standards and others ----------------
@genre("T0", "standard_draft", "团体标准征求意见稿", "applicant", False, "ordinary cover + scope")
def t_std(x, rng):
    st = x["st"]
    b = [("p", "ICS 25.040"), ("sub", "团 体 标 准"), ("title", st["title"]), ("sub", "（征求意见稿）"), ("space", 200),
         ("p", "%d-xx-xx发布                    %d-xx-xx实施" % (2024, 2024)), ("page",), ("sub", "1 范围"),
         ("p", "本文件规定了%s的术语和定义、总体要求、技术要求及测试方法。" % st["title"], 21)]
    return b, F(title=st["title"])

@genre("O1", "other", "项目进度周报", "applicant", False, "names contract and amount but is no evidence")
def o_weekly(x, rng):
    c = x["c"]
    b = [("title", "项目进度周报"), ("p", "项目：%s（%s）" % (c["name"], c["no"])), ("p", "本周完成设备安装调试，下周计划开展培训。")]
    return b, F()

@genre("O2", "other", "营业执照副本（复印件）", "applicant", False, "noise")
def o_licence(x, rng):
    ap = x["ap"]
    b = [("title", "营 业 执 照"), ("p", "（副 本）"), ("p", "统一社会信用代码：%s" % ap["uscc"]), ("p", "名称：%s" % ap["name"]), ("p", "住所：%s" % ap["address"])]
    return b, F()

@genre("N15", "payment_proof", "监管资金划付通知书（监管银行出具）", "the customer's escrow bank", True,
       "payment out of a 资金监管账户: issued by the supervising bank, 监管账户户名 = customer (payer), 划付对象 = applicant; 申请日期 and 监管协议编号 as distractors; date = 划付日期")
def p_escrow(x, rng):
    c, cu, ap, p = x["c"], x["cu"], x["ap"], x["pay"]
    bank = rng.choice(["天津农村商业银行", "中国光大银行天津分行", "上海浦东发展银行天津分行"])
    b = [("title", "监管资金划付通知书"), ("p", "通知书编号：JG%d" % rng.randrange(10 ** 9, 10 ** 10)), ("p", "%s：" % ap["name"]),
         ("p", "根据《资金监管协议》（协议编号：JGXY-%d-%03d）约定，经监管账户户名人%s于%s提出划付申请并经我行审核，"
               "我行已于%s从监管账户向贵单位划付资金%s。" % (p["date"].year, rng.randrange(1, 999), cu["name"], cn_date(p["date"] - D(days=3)), cn_date(p["date"]), money(p["amount"])), 21),
         ("table", [["监管账户户名", cu["name"]], ["监管账号", "%d" % rng.randrange(10 ** 17, 10 ** 18)], ["划付对象（收款人）", ap["name"]],
                    ["划付金额", "¥%s" % fmt_money(p["amount"])], ["划付日期", p["date"].isoformat()], ["划付用途", p.get("memo", "合同款")]], [1.3, 3]),
         ("space", 20), ("right", bank + " 资金监管业务专用章"), ("seal", bank, 0.75, "业务专用章")]
    return b, F(contract_no=c["no"] if c["no"] in p.get("memo", "") else None, amount_yuan=yuan(p["amount"]), date=p["date"].isoformat(), payer=cu["name"], payee=ap["name"])

@genre("N16", "meeting_record", "会场座次签到表（按桌号，到场打勾）+ 会议简况", "applicant's 会务组", True,
       "sign-in laid out by table number (桌号/座位) with 到场 ticks and empty no-show seats; name and date only in a one-line 会议简况 header")
def m_seats(x, rng):
    m, ap = x["m"], x["ap"]
    rows = [["桌号", "座位", "单位名称", "统一社会信用代码", "到场"]]
    for i, a in enumerate(m["sheet"]):
        rows.append(["%d号桌" % (i // 6 + 1), str(i % 6 + 1), a["name"], a["uscc"], "☑"])
    rows.append(["%d号桌" % (len(m["sheet"]) // 6 + 1), "备用", "（空）", "", "□"])
    b = [("sub", "会议简况"), ("p", "%s，%s在%s举行，主办单位%s。" % (m["title"], cn_date(m["date"]), m["place"], ap["name"]), 21),
         ("sub", "会场座次签到表"), ("table", rows, [0.8, 0.6, 3, 2.2, 0.6]), ("small", "注：到场请在“到场”栏打勾；空位不计入参会单位。")]
    return b, F(date=m["date"].isoformat(), title=m["title"])

@genre("N17", "diagnosis_report", "碳排放核算与减排诊断报告", "applicant", True,
       "energy/carbon trade: 核算主体 (the firm), 核算边界 and 排放因子 table with tCO2e figures, 核算年度 2023 as a date distractor; solution = 减排措施建议")
def d_carbon(x, rng):
    d, ap = x["d"], x["ap"]
    e1, e2 = rng.randrange(800, 5000), rng.randrange(300, 2000)
    b = [("title", d["title"]), ("table", [["核算主体", d["name"]], ["核算年度", "2023年度"], ["现场诊断日期", cn_date(d["date"])], ["诊断机构", ap["name"]]], [1, 3]),
         ("p", "一、核算边界：厂区内生产系统、辅助生产系统及附属生产系统。", 21),
         ("table", [["排放源", "活动数据", "排放因子", "排放量（tCO2e）"], ["外购电力", "%d MWh" % (e1 * 2), "0.5703 tCO2/MWh", str(int(e1 * 2 * 0.5703))], ["天然气", "%d 万Nm3" % (e2 // 10), "21.62 tCO2/万Nm3", str(int(e2 // 10 * 21.62))]]),
         ("p", "二、主要问题：空压站无能耗计量，注塑机待机能耗高，能源数据未接入管理系统。", 21)]
    if d["solution"]:
        b += [("p", "三、减排措施建议：空压站群控改造并加装分项计量；注塑机伺服节能改造；建设能碳管理平台实现能耗在线监测。", 21)]
    b += [("space", 16), ("right", ap["name"]), ("seal", ap["name"], 0.75, "")]
    return b, F(date=d["date"].isoformat(), customer=d["name"], title=d["title"])
