"""申报信息.xlsx read into a Declaration.

The workbook is filled in by hand, so reading tolerates what real ones contain: full-width
characters and spaces in headers, title rows above the header, shuffled columns, empty rows,
a trailing 合计 row, dates as Excel dates, text or serial numbers, amounts as text with
thousands separators or as formulas. A cell that cannot be read stops the work with a
DeclarationError naming the sheet, the Excel row and the column."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

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
from pipeline.ingest.declaration.cells import (EXCEL_ERRORS, HEADER_SCAN_ROWS, NOTE_PREFIXES, TOTAL_PREFIXES,
                                               CellError, clean_text, decimal_from_cell, display, is_blank,
                                               is_placeholder, normalize_header, parse_amount_wan,
                                               parse_cell_date, parse_count, parse_flag, parse_phase,
                                               uscc_from_cell)
from pipeline.ingest.declaration.layout import (AMOUNT, AMOUNT_WAN, APPLICANT_ITEMS, APPLICANT_LABELS,
                                                APPLICANT_REQUIRED, CONTRACT_SHEET, COUNT, DATE,
                                                DIAGNOSIS_SHEET, FLAG, MEETING_SHEET, REQUIRED_TEXT,
                                                SECTION_SHEETS, SEQ, SHEET_APPLICANT, SHEET_CONTRACTS,
                                                STANDARD_SHEET, SUPPLIER_SHEET, TEXT, USCC, Column,
                                                SheetSpec)


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
        elif isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS:
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
                if key_cell is None or is_blank(key_cell.value):
                    continue
                seen_labels.append(display(key_cell.value))
                field_name = APPLICANT_ITEMS.get(_item_key(key_cell.value))
                if field_name is None or field_name in found:
                    continue
                if value_col:
                    value_cell = cells.get(value_col) or ws.cell(row=key_cell.row, column=value_col)
                else:  # no header: the first filled cell right of the label
                    value_cell = next((c for c in row if c.column > key_col
                                       and not is_blank(c.value)), None)
                    value_cell = value_cell or ws.cell(row=key_cell.row, column=key_col + 1)
                found[field_name] = (self.cell_value(ws, value_cell, SHEET_APPLICANT, "内容"),
                                     key_cell.row, "内容")
        for field_name in APPLICANT_REQUIRED:
            label = APPLICANT_LABELS[field_name]
            if field_name not in found:
                listed = "、".join(seen_labels) if seen_labels else "无"
                raise DeclarationError(
                    f"缺少「{label}」：请在「项目」列填写「{label}」并在「内容」列填写对应内容"
                    f"（已找到的项目：{listed}）", sheet=SHEET_APPLICANT)
            value, row, shown = found[field_name]
            if is_blank(value):
                raise DeclarationError(f"「{label}」未填写，请填写{label}",
                                       sheet=SHEET_APPLICANT, row=row, column=shown)
        values: dict[str, Any] = {
            field_name: clean_text(found[field_name][0]) if field_name in found else ""
            for field_name in ("name", "address", "direction", "industry")
        }
        value, row, shown = found["uscc"]
        values["uscc"] = self._convert(uscc_from_cell, value, SHEET_APPLICANT, row, shown)
        value, row, shown = found.get("phase", (None, 0, "内容"))
        values["phase"] = self._convert(parse_phase, value, SHEET_APPLICANT, row or None, shown)
        return Applicant(**values)

    @staticmethod
    def _applicant_layout(ws: Any) -> tuple[Any, ...]:
        """("down", first row, (项目 column, 内容 column or 0)) or ("across", row, labels)."""
        for row in ws.iter_rows(max_row=HEADER_SCAN_ROWS):
            heads = {normalize_header(c.value): c.column for c in row if not is_blank(c.value)}
            if "项目" in heads and "内容" in heads:
                return ("down", row[0].row + 1, (heads["项目"], heads["内容"]))
            labels = {c.column: (APPLICANT_ITEMS[_item_key(c.value)], display(c.value))
                      for c in row if _item_key(c.value) in APPLICANT_ITEMS}
            if len({name for name, _ in labels.values()}) >= 2:
                return ("across", row[0].row, labels)
        for row in ws.iter_rows():  # no header: the labels are in the column that has them
            for c in row:
                if _item_key(c.value) in APPLICANT_ITEMS:
                    return ("down", 1, (c.column, 0))
        return ("down", 1, (1, 0))

    @staticmethod
    def _convert(fn: Callable[[Any], Any], value: Any, sheet: str, row: int | None,
                 column: str) -> Any:
        try:
            return fn(value)
        except CellError as exc:
            raise DeclarationError(str(exc), sheet=sheet, row=row, column=column) from None

    def _missing_sheet(self, name: str) -> DeclarationError:
        return DeclarationError(f"{self.missing_sheet_text(name)}，请按申报模板补充该工作表")

    def missing_sheet_text(self, name: str) -> str:
        """「工作簿 X 中缺少工作表「name」（现有工作表：…）」, with the sheet it may have been
        renamed to (标准草稿 for 标准草案)."""
        found = "、".join(f"「{display(t)}」" for t in self.wb.sheetnames)
        text = f"工作簿 {self.path.name} 中缺少工作表「{name}」（现有工作表：{found}）"
        near = _near_sheet(name, self.wb.sheetnames)
        if near:
            text += f"；如果「{display(near)}」就是「{name}」，请把它改名为「{name}」"
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
            lead = normalize_header(next((c.value for c in cells if not is_blank(c.value)), None))
            # template rows often come numbered in advance: a row with only its 序号 is empty
            if all(is_blank(v) for key, v in mapped.items() if key != "seq"):
                continue
            if sum(not is_blank(c.value) for c in cells) == 1 and lead.startswith(NOTE_PREFIXES):
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
        blank = is_blank(value) or (isinstance(value, str) and is_placeholder(value)
                                     and kind not in (TEXT, REQUIRED_TEXT, SEQ))
        if kind == REQUIRED_TEXT:
            if blank:
                raise CellError(f"「{column.header}」未填写")
            return clean_text(value)
        if kind in (TEXT, SEQ):
            return clean_text(value)
        if kind == USCC:
            return "" if blank else uscc_from_cell(value)
        if kind == AMOUNT:
            if blank:
                raise CellError(f"「{column.header}」未填写，请填写数字（单位：万元）")
            return parse_amount_wan(value)
        if blank:
            return None
        if kind == AMOUNT_WAN:
            return decimal_from_cell(value, "金额", "单位：万元")
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
                if is_blank(value):
                    continue
                texts.append(display(value))
                column = names.get(normalize_header(value))
                if column is None:
                    continue
                places = hits.setdefault(column.key, [])
                if all(c != col for c, _ in places):  # a header merged across columns
                    places.append((col, display(value)))
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
    return text.startswith(TOTAL_PREFIXES) and len(text) <= 10


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
