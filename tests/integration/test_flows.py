"""The Prefect side: nightly flow over an inbox, incremental reruns, code upgrades, failures,
retries, kill-and-resume, byte-identical reports against `jinzheng verify`, artifacts, Dask,
the index commands, and the whole run on PostgreSQL.

Real Prefect (one temporary server for the session), real tesseract, tiny generated
submissions (a few documents each) so the module stays within a few minutes on 2 cores.
OCR is counted independently of the flow's own figures: by the page-cache files (one per page
and engine actually OCR'd) and the document-cache files (one per document actually read).
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

ROOT = Path(__file__).resolve().parents[2]
CLI = "import sys; from pipeline.cli.main import main; sys.exit(main(sys.argv[1:]))"
pytest_plugins = ["helpers.postgres_server"]     # the PostgreSQL server test_index.py uses too
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
    samplegen = pytest.importorskip("tools.samplegen")
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


def _nightly(inbox: Path, out: Path, cache: Path, db: str | None = None, **extra) -> dict:
    from flows.verification import nightly_verification

    return nightly_verification(inbox=str(inbox), out=str(out), db=db or f"sqlite:///{out / 'jinzheng.sqlite'}",
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
    from pipeline.results.index import ResultsIndex

    return ResultsIndex(db)


def _by_submission(index, run_id: int) -> dict[str, dict]:
    return {r["submission"]: r for r in index.submission_runs(run_id)}


def _cli(*argv: str, env: dict | None = None, cwd: Path = ROOT, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CLI, *argv], cwd=cwd, env=env, capture_output=True,
                          text=True, **kwargs)


def _cache_files(cache: Path) -> tuple[dict[str, float], dict[str, float]]:
    """(page-cache files, document-cache files) with their mtimes: what was OCR'd / read."""
    pages = {str(p): p.stat().st_mtime for p in (cache / "pages").rglob("*.json")}
    docs = {str(p): p.stat().st_mtime for p in cache.rglob("*.json")
            if "pages" not in p.relative_to(cache).parts}
    return pages, docs


def _cached_documents(cache: Path, submission: Path) -> tuple[int, int]:
    """(documents of the submission whose reading is in the document cache, evidence files)."""
    from pipeline.documents.cache import cache_key
    from pipeline.settings import Settings
    from pipeline.ingest.submission import sha256_file

    files = [f for f in submission.rglob("*") if f.is_file() and f.suffix.lower() == ".pdf"]
    keys = {cache_key(sha256_file(f), Settings()) for f in files}
    return sum(1 for k in keys if (cache / k[:2] / f"{k}.json").is_file()), len(keys)


