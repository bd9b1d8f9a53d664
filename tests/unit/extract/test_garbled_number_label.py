"""A contract number's label with one character misread by OCR (合网编号, 梦议编号) opening its
line with its colon still labels the number; a text layer is read as printed, and a line whose
label differs more is no number's. Invented texts."""

from helpers.textdocs import read_text_document

_REST = "甲方（需方）：北辰甲木工业有限公司\n乙方（供方）：南开乙水软件有限公司\n合同总价为人民币120,000.00元。\n签订日期：2022年5月16日\n"


def test_a_label_one_character_off_labels_the_number_on_a_scan():
    for label, number in (("合网编号", "QZ-2022-031"), ("梦议编号", "QZ-FB-07")):
        doc = read_text_document(f"技术服务合同\n{label}：{number}\n" + _REST, method="ocr:rapidocr")
        assert doc.value("contract_no") == number, label


def test_a_text_layer_or_a_different_word_is_no_number_label():
    assert read_text_document("技术服务合同\n合网编号：QZ-2022-031\n" + _REST).value("contract_no") is None
    doc = read_text_document("技术服务合同\n会议纪要：2022年第3次\n" + _REST, method="ocr:rapidocr")
    assert doc.value("contract_no") is None
