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


def _overlaps(a: Box, x0: float, x1: float) -> bool:
    return a[0] < x1 and a[2] > x0


def _chain_date(tok, cont, lines, j: int, tol: float) -> None:  # noqa: ANN001 - layout tokens
    """Join a wrapped date's pieces line by line, each under the first, while they continue it."""
    tok.tails.append(cont)
    cont.merged = True
    text = tok.text + cont.text
    for k in range(j + 1, min(j + 3, len(lines))):
        nxt = next((c for c in lines[k] if not c.merged and abs(c.box[0] - tok.box[0]) <= tol
                    and len(c.text) <= 6), None)
        if nxt is None or not continues_date(text, nxt.text):
            return
        tok.tails.append(nxt)
        nxt.merged = True
        text += nxt.text


def merge_wrapped_cells(page: PageText, align_tolerance: float | None = None) -> PageText:
    """The page with wrapped grid cells joined; unchanged when nothing wraps."""
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
                             and len(c.text) <= 6), None)
                if cont is None:
                    continue
                step = cont.box[1] - tok.box[1]
                if not 0 < step <= 1.7 * height:
                    continue
                if j == i + 1:
                    if continues_date(tok.text, cont.text):
                        _chain_date(tok, cont, lines, j, tol)
                        changed = True
                        break
                    if not _completes_name(tok.text, cont.text):
                        continue
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
