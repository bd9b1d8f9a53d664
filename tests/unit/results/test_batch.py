"""The one batch loop (pipeline/results/batch.py) that verify-batch and the nightly flow wrap:
what it skips and why, what it records, its exit codes. A real SQLite index; the verifications
themselves are handed in as `completions` (the loop's seam: here, results and failures made up
for the test; the wrappers' own tests, tests/integration/test_batch_summary.py and
test_flows.py, run real verifications through it)."""

from __future__ import annotations

import os
import time

import pytest

from pipeline.errors import EXIT_CANNOT_RUN, EXIT_CLEAN, EXIT_GAPS, SubmissionError
from pipeline.results.batch import InboxBatch, batch_exit_code
from pipeline.results.index import SIGNATURE_SETTLE_S, ResultsIndex, submission_signature
from pipeline.settings import Settings


def _summary(name: str, gaps: int = 0) -> dict:
    return {"submission": name, "applicant": f"{name}有限公司", "uscc": None, "catalog_id": "support-2023",
            "award_tier_wan": 0, "assessment_passed": None, "verdict": "gaps" if gaps else "clean",
            "documents": 1, "requirements": [{"id": "S-total", "title": "总额", "status": "met"}],
            "gaps": [{"kind": "amount_mismatch", "status": "confirmed", "message": "金额不一致", "counts": True}
                     for _ in range(gaps)],
            "gaps_total": gaps, "gaps_confirmed": gaps, "gaps_needs_review": 0, "gaps_dismissed": 0,
            "incomplete": None, "document_keys": []}


def _result(name: str, out, gaps: int = 0) -> dict:  # noqa: ANN001
    (out / name).mkdir(parents=True, exist_ok=True)
    (out / name / "report.json").write_text("{}", encoding="utf-8")
    return {"summary": _summary(name, gaps), "stats": {"documents": 1, "processed": 1},
            "report_path": str(out / name / "report.json"), "seconds": 0.1, "executor": "here"}


@pytest.fixture
def inbox(tmp_path):
    box = tmp_path / "inbox"
    for name in ("甲", "乙"):
        (box / name).mkdir(parents=True)
        (box / name / "合同.pdf").write_bytes(f"%PDF {name}".encode())
    return box


def _batch(inbox, tmp_path, index) -> InboxBatch:  # noqa: ANN001
    return InboxBatch(inbox, tmp_path / "out", Settings(cache_dir=None), index=index)


def test_exit_codes_are_one_policy():
    assert batch_exit_code(0) == EXIT_CLEAN and batch_exit_code(0, 3) == EXIT_GAPS
    assert batch_exit_code(1, 3) == EXIT_CANNOT_RUN and batch_exit_code(2) == EXIT_CANNOT_RUN


def test_a_run_records_each_outcome_and_the_next_skips_what_is_unchanged(inbox, tmp_path):
    out = tmp_path / "out"
    with ResultsIndex(f"sqlite:///{tmp_path / 'i.sqlite'}") as index:
        def completions(todo):  # noqa: ANN001
            assert [i.name for i in todo] == ["乙", "甲"]          # the inbox's order
            yield todo[0], SubmissionError("压缩包已损坏")
            yield todo[1], _result("甲", out, gaps=2)

        first = _batch(inbox, tmp_path, index).run(completions)
        assert first.statuses() == {"乙": "failed", "甲": "ok"}
        assert first.exit_code(gaps_count=True) == EXIT_CANNOT_RUN
        assert (first.row["submissions_ok"], first.row["submissions_failed"]) == (1, 1)
        assert [o.name for o in first.with_gaps] == ["甲"]

        batch = _batch(inbox, tmp_path, index)
        assert not batch.nothing_to_do()                  # 乙 failed: it is tried again
        assert len(index.runs()) == 1                     # looking wrote no run

        def only_b(todo):  # noqa: ANN001
            assert [i.name for i in todo] == ["乙"]       # 甲 unchanged, its report on disk
            yield todo[0], _result("乙", out)

        second = _batch(inbox, tmp_path, index).run(only_b)
        assert second.statuses() == {"甲": "skipped", "乙": "ok"}
        assert second.exit_code(gaps_count=True) == EXIT_CLEAN   # skipped ones say nothing
        assert _batch(inbox, tmp_path, index).nothing_to_do()

        def none(todo):  # noqa: ANN001
            raise AssertionError(f"nothing should be verified: {todo}")

        third = _batch(inbox, tmp_path, index).run(none)
        assert third.row["submissions_skipped"] == 2 and third.row["submissions_total"] == 2
        assert {r["submission"]: r["status"] for r in index.submission_runs(third.run_id)} == \
            {"甲": "skipped", "乙": "skipped"}

        (out / "甲" / "report.json").unlink()                    # a deleted report: verified again
        assert [i.name for i in _batch(inbox, tmp_path, index).plan(record=False)] == ["甲"]


