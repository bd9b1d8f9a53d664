"""What identifies a receipt beyond its bytes: the serial number its bank gave it.

A bank numbers every receipt it issues (电子回单号码, 回单编号, 交易流水号, 凭证号 ...); the same
receipt printed again, re-scanned or re-saved has other bytes but the same number. The number
is kept as a field (`bank_serial`) with its provenance like any value, so the results index can
find the receipt in another applicant's submission (pipeline/results/reuse.py).
"""

from __future__ import annotations

import re

from pipeline.models import Document, Extracted, PageText, Provenance

# longest first, so 交易流水号 is not read as 流水号 with 交易 left over; 回单序号 (the n-th
# receipt of a print run) and 回单验证码 are not serials and are not listed
SERIAL_LABELS = ("电子回单号码", "电子回单号", "回单编号", "回单号码", "回单号", "交易流水号", "业务流水号",
                 "银行流水号", "交易流水", "流水号", "交易序号", "交易参考号", "凭证号码", "凭证号", "业务编号")
_LABEL = re.compile("|".join(sorted(map(re.escape, SERIAL_LABELS), key=len, reverse=True)))
_SEPARATORS = re.compile(r"[\s:：|｜]*")
_VALUE = re.compile(r"[A-Za-z]{0,4}-?\d[0-9A-Za-z\-]{5,39}")
MIN_SERIAL_DIGITS = 6           # fewer and a serial could be a sequence number or a short code
SERIAL_KINDS = ("payment_proof",)


def normalize_serial(text: str) -> str:
    """Upper case, no separators: 'b-1234 5678' and 'B12345678' are one serial."""
    return re.sub(r"[\s\-]", "", text).upper()


def plausible_serial(value: str) -> bool:
    return len(value) >= 8 and sum(ch.isdigit() for ch in value) >= MIN_SERIAL_DIGITS


def find_bank_serial(doc: Document) -> Extracted | None:
    """The receipt's serial number after its label, on the same line or, in a grid whose labels
    form a header row, in the cell below the label; None when the document states none."""
    if doc.doc_type not in SERIAL_KINDS:
        return None
    for page in doc.pages:
        for label in _LABEL.finditer(page.text):
            found = _after_label(page, label.end()) or _below_label(page, label.start(), label.end())
            if found is None:
                continue
            start, end = found
            value = normalize_serial(page.text[start:end])
            if not plausible_serial(value):
                continue
            box, confidence = page.locate(start, end)
            provenance = Provenance(doc.path, page.number, box, page.text[label.start():end],
                                    page.method, confidence)
            # no review reason: the serial proves nothing about the application by itself, it
            # only finds the receipt elsewhere; its confidence stays in the provenance
            return Extracted(value, provenance)
    return None


def _after_label(page: PageText, pos: int) -> tuple[int, int] | None:
    line_end = page.text.find("\n", pos)
    line_end = len(page.text) if line_end < 0 else line_end
    gap = _SEPARATORS.match(page.text, pos, line_end)
    m = _VALUE.match(page.text, gap.end() if gap else pos, line_end)
    return (m.start(), m.end()) if m else None


def _below_label(page: PageText, start: int, end: int) -> tuple[int, int] | None:
    """A header row of labels with the values on the next line: the value under the label."""
    label_box, _ = page.locate(start, end)
    if label_box is None:
        return None
    next_start = page.text.find("\n", end)
    if next_start < 0:
        return None
    next_end = page.text.find("\n", next_start + 1)
    next_end = len(page.text) if next_end < 0 else next_end
    for m in _VALUE.finditer(page.text, next_start + 1, next_end):
        box, _ = page.locate(m.start(), m.end())
        if box is not None and box[0] < label_box[2] and box[2] > label_box[0]:
            return m.start(), m.end()
    return None
