"""A grid cell that wraps its value (a memo's contract number, a figure, a 大写 amount) is read
whole again; invented receipts, no set's documents."""

from __future__ import annotations

from helpers.textdocs import grid_page
from pipeline.models import PageText, TextSpan
from pipeline.read.layout import merge_wrapped_cells, unstack_cell_lines


def page(rows: list[list[tuple[str, float, float]]], method: str = "text_layer") -> PageText:
    """rows of (text, x0, y0); each character 0.012 wide and 0.010 high."""
    return grid_page(rows, 0.012, 0.010, method)


def test_figures_and_a_memo_wrapped_in_their_cells_are_joined():
    p = page([
        [("金额（大", 0.10, 0.300), ("叁拾柒万", 0.20, 0.300), ("金额（小", 0.50, 0.300), ("¥372,0", 0.60, 0.300)],
        [("写）", 0.10, 0.312), ("贰仟元整", 0.20, 0.312), ("写）", 0.50, 0.312), ("00.00", 0.60, 0.312)],
        [("付款KQ-202", 0.20, 0.330)],
        [("用途", 0.10, 0.336), ("摘要", 0.50, 0.336), ("转账", 0.60, 0.336)],
        [("1-017第2期", 0.20, 0.342)],
    ])
    lines = merge_wrapped_cells(p).text.splitlines()
    assert lines[0] == "金额（大写） 叁拾柒万贰仟元整 金额（小写） ¥372,000.00"
    assert "付款KQ-2021-017第2期" in lines


def test_a_code_cut_under_its_label_line_is_joined():
    p = page([
        [("质保金合同号", 0.20, 0.400)],
        [("用途", 0.10, 0.412), ("51800322-XB", 0.20, 0.412), ("摘要", 0.50, 0.412)],
        [("07", 0.20, 0.424)],
    ])
    assert "用途 51800322-XB07 摘要" in merge_wrapped_cells(p).text.splitlines()


def test_rows_of_a_column_are_not_joined():
    p = page([
        [("序号", 0.10, 0.20), ("编号", 0.20, 0.20), ("金额", 0.50, 0.20)],
        [("1", 0.10, 0.212), ("QX-2020-001", 0.20, 0.212), ("12,000.00", 0.50, 0.212)],
        [("2", 0.10, 0.224), ("QX-2020-002", 0.20, 0.224), ("8,500.00", 0.50, 0.224)],
    ])
    assert merge_wrapped_cells(p).text == p.text


def test_an_ocr_line_that_put_a_cells_lower_line_first_is_reordered():
    text = "用途 15尾款AB-2021-0 摘要"
    spans = [TextSpan(0, 2, (0.06, 0.285, 0.10, 0.300), 0.99),
             TextSpan(3, 7, (0.143, 0.290, 0.205, 0.304), 0.99),
             TextSpan(7, 16, (0.143, 0.279, 0.212, 0.292), 0.99),
             TextSpan(17, 19, (0.485, 0.283, 0.521, 0.299), 0.99)]
    p = PageText(1, text, "ocr:rapidocr", spans, 1000, 1400)
    out = unstack_cell_lines(p)
    assert out.text == "用途 AB-2021-015尾款 摘要"
    start = out.text.index("AB")
    assert out.locate(start, start + 9)[0] == (0.143, 0.279, 0.212, 0.292)


def test_two_numbers_one_over_the_other_stay_apart():
    text = "流水号 10553021 77120094"
    spans = [TextSpan(0, 3, (0.06, 0.30, 0.12, 0.315), 0.99),
             TextSpan(4, 12, (0.20, 0.31, 0.27, 0.323), 0.99),
             TextSpan(13, 21, (0.20, 0.298, 0.27, 0.31), 0.99)]
    p = PageText(1, text, "ocr:rapidocr", spans, 1000, 1400)
    assert unstack_cell_lines(p).text == text


def test_a_name_in_the_next_row_does_not_complete_a_longer_cell_above():
    p = page([
        [("地点", 0.10, 0.200), ("甲北精工有限公司会议室", 0.20, 0.200)],
        [("需方", 0.10, 0.212), ("甲北精工有限公司", 0.20, 0.212)],
    ])
    assert merge_wrapped_cells(p).text == p.text


def test_a_date_under_a_code_is_the_next_label_s_value_not_the_code_s_tail():
    """A code that ends its cell (AB-2021-37K) over a line opening with a date (2021年5月9日: the
    value of the label beside it) is whole; the date is no continuation of it."""
    p = page([
        [("事由", 0.10, 0.300), ("关于验收的函", 0.20, 0.300), ("合同编号", 0.50, 0.300), ("AB-2021-37K", 0.62, 0.300)],
        [("要求回复日期", 0.50, 0.312), ("2021年5月9日", 0.62, 0.312)],
    ])
    assert merge_wrapped_cells(p).text == p.text


def test_a_whole_date_takes_no_stray_digit_from_the_line_below():
    p = page([
        [("活动日期：", 0.10, 0.300), ("2021-05-09", 0.20, 0.300), ("导出时间：", 0.50, 0.300)],
        [("2", 0.20, 0.312)],
    ])
    assert "2021-05-09 导出时间：" in merge_wrapped_cells(p).text


def test_a_branchs_own_name_wrapped_under_its_companys_name_is_joined():
    p = page([
        [("付款人", 0.05, 0.300), ("户名", 0.12, 0.300), ("丙东重工有限公司", 0.18, 0.300),
         ("收款人", 0.50, 0.300), ("户名", 0.57, 0.300), ("乙南数控有限公司", 0.63, 0.300)],
        [("江北分公司", 0.18, 0.312)],
        [("账号", 0.12, 0.324), ("62220000", 0.18, 0.324), ("账号", 0.57, 0.324), ("62220001", 0.63, 0.324)],
    ], method="ocr:rapidocr")
    lines = merge_wrapped_cells(p).text.splitlines()
    assert lines[0] == "付款人 户名 丙东重工有限公司江北分公司 收款人 户名 乙南数控有限公司"
    assert len(lines) == 2


def test_a_new_company_under_a_company_stays_apart():
    p = page([
        [("付款人", 0.05, 0.300), ("丙东重工有限公司", 0.18, 0.300)],
        [("乙南数控有限公司", 0.18, 0.312)],
    ], method="ocr:rapidocr")
    assert merge_wrapped_cells(p).text == p.text
