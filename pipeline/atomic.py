"""Files written whole or not at all: outputs, caches and the results index share this."""

from __future__ import annotations

import glob
import os
import tempfile
import time
from pathlib import Path

# A temporary file whose writer (its pid is in the name) is gone, and that is older than
# this, was left by a kill; any temporary older than STALE_TMP_SECONDS is left over too.
# A live write takes milliseconds.
DEAD_WRITER_TMP_SECONDS = 1.0
STALE_TMP_SECONDS = 3600.0


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write to a temporary file beside `path` and rename: readers see old or new, never half.

    The folder is fsynced after the rename so a crash cannot lose the new name either, and
    temporaries left beside `path` by a killed writer are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_tmp(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; reports are read by colleagues on shared servers
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _remove_stale_tmp(path: Path) -> None:
    now = time.time()
    prefix = f".{path.name}."
    for old in path.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        try:
            age = now - old.stat().st_mtime
            writer = old.name[len(prefix):].split(".", 1)[0]
            dead = writer.isdigit() and not pid_alive(int(writer))
            if age > STALE_TMP_SECONDS or (dead and age > DEAD_WRITER_TMP_SECONDS):
                old.unlink()
        except OSError:
            pass   # another writer removed it, or it is not ours to remove


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
