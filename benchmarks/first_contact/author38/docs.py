"""Genres.  Each genre function draws one document on a Page and returns the eight truth fields,
exactly as a careful reviewer would read them off what was drawn (null where not stated)."""
from decimal import Decimal

from render import Page, RED, BLUE_INK
from util import (daxie, fmt_money, yuan_str, wan_str, d_iso, d_cn, d_cn0, d_dot, d_slash, d_hanzi,
                  d_bill, add_days)

FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")


def F(**kw):
    f = {k: None for k in FIELDS}
    for k, v in kw.items():
        f[k] = v
    return f


def _seal_name(p, name, x, y, center="", r=42, **kw):
    p.seal(x, y, name, center, r=r, **kw)


def _split(amount: Decimal, parts, rng):
    """Split an amount (multiple of 100) into `parts` positive multiples of 100."""
    units = int(amount / 100)
    cuts = sorted(rng.sample(range(1, units), parts - 1))
    vals = [b - a for a, b in zip([0] + cuts, cuts + [units])]
    return [Decimal(v * 100) for v in vals]


# =============================================================== contracts
def plain_contract(p: Page, s):
    """Ordinary prose contract, letter-spaced 甲 方 / 乙 方 labels (our own wording)."""
    rng = p.rng
    amt = s["amount"]
    p.right(f"合同编号：{s['no']}", 10)
    p.y -= 30
    p.center(s["project"] + "合同", 17, font="WQY")
    p.gap(4)
    p.line(f"甲 方：{s['cust']}", 11)
    p.line(f"地 址：{s['cust_addr']}", 10)
    p.line(f"乙 方：{s['app']}", 11)
    p.line(f"地 址：{s['app_addr']}", 10)
    p.gap(4)
    p.para(f"甲乙双方依据《中华人民共和国民法典》及相关法律法规，本着平等自愿、诚实信用的原则，就甲方委托乙方实施"
           f"“{s['project']}”事宜，经友好协商，订立本合同，以资共同遵守。")
    p.line("第一条　项目内容", 11)
    p.para(f"乙方负责{s['scope']}，包括方案设计、软硬件供货、安装调试、系统联调、人员培训及质保期内的运维服务。")
    p.line("第二条　合同价款", 11)
    p.para(f"本合同总价款为人民币{daxie(amt)}（¥{fmt_money(amt)}），该价款为含税价，包含乙方完成本合同项下全部工作的一切费用。")
    pre = (amt * Decimal("0.3")).quantize(Decimal("0.01"))
    ret = (amt * Decimal("0.05")).quantize(Decimal("0.01"))
    p.line("第三条　付款方式", 11)
    p.para(f"合同签订后15个工作日内，甲方向乙方支付合同总价的30%，即¥{fmt_money(pre)}；系统上线运行并经甲方终验合格后，"
           f"支付至合同总价的95%；剩余5%（¥{fmt_money(ret)}）作为质量保证金，质保期满无质量问题后一次性无息支付。")
    p.line("第四条　交付与验收", 11)
    p.para(f"乙方应于{d_cn(s['deliver'])}前完成全部交付。甲方在收到乙方书面验收申请后10个工作日内组织验收。")
    p.line("第五条　违约责任", 11)
    p.para("乙方逾期交付的，每逾期一日按合同总价款的千分之一向甲方支付违约金，违约金总额不超过合同总价款的百分之五；"
           "甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。")
    p.line("第六条　其他", 11)
    p.para("本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。未尽事宜，双方另行协商签订补充协议。")
    p.need(170)
    p.gap(20)
    y0 = p.y
    p.text(p.mx, y0, "甲方（盖章）：", 11)
    p.text(p.mx + 260, y0, "乙方（盖章）：", 11)
    p.text(p.mx, y0 - 30, "法定代表人或授权代表：", 10)
    p.text(p.mx + 260, y0 - 30, "法定代表人或授权代表：", 10)
    p.signature(p.mx + 120, y0 - 32)
    p.signature(p.mx + 380, y0 - 32)
    p.text(p.mx, y0 - 60, f"签订日期：{s['date_fmt'](s['date'])}", 10)
    p.text(p.mx + 260, y0 - 60, f"签订日期：{s['date_fmt'](s['date'])}", 10)
    _seal_name(p, s["cust"], p.mx + 110, y0 - 25, "合同专用章")
    _seal_name(p, s["app"], p.mx + 370, y0 - 25, "合同专用章")
    return F(contract_no=s["no"], amount_yuan=yuan_str(amt), date=d_iso(s["date"]), customer=s["cust"])


def saas_subscription(p: Page, s):
    """工业互联网平台订阅服务协议: 订阅方 / 服务商, fee table, e-signature block with a timestamp."""
    rng = p.rng
    amt = s["amount"]
    p.text(p.mx, p.y, "协议编号：" + s["no"], 9.5)
    p.right("版本：SaaS-2023-V2", 9)
    p.y -= 36
    p.center("工业互联网平台订阅服务协议", 18)
    p.grid([["订阅方", s["cust"]], ["统一社会信用代码", s["cust_uscc"]],
            ["服务商", s["app"]], ["统一社会信用代码", s["app_uscc"]]], [130, 345], size=10)
    start = s["svc_start"]
    p.para(f"订阅方拟使用服务商运营的“{s['platform']}”工业互联网平台，用于{s['scope']}。双方经协商，就平台订阅、"
           f"部署实施及运维支持事宜达成如下协议。")
    p.line("一、订阅内容及费用", 11)
    n = rng.randint(3, 4)
    mods = ["设备接入与数据采集模块", "生产执行（MES）模块", "质量管理（QMS）模块", "能源管理模块", "设备健康管理（PHM）模块",
            "仓储管理（WMS）模块"]
    rng.shuffle(mods)
    parts = _split(amt, n + 1, rng)
    rows = [["序号", "订阅项", "数量/节点", "订阅期", "费用（元）"]]
    for i in range(n):
        rows.append([str(i + 1), mods[i], f"{rng.choice([20, 50, 80, 120, 200])}节点", "36个月", fmt_money(parts[i])])
    rows.append([str(n + 1), "部署实施及定制开发服务", "1项", "—", fmt_money(parts[n])])
    rows.append([("订阅服务费合计（含税）", 4), fmt_money(amt)])
    p.grid(rows, [36, 190, 80, 70, 99], size=9.5, align={4: "r", 0: "c"})
    p.para(f"上述费用合计人民币{daxie(amt)}。服务期自{d_cn(start)}起至{d_cn(add_days(start, 365 * 3 - 1))}止。"
           f"首期款为合计金额的40%，于本协议生效后10日内支付；其余款项于系统通过订阅方验收后30日内付清。")
    p.line("二、服务水平", 11)
    p.para("平台月度可用性不低于99.5%；因服务商原因导致月度可用性低于承诺值的，按当月服务费的5%逐级抵扣。")
    p.line("三、数据与安全", 11)
    p.para("订阅方数据的所有权归订阅方所有。服务商仅在提供本协议服务所必需的范围内处理数据，并采取等保三级要求的安全措施。")
    p.need(150)
    p.gap(10)
    y0 = p.y
    ts = f"{d_iso(s['date'])} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    ts2 = f"{d_iso(s['date'])} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    for k, (lab, nm, t) in enumerate([("订阅方（电子签章）", s["cust"], ts), ("服务商（电子签章）", s["app"], ts2)]):
        x = p.mx + k * 250
        p.c.setStrokeColorRGB(0.5, 0.5, 0.5)
        p.c.rect(x, y0 - 100, 230, 110, stroke=1, fill=0)
        p.c.setStrokeColorRGB(0, 0, 0)
        p.text(x + 8, y0 - 6, lab, 10)
        p.text(x + 8, y0 - 80, f"签署时间：{t}", 8.5)
        p.text(x + 8, y0 - 93, f"证书序列号：{rng.randrange(16**12):012X}", 7.5, color=(0.4, 0.4, 0.4))
        _seal_name(p, nm, x + 150, y0 - 45, "电子签章", r=36, rot=0)
    p.y = y0 - 120
    return F(contract_no=s["no"], amount_yuan=yuan_str(amt), date=d_iso(s["date"]), customer=s["cust"])


