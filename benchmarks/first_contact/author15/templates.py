"""Document templates (author15). Each returns (pages, fields). Fields = what the document states."""
from render import Page, wrap, text_w
from util import rmb_upper, money, y2, wan, d_cn, d_upper, d_iso, d_dot

RED = (200, 20, 20)
BLUE = (20, 40, 140)
GREY = (120, 120, 120)


def F(**kw):
    base = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None, result=None, title=None)
    base.update(kw)
    return base


# ============================================================ contracts
def contract_sales_confirm(c, app):
    """G1 销售确认书 / SALES CONFIRMATION: seller = applicant, buyer = customer; bilingual one page."""
    p = Page()
    p.text(105, 20, app["name"], 13, "bold", anchor="c")
    p.text(105, 26, app["en"], 8.5, "hei", GREY, anchor="c")
    p.line(20, 29, 190, 29, 0.6)
    p.text(105, 40, "销 售 确 认 书", 18, "bold", anchor="c")
    p.text(105, 47, "SALES CONFIRMATION", 11, "hei", anchor="c")
    p.text(130, 56, f"确认书编号 S/C No.：{c['no']}", 9.5, "hei")
    p.text(130, 62, f"日期 Date：{d_iso(c['sign'])}", 9.5, "hei")
    p.text(20, 56, "卖方 The Seller：", 9.5, "hei"); p.text(20, 62, app["name"], 10)
    p.text(20, 70, "买方 The Buyer：", 9.5, "hei"); p.text(20, 76, c["cust"]["name"], 10)
    p.text(20, 82, f"地址 Address：{c['cust']['addr']}", 8.5)
    p.para(20, 92, "经买卖双方确认，卖方同意出售、买方同意购买下列货物及服务，并按下列条款成交：", 170, 10)
    p.text(20, 99, "The undersigned Seller and Buyer have agreed to close the following transaction:", 8.5, "hei", GREY)
    rows = [["序号\nNo.", "品名及规格 Description", "数量 Qty", "单价 Unit Price (CNY)", "金额 Amount (CNY)"]]
    tot = 0
    for i, (n, q, u) in enumerate(c["items"], 1):
        rows.append([str(i), n, str(q), money(u), money(q * u)]); tot += q * u
    rows.append(["", "合计 TOTAL", "", "", money(tot)])
    y = p.table(20, 104, [14, 70, 20, 33, 33], rows, 9)
    y = p.para(20, y + 7, f"总值 TOTAL VALUE：人民币{rmb_upper(tot)}（含13%增值税）", 170, 10, indent=False)
    terms = [f"1. 交货期限 Delivery：{d_cn(c['delivery'])}前运抵买方指定地点并完成安装调试。",
             f"2. 付款条件 Payment：确认书签署后买方支付{c['pre_pct']}%预付款，即{money(tot * c['pre_pct'] / 100)}元；验收合格后支付余款。",
             "3. 验收 Inspection：以买方组织的最终验收结论为准。",
             "4. 质量保证 Warranty：自验收合格之日起十二个月。",
             "5. 争议 Disputes：协商不成的，提交卖方所在地人民法院诉讼解决。"]
    for t in terms:
        y = p.para(20, y + 1, t, 170, 9.5, indent=False)
    y += 10
    p.text(25, y, "卖方签章 The Seller", 10, "hei"); p.text(120, y, "买方签章 The Buyer", 10, "hei")
    p.text(25, y + 8, "授权代表：", 10); p.text(120, y + 8, "授权代表：", 10)
    p.text(45, y + 8, app["rep"], 12, "hand", BLUE); p.text(140, y + 8, c["cust"]["rep"], 12, "hand", BLUE)
    p.seal(55, y + 4, app["name"], "合同专用章", 19)
    p.seal(150, y + 4, c["cust"]["name"], "合同专用章", 19)
    return [p], F(contract_no=c["no"], amount_yuan=y2(tot), date=d_iso(c["sign"]), customer=c["cust"]["name"])


def contract_emall(c, app):
    """G2 电子卖场 电子合同 web print: platform header, 采购单位/供应商 grid, timestamps."""
    p = Page()
    p.rect(0, 0, 210, 14, 0, fill=(22, 96, 170))
    p.text(12, 9, "津采e购 · 企业电子卖场", 12, "hei", (255, 255, 255))
    p.text(198, 9, "首页 > 我的订单 > 合同详情", 8, "hei", (230, 230, 230), anchor="r")
    p.text(105, 28, "电子卖场采购合同", 16, "bold", anchor="c")
    p.text(105, 34, f"（平台合同编号：{c['no']}）", 9, "hei", GREY, anchor="c")
    rows = [["合同要素", "内容", "合同要素", "内容"],
            ["采购单位", c["cust"]["name"], "供应商", app["name"]],
            ["统一社会信用代码", c["cust"]["uscc"], "统一社会信用代码", app["uscc"]],
            ["联系人", c["cust"]["rep"], "联系人", app["rep"]],
            ["订单来源", "直购（电子卖场）", "订单号", c["order"]],
            ["合同签订时间", c["sign"].strftime("%Y-%m-%d") + " 15:42:07", "履约期限", f"至{d_cn(c['delivery'])}"]]
    y = p.table(12, 40, [32, 61, 32, 61], rows, 8.5)
    y += 6
    p.text(12, y, "一、采购标的", 10.5, "hei")
    rows = [["商品名称", "规格型号", "数量", "成交单价(元)", "小计(元)"]]
    tot = 0
    for n, q, u in c["items"]:
        rows.append([n, "定制", str(q), money(u), money(q * u)]); tot += q * u
    y = p.table(12, y + 3, [70, 26, 16, 37, 37], rows, 8.5)
    p.text(198, y + 6, f"订单总额：¥{money(tot)}", 10.5, "hei", (200, 60, 0), anchor="r")
    y += 14
    p.text(12, y, "二、主要条款", 10.5, "hei")
    for t in ["1. 采购单位在平台确认收货并完成验收后，按平台规则于30日内支付货款。",
              f"2. 供应商逾期交付的，每日按订单总额的0.5‰支付违约金，累计不超过{money(tot * 0.05)}元。",
              "3. 本合同经双方在平台以CA数字证书签章后生效，与纸质合同具有同等法律效力。"]:
        y = p.para(12, y + 6, t, 186, 9.5, indent=False) - 4
    y += 12
    p.text(12, y, "电子签章信息", 10.5, "hei")
    rows = [["签署方", "签署时间", "证书序列号"],
            [c["cust"]["name"], c["sign"].strftime("%Y-%m-%d") + " 15:40:51", "5A3F" + c["order"][-8:]],
            [app["name"], c["sign"].strftime("%Y-%m-%d") + " 15:42:07", "7C21" + c["order"][-8:]]]
    y = p.table(12, y + 3, [80, 50, 56], rows, 8.5)
    p.seal(60, y - 10, c["cust"]["name"], "电子签章", 15)
    p.seal(150, y - 10, app["name"], "电子签章", 15)
    p.text(105, 288, "本页由平台系统生成，打印时间 " + c["sign"].strftime("%Y-%m-%d") + " 16:05", 7.5, "hei", GREY, anchor="c")
    return [p], F(contract_no=c["no"], amount_yuan=y2(tot), date=d_iso(c["sign"]), customer=c["cust"]["name"])


