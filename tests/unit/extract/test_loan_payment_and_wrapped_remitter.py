"""Bank papers of a payment, on texts written for these tests: an entrusted loan-payment voucher
(贷款资金受托支付) names the loan contract under 借款合同编号, which is never the contract the payment
settles (that one is in the memo, or nowhere); an arrival notice's remitter whose name the line wrap
cut (…有限公⏎司，金额…) is read whole, from both lines."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values

_VOUCHER = ("某某商业银行贷款资金受托支付凭证\n"
            "贷款合同号： 88123456-2023年(河东)字00417号\n"
            "借款人（付款人）户名 天津丁西重工有限公司\n"
            "交易对手（收款人）户名 天津戊北数控技术有限公司\n"
            "受托支付金额 人民币肆拾伍万元整¥450,000.00\n"
            "支付日期 2023年3月8日\n"
            "用途/摘要 {memo}\n"
            "贷款金额 ¥1,800,000.00（非本次支付金额）\n"
            "贷款到期日 2025年9月30日\n")


def test_the_loan_contract_number_of_an_entrusted_payment_is_not_the_contract_no():
    values = _values(_read(_VOUCHER.format(memo="设备款合同号QX-2023-0815")))
    assert values["contract_no"] == "QX-2023-0815"
    assert (values["payer"], values["payee"]) == ("天津丁西重工有限公司", "天津戊北数控技术有限公司")
    assert values["amount_yuan"] == "450000.00"


def test_an_entrusted_payment_that_cites_no_business_contract_has_no_contract_no():
    values = _values(_read(_VOUCHER.format(memo="货款").replace("贷款合同号", "借款合同编号")))
    assert values.get("contract_no") is None


def test_a_remitter_cut_by_the_line_wrap_is_read_from_both_lines():
    text = ("某某银行到账通知书\n天津戊北数控技术有限公司：\n"
            "贵单位账户（账号尾号1234）于2023年5月2日收到汇入款项一笔，汇款人：山东丁西重工股份有限公\n"
            "司，金额：人民币450,000.00（肆拾伍万元整），附言：货款。特此通知。\n"
            "某某银行股份有限公司河东支行\n通知日期：2023年9月1日\n")
    values = _values(_read(text))
    assert values["payer"] == "山东丁西重工股份有限公司"
    assert values["payee"] == "天津戊北数控技术有限公司"
