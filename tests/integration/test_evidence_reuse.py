"""Evidence reused across submissions, end to end on the results index (SQLite and a real
PostgreSQL server): two small submissions of different applicants share a bank receipt; the
same applicant's two years share one too and are not reported. Real reading of text PDFs,
the library path the nightly flow takes (verify, write outputs, record, detect reuse)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers.bad_inputs import text_pdf
from helpers.workbooks import APPLICANT_ROWS, build, contract_row, standard_sheets
from pipeline.report.outputs import write_submission_outputs
from pipeline.results.index import ResultsIndex, summarize_report
from pipeline.results.reuse import detect_reuse
from pipeline.results.verify import verify_submission
from pipeline.settings import Settings

pytest_plugins = ["helpers.postgres_server"]

RECEIPT = ["中国工商银行 网上银行电子回单", "电子回单号码：6910447023727930",
           "付款人：天津某某机械有限公司", "收款人：天津甲科技有限公司", "金额（小写）：¥3,000,000.00",
           "金额（大写）：人民币叁佰万元整", "交易日期：2023-10-20", "用途：支付合同TJZZ-2023-001款"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'index.sqlite'}"
        return
    from helpers.postgres_server import fresh_database

    with fresh_database(request.getfixturevalue("postgres_url")) as url:
        yield url


def _submission(root: Path, name: str, applicant: str, uscc: str, receipt_lines: list[str]) -> Path:
    folder = root / name
    (folder / "附件").mkdir(parents=True)
    rows = [list(r) for r in APPLICANT_ROWS]
    rows[1][1], rows[2][1] = applicant, uscc
    sheets = standard_sheets(contract_row(1))
    sheets["申报单位"] = rows
    build(folder / "申报信息.xlsx", sheets)
    text_pdf(folder / "附件" / "回单.pdf", receipt_lines)
    return folder


def _verify_and_record(index: ResultsIndex, run_id: int, source: Path, out: Path) -> dict:
    verification, stats = verify_submission(source, Settings(workers=1, cache_dir=None))
    report = write_submission_outputs(verification, source, out / source.name)
    index.record_success(run_id, source.name, source=str(source), fingerprint="x",
                         summary=summarize_report(report), stats={"documents": stats.documents},
                         report_path=str(out / source.name / "report.json"))
    return report


def test_a_receipt_in_two_applicants_submissions_is_reported_on_both(tmp_path, db_url):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    alpha = _submission(inbox, "alpha", "天津甲科技有限公司", "91120116MA05JXXX1X", RECEIPT)
    # the same receipt printed again: other bytes (a line more), the bank's serial the same
    beta = _submission(inbox, "beta", "天津乙智能有限公司", "91120222MA06B7K23T", RECEIPT + ["打印次数：2"])
    with ResultsIndex(db_url) as index:
        run = index.start_run("nightly")
        first = _verify_and_record(index, run, alpha, out)
        assert detect_reuse(index, ["alpha"]).findings == 0        # nothing earlier to match
        assert first["documents"][0]["fields"]["bank_serial"] == "6910447023727930"
        _verify_and_record(index, run, beta, out)
        outcome = detect_reuse(index, ["beta"])                     # alpha is not read again
        assert sorted(outcome.updated) == ["alpha", "beta"]
        rows = index.gaps(kind="evidence_reused")
        assert {r["submission"] for r in rows} == {"alpha", "beta"}
        assert all(r["status"] == "confirmed" for r in rows)
        assert "「beta」" in next(r["message"] for r in rows if r["submission"] == "alpha")
        counts = {s["name"]: s["gaps_total"] for s in index.submissions()}
        for name in ("alpha", "beta"):
            report = json.loads((out / name / "report.json").read_text(encoding="utf-8"))
            gap = next(g for g in report["gaps"] if g["kind"] == "evidence_reused")
            other = "beta" if name == "alpha" else "alpha"
            assert gap["reused_with"][0]["submission"] == other and gap["reused_with"][0]["key"] == "bank_serial"
            assert counts[name] == len(report["gaps"])
            html = (out / name / "report.html").read_text(encoding="utf-8")
            assert 'id="reuse"' in html and f'data-other="{other}"' in html
            assert "evidence_reused" in (out / name / "gaps.csv").read_text(encoding="utf-8-sig")
        # run again with nothing new: the findings stand, nothing is rewritten
        assert detect_reuse(index, ["alpha", "beta"]).updated == []
        # beta replaced by a submission without the receipt: alpha's finding goes too
        shutil.rmtree(beta)
        _submission(inbox, "beta", "天津乙智能有限公司", "91120222MA06B7K23T",
                    [line.replace("6910447023727930", "1111222233334444") for line in RECEIPT[:-1]])
        _verify_and_record(index, run, beta, out)
        assert sorted(detect_reuse(index, ["beta"]).updated) == ["alpha"]
        assert index.gaps(kind="evidence_reused") == []


def test_the_same_applicants_two_years_are_not_reported(tmp_path, db_url):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    y2023 = _submission(inbox, "jia-2023", "天津甲科技有限公司", "91120116MA05JXXX1X", RECEIPT)
    y2024 = _submission(inbox, "jia-2024", "天津甲科技有限公司", "91120116MA05JXXX1X", RECEIPT)
    with ResultsIndex(db_url) as index:
        run = index.start_run("nightly")
        _verify_and_record(index, run, y2023, out)
        _verify_and_record(index, run, y2024, out)
        outcome = detect_reuse(index, ["jia-2023", "jia-2024"])
        assert outcome.findings == 0 and outcome.updated == [] and not outcome.errors
        assert sorted(outcome.checked) == ["jia-2023", "jia-2024"]