def contract_prose(c, app, spaced=False):
    """ordinary, own wording: 2-page 智能制造系统集成项目合同 (甲方 customer / 乙方 applicant)."""
    p1, p2 = Page(), Page()
    tot = sum(q * u for _, q, u in c["items"])
    p1.text(105, 40, c["title"], 17, "bold", anchor="c")
    p1.text(150, 52, f"合同编号：{c['no']}", 10)
    sp = 1 if spaced else 0
    lab_a = "甲 方" if spaced else "甲方（委托方）"
    lab_b = "乙 方" if spaced else "乙方（承建方）"
    p1.text(25, 64, f"{lab_a}：{c['cust']['name']}", 11)
    p1.text(25, 71, f"住所：{c['cust']['addr']}", 10)
    p1.text(25, 80, f"{lab_b}：{app['name']}", 11)
    p1.text(25, 87, f"住所：{app['addr']}", 10)
    y = 100
    y = p1.para(25, y, f"甲方拟对其生产现场实施智能化升级，经{c['proc_word']}，确定乙方为项目承建单位。双方依据《中华人民共和国民法典》，经友好协商，就{c['title'].replace('合同', '')}事宜达成如下条款，共同遵守。", 160, 10.5)
    y = p1.para(25, y + 3, "第一条 项目内容", 160, 11, "hei", indent=False)
    y = p1.para(25, y, "乙方负责" + "、".join(n for n, _, _ in c["items"]) + "的设计、供货、安装、调试、培训及上线运行支持，具体技术要求以双方确认的技术协议为准。", 160, 10.5)
    y = p1.para(25, y + 3, "第二条 合同价款", 160, 11, "hei", indent=False)
    y = p1.para(25, y, f"本合同总价款为人民币{rmb_upper(tot)}（¥{money(tot)}），已包含设备、软件、实施、运输及税费。", 160, 10.5)
    y = p1.para(25, y + 3, "第三条 付款方式", 160, 11, "hei", indent=False)
    y = p1.para(25, y, f"合同生效后十个工作日内，甲方向乙方支付合同价款的{c['pre_pct']}%作为预付款，计¥{money(tot * c['pre_pct'] / 100)}；项目终验合格后支付至100%。乙方收款账户：{app['bank']}，账号{app['acct']}。", 160, 10.5)
    y = p1.para(25, y + 3, "第四条 工期", 160, 11, "hei", indent=False)
    y = p1.para(25, y, f"乙方应于{d_cn(c['delivery'])}前完成系统上线，甲方在试运行满三十日后组织终验。", 160, 10.5)
    p1.text(105, 285, "第 1 页 共 2 页", 8, anchor="c")
    y = 30
    y = p2.para(25, y, "第五条 违约责任", 160, 11, "hei", indent=False)
    y = p2.para(25, y, f"任何一方违约的，应赔偿对方由此造成的损失；乙方逾期完工的，每逾期一日按合同总价的千分之一支付违约金，最高不超过¥{money(tot * 0.1)}。", 160, 10.5)
    y = p2.para(25, y + 3, "第六条 其他", 160, 11, "hei", indent=False)
    y = p2.para(25, y, "本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。未尽事宜，双方另行协商。", 160, 10.5)
    y = 120
    p2.text(25, y, "甲方（盖章）：", 10.5); p2.text(115, y, "乙方（盖章）：", 10.5)
    p2.text(25, y + 8, c["cust"]["name"], 9.5); p2.text(115, y + 8, app["name"], 9.5)
    p2.text(25, y + 20, "法定代表人或授权代表：", 10); p2.text(115, y + 20, "法定代表人或授权代表：", 10)
    p2.text(40, y + 30, c["cust"]["rep"], 13, "hand", BLUE); p2.text(130, y + 30, app["rep"], 13, "hand", BLUE)
    p2.text(25, y + 42, f"签订日期：{d_upper(c['sign'])}", 10); p2.text(115, y + 42, f"签订日期：{d_upper(c['sign'])}", 10)
    p2.seal(60, y + 12, c["cust"]["name"], "合同专用章", 20)
    p2.seal(150, y + 12, app["name"], "合同专用章", 20)
    p2.text(105, 285, "第 2 页 共 2 页", 8, anchor="c")
    return [p1, p2], F(contract_no=c["no"], amount_yuan=y2(tot), date=d_iso(c["sign"]), customer=c["cust"]["name"])


# ============================================================ acceptance
def acc_joint_test(c, app, date, passed=True, show_amount=False):
    """G3 联调联试及验收记录表: ruled test-item table, 结论 and customer signatures."""
    p = Page()
    p.text(105, 22, c["cust"]["name"], 11, "hei", anchor="c")
    p.text(105, 32, "系统联调联试及验收记录表", 16, "bold", anchor="c")
    p.text(22, 42, f"记录编号：YS-{c['no'][-6:]}", 9); p.text(188, 42, "表单号：QR-ENG-017  版次：B/2", 9, anchor="r")
    rows = [["项目名称", c["title"].replace("合同", ""), "合同编号", c["no"]],
            ["使用单位", c["cust"]["name"], "实施单位", app["name"]],
            ["联调开始", d_iso(c["delivery"]), "验收日期", d_iso(date)]]
    if show_amount:
        rows.append(["合同金额", f"¥{money(c['amount'])}", "验收方式", "现场测试+资料审查"])
    y = p.table(20, 46, [26, 64, 24, 56], rows, 9, header=False)
    y += 5
    p.text(20, y, "一、联调测试项目", 10.5, "hei")
    rows = [["序号", "测试内容", "指标要求", "实测结果", "判定"]]
    tests = [("设备数据采集接入率", "≥98%", "99.6%"), ("MES与ERP工单同步时延", "≤5 s", "2.1 s"),
             ("AGV调度任务完成率", "≥99%", "99.8%"), ("视觉检测漏检率", "≤0.3%", "0.12%"),
             ("系统连续运行", "72 h 无故障", "72 h 无故障"), ("用户培训", "≥20人次", "26人次")]
    for i, (a, b, r) in enumerate(tests, 1):
        ok = "合格" if (passed or i != 4) else "不合格"
        rr = r if (passed or i != 4) else "0.61%"
        rows.append([str(i), a, b, rr, ok])
    y = p.table(20, y + 3, [12, 62, 32, 34, 30], rows, 9)
    y += 6
    p.text(20, y, "二、验收结论", 10.5, "hei")
    if passed:
        concl = "经使用单位组织生产、设备、信息等部门联合测试，各项指标均满足合同及技术协议要求，同意该系统通过验收，转入质保期。"
        box = "☑ 通过验收    □ 整改后复验    □ 不予通过"
    else:
        concl = "视觉检测漏检率未达到技术协议要求，本次验收不予通过，请实施单位整改后重新申请验收。"
        box = "□ 通过验收    □ 整改后复验    ☑ 不予通过"
    y = p.para(20, y + 6, concl, 170, 10)
    p.text(20, y + 4, box, 10.5)
    y += 16
    rows = [["部门", "签字", "日期"], ["生产部", "", d_iso(date)], ["设备部", "", d_iso(date)], ["信息中心", "", d_iso(date)]]
    y2_ = p.table(20, y, [50, 70, 50], rows, 9)
    for i, nm in enumerate(c["cust"]["signers"]):
        p.text(78, y + 8 + 8 * (i + 1) - 2.5, nm, 12, "hand", BLUE)
    p.text(120, y2_ + 14, "使用单位（盖章）：", 10)
    p.seal(165, y2_ + 10, c["cust"]["name"], "", 19)
    return [p], F(contract_no=c["no"], amount_yuan=y2(c["amount"]) if show_amount else None, date=d_iso(date),
                  customer=c["cust"]["name"], result="passed" if passed else "failed")


