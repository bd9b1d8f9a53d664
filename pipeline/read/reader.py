"""Reading one evidence file into pages of text: text layers first, OCR where there is none.

The file's type comes from its bytes, not its name: a `.pdf` that is really a JPEG is read
as an image, a `.jpg` that is HTML is refused with a reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from pipeline.errors import DocumentError
from pipeline.read.page_cache import PageCache, page_cache_key
from pipeline.read.page_hash import current_hash, page_hash
from pipeline.models import DocumentIssue, PageText
from pipeline.read.pdf_text import page_text_from_plumber, usable_text
from pipeline.settings import Settings

log = logging.getLogger(__name__)

_MAGIC = (
    (b"%PDF", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"PK\x03\x04", "zip"),
)
IMAGE_KINDS = {"jpeg", "png", "tiff", "bmp", "gif", "webp"}
_IMAGE_SUFFIX = {"jpeg": "jpg", "png": "png", "tiff": "tif", "bmp": "bmp", "gif": "gif", "webp": "webp"}


def sniff(path: Path) -> str:
    """pdf | jpeg | png | tiff | bmp | zip | html | empty | unknown, from the first bytes."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    if not head:
        return "empty"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    # Some producers put junk before %PDF; readers accept it within the first 1 KB.
    if b"%PDF-" in head:
        return "pdf"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")):
        return "html"
    return "unknown"


def count_pages(path: Path) -> int | None:
    """Pages a file claims, from its header (cheap); None when that cannot be told.

    Used to scale a document's time limit before it is read, never to decide anything."""
    try:
        kind = sniff(path)
        if kind == "pdf":
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(str(path))
            try:
                return len(pdf)
            finally:
                pdf.close()
        if kind in IMAGE_KINDS:
            import warnings

            from PIL import Image

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")   # bombs are refused, with a reason, when read
                with Image.open(path) as img:
                    return int(getattr(img, "n_frames", 1))
    except Exception:  # a file that cannot be counted is read (and refused) later
        return None
    return None


class PageImages:
    """Images of the OCR'd pages, rendered on first use and kept for region re-reads.

    A page whose OCR came from the cache is rendered only if a second engine needs it."""

    def __init__(self) -> None:
        self._loaders: dict[int, Callable[[], np.ndarray]] = {}
        self._images: dict[int, np.ndarray] = {}

    def add(self, number: int, loader: Callable[[], np.ndarray]) -> None:
        self._loaders[number] = loader

    def __contains__(self, number: int) -> bool:
        return number in self._loaders

    def __bool__(self) -> bool:
        return bool(self._loaders)

    def numbers(self) -> list[int]:
        return sorted(self._loaders)

    def get(self, number: int) -> np.ndarray | None:
        if number not in self._images:
            loader = self._loaders.get(number)
            if loader is None:
                return None
            self._images[number] = loader()
        return self._images[number]

    __getitem__ = get

    def clear(self) -> None:
        self._images.clear()
        self._loaders.clear()


@dataclass
class ReadResult:
    pages: list[PageText] = field(default_factory=list)
    images: PageImages = field(default_factory=PageImages)
    issues: list[DocumentIssue] = field(default_factory=list)
    file_kind: str = ""
    sha256: str = ""
    cache: PageCache | None = None
    # text-layer pages that may carry a seal (an image, or red/blue marks): rendered only to
    # look for seals, never OCR'd
    seal_images: PageImages = field(default_factory=PageImages)
    # pages a second engine read during this document's processing (engine, number): each page
    # is read at most once per engine even without a page cache
    _read_again: dict[tuple[str, int], PageText] = field(default_factory=dict, repr=False)

    def ocr(self, engine_name: str, number: int, settings: Settings) -> PageText:
        """OCR of one page by one engine, from the page cache when it was read before."""
        if (engine_name, number) in self._read_again:
            return self._read_again[(engine_name, number)]
        page = self._ocr(engine_name, number, settings)
        self._read_again[(engine_name, number)] = page
        return page

    def _ocr(self, engine_name: str, number: int, settings: Settings) -> PageText:
        key = page_cache_key(self.sha256, number, engine_name, settings.dpi) if self.sha256 else None
        if self.cache and key:
            cached = self.cache.get(key)
            if cached is not None:
                if not current_hash(cached.image_hash):   # cached before hashing (or by another version)
                    cached.image_hash = page_hash(self.images.get(number))
                    self.cache.put(key, cached)
                return cached
        from pipeline.read.ocr.engines import get_engine
        image = self.images.get(number)
        page = get_engine(engine_name).read_page(image, number)
        page.image_hash = page_hash(image)   # the image is in memory now; cached with the page
        if self.cache and key:
            self.cache.put(key, page)
        return page


