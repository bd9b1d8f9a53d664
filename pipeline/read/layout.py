"""Undoing the line structure that grids impose on text.

Bank receipts and forms put a label in a cell that spans two rows, vertically centred, beside
cells whose text wraps: reading by lines then gives "天津明阳轴承股份有限公 / 户名 / 司". A wrapped
cell shows as two left-aligned fragments, tightly spaced, with a line from another column
in between. We join such fragments, keeping each character's box, so labels and names read
whole again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.models import Box, PageText, TextSpan
from pipeline.parsing.amounts import UPPER_MAGNITUDES, UPPER_NUMERALS
from pipeline.parsing.dates import continues_date


@dataclass
class _Token:
    text: str
    spans: list[TextSpan]        # with offsets relative to the token start
    box: Box
    merged: bool = False
    tails: list["_Token"] = field(default_factory=list)


def _tokens(page: PageText) -> list[list[_Token]]:
    lines: list[list[_Token]] = []
    offset = 0
    span_index = 0
    spans = page.spans
    for line in page.text.split("\n"):
        toks: list[_Token] = []
        pos = offset
        for piece in line.split(" "):
            if piece:
                start, end = pos, pos + len(piece)
                own = []
                while span_index < len(spans) and spans[span_index].start < start:
                    span_index += 1
                j = span_index
                while j < len(spans) and spans[j].start < end:
                    s = spans[j]
                    own.append(TextSpan(s.start - start, min(s.end, end) - start, s.box, s.confidence))
                    j += 1
                box, _ = page.locate(start, end)
                if box is not None:
                    toks.append(_Token(piece, own, box))
                else:
                    toks.append(_Token(piece, own, (0.0, 0.0, 0.0, 0.0)))
            pos += len(piece) + 1
        lines.append(toks)
        offset += len(line) + 1
    return lines


_NAME_END = re.compile(r"(?:公司|集团|研究院|研究所|中心|大学|学院|医院|厂)$")


def _completes_name(head: str, tail: str) -> bool:
    """"天津某某有限公" + "司": the join ends like a company name and the head alone does not."""
    return (len(head) >= 4 and re.search(r"[\u4e00-\u9fff]$", head) is not None
            and not _NAME_END.search(head) and _NAME_END.search(head + tail) is not None)


_UPPER_DIGITS = UPPER_NUMERALS + UPPER_MAGNITUDES
_UPPER_HEAD = re.compile(rf"[{_UPPER_DIGITS}]$")
_UPPER_TAIL = re.compile(rf"^[{_UPPER_DIGITS}]{{2}}")
# a figure's head and tail: ¥1,509,0 | 00.00, ¥861,000 | .00
_FIGURE_HEAD = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:,\d{0,2})?$")
_FIGURE_TAIL = re.compile(r"^[\d,.]*\d")
_GROUPED_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")
# a code cut inside itself: letters and digits joined by - _ / (HT-202 | 2-009, 20230430-ZN | 03)
_CODE_HEAD = re.compile(r"(?<![A-Za-z0-9\-_/])[A-Za-z0-9]+(?:[-_/][A-Za-z0-9]*)+$")
_CODE_TAIL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_/]*")
# a line under a code that opens with a date (2024年8月14日, the next label's value) starts a
# value of its own: a code's tail is never followed by a calendar word
_DATE_OPENING = re.compile(r"^\d{1,4}\s*[年月日时]")
# a whole date written like a code (2024-03-15) is no code cut inside itself
_WHOLE_DATE = re.compile(r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0[1-9]|[12]\d|3[01])")
_OPEN_BRACKETS = {"（": "）", "(": ")"}


# a branch's own part of its name, wrapped under its company's full name in a narrow cell
# (X有限公司 | Y分公司): the branch is named after the company, and is the party itself
_BRANCH_TAIL = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:分公司|分厂|办事处|营业部|分行|支行)")
_BRANCHED_HEAD = re.compile(r"[\u4e00-\u9fff]{4,}(?:公司|集团|银行)$")


def _continues_cell(head: str, tail: str) -> bool:
    """Whether the fragment under a cell's line continues what the line was cut inside: a date,
    a company name, a 大写 figure, a grouped figure, a code (contract no.), a bracket. A new
    row's value opens a whole word of its own, which none of these joins."""
    if continues_date(head, tail) or _completes_name(head, tail):
        return True
    if _BRANCHED_HEAD.search(head) and _BRANCH_TAIL.fullmatch(tail):
        return True     # 某某有限公司 | 滨江分公司
    return _continues_figure_or_code(head, tail)


