"""Reading the declaration (申报信息.xlsx / declaration.json) into typed records.

Every workbook is built here with openpyxl in tmp_path; no binary fixtures."""

from __future__ import annotations
import json
import tempfile
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pipeline.ingest.declaration import (
    DECLARATION_WORKBOOK,
    SCHEMA_PATH,
    declaration_to_json,
    find_declaration,
    parse_amount_wan,
    read_declaration,
    read_declaration_json,
    read_workbook,
    yuan_to_wan_text,
)
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
from helpers.workbooks import (APPLICANT_USCC, APPLICANT_ROWS, CONTRACT_HEADER, contract_row, build, standard_sheets, set_cached_value, read_one, error_of)


def test_reads_a_complete_workbook(tmp_path: Path) -> None:
    rows = [contract_row(1), contract_row(2, **{"合同金额（万元）": "1,200.50", "验收日期": None,
                                                "是否中小企业": "否", "营业收入（万元）": "123456.78"})]
    path = build(tmp_path / DECLARATION_WORKBOOK, standard_sheets(*rows))
    decl = read_declaration(path, relative_to=tmp_path)

    assert decl.source == DECLARATION_WORKBOOK
    assert decl.applicant == Applicant(
        name="天津智造科技有限公司", uscc=APPLICANT_USCC, address="天津市滨海新区某某路1号",
        direction="智能制造系统解决方案", industry="装备制造", phase="申报")
    first, second = decl.contracts
    assert first == DeclaredContract(
        row=2, seq="1", customer="天津某某机械有限公司", customer_uscc="91120000103100784F",
        contract_no="TJZZ-2023-001", contract_name="数字化车间改造项目合同",
        amount_yuan=Decimal("3000000"), signed_on=date(2023, 3, 1), accepted_on=date(2023, 10, 12),
        declared_sme=True, employees=120, revenue_wan=Decimal("8000"), declared_tianjin=True)
    assert second.row == 3
    assert second.amount_yuan == Decimal("12005000.00")
    assert isinstance(second.amount_yuan, Decimal)
    assert second.accepted_on is None
    assert second.declared_sme is False
    assert second.revenue_wan == Decimal("123456.78")
    assert decl.standards == [DeclaredStandard(row=2, seq="1", name="智能工厂 数字化车间通用要求",
                                               category="团体标准", stage="征求意见稿")]
    assert decl.suppliers == decl.meetings == decl.diagnoses == []


def test_source_is_relative_posix_path(tmp_path: Path) -> None:
    sub = tmp_path / "提交" / "材料"
    sub.mkdir(parents=True)
    path = build(sub / DECLARATION_WORKBOOK, standard_sheets())
    assert read_declaration(path, relative_to=tmp_path).source == f"提交/材料/{DECLARATION_WORKBOOK}"
    assert read_declaration(path).source == DECLARATION_WORKBOOK


def test_assessment_cycle_sheets(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["申报单位"].append(["阶段", "考核"])
    sheets["本地配套供应商"] = [
        ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
        [1, "天津配套自动化有限公司", "９１１２０１１６ｍａ０５ｊｘｘｘ１ｘ", "FB-01", "产线集成分包", "45.5",
         "2023年5月6日"],
    ]
    sheets["经验交流会"] = [
        ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
        [1, "智能制造经验交流会", "2023.06.18", "天津市西青区", "12家"],
    ]
    sheets["免费诊断"] = [
        ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
        [1, "天津某某食品有限公司", "91120000 1031 00784F", datetime(2023, 7, 1), "智能制造诊断报告"],
    ]
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert decl.applicant.phase == "考核"
    assert decl.suppliers == [DeclaredSupplier(
        row=2, seq="1", name="天津配套自动化有限公司", uscc="91120116MA05JXXX1X", contract_no="FB-01",
        contract_name="产线集成分包", amount_yuan=Decimal("455000"), signed_on=date(2023, 5, 6))]
    assert decl.meetings == [DeclaredMeeting(
        row=2, seq="1", name="智能制造经验交流会", held_on=date(2023, 6, 18), place="天津市西青区",
        declared_tianjin_attendees=12)]
    assert decl.diagnoses == [DeclaredDiagnosis(
        row=2, seq="1", customer="天津某某食品有限公司", uscc="91120000103100784F",
        diagnosed_on=date(2023, 7, 1), report_name="智能制造诊断报告")]


# ---- tolerance ---------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["合同金额(万元)", "合同金额 （万元）", "合同金额\n（万元）", "*合同金额（万元）",
                                    "合同金额（单位：万元）", "合同金额（万元） "])
