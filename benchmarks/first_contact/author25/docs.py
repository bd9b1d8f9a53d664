"""Genres. Each returns (pages, doc_type, fields, note). New genres are marked NEW (ids N01..N14)."""
from render import Builder, RED, BLUE
from util import daxie, comma, cn_date, cn_upper_date, wan, yuan, D

KEYS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]


def F(**kw):
    f = {k: None for k in KEYS}
    f.update(kw)
    return f


def rmb(x):
    return "人民币%s（¥%s）" % (daxie(x), comma(x))


# ---------------- ordinary genres ----------------

def contract_prose(c, app, rng, spaced=False):
    b = Builder()
    b.title(c["name"] + "合同书", 16)
    b.kv("合同编号：", c["no"], lw=22)
    L1, L2 = ("甲　　方：", "乙　　方：") if spaced else ("甲方（需方）：", "乙方（供方）：")
    b.kv(L1, c["cust"]["name"], lw=30)
    b.kv("住　　所：", c["cust"]["addr"], lw=30)
    b.kv(L2, app["name"], lw=30)
    b.kv("住　　所：", app["addr"], lw=30)
    b.space(3)
    b.para("根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等互利的原则，就甲方委托乙方实施“%s”事宜，经友好协商达成如下条款：" % c["name"])
    b.para("第一条 项目内容：乙方为甲方提供%s的设计、软硬件集成、安装调试及培训服务，具体清单见附件。" % c["scope"])
    b.para("第二条 合同金额：本合同总金额为%s，含13%%增值税。" % rmb(c["amount"]))
    pre = D(c["amount"]) * D("0.3")
    b.para("第三条 付款方式：合同签订后十个工作日内甲方支付预付款%s元；项目验收合格后支付至合同总额的95%%；剩余5%%作为质保金（%s元），质保期满后无息支付。" % (comma(pre), comma(D(c["amount"]) * D("0.05"))))
    b.para("第四条 交货期：乙方应于%s前完成交付。逾期交付的，每日按合同总额的0.5‰支付违约金，违约金累计不超过合同总额的5%%。" % cn_date(c["deliver"]))
    b.para("第五条 验收：项目完成后由甲方组织验收，验收合格后出具书面验收报告。")
    b.para("第六条 本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。")
    b.space(8)
    y = b.y
    b.text(25, y + 6, "甲方（盖章）：", 10.5)
    b.text(110, y + 6, "乙方（盖章）：", 10.5)
    b.text(25, y + 16, "法定代表人或授权代表：", 10.5)
    b.text(110, y + 16, "法定代表人或授权代表：", 10.5)
    b.text(25, y + 28, "签订日期：" + cn_date(c["sign"]), 10.5)
    b.text(110, y + 28, "签订日期：" + cn_date(c["sign"]), 10.5)
    b.hand(62, y + 17, rng.choice(["王昀", "李堃", "张橦"]))
    b.seal(55, y + 14, c["cust"]["name"], "合同专用章")
    b.seal(140, y + 14, app["name"], "合同专用章")
    return b.pages, "contract", F(contract_no=c["no"], amount_yuan=yuan(c["amount"]), date=c["sign"], customer=c["cust"]["name"]), "常规合同：预付款、质保金、违约金、交货期为干扰项"


def acceptance_prose(c, app, rng):
    a = c["acc"]
    b = Builder()
    b.title("项目验收报告", 18)
    b.kv("项目名称：", c["name"])
    b.kv("合同编号：", c["no"])
    b.kv("建设单位：", a.get("issuer", c["cust"]["name"]))
    b.kv("承建单位：", app["name"])
    b.kv("合同金额：", rmb(c["amount"]))
    b.space(3)
    res = "验收合格，同意通过验收" if a["result"] == "passed" else "部分功能未达到合同约定指标，本次验收不合格，请承建单位限期整改"
    b.para("%s，建设单位组织使用部门、设备部、信息中心对该项目进行了验收。经现场查验、资料审查及功能测试，验收组意见如下：%s。" % (cn_date(a["date"]), res))
    b.space(5)
    b.kv("验收结论：", "■合格　□不合格" if a["result"] == "passed" else "□合格　■不合格")
    b.kv("验收日期：", cn_date(a["date"]))
    b.space(10)
    b.text(115, b.y, "建设单位（盖章）", 10.5)
    b.seal(140, b.y + 6, a.get("issuer", c["cust"]["name"]), "")
    return b.pages, "acceptance_report", F(contract_no=c["no"], amount_yuan=yuan(c["amount"]), date=a["date"], customer=a.get("issuer", c["cust"]["name"]), result=a["result"]), "常规验收报告"


