"""An escrow bank's notice of paying out supervised funds (监管资金划付通知书), on texts written for
these tests: the payer is the customer that holds the supervised account (监管账户户名); the number
glossing the escrow agreement's title (《资金监管协议》（协议编号：…）) is that agreement's, never the
contract's (the contract's, if any, is in the purpose line); the day paid is the 划付日期, not the
day the payout was applied for (于…提出划付申请)."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values

_NOTICE = ("资金监管划付通知书\n"
           "通知书编号：ZX5550001234\n"
           "天津乙辰传感技术有限公司：\n"
           "根据《资金监管协议》（协议编号：ESC-2021-0042）约定，经监管账户户名人河北丙午机电有限公司于2021年3月2日"
           "提出划付申请并经我行审核，我行已于2021年3月6日从监管账户向贵单位划付资金人民币伍拾叁万元整（¥530,000.00）。\n"
           "监管账户户名 河北丙午机电有限公司\n"
           "监管账号 6222000011112222\n"
           "划付对象（收款人） 天津乙辰传感技术有限公司\n"
           "划付金额 ¥530,000.00\n"
           "{date_row}"
           "划付用途 {memo}\n"
           "某某银行资金监管业务专用章\n")


def test_the_escrow_agreements_number_is_not_the_contract_no():
    values = _values(_read(_NOTICE.format(date_row="划付日期 2021-03-06\n", memo="设备款")))
    assert values.get("contract_no") is None


def test_the_contract_no_of_an_escrow_payout_is_the_one_its_purpose_names():
    values = _values(_read(_NOTICE.format(date_row="划付日期 2021-03-06\n", memo="第2期款QX-2021-0815")))
    assert values["contract_no"] == "QX-2021-0815"


def test_the_payer_of_an_escrow_payout_is_the_supervised_accounts_holder():
    values = _values(_read(_NOTICE.format(date_row="划付日期 2021-03-06\n", memo="设备款")))
    assert values["payer"] == "河北丙午机电有限公司"
    assert values["payee"] == "天津乙辰传感技术有限公司"
    assert values["amount_yuan"] == "530000.00"


def test_the_payout_date_is_the_day_paid_not_the_day_applied_for():
    values = _values(_read(_NOTICE.format(date_row="划付日期 2021-03-06\n", memo="设备款")))
    assert values["date"] == "2021-03-06"
    # the table's date row lost: the prose still tells the payout from its application
    values = _values(_read(_NOTICE.format(date_row="", memo="设备款")))
    assert values["date"] == "2021-03-06"


def test_a_contract_title_glossed_with_its_number_is_still_the_contract_no():
    text = ("关于代为支付合同款项的说明\n天津乙辰传感技术有限公司：\n"
            "我公司与贵司签订的《数控改造项目合同》（合同编号：QX-2021-0815），其款项已于2021年4月1日"
            "通过某某银行向贵司支付人民币伍拾叁万元整（¥530,000.00）。\n"
            "付款单位：河北丙午机电有限公司\n")
    assert _values(_read(text))["contract_no"] == "QX-2021-0815"


def test_a_loan_contracts_title_glossed_with_a_bare_number_label_is_not_the_contract_no():
    text = ("某某银行贷款资金受托支付凭证\n"
            "根据《借款合同》（合同编号：88123456-2021年字00417号），我行已于2021年3月8日受托支付。\n"
            "借款人（付款人）户名 河北丙午机电有限公司\n"
            "交易对手（收款人）户名 天津乙辰传感技术有限公司\n"
            "受托支付金额 ¥450,000.00\n用途 货款\n")
    assert _values(_read(text)).get("contract_no") is None


def test_the_supervised_accounts_holder_is_read_from_the_prose_when_the_table_is_lost():
    text = ("资金监管划付通知书\n天津乙辰传感技术有限公司：\n"
            "根据《资金监管协议》（协议编号：ESC-2021-0042）约定，经监管账户户名人河北丙午机电有\n"
            "限公司于2021年3月2日提出划付申请并经我行审核，我行已于2021年3月6日从监管账户向贵单位划付资金"
            "人民币伍拾叁万元整（¥530,000.00）。\n")
    values = _values(_read(text))
    assert values["payer"] == "河北丙午机电有限公司"
    assert values["date"] == "2021-03-06"
    assert values.get("contract_no") is None
