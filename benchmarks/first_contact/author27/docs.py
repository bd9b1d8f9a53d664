"""Genres: each function returns a layout (list of items for render.layout).
N.. = genres new relative to existing_genres.md; O.. = ordinary kinds in our own wording."""
from util import dx, money, cn_date, cn_date_hz, spaced

GENRES = {
    # id: (genre, doc_type, issuer, new?, what is new)
    "O1": ("技术服务合同（甲方/乙方，字距拉开的标签）", "contract", "applicant+customer", False, ""),
    "O2": ("项目验收报告（表格+结论）", "acceptance_report", "customer", False, ""),
    "O3": ("网上银行电子回单", "payment_proof", "bank", False, ""),
    "O4": ("中标通知书", "procurement_proof", "customer/agency", False, ""),
    "O5": ("分包合同（总包方/分包方）", "subcontract", "applicant", False, ""),
    "O6": ("会议纪要+参会单位签到表", "meeting_record", "applicant", False, ""),
    "O7": ("免费诊断报告（现状/问题/解决方案）", "diagnosis_report", "applicant", False, ""),
    "O8": ("团体标准（征求意见稿）封面+前言", "standard_draft", "association", False, ""),
    "O9": ("营业执照副本 / 体系证书（干扰件）", "other", "government", False, ""),
    "N01": ("技术秘密转让合同（让与人/受让人）", "contract", "applicant+customer",
            True, "roles 让与人/受让人, no 甲乙方; 转让费 total beside 违约金 and 技术服务期/有效期 dates; 签约日期 in the 签约栏"),
    "N02": ("联合体承包合同（发包人/联合体牵头人+成员）", "contract", "customer",
            True, "the supplier is a consortium; the member shares (联合体分工表) are distractor amounts; only the total is the contract price"),
    "N03": ("技术服务工作量确认及验收单", "acceptance_report", "customer",
            True, "人天 workload table with per-line amounts; 验收意见 with √/□; customer as 服务接受方; 确认日期 by hand"),
    "N04": ("付款方记账凭证（付款凭证）+ 银行付讫章", "payment_proof", "customer's accounting",
            True, "accounting voucher: payer = 核算单位 in the header, payee only inside 摘要 and 明细科目; 借/贷 columns; 附单据张数"),
    "N05": ("托收凭证（付款通知联）", "payment_proof", "bank",
            True, "bank collection form: 委托日期 (distractor) vs 付款日期 in the bank stamp; 付款人/收款人 blocks; 合同名称号码 cites the contract; 托收凭据名称"),
    "N07": ("委托加工合同（委托方/加工方）", "subcontract", "applicant",
            True, "来料加工: 委托方 provides materials whose value (distractor) exceeds the 加工费; 损耗率; total only in 加工费合计"),
    "N08": ("合作实施协议（委托方/合作方）", "subcontract", "applicant",
            True, "recital cites the main customer and main contract amount (distractors); 合作费用 in prose; date in 签约时间"),
    "N09": ("微信公众号推文打印件（交流会报道）+ 签到表附图", "meeting_record", "applicant's WeChat account",
            True, "news-style prose: the meeting date only in the first sentence, the 发布时间 (next day) as distractor; title is a headline, meeting name in 《》"),
    "N10": ("现场会纪要 + 会议签到簿（手写）", "meeting_record", "applicant",
            True, "bound sign-in book page: handwritten rows 单位/姓名/单位地址/电话, no credit codes; Tianjin only by address; host signs in"),
    "N11": ("会后整理稿（议程+发言摘要）+ 参会单位通讯录", "meeting_record", "applicant",
            True, "agenda table with times; directory with 联系人/手机/邮箱 and the credit code in the last column; non-Tianjin guests and a Tianjin branch office"),
    "N12": ("工业节能诊断报告", "diagnosis_report", "applicant",
            True, "energy-use table (电/天然气/蒸汽, 吨标煤), 节能潜力; solution headed 节能改造措施建议; firm labelled 受诊断企业"),
    "N13": ("两化融合管理体系贯标差距诊断报告", "diagnosis_report", "applicant",
            True, "GB/T 23001 clause-by-clause gap table (符合/部分符合/不符合); solution headed 整改建议及实施路径"),
    "N14": ("数字化诊断服务券·服务记录单", "diagnosis_report", "district voucher scheme / applicant",
            True, "government voucher form: 服务券编号, 服务对象, 服务时间, 诊断意见及建议 box, enterprise confirmation with handwritten date"),
    "N15": ("设备健康巡诊报告", "diagnosis_report", "applicant",
            True, "equipment inspection table (振动 mm/s, 温度, 状态); 处理建议 as the solution; 客户名称 label; 下次巡诊日期 distractor"),
    "N16": ("行业对标诊断报告", "diagnosis_report", "applicant",
            True, "benchmark table (企业值/行业标杆/差距); 提升路径 as the solution; 诊断对象 label; data period 2023年度 as distractor"),
}