def epc_agreement(p: Page, s):
    """合同协议书 of an EPC (工程总承包) contract: 发包人 / 承包人, 签约合同价 with its breakdown."""
    rng = p.rng
    amt = s["amount"]
    p.right("合同编号：" + s["no"], 10)
    p.y -= 40
    p.center("第一部分　合同协议书", 16, spacing=1)
    p.line(f"发包人（全称）：{s['cust']}", 11)
    p.line(f"承包人（全称）：{s['app']}", 11)
    p.para(f"根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
           f"双方就{s['project']}工程总承包及有关事项协商一致，共同达成如下协议：")
    p.line("一、工程概况", 11)
    p.para(f"1. 工程名称：{s['project']}。2. 工程地点：{s['cust_addr']}。3. 工程内容：{s['scope']}。")
    p.line("二、合同工期", 11)
    st = s["deliver"]
    p.para(f"计划开始工作日期：{d_cn(add_days(s['date'], 12))}；计划竣工日期：{d_cn(st)}。工期总日历天数："
           f"{(st - add_days(s['date'], 12)).days}天。")
    p.line("三、质量标准", 11)
    p.para("工程质量符合国家现行验收规范及发包人要求，一次验收合格。")
    p.line("四、签约合同价与合同价格形式", 11)
    parts = _split(amt, 4, rng)
    p.para(f"1. 签约合同价为：人民币（大写）{daxie(amt)}（¥{fmt_money(amt)}元）；其中：")
    p.para(f"（1）设计费：¥{fmt_money(parts[0])}元；（2）设备购置费：¥{fmt_money(parts[1])}元；"
           f"（3）安装工程费：¥{fmt_money(parts[2])}元；（4）暂列金额：¥{fmt_money(parts[3])}元。")
    p.para("2. 合同价格形式：总价合同。")
    p.line("五、合同文件构成及其他", 11)
    p.para("本协议书与专用合同条件、通用合同条件、发包人要求、价格清单等一起构成合同文件。本协议书一式陆份，均具有同等法律效力。")
    p.para(f"六、合同订立时间：{s['date_fmt'](s['date'])}。", indent=False)
    p.para("七、合同订立地点：天津市。", indent=False)
    p.need(130)
    p.gap(14)
    y0 = p.y
    rows = [["发包人：（公章）", "承包人：（公章）"], ["法定代表人或其委托代理人：（签字）", "法定代表人或其委托代理人：（签字）"],
            [f"统一社会信用代码：{s['cust_uscc']}", f"统一社会信用代码：{s['app_uscc']}"]]
    p.grid(rows, [238, 238], size=9, rowh=30)
    p.signature(p.mx + 150, y0 - 48)
    p.signature(p.mx + 390, y0 - 48)
    _seal_name(p, s["cust"], p.mx + 140, y0 - 30, "")
    _seal_name(p, s["app"], p.mx + 380, y0 - 30, "")
    return F(contract_no=s["no"], amount_yuan=yuan_str(amt), date=d_iso(s["date"]), customer=s["cust"])


def cms_print(p: Page, s):
    """A customer group's 合同管理信息系统 print: 我方签约主体 / 对方单位, tax split, print timestamp."""
    rng = p.rng
    amt = s["amount"]
    tax = (amt / Decimal("1.13") * Decimal("0.13")).quantize(Decimal("0.01"))
    p.text(p.mx, p.y, s["group"] + "合同管理信息系统", 9, color=(0.3, 0.3, 0.3))
    pt = add_days(s["date"], rng.randint(40, 200))
    p.right(f"打印时间：{d_iso(pt)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", 8.5)
    p.y -= 30
    p.center("合同审批及文本打印单", 16)
    # a fake barcode
    x = p.W - p.mx - 150
    for i in range(60):
        if rng.random() < 0.55:
            p.c.rect(x + i * 2.4, p.y + 4, rng.choice([0.8, 1.4, 2.0]), 22, stroke=0, fill=1)
    p.y -= 8
    rows = [["合同编号", s["no"], "合同类型", "采购类—技术服务"],
            ["合同名称", (s["project"] + "合同", 3)],
            ["我方签约主体", (s["cust"], 3)],
            ["对方单位", (s["app"], 3)],
            ["对方统一社会信用代码", (s["app_uscc"], 3)],
            ["合同金额（含税）", ("¥" + fmt_money(amt) + "　" + daxie(amt), 3)],
            ["不含税金额", "¥" + fmt_money(amt - tax), "税额（13%）", "¥" + fmt_money(tax)],
            ["签订日期", s["date_fmt"](s["date"]), "履行期限", f"{d_dot(s['date'])}—{d_dot(s['deliver'])}"],
            ["采购方式", s["proc_method"], "经办部门", "智能制造部"],
            ["收付方向", "付款", "币种", "人民币"]]
    p.grid(rows, [105, 140, 90, 140], size=9.5, rowh=24)
    p.line("审批记录", 11)
    people = ["王", "李", "赵", "刘", "陈", "杨", "孙"]
    arows = [["环节", "审批人", "意见", "时间"]]
    t = add_days(s["date"], -rng.randint(6, 15))
    for step in ["经办人提交", "部门负责人", "法务审核", "财务审核", "分管领导"]:
        t = add_days(t, rng.randint(0, 2))
        arows.append([step, rng.choice(people) + rng.choice("伟敏静磊洋勇杰娜强军"), "同意", d_iso(t) + f" {rng.randint(8,18):02d}:{rng.randint(0,59):02d}"])
    p.grid(arows, [110, 90, 110, 165], size=9)
    p.para("说明：本打印单与双方签署的合同正本内容一致，合同正本由我方合同管理部门归档保存。", size=9, indent=False)
    _seal_name(p, s["cust"], p.W - 170, p.y + 40, "合同专用章")
    return F(contract_no=s["no"], amount_yuan=yuan_str(amt), date=d_iso(s["date"]), customer=s["cust"])


# =============================================================== acceptance
def accept_report(p: Page, s):
    """Ordinary prose acceptance report (our wording), the customer as 建设单位."""
    p.y -= 20
    p.center("项目验收报告", 18, spacing=2)
    p.line(f"项目名称：{s['project']}", 10.5)
    if s.get("show_no", True):
        p.line(f"合同编号：{s['no']}", 10.5)
    p.line(f"建设单位：{s['cust']}", 10.5)
    p.line(f"实施单位：{s['app']}", 10.5)
    amt_printed = None
    if s.get("show_amount", True):
        p.line(f"合同金额：¥{fmt_money(s['amount'])}元", 10.5)
        amt_printed = yuan_str(s["amount"])
    p.line(f"开工日期：{d_cn(s['start'])}", 10.5)
    p.line(f"验收日期：{s['date_fmt'](s['adate'])}", 10.5)
    p.gap(6)
    p.line("一、项目实施情况", 11)
    p.para(f"{s['app']}按合同要求完成了{s['scope']}的建设工作，系统已连续稳定运行，相关技术文档、培训记录齐全。")
    p.line("二、验收意见", 11)
    if s["result"] == "passed":
        p.para("经验收小组现场检查、功能测试及资料审查，项目各项功能和性能指标满足合同及技术协议要求。验收结论：合格，同意通过验收。")
    else:
        p.para("经验收小组现场检查，项目数据采集完整率、系统响应时间等指标未达到技术协议要求。验收结论：不合格，不同意通过验收，请实施单位整改后另行申请。")
    p.need(120)
    p.gap(20)
    y0 = p.y
    p.text(p.mx, y0, "验收小组成员（签字）：", 10.5)
    for k in range(3):
        p.signature(p.mx + 130 + k * 70, y0 - 4, 50)
    p.text(p.W - 250, y0 - 50, "建设单位（盖章）：", 10.5)
    p.text(p.W - 250, y0 - 75, s["date_fmt"](s["adate"]), 10.5)
    _seal_name(p, s["cust"], p.W - 140, y0 - 55, "")
    return F(contract_no=s["no"] if s.get("show_no", True) else None, amount_yuan=amt_printed,
             date=d_iso(s["adate"]), customer=s["cust"], result=s["result"])


