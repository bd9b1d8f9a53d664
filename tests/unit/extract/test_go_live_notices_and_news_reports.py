"""A customer's internal notice that a system goes live states in one sentence that it passed
acceptance on a day (…并于2024年3月8日通过公司组织的竣工验收): the customer is the notice's
issuer (公司 alone is the writer), the date the one the sentence states, not the go-live or
issuing date; a clause ending in 公司 is no organisation. A website's news story reporting an
acceptance is not an acceptance paper; the customer's own published result notice is."""

from datetime import date

from helpers.textdocs import read_text_document

from pipeline.extract.classify import classify_text
from pipeline.extract.entities import plausible_organisation
from pipeline.parsing.dates import find_dates

ISSUER = "天津示例精工机械有限公司"
NOTICE = (f"{ISSUER}\n示精信〔2024〕7号\n关于质量追溯平台正式上线的通知\n公司各部门：\n"
          "由天津另一数据科技有限公司承建的质量追溯平台项目建设合同（合同编号：示精采字〔202\n"
          "4〕第31号）已完成建设和试运行，并于2024\n年3月8日通过公司组织的竣工验收，验收结论为合格。\n"
          "经公司研究，该平台自2024年3月15日起正式上线运行。\n特此通知。\n"
          f"{ISSUER}\n二〇二四年三月十八日\n")


def test_a_go_live_notice_is_read_for_its_acceptance():
    doc = read_text_document(NOTICE)
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["customer"].value == ISSUER
    assert doc.fields["date"].value == date(2024, 3, 8)
    assert doc.fields["contract_no"].value == "示精采字〔2024〕第31号"


def test_a_code_cut_by_the_wrap_inside_a_sentence_aside_is_read_whole():
    doc = read_text_document(NOTICE.replace("示精采字〔202\n4〕第31号", "AB2024-QT-\n031 "))
    assert doc.fields["contract_no"].value == "AB2024-QT-031"


def test_a_clause_with_a_date_is_no_organisation():
    assert not plausible_organisation("并于2024年3月8日通过公司")
    assert not plausible_organisation("年3月8日通过公司")
    assert plausible_organisation("天津百年精工机械有限公司")


def test_a_date_wrapped_over_a_line_end_is_read():
    assert [m.value for m in find_dates("并于2024\n年3月8日通过")] == [date(2024, 3, 8)]


NEWS = ("2024-05-06 10:02 示例—新闻中心\n天津示例精工机械有限公司|新闻动态\n"
        "质量追溯平台项目顺利通过验收\n发布时间：2024-03-20 来源：综合办公室 浏览次数：906\n"
        "近日，由我公司与天津另一数据科技有限公司合作建设的质量追溯平台项目顺利通过公司组织的验收。"
        "验收会上，专家组听取了项目建设汇报，现场查看了车间运行情况，认为项目达到了预期目标。\n"
        "https://www.example-jj.com.cn/news/20240320/11.html 1/1\n")
RESULT = ("2024/03/20 09:30 验收结果公示-天津示例精工机械有限公司\n首页>新闻中心>通知公告\n"
          "关于质量追溯平台验收结果的公示\n发布时间：2024-03-09 来源：本站 浏览次数：77\n"
          "我公司质量追溯平台（承建单位：天津另一数据科技有限公司）已于2024年3月8日组织完成竣工验收，"
          "结论为：验收合格。\n现予公示，公示期五个工作日。\n天津示例精工机械有限公司\n2024年3月9日\n")


def test_a_news_story_reporting_an_acceptance_is_no_acceptance_paper():
    assert classify_text(NEWS).doc_type == "other"


def test_a_published_acceptance_result_stays_an_acceptance_report():
    assert classify_text(RESULT).doc_type == "acceptance_report"


def test_a_wen_hao_whose_brackets_ocr_mixed_is_read_whole():
    text = ("项目验收报告\n项目名称 质量追溯平台项目\n合同编号 示精采字（2024】第31号\n"
            f"建设单位 {ISSUER}\n验收结论：合格\n验收日期：2024年3月8日\n")
    found = read_text_document(text).fields["contract_no"]
    assert found.value.startswith("示精采字") and found.value.endswith("2024】第31号")


def test_a_code_cut_right_after_a_separator_takes_all_its_parts_from_the_next_line():
    doc = read_text_document(NOTICE.replace("示精采字〔202\n4〕第31号", "AB2024-\nQT-031"))
    assert doc.fields["contract_no"].value == "AB2024-QT-031"