def acc_user_report(c, app, date):
    """G4 用户使用报告 (customer letter stating the system ran and passed acceptance)."""
    p = Page()
    p.text(105, 40, "用 户 使 用 报 告", 18, "bold", anchor="c")
    y = 58
    p.text(25, y, f"{app['name']}：", 11)
    y += 9
    y = p.para(25, y, f"我单位与贵公司于{d_cn(c['sign'])}签订《{c['title']}》（合同编号：{c['no']}）。贵公司自{d_cn(c['delivery'])}起在我单位现场实施，系统于上线后连续稳定运行，现将使用情况报告如下：", 160, 11)
    for t in ["一、系统覆盖我单位主要生产车间，实现了计划排产、生产执行、质量追溯与设备管理的数字化闭环。",
              "二、上线后产品一次交检合格率由96.2%提升至98.9%，在制品库存下降约18%，设备综合效率提升约7个百分点。",
              f"三、我单位已于{d_upper(date)}组织项目验收，验收结论为合格，项目通过验收。",
              "四、贵公司实施团队响应及时，文档齐全，我单位对项目总体满意。"]:
        y = p.para(25, y + 2, t, 160, 11)
    y = p.para(25, y + 6, "特此报告。", 160, 11)
    y += 25
    p.text(185, y, f"使用单位：{c['cust']['name']}", 11, anchor="r")
    p.text(185, y + 10, d_upper(date), 11, anchor="r")
    p.seal(160, y - 2, c["cust"]["name"], "", 21)
    p.text(25, y + 30, f"联系人：{c['cust']['signers'][0]}    联系电话：022-2{c['no'][-7:]}", 9, color=GREY)
    return [p], F(contract_no=c["no"], date=d_iso(date), customer=c["cust"]["name"], result="passed")


def acc_grid(c, app, date, amount=None):
    """ordinary, own wording: 项目验收单 grid with 验收结论 and amount."""
    amount = c["amount"] if amount is None else amount
    p = Page()
    p.text(105, 30, "项 目 验 收 单", 18, "bold", anchor="c")
    rows = [["项目名称", c["title"].replace("合同", "项目")],
            ["合同编号", c["no"]],
            ["合同金额", f"人民币{rmb_upper(amount)}（¥{money(amount)}）"],
            ["建设单位（验收单位）", c["cust"]["name"]],
            ["承建单位", app["name"]],
            ["完工日期", d_cn(c["delivery"])],
            ["验收日期", d_cn(date)],
            ["验收内容", "硬件设备到货及安装、软件功能、接口联调、性能指标、培训及技术文档"],
            ["验收意见", "项目已按合同约定全部完成，技术文档齐全，运行稳定，各项指标达到要求。\n验收结论：合格，同意验收。"]]
    y = p.table(22, 42, [45, 121], rows, 10.5, rowh=12, header=False)
    p.text(30, y + 16, "建设单位负责人（签字）：", 10.5); p.text(80, y + 16, c["cust"]["rep"], 13, "hand", BLUE)
    p.text(120, y + 30, "建设单位（盖章）", 10.5)
    p.text(120, y + 40, d_cn(date), 10.5)
    p.seal(140, y + 28, c["cust"]["name"], "", 20)
    return [p], F(contract_no=c["no"], amount_yuan=y2(amount), date=d_iso(date), customer=c["cust"]["name"], result="passed")


def other_arrival(c, app, date):
    """G17 到货验收单 (goods received, NOT project acceptance) -> other."""
    p = Page(210, 148)
    p.text(105, 14, f"{c['cust']['name']}  物资到货验收单", 13, "bold", anchor="c")
    p.text(15, 24, f"供货单位：{app['name']}", 9.5); p.text(140, 24, f"到货日期：{d_dot(date)}", 9.5)
    p.text(15, 30, f"采购合同号：{c['no']}", 9.5); p.text(140, 30, "入库单号：RK" + c["no"][-5:], 9.5)
    rows = [["物料名称", "数量", "外观检查", "数量核对", "备注"]]
    for n, q, u in c["items"][:3]:
        rows.append([n, str(q), "完好", "相符", "待安装调试"])
    y = p.table(15, 34, [70, 18, 28, 28, 36], rows, 9)
    p.para(15, y + 7, "说明：本单仅确认货物数量及外观，不作为项目最终验收依据。", 180, 9, indent=False)
    p.text(15, y + 20, "仓库保管员：", 9.5); p.text(40, y + 20, "赵立新", 12, "hand", BLUE)
    p.text(110, y + 20, "质检员：", 9.5); p.text(128, y + 20, "孙萍", 12, "hand", BLUE)
    p.seal(170, y + 14, c["cust"]["name"], "仓储物资专用章", 14, oval=True)
    return [p], F()


# ============================================================ payments
def pay_ecny(c, app, pay, idx):
    """G5 数字人民币 对公钱包 转账交易凭证."""
    p = Page(210, 140)
    p.rect(10, 8, 190, 124, 0.4, (180, 30, 30))
    p.text(105, 20, "数字人民币对公钱包转账交易凭证", 14, "bold", (170, 20, 20), anchor="c")
    p.text(105, 27, f"运营机构：{pay['bank']}", 9, anchor="c")
    rows = [["付款钱包名称", pay["payer"], "收款钱包名称", app["name"]],
            ["付款钱包ID", pay["wallet_from"], "收款钱包ID", app["wallet"]],
            ["交易金额", f"¥{money(pay['amount'])}", "金额大写", rmb_upper(pay["amount"])],
            ["交易时间", pay["date"].strftime("%Y-%m-%d") + " 10:26:43", "交易状态", "交易成功"],
            ["交易流水号", pay["serial"], "交易类型", "钱包转账（对公）"],
            ["附言", pay["memo"], "打印次数", "1"]]
    p.table(16, 33, [30, 60, 28, 60], rows, 8.8, rowh=11, header=False)
    p.text(16, 120, "温馨提示：本凭证可通过运营机构官方渠道验证真伪，重复打印不代表重复交易。", 7.5, "hei", GREY)
    p.seal(178, 112, pay["bank"] + "数字人民币业务", "电子专用章", 14)
    cno = c["no"] if c["no"] in pay["memo"] else None
    return [p], F(contract_no=cno, amount_yuan=y2(pay["amount"]), date=d_iso(pay["date"]), payer=pay["payer"], payee=app["name"])