def sealname(n):
    return n


# ---------------- contracts ----------------
def O1(c, rng):
    sp = rng.random() < 0.6
    L = (lambda s: spaced(s, "  ")) if sp else (lambda s: s)
    a = c["doc_amount"]
    adv = f"{float(a)*0.3:.2f}"
    return [
        ("right", f"合同编号：{c['no']}"),
        ("title", c["cname"]),
        ("kv", [(L("甲方"), c["cust"]), ("地址", c["cust_addr"]), ("统一社会信用代码", c["cust_uscc"]),
                (L("乙方"), c["app"]), ("地址", c["app_addr"]), ("统一社会信用代码", c["app_uscc"])]),
        ("p", f"甲乙双方根据《中华人民共和国民法典》及有关规定，经友好协商，就甲方委托乙方实施“{c['cname']}”事宜达成如下条款，共同遵守。"),
        ("p", f"第一条 服务内容：乙方为甲方提供{c['scope']}，包括现场调研、方案设计、软硬件部署、联调测试及培训。"),
        ("p", f"第二条 合同价款：本合同总金额为人民币{dx(a)}（¥{money(a)}），含税。甲方在合同签订后十个工作日内向乙方支付预付款¥{money(adv)}，其余款项在项目通过验收后支付。"),
        ("p", f"第三条 交付期限：乙方应于{cn_date(c['deliver'])}前完成全部交付。"),
        ("p", f"第四条 质量保证：质保期十二个月，甲方可预留合同金额5%作为质保金（¥{money(float(a)*0.05)}），质保期满无质量问题后无息返还。"),
        ("p", "第五条 违约责任：任何一方逾期履行的，每逾期一日按合同总金额的千分之一支付违约金，违约金累计不超过合同总金额的10%。"),
        ("p", "第六条 本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。"),
        ("gap", 10),
        ("grid", [["甲方（盖章）：" + c["cust"], "乙方（盖章）：" + c["app"]],
                  ["法定代表人或授权代表：" + c["cust_rep"], "法定代表人或授权代表：" + c["app_rep"]],
                  ["签订日期：" + cn_date(c["sign"]), "签订日期：" + cn_date(c["sign"])]], [0.5, 0.5]),
        ("seal", c["cust"], 0.22, "合同专用章"), ("seal", c["app"], 0.74, "合同专用章"),
    ]


def N01(c, rng):
    a = c["doc_amount"]
    return [
        ("title", "技术秘密转让合同"),
        ("sub", "（技术合同示范文本格式）"),
        ("kv", [("项目名称", c["cname"]), ("合同登记编号", c["no"])]),
        ("grid", [["受让人", c["cust"]], ["住所地", c["cust_addr"]], ["统一社会信用代码", c["cust_uscc"]],
                  ["让与人", c["app"]], ["住所地", c["app_addr"]], ["统一社会信用代码", c["app_uscc"]]], [0.3, 0.7]),
        ("p", f"本合同受让人委托让与人就{c['scope']}相关技术秘密的使用权进行转让，并由让与人提供相应技术指导与部署服务。双方经过平等协商，在真实、充分地表达各自意愿的基础上签订本合同。"),
        ("p", f"一、转让费用：受让人向让与人支付技术秘密使用费及技术服务费合计{dx(a)}，小写金额{money(a)}元。该费用一次总算，分期支付。"),
        ("p", f"二、技术服务期限：自{cn_date(c['sign'])}起至{cn_date(c['valid_to'])}止，期满后受让人可继续使用该技术秘密。"),
        ("p", f"三、违约责任：让与人未按约定提供技术资料的，应返还部分使用费并支付违约金人民币{dx(str(round(float(a)*0.1,2)))}。"),
        ("p", "四、保密：受让人在合同有效期内及期满后五年内对该技术秘密负有保密义务。"),
        ("gap", 8),
        ("grid", [["受让人（盖章）", "让与人（盖章）"], [c["cust_rep"] + "（签字）", c["app_rep"] + "（签字）"],
                  ["签约日期：" + cn_date_hz(c["sign"]), "签约日期：" + cn_date_hz(c["sign"])], ["签约地点：天津市", "签约地点：天津市"]], [0.5, 0.5]),
        ("seal", c["cust"], 0.2), ("seal", c["app"], 0.72, "合同专用章"),
    ]