def accept_letter(p: Page, s):
    """验收合格通知函: the customer's red-header letter to the applicant; the acceptance date is in prose,
    the letter's own date comes later."""
    rng = p.rng
    p.y -= 10
    p.center(s["cust"], 19, color=RED, font="ZEN")
    p.c.setStrokeColorRGB(*RED)
    p.c.setLineWidth(2)
    p.c.line(p.mx, p.y + 16, p.W - p.mx, p.y + 16)
    p.c.setStrokeColorRGB(0, 0, 0)
    p.right(f"{s['cust_short']}函〔2023〕{rng.randint(11, 98)}号", 10, y=p.y + 2)
    p.y -= 30
    ok = s["result"] == "passed"
    p.center(f"关于{s['project']}验收{'合格' if ok else '结果'}的通知函", 14)
    p.line(f"{s['app']}：", 11)
    no_part = f"（合同编号：{s['no']}）" if s.get("show_no", True) else ""
    p.para(f"贵公司承建的我公司{s['project']}{no_part}，已按合同约定完成全部建设内容。我公司于{s['date_fmt'](s['adate'])}"
           f"组织生产、设备、信息化等部门及外部专家对该项目进行了终验。", size=11)
    if ok:
        p.para("经现场核查、系统测试和资料审查，验收组认为：该项目各项功能及技术指标均达到合同及技术协议要求，"
               "系统运行稳定，文档资料齐全，同意通过终验，验收合格。项目质保期自验收合格之日起计算。", size=11)
    else:
        p.para("经现场核查及系统测试，验收组认为：该项目设备联网率及数据准确率未达到技术协议要求，本次验收不予通过。"
               "请贵公司于三十日内完成整改后重新提出验收申请。", size=11)
    p.para("特此函告。", size=11)
    p.gap(40)
    ld = add_days(s["adate"], rng.randint(3, 12))
    p.right(s["cust"], 11)
    p.y -= 22
    p.right(d_cn(ld), 11)
    _seal_name(p, s["cust"], p.W - p.mx - 70, p.y + 14, "")
    p.y -= 60
    p.line(f"抄送：{s['cust_short']}财务部、审计部", 9.5)
    return F(contract_no=s["no"] if s.get("show_no", True) else None, date=d_iso(s["adate"]),
             customer=s["cust"], result=s["result"])


def accept_minutes(p: Page, s):
    """验收会会议纪要: the customer convened an acceptance meeting; result in 会议议定; amount in 万元 prose."""
    rng = p.rng
    p.y -= 10
    p.center(f"{s['project']}", 14)
    p.center("验收会会议纪要", 17, spacing=1)
    t = f"{rng.choice([9, 10, 14])}:{rng.choice(['00', '30'])}"
    p.line(f"会议时间：{d_cn0(s['adate'])} {t}", 10.5)
    p.line(f"会议地点：{s['cust_short']}行政楼{rng.randint(2, 5)}楼会议室", 10.5)
    p.line(f"主 持 人：{rng.choice(['张', '周', '吴', '郑'])}{rng.choice('建国海峰志强立新')}（{s['cust_short']}副总经理）", 10.5)
    p.line(f"参会单位：{s['cust']}（建设单位）、{s['app']}（实施单位）及特邀专家", 10.5)
    p.gap(6)
    amt_printed = None
    amt_txt = ""
    if s.get("show_amount", True):
        amt_txt = f"项目合同金额{wan_str(s['amount'])}万元，"
        amt_printed = yuan_str(s["amount"])
    p.para(f"{d_cn(s['adate'])}，{s['cust']}组织召开{s['project']}验收会。{amt_txt}建设内容包括{s['scope']}。"
           f"会议听取了{s['app']}关于项目建设及试运行情况的汇报，验收组查看了现场，查阅了技术文档及试运行记录，经质询和讨论，会议议定如下：")
    if s["result"] == "passed":
        items = ["项目完成了合同约定的全部建设内容，主要技术指标达到合同要求，试运行期间系统运行稳定。",
                 "验收组一致同意该项目通过验收。",
                 "实施单位应于两周内完成操作手册的修订并移交全部源代码及文档。"]
    else:
        items = ["项目部分建设内容尚未完成，关键工序数据采集尚不稳定。",
                 "验收组意见：本次验收不予通过，待整改完成后重新组织验收。",
                 "实施单位应于一个月内提交整改报告。"]
    for i, it in enumerate(items):
        p.para(f"{'一二三'[i]}、{it}")
    p.gap(6)
    p.line("参会人员：", 10.5)
    rows = [["姓名", "单位", "职务/职称", "签字"]]
    for k in range(5):
        unit = s["cust_short"] if k < 3 else (s["app_short"] if k == 3 else "天津市智能制造专家库")
        rows.append([rng.choice("王李张刘陈杨赵黄") + rng.choice(["志刚", "红梅", "晓东", "海燕", "国庆", "立伟", "昀橦", "赟"]),
                     unit, rng.choice(["高级工程师", "部长", "副部长", "项目经理", "教授级高工"]), ""])
    yb = p.y
    p.grid(rows, [70, 200, 110, 95], size=9.5)
    for k in range(5):
        p.signature(p.mx + 390, yb - 22 * (k + 1) - 16, 40)
    p.gap(10)
    pd = add_days(s["adate"], rng.randint(1, 6))
    p.right(f"{s['cust_short']}办公室　{d_cn(pd)}印发", 10)
    _seal_name(p, s["cust"], p.W - p.mx - 70, p.y + 10, "")
    return F(amount_yuan=amt_printed, date=d_iso(s["adate"]), customer=s["cust"], result=s["result"])


