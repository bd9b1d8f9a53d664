"""OCR'd pages cached by the file's SHA-256, page, engine, dpi and the OCR code's fingerprint,
so a change to extraction code re-reads no page."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.atomic import write_atomic
from pipeline.fingerprints import ocr_fingerprint
from pipeline.models import PageText
from pipeline.serialize import page_from_dict, page_to_dict


def page_cache_key(sha256: str, page: int, engine: str, dpi: int) -> str:
    parts = ("page", sha256, str(page), engine, str(dpi), ocr_fingerprint())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()



class PageCache:
    """OCR results per page and engine, so a change to extraction code re-reads no page."""

    def __init__(self, folder: Path):
        self.folder = Path(folder) / "pages"

    def get(self, key: str) -> PageText | None:
        try:
            data = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return page_from_dict(data)

    def put(self, key: str, page: PageText) -> None:
        write_atomic(self.folder / key[:2] / f"{key}.json", json.dumps(page_to_dict(page), ensure_ascii=False))
