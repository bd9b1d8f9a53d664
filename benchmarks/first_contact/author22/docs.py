"""Genres of evidence. Each genre(ctx) -> dict(pages, doc_type, fields, note).

ctx keys: rng, app (applicant), ct (contract: no, name, amount, printed_amount, sign, accept, customer{…},
procurement, ...), d (per-document parameters). Fields are filled from what the genre prints.
"""
import datetime as dt

from render import Page, Flow, RED, BLUE, GREY, BLACK, tw
from util import comma, daxie, fmt_date, s2, wan, cn_date, dec

FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")


def F(**kw):
    f = {k: None for k in FIELDS}
    for k, v in kw.items():
        assert k in FIELDS, k
        f[k] = v
    return f


def iso(d):
    return d.isoformat() if d else None


def sp(s, n=1):
    """letter-space a label"""
    return ("　" * n).join(s) if n else s


def seal_for(p, x, y, org, kind="合同专用章", rng=None, r=19):
    if rng:
        x += rng.uniform(-4, 4)
        y += rng.uniform(-3, 3)
    p.seal(x, y, org, kind, r=r)


# ============================================================== contracts
def c_prose(ctx):
    """C1 ordinary: prose 项目合同 甲方（需方）/乙方（供方）, letter-spaced labels, distractor amounts and dates"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt = ct["printed_amount"]
    p1, p2 = Page(), Page()
    f = Flow(p1)
    f.line_text(f"合同编号：{ct['no']}", 10, "r")
    f.title(ct["name"], 17)
    f.title("合　同　书", 20, after=6)
    f.kv([(sp("甲方", 2) + "（需方）：", cu["name"]), ("统一社会信用代码：", cu["uscc"]), ("住　　所：", cu["address"]),
          (sp("乙方", 2) + "（供方）：", app["name"]), ("统一社会信用代码：", app["uscc"]), ("住　　所：", app["address"])],
         keyw=40)
    f.gap(3)
    f.para("甲乙双方依据《中华人民共和国民法典》及相关法律法规，本着平等自愿、诚实信用的原则，就甲方委托乙方实施"
           f"“{ct['name']}”事宜，经友好协商，订立本合同，以资共同遵守。")
    f.line_text("第一条　项目内容", 11)
    f.para("乙方负责本项目的方案设计、软硬件供货、安装调试、系统集成、人员培训及质保期内运维服务，具体范围见附件《技术协议》。")
    f.line_text("第二条　合同价款", 11)
    f.para(f"本合同总金额为人民币{daxie(amt)}（¥{comma(amt)}），含13%增值税，包括设备、软件、实施及培训等全部费用。")
    adv = dec(amt) * dec("0.3")
    ret = dec(amt) * dec("0.05")
    f.line_text("第三条　付款方式", 11)
    f.para(f"（一）合同生效后十五个工作日内，甲方向乙方支付预付款¥{comma(adv)}（合同总金额的30%）；"
           f"（二）设备到货并安装调试完成后支付至合同总金额的65%；（三）项目终验合格后支付至95%；"
           f"（四）剩余5%作为质保金（¥{comma(ret)}），质保期满无质量问题后一次性付清。")
    deliver = ct["sign"] + dt.timedelta(days=rng.randint(45, 90))
    f.line_text("第四条　交付与验收", 11)
    f.para(f"乙方应于{fmt_date(deliver, 'cn')}前完成设备交货（交货期），并在系统试运行满30日后提请甲方组织验收。"
           "验收合格的，甲方出具书面验收报告。")
    p1.text(105, 288, "第 1 页 共 2 页", 9, GREY, "c")
    f = Flow(p2)
    f.line_text("第五条　违约责任", 11)
    cap = dec(amt) * dec("0.1")
    f.para(f"任何一方违约，应向守约方支付违约金，违约金累计不超过¥{comma(cap)}；逾期交货每日按未交货部分价款的0.5‰计付违约金。")
    f.line_text("第六条　其他", 11)
    f.para("本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。未尽事宜，双方另行协商签订补充协议。")
    f.gap(12)
    y = f.y
    p2.text(22, y, "甲方（盖章）：" + cu["name"], 10)
    p2.text(22, y + 10, "法定代表人或授权代表：", 10)
    p2.text(22, y + 20, "签订日期：" + fmt_date(ct["sign"], d.get("dstyle", "cn")), 10)
    p2.text(112, y, "乙方（盖章）：" + app["name"], 10)
    p2.text(112, y + 10, "法定代表人或授权代表：", 10)
    p2.text(112, y + 20, "签订日期：" + fmt_date(ct["sign"], d.get("dstyle", "cn")), 10)
    p2.hand(64, y + 11, ctx["names"][0], 13, BLUE, rng)
    p2.hand(154, y + 11, ctx["names"][1], 13, BLUE, rng)
    seal_for(p2, 55, y + 2, cu["name"], "合同专用章", rng)
    seal_for(p2, 148, y + 2, app["name"], "合同专用章", rng)
    p2.text(105, 288, "第 2 页 共 2 页", 9, GREY, "c")
    if d.get("mixed"):
        p2.raster = True
    return dict(pages=[p1, p2], doc_type="contract",
                fields=F(contract_no=ct["no"], amount_yuan=s2(amt), date=iso(ct["sign"]), customer=cu["name"]),
                note="【C1 项目合同书】甲 方/乙 方字距、预付款/质保金/违约金上限为干扰金额，交货期为干扰日期")


def c_japan(ctx):
    """C2 ★ 中日双语 設備売買契約書（日资客户模板）: 買主（甲方）/売主（乙方）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt = ct["printed_amount"]
    p = Page()
    f = Flow(p, 20, 190)
    f.line_text(f"契約番号／合同编号：{ct['no']}", 9.5, "r")
    f.title("設備売買契約書", 18, after=1)
    f.title("设 备 买 卖 合 同", 15, after=5)
    f.table([["買主（甲方）", cu["name"]], ["所在地／住所", cu["address"]],
             ["売主（乙方）", app["name"]], ["所在地／住所", app["address"]]], [32, 128], 9.5)
    f.gap(2)
    f.para(f"買主と売主は、下記設備の売買について、次のとおり契約を締結する。甲乙双方就“{ct['name']}”所涉设备的买卖，"
           "经协商一致，订立本合同。", 9.5)
    items = d.get("items") or [("生産実績収集端末 / 生产数据采集终端", 0.32), ("ライン制御盤 / 产线控制柜", 0.43),
                               ("MESソフトウェア導入 / MES软件实施", 0.25)]
    rows = [["No.", "品名／品名", "数量", "金額（元）／金额（元）"]]
    acc = dec(0)
    for i, (nm, share) in enumerate(items):
        v = dec(amt) * dec(share) if i < len(items) - 1 else dec(amt) - acc
        acc += v
        rows.append([str(i + 1), nm, "1式", comma(v)])
    rows.append(["", "合計（税込）／合计（含税）", "", comma(amt)])
    f.table(rows, [10, 90, 18, 42], 9.5, align="clcr")
    f.gap(2)
    f.para(f"第1条（契約金額）契約金額は人民元{daxie(amt)}（税込）とする。合同总价为人民币{daxie(amt)}。", 9.5, False)
    deliver = ct["sign"] + dt.timedelta(days=rng.randint(50, 100))
    f.para(f"第2条（納期／交货期）{fmt_date(deliver, 'cn0')}までに買主指定場所に納入する。乙方应于该日前交货。", 9.5, False)
    f.para("第3条（検収／验收）納入後、買主は検収を行い、検収書を発行する。验收合格后甲方出具验收单。", 9.5, False)
    f.para(f"第4条（支払条件）検収後60日以内に銀行振込にて支払う。前払金（前受金）として契約金額の20%"
           f"（¥{comma(dec(amt) * dec('0.2'))}）を契約締結後に支払う。", 9.5, False)
    f.para("第5条（準拠法）本契約は中華人民共和国の法律に準拠する。本合同以中文文本为准。", 9.5, False)
    f.gap(8)
    y = f.y
    p.text(20, y, "買主（甲方）：" + cu["name"], 9.5)
    p.text(108, y, "売主（乙方）：" + app["name"], 9.5)
    p.text(20, y + 9, "代表者／代表：", 9.5)
    p.text(108, y + 9, "代表者／代表：", 9.5)
    p.hand(46, y + 10, ctx["names"][0], 12, BLUE, rng)
    p.hand(134, y + 10, ctx["names"][1], 12, BLUE, rng)
    p.text(20, y + 18, "契約締結日／签订日期：" + fmt_date(ct["sign"], "cn0"), 9.5)
    seal_for(p, 58, y + 3, cu["name"], "合同专用章", rng, 18)
    seal_for(p, 150, y + 3, app["name"], "合同专用章", rng, 18)
    return dict(pages=[p], doc_type="contract",
                fields=F(contract_no=ct["no"], amount_yuan=s2(amt), date=iso(ct["sign"]), customer=cu["name"]),
                note="【C2 中日双语设备买卖合同】買主/売主与甲方/乙方并列，前払金20%与納期为干扰项")


