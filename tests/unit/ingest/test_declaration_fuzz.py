"""Property tests: the declaration readers raise only their documented errors.

read_declaration_json and read_workbook raise DeclarationError (naming the field, sheet, row
or column) and nothing else; the cell parsers raise ValueError (their _CellError) and nothing
else, whatever the applicant typed.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.declaration import (
    declaration_to_json,
    parse_amount_wan,
    parse_cell_date,
    parse_count,
    parse_flag,
    parse_phase,
    read_declaration_json,
    read_workbook,
)
from pipeline.errors import DeclarationError
from helpers.workbooks import APPLICANT_ROWS, CONTRACT_HEADER, build, contract_row, standard_sheets

EXAMPLES = int(os.environ.get("JINZHENG_FUZZ_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# a workbook costs ~20 ms to write and read: fewer, smaller examples
WORKBOOKS = settings(max_examples=max(EXAMPLES // 5, 20), deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

_TEXTS = st.text(alphabet=st.sampled_from("0123456789.,-+ 万元年月日号/是否√×０１２３．，−一二〇壹贰叁NaInfe#!?"),
                 max_size=16) | st.text(max_size=16)
cell_values = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), _TEXTS,
    st.decimals(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.dates(), st.times(),
)


@FAST
@given(cell_values)
def test_cell_parsers_raise_only_value_errors(value: Any) -> None:
    for parse in (parse_amount_wan, parse_count, parse_flag, parse_cell_date, parse_phase):
        try:
            parsed = parse(value)
        except ValueError as exc:
            assert str(exc)   # a message for the applicant
            continue
        if parse is parse_amount_wan:
            assert isinstance(parsed, Decimal) and parsed.is_finite() and parsed >= 0
        elif parse is parse_count:
            assert isinstance(parsed, int) and parsed >= 0
        elif parse is parse_cell_date:
            assert isinstance(parsed, date)


# ---- declaration.json -----------------------------------------------------------------------

def _valid_declaration() -> dict[str, Any]:
    """A complete, schema-valid declaration.json content (from the test workbook)."""
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder) / "申报信息.xlsx", standard_sheets(contract_row(1), contract_row(2)))
        return declaration_to_json(read_workbook(path))


BASE = _valid_declaration()


def test_base_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "declaration.json"
    path.write_text(json.dumps(BASE, ensure_ascii=False), encoding="utf-8")
    assert len(read_declaration_json(path).contracts) == 2


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), _TEXTS,
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999999", "1E-999999", "2023-02-30",
                     "0000-01-01", "99999999999999999999999999999999.5"]),
)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(_TEXTS, inner, max_size=3), max_leaves=6)


def _mutate(data: Any, path: list[Any], value: Any) -> Any:
    """`data` with the value at `path` replaced (the path is followed as far as it goes)."""
    if not path or not isinstance(data, (dict, list)) or not data:
        return value
    key = path[0]
    copy = dict(data) if isinstance(data, dict) else list(data)
    key = list(copy)[key % len(copy)] if isinstance(copy, dict) else key % len(copy)
    copy[key] = _mutate(copy[key], path[1:], value)
    return copy


def _json_text(data: Any) -> str:
    # allow_nan: write NaN / Infinity as Python's parser (and careless tools) accept them
    return json.dumps(data, ensure_ascii=False, allow_nan=True, default=str)


def _read_json_text(text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "declaration.json"
        path.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
        try:
            decl = read_declaration_json(path)
        except DeclarationError as exc:
            assert str(exc)
            return
        for contract in decl.contracts:
            assert contract.amount_yuan.is_finite() and contract.amount_yuan >= 0


@FAST
@given(st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=4), json_values)
def test_read_declaration_json_raises_only_declaration_error(path: list[int], value: Any) -> None:
    _read_json_text(_json_text(_mutate(BASE, path, value)))


@FAST
@given(st.sampled_from([("amount_wan", "300"), ("revenue_wan", "8000")]), st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False), st.integers(),
    st.sampled_from(["1.2345678901234567890123456789e25", "1e999999", "-0", "1e-999999",
                     "123456789012345678901234567890.123", "NaN", "-Infinity"])))
def test_any_json_number_as_an_amount(field: tuple[str, str], number: Any) -> None:
    name, written = field
    text = _json_text(BASE).replace(f'"{name}": "{written}"', f'"{name}": {number}', 1)
    assert f'"{name}": {number}' in text
    _read_json_text(text)


@FAST
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_read_declaration_json_on_junk(data: bytes | str) -> None:
    _read_json_text(data)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_amount_names_the_field(tmp_path: Path, literal: str) -> None:
    text = _json_text(BASE).replace('"amount_wan": "300"', f'"amount_wan": {literal}', 1)
    assert literal in text
    path = tmp_path / "declaration.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeclarationError) as err:
        read_declaration_json(path)
    assert "$.contracts[0].amount_wan" in str(err.value) and literal.lstrip("-") in str(err.value)


# ---- the workbook ---------------------------------------------------------------------------

# what a worksheet can hold: no control characters (openpyxl refuses to write them)
_SHEET_TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=16)
workbook_cells = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(alphabet=st.sampled_from("0123456789.,-+ 万元年月日号/是否√×０１２３．，−一二〇"), max_size=12),
    _SHEET_TEXTS,
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(["=1/0", "=A1+B1", "#DIV/0!", "合计", "注：以上为示例", "序号", "合同金额（万元）"]),
)
rows = st.lists(st.lists(workbook_cells, min_size=0, max_size=len(CONTRACT_HEADER)), max_size=4)


@WORKBOOKS
@given(rows, st.permutations(range(len(CONTRACT_HEADER))), st.booleans())
def test_workbook_reader_raises_only_declaration_error(random_rows, order, keep_good_row) -> None:
    header = [CONTRACT_HEADER[i] for i in order]          # shuffled columns
    good = contract_row(1)
    body = ([[good[i] for i in order]] if keep_good_row else []) + random_rows
    sheets = standard_sheets()
    sheets["服务用户清单"] = [header, *body]
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder) / "申报信息.xlsx", sheets)
        try:
            decl = read_workbook(path)
        except DeclarationError as exc:
            assert str(exc)
            return
    for contract in decl.contracts:
        assert contract.amount_yuan.is_finite() and contract.amount_yuan >= 0


@WORKBOOKS
@given(st.lists(st.lists(workbook_cells, max_size=3), max_size=6))
def test_workbook_reader_on_random_applicant_sheet(random_rows) -> None:
    sheets = standard_sheets()
    sheets["申报单位"] = [list(r) for r in APPLICANT_ROWS[:1]] + random_rows
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder) / "申报信息.xlsx", sheets)
        try:
            read_workbook(path)
        except DeclarationError as exc:
            assert str(exc)