def _prefect_env(prefect_api: dict, cache: Path, **extra: str) -> dict:
    return {**os.environ, "PREFECT_API_URL": prefect_api["url"], "PREFECT_HOME": str(prefect_api["home"]),
            "JINZHENG_CACHE": str(cache), **extra}


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
    pages, docs = _cache_files(cache)
    assert pages, "alpha's scanned pages were OCR'd by the first run"
    started = time.monotonic()
    row = _nightly(inbox, out, cache)
    rerun_seconds = time.monotonic() - started
    assert _cache_files(cache) == (pages, docs)      # counted apart from the flow: no page OCR'd, none read
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
    """Killed while the second submission is half-read: some of its documents cached, the
    submission not recorded. The rerun skips the first, reads only the rest of the second."""
    from flows.verification import nightly_verification

    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    shutil.copytree(generated["beta"], inbox / "k1")
    shutil.copytree(generated["alpha"], inbox / "k2")
    # alpha's scanned PDF (seconds of OCR) is read last: evidence is read in path order
    scan = next((inbox / "k2" / "扫描件").glob("*.pdf"))
    scan.rename(inbox / "k2" / "证明材料" / "附件9_扫描件.pdf")
    (inbox / "k2" / "扫描件").rmdir()
    db = f"sqlite:///{out / 'jinzheng.sqlite'}"
    log = (tmp_path / "killed.log").open("w")
    proc = subprocess.Popen([sys.executable, "-c", CLI, "nightly", "--inbox", str(inbox), "--out", str(out),
                             "--workers", "1", "-q"], cwd=ROOT, env=_prefect_env(prefect_api, cache),
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 300
    try:
        while True:  # until k1 is recorded and k2 has begun: at least one of its documents cached
            assert proc.poll() is None, (tmp_path / "killed.log").read_text()
            assert time.monotonic() < deadline, "k2 never started"
            if (out / "jinzheng.sqlite").exists() and _cached_documents(cache, inbox / "k2")[0] >= 1:
                with _index(db) as index:
                    if any(r["submission"] == "k1" and r["status"] == "ok" for r in index.submission_runs()):
                        break
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)    # the flow process and any document workers
        proc.wait()
        log.close()
    with _index(db) as index:
        recorded = {r["submission"]: r["status"] for r in index.submission_runs()}
    assert recorded == {"k1": "ok"}, recorded      # k2 was not finished
    k2_cached, k2_documents = _cached_documents(cache, inbox / "k2")
    assert 1 <= k2_cached < k2_documents, (k2_cached, k2_documents)   # killed half-way through k2
    k1_report = (out / "k1" / "report.json").read_bytes()

    _, docs_before = _cache_files(cache)
    row = nightly_verification(inbox=str(inbox), out=str(out), db=db, settings=_settings(cache))
    _, docs_after = _cache_files(cache)
    with _index(db) as index:
        runs = _by_submission(index, row["id"])
        killed = index.runs()[0]
    assert killed["status"] == "interrupted"
    assert runs["k1"]["status"] == "skipped"
    assert runs["k2"]["status"] == "ok" and row["submissions_failed"] == 0
    # only what the killed run had not read: counted by the flow and by the cache files it wrote
    assert runs["k2"]["processed"] == k2_documents - k2_cached
    assert runs["k2"]["cache_hits"] == k2_cached
    assert len(set(docs_after) - set(docs_before)) == k2_documents - k2_cached
    assert {k: v for k, v in docs_after.items() if k in docs_before} == docs_before   # none re-read
    assert (out / "k1" / "report.json").read_bytes() == k1_report
    assert (out / "k2" / "report.json").is_file()


def test_an_upgrade_of_reconciliation_code_verifies_again_without_reading_again(first_run, prefect_api, tmp_path):
    """The nightly run of a release whose only change is in reconcile/contracts.py (a copy of this tree,
    edited) re-verifies every submission, from the document cache: no page OCR'd, none read."""
    inbox, out, cache = first_run["inbox"], first_run["out"], first_run["cache"]
    tree = tmp_path / "release"
    for package in ("pipeline", "flows", "schemas"):
        shutil.copytree(ROOT / package, tree / package, ignore=shutil.ignore_patterns("__pycache__"))
    reconcile = tree / "pipeline" / "reconcile" / "contracts.py"
    reconcile.write_text(reconcile.read_text(encoding="utf-8") + "\n# release 2: reconciliation changed\n",
                         encoding="utf-8")
    env = _prefect_env(prefect_api, cache, PYTHONPATH=str(tree))
    where = subprocess.run([sys.executable, "-c", "import pipeline, flows; print(pipeline.__file__, flows.__file__)"],
                           cwd=tree, env=env, capture_output=True, text=True, timeout=60)
    assert where.stdout.split() == [str(tree / "pipeline" / "__init__.py"), str(tree / "flows" / "__init__.py")]
    with _index(first_run["db"]) as index:
        verified = sorted(s["name"] for s in index.submissions() if s["status"] == "ok")
    reports = {name: (out / name / "report.json").read_bytes() for name in verified}
    caches = _cache_files(cache)

    done = _cli("nightly", "--inbox", str(inbox), "--out", str(out), "--workers", str(WORKERS), "-q",
                cwd=tree, env=env, timeout=600)
    # the inbox holds submissions that cannot be verified: 2, as verify-batch says for the same inbox
    assert done.returncode == 2, done.stdout + done.stderr
    with _index(first_run["db"]) as index:
        last = index.runs()[-1]
        runs = _by_submission(index, last["id"])
    assert len(verified) >= 2
    for name in verified:
        assert runs[name]["status"] == "ok", (name, runs[name])       # not skipped: the code changed
        assert runs[name]["processed"] == 0                            # documents from the cache
        assert (out / name / "report.json").read_bytes() == reports[name]   # a comment changes no report
    assert _cache_files(cache) == caches

    row = _nightly(inbox, out, cache)        # this tree again: a different release, verified again
    assert row["submissions_ok"] == len(verified) and row["documents_processed"] == 0
    row = _nightly(inbox, out, cache)
    assert row["submissions_skipped"] == len(verified) and row["submissions_ok"] == 0