BANKS = ["中国工商银行天津河西支行", "中国建设银行天津滨海分行", "交通银行天津分行营业部", "天津银行南开支行", "中国银行天津东丽支行"]


def bank_receipt(c, p, app, rng):
    b = Builder()
    b.title("中国建设银行 单位客户专用回单", 15)
    b.text(22, b.y + 6, "币别：人民币", 9)
    b.text(140, b.y + 6, "日期：%s" % p["date"].replace("-", "年", 1).replace("-", "月") + "日", 9)
    b.space(9)
    memo = p.get("memo", "货款")
    rows = [["付款人", "全称", p["payer"], "收款人", "全称", p["payee"]],
            ["", "账号", "1205 0186 %04d 0000 %04d" % (rng.randint(1000, 9999), rng.randint(1000, 9999)), "", "账号", app["acct"]],
            ["", "开户行", rng.choice(BANKS), "", "开户行", app["bank"]]]
    b.table(rows, [16, 14, 53, 16, 14, 53], size=8.5)
    b.y -= 0.0
    b.table([["金额（大写）", daxie(p["amount"]), "（小写）", "¥" + comma(p["amount"])],
             ["用途", memo, "交易流水号", "%d" % rng.randint(10 ** 15, 10 ** 16)]], [30, 53, 30, 53], size=8.5)
    b.space(6)
    b.text(22, b.y, "打印时间：%s 10:2%d:11　　本回单可通过网银验证，重复打印无效" % (p["printed"], rng.randint(0, 9)), 8)
    b.seal(160, b.y - 14, "中国建设银行股份有限公司", "电子回单专用章", r=15)
    cno = c["no"] if p.get("cite") else None
    return b.pages, "payment_proof", F(contract_no=cno, amount_yuan=yuan(p["amount"]), date=p["date"], payer=p["payer"], payee=p["payee"]), "银行单位客户专用回单"


def bid_notice(c, app, rng):
    pr = c["proc"]
    b = Builder()
    b.title("中标通知书", 20)
    b.kv("", "%s：" % app["name"], lw=0)
    b.para("我单位（%s）组织的“%s”项目（招标编号：%s）于%s开标，经评标委员会评审并公示，确定贵单位为中标人，中标金额为%s。" % (pr.get("buyer", c["cust"]["name"]), c["name"], pr["tender_no"], cn_date(pr["open"]), rmb(pr["amount"])))
    b.para("请贵单位在收到本通知书后30日内与招标人签订合同，并按招标文件要求提交履约保证金%s元。本通知书有效期至%s。" % (comma(D(pr["amount"]) * D("0.1")), cn_date(pr["valid"])))
    b.space(14)
    b.text(120, b.y, "招标人：" + pr.get("buyer", c["cust"]["name"]), 10.5)
    b.text(120, b.y + 9, cn_date(pr["date"]), 10.5)
    b.seal(150, b.y + 2, pr.get("buyer", c["cust"]["name"]))
    return b.pages, "procurement_proof", F(amount_yuan=yuan(pr["amount"]), date=pr["date"], customer=pr.get("buyer", c["cust"]["name"])), "中标通知书：开标日期、有效期、履约保证金为干扰项"


def subcontract_plain(s, app, rng):
    b = Builder()
    b.title("分包合同", 18)
    b.kv("合同编号：", s["no"])
    b.kv("甲方（总包方）：", s.get("party_a", app["name"]), lw=36)
    b.kv("乙方（分包方）：", s["party_b"], lw=36)
    b.kv("乙方住所：", s["addr"], lw=36)
    b.kv("统一社会信用代码：", s["uscc"], lw=36)
    b.para("甲方承接%s，现将其中%s分包给乙方实施。分包金额为%s。乙方应于%s前完成分包内容并通过甲方检验。" % (s["main"], s["scope"], rmb(s["amount"]), cn_date(s["due"])))
    b.para("本合同自双方签字盖章之日起生效，签订日期：%s。" % cn_date(s["date"]))
    b.space(10)
    b.text(25, b.y, "甲方（盖章）", 10.5)
    b.text(115, b.y, "乙方（盖章）", 10.5)
    b.seal(45, b.y + 4, s.get("party_a", app["name"]))
    b.seal(135, b.y + 4, s["party_b"])
    return b.pages, "subcontract", F(contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=s["date"], customer=s.get("party_a", app["name"])), "常规分包合同"


