"""RapidOCR (PP-OCRv4 ONNX models shipped in the wheel, offline): the careful second reader.

~5x slower and ~10x the memory of tesseract, but it reads 大写 amounts, dates and credit
codes that tesseract garbles, so it re-reads values that fail their cross-checks.
"""

from __future__ import annotations

import ctypes
import os
from contextlib import contextmanager
from typing import Sequence

import cv2
import numpy as np

from pipeline.models import Box, PageText
from pipeline.read.ocr import preprocess
from pipeline.read.ocr.lines import Word, build_page_text, group_into_lines, remove_cjk_spaces

NAME = "rapidocr"
# A lock shared by the worker processes of one run (pipeline/documents/workers.py): one RapidOCR
# inference at a time. A holder killed for overrunning its time never releases it, so a turn
# is waited for at most TURN_WAIT_S, then taken anyway.
_TURN = None
TURN_WAIT_S = 120.0


def share_turns(lock) -> None:
    global _TURN
    _TURN = lock


def _return_freed_memory() -> None:
    """glibc keeps the detector's freed activations (~0.3 GB a page) mapped; hand them back."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
DET_MIN_SIDE = 736   # rapidocr_onnxruntime config.yaml Det.limit_side_len (limit_type: min)


# A line re-read: the band cropped around one line of the first reading reaches this many line
# heights above and below its words, and this many beyond its ends (a character the first
# engine dropped at either end).
BAND_MARGIN_HEIGHTS = 0.4
BAND_END_HEIGHTS = 1.0
BAND_PAD = 16
# On a band the detector runs at the band's own scale (as on a page, whose short side is above
# DET_MIN_SIDE): no upscaling of the short side and no letterbox, which would turn a 100 px band
# into a page-sized input. It then costs about a seventh of the band's recognition.
BAND_DET_MIN_SIDE = 32


# RapidOCR splits a line into segments only at visible gaps (cell borders, columns); a
# smaller gap than tesseract's word gaps already separates fields.
SEGMENT_GAP_HEIGHTS = 0.6


class RapidEngine:
    name = NAME

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        # Model load takes seconds: get_engine caches one instance per process. Worker
        # processes run one per core (OMP_THREAD_LIMIT=1): onnxruntime's own thread pool
        # would otherwise make them fight over the same cores.
        threads = int(os.environ.get("OMP_THREAD_LIMIT", "0") or 0) or -1
        self._ocr = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=threads)
        self.method = f"ocr:{NAME}"

    def read_page(self, image: np.ndarray, page_number: int) -> PageText:
        # Deskew so rows are horizontal before regrouping; keep rules and the gray levels
        # (its detector is trained on natural images); red
        # seals go, or their ring text becomes segments merged into the lines they cover.
        page = preprocess.prepare_page(image, rules=False)
        words = self._segments(page.gray)
        h, w = image.shape[:2]
        return build_page_text(group_into_lines(words), number=page_number,
                               method=self.method, width=w, height=h,
                               to_page=lambda b: page.box_to_page(*b),
                               gap_heights=SEGMENT_GAP_HEIGHTS)

    def read_region(self, image: np.ndarray, box: Box, page_number: int = 0) -> PageText:
        h, w = image.shape[:2]
        x0, y0, x1, y1 = preprocess.region_pixels(box, w, h)
        gray = preprocess.suppress_red(image[y0:y1, x0:x1])
        # White padding: the detector misses text flush with the crop edge. And white canvas
        # up to DET_MIN_SIDE: the detector upscales any image whose short side is below it
        # (a 90 px high crop 8x: 1.26 s for one value); padded, a re-read takes ~0.2 s.
        pad = 16
        gray = cv2.copyMakeBorder(gray, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
        gh, gw = gray.shape[:2]
        gray = cv2.copyMakeBorder(gray, 0, max(DET_MIN_SIDE - gh, 0), 0,
                                  max(DET_MIN_SIDE - gw, 0), cv2.BORDER_CONSTANT, value=255)

        def to_page(b):
            return (
                min(max((x0 + b[0] - pad) / w, 0.0), 1.0),
                min(max((y0 + b[1] - pad) / h, 0.0), 1.0),
                min(max((x0 + b[2] - pad) / w, 0.0), 1.0),
                min(max((y0 + b[3] - pad) / h, 0.0), 1.0),
            )

        return build_page_text(group_into_lines(self._segments(gray)), number=page_number,
                               method=self.method, width=w, height=h, to_page=to_page,
                               gap_heights=SEGMENT_GAP_HEIGHTS)

    def read_line(self, gray: np.ndarray) -> tuple[str, float]:
        """One line of text already cut out (a seal's unwrapped ring): the recogniser alone,
        no detection (~30 ms for a 1000 px strip)."""
        bgr = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR) if gray.ndim == 2 else gray
        got = _TURN.acquire(timeout=TURN_WAIT_S) if _TURN is not None else False
        try:
            result, _ = self._ocr.text_rec([bgr])
        finally:
            if got:
                _TURN.release()
        if not result:
            return "", 0.0
        text, score = result[0]
        return remove_cjk_spaces(str(text)), float(score)

    def read_lines(self, image: np.ndarray, lines: Sequence[Sequence[Box]],
                   page_number: int = 0) -> list[PageText]:
        """Re-read single lines of a page: each line given by the boxes of its words in the first
        reading (page fractions). Each comes back as one line of text (empty when nothing is
        read there), its spans' boxes fractions of the whole page.

        The page is deskewed once as for a page reading; each line's band is cut from the
        deskewed page, its segments found by the detector on the band alone and recognised,
        and only segments centred on the line are kept (a neighbour line's edge in the band is
        not). Measured on the bundled scans: the recogniser alone on crops taken from the first
        engine's word boxes misread 捌 and dropped digits that the band reading, like the page
        reading, gets right; the band's detector costs ~15% of its recognition."""
        page = preprocess.prepare_page(image, rules=False)
        h, w = image.shape[:2]
        gh, gw = page.gray.shape[:2]
        to_prepared = cv2.invertAffineTransform(page.to_original)
        out = []
        with self._turn(), self._band_detector():
            for boxes in lines:
                out.append(self._read_band(page, to_prepared, boxes, (w, h), (gw, gh), page_number))
            _return_freed_memory()
        return out

    def _read_band(self, page, to_prepared, boxes, size, prepared_size, page_number) -> PageText:
        (w, h), (gw, gh) = size, prepared_size
        mapped = [_box_to_prepared(b, w, h, to_prepared) for b in boxes]
        heights = sorted(b[3] - b[1] for b in mapped)
        line_h = max(heights[len(heights) // 2], 8.0)
        # the words' whole extent: a first-reading line may join two rows of a grid (a
        # wrapped cell beside its neighbours), and both belong to it
        line_top, line_bottom = min(b[1] for b in mapped), max(b[3] for b in mapped)
        x0 = int(max(min(b[0] for b in mapped) - BAND_END_HEIGHTS * line_h, 0))
        x1 = int(min(max(b[2] for b in mapped) + BAND_END_HEIGHTS * line_h, gw))
        y0 = int(max(line_top - BAND_MARGIN_HEIGHTS * line_h, 0))
        y1 = int(min(line_bottom + BAND_MARGIN_HEIGHTS * line_h, gh))
        empty = PageText(number=page_number, text="", method=self.method, width=w, height=h,
                         mean_confidence=0.0)
        if x1 - x0 < 2 or y1 - y0 < 2:
            return empty
        pad = BAND_PAD
        band = cv2.copyMakeBorder(page.gray[y0:y1, x0:x1], pad, pad, pad, pad,
                                  cv2.BORDER_CONSTANT, value=255)
        # the line's own band inside the crop: a segment mostly outside it is a neighbour's
        top, bottom = line_top - y0 + pad, line_bottom - y0 + pad
        words = [word for word in self._recognise(band, use_cls=False)
                 if _overlap(word.box, top, bottom) >= 0.5 * max(word.height, 1e-6)]
        if not words:
            return empty
        words.sort(key=lambda word: word.box[0])
        return build_page_text([words], number=page_number, method=self.method, width=w, height=h,
                               to_page=lambda b: page.box_to_page(b[0] + x0 - pad, b[1] + y0 - pad,
                                                                  b[2] + x0 - pad, b[3] + y0 - pad),
                               gap_heights=SEGMENT_GAP_HEIGHTS)

    @contextmanager
    def _turn(self):
        got = _TURN.acquire(timeout=TURN_WAIT_S) if _TURN is not None else False
        try:
            yield
        finally:
            if got:
                _TURN.release()

    @contextmanager
    def _band_detector(self):
        """The detector at the band's own scale for the duration (see BAND_DET_MIN_SIDE)."""
        det = self._ocr.text_det
        saved = det.limit_side_len, self._ocr.width_height_ratio
        det.limit_side_len, self._ocr.width_height_ratio = BAND_DET_MIN_SIDE, -1
        try:
            yield
        finally:
            det.limit_side_len, self._ocr.width_height_ratio = saved

    def _segments(self, gray: np.ndarray) -> list[Word]:
        with self._turn():
            words = self._recognise(gray)
            _return_freed_memory()   # before the next worker's turn, not at exit
        return words

    def _recognise(self, gray: np.ndarray, **options) -> list[Word]:
        bgr = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR) if gray.ndim == 2 else gray
        result, _ = self._ocr(bgr, **options)
        words = []
        for quad, text, score in result or []:
            pts = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
            text = remove_cjk_spaces(str(text))
            if not text:
                continue
            box = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
            words.append(Word(text, box, float(score)))
        return words


def _box_to_prepared(box: Box, w: int, h: int, to_prepared: np.ndarray) -> tuple[float, float, float, float]:
    """A word's page-fraction box in the deskewed page's pixels: its centre mapped exactly, its
    size kept (a word is short, so the hull the skew adds to its box is small)."""
    cx, cy = (box[0] + box[2]) / 2 * w, (box[1] + box[3]) / 2 * h
    half_w, half_h = (box[2] - box[0]) / 2 * w, (box[3] - box[1]) / 2 * h
    x, y = to_prepared[:, :2] @ np.array([cx, cy]) + to_prepared[:, 2]
    return x - half_w, y - half_h, x + half_w, y + half_h


def _overlap(box, top: float, bottom: float) -> float:
    return max(min(box[3], bottom) - max(box[1], top), 0.0)