def N02(c, rng):
    a = float(c["doc_amount"]); share = round(a * 0.7, 2)
    return [
        ("title", c["cname"] + "承包合同"),
        ("right", "合同编号：" + c["no"]),
        ("p", f"发包人（甲方）：{c['cust']}", "noindent"),
        ("p", "承包人（乙方）：联合体", "noindent"),
        ("p", f"    联合体牵头人：{c['app']}", "noindent"),
        ("p", f"    联合体成员：{c['partner']}", "noindent"),
        ("p", f"鉴于乙方以联合体形式承接甲方{c['scope']}项目，双方约定如下："),
        ("p", f"1. 合同价款：本合同签约合同价为（大写）{dx(c['doc_amount'])}，（小写）￥{money(c['doc_amount'])}。其中暂定价（暂列金额）¥{money(round(a*0.04,2))}，按实结算。"),
        ("p", "2. 联合体各成员按下表分工并对甲方承担连带责任，甲方向联合体牵头人指定账户统一支付合同款项。"),
        ("grid", [["成员", "分工", "分担金额（元）"], [c["app"], "系统集成、软件实施（牵头）", money(share)],
                  [c["partner"], "设备供货及安装", money(round(a - share, 2))]], [0.42, 0.33, 0.25]),
        ("p", f"3. 工期：计划开工日期{cn_date(c['sign'])}，计划竣工日期{cn_date(c['deliver'])}。"),
        ("p", "4. 履约担保：乙方提交合同价10%的履约保函。"),
        ("gap", 6),
        ("kv", [("甲方（盖章）", c["cust"]), ("乙方牵头人（盖章）", c["app"]), ("乙方成员（盖章）", c["partner"]),
                ("签订日期", c["sign"].replace("-", "."))]),
        ("seal", c["cust"], 0.1), ("seal", c["app"], 0.45), ("seal", c["partner"], 0.8),
    ]


# ---------------- acceptance ----------------
def O2(c, rng):
    res = "通过" if c["passed"] else "不通过"
    rows = [["项目名称", c["cname"]], ["合同编号", c["no"]], ["建设单位", c["cust"]], ["承建单位", c["app"]],
            ["合同金额", f"¥{money(c['acc_amount'])}" if c.get("acc_amount") else "——"],
            ["验收日期", cn_date(c["acc_date"])], ["验收结论", f"经验收小组现场检查，验收结论：{res}"]]
    return [("title", "项目验收报告"), ("grid", rows, [0.25, 0.75]),
            ("p", "验收小组意见：" + ("系统运行稳定，各项功能指标满足合同及技术协议要求，资料齐全，同意通过验收。" if c["passed"] else "系统部分功能未达到合同要求，数据采集率偏低，不同意通过验收，请承建单位整改后重新申请。")),
            ("gap", 20), ("right", f"建设单位（盖章）：{c['cust']}"), ("right", cn_date(c["acc_date"])), ("seal", c["cust"], 0.75)]


