"""RapidOCR (PP-OCRv4 ONNX models shipped in the wheel, offline): the careful second reader.

~5x slower and ~10x the memory of tesseract, but it reads 大写 amounts, dates and credit
codes that tesseract garbles, so it re-reads values that fail their cross-checks.
"""

from __future__ import annotations

import ctypes
import os

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
        gray = preprocess.suppress_red(image, region=(x0, y0, x1, y1))
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

    def _segments(self, gray: np.ndarray) -> list[Word]:
        bgr = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR) if gray.ndim == 2 else gray
        got = _TURN.acquire(timeout=TURN_WAIT_S) if _TURN is not None else False
        try:
            result, _ = self._ocr(bgr)
            _return_freed_memory()   # before the next worker's turn, not at exit
        finally:
            if got:
                _TURN.release()
        words = []
        for quad, text, score in result or []:
            pts = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
            text = remove_cjk_spaces(str(text))
            if not text:
                continue
            box = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
            words.append(Word(text, box, float(score)))
        return words
