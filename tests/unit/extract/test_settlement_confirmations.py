"""A payer's letter confirming a contract's price is paid off (结清确认), on texts written for these
tests: it is payment evidence; the payer signs it, the addressee is the payee, the amount is the
cumulative sum paid and the date is the last payment's (stated in the body), not the letter's."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values

_LETTER = ("货款付清证明\n致：乙南数控有限公司\n"
           "双方签订的《数控机床改造合同》（合同编号：QX-2021-017）项下，本公司分三期付款，"
           "末期款已于2021年8月6日付讫。截至当日，本公司累计向贵司支付货款人民币捌拾肆万元整"
           "（¥840,000.00），该合同款项已全部结清。\n特此证明。\n"
           "付款单位：丙东重工有限公司（财务部）\n2021年9月30日\n")


def test_a_payers_settlement_letter_is_a_payment_proof():
    from pipeline.extract.classify import classify_text
    assert classify_text(_LETTER).doc_type == "payment_proof"
    assert classify_text(_LETTER.replace("货款付清证明", "合同价款结清确认函")).doc_type == "payment_proof"


def test_a_payers_settlement_letter_names_payer_payee_total_and_last_payment_date():
    values = _values(_read(_LETTER))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["contract_no"] == "QX-2021-017"
    assert values["amount_yuan"] == "840000.00"
    assert values["date"] == "2021-08-06"


def test_a_memo_cites_a_wen_hao_with_a_chinese_code_as_the_contract_number():
    text = ("网上银行电子回单\n付款人 户名 丙东重工有限公司 收款人 户名 乙南数控有限公司\n"
            "金额（小写） ¥64,000.00\n交易日期：2022-05-04\n用途 支付丙东购字〔2022〕第7号尾款\n")
    assert _values(_read(text))["contract_no"] == "丙东购字〔2022〕第7号"


def test_a_receipt_slips_memo_keeps_its_wen_hao_when_ocr_loses_a_bracket():
    text = ("单位结算卡交易凭条\n付款户名：\n丙东重工有限公司\n收款户名：\n乙南数控有限公司\n"
            "交易金额：CNY64,000.00\n交易时间：2022-05-04 10:01:02\n附言：付丙东购字[2022第7号\n进度款\n交易结果：成功\n")
    value = _values(_read(text, method="ocr:tesseract"))["contract_no"]
    assert value.startswith("丙东购字") and value.endswith("2022第7号")


def test_a_labelled_wen_hao_whose_opening_bracket_ocr_lost_is_read_whole():
    text = ("合同款项结清确认书\n致：乙南数控有限公司\n双方签订的合同（合同编号：丙东购字2022 ]第7号）项下，"
            "我公司累计向贵公司支付合同款人民币陆万肆仟元整（¥64,000.00），款项已全部结清。\n"
            "付款单位：丙东重工有限公司\n2022年6月1日\n")
    value = _values(_read(text, method="ocr:tesseract"))["contract_no"]
    assert value.replace(" ", "") in ("丙东购字2022]第7号", "丙东购字〔2022〕第7号", "丙东购字(2022)第7号")


def test_only_the_memos_verbs_are_cut_from_a_wen_hao_code():
    from pipeline.extract.fields.numbers import _chinese_wen_hao
    for memo, code in (("支付的卢购字〔2022〕第7号尾款", "的卢购字〔2022〕第7号"),
                       ("付合同丙东购字〔2022〕第7号", "丙东购字〔2022〕第7号"),
                       ("货款 2022年5月", None), ("支付2022年第3号", None)):
        found = _chinese_wen_hao(memo, 0, len(memo))
        assert (memo[slice(*found)] if found else None) == code, memo


def test_a_memo_clause_naming_the_project_first_is_no_part_of_the_code():
    from pipeline.extract.fields.numbers import _chinese_wen_hao
    for memo, code in (("付滨海项目海河采字〔2023〕第54号进度款", "海河采字〔2023〕第54号"),
                       ("支付二期合同丙东购字2022]第7号尾款", "丙东购字2022]第7号"),
                       ("支付款〔2022〕第7号", None)):
        found = _chinese_wen_hao(memo, 0, len(memo))
        assert (memo[slice(*found)] if found else None) == code, memo
