"""Finding a submission's declaration and reading it, whatever its form."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pipeline.errors import DeclarationError
from pipeline.models import Declaration
from pipeline.ingest.declaration.cells import normalize_header
from pipeline.ingest.declaration.json_form import read_declaration_json
from pipeline.ingest.declaration.layout import DECLARATION_JSON, DECLARATION_WORKBOOK, SHEET_CONTRACTS
from pipeline.ingest.declaration.workbook import read_workbook


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
