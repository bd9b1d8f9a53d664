"""A tenderer's award-decision report (定标报告, 评定分离) is a procurement proof even where a
seal hides its decision sentence; a figure whose thousands separator OCR lost or doubled is
still the figure (texts written for these tests, no set's documents)."""

from helpers.textdocs import field_values, read_text_document

_HEAD = ("定标报告\n招标人：丙北精密机械有限公司\n项目名称：仓储调度平台\n项目编号：ZB-77\n"
         "开标时间：2021-03-02 10:00\n评标委员会推荐的中标候选人如下（投标报价单位：元）：\n"
         "排序 投标人 投标报价 综合得分\n"
         "第一中标候选人 乙东软件有限公司 1,470,000.00 90.1\n"
         "第二中标候选人 甲西信息技术有限公司 1,520,000.00 86.3\n"
         "定标委员会于2021年3月9日召开定标会议，依据招标文件规定的定标办法，经集体议事表决，\n")
_FOOT = "定标委员会成员签字：\n招标人（盖章）\n定标日期：2021-03-09\n"


def test_an_award_decision_report_is_a_procurement_proof_when_its_decision_is_unread():
    doc = read_text_document(_HEAD + "确定乙东软 髓全 人 多\n" + _FOOT, method="ocr:tesseract")
    assert doc.doc_type == "procurement_proof"


def test_a_figure_that_lost_its_first_separator_reads_whole():
    doc = read_text_document(_HEAD + "确定乙东软件有限公司为中标人，中标价为人民币1470，000.00元\n" + _FOOT,
                             method="ocr:rapidocr")
    assert field_values(doc)["amount_yuan"] == "1470000.00"


def test_a_stray_dot_beside_a_separator_is_no_break_in_the_figure():
    doc = read_text_document(_HEAD + "确定乙东软件有限公司为中标人，中标价为人民币1,.470,000.00元\n" + _FOOT,
                             method="ocr:rapidocr")
    assert field_values(doc)["amount_yuan"] == "1470000.00"
