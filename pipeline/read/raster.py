"""Pages as in-memory RGB arrays: PDF pages through pypdfium2, image files through Pillow.

Pages stay numpy arrays end to end: pypdfium2 renders ~10x faster than pdftoppm, and
PNG-encoding a 200 dpi page alone costs ~0.57 s.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from pipeline.errors import DocumentError

MAX_IMAGE_PIXELS = 60_000_000   # decompression-bomb guard; bigger -> DocumentError(code="too_large")
# All frames of one image file are decoded and kept at once: a TIFF of many large frames is
# a bomb even when each frame is within MAX_IMAGE_PIXELS. 150 M is ~17 A4 pages at 300 dpi.
MAX_TOTAL_FRAME_PIXELS = 150_000_000
# Pillow's own guard, set to ours so both agree: it warns above the limit (we check the size
# from the header ourselves right after) and raises DecompressionBombError above twice it.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
# An oversized PDF page (A0 drawings) is rendered at a lower dpi to fit the pixel budget,
# but never below this: under it Chinese text is no longer legible to OCR.
MIN_PDF_DPI = 72

_ADVICE_RESCAN = "请重新扫描或拍照，以 PDF、JPG 或 PNG 格式上传清晰完整的文件"


def render_pdf_page(pdf_path: Path, page_index: int, dpi: int = 200) -> np.ndarray:
    """Page `page_index` (0-based) as RGB uint8 at `dpi`, on white, page /Rotate applied."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise DocumentError("PDF 已加密，需要密码才能打开", code="encrypted",
                                advice="请上传未加密的 PDF（去除打开密码后重新导出）") from exc
        raise DocumentError(f"PDF 无法打开（{exc}）"[:200], code="unreadable",
                            advice="请重新导出 PDF，或上传清晰的扫描件") from exc
    try:
        if not 0 <= page_index < len(pdf):
            raise DocumentError(f"PDF 没有第 {page_index + 1} 页（共 {len(pdf)} 页）",
                                code="unreadable", advice="请重新导出完整的 PDF")
        page = pdf[page_index]
        try:
            w_pt, h_pt = page.get_size()   # already swapped for /Rotate 90/270
            scale = dpi / 72.0
            pixels = w_pt * scale * h_pt * scale
            if pixels > MAX_IMAGE_PIXELS:
                scale *= (MAX_IMAGE_PIXELS / pixels) ** 0.5
                if scale * 72.0 < MIN_PDF_DPI:
                    raise DocumentError(
                        f"PDF 第 {page_index + 1} 页尺寸过大（{w_pt / 72 * 25.4:.0f}×"
                        f"{h_pt / 72 * 25.4:.0f} 毫米），无法按可识别的分辨率处理",
                        code="too_large", advice="请将该页按 A4 或 A3 幅面重新导出或扫描")
            try:
                bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255),
                                     may_draw_forms=True, rev_byteorder=True)
            except pdfium.PdfiumError as exc:
                raise DocumentError(f"PDF 第 {page_index + 1} 页无法渲染（{exc}）"[:200],
                                    code="unreadable", advice=_ADVICE_RESCAN) from exc
            arr = bitmap.to_numpy()
            # copy: the buffer belongs to the pdfium bitmap, freed with it
            rgb = np.ascontiguousarray(arr[..., :3]) if arr.ndim == 3 else \
                np.repeat(arr[..., None], 3, axis=2)
            bitmap.close()
            return rgb
        finally:
            page.close()
    finally:
        pdf.close()


def load_image_frames(path: Path, max_frames: int = 20,
                      max_total_pixels: int = MAX_TOTAL_FRAME_PIXELS) -> list[np.ndarray]:
    """Every frame of an image file as RGB uint8, EXIF orientation applied.

    Frame sizes are checked from the header before any pixel is decoded. A file with more
    than `max_frames` frames, a frame over MAX_IMAGE_PIXELS, or frames together over
    `max_total_pixels`, is refused (too_large).
    """
    with warnings.catch_warnings():
        # our own size check below gives the applicant a reason; Pillow's warning adds nothing
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            img = Image.open(path)
        except Image.DecompressionBombError as exc:
            raise _too_large_error(str(exc)) from exc
        except UnidentifiedImageError as exc:
            raise DocumentError("无法识别的图片格式，文件可能已损坏或并非图片", code="unsupported",
                                advice=_ADVICE_RESCAN) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise DocumentError(f"图片文件无法打开（{exc}）"[:200], code="unreadable",
                                advice=_ADVICE_RESCAN) from exc
        with img:
            return _decode_frames(img, max_frames, max_total_pixels)


