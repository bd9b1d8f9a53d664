"""A bank statement of the applicant's account: rows dated compactly (20230705), the counterparty
column before the figures, several incoming rows. The holder in the header pays no one; the row a
declared customer paid is the payment. Invented text."""

from test_reconcile import APPLICANT, CATALOG, CUSTOMER, declaration

from helpers.textdocs import read_text_document
from pipeline.extract.ledger import statement_transactions
from pipeline.reconcile.contracts import link_documents

STATEMENT = (f"某某银行单位客户对账单\n户名：{APPLICANT}\n账号：4550793182359517 币种：人民币\n"
             "对账期间：2023-11-01 至 2023-11-30\n"
             "交易日期 摘要 对方户名 借方发生额 贷方发生额 余额\n"
             "20231102 工资 天津市河东区甲木人力资源有限公司 416,095.50 1,872,911.52\n"
             f"20231105 货款 {CUSTOMER} 3,000,000.00 4,872,911.52\n"
             "20231124 房租 天津泰和园物业管理有限公司 267,298.00 5,140,209.52\n"
             "本期借方笔数：1 本期贷方笔数：2\n")


def test_compact_dated_rows_name_their_counterparty_before_the_figures():
    doc = read_text_document(STATEMENT)
    rows = {str(t.date.value): t for t in statement_transactions(doc.pages)}
    assert rows["2023-11-05"].incoming and rows["2023-11-05"].payer.value == CUSTOMER
    assert rows["2023-11-24"].payer.value == "天津泰和园物业管理有限公司"


def test_the_holder_pays_no_one_and_the_customers_row_is_the_payment():
    doc = read_text_document(STATEMENT)
    assert doc.doc_type == "payment_proof"
    assert "payer" not in doc.fields and "amount_yuan" not in doc.fields
    link_documents(declaration(), [doc], CATALOG)
    assert doc.fields["payer"].value == CUSTOMER
    assert str(doc.fields["amount_yuan"].value) in ("3000000.00", "3000000")
    assert str(doc.fields["date"].value) == "2023-11-05"
