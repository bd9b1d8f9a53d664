"""Document genres written by author10. Each returns (pdf_bytes, doc_type, fields, note)."""
from decimal import Decimal
from common import daxie, fmt_money, y2
from render import Doc, RED, BLUE, GREY, SEALRED
from reportlab.lib.colors import Color, black


def F(**kw):
    f = {k: None for k in ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]}
    f.update(kw)
    return f


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


CNUM = "〇一二三四五六七八九"


def cn_upper_date(d):
    y, m, dd = d.split("-")
    def small(n):
        n = int(n)
        if n < 10:
            return CNUM[n]
        if n < 20:
            return "十" + (CNUM[n % 10] if n % 10 else "")
        return CNUM[n // 10] + "十" + (CNUM[n % 10] if n % 10 else "")
    return "".join(CNUM[int(ch)] for ch in y) + "年" + small(m) + "月" + small(dd) + "日"


def wan(a):
    v = Decimal(a) / 10000
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return s


# ======================= contracts =======================
def contract_maint(ctx, c):
    """设备维修改造合同 — 委托单位 / 承修单位, header grid, fee schedule with 质保金 distractor."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 1)
    d.title("设备维修改造合同", 20)
    d.line(f"合同编号：{c['no']}", 10, align="right")
    d.table([["委托单位", C["name"], "承修单位", A["name"]],
             ["地    址", C["address"], "地    址", A["address"]],
             ["统一社会信用代码", C["uscc"], "统一社会信用代码", A["uscc"]],
             ["签订地点", C["city"], "签订时间", cn_date(c["sign"])]], colw=[1.1, 2, 1.1, 2], size=9)
    d.gap(10)
    d.para(f"委托单位因生产需要，委托承修单位对其{c['site']}进行维修及智能化改造（以下简称“本项目”）。双方经友好协商，依据《中华人民共和国民法典》订立本合同，共同遵守。")
    d.line("一、维修改造内容及费用", 12)
    rows = [["序号", "项目内容", "单位", "数量", "金额（元）"]]
    tot = Decimal(c["amount"])
    parts = c["items"]
    for i, (nm, amt) in enumerate(parts, 1):
        rows.append([str(i), nm, "项", "1", fmt_money(amt)])
    rows.append(["", "维修改造费用总计", None, None, fmt_money(tot)])
    d.table(rows, colw=[0.6, 3, 0.7, 0.7, 1.6], size=9, header=True, align=["c", "l", "c", "c", "r"])
    d.gap(6)
    d.para(f"维修改造费用总计（含税）：人民币{daxie(tot)}。其中质量保证金为总价的5%，即{fmt_money(tot * Decimal('0.05'))}元，于质保期满后无息支付。")
    d.line("二、工期与验收", 12)
    d.para(f"承修单位应于合同生效后{c['days']}日内完成全部改造工作，经委托单位组织验收合格后交付使用。")
    d.line("三、付款方式", 12)
    d.para("合同签订后支付30%预付款；改造完成并验收合格后支付至95%；余款5%作为质保金。委托单位以银行转账方式付至承修单位账户：" + f"{A['bank']}，账号{A['acct']}。")
    d.line("四、违约责任", 12)
    d.para("任何一方逾期履行的，每逾期一日按合同总价的千分之一向对方支付违约金，累计不超过合同总价的10%。")
    d.gap(16)
    y0 = d.y
    d.need(120)
    y0 = d.y
    d.c.setFont(d.font, 11)
    d.c.drawString(d.m, y0 - 14, "委托单位（盖章）：")
    d.c.drawString(d.m, y0 - 40, "法定代表人或委托代理人：")
    d.c.drawString(320, y0 - 14, "承修单位（盖章）：")
    d.c.drawString(320, y0 - 40, "法定代表人或委托代理人：")
    d.seal(130, y0 - 60, C["name"], "合同专用章")
    d.seal(400, y0 - 60, A["name"], "合同专用章")
    d.y = y0 - 120
    return d.pdf(), "contract", F(contract_no=c["no"], amount_yuan=y2(tot), date=c["sign"], customer=C["name"]), "设备维修改造合同：委托单位/承修单位，费用表合计行，质保金5%为干扰金额"


def contract_bid(ctx, c):
    """项目合同书 — 招标人 / 中标人, signed after a tender, 履约保证金 distractor."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 2)
    d.gap(120)
    d.title(f"{c['pname']}", 16)
    d.title("项 目 合 同 书", 26)
    d.gap(40)
    d.line(f"合同编号：{c['no']}", 12, x=170)
    d.line(f"招 标 人：{C['name']}", 12, x=170)
    d.line(f"中 标 人：{A['name']}", 12, x=170)
    d.line(f"签订日期：{cn_date(c['sign'])}", 12, x=170)
    d.newpage()
    d.line("合同协议条款", 14, align="center")
    d.para(f"{C['name']}（以下简称“招标人”）就{c['pname']}进行公开招标，经评标委员会评审，确定{A['name']}（以下简称“中标人”）为中标单位。根据招标文件、投标文件及中标通知书，双方签订本合同。")
    d.para(f"1. 合同价款：本合同价款为人民币{daxie(c['amount'])}（小写：￥{fmt_money(c['amount'])}），为固定总价，已含税费及全部服务费用。")
    bond = (Decimal(c["amount"]) * Decimal("0.10")).quantize(Decimal("0.01"))
    d.para(f"2. 履约保证金：中标人应于合同签订前向招标人提交履约保证金人民币{fmt_money(bond)}元（合同价款的10%），项目终验合格后无息退还。")
    d.para(f"3. 工期：合同签订之日起{c['days']}日历天内完成交付、安装调试及试运行。")
    d.para("4. 支付：合同生效后支付合同价款的30%；设备到货验收后支付40%；项目终验合格后支付30%。")
    d.para("5. 违约责任：中标人逾期交付的，每日按合同价款的0.5‰支付违约金。")
    d.para("6. 本合同一式陆份，招标人执肆份，中标人执贰份，自双方签字盖章之日起生效。")
    d.gap(20)
    d.need(150)
    y0 = d.y
    d.table([["招标人（盖章）", "中标人（盖章）"], [f"名称：{C['name']}", f"名称：{A['name']}"],
             ["法定代表人：", "法定代表人："], [f"开户银行：{C['bank']}", f"开户银行：{A['bank']}"],
             [f"账号：{C['acct']}", f"账号：{A['acct']}"]], size=9, border=False)
    d.seal(150, y0 - 50, C["name"], "合同专用章")
    d.seal(420, y0 - 50, A["name"], "合同专用章")
    return d.pdf(), "contract", F(contract_no=c["no"], amount_yuan=y2(c["amount"]), date=c["sign"], customer=C["name"]), "项目合同书（封面+条款）：招标人/中标人，履约保证金10%为干扰金额，签订日期只在封面"


def contract_user(ctx, c, reversed_roles=False):
    """系统集成服务合同 — 用户单位/服务单位 side-by-side party table; or 甲方（供方）/乙方（需方）."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 3)
    d.title(c["cname"], 18)
    d.line(f"合同编号：{c['no']}", 10, align="right")
    if reversed_roles:
        l1, l2 = "甲方（供方）", "乙方（需方）"
        p1, p2 = A, C
    else:
        l1, l2 = "用户单位（甲方）", "服务单位（乙方）"
        p1, p2 = C, A
    d.table([[l1, l2], [p1["name"], p2["name"]], ["住所：" + p1["address"], "住所：" + p2["address"]],
             ["联系人：" + p1["contact"], "联系人：" + p2["contact"]]], size=10)
    d.gap(8)
    if reversed_roles:
        d.para(f"乙方（需方）拟建设{c['pname']}，向甲方（供方）采购系统软硬件及实施服务。甲方已按乙方组织的比选程序被确定为供货及实施单位。")
    else:
        d.para(f"甲方拟实施{c['pname']}，委托乙方提供系统集成及实施服务。为明确双方权利义务，订立本合同。")
    d.line("第一条  服务内容", 12)
    d.para("包括需求调研、方案设计、设备供货、软件部署、系统联调、人员培训及一年免费运维。详细清单见附件1。")
    d.line("第二条  合同金额", 12)
    buyer = "乙方" if reversed_roles else "甲方"
    seller = "甲方" if reversed_roles else "乙方"
    d.para(f"本合同含税总金额为￥{fmt_money(c['amount'])}元（大写：{daxie(c['amount'])}）。{buyer}分三期向{seller}支付：首付款30%，到货款40%，验收款30%。")
    d.line("第三条  违约责任", 12)
    pen = (Decimal(c["amount"]) * Decimal("0.2")).quantize(Decimal("1"))
    d.para(f"因{seller}原因导致项目延期的，每延期一周按合同金额的1%计付违约金，违约金总额以{fmt_money(pen)}元为上限。")
    d.line("第四条  交付期限", 12)
    d.para(f"{seller}应于{cn_date(c['deliver'])}前完成全部交付。")
    d.line("第五条  其他", 12)
    d.para("本合同自双方签字盖章之日起生效，一式四份，双方各执两份，具有同等法律效力。")
    d.gap(20)
    d.need(130)
    y0 = d.y
    d.c.setFont(d.font, 11)
    d.c.drawString(d.m, y0 - 14, f"{l1}（盖章）")
    d.c.drawString(320, y0 - 14, f"{l2}（盖章）")
    d.c.drawString(d.m, y0 - 90, "签约日期：" + cn_date(c["sign"]))
    d.c.drawString(320, y0 - 90, "签约日期：" + cn_date(c["sign"]))
    d.seal(140, y0 - 55, p1["name"], "合同专用章")
    d.seal(410, y0 - 55, p2["name"], "合同专用章")
    d.y = y0 - 110
    note = "甲方（供方）/乙方（需方）：甲方是申报单位，客户是乙方；违约金上限为干扰金额" if reversed_roles else "系统集成服务合同：用户单位/服务单位并排表头，交付日期在签约日期之前出现，违约金上限为干扰金额"
    return d.pdf(), "contract", F(contract_no=c["no"], amount_yuan=y2(c["amount"]), date=c["sign"], customer=C["name"]), note


# ======================= acceptance =======================
def acc_quality(ctx, c):
    """智能化分项工程质量验收记录 (GB 50339-style record form)."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 4)
    d.line("表 C.0.3", 9, align="right")
    d.title("智能化集成系统分项工程质量验收记录", 16)
    d.table([["工程名称", c["pname"], None, "编号", c.get("acc_code", "ZN-YS-" + c["no"][-3:])],
             ["建设单位", C["name"], None, "项目负责人", C["contact"]],
             ["施工单位", A["name"], None, "项目经理", A["contact"]],
             ["监理单位", ctx["supervisor"], None, "总监理工程师", "郑  栋"],
             ["合同编号", c["no"], None, "合同金额", "—"]], colw=[1.2, 2, 1, 1.2, 1.6], size=9)
    d.gap(6)
    rows = [["序号", "检验项目", "施工单位检查结果", "监理（建设）单位验收结论"]]
    for i, it in enumerate(["接口功能", "集成功能", "数据采集与展示", "系统性能与可靠性", "安全与权限", "文档资料"], 1):
        rows.append([str(i), it, "符合要求", "合格"])
    d.table(rows, colw=[0.6, 2, 2, 2], size=9, header=True, align=["c", "l", "c", "c"])
    d.gap(6)
    res = c.get("acc_result", "passed")
    concl = "经检查，本分项工程各检验项目均符合设计及规范要求，同意验收，质量等级：合格。" if res == "passed" else "经检查，系统性能项目不符合要求，本次验收不予通过。"
    d.table([["验收结论", concl], ["施工单位（章）", f"检查评定结果：符合\n项目专业质量检查员：\n{cn_date(c['acc'])}"],
             ["监理单位（章）", f"验收结论：同意\n专业监理工程师：\n{cn_date(c['acc'])}"],
             ["建设单位（章）", f"验收结论：同意验收\n建设单位项目负责人：\n{cn_date(c['acc'])}"]], colw=[1.2, 5], size=10)
    y = d.y
    d.seal(430, y + 40, C["name"], "")
    d.seal(300, y + 160, A["name"], "项目专用章")
    return d.pdf(), "acceptance_report", F(contract_no=c["no"], amount_yuan=None, date=c["acc"], customer=C["name"], result=res), "分项工程质量验收记录：建设/施工/监理三方，合同金额栏为“—”，验收日期在各方签章栏"


def acc_esign(ctx, c):
    """电子签章平台 验收确认单 with 签署流水/验证码; 验收日期 = 签署完成日期."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 5)
    d.c.setFillColor(Color(0.93, 0.95, 0.99))
    d.c.rect(0, d.H - 50, d.W, 50, fill=1, stroke=0)
    d.c.setFillColor(Color(0.1, 0.3, 0.6))
    d.c.setFont(d.font, 11)
    d.c.drawString(30, d.H - 30, "契约通 电子签约平台  |  文件编号 QYT" + c["no"][-6:] + "20" + c["acc"][2:4])
    d.c.setFillColor(black)
    d.y = d.H - 80
    d.title("项目验收确认单", 20)
    amt = c.get("acc_amount")
    d.table([["项目名称", c["pname"]], ["合同编号", c["no"]], ["验收单位", C["name"]], ["供应商", A["name"]],
             ["合同金额", (f"人民币{daxie(amt)}（￥{fmt_money(amt)}）" if amt else "详见合同")],
             ["验收方式", "现场查验 + 资料审查 + 试运行数据核对"],
             ["验收意见", "项目已按合同约定完成建设内容，系统运行稳定，各项指标满足要求。验收结论：通过。" if c.get("acc_result", "passed") == "passed" else "验收结论：不通过。"]],
            colw=[1.2, 4.5], size=10)
    d.gap(30)
    y0 = d.y
    d.c.setFont(d.font, 10)
    d.c.drawString(d.m, y0, "验收单位（电子签章）")
    d.c.drawString(330, y0, "供应商（电子签章）")
    d.seal(140, y0 - 55, C["name"], "")
    d.seal(410, y0 - 55, A["name"], "")
    d.y = y0 - 120
    d.rule(GREY, 0.5)
    d.line("签署记录", 11)
    d.table([["签署方", "签署人", "签署时间", "状态"],
             [C["name"], C["contact"], c["acc"] + " 16:42:07", "已签署"],
             [A["name"], A["contact"], c["acc_prev"] + " 10:15:33", "已签署"]], colw=[3, 1, 2, 1], size=9, header=True)
    d.line(f"验证码：{c['seed'] % 9000 + 1000}-{(c['seed'] * 7) % 90000 + 10000}   本文件经电子签名，打印件与电子件具有同等效力。", 8, color=GREY)
    return d.pdf(), "acceptance_report", F(contract_no=c["no"], amount_yuan=(y2(amt) if amt else None), date=c["acc"], customer=C["name"], result=c.get("acc_result", "passed")), "电子签章平台验收确认单：验收日期为客户签署完成时间（供应商先签，日期更早），无手写日期"


def acc_service(ctx, c):
    """运维/服务期满考核验收表 with a score table."""
    A, C = ctx["app"], c["cust"]
    res = c.get("acc_result", "passed")
    d = Doc(seed=c["seed"] + 6)
    d.title(f"{C['name']}", 13)
    d.title("服务期满考核验收表", 18)
    d.table([["项目名称", c["pname"], "合同编号", c["no"]],
             ["服务单位", A["name"], "考核期间", f"{c['sign'][:7].replace('-', '.')}—{c['acc'][:7].replace('-', '.')}"]], colw=[1, 2.4, 1, 1.8], size=9)
    d.gap(4)
    rows = [["考核项目", "分值", "得分", "说明"]]
    scores = [("响应及时性", 20, 19 if res == "passed" else 11), ("故障处理", 25, 23 if res == "passed" else 12),
              ("系统可用率", 25, 24 if res == "passed" else 14), ("文档与培训", 15, 13 if res == "passed" else 9),
              ("用户满意度", 15, 14 if res == "passed" else 8)]
    for n, s, g in scores:
        rows.append([n, str(s), str(g), ""])
    tot = sum(g for _, _, g in scores)
    rows.append(["合计", "100", str(tot), "≥80分为合格"])
    d.table(rows, colw=[2, 1, 1, 2], size=10, header=True, align=["l", "c", "c", "l"])
    d.gap(6)
    if res == "passed":
        d.para(f"考核结论：服务单位履约情况良好，考核得分{tot}分，验收合格。")
    else:
        d.para(f"考核结论：考核得分{tot}分，低于合格线，本次验收不合格。请服务单位于30日内完成整改后重新申请验收。")
    d.gap(20)
    y0 = d.y
    d.c.setFont(d.font, 11)
    d.c.drawString(300, y0, "验收单位（盖章）：")
    d.c.drawString(300, y0 - 60, "日期：")
    d.hand(340, y0 - 60, c["acc"].replace("-", "."), 13)
    d.seal(420, y0 - 30, C["name"], "")
    d.y = y0 - 90
    return d.pdf(), "acceptance_report", F(contract_no=c["no"], amount_yuan=None, date=c["acc"], customer=C["name"], result=res), ("服务期满考核验收表：评分表，结论" + ("合格" if res == "passed" else "不合格（需整改）") + "，日期为手写体 yyyy.mm.dd")


def acc_report(ctx, c):
    """ordinary prose 验收报告 in this author's wording (with a later 出具日期 distractor)."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 7)
    d.title("项目验收报告", 20)
    d.line(f"（合同号：{c['no']}）", 10, align="center")
    amt = c.get("acc_amount")
    d.para(f"{cn_date(c['acc'])}，{C['name']}在本单位会议室对{A['name']}承建的“{c['pname']}”进行了最终验收。参加验收的有使用部门、设备部、信息中心及财务部代表。")
    if amt:
        d.para(f"该项目合同金额{fmt_money(amt)}元，于{cn_date(c['sign'])}签订。")
    d.para("验收组听取了承建单位的实施汇报，查看了现场运行情况，审阅了技术文档，形成意见如下：")
    d.para("1. 项目按合同约定完成了全部建设内容；2. 系统运行稳定，关键指标达到技术协议要求；3. 技术文档齐全。")
    d.para("验收结论：同意该项目通过最终验收，进入质保期。" if c.get("acc_result", "passed") == "passed" else "验收结论：不同意通过验收。")
    d.gap(30)
    y0 = d.y
    d.c.setFont(d.font, 11)
    d.c.drawString(300, y0, f"{C['name']}")
    d.c.drawString(300, y0 - 20, "报告出具日期：" + cn_date(c.get("report_date", c["acc"])))
    d.seal(400, y0 - 10, C["name"], "")
    d.y = y0 - 60
    return d.pdf(), "acceptance_report", F(contract_no=c["no"], amount_yuan=(y2(amt) if amt else None), date=c["acc"], customer=C["name"], result=c.get("acc_result", "passed")), "散文体验收报告：验收日期在首句，落款为报告出具日期（可能更晚）"


# ======================= payment =======================
def pay_hz(ctx, c, p):
    """电子汇划收款补充凭证 (payee bank's credit advice for an inter-bank remittance)."""
    A = ctx["app"]
    d = Doc(size=(595, 330), margin=24, seed=p["seed"])
    d.title(f"{A['bank'].split('股份')[0].split('天津')[0]}  电子汇划收款补充凭证", 15)
    d.line(f"业务日期：{p['date'].replace('-', '')}        流水号：{p['serial']}", 9)
    d.table([["收款人户名", A["name"], "付款人户名", p["payer"]],
             ["收款人账号", A["acct"], "付款人账号", p["payer_acct"]],
             ["收款人开户行", A["bank"], "付款人开户行", p["payer_bank"]],
             ["金额（大写）", daxie(p["amount"]), "金额（小写）", "￥" + fmt_money(p["amount"])],
             ["汇划种类", "大额支付", "附言", p["memo"]]], colw=[1.1, 2.3, 1.1, 2.3], size=9)
    d.line(f"入账日期：{p['date']}      打印次数：1      此联为收款人收账通知", 8, color=GREY)
    d.seal(480, 80, A["bank"].split("有限")[0][:14], "业务专用章", r=32)
    return d.pdf(), "payment_proof", F(contract_no=p.get("cite"), amount_yuan=y2(p["amount"]), date=p["date"], payer=p["payer"], payee=A["name"]), "电子汇划收款补充凭证（收款行贷记通知）：收款人在左，业务日期为紧凑格式 yyyymmdd"


def pay_mail(ctx, c, p):
    """财务共享中心 付款完成通知 e-mail printout / screenshot."""
    A = ctx["app"]
    d = Doc(size=(700, 520), margin=30, seed=p["seed"])
    d.c.setFillColor(Color(0.96, 0.96, 0.96))
    d.c.rect(0, 470, 700, 50, fill=1, stroke=0)
    d.c.setFillColor(black)
    d.c.setFont(d.font, 12)
    d.c.drawString(30, 495, f"【付款完成通知】{p['payer']} 付款单 FK{p['serial'][-8:]}")
    d.c.setFont(d.font, 9)
    d.c.drawString(30, 478, f"发件人：财务共享服务中心 <fssc@{p['mail']}>    收件人：{A['contact']} <sales@{A['mail']}>    时间：{p['date']} {p['time']}")
    d.y = 455
    d.para(f"尊敬的供应商：{A['name']}", indent=False, size=10)
    d.para(f"您好！我单位已于{cn_date(p['date'])}通过{p['payer_bank']}向贵司支付以下款项，请注意查收。", size=10)
    d.table([["付款单位", p["payer"]], ["收款单位", A["name"]], ["收款账号", A["acct"]], ["本次支付金额", "CNY " + fmt_money(p["amount"])],
             ["付款事由", p["memo"]], ["银行流水号", p["serial"]],
             ["累计已付（含本次）", "CNY " + fmt_money(p["cumulative"])]], colw=[1.3, 4], size=10)
    d.gap(6)
    d.para("本邮件由系统自动发送，请勿直接回复。如有疑问请联系应付组。", size=8, color=GREY)
    return d.pdf(), "payment_proof", F(contract_no=p.get("cite"), amount_yuan=y2(p["amount"]), date=p["date"], payer=p["payer"], payee=A["name"]), "财务共享中心付款完成通知邮件：本次金额旁有“累计已付”干扰金额，邮件发送时间与支付日期相同"


def pay_receipt(ctx, c, p):
    """ordinary bank 电子回单, own invented bank style, bilingual labels."""
    A = ctx["app"]
    d = Doc(size=(595, 300), margin=22, seed=p["seed"])
    d.title(f"{p['payer_bank'].split('股份')[0]}  客户电子回单  Customer Advice", 13)
    d.line(f"回单编号 Ref：{p['serial']}      交易日期 Date：{p['date']}", 9)
    d.table([["付款方 Payer", p["payer"], "收款方 Payee", A["name"]],
             ["账号 A/C", p["payer_acct"], "账号 A/C", A["acct"]],
             ["开户行 Bank", p["payer_bank"], "开户行 Bank", A["bank"]],
             ["金额 Amount", "CNY " + fmt_money(p["amount"]), "大写", daxie(p["amount"])],
             ["用途 Purpose", p["memo"], "渠道", "企业网银"]], colw=[1.1, 2.4, 1, 2.4], size=8.5)
    d.line("本回单可通过回单验证码在本行网站验证真伪。 验证码：" + p["serial"][-6:], 7, color=GREY)
    d.seal(500, 70, p["payer_bank"].split("有限")[0][:14], "电子回单专用章", r=30)
    return d.pdf(), "payment_proof", F(contract_no=p.get("cite"), amount_yuan=y2(p["amount"]), date=p["date"], payer=p["payer"], payee=A["name"]), "中英文客户电子回单（本作者自拟银行样式）"


# ======================= procurement =======================
def pro_paper(ctx, c):
    """中标公告 printed in a newspaper's 招标采购 column (photographed clipping)."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 8, margin=30)
    d.c.setFont(d.font, 10)
    d.c.drawString(30, d.H - 30, f"{c['paper']}   {cn_date(c['pub'])}  星期{'一二三四五六日'[c['seed'] % 7]}")
    d.c.drawRightString(d.W - 30, d.H - 30, "第A07版 · 招标采购")
    d.c.line(30, d.H - 38, d.W - 30, d.H - 38)
    colw = (d.W - 75) / 2
    notices = [
        ("某区市政道路照明改造工程中标公告", "招标人：某区城市管理委员会。中标人：某照明工程有限公司。中标价：3,276,400.00元。"),
        (f"{c['pname']}中标公告",
         f"招标人：{C['name']}。招标代理：{ctx['agent']}。项目编号：{c['proj_no']}。经评标委员会评审并公示无异议，确定中标人为{A['name']}，中标金额：人民币{fmt_money(c['proc_amount'])}元。特此公告。"),
        ("医疗设备采购项目结果公告", "采购人：某某医院。成交供应商：某医疗器械有限公司。成交金额：862,000.00元。"),
        ("仓储物流中心建设项目招标公告", "招标人拟对仓储物流中心进行公开招标，投标截止时间为次月15日，预算金额1,580万元。"),
    ]
    x_cols = [30, 45 + colw]
    ys = [d.H - 60, d.H - 60]
    for i, (t, body) in enumerate(notices):
        col = i % 2
        x = x_cols[col]
        d.y = ys[col]
        d.c.setFont(d.font, 13)
        for ln in d.wrap(t, colw, 13):
            d.c.drawString(x, d.y - 13, ln)
            d.y -= 18
        d.para(body, size=10, x0=x, width=colw, lead=1.6)
        d.para(f"{cn_date(c['pub'])}", size=9, x0=x, width=colw, indent=False)
        ys[col] = d.y - 20
    return d.pdf(), "procurement_proof", F(contract_no=None, amount_yuan=y2(c["proc_amount"]), date=c["pub"], customer=C["name"]), "报纸招标采购版中标公告剪报（拍照）：同版还有三则无关公告及其金额"


def pro_cuoshang(ctx, c):
    """竞争性磋商 成交供应商确认书 — 采购人 confirms the review panel's recommendation."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 9)
    d.title("成交供应商确认书", 20)
    d.para(f"{ctx['agent']}：", indent=False)
    d.para(f"贵公司组织的{c['pname']}（项目编号：{c['proj_no']}）竞争性磋商评审报告已收悉。经我单位审核，同意磋商小组的推荐意见，确定排名第一的{A['name']}为成交供应商，成交金额为人民币{daxie(c['proc_amount'])}（¥{fmt_money(c['proc_amount'])}）。")
    d.para("磋商小组推荐的成交候选供应商排序如下：")
    d.table([["排序", "供应商名称", "最后报价（元）", "综合得分"],
             ["1", A["name"], fmt_money(c["proc_amount"]), "91.36"],
             ["2", ctx["rival1"], fmt_money(Decimal(c["proc_amount"]) * Decimal("1.046")), "85.12"],
             ["3", ctx["rival2"], fmt_money(Decimal(c["proc_amount"]) * Decimal("0.981")), "80.07"]], colw=[0.6, 3, 1.6, 1], size=10, header=True)
    d.para("请贵公司据此发布成交结果公告并向成交供应商发出成交通知书。", )
    d.gap(30)
    y0 = d.y
    d.c.setFont(d.font, 11)
    d.c.drawString(330, y0, f"采购人：{C['name']}")
    d.c.drawString(330, y0 - 24, f"{cn_upper_date(c['proc'])}")
    d.seal(420, y0 - 10, C["name"], "")
    d.y = y0 - 60
    return d.pdf(), "procurement_proof", F(contract_no=None, amount_yuan=y2(c["proc_amount"]), date=c["proc"], customer=C["name"]), "竞争性磋商成交供应商确认书（采购人致代理机构）：候选人报价表含另两家报价，日期为中文小写数字"


def pro_qinggou(ctx, c):
    """请购及选商审批单 (customer internal purchase requisition with vendor selection)."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 10)
    d.title(C["name"], 14)
    d.title("请购及选商审批单", 18)
    d.line(f"单据号：QG-{c['proc'][:4]}-{c['seed'] % 1000:04d}      申请日期：{c['proc'].replace('-', '/')}", 9)
    d.table([["请购部门", "设备动力部", "请购人", "刘  畅"],
             ["采购事项", c["pname"], None, None],
             ["采购方式", "☑比价采购  □单一来源  □公开招标", None, None],
             ["报价单位", "报价（元）", "技术评价", "是否推荐"],
             [A["name"], fmt_money(c["proc_amount"]), "满足", "☑"],
             [ctx["rival1"], fmt_money(Decimal(c["proc_amount"]) * Decimal("1.08")), "满足", "□"],
             [ctx["rival2"], fmt_money(Decimal(c["proc_amount"]) * Decimal("1.12")), "部分满足", "□"],
             ["拟选定供应商", A["name"], "拟定金额", fmt_money(c["proc_amount"])]], colw=[1.8, 2, 1.2, 1.2], size=9)
    d.gap(6)
    d.table([["审批环节", "意见", "签字", "日期"],
             ["部门负责人", "同意", "", c["proc"]], ["采购部", "同意，按比价结果执行", "", c["proc"]],
             ["分管副总", "同意", "", c["proc"]], ["总经理", "同意", "", c["proc"]]], colw=[1.5, 3, 1, 1.3], size=9, header=True)
    y = d.y
    for i, nm in enumerate(["王建", "孙丽", "冯涛", "何一鸣"]):
        d.hand(d.m + 4.5 / 6.8 * (d.W - 2 * d.m) + 4, y + 24 * (4 - i) - 18, nm, 11)
    d.seal(450, y - 50, C["name"], "采购专用章")
    return d.pdf(), "procurement_proof", F(contract_no=None, amount_yuan=y2(c["proc_amount"]), date=c["proc"], customer=C["name"]), "客户内部请购及选商审批单：三家报价，选定供应商与拟定金额，手写签批"


def pro_notice(ctx, c):
    """ordinary 中标通知书 in this author's wording (with a 项目编号 and deadline distractor date)."""
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 11)
    d.gap(20)
    d.title("中 标 通 知 书", 22)
    d.line(f"编号：ZB{c['proj_no'][-6:]}", 10, align="right")
    d.para(f"{A['name']}：", indent=False)
    d.para(f"我方{c['pname']}（项目编号：{c['proj_no']}）于{cn_date(c['open'])}开标，经评标委员会评审，确定你单位为中标人。中标价：{daxie(c['proc_amount'])}（￥{fmt_money(c['proc_amount'])}）；工期：{c['days']}日历天；质量要求：合格。")
    d.para(f"请你单位收到本通知书后30日内与招标人签订合同。")
    d.gap(40)
    y0 = d.y
    d.c.setFont(d.font, 11)
    d.c.drawString(320, y0, f"招标人：{C['name']}（盖章）")
    d.c.drawString(320, y0 - 22, f"法定代表人：")
    d.c.drawString(320, y0 - 44, cn_date(c["proc"]))
    d.seal(420, y0 - 20, C["name"], "")
    d.y = y0 - 70
    return d.pdf(), "procurement_proof", F(contract_no=None, amount_yuan=y2(c["proc_amount"]), date=c["proc"], customer=C["name"]), "中标通知书（本作者措辞）：正文有开标日期，落款日期为通知日期"


