"""Genres. Each genre builds pages from the facts the document states (f) plus context."""
from render import Flow, Page
from util import daxie, money, cn_date, hz_date, spaced

RED = (200, 20, 20)


def _amt(a):
    return f"人民币{daxie(a)}（¥{money(a)}）"


def _sig(fl, left, right, date_left=None, date_right=None, seal_left=None, seal_right=None, ll="甲方（盖章）：", rl="乙方（盖章）："):
    fl.need(45)
    fl.gap(8)
    y0 = fl.y
    fl.p.text(fl.m, y0 + 6, ll + left, 10.5)
    fl.p.text(fl.p.w / 2 + 5, y0 + 6, rl + right, 10.5)
    fl.p.text(fl.m, y0 + 16, "授权代表（签字）：", 10.5)
    fl.p.text(fl.p.w / 2 + 5, y0 + 16, "授权代表（签字）：", 10.5)
    fl.p.text(fl.m + 36, y0 + 16, "张" + "晓", 11, (20, 30, 140), hand=True)
    fl.p.text(fl.p.w / 2 + 41, y0 + 16, "刘" + "斌", 11, (20, 30, 140), hand=True)
    if date_left:
        fl.p.text(fl.m, y0 + 26, "日期：" + date_left, 10.5)
    if date_right:
        fl.p.text(fl.p.w / 2 + 5, y0 + 26, "日期：" + date_right, 10.5)
    if seal_left:
        fl.p.seal(fl.m + 40, y0 + 12, seal_left, "合同专用章")
    if seal_right:
        fl.p.seal(fl.p.w / 2 + 45, y0 + 12, seal_right, "合同专用章")
    fl.y = y0 + 34


# ------------------------------------------------------------------ ordinary kinds

def contract_plain(rng, A, f, x):
    fl = Flow()
    sp = x.get("spaced")
    lab = (lambda s: spaced(s)) if sp else (lambda s: s)
    fl.title(x["project"] + "合同")
    fl.p.text(fl.p.w - fl.m, fl.y, f"合同编号：{f['contract_no']}", 10, align="r"); fl.gap(6)
    fl.kv([(lab("甲方") + "（需方）：", f["customer"]), ("统一社会信用代码：", x["cust_code"]), ("住　　所：", x["cust_addr"]),
           (lab("乙方") + "（供方）：", A["name"]), ("统一社会信用代码：", A["uscc"]), ("住　　所：", A["address"])], lw=42)
    fl.gap(4)
    fl.para(f"根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等自愿、诚实信用的原则，就{x['project']}事宜协商一致，订立本合同。")
    fl.para("第一条　项目内容：乙方为甲方提供" + x["scope"] + "，包括方案设计、软硬件供货、安装调试、系统集成、人员培训及质保期内服务。")
    fl.para(f"第二条　合同总金额为{_amt(f['amount_yuan'])}，含13%增值税。")
    if x.get("provisional"):
        fl.para(f"其中现场接口开发部分暂定价为人民币{money(x['amount'] * 0.08)}元，已包含在上述合同总金额内，结算时合同总金额不作调整。")
    pre = x["amount"] * 3 / 10
    fl.para(f"第三条　付款方式：合同签订后十五个工作日内，甲方向乙方支付预付款{money(pre)}元；设备到货并经甲方验收合格后支付至合同总额的95%；质保金为合同总额的5%，即{money(x['amount'] / 20)}元，质保期满无质量问题后一次付清。")
    fl.para(f"第四条　交货期：乙方应于{cn_date(x['delivery'])}前完成全部设备交付及安装。")
    fl.para(f"第五条　违约责任：任何一方违约的，应向守约方支付违约金，违约金累计不超过合同总金额的10%（即{money(x['amount'] / 10)}元）。")
    fl.para("第六条　本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。")
    _sig(fl, f["customer"], A["name"], cn_date(f["date"]), cn_date(f["date"]), x["cust_seal"], A["name"])
    return fl.pages


