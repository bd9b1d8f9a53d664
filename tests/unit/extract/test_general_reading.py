"""Reading by what a document states, on texts written for these tests (no set's documents):
grid columns, account holders' own advices, role notes, bilingual labels, wrapped names and
figures, departments signing, take-over certificates, buyer/seller words."""

from helpers.textdocs import document_from_text, field_values, read_text_document

from pipeline.extract.normalize import normalize_page

_read, _values = read_text_document, field_values


def test_a_header_row_names_the_column_under_it():
    doc = _read("某某银行电子回单\n"
                "付款人          收款人\n"
                "全称 甲北精工有限公司 全称 乙南数控有限公司\n"
                "金额 ¥12,000.00\n交易日期 2023-04-02\n")
    assert _values(doc)["payer"] == "甲北精工有限公司"
    assert _values(doc)["payee"] == "乙南数控有限公司"


def test_an_account_holders_credit_advice_makes_the_counterparty_the_payer():
    text = ("客户入账通知（贷记回单）\n本方户名 乙南数控有限公司 对方户名 甲北精工有限公司\n"
            "借贷标志 贷（收入） 金额 ¥8,000.00 交易日期 2023-05-06\n")
    values = _values(_read(text))
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_debit_advice_makes_the_holder_the_payer_and_no_direction_names_no_one():
    debit = _values(_read("付款回单（借记）\n本方户名 甲北精工有限公司 对方户名 乙南数控有限公司\n"
                          "借贷标志 借（支出） 金额 ¥8,000.00 交易日期 2023-05-06\n"))
    assert (debit["payer"], debit["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")
    unknown = _values(_read("账户交易回单\n本方户名 甲北精工有限公司 对方户名 乙南数控有限公司\n"
                            "金额 ¥8,000.00 交易日期 2023-05-06 付款\n"))
    assert "payer" not in unknown or unknown.get("payer") != "乙南数控有限公司"


def test_a_bracketed_note_gives_an_unknown_term_its_role():
    values = _values(_read("应收账款电子凭证兑付回单\n"
                           "签发方（承诺付款方） 丙东重工有限公司 持有方（收款方） 乙南数控有限公司\n"
                           "签发日期 2022-10-01 兑付日期 2023-04-01 兑付金额 ¥50,000.00\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["date"] == "2023-04-01"         # the day the money moved, not the day it was promised


def test_an_english_gloss_between_label_and_value_is_skipped():
    values = _values(_read("采购订单 PURCHASE ORDER\n合同号Contract No. ZX-2023-077 币种 CNY\n"
                           "采购方Buyer 丙东重工有限公司\n供应商Vendor 乙南数控有限公司\n订单总额 ¥30,000.00\n"
                           "订单日期 2023-03-03\n"))
    assert values["contract_no"] == "ZX-2023-077"
    assert values["customer"] == "丙东重工有限公司" and values["supplier"] == "乙南数控有限公司"


def test_a_name_wrapped_over_a_line_is_read_whole_and_one_firm_is_never_both_roles():
    values = _values(_read("比价记录\n丙东重工有限公司\n报价单位 报价\n1 乙南数控有限公司 100,000.00\n"
                           "结论：经比价，拟选定乙南数\n控有限公司为成交单位，成交价¥100,000.00。\n"
                           "审批完成日期：2023年1月9日\n"))
    assert values.get("supplier") == "乙南数控有限公司"
    assert values.get("customer") != "乙南数控有限公司"


def test_a_firm_signing_through_its_department_issued_the_notice():
    values = _values(_read("采购结果通知\n乙南数控有限公司：\n经比选，确定贵公司为成交供应商，成交金额为12.50万元。\n"
                           "丙东重工有限公司采购管理部\n2023年2月1日\n"))
    assert values["customer"] == "丙东重工有限公司"


def test_a_figure_wrapped_inside_prose_and_ocr_border_bars_are_rejoined():
    page = document_from_text("通知\n|经评审，成交金额为1\n| 25.00万元（含税）。|\n", method="ocr:tesseract").pages[0]
    assert "成交金额为125.00万元" in normalize_page(page).text
    table = document_from_text("序号 金额\n1 2,000.00\n2 300.00元\n", method="ocr:tesseract").pages[0]
    assert normalize_page(table).text == table.text       # a column of figures is not prose


def test_a_take_over_certificate_is_an_acceptance_that_passed():
    doc = _read("工程接收证书\nTAKING-OVER CERTIFICATE\n合同编号 GC-2023-015\n雇主Employer 丙东重工有限公司\n"
                "承包商Contractor 乙南数控有限公司\n兹证明，上述工程已完成竣工试验，雇主同意自2023年9月1日起接收该工程。\n"
                "工程接收日期 2023年9月1日\n")
    assert doc.doc_type == "acceptance_report"
    values = _values(doc)
    assert values["result"] == "passed" and values["customer"] == "丙东重工有限公司"
    assert values["date"] == "2023-09-01"


def test_buyer_and_seller_words_name_a_contracts_parties_and_prose_is_no_label():
    values = _values(_read("设备订货合同\n订货方：丙东重工有限公司\n供货方：乙南数控有限公司\n"
                           "订货方向供货方订购下列设备，合同总价¥90,000.00。\n签订时间 2023年2月2日\n"))
    assert values["customer"] == "丙东重工有限公司" and values["supplier"] == "乙南数控有限公司"


def test_a_forms_row_label_with_its_cell_on_the_same_line_is_a_solution_section():
    doc = _read("某某机械有限公司智能制造诊断专家意见表\n企业名称 丙东重工有限公司\n诊断日期 2024年03月02日\n"
                "主要问题 设备联网率低，计划靠人工排产\n"
                "专家诊断意见及建议 部署数据采集平台实现设备联网；上线排产系统，打通计划与报工；分两期实施\n"
                "专家签字 日期 2024年03月02日\n")
    assert doc.doc_type == "diagnosis_report"
    assert doc.fields["solution"].value == "专家诊断意见及建议"
    refusing = _read("某某机械有限公司智能制造诊断专家意见表\n企业名称 丙东重工有限公司\n诊断日期 2024年03月02日\n"
                     "专家诊断意见及建议 暂无\n专家签字 日期 2024年03月02日\n")
    assert "solution" not in refusing.fields


def test_a_row_label_ocr_ran_into_its_cell_still_heads_the_solution():
    doc = _read("某某机械有限公司智能制造诊断专家意见表\n企业名称 丙东重工有限公司\n诊断日期 2024年03月02日\n"
                "主要问题 设备联网率低\n专家诊断意见及建议和;部署数据采集平台实现设备联网;上线排产系统打通计划与报工\n"
                "专家签字 日期 2024年03月02日\n", method="ocr:tesseract")
    assert doc.fields["solution"].value == "专家诊断意见及建议"


def test_a_department_alone_and_a_factory_floor_are_no_organisations():
    from pipeline.extract.entities import find_organizations, plausible_organisation
    assert not plausible_organisation("信息中心")
    assert plausible_organisation("天津市信息中心") and plausible_organisation("丙东重工有限公司")
    assert [o.text for o in find_organizations("采购项目 丙东新材厂内智能物流项目")] == []


def test_a_header_over_long_names_gives_each_name_to_its_own_column():
    doc = _read("某某银行网上银行电子回单\n"
                "付款人                  收款人\n"
                "全称 天津市甲北精密机械制造有限公司 全称 乙南数控有限公司\n"
                "金额 ¥12,000.00\n交易时间 2023-04-02 10:00:00\n")
    assert _values(doc)["payer"] == "天津市甲北精密机械制造有限公司"
    assert _values(doc)["payee"] == "乙南数控有限公司"


def test_an_accounting_voucher_pays_the_payable_account_from_the_bank():
    values = _values(_read("记账凭证\n核算单位：丙东重工有限公司 2024年05月06日 记字第0012号\n摘要 会计科目 借方金额 贷方金额\n"
                           "付乙南数控有限公司设备款（合同（2024）设字第021号） 应付账款—乙南数控有限公司 80,000.00\n"
                           "付乙南数控有限公司设备款 银行存款—某某银行天津分行 80,000.00\n合计 80,000.00\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["contract_no"] == "（2024）设字第021号"
    # the receiving unit's own voucher records its income, not the payer's payment
    received = _read("记账凭证\n核算单位：乙南数控有限公司 2024年05月08日\n摘要 会计科目 借方金额 贷方金额\n"
                     "收丙东重工有限公司货款 银行存款—某某银行 80,000.00\n"
                     "收丙东重工有限公司货款 应收账款—丙东重工有限公司 80,000.00\n")
    assert received.doc_type == "other"


def test_a_screenshot_of_an_organisations_own_system_was_issued_by_it():
    values = _values(_read("丙东重工有限公司·协同办公平台 首页 待办(3) 已办 退出\n流程中心>我的已办>项目验收审批\n"
                           "项目验收审批单\n合同编号 GC-2024-031\n供应商 乙南数控有限公司\n验收日期 2024-03-29 验收结论 验收合格\n"
                           "验收说明 系统运行稳定，验收小组同意通过验收。\n", method="ocr:rapidocr"))
    assert values["customer"] == "丙东重工有限公司"


def test_a_letters_addressee_is_never_the_party_a_nearby_label_names():
    values = _values(_read("中标通知书\n招标编号：ZB-2023-011\n乙南数控有限公司：\n招标人（盖章）：\n"
                           "丙东重工有限公司组织的产线改造项目招标，经评审，招标人确定贵单位为中标人。\n"
                           "一、中标价：人民币壹拾万元整（¥100,000.00）。\n招标人：，才重工股，、限\n2023年11月15日\n",
                           method="ocr:tesseract"))
    assert values.get("customer") != "乙南数控有限公司"


def test_a_value_after_an_address_label_that_is_no_address_is_no_value():
    from pipeline.parsing.locality import address_shaped
    assert not address_shaped("关联合同XS-2023-0161") and not address_shaped("022-58800061")
    assert address_shaped("天津市西青区宜白路12号") and address_shaped("河北省廊坊市广阳区新华路8号")
    values = _values(_read("采购合同\n甲方：丙东重工有限公司\n地址：关联合同XS-2023-0161\n"
                           "乙方：乙南数控有限公司\n地址：天津市西青区宜白路12号\n合同金额：¥10,000.00\n"
                           "签订日期：2023年3月3日\n"))
    assert "customer_address" not in values
    assert values["supplier_address"] == "天津市西青区宜白路12号"


def test_the_price_is_the_figure_with_tax_and_an_acceptance_is_dated_when_it_was_held():
    values = _values(_read("设备采购合同\n甲方：丙东重工有限公司\n乙方：乙南数控有限公司\n"
                           "合同金额（不含税）：¥100,000.00\n税额：¥13,000.00\n合同金额（含税）：¥113,000.00\n"
                           "签订日期：2023年3月3日\n"))
    assert values["amount_yuan"] == "113000.00"
    letter = _values(_read("关于产线改造项目验收结果的函\n乙南数控有限公司：\n"
                           "我公司于2023年12月27日组织专家对产线改造项目进行了验收，一致同意通过验收。\n"
                           "特此函告。\n丙东重工有限公司\n二〇二四年一月八日\n"))
    assert letter["date"] == "2023-12-27" and letter["result"] == "passed"


def test_diagnoses_under_other_names_are_diagnoses():
    worksheet = _read("某某科技 上门诊断服务工单\n服务对象 丙东重工有限公司 联系人 王敏\n上门日期 2024-03-02 服务类型 免费诊断\n"
                      "现场诊断发现 设备联网率低，数据靠人工抄录\n推荐解决方案 部署采集网关实现设备联网，建设看板并与计划系统打通\n")
    assert worksheet.doc_type == "diagnosis_report"
    assert _values(worksheet)["customer"] == "丙东重工有限公司" and _values(worksheet)["date"] == "2024-03-02"
    assessment = _read("中小企业数字化水平评测结果及转型建议书\n被评测企业：丙东重工有限公司\n评测日期：2024年05月18日\n"
                       "评测结论：企业数字化水平为二级。\n转型建议及解决方案\n（1）部署设备联网与数据采集平台，建设生产看板。\n")
    assert assessment.doc_type == "diagnosis_report" and _values(assessment)["customer"] == "丙东重工有限公司"


def test_a_meeting_is_dated_when_it_was_held_not_when_its_report_was_issued():
    report = _read("关于智能制造经验交流会的情况通报\n各会员单位：\n"
                   "2024年4月9日下午，由本会与乙南数控有限公司联合主办的“设备互联经验交流会”在\n"
                   "东丽区会议中心召开，12家企业参加。\n特此通报。\n某某市智能制造促进会\n2024年4月15日\n")
    assert report.doc_type == "meeting_record"
    assert _values(report)["date"] == "2024-04-09"
    # a deadline to register is not the meeting's day; without a statement of the meeting the foot decides
    notice = _read("会议纪要\n会议名称：设备互联经验交流会\n请参会单位于2024年4月1日前报名。\n"
                   "与会人员就设备联网进行了交流。\n乙南数控有限公司\n2024年4月9日\n")
    assert _values(notice)["date"] == "2024-04-09"


def test_a_payment_letter_is_dated_by_the_payment_and_an_application_date_is_not_the_payment():
    letter = _values(_read("付款证明\n乙南数控有限公司：\n兹证明，我公司已于2024年6月3日通过中国银行向贵公司支付"
                           "产线改造项目合同款人民币壹拾万元整（¥100,000.00）。\n特此证明。\n"
                           "丙东重工有限公司财务部\n2024年7月1日\n"))
    assert letter["date"] == "2024-06-03"
    deadline = _values(_read("付款证明\n兹证明，我公司应于2024年6月30日前支付乙南数控有限公司合同款¥100,000.00，"
                             "已于2024年6月3日支付完毕。\n丙东重工有限公司\n2024年7月1日\n"))
    assert deadline["date"] == "2024-06-03"
    result = _values(_read("司库管理信息系统 付款结果通知单\n申请日期 2024-06-25 支付状态 支付成功\n"
                           "付款单位 丙东重工有限公司 收款单位 乙南数控有限公司\n金额（小写）¥1,980,000.00\n"
                           "银行返回 2024-06-28 16:32:49\n"))
    assert result["date"] == "2024-06-28"


def test_a_price_of_nothing_is_no_price_and_the_uppercase_figure_stands():
    values = _values(_read("配套服务分包合同\n发包方：乙南数控有限公司\n承包方：丙东重工有限公司\n"
                           "合同金额：人民币伍拾肆万元整（¥0.00）\n签订日期：2024年3月3日\n"))
    assert values["amount_yuan"] == "540000"


def test_kinds_by_what_papers_state_work_orders_commissions_awards_closings_and_notices():
    sow = _read("工作说明书\n本工作说明书依据双方于2023年1月5日签署的《框架服务协议》订立。\n"
                "客户 丙东重工有限公司 服务提供商 乙南数控有限公司\n合计（含税） 1,200,000.00\n")
    assert sow.doc_type == "contract"
    commission = _read("丙东重工有限公司\n技术服务委托书\n乙南数控有限公司：\n经研究，委托贵公司承担产线联网项目的实施。\n"
                       "贵公司签章回执后，本委托书即构成双方之间的合同。\n回执\n我公司同意按委托书承担该项目。\n")
    assert commission.doc_type == "contract"
    award = _read("Letter of Award 授标函\nTo致：乙南数控有限公司\n我司决定授予贵公司产线联网项目。\n"
                  "Awarded Amount 授标金额 CNY 560,000.00\n")
    assert award.doc_type == "procurement_proof"
    closing = _read("项目结题报告\n项目委托方：丙东重工有限公司\n一、完成情况\n全部任务已完成。\n"
                    "委托方意见：经审查，同意结题，验收合格。\n")
    assert closing.doc_type == "acceptance_report"
    received = _read("乙南数控有限公司：\n经查，贵单位在我行开立的结算账户于2024年3月1日收到丙东重工有限公司汇入款项"
                     "人民币伍拾万元整（¥500,000.00）。\n特此证明。\n某某银行天津分行\n")
    assert received.doc_type == "payment_proof"


def test_a_notice_about_standards_and_a_tax_certificate_citing_a_contract_are_other():
    plan = _read("关于下达2024年度团体标准制定项目计划的通知\n各有关单位：\n同意下列团体标准立项。\n"
                 "序号 标准名称 牵头单位\n1 设备联网接口要求 乙南数控有限公司\n")
    assert plan.doc_type == "other"
    tax = _read("税收完税证明\n纳税人名称 乙南数控有限公司\n税种 品目名称 实缴金额\n印花税 买卖合同 648.00\n"
                "备注 计税依据 HT-2023-148\n")
    assert tax.doc_type == "other"


def test_a_tax_line_is_no_price_and_a_partial_uppercase_figure_is_no_amount():
    table = _values(_read("设备采购合同\n甲方（需方）：丙东重工有限公司\n乙方（供方）：乙南数控有限公司\n"
                          "一、合同价款\n不含税价款 1,000,000.00\n增值税（税率13%）130,000.00\n"
                          "含税合网总价 1,130,000.00\n", method="ocr:rapidocr"))   # 合同 misread
    assert table["amount_yuan"] == "1130000.00"
    slip = _values(_read("汇款回执\n汇款人 丙东重工有限公司\n收款人 乙南数控有限公司\n金额 人民币贰 用途 货款\n"))
    assert "amount_yuan" not in slip


def test_a_salutation_is_not_the_subject_of_the_acceptance_the_writer_is():
    mail = _values(_read("主题：关于产线联网项目验收结果的确认\n时间：2024年5月6日10:54（星期一）\n乙南数控有限公司：\n"
                         "您好！我公司于2024年5月6日组织了产线联网项目最终验收，验收组一致确认项目验收合格。\n"
                         "丙东重工有限公司项目管理部\n"))
    assert mail["customer"] == "丙东重工有限公司"


def test_a_solution_noun_proposes_as_the_heading_s_head_not_inside_it():
    report = _read("某某安全诊断评估报告\n委托单位：丙东重工有限公司\n1企业现状\n已建设SCADA系统。\n2存在问题\n缺少边界防护。\n"
                   "3整改方案\n部署工业防火墙实现分区隔离；建立资产台账与口令策略；配置日志审计。\n")
    assert _values(report).get("solution") == "3整改方案"
    background = _read("某某诊断报告\n委托单位：丙东重工有限公司\n1方案背景\n企业订单多品种小批量，交期压力大，设备联网率低。\n"
                       "2存在问题\n数据依赖人工抄录，计划与执行脱节。\n")
    assert "solution" not in _values(background)


def test_a_diagnosis_letter_diagnoses_its_addressee_and_its_numbered_heading_may_end_in_a_misread_colon():
    letter = _values(_read("免费诊断意见函\n丙东重工有限公司：\n受贵公司邀请，我公司专家组于2024年2月2日赴贵公司开展免费诊断。\n"
                           "（一）基本情况：现有生产线7条。\n（二）主要问题：计划排产依赖人工。\n"
                           "（三）解决方案建议；分两期实施，一期上线MES与设备联网，二期建设质量追溯与APS排产。\n"
                           "乙南数控有限公司\n2024年2月7日\n", method="ocr:tesseract"))
    assert letter["customer"] == "丙东重工有限公司"
    assert letter["solution"].startswith("（三）解决方案建议")


def test_a_bank_certifies_money_received_into_the_addressee_s_account_with_values_wrapped_in_prose():
    letter = _values(_read("收款证明\n乙南数控有限公司：\n经查，贵单位在我行开立的账号为12345678901234的人民币结算账户，于二〇\n"
                           "二四年八月二十七日收到丙东重工有限公司（付款账号98765432109876）汇\n"
                           "入款项人民币伍拾万元整（¥500,000.00），附言：支付HT-2024\n-018合同款。\n特此证明。\n"
                           "某某银行天津北辰支行\n二〇二四年九月十一日\n"))
    assert (letter["payer"], letter["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert letter["date"] == "2024-08-27" and letter["contract_no"] == "HT-2024-018"


def test_a_date_wrapped_inside_prose_is_read_whole_and_a_count_after_a_year_is_not_joined():
    letter = _values(_read("质保期起算确认函\n乙南数控有限公司：\n贵司承建的产线联网项目已于2023年6\n"
                           "月30日通过我司组织的最终验收，验收结论为合格。\n丙东重工有限公司\n2023年7月10日\n"))
    assert letter["date"] == "2023-06-30"
    from pipeline.extract.normalize import normalize_text
    assert normalize_text("活动于2023年\n12家企业参加")[0] == "活动于2023年\n12家企业参加"


def test_a_payment_schedule_states_its_total_not_its_first_instalment():
    table = _values(_read("合同付款明细确认表\n付款单位 丙东重工有限公司\n收款单位 乙南数控有限公司\n合同编号 HT-2023-074\n"
                          "期次 付款日期 付款金额（元） 付款方式\n第1期 2023.01.28 100,000.00 电汇\n"
                          "第2期 2023.03.26 200,000.00 网银转账\n合计 300,000.00\n"
                          "经核对，我公司已按上表向收款单位累计支付该合同款项人民币叁拾万元整。\n"))
    assert table["amount_yuan"] == "300000.00"


def test_a_national_standard_draft_is_known_by_its_foreword_as_well_as_its_title():
    cover = _read("ICS 25.040\nCCS J07\n中华人民共和国国家标准\nGB/T XXXXX—20XX\n设备数据采集接口通用要求\n"
                  "General requirements for data acquisition interface\n（征求意见稿）\n", method="ocr:tesseract")
    assert cover.doc_type == "standard_draft"
    foreword = _read("前言\n本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。\n"
                     "本文件由某某标准化技术委员会归口。\n本文件起草单位：乙南数控有限公司。\n")
    assert foreword.doc_type == "standard_draft"


def test_specks_at_a_photo_s_edge_are_not_read_into_its_lines():
    text = ("    收款证明\n    乙南数控有限公司：\n铝  经查，贵单位在我行开立的结算账户，于二O\n答  二四年十月十八日收到丙东重工有限公司汇\n"
            "了  入款项人民币伍拾万元整（¥500,000.00）。\n    特此证明。\n    某某银行天津分行\n")
    doc = _read(text, method="ocr:tesseract")
    assert "铝" not in doc.text and "答" not in doc.text and "汇入款项" in doc.text.replace("\n", "")
    assert doc.doc_type == "payment_proof" and _values(doc)["date"] == "2024-10-18"
    # a line that starts at the margin with a one-character word is text
    table = _read("序 号\n甲 方：丙东重工有限公司\n乙 方：乙南数控有限公司\n合同金额：¥100,000.00\n", method="ocr:tesseract")
    assert table.text.splitlines()[1].startswith("甲方")


def test_a_conclusion_row_listing_both_options_without_a_readable_tick_is_a_question():
    form = _read("项目结题验收表\n合同编号 HT-2023-111 验收日期 2023/9/19\n验收单位 丙东重工有限公司\n"
                 "验收结论 me通过 5不通过\n", method="ocr:tesseract")
    # the row lists the options; which was ticked is not in the text: no result is read (the
    # reconciliation asks), and the first negative word is never taken for a failure
    assert "result" not in form.fields
    ticked = _read("项目结题验收表\n验收单位 丙东重工有限公司\n验收结论 ■通过 □不通过\n", method="ocr:tesseract")
    assert ticked.fields["result"].value == "passed" and not ticked.fields["result"].needs_review


def test_a_solution_heading_whose_head_noun_follows_another_solution_word():
    report = _read("某某能效诊断报告\n委托单位：丙东重工有限公司\n3 存在问题\n能耗计量颗粒度粗。\n4 节能改造措施建议\n"
                   "上线能源管理系统，部署设备物联网关和数据采集平台，实现主要设备联网与能耗分摊到工序。\n")
    assert _values(report).get("solution") == "4 节能改造措施建议"


def test_a_figure_beside_an_uppercase_read_only_in_part_is_a_question():
    values = _read("建设合作协议\n甲方：丙东重工有限公司\n乙方：乙南数控有限公司\n"
                   "第三条 价款为人民币陆佰参抬摘万肆侍趟佰元整（Y6,384\n200.00），已含税费。\n", method="ocr:tesseract")
    amount = values.fields["amount_yuan"]
    assert amount.needs_review


def test_a_role_written_with_another_party_noun_and_a_commissions_own_number_are_read():
    """委托单位 is 委托方 written with 单位; a commission's number stands under 委托书编号."""
    values = _values(_read("项目委托书\n委托书编号：WT-2023-009\n乙南数控有限公司：\n"
                           "经研究，委托贵公司承担产线联网项目，委托金额人民币壹拾万元整（小写：100,000.00元）。\n"
                           "回执签章后，本委托书即构成双方之间的合同。\n委托单位：甲北精工有限公司\n"
                           "受托单位：乙南数控有限公司\n二〇二三年三月一日"))
    assert values["contract_no"] == "WT-2023-009"
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_contract_that_narrates_its_tender_is_a_contract_and_the_winner_is_no_verb():
    """招标人/中标人 name the parties of a contract signed after a tender: 双方签订本合同 and
    本合同一式…份 state a contract; 确定X为中标单位 leaves the verb out of the name."""
    doc = _read("产线改造\n项目合同书\n合同编号：ZB-2023-101\n招标人：甲北精工有限公司\n中标人：天津乙南数控有限公司\n"
                "甲北精工有限公司（以下简称“招标人”）就产线改造进行公开招标，经评标委员会评审，确定天津乙南数控有限公司"
                "（以下简称“中标人”）为中标单位。根据招标文件及中标通知书，双方签订本合同。\n"
                "1.合同价款：人民币壹拾万元整（￥100,000.00）。\n2.本合同一式肆份，自双方签字盖章之日起生效。")
    assert doc.doc_type == "contract"
    assert _values(doc)["supplier"] == "天津乙南数控有限公司"


def test_a_copy_designation_in_a_title_does_not_name_the_kind():
    """货物运输签收单（回单联） is a delivery note's copy, no bank receipt."""
    doc = _read("货物运输签收单（回单联）\n运单号：2745700001 承运：丙东物流有限公司\n托运人 乙南数控有限公司 "
                "收货人 甲北精工有限公司\n货物名称 控制柜 件数 2件\n收货人签字： 签收日期：")
    assert doc.doc_type != "payment_proof"


def test_this_payment_is_what_moved_not_the_running_total_that_includes_it():
    values = _values(_read("【付款完成通知】\n尊敬的供应商：乙南数控有限公司\n我单位已于2023年9月12日向贵司支付以下款项。\n"
                           "付款单位 甲北精工有限公司\n收款单位 乙南数控有限公司\n本次支付金额 CNY 120,000.00\n"
                           "累计已付（含本次） CNY 400,000.00\n"))
    assert values["amount_yuan"] == "120000.00"


def test_a_conclusion_wrapped_at_the_line_end_is_read_whole():
    doc = _read("项目验收确认单\n合同编号 YS-2023-001\n验收单位 甲北精工有限公司\n供应商 乙南数控有限公司\n"
                "验收意见 项目已按合同约定完成建设内容，系统运行稳定，各项指标满足要求。验收结论：通\n过。\n")
    assert _values(doc)["result"] == "passed"
    panel = _read("项目验收专家组意见\n甲北精工有限公司组织专家组对乙南数控有限公司承建的系统进行了验收。专家组认为：系统运行稳定，验收合\n格。\n")
    assert _values(panel)["result"] == "passed"
    # a verdict word is joined only where it ends: 合 | 格率 is a rate, not a verdict
    rate = normalize_page(_read("检测报告\n产品合\n格率 98%\n").pages[0])
    assert "合\n格率" in rate.text


def test_a_conclusion_wrapped_at_the_line_end_is_shown_whole_in_its_provenance():
    head = "项目验收确认单\n验收单位 甲北精工有限公司\n供应商 乙南数控有限公司\n"
    row = _read(head + "验收结论：通\n过。\n").fields["result"]
    assert (row.value, row.provenance.text) == ("passed", "通过")
    failed = _read(head + "验收意见：不\n通过，限期整改。\n").fields["result"]
    assert (failed.value, failed.provenance.text) == ("failed", "不通过")
    # a handover's decision is one phrase whatever follows it (同意交工验 | 收并…)
    for cut in ("同意交工验\n收并移交使用。", "同意交工\n验收，移交使用。"):
        handover = _read("交工验收证书\n项目法人：甲北精工有限公司\n施工单位：乙南数控有限公司\n交工验收意见：\n"
                         f"经检查认为资料完整。{cut}\n").fields["result"]
        assert (handover.value, handover.provenance.text) == ("passed", "同意交工验收"), cut


def test_an_e_signature_log_dates_the_document_when_its_last_party_signs():
    doc = _read("项目验收确认单\n验收单位 甲北精工有限公司\n供应商 乙南数控有限公司\n验收结论：通过。\n签署记录\n"
                "签署方 签署人 签署时间 状态\n甲北精工有限公司 张三 2023-11-28 16:42:07 已签署\n"
                "乙南数控有限公司 李四 2023-11-27 10:15:33 已签署\n")
    assert _values(doc)["date"] == "2023-11-28"


def test_a_purchase_approval_states_the_amount_it_settles_on():
    values = _values(_read("请购及选商审批单\n请购部门 设备部\n采购方式 比价采购\n报价单位 报价（元）\n"
                           "乙南数控有限公司 100,000.00\n丙东机电有限公司 120,000.00\n"
                           "拟选定供应商 乙南数控有限公司 拟定金额 100,000.00\n"))
    assert values.get("amount_yuan") == "100000.00"


def test_a_date_opening_the_sentence_that_states_the_acceptance_is_its_date_however_long_the_subject():
    doc = _read("项目验收报告\n（合同号：YS-2023-002）\n2023年12月31日，甲北精工有限公司在本单位会议室对乙南数控有限公司承建的"
                "“产线数据采集系统”进行了最终验收。参加验收的有使用部门、设备部、信息中心代表。\n"
                "验收结论：同意该项目通过最终验收。\n甲北精工有限公司\n报告出具日期：2024年1月8日\n")
    values = _values(doc)
    assert values["date"] == "2023-12-31"
    assert values.get("supplier") != "信息中心"


def test_papers_that_are_known_not_to_be_evidence_are_recognised_as_other():
    """A profit statement, a settlement audit sheet, a quality guarantee or a delivery receipt
    names a contract and a customer but proves no payment or acceptance: known, not unknown."""
    for text in ("利润表\n编制单位：甲北精工有限公司 2023年度 单位：元\n营业收入 320,000,000.00\n",
                 "工程结算审核定案表\n合同编号 JS-2023-001\n送审金额 1,200,000.00 审定金额 1,150,000.00\n",
                 "产品质量保证书\n致：甲北精工有限公司\n我公司为合同 JS-2023-001 提供的设备保修三年。\n乙南数控有限公司\n"):
        doc = _read(text)
        assert doc.doc_type == "other" and doc.kind_recognised, text[:8]


def test_a_score_line_is_no_option_of_the_conclusion():
    doc = _read("服务期满考核验收表\n验收单位 甲北精工有限公司\n合计 100 54 ≥80分为合格\n"
                "考核结论：考核得分54分，低于合格线，本次验收不合格。\n")
    item = doc.fields["result"]
    assert item.value == "failed" and not item.needs_review


def test_an_approval_screen_is_dated_when_approved_not_by_the_delivery_it_hopes_for():
    doc = _read("审批详情\n甲北精工〈天津)有限公司\n张三提交的采购申请 已通过\n采购方式\n竞争性谈判\n"
                "拟定供应商\n乙南数控有限公司\n成交金额〈元)\n100,000.00\n期望交付日期\n2024-03-11\n"
                "总经理 09-14 14:34\n审批完成2023-09-14\n", method="ocr:tesseract")
    values = _values(doc)
    assert values["date"] == "2023-09-14"
    assert "甲北精工（天津" in doc.text
    # the firm under 拟定供应商 is that field's value, not the issuer signing: the header is
    assert values["customer"] == "甲北精工（天津）有限公司"


def test_a_local_supplier_named_as_配套方_is_the_subcontract_s_supplier_with_its_code_and_address():
    doc = _read("专业配套分包合同\n合同编号：FB-2024-001\n总包方：甲北精工有限公司\n配套方：乙南数控有限公司\n"
                "配套方地址：天津市北辰区高新大道35号\n总包方将非标设备制造分包给配套方。\n")
    values = _values(doc)
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert values.get("supplier_address") == "天津市北辰区高新大道35号" and "customer_address" not in values


def test_a_role_note_naming_the_developer_and_the_demand_side_decides_over_甲_and_乙():
    values = _values(_read("软件定制开发合同\n合同编号：KF-2024-001\n甲方（开发方）：乙南数控有限公司\n"
                           "乙方（需求方）：甲北精工有限公司\n双方经友好协商，订立本合同。合同总价款为人民币壹拾万元整（¥100,000.00）。\n"))
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_traditional_character_contract_s_大写_after_人民幣_checks_its_figure():
    doc = _read("設備採購合約書\n合約編號：TW-2023-001\n甲方（買方）：甲北精工有限公司\n乙方（賣方）：乙南数控有限公司\n"
                "第二條 合約總價：人民幣壹拾萬元整（RMB ¥100,000.00），含稅。\n")
    item = doc.fields["amount_yuan"]
    assert str(item.value) == "100000.00" and not item.needs_review


def test_a_published_contract_announcement_is_a_procurement_proof_dated_by_its_publication():
    doc = _read("某市政府采购网 首页>采购公告>合同公告\n甲北精工产线改造项目合同公告\n发布时间：2022-08-29 10:32\n"
                "一、合同编号：GG-2022-001\n二、合同名称：产线改造\n采购人（甲方）：甲北精工有限公司\n"
                "供应商（乙方）：乙南数控有限公司\n合同金额：100,000.00元\n七、合同签订日期：2022-09-10\n"
                "八、合同公告日期：2022-08-29\n")
    assert doc.doc_type == "procurement_proof" and doc.kind_recognised
    assert _values(doc)["date"] == "2022-08-29"


def test_a_technology_transfer_names_the_transferee_as_the_buyer():
    values = _values(_read("技术转让（技术秘密）合同\n让与人：乙南数控有限公司\n受让人：甲北精工有限公司\n"
                           "依据《中华人民共和国民法典》的规定，合同双方经协商一致，签订本合同。\n"))
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_the_firm_that_confirms_the_work_is_the_accepting_customer():
    values = _values(_read("服务工作量及完成情况确认单\n服务单位 乙南数控有限公司\n确认单位 甲北精工有限公司\n"
                           "确认意见：上述服务内容已按合同约定全部完成，经我单位确认，同意验收。\n2023年4月16日\n"))
    assert values["customer"] == "甲北精工有限公司"


def test_a_debit_advice_names_its_account_holder_as_the_payer():
    values = _values(_read("某某银行（中国）有限公司\n借记通知DEBIT ADVICE\n账户名称Account Name 甲北精工有限公司\n"
                           "借记金额Debit Amount CNY 100,000.00\n收款人Beneficiary 乙南数控有限公司\n起息日Value Date 2023-12-10\n"))
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_contract_s_attachment_is_not_the_contract():
    doc = _read("技术协议\n（合同编号：FJ-2023-001之附件一）\n甲方：甲北精工有限公司 乙方：乙南数控有限公司\n"
                "1.系统架构：边缘层采集设备数据。\n2.本协议与合同具有同等法律效力，价格条款以合同为准。\n"
                "甲方（盖章）：甲北精工有限公司 乙方（盖章）：乙南数控有限公司\n")
    assert doc.doc_type == "other" and doc.kind_recognised
    contract = _read("技术服务合同\n合同编号：FJ-2023-001\n甲方：甲北精工有限公司\n乙方：乙南数控有限公司\n"
                     "双方经协商一致，签订本合同。合同总价人民币壹拾万元整（¥100,000.00）。本合同附件与本合同具有同等效力。\n")
    assert contract.doc_type == "contract"


def test_the_assessed_or_surveyed_firm_of_a_diagnosis_is_its_customer_under_any_party_noun():
    assessed = _read("丙东重工有限公司数据管理能力预评估报告\n受评企业 丙东重工有限公司\n评估机构 甲北精工有限公司\n"
                     "评估日期 2024年3月9日\n一、评估结果\n数据战略 2.1 受管理级\n二、主要问题\n主数据分散。\n"
                     "三、提升方案\n建立物料主数据标准。\n")
    assert assessed.doc_type == "diagnosis_report"
    assert _values(assessed)["customer"] == "丙东重工有限公司"
    surveyed = _read("丙东重工数字化现状调研及诊断意见\n被调研单位 丙东重工有限公司\n调研日期 2024年5月2日\n"
                     "设备联网率 5%\n专家诊断意见\n存在问题：工单进度不可视。\n建议：上线轻量化MES实现工单报工。\n")
    assert surveyed.doc_type == "diagnosis_report"
    assert _values(surveyed)["customer"] == "丙东重工有限公司"


def test_an_order_form_that_states_it_is_the_parties_whole_agreement_is_a_contract():
    doc = _read("平台服务订购单\nSERVICE ORDER订单编号：QX-2023-77B\n订购方 丙东重工有限公司\n"
                "服务提供方 甲北精工有限公司\n生效日期 2023年6月1日\n订购总价（含税） 360,000.00\n"
                "本订购单与《通用服务条款》一并构成双方完整协议，订购方应于生效后十日内付款。\n"
                "订购方（盖章）： 服务提供方（盖章）：\n日期：2023年6月1日 日期：2023年6月1日\n")
    assert doc.doc_type == "contract"
    values = _values(doc)
    assert values["contract_no"] == "QX-2023-77B"
    assert values["customer"] == "丙东重工有限公司" and values["amount_yuan"] == "360000.00"


def test_an_order_forms_own_number_labelled_order_number_is_its_contract_number():
    # 订购单号 heads a service order form; its monthly fees and service term are no number
    doc = _read("数据中心托管服务订购单\n订购单号： QD-2023-118\n订购方（甲方）： 丙东重工有限公司\n"
                "服务提供方（乙方）： 甲北精工有限公司\n服务项 规格 月费（元） 期数\n机柜托管 42U×2 8,000.00 12\n"
                "订购总价：人民币玖万陆仟元整（¥96,000.00）。服务期：2023年4月1日起12个月。\n签订日期： 2023年4月1日\n")
    assert doc.doc_type == "contract"
    assert _values(doc)["contract_no"] == "QD-2023-118"


def test_a_role_label_may_carry_a_note_before_its_party_noun():
    doc = _read("项目验收申请及审批表\n合同编号 QX-2023-015\n申请单位 甲北精工有限公司\n申请日期 2023年9月1日\n"
                "使用（验收）单位 丙东重工有限公司\n验收审批（使用单位填写）\n分管领导 验收合格 2023年9月8日\n"
                "验收结论：合格。验收日期：2023年9月8日\n")
    assert doc.doc_type == "acceptance_report"
    customer = doc.fields["customer"]
    # read by its own label, not only where the page layout happens to put it
    assert customer.value == "丙东重工有限公司" and "按版面位置对应标签" not in customer.checks


def test_the_party_replying_with_the_acceptance_opinion_is_the_customer():
    doc = _read("工作联系单\n发文单位 甲北精工有限公司 接收单位 丙东重工有限公司\n事由 关于提请项目验收的函\n"
                "内容：贵司委托我司实施的产线改造项目已完成调试，现提请贵司组织验收。\n"
                "回复意见：经我公司联合检查，项目满足合同要求，同意通过验收。\n"
                "回复单位：丙东重工有限公司\n回复日期：2023年11月2日\n")
    assert doc.doc_type == "acceptance_report"
    assert _values(doc)["customer"] == "丙东重工有限公司"


def test_an_exported_check_in_record_is_a_meeting_record():
    doc = _read("活动签到记录导出\n活动：2023年第三期数字化转型交流会 活动日期：2023-05-16\n"
                "# 签到时间 姓名 手机 单位\n1 09:00 王敏 138****0001 丙东重工有限公司\n"
                "2 09:05 李强 139****0002 甲北精工有限公司\n")
    assert doc.doc_type == "meeting_record"


def test_work_passed_on_from_a_project_one_has_taken_is_a_subcontract_and_its_parties_are_read():
    outsourcing = _read("技术服务外包协议\n协议编号：WB-2023-031\n发包方 甲北精工有限公司\n接包方 乙南数控有限公司\n"
                        "签署日 2023年7月3日\n发包方承接的产线数字化改造项目中，设备点位调试工作外包给接包方完成。"
                        "外包服务费总额为人民币壹拾万元整（￥100,000.00）。\n")
    assert outsourcing.doc_type == "subcontract"
    values = _values(outsourcing)
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert values["date"] == "2023-07-03"
    order = _read("分包工作任务单\n任务单号 RW-2023-007 下达日期 2023年8月1日\n"
                  "委派方（总包） 甲北精工有限公司 承接单位（分包） 乙南数控有限公司\n"
                  "工作内容 视觉检测站调试 计划完工 2023年10月30日\n"
                  "任务单价款 ￥75,000.00（柒万伍仟元整） 结算方式 完工验收后一次结清\n")
    values = _values(order)
    assert order.doc_type == "subcontract" and values["contract_no"] == "RW-2023-007"
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert values["date"] == "2023-08-01" and values["amount_yuan"] == "75000.00"


def test_a_panels_finding_of_acceptance_is_read_even_when_the_word_wraps():
    doc = _read("关于产线改造项目的验收意见\n甲北精工有限公司：\n贵公司承担的产线改造项目已按约定完成。我公司于2023年10月9日组织相关部门"
                "对项目进行了现场验收，经查验运行\n记录，验收小组认为：项目交付物齐全，系统运行稳定，验收合\n格。\n特此函告。\n"
                "丙东重工有限公司\n2023年10月9日\n")
    assert doc.doc_type == "acceptance_report"
    assert _values(doc)["result"] == "passed"
    assert doc.fields["result"].review_reason is None


def test_a_legal_form_is_sound_or_the_name_was_misread():
    from pipeline.extract.entities import broken_legal_form
    for sound in ("天津港务公司", "天津甲乙股份有限公司", "天津甲乙有限责任公司", "天津甲乙股份公司", "天津甲乙集团公司",
                  "天津甲乙有限公司天津分公司", "甲乙无限公司", "天津市甲乙研究院"):
        assert broken_legal_form(sound) is None, sound
    assert broken_legal_form("天美森品科行限公司") == "限公司"
    assert broken_legal_form("天建和品有责任公司") == "有责任公司"
    assert broken_legal_form("天津评管品有限任公司") == "有限任公司"


def test_a_preliminary_checks_failure_is_not_the_conclusion_its_re_check_is():
    doc = _read("项目验收报告\n一、验收过程\n甲北精工有限公司于2023年5月4日对乙南数控有限公司承建的项目进行了初次验收，"
                "初验结论为不通过，限期整改。\n承建方完成整改后，甲北精工有限公司于2023年6月1日组织复验。\n"
                "二、复验结论\n复验结论：验收合格，同意交付使用。\n")
    values = _values(doc)
    assert (values["result"], values["date"]) == ("passed", "2023-06-01")


def test_a_swift_remittance_is_a_payment_and_published_standards_or_plans_are_no_drafts():
    swift = _read("INWARD REMITTANCE ADVICE\n:20:REF20230601\n:32A:230601CNY150000,00\n:50K:/12345678\n丙东控股有限公司\n"
                  ":59:/87654321\n乙南数控有限公司\n:70:/RFB/HT-01 PAYMENT\n")
    assert swift.doc_type == "payment_proof"
    published = _read("企业标准信息公共服务平台\n企业名称 乙南数控有限公司\n标准编号 Q/12YN 001—2022\n"
                      "标准名称 设备联网通用技术要求\n公开时间 2022-09-14\n状态 现行有效\n")
    assert published.doc_type == "other"
    plan = _read("某某产业协会\n关于2023年第一批团体标准立项的公告\n同意以下团体标准项目立项，请各牵头单位按期提交征求意见稿。\n"
                 "序号 标准名称 牵头单位\n1 设备联网通用技术要求 乙南数控有限公司\n")
    assert plan.doc_type == "other"


def test_the_addressee_told_to_sign_with_the_chosen_supplier_is_the_buyer():
    approval = _read("丙东控股集团有限公司\n关于产线联网系统采购结果的批复\n甲北精工有限公司：\n"
                     "你公司《关于产线联网系统采购结果的请示》收悉。经审议，同意确定乙南数控有限公司为成交供应商，"
                     "成交金额为人民币1,000,000.00元。\n请你公司按照成交结果与成交供应商签订合同。\n"
                     "丙东控股集团有限公司\n2023年5月18日\n")
    assert _values(approval)["customer"] == "甲北精工有限公司"


def test_a_labelled_contract_number_cut_inside_its_digits_is_read_whole():
    doc = _read("用户使用报告\n乙南数控有限公司：\n我单位与贵公司于2024年3月1日签订《产线联网合同》（合同编号：AB-20\n"
                "24-0117）。我单位已组织项目验收，验收结论为合格。\n使用单位：甲北精工有限公司\n")
    assert _values(doc)["contract_no"] == "AB-2024-0117"
    # a table's last cell of digits is not continued by the next row's figures
    table = normalize_page(_read("序号 项目 数量\n1 传感器 20\n24-08 批次\n").pages[0])
    assert "20\n24-08" in table.text


def test_the_buyer_accepts_and_the_seller_delivers_whatever_the_paper_is():
    values = _values(_read("验收确认书\n合同编号 AB-2023-0001\n买方 甲北精工有限公司\n卖方 乙南数控有限公司\n"
                           "验收日期 2023/06/12\n验收结果：合格\n"))
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_figure_wrapped_at_its_thousands_separator_and_a_name_after_two_verbs():
    query = _read("查询查复书\n汇款人全称 甲北精工有限公司 收款人全称 乙南数控有限公司\n"
                  "原汇款金额 贰佰柒拾万元整 ¥2,700\n,000.00\n查复内容 经查，该笔款项已于2023年3月5日解付入收款人账户。\n")
    assert _values(query)["amount_yuan"] == "2700000.00"
    from pipeline.extract.entities import find_organizations
    names = [e.text for e in find_organizations("二、同意确定天津乙南数控有限公司为成交供应商。")]
    assert names == ["天津乙南数控有限公司"]


def test_an_acceptance_is_dated_by_its_organising_sentence_however_long_the_list_of_departments():
    doc = _read("甲北精工有限公司\n关于产线联网系统验收情况的报告\n丙东控股集团有限公司：\n"
                "我公司于2023年7月18日组织生产部、设备部、信息中心及财务部组成验收小组，对项目进行了全面检查，"
                "同意通过验收。\n特此报告。\n甲北精工有限公司\n2023年7月21日\n")
    assert _values(doc)["date"] == "2023-07-18"


def test_a_bilingual_title_is_a_title_and_a_memo_number_stops_where_english_words_begin():
    advice = _read("汇入汇款通知/INWARD REMITTANCE ADVICE (MT103)\n汇款人Ordering Customer 丙东控股有限公司\n"
                   "收款人Beneficiary 乙南数控有限公司\n金额Amount CNY 1,820,000.00\n"
                   "附言Remittance Info AB-2023-0117PAYMENTFOREQUIPMENT\n")
    assert advice.doc_type == "payment_proof"
    assert _values(advice)["contract_no"] == "AB-2023-0117"


def test_a_digital_currency_wallet_names_the_payer_and_payee_by_wallet():
    values = _values(_read("数字人民币对公钱包转账交易凭证\n"
                           "付款钱包名称 甲北精工有限公司 收款钱包名称 乙南数控有限公司\n"
                           "付款钱包ID 0099112233445566 收款钱包ID 0099665544332211\n"
                           "交易金额 ¥12,000.00 交易时间 2023-04-02 10:00:00 交易状态 交易成功\n"))
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_swift_advice_names_its_parties_date_and_reference_by_tag():
    text = ("Sample Harbour Bank (China) Co., Ltd. Tianjin Branch 某某银行（中国）有限公司天津分行\n"
            "OUTWARD REMITTANCE - CUSTOMER ADVICE 汇出汇款客户通知\n"
            ";20;REF0099\n:32A;230514CNY86000,00\n:50K:/991122334455667788\nORDERING CUSTOMER\n丙东控股有限公司\n"
            ":52A:SAMPCNBJ\n:59:/123456789012\nYinan CNC Co., Ltd.\n乙南数控有限公司\n:70:GX-2023-117合同款\n:71A:SHA\n"
            "字段说明 Field notes:\n:50K:汇款人 Ordering customer\n:59:收款人 Beneficiary\n"
            "Charges 手续费: CNY 25.00\n")
    doc = _read(text, method="ocr:tesseract")
    values = _values(doc)
    assert doc.doc_type == "payment_proof"
    assert (values["payer"], values["payee"]) == ("丙东控股有限公司", "乙南数控有限公司")
    assert (values["date"], values["contract_no"]) == ("2023-05-14", "GX-2023-117")
    assert "payer_uscc" not in values      # the account after :50K:/ is no credit code
    assert values["amount_yuan"] == "86000.00"     # :32A:'s amount, not the 手续费
    dated = _values(_read(text.replace("Charges", "Value Date 起息日: 15 MAY 2023\nCharges")))
    assert dated["date"] == "2023-05-15"


def test_an_english_gloss_beside_a_title_keeps_it_a_title():
    doc = _read("OUTWARD REMITTANCE - CUSTOMER ADVICE 汇出汇款客户通知\n汇款人 甲北精工有限公司\n"
                "收款人 乙南数控有限公司\n金额 CNY 8,000.00\n")
    assert doc.doc_type == "payment_proof"


def test_english_month_dates_are_read_and_words_that_start_like_months_are_not():
    from pipeline.parsing.dates import find_dates
    found = [str(d.value) for d in find_dates("Value Date 09 OCT 2023, paid 3 Sept 2023, due March 2, 2024; 14 0CT2023")]
    assert found == ["2023-10-09", "2023-09-03", "2024-03-02", "2023-10-14"]
    assert find_dates("Mayor 3, 2024 and 3 Mayor 2024 and 30 FEB 2024") == []


def test_a_bank_drafts_applicant_pays():
    draft = _read("银行汇票（解讫通知）\n出票日期（大写）：贰零贰叁年柒月贰拾壹日\n收款人 乙南数控有限公司 账号 1234567890\n"
                  "实际结算金额 人民币（大写）叁拾万元整 ¥ 300,000.00\n申请人 甲北精工有限公司 账号 9876543210\n"
                  "此联代理付款行付款后作联行往账借方凭证附件\n")
    values = _values(draft)
    assert (draft.doc_type, values.get("payer"), values.get("payee")) == ("payment_proof", "甲北精工有限公司", "乙南数控有限公司")


def test_subcontract_roles_come_from_the_role_word_not_the_order_word():
    # 承包人 inside 总承包人 is the main contractor; a 甲/乙 word in the bracket is only a note
    doc = _read("设备安装工程分包合同\n合同编号：QX-2022-015\n总承包人（甲方）：甲北精工有限公司\n"
                "分包人（乙方）：乙南数控有限公司\n乙方地址：天津市河西区某路1号 统一社会信用代码：91120104MA05K8XN6T\n"
                "甲方将其中电气安装工作分包给乙方。\n合计 ¥80,000.00\n日期：2022.05.06\n")
    values = _values(doc)
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert "customer_uscc" not in values
    reversed_ = _values(_read("分包协议\n协议编号：QX-2022-016\n甲方（分包人）：乙南数控有限公司\n"
                              "乙方（总承包人）：甲北精工有限公司\n丙方（发包人）：丙东重工有限公司\n"
                              "乙方将其中安装工作分包给甲方。\n分包价款 ¥80,000.00\n"
                              "甲方（盖章） 乙方（盖章） 丙方（盖章）\n乙南数控有限公司 甲北精工有限公司 丙东重工有限公司\n"
                              "签订日期：2022年5月6日\n"))
    assert (reversed_["customer"], reversed_["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_sales_confirmation_is_a_contract_with_the_buyer_as_customer():
    # the seller prints it on its own letterhead; its acceptance clause and 预付款 make it no
    # acceptance report, and a delivery deadline (…日前运抵) is not the day it was signed
    doc = _read("乙南数控有限公司\n销售确认书\nSALES CONFIRMATION\n卖方The Seller： 确认书编号S/C No.：QX-2021-330\n"
                "乙南数控有限公司\n买方The Buyer：\n甲北精工有限公司\n"
                "经买卖双方确认，卖方同意出售、买方同意购买下列货物，并按下列条款成交：\n"
                "1 数控机床 2 45,000.00 90,000.00\n合计TOTAL 90,000.00\n"
                "1.交货期限：2021年7月1日前运抵买方指定地点。\n"
                "2.付款条件：确认书签署后买方支付30%预付款，即27,000.00元；验收合格后支付余款。\n"
                "3.验收：以买方组织的最终验收结论为准。\n卖方签章 买方签章\n2021年6月2日\n")
    values = _values(doc)
    assert doc.doc_type == "contract"
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert values["amount_yuan"] == "90000.00" and values["date"] == "2021-06-02"


def test_an_e_mall_contract_page_is_a_contract_even_without_its_title():
    # a scan may lose the heading; the page still states it is a contract signed on the platform
    doc = _read("合同要素 内容 合同要素 内容\n采购单位 甲北精工有限公司 供应商 乙南数控有限公司\n"
                "订单来源 商城直购 订单号 88776655\n合同签订时间 2021-06-02 10:11:12\n订单总额：¥90,000.00\n"
                "1. 采购单位在平台确认收货并完成验收后支付货款。\n"
                "2. 本合同经双方在平台以CA数字证书签章后生效，与纸质合同具有同等法律效力。\n")
    values = _values(doc)
    assert doc.doc_type == "contract"
    assert values["customer"] == "甲北精工有限公司" and values["amount_yuan"] == "90000.00"


def test_an_unticked_option_of_a_result_row_is_no_decision():
    # the conclusion is stated in prose and ticked; the empty-boxed options below it are only printed
    text = ("系统联调及验收记录表\n序号 测试内容 指标要求 实测结果 判定\n1 数据采集接入率 ≥95% 97.2% 合格\n"
            "二、验收结论\n经使用单位组织联合测试，各项指标均满足要求，同意该系统通过验收。\n"
            "☑通过验收 □整改后复验 □不予通过\n部门 签字 日期\n")
    assert _values(_read(text))["result"] == "passed"
    ocr = _read(text.replace("☑", "因").replace(" □", "“口"), method="ocr:tesseract")
    assert _values(ocr)["result"] == "passed"


def test_papers_that_mention_an_event_without_being_its_evidence_are_other():
    # a venue's bill names the meeting and its day; a receiving note says 验收 and disclaims it
    bill = _read("某某大饭店会议场地租赁结算单\n客户单位 乙南数控有限公司\n活动名称 数控技术经验交流会（第2场）\n"
                 "使用日期 2021-04-09\n费用明细 场地费 3,000.00；茶歇 30人×40.00=1,200.00\n合计 4,200.00\n")
    assert bill.doc_type == "other"
    note = _read("甲北精工有限公司物资到货验收单\n供货单位：乙南数控有限公司 到货日期：2021.03.02\n"
                 "采购合同号：QX-2021-330\n物料名称 数量 外观检查 数量核对\n数控机床 2 完好 相符\n"
                 "说明：本单仅确认货物数量及外观，不作为项目最终验收依据\n仓库保管员：某某\n")
    assert note.doc_type == "other"


def test_a_diagnosis_experts_site_visit_is_no_acceptance_panel():
    from pipeline.extract.classify import classify_text
    found = classify_text("管理体系差距分析报告\n企业名称 甲北精工有限公司\n诊断专家 某某、某某\n一、依据与方法\n"
                          "依据相关标准，采用文件审查、现场访谈的方式逐项评价。\n二、主要问题\n系统之间数据不通。\n"
                          "三、建议\n1.建设主数据平台。\n")
    assert found.doc_type == "diagnosis_report" and found.scores["acceptance_report"] == 0


def test_a_contract_number_wrapped_at_the_line_end_is_read_whole():
    doc = _read("用户使用报告\n乙南数控有限公司：\n我单位与贵公司于2021年3月1日签订《数控改造合同》（合同编号：QX-20\n"
                "21-0412）。系统上线后运行稳定。\n我单位已于二〇二一年九月一日组织项目验收，验收结论为合格。\n"
                "使用单位：甲北精工有限公司\n二〇二一年九月一日\n")
    assert _values(doc)["contract_no"] == "QX-2021-0412"
    whole = _read("技术服务合同\n合同编号：QX-2021-0412\n2021年3月1日\n甲方：甲北精工有限公司\n乙方：乙南数控有限公司\n")
    assert _values(whole)["contract_no"] == "QX-2021-0412"      # a whole number takes nothing from the next line


def test_a_confirmations_own_number_is_its_contract_number():
    doc = _read("乙南数控有限公司\n销售确认书\nSALESCONFIRMATION\n卖方TheSeller: 确认书编号S/CNO.：QX-2021-330\n"
                "乙南数控有限公司 日期Date:2021-06-02\n买方TheBuyer:\n甲北精工有限公司\n"
                "经买卖双方确认，卖方同意出售、买方同意购买下列货物。\n合计TOTAL 90,000.00\n", method="ocr:rapidocr")
    assert _values(doc)["contract_no"] == "QX-2021-330"


def test_an_address_under_a_bilingual_label_belongs_to_that_party():
    values = _values(_read("乙南数控有限公司\n销售确认书\nSALES CONFIRMATION\n卖方The Seller： 确认书编号S/C No.：QX-2021-330\n"
                           "乙南数控有限公司 日期Date：2021-06-02\n买方The Buyer：\n甲北精工有限公司\n"
                           "地址Address：天津市河西区某路9号\n经买卖双方确认，卖方同意出售、买方同意购买下列货物。\n"))
    assert values.get("customer_address") == "天津市河西区某路9号" and "supplier_address" not in values


def test_an_english_title_keeps_the_spaces_between_its_words():
    from pipeline.extract.classify import title_lines
    assert title_lines("合 同 书\nPayment Receipt 付款回单\n") == ["合同书", "Payment Receipt付款回单"]
    receipt = _read("Payment Receipt\nPayer 丙东重工有限公司\nPayee 乙南数控有限公司\nAmount CNY 120,000.00\n")
    assert receipt.doc_type == "payment_proof"


def test_a_cashiers_cheque_copy_is_a_payment_whose_applicant_pays():
    doc = _read("某某银行本票\n本票号码12345678\n出票日期（大写） 贰零贰贰年零伍月零捌日\n"
                "收款人 乙南数控有限公司 申请人 甲北精工有限公司\n"
                "凭票即付人民币（大写） 壹万贰仟元整 小写 ¥12,000.00\n出票行签章\n")
    assert doc.doc_type == "payment_proof"
    values = _values(doc)
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert str(values["date"]) == "2022-05-08"


def test_a_transfer_credit_slip_is_a_payment():
    doc = _read("某某银行特种转账贷方传票\n2022年5月8日 传票编号1234\n"
                "全称 乙南数控有限公司 全称 甲北精工有限公司\n"
                "金额 人民币（大写） 壹万贰仟元整 小写 ¥12,000.00\n会计 复核 记账\n")
    assert doc.doc_type == "payment_proof"


def test_a_contract_number_the_contract_is_to_bear_is_its_number():
    doc = _read("采购意向书\n致：乙南数控有限公司\n经我司对贵司提交的方案及报价进行评审，我司决定选定贵司作为“产线改造项目”的供应商。意向采购金额为"
                "人民币12,000.00元，正式合同编号拟定\n为AB-2022-77，具体以正式合同为准。\n"
                "采购方：甲北精工有限公司\n日期：2022年5月8日\n")
    assert _values(doc)["contract_no"] == "AB-2022-77"


def test_a_transfer_reason_names_the_contract_paid():
    doc = _read("某某银行电子回单\n付款人 甲北精工有限公司 收款人 乙南数控有限公司\n"
                "金额 ¥12,000.00 交易日期 2022-05-08\n转账原因 AB-2022-77尾款\n")
    assert _values(doc)["contract_no"] == "AB-2022-77"


def test_an_ocr_figure_beside_an_unread_uppercase_cell_needs_review():
    text = ("某某银行电子回单\n付款人 甲北精工有限公司 收款人 乙南数控有限公司\n"
            "交易日期 2022-05-08\n金额 人民币（大写） 童抽叠装画检 小写 ¥12,000.00\n")
    amount = _read(text, method="ocr:rapidocr").fields["amount_yuan"]
    assert amount.value == 12000 and amount.needs_review
    # a text layer's lone 小写 figure stands
    assert not _read(text).fields["amount_yuan"].needs_review


def test_an_unread_uppercase_cell_on_the_line_above_the_figure_makes_it_a_question_two_lines_up_not():
    head = "某某银行电子回单\n付款人 甲北精工有限公司 收款人 乙南数控有限公司\n交易日期 2022-05-08\n"
    above = _read(head + "金额（大写） 童抽叠装画检\n金额（小写） ¥12,000.00\n", method="ocr:rapidocr")
    assert above.fields["amount_yuan"].needs_review
    # a 大写 cell two lines up labels another row, not this figure
    apart = _read(head + "金额（大写） 童抽叠装画检\n附言 货款\n金额（小写） ¥12,000.00\n", method="ocr:rapidocr")
    assert not apart.fields["amount_yuan"].needs_review


def test_a_preliminary_checks_date_is_not_the_acceptance_date():
    doc = _read("项目验收报告\n项目名称 产线改造项目 合同号 AB-2022-77\n"
                "使用单位 甲北精工有限公司 供货单位 乙南数控有限公司\n"
                "合同总价 ¥12,000.00 验收 2022-06-30\n"
                "初验情况 2022年5月8日初验，提出整改意见，初验未通过\n验收结论 合格\n")
    assert _values(doc)["date"] == "2022-06-30"


def test_an_ocr_receipts_garbled_row_labels_still_name_payer_and_payee():
    doc = _read("某某银行网上银行电子回单\n交易日期 20220508\n付载班户名 甲北精工有限公司\n付款账号 1234567890\n"
                "收教量户名 乙南数控有限公司\n收款账号 9876543210\n交易金额 CNY 12,000.00\n", method="ocr:rapidocr")
    values = _values(doc)
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_figure_wrapped_after_its_thousands_separator_is_read_whole():
    doc = _read("技术服务合同\n合同编号：AB-2022-77\n委托方：甲北精工有限公司\n受托方：乙南数控有限公司\n"
                "服务费总额为人民币壹佰贰拾万零伍佰元整（小写：1,\n200,500.00元），分两期支付。\n"
                "签订日期：2022年5月8日\n")
    assert _values(doc)["amount_yuan"] == "1200500.00"


def test_a_bracketed_side_after_a_term_the_vocabulary_does_not_know_is_the_label():
    """用能单位（甲方）: the bracket is the only label on the line; a signature line below (甲方（盖章）)
    must not replace the name it gives."""
    values = _values(_read("项目合同\n合同编号 AB-2022-0101\n用能单位（甲方） 甲北精工有限公司\n"
                           "节能服务公司（乙方） 乙南数控有限公司\n签订日期 2022-05-27\n"
                           "合同总价为人民币1,000,000.00元。\n甲方（盖章）：北精有限公司 乙方（盖章）：南数有限公司\n"))
    assert (values["customer"], values["supplier"]) == ("甲北精工有限公司", "乙南数控有限公司")


def test_a_compact_or_seal_crossed_date_after_its_label_is_read_when_it_is_a_day():
    head = "某某银行电子回单\n付款人 甲北精工有限公司 收款人 乙南数控有限公司\n金额 ¥12,000.00\n"
    compact = _read(head + "交易日期：20240226 流水号 88123\n").fields["date"]
    assert (str(compact.value), compact.provenance.text) == ("2024-02-26", "20240226")
    # no such day: the label gives nothing, the date under the signatures stands
    assert _values(_read(head + "交易日期 20230230 流水号 88123\n2024年3月1日\n"))["date"] == "2024-03-01"
    # a seal's characters between the date's in a text layer are left out, and that is said
    stamped = _read(head + "交易日期 2024年2合月同26专日用章\n").fields["date"]
    assert str(stamped.value) == "2024-02-26" and "日期中夹有印章文字，已略去" in stamped.checks
    assert "date" not in _read(head + "交易日期 2024年2合月同30专日用章\n").fields
    # OCR's stray characters are no seal the text layer printed: not read so
    assert "date" not in _read(head + "交易日期 2024年2合月同26专日用章\n", method="ocr:rapidocr").fields


def test_a_date_under_its_label_in_the_same_column_is_the_labelled_date():
    head = "项目验收报告\n使用单位 甲北精工有限公司 供货单位 乙南数控有限公司\n验收结论：合格\n"
    tail = "说明\n2023年7月2日\n"     # a later date under the signatures
    under = _read(head + "项目负责人          验收日期\n张三                2023年6月30日\n" + tail)
    assert _values(under)["date"] == "2023-06-30"
    # the date below another column's header is not this label's
    aside = _read(head + "验收日期          项目负责人\n张三              2023年6月30日\n" + tail)
    assert _values(aside)["date"] == "2023-07-02"


def test_a_treasury_system_s_payment_instruction_is_dated_when_the_bank_processed_it_not_when_drafted():
    receipt = _values(_read("财务共享平台付款指令回执\n付款单位 丙东重工有限公司 收款单位 乙南数控有限公司\n"
                            "指令金额 456,789.00 币种 人民币\n制单日期 2024-03-04 银行处理时间 2024-03-06 10:21:05\n"
                            "指令状态 银行处理成功\n"))
    assert receipt["date"] == "2024-03-06"
