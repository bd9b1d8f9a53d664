"""The OCR engine interface, the engine registry and the tesseract environment check."""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Callable, Protocol

import numpy as np

from ..errors import EnvironmentProblem
from ..models import Box, PageText

INSTALL_HINT = "sudo apt-get install -y tesseract-ocr tesseract-ocr-chi-sim"


class OcrEngine(Protocol):
    name: str   # "tesseract" | "rapidocr"

    def read_page(self, image: np.ndarray, page_number: int) -> PageText:
        """Whole page (RGB or gray uint8) -> PageText, method f"ocr:{name}", boxes as
        fractions of this image."""
        ...

    def read_region(self, image: np.ndarray, box: Box, page_number: int = 0) -> PageText:
        """Re-read only the part of `image` under `box` (page fractions, a margin is added);
        the spans' boxes are fractions of the whole page."""
        ...


def _tesseract() -> OcrEngine:
    from .tesseract import TesseractEngine
    return TesseractEngine()


def _rapidocr() -> OcrEngine:
    from .rapid import RapidEngine
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


_TESSERACT_OK = False


def check_tesseract() -> None:
    """Raise EnvironmentProblem, with the command that fixes it, when the tesseract binary
    or its chi_sim language pack is missing. Cached once it passes."""
    global _TESSERACT_OK
    if _TESSERACT_OK:
        return
    import pytesseract

    cmd = pytesseract.pytesseract.tesseract_cmd
    if shutil.which(cmd) is None:
        raise EnvironmentProblem(f"tesseract 未安装（找不到程序 {cmd!r}）；请运行：{INSTALL_HINT}")
    try:
        langs = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError, subprocess.SubprocessError) as exc:
        raise EnvironmentProblem(f"tesseract 无法运行（{exc}）；请运行：{INSTALL_HINT}") from exc
    if "chi_sim" not in langs:
        raise EnvironmentProblem(
            f"tesseract 缺少简体中文语言包 chi_sim（已有：{', '.join(sorted(langs)) or '无'}）；"
            f"请运行：{INSTALL_HINT}")
    _TESSERACT_OK = True
