"""A compilation of sign-in cards (one card per firm, code or address) and a mini-program's
sign-in export: what each paper states makes it a meeting record, gives each card its own
firm's locator, and dates the meeting by the day it was held, not the day the list was exported."""

from datetime import date

from helpers.textdocs import document_from_text

from pipeline.extract.classify import classify_text
from pipeline.extract.fields import classify_document, extract_fields


def _read(text: str, name: str = "材料.pdf"):
    doc = document_from_text(text, name)
    classify_document(doc)
    extract_fields(doc)
    return doc


# cards two per row; each firm fills in its credit code or its address
CARDS = ("“新能源装备供应链恳谈会（第三场）”\n"
         "参会签到卡（合订）\n"
         "会议日期：2023年9月7日 地点：天津市河东区某某大厦三楼\n"
         "单位：天津青禾机电设备有限公司 单位：天津广拓塑料制品有限公司\n"
         "代码：91120113MA05KX3Q7N 地址：天津市宝坻区九园工业园8号\n"
         "签名：孙立 签名：钱芳\n"
         "单位：天津海泓包装材料有限公司 单位：保定远航机械制造有限公司\n"
         "地址：天津市静海区团泊大道21号 代码：91130602MA0CX1K45U\n"
         "签名：李强 签名：周敏\n"
         "单位：天津宁泽仪表有限公司\n"
         "代码：91120222MA06PL8R2B\n"
         "签名：吴刚\n")


def test_a_compilation_of_sign_in_cards_is_a_meeting_record_named_by_its_quoted_title():
    c = classify_text(CARDS)
    assert c.doc_type == "meeting_record" and c.recognised
    doc = _read(CARDS)
    assert doc.fields["date"].value == date(2023, 9, 7)
    assert doc.fields["title"].value == "新能源装备供应链恳谈会（第三场）"


def test_each_card_of_a_row_gives_its_own_firm_its_code_or_address():
    doc = _read(CARDS)
    rows = {a.name: a for a in doc.attendees}
    assert set(rows) == {"天津青禾机电设备有限公司", "天津广拓塑料制品有限公司", "天津海泓包装材料有限公司",
                         "保定远航机械制造有限公司", "天津宁泽仪表有限公司"}
    assert rows["天津青禾机电设备有限公司"].code == "91120113MA05KX3Q7N"
    assert rows["天津广拓塑料制品有限公司"].code is None and rows["天津广拓塑料制品有限公司"].tianjin
    assert rows["天津海泓包装材料有限公司"].code is None and rows["天津海泓包装材料有限公司"].tianjin
    assert rows["保定远航机械制造有限公司"].code == "91130602MA0CX1K45U"
    assert not rows["保定远航机械制造有限公司"].tianjin and rows["保定远航机械制造有限公司"].sure


# a QR sign-in export: the meeting on one day, the list exported the next morning
EXPORT = ("智慧仓储应用分享会\n"
          "签到方式：扫码签到（微信小程序）\n"
          "2023年6月14日，天津某某物联科技有限公司在天津市红桥区某某中心举办本次分享会。\n"
          "以下为后台导出的签到明细（导出时间：2023.06.15 08:40）。\n"
          "序号 微信昵称 单位名称 统一社会信用代码 签到时间\n"
          "1 小孙 天津青禾机电设备有限公司 91120113MA05KX3Q7N 2023-06-14 09:02\n"
          "2 阿钱 天津宁泽仪表有限公司 91120222MA06PL8R2B 2023-06-14 09:05\n")


def test_a_sign_in_export_is_dated_by_the_meeting_not_by_its_export():
    doc = _read(EXPORT)
    assert doc.doc_type == "meeting_record"
    assert doc.fields["date"].value == date(2023, 6, 14)