def pay_mt103(c, app, pay, idx):
    """G6 SWIFT MT103 customer copy (foreign bank, RMB); payer is the ordering customer :50K:."""
    p = Page()
    p.text(20, 22, pay["bank"], 13, "bold")
    p.text(20, 28, "OUTWARD REMITTANCE - CUSTOMER ADVICE  汇出汇款客户通知", 9.5, "hei")
    p.line(20, 31, 190, 31, 0.5)
    dt6 = pay["date"].strftime("%y%m%d")
    amt = "{:.2f}".format(pay["amount"]).replace(".", ",")
    lines = ["{1:F01ZZCNCNBJATJN0000000000}{2:I103ZZBKCNBJXTJNN}",
             ":20:" + pay["serial"],
             ":23B:CRED",
             f":32A:{dt6}CNY{amt}",
             ":50K:/" + pay["acct_from"],
             pay["payer_en"],
             pay["payer"],
             ":52A:ZZCNCNBJATJN",
             ":57A:" + app["bic"],
             ":59:/" + app["acct"],
             app["en"],
             app["name"],
             ":70:" + pay["memo"],
             ":71A:SHA"]
    y = 42
    for ln in lines:
        for w in wrap(ln, 165, 9.5):
            p.text(24, y, w, 9.5, "mono"); y += 5.6
    y += 6
    p.text(20, y, "字段说明 Field notes:", 9, "hei")
    for t in [":32A: 起息日/币种/金额 Value date, currency, amount", ":50K: 汇款人 Ordering customer",
              ":59: 收款人 Beneficiary", ":70: 汇款附言 Remittance information", ":71A: 费用承担 SHA 共同承担"]:
        y += 5.5; p.text(24, y, t, 8.5, "hei", GREY)
    y += 12
    p.text(20, y, f"Value Date 起息日: {pay['date'].strftime('%d %b %Y').upper()}", 10, "hei")
    p.text(20, y + 7, f"Debit Amount 扣账金额: CNY {money(pay['amount'])}   Charges 手续费: CNY 25.00 (另行扣收)", 10, "hei")
    p.text(20, 270, "This advice is computer generated and requires no signature. 本通知由系统生成。", 8, "hei", GREY)
    p.seal(160, 240, pay["bank"], "国际业务专用章", 17)
    cno = c["no"] if c["no"] in pay["memo"] else None
    return [p], F(contract_no=cno, amount_yuan=y2(pay["amount"]), date=d_iso(pay["date"]), payer=pay["payer"], payee=app["name"])


def pay_bank(c, app, pay, idx):
    """ordinary, own layout: 单位往来业务 电子回单 of an invented regional bank."""
    p = Page(210, 120)
    p.text(105, 13, f"{pay['bank']}  单位往来业务电子回单", 13, "bold", anchor="c")
    p.text(14, 21, f"回单编号：{pay['serial']}", 8.5); p.text(196, 21, f"记账日期：{pay['date'].strftime('%Y年%m月%d日')}", 8.5, anchor="r")
    rows = [["付\n款\n方", "户名", pay["payer"], "收\n款\n方", "户名", app["name"]],
            ["", "账号", pay["acct_from"], "", "账号", app["acct"]],
            ["", "开户行", pay["bank"] + pay["branch"], "", "开户行", app["bank"]]]
    y = p.table(14, 24, [8, 14, 70, 8, 14, 68], rows, 8.5, rowh=9, header=False)
    rows = [["金额（大写）", rmb_upper(pay["amount"]), "金额（小写）", f"¥{money(pay['amount'])}"],
            ["业务种类", "跨行转账", "用途", pay["memo"]],
            ["交易机构", "0" + pay["serial"][-5:], "渠道", "企业网银"]]
    y = p.table(14, y, [22, 70, 22, 68], rows, 8.5, rowh=9, header=False)
    p.text(14, y + 8, "本回单不作为收款方发货依据，请勿重复记账。", 7.5, "hei", GREY)
    p.seal(178, y, pay["bank"], "电子回单专用章", 13)
    cno = c["no"] if c["no"] in pay["memo"] else None
    return [p], F(contract_no=cno, amount_yuan=y2(pay["amount"]), date=d_iso(pay["date"]), payer=pay["payer"], payee=app["name"])


# ============================================================ procurement
def proc_sap_po(c, app, date):
    """G7 SAP-style bilingual PURCHASE ORDER printout; cites the contract number as outline agreement."""
    p = Page()
    p.text(20, 20, c["cust"]["name"], 12, "bold")
    p.text(20, 26, c["cust"]["addr"], 8.5, "hei", GREY)
    p.text(190, 20, "采购订单", 15, "bold", anchor="r"); p.text(190, 27, "PURCHASE ORDER", 10, "hei", anchor="r")
    p.line(20, 30, 190, 30, 0.8)
    rows = [["PO No. 订单号", c["order"], "Doc. Date 凭证日期", date.strftime("%d.%m.%Y")],
            ["Vendor 供应商", app["name"], "Vendor No. 供应商编码", "V" + app["uscc"][-6:]],
            ["Outline Agmt 合同号", c["no"], "Pur. Group 采购组", "P07 智能制造"],
            ["Payment Terms 付款条件", f"{c['pre_pct']}% 预付 / 余款验收后", "Currency 币种", "CNY"]]
    y = p.table(20, 34, [38, 52, 38, 42], rows, 8.5, header=False)
    rows = [["Item", "Material / Description 物料描述", "Qty", "Unit", "Net Price", "Net Value 净值"]]
    tot = 0
    for i, (n, q, u) in enumerate(c["items"], 1):
        rows.append([f"{i * 10:05d}", n, str(q), "EA" if q > 1 else "SET", money(u), money(q * u)]); tot += q * u
    y = p.table(20, y + 6, [14, 66, 12, 12, 30, 36], rows, 8.5)
    p.text(190, y + 7, f"Total Net Value 订单总值（含税）:  CNY {money(tot)}", 10, "hei", anchor="r")
    y += 18
    for t in ["1. Please quote PO number on all delivery notes and invoices. 送货单及发票请注明订单号。",
              "2. This PO is issued under the contract/outline agreement referenced above. 本订单依据上述合同下达。",
              "3. Goods receipt and acceptance per technical agreement. 收货及验收按技术协议执行。"]:
        y = p.para(20, y, t, 170, 8.5, "hei", indent=False) + 1
    p.text(20, y + 14, "Created by 创建人: " + c["cust"]["buyer"], 9, "hei")
    p.text(120, y + 14, "Released 已审批  " + date.strftime("%d.%m.%Y"), 9, "hei")
    p.text(105, 287, f"SAP ERP · ME9F · Page 1 of 1 · Print {date.strftime('%d.%m.%Y')}", 7.5, "hei", GREY, anchor="c")
    p.seal(160, y + 8, c["cust"]["name"], "采购专用章", 16)
    return [p], F(contract_no=c["no"], amount_yuan=y2(tot), date=d_iso(date), customer=c["cust"]["name"])


