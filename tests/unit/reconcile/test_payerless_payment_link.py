"""A payment proof whose payer did not read is not tied to a contract by its figure alone when
it names another declared customer: whose payment it is, is then a question. Invented texts."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from test_reconcile import CATALOG, declaration
from helpers.textdocs import document_from_text
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.models import DeclaredContract
from pipeline.reconcile.contracts import link_documents

OTHER = "天津市己东仪表有限公司"


def _two_contracts():
    decl = declaration()
    first = decl.contracts[0]
    second = DeclaredContract(
        row=4, seq="2", customer=OTHER, customer_uscc=None, contract_no="KX-2023-508",
        contract_name="仪表标定平台", amount_yuan=Decimal("3600000"), signed_on=date(2023, 4, 1),
        accepted_on=date(2023, 9, 1), declared_sme=True, employees=90, revenue_wan=Decimal("3000"),
        declared_tianjin=True)
    decl.contracts = [replace(first, amount_yuan=Decimal("5000000")), second]
    return decl


def _payment(names: str):
    d = document_from_text(f"中国工商银行 电子回单\n付款人户名 {names}\n金额（小写） ¥3,590,000.00\n"
                           "交易日期 2023-11-01\n", path="p.pdf")
    classify_document(d)
    extract_fields(d)
    d.fields.pop("payer", None)        # the payer's name did not read
    return d


def test_a_payerless_payment_naming_another_customer_is_not_linked_by_its_figure():
    decl = _two_contracts()
    contracts, unlinked = link_documents(decl, [_payment(decl.contracts[0].customer)], CATALOG)
    assert [d.path for d in unlinked] == ["p.pdf"]
    assert not contracts[1].documents["payment_proof"]
    assert "p.pdf" in contracts[0].possible


def test_a_payerless_payment_naming_no_other_customer_still_links_by_its_figure():
    decl = _two_contracts()
    contracts, unlinked = link_documents(decl, [_payment(OTHER)], CATALOG)
    assert [d.path for d in contracts[1].documents["payment_proof"]] == ["p.pdf"]
