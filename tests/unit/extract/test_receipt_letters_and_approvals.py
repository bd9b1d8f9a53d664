"""Payment proofs stated as letters or approval records, on texts written for these tests: a
receipt confirmation written by the payee to its customer (贵单位…向我公司（X）支付) names the
addressee as payer even when the countersignature block (付款单位确认：…) is read beside the
writer's own signature; an approval record names its payer as 付款主体."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values


def test_a_receipt_confirmation_addressed_to_the_payer_names_it_payer():
    values = _values(_read("货款到账确认函\n丙东重工有限公司：\n"
                           "贵单位于2022年3月4日以电汇方式向我公司（乙南数控有限公司）支付的设备款"
                           "人民币柒万元整（70,000.00元），我公司已全额收到。\n特此确认。\n"
                           "付款单位确认：属实 乙南数控有限公司\n（盖章） 财务部\n二〇二二年六月一日\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["date"] == "2022-03-04"


def test_a_label_beside_the_other_sides_name_gives_way_to_the_stated_sides_in_ocr_too():
    doc = _read("到款确认\n丙东重工有限公司:\n"
                "贵公司于2022年3月4日通过银行转账向我公司(乙南数控有限公司)支付货款80,000.00元，我公司已收讫。\n"
                "付款方确认: 乙南效控有限公司\n二O二二年五月一日\n", method="ocr:rapidocr")
    assert doc.fields["payer"].value == "丙东重工有限公司"


def test_a_payment_approval_names_its_payer_as_the_paying_entity():
    values = _values(_read("付款审批\n审批编号: 2022001\n付款主体: 丙东重工有限公司\n收款单位: 乙南数控有限公司\n"
                           "付款金额(元): 64,000.00\n期望付款日期: 2022-05-01\n审批流程\n"
                           "财务总监 已同意 2022-05-03\n出纳 已支付 2022-05-04\n付款状态: 已支付\n支付日期: 2022-05-04\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["date"] == "2022-05-04"


def test_a_payment_approval_not_marked_paid_is_no_payment_proof():
    from pipeline.extract.classify import classify_text
    text = ("付款审批\n审批编号: 2022002\n付款主体: 丙东重工有限公司\n收款单位: 乙南数控有限公司\n"
            "付款金额(元): 64,000.00\n期望付款日期: 2022-05-01\n审批流程\n财务总监 审批中\n")
    assert classify_text(text).doc_type != "payment_proof"
    assert classify_text(text + "出纳 已支付 2022-05-04\n付款状态: 已支付\n").doc_type == "payment_proof"


def test_a_payment_request_whose_status_says_unpaid_is_no_payment_proof():
    from pipeline.extract.classify import classify_text
    text = ("付款申请单\n审批编号: 2022003\n付款单位: 丙东重工有限公司\n收款单位: 乙南数控有限公司\n"
            "收款账号: 6222000011112222\n开户银行: 某某银行\n付款金额(元): 64,000.00\n"
            "期望付款日期: 2022-05-01\n审批流程\n财务总监 审批中\n付款状态: {}\n")
    assert classify_text(text.format("待支付")).doc_type != "payment_proof"
    assert classify_text(text.format("已支付")).doc_type == "payment_proof"
