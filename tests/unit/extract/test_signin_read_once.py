"""Sign-in sheets are read with the document (not while rules are checked) and cached with it."""

from helpers.textdocs import document_from_text

from pipeline.extract.fields import classify_document, extract_fields
from pipeline.serialize import document_from_dict, document_to_dict

SHEET = ("2024年第2期智能制造经验交流会签到表\n会议时间：2024年6月5日\n"
         "序号 单位名称 统一社会信用代码/地址 参会代表\n"
         "1 天津华瑞精工机械有限公司 天津市西青区宜白路12号 王伟\n"
         "2 河北恒通电气有限公司 河北省廊坊市广阳区新华路8号 李娜\n")


def _read(text: str):
    doc = document_from_text(text, "签到表.pdf")
    classify_document(doc)
    extract_fields(doc)
    return doc


def test_a_meeting_record_carries_its_attendees_with_where_they_came_from():
    doc = _read(SHEET)
    assert doc.doc_type == "meeting_record"
    rows = {a.name: a for a in doc.attendees}
    assert rows["天津华瑞精工机械有限公司"].tianjin and not rows["河北恒通电气有限公司"].tianjin
    first = rows["天津华瑞精工机械有限公司"]
    assert first.page == 1 and "宜白路12号" in first.text and first.method == "text_layer"


def test_attendees_survive_the_document_cache():
    doc = _read(SHEET)
    again = document_from_dict(document_to_dict(doc), doc.path)
    assert again.attendees == doc.attendees


def test_other_kinds_carry_no_attendees():
    doc = _read("购销合同\n甲方：天津华瑞精工机械有限公司\n乙方：天津信诺数字科技有限公司\n合同金额：100,000.00元\n")
    assert doc.doc_type == "contract" and doc.attendees == []
