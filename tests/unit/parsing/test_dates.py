"""Dates in evidence text."""

from __future__ import annotations

from datetime import date

import pytest

from helpers.external_vectors import params
from pipeline.parsing.dates import DateMatch, find_dates, parse_date

OCT12 = date(2023, 10, 12)


@pytest.mark.parametrize("text, expected", [
    ("2023年10月12日", OCT12),
    ("2023年10月12号", OCT12),
    ("2023 年 10 月 12 日", OCT12),
    ("  2023年1月5日 ", date(2023, 1, 5)),
    ("2023-10-12", OCT12),
    ("2023.10.12", OCT12),
    ("2023/10/12", OCT12),
    ("2023-1-5", date(2023, 1, 5)),
    ("2023 - 10 - 12", OCT12),
    ("２０２３年１０月１２日", OCT12),
    ("２０２３－１０－１２", OCT12),
    ("二〇二三年十月十二日", OCT12),
    ("二零二三年十月十二日", OCT12),
    ("二○二三年十月十二日", OCT12),
    ("二O二三年十月十二日", OCT12),
    ("二〇二三年十月二十三日", date(2023, 10, 23)),
    ("二〇二三年十二月三十一日", date(2023, 12, 31)),
    ("二〇二三年一月五日", date(2023, 1, 5)),
    ("二〇二三年十月廿三日", date(2023, 10, 23)),
    ("贰零贰叁年零壹拾月壹拾贰日", OCT12),       # cheque style
    ("1990-01-01", date(1990, 1, 1)),
    ("2100-12-31", date(2100, 12, 31)),
    ("2024-02-29", date(2024, 2, 29)),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "", "2023-02-30", "2023-13-01", "2023-00-10", "2023-10-00", "2023-10-32", "1989-12-31",
    "2101-01-01", "2023-10/12", "2023年10月", "20231012", "2023-10-12-1", "HT2023-10-12",
    "二〇二三年十月三十二日", "二〇二三年二月三十日", "二〇二三年十三月一日", "二〇二三年一二月五日",
    "签订于2023年10月12日",   # parse_date wants the whole string
    "2023年10月12日签订",
])
def test_parse_date_none(text):
    assert parse_date(text) is None


def test_find_dates():
    text = "本合同于2023年10月12日签订，验收日期 2023.12.1；付款：二〇二四年一月五日。"
    found = find_dates(text)
    assert [(m.raw, m.value) for m in found] == [
        ("2023年10月12日", OCT12),
        ("2023.12.1", date(2023, 12, 1)),
        ("二〇二四年一月五日", date(2024, 1, 5)),
    ]
    assert all(isinstance(m, DateMatch) and text[m.start:m.end] == m.raw for m in found)


@pytest.mark.parametrize("text", [
    "合同编号：HT-2023-10-12",
    "编号TJ2023-10-12",
    "信用代码912023-10-1234",
    "12023-10-12",
    "2023-10-123",
    "2023.10.12.5",
    "日期：2023-02-30",
    "1880年1月1日",
    "2023年10月",
    "电话 022-2345-6789",
])
def test_find_dates_ignores(text):
    assert find_dates(text) == []


def test_find_dates_full_width_offsets():
    text = "签订日期：２０２３年１０月１２日"
    (m,) = find_dates(text)
    assert m.raw == "２０２３年１０月１２日" and m.value == OCT12


# cn2an's sentences that carry dates (the others must yield none)
CN2AN_DATES = {
    "小王的生日是2001年3月4日": [date(2001, 3, 4)],
    "小王的生日是二零零一年三月四日": [date(2001, 3, 4)],
    "小王的生日是2012年12月12日": [date(2012, 12, 12)],
    "小王的生日是二零一二年十二月十二日": [date(2012, 12, 12)],
}


@pytest.mark.parametrize(
    "case", params("cn2an.json", lambda c: c["direction"].startswith("transform")))
def test_cn2an_sentences_dates(case):
    for sentence in (case["input"], case["expected"]):
        assert [m.value for m in find_dates(sentence)] == CN2AN_DATES.get(sentence, [])


def test_a_dotted_date_with_one_dot_read_as_a_comma_is_still_the_date():
    assert [d.value for d in find_dates("验收日期 2021.07,09 结论")] == [date(2021, 7, 9)]
    assert [d.value for d in find_dates("到货 2021,07.09")] == [date(2021, 7, 9)]
    assert [d.value for d in find_dates("金额 2,021.07 元")] == []
