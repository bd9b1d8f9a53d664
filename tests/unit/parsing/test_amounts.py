"""Amounts: 大写 and Chinese numerals, numeric forms, amounts in free text; plus peer vectors."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from helpers.external_vectors import params, require
from pipeline.parsing.amounts import (
    AmountMatch,
    AmountParseError,
    find_amounts,
    format_uppercase,
    parse_amount,
    parse_uppercase,
)

D = Decimal

# ---- parse_uppercase -------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("人民币贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整", D("23456789")),
    ("壹亿零伍佰万元零柒分", D("105000000.07")),
    ("人民币贰仟伍佰万元整", D("25000000")),
    ("人民币（大写）：贰仟伍佰万元整", D("25000000")),
    ("贰仟伍佰万圆正", D("25000000")),
    ("伍万元零伍角", D("50000.5")),
    ("壹仟零伍元柒分", D("1005.07")),          # 零 before 分 omitted: value is still clear
    ("壹佰元贰角整", D("100.2")),               # 整 after 角 is common practice
    ("柒角", D("0.7")),
    ("零元整", D("0")),
    ("壹万亿零叁亿元整", D("1000300000000")),    # format_uppercase's 万亿 group
    ("貳仟參佰陸拾萬圓整", D("23600000")),        # traditional forms
    ("贰仟伍佰万园整", D("25000000")),            # OCR 园 for 圆: value-neutral here
    ("贰 仟 伍 佰 万 元 整", D("25000000")),       # OCR spacing
    ("十一", D(11)),
    ("一百零五", D(105)),
    ("两千", D(2000)),
    ("一百二", D(120)),                          # colloquial elided unit, ordinary digits only
    ("廿二", D(22)),
    ("负十一", D(-11)),
    ("零点零五", D("0.05")),
])
def test_parse_uppercase(text, expected):
    assert parse_uppercase(text) == expected


@pytest.mark.parametrize("text", [
    "", "元整", "圆", "负", "人民币",
    "壹壹",            # adjacent digits: a unit was dropped
    "壹佰贰",          # elided unit in 大写: the financial rules require every unit
    "叁万伍元",        # 30005 with a dropped 零, or 35000 with a dropped 仟?
    "一千二万",        # 1002万 or 1200万?
    "佰壹拾",          # unit with no digit (only 十 may stand alone)
    "壹拾壹拾",        # units out of order
    "壹仟零",          # trailing 零: a digit was dropped
    "壹亿贰亿",
    "壹万元整伍角",
    "壹点伍元",
    "贰仟伍佰万伯元整",  # 伯 for 佰 is NOT repaired: it would change the value
    "2500万",          # Arabic digits belong to parse_amount
    "兆",
])
def test_parse_uppercase_rejects(text):
    with pytest.raises(AmountParseError):
        parse_uppercase(text)


@pytest.mark.parametrize("cents", [0, 1, 10, 11, 100, 105, 1000, 100001, 1000000000,
                                   2345678900, 10000000000007, 99999999999999999])
def test_round_trip_examples(cents):
    amount = D(cents) / 100
    assert parse_uppercase(format_uppercase(amount)) == amount


# ---- parse_amount ----------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("¥25,000,000.00", D("25000000")),
    ("￥25,000,000.00", D("25000000")),
    ("RMB 23,456,789.00", D("23456789")),
    ("2,500.00万元", D("25000000")),
    ("2345.68万元", D("23456800")),
    ("2500万", D("25000000")),
    ("1.5亿元", D("150000000")),
    ("25000000元", D("25000000")),
    ("25000000元整", D("25000000")),
    ("人民币贰仟伍佰万元整", D("25000000")),
    ("人民币 25,000,000.00 元", D("25000000")),
    ("人民币（小写）：¥25,000,000.00", D("25000000")),
    ("２５，０００，０００．００", D("25000000")),
    ("￥２，５００．００万元", D("25000000")),
    ("25, 000, 000. 00", D("25000000")),
    ("  1,234.5  ", D("1234.5")),
    ("0.00", D(0)),
    ("十一", D(11)),
])
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "abc", "元", "2023-10-12", "2023.10.12", "2023年", "HT-2023-001", "TJ2023ZN015",
    "12%", "1,2345", "007", "-10.1万", "负壹元", "25,000,000.00 USD", "1.2.3", "壹壹",
    "人民币25,000,000.00元（大写：贰仟伍佰万元整）",   # two amounts: use find_amounts
])
def test_parse_amount_none(text):
    assert parse_amount(text) is None


# ---- find_amounts ----------------------------------------------------------------------


def _found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.raw, m.value, m.form) for m in find_amounts(text)]


def test_find_amounts_contract_sentence():
    text = "合同总金额为人民币贰仟伍佰万元整（¥25,000,000.00），即2,500.00万元。"
    assert _found(text) == [
        ("人民币贰仟伍佰万元整", D("25000000"), "uppercase"),
        ("¥25,000,000.00", D("25000000"), "yuan"),
        ("2,500.00万元", D("25000000"), "wan"),
    ]
    m = find_amounts(text)[0]
    assert isinstance(m, AmountMatch) and text[m.start:m.end] == m.raw


@pytest.mark.parametrize("text, expected", [
    ("合同价款：25000000元", [("25000000元", D("25000000"), "yuan")]),
    ("RMB 23,456,789.00", [("RMB 23,456,789.00", D("23456789"), "yuan")]),
    ("人民币 25,000,000.00 元整", [("人民币 25,000,000.00 元整", D("25000000"), "yuan")]),
    ("验收合同总额不低于2500万元", [("2500万元", D("25000000"), "wan")]),
    ("合同额2345.68万，", [("2345.68万", D("23456800"), "wan")]),
    ("超过1亿元的供应商", [("1亿元", D("100000000"), "wan")]),
    ("金额（元）\n25,000,000.00\n", [("25,000,000.00", D("25000000"), "bare")]),
    ("单价 1234.50", [("1234.50", D("1234.50"), "bare")]),
    ("单价 2023.10元", [("2023.10元", D("2023.10"), "yuan")]),
    ("合同金额：￥1,234,567.89元（大写：人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分）", [
        ("￥1,234,567.89元", D("1234567.89"), "yuan"),
        ("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分", D("1234567.89"), "uppercase")]),
    ("注册资本：1000万元人民币", [("1000万元", D("10000000"), "wan")]),
    ("合计（元）：25,000.00", [("25,000.00", D("25000"), "bare")]),
    ("合计 25, 000, 000. 00", [("25, 000, 000. 00", D("25000000"), "bare")]),
    ("金额１２，５００．００元", [("１２，５００．００元", D("12500"), "yuan")]),
    ("大写：贰仟伍佰万元整", [("大写：贰仟伍佰万元整", D("25000000"), "uppercase")]),
    ("人民币贰仟伍佰万", [("人民币贰仟伍佰万", D("25000000"), "uppercase")]),
    ("贰仟伍佰万 元", [("贰仟伍佰万 元", D("25000000"), "uppercase")]),
    ("分两期：壹万元，贰万元整", [("壹万元", D("10000"), "uppercase"),
                                 ("贰万元整", D("20000"), "uppercase")]),
    ("首付壹万元贰万元余款", [("壹万元", D("10000"), "uppercase"),
                             ("贰万元", D("20000"), "uppercase")]),
    ("1500万元-2500万元", [("1500万元", D("15000000"), "wan"),
                          ("2500万元", D("25000000"), "wan")]),
])
def test_find_amounts_forms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "签订日期：2023-10-12，2023.10.12，2023/10/12",
    "2023年10月12日",
    "合同编号：HT-2023-001",
    "合同编号：TJ2023ZN015",
    "联系电话：13812345678，022-23456789，(022)2345-6789",
    "统一社会信用代码：91120116MA05JXXX2N，911201160000000000",
    "税率6%，增长12.50%，占比 3.25 %",
    "第 3 页 共 10 页 - 2 -",
    "版本 V1.10，No.25,000",
    "覆盖6500万人，约2.5亿年，100万美元，1,200家企业，3.50米",
    "零部件，伍分钟，大陆整体，陆先生，产业园区",
    "伍佰园区",
    "项目周期：2023.10至2024.03",        # year.month, not 2023.10 yuan
    "壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹壹" * 3 + "元",
])
def test_find_amounts_ignores_non_amounts(text):
    assert find_amounts(text) == []


def test_find_amounts_non_overlapping_in_order():
    text = "甲：人民币壹佰万元整(¥1,000,000.00)；乙：50万元；丙：￥300.00；丁：9,999.99"
    found = find_amounts(text)
    assert [m.value for m in found] == [D(1000000), D(1000000), D(500000), D(300), D("9999.99")]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# ---- external vectors: cn2an (Ailln/cn2an) ---------------------------------------------
# Inputs where we deliberately differ from cn2an, each with the reason. We assert our own
# behaviour for these (parse_uppercase raises, parse_amount returns None), so the list is a
# tested statement, not a skip list.
CN2AN_REJECTED: dict[str, str] = {
    "一万零百一十一": "零百: a unit after 零 with no digit (only 十 may stand alone); in 大写 "
                     "it means a dropped digit",
    "一一": "normal-mode digit-by-digit reading; an amount with no unit between digits lost one",
    "一一一": "digit-by-digit reading (dropped units)",
    "壹壹": "digit-by-digit reading (dropped units); cn2an strict rejects it too",
    "壹壹壹": "digit-by-digit reading (dropped units)",
    "一七二零": "digit-by-digit reading (dropped units)",
    "一七二零点一": "digit-by-digit reading (dropped units)",
    "一七二零点一三四": "digit-by-digit reading (dropped units)",
    "一二三": "digit-by-digit reading (dropped units)",
    "负一七二零": "digit-by-digit reading (dropped units)",
    "负一七二零点一": "digit-by-digit reading (dropped units)",
    "零一": "direct mode returns a digit string ('01'), not a number",
    "零零三": "direct mode returns a digit string ('003'), not a number",
    "二〇〇二": "direct mode (years and codes read digit by digit) is not an amount",
    "幺八九": "direct mode (幺 = 1 in phone numbers) is not an amount",
    "负零一": "direct mode returns a digit string ('-01'), not a number",
    "一二点三零": "direct mode returns a digit string ('12.30'), not a number",
    "012": "direct mode digit string, not a written amount",
    "100万三千": "mixed Arabic and Chinese digits in one number do not occur in written "
               "amounts; accepting them would hide OCR garbling",
    "200亿零四千230": "mixed Arabic and Chinese digits in one number",
    "一百点123": "mixed Arabic and Chinese digits in one number",
    "1百01": "mixed Arabic and Chinese digits in one number",
    "1万600": "mixed Arabic and Chinese digits in one number",
    "-10.1万": "negative numeric amount: '-' before a number in evidence is a range dash",
    "-10.1": "negative numeric amount: '-' before a number in evidence is a range dash",
}
# Smart-mode mixed inputs we do read, through parse_amount (Arabic number + 万/亿 unit).
CN2AN_VIA_PARSE_AMOUNT = {"100万", "10.1万", "16.4亿", "35.1亿", "10.1"}


@pytest.mark.parametrize("case", params("cn2an.json", lambda c: c["direction"] == "cn2an"))
def test_cn2an_chinese_to_number(case):
    text, expected = case["input"], case["expected"]
    if text in CN2AN_REJECTED:
        with pytest.raises(AmountParseError):
            parse_uppercase(text)
        assert parse_amount(text) is None
    elif text in CN2AN_VIA_PARSE_AMOUNT:
        assert parse_amount(text) == D(str(expected))
    elif expected == "ValueError":
        with pytest.raises(AmountParseError):
            parse_uppercase(text)
        assert parse_amount(text) is None
    else:
        assert parse_uppercase(text) == D(str(expected))


@pytest.mark.parametrize("case", params(
    "cn2an.json", lambda c: c["direction"] == "an2cn" and c["category"] != "must_reject"))
def test_cn2an_number_to_chinese_inverse(case):
    """Reading back cn2an's output gives its input (rmb mode: to the cent it kept)."""
    number, written, mode = D(str(case["input"])), case["expected"], case["mode"]
    integer = written.removeprefix("负").partition("点")[0]
    if mode == "direct" and len(integer) > 1:
        # direct mode writes digit by digit (一零零零零零零): deliberately rejected, see
        # CN2AN_REJECTED; only single-digit integer parts read the same either way
        with pytest.raises(AmountParseError):
            parse_uppercase(written)
    elif mode == "rmb":
        assert abs(parse_uppercase(written) - number) < D("0.01")
    else:
        assert parse_uppercase(written) == number