def signin_rows(att, order="name_first"):
    rows = []
    for i, a in enumerate(att, 1):
        idv = a["uscc"] or a["addr"]
        if order == "name_first":
            rows.append([str(i), a["name"], idv, a["person"], ""])
        else:
            rows.append([str(i), idv, a["name"], a["person"], "已签到"])
    return rows


def meeting_minutes(m, app, rng, with_sheet=True):
    b = Builder()
    b.title("会议纪要", 18)
    b.kv("会议名称：", m["name"])
    b.kv("会议时间：", cn_date(m["date"]) + " 14:00-17:00")
    b.kv("会议地点：", m["place"])
    b.kv("主办单位：", app["name"])
    b.para("本次会议围绕%s开展经验交流，与会企业代表分享了设备联网、数据采集与生产管控方面的实践，会议就下一步合作达成共识。" % m["topic"])
    if with_sheet:
        b.space(4)
        b.center("参会单位签到表", 12)
        b.space(2)
        rows = [["序号", "单位名称", "统一社会信用代码/地址", "参会人", "签名"]] + signin_rows(m["att"])
        b.table(rows, [10, 58, 56, 22, 20], size=8.5, rowh=7)
        for i, a in enumerate(m["att"]):
            pass
    return b.pages, "meeting_record", F(date=m["date"], title=m["name"]), "常规会议纪要+签到表" if with_sheet else "常规会议纪要（签到表另附）"


def diagnosis_plain(dg, app, rng):
    b = Builder()
    b.title(dg["title"], 16)
    b.kv("诊断对象：", dg["cust"]["name"])
    b.kv("诊断日期：", cn_date(dg["date"]))
    b.kv("诊断单位：", app["name"])
    b.para("一、企业现状：该企业主要从事%s，现有生产线%d条，设备联网率约%d%%，生产数据以人工报表为主。" % (dg["trade"], rng.randint(2, 8), rng.randint(10, 45)))
    b.para("二、主要问题：计划排产依赖经验，设备停机原因无法追溯，质量数据分散在多个系统。")
    if dg["solution"]:
        b.para("三、解决方案：建议分两期建设，一期部署设备数据采集与MES生产管控，二期建设质量追溯与能耗管理，预计设备综合效率提升8%以上。")
    b.space(8)
    b.text(120, b.y, app["name"], 10.5)
    b.seal(140, b.y - 3, app["name"])
    return b.pages, "diagnosis_report", F(date=dg["date"], customer=dg["cust"]["name"], title=dg["title"]), "常规免费诊断报告" + ("" if dg["solution"] else "（缺解决方案）")


def standard_draft(st, app, rng):
    b = Builder()
    b.text(22, 30, "ICS 25.040", 10)
    b.text(22, 36, "CCS J 07", 10)
    b.text(188, 33, "T/TJZN %03d—2024" % rng.randint(1, 60), 12, align="r")
    b.y = 80
    b.title("团　体　标　准", 20)
    b.y = 120
    b.title(st["name"], 18)
    b.center("（征求意见稿）", 12)
    b.y = 250
    b.center("2024-%02d-%02d 发布" % (rng.randint(3, 9), rng.randint(1, 28)), 11)
    b.newpage()
    b.title("前　言", 14)
    b.para("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。本文件起草单位：%s。" % app["name"])
    b.title("1　范围", 12)
    b.para("本文件规定了%s的总体要求、功能要求与测试方法。" % st["name"].replace("规范", "").replace("要求", ""))
    return b.pages, "standard_draft", F(title=st["name"]), "标准征求意见稿"


# ---------------- NEW genres ----------------