# ======================= other =======================
def o_settle(ctx, c):
    A, C = ctx["app"], c["cust"]
    sub = (Decimal(c["amount"]) * Decimal("1.063")).quantize(Decimal("0.01"))
    d = Doc(seed=c["seed"] + 12)
    d.title("工程结算审核定案表", 18)
    d.table([["项目名称", c["pname"], None, None], ["建设单位", C["name"], "施工单位", A["name"]],
             ["合同编号", c["no"], "审核单位", ctx["auditor"]],
             ["送审金额（元）", fmt_money(sub), "审定金额（元）", fmt_money(c["amount"])],
             ["核减额（元）", fmt_money(sub - Decimal(c["amount"])), "核减率", f"{(sub - Decimal(c['amount'])) / sub * 100:.2f}%"]], colw=[1.2, 2, 1.2, 2], size=9)
    d.gap(20)
    d.table([["建设单位（章）", "施工单位（章）", "审核单位（章）"], ["\n\n\n", "\n\n\n", "\n\n\n"]], size=10)
    return d.pdf(), "other", F(), "工程结算审核定案表：送审金额（高于合同额）为干扰金额，非付款/验收凭证"


def o_smedecl(ctx, c):
    C = c["cust"]
    d = Doc(seed=c["seed"] + 13)
    d.title("企业规模情况声明函", 18)
    d.para(f"本公司郑重声明，根据《关于印发中小企业划型标准规定的通知》（工信部联企业〔2011〕300号），本公司为{'中型' if C['emp'] >= 300 else '小型'}企业，具体情况如下：", indent=True)
    d.table([["企业名称", C["name"]], ["统一社会信用代码", C["uscc"]], ["所属行业", "工业"],
             ["从业人员（人）", str(C["emp"])], ["上年度营业收入（万元）", f"{C['rev']:,}"]], colw=[1.5, 3.5], size=10)
    d.para("以上企业不属于大企业的分支机构，不存在控股股东为大企业的情形。本公司对上述声明的真实性负责。")
    d.gap(30)
    d.line(f"企业名称（盖章）：{C['name']}", 11, x=250)
    d.line("日期：" + cn_date(c["sign"]), 11, x=250)
    d.seal(420, d.y + 30, C["name"], "")
    return d.pdf(), "other", F(), "客户企业规模声明函：从业人员与营业收入（支撑 S-sme 判断），非合同证据"


