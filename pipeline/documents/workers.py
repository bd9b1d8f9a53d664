"""Processing documents in worker processes, each document under a time and memory limit.

One hostile file (a decompression bomb, a PDF that loops) must not stall or kill the batch:
every document is read in a worker process (even a single one), one at a time; a worker that
overruns its deadline or dies is killed with its OCR children and replaced, the document gets
a specific issue, and the other documents go on. A missing OCR language pack is not a bad
file: it stops the run with EnvironmentProblem, as it would in-process.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing as mp
import os
import resource
import signal
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable

from pipeline.documents.cache import DocumentCache, cache_key
from pipeline.documents.document import process_document
from pipeline.errors import EnvironmentProblem
from pipeline.models import Document, DocumentIssue
from pipeline.read.ocr.environment import one_ocr_thread
from pipeline.read.reader import count_pages
from pipeline.settings import Settings
from pipeline.ingest.submission import SourceFile

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

_PR_SET_PDEATHSIG = 1
# outcomes that say nothing about the file, so are never cached (a timeout is, by its limits)
_NOT_CACHED = ("timeout", "crashed", "internal_error")


def document_time_limit(settings: Settings, pages: int | None) -> float:
    """Seconds allowed for one document: a base plus a share per page, so a legitimate
    200-page scan is not cut off while a one-page file that loops is stopped early."""
    pages = min(max(pages or 1, 1), settings.max_pages)
    return settings.document_timeout_s + settings.page_timeout_s * pages


def _limit_worker(settings: Settings) -> None:
    # Own process group: a kill reaches the tesseract children too (os.killpg). The parent
    # does the same right after the fork, so the group exists whichever runs first.
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    # Die with our parent (the forkserver, which exits with the run), not linger reading pages.
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    one_ocr_thread(force=True)
    if settings.document_memory_mb:
        # on top of what the worker holds before reading (the imported code; with fork, the
        # parent's memory), so the limit means the same whichever way the worker started
        limit = _data_size() + settings.document_memory_mb * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
        except (ValueError, OSError):
            pass


def _data_size() -> int:
    """This process's data segment in bytes (what RLIMIT_DATA counts), 0 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _worker_main(conn: Connection, settings: Settings, second_reader_turn=None) -> None:
    _limit_worker(settings)
    if second_reader_turn is not None:
        from pipeline.read.ocr import rapid
        rapid.share_turns(second_reader_turn)
    conn.send(("ready", -1, None))   # its own process group and limits are in place
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, source = task
        conn.send(("pages", index, count_pages(source.path)))
        try:
            result = read_one(source, settings)
        except EnvironmentProblem as exc:
            conn.send(("environment", index, str(exc)))
            continue
        conn.send(("done", index, result))


def read_one(source: SourceFile, settings: Settings) -> Document:
    """One document; only an environment problem escapes (it is not the file's fault)."""
    try:
        return process_document(source, settings)
    except EnvironmentProblem:
        raise
    except MemoryError:
        return _failed(source, "too_large",
                       f"处理该文件时内存超过 {settings.document_memory_mb} MB 上限，已中止",
                       "请降低扫描分辨率（300 dpi 以内）或将文件拆分后上传")
    except Exception as exc:  # an unexpected bug must not take the batch down
        log.exception("processing %s failed", source.rel)
        return _failed(source, "internal_error", f"处理该文件时出错：{type(exc).__name__}: {exc}"[:300],
                       "请将该文件反馈给技术支持；也可重新导出为 PDF 后再上传")


def _failed(source: SourceFile, code: str, message: str, advice: str) -> Document:
    return Document(path=source.rel, sha256=source.sha256,
                    issues=[DocumentIssue(code, message, advice)])


@dataclass
class _Worker:
    process: mp.Process
    conn: Connection
    task: tuple[int, SourceFile] | None = None
    started: float = 0.0
    deadline: float = 0.0
    limit: float = 0.0
    pages: int | None = None


