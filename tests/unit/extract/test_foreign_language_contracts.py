"""English-only and German/Chinese bilingual contracts: the party a definition names (the
"Purchaser", hereinafter "the Buyer") holds that role; the date the agreement is made on (or
dated this …th day of) is its signing date; dd.mm.yyyy beside a signing label; invented texts."""

from helpers.textdocs import field_values, read_text_document
from pipeline.parsing.dates import find_dates


def test_english_definitions_give_the_parties_their_roles_and_the_made_on_date_is_the_signing():
    doc = read_text_document(
        "SUPPLY AGREEMENT\nAgreement No.: QK-2019-044\n"
        "This Agreement is made and entered into on March 4, 2019 by and between:\n"
        "(1) 甲北精工有限公司, a company incorporated in the PRC, registered at 某市某路8号 (the \"Purchaser\"); and\n"
        "(2) 乙南数控有限公司, registered at 某市某路9号 (the \"Supplier\").\n"
        "2. PRICE\nThe total Contract Price is RMB 480,000.00, inclusive of VAT.\n"
        "4. DELIVERY\nDelivery no later than 30 August 2019.\n")
    values = field_values(doc)
    assert values["customer"] == "甲北精工有限公司"
    assert values["date"] == "2019-03-04"


def test_hereinafter_the_buyer_and_dated_this_day_of():
    doc = read_text_document(
        "PURCHASE CONTRACT\nContract No. QK-2019-045\n"
        "This Contract is dated this 21st day of May, 2019 between 丙西化工有限公司 "
        "(hereinafter referred to as \"the Buyer\") and 丁东机电有限公司 (hereinafter referred to as \"the Seller\").\n"
        "The Contract Price is RMB 95,000.00.\nShipment by 15 July 2019.\n")
    values = field_values(doc)
    assert values["customer"] == "丙西化工有限公司"
    assert values["date"] == "2019-05-21"


def test_a_german_dotted_date_beside_a_signing_label():
    doc = read_text_document(
        "设备供货合同\nLiefervertrag\nVertragsnummer / 合同号: QK-2019-046\n"
        "买方 Käufer: 甲北精工有限公司\n卖方 Verkäufer: 乙南数控有限公司\n"
        "合同总价: 人民币120,000.00元\n交货期限 Liefertermin: 30.09.2019\n"
        "签署日期 Unterschriftsdatum: 04.03.2019\n")
    values = field_values(doc)
    assert values["date"] == "2019-03-04"
    assert values["customer"] == "甲北精工有限公司"


def test_dotted_day_first_dates_and_what_is_not_one():
    assert [m.value.isoformat() for m in find_dates("Datum: 04.03.2019")] == ["2019-03-04"]
    assert find_dates("金额 1.086.160.00 元") == []
    assert find_dates("见第1.2.2019节") == []
