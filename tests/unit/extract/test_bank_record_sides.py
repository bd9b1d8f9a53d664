"""Sides of a bank record, on texts written for these tests: a posting receipt names its sides
借方 (the account debited: it pays) and 贷方 (credited: it receives), or 付方/收方, 转出/转入;
an account holder's own notice names 本方/对方 and which of them paid is what the record's
direction says (入账 / a '+' amount: the counterparty paid; 出账 / '-': the holder paid); a bank's
fee voucher charges a fee (手续费) and is no proof of the payment it mentions."""

from helpers.textdocs import field_values, read_text_document

from pipeline.extract.classify import classify_text

_read, _values = read_text_document, field_values


def test_a_posting_receipt_names_the_debited_side_payer_and_the_credited_side_payee():
    values = _values(_read("某某银行 记账回执\n记账日期：20220311 流水号：11223344\n"
                           "借方户名 丙东重工有限公司 贷方户名 乙南数控有限公司\n"
                           "借方账号 6222000011112222 贷方账号 6222000033334444\n"
                           "金额（小写） 36,000.00\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")


def test_pay_and_receive_sides_named_fu_and_shou():
    values = _values(_read("业务回单\n付方户名：丙东重工有限公司\n收方户名：乙南数控有限公司\n"
                           "交易金额 ¥7,500.00 交易日期 2022-02-02\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")


def test_a_holders_movement_notice_with_money_coming_in_makes_the_counterparty_the_payer():
    values = _values(_read("账户变动通知\n您的账户有一笔资金入账\n入账账户 乙南数控有限公司\n"
                           "入账金额 人民币19,000.00元\n对方户名 丙东重工有限公司\n交易时间 2022-07-07\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")


def test_a_signed_amount_gives_the_direction_and_the_amount():
    income = _values(_read("交易详情\n金额（元）\n+45,600.00\n对方户名 丙东重工有限公司\n"
                           "本方户名 乙南数控有限公司\n交易时间 2022/08/09 10:11:12\n"))
    assert (income["payer"], income["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert income["amount_yuan"] == "45600.00"
    spent = _values(_read("交易详情\n金额（元）\n-45,600.00\n对方户名 乙南数控有限公司\n"
                          "本方户名 丙东重工有限公司\n交易时间 2022/08/09 10:11:12\n"))
    assert (spent["payer"], spent["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")


def test_a_bank_fee_voucher_is_not_a_payment_proof():
    text = ("某某银行 收费凭证\n交易日期 2022-05-05 凭证号 998877\n缴费单位 丙东重工有限公司 账号 6222000011112222\n"
            "收费项目 电子汇划手续费 关联业务金额 88,000.00\n收费金额 ¥12.00\n")
    assert classify_text(text).doc_type != "payment_proof"


def test_a_posting_receipt_is_a_payment_proof_by_its_title():
    assert classify_text("某某银行 记账回执\n金额 12.00\n").doc_type == "payment_proof"


def test_a_debit_advice_addressed_to_its_account_holder_makes_the_addressee_the_payer():
    """A bank's debit advice speaks to the holder of the account it debited (致 X：贵单位账号…已借记):
    the addressee paid; its 对方户名 received; the fee and the balance are no payment."""
    values = _values(_read("某某银行股份有限公司河西支行\n借记通知\n致：丙东重工有限公司 日期：2022年04月08日\n"
                           "贵公司账户 6222000011112222 已于上述日期借记下列款项。\n"
                           "对方户名 乙南数控有限公司\n对方账号 6222000033334444\n"
                           "借记金额 伍万贰仟元整 52,000.00\n手续费 10.00\n账户余额 1,234,567.00\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["amount_yuan"] == "52000.00"


def test_a_letters_addressee_is_no_account_holder_when_no_account_of_its_is_moved():
    # a customer's payment notice to its supplier: 致 names whom it was sent to (the payee side)
    values = _values(_read("付款通知\n致：乙南数控有限公司\n我司已安排支付货款，请查收。\n"
                           "对方户名 乙南数控有限公司\n付款金额 52,000.00\n"))
    assert values.get("payer") != "乙南数控有限公司"