def test_a_document_that_timed_out_is_retried_the_next_night(prefect_api, generated, tmp_path):
    """A timeout says nothing about the submission: it is verified, but recorded incomplete
    (no fingerprint), so the next night verifies it again instead of keeping that report."""
    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    shutil.copytree(generated["beta"], inbox / "beta")
    db = f"sqlite:///{out / 'jinzheng.sqlite'}"
    from flows.verification import nightly_verification

    # no document can be read that fast (the limit is a base plus a share per page)
    hurried = {**_settings(cache), "document_timeout_s": 0.01, "page_timeout_s": 0.0}
    row = nightly_verification(inbox=str(inbox), out=str(out), db=db, settings=hurried)
    assert (row["submissions_ok"], row["submissions_incomplete"], row["submissions_failed"]) == (1, 1, 0)
    report = json.loads((out / "beta" / "report.json").read_text(encoding="utf-8"))
    timed_out = [d for d in report["documents"] if any(e["code"] == "timeout" for e in d["errors"])]
    assert timed_out
    with _index(db) as index:
        assert index.last_success_fingerprint("beta") is None
        assert index.submissions()[0]["status"] == "incomplete"
        assert "下次运行将重新核验" in index.submissions()[0]["error"]

    row = _nightly(inbox, out, cache)          # the next night, with time to read
    with _index(db) as index:
        runs = _by_submission(index, row["id"])
        assert index.submissions()[0]["status"] == "ok"
    assert runs["beta"]["status"] == "ok"
    assert runs["beta"]["processed"] >= len(timed_out)      # what timed out was read this time
    report = json.loads((out / "beta" / "report.json").read_text(encoding="utf-8"))
    assert not [d for d in report["documents"] if any(e["code"] == "timeout" for e in d["errors"])]
    assert _nightly(inbox, out, cache)["submissions_skipped"] == 1      # complete now: skipped


