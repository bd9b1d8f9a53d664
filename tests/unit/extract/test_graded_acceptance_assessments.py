"""An acceptance assessment whose conclusion is a grade (验收评定表, 竣工质量评定书, 评分表 of the
delivered work): it is an acceptance report; its grade is the result it states (a passing grade
passes, a failing one fails, a score decides against its pass mark); an ordinary scoring table
(a supplier's evaluation) is no acceptance. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read


def _form(title: str, conclusion: str) -> str:
    return (f"{title}\n使用单位： 丁南精密机械有限公司\n承建单位： 戊东软件技术有限公司\n"
            "项目名称： 设备联网改造项目\n合同编号： QA-7781\n"
            "考核内容 满分 得分\n功能实现 40 36\n运行稳定 30 27\n资料交付 30 26\n合计 100 89\n"
            f"{conclusion}\n评定日期： 2023年3月14日\n")


def test_a_quality_acceptance_assessment_is_an_acceptance_with_its_parties_and_date():
    doc = _read(_form("系统竣工质量评定表", "评定结论：综合得分89分，质量等级为优良（85分以上为优良）。"))
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["customer"].value == "丁南精密机械有限公司"
    assert doc.fields["date"].value.isoformat() == "2023-03-14"
    assert doc.fields["result"].value == "passed"


def test_an_acceptance_scoring_form_is_an_acceptance():
    doc = _read(_form("验收评分表", "评定等级：良好"))
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["result"].value == "passed"


def test_a_scale_beside_the_grade_is_no_failure():
    # the legend names 不合格 too; the grade stated is what decides
    doc = _read(_form("项目验收评定表", "评定结论：总分89分，评定等级：合格（≥90分优秀，60～89分合格，60分以下不合格）。"))
    assert doc.fields["result"].value == "passed"
    assert doc.fields["result"].review_reason is None


def test_a_failing_grade_fails():
    doc = _read(_form("项目验收评定表", "评定结论：总分52分，评定等级：不合格（60分及以上为合格）。"))
    assert doc.fields["result"].value == "failed"


def test_a_score_under_its_pass_mark_without_a_grade_fails_and_over_it_passes():
    failed = _read(_form("项目验收评定表", "评定结论：总分52分（60分及以上为合格）。"))
    assert failed.fields["result"].value == "failed"
    passed = _read(_form("项目验收评定表", "评定结论：总分72分（60分及以上为合格）。"))
    assert passed.fields["result"].value == "passed"


def test_a_grade_that_contradicts_the_score_is_asked_about():
    doc = _read(_form("项目验收评定表", "评定结论：总分52分，评定等级：合格（60分及以上为合格）。"))
    assert doc.fields["result"].review_reason


def test_an_unknown_grade_is_no_result():
    doc = _read(_form("项目验收评定表", "评定等级：三星"))
    result = doc.fields.get("result")
    assert result is None or result.value is None


def test_a_supplier_evaluation_table_is_no_acceptance():
    doc = _read("供应商年度评定表\n供应商名称：己西包装材料有限公司\n"
                "评价项目 满分 得分\n质量 40 35\n交付 30 26\n服务 30 25\n合计 100 86\n"
                "评定结论：总分86分，评定等级：合格供应商。\n评定日期：2023年5月2日\n")
    assert doc.doc_type != "acceptance_report"
