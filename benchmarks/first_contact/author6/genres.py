"""Document genres written by author 6. Each returns the page model plus the truth it states.

Every function receives ctx with A (applicant), C (customer), K (contract), P (payment, for
payment genres), rng, and returns dict(doc, fields, note, force) where force optionally pins the
rendering ('photo', 'scan', 'png').
"""
from decimal import Decimal
from common import daxie, yfmt, ystr, fdate, spaced, money
from render import Doc, text_w

RED = (200, 20, 30)
BLUE = (20, 60, 150)
GREY = (110, 110, 110)


def F(contract_no=None, amount=None, date=None, customer=None, payer=None, payee=None, result=None, title=None):
    return {"contract_no": contract_no, "amount_yuan": ystr(amount) if amount is not None else None,
            "date": date.isoformat() if date is not None else None, "customer": customer,
            "payer": payer, "payee": payee, "result": result, "title": title}


def seal_of(doc, cx, cy, name, kind="合同专用章", r=19):
    doc.seal(cx, cy, r, name, kind)


# ======================================================================= contracts

def g01_coop_agreement(ctx):
    """G01 数字化车间建设合作协议: 项目业主方 / 项目承建方, price in prose with deposit distractors,
    signing date only in a prose sentence, signature page on page 2."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    reverse = K.get("reverse_roles", False)
    d = Doc()
    d.text(105, 30, K["title"], 16, "bold", align="c")
    d.text(105, 40, "合 作 协 议", 15, "bold", align="c")
    d.text(190, 50, f"协议编号：{K['no']}", 9.5, align="r")
    y = 62
    first = [("项目承建方", A), ("项目业主方", C)] if reverse else [("项目业主方", C), ("项目承建方", A)]
    for lab, P in first:
        tag = "（以下简称“业主方”）" if lab == "项目业主方" else "（以下简称“承建方”）"
        d.text(22, y, f"{lab}：{P['name']}{tag}", 10.5)
        y += 6
        d.text(30, y, f"住所：{P['addr']}", 9.5, color=GREY)
        y += 8
    dep = money(K["amount"] * 3 / 10)
    bond = money(K["amount"] / 20)
    body = [
        f"为推进业主方数字化车间建设，双方本着平等互利、优势互补的原则，经友好协商，就业主方委托承建方实施“{K['title']}”相关事宜达成如下协议。",
        "第一条 建设内容：承建方负责车间级数据采集与设备联网、制造执行系统部署、生产过程可视化看板及与业主方现有ERP系统的集成，具体以附件《技术方案》为准。",
        f"第二条 建设周期：承建方应于{fdate(K['deliver'], 'cn')}前完成全部设备到货及系统部署，并配合业主方完成试运行。",
        f"第三条 协议价款：本协议项下全部建设内容的价款为人民币{daxie(K['amount'])}（¥{yfmt(K['amount'])}），该价款已包含设备、软件、实施及税费。",
        f"第四条 支付方式：协议生效后十个工作日内业主方支付预付款人民币{yfmt(dep)}元；系统验收合格后支付至协议价款的百分之九十五；余款作为质量保证金，于质保期满后一次付清。",
        f"第五条 履约担保：承建方应在协议生效前向业主方提交金额为人民币{yfmt(bond)}元的履约保函。",
        "第六条 违约责任：任何一方逾期履行义务的，每逾期一日按未履行部分价款的千分之一向对方支付违约金，但违约金总额不超过协议价款的百分之五。",
        f"第七条 本协议由双方于{fdate(K['sign'], 'han')}在{C.get('city', '天津市')}签订，自双方盖章之日起生效。本协议一式肆份，双方各执贰份。",
    ]
    for para in body:
        y = d.para(22, y, 166, para, 10.5, 1.8) + 2
    d.text(105, 285, "第 1 页 共 2 页", 8.5, color=GREY, align="c")
    d.new_page()
    d.text(22, 30, "（本页为签署页，无正文）", 10.5)
    y = 60
    for lab, P in first:
        d.text(22, y, f"{lab}（盖章）：{P['name']}", 10.5)
        d.text(22, y + 12, "法定代表人或授权代表（签字）：", 10.5)
        d.hand(95, y + 12, P["person"], 14)
        d.text(22, y + 24, "日期：", 10.5)
        seal_of(d, 150, y + 8, P["name"])
        y += 55
    d.text(105, 285, "第 2 页 共 2 页", 8.5, color=GREY, align="c")
    note = "合作协议，业主方/承建方，价款在第三条（预付款、保函为干扰金额），签订日期只在正文“于……签订”（汉字日期）"
    if reverse:
        note += "；承建方（申报单位）写在前面"
    return dict(doc=d, fields=F(K["no"], K["amount"], K["sign"], C["name"]), note=note)


def g02_saas(ctx):
    """G02 工业软件订阅及实施服务合同: 订阅方/服务商, header grid, price table with 不含税 distractor."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 26, "工业软件订阅及实施服务合同", 17, "hei", align="c")
    d.text(105, 33, "Industrial Software Subscription & Implementation Agreement", 8.5, "hei", GREY, align="c")
    y = d.table(20, 40, [28, 62, 28, 52], [
        ["合同编号", K["no"], "签约日期", fdate(K["sign"], "iso")],
        ["签约地点", C.get("city", "天津市"), "服务期限", f"{K['sign'].year}年起 36 个月"],
    ], rh=8, size=9.5)
    y += 6
    for lab, P in [("订阅方", C), ("服务商", A)]:
        d.text(20, y, f"{lab}：{P['name']}", 10.5, "hei")
        d.text(120, y, f"统一社会信用代码：{P['uscc']}", 8.5, color=GREY)
        y += 5.5
        d.text(20, y, f"地址：{P['addr']}    联系人：{P['person']}", 8.5, color=GREY)
        y += 8
    y = d.para(20, y, 170, f"订阅方为建设{K['title']}，向服务商订阅其工业互联网平台软件并委托服务商完成部署实施。双方依据《中华人民共和国民法典》签订本合同。", 10, 1.7)
    y += 3
    d.text(20, y, "一、价款构成（单位：人民币元）", 10.5, "hei")
    y += 3
    a = K["amount"]
    p1 = money(a * 45 / 100)
    p2 = money(a * 35 / 100)
    p3 = a - p1 - p2
    net = money(a / Decimal("1.13"))
    y = d.table(20, y, [12, 78, 40, 40], [
        ["序号", "项目", "金额（含税）", "备注"],
        ["1", "平台软件订阅费（三年）", yfmt(p1), "税率6%"],
        ["2", "部署实施及集成服务费", yfmt(p2), "税率6%"],
        ["3", "边缘采集网关及附件", yfmt(p3), "税率13%"],
        ["", "合同总价（含税）", yfmt(a), daxie(a)],
    ], rh=8, size=9, aligns=["c", "l", "r", "l"])
    y += 3
    d.text(20, y, f"注：上述价款中不含税金额约为人民币{yfmt(net)}元，仅供财务核算参考，以合同总价（含税）为准。", 8.5, color=GREY)
    y += 9
    for para in [
        "二、付款：合同签订后订阅方支付合同总价的30%；平台上线并经订阅方验收合格后支付65%；剩余5%于服务期第二年末支付。",
        "三、知识产权：平台软件著作权归服务商所有，订阅方在服务期内享有非独占使用权；项目实施中形成的业务数据归订阅方所有。",
        "四、保密：双方对在合作中获知的对方商业秘密负有保密义务，本条款在合同终止后三年内持续有效。",
        "五、争议解决：因本合同引起的争议，双方协商解决；协商不成的，提交订阅方所在地人民法院诉讼解决。",
    ]:
        y = d.para(20, y, 170, para, 9.5, 1.7) + 1.5
    y += 8
    d.text(20, y, f"订阅方（盖章）：{C['name']}", 10)
    d.text(115, y, f"服务商（盖章）：{A['name']}", 10)
    d.text(20, y + 10, "授权代表：", 10)
    d.text(115, y + 10, "授权代表：", 10)
    d.hand(42, y + 10, C["person"], 13)
    d.hand(137, y + 10, A["person"], 13)
    seal_of(d, 55, y + 2, C["name"])
    seal_of(d, 150, y + 2, A["name"])
    return dict(doc=d, fields=F(K["no"], K["amount"], K["sign"], C["name"]),
                note="订阅服务合同，订阅方/服务商，签约日期在表头，价款表含税合计+不含税干扰金额")


