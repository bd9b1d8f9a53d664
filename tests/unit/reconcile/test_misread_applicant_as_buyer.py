"""A contract commissioned by the applicant (委托方/甲方) is its own purchase or subcontract even
when OCR misread a rare character of the applicant's name in the buyer's line. Invented texts."""

from dataclasses import replace

from test_reconcile import CATALOG, declaration
from helpers.textdocs import read_text_document
from pipeline.reconcile.contracts import is_applicant_purchase

APPLICANT = "天津赟骐精工有限公司"


def _decl():
    decl = declaration()
    decl.applicant = replace(decl.applicant, name=APPLICANT)
    return decl


def _training(buyer: str, method: str):
    return read_text_document(
        f"技能培训委托合同\n合同编号：PX-2019-03\n委托方：{buyer}（以下简称甲方）\n"
        "培训机构：天津丁北职业培训学校有限公司（以下简称乙方）\n"
        "培训规模：40人次，单价每人次3,000.00元，培训费用合计120,000.00元（壹拾贰万元整）。\n"
        "本合同于二〇一九年五月六日由双方签订。\n", method=method)


def test_a_buyer_read_as_a_misread_of_the_applicant_makes_the_applicants_purchase():
    doc = _training("天津赞骑精工有限公司", "ocr:tesseract")
    assert doc.doc_type == "contract"
    assert is_applicant_purchase(doc, _decl(), CATALOG)


def test_a_text_layer_printing_another_name_is_another_buyer():
    doc = _training("天津赞骑精工有限公司", "text_layer")
    assert not is_applicant_purchase(doc, _decl(), CATALOG)
