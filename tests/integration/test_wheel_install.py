"""A normal install runs: the wheel carries the catalogs and the schemas, not the sample
generator, and `jinzheng verify` works from a fresh virtual environment with no source tree
on the path (run from an empty folder, so nothing is found through the working directory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_evidence" / "support_clean"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build_dir = tmp_path_factory.mktemp("build")
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                          "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=600,
                         cwd=build_dir)
    assert run.returncode == 0, run.stderr
    return next(out.glob("jinzheng-*.whl"))


def test_the_wheel_ships_schemas_and_catalogs_but_not_the_generator(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in (ROOT / "schemas").glob("*.json"):
        assert f"pipeline/catalogs/schemas/{schema.name}" in names
    assert "pipeline/catalogs/support_2023.json" in names
    assert not any(n.startswith(("tools/", "pipeline/samplegen")) for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_jinzheng_verify_runs_from_an_installed_wheel(wheel, tmp_path, cache_dir):
    venv = tmp_path / "venv"
    # the dependencies come from this interpreter's site-packages; jinzheng itself only from the wheel
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    run = subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["JINZHENG_CACHE"] = str(cache_dir)
    where = subprocess.run([str(py), "-c", "import pipeline, flows; print(pipeline.__file__); print(flows.__file__)"],
                           capture_output=True, text=True, cwd=empty, env=env, timeout=120)
    assert where.returncode == 0, where.stderr
    assert all(str(venv) in line for line in where.stdout.split()), where.stdout
    out = tmp_path / "out"
    run = subprocess.run([str(venv / "bin" / "jinzheng"), "verify", str(SAMPLE / "submission"), "--out", str(out)],
                         capture_output=True, text=True, cwd=empty, env=env, timeout=1200)
    assert run.returncode in (0, 1), run.stderr
    assert "Traceback" not in run.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    truth = json.loads((SAMPLE / "ground_truth.json").read_text(encoding="utf-8"))
    assert report["award_tier_wan"] == truth["award_tier_wan"]
