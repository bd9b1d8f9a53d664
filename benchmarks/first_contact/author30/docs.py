"""Genres of evidence. Each genre(e, rng) returns (pages, fields, cid_font)
where `fields` are exactly what the page states (eight keys)."""
from render import Flow, Page, text_w
from util import daxie, comma, yuan, zh_date, cn_date, spaced

FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")


def F(**kw):
    f = {k: None for k in FIELDS}
    f.update(kw)
    return f


def dd(iso):
    return iso.replace("-", ".")


def seal_at(fl, x, name, center, dy=-6, r=19):
    fl.page.seal(x, fl.y + dy, name, center, r=r)


def rng_sig(name):
    """A stable handwritten signature name derived from the firm's name (no randomness)."""
    sn = "王李张刘陈杨赵黄周吴"[sum(map(ord, name)) % 10]
    gn = ["赟", "昀", "瑄", "翀", "堃", "建国", "海涛", "立新"][sum(map(ord, name)) % 8]
    return sn + gn


def sign_block(fl, left, right, date_left=None, date_right=None, ll="甲方（盖章）：", rl="乙方（盖章）：",
               seal_left="合同专用章", seal_right="合同专用章", sp=False):
    fl.need(48)
    y = fl.y
    L = spaced(ll[:2]) + ll[2:] if sp else ll
    R = spaced(rl[:2]) + rl[2:] if sp else rl
    p = fl.page
    p.text(fl.margin, y + 4, L, fl.size)
    p.text(fl.margin + 86, y + 4, R, fl.size)
    for k, nm in ((0, left), (86, right)):
        p.text(fl.margin + k, y + 10, nm[:15], fl.size)
        if len(nm) > 15:
            p.text(fl.margin + k, y + 15, nm[15:], fl.size)
    p.text(fl.margin, y + 22, "法定代表人或授权代表：", fl.size)
    p.text(fl.margin + 86, y + 22, "法定代表人或授权代表：", fl.size)
    p.hand(fl.margin + 12, y + 29, rng_sig(left), 5)
    p.hand(fl.margin + 98, y + 29, rng_sig(right), 5)
    if date_left:
        p.text(fl.margin, y + 32, "日期：" + date_left, fl.size)
    if date_right:
        p.text(fl.margin + 86, y + 32, "日期：" + date_right, fl.size)
    if seal_left:
        p.seal(fl.margin + 30, y + 15, left, seal_left)
    if seal_right:
        p.seal(fl.margin + 118, y + 15, right, seal_right)
    fl.y = y + 42


# ============================================================ contracts