def proc_no_objection(c, app, date, pub_end):
    """G8 公示期满无异议成交确认函 (purchaser to supplier), amount 成交金额, 项目编号 only."""
    p = Page()
    p.text(105, 30, c["cust"]["name"], 15, "bold", RED, anchor="c")
    p.line(20, 36, 190, 36, 1.2, RED)
    p.text(105, 52, "成交结果公示期满无异议确认函", 15, "bold", anchor="c")
    p.text(20, 66, f"{app['name']}：", 11)
    y = p.para(20, 75, f"我单位“{c['title'].replace('合同', '项目')}”（项目编号：{c['projno']}）采用竞争性谈判方式组织采购，"
                f"成交结果已于{d_cn(c['pub_start'])}在我单位采购信息平台公示，公示期至{d_cn(pub_end)}届满。公示期间未收到任何质疑或异议。", 170, 11)
    y = p.para(20, y + 2, f"现确认贵公司为该项目成交供应商，成交金额为人民币{wan(c['amount'])}万元（¥{money(c['amount'])}）。请贵公司接函后三日内与我单位采购管理部联系签订合同事宜。", 170, 11)
    y = p.para(20, y + 2, "特此函告。", 170, 11)
    p.text(185, y + 30, c["cust"]["name"] + "（采购管理部）", 11, anchor="r")
    p.text(185, y + 40, d_cn(date), 11, anchor="r")
    p.seal(160, y + 28, c["cust"]["name"], "", 21)
    p.text(20, 270, "抄送：纪检监察室、财务部", 9, color=GREY)
    return [p], F(amount_yuan=y2(c["amount"]), date=d_iso(date), customer=c["cust"]["name"])


def proc_award(c, app, date):
    """ordinary, own wording: 中标通知书 issued by the tenderer itself."""
    p = Page()
    p.text(105, 40, "中 标 通 知 书", 19, "bold", anchor="c")
    p.text(190, 52, f"编号：ZB-{c['projno'][-6:]}", 9.5, anchor="r")
    p.text(22, 64, f"致：{app['name']}", 11)
    y = p.para(22, 76, f"在我方组织的{c['title'].replace('合同', '')}招标（招标编号：{c['projno']}）中，经评标委员会评审并经我方确定，贵方为中标人。", 166, 11)
    rows = [["中标内容", c["title"].replace("合同", "")], ["中标价格", f"{rmb_upper(c['amount'])}（¥{money(c['amount'])}）"],
            ["工期", f"合同签订后至{d_cn(c['delivery'])}"], ["质量要求", "合格，满足招标文件技术规范"]]
    y = p.table(22, y + 4, [35, 131], rows, 10.5, rowh=10, header=False)
    y = p.para(22, y + 8, "请贵方收到本通知书后三十日内，持本通知书与我方签订书面合同。", 166, 11)
    p.text(186, y + 26, f"招标人：{c['cust']['name']}", 11, anchor="r")
    p.text(186, y + 36, d_cn(date), 11, anchor="r")
    p.seal(158, y + 24, c["cust"]["name"], "", 21)
    return [p], F(amount_yuan=y2(c["amount"]), date=d_iso(date), customer=c["cust"]["name"])


# ============================================================ subcontracts
def sub_unit_price(s, app):
    """G9 安装调试工程 单价分包合同 with 工程量清单; total only in 合计 row (大写 + ¥)."""
    p1, p2 = Page(), Page()
    p1.text(105, 30, "智能产线安装调试工程分包合同（单价合同）", 15, "bold", anchor="c")
    p1.text(188, 40, f"合同编号：{s['no']}", 10, anchor="r")
    p1.text(22, 52, f"总承包人（甲方）：{app['name']}", 11)
    p1.text(22, 60, f"分包人（乙方）：{s['name']}", 11)
    p1.text(22, 67, f"乙方地址：{s['addr']}    统一社会信用代码：{s['uscc']}", 8.5)
    y = p1.para(22, 80, f"甲方承接{s['project']}后，将其中设备就位、电气接线及单机调试工作分包给乙方。乙方具备相应安装能力。双方按实际完成工程量以下列综合单价结算：", 166, 10.5)
    rows = [["序号", "分项名称", "单位", "工程量", "综合单价(元)", "合价(元)"]]
    tot = 0
    for i, (n, u, q, pr) in enumerate(s["bill"], 1):
        rows.append([str(i), n, u, str(q), money(pr), money(q * pr)]); tot += q * pr
    rows.append(["", "合计", "", "", "", f"¥{money(tot)}"])
    rows.append(["", "合计（大写）", "", "", "", rmb_upper(tot)])
    y = p1.table(22, y + 3, [12, 58, 14, 18, 30, 34], rows, 9)
    y = p1.para(22, y + 6, "上述合价为暂定，最终以甲方现场签证的实际工程量为准，单价包干不作调整。", 166, 10)
    y = p1.para(22, y + 2, f"工期：{d_cn(s['sign'])}起九十日历天。乙方缴纳履约保证金¥{money(round(tot * 0.05))}。", 166, 10)
    p1.text(105, 285, "- 1 -", 9, anchor="c")
    p2.para(22, 30, "安全文明施工：乙方须遵守甲方及业主现场安全管理制度，特种作业人员持证上岗。", 166, 10.5)
    p2.para(22, 42, "付款：按月度签证工程量的80%支付进度款，竣工结算后支付至97%，余款作为质保金。", 166, 10.5)
    y = 100
    p2.text(22, y, "甲方（盖章）：", 10.5); p2.text(112, y, "乙方（盖章）：", 10.5)
    p2.text(22, y + 8, app["name"], 9.5); p2.text(112, y + 8, s["name"], 9.5)
    p2.text(22, y + 20, "委托代理人：", 10); p2.text(112, y + 20, "委托代理人：", 10)
    p2.text(45, y + 20, app["rep"], 12, "hand", BLUE); p2.text(135, y + 20, s["rep"], 12, "hand", BLUE)
    p2.text(22, y + 32, f"日期：{d_dot(s['sign'])}", 10); p2.text(112, y + 32, f"日期：{d_dot(s['sign'])}", 10)
    p2.seal(60, y + 10, app["name"], "合同专用章", 19); p2.seal(150, y + 10, s["name"], "合同专用章", 19)
    p2.text(105, 285, "- 2 -", 9, anchor="c")
    return [p1, p2], F(contract_no=s["no"], amount_yuan=y2(tot), date=d_iso(s["sign"]), customer=app["name"])


