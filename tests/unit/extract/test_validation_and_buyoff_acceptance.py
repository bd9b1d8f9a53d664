"""Acceptance in other trades' words: a regulated plant's validation (IQ/OQ/PQ) report concludes
that the system passed its qualification and is approved by the customer's QA; a plant's
bilingual buy-off sheet names the customer 用户/Plant and ticks its conclusion; a controlled
form's header names the firm whose document system numbers it. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read
from pipeline.extract.classify import classify_text

_QUALIFICATION = (
    "西青示例药业有限公司 文件编号：QA-VAL-0907 版本：02\n"
    "运行确认（OQ）报告\n"
    "仓储温湿度监控系统\n"
    "系统供应商 某某信息技术有限公司\n"
    "关联合同号 XY-VAL-2021-05\n"
    "确认执行期间 2021-03-01至2021-03-12\n"
    "1 测试项目及结果\n"
    "1 报警功能 报警延迟≤5s 符合\n"
    "2 权限管理 分级授权 符合\n"
    "\f"
    "西青示例药业有限公司 文件编号：QA-VAL-0907\n"
    "3 验证结论\n"
    "{conclusion}\n"
    "4 报告审批\n"
    "职责 部门 签名 日期\n"
    "批准 质量保证部 2021-03-20\n"
    "起草 设备部 2021-03-13\n"
    "审核 质量控制部 2021-03-16\n"
)


def test_a_qualification_report_is_an_acceptance_by_its_validation_conclusion():
    text = _QUALIFICATION.format(conclusion="各项测试结果均符合预定可接受标准，确认通过，同意该系统投入正式使用。")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report" and c.recognised
    doc = _read(text)
    values = {k: str(v.value) for k, v in doc.fields.items()}
    assert values["result"] == "passed"
    # the firm whose document system numbers the report issued it: the customer
    assert values["customer"] == "西青示例药业有限公司"
    assert values["contract_no"] == "XY-VAL-2021-05"
    # the approval decides, whatever the order of the sign-off rows; drafting, review and the
    # execution period are steps before it
    assert values["date"] == "2021-03-20"


def test_a_failed_qualification_is_still_an_acceptance_paper_that_failed():
    text = _QUALIFICATION.format(conclusion="报警功能测试结果不符合预定可接受标准，验证不通过，该系统不得投入使用。")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report"
    assert _read(text).fields["result"].value == "failed"


def test_a_validation_summary_titled_as_such_is_an_acceptance():
    text = ("清洁验证总结报告\n委托单位 东丽示例化工有限公司\n验证结论：三批次残留均低于限度，验证通过。\n"
            "批准人 王某 2022年6月1日\n")
    assert classify_text(text).doc_type == "acceptance_report"


_BUY_OFF = (
    "北辰示例汽车零部件有限公司 工程部 表单号QF-118\n"
    "设备终验收确认单 Final Buy-off Sheet\n"
    "项目/Project 焊装夹具改造 合同号/PO No. BC-PO-2022-31\n"
    "供应商/Supplier 某某信息技术有限公司 用户/Plant 北辰示例汽车零部件有限公司\n"
    "预验收 Pre Buy-off 2022/03/02 终验收 Final Buy-off 2022/05/06\n"
    "1 节拍 ≤60s 58s OK\n"
    "终验收结论Conclusion：{row}\n"
    "2022/05/06 2022/05/06\n"
)


def test_a_bilingual_buy_off_names_its_customer_as_the_plant():
    doc = _read(_BUY_OFF.format(row="■通过Passed □有条件通过 □不通过Failed"))
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["customer"].value == "北辰示例汽车零部件有限公司"
    assert doc.fields["result"].value == "passed"


def test_a_conclusion_row_whose_boxes_ocr_lost_is_no_failure():
    # OCR dropped every box: the row only lists the options, the first negative word among them
    # is not what the form says
    doc = _read(_BUY_OFF.format(row="通过Passed有条件通过不通过Failed"), method="ocr:rapidocr")
    assert "result" not in doc.fields
    # the document may still state its decision in a sentence of its own
    stated = _read(_BUY_OFF.format(row="通过 不通过") + "用户意见：各项指标达到要求，同意通过验收。\n",
                   method="ocr:rapidocr")
    assert stated.fields["result"].value == "passed"


def test_a_controlled_form_header_names_its_issuer():
    # no customer label at all: the header's firm, with its department and form number, issued it
    text = ("东丽示例材料有限公司 设备管理部 记录编号 EQ-R-044\n设备验收单\n"
            "设备名称 分拣机器人 合同编号 DL-2020-118\n验收结论：合格\n验收日期 2020年8月8日\n")
    doc = _read(text)
    assert doc.fields["customer"].value == "东丽示例材料有限公司"
