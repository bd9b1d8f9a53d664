"""A hand-filled receipt form (收款收据) on texts written for these tests: 今收到 labels who paid,
the code before 合同 in the purpose line names the contract even where OCR lost the 交来 label,
and what OCR leaves of the issuer's name under its seal (a legal form after one character, a
stray letter, trade words alone) names no one: the payee is then unread, never a fragment."""

import pytest

from helpers.textdocs import read_text_document
from pipeline.extract.entities import name_fragment, plausible_organisation

FORM = ("收款收据\nNo 0072215\n2022年7月9日\n今收到 丙东重工有限公司\n{purpose}\n"
        "人民币（大写） 伍万元整 50,000.00\n收款方式：现金 转账\n收款单位（盖章）：{payee} 经手人：李四\n")


def _read(purpose="交来 付QX-2022-0815合同款", payee="乙南数控有限公司"):
    return read_text_document(FORM.format(purpose=purpose, payee=payee), method="ocr:rapidocr")


def test_the_firm_a_receipt_says_it_received_from_is_the_payer():
    doc = _read(purpose="货款")   # OCR lost the 交来 label
    assert doc.doc_type == "payment_proof"
    assert doc.fields["payer"].value == "丙东重工有限公司"
    assert doc.fields["payee"].value == "乙南数控有限公司"


@pytest.mark.parametrize("purpose", ["交来 付QX-2022-0815合同款", "付QX-2022-0815合同款"])
def test_the_code_before_the_word_contract_in_the_purpose_is_the_contract_number(purpose):
    assert _read(purpose=purpose).fields["contract_no"].value == "QX-2022-0815"


def test_a_date_before_the_word_contract_is_no_contract_number():
    doc = _read(purpose="交来 2022-05-06合同签订后首付款")
    assert "contract_no" not in doc.fields


@pytest.mark.parametrize("fragment", ["澜有限公司", "Q澜有限公司", "软件科技有限公司"])
def test_what_ocr_left_of_the_issuers_name_under_its_seal_is_no_payee(fragment):
    doc = _read(payee=fragment)
    assert "payee" not in doc.fields
    assert doc.fields["payer"].value == "丙东重工有限公司"


@pytest.mark.parametrize("name,fragment", [
    ("澜有限公司", True), ("Q澜有限公司", True), ("股份有限公司", True), ("数字科技有限公司", True),
    ("乙南数控有限公司", False), ("丙东重工有限公司", False), ("XYZ智能科技有限公司", False),
    # a name that opens with its place may lack a trade name, as old state firms are named
    ("天津市供热集团有限公司", False), ("河北省建设投资有限公司", False),
])
def test_a_name_without_a_place_needs_a_trade_name_of_two_characters(name, fragment):
    assert name_fragment(name) is fragment
    assert plausible_organisation(name) is not fragment
