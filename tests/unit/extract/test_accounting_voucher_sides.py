"""An accounting voucher (记账凭证) records one unit's books: the unit that credits its bank and
debits a payable to another firm paid that firm; a unit booking only a receivable (or money
received against it) records its own income and proves no one's payment. Texts written for
these tests."""

from helpers.textdocs import field_values, read_text_document


def test_a_voucher_with_separate_account_columns_names_both_sides():
    doc = read_text_document(
        "记账凭证\n核算单位：丁西机电有限公司 2023年08月09日 付字第017号\n"
        "摘要 总账科目 明细科目 借方金额 贷方金额\n"
        "支付戊北软件有限公司系统款 应付账款 戊北软件有限公司 64,000.00\n"
        "支付戊北软件有限公司系统款 银行存款 某某银行河北支行 64,000.00\n"
        "合计 ¥64,000.00 ¥64,000.00\n附单据2张 会计主管：张三 记账：李四 出纳：王五\n")
    assert doc.doc_type == "payment_proof"
    values = field_values(doc)
    assert (values["payer"], values["payee"]) == ("丁西机电有限公司", "戊北软件有限公司")


def test_the_receiving_units_own_voucher_is_not_a_payment_proof():
    received = read_text_document(
        "记账凭证\n2023年08月12日 记字第0031号\n摘要 会计科目 借方金额 贷方金额\n"
        "收丁西机电有限公司货款 银行存款—某某银行河北支行 64,000.00\n"
        "收丁西机电有限公司货款 应收账款—丁西机电有限公司 64,000.00\n"
        "合计 64,000.00 64,000.00\n核算单位：戊北软件有限公司 附单据1张\n")
    assert received.doc_type == "other"
    booked = read_text_document(
        "记账凭证\n核算单位：戊北软件有限公司 2023年08月01日 转字第009号\n"
        "摘要 总账科目 明细科目 借方金额 贷方金额\n"
        "确认丁西机电有限公司系统款 应收账款 丁西机电有限公司 64,000.00\n"
        "确认丁西机电有限公司系统款 主营业务收入 64,000.00\n")
    assert booked.doc_type == "other"
