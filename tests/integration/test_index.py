"""The results index (pipeline.results.index) on SQLite and on a real PostgreSQL server.

The PostgreSQL server (tests/helpers/postgres_server.py) is started for the session on loopback.
Without its binaries those cases are skipped, saying why, unless JINZHENG_REQUIRE_POSTGRES=1
(CI) makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from pipeline.results.inbox import list_inbox
from pipeline.results.index import (ResultsIndex, normalize_url, read_frame, submission_fingerprint,
                            summarize_report)

ROOT = Path(__file__).resolve().parents[2]
pytest_plugins = ["helpers.postgres_server"]     # one PostgreSQL server for every module of the session


# ---- SQLite and PostgreSQL (the server: tests/helpers/postgres_server.py) -----------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'index.sqlite'}"
        return
    from helpers.postgres_server import fresh_database

    with fresh_database(request.getfixturevalue("postgres_url")) as url:
        yield url


# ---- helpers -----------------------------------------------------------------------------------

def _report(name: str, gaps: list[tuple[str, str]], tier: int | None = 300) -> dict:
    return {
        "submission": name,
        "catalog": {"id": "support-2023"},
        "applicant": {"name": f"天津{name}科技有限公司", "uscc": "91120116MA03N7B9AC"},
        "award_tier_wan": tier, "assessment_passed": None, "status": "gaps" if gaps else "clean",
        "accepted_total_yuan": "30000000.00", "declared_total_yuan": "32000000.00",
        "requirements": [{"id": "S-customers", "title": "服务用户不少于8家", "status": "met"},
                         {"id": "S-total", "title": "总额不低于2500万元", "status": "not_met" if gaps else "met"}],
        "gaps": [{"kind": kind, "requirement": "S-evidence", "status": status, "severity": 2,
                  "contract_no": f"HT-{i}", "customer": f"客户{i}", "message": f"合同 HT-{i} 金额不一致",
                  "documents": [f"a{i}.pdf", f"b{i}.pdf"]} for i, (kind, status) in enumerate(gaps, 1)],
        "documents": [{}, {}, {}],
    }


STATS = {"documents": 3, "processed": 2, "cache_hits": 1, "duplicates": 0}


# ---- tests -------------------------------------------------------------------------------------

def test_runs_submissions_gaps_and_status(db_url):
    with ResultsIndex(db_url) as index:
        run = index.start_run("nightly", "/inbox")
        index.record_success(run, "甲", source="/inbox/甲", fingerprint="f1",
                             summary=summarize_report(_report("甲", [("amount_mismatch", "confirmed"),
                                                                     ("missing_payment_proof", "needs_review")])),
                             stats=STATS, report_path="/out/甲/report.json", seconds=1.5)
        index.record_success(run, "乙", source="/inbox/乙.zip", fingerprint="f2",
                             summary=summarize_report(_report("乙", [("amount_mismatch", "needs_review")], None)),
                             stats=STATS)
        index.record_failure(run, "丙", source="/inbox/丙.zip", fingerprint="f3", error="SubmissionError: 不是 zip")
        index.record_skipped(run, "丁", "f4")
        row = index.finish_run(run)
        assert row["status"] == "completed" and row["finished_at"] is not None
        assert (row["submissions_total"], row["submissions_ok"], row["submissions_failed"],
                row["submissions_skipped"]) == (4, 2, 1, 1)
        assert (row["documents"], row["documents_processed"], row["cache_hits"]) == (6, 4, 2)

        mismatches = index.gaps(kind="amount_mismatch")
        assert [(g["submission"], g["contract_no"], g["customer"]) for g in mismatches] == \
            [("乙", "HT-1", "客户1"), ("甲", "HT-1", "客户1")]
        assert mismatches[1]["documents"] == "a1.pdf；b1.pdf"
        assert index.last_success_fingerprint("甲") == "f1"
        assert index.last_success_fingerprint("丙") is None
        status = {s["name"]: s for s in index.status_rows()}
        assert status["甲"]["award_tier_wan"] == 300 and status["甲"]["gaps_total"] == 2
        assert status["甲"]["gaps_confirmed"] == 1 and status["甲"]["run_status"] == "completed"
        assert status["丙"]["status"] == "failed" and "不是 zip" in status["丙"]["error"]

        # a later successful run replaces a submission's requirements and gaps
        run2 = index.start_run("nightly", "/inbox")
        index.record_success(run2, "甲", source="/inbox/甲", fingerprint="f1b",
                             summary=summarize_report(_report("甲", [])), stats=STATS)
        # a later failure keeps the last good results but says the latest run failed
        index.record_failure(run2, "乙", source=None, fingerprint="f2b", error="OSError: disk")
        index.finish_run(run2)
        assert index.gaps(submission="甲") == []
        assert len(index.requirements("甲")) == 2
        status = {s["name"]: s for s in index.status_rows()}
        assert status["乙"]["status"] == "failed" and status["乙"]["gaps_total"] == 1
        assert index.last_success_fingerprint("乙") is None   # a failed latest run is never skipped

    frame = read_frame(db_url, "gaps")
    assert list(frame["kind"]) == ["amount_mismatch"]
    assert len(read_frame(db_url, "submission_runs")) == 6
    with pytest.raises(ValueError):
        read_frame(db_url, "nope")


def test_a_failing_write_changes_nothing(db_url):
    with ResultsIndex(db_url) as index:
        run = index.start_run("nightly")
        index.record_success(run, "甲", source=None, fingerprint="f1",
                             summary=summarize_report(_report("甲", [("amount_mismatch", "confirmed")])), stats=STATS)
        bad = summarize_report(_report("甲", [("x", "confirmed"), ("y", "confirmed")]))
        bad["gaps"][1]["kind"] = None       # NOT NULL: fails after the deletes and the first rows
        with pytest.raises(Exception):
            index.record_success(run, "甲", source=None, fingerprint="f2", summary=bad, stats=STATS)
        assert [g["kind"] for g in index.gaps(submission="甲")] == ["amount_mismatch"]
        assert index.last_success_fingerprint("甲") == "f1"
        assert len(index.submission_runs(run)) == 1


KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from pipeline.results.index import ResultsIndex, summarize_report
    from test_index import _report as report

    class Stall(list):
        def __iter__(self):
            yield self[0]
            print("in-transaction", flush=True)
            time.sleep(600)

    index = ResultsIndex(sys.argv[1])
    run = index.start_run("nightly")
    summary = summarize_report(report("甲", [("new_kind", "confirmed"), ("new_kind", "confirmed")]))
    summary["gaps"] = Stall(summary["gaps"])
    index.record_success(run, "甲", source=None, fingerprint="f-new", summary=summary,
                         stats={"documents": 1, "processed": 1, "cache_hits": 0, "duplicates": 0})
""")


