"""Labels found on a page and the value after them: the common ground of every field reader."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.fields.vocabulary import LABELS
from pipeline.models import Document, Extracted, PageText, Provenance

SEPARATOR = re.compile(r"^[\s:：;；）)\]】\-—_|]*")  # ; is how OCR often reads ：
ROLE_NOTE = re.compile(r"^[（(][^）)]{1,8}[）)]")

# every label that ends the value of the label before it on the same line
ALL_LABELS = sorted(LABELS.every_label(), key=len, reverse=True)
ANY_LABEL = re.compile("|".join(re.escape(lab) for lab in ALL_LABELS if lab != "致"))


@dataclass(frozen=True)
class Hit:
    """A label or value found on a page: offsets into page.text."""

    page: PageText
    start: int
    end: int

    @property
    def line_end(self) -> int:
        nl = self.page.text.find("\n", self.end)
        return len(self.page.text) if nl < 0 else nl


def provenance(path: str, page: PageText, start: int, end: int) -> Provenance:
    box, confidence = page.locate(start, end)
    return Provenance(path, page.number, box, page.text[start:end], page.method, confidence)


def extracted(doc: Document, page: PageText, start: int, end: int, value, checks=None,
               review=None) -> Extracted:
    return Extracted(value, provenance(doc.path, page, start, end), list(checks or []), review)


def label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    # A label is followed by a separator, a role note or the value itself; a label that is
    # part of a longer word (付款人 inside 付款人账号) is not that label.
    return re.compile(rf"(?:{label_alternatives(labels)})(?![账开地电联])")


def label_alternatives(labels: tuple[str, ...]) -> str:
    """Labels as regex alternatives, longest first; prose wraps lines inside a label
    (合\n同编号), so a line break may fall between any two of its characters."""
    return "|".join("\n?".join(re.escape(ch) for ch in lab)
                    for lab in sorted(labels, key=len, reverse=True))


def find_labels(doc: Document, labels: tuple[str, ...], strict: bool = True) -> list[Hit]:
    """Label occurrences; strict=False also takes a label fused to the next word
    (付款人账号), which still anchors the party's column in a grid."""
    pattern = label_pattern(labels) if strict else re.compile(label_alternatives(labels))
    hits = []
    for page in doc.pages:
        for m in pattern.finditer(page.text):
            if m.group(0) == "致" and not line_starts_at(page.text, m.start()):
                continue  # 致 only opens a letter
            hits.append(Hit(page, m.start(), m.end()))
    return hits


def line_starts_at(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n" or text[max(0, pos - 1):pos].isspace()


def value_region(hit: Hit) -> tuple[int, int]:
    """From after a label to the next label on its line (or the line end); the next line
    when the label stands alone, as in two-row forms."""
    text = hit.page.text
    start = hit.end + SEPARATOR.match(text[hit.end:hit.line_end]).end()
    note = ROLE_NOTE.match(text[start:hit.line_end])
    if note:
        start += note.end()
        start += SEPARATOR.match(text[start:hit.line_end]).end()
    nxt = ANY_LABEL.search(text, start, hit.line_end)
    end = nxt.start() if nxt else hit.line_end
    if not text[start:end].strip() and hit.line_end < len(text):
        start = hit.line_end + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        nxt = ANY_LABEL.search(text, start + 1, line_end)
        end = nxt.start() if nxt else line_end
    return start, end
