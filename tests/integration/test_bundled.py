"""The bundled submissions, verified for real (pdfplumber, tesseract), give their ground truth."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections import Counter

import pandas as pd
import pytest

from conftest import SAMPLES
from pipeline.results.evaluate import Evaluation, scoring_key, load_truth, score_sample
from pipeline.report.build import render_report_json
from pipeline.settings import Settings
from pipeline.results.verify import verify_submission

SAMPLE_NAMES = sorted(p.parent.name for p in SAMPLES.glob("*/ground_truth.json"))
pytestmark = pytest.mark.skipif(not SAMPLE_NAMES, reason="no bundled samples under sample_evidence/")


@pytest.fixture(scope="session")
def verified(cache_dir) -> dict:
    out = {}
    for name in SAMPLE_NAMES:
        verification, stats = verify_submission(SAMPLES / name / "submission", Settings(cache_dir=cache_dir))
        out[name] = (verification, verification.to_json(), load_truth(SAMPLES / name))
    return out


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_gaps_are_exactly_the_ground_truth(verified, name):
    _, report, truth = verified[name]
    found = Counter(scoring_key(g) for g in report["gaps"])
    expected = Counter(scoring_key(g) for g in truth["gaps"])
    assert found == expected, {"missed": expected - found, "extra": found - expected}


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_verdict_and_requirements(verified, name):
    _, report, truth = verified[name]
    for key in ("award_tier_wan", "assessment_passed"):
        if key in truth:
            assert report[key] == truth[key]
    if "accepted_total_yuan" in truth:
        assert report["accepted_total_yuan"] == truth["accepted_total_yuan"]
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses == truth["requirements"]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_documents_kinds_and_fields(verified, name):
    _, report, truth = verified[name]
    ev = Evaluation()
    score_sample(name, truth, report, ev)
    assert ev.kinds.ratio == 1.0, ev.misses
    assert (ev.group_ratio("text") or 1.0) >= 0.99, ev.misses
    assert (ev.group_ratio("scan") or 1.0) >= 0.95, ev.misses


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_report_is_valid_and_traceable(verified, name):
    _, report, truth = verified[name]
    render_report_json(report)  # raises when the schema is not met
    renderings = {d["path"]: d.get("rendering") for d in truth["documents"]}
    for doc in report["documents"]:
        for field, prov in doc["provenance"].items():
            assert prov["file"] == doc["path"] and prov["page"] >= 1 and prov["text"], (doc["path"], field)
            assert prov["box"] is not None, (doc["path"], field)
        if renderings.get(doc["path"]) == "text":
            assert doc["methods"] == ["text_layer"], doc["path"]  # text pages never go through OCR


def test_cli_writes_report_and_excel_friendly_csv(tmp_path, cache_dir, verified):
    name = "support_gaps" if "support_gaps" in SAMPLE_NAMES else SAMPLE_NAMES[0]
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "verify", str(SAMPLES / name / "submission"),
         "--out", str(tmp_path), "--cache-dir", str(cache_dir)],
        capture_output=True, text=True, timeout=600)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert run.returncode == (1 if report["gaps"] else 0), run.stderr
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == render_report_json(verified[name][1])
    raw = (tmp_path / "gaps.csv").read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))
    frame = pd.read_csv(tmp_path / "gaps.csv", encoding="utf-8-sig")
    assert list(frame.columns[:3]) == ["序号", "要求", "类型"]
    assert len(frame) == len(report["gaps"])


def test_file_names_do_not_matter(tmp_path, verified, cache_dir):
    """Renaming every evidence file at random changes no result. Every document is read afresh
    (a new document cache: text layers, classification and extraction run again under the new
    names); only OCR'd pages are shared, keyed by the file's content and the OCR code, so what
    the OCR engines saw (pixels) cannot carry a name."""
    name = "support_gaps" if "support_gaps" in SAMPLE_NAMES else SAMPLE_NAMES[0]
    source = SAMPLES / name / "submission"
    target = tmp_path / "renamed"
    rng = random.Random(42)
    mapping = {}
    for path in sorted(source.rglob("*")):
        if path.is_dir():
            continue
        rel = path.relative_to(source).as_posix()
        if path.suffix.lower() in (".xlsx", ".json"):
            new = rel
        else:
            new = f"f{rng.randrange(10**8):08d}{path.suffix}"
        mapping[rel] = new
        (target / new).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target / new)
    fresh = tmp_path / "cache"
    fresh.mkdir()
    shared_pages = cache_dir / "pages"
    if shared_pages.is_dir():
        (fresh / "pages").symlink_to(shared_pages, target_is_directory=True)
    verification, stats = verify_submission(target, Settings(cache_dir=fresh))
    assert stats.cache_hits == 0          # no document came from a cache
    renamed = verification.to_json()
    original = verified[name][1]

    def essence(report, rename=lambda p: p):
        docs = sorted((rename(d["path"]), d["doc_type"], json.dumps(d["fields"], sort_keys=True))
                      for d in report["documents"])
        gaps = sorted((g["kind"], g["contract_no"] or "", g["status"]) for g in report["gaps"])
        return docs, gaps, report["award_tier_wan"]

    assert essence(renamed) == essence(original, lambda p: mapping.get(p, p))
