"""What a nightly run says while it runs: per document, per submission, in Chinese.

The flow reports through its Prefect run logger, so the same lines reach the Prefect UI (and,
on Dask, come from the worker that did the work); each record carries a small event
(`record.jinzheng_event`) that `NightlyConsole` renders in the terminal of `jinzheng nightly`:
a status line redrawn per document on a terminal (a line at most every
NON_TTY_DOCUMENT_EVERY_S in a log file), one line per submission as it finishes, warnings and
errors as one line each. Prefect's own chatter (flow run names, states) stays out of the
terminal unless `-v` is given. This module never imports prefect.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, TextIO

EVENT = "jinzheng_event"
# a document line to the run log (and the UI) at most this often, besides the first and last
LOG_DOCUMENT_EVERY_S = 2.0
# without a terminal (cron, a log file) the console writes a document line at most this often
NON_TTY_DOCUMENT_EVERY_S = 30.0
# back to the line's start and clear it (a width count would miss that CJK takes two columns)
ERASE_LINE = "\r\x1b[2K"


def event_extra(kind: str, **values: Any) -> dict[str, Any]:
    """`extra=` for a logger call: the event NightlyConsole renders."""
    return {EVENT: {"kind": kind, **values}}


def position_text(position: int | None, count: int | None) -> str:
    return f"[{position}/{count}] " if position and count else ""


def document_progress(logger: Any, name: str, position: int | None = None, count: int | None = None,
                      clock: Callable[[], float] = time.monotonic) -> Callable[[int, int, str], None]:
    """A `pipeline.documents.workers.Progress` that logs 「[1/4] support_gaps：文档 20/55 a.pdf」:
    the first document, the last, and in between at most every LOG_DOCUMENT_EVERY_S."""
    last = [float("-inf")]

    def show(done: int, total: int, path: str) -> None:
        now = clock()
        if done not in (1, total) and now - last[0] < LOG_DOCUMENT_EVERY_S:
            return
        last[0] = now
        logger.info("%s%s：文档 %d/%d %s", position_text(position, count), name, done, total, path,
                    extra=event_extra("documents", submission=name, done=done, total=total, path=path,
                                      position=position, count=count))
    return show


class NightlyConsole(logging.Handler):
    """The terminal of `jinzheng nightly`: our events in plain Chinese, Prefect's INFO hidden."""

    def __init__(self, stream: TextIO, *, show_progress: bool = True, tty: bool | None = None,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(level=logging.INFO)
        self.stream = stream
        self.show_progress = show_progress
        self.tty = stream.isatty() if tty is None else tty
        self.clock = clock
        self.status = ""            # the document line drawn last (a terminal only)
        self.last_document_line: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        try:
            event = getattr(record, EVENT, None)
            if event is None:
                if record.levelno >= logging.WARNING and not record.name.startswith(("prefect.flow_runs",
                                                                                     "prefect.task_runs")):
                    # run loggers' own failures are said by our per-submission lines instead
                    self._line(f"{'错误' if record.levelno >= logging.ERROR else '警告'}："
                               f"{record.getMessage().splitlines()[0] if record.getMessage() else ''}")
                return
            if not self.show_progress and record.levelno < logging.WARNING:
                return
            if event["kind"] == "documents":
                self._documents(record.getMessage(), event)
            else:
                self._line(record.getMessage())
        except Exception:   # noqa: BLE001 - logging must never end the run
            self.handleError(record)

    def _documents(self, text: str, event: dict[str, Any]) -> None:
        if self.tty:
            self.stream.write(ERASE_LINE + text)
            self.status = text
            if event.get("done") == event.get("total"):
                self.stream.write("\n")
                self.status = ""
            self.stream.flush()
            return
        now, key = self.clock(), str(event.get("submission"))
        last = self.last_document_line.get(key)
        if event.get("done") in (1, event.get("total")) or last is None or now - last >= NON_TTY_DOCUMENT_EVERY_S:
            self.last_document_line[key] = now
            self._line(text)

    def _line(self, text: str) -> None:
        if self.status:          # a line of its own below the status line, which is redrawn later
            self.stream.write(ERASE_LINE)
            self.status = ""
        self.stream.write(text + "\n")
        self.stream.flush()
