"""The one configuration object, passed down explicitly (picklable for worker processes)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

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

    # Flows and deployments carry settings as JSON parameters: these are the one way across.
    def to_params(self) -> dict[str, Any]:
        """Every field as a JSON-able value (paths as strings)."""
        return {f.name: _jsonable(getattr(self, f.name)) for f in fields(self)}

    def overrides(self, explicit: tuple[str, ...] = ()) -> dict[str, Any]:
        """Only the fields that differ from the defaults (and those named in `explicit`, given
        even at their default value): the rest default where a flow runs, on its machine."""
        default = Settings()
        return {f.name: _jsonable(getattr(self, f.name)) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name) or f.name in explicit}

    @classmethod
    def from_params(cls, params: dict[str, Any] | None) -> "Settings":
        """Settings from flow parameters; fields left out take their defaults here."""
        params = dict(params or {})
        for name in _PATH_FIELDS:
            if params.get(name) is not None:
                params[name] = Path(params[name])
        return cls(**params)


_PATH_FIELDS = ("cache_dir", "catalog")


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value
