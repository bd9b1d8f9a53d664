"""Genres (author29). Each returns list of pages (render.py item model). N* = new genres."""
from util import daxie, comma, cn_date, cn_date_hanzi, spaced

def _amt(y): return "人民币%s（¥%s）" % (daxie(y), comma(y))

# ---- ordinary kinds in own wording ----
def o_contract(c, ap):
    return [[("h", "智能化改造项目合同书"), ("right", "合同编号：%s" % c["contract_no"]),
             ("kv", [(spaced("甲方") + "：", c["customer"]), ("地址：", c["customer_address"]), ("统一社会信用代码：", c["customer_uscc"]),
                     (spaced("乙方") + "：", ap["name"]), ("地址：", ap["address"])]),
             ("p", "甲方委托乙方实施%s。经双方协商一致，甲方一次性向乙方支付全部合同款，合同总金额为%s。预付款为合同总金额的30%%，即¥%s；质保金为5%%。" % (c["name"], _amt(c["amount"]), comma(c["amount"] * 0.3))),
             ("p", "乙方应于%s前完成交货，逾期每日按合同总金额0.5‰支付违约金，违约金累计不超过¥%s。" % (cn_date(c["delivery"]), comma(c["amount"] * 0.05))),
             ("sp",), ("kv", [("甲方（盖章）：", c["customer"]), ("乙方（盖章）：", ap["name"]), ("签订日期：", cn_date(c["sign"]))]),
             ("seal", c["customer"])]]

def o_accept(c, ap, d):
    res = "验收合格，同意通过验收。" if d["result"] == "passed" else "存在较多问题，验收不合格，不同意通过。"
    return [[("h", "项目验收报告"), ("kv", [("项目名称：", c["name"]), ("合同编号：", c["contract_no"]), ("验收单位：", d["customer"]),
            ("实施单位：", ap["name"]), ("合同金额：", "¥%s" % comma(d["amount"]) if d["amount"] else "/")]),
            ("p", "经现场核查、功能测试，验收小组意见：%s" % res), ("kv", [("验收日期：", cn_date(d["date"]))]), ("seal", d["customer"], "验收专用章")]]

def o_bankslip(d):
    return [[("h", "中国建设银行 单位客户专用回单"), ("table", [["交易日期", d["date"].replace("-", "")[:4] + "-" + d["date"][5:7] + "-" + d["date"][8:], "流水号", "3312%08d" % d["n"]],
            ["付款人户名", d["payer"], "收款人户名", d["payee"]], ["金额（小写）", "¥%s" % comma(d["amount"]), "金额（大写）", daxie(d["amount"])],
            ["用途", d["memo"], "币种", "人民币"]], [1, 2, 1, 2]), ("small", "本回单可通过网银验证，重复打印无效。打印时间：2025-03-02")]]

def o_bid(c, ap, d):
    return [[("h", "中标通知书"), ("p", "%s：" % ap["name"]),
             ("p", "我单位组织的“%s”招标项目，于%s开标，经评标委员会评审，确定贵单位为中标人，中标金额为%s。请于接到本通知书之日起30日内签订合同。履约保证金为¥%s。" % (c["name"], cn_date(d["open"]), _amt(d["amount"]), comma(d["amount"] * 0.1))),
             ("kv", [("招标人：", d["customer"])]), ("right", cn_date(d["date"])), ("seal", d["customer"], "招标专用章")]]

def o_sub(s, ap, d):
    return [[("h", "分包合同"), ("right", "分包合同编号：%s" % s["contract_no"]),
             ("kv", [("甲方（总包方）：", d["customer"]), ("乙方（分包方）：", s["supplier"]), ("乙方地址：", s["address"])]),
             ("p", "甲方将%s分包给乙方，分包金额为%s，本合同暂定价部分另行结算。" % (s["name"], _amt(d["amount"]))),
             ("kv", [("签订日期：", cn_date(d["date"]))]), ("seal", d["customer"])]]

