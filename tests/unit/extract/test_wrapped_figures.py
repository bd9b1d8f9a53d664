"""A figure cut by a line end: normalisation is the one place that joins it; what it leaves
apart is refused by the amount parser, not joined there; a grid cell's wrap (head and tail not
neighbours) is mended by the 大写 form. Invented texts only."""

from decimal import Decimal

import pytest
from helpers.textdocs import field_values, read_text_document

from pipeline.extract.normalize import normalize_text
from pipeline.parsing.amounts import find_amounts

_read, _values = read_text_document, field_values


@pytest.mark.parametrize("cut, whole", [
    ("金额 ¥2,791\n,600.00", "金额 ¥2,791,600.00"),            # the separator opens the next line
    ("金额 ¥4,\n170,300.00", "金额 ¥4,170,300.00"),            # the separator ends the line
    ("（小写：1,\n200,500.00元）", "（小写：1,200,500.00元）"),
    ("成交金额为4\n55.00万元", "成交金额为455.00万元"),          # prose announced the figure
    ("合同金额52\n1.40万元，工期三个月", "合同金额521.40万元，工期三个月"),
    ("总价274.00\n万元", "总价274.00万元"),                    # the unit on the next line
])
def test_normalisation_joins_a_figure_cut_by_the_line_end(cut, whole):
    assert normalize_text(cut)[0] == whole


@pytest.mark.parametrize("cut, tail", [
    ("合同金额为人民币52\n1.40万元，工期三个月", Decimal("14000.00")),   # 币 announces no figure to the join
    ("金额 ¥2,9\n86,750.00", Decimal("86750.00")),                      # cut inside a thousands group
])
def test_what_normalisation_leaves_cut_is_not_joined_later_and_its_tail_is_no_amount(cut, tail):
    text = normalize_text(cut)[0]
    assert text == cut
    assert tail not in [a.value for a in find_amounts(text)]


def test_a_figure_cut_by_the_line_end_is_the_contracts_amount_whole():
    head = ("数控改造项目合同\n合同编号 QX-2022-077\n需方（甲方） 甲北精工有限公司\n供方（乙方） 乙南数控有限公司\n"
            "签订时间 2022年3月1日\n合同总价（含税） 壹佰叁拾伍万肆仟贰佰元整 ")
    for cut in ("¥1,354\n,200.00\n", "¥1,\n354,200.00\n"):
        amount = _read(head + cut).fields["amount_yuan"]
        assert (amount.value, amount.provenance.text) == (Decimal("1354200.00"), "¥1,354,200.00"), cut


def test_a_marked_figure_whose_separator_read_as_a_point_and_whose_group_was_cut_is_joined():
    # ¥3.46 | 5,000.00: the separator after 3 read as a point, the group 465 cut by the line end
    assert normalize_text("中选价为（¥3.46\n5,000.00）。")[0] == "中选价为（¥3.465,000.00）。"
    # a price of its own at a line end and a figure on the next line are not one figure
    assert normalize_text("单价 ¥3.46\n5,000.00 台")[0] == "单价 ¥3.46\n5,000.00 台"
