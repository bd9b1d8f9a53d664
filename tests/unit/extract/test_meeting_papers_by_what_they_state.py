"""Meeting papers known by what they are: a sign-in sheet under a meeting's long full name, a
pledge the attending firms adopted at the meeting, a machine transcript of its recording."""

from helpers.textdocs import document_from_text

from pipeline.extract.classify import classify_text
from pipeline.extract.fields import classify_document, extract_fields


def _read(text: str, name: str = "材料.pdf"):
    doc = document_from_text(text, name)
    classify_document(doc)
    extract_fields(doc)
    return doc


# the heading is long because the meeting's full name (with its issue in brackets) comes first
LONG_SHEET = ("2023年纺织印染行业数字化质量追溯推广交流会（第四期）到会企业签到表\n"
              "日期：2023年9月6日 地点：某某产业园报告厅\n"
              "序号 信用代码（或地址） 企业名称 参会人 手机\n"
              "1 91120000XXXXXXXX1A 天津青川纺织有限公司 王某 13800000001\n"
              "2 天津市东丽区某某路8号 天津北禾印染有限公司 李某 13800000002\n"
              "3 河北省廊坊市某某路9号 河北北禾纺织有限公司 赵某 13800000003\n")


def test_a_sign_in_sheet_under_a_long_meeting_name_is_a_meeting_record():
    c = classify_text(LONG_SHEET)
    assert c.doc_type == "meeting_record" and c.recognised


def test_the_sheet_heading_less_its_paper_words_names_the_meeting():
    doc = _read(LONG_SHEET)
    assert doc.fields["title"].value == "2023年纺织印染行业数字化质量追溯推广交流会（第四期）"


def test_a_long_sentence_mentioning_a_sheet_is_no_heading():
    # prose naming a sheet in passing (a contract clause) does not title the paper
    text = ("设备采购合同\n"
            "乙方应于培训结束后三日内向甲方提交培训人员签到表及考核记录作为验收资料\n"
            "甲方：天津某某机械有限公司 乙方：天津某某科技有限公司\n"
            "合同金额：人民币壹拾万元整\n")
    assert classify_text(text).doc_type == "contract"


PLEDGE = ("关于共同推进产线设备互联互通的联合倡议\n"
          "2023年10月12日，由天津某某数字科技有限公司承办的“2023年纺织行业设备互联应用座谈会”在某某大厦"
          "三楼会议室举行。到会企业交流了各自做法。经讨论，与会单位一致同意共同发起如下倡议：\n"
          "一、推进设备联网；\n二、共享应用案例。\n"
          "倡议单位：见签署页\n"
          "倡议书签署页\n"
          "序号 单位名称（盖章） 信用代码/地址 代表\n"
          "1 天津青川纺织有限公司 91120000XXXXXXXX1A 王某\n"
          "2 天津北禾印染有限公司 天津市东丽区某某路8号 李某\n")


def test_a_pledge_the_attending_firms_issued_at_a_meeting_is_a_meeting_record():
    c = classify_text(PLEDGE)
    assert c.doc_type == "meeting_record" and c.recognised


def test_the_pledge_names_the_meeting_it_was_adopted_at_and_its_day():
    doc = _read(PLEDGE)
    assert doc.fields["title"].value == "2023年纺织行业设备互联应用座谈会"
    assert str(doc.fields["date"].value) == "2023-10-12"


TRANSCRIPT = ("语音转写稿（自动生成）\n"
              "源文件：rec_0906.mp3 转写时间：2023-09-08 10:02\n"
              "2023年纺织印染行业数字化质量追溯推广交流会（第四期）（录音整理稿）\n"
              "发言人1 00:00:05\n"
              "各位来宾上午好，今天是2023年9月6日，欢迎参加本次交流会。\n"
              "发言人2 00:10:12\n"
              "我们介绍一下在印染车间做质量追溯的经验。\n")


def test_a_machine_transcript_of_a_meeting_is_a_meeting_record():
    c = classify_text(TRANSCRIPT)
    assert c.doc_type == "meeting_record" and c.recognised
