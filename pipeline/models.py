"""Typed records passed between pipeline stages.

Boxes are fractions of the page (x0, y0, x1, y1), origin top-left, so a value's box can be
drawn on any rendering of its page whatever the resolution.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from pipeline.errors import plain_message

Box = tuple[float, float, float, float]

DOC_TYPES = (
    "contract",
    "acceptance_report",
    "payment_proof",
    "procurement_proof",
    "standard_draft",
    "subcontract",
    "meeting_record",
    "diagnosis_report",
    "other",
)

METHOD_TEXT_LAYER = "text_layer"
METHOD_WORKBOOK = "workbook"


def union_boxes(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


@dataclass(frozen=True)
class TextSpan:
    """A run of page text [start, end) that sits in one box, read with one confidence."""

    start: int
    end: int
    box: Box
    confidence: float


# mean word confidence below which an OCR'd page counts as read unsurely
UNSURE_PAGE_CONFIDENCE = 0.8


@dataclass
class PageText:
    """The text of one page with a map from character offsets back to boxes.

    `method` is "text_layer" or "ocr:<engine>". Lines are separated by "\n"; spans never
    cover the newlines.
    """

    number: int  # 1-based
    text: str
    method: str
    spans: list[TextSpan] = field(default_factory=list)
    width: float = 0.0   # of the source (points for PDF, pixels for images)
    height: float = 0.0
    mean_confidence: float = 1.0
    seal_texts: list[str] = field(default_factory=list)   # text of seals kept out of the lines
    # perceptual hash of the scanned page image (read/page_hash.py), None for a text layer:
    # a re-scan of the same paper in another submission is found by it
    image_hash: str | None = None

    @property
    def read_unsurely(self) -> bool:
        """An OCR'd page whose words were read with little confidence: what it lacks may only
        be unread, and what it reads as may be a poor photo of something else."""
        return self.method.startswith("ocr") and self.mean_confidence < UNSURE_PAGE_CONFIDENCE

    def locate(self, start: int, end: int) -> tuple[Box | None, float]:
        """Box and confidence of the characters [start, end)."""
        if not self.spans:
            return None, self.mean_confidence
        starts = [s.start for s in self.spans]
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        hit: list[TextSpan] = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end > start:
                hit.append(self.spans[i])
            i += 1
        if not hit:
            return None, self.mean_confidence
        return union_boxes([s.box for s in hit]), min(s.confidence for s in hit)


@dataclass(frozen=True)
class Provenance:
    file: str          # path relative to the submission root
    page: int          # 1-based; 0 for the declaration workbook
    box: Box | None
    text: str          # the raw text the value was read from
    method: str        # text_layer | ocr:tesseract | ocr:rapidocr | workbook
    confidence: float  # 0..1

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "page": self.page,
            "box": [round(v, 4) for v in self.box] if self.box else None,
            "text": self.text,
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


# cross-checks whose success makes a value trustworthy whatever the OCR word confidence
CHECK_UPPER_MATCHES_DIGITS = "大写与小写金额一致"
CHECK_ENGINES_AGREE = "两个 OCR 引擎读数一致"
CHECK_USCC_VALID = "校验码正确"
CORROBORATING_CHECKS = (CHECK_UPPER_MATCHES_DIGITS, CHECK_ENGINES_AGREE, CHECK_USCC_VALID)


@dataclass
class Extracted:
    """One extracted value with where it came from and the checks it passed or failed."""

    value: Any  # Decimal (yuan) | date | str | bool
    provenance: Provenance
    checks: list[str] = field(default_factory=list)
    review_reason: str | None = None  # set when the value failed a cross-check

    @property
    def needs_review(self) -> bool:
        return self.review_reason is not None

    @property
    def corroborated(self) -> bool:
        """Confirmed by an independent cross-check (大写 = 小写, two engines, a checksum)."""
        return any(check in CORROBORATING_CHECKS for check in self.checks)

    def json_value(self) -> Any:
        return json_scalar(self.value)

    def to_json(self) -> dict[str, Any]:
        out = {"value": self.json_value(), **self.provenance.to_json()}
        if self.checks:
            out["checks"] = list(self.checks)
        if self.review_reason:
            out["review_reason"] = self.review_reason
        return out


def json_scalar(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass
class DocumentIssue:
    """Why a document (or part of it) could not be read; shown to the reviewer."""

    code: str      # unreadable | encrypted | truncated | unsupported | too_large | timeout | ...
    message: str   # Chinese, what is wrong
    advice: str = ""  # Chinese, what the applicant should upload instead
    detail: str = ""  # a library's own words, for maintainers: in report.json, never the message

    def __post_init__(self) -> None:
        # library text written into the message (「…（PdfiumError: …）」) moves to detail
        message, detail = plain_message(self.message)
        if detail:
            self.message = message
            self.detail = f"{self.detail}; {detail}" if self.detail else detail

    def to_json(self) -> dict[str, str]:
        out = {"code": self.code, "message": self.message, "advice": self.advice}
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass(frozen=True)
class Attendee:
    """One enterprise on a sign-in sheet, as its row reads."""

    name: str
    code: str | None        # credit code on the row (valid or repaired), if any
    address: str | None
    tianjin: bool
    sure: bool              # the row gave a valid code or a recognisable address
    page: int
    text: str               # the row as read
    box: Box | None = None  # the row on its page (normalised), when the reading has boxes
    method: str = ""        # how the page was read (text_layer, ocr:tesseract, ...)


@dataclass(frozen=True)
class SealReading:
    """One reading of a seal's ring text: one engine, one strip (start angle and direction)."""

    text: str
    confidence: float   # the engine's own, 0..1
    method: str         # e.g. "seal:rapidocr", "seal:tesseract", "text_layer"


