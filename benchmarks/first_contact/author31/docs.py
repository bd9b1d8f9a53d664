"""Document genres. Each function returns {pages, doc_type, fields, genre, note, aux}."""
import random
from util import daxie, fmt_num, yuan, d_cn, cn_date, d_dot, iso, spaced, is_tianjin_code

F0 = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None, result=None, title=None)


def T(t, s=10.5, x=20, **k):
    d = dict(t=t, s=s, x=x); d.update(k); return d


def H(t, s=17):
    return dict(t=t, s=s, c=True)


def G(mm):
    return dict(gap=mm)


def SEAL(name, x=140, centre="", up=6):
    return dict(seal=name, x=x, centre=centre, up=up)


def mk(doc_type, genre, pages, note, aux=None, **fields):
    f = dict(F0); f.update(fields)
    return dict(doc_type=doc_type, genre=genre, pages=pages, fields=f, note=note, aux=aux or {})


# ---------------------------------------------------------------- ordinary kinds, own wording
def o1_contract(c, rng):
    A, C = c["app"], c["cus"]
    adv = round(c["amount"] * 0.3, 2); pen = round(c["amount"] * 0.05, 2); qa = round(c["amount"] * 0.05, 2)
    sp = rng.choice([1, 2])
    p1 = [H(c["cname"]), G(4), T("合同编号：" + c["no"], 10, 130),
          T(spaced("甲方", sp * 2) + "：" + C["name"]), T("统一社会信用代码：" + C["uscc"], 9.5),
          T(spaced("乙方", sp * 2) + "：" + A["name"]), T("统一社会信用代码：" + A["uscc"], 9.5), G(3),
          T("甲乙双方经友好协商，就甲方" + c["pname"] + "事宜，达成如下条款："),
          T("第一条  合同总价款为人民币" + daxie(c["amount"]) + "（¥" + fmt_num(c["amount"]) + "），含13%增值税。"),
          T("第二条  付款方式：合同签订后10个工作日内甲方支付预付款¥" + fmt_num(adv) + "；验收合格后支付至"),
          T("        合同总价的95%，余款¥" + fmt_num(qa) + "作为质保金，质保期满后无息支付。"),
          T("第三条  交货期：乙方应于" + d_cn(c["deliv"]) + "前完成设备交付及安装调试。"),
          T("第四条  违约责任：任一方违约的，违约金上限为¥" + fmt_num(pen) + "。"),
          T("第五条  本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"), G(10),
          T("甲方（盖章）：" + C["name"], 10), T("代表签字：", 10), T("乙方（盖章）：" + A["name"], 10), T("代表签字：", 10),
          T("签订日期：" + d_cn(c["sign"]), 10), SEAL(C["name"], 70, "合同专用章", 20), SEAL(A["name"], 150, "合同专用章", 14)]
    return mk("contract", "O1", [p1], "普通合同：字距拉开的甲乙方标签，预付款/质保金/违约金与交货期为干扰项",
              contract_no=c["no"], amount_yuan=yuan(c["amount"]), date=iso(c["sign"]), customer=C["name"])


def o2_accept(c, rng):
    A, C = c["app"], c["cus"]
    res = c.get("acc_result", "passed")
    rows = [["项目名称", c["pname"]], ["合同编号", c["no"]], ["建设单位", C["name"]], ["实施单位", A["name"]],
            ["合同金额", "¥" + fmt_num(c["acc_amount"])], ["验收日期", d_cn(c["acc"])],
            ["验收结论", "同意通过验收" if res == "passed" else "不予通过验收，需整改后重新组织"]]
    p = [H("项目验收报告"), G(6), dict(tbl=rows, w=[40, 130], s=10), G(6),
         T("验收意见：项目各项功能已按合同要求实施完毕，" + ("系统运行稳定，验收组同意验收。" if res == "passed" else "关键指标未达到合同要求。")),
         G(12), T("建设单位（盖章）：" + C["name"], 10, 90), T(d_cn(c["acc"]), 10, 120), SEAL(C["name"], 135, "", 12)]
    return mk("acceptance_report", "O2", [p], "普通验收报告表格", contract_no=c["no"], amount_yuan=yuan(c["acc_amount"]),
              date=iso(c["acc"]), customer=C["name"], result=res)