def N03(c, rng):
    a = float(c["acc_amount"] or c["doc_amount"])
    rows = [["序号", "服务内容", "工作量（人天）", "金额（元）", "确认"]]
    parts = [0.35, 0.25, 0.25, 0.15]; names = ["现场调研与方案设计", "系统部署与接口开发", "联调测试与试运行", "操作培训与文档交付"]
    for i, (n, p) in enumerate(zip(names, parts)):
        rows.append([str(i + 1), n, str(int(a * p / 1800)), money(round(a * p, 2)), "√"])
    head = [("title", "技术服务工作量确认及验收单"),
            ("kv", [("项目名称", c["cname"]), ("服务接受方", c["cust"]), ("服务提供方", c["app"])] +
             ([("合同编号", c["no"])] if c.get("acc_no_shown", True) else []) +
             ([("合同金额", f"{money(c['acc_amount'])}元")] if c.get("acc_amount") else [])),
            ("grid", rows, [0.08, 0.4, 0.18, 0.22, 0.12])]
    ok = c["passed"]
    head += [("p", "验收意见：" + ("√ 同意验收    □ 不同意验收" if ok else "□ 同意验收    √ 不同意验收"), "noindent"),
             ("p", "服务接受方确认上述工作量真实、完整，服务成果满足合同约定。" if ok else "部分工作成果未达到合同约定，暂不予验收。"),
             ("gap", 16), ("p", "服务接受方（盖章）：" + c["cust"], "noindent"), ("seal", c["cust"], 0.4),
             ("p", "确认日期：", "noindent"), ("hand", "      " + cn_date(c["acc_date"]))]
    return head


# ---------------- payments ----------------
def O3(c, rng, pay):
    memo = pay["memo"]
    return [("title", "网上银行电子回单", 14), ("right", f"回单编号：{pay['serial']}"),
            ("grid", [["付款人户名", pay["payer"], "收款人户名", pay["payee"]],
                      ["付款人账号", pay["payer_acct"], "收款人账号", pay["payee_acct"]],
                      ["付款人开户行", pay["payer_bank"], "收款人开户行", pay["payee_bank"]],
                      ["金额（大写）", "人民币" + dx(pay["amount"]), "金额（小写）", "¥" + money(pay["amount"])],
                      ["交易日期", pay["date"], "用途", memo]], [0.15, 0.35, 0.15, 0.35], 8.5),
            ("small", f"打印时间：{pay['print']}  本回单可重复打印，请勿重复记账。"), ("seal", pay["bank"] + "电子回单专用章", 0.8)]


def N04(c, rng, pay):
    m = int(pay["date"][5:7]); amt = pay["amount"]
    memo = f"支付{pay['payee']}{c['cname'][:10]}款" + (f"（合同号{c['no']}）" if pay["cite"] else "")
    return [("title", "记 账 凭 证", 18),
            ("p", f"核算单位：{pay['payer']}        {cn_date(pay['date'])}        付字第{rng.randint(10,99):03d}号", "noindent"),
            ("grid", [["摘要", "总账科目", "明细科目", "借方金额", "贷方金额"],
                      [memo, "应付账款", pay["payee"], money(amt), ""],
                      [memo, "银行存款", pay["payer_bank"], "", money(amt)],
                      ["合    计", "", "", "¥" + money(amt), "¥" + money(amt)]], [0.34, 0.13, 0.27, 0.13, 0.13], 8.5),
            ("p", f"附单据  2  张（银行回单、发票）                       会计主管：{pay['p1']}  记账：{pay['p2']}  出纳：{pay['p3']}  审核：{pay['p1']}  制单：{pay['p2']}", "noindent"),
            ("gap", 4), ("seal", "银行付讫", 0.85, cn_date(pay['date']).replace("年", ".").replace("月", ".").replace("日", ""))]


def N05(c, rng, pay):
    return [("title", f"托收凭证（付款通知）", 15), ("sub", f"委托日期 {cn_date(pay['entrust'])}    第5联"),
            ("grid", [["业务类型", "委托收款（□邮划 √电划）", "", ""],
                      ["付款人 全称", pay["payer"], "收款人 全称", pay["payee"]],
                      ["付款人 账号", pay["payer_acct"], "收款人 账号", pay["payee_acct"]],
                      ["付款人 开户行", pay["payer_bank"], "收款人 开户行", pay["payee_bank"]],
                      ["金额", "人民币（大写）" + dx(pay["amount"]), "小写", "¥" + money(pay["amount"])],
                      ["款项内容", "技术服务费", "托收凭据名称", "增值税专用发票"],
                      ["合同名称号码", c["no"] if pay["cite"] else "见附件", "附寄单证张数", "2"]], [0.17, 0.38, 0.17, 0.28], 8.5),
            ("p", "备注：付款人注意：根据支付结算办法，上列委托收款如在付款期限内未提出拒付，即视为同意付款，以此代付款通知。", "noindent"),
            ("p", f"付款人开户银行签章    付款日期：{cn_date(pay['date'])}", "noindent"), ("seal", pay["bank"] + "业务专用章", 0.7, "转讫")]


