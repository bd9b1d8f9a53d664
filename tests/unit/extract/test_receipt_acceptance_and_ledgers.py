"""A customer's goods-receipt form that states an acceptance conclusion is an acceptance; one
that only confirms arrival is not; a register the applicant keeps of many contracts or
diagnoses is no evidence of any of them. Texts written for these tests."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values

_RECEIPT = ("丙西重工有限公司\n材料入库验收单\n单号：RK-77001 入库日期：2022-09-14\n"
            "供货单位 乙南数控有限公司 采购订单/合同号 QX-2022-517\n"
            "物料编码 物资名称 规格 单位 实收数量 金额（元）\n"
            "880011 控制柜 A-3 台 2 240,000.00\n880012 伺服驱动 B-7 套 5 135,500.00\n"
            "合计 375,500.00\n"
            "{opinion}\n保管员：某某 检验员：某某\n")


def test_a_receipt_form_whose_opinion_states_acceptance_is_an_acceptance():
    doc = _read(_RECEIPT.format(opinion="检验意见：设备运行正常，资料齐全，验收合格，同意入库。"))
    values = _values(doc)
    assert doc.doc_type == "acceptance_report"
    assert values["result"] == "passed"
    assert values["contract_no"] == "QX-2022-517"
    assert values["amount_yuan"] == "375500.00"      # the items table's 合计 row


def test_an_accepted_receipts_entry_date_is_its_acceptance_date():
    from pipeline.extract.fields.dates import UNLABELLED_DATE
    doc = _read(_RECEIPT.format(opinion="检验意见：验收合格，准予入库。") + "打印时间：2022-10-03\n")
    assert doc.doc_type == "acceptance_report"
    assert _values(doc)["date"] == "2022-09-14"
    assert UNLABELLED_DATE not in doc.fields["date"].checks


def test_a_receipt_form_that_fails_the_goods_is_still_an_acceptance():
    doc = _read(_RECEIPT.format(opinion="检验意见：控制柜外壳破损，验收不合格，不予入库。"))
    assert doc.doc_type == "acceptance_report" and _values(doc)["result"] == "failed"


def test_a_receipt_form_that_only_counts_the_goods_stays_other():
    doc = _read(_RECEIPT.format(opinion="备注：数量相符，外包装完好，已入库。"))
    assert doc.doc_type == "other"


def test_a_contract_clause_on_acceptance_is_no_stated_conclusion():
    from pipeline.extract.classify import classify_text
    found = classify_text("设备采购合同\n甲方：丙西重工有限公司\n乙方：乙南数控有限公司\n"
                          "付款条件：设备到货经验收合格后30日内支付95%。\n合同金额：375,500.00元\n")
    assert found.doc_type == "contract"
    assert "acceptance_report" not in found.scores or found.scores["acceptance_report"] < 5


def test_the_applicants_register_of_contracts_or_diagnoses_is_other():
    contracts = _read("2022年度销售合同台账\n序号 合同编号 客户名称 签订日期 合同金额（元）\n"
                      "1 QX-2022-101 丙西重工有限公司 2022-02-11 375,500.00\n"
                      "2 QX-2022-102 丁东机械有限公司 2022-03-02 88,000.00\n"
                      "甲方：丙西重工有限公司 乙方：乙南数控有限公司\n")
    assert contracts.doc_type == "other"
    diagnoses = _read("免费诊断服务一览表\n序号 企业名称 诊断日期 诊断专家 诊断报告\n"
                      "1 丙西重工有限公司 2022-04-01 某某 已出具\n2 丁东机械有限公司 2022-05-06 某某 已出具\n"
                      "3 戊北电子有限公司 2022-06-09 某某 已出具\n")
    assert diagnoses.doc_type == "other"


def test_a_tables_header_row_opening_with_its_number_column_is_no_title():
    # OCR may put a stray mark after 序号; the row of column names still titles nothing
    from pipeline.extract.classify import classify_text
    found = classify_text("年度服务台账\n序号”企业 诊断日期 诊断人员 诊断报告\n"
                          "1 丙西重工有限公司 2022-04-01 某某 已出具\n2 丁东机械有限公司 2022-05-06 某某 已出具\n")
    assert found.doc_type == "other" and found.recognised