def signin_rows(rows, host, order="name_first"):
    head = ["序号", "单位名称", "统一社会信用代码/地址", "参会人"]
    t = [head]; rr = list(rows)
    for i, r in enumerate(rr):
        t.append([str(i + 1), r["name"], r["uscc"] or r["address"], r["person"]])
    return t

def o_meeting(m, d, host):
    return [[("h", "会议纪要"), ("kv", [("会议名称：", m["name"]), ("会议时间：", cn_date(d["date"])), ("会议地点：", m["place"]), ("主办单位：", host)]),
             ("p", "会议围绕智能制造系统解决方案的实施经验进行交流，与会企业代表分别发言。"), ("seal", host, "")],
            [("h2", "参会单位签到表"), ("table", signin_rows(m["rows"], host), [1, 5, 4, 2])]]

def o_diag(g, d, host):
    pg = [("h", d["title"]), ("kv", [("诊断对象：", g["customer"]), ("诊断日期：", cn_date(d["date"])), ("诊断机构：", host)]),
          ("h2", "一、企业现状"), ("p", "企业现有生产线%d条，设备联网率约%d%%，生产数据主要依靠人工填报。" % (g["k"] % 5 + 2, 20 + g["k"] % 40)),
          ("h2", "二、主要问题"), ("p", "计划排产依赖经验，质量追溯链条不完整，能耗数据未采集。")]
    if g["solution"]:
        pg += [("h2", "三、解决方案"), ("p", "建议分两期建设MES与设备数据采集平台，先行打通计划与质量追溯。")]
    return [pg + [("seal", host, "")]]

def o_standard(st, ap):
    return [[("small", "ICS 25.040"), ("h", "团 体 标 准"), ("right", "T/TJIA %03d—2024" % st["k"]), ("sp", 40), ("h", st["title"]),
             ("h2", "（征求意见稿）"), ("sp", 200), ("p", "2024-09-01 发布          2024-12-01 实施"), ("h2", "天津市智能制造产业协会  发布")]]

def o_license(ap):
    return [[("h", "营 业 执 照"), ("kv", [("统一社会信用代码", ap["uscc"]), ("名称", ap["name"]), ("类型", "有限责任公司"), ("住所", ap["address"]),
             ("成立日期", "2012年03月19日")]), ("seal", "天津市滨海新区市场监督管理局", "登记机关")]]

# ---- new genres ----
def n01_techcontract(s, ap, d):
    """N01 技术服务合同 (科技部印制示范文本): cover with 登记编号 box, 委托方/受托方; used as subcontract."""
    return [[("right", "登记编号：________"), ("sp", 60), ("h", "技 术 服 务 合 同"), ("sp", 30),
             ("kv", [("项目名称：", s["name"]), ("委托方（甲方）：", d["customer"]), ("受托方（乙方）：", s["supplier"]),
                     ("签订地点：", "天津市%s" % s["district"]), ("签订日期：", cn_date(d["date"])), ("有效期限：", "%s至2025年12月31日" % cn_date(d["date"]))]),
             ("sp", 160), ("h2", "中华人民共和国科学技术部印制")],
            [("p", "依据《中华人民共和国民法典》的规定，合同双方就%s项目的技术服务，经协商一致，签订本合同。" % s["name"]),
             ("p", "第一条 乙方服务地址：%s。" % s["address"]),
             ("p", "第二条 本合同服务报酬总额为%s，由甲方分两期支付乙方。第一期（预付款）¥%s。" % (_amt(d["amount"]), comma(round(d["amount"] * 0.4, 2)))),
             ("p", "第三条 技术服务期限自合同生效之日起180日。"), ("kv", [("甲方（盖章）：", d["customer"]), ("乙方（盖章）：", s["supplier"])]),
             ("seal", d["customer"]), ("small", "填写说明：本合同书中，凡是当事人约定认为无需填写的条款，在该条款填写的空白处划（／）表示。")]]