@pytest.mark.parametrize("case", params(
    "cn2an.json", lambda c: c["direction"] == "an2cn" and c["category"] == "must_reject"))
def test_cn2an_rejected_numbers(case):
    if not isinstance(case["input"], str):
        pytest.skip("a float beyond an2cn's range: no text for a parser to reject")
    assert parse_amount(case["input"]) is None


# Every sentence of cn2an's transform tests, with the amounts find_amounts must report.
# Chinese-numeral sentences other than 大写 are out of find_amounts' scope (it reports 大写
# runs and Arabic forms only), hence [] for 一百块钱 and the like.
CN2AN_SENTENCES: dict[str, list[Decimal]] = {
    "小王捡了100块钱": [], "小王捡了一百块钱": [],     # 块 is colloquial, not a written unit
    "用户增长最快的3个城市": [], "用户增长最快的三个城市": [],
    "小王的生日是2001年3月4日": [], "小王的生日是二零零一年三月四日": [],
    "小王的生日是2012年12月12日": [], "小王的生日是二零一二年十二月十二日": [],
    "今天股价上涨了8%": [], "今天股价上涨了百分之八": [],
    "第2天股价下降了-3.8%": [], "第二天股价下降了百分之负三点八": [],
    "抛出去的硬币为正面的概率是1/2": [], "抛出去的硬币为正面的概率是二分之一": [],
    "现在室内温度为39℃，很热啊！": [], "现在室内温度为三十九摄氏度，很热啊！": [],
    "创业板指9月9日早盘低开1.57%": [], "创业板指九月九日早盘低开百分之一点五七": [],
    "约2.5亿年~6500万年": [], "约250000000年~65000000年": [],
    "廿二日，日出东方": [], "22日，日出东方": [],
    "大陆": [], "半岛": [], "两岸关系": [], "半斤": [], "0.5斤": [], "两个": [], "2个": [],
    "两千米": [], "2000米": [], "巅峰赛两千分": [], "巅峰赛2000分": [],
    "一个大西瓜切两半": [], "1个大西瓜切2半": [],
    "二〇〇二年的第一场雪": [], "2002年的第1场雪": [],
    "零年零月肆拾日": [], "0年0月40日": [], "零年貳月": [], "0年2月": [],
    "支票上金额应写为：伍仟元整": [D(5000)], "支票上金额应写为：5000元整": [D(5000)],
    "零下四摄氏度": [], "-4℃": [],
    "电话零零三，数量十二个，二〇〇二年": [], "电话003，数量十二个，2002年": [],
    "编号负零一，数值一二点三零": [],
    "编号-01，数值12.30": [D("12.30")],   # a bare two-decimal number is reported (table cells)
    "电话012，1-2个月，金额101元": [D(101)],
    "电话零一二，一-二个月，金额一零一元": [],   # digit-by-digit, see CN2AN_REJECTED
}