def g03_hand_form(ctx):
    """G03 手写填写的格式购货合同: printed blank with 购货单位/供货单位, values by hand."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc(bg=(252, 250, 240))
    d.text(105, 24, "购 货 合 同", 18, "bold", align="c")
    d.text(22, 36, "合同号：", 10)
    d.hand(40, 36, K["no"], 12)
    d.text(120, 36, "签订日期：", 10)
    s = K["sign"]
    d.hand(140, 36, f"{s.year}", 12)
    d.text(152, 36, "年", 10)
    d.hand(159, 36, f"{s.month}", 12)
    d.text(165, 36, "月", 10)
    d.hand(171, 36, f"{s.day}", 12)
    d.text(178, 36, "日", 10)
    d.table(20, 42, [30, 140], [["购货单位", ""], ["供货单位", ""]], rh=9, size=10)
    d.hand(52, 48, C["name"], 12)
    d.hand(52, 57, A["name"], 12)
    items = ctx["items"]
    rows = [["货物名称", "规格型号", "单位", "数量", "单价（元）", "金额（元）"]]
    for it in items:
        rows.append([it[0], it[1], it[2], str(it[3]), yfmt(it[4]), yfmt(it[3] * it[4])])
    rows += [["", "", "", "", "", ""]] * 2
    rows.append(["合计（大写）", None, None, None, "", ""])
    y = d.table(20, 66, [46, 34, 14, 14, 30, 32], rows, rh=9, size=9.5, aligns=["l", "l", "c", "c", "r", "r"], hand_cols=(0, 1, 2, 3, 4, 5))
    d.hand(50, y - 3, daxie(K["amount"]), 11.5)
    d.hand(186, y - 3, "¥" + yfmt(K["amount"]), 11.5, align="r")
    clauses = ["一、质量要求：按供货单位企业标准及双方确认的技术协议执行。",
               "二、交货地点及方式：供货单位送货至购货单位指定地点并负责安装调试。",
               "三、结算方式：____________________________________",
               "四、验收：到货后七日内购货单位组织验收，验收合格签署验收单。",
               "五、违约责任：按《中华人民共和国民法典》相关规定执行。"]
    y += 8
    for c in clauses:
        d.text(22, y, c, 9.5)
        y += 7
    d.hand(48, y - 14, "验收合格后60日内电汇付清", 11)
    y += 8
    d.table(20, y, [85, 85], [["购货单位（章）", "供货单位（章）"], ["代表人：", "代表人："], ["电话：", "电话："]], rh=10, size=9.5)
    d.hand(42, y + 17, C["person"], 13)
    d.hand(127, y + 17, A["person"], 13)
    seal_of(d, 70, y + 16, C["name"])
    seal_of(d, 150, y + 16, A["name"])
    return dict(doc=d, fields=F(K["no"], K["amount"], K["sign"], C["name"]),
                note="空白格式购货合同手写填写（购货单位/供货单位），金额与日期均为手写", force="photo")


def o1_tech_service(ctx):
    """O1 技术服务合同 in own wording: letter-spaced 甲 方/乙 方, 一次性 payment phrase, date under signatures."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 34, "技 术 服 务 合 同", 18, "bold", align="c")
    d.text(22, 50, f"合同编号：{K['no']}", 10)
    y = 62
    d.text(22, y, f"{spaced('甲方')}：{C['name']}", 11)
    d.text(22, y + 8, f"{spaced('乙方')}：{A['name']}", 11)
    y += 20
    late = money(K["amount"] / 10)
    paras = [
        f"甲方委托乙方就“{K['title']}”提供技术服务，双方经协商一致，签订本合同。",
        "一、服务内容：乙方完成现场调研、方案设计、系统开发与部署、人员培训，并提供一年免费运维。",
        f"二、服务费用：本合同服务费用总额为{daxie(K['amount'])}（小写：¥{yfmt(K['amount'])}）。",
        "三、支付：项目验收合格后三十日内，甲方一次性向乙方支付全部合同款。",
        f"四、违约：乙方无正当理由中止服务的，应向甲方返还已收费用并支付违约金{yfmt(late)}元。",
        f"五、期限：服务期自合同签订之日起至{fdate(K['deliver'], 'cn')}止。",
        "六、本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。",
    ]
    for p in paras:
        y = d.para(22, y, 166, p, 10.5, 1.85) + 2
    y += 15
    d.text(22, y, "甲方（盖章）：", 10.5)
    d.text(115, y, "乙方（盖章）：", 10.5)
    d.text(22, y + 12, "代表签字：", 10.5)
    d.text(115, y + 12, "代表签字：", 10.5)
    d.hand(45, y + 12, C["person"], 13)
    d.hand(138, y + 12, A["person"], 13)
    d.text(22, y + 24, f"签订日期：{fdate(K['sign'], 'cn')}", 10.5)
    d.text(115, y + 24, f"签订日期：{fdate(K['sign'], 'cn')}", 10.5)
    seal_of(d, 60, y + 6, C["name"])
    seal_of(d, 150, y + 6, A["name"])
    return dict(doc=d, fields=F(K["no"], K["amount"], K["sign"], C["name"]),
                note="技术服务合同，标签“甲 方/乙 方”字间有空格，正文含“甲方一次性向乙方支付全部合同款”与违约金干扰金额")