def test_a_file_that_cannot_be_read_while_fingerprinting_fails_only_its_submission(first_run, tmp_path):
    """Hashing the inbox happens before any task: a file that vanishes or fails to read there
    (here a read that fails with EIO, as on a failing disk) fails that submission only."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copytree(first_run["inbox"] / "beta", inbox / "beta")
    (inbox / "aaa_unreadable").mkdir()
    (inbox / "aaa_unreadable" / "合同.pdf").symlink_to("/proc/self/mem")   # read(2) gives EIO
    row = _nightly(inbox, out, first_run["cache"])
    assert row["status"] == "completed"
    assert (row["submissions_ok"], row["submissions_failed"]) == (1, 1)
    with _index(f"sqlite:///{out / 'jinzheng.sqlite'}") as index:
        runs = _by_submission(index, row["id"])
    assert runs["beta"]["status"] == "ok"
    assert runs["aaa_unreadable"]["status"] == "failed"
    assert "无法读取申报材料的文件" in runs["aaa_unreadable"]["error"] and "OSError" in runs["aaa_unreadable"]["error"]


def test_transient_errors_are_retried_and_bad_submissions_are_not(first_run, prefect_api, tmp_path):
    """The real retry policy of the per-submission task, on real failures: a report folder
    that cannot be written (a file in its place: OSError) is retried and passes once the
    obstacle is gone; a file that is not a zip (SubmissionError, a JinzhengError) is not."""
    from prefect import flow
    from prefect.client.orchestration import get_client

    from flows.verification import _retry_transient, verify_one

    blocked = tmp_path / "out-alpha"
    blocked.write_text("a file where the report folder should be")
    decisions: list[tuple[str, bool]] = []

    def decide_then_clear(task, task_run, state):  # noqa: ANN001 - Prefect's signature
        decision = _retry_transient(task, task_run, state)
        decisions.append((type(state.result(raise_on_failure=False)).__name__, decision))
        blocked.unlink(missing_ok=True)     # e.g. the disk is back: the next attempt can write
        return decision

    retrying = verify_one.with_options(retry_delay_seconds=0, retry_condition_fn=decide_then_clear)

    @flow(name="retry-probe")
    def probe(source: str, out_dir: str) -> tuple[str, str]:
        future = retrying.submit(name="probe", source=source, out_dir=out_dir,
                                 settings=_settings(first_run["cache"]))
        future.wait()
        return str(future.task_run_id), future.state.type.value

    def run_count(task_run_id: str) -> int:
        with get_client(sync_client=True) as client:
            return client.read_task_run(task_run_id).run_count

    task_run_id, state = probe(str(first_run["inbox"] / "alpha"), str(blocked))
    assert decisions and decisions[0][1] is True and decisions[0][0] in (
        "FileExistsError", "NotADirectoryError", "FileNotFoundError", "OSError"), decisions
    assert (state, run_count(task_run_id)) == ("COMPLETED", 2)
    assert (blocked / "report.json").read_bytes() == (first_run["out"] / "alpha" / "report.json").read_bytes()

    decisions.clear()
    task_run_id, state = probe(str(first_run["inbox"] / "broken.zip"), str(tmp_path / "out-broken"))
    assert decisions == [("SubmissionError", False)]
    assert (state, run_count(task_run_id)) == ("FAILED", 1)


def test_nightly_runs_on_a_local_dask_cluster(prefect_api, generated, tmp_path):
    """Fresh cache: the documents are read on the cluster's workers, not in this process."""
    pytest.importorskip("prefect_dask")
    pytest.importorskip("distributed")
    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    for name in ("beta", "gamma"):
        shutil.copytree(generated[name], inbox / name)
    row = _nightly(inbox, out, cache, dask_workers=2)
    assert row["submissions_ok"] == 2 and row["submissions_failed"] == 0
    assert row["documents_processed"] == row["documents"] > 0
    here = f"{__import__('socket').gethostname()}:{os.getpid()}"
    for name in ("beta", "gamma"):
        assert row["executors"][name].startswith("tcp://") and row["executors"][name] != here, row["executors"]
    reference = tmp_path / "reference"
    done = _cli("verify", str(inbox / "beta"), "--out", str(reference), "--workers", "1", "-q",
                env={**os.environ, "JINZHENG_CACHE": str(cache)}, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    assert (out / "beta" / "report.json").read_bytes() == (reference / "report.json").read_bytes()


def test_nightly_runs_on_an_existing_dask_scheduler(prefect_api, generated, tmp_path):
    """--dask-address: the run goes to a scheduler started elsewhere (a LocalCluster here)."""
    pytest.importorskip("prefect_dask")
    distributed = pytest.importorskip("distributed")
    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    shutil.copytree(generated["delta"], inbox / "delta")
    with distributed.LocalCluster(n_workers=1, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        workers = set(client.scheduler_info()["workers"])
        row = _nightly(inbox, out, cache, dask_address=cluster.scheduler_address)
    assert row["submissions_ok"] == 1 and row["documents_processed"] > 0
    assert row["executors"]["delta"] in workers, (row["executors"], workers)
    assert (out / "delta" / "report.json").is_file()


def test_the_whole_run_on_postgresql(first_run, postgres_url, tmp_path, capsys):
    """Nightly into a PostgreSQL index, then `jinzheng gaps --db postgresql://…` and `status`."""
    from helpers.postgres_server import fresh_database

    from pipeline.cli.main import main
    from pipeline.results.index import read_frame

    with fresh_database(postgres_url) as url:
        row = _nightly(first_run["inbox"], tmp_path / "out", first_run["cache"], db=url)
        assert row["status"] == "completed" and row["submissions_ok"] >= 2 and row["submissions_failed"] == 2
        with _index(url) as index:
            kinds = sorted({g["kind"] for g in index.gaps()})
            expected = index.gaps(kind=kinds[0])
            total = len(index.gaps())
            names = [s["name"] for s in index.submissions()]
        assert expected and {"alpha", "beta", "broken"} <= set(names)
        capsys.readouterr()
        assert main(["gaps", "--kind", kinds[0], "--db", url]) == 0
        text = capsys.readouterr().out
        assert f"共 {len(expected)} 项" in text and expected[0]["message"] in text
        assert main(["status", "--db", url]) == 0
        body = capsys.readouterr().out.splitlines()[2:]
        assert [line.split()[0] for line in body] == names
        frame = read_frame(url, "gaps")        # pandas reads the PostgreSQL index as it reads SQLite
        assert len(frame) == total and set(frame["kind"]) == set(kinds)


def test_gaps_and_status_commands_read_the_index(first_run, capsys):
    from pipeline.cli.main import main

    with _index(first_run["db"]) as index:
        kinds = sorted({g["kind"] for g in index.gaps()})
        expected = index.gaps(kind=kinds[0])
    assert main(["gaps", "--kind", kinds[0], "--db", first_run["db"]]) == 0
    text = capsys.readouterr().out
    assert "申报材料" in text and "合同编号" in text and "客户" in text and "说明" in text
    assert f"共 {len(expected)} 项" in text
    assert expected[0]["message"] in text
    from pipeline.report.vocabulary import GAP_KIND_LABELS

    # the Chinese label selects the same gaps as the code, and each row shows both
    assert main(["gaps", "--kind", GAP_KIND_LABELS[kinds[0]], "--db", first_run["db"]]) == 0
    text = capsys.readouterr().out
    assert f"共 {len(expected)} 项" in text and f"{GAP_KIND_LABELS[kinds[0]]}（{kinds[0]}）" in text

    assert main(["status", "--out", str(first_run["out"])]) == 0
    lines = capsys.readouterr().out.splitlines()
    body = lines[2:]
    with _index(first_run["db"]) as index:
        names = [s["name"] for s in index.submissions()]
    assert [line.split()[0] for line in body] == names
    assert {"alpha", "beta", "broken", "no_declaration"} <= set(names)
    assert any("失败" in line for line in body if line.startswith("broken"))

    from pipeline.results.index import read_frame

    frame = read_frame(first_run["db"], "gaps")
    with _index(first_run["db"]) as index:
        assert len(frame) == len(index.gaps())
    assert {"submission", "kind", "contract_no", "customer", "message"} <= set(frame.columns)


def test_jinzheng_verify_does_not_import_prefect():
    code = ("import sys; from pipeline.cli.main import _load_extensions, build_parser, COMMANDS; _load_extensions(); "
            "build_parser().parse_args(['verify', 'x', '--out', 'y']); "
            "assert {'nightly', 'serve', 'gaps', 'status'} <= set(COMMANDS); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('prefect', 'prefect_dask', 'distributed')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_serve_schedules_the_nightly_flow_at_2am_shanghai(prefect_api, tmp_path):
    from flows.cli import serve_options
    from flows.verification import nightly_verification
    from pipeline.cli.main import _load_extensions, build_parser

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


def test_prefect_yaml_deploys_the_nightly_flow_at_2am_shanghai(prefect_api, tmp_path):
    """README's production shape, for real: `prefect deploy --all` with the committed
    prefect.yaml against a Prefect server, then the deployment as the server stores it."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists

    prefect = shutil.which("prefect")
    if prefect is None:
        pytest.skip("the prefect command is not on PATH")
    project = tmp_path / "project"          # prefect deploy may write beside prefect.yaml
    for package in ("pipeline", "flows", "schemas"):
        shutil.copytree(ROOT / package, project / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "prefect.yaml", project / "prefect.yaml")
    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name="jinzheng", type="process"))
        except ObjectAlreadyExists:
            pass
    env = _prefect_env(prefect_api, tmp_path / "cache", PYTHONPATH=str(project))
    done = subprocess.run([prefect, "--no-prompt", "deploy", "--all"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("nightly-verification/nightly")
    assert deployment.entrypoint == "flows/verification.py:nightly_verification"
    assert deployment.work_pool_name == "jinzheng"
    assert deployment.parameters["inbox"] == "/data/inbox" and deployment.parameters["out"] == "/data/out"
    schedule = deployment.schedules[0].schedule
    assert (schedule.cron, schedule.timezone) == ("0 2 * * *", "Asia/Shanghai")


def test_nightly_command_says_how_far_it_is_on_stderr_and_keeps_stdout_to_the_summary(
        prefect_api, generated, tmp_path):
    """Per document and per submission while it runs, a failure as one Chinese line, no
    traceback and none of Prefect's own lines; stdout is the run's summary, which adds up."""
    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    shutil.copytree(generated["beta"], inbox / "beta")
    (inbox / "broken.zip").write_bytes(b"this is not a zip file")
    done = _cli("nightly", "--inbox", str(inbox), "--out", str(out), "--workers", str(WORKERS),
                env=_prefect_env(prefect_api, cache), timeout=600)
    assert done.returncode == 2, done.stderr          # a submission failed
    err = done.stderr.splitlines()
    documents = len(json.loads((out / "beta" / "report.json").read_text(encoding="utf-8"))["documents"])
    assert any(line.startswith("[") and f"beta：文档 1/{documents} " in line for line in err), done.stderr
    assert any(f"beta：文档 {documents}/{documents} " in line for line in err), done.stderr
    finished = [line for line in err if "beta：" in line and "缺口" in line]
    assert len(finished) == 1 and f"文档 {documents} 份（新处理 {documents}，缓存命中 0）" in finished[0]
    assert any("broken：核验失败：" in line for line in err), done.stderr
    assert "Traceback" not in done.stderr and "INFO" not in done.stderr and "Beginning" not in done.stderr
    assert "Prefect collects" not in done.stderr
    summary = done.stdout.splitlines()
    assert len(summary) == 2 and summary[0].startswith("运行 #") and \
        f"文档 {documents} 份（新处理 {documents}，缓存命中 0）" in summary[0], done.stdout


def test_an_unchanged_night_is_decided_before_prefect_is_imported(prefect_api, generated, tmp_path):
    """`jinzheng nightly` over an inbox where nothing changed: the batch loop's skip check runs
    before any heavy import, the run and its skipped rows go to the index, and Prefect is
    never imported (here its API address leads nowhere: using it would fail the command)."""
    inbox, out, cache = tmp_path / "inbox", tmp_path / "out", tmp_path / "cache"
    inbox.mkdir()
    shutil.copytree(generated["beta"], inbox / "beta")
    first = _nightly(inbox, out, cache)
    assert first["submissions_ok"] == 1
    no_prefect = ("import sys; from pipeline.cli.main import main; rc = main(sys.argv[1:]); "
                  "assert 'prefect' not in sys.modules, 'prefect was imported'; sys.exit(rc)")
    env = {**_prefect_env(prefect_api, cache), "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", no_prefect, "nightly", "--inbox", str(inbox), "--out", str(out),
                           "--workers", str(WORKERS)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "无需启动 Prefect 流程" in done.stderr and "Traceback" not in done.stderr
    summary = done.stdout.splitlines()
    assert summary[0].startswith("运行 #") and "申报材料 1 份 —— 已核验 0，未变化跳过 1，失败 0" in summary[0], done.stdout
    with _index(f"sqlite:///{out / 'jinzheng.sqlite'}") as index:
        run = index.runs()[-1]
        assert (run["kind"], run["status"], run["flow_run_id"], run["submissions_skipped"]) == \
            ("nightly", "completed", None, 1)
        assert {r["submission"]: r["status"] for r in index.submission_runs(run["id"])} == {"beta": "skipped"}
    print(f"unchanged night, end to end: {seconds:.2f} s")
