"""Papers titled only by their genre (a certificate 证明, a page of a work log) that state a meeting
was held and carry the list of those who attended are meeting records; the day is the meeting's."""

from helpers.textdocs import document_from_text

from pipeline.extract.classify import classify_text
from pipeline.extract.fields import classify_document, extract_fields


def _read(text: str, name: str = "材料.pdf"):
    doc = document_from_text(text, name)
    classify_document(doc)
    extract_fields(doc)
    return doc


CERTIFICATE = ("证明\n"
               "兹证明，天津某川精工科技有限公司于二〇二三年五月十六日在本市某某大厦报告厅举办"
               "“纺织机械远程运维推广座谈会（第三期）”，本协会派员出席。到会企业代表现场签到，名单附后。\n"
               "特此证明。\n"
               "天津市某某行业协会\n"
               "二〇二三年五月二十二日\n"
               "附：到会单位名单\n"
               "序号 单位名称 统一社会信用代码 代表\n"
               "1 天津某川精工科技有限公司 91120000XXXXXXXX1A 王某\n"
               "2 天津北禾纺织有限公司 91120000XXXXXXXX2B 李某\n")


def test_a_certificate_that_a_meeting_was_held_with_its_attendees_is_a_meeting_record():
    c = classify_text(CERTIFICATE)
    assert c.doc_type == "meeting_record" and c.recognised


def test_the_certificate_dates_the_meeting_not_its_own_signing():
    doc = _read(CERTIFICATE)
    assert str(doc.fields["date"].value) == "2023-05-16"
    assert doc.fields["title"].value == "纺织机械远程运维推广座谈会（第三期）"


WORK_LOG = ("工作日志\n"
            "日期：2023-08-09 星期三 天气：多云 记录人：赵某\n"
            "今日工作：组织召开“2023年注塑车间能耗管理与设备联网应用研讨会（第二期）”，会期半天\n"
            "地点：某某园区二号楼会议室。议题：能耗监测。\n"
            "参会单位（名称/代表）：\n"
            "天津某禾塑料制品有限公司 孙某\n"
            "天津南川模具有限公司 钱某\n"
            "明日安排：整理会议材料。\n")


def test_a_work_log_page_recording_a_meeting_with_its_attendees_is_a_meeting_record():
    c = classify_text(WORK_LOG)
    assert c.doc_type == "meeting_record" and c.recognised
    assert str(_read(WORK_LOG).fields["date"].value) == "2023-08-09"


def test_a_meeting_mentioned_without_any_attendee_list_is_still_not_recognised_as_one():
    text = ("工作日志\n"
            "日期：2023-08-09 记录人：赵某\n"
            "今日工作：协助园区组织召开“注塑车间能耗管理研讨会”的会务准备，核对场地。\n"
            "明日安排：整理材料。\n")
    assert classify_text(text).doc_type != "meeting_record"


def test_an_attendee_heading_without_a_meeting_stated_held_does_not_make_a_meeting_record():
    text = ("证明\n"
            "兹证明王某系我公司员工，现任技术部工程师。\n"
            "特此证明。\n"
            "参会人员：王某\n")
    assert classify_text(text).doc_type != "meeting_record"


# an online collection form's result page: its only full date is the form's closing time; each
# row is stamped with the day (no year) and time its attendee signed in
COLLECTION_FORM = ("在线收集表 结果 共3份 导出\n"
                   "【签到】2023年冷链仓储数字化推广座谈会\n"
                   "发起人：天津某某冷链科技有限公司 截止时间：2023-03-28 18:00\n"
                   "序号 提交时间 1.单位名称 2.统一社会信用代码 3.姓名\n"
                   "1 03/28 09:01:12 天津某某冷链科技有限公司 91120000XXXXXXXX1A 王某\n"
                   "2 03/28 09:03:40 天津北禾食品有限公司 91120000XXXXXXXX2B 李某\n"
                   "3 03/28 09:05:02 天津南川物流有限公司 91120000XXXXXXXX3C 赵某\n")


def test_a_collection_form_is_dated_by_the_day_its_rows_were_signed_in():
    doc = _read(COLLECTION_FORM)
    assert doc.doc_type == "meeting_record"
    found = doc.fields["date"]
    assert str(found.value) == "2023-03-28"
    assert found.provenance.text.startswith("03/28")


def test_sign_in_stamps_of_scattered_days_date_nothing():
    text = COLLECTION_FORM.replace("2 03/28", "2 03/30").replace("3 03/28", "3 04/02")
    assert "date" not in _read(text).fields or _read(text).fields["date"] is None


def test_a_held_meeting_whose_closing_quote_was_lost_is_named_up_to_its_issue():
    text = WORK_LOG.replace("（第二期）”，会期半天", "（第二期） ~_ 一", 1)
    assert classify_text(text).doc_type == "meeting_record"
    assert _read(text).fields["title"].value == "2023年注塑车间能耗管理与设备联网应用研讨会（第二期）"