def test_amount_header_variants(tmp_path: Path, header: str) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"][0][5] = header
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert decl.contracts[0].amount_yuan == Decimal("3000000")


def test_spaces_and_full_width_in_headers_and_sheet_names(tmp_path: Path) -> None:
    sheets = standard_sheets()
    header = sheets["服务用户清单"][0]
    header[1] = "用户 名称"
    header[0] = "序　号"  # ideographic space
    header[10] = "营业收入(万元)"
    renamed = {"申报单位 ": sheets["申报单位"], " 服务用户清单": sheets["服务用户清单"]}
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, renamed))
    assert decl.contracts[0].customer == "天津某某机械有限公司"
    assert decl.contracts[0].revenue_wan == Decimal("8000")
    assert decl.standards == []


def test_title_rows_above_the_header(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"] = [
        ["附件2：智能制造系统解决方案供应商服务用户清单"],
        ["填报单位（盖章）：天津智造科技有限公司", None, None, None, None, None, "单位：万元"],
        list(CONTRACT_HEADER),
        contract_row(1),
        contract_row(2),
    ]
    path = build(tmp_path / DECLARATION_WORKBOOK, sheets,
                 merges={"服务用户清单": ["A1:L1", "A2:F2"]})
    decl = read_workbook(path)
    assert [c.row for c in decl.contracts] == [4, 5]
    assert [c.seq for c in decl.contracts] == ["1", "2"]


def test_two_line_header_with_merged_cells(tmp_path: Path) -> None:
    top = list(CONTRACT_HEADER)
    top[9], top[10] = "企业规模", None
    bottom: list[Any] = [None] * len(CONTRACT_HEADER)
    bottom[9], bottom[10] = "从业人员", "营业收入（万元）"
    sheets = standard_sheets()
    sheets["服务用户清单"] = [top, bottom, contract_row(1)]
    merges = [f"{c}1:{c}2" for c in "ABCDEFGHIL"] + ["J1:K1"]
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets,
                               merges={"服务用户清单": merges}))
    (contract,) = decl.contracts
    assert contract.row == 3
    assert contract.employees == 120 and contract.revenue_wan == Decimal("8000")


def test_empty_rows_total_row_and_notes_are_skipped(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"] = [
        list(CONTRACT_HEADER),
        contract_row(1),
        [None] * 12,
        ["", "  ", None, None, None, None, None, None, None, None, None, None],
        contract_row(2),
        ["合计", None, None, None, None, "=SUM(F2:F5)"],  # a formula without a cached value
        ["注：金额单位为万元，日期按合同落款填写。"],
        ["填表人：张三", None, None, None, None, None, "填表日期：二〇二三年十一月"],
    ]
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert [c.row for c in decl.contracts] == [2, 5]
    assert [c.seq for c in decl.contracts] == ["1", "2"]


def test_rows_numbered_in_advance_are_empty(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"] += [[n] for n in range(2, 21)]
    sheets["服务用户清单"].append(["合计"])
    assert len(read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets)).contracts) == 1


