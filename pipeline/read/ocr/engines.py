"""The engine registry: each engine by name, created once per process."""

from __future__ import annotations

import os
from typing import Callable

from pipeline.read.ocr.base import OcrEngine


def _tesseract() -> OcrEngine:
    from pipeline.read.ocr.tesseract import TesseractEngine
    return TesseractEngine()


def _rapidocr() -> OcrEngine:
    from pipeline.read.ocr.rapid import RapidEngine
    return RapidEngine()


ENGINES: dict[str, Callable[[], OcrEngine]] = {"tesseract": _tesseract, "rapidocr": _rapidocr}

# name -> (pid, engine). Keyed by pid too: a forked worker must not reuse the parent's
# onnxruntime session (not fork-safe), it builds its own on first use.
_CACHE: dict[str, tuple[int, OcrEngine]] = {}


def get_engine(name: str) -> OcrEngine:
    """The engine called `name`, created on first use and cached for this process
    (RapidOCR's model load takes seconds)."""
    if name not in ENGINES:
        raise ValueError(f"unknown OCR engine {name!r}; choose from {', '.join(ENGINES)}")
    pid = os.getpid()
    hit = _CACHE.get(name)
    if hit is None or hit[0] != pid:
        hit = (pid, ENGINES[name]())
        _CACHE[name] = hit
    return hit[1]