def N01_warehouse_receipt(c, app, rng):
    """NEW N01 物资入库验收单 printed from the customer's ERP (acceptance by the warehouse)."""
    a = c["acc"]
    b = Builder()
    b.text(22, 20, a.get("issuer", c["cust"]["name"]), 10)
    b.title("物 资 入 库 验 收 单", 16)
    b.text(22, b.y + 7, "单据编号：RK%s%04d" % (a["date"].replace("-", ""), rng.randint(1, 9999)), 9)
    b.text(120, b.y + 7, "入库日期：%s" % a["date"], 9)
    b.space(10)
    rows = [["供应单位", app["name"], "采购订单/合同号", c["no"]],
            ["收料库房", "%s号成品库" % rng.randint(1, 6), "验收方式", "全检 ☑　抽检 □"]]
    b.table(rows, [26, 64, 30, 46], size=9)
    b.space(3)
    items = [["物料编码", "物资名称", "规格型号", "单位", "实收数量", "金额（元）"]]
    n = rng.randint(2, 4)
    parts = [D(c["amount"]) * D(w) for w in ([0.5, 0.3, 0.2, 0][:n] if n < 4 else [0.4, 0.3, 0.2, 0.1])]
    parts[-1] = D(c["amount"]) - sum(parts[:-1])
    for i, p in enumerate(parts):
        items.append(["30%07d" % rng.randint(0, 9999999), ["数据采集网关", "边缘计算服务器", "MES软件模块", "工业交换机"][i], "TJ-%d" % rng.randint(100, 999), "套", str(rng.randint(1, 12)), comma(p)])
    items.append(["合计", "", "", "", "", comma(c["amount"])])
    b.table(items, [24, 36, 26, 12, 20, 48], size=9)
    b.space(4)
    ok = a["result"] == "passed"
    b.para("质检意见：外观、数量、随机资料齐全，功能调试正常，%s" % ("验收合格，准予入库。" if ok else "主要功能未达到技术协议要求，验收不合格，暂不入库。"), size=10, indent=False)
    b.space(4)
    b.text(22, b.y + 6, "仓库保管员：", 10)
    b.hand(45, b.y + 6, "刘赟")
    b.text(80, b.y + 6, "质检员：", 10)
    b.hand(96, b.y + 6, "周翀")
    b.text(130, b.y + 6, "使用部门：", 10)
    b.seal(165, b.y + 2, a.get("issuer", c["cust"]["name"]), "物资管理专用章", r=16)
    return b.pages, "acceptance_report", F(contract_no=c["no"], amount_yuan=yuan(c["amount"]), date=a["date"], customer=a.get("issuer", c["cust"]["name"]), result=a["result"]), "NEW 客户ERP入库验收单：验收即质检意见，金额只在合计行"


def N02_liaison(c, app, rng):
    """NEW N02 工作联系单 from the customer's 工程部 confirming acceptance, prose only."""
    a = c["acc"]
    b = Builder()
    b.title("工 作 联 系 单", 17)
    b.table([["编号", "GCB-LL-2024-%03d" % rng.randint(1, 300), "密级", "内部"],
             ["发文部门", "工程设备部", "接收单位", app["name"]],
             ["事由", "关于%s验收情况的说明" % c["name"], "页数", "1"]], [24, 60, 24, 58], size=9)
    b.space(5)
    ok = a["result"] == "passed"
    b.para("贵公司承担的%s（合同编号%s），已按合同约定完成全部建设内容。我单位于%s组织生产、设备、信息等部门进行了联合验收，%s" % (
        c["name"], c["no"], cn_date(a["date"]), "各项指标满足技术协议要求，验收结论为合格，项目正式转入质保期。" if ok else "发现系统稳定性未达到技术协议要求，验收结论为不合格，请贵公司于三十日内整改后重新申请验收。"))
    b.para("质保期自验收合格之日起计算，为期二十四个月。如有疑问请与工程设备部联系。")
    b.space(12)
    b.text(118, b.y, a.get("issuer", c["cust"]["name"]), 10.5)
    b.text(118, b.y + 8, "工程设备部", 10.5)
    b.text(118, b.y + 16, cn_upper_date(a.get("letter", a["date"])), 10.5)
    b.seal(150, b.y + 6, a.get("issuer", c["cust"]["name"]), "工程设备部", r=17)
    return b.pages, "acceptance_report", F(contract_no=c["no"], date=a["date"], customer=a.get("issuer", c["cust"]["name"]), result=a["result"]), "NEW 工作联系单：验收日期在正文，落款日期为大写且可能晚于验收日"


