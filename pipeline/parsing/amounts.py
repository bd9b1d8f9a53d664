"""Money amounts as Decimal yuan: 大写 (financial uppercase), numerals, 万元 and ¥ forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"
# The characters a 大写 figure is written in, simplified and traditional, one set for every
# reader that must recognise a 大写 run (wrapped cells, wrapped lines, the amount parser).
UPPER_NUMERALS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
UPPER_MAGNITUDES = "零万萬亿億"
UPPER_CURRENCY = "元圆圓角分整正"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _format_group(n: int) -> str:
    """0 < n < 10000 in 大写, with inner zeros collapsed (壹仟零伍)."""
    out, zero = [], False
    for i in range(3, -1, -1):
        d = (n // 10 ** i) % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(UPPER_DIGITS[d] + _SMALL_UNITS[i])
    return "".join(out)


def format_uppercase(amount: Decimal, prefix: str = "人民币") -> str:
    """Decimal yuan -> 大写 as written on contracts: 人民币贰仟伍佰万元整."""
    cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if cents < 0:
        raise ValueError("negative amount")
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    parts: list[str] = []
    groups = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or g < 1000):
            parts.append("零")
        parts.append(_format_group(g) + _BIG_UNITS[idx])
        need_zero = False
    text = "".join(parts)
    if text:
        text += "元"
    if jiao == 0 and fen == 0:
        return prefix + (text or "零元") + "整"
    if jiao:
        text += UPPER_DIGITS[jiao] + "角"
    elif text:
        text += "零"
    if fen:
        text += UPPER_DIGITS[fen] + "分"
    return prefix + text


# ---- parsing ---------------------------------------------------------------------------


class AmountParseError(ValueError):
    """The text is not a Chinese numeral or 大写 amount we can read without guessing."""


# Traditional and variant forms that mean exactly the same digit or unit. 园 (garden) is
# taken for 圆 here because inside a string already known to be an amount it can only be the
# yuan marker and does not change the value; find_amounts is stricter (园区 is a park).
# Look-alikes that would change the value if misread (伯 for 佰, 染 for 柒, 兀 for 元)
# are NOT mapped: the numeric amount printed next to the 大写 catches those instead.
_VARIANTS = str.maketrans({
    "貳": "贰", "弍": "贰", "參": "叁", "参": "叁", "陸": "陆", "萬": "万", "億": "亿",
    "圓": "圆", "园": "圆", "兩": "两", "〇": "零", "○": "零",
    "廿": "二十", "卅": "三十",
})
_DIGITS = {
    "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_UPPER_ONLY = set("壹贰叁肆伍陆柒捌玖")  # a 大写 digit: its writer followed the financial rules
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10 ** 4, "亿": 10 ** 8}
_YUAN = "元圆"
_PREFIX = re.compile(r"^(?:人民币)?(?:[（(]?大写[)）]?)?[:：]?")
_TAIL = re.compile(
    r"^(?P<zero>零)?(?:(?P<jiao>[零一二三四五六七八九壹贰叁肆伍陆柒捌玖两])角)?"
    r"(?:零?(?P<fen>[零一二三四五六七八九壹贰叁肆伍陆柒捌玖两])分)?"
    r"[整正]?$"
)


def _fail(text: str, why: str) -> AmountParseError:
    return AmountParseError(f"{why}: {text!r}")


def _tokenize(s: str) -> list[tuple[str, int, str]]:
    """(kind, value, char) with kind digit|small|big; 万亿 read as one unit (format_uppercase)."""
    out: list[tuple[str, int, str]] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "万" and s[i + 1:i + 2] == "亿":
            out.append(("big", 10 ** 12, "万亿"))
            i += 2
            continue
        if ch in _DIGITS:
            out.append(("digit", _DIGITS[ch], ch))
        elif ch in _SMALL:
            out.append(("small", _SMALL[ch], ch))
        elif ch in _BIG:
            out.append(("big", _BIG[ch], ch))
        else:
            raise ValueError(ch)
        i += 1
    return out


def _parse_integer(s: str, original: str, *, allow_elision: bool) -> int:
    """Chinese integer (十一, 一百零五, 壹亿零伍佰万, 一千一百一十一万一千一百一十一亿...).

    Strict about what makes a value ambiguous: adjacent digits (一一: a dropped unit), a unit
    with no digit other than 十 (百十一, 零百), units out of order (十一十二), a digit
    directly after a 百/千 before a bigger unit (一千二万: 1002万 or 1200万?). The colloquial
    elided last unit (一百二 = 120, 三万五 = 35000) only when `allow_elision` and the digit is
    not 大写: the financial rules require every unit, so in 大写 it means a dropped one.
    """
    try:
        tokens = _tokenize(s)
    except ValueError as exc:
        raise _fail(original, f"unexpected character {exc.args[0]!r}") from None
    if not tokens:
        raise _fail(original, "no digits")
    if len(tokens) == 1 and tokens[0][0] == "digit":
        return tokens[0][1]
    if tokens[0] == ("digit", 0, "零"):
        raise _fail(original, "leading 零")
    stack: list[tuple[int, int]] = []   # (value, unit) of closed 万/亿/万亿 segments
    section = 0          # value below the current big unit
    last_small = 10 ** 4  # small units in a section must strictly decrease
    pending: tuple[int, str] | None = None   # digit waiting for its unit
    prev = "start"       # kind of the token before the pending digit: start|zero|ten|small|big
    last_unit = 1        # the unit just before the pending digit, for an elided unit
    zero = False

    def flush(at: str) -> None:
        nonlocal section, pending
        if pending is None:
            return
        value, ch = pending
        pending = None
        if prev in ("start", "zero", "ten") or (prev == "big" and at == "big"):
            section += value
        elif at == "end" and allow_elision and ch not in _UPPER_ONLY:
            section += value * (last_unit // 10)
        else:
            raise _fail(original, "digit after a unit with no 零 (ambiguous)")

    for kind, value, ch in tokens:
        if kind == "digit" and value == 0:
            if pending is not None:
                raise _fail(original, "零 after a digit")
            zero = True
            continue
        if kind == "digit":
            if pending is not None:
                raise _fail(original, "two digits with no unit between")
            pending = (value, ch)
            if zero:
                prev = "zero"
                zero = False
            continue
        if kind == "small":
            if value >= last_small:
                raise _fail(original, "units out of order")
            if pending is None:
                if value != 10:
                    raise _fail(original, f"{ch} without a digit")
                digit = 1   # 十一, 一千零十
            else:
                digit = pending[0]
                pending = None
            section += digit * value
            last_small = value
            last_unit = value
            prev = "ten" if value == 10 else "small"
            zero = False
            continue
        # big unit
        flush("big")
        seg = section
        while stack and stack[-1][1] < value:
            seg += stack.pop()[0]
        if seg == 0:
            raise _fail(original, f"{ch} without a number before it")
        if stack and stack[-1][1] <= value:
            raise _fail(original, "units out of order")
        stack.append((seg * value, value))
        section, last_small, last_unit, prev, zero = 0, 10 ** 4, value, "big", False
    if zero:
        raise _fail(original, "trailing 零")
    flush("end")
    return section + sum(v for v, _ in stack)


def _parse_digits(s: str, original: str) -> str:
    try:
        return "".join(str(_DIGITS[ch]) for ch in s)
    except KeyError:
        raise _fail(original, "not a digit after 点") from None


def parse_uppercase(text: str) -> Decimal:
    """Chinese amount or numeral -> Decimal (人民币贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整 -> 23456789).

    Accepts 大写 and ordinary numerals, 元/圆 with 角/分 and 整/正, 点 decimals and a
    leading 负. Raises AmountParseError for anything it would have to guess at.
    """
    s = "".join(text.split()).translate(_VARIANTS)
    s = _PREFIX.sub("", s, count=1)
    sign = 1
    if s.startswith("负"):
        sign, s = -1, s[1:]
    if not s:
        raise _fail(text, "empty")
    yuan_at = next((i for i, ch in enumerate(s) if ch in _YUAN), -1)
    if yuan_at >= 0 or "角" in s or "分" in s:
        head, tail = (s[:yuan_at], s[yuan_at + 1:]) if yuan_at >= 0 else ("", s)
        if yuan_at >= 0 and not head:
            raise _fail(text, "元 without a number")
        m = _TAIL.match(tail)
        if not m or ((yuan_at < 0 or m.group("zero")) and not (m.group("jiao") or m.group("fen"))):
            raise _fail(text, "malformed 角/分 part")
        whole = _parse_integer(head, text, allow_elision=False) if head else 0
        jiao = _DIGITS[m.group("jiao")] if m.group("jiao") else 0
        fen = _DIGITS[m.group("fen")] if m.group("fen") else 0
        return sign * (Decimal(whole) + Decimal(jiao) / 10 + Decimal(fen) / 100)
    if "点" in s:
        head, _, frac = s.partition("点")
        if not head or not frac:
            raise _fail(text, "点 needs digits on both sides")
        whole = _parse_integer(head, text, allow_elision=False)
        return sign * Decimal(f"{whole}.{_parse_digits(frac, text)}")
    return sign * Decimal(_parse_integer(s, text, allow_elision=True))


# ---- numeric forms and free text -------------------------------------------------------

# Full-width digits and separators -> ASCII, one character for one so offsets still hold.
# "，" stays: it is the sentence comma as often as a thousands separator, so the patterns
# name it where it may separate digits.
_HALF_WIDTH = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "．": ".", "－": "-", "／": "/", "：": ":", "％": "%",
})
_SP = r"[ \t]?"  # OCR leaves at most one space around a separator: 25, 000, 000. 00
_NUM = (
    rf"(?:[1-9]\d{{0,2}}(?:{_SP}[,，]{_SP}\d{{3}})+|0|[1-9]\d*)"
    rf"(?P<frac>{_SP}\.{_SP}\d+)?"
)
_CURRENCY = r"(?:[¥￥]|(?<![A-Za-z])(?:RMB|CNY)|人民币)"
# Each optional piece eats the blanks after it, so a run of blanks has one way to be read:
# adjacent [ \t]* would make the engine try every split (catastrophic on long blank runs).
_PRE = rf"{_CURRENCY}[ \t]*(?:[（(]小写[)）][ \t]*)?(?::[ \t]*)?(?:[¥￥][ \t]*)?"
# A bare 万/亿 is money only when no other word follows (6500万年, 100万美元, 300万人 are not).
_SCALE_END = r"(?:(?![\u3400-\u9fff])|(?=以|左右|至|到|整|及|和|或|的|人民币))"
_UNIT = rf"(?:万元|亿元|元整?|万{_SCALE_END}|亿{_SCALE_END})"
_NUMERIC = re.compile(
    rf"(?P<pre>{_PRE})?"
    r"(?(pre)|(?<![0-9A-Za-z.,_])(?<![0-9A-Za-z][-/，]))"   # not inside codes, dates, versions
    rf"(?P<num>{_NUM})"
    # a comma and digits after a number without decimals would be its next group
    r"(?(frac)|(?![ \t]?[,，][ \t]?[0-9]))"
    r"(?![0-9A-Za-z]|[ \t]?\.[ \t]?[0-9]|[-/:][0-9]|[ \t]*[%‰])"
    # two separators in a row (6,.532.snn): OCR broke the figure; its head alone is no amount
    r"(?(frac)|(?![,，.][ \t]?[,，.]))"
    rf"(?:[ \t]*(?P<unit>{_UNIT}))?"
)
_WHOLE_NUMERIC = re.compile(
    rf"(?P<pre>{_PRE})?(?P<num>{_NUM})[ \t]*(?P<unit>万元|亿元|元整?|万|亿)?"
)
_SCALE = {"万": Decimal(10 ** 4), "亿": Decimal(10 ** 8)}
_CJK = re.compile(r"[\u3400-\u9fff]")
# the 大写 form of the same figure written right after it (5,470,000.00伍佰肆拾柒万元整)
_UPPER_START = re.compile(r"(?:人民币)?[零壹贰叁肆伍陆柒捌玖][拾佰仟万亿]")
_CHINESE_NUMERAL = re.compile(r"[零〇○一二两兩三四五六七八九十百千万亿壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟萬億廿卅]")


def _number(raw: str) -> Decimal:
    return Decimal(re.sub(r"[ \t,，]", "", raw))


def _scaled(num: Decimal, unit: str | None) -> tuple[Decimal, str | None]:
    """Value in yuan and the form ("wan" for 万/亿 scaled, "yuan" for 元) of a numeric match."""
    if unit and unit[0] in _SCALE:
        return num * _SCALE[unit[0]], "wan"
    return num, ("yuan" if unit else None)


def parse_amount(text: str) -> Decimal | None:
    """One written amount in any form -> yuan (¥25,000,000.00, 2345.68万元, 人民币贰仟伍佰万元整).

    None for anything else, including negative amounts: a leading '-' in evidence is a range
    dash (2000-2500万) far more often than a sign.
    """
    s = text.translate(_HALF_WIDTH).strip()
    if not s:
        return None
    m = _WHOLE_NUMERIC.fullmatch(s)
    if m:
        try:
            value, _ = _scaled(_number(m.group("num")), m.group("unit"))
        except InvalidOperation:
            return None
        return value
    if not _CHINESE_NUMERAL.search(s):
        return None
    try:
        value = parse_uppercase(s)
    except AmountParseError:
        return None
    return value if value >= 0 else None


@dataclass(frozen=True)
class AmountMatch:
    start: int
    end: int
    raw: str
    value: Decimal
    form: str  # "uppercase" | "yuan" | "wan" | "bare"
    repair: str | None = None   # how the figure as printed was read, when it was not as written


_UPPER_CORE = UPPER_NUMERALS
_UPPER_SET = UPPER_NUMERALS + UPPER_MAGNITUDES + "〇" + UPPER_CURRENCY
_UPPER_CHAR = rf"(?:[{_UPPER_SET}]|园(?![区林艺地]))"   # 园区 is an industrial park
_UPPER_RUN = re.compile(
    r"(?P<ctx>(?:人民币[ \t]*)?(?:[（(]?大写[)）]?[ \t]*)?(?:[:：][ \t]*)?)"
    rf"(?P<run>{_UPPER_CHAR}(?:[ \t]?{_UPPER_CHAR})*)"
)
_MAX_UPPER_RUN = 80   # the longest 大写 amount format_uppercase writes is about 45 characters
_UPPER_ENDS = set("元圆圓园角分整正")
_END_KIND = {"元": "元", "圆": "元", "圓": "元", "园": "元", "角": "角", "分": "分",
             "整": "整", "正": "整"}


def _upper_matches(text: str) -> list[AmountMatch]:
    out: list[AmountMatch] = []
    for m in _UPPER_RUN.finditer(text):
        run_start, run = m.start("run"), m.group("run")
        if len(run) > _MAX_UPPER_RUN:
            continue
        ctx = m.group("ctx")
        has_ctx = "人民币" in ctx or "大写" in ctx
        pos = 0
        while pos < len(run):
            while pos < len(run) and (run[pos] in "元圆圓园角分整正 \t" or (
                    run[pos] == "零" and run[pos + 1:pos + 2] not in tuple("元圆圓园"))):
                pos += 1   # an amount never starts with these; 零元整 is the one exception
            found = _longest_upper(run, pos, has_ctx=has_ctx)
            if not found:
                break
            end, value = found
            start = m.start() if pos == 0 and has_ctx else run_start + pos
            out.append(AmountMatch(start, run_start + end, text[start:run_start + end],
                                   value, "uppercase"))
            pos, has_ctx = end, False
    return out


def _longest_upper(run: str, pos: int, *, has_ctx: bool) -> tuple[int, Decimal] | None:
    """The longest prefix of run[pos:] that is a 大写 amount, cut only where amounts end."""
    # an amount has at most one 元, 角, 分 and 整: stop before any repeats, which keeps the
    # number of cuts tried small however long the run
    limit, seen = len(run), set()
    for i in range(pos, len(run)):
        kind = _END_KIND.get(run[i])
        if kind in seen:
            limit = i
            break
        if kind:
            seen.add(kind)
    cuts = [i + 1 for i in range(limit - 1, pos - 1, -1)
            if i == limit - 1 or run[i] in _UPPER_ENDS]
    for end in cuts:
        piece = run[pos:end]
        if not any(ch in _UPPER_CORE for ch in piece) and not piece.startswith(("零元", "零圆")):
            continue
        if not (has_ctx or any(ch in "元圆圓园整正" for ch in piece)):
            continue
        try:
            value = parse_uppercase(piece)
        except AmountParseError:
            continue
        if value >= 0:
            return end, value
    return None


# a comma-grouped number and one space right before a figure: the two are one figure OCR split
# (¥2,1 500.00); or a line that ended in digits run on from a word right before a figure that
# opens the next line: prose wrapped one figure (合同金额38⏎3.83万元 is 383.83万元). ($ also
# matches before the line break, so ¥2,9⏎86,750.00, cut inside a thousands group, is the first
# kind.) This joins nothing: a figure cut by a line end is joined once, in
# extract.normalize._cuts_figure, where it can be. What reaches here still cut (normalisation
# joins prose only after the words that announce a figure, 为/计/额…, and with its unit:
# 人民币52⏎1.40万元 stays apart; a region the second engine re-read is not normalised) has its
# tail refused rather than read as the amount.
_BROKEN_FIGURE_BEFORE = re.compile(r"\d,\d{1,3}[ \t]?$|[^\s\d,.，]\d+[ \t]*\n[ \t]*$")


# OCR reads a figure's thousands commas as points (2.207.000.00, 6，100.000.00): groups of three
# digits and two after the last point. No figure has two decimal points, so the last one is the
# decimal point and the others separate thousands (same length: offsets stay).
_POINTS_AS_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,，]\d{3})*\.\d{3}(?:[.,，]\d{3})*\.\d{2}(?![\d.])")
POINTS_READ_AS_COMMAS = "千分位逗号被识别为句点，按千分位读取"
# a point before three digits and no more (人民币2.207): a thousands group, cut or misread, not
# a decimal fraction (money has two decimals)
_THREE_DECIMALS = re.compile(r"^[1-9]\d{0,2}\.\d{3}$")


# OCR drops one thousands comma of a grouped figure (1,800000.00, 12,345678.00): a run of six
# digits where the grouping expects three. The digits are all there; read them without the commas
# (the figure is moved left and padded after, so it keeps its length and offsets).
_LOST_GROUP_COMMA = re.compile(r"(?<![\d.,，])[1-9]\d{0,2}(?:[,，]\d{3})*[,，]\d{6}(?:[,，]\d{3})*\.\d{2}(?![\d.])")
LOST_COMMA_READ = "千分位逗号漏识别，按数字读取"


def _without_commas(m: re.Match[str]) -> str:
    figure = m.group(0)
    bare = re.sub(r"[,，]", "", figure)
    return bare + " " * (len(figure) - len(bare))


def _points_as_commas(m: re.Match[str]) -> str:
    figure = m.group(0)
    return figure[:-3].replace(".", ",") + figure[-3:]


def _numeric_matches(text: str) -> list[AmountMatch]:
    norm = text.translate(_HALF_WIDTH)
    repaired = [(m.start(), m.end()) for m in _POINTS_AS_GROUPS.finditer(norm)]
    norm = _POINTS_AS_GROUPS.sub(_points_as_commas, norm)
    regrouped = [(m.start(), m.end()) for m in _LOST_GROUP_COMMA.finditer(norm)]
    norm = _LOST_GROUP_COMMA.sub(_without_commas, norm)
    out: list[AmountMatch] = []
    for m in _NUMERIC.finditer(norm):
        raw_num, unit = m.group("num"), m.group("unit")
        if _THREE_DECIMALS.match(raw_num.replace(" ", "").replace("\t", "")):
            continue
        if _BROKEN_FIGURE_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
            continue   # ¥2,1 500.00: OCR broke one figure; its tail alone is no amount
        try:
            value, form = _scaled(_number(raw_num), unit)
        except InvalidOperation:
            continue
        if form is None and m.group("pre"):
            form = "yuan"
        if form is None:
            if not _is_bare_amount(raw_num) or (_CJK.match(norm, m.end()) and not _UPPER_START.match(norm, m.end())
                                                and not _money_run_into_words(raw_num, norm, m.end())):
                continue   # 1,200家 or 3.50米 is a count or a measure, not money (5,470,000.00伍佰… is)
            form = "bare"
        end = m.end()
        if unit and unit.startswith("元") and not unit.endswith("整"):
            cents = _JIAO_FEN.match(norm, end)
            if cents and cents.group(0).strip():
                # 123元1角1分: the 角 and 分 belong to the amount (123 alone would be wrong)
                value += Decimal(int(cents.group("jiao") or 0)) / 10 + Decimal(int(cents.group("fen") or 0)) / 100
                end = cents.end()
        repair = POINTS_READ_AS_COMMAS if any(s < m.end() and m.start() < e for s, e in repaired) else None
        for s, e in regrouped:
            if s < m.end() and m.start() < e:
                repair, end = LOST_COMMA_READ, max(end, e)
        out.append(AmountMatch(m.start(), end, text[m.start():end], value, form, repair))
    return out


_JIAO_FEN = re.compile(r"[ \t]*(?:(?P<jiao>\d)[ \t]*角)?(?:[ \t]*(?P<fen>\d)[ \t]*分)?")
# an amount in ordinary (not 大写) numerals is money only where prose says so: 人民币五万元
_LOWER_AMOUNT = re.compile(
    r"(?:人民币|金额为?|价款为?|总价为?|计)[ \t]*(?P<num>[零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿点]*)"
    r"[ \t]*(?:元|圆)(?P<tail>整)?")


def _lower_matches(text: str) -> list[AmountMatch]:
    out = []
    for m in _LOWER_AMOUNT.finditer(text):
        raw = text[m.start("num"):m.end()]
        value = parse_amount(raw)
        if value is not None and value > 0:
            out.append(AmountMatch(m.start("num"), m.end(), raw, value, "uppercase"))
    return out


# what a figure counts or measures when a word follows it: 1,250.00吨 is a weight, not money
_MEASURE_AFTER = re.compile(r"[米吨件台套个只张份人家户次天日月年小时分秒克斤升度项条箱批平方立千公万亿%％]")


def _money_run_into_words(raw: str, text: str, end: int) -> bool:
    """A figure written with thousands groups and two decimals (4,368,000.00) is money-shaped even
    where OCR ran the next cell's words into it (4,368,000.00增加…): only a unit of measure or a
    count after it makes it something else."""
    compact = raw.replace(" ", "").replace("\t", "")
    if not re.fullmatch(r"\d{1,3}(?:[,，]\d{3})+\.\d{2}", compact):
        return False
    return not _MEASURE_AFTER.match(text, end)


def _is_bare_amount(raw: str) -> bool:
    """Grouped digits or exactly two decimals; OCR-spaced numbers need both to be trusted.

    2023.10 with no unit is a year and month (项目周期 2023.10-2024.03), not 2023.10 yuan.
    """
    grouped = "," in raw or "，" in raw
    whole, dot, frac = raw.replace(" ", "").replace("\t", "").partition(".")
    two_decimals = bool(dot) and len(frac) == 2
    if two_decimals and not grouped and 1990 <= int(whole) <= 2100 and 1 <= int(frac) <= 12:
        return False
    if any(ch in raw for ch in " \t"):
        return grouped and two_decimals
    return grouped or two_decimals


# 进账单 and cheque grids write the figure one digit per cell under 亿千百十万千百十元角分:
# "¥ 4 7 5 0 0 0 0 0" is 475,000.00 (the last two cells are 角 and 分)
_DIGIT_GRID = re.compile(r"[¥￥][ \t\u3000]*(?P<cells>\d(?:[ \t\u3000]+\d){3,11})(?![ \t\u3000]*[\d,.])")


def _digit_grid_matches(text: str) -> list[AmountMatch]:
    out = []
    for m in _DIGIT_GRID.finditer(text.translate(_HALF_WIDTH)):
        digits = re.sub(r"\D", "", m.group("cells"))
        value = Decimal(int(digits)).scaleb(-2).quantize(Decimal("0.01"))
        out.append(AmountMatch(m.start(), m.end(), text[m.start():m.end()], value, "yuan"))
    return out


# A money figure has two decimals at most: a currency sign before a figure whose last point or
# comma has five digits after it (¥1302.00000, ¥1.680.00000) is 1,302,000.00 with its decimal
# point unread and a separator read as a point; the five digits are a thousands group and the
# fen. (A figure with a point the OCR kept is read as written.)
_POINT_UNREAD = re.compile(rf"{_CURRENCY}[ \t]*(?P<num>[1-9]\d*(?:[.,，]\d{{3}})*[.,，]\d{{5}})(?![\d.,，])")
POINT_UNREAD = "小数点未识别，末段五位数字按千分位三位与角分两位读取"


def _point_unread_matches(text: str) -> list[AmountMatch]:
    out = []
    for m in _POINT_UNREAD.finditer(text.translate(_HALF_WIDTH)):
        digits = re.sub(r"\D", "", m.group("num"))
        value = Decimal(int(digits)).scaleb(-2).quantize(Decimal("0.01"))
        out.append(AmountMatch(m.start(), m.end(), text[m.start():m.end()], value, "yuan", POINT_UNREAD))
    return out


# A transaction detail shows the sum moved as a signed figure on a line of its own (+45,600.00
# in, -45,600.00 out); a balance or a fee is never signed so.
_SIGNED_FIGURE_LINE = re.compile(
    r"^[ \t]*(?P<sign>[+\-＋－−])[ \t]*(?:(?:[¥￥]|RMB|CNY)[ \t]*)?(?P<figure>\d{1,3}(?:[,，]\d{3})*\.\d{2})"
    r"[ \t]*(?:元|CNY|RMB)?[ \t]*$", re.M)


def signed_figure_lines(text: str) -> list[tuple[str, AmountMatch]]:
    """Each positive signed figure alone on its line: ("+" or "-", the figure as an amount)."""
    out = []
    for m in _SIGNED_FIGURE_LINE.finditer(text):
        value = Decimal(m.group("figure").replace(",", "").replace("，", ""))
        if value > 0:
            sign = "+" if m.group("sign") in "+＋" else "-"
            out.append((sign, AmountMatch(m.start("figure"), m.end("figure"), m.group("figure"), value, "bare")))
    return out


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount in free text, in order and non-overlapping (大写 wins a tie at a position;
    a digit grid beats the single digit a plain reading would take from its first cell)."""
    grids = _digit_grid_matches(text) + _point_unread_matches(text)
    numerics = [a for a in _numeric_matches(text)
                if not any(g.start <= a.start < g.end for g in grids)]
    uppers = _upper_matches(text)
    lowers = [a for a in _lower_matches(text) if not any(u.start <= a.start < u.end for u in uppers)]
    candidates = sorted(uppers + lowers + numerics + grids,
                        key=lambda a: (a.start, a.form != "uppercase", -a.end))
    out: list[AmountMatch] = []
    for a in candidates:
        if not out or a.start >= out[-1].end:
            out.append(a)
    return out


