"""The three assessment-cycle submissions."""
import datetime as dt
from decimal import Decimal

import docs as G
from build import (contract_decl, evid, pay, supplier, meeting, emit_meeting, diagnosis, emit_diagnosis, std_ctx,
                      DIAG_GENRES)
from names import TJ_DISTRICTS, OTHER
from util import yuan, break_uscc

D = dt.date

MEET_NAMES = ["数字化车间建设经验交流会", "设备联网与数据采集应用交流会", "工业互联网平台赋能中小企业交流会", "智能仓储物流应用经验交流会",
              "机器视觉质检应用交流会", "能源管理与绿色工厂建设交流会", "精益生产与MES应用经验交流会", "汽车零部件行业智能化改造交流会",
              "装备制造业数字化转型沙龙暨经验交流会", "中小企业“上云用数赋智”经验交流会", "工业软件国产化应用交流会", "智能制造标准宣贯暨经验交流会"]
PLACES_SUFFIX = ["（西青专场）", "（滨海专场）", "（东丽专场）", "（北辰专场）", "（武清专场）", "（第二期）", "（第三期）", "", "", "", "", ""]


def split(total, parts):
    out, acc = [], Decimal(0)
    for p in parts[:-1]:
        v = yuan(total * Decimal(str(p)))
        out.append(v)
        acc += v
    out.append(total - acc)
    return out


def applicant(sub, mid, dist_idx):
    sub.app = sub.w.firm(True, region=TJ_DISTRICTS[dist_idx], trade=("智能科技", "智能制造系统集成"), mid=mid)
    sub.app["name"] = sub.app["name"].replace("天津市", "天津")
    sub.w.used.add(sub.app["name"])


def mname(i, year=2024):
    return f"{year}年{MEET_NAMES[i % len(MEET_NAMES)]}{PLACES_SUFFIX[i % len(PLACES_SUFFIX)]}"


def std_block(sub, titles, upload):
    for i, (t, k) in enumerate(titles, 1):
        s = {"seq": i, "name": t, "kind": k}
        sub.standards.append(s)
        if upload[i - 1]:
            sub.add(G.st_cover, std_ctx(sub, t, k), "5.标准草案")


