"""Tesseract (chi_sim): the engine that reads every scanned page (libtesseract in-process,
the `tesseract` command through pytesseract where the library cannot be loaded)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import cv2
import numpy as np

from pipeline.read.ocr.environment import one_ocr_thread  # noqa: E402

one_ocr_thread()   # before libtesseract loads: pages are parallel across processes instead

from pipeline.errors import DocumentError  # noqa: E402
from pipeline.models import Box, PageText  # noqa: E402
from pipeline.read.ocr import preprocess, tessapi  # noqa: E402
from pipeline.read.ocr.lines import Word, build_page_text  # noqa: E402

NAME = "tesseract"
LANG = "chi_sim"   # "+eng" measured worse on Chinese; chi_sim reads Latin/digits well enough
# psm 6 (one uniform block) over psm 3 (auto layout): on our pages psm 3 split the ruled
# table into column blocks and dropped most cells, psm 6 keeps each table row as one line;
# both read the contract lines identically, at the same speed. See tests/unit/read/test_ocr.py.
PSM = 6
LINE_PSM = 7        # one text line (a seal's unwrapped ring)
REGION_PSM = 6      # a re-read region may hold one value or a few lines
PAGE_TIMEOUT_S = 120
# Tesseract wants ~20-40 px character height; crops from small print are upscaled to this.
REGION_MIN_TEXT_PX = 32


def _config(psm: int) -> str:
    # --dpi: PGM carries no resolution; without it tesseract assumes 70 dpi and mis-sizes
    # its noise filters. The pages are rendered at ~200 dpi.
    return f"--psm {psm} --oem 1 --dpi 200"


class TesseractEngine:
    name = NAME

    def __init__(self) -> None:
        from pipeline.read.ocr.environment import check_tesseract

        self.method = f"ocr:{NAME}"
        # the library, loaded once per process; the command per page only where it is missing
        self._api = _open_api()
        if self._api is None:
            check_tesseract()   # the command's own check, with the command that fixes it

    def read_page(self, image: np.ndarray, page_number: int) -> PageText:
        page = preprocess.prepare_page(image)
        words = self._words(page.gray, PSM)
        h, w = image.shape[:2]
        return build_page_text(
            group_by_tesseract_line(words), number=page_number, method=self.method,
            width=w, height=h, to_page=lambda b: page.box_to_page(*b))

    def read_region(self, image: np.ndarray, box: Box, page_number: int = 0) -> PageText:
        """Re-read the part of the page under `box` (page fractions); boxes come back as
        fractions of the whole page."""
        h, w = image.shape[:2]
        x0, y0, x1, y1 = preprocess.region_pixels(box, w, h)
        gray = preprocess.remove_rules(preprocess.suppress_red(image, region=(x0, y0, x1, y1)))
        th = preprocess.text_height(preprocess.binarize_inv(gray))
        scale = 1.0
        if 0 < th < REGION_MIN_TEXT_PX:
            scale = min(REGION_MIN_TEXT_PX / th, 4.0)
            gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        # white padding: tesseract misses text touching the image edge
        gray = cv2.copyMakeBorder(gray, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)

        def to_page(b):
            return (
                _clip((x0 + (b[0] - 20) / scale) / w), _clip((y0 + (b[1] - 20) / scale) / h),
                _clip((x0 + (b[2] - 20) / scale) / w), _clip((y0 + (b[3] - 20) / scale) / h),
            )

        words = self._words(gray, REGION_PSM)
        return build_page_text(group_by_tesseract_line(words), number=page_number,
                               method=self.method, width=w, height=h, to_page=to_page)

    def read_line(self, gray: np.ndarray) -> tuple[str, float]:
        """One line of text already cut out (a seal's unwrapped ring), psm 7: its words joined,
        with their mean confidence."""
        gray = cv2.copyMakeBorder(gray, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)
        words = [w for _, w in self._words(gray, LINE_PSM)]
        if not words:
            return "", 0.0
        text = "".join(w.text for w in words)
        return text, sum(w.confidence for w in words) / len(words)

    def _words(self, gray: np.ndarray, psm: int) -> list[tuple[tuple[int, int, int], Word]]:
        data = _api_to_data(self._api, gray, psm) if self._api else _image_to_data(gray, _config(psm))
        out = []
        for i, text in enumerate(data["text"]):
            if int(data["level"][i]) != 5 or not str(text).strip():
                continue
            left, top = float(data["left"][i]), float(data["top"][i])
            box = (left, top, left + float(data["width"][i]), top + float(data["height"][i]))
            conf = float(data["conf"][i]) / 100.0
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            out.append((key, Word(str(text), box, conf)))
        return out


def group_by_tesseract_line(keyed: list[tuple[tuple[int, int, int], Word]]) -> list[list[Word]]:
    """Tesseract's own (block, par, line) grouping, in its reading order, words left to right."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for key, word in keyed:
        lines.setdefault(key, []).append(word)
    return [sorted(ws, key=lambda w: w.box[0]) for ws in lines.values()]


def _open_api() -> tessapi.TessApi | None:
    """The library with chi_sim loaded, or None. Loading chi_sim proves the language pack is
    there, so the command's check (0.3 s: it runs the binary) is skipped."""
    if os.environ.get("JINZHENG_TESSERACT") == "command" or not tessapi.available():
        return None   # JINZHENG_TESSERACT=command: the tesseract command via pytesseract
    try:
        return tessapi.TessApi(LANG)
    except tessapi.TessApiError:
        return None


def _api_to_data(api: tessapi.TessApi, gray: np.ndarray, psm: int) -> dict:
    try:
        return tessapi.parse_tsv(api.tsv(gray, psm, PAGE_TIMEOUT_S))
    except tessapi.TessTimeout as exc:
        raise DocumentError(f"页面文字识别超时（超过 {PAGE_TIMEOUT_S} 秒）", code="timeout",
                            advice="请上传更清晰或页数更少的扫描件") from exc
    except tessapi.TessApiError as exc:
        raise DocumentError(f"页面文字识别失败（{exc}）"[:200], code="unreadable",
                            advice="请上传清晰的扫描件或原始 PDF") from exc


def _image_to_data(gray: np.ndarray, config: str) -> dict:
    """image_to_data on an uncompressed PGM written by cv2.

    pytesseract saves a PIL/numpy image as PNG first: 78 ms for a noisy 200 dpi gray page
    (195 ms RGB, ~0.57 s measured on real scans), against 4 ms for PGM (BMP the same), and
    tesseract decodes PGM at least as fast.
    """
    import pytesseract  # only on this fallback path: it imports pandas (0.3 s per worker)

    with tempfile.TemporaryDirectory(prefix="jz_tess_") as tmp:
        path = Path(tmp) / "page.pgm"
        if not cv2.imwrite(str(path), gray):
            raise DocumentError("页面图像无法写出以供识别", code="unreadable")
        try:
            return pytesseract.image_to_data(
                str(path), lang=LANG, config=config, output_type=pytesseract.Output.DICT,
                timeout=PAGE_TIMEOUT_S)
        except RuntimeError as exc:
            if "timeout" in str(exc).lower():
                raise DocumentError(
                    f"页面文字识别超时（超过 {PAGE_TIMEOUT_S} 秒）", code="timeout",
                    advice="请上传更清晰或页数更少的扫描件") from exc
            raise
        except pytesseract.TesseractError as exc:
            raise DocumentError(f"页面文字识别失败（{exc}）"[:200], code="unreadable",
                                advice="请上传清晰的扫描件或原始 PDF") from exc


def _clip(v: float) -> float:
    return min(max(float(v), 0.0), 1.0)
