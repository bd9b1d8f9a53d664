"""A diagnosis report is dated by the diagnosis itself (raised, held, visited), not by its
later update or closing. Texts written for these tests (no set's documents)."""

from __future__ import annotations

from datetime import date

from helpers.diagnosis_texts import EIGHT_D, PLAN
from helpers.textdocs import read_text_document as read


def test_a_report_is_dated_when_raised_not_when_last_updated():
    d = read(EIGHT_D.format(d5=PLAN, d6="连续六周不良率稳定在目标以内。"))
    assert d.doc_type == "diagnosis_report"
    assert d.value("date") == date(2023, 5, 6)


def test_a_later_update_date_is_not_taken_for_want_of_a_label():
    d = read("设备能效现场诊断报告\n被诊断企业：甲北五金制品有限公司\n"
             "一、现状\n空压站无计量，能耗无法分摊到车间，夜间空载运行时间长。\n"
             "二、改进建议\n加装分项计量表并接入能源管理平台，空压机改为联控并按需供气。\n"
             "诊断单位（盖章）：乙南数控有限公司\n2023年8月12日\n最后更新日期：2023年10月30日\n")
    assert d.value("date") == date(2023, 8, 12)


def test_a_date_after_the_next_label_on_the_line_is_that_labels():
    text = EIGHT_D.format(d5="改造夹具并加装在线检测。", d6="不良率下降。").replace(
        "提出日期 2023-05-06 最后更新日期 2023-07-01", "提出日期 最后更新日期 2023-07-01")
    found = read(text).fields.get("date")
    # the only date stated is the update's: a question for the reviewer, not the diagnosis date
    assert found is None or found.needs_review
