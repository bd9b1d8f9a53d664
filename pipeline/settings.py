"""The one configuration object, passed down explicitly (picklable for worker processes)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

OCR_ENGINES = ("tesseract", "rapidocr")


def default_cache_dir() -> Path:
    env = os.environ.get("JINZHENG_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "jinzheng"


@dataclass(frozen=True)
class Settings:
    ocr_engine: str = "tesseract"          # reads every scanned page
    reread_engine: str | None = "rapidocr"  # re-reads only values that fail cross-checks
    dpi: int = 200
    max_pages: int = 200                   # a document claiming more is refused as too large
    workers: int = field(default_factory=lambda: max(os.cpu_count() or 1, 1))
    document_timeout_s: float = 300.0
    page_timeout_s: float = 6.0            # added to the limit per page: long scans are not cut off
    document_memory_mb: int = 3072         # a worker may use this much beyond the loaded code
    cache_dir: Path | None = field(default_factory=default_cache_dir)
    catalog: Path | None = None            # None: the catalog matching the declared phase

    def __post_init__(self) -> None:
        if self.ocr_engine not in OCR_ENGINES:
            raise ValueError(f"unknown OCR engine {self.ocr_engine!r}; choose from {OCR_ENGINES}")
        if self.reread_engine not in (None, *OCR_ENGINES):
            raise ValueError(f"unknown re-read engine {self.reread_engine!r}")
        if not 72 <= self.dpi <= 600:
            raise ValueError("dpi must be between 72 and 600")
        if self.workers < 1:
            raise ValueError("workers must be at least 1")

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)