def read_file(path: Path, settings: Settings, sha256: str = "") -> ReadResult:
    """Pages of one file; a file that cannot be read raises DocumentError with a reason.

    With the file's sha256, OCR'd pages are cached per page and engine."""
    kind = sniff(path)
    cache = PageCache(settings.cache_dir) if settings.cache_dir and sha256 else None
    result = ReadResult(file_kind=kind, sha256=sha256, cache=cache)
    suffix = path.suffix.lower()
    if kind == "empty":
        raise DocumentError("文件为空（0 字节）", code="empty",
                            advice="请重新上传完整的文件")
    if kind == "pdf":
        if suffix != ".pdf":
            result.issues.append(DocumentIssue(
                "misnamed", f"文件扩展名为「{suffix}」，实际内容是 PDF，已按 PDF 读取",
                "请将文件扩展名改为 .pdf 后重新上传，以免审核人员无法打开"))
        _read_pdf(path, settings, result)
    elif kind in IMAGE_KINDS:
        if suffix != "." + _IMAGE_SUFFIX[kind] and not (kind == "jpeg" and suffix == ".jpeg") \
                and not (kind == "tiff" and suffix == ".tiff") and suffix != ".pdf":
            # read by what it is (a GIF named .jpg is still a picture of the document)
            result.issues.append(DocumentIssue(
                "misnamed", f"文件扩展名为「{suffix}」，实际内容是 {kind.upper()} 图片，已按图片读取",
                f"请将扩展名改为 .{_IMAGE_SUFFIX[kind]}，或将图片转换为 PDF 后重新上传"))
        if suffix == ".pdf":
            result.issues.append(DocumentIssue(
                "misnamed", f"文件扩展名为 .pdf，实际内容是 {kind.upper()} 图片，已按图片读取",
                f"请将扩展名改为 .{_IMAGE_SUFFIX[kind]}，或将图片转换为 PDF 后重新上传"))
        _read_image(path, settings, result)
    elif kind == "html":
        raise DocumentError(f"文件扩展名为「{suffix}」，但内容是网页（HTML），不是扫描件或 PDF",
                            code="unsupported",
                            advice="请上传原始 PDF 或图片，而不是网页另存的文件")
    elif kind == "zip":
        raise DocumentError(f"文件扩展名为「{suffix}」，但内容是压缩包（zip 或 Office 文档），不是扫描件或 PDF",
                            code="unsupported",
                            advice="请解压后直接上传其中的 PDF 或图片；Word/Excel 文件请另存为 PDF 后上传")
    else:
        raise DocumentError(f"无法识别的文件格式（扩展名「{suffix}」）", code="unsupported",
                            advice="请上传 PDF、JPG、PNG 或 TIFF 格式的证据文件")
    return result