def test_merged_note_below_the_table(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"].append(["注：本表金额单位为万元。"])
    path = build(tmp_path / DECLARATION_WORKBOOK, sheets, merges={"服务用户清单": ["A3:L3"]})
    assert len(read_workbook(path).contracts) == 1


def test_customer_merged_over_two_contracts(tmp_path: Path) -> None:
    second = contract_row(2, **{"用户名称": None, "统一社会信用代码": None, "合同金额（万元）": 50})
    sheets = standard_sheets(contract_row(1), second)
    path = build(tmp_path / DECLARATION_WORKBOOK, sheets, merges={"服务用户清单": ["B2:B3", "C2:C3"]})
    first, other = read_workbook(path).contracts
    assert other.customer == first.customer and other.customer_uscc == first.customer_uscc
    assert other.amount_yuan == Decimal("500000")


def test_amount_merged_over_two_rows_is_refused(tmp_path: Path) -> None:
    sheets = standard_sheets(contract_row(1), contract_row(2, **{"合同金额（万元）": None}))
    path = build(tmp_path / DECLARATION_WORKBOOK, sheets, merges={"服务用户清单": ["F2:F3"]})
    err = error_of(path)
    assert (err.row, err.column) == (3, "合同金额（万元）") and "合并" in str(err)


def test_total_row_labelled_in_a_later_column(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"].append([2, "合 计", None, None, None, 300])
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert len(decl.contracts) == 1


def test_shuffled_columns(tmp_path: Path) -> None:
    order = list(reversed(range(len(CONTRACT_HEADER))))
    row = contract_row(1)
    sheets = standard_sheets()
    sheets["服务用户清单"] = [[CONTRACT_HEADER[i] for i in order], [row[i] for i in order]]
    sheets["申报单位"] = [["内容", "项目"], *[[v, k] for k, v in APPLICANT_ROWS[1:]]]
    shuffled = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    plain = read_workbook(build(tmp_path / "plain.xlsx", standard_sheets()))
    assert shuffled.contracts == plain.contracts
    assert shuffled.applicant == plain.applicant


def test_missing_seq_column_numbers_rows(tmp_path: Path) -> None:
    sheets = standard_sheets(contract_row(1), contract_row(2))
    sheets["服务用户清单"] = [r[1:] for r in sheets["服务用户清单"]]
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert [c.seq for c in decl.contracts] == ["1", "2"]


def test_applicant_without_header_row_and_with_decorations(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["申报单位"] = [
        ["*单位名称：", " 天津智造科技有限公司 "],
        ["统一社会信用代码", " 91120116ma05jxxx1x "],
        ["注册地址", "天津市滨海新区某某路1号"],
    ]
    applicant = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets)).applicant
    assert applicant.name == "天津智造科技有限公司"
    assert applicant.uscc == APPLICANT_USCC
    assert applicant.direction == "" and applicant.industry == "" and applicant.phase == "申报"


def test_applicant_labels_in_a_later_column_without_header(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["申报单位"] = [["申报单位基本信息"], *[[i, k, None, v] for i, (k, v) in
                                             enumerate(APPLICANT_ROWS[1:], start=1)]]
    applicant = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets)).applicant
    assert applicant.name == "天津智造科技有限公司" and applicant.industry == "装备制造"


def test_applicant_as_one_row_of_labels(tmp_path: Path) -> None:
    sheets = standard_sheets()
    labels = [k for k, _ in APPLICANT_ROWS[1:]] + ["阶段"]
    values = [v for _, v in APPLICANT_ROWS[1:]] + ["考核"]
    sheets["申报单位"] = [["申报单位信息表"], labels, values]
    applicant = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets)).applicant
    assert applicant.name == "天津智造科技有限公司" and applicant.uscc == APPLICANT_USCC
    assert applicant.phase == "考核"
    sheets["申报单位"][2][0] = None
    err = error_of(build(tmp_path / "b.xlsx", sheets))
    assert (err.sheet, err.row, err.column) == ("申报单位", 3, "单位名称")


# ---- cell values -------------------------------------------------------------------------------


@pytest.mark.parametrize("cell, expected", [
    (datetime(2023, 10, 12), date(2023, 10, 12)),
    (datetime(2023, 10, 12, 15, 30), date(2023, 10, 12)),
    (date(2023, 10, 12), date(2023, 10, 12)),
    ("2023年10月12日", date(2023, 10, 12)),
    ("2023-10-12", date(2023, 10, 12)),
    ("2023.10.12", date(2023, 10, 12)),
    ("2023/10/12", date(2023, 10, 12)),
    ("二〇二三年十月十二日", date(2023, 10, 12)),
    (" 2023-10-12 00:00:00 ", date(2023, 10, 12)),
    ("２０２３－１０－１２", date(2023, 10, 12)),
    (45211, date(2023, 10, 12)),            # Excel serial number
    (45211.0, date(2023, 10, 12)),
    ("45211", date(2023, 10, 12)),          # serial typed as text
    (20231012, date(2023, 10, 12)),         # yyyymmdd typed as a number
    ("/", None),
    (None, None),
])
def test_dates(tmp_path: Path, cell: Any, expected: date | None) -> None:
    assert read_one(tmp_path, **{"验收日期": cell}).accepted_on == expected


