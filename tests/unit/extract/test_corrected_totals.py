"""A contract that states a correction of its price (a printed total struck through and a
corrected total written under a 更正 seal, or a 更改为 / 以…为准 note): the corrected figure is
the amount; when the paper marks a correction the reader cannot tie to a figure, the amount
is a question, not a confident value. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read

HEAD = ("设备供货合同\n合同编号：QW-5521\n买方（甲方） 东岭纺织机械有限公司\n卖方（乙方） 西港自动化工程有限公司\n")
TAIL = "本合同经双方签字盖章后生效。\n甲方：东岭纺织机械有限公司（盖章）\n乙方：西港自动化工程有限公司（盖章）\n日期：2023年6月8日\n"


def test_the_corrected_total_stands_over_the_printed_one():
    doc = _read(HEAD + "一、合同价款：本合同总价为人民币864,000.00元（大写：捌拾陆万肆仟元整）。\n"
                "更正：合同总价以¥912,500.00元为准（大写：玖拾壹万贰仟伍佰元整）。双方确认。\n" + TAIL)
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "912500.00" and not amount.needs_review
    assert any("更正" in c for c in amount.checks)


def test_a_figure_changed_to_another_in_one_sentence():
    doc = _read(HEAD + "合同价款：经双方协商，合同总价由人民币430,000.00元更改为人民币415,000.00元。\n" + TAIL)
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "415000.00" and not amount.needs_review


def test_a_correction_mark_not_tied_to_a_figure_makes_the_amount_a_question():
    # a 更正 seal beside a handwritten figure that did not read as a labelled one
    doc = _read(HEAD + "更正\n一、合同价款：本合同总价为人民币864,000.00元（大写：捌拾陆万肆仟元整）。\n" + TAIL)
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "864000.00" and amount.needs_review


def test_boilerplate_on_which_form_prevails_is_no_correction():
    doc = _read(HEAD + "一、合同价款：本合同总价为人民币864,000.00元（大写：捌拾陆万肆仟元整），大小写不一致时以大写为准。\n" + TAIL)
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "864000.00" and not amount.needs_review


def test_a_plan_adjusted_elsewhere_in_the_paper_is_no_correction_of_its_price():
    # a board resolution: the supplier's price in one motion, an investment plan adjusted in
    # another; 调整为 changes a plan, it corrects no written figure
    doc = _read("北岭机械有限公司董事会决议\n一、审议通过《关于选定供应商的议案》。同意选定西港自动化工程有限公司为实施单位，"
                "合同价款为人民币1,260,000.00元。\n二、审议通过《关于年度投资计划调整的议案》，年度技改投资额调整为人民币860,000.00元。\n"
                "北岭机械有限公司董事会\n2023年3月9日\n")
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "1260000.00"
    assert not any("更正" in c for c in amount.checks)