def o_waybill(ctx, c):
    A, C = ctx["app"], c["cust"]
    d = Doc(size=(595, 320), margin=20, seed=c["seed"] + 14)
    d.title("货物运输签收单（回单联）", 14)
    d.line(f"运单号：{(c['seed'] * 7919) % 10 ** 10:010d}   承运：{ctx['carrier']}", 9)
    d.table([["托运人", A["name"], "收货人", C["name"]], ["发货地", A["address"], "到货地", C["address"]],
             ["货物名称", "控制柜、工控机、传感器等", "件数", f"{(c['seed'] % 20) + 6}件"],
             ["声明价值", "按合同", "签收情况", "☑完好  □破损  □短少"]], colw=[1, 2.5, 1, 2.5], size=9)
    d.line("收货人签字：             签收日期：", 10, x=300)
    d.hand(380, d.y + 20, "陈", 14)
    d.hand(500, d.y + 20, c["deliver"][5:].replace("-", "/"), 12)
    return d.pdf(), "other", F(), "货运签收单回单联：手写签收日期（交货日，不是验收日期）"


def o_warranty(ctx, c):
    A, C = ctx["app"], c["cust"]
    d = Doc(seed=c["seed"] + 15)
    d.title("产品质量保证书", 20)
    d.para(f"致：{C['name']}")
    d.para(f"我公司为贵单位{c['pname']}（合同编号{c['no']}）提供的软硬件产品，自项目验收合格之日起提供24个月免费质保。质保期内因产品质量问题导致的故障，我公司在接到通知后4小时内响应、24小时内到场处理。")
    d.para("质保期满后，我公司继续提供有偿维护服务，收费标准不高于合同价款的8%/年。")
    d.gap(30)
    d.line(f"承诺单位：{A['name']}", 11, x=280)
    d.line(cn_date(c["acc"]), 11, x=280)
    d.seal(420, d.y + 30, A["name"], "")
    return d.pdf(), "other", F(), "申报单位出具的产品质量保证书：含合同编号与客户名，但不是验收或付款证据"