@dataclass
class SealMatch:
    """The known party a seal's ring text names best (set in reconciliation, where the
    declaration says who the parties are)."""

    party: str          # the party's name as declared (or the bank's name as read)
    role: str           # customer | applicant | bank | other
    similarity: float   # 0..100 between the reading used and the party's name
    reading: str        # the ring reading that matched
    confidence: float   # that reading's engine confidence


@dataclass
class Seal:
    """A round or oval seal mark on a page: where it is and what its ring says."""

    page: int
    box: Box                        # page fractions
    colour: str = "red"             # red | blue
    shape: str = "round"            # round | oval
    partial: bool = False           # part of the ring lies off the page (or is missing)
    readings: list[SealReading] = field(default_factory=list)   # ring text candidates, best first
    centre: str = ""                # centre words: 财务专用章, 合同专用章, 电子回单专用章, ...
    code: str = ""                  # code digits along the bottom arc, when read
    method: str = "image"           # how the mark was found: image | text_layer
    confidence: float = 0.0         # how sure the mark is a seal (shape and ink), 0..1
    page_lines: list[int] = field(default_factory=list)   # 0-based page lines inside the ring
    match: SealMatch | None = None  # set in reconciliation

    @property
    def ring_text(self) -> str:
        return self.readings[0].text if self.readings else ""

    @property
    def ring_confidence(self) -> float:
        return self.readings[0].confidence if self.readings else 0.0


@dataclass
class Document:
    """One evidence file after ingestion and extraction."""

    path: str                  # relative to the submission root, "/"-separated
    sha256: str
    pages: list[PageText] = field(default_factory=list)
    doc_type: str = "other"
    doc_type_confidence: float = 0.0
    # False when no kind reached its score and margin: "not known", never "not evidence"
    kind_recognised: bool = True
    kind_statements: list[str] = field(default_factory=list)   # what the document was read to state
    fields: dict[str, Extracted] = field(default_factory=dict)
    # every credit code / address / party found, for party and locality checks
    usccs: list[Extracted] = field(default_factory=list)
    # per role, the other names its labels hold besides the field's (a page of several notices)
    parties: dict[str, list[Extracted]] = field(default_factory=dict)
    attendees: list[Attendee] = field(default_factory=list)   # sign-in sheet rows (meeting records)
    # the payments a batch transfer lists, one field set each (payer, payee, amount_yuan, date, ...):
    # which one is evidence depends on who the applicant is, decided in reconciliation
    transactions: list[dict[str, Extracted]] = field(default_factory=list)
    # other figures the page states under the same amount labels (a newspaper page of several
    # award notices): which one is this contract's is decided against the declaration
    amount_alternatives: list[Extracted] = field(default_factory=list)
    issues: list[DocumentIssue] = field(default_factory=list)
    seals: list[Seal] = field(default_factory=list)
    # pages looked at for seals (scans, and text-layer pages with images or coloured marks):
    # a page not looked at says nothing about a missing seal
    seal_pages: list[int] = field(default_factory=list)
    # pages with seal-coloured ink outside every seal found (a faint or half-pressed seal the
    # finder did not take for one may be there): no confident seal finding rests on them
    seal_doubts: list[int] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        return bool(self.pages) and any(p.text.strip() for p in self.pages)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    def value(self, name: str) -> Any:
        item = self.fields.get(name)
        return item.value if item else None


# ---- the declaration -------------------------------------------------------------------


@dataclass
class Applicant:
    name: str
    uscc: str
    address: str
    direction: str = ""   # 申报方向
    industry: str = ""    # 服务行业
    phase: str = "申报"    # 申报 (support cycle) | 考核 (assessment cycle)


@dataclass
class DeclaredContract:
    """One row of 服务用户清单."""

    row: int                   # 1-based row in the sheet (for messages)
    seq: str
    customer: str
    customer_uscc: str
    contract_no: str
    contract_name: str
    amount_yuan: Decimal
    signed_on: date | None
    accepted_on: date | None
    declared_sme: bool | None
    employees: int | None
    revenue_wan: Decimal | None
    declared_tianjin: bool | None


@dataclass
class DeclaredStandard:
    row: int
    seq: str
    name: str
    category: str = ""
    stage: str = ""


@dataclass
class DeclaredSupplier:
    """One row of 本地配套供应商 (assessment cycle)."""

    row: int
    seq: str
    name: str
    uscc: str
    contract_no: str
    contract_name: str
    amount_yuan: Decimal
    signed_on: date | None


@dataclass
class DeclaredMeeting:
    row: int
    seq: str
    name: str
    held_on: date | None
    place: str
    declared_tianjin_attendees: int | None


@dataclass
class DeclaredDiagnosis:
    row: int
    seq: str
    customer: str
    uscc: str
    diagnosed_on: date | None
    report_name: str


@dataclass
class Declaration:
    applicant: Applicant
    contracts: list[DeclaredContract] = field(default_factory=list)
    standards: list[DeclaredStandard] = field(default_factory=list)
    suppliers: list[DeclaredSupplier] = field(default_factory=list)
    meetings: list[DeclaredMeeting] = field(default_factory=list)
    diagnoses: list[DeclaredDiagnosis] = field(default_factory=list)
    source: str = ""  # file the declaration was read from, relative to the submission
    # sections (standards, suppliers, meetings, diagnoses) the source does not have at all
    # (no sheet, no JSON key), each with where it was looked for: "none declared" is an empty
    # list, "not provided" is here, and a requirement that needs it is never counted as zero
    absent: dict[str, str] = field(default_factory=dict, compare=False)
