"""The applicant's declaration: 申报信息.xlsx (or declaration.json) read into typed records.

The workbook is filled in by hand, so reading tolerates what real ones contain: full-width
characters and spaces in headers, title rows above the header, shuffled columns, empty rows,
a trailing 合计 row, dates as Excel dates, text or serial numbers, amounts as text with
thousands separators or as formulas. A cell that cannot be read stops the work with a
DeclarationError naming the sheet, the Excel row and the column, in words the applicant can
act on. Credit codes are normalised here but never validated (that produces gaps elsewhere).

Money is Decimal yuan: the workbook states 万元, converted exactly (Decimal from the cell's
text, times 10000), never through float arithmetic.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from pipeline.catalogs import schema_path
from pipeline.errors import DeclarationError
from pipeline.models import (
    Applicant,
    Declaration,
    DeclaredContract,
    DeclaredDiagnosis,
    DeclaredMeeting,
    DeclaredStandard,
    DeclaredSupplier,
)
from pipeline.parsing.dates import YEAR_MAX, YEAR_MIN, parse_date
from pipeline.parsing.uscc import normalize_uscc

DECLARATION_WORKBOOK = "申报信息.xlsx"
DECLARATION_JSON = "declaration.json"
SCHEMA_PATH = schema_path("declaration.schema.json")

SHEET_APPLICANT = "申报单位"
SHEET_CONTRACTS = "服务用户清单"
SHEET_STANDARDS = "标准草案"
SHEET_SUPPLIERS = "本地配套供应商"
SHEET_MEETINGS = "经验交流会"
SHEET_DIAGNOSES = "免费诊断"

# the sections a catalog may need beyond 申报单位 and 服务用户清单 (always required), with their
# sheet and JSON key: a sheet that is not there is "not provided", never "none declared"
SECTION_SHEETS = {"standards": SHEET_STANDARDS, "suppliers": SHEET_SUPPLIERS,
                  "meetings": SHEET_MEETINGS, "diagnoses": SHEET_DIAGNOSES}

PHASE_SUPPORT = "申报"
PHASE_ASSESSMENT = "考核"

HEADER_SCAN_ROWS = 10  # the header row is looked for among the first rows of a sheet

_WAN = Decimal(10000)
_MAX_DIGITS = 12   # amounts of 10^12 万元 and more are typing errors
_CENT = Decimal("0.01")
_EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                 "#GETTING_DATA", "#SPILL!", "#CALC!"}
# what applicants write in a cell that has nothing to state
_PLACEHOLDERS = {"-", "--", "—", "——", "/", "\\", "无", "n/a", "na", "none", "null"}
_TRUE = {"是", "y", "yes", "true", "t", "1", "√", "✓", "✔", "☑", "对"}
_FALSE = {"否", "n", "no", "false", "f", "0", "×", "x", "✗", "✘", "☒", "不是"}
_TOTAL_PREFIXES = ("合计", "总计", "小计", "共计")
_NOTE_PREFIXES = ("注:", "注1", "说明", "填表说明", "备注:", "填报说明")


# ---- small text helpers -------------------------------------------------------------------


def normalize_header(text: Any) -> str:
    """A header as compared: NFKC (full-width to half-width), no whitespace, no * marks."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = re.sub(r"\s+", "", s).replace("*", "").replace("单位:", "")
    return s.lower()


def _display(text: Any) -> str:
    """A header or sheet name as shown back to the applicant: whitespace collapsed."""
    return " ".join(str(text).split())


def _clean_text(value: Any) -> str:
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


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_placeholder(text: str) -> bool:
    return normalize_header(text) in _PLACEHOLDERS


class _CellError(ValueError):
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
            raise _CellError(f"{what}不能为负数「{text.strip()}」")
        if re.fullmatch(r"[0-9.,]+元", s):
            raise _CellError(f"金额「{text.strip()}」的单位是元，本列单位为万元，请换算为万元后填写")
        raise _CellError(f"无法识别的{what}「{text.strip()}」，请填写数字（{unit_hint}）")
    return Decimal(s.lstrip("+"))


def _decimal_from_cell(value: Any, what: str, unit_hint: str) -> Decimal:
    """A non-negative number from a number cell or its text, exactly as written."""
    if isinstance(value, bool):
        raise _CellError(f"无法识别的{what}「{_clean_text(value)}」，请填写数字（{unit_hint}）")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        # repr() is the shortest text that reads back as this float: the number as the
        # workbook wrote it (Excel stores numbers as text in the file).
        number = Decimal(repr(value))
        if not number.is_finite():
            raise _CellError(f"无法识别的{what}「{value}」，请填写数字（{unit_hint}）")
    elif isinstance(value, Decimal):
        number = value
        if not number.is_finite():
            raise _CellError(f"无法识别的{what}「{value}」，请填写数字（{unit_hint}）")
    elif isinstance(value, str):
        number = _decimal_from_text(value, what, unit_hint)
    else:
        raise _CellError(f"无法识别的{what}「{_clean_text(value)}」，请填写数字（{unit_hint}）")
    if number < 0:
        raise _CellError(f"{what}不能为负数「{_clean_text(value)}」")
    if number and number.adjusted() >= _MAX_DIGITS:
        # beyond any real contract; exact cents of it would not fit decimal arithmetic either
        raise _CellError(f"{what}「{_clean_text(value)}」数值过大，请检查单位和位数（{unit_hint}）")
    return number


def wan_to_yuan(wan: Decimal) -> Decimal:
    """万元 -> yuan, exact; more than two decimals of yuan are rounded half-up to cents."""
    yuan = wan * _WAN
    if yuan.as_tuple().exponent < -2:  # type: ignore[operator]
        yuan = yuan.quantize(_CENT, rounding=ROUND_HALF_UP)
    return yuan


