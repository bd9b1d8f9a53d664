"""A bank collection form (托收凭证) cites the contract under 合同名称号码. Invented text."""

from helpers.textdocs import field_values, read_text_document


def test_a_collection_form_cites_its_contract_under_the_contract_name_and_number():
    doc = read_text_document(
        "托收凭证（付款通知）\n委托日期2022年9月1日 第5联\n"
        "付款人全称 丁西机电有限公司 收款人全称 戊北软件有限公司\n"
        "金额 人民币（大写）陆万肆仟元整 小写 ¥64,000.00\n"
        "款项内容 软件款 托收凭据名称 发票\n合同名称号码 XS-2022-0457 附寄单证张数 1\n"
        "付款人开户银行签章 付款日期：2022年9月5日\n")
    assert doc.doc_type == "payment_proof"
    assert field_values(doc)["contract_no"] == "XS-2022-0457"
