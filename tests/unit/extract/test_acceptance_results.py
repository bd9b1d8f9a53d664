"""How an acceptance states its result: a form's ticked option (an unticked one states nothing),
a vote tally (no vote against is no failure), or a sentence in which the thing delivered passed
or the customer confirms it. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read


def test_a_ticked_box_before_a_qualified_option_decides_and_the_empty_one_says_nothing():
    text = ("资产移交确认表\n合同编号 QX-5521 验收日期 2022-08-09\n"
            "验收结论 ■验收合格，准予移交 □验收不合格\n")
    doc = _read(text)
    assert doc.fields["result"].value == "passed"
    ocr = _read(text.replace("■", "国").replace("□", "口"), method="ocr:tesseract")
    assert ocr.fields["result"].value == "passed"


def test_a_vote_tally_with_no_vote_against_is_a_pass():
    doc = _read("系统验收评审投票统计表\n组织单位：丙北化工有限公司\n"
                "序号 评审人 赞成 反对 弃权\n1 甲 √\n2 乙 √\n3 丙 √\n合计 3 0 0\n"
                "统计结果：应到3人，实到3人，赞成3票，反对0票，弃权0票。\n")
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["result"].value == "passed"


def test_a_vote_tally_without_a_majority_for_is_no_pass():
    doc = _read("系统验收评审投票统计表\n组织单位：丙北化工有限公司\n"
                "统计结果：应到5人，实到5人，同意2票，不同意3票，弃权0票。\n")
    assert doc.fields["result"].value == "failed"


def test_a_project_that_passed_acceptance_passed():
    doc = _read("系统验收评审投票统计表\n组织单位：丙北化工有限公司\n"
                "统计结果：全体评审人赞成。该系统通过验收。\n")
    assert doc.fields["result"].value == "passed"


def test_an_unticked_failing_option_without_a_conclusion_label_is_no_failure():
    doc = _read("系统上线确认单\n用户单位 丙北化工有限公司\n"
                "☑ 系统运行稳定，用户确认终验通过 ☐ 有条件通过 ☐ 不通过\n")
    assert doc.fields["result"].value == "passed"


def test_a_ticked_preliminary_option_decides_nothing():
    # the row's only ticked box passes the preliminary check; the final acceptance is unticked
    doc = _read("资产移交确认表\n合同编号 QX-5521 验收日期 2022-08-09\n"
                "验收结论 ■初验合格 □终验合格 □不合格\n")
    result = doc.fields.get("result")
    assert result is None or result.value != "passed"
    # the same form with the final acceptance ticked passes
    ticked = _read("资产移交确认表\n合同编号 QX-5521 验收日期 2022-08-09\n"
                   "验收结论 ■初验合格 ■终验合格 □不合格\n")
    assert ticked.fields["result"].value == "passed"


def test_failed_items_that_were_put_right_are_no_failure():
    # 不合格项 names the defects found, not the verdict; the verdict follows them
    labelled = _read("设备验收单\n合同编号 QX-7310 验收日期 2022-05-18\n"
                     "验收结论：初检不合格项 2 处已全部整改，验收合格。\n")
    assert labelled.fields["result"].value == "passed"
    prose = _read("设备验收单\n合同编号 QX-7310 验收日期 2022-05-18\n"
                  "经复查，不合格品已退换完毕，验收合格，同意交付。\n")
    assert prose.fields["result"].value == "passed"
    # a verdict of failure stays one
    failed = _read("设备验收单\n合同编号 QX-7310 验收日期 2022-05-18\n验收结论：不合格，限期整改。\n")
    assert failed.fields["result"].value == "failed"
