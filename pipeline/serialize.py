"""Documents to JSON-able dicts and back, for the cache and the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from pipeline.models import (Attendee, Document, DocumentIssue, Extracted, PageText, Provenance, Seal, SealMatch,
                             SealReading, TextSpan)


def _typed(value: Any) -> dict[str, Any]:
    if isinstance(value, Decimal):
        return {"t": "decimal", "v": str(value)}
    if isinstance(value, date):
        return {"t": "date", "v": value.isoformat()}
    return {"t": "plain", "v": value}


def _untyped(data: dict[str, Any]) -> Any:
    if data["t"] == "decimal":
        return Decimal(data["v"])
    if data["t"] == "date":
        return date.fromisoformat(data["v"])
    return data["v"]


def extracted_to_dict(item: Extracted) -> dict[str, Any]:
    p = item.provenance
    return {"value": _typed(item.value), "page": p.page, "box": list(p.box) if p.box else None,
            "text": p.text, "method": p.method, "confidence": p.confidence,
            "checks": item.checks, "review": item.review_reason}


def extracted_from_dict(data: dict[str, Any], path: str) -> Extracted:
    prov = Provenance(path, data["page"], tuple(data["box"]) if data["box"] else None,
                      data["text"], data["method"], data["confidence"])
    return Extracted(_untyped(data["value"]), prov, list(data["checks"]), data["review"])


def page_to_dict(p: PageText) -> dict[str, Any]:
    return {"number": p.number, "text": p.text, "method": p.method, "width": p.width,
            "height": p.height, "mean_confidence": p.mean_confidence,
            "spans": [[s.start, s.end, *s.box, s.confidence] for s in p.spans],
            **({"seal_texts": list(p.seal_texts)} if p.seal_texts else {}),
            **({"image_hash": p.image_hash} if p.image_hash else {})}


def page_from_dict(p: dict[str, Any]) -> PageText:
    return PageText(
        number=p["number"], text=p["text"], method=p["method"],
        spans=[TextSpan(s[0], s[1], (s[2], s[3], s[4], s[5]), s[6]) for s in p["spans"]],
        width=p["width"], height=p["height"], mean_confidence=p["mean_confidence"],
        seal_texts=list(p.get("seal_texts", ())), image_hash=p.get("image_hash"),
    )


def attendee_to_dict(a: Attendee) -> dict[str, Any]:
    return {"name": a.name, "code": a.code, "address": a.address, "tianjin": a.tianjin, "sure": a.sure,
            "page": a.page, "text": a.text, "box": list(a.box) if a.box else None, "method": a.method}


def attendee_from_dict(data: dict[str, Any]) -> Attendee:
    box = data.get("box")
    return Attendee(data["name"], data.get("code"), data.get("address"), bool(data["tianjin"]), bool(data["sure"]),
                    int(data["page"]), data["text"], tuple(box) if box else None, data.get("method", ""))


def seal_to_dict(seal: Seal, with_match: bool = False) -> dict[str, Any]:
    """A seal as the cache keeps it; with its match (set in reconciliation) for the report."""
    out: dict[str, Any] = {
        "page": seal.page, "box": [round(v, 4) for v in seal.box], "colour": seal.colour, "shape": seal.shape,
        "partial": seal.partial, "method": seal.method, "confidence": round(seal.confidence, 3),
        "ring_text": seal.ring_text, "ring_confidence": round(seal.ring_confidence, 3),
        "readings": [{"text": r.text, "confidence": round(r.confidence, 3), "method": r.method}
                     for r in seal.readings],
        "centre": seal.centre, "code": seal.code, "page_lines": list(seal.page_lines),
    }
    if with_match:
        m = seal.match
        out["match"] = None if m is None else {
            "party": m.party, "role": m.role, "similarity": round(m.similarity, 1), "reading": m.reading,
            "confidence": round(m.confidence, 3)}
    return out


def seal_from_dict(data: dict[str, Any]) -> Seal:
    return Seal(page=int(data["page"]), box=tuple(data["box"]), colour=data["colour"], shape=data["shape"],
                partial=bool(data["partial"]), method=data["method"], confidence=float(data["confidence"]),
                readings=[SealReading(r["text"], float(r["confidence"]), r["method"]) for r in data["readings"]],
                centre=data.get("centre", ""), code=data.get("code", ""),
                page_lines=list(data.get("page_lines", ())),
                match=SealMatch(**data["match"]) if data.get("match") else None)


def document_to_dict(doc: Document) -> dict[str, Any]:
    """Everything but the path, which belongs to where the file was found, not its content."""
    return {
        "sha256": doc.sha256,
        "doc_type": doc.doc_type,
        "doc_type_confidence": doc.doc_type_confidence,
        "kind_recognised": doc.kind_recognised,
        "kind_statements": list(doc.kind_statements),
        "pages": [page_to_dict(p) for p in doc.pages],
        "fields": {k: extracted_to_dict(v) for k, v in doc.fields.items()},
        "usccs": [extracted_to_dict(v) for v in doc.usccs],
        "attendees": [attendee_to_dict(a) for a in doc.attendees],
        "transactions": [{k: extracted_to_dict(v) for k, v in row.items()} for row in doc.transactions],
        "amount_alternatives": [extracted_to_dict(v) for v in doc.amount_alternatives],
        "parties": {role: [extracted_to_dict(v) for v in values] for role, values in doc.parties.items()},
        "issues": [i.to_json() for i in doc.issues],
        "seals": [seal_to_dict(seal) for seal in doc.seals],
        "seal_pages": list(doc.seal_pages),
        "seal_doubts": list(doc.seal_doubts),
    }


def document_from_dict(data: dict[str, Any], path: str) -> Document:
    pages = [page_from_dict(p) for p in data["pages"]]
    return Document(
        path=path,
        sha256=data["sha256"],
        pages=pages,
        doc_type=data["doc_type"],
        doc_type_confidence=data["doc_type_confidence"],
        kind_recognised=data.get("kind_recognised", True),
        kind_statements=list(data.get("kind_statements", ())),
        fields={k: extracted_from_dict(v, path) for k, v in data["fields"].items()},
        usccs=[extracted_from_dict(v, path) for v in data["usccs"]],
        attendees=[attendee_from_dict(a) for a in data.get("attendees", ())],
        transactions=[{k: extracted_from_dict(v, path) for k, v in row.items()} for row in data.get("transactions", ())],
        amount_alternatives=[extracted_from_dict(v, path) for v in data.get("amount_alternatives", ())],
        parties={role: [extracted_from_dict(v, path) for v in values]
                 for role, values in data.get("parties", {}).items()},
        issues=[DocumentIssue(i["code"], i["message"], i.get("advice", ""), i.get("detail", ""))
                for i in data["issues"]],
        seals=[seal_from_dict(seal) for seal in data.get("seals", ())],
        seal_pages=list(data.get("seal_pages", ())),
        seal_doubts=list(data.get("seal_doubts", ())),
    )


def relocate(doc: Document, path: str) -> Document:
    """The same content found at another path (a duplicate upload)."""
    return document_from_dict(document_to_dict(doc), path) if doc.path != path else replace(doc)
