"""One normalisation of page text before anything reads it (text layer and OCR alike).

- letter-spaced CJK labels and titles are joined (甲 方： → 甲方：, 付 款 证 明 → 付款证明);
- full-width Latin letters, digits and the ideographic space become their ASCII forms;
- an amount in 大写 or an organisation name wrapped over two lines is rejoined.

Every change keeps the map back to the page: each character of the new text comes from one
character of the old, so spans (and so boxes and confidences) follow. Nothing is invented: a
character is only removed (a space, a line break) or replaced by its own narrow form.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable

from pipeline.models import PageText, TextSpan
from pipeline.parsing.amounts import UPPER_CURRENCY, UPPER_MAGNITUDES, UPPER_NUMERALS
from pipeline.parsing.dates import continues_date

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACES = " \u00a0\u3000\t"
# a line made of single CJK characters separated by spaces, optionally ending in a colon:
# the token rule keeps cells of a grid apart ("天津甲公司 天津乙公司" stays two names)
_SINGLE = re.compile(rf"^[{_CJK}][：:）)]?$")
_LAST_OF_RUN = re.compile(rf"^[{_CJK}][：:]")      # 方：天津…, the label's last character and its value
_UPPER_DIGITS = UPPER_NUMERALS + UPPER_MAGNITUDES + UPPER_CURRENCY
_ENDS_IN_UPPER = re.compile(rf"[{_UPPER_DIGITS}]$")
_STARTS_IN_UPPER = re.compile(rf"^[{_UPPER_DIGITS}]{{2}}")
_ORG_TAIL = re.compile(r"^(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团|公司|分公司|研究院|研究所|"
                       r"支行|分行|银行|科技有限公司|技术有限公司)")
_ENDS_IN_NAME = re.compile(rf"[{_CJK}]{{2,}}$")
_NOT_NAME_END = re.compile(r"(?:公司|银行|支行|分行|研究院|研究所|中心|厂|[：:，,。；;）)])$")


def _fold_width(ch: str) -> str:
    code = ord(ch)
    if ch == "\u3000":
        return " "
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)   # Ａ → A, １ → 1 (punctuation keeps its width: ：（） are read as such)
    return ch


# letter-spacing puts about one character's width between characters; two columns of a grid
# (付 款 人 | 收 款 人 written vertically) stand many widths apart and must stay apart
MAX_LETTER_GAP = 2.5

Gap = Callable[[int, int], "float | None"]


def _margin_noise(lines: list[str], left_of: Callable[[int], float | None] | None) -> set[int]:
    """Offsets of specks a photo's edge gives OCR: one character standing alone at a line's start,
    left of where the page's lines start (铝 经查，贵单位…, 答 二四年…). The page's left margin
    is where most lines start; a character that starts a line there is text."""
    if left_of is None:
        return set()
    starts: list[tuple[int, float, bool]] = []          # (offset, x, lone character)
    offset = 0
    for line in lines:
        stripped = len(line) - len(line.lstrip(_SPACES))
        lone = _LONE_START.match(line[stripped:])
        x = left_of(offset + stripped) if line.strip() else None
        if x is not None:
            starts.append((offset + stripped, x, bool(lone)))
        offset += len(line) + 1
    texts = sorted(x for _o, x, lone in starts if not lone)
    if len(texts) < 4:
        return set()
    margin = texts[len(texts) // 4]                     # where a quarter of the text lines start
    out: set[int] = set()
    for at, x, lone in starts:
        if lone and x < margin - MARGIN_NOISE_GAP:
            out.add(at)
    return out


# one CJK character, then a space, then more text: a lone character at a line's start
_LONE_START = re.compile(rf"[{_CJK}][{_SPACES}]+(?=\S)")
MARGIN_NOISE_GAP = 0.02     # page widths left of the margin where a lone character is a speck


def normalize_text(text: str, gap: Gap | None = None, ocr: bool = False,
                   left_of: Callable[[int], float | None] | None = None) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset it came from.

    `gap(i, j)`, when given, is the distance between the characters at offsets i and j in
    character widths (None when unknown); spaced characters further apart are not joined.
    `ocr`: the text was read from an image, whose ruled borders OCR reads as | at line ends."""
    lines = text.split("\n")
    out: list[str] = []
    origin: list[int] = []
    offset = 0
    pending_join = False
    specks = _margin_noise(lines, left_of) if ocr else set()
    for li, line in enumerate(lines):
        line_gap = (lambda i, j, base=offset: gap(base + i, base + j)) if gap else None
        keep = _letter_spacing_kept(line, line_gap)
        if ocr:
            for k in _border_marks(line):
                keep[k] = False
            lone = _LONE_START.match(line, len(line) - len(line.lstrip(_SPACES)))
            if lone and offset + lone.start() in specks:
                for k in range(lone.start(), lone.end()):
                    keep[k] = False
        if li > 0:
            if not pending_join:
                out.append("\n")
                origin.append(offset - 1)
        for i, ch in enumerate(line):
            if keep[i]:
                out.append(_fold_width(_OCR_BRACKETS.get(ch, ch) if ocr else ch))
                origin.append(offset + i)
        offset += len(line) + 1
        nxt = lines[li + 1].lstrip(_SPACES) if li + 1 < len(lines) else ""
        if nxt and specks:
            lead = len(lines[li + 1]) - len(nxt)
            speck = _LONE_START.match(nxt)
            if speck and offset + lead in specks:      # offset is the next line's start here
                nxt = nxt[speck.end():]
        if ocr:
            nxt = _BORDER_START.sub("", nxt)
            line = _BORDER_END.sub("", line)
        pending_join = _wrapped(line.rstrip(_SPACES), nxt)
    return "".join(out), origin