def N03_mall_order(c, app, rng):
    """NEW N03 企业采购商城 订单详情 web print."""
    pr = c["proc"]
    b = Builder()
    b.text(22, 12, "%s 14:%02d" % (pr["date"].replace("-", "/"), rng.randint(10, 59)), 7)
    b.text(105, 12, "订单详情 - 企业采购商城", 7, align="c")
    b.line(22, 16, 188, 16, 0.3)
    b.y = 26
    b.text(22, b.y, "%s 电子采购商城" % pr.get("buyer", c["cust"]["name"])[:4], 14, color=(0.1, 0.3, 0.6))
    b.text(188, b.y, "首页 > 我的订单 > 订单详情", 8, align="r")
    b.space(10)
    b.text(22, b.y, "订单状态：已完成　　订单编号：%s" % c["no"], 10.5)
    b.space(4)
    rows = [["下单时间", "%s 09:%02d:33" % (pr["date"], rng.randint(10, 59)), "采购单位", pr.get("buyer", c["cust"]["name"])],
            ["店铺/供应商", app["name"], "收货人", rng.choice(["孙瑄", "高昀", "吴堃"])],
            ["预计到货", pr["valid"], "支付方式", "对公转账（账期90天）"]]
    b.table(rows, [24, 60, 24, 58], size=9)
    b.space(4)
    b.table([["商品", "单价", "数量", "小计"], [c["scope"] + "（定制服务包）", comma(pr["amount"]), "1", comma(pr["amount"])],
             ["运费", "0.00", "", "0.00"]], [86, 30, 14, 36], size=9)
    b.space(4)
    b.text(188, b.y, "订单金额：¥%s" % comma(pr["amount"]), 12, color=(0.8, 0.2, 0.1), align="r")
    b.text(22, b.y + 14, "https://mall.%s.com/order/detail?id=%d" % (rng.choice(["tjjt", "bhgroup", "zhdq"]), rng.randint(10 ** 8, 10 ** 9)), 7)
    b.text(188, b.y + 14, "1/1", 7, align="r")
    return b.pages, "procurement_proof", F(contract_no=c["no"], amount_yuan=yuan(pr["amount"]), date=pr["date"], customer=pr.get("buyer", c["cust"]["name"])), "NEW 企业采购商城订单详情网页打印：预计到货日期为干扰"


def N04_share_center(c, p, app, rng):
    """NEW N04 客户集团财务共享中心 付款完成通知（邮件打印件）."""
    b = Builder()
    b.text(22, 18, "发件人：财务共享服务中心 <fssc@%s.com.cn>" % rng.choice(["tjgroup", "bhjt", "hhzg"]), 9)
    b.text(22, 24, "收件人：%s 财务部" % app["name"], 9)
    b.text(22, 30, "时　间：%s 16:%02d" % (p["date"], rng.randint(10, 59)), 9)
    b.text(22, 36, "主　题：【付款完成通知】%s" % p["payee"], 9)
    b.line(22, 40, 188, 40, 0.4)
    b.y = 46
    b.para("尊敬的供应商：", indent=False)
    memo = ("合同%s进度款" % c["no"]) if p.get("cite") else "项目款"
    b.para("您好！%s委托财务共享服务中心办理的付款已于%s通过银企直联支付成功，明细如下：" % (p["payer"], cn_date(p["date"])))
    b.table([["付款单位", p["payer"]], ["收款单位", p["payee"]], ["付款金额", "CNY %s" % comma(p["amount"])],
             ["付款用途", memo], ["共享单号", "FSSC%s%05d" % (p["date"].replace("-", ""), rng.randint(0, 99999))],
             ["发票校验金额", "%s（含税）" % comma(D(c["amount"]))]], [36, 130], size=9.5)
    b.para("本邮件由系统自动发送，请勿直接回复。到账时间以收款银行为准。", size=9)
    return b.pages, "payment_proof", F(contract_no=c["no"] if p.get("cite") else None, amount_yuan=yuan(p["amount"]), date=p["date"], payer=p["payer"], payee=p["payee"]), "NEW 财务共享中心付款完成通知邮件：发票校验金额（合同总额）为干扰项"


def N05_ledger(contracts, app, rng):
    """NEW N05 applicant's own 合同台账 export (other)."""
    b = Builder()
    b.title("%s 2024年度销售合同台账" % app["name"], 13)
    rows = [["序号", "合同编号", "客户", "合同额(元)", "开票", "回款"]]
    for i, c in enumerate(contracts, 1):
        rows.append([str(i), c["no"], c["cust"]["name"], comma(c["amount"]), "已开", "%d%%" % rng.choice([95, 100])])
    b.table(rows, [10, 34, 64, 28, 14, 16], size=8)
    b.para("导出自：用友U8 合同管理模块　导出人：财务部", size=8, indent=False)
    return b.pages, "other", F(), "NEW 申报单位自制合同台账：非客户证据"


