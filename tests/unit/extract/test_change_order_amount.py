"""A change order states the amount before and after its change side by side; the document
commits to the revised one, whichever is larger. And a money-shaped figure (thousands groups,
two decimals) stays money where OCR ran the next cell's words into it. Texts written for these
tests."""

from pipeline.parsing.amounts import find_amounts
from helpers.textdocs import read_text_document as _read

HEAD = "采购订单调整确认单\n采购方 甲北机床有限公司 供应商 乙南软件有限公司\n关联合同编号 QX-7731\n"


def test_the_revised_column_is_the_amount_even_when_smaller():
    doc = _read(HEAD + "项目 调整前 调整后 原因\n订单总额（元） 2,640,000.00 2,315,500.00 取消一套工位\n"
                "交货期 2023-03-01 2023-04-15 同步\n", method="ocr:tesseract")
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "2315500.00"
    assert any("变更后" in c for c in amount.checks)


def test_a_garbled_header_verb_still_heads_the_columns():
    doc = _read(HEAD + "项目 杰更前 赤更后 原因\n订单总额（元） 2,640,000.00 2,315,500.00 取消一套工位\n",
                method="ocr:tesseract")
    assert str(doc.fields["amount_yuan"].value) == "2315500.00"


def test_two_figures_without_such_a_header_are_chosen_as_before():
    doc = _read(HEAD.replace("调整确认单", "确认单") + "订单总额（元） 2,640,000.00 2,315,500.00\n",
                method="ocr:tesseract")
    assert str(doc.fields["amount_yuan"].value) == "2640000.00"


def test_a_money_shaped_figure_run_into_words_is_still_money():
    assert [str(m.value) for m in find_amounts("总额 1,580,000.00 1,612,300.00增补两台")] == \
        ["1580000.00", "1612300.00"]
    # a measure or a count after a figure is no money, grouped or not
    assert find_amounts("年产 3,250.00吨") == [] and find_amounts("共 1,200家") == []
