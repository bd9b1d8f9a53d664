"""Payment-proof genres, on texts written for these tests: a customer's supplier-portal payment
slip names the supplier being paid (供应商名称); a cheque stub (支票存根) is a payment proof and
its handwritten figure may lose its decimal point in OCR; a factoring bank's disbursement notice
is paid by the bank itself (融资行), whose name goes on to its branch; a notice of an assigned
receivable acknowledged as received is no payment; a memo's 文号-style contract number is read whole."""

from decimal import Decimal

from helpers.textdocs import field_values, read_text_document

from pipeline.extract.classify import classify_text
from pipeline.extract.entities import find_organizations
from pipeline.parsing.amounts import find_amounts

_read, _values = read_text_document, field_values


def test_a_supplier_portal_payment_slip_names_the_supplier_paid_as_payee():
    values = _values(_read("丙东重工有限公司 采购协同平台 当前用户：乙南数控有限公司\n付款单详情\n"
                           "付款单号 FK20220415 状态 已支付\n"
                           "付款单位 丙东重工有限公司 供应商名称 乙南数控有限公司\n"
                           "合同编号 BD-PO-22-031 付款方式 电汇\n"
                           "付款金额（元） 86,400.00 付款日期 2022-04-15\n"
                           "发票号码 开票日期 发票金额\n"
                           "0012345678 2022-03-01 43,200.00\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")
    assert values["amount_yuan"] == "86400.00"


def test_a_cheque_stub_is_a_payment_proof():
    text = ("某某农商银行\n转账支票存根\n30400017\n附加信息\n出票日期 2022年5月6日\n收款人：\n乙南数控有限公司\n"
            "金额：¥52,000.00\n用途：设备款\n单位主管 会计\n")
    assert classify_text(text).doc_type == "payment_proof"
    values = _values(_read(text))
    assert values["payee"] == "乙南数控有限公司"
    assert values["amount_yuan"] == "52000.00"


def test_a_figure_with_five_digits_after_its_last_point_lost_its_decimal_point():
    # ¥4,205,000.00 read with a comma dropped, a comma read as a point and the point unread
    (m,) = find_amounts("金额：¥4205.00000")
    assert m.value == Decimal("4205000.00") and m.repair
    (m,) = find_amounts("金额：￥2.760.00000 财务")
    assert m.value == Decimal("2760000.00")
    assert [a.value for a in find_amounts("¥4,205.00")] == [Decimal("4205.00")]


def test_an_ocr_figure_of_millions_without_separators_or_point_is_a_question():
    doc = _read("转账支票存根\n收款人：乙南数控有限公司\n金额：¥24410000\n用途：货款\n", method="ocr:rapidocr")
    amount = doc.fields["amount_yuan"]
    assert amount.needs_review
    printed = _read("转账支票存根\n收款人：乙南数控有限公司\n金额：¥24410000\n用途：货款\n")
    assert not printed.fields["amount_yuan"].needs_review


def test_a_factoring_disbursement_is_paid_by_the_financing_bank():
    text = ("某某银行股份有限公司滨海分行 国际业务部\n保理融资款发放通知书\n编号：BL-22-0099\n乙南数控有限公司：\n"
            "根据贵公司与我行签订的保理合同，贵公司已将对丙东重工有限公司的应收账款转让予我行，"
            "我行于2022年6月9日向贵公司发放保理融资款，金额人民币叁拾万元整（¥300,000.00）。\n"
            "本笔融资到期日为2022年12月6日。\n"
            "付款行（融资行） 某某银行股份有限公司滨海分行\n收款人户名 乙南数控有限公司\n"
            "融资金额 ¥300,000.00\n放款日期 2022-06-09\n基础交易合同编号 BD-2022-077\n")
    assert classify_text(text).doc_type == "payment_proof"
    values = _values(_read(text))
    assert (values["payer"], values["payee"]) == ("某某银行股份有限公司滨海分行", "乙南数控有限公司")
    assert values["date"] == "2022-06-09"
    assert values["amount_yuan"] == "300000.00"


def test_an_ordinary_receipt_still_names_no_bank_as_payer():
    values = _values(_read("网上银行电子回单\n付款人户名 丙东重工有限公司\n付款行 某某银行股份有限公司滨海分行\n"
                           "收款人户名 乙南数控有限公司\n金额 ¥8,800.00\n交易日期 2022-01-02\n"))
    assert (values["payer"], values["payee"]) == ("丙东重工有限公司", "乙南数控有限公司")


def test_a_bank_name_goes_on_to_its_branch_but_a_company_does_not_take_a_bank():
    assert [e.text for e in find_organizations("开户行 某某银行股份有限公司滨海分行\n")] == ["某某银行股份有限公司滨海分行"]
    assert [e.text for e in find_organizations("户名 乙南数控有限公司 ")] == ["乙南数控有限公司"]


def test_an_acknowledged_notice_of_an_assigned_receivable_is_no_payment():
    text = ("应收账款债权转让通知书\n丙东重工有限公司：\n我公司对贵公司享有的应收账款人民币捌万元整，已全部转让给某某银行。"
            "请将上述应收账款支付至该行保理专户。\n乙南数控有限公司\n2022年3月1日\n回执\n"
            "我公司已收到乙南数控有限公司发出的《应收账款债权转让通知书》，同意按通知要求向保理专户付款。\n"
            "丙东重工有限公司\n2022年3月3日\n")
    assert classify_text(text).doc_type != "payment_proof"
    assert classify_text("收据\n今收到丙东重工有限公司支付的设备款人民币捌万元整。\n").doc_type == "payment_proof"


def test_a_memo_with_a_wen_hao_contract_number_reads_it_whole():
    values = _values(_read("企业账户动账通知\n您的账户有一笔资金转入\n账户名称 乙南数控有限公司\n"
                           "交易金额 +66,000.00元\n交易对方户名 丙东重工有限公司\n摘要 BDZG(2022)第031号款\n"))
    assert values["contract_no"] == "BDZG(2022)第031号"
