"""Money is formatted from Decimal, never through float."""

from decimal import Decimal

from pipeline.money import as_decimal, wan_figure, yuan_figure, yuan_text
from pipeline.report.vocabulary import fmt_wan, fmt_yuan


def test_large_sums_and_cents_are_exact():
    # as a float, 123456789012345678.91 prints 123,456,789,012,345,680.00
    assert yuan_figure("123456789012345678.91") == "123,456,789,012,345,678.91"
    assert yuan_figure("0.30") == "0.30" and yuan_text(Decimal("2870000")) == "2,870,000.00元"
    assert wan_figure("25000000.00") == "2,500.00" and fmt_wan("25000000.00") == "2,500.00 万元"
    assert fmt_yuan("1,234.5") == "1,234.50 元"


def test_what_is_no_number_is_shown_as_written():
    assert as_decimal("NaN") is None and as_decimal(True) is None and as_decimal("abc") is None
    assert fmt_yuan("<未识别>") == "&lt;未识别&gt;" and fmt_wan(None) == "—"
