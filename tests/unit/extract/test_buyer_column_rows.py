"""A group's notice of its central procurement lists, per row, the unit that buys (执行单位),
the supplier chosen for it and the amount, often only in 万元 with the unit wrapped under a
narrow header. The customer is one row's unit, and the amount that row's figure: the
addressee's row when the notice has one; else the declared customer's row, which
reconciliation reads from the rows' alternatives. Texts written for these tests."""

from dataclasses import replace
from decimal import Decimal

from helpers.textdocs import read_text_document as _read
from pipeline.reconcile.contracts import _amount_of_the_customers_row

_NOTICE = ("示例控股集团有限公司\n关于示例项目集中采购结果执行的通知\n{to}\n"
           "集团采购中心组织实施的示例项目集中采购已完成评审，请各执行单位与中选供应商签订合同。\n"
           "序号 执行单位（采购单位） 中选供应商 中选金额（万\n元）\n"
           "1 西青示例物流有限公司 北辰某某自动化有限公司 128.5\n"
           "2 东丽示例材料有限公司 南开某某软件有限公司 306.125\n"
           "示例控股集团有限公司采购中心\n2019年5月6日\n")


def test_each_row_gives_its_unit_supplier_and_amount_in_wan():
    doc = _read(_NOTICE.format(to="各所属单位："))
    assert doc.doc_type == "procurement_proof"
    customer, amount = doc.fields["customer"], doc.fields["amount_yuan"]
    # no addressee: the first row, to be reviewed, the other row kept as the alternative
    assert customer.value == "西青示例物流有限公司" and customer.needs_review
    assert amount.value == Decimal("1285000.00")
    assert [p.value for p in doc.parties["customer"]] == ["东丽示例材料有限公司"]
    assert Decimal("3061250.00") in [a.value for a in doc.amount_alternatives]


def test_the_declared_customers_row_gives_the_amount():
    doc = _read(_NOTICE.format(to="各所属单位："))
    doc.fields["customer"] = doc.parties["customer"][0]     # reconciliation chose the declared unit's row
    chosen = _amount_of_the_customers_row(doc)
    assert chosen is not None and doc.fields["amount_yuan"].value == Decimal("3061250.00")
    assert not doc.fields["amount_yuan"].needs_review


def test_the_addressees_row_is_the_documents():
    doc = _read(_NOTICE.format(to="东丽示例材料有限公司："))
    assert doc.fields["customer"].value == "东丽示例材料有限公司" and not doc.fields["customer"].needs_review
    assert doc.fields["supplier"].value == "南开某某软件有限公司"
    assert doc.fields["amount_yuan"].value == Decimal("3061250.00")


def test_a_rows_unit_and_figure_say_the_same_row_however_the_photo_is_skewed():
    doc = _read(_NOTICE.format(to="各所属单位："))
    unit = doc.parties["customer"][0]
    figure = next(a for a in doc.amount_alternatives if a.value == Decimal("3061250.00"))
    # a skewed photo puts the figure higher than its row's unit: the row is told by the reader's note
    unit.provenance = replace(unit.provenance, box=(0.2, 0.50, 0.4, 0.52))
    figure.provenance = replace(figure.provenance, box=(0.8, 0.47, 0.9, 0.49))
    doc.fields["customer"] = unit
    assert _amount_of_the_customers_row(doc) is figure