# OCR reads a round bracket as an angle one (津巨〈天津)…, 金额〈元)); documents write 《》 for
# titles and almost never 〈〉, so on an image they are brackets
_OCR_BRACKETS = {"〈": "（", "〉": "）"}


_CJK_RUN = re.compile(rf"[{_CJK}]+")
# a table's or a frame's vertical rule, read by OCR as a bar at a line's start or end
_BORDER_START = re.compile(rf"^[|丨｜][{_SPACES}]*")
_BORDER_END = re.compile(rf"[{_SPACES}]*[|丨｜]$")


def _border_marks(line: str) -> list[int]:
    """Offsets of the bars (and the spaces beside them) that open or close an OCR'd line."""
    out: list[int] = []
    for pattern in (_BORDER_START, _BORDER_END):
        m = pattern.search(line)
        if m:
            out.extend(range(m.start(), m.end()))
    return out


def _letter_spacing_kept(line: str, gap: Gap | None = None) -> list[bool]:
    """Which characters stay: a space goes when the CJK word before it and the CJK word after
    it are one character each (甲 方（供 方）： → 甲方（供方）：, 付 款 证 明 → 付款证明), and
    the two characters stand close (a grid's columns do not)."""
    keep = [True] * len(line)
    for m in re.finditer(rf"[{_SPACES}]{{1,2}}", line):
        start, end = m.start(), m.end()
        if start == 0 or end >= len(line):
            continue
        runs_left = list(_CJK_RUN.finditer(line, 0, start))
        runs_right = _CJK_RUN.search(line, end)
        if not runs_left or runs_right is None:
            continue
        last, first = runs_left[-1], runs_right
        # the CJK words must touch the space (punctuation between is allowed: 方（供 方）)
        if not _only_punct(line[last.end():start]) or not _only_punct(line[end:first.start()]):
            continue
        if len(last.group(0)) == 1 and len(first.group(0)) == 1 and _close(gap, last.end() - 1, first.start()):
            for k in range(start, end):
                keep[k] = False
    return keep


def _only_punct(text: str) -> bool:
    return all(ch in "（()）：:" for ch in text)


def _close(gap: Gap | None, left: int, right: int) -> bool:
    if gap is None:
        return True
    distance = gap(left, right)
    return distance is None or distance <= MAX_LETTER_GAP


def _wrapped(line: str, following: str) -> bool:
    """A 大写 amount or an organisation name cut by the line end continues on the next line."""
    if not line or not following:
        return False
    if _ENDS_IN_UPPER.search(line) and _STARTS_IN_UPPER.match(following) and not line.endswith(("整", "正")):
        return True
    if _ENDS_IN_NAME.search(line) and not _NOT_NAME_END.search(line) and _ORG_TAIL.match(following):
        return True
    if _cuts_figure(line, following):
        return True
    rest = _DATE_PIECE.match(following)
    if rest and continues_date(line[-12:], rest.group(0)):
        return True     # 已于2023年6 | 月30日, 于二〇 | 二四年: prose wrapped inside a date
    if _CODE_START.search(line) and _CODE_REST.match(following):
        return True     # 支付TJZL-2024 | -018合同款: prose wrapped inside a contract number
    if _LABELLED_CODE_START.search(line) and _DIGITS_REST.match(following):
        return True     # （合同编号：XH-20 | 24-8725）: a labelled number cut inside its digits
    if _cuts_verdict(line, following):
        return True     # 验收合 | 格。, 结论：通 | 过: a verdict word cut by the line end
    return False


# the words an acceptance decides in; a line that ends inside one and a next line that opens
# with the rest of it, the word then ending (punctuation, a space or the line end), is one word
# (合 | 格率 is a rate: a verdict word may head a longer one)
_VERDICT_WORDS = ("验收合格", "验收通过", "通过验收", "同意验收", "不予通过", "不合格", "未通过", "不通过",
                  "合格", "通过")