def sub_tripartite(s, app, owner, reversed_labels=False):
    """G10 三方分包协议: 发包人（丙方，业主）知悉并确认; 甲方 总包 = applicant, 乙方 分包 = supplier.
    reversed_labels: written on the supplier's template: 甲方（分包人）= supplier, 乙方（总承包人）= applicant."""
    p = Page()
    tot = s["amount"]
    p.text(105, 28, "专项工程分包三方协议", 16, "bold", anchor="c")
    p.text(188, 37, f"协议编号：{s['no']}", 10, anchor="r")
    if reversed_labels:
        parties = [("甲方（分包人）", s["name"], s["addr"]), ("乙方（总承包人）", app["name"], app["addr"]), ("丙方（发包人）", owner["name"], owner["addr"])]
    else:
        parties = [("甲方（总承包人）", app["name"], app["addr"]), ("乙方（分包人）", s["name"], s["addr"]), ("丙方（发包人）", owner["name"], owner["addr"])]
    y = 48
    for lab, nm, ad in parties:
        p.text(22, y, f"{lab}：{nm}", 10.5); p.text(30, y + 6, f"地址：{ad}", 8.5, color=GREY); y += 15
    gen = "乙方" if reversed_labels else "甲方"
    sub = "甲方" if reversed_labels else "乙方"
    y = p.para(22, y + 2, f"丙方将“{s['project']}”发包给{gen}实施。经丙方书面同意，{gen}将其中{s['scope']}专项工作分包给{sub}。三方协商一致，订立本协议：", 166, 10.5)
    for t in [f"1. 分包价款：{gen}向{sub}支付分包价款人民币{rmb_upper(tot)}（¥{money(tot)}），丙方不直接向{sub}付款。",
              f"2. 丙方合同总价（{gen}与丙方之间）为¥{money(s['owner_amount'])}，与本协议价款无关，仅供丙方备案。",
              f"3. {sub}对分包工作向{gen}负责，{gen}就分包工作向丙方承担连带责任。",
              f"4. 工期：自{d_cn(s['sign'])}起至{d_cn(s['end'])}止。",
              "5. 本协议一式三份，三方各执一份，自三方签章之日起生效。"]:
        y = p.para(22, y + 1, t, 166, 10.5, indent=False)
    y += 12
    xs = [22, 82, 142]
    for (lab, nm, ad), x in zip(parties, xs):
        p.text(x, y, lab.split("（")[0] + "（盖章）", 10)
        p.text(x, y + 7, nm[:12], 8.5); p.text(x, y + 12, nm[12:], 8.5)
        p.seal(x + 22, y + 16, nm, "", 15)
    p.text(22, y + 40, f"签订日期：{d_cn(s['sign'])}", 10.5)
    return [p], F(contract_no=s["no"], amount_yuan=y2(tot), date=d_iso(s["sign"]), customer=app["name"])


# ============================================================ meetings
def _signin_rows(m, mode):
    rows = []
    for i, a in enumerate(m["sheet"], 1):
        if mode == "code":
            rows.append([str(i), a["name"], a["uscc"] if a.get("show_code", True) else "", a["person"], "已签到"])
        else:
            rows.append([str(i), a["name"], a["addr"], a["person"], a["phone"]])
    return rows


def meet_qa(m, app):
    """G11 经验交流会 问答实录 + landscape 签到表 on page 2."""
    p1 = Page()
    p1.text(105, 26, m["name"], 14, "bold", anchor="c")
    p1.text(105, 34, "—— 现场问答实录 ——", 11, "hei", anchor="c")
    p1.text(22, 46, f"时间：{d_cn(m['date'])} 14:00—16:30", 10); p1.text(22, 53, f"地点：{m['place']}", 10)
    p1.text(22, 60, f"主办：{app['name']}    整理：{app['rep2']}", 10)
    y = 72
    qa = [("问", "中小企业上MES，首期投入多少比较合适？能不能分步走？"),
          ("答", "建议先做设备联网和报工，投入控制在年营收的0.5%以内，半年后再扩展质量和仓储模块。"),
          ("问", "老旧设备没有通讯口，数据怎么采？"),
          ("答", "可以加装电流互感器和IO采集模块，我们在西青的一个冲压车间就是这样改的，单台改造成本约两千元。"),
          ("问", "贵公司的方案能否对接我们现有的用友ERP？"),
          ("答", "支持，标准接口已在多家天津企业上线，工单、物料和报工数据双向同步。"),
          ("问", "工业互联网平台的数据安全怎么保障？"),
          ("答", "平台部署在本地私有云，按等保二级要求建设，关键数据不出厂。")]
    for who, t in qa:
        y = p1.para(22, y, f"【{who}】{t}", 166, 10.5, "hei" if who == "问" else "song", indent=False) + 2
    y = p1.para(22, y + 4, f"本次交流会共有{len(m['sheet'])}家单位代表签到参会（签到表见下页）。", 166, 10.5)
    p2 = Page(297, 210)
    p2.text(148, 18, f"{m['name']} 参会签到表", 14, "bold", anchor="c")
    p2.text(20, 27, f"日期：{d_iso(m['date'])}    地点：{m['place']}", 9.5)
    rows = [["序号", "单位名称", "统一社会信用代码", "参会人", "签到状态"]] + _signin_rows(m, "code")
    p2.table(20, 31, [14, 100, 62, 40, 30], rows, 8.5, rowh=7)
    for i, a in enumerate(m["sheet"], 1):
        p2.text(198, 31 + 7 * i + 5, a["person"], 10, "hand", BLUE)
    return [p1, p2], F(date=d_iso(m["date"]), title=m["name"])


def meet_excel(m, app):
    """G12 签到表 as an Excel window screenshot (column letters, row numbers, gridlines)."""
    n = len(m["sheet"])
    p = Page(297, 60 + 7 * (n + 4))
    p.rect(0, 0, 297, 10, 0, fill=(33, 115, 70))
    p.text(6, 7, f"签到表_{m['date'].strftime('%Y%m%d')}.xlsx - Excel", 9, "hei", (255, 255, 255))
    p.rect(0, 10, 297, 8, 0, fill=(240, 240, 240))
    p.text(6, 16, "文件   开始   插入   页面布局   公式   数据   审阅   视图", 8.5, "hei")
    p.rect(0, 18, 297, 7, 0.2, (200, 200, 200), fill=(255, 255, 255))
    p.text(4, 23, "A1", 8, "hei"); p.text(24, 23, "fx   " + m["name"], 8, "hei")
    cols = [10, 14, 110, 60, 38, 50]
    x0, y0 = 0, 27
    heads = ["", "A", "B", "C", "D", "E"]
    cx = x0
    for w, h in zip(cols, heads):
        p.rect(cx, y0, w, 6, 0.15, (190, 190, 190), fill=(235, 235, 235)); p.text(cx + w / 2, y0 + 4.5, h, 8, "hei", anchor="c"); cx += w
    body = [["", m["name"], "", "", ""], ["", f"会议日期：{d_dot(m['date'])}", f"地点：{m['place']}", "", ""],
            ["序号", "企业名称", "企业地址", "参会代表", "联系电话"]] + [[r[0], r[1], r[2], r[3], r[4]] for r in _signin_rows(m, "addr")]
    y = y0 + 6
    for ri, r in enumerate(body, 1):
        cx = x0
        p.rect(cx, y, cols[0], 7, 0.15, (190, 190, 190), fill=(235, 235, 235)); p.text(cx + 5, y + 5, str(ri), 8, "hei", anchor="c")
        cx += cols[0]
        for ci, v in enumerate(r):
            p.rect(cx, y, cols[ci + 1], 7, 0.15, (210, 210, 210))
            if v:
                p.text(cx + 1, y + 5, v, 8.5 if ri > 1 else 11, "hei" if ri <= 3 else "song")
            cx += cols[ci + 1]
        y += 7
    p.rect(0, y + 4, 297, 7, 0, fill=(240, 240, 240))
    p.text(6, y + 9, "Sheet1    Sheet2    +", 8, "hei")
    return [p], F(date=d_iso(m["date"]), title=m["name"])