def accept_controlled_form(p: Page, s):
    """A customer's controlled QR form 项目交付验收单: form code/revision header, checklist, ■/□ or a hand tick."""
    rng = p.rng
    hand = s.get("hand_tick", False)
    p.grid([[s["cust_short"], "项目交付验收单", f"文件编号：QR-{rng.choice(['SB', 'IT', 'GC'])}-{rng.randint(10, 60):03d}\n版本/修订：B/{rng.randint(0, 3)}\n第1页 共1页"]],
           [140, 200, 135], size=10, rowh=48)
    rows = [["项目名称", (s["project"], 3)],
            ["合同编号", s["no"], "使用部门", rng.choice(["制造一部", "总装车间", "信息中心", "设备动力部"])],
            ["使用单位", (s["cust"], 3)],
            ["供应商", (s["app"], 3)],
            ["到货/交付日期", d_dot(add_days(s["adate"], -rng.randint(20, 60))), "验收日期", s["date_fmt"](s["adate"])]]
    p.grid(rows, [95, 150, 80, 150], size=9.5, rowh=24)
    chk = [["序号", "验收项目", "要求", "检查结果"]]
    items = [("硬件数量及外观", "与装箱清单一致，无损伤"), ("系统功能", "满足技术协议全部功能项"), ("数据采集", "采集点位完整率≥99%"),
             ("接口联调", "与ERP/WMS接口数据一致"), ("培训及文档", "操作、维护手册齐全")]
    ok = s["result"] == "passed"
    for i, (a, b) in enumerate(items):
        chk.append([str(i + 1), a, b, "符合" if ok or i < 2 else "不符合"])
    p.grid(chk, [40, 140, 195, 100], size=9.5, align={0: "c", 3: "c"})
    y0 = p.y
    if hand:
        p.text(p.mx, y0 - 12, "验收结论：　□通过　　□有条件通过　　□不通过", 11)
        xs = {"passed": p.mx + 62, "failed": p.mx + 236}
        p.tick(xs[s["result"]], y0 - 14)
    else:
        box = {"passed": "■通过　　□有条件通过　　□不通过", "failed": "□通过　　□有条件通过　　■不通过"}[s["result"]]
        p.text(p.mx, y0 - 12, "验收结论：　" + box, 11)
    p.y = y0 - 40
    p.grid([["使用部门", "设备/IT部门", "质量部门", "供应商代表"], ["", "", "", ""]], [119, 119, 119, 118], size=9.5, rowh=40)
    for k in range(4):
        p.signature(p.mx + 20 + k * 119, p.y + 20, 50)
    _seal_name(p, s["cust"], p.mx + 200, p.y + 30, "")
    p.text(p.mx, p.y - 8, "注：本单一式三份，使用部门、财务部、供应商各执一份。", 8.5, color=(0.3, 0.3, 0.3))
    return F(contract_no=s["no"], date=d_iso(s["adate"]), customer=s["cust"], result=s["result"])


# =============================================================== payments
def _digits_cells(p, x, y, amt, cw=14, labels="亿千百十万千百十元角分"):
    cents = int((amt * 100).to_integral_value())
    digs = str(cents)
    n = len(labels)
    cells = [""] * n
    s = "¥" + digs
    for i, ch in enumerate(reversed(s)):
        if n - 1 - i >= 0:
            cells[n - 1 - i] = ch
    for i, lab in enumerate(labels):
        p.c.rect(x + i * cw, y - 28, cw, 28, stroke=1, fill=0)
        p.text(x + i * cw + 3, y - 11, lab, 7.5)
        if cells[i]:
            p.text(x + i * cw + 3.5, y - 25, cells[i], 10)


def ebank_receipt(p: Page, s):
    """Ordinary online-banking 电子回单 (our layout)."""
    rng = p.rng
    amt = s["amount"]
    p.y -= 10
    p.center(f"{s['bank']}　网上银行电子回单", 15)
    p.text(p.mx, p.y + 6, f"电子回单号码：{rng.randrange(10**15, 10**16)}", 9)
    p.right(f"打印日期：{d_iso(add_days(s['date'], rng.randint(0, 90)))}", 9, y=p.y + 6)
    p.y -= 6
    purpose = s["purpose"]
    rows = [[("付款人", 1), "户名", s["payer"], ("收款人", 1), "户名", s["payee"]],
            ["", "账号", s["payer_acct"], "", "账号", s["payee_acct"]],
            ["", "开户行", s["payer_bank"], "", "开户行", s["payee_bank"]],
            [("金额", 1), (f"人民币（大写）{daxie(amt)}　　（小写）¥{fmt_money(amt)}", 5)],
            [("摘要", 1), (purpose, 5)],
            [("交易时间", 1), (f"{d_iso(s['date'])} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", 2),
             ("手续费", 1), (f"¥{rng.choice(['5.50', '10.00', '15.00', '0.00'])}", 2)],
            [("交易流水号", 1), (f"{rng.randrange(10**19, 10**20)}", 5)]]
    p.grid(rows, [48, 42, 148, 48, 42, 147], size=9, rowh=24)
    p.text(p.mx, p.y - 6, "本回单仅供参考，重复打印无效，请勿重复记账。", 8.5, color=(0.4, 0.4, 0.4))
    _seal_name(p, s["bank_branch"], p.W - p.mx - 70, p.y + 20, "电子回单专用章", r=38, rot=0)
    return F(contract_no=s["no"] if s.get("cite_no") else None, amount_yuan=yuan_str(amt), date=d_iso(s["date"]),
             payer=s["payer"], payee=s["payee"])


def wire_voucher(p: Page, s):
    """电汇凭证（回单） filled by hand: 汇款人 / 收款人 side by side, 委托日期, digit cells, 转讫 oval stamp."""
    rng = p.rng
    amt = s["amount"]
    hand = s.get("handwritten", True)
    put = (lambda x, y, t, sz=10.5: p.hand(x, y, t, sz)) if hand else (lambda x, y, t, sz=10: p.text(x, y, t, sz))
    p.y -= 10
    p.center(f"{s['bank']}　电汇凭证（回 单）", 15)
    p.text(p.W - p.mx - 20, p.y + 30, "1", 14)
    p.text(p.mx, p.y + 8, "□普通　■加急", 9.5)
    d = s["date"]
    p.text(p.mx + 170, p.y + 8, "委托日期", 9.5)
    put(p.mx + 220, p.y + 8, f"{d.year}")
    p.text(p.mx + 252, p.y + 8, "年", 9.5)
    put(p.mx + 268, p.y + 8, f"{d.month:02d}")
    p.text(p.mx + 286, p.y + 8, "月", 9.5)
    put(p.mx + 302, p.y + 8, f"{d.day:02d}")
    p.text(p.mx + 320, p.y + 8, "日", 9.5)
    x0, y0 = p.mx, p.y
    c = p.c
    c.setLineWidth(0.8)
    rh = 24
    # two column blocks
    for blk, (lab, nm, ac, place) in enumerate([("汇款人", s["payer"], s["payer_acct"], "天津"),
                                                 ("收款人", s["payee"], s["payee_acct"], s["payee_city"])]):
        bx = x0 + blk * 238
        c.rect(bx, y0 - 3 * rh, 20, 3 * rh)
        for i, ch in enumerate(lab):
            p.text(bx + 5, y0 - 18 - i * 22, ch, 10)
        for r, l2 in enumerate(["全　称", "账　号", "汇出地点" if blk == 0 else "汇入地点"]):
            c.rect(bx + 20, y0 - (r + 1) * rh, 50, rh)
            c.rect(bx + 70, y0 - (r + 1) * rh, 168, rh)
            p.text(bx + 24, y0 - (r + 1) * rh + 8, l2, 8.5)
        put(bx + 73, y0 - rh + 7, nm, 9 if len(nm) > 14 else 10)
        put(bx + 73, y0 - 2 * rh + 7, ac, 9.5)
        put(bx + 80, y0 - 3 * rh + 7, place, 10)
        p.text(bx + 120, y0 - 3 * rh + 7, "省　　　市/县", 8.5)
    y1 = y0 - 3 * rh
    c.rect(x0, y1 - rh, 70, rh); p.text(x0 + 4, y1 - rh + 8, "汇出行名称", 8.5)
    c.rect(x0 + 70, y1 - rh, 168, rh); put(x0 + 74, y1 - rh + 7, s["payer_bank"], 9)
    c.rect(x0 + 238, y1 - rh, 70, rh); p.text(x0 + 242, y1 - rh + 8, "汇入行名称", 8.5)
    c.rect(x0 + 308, y1 - rh, 168, rh); put(x0 + 312, y1 - rh + 7, s["payee_bank"], 9)
    y2 = y1 - rh
    c.rect(x0, y2 - 30, 70, 30); p.text(x0 + 4, y2 - 12, "金　额", 9); p.text(x0 + 4, y2 - 25, "人民币（大写）", 7.5)
    c.rect(x0 + 70, y2 - 30, 252, 30)
    dx = daxie(amt)
    put(x0 + 74, y2 - 20, dx, 10 if len(dx) < 16 else 8.5)
    _digits_cells(p, x0 + 322, y2 - 2, amt, cw=14)
    y3 = y2 - 30
    c.rect(x0, y3 - 70, 238, 70)
    c.rect(x0 + 238, y3 - 70, 238, 70)
    p.text(x0 + 4, y3 - 14, "支付密码", 9)
    p.text(x0 + 4, y3 - 36, "附加信息及用途：", 9)
    put(x0 + 8, y3 - 56, s["purpose"], 9)
    p.text(x0 + 242, y3 - 14, "汇出行签章", 9)
    p.y = y3 - 84
    p.text(p.mx, p.y, "此联汇出行给汇款人的回单", 9)
    p.text(p.mx + 300, p.y, "复核　　　　记账", 9)
    p.seal(x0 + 360, y3 - 38, s["bank_branch"], d_dot(d), r=30, oval=True, rot=rng.uniform(-10, 10))
    p.rect_stamp(x0 + 420, y3 - 20, ["转　讫"], w=50, h=20)
    return F(contract_no=s["no"] if s.get("cite_no") else None, amount_yuan=yuan_str(amt), date=d_iso(d),
             payer=s["payer"], payee=s["payee"])


