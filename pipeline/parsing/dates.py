"""Calendar dates as written in evidence: 2023年10月12日, 2023-10-12, 二〇二三年十月十二日.

Only real dates in 1990-2100 count, and never digits cut out of a longer run (contract
numbers, credit codes): a wrong date is worse than a missing one, the reviewer sees both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

YEAR_MIN, YEAR_MAX = 1990, 2100

# One character for one, so match offsets are offsets into the caller's text.
_HALF_WIDTH = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "．": ".", "－": "-", "／": "/",
})
_SP = r"[ \t]*"   # OCR puts spaces between the parts: 2023 年 10 月 12 日

# prose wraps anywhere, inside a date too (…并于2023\n年10月19日通过…): one line end between its
# parts is read as nothing (a 年, 月 or 日 opening the next line continues the number before it)
_WRAP = r"[ \t]*(?:\n[ \t]*)?"
_ARABIC_CN = re.compile(
    rf"(?<![0-9])(?P<y>\d{{4}}){_WRAP}年{_WRAP}(?P<m>\d{{1,2}}){_WRAP}月{_WRAP}(?P<d>\d{{1,2}}){_WRAP}[日号]"
)
_ARABIC_SEP = re.compile(
    r"(?<![0-9A-Za-z])(?<![0-9A-Za-z][-./_])"
    r"(?P<y>\d{4})[ \t]?(?P<sep>[-./])[ \t]?(?P<m>\d{1,2})[ \t]?(?P=sep)[ \t]?"
    # a time run into the day by OCR that lost the space (2021-09-0910:09) ends the day too
    r"(?P<d>\d{2}(?=\d{1,2}[:：]\d{2})|\d{1,2}(?![0-9]))"
    r"(?![-./][0-9])"
)
# a period written as two dates: 2023.01.01-2023.12.31 (each date is found on its own)
_RANGE = re.compile(
    r"(?<![0-9A-Za-z])(?P<a>\d{4}(?P<s1>[-./])\d{1,2}(?P=s1)\d{1,2})[ \t]*[-~～至到—–]+[ \t]*"
    r"(?P<b>\d{4}(?P<s2>[-./])\d{1,2}(?P=s2)\d{1,2})(?![0-9])"
)
# 20240307: eight digits alone, only when they make a real date (a longer run is a number)
_COMPACT = re.compile(
    r"(?<![0-9A-Za-z])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])"
)
# English months, as foreign-bank and SWIFT advices write them: 29 OCT 2024, 29-Oct-2024,
# October 29, 2024. OCR reads the O of OCT as a zero (0CT), so that spelling is accepted too.
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTH = (r"(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|[o0]ct|nov|dec))"
          r"(?i:(?<=jan)uary|(?<=feb)ruary|(?<=mar)ch|(?<=apr)il|(?<=jun)e|(?<=jul)y|(?<=aug)ust|(?<=sep)t(?:ember)?"
          r"|(?<=ct)ober|(?<=nov)ember|(?<=dec)ember)?(?![A-Za-z])\.?")
_ENGLISH_DMY = re.compile(
    rf"(?<![0-9A-Za-z])(?P<d>\d{{1,2}})[ \t\-]?{_MONTH}[ \t\-,]*(?P<y>\d{{4}})(?![0-9])"
)
_ENGLISH_MDY = re.compile(
    rf"(?<![0-9A-Za-z]){_MONTH}[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t]*,[ \t]*(?P<y>\d{{4}})(?![0-9])"
)
# the 13th day of June, 2023: how English deeds write the date they are signed
_ENGLISH_ORDINAL = re.compile(
    rf"(?<![0-9A-Za-z])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?i:day)[ \t]+(?i:of)[ \t]+{_MONTH}[ \t,]*(?P<y>\d{{4}})(?![0-9])"
)
# 13.06.2023: day first, as German (and most European) documents write dates with dots
# (only dots, two-digit day and month: 06/13/2023 and 13/06/2023 cannot be told apart, and
# 1.2.2023 may number a section)
_DOTTED_DMY = re.compile(
    r"(?<![0-9A-Za-z.,])(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>(?:19|20)\d{2})(?![0-9]|[.,]\d)"
)
# Ordinary and 大写 numerals (cheques write 贰零贰叁年零壹拾月壹拾贰日); O and ○ are how OCR
# reads 〇 (and so is 0: 二0二四年), accepted only in the year where they sit among other Chinese digits.
_HAN_YEAR_DIGITS = "〇○O0零一二三四五六七八九壹贰叁肆伍陆柒捌玖"
_HAN_DAY_CHARS = "〇零一二三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖拾"
_HAN = re.compile(
    rf"(?<![{_HAN_YEAR_DIGITS}0-9])(?P<y>[{_HAN_YEAR_DIGITS}]{{4}}){_SP}年"
    rf"{_SP}(?P<m>[{_HAN_DAY_CHARS}]{{1,3}}){_SP}月{_SP}(?P<d>[{_HAN_DAY_CHARS}]{{1,4}}){_SP}[日号]"
)
_TO_LOWER = str.maketrans("〇○O0壹贰叁肆伍陆柒捌玖拾", "零零零零一二三四五六七八九十")
_HAN_DIGIT = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
_SMALL_HAN = re.compile(r"(?P<tens>[一二三]|廿|卅)?(?P<ten>十)?(?P<ones>[一二三四五六七八九])?")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    raw: str
    value: date


def _han_small(text: str) -> int | None:
    """1..39 in Chinese (十, 十二, 二十三, 廿三, 三十一, 零玖); None if not such a number."""
    s = text.translate(_TO_LOWER).lstrip("零")
    m = _SMALL_HAN.fullmatch(s)
    if not s or not m:
        return None
    tens, ten, ones = m.group("tens"), m.group("ten"), m.group("ones")
    if tens in ("廿", "卅"):
        if ten:
            return None
        return (20 if tens == "廿" else 30) + (_HAN_DIGIT[ones] if ones else 0)
    if ten:
        return (_HAN_DIGIT[tens] if tens else 1) * 10 + (_HAN_DIGIT[ones] if ones else 0)
    if tens and ones:
        return None   # 一二: two digits, no 十
    return _HAN_DIGIT[tens or ones]


def _han_year(text: str) -> int | None:
    s = text.translate(_TO_LOWER)
    if s == "零零零零":
        return None
    return int("".join(str(_HAN_DIGIT[ch]) for ch in s))


def _make(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None or not YEAR_MIN <= y <= YEAR_MAX:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None   # 2023-02-30


def _value(pattern: re.Pattern[str], m: re.Match[str]) -> date | None:
    if pattern is _HAN:
        return _make(_han_year(m.group("y")), _han_small(m.group("m")), _han_small(m.group("d")))
    if pattern in (_ENGLISH_DMY, _ENGLISH_MDY, _ENGLISH_ORDINAL):
        month = _MONTHS.index(m.group("mon").upper().replace("0", "O")) + 1
        return _make(int(m.group("y")), month, int(m.group("d")))
    if pattern is _DOT_READ_AS_COMMA:
        return _make(int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d")))
    return _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))


# a dotted date whose one dot OCR read as a comma (2023.11,03, 2023,11.03): two-digit month and
# day, so a figure with a thousands comma (2,023.11) is never read as one
_DOT_READ_AS_COMMA = re.compile(
    r"(?<![0-9A-Za-z.,])(?P<y>\d{4})(?:\.(?P<m>\d{2}),|,(?P<m2>\d{2})\.)(?P<d>\d{2})(?![0-9]|[.,][0-9])"
)
_PATTERNS = (_ARABIC_CN, _ARABIC_SEP, _HAN, _ENGLISH_DMY, _ENGLISH_MDY, _ENGLISH_ORDINAL, _DOTTED_DMY,
             _DOT_READ_AS_COMMA)
# in running text an isolated 20240307 is a date; a cell holding only eight digits is left
# to its column's own reading (parse_date), where it may as well be a number
_TEXT_PATTERNS = (*_PATTERNS, _COMPACT)


def parse_date(text: str) -> date | None:
    """One date string (the whole of it, after strip) -> date, or None."""
    s = text.translate(_HALF_WIDTH).strip()
    for pattern in _PATTERNS:
        m = pattern.fullmatch(s)
        if m:
            return _value(pattern, m)
    return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date in free text, in order and non-overlapping."""
    norm = text.translate(_HALF_WIDTH)
    found: list[DateMatch] = []
    for m in _RANGE.finditer(norm):
        for part in ("a", "b"):
            value = parse_date(m.group(part))
            if value:
                found.append(DateMatch(m.start(part), m.end(part), text[m.start(part):m.end(part)], value))
    for pattern in _TEXT_PATTERNS:
        for m in pattern.finditer(norm):
            value = _value(pattern, m)
            if value:
                found.append(DateMatch(m.start(), m.end(), text[m.start():m.end()], value))
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[DateMatch] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