def c_equipment(e, rng):
    """Ordinary (own wording): 智能化改造项目设备采购及实施合同, letter-spaced 甲 方 / 乙 方."""
    fl = Flow()
    a, c = e["applicant"], e["cust"]
    fl.right("合同编号：" + e["contract_no"])
    fl.title(e["contract_name"])
    fl.kv([(spaced("甲方") + "：", e["customer"]), ("统一社会信用代码：", c["uscc"]), ("住　　所：", c["address"]),
           (spaced("乙方") + "：", a["name"]), ("统一社会信用代码：", a["uscc"]), ("住　　所：", a["address"])], label_w=38)
    fl.gap(2)
    fl.para(f"根据《中华人民共和国民法典》及相关法律法规，甲乙双方在平等自愿、协商一致的基础上，就甲方{e['project']}的设备采购、安装调试及系统实施事宜订立本合同，以资共同遵守。")
    fl.para("第一条　合同标的：乙方向甲方提供下表所列设备及软件，并负责安装、调试、培训和验收交付。")
    items = e["items"]
    rows = [["序号", "名称", "数量", "金额（元）"]] + [[str(i + 1), n, q, comma(v)] for i, (n, q, v) in enumerate(items)]
    rows.append(["", "合计", "", comma(e["amount"])])
    fl.table(rows, [14, 90, 20, 42])
    fl.para(f"第二条　合同总金额：{daxie(e['amount'])}（¥{comma(e['amount'])}），含增值税。")
    adv = e["amount"] * 3 / 10
    fl.para(f"第三条　付款方式：合同生效后十个工作日内甲方支付预付款¥{comma(adv)}；到货验收后支付至合同总价的90%；余款¥{comma(e['amount'] / 10)}作为质保金，质保期满一年后无息支付。")
    fl.para(f"第四条　交货期：乙方应于{zh_date(e['deliver'])}前完成全部设备到货，交货地点为甲方指定厂区。")
    fl.para(f"第五条　违约责任：任何一方逾期履行的，每逾期一日按合同总价的0.5‰向对方支付违约金，违约金累计不超过¥{comma(e['amount'] / 20)}。")
    fl.para("第六条　本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。")
    fl.gap(3)
    fl.para(f"签订日期：{zh_date(e['date'])}　　签订地点：天津市{e['district']}", indent=False)
    sign_block(fl, e["customer"], a["name"], sp=True)
    return fl.pages, F(contract_no=e["contract_no"], amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


def c_service(e, rng):
    """Ordinary (own wording): 技术服务合同 with 委托方（甲方）/服务方（乙方） in a header grid, STSong CID font."""
    fl = Flow()
    a = e["applicant"]
    fl.title("技 术 服 务 合 同")
    fl.table([["项目名称", e["contract_name"]], ["合同编号", e["contract_no"]],
              ["委托方（甲方）", e["customer"]], ["服务方（乙方）", a["name"]],
              ["签订时间", zh_date(e["date"], pad=True)], ["签订地点", "天津市" + e["district"]],
              ["有效期限", f"{zh_date(e['date'])}至{zh_date(e['deliver'])}"]], [45, 121], header=False)
    fl.para(f"一、服务内容：乙方为甲方{e['project']}提供工业互联网平台部署、数据采集与生产管理系统实施服务。")
    fl.para(f"二、服务费用：本合同服务费总额为{daxie(e['amount'])}（小写：￥{comma(e['amount'])}元）。")
    fl.para(f"三、履约保证金：乙方于合同签订后五日内向甲方缴纳履约保证金￥{comma(e['amount'] / 20)}元，验收合格后退还。")
    fl.para("四、验收：服务完成后由甲方组织验收，验收合格后甲方出具书面验收文件。")
    fl.para("五、争议解决：协商不成的，提交甲方所在地人民法院诉讼解决。")
    sign_block(fl, e["customer"], a["name"], ll="委托方（盖章）：", rl="服务方（盖章）：")
    return fl.pages, F(contract_no=e["contract_no"], amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), True


def c_renewal(e, rng):
    """NEW N01 服务合同续签协议: renews an expired service contract; the old contract's number, term and
    price are printed as distractors; the renewal's own price and signing date count."""
    fl = Flow()
    a = e["applicant"]
    old_no = e["contract_no"].rsplit("-", 1)[0] + "-2022XQ"
    old_amt = e["amount"] * rng.choice([8, 9]) / 10
    fl.right("协议编号：" + e["contract_no"])
    fl.title("运维服务合同续签协议")
    fl.para(f"甲方（用户方）：{e['customer']}", indent=False)
    fl.para(f"乙方（服务方）：{a['name']}", indent=False)
    fl.para(f"鉴于甲乙双方于{zh_date(e['old_date'])}签订的《{e['project']}运维服务合同》（合同编号：{old_no}，合同金额人民币{comma(old_amt)}元）已于{zh_date(e['old_end'])}期满，经双方协商一致，同意续签服务合同，并就续签事项达成如下协议：")
    fl.para(f"一、续签服务期限：自{zh_date(e['date'])}起至{zh_date(e['deliver'])}止。")
    fl.para(f"二、续签服务范围在原合同基础上增加{e['project']}二期数据采集点位及设备预测性维护模块的实施。")
    fl.para(f"三、续签服务费用：续签期内服务费总计{daxie(e['amount'])}（¥{comma(e['amount'])}），分两期支付。原合同未尽款项不计入本协议。")
    fl.para("四、除本协议约定外，其余条款仍按原合同执行。原合同与本协议不一致的，以本协议为准。")
    fl.para(f"五、本协议自双方盖章之日起生效。本协议于{cn_date(e['date'])}在天津市{e['district']}签订。")
    sign_block(fl, e["customer"], a["name"])
    return fl.pages, F(contract_no=e["contract_no"], amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


# ============================================================ acceptance

def a_report(e, rng):
    """Ordinary (own wording): 项目验收报告 grid + 验收结论 prose."""
    fl = Flow()
    a = e["applicant"]
    fl.title("项 目 验 收 报 告")
    rows = [["项目名称", e["contract_name"]], ["合同编号", e["contract_no"] or "—"],
            ["建设单位", e["customer"]], ["承建单位", a["name"]]]
    if e.get("show_amount", True):
        rows.append(["合同金额", f"{daxie(e['amount'])}（￥{comma(e['amount'])}）"])
    rows += [["开工日期", zh_date(e["start"])], ["验收日期", zh_date(e["date"])]]
    fl.table(rows, [40, 126], header=False)
    ok = e["result"] == "passed"
    fl.para("验收意见：" + (f"验收小组听取了{a['name']}的项目实施汇报，查验了设备运行记录及文档资料，项目各项功能和性能指标满足合同要求，一致同意通过验收。"
                           if ok else "验收小组认为系统数据采集稳定性及报表功能尚未达到合同约定指标，不同意通过验收，请承建单位整改后重新申请验收。"), indent=False)
    fl.para("验收结论：" + ("合格" if ok else "不合格"), indent=False)
    fl.gap(6)
    fl.para(f"建设单位（盖章）：{e['customer']}", indent=False)
    fl.page.seal(fl.margin + 70, fl.y - 4, e["customer"], "")
    fl.para(f"日期：{zh_date(e['date'])}", indent=False)
    return fl.pages, F(contract_no=e["contract_no"], amount_yuan=yuan(e["amount"]) if e.get("show_amount", True) else None,
                       date=e["date"], customer=e["customer"], result=e["result"]), False


def a_asset(e, rng):
    """NEW N03 固定资产交付使用单 (customer's asset department): 资产原值 vs 合同金额, 到货日期 and
    交付使用日期; the acceptance is the 验收意见 row dated in the 资产管理部门 cell."""
    fl = Flow()
    fl.title(e["customer"])
    fl.center("固定资产交付使用单", 5.2)
    fl.right(f"单据编号：ZC{e['date'].replace('-', '')}{rng.randint(10, 99)}")
    val = e["amount"] + rng.choice([12000, 36500, 8800])
    fl.table([["资产名称", e["project"] + "系统", "资产类别", "专用设备"],
              ["合同编号", e["contract_no"] or "", "合同金额", comma(e["amount"]) + "元"],
              ["供应商", e["applicant"]["name"], "入账原值", comma(val) + "元（含安装费）"],
              ["使用部门", "生产制造部", "存放地点", "一号联合厂房"],
              ["到货日期", dd(e["start"]), "交付使用日期", dd(e["date"])]], [30, 58, 30, 48], header=False)
    fl.table([["验收意见", "经使用部门、设备动力部、财务部共同验收，设备安装调试完毕，运行正常，技术资料齐全，"
               + ("验收合格，同意交付使用。" if e["result"] == "passed" else "存在缺陷，验收不合格，暂不交付使用。")]], [30, 136], header=False)
    fl.table([["使用部门", "设备动力部", "资产管理部门"], ["", "", ""], ["日期：" + dd(e["date"]), "日期：" + dd(e["date"]), "日期：" + dd(e["date"])]],
             [55, 55, 56], header=False)
    fl.page.hand(fl.margin + 10, fl.y - 14, rng.choice(["张昀", "李瑄", "王翀"]))
    fl.page.hand(fl.margin + 66, fl.y - 14, rng.choice(["赵堃", "刘橦", "陈赟"]))
    fl.page.seal(fl.margin + 140, fl.y - 12, e["customer"], "资产管理专用章", r=17)
    return fl.pages, F(contract_no=e["contract_no"], amount_yuan=yuan(e["amount"]), date=e["date"],
                       customer=e["customer"], result=e["result"]), False


def a_handover(e, rng):
    """NEW N04 项目移交清单及验收确认书 (two pages): page 1 the list of handed-over items with their
    own dates; page 2 the 接收单位's conclusion and date."""
    fl = Flow()
    a = e["applicant"]
    fl.title("项目移交清单")
    fl.para(f"项目名称：{e['contract_name']}", indent=False)
    fl.para(f"移交单位：{a['name']}　　接收单位：{e['customer']}", indent=False)
    rows = [["序号", "移交内容", "数量", "移交日期", "备注"]]
    items = ["边缘计算网关", "工业交换机", "MES服务器", "数据采集终端", "系统安装介质及授权", "操作手册及培训记录", "源代码及接口文档", "备品备件"]
    for i, it in enumerate(items):
        rows.append([str(i + 1), it, str(rng.randint(1, 24)), dd(e["start"]), ""])
    fl.table(rows, [14, 70, 18, 34, 30])
    fl.para("以上物品及资料经双方逐项清点，数量、型号与合同一致。", indent=False)
    fl.new_page()
    fl.title("验收确认书")
    fl.para(f"{e['customer']}（以下简称接收单位）于{zh_date(e['date'])}对{a['name']}承建的“{e['contract_name']}”进行了验收"
            + (f"（合同编号{e['contract_no']}）" if e["contract_no"] else "") + "。")
    ok = e["result"] == "passed"
    fl.para("经现场测试和资料审查，" + ("系统功能完整、运行稳定，验收结论：通过。" if ok else "关键指标未达到要求，验收结论：不通过。"))
    fl.para("质保期自本确认书签署之日起计算，为期二十四个月。")
    fl.gap(10)
    fl.right(f"接收单位（盖章）：{e['customer']}")
    fl.page.seal(150, fl.y - 6, e["customer"], "")
    fl.right(zh_date(e["date"], spaced=True))
    return fl.pages, F(contract_no=e["contract_no"], date=e["date"], customer=e["customer"], result=e["result"]), False


def a_golive(e, rng):
    """NEW N05 系统启用通知 (customer's internal red-header notice): states the acceptance (date, 合格) and
    a later 启用 date; the notice date is later still."""
    fl = Flow()
    fl.title(e["customer"], 6.5, (0.8, 0.05, 0.05))
    fl.page.line(fl.margin, fl.y, 188, fl.y, 0.8, (0.8, 0.05, 0.05))
    fl.gap(4)
    fl.center(f"{e['cust']['short']}信〔{e['date'][:4]}〕{rng.randint(11, 89)}号")
    fl.title("关于" + e["project"] + "系统正式启用的通知", 5.2)
    fl.para("公司各部门、各车间：", indent=False)
    ok = e["result"] == "passed"
    fl.para(f"由{e['applicant']['name']}承建的{e['contract_name']}"
            + (f"（合同编号：{e['contract_no']}）" if e["contract_no"] else "")
            + f"已完成建设和试运行，并于{zh_date(e['date'])}通过公司组织的竣工验收，验收结论为合格。")
    fl.para(f"经公司研究，该系统自{zh_date(e['golive'])}起正式启用，原手工报表同时停用。请各部门按照《生产数据管理办法》做好系统使用和数据录入工作。")
    fl.para("特此通知。")
    fl.gap(8)
    fl.right(e["customer"])
    fl.page.seal(150, fl.y - 6, e["customer"], "")
    fl.right(cn_date(e["notice"]))
    return fl.pages, F(contract_no=e["contract_no"], date=e["date"], customer=e["customer"], result=e["result"]), False


# ============================================================ payments

def p_ereceipt(e, rng):
    """Ordinary (own wording): 网上银行电子回单 of a fictitious bank, two-column."""
    fl = Flow(size=3.5)
    bank = e["bank"]
    fl.title(bank + "　网上银行电子回单", 5.5)
    fl.para(f"回单编号：{rng.randint(10**11, 10**12 - 1)}　　交易日期：{e['date']}", indent=False)
    fl.table([["付款人", "户名", e["payer"], "收款人", "户名", e["payee"]],
              ["", "账号", e["payer_acct"], "", "账号", e["payee_acct"]],
              ["", "开户行", e["payer_bank"], "", "开户行", e["payee_bank"]]], [14, 14, 55, 14, 14, 55], header=False)
    memo = e["memo"]
    fl.table([["金额（大写）", daxie(e["amount"])], ["金额（小写）", "¥" + comma(e["amount"])],
              ["用途", memo], ["交易流水号", str(rng.randint(10**15, 10**16 - 1))]], [40, 126], header=False)
    fl.para(f"打印时间：{e['print']} 10:2{rng.randint(0, 9)}:0{rng.randint(0, 9)}　　本回单可通过本行网站验证真伪。", indent=False, size=3)
    fl.page.seal(160, fl.y - 14, bank + "电子回单", "业务专用章", r=16)
    return fl.pages, F(contract_no=e["cites"], amount_yuan=yuan(e["amount"]), date=e["date"], payer=e["payer"], payee=e["payee"]), False


def p_settled(e, rng):
    """NEW N02 合同款项结清确认书 (customer letter): cumulative payment, last payment date stated in prose,
    letter dated later; instalments listed."""
    fl = Flow()
    fl.title("合同款项结清确认书")
    fl.para(f"致：{e['payee']}", indent=False)
    fl.para(f"贵我双方签订的《{e['contract_name']}》（合同编号：{e['contract_no']}）项下，我公司已按合同约定分期付款，"
            f"最后一笔款项已于{zh_date(e['date'])}支付完毕。截至该日，我公司累计向贵公司支付合同款{daxie(e['amount'])}（¥{comma(e['amount'])}），"
            "本合同项下款项已全部结清，双方再无其他债权债务。")
    if e.get("parts"):
        rows = [["期次", "付款日期", "付款金额（元）"]] + [[f"第{i + 1}期", dd(d), comma(v)] for i, (d, v) in enumerate(e["parts"])]
        fl.table(rows, [30, 60, 60])
    fl.para("特此确认。")
    fl.gap(8)
    fl.right(f"付款单位：{e['payer']}（财务部）")
    fl.page.seal(150, fl.y - 4, e["payer"], "财务专用章")
    fl.right(zh_date(e["letter"]))
    return fl.pages, F(contract_no=e["contract_no"], amount_yuan=yuan(e["amount"]), date=e["date"], payer=e["payer"], payee=e["payee"]), False


def p_bankcert(e, rng):
    """NEW N06 资金划转证明 issued by the payer's bank branch on its letterhead, 业务专用章."""
    fl = Flow()
    fl.title(e["bank"] + e["branch"], 5.5)
    fl.hr()
    fl.title("资 金 划 转 证 明", 6)
    fl.para(f"{e['payer']}：", indent=False)
    fl.para(f"应贵单位申请，经查询我行业务系统，贵单位在我行开立的账户（账号：{e['payer_acct']}）于{zh_date(e['date'], pad=True)}"
            f"通过大额支付系统向{e['payee']}（账号：{e['payee_acct']}，开户行：{e['payee_bank']}）划转资金，"
            f"金额为{daxie(e['amount'])}（CNY{comma(e['amount'])}），汇款用途：{e['memo']}。该笔款项已于当日划出，状态为“已成功”。")
    fl.para("特此证明。本证明仅证明上述交易事实，不作其他用途。")
    fl.gap(8)
    fl.right(e["bank"] + e["branch"])
    fl.page.seal(150, fl.y - 4, e["bank"] + e["branch"], "业务专用章")
    fl.right(zh_date(e["print"]))
    return fl.pages, F(contract_no=e["cites"], amount_yuan=yuan(e["amount"]), date=e["date"], payer=e["payer"], payee=e["payee"]), False


def p_slip(e, rng):
    """NEW N07 单位结算卡 柜面/自助转账交易凭条: a narrow thermal slip, labels in capitals-style short form."""
    pg = Page(80, 170)
    y = 10
    def t(s, size=3.0, x=5):
        nonlocal y
        pg.text(x, y, s, size)
        y += size * 1.9
    t(e["bank"], 4.2, 12)
    t("单位结算卡交易凭条", 3.8, 14)
    t("-" * 34, 2.6)
    t("交易类型：转账汇款")
    t("卡号：6230 **** **** " + str(rng.randint(1000, 9999)))
    t("付款户名：")
    for i in range(0, len(e["payer"]), 14):
        t("  " + e["payer"][i:i + 14])
    t("收款户名：")
    for i in range(0, len(e["payee"]), 14):
        t("  " + e["payee"][i:i + 14])
    t("收款账号：" + e["payee_acct"][:6] + "******" + e["payee_acct"][-4:])
    t("交易金额：CNY " + comma(e["amount"]))
    t(f"交易时间：{e['date']} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
    t("附言：" + e["memo"][:16])
    if len(e["memo"]) > 16:
        t("  " + e["memo"][16:])
    t("交易结果：成功")
    t("-" * 34, 2.6)
    t("客户签名：", 3.0)
    pg.hand(24, y - 2, e["signer"], 4.2)
    t("请妥善保管此凭条", 2.6, 20)
    return [pg], F(contract_no=e["cites"], amount_yuan=yuan(e["amount"]), date=e["date"], payer=e["payer"], payee=e["payee"]), False


# ============================================================ procurement

def r_notice(e, rng):
    """Ordinary (own wording): 中标通知书 from the 招标人."""
    fl = Flow()
    fl.title("中 标 通 知 书")
    fl.right(f"招标编号：ZB-{e['date'][:4]}-{rng.randint(100, 999)}")
    fl.para(f"{e['applicant']['name']}：", indent=False)
    fl.para(f"我单位组织的{e['project']}项目招标，经评标委员会评审，确定贵单位为中标人，中标价为{daxie(e['amount'])}（¥{comma(e['amount'])}）。"
            f"请贵单位在收到本通知书后三十日内与我单位签订书面合同。投标有效期至{zh_date(e['valid'])}。")
    fl.gap(8)
    fl.right(f"招标人：{e['customer']}")
    fl.page.seal(150, fl.y - 4, e["customer"], "")
    fl.right(zh_date(e["date"]))
    return fl.pages, F(amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


def r_written_report(e, rng):
    """NEW N08 招标投标情况书面报告 (招标人 to the 行政监督部门): 开标/评标 dates and the other bidders'
    prices as distractors; the report's date and the 中标价 count."""
    fl = Flow(size=3.4)
    fl.title("招标投标情况书面报告", 6)
    fl.para(f"{e['district_bureau']}：", indent=False)
    fl.para(f"根据《中华人民共和国招标投标法》第四十七条规定，现将{e['project']}项目招标投标情况报告如下：", indent=True)
    bidders = e["bidders"]
    fl.table([["招标人", e["customer"]], ["招标方式", "公开招标"], ["开标时间", zh_date(e["open"]) + " 9:30"],
              ["评标时间", zh_date(e["open"]) + "至" + zh_date(e["eval"])], ["评标办法", "综合评估法"]], [36, 130], header=False)
    rows = [["序号", "投标人", "投标报价（元）", "综合得分", "排名"]]
    for i, (n, p, s) in enumerate(bidders):
        rows.append([str(i + 1), n, comma(p), f"{s:.2f}", ""])
    ranked = sorted(range(len(bidders)), key=lambda i: -bidders[i][2])
    for r, i in enumerate(ranked):
        rows[i + 1][4] = str(r + 1)
    fl.table(rows, [12, 74, 34, 24, 22])
    fl.para(f"评标委员会推荐{e['applicant']['name']}为第一中标候选人。公示期满无异议，招标人确定其为中标人，中标价{comma(e['amount'])}元。")
    fl.para("附件：1.评标报告　2.中标候选人公示截图　3.中标通知书（副本）", indent=False)
    fl.gap(6)
    fl.right(f"招标人（盖章）：{e['customer']}")
    fl.page.seal(150, fl.y - 4, e["customer"], "")
    fl.right("报告日期：" + zh_date(e["date"]))
    return fl.pages, F(amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


def r_minicomp(e, rng):
    """NEW N09 框架协议项下二次竞价结果通知: the framework agreement number is not the contract number;
    the 最高限价 is a distractor."""
    fl = Flow()
    fl.title(e["customer"])
    fl.center("框架协议供应商二次竞价结果通知", 5)
    fl.kv([("框架协议编号：", f"KJ{int(e['date'][:4]) - 1}-{rng.randint(1000, 9999)}"), ("竞价编号：", f"EJ{e['date'].replace('-', '')}{rng.randint(10, 99)}"),
           ("竞价项目：", e["project"]), ("最高限价：", comma(e["ceiling"]) + "元"), ("竞价方式：", "入围供应商一轮密封报价，最低价成交")], label_w=32)
    fl.para(f"{e['applicant']['name']}：", indent=False)
    fl.para(f"在本次二次竞价中，贵公司以{comma(e['amount'])}元（{daxie(e['amount'])[3:]}）的报价成交。请于五个工作日内签订项目合同，"
            "合同签订后本次竞价结果随合同归档。")
    fl.gap(8)
    fl.right(f"{e['customer']}　采购管理部")
    fl.page.seal(150, fl.y - 4, e["customer"], "采购专用章")
    fl.right(dd(e["date"]))
    return fl.pages, F(amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


def r_direct(e, rng):
    """NEW N10 零星采购直接采购审批单 (customer internal): 申请日期 earlier, final approval date counts;
    the 预算 is higher than the 拟采购金额."""
    fl = Flow(size=3.5)
    fl.title(e["customer"] + "直接采购审批单", 5.2)
    fl.table([["申请部门", "智能制造部", "申请日期", dd(e["apply"])],
              ["采购事项", e["project"], "采购方式", "直接采购（零星）"],
              ["预算金额", comma(e["budget"]) + "元", "拟采购金额", comma(e["amount"]) + "元"],
              ["拟选供应商", e["applicant"]["name"], "合同编号", e["contract_no"] or ""],
              ["直接采购理由", "原系统供应商，接口及数据兼容，更换供应商成本过高。", "", ""]], [30, 58, 30, 48], header=False)
    fl.table([["审批环节", "意见", "签字", "日期"],
              ["部门负责人", "同意", "", dd(e["apply"])],
              ["采购管理部", "同意直接采购", "", dd(e["mid"])],
              ["分管副总经理", "同意", "", dd(e["date"])]], [40, 60, 30, 36])
    fl.page.hand(fl.margin + 104, fl.y - 30, "张昀")
    fl.page.hand(fl.margin + 104, fl.y - 19, "周翀")
    fl.page.hand(fl.margin + 104, fl.y - 8, "孙堃")
    return fl.pages, F(contract_no=e["contract_no"], amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


def r_board(e, rng):
    """NEW N11 董事会决议 choosing the supplier: the meeting date in prose, 表决 counts, 议案 amount."""
    fl = Flow()
    fl.title(e["customer"])
    fl.center(f"第{rng.choice(['二', '三', '四'])}届董事会第{rng.choice(['五', '七', '九', '十二'])}次会议决议", 5)
    fl.para(f"{e['customer']}第{rng.choice(['二', '三'])}届董事会会议于{cn_date(e['date'])}在公司会议室以现场方式召开。会议通知于会前五日以书面方式送达全体董事，"
            "应出席董事七名，实际出席董事七名，会议由董事长主持，会议的召集、召开符合《公司法》和公司章程的规定。经与会董事审议，形成决议如下：")
    fl.para(f"一、审议通过《关于{e['project']}项目选定供应商的议案》。同意选定{e['applicant']['name']}为该项目实施单位，合同价款为人民币{comma(e['amount'])}元，"
            "授权总经理签署相关合同。表决结果：同意7票，反对0票，弃权0票。")
    fl.para(f"二、审议通过《关于2023年度固定资产投资计划调整的议案》，年度投资总额调整为人民币{comma(e['amount'] * 12)}元。表决结果：同意7票，反对0票，弃权0票。")
    fl.gap(6)
    fl.para("出席董事签字：", indent=False)
    fl.page.hand(fl.margin + 28, fl.y - 1, "王赟　李翀　赵昀　陈瑄")
    fl.gap(6)
    fl.right(e["customer"])
    fl.page.seal(150, fl.y - 4, e["customer"], "")
    fl.right(cn_date(e["date"]))
    return fl.pages, F(amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


def r_loa(e, rng):
    """NEW N12 中标函 / Letter of Acceptance (FIDIC-style, bilingual): Employer/Contractor; Accepted Contract Amount."""
    fl = Flow(size=3.4)
    fl.title("中 标 函　LETTER OF ACCEPTANCE", 5.5)
    fl.kv([("致 To：", e["applicant"]["name"]), ("发包人 Employer：", e["customer"]),
           ("项目 Project：", e["project"]), ("日期 Date：", f"{zh_date(e['date'])} / {e['date']}")], label_w=40)
    fl.para(f"我方确认接受贵方于{zh_date(e['bid'])}递交的投标书。中标合同金额（Accepted Contract Amount）为{daxie(e['amount'])}（RMB {comma(e['amount'])}）。"
            "请贵方在收到本函后二十八天内按合同条件提交履约担保，并派代表签署合同协议书。")
    fl.para("This letter constitutes the Employer's acceptance of your Letter of Tender. The Accepted Contract Amount is RMB "
            + comma(e["amount"]) + ".", indent=False)
    fl.gap(8)
    fl.right(f"发包人：{e['customer']}")
    fl.page.seal(150, fl.y - 4, e["customer"], "")
    fl.right("授权代表签字：")
    return fl.pages, F(amount_yuan=yuan(e["amount"]), date=e["date"], customer=e["customer"]), False


# ============================================================ standards and other

def s_draft(e, rng):
    fl = Flow()
    fl.gap(8)
    fl.para("ICS 25.040", indent=False)
    fl.para("CCS J 07", indent=False)
    fl.title(e["std_cat"], 8)
    fl.right(e["std_no"])
    fl.gap(20)
    fl.title(e["std_name"], 6)
    fl.center(e["std_en"], 3.4)
    fl.gap(6)
    fl.center(f"（{e['stage']}）", 4.2)
    fl.gap(60)
    fl.page.text(30, fl.y, "××××-××-××发布", 4)
    fl.page.text(130, fl.y, "××××-××-××实施", 4)
    fl.gap(10)
    fl.center(e["issuer"] + "　发 布", 5)
    fl.new_page()
    fl.title("前　　言", 5)
    fl.para("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    fl.para(f"本文件由{e['issuer']}提出并归口。本文件起草单位：{e['applicant']['name']}、天津大学、天津市工业互联网创新中心。")
    fl.para("本文件主要起草人：王赟、刘昀、陈瑄、赵翀。")
    return fl.pages, F(title=e["std_name"]), False


def o_deposit(e, rng):
    """NEW N13 (other) 存款证明书 for the applicant's account: a bank balance, not a payment."""
    fl = Flow()
    fl.title(e["bank"], 5.5)
    fl.title("单位存款证明书", 6)
    fl.right(f"编号：CZ{rng.randint(10**7, 10**8 - 1)}")
    fl.para(f"兹证明{e['applicant']['name']}截至{zh_date(e['date'])}在我行开立的单位结算账户（账号：{e['acct']}）存款余额为{daxie(e['bal'])}（CNY{comma(e['bal'])}）。")
    fl.para("本证明书仅证明上述时点存款余额，不作为质押、担保凭证，不代表该笔资金此后的变动情况。有效期至" + zh_date(e["valid"]) + "。")
    fl.gap(8)
    fl.right(e["bank"])
    fl.page.seal(150, fl.y - 4, e["bank"], "业务专用章")
    return fl.pages, F(), False


def o_proxy(e, rng):
    """NEW N14 (other) 法定代表人授权委托书 naming a customer project: not a contract."""
    fl = Flow()
    fl.title("法定代表人授权委托书")
    fl.para(f"本人{e['legal']}系{e['applicant']['name']}的法定代表人，现授权委托本公司{e['agent']}为我方代理人，代表我方办理{e['customer']}"
            f"“{e['project']}”项目的投标、合同谈判及签署事宜。代理人在授权范围内签署的文件，我方均予承认。")
    fl.para(f"授权期限：{zh_date(e['from'])}至{zh_date(e['to'])}。代理人无转委托权。")
    fl.gap(6)
    fl.para(f"委托单位（盖章）：{e['applicant']['name']}", indent=False)
    fl.page.seal(100, fl.y - 4, e["applicant"]["name"], "")
    fl.para(f"法定代表人（签字）：", indent=False)
    fl.page.hand(fl.margin + 40, fl.y - 2, e["legal"])
    fl.para(f"日期：{zh_date(e['from'])}", indent=False)
    return fl.pages, F(), False


def o_news(e, rng):
    """NEW N15 (other) 企业官网新闻页打印件 reporting the project's acceptance: a web print, not an
    acceptance document."""
    fl = Flow(size=3.4, margin=14)
    fl.page.text(14, 8, f"{e['print']} 14:0{rng.randint(0, 9)}", 2.6)
    fl.page.text(120, 8, e["cust"]["short"] + "—新闻中心", 2.6)
    fl.title(e["customer"] + " | 新闻动态", 4)
    fl.hr(0.3)
    fl.title(f"{e['project']}项目顺利通过验收", 5.2)
    fl.center(f"发布时间：{e['pub']}　来源：党群工作部　浏览次数：{rng.randint(200, 3000)}", 3)
    fl.para(f"近日，由我公司与{e['applicant']['name']}合作建设的{e['project']}项目顺利通过公司组织的验收。验收会上，专家组听取了项目建设汇报，"
            "现场查看了数字化车间运行情况，认为项目达到了预期目标。")
    fl.para("项目投运后，车间设备综合效率提升约12%，产品不良率下降三成，为公司建设智能工厂奠定了基础。")
    fl.page.text(14, 290, f"https://www.{e['cust']['domain']}.com.cn/news/{e['pub'].replace('-', '')}/{rng.randint(1000, 9999)}.html　1/1", 2.5)
    return fl.pages, F(), False


GENRES = {
    "c_equipment": ("contract", c_equipment), "c_service": ("contract", c_service), "c_renewal": ("contract", c_renewal),
    "a_report": ("acceptance_report", a_report), "a_asset": ("acceptance_report", a_asset),
    "a_handover": ("acceptance_report", a_handover), "a_golive": ("acceptance_report", a_golive),
    "p_ereceipt": ("payment_proof", p_ereceipt), "p_settled": ("payment_proof", p_settled),
    "p_bankcert": ("payment_proof", p_bankcert), "p_slip": ("payment_proof", p_slip),
    "r_notice": ("procurement_proof", r_notice), "r_written_report": ("procurement_proof", r_written_report),
    "r_minicomp": ("procurement_proof", r_minicomp), "r_direct": ("procurement_proof", r_direct),
    "r_board": ("procurement_proof", r_board), "r_loa": ("procurement_proof", r_loa),
    "s_draft": ("standard_draft", s_draft),
    "o_deposit": ("other", o_deposit), "o_proxy": ("other", o_proxy), "o_news": ("other", o_news),
}
