"""Line building shared by the OCR engines: words/segments -> lines -> PageText with spans.

Engines hand over `Word`s with pixel boxes in the frame they read (the deskewed page), so
lines are grouped where they are horizontal; `build_page_text` maps each box back to
fractions of the original page through the engine's `to_page` callable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from pipeline.models import Box, PageText, TextSpan

PixelBox = tuple[float, float, float, float]   # x0, y0, x1, y1 in the OCR'd image's pixels

# A horizontal gap wider than this many line heights is a real separation (table cells,
# label and value far apart) and keeps a space even between Chinese characters. Well above
# one height: CJK punctuation such as "，" or "：" has an ink box far narrower than its
# advance (~0.7 em of blank behind it in running text); table cells are 3+ heights apart.
CELL_GAP_HEIGHTS = 1.5
# Tesseract's LSTM word boxes for Chinese are sometimes collapsed (a 2-character word 5 px
# wide); a box narrower than this share of a square per character says nothing about gaps.
MIN_CHAR_WIDTH_SHARE = 0.35
# Segments whose vertical overlap is at least this share of the shorter one sit on one line.
SAME_LINE_OVERLAP = 0.5


@dataclass(frozen=True)
class Word:
    text: str
    box: PixelBox
    confidence: float   # 0..1

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    @property
    def y_centre(self) -> float:
        return (self.box[1] + self.box[3]) / 2


def is_cjk(ch: str) -> bool:
    """Chinese ideographs and the full-width punctuation/forms set in Chinese text."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF      # CJK unified ideographs
        or 0x3400 <= o <= 0x4DBF   # extension A
        or 0x20000 <= o <= 0x2FA1F
        or 0xF900 <= o <= 0xFAFF   # compatibility ideographs
        or 0x3000 <= o <= 0x303F   # CJK symbols and punctuation (、。《》「」)
        or 0xFF00 <= o <= 0xFFEF   # full-width forms (，：（）￥)
        or o in (0x00B7, 0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019)  # ·—…“”‘’
    )


def needs_space(left: str, right: str) -> bool:
    """Whether a space stays between two adjacent tokens on a line (by their edge chars).

    Tesseract puts a space between every pair of Chinese characters; only two Latin/digit
    tokens (e.g. "No. 17", "Page 2") keep theirs. Across CJK and Latin/digits the space goes
    too, so "2023 年 10 月" becomes "2023年10月" as the parsers expect.
    """
    if not left or not right:
        return False
    return not is_cjk(left[-1]) and not is_cjk(right[0])


_SPACE_RUN = re.compile(r"\s+")


def remove_cjk_spaces(text: str) -> str:
    """Collapse whitespace runs inside one token/segment, dropping any next to CJK."""
    out: list[str] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        out.append(text[pos:m.start()])
        left = text[:m.start()]
        right = text[m.end():]
        if left and right and needs_space(left, right):
            out.append(" ")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out).strip()


def group_into_lines(words: Iterable[Word], overlap: float = SAME_LINE_OVERLAP
                     ) -> list[list[Word]]:
    """Group boxes into lines: by y-centre, merging boxes that overlap a line vertically by
    at least `overlap` of the shorter height; each line sorted left to right.

    Used on a deskewed frame, so a table row comes out as one line read left to right.
    """
    lines: list[list[Word]] = []
    spans: list[tuple[float, float]] = []   # vertical extent of each line so far
    for w in sorted((w for w in words if w.text.strip()), key=lambda w: w.y_centre):
        best, best_ov = -1, 0.0
        # only the last few lines can overlap a box that comes later in y-centre order
        for i in range(max(len(lines) - 3, 0), len(lines)):
            top, bottom = spans[i]
            inter = min(bottom, w.box[3]) - max(top, w.box[1])
            shorter = max(min(bottom - top, w.height), 1e-6)
            ov = inter / shorter
            if ov >= overlap and ov > best_ov:
                best, best_ov = i, ov
        if best < 0:
            lines.append([w])
            spans.append((w.box[1], w.box[3]))
        else:
            lines[best].append(w)
            top, bottom = spans[best]
            # track the line's median band, not the union, so a tall glyph does not swallow
            # the next line
            hs = sorted(x.box[1] for x in lines[best])
            bs = sorted(x.box[3] for x in lines[best])
            spans[best] = (hs[len(hs) // 2], bs[len(bs) // 2])
    for line in lines:
        line.sort(key=lambda w: w.box[0])
    lines.sort(key=lambda ln: sorted(w.y_centre for w in ln)[len(ln) // 2])
    return lines


def join_line(words: Sequence[Word], gap_heights: float = CELL_GAP_HEIGHTS
              ) -> tuple[str, list[tuple[int, int, Word]]]:
    """A line's text and, per word, its [start, end) offsets in that text."""
    heights = sorted(w.height for w in words)
    line_h = heights[len(heights) // 2] if heights else 0.0
    parts: list[str] = []
    placed: list[tuple[int, int, Word]] = []
    offset = 0
    prev: Word | None = None
    for w in words:
        text = remove_cjk_spaces(w.text)
        if not text:
            continue
        if prev is not None:
            gap = w.box[0] - prev.box[2]
            wide = (gap > gap_heights * line_h and _plausible(prev, parts[-1], line_h)
                    and _plausible(w, text, line_h))
            if wide or needs_space(parts[-1], text):
                parts.append(" ")
                offset += 1
        parts.append(text)
        placed.append((offset, offset + len(text), w))
        offset += len(text)
        prev = w
    return "".join(parts), placed


def _plausible(word: Word, text: str, line_h: float) -> bool:
    return (word.box[2] - word.box[0]) >= MIN_CHAR_WIDTH_SHARE * line_h * len(text)


def build_page_text(lines: Sequence[Sequence[Word]], *, number: int, method: str,
                    width: float, height: float, to_page: Callable[[PixelBox], Box],
                    gap_heights: float = CELL_GAP_HEIGHTS) -> PageText:
    """PageText from grouped lines: "\\n" between lines, one span per word (never over the
    newlines or the spaces), boxes mapped to page fractions by `to_page`."""
    texts: list[str] = []
    spans: list[TextSpan] = []
    confs: list[float] = []
    offset = 0
    for line in lines:
        text, placed = join_line(line, gap_heights)
        if not text:
            continue
        if texts:
            offset += 1   # the "\n"
        for start, end, w in placed:
            conf = min(max(w.confidence, 0.0), 1.0)
            spans.append(TextSpan(offset + start, offset + end, to_page(w.box), conf))
            confs.append(conf)
        texts.append(text)
        offset += len(text)
    return PageText(
        number=number,
        text="\n".join(texts),
        method=method,
        spans=spans,
        width=float(width),
        height=float(height),
        # nothing read is no evidence of a good read
        mean_confidence=sum(confs) / len(confs) if confs else 0.0,
    )
