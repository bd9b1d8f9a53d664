"""Whether tesseract and its chi_sim language pack are installed, with the command that fixes it."""

from __future__ import annotations

import os
import shutil
import subprocess

from pipeline.errors import EnvironmentProblem

INSTALL_HINT = "sudo apt-get install -y tesseract-ocr tesseract-ocr-chi-sim"


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


def one_ocr_thread(force: bool = False) -> None:
    """One OpenMP thread per OCR process: tesseract's threads fight each other across worker
    processes (one per core), and it halves the time per page on a 2-core machine. Must be in
    os.environ before libtesseract (libgomp) loads; pytesseract hands os.environ to each
    command. An operator's explicit value wins unless `force` (a worker process we own)."""
    if force:
        os.environ["OMP_THREAD_LIMIT"] = "1"
        os.environ.setdefault("OMP_NUM_THREADS", "1")
    else:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
