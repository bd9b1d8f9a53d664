"""A name followed by its role in brackets (X有限公司（建设单位）) states that role; the bracketed label
is not a label for the name after it. Invented texts."""

from helpers.textdocs import field_values, read_text_document

CUSTOMER, SUPPLIER = "天津市河东区甲木机电有限公司", "天津乙水软件股份有限公司"


def test_each_name_takes_the_role_its_bracket_notes():
    doc = read_text_document(f"某某项目\n验收会会议纪要\n会议时间：2023年10月08日\n"
                             f"参会单位：{CUSTOMER}（建设单位）、{SUPPLIER}（实施单位）及特邀专家\n"
                             f"2023年10月8日，{CUSTOMER}组织召开项目验收会。\n验收组一致同意该项目通过验收。")
    values = field_values(doc)
    assert doc.doc_type == "acceptance_report"
    assert values["customer"] == CUSTOMER and values["supplier"] == SUPPLIER


def test_a_bracketed_label_after_a_term_is_still_a_label():
    doc = read_text_document(f"项目验收报告\n验收单位（甲方）：{CUSTOMER}\n承建单位：{SUPPLIER}\n"
                             "验收日期：2023年10月8日\n验收结论：合格")
    assert field_values(doc)["customer"] == CUSTOMER


def test_commissioned_by_opens_no_name():
    """受X（采购人）委托: 受 is the preposition before the buyer's name, not part of it."""
    doc = read_text_document(f"中标通知书\n{SUPPLIER}：\n天津津诚招标代理有限公司受{CUSTOMER}（采购人）委托，"
                             "就该项目进行了公开招标。\n")
    assert field_values(doc)["customer"] == CUSTOMER