def c_operate(ctx):
    """C3 ★ 智能工厂委托运营服务合同（委托方/运营服务方），固定服务费 + 暂定绩效奖励（不计入总价）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt = ct["printed_amount"]
    p1, p2 = Page(), Page()
    f = Flow(p1)
    f.gap(20)
    f.title(ct["name"], 16, after=2)
    f.title("委 托 运 营 服 务 合 同", 20, after=30)
    f.kv([("委  托  方：", cu["name"]), ("运营服务方：", app["name"]), ("合 同 编 号：", ct["no"]),
          ("签 订 地 点：", "天津市" + d.get("place", "西青区"))], 12, keyw=38, lead=2.6)
    f.gap(40)
    f.line_text("二〇二三年制", 11, "c")
    f = Flow(p2)
    f.para(f"委托方：{cu['name']}（以下简称“委托方”）", 10.5, False)
    f.para(f"运营服务方：{app['name']}（以下简称“服务方”）", 10.5, False)
    f.para("委托方将其智能工厂（数字化车间）的设备联网、数据平台及生产管控系统委托服务方运营维护，双方经协商一致订立本合同。")
    base = dec(amt)
    months = 12
    f.para(f"一、服务期限：自{fmt_date(ct['sign'] + dt.timedelta(days=10), 'cn')}起{months}个月。")
    f.para(f"二、服务费用：本合同固定服务费总额为人民币{comma(base)}元（大写：{daxie(base)}），即合同总价，"
           f"按季度平均结算。")
    bonus = (base * dec("0.08")).quantize(dec("1000"))
    f.para(f"三、绩效奖励：运营指标（OEE、设备可用率）超出约定基线的，委托方另行给付绩效奖励，暂定价¥{comma(bonus)}，"
           "以年度考核结果据实结算，不计入合同总价。")
    f.para("四、服务内容：7×24小时远程监控、驻场工程师2名、季度运营分析报告、系统补丁与升级。服务期满，委托方按附件《运营服务考核细则》"
           "组织验收。")
    f.para(f"五、违约：服务方月度可用率低于99%的，每低1个百分点扣减当季服务费的2%，扣减总额不超过¥{comma(base * dec('0.1'))}。")
    f.gap(10)
    y = f.y
    p2.text(22, y, "委托方（盖章）", 10.5)
    p2.text(115, y, "服务方（盖章）", 10.5)
    p2.text(22, y + 10, "授权代表：", 10.5)
    p2.text(115, y + 10, "授权代表：", 10.5)
    p2.hand(42, y + 11, ctx["names"][0], 12, BLUE, rng)
    p2.hand(135, y + 11, ctx["names"][1], 12, BLUE, rng)
    p2.text(22, y + 20, fmt_date(ct["sign"], "cn"), 10.5)
    p2.text(115, y + 20, fmt_date(ct["sign"], "cn"), 10.5)
    seal_for(p2, 48, y + 4, cu["name"], "合同专用章", rng)
    seal_for(p2, 140, y + 4, app["name"], "合同专用章", rng)
    return dict(pages=[p1, p2], doc_type="contract",
                fields=F(contract_no=ct["no"], amount_yuan=s2(amt), date=iso(ct["sign"]), customer=cu["name"]),
                note="【C3 委托运营服务合同】委托方/运营服务方，封面+正文，绩效奖励暂定价与扣减上限为干扰金额，签订日期只在落款")


# ============================================================== acceptance
def a_grid(ctx):
    """A1 ordinary 项目验收报告（表格）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = d.get("issuer") or ct["customer"]
    date = d["date"]
    passed = d.get("passed", True)
    p = Page()
    f = Flow(p)
    f.title("项 目 验 收 报 告", 19, after=6)
    show_amt = d.get("show_amount", True)
    rows = [["项目名称", ct["name"]], ["合同编号", ct["no"]], ["验收单位", cu["name"]], ["实施单位", app["name"]]]
    if show_amt:
        rows.append(["合同金额", f"¥{comma(ct['printed_amount'])}元"])
    rows += [["验收日期", fmt_date(date, d.get("dstyle", "cn"))],
             ["验收内容", "对照合同及技术协议，逐项核查系统功能、性能指标、文档资料及培训情况。"],
             ["验收结论", ("■ 通过　　□ 不通过" if passed else "□ 通过　　■ 不通过") +
              ("\n项目已按合同要求完成全部建设内容，技术指标全部达到，同意通过验收。" if passed else
               "\n数据采集完整率未达到合同约定的99.5%，暂不同意通过验收，请限期整改。")]]
    f.table(rows, [30, 136], 10.5, heights=[0, 0, 0, 0, 0, 0, 22, 26])
    f.gap(12)
    y = f.y
    p.text(110, y, "验收单位（盖章）：", 10.5)
    p.text(110, y + 12, "负责人签字：", 10.5)
    p.hand(135, y + 13, ctx["names"][0], 13, BLUE, rng)
    p.text(110, y + 24, fmt_date(date, "cn"), 10.5)
    seal_for(p, 150, y + 6, cu["name"], "", rng, 18)
    f2 = dict(contract_no=ct["no"], date=iso(date), customer=cu["name"], result="passed" if passed else "failed")
    if show_amt:
        f2["amount_yuan"] = s2(ct["printed_amount"])
    return dict(pages=[p], doc_type="acceptance_report", fields=F(**f2),
                note="【A1 项目验收报告（表格）】" + ("通过" if passed else "不通过"))


