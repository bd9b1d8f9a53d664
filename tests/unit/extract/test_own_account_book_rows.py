"""A page of a unit's own account book (银行存款日记账) kept by its 核算单位: in the unit's books its
bank account is an asset, so a 贷方 row is money the unit paid to the row's 对方单位 and a 借方 row
money it received — the reverse of a bank's statement. Rows state month and day; the year is the
book's period. The payment is the row citing a contract, else the row paying the applicant
(chosen in reconciliation); the other rows and the balances are the unit's other business.
Texts written for these tests."""

from datetime import date
from decimal import Decimal

from helpers.textdocs import field_values, read_text_document

from helpers.textdocs import grid_page, page_from_text
from pipeline.extract.classify import classify_text
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.extract.ledger import book_payments, statement_transactions
from pipeline.extract.normalize import normalize_page
from pipeline.models import Document, PageText, TextSpan

_WIDTHS = (7, 7, 14, 16, 13, 13, 14)


def _row(*cells: str) -> str:
    """One line of the book with each cell padded to its column (the page's grid is one
    character wide per position, so the cells stand under their header words)."""
    return "".join(c.ljust(w) for c, w in zip(cells, _WIDTHS)).rstrip()


def _book(rows: list[str], unit: str = "河北丙丁机床有限公司", period: str = "期间：2021年9期") -> str:
    return ("现金银行存款日记账\n"
            f"核算单位：{unit} 科目：1002银行存款-某某银行 {period}\n"
            + _row("日期", "凭证号", "摘要", "对方单位", "借方", "贷方", "余额") + "\n"
            + "\n".join(rows) + "\n打印时间：2021.10.20 制表：财务部\n")


_DEPOSIT = _row("09-03", "记-21", "收回投标保证金", "某某市公共资源中心", "20,000.00", "", "500,000.00")
_POWER = _row("09-04", "记-22", "付电费", "某某供电有限公司", "", "3,210.00", "496,790.00")


def test_a_book_row_citing_a_contract_is_the_units_payment_to_its_counterparty():
    text = _book([_DEPOSIT, _POWER,
                  _row("09-07", "记-30", "付QX-77-0193款", "河北戊己软件有限公司", "", "88,800.00", "407,990.00")])
    doc = read_text_document(text)
    assert doc.doc_type == "payment_proof"
    values = field_values(doc)
    assert (values["payer"], values["payee"]) == ("河北丙丁机床有限公司", "河北戊己软件有限公司")
    assert values["amount_yuan"] == "88800.00" and values["contract_no"] == "QX-77-0193"
    assert values["date"] == "2021-09-07"


def test_money_in_is_the_books_debit_side_and_money_out_its_credit_side():
    page = page_from_text(_book([_DEPOSIT, _POWER]))
    rows = statement_transactions([page])
    assert [(r.incoming, r.payer.value, r.payee.value) for r in rows] == [
        (True, "某某市公共资源中心", "河北丙丁机床有限公司"),
        (False, "河北丙丁机床有限公司", "某某供电有限公司")]
    assert [r.date.value for r in rows] == [date(2021, 9, 3), date(2021, 9, 4)]
    # only the money out is the unit's payment
    assert [r.amount.value for r in book_payments([page])] == [Decimal("3210.00")]


def test_a_book_row_without_a_contract_leaves_the_payment_to_be_chosen():
    text = _book([_DEPOSIT, _POWER,
                  _row("09-07", "记-30", "付设备款", "河北戊己软件有限公司", "", "88,800.00", "407,990.00")])
    doc = read_text_document(text)
    assert doc.doc_type == "payment_proof"
    values = field_values(doc)
    assert values["payer"] == "河北丙丁机床有限公司"
    # neither the deposit received nor a payment at random: the rows wait for the applicant
    assert not {"amount_yuan", "payee", "date"} & values.keys()
    assert len(doc.transactions) == 2


def test_cells_wrapped_onto_the_next_line_are_joined_in_their_own_column():
    # a row's long cells wrap onto a line set close under it: the rest of each cell stands in
    # that cell's column, the words of two cells run together on the row's own line
    x = (0.05, 0.12, 0.19, 0.40, 0.62, 0.74, 0.86)

    def line(y, *cells):
        return [(c, x[i], y) for i, c in enumerate(cells) if c]
    page = grid_page([
        line(0.05, "现金银行存款日记账"),
        [("核算单位：河北丙丁机床有限公司", 0.05, 0.08), ("期间：2021年9期", 0.62, 0.08)],
        line(0.12, "日期", "凭证号", "摘要", "对方单位", "借方", "贷方", "余额"),
        line(0.15, "09-03", "记-21", "收回投标保证金", "某某市公共资源中心", "20,000.00", "", "500,000.00"),
        line(0.18, "09-07", "记-30", "付QX-77-01", "河北戊己软件有限", "", "88,800.00", "407,990.00"),
        line(0.195, "", "", "93合同款", "公司"),
        line(0.23, "09-08", "记-31", "付电费", "某某供电有限公司", "", "3,210.00", "404,780.00")],
        char_w=0.011)
    doc = Document(path="x.pdf", sha256="0", pages=[normalize_page(page)])
    classify_document(doc)
    extract_fields(doc)
    values = field_values(doc)
    assert values["payee"] == "河北戊己软件有限公司" and values["contract_no"] == "QX-77-0193"
    assert values["payer"] == "河北丙丁机床有限公司" and values["amount_yuan"] == "88800.00"


