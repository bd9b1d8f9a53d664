"""An outsourcing order the applicant issues as the ordering party (委托方), stating that it has
the force of a contract once both parties seal it, is the applicant's own purchase: its
subcontract, not a customer's contract. Invented text."""

from dataclasses import replace

from test_reconcile import CATALOG, declaration
from helpers.textdocs import read_text_document
from pipeline.reconcile.contracts import is_applicant_purchase

ORDERER = "天津丙南示例制造有限公司"


def _order(orderer: str):
    return read_text_document(
        f"{orderer}ERP系统打印\n委外加工订单\n委外单号 WW-2021-5 单据日期 2021/03/02\n"
        f"委托方 {orderer} 加工方 天津丁西示例五金有限公司\n"
        "行号 加工内容 数量 价税合计\n1 支架加工 20 件 66,000.00\n合计（含税） 66,000.00\n"
        "备注：本订单经双方盖章后具有合同效力。\n委托方（盖章） 加工方（盖章）\n")


def test_the_applicants_outsourcing_order_is_its_purchase():
    decl = declaration()
    decl.applicant = replace(decl.applicant, name=ORDERER)
    doc = _order(ORDERER)
    assert doc.doc_type == "contract"
    assert is_applicant_purchase(doc, decl, CATALOG)
