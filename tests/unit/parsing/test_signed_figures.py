"""A figure printed with its sign on a line of its own is the sum a transaction moved; the
sign says its direction (one pattern, read by the amount and the party readers)."""

from decimal import Decimal

from pipeline.extract.fields.parties import _entry_direction
from pipeline.parsing.amounts import signed_figure_lines


def test_signed_figure_lines_read_sign_and_figure():
    text = "收款详情\n+45,600.00\n余额 120,000.00\n－ ¥1,200.00 元\n-0.00\n手续费 -5.00\n"
    found = [(sign, m.value, text[m.start:m.end]) for sign, m in signed_figure_lines(text)]
    assert found == [("+", Decimal("45600.00"), "45,600.00"), ("-", Decimal("1200.00"), "1,200.00")]


def test_entry_direction_from_vocabulary_words_or_a_signed_figure():
    assert _entry_direction("借贷标志：贷\n对方户名 甲公司") == "credit"
    assert _entry_direction("交易类型 跨行转出") == "debit"
    assert _entry_direction("交易详情\n-8,000.00\n") == "debit"
    assert _entry_direction("交易详情\n+8,000.00\n") == "credit"
    assert _entry_direction("资金入账\n-8,000.00\n") is None     # the two disagree: unknown
    assert _entry_direction("对方户名 甲公司") is None
