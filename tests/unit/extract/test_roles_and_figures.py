"""What a document states about roles and figures, in general form (texts written for these
tests; no first-contact set's documents or values are copied here)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pipeline.extract.entities import find_organizations
from pipeline.extract.fields import classify_document, extract_fields
from helpers.textdocs import document_from_text


def _extract(text, **kw):
    doc = document_from_text(text, **kw)
    classify_document(doc)
    extract_fields(doc)
    return doc


SERVICE_AGREEMENT = """设备运维服务协议
协议编号：YW-2023-0042
本协议由天津市北洋精密轴承有限公司（以下简称“委托方”）与天津云帆数智科技有限公司
（以下简称“服务方”）于二〇二三年四月十日在天津市签订。
一、服务费用：本协议项下服务费用总额为人民币壹佰贰拾万元整。
二、服务方应于签约后五日内向委托方缴纳人民币叁万元整的履约保证金。
委托方（盖章）：                      服务方（盖章）：
"""


def test_roles_come_from_their_definitions_not_from_the_words_after_them():
    doc = _extract(SERVICE_AGREEMENT)
    assert doc.doc_type == "contract"
    assert doc.value("customer") == "天津市北洋精密轴承有限公司"
    assert doc.value("supplier") == "天津云帆数智科技有限公司"
    assert any("定义条款" in c for c in doc.fields["customer"].checks)


def test_a_service_fee_total_is_the_price_and_a_deposit_after_its_figure_is_not():
    doc = _extract(SERVICE_AGREEMENT)
    assert doc.value("amount_yuan") == Decimal("1200000")
    assert doc.value("date") == date(2023, 4, 10)


def test_only_a_deposit_gives_no_price_rather_than_the_deposit():
    text = SERVICE_AGREEMENT.replace("一、服务费用：本协议项下服务费用总额为人民币壹佰贰拾万元整。\n", "")
    assert _extract(text).value("amount_yuan") is None


def test_a_name_never_opens_with_a_closing_bracket_or_a_connective():
    names = [o.text for o in find_organizations("（以下简称“甲方”）与天津海晟电气有限公司签订")]
    assert names == ["天津海晟电气有限公司"]
    assert [o.text for o in find_organizations("本合同由天津海晟电气有限公司负责")] == ["天津海晟电气有限公司"]
    assert [o.text for o in find_organizations("和顺物流有限公司")] == ["和顺物流有限公司"]


COUNTERSIGN_SHEET = """天津滨河化工新材料有限公司
项目验收会签表
项目名称 装置区安全监测系统
合同编号 HX-2023-0311 合同金额 ¥1,860,000.00
实施单位 天津云帆数智科技有限公司
验收日期 2023-06-20 验收结论 合格
会签部门 意见 签字 日期
生产部 运行稳定，同意。 2023.6.12
信息中心 接口符合要求。 2023.6.15
财务部 已核对。 2023.6.18
"""


def test_a_department_row_at_the_foot_is_no_issuer_the_letterhead_is():
    doc = _extract(COUNTERSIGN_SHEET)
    assert doc.doc_type == "acceptance_report"
    assert doc.value("customer") == "天津滨河化工新材料有限公司"
    assert doc.value("date") == date(2023, 6, 20)


APPROVAL_FORM = """天津滨河化工新材料有限公司
单一来源采购审批表
申请部门 设备部 申请日期 2023/05/02
预算金额 ¥2,000,000.00 拟采购供应商 天津云帆数智科技有限公司
经谈判，最终确定采购价格为¥1,880,000.00元（大写：壹佰捌拾捌万元整），较预算节约120,000.00元。
审批环节 意见 签字 日期
部门负责人 同意 2023/05/05
总经理 同意 2023/05/09
审批完成日期：2023年5月9日
"""


def test_a_budget_and_a_saving_are_not_the_price_and_the_application_date_is_not_the_decision():
    doc = _extract(APPROVAL_FORM)
    assert doc.doc_type == "procurement_proof"
    assert doc.value("amount_yuan") == Decimal("1880000.00")
    assert doc.value("date") == date(2023, 5, 9)


def test_a_label_states_the_unit_of_a_bare_figure():
    text = """中选通知书
项目编号 CG-2023-118
采购单位 天津滨河化工新材料有限公司
中选人 天津云帆数智科技有限公司
中选金额（万元） 356.4
发出时间 2023-03-02 10:11:12
"""
    doc = _extract(text)
    assert doc.value("amount_yuan") == Decimal("3564000")
    assert doc.value("date") == date(2023, 3, 2)


def test_other_bidders_prices_and_a_procedure_number_are_not_the_notice_s():
    text = """天津滨河化工新材料有限公司
