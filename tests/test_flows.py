"""The Prefect side: nightly flow over an inbox, incremental reruns, failures, kill-and-resume,
byte-identical reports against `jinzheng verify`, artifacts, Dask, and the index commands.

Real Prefect (one temporary server for the session), real tesseract, tiny generated
submissions (a few documents each) so the module stays within a few minutes on 2 cores.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

# Before prefect is imported anywhere: no network, a throw-away PREFECT_HOME.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="jinzheng-prefect-home-"))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
TEXT_ONLY = dict(n_contracts=1, n_standards=1, n_other=0, n_mixed=0, n_photo=0, scan_fraction=0.0,
                 total_range_wan=None, n_sme=1, n_tianjin=1)

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


# ---- fixtures ----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    """One temporary Prefect server for the whole session; results and home in a tmp folder."""
    from prefect.settings import (PREFECT_API_URL, PREFECT_HOME, PREFECT_LOCAL_STORAGE_PATH,
                                  PREFECT_SERVER_ANALYTICS_ENABLED, temporary_settings)
    from prefect.testing.utilities import prefect_test_harness

    home = tmp_path_factory.mktemp("prefect-home")
    with temporary_settings(updates={PREFECT_HOME: home, PREFECT_LOCAL_STORAGE_PATH: home / "storage",
                                     PREFECT_SERVER_ANALYTICS_ENABLED: False}):
        with prefect_test_harness(server_startup_timeout=60):
            yield {"url": PREFECT_API_URL.value(), "home": home}


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> dict[str, Path]:
    """Tiny submissions: `alpha` has scanned pages (real OCR), the others text PDFs only."""
    samplegen = pytest.importorskip("pipeline.samplegen")
    root = tmp_path_factory.mktemp("generated")
    specs = {
        "alpha": (dict(TEXT_ONLY, scan_fraction=0.2), 21),   # one two-page scanned PDF
        "beta": (TEXT_ONLY, 4),
        "gamma": (TEXT_ONLY, 5),
        "delta": (TEXT_ONLY, 6),
    }
    made = {}
    for name, (kwargs, seed) in specs.items():
        spec = samplegen.SubmissionSpec(name=name, **kwargs)
        made[name] = samplegen.generate_submission(spec, root / name, seed=seed) / "submission"
    return made


def _settings(cache: Path) -> dict:
    return {"cache_dir": str(cache), "workers": WORKERS}


def _nightly(inbox: Path, out: Path, cache: Path, **extra) -> dict:
    from flows.verification import nightly_verification

    return nightly_verification(inbox=str(inbox), out=str(out), db=f"sqlite:///{out / 'jinzheng.sqlite'}",
                                settings=_settings(cache), **extra)


@pytest.fixture(scope="module")
def first_run(prefect_api, generated, tmp_path_factory) -> dict:
    """alpha + beta, a zip that is not a zip, a folder without a declaration workbook."""
    base = tmp_path_factory.mktemp("nightly")
    inbox, out, cache = base / "inbox", base / "out", base / "cache"
    inbox.mkdir()
    shutil.copytree(generated["alpha"], inbox / "alpha")
    shutil.copytree(generated["beta"], inbox / "beta")
    (inbox / "broken.zip").write_bytes(b"this is not a zip file")
    (inbox / "no_declaration").mkdir()
    shutil.copy(next(generated["beta"].rglob("*.pdf")), inbox / "no_declaration" / "contract.pdf")
    started = time.monotonic()
    row = _nightly(inbox, out, cache)
    return {"inbox": inbox, "out": out, "cache": cache, "row": row, "db": f"sqlite:///{out / 'jinzheng.sqlite'}",
            "seconds": time.monotonic() - started}


def _index(db: str):
    from pipeline.index import ResultsIndex

    return ResultsIndex(db)


def _by_submission(index, run_id: int) -> dict[str, dict]:
    return {r["submission"]: r for r in index.submission_runs(run_id)}


def _cli(*argv: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    code = "import sys; from pipeline.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, **kwargs)


# ---- tests -------------------------------------------------------------------------------------

def test_failed_submissions_are_recorded_and_the_others_complete(first_run):
    row = first_run["row"]
    assert row["status"] == "completed"
    assert (row["submissions_total"], row["submissions_ok"], row["submissions_failed"]) == (4, 2, 2)
    assert row["documents_processed"] > 0 and row["documents_processed"] == row["documents"]
    with _index(first_run["db"]) as index:
        runs = _by_submission(index, row["id"])
        assert runs["alpha"]["status"] == runs["beta"]["status"] == "ok"
        assert runs["broken"]["status"] == "failed" and "SubmissionError" in runs["broken"]["error"]
        assert runs["no_declaration"]["status"] == "failed" and "DeclarationError" in runs["no_declaration"]["error"]
        states = {s["name"]: s for s in index.submissions()}
        assert states["alpha"]["status"] == "ok" and states["alpha"]["applicant"]
        assert states["broken"]["status"] == "failed"
        assert index.requirements("alpha") and index.gaps(submission="beta")
    for name in ("alpha", "beta"):
        assert (first_run["out"] / name / "report.json").is_file()
        assert (first_run["out"] / name / "gaps.csv").is_file()
    assert not (first_run["out"] / "broken").exists()


def test_unchanged_rerun_does_no_ocr_and_a_new_submission_is_the_only_work(first_run, generated):
    inbox, out, cache = first_run["inbox"], first_run["out"], first_run["cache"]
    report = (out / "alpha" / "report.json").read_bytes()
    started = time.monotonic()
    row = _nightly(inbox, out, cache)
    rerun_seconds = time.monotonic() - started
    assert row["documents_processed"] == 0 and row["documents"] == 0
    assert row["submissions_skipped"] == 2 and row["submissions_ok"] == 0
    assert row["submissions_failed"] == 2            # broken ones are retried each night, cheaply
    assert (out / "alpha" / "report.json").read_bytes() == report
    assert rerun_seconds < 30, rerun_seconds

    shutil.copytree(generated["gamma"], inbox / "gamma")
    row = _nightly(inbox, out, cache)
    with _index(first_run["db"]) as index:
        runs = _by_submission(index, row["id"])
    assert runs["gamma"]["status"] == "ok" and runs["gamma"]["processed"] > 0
    assert runs["alpha"]["status"] == runs["beta"]["status"] == "skipped"
    assert row["documents_processed"] == runs["gamma"]["processed"]

    # a changed submission runs again, but documents already read come from the cache
    (inbox / "gamma" / "extra_copy.pdf").write_bytes(next((inbox / "gamma").rglob("*.pdf")).read_bytes())
    row = _nightly(inbox, out, cache)
    with _index(first_run["db"]) as index:
        runs = _by_submission(index, row["id"])
    assert runs["gamma"]["status"] == "ok"
    assert runs["gamma"]["processed"] == 0            # same bytes as a document already read
    assert row["submissions_skipped"] == 2


def test_flow_report_is_byte_identical_to_jinzheng_verify(first_run, generated, tmp_path, prefect_api):
    from flows.verification import verify_submission_flow

    source = first_run["inbox"] / "alpha"
    cli_out = tmp_path / "cli"
    done = _cli("verify", str(source), "--out", str(cli_out), "--no-cache", "--workers", str(WORKERS), "-q",
                timeout=300)
    assert done.returncode in (0, 1), done.stderr
    nightly_report = (first_run["out"] / "alpha" / "report.json").read_bytes()
    assert (cli_out / "report.json").read_bytes() == nightly_report
    assert (cli_out / "gaps.csv").read_bytes() == (first_run["out"] / "alpha" / "gaps.csv").read_bytes()
    assert (first_run["out"] / "alpha" / "report.html").is_file()

    flow_out = tmp_path / "flow"
    result = verify_submission_flow(source=str(source), out=str(flow_out), db=f"sqlite:///{tmp_path / 'i.sqlite'}",
                                    settings=_settings(first_run["cache"]))
    assert (flow_out / "report.json").read_bytes() == nightly_report
    assert result["stats"]["processed"] == 0          # all served by the document cache
    with _index(f"sqlite:///{tmp_path / 'i.sqlite'}") as index:
        assert [r["kind"] for r in index.runs()] == ["single"]
        assert index.submissions()[0]["name"] == "alpha"


def test_reviewer_artifacts_have_stable_keys(first_run):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.verification import SUMMARY_ARTIFACT_KEY, artifact_key

    keys = [SUMMARY_ARTIFACT_KEY, artifact_key("alpha"), artifact_key("broken")]
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=keys)))
    by_key = {}
    for artifact in found:
        by_key.setdefault(artifact.key, artifact)
    assert set(by_key) == set(keys)
    assert by_key[SUMMARY_ARTIFACT_KEY].type == "table"
    table = by_key[SUMMARY_ARTIFACT_KEY].data
    rows = json.loads(table) if isinstance(table, str) else table
    assert {"申报材料", "申报单位", "档位/结论", "各项要求", "缺口", "确认", "待复核"} <= set(rows[0])
    assert {row["申报材料"] for row in rows} >= {"alpha", "beta", "broken"}
    assert by_key[artifact_key("alpha")].type == "markdown"
    assert "各项要求" in by_key[artifact_key("alpha")].data


def test_artifact_keys_are_what_prefect_accepts():
    import re

    from flows.verification import artifact_key

    for name in ("support_clean", "天津某某智能科技有限公司申报材料", "A b.C", "__", "x" * 300):
        key = artifact_key(name)
        assert re.fullmatch(r"[a-z0-9-]+", key) and len(key) <= 70, key
        assert artifact_key(name) == key
    assert artifact_key("support_clean") != artifact_key("support-clean")
    assert artifact_key("甲公司") != artifact_key("乙公司")


def test_killed_run_resumes_without_redoing_finished_work(prefect_api, generated, tmp_path):
    from flows.verification import nightly_verification

    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    for name, key in (("k1", "beta"), ("k2", "delta"), ("k3", "gamma")):
        shutil.copytree(generated[key], inbox / name)
    db = f"sqlite:///{out / 'jinzheng.sqlite'}"
    env = {**os.environ, "PREFECT_API_URL": prefect_api["url"], "PREFECT_HOME": str(prefect_api["home"]),
           "JINZHENG_CACHE": str(cache), "OMP_THREAD_LIMIT": "1"}
    code = "import sys; from pipeline.cli import main; sys.exit(main(sys.argv[1:]))"
    log = (tmp_path / "killed.log").open("w")
    proc = subprocess.Popen([sys.executable, "-c", code, "nightly", "--inbox", str(inbox), "--out", str(out),
                             "--workers", str(WORKERS), "-q"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 180
    try:
        while True:  # until the first submission is recorded (its report was written before)
            assert proc.poll() is None, (tmp_path / "killed.log").read_text()
            assert time.monotonic() < deadline, "the first submission never finished"
            if (out / "jinzheng.sqlite").exists():
                with _index(db) as index:
                    if any(r["status"] == "ok" for r in index.submission_runs()):
                        break
            time.sleep(0.1)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)    # the flow process and its document workers
        proc.wait()
        log.close()
    with _index(db) as index:
        finished = {r["submission"] for r in index.submission_runs() if r["status"] == "ok"}
    assert "k1" in finished and (out / "k1" / "report.json").exists()
    assert "k3" not in finished                     # killed half-way: there is work left
    k1_report = (out / "k1" / "report.json").read_bytes()

    cached_before = len(list(cache.rglob("*.json")))
    row = nightly_verification(inbox=str(inbox), out=str(out), db=db, settings=_settings(cache))
    cached_after = len(list(cache.rglob("*.json")))
    with _index(db) as index:
        runs = _by_submission(index, row["id"])
        killed = index.runs()[0]
    assert killed["status"] == "interrupted"
    assert runs["k1"]["status"] == "skipped"
    for name in ("k2", "k3"):
        if name in finished:
            assert runs[name]["status"] == "skipped"
        else:
            assert runs[name]["status"] == "ok"
    assert row["submissions_failed"] == 0
    assert (out / "k1" / "report.json").read_bytes() == k1_report
    # what the killed run had read is not read again: only documents it never finished
    assert row["documents_processed"] == cached_after - cached_before
    for name in ("k2", "k3"):
        assert (out / name / "report.json").exists()


def test_nightly_runs_on_a_local_dask_cluster(first_run, tmp_path):
    pytest.importorskip("prefect_dask")
    pytest.importorskip("distributed")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("alpha", "beta"):
        shutil.copytree(first_run["inbox"] / name, inbox / name)
    out = tmp_path / "out"
    row = _nightly(inbox, out, first_run["cache"], dask_workers=2)
    assert row["submissions_ok"] == 2 and row["submissions_failed"] == 0
    for name in ("alpha", "beta"):
        assert (out / name / "report.json").read_bytes() == (first_run["out"] / name / "report.json").read_bytes()


def test_gaps_and_status_commands_read_the_index(first_run, capsys):
    from pipeline.cli import main

    with _index(first_run["db"]) as index:
        kinds = sorted({g["kind"] for g in index.gaps()})
        expected = index.gaps(kind=kinds[0])
    assert main(["gaps", "--kind", kinds[0], "--db", first_run["db"]]) == 0
    text = capsys.readouterr().out
    assert "申报材料" in text and "合同编号" in text and "客户" in text and "说明" in text
    assert f"共 {len(expected)} 项" in text
    assert expected[0]["message"] in text

    assert main(["status", "--out", str(first_run["out"])]) == 0
    lines = capsys.readouterr().out.splitlines()
    body = lines[2:]
    with _index(first_run["db"]) as index:
        names = [s["name"] for s in index.submissions()]
    assert [line.split()[0] for line in body] == names
    assert {"alpha", "beta", "broken", "no_declaration"} <= set(names)
    assert any("失败" in line for line in body if line.startswith("broken"))

    from pipeline.index import read_frame

    frame = read_frame(first_run["db"], "gaps")
    with _index(first_run["db"]) as index:
        assert len(frame) == len(index.gaps())
    assert {"submission", "kind", "contract_no", "customer", "message"} <= set(frame.columns)


def test_jinzheng_verify_does_not_import_prefect():
    code = ("import sys; from pipeline.cli import _load_extensions, build_parser, COMMANDS; _load_extensions(); "
            "build_parser().parse_args(['verify', 'x', '--out', 'y']); "
            "assert {'nightly', 'serve', 'gaps', 'status'} <= set(COMMANDS); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('prefect', 'prefect_dask', 'distributed')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_serve_schedules_the_nightly_flow_at_2am_shanghai(prefect_api, tmp_path):
    from flows.cli import serve_options
    from flows.verification import nightly_verification
    from pipeline.cli import _load_extensions, build_parser

    _load_extensions()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    args = build_parser().parse_args(["serve", "--inbox", str(inbox), "--out", str(tmp_path / "out")])
    options = serve_options(args)
    assert options["schedule"].cron == "0 2 * * *" and options["schedule"].timezone == "Asia/Shanghai"
    assert options["parameters"]["inbox"] == str(inbox.resolve())
    deployment = nightly_verification.to_deployment(**options)
    assert deployment.name == "nightly"
    assert deployment.schedules[0].schedule.cron == "0 2 * * *"
    assert deployment.schedules[0].schedule.timezone == "Asia/Shanghai"

    args = build_parser().parse_args(["serve", "--inbox", str(inbox), "--cron", "30 23 * * 1-5",
                                      "--timezone", "UTC"])
    options = serve_options(args)
    assert (options["schedule"].cron, options["schedule"].timezone) == ("30 23 * * 1-5", "UTC")