def o3_bank(c, pay, rng):
    A = c["app"]
    bank = rng.choice(["中国工商银行", "交通银行", "中国银行", "上海浦东发展银行"])
    memo = ("支付合同" + c["no"] + "款项") if pay["cite"] else rng.choice(["货款", "项目款", "服务费"])
    rows = [["付款人户名", pay["payer"], "收款人户名", A["name"]],
            ["付款人账号", pay["pacct"], "收款人账号", A["acct"]],
            ["开户银行", pay["pbank"], "开户银行", A["bank"]],
            ["金额（大写）", "人民币" + daxie(pay["amt"]), "金额（小写）", "¥" + fmt_num(pay["amt"])],
            ["交易日期", pay["date"].isoformat(), "用途", memo]]
    p = [H(bank + "  电子回单", 15), T("回单编号：" + pay["ref"], 9, 20), dict(tbl=rows, w=[28, 62, 28, 57], s=8.5), G(4),
         T("打印日期：" + (pay["date"].replace(year=2025, month=3, day=3)).isoformat() + "    本回单可通过网银验证真伪", 8.5),
         SEAL(bank + "电子回单专用章", 160, "", 2)]
    return mk("payment_proof", "O3", [p], "普通网银电子回单；打印日期为干扰项",
              contract_no=c["no"] if pay["cite"] else None, amount_yuan=yuan(pay["amt"]), date=iso(pay["date"]),
              payer=pay["payer"], payee=A["name"])


def o4_bid(c, rng):
    A, C = c["app"], c["cus"]
    p = [H("中 标 通 知 书", 18), G(5), T(A["name"] + "："), T("    我方于" + d_cn(c["open"]) + "开标的“" + c["pname"] + "”（招标编号：ZB-" + c["no"][-6:] + "）"),
         T("经评标委员会评审，确定贵单位为中标人，中标金额为人民币" + daxie(c["proc_amount"])),
         T("（¥" + fmt_num(c["proc_amount"]) + "）。请于本通知书发出之日起30日内签订合同，并提交履约保证金"),
         T("¥" + fmt_num(round(c["proc_amount"] * 0.1, 2)) + "。"), G(14),
         T("招标人：" + C["name"], 10.5, 100), T(d_cn(c["notice"]), 10.5, 120), SEAL(C["name"], 140, "", 10)]
    return mk("procurement_proof", "O4", [p], "普通中标通知书；开标日期与履约保证金为干扰项",
              amount_yuan=yuan(c["proc_amount"]), date=iso(c["notice"]), customer=C["name"])