# ======================================================================= acceptance

def g04_golive(ctx):
    """G04 系统上线及验收确认书: 上线日期 (distractor) earlier than 验收日期."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    passed = K.get("accept_result", "passed") == "passed"
    d = Doc()
    d.text(105, 28, "系统上线及验收确认书", 17, "hei", align="c")
    rows = [
        ["项目名称", K["title"], None, None],
        ["合同编号", K["no"], "合同金额", f"¥{yfmt(K['amount'])}"],
        ["建设单位", C["name"], None, None],
        ["承建单位", A["name"], None, None],
        ["上线日期", fdate(K["golive"], "cn0"), "试运行期", f"{(K['accept'] - K['golive']).days} 天"],
        ["验收日期", fdate(K["accept"], "cn0"), "验收方式", "现场测试 + 资料审查"],
        ["验收内容", "1. 系统功能逐项测试；2. 数据采集完整率与准确率；3. 与ERP/WMS接口联调；4. 用户培训及操作手册；5. 竣工文档。", None, None],
    ]
    opinion = ("系统自上线以来运行稳定，功能及性能指标满足合同及技术协议要求，文档齐全。经建设单位验收小组确认，同意通过验收，转入质保期。"
               if passed else "系统试运行期间出现多次数据中断，部分功能未达到技术协议要求，验收小组意见：暂不通过验收，限期整改后重新组织验收。")
    rows.append(["验收意见", opinion, None, None])
    y = d.table(20, 36, [26, 74, 24, 46], rows, rh=10, size=9.5,
                heights=[10, 10, 10, 10, 10, 10, 26, 30])
    y += 10
    d.text(22, y, "建设单位（盖章）：", 10.5)
    d.text(115, y, "承建单位（盖章）：", 10.5)
    d.text(22, y + 12, "验收组长：", 10.5)
    d.hand(45, y + 12, C["person2"], 13)
    d.text(115, y + 12, "项目经理：", 10.5)
    d.hand(138, y + 12, A["person"], 13)
    seal_of(d, 62, y + 4, C["name"], "")
    seal_of(d, 152, y + 4, A["name"], "")
    return dict(doc=d, fields=F(K["no"], K["amount"], K["accept"], C["name"], result="passed" if passed else "failed"),
                note="上线及验收确认书，上线日期早于验收日期（干扰），验收日期为真值")


def g05_result_letter(ctx):
    """G05 验收结果通知书: letter from the customer; the letter date may differ from the acceptance date."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    passed = K.get("accept_result", "passed") == "passed"
    letter_date = K.get("letter_date", K["accept"])
    d = Doc()
    d.text(105, 24, C["name"], 15, "song", RED, align="c")
    d.line(20, 30, 190, 30, 0.8, RED)
    d.text(105, 44, "项目验收结果通知书", 16, "bold", align="c")
    d.text(190, 52, f"{C['short']}验字〔{letter_date.year}〕{r.randint(3, 40)}号", 9.5, align="r")
    y = 64
    d.text(22, y, f"{A['name']}：", 11)
    y += 10
    amount_txt = f"，合同金额{yfmt(K['amount'])}元" if K.get("letter_amount", True) else ""
    body = [f"你公司承建的{K['title']}项目（合同编号：{K['no']}{amount_txt}），已按合同约定完成建设任务。"
            f"我公司于{fdate(K['accept'], 'cn')}组织生产、设备、信息等部门及外聘专家对该项目进行了验收。"]
    if passed:
        body.append("验收组听取了项目实施情况汇报，查阅了项目文档，现场核查了系统运行情况，认为项目完成了合同规定的各项内容，技术指标达到要求。")
        body.append("验收结论：合格。")
        body.append("请你公司按合同约定做好质保期内的运维服务工作。")
    else:
        body.append("验收组经现场核查，认为项目视觉检测工位误判率、数据采集完整率两项指标未达到技术协议要求。")
        body.append("验收结论：不合格。请你公司于三十日内完成整改并书面申请复验。")
    body.append("特此通知。")
    for p in body:
        y = d.para(22, y, 166, p, 11, 1.9) + 2
    y += 20
    d.text(185, y, C["name"], 11, align="r")
    d.text(185, y + 10, fdate(letter_date, "han" if K.get("han_letter") else "cn"), 11, align="r")
    seal_of(d, 160, y + 2, C["name"], "")
    note = "客户出具的验收结果通知书（红头函件），验收日期在正文，落款日期另列"
    if letter_date != K["accept"]:
        note += f"；落款日期{letter_date.isoformat()}晚于验收日期，真值取验收日期"
    if not passed:
        note += "；验收结论不合格"
    return dict(doc=d, fields=F(K["no"], K["amount"] if K.get("letter_amount", True) else None, K["accept"], C["name"],
                                result="passed" if passed else "failed"), note=note)