def _kill(process: mp.Process) -> None:
    """The worker and everything it started (tesseract runs as a child process)."""
    if process.pid is None or process.exitcode is not None:
        # already gone (and perhaps reaped): its id may belong to someone else by now
        process.join(timeout=5)
        return
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()   # not (or no longer) its own group
    process.join(timeout=5)


def _context():
    """fork when this process runs a single Python thread and has not loaded onnxruntime
    (the CLI: OCR only ever runs in workers): the reading code is already imported here, so
    a worker starts in milliseconds. With other threads alive (Prefect flows) or an
    onnxruntime session here, forking is unsafe, so workers fork from a server that has
    imported the reading code (spaCy, pdfplumber, OpenCV) itself: a few seconds, once."""
    if threading.active_count() == 1 and "onnxruntime" not in sys.modules \
            and "fork" in mp.get_all_start_methods():
        # spaCy is imported on first use (small commands never pay for it): load it once
        # here, before the fork, rather than once in every worker
        from pipeline.extract.entities import get_nlp
        get_nlp()
        return mp.get_context("fork")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["pipeline.documents.document", "pipeline.extract.entities", "spacy", "spacy.lang.zh"])
    return ctx


class WorkerPool:
    def __init__(self, settings: Settings, size: int):
        self.settings = settings
        self.size = size
        self.ctx = _context()
        # RapidOCR needs ~1 GB while it reads a page: workers take turns, so the run stays
        # under 2 GB with every core reading (tesseract pages go on meanwhile)
        self.second_reader_turn = self.ctx.Lock()
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_worker_main, args=(child, self.settings, self.second_reader_turn),
                                   daemon=True)
        process.start()
        child.close()
        try:
            os.setpgid(process.pid, process.pid)
        except OSError:
            pass   # already exited, or already its own group
        return _Worker(process, parent)

    @staticmethod
    def _await_ready(workers: list[_Worker]) -> None:
        """Until each worker leads its own group (so a kill reaches its children) or dies."""
        waiting = {w.conn: w for w in workers}
        deadline = time.monotonic() + READY_WAIT_S
        while waiting and time.monotonic() < deadline:
            for conn in wait(list(waiting), timeout=max(0.0, deadline - time.monotonic())):
                try:
                    conn.recv()
                except (EOFError, OSError):
                    pass   # died at start: run() sees the closed pipe and replaces it
                waiting.pop(conn)

    def __enter__(self) -> "WorkerPool":
        self.workers = [self._spawn() for _ in range(self.size)]
        self._await_ready(self.workers)
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is not None:   # stopping early: nothing to wait for
            for w in self.workers:
                _kill(w.process)
            return
        for w in self.workers:
            try:
                w.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        for w in self.workers:
            w.process.join(timeout=2)
            if w.process.is_alive():
                _kill(w.process)

    def _start(self, w: _Worker, task: tuple[int, SourceFile]) -> None:
        w.task, w.pages = task, None
        w.started = time.monotonic()
        w.limit = document_time_limit(self.settings, None)
        w.deadline = w.started + w.limit
        w.conn.send(task)

    def run(self, tasks: list[tuple[int, SourceFile]], on_done: Callable[[int, Document], None]) -> None:
        pending = list(reversed(tasks))
        while pending or any(w.task for w in self.workers):
            for w in self.workers:
                if w.task is None and pending:
                    self._start(w, pending.pop())
            busy = [w for w in self.workers if w.task is not None]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=timeout)
            for w in busy:
                if w.conn in ready:
                    try:
                        kind, index, payload = w.conn.recv()
                    except (EOFError, OSError):
                        self._replace(w, "crashed", "处理该文件的进程意外退出（可能是内存超限或文件异常），未能读取",
                                      "请检查文件是否完整，或降低扫描分辨率、拆分文件后重新上传", on_done)
                        continue
                    if kind == "pages":
                        # the limit grows with the pages the file claims (capped at max_pages)
                        w.pages = payload
                        w.limit = document_time_limit(self.settings, payload)
                        w.deadline = w.started + w.limit
                    elif kind == "environment":
                        raise EnvironmentProblem(payload)
                    else:
                        w.task = None
                        on_done(index, payload)
                elif time.monotonic() >= w.deadline:
                    pages = f"（共 {w.pages} 页）" if w.pages else ""
                    self._replace(w, "timeout",
                                  f"处理时间超过 {w.limit:.0f} 秒上限{pages}，已中止；文件可能异常（如对象循环引用、超大图片）",
                                  "请重新导出或扫描为清晰度适中的 PDF（300 dpi 以内），过大的文件请拆分后上传",
                                  on_done)

    def _replace(self, w: _Worker, code: str, message: str, advice: str,
                 on_done: Callable[[int, Document], None]) -> None:
        index, source = w.task  # type: ignore[misc]
        _kill(w.process)
        w.conn.close()
        fresh = self._spawn()
        self._await_ready([fresh])
        w.process, w.conn, w.task = fresh.process, fresh.conn, None
        on_done(index, _failed(source, code, message, advice))