def a_gmp(ctx):
    """A2 ★ GMP 计算机化系统性能确认（PQ）报告 + 批准页（制药客户质量保证部）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    date = d["date"]
    passed = d.get("passed", True)
    doc_no = f"VR-CSV-{date.year}-{rng.randint(10, 99):03d}"
    p1, p2 = Page(), Page()
    f = Flow(p1)
    p1.text(22, 16, cu["name"], 9, GREY)
    p1.text(188, 16, f"文件编号：{doc_no}　版本：01", 9, GREY, "r")
    p1.line(22, 18, 188, 18, 0.4)
    f.y = 24
    f.title("计算机化系统性能确认（PQ）报告", 16, after=3)
    f.title(ct["name"], 11, after=4)
    start = date - dt.timedelta(days=rng.randint(12, 20))
    end = date - dt.timedelta(days=rng.randint(2, 5))
    f.table([["系统名称", ct["name"]], ["系统供应商", app["name"]], ["GAMP 5 类别", "第4类（可配置软件）"],
             ["关联合同号", ct["no"]],
             ["确认执行期间", f"{fmt_date(start, 'iso')} 至 {fmt_date(end, 'iso')}"],
             ["参考文件", "URS-2023-017 用户需求说明；VP-CSV-2023-05 验证方案；IQ/OQ 报告"]], [30, 136], 10)
    f.gap(3)
    f.line_text("1　确认项目及结果", 11)
    rows = [["序号", "测试项目", "可接受标准", "结果"]]
    tests = [("批记录电子签名", "符合21 CFR Part 11 / 附录《计算机化系统》"), ("审计追踪", "全部关键操作可追溯"),
             ("连续3批生产数据采集", "采集完整率≥99.5%"), ("报警与联锁", "报警响应≤2s"), ("数据备份与恢复", "恢复后数据一致")]
    for i, (t, c) in enumerate(tests):
        rows.append([str(i + 1), t, c, "符合" if passed or i != 2 else "不符合"])
    f.table(rows, [12, 55, 75, 24], 9.5, align="cllc")
    f.gap(3)
    f.line_text("2　偏差处理", 11)
    f.para("确认期间发生偏差1项（DEV-2023-031，打印模板页眉错误），已按偏差处理程序关闭，不影响确认结论。" if passed else
           "确认期间发生偏差2项，其中DEV-2023-044（第2批数据采集缺失）为主要偏差，CAPA尚未关闭。", 10)
    f = Flow(p2)
    p2.text(22, 16, cu["name"], 9, GREY)
    p2.text(188, 16, f"文件编号：{doc_no}", 9, GREY, "r")
    p2.line(22, 18, 188, 18, 0.4)
    f.y = 24
    f.line_text("3　验证结论", 11)
    f.para(("经性能确认，该系统在实际生产条件下运行稳定，各项测试结果均符合预定可接受标准，验证通过，同意该系统正式投入"
            "GMP生产使用，项目验收合格。") if passed else
           ("性能确认结果不符合预定可接受标准，验证不通过，该系统不得用于GMP生产，项目暂不予验收。"), 10.5)
    f.gap(4)
    f.line_text("4　报告审批", 11)
    n = ctx["names"]
    f.table([["职责", "部门", "签名", "日期"], ["起草", "工程部", "", fmt_date(end, "iso")],
             ["审核", "生产部", "", fmt_date(date - dt.timedelta(days=1), "iso")],
             ["审核", "质量控制部", "", fmt_date(date - dt.timedelta(days=1), "iso")],
             ["批准", "质量保证部", "", fmt_date(date, "iso")]], [20, 40, 50, 50], 10, align="cccc", heights=[0, 12, 12, 12, 12])
    for i, nm in enumerate(n[:4]):
        p2.hand(98, f.y - 12 * (4 - i) + 8, nm, 12, BLUE, rng)
    seal_for(p2, 150, f.y + 14, cu["name"], "质量保证部", rng, 18)
    return dict(pages=[p1, p2], doc_type="acceptance_report",
                fields=F(contract_no=ct["no"], date=iso(date), customer=cu["name"], result="passed" if passed else "failed"),
                note="【A2 GMP性能确认(PQ)报告】验收=验证结论，日期=质量保证部批准日期，执行期间与起草/审核日期为干扰" +
                ("" if passed else "；验证不通过"))


def a_buyoff(ctx):
    """A3 ★ 汽车主机厂 生产线终验收（Final Buy-off）确认单"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    date = d["date"]
    passed = d.get("passed", True)
    p = Page(297, 210)
    f = Flow(p, 15, 282, 15)
    p.text(15, 13, cu["name"] + "　生产准备部", 9, GREY)
    p.text(282, 13, "表单号 PE-F-027", 9, GREY, "r")
    f.title("设备终验收确认单　Final Buy-off Sheet", 16, after=3)
    pre = date - dt.timedelta(days=rng.randint(40, 70))
    f.table([["项目/Project", ct["name"], "合同号/PO No.", ct["no"]],
             ["供应商/Supplier", app["name"], "用户/Plant", cu["name"]],
             ["预验收（供应商厂内）Pre Buy-off", fmt_date(pre, "slash"), "终验收（用户现场）Final Buy-off",
              fmt_date(date, "slash")]], [48, 95, 52, 72], 9.5)
    f.gap(3)
    rows = [["No.", "验收项目 Item", "目标 Target", "实测 Actual", "判定 OK/NG"]]
    items = [("节拍 Cycle time", "≤ 58 s/JPH 62", "56.8 s"), ("设备综合效率 OEE（连续5天）", "≥ 85%", "88.6%" if passed else "79.2%"),
             ("一次合格率 FTQ", "≥ 99.0%", "99.4%"), ("拧紧数据上传 MES", "100%", "100%"),
             ("安全功能（光栅/急停）", "全部有效", "有效"), ("备件及资料移交", "清单齐全", "齐全")]
    for i, (a, b, c) in enumerate(items):
        ok = "OK" if passed or i != 1 else "NG"
        rows.append([str(i + 1), a, b, c, ok])
    f.table(rows, [10, 90, 60, 50, 40], 9.5, align="clccc")
    f.gap(3)
    f.line_text("遗留问题 Open issues：" + ("无 A 类问题；B 类 2 项已约定于质保期内关闭。" if passed else "A 类问题 1 项（OEE 不达标），需整改后复验。"), 10)
    f.line_text("终验收结论 Conclusion：" + ("■ 通过 Passed　　□ 有条件通过　　□ 不通过 Failed" if passed else
                                           "□ 通过 Passed　　□ 有条件通过　　■ 不通过 Failed"), 10.5)
    f.gap(4)
    y = f.y + 8
    for i, (role, nm) in enumerate(zip(["工艺 Process", "设备 Maintenance", "质量 Quality", "生产 Production"], ctx["names"])):
        x = 15 + i * 67
        p.text(x, y, role + "：", 9.5)
        p.hand(x + 32, y + 1, nm, 12, BLUE, rng)
        p.text(x, y + 9, fmt_date(date, "slash"), 9)
    seal_for(p, 240, y - 2, cu["name"], "设备验收专用章", rng, 17)
    return dict(pages=[p], doc_type="acceptance_report",
                fields=F(contract_no=ct["no"], date=iso(date), customer=cu["name"], result="passed" if passed else "failed"),
                note="【A3 主机厂终验收Buy-off单】横版中英，预验收日期为干扰，结论为勾选框")


