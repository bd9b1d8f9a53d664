"""Cell values of a hand-filled workbook read into typed values (pure: a cell in, a value out).

Money is Decimal yuan: the workbook states 万元, converted exactly (Decimal from the cell's
text, times 10000), never through float arithmetic. A cell that cannot be read raises CellError
with words the applicant can act on; the workbook reader adds sheet, row and column."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pipeline.parsing.dates import YEAR_MAX, YEAR_MIN, parse_date
from pipeline.parsing.uscc import normalize_uscc
from pipeline.ingest.declaration.layout import PHASE_ASSESSMENT, PHASE_SUPPORT


HEADER_SCAN_ROWS = 10  # the header row is looked for among the first rows of a sheet

_WAN = Decimal(10000)
MAX_DIGITS = 12   # amounts of 10^12 万元 and more are typing errors
_CENT = Decimal("0.01")
EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                 "#GETTING_DATA", "#SPILL!", "#CALC!"}
# what applicants write in a cell that has nothing to state
_PLACEHOLDERS = {"-", "--", "—", "——", "/", "\\", "无", "n/a", "na", "none", "null"}
_TRUE = {"是", "y", "yes", "true", "t", "1", "√", "✓", "✔", "☑", "对"}
_FALSE = {"否", "n", "no", "false", "f", "0", "×", "x", "✗", "✘", "☒", "不是"}
TOTAL_PREFIXES = ("合计", "总计", "小计", "共计")
NOTE_PREFIXES = ("注:", "注1", "说明", "填表说明", "备注:", "填报说明")


# ---- small text helpers -------------------------------------------------------------------


def normalize_header(text: Any) -> str:
    """A header as compared: NFKC (full-width to half-width), no whitespace, no * marks."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = re.sub(r"\s+", "", s).replace("*", "").replace("单位:", "")
    return s.lower()


def display(text: Any) -> str:
    """A header or sheet name as shown back to the applicant: whitespace collapsed."""
    return " ".join(str(text).split())


def clean_text(value: Any) -> str:
    """Free text from a cell: numbers without a spurious .0, whitespace runs collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_placeholder(text: str) -> bool:
    return normalize_header(text) in _PLACEHOLDERS


class CellError(ValueError):
    """A value that cannot be read; the caller adds sheet, row and column."""


# ---- value parsers (pure: a cell value in, a typed value out) -----------------------------


_GROUPED = re.compile(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")


def _strip_separators(s: str) -> str:
    """'1,200.50' -> '1200.50'; commas that do not group by three are left (and refused)."""
    if "," in s and _GROUPED.fullmatch(s.lstrip("+-")):
        return s.replace(",", "")
    return s


def _decimal_from_text(text: str, what: str, unit_hint: str) -> Decimal:
    s = unicodedata.normalize("NFKC", text)
    s = re.sub(r"\s+", "", s)
    s = _strip_separators(re.sub(r"(万元|万)$", "", s))
    if not re.fullmatch(r"\+?[0-9]+(\.[0-9]+)?|\+?\.[0-9]+", s):
        if re.fullmatch(r"-[0-9.,]+", s):
            raise CellError(f"{what}不能为负数「{text.strip()}」")
        if re.fullmatch(r"[0-9.,]+元", s):
            raise CellError(f"金额「{text.strip()}」的单位是元，本列单位为万元，请换算为万元后填写")
        raise CellError(f"无法识别的{what}「{text.strip()}」，请填写数字（{unit_hint}）")
    return Decimal(s.lstrip("+"))


def decimal_from_cell(value: Any, what: str, unit_hint: str) -> Decimal:
    """A non-negative number from a number cell or its text, exactly as written."""
    if isinstance(value, bool):
        raise CellError(f"无法识别的{what}「{clean_text(value)}」，请填写数字（{unit_hint}）")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        # repr() is the shortest text that reads back as this float: the number as the
        # workbook wrote it (Excel stores numbers as text in the file).
        number = Decimal(repr(value))
        if not number.is_finite():
            raise CellError(f"无法识别的{what}「{value}」，请填写数字（{unit_hint}）")
    elif isinstance(value, Decimal):
        number = value
        if not number.is_finite():
            raise CellError(f"无法识别的{what}「{value}」，请填写数字（{unit_hint}）")
    elif isinstance(value, str):
        number = _decimal_from_text(value, what, unit_hint)
    else:
        raise CellError(f"无法识别的{what}「{clean_text(value)}」，请填写数字（{unit_hint}）")
    if number < 0:
        raise CellError(f"{what}不能为负数「{clean_text(value)}」")
    if number and number.adjusted() >= MAX_DIGITS:
        # beyond any real contract; exact cents of it would not fit decimal arithmetic either
        raise CellError(f"{what}「{clean_text(value)}」数值过大，请检查单位和位数（{unit_hint}）")
    return number


def wan_to_yuan(wan: Decimal) -> Decimal:
    """万元 -> yuan, exact; more than two decimals of yuan are rounded half-up to cents."""
    yuan = wan * _WAN
    if yuan.as_tuple().exponent < -2:  # type: ignore[operator]
        yuan = yuan.quantize(_CENT, rounding=ROUND_HALF_UP)
    return yuan


def yuan_to_wan_text(yuan: Decimal) -> str:
    """yuan -> the 万元 amount as a plain decimal string (no exponent, no trailing zeros)."""
    return decimal_text(yuan.scaleb(-4))


def decimal_text(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def parse_amount_wan(value: Any) -> Decimal:
    """A cell stating 万元 (number, '1,200.50', '300万元') -> Decimal yuan."""
    return wan_to_yuan(decimal_from_cell(value, "金额", "单位：万元"))


def parse_count(value: Any, what: str = "人数") -> int:
    """A whole number of people or companies: 1200, '1,200', '1200人', '3家'."""
    if isinstance(value, bool):
        raise CellError(f"无法识别的{what}「{clean_text(value)}」，请填写整数")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise CellError(f"{what}应为整数，现为「{clean_text(value)}」")
        number = int(value)
    else:
        s = unicodedata.normalize("NFKC", str(value))
        s = _strip_separators(re.sub(r"(人|名|家|个)$", "", re.sub(r"\s+", "", s)))
        if not re.fullmatch(r"[0-9]+", s):
            raise CellError(f"无法识别的{what}「{str(value).strip()}」，请填写整数")
        number = int(s)
    if number < 0:
        raise CellError(f"{what}不能为负数「{value}」")
    return number


def parse_flag(value: Any) -> bool:
    """是/否, Y/N, √/× (spaces allowed) and Excel TRUE/FALSE -> bool."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    key = normalize_header(value)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError(f"无法识别「{clean_text(value)}」，请填写「是」或「否」")


