"""One handler maps every outcome to an exit code: an unexpected internal error is 2 (never 1,
which means "verified, gaps"), with one Chinese line and a log holding the traceback."""

from __future__ import annotations

import os
import subprocess
import sys

from pipeline.cli import main as cli
from pipeline.errors import EXIT_CANNOT_RUN


def test_an_unexpected_error_exits_2_with_a_chinese_line_and_a_log(monkeypatch, tmp_path, capsys):
    def broken(args):
        raise KeyError("injected fault")

    monkeypatch.setenv("JINZHENG_LOG_DIR", str(tmp_path))
    cli._load_extensions()
    monkeypatch.setitem(cli.COMMANDS, "status", broken)
    code = cli.main(["status", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == EXIT_CANNOT_RUN
    assert "内部错误" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    logs = list(tmp_path.glob("jinzheng-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    text = logs[0].read_text(encoding="utf-8")
    assert "injected fault" in text and "Traceback" in text


def test_a_fault_in_a_real_process_exits_2_without_a_traceback(tmp_path):
    """The installed entry point, in a fresh interpreter, with a fault injected in a library call."""
    (tmp_path / "jinzheng.sqlite").touch()      # an index is there: the fault is inside the library
    script = ("import sys, pipeline.results.index as index\n"
              "def boom(*a, **k): raise RuntimeError('injected')\n"
              "index.ResultsIndex = boom\n"
              "from pipeline.cli.main import main\n"
              f"sys.exit(main(['status', '--out', {str(tmp_path)!r}]))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "JINZHENG_LOG_DIR": str(tmp_path)}, timeout=120)
    assert run.returncode == EXIT_CANNOT_RUN, run.stderr
    assert "内部错误" in run.stderr and "Traceback" not in run.stderr
