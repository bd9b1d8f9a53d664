"""Per-document results cached by content: the file's SHA-256 plus the code that read it.

A rerun over unchanged files reads no page again; a change to the reading or extraction code,
to the package version or to the OCR settings changes the key, so stale results are never
served. Three keys of different reach: a page's OCR (rasterising + OCR code only), a
document's reading (document-reading code + version), and a whole report (every source file
of the package: `package_fingerprint`, used by the nightly flow's submission fingerprint).
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import tempfile
import time
from functools import lru_cache
from pathlib import Path

from . import __version__
from .models import Document, PageText
from .serialize import document_from_dict, document_to_dict, page_from_dict, page_to_dict
from .settings import Settings

_PACKAGE = Path(__file__).resolve().parent


# The modules whose code decides what a document yields; a change to any of them
# invalidates cached documents. Reconciliation and presentation are recomputed every run.
DOCUMENT_MODULES = ("reader.py", "pdf_text.py", "raster.py", "layout.py", "extract.py",
                    "classify.py", "nlp.py", "document.py", "models.py", "serialize.py",
                    "ocr", "parsing")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the document-reading code: a change invalidates cached extractions."""
    return _fingerprint(DOCUMENT_MODULES)


def _fingerprint(names: tuple[str, ...], root: Path = _PACKAGE) -> str:
    digest = hashlib.sha256()
    paths = []
    for name in names:
        target = root / name
        paths.extend(sorted(target.rglob("*.py")) if target.is_dir() else [target])
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# What a report depends on beyond the documents: source and data files of the package.
_PACKAGE_SUFFIXES = (".py", ".json", ".html", ".css", ".js", ".txt")


def package_fingerprint(root: Path | None = None) -> str:
    """Hash of every source and data file of the package at `root` (default: this one).

    Reconciliation, requirements and report code decide a report as much as the reading code
    does, so the nightly flow's submission fingerprint uses this, not `code_fingerprint`.
    `root` lets a caller fingerprint another copy of the package (tests: an edited copy).
    """
    if root is None:
        return _package_fingerprint_cached()
    return _package_fingerprint(Path(root))


@lru_cache(maxsize=1)
def _package_fingerprint_cached() -> str:
    return _package_fingerprint(_PACKAGE)


def _package_fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (path.suffix not in _PACKAGE_SUFFIXES or not path.is_file()
                or any(part == "__pycache__" or part.startswith(".") for part in rel.parts)):
            continue
        digest.update(b"\n" + rel.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


OCR_MODULES = ("raster.py", "ocr")


@lru_cache(maxsize=1)
def ocr_fingerprint() -> str:
    """Hash of the rasterising and OCR code: what one engine reads from one page."""
    return _fingerprint(OCR_MODULES)


def page_cache_key(sha256: str, page: int, engine: str, dpi: int) -> str:
    parts = ("page", sha256, str(page), engine, str(dpi), ocr_fingerprint())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


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


# A temporary file whose writer (its pid is in the name) is gone, and that is older than
# this, was left by a kill; any temporary older than STALE_TMP_SECONDS is left over too.
# A live write takes milliseconds.
DEAD_WRITER_TMP_SECONDS = 1.0
STALE_TMP_SECONDS = 3600.0


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write to a temporary file beside `path` and rename: readers see old or new, never half.

    The folder is fsynced after the rename so a crash cannot lose the new name either, and
    temporaries left beside `path` by a killed writer are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_tmp(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; reports are read by colleagues on shared servers
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _remove_stale_tmp(path: Path) -> None:
    now = time.time()
    prefix = f".{path.name}."
    for old in path.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        try:
            age = now - old.stat().st_mtime
            writer = old.name[len(prefix):].split(".", 1)[0]
            dead = writer.isdigit() and not pid_alive(int(writer))
            if age > STALE_TMP_SECONDS or (dead and age > DEAD_WRITER_TMP_SECONDS):
                old.unlink()
        except OSError:
            pass   # another writer removed it, or it is not ours to remove


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