询比价结果通知函
天津云帆数智科技有限公司：
贵公司参与的询比价采购（询价单号：XB20230077）已完成评审，确定贵公司为成交单位，
成交价格为人民币玖拾陆万元整（含税）。
其他报价单位最终报价分别为人民币1,020,000.00元、998,000.00元。
天津滨河化工新材料有限公司
2023/04/11
"""
    doc = _extract(text)
    assert doc.doc_type == "procurement_proof"
    assert doc.value("amount_yuan") == Decimal("960000")
    assert doc.value("contract_no") is None
    assert doc.value("project_no") == "XB20230077"


AMENDMENT = """补充协议
甲方：天津滨河化工新材料有限公司
乙方：天津云帆数智科技有限公司
鉴于甲乙双方于2023年1月5日签订了《监测系统采购合同》（合同编号：HX-2023-0007），原合同总金额为人民币
壹佰万元整（¥1,000,000.00）。经协商，乙方增加一套分析软件，增加金额为人民币
200,000.00元。
变更后合同总金额调整为人民币壹佰贰拾万元整（¥1,200,000.00）。
甲方（盖章）：              乙方（盖章）：
日期：2023/03/01            日期：2023/03/01
"""


def test_an_amendment_states_its_new_total_and_its_own_date():
    doc = _extract(AMENDMENT)
    assert doc.value("amount_yuan") == Decimal("1200000.00")
    assert doc.value("date") == date(2023, 3, 1)


def test_an_unchanged_total_stays_the_price():
    text = AMENDMENT.replace("变更后合同总金额调整为人民币壹佰贰拾万元整（¥1,200,000.00）。\n", "") \
        .replace("经协商，乙方增加一套分析软件，增加金额为人民币\n200,000.00元。", "交货期顺延三十日，原合同总价款不变，仍为人民币壹佰万元整（¥1,000,000.00）。")
    assert _extract(text).value("amount_yuan") == Decimal("1000000.00")


def test_a_garbled_or_wrapped_uppercase_figure_is_partial():
    text = """设备采购合同
合同编号：SB-2023-019
甲方：天津滨河化工新材料有限公司
乙方：天津云帆数智科技有限公司
合同总价为人民币索什陆佰贰拾万或什伍佰元整，含13%增值税。
签订日期：2023年2月3日
"""
    assert _extract(text).value("amount_yuan") is None


def test_english_price_label_and_bond():
    text = """EQUIPMENT SUPPLY CONTRACT 设备供货合同
Contract No. 合同号: EX-2023-55
The Buyer 买方：天津滨河化工新材料有限公司
The Seller 卖方：天津云帆数智科技有限公司
The total Contract Price is RMB 3,300,000.00, inclusive of VAT.
The Seller shall furnish a performance bond of RMB 330,000.00.
签订日期：2023年7月1日
"""
    assert _extract(text).value("amount_yuan") == Decimal("3300000.00")


def test_a_statement_of_account_names_the_writer_as_payee():
    text = """往来款项对账确认函
致：天津滨河化工新材料有限公司
本公司与贵公司就合同往来款项进行核对，根据本公司账簿记录，贵公司已付金额如下：
合同编号 合同金额（元） 贵公司已付金额（元） 付款日期
HX-2023-0311 1,860,000.00 1,860,000.00 2023/08/01
天津云帆数智科技有限公司（公章）
2023年8月20日
"""
    doc = _extract(text)
    assert doc.doc_type == "payment_proof"
    assert doc.value("payer") == "天津滨河化工新材料有限公司"
    assert doc.value("payee") == "天津云帆数智科技有限公司"


def test_a_payment_request_is_paid_by_the_company_whose_form_it_is():
    text = """天津滨河化工新材料有限公司
