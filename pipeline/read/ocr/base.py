"""The OCR engine interface: what every engine wrapper (tesseract.py, rapid.py) provides."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from pipeline.models import Box, PageText


class OcrEngine(Protocol):
    name: str   # "tesseract" | "rapidocr"

    def read_page(self, image: np.ndarray, page_number: int) -> PageText:
        """Whole page (RGB or gray uint8) -> PageText, method f"ocr:{name}", boxes as
        fractions of this image."""
        ...

    def read_region(self, image: np.ndarray, box: Box, page_number: int = 0) -> PageText:
        """Re-read only the part of `image` under `box` (page fractions, a margin is added);
        the spans' boxes are fractions of the whole page."""
        ...

    def read_line(self, gray: np.ndarray) -> tuple[str, float]:
        """One line already cut out and straightened (a seal's unwrapped ring) -> (text,
        confidence 0..1); ("", 0.0) when nothing is read."""
        ...