def _continues_figure_or_code(head: str, tail: str) -> bool:
    """A figure, a 大写 amount, a code or a bracket cut inside itself; these alone may take a
    longer tail (a name's last characters are few: a longer line under it is the next row's)."""
    if _UPPER_HEAD.search(head) and _UPPER_TAIL.match(tail):
        return True     # 壹佰伍拾万 | 玖仟元整
    figure, rest = _FIGURE_HEAD.search(head), _FIGURE_TAIL.match(tail)
    if figure and rest and "," in figure.group(0):
        whole = figure.group(0) + rest.group(0)
        last_group = figure.group(0).rsplit(",", 1)[1]
        if _GROUPED_FIGURE.fullmatch(whole) and (len(last_group) < 3 or tail.startswith((".", ","))):
            return True
    code, rest = _CODE_HEAD.search(head), _CODE_TAIL.match(tail)
    if code and rest and any(ch.isdigit() for ch in code.group(0) + rest.group(0)) \
            and not _DATE_OPENING.match(tail) and not _WHOLE_DATE.fullmatch(code.group(0)):
        # the next row's number of the same series repeats the head's prefix (HT-2023-001 | HT-2023-002)
        if not rest.group(0).startswith(code.group(0)[:2]):
            return True
    for opening, closing in _OPEN_BRACKETS.items():
        if head.count(opening) > head.count(closing) and len(tail) <= 4 and tail.endswith(closing):
            return True     # 金额（大 | 写）
    return False


def _overlaps(a: Box, x0: float, x1: float) -> bool:
    return a[0] < x1 and a[2] > x0


def _chain(tok, cont, lines, j: int, tol: float) -> None:  # noqa: ANN001 - layout tokens
    """Join a wrapped cell's pieces line by line, each under the first, while they continue it."""
    tok.tails.append(cont)
    cont.merged = True
    text = tok.text + cont.text
    for k in range(j + 1, min(j + 3, len(lines))):
        nxt = next((c for c in lines[k] if not c.merged and abs(c.box[0] - tok.box[0]) <= tol
                    and len(c.text) <= _MAX_TAIL), None)
        if nxt is None or not _continues_cell(text, nxt.text):
            return
        tok.tails.append(nxt)
        nxt.merged = True
        text += nxt.text


_MAX_TAIL = 16     # a wrapped cell's last line: 2-009第1期, not a paragraph


def _stacked_above(upper: TextSpan, lower: TextSpan) -> bool:
    """`upper` sits over `lower` in one column: they share most of their width and `upper`
    ends above the middle of `lower`."""
    shared = min(upper.box[2], lower.box[2]) - max(upper.box[0], lower.box[0])
    narrower = min(upper.box[2] - upper.box[0], lower.box[2] - lower.box[0])
    return narrower > 0 and shared >= 0.5 * narrower and upper.box[3] <= (lower.box[1] + lower.box[3]) / 2