def meet_minutes(m, app):
    """ordinary, own wording: 会议纪要 + 签到表 (code or address per row)."""
    p1 = Page()
    p1.text(105, 30, "会 议 纪 要", 18, "bold", RED, anchor="c")
    p1.text(105, 39, f"〔2024〕第{m['seq']}期", 10, anchor="c")
    p1.line(20, 43, 190, 43, 1, RED)
    rows = [["会议名称", m["name"]], ["会议时间", d_cn(m["date"])], ["会议地点", m["place"]], ["主持人", app["rep2"]]]
    y = p1.table(22, 50, [30, 136], rows, 10, header=False)
    for t in [f"{d_cn(m['date'])}，{app['name']}组织召开{m['name']}，围绕{m['topic']}进行了交流。",
              "会上，主办方介绍了在天津地区实施的典型案例，参会企业代表结合自身情况交流了数字化改造中的难点。",
              "会议形成如下共识：一是以设备联网和数据贯通为切入点；二是优先推广轻量化、可复制的解决方案；三是建立常态化供需对接机制。"]:
        y = p1.para(22, y + 4, t, 166, 10.5)
    pages = [p1]
    rows = [["序号", "单位名称", "统一社会信用代码", "参会人", "签到"]] + _signin_rows(m, "code")
    p2 = Page()
    p2.text(105, 22, "参会签到表", 14, "bold", anchor="c")
    p2.table(15, 28, [12, 78, 50, 24, 16], rows, 8.5, rowh=7.5)
    for i, a in enumerate(m["sheet"], 1):
        p2.text(157, 28 + 7.5 * i + 5, a["person"], 10, "hand", BLUE)
    pages.append(p2)
    return pages, F(date=d_iso(m["date"]), title=m["name"])


# ============================================================ diagnoses
def _diag_head(p, title, d, app, lab):
    p.text(105, 26, title, 15, "bold", anchor="c")
    rows = [[lab, d["cust"]["name"]], ["统一社会信用代码", d["cust"]["uscc"]], ["诊断机构", app["name"]],
            ["诊断日期", d_cn(d["date"])], ["诊断专家", "、".join(d["experts"])]]
    return p.table(22, 34, [38, 128], rows, 9.5, header=False)


def diag_vsm(d, app):
    """G13 价值流（VSM）现状诊断报告."""
    p = Page()
    y = _diag_head(p, d["title"], d, app, "受诊断单位")
    y = p.para(22, y + 8, "一、现状价值流概述", 166, 11, "hei", indent=False)
    y = p.para(22, y, f"选取{d['product']}主价值流，从原材料入库到成品发运共6道工序，现场计时与数据采集覆盖两个班次。", 166, 10)
    rows = [["工序", "C/T(s)", "C/O(min)", "稼动率", "在制品(件)"], ["下料", "42", "25", "78%", "1,200"], ["冲压", "35", "40", "71%", "2,650"],
            ["焊接", "58", "15", "83%", "940"], ["涂装", "64", "60", "66%", "3,100"], ["装配", "51", "10", "88%", "420"]]
    y = p.table(22, y + 2, [40, 30, 30, 30, 36], rows, 9)
    y = p.para(22, y + 4, f"测算：生产周期约{d['lt']}天，增值时间约250秒，增值比不足0.1%，节拍瓶颈在涂装工序。", 166, 10)
    y = p.para(22, y + 4, "二、主要问题", 166, 11, "hei", indent=False)
    y = p.para(22, y, "1. 冲压、涂装前在制品堆积严重，批量过大；2. 计划靠人工排产，工序间信息靠纸质流转卡；3. 换模时间长，缺少快速换模标准。", 166, 10)
    if d["solution"]:
        y = p.para(22, y + 4, "三、未来价值流与解决方案", 166, 11, "hei", indent=False)
        y = p.para(22, y, "1. 建设轻量化MES，实现工单下达、扫码报工和工序间看板拉动；2. 冲压实施SMED快速换模，目标换模时间≤15分钟；3. 涂装前设置超市与FIFO通道，在制品降低50%；预计生产周期缩短至6天以内。", 166, 10)
    p.text(120, 270, f"{app['name']}（诊断专用）", 9.5)
    p.seal(160, 262, app["name"], "", 16)
    return [p], F(date=d_iso(d["date"]), customer=d["cust"]["name"], title=d["title"])


def diag_itmgmt(d, app):
    """G14 两化融合管理体系（GB/T 23001）差距分析报告."""
    p = Page()
    y = _diag_head(p, d["title"], d, app, "被诊断企业")
    y = p.para(22, y + 8, "一、诊断依据与方法", 166, 11, "hei", indent=False)
    y = p.para(22, y, "依据GB/T 23001-2017《信息化和工业化融合管理体系 要求》，采用文件审查、现场访谈与抽样核查相结合的方式，对照标准条款逐项评价。", 166, 10)
    rows = [["条款", "要素", "符合程度", "差距描述"], ["5", "领导作用", "部分符合", "未明确两化融合方针与目标"],
            ["6", "策划", "不符合", "未识别新型能力及其打造路径"], ["7", "支持", "部分符合", "数据资源管理制度缺失"],
            ["8", "运行", "部分符合", "业务流程与信息系统未对齐"], ["9", "绩效评价", "不符合", "无内部评审记录"]]
    y = p.table(22, y + 2, [16, 30, 26, 94], rows, 9)
    y = p.para(22, y + 6, "二、主要问题", 166, 11, "hei", indent=False)
    y = p.para(22, y, "企业已有ERP与设备管理系统，但系统间数据不通，管理体系文件与实际运行“两张皮”，缺少以能力为主线的策划与评价。", 166, 10)
    if d["solution"]:
        y = p.para(22, y + 4, "三、改进建议及实施路径", 166, 11, "hei", indent=False)
        y = p.para(22, y, "1. 确立“柔性生产与质量追溯”新型能力；2. 建设主数据平台，打通ERP、MES与设备系统；3. 编制体系文件并开展两轮内审，2025年申请贯标评定；4. 我司可提供系统集成实施方案与驻场辅导。", 166, 10)
    p.text(120, 270, "诊断单位（盖章）", 9.5)
    p.seal(160, 262, app["name"], "", 16)
    return [p], F(date=d_iso(d["date"]), customer=d["cust"]["name"], title=d["title"])


