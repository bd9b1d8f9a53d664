"""Declaration workbooks built cell by cell for tests: sheets, rows, cached values."""
from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from pipeline.ingest.declaration import DECLARATION_WORKBOOK, read_declaration, read_workbook
from pipeline.errors import DeclarationError
from pipeline.models import DeclaredContract

APPLICANT_USCC = "91120116MA05JXXX1X"

APPLICANT_ROWS: list[list[Any]] = [
    ["项目", "内容"],
    ["单位名称", "天津智造科技有限公司"],
    ["统一社会信用代码", APPLICANT_USCC],
    ["注册地址", "天津市滨海新区某某路1号"],
    ["申报方向", "智能制造系统解决方案"],
    ["服务行业", "装备制造"],
]

CONTRACT_HEADER = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额（万元）",
                   "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]


def contract_row(seq: Any = 1, **over: Any) -> list[Any]:
    values = {
        "序号": seq,
        "用户名称": "天津某某机械有限公司",
        "统一社会信用代码": "91120000103100784F",
        "合同编号": f"TJZZ-2023-00{seq}",
        "合同名称": "数字化车间改造项目合同",
        "合同金额（万元）": 300,
        "签订日期": datetime(2023, 3, 1),
        "验收日期": datetime(2023, 10, 12),
        "是否中小企业": "是",
        "从业人员": 120,
        "营业收入（万元）": 8000,
        "是否天津企业": "是",
    }
    values.update(over)
    return [values[h] for h in CONTRACT_HEADER]


STANDARD_ROWS: list[list[Any]] = [
    ["序号", "标准名称", "标准类别", "阶段"],
    [1, "智能工厂 数字化车间通用要求", "团体标准", "征求意见稿"],
]


def build(path: Path, sheets: dict[str, list[list[Any]]], *,
          merges: dict[str, list[str]] | None = None) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def standard_sheets(*contract_rows: list[Any]) -> dict[str, list[list[Any]]]:
    rows = list(contract_rows) or [contract_row(1)]
    return {
        "申报单位": [list(r) for r in APPLICANT_ROWS],
        "服务用户清单": [list(CONTRACT_HEADER), *rows],
        "标准草案": [list(r) for r in STANDARD_ROWS],
    }


def set_cached_value(path: Path, sheet_no: int, coord: str, value: str, *,
                     error: bool = False) -> None:
    """Give a formula cell the cached result Excel would have saved (openpyxl writes none)."""
    member = f"xl/worksheets/sheet{sheet_no}.xml"
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    xml = items[member].decode()
    kind = ' t="e"' if error else ""
    xml, n = re.subn(rf'<c r="{coord}"([^>]*)>\s*(<f>[^<]*</f>)\s*<v\s*/>',
                     rf'<c r="{coord}"\1{kind}>\2<v>{value}</v>', xml)
    assert n == 1, xml
    items[member] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)


def read_one(tmp_path: Path, **over: Any) -> DeclaredContract:
    path = build(tmp_path / DECLARATION_WORKBOOK, standard_sheets(contract_row(1, **over)))
    return read_workbook(path).contracts[0]


def error_of(path: Path) -> DeclarationError:
    with pytest.raises(DeclarationError) as info:
        read_declaration(path)
    return info.value


# ---- the ordinary workbook -------------------------------------------------------------------