@pytest.mark.parametrize(
    "case", params("cn2an.json", lambda c: c["direction"].startswith("transform")))
def test_cn2an_sentences(case):
    for sentence in (case["input"], case["expected"]):
        assert sentence in CN2AN_SENTENCES, f"add {sentence!r} to CN2AN_SENTENCES"
        assert [m.value for m in find_amounts(sentence)] == CN2AN_SENTENCES[sentence]


def test_cn2an_lists_are_current():
    """Every listed input still exists upstream, so the lists cannot rot unnoticed."""
    inputs = {c["input"] for c in require("cn2an.json") if isinstance(c["input"], str)}
    inputs |= {c["expected"] for c in require("cn2an.json") if isinstance(c["expected"], str)}
    assert set(CN2AN_REJECTED) <= inputs
    assert CN2AN_VIA_PARSE_AMOUNT <= inputs
    assert set(CN2AN_SENTENCES) <= inputs


# ---- external vectors: hutool NumberChineseFormatter -----------------------------------
HUTOOL_REJECTED: dict[str, str] = {
    "两万二零三": "elided unit followed by more digits (22003?): elision is accepted only at "
                 "the end of an ordinary numeral",
    "两万二零一十": "elided unit followed by more digits (22010?)",
    "百二": "leading 百 with no digit; cn2an strict rejects 百十一 for the same reason",
    "千三": "leading 千 with no digit (see 百二)",
}
# formatSimple abbreviations read back by parse_amount; these we deliberately do not read.
HUTOOL_ABBREV_REJECTED: dict[str, str] = {
    "-5.56万": "negative numeric amount ('-' is a range dash in evidence)",
    "-5.56亿": "negative numeric amount",
    "-5.56万亿": "negative numeric amount",
    "-123": "negative numeric amount",
    "1.23万亿": "万亿 as a suffix to Arabic digits is not used for contract amounts; "
              "parse_amount reads 万 and 亿 only",
}


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