def o_fin(ctx, c):
    C = c["cust"]
    d = Doc(seed=c["seed"] + 16)
    d.title("利 润 表", 18)
    d.line(f"编制单位：{C['name']}            2022年度            单位：元", 9)
    rev = C["rev"] * 10000
    rows = [["项目", "行次", "本年金额", "上年金额"],
            ["一、营业收入", "1", fmt_money(rev), fmt_money(rev * 0.93)],
            ["减：营业成本", "2", fmt_money(rev * 0.71), fmt_money(rev * 0.69)],
            ["税金及附加", "3", fmt_money(rev * 0.011), fmt_money(rev * 0.010)],
            ["销售费用", "4", fmt_money(rev * 0.04), fmt_money(rev * 0.041)],
            ["管理费用", "5", fmt_money(rev * 0.06), fmt_money(rev * 0.058)],
            ["研发费用", "6", fmt_money(rev * 0.035), fmt_money(rev * 0.031)],
            ["二、营业利润", "10", fmt_money(rev * 0.114), fmt_money(rev * 0.11)],
            ["三、利润总额", "13", fmt_money(rev * 0.112), fmt_money(rev * 0.107)],
            ["四、净利润", "15", fmt_money(rev * 0.095), fmt_money(rev * 0.091)]]
    d.table(rows, colw=[2.5, 0.6, 2, 2], size=9.5, header=True, align=["l", "c", "r", "r"])
    d.line("单位负责人：          主管会计工作负责人：          会计机构负责人：", 9)
    d.seal(300, d.y - 10, C["name"], "财务专用章", r=36)
    return d.pdf(), "other", F(), "客户年度利润表：营业收入（元）支撑规模判断，金额很大，非合同证据"


