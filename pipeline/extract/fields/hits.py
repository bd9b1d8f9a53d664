"""Labels found on a page and the value after them: the common ground of every field reader."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.fields.vocabulary import LABELS, one_of
from pipeline.extract.script_forms import fold_traditional
from pipeline.models import Box, Document, Extracted, PageText, Provenance

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
    # A role word in prose (订货方向供货方订购, 实施方案) is not that label either.
    return re.compile(rf"(?:{label_alternatives(labels)})(?![账开地电联向案式法])")


def label_alternatives(labels: tuple[str, ...]) -> str:
    """Labels as regex alternatives, longest first; prose wraps lines inside a label
    (合\n同编号), so a line break may fall between any two of its characters."""
    return "|".join(_label_alternative(lab) for lab in sorted(labels, key=len, reverse=True))


# A role's stem may carry a note before its party noun: 使用（验收）单位 is 使用单位 (and 验收单位).
_NOTED_NOUN = re.compile(r"^([\u4e00-\u9fff]{2,})(单位|企业|方)$")
_STEM_NOTE = r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"


def _label_alternative(label: str) -> str:
    # the space between two words of an English label (Value Date) may be lost in OCR (ValueDate)
    wrapped = "\n?".join(r"\s?" if ch == " " else re.escape(ch) for ch in label)
    m = _NOTED_NOUN.match(label)
    if m is None:
        return wrapped
    stem, noun = ("\n?".join(re.escape(ch) for ch in part) for part in m.groups())
    return f"{stem}{_STEM_NOTE}\n?{noun}"


def find_labels(doc: Document, labels: tuple[str, ...], strict: bool = True) -> list[Hit]:
    """Label occurrences; strict=False also takes a label fused to the next word
    (付款人账号), which still anchors the party's column in a grid."""
    # fused labels (付款人账号) still anchor a column; a role word in prose (采购方式) does not
    pattern = label_pattern(labels) if strict else re.compile(rf"(?:{label_alternatives(labels)})(?![向案式法面针])")
    hits = []
    for page in doc.pages:
        # labels are written in simplified characters; a traditional text (合約編號) folds onto them
        for m in pattern.finditer(fold_traditional(page.text)):
            if m.group(0) == "致" and not line_starts_at(page.text, m.start()):
                continue  # 致 only opens a letter
            head = m.group(0).split("\n")[0]
            if head != m.group(0) and head in labels:
                # 收款人 ending a header row and 全称 opening the row below are two cells, not
                # 收款人全称 wrapped: the label is the head
                hits.append(Hit(page, m.start(), m.start() + len(head)))
                continue
            hits.append(Hit(page, m.start(), m.end()))
    return hits


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line (or lines) holding text[start:end] starts and ends (before its newline)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start if end is None else end)
    return line_start, len(text) if line_end < 0 else line_end


# a preliminary check (初验, 预验收, 初次验收): the vocabulary's `preliminary_checks`
_PRELIMINARY_END = re.compile(one_of(LABELS.preliminary_checks) + "$")
_PRELIMINARY_REACH = max(len(w) for w in LABELS.preliminary_checks)


def preliminary_label(text: str, start: int, end: int) -> bool:
    """The label at text[start:end] is a preliminary check's (its conclusion or its date, not the
    acceptance's): the check's word ends right before it (初验|结论) or runs into it, the word's
    tail being the label's head (预验收结论 and 初次验收日期 hold the labels 验收结论, 验收日期)."""
    for cut in range(start, min(end, start + _PRELIMINARY_REACH)):
        word = _PRELIMINARY_END.search(text, max(0, cut - _PRELIMINARY_REACH), cut)
        if word and word.start() < start:
            return True
    return False


def line_starts_at(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n" or text[max(0, pos - 1):pos].isspace()


# An English gloss between a bilingual label and its value (合同号Contract No. JYZK-…, 雇主Employer
# 天津…): letters only, ended by a space or a colon, and followed by the value (CJK, a bracket,
# or a code with a digit; not a bracket: ABB (中国)有限公司 is a name). A code itself (JYZK-2023…) has no space inside, so it is never a gloss.
_GLOSS = re.compile(r"(?:[A-Za-z]+\.?(?:[ /](?=[A-Za-z]))?){1,4}(?:\s*[:：]\s*|\s+)"
                    r"(?=[\u4e00-\u9fff\[\]【】]|[A-Za-z0-9\-]*\d)")


def value_region(hit: Hit) -> tuple[int, int]:
    """From after a label to the next label on its line (or the line end); the next line
    when the label stands alone, as in two-row forms; the cell below it when it heads a
    column of a grid (付款人 收款人 / 全称 A 全称 B)."""
    text = hit.page.text
    start = hit.end + SEPARATOR.match(text[hit.end:hit.line_end]).end()
    note = ROLE_NOTE.match(text[start:hit.line_end])
    if note:
        start += note.end()
        start += SEPARATOR.match(text[start:hit.line_end]).end()
    gloss = _GLOSS.match(text, start, hit.line_end)
    if gloss:
        start = gloss.end()
    nxt = ANY_LABEL.search(text, start, hit.line_end)
    end = nxt.start() if nxt else hit.line_end
    if not text[start:end].strip() and hit.line_end < len(text):
        column = column_region(hit)
        if column is not None:
            return column
        start = hit.line_end + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        nxt = ANY_LABEL.search(text, start + 1, line_end)
        end = nxt.start() if nxt else line_end
    return start, end


def located_words(page: PageText, start: int, end: int) -> list[tuple[tuple[int, int], Box | None]]:
    """The whitespace-separated words of page.text[start:end], each with its box (None where
    the page cannot place it): what a reader of a grid's geometry starts from."""
    return [((start + m.start(), start + m.end()), page.locate(start + m.start(), start + m.end())[0])
            for m in re.finditer(r"\S+", page.text[start:end])]


def column_region(hit: Hit) -> tuple[int, int] | None:
    """The cell under a label that heads a column: the words of the next line that stand under
    it rather than under another cell of its row. None when the label is alone on its line (a
    two-row form reads the whole next line) or the page has no boxes to tell columns apart."""
    page, text = hit.page, hit.page.text
    line_start, _ = line_bounds(text, hit.start)
    head_boxes = located_words(page, line_start, hit.line_end)
    if len(head_boxes) < 2 or hit.line_end >= len(text):
        return None
    mine = next((h for h, _ in head_boxes if h[0] <= hit.start < h[1]), None)
    if mine is None or any(box is None for _, box in head_boxes):
        return None
    below = hit.line_end + 1
    below_end = text.find("\n", below)
    below_end = len(text) if below_end < 0 else below_end
    # a column starts at its header (cells are written from the left), give or take the
    # header's own width (a header centred over its cell starts a little inside it)
    starts = sorted((box[0] - (box[2] - box[0]), h) for h, box in head_boxes)
    cells = []
    for span, box in located_words(page, below, below_end):
        if box is None:
            return None
        owner = next((h for x, h in reversed(starts) if x <= box[0]), starts[0][1])
        if owner == mine:
            cells.append(span)
    if not cells:
        return None
    return cells[0][0], cells[-1][1]