def bank_statement(p: Page, s):
    """单位客户对账单 (monthly statement of the applicant's account): the evidencing row highlighted,
    other credits and debits around it; balances are distractors."""
    rng = p.rng
    amt = s["amount"]
    d = s["date"]
    p.center(f"{s['app_bank']}单位客户对账单", 15)
    import calendar
    last = calendar.monthrange(d.year, d.month)[1]
    p.line(f"户名：{s['payee']}", 10)
    p.line(f"账号：{s['payee_acct']}　　币种：人民币　　开户行：{s['payee_bank']}", 9.5)
    p.line(f"对账期间：{d.year}-{d.month:02d}-01 至 {d.year}-{d.month:02d}-{last:02d}", 9.5)
    bal = Decimal(rng.randint(800000, 4000000)) + Decimal(rng.randint(0, 99)) / 100
    others = ["天津市沣禾精密机械有限公司", "天津滨港供电服务有限公司", "国家税务总局天津市滨海新区税务局", "天津津讯通信服务有限公司",
              "天津瑞焊新材料集团股份有限公司", "代发工资", "天津泰和园物业管理有限公司", "北京精研数控科技集团有限公司"]
    rows = [["交易日期", "摘要", "对方户名", "借方发生额", "贷方发生额", "余额"]]
    days = sorted(rng.sample(range(1, last + 1), 8))
    target = rng.randrange(2, 7)
    days[target] = d.day
    days = sorted(days)
    target = days.index(d.day)
    hi = None
    for i, dd in enumerate(days):
        if i == target:
            bal += amt
            rows.append([f"{d.year}{d.month:02d}{dd:02d}", s["purpose"], s["payer"], "", fmt_money(amt), fmt_money(bal)])
            hi = len(rows) - 1
        else:
            o = others[(i * 3 + d.month) % len(others)]
            v = Decimal(rng.randint(3000, 600000)) + Decimal(rng.choice([0, 0, 50, 35])) / 100
            if rng.random() < 0.35 and "税务" not in o and "代发" not in o:
                bal += v
                rows.append([f"{d.year}{d.month:02d}{dd:02d}", "货款", o, "", fmt_money(v), fmt_money(bal)])
            else:
                bal -= v
                rows.append([f"{d.year}{d.month:02d}{dd:02d}", rng.choice(["转账支出", "税费", "电费", "工资"]), o, fmt_money(v), "",
                             fmt_money(bal)])
    ystart = p.y
    colw = [62, 62, 150, 67, 67, 67]
    p.grid(rows, colw, size=8.5, rowh=22, align={3: "r", 4: "r", 5: "r"})
    # highlight the row (row heights may grow with wrapping; recompute by drawing a marker box near it)
    hy, hh = p.row_boxes[hi]
    p.highlight(p.mx, hy - hh, sum(colw), hh)
    p.c.setStrokeColorRGB(0.85, 0.1, 0.1)
    p.c.setLineWidth(1.2)
    x_cr = p.mx + sum(colw[:4])
    p.c.ellipse(x_cr - 6, hy - hh - 4, x_cr + colw[4] + 6, hy + 4, stroke=1, fill=0)
    p.y -= 6
    p.c.setStrokeColorRGB(0, 0, 0)
    p.line(f"本期借方笔数：{sum(1 for r in rows[1:] if r[3])}　本期贷方笔数：{sum(1 for r in rows[1:] if r[4])}　期末余额：{fmt_money(bal)}", 9)
    p.line("说明：请核对上列账项，如有不符请于十五日内与我行联系。", 8.5)
    _seal_name(p, s["app_branch"], p.W - p.mx - 80, p.y - 20, "业务专用章", r=38, rot=0)
    return F(amount_yuan=yuan_str(amt), date=d_iso(d), payer=s["payer"], payee=s["payee"],
             contract_no=s["no"] if s.get("cite_no") else None)


def remit_application(p: Page, s):
    """境内汇款申请书 (客户回单联): filled by the payer, bank 业务受理章 with date; a fee line as distractor."""
    rng = p.rng
    amt = s["amount"]
    d = s["date"]
    p.text(p.mx, p.y, s["bank"], 13)
    p.right("第二联　客户回单", 9.5)
    p.y -= 28
    p.center("境内汇款申请书", 17, spacing=3)
    p.text(p.mx, p.y + 8, f"申请日期：{d_cn0(d)}", 10)
    p.right(f"编号：{rng.randrange(10**9, 10**10)}", 9, y=p.y + 8)
    p.y -= 4
    rows = [["汇款方式", ("■电汇　□信汇　□同城转账", 3)],
            ["汇款人名称", (s["payer"], 3)], ["汇款人账号", s["payer_acct"], "开户网点", s["payer_bank"]],
            ["收款人名称", (s["payee"], 3)], ["收款人账号", s["payee_acct"], "收款行名称", s["payee_bank"]],
            ["汇款金额（大写）", ("人民币" + daxie(amt), 3)],
            ["汇款金额（小写）", "¥" + fmt_money(amt), "手续费", "¥" + rng.choice(["15.00", "25.00", "0.50", "10.50"])],
            ["汇款用途", (s["purpose"], 3)],
            ["申请人签章", ("", 3)]]
    p.grid(rows, [95, 150, 75, 155], size=9.5, rowh=26)
    p.signature(p.mx + 150, p.y + 12, 50)
    _seal_name(p, s["payer"], p.mx + 230, p.y + 22, "财务专用章", r=30)
    p.gap(6)
    p.para("客户须知：本申请书所填内容经银行受理后视为客户汇款指令。受理章仅表示银行已收到申请，款项以实际到账为准。", 8.5, indent=False)
    p.rect_stamp(p.W - p.mx - 90, p.y - 20, [s["bank_branch"], d_dot(d), "业务受理章"], w=150, h=52)
    return F(amount_yuan=yuan_str(amt), date=d_iso(d), payer=s["payer"], payee=s["payee"],
             contract_no=s["no"] if s.get("cite_no") else None)


