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


def grid_page(rows: list[list[tuple[str, float, float]]], char_w: float = 0.017, char_h: float = 0.013,
              method: str = "text_layer") -> PageText:
    """A page laid out as rows of cells: (text, x0, y0) each, one box per character of char_w by
    char_h (page fractions); cells of a row are joined by a space, rows by a newline."""
    parts, spans, offset = [], [], 0
    for r, row in enumerate(rows):
        if r:
            parts.append("\n")
            offset += 1
        for k, (text, x0, y0) in enumerate(row):
            if k:
                parts.append(" ")
                offset += 1
            for i, _ in enumerate(text):
                box = (x0 + i * char_w, y0, x0 + (i + 1) * char_w, y0 + char_h)
                spans.append(TextSpan(offset + i, offset + i + 1, box, 1.0))
            parts.append(text)
            offset += len(text)
    return PageText(1, "".join(parts), method, spans, 595, 842)


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