def N06_hoist_subcontract(s, app, rng):
    """NEW N06 设备运输及吊装分包合同 with a 台班 fee table."""
    b = Builder()
    b.title("大件设备运输及吊装分包合同", 16)
    b.text(188, b.y + 6, "编号：%s" % s["no"], 9.5, align="r")
    b.space(8)
    b.para("总包方（以下简称甲方）：%s" % s.get("party_a", app["name"]), indent=False)
    b.para("分包方（以下简称乙方）：%s，住所：%s，统一社会信用代码：%s" % (s["party_b"], s["addr"], s["uscc"]), indent=False)
    b.para("甲方承建%s，现将设备卸车、场内运输及吊装就位作业分包给乙方。" % s["main"])
    fee = D(s["amount"])
    q = [fee * D("0.45"), fee * D("0.35")]
    q.append(fee - q[0] - q[1])
    b.table([["作业内容", "机械/台班", "费用（元）"], ["130吨汽车吊吊装", "%d台班" % rng.randint(3, 9), comma(q[0])],
             ["平板车场内运输", "%d车次" % rng.randint(4, 20), comma(q[1])], ["索具、人工及保险", "—", comma(q[2])],
             ["合计（大写）" + daxie(fee), "", comma(fee)]], [80, 40, 46], size=9)
    b.para("作业期间乙方须办理特种作业人员资质报验，起重作业如因乙方原因发生设备损坏，由乙方按损失金额赔偿。作业计划日期：%s。" % cn_date(s["due"]))
    b.space(8)
    b.text(25, b.y, "甲方：", 10.5)
    b.text(110, b.y, "乙方：", 10.5)
    b.text(25, b.y + 22, "%s" % s["date"].replace("-", "."), 10.5)
    b.text(110, b.y + 22, "%s" % s["date"].replace("-", "."), 10.5)
    b.seal(50, b.y + 8, s.get("party_a", app["name"]), "合同专用章")
    b.seal(135, b.y + 8, s["party_b"], "合同专用章")
    return b.pages, "subcontract", F(contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=s["date"], customer=s.get("party_a", app["name"])), "NEW 运输吊装分包合同：总包方/分包方，金额在台班费用表合计行，日期只在落款（点分隔）"


def N07_order_ack(s, app, rng):
    """NEW N07 配套供货订单确认函 issued by the supplier, countersigned by the applicant."""
    b = Builder()
    b.text(22, 20, s["party_b"], 12, color=(0.1, 0.3, 0.6))
    b.line(22, 23, 188, 23, 0.8, (0.1, 0.3, 0.6))
    b.y = 30
    b.title("订单确认函（分包合同）", 15)
    b.para("致：%s（甲方）" % s.get("party_a", app["name"]), indent=False)
    b.para("我司（乙方）已收到贵司关于%s配套%s的采购订单，经评审确认如下，本函经双方盖章后即构成双方间的分包合同，合同编号%s。" % (s["main"], s["scope"], s["no"]))
    b.table([["确认项", "内容"], ["供货/服务范围", s["scope"]], ["分包总价", "%s元（含税），大写%s" % (comma(s["amount"]), daxie(s["amount"]))],
             ["交付日期", cn_date(s["due"])], ["乙方地址", s["addr"]], ["乙方信用代码", s["uscc"]]], [40, 126], size=9.5)
    b.para("本确认函有效期15日，逾期未回签视为放弃。", size=9.5)
    b.space(6)
    b.text(110, b.y + 4, "乙方：%s" % s["party_b"], 10)
    b.text(110, b.y + 12, "日期：%s" % cn_date(s["date"]), 10)
    b.seal(150, b.y + 4, s["party_b"], "业务专用章", r=16)
    b.space(26)
    b.text(22, b.y, "甲方回签：同意以上条款。", 10)
    b.hand(70, b.y, "同意 " + s["date"][5:].replace("-", "/"))
    b.seal(60, b.y + 12, s.get("party_a", app["name"]), "合同专用章", r=16)
    return b.pages, "subcontract", F(contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=s["date"], customer=s.get("party_a", app["name"])), "NEW 供方出具、总包回签的订单确认函，作为分包合同；交付日期与有效期为干扰"