def n02_govcontract(c, ap):
    """N02 政府采购合同 (财政部合同格式): 采购人（甲方）/供应商（乙方）, 采购计划编号, 合同包; amounts in a 合同价款 table."""
    a = c["amount"]
    return [[("h", "政府采购合同"), ("kv", [("采购计划编号：", "津财采计[2024]%05d号" % c["k"]), ("合同编号：", c["contract_no"]), ("合同包号：", "第1包")]),
             ("kv", [("采购人（甲方）：", c["customer"]), ("住所：", c["customer_address"]), ("供应商（乙方）：", ap["name"])]),
             ("p", "根据%s采购项目（项目编号：TJGP-2024-%04d）的采购结果，甲乙双方签订本合同。" % (c["name"], c["k"])),
             ("table", [["序号", "货物/服务名称", "数量", "金额（元）"], ["1", "系统软件及实施", "1套", comma(round(a * 0.6, 2))], ["2", "硬件设备", "1批", comma(round(a - round(a * 0.6, 2), 2))],
                        ["合计", "大写：" + daxie(a), "", comma(a)]], [1, 4, 1, 2]),
             ("p", "履约保证金：¥%s，于验收合格后无息退还。供货期：%s。" % (comma(round(a * 0.05, 2)), cn_date(c["delivery"]))),
             ("kv", [("甲方：", c["customer"]), ("乙方：", ap["name"]), ("合同签订日期：", cn_date(c["sign"]))]), ("seal", c["customer"])]]

def n03_scoresheet(c, ap, d):
    """N03 项目质量验收评定表: itemised scores, total; 评定等级 合格 = passed."""
    items = [["功能完整性", "30", "28"], ["性能指标", "25", "23"], ["文档资料", "15", "14"], ["培训与移交", "15", "13"], ["安全与稳定性", "15", "14"]]
    if d["result"] != "passed": items = [[a, b, str(int(int(b) * 0.5))] for a, b, _ in items]
    tot = sum(int(x[2]) for x in items)
    return [[("h", "项目质量验收评定表"), ("kv", [("建设单位：", d["customer"]), ("承建单位：", ap["name"]), ("项目名称：", c["name"])] + ([("合同编号：", c["contract_no"])] if d["cno"] else [])),
             ("table", [["评定项目", "标准分", "实得分"]] + items + [["合计", "100", str(tot)]], [4, 1, 1]),
             ("p", "评定结论：总分%d分，评定等级：%s（80分及以上为合格）。" % (tot, "合格" if d["result"] == "passed" else "不合格")),
             ("kv", [("评定日期：", cn_date(d["date"]))]), ("seal", d["customer"], "")]]

def n04_zcy(c, ap, d):
    """N04 政采云 电子卖场 订单详情 (web print): 采购单位, 订单编号, 订单金额, 下单时间."""
    return [[("small", "https://www.zcygov.cn/order/detail?id=%d    打印时间 2025/01/14 09:12" % (880000 + c["k"])),
             ("h2", "政采云 · 电子卖场  订单详情"), ("table", [["订单编号", d["order_no"], "订单状态", "已完成"], ["下单时间", d["date"] + " 10:21:07", "采购方式", "反向竞价"],
             ["采购单位", d["customer"], "供应商", ap["name"]], ["订单金额（元）", "%.2f" % d["amount"], "运费（元）", "0.00"]], [1, 2, 1, 2]),
             ("table", [["商品名称", "单价", "数量", "小计"], [c["name"], "%.2f" % d["amount"], "1", "%.2f" % d["amount"]]], [4, 2, 1, 2]),
             ("small", "本订单为系统生成，与纸质合同具有同等效力。")]]