def bank_acceptance_bill(p: Page, s):
    """Copy of a paper 银行承兑汇票 (landscape-like block): 出票日期 in 大写, 汇票到期日 as a distractor,
    交易合同号码 citing the contract, 与原件一致 stamp."""
    rng = p.rng
    amt = s["amount"]
    d = s["date"]
    due = add_days(d, 180)
    p.y -= 30
    p.center("银 行 承 兑 汇 票", 18, spacing=2)
    p.text(p.W - p.mx - 30, p.y + 40, "2", 16)
    p.text(p.mx + 20, p.y + 8, f"出票日期（大写）{d_bill(d)}", 10.5)
    p.right(f"汇票号码 {rng.randrange(10**7, 10**8)}{rng.randrange(10**7, 10**8)}", 8.5, y=p.y + 8)
    p.y -= 4
    rows = [[("出票人", 1), "全称", s["payer"], ("收款人", 1), "全称", s["payee"]],
            ["", "账号", s["payer_acct"], "", "账号", s["payee_acct"]],
            ["", "付款行全称", s["payer_bank"], "", "开户银行", s["payee_bank"]]]
    p.grid(rows, [38, 58, 142, 38, 58, 142], size=9, rowh=26)
    y = p.y + 6
    c = p.c
    c.rect(p.mx, y - 32, 96, 32); p.text(p.mx + 4, y - 13, "出票金额", 9.5)
    p.text(p.mx + 4, y - 26, "人民币（大写）", 8)
    c.rect(p.mx + 96, y - 32, 226, 32)
    p.text(p.mx + 100, y - 20, daxie(amt), 10 if len(daxie(amt)) < 16 else 8.5)
    _digits_cells(p, p.mx + 322, y - 2, amt, cw=14)
    p.y = y - 32
    rows2 = [["汇票到期日（大写）", d_bill(due), "付款行　行号", f"{rng.randrange(10**11, 10**12)}"],
             ["承兑协议编号", f"CD{d.year}{rng.randrange(10**5, 10**6)}", "付款行　地址", "天津市" + rng.choice(["和平区", "河西区", "南开区"])],
             ["交易合同号码", s["no"], "密押", ""]]
    p.grid(rows2, [96, 142, 96, 142], size=9, rowh=24)
    p.grid([["本汇票请你行承兑，到期无条件付款。\n\n出票人签章", "本汇票已经承兑，到期日由本行付款。\n承兑行签章\n承兑日期　" + d_bill(d), "复核　　　记账"]],
           [170, 200, 106], size=9, rowh=78)
    _seal_name(p, s["payer"], p.mx + 100, p.y + 40, "财务专用章", r=30)
    _seal_name(p, s["payer_bank"], p.mx + 300, p.y + 40, "汇票专用章", r=32)
    p.gap(20)
    p.rect_stamp(p.W / 2, p.y - 30, ["复印件与原件一致", s["payee"]], w=230, h=40, color=RED)
    return F(contract_no=s["no"], amount_yuan=yuan_str(amt), date=d_iso(d), payer=s["payer"], payee=s["payee"])


# =============================================================== procurement
def bid_notice(p: Page, s):
    """Ordinary 中标通知书 (our wording), issued by the 招标人 with its agent."""
    rng = p.rng
    amt = s["amount"]
    p.y -= 20
    p.center("中 标 通 知 书", 20, spacing=2)
    p.right(f"招标编号：{s['pno']}", 10)
    p.y -= 20
    p.line(f"{s['app']}：", 11)
    p.para(f"我方已接受你方于{d_cn(add_days(s['date'], -rng.randint(8, 20)))}递交的{s['project']}投标文件，确定你方为中标人。", 11)
    p.para(f"中标价：人民币{daxie(amt)}（¥{fmt_money(amt)}）。", 11)
    p.para(f"工期：{rng.choice([90, 120, 150, 180])}日历天。质量要求：合格。", 11)
    p.para("请你方在收到本通知书后的30日内，到招标人处与招标人签订合同。随附的澄清、说明、补正事项纪要是本中标通知书的组成部分。", 11)
    p.gap(30)
    p.right(f"招标人：{s['cust']}（盖章）", 11)
    p.y -= 24
    p.right(f"招标代理机构：{s['agent']}（盖章）", 11)
    p.y -= 24
    p.right(s["date_fmt"](s["date"]), 11)
    _seal_name(p, s["cust"], p.W - p.mx - 120, p.y + 50, "")
    _seal_name(p, s["agent"], p.W - p.mx - 40, p.y + 25, "", r=36)
    return F(amount_yuan=yuan_str(amt), date=d_iso(s["date"]), customer=s["cust"])


def rfq_result(p: Page, s):
    """询比价结果通知书 from the customer's 采购管理部 (询比采购): the 成交金额 in one sentence."""
    rng = p.rng
    amt = s["amount"]
    p.y -= 6
    p.center(s["cust"], 15)
    p.c.setLineWidth(1)
    p.c.line(p.mx, p.y + 18, p.W - p.mx, p.y + 18)
    p.y -= 16
    p.center("询比价结果通知书", 17)
    p.right(f"编号：XBJ-{s['date'].year}-{rng.randint(10, 300):04d}", 9.5)
    p.y -= 20
    p.line(f"{s['app']}：", 11)
    rfq_d = add_days(s["date"], -rng.randint(5, 15))
    if s.get("wan", False):
        amt_txt = f"成交价格为{wan_str(amt)}万元（含税）"
    else:
        amt_txt = f"成交金额为人民币{daxie(amt)}（¥{fmt_money(amt)}，含税）"
    p.para(f"我公司于{d_cn(rfq_d)}就“{s['project']}”组织询比采购（采购编号：{s['pno']}），共有{rng.choice(['三', '四', '五'])}家供应商参与报价。"
           f"经询比价小组评审，确定贵公司为成交供应商，{amt_txt}。", 11)
    p.para(f"请贵公司于本通知发出之日起15日内，携带授权委托书与我公司签订合同，逾期视为放弃成交资格。", 11)
    p.para("联系人：采购管理部　孙工　022-2" + str(rng.randrange(1000000, 9999999)), 10.5)
    p.gap(40)
    p.right(f"{s['cust']}采购管理部", 11)
    p.y -= 22
    p.right(s["date_fmt"](s["date"]), 11)
    _seal_name(p, s["cust"], p.W - p.mx - 80, p.y + 18, "")
    return F(amount_yuan=yuan_str(amt), date=d_iso(s["date"]), customer=s["cust"])


