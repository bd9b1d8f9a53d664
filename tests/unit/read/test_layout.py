"""Wrapped grid cells are joined back; ordinary lines are left alone."""

from __future__ import annotations

from pipeline.read.layout import merge_wrapped_cells
from helpers.textdocs import grid_page
from pipeline.models import PageText


def page(rows: list[list[tuple[str, float, float]]], method: str = "text_layer") -> PageText:
    """rows of (text, x0, y0); each character 0.017 wide and 0.013 high."""
    return grid_page(rows, 0.017, 0.013, method)


def test_receipt_grid_cells_are_joined_with_their_boxes():
    p = page([
        [("天津明阳轴承股份有限公", 0.291, 0.136), ("天津致远智能科技有限公", 0.672, 0.136)],
        [("户名", 0.215, 0.145), ("户名", 0.596, 0.145)],
        [("司", 0.291, 0.154), ("司", 0.672, 0.154)],
        [("交易日", 0.129, 0.347), ("交易流", 0.51, 0.347)],
        [("2022年12月28日", 0.215, 0.356)],
        [("期", 0.129, 0.365), ("水号", 0.51, 0.365)],
    ])
    merged = merge_wrapped_cells(p)
    assert merged.text.splitlines() == [
        "天津明阳轴承股份有限公司 天津致远智能科技有限公司",
        "户名 户名",
        "交易日期 交易流水号",
        "2022年12月28日",
    ]
    start = merged.text.index("公司")
    box, _ = merged.locate(start + 1, start + 2)  # the 司 keeps its own box on the lower line
    assert abs(box[1] - 0.154) < 1e-6


def test_prose_and_forms_are_unchanged():
    p = page([
        [("甲方：天津市滨海新区智造科技有限公司", 0.1, 0.10)],
        [("乙方：天津华创工业互联网有限公司", 0.1, 0.13)],
        [("户名", 0.1, 0.16)],
        [("账号", 0.1, 0.19)],
    ])
    assert merge_wrapped_cells(p).text == p.text


def test_name_wrapped_onto_the_next_line_beside_a_label():
    p = page([
        [("廊坊三元医疗器械集团有", 0.281, 0.134)],
        [("户名", 0.201, 0.145), ("限公司", 0.279, 0.153)],
    ], method="ocr:rapidocr")
    assert merge_wrapped_cells(p).text.splitlines()[0] == "廊坊三元医疗器械集团有限公司"


def test_a_date_a_narrow_cell_wrapped_is_joined_piece_by_piece():
    p = page([
        [("交易日期", 0.10, 0.300), ("2023年", 0.22, 0.300), ("手续费", 0.40, 0.300), ("15.00", 0.52, 0.300)],
        [("12月7", 0.22, 0.315)],
        [("日", 0.22, 0.330)],
        [("用途", 0.10, 0.345), ("合同款", 0.22, 0.345)],
    ])
    assert merge_wrapped_cells(p).text.splitlines() == [
        "交易日期 2023年12月7日 手续费 15.00",
        "用途 合同款",
    ]
    # a year alone above a line that does not continue it stays as it was
    q = page([[("成立于", 0.10, 0.30), ("2023年", 0.22, 0.30)], [("注册资本", 0.22, 0.315)]])
    assert merge_wrapped_cells(q).text == q.text
