"""A diagnosis report mailed to the firm it diagnosed: the e-mail's recipient is that firm (the
body speaks to it as 贵公司 about its own diagnosis), the sections are headings set off by
brackets with their content run on (【改进建议】…), and the report is dated by the on-site
diagnosis the body names, not by the mail. Texts written for these tests (no set's documents)."""

from __future__ import annotations

from datetime import date

from helpers.textdocs import read_text_document as read

from pipeline.extract.fields import find_solution
from pipeline.extract.fields.solutions import unheaded_proposal

_MAIL = ("发件人：咨询服务部<service@example.cn>\n"
         "收件人：甲东印染有限公司生产部经理\n"
         "主题：印染车间数字化免费诊断意见\n"
         "您好！\n"
         "根据2021年9月6日贵公司现场诊断情况，现将诊断意见整理如下，请查阅。\n"
         "【基本情况】印染车间三条产线，配方靠纸质卡片管理。\n"
         "【存在问题】染色配方无版本控制，能耗无分线计量。\n"
         "{solution}"
         "——乙西软件技术有限公司咨询服务部\n"
         "打印时间：2021年9月18日\n")
_PLAN = "【{word}】上线配方管理系统并与染缸控制器对接，各产线加装电能计量表。\n"


def test_the_recipient_of_a_mailed_diagnosis_is_the_diagnosed_firm():
    d = read(_MAIL.format(solution=_PLAN.format(word="改进建议")))
    assert d.doc_type == "diagnosis_report"
    found = d.fields.get("customer")
    assert found is not None and found.value == "甲东印染有限公司"
    assert found.provenance.page == 1
    # the sender signs: it is not the diagnosed firm
    assert found.value != "乙西软件技术有限公司"


def test_a_mailed_diagnosis_is_dated_by_the_on_site_visit_not_by_its_sign_off():
    signed = _MAIL.replace("打印时间：2021年9月18日\n", "2021年9月18日\n")
    d = read(signed.format(solution=_PLAN.format(word="改进建议")))
    assert d.value("date") == date(2021, 9, 6)


def test_a_bracketed_heading_with_its_content_run_on_is_the_solution():
    for word in ("改进建议", "实施方案", "解决方案"):
        d = read(_MAIL.format(solution=_PLAN.format(word=word)))
        found = find_solution(d)
        assert found is not None and word in found.value


def test_a_bracketed_heading_with_nothing_after_it_proposes_nothing():
    d = read(_MAIL.format(solution="【改进建议】\n"))
    assert find_solution(d) is None


def test_an_unknown_bracketed_section_after_the_findings_is_a_question():
    d = read(_MAIL.format(solution="【下一步工作】上线配方管理系统并与染缸控制器对接，各产线加装电能计量表。\n"))
    assert find_solution(d) is None
    assert unheaded_proposal(d) is not None


def test_a_dash_sign_off_read_by_ocr_ends_an_empty_bracketed_heading():
    text = _MAIL.format(solution="【改进建议】\n").replace("——乙西", "一一乙西")
    d = read(text, method="ocr:tesseract")
    assert find_solution(d) is None