def acceptance_plain(rng, A, f, x):
    fl = Flow()
    fl.title("项目验收报告")
    rows = [("项目名称", x["project"]), ("合同编号", f["contract_no"] or "/"), ("验收单位", f["customer"]),
            ("实施单位", A["name"]), ("合同金额", f"¥{money(f['amount_yuan'])}" if f["amount_yuan"] else "/"),
            ("开工日期", cn_date(x["start"])), ("验收日期", cn_date(f["date"]))]
    fl.table(["项　目", "内　容"], rows, [40, 130], rowh=10, size=10.5)
    ok = f["result"] == "passed"
    fl.para("验收意见：" + ("经验收小组现场检查、资料审查和功能测试，系统运行稳定，各项技术指标满足合同要求，同意通过验收。" if ok
                         else "经验收小组现场检查，系统部分功能未达到合同约定的技术指标，数据采集准确率不满足要求，验收不合格，请实施单位整改后重新申请验收。"), indent=False)
    fl.para("验收结论：" + ("■合格　□不合格" if ok else "□合格　■不合格"), indent=False)
    fl.gap(6)
    fl.p.text(fl.p.w - 80, fl.y + 8, "验收单位（盖章）：", 10.5)
    fl.p.text(fl.p.w - 80, fl.y + 18, cn_date(f["date"]), 10.5)
    fl.p.seal(fl.p.w - 50, fl.y + 10, x["cust_seal"])
    return fl.pages


def payment_ebank(rng, A, f, x):
    bank = x["bank"]
    fl = Flow()
    fl.title(bank + "  电子回单", 15)
    fl.p.text(fl.m, fl.y, f"回单编号：{x['serial']}", 9); fl.p.text(fl.p.w - fl.m, fl.y, f"交易日期：{f['date']}", 9, align="r"); fl.gap(4)
    rows = [("付款人户名", f["payer"], "收款人户名", f["payee"]),
            ("付款人账号", x["acc1"], "收款人账号", x["acc2"]),
            ("付款人开户行", x["bank1"], "收款人开户行", x["bank2"]),
            ("金额（大写）", "人民币" + daxie(f["amount_yuan"]), "金额（小写）", "¥" + money(f["amount_yuan"])),
            ("摘要", "货款", "用途", x["memo"]),
            ("手续费", "15.00", "渠道", "网上银行")]
    fl.table(["项目", "内容", "项目", "内容"], rows, [28, 58, 28, 56], rowh=9, size=9)
    fl.p.text(fl.m, fl.y + 4, f"打印日期：{x['print']}　　本回单可通过网上银行验证真伪，重复打印无效。", 8)
    fl.p.seal(fl.p.w - 45, fl.y - 10, bank + "电子回单专用章", "", r=14)
    return fl.pages


def procurement_notice(rng, A, f, x):
    fl = Flow()
    fl.title("中 标 通 知 书")
    fl.p.text(fl.p.w - fl.m, fl.y, f"项目编号：{x['proj_no']}", 10, align="r"); fl.gap(6)
    fl.para(A["name"] + "：", indent=False)
    fl.para(f"{f['customer']}于{cn_date(x['open'])}对“{x['project']}”进行了公开招标开标，经评标委员会评审并经招标人确认，确定贵单位为中标人，中标金额为{_amt(f['amount_yuan'])}。"
            + (f"拟签订合同编号为{f['contract_no']}。" if f["contract_no"] else ""))
    fl.para(f"请贵单位收到本通知书后三十日内与招标人签订书面合同，并按招标文件要求提交履约保证金（中标金额的5%，即{money(float(f['amount_yuan']) / 20)}元）。本通知书有效期至{cn_date(x['until'])}。")
    fl.gap(8)
    fl.p.text(fl.p.w - 90, fl.y + 6, "招标人：" + f["customer"], 10.5)
    fl.p.text(fl.p.w - 90, fl.y + 16, cn_date(f["date"]), 10.5)
    fl.p.seal(fl.p.w - 55, fl.y + 8, x["cust_seal"])
    return fl.pages


def subcontract_plain(rng, A, f, x):
    fl = Flow()
    fl.title("项目分包合同")
    fl.p.text(fl.p.w - fl.m, fl.y, f"合同编号：{f['contract_no']}", 10, align="r"); fl.gap(6)
    fl.kv([("甲方（总包方）：", f["customer"]), ("乙方（分包方）：", x["party_b"]), ("乙方统一社会信用代码：", x["sup_code"]), ("乙方地址：", x["sup_addr"])], lw=46)
    fl.para(f"甲方承接{x['main_project']}，现将其中{x['scope']}分包给乙方实施。分包金额为{_amt(f['amount_yuan'])}。")
    fl.para("乙方应按甲方进度计划完成分包内容，并接受甲方的质量检查。")
    _sig(fl, f["customer"], x["party_b"], cn_date(f["date"]), cn_date(f["date"]), A["name"], x["party_b"])
    return fl.pages


