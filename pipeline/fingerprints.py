"""What a cached result depends on, as hashes of code: a page's OCR (rasterising + OCR code),
a document's reading (document-reading code), a whole report (every source and data file of
the package: `package_fingerprint`, used by the nightly flow's submission fingerprint).

The first two also include the OCR engines and models installed (`engine_versions`), so an
upgrade of tesseract, chi_sim or RapidOCR reads pages and documents again."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pipeline.engine_versions import engine_fingerprint

_PACKAGE = Path(__file__).resolve().parent


# The modules whose code decides what a document yields; a change to any of them
# invalidates cached documents. Reconciliation and presentation are recomputed every run.
DOCUMENT_MODULES = ("read", "extract", "parsing", "documents/document.py",
                    "models.py", "serialize.py",
                    "catalogs/vocabularies")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the document-reading code and the OCR engines: a change to either invalidates
    cached extractions."""
    return _fingerprint(DOCUMENT_MODULES)


def _fingerprint(names: tuple[str, ...], root: Path = _PACKAGE) -> str:
    """The modules `names` of the package at `root`, and the engines installed here."""
    digest = hashlib.sha256(engine_fingerprint().encode())
    paths = []
    for name in names:
        target = root / name
        paths.extend(sorted(p for p in target.rglob("*") if p.suffix in (".py", ".json")) if target.is_dir() else [target])
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


OCR_MODULES = ("read/raster.py", "read/ocr")


@lru_cache(maxsize=1)
def ocr_fingerprint() -> str:
    """Hash of the rasterising and OCR code and the engines' versions: what one engine reads
    from one page."""
    return _fingerprint(OCR_MODULES)
