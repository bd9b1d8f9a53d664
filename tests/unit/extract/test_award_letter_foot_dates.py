"""An award letter (中标通知书) is dated at its foot, under the buyer: a bid validity stated in
prose above (…投标有效期至 2024年6月30日) heads no column, so the foot date under it is still the
letter's; and an OCR'd foot date whose closing 日 was misread is still the letter's date when
every other date is another event's. Invented texts."""

from helpers.textdocs import field_values, read_text_document

_BODY = ("中标通知书\n河西丙火数据技术有限公司：\n"
         "我方于2024年2月6日开标的“仓储管理系统”招标项目（招标编号：ZB-2024-033），经评审，确定贵单位为中标人。\n"
         "中标价格：人民币叁拾万元整（￥300,000.00）。\n"
         "工期90天。投标有效期至\n2024年6月30日。\n"
         "招标人：西青丁土机械制造有限公司\n")


def test_a_validity_stated_in_prose_heads_no_column_over_the_foot_date():
    doc = read_text_document(_BODY + "2024年2月20日\n", method="ocr:rapidocr")
    assert doc.doc_type == "procurement_proof"
    assert field_values(doc)["date"] == "2024-02-20"
    assert doc.fields["date"].review_reason is None


def test_a_foot_date_whose_closing_day_sign_was_misread_is_the_letters_date():
    doc = read_text_document(_BODY + "2024年2月20晶\n", method="ocr:tesseract")
    assert field_values(doc)["date"] == "2024-02-20"


def test_a_validity_date_alone_stays_a_question():
    doc = read_text_document(_BODY, method="ocr:tesseract")
    assert doc.fields["date"].review_reason is not None


def test_an_addressee_whose_colon_ocr_read_as_a_semicolon_is_not_the_issuer():
    # the letter is addressed to the winner; its buyer's name under 招标人 was not read
    text = ("中标通知书\n河西丙火数据技术有限公司;\n"
            "我方于2024年2月6日开标的“仓储管理系统”招标项目（招标编号：ZB-2024-033），经评审，确定贵单位为中标人。\n"
            "中标价格：人民币叁拾万元整（￥300,000.00）。\n"
            "                              招标人：天yp了-Sa\n                              2024年2月20日\n")
    doc = read_text_document(text, method="ocr:tesseract")
    assert doc.doc_type == "procurement_proof"
    assert field_values(doc).get("customer") != "河西丙火数据技术有限公司"