def N08_task_book(s, app, rng):
    """NEW N08 软件开发分包任务书 (任务编号 = 分包合同编号)."""
    b = Builder()
    b.title("软件开发分包任务书", 16)
    b.table([["任务编号", s["no"], "下达日期", s["date"]], ["任务下达方（甲方）", s.get("party_a", app["name"]), "承接方（乙方）", s["party_b"]],
             ["承接方地址", s["addr"], "信用代码", s["uscc"]]], [30, 58, 26, 52], size=8.5)
    b.space(3)
    b.para("一、任务来源：%s。" % s["main"])
    b.para("二、开发内容：%s，包括需求确认、编码、单元测试及部署。" % s["scope"])
    b.para("三、里程碑：需求确认后支付30%%，联调通过后支付60%%，验收后支付10%%。任务费用总额%s万元（%s），按里程碑结算。" % (wan(s["amount"]), daxie(s["amount"])))
    b.para("四、完成期限：%s。知识产权归甲方所有。" % cn_date(s["due"]))
    b.space(8)
    b.text(25, b.y, "甲方项目经理：", 10)
    b.hand(52, b.y, "赵昀")
    b.text(110, b.y, "乙方负责人：", 10)
    b.hand(135, b.y, "钱瑄")
    b.seal(55, b.y + 12, s.get("party_a", app["name"]))
    b.seal(140, b.y + 12, s["party_b"])
    return b.pages, "subcontract", F(contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=s["date"], customer=s.get("party_a", app["name"])), "NEW 分包任务书：金额仅以万元和大写给出，里程碑百分比为干扰"


def N09_transcript(m, app, rng):
    """NEW N09 经验交流会 发言速记整理稿 (no sheet; the sheet is a separate file)."""
    b = Builder()
    b.title("“%s”" % m["name"], 14)
    b.center("发言实录（速记整理稿）", 12)
    b.space(3)
    b.para("时间：%s下午　地点：%s　主持：%s 副总经理 孙翀" % (cn_upper_date(m["date"]), m["place"], app["name"]), indent=False, size=10)
    speakers = rng.sample(m["att"], 3)
    for sp in speakers:
        b.para("【%s %s】" % (sp["name"], sp["person"]), indent=False, size=10)
        b.para("我们在%s方面做了一些尝试，最大的体会是先把设备数据采上来，再谈分析。去年停机时间下降了百分之%s左右。" % (m["topic"], rng.choice(["十二", "十五", "二十"])), size=10)
    b.para("【主持人】感谢各位分享，会后整理成册发各参会单位。（整理：综合部，未经本人审阅）", indent=False, size=10)
    return b.pages, "meeting_record", F(date=m["date"], title=m["name"]), "NEW 发言速记整理稿：会议名称在引号标题中，日期为大写汉字；签到表另附"


def N10_rsvp_sheet(m, app, rng):
    """NEW N10 参会回执汇总表 used as the sign-in sheet (separate file)."""
    b = Builder()
    b.title("%s 参会回执汇总表" % m["name"], 12)
    b.center("会议日期：%s　　汇总：%s 会务组" % (m["date"], app["name"]), 9.5)
    b.space(3)
    rows = [["序号", "统一社会信用代码", "单位名称", "参会人/职务", "住宿", "到会确认"]]
    for i, a in enumerate(m["att"], 1):
        rows.append([str(i), a["uscc"] or ("（住所）" + a["addr"]), a["name"], a["person"] + "/经理", rng.choice(["是", "否"]), "√"])
    b.table(rows, [10, 46, 54, 26, 12, 18], size=8)
    return b.pages, "meeting_record", F(date=m["date"], title=m["name"]), "NEW 参会回执汇总表作签到表：代码列在前，含住宿列"


def N11_stamp_sheet(m, app, rng):
    """NEW N11 参会单位盖章确认表: each row stamped with the attendee's seal."""
    b = Builder()
    b.title("参会单位盖章确认表", 15)
    b.center("%s（%s）" % (m["name"], cn_date(m["date"])), 10)
    b.space(3)
    rows = [["序号", "单位名称", "单位地址", "单位盖章"]]
    for i, a in enumerate(m["att"], 1):
        rows.append([str(i), a["name"], a["addr"], ""])
    y0 = b.y
    b.table(rows, [10, 60, 68, 28], size=8.5, rowh=13)
    # stamps over the last column
    for i in range(len(m["att"])):
        yy = y0 + 13 * (i + 1) + 6.5
        if yy < 280:
            b.seal(174, yy, m["att"][i]["name"][:10], "", r=6, color=RED)
    return b.pages, "meeting_record", F(date=m["date"], title=m["name"]), "NEW 盖章确认表：每行以参会单位印章代替签名，无信用代码只有地址"


