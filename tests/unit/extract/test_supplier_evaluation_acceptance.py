"""A customer's evaluation of its supplier is acceptance evidence when it states that the
delivered project passed acceptance (the date before the verb); one that states no acceptance
is not (texts written for these tests)."""

from helpers.textdocs import read_text_document

_FORM = ("甲北机械有限公司\n供应商绩效考评表\n考评期间：2020年度\n供应商：乙南软件有限公司\n"
         "合同编号：QX-2020-031 项目：车间数据看板项目\n考评项 权重 得分\n交付 40 36\n服务 60 55\n"
         "{line}\n综合等级：良好\n物资部（盖章）\n2020年12月20日\n")


def test_an_evaluation_stating_the_projects_acceptance_is_an_acceptance():
    doc = read_text_document(_FORM.format(line="验收情况：本项目已于2020年8月3日通过我方终验。"))
    assert doc.doc_type == "acceptance_report"
    assert str(doc.fields["date"].value) == "2020-08-03"
    assert doc.fields["contract_no"].value == "QX-2020-031"


def test_an_evaluation_stating_no_acceptance_is_not_an_acceptance():
    doc = read_text_document(_FORM.format(line="备注：供货稳定，响应及时。"))
    assert doc.doc_type != "acceptance_report"


def test_a_project_not_yet_accepted_is_not_stated_accepted():
    doc = read_text_document(_FORM.format(line="验收情况：本项目已于2020年8月3日完成安装，正在试用，尚待组织验收。"))
    assert doc.doc_type != "acceptance_report"
