"""A role word means a side of the deal whatever the genre calls it: the lessee (承租方) of a
lease-plus-service contract and the employer (雇主) of a works agreement are the customer; the
lessor (出租方) and the contractor (承包商) the supplier. A definition sentence opened by
本协议书由 holds the name after it, not the opener. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read


def test_the_lessee_of_a_lease_and_service_contract_is_the_customer():
    doc = _read("智能设备租赁服务合同\n合同编号 ZL-2019-031\n"
                "出租方 南开示例智联科技有限公司\n承租方（使用方） 东丽示例纺织有限公司\n"
                "双方经友好协商，达成如下条款：租赁及服务费总额人民币壹佰贰拾万元整（¥1,200,000.00）。\n"
                "本合同经双方盖章后生效。\n日期：2019-04-08\n")
    assert doc.doc_type == "contract"
    assert doc.fields["customer"].value == "东丽示例纺织有限公司"
    assert doc.fields["supplier"].value == "南开示例智联科技有限公司"


def test_the_employer_of_a_works_agreement_is_the_customer_even_when_the_sentence_opens_with_the_agreement():
    doc = _read("合同协议书\n本协议书由西青示例港务有限公司（以下简称“雇主”）与北辰示例自动化有限公司"
                "（以下简称“承包商”）于二〇一九年五月六日签署。\n"
                "雇主和承包商双方达成协议如下：雇主同意向承包商支付合同价格人民币壹佰万元整（¥1,000,000.00）。\n")
    assert doc.fields["customer"].value == "西青示例港务有限公司"
    assert doc.fields["supplier"].value == "北辰示例自动化有限公司"


def test_a_data_table_naming_the_employer_and_the_contractor_gives_both_parties():
    doc = _read("合同协议书\n附录：合同数据表\n条款 项目 数据\n1.1.2.2 雇主 西青示例港务有限公司\n"
                "1.1.2.3 承包商 北辰示例自动化有限公司\n合同编号 GC-2019-12\n"
                "接受的合同金额 ¥1,000,000.00\n本协议书经双方签字盖章后生效。\n")
    assert doc.fields["customer"].value == "西青示例港务有限公司"
    assert doc.fields["supplier"].value == "北辰示例自动化有限公司"
