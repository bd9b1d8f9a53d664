"""Loads the peer projects' test vectors (see tests/vectors/README.md).

The vectors are vendored in tests/vectors/ (each file keeps its source, commit and licence in
`meta`), so a clean clone on CI runs every case; `test_vendored_vectors_are_current` compares
them with the workplace copy in <repo>/../shared/external when that folder exists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

EXTERNAL_DIR = Path(__file__).resolve().parent.parent / "vectors"
SHARED_DIR = Path(__file__).resolve().parents[3] / "shared" / "external"
MISSING_REASON = f"external test vectors not found at {EXTERNAL_DIR}"


def load_cases(name: str) -> list[dict[str, Any]]:
    """All cases of one vector file ([] when the folder is missing)."""
    path = EXTERNAL_DIR / name
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def case_id(case: dict[str, Any]) -> str:
    parts = [str(case.get(k)) for k in ("direction", "mode", "kind", "function") if case.get(k)]
    return "-".join(parts + [repr(case["input"])[:40]])


def params(name: str, keep: Callable[[dict[str, Any]], bool] = lambda c: True) -> list[Any]:
    """pytest params for the kept cases, or one skipped param saying the folder is missing."""
    cases = [c for c in load_cases(name) if keep(c)]
    if not cases:
        return [pytest.param(None, marks=pytest.mark.skip(reason=MISSING_REASON), id="missing")]
    return [pytest.param(c, id=case_id(c)) for c in cases]


def require(name: str) -> list[dict[str, Any]]:
    """The cases of one file, skipping the calling test when the folder is missing."""
    cases = load_cases(name)
    if not cases:
        pytest.skip(MISSING_REASON)
    return cases
