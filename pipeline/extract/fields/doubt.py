"""Which fields of a document are worth a second reading."""

from __future__ import annotations

from pipeline.extract.fields.vocabulary import LABELS
from pipeline.models import Document

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