@pytest.mark.parametrize("case", params("hutool_number_chinese.json"))
def test_hutool(case):
    kind, given, expected = case["kind"], case["input"], case["expected"]
    if kind.startswith("chinese->number"):
        if given in HUTOOL_REJECTED or expected == "IllegalArgumentException":
            with pytest.raises(AmountParseError):
                parse_uppercase(given)
        else:
            assert parse_uppercase(given) == D(expected)
    elif kind.startswith("number->abbrev"):
        if expected in HUTOOL_ABBREV_REJECTED:
            assert parse_amount(expected) is None
        else:
            value = parse_amount(expected)
            assert value is not None
            # formatSimple keeps 3 significant digits: the read-back is within half a step
            step = D(10) ** (len(str(abs(int(D(str(given)))))) - 3) if abs(given) >= 1000 else D(1)
            assert abs(value - D(str(given))) <= step / 2
    else:
        # the formatters round (format() to 2 decimals): we must read back the rounded value
        value = parse_uppercase(expected)
        number = D(str(given)).quantize(D(1).scaleb(-_places(value)), rounding=ROUND_HALF_UP)
        assert value == number


def test_hutool_lists_are_current():
    cases = require("hutool_number_chinese.json")
    assert set(HUTOOL_REJECTED) <= {c["input"] for c in cases}
    assert set(HUTOOL_ABBREV_REJECTED) <= {c["expected"] for c in cases}