# a forkserver's first worker imports nothing new (the server preloads), so seconds at most
READY_WAIT_S = 60.0


def timeout_cache_key(sha256: str, settings: Settings) -> str:
    """A timeout is remembered under the limits it ran into: raising them tries again."""
    return cache_key(sha256, settings) + f"-timeout-{settings.document_timeout_s:g}-{settings.page_timeout_s:g}"


def process_documents(sources: Iterable[SourceFile], settings: Settings,
                      progress: Progress | None = None) -> tuple[list[Document], dict[str, int]]:
    """Documents in the order given; cached results are reused by content."""
    sources = list(sources)
    cache = DocumentCache(settings.cache_dir)
    results: list[Document | None] = [None] * len(sources)
    todo: list[tuple[int, SourceFile]] = []
    first_of_content: dict[str, int] = {}
    duplicates: list[tuple[int, int]] = []
    done = 0

    def report(index: int) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(sources), sources[index].rel)

    for index, source in enumerate(sources):
        cached = cache.get(cache_key(source.sha256, settings), source.rel)
        if cached is None:
            cached = cache.get(timeout_cache_key(source.sha256, settings), source.rel)
        if cached is not None:
            results[index] = cached
            report(index)
        elif source.sha256 in first_of_content:
            duplicates.append((index, first_of_content[source.sha256]))  # same bytes: read once
        else:
            first_of_content[source.sha256] = index
            todo.append((index, source))

    def on_done(index: int, doc: Document) -> None:
        results[index] = doc
        codes = {i.code for i in doc.issues}
        if codes == {"timeout"}:
            cache.put(timeout_cache_key(sources[index].sha256, settings), doc)
        elif not codes & set(_NOT_CACHED):
            cache.put(cache_key(sources[index].sha256, settings), doc)
        report(index)

    if todo and mp.current_process().daemon:
        # A daemonic process (a Dask worker under a nanny) may not start children: read here,
        # one at a time, without the per-document limits (README: run such workers with
        # distributed.worker.daemon=False so the limits hold).
        log.warning("running in a daemonic process: %d document(s) read without time/memory limits", len(todo))
        for index, source in todo:
            on_done(index, read_one(source, settings))
    elif todo:
        # always in workers, even for one document: only there do the limits hold. Largest
        # files first (bytes track scanned pages): the last ones handed out are short, so no
        # worker idles at the end behind one long scan.
        todo.sort(key=lambda item: item[1].size, reverse=True)
        with WorkerPool(settings, min(settings.workers, len(todo))) as pool:
            pool.run(todo, on_done)

    from pipeline.serialize import relocate
    for index, original in duplicates:
        results[index] = relocate(results[original], sources[index].rel)  # type: ignore[arg-type]
        report(index)
    stats = {"documents": len(sources), "processed": len(todo), "cache_hits": cache.hits,
             "duplicates": len(duplicates)}
    return [r for r in results if r is not None], stats
