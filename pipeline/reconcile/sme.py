"""Enterprise size by the 2017 industrial thresholds quoted in the guide's footnote 1."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol


class SmeRule(Protocol):
    large_min_employees: int
    large_min_revenue_wan: Decimal


def is_large_enterprise(employees: int, revenue_wan: Decimal, rule: SmeRule) -> bool:
    """Large needs both: 从业人员 ≥ 1000 and 营业收入 ≥ 40000万元; everything else is an SME."""
    return employees >= rule.large_min_employees and revenue_wan >= rule.large_min_revenue_wan


def is_sme(employees: int | None, revenue_wan: Decimal | None, rule: SmeRule) -> bool | None:
    """None when the declaration lacks the figures needed to decide."""
    if employees is None or revenue_wan is None:
        return None
    return not is_large_enterprise(employees, revenue_wan, rule)
