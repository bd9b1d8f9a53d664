"""A settlement letter's instalment table is dated by its last payment; a customer's internal
countersign form by its 申请日期; invented texts."""

from helpers.textdocs import field_values, read_text_document


def test_an_instalment_table_dates_the_payment_by_its_last_row():
    doc = read_text_document(
        "合同款项结清确认书\n甲北精工有限公司（以下简称“付款方”）已向乙南数控有限公司（以下简称“收款方”）"
        "付清合同编号QX-2020-004项下全部价款，明细如下：\n"
        "期次 付款日期   金额（元）\n"
        "1    2021-02-03 30,000.00\n"
        "2    2021-06-17 50,000.00\n"
        "3    2021-11-30 20,000.00\n"
        "合计            100,000.00\n"
        "付款方（盖章） 收款方（盖章）\n2021年12月6日\n")
    assert field_values(doc)["date"] == "2021-11-30"


def test_a_countersign_form_is_dated_by_its_application_date_not_the_bid_opening():
    doc = read_text_document(
        "甲北精工有限公司\n合同会签审批单\n合同编号 QX-2020-004 申请日期 2020-08-19\n"
        "合同相对方 乙南数控有限公司\n合同金额 ¥100,000.00\n采购方式 ■公开招标□询价\n"
        "选定依据 经2020-08-02开标评标，乙南数控有限公司综合得分第一，确定为中标人。\n"
        "分管领导 同意\n")
    assert field_values(doc)["date"] == "2020-08-19"
