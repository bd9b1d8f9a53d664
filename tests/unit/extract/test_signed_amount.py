"""A transaction detail shows the sum moved as a signed figure on a line of its own; a balance
is not signed so, and a signed figure inside a sentence is no such line. Texts written for these
tests."""

from helpers.textdocs import read_text_document as _read

DETAIL = ("账户动账明细\n{figure}\n交易成功\n对方户名 丙东轴承制造有限公司\n本方户名 丁西数控技术有限公司\n"
          "交易时间 2023-07-19 14:05:33\n交易类型 跨行转入\n")


def test_a_signed_figure_on_its_own_line_is_the_amount_moved():
    doc = _read(DETAIL.format(figure="+3,712,400.00"), method="ocr:tesseract")
    assert doc.doc_type == "payment_proof"
    assert str(doc.fields["amount_yuan"].value) == "3712400.00"


def test_an_unsigned_figure_alone_on_a_line_is_not_taken_for_it():
    doc = _read(DETAIL.format(figure="3,712,400.00"), method="ocr:tesseract")
    assert "amount_yuan" not in doc.fields or str(doc.fields["amount_yuan"].value) != "3712400.00" \
        or doc.fields["amount_yuan"].needs_review
