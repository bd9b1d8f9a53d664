"""A panel's opinion that refuses acceptance (意见为不予通过验收) is a failure, stated once, not a
pass as well; a 不 a character before 通过验收 (OCR misreading the 予 of 不予) is no pass.
Invented texts."""

from helpers.textdocs import read_text_document

_HEAD = ("项目验收报告\n合同编号 QZ-2022-031\n建设单位 北辰甲木工业有限公司\n承建单位 南开乙水软件有限公司\n"
         "验收时间 2022年7月4日\n2022年7月4日，北辰甲木工业有限公司组织专家对上述项目进行了验收。\n")


def test_an_opinion_that_refuses_acceptance_is_a_failure_without_doubt():
    doc = read_text_document(_HEAD + "验收结论：系统响应时间未达到合同约定指标，验收组意见为不予\n"
                                     "通过验收，请承建单位整改后重新申请。\n")
    result = doc.fields["result"]
    assert result.value == "failed" and result.review_reason is None


def test_a_garbled_refusal_is_not_read_as_a_pass():
    doc = read_text_document(_HEAD + "验收结论：系统响应时间未达到合同约定指标，验收组意见为不巴\n"
                                     "通过验收，请承建单位整改后重新申请。\n", method="ocr:tesseract")
    result = doc.fields.get("result")
    assert result is None or result.value != "passed"


def test_an_opinion_that_grants_acceptance_stays_a_pass():
    doc = read_text_document(_HEAD + "验收结论：系统运行稳定，各项指标达到合同要求，验收组意见为\n通过验收。\n")
    assert doc.fields["result"].value == "passed"