def test_a_fingerprint_stands_while_the_files_look_the_same_and_not_a_moment_longer(inbox, tmp_path):
    """The skip check stats the inbox instead of hashing it when its files look as they did;
    content rewritten in place with its old size and modification time still shows (ctime)."""
    with ResultsIndex(f"sqlite:///{tmp_path / 'i.sqlite'}") as index:
        first = {i.name: i.fingerprint for i in _batch(inbox, tmp_path, index).plan(record=False)}
        assert index.signatures() == {}          # files written just now: no signature yet ("racy")
        time.sleep(SIGNATURE_SETTLE_S + 0.1)
        assert {i.name: i.fingerprint for i in _batch(inbox, tmp_path, index).plan(record=False)} == first
        stored = index.signatures()
        assert {n: fp for n, (_, fp) in stored.items()} == first
        # the stored fingerprint is what an unchanged submission gets, without reading its files
        index.save_signatures({"甲": (stored["甲"][0], "f" * 64)})
        again = {i.name: i.fingerprint for i in _batch(inbox, tmp_path, index).plan(record=False)}
        assert again == {**first, "甲": "f" * 64}
        # the same size and modification time, other bytes: read again
        pdf = inbox / "甲" / "合同.pdf"
        before = pdf.stat()
        signature = submission_signature(inbox / "甲", "p")
        pdf.write_bytes(b"%PDF XYZ")
        os.utime(pdf, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert pdf.stat().st_size == before.st_size
        assert submission_signature(inbox / "甲", "p") is None            # just written: not trusted yet
        time.sleep(SIGNATURE_SETTLE_S + 0.1)
        assert submission_signature(inbox / "甲", "p") not in (None, signature)   # its change time moved
        after = {i.name: i.fingerprint for i in _batch(inbox, tmp_path, index).plan(record=False)}
        assert after["甲"] not in (first["甲"], "f" * 64) and after["乙"] == first["乙"]


def test_a_file_that_cannot_be_read_while_fingerprinting_fails_only_its_submission(inbox, tmp_path):
    (inbox / "丙").mkdir()
    (inbox / "丙" / "合同.pdf").symlink_to("/proc/self/mem")     # read(2) gives EIO
    out = tmp_path / "out"
    with ResultsIndex(f"sqlite:///{tmp_path / 'i.sqlite'}") as index:
        result = _batch(inbox, tmp_path, index).run(lambda todo: [(i, _result(i.name, out)) for i in todo])
    failed = {o.name: o for o in result.failed}
    assert list(failed) == ["丙"] and failed["丙"].stage == "inbox"
    assert "无法读取申报材料的文件" in failed["丙"].error
    assert result.exit_code(gaps_count=False) == EXIT_CANNOT_RUN


def test_without_an_index_nothing_is_skipped_and_an_empty_inbox_is_an_error_when_asked(inbox, tmp_path):
    out = tmp_path / "out"
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        boom = exc
    batch = InboxBatch(inbox, out, Settings(cache_dir=None), error_files=True)
    result = batch.run(lambda todo: [(todo[0], boom), (todo[1], _result(todo[1].name, out))])
    assert result.statuses() == {"乙": "failed", "甲": "ok"} and result.run_id is None
    error_file = out / "乙" / "error.txt"
    assert result.failed[0].error_file == error_file
    text = error_file.read_text(encoding="utf-8")
    assert "内部错误（RuntimeError）" in text and "RuntimeError: boom" in text and "Traceback" in text
    empty = tmp_path / "empty"
    empty.mkdir()
    from pipeline.errors import JinzhengError

    with pytest.raises(JinzhengError, match="没有申报材料"):
        InboxBatch(empty, out, Settings(cache_dir=None), require_submissions=True).run()
    assert InboxBatch(empty, out, Settings(cache_dir=None)).run().outcomes == []