def test_a_writer_killed_mid_transaction_leaves_the_index_consistent(db_url, tmp_path):
    with ResultsIndex(db_url) as index:
        run = index.start_run("nightly")
        index.record_success(run, "甲", source=None, fingerprint="f1",
                             summary=summarize_report(_report("甲", [("amount_mismatch", "confirmed")])), stats=STATS)
        index.finish_run(run)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), str(ROOT / "tests"), str(ROOT)])}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, db_url], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "in-transaction", proc.stderr.read() if proc.poll() is not None else line
        proc.kill()
    finally:
        proc.kill()
        proc.wait()
    with ResultsIndex(db_url) as index:
        assert [g["kind"] for g in index.gaps(submission="甲")] == ["amount_mismatch"]
        assert index.last_success_fingerprint("甲") == "f1"
        assert len(index.requirements("甲")) == 2
        runs = index.runs()
        assert runs[0]["status"] == "completed"
        assert runs[1]["status"] == "running"          # the killed one, until the next run starts
        index.start_run("nightly")
        assert index.runs()[1]["status"] == "interrupted"


def test_urls():
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("sqlite:///x.db") == "sqlite:///x.db"
    assert normalize_url("out/j.sqlite").startswith("sqlite:////")


def test_inbox_and_fingerprints(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "甲" / "sub").mkdir(parents=True)
    (inbox / "甲" / "申报信息.xlsx").write_bytes(b"workbook")
    (inbox / "甲" / "sub" / "合同.pdf").write_bytes(b"%PDF contract")
    with zipfile.ZipFile(inbox / "乙.zip", "w") as zf:
        zf.writestr("乙/申报信息.xlsx", b"workbook")
    (inbox / ".hidden").mkdir()
    (inbox / "notes.txt").write_text("not a submission")
    assert [(n, p.name) for n, p in list_inbox(inbox)] == [("乙", "乙.zip"), ("甲", "甲")]

    first = submission_fingerprint(inbox / "甲", "code-a")
    assert submission_fingerprint(inbox / "甲", "code-a") == first
    assert submission_fingerprint(inbox / "甲", "code-b") != first          # code or catalog changed
    (inbox / "甲" / ".DS_Store").write_bytes(b"junk")
    assert submission_fingerprint(inbox / "甲", "code-a") == first          # hidden files do not count
    (inbox / "甲" / "sub" / "合同.pdf").write_bytes(b"%PDF contract v2")
    assert submission_fingerprint(inbox / "甲", "code-a") != first
    (inbox / "甲" / "sub" / "合同.pdf").write_bytes(b"%PDF contract")
    (inbox / "甲" / "sub" / "合同.pdf").rename(inbox / "甲" / "合同.pdf")
    assert submission_fingerprint(inbox / "甲", "code-a") != first          # paths appear in the report
    zipped = submission_fingerprint(inbox / "乙.zip", "code-a")
    assert len(zipped) == 64 and zipped != first