# ---- figures written one digit per cell under a magnitude header (亿 千 百 十 万 千 百 十 元 角 分) ----
# Bank forms (进账单, 电汇凭证, 汇票, 支票, 委托收款) print the 小写 amount one digit per cell, under
# a row of place names. A text layer or OCR gives the cells either on their own line under the
# header (¥ 8 4 2 7 0 0 0 0 0, right-aligned to 分) or interleaved with it, each place before its
# digit (百8 十4 万2 千7 百0 十0 元0 角0 分0). Either is rewritten, in place and at the same length,
# as one figure (¥8427000.00) so that the amount readers see the 小写 the form states.
_PLACES = "亿千百十万千百十元角分"
_PLACE_HEADER = re.compile(r"(?<![\u4e00-\u9fff])(?:[亿千百十万元角分][ \t]*){6,}$", re.M)
_CELL_DIGITS = re.compile(r"(?P<yen>[¥￥][ \t]*)?(?P<cells>\d(?:[ \t]+\d){2,10})(?![\d.,])")
_INTERLEAVED = re.compile(r"(?:[¥￥][ \t]*)?(?:[亿千百十万元角分][ \t]*[¥￥]?[ \t]*\d[ \t]*){3,11}")
_PAIR = re.compile(r"([亿千百十万元角分])[ \t]*[¥￥]?[ \t]*(\d)")


