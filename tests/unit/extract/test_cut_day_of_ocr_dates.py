"""An OCR'd figure date with a two-digit month and a one-digit day (2023.06.1 where a seal covers
the rest) may have lost a digit of its day: the reading is kept, as a question. A date that
writes its month in one digit, or a text layer's date, is no doubt. Invented texts."""

from helpers.textdocs import read_text_document

_TEXT = ("设备验收报告\n合同编号 KD-2020-118\n建设单位 红桥戊金制造有限公司\n承建单位 河东己木科技有限公司\n"
         "验收意见：设备运行正常，同意通过验收。\n验收日期：{date} 帛\n")


def test_a_padded_month_with_a_one_digit_day_is_asked_about():
    date = read_text_document(_TEXT.format(date="2020.06.1"), method="ocr:tesseract").fields["date"]
    assert str(date.value) == "2020-06-01" and date.review_reason


def test_a_full_day_or_an_unpadded_month_is_no_doubt():
    full = read_text_document(_TEXT.format(date="2020.06.18"), method="ocr:tesseract").fields["date"]
    short = read_text_document(_TEXT.format(date="2020.6.1"), method="ocr:tesseract").fields["date"]
    typed = read_text_document(_TEXT.format(date="2020.06.1")).fields["date"]
    assert full.review_reason is None and short.review_reason is None and typed.review_reason is None
