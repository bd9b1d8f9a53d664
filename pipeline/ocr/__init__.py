"""OCR of scanned pages: tesseract for every page, RapidOCR to re-read doubtful values."""

from .base import ENGINES, OcrEngine, check_tesseract, get_engine

__all__ = ["ENGINES", "OcrEngine", "check_tesseract", "get_engine"]