def _figure(digits: str, last_place: str) -> str | None:
    """The figure the digits state when the last one stands in `last_place` (分, 角 or 元)."""
    shift = {"分": 0, "角": 1, "元": 2}.get(last_place)
    if shift is None or not digits:
        return None
    cents = int(digits) * 10 ** shift
    return f"¥{cents // 100}.{cents % 100:02d}"


def _in_place(text: str, start: int, end: int, figure: str) -> str:
    width = end - start
    return text if len(figure) > width else text[:start] + figure.ljust(width) + text[end:]


def collapse_digit_cells(text: str) -> str:
    """The text with each cell-per-digit amount written as one figure, offsets kept (see above)."""
    for m in list(_INTERLEAVED.finditer(text)):
        pairs = _PAIR.findall(m.group(0))
        places = "".join(p for p, _ in pairs)
        # the places must run as on the form's header, ending at 分, 角 or 元
        if len(pairs) < 3 or places not in _PLACES:
            continue
        figure = _figure("".join(d for _, d in pairs).lstrip("0") or "0", places[-1])
        if figure:
            text = _in_place(text, m.start(), m.end(), figure)
    for header in list(_PLACE_HEADER.finditer(text)):
        places = re.sub(r"[ \t]", "", header.group(0))
        if places not in _PLACES:
            continue
        line_end = text.find("\n", header.end() + 1)
        line = (header.end() + 1, len(text) if line_end < 0 else line_end)
        cells = _CELL_DIGITS.search(text, *line)
        if cells is None:
            continue
        digits = re.sub(r"[ \t]", "", cells.group("cells"))
        if len(digits) > len(places):
            continue
        figure = _figure(digits.lstrip("0") or "0", places[-1])
        if figure:
            text = _in_place(text, cells.start(), cells.end(), figure)
    return text
