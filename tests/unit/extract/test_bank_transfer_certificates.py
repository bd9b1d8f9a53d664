"""A certificate the payer's bank issues, in prose, that funds left its client's account for the
payee (资金划转证明), on texts written for these tests: it is payment evidence; the addressee
whose account paid is the payer, the one the funds went to (its account particulars in brackets)
the payee; the value date is the transfer's, not the certificate's; a figure wrapped over a line
is one figure; a 文号 the memo cites (X采字〔YYYY〕第N号) is the contract's number."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values

_LETTER = ("甲北银行天津河东支行\n资金划转证明\n丙东重工有限公司：\n"
           "应贵单位申请，经查询，贵单位在我行开立的账户（账号：1234567890123\n"
           "）于2022年02月17日通过大额支付系统向乙南数控有限公司（账号：9876543210987，开户行：丁西银行\n"
           "天津南开支行）划转资金，金额为人民币{upper}（{figure}），用途：{memo}。该笔款项已于当日划出。\n"
           "特此证明。\n甲北银行天津河东支行\n2022年4月30日\n")


def _letter(upper: str = "叁拾万零伍佰元整", figure: str = "CNY300,500.00", memo: str = "设备款",
            method: str = "text_layer"):
    return _read(_LETTER.format(upper=upper, figure=figure, memo=memo), method=method)


def test_a_bank_certificate_of_a_transfer_is_a_payment_proof_with_its_sides_and_value_date():
    values = _values(_letter())
    assert _letter().doc_type == "payment_proof"
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["date"] == "2022-02-17"
    assert values["amount_yuan"] in ("300500.00", "300500")


def test_a_figure_wrapped_at_its_point_is_read_whole():
    doc = _letter(upper="叁拾万零伍佰元整", figure="CNY300\n.500.00", method="ocr:tesseract")
    assert doc.fields["amount_yuan"].value == 300500


def test_a_group_read_with_a_point_and_cut_by_the_line_end_is_read_whole():
    doc = _letter(upper="某某元整", figure="CNY5,030.00\n0.00 ", method="ocr:tesseract")
    assert doc.fields["amount_yuan"].value == 5030000


def test_a_chinese_wen_hao_cited_in_the_memo_is_the_contract_number():
    doc = _letter(memo="支付东重采字〔2022〕第7号进度款")
    assert doc.fields["contract_no"].value == "东重采字〔2022〕第7号"


def test_an_account_that_received_funds_is_not_read_as_paying():
    values = _values(_read("甲北银行天津河东支行\n到账证明\n乙南数控有限公司：\n"
                           "贵单位在我行开立的账户（账号：9876543210987）于2022年02月17日收到丙东重工有限公司"
                           "汇入款项人民币叁拾万元整（CNY300,000.00）。\n特此证明。\n甲北银行天津河东支行\n2022年4月30日\n"))
    assert values.get("payer") != "乙南数控有限公司"