# a handover certificate's decision (同意交工验 | 收，项目移交…): heads no longer word, so it is
# one phrase whatever follows it
_DECISION_PHRASES = ("同意交工验收", "同意竣工验收", "同意交付验收")


def _cuts_verdict(line: str, following: str) -> bool:
    for word in _VERDICT_WORDS + _DECISION_PHRASES:
        for cut in range(1, len(word)):
            if line.endswith(word[:cut]) and following.startswith(word[cut:]):
                after = following[len(word) - cut:len(word) - cut + 1]
                if word in _DECISION_PHRASES or not after or not ('\u4e00' <= after <= '\u9fff'):
                    return True
    return False


# the piece of a date a line opens with, up to its next unit (6 | 月30日 → 月, 二四 | 年 → 年)
_DATE_PIECE = re.compile(r"(?:\d{1,3}|[〇○零OoΟ一二三四五六七八九十]{1,3})?\s*(?:年|月|日)")
# a code cut at a hyphen: letters and digits with a hyphen before the line end, the next line
# opening with the hyphen (a list's dash is followed by a space)
_CODE_START = re.compile(r"[A-Za-z]{2,}[A-Za-z0-9]*(?:[-－][A-Za-z0-9]+)*$")
_CODE_REST = re.compile(r"[-－][A-Za-z0-9]")
# a number right after its label, cut at the line end inside a run of digits, and the next line
# opening with the rest (digits, then a hyphen or the number's end): only after a number's label,
# where a line that ends in digits cannot be a table's last cell
_LABELLED_CODE_START = re.compile(r"(?:编号|合同号|协议号|订单号|No\.?)\s*[:：]?\s*[A-Za-z]{1,8}[-－]?[A-Za-z0-9]*\d$")
_DIGITS_REST = re.compile(r"\d+(?:[-－][A-Za-z0-9]+)+(?=[）)，,。；;\s]|$)")


def _cuts_figure(line: str, following: str) -> bool:
    """A figure cut by the line end, its rest opening the next line. This is the one place a
    wrapped figure is joined; what it leaves apart, the readers after it do not join:
    parsing.amounts refuses the tail of a figure cut where this does not join (its head ran
    on from a word: 人民币52 | 1.40万元; or cut inside a thousands group: ¥2,9 | 86,750.00),
    and fields.amounts._wrapped_tail takes the 大写 form of a figure a grid cell wrapped with
    other cells between its head and its tail, which no join of two lines can mend."""
    if re.search(r"\d$", line) and re.match(r"(?:万元|亿元|元)", following):
        return True     # 274.00 | 万元(含税): a figure and its unit
    # cut at a thousands separator, the separator on either side of the cut
    if re.search(r"\d$", line) and _THOUSANDS_REST.match(following):
        return True     # ¥2,791 | ,600.00: a figure never opens with a thousands separator
    if _FIGURE_BEFORE_SEPARATOR.search(line) and _GROUPS_REST.match(following):
        return True     # 4, | 170,300.00元, ¥3,472, | 900.00: a figure never ends in a thousands separator
    if _PROSE_FIGURE_START.search(line) and _FIGURE_REST.match(following):
        return True     # 成交金额为4 | 55.00万元: prose wrapped inside a figure
    if _MARKED_FIGURE_HEAD.search(line) and _POINT_REST.match(following):
        return True     # (CNY5,120,000 | .00), ￥691 | .340.00: a figure never opens with a point
    head, tail = _MARKED_GROUP_POINT_HEAD.search(line), _GROUP_POINT_REST.match(following)
    if head and tail and len(head.group(1)) + len(tail.group(1)) == 3:
        return True     # (CNY4,020.00 | 0.00): a thousands group read with a point, cut by the line end
    head, tail = _MARKED_POINT_SEPARATOR_HEAD.search(line), _GROUP_REST_AFTER_CUT.match(following)
    if head and tail and len(head.group(1)) + len(tail.group(1)) == 3:
        return True     # (¥1.72 | 0,000.00): a thousands separator read as a point, its group cut by the line end
    head, tail = _MARKED_CUT_GROUP_HEAD.search(line), _GROUP_POINT_REST.match(following)
    if head and tail and len(head.group(1)) + len(tail.group(1)) == 3:
        return True     # (¥2,813,00 | 0.00): the last thousands group cut by the line end, the fraction after it
    return False


