"""Processing many documents in parallel worker processes, each under a time limit.

One hostile file (a decompression bomb, a PDF that loops) must not stall or kill the batch:
each worker handles one document at a time; a worker that overruns its deadline or dies is
replaced and the document gets a specific issue, while the other documents go on.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import resource
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable

from .cache import DocumentCache, cache_key
from .document import process_document
from .models import Document, DocumentIssue
from .settings import Settings
from .submission import SourceFile

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


def _limit_worker(settings: Settings) -> None:
    # tesseract's OpenMP threads fight each other across processes; one thread each is faster
    os.environ["OMP_THREAD_LIMIT"] = "1"
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if settings.document_memory_mb:
        limit = settings.document_memory_mb * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
        except (ValueError, OSError):
            pass


def _worker_main(conn: Connection, settings: Settings) -> None:
    _limit_worker(settings)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, source = task
        try:
            result = process_document(source, settings)
        except MemoryError:
            result = _failed(source, "too_large", "处理该文件时内存超限", "请降低扫描分辨率或拆分文件")
        except Exception as exc:  # an unexpected bug must not take the batch down
            log.exception("processing %s failed", source.rel)
            result = _failed(source, "internal_error", f"处理该文件时出错：{type(exc).__name__}: {exc}",
                             "请将该文件反馈给技术支持")
        conn.send((index, result))


def _failed(source: SourceFile, code: str, message: str, advice: str) -> Document:
    return Document(path=source.rel, sha256=source.sha256,
                    issues=[DocumentIssue(code, message, advice)])


@dataclass
class _Worker:
    process: mp.Process
    conn: Connection
    task: tuple[int, SourceFile] | None = None
    deadline: float = 0.0


class WorkerPool:
    def __init__(self, settings: Settings, size: int):
        self.settings = settings
        self.size = size
        self.ctx = mp.get_context("forkserver")
        # Workers fork from a server that has already imported the reading code (spaCy,
        # pdfplumber, OpenCV): starting one costs milliseconds, not seconds. Naming the
        # preload also stops the server from re-importing the caller's __main__, so scripts
        # without an `if __name__ == "__main__"` guard work.
        self.ctx.set_forkserver_preload(["pipeline.document", "pipeline.nlp"])
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_worker_main, args=(child, self.settings), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def __enter__(self) -> "WorkerPool":
        self.workers = [self._spawn() for _ in range(self.size)]
        return self

    def __exit__(self, *exc) -> None:
        for w in self.workers:
            try:
                w.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        for w in self.workers:
            w.process.join(timeout=2)
            if w.process.is_alive():
                w.process.kill()

    def run(self, tasks: list[tuple[int, SourceFile]], on_done: Callable[[int, Document], None]) -> None:
        pending = list(reversed(tasks))
        while pending or any(w.task for w in self.workers):
            for w in self.workers:
                if w.task is None and pending:
                    w.task = pending.pop()
                    w.deadline = time.monotonic() + self.settings.document_timeout_s
                    w.conn.send(w.task)
            busy = [w for w in self.workers if w.task is not None]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=timeout)
            for w in busy:
                if w.conn in ready:
                    try:
                        index, doc = w.conn.recv()
                    except (EOFError, OSError):
                        self._replace(w, "crashed", "处理该文件的进程意外退出（可能是内存超限或文件异常）",
                                      "请检查文件是否完整，或降低扫描分辨率后重新上传", on_done)
                        continue
                    w.task = None
                    on_done(index, doc)
                elif time.monotonic() >= w.deadline:
                    self._replace(w, "timeout",
                                  f"处理时间超过 {self.settings.document_timeout_s:.0f} 秒上限，已中止",
                                  "请拆分过大的文件，或上传清晰度适中的扫描件", on_done)

    def _replace(self, w: _Worker, code: str, message: str, advice: str,
                 on_done: Callable[[int, Document], None]) -> None:
        index, source = w.task  # type: ignore[misc]
        w.process.kill()
        w.process.join(timeout=5)
        w.conn.close()
        fresh = self._spawn()
        w.process, w.conn, w.task = fresh.process, fresh.conn, None
        on_done(index, _failed(source, code, message, advice))


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
        key = cache_key(source.sha256, settings)
        cached = cache.get(key, source.rel)
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
        if not any(i.code in ("timeout", "crashed", "internal_error") for i in doc.issues):
            cache.put(cache_key(sources[index].sha256, settings), doc)
        report(index)

    if todo:
        if settings.workers <= 1 or len(todo) == 1:
            _limit_worker_env()
            for index, source in todo:
                on_done(index, process_document(source, settings))
        else:
            # largest files first (bytes track scanned pages): the last ones handed out are
            # short, so no worker idles at the end behind one long scan
            todo.sort(key=lambda item: item[1].size, reverse=True)
            with WorkerPool(settings, min(settings.workers, len(todo))) as pool:
                pool.run(todo, on_done)

    from .serialize import relocate
    for index, original in duplicates:
        results[index] = relocate(results[original], sources[index].rel)  # type: ignore[arg-type]
        report(index)
    stats = {"documents": len(sources), "processed": len(todo), "cache_hits": cache.hits,
             "duplicates": len(duplicates)}
    return [r for r in results if r is not None], stats


def _limit_worker_env() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
