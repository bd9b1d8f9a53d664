"""Dates of other events on a page: a supplier list's admission dates, a preliminary check's
labelled date before a final verdict (texts written for these tests, no set's documents)."""

from helpers.textdocs import field_values, read_text_document


def test_a_supplier_lists_admission_dates_are_not_the_award_date():
    doc = read_text_document(
        "丙东重工有限公司\n合格供方清单\n序号 单位名称 类别 入库日期\n"
        "1 戊西机电有限公司 机电设备 2021-05-11\n2 乙南数控有限公司 数控系统 2021-08-02\n"
        "附：直接委托说明\n经本公司采购委员会2022年2月8日研究，本项目采取直接委托方式采购，由乙南数控有限公司承担，"
        "合同编号HX-2022-019，合同金额¥640,000.00元。\n采购部\n2022年2月8日\n")
    assert field_values(doc)["date"] == "2022-02-08"


def test_a_preliminary_checks_labelled_date_is_not_the_final_acceptance():
    doc = read_text_document(
        "项目遗留问题销项表\n项目名称：车间数据采集项目 合同编号：HX-2022-019 建设单位：丙东重工有限公司 "
        "实施单位：乙南数控有限公司\n序号 问题 措施 状态\n1 报表导出缺字段 已修复 已关闭\n"
        "初验日期：2022年9月1日\n结论：问题均已销项经建设单位组织复验，同意通过最终验收。终验日期：2022年10月20日\n")
    assert doc.doc_type == "acceptance_report"
    assert field_values(doc)["date"] == "2022-10-20"