def o5_standard(s, rng):
    p = [T("ICS 25.040", 9), T("CCS J 07", 9), G(10), H(s["org"] + "团体标准", 18), T("T/" + s["code"], 11, 150), G(30),
         H(s["name"], 17), G(10), H("（征求意见稿）", 12), G(60), T("在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9), G(10),
         T(s["pub"] + " 发布", 11, 40), T(s["impl"] + " 实施", 11, 130), H(s["org"] + "  发布", 12)]
    return mk("standard_draft", "O5", [p], "团体标准征求意见稿封面", title=s["name"])


def o6_license(o, rng):
    p = [H("营 业 执 照", 22), H("（副      本）", 12), G(8), T("统一社会信用代码  " + o["uscc"]), T("名        称  " + o["name"]),
         T("类        型  有限责任公司"), T("法定代表人  " + o["rep"]), T("注册资本  伍仟万元人民币"), T("成立日期  2011年06月18日"),
         T("住        所  " + o["addr"]), G(20), T("登记机关  天津市滨海新区市场监督管理局", 10, 100), T("2023年08月09日", 10, 120),
         SEAL("天津市滨海新区市场监督管理局", 140, "", 10)]
    return mk("other", "O6", [p], "营业执照副本（非证据）")


def o7_sub(s, rng):
    A = s["app"]
    p = [H("分包合同"), T("合同编号：" + s["no"], 10, 130), G(3), T("甲方（总包方）：" + A["name"]), T("乙方（分包方）：" + s["sup"]["name"]),
         T("乙方统一社会信用代码：" + s["sup"]["uscc"], 9.5), T("乙方地址：" + s["sup"]["addr"], 9.5), G(3),
         T("一、分包内容：" + s["work"]), T("二、分包价款：人民币" + daxie(s["amount"]) + "（¥" + fmt_num(s["amount"]) + "）。"),
         T("三、工期：自合同签订之日起90日内完成。"), G(12), T("甲方（盖章）：" + A["name"], 10), T("乙方（盖章）：" + s["sup"]["name"], 10),
         T("签订日期：" + d_cn(s["date"]), 10), SEAL(A["name"], 70, "合同专用章", 16), SEAL(s["sup"]["name"], 150, "合同专用章", 10)]
    return mk("subcontract", "O7", [p], "普通分包合同", aux=dict(party_b=s["sup"]["name"]),
              contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=iso(s["date"]), customer=A["name"])


def sign_rows(att, cols):
    out = []
    for i, a in enumerate(att, 1):
        r = []
        for c in cols:
            r.append({"序号": str(i), "单位名称": (a["name"],), "统一社会信用代码": a.get("uscc") or "", "地址": a.get("addr") or "",
                      "参会人": (a["person"],), "联系电话": a["phone"], "已签到": "√"}[c])
        out.append(r)
    return out


def o9_meeting(m, rng):
    A = m["app"]
    p1 = [H("会议纪要", 18), G(4), T("会议名称：" + m["name"]), T("会议时间：" + d_cn(m["date"]) + " 14:00"), T("会议地点：" + m["place"]),
          T("主办单位：" + A["name"]), G(3), T("    本次会议围绕" + m["topic"] + "开展经验交流，参会企业代表进行了交流发言。"),
          T("    会议商定，下一次交流活动拟于" + d_cn(m["next"]) + "举行。"), G(8), T("附件：参会单位签到表")]
    cols = ["序号", "单位名称", "统一社会信用代码", "参会人"]
    p2 = [H("参会单位签到表", 15), dict(tbl=[cols] + sign_rows(m["att"], cols), w=[12, 78, 50, 30], s=8.5)]
    return mk("meeting_record", "O9", [p1, p2], "普通会议纪要＋签到表；下一次活动日期为干扰项", aux=meet_aux(m),
              date=iso(m["date"]), title=m["name"])


def meet_aux(m):
    return dict(attendees=[dict(name=a["name"], uscc=a.get("uscc"), addr=a.get("addr")) for a in m["att"]])


def o8_diag(g, rng):
    A = g["app"]
    p = [H(g["title"], 16), G(4), T("诊断对象：" + g["cus"]["name"]), T("诊断日期：" + d_cn(g["date"])), T("诊断机构：" + A["name"]), G(3),
         T("一、企业现状", 11.5), T("    企业以离散制造为主，设备数字化率约" + str(rng.randint(30, 60)) + "%，生产计划依靠人工排产。"),
         T("二、主要问题", 11.5), T("    生产数据采集不及时，质量追溯链条不完整，库存周转偏慢。")]
    if g["solution"]:
        p += [T("三、解决方案", 11.5), T("    建议分两期建设MES系统，一期实现工单与报工数字化，二期打通质量追溯。")]
    else:
        p += [T("三、下一步工作", 11.5), T("    待企业内部讨论后另行沟通。")]
    p += [G(10), T("诊断机构（盖章）：" + A["name"], 10, 100), SEAL(A["name"], 140, "", 6)]
    return mk("diagnosis_report", "O8", [p], "普通免费诊断报告" + ("" if g["solution"] else "（无解决方案）"),
              date=iso(g["date"]), customer=g["cus"]["name"], title=g["title"])


# ---------------------------------------------------------------- new genres
def n01_sub_iot(s, rng):
    A = s["app"]; S = s["sup"]
    prov = round(s["amount"] * 0.08, 2)
    n1 = rng.randint(200, 400); n2 = rng.randint(60, 150)
    rows = [["序号", "采集对象", "通讯协议", "点位数", "备注"], ["1", "数控机床", "OPC UA", str(n1), "含边缘网关"],
            ["2", "注塑机", "Modbus TCP", str(n2), ""], ["3", "能耗表计", "DL/T 645", str(rng.randint(20, 60)), "暂定价¥" + fmt_num(prov)]]
    p = [H("设备联网及数据采集分包合同", 16), T("分包合同号：" + s["no"], 10, 125), G(3),
         T("总 包 方（甲方）：" + A["name"]), T("分 包 方（乙方）：" + S["name"]), T("乙方住所：" + S["addr"], 9.5),
         T("乙方统一社会信用代码：" + S["uscc"], 9.5), G(2),
         T("    甲方承接的智能工厂项目中，设备联网与数据采集部分分包给乙方实施，点位清单如下："),
         dict(tbl=rows, w=[12, 40, 35, 25, 58], s=9), G(2),
         T("    本分包合同固定总价为" + daxie(s["amount"]) + "，其中已含暂定价部分，暂定价按实结算不调整总价。"),
         T("    乙方应在甲方通知进场后60日内完成全部点位接入并通过甲方数据联调。"), G(10),
         T("甲方：" + A["name"] + "（盖章）", 10), T("乙方：" + S["name"] + "（盖章）", 10),
         T("合同签订时间：" + d_dot(s["date"]), 10), SEAL(A["name"], 75, "", 16), SEAL(S["name"], 150, "", 10)]
    return mk("subcontract", "N01", [p], "新：设备联网分包合同，总价只有大写，点位清单中的暂定价为干扰项",
              aux=dict(party_b=S["name"]), contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=iso(s["date"]), customer=A["name"])


def n02_sub_train(s, rng):
    A = s["app"]; S = s["sup"]
    n = rng.choice([40, 50, 80, 100]); unit = s["amount"] / n
    p = [H("培训服务委托合同", 16), G(3), T("合同编号：" + s["no"], 10),
         T("委托方：" + A["name"] + "（以下简称甲方）"), T("培训机构：" + S["name"] + "（以下简称乙方）"), T("乙方地址：" + S["addr"], 9.5),
         T("统一社会信用代码：" + S["uscc"], 9.5), G(3),
         T("    为配合甲方在客户现场实施的智能制造项目，甲方委托乙方为客户一线员工开展工业互联网应用培训。"),
         T("    培训规模：" + str(n) + "人次，单价每人次" + fmt_num(unit) + "元，培训费用合计" + fmt_num(s["amount"]) + "元（" + daxie(s["amount"]) + "）。"),
         T("    培训期间：" + d_cn(s["date"]) + "起三个月内分批完成；乙方提供讲师、教材及考核。"),
         T("    本合同于" + cn_date(s["date"]) + "由双方授权代表签署。"), G(12),
         T("甲方（委托方）签章", 10, 25), T("乙方（培训机构）签章", 10, 115), SEAL(A["name"], 50, "", 4), SEAL(S["name"], 140, "", 10)]
    return mk("subcontract", "N02", [p], "新：培训服务委托合同（委托方/培训机构），金额为人次×单价的合计，日期为汉字",
              aux=dict(party_b=S["name"]), contract_no=s["no"], amount_yuan=yuan(s["amount"]), date=iso(s["date"]), customer=A["name"])


def n03_meet_qr(m, rng):
    A = m["app"]
    p1 = [H(m["name"], 15), T("活动编号：HD" + m["date"].strftime("%Y%m%d") + "01    签到方式：扫描会场二维码（微信小程序“会签宝”）", 9),
          G(3), T("    " + d_cn(m["date"]) + "，" + A["name"] + "在" + m["place"] + "举办本次交流活动，围绕" + m["topic"] + "进行分享。"),
          T("    以下为小程序后台导出的签到明细（导出时间：" + d_dot(m["export"]) + " 09:12）。"), G(3)]
    rows = [["序号", "微信昵称", "单位名称（必填）", "统一社会信用代码", "签到时间"]]
    for i, a in enumerate(m["att"], 1):
        rows.append([str(i), a["nick"], a["name"], a.get("uscc") or "（未填）", m["date"].isoformat() + " 13:" + "%02d" % (10 + i)])
    p1.append(dict(tbl=rows, w=[10, 24, 70, 44, 32], s=7.5))
    return mk("meeting_record", "N03", [p1], "新：小程序扫码签到导出明细，含微信昵称与签到时间；导出日期为干扰项", aux=meet_aux(m),
              date=iso(m["date"]), title=m["name"])


def n05_meet_form(m, rng):
    A = m["app"]
    rows = [["会议主题", m["name"], "记录编号", "QR-ZH-07-" + str(rng.randint(10, 99))],
            ["时    间", d_dot(m["date"]) + " 9:30", "地    点", m["place"][:14]],
            ["主 持 人", m["host_person"], "记 录 人", m["rec_person"]]]
    p1 = [T(A["name"] + "                                   受控文件", 9), H("会 议 记 录 表", 16), dict(tbl=rows, w=[25, 70, 25, 50], s=9), G(4),
          T("会议内容：", 11), T("1. " + m["topic"] + "典型案例分享；"), T("2. 参会企业就设备联网、数据治理问题进行交流；"),
          T("3. 形成问题清单，会后一个月内反馈（反馈截止：" + d_cn(m["next"]) + "）。"), G(6), T("参加人员：见附页签到表", 10),
          T("表单版本：A/2  生效日期：2022.01.01", 8)]
    cols = ["序号", "统一社会信用代码", "单位名称", "参会人", "联系电话"]
    p2 = [H("附页：签到表", 13), dict(tbl=[cols] + sign_rows(m["att"], cols), w=[10, 44, 66, 22, 30], s=8)]
    return mk("meeting_record", "N05", [p1, p2], "新：体系表单式会议记录表（受控、记录编号），会议名称在“会议主题”格，签到表代码在前",
              aux=meet_aux(m), date=iso(m["date"]), title=m["name"])


def n06_meet_cards(m, rng):
    A = m["app"]
    p1 = [H("“" + m["name"] + "”", 13), H("会 议 签 到 卡（汇编）", 15), T("会议日期：" + d_cn(m["date"]) + "    地点：" + m["place"], 9.5), G(3)]
    rows = []
    atts = list(m["att"])
    for i in range(0, len(atts), 2):
        r = []
        for a in atts[i:i + 2]:
            r += ["单位：" + a["name"], ""]
        rows.append(r[:2] + (r[2:4] if len(r) > 2 else ["", ""]))
        r2 = []
        for a in atts[i:i + 2]:
            r2 += [("代码：" + a["uscc"]) if a.get("uscc") else ("地址：" + a["addr"]), ""]
        rows.append(r2[:2] + (r2[2:4] if len(r2) > 2 else ["", ""]))
        r3 = []
        for a in atts[i:i + 2]:
            r3 += [("签名：" + a["person"],), ""]
        rows.append(r3[:2] + (r3[2:4] if len(r3) > 2 else ["", ""]))
    rows = [[r[0], r[2]] for r in rows]
    p1.append(dict(tbl=rows, w=[87, 87], s=7.5))
    return mk("meeting_record", "N06", [p1], "新：逐家填写的签到卡拼版（每家一卡，代码或地址二选一），会议名称在引号标题中",
              aux=meet_aux(m), date=iso(m["date"]), title=m["name"])


def _diag_head(g, label):
    return [T(label + "：" + g["cus"]["name"]), T("统一社会信用代码：" + g["cus"]["uscc"], 9.5)]


def n07_swot(g, rng):
    A = g["app"]
    rows = [["优势（S）", "订单稳定，骨干工艺成熟"], ["劣势（W）", "数据孤岛，设备联网率低"], ["机会（O）", "天津市智能制造专项政策支持"],
            ["威胁（T）", "同业竞争加剧，人工成本上升"]]
    p = [H(g["title"], 15), G(3)] + _diag_head(g, "受诊断单位") + [T("现场诊断：" + d_cn(g["date"])), G(2),
         T("1 企业概况", 11.5), T("    企业现有员工约" + str(rng.randint(80, 600)) + "人，主营业务收入稳定。"),
         T("2 SWOT分析", 11.5), dict(tbl=rows, w=[30, 140], s=9.5)]
    if g["solution"]:
        p += [T("3 战略对策建议（解决方案）", 11.5), T("    SO战略：借助政策支持建设数字化车间；WO战略：先行实施设备联网与数据中台。")]
    else:
        p += [T("3 结语", 11.5), T("    以上分析供企业参考。")]
    p += [G(10), T(A["name"] + "  诊断服务组", 10, 100), SEAL(A["name"], 140, "", 6)]
    return mk("diagnosis_report", "N07", [p], "新：SWOT分析诊断报告，方案标题为“战略对策建议”" + ("" if g["solution"] else "（无方案，仅结语）"),
              date=iso(g["date"]), customer=g["cus"]["name"], title=g["title"])


def n08_iot_diag(g, rng):
    A = g["app"]
    rows = [["设备类别", "台数", "已联网", "协议", "可采点位"], ["加工中心", str(rng.randint(5, 30)), str(rng.randint(0, 5)), "FOCAS", str(rng.randint(50, 200))],
            ["空压机", str(rng.randint(2, 6)), "0", "Modbus", str(rng.randint(10, 40))], ["AGV", str(rng.randint(2, 10)), "全部", "私有", "—"]]
    p = [H(g["title"], 15), G(2), T("服务对象：" + g["cus"]["name"]), T("诊断日期：" + d_dot(g["date"]) + "      报告编号：LW-" + str(rng.randint(1000, 9999))),
         T("一、现状：设备联网盘点", 11.5), dict(tbl=rows, w=[40, 25, 25, 35, 45], s=9),
         T("二、问题：设备协议不统一，联网率不足20%，数据无法支撑OEE统计。")]
    if g["solution"]:
        p += [T("三、联网改造方案", 11.5), T("    部署边缘网关统一协议转换，分批接入加工中心与空压机，建设设备数据平台。")]
    p += [G(10), T("诊断单位：" + A["name"], 10, 100), SEAL(A["name"], 140, "", 6)]
    return mk("diagnosis_report", "N08", [p], "新：设备联网与数据采集诊断（点位盘点表），方案标题“联网改造方案”" + ("" if g["solution"] else "（缺）"),
              date=iso(g["date"]), customer=g["cus"]["name"], title=g["title"])


def n09_diag_letter(g, rng):
    A = g["app"]
    p = [H(A["name"], 14), H("诊断结论告知书", 16), T("编号：ZD〔2024〕" + str(rng.randint(10, 99)) + "号", 10, 140), G(3),
         T(g["cus"]["name"] + "："), T("    我公司受邀于" + d_cn(g["date"]) + "对贵公司开展免费数字化诊断（《" + g["title"] + "》），现将诊断结论告知如下："),
         T("    （一）贵公司生产过程以纸质单据流转为主，计划与执行脱节；"), T("    （二）质量检验数据未形成电子台账，追溯困难。")]
    if g["solution"]:
        p += [T("    针对上述问题，建议如下：一是上线轻量化MES，实现报工扫码；二是建立质量数据电子台账；"), T("    三是分步推进设备联网，预计投资回收期约2年。")]
    else:
        p += [T("    具体改进措施待双方进一步调研后另行商定。")]
    p += [T("    特此告知。"), G(10), T(A["name"], 10, 120), T(cn_date(g["letter"]), 10, 122), SEAL(A["name"], 140, "", 8)]
    return mk("diagnosis_report", "N09", [p], "新：函件式诊断结论告知书，诊断日期在正文，落款日期（汉字）较晚为干扰项，报告名称在书名号中",
              date=iso(g["date"]), customer=g["cus"]["name"], title=g["title"])


def n10_wms_diag(g, rng):
    A = g["app"]
    rows = [["指标", "现状值", "行业参考"], ["库位利用率", str(rng.randint(45, 65)) + "%", "85%"], ["拣货差错率", "0." + str(rng.randint(3, 9)) + "%", "0.05%"],
            ["库存周转天数", str(rng.randint(40, 90)), "30"]]
    p = [H(g["title"], 15), G(2), T("被诊断企业  " + g["cus"]["name"]), T("诊断时间  " + d_cn(g["date"])), T("诊断人员  " + g["expert"]), G(2),
         T("（一）仓储物流现状", 11.5), dict(tbl=rows, w=[50, 45, 45], s=9.5), T("（二）存在问题：库位人工记录，出入库无条码，账实不符。")]
    if g["solution"]:
        p += [T("（三）改进实施方案", 11.5), T("    实施WMS与条码管理，立体库改造分两期，配套AGV搬运。")]
    p += [G(10), T("企业确认签字：", 10, 20), T(g["cus"]["person"], 10, 50, hand=True), T("诊断方：" + A["name"], 10, 110), SEAL(A["name"], 150, "", 4)]
    return mk("diagnosis_report", "N10", [p], "新：仓储物流数字化诊断（库位利用率表），标签间以空格而非冒号" + ("" if g["solution"] else "（缺方案）"),
              date=iso(g["date"]), customer=g["cus"]["name"], title=g["title"])


def n14_ics_diag(g, rng):
    A = g["app"]
    rows = [["资产", "风险项", "等级"], ["SCADA服务器", "操作系统未打补丁", "高"], ["PLC", "默认口令", "中"], ["工程师站", "U盘随意接入", "中"]]
    p = [H(g["title"], 15), G(2)] + _diag_head(g, "客户名称") + [T("评估日期：" + d_cn(g["date"])), T("依据：GB/T 36466-2018 等", 9),
         T("1. 现状与资产识别", 11.5), dict(tbl=rows, w=[45, 80, 25], s=9.5), T("2. 主要问题：生产网与办公网未隔离，缺少安全审计。")]
    if g["solution"]:
        p += [T("3. 安全加固建议（解决方案）", 11.5), T("    部署工业防火墙实现分区隔离，建立补丁与口令管理制度，引入主机白名单。")]
    p += [T("报告有效期至：" + d_cn(g["valid"]), 9), G(8), T("评估单位：" + A["name"], 10, 100), SEAL(A["name"], 140, "", 6)]
    return mk("diagnosis_report", "N14", [p], "新：工控安全风险评估诊断报告（资产-风险表），有效期为干扰项" + ("" if g["solution"] else "（缺方案）"),
              date=iso(g["date"]), customer=g["cus"]["name"], title=g["title"])


def n04_group_pay(c, pay, rng):
    A, C = c["app"], c["cus"]
    p = [H("代付款说明函", 16), G(4), T(A["name"] + "："),
         T("    " + C["name"] + "系我集团全资子公司。根据集团资金集中管理规定，其与贵公司签订的合同（编号" + c["no"] + "）"),
         T("项下款项由我集团统一代为支付。我集团已于" + d_cn(pay["date"]) + "通过" + pay["pbank"] + "向贵公司"),
         T("支付人民币" + daxie(pay["amt"]) + "（¥" + fmt_num(pay["amt"]) + "）。付款账户户名：" + pay["payer"] + "。"),
         T("    特此说明。"), G(10), T(pay["payer"], 10, 110), T("资金管理中心", 10, 120), T(d_cn(pay["letter"]), 10, 120),
         SEAL(pay["payer"], 140, "财务专用章", 10)]
    return mk("payment_proof", "N04", [p], "新：集团代付款说明函，付款人为集团而非申报客户", contract_no=c["no"], amount_yuan=yuan(pay["amt"]),
              date=iso(pay["date"]), payer=pay["payer"], payee=A["name"])


def n11_unionpay(c, pay, rng):
    A = c["app"]
    p = [H("银联商务 企业收付款电子回单", 14), T("商户服务平台  ·  交易流水号 " + pay["ref"], 9), G(4),
         T("交易类型：企业账户付款（B2B）"), T("交易状态：交易成功"), T("交易完成时间：" + pay["date"].strftime("%Y/%m/%d") + " 15:42:07"),
         T("付款方名称：" + pay["payer"]), T("付款方账户：" + pay["pacct"][:4] + " **** **** " + pay["pacct"][-4:]),
         T("收款方名称：" + A["name"]), T("收款方账户：" + A["acct"]), T("交易金额：CNY " + fmt_num(pay["amt"])),
         T("手续费：CNY 5.50"), T("附言：" + (c["no"] if pay["cite"] else "工程款")), G(6),
         T("本回单仅证明交易已完成，不作为收款方入账依据。生成时间：" + (pay["date"].replace(year=2025, month=1, day=6)).isoformat(), 8)]
    return mk("payment_proof", "N11", [p], "新：第三方支付平台B2B付款回单，金额仅CNY小写，手续费与生成时间为干扰项，日期斜杠格式",
              contract_no=c["no"] if pay["cite"] else None, amount_yuan=yuan(pay["amt"]), date=iso(pay["date"]), payer=pay["payer"], payee=A["name"])


def n12_perf_eval(c, rng):
    A, C = c["app"], c["cus"]
    rows = [["评价项目", "权重", "得分"], ["交付及时性", "30", str(rng.randint(26, 30))], ["质量符合性", "40", str(rng.randint(35, 40))],
            ["服务响应", "30", str(rng.randint(25, 30))]]
    res = c.get("acc_result", "passed")
    p = [H(C["name"], 13), H("供应商履约评价表", 16), T("评价周期：" + str(c["acc"].year) + "年度", 9.5), G(3),
         T("供应商：" + A["name"]), T("合同编号：" + c["no"] + "    项目：" + c["pname"]),
         dict(tbl=rows, w=[70, 40, 40], s=9.5), G(2),
         T("项目验收情况：" + ("该项目已于" + d_cn(c["acc"]) + "通过我公司终验，验收合格。" if res == "passed" else "该项目于" + d_cn(c["acc"]) + "终验未通过。")),
         T("综合评价等级：" + ("优良" if res == "passed" else "不合格") + "    是否列入合格供应商名录：" + ("是" if res == "passed" else "否")),
         G(8), T("采购管理部（盖章）", 10, 110), T(d_cn(c["acc"] if rng.random() < 0 else c["eval"]), 10, 115), SEAL(C["name"], 140, "", 10)]
    return mk("acceptance_report", "N12", [p], "新：客户的供应商履约评价表，验收事实在一句话中，评价日期为干扰项",
              contract_no=c["no"], date=iso(c["acc"]), customer=C["name"], result=res)


def n13_committee(c, rng):
    A, C = c["app"], c["cus"]
    p = [H(C["name"], 13), H("采购决策委员会决议", 16), T("〔" + str(c["notice"].year) + "〕第" + str(rng.randint(3, 20)) + "次", 10, 90), G(3),
         T("    " + d_cn(c["notice"]) + "，公司采购决策委员会召开会议，应到委员7人，实到7人，审议“" + c["pname"] + "”"),
         T("采购事项。经对三家供应商的技术方案及报价综合评议，表决结果：同意7票，反对0票。"),
         T("    决议如下：确定" + A["name"] + "为该项目供应商，成交价格人民币" + fmt_num(c["proc_amount"]) + "元。"),
         T("    项目预算" + fmt_num(round(c["proc_amount"] * 1.12, -3)) + "元，节约资金由财务部统筹。"), G(8),
         T("委员签字：", 10), T("王昀  李瑄  赵翀  周堃  孙明  钱立新  吴冰", 10, 40, hand=True), G(4), SEAL(C["name"], 140, "", 0)]
    return mk("procurement_proof", "N13", [p], "新：客户采购决策委员会决议，成交价在决议句中，预算为干扰项",
              amount_yuan=yuan(c["proc_amount"]), date=iso(c["notice"]), customer=C["name"])
