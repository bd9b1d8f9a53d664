"""Which OCR engines and models this machine reads with, as a short description for fingerprints.

A reading depends on more than our code: the tesseract library and its `chi_sim` model, the
RapidOCR package and its ONNX models. An upgrade of any of them must re-read what was read
with the old ones, so the document cache key, the page cache key and the submission
fingerprint all include `engine_fingerprint()`.

Cheap on purpose (it is on the path of an unchanged night): no engine is loaded; programs and
libraries are identified by the version they print or carry in their file name, model files
by their content (~20 MB hashed once per process, ~40 ms), so two machines of a cluster that
installed the same models at different times share their caches. Computed once per process. The tesseract page-segmentation mode and
engine mode (`--psm 6 --oem 1 --dpi 200`) are constants of `pipeline/read/ocr/tesseract.py`,
so they are already in the OCR code's fingerprint (`pipeline.fingerprints`).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

TESSERACT_LANG = "chi_sim"
RAPIDOCR_PACKAGE = "rapidocr_onnxruntime"
RAPIDOCR_DISTRIBUTIONS = ("rapidocr-onnxruntime", "onnxruntime")
MODEL_SUFFIXES = (".onnx", ".yaml", ".yml", ".txt")
PROBE_TIMEOUT_S = 10


def file_identity(path: Path) -> str:
    """name:size, or name:missing: a library's file name carries its version (libtesseract.so.5.0.3)."""
    try:
        return f"{path.name}:{path.stat().st_size}"
    except OSError:
        return f"{path.name}:missing"


def file_content(path: Path) -> str:
    """sha256 of a model file (the same model gives the same key on every machine), or missing."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return "missing"
    return digest.hexdigest()[:16]


def _run(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=PROBE_TIMEOUT_S,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    except (OSError, subprocess.SubprocessError):
        return ""
    return (done.stdout or "") + (done.stderr or "")


def tesseract_versions() -> dict[str, str]:
    """The tesseract program's version line, the library it reads with in-process, and the
    chi_sim model it loads (TESSDATA_PREFIX or the program's own data folder)."""
    import ctypes.util

    program = shutil.which("tesseract")
    out: dict[str, str] = {"tesseract": "missing"}
    tessdata: Path | None = None
    if program:
        version = _run([program, "--version"]).splitlines()
        out["tesseract"] = " ".join(line.strip() for line in version[:2]) or "unknown"
        listing = _run([program, "--list-langs"])
        found = re.search(r'"([^"]+)"', listing)
        if found:
            tessdata = Path(found.group(1))
    if os.environ.get("TESSDATA_PREFIX"):
        tessdata = Path(os.environ["TESSDATA_PREFIX"])
    library = ctypes.util.find_library("tesseract")
    if library:
        resolved = _library_path(library)
        out["libtesseract"] = file_identity(resolved) if resolved else library
    out[f"{TESSERACT_LANG}.traineddata"] = (file_content(tessdata / f"{TESSERACT_LANG}.traineddata")
                                           if tessdata else "missing")
    return out


def _library_path(name: str) -> Path | None:
    """The file behind a library name from ctypes.util.find_library (`libtesseract.so.5`)."""
    if os.path.isabs(name):
        return Path(name).resolve()
    for folder in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/local/lib", "/usr/lib",
                   "/lib/x86_64-linux-gnu", "/opt/homebrew/lib"):
        candidate = Path(folder) / name
        if candidate.exists():
            return candidate.resolve()
    return None


def rapidocr_versions() -> dict[str, str]:
    """The RapidOCR and onnxruntime package versions and its model files (without importing it)."""
    out: dict[str, str] = {}
    for dist in RAPIDOCR_DISTRIBUTIONS:
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = "missing"
    spec = importlib.util.find_spec(RAPIDOCR_PACKAGE)
    if spec and spec.origin:
        folder = Path(spec.origin).parent
        for path in sorted(folder.rglob("*")):
            if path.suffix in MODEL_SUFFIXES and "__pycache__" not in path.parts:
                out[f"rapidocr/{path.relative_to(folder).as_posix()}"] = file_content(path)
    return out


def engine_versions() -> dict[str, str]:
    """Every engine and model a reading may depend on: name -> version or file identity."""
    return {**tesseract_versions(), **rapidocr_versions()}


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """Hash of `engine_versions()`, once per process (the probes cost ~50–100 ms)."""
    digest = hashlib.sha256()
    for name, value in sorted(engine_versions().items()):
        digest.update(f"{name}={value}\n".encode())
    return digest.hexdigest()[:16]
