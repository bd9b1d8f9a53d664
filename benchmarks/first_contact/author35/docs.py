"""Genres. Each function(ctx, item, rng) -> (pages, fields, extra). fields = what the paper states."""
from render import Page
from util import daxie, comma, yuan, cn_date, zh_date, spaced

RED = (200, 20, 20)


def F(**kw):
    f = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None,
             result=None, title=None)
    f.update(kw)
    return f


def money(fen):
    return "人民币%s（¥%s）" % (daxie(fen), comma(fen))


# ---------------------------------------------------------------- ordinary kinds
def contract_prose(ctx, c, rng):
    ap, cu = ctx["applicant"], c["customer"]
    amt = c.get("doc_amount", c["amount_fen"])
    p = Page()
    p.center(c["name"], 17)
    p.y += 3
    p.text("合同编号：%s" % c["no"], 10, x=130)
    p.text("%s：%s" % (spaced("甲方", "   "), c.get("doc_party", cu["name"])))
    p.text("地    址：%s" % cu["address"], 9.5)
    p.text("%s：%s" % (spaced("乙方", "   "), ap["name"]))
    p.text("地    址：%s" % ap["address"], 9.5)
    p.y += 2
    p.para("甲乙双方经友好协商，就甲方%s事宜，依据《中华人民共和国民法典》签订本合同，共同遵守。" % c["name"].replace("合同", ""))
    p.text("第一条  项目内容：%s，含软硬件供货、安装调试、系统集成与培训。" % c["name"].replace("合同", ""), 10)
    p.text("第二条  合同总价款为%s，含税。" % money(amt), 10)
    pre = amt * 3 // 10
    p.para("第三条  付款方式：合同签订后甲方支付预付款%s元（合同总价30%%），到货验收后支付至90%%，余款%s元作为质保金，质保期满一年后无息支付。" % (comma(pre), comma(amt // 10)), 10)
    p.para("第四条  交货期：乙方应于%s前完成交货及安装调试。逾期每日按合同总价的千分之一支付违约金，违约金总额不超过%s元。" % (zh_date(c["delivery"]), comma(amt // 20)), 10)
    p.para("第五条  本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。", 10)
    p.y += 8
    y = p.y
    p.at(20, y, "甲方（盖章）：%s" % c.get("doc_party", cu["name"])[:18], 9.5)
    p.at(115, y, "乙方（盖章）：%s" % ap["name"][:18], 9.5)
    p.at(20, y + 8, "授权代表：", 9.5)
    p.at(115, y + 8, "授权代表：", 9.5)
    p.at(20, y + 16, "签订日期：%s" % zh_date(c["sign_date"]), 9.5)
    p.at(115, y + 16, "签订日期：%s" % zh_date(c["sign_date"]), 9.5)
    p.seal(c.get("doc_party", cu["name"]), 55, y + 8, 18, "合同专用章")
    p.seal(ap["name"], 150, y + 8, 18, "合同专用章")
    return [p], F(contract_no=c["no"], amount_yuan=yuan(amt), date=c["sign_date"],
                  customer=c.get("doc_party", cu["name"])), {}


def contract_grid(ctx, c, rng):
    ap, cu = ctx["applicant"], c["customer"]
    amt = c.get("doc_amount", c["amount_fen"])
    p = Page()
    p.center("技 术 服 务 合 同", 18)
    p.y += 4
    p.table([["项目名称", c["name"].replace("合同", "")],
             ["委托方（甲方）", c.get("doc_party", cu["name"])],
             ["服务方（乙方）", ap["name"]],
             ["合同编号", c["no"]],
             ["签订时间", c["sign_date"].replace("-", ".")],
             ["有效期限", "%s 至 %s" % (c["sign_date"], c["delivery"])],
             ["合同金额", "%s元（大写：%s）" % (comma(amt), daxie(amt))]], [40, 130], 10, rowh=10)
    p.para("一、乙方按附件《技术方案》为甲方提供服务。二、履约保证金为合同金额的5%%，即%s元。三、暂定价部分（备品备件）%s元不计入合同金额，按实结算。" % (comma(amt // 20), comma(amt // 50)), 10)
    p.para("四、双方对本合同内容无异议，签字盖章后生效。", 10)
    p.y += 10
    p.at(25, p.y, "甲方（签章）", 10); p.at(120, p.y, "乙方（签章）", 10)
    p.seal(c.get("doc_party", cu["name"]), 50, p.y + 10, 18)
    p.seal(ap["name"], 145, p.y + 10, 18)
    return [p], F(contract_no=c["no"], amount_yuan=yuan(amt), date=c["sign_date"],
                  customer=c.get("doc_party", cu["name"])), {}


def acceptance_form(ctx, c, rng):
    ap, cu = ctx["applicant"], c["customer"]
    issuer = c.get("acc_party", cu["name"])
    passed = c.get("acc_result", "passed") == "passed"
    p = Page()
    p.center("项目验收单", 18)
    p.y += 4
    show_amt = rng.random() < 0.6
    rows = [["项目名称", c["name"].replace("合同", "")], ["建设单位", issuer], ["承建单位", ap["name"]],
            ["合同编号", c["no"]]]
    if show_amt:
        rows.append(["合同金额", "¥%s" % comma(c.get("acc_amount", c["amount_fen"]))])
    rows += [["到货日期", zh_date(c["arrive"])], ["验收日期", zh_date(c["acc_date"])]]
    p.table(rows, [40, 130], 10, rowh=10)
    p.text("验收结论：", 11)
    y = p.y
    p.box(30, y); p.at(35, y, "合格，同意通过验收", 10.5)
    p.box(100, y); p.at(105, y, "不合格，整改后复验", 10.5)
    p.tick(30.2, y - 1.4) if passed else p.tick(100.2, y - 1.4)
    p.y += 8
    p.para("验收意见：" + ("系统各项功能及性能指标满足合同及技术协议要求，运行稳定，资料齐全。" if passed else "部分功能未达到技术协议要求，数据采集不完整，暂不同意通过验收。"), 10)
    p.y += 10
    p.at(110, p.y, "建设单位（盖章）：", 10)
    p.at(110, p.y + 10, zh_date(c["acc_date"]), 10)
    p.seal(issuer, 150, p.y + 5, 19)
    return [p], F(contract_no=c["no"], amount_yuan=yuan(c.get("acc_amount", c["amount_fen"])) if show_amt else None,
                  date=c["acc_date"], customer=issuer, result="passed" if passed else "failed"), {}


def acceptance_lab(ctx, c, rng):
    """N14 第三方软件评测中心 验收测试报告 with the customer's 验收意见 box."""
    ap, cu = ctx["applicant"], c["customer"]
    issuer = c.get("acc_party", cu["name"])
    passed = c.get("acc_result", "passed") == "passed"
    lab = rng.choice(["天津市软件评测中心有限公司", "天津滨海软件测评服务中心"])
    p = Page()
    p.text("报告编号：TJRC-YS-2024-%04d" % rng.randrange(1, 9999), 9, x=140)
    p.center("软件产品验收测试报告", 18)
    p.y += 6
    p.table([["项目名称", c["name"].replace("合同", "")], ["委托单位", issuer], ["开发单位", ap["name"]],
             ["测试依据", "GB/T 25000.51-2016；合同 %s 技术附件" % c["no"]],
             ["测试时间", "%s 至 %s" % (c["arrive"].replace("-", "."), c["acc_date"].replace("-", "."))],
             ["测试结论", "功能性、可靠性、易用性、信息安全性等 8 项特性共 126 个测试用例，通过 126 个" if passed
              else "126 个测试用例中 19 个未通过，关键缺陷 3 个"]], [35, 135], 9.5, rowh=10)
    p.text("测试机构：%s（CNAS L%04d）" % (lab, rng.randrange(1000, 9999)), 9.5)
    p.seal(lab, 160, p.y - 8, 16, "检验检测专用章")
    p.y += 12
    p.text("用户验收意见", 12)
    p.para(("经测试及试运行，我单位确认该系统满足合同要求，同意通过验收。" if passed else
            "测试未全部通过，我单位不同意通过验收，请开发单位整改。"), 10.5)
    p.y += 6
    p.at(100, p.y, "验收单位：%s" % issuer, 10)
    p.at(100, p.y + 8, "验收日期：%s" % c["acc_date"], 10)
    p.seal(issuer, 150, p.y + 4, 18)
    return [p], F(contract_no=c["no"], date=c["acc_date"], customer=issuer,
                  result="passed" if passed else "failed"), {}


def payment_receipt(ctx, c, rng, inst):
    ap = ctx["applicant"]
    bank = rng.choice(["中国工商银行", "中国建设银行", "天津银行", "交通银行", "招商银行"])
    p = Page(landscape=True)
    p.center("%s  网上银行电子回单" % bank, 15)
    p.text("回单编号：%d" % rng.randrange(10 ** 11, 10 ** 12), 9, x=200)
    memo = inst.get("memo", "货款")
    p.table([["付款人户名", inst["payer"], "收款人户名", inst["payee"]],
             ["付款人账号", "%d" % rng.randrange(10 ** 15, 10 ** 16), "收款人账号", "%d" % rng.randrange(10 ** 15, 10 ** 16)],
             ["付款人开户行", bank + "天津分行营业部", "收款人开户行", "中国银行天津河西支行"],
             ["金额（大写）", daxie(inst["fen"]), "金额（小写）", "¥%s" % comma(inst["fen"])],
             ["交易日期", inst["date"], "记账流水号", "%d" % rng.randrange(10 ** 9, 10 ** 10)],
             ["用途", memo, "打印日期", "2025-03-%02d" % rng.randrange(1, 28)]], [35, 100, 35, 87], 9.5, rowh=11)
    p.seal(bank + "电子回单专用章", 240, p.y + 10, 16, "业务专用")
    cn = c["no"] if c["no"] in memo else None
    return [p], F(contract_no=cn, amount_yuan=yuan(inst["fen"]), date=inst["date"], payer=inst["payer"],
                  payee=inst["payee"]), {}


def procurement_notice(ctx, c, rng):
    ap, cu = ctx["applicant"], c["customer"]
    p = Page()
    p.center("中 标 通 知 书", 20)
    p.y += 6
    p.text("%s：" % ap["name"], 11)
    amt = c.get("proc_amount", c["amount_fen"])
    p.para("你方于%s（开标日）递交的“%s”项目投标文件已被确定为中标人。中标价：%s。工期：合同签订后90日历天。"
           % (zh_date(c["bid_open"]), c["name"].replace("合同", ""), money(amt)), 11)
    p.para("请你方在接到本通知书后30日内与招标人签订合同，并按招标文件规定提交履约担保（中标价的10%%，即%s元）。本通知书有效期至%s。"
           % (comma(amt // 10), zh_date(c["delivery"])), 11)
    p.y += 14
    p.at(100, p.y, "招标人：%s（盖章）" % cu["name"], 10.5)
    p.at(100, p.y + 9, "日期：%s" % zh_date(c["notice_date"]), 10.5)
    p.seal(cu["name"], 140, p.y + 4, 19)
    return [p], F(amount_yuan=yuan(amt), date=c["notice_date"], customer=cu["name"]), {}


def purchase_order(ctx, c, rng):
    ap, cu = ctx["applicant"], c["customer"]
    amt = c.get("proc_amount", c["amount_fen"])
    p = Page()
    p.center("采 购 订 单", 18)
    p.text("订单号：%s        下单日期：%s" % (c["no"], c["notice_date"]), 10)
    p.text("采购方：%s" % cu["name"], 10)
    p.text("供应商：%s" % ap["name"], 10)
    a1 = amt * 6 // 10
    p.table([["序号", "物料描述", "数量", "金额（元）"], ["1", "边缘采集网关及软件", "1 套", comma(a1)],
             ["2", "实施服务", "1 项", comma(amt - a1)], ["", "合计", "", comma(amt)]], [15, 90, 25, 40], 9.5)
    p.text("要求交货日期：%s" % c["delivery"], 10)
    p.seal(cu["name"], 150, p.y + 10, 18, "采购专用章")
    return [p], F(contract_no=c["no"], amount_yuan=yuan(amt), date=c["notice_date"], customer=cu["name"]), {}


def standard_cover(ctx, s, rng):
    p = Page()
    p.text("ICS 25.040", 9); p.text("CCS J 07", 9)
    p.center(s["code"], 12)
    p.y += 20
    p.center(s["name"], 18)
    p.y += 10
    p.center("（%s）" % s["stage"], 12)
    p.y += 120
    p.center("2024 - XX - XX 发布          2024 - XX - XX 实施", 11)
    p.center(s["issuer"] + "  发 布", 13)
    return [p], F(title=s["name"]), {}


# ---------------------------------------------------------------- subcontracts
def sub_plain(ctx, s, rng):
    ap = ctx["applicant"]
    p = Page()
    p.center("分 包 合 同", 18)
    p.text("合同编号：%s" % s["no"], 10, x=130)
    p.text("甲方（总包方）：%s" % s.get("doc_a", ap["name"]))
    p.text("乙方（分包方）：%s" % s.get("doc_b", s["sup"]["name"]))
    p.text("乙方地址：%s" % s["sup"]["address"], 9.5)
    p.para("甲方承接的智能制造系统集成项目中，%s部分分包给乙方实施。分包合同金额为%s。乙方应于%s前完成。"
           % (s["scope"], money(s.get("doc_fen", s["fen"])), zh_date(s["due"])), 10.5)
    p.y += 10
    p.at(20, p.y, "甲方（盖章）", 10); p.at(115, p.y, "乙方（盖章）", 10)
    p.at(20, p.y + 16, "签订日期：%s" % zh_date(s["date"]), 10)
    p.seal(s.get("doc_a", ap["name"]), 50, p.y + 8, 17); p.seal(s.get("doc_b", s["sup"]["name"]), 145, p.y + 8, 17)
    return [p], F(contract_no=s["no"], amount_yuan=yuan(s.get("doc_fen", s["fen"])), date=s["date"],
                  customer=s.get("doc_a", ap["name"])), {"party_b": s.get("doc_b", s["sup"]["name"])}


def sub_outsourcing_order(ctx, s, rng):
    """N10 ERP 委外加工订单 printout: 委托方 = applicant, 加工方 = supplier."""
    ap = ctx["applicant"]
    fen = s.get("doc_fen", s["fen"])
    p = Page(landscape=True)
    p.text("%s  ERP系统  打印时间：2025-01-%02d 09:12" % (s.get("doc_a", ap["name"]), rng.randrange(2, 28)), 8)
    p.center("委 外 加 工 订 单", 16)
    p.table([["委外单号", s["no"], "单据日期", s["date"].replace("-", "/"), "币种", "人民币"],
             ["委托方", s.get("doc_a", ap["name"]), "加工方", s.get("doc_b", s["sup"]["name"]), "税率", "13%"],
             ["加工方地址", s["sup"]["address"], "加工方税号", s["sup"]["uscc"], "业务员", "刘昀"]],
            [28, 80, 25, 80, 20, 24], 8.5, rowh=9)
    a1 = fen * 55 // 100; a2 = fen * 30 // 100; a3 = fen - a1 - a2
    p.table([["行号", "物料编码", "加工内容", "数量", "单位", "价税合计", "计划完工"],
             ["10", "WX-0312", "电控柜成套加工（含元器件）", "6", "台", comma(a1), s["due"]],
             ["20", "WX-0417", "工装夹具加工", "12", "套", comma(a2), s["due"]],
             ["30", "WX-0520", "线束预制", "1", "批", comma(a3), s["due"]],
             ["", "", "合计（含税）", "", "", comma(fen), ""]], [15, 30, 80, 18, 15, 45, 38], 9)
    p.text("备注：加工方按图纸加工，质保金为合计金额的3%%（%s元）。本订单经双方盖章后具有合同效力。" % comma(fen * 3 // 100), 9)
    p.y += 4
    p.at(40, p.y, "委托方（盖章）", 10); p.at(180, p.y, "加工方（盖章）", 10)
    p.seal(s.get("doc_a", ap["name"]), 80, p.y + 8, 16); p.seal(s.get("doc_b", s["sup"]["name"]), 220, p.y + 8, 16)
    return [p], F(contract_no=s["no"], amount_yuan=yuan(fen), date=s["date"], customer=s.get("doc_a", ap["name"])), \
        {"party_b": s.get("doc_b", s["sup"]["name"])}


def sub_manmonth(ctx, s, rng):
    """N11 人月结算 软件外包服务协议: total = 人月单价 × 人月 stated in prose."""
    ap = ctx["applicant"]
    fen = s.get("doc_fen", s["fen"])
    mm = rng.choice([8, 10, 12, 16, 20])
    p = Page()
    p.center("软件开发人员外包服务协议", 16)
    p.text("协议编号：%s" % s["no"], 10, x=125)
    p.para("发包方（甲方，总包方）%s（统一社会信用代码%s）与承接方（乙方，分包方）%s（统一社会信用代码%s）就甲方承接项目中的MES二次开发工作，约定如下："
           % (s.get("doc_a", ap["name"]), ap["uscc"], s.get("doc_b", s["sup"]["name"]), s["sup"]["uscc"]), 10.5)
    p.para("1. 乙方派驻开发工程师驻场开发，按人月结算，预估工作量%d人月，协议总价%s元（大写：%s），超出部分另行签订补充协议。"
           % (mm, comma(fen), daxie(fen)), 10.5)
    p.para("2. 人员考勤以甲方项目经理确认的《月度工作量确认单》为准，每月25日前结算上月费用。", 10.5)
    p.para("3. 乙方人员离场须提前15日书面通知，未经同意更换核心人员的，每人次扣减服务费5,000.00元。", 10.5)
    p.para("4. 本协议自%s起生效，服务期至%s。" % (cn_date(s["date"]), cn_date(s["due"])), 10.5)
    p.y += 10
    p.at(20, p.y, "甲方：%s" % s.get("doc_a", ap["name"]), 10); p.at(20, p.y + 30, "乙方：%s" % s.get("doc_b", s["sup"]["name"]), 10)
    p.seal(s.get("doc_a", ap["name"]), 120, p.y + 2, 16); p.seal(s.get("doc_b", s["sup"]["name"]), 120, p.y + 32, 16)
    return [p], F(contract_no=s["no"], amount_yuan=yuan(fen), date=s["date"], customer=s.get("doc_a", ap["name"])), \
        {"party_b": s.get("doc_b", s["sup"]["name"])}


# ---------------------------------------------------------------- meetings
def _signin_rows(m, mode):
    rows = []
    for i, a in enumerate(m["sheet"], 1):
        if mode == "code":
            rows.append([str(i), a["name"], a["uscc"], a["person"], "√"])
        else:
            rows.append([str(i), a["name"], a["address"], a["person"], "1%d" % (3000000000 + i * 7919)])
    return rows


def _signin_table(p, m, mode, title="参会单位签到表"):
    p.center(title, 14)
    if mode == "code":
        rows = [["序号", "单位名称", "统一社会信用代码", "参会人", "已签到"]] + _signin_rows(m, mode)
        p.table(rows, [12, 68, 50, 20, 20], 8.5, rowh=7.5)
    else:
        rows = [["序号", "单位名称", "单位地址", "参会人", "联系电话"]] + _signin_rows(m, mode)
        p.table(rows, [12, 58, 60, 18, 22], 8, rowh=7.5)


def meeting_plain(ctx, m, rng):
    ap = ctx["applicant"]
    p = Page()
    p.center("会 议 纪 要", 18)
    p.text("会议名称：%s" % m["name"]); p.text("会议时间：%s" % zh_date(m["date"])); p.text("会议地点：%s" % m["place"])
    p.text("主办单位：%s" % ap["name"])
    p.para("会议围绕%s开展经验交流，参会企业结合自身实践交流了经验做法，并就下一步合作达成共识。" % m["topic"], 10.5)
    p.y += 4
    _signin_table(p, m, "code")
    return [p], F(date=m["date"], title=m["name"]), {}


def meeting_certificate(ctx, m, rng):
    """N01 参会证明 issued by an industry association: attendee list annexed."""
    ap = ctx["applicant"]
    assoc = rng.choice(["天津市智能制造产业协会", "天津市工业互联网产业联盟秘书处", "天津市西青区企业联合会"])
    p = Page()
    p.center("证    明", 20)
    p.y += 6
    p.para("兹证明，%s于%s在%s举办“%s”，本会派员全程参加。会议就%s进行了交流，到会企业代表在现场签到，名单附后。"
           % (ap["name"], cn_date(m["date"]), m["place"], m["name"], m["topic"]), 11)
    p.para("特此证明。", 11)
    p.y += 8
    p.at(120, p.y, assoc, 10.5)
    p.at(120, p.y + 9, cn_date(m["cert_date"]), 10.5)
    p.seal(assoc, 150, p.y + 4, 18)
    p.y += 30
    p.text("附：参会企业名单", 11)
    rows = [["序号", "企业名称", "统一社会信用代码", "代表"]] + [[str(i), a["name"], a["uscc"], a["person"]] for i, a in enumerate(m["sheet"], 1)]
    p.table(rows, [12, 80, 55, 25], 8.5, rowh=7)
    return [p], F(date=m["date"], title=m["name"]), {}


def meeting_visitor_export(ctx, m, rng):
    """N02 访客管理系统 来访记录导出 + 活动简报 (two pages)."""
    ap = ctx["applicant"]
    p1 = Page()
    p1.center("活 动 简 报", 18)
    p1.text("（第%d期）          %s 综合管理部          %s" % (rng.randrange(3, 30), ap["name"], m["date"]), 9)
    p1.hr()
    p1.text(m["name"], 13)
    p1.para("%s，我公司在%s举办了%s。来自本市的多家制造企业代表参加了活动，参观了数字化车间并围绕%s进行了座谈交流。参会人员入场信息以访客系统登记记录为准（见附页）。"
            % (zh_date(m["date"]), m["place"], m["name"], m["topic"]), 10.5)
    p2 = Page(landscape=True)
    p2.text("智慧园区访客管理系统 › 访客记录 › 导出    查询条件：来访日期 = %s    被访部门 = 市场部" % m["date"], 8.5)
    rows = [["序号", "访客姓名", "来访单位", "单位地址", "身份证后四位", "进入时间", "离开时间", "状态"]]
    for i, a in enumerate(m["sheet"], 1):
        rows.append([str(i), a["person"], a["name"], a["address"], "%04d" % (i * 37 % 10000), "%s 08:%02d" % (m["date"], 20 + i), "%s 11:%02d" % (m["date"], 30 + i), "已离开"])
    p2.table(rows, [10, 18, 62, 78, 20, 32, 32, 16], 7.5, rowh=7)
    return [p1, p2], F(date=m["date"], title=m["name"]), {}


def meeting_district(ctx, m, rng):
    """N03 分区汇总签到表: attendees grouped by district with subtotals; code column."""
    ap = ctx["applicant"]
    p = Page()
    p.center(m["name"], 13)
    p.center("参会企业签到表（按区汇总）", 14)
    p.text("时间：%s    地点：%s    主办：%s" % (m["date"].replace("-", "."), m["place"], ap["name"]), 9)
    groups = {}
    for a in m["sheet"]:
        groups.setdefault(a.get("district", "外省市"), []).append(a)
    rows = [["区", "单位名称", "统一社会信用代码", "签名"]]
    for g, lst in groups.items():
        for a in lst:
            rows.append([g, a["name"], a["uscc"], a["person"]])
        rows.append(["", "%s 小计：%d 家" % (g, len(lst)), "", ""])
    p.table(rows, [22, 78, 50, 22], 8, rowh=6.8)
    return [p], F(date=m["date"], title=m["name"]), {}


def meeting_logbook(ctx, m, rng):
    """N04 工作日志本 page: dated diary entry recording the meeting, list of units written below (photo)."""
    p = Page()
    blue = (20, 40, 140)
    p.text("工 作 日 志", 14, x=85)
    p.text("日期：%s    星期%s    天气：晴    记录人：王堃" % (m["date"], "一二三四五六日"[m["weekday"]]), 10, color=blue)
    for k in range(40):
        p.line(15, 40 + k * 6.2, 195, 40 + k * 6.2, color=(150, 170, 210), w=0.2)
    p.y = 38
    p.text("今日工作：组织召开“%s”" % m["name"], 10, color=blue, adv=6.2)
    p.text("地点：%s。议题：%s。" % (m["place"], m["topic"]), 10, color=blue, adv=6.2)
    p.text("到会单位（代码/单位）：", 10, color=blue, adv=6.2)
    for a in m["sheet"]:
        p.text("  %s  %s  %s" % (a["uscc"], a["name"], a["person"]), 9, color=blue, adv=6.2)
    p.text("明日安排：整理会议材料，报送园区管委会。", 10, color=blue, adv=6.2)
    return [p], F(date=m["date"], title=m["name"]), {}


def meeting_qa(ctx, m, rng):
    """N05 交流会互动问答汇总 + 签到表 (address column)."""
    ap = ctx["applicant"]
    p = Page()
    p.center("%s互动问答汇总" % m["name"], 13)
    p.text("会议名称：%s" % m["name"], 9.5)
    p.text("%s｜%s｜整理：%s" % (cn_date(m["date"]), m["place"], ap["name"]), 9.5)
    qs = [("设备联网协议不统一，老旧设备如何采集？", "通过边缘网关做协议转换，先采开停机和计数信号。"),
          ("MES上线后一线员工抵触怎么办？", "先选试点班组，报表与绩效挂钩，逐步推广。"),
          ("中小企业上云成本如何控制？", "采用订阅制SaaS，按模块分期上线。")]
    rows = [["序号", "提问单位", "问题", "答复要点"]]
    for i, (q, a) in enumerate(qs, 1):
        rows.append([str(i), m["sheet"][i]["name"], q, a])
    p.table(rows, [12, 45, 55, 60], 8, rowh=12)
    _signin_table(p, m, "addr", "签到表")
    return [p], F(date=m["date"], title=m["name"]), {}


def meeting_live(ctx, m, rng):
    """N13 线上线下融合交流会 数据报告: 直播观看统计 + 线下签到 (only 线下 sheet counts)."""
    ap = ctx["applicant"]
    p = Page()
    p.center("“%s”活动数据报告" % m["name"], 13)
    p.text("会议名称：%s" % m["name"], 9.5)
    p.text("活动日期：%s    线下会场：%s" % (m["date"], m["place"]), 9.5)
    p.text("一、直播数据", 11)
    p.table([["观看人次", "观看人数", "峰值在线", "平均观看时长", "互动评论"],
             [str(rng.randrange(800, 3000)), str(rng.randrange(300, 800)), str(rng.randrange(100, 300)), "23分14秒", str(rng.randrange(40, 200))]],
            [34, 34, 34, 34, 34], 9, rowh=8)
    p.text("二、线下参会企业签到", 11)
    rows = [["序号", "统一社会信用代码", "企业名称", "签到人", "签到方式"]] + \
        [[str(i), a["uscc"], a["name"], a["person"], "纸质签到"] for i, a in enumerate(m["sheet"], 1)]
    p.table(rows, [12, 50, 70, 20, 20], 8.5, rowh=7)
    p.text("报告单位：%s  市场部" % ap["name"], 9.5)
    return [p], F(date=m["date"], title=m["name"]), {}


# ---------------------------------------------------------------- diagnoses
def _solution_words(d):
    return d.get("sol_label", "解决方案")


def diag_plain(ctx, d, rng):
    ap = ctx["applicant"]
    p = Page()
    p.center(d["title"], 15)
    p.text("诊断对象：%s" % d["cust"]["name"]); p.text("诊断日期：%s" % zh_date(d["date"])); p.text("诊断机构：%s" % ap["name"])
    p.text("一、企业现状", 12); p.para("企业以离散加工为主，设备联网率约30%，生产计划依靠Excel排产。", 10.5)
    p.text("二、主要问题", 12); p.para("设备数据孤岛，质量追溯依靠纸质记录，库存账实不符。", 10.5)
    if d["has_solution"]:
        p.text("三、%s" % _solution_words(d), 12); p.para("分两期建设：一期部署设备联网与MES报工，二期建设WMS与质量追溯。", 10.5)
    return [p], F(date=d["date"], customer=d["cust"]["name"], title=d["title"]), {"has_solution": d["has_solution"]}


def diag_process(ctx, d, rng):
    """N06 工艺数字化诊断报告: 诊断项目|现状|问题|建议 table; solution column titled 改进建议."""
    ap = ctx["applicant"]
    p = Page(landscape=True)
    p.center(d["title"], 14)
    p.text("被诊断企业：%s        诊断日期：%s        诊断单位：%s" % (d["cust"]["name"], d["date"], ap["name"]), 9.5)
    rows = [["诊断项目", "企业现状", "主要问题"] + (["改进建议"] if d["has_solution"] else [])]
    items = [("焊接工艺", "焊接参数人工记录", "参数不可追溯", "焊机联网，参数自动采集并与工单绑定"),
             ("注塑工艺", "工艺卡纸质下发", "换型调机时间长", "电子工艺卡+模具参数库，目标换型≤25分钟"),
             ("涂装工艺", "膜厚抽检", "不良率波动大", "建立SPC控制图，关键参数实时预警")]
    for it in items:
        rows.append(list(it[:3]) + ([it[3]] if d["has_solution"] else []))
    ws = [35, 60, 60, 100] if d["has_solution"] else [45, 100, 110]
    p.table(rows, ws, 9, rowh=12)
    p.text("诊断专家：李翀、赵瑄                       （本报告共1页）", 9.5)
    return [p], F(date=d["date"], customer=d["cust"]["name"], title=d["title"]), {"has_solution": d["has_solution"]}


def diag_plm(ctx, d, rng):
    """N07 研发设计数字化（PLM）诊断报告 with an 实施路线图 table as the solution."""
    ap = ctx["applicant"]
    p = Page()
    p.center(d["title"], 15)
    p.table([["服务对象", d["cust"]["name"]], ["所属行业", rng.choice(["汽车零部件", "装备制造", "电子信息"])],
             ["诊断时间", d["date"].replace("-", "年", 1).replace("-", "月") + "日"], ["服务机构", ap["name"]]], [35, 135], 10, rowh=9)
    p.text("1  研发设计现状", 12)
    p.para("二维CAD为主，图纸以文件夹管理，BOM由工艺科手工转换，设计变更靠邮件通知。", 10.5)
    p.text("2  存在的问题", 12)
    p.para("图文档版本混乱；设计BOM与制造BOM不一致，导致错料；变更无闭环。", 10.5)
    if d["has_solution"]:
        p.text("3  实施方案与路线图", 12)
        p.table([["阶段", "时间", "内容"], ["一", "第1-3月", "图文档与BOM统一管理"], ["二", "第4-6月", "变更流程电子化"],
                 ["三", "第7-9月", "PLM与ERP集成"]], [20, 40, 110], 9.5, rowh=8)
    return [p], F(date=d["date"], customer=d["cust"]["name"], title=d["title"]), {"has_solution": d["has_solution"]}


def diag_data(ctx, d, rng):
    """N08 数据治理诊断报告: 数据资产盘点 table + 对策与建议."""
    ap = ctx["applicant"]
    p = Page()
    p.text("%s   数据治理诊断报告" % ap["name"], 8.5, x=120)
    p.center(d["title"], 15)
    p.para("受%s委托（免费），我公司于%s对其数据管理情况开展诊断。" % (d["cust"]["name"], zh_date(d["date"])), 10.5)
    p.text("受诊断单位：%s" % d["cust"]["name"], 10.5)
    p.text("（一）数据资产盘点", 12)
    p.table([["系统", "主数据", "数据质量", "备注"], ["ERP", "物料/客户", "重复率 7%", "编码规则不一"],
             ["MES", "工单/工序", "缺失率 12%", "手工补录"], ["OA", "合同", "—", "未结构化"]], [30, 40, 40, 60], 9.5, rowh=8)
    p.text("（二）主要问题", 12)
    p.para("主数据无统一编码，各系统口径不一致，缺少数据责任人。", 10.5)
    if d["has_solution"]:
        p.text("（三）%s" % d.get("sol_label", "对策与建议"), 12)
        p.para("成立数据治理小组，制定物料主数据编码标准，建设主数据管理平台并与ERP/MES集成。", 10.5)
    return [p], F(date=d["date"], customer=d["cust"]["name"], title=d["title"]), {"has_solution": d["has_solution"]}


def diag_visit(ctx, d, rng):
    """N09 走访诊断记录表: visit form filled in, signed by the enterprise (photo-like)."""
    ap = ctx["applicant"]
    blue = (25, 45, 150)
    p = Page()
    p.center("智能制造走访诊断记录表", 15)
    p.table([["客户名称", d["cust"]["name"], "走访日期", d["date"]], ["企业地址", d["cust"]["address"], "接待人", "孙橦"],
             ["诊断人员", "周赟、陈昀", "记录编号", "ZD-%04d" % rng.randrange(1, 9999)]], [25, 75, 25, 45], 9, rowh=10)
    p.text("企业现状：", 11)
    p.text("    离散装配，12条线，设备联网率低，质检纸质记录。", 10, color=blue)
    p.text("主要问题：", 11)
    p.text("    订单交期不准；在制品多；质量问题追溯慢。", 10, color=blue)
    if d["has_solution"]:
        p.text("%s：" % d.get("sol_label", "实施方案"), 11)
        p.text("    先上APS排产+扫码报工，3个月内完成；再上质量追溯模块。", 10, color=blue)
    p.y += 6
    p.text("被走访企业确认（签字）：孙橦     诊断单位：%s" % ap["name"], 10)
    p.seal(d["cust"]["name"], 60, p.y + 10, 16)
    return [p], F(date=d["date"], customer=d["cust"]["name"], title="智能制造走访诊断记录表"), {"has_solution": d["has_solution"]}


def diag_email(ctx, d, rng):
    """N12 诊断意见书 sent as e-mail, printed from the mail client."""
    ap = ctx["applicant"]
    p = Page()
    p.text("发件人：诊断服务组 <zhenduan@%s.com.cn>" % "tjzz", 9.5)
    p.text("收件人：%s 信息化负责人" % d["cust"]["name"], 9.5)
    p.text("时  间：%s 16:42" % d["mail_date"], 9.5)
    p.text("主  题：%s" % d["title"], 9.5)
    p.hr()
    p.text("您好！", 10.5)
    p.para("根据%s贵公司现场诊断情况，现将《%s》正文发送如下，请查收。" % (zh_date(d["date"]), d["title"]), 10.5)
    p.para("【企业现状】冲压与装配两个车间，ERP已上线，车间层无系统。", 10.5)
    p.para("【主要问题】计划下达靠纸质派工单，设备故障停机无记录。", 10.5)
    if d["has_solution"]:
        p.para("【%s】建设轻量化MES，设备点检与停机采集同步上线，配套看板。" % d.get("sol_label", "改进建议"), 10.5)
    p.para("—— %s 智能制造诊断服务组" % ap["name"], 10)
    return [p], F(date=d["date"], customer=d["cust"]["name"], title=d["title"]), {"has_solution": d["has_solution"]}


def other_license(ctx, x, rng):
    ap = ctx["applicant"]
    p = Page()
    p.center("营 业 执 照", 20)
    p.center("（副  本）", 12)
    p.y += 8
    for k, v in [("统一社会信用代码", ap["uscc"]), ("名    称", ap["name"]), ("类    型", "有限责任公司"),
                 ("住    所", ap["address"]), ("成立日期", "2012年06月18日")]:
        p.text("%s   %s" % (k, v), 11)
    p.seal("天津市市场监督管理局", 150, 230, 20, "登记机关")
    return [p], F(), {}


MEETING_GENRES = [meeting_plain, meeting_certificate, meeting_visitor_export, meeting_district, meeting_logbook,
                  meeting_qa, meeting_live]
DIAG_GENRES = [diag_plain, diag_process, diag_plm, diag_data, diag_visit, diag_email]
SUB_GENRES = [sub_plain, sub_outsourcing_order, sub_manmonth]


def meeting_txdoc(ctx, m, rng):
    """N15 腾讯文档 在线收集表 签到结果 (screenshot-like page): form title = meeting name."""
    p = Page(landscape=True)
    p.text("腾讯文档    收集表 › 结果    共 %d 份    导出    分享" % len(m["sheet"]), 8.5, color=(90, 90, 90))
    p.line(10, p.y - 1, 287, p.y - 1, color=(200, 200, 200))
    p.text("【签到】%s" % m["name"], 14, x=15)
    p.text("发起人：%s 市场部    截止时间：%s 12:00" % (ctx["applicant"]["name"], m["date"]), 9, x=15, color=(90, 90, 90))
    rows = [["#", "提交时间", "1. 单位名称（全称）", "2. 统一社会信用代码", "3. 所在区", "4. 姓名"]]
    for i, a in enumerate(m["sheet"], 1):
        rows.append([str(i), "%s 08:%02d:%02d" % (m["date"][5:].replace("-", "/"), 30 + i, (i * 17) % 60), a["name"], a["uscc"],
                     a.get("district", ""), a["person"]])
    p.table(rows, [10, 38, 85, 58, 30, 25], 8.5, x=15, rowh=7.2)
    return [p], F(date=m["date"], title=m["name"]), {}


MEETING_GENRES.append(meeting_txdoc)
