"""The inbox: one folder holding submissions, each a sub-folder or a .zip.

One lister for `verify-batch` and the nightly run, so both see the same submissions under the
same names (the names key outputs and the results index)."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import JinzhengError

# left by operating systems and office programs, never a submission
_SKIPPED_PREFIXES = (".", "~$")
_SKIPPED_NAMES = {"__MACOSX", "$RECYCLE.BIN", "System Volume Information"}


def list_inbox(inbox: Path | str) -> list[tuple[str, Path]]:
    """(submission name, path) for every sub-folder and .zip of the inbox, sorted by name.

    The name is the folder's name or the zip's stem, as `open_submission` calls it; when a
    folder and a zip share a stem (acme/ and acme.zip) each keeps its full name, so names stay
    unique. Hidden entries, Office lock files (~$…) and other files are not submissions."""
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise JinzhengError(f"收件目录不存在或不是文件夹：{inbox}")
    items = [p for p in sorted(inbox.iterdir(), key=lambda p: p.name)
             if not p.name.startswith(_SKIPPED_PREFIXES) and p.name not in _SKIPPED_NAMES
             and (p.is_dir() or (p.is_file() and p.suffix.lower() == ".zip"))]
    stems = [p.stem if p.is_file() else p.name for p in items]
    return [(stem if stems.count(stem) == 1 else path.name, path) for path, stem in zip(items, stems)]