def g06_jianding(ctx):
    """G06 项目竣工验收鉴定书: cover block + table + multi-party signatures."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 40, "项目竣工验收鉴定书", 20, "bold", align="c")
    d.text(105, 52, f"（{K['title']}）", 11, align="c")
    rows = [
        ["建设单位", C["name"]],
        ["承建单位", A["name"]],
        ["使用部门", K.get("user_dept", "生产制造部")],
        ["开工日期", fdate(K["start"], "dot")],
        ["完工日期", fdate(K["golive"], "dot")],
        ["鉴定（验收）日期", fdate(K["accept"], "dot")],
        ["项目投资", f"{money(K['amount'] / 10000):.2f} 万元（合同价）"],
    ]
    y = d.table(30, 62, [40, 110], rows, rh=9.5, size=10)
    y += 6
    d.text(30, y, "鉴定意见：", 11, "hei")
    y += 7
    y = d.para(30, y, 150, "验收委员会审阅了竣工资料，察看了现场，经质询和讨论，认为：项目按批准的设计内容建成，设备安装调试完毕，系统联调运行正常，"
               "主要技术指标达到设计要求，竣工资料基本齐全。鉴定结论：同意通过竣工验收，工程质量评定为合格。", 10.5, 1.8)
    y += 6
    d.table(30, y, [50, 50, 50], [["建设单位（公章）", "承建单位（公章）", "使用部门（签字）"], ["", "", ""]],
            rh=8, size=9.5, heights=[8, 30], aligns=["c", "c", "c"])
    d.hand(40, y + 30, C["person2"], 12)
    d.hand(90, y + 30, A["person"], 12)
    d.hand(140, y + 30, C["person"], 12)
    seal_of(d, 55, y + 22, C["name"], "")
    seal_of(d, 105, y + 22, A["name"], "")
    return dict(doc=d, fields=F(None, K["amount"], K["accept"], C["name"], result="passed"),
                note="竣工验收鉴定书，开工/完工/鉴定日期并列，金额以万元写在“项目投资”，无合同编号")


def o2_report(ctx):
    """O2 项目验收报告 (own wording): numbered sections, conclusion line."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 30, f"{K['title']}", 14, "hei", align="c")
    d.text(105, 40, "验 收 报 告", 17, "hei", align="c")
    y = 54
    for lab, val in [("验收单位", C["name"]), ("实施单位", A["name"]), ("合同编号", K["no"]), ("验收时间", fdate(K["accept"], "cn"))]:
        d.text(30, y, f"{lab}：{val}", 11)
        y += 8
    y += 4
    for p in ["一、项目概况", f"本项目于{fdate(K['sign'], 'cn')}签订合同，主要建设内容包括设备联网、数据平台与应用软件。",
              "二、验收过程", "验收组对照合同技术附件逐项进行了功能测试与性能测试，抽查了运行日志，审阅了用户手册、运维手册等文档。",
              "三、验收结论", "项目各项功能均已实现，性能指标满足合同要求。验收组一致同意该项目通过验收。"]:
        if p[1] == "、":
            d.text(30, y, p, 11, "hei")
            y += 8
        else:
            y = d.para(30, y, 150, p, 10.5, 1.8) + 3
    y += 12
    d.text(120, y, "验收单位（盖章）", 10.5)
    d.text(120, y + 10, fdate(K["accept"], "cn"), 10.5)
    seal_of(d, 140, y + 2, C["name"], "")
    return dict(doc=d, fields=F(K["no"], None, K["accept"], C["name"], result="passed"),
                note="普通验收报告（自拟格式），签订日期出现在正文（干扰），无金额")


# ======================================================================= payments

def g07_treasury(ctx):
    """G07 国库集中支付电子凭证 (public institution customer)."""
    A, C, K, P, r = ctx["A"], ctx["C"], ctx["K"], ctx["P"], ctx["rng"]
    d = Doc(210, 140)
    d.text(105, 14, "天津市财政国库集中支付电子凭证", 14, "hei", align="c")
    d.text(20, 22, f"支付方式：授权支付        凭证号：{P['ref']}", 9)
    d.text(190, 22, f"日期：{fdate(P['date'], 'cn0')}", 9, align="r")
    rows = [
        ["付款人", "全称", C["name"], "收款人", "全称", A["name"]],
        [None, "账号", C["acct"], None, "账号", A["acct"]],
        [None, "开户银行", C["bank"], None, "开户银行", A["bank"]],
        ["金额", "人民币（大写）" + daxie(P["amount"]), None, None, "（小写）", f"¥{yfmt(P['amount'])}"],
        ["预算单位", C["name"], None, "功能分类", "2050305 职业教育", None],
        ["用途", f"{K['title']}合同款（{K['no']}）" if P.get("cite") else f"{K['title']}设备及实施费", None, None, None, None],
    ]
    # merged first column cells are emulated by writing the label only in the first row
    rows2 = []
    for row in rows:
        rows2.append([c if c is not None or i not in (0, 3) else "" for i, c in enumerate(row)])
    rows2[3] = ["金额", "人民币（大写）" + daxie(P["amount"]), None, None, "（小写）", f"¥{yfmt(P['amount'])}"]
    rows2[4] = ["预算单位", C["name"], None, "功能分类", "2050305 职业教育", None]
    rows2[5] = ["用途", rows[5][1], None, None, None, None]
    d.table(15, 28, [16, 18, 56, 16, 18, 56], rows2, rh=10, size=8.5)
    d.text(15, 100, "代理银行：" + C["bank"], 8.5, color=GREY)
    d.text(15, 106, "本凭证由财政一体化系统生成，经代理银行签章后有效。", 8.5, color=GREY)
    d.seal(170, 112, 14, C["bank"].replace("支行", "").replace("分行", "") + "电子签章", "业务专用章")
    return dict(doc=d, fields=F(K["no"] if P.get("cite") else None, P["amount"], P["date"], payer=C["name"], payee=A["name"]),
                note="财政国库集中支付电子凭证（事业单位客户，零余额账户付款）")


def g08_sms(ctx):
    """G08 手机银行到账短信截图: payee not named, year only in the time header."""
    A, C, K, P, r = ctx["A"], ctx["C"], ctx["K"], ctx["P"], ctx["rng"]
    d = Doc(72, 150, bg=(242, 242, 247))
    d.rect(0, 0, 72, 10, 0, None, (248, 248, 248))
    d.text(5, 6.5, f"{r.randint(9, 17)}:{r.randint(10, 59)}", 7, "hei")
    d.text(67, 6.5, "5G  87%", 6, "hei", align="r")
    d.text(36, 16, A["bank_short"], 8.5, "hei", align="c")
    d.text(36, 21, "短信 · 官方号码 " + A["bank_sms"], 5.5, "hei", GREY, align="c")
    d.line(0, 24, 72, 24, 0.2, (210, 210, 210))
    y = 32
    older = P.get("older")
    if older:
        d.text(36, y, older[0], 5.5, "hei", GREY, align="c")
        y += 3
        d.rect(5, y, 54, 18, 0, None, (229, 229, 234))
        yy = y + 4.5
        for ln in _wrap_small(older[1], 50, 6.5):
            d.text(7, yy, ln, 6.5, "hei")
            yy += 3.6
        y += 24
    when = P["date"]
    d.text(36, y, f"{when.year}年{when.month}月{when.day}日 {P['time']}", 5.5, "hei", GREY, align="c")
    y += 3
    msg = (f"【{A['bank_short']}】您尾号{A['acct'][-4:]}的账户{when.month:02d}月{when.day:02d}日{P['time']}跨行转入人民币"
           f"{yfmt(P['amount'])}元，活期余额{yfmt(P['amount'] + P['balance'])}元。对方户名：{P['payer']}。"
           f"附言：{P['memo']}。")
    lines = _wrap_small(msg, 50, 6.5)
    d.rect(5, y, 56, 4 + 3.6 * len(lines), 0, None, (229, 229, 234))
    yy = y + 4.5
    for ln in lines:
        d.text(7, yy, ln, 6.5, "hei")
        yy += 3.6
    d.rect(0, 138, 72, 12, 0, None, (250, 250, 250))
    d.text(8, 145, "＋   短信", 7, "hei", GREY)
    cite = K["no"] in P["memo"]
    return dict(doc=d, fields=F(K["no"] if cite else None, P["amount"], P["date"], payer=P["payer"], payee=None),
                note="手机到账短信截图：收款人未写明（只有账户尾号），年份只在时间标题，金额后跟余额（干扰）", force="png")


