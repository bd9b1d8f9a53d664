"""Who receives a service is the customer, who provides it the supplier, whatever pair of words a
paper uses (服务接受方 / 服务提供方); a contract is dated when it was signed, not by the term it
states (服务期自…起至…止, 有效期至…) nor by a planned date (计划完成日期)."""

from __future__ import annotations

from helpers.textdocs import read_text_document

CUSTOMER = "天津示例食品加工有限公司"
SUPPLIER = "天津另一数字科技有限公司"


def test_the_side_receiving_the_service_is_the_customer_of_an_acceptance():
    doc = read_text_document(
        "服务成果确认及验收单\n项目名称：某某车间能耗监测项目\n"
        f"服务接受方：{CUSTOMER}\n服务提供方：{SUPPLIER}\n合同编号：AB-2022-0101\n"
        "验收意见：√同意验收 □不同意验收\n"
        f"服务接受方（盖章）：{CUSTOMER}\n确认日期：2022年8月3日")
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["customer"].value == CUSTOMER
    assert doc.fields["supplier"].value == SUPPLIER


def test_the_end_of_a_contracts_term_is_not_its_date():
    doc = read_text_document(
        "技术服务合同\n合同编号：AB-2022-0202\n"
        f"甲方：{CUSTOMER}\n乙方：{SUPPLIER}\n"
        "一、合同金额：人民币伍拾万元整（￥500,000.00）。\n"
        "甲方（盖章） 乙方（盖章）\n2022年3月8日\n"
        "二、本合同有效期至2025年3月7日。")
    assert doc.doc_type == "contract"
    assert doc.fields["date"].value.isoformat() == "2022-03-08"


def test_a_contract_stating_only_its_term_leaves_its_date_to_review():
    doc = read_text_document(
        "技术服务合同\n合同编号：AB-2022-0303\n"
        f"甲方：{CUSTOMER}\n乙方：{SUPPLIER}\n"
        "一、合同金额：人民币伍拾万元整（￥500,000.00）。\n"
        "二、服务期限：自2022年4月1日起至2026年3月31日止。\n"
        "甲方（盖章） 乙方（盖章）")
    date = doc.fields.get("date")
    assert date is None or date.needs_review


def test_a_planned_date_is_not_the_contracts_date():
    doc = read_text_document(
        "工程承包合同\n合同编号：AB-2022-0404\n"
        f"发包人：{CUSTOMER}\n承包人：{SUPPLIER}\n"
        "合同价款：人民币捌拾万元整（￥800,000.00）。\n"
        "发包人（盖章） 承包人（盖章）\n2022年5月6日\n"
        "工期：计划完成日期2022年9月30日。")
    assert doc.fields["date"].value.isoformat() == "2022-05-06"


def test_a_bare_date_under_the_seals_is_when_the_contract_was_signed():
    doc = read_text_document(
        "设备供货合同\n合同编号：AB-2022-0505\n"
        f"甲方：{CUSTOMER}\n乙方：{SUPPLIER}\n"
        "合同总价：人民币叁拾万元整（￥300,000.00）。\n"
        "交货日期：2022年12月20日\n"
        f"甲方（盖章）：{CUSTOMER}\n乙方（盖章）：{SUPPLIER}\n日期：2022年6月15日\n"
        "附件一：技术要求（2022年5月30日版）")
    assert doc.fields["date"].value.isoformat() == "2022-06-15"


def test_a_signing_date_whose_separators_were_misread_is_still_read():
    doc = read_text_document(
        "技术服务合同\n合同编号：AB-2022-0606\n"
        f"甲方：{CUSTOMER}\n乙方：{SUPPLIER}\n"
        "合同金额：人民币伍拾万元整（￥500,000.00）。\n"
        "服务期限：自2022年7月1日起至2023年6月30日止。\n"
        "签订日期：2022.0621")
    assert doc.fields["date"].value.isoformat() == "2022-06-21"


def test_the_main_contracts_figure_cited_in_a_recital_is_not_the_agreements_amount():
    doc = read_text_document(
        "合作实施协议\n协议编号：AB-2022-0707\n"
        f"委托方：{SUPPLIER}\n合作方：{CUSTOMER}\n"
        f"鉴于委托方已与某某集团有限公司签订产线改造项目合同（合同金额¥4,560,000.00），现委托方将其中部分工作交由合作方实施。\n"
        "经双方协商，合作费用总计318,000.00元（大写：叁拾壹万捌仟元整），完工确认后一次性支付。\n"
        "委托方（盖章） 合作方（盖章）\n签约时间：2022年9月9日")
    assert doc.fields["amount_yuan"].value == 318000
    # 572,000.00元（大写：…元整）: the 大写 in its bracket is whole and agrees with the figure
    assert not doc.fields["amount_yuan"].needs_review
    assert doc.fields["supplier"].value == CUSTOMER


def test_a_delivery_term_is_not_the_contracts_date():
    doc = read_text_document(
        "委托加工合同\n编号：AB-2022-0808\n"
        f"委托方：{CUSTOMER}\n加工方：{SUPPLIER}\n"
        "加工费合计 120,000.00\n"
        f"委托方（章）：{CUSTOMER}\n加工方（章）：{SUPPLIER}\n"
        "交货期：2023年1月10日。")
    date = doc.fields.get("date")
    assert doc.fields["supplier"].value == SUPPLIER
    assert date is None or date.needs_review


def test_a_recital_ending_in_the_terms_leaves_the_price_stated_below_it():
    doc = read_text_document(
        "系统建设项目承包合同\n合同编号：AB-2022-0909\n"
        f"发包人（甲方）：{CUSTOMER}\n承包人（乙方）：{SUPPLIER}\n"
        "鉴于乙方承接甲方系统建设项目，双方约定如下：\n"
        "1.合同价款：本合同签约合同价为（大写）壹佰贰拾万元整，（小写）￥1,200,000.00。\n"
        "甲方（盖章） 乙方（盖章）\n签订日期：2022年10月10日")
    assert doc.fields["amount_yuan"].value == 1200000


def test_a_consortiums_lead_signs_for_the_contractor():
    doc = read_text_document(
        "系统建设项目承包合同\n合同编号：AB-2022-1010\n"
        f"发包人（甲方）：{CUSTOMER}\n承包人（乙方）：联合体\n"
        f"联合体成员：天津第三机电设备有限公司\n联合体牵头人：{SUPPLIER}\n"
        "1.合同价款：本合同签约合同价为人民币壹佰万元整（￥1,000,000.00）。\n"
        "签订日期：2022年11月11日")
    assert doc.fields["supplier"].value == SUPPLIER