# ---------------- procurement ----------------
def O4(c, rng):
    return [("title", "中 标 通 知 书"), ("p", f"{c['app']}：", "noindent"),
            ("p", f"{c['cust']}{c['cname']}项目（招标编号：ZB{c['no'][-6:]}）于{cn_date(c['bid_open'])}开标，经评标委员会评审，确定贵单位为中标人，中标金额为人民币{dx(c['proc_amount'])}（¥{money(c['proc_amount'])}）。"),
            ("p", "请贵单位在收到本通知书后三十日内与招标人签订书面合同。投标有效期内投标保证金¥50,000.00将在合同签订后五个工作日内退还。"),
            ("gap", 20), ("right", f"招标人：{c['cust']}（盖章）"), ("right", cn_date(c["proc_date"])), ("seal", c["cust"], 0.75)]


def O4b(c, rng):
    a = float(c["proc_amount"])
    return [("title", "采 购 订 单"), ("kv", [("订单号", c["no"]), ("采购方", c["cust"]), ("供应商", c["app"]), ("下单日期", c["proc_date"])]),
            ("grid", [["行号", "物料/服务", "数量", "单价", "金额"], ["10", c["scope"], "1 项", money(a), money(a)],
                      ["", "合计", "", "", "¥" + money(a)]], [0.1, 0.45, 0.12, 0.16, 0.17]),
            ("p", f"要求交货日期：{c['deliver']}；付款条件：验收后60天。", "noindent"), ("seal", c["cust"], 0.7, "采购专用章")]


# ---------------- subcontracts ----------------
def O5(s, rng):
    return [("right", "合同编号：" + s["no"]), ("title", "分 包 合 同"),
            ("kv", [("甲方（总包方）", s["app"]), ("乙方（分包方）", s["sup"]), ("乙方地址", s["sup_addr"]), ("乙方统一社会信用代码", s["sup_uscc"])]),
            ("p", f"甲方将其承接的{s['main_proj']}中的{s['scope']}分包给乙方实施。分包金额为人民币{dx(s['doc_amount'])}（¥{money(s['doc_amount'])}）。乙方应于{cn_date(s['deliver'])}前完成。"),
            ("grid", [["甲方（盖章）", "乙方（盖章）"], ["签订日期：" + cn_date(s["sign"]), "签订日期：" + cn_date(s["sign"])]], [0.5, 0.5]),
            ("seal", s["app"], 0.2), ("seal", s["sup"], 0.72)]


def N07(s, rng):
    a = float(s["doc_amount"]); mat = round(a * 2.4, 2)
    q = rng.choice([200, 400, 500, 800]); unit = round(a / q, 2)
    return [("title", "委托加工合同"), ("right", "编号：" + s["no"]),
            ("kv", [("委托方", s["app"]), ("加工方", s["sup"]), ("加工方地址", s["sup_addr"]), ("加工方统一社会信用代码", s["sup_uscc"])]),
            ("p", f"委托方因{s['main_proj']}需要，委托加工方加工{s['scope']}。原材料由委托方提供（来料加工），来料价值约¥{money(mat)}，加工方仅收取加工费。"),
            ("grid", [["品名", "数量", "加工单价（元）", "加工费（元）"], [s["scope"], f"{q}件", f"{unit:.2f}", money(a)],
                      ["加工费合计", "", "", money(a)]], [0.4, 0.15, 0.2, 0.25]),
            ("p", "材料损耗率不超过1.5%，超出部分由加工方按来料价格赔偿；交货期：" + cn_date(s["deliver"]) + "。"),
            ("kv", [("委托方（章）", s["app"]), ("加工方（章）", s["sup"]), ("签订时间", cn_date(s["sign"]))]),
            ("seal", s["app"], 0.3), ("seal", s["sup"], 0.7)]


