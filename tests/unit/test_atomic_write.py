"""The atomic writer: old or new content, never half; leftovers of killed writers removed."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from pipeline.atomic import write_atomic


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_killed_writers_are_removed(tmp_path):
    target = tmp_path / "report.json"
    write_atomic(target, "old")
    dead = tmp_path / f".report.json.{_dead_pid()}.abc123.tmp"
    dead.write_text("{half")
    live = tmp_path / f".report.json.{os.getpid()}.def456.tmp"     # a write in progress
    live.write_text("{in progress")
    ancient = tmp_path / ".report.json.xyz.tmp"
    ancient.write_text("{")
    past = time.time() - 7200
    for path in (dead, live):
        os.utime(path, (time.time() - 5, time.time() - 5))
    os.utime(ancient, (past, past))
    other = tmp_path / f".gaps.csv.{_dead_pid()}.abc.tmp"              # another file's: not ours
    other.write_text("x")
    os.utime(other, (time.time() - 5, time.time() - 5))
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert not dead.exists() and not ancient.exists()
    assert live.exists() and other.exists()
    assert oct(target.stat().st_mode & 0o777) == "0o644"