def _wrap_small(s, width, size):
    from render import wrap
    return wrap(s, width, size)


def g09_lc(ctx):
    """G09 国内信用证 到期付款通知书."""
    A, C, K, P, r = ctx["A"], ctx["C"], ctx["K"], ctx["P"], ctx["rng"]
    d = Doc(210, 180)
    d.text(105, 16, C["bank"].split("股份")[0].split("银行")[0] + "银行", 12, "hei", align="c")
    d.text(105, 25, "国内信用证付款通知书", 15, "hei", align="c")
    d.text(105, 31, "（受益人联）", 9, align="c")
    rows = [
        ["信用证编号", P["ref"], "付款日期", fdate(P["date"], "slash")],
        ["开证日期", fdate(P["issued"], "slash"), "付款期限", "见单后90天"],
        ["开证申请人\n（付款人）", C["name"], None, None],
        ["受益人\n（收款人）", A["name"], None, None],
        ["受益人开户行", A["bank"], "账号", A["acct"]],
        ["信用证金额", f"CNY {yfmt(P['lc_amount'])}", "本次付款金额", f"CNY {yfmt(P['amount'])}"],
        ["金额（大写）", "人民币" + daxie(P["amount"]), None, None],
        ["基础交易合同", f"{K['no']}  {K['title']}", None, None],
        ["扣费", "承付手续费由开证申请人承担", None, None],
    ]
    d.table(18, 38, [30, 70, 30, 44], rows, rh=11, size=9)
    d.text(18, 150, "兹证明本行已按上述信用证条款对相符交单履行付款责任，款项已划入受益人账户。", 9)
    d.seal(165, 160, 14, C["bank"].split("股份")[0] + "国际业务部", "业务专用章")
    return dict(doc=d, fields=F(K["no"], P["amount"], P["date"], payer=C["name"], payee=A["name"]),
                note="国内信用证付款通知书：信用证金额与本次付款金额并列（干扰），开证日期与付款日期并列")


def g10_settle_form(ctx):
    """G10 结算业务申请书（回单联）, handwritten, vertically written party labels."""
    A, C, K, P, r = ctx["A"], ctx["C"], ctx["K"], ctx["P"], ctx["rng"]
    d = Doc(210, 120, bg=(250, 247, 236))
    d.text(105, 12, C["bank"].split("银行")[0] + "银行  结算业务申请书", 13, "song", (40, 90, 60), align="c")
    d.text(105, 18, "第二联  回单联", 8, color=(40, 90, 60), align="c")
    d.text(22, 25, "申请日期", 9)
    d.hand(40, 25, f"{P['date'].year}年{P['date'].month}月{P['date'].day}日", 11)
    d.text(150, 25, "□电汇 ☒转账 □汇票", 8.5)
    rows = [["申\n请\n人", "全称", "", "收\n款\n人", "全称", ""],
            ["", "账号", "", "", "账号", ""],
            ["", "开户行", "", "", "开户行", ""]]
    d.table(15, 29, [8, 14, 68, 8, 14, 68], rows, rh=9, size=8.5, aligns=["c", "c", "l", "c", "c", "l"])
    d.hand(39, 35, C["name"], 10)
    d.hand(39, 44, C["acct"], 10)
    d.hand(39, 53, C["bank"], 9.5)
    d.hand(129, 35, A["name"], 10)
    d.hand(129, 44, A["acct"], 10)
    d.hand(129, 53, A["bank"], 9.5)
    d.table(15, 57, [22, 110, 48], [["金额（大写）", "", ""]], rh=10, size=8.5)
    d.hand(40, 64, "人民币" + daxie(P["amount"]), 10.5)
    d.hand(190, 64, "¥" + yfmt(P["amount"]), 11, align="r")
    d.table(15, 67, [22, 158], [["用途", ""], ["附言", ""]], rh=8, size=8.5)
    d.hand(40, 72.5, P["memo"], 10)
    d.text(20, 100, "申请人签章", 8.5)
    d.text(120, 100, "银行受理签章", 8.5)
    seal_of(d, 40, 95, C["name"], "财务专用章", r=13)
    d.seal(150, 95, 12, C["bank"].split("银行")[0] + "银行", fdate(P["date"], "dot"), star=False)
    cite = K["no"] in P["memo"]
    return dict(doc=d, fields=F(K["no"] if cite else None, P["amount"], P["date"], payer=C["name"], payee=A["name"]),
                note="手写结算业务申请书回单联，申请人/收款人竖排标签，银行受理章日期", force=r.choice(["photo", "scan"]))


def o3_ebank(ctx):
    """O3 网上银行电子回单 in own layout."""
    A, C, K, P, r = ctx["A"], ctx["C"], ctx["K"], ctx["P"], ctx["rng"]
    d = Doc(210, 110)
    bank = C["bank"].split("银行")[0] + "银行"
    d.text(20, 14, bank, 13, "hei", (0, 80, 160))
    d.text(105, 14, "网上银行电子回单", 13, "hei", align="c")
    d.text(190, 14, f"回单编号：{P['ref']}", 8, align="r")
    rows = [
        ["付款方", f"户名：{P.get('payer', C['name'])}\n账号：{P.get('payer_acct', C['acct'])}\n开户行：{C['bank']}", "收款方", f"户名：{A['name']}\n账号：{A['acct']}\n开户行：{A['bank']}"],
        ["金额", f"¥{yfmt(P['amount'])}    {daxie(P['amount'])}", None, None],
        ["交易时间", f"{fdate(P['date'], 'iso')} {P['time']}:{r.randint(10, 59)}", "业务类型", "跨行转账"],
        ["摘要", P["memo"], None, None],
    ]
    d.table(15, 20, [18, 72, 18, 72], rows, size=8.5, heights=[22, 9, 9, 9])
    d.text(15, 80, "重要提示：本回单不作为收款方发货依据，请勿重复记账。打印次数：1", 7.5, color=GREY)
    d.seal(170, 86, 13, bank, "电子回单专用章")
    cite = K["no"] in P["memo"]
    return dict(doc=d, fields=F(K["no"] if cite else None, P["amount"], P["date"], payer=P.get("payer", C["name"]), payee=A["name"]),
                note="网银电子回单（付款方/收款方左右两栏），摘要" + ("引用合同号" if cite else "未引用合同号"))