def diag_wms(d, app):
    """G15 智能仓储物流诊断报告."""
    p = Page()
    y = _diag_head(p, d["title"], d, app, "服务对象")
    y = p.para(22, y + 8, "1  仓储物流现状", 166, 11, "hei", indent=False)
    rows = [["指标", "现状值", "行业参考"], ["库容利用率", "54%", "≥75%"], ["拣选效率（行/人·时）", "38", "≥90"],
            ["账实相符率", "96.5%", "≥99.5%"], ["物料配送及时率", "81%", "≥98%"]]
    y = p.table(22, y + 2, [70, 48, 48], rows, 9.5)
    y = p.para(22, y + 6, "2  存在问题", 166, 11, "hei", indent=False)
    y = p.para(22, y, "平库堆放，货位无编码；出入库依赖纸单，账务滞后；线边物料靠人工叫料，停线待料时有发生。", 166, 10)
    if d["solution"]:
        y = p.para(22, y + 4, "3  解决方案", 166, 11, "hei", indent=False)
        y = p.para(22, y, "建设WMS并与ERP集成，实施货位条码化管理；原材料库改造为四层穿梭式货架，库容提升约40%；线边采用AGV定时配送与电子看板叫料，配送及时率目标≥98%。", 166, 10)
    p.text(120, 270, d_cn(d["date"]), 9.5)
    p.seal(160, 262, app["name"], "", 16)
    return [p], F(date=d_iso(d["date"]), customer=d["cust"]["name"], title=d["title"])


def diag_plain(d, app):
    """ordinary, own wording: 智能制造免费诊断报告 (企业基本情况 / 存在问题 / 对策)."""
    p = Page()
    p.text(105, 26, d["title"], 15, "bold", anchor="c")
    p.text(22, 40, f"诊断对象：{d['cust']['name']}", 10.5)
    p.text(22, 47, f"诊断时间：{d_cn(d['date'])}", 10.5)
    p.text(22, 54, f"诊断单位：{app['name']}", 10.5)
    y = p.para(22, 68, "（一）企业基本情况", 166, 11, "hei", indent=False)
    y = p.para(22, y, f"该企业主要从事{d['product']}生产，现有生产线{d['lines']}条，已使用财务软件和简单的进销存系统，设备联网率不足20%。", 166, 10.5)
    y = p.para(22, y + 4, "（二）存在问题", 166, 11, "hei", indent=False)
    y = p.para(22, y, "生产过程数据依靠人工记录，质量问题难以追溯；设备故障以事后维修为主；各部门数据口径不一致。", 166, 10.5)
    if d["solution"]:
        y = p.para(22, y + 4, f"（三）{d.get('sol_head', '智能制造系统集成解决方案')}", 166, 11, "hei", indent=False)
        y = p.para(22, y, "分两期实施：一期完成设备数据采集与生产看板，二期上线MES质量追溯与设备点检模块，配套数据中台统一指标口径；预计投资约80万元，投资回收期约两年。", 166, 10.5)
    p.text(120, 268, "诊断专家签字：", 10); p.text(150, 268, d["experts"][0], 12, "hand", BLUE)
    return [p], F(date=d_iso(d["date"]), customer=d["cust"]["name"], title=d["title"])


# ============================================================ standards
def std_sjt(st, app):
    """G16 电子行业标准 SJ/T 征求意见稿 cover + 前言."""
    p1, p2 = Page(), Page()
    p1.text(20, 22, "ICS 35.240.50", 9.5, "hei"); p1.text(20, 28, "CCS L 67", 9.5, "hei")
    p1.text(190, 40, "SJ", 30, "bold", anchor="r")
    p1.text(105, 58, "中华人民共和国电子行业标准", 15, "bold", anchor="c")
    p1.line(20, 64, 190, 64, 0.8)
    p1.text(190, 72, st["code"], 11, "hei", anchor="r")
    p1.text(105, 110, st["name"], 18, "bold", anchor="c")
    p1.text(105, 122, st["en"], 10, "hei", anchor="c")
    p1.text(105, 140, "（征求意见稿）", 13, "hei", anchor="c")
    p1.text(105, 160, "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9, anchor="c")
    p1.line(20, 260, 190, 260, 0.8)
    p1.text(30, 268, "20××-××-××发布", 11, "hei"); p1.text(180, 268, "20××-××-××实施", 11, "hei", anchor="r")
    p1.text(105, 280, "中华人民共和国工业和信息化部  发布", 12, "bold", anchor="c")
    p2.text(105, 30, "前  言", 15, "bold", anchor="c")
    y = 44
    for t in ["本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
              "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
              "本文件由中国电子技术标准化研究院提出。", "本文件由全国工业过程测量控制和自动化标准化技术委员会归口。",
              f"本文件起草单位：{app['name']}、天津市智能制造产业技术研究院。", "本文件主要起草人：" + "、".join(st["drafters"]) + "。"]:
        y = p2.para(22, y, t, 166, 10.5) + 2
    return [p1, p2], F(title=st["name"])


def std_q(st, app):
    """ordinary: 企业标准 草案 cover."""
    p = Page()
    p.text(22, 22, "ICS 25.040", 9.5, "hei")
    p.text(188, 42, "Q/" + st["code"], 12, "hei", anchor="r")
    p.text(105, 62, app["name"] + "企业标准", 16, "bold", anchor="c")
    p.line(20, 68, 190, 68, 0.8)
    p.text(105, 115, st["name"], 18, "bold", anchor="c")
    p.text(105, 130, "（草案）", 13, "hei", anchor="c")
    y = p.para(22, 160, "1 范围", 166, 11, "hei", indent=False)
    y = p.para(22, y, f"本标准规定了{st['name']}的术语和定义、总体要求、技术要求和验证方法，适用于本公司交付的智能制造系统集成项目。", 166, 10.5)
    p.text(30, 272, "2024-××-××发布", 11, "hei"); p.text(180, 272, "2024-××-××实施", 11, "hei", anchor="r")
    p.text(105, 282, app["name"] + "  发布", 11, "bold", anchor="c")
    return [p], F(title=st["name"])


# ============================================================ other
def other_venue(m, app):
    """G18 会场租赁费用结算单 (hotel) - other: names a meeting date but is not a record."""
    p = Page(210, 148)
    p.text(105, 16, "津门云栖酒店  会议场地租赁结算单", 13, "bold", anchor="c")
    rows = [["客户单位", app["name"]], ["活动名称", m["name"]], ["使用日期", d_iso(m["date"])],
            ["场地", m["place"]], ["费用明细", "场地费 6,800.00 ；茶歇 40人×45.00=1,800.00 ；投影音响 600.00"], ["合计", "¥9,200.00 （玖仟贰佰元整）"]]
    y = p.table(20, 24, [36, 134], rows, 9.5, rowh=9, header=False)
    p.text(20, y + 12, "客户确认：", 10); p.text(42, y + 12, app["rep2"], 12, "hand", BLUE)
    p.seal(160, y + 8, "天津津门云栖酒店管理有限公司", "财务专用章", 14)
    return [p], F()
