"""Roles no label names are taken from the relation the paper records: the applicant and one other
organisation. Invented texts; the labels are removed after reading to stand for a form whose
labels the reader could not pair with their cells."""

from test_reconcile import APPLICANT, CATALOG, CUSTOMER, _doc, declaration

from pipeline.reconcile.relations import INFERRED, settle_roles_by_relation

PAYMENT = ("某某银行 委托收款凭证（收款通知）\n{a}\n{b}\n委托金额 ¥3,000,000.00\n款项内容 货款\n"
           "上列款项已划回收入你方账户内。 2023年11月3日")


def _unlabelled(path: str, text: str, *roles: str, kind: str = "payment_proof"):
    d = _doc(path, text)
    d.doc_type = kind                      # recognised as such; the roles' labels unread
    for role in roles:
        d.fields.pop(role, None)
    return d


def test_a_payment_naming_the_applicant_and_one_customer_is_paid_by_that_customer():
    d = _unlabelled("p.pdf", PAYMENT.format(a=CUSTOMER, b=APPLICANT), "payer", "payee")
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert d.fields["payer"].value == CUSTOMER and d.fields["payee"].value == APPLICANT
    assert INFERRED in d.fields["payer"].checks and d.fields["payer"].review_reason is None
    assert d.fields["payer"].provenance.text == CUSTOMER


def test_a_third_organisation_leaves_the_roles_unread():
    text = PAYMENT.format(a=CUSTOMER, b=APPLICANT) + "\n代天津市红桥区远达物流有限公司支付"
    d = _unlabelled("p.pdf", text, "payer", "payee")
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert "payer" not in d.fields and "payee" not in d.fields


def test_a_refund_is_not_read_as_the_customers_payment():
    d = _unlabelled("p.pdf", PAYMENT.format(a=CUSTOMER, b=APPLICANT) + "\n摘要：退款", "payer", "payee")
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert "payer" not in d.fields


def test_a_payment_read_as_made_by_the_applicant_is_left_alone():
    d = _unlabelled("p.pdf", PAYMENT.format(a=CUSTOMER, b=APPLICANT), "payer", "payee")
    from pipeline.extract.fields.hits import extracted
    d.fields["payer"] = extracted(d, d.pages[0], 0, 2, APPLICANT)
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert "payee" not in d.fields


def test_a_stranger_in_the_payers_place_is_inferred_only_as_a_question():
    stranger = "天津市红桥区远达物流有限公司"
    d = _unlabelled("p.pdf", PAYMENT.format(a=stranger, b=APPLICANT), "payer", "payee")
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert d.fields["payer"].value == stranger and d.fields["payer"].review_reason


def test_an_acceptance_naming_only_the_two_parties_is_the_customers():
    text = f"项目终验意见\n{CUSTOMER}\n{APPLICANT}承建的智能产线项目经现场测试，同意通过。\n2023年10月12日"
    d = _unlabelled("a.pdf", text, "customer", kind="acceptance_report")
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert d.fields["customer"].value == CUSTOMER


def test_without_the_applicant_on_the_paper_nothing_is_inferred():
    d = _unlabelled("p.pdf", PAYMENT.format(a=CUSTOMER, b="天津市红桥区远达物流有限公司"), "payer", "payee")
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert "payer" not in d.fields


def test_a_contract_with_a_declared_supplier_is_the_applicants_purchase():
    from datetime import date
    from decimal import Decimal

    from pipeline.models import DeclaredSupplier
    supplier = "天津市北辰区恒久仓储服务有限公司"
    decl = declaration()
    decl.suppliers = [DeclaredSupplier(3, "1", supplier, "", "CC-2024-11", "仓储服务", Decimal("300000"),
                                       date(2024, 3, 1))]
    text = f"仓储合同\n存货人：{APPLICANT}\n保管人：{supplier}\n仓储费合计人民币叁拾万元整（¥300,000.00）\n2024年3月1日"
    d = _unlabelled("s.pdf", text, "customer", "supplier", kind="contract")
    settle_roles_by_relation([d], decl, CATALOG)
    assert d.doc_type == "subcontract"
    assert d.fields["customer"].value == APPLICANT and d.fields["supplier"].value == supplier


def test_an_issuer_taken_as_payer_that_is_the_applicant_is_the_payee():
    from pipeline.extract.fields.hits import extracted
    d = _unlabelled("p.pdf", PAYMENT.format(a="", b=""), "payer", "payee")
    d.fields["payer"] = extracted(d, d.pages[0], 0, 2, APPLICANT, ["取自出具单位（抬头单位）"])
    settle_roles_by_relation([d], declaration(), CATALOG)
    assert "payer" not in d.fields and d.fields["payee"].value == APPLICANT
