"""Money as text: Decimal to the last step, never float (a float prints 0.1 + 0.2 yuan wrong and
rounds large sums). Every output formats yuan and 万元 here."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

_WAN = Decimal(10000)


def as_decimal(value: Any) -> Decimal | None:
    """A Decimal from a Decimal, int or numeric string ("1234.50", "1,234.50"); None otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def yuan_text(value: Decimal) -> str:
    """3,000,000.00元: an amount in a gap's message."""
    return f"{value:,.2f}元"


def yuan_figure(value: Any) -> str | None:
    """3,000,000.00: an amount in yuan with thousands separators; None when it is no number."""
    number = as_decimal(value)
    return None if number is None else f"{number:,.2f}"


def wan_figure(value: Any) -> str | None:
    """300.00: an amount given in yuan, as 万元; None when it is no number."""
    number = as_decimal(value)
    return None if number is None else f"{number / _WAN:,.2f}"
