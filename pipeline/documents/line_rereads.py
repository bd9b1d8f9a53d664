"""Second readings on the line, not the page: the lines of a scanned page that hold a doubtful or
missing value are read again by the second engine and put in place of the first reading's lines,
and the fields are read again from that text.

Which lines: the line of the value's box, and every line holding one of the field's labels with
the line after it (a grid writes the value below its label). A field with neither on a scanned
page has no known line: the caller reads the pages again whole instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.extract.fields.doubt import where_to_reread
from pipeline.models import Box, Document, PageText, TextSpan

# Lines to re-read beyond this share of a page's lines: the first reading of that page is too
# poor to point at its values (a photo whose labels are misread), and a page reading costs
# little more than its lines' (recognition is most of either).
MOST_OF_A_PAGE = 0.5
# The lines of values a document may state (`also`) are added up to this share of a page: a
# receipt with four doubtful values on eleven lines still has its purpose line read again for
# the contract number (measured: two bundled receipts lost theirs at half a page).
MOST_OF_A_PAGE_ALSO = 0.75
# a line and a box share a line when they overlap vertically by this share of the lower one
SAME_LINE_SHARE = 0.5


@dataclass(frozen=True)
class TextLine:
    """One line of a page's text: offsets [start, end) and the spans on it."""

    start: int
    end: int
    spans: tuple[TextSpan, ...]

    @property
    def box(self) -> Box | None:
        if not self.spans:
            return None
        return (min(s.box[0] for s in self.spans), min(s.box[1] for s in self.spans),
                max(s.box[2] for s in self.spans), max(s.box[3] for s in self.spans))


def text_lines(page: PageText) -> list[TextLine]:
    lines, start = [], 0
    spans = sorted(page.spans, key=lambda s: s.start)
    i = 0
    for part in page.text.split("\n"):
        end = start + len(part)
        mine = []
        while i < len(spans) and spans[i].start < end:
            if spans[i].start >= start:
                mine.append(spans[i])
            i += 1
        lines.append(TextLine(start, end, tuple(mine)))
        start = end + 1
    return lines


def lines_to_reread(doc: Document, names: list[str], pages: dict[int, PageText],
                    also: list[str] = ()) -> dict[int, list[int]] | None:
    """Page number -> indices of the lines of `pages` (the first reading, by page number) that
    hold the fields `names`; None when a field has no line on these pages or the lines are
    most of a page. The fields `also` (missing values a document may state) add their lines
    where they have one and the page stays within MOST_OF_A_PAGE_ALSO."""
    lines = {number: text_lines(page) for number, page in pages.items()}
    out: dict[int, set[int]] = {}
    for name in names:
        found = _lines_of(doc, name, lines)
        if not found:
            return None
        for number, indices in found.items():
            out.setdefault(number, set()).update(indices)
    if any(_most_of(lines[number], indices) for number, indices in out.items()):
        return None
    for name in also:
        for number, indices in _lines_of(doc, name, lines).items():
            wider = out.get(number, set()) | indices
            if not _most_of(lines[number], wider, MOST_OF_A_PAGE_ALSO):
                out[number] = wider
    return {number: sorted(i for i in chosen if lines[number][i].spans) for number, chosen in out.items()}


def _lines_of(doc: Document, name: str, lines: dict[int, list[TextLine]]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for number, box, value_below in where_to_reread(doc, name):
        if number not in lines:
            continue
        hit = [i for i, line in enumerate(lines[number]) if _same_line(line.box, box)]
        if not hit:
            continue
        chosen = out.setdefault(number, set())
        chosen.update(hit)
        if value_below and max(hit) + 1 < len(lines[number]):
            chosen.add(max(hit) + 1)
    return out


def _most_of(lines: list[TextLine], indices: set[int], share: float = MOST_OF_A_PAGE) -> bool:
    return sum(1 for i in indices if lines[i].spans) > share * sum(1 for line in lines if line.spans)


def _same_line(line_box: Box | None, box: Box) -> bool:
    if line_box is None:
        return False
    overlap = min(line_box[3], box[3]) - max(line_box[1], box[1])
    lower = min(line_box[3] - line_box[1], box[3] - box[1])
    return overlap > 0 and overlap >= SAME_LINE_SHARE * lower


def substitute_lines(page: PageText, readings: dict[int, PageText], method: str) -> PageText:
    """The page with line i replaced by readings[i] where that reading found text; the page's
    method is the second engine's (a value read off it comes from the re-read lines, see
    `on_reread_lines`)."""
    texts: list[str] = []
    spans: list[TextSpan] = []
    offset = 0
    for i, line in enumerate(text_lines(page)):
        reading = readings.get(i)
        if reading is not None and reading.text.strip():
            text, source, shift = reading.text, reading.spans, offset
        else:
            text, source, shift = page.text[line.start:line.end], line.spans, offset - line.start
        spans.extend(TextSpan(s.start + shift, s.end + shift, s.box, s.confidence) for s in source)
        texts.append(text)
        offset += len(text) + 1
    confidences = [s.confidence for s in spans]
    return replace(page, text="\n".join(texts), spans=spans, method=method,
                   mean_confidence=sum(confidences) / len(confidences) if confidences else 0.0)


def on_reread_lines(box: Box | None, page: int, reread: dict[int, list[Box]]) -> bool:
    """Whether a value at `box` on `page` was read off a re-read line (the line boxes of the
    second reading, by page)."""
    return box is not None and any(_same_line(line, box) for line in reread.get(page, ()))


def describe(lines: dict[int, list[int]]) -> str:
    """第1页第5、6行; 第1页第3行、第2页第1行 (1-based, as a reviewer counts)."""
    return "、".join(f"第{number}页第{'、'.join(str(i + 1) for i in indices)}行"
                    for number, indices in sorted(lines.items()))