def a_startup(ctx):
    """A4 ★ 储能/能源管理系统 工程启动验收鉴定书（启动验收委员会）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    date = d["date"]
    p1, p2 = Page(), Page()
    f = Flow(p1)
    f.gap(30)
    f.title(ct["name"], 15, after=3)
    f.title("工程启动验收鉴定书", 22, after=40)
    f.kv([("项目法人（建设单位）：", cu["name"]), ("系统集成（施工）单位：", app["name"]), ("验收主持单位：", cu["name"]),
          ("鉴定日期：", cn_date(date))], 11, keyw=52, lead=2.6)
    f = Flow(p2)
    run0 = date - dt.timedelta(days=rng.randint(5, 9))
    f.line_text("一、工程概况", 11)
    f.para(f"本工程包括能源管理平台、储能变流器监控、10kV配电自动化及光伏逆变器数据接入，于{fmt_date(run0, 'cn')}"
           f"完成带负荷试运行，连续运行168小时，期间无跳闸、无数据中断。")
    f.line_text("二、启动验收委员会组成", 11)
    f.para(f"启动验收委员会由{cu['name']}（项目法人）、电网调度机构、监理单位、{app['name']}（系统集成单位）代表组成，"
           "下设工程验收组、调试组和生产准备组。")
    f.line_text("三、鉴定意见", 11)
    f.para(f"{fmt_date(date, 'cn')}，启动验收委员会在现场召开会议，听取了建设、监理、集成单位的汇报，查阅了试运行记录，"
           "经认真讨论，形成鉴定意见如下：工程按批准的设计建成，质量合格，试运行指标满足要求，"
           "启动验收委员会同意该工程通过启动验收，移交生产运行。遗留缺陷由集成单位在质保期内消缺。")
    f.line_text("四、启动验收委员会成员签字", 11)
    roles = ["主任委员", "副主任委员", "委员", "委员", "委员"]
    orgs = [cu["name"], cu["name"], "国网天津市电力公司调度控制中心", "天津津诚工程建设监理有限公司", app["name"]]
    rows = [["职务", "单位", "签字"]] + [[r, o, ""] for r, o in zip(roles, orgs)]
    f.table(rows, [22, 100, 44], 9.5, heights=[0] + [10] * 5)
    for i, nm in enumerate(ctx["names"][:5]):
        p2.hand(152, f.y - 10 * (5 - i) + 7, nm, 11, BLUE, rng)
    seal_for(p2, 150, f.y + 18, cu["name"], "", rng, 19)
    p2.text(120, f.y + 42, "启动验收委员会（项目法人代章）", 10)
    p2.text(120, f.y + 50, cn_date(date), 10)
    return dict(pages=[p1, p2], doc_type="acceptance_report",
                fields=F(date=iso(date), customer=cu["name"], result="passed"),
                note="【A4 启动验收鉴定书】能源行业启动验收委员会，结论在鉴定意见段，日期为汉字，无合同编号与金额，试运行日期为干扰")


# ============================================================== payment
BANKS = ["津门银行股份有限公司", "沽上商业银行股份有限公司", "渤津农村商业银行股份有限公司", "燕赵联合银行股份有限公司"]


def p_bank(ctx):
    """P1 ordinary 网上银行电子回单（自拟版式）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    payer = d.get("payer") or ct["customer"]["name"]
    amt, date = d["amount"], d["date"]
    bank = d.get("bank") or rng.choice(BANKS)
    cite = d.get("cite", True)
    p = Page(210, 120)
    f = Flow(p, 12, 198, 10)
    f.title(bank.replace("股份有限公司", "") + "　电子回单", 14, after=2)
    f.line_text(f"回单编号：{rng.randint(10**11, 10**12 - 1)}　　　记账日期：{fmt_date(date, 'compact')}", 9)
    memo = f"支付{ct['no']}合同款" if cite else d.get("memo", "货款")
    f.table([["付款人户名", payer, "收款人户名", app["name"]],
             ["付款人账号", d.get("acct1", "1201" + str(rng.randint(10**11, 10**12 - 1))), "收款人账号",
              "0302" + str(rng.randint(10**11, 10**12 - 1))],
             ["付款人开户行", d.get("bank1", bank.replace("股份有限公司", "") + "天津分行营业部"), "收款人开户行",
              bank.replace("股份有限公司", "") + "天津自贸试验区分行"],
             ["金额（大写）", "人民币" + daxie(amt), "金额（小写）", "¥" + comma(amt)],
             ["交易日期", fmt_date(date, "iso") + f" {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
              "手续费", "¥15.00"],
             ["用途/附言", memo, "交易流水号", f"{rng.randint(10**15, 10**16 - 1)}"]], [24, 69, 24, 69], 8.8)
    f.line_text(f"打印日期：{fmt_date(date + dt.timedelta(days=rng.randint(3, 40)), 'iso')}　本回单不作为收款方发货依据，请勿重复记账。", 8, color=GREY)
    p.seal(170, 95, bank.replace("股份有限公司", ""), "电子回单专用章", r=13)
    return dict(pages=[p], doc_type="payment_proof",
                fields=F(contract_no=ct["no"] if cite else None, amount_yuan=s2(amt), date=iso(date), payer=payer,
                         payee=app["name"]),
                note="【P1 网上银行电子回单】" + ("附言引用合同号" if cite else "附言仅写货款") + "，手续费与打印日期为干扰")


