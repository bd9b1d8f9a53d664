"""Money amounts as Decimal yuan: 大写 (financial uppercase), numerals, 万元 and ¥ forms."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _format_group(n: int) -> str:
    """0 < n < 10000 in 大写, with inner zeros collapsed (壹仟零伍)."""
    out, zero = [], False
    for i in range(3, -1, -1):
        d = (n // 10 ** i) % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(UPPER_DIGITS[d] + _SMALL_UNITS[i])
    return "".join(out)


def format_uppercase(amount: Decimal, prefix: str = "人民币") -> str:
    """Decimal yuan -> 大写 as written on contracts: 人民币贰仟伍佰万元整."""
    cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if cents < 0:
        raise ValueError("negative amount")
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    parts: list[str] = []
    groups = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or g < 1000):
            parts.append("零")
        parts.append(_format_group(g) + _BIG_UNITS[idx])
        need_zero = False
    text = "".join(parts)
    if text:
        text += "元"
    if jiao == 0 and fen == 0:
        return prefix + (text or "零元") + "整"
    if jiao:
        text += UPPER_DIGITS[jiao] + "角"
    elif text:
        text += "零"
    if fen:
        text += UPPER_DIGITS[fen] + "分"
    return prefix + text
