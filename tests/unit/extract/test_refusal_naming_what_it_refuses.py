"""An opinion that refuses with words between the refusal and what it refuses (暂不同意通过验收,
不予以通过) is a failure, never the pass its 通过 would read as alone; 无不同意见 is no refusal.
Invented texts."""

from helpers.textdocs import read_text_document

_HEAD = ("系统验收记录\n合同编号 HX-2021-417\n建设单位 西青丙火机械有限公司\n承建单位 东丽丁土信息技术有限公司\n"
         "验收日期 2021年9月14日\n验收结论：\n合格，准予通过 不合格，限期整改\n")


def test_a_refusal_that_names_the_acceptance_it_withholds_is_a_failure():
    doc = read_text_document(_HEAD + "验收意见：接口文档不全，报表功能缺失，暂不同意通过验收。\n")
    assert doc.fields["result"].value == "failed"


def test_a_refusal_to_pass_with_yi_is_a_failure():
    doc = read_text_document(_HEAD + "验收意见：性能测试未完成，本次不予以通过。\n")
    assert doc.fields["result"].value == "failed"


def test_no_dissent_is_no_refusal():
    doc = read_text_document(_HEAD + "验收意见：专家组无不同意见，通过验收。\n")
    assert doc.fields["result"].value == "passed"
