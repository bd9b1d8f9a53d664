"""A customer's paper that states the delivered work was checked and accepted is acceptance
evidence whatever its title: a goods-receipt form recording its acceptance date with a ticked
quality conclusion, a letter on the project's effect stating it was accepted on a day, a
certificate whose 证明单位 is the customer. Texts written for these tests."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values

_FORM = ("北京丙西重工有限公司\n物资验收入库单\n"
         "入库单号：RK-5501 采购合同号：QX-2021-088 入库日期：2021-05-06\n"
         "供应商：乙南数控有限公司 仓库：一号库\n"
         "序号 物料名称 单位 数量 单价（元） 金额（元）\n"
         "1 控制柜 套 1 120,000.00 120,000.00\n2 软件授权 套 1 60,000.00 60,000.00\n"
         "合计 180,000.00\n"
         "质检结论：{boxes} 验收日期：2021年5月6日\n"
         "质检员：某某 保管员：某某\n第二联 财务记账联 打印时间：2021-11-20 10:02\n")


def test_a_receipt_form_with_a_ticked_conclusion_and_acceptance_date_is_an_acceptance():
    doc = _read(_FORM.format(boxes="■合格 □让步接收 □不合格"))
    values = _values(doc)
    assert doc.doc_type == "acceptance_report"
    assert values["result"] == "passed"
    assert values["date"] == "2021-05-06"
    assert values["contract_no"] == "QX-2021-088"
    assert values["customer"] == "北京丙西重工有限公司"


def test_a_receipt_form_ticking_the_failing_box_is_a_failed_acceptance():
    doc = _read(_FORM.format(boxes="□合格 □让步接收 ■不合格"))
    assert doc.doc_type == "acceptance_report" and _values(doc)["result"] == "failed"


def test_a_conclusion_row_whose_ticks_were_lost_still_makes_the_form_an_acceptance():
    from pipeline.extract.classify import classify_text
    found = classify_text(_FORM.format(boxes="合格口让步接收口不合格").replace("物资验收入库单\n", ""))
    assert found.doc_type == "acceptance_report"


def test_a_makers_inspection_report_with_a_ticked_conclusion_stays_other():
    from pipeline.extract.classify import classify_text
    found = classify_text("产品出厂检验报告\n产品名称：控制柜\n用户单位：北京丙西重工有限公司\n"
                          "检验日期：2021年4月2日\n质检结论：■合格 □不合格 检验员：某某\n")
    assert found.doc_type != "acceptance_report"


_LETTER = ("项目应用效果确认函\n北京丙西重工有限公司（以下简称“我公司”）与乙南数控有限公司签订的"
           "《仓储系统改造合同》（合同编号：QX-2021-091），项目已于2021年6月3日经我公司组织验收合格，"
           "现已投入使用。实施前后指标对比如下：\n指标 实施前 实施后\n库存周转天数 31 22\n"
           "特此确认。\n确认单位（盖章）：北京丙西重工有限公司\n2021年9月1日\n")


def test_a_letter_stating_the_project_was_accepted_on_a_day_is_an_acceptance():
    doc = _read(_LETTER)
    values = _values(doc)
    assert doc.doc_type == "acceptance_report"
    assert values["date"] == "2021-06-03"       # the acceptance's day, not the letter's
    assert values["result"] == "passed"
    assert values["customer"] == "北京丙西重工有限公司"


def test_a_contract_clause_accepting_later_is_no_stated_acceptance():
    from pipeline.extract.classify import classify_text
    found = classify_text("设备采购合同\n甲方：北京丙西重工有限公司\n乙方：乙南数控有限公司\n"
                          "付款：设备经我公司验收合格后30日内付清。\n合同金额：180,000.00元\n")
    assert found.doc_type == "contract"


def test_the_certifier_of_an_acceptance_certificate_is_the_customer():
    doc = _read("系统运行证明\n致：乙南数控有限公司\n贵公司承建的仓储系统于2021年2月1日上线试运行，"
                "运行平稳。我单位于2021年5月10日组织相关部门对系统进行了验收，验收结论为合格，同意通过验收。\n"
                "特此证明。\n证明单位：北京丙西重工有限公司\n（信息中心）\n二〇二一年五月二十日\n")
    assert doc.doc_type == "acceptance_report"
    assert _values(doc)["customer"] == "北京丙西重工有限公司"


def test_a_role_label_before_a_seal_note_is_no_part_of_the_name():
    from pipeline.extract.entities import find_organizations
    for text in ("确认单位（盖章北京丙西重工有限公司", "（盖意北京丙西重工有限公司"):
        assert [o.text for o in find_organizations(text)] == ["北京丙西重工有限公司"]