# a day written without its year (5月5日, as news prose opens: 5月5日，…在…召开): the month and day
# only, never the tail of a full date (2024年5月5日) nor digits cut out of a longer number
_YEARLESS = re.compile(r"(?<![0-9年./\-])(?<!年[ \t])(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*[日号]")


@dataclass(frozen=True)
class DayMatch:
    start: int
    end: int
    month: int
    day: int


def find_yearless_days(text: str) -> list[DayMatch]:
    """Every month-and-day without a year in free text (5月5日), in order."""
    norm = text.translate(_HALF_WIDTH)
    out = []
    for m in _YEARLESS.finditer(norm):
        month, day = int(m.group("m")), int(m.group("d"))
        if _make(2000, month, day) is not None:   # 2000 is a leap year: 2月29日 stands
            out.append(DayMatch(m.start(), m.end(), month, day))
    return out


def year_nearest(month: int, day: int, anchor: date) -> date | None:
    """The day (month, day) nearest to a full date the paper states: its year, the year before
    or the year after (12月30日 in a report dated 2025-01-09 is 2024-12-30)."""
    days = [_make(anchor.year + k, month, day) for k in (-1, 0, 1)]
    days = [d for d in days if d is not None]
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


_DATE_PREFIX = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
                          r"(?:\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*日)?)?)?)?$")


# a year cut inside its digits after the word that introduces a date (于二〇 | 二四年); OCR reads 〇 as O
_YEAR_DIGIT = "〇○零OoΟ一二三四五六七八九0-9"
_YEAR_START = re.compile(rf"(?:于|在|日期[:：]?)\s*([{_YEAR_DIGIT}]{{1,3}})$")
_YEAR_REST = re.compile(rf"([{_YEAR_DIGIT}]{{1,3}})\s*年")


def continues_date(head: str, tail: str) -> bool:
    """"2023年" + "12月7" + "日": a date a narrow cell or a line end wrapped, each piece continuing
    the one before; also a year cut inside its four digits after 于/在/日期 (于二〇 | 二四年)."""
    start, rest = _YEAR_START.search(head), _YEAR_REST.match(tail)
    if start and rest and len(start.group(1)) + len(rest.group(1)) == 4:
        return True
    m = _DATE_PREFIX.search(head)
    if m is None or head.endswith("日"):
        return False
    joined = _DATE_PREFIX.search(head + tail)
    return joined is not None and joined.start() == m.start() and len(joined.group(0)) > len(m.group(0))
