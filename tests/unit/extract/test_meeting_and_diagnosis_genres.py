"""Meeting records and diagnosis reports in forms not seen before: what the paper states decides."""

from helpers.textdocs import document_from_text

from pipeline.extract.classify import classify_text
from pipeline.extract.fields import classify_document, extract_fields


def _read(text: str, name: str = "材料.pdf"):
    doc = document_from_text(text, name)
    classify_document(doc)
    extract_fields(doc)
    return doc


# a book of guests' business cards; its heading carries the day and the hall on the same line
CARD_BOOK = ("第三届数字工厂观摩交流会（第4场）——仓储与物流自动化专题研讨\n"
             "嘉宾名片登记册 2023年11月8日 天津市北辰区某某会展中心二楼多功能厅\n"
             "天津恒远精密铸造有限公司 天津北润包装材料有限公司\n"
             "刘明 技术总监 宋佳 采购经理\n"
             "地址：天津市北辰区双街镇永兴道18号 地址：天津市宁河区潘庄工业园9号\n"
             "电话：13900001111 电话：13900002222\n"
             "河北锦程机械制造有限公司 天津安和电子科技有限公司\n"
             "马超 总经理 韩雪 设备部长\n"
             "地址：河北省沧州市运河区解放路66号 地址：天津市东丽区华明大道200号\n")


def test_a_book_of_guests_business_cards_is_a_meeting_record():
    c = classify_text(CARD_BOOK)
    assert c.doc_type == "meeting_record" and c.recognised


def test_each_card_gives_its_firm_the_address_under_it():
    doc = _read(CARD_BOOK)
    rows = {a.name: a for a in doc.attendees}
    assert set(rows) == {"天津恒远精密铸造有限公司", "天津北润包装材料有限公司", "河北锦程机械制造有限公司",
                         "天津安和电子科技有限公司"}
    assert rows["天津北润包装材料有限公司"].tianjin and rows["天津安和电子科技有限公司"].tianjin
    assert not rows["河北锦程机械制造有限公司"].tianjin and rows["河北锦程机械制造有限公司"].sure


CONSULTATION = ("远帆数字化专家会诊单\n"
                "被会诊企业 天津远帆塑胶制品有限公司 会诊日期 2023年6月2日\n"
                "组织单位 天津某某智能科技有限公司 会诊形式 线上会诊\n"
                "专家一（工艺）意见：注塑工序换模时间长。\n"
                "专家二（设备）意见：设备状态无在线监测。\n"
                "会诊结论与改进建议：\n"
                "建议实施快速换模并部署设备联网采集系统，分两期推进。\n")


def test_an_expert_consultation_sheet_is_a_diagnosis_of_the_firm_consulted_on():
    doc = _read(CONSULTATION)
    assert doc.doc_type == "diagnosis_report"
    assert doc.fields["customer"].value == "天津远帆塑胶制品有限公司"


RECEIPT = ("现场诊断报告送达签收单\n"
           "序号 企业名称 报告名称 送达日期 签收人\n"
           "1 天津青禾食品有限公司 青禾智能制造诊断报告 2023.05.06 张三\n"
           "2 天津远帆塑胶制品有限公司 远帆数字化专家会诊单 2023.06.09 李四\n"
           "3 天津蓝湾电器有限公司 蓝湾精益生产诊断报告 2023.07.11 王五\n")


def test_a_receipt_for_delivered_reports_is_no_report():
    assert classify_text(RECEIPT).doc_type == "other"


def test_a_label_naming_the_firm_that_received_the_inspection_gives_the_customer():
    doc = _read("精益现场诊断评分表\n受审企业 天津青禾食品有限公司\n日期 2023.05.06\n"
                "检查项 满分 得分\n整理 20 15\n改进建议：\n推行目视化看板。\n")
    assert doc.doc_type == "diagnosis_report"
    assert doc.fields["customer"].value == "天津青禾食品有限公司"