def test_a_deposit_row_in_a_books_summary_column_does_not_make_it_a_deposit_receipt():
    text = _book([_DEPOSIT, _POWER])
    assert classify_text(text).doc_type == "payment_proof"
    assert classify_text("收据\n今收到某某有限公司\n摘要：投标保证金\n金额：20,000.00元\n").doc_type == "other"


def _ocr_page(lines, ys):
    text, spans, offset = "", [], 0
    for (line, boxes), y in zip(lines, ys):
        for box in boxes:
            a, b, x = box[:3]
            width = box[3] if len(box) > 3 else sum(1 if ord(c) < 128 else 2 for c in line[a:b]) * 0.0075
            spans.append(TextSpan(offset + a, offset + b, (x, y, x + width, y + 0.015), 0.95))
        text += line + "\n"
        offset += len(line) + 1
    return PageText(1, text.rstrip("\n"), "ocr:test", spans, 1000, 1400, 0.95)


def test_a_code_whose_loose_box_reaches_into_the_next_column_stays_whole_in_its_own():
    lines = [("银行存款日记账", [(0, 7, 0.30)]),
             ("核算单位：河北丙丁机床有限公司 期间：2021年9期", [(0, 15, 0.05), (16, 26, 0.60)]),
             ("日期 凭证号 摘要 对方单位 借方 贷方 余额",
              [(0, 2, 0.05), (3, 6, 0.12), (7, 9, 0.20), (10, 14, 0.36), (15, 17, 0.58), (18, 20, 0.68),
               (21, 23, 0.80)]),
             ("09-07 记-30 付QX-77-0193河北戊己软件有限公司 88,800.00 407,990.00",
              [(0, 5, 0.05), (6, 10, 0.12), (11, 22, 0.20, 0.19), (22, 32, 0.39), (33, 42, 0.68),
               (43, 53, 0.80)])]
    page = _ocr_page(lines, (0.05, 0.08, 0.12, 0.15))
    rows = statement_transactions([page])
    assert [(t.payee.value, t.contract_no.value) for t in rows] == [("河北戊己软件有限公司", "QX-77-0193")]


def test_a_scanned_books_cells_are_read_by_their_word_boxes_even_a_little_left_of_their_header():
    # an OCR engine boxes a run of words, not each character; a cell's run may begin a little
    # left of its header word, and the header's words may run together in one box
    lines = [("银行存款日记账", [(0, 7, 0.30)]),
             ("核算单位：河北丙丁机床有限公司 期间：2021年9期", [(0, 15, 0.05), (16, 26, 0.60)]),
             ("日期|凭证号 摘要 对方单位 借方 贷方 余额",
              [(0, 6, 0.05), (7, 9, 0.20), (10, 14, 0.36), (15, 17, 0.58), (18, 20, 0.68), (21, 23, 0.80)]),
             ("09-07 记-30 付QX-77-01 河北戊己软件有限 88,800.00 407,990.00",
              [(0, 5, 0.05), (6, 10, 0.12), (11, 20, 0.20), (21, 29, 0.348), (30, 39, 0.68), (40, 50, 0.80)]),
             ("93合同款 公司", [(0, 5, 0.20), (6, 8, 0.348)]),
             ("09-08 记-31 付电费 某某供电有限公司 3,210.00 404,780.00",
              [(0, 5, 0.05), (6, 10, 0.12), (11, 14, 0.20), (15, 23, 0.348), (24, 32, 0.68), (33, 43, 0.80)])]
    ys = (0.05, 0.08, 0.12, 0.15, 0.165, 0.20)
    text, spans, offset = "", [], 0
    for (line, boxes), y in zip(lines, ys):
        for a, b, x in boxes:
            width = sum(1 if ord(c) < 128 else 2 for c in line[a:b]) * 0.0075
            spans.append(TextSpan(offset + a, offset + b, (x, y, x + width, y + 0.015), 0.95))
        text += line + "\n"
        offset += len(line) + 1
    page = PageText(1, text.rstrip("\n"), "ocr:test", spans, 1000, 1400, 0.95)
    cited = [t for t in statement_transactions([page]) if t.contract_no is not None]
    assert len(cited) == 1
    assert (cited[0].payee.value, cited[0].contract_no.value) == ("河北戊己软件有限公司", "QX-77-0193")
    assert cited[0].payer.value == "河北丙丁机床有限公司" and cited[0].amount.value == Decimal("88800.00")


def test_without_positions_a_refund_paid_back_is_not_read_as_money_in():
    # no boxes to tell the columns apart: the row's own words give the direction, and 退回
    # (a refund) may go either way: only words of receiving make a row money in
    text = ("银行存款日记账\n核算单位：河北丙丁机床有限公司 期间：2021年9期\n"
            "日期 凭证号 摘要 对方单位 借方 贷方 余额\n"
            "09-03 记-21 收到货款 河北庚辛电子有限公司 20,000.00 500,000.00\n"
            "09-05 记-22 退回多收货款 河北庚辛电子有限公司 1,000.00 499,000.00\n")
    rows = statement_transactions([PageText(1, text, "text_layer")])
    assert [(r.incoming, r.amount.value) for r in rows] == [(True, Decimal("20000.00")), (False, Decimal("1000.00"))]