def bixuan_confirm(p: Page, s):
    """比选结果确认函: ranking table with other applicants' prices (distractors), the 中选金额 for us."""
    rng = p.rng
    amt = s["amount"]
    p.y -= 20
    p.center("比选结果确认函", 18)
    p.line(f"{s['app']}：", 11)
    od = add_days(s["date"], -rng.randint(3, 10))
    p.para(f"{s['cust']}“{s['project']}”比选（比选编号：{s['pno']}）已于{d_cn(od)}开启。经比选评审委员会评审，比选结果如下：", 11)
    comp = ["天津华瑞自动化系统有限公司", "北京中科恒达信息技术有限公司", "河北瀚宇智能装备有限公司", "天津众诚工控技术有限公司"]
    rng.shuffle(comp)
    p1 = (amt * Decimal(rng.uniform(1.03, 1.12))).quantize(Decimal("100"))
    p2 = (amt * Decimal(rng.uniform(1.05, 1.2))).quantize(Decimal("100"))
    rows = [["排名", "比选申请人", "报价（元）", "综合得分", "是否中选"],
            ["1", s["app"], fmt_money(amt), f"{rng.uniform(90, 95):.2f}", "是"],
            ["2", comp[0], fmt_money(p1), f"{rng.uniform(84, 89):.2f}", "否"],
            ["3", comp[1], fmt_money(p2), f"{rng.uniform(78, 84):.2f}", "否"]]
    p.grid(rows, [36, 200, 90, 70, 79], size=9.5, align={0: "c", 2: "r", 3: "c", 4: "c"})
    p.para(f"现确认贵单位为本项目中选人，中选金额为¥{fmt_money(amt)}元。请于收到本函后7日内回复确认，并在20日内签订合同。", 11)
    p.gap(40)
    p.right(f"比选人：{s['cust']}", 11)
    p.y -= 22
    p.right(s["date_fmt"](s["date"]), 11)
    _seal_name(p, s["cust"], p.W - p.mx - 80, p.y + 18, "")
    p.y -= 60
    p.line("回执：我单位已收到本函，确认以上比选结果。", 10)
    p.line("比选申请人（盖章）：　　　　　　　　日期：", 10)
    return F(amount_yuan=yuan_str(amt), date=d_iso(s["date"]), customer=s["cust"])