def N08(s, rng):
    return [("title", "合作实施协议"), ("kv", [("协议编号", s["no"])]),
            ("p", f"委托方：{s['app']}（以下简称“委托方”）", "noindent"), ("p", f"合作方：{s['sup']}（以下简称“合作方”），住所：{s['sup_addr']}，统一社会信用代码：{s['sup_uscc']}", "noindent"),
            ("p", f"鉴于委托方已与{s['main_cust']}签订{s['main_proj']}合同（合同金额¥{money(s['main_amount'])}），现委托方将其中{s['scope']}交由合作方实施。"),
            ("p", f"经双方协商，合作费用总计{money(s['doc_amount'])}元（大写：{dx(s['doc_amount'])}），合作方完成全部工作并经委托方确认后一次性支付。"),
            ("p", "合作方应保证人员资质，遵守委托方及最终用户的现场管理制度。"),
            ("grid", [["委托方（盖章）", "合作方（盖章）"], ["代表：" + s["app_rep"], "代表：" + s["sup_rep"]]], [0.5, 0.5]),
            ("p", f"签约时间：{cn_date_hz(s['sign'])}", "noindent"), ("seal", s["app"], 0.2), ("seal", s["sup"], 0.72)]


# ---------------- meetings ----------------
def sheet_rows(m, order="name_code"):
    rows = []
    for i, a in enumerate(m["sheet"]):
        if order == "name_code":
            rows.append([str(i + 1), a["name"], a["uscc"] or "", a["person"]])
        elif order == "book":
            rows.append([a["name"], a["person"], a["addr"] or "", a["phone"]])
        elif order == "dir":
            rows.append([str(i + 1), a["name"], a["person"], a["phone"], a["email"], a["uscc"] or ""])
    return rows


def O6(m, rng):
    return [("title", "会 议 纪 要"), ("kv", [("会议名称", m["name"]), ("会议时间", cn_date(m["date"]) + " 14:00"), ("会议地点", m["place"]),
                                            ("主办单位", m["host"]), ("主持人", m["chair"])]),
            ("p", "会议主要内容：主办单位介绍了智能制造系统解决方案的实施经验，参会企业围绕数据采集、设备联网与生产排程进行了交流。与会企业一致认为……"),
            ("p", "会议议定：建立常态化交流机制，下次交流会拟于下季度召开。"), ("page",),
            ("title", "参会单位签到表", 14), ("grid", [["序号", "单位名称", "统一社会信用代码", "参会人"]] + sheet_rows(m), [0.08, 0.44, 0.32, 0.16], 8.5)]


def N09(m, rng):
    return [("header", f"https://mp.weixin.qq.com/s/{m['slug']}    {m['pub']}"),
            ("title", m["headline"], 15), ("small", f"{m['host_short']}  {m['host']}官方公众号   发布于 {m['pub']}  天津"),
            ("p", f"{int(m['date'][5:7])}月{int(m['date'][8:])}日，由{m['host']}主办的《{m['name']}》在{m['place']}顺利召开。来自{m['n_orgs']}家企业的{m['n_orgs']*2}余名代表参加了本次活动。"),
            ("p", "活动中，公司技术总监以“从单机自动化到车间数字化”为题分享了离散制造企业的实施案例，与会嘉宾参观了示范产线，并就设备联网、质量追溯等话题展开热烈讨论。"),
            ("p", "下一步，公司将继续发挥智能制造系统解决方案供应商作用，助力天津市制造业企业数字化转型。"),
            ("small", "阅读 1268   赞 45   在看 12"), ("page",),
            ("title", "附：活动签到表", 13), ("grid", [["序号", "单位名称", "统一社会信用代码", "姓名"]] + sheet_rows(m), [0.08, 0.46, 0.32, 0.14], 8.5)]


def N10(m, rng):
    items = [("title", "现场会纪要"), ("p", f"时间：{cn_date(m['date'])}上午9:30    地点：{m['place']}", "noindent"),
             ("p", f"主题：{m['name']}", "noindent"), ("p", f"主持：{m['chair']}    记录：{m['recorder']}", "noindent"),
             ("p", "一、观摩了主办单位实施的数字化车间，听取了项目建设情况介绍。二、参会企业交流了设备管理与能耗管控的做法。三、会议商定由主办单位牵头组织后续专题培训。"),
             ("page",), ("title", "会 议 签 到 簿", 15), ("sub", f"{m['name']}    {cn_date(m['date'])}")]
    rows = [["单位名称", "姓名", "单位地址", "联系电话"]]
    items.append(("grid", rows, [0.34, 0.12, 0.36, 0.18], 8.5))
    for r in sheet_rows(m, "book"):
        items.append(("hand", f"{r[0]}   {r[1]}   {r[2]}   {r[3]}"))
    return items