# ====================================================================== clean
def clean(sub):
    rng, w = sub.rng, sub.w
    applicant(sub, "昀橦", 1)
    sub.prefix = "YT"
    tj = [w.firm(True) for _ in range(4)]
    ot = [w.firm(False, region=OTHER[i]) for i in (0, 3, 4)]
    specs = [  # cust, wan, sign, accept, decl_tj, emp, rev
        (tj[0], "386.40", D(2023, 11, 8), D(2024, 4, 16), True, 1260, 52000),
        (tj[1], "245.80", D(2024, 1, 12), D(2024, 6, 20), True, 320, 18500),
        (tj[2], "512.00", D(2023, 12, 20), D(2024, 9, 3), True, 680, 36800),
        (tj[3], "178.60", D(2024, 3, 2), D(2024, 8, 28), True, 150, 9200),
        (ot[0], "296.00", D(2024, 2, 26), D(2024, 10, 15), False, 2100, 214246),
        (ot[1], "143.50", D(2024, 4, 9), D(2024, 11, 12), False, 90, 6100),
        (ot[2], "322.70", D(2024, 5, 6), D(2024, 12, 2), False, 410, 27700),
    ]
    cs = [contract_decl(sub, i + 1, *s) for i, s in enumerate(specs)]
    c1, c2, c3, c4, c5, c6, c7 = cs
    a = split(c1["amount"], [0.3, 0.7])
    evid(sub, c1, [(G.c_prose, {}, "text"), (G.a_report, {}, "scan"), (G.p_ebank, pay(a[0], D(2023, 11, 20)), "text"),
                   (G.p_ebank, pay(a[1], D(2024, 5, 10), dstyle="compact"), "photo"), (G.r_notice, {}, "text")])
    evid(sub, c2, [(G.c_jp, {}, "text"), (G.a_beian, {}, "scan"), (G.p_ebank, pay(c2["amount"], D(2024, 7, 2)), "text"),
                   (G.r_lottery, {}, "scan")])
    a = split(c3["amount"], [0.3, 0.65, 0.05])
    evid(sub, c3, [(G.c_prose, {"spaced": True}, "photo"), (G.a_report, {"acc_amount": False}, "text"),
                   (G.p_ebank, pay(a[0], D(2024, 1, 5)), None), (G.p_ebank, pay(a[1], D(2024, 9, 20), memo="货款"), None),
                   (G.p_cash, pay(a[2], D(2024, 10, 8), depositor="石昀"), "scan"), (G.r_lottery, {}, "text")])
    evid(sub, c4, [(G.c_prose, {"dstyle": "cn"}, "mixed"), (G.a_beian, {}, "text"), (G.p_ebank, pay(c4["amount"], D(2024, 9, 5)), "scan"),
                   (G.r_notice, {}, "photo")])
    evid(sub, c5, [(G.c_jp, {}, "scan"), (G.a_report, {}, "photo"), (G.p_ebank, pay(c5["amount"], D(2024, 11, 1)), "text"),
                   (G.r_notice, {}, "scan")])
    a = split(c6["amount"], [0.95, 0.05])
    evid(sub, c6, [(G.c_prose, {}, "text"), (G.a_beian, {}, "photo"), (G.p_ebank, pay(a[0], D(2024, 11, 20), memo="工程款"), "text"),
                   (G.p_cash, pay(a[1], D(2024, 12, 6), depositor="冯瑄"), "photo"), (G.r_lottery, {}, None)])
    evid(sub, c7, [(G.c_prose, {"spaced": True, "dstyle": "dot"}, "text"), (G.a_report, {}, "scan"),
                   (G.p_ebank, pay(c7["amount"], D(2024, 12, 18)), "scan"), (G.r_notice, {}, "text")])
    # suppliers
    supplier(sub, 1, w.firm(True, trade=("物流", "道路货物运输")), Decimal("186000"), D(2024, 3, 18), G.s_freight,
             c3["name"].replace("合同", "项目"), "设备运输")
    supplier(sub, 2, w.firm(True, trade=("计量检测技术", "计量校准")), Decimal("94600"), D(2024, 5, 7), G.s_lab,
             c2["name"].replace("合同", "项目"), "在线检测仪器校准")
    supplier(sub, 3, w.firm(True, trade=("人力资源服务", "劳务派遣")), Decimal("432000"), D(2024, 2, 20), G.s_dispatch,
             c1["name"].replace("合同", "项目"), "现场辅助人员派遣")
    # meetings
    genres = ["plain", "plain_sep", "pledge", "badge", "filing", "asr", "plain", "pledge", "badge", "filing"]
    dates = [D(2024, 1, 25), D(2024, 3, 14), D(2024, 4, 18), D(2024, 5, 23), D(2024, 6, 20), D(2024, 7, 11), D(2024, 8, 22),
             D(2024, 9, 19), D(2024, 10, 24), D(2024, 11, 28)]
    for i in range(10):
        m = meeting(sub, i + 1, mname(i), dates[i], rng.randint(11, 14), rng.randint(1, 3), genres[i], host_signs=rng.random() < 0.5)
        emit_meeting(sub, m)
    # diagnoses
    for i in range(31):
        g = diagnosis(sub, i + 1, D(2024, 1 + i * 11 // 31, rng.randint(1, 28)))
        emit_diagnosis(sub, g)
    std_block(sub, [("智能制造系统集成项目实施服务流程规范", "团体标准"), ("工业设备数据采集接口互联互通技术要求", "团体标准"),
                    ("数字化车间系统集成验收规范", "企业标准")], [1, 1, 1])
    sub.add(G.o_change, {"app": sub.app, "date": D(2024, 3, 6)}, "6.其他材料")
    sub.add(G.o_quote_followup, {"cust": sub.diagnoses[3]["cust"], "date": D(2024, 2, 1)}, "6.其他材料")
    traps = ["仅含分期付款，分期之和恰等于申报金额", "附言只写“货款/工程款”的回单（contract_no 为 null，不是缺口）",
             "验收备案表中的备案收讫日期、开工日期为干扰", "预付款/质保金/违约金上限/履约保证金/最高限价/货物声明价值等干扰金额",
             "签到表中主办方自己签到（不计数），外省企业若干", "诊断预约回执、市场监管局变更通知为 other"]
    return traps, []


# ====================================================================== gaps
def gaps(sub):
    rng, w = sub.rng, sub.w
    applicant(sub, "瀚霆", 4)
    sub.prefix = "HTZN"
    tj = [w.firm(True) for _ in range(6)]
    bj = w.firm(False, region=OTHER[0])
    hb = w.firm(False, region=OTHER[2])
    specs = [
        (tj[0], "268.00", D(2023, 12, 1), D(2024, 5, 20), True, 1500, 61000, True, ["sme_misclassified"]),   # verified, but declared SME wrongly
        (tj[1], "315.50", D(2024, 1, 8), D(2024, 7, 2), True, 260, 15000, None, ["missing_payment_proof"]),
        (tj[2], "198.00", D(2024, 2, 3), D(2024, 8, 9), True, 180, 8800, None, ["acceptance_not_passed"]),
        (tj[3], "420.00", D(2024, 3, 11), D(2024, 9, 25), True, 540, 30500, None, ["amount_mismatch"]),
        (hb, "236.80", D(2024, 1, 22), D(2024, 6, 30), False, 330, 21000, None, ["party_mismatch", "missing_procurement_proof"]),
        (tj[4], "152.00", D(2024, 4, 2), D(2024, 10, 18), True, 75, 4300, None, ["invalid_uscc"]),
        (tj[5], "288.00", D(2024, 6, 1), D(2025, 1, 8), True, 220, 12800, None, ["date_out_of_period", "duplicate_evidence"]),
        (bj, "175.00", D(2024, 2, 27), D(2024, 11, 5), True, 120, 7600, None, ["not_tianjin"]),
    ]
    cs = []
    for i, (cu, wan, s, a_, dtj, emp, rev, dsme, pl) in enumerate(specs):
        cs.append(contract_decl(sub, i + 1, cu, wan, s, a_, dtj, emp, rev, decl_sme=dsme, planted=pl))
    c1, c2, c3, c4, c5, c6, c7, c8 = cs
    c6["decl_uscc"] = break_uscc(c6["cust"]["uscc"])
    c6["cust"] = dict(c6["cust"], uscc=c6["decl_uscc"])     # documents carry the same (invalid) code
    evid(sub, c1, [(G.c_prose, {}, None), (G.a_beian, {}, None), (G.p_ebank, pay(c1["amount"], D(2024, 6, 3)), None), (G.r_notice, {}, None)])
    evid(sub, c2, [(G.c_jp, {}, None), (G.a_report, {}, None), (G.r_lottery, {}, None)])
    evid(sub, c3, [(G.c_prose, {}, None), (G.a_report, {"result": "failed"}, "scan"), (G.p_ebank, pay(c3["amount"], D(2024, 8, 30)), None),
                   (G.r_notice, {}, None)])
    evid(sub, c4, [(G.c_prose, {"amount_doc": yuan(c4["amount"] * Decimal("1.03"))}, "text"), (G.a_beian, {}, None),
                   (G.p_ebank, pay(c4["amount"], D(2024, 10, 9)), None), (G.r_lottery, {}, None)])
    parent = hb["name"].replace("有限公司", "集团有限公司").replace("河北", "河北省")
    evid(sub, c5, [(G.c_jp, {}, None), (G.a_report, {}, None),
                   (G.p_ebank, pay(c5["amount"], D(2024, 7, 15), payer=parent), "photo")])
    evid(sub, c6, [(G.c_prose, {}, None), (G.a_beian, {}, "scan"), (G.p_ebank, pay(c6["amount"], D(2024, 11, 2)), None),
                   (G.r_notice, {}, None)])
    e7 = evid(sub, c7, [(G.c_prose, {}, None), (G.a_report, {}, None), (G.p_ebank, pay(c7["amount"], D(2025, 1, 20)), "scan"),
                        (G.r_lottery, {}, None)])
    sub.duplicate(e7[2], f"1.服务用户/07补充材料")
    evid(sub, c8, [(G.c_prose, {}, None), (G.a_report, {}, None), (G.p_ebank, pay(c8["amount"], D(2024, 11, 20)), None),
                   (G.r_notice, {}, None)])
    # suppliers
    supplier(sub, 1, w.firm(True, trade=("物流", "道路货物运输")), Decimal("128000"), D(2024, 4, 2), G.s_freight, c3["name"], "设备运输")
    supplier(sub, 2, w.firm(False, region=OTHER[3], trade=("计量检测技术", "计量校准")), Decimal("76000"), D(2024, 5, 9), G.s_lab,
             c4["name"], "检测仪器校准")
    supplier(sub, 3, w.firm(True, trade=("人力资源服务", "劳务派遣")), Decimal("360000"), D(2024, 3, 1), G.s_dispatch, c1["name"],
             "辅助人员派遣", upload=False)
    supplier(sub, 4, w.firm(True, trade=("电气成套设备", "电控柜制造")), Decimal("215000"), D(2023, 11, 20), G.s_plain, c4["name"],
             "电控柜成套")
    # meetings: 9 declared
    dates = [D(2024, 2, 22), D(2024, 3, 28), D(2024, 4, 25), D(2024, 5, 30), D(2024, 6, 27), D(2023, 12, 20), D(2024, 9, 12),
             D(2024, 10, 17), D(2024, 11, 21)]
    genres = ["plain", "pledge", "badge", "filing", "plain_sep", "asr", "notice", "plain", "pledge"]
    for i in range(9):
        n_tj = 8 if i == 8 else rng.randint(11, 13)
        m = meeting(sub, i + 1, mname(i + 3, 2023 if i == 5 else 2024), dates[i], n_tj, 3 if i == 8 else rng.randint(1, 2), genres[i], record=(i != 7),
                    claimed=12 if i == 8 else None)
        emit_meeting(sub, m)
    # diagnoses: 27 declared
    for i in range(27):
        sol = i not in (5, 17)
        rep = i != 21
        dd = D(2025, 1, 6) if i == 25 else D(2024, 1 + i * 11 // 27, rng.randint(1, 28))
        g = diagnosis(sub, i + 1, dd, solution=sol, report=rep)
        emit_diagnosis(sub, g)
    std_block(sub, [("离散制造企业设备联网实施指南", "团体标准"), ("MES与ERP系统数据交互接口规范", "企业标准"),
                    ("智能制造项目交付服务质量评价规范", "企业标准")], [1, 1, 0])
    sub.add(G.o_change, {"app": sub.app, "date": D(2024, 5, 16)}, "6.其他材料")
    sub.add(G.c_prose, dict(c8), "6.其他材料", render="corrupt")
    planted = ["sme_misclassified(1)", "missing_payment_proof(2)", "acceptance_not_passed(3)", "amount_mismatch 合同金额+3%(4)",
               "party_mismatch 付款人为客户母公司集团(5)", "missing_procurement_proof(5)", "invalid_uscc(6)", "date_out_of_period 验收2025-01-08(7)",
               "amount? 否；duplicate_evidence 回单重复上传(7)", "not_tianjin 申报天津但北京代码/地址(8)",
               "subcontractor_not_tianjin(S2)", "missing_subcontract(S3)", "date_out_of_period 分包2023-11-20(S4)",
               "date_out_of_period 会议2023-12-20(M6)", "meeting_attendance_below_threshold 仅会议通知(M7)", "missing_meeting_record(M8)",
               "meeting_attendance_below_threshold 8家(M9)", "diagnosis_without_solution×2", "missing_diagnosis_report×1",
               "date_out_of_period 诊断2025-01-06", "missing_standard_document", "unreadable_document", "全部数量门槛缺口"]
    return ["申报金额文本'xxx.00'与千分位营业收入"], planted


# ====================================================================== tricky
def tricky(sub):
    rng, w = sub.rng, sub.w
    applicant(sub, "睿骐", 0)
    sub.prefix = "RQ"
    tj = [w.firm(True) for _ in range(2)]
    sz = w.firm(False, region=OTHER[6])
    # customer that is itself a branch office (分公司) of a Beijing group, registered in Tianjin with its own 12… code
    br = w.firm(True, suffix="有限公司天津分公司", mid="北洋昊")
    sd = w.firm(False, region=OTHER[4])
    js = w.firm(False, region=OTHER[5])
    big = w.firm(True)
    # six verified contracts sum exactly to 15,000,000.00
    specs = [
        (tj[0], "312.60", D(2023, 12, 28), D(2024, 1, 1), True, 430, 26000, None, []),
        (tj[1], "268.40", D(2024, 2, 6), D(2024, 12, 31), True, 999, 39999, None, []),
        (br, "200.00", D(2024, 3, 15), D(2024, 7, 19), False, 260, 18000, None, []),
        (sd, "245.00", D(2024, 4, 10), D(2024, 9, 9), False, 85, 5200, None, []),
        (js, "198.00", D(2024, 5, 8), D(2024, 10, 30), False, 640, 33000, None, []),
        (sz, "276.00", D(2024, 6, 3), D(2024, 11, 26), False, 1000, 40000, False, []),
        (big, "355.00", D(2024, 3, 1), D(2024, 8, 15), True, 1200, 45000, True, ["party_mismatch", "sme_misclassified"]),
    ]
    cs = [contract_decl(sub, i + 1, cu, wan, s, a_, dtj, emp, rev, decl_sme=dsme, planted=pl)
          for i, (cu, wan, s, a_, dtj, emp, rev, dsme, pl) in enumerate(specs)]
    c1, c2, c3, c4, c5, c6, c7 = cs
    assert sum(c["amount"] for c in cs[:6]) == Decimal("15000000.00"), sum(c["amount"] for c in cs[:6])
    a = split(c1["amount"], [0.3, 0.6, 0.1])
    evid(sub, c1, [(G.c_prose, {"spaced": True}, "text"), (G.a_report, {}, "scan"),
                   (G.p_ebank, pay(a[0], D(2024, 1, 8)), "text"), (G.p_ebank, pay(a[1], D(2024, 3, 12), memo="货款"), "scan"),
                   (G.p_cash, pay(a[2], D(2024, 12, 31), depositor="程橦"), "photo"), (G.r_lottery, {}, "text")])
    evid(sub, c2, [(G.c_jp, {}, "text"), (G.a_beian, {}, "scan"), (G.p_ebank, pay(c2["amount"], D(2024, 12, 31), dstyle="compact"), "text"),
                   (G.r_notice, {}, "scan")])
    evid(sub, c3, [(G.c_prose, {"amount_doc": Decimal("2010000.00")}, "text"), (G.a_report, {"acc_amount_doc": Decimal("1990000.00")}, "photo"),
                   (G.p_ebank, pay(c3["amount"], D(2024, 8, 2)), "text"), (G.r_notice, {"proc_amount": Decimal("2010000.00")}, "text")])
    a = split(c4["amount"], [0.5, 0.5])
    evid(sub, c4, [(G.c_prose, {"dstyle": "cn"}, "mixed"), (G.a_report, {"acc_amount": False}, "text"),
                   (G.p_ebank, pay(a[0], D(2024, 4, 30)), "scan"), (G.p_ebank, pay(a[1], D(2024, 10, 11)), "photo"),
                   (G.r_lottery, {}, "scan")])
    evid(sub, c5, [(G.c_jp, {}, "scan"), (G.a_beian, {}, "text"), (G.p_ebank, pay(c5["amount"], D(2024, 11, 15), memo="设备款"), "text"),
                   (G.r_notice, {}, "text")])
    evid(sub, c6, [(G.c_prose, {}, "text"), (G.a_report, {}, "scan"), (G.p_ebank, pay(c6["amount"], D(2024, 12, 20)), "scan"),
                   (G.r_lottery, {}, "photo")])
    branch_payer = c7["cust"]["name"].replace("有限公司", "有限公司西青分公司")
    evid(sub, c7, [(G.c_prose, {}, "text"), (G.a_report, {}, "text"), (G.p_ebank, pay(c7["amount"], D(2024, 9, 3), payer=branch_payer), "text"),
                   (G.r_notice, {}, "scan")])
    # suppliers: two verified exactly; one Beijing-coded branch with Tianjin address (real gap)
    supplier(sub, 1, w.firm(True, trade=("物流", "道路货物运输")), Decimal("150000"), D(2024, 2, 29), G.s_freight, c1["name"], "设备运输",
             amount_doc=Decimal("150750"))
    supplier(sub, 2, w.firm(True, trade=("电气成套设备", "电控柜制造")), Decimal("268000"), D(2024, 12, 31), G.s_plain, c6["name"], "电控柜成套")
    bsup = w.firm(False, region=OTHER[0], trade=("计量检测技术", "计量校准"), suffix="有限公司天津分公司")
    bsup["address"] = "天津市西青区赛达新兴产业园" + str(rng.randint(1, 30)) + "号"
    supplier(sub, 3, bsup, Decimal("88000"), D(2024, 6, 12), G.s_lab, c2["name"], "检测仪器校准")
    # meetings: 11 declared, 10 qualify with exactly 10 Tianjin firms each
    dates = [D(2024, 1, 18), D(2024, 2, 29), D(2024, 3, 21), D(2024, 4, 26), D(2024, 5, 31), D(2024, 6, 28), D(2024, 7, 26),
             D(2024, 8, 30), D(2024, 9, 27), D(2024, 11, 29), D(2024, 12, 31)]
    genres = ["plain", "badge", "filing", "pledge", "plain_sep", "asr", "badge", "filing", "plain", "pledge", "plain"]
    for i in range(11):
        br_ = i in (1, 4, 8)
        n_tj = (10 - (1 if br_ else 0)) if i != 6 else 9
        m = meeting(sub, i + 1, mname(i + 1), dates[i], n_tj, rng.randint(1, 3), genres[i], dup_rows=1 if i in (0, 6, 9) else 0,
                    branch=br_, claimed=10 if i != 6 else 11, host_signs=True)
        emit_meeting(sub, m)
    # diagnoses: 31 declared, 30 pass exactly
    for i in range(31):
        dd = D(2024, 1, 1) if i == 0 else (D(2024, 12, 31) if i == 30 else D(2024, 1 + i * 11 // 31, rng.randint(2, 28)))
        g = diagnosis(sub, i + 1, dd, solution=(i != 13), genre=G.d_fmea if i == 13 else None)
        emit_diagnosis(sub, g)
    std_block(sub, [("工业互联网标识解析企业节点接入规范", "团体标准"), ("智能工厂设备点检数字化管理规范", "企业标准"),
                    ("系统集成项目交付文档编制规范", "企业标准")], [1, 1, 1])
    sub.add(G.o_quote_followup, {"cust": sub.diagnoses[7]["cust"], "date": D(2024, 3, 2)}, "6.其他材料")
    sub.add(G.o_change, {"app": sub.app, "date": D(2024, 8, 1)}, "6.其他材料")
    traps = ["6个已核验客户合同总额恰为15,000,000.00", "天津客户恰为2家（另有一家天津分公司客户申报为非天津，不计入）",
             "中小企业恰为5家；从业人员1000且营业收入40000万元恰为大型（申报否，正确）；999人/39999万元为中小企业",
             "验收日期2024-01-01与2024-12-31；竣工验收备案表备案收讫在2025年（干扰）", "三期付款之和恰等于申报额，末期为2024-12-31现金缴款单",
             "合同/中标金额201万与申报200万相差恰0.5%；验收报告199万相差恰0.5%（均不是缺口）", "客户本身为“…有限公司天津分公司”，所有文件一致",
             "分包金额150,750与申报150,000相差恰0.5%；分包签订日2024-12-31", "每场会议恰10家天津企业（主办方签到不计；同一企业签两次只计一次；北京企业天津分公司以天津地址计入）",
             "会议日期2024-12-31；诊断日期2024-01-01与2024-12-31；诊断30家恰达标", "最高限价、货物声明价值、保价费、管理费、预付款、质保金、违约金等干扰金额"]
    planted = ["party_mismatch 付款人为客户的西青分公司(7)", "sme_misclassified 申报中小企业但1200人/45000万元(7)",
               "subcontractor_not_tianjin 北京代码的天津分公司(S3)", "meeting_attendance_below_threshold 9家天津企业(第7场)",
               "diagnosis_without_solution FMEA建议措施列为空(第14家)"]
    return traps, planted


ALL = [("a23_assess_clean", clean), ("a23_assess_gaps", gaps), ("a23_assess_tricky", tricky)]
