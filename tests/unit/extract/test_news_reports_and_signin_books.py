"""A news article about a meeting is dated by the day the meeting was held, not the day the
article was published; a sign-in book's two-line entries give each firm the address under it."""

from helpers.textdocs import document_from_text

from pipeline.extract.fields import classify_document, extract_fields
from pipeline.parsing.dates import find_yearless_days, year_nearest
from datetime import date


def _read(text: str, name: str = "推文.pdf"):
    doc = document_from_text(text, name)
    classify_document(doc)
    extract_fields(doc)
    return doc


ARTICLE = ("https://mp.weixin.qq.com/s/QwErTy0987 2023-06-13 09:15\n"
           "凝心聚力|数字工厂交流活动圆满举办\n"
           "某某信息官方公众号 发布于2023-06-13 09:15 天津\n"
           "6月12日，由天津某某信息技术有限公司主办的《数字工厂经验交流会（第3期）》在东丽区某园区会议中心"
           "召开。来自12家企业的代表参加了活动。\n"
           "附：活动签到表\n序号 单位名称 统一社会信用代码 姓名\n"
           "1 天津某甲机械有限公司 91120110MA05ABCD1X 张三\n")


def test_a_news_article_is_dated_by_the_day_the_meeting_was_held():
    doc = _read(ARTICLE)
    assert doc.doc_type == "meeting_record"
    found = doc.fields["date"]
    assert found.value == date(2023, 6, 12)
    assert found.provenance.text == "6月12日"


def test_a_publication_time_label_does_not_date_the_meeting():
    text = ("某某交流活动顺利举办\n发布时间：2024-03-02\n"
            "3月1日下午，天津某某科技有限公司在公司报告厅举办《设备管理经验交流会（第2期）》。\n")
    assert _read(text).fields["date"].value == date(2024, 3, 1)


def test_a_day_without_its_year_takes_the_year_nearest_the_papers_date():
    assert year_nearest(12, 30, date(2025, 1, 9)) == date(2024, 12, 30)
    assert year_nearest(1, 8, date(2025, 1, 9)) == date(2025, 1, 8)
    # the tail of a full date is not a day without a year
    assert [d.start for d in find_yearless_days("2024年5月6日，5月7日")] == [10]


BOOK = ("会议纪要\n时间：2023年8月3日 地点：某某园区\n"
        "主题：设备管理经验交流会（第2期）\n一、参观了示范车间。\n"
        "会议签到簿\n"
        "单位名称 姓名 单位地址 联系电话\n"
        "天津某甲机械有限公司 张三\n天津市北辰区某某路12号 13900001111\n"
        "河北某乙化工有限公司 李四\n河北省沧州市运河区某某路5号 13900002222\n"
        "天津某丙电子有限公司 王五\n天津市东丽区某某道8号 13900003333\n")


def test_a_sign_in_books_entries_take_the_address_written_under_them():
    rows = {a.name: a for a in _read(BOOK, "纪要.pdf").attendees}
    assert rows["天津某甲机械有限公司"].tianjin and rows["天津某甲机械有限公司"].address.startswith("天津市北辰区")
    assert not rows["河北某乙化工有限公司"].tianjin and rows["河北某乙化工有限公司"].sure
    assert rows["天津某丙电子有限公司"].address.startswith("天津市东丽区")


def test_a_sentence_heading_the_page_names_the_meeting_it_quotes():
    text = ("某某交流活动圆满举办\n"
            "某某信息技术有限公司主办的《数字工厂经验交流会（第4期）》在东丽区某园区会议中心顺利召开\n"
            "来自12家企业的代表参加了活动。\n")
    assert _read(text).fields["title"].value == "数字工厂经验交流会（第4期）"


def test_a_time_stamp_over_a_headline_does_not_date_the_event():
    text = ("2023-09-21 10:05\n"
            "凝心聚力|质量追溯交流活动圆满举办\n"
            "9月20日，天津某某软件有限公司主办的《质量追溯经验交流会（第5期）》在公司报告厅召开。\n")
    assert _read(text).fields["date"].value == date(2023, 9, 20)