付款申请单
申请日期：2023.8.2 单号：FK20230802
收款单位 天津云帆数智科技有限公司
开户银行 中国银行天津河西支行
付款事由 支付合同HX-2023-0311尾款
本次付款金额（大写）人民币壹拾捌万陆仟元整（小写）¥186,000.00
"""
    doc = _extract(text)
    assert doc.value("payer") == "天津滨河化工新材料有限公司"
    assert doc.value("payee") == "天津云帆数智科技有限公司"


def _statement(rows: list[tuple[str, str, str, str, str, str]], below: str = "") -> str:
    """A statement of account laid out in columns (the test grid puts one character per column)."""
    def line(cells):
        widths = (12, 8, 14, 14, 14, 18, 18)
        return "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    head = ["中国银行单位账户交易明细", "账户名称 天津云帆数智科技有限公司 账号 100200300400",
            line(("交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "附言"))]
    return "\n".join(head + [line(r) for r in rows]) + ("\n" + below if below else "")


def test_a_statement_of_account_is_read_as_the_row_that_cites_a_contract():
    text = _statement([
        ("2024-05-02", "服务费", "12,000.00", "", "500,000.00", "天津融通信息服务有限公司", ""),
        ("2024-05-06", "往来款", "", "30,000.00", "530,000.00", "天津华拓精工机械有限公司", ""),
        ("2024-05-09", "转账收入", "", "880,000.00", "1,410,000.00", "天津滨河化工新材料有限公司", "HX-2024-0311"),
    ])
    doc = _extract(text)
    assert doc.doc_type == "payment_proof"
    assert doc.value("date") == date(2024, 5, 9)
    assert doc.value("amount_yuan") == Decimal("880000.00")
    assert doc.value("payer") == "天津滨河化工新材料有限公司"
    assert doc.value("payee") == "天津云帆数智科技有限公司"
    assert doc.value("contract_no") == "HX-2024-0311"
    assert any("交易明细" in c for c in doc.fields["payer"].checks)


def test_without_a_citation_the_only_incoming_row_is_the_payment_and_an_outgoing_one_is_not():
    text = _statement([
        ("2024-05-02", "服务费", "12,000.00", "", "500,000.00", "天津融通信息服务有限公司", ""),
        ("2024-05-09", "转账", "", "880,000.00", "1,380,000.00", "天津滨河化工新材料有限公司", ""),
    ])
    doc = _extract(text)
    assert doc.value("amount_yuan") == Decimal("880000.00")
    assert doc.value("payer") == "天津滨河化工新材料有限公司"


def test_a_statement_with_two_incoming_rows_and_no_citation_names_no_payment_row():
    text = _statement([
        ("2024-05-06", "往来款", "", "30,000.00", "530,000.00", "天津华拓精工机械有限公司", ""),
        ("2024-05-09", "转账", "", "880,000.00", "1,410,000.00", "天津滨河化工新材料有限公司", ""),
    ])
    doc = _extract(text)
    assert not any("交易明细" in c for item in doc.fields.values() for c in item.checks)


def test_the_most_specific_title_names_the_kind_and_a_part_heading_does_not():
    text = """专业分包合同
第一部分 协议书
承包人（总承包单位）：天津云帆数智科技有限公司
分包人（分包单位）：天津海晟电气有限公司
鉴于天津滨河化工新材料有限公司（以下称为“发包人”）与承包人已经签订总承包合同，双方订立本合同。
合同编号 YF-FB-2024-02
分包合同价款：人民币叁拾万元整（¥300,000.00）
签订日期：2024年4月2日
"""
    doc = _extract(text)
    assert doc.doc_type == "subcontract"
    # the 发包人 defined in a recital is a party of the main contract, not of this one
    assert doc.value("customer") == "天津云帆数智科技有限公司"
    assert doc.value("supplier") == "天津海晟电气有限公司"


def test_a_form_row_label_beside_its_content_finds_the_solution_and_an_empty_row_does_not():
    from pipeline.extract.fields import find_solution
    form = """智能制造免费诊断现场诊断记录表
受诊断单位 天津海晟电气有限公司
诊断日期 2024年6月3日
主营电气成套，设备未联网，报工靠纸质单据。
存在问题
1.关键设备加装采集网关，建立OEE看板；2.上线轻量化MES，实现工单报工电子化。
改造建议
企业确认（签字/盖章）
"""
    doc = _extract(form)
    assert doc.doc_type == "diagnosis_report"
    assert find_solution(doc).value == "改造建议"
    empty = form.replace("1.关键设备加装采集网关，建立OEE看板；2.上线轻量化MES，实现工单报工电子化。\n", "")
    assert find_solution(_extract(empty)) is None


def test_a_role_note_decides_over_the_order_of_甲_and_乙():
    text = """设备安装合作合同
合同编号：HZ-2024-07
甲方（承包方）：天津海晟电气有限公司
乙方（发包方）：天津云帆数智科技有限公司
本合同价款为人民币叁拾万元整（¥300,000.00）。
签约日期：2024年3月1日
"""
    doc = _extract(text)
    assert doc.value("customer") == "天津云帆数智科技有限公司"
    assert doc.value("supplier") == "天津海晟电气有限公司"
