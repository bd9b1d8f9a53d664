"""Which fields of a document are worth a second reading."""

from __future__ import annotations

import re

from pipeline.extract.fields.dates import UNLABELLED_DATE
from pipeline.extract.fields.hits import find_labels
from pipeline.extract.fields.outcomes import RESULT_LABELS
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.models import Box, Document

# below this, an OCR'd value is worth a second engine's look
DOUBTFUL_CONFIDENCE = 0.85
_IDENTIFYING = ("contract_no", "customer", "supplier", "payer", "payee", "amount_yuan", "date")


def missing_required(doc: Document) -> list[str]:
    """Required fields absent or failing their checks."""
    return [name for name in LABELS.required_fields.get(doc.doc_type, ())
            if name not in doc.fields or doc.fields[name].needs_review]


def doubtful_fields(doc: Document) -> list[str]:
    """Fields to read again: required ones missing, any failing a check or read unsurely."""
    out = missing_required(doc)
    for name in _IDENTIFYING:
        item = doc.fields.get(name)
        if item and name not in out and (item.needs_review or (
                item.provenance.confidence < DOUBTFUL_CONFIDENCE and not item.corroborated)):
            out.append(name)
    return out


def guessed_fields(doc: Document) -> list[str]:
    """Fields read by a guess the second reading may improve on: a date taken from the foot
    for want of a label (the label itself may be what the first engine misread)."""
    item = doc.fields.get("date")
    return ["date"] if item is not None and UNLABELLED_DATE in item.checks else []


def field_labels(name: str, kind: str) -> tuple[str, ...]:
    """The labels a document of `kind` writes before the field `name` (empty: none known)."""
    if name == "contract_no":
        # a payment states the contract it pays in its purpose (用途：支付HT-2023-001合同尾款)
        return LABELS.contract_no_labels + LABELS.purpose_labels
    if name == "amount_yuan":
        return LABELS.amount_labels.get(kind, ()) + LABELS.total_labels
    if name == "date":
        return LABELS.date_labels.get(kind, ())
    if name == "result":
        return RESULT_LABELS
    if name == "title":
        return LABELS.meeting_name_labels + LABELS.report_title_labels
    return LABELS.party_labels.get(kind, {}).get(name, ())


def where_to_reread(doc: Document, name: str) -> list[tuple[int, Box, bool]]:
    """Where the field `name` is read, as (page, box, value follows on the next line too): the
    box of its value when it has one, else the box of every label it is written after. Empty
    when neither is on any page."""
    item = doc.fields.get(name)
    if item is not None and item.provenance.box is not None and UNLABELLED_DATE not in item.checks:
        return [(item.provenance.page, item.provenance.box, False)]
    out = []
    labels = field_labels(name, doc.doc_type)
    if labels:
        for hit in find_labels(doc, labels, strict=False):
            box, _ = hit.page.locate(hit.start, hit.end)
            if box is not None:
                out.append((hit.page.number, box, True))
    exact = bool(out)
    if not exact and labels:
        # the label itself misread (收吉方 for 收款方): a label of three characters or more
        # with one of them wrong still marks the line
        pattern = _one_char_off(labels)
        for page in doc.pages:
            for m in pattern.finditer(page.text):
                if m.group() in _KNOWN_LABELS:
                    continue   # 付款方 is one character from 收款方, and another party's label
                box, _ = page.locate(m.start(), m.end())
                if box is not None:
                    out.append((page.number, box, True))
    if not exact and name == "contract_no":
        # its label garbled beyond that (局六二届 for 合同编号): also the line of a code that
        # looks like one (letters, then digits: ZZHT-2023.058)
        for page in doc.pages:
            for m in _CODE_SHAPED.finditer(page.text):
                box, _ = page.locate(m.start(), m.end())
                if box is not None:
                    out.append((page.number, box, False))
    return out


_CODE_SHAPED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}[A-Za-z0-9\-_/.]*\d{3,}[A-Za-z0-9\-_/.]*")


_KNOWN_LABELS = LABELS.every_label()


def _one_char_off(labels: tuple[str, ...]) -> re.Pattern[str]:
    variants = {re.escape(lab[:i]) + "[^\\s]" + re.escape(lab[i + 1:])
                for lab in labels if len(lab) >= 3 for i in range(len(lab))}
    return re.compile("|".join(sorted(variants, key=len, reverse=True)) or "(?!)")


def missing_identifying(doc: Document) -> list[str]:
    """Identifying fields a document of its kind may state but whose value was not found (a
    contract number in a receipt's purpose line): worth a second reading where their line is
    known, never a reason to read a page again whole."""
    if doc.doc_type == "other":
        return []
    return [name for name in _IDENTIFYING if name not in doc.fields and field_labels(name, doc.doc_type)]
