"""Documents built from plain text, for testing classification and extraction without OCR."""

from __future__ import annotations

import hashlib

from pipeline.models import Document, PageText, TextSpan


def page_from_text(text: str, number: int = 1, method: str = "text_layer",
                   confidence: float = 1.0) -> PageText:
    """One span per character, laid out on a grid so boxes are meaningful."""
    spans, offset = [], 0
    lines = text.split("\n")
    for row, line in enumerate(lines):
        for col, ch in enumerate(line):
            if not ch.isspace():
                x0, y0 = 0.05 + col * 0.015, 0.05 + row * 0.02
                spans.append(TextSpan(offset + col, offset + col + 1, (x0, y0, x0 + 0.014, y0 + 0.018), confidence))
        offset += len(line) + 1
    return PageText(number, text, method, spans, 595, 842, confidence)


def document_from_text(text: str, path: str = "doc.pdf", **kwargs) -> Document:
    pages = [page_from_text(t, i + 1, **kwargs) for i, t in enumerate(text.split("\f"))]
    return Document(path=path, sha256=hashlib.sha256(text.encode()).hexdigest(), pages=pages)


def read_text_document(text: str, method: str = "text_layer") -> Document:
    """The text read as a document of one file: normalised, classified, its fields extracted."""
    from pipeline.extract.fields import classify_document, extract_fields
    from pipeline.extract.normalize import normalize_page

    doc = document_from_text(text, "x.pdf", method=method)
    doc.pages = [normalize_page(p) for p in doc.pages]
    classify_document(doc)
    extract_fields(doc)
    return doc


def field_values(doc: Document) -> dict[str, str]:
    return {k: str(v.value) for k, v in doc.fields.items()}