def _decode_frames(img: Image.Image, max_frames: int, max_total_pixels: int) -> list[np.ndarray]:
    try:
        # MPO (phone cameras) stores a depth map / preview as its 2nd frame: not a page.
        count = 1 if img.format == "MPO" else getattr(img, "n_frames", 1)
        if count > max_frames:
            raise DocumentError(f"图片文件包含 {count} 帧（页），超过 {max_frames} 页的上限",
                                code="too_large", advice="请只上传与本项目相关的页面，或将其转换为 PDF 后上传")
        # every frame's size from its header, before any pixel is decoded
        total = 0
        for index in range(count):
            img.seek(index)
            _check_size(img, index, count)
            total += img.size[0] * img.size[1]
        if total > max_total_pixels:
            raise DocumentError(
                f"图片文件共 {count} 帧，合计 {total // 1_000_000} 百万像素，超过 "
                f"{max_total_pixels // 1_000_000} 百万像素的上限（疑似解压炸弹）",
                code="too_large", advice="请降低扫描分辨率（300 dpi 以内），或将各页分别保存后上传")
    except Image.DecompressionBombError as exc:
        raise _too_large_error(str(exc)) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise DocumentError("图片文件不完整或已损坏，无法读取各页", code="truncated",
                            advice="请重新上传完整的原始图片或扫描件") from exc
    frames = []
    for index in range(count):
        img.seek(index)
        try:
            img.load()
            frame = ImageOps.exif_transpose(img)
            frames.append(_to_rgb(frame))
        except Image.DecompressionBombError as exc:
            raise _too_large_error(str(exc)) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            # Pillow reports a cut-off file as "image file is truncated" / "broken data"
            raise DocumentError(
                "图片文件不完整或已损坏，无法完整读取" + _frame_note(index, count),
                code="truncated", advice="请重新上传完整的原始图片或扫描件") from exc
    return frames


def _too_large_error(detail: str) -> DocumentError:
    """Pillow's DecompressionBombError: the header claims more pixels than we ever decode."""
    import re

    found = re.search(r"\((\d+) pixels\)", detail)
    size = f"（{int(found.group(1)) // 1_000_000} 百万像素）" if found else ""
    return DocumentError(
        f"图片尺寸过大{size}，超过 {MAX_IMAGE_PIXELS // 1_000_000} 百万像素上限（疑似解压炸弹），未读取",
        code="too_large", advice="请将图片缩小到 300 dpi 以内或转换为 PDF 后上传")


def _check_size(img: Image.Image, index: int, count: int) -> None:
    w, h = img.size
    if w * h > MAX_IMAGE_PIXELS:
        raise DocumentError(
            f"图片尺寸过大（{w}×{h} 像素，超过 {MAX_IMAGE_PIXELS // 1_000_000} 百万像素上限）"
            + _frame_note(index, count),
            code="too_large", advice="请将图片缩小到 300 dpi 以内或转换为 PDF 后上传")
    if w == 0 or h == 0:
        raise DocumentError("图片尺寸为零，文件已损坏" + _frame_note(index, count),
                            code="unreadable", advice=_ADVICE_RESCAN)


def _frame_note(index: int, count: int) -> str:
    return f"（第 {index + 1} 帧）" if count > 1 else ""


def _to_rgb(img: Image.Image) -> np.ndarray:
    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        # 16-bit / float scans: stretch to 8 bits (convert("L") would clip at 255)
        arr = np.asarray(img, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        arr = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.full_like(arr, 255.0)
        gray = arr.astype(np.uint8)
        return np.repeat(gray[..., None], 3, axis=2)
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in img.info):
        # transparent regions are paper, not black
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(background, rgba)
    return np.array(img.convert("RGB"), dtype=np.uint8)