def std_draft(ctx, s, variant):
    d = Doc(seed=s["seed"])
    d.line("ICS 25.040", 10)
    d.line(s["code"].split(" ")[0] + "-" + "团体标准" if variant == 0 else "Q/" + ctx["app_abbr"], 10)
    d.gap(120)
    d.title(s["code"], 14)
    d.gap(20)
    d.title(s["name"], 20)
    d.title(s["en"], 11, font="zen")
    d.gap(30)
    label = ["（立项评审稿）", "（草案 第2版）", "（专家审查前稿）", "（初稿）"][variant % 4]
    d.title(label, 14)
    d.gap(220)
    d.line(f"{s['date'][:4]}-XX-XX 发布                         {s['date'][:4]}-XX-XX 实施", 11, align="center")
    d.rule()
    d.title(s["issuer"] + "  发布", 13)
    d.newpage()
    d.title("前  言", 14)
    d.para("本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。")
    d.para(f"本文件由{s['issuer']}提出并归口。")
    d.para(f"本文件起草单位：{ctx['app']['name']}、" + "、".join(s["co"]) + "。")
    d.para("本文件主要起草人：" + "、".join(["周" + "明", "吴" + "昊", "郑" + "静", "杜" + "泽"]) + "。")
    return d.pdf(), "standard_draft", F(title=s["name"]), f"标准草案封面{label}+前言（起草单位含申报单位）"