def parse_cell_date(value: Any, *, epoch: datetime | None = None) -> date:
    """An Excel date, a date in text (2023年10月12日, 2023-10-12, ...) or an Excel serial."""
    if isinstance(value, date):  # datetime too
        day = value.date() if isinstance(value, datetime) else value
        if not YEAR_MIN <= day.year <= YEAR_MAX:
            # typically a bare year or number typed into a date-formatted cell
            raise CellError(f"日期「{day.isoformat()}」不在合理范围（{YEAR_MIN}–{YEAR_MAX}年）内，"
                             "请检查该单元格，填写完整的年月日")
        return day
    if isinstance(value, bool):
        raise CellError(f"无法识别的日期「{clean_text(value)}」")
    if isinstance(value, (int, float)):
        return _date_from_number(value, epoch, str(clean_text(value)))
    if not isinstance(value, str):
        raise CellError(f"无法识别的日期「{clean_text(value)}」，请按「2023-10-12」或"
                         "「2023年10月12日」的格式填写")
    text = value.strip()
    plain = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"[0-9]+", plain):  # a serial number or 20231012 typed as text
        return _date_from_number(int(plain), epoch, text)
    # exports often carry a midnight time: 2023-10-12 00:00:00
    plain = re.sub(r"[\sT]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?$", "", plain)
    parsed = parse_date(plain) or parse_date(text)
    if parsed is None:
        raise CellError(f"无法识别的日期「{text}」，请按「2023-10-12」或「2023年10月12日」的格式"
                         "填写一个真实存在的日期")
    return parsed


def _date_from_number(number: int | float, epoch: datetime | None, shown: str) -> date:
    from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900, from_excel

    if isinstance(number, int) and YEAR_MIN * 10000 + 101 <= number <= YEAR_MAX * 10000 + 1231:
        try:
            return date(number // 10000, number // 100 % 100, number % 100)
        except ValueError:
            raise CellError(f"无法识别的日期「{shown}」，该日期不存在") from None
    try:
        when = from_excel(number, epoch or CALENDAR_WINDOWS_1900)
    except (ValueError, OverflowError, TypeError):
        when = None
    if not isinstance(when, datetime) or not YEAR_MIN <= when.year <= YEAR_MAX:
        raise CellError(f"无法识别的日期「{shown}」，请按「2023-10-12」或「2023年10月12日」的格式填写")
    return when.date()


def parse_phase(value: Any) -> str:
    text = normalize_header(value)
    if not text:
        return PHASE_SUPPORT
    if "考核" in text:
        return PHASE_ASSESSMENT
    if "申报" in text or "支持" in text:
        return PHASE_SUPPORT
    raise CellError(f"无法识别的阶段「{clean_text(value)}」，请填写「申报」或「考核」")


def uscc_from_cell(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if abs(value) >= 1e15:
            raise CellError("统一社会信用代码被 Excel 存成了数字，后几位可能已丢失；请把该列设为"
                             "「文本」格式后重新填写")
        value = clean_text(value)
    return normalize_uscc(str(value))
