"""A bank form's 小写 amount written one digit per cell under 亿…分, on its own line or interleaved
with the place names, is read as one figure; offsets stay where they were."""

from pipeline.parsing.amounts import collapse_digit_cells, find_amounts


def _figures(text: str) -> list[str]:
    out = collapse_digit_cells(text)
    assert len(out) == len(text)
    return [str(m.value) for m in find_amounts(out)]


def test_digits_on_their_own_line_under_the_places():
    assert "8427000.00" in _figures("出票金额 亿 千 百 十 万 千 百 十 元 角 分\n¥ 8 4 2 7 0 0 0 0 0\n")


def test_digits_interleaved_with_their_places():
    assert "8427000.00" in _figures("出票金额 亿千¥ 百8 十4 万2 千7 百0 十0 元0 角0 分0\n")


def test_a_header_ending_in_yuan_gives_whole_yuan():
    assert "3500.00" in _figures("金额 千 百 十 万 千 百 十 元\n¥ 3 5 0 0\n")


def test_digits_under_no_places_stay_as_they_are():
    assert collapse_digit_cells("电话 1 2 3 4\n") == "电话 1 2 3 4\n"


def test_more_digits_than_places_are_not_this_figure():
    text = "元 角 分 十 百 千\n1 2 3 4 5 6 7 8 9\n"
    assert collapse_digit_cells(text) == text