def N11(m, rng):
    return [("title", f"{m['name']}会后整理稿", 15), ("sub", f"（{cn_date(m['date'])}  {m['place']}）"),
            ("grid", [["时间", "议程", "发言人"], ["14:00-14:10", "主办方致辞", m["chair"]], ["14:10-14:50", "智能工厂建设实践分享", m["host"]],
                      ["14:50-15:30", "企业交流发言", "参会企业代表"], ["15:30-16:00", "示范线参观", "——"]], [0.2, 0.55, 0.25], 9),
            ("p", "发言摘要：参会企业代表介绍了MES上线后的在制品管控经验，提出中小企业在数据治理、人员技能方面的困难，主办方就分步实施路径作了回应。"),
            ("page",), ("title", "参会单位通讯录", 14),
            ("grid", [["序号", "单位", "联系人", "手机", "邮箱", "统一社会信用代码"]] + sheet_rows(m, "dir"), [0.06, 0.3, 0.09, 0.15, 0.17, 0.23], 7.5)]


# ---------------- diagnoses ----------------
def _diag_head(d, title, label):
    return [("title", title, 15), ("kv", [("报告名称", d["title"]), (label, d["cust"]), ("诊断服务单位", d["app"]), ("诊断日期", cn_date(d["date"]))])]


def O7(d, rng):
    it = _diag_head(d, "免费诊断报告", "诊断对象")
    it += [("p", "一、企业现状：企业以离散加工为主，现有数控设备约40台，生产计划依靠Excel编排，设备联网率不足20%。"),
           ("p", "二、主要问题：计划与现场脱节、质量数据纸质记录难以追溯、设备停机原因不明。")]
    if d["solution"]:
        it += [("p", "三、解决方案：建议分两期实施设备数据采集与MES轻量化部署，一期打通20台关键设备联网，二期上线计划排程与质量追溯模块。")]
    return it + [("right", d["app"]), ("seal", d["app"], 0.75)]


def N12(d, rng):
    it = _diag_head(d, "工业节能诊断报告", "受诊断企业")
    it += [("p", "一、企业用能概况（2023年度）"),
           ("grid", [["能源品种", "消费量", "折标准煤（吨）", "占比"], ["电力", f"{rng.randint(300,900)}万kWh", str(rng.randint(400,1100)), "62%"],
                     ["天然气", f"{rng.randint(20,90)}万m³", str(rng.randint(250,900)), "31%"], ["蒸汽", f"{rng.randint(500,2000)}t", str(rng.randint(40,180)), "7%"]], [0.25, 0.25, 0.25, 0.25], 9),
           ("p", "二、存在问题：空压站无集中控制，管网泄漏率高；注塑机未采用伺服节能改造；能源计量器具配备率低于GB 17167要求。")]
    if d["solution"]:
        it += [("p", "三、节能改造措施建议：1. 建设能源管理系统，对重点用能设备分项计量；2. 空压机群控及余热回收；3. 注塑机伺服改造。预计年节能量约120吨标准煤。")]
    return it + [("right", "诊断机构（盖章）：" + d["app"]), ("seal", d["app"], 0.75)]


def N13(d, rng):
    it = _diag_head(d, "两化融合管理体系贯标差距诊断报告", "受诊断单位")
    it += [("grid", [["GB/T 23001条款", "要求", "现状", "符合性"], ["5.2", "最高管理者职责", "未明确两化融合分管领导", "部分符合"],
                     ["6.3", "数据开发利用", "数据分散于各业务系统", "不符合"], ["7.2", "实施过程控制", "项目管理无文档化", "不符合"],
                     ["8.1", "评测与改进", "未开展内部评审", "不符合"]], [0.18, 0.28, 0.36, 0.18], 8.5),
           ("p", "现状综述：企业已具备ERP基础，但两化融合方针与目标未形成文件，新型能力未识别。")]
    if d["solution"]:
        it += [("p", "整改建议及实施路径：识别“订单快速交付能力”为拟打造的新型能力，建立两化融合管理手册，三个月内完成体系试运行及内部审核。")]
    return it + [("right", d["app"] + "（盖章）"), ("seal", d["app"], 0.72)]


