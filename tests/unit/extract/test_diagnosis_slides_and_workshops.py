"""A diagnosis told as slides or as a workshop's minutes: a slide's one-line solution proposes,
a workshop's 改善方案 card is its solution, and the enterprise a definition calls 企业 is the
one diagnosed. Texts written for these tests (no set's documents)."""

from __future__ import annotations

from helpers.textdocs import read_text_document as read

from pipeline.extract.entities import find_organizations
from pipeline.extract.fields import find_solution

SLIDES = ("幻灯片1\n丙南机床数字化转型诊断汇报\n诊断对象：丙南精密机床有限公司\n汇报单位：丁西数智科技有限公司\n"
          "2023.05.18\n幻灯片2\n现状与问题：换线时间长；备件台账手工维护\n幻灯片3\n{last}")


def test_a_slides_one_line_solution_proposes():
    d = read(SLIDES.format(last="解决方案：上线设备点检系统，分两期推进"))
    found = find_solution(d)
    assert found is not None and found.value.startswith("解决方案")


def test_a_slide_with_a_bare_word_under_the_heading_still_proposes_nothing():
    d = read(SLIDES.format(last="解决方案：详见附件"))
    assert find_solution(d) is None


WORKSHOP = ("智能化诊断共创研讨记录\n2023年6月2日，诊断专家与丙南精密机床有限公司（以下简称企业）骨干8人在企业车间"
            "开展共创研讨，形成《丙南精密机床智能化诊断报告》。\n问题清单\n换线时间长 6\n备件台账手工 4\n{card}\n{plan}\n记录：丁西数智科技有限公司")


def test_a_workshops_improvement_card_is_its_solution():
    d = read(WORKSHOP.format(card="改善方案卡", plan="措施一：推行快速换模；措施二：备件扫码出入库并设安全库存提醒。"))
    found = find_solution(d)
    assert found is not None and found.value == "改善方案卡"


def test_the_enterprise_a_diagnosis_defines_as_企业_is_the_customer():
    d = read(WORKSHOP.format(card="改善方案卡", plan="措施一：推行快速换模；措施二：备件扫码出入库。"))
    assert d.doc_type == "diagnosis_report"
    assert d.value("customer") == "丙南精密机床有限公司"
    assert "定义" in " ".join(d.fields["customer"].checks)


def test_the_subject_joined_to_a_name_is_no_part_of_it():
    names = [o.text for o in find_organizations("当日，诊断专家与天津某某精密机床有限公司座谈")]
    assert names == ["天津某某精密机床有限公司"]
    names = [o.text for o in find_organizations("我方会同北京某某软件有限公司实施")]
    assert names == ["北京某某软件有限公司"]
    # a name whose place comes first keeps its 和 (天津和X, 天津市和X)
    assert [o.text for o in find_organizations("天津和顺某某有限公司")] == ["天津和顺某某有限公司"]


def test_a_last_slide_that_puts_the_work_off_states_no_solution_on_a_scan():
    from pipeline.extract.fields.solutions import states_no_solution
    d = read(SLIDES.format(last="后续安排：待企业完成设备普查后再行商定"), method="ocr:tesseract")
    assert find_solution(d) is None
    stated = states_no_solution(d)
    assert stated is not None and "再行商定" in stated.value
    # a slide lost between them (幻灯片1, 幻灯片3): what stood on it is unknown, nothing is stated
    lost = read(SLIDES.format(last="后续安排：待企业完成设备普查后再行商定").replace("幻灯片2\n", ""),
                method="ocr:tesseract")
    assert states_no_solution(lost) is None


def test_a_short_previous_row_above_an_empty_suggestion_box_is_not_its_content():
    form = ("企业数字化服务记录表\n服务对象 丙南精密机床有限公司\n服务日期 2023年7月3日\n"
            "主要问题 排产靠人工，在制品堆积严重\n诊断意见及建议\n服务对象确认（盖章）\n")
    d = read(form, method="ocr:tesseract")
    assert find_solution(d) is None