def meeting_plain(rng, A, f, x):
    fl = Flow()
    fl.title("会议纪要", 18, color=RED)
    fl.kv([("会议名称：", f["title"]), ("会议时间：", cn_date(f["date"]) + " 14:00"), ("会议地点：", x["place"]), ("主办单位：", A["name"])])
    fl.gap(3)
    fl.para(f"会议围绕智能制造系统解决方案应用经验开展交流，{A['name']}介绍了典型案例，参会企业就数字化车间建设、设备联网与数据治理等问题进行了讨论。")
    if x.get("sheet_inline", True):
        fl.gap(2)
        fl.title("参会单位签到表", 13, 2)
        _sheet(fl, x["rows"], ["序号", "单位名称", "统一社会信用代码", "签到人"], [14, 76, 52, 28], rng)
    return fl.pages


def _sheet(fl, rows, heads, widths, rng, order=("n", "name", "code", "sign")):
    data = []
    for i, r in enumerate(rows, 1):
        vals = {"n": str(i), "name": r["name"], "code": r.get("code") or "", "addr": r.get("addr") or "", "sign": r.get("person", "王"), "ok": "√", "phone": r.get("phone", "")}
        data.append([vals[k] for k in order])
    hand = tuple(i for i, k in enumerate(order) if k in ("sign", "ok"))
    fl.table(heads, data, widths, size=9, rowh=8, hand_cols=hand)


def sheet_separate(rng, A, f, x):
    fl = Flow()
    fl.title(f["title"] + "签到表", 14)
    fl.p.text(fl.m, fl.y, "时间：" + cn_date(f["date"]) + "　　地点：" + x["place"], 10); fl.gap(5)
    _sheet(fl, x["rows"], ["统一社会信用代码", "单位名称", "姓名", "联系电话"], [50, 70, 25, 30], rng, order=("code", "name", "sign", "phone"))
    return fl.pages


def diagnosis_plain(rng, A, f, x):
    fl = Flow()
    fl.title(f["title"], 15)
    fl.kv([("诊断对象：", f["customer"]), ("诊断日期：", cn_date(f["date"])), ("诊断单位：", A["name"])])
    fl.gap(3)
    fl.para("一、企业现状", indent=False)
    fl.para(f"{f['customer']}主要从事{x['trade']}，现有生产线{x['lines']}条，设备联网率约{x['net']}%，生产计划以人工排产为主。")
    fl.para("二、主要问题", indent=False)
    fl.para("设备数据采集不完整，质量追溯依赖纸质记录，库存账实不符，能耗数据无法按工序统计。")
    if x["solution"]:
        fl.para("三、解决方案", indent=False)
        fl.para("建议分两期建设：一期部署设备数据采集网关与MES基础模块，实现工单、报工与质量追溯；二期建设能源管理与智能仓储系统，打通ERP接口。")
    fl.p.seal(fl.p.w - 50, fl.y + 15, A["name"])
    return fl.pages