def _read_pdf(path: Path, settings: Settings, result: ReadResult) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    # pdfium first: it counts pages and detects passwords cheaply, before pdfminer parses
    # every object of a hostile file.
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _pdf_error(exc) from exc
    try:
        count = len(pdf)
    finally:
        pdf.close()
    if count == 0:
        raise DocumentError("PDF 中没有页面", code="unreadable", advice="请重新导出或扫描该文件")
    if count > settings.max_pages:
        raise DocumentError(
            f"PDF 声称有 {count} 页，超过单个文件 {settings.max_pages} 页的上限",
            code="too_large", advice="请只上传与本项目相关的页面")
    try:
        with pdfplumber.open(str(path)) as doc:
            for index, page in enumerate(doc.pages):
                text_page = page_text_from_plumber(page, index + 1)
                if usable_text(text_page.text):
                    result.pages.append(text_page)
                    if may_carry_seal(page, text_page):
                        result.seal_images.add(index + 1, _renderer(path, index, settings))
                else:
                    result.pages.append(_ocr_pdf_page(path, index, settings, result))
                page.flush_cache()
    except DocumentError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise _pdf_error(exc) from exc
    if not result.pages:
        # pdfium counted pages that pdfminer's walk of the page tree never reached: a loop
        raise _structure_error()


def may_carry_seal(page, text_page: PageText) -> bool:  # noqa: ANN001 - a pdfplumber page
    """A text-layer page worth rendering to look for seals: it has an image (an electronic
    seal is usually one), seal characters, or red or blue vector marks. A plain page of black
    text is never rendered."""
    if text_page.seal_texts or page.images:
        return True
    for obj in (*page.curves, *page.rects, *page.lines):
        for key in ("stroking_color", "non_stroking_color"):
            if _seal_colour(obj.get(key)):
                return True
    return False


def _seal_colour(colour) -> bool:  # noqa: ANN001 - pdfplumber's colour tuple, or None
    if not isinstance(colour, (list, tuple)) or len(colour) != 3:
        return False
    r, g, b = (float(v) for v in colour)
    return (r >= 0.55 and r - max(g, b) >= 0.3) or (b >= 0.55 and b - max(r, g) >= 0.3 and r <= 0.3)


def _renderer(path: Path, index: int, settings: Settings) -> Callable[[], np.ndarray]:
    def render() -> np.ndarray:
        from pipeline.read.raster import render_pdf_page
        return render_pdf_page(path, index, dpi=settings.dpi)
    return render


def _structure_error() -> DocumentError:
    return DocumentError(
        "PDF 的页面目录结构异常（页面树存在循环引用或嵌套过深），无法读取页面", code="malformed",
        advice="请用 WPS 或 Adobe Acrobat 打开后「另存为」或「打印为 PDF」重新生成，再上传")


def _ocr_pdf_page(path: Path, index: int, settings: Settings, result: ReadResult) -> PageText:
    from pipeline.read.raster import render_pdf_page

    result.images.add(index + 1, lambda: render_pdf_page(path, index, dpi=settings.dpi))
    return result.ocr(settings.ocr_engine, index + 1, settings)


def _read_image(path: Path, settings: Settings, result: ReadResult) -> None:
    from pipeline.read.raster import load_image_frames

    frames = load_image_frames(path)  # also the bomb and truncation checks: always decode
    for number, frame in enumerate(frames, start=1):
        result.images.add(number, lambda frame=frame: frame)
        result.pages.append(result.ocr(settings.ocr_engine, number, settings))


def _pdf_error(exc: Exception) -> DocumentError:
    text = f"{type(exc).__name__}: {exc}"
    lowered = text.lower()
    if isinstance(exc, RecursionError) or "recursion" in lowered:
        return _structure_error()
    if "password" in lowered or "encrypt" in lowered:
        return DocumentError("PDF 已加密，需要密码才能打开", code="encrypted",
                             advice="请上传未加密的 PDF（去除打开密码后重新导出）")
    if any(word in lowered for word in ("eof", "trailer", "xref", "startxref", "truncat",
                                        "format", "data format error", "syntax")):
        return DocumentError(f"PDF 文件不完整或已损坏（{text[:160]}）", code="truncated",
                             advice="请重新下载或导出完整的 PDF 后上传")
    return DocumentError(f"PDF 无法解析（{text[:160]}）", code="unreadable",
                         advice="请重新导出 PDF，或上传清晰的扫描件")
