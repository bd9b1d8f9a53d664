"""Document genres. Each returns dict(pdf=bytes | img=PIL.Image, fields=..., note=..., doc_type=..., genre=...)."""
import datetime as dt
import random
from decimal import Decimal as D
from PIL import Image, ImageDraw
from render import Doc, RED, BLUE, GREY, pil_font
from reportlab.lib.colors import black
from common import rmb_upper, fmt_money

CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "十" if n == 10 else CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def dcn(d):
    return "".join(CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def dz(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dz0(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def ddash(d):
    return d.isoformat()


def ddot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def fields(**kw):
    f = dict.fromkeys(["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"])
    for k, v in kw.items():
        if k == "amount_yuan" and v is not None:
            v = f"{D(v):.2f}"
        if k == "date" and v is not None:
            v = v.isoformat()
        f[k] = v
    return f


def money_both(y):
    return f"人民币{rmb_upper(y)}（¥{fmt_money(y)}）"


def addday(d, n):
    return d + dt.timedelta(days=n)


# ---------------------------------------------------------------- contracts
def contract_prose(x):
    """Ordinary: prose contract, 甲方（需方）/乙方（供方）, own wording; optional reversed roles and spaced labels."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    rev = "roles_reversed" in K["plant"]
    distract = "distractor_amounts_dates" in K["plant"]
    taxsplit = "tax_split" in K["plant"]
    doc = Doc(font="STSong-Light" if rng.random() < 0.5 else "ZenHei")
    doc.t(doc.W - 60, doc.H - 40, f"合同编号：{K['no']}", 10, right=True)
    doc.title(K["name"] + "合同", 17)
    sp = "\u3000" if x.get("spaced") else ""
    if rev:
        a_lab, b_lab = f"甲{sp}方（供方）", f"乙{sp}方（需方）"
        a, b = A, C
    else:
        a_lab, b_lab = f"甲{sp}方（需方）", f"乙{sp}方（供方）"
        a, b = C, A
    for lab, p in ((a_lab, a), (b_lab, b)):
        doc.line(f"{lab}：{p['name']}", 11.5)
        doc.line(f"统一社会信用代码：{p['uscc']}", 10, dx=24, gap=15)
        doc.line(f"住所：{p['addr']}", 10, dx=24, gap=20)
    payer = "乙方" if rev else "甲方"
    supplier = "甲方" if rev else "乙方"
    doc.para(f"根据《中华人民共和国民法典》及有关法律法规，{a_lab.replace(sp,'')[:2]}、{b_lab.replace(sp,'')[:2]}双方在平等自愿、协商一致的基础上，就{payer}委托{supplier}实施“{K['name']}”事宜，订立本合同，共同遵守。")
    doc.line("第一条 项目内容", 11.5)
    doc.para(f"{supplier}负责本项目的方案设计、软硬件供货、安装调试、系统集成、人员培训及质保期内的技术服务，具体范围详见附件《技术规格书》。")
    doc.line("第二条 合同价款", 11.5)
    y = K["amount"]
    if taxsplit:
        net = (y / D("1.13")).quantize(D("0.01"))
        doc.para(f"本合同不含税价款为人民币{fmt_money(net)}元，增值税税率13%，税额{fmt_money(y - net)}元；含税合同总价为{money_both(y)}。")
    else:
        doc.para(f"本合同总价款为{money_both(y)}，该价款为含税价，包含设备费、软件费、实施费、运输费及税费。")
    doc.line("第三条 付款方式", 11.5)
    if distract:
        pre = (y * D("0.3")).quantize(D("0.01"))
        doc.para(f"合同签订后十个工作日内，{payer}向{supplier}支付预付款{fmt_money(pre)}元（合同总价的30%）；设备到货并经{payer}验收合格后支付至合同总价的100%。")
    else:
        doc.para(f"{payer}按项目进度分期向{supplier}支付合同款：合同生效后支付30%，项目验收合格后付清余款。{supplier}收款前应开具等额增值税专用发票。")
    doc.line("第四条 工期与交付", 11.5)
    deliv = addday(K["sign"], 75)
    doc.para(f"{supplier}应于{dz(deliv)}前完成设备交付及安装调试，并向{payer}提交验收申请。")
    doc.line("第五条 违约责任", 11.5)
    if distract:
        doc.para(f"任何一方违约的，应向守约方支付违约金人民币{fmt_money((y * D('0.05')).quantize(D('0.01')))}元；逾期交付的，每逾期一日按合同总价的千分之一支付违约金，最高不超过{fmt_money((y * D('0.1')).quantize(D('0.01')))}元。")
    else:
        doc.para("任何一方未履行本合同约定义务的，应承担继续履行、采取补救措施或者赔偿损失等违约责任。")
    doc.para("本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。")
    if doc.y < 210:
        doc.page()
    y0 = doc.y - 10
    doc.t(70, y0, f"{a_lab.replace(sp,'')[:2]}（盖章）：{a['name']}", 10)
    doc.t(320, y0, f"{b_lab.replace(sp,'')[:2]}（盖章）：{b['name']}", 10)
    doc.t(70, y0 - 30, "法定代表人或授权代表：", 10)
    doc.t(320, y0 - 30, "法定代表人或授权代表：", 10)
    doc.hand(190, y0 - 30, rng.choice(["王建国", "李振华", "赵立新"]), rng=rng)
    doc.hand(440, y0 - 30, rng.choice(["刘洋", "孙志强", "陈晓东"]), rng=rng)
    doc.t(70, y0 - 60, f"签订日期：{dz(K['sign'])}", 10)
    doc.t(320, y0 - 60, f"签订日期：{dz(K['sign'])}", 10)
    doc.seal(150, y0 - 35, a["name"], "合同专用章", text=rng.random() < 0.6)
    doc.seal(400, y0 - 35, b["name"], "合同专用章", text=rng.random() < 0.6)
    note = "正文式合同，甲方（需方）/乙方（供方）"
    if rev:
        note = "甲方（供方）为申报单位、乙方（需方）为客户：角色颠倒，customer 取需方"
    if distract:
        note += "；含预付款、违约金金额和交付日期干扰项"
    if taxsplit:
        note += "；不含税价与税额干扰，合同金额取含税总价"
    if x.get("spaced"):
        note += "；甲　方/乙　方 标签字间有全角空格"
    return dict(pdf=doc.bytes(), doc_type="contract", genre="C-prose",
                fields=fields(contract_no=K["no"], amount_yuan=y, date=K["sign"], customer=C["name"]), note=note)


def contract_lease(x):
    """NEW: 设备租赁及智能运维服务合同 (出租方 = applicant, 承租方 = customer)."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    doc = Doc(font="ZenHei")
    doc.title("设备租赁及智能运维服务合同", 17, gap=24)
    doc.t(doc.W / 2, doc.y, "（融合服务模式 · 第二版）", 10, center=True, color=GREY); doc.y -= 26
    doc.grid([["合同编号", K["no"], "签约地点", "天津市"],
              ["出租方（服务方）", A["name"], "统一社会信用代码", A["uscc"]],
              ["承租方（使用方）", C["name"], "统一社会信用代码", C["uscc"]],
              ["租赁标的", (K["name"] + "所需的工业网关、边缘服务器、传感器及配套软件平台", 3)]],
             [95, 170, 95, 120], size=9.5)
    doc.para("承租方为提升生产过程数字化水平，向出租方租赁智能化设备并购买配套的系统集成及运维服务。双方经友好协商，达成如下条款：")
    y = K["amount"]
    rent = (y * D("0.62")).quantize(D("0.01")); svc = y - rent
    doc.para(f"一、费用构成：设备租赁费{fmt_money(rent)}元，系统集成及运维服务费{fmt_money(svc)}元，两项合计即本合同租赁及服务费总额{money_both(y)}。")
    doc.para("二、租期：自设备安装验收合格之日起三十六个月。租期内设备所有权归出租方，租期届满后承租方可按壹元名义价格留购。")
    doc.para(f"三、支付：承租方于合同签订后支付总额的30%，设备上线验收合格后支付剩余款项。逾期付款的，每日按未付金额的万分之五向出租方支付滞纳金。押金人民币{fmt_money(D('50000'))}元于租期届满后无息退还。")
    doc.para("四、运维：出租方提供7×24小时远程监控与故障响应，重大故障4小时内到场。")
    doc.para("五、本合同经双方盖章后生效，正本一式贰份。")
    y0 = doc.y - 20
    doc.t(70, y0, "出租方（盖章）", 10.5); doc.t(330, y0, "承租方（盖章）", 10.5)
    doc.t(70, y0 - 26, A["name"], 10); doc.t(330, y0 - 26, C["name"], 10)
    doc.t(70, y0 - 56, "日期：" + ddash(K["sign"]), 10); doc.t(330, y0 - 56, "日期：" + ddash(K["sign"]), 10)
    doc.seal(140, y0 - 30, A["name"], "合同专用章")
    doc.seal(400, y0 - 30, C["name"], "合同专用章")
    return dict(pdf=doc.bytes(), doc_type="contract", genre="C-lease",
                fields=fields(contract_no=K["no"], amount_yuan=y, date=K["sign"], customer=C["name"]),
                note="新体裁：设备租赁及运维服务合同，承租方为客户，押金/滞纳金干扰")


def contract_fidic(x):
    """NEW: FIDIC-style 合同协议书 + 合同数据表 (雇主 / 承包商), 2 pages."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    doc = Doc(font="STSong-Light")
    doc.title("合 同 协 议 书", 18)
    doc.t(doc.W / 2, doc.y + 10, "Contract Agreement", 10, center=True, color=GREY); doc.y -= 14
    doc.para(f"本协议书由{C['name']}（以下简称“雇主”）与{A['name']}（以下简称“承包商”）于{dcn(K['sign'])}签署。")
    doc.para(f"鉴于雇主拟实施“{K['name']}”（以下简称“工程”），并已接受承包商为实施和完成该工程及修补其任何缺陷所提交的投标书，雇主和承包商双方达成协议如下：")
    doc.para("1. 本协议书中的词语和措辞应与下文提及的合同条件中分别赋予它们的含义相同。")
    doc.para("2. 下列文件应被视为构成本协议书的一部分并应被作为其一部分阅读和理解：(a) 本协议书；(b) 中标函；(c) 投标函及附录；(d) 专用条件；(e) 通用条件；(f) 规范要求；(g) 已标价的工程量清单。")
    doc.para(f"3. 考虑到雇主将向承包商支付的款项，承包商特此向雇主保证，按合同规定实施和完成工程并修补其任何缺陷。")
    doc.para(f"4. 雇主特此同意按合同规定的时间和方式向承包商支付合同价格{money_both(K['amount'])}，作为实施和完成工程及修补其任何缺陷的报酬。")
    doc.page()
    doc.title("附录：合同数据表", 14, gap=26)
    rows = [["条款", "项目", "数据"],
            ["1.1.2.2", "雇主", C["name"]], ["1.1.2.3", "承包商", A["name"]],
            ["—", "合同编号", K["no"]],
            ["1.1.4.1", "接受的合同金额", f"¥{fmt_money(K['amount'])}"],
            ["1.1.3.3", "竣工时间", f"自开工日期起{rng.choice([120, 150, 180])}天"],
            ["4.2", "履约担保金额", f"接受的合同金额的10%（¥{fmt_money(K['amount'] * D('0.1'))}）"],
            ["8.7", "误期损害赔偿费", "每日为接受的合同金额的0.05%"],
            ["14.2", "预付款总额", f"接受的合同金额的20%"],
            ["14.3", "保留金百分比", "5%，限额为接受的合同金额的5%"]]
    doc.grid(rows, [70, 130, 280], size=10)
    y0 = doc.y - 10
    doc.t(70, y0, "雇主代表签字：", 10); doc.t(320, y0, "承包商代表签字：", 10)
    doc.hand(160, y0, "周海涛", rng=rng); doc.hand(420, y0, "韩　磊", rng=rng)
    doc.t(70, y0 - 28, "雇主（盖章）：" + C["name"], 9.5); doc.t(320, y0 - 28, "承包商（盖章）：" + A["name"], 9.5)
    doc.seal(160, y0 - 40, C["name"], "", text=False)
    doc.seal(410, y0 - 40, A["name"], "合同专用章", text=True)
    return dict(pdf=doc.bytes(), doc_type="contract", genre="C-fidic",
                fields=fields(contract_no=K["no"], amount_yuan=K["amount"], date=K["sign"], customer=C["name"]),
                note="新体裁：FIDIC 式合同协议书（雇主/承包商），签署日期只在正文大写日期中，履约担保金额干扰")


def contract_form(x):
    """Ordinary: ruled-form purchase/implementation contract (采购方 / 实施方), own layout."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    doc = Doc(font="MicroHei")
    doc.title("项目采购合同", 18, gap=28)
    doc.grid([["采购方", C["name"], "合同编号", K["no"]],
              ["实施方", A["name"], "签订日期", ddot(K["sign"])],
              ["项目名称", (K["name"], 3)]], [70, 210, 70, 130], size=10)
    y = K["amount"]
    parts = [D("0.45"), D("0.35")]
    a1 = (y * parts[0]).quantize(D("0.01")); a2 = (y * parts[1]).quantize(D("0.01")); a3 = y - a1 - a2
    doc.grid([["序号", "名称", "数量", "金额（元）"],
              ["1", "硬件设备及安装", "1 批", fmt_money(a1)],
              ["2", "软件平台及二次开发", "1 套", fmt_money(a2)],
              ["3", "实施、培训及一年质保服务", "1 项", fmt_money(a3)],
              [("合计（大写）：" + rmb_upper(y), 3), "¥" + fmt_money(y)]], [40, 250, 60, 130], size=10)
    doc.para("1. 实施方保证所供产品为全新合格产品，符合国家及行业标准。2. 质保期自验收合格之日起十二个月。3. 采购方在项目验收合格后三十日内付清合同款。4. 争议由采购方所在地人民法院管辖。")
    y0 = doc.y - 20
    doc.t(70, y0, "采购方（章）：", 10.5); doc.t(320, y0, "实施方（章）：", 10.5)
    doc.seal(150, y0 - 30, C["name"], "合同专用章", text=rng.random() < 0.5)
    doc.seal(400, y0 - 30, A["name"], "合同专用章", text=rng.random() < 0.5)
    return dict(pdf=doc.bytes(), doc_type="contract", genre="C-form",
                fields=fields(contract_no=K["no"], amount_yuan=y, date=K["sign"], customer=C["name"]),
                note="表格式采购合同（采购方/实施方），总价只在合计行")


# ---------------------------------------------------------------- acceptance
def acc_report(x):
    """Ordinary: prose acceptance report by the customer, own wording."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    res = x.get("result", "passed")
    doc = Doc(font="STSong-Light")
    doc.title("项目验收报告", 18)
    doc.para(f"项目名称：{K['name']}", indent=0)
    doc.para(f"合同编号：{K['no']}　　合同金额：{fmt_money(x.get('acc_amount', K['amount']))}元", indent=0)
    doc.para(f"建设单位：{C['name']}", indent=0)
    doc.para(f"承建单位：{A['name']}", indent=0)
    doc.para(f"{dz(x['acc_date'])}，{C['name']}组织生产、设备、信息等部门及特邀专家对{A['name']}承建的上述项目进行了验收。验收组听取了承建单位的实施汇报，查阅了设计、测试及培训文档，并对系统运行情况进行了现场核查。")
    if res == "passed":
        doc.para("经审议，验收组认为：项目已按合同约定完成全部建设内容，系统运行稳定，各项技术指标满足合同及技术协议要求，文档资料齐全。验收组同意该项目通过验收。")
        concl = "验收结论：通过"
    else:
        doc.para("经审议，验收组认为：系统关键指标未达到技术协议要求，部分功能尚未交付，文档资料不完整。验收组不同意该项目通过本次验收，请承建单位限期整改后重新申请验收。")
        concl = "验收结论：不通过"
    doc.line(concl, 12)
    y0 = doc.y - 20
    doc.t(320, y0, f"建设单位（盖章）：{C['name']}", 10)
    doc.t(320, y0 - 26, f"日期：{dz(x['acc_date'])}", 10)
    doc.seal(420, y0 - 20, C["name"], "", text=rng.random() < 0.5)
    return dict(pdf=doc.bytes(), doc_type="acceptance_report", genre="A-report",
                fields=fields(contract_no=K["no"], amount_yuan=x.get("acc_amount", K["amount"]), date=x["acc_date"],
                              customer=C["name"], result=res),
                note="正文式验收报告（建设单位/承建单位）" + ("；结论不通过" if res != "passed" else ""))


def acc_lvyue(x):
    """NEW: 政府采购式 履约验收书 (采购人 / 供应商; ■合格)."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    res = x.get("result", "passed")
    doc = Doc(font="ZenHei")
    doc.title("履 约 验 收 书", 18, gap=28)
    ok = res == "passed"
    rows = [["采购人", C["name"], "供应商", A["name"]],
            ["合同名称", K["name"], "合同编号", K["no"]],
            ["合同金额", f"¥{fmt_money(x.get('acc_amount', K['amount']))}", "验收方式", "■ 一般程序　□ 简易程序"],
            ["验收时间", dz0(x["acc_date"]), "验收地点", C["addr"]],
            ["履约情况", ("供应商已按合同约定完成货物交付、安装调试及培训，技术指标、服务质量与合同一致。" if ok else "部分技术指标与合同约定不一致，验收小组要求整改。", 3)],
            ["验收结论", (("■ 合格　　□ 不合格" if ok else "□ 合格　　■ 不合格"), 3)],
            ["验收小组成员签字", ("", 3)],
            ["采购人意见", ("同意验收结论。" if ok else "同意验收小组意见，请供应商整改。", 3)]]
    doc.grid(rows, [85, 160, 75, 160], size=10, minh=26)
    doc.hand(180, doc.y + 36, "张　宏　　王丽娜　　赵　鹏", rng=rng)
    doc.t(330, doc.y - 10, "采购人（盖章）", 10.5)
    doc.seal(420, doc.y - 20, C["name"], "", text=True)
    doc.t(330, doc.y - 70, dz0(x["acc_date"]), 10)
    return dict(pdf=doc.bytes(), doc_type="acceptance_report", genre="A-lvyue",
                fields=fields(contract_no=K["no"], amount_yuan=x.get("acc_amount", K["amount"]), date=x["acc_date"],
                              customer=C["name"], result=res),
                note="新体裁：政府采购式履约验收书（采购人/供应商，■合格 勾选）" + ("；■不合格" if not ok else ""))


def acc_service(x):
    """NEW: 现场服务报告单 with customer's acceptance sign-off (carbon-form style)."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    doc = Doc(font="MicroHei")
    doc.t(doc.x0, doc.y, A["name"], 12); doc.t(doc.W - 60, doc.y, "No. " + str(rng.randint(10000, 99999)), 10, right=True, color=RED)
    doc.y -= 28
    doc.title("现场服务报告单", 17, gap=26)
    rows = [["客户单位", C["name"]], ["合同编号", K["no"]], ["项目名称", K["name"]],
            ["服务类型", "□ 安装　□ 调试　□ 维修　■ 终验交付"],
            ["到场时间", f"{ddash(addday(x['acc_date'], -2))} 09:00"], ["离场时间", f"{ddash(x['acc_date'])} 17:30"],
            ["服务内容", "完成系统最终联调、数据核对及操作人员培训，移交用户手册、运维手册及账号密码清单。"],
            ["客户意见", ""], ["客户签字", ""], ["日期", ""]]
    top = doc.y
    doc.grid(rows, [90, 390], size=10.5, minh=30)
    # handwritten customer part
    yb = doc.y + 14
    doc.hand(160, yb + 70, "系统已按合同完成，运行正常，同意验收。", size=13, rng=rng)
    doc.hand(160, yb + 40, "李　勇", size=14, rng=rng)
    doc.hand(160, yb + 10, f"{x['acc_date'].year}.{x['acc_date'].month}.{x['acc_date'].day}", size=13, rng=rng)
    doc.seal(420, yb + 50, C["name"], "设备部", r=38, text=True)
    doc.t(doc.x0, doc.y - 6, "白联：服务方存档　红联：客户留存　黄联：财务", 8.5, color=GREY)
    return dict(pdf=doc.bytes(), doc_type="acceptance_report", genre="A-service",
                fields=fields(contract_no=K["no"], date=x["acc_date"], customer=C["name"], result="passed"),
                note="新体裁：现场服务报告单，客户手写“同意验收”及日期（手写体点号日期），无金额；到场日期为干扰")


def acc_zhenggai(x):
    """NEW: 验收遗留问题整改闭环确认单 — first inspection failed, final confirmation passed (or not)."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    res = x.get("result", "passed")
    first = addday(x["acc_date"], -rng.randint(25, 40))
    doc = Doc(font="ZenHei")
    doc.title("验收遗留问题整改闭环确认单", 16, gap=26)
    doc.grid([["项目名称", K["name"], "合同编号", K["no"]],
              ["用户单位", C["name"], "实施单位", A["name"]],
              ["初验日期", dz(first), "初验结论", "有条件通过，遗留问题3项"]], [70, 190, 70, 150], size=9.5)
    rows = [["序号", "遗留问题", "整改措施", "整改状态"],
            ["1", "报表导出响应时间超过5秒", "优化查询索引", "已关闭"],
            ["2", "二号线扫码枪数据偶发丢包", "更换工业交换机", "已关闭"],
            ["3", "操作手册未覆盖异常处理", "补充第6章", "已关闭" if res == "passed" else "未关闭"]]
    doc.grid(rows, [40, 190, 150, 100], size=9.5)
    if res == "passed":
        doc.para(f"用户单位复核意见：上述遗留问题已全部整改完毕并经复测确认，项目符合合同约定，同意通过终验。", indent=0)
    else:
        doc.para(f"用户单位复核意见：第3项尚未整改完成，本次终验不予通过。", indent=0)
    doc.para(f"终验确认日期：{dz(x['acc_date'])}", indent=0)
    y0 = doc.y - 20
    doc.t(70, y0, "实施单位项目经理：", 10); doc.hand(170, y0, "高　翔", rng=rng)
    doc.t(320, y0, "用户单位（盖章）：", 10)
    doc.seal(430, y0 - 10, C["name"], "", text=rng.random() < 0.5)
    return dict(pdf=doc.bytes(), doc_type="acceptance_report", genre="A-zhenggai",
                fields=fields(contract_no=K["no"], date=x["acc_date"], customer=C["name"], result=res),
                note=f"新体裁：遗留问题整改闭环确认单，初验日期{first.isoformat()}为干扰，终验日期为验收日期" + ("" if res == "passed" else "；终验不予通过"))


# ---------------------------------------------------------------- payments
def pay_ebank(x):
    """Ordinary: bank 电子回单, invented bank layout."""
    A, C, P, rng = x["app"], x["cust"], x["pay"], x["rng"]
    doc = Doc(font="MicroHei", size=(595, 330))
    doc.y = doc.H - 36
    doc.t(doc.x0, doc.y, P["bank_name"] + " 电子回单", 14)
    doc.t(doc.W - 58, doc.y, "回单编号：" + str(rng.randint(10 ** 11, 10 ** 12)), 8.5, right=True)
    doc.y -= 18
    use = P["memo"]
    doc.grid([["付款人", P["payer"], "收款人", A["name"]],
              ["账号", P["payer_acct"], "账号", A["acct"]],
              ["开户行", P["payer_bank"], "开户行", A["bank"]],
              ["金额", (f"{money_both(P['amount'])}", 3)],
              ["交易日期", P["date"].strftime("%Y-%m-%d") + " 10:%02d:%02d" % (rng.randint(0, 59), rng.randint(0, 59)), "业务类型", "跨行转账"],
              ["用途", (use, 3)]], [60, 200, 60, 160], size=9, minh=18)
    doc.seal(480, 60, P["bank_name"], "电子回单专用章", r=34, text=True)
    return dict(pdf=doc.bytes(), doc_type="payment_proof", genre="P-ebank",
                fields=fields(contract_no=P["no_in_memo"], amount_yuan=P["amount"], date=P["date"], payer=P["payer"], payee=A["name"]),
                note="银行电子回单（自拟银行版式），印章文字覆盖在表格旁")


def pay_jizhang(x):
    """NEW: 记账回执 with 借方 (payer) / 贷方 (payee) labels."""
    A, C, P, rng = x["app"], x["cust"], x["pay"], x["rng"]
    doc = Doc(font="STSong-Light", size=(595, 300))
    doc.y = doc.H - 34
    doc.title(P["bank_name"] + "　记账回执", 13, gap=20)
    doc.t(doc.x0, doc.y, f"记账日期：{P['date'].strftime('%Y%m%d')}", 9)
    doc.t(doc.W - 58, doc.y, f"流水号：{rng.randint(10 ** 13, 10 ** 14)}", 9, right=True)
    doc.y -= 12
    doc.grid([["借方户名", P["payer"], "贷方户名", A["name"]],
              ["借方账号", P["payer_acct"], "贷方账号", A["acct"]],
              ["借方开户机构", P["payer_bank"], "贷方开户机构", A["bank"]],
              ["币种", "人民币", "金额（小写）", fmt_money(P["amount"])],
              ["金额（大写）", (rmb_upper(P["amount"]), 3)],
              ["摘要", (P["memo"], 3)]], [80, 180, 80, 140], size=9, minh=18)
    doc.t(doc.x0, doc.y, "本回执仅证明我行已根据客户指令完成记账，不作为收款方收款的依据以外的其他用途。打印次数：1", 7.5, color=GREY)
    doc.seal(470, 52, P["bank_name"], "业务专用章", r=32)
    return dict(pdf=doc.bytes(), doc_type="payment_proof", genre="P-jizhang",
                fields=fields(contract_no=P["no_in_memo"], amount_yuan=P["amount"], date=P["date"], payer=P["payer"], payee=A["name"]),
                note="新体裁：记账回执，付款人/收款人写作借方户名/贷方户名，日期为 YYYYMMDD 紧凑格式")


def pay_mobile_income(x):
    """NEW: payee-side enterprise mobile banking 收款详情 screenshot (PNG)."""
    A, C, P, rng = x["app"], x["cust"], x["pay"], x["rng"]
    im = Image.new("RGB", (720, 1400), (245, 246, 248))
    dr = ImageDraw.Draw(im)
    f = pil_font; dr.rectangle([0, 0, 720, 60], fill=(30, 30, 30))
    dr.text((24, 14), f"{rng.randint(9, 17)}:{rng.randint(10, 59)}", font=f(26), fill="white")
    dr.text((600, 14), "5G  87%", font=f(24), fill="white")
    dr.rectangle([0, 60, 720, 150], fill=(200, 30, 45))
    dr.text((30, 84), "<", font=f(40), fill="white")
    dr.text((270, 86), "收款详情", font=f(36, "bold"), fill="white")
    dr.text((230, 190), "入账金额（元）", font=f(28), fill=(120, 120, 120))
    dr.text((360, 250), "+" + fmt_money(P["amount"]), font=f(56, "bold"), fill=(210, 40, 40), anchor="ma")
    dr.text((290, 330), "● 已入账", font=f(26), fill=(40, 160, 80))
    rows = [("对方户名", P["payer"]), ("对方账号", P["payer_acct"][:4] + " **** **** " + P["payer_acct"][-4:]),
            ("对方开户行", P["payer_bank"]), ("本方户名", A["name"]), ("本方账号", "**** " + A["acct"][-4:]),
            ("交易时间", P["date"].strftime("%Y/%m/%d") + " 14:%02d:%02d" % (rng.randint(0, 59), rng.randint(0, 59))),
            ("附言", P["memo"]), ("交易类型", "跨行来账")]
    y = 420
    dr.rectangle([20, 400, 700, 400 + 100 * len(rows)], fill="white")
    for k, v in rows:
        dr.text((44, y), k, font=f(26), fill=(130, 130, 130))
        vv = v
        lines = [vv[i:i + 17] for i in range(0, len(vv), 17)] or [""]
        for j, ln in enumerate(lines[:2]):
            dr.text((680, y + j * 34), ln, font=f(27), fill=(30, 30, 30), anchor="ra")
        y += 100
    dr.rounded_rectangle([40, 1260, 680, 1340], 12, fill=(200, 30, 45))
    dr.text((360, 1278), "分享回单", font=f(30), fill="white", anchor="ma")
    return dict(img=im, doc_type="payment_proof", genre="P-mobile-income",
                fields=fields(contract_no=P["no_in_memo"], amount_yuan=P["amount"], date=P["date"], payer=P["payer"], payee=A["name"]),
                note="新体裁：收款方企业手机银行“收款详情”截图（对方户名=付款人，本方户名=收款人），斜杠日期")


# ---------------------------------------------------------------- procurement
def proc_notice(x):
    """Ordinary: 中标通知书, own wording."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    amt = x.get("proc_amount", K["amount"])
    pdate = addday(K["sign"], -rng.randint(8, 20))
    doc = Doc(font="STSong-Light")
    doc.title("中标通知书", 20, gap=30)
    doc.t(doc.W - 60, doc.y, f"编号：ZB{K['sign'].year}-{rng.randint(100, 999)}", 10, right=True); doc.y -= 24
    doc.line(f"{A['name']}：", 12)
    doc.para(f"我单位组织的“{K['name']}”采购项目（项目编号：{C['uscc'][-6:]}-{K['sign'].year}-{rng.randint(10, 99)}）已于{dz(addday(pdate, -6))}开标，经评标委员会评审并报我单位确定，贵公司为该项目中标人，中标价为{money_both(amt)}。")
    doc.para("请贵公司在收到本通知书之日起三十日内，与我单位签订书面合同。中标人无正当理由拒签合同的，我单位将取消其中标资格，投标保证金人民币伍万元整不予退还。")
    doc.para("特此通知。")
    y0 = doc.y - 30
    doc.t(330, y0, f"招标人：{C['name']}", 10.5)
    doc.t(330, y0 - 28, dz(pdate), 10.5)
    doc.seal(430, y0 - 10, C["name"], "", text=rng.random() < 0.5)
    return dict(pdf=doc.bytes(), doc_type="procurement_proof", genre="R-notice",
                fields=fields(amount_yuan=amt, date=pdate, customer=C["name"]),
                note="中标通知书（自拟措辞），开标日期和投标保证金为干扰，无合同编号")


def proc_po_change(x):
    """NEW: 采购订单变更确认单 (PO change notice): original amount vs. revised amount."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    amt = x.get("proc_amount", K["amount"])
    orig = (amt * D("0.94")).quantize(D("1"))
    cdate = addday(K["sign"], -rng.randint(2, 6))
    po = f"PO{K['sign'].year}{rng.randint(100000, 999999)}"
    doc = Doc(font="MicroHei", land=True)
    doc.y = doc.H - 50
    doc.title("采购订单变更确认单 / PO Change Notice", 16, gap=26)
    doc.grid([["采购方", C["name"], "供应商", A["name"]],
              ["订单号", po, "关联合同编号", K["no"]],
              ["变更日期", ddash(cdate), "变更版本", "Rev.02"]], [90, 250, 100, 250], size=10)
    doc.grid([["项目", "变更前", "变更后", "变更原因"],
              ["订单总额（含税，元）", fmt_money(orig), fmt_money(amt), "增加边缘计算节点2套及接口开发"],
              ["交货期", ddash(addday(K["sign"], 60)), ddash(addday(K["sign"], 80)), "随范围调整顺延"]],
             [170, 140, 140, 240], size=10)
    doc.para(f"以变更后订单总额{rmb_upper(amt)}为准，其余条款不变。供应商确认后本变更单与原订单具有同等效力。", indent=0)
    y0 = doc.y - 20
    doc.t(80, y0, "采购方批准：", 10); doc.t(450, y0, "供应商确认：", 10)
    doc.seal(190, y0 - 20, C["name"], "采购专用章", r=38)
    doc.seal(560, y0 - 20, A["name"], "合同专用章", r=38, text=False)
    return dict(pdf=doc.bytes(), doc_type="procurement_proof", genre="R-po-change",
                fields=fields(contract_no=K["no"], amount_yuan=amt, date=cdate, customer=C["name"]),
                note="新体裁：采购订单变更确认单（横版），变更前金额为干扰，取变更后订单总额")


def proc_multilot(x):
    """NEW: 分标包采购结果通知 — a table of lots, the applicant won one lot."""
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    amt = x.get("proc_amount", K["amount"])
    ndate = addday(K["sign"], -rng.randint(5, 15))
    doc = Doc(font="ZenHei")
    doc.title(f"{C['name']}", 15, gap=22)
    doc.title("采购结果通知书（分标包）", 16, gap=28)
    doc.line(f"致：{A['name']}", 11.5)
    doc.para(f"我公司“{K['name']}”采购项目分三个标包进行竞争性谈判，现将结果通知如下：")
    others = ["天津市宏拓自动化工程有限公司", "北京中科恒信软件有限公司", "天津华岳电气成套有限公司"]
    lots = [["标包", "内容", "成交供应商", "成交金额（元）"],
            ["第1包", "土建及配电改造", others[0], fmt_money((amt * D("0.41")).quantize(D("1")))],
            ["第2包", "系统集成及软件平台", A["name"], fmt_money(amt)],
            ["第3包", "监理服务", others[2], fmt_money((amt * D("0.03")).quantize(D("1")))]]
    doc.grid(lots, [50, 140, 190, 100], size=10)
    doc.para(f"请贵公司（第2包成交供应商）于{dz(addday(ndate, 10))}前与我公司签订合同。")
    y0 = doc.y - 30
    doc.t(330, y0, "采购人（盖章）", 10.5); doc.t(330, y0 - 26, dz(ndate), 10.5)
    doc.seal(420, y0 - 12, C["name"], "", text=True)
    return dict(pdf=doc.bytes(), doc_type="procurement_proof", genre="R-multilot",
                fields=fields(amount_yuan=amt, date=ndate, customer=C["name"]),
                note="新体裁：分标包采购结果通知，表中其他标包的供应商和金额为干扰，取申报单位所中第2包金额")


# ---------------------------------------------------------------- standards
def std_draft(x):
    S, A, rng = x["std"], x["app"], x["rng"]
    name, cat, stage, code = S
    doc = Doc(font="ZenHei")
    if code == "HG":
        head, num, org = "HG", f"HG/T XXXX—202X", "中华人民共和国工业和信息化部　发布"
    elif code == "QB":
        head, num, org = "QB", "QB/T XXXX—202X", "中华人民共和国工业和信息化部　发布"
    elif code == "T":
        head, num, org = "T/TJZZ", "T/TJZZ XXX—2023", "天津市智能制造产业协会　发布"
    else:
        head, num, org = "Q/", "Q/KX 0" + str(rng.randint(10, 99)) + "—2023", A["name"] + "　发布"
    doc.t(doc.x0, doc.y, "ICS 25.040", 9); doc.y -= 14
    doc.t(doc.x0, doc.y, "CCS J 07", 9); doc.y -= 40
    doc.t(doc.W - 60, doc.y + 40, head, 30, right=True)
    doc.y -= 10
    title_kind = {"HG": "中华人民共和国化工行业标准", "QB": "中华人民共和国轻工行业标准", "T": "团　体　标　准", None: "企　业　标　准"}[code]
    doc.title(title_kind, 20, gap=22)
    doc.t(doc.W - 60, doc.y, num, 11, right=True); doc.y -= 10
    doc.hr(color=black, w=1.2, gap=80)
    doc.title(name, 19, gap=30)
    doc.title("（" + stage + "）", 13, gap=200)
    doc.t(doc.W / 2, doc.y, "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9, center=True); doc.y -= 60
    doc.t(doc.x0, doc.y, "202X-XX-XX 发布", 11); doc.t(doc.W - 60, doc.y, "202X-XX-XX 实施", 11, right=True)
    doc.y -= 14; doc.hr(color=black, w=1.2, gap=20)
    doc.title(org, 14)
    doc.page()
    doc.title("前　　言", 15, gap=30)
    doc.para("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    doc.para("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    doc.para(f"本文件起草单位：{A['name']}、天津市智能制造产业协会。")
    doc.para("本文件主要起草人：王晓峰、刘　敏、陈志远。")
    doc.title("1　范围", 12, gap=22)
    doc.para(f"本文件规定了{name.split(' ')[-1] if ' ' in name else name}的术语和定义、总体要求、技术要求及试验方法。")
    return dict(pdf=doc.bytes(), doc_type="standard_draft", genre={"HG": "S-HG", "QB": "S-QB", "T": "S-T", None: "S-Q"}[code],
                fields=fields(title=name), note={"HG": "新体裁：化工行业标准 HG/T 征求意见稿封面+前言", "QB": "新体裁：轻工行业标准 QB/T 征求意见稿封面+前言",
                                                  "T": "团体标准征求意见稿（自拟）", None: "企业标准草案 Q/（自拟）"}[code])


# ---------------------------------------------------------------- other
def oth_fee(x):
    """NEW other: bank 收费凭证 (fee voucher) — an amount that is not a payment of the contract."""
    A, P, rng = x["app"], x["pay"], x["rng"]
    fee = D(rng.choice(["15.00", "25.00", "5.50"]))
    doc = Doc(font="MicroHei", size=(595, 280))
    doc.y = doc.H - 34
    doc.title(P["bank_name"] + "　收费凭证", 13, gap=22)
    doc.grid([["交易日期", P["date"].strftime("%Y-%m-%d"), "凭证号", str(rng.randint(10 ** 8, 10 ** 9))],
              ["缴费单位", P["payer"], "账号", P["payer_acct"]],
              ["收费项目", "跨行汇划手续费", "关联业务金额", fmt_money(P["amount"])],
              ["收费金额", (f"{rmb_upper(fee)}（¥{fee}）", 3)]], [80, 180, 80, 140], size=9)
    doc.seal(470, 48, P["bank_name"], "业务专用章", r=30)
    return dict(pdf=doc.bytes(), doc_type="other", genre="O-fee", fields=fields(),
                note="新体裁（其他）：银行收费凭证，关联业务金额等于一笔付款金额，但不是付款证明")


def oth_nda(x):
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    doc = Doc(font="STSong-Light")
    doc.title("保密协议", 18)
    doc.line(f"披露方：{C['name']}", 11); doc.line(f"接收方：{A['name']}", 11)
    doc.para(f"鉴于双方就“{K['name']}”（合同编号{K['no']}）开展合作，接收方在履行合同过程中将接触披露方的工艺参数、生产数据及经营信息，双方约定如下：")
    doc.para("一、接收方对保密信息负有保密义务，未经披露方书面同意不得向任何第三方披露。二、保密期限为合同终止后五年。三、接收方违反本协议的，应向披露方支付违约金人民币贰拾万元整（¥200,000.00），并赔偿全部损失。")
    doc.t(70, doc.y - 30, "披露方（盖章）", 10); doc.t(330, doc.y - 30, "接收方（盖章）", 10)
    doc.t(70, doc.y - 56, dz(addday(K["sign"], -3)), 10); doc.t(330, doc.y - 56, dz(addday(K["sign"], -3)), 10)
    doc.seal(150, doc.y - 40, C["name"], "", text=False); doc.seal(410, doc.y - 40, A["name"], "合同专用章", text=False)
    return dict(pdf=doc.bytes(), doc_type="other", genre="O-nda", fields=fields(),
                note="新体裁（其他）：保密协议，引用合同编号，含违约金金额，不是合同本身")


def oth_acc_apply(x):
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    ad = addday(x["acc_date"], -rng.randint(12, 20))
    doc = Doc(font="ZenHei")
    doc.t(doc.W / 2, doc.y, A["name"], 16, center=True, color=RED); doc.y -= 16; doc.hr()
    doc.y -= 10
    doc.title("关于申请" + K["name"] + "验收的报告", 14, gap=30)
    doc.line(f"{C['name']}：", 11.5)
    doc.para(f"由我公司承建的“{K['name']}”（合同编号：{K['no']}，合同金额{fmt_money(K['amount'])}元）已于{dz(addday(ad, -5))}完成全部建设内容，系统试运行情况良好，具备验收条件。现申请贵单位组织项目验收。")
    doc.para("附件：1.项目竣工报告 2.试运行报告 3.用户使用报告")
    doc.t(330, doc.y - 30, A["name"], 10.5); doc.t(330, doc.y - 56, dz(ad), 10.5)
    doc.seal(420, doc.y - 40, A["name"], "", text=True)
    return dict(pdf=doc.bytes(), doc_type="other", genre="O-acc-apply", fields=fields(),
                note="新体裁（其他）：申报单位自己的验收申请报告（红头），不是验收结论")


def oth_unsuccessful(x):
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    other = "天津市宏拓自动化工程有限公司"
    doc = Doc(font="STSong-Light")
    doc.title("未中标通知书", 18)
    doc.line(f"{other}：", 11.5)
    doc.para(f"感谢贵公司参加我单位“{K['name']}”采购项目的投标。经评标委员会评审，{A['name']}为该项目中标人，中标金额{fmt_money(K['amount'])}元。贵公司未中标，投标保证金将于五个工作日内无息退还。")
    doc.t(330, doc.y - 30, C["name"], 10.5); doc.t(330, doc.y - 56, dz(addday(K["sign"], -12)), 10.5)
    doc.seal(420, doc.y - 40, C["name"], "", text=False)
    return dict(pdf=doc.bytes(), doc_type="other", genre="O-unsuccessful", fields=fields(),
                note="新体裁（其他）：致另一投标人的未中标通知书，提到申报单位中标，但收件人不是申报单位")


def oth_packing(x):
    A, C, K, rng = x["app"], x["cust"], x["con"], x["rng"]
    doc = Doc(font="MicroHei", land=True)
    doc.y = doc.H - 50
    doc.title("装 箱 单　PACKING LIST", 16, gap=26)
    doc.grid([["发货方 Shipper", A["name"], "收货方 Consignee", C["name"]],
              ["合同号 Contract No.", K["no"], "发货日期 Date", ddash(addday(K["sign"], 40))]], [120, 220, 120, 220], size=9.5)
    items = [["箱号 Case", "品名 Description", "数量 Qty", "净重 N.W.(kg)", "毛重 G.W.(kg)"],
             ["1/3", "工业网关 IoT Gateway", "12", "18.0", "22.5"],
             ["2/3", "边缘服务器 Edge Server", "2", "46.0", "58.0"],
             ["3/3", "传感器及线缆 Sensors & Cables", "1 批 lot", "35.5", "41.0"]]
    doc.grid(items, [90, 260, 100, 110, 110], size=9.5)
    doc.t(doc.x0, doc.y - 10, "收货人签收：", 10); doc.hand(doc.x0 + 80, doc.y - 10, "已收货 张伟", rng=rng)
    return dict(pdf=doc.bytes(), doc_type="other", genre="O-packing", fields=fields(),
                note="新体裁（其他）：中英双语装箱单，引用合同号，不是验收")