# ======================================================================= procurement

def g11_eval_report(ctx):
    """G11 评标报告（节选）: several bidders' prices; the winner's price is the truth."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 26, "评 标 报 告（节选）", 16, "hei", align="c")
    d.text(22, 40, f"项目名称：{K['title']}", 10.5)
    d.text(22, 48, f"项目编号：{K['proj']}", 10.5)
    d.text(22, 56, f"招 标 人：{C['name']}", 10.5)
    d.text(22, 64, f"招标代理机构：{ctx['agency']}", 10.5)
    d.text(22, 72, f"开标时间：{fdate(K['bid_open'], 'cn')} 9:30", 10.5)
    others = ctx["others"]
    prices = [K["proc_amount"]] + [money(K["proc_amount"] * Decimal(f)) for f in ("1.047", "0.962", "1.113")]
    names = [A["name"]] + others
    rows = [["排名", "投标人", "投标报价（元）", "综合得分"]]
    order = [0, 2, 1, 3]
    scores = [92.6, 88.1, 85.4, 79.0]
    for rank, i in enumerate(order):
        rows.append([str(rank + 1), names[i], yfmt(prices[i]), f"{scores[rank]:.2f}"])
    y = d.table(22, 80, [14, 86, 36, 30], rows, rh=9, size=9.5, aligns=["c", "l", "r", "c"])
    y += 8
    y = d.para(22, y, 166, f"评标委员会按照招标文件规定的综合评估法进行评审，推荐{A['name']}为第一中标候选人，中标价为人民币{yfmt(K['proc_amount'])}元。", 10.5, 1.8)
    y += 4
    y = d.para(22, y, 166, f"招标人确认意见：同意评标委员会推荐意见，确定{A['name']}为中标人。", 10.5, 1.8)
    y += 14
    d.text(120, y, "招标人（盖章）：", 10.5)
    d.text(120, y + 10, f"确认日期：{fdate(K['proc_date'], 'cn')}", 10.5)
    seal_of(d, 165, y + 2, C["name"], "")
    return dict(doc=d, fields=F(None, K["proc_amount"], K["proc_date"], C["name"]),
                note="评标报告节选：四家投标报价（其余三家为干扰金额），开标时间早于定标确认日期，招标代理机构为干扰单位")


def g12_portal_order(ctx):
    """G12 供应商协同平台 订单详情 screenshot (PNG)."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc(260, 150, bg=(244, 246, 249))
    d.rect(0, 0, 260, 12, 0, None, (24, 64, 128))
    d.text(6, 8, f"{C['short']}集团 · 供应商协同平台 SRM", 10, "hei", (255, 255, 255))
    d.text(254, 8, f"当前用户：{A['short']}_销售01  |  退出", 7.5, "hei", (220, 230, 255), align="r")
    d.rect(0, 12, 38, 138, 0, None, (232, 236, 242))
    for i, m in enumerate(["首页", "寻源协同", "订单协同", "  · 采购订单", "  · 送货单", "对账协同", "质量协同", "供应商档案"]):
        d.text(5, 22 + i * 8, m, 8, "hei", (40, 40, 40) if i != 3 else (24, 64, 128))
    d.rect(44, 16, 210, 128, 0.2, (220, 220, 220), (255, 255, 255))
    d.text(48, 25, "采购订单详情", 11, "hei")
    d.rect(218, 19, 32, 8, 0, None, (82, 170, 92))
    d.text(234, 24.5, "供应商已确认", 7.5, "hei", (255, 255, 255), align="c")
    info = [("订单编号", K["no"]), ("订单日期", fdate(K["proc_date"], "iso")), ("采购组织", C["name"]),
            ("供应商", A["name"]), ("币种", "CNY 人民币"), ("付款条件", "验收合格后60天 电汇"),
            ("订单总额（含税）", yfmt(K["proc_amount"])), ("要求到货日期", fdate(K["deliver"], "iso"))]
    for i, (k_, v) in enumerate(info):
        cx = 48 + (i % 2) * 102
        cy = 36 + (i // 2) * 8
        d.text(cx, cy, k_ + "：", 8, "hei", GREY)
        d.text(cx + 28, cy, v, 8, "hei")
    rows = [["行号", "物料描述", "数量", "单位", "含税单价", "含税金额"]]
    for i, it in enumerate(ctx["items"]):
        rows.append([str((i + 1) * 10), it[0] + " " + it[1], str(it[3]), it[2], yfmt(it[4]), yfmt(it[3] * it[4])])
    d.table(48, 72, [14, 82, 16, 12, 36, 42], rows, rh=7, size=7.5, aligns=["c", "l", "r", "c", "r", "r"])
    d.text(48, 138, "© 供应商协同平台  技术支持热线 400-***-****", 6.5, "hei", GREY)
    return dict(doc=d, fields=F(K["no"], K["proc_amount"], K["proc_date"], C["name"]),
                note="SRM 平台采购订单详情页截图，订单编号即合同编号，要求到货日期为干扰日期", force="png")


def g13_decision_minutes(ctx):
    """G13 采购决策会议纪要 (the customer's own minutes choosing the supplier)."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 28, f"{C['name']}", 13, "song", align="c")
    d.text(105, 40, "采购决策会议纪要", 17, "bold", align="c")
    d.text(105, 48, f"〔{K['proc_date'].year}〕第{r.randint(5, 30)}期", 10, align="c")
    y = 60
    for lab, v in [("会议时间", fdate(K["proc_date"], "cn") + " 14:00"), ("会议地点", "公司行政楼三楼会议室"),
                   ("主 持 人", C["person2"]), ("参会人员", "总经理办公会成员、采购部、财务部、生产部、审计部负责人")]:
        d.text(22, y, f"{lab}：{v}", 10.5)
        y += 8
    y += 4
    paras = [
        f"会议听取了采购部关于“{K['title']}”项目采购情况的汇报。该项目采用竞争性谈判方式，共邀请三家供应商参与，经技术评审和商务谈判，综合排名第一的为{A['name']}。",
        f"会议经研究决定：选定{A['name']}为本项目供应商，成交价格为人民币{daxie(K['proc_amount'])}（¥{yfmt(K['proc_amount'])}），由采购部负责合同签订事宜，审计部全程监督。",
        "其余两家供应商报价及评审情况见附件采购评审记录，本纪要不再列示。",
    ]
    for p in paras:
        y = d.para(22, y, 166, p, 10.5, 1.85) + 3
    y += 12
    d.text(22, y, "主送：采购部、财务部", 9.5)
    d.text(22, y + 7, "抄送：审计部", 9.5)
    d.text(185, y + 20, f"{C['name']}办公室", 10.5, align="r")
    d.text(185, y + 28, fdate(K["proc_date"], "cn"), 10.5, align="r")
    seal_of(d, 160, y + 22, C["name"], "")
    return dict(doc=d, fields=F(None, K["proc_amount"], K["proc_date"], C["name"]),
                note="客户内部采购决策会议纪要，成交价格在决定事项中，无合同编号")


def o4_award(ctx):
    """O4 中标通知书 in own wording."""
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 36, "中 标 通 知 书", 18, "bold", align="c")
    d.text(190, 48, f"编号：{K['proj']}-ZB", 9.5, align="r")
    y = 62
    d.text(22, y, f"{A['name']}：", 11)
    y += 10
    for p in [f"我单位组织的“{K['title']}”招标（项目编号：{K['proj']}），经评标委员会评审并经我单位确认，贵单位被确定为中标人。",
              f"中标价：人民币{yfmt(K['proc_amount'])}元（大写：{daxie(K['proc_amount'])}）。",
              "请贵单位收到本通知书后三十日内，与我单位签订书面合同，并按招标文件要求提交履约保证金。"]:
        y = d.para(22, y, 166, p, 11, 1.9) + 3
    y += 20
    d.text(185, y, f"招标人：{C['name']}", 11, align="r")
    d.text(185, y + 10, fdate(K["proc_date"], "cn"), 11, align="r")
    seal_of(d, 160, y + 2, C["name"], "")
    return dict(doc=d, fields=F(None, K["proc_amount"], K["proc_date"], C["name"]),
                note="中标通知书（自拟措辞），中标价含大小写")


# ======================================================================= other / distractors

def g14_usage_cert(ctx):
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 40, "用 户 应 用 证 明", 18, "bold", align="c")
    y = 62
    for p in [f"{A['name']}为我公司实施的{K['title']}（合同编号：{K['no']}）已在我公司生产现场投入使用。",
              "该系统运行以来，设备综合效率提升约12%，产品一次合格率提升约3个百分点，生产数据实现实时采集与追溯，取得了良好的经济效益和管理效益。",
              "特此证明。"]:
        y = d.para(22, y, 166, p, 11, 1.9) + 3
    y += 25
    d.text(185, y, C["name"], 11, align="r")
    d.text(185, y + 10, fdate(K["usage_date"], "cn"), 11, align="r")
    seal_of(d, 160, y + 2, C["name"], "")
    return dict(doc=d, fields=F(), note="用户应用证明：证明投入使用和效益，不是验收报告（未写验收）")


def g15_pay_plan(ctx):
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 40, "付款计划确认函", 17, "bold", align="c")
    y = 60
    d.text(22, y, f"{A['name']}：", 11)
    y += 10
    for p in [f"贵公司与我公司签订的《{K['title']}》合同（合同编号：{K['no']}，合同金额人民币{yfmt(K['amount'])}元），因我公司年度资金预算调整，现就付款安排确认如下：",
              f"1. 于{fdate(K['plan1'], 'cn')}前支付合同金额的60%，计人民币{yfmt(money(K['amount'] * 6 / 10))}元；",
              f"2. 于{fdate(K['plan2'], 'cn')}前支付剩余款项，计人民币{yfmt(K['amount'] - money(K['amount'] * 6 / 10))}元。",
              "以上安排如有变化，我公司将提前书面告知。"]:
        y = d.para(22, y, 166, p, 11, 1.9) + 3
    y += 20
    d.text(185, y, f"{C['name']}财务部", 11, align="r")
    d.text(185, y + 10, fdate(K["plan0"], "cn"), 11, align="r")
    seal_of(d, 160, y + 2, C["name"], "财务专用章")
    return dict(doc=d, fields=F(), note="付款计划确认函：只是将来付款的安排，不是付款证明（干扰）")


def g16_satisfaction(ctx):
    A, C, K, r = ctx["A"], ctx["C"], ctx["K"], ctx["rng"]
    d = Doc()
    d.text(105, 30, "客户满意度调查表", 16, "hei", align="c")
    d.text(22, 42, f"客户名称：{C['name']}", 10)
    d.text(22, 50, f"项目名称：{K['title']}", 10)
    rows = [["评价项目", "非常满意", "满意", "一般", "不满意"]]
    for it in ["项目进度", "实施质量", "技术能力", "服务态度", "文档资料", "售后响应"]:
        rows.append([it, "", "", "", ""])
    y = d.table(22, 56, [60, 26, 26, 26, 28], rows, rh=9, size=10, aligns=["l", "c", "c", "c", "c"])
    for i in range(6):
        col = 0 if r.random() < 0.6 else 1
        d.hand(95 + col * 26, 56 + 9 * (i + 1) + 6.5, "✓" if False else "√", 13, align="c")
    d.text(22, y + 10, "意见和建议：", 10)
    d.hand(48, y + 10, "希望加强二期项目的驻场支持。", 12)
    d.text(120, y + 30, "填表人：", 10)
    d.hand(136, y + 30, C["person"], 12)
    d.text(120, y + 40, "日期：", 10)
    d.hand(132, y + 40, fdate(K["usage_date"], "dot"), 11)
    return dict(doc=d, fields=F(), note="客户满意度调查表（手写勾选），非验收文件")


# ======================================================================= standards

def g17_tech_spec(ctx):
    A, S, r = ctx["A"], ctx["S"], ctx["rng"]
    d = Doc()
    d.text(22, 24, "ICS 25.040", 9)
    d.text(22, 30, "CCS J 07", 9)
    d.text(188, 30, f"Q/{A['qcode']}", 18, "bold", align="r")
    d.line(20, 36, 190, 36, 0.6)
    d.text(105, 60, f"{A['name']}企业技术规范", 15, "hei", align="c")
    d.text(188, 72, f"Q/{A['qcode']} JS {S['code']}—{S['year']}", 10, align="r")
    title = S["name"]
    for i, ln in enumerate(_split_title(title, 16)):
        d.text(105, 110 + i * 12, ln, 20, "hei", align="c")
    d.text(105, 150, "（草 案）", 14, align="c")
    d.text(105, 162, "本稿完成日期：" + fdate(S["date"], "cn"), 10, align="c")
    d.line(20, 262, 190, 262, 0.6)
    d.text(30, 270, f"{S['year']}-XX-XX 发布", 11)
    d.text(180, 270, f"{S['year']}-XX-XX 实施", 11, align="r")
    d.text(105, 282, f"{A['name']}  发布", 12, "hei", align="c")
    d.new_page()
    d.text(105, 30, title, 14, "hei", align="c")
    y = 45
    for h, p in [("1 范围", "本规范规定了" + title.replace("规范", "").replace("技术", "") + "的总体要求、功能要求、接口要求及测试方法。本规范适用于离散制造企业车间级系统的设计、实施与验收。"),
                 ("2 规范性引用文件", "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。GB/T 20720.1 企业控制系统集成；GB/T 39116 智能制造能力成熟度模型。"),
                 ("3 术语和定义", "下列术语和定义适用于本文件。3.1 边缘节点 edge node：部署在生产现场、对设备数据进行采集、预处理和转发的计算单元。")]:
        d.text(22, y, h, 11, "hei")
        y = d.para(22, y + 7, 166, p, 10.5, 1.8) + 4
    return dict(doc=d, fields=F(title=title), note="企业技术规范（草案）封面 + 正文首页")


def g18_bilingual_std(ctx):
    A, S, r = ctx["A"], ctx["S"], ctx["rng"]
    d = Doc()
    d.text(22, 26, "ICS 35.240.50", 9)
    d.text(188, 34, f"T/{S['assoc']} {S['code']}—{S['year']}", 12, "bold", align="r")
    d.text(105, 50, "团  体  标  准", 22, "bold", align="c")
    d.line(20, 58, 190, 58, 0.6)
    for i, ln in enumerate(_split_title(S["name"], 15)):
        d.text(105, 100 + i * 12, ln, 20, "hei", align="c")
    d.text(105, 132, S["en"], 10.5, "song", align="c")
    d.text(105, 150, "（征求意见稿）", 13, align="c")
    d.text(105, 158, "Draft for comments", 10, align="c")
    d.text(105, 180, "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9, color=GREY, align="c")
    d.line(20, 262, 190, 262, 0.6)
    d.text(105, 280, f"{S['assoc_name']}  发布", 12, "hei", align="c")
    d.new_page()
    d.text(105, 30, "前  言", 14, "hei", align="c")
    y = d.para(22, 44, 166, "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。", 10.5)
    y = d.para(22, y + 2, 166, f"本文件由{S['assoc_name']}提出并归口。", 10.5)
    y = d.para(22, y + 2, 166, f"本文件起草单位：{A['name']}、天津市智能制造标准化研究中心（筹）。", 10.5)
    return dict(doc=d, fields=F(title=S["name"]), note="团体标准征求意见稿，中英双语封面")


def g19_explanation(ctx):
    A, S, r = ctx["A"], ctx["S"], ctx["rng"]
    d = Doc()
    d.text(105, 36, f"《{S['name']}》", 15, "hei", align="c")
    d.text(105, 48, "编制说明", 15, "hei", align="c")
    y = 64
    for h, p in [("一、工作简况", f"本标准由{A['name']}牵头起草，于{S['year']}年立项，目前处于草案编写阶段，标准文本另行提交。"),
                 ("二、编制原则", "坚持先进性、适用性与可操作性相结合，与现行国家标准协调一致。"),
                 ("三、主要内容", "标准拟规定设备接入、数据字典、接口协议与测试方法四部分内容。")]:
        d.text(22, y, h, 11, "hei")
        y = d.para(22, y + 8, 166, p, 10.5, 1.8) + 4
    return dict(doc=d, fields=F(), note="标准编制说明（不是标准草案文本本身）")


def _split_title(t, n):
    if len(t) <= n:
        return [t]
    k = len(t) // 2
    return [t[:k], t[k:]]


GENRES = {
    "G01": ("contract", "数字化车间建设合作协议（项目业主方/项目承建方）", g01_coop_agreement),
    "G02": ("contract", "工业软件订阅及实施服务合同（订阅方/服务商）", g02_saas),
    "G03": ("contract", "手写填写的格式购货合同（购货单位/供货单位）", g03_hand_form),
    "O1": ("contract", "技术服务合同（甲 方/乙 方，自拟措辞）", o1_tech_service),
    "G04": ("acceptance_report", "系统上线及验收确认书", g04_golive),
    "G05": ("acceptance_report", "项目验收结果通知书（客户红头函）", g05_result_letter),
    "G06": ("acceptance_report", "项目竣工验收鉴定书", g06_jianding),
    "O2": ("acceptance_report", "项目验收报告（自拟格式）", o2_report),
    "G07": ("payment_proof", "财政国库集中支付电子凭证", g07_treasury),
    "G08": ("payment_proof", "手机银行到账短信截图", g08_sms),
    "G09": ("payment_proof", "国内信用证付款通知书", g09_lc),
    "G10": ("payment_proof", "结算业务申请书（回单联，手写）", g10_settle_form),
    "O3": ("payment_proof", "网上银行电子回单（自拟版式）", o3_ebank),
    "G11": ("procurement_proof", "评标报告（节选，含招标人确认）", g11_eval_report),
    "G12": ("procurement_proof", "供应商协同平台采购订单详情截图", g12_portal_order),
    "G13": ("procurement_proof", "采购决策会议纪要（客户内部）", g13_decision_minutes),
    "O4": ("procurement_proof", "中标通知书（自拟措辞）", o4_award),
    "G14": ("other", "用户应用证明", g14_usage_cert),
    "G15": ("other", "付款计划确认函", g15_pay_plan),
    "G16": ("other", "客户满意度调查表", g16_satisfaction),
    "G17": ("standard_draft", "企业技术规范（草案）", g17_tech_spec),
    "G18": ("standard_draft", "团体标准征求意见稿（中英双语封面）", g18_bilingual_std),
    "G19": ("other", "标准编制说明", g19_explanation),
}