# =============================================================== standards
def jbt_draft(p: Page, s):
    """JB/T 机械行业标准 征求意见稿: ICS / CCS codes, 发布 line, then a 前言 page naming the drafters."""
    rng = p.rng
    p.text(p.mx, p.y, f"ICS {rng.choice(['25.040.40', '25.040.01', '35.240.50'])}", 10)
    p.y -= 16
    p.text(p.mx, p.y, f"CCS {rng.choice(['J 07', 'J 50', 'L 67'])}", 10)
    p.y -= 50
    p.center("中华人民共和国机械行业标准", 22, font="ZEN", spacing=1)
    p.right(f"JB/T ×××××—202×", 13)
    p.y -= 10
    p.hline(p.mx, p.W - p.mx, p.y, 1.5)
    p.y -= 90
    for ln in p.wrap(s["title"], 22, p.W - 2 * p.mx - 40):
        p.center(ln, 22, font="ZEN")
    p.y -= 6
    p.center(s["en"], 11)
    p.y -= 40
    p.center("（征求意见稿）", 14)
    p.y -= 20
    p.center(f"（本稿完成日期：{d_cn(s['date'])}）", 10)
    p.y = 130
    p.hline(p.mx, p.W - p.mx, p.y + 26, 1.0)
    p.text(p.mx, p.y, "202×-××-××发布", 12)
    p.right("202×-××-××实施", 12, y=p.y)
    p.y -= 40
    p.center("中华人民共和国工业和信息化部　发布", 14)
    p.newpage()
    p.center("前　　言", 15)
    p.para("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    p.para("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    p.para("本文件由中国机械工业联合会提出。")
    p.para(f"本文件由全国{s['tc']}标准化技术委员会归口。")
    p.para(f"本文件起草单位：{s['app']}、{'、'.join(s['co'])}。")
    p.para(f"本文件主要起草人：{'、'.join(s['people'])}。")
    p.gap(20)
    p.center(s["title"], 14)
    p.line("1　范围", 11)
    p.para(f"本文件规定了{s['scope']}的总体要求、功能要求、接口要求和测试方法。本文件适用于离散制造企业相关系统的设计、实施与验收。")
    p.line("2　规范性引用文件", 11)
    p.para("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。GB/T 20720.1 企业控制系统集成；GB/T 33008.1 工业自动化和控制系统网络安全。")
    return F(title=s["title"])


def tstd_draft(p: Page, s):
    """An association's 团体标准 送审稿 (ordinary)."""
    p.text(p.mx, p.y, "ICS 35.240.50", 10)
    p.y -= 50
    p.center("团　体　标　准", 24, font="ZEN")
    p.right(f"T/{s['assoc_code']} {s['num']}—2023", 12)
    p.hline(p.mx, p.W - p.mx, p.y, 1.5)
    p.y -= 100
    for ln in p.wrap(s["title"], 21, p.W - 2 * p.mx - 40):
        p.center(ln, 21, font="ZEN")
    p.y -= 30
    p.center("（送审稿）", 14)
    p.y = 140
    p.hline(p.mx, p.W - p.mx, p.y + 26, 1.0)
    p.text(p.mx, p.y, "2023-××-××发布", 12)
    p.right("2023-××-××实施", 12, y=p.y)
    p.y -= 40
    p.center(f"{s['assoc']}　发布", 14)
    p.newpage()
    p.center("前　　言", 15)
    p.para(f"本文件由{s['assoc']}提出并归口。本文件起草单位：{s['app']}、{'、'.join(s['co'])}。")
    p.para(f"本文件为首次发布。")
    return F(title=s["title"])


# =============================================================== look-alikes (other)
def advance_guarantee(p: Page, s):
    """预付款保函 issued by the applicant's bank to the customer: a bank paper that names the contract and an
    amount, but is no payment."""
    rng = p.rng
    amt = (s["amount"] * Decimal("0.3")).quantize(Decimal("0.01"))
    p.y -= 20
    p.center("预付款保函", 18, spacing=2)
    p.right(f"保函编号：LG{rng.randrange(10**9, 10**10)}", 10)
    p.y -= 16
    p.line(f"致：{s['cust']}（受益人）", 11)
    p.para(f"鉴于你方与{s['app']}（以下简称“申请人”）于{d_cn(s['cdate'])}签订了{s['project']}合同（合同编号：{s['no']}），"
           f"根据该合同约定，你方应向申请人支付预付款。应申请人的要求，我行愿就申请人履行合同约定的预付款返还义务向你方提供不可撤销的连带责任保证。", 11)
    p.para(f"我行的保证金额为人民币{daxie(amt)}（¥{fmt_money(amt)}）。本保函自预付款支付到申请人在我行开立的账户之日起生效，"
           f"至{d_cn(add_days(s['cdate'], 240))}失效。", 11)
    p.para("在本保函有效期内，如申请人未能按合同约定返还预付款，我行将在收到你方书面索赔通知及相关证明文件后七个工作日内，在保证金额内予以支付。", 11)
    p.gap(40)
    p.right(f"保证人：{s['bank_branch']}（盖章）", 11)
    p.y -= 24
    p.right(d_cn(add_days(s["cdate"], rng.randint(2, 10))), 11)
    _seal_name(p, s["bank_branch"], p.W - p.mx - 80, p.y + 20, "保函专用章")
    return F()


def candidate_publicity(p: Page, s):
    """A tendering-platform web print of 中标候选人公示 (not the award)."""
    rng = p.rng
    p.text(p.mx - 30, p.H - 25, f"{d_slash(s['date'])} {rng.randint(8,18)}:{rng.randint(10,59)}", 8)
    p.text(p.W / 2 - 60, p.H - 25, "中标候选人公示-津衡采购与招标服务平台", 8)
    p.y -= 10
    p.center(f"{s['project']}中标候选人公示", 14)
    p.center(f"发布时间：{d_iso(s['date'])}　　来源：本站　　浏览次数：{rng.randint(80, 900)}", 8.5)
    p.grid([["项目名称", s["project"]], ["招标编号", s["pno"]], ["招标人", s["cust"]], ["招标代理机构", s["agent"]],
            ["公示期", f"{d_iso(s['date'])} 至 {d_iso(add_days(s['date'], 3))}"]], [100, 375], size=9.5)
    comp = ["天津华瑞自动化系统有限公司", "北京中科恒达信息技术有限公司", "天津众诚工控技术有限公司"]
    amt = s["amount"]
    rows = [["名次", "中标候选人名称", "投标报价（元）", "工期（日历天）"],
            ["第一名", s["app"], fmt_money(amt), "120"],
            ["第二名", comp[rng.randrange(3)], fmt_money((amt * Decimal('1.046')).quantize(Decimal('100'))), "120"],
            ["第三名", comp[(rng.randrange(3) + 1) % 3], fmt_money((amt * Decimal('1.083')).quantize(Decimal('100'))), "110"]]
    p.grid(rows, [60, 215, 110, 90], size=9.5)
    p.para("投标人或者其他利害关系人对依法必须进行招标的项目的评标结果有异议的，应当在中标候选人公示期间提出。", 9.5)
    p.text(p.mx - 30, 25, "https://zb.jinhengcg.com/gs/hxr_" + str(rng.randrange(10000, 99999)) + ".jhtml", 7.5)
    p.text(p.W - 60, 25, "1/1", 7.5)
    return F()


def acceptance_plan(p: Page, s):
    """项目验收方案 written by the applicant before acceptance: planned dates, the panel, a blank conclusion."""
    rng = p.rng
    p.y -= 20
    p.center(f"{s['project']}", 14)
    p.center("验 收 方 案", 18, spacing=2)
    p.right(f"编制：{s['app']}　　{d_cn(s['date'])}", 9.5)
    p.y -= 20
    p.line("一、验收依据", 11)
    p.para(f"《{s['project']}合同》（合同编号：{s['no']}）、技术协议及相关国家标准。")
    p.line("二、验收组织", 11)
    p.para(f"由{s['cust']}牵头成立验收小组，成员由生产、设备、信息化部门及外部专家组成，{s['app']}配合。")
    p.line("三、验收内容与方法", 11)
    p.grid([["序号", "验收内容", "验收方法", "合格判定"],
            ["1", "硬件到货及安装", "清点、外观检查", "与清单一致"],
            ["2", "系统功能", "逐项演示", "功能项100%实现"],
            ["3", "性能指标", "连续72小时运行", "可用性≥99.5%"],
            ["4", "文档与培训", "查阅资料", "资料齐全"]], [40, 150, 140, 145], size=9.5)
    p.line("四、验收计划", 11)
    p.para(f"计划于{d_cn(add_days(s['date'], rng.randint(15, 40)))}前后组织初验，试运行一个月后组织终验。")
    p.line("五、验收结论", 11)
    p.para("（验收完成后由验收小组填写）", indent=False)
    p.grid([["验收结论", ""], ["验收小组组长签字", ""]], [120, 355], rowh=30)
    return F()


GENRES = {
    # id: (function, doc_type, genre name, issuer, new?, what is new)
    "plain_contract": (plain_contract, "contract", "项目合同（甲 方/乙 方 字距拉开）", "双方", False, "ordinary; our wording, letter-spaced labels, 预付款/质保金/违约金 distractors"),
    "saas_subscription": (saas_subscription, "contract", "工业互联网平台订阅服务协议（订阅方/服务商）", "双方（电子签章）", True, "SaaS subscription: 订阅方/服务商 roles, module fee table summed in a 合计 row, e-signature boxes with 签署时间 timestamps, 服务期 dates as distractors"),
    "epc_agreement": (epc_agreement, "contract", "工程总承包合同协议书（发包人/承包人）", "双方", True, "EPC 合同协议书 wording: 发包人（全称）/承包人（全称）, 签约合同价 with 设计费/设备购置费/暂列金额 breakdown, 合同订立时间 as a numbered clause, 计划开始/竣工日期 distractors"),
    "cms_print": (cms_print, "contract", "客户集团合同管理系统审批打印单（我方签约主体/对方单位）", "客户（系统打印）", True, "roles as 我方/对方, tax-exclusive and tax amounts beside the 含税 total, approval trail dates and a print timestamp as distractors"),
    "accept_report": (accept_report, "acceptance_report", "项目验收报告", "客户（建设单位）", False, "ordinary prose report"),
    "accept_letter": (accept_letter, "acceptance_report", "验收合格通知函（红头函件）", "客户", True, "a red-header letter to the applicant; the acceptance date only in prose, the letter's own later date as distractor; failed variant asks for rectification"),
    "accept_minutes": (accept_minutes, "acceptance_report", "验收会会议纪要", "客户办公室", True, "minutes of the customer's acceptance meeting: result in 会议议定, amount in 万元 in prose, 印发 date later than the meeting"),
    "accept_controlled_form": (accept_controlled_form, "acceptance_report", "受控表单《项目交付验收单》", "客户（使用部门）", True, "ISO-controlled form header (文件编号/版本/修订), checklist, result as ■/□ or a hand tick over printed □ boxes, 到货日期 distractor, dotted dates"),
    "ebank_receipt": (ebank_receipt, "payment_proof", "网上银行电子回单", "付款方银行", False, "ordinary grid; 打印日期 and 手续费 distractors"),
    "wire_voucher": (wire_voucher, "payment_proof", "电汇凭证（回单）第一联", "汇出行", True, "handwritten paper wire form: 汇款人/收款人 blocks side by side with vertical labels, 委托日期 split into boxes, 大写 plus digit cells, 转讫 and oval bank stamps"),
    "bank_statement": (bank_statement, "payment_proof", "单位客户对账单（高亮所涉交易）", "收款方开户行", True, "monthly statement of the applicant's own account: the evidencing credit is one highlighted row among unrelated credits/debits; compact 20230612 dates; balances as distractors"),
    "remit_application": (remit_application, "payment_proof", "境内汇款申请书（客户回单联）", "付款方（银行受理）", True, "form filled by the payer and stamped 业务受理章 by the bank; 手续费 beside the amount; 申请日期 label"),
    "bank_acceptance_bill": (bank_acceptance_bill, "payment_proof", "银行承兑汇票复印件", "出票人/承兑行", True, "payment by a paper bank acceptance bill: 出票日期 and 汇票到期日 in 票据大写, 承兑协议编号 vs 交易合同号码, 复印件与原件一致 stamp"),
    "bid_notice": (bid_notice, "procurement_proof", "中标通知书", "招标人+代理", False, "ordinary"),
    "rfq_result": (rfq_result, "procurement_proof", "询比价结果通知书", "客户采购管理部", True, "询比采购 procedure; the 成交金额 in one sentence (大写+¥ or only 万元), the 询比 date earlier than the notice date"),
    "bixuan_confirm": (bixuan_confirm, "procurement_proof", "比选结果确认函", "客户（比选人）", True, "比选 procedure: ranking table with other applicants' prices as distractors, 中选金额, a reply slip"),
    "jbt_draft": (jbt_draft, "standard_draft", "JB/T 机械行业标准征求意见稿", "起草单位", True, "JB/T cover with ICS/CCS codes, 工业和信息化部 发布 line, 本稿完成日期, a 前言 page listing the applicant as drafter"),
    "tstd_draft": (tstd_draft, "standard_draft", "团体标准送审稿", "起草单位", False, "ordinary association draft"),
    "advance_guarantee": (advance_guarantee, "other", "预付款保函（look-alike）", "申请人开户行", True, "a bank paper naming the contract, its date and an amount (30%) that is a guarantee, not a payment"),
    "candidate_publicity": (candidate_publicity, "other", "中标候选人公示网页打印（look-alike）", "交易平台", True, "names the applicant first with its price, but is a candidate publicity, not an award"),
    "acceptance_plan": (acceptance_plan, "other", "项目验收方案（look-alike）", "申请人", True, "names the contract and the customer's panel but the conclusion is blank: a plan, not an acceptance"),
}
