"""A sheet the catalog needs is required: a missing (or renamed) one is an error naming it and
the sheets found, before any document is read; never "zero standards" (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.workbooks import build, standard_sheets
from pipeline.catalogs.loader import default_catalog_path
from pipeline.errors import DeclarationError, EXIT_CANNOT_RUN
from pipeline.ingest.declaration import (DECLARATION_WORKBOOK, SECTION_SHEETS, declaration_to_json,
                                         read_declaration_json, read_workbook, require_sections)
from pipeline.requirements.registry import REGISTRY, load_catalog
from pipeline.results import verify
from pipeline.results.verify import CHECK_SECTIONS, check_declaration_covers, sections_needed

SUPPORT = load_catalog(default_catalog_path("申报"))
ASSESSMENT = load_catalog(default_catalog_path("考核"))


def _renamed(sheets: dict, old: str, new: str) -> dict:
    return {(new if name == old else name): rows for name, rows in sheets.items()}


def test_a_renamed_standards_sheet_is_an_error_naming_it_and_the_sheets_found(tmp_path: Path) -> None:
    sheets = _renamed(standard_sheets(), "标准草案", "标准草稿")
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert decl.standards == [] and "standards" in decl.absent
    with pytest.raises(DeclarationError) as info:
        check_declaration_covers(decl, SUPPORT)
    message = str(info.value)
    assert "缺少工作表「标准草案」" in message
    assert "现有工作表：「申报单位」、「服务用户清单」、「标准草稿」" in message
    assert "请把它改名为「标准草案」" in message          # the likely rename is pointed out
    assert "形成标准草案不少于3项" in message              # and which requirement needs it


def test_an_empty_standards_sheet_is_the_applicants_none_not_an_error(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["标准草案"] = sheets["标准草案"][:1]          # the header only: nothing declared
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert decl.standards == [] and "standards" not in decl.absent
    check_declaration_covers(decl, SUPPORT)


def test_a_support_workbook_checked_against_the_assessment_catalog_names_every_missing_sheet(
        tmp_path: Path) -> None:
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, standard_sheets()))
    check_declaration_covers(decl, SUPPORT)             # all a support catalog needs is there
    with pytest.raises(DeclarationError) as info:
        check_declaration_covers(decl, ASSESSMENT)
    message = str(info.value)
    for sheet in ("本地配套供应商", "经验交流会", "免费诊断"):
        assert f"缺少工作表「{sheet}」" in message
    assert "标准草案" not in message.split("现有工作表")[0]


def test_no_near_name_no_rename_hint(tmp_path: Path) -> None:
    sheets = _renamed(standard_sheets(), "标准草案", "附件")
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert "改名" not in decl.absent["standards"]


def test_a_renamed_required_sheet_gets_the_same_hint(tmp_path: Path) -> None:
    sheets = _renamed(standard_sheets(), "服务用户清单", "服务用户名单")
    with pytest.raises(DeclarationError) as info:
        read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert "缺少工作表「服务用户清单」" in str(info.value)
    assert "如果「服务用户名单」就是「服务用户清单」" in str(info.value)


def test_json_without_a_section_key_is_not_provided_an_empty_list_is_none(tmp_path: Path) -> None:
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, standard_sheets()))
    data = declaration_to_json(decl)
    assert "standards" in data and "suppliers" not in data   # not provided stays not provided
    del data["standards"]
    path = tmp_path / "declaration.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    without = read_declaration_json(path)
    with pytest.raises(DeclarationError, match="declaration.json 中没有「standards」"):
        check_declaration_covers(without, SUPPORT)
    data["standards"] = []
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    check_declaration_covers(read_declaration_json(path), SUPPORT)


def test_require_sections_names_each_requirement() -> None:
    from pipeline.models import Applicant, Declaration

    decl = Declaration(Applicant("甲", "91120116MA05JXXX1X", "天津市"),
                       absent={"meetings": "工作簿 a.xlsx 中缺少工作表「经验交流会」（现有工作表：「申报单位」）"})
    require_sections(decl, {"standards": "标准"})
    with pytest.raises(DeclarationError) as info:
        require_sections(decl, {"meetings": "召开10场以上经验交流会"})
    assert "要求「召开10场以上经验交流会」无法核验：工作簿 a.xlsx 中缺少工作表「经验交流会」" in str(info.value)


def test_every_check_says_which_sections_it_reads() -> None:
    """A new check must be classified, or a catalog using it could count a missing sheet as zero."""
    assert set(REGISTRY) <= set(CHECK_SECTIONS)
    assert {s for sections in CHECK_SECTIONS.values() for s in sections} <= set(SECTION_SHEETS)
    assert sections_needed(SUPPORT) == {"standards": "形成标准草案不少于3项"}
    assert set(sections_needed(ASSESSMENT)) == set(SECTION_SHEETS)


def test_verify_stops_before_reading_any_document(tmp_path: Path, monkeypatch) -> None:
    from pipeline.cli.main import main

    folder = tmp_path / "submission"
    folder.mkdir()
    build(folder / DECLARATION_WORKBOOK, _renamed(standard_sheets(), "标准草案", "标准草稿"))
    (folder / "contract.pdf").write_bytes(b"%PDF-1.4\n")

    def no_reading(*args, **kwargs):
        raise AssertionError("documents were read before the declaration was checked")

    monkeypatch.setattr(verify, "process_documents", no_reading)
    assert main(["verify", str(folder), "--out", str(tmp_path / "out"), "-q"]) == EXIT_CANNOT_RUN
    assert not (tmp_path / "out").exists()