def n05_arrival(d):
    """N05 银行 对公账户到账通知书 (collecting bank's letter to the payee)."""
    return [[("h", "天津银行 到账通知书"), ("p", "%s：" % d["payee"]),
             ("p", "贵单位账户（账号尾号%04d）于%s收到汇入款项一笔，汇款人：%s，金额：人民币%s（%s），附言：%s。特此通知。" % (d["n"] % 10000, cn_date(d["date"]), d["payer"], comma(d["amount"]), daxie(d["amount"]), d["memo"])),
             ("right", "天津银行股份有限公司%s支行" % d["branch"]), ("right", "通知日期：%s" % cn_date(d["notice"])), ("seal", "天津银行股份有限公司%s支行" % d["branch"], "业务专用章")]]

def n06_wjx(m, d, host):
    """N06 会议综述 + 问卷星 电子签到 导出表."""
    rows = [["序号", "提交答卷时间", "所用时间", "来源", "1、单位名称", "2、统一社会信用代码", "3、姓名"]]
    for i, r in enumerate(m["rows"]):
        rows.append([str(i + 1), "%s 08:%02d:%02d" % (d["date"].replace("-", "/"), 30 + i % 25, (i * 7) % 60), "%d秒" % (35 + i * 3), "微信", r["name"], r["uscc"] or "（未填）", r["person"]])
    return [[("h", m["name"]), ("h2", "会议综述"), ("p", "%s，由%s主办的%s在%s举行。来自本市的制造企业代表围绕智能工厂建设经验开展交流，现场扫码签到。" % (cn_date(d["date"]), host, m["name"], m["place"])), ("seal", host, "")],
            [("small", "问卷星 · 答卷数据导出（签到）  导出时间：%s 18:02" % d["date"]), ("table", rows, [1, 3, 1, 1, 5, 4, 2])]]

def n07_initiative(m, d, host):
    """N07 经验交流会 联合倡议书 + 签署单位表."""
    rows = [["序号", "签署单位", "统一社会信用代码", "代表签字"]] + [[str(i + 1), r["name"], r["uscc"] or r["address"], r["person"]] for i, r in enumerate(m["rows"])]
    return [[("h", "推进中小企业数字化转型联合倡议书"), ("p", "%s，在%s（%s）上，与会企业共同发起本倡议：一、以场景为牵引推进设备联网；二、共享实施经验；三、共建本地配套生态。" % (cn_date_hanzi(d["date"]), m["name"], m["place"])),
             ("p", "发起单位：%s" % host), ("seal", host, "")], [("h2", "倡议签署单位"), ("table", rows, [1, 5, 4, 2])]]

def n08_badge(m, d, host):
    """N08 会务工作记录 + 参会代表证领取登记表 (代表证编号, 领取人签字)."""
    rows = [["代表证编号", "单位名称", "统一社会信用代码/地址", "领取人签字"]] + [["DB-%03d" % (i + 1), r["name"], r["uscc"] or r["address"], r["person"]] for i, r in enumerate(m["rows"])]
    return [[("h", "会务工作记录"), ("kv", [("活动：", m["name"]), ("日期：", cn_date(d["date"])), ("地点：", m["place"]), ("承办：", host)]),
             ("p", "8:30开始报到并领取代表证，9:00会议开始，11:40结束。报到情况见附表。"), ("h2", "参会代表证领取登记表"), ("table", rows, [2, 5, 4, 2])]]

def n09_notebook(m, d, host):
    """N09 会议记录本 page (lined, blue handwriting); photographed."""
    pg = [("small", "会议记录本  No.%02d" % m["k"]), ("hand", "时间：%s 上午" % d["date"].replace("-", "."), 20), ("line",), ("hand", "会议：%s" % m["name"], 20), ("line",),
          ("hand", "地点：%s   主持：%s" % (m["place"], host[:8]), 20), ("line",), ("hand", "到会单位（签到）：", 20), ("line",)]
    for i, r in enumerate(m["rows"]):
        pg += [("hand", "%d. %s  %s" % (i + 1, r["name"], r["uscc"] or r["address"]), 20), ("line",)]
    return [pg]