def yuan_to_wan_text(yuan: Decimal) -> str:
    """yuan -> the 万元 amount as a plain decimal string (no exponent, no trailing zeros)."""
    return _decimal_text(yuan.scaleb(-4))


def _decimal_text(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def parse_amount_wan(value: Any) -> Decimal:
    """A cell stating 万元 (number, '1,200.50', '300万元') -> Decimal yuan."""
    return wan_to_yuan(_decimal_from_cell(value, "金额", "单位：万元"))


def parse_count(value: Any, what: str = "人数") -> int:
    """A whole number of people or companies: 1200, '1,200', '1200人', '3家'."""
    if isinstance(value, bool):
        raise _CellError(f"无法识别的{what}「{_clean_text(value)}」，请填写整数")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise _CellError(f"{what}应为整数，现为「{_clean_text(value)}」")
        number = int(value)
    else:
        s = unicodedata.normalize("NFKC", str(value))
        s = _strip_separators(re.sub(r"(人|名|家|个)$", "", re.sub(r"\s+", "", s)))
        if not re.fullmatch(r"[0-9]+", s):
            raise _CellError(f"无法识别的{what}「{str(value).strip()}」，请填写整数")
        number = int(s)
    if number < 0:
        raise _CellError(f"{what}不能为负数「{value}」")
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
    raise _CellError(f"无法识别「{_clean_text(value)}」，请填写「是」或「否」")


def parse_cell_date(value: Any, *, epoch: datetime | None = None) -> date:
    """An Excel date, a date in text (2023年10月12日, 2023-10-12, ...) or an Excel serial."""
    if isinstance(value, date):  # datetime too
        day = value.date() if isinstance(value, datetime) else value
        if not YEAR_MIN <= day.year <= YEAR_MAX:
            # typically a bare year or number typed into a date-formatted cell
            raise _CellError(f"日期「{day.isoformat()}」不在合理范围（{YEAR_MIN}–{YEAR_MAX}年）内，"
                             "请检查该单元格，填写完整的年月日")
        return day
    if isinstance(value, bool):
        raise _CellError(f"无法识别的日期「{_clean_text(value)}」")
    if isinstance(value, (int, float)):
        return _date_from_number(value, epoch, str(_clean_text(value)))
    if not isinstance(value, str):
        raise _CellError(f"无法识别的日期「{_clean_text(value)}」，请按「2023-10-12」或"
                         "「2023年10月12日」的格式填写")
    text = value.strip()
    plain = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"[0-9]+", plain):  # a serial number or 20231012 typed as text
        return _date_from_number(int(plain), epoch, text)
    # exports often carry a midnight time: 2023-10-12 00:00:00
    plain = re.sub(r"[\sT]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?$", "", plain)
    parsed = parse_date(plain) or parse_date(text)
    if parsed is None:
        raise _CellError(f"无法识别的日期「{text}」，请按「2023-10-12」或「2023年10月12日」的格式"
                         "填写一个真实存在的日期")
    return parsed