def test_settings_fingerprint_follows_catalog_and_reading_settings(tmp_path):
    from pipeline.catalogs.loader import default_catalog_path
    from pipeline.results.index import settings_fingerprint
    from pipeline.settings import Settings

    base = settings_fingerprint(Settings())
    assert settings_fingerprint(Settings(workers=1)) == base              # parallelism changes no result
    assert settings_fingerprint(Settings(dpi=300)) != base
    catalog = tmp_path / "catalog.json"
    catalog.write_bytes(default_catalog_path("申报").read_bytes())
    with_catalog = settings_fingerprint(Settings(catalog=catalog))
    catalog.write_bytes(catalog.read_bytes() + b"\n")
    assert settings_fingerprint(Settings(catalog=catalog)) != with_catalog


def _package_copy(tmp_path: Path) -> Path:
    import pipeline

    copy = tmp_path / "pipeline"
    shutil.copytree(Path(pipeline.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_a_change_to_reconciliation_code_changes_the_submission_fingerprint(tmp_path):
    """An upgrade that touches only reconciliation/requirements code must re-verify every
    submission (the report may differ) without invalidating a single read document."""
    from pipeline import fingerprints as cache
    from pipeline.results.index import settings_fingerprint
    from pipeline.settings import Settings

    copy = _package_copy(tmp_path)
    base = settings_fingerprint(Settings())
    assert settings_fingerprint(Settings(), package_root=copy) == base      # same bytes, same print
    for module in ("reconcile/contracts.py", "requirements/support.py", "report/build.py", "catalogs/support_2023.json"):
        original = (copy / module).read_bytes()
        (copy / module).write_bytes(original + b"\n")
        assert settings_fingerprint(Settings(), package_root=copy) != base, module
        (copy / module).write_bytes(original)
    assert settings_fingerprint(Settings(), package_root=copy) == base

    # reconciliation is recomputed every run: documents and OCR'd pages stay cached
    (copy / "reconcile/contracts.py").write_text((copy / "reconcile/contracts.py").read_text(encoding="utf-8") + "\n# v2\n",
                                       encoding="utf-8")
    assert cache._fingerprint(cache.DOCUMENT_MODULES, copy) == cache.code_fingerprint()
    assert cache._fingerprint(cache.OCR_MODULES, copy) == cache.ocr_fingerprint()
    (copy / "extract/fields/amounts.py").write_text((copy / "extract/fields/amounts.py").read_text(encoding="utf-8") + "\n# v2\n",
                                     encoding="utf-8")
    assert cache._fingerprint(cache.DOCUMENT_MODULES, copy) != cache.code_fingerprint()


def test_the_package_version_is_in_every_key_above_the_page(tmp_path, monkeypatch):
    import pipeline
    from pipeline.documents import cache
    from pipeline.results.index import settings_fingerprint
    from pipeline.settings import Settings

    copy = _package_copy(tmp_path)
    init = copy / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8").replace(pipeline.__version__, "99.0.0"), encoding="utf-8")
    assert settings_fingerprint(Settings(), package_root=copy) != settings_fingerprint(Settings())
    from pipeline.read.page_cache import page_cache_key

    key, page = cache.cache_key("ab" * 32, Settings()), page_cache_key("ab" * 32, 1, "tesseract", 200)
    monkeypatch.setattr(cache, "__version__", "99.0.0")   # what a release bump makes of it
    assert cache.cache_key("ab" * 32, Settings()) != key
    assert page_cache_key("ab" * 32, 1, "tesseract", 200) == page      # OCR of a page is not re-done


def test_a_document_that_timed_out_makes_the_summary_incomplete():
    report = _report("甲", [])
    report["documents"] = [{"path": "a.pdf", "errors": []},
                           {"path": "b.pdf", "errors": [{"code": "timeout", "message": "超时"}]},
                           {"path": "c.pdf", "errors": [{"code": "encrypted", "message": "加密"}]}]
    assert "b.pdf" in summarize_report(report)["incomplete"]
    report["documents"][1]["errors"] = []
    assert summarize_report(report)["incomplete"] is None     # a permanent problem is a result


def test_an_incomplete_success_keeps_no_fingerprint(db_url):
    with ResultsIndex(db_url) as index:
        run = index.start_run("nightly")
        index.record_success(run, "甲", source=None, fingerprint="f1",
                             summary=summarize_report(_report("甲", [])), stats=STATS,
                             incomplete="文档处理超时")
        assert index.last_success_fingerprint("甲") is None
        row = index.finish_run(run)
        assert (row["submissions_ok"], row["submissions_incomplete"]) == (1, 1)
        assert index.submission_runs(run)[0]["status"] == "incomplete"
        assert {s["name"]: s["status"] for s in index.status_rows()} == {"甲": "incomplete"}


def test_gaps_dismissed_by_a_reviewer_do_not_count(db_url):
    report = _report("甲", [("amount_mismatch", "confirmed"), ("party_mismatch", "needs_review")])
    report["gaps"][0]["decision"] = {"decision": "dismiss", "stale": False}
    report["gaps"][1]["decision"] = {"decision": "dismiss", "stale": True}
    summary = summarize_report(report)
    assert (summary["gaps_total"], summary["gaps_confirmed"], summary["gaps_needs_review"],
            summary["gaps_dismissed"]) == (1, 0, 1, 1)
    with ResultsIndex(db_url) as index:
        run = index.start_run("nightly")
        index.record_success(run, "甲", source=None, fingerprint="f", summary=summary, stats=STATS)
        assert [g["kind"] for g in index.gaps()] == ["party_mismatch"]
        every = index.gaps(include_dismissed=True)
        assert [(g["kind"], g["decision"], g["counts"]) for g in every] == \
            [("amount_mismatch", "dismiss", False), ("party_mismatch", "dismiss-stale", True)]


def test_a_review_file_beside_the_submission_changes_its_fingerprint(tmp_path):
    sub = tmp_path / "甲"
    sub.mkdir()
    (sub / "申报信息.xlsx").write_bytes(b"workbook")
    before = submission_fingerprint(sub, "code")
    (tmp_path / "甲.jinzheng-review.json").write_text("[]", encoding="utf-8")
    assert submission_fingerprint(sub, "code") != before
    assert [n for n, _ in list_inbox(tmp_path)] == ["甲"]