def N12_advice_letter(dg, app, rng):
    """NEW N12 诊断建议函 (letter to the diagnosed firm)."""
    b = Builder()
    b.text(105, 22, app["name"], 16, color=RED, align="c")
    b.line(22, 27, 188, 27, 1.4, RED)
    b.y = 34
    b.title(dg["title"], 14)
    b.para("%s：" % dg["cust"]["name"], indent=False)
    b.para("应贵公司邀请，我公司诊断服务组于%s赴贵公司%s生产现场开展免费诊断，走访了生产、设备、质量等部门。现将诊断情况函告如下：" % (cn_date(dg["date"]), dg["trade"] + "车间"))
    b.para("（一）基本情况。贵公司现有主要设备约%d台，已具备ERP系统，车间层缺少实时数据。" % rng.randint(40, 300))
    b.para("（二）存在问题。工单报工滞后、物料齐套率低、设备点检靠纸质记录。")
    if dg["solution"]:
        b.para("（三）改进建议。1．部署车间级数据采集平台，实现设备状态实时可视；2．上线移动报工与电子点检；3．以齐套分析驱动排产，建议分两期在十二个月内实施。")
    b.para("特此函告。")
    b.space(10)
    b.text(120, b.y, app["name"], 10.5)
    b.text(120, b.y + 8, cn_date(dg.get("letter", dg["date"])), 10.5)
    b.seal(145, b.y + 2, app["name"])
    return b.pages, "diagnosis_report", F(date=dg["date"], customer=dg["cust"]["name"], title=dg["title"]), "NEW 诊断建议函：被诊断企业只在称谓行，诊断日期在正文" + ("" if dg["solution"] else "（无改进建议）")


def N13_questionnaire(dg, app, rng):
    """NEW N13 数字化诊断调查问卷 with ticks and the expert's advice box."""
    b = Builder()
    b.title(dg["title"], 14)
    b.table([["被诊断企业", dg["cust"]["name"], "填表日期", dg["date"]], ["所属行业", dg["trade"], "诊断机构", app["name"]]], [26, 66, 22, 52], size=8.5)
    b.space(3)
    qs = ["1. 是否部署ERP系统", "2. 关键设备是否联网", "3. 是否有MES或生产报工系统", "4. 质量数据是否可追溯", "5. 是否开展能耗监测"]
    rows = [["问题", "是", "否", "说明"]]
    for q in qs:
        y = rng.random() < 0.5
        rows.append([q, "☑" if y else "□", "□" if y else "☑", ""])
    b.table(rows, [90, 14, 14, 48], size=9)
    b.space(4)
    if dg["solution"]:
        b.para("专家诊断意见及对策建议：", indent=False)
        b.para("建议以设备联网为切入点，分步实施MES报工与质量追溯，配套建设能耗在线监测，投资约%d万元，周期八个月。" % rng.randint(40, 200))
    else:
        b.para("专家诊断意见：企业数字化基础薄弱，问卷已回收。", indent=False)
    b.text(120, b.y + 10, "诊断专家：", 10)
    b.hand(140, b.y + 10, rng.choice(["许堃", "冯翀", "陈赟"]))
    return b.pages, "diagnosis_report", F(date=dg["date"], customer=dg["cust"]["name"], title=dg["title"]), "NEW 诊断调查问卷+专家意见：勾选表格，解决方案在意见框" + ("" if dg["solution"] else "（意见框无对策）")


def N14_diag_ledger(diags, app, rng):
    """NEW N14 免费诊断服务台账 (other)."""
    b = Builder()
    b.title("2024年免费诊断服务台账", 14)
    rows = [["序号", "企业名称", "诊断日期", "诊断人员", "报告"]]
    for i, dg in enumerate(diags, 1):
        rows.append([str(i), dg["cust"]["name"], dg["date"], rng.choice(["许堃", "冯翀", "陈赟"]), "已出具"])
    b.table(rows, [10, 80, 26, 24, 26], size=8)
    return b.pages, "other", F(), "NEW 申报单位自制诊断台账：不是诊断报告"


def other_license(app, rng):
    b = Builder()
    b.title("营 业 执 照", 22, RED)
    b.center("（副　　本）", 11)
    b.kv("统一社会信用代码", app["uscc"], lw=40)
    b.kv("名　　称", app["name"], lw=40)
    b.kv("住　　所", app["addr"], lw=40)
    b.kv("注册资本", "伍仟万元整", lw=40)
    b.kv("成立日期", "2016年03月18日", lw=40)
    b.seal(150, 250, "天津市滨海新区市场监督管理局", "登记机关", r=18)
    return b.pages, "other", F(), "营业执照：非证据"
