"""Differential test: the pipeline against generators written independently of the project.

benchmarks/independent/ holds a document generator and a submission generator whose authors saw
only the issue text and the ground-truth format, never pipeline/ or pipeline/samplegen; their
truth is theirs, so agreement here proves more than agreement with our own generator. Never
make these tests pass by editing that truth.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from conftest import ROOT
from pipeline.results.evaluate import Evaluation, find_samples, format_evaluation, load_truth, score_sample
from pipeline.settings import Settings
from pipeline.results.verify import verify_submission

GENERATORS = ROOT / "benchmarks" / "independent"
SUBMISSIONS = ["ho_clean", "ho_gaps", "ho_tricky"]

pytestmark = pytest.mark.slow


def _generate(script: str, out) -> None:
    run = subprocess.run([sys.executable, str(GENERATORS / script), "--out", str(out)],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]


@pytest.fixture(scope="module")
def submissions(tmp_path_factory):
    out = tmp_path_factory.mktemp("independent-submissions")
    _generate("make_submissions.py", out)
    return out


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    out = tmp_path_factory.mktemp("independent-documents")
    _generate("make_documents.py", out)
    return out


def _document_scorer():
    """score() of the generator authors' own scorer, loaded from its file (not a package)."""
    spec = importlib.util.spec_from_file_location("score_documents", GENERATORS / "score_documents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def test_independent_submissions_are_verified_to_their_truth(submissions, cache_dir):
    samples = find_samples(submissions)
    assert [s.name for s in samples] == SUBMISSIONS
    ev = Evaluation()
    for sample in samples:
        verification, _ = verify_submission(sample / "submission", Settings(cache_dir=cache_dir))
        score_sample(sample.name, load_truth(sample), verification.to_json(), ev)
    text = format_evaluation(ev)
    print(text)
    assert ev.f1 == 1.0, text
    assert ev.false_gaps_on_clean == 0, text
    assert ev.tiers.total == len(SUBMISSIONS) and ev.tiers.ratio == 1.0, text
    assert ev.kinds.ratio >= 0.99, text
    assert ev.group_ratio("text") >= 0.99, text
    assert ev.group_ratio("scan") >= 0.95, text


def test_independent_documents_kinds_and_fields(documents, cache_dir):
    truth = json.loads((documents / "truth.json").read_text(encoding="utf-8"))
    files = sorted((documents / "docs").iterdir())
    assert sorted(p.name for p in files) == sorted(truth)
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "extract", "--list", "--basename",
         "--cache-dir", str(cache_dir), *map(str, files)],
        capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    text, field_accuracy, kind_accuracy, _ = _document_scorer()(json.loads(run.stdout), truth)
    print(text)
    assert kind_accuracy >= 0.98, text
    assert field_accuracy >= 0.97, text