def p_portal(ctx):
    """P2 ★ 客户供应商协同门户 付款单详情（网页截图/网页打印）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    p = Page(338, 210)
    p.rect(0, 0, 338, 14, 0, fill=(0.13, 0.32, 0.55))
    p.text(8, 9.5, cu["name"] + "　供应商协同门户 SRM", 12, (1, 1, 1))
    p.text(330, 9.5, "欢迎您，" + app["name"] + "　退出", 9, (1, 1, 1), "r")
    p.rect(0, 14, 52, 196, 0, fill=(0.94, 0.95, 0.97))
    for i, m in enumerate(["首页", "订单协同", "送货管理", "对账管理", "发票管理", "付款查询", "质量协同", "公告"]):
        p.text(8, 26 + i * 10, m, 10, (0.13, 0.32, 0.55) if m == "付款查询" else BLACK)
    p.text(58, 22, "付款查询 > 付款单详情", 9, GREY)
    f = Flow(p, 58, 330, 26)
    pay_no = f"PAY{date.year}{rng.randint(100000, 999999)}"
    f.table([["付款单号", pay_no, "付款状态", "已付款"],
             ["付款单位", cu["name"], "供应商名称", app["name"]],
             ["合同编号", ct["no"], "付款方式", "银行转账（电汇）"],
             ["本次付款金额（元）", comma(amt), "付款日期", fmt_date(date, "iso")],
             ["币种", "CNY", "银行流水号", str(rng.randint(10**17, 10**18 - 1))]], [30, 106, 30, 106], 9.5)
    f.gap(4)
    f.line_text("核销发票明细", 10.5)
    n = rng.randint(2, 3)
    parts, left = [], dec(amt)
    for i in range(n - 1):
        v = (dec(amt) / n).quantize(dec("100"))
        parts.append(v)
        left -= v
    parts.append(left)
    rows = [["序号", "发票号码", "开票日期", "发票金额（含税）", "本次核销金额"]]
    for i, v in enumerate(parts):
        inv = dec(v) * dec(rng.choice(["1.00", "1.00", "1.13"]))
        rows.append([str(i + 1), str(rng.randint(10**19, 10**20 - 1)),
                     fmt_date(date - dt.timedelta(days=rng.randint(20, 60)), "iso"), comma(inv), comma(v)])
    f.table(rows, [12, 70, 40, 55, 55], 9, align="ccccr")
    p.text(58, 205, "© 供应商协同门户　数据仅供参考，以银行实际到账为准", 8, GREY)
    return dict(pages=[p], doc_type="payment_proof",
                fields=F(contract_no=ct["no"], amount_yuan=s2(amt), date=iso(date), payer=cu["name"], payee=app["name"]),
                note="【P2 客户供应商门户付款单详情】网页截图，核销发票金额与开票日期为干扰，付款单位在表格中")


def p_stub(ctx):
    """P3 ★ 转账支票存根（复印件，加盖“与原件一致”）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    bank = d.get("bank") or rng.choice(BANKS)
    p = Page(210, 148)
    p.rect(20, 12, 62, 120, 0.6)
    p.text(51, 22, bank.replace("股份有限公司", ""), 9, BLACK, "c")
    p.text(51, 30, "转账支票存根", 13, BLACK, "c")
    p.text(24, 38, f"10203320", 9)
    p.text(24, 44, f"{rng.randint(10**7, 10**8 - 1)}", 11)
    p.line(20, 48, 82, 48, 0.5)
    p.text(24, 56, "附加信息", 9)
    cite = d.get("cite", True)
    add = f"合同{ct['no']}" if cite else ""
    p.hand(24, 64, add, 9.5, BLUE, rng)
    p.line(20, 70, 82, 70, 0.5)
    p.text(24, 78, "出票日期", 9)
    p.hand(44, 78, fmt_date(date, "cn"), 10, BLUE, rng)
    p.text(24, 88, "收款人：", 9)
    p.hand(24, 96, app["name"], 8.5 if len(app["name"]) > 12 else 10, BLUE, rng)
    p.text(24, 106, "金　额：", 9)
    p.hand(38, 106, "¥" + comma(amt), 10.5, BLUE, rng)
    p.text(24, 116, "用　途：", 9)
    p.hand(38, 116, "工程款" if not cite else "合同款", 10, BLUE, rng)
    p.line(20, 121, 82, 121, 0.5)
    p.text(24, 128, "单位主管", 8.5)
    p.text(55, 128, "会计", 8.5)
    p.hand(66, 128, ctx["names"][0][0], 9, BLUE, rng)
    p.rect(100, 40, 92, 40, 0.8, RED)
    p.text(146, 55, "复印件与原件核对一致", 12, RED, "c")
    p.text(146, 66, "经办：", 10, RED, "c")
    p.hand(150, 66, ctx["names"][1], 11, BLUE, rng)
    seal_for(p, 160, 100, cu["name"], "财务专用章", rng, 17)
    return dict(pages=[p], doc_type="payment_proof",
                fields=F(contract_no=ct["no"] if cite else None, amount_yuan=s2(amt), date=iso(date), payer=None,
                         payee=app["name"]),
                note="【P3 转账支票存根复印件】存根不印出票人户名（payer 为空），手写收款人/金额/出票日期，红框“复印件与原件核对一致”与财务章")


