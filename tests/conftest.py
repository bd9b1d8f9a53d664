"""Shared fixtures. Tests never touch the user's cache: each session gets its own."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_evidence"
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")    # Prefect's client-side telemetry (and its notice)
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """Per-session document cache; CI points it at the cache setup.sh's run just filled
    (entries are keyed by content and code, so sharing never serves stale results)."""
    shared = os.environ.get("JINZHENG_TEST_CACHE")
    if shared:
        Path(shared).mkdir(parents=True, exist_ok=True)
        return Path(shared)
    return tmp_path_factory.mktemp("jinzheng-cache")