def n10_wenzhen(g, d, host):
    """N10 企业数字化“问诊单” (主诉/现病史/诊断/处方)."""
    pg = [("h", "企业数字化问诊单"), ("table", [["被诊断企业", g["customer"]], ["问诊日期", cn_date(d["date"])], ["问诊专家", "王昀、李瑄"]], [1, 3]),
          ("kv", [("【主诉】", "订单交付周期长，在制品积压。"), ("【现病史】", "车间数据靠纸质报工，近两年交付延误率约%d%%。" % (8 + g["k"] % 9)),
                  ("【诊断】", "计划与执行脱节，缺少实时数据。")])]
    if g["solution"]:
        pg += [("kv", [("【处方】（解决方案）", "上线轻量化MES报工与APS排程，三个月内完成试点产线改造。")])]
    pg += [("kv", [("报告名称：", d["title"])]), ("seal", host, "")]
    return [pg]

def n11_slides(g, d, host):
    """N11 诊断成果汇报 PPT 讲义打印 (landscape, slide frames)."""
    s1 = [("table", [["幻灯片 1"], [d["title"] + "\n\n诊断对象：%s\n汇报单位：%s\n%s" % (g["customer"], host, d["date"].replace("-", "."))]]),
          ("table", [["幻灯片 2"], ["现状与问题：设备OEE约%d%%；质检记录纸质化；能耗未分项计量" % (50 + g["k"] % 20)]])]
    s2 = [("table", [["幻灯片 3"], ["解决方案：建设设备物联平台+数字化质检，分三阶段实施" if g["solution"] else "下一步工作：待企业确认后再行沟通"]])]
    return [s1, s2]

def n12_vsm(g, d, host):
    """N12 价值流图析（VSM）诊断报告."""
    pg = [("h", d["title"]), ("kv", [("受诊断单位：", g["customer"]), ("现场调研：", "%s 至 %s" % (d["date"], d["date"])), ("诊断机构：", host)]),
          ("h2", "现状价值流"), ("table", [["工序", "CT(s)", "C/O(min)", "在制品(件)"], ["下料", "45", "30", "320"], ["焊接", "120", "45", "540"], ["装配", "95", "20", "210"]], [2, 1, 1, 1]),
          ("p", "增值比仅%.1f%%，主要问题为工序间在制品积压、换型时间长。" % (0.8 + g["k"] % 7 / 10))]
    if g["solution"]:
        pg += [("h2", "未来状态与改善方案"), ("p", "建立拉动看板与SMED快速换型，部署生产执行系统实现工序数据采集。")]
    pg += [("right", "报告日期：%s" % cn_date(d["date"])), ("seal", host, "")]
    return [pg]

def n13_fishbone(g, d, host):
    """N13 质量问题鱼骨图（人机料法环测）诊断报告."""
    pg = [("h", d["title"]), ("kv", [("客户名称：", g["customer"]), ("诊断日期：", cn_date(d["date"]))]),
          ("table", [["要因类别", "发现问题"], ["人", "新员工培训不足"], ["机", "设备点检记录缺失"], ["料", "来料批次无追溯"], ["法", "作业指导书版本混乱"], ["环", "温湿度未监控"], ["测", "检具未定期校准"]], [1, 4])]
    if g["solution"]:
        pg += [("h2", "对策与建议"), ("p", "建设质量追溯系统，来料扫码入库，关键工序参数自动采集。")]
    pg += [("seal", host, "")]
    return [pg]