@pytest.mark.parametrize("cell, yuan", [
    (300, Decimal("3000000")),
    (1200.5, Decimal("12005000")),
    ("1,200.50", Decimal("12005000")),
    ("1，200.50", Decimal("12005000")),
    (" 1200.5 ", Decimal("12005000")),
    ("300万元", Decimal("3000000")),
    ("０.０１２３４５６７", Decimal("123.46")),  # sub-cent yuan is rounded half-up to cents
    (0.1, Decimal("1000")),
    (123.45678, Decimal("1234567.80")),
    ("123456789.12345678", Decimal("1234567891234.57")),
])
def test_amounts(tmp_path: Path, cell: Any, yuan: Decimal) -> None:
    amount = read_one(tmp_path, **{"合同金额（万元）": cell}).amount_yuan
    assert isinstance(amount, Decimal)
    assert amount == yuan


def test_amount_float_never_loses_cents() -> None:
    # 0.29 万元 as a float is 0.28999999999999998; float * 10000 would be 2899.9999999999995
    assert parse_amount_wan(0.29) == Decimal("2900")
    assert parse_amount_wan(1234.5678) == Decimal("12345678")


def test_amount_formula_with_cached_value(tmp_path: Path) -> None:
    path = build(tmp_path / DECLARATION_WORKBOOK,
                 standard_sheets(contract_row(1, **{"合同金额（万元）": "=1000+200.5"})))
    set_cached_value(path, 2, "F2", "1200.5")
    assert read_workbook(path).contracts[0].amount_yuan == Decimal("12005000")


def test_amount_formula_without_cached_value_names_the_cell(tmp_path: Path) -> None:
    path = build(tmp_path / DECLARATION_WORKBOOK,
                 standard_sheets(contract_row(1), contract_row(2, **{"合同金额（万元）": "=F2*2"})))
    err = error_of(path)
    assert (err.sheet, err.row, err.column) == ("服务用户清单", 3, "合同金额（万元）")
    assert "F3" in str(err) and "=F2*2" in str(err) and "保存" in str(err)


def test_formula_error_value(tmp_path: Path) -> None:
    path = build(tmp_path / DECLARATION_WORKBOOK,
                 standard_sheets(contract_row(1, **{"合同金额（万元）": "=1/0"})))
    set_cached_value(path, 2, "F2", "#DIV/0!", error=True)  # openpyxl reads it as the string
    err = error_of(path)
    assert err.row == 2 and "#DIV/0!" in str(err)


@pytest.mark.parametrize("cell, expected", [
    ("是", True), ("否", False), (" 是 ", True), ("否 ", False), ("Y", True), ("n", False),
    ("yes", True), ("√", True), ("×", False), ("Ｙ", True), (True, True), (False, False),
    (None, None), ("", None), ("-", None),
])
def test_flags(tmp_path: Path, cell: Any, expected: bool | None) -> None:
    assert read_one(tmp_path, **{"是否中小企业": cell}).declared_sme is expected


@pytest.mark.parametrize("cell, expected", [
    (1200, 1200), (1200.0, 1200), ("1,200", 1200), ("1200人", 1200), ("1200 人", 1200),
    ("１２００", 1200), (None, None), ("—", None),
])
def test_employees(tmp_path: Path, cell: Any, expected: int | None) -> None:
    assert read_one(tmp_path, **{"从业人员": cell}).employees == expected


def test_text_cells_numbers_and_codes(tmp_path: Path) -> None:
    contract = read_one(tmp_path, **{"合同编号": 20230012, "统一社会信用代码": " ９１１２０００ 0103100784f ",
                                     "用户名称": "  天津某某机械\n有限公司 "})
    assert contract.contract_no == "20230012"
    assert contract.customer_uscc == "91120000103100784F"
    assert contract.customer == "天津某某机械 有限公司"


def test_codes_are_not_validated_here(tmp_path: Path) -> None:
    assert read_one(tmp_path, **{"统一社会信用代码": "not-a-code"}).customer_uscc == "NOTACODE"
    assert read_one(tmp_path, **{"统一社会信用代码": None}).customer_uscc == ""


# ---- errors the applicant can act on ----------------------------------------------------------


