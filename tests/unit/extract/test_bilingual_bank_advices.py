"""Bank advices in English or in Chinese and English, on texts written for these tests: a
transaction / transfer advice (交易通知书) is a payment proof; its English labels (Ordering
Customer, Remitter, Payee) name the sides, also when OCR lost the space between a label's words
(ValueDate, OrderingCustomer); a name placed by layout takes the label on its own row among
labels stacked in one column, however a hair apart they start."""

from helpers.textdocs import field_values, grid_page, read_text_document

from pipeline.extract.classify import classify_text
from pipeline.extract.fields.parties import extract_parties
from pipeline.extract.normalize import normalize_page
from pipeline.models import Document

_read, _values = read_text_document, field_values


def test_a_bilingual_transaction_advice_is_a_payment_proof_read_by_its_labels():
    text = ("某某银行（中国）有限公司上海分行\nTRANSACTION ADVICE 交易通知书\n"
            "Value Date 起息日 05 Mar 2022 Ref No. 业务编号 TX20220305118\n"
            "Ordering Customer 付款人 甲北精工有限公司 A/C No. 6222000011112222\n"
            "Beneficiary 收款人 乙南数控有限公司 A/C No. 3100000099998888\n"
            "Amount 金额 CNY 186,500.00 Charges 费用 SHA\n"
            "Remittance Info 附言 设备款\n本通知由系统生成，无需签章。\n")
    assert classify_text(text).doc_type == "payment_proof"
    values = _values(_read(text))
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert (values["amount_yuan"], values["date"]) == ("186500.00", "2022-03-05")
    # its title alone tells what it is, whatever its labels
    english = ("Foo Bank (China) Limited\nTRANSACTION ADVICE 交易通知书\nValue Date 10 Jan 2022\n"
               "Ordering Customer 甲北精工有限公司\nBeneficiary 乙南数控有限公司\nAmount CNY 186,500.00\n")
    assert classify_text(english).doc_type == "payment_proof"


def test_english_labels_name_the_sides_of_an_advice_with_or_without_their_spaces():
    spaced = ("Foo Bank (China) Limited\nCREDIT ADVICE\nValue Date: Mar 5, 2022\n"
              "Remitter: 甲北精工有限公司\nRemitter A/C: 6222000011112222\n"
              "Beneficiary: 乙南数控有限公司\nAmount: RMB 186,500.00\n")
    values = _values(_read(spaced))
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")
    fused = ("FOO BANK (CHINA) LIMITED\nTRANSFER ADVICE\nValueDate 2022-03-05\n"
             "OrderingCustomer 甲北精工有限公司\nPayee 乙南数控有限公司\nAmount RMB 186,500.00\n")
    values = _values(_read(fused))
    assert values.get("payer") == "甲北精工有限公司"
    assert values.get("payee") == "乙南数控有限公司"


def test_a_name_placed_by_layout_takes_the_label_on_its_row_within_one_column():
    # two labels stacked in one column, the upper one starting a hair further right; each
    # name sits on its own label's row, its account number in between
    page = normalize_page(grid_page([
        [("某某银行交易通知书", 0.10, 0.10)],
        [("付款人", 0.1202, 0.300), ("6222000011112222", 0.40, 0.300)],
        [("甲北精工有限公司", 0.30, 0.330)],
        [("Beneficiary", 0.1200, 0.370), ("3100000099998888", 0.40, 0.370)],
        [("乙南数控有限公司", 0.30, 0.345)],
    ]))
    doc = Document(path="x.pdf", sha256="0", pages=[page], doc_type="payment_proof")
    found = extract_parties(doc)
    assert [item.value for _, item in found.get("payer", [])][:1] == ["甲北精工有限公司"]
    assert [item.value for _, item in found.get("payee", [])][:1] == ["乙南数控有限公司"]
