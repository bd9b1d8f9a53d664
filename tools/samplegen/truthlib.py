"""The generator's own rules for the truth it writes: credit-code checksums (GB 32100-2015),
regions, Tianjin addresses and 大写 amounts. Ground truth never comes from the product's code
(pipeline/): these are written here again, from the standards, so that a product bug cannot
make the truth agree with it."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# ---- credit codes (GB 32100-2015) -----------------------------------------------------------

CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_VALUE = {c: i for i, c in enumerate(CODE_ALPHABET)}
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# characters that look alike on a scan: an invalid code planted in the samples must not be one
# look-alike away from exactly one valid code (an OCR'd copy of it would then be ambiguous)
LOOK_ALIKES = {
    "0": "ODQ", "O": "0DQ", "D": "0O", "Q": "0O", "1": "ILT7", "I": "1LT", "L": "1I", "T": "17",
    "2": "Z", "Z": "2", "5": "S", "S": "5", "8": "B3", "B": "8", "3": "8", "6": "G", "G": "6",
    "U": "V", "V": "U", "7": "1T",
}


def code_check_char(first17: str) -> str:
    total = sum(_CODE_VALUE[c] * w for c, w in zip(first17, _CODE_WEIGHTS))
    return CODE_ALPHABET[(31 - total % 31) % 31]


def code_is_valid(code: str) -> bool:
    return len(code) == 18 and all(c in _CODE_VALUE for c in code) and code_check_char(code[:17]) == code[17]


def code_region(code: str) -> str:
    return code[2:8]


def one_look_alike_from_valid(code: str) -> bool:
    """Exactly one single look-alike substitution (region kept numeric) makes the code valid."""
    found = set()
    for pos, ch in enumerate(code):
        for alt in LOOK_ALIKES.get(ch, ""):
            candidate = code[:pos] + alt + code[pos + 1:]
            if code_is_valid(candidate) and candidate[2:8].isdigit():
                found.add(candidate)
    return len(found) == 1


def is_tianjin_address(address: str) -> bool:
    """The generator writes Tianjin addresses as 天津市<district>…, other places by province."""
    return address.replace(" ", "").startswith("天津")


# ---- 大写 amounts --------------------------------------------------------------------------

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