def p_factor(ctx):
    """P4 ★ 国内保理 融资款发放通知（保理银行致卖方）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    bank = d.get("bank") or "津门银行股份有限公司"
    p = Page()
    f = Flow(p)
    f.line_text(bank + "天津分行　贸易金融部", 10, color=GREY)
    f.title("保理融资款发放通知书", 17, after=4)
    f.line_text(f"编号：BL-{date.year}-TJ-{rng.randint(1000, 9999)}", 10, "r")
    f.line_text(app["name"] + "：", 11)
    f.para(f"根据贵公司与我行签订的《国内保理业务合同》，贵公司已将对{cu['name']}（买方）享有的、基于"
           f"基础交易合同（编号{ct['no']}）项下的应收账款转让予我行。经审核，我行于{fmt_date(date, 'cn')}"
           f"向贵公司发放保理融资款，金额人民币{daxie(amt)}（¥{comma(amt)}），已划入贵公司在我行开立的账户。")
    due = date + dt.timedelta(days=180)
    f.para(f"本笔融资到期日为{fmt_date(due, 'cn')}。买方应于应收账款到期日将款项直接支付至我行保理专户，"
           "届时以买方付款归还本笔融资。")
    f.gap(4)
    f.table([["付款行（融资行）", bank + "天津分行"], ["收款人户名", app["name"]], ["融资金额", "¥" + comma(amt)],
             ["放款日期", fmt_date(date, "iso")], ["融资利率", "年化3.65%"], ["基础交易合同编号", ct["no"]]], [40, 126], 10)
    f.gap(14)
    p.text(120, f.y, bank + "天津分行", 10.5)
    p.text(120, f.y + 9, fmt_date(date, "cn"), 10.5)
    seal_for(p, 150, f.y - 2, bank.replace("股份有限公司", "") + "天津分行", "业务专用章", rng, 18)
    return dict(pages=[p], doc_type="payment_proof",
                fields=F(contract_no=ct["no"], amount_yuan=s2(amt), date=iso(date), payer=bank + "天津分行",
                         payee=app["name"]),
                note="【P4 保理融资款发放通知】款项来自保理银行而非客户（付款人≠客户），到期日为干扰日期")


def p_email(ctx):
    """P5 ★ 银行企业账户动账通知邮件（打印件）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    payer = d.get("payer") or cu["name"]
    bank = d.get("bank") or rng.choice(BANKS)
    short = bank.replace("股份有限公司", "")
    cite = d.get("cite", False)
    p = Page()
    f = Flow(p, 18, 192, 14)
    f.line_text("邮箱 - 收件箱", 9, color=GREY)
    p.line(18, f.y + 2, 192, f.y + 2, 0.3, GREY)
    f.gap(3)
    f.line_text(f"【{short}】企业账户动账通知（尾号{rng.randint(1000, 9999)}）", 13)
    f.line_text(f"发件人：{short} <notice@ebank.example.cn>", 9, color=GREY)
    f.line_text(f"收件人：finance@{app['mail']}", 9, color=GREY)
    sent = date + dt.timedelta(days=0)
    f.line_text(f"时　间：{fmt_date(sent, 'cn')}（星期{'一二三四五六日'[sent.weekday()]}）"
                f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", 9, color=GREY)
    p.line(18, f.y + 3, 192, f.y + 3, 0.3, GREY)
    f.gap(4)
    f.para(f"尊敬的{app['name']}：", 10.5, False)
    f.para(f"您的账户于{fmt_date(date, 'cn0')}有一笔资金转入，详情如下：", 10.5)
    memo = f"{ct['no']}款" if cite else d.get("memo", "服务费")
    f.table([["账户名称", app["name"]], ["交易类型", "跨行转入"], ["交易金额", "+" + comma(amt) + " 元"],
             ["交易对方户名", payer], ["对方开户行", "中国建设银行天津河西支行"], ["摘要", memo],
             ["账户余额", comma(dec(amt) + dec(rng.randint(200000, 5000000))) + " 元"]], [36, 130], 10)
    f.gap(3)
    f.para("本邮件由系统自动发送，请勿直接回复。动账信息以账户对账单为准，如有疑问请致电客服热线。", 8.5, False, color=GREY)
    return dict(pages=[p], doc_type="payment_proof",
                fields=F(contract_no=ct["no"] if cite else None, amount_yuan=s2(amt), date=iso(date), payer=payer,
                         payee=app["name"]),
                note="【P5 银行动账通知邮件打印件】收款方视角，交易对方户名=付款人，账户余额为干扰金额")


# ============================================================== procurement
def r_award(ctx):
    """R1 ordinary 中标通知书（招标人自行招标，自拟措辞）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    p = Page()
    f = Flow(p)
    f.title("中 标 通 知 书", 20, after=6)
    f.line_text(f"招标编号：ZB-{date.year}-{rng.randint(100, 999)}", 10, "r")
    f.line_text(app["name"] + "：", 11)
    opening = date - dt.timedelta(days=rng.randint(5, 12))
    f.para(f"我单位于{fmt_date(opening, 'cn')}开标的“{ct['name']}”项目，经评标委员会评审并公示无异议，"
           f"确定贵单位为中标人，中标价格为人民币{daxie(amt)}（¥{comma(amt)}）。")
    f.para("请贵单位收到本通知书后30日内，与我单位签订书面合同，并按招标文件要求提交履约保证金¥{0}。".format(
        comma(dec(amt) * dec("0.05"))))
    f.gap(14)
    p.text(120, f.y, "招标人：" + cu["name"], 10.5)
    p.text(120, f.y + 10, fmt_date(date, "cn"), 10.5)
    seal_for(p, 150, f.y, cu["name"], "", rng, 19)
    return dict(pages=[p], doc_type="procurement_proof",
                fields=F(amount_yuan=s2(amt), date=iso(date), customer=cu["name"]),
                note="【R1 中标通知书】开标日期与履约保证金为干扰")


def r_notary(ctx):
    """R2 ★ 公证处 招标投标活动 现场监督公证书"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    office = d.get("office", "天津市滨海公证处")
    p = Page()
    f = Flow(p)
    f.title("公　证　书", 22, after=4)
    f.line_text(f"（{date.year}）津滨证经字第{rng.randint(1000, 9999)}号", 11, "r")
    f.gap(2)
    f.kv([("申请人：", cu["name"]), ("住　所：", cu["address"]), ("公证事项：", "招标投标活动（现场监督）")], 11, keyw=24)
    f.gap(3)
    open_d = date - dt.timedelta(days=rng.randint(6, 14))
    f.para(f"兹证明申请人{cu['name']}作为招标人，就“{ct['name']}”组织公开招标。本处公证员及公证员助理于"
           f"{fmt_date(open_d, 'cn')}在申请人会议室对该项目的开标、评标活动进行了现场监督。经查，"
           "共有四家投标人按时递交投标文件，开标程序符合招标文件规定。")
    f.para(f"评标委员会依法组建，按招标文件规定的评标办法进行评审，推荐{app['name']}为第一中标候选人。"
           f"申请人依据评标报告确定{app['name']}为中标人，中标价为人民币{daxie(amt)}（¥{comma(amt)}）。")
    f.para("上述招标投标活动的程序符合《中华人民共和国招标投标法》及有关规定，开标、评标结果真实、有效。")
    f.gap(18)
    p.text(125, f.y, "中华人民共和国天津市滨海公证处", 10.5)
    p.text(125, f.y + 10, "公证员：", 10.5)
    p.hand(143, f.y + 11, ctx["names"][0], 12, BLUE, rng)
    p.text(125, f.y + 20, cn_date(date), 10.5)
    seal_for(p, 155, f.y + 5, office, "", rng, 20)
    return dict(pages=[p], doc_type="procurement_proof",
                fields=F(amount_yuan=s2(amt), date=iso(date), customer=cu["name"]),
                note="【R2 招投标活动公证书】公证处出具，招标人=申请人，开标监督日期为干扰，落款日期为汉字")


def r_lottery(ctx):
    """R3 ★ 小额采购 供应商随机抽取及成交确认表（客户内部）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    p = Page()
    f = Flow(p)
    f.title(cu["name"], 13, after=1)
    f.title("供应商随机抽取及成交确认表", 16, after=4)
    draw = date - dt.timedelta(days=rng.randint(3, 8))
    budget = (dec(amt) * dec("1.08")).quantize(dec("10000"))
    f.table([["采购单位", cu["name"], "采购项目", ct["name"]],
             ["采购方式", "合格供应商库随机抽取＋竞争性议价", "项目预算", "¥" + comma(budget)],
             ["抽取时间", fmt_date(draw, "dot") + " 10:00", "抽取地点", "公司采购部三楼会议室"]], [22, 70, 22, 52], 9.5)
    f.gap(3)
    f.line_text("一、抽取结果（系统随机抽取，纪检监察部监督）", 10.5)
    others = d.get("others", ["天津和璟科技有限公司", "天津市翀远自动化工程有限公司"])
    q = [dec(amt) * dec("1.061"), dec(amt) * dec("1.034")]
    f.table([["抽取顺序", "供应商名称", "最终报价（元）", "排名"],
             ["1", others[0], comma(q[0]), "3"], ["2", app["name"], comma(amt), "1"], ["3", others[1], comma(q[1]), "2"]],
            [20, 86, 40, 20], 9.5, align="clrc")
    f.gap(3)
    f.line_text("二、成交确认", 10.5)
    f.para(f"经议价小组评议，确定{app['name']}为成交供应商，成交金额¥{comma(amt)}（{daxie(amt)}）。", 10)
    f.gap(4)
    y = f.y + 6
    for i, role in enumerate(["议价小组组长", "纪检监察", "采购部负责人"]):
        p.text(22 + i * 58, y, role + "：", 9.5)
        p.hand(22 + i * 58 + tw(role + "：", 9.5), y + 1, ctx["names"][i], 11, BLUE, rng)
    p.text(120, y + 16, "确认日期：" + fmt_date(date, "iso"), 10)
    seal_for(p, 160, y + 10, cu["name"], "采购专用章", rng, 17)
    return dict(pages=[p], doc_type="procurement_proof",
                fields=F(amount_yuan=s2(amt), date=iso(date), customer=cu["name"]),
                note="【R3 供应商随机抽取及成交确认表】项目预算与其他供应商报价为干扰金额，抽取时间为干扰日期")


def r_group(ctx):
    """R4 ★ 集团集中采购结果执行通知（集团采购中心→所属执行单位）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    amt, date = d["amount"], d["date"]
    group = cu.get("group") or "天津渤昀控股集团有限公司"
    p = Page()
    f = Flow(p)
    f.title(group, 18, RED, after=1)
    p.line(22, f.y + 2, 188, f.y + 2, 1.2, RED)
    f.gap(5)
    f.line_text(f"集采〔{date.year}〕{rng.randint(10, 60)}号", 10, "c")
    f.title(f"关于{date.year}年度智能制造改造项目集中采购结果执行的通知", 13.5, after=3)
    f.line_text("各所属单位：", 11)
    f.para(f"集团物资集中采购中心组织实施的{date.year}年度智能制造改造项目集中采购已完成评审，结果经集团采购管理委员会审定。"
           "现将结果下达，请各执行单位在本通知下发之日起20日内与中选供应商签订合同，并将合同副本报采购中心备案。")
    others = d.get("others", [("天津瑄和精细化工有限公司", "天津恒堃自动化设备有限公司", (dec(amt) * dec("0.62")).quantize(dec("100"))),
                              ("天津渤昀港口物流有限公司", "天津昀橦信息技术有限公司", (dec(amt) * dec("1.37")).quantize(dec("100")))])
    rows = [["序号", "执行单位（采购单位）", "中选供应商", "中选金额（万元）"],
            ["1", others[0][0], others[0][1], wan(others[0][2])],
            ["2", cu["name"], app["name"], wan(amt)],
            ["3", others[1][0], others[1][1], wan(others[1][2])]]
    f.table(rows, [12, 62, 62, 30], 9.5, align="cllr")
    f.para("附件：中选供应商联系方式", 10, False)
    f.gap(12)
    p.text(118, f.y, group + "物资集中采购中心", 10.5)
    p.text(130, f.y + 10, fmt_date(date, "cn"), 10.5)
    seal_for(p, 150, f.y + 2, group, "", rng, 19)
    return dict(pages=[p], doc_type="procurement_proof",
                fields=F(amount_yuan=s2(amt), date=iso(date), customer=cu["name"]),
                note="【R4 集团集中采购结果执行通知】红头，集团组织、客户为表中执行单位，金额仅以万元列示，其他行为干扰")


# ============================================================== standards
def s_jjj(ctx):
    """S1 ★ 京津冀区域协同地方标准 征求意见稿 cover + 前言"""
    d, rng, app = ctx["d"], ctx["rng"], ctx["app"]
    title = d["title"]
    p1, p2 = Page(), Page()
    p1.text(22, 20, "ICS 25.040", 9.5)
    p1.text(22, 26, "CCS J 07", 9.5)
    p1.text(188, 22, "DB11/T 3xxx—2024", 10, BLACK, "r")
    p1.text(188, 28, "DB12/T 3xxx—2024", 10, BLACK, "r")
    p1.text(188, 34, "DB13/T 3xxx—2024", 10, BLACK, "r")
    p1.text(105, 52, "京津冀区域协同地方标准", 22, BLACK, "c")
    p1.line(22, 58, 188, 58, 1.0)
    f = Flow(p1, 22, 188, 90)
    for ln in Flow(p1).wrap(title, 20, 150):
        f.line_text(ln, 20, "c", lead=1.6)
    f.gap(6)
    f.line_text(d.get("en", "Specification for intelligent manufacturing system integration"), 11, "c")
    f.gap(14)
    f.line_text("（征求意见稿）", 14, "c")
    p1.text(105, 222, "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9, BLACK, "c")
    p1.line(22, 250, 188, 250, 1.0)
    p1.text(40, 258, "2024-××-××发布", 11)
    p1.text(170, 258, "2024-××-××实施", 11, BLACK, "r")
    p1.text(105, 272, "北京市市场监督管理局　天津市市场监督管理委员会　河北省市场监督管理局　联合发布", 10, BLACK, "c")
    f = Flow(p2)
    f.title("前　　言", 15, after=4)
    f.para("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    f.para("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    f.para("本文件由天津市工业和信息化局、北京市经济和信息化局、河北省工业和信息化厅联合提出并组织实施。")
    f.para(f"本文件起草单位：{app['name']}、天津大学、北京{d.get('co', '赟和')}智能科技有限公司、河北工业大学。")
    f.para("本文件主要起草人：" + "、".join(ctx["names"][:5]) + "。")
    return dict(pages=[p1, p2], doc_type="standard_draft", fields=F(title=title),
                note="【S1 京津冀区域协同地方标准征求意见稿】三地编号并列、三局联合发布，封面+前言")


def s_aq(ctx):
    """S2 ★ 安全生产行业标准 AQ/T 征求意见稿（应急管理部）"""
    d, app = ctx["d"], ctx["app"]
    title = d["title"]
    p1, p2 = Page(), Page()
    p1.text(22, 20, "ICS 13.100", 9.5)
    p1.text(22, 26, "CCS C 67", 9.5)
    p1.text(188, 24, "AQ", 30, BLACK, "r")
    p1.text(105, 48, "中华人民共和国安全生产行业标准", 19, BLACK, "c")
    p1.text(188, 58, "AQ/T ××××—20××", 11, BLACK, "r")
    p1.line(22, 62, 188, 62, 1.0)
    f = Flow(p1, 22, 188, 92)
    for ln in Flow(p1).wrap(title, 19, 150):
        f.line_text(ln, 19, "c", lead=1.6)
    f.gap(14)
    f.line_text("（征求意见稿）", 14, "c")
    f.gap(6)
    f.line_text(d.get("date_note", "（本稿完成日期：2023年11月）"), 10, "c")
    p1.line(22, 250, 188, 250, 1.0)
    p1.text(40, 258, "20××-××-××发布", 11)
    p1.text(170, 258, "20××-××-××实施", 11, BLACK, "r")
    p1.text(105, 272, "中华人民共和国应急管理部　发布", 13, BLACK, "c")
    f = Flow(p2)
    f.title("前　　言", 15, after=4)
    f.para("本文件按照GB/T 1.1—2020的规定起草。本文件由中华人民共和国应急管理部提出。")
    f.para("本文件由全国安全生产标准化技术委员会化学品安全分技术委员会（SAC/TC 288/SC 3）归口。")
    f.para(f"本文件起草单位：中国安全生产科学研究院、{app['name']}、天津市应急管理局技术中心。")
    return dict(pages=[p1, p2], doc_type="standard_draft", fields=F(title=title),
                note="【S2 安全生产行业标准AQ/T征求意见稿】应急管理部发布，封面+前言")


def s_ent(ctx):
    """S3 ordinary 企业标准（草案）Q/…"""
    d, app = ctx["d"], ctx["app"]
    title = d["title"]
    p = Page()
    p.text(22, 20, "ICS 35.240", 9.5)
    p.text(188, 24, "Q/" + d.get("code", "TJHX"), 22, BLACK, "r")
    p.text(105, 46, app["name"] + "企业标准", 17, BLACK, "c")
    p.text(188, 56, f"Q/{d.get('code', 'TJHX')} {d.get('num', '008')}—2023", 11, BLACK, "r")
    p.line(22, 60, 188, 60, 1.0)
    f = Flow(p, 22, 188, 95)
    for ln in Flow(p).wrap(title, 19, 150):
        f.line_text(ln, 19, "c", lead=1.6)
    f.gap(12)
    f.line_text("（草案）", 14, "c")
    p.line(22, 250, 188, 250, 1.0)
    p.text(40, 258, "2023-××-××发布", 11)
    p.text(170, 258, "2023-××-××实施", 11, BLACK, "r")
    p.text(105, 272, app["name"] + "　发布", 13, BLACK, "c")
    return dict(pages=[p], doc_type="standard_draft", fields=F(title=title), note="【S3 企业标准草案封面】")


def s_group(ctx):
    """S4 ordinary 团体标准 征求意见稿"""
    d, app = ctx["d"], ctx["app"]
    title = d["title"]
    p1, p2 = Page(), Page()
    p1.text(22, 20, "ICS 25.040.40", 9.5)
    p1.text(188, 24, "T/TJIIA", 22, BLACK, "r")
    p1.text(105, 46, "团　体　标　准", 22, BLACK, "c")
    p1.text(188, 56, f"T/TJIIA {d.get('num', '012')}—2023", 11, BLACK, "r")
    p1.line(22, 60, 188, 60, 1.0)
    f = Flow(p1, 22, 188, 95)
    for ln in Flow(p1).wrap(title, 19, 150):
        f.line_text(ln, 19, "c", lead=1.6)
    f.gap(12)
    f.line_text("（征求意见稿）", 14, "c")
    p1.line(22, 250, 188, 250, 1.0)
    p1.text(105, 272, "天津市工业互联网协会　发布", 13, BLACK, "c")
    f = Flow(p2)
    f.title("前　　言", 15, after=4)
    f.para("本文件由天津市工业互联网协会提出并归口。")
    f.para(f"本文件起草单位：{app['name']}、天津理工大学。")
    return dict(pages=[p1, p2], doc_type="standard_draft", fields=F(title=title), note="【S4 团体标准征求意见稿】")


# ============================================================== other
def o_paycert(ctx):
    """O1 ★ 工程款（进度款）支付证书（监理签发、发包人审批；批准支付≠已支付）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    date = d["date"]
    amt = d["amount"]
    p = Page()
    f = Flow(p)
    f.title("进度付款证书", 18, after=2)
    f.line_text(f"（第{d.get('period', 3)}期）　　　　　　　　　　　编号：ZF-{rng.randint(100, 999)}", 10)
    f.table([["项目名称", ct["name"]], ["发包人", cu["name"]], ["承包人", app["name"]], ["合同编号", ct["no"]]], [30, 136], 10)
    f.gap(3)
    f.table([["项目", "金额（元）"], ["合同价款", comma(ct["printed_amount"])],
             ["截至本期末累计完成合同价款", comma(dec(ct["printed_amount"]) * dec("0.9"))],
             ["扣留质量保证金", comma(dec(ct["printed_amount"]) * dec("0.03"))],
             ["本期应支付金额", comma(amt)]], [100, 66], 10, align="lr")
    f.gap(3)
    f.para(f"经审核，承包人本期进度付款申请符合合同约定，同意本期支付人民币{daxie(amt)}。发包人应在本证书签发后28天内"
           "将应付款支付给承包人。", 10.5)
    f.gap(6)
    y = f.y
    p.text(22, y, "监理人（盖章）：天津津诚工程建设监理有限公司", 10)
    p.text(22, y + 9, "总监理工程师：", 10)
    p.hand(50, y + 10, ctx["names"][0], 12, BLUE, rng)
    p.text(22, y + 22, "发包人审批意见：同意支付。", 10)
    p.text(22, y + 31, "发包人（盖章）：" + cu["name"], 10)
    p.text(22, y + 40, "日期：" + fmt_date(date, "cn"), 10)
    seal_for(p, 120, y + 2, "天津津诚工程建设监理有限公司", "", rng, 16)
    seal_for(p, 150, y + 32, cu["name"], "", rng, 18)
    return dict(pages=[p], doc_type="other", fields=F(),
                note="【O1 进度付款证书】监理签发的“应支付”证书，不是付款凭证（看似付款证明）")


def o_agencyfee(ctx):
    """O2 ★ 中标服务费缴纳通知书（招标代理机构致中标人）"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    date = d["date"]
    amt = d["amount"]
    fee = d.get("fee") or dec(amt) * dec("0.005") + dec("7500")
    agency = d.get("agency", "天津瀚瑄招标代理有限公司")
    p = Page()
    f = Flow(p)
    f.title("中标服务费缴纳通知书", 17, after=6)
    f.line_text(app["name"] + "：", 11)
    f.para(f"贵公司在{cu['name']}“{ct['name']}”项目（招标编号TJHX-{date.year}-{rng.randint(100, 999)}）中被确定为中标人，"
           f"中标金额¥{comma(amt)}。根据招标文件第二章投标人须知前附表的约定，中标服务费由中标人支付，"
           f"按差额定率累进法计算为人民币{daxie(fee)}（¥{comma(fee)}）。")
    f.para("请于领取中标通知书前将中标服务费汇至以下账户，并在汇款用途中注明项目编号：")
    f.kv([("开户名称：", agency), ("开户银行：", "沽上商业银行天津南开支行"), ("账　　号：", "1203" + str(rng.randint(10**11, 10**12 - 1)))], 10.5, 28)
    f.gap(14)
    p.text(120, f.y, agency, 10.5)
    p.text(130, f.y + 10, fmt_date(date, "cn"), 10.5)
    seal_for(p, 150, f.y + 2, agency, "", rng, 18)
    return dict(pages=[p], doc_type="other", fields=F(),
                note="【O2 中标服务费缴纳通知书】代理机构收费函，提到中标人与中标金额但不是采购结果通知")


def o_assign(ctx):
    """O3 ★ 应收账款债权转让通知书 + 买方回执"""
    rng, app, ct, d = ctx["rng"], ctx["app"], ctx["ct"], ctx["d"]
    cu = ct["customer"]
    date = d["date"]
    bank = d.get("bank", "津门银行股份有限公司")
    p = Page()
    f = Flow(p)
    f.title("应收账款债权转让通知书", 17, after=6)
    f.line_text(cu["name"] + "：", 11)
    f.para(f"我公司与贵公司签订的合同（编号：{ct['no']}）项下，我公司对贵公司享有的应收账款人民币"
           f"{daxie(ct['printed_amount'])}，已全部转让给{bank}天津分行。请贵公司自收到本通知之日起，"
           "将上述应收账款直接支付至该行保理专户，向其他账户付款不发生清偿效力。")
    f.gap(8)
    p.text(120, f.y, app["name"], 10.5)
    p.text(130, f.y + 10, fmt_date(date, "cn"), 10.5)
    seal_for(p, 150, f.y + 2, app["name"], "", rng, 18)
    f.gap(30)
    p.line(22, f.y, 188, f.y, 0.4, GREY)
    p.text(105, f.y - 1.5, "－－－－－－－－－－－－　沿此线剪开　－－－－－－－－－－－－", 8, GREY, "c")
    f.gap(6)
    f.title("回　　执", 14, after=3)
    f.para(f"我公司已收到{app['name']}发出的《应收账款债权转让通知书》，知悉并同意上述债权转让事项，"
           "将按通知要求向保理专户付款。")
    f.gap(10)
    p.text(120, f.y, cu["name"], 10.5)
    p.text(130, f.y + 10, fmt_date(date + dt.timedelta(days=2), "cn"), 10.5)
    seal_for(p, 150, f.y + 2, cu["name"], "", rng, 18)
    return dict(pages=[p], doc_type="other", fields=F(),
                note="【O3 应收账款债权转让通知书+回执】保理背景材料，两方盖章、引用合同号与金额，但不是付款凭证")


GENRES = {
    "C1": c_prose, "C2": c_japan, "C3": c_operate,
    "A1": a_grid, "A2": a_gmp, "A3": a_buyoff, "A4": a_startup,
    "P1": p_bank, "P2": p_portal, "P3": p_stub, "P4": p_factor, "P5": p_email,
    "R1": r_award, "R2": r_notary, "R3": r_lottery, "R4": r_group,
    "S1": s_jjj, "S2": s_aq, "S3": s_ent, "S4": s_group,
    "O1": o_paycert, "O2": o_agencyfee, "O3": o_assign,
}
NEW = {"C2", "C3", "A2", "A3", "A4", "P2", "P3", "P4", "P5", "R2", "R3", "R4", "S1", "S2", "O1", "O2", "O3"}