def N14(d, rng):
    it = [("title", "数字化诊断服务券 服务记录单", 14), ("right", f"服务券编号：SZJ-2024-{rng.randint(1000,9999)}"),
          ("grid", [["服务对象", d["cust"]], ["服务机构", d["app"]], ["服务项目", d["title"]], ["服务时间", cn_date(d["date"])],
                    ["企业现状", "车间设备以单机为主，订单排产依赖人工经验。"], ["主要问题", "生产进度不透明，库存积压。"]] +
          ([["诊断意见及建议", "建议部署轻量化生产管理系统，实现报工扫码与库存实时可视，并逐步接入关键设备。"]] if d["solution"] else [["诊断意见及建议", ""]]), [0.22, 0.78])]
    return it + [("p", "服务对象确认（盖章）：", "noindent"), ("seal", d["cust"], 0.45), ("hand", "  情况属实  " + cn_date(d["date"]))]


def N15(d, rng):
    it = [("title", "设备健康巡诊报告", 15), ("kv", [("报告名称", d["title"]), ("客户名称", d["cust"]), ("巡诊日期", cn_date(d["date"])),
                                               ("下次巡诊日期", cn_date(d["next"])), ("巡诊工程师", d["eng"])]),
          ("grid", [["设备", "振动速度(mm/s)", "轴承温度(℃)", "状态"], ["1#空压机", "4.8", "71", "注意"], ["2#冷却泵", "2.1", "55", "正常"],
                    ["主传动减速机", "7.6", "82", "报警"]], [0.3, 0.25, 0.25, 0.2], 9),
          ("p", "企业现状：设备点检靠人工记录，无在线监测。主要问题：减速机振动超限，存在轴承早期故障风险。")]
    if d["solution"]:
        it += [("p", "处理建议（解决方案）：对主传动减速机更换轴承并校正对中；关键设备加装无线振动温度传感器，接入预测性维护平台。")]
    return it + [("seal", d["app"], 0.7)]


def N16(d, rng):
    it = _diag_head(d, "行业对标诊断报告", "诊断对象")
    it += [("p", "数据期间：2023年1月1日至2023年12月31日。"),
           ("grid", [["指标", "企业值", "行业标杆", "差距"], ["设备综合效率OEE", "58%", "82%", "-24%"], ["订单准时交付率", "86%", "97%", "-11%"],
                     ["人均产值（万元）", "64", "120", "-56"]], [0.34, 0.22, 0.22, 0.22], 9),
           ("p", "企业现状与主要问题：设备停机损失大，计划变更频繁。")]
    if d["solution"]:
        it += [("p", "提升路径：以OEE提升为牵引，实施设备联网与停机原因分析，配套APS排程，目标一年内OEE达到70%。")]
    return it + [("right", d["app"]), ("seal", d["app"], 0.75)]


# ---------------- standards & others ----------------
def O8(s, rng):
    return [("small", "ICS 25.040   CCS J 07"), ("title", "团  体  标  准", 22), ("right", f"T/TJZZ {s['code']}—2024"),
            ("gap", 60), ("title", s["name"], 18), ("sub", "（征求意见稿）"), ("gap", 200),
            ("sub", "2024-XX-XX发布        2024-XX-XX实施"), ("sub", "天津市智能制造产业协会  发布"), ("page",),
            ("title", "前  言", 14), ("p", f"本文件按照GB/T 1.1—2020的规定起草。本文件起草单位：{s['app']}等。")]


def O9(o, rng):
    return [("title", "营 业 执 照", 22), ("sub", "（副  本）"),
            ("kv", [("统一社会信用代码", o["uscc"]), ("名称", o["name"]), ("类型", "有限责任公司"), ("住所", o["addr"]),
                    ("注册资本", "伍仟万元人民币"), ("成立日期", "2012年06月18日"), ("营业期限", "长期")]),
            ("right", "登记机关  2023年08月02日"), ("seal", "天津市市场监督管理局", 0.7)]