def standard_cover(rng, A, f, x):
    fl = Flow()
    fl.gap(10)
    fl.p.text(fl.m, fl.y, "ICS 25.040", 10); fl.p.text(fl.m, fl.y + 6, "CCS J 07", 10)
    fl.gap(20)
    fl.title(x["body"], 20)
    fl.title(x["code"], 12)
    fl.gap(30)
    fl.title(f["title"], 19)
    fl.gap(6)
    fl.title("（" + x["stage"] + "）", 12)
    fl.gap(70)
    fl.title(f"{x['year']}-XX-XX 发布　　　　{x['year']}-XX-XX 实施", 11)
    fl.title(x["issuer"] + "　发布", 13)
    fl.newpage()
    fl.title("前　言", 15)
    fl.para("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    fl.para("本文件起草单位：" + A["name"] + "、天津市智能制造产业技术联盟。")
    return fl.pages


def other_license(rng, A, f, x):
    fl = Flow()
    fl.title("营 业 执 照", 22, color=RED)
    fl.title("（副　本）", 11)
    fl.kv([("统一社会信用代码", A["uscc"]), ("名　　称", A["name"]), ("类　　型", "有限责任公司"), ("住　　所", A["address"]),
           ("注册资本", "伍仟万元整"), ("成立日期", "2012年03月16日")], lw=40)
    fl.p.seal(fl.p.w - 50, fl.y + 20, x["district"] + "市场监督管理局", "", r=17)
    return fl.pages


# ------------------------------------------------------------------ NEW genres

def n_coop_dev(rng, A, f, x):
    """N01 技术开发（合作）合同: 合作各方 with contributions; customer pays 研究开发经费 (the contract price)."""
    fl = Flow()
    fl.title("技术开发（合作）合同", 18)
    fl.kv([("项目名称：", x["project"]), ("合同登记编号：", f["contract_no"])], lw=34)
    fl.gap(3)
    fl.kv([("合作方（甲方）：", f["customer"]), ("合作方（乙方）：", A["name"])], lw=34)
    fl.para("依据《中华人民共和国民法典》的规定，合同双方就" + x["project"].replace("项目", "") + "项目的共同研究开发，经协商一致，签订本合同。")
    fl.para("第一条　合作各方的分工：甲方提供生产现场、工艺数据及试点产线；乙方负责算法研发、软件开发与系统部署。")
    fl.para(f"第二条　各方投入：甲方以试点产线及配套设施作价投入（评估值{money(x['amount'] * 2)}元，不计入本合同价款）；"
            f"甲方另向乙方支付研究开发经费及报酬共计{daxie(f['amount_yuan'])}（{money(f['amount_yuan'])}元），即本合同价款。")
    fl.para(f"第三条　研发期限：自本合同生效之日起至{cn_date(x['delivery'])}止。")
    fl.para("第四条　研究开发成果的知识产权由双方共有，甲方享有在本企业内无偿使用的权利。")
    fl.para(f"第五条　违约金：一方违约的，应支付违约金{money(x['amount'] / 20)}元。")
    fl.para(f"本合同经双方协商一致，于{hz_date(f['date'])}在天津市签订。")
    _sig(fl, f["customer"], A["name"], None, None, x["cust_seal"], A["name"], "甲方（盖章）：", "乙方（盖章）：")
    return fl.pages


def n_abnahme(rng, A, f, x):
    """N02 中德双语 Abnahmeprotokoll / 验收记录 of German-invested plants."""
    fl = Flow()
    fl.title("Abnahmeprotokoll  验收记录", 16)
    ok = f["result"] == "passed"
    rows = [("Auftraggeber 委托方（用户）", f["customer"]), ("Auftragnehmer 承包方", A["name"]),
            ("Bestellnummer 订单/合同号", f["contract_no"] or "—"), ("Projekt 项目", x["project"]),
            ("Auftragswert 合同金额", ("EUR —  /  CNY " + money(f["amount_yuan"])) if f["amount_yuan"] else "—"),
            ("Lieferdatum 交货日期", x["delivery"].replace("-", ".")[::1]),
            ("Datum der Abnahme 验收日期", ".".join(reversed(f["date"].split("-"))))]
    fl.table(["Feld 项目", "Angabe 内容"], rows, [62, 108], rowh=9.5, size=9.5)
    fl.para("Ergebnis der Abnahme 验收结论：", indent=False)
    fl.para(("☒ Abnahme erteilt 准予验收（合格）   ☐ Abnahme verweigert 拒绝验收") if ok else
            ("☐ Abnahme erteilt 准予验收（合格）   ☒ Abnahme verweigert 拒绝验收（不合格）"), indent=False)
    fl.para("Mängel 遗留问题：" + ("keine 无" if ok else "Taktzeit nicht erreicht 节拍未达到合同要求"), indent=False)
    fl.para("Gewährleistung beginnt mit dem Datum der Abnahme. 质保期自验收之日起计算，为期24个月。", indent=False)
    _sig(fl, f["customer"], A["name"], None, None, x["cust_seal"], None, "Auftraggeber 委托方：", "Auftragnehmer 承包方：")
    return fl.pages


def n_collection(rng, A, f, x):
    """N03 委托收款凭证（收款通知 第四联）: the applicant collected via its bank; payer is the customer."""
    fl = Flow()
    fl.title(x["bank"] + "　委托收款凭证（收款通知）", 14)
    fl.p.text(fl.m, fl.y, "委托日期  " + cn_date(x["entrust"]) + "　　　☑电划　□邮划", 10); fl.p.text(fl.p.w - fl.m, fl.y, "第 四 联", 10, align="r"); fl.gap(4)
    fl.table(["付", "全称", "", "收", "全称", ""],
             [["款", f["payer"], "", "款", f["payee"], ""], ["人", x["acc1"], "账号", "人", x["acc2"], "账号"], ["", x["bank1"], "开户行", "", x["bank2"], "开户行"]],
             [7, 66, 12, 7, 66, 12], rowh=9, size=8.5)
    fl.table(["委托金额", "人民币（大写）" + daxie(f["amount_yuan"]), "¥" + money(f["amount_yuan"])], [],
             [22, 100, 48], rowh=10, size=9.5)
    memo = x["memo"]
    fl.table(["款项内容", "委托收款凭据名称", "附寄单证张数"], [[memo, "商业发票及验收单", "3"]], [70, 60, 40], rowh=9, size=9)
    fl.para("上列款项已划回收入你方账户内。　　收款人开户银行签章　　" + cn_date(f["date"]), indent=False, size=10)
    fl.p.seal(fl.p.w - 50, fl.y - 6, x["bank2"] + "业务受理", "转讫", r=14)
    return fl.pages


def n_single_source(rng, A, f, x):
    """N04 单一来源采购公示 (customer's public notice naming the intended supplier)."""
    fl = Flow()
    fl.p.text(fl.m, 12, x["site"] + " > 采购公告 > 单一来源公示", 8)
    fl.title(f"{f['customer']}{x['project']}单一来源采购公示", 13)
    fl.p.text(fl.p.w / 2, fl.y, "发布时间：" + f["date"] + " 09:30:12　　浏览次数：" + str(rng.randint(80, 600)), 8.5, align="c"); fl.gap(6)
    fl.para("一、采购人名称：" + f["customer"], indent=False)
    fl.para("二、项目名称：" + x["project"], indent=False)
    fl.para(f"三、项目预算：{money(x['amount'] * 1.08)}元", indent=False)
    fl.para("四、拟采购的货物或服务的说明：" + x["scope"], indent=False)
    fl.para(f"五、拟定的唯一供应商名称、地址：{A['name']}，{A['address']}", indent=False)
    fl.para(f"六、拟定成交价格：{money(f['amount_yuan'])}元", indent=False)
    fl.para("七、采用单一来源采购方式的原因：该系统须与原有产线控制系统及专有数据接口保持一致，只能从唯一供应商处采购。", indent=False)
    fl.para(f"八、公示期限：{cn_date(f['date'])}至{cn_date(x['until'])}（五个工作日）", indent=False)
    fl.para("九、其他事项：任何供应商、单位或者个人对公示内容有异议的，请于公示期内以书面形式反馈。" + (f"项目采购合同编号：{f['contract_no']}。" if f["contract_no"] else ""), indent=False)
    fl.gap(6)
    fl.p.text(fl.p.w - 90, fl.y + 5, "采购人：" + f["customer"], 10)
    fl.p.seal(fl.p.w - 55, fl.y + 4, x["cust_seal"])
    fl.p.text(fl.m, fl.p.h - 10, x["site_url"] + "/notice/" + x["proj_no"], 7.5)
    return fl.pages


def n_storage(rng, A, f, x):
    """N05 仓储合同 (存货人 = applicant / 保管人 = local supplier)."""
    fl = Flow()
    fl.title("仓 储 合 同", 18)
    fl.kv([("合同编号：", f["contract_no"]), ("签订地点：", "天津市" + x["district"]), ("签订时间：", cn_date(f["date"]))], lw=26)
    fl.gap(2)
    fl.kv([("存货人：", f["customer"]), ("保管人：", x["party_b"]), ("保管人统一社会信用代码：", x["sup_code"]), ("保管人住所：", x["sup_addr"])], lw=48)
    fl.para("第一条　仓储物：智能制造项目待安装设备、控制柜及备品备件，详见入库清单。")
    fl.para(f"第二条　储存场所：保管人位于{x['sup_addr']}的恒温库房，占用面积约{rng.randint(300, 900)}平方米。")
    fl.para(f"第三条　储存期限：自{cn_date(x['s_from'])}至{cn_date(x['s_to'])}。")
    fl.para("第四条　仓储物入库时，保管人按入库清单验收，并向存货人给付仓单。")
    fl.para(f"第五条　仓储费（含装卸、短驳配送及库内信息化管理服务）总计{daxie(f['amount_yuan'])}（¥{money(f['amount_yuan'])}）。按季度结算。")
    fl.para(f"第六条　违约责任：保管人未按约定保管造成仓储物毁损的，按实际损失赔偿；逾期提货的，存货人按每日{money(x['amount'] / 1000)}元支付超期仓储费。")
    _sig(fl, f["customer"], x["party_b"], None, None, A["name"], x["party_b"], "存货人（章）：", "保管人（章）：")
    return fl.pages


def n_oem(rng, A, f, x):
    """N06 委托加工（贴牌）协议: 委托方 = applicant, 受托加工方 = supplier; price only in the 合计 row."""
    fl = Flow()
    fl.title("委托加工协议", 18)
    fl.p.text(fl.m, fl.y, "协议编号：" + f["contract_no"], 10); fl.gap(6)
    fl.para(f"委托方（以下简称甲方）：{f['customer']}", indent=False)
    fl.para(f"受托加工方（以下简称乙方）：{x['party_b']}（统一社会信用代码 {x['sup_code']}）", indent=False)
    fl.para("甲方委托乙方按甲方提供的图纸、技术要求及甲方商标加工以下产品，乙方不得将甲方商标用于其他产品。")
    a = float(f["amount_yuan"])
    q1 = rng.randint(20, 60)
    p1 = round(a * 0.6 / q1, 2)
    t1 = round(p1 * q1, 2)
    t2 = round(a - t1, 2)
    fl.table(["序号", "产品名称", "规格", "数量", "单价（元）", "金额（元）"],
             [["1", "边缘计算网关（贴甲方商标）", "EG-3200", str(q1), money(p1), money(t1)],
              ["2", "数据采集控制箱", "DCB-12", "1批", "—", money(t2)],
              ["", "合计（含税）", "", "", "", money(a)]], [12, 56, 24, 16, 30, 32], rowh=9, size=9)
    fl.para(f"交货期限：{cn_date(x['delivery'])}前分批交付至甲方指定地点。甲方应提前支付材料预付款{money(a * 0.2)}元。")
    fl.para(f"本协议自双方盖章之日起生效。签订日期：{f['date'].replace('-', '.')}", indent=False)
    _sig(fl, f["customer"], x["party_b"], None, None, A["name"], x["party_b"], "甲方（委托方）：", "乙方（受托方）：")
    return fl.pages


def n_training(rng, A, f, x):
    """N07 委托培训合同 (委托方 = applicant, 培训方 = local training school)."""
    fl = Flow()
    fl.title("委托培训合同", 18)
    fl.para(f"委托方：{f['customer']}（以下简称“委托方”）", indent=False)
    fl.para(f"培训方：{x['party_b']}（以下简称“培训方”），地址：{x['sup_addr']}", indent=False)
    fl.para(f"合同号：{f['contract_no']}", indent=False)
    fl.para(f"委托方因{x['main_project']}交付需要，委托培训方对用户现场操作及运维人员开展工业机器人与MES系统应用培训。")
    n = rng.randint(4, 8)
    fl.para(f"一、培训内容及期数：共{n}期，每期{rng.randint(3, 5)}天，每期不超过30人，培训时间由双方另行商定。")
    fl.para(f"二、培训费用：本合同培训费用总额{daxie(f['amount_yuan'])}，小写{money(f['amount_yuan'])}元，含教材、场地及考核发证费用。学员食宿费用另计，不包含在上述费用中。")
    fl.para("三、培训方应保证师资具备相应资质，培训合格率不低于95%。")
    fl.para(f"四、本合同一式两份，经双方签章后生效。本合同于{hz_date(f['date'])}签订。")
    _sig(fl, f["customer"], x["party_b"], None, None, A["name"], x["party_b"], "委托方（盖章）：", "培训方（盖章）：")
    return fl.pages


def n_signing_ceremony(rng, A, f, x):
    """M1 签约仪式暨经验交流会 议程 + 签约及参会企业名单 (title only in the headline, no 会议名称 label)."""
    fl = Flow()
    fl.title(f["title"], 14)
    fl.title("会　议　议　程", 12)
    fl.p.text(fl.p.w / 2, fl.y, hz_date(f["date"]) + "　" + x["place"], 10, align="c"); fl.gap(6)
    fl.table(["时间", "议程", "主持/发言"], [["09:00-09:20", "来宾签到、入场", "会务组"], ["09:20-09:40", "主办方致辞", A["name"]],
                                         ["09:40-10:30", "智能制造应用经验分享", "标杆企业代表"], ["10:30-11:00", "项目集中签约", "签约企业"],
                                         ["11:00-11:30", "自由交流、合影", "全体"]], [34, 90, 46], rowh=8, size=9)
    fl.title("签约及参会企业名单", 12, 2)
    data = [[str(i), r["name"], r.get("code") or r.get("addr"), ("签约" if i % 3 == 1 else "参会"), r.get("person", "")] for i, r in enumerate(x["rows"], 1)]
    fl.table(["序号", "企业名称", "信用代码/地址", "类别", "代表签名"], data, [12, 64, 52, 16, 26], rowh=8, size=8.5, hand_cols=(4,))
    return fl.pages


def n_roadshow(rng, A, f, x):
    """M2 解决方案路演会 路演及观摩企业登记表 (role column, address before name)."""
    fl = Flow(landscape=True, margin=14)
    fl.title(f["title"] + " 路演及观摩企业登记表", 13)
    fl.p.text(fl.m, fl.y, "活动日期：" + f["date"].replace("-", "/") + "　　　地点：" + x["place"] + "　　　主办：" + A["name"], 9.5); fl.gap(5)
    data = [[str(i), r.get("addr") or "—", r["name"], r.get("code") or "", ("路演" if i % 4 == 0 else "观摩"), r.get("person", ""), r.get("phone", "")] for i, r in enumerate(x["rows"], 1)]
    fl.table(["编号", "企业地址", "企业名称", "统一社会信用代码", "身份", "登记人", "手机"], data, [12, 72, 64, 46, 14, 22, 30], rowh=7.5, size=8, hand_cols=(5,))
    return fl.pages


def n_roundtable(rng, A, f, x):
    """M3 圆桌对话 发言安排表 + 会议情况: firms listed in speaking order; meeting named in prose."""
    fl = Flow()
    fl.title("发言安排及到会情况表", 15)
    fl.para(f"{A['name']}于{cn_date(f['date'])}下午在{x['place']}举办“{f['title']}”，采用圆桌对话形式，按下表顺序轮流发言，每家限时5分钟。", indent=True)
    data = [[f"第{i}位", r["name"], (r.get("code") or r.get("addr")), "到会" , f"{rng.randint(3, 6)}′"] for i, r in enumerate(x["rows"], 1)]
    fl.table(["发言顺序", "发言单位", "统一社会信用代码 / 注册地址", "到会情况", "时长"], data, [18, 64, 60, 16, 12], rowh=8, size=8.5, hand_cols=(3,))
    fl.para("记录人：" + "孙" + "昀" + "　　审核：" + "周" + "翀", indent=False)
    fl.p.seal(fl.p.w - 50, fl.y + 4, A["name"])
    return fl.pages


def n_feedback(rng, A, f, x):
    """M4 会后反馈问卷汇总表: attendance evidenced by each firm's returned questionnaire."""
    fl = Flow(landscape=True, margin=14)
    fl.title("会后满意度反馈问卷汇总表", 14)
    fl.p.text(fl.m, fl.y, "会议名称：" + f["title"], 10); fl.p.text(fl.p.w - fl.m, fl.y, "会议时间：" + f["date"], 10, align="r"); fl.gap(5)
    data = [[str(i), r["name"], r.get("code") or "", r.get("addr") or "", rng.choice(["非常满意", "满意", "满意", "非常满意"]),
             rng.choice(["设备联网", "质量追溯", "能耗管理", "排产优化"]), "是"] for i, r in enumerate(x["rows"], 1)]
    fl.table(["问卷号", "填写单位", "统一社会信用代码", "单位地址", "总体评价", "最关注议题", "是否愿参加下期"], data,
             [14, 62, 44, 64, 22, 28, 28], rowh=7.5, size=8)
    fl.para(f"共发放问卷{len(x['rows']) + 3}份，回收{len(x['rows'])}份（主办单位工作人员不填写问卷）。", indent=False, size=9.5)
    return fl.pages


def n_layout(rng, A, f, x):
    """D1 车间布局与物流动线诊断报告: 受诊企业 in the header grid, solution headed 布局优化方案."""
    fl = Flow()
    fl.title(f["title"], 14)
    fl.table(["受诊企业", f["customer"], "现场踏勘日期", f["date"]], [["诊断机构", A["name"], "报告编号", x["rep_no"]]], [26, 70, 28, 46], rowh=9, size=9)
    fl.para("1　现状描述", indent=False)
    fl.para(f"车间面积约{rng.randint(3, 12) * 1000}平方米，布置{x['lines']}条产线，物料由叉车从原料库经主通道送至工位，成品人工码垛。")
    fl.table(["物流路线", "距离（m）", "日往返次数", "搬运量（t/日）"], [["原料库→冲压", "126", "38", "41"], ["冲压→焊装", "88", "52", "37"], ["焊装→成品库", "214", "30", "35"]], [60, 36, 36, 38], rowh=8, size=9)
    fl.para("2　问题分析", indent=False)
    fl.para("物流动线交叉迂回，成品路线回流穿越主通道；工序间在制品堆放无定置，叉车与人员混行存在安全隐患。")
    if x["solution"]:
        fl.para("3　布局优化方案", indent=False)
        fl.para("按U型单元重新布置焊装线；引入2台潜伏式AGV承担冲压至焊装配送；设立线边超市并以看板拉动补料，预计搬运距离缩短42%。")
    else:
        fl.para("3　结论", indent=False)
        fl.para("以上问题须企业内部进一步评估，具体改进内容待后续协商。")
    return fl.pages


def n_vision_poc(rng, A, f, x):
    """D2 机器视觉检测 打样测试（POC）诊断报告: sample test table; solution = 推荐检测方案."""
    fl = Flow()
    fl.title(f["title"], 14)
    fl.kv([("样品提供单位：", f["customer"]), ("测试（诊断）日期：", f["date"].replace("-", ".")), ("测试单位：", A["name"]), ("样件：", x["part"])], lw=40)
    fl.gap(2)
    fl.table(["缺陷类型", "样本数", "检出数", "误判数", "检出率"], [["划痕", "120", "118", "3", "98.3%"], ["压伤", "80", "77", "2", "96.3%"], ["漏装", "60", "60", "0", "100%"]],
             [40, 30, 30, 30, 40], rowh=8, size=9)
    fl.para("现状与问题：目前依靠人工目检，每班6人，漏检率约2.1%，检验结果无法追溯。", indent=False)
    if x["solution"]:
        fl.para("推荐检测方案：在终检工位部署2套500万像素面阵相机+条形光源，采用深度学习缺陷分类模型，与MES报工联动剔除不良品；实施周期约8周。", indent=False)
    else:
        fl.para("测试结论：样件可在实验室条件下成像，方案是否可行需现场再评估。", indent=False)
    fl.p.seal(fl.p.w - 50, fl.y + 10, A["name"], "检测专用章")
    return fl.pages


def n_photo_book(rng, A, f, x):
    """D3 现场问题图册: photo boxes with captions, each with 问题/改进措施 text; firm named only in the cover lines."""
    fl = Flow()
    fl.title(f["title"], 14)
    fl.p.text(fl.p.w / 2, fl.y, f"服务对象：{f['customer']}　　　现场诊断：{cn_date(f['date'])}", 10, align="c"); fl.gap(6)
    items = [("图1　数控车床无联网接口", "设备状态靠人工巡检记录。", "加装边缘采集模块，接入设备管理平台。"),
             ("图2　线边物料混放", "物料无定置标识，寻找时间长。", "推行定置管理和电子看板。"),
             ("图3　纸质检验记录", "检验数据无法追溯。", "部署质量管理系统，检验结果扫码录入。")]
    for cap, prob, sol in items:
        fl.need(60)
        fl.p.rect(fl.m, fl.y, 70, 45)
        fl.p.line(fl.m, fl.y, fl.m + 70, fl.y + 45); fl.p.line(fl.m + 70, fl.y, fl.m, fl.y + 45)
        fl.p.text(fl.m + 75, fl.y + 6, cap, 10)
        fl.p.text(fl.m + 75, fl.y + 14, "问题：" + prob, 9.5)
        if x["solution"]:
            fl.p.text(fl.m + 75, fl.y + 22, "改进措施：" + sol, 9.5)
        fl.y += 52
    return fl.pages


def other_visit_confirm(rng, A, f, x):
    """Noise: 诊断服务到访确认 (names a diagnosed firm but is not a report)."""
    fl = Flow()
    fl.title("上门服务到访确认", 15)
    fl.para(f"兹确认{A['name']}技术人员于{cn_date(x['d'])}到我单位开展智能制造免费诊断服务，诊断报告另行提交。", indent=True)
    fl.p.text(fl.p.w - 90, fl.y + 10, "确认单位：" + x["firm"], 10.5)
    return fl.pages


GENRES = {
    "contract_plain": contract_plain, "acceptance_plain": acceptance_plain, "payment_ebank": payment_ebank,
    "procurement_notice": procurement_notice, "subcontract_plain": subcontract_plain, "meeting_plain": meeting_plain,
    "sheet_separate": sheet_separate, "diagnosis_plain": diagnosis_plain, "standard_cover": standard_cover,
    "other_license": other_license, "other_visit_confirm": other_visit_confirm,
    "n_coop_dev": n_coop_dev, "n_abnahme": n_abnahme, "n_collection": n_collection, "n_single_source": n_single_source,
    "n_storage": n_storage, "n_oem": n_oem, "n_training": n_training,
    "n_signing_ceremony": n_signing_ceremony, "n_roadshow": n_roadshow, "n_roundtable": n_roundtable, "n_feedback": n_feedback,
    "n_layout": n_layout, "n_vision_poc": n_vision_poc, "n_photo_book": n_photo_book,
}