def test_text_in_amount_column(tmp_path: Path) -> None:
    rows = [contract_row(i) for i in (1, 2, 3)] + [contract_row(4, **{"合同金额（万元）": "约三百万"})]
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, standard_sheets(*rows)))
    assert (err.sheet, err.row, err.column) == ("服务用户清单", 5, "合同金额（万元）")
    assert str(err).startswith("工作表「服务用户清单」")
    assert "第5行" in str(err) and "列「合同金额（万元）」" in str(err)
    assert "无法识别的金额「约三百万」，请填写数字（单位：万元）" in str(err)


def test_error_names_the_header_as_written(tmp_path: Path) -> None:
    sheets = standard_sheets(contract_row(1, **{"合同金额（万元）": "abc"}))
    sheets["服务用户清单"][0][5] = "合同金额 (万元)"
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert err.column == "合同金额 (万元)"


@pytest.mark.parametrize("column, cell, words", [
    ("合同金额（万元）", None, "未填写"),
    ("合同金额（万元）", "-5", "负数"),
    ("合同金额（万元）", "3000000元", "万元"),
    ("合同金额（万元）", "1.200,50", "无法识别的金额"),   # European separators: refused, not misread
    ("合同金额（万元）", "1200,50", "无法识别的金额"),
    ("合同金额（万元）", "NaN", "无法识别的金额"),
    ("签订日期", "2023-02-30", "无法识别的日期「2023-02-30」"),
    ("签订日期", "2023年13月1日", "无法识别的日期"),
    ("签订日期", "下个月", "无法识别的日期"),
    ("签订日期", 20230230, "不存在"),
    ("签订日期", 3, "无法识别的日期"),
    ("签订日期", datetime(1905, 7, 15), "不在合理范围"),  # 2023 typed into a date cell
    ("是否天津企业", "也许", "请填写「是」或「否」"),
    ("从业人员", "约1200", "请填写整数"),
    ("从业人员", 12.5, "整数"),
    ("营业收入（万元）", "八千", "无法识别的金额"),
    ("用户名称", None, "「用户名称」未填写"),
    ("统一社会信用代码", 9.1120000103100784e17, "文本"),
])
def test_unreadable_cells(tmp_path: Path, column: str, cell: Any, words: str) -> None:
    rows = [contract_row(1), contract_row(2, **{column: cell})]
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, standard_sheets(*rows)))
    assert (err.sheet, err.row, err.column) == ("服务用户清单", 3, column)
    assert words in str(err)


@pytest.mark.parametrize("sheet", ["申报单位", "服务用户清单"])
def test_missing_required_sheet(tmp_path: Path, sheet: str) -> None:
    sheets = standard_sheets()
    del sheets[sheet]
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert f"缺少工作表「{sheet}」" in str(err)
    assert "现有工作表" in str(err)


def test_missing_section_sheets_are_not_provided_rather_than_empty(tmp_path: Path) -> None:
    """Reading alone does not stop (the catalog decides what it needs: test_declaration_sections),
    but a missing sheet is recorded as not provided, never as an empty list declared."""
    sheets = standard_sheets()
    del sheets["标准草案"]
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert decl.standards == [] and decl.suppliers == [] and decl.meetings == []
    assert set(decl.absent) == {"standards", "suppliers", "meetings", "diagnoses"}
    assert "缺少工作表「标准草案」" in decl.absent["standards"]


def test_missing_required_column_lists_found_headers(tmp_path: Path) -> None:
    sheets = standard_sheets()
    header = sheets["服务用户清单"][0]
    header[7] = "备注"  # 验收日期 replaced
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert err.sheet == "服务用户清单" and err.row == 1
    assert "缺少列「验收日期」" in str(err)
    assert "找到的表头：序号、用户名称" in str(err) and "备注" in str(err)