def unstack_cell_lines(page: PageText) -> PageText:
    """An OCR engine groups a wrapped cell's two lines into one text line when they overlap the
    row's band, and orders them left to right: with the same left edge the lower line may come
    first (01预付款HT-2023-0 for HT-2023-0 | 01预付款). Put the upper one first, joined to the
    lower one, where the lower one continues what the upper one was cut inside."""
    if page.method == "text_layer" or len(page.spans) < 2:
        return page
    spans = page.spans
    order = list(range(len(spans)))
    joined: set[int] = set()      # positions k whose separator before them goes
    changed = False
    for k in range(len(order) - 1):
        a, b = spans[order[k]], spans[order[k + 1]]
        if "\n" in page.text[a.end:b.start]:
            continue
        ta, tb = page.text[a.start:a.end], page.text[b.start:b.end]
        if _stacked_above(b, a) and _continues_cell(tb, ta):
            order[k], order[k + 1] = order[k + 1], order[k]
            joined.add(k + 1)
            changed = True
    if not changed:
        return page
    parts: list[str] = [page.text[:spans[0].start]]
    new_spans: list[TextSpan] = []
    offset = len(parts[0])
    for k, idx in enumerate(order):
        if k:
            # the separators keep their places; a swapped pair is one cell's text, joined
            sep = "" if k in joined else page.text[spans[k - 1].end:spans[k].start]
            parts.append(sep)
            offset += len(sep)
        s = spans[idx]
        text = page.text[s.start:s.end]
        new_spans.append(TextSpan(offset, offset + len(text), s.box, s.confidence))
        parts.append(text)
        offset += len(text)
    parts.append(page.text[spans[-1].end:])
    return replace(page, text="".join(parts), spans=new_spans)


def merge_wrapped_cells(page: PageText, align_tolerance: float | None = None) -> PageText:
    """The page with wrapped grid cells joined; unchanged when nothing wraps."""
    page = unstack_cell_lines(page)
    if not page.spans or "\n" not in page.text:
        return page
    tol = align_tolerance if align_tolerance is not None else (
        0.004 if page.method == "text_layer" else 0.012)
    lines = _tokens(page)
    changed = False
    for i, line in enumerate(lines):
        for tok in line:
            if tok.merged or tok.box == (0.0, 0.0, 0.0, 0.0):
                continue
            height = max(tok.box[3] - tok.box[1], 1e-6)
            # two or three lines down the interleaved line is the other column's label; on the
            # very next line only a fragment that completes a company name is joined
            for j in (i + 1, i + 2, i + 3):
                if j >= len(lines):
                    break
                cont = next((c for c in lines[j] if not c.merged and abs(c.box[0] - tok.box[0]) <= tol
                             and len(c.text) <= _MAX_TAIL), None)
                if cont is None:
                    continue
                step = cont.box[1] - tok.box[1]
                if not 0 < step <= 1.7 * height:
                    continue
                # a short fragment is a wrapped cell's end; a longer one only where it continues
                # what the line was cut inside
                if len(cont.text) > 6 and not _continues_figure_or_code(tok.text, cont.text):
                    continue
                if j == i + 1:
                    if not _continues_cell(tok.text, cont.text):
                        continue
                    _chain(tok, cont, lines, j, tol)
                    changed = True
                    break
                else:
                    x1 = max(tok.box[2], cont.box[2])
                    between = [t for k in range(i + 1, j) for t in lines[k]]
                    if not between or any(_overlaps(t.box, tok.box[0], x1) for t in between):
                        continue
                    if not any(t.box[1] < cont.box[1] and t.box[3] > tok.box[1] for t in between):
                        continue  # the interleaved text must sit between the two fragments
                tok.tails.append(cont)
                cont.merged = True
                changed = True
                break
    if not changed:
        return page
    parts: list[str] = []
    spans: list[TextSpan] = []
    offset = 0
    first_line = True
    for line in lines:
        kept = [t for t in line if not t.merged]
        if not kept:
            continue
        if not first_line:
            parts.append("\n")
            offset += 1
        first_line = False
        for n, tok in enumerate(kept):
            if n:
                parts.append(" ")
                offset += 1
            for piece in [tok, *tok.tails]:
                parts.append(piece.text)
                spans.extend(TextSpan(offset + s.start, offset + s.end, s.box, s.confidence) for s in piece.spans)
                offset += len(piece.text)
    # everything else of the page (seal texts, its image hash) stays as read
    return replace(page, text="".join(parts), spans=spans)
