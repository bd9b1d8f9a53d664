"""libtesseract through its C API (ctypes): one engine per process, loaded once.

The `tesseract` command pays process start-up and the chi_sim model load (~0.16 s) on every
page and needs the page as an image file; the library keeps the model loaded and takes the
page's pixels straight from memory. Same library, same parameters, same TSV as the command
(`--psm N --oem 1 --dpi 200`), so the words and boxes are the ones the command gives.

No extra package: the C API ships in libtesseract itself. Where the library cannot be
loaded, `available()` is False and callers fall back to the command.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time

import numpy as np

from pipeline.read.ocr.environment import one_ocr_thread

OEM_LSTM_ONLY = 1


class TessApiError(RuntimeError):
    pass


class TessTimeout(TessApiError):
    pass


_LIB: ctypes.CDLL | None = None
_LOAD_FAILED = False


def _load() -> ctypes.CDLL | None:
    global _LIB, _LOAD_FAILED
    if _LIB is not None or _LOAD_FAILED:
        return _LIB
    one_ocr_thread()   # OpenMP reads it when libgomp loads
    names = [n for n in (ctypes.util.find_library("tesseract"), "libtesseract.so.5",
                         "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib") if n]
    for name in names:
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError:
            continue
    else:
        _LOAD_FAILED = True
        return None
    vp, cp, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    sigs = {
        "TessVersion": ([], cp),
        "TessBaseAPICreate": ([], vp),
        "TessBaseAPIDelete": ([vp], None),
        "TessBaseAPIEnd": ([vp], None),
        "TessBaseAPIInit2": ([vp, cp, cp, i], i),
        "TessBaseAPISetVariable": ([vp, cp, cp], i),
        "TessBaseAPISetPageSegMode": ([vp, i], None),
        "TessBaseAPISetImage": ([vp, vp, i, i, i, i], None),
        "TessBaseAPISetSourceResolution": ([vp, i], None),
        "TessBaseAPIRecognize": ([vp, vp], i),
        "TessBaseAPIGetTsvText": ([vp, i], vp),   # vp, not c_char_p: we must free it
        "TessBaseAPIClear": ([vp], None),
        "TessDeleteText": ([vp], None),
        "TessMonitorCreate": ([], vp),
        "TessMonitorDelete": ([vp], None),
        "TessMonitorSetDeadlineMSecs": ([vp, i], None),
    }
    try:
        for fname, (args, res) in sigs.items():
            fn = getattr(lib, fname)
            fn.argtypes, fn.restype = args, res
    except AttributeError:   # an old library without the C API we use
        _LOAD_FAILED = True
        return None
    _LIB = lib
    return lib


def available() -> bool:
    return _load() is not None


def version() -> str:
    lib = _load()
    return lib.TessVersion().decode() if lib else ""


class TessApi:
    """One initialised TessBaseAPI (language loaded once), reused for every page."""

    def __init__(self, lang: str, dpi: int = 200):
        lib = _load()
        if lib is None:
            raise TessApiError("libtesseract 无法加载")
        self._lib = lib
        self.dpi = dpi
        self._handle = lib.TessBaseAPICreate()
        # datapath None: the same default (TESSDATA_PREFIX or the built-in path) as the command
        if lib.TessBaseAPIInit2(self._handle, None, lang.encode(), OEM_LSTM_ONLY) != 0:
            lib.TessBaseAPIDelete(self._handle)
            self._handle = None
            raise TessApiError(f"tesseract 语言包 {lang} 无法加载")
        # what `--dpi 200` does on the command line: PGM pixels carry no resolution
        lib.TessBaseAPISetVariable(self._handle, b"user_defined_dpi", str(dpi).encode())

    def tsv(self, gray: np.ndarray, psm: int, timeout_s: float) -> str:
        """TSV rows (no header) for one uint8 grayscale image, as `tesseract ... tsv` gives."""
        lib, h = self._lib, self._handle
        gray = np.ascontiguousarray(gray, dtype=np.uint8)
        rows, cols = gray.shape
        lib.TessBaseAPISetPageSegMode(h, psm)
        lib.TessBaseAPISetImage(h, gray.ctypes.data, cols, rows, 1, cols)
        lib.TessBaseAPISetSourceResolution(h, self.dpi)
        monitor = lib.TessMonitorCreate()
        try:
            lib.TessMonitorSetDeadlineMSecs(monitor, int(timeout_s * 1000))
            start = time.monotonic()
            status = lib.TessBaseAPIRecognize(h, monitor)
            if status != 0:
                lib.TessBaseAPIClear(h)
                if time.monotonic() - start >= timeout_s * 0.95:
                    raise TessTimeout(f"recognition exceeded {timeout_s:.0f} s")
                raise TessApiError(f"recognition failed (status {status})")
            ptr = lib.TessBaseAPIGetTsvText(h, 0)
            try:
                text = ctypes.string_at(ptr).decode("utf-8", errors="replace") if ptr else ""
            finally:
                if ptr:
                    lib.TessDeleteText(ptr)
        finally:
            lib.TessMonitorDelete(monitor)
        lib.TessBaseAPIClear(h)
        return text

    def close(self) -> None:
        if self._handle:
            self._lib.TessBaseAPIEnd(self._handle)
            self._lib.TessBaseAPIDelete(self._handle)
            self._handle = None

    def __del__(self) -> None:  # pragma: no cover - interpreter shutdown order varies
        try:
            self.close()
        except Exception:
            pass


def parse_tsv(text: str) -> dict[str, list]:
    """The TSV rows as pytesseract's Output.DICT gives them (column -> list of ints, text)."""
    cols = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
            "left", "top", "width", "height", "conf", "text")
    out: dict[str, list] = {c: [] for c in cols}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 11:
            continue
        if len(parts) == 11:
            parts.append("")
        for c, v in zip(cols[:11], parts[:11]):
            out[c].append(int(float(v)))   # as pytesseract: conf truncated
        out["text"].append("\t".join(parts[11:]))
    return out