def test_missing_column_with_another_unit_is_pointed_out(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"][0][5] = "合同金额（元）"
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert "缺少列「合同金额（万元）」" in str(err)
    assert "列「合同金额（元）」的单位与模板不同" in str(err)


def test_header_not_found(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"] = [["客户", "金额"], ["某公司", 3]]
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert err.sheet == "服务用户清单" and "没有找到表头" in str(err) and "客户、金额" in str(err)


def test_duplicate_column(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["服务用户清单"][0].append("合同金额(万元)")
    sheets["服务用户清单"][1].append(5)
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert "出现了不止一次" in str(err)


def test_missing_applicant_item(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["申报单位"] = [r for r in sheets["申报单位"] if r[0] != "注册地址"]
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert err.sheet == "申报单位" and "缺少「注册地址」" in str(err) and "单位名称" in str(err)


def test_blank_applicant_item(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["申报单位"][2] = ["统一社会信用代码", None]
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert (err.sheet, err.row, err.column) == ("申报单位", 3, "内容")


def test_unknown_phase(tmp_path: Path) -> None:
    sheets = standard_sheets()
    sheets["申报单位"].append(["阶段", "验收"])
    err = error_of(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    assert (err.sheet, err.row) == ("申报单位", 7) and "「申报」或「考核」" in str(err)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / DECLARATION_WORKBOOK
    path.write_bytes(b"this is not a zip")
    assert "无法打开" in str(error_of(path))
    old = tmp_path / "申报信息.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert "另存为 .xlsx" in str(error_of(old))


# ---- finding the declaration -------------------------------------------------------------------


def test_find_by_name(tmp_path: Path) -> None:
    build(tmp_path / DECLARATION_WORKBOOK, standard_sheets())
    build(tmp_path / "附件-汇总.xlsx", {"服务用户清单": [["x"]]})
    (tmp_path / "合同.pdf").write_bytes(b"%PDF-1.4")
    assert find_declaration(tmp_path) == tmp_path / DECLARATION_WORKBOOK


def test_find_json(tmp_path: Path) -> None:
    (tmp_path / "declaration.json").write_text("{}", encoding="utf-8")
    assert find_declaration(tmp_path) == tmp_path / "declaration.json"


def test_find_other_workbook_with_the_sheet(tmp_path: Path) -> None:
    build(tmp_path / "天津智造-申报表.xlsx", standard_sheets())
    build(tmp_path / "财务数据.xlsx", {"利润表": [["x"]]})
    assert find_declaration(tmp_path) == tmp_path / "天津智造-申报表.xlsx"


def test_find_several_candidates_is_an_error(tmp_path: Path) -> None:
    build(tmp_path / "申报表-旧.xlsx", standard_sheets())
    build(tmp_path / "申报表-新.xlsx", standard_sheets())
    with pytest.raises(DeclarationError, match="多个") as info:
        find_declaration(tmp_path)
    assert "申报表-旧.xlsx" in str(info.value) and "申报表-新.xlsx" in str(info.value)


def test_find_workbook_and_json_is_an_error(tmp_path: Path) -> None:
    build(tmp_path / DECLARATION_WORKBOOK, standard_sheets())
    (tmp_path / "declaration.json").write_text("{}", encoding="utf-8")
    with pytest.raises(DeclarationError, match="只保留一份"):
        find_declaration(tmp_path)


def test_find_nothing_names_what_was_looked_for(tmp_path: Path) -> None:
    (tmp_path / "材料").mkdir()
    build(tmp_path / "材料" / DECLARATION_WORKBOOK, standard_sheets())
    (tmp_path / "~$申报信息.xlsx").write_bytes(b"lock")
    with pytest.raises(DeclarationError) as info:
        find_declaration(tmp_path)
    message = str(info.value)
    assert DECLARATION_WORKBOOK in message and "declaration.json" in message
    assert "服务用户清单" in message and "材料/申报信息.xlsx" in message


# ---- JSON ----------------------------------------------------------------------------------------


def sample_json() -> dict[str, Any]:
    return {
        "applicant": {"name": "天津智造科技有限公司", "uscc": "91120116ma05jxxx1x",
                      "address": "天津市滨海新区某某路1号", "direction": "智能制造系统解决方案",
                      "industry": "装备制造", "phase": "考核"},
        "contracts": [
            {"seq": 1, "customer": "天津某某机械有限公司", "customer_uscc": "91120000103100784F",
             "contract_no": "TJZZ-2023-001", "contract_name": "数字化车间改造项目合同",
             "amount_wan": "1200.50", "signed_on": "2023-03-01", "accepted_on": None,
             "declared_sme": True, "employees": 1200, "revenue_wan": 8000.25,
             "declared_tianjin": False},
            {"customer": "北京某某有限公司", "amount_wan": 0.29},
        ],
        "standards": [{"seq": "1", "name": "智能工厂 数字化车间通用要求", "category": "团体标准"}],
        "suppliers": [{"name": "天津配套自动化有限公司", "uscc": "x", "amount_wan": "45.5",
                       "signed_on": "2023-05-06"}],
        "meetings": [{"name": "智能制造经验交流会", "held_on": "2023-06-18", "place": "天津",
                      "declared_tianjin_attendees": 12}],
        "diagnoses": [{"customer": "天津某某食品有限公司", "diagnosed_on": None}],
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_reads_json(tmp_path: Path) -> None:
    path = write_json(tmp_path / "declaration.json", sample_json())
    decl = read_declaration(path, relative_to=tmp_path)
    assert decl.source == "declaration.json"
    assert decl.applicant.uscc == APPLICANT_USCC and decl.applicant.phase == "考核"
    first, second = decl.contracts
    assert first.amount_yuan == Decimal("12005000") and first.seq == "1" and first.row == 1
    assert first.signed_on == date(2023, 3, 1) and first.accepted_on is None
    assert first.revenue_wan == Decimal("8000.25") and first.declared_tianjin is False
    assert second.amount_yuan == Decimal("2900") and second.seq == "2" and second.row == 2
    assert second.customer_uscc == "" and second.declared_sme is None and second.employees is None
    assert decl.standards[0].stage == ""
    assert decl.suppliers[0].amount_yuan == Decimal("455000")
    assert decl.meetings[0].declared_tianjin_attendees == 12
    assert decl.diagnoses[0].diagnosed_on is None


def test_json_defaults_phase(tmp_path: Path) -> None:
    data = sample_json()
    del data["applicant"]["phase"]
    for key in ("standards", "suppliers", "meetings", "diagnoses"):
        del data[key]
    decl = read_declaration_json(write_json(tmp_path / "declaration.json", data))
    assert decl.applicant.phase == "申报" and decl.standards == []


def _break(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    *parents, last = path.split("/")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is KeyError:
        del node[last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize("path, value, json_path, words", [
    ("contracts/0/signed_on", "2023-02-30", "$.contracts[0].signed_on", "不存在"),
    ("contracts/0/signed_on", "2023/03/01", "$.contracts[0].signed_on", ""),
    ("contracts/1/amount_wan", "约三百万", "$.contracts[1].amount_wan", "金额"),
    ("contracts/1/amount_wan", -1, "$.contracts[1].amount_wan", "金额"),
    ("contracts/0/amount", "1", "$.contracts[0]", "不认识的字段「amount」"),
    ("contracts/1/customer", KeyError, "$.contracts[1]", "缺少必填字段「customer」"),
    ("applicant/phase", "验收", "$.applicant.phase", "允许的取值"),
    ("applicant/name", "  ", "$.applicant.name", "不能为空"),
    ("contracts/0/employees", "1200人", "$.contracts[0].employees", "类型"),
    ("contracts/0/declared_sme", "是", "$.contracts[0].declared_sme", "类型"),
    ("applicant", KeyError, "$", "缺少必填字段「applicant」"),
])
def test_invalid_json_names_the_json_path(tmp_path: Path, path: str, value: Any, json_path: str,
                                          words: str) -> None:
    data = _break(sample_json(), path, value)
    with pytest.raises(DeclarationError) as info:
        read_declaration_json(write_json(tmp_path / "declaration.json", data))
    message = str(info.value)
    assert message.startswith(f"declaration.json 不符合申报信息格式：{json_path}：")
    assert words in message


def test_broken_json_syntax(tmp_path: Path) -> None:
    path = tmp_path / "declaration.json"
    path.write_text('{"applicant": {', encoding="utf-8")
    with pytest.raises(DeclarationError, match="不是有效的 JSON（第1行"):
        read_declaration_json(path)


def test_json_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "declaration.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sample_json()).encode())
    assert read_declaration_json(path).applicant.name == "天津智造科技有限公司"


# ---- round trips ---------------------------------------------------------------------------------


def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_json_round_trip(tmp_path: Path) -> None:
    decl = read_declaration_json(write_json(tmp_path / "declaration.json", sample_json()))
    data = declaration_to_json(decl)
    _validator().validate(data)
    again = read_declaration_json(write_json(tmp_path / "again.json", data))
    assert replace(again, source=decl.source) == decl
    assert declaration_to_json(again) == data


def test_workbook_to_json_keeps_everything_but_rows(tmp_path: Path) -> None:
    rows = [contract_row(1), contract_row(2, **{"合同金额（万元）": "1,200.50", "验收日期": None})]
    sheets = standard_sheets(*rows)
    sheets["服务用户清单"].insert(0, ["标题"])
    decl = read_workbook(build(tmp_path / DECLARATION_WORKBOOK, sheets))
    data = declaration_to_json(decl)
    _validator().validate(data)
    assert data["contracts"][1]["amount_wan"] == "1200.5"
    again = read_declaration_json(write_json(tmp_path / "declaration.json", data))

    def without_rows(d: Declaration) -> Declaration:
        return replace(d, source="", contracts=[replace(c, row=0) for c in d.contracts],
                       standards=[replace(s, row=0) for s in d.standards])

    assert without_rows(again) == without_rows(decl)


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
                max_size=12)
_name = _text.filter(lambda s: s.strip() == s and s != "")
_dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
_yuan = st.decimals(min_value=0, max_value=Decimal("1e12"), places=2, allow_nan=False,
                    allow_infinity=False)
_wan = st.one_of(st.none(), st.decimals(min_value=0, max_value=Decimal("1e9"), places=4,
                                        allow_nan=False, allow_infinity=False))
_flag = st.one_of(st.none(), st.booleans())
_count = st.one_of(st.none(), st.integers(min_value=0, max_value=10**7))
_code = st.text("0123456789ABCDEFGHJKLMNPQRTUWXY", max_size=18)


@st.composite
def declarations(draw: Any) -> Declaration:
    def seq(i: int) -> str:
        return draw(st.one_of(st.just(str(i)), _name))

    contracts = [
        DeclaredContract(row=i, seq=seq(i), customer=draw(_name), customer_uscc=draw(_code),
                         contract_no=draw(_text), contract_name=draw(_text), amount_yuan=draw(_yuan),
                         signed_on=draw(_dates), accepted_on=draw(_dates), declared_sme=draw(_flag),
                         employees=draw(_count), revenue_wan=draw(_wan), declared_tianjin=draw(_flag))
        for i in range(1, draw(st.integers(0, 3)) + 1)
    ]
    suppliers = [
        DeclaredSupplier(row=i, seq=seq(i), name=draw(_name), uscc=draw(_code),
                         contract_no=draw(_text), contract_name=draw(_text), amount_yuan=draw(_yuan),
                         signed_on=draw(_dates))
        for i in range(1, draw(st.integers(0, 2)) + 1)
    ]
    return Declaration(
        applicant=Applicant(name=draw(_name), uscc=draw(_code.filter(bool)), address=draw(_name),
                            direction=draw(_text), industry=draw(_text),
                            phase=draw(st.sampled_from(["申报", "考核"]))),
        contracts=contracts,
        standards=[DeclaredStandard(row=1, seq="1", name=draw(_name), category=draw(_text),
                                    stage=draw(_text))],
        suppliers=suppliers,
        meetings=[DeclaredMeeting(row=1, seq="1", name=draw(_name), held_on=draw(_dates),
                                  place=draw(_text), declared_tianjin_attendees=draw(_count))],
        diagnoses=[DeclaredDiagnosis(row=1, seq="1", customer=draw(_name), uscc=draw(_code),
                                     diagnosed_on=draw(_dates), report_name=draw(_text))],
        source="declaration.json",
    )


@settings(max_examples=60, deadline=None)
@given(declarations())
def test_round_trip_property(decl: Declaration) -> None:
    data = declaration_to_json(decl)
    _validator().validate(data)
    with tempfile.TemporaryDirectory() as folder:
        path = write_json(Path(folder) / "declaration.json", data)
        assert read_declaration_json(path) == decl


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=Decimal("1e10"), places=6, allow_nan=False,
                   allow_infinity=False))
def test_amount_text_with_separators_is_exact(wan: Decimal) -> None:
    text = f"{wan:,f}"
    yuan = parse_amount_wan(text)
    assert yuan == (wan * 10000).quantize(Decimal("0.01"))
    assert Decimal(yuan_to_wan_text(yuan)) * 10000 == yuan
