"""Per-document results cached by content: the file's SHA-256 plus the code that read it.

A rerun over unchanged files reads no page again; a change to the reading or extraction code,
to the package version or to the OCR settings changes the key, so stale results are never
served (the keys' reach: pipeline/fingerprints.py).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline import __version__
from pipeline.atomic import write_atomic
from pipeline.fingerprints import code_fingerprint
from pipeline.models import Document
from pipeline.serialize import document_from_dict, document_to_dict
from pipeline.settings import Settings


def cache_key(sha256: str, settings: Settings) -> str:
    parts = (sha256, __version__, code_fingerprint(), settings.ocr_engine, str(settings.reread_engine),
             str(settings.dpi), str(settings.max_pages))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


class DocumentCache:
    def __init__(self, folder: Path | None):
        self.folder = Path(folder) if folder else None
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> Document | None:
        if self.folder is None:
            return None
        file = self._path(key)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return document_from_dict(data, path)

    def put(self, key: str, doc: Document) -> None:
        if self.folder is None:
            return
        file = self._path(key)
        write_atomic(file, json.dumps(document_to_dict(doc), ensure_ascii=False))
