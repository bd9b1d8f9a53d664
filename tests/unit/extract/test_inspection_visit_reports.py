"""A free on-site examination of a firm's equipment (巡诊, 体检) with findings and advice is a
diagnosis report whatever its title; it is dated by the visit, not by the next one planned; a
form's solution row whose cell OCR splits into words is a row, not a table's header. Texts
written for these tests (no set's documents)."""

from __future__ import annotations

from datetime import date

from helpers.textdocs import read_text_document as read

from pipeline.extract.fields import find_solution
from pipeline.extract.fields.solutions import states_no_solution
from pipeline.models import Document, PageText

ROUNDS = ("产线设备巡诊记录\n"
          "客户名称：甲东精工机械有限公司\n"
          "下次巡诊日期：2025年1月6日\n"
          "巡诊日期：2024年10月8日\n"
          "设备 振动(mm/s) 温度(℃) 状态\n"
          "3#注塑机 5.2 64 注意\n"
          "输送线电机 1.9 48 正常\n"
          "现状：点检表手工填写，异常靠经验判断。主要问题：注塑机主轴振动偏大，润滑不足。\n"
          "处理建议：更换主轴轴承并按周期加注润滑脂；为关键电机加装振动温度在线监测并接入告警平台。\n")


def test_an_equipment_rounds_report_is_a_diagnosis_of_the_firm_visited():
    d = read(ROUNDS)
    assert d.doc_type == "diagnosis_report"
    assert d.value("customer") == "甲东精工机械有限公司"
    assert d.value("date") == date(2024, 10, 8)      # the visit, not the next one planned
    assert find_solution(d) is not None


def test_a_production_checkup_report_is_a_diagnosis():
    d = read("企业生产管理体检报告\n受检企业：乙西食品有限公司\n体检日期：2024年3月2日\n"
             "一、发现的问题\n车间在制品积压，计划靠电子表格下达，交期常延误。\n"
             "二、整改建议\n上线排产系统并与仓储数据打通，按周复盘计划达成率和在制品天数。\n")
    assert d.doc_type == "diagnosis_report"
    assert d.value("date") == date(2024, 3, 2)


def _form(advice_line: str) -> Document:
    text = ("数字化服务记录单\n服务对象 丙南电器有限公司\n服务时间 2024年6月3日\n"
            "主要问题 库存数据与账面不符\n" + advice_line + "\n服务对象确认（盖章）：\n")
    return Document(path="form.png", sha256="x", pages=[PageText(1, text, "ocr:tesseract")])


def test_a_solution_row_whose_cell_ocr_split_apart_is_no_table_header():
    # OCR broke the cell's sentence into several words: the row still proposes
    d = _form("诊断意见及建议 建议上线轻量 WMS 系统并逐步接入关键设备数据，实现库存实时可视。")
    found = find_solution(d)
    assert found is not None and found.value == "诊断意见及建议"
    assert states_no_solution(d) is None


def test_a_form_whose_advice_box_holds_only_a_stray_glyph_states_no_solution():
    # a seal over the empty box leaves one glyph for OCR: the box is still empty
    d = _form("诊断意见及建议 印")
    assert find_solution(d) is None
    stated = states_no_solution(d)
    assert stated is not None and stated.value == "诊断意见及建议"
    # a box with words in it proposes, or at least does not state it has nothing
    filled = _form("诊断意见及建议 上线仓储管理系统")
    assert states_no_solution(filled) is None


def test_a_staff_medical_checkup_report_is_no_diagnosis_of_a_firm():
    d = read("企业员工年度体检报告\n单位：丁北物流有限公司\n体检日期：2024年5月9日\n"
             "参检人数 48 人，血压偏高 6 人，建议定期复查并注意饮食。\n")
    assert d.doc_type != "diagnosis_report"
