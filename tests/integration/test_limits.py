"""Time and memory limits per document, on inputs that are genuinely expensive to read.

Each limit gives that document a specific issue while the others in the batch are read;
a killed worker takes its tesseract children with it; a missing language pack stops the run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image

from helpers.bad_inputs import scanned_pdf, text_pdf
from helpers.ocr_pages import render_contract_page
from pipeline.documents.workers import WorkerPool, document_time_limit, process_documents
from pipeline.settings import Settings
from pipeline.ingest.submission import SourceFile, sha256_file

SCAN_PAGES = 30


def _source(path: Path) -> SourceFile:
    return SourceFile(path, path.name, sha256_file(path), path.stat().st_size)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("limits")
    page = d / "page.png"
    Image.fromarray(render_contract_page(table=False).image).save(page)
    big = d / "big_scan.png"
    Image.new("L", (7500, 7500), 255).save(big)       # 56 M pixels: within the pixel limit
    return {
        "good": text_pdf(d / "good.pdf", ["中标通知书", "致：天津华创工业互联网有限公司",
                                          "中标金额：人民币叁佰万元整（¥3,000,000.00）", "2023年5月8日"]),
        # 30 full scanned pages to OCR: ~1 minute of tesseract, a few KB on disk
        "slow": scanned_pdf(d / "long_scan.pdf", SCAN_PAGES, str(page)),
        "big": big,
        "page": page,
    }


def _fast(**changes) -> Settings:
    return Settings(cache_dir=None, reread_engine=None, workers=2, page_timeout_s=0.0).with_(**changes)


def test_time_limit_gives_a_timeout_issue_and_the_rest_is_read(files):
    docs, _ = process_documents([_source(files["slow"]), _source(files["good"])],
                                _fast(document_timeout_s=5))
    slow, good = docs
    assert good.readable and good.doc_type == "procurement_proof" and not good.issues
    (issue,) = slow.issues
    assert issue.code == "timeout" and not slow.readable
    # the limit the worker ran into, and the page count it reported before reading
    assert "5 秒" in issue.message and f"共 {SCAN_PAGES} 页" in issue.message
    assert issue.advice.startswith("请")


def test_timeout_is_cached_by_its_limits(files, tmp_path):
    settings = _fast(document_timeout_s=3, cache_dir=tmp_path / "cache")
    first, stats = process_documents([_source(files["slow"])], settings)
    assert first[0].issues[0].code == "timeout" and stats["processed"] == 1
    again, stats = process_documents([_source(files["slow"])], settings)
    assert stats["processed"] == 0 and stats["cache_hits"] == 1
    assert again[0].issues[0].message == first[0].issues[0].message
    # a higher limit is a new attempt, not the remembered timeout
    _, stats = process_documents([_source(files["slow"])], settings.with_(document_timeout_s=4))
    assert stats["processed"] == 1


def test_time_limit_grows_with_pages():
    settings = Settings()
    assert document_time_limit(settings, 200) >= 200 * settings.page_timeout_s
    assert document_time_limit(settings, 200) > document_time_limit(settings, 1)
    # a file claiming 100,000 pages gets no more than max_pages worth
    assert document_time_limit(settings, 100_000) == document_time_limit(settings, settings.max_pages)


def test_memory_limit_gives_an_issue_and_the_rest_is_read(files):
    docs, _ = process_documents([_source(files["big"]), _source(files["good"])],
                                _fast(document_memory_mb=150, document_timeout_s=120))
    big, good = docs
    assert good.readable and good.doc_type == "procurement_proof"
    (issue,) = big.issues
    assert issue.code in ("too_large", "crashed") and "内存" in issue.message, issue
    assert issue.advice.startswith("请")
    # the same file reads within the default limit: the issue came from the limit
    (read,) = process_documents([_source(files["big"])], _fast(document_timeout_s=120))[0]
    assert not any("内存" in i.message for i in read.issues)


def _group_members(pgid: int) -> list[str]:
    names = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            # a zombie has already died: it only waits for a parent to reap it
            if int(fields[2]) == pgid and int(entry) != pgid and fields[0] != "Z":
                with open(f"/proc/{entry}/comm") as fh:
                    names.append(fh.read().strip())
        except (OSError, IndexError, ValueError):
            continue
    return names


def watch_a_killed_worker(slow: str) -> dict:
    """Run in a fresh interpreter (below): one worker reading a long scan with the tesseract
    command, killed at its deadline; what its process group held before and after."""
    settings = _fast(document_timeout_s=4, workers=1)
    seen: set[str] = set()
    stop = threading.Event()
    with WorkerPool(settings, 1) as pool:
        pgid = pool.workers[0].process.pid
        leads = os.getpgid(pgid) == pgid          # the worker leads its own process group

        def watch() -> None:
            while not stop.is_set():
                seen.update(_group_members(pgid))
                stop.wait(0.05)

        watcher = threading.Thread(target=watch)
        watcher.start()
        done = []
        try:
            pool.run([(0, _source(Path(slow)))], lambda i, d: done.append(d))
        finally:
            stop.set()
            watcher.join()
        return {"leads": leads, "code": done[0].issues[0].code, "seen": sorted(seen),
                "left": _group_members(pgid)}


def test_killed_worker_takes_its_tesseract_children(files):
    """With the tesseract command (the fallback when libtesseract cannot be loaded) OCR runs
    as a child of the worker; killing the worker at its deadline must take that child too.
    A fresh interpreter, so the command path and a plain fork are what this test sees."""
    env = {**os.environ, "JINZHENG_TESSERACT": "command"}
    code = ("import json, sys; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/..']; import test_limits; "
            "print(json.dumps(test_limits.watch_a_killed_worker(sys.argv[2])))")
    run = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(files["slow"])],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["leads"]
    assert result["code"] == "timeout"
    assert "tesseract" in result["seen"]          # OCR ran as a child in the worker's group
    assert result["left"] == []                   # and nothing of it outlived the kill


@pytest.mark.parametrize("tesseract", ["library", "command"])
def test_missing_language_pack_stops_the_run(files, tmp_path, tesseract):
    """Not a bad file: every scan would fail the same way, so the run stops (exit 2), whether
    tesseract runs in-process or as the command. A fresh interpreter: worker servers started
    by earlier tests keep the environment they started with."""
    empty = tmp_path / "tessdata"
    empty.mkdir()
    env = {**os.environ, "TESSDATA_PREFIX": str(empty),        # a tesseract without chi_sim
           "JINZHENG_TESSERACT": "command" if tesseract == "command" else ""}
    code = ("import sys; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/..']; import test_limits; "
            "from pipeline.documents.workers import process_documents; from pipeline.errors import EnvironmentProblem\n"
            "try:\n"
            "    process_documents([test_limits._source(test_limits.Path(p)) for p in sys.argv[2:]],"
            " test_limits._fast(document_timeout_s=60))\n"
            "except EnvironmentProblem as exc:\n"
            "    print('ENVIRONMENT', exc)\n")
    run = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(files["good"]),
                          str(files["page"])], capture_output=True, text=True, env=env, timeout=300)
    assert "ENVIRONMENT" in run.stdout and "chi_sim" in run.stdout, run.stdout + run.stderr
    cli = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--no-cache", "--no-reread",
                          str(files["page"])], capture_output=True, text=True, env=env, timeout=300,
                         cwd=Path(__file__).resolve().parents[2])
    assert cli.returncode == 2 and "chi_sim" in cli.stderr, cli.stderr