def _date_from_number(number: int | float, epoch: datetime | None, shown: str) -> date:
    from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900, from_excel

    if isinstance(number, int) and YEAR_MIN * 10000 + 101 <= number <= YEAR_MAX * 10000 + 1231:
        try:
            return date(number // 10000, number // 100 % 100, number % 100)
        except ValueError:
            raise _CellError(f"无法识别的日期「{shown}」，该日期不存在") from None
    try:
        when = from_excel(number, epoch or CALENDAR_WINDOWS_1900)
    except (ValueError, OverflowError, TypeError):
        when = None
    if not isinstance(when, datetime) or not YEAR_MIN <= when.year <= YEAR_MAX:
        raise _CellError(f"无法识别的日期「{shown}」，请按「2023-10-12」或「2023年10月12日」的格式填写")
    return when.date()


def parse_phase(value: Any) -> str:
    text = normalize_header(value)
    if not text:
        return PHASE_SUPPORT
    if "考核" in text:
        return PHASE_ASSESSMENT
    if "申报" in text or "支持" in text:
        return PHASE_SUPPORT
    raise _CellError(f"无法识别的阶段「{_clean_text(value)}」，请填写「申报」或「考核」")


def _uscc_from_cell(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if abs(value) >= 1e15:
            raise _CellError("统一社会信用代码被 Excel 存成了数字，后几位可能已丢失；请把该列设为"
                             "「文本」格式后重新填写")
        value = _clean_text(value)
    return normalize_uscc(str(value))


# ---- sheet layout -------------------------------------------------------------------------

TEXT, REQUIRED_TEXT, SEQ, USCC, AMOUNT, AMOUNT_WAN, DATE, FLAG, COUNT = (
    "text", "required_text", "seq", "uscc", "amount", "amount_wan", "date", "flag", "count")


@dataclass(frozen=True)
class Column:
    key: str          # field name in the model
    header: str       # as in the template
    kind: str
    required: bool = True           # the column must be present in the sheet
    aliases: tuple[str, ...] = ()   # other headers seen in real workbooks


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]


CONTRACT_SHEET = SheetSpec(SHEET_CONTRACTS, (
    Column("seq", "序号", SEQ, required=False, aliases=("编号",)),
    Column("customer", "用户名称", REQUIRED_TEXT, aliases=("客户名称", "用户单位名称", "服务用户名称")),
    Column("customer_uscc", "统一社会信用代码", USCC,
           aliases=("用户统一社会信用代码", "社会信用代码", "信用代码")),
    Column("contract_no", "合同编号", TEXT, aliases=("合同号",)),
    Column("contract_name", "合同名称", TEXT),
    Column("amount_yuan", "合同金额（万元）", AMOUNT, aliases=("合同金额", "合同额（万元）")),
    Column("signed_on", "签订日期", DATE, aliases=("合同签订日期", "签订时间", "签署日期")),
    Column("accepted_on", "验收日期", DATE, aliases=("验收时间", "项目验收日期")),
    Column("declared_sme", "是否中小企业", FLAG, aliases=("是否为中小企业",)),
    Column("employees", "从业人员", COUNT,
           aliases=("从业人员（人）", "从业人员数", "从业人数", "从业人员数量")),
    Column("revenue_wan", "营业收入（万元）", AMOUNT_WAN, aliases=("营业收入",)),
    Column("declared_tianjin", "是否天津企业", FLAG, aliases=("是否为天津企业", "是否天津市企业")),
))

STANDARD_SHEET = SheetSpec(SHEET_STANDARDS, (
    Column("seq", "序号", SEQ, required=False),
    Column("name", "标准名称", REQUIRED_TEXT),
    Column("category", "标准类别", TEXT, required=False, aliases=("标准类型", "类别")),
    Column("stage", "阶段", TEXT, required=False, aliases=("标准阶段", "所处阶段")),
))

SUPPLIER_SHEET = SheetSpec(SHEET_SUPPLIERS, (
    Column("seq", "序号", SEQ, required=False),
    Column("name", "供应商名称", REQUIRED_TEXT),
    Column("uscc", "统一社会信用代码", USCC, aliases=("社会信用代码", "信用代码")),
    Column("contract_no", "分包合同编号", TEXT),
    Column("contract_name", "分包合同名称", TEXT),
    Column("amount_yuan", "分包金额（万元）", AMOUNT, aliases=("分包合同金额（万元）", "分包金额")),
    Column("signed_on", "签订日期", DATE, aliases=("合同签订日期", "签订时间")),
))

MEETING_SHEET = SheetSpec(SHEET_MEETINGS, (
    Column("seq", "序号", SEQ, required=False),
    Column("name", "会议名称", REQUIRED_TEXT),
    Column("held_on", "日期", DATE, aliases=("会议日期", "召开日期", "举办日期")),
    Column("place", "地点", TEXT, aliases=("会议地点", "举办地点")),
    Column("declared_tianjin_attendees", "参会天津企业数量", COUNT,
           aliases=("参会天津企业数", "天津参会企业数量")),
))

DIAGNOSIS_SHEET = SheetSpec(SHEET_DIAGNOSES, (
    Column("seq", "序号", SEQ, required=False),
    Column("customer", "客户名称", REQUIRED_TEXT, aliases=("企业名称", "用户名称")),
    Column("uscc", "统一社会信用代码", USCC, aliases=("社会信用代码", "信用代码")),
    Column("diagnosed_on", "诊断日期", DATE, aliases=("诊断时间",)),
    Column("report_name", "诊断报告名称", TEXT, aliases=("报告名称",)),
))

# 申报单位: 项目 | 内容, one row per item
_APPLICANT_ITEMS: dict[str, str] = {
    "单位名称": "name", "申报单位名称": "name", "申报单位": "name", "企业名称": "name",
    "统一社会信用代码": "uscc", "社会信用代码": "uscc",
    "注册地址": "address", "单位注册地址": "address",
    "申报方向": "direction",
    "服务行业": "industry",
    "阶段": "phase", "申报阶段": "phase",
}
_APPLICANT_LABELS = {"name": "单位名称", "uscc": "统一社会信用代码", "address": "注册地址",
                     "direction": "申报方向", "industry": "服务行业", "phase": "阶段"}
_APPLICANT_REQUIRED = ("name", "uscc", "address")


# ---- finding the declaration --------------------------------------------------------------


def find_declaration(root: Path) -> Path:
    """The declaration file in the submission root.

    申报信息.xlsx or declaration.json by name; failing both, another .xlsx in the root that has
    a sheet 服务用户清单. More than one candidate is an error listing them: choosing silently
    could verify the wrong declaration.
    """
    root = Path(root)
    if not root.is_dir():
        raise DeclarationError(f"申报材料文件夹不存在：{root}")
    files = sorted(p for p in root.iterdir()
                   if p.is_file() and not p.name.startswith(("~$", ".")))
    named = [p for p in files
             if unicodedata.normalize("NFC", p.name) == DECLARATION_WORKBOOK
             or p.name.lower() == DECLARATION_JSON]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise DeclarationError(
            "申报材料根目录中同时有 " + "、".join(p.name for p in named)
            + "，无法确定以哪一份为准，请只保留一份申报信息")
    others = [p for p in files if p.suffix.lower() in (".xlsx", ".xlsm")
              and _has_sheet(p, SHEET_CONTRACTS)]
    if len(others) == 1:
        return others[0]
    if len(others) > 1:
        raise DeclarationError(
            f"申报材料根目录中有多个含「{SHEET_CONTRACTS}」工作表的工作簿："
            + "、".join(p.name for p in others)
            + f"，无法确定哪一份是申报信息；请把申报信息命名为「{DECLARATION_WORKBOOK}」或只保留一份")
    elsewhere = sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*")
        if p.is_file() and p.parent != root
        and (p.name == DECLARATION_WORKBOOK or p.name.lower() == DECLARATION_JSON))
    hint = f"（在子文件夹中找到：{'、'.join(elsewhere)}，请移到根目录）" if elsewhere else ""
    raise DeclarationError(
        f"申报材料根目录中没有找到申报信息：需要「{DECLARATION_WORKBOOK}」或「{DECLARATION_JSON}」，"
        f"或一个含「{SHEET_CONTRACTS}」工作表的 .xlsx 工作簿{hint}")