def test_the_tail_of_a_figure_ocr_broke_is_no_amount():
    assert [a.value for a in find_amounts("合同金额￥2,1 500.00元")] == []
    assert [a.value for a in find_amounts("合同金额￥2,100,500.00元")] == [Decimal("2100500.00")]


def test_a_figure_followed_by_its_uppercase_form_is_money_and_a_count_is_not():
    assert [a.value for a in find_amounts("合同总价（含税） 5,470,000.00伍佰肆拾柒万元整")] == \
        [Decimal("5470000.00"), Decimal("5470000")]
    assert find_amounts("共1,200家企业") == []


def test_thousands_commas_read_as_points_are_read_as_thousands_and_said_so():
    from pipeline.parsing.amounts import POINTS_READ_AS_COMMAS
    for text in ("成交金额为人民币3.405.000.00元", "人民币3.405,000.00元", "人民币3，405.000.00元"):
        found = find_amounts(text)
        assert [(str(a.value), a.repair) for a in found] == [("3405000.00", POINTS_READ_AS_COMMAS)], text
    assert [str(a.value) for a in find_amounts("¥3,405.50")] == ["3405.50"]
    # a point before three digits and no more is a cut thousands group, not a fraction of a yuan
    assert find_amounts("成交金额为人民币3.405") == []
    assert [str(a.value) for a in find_amounts("单价 0.125元")] == ["0.125"]
    assert find_amounts("日期 2023.06.30") == []


def test_a_figure_broken_by_ocr_or_by_a_line_wrap_is_no_amount():
    # two separators in a row: the reading broke inside the figure, its head is not the amount
    assert [a.value for a in find_amounts("总价为人民币7,.415.xnn nn元")] == []
    # prose wrapped a figure: the tail on the next line alone is not the amount
    assert find_amounts("合同金额52\n1.40万元，工期三个月") == []
    # a figure opening a line after a label line is whole
    assert [a.value for a in find_amounts("合同金额\n1.40万元")] == [Decimal("14000.00")]
