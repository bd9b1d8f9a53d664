"""The terminal of a nightly run (flows/progress.py): per-document progress, one line per
submission, Prefect's chatter hidden; and Prefect's telemetry notice never shown."""

from __future__ import annotations

import io
import logging
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from flows.progress import ERASE_LINE, NightlyConsole, document_progress, event_extra

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    """Time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _logger(name: str, handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.handlers = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_document_progress_logs_first_last_and_every_two_seconds():
    seen, clock = Collect(), Clock()
    show = document_progress(_logger("prefect.task_runs.test-docs", seen), "support_gaps", 2, 4, clock=clock)
    for done in range(1, 56):
        clock.now = done * 0.5           # a document every half second
        show(done, 55, f"f{done}.pdf")
    done_values = [r.jinzheng_event["done"] for r in seen.records]
    assert done_values[0] == 1 and done_values[-1] == 55
    assert 10 <= len(done_values) <= 16          # about one line per 2 s of the 27 s, not 55
    assert seen.records[0].getMessage() == "[2/4] support_gaps：文档 1/55 f1.pdf"


def test_terminal_redraws_one_status_line_and_prints_a_line_per_submission():
    stream = io.StringIO()
    console = NightlyConsole(stream, tty=True)
    log = _logger("prefect.task_runs.test-tty", console)
    for done in (1, 2, 3):
        log.info(f"[1/1] a：文档 {done}/3", extra=event_extra("documents", submission="a", done=done, total=3))
    log.info("[1/1] a：天津某公司，缺口 0 项", extra=event_extra("submission_done", submission="a"))
    out = stream.getvalue()
    assert out.count(ERASE_LINE) == 3 and out.count("\n") == 2       # redrawn, not 3 lines
    assert out.endswith("[1/1] a：文档 3/3\n[1/1] a：天津某公司，缺口 0 项\n")


def test_without_a_terminal_document_lines_are_rare_and_submission_lines_all_there():
    stream, clock = io.StringIO(), Clock()
    console = NightlyConsole(stream, tty=False, clock=clock)
    log = _logger("prefect.task_runs.test-file", console)
    for done in range(1, 101):
        clock.now = done * 1.0
        log.info(f"b：文档 {done}/100", extra=event_extra("documents", submission="b", done=done, total=100))
    log.info("b：完成", extra=event_extra("submission_done", submission="b"))
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()
    assert lines[0] == "b：文档 1/100" and lines[-2:] == ["b：文档 100/100", "b：完成"]
    assert len(lines) <= 2 + 100 // 30 + 1


def test_prefects_own_lines_stay_out_and_problems_are_one_line():
    stream = io.StringIO()
    console = NightlyConsole(stream, tty=False)
    run_log = _logger("prefect.flow_runs.test-quiet", console)
    run_log.info("Beginning flow run 'valiant-finch' for flow 'nightly-verification'")
    run_log.error("Task run failed with exception: Traceback (most recent call last):\n  File …")
    _logger("prefect.test-server", console).info("Starting temporary server on http://127.0.0.1:8186")
    _logger("prefect.client.test", console).warning("API 无法访问\nTraceback …")
    assert stream.getvalue() == "警告：API 无法访问\n"


def test_quiet_keeps_warnings_only():
    stream = io.StringIO()
    log = _logger("prefect.task_runs.test-q", NightlyConsole(stream, show_progress=False, tty=False))
    log.info("a：文档 1/2", extra=event_extra("documents", submission="a", done=1, total=2))
    log.info("a：完成", extra=event_extra("submission_done", submission="a"))
    log.error("b：核验失败：压缩包已损坏", extra=event_extra("submission_failed", submission="b"))
    assert stream.getvalue() == "b：核验失败：压缩包已损坏\n"


def _in_a_terminal(code: str, home: Path) -> str:
    """Run `python -c code` with stdin/stdout/stderr on a pseudo-terminal, as a person would,
    with a Prefect home never used before and no opt-out set: what it prints."""
    from prefect._internal.analytics.ci_detection import CI_ENV_VARS

    env = {k: v for k, v in os.environ.items()
           if k not in CI_ENV_VARS and k not in ("DO_NOT_TRACK", "PREFECT_SERVER_ANALYTICS_ENABLED",
                                                 "PREFECT_API_URL")}
    env.update(PREFECT_HOME=str(home), PYTHONPATH=str(ROOT))
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=follower, stdout=follower, stderr=follower,
                            env=env, cwd=ROOT)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:          # the other side closed
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(leader)
    return out.decode("utf-8", "replace")


NOTICE = "Prefect collects anonymous usage data"


def test_prefect_telemetry_notice_never_appears(tmp_path):
    pytest.importorskip("prefect")
    # the notice is real: a first import of prefect in a terminal prints it ...
    assert NOTICE in _in_a_terminal("import prefect", tmp_path / "plain-home")
    # ... and a jinzheng command that imports prefect never does (serve stops right after:
    # it needs a running server, exit 2 with a Chinese line)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    code = ("import sys; from pipeline.cli.main import main; "
            f"sys.exit(main(['serve', '--inbox', {str(inbox)!r}, '--out', {str(tmp_path / 'out')!r}]))")
    out = _in_a_terminal(code, tmp_path / "jinzheng-home")
    assert "PREFECT_API_URL" in out and "常驻" in out          # it got as far as importing prefect
    assert NOTICE not in out
