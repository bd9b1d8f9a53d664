"""A technology co-development agreement names its sides 出资方 (who pays: the customer) and
研发方 (who develops: the supplier); invented text."""

from helpers.textdocs import field_values, read_text_document


def test_funding_and_developing_parties_are_customer_and_supplier():
    values = field_values(read_text_document(
        "技术合作开发协议\n协议编号：KF-2021-12\n出资方：甲北精工有限公司\n研发方：乙南数控有限公司\n"
        "出资方向研发方支付研究开发经费共计80.00万元（捌拾万元整）。\n"
        "出资方（公章） 研发方（公章）\n二〇二一年三月二日\n"))
    assert values["customer"] == "甲北精工有限公司"
