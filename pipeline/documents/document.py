"""One evidence file in, one extracted Document out: read, classify, extract, cross-check."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from pipeline.errors import DocumentError, EnvironmentProblem
from pipeline.extract.fields import classify_document, doubtful_fields, extract_fields, settle_batch
from pipeline.extract.fields.dates import UNLABELLED_DATE
from pipeline.extract.normalize import normalize_page
from pipeline.read.layout import merge_wrapped_cells
from pipeline.models import CHECK_ENGINES_AGREE, Box, Document, DocumentIssue, PageText
from pipeline.read.reader import ReadResult, read_file
from pipeline.settings import Settings
from pipeline.ingest.submission import SourceFile

log = logging.getLogger(__name__)
_MEANINGFUL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def process_document(source: SourceFile, settings: Settings) -> Document:
    """Never raises for a bad file: the reason is recorded on the document."""
    doc = Document(path=source.rel, sha256=source.sha256)
    try:
        read = read_file(Path(source.path), settings, source.sha256)
    except EnvironmentProblem:
        raise
    except DocumentError as exc:
        doc.issues.append(DocumentIssue(exc.code, exc.reason, exc.advice, exc.detail))
        return doc
    except MemoryError:
        doc.issues.append(DocumentIssue("too_large", "文件过大，读取时内存不足",
                                        "请压缩图片分辨率或拆分文件后上传"))
        return doc
    # grids wrap cell text around row-spanning labels; join the fragments before reading
    doc.pages = [normalize_page(merge_wrapped_cells(page)) for page in read.pages]
    doc.issues.extend(read.issues)
    if read.images and _little_text(doc):
        _second_engine_on_blank(doc, read, settings)
    elif read.images:
        _second_engine_on_unusable_pages(doc, read, settings)
    if not doc.readable:
        doc.issues.append(DocumentIssue(
            "no_text", "文件中未识别出任何文字（可能是空白页或严重模糊的扫描件）",
            "请上传清晰的扫描件（建议 300 dpi，文字端正）"))
        return doc
    classify_document(doc)
    extract_fields(doc, _rereader(read, settings))
    if read.images and (doubtful_fields(doc) or _unsure_other(doc) or _unsure_sign_in(doc)):
        _second_reading(doc, read, settings)
    _find_seals(doc, read, settings)
    read.images.clear()
    read.seal_images.clear()
    return doc


def _find_seals(doc: Document, read: ReadResult, settings: Settings) -> None:
    """Seals on every scanned page and on text-layer pages that may carry one, read with both
    engines. A failure leaves the document without seals (and its pages not looked at), never
    without its reading."""
    pages = {p.number: p for p in doc.pages}
    wanted = [(n, read.images) for n in read.images.numbers()] + \
             [(n, read.seal_images) for n in read.seal_images.numbers()]
    if not wanted:
        return
    from pipeline.read.ocr.engines import get_engine
    from pipeline.read.seals.find import has_colour
    from pipeline.read.seals.page import seals_on_page

    names = [n for n in (settings.ocr_engine, settings.reread_engine) if n]
    try:
        # the recogniser reads rings better: it goes first, the page engine second
        readers = {name: get_engine(name).read_line for name in sorted(set(names), key=lambda n: n != "rapidocr")}
        for number, images in wanted:
            page = pages.get(number)
            image = images.get(number)
            if page is None or image is None:
                continue
            seals, doubt = seals_on_page(image, page, readers)
            doc.seals.extend(seals)
            if has_colour(image):
                doc.seal_pages.append(number)
            if doubt:
                doc.seal_doubts.append(number)
    except EnvironmentProblem:
        raise
    except Exception as exc:  # seals are a second look: the document's reading stands
        log.warning("seal search on %s failed: %s", doc.path, exc)


LITTLE_TEXT_CHARS = 20     # fewer meaningful characters than this on the whole document


def _little_text(doc: Document) -> bool:
    return sum(len(_MEANINGFUL.findall(p.text)) for p in doc.pages) < LITTLE_TEXT_CHARS


def _second_engine_on_blank(doc: Document, read: ReadResult, settings: Settings) -> None:
    """A scan the first engine finds (almost) no text on goes to the second engine before it is
    called blank: handwriting and faint prints are read by one and not the other."""
    engine_name = settings.reread_engine
    if not engine_name or engine_name == settings.ocr_engine:
        return
    try:
        pages = [read.ocr(engine_name, p.number, settings) if p.number in read.images else p for p in doc.pages]
    except Exception as exc:  # a second opinion that fails leaves the first standing
        log.warning("second reading of blank %s failed: %s", doc.path, exc)
        return
    doc.pages = [normalize_page(merge_wrapped_cells(p)) for p in pages]


# a first reading this unsure of its page is mostly misread characters (a photo tesseract could not
# read: 号 避 吧证们是 …); what it "states" is noise, and a figure in it is not the document's
UNUSABLE_PAGE_CONFIDENCE = 0.5


def _second_engine_on_unusable_pages(doc: Document, read: ReadResult, settings: Settings) -> None:
    """Each scanned page whose first reading is unusable is read whole by the second engine
    before anything is taken from it; the reading that is surer of the page stands (its
    method says which engine read it)."""
    engine_name = settings.reread_engine
    if not engine_name or engine_name == settings.ocr_engine:
        return
    pages = list(doc.pages)
    for i, page in enumerate(pages):
        if page.number not in read.images or not page.method.startswith("ocr") or \
                page.mean_confidence >= UNUSABLE_PAGE_CONFIDENCE:
            continue
        try:
            other = read.ocr(engine_name, page.number, settings)
        except Exception as exc:  # a second opinion that fails leaves the first standing
            log.warning("second reading of page %d of %s failed: %s", page.number, doc.path, exc)
            continue
        if other.mean_confidence > page.mean_confidence and _MEANINGFUL.search(other.text):
            pages[i] = normalize_page(merge_wrapped_cells(other))
    doc.pages = pages


def _unsure_other(doc: Document) -> bool:
    return doc.doc_type == "other" and any(p.read_unsurely for p in doc.pages)


def _unsure_sign_in(doc: Document) -> bool:
    """A scanned sign-in sheet with rows that show no valid credit code or address: the firms
    count only by what their rows say, so the second engine reads the sheet before any row is
    left for a person to judge."""
    return any(not a.sure for a in doc.attendees)


def _sure_rows(attendees) -> int:
    return sum(1 for a in attendees if a.sure)


def _second_reading(doc: Document, read: ReadResult, settings: Settings) -> None:
    """A scan that lacks a required field is read again, whole, by the second engine.

    Fields the first reading got right are kept; missing or doubtful ones are taken from
    the second reading when it has them clean. Each keeps its own provenance."""
    engine_name = settings.reread_engine
    if not engine_name or engine_name == settings.ocr_engine:
        return
    try:
        pages = [read.ocr(engine_name, p.number, settings) if p.number in read.images else p
                 for p in doc.pages]
    except Exception as exc:  # a second opinion that fails leaves the first standing
        log.warning("second reading of %s failed: %s", doc.path, exc)
        return
    other = Document(path=doc.path, sha256=doc.sha256,
                     pages=[normalize_page(merge_wrapped_cells(p)) for p in pages], doc_type=doc.doc_type)
    if doc.doc_type == "other":
        classify_document(other)
        if other.doc_type == "other":
            return
        # the first reading could not even tell what this is: the second one stands whole
        extract_fields(other)
        for item in other.fields.values():
            item.checks.append(f"首次识别无法判断文件类型，经 {engine_name} 整页重读")
        doc.pages, doc.doc_type, doc.doc_type_confidence = other.pages, other.doc_type, other.doc_type_confidence
        doc.kind_recognised, doc.kind_statements = other.kind_recognised, other.kind_statements
        doc.fields, doc.usccs, doc.attendees = other.fields, other.usccs, other.attendees
        doc.transactions = other.transactions
        # the other names and figures under the same labels (a table's other rows) are the second
        # reading's too: the first one read none of them as such
        doc.parties, doc.amount_alternatives = other.parties, other.amount_alternatives
        return
    extract_fields(other)
    # a list's payment is one row's values (ledger.py): a second reading that saw no rows read
    # the page as a whole, and its amount or payee is some other row's, not this payment's
    # (the payer, the account's holder, is every row's and the page's alike)
    row_fields = {name for row in doc.transactions for name in row} - {"payer"} if not other.transactions else set()
    for name, item in other.fields.items():
        if name in row_fields:
            continue
        current = doc.fields.get(name)
        if item.needs_review and current is not None:
            if current.value == item.value and not current.needs_review and UNLABELLED_DATE in current.checks:
                # the first reading only guessed this date; the second, which reads more of the
                # page (交货期：…, …前完成), doubts the very same value: the doubt stands
                current.review_reason = item.review_reason
            continue
        # a value the first reading did not find at all is taken even when it needs review
        # (大写 cut by its cell beside a clean 小写): a question to the reviewer, not a blank
        if current is not None and current.value == item.value:
            # two engines reading the same value is itself a cross-check
            best = max(current, item, key=lambda x: x.provenance.confidence)
            if CHECK_ENGINES_AGREE not in best.checks:
                best.checks.append(CHECK_ENGINES_AGREE)
            doc.fields[name] = best
            continue
        if current is not None and not current.needs_review and (
                current.provenance.confidence >= item.provenance.confidence or _weaker(item, current)):
            continue
        item.checks.append(f"首次识别缺失或存疑，经 {engine_name} 整页重读")
        doc.fields[name] = item
    if not doc.usccs:
        doc.usccs = other.usccs
    if _sure_rows(other.attendees) > _sure_rows(doc.attendees):
        # the sign-in sheet as the engine that placed more of its firms read it
        doc.attendees = other.attendees
    if len(other.transactions) > len(doc.transactions) or (
            other.transactions and len(other.transactions) == len(doc.transactions)
            and _rows_confidence(other.transactions) > _rows_confidence(doc.transactions)):
        # a batch's rows as the engine that read more of them read them; the page's own
        # amount and payee (the first reading saw no batch) are then no payment's
        doc.transactions = other.transactions
        settle_batch(doc, doc.fields)


def _rows_confidence(rows: list[dict]) -> float:
    """How surely a reading read a list's rows: the mean confidence of their values."""
    values = [item.provenance.confidence for row in rows for item in row.values()]
    return sum(values) / len(values) if values else 0.0


def _weaker(item, current) -> bool:  # noqa: ANN001 - Extracted
    """A value the second reading only guessed (a date taken from the foot for want of a label)
    does not replace one the first reading found by what the document states."""
    return UNLABELLED_DATE in item.checks and UNLABELLED_DATE not in current.checks


def _rereader(read: ReadResult, settings: Settings):
    """Re-read a region of an OCR'd page with the second engine, if one is configured."""
    if not settings.reread_engine or settings.reread_engine == settings.ocr_engine:
        return None

    def reread(page_number: int, box: Box) -> PageText | None:
        image = read.images.get(page_number)
        if image is None:
            return None
        from pipeline.read.ocr.engines import get_engine
        try:
            region = get_engine(settings.reread_engine).read_region(image, box)
        except Exception as exc:  # a second opinion that fails leaves the first standing
            log.warning("re-read with %s failed: %s", settings.reread_engine, exc)
            return None
        region.number = page_number
        return region

    return reread