def n14_entrusted(d):
    """N14 贷款资金受托支付凭证: the customer's loan is paid by its bank straight to the supplier (借款人 = payer)."""
    return [[("h", "中国工商银行 贷款资金受托支付凭证"), ("kv", [("借款合同编号：", "0302%04d-2024年(%s)字%05d号" % (d["n"] % 9999, d["branch"][:2], d["n"] % 99999))]),
             ("table", [["借款人（付款人）户名", d["payer"]], ["交易对手（收款人）户名", d["payee"]], ["受托支付金额", "人民币%s  ¥%s" % (daxie(d["amount"]), comma(d["amount"]))],
                        ["支付日期", cn_date(d["date"])], ["用途/摘要", d["memo"]], ["贷款金额", "¥%s（非本次支付金额）" % comma(round(d["amount"] * 3, -4))], ["贷款到期日", "2026年%d月20日" % (1 + d["n"] % 12)]], [2, 5]),
             ("p", "经审核，上述款项已按借款人提款申请及支付委托，由贷款人直接支付至交易对手账户。"), ("right", "经办行：中国工商银行天津%s支行" % d["branch"]),
             ("seal", "中国工商银行股份有限公司天津%s支行" % d["branch"], "业务办讫章")]]

def n15_face(m, d, host):
    """N15 会议纪要摘要 + 人脸识别智能签到系统 签到报表 (terminal, time, verification score)."""
    rows = [["签到时间", "终端", "单位名称", "统一社会信用代码/地址", "姓名", "比对分"]]
    for i, r in enumerate(m["rows"]):
        rows.append(["%s 08:%02d" % (d["date"][5:], 31 + i % 28), "闸机%d" % (1 + i % 2), r["name"], r["uscc"] or r["address"], r["person"], "%.1f" % (90 + (i * 37) % 9)])
    return [[("h2", "%s 会议纪要（摘要）" % m["name"]), ("p", "时间：%s；地点：%s；主办：%s。会议通报了智能制造标杆项目实施情况，参会企业交流了设备联网与数据治理经验。" % (cn_date(d["date"]), m["place"], host)),
             ("small", "附：智能签到系统报表（人脸识别）  报表生成：%s 12:05  活动编号 HY%s%02d" % (d["date"], d["date"].replace("-", ""), m["k"])), ("table", rows, [2, 1, 5, 4, 1, 1])]]

def n16_workshop(g, d, host):
    """N16 诊断共创工作坊纪要 (问题墙 → 投票 → 改善方案卡)."""
    pg = [("h", "数字化诊断共创工作坊纪要"), ("p", "%s，诊断专家与%s（以下简称企业）中层以上人员%d人在企业会议室开展共创工作坊，形成《%s》。" % (cn_date(d["date"]), g["customer"], 8 + g["k"] % 7, d["title"])),
          ("h2", "问题墙（投票前五）"), ("table", [["问题卡", "票数"], ["排产靠经验", "9"], ["设备停机原因不清", "7"], ["质检数据不回流", "6"], ["库存不准", "5"], ["能耗无计量", "3"]], [4, 1])]
    if g["solution"]:
        pg += [("h2", "改善方案卡"), ("p", "方案一：设备状态采集与停机原因登记；方案二：APS有限产能排程；方案三：质检数据在线录入并关联批次。")]
    else:
        pg += [("p", "后续安排：由企业内部讨论后再定。")]
    pg += [("right", "记录：%s" % host), ("seal", host, "")]
    return [pg]

def n17_cloud(s, ap, d):
    """N17 IDC机柜租用及云主机服务订购单 (subcontract): 订购方/服务提供方, monthly fee distractor, service period range."""
    m = round(d["amount"] / 12, 2)
    return [[("h", "云主机及IDC机柜租用服务订购单"), ("kv", [("订购单号：", s["contract_no"]), ("订购方（甲方）：", d["customer"]), ("服务提供方（乙方）：", s["supplier"]), ("乙方地址：", s["address"])]),
             ("table", [["服务项", "规格", "月费（元）", "期数"], ["云主机", "16核64G×6", comma(round(m * 0.7, 2)), "12"], ["机柜租用", "42U×1", comma(round(m - round(m * 0.7, 2), 2)), "12"]], [2, 3, 2, 1]),
             ("p", "订购总价：%s（含税）。服务期：%s起12个月。" % (_amt(d["amount"]), cn_date(d["date"]))), ("kv", [("签订日期：", cn_date(d["date"]))]), ("seal", d["customer"], "合同专用章")]]
