"""Fingerprints that see the engines: another tesseract, chi_sim model or RapidOCR model gives
other document-cache, page-cache and submission fingerprints, so an OCR upgrade reads again.

Each case is a fresh process (the fingerprint is computed once per process) with the real
probes; only what they find differs: a `tesseract` program earlier on PATH that says another
version, a TESSDATA_PREFIX holding another chi_sim, a RapidOCR package with other models.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, time
started = time.perf_counter()
from pipeline.engine_versions import engine_fingerprint, engine_versions
from pipeline.documents.cache import cache_key
from pipeline.read.page_cache import page_cache_key
from pipeline.results.index import settings_fingerprint
from pipeline.settings import Settings
first = engine_fingerprint()
once = time.process_time()      # CPU time: a loaded machine must not make a cached call look slow
again = engine_fingerprint()
again_s = time.process_time() - once
print(json.dumps({"engines": first, "versions": engine_versions(), "document": cache_key("0" * 64, Settings()),
                  "page": page_cache_key("0" * 64, 1, "tesseract", 200),
                  "submission": settings_fingerprint(Settings()), "same": first == again,
                  "again_s": again_s}))
"""

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def _fingerprints(env_changes: dict[str, str] | None = None, pythonpath: list[Path] | None = None) -> dict:
    env = {**os.environ, **(env_changes or {})}
    env["PYTHONPATH"] = os.pathsep.join([*(str(p) for p in pythonpath or []), str(ROOT)])
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _all_differ(a: dict, b: dict) -> bool:
    return all(a[k] != b[k] for k in ("engines", "document", "page", "submission"))


def _real_tessdata() -> Path:
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    return Path(listing.split('"')[1]) if '"' in listing else Path(os.environ.get("TESSDATA_PREFIX", ""))


@pytest.fixture(scope="module")
def baseline() -> dict:
    return _fingerprints({"TESSDATA_PREFIX": ""} if "TESSDATA_PREFIX" in os.environ else None)


def test_the_fingerprint_is_computed_once_per_process_and_names_the_engines(baseline):
    assert baseline["same"] and baseline["again_s"] < 0.01
    versions = baseline["versions"]
    assert versions["tesseract"].startswith("tesseract ")
    assert versions["chi_sim.traineddata"] != "missing"
    assert "rapidocr-onnxruntime" in versions and "onnxruntime" in versions
    assert any(k.startswith("rapidocr/") and k.endswith(".onnx") for k in versions)
    # a second process on the same machine: the same fingerprints (nothing time- or pid-dependent)
    second = _fingerprints({"TESSDATA_PREFIX": ""} if "TESSDATA_PREFIX" in os.environ else None)
    assert {k: v for k, v in second.items() if k != "again_s"} == {k: v for k, v in baseline.items() if k != "again_s"}


def test_another_tesseract_version_changes_every_fingerprint(baseline, tmp_path):
    real = shutil.which("tesseract")
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    # the same program for everything but the version it reports (an upgrade from 5.3 to 5.4)
    fake.write_text(f'#!/bin/sh\nif [ "$1" = "--version" ]; then echo "tesseract 5.4.1"; echo " leptonica-1.84.1"; '
                    f'exit 0; fi\nexec {real} "$@"\n')
    fake.chmod(0o755)
    upgraded = _fingerprints({"PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"})
    assert upgraded["versions"]["tesseract"] == "tesseract 5.4.1 leptonica-1.84.1"
    assert _all_differ(baseline, upgraded)


def test_another_chi_sim_model_changes_every_fingerprint_and_the_same_model_elsewhere_does_not(baseline, tmp_path):
    model = _real_tessdata() / "chi_sim.traineddata"
    copy = tmp_path / "tessdata"
    copy.mkdir()
    shutil.copy(model, copy / "chi_sim.traineddata")
    # the same model installed elsewhere (another machine of a cluster): the same caches
    moved = _fingerprints({"TESSDATA_PREFIX": str(copy)})
    assert {k: moved[k] for k in ("engines", "document", "page", "submission")} == \
        {k: baseline[k] for k in ("engines", "document", "page", "submission")}
    data = bytearray((copy / "chi_sim.traineddata").read_bytes())
    data[-1] ^= 0xFF                                     # a retrained model of the same size
    (copy / "chi_sim.traineddata").write_bytes(bytes(data))
    assert _all_differ(baseline, _fingerprints({"TESSDATA_PREFIX": str(copy)}))


def test_another_rapidocr_release_or_model_changes_every_fingerprint(baseline, tmp_path):
    import importlib.util

    installed = Path(importlib.util.find_spec("rapidocr_onnxruntime").origin).parent
    site = tmp_path / "site"
    package = site / "rapidocr_onnxruntime"
    shutil.copytree(installed, package, ignore=shutil.ignore_patterns("__pycache__"))
    same = _fingerprints(pythonpath=[site])
    assert same["engines"] == baseline["engines"]      # the same models and version, found elsewhere
    rec = next(package.rglob("*rec*.onnx"))
    rec.write_bytes(rec.read_bytes() + b"\0")          # another recognition model
    assert _all_differ(baseline, _fingerprints(pythonpath=[site]))
    rec.write_bytes(rec.read_bytes()[:-1])
    meta = site / "rapidocr_onnxruntime-9.9.9.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: rapidocr_onnxruntime\nVersion: 9.9.9\n")
    newer = _fingerprints(pythonpath=[site])
    assert newer["versions"]["rapidocr-onnxruntime"] == "9.9.9"
    assert _all_differ(baseline, newer)