# a figure's first digits at the end of a line of prose (金额为4, 合计¥1,2) and the rest of it,
# with its unit, opening the next line; a table's column of figures has no such words before it
_PROSE_FIGURE_START = re.compile(r"(?:为|是|计|共|额|价|约|达)\s*[¥￥]?\d[\d,]{0,6}$")
# whole thousands groups to the figure's end (and its fraction)
_GROUPS_REST = re.compile(r"\d{3}(?:[,，]\d{3})*(?:\.\d{1,2})?(?!\d)")
_THOUSANDS_REST = re.compile(r"[,，]" + _GROUPS_REST.pattern)
_FIGURE_BEFORE_SEPARATOR = re.compile(r"(?<![\d.,，])\d{1,3}(?:[,，]\d{3})*[,，]$")
_FIGURE_REST = re.compile(r"[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)")
# a figure after its currency mark, whole thousands groups, at a line's end; and the next line
# opening with its fraction (.00) or with its last groups read with points (.340.00)
_MARKED_FIGURE_HEAD = re.compile(r"(?:CNY|RMB|人民币|[¥￥])\s*(?<![\d.,，])\d{1,3}(?:[,，]\d{3})*$")
# a marked figure whose last thousands group OCR read with a point (4,020.00 for 4,020,00…) and
# the next line finishing that group, then the fraction, then the figure's close
# (or after the words of prose that announce a figure: 协议总价350.00 | 0.00元)
_MARKED_GROUP_POINT_HEAD = re.compile(r"(?:(?:CNY|RMB|人民币|[¥￥]|(?<![A-Za-z])Y)|(?:为|是|计|共|额|价|约|达))"
                                      r"\s*(?<![\d.,，])\d{1,3}(?:[,，]\d{3})*\.(\d{1,2})$")
# a figure after its currency mark (or the bracket that gives the 小写 form after the 大写),
# whole groups, then its last group cut after one or two digits at the line's end; the next line
# finishes that group and gives the fraction (¥2,813,00 | 0.00）). Only the last group: a cut
# with more groups after it (¥2,9 | 86,750.00) may be a grid cell's wrap, left apart
_MARKED_CUT_GROUP_HEAD = re.compile(r"(?:CNY|RMB|人民币|[¥￥（(]|(?<![A-Za-z])Y)\s*\d{1,3}(?:[,，]\d{3})*[,，](\d{1,2})$")
_GROUP_POINT_REST = re.compile(r"(\d{1,2})\.\d{2}(?!\d)(?=\s*(?:[)）]|元|$))")
# a marked figure's first digits and a point at a line's end, the point a misread thousands
# separator (¥1.72 for ¥1,72…), and the next line finishing that group, then whole groups and
# the fraction (0,000.00): the cut group's two pieces make three digits
_MARKED_POINT_SEPARATOR_HEAD = re.compile(r"(?:CNY|RMB|人民币|[¥￥Y])\s*\d{1,3}\.(\d{1,2})$")
_GROUP_REST_AFTER_CUT = re.compile(r"(\d{1,2})(?:[,，]\d{3})+\.\d{2}(?![\d.,，])(?=\s*(?:[)）]|元|$))")
_POINT_REST = re.compile(r"\.\d{2}(?![\d.,，])|\.\d{3}(?:[.,，]\d{3})*\.\d{2}(?![\d.,，])")


def _gap_on(page: PageText) -> Gap | None:
    """Distance in character widths between two characters of the page, from their boxes."""
    if not page.spans:
        return None
    starts = [span.start for span in page.spans]

    def box_at(offset: int):
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and page.spans[i].start <= offset < page.spans[i].end:
            return page.spans[i]
        return None

    def gap(left: int, right: int) -> float | None:
        a, b = box_at(left), box_at(right)
        if a is None or b is None or a is b:
            return None
        width = (a.box[2] - a.box[0]) / max(a.end - a.start, 1)
        if width <= 0:
            return None
        return (b.box[0] - a.box[2]) / width
    return gap


def _left_on(page: PageText) -> Callable[[int], float | None] | None:
    """The left edge (page fraction) of the character at an offset, from its box."""
    if not page.spans:
        return None

    def left_of(offset: int) -> float | None:
        box, _ = page.locate(offset, offset + 1)
        return box[0] if box else None
    return left_of


def normalize_page(page: PageText) -> PageText:
    """The page with normalised text; its spans re-mapped to the new offsets."""
    text, origin = normalize_text(page.text, _gap_on(page), ocr=page.method.startswith("ocr"),
                                  left_of=_left_on(page))
    if text == page.text:
        return page
    # old offset -> new offset of the first character at or after it
    new_at = [0] * (len(page.text) + 1)
    j = 0
    for old in range(len(page.text) + 1):
        while j < len(origin) and origin[j] < old:
            j += 1
        new_at[old] = j
    spans = []
    for span in page.spans:
        start, end = new_at[span.start], new_at[span.end]
        if end > start:
            spans.append(TextSpan(start, end, span.box, span.confidence))
    return replace(page, text=text, spans=spans)