def _has_sheet(path: Path, sheet: str) -> bool:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 - an unreadable workbook is just not a candidate
        return False
    try:
        return any(normalize_header(name) == normalize_header(sheet) for name in wb.sheetnames)
    finally:
        wb.close()


# ---- reading ------------------------------------------------------------------------------


def read_declaration(path: Path, *, relative_to: Path | None = None) -> Declaration:
    """Read a declaration workbook (.xlsx) or declaration.json."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        decl = read_workbook(path)
    elif suffix == ".json":
        decl = read_declaration_json(path)
    elif suffix in (".xls", ".et", ".wps"):
        raise DeclarationError(f"{path.name} 是旧版 Excel/WPS 格式，请在 Excel 或 WPS 中另存为 .xlsx 后重新上传")
    else:
        raise DeclarationError(f"{path.name} 不是申报信息文件：请上传 {DECLARATION_WORKBOOK} 或 {DECLARATION_JSON}")
    if relative_to is not None:
        try:
            decl.source = path.resolve().relative_to(Path(relative_to).resolve()).as_posix()
        except ValueError:
            decl.source = path.as_posix()
    return decl


def read_workbook(path: Path) -> Declaration:
    """Read 申报信息.xlsx; `source` is the file's name. A section's sheet that is not in the
    workbook is recorded in `absent` (with the sheets that are), not read as an empty list."""
    path = Path(path)
    book = _Workbook.open(path)
    applicant = book.read_applicant()
    contracts = [DeclaredContract(**row) for row in book.read_table(CONTRACT_SHEET, required=True)]
    absent: dict[str, str] = {}

    def section(key: str, spec: SheetSpec, model: Any) -> list[Any]:
        if book.sheet(spec.name) is None:
            absent[key] = book.missing_sheet_text(spec.name)
            return []
        return [model(**row) for row in book.read_table(spec)]

    return Declaration(applicant=applicant, contracts=contracts,
                       standards=section("standards", STANDARD_SHEET, DeclaredStandard),
                       suppliers=section("suppliers", SUPPLIER_SHEET, DeclaredSupplier),
                       meetings=section("meetings", MEETING_SHEET, DeclaredMeeting),
                       diagnoses=section("diagnoses", DIAGNOSIS_SHEET, DeclaredDiagnosis),
                       source=path.name, absent=absent)


def require_sections(declaration: Declaration, needed: dict[str, str]) -> None:
    """Stop with a DeclarationError when a section the requirements need (section -> the
    requirement's title) is not provided at all: no sheet, or no JSON key. An empty sheet is
    the applicant's own "none" and is checked as such; a missing one is never a zero."""
    missing = [(key, title) for key, title in needed.items() if key in declaration.absent]
    if not missing:
        return
    lines = [f"要求「{title}」无法核验：{declaration.absent[key]}" for key, title in missing]
    none = ("写成空列表 []" if declaration.source.lower().endswith(".json")
            else "保留该工作表和表头、不填内容")
    raise DeclarationError("。".join(lines) + f"。请按申报模板补充后重新提交（确实没有的，{none}）")


class _Workbook:
    """One opened workbook: cached values, and formulas loaded only when a value is missing."""

    def __init__(self, path: Path, wb: Any):
        self.path = path
        self.wb = wb
        self._formulas: Any = None

    @classmethod
    def open(cls, path: Path) -> "_Workbook":
        from openpyxl import load_workbook

        if not path.is_file():
            raise DeclarationError(f"申报信息工作簿不存在：{path.name}")
        try:
            wb = load_workbook(path, read_only=False, data_only=True)
        except Exception as exc:  # noqa: BLE001 - zip, xml or openpyxl errors alike
            raise DeclarationError(
                f"无法打开申报信息工作簿 {path.name}（{type(exc).__name__}）：请确认它是 Excel .xlsx "
                "文件且未加密，可在 Excel 或 WPS 中打开后另存为 .xlsx 再上传") from exc
        return cls(path, wb)

    def sheet(self, name: str) -> Any | None:
        for title in self.wb.sheetnames:
            if normalize_header(title) == normalize_header(name):
                return self.wb[title]
        return None

    def formula_at(self, sheet_title: str, row: int, column: int) -> str | None:
        """The formula of a cell whose cached value is missing (None if it is not a formula)."""
        if self._formulas is None:
            from openpyxl import load_workbook

            self._formulas = load_workbook(self.path, read_only=False, data_only=False)
        value = self._formulas[sheet_title].cell(row=row, column=column).value
        if isinstance(value, str) and value.startswith("="):
            return value
        text = getattr(value, "text", None)  # ArrayFormula / DataTableFormula
        if isinstance(text, str):
            return text
        return None

    def cell_value(self, ws: Any, cell: Any, sheet: str, column: str) -> Any:
        """The cell's value, refusing formulas without a cached result and Excel errors."""
        value = cell.value
        if value is None:
            formula = self.formula_at(ws.title, cell.row, cell.column)
            if formula is not None:
                raise DeclarationError(
                    f"单元格 {cell.coordinate} 是公式「{formula}」，但文件中没有保存计算结果；请用 Excel 或"
                    " WPS 打开后保存再上传，或直接填写数值",
                    sheet=sheet, row=cell.row, column=column)
        elif isinstance(value, str) and value.strip().upper() in _EXCEL_ERRORS:
            raise DeclarationError(
                f"单元格 {cell.coordinate} 的公式计算出错「{value.strip()}」，请修正公式或直接填写数值",
                sheet=sheet, row=cell.row, column=column)
        return value

    # -- 申报单位 --

    def read_applicant(self) -> Applicant:
        """申报单位: rows of 项目 | 内容 (also tolerated: no header row, or one row of labels
        with the values in the row below)."""
        ws = self.sheet(SHEET_APPLICANT)
        if ws is None:
            raise self._missing_sheet(SHEET_APPLICANT)
        found: dict[str, tuple[Any, int, str]] = {}   # field -> (value, row, column shown)
        seen_labels: list[str] = []
        layout = self._applicant_layout(ws)
        if layout[0] == "across":
            _, label_row, labels = layout
            for col, (field_name, shown) in labels.items():
                seen_labels.append(shown)
                cell = ws.cell(row=label_row + 1, column=col)
                if field_name not in found:
                    found[field_name] = (self.cell_value(ws, cell, SHEET_APPLICANT, shown),
                                         label_row + 1, shown)
        else:
            _, first_row, (key_col, value_col) = layout
            for row in ws.iter_rows(min_row=first_row):
                cells = {c.column: c for c in row}
                key_cell = cells.get(key_col)
                if key_cell is None or _is_blank(key_cell.value):
                    continue
                seen_labels.append(_display(key_cell.value))
                field_name = _APPLICANT_ITEMS.get(_item_key(key_cell.value))
                if field_name is None or field_name in found:
                    continue
                if value_col:
                    value_cell = cells.get(value_col) or ws.cell(row=key_cell.row, column=value_col)
                else:  # no header: the first filled cell right of the label
                    value_cell = next((c for c in row if c.column > key_col
                                       and not _is_blank(c.value)), None)
                    value_cell = value_cell or ws.cell(row=key_cell.row, column=key_col + 1)
                found[field_name] = (self.cell_value(ws, value_cell, SHEET_APPLICANT, "内容"),
                                     key_cell.row, "内容")
        for field_name in _APPLICANT_REQUIRED:
            label = _APPLICANT_LABELS[field_name]
            if field_name not in found:
                listed = "、".join(seen_labels) if seen_labels else "无"
                raise DeclarationError(
                    f"缺少「{label}」：请在「项目」列填写「{label}」并在「内容」列填写对应内容"
                    f"（已找到的项目：{listed}）", sheet=SHEET_APPLICANT)
            value, row, shown = found[field_name]
            if _is_blank(value):
                raise DeclarationError(f"「{label}」未填写，请填写{label}",
                                       sheet=SHEET_APPLICANT, row=row, column=shown)
        values: dict[str, Any] = {
            field_name: _clean_text(found[field_name][0]) if field_name in found else ""
            for field_name in ("name", "address", "direction", "industry")
        }
        value, row, shown = found["uscc"]
        values["uscc"] = self._convert(_uscc_from_cell, value, SHEET_APPLICANT, row, shown)
        value, row, shown = found.get("phase", (None, 0, "内容"))
        values["phase"] = self._convert(parse_phase, value, SHEET_APPLICANT, row or None, shown)
        return Applicant(**values)

    @staticmethod
    def _applicant_layout(ws: Any) -> tuple[Any, ...]:
        """("down", first row, (项目 column, 内容 column or 0)) or ("across", row, labels)."""
        for row in ws.iter_rows(max_row=HEADER_SCAN_ROWS):
            heads = {normalize_header(c.value): c.column for c in row if not _is_blank(c.value)}
            if "项目" in heads and "内容" in heads:
                return ("down", row[0].row + 1, (heads["项目"], heads["内容"]))
            labels = {c.column: (_APPLICANT_ITEMS[_item_key(c.value)], _display(c.value))
                      for c in row if _item_key(c.value) in _APPLICANT_ITEMS}
            if len({name for name, _ in labels.values()}) >= 2:
                return ("across", row[0].row, labels)
        for row in ws.iter_rows():  # no header: the labels are in the column that has them
            for c in row:
                if _item_key(c.value) in _APPLICANT_ITEMS:
                    return ("down", 1, (c.column, 0))
        return ("down", 1, (1, 0))

    @staticmethod
    def _convert(fn: Callable[[Any], Any], value: Any, sheet: str, row: int | None,
                 column: str) -> Any:
        try:
            return fn(value)
        except _CellError as exc:
            raise DeclarationError(str(exc), sheet=sheet, row=row, column=column) from None

    def _missing_sheet(self, name: str) -> DeclarationError:
        return DeclarationError(f"{self.missing_sheet_text(name)}，请按申报模板补充该工作表")

    def missing_sheet_text(self, name: str) -> str:
        """「工作簿 X 中缺少工作表「name」（现有工作表：…）」, with the sheet it may have been
        renamed to (标准草稿 for 标准草案)."""
        found = "、".join(f"「{_display(t)}」" for t in self.wb.sheetnames)
        text = f"工作簿 {self.path.name} 中缺少工作表「{name}」（现有工作表：{found}）"
        near = _near_sheet(name, self.wb.sheetnames)
        if near:
            text += f"；如果「{_display(near)}」就是「{name}」，请把它改名为「{name}」"
        return text

    # -- list sheets --

    def read_table(self, spec: SheetSpec, *, required: bool = False) -> list[dict[str, Any]]:
        ws = self.sheet(spec.name)
        if ws is None:
            if required:
                raise self._missing_sheet(spec.name)
            return []
        _, data_row, columns = self._locate_header(ws, spec)
        # a cell merged down over several rows (one customer, two contracts) counts for each row
        merged = _merged_top_left(ws, ws.max_row)
        rows: list[dict[str, Any]] = []
        for cells in ws.iter_rows(min_row=data_row):
            excel_row = cells[0].row
            shown_values = [merged.get((excel_row, c.column), (c.value,))[0] for c in cells]
            mapped: dict[str, Any] = {}
            for key, (col, _) in columns.items():
                mapped[key] = shown_values[col - 1] if col <= len(shown_values) else None
            if any(_is_total_label(c.value) for c in cells):
                break  # totals close the table; what follows are notes and signatures
            lead = normalize_header(next((c.value for c in cells if not _is_blank(c.value)), None))
            # template rows often come numbered in advance: a row with only its 序号 is empty
            if all(_is_blank(v) for key, v in mapped.items() if key != "seq"):
                continue
            if sum(not _is_blank(c.value) for c in cells) == 1 and lead.startswith(_NOTE_PREFIXES):
                continue
            record: dict[str, Any] = {"row": excel_row}
            for column in spec.columns:
                if column.key not in columns:
                    record[column.key] = "" if column.kind == TEXT else None
                    continue
                col_index, shown = columns[column.key]
                cell = ws.cell(row=excel_row, column=col_index)
                top = merged.get((excel_row, col_index))
                if top is not None and (top[1], top[2]) != (excel_row, col_index):
                    if column.kind == AMOUNT:
                        raise DeclarationError(
                            f"单元格 {cell.coordinate} 与上方单元格合并了，金额无法对应到本行合同；"
                            "请取消合并，每行分别填写金额", sheet=spec.name, row=excel_row,
                            column=shown)
                    cell = ws.cell(row=top[1], column=top[2])
                value = self.cell_value(ws, cell, spec.name, shown)
                record[column.key] = self._convert(
                    lambda v, c=column: self._typed(v, c), value, spec.name, excel_row, shown)
            if not record.get("seq"):
                record["seq"] = str(len(rows) + 1)
            rows.append(record)
        return rows

    def _typed(self, value: Any, column: Column) -> Any:
        kind = column.kind
        blank = _is_blank(value) or (isinstance(value, str) and _is_placeholder(value)
                                     and kind not in (TEXT, REQUIRED_TEXT, SEQ))
        if kind == REQUIRED_TEXT:
            if blank:
                raise _CellError(f"「{column.header}」未填写")
            return _clean_text(value)
        if kind in (TEXT, SEQ):
            return _clean_text(value)
        if kind == USCC:
            return "" if blank else _uscc_from_cell(value)
        if kind == AMOUNT:
            if blank:
                raise _CellError(f"「{column.header}」未填写，请填写数字（单位：万元）")
            return parse_amount_wan(value)
        if blank:
            return None
        if kind == AMOUNT_WAN:
            return _decimal_from_cell(value, "金额", "单位：万元")
        if kind == DATE:
            return parse_cell_date(value, epoch=self.wb.epoch)
        if kind == FLAG:
            return parse_flag(value)
        if kind == COUNT:
            return parse_count(value, "人数" if column.key == "employees" else "数量")
        raise AssertionError(f"unknown column kind {kind!r}")

    def _locate_header(self, ws: Any, spec: SheetSpec
                       ) -> tuple[int, int, dict[str, tuple[int, str]]]:
        """(header row, first data row, key -> (column index, header as written))."""
        names: dict[str, Column] = {}
        for column in spec.columns:
            for text in (column.header, *column.aliases):
                names.setdefault(normalize_header(text), column)
        merged = _merged_top_left(ws, HEADER_SCAN_ROWS)
        best_row, best_hits, best_texts = 0, {}, []  # type: ignore[var-annotated]
        first_texts: list[str] = []
        for row in ws.iter_rows(max_row=HEADER_SCAN_ROWS):
            hits: dict[str, list[tuple[int, str]]] = {}
            texts: list[str] = []
            for cell in row:
                value, _, col, _ = merged.get((cell.row, cell.column),
                                              (cell.value, cell.row, cell.column, cell.row))
                if _is_blank(value):
                    continue
                texts.append(_display(value))
                column = names.get(normalize_header(value))
                if column is None:
                    continue
                places = hits.setdefault(column.key, [])
                if all(c != col for c, _ in places):  # a header merged across columns
                    places.append((col, _display(value)))
            if texts and not first_texts:
                first_texts = texts
            if len(hits) > len(best_hits):
                best_row, best_hits, best_texts = row[0].row, hits, texts
        if len(best_hits) < 2:
            expected = "、".join(c.header for c in spec.columns)
            seen = "、".join(first_texts) if first_texts else "（前几行为空）"
            raise DeclarationError(
                f"在前{HEADER_SCAN_ROWS}行中没有找到表头：应包含 {expected}；找到的内容：{seen}",
                sheet=spec.name)
        header_row, hits = best_row, best_hits
        for key, places in hits.items():
            if len(places) > 1:
                shown = "、".join(f"「{text}」" for _, text in places)
                raise DeclarationError(
                    f"表头中「{_header_of(spec, key)}」出现了不止一次（{shown}），请只保留一列",
                    sheet=spec.name, row=header_row)
        missing = [c.header for c in spec.columns if c.required and c.key not in hits]
        if missing:
            hints = []
            for header in missing:
                base = normalize_header(header).split("(")[0]
                near = [t for t in best_texts if "(" in normalize_header(t)
                        and normalize_header(t).split("(")[0] == base]
                hints += [f"列「{t}」的单位与模板不同，模板要求「{header}」" for t in near]
            raise DeclarationError(
                "缺少列「" + "」「".join(missing) + "」；找到的表头：" + "、".join(best_texts)
                + "。" + "".join(h + "；" for h in hints) + "请按申报模板填写表头",
                sheet=spec.name, row=header_row)
        # a header merged downwards (two-line header) pushes the data further down
        last_header_row = max(
            [header_row] + [bottom for (r, _), (*_, bottom) in merged.items() if r == header_row])
        columns = {key: places[0] for key, places in hits.items()}
        return header_row, last_header_row + 1, columns


_KNOWN_SHEETS = (SHEET_APPLICANT, SHEET_CONTRACTS, *SECTION_SHEETS.values())


def _near_sheet(name: str, titles: list[str]) -> str | None:
    """The sheet, not named as any template sheet, whose name is closest to `name` (most of
    its characters in order), if one is close enough to be a renamed or mistyped copy."""
    from difflib import SequenceMatcher

    known = {normalize_header(s) for s in _KNOWN_SHEETS}
    best, best_ratio = None, 0.0
    for title in titles:
        key = normalize_header(title)
        if key in known:
            continue
        ratio = SequenceMatcher(None, normalize_header(name), key).ratio()
        if ratio > best_ratio:
            best, best_ratio = title, ratio
    return best if best_ratio >= 0.6 else None


def _is_total_label(value: Any) -> bool:
    """合计 / 总计 / 小计 / 共计 (also 合计：, 合计（万元）), the label of a totals row."""
    if not isinstance(value, str):
        return False
    text = normalize_header(value)
    return text.startswith(_TOTAL_PREFIXES) and len(text) <= 10


def _item_key(value: Any) -> str:
    return normalize_header(value).rstrip(":")


def _header_of(spec: SheetSpec, key: str) -> str:
    return next(c.header for c in spec.columns if c.key == key)


def _merged_top_left(ws: Any, max_row: int
                     ) -> dict[tuple[int, int], tuple[Any, int, int, int]]:
    """(row, col) -> (top-left value, top row, left column, last row) of its merged range."""
    out: dict[tuple[int, int], tuple[Any, int, int, int]] = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row > max_row:
            continue
        value = ws.cell(row=rng.min_row, column=rng.min_col).value
        for r in range(rng.min_row, min(rng.max_row, max_row) + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                out[(r, c)] = (value, rng.min_row, rng.min_col, rng.max_row)
    return out


# ---- JSON ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _json_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


_JSON_TYPES = {"string": "字符串", "integer": "整数", "number": "数字", "boolean": "true/false",
               "null": "null", "object": "对象", "array": "数组"}


def _describe_schema_error(error: Any) -> str:
    """A jsonschema error in words the applicant can act on."""
    v = error.validator
    last = error.absolute_path[-1] if error.absolute_path else None
    if isinstance(last, str) and last.endswith("_wan") and v in ("anyOf", "pattern", "type", "minimum"):
        return (f"无法识别的金额 {json.dumps(error.instance, ensure_ascii=False, default=str)}："
                "请填写非负数字（单位：万元），建议写成字符串，如 \"1200.50\"")
    if v == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        return f"缺少必填字段「{missing[0] if missing else error.message}」"
    if v == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message)
        return f"不认识的字段「{'」「'.join(extra)}」（请检查拼写）"
    if v == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        shown = json.dumps(error.instance, ensure_ascii=False, default=str)
        return f"类型不对：{shown} 应为" + " 或 ".join(_JSON_TYPES.get(t, t) for t in wanted)
    if v == "format" and error.validator_value == "date":
        return f"日期「{error.instance}」不存在或不是 YYYY-MM-DD 格式"
    if v == "pattern":
        if error.validator_value == r"\S":
            return "不能为空"
        if "[0-9]{4}" in error.validator_value:
            return f"日期「{error.instance}」不是 YYYY-MM-DD 格式"
        return f"「{error.instance}」格式不对（应匹配 {error.validator_value}）"
    if v == "enum":
        allowed = "、".join(f"「{x}」" for x in error.validator_value)
        return f"「{error.instance}」不是允许的取值（允许的取值：{allowed}）"
    if v == "minimum":
        return f"{error.instance} 不能小于 {error.validator_value}"
    return error.message


def read_declaration_json(path: Path) -> Declaration:
    """Read declaration.json, validated against schemas/declaration.schema.json."""
    from jsonschema.exceptions import best_match

    path = Path(path)
    if not path.is_file():
        raise DeclarationError(f"申报信息文件不存在：{path.name}")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DeclarationError(f"{path.name} 不是 UTF-8 编码的文本，请以 UTF-8 保存") from None
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise DeclarationError(
            f"{path.name} 不是有效的 JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）") from None
    bad = _unusable_number(data, "$")
    if bad is not None:
        where, problem = bad
        raise DeclarationError(f"{path.name} 中 {where} {problem}", column=where.rsplit(".", 1)[-1])
    error = best_match(_json_validator().iter_errors(data))
    if error is not None:
        raise DeclarationError(
            f"{path.name} 不符合申报信息格式：{error.json_path}：{_describe_schema_error(error)}")
    decl = _declaration_from_data(data, source=path.name)
    decl.absent = {key: f"{path.name} 中没有「{key}」（{SECTION_SHEETS[key]}）"
                   for key in SECTION_SHEETS if key not in data}
    return decl


def _unusable_number(data: Any, where: str) -> tuple[str, str] | None:
    """(JSON path, what is wrong) of the first NaN / Infinity anywhere (JSON has no such
    numbers; Python's parser accepts them, and they would pass the schema as numbers), or
    the first 万元 amount too large to be real (or to keep exact to the cent)."""
    if isinstance(data, float) and not math.isfinite(data):
        return where, f"的值为 {json.dumps(data)}，不是有效的数字；请填写具体数值（金额单位：万元）"
    if isinstance(data, Decimal) and not data.is_finite():
        return where, f"的值为 {data}，不是有效的数字；请填写具体数值（金额单位：万元）"
    if isinstance(data, dict):
        for key, value in data.items():
            child = f"{where}.{key}"
            if str(key).endswith("_wan") and _too_large_wan(value):
                return child, f"的金额「{value}」数值过大；请检查单位（万元）和位数"
            found = _unusable_number(value, child)
            if found is not None:
                return found
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found = _unusable_number(value, f"{where}[{index}]")
            if found is not None:
                return found
    return None


def _too_large_wan(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        return False
    try:
        number = Decimal(value)
    except ArithmeticError:
        return False          # not a number: the schema says so
    return number.is_finite() and number != 0 and number.adjusted() >= _MAX_DIGITS


def _json_amount(value: Any) -> Decimal:
    return Decimal(value) if isinstance(value, (str, int)) else Decimal(str(value))


def _json_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _json_seq(item: dict[str, Any], index: int) -> str:
    seq = item.get("seq")
    return str(seq) if seq not in (None, "") else str(index)


def _declaration_from_data(data: dict[str, Any], *, source: str = "") -> Declaration:
    """A schema-valid JSON object -> Declaration; `row` is each item's 1-based position."""
    a = data["applicant"]
    applicant = Applicant(
        name=a["name"].strip(), uscc=normalize_uscc(a["uscc"]), address=a["address"].strip(),
        direction=a.get("direction", ""), industry=a.get("industry", ""),
        phase=a.get("phase", PHASE_SUPPORT))
    contracts = [
        DeclaredContract(
            row=i, seq=_json_seq(c, i), customer=c["customer"].strip(),
            customer_uscc=normalize_uscc(c.get("customer_uscc", "")),
            contract_no=c.get("contract_no", ""), contract_name=c.get("contract_name", ""),
            amount_yuan=wan_to_yuan(_json_amount(c["amount_wan"])),
            signed_on=_json_date(c.get("signed_on")), accepted_on=_json_date(c.get("accepted_on")),
            declared_sme=c.get("declared_sme"), employees=c.get("employees"),
            revenue_wan=(None if c.get("revenue_wan") is None else _json_amount(c["revenue_wan"])),
            declared_tianjin=c.get("declared_tianjin"))
        for i, c in enumerate(data["contracts"], start=1)
    ]
    standards = [
        DeclaredStandard(row=i, seq=_json_seq(s, i), name=s["name"].strip(),
                         category=s.get("category", ""), stage=s.get("stage", ""))
        for i, s in enumerate(data.get("standards", []), start=1)
    ]
    suppliers = [
        DeclaredSupplier(
            row=i, seq=_json_seq(s, i), name=s["name"].strip(), uscc=normalize_uscc(s.get("uscc", "")),
            contract_no=s.get("contract_no", ""), contract_name=s.get("contract_name", ""),
            amount_yuan=wan_to_yuan(_json_amount(s["amount_wan"])),
            signed_on=_json_date(s.get("signed_on")))
        for i, s in enumerate(data.get("suppliers", []), start=1)
    ]
    meetings = [
        DeclaredMeeting(row=i, seq=_json_seq(m, i), name=m["name"].strip(),
                        held_on=_json_date(m.get("held_on")), place=m.get("place", ""),
                        declared_tianjin_attendees=m.get("declared_tianjin_attendees"))
        for i, m in enumerate(data.get("meetings", []), start=1)
    ]
    diagnoses = [
        DeclaredDiagnosis(row=i, seq=_json_seq(d, i), customer=d["customer"].strip(),
                          uscc=normalize_uscc(d.get("uscc", "")),
                          diagnosed_on=_json_date(d.get("diagnosed_on")),
                          report_name=d.get("report_name", ""))
        for i, d in enumerate(data.get("diagnoses", []), start=1)
    ]
    return Declaration(applicant=applicant, contracts=contracts, standards=standards,
                       suppliers=suppliers, meetings=meetings, diagnoses=diagnoses, source=source)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def declaration_to_json(decl: Declaration) -> dict[str, Any]:
    """The declaration as declaration.json content (valid against the schema).

    Inverse of read_declaration_json, except `row` (read back as the position in its array)
    and `source` (the file it is read from). A section not provided (`absent`) has no key.
    """
    a = decl.applicant
    data = {
        "applicant": {"name": a.name, "uscc": a.uscc, "address": a.address,
                      "direction": a.direction, "industry": a.industry, "phase": a.phase},
        "contracts": [
            {"seq": c.seq, "customer": c.customer, "customer_uscc": c.customer_uscc,
             "contract_no": c.contract_no, "contract_name": c.contract_name,
             "amount_wan": yuan_to_wan_text(c.amount_yuan),
             "signed_on": _iso(c.signed_on), "accepted_on": _iso(c.accepted_on),
             "declared_sme": c.declared_sme, "employees": c.employees,
             "revenue_wan": None if c.revenue_wan is None else _decimal_text(c.revenue_wan),
             "declared_tianjin": c.declared_tianjin}
            for c in decl.contracts
        ],
        "standards": [
            {"seq": s.seq, "name": s.name, "category": s.category, "stage": s.stage}
            for s in decl.standards
        ],
        "suppliers": [
            {"seq": s.seq, "name": s.name, "uscc": s.uscc, "contract_no": s.contract_no,
             "contract_name": s.contract_name, "amount_wan": yuan_to_wan_text(s.amount_yuan),
             "signed_on": _iso(s.signed_on)}
            for s in decl.suppliers
        ],
        "meetings": [
            {"seq": m.seq, "name": m.name, "held_on": _iso(m.held_on), "place": m.place,
             "declared_tianjin_attendees": m.declared_tianjin_attendees}
            for m in decl.meetings
        ],
        "diagnoses": [
            {"seq": d.seq, "customer": d.customer, "uscc": d.uscc,
             "diagnosed_on": _iso(d.diagnosed_on), "report_name": d.report_name}
            for d in decl.diagnoses
        ],
    }
    for key in decl.absent:
        data.pop(key, None)
    return data
