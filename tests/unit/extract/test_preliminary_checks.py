"""A preliminary check (初验, 预验收, 初审 …) before the acceptance: one vocabulary list
(`preliminary_checks` in the field labels) from which the date and the outcome readers build
their patterns. Invented texts only."""

import pytest
from helpers.textdocs import field_values, read_text_document

from pipeline.extract.fields.vocabulary import LABELS

_read, _values = read_text_document, field_values

_HEAD = ("项目验收报告\n项目名称 产线改造项目\n使用单位 甲北精工有限公司 供货单位 乙南数控有限公司\n"
         "项目于2022年6月30日完成交付。\n")


def test_the_vocabulary_holds_every_word_the_readers_used():
    # the union of the lists the date and outcome readers wrote for themselves
    assert {"初验", "初检", "初审", "初次验收", "初步验收", "首次验收", "预验收", "预验"} <= set(LABELS.preliminary_checks)


@pytest.mark.parametrize("word", LABELS.preliminary_checks)
def test_a_date_under_a_preliminary_checks_row_label_is_not_the_acceptances(word):
    # the preliminary date comes last: without the rule it would be taken as the document's date
    doc = _read(_HEAD + f"{word}情况 2022年5月8日\n验收结论 合格\n")
    assert _values(doc)["date"] == "2022-06-30"


@pytest.mark.parametrize("word", LABELS.preliminary_checks)
def test_a_date_followed_by_a_preliminary_checks_word_is_not_the_acceptances(word):
    doc = _read(_HEAD + f"情况说明：2022年5月8日{word}，提出整改意见\n验收结论 合格\n")
    assert _values(doc)["date"] == "2022-06-30"


@pytest.mark.parametrize("word", ["初验", "初检", "初审", "预验"])
def test_a_preliminary_checks_conclusion_is_not_the_acceptances(word):
    # its failure is not the outcome; the re-check's conclusion after it is
    doc = _read("项目验收报告\n使用单位 甲北精工有限公司 供货单位 乙南数控有限公司\n"
                f"{word}结论：不通过，限期整改。\n复验情况：整改完成。\n验收意见：同意。验收合格。\n")
    assert _values(doc)["result"] == "passed"


@pytest.mark.parametrize("word", LABELS.preliminary_checks)
def test_a_preliminary_checks_word_that_runs_into_the_label_still_makes_it_the_checks(word):
    # 预验收结论 and 初次验收日期 hold the labels 验收结论 and 验收日期: the check's word ends
    # inside them, not before them
    conclusion = _read("项目验收报告\n使用单位 甲北精工有限公司 供货单位 乙南数控有限公司\n"
                       f"{word}结论：不通过，限期整改。\n复验情况：整改完成。\n验收意见：同意。验收合格。\n")
    assert _values(conclusion)["result"] == "passed"
    dated = _read(_HEAD + f"{word}日期 2022年5月8日\n验收结论 合格\n")
    assert _values(dated)["date"] == "2022-06-30"
