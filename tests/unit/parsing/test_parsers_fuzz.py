"""Property tests: the parsers never raise on arbitrary text, and round-trip what we write."""

from __future__ import annotations

import os
import time
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.parsing.amounts import (
    AmountParseError,
    find_amounts,
    format_uppercase,
    parse_amount,
    parse_uppercase,
)
from pipeline.parsing.dates import find_dates, parse_date
from pipeline.parsing.locality import find_tianjin_district, is_tianjin_address
from pipeline.parsing.uscc import find_usccs

# JINZHENG_FUZZ_EXAMPLES=5000 for a longer hunt; the default keeps the suite fast
FAST = settings(max_examples=int(os.environ.get("JINZHENG_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

# Characters the parsers care about, so random text hits their edge cases often.
_INTERESTING = (
    "0123456789０１２３４５６７８９,，.．:：-－/／%％ \t\n¥￥RMBCNYOILSZ"
    "零〇○一二两三四五六七八九十百千万亿廿卅壹贰貳叁参肆伍陆柒捌玖拾佰仟萬億"
    "元圆圓园角分整正负点人民币大写小写（）()年月日号天津市河北区省滨海新区"
)
text = st.text(
    alphabet=st.one_of(
        st.sampled_from(_INTERESTING),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),   # CJK ideographs
        st.characters(min_codepoint=0x3000, max_codepoint=0x30FF),   # CJK punctuation, kana
        st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),   # full-width forms
        st.characters(),
    ),
    max_size=120,
)
cents = st.integers(min_value=0, max_value=10 ** 17 - 1)   # below 万亿亿: format_uppercase's range


@FAST
@given(text)
def test_amount_parsers_never_raise(s):
    assert parse_amount(s) is None or isinstance(parse_amount(s), Decimal)
    for m in find_amounts(s):
        assert s[m.start:m.end] == m.raw and m.form in ("uppercase", "yuan", "wan", "bare")
        assert isinstance(m.value, Decimal) and m.value >= 0
    try:
        assert isinstance(parse_uppercase(s), Decimal)
    except AmountParseError:
        pass


@FAST
@given(text)
def test_date_parsers_never_raise(s):
    value = parse_date(s)
    assert value is None or 1990 <= value.year <= 2100
    for m in find_dates(s):
        assert s[m.start:m.end] == m.raw


@FAST
@given(text)
def test_uscc_and_locality_never_raise(s):
    for m in find_usccs(s):
        assert len(m.code) == 18
    assert isinstance(is_tianjin_address(s), bool)
    find_tianjin_district(s)


@FAST
@given(cents)
def test_uppercase_round_trip(n):
    amount = Decimal(n) / 100
    written = format_uppercase(amount)
    assert parse_uppercase(written) == amount
    assert parse_amount(written) == amount


# Filler that cannot join an amount: no digits, 大写, units or currency words.
filler = st.text(alphabet=st.sampled_from("甲乙方合同总价款项目验收签订支付为于的，。；、：\n "),
                 max_size=20)


@FAST
@given(filler, cents, filler, st.sampled_from(["uppercase", "yuan", "wan", "bare"]))
def test_find_amounts_returns_embedded_amount(before, n, after, form):
    amount = Decimal(n) / 100
    if form == "uppercase":
        written = format_uppercase(amount)
    elif form == "yuan":
        written = f"¥{amount:,.2f}"
    elif form == "wan":
        written = f"{amount / 10000:f}万元"
    else:
        written = f"{amount:,.2f}"
    if form == "bare" and after[:1] not in ("", "，", "。", "；", "、", "：", "\n", " "):
        after = "。" + after   # a bare number followed by a word is deliberately not money
    found = find_amounts(before + written + after)
    assert [(m.raw, m.value, m.form) for m in found] == [(written, amount, form)]


def test_find_amounts_linear_on_hostile_input():
    """Long runs that invite backtracking finish quickly."""
    blanks = " " * 20000
    hostile = [
        "1," * 20000, "1" * 40000, "1, " * 15000 + "x", "壹" * 40000, "壹拾" * 20000 + "元",
        "人民币" * 10000, "¥" * 20000 + "1", "2023-" * 10000, "二〇" * 20000 + "年",
        "1 ." * 15000, "万元" * 20000, ("1,000." * 8000) + "%",
        # blank runs after optional prefixes (adjacent [ \t]* once made this exponential)
        "人民币" + blanks + "x", "¥" + blanks + "x", "人民币（大写）" + blanks + "：x",
        "RMB" + " \t" * 10000, "1" + blanks + "%", "2023" + blanks + "年", "人民币 大写 ： " * 5000,
        # 大写 runs with many possible cut points
        ("壹元" * 39 + "x") * 500, ("壹角" * 39 + "x") * 500, ("壹元零壹分整" * 13 + "x") * 500,
    ]
    for s in hostile:
        # this process's CPU time, not the wall clock: other jobs on a shared machine stretch the
        # wall clock, while catastrophic backtracking shows as CPU time whatever else runs
        started = time.process_time()
        find_amounts(s)
        find_dates(s)
        find_usccs(s)
        parse_amount(s)
        assert time.process_time() - started < 2.0, s[:20]
