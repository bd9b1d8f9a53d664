"""Reviewer decisions: recorded beside the submission, kept across runs, stale when the evidence changes."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone

import pytest

from pipeline.catalogs.loader import validation_error
from pipeline.cli.main import main
from pipeline.report.decisions import (apply_decisions, apply_review_file, counted_gaps, find_gaps, gap_key,
                                load_decisions, make_decision, recheck_note, report_hashes,
                                review_file_for, submission_hashes)
from pipeline.errors import JinzhengError
from pipeline.report.build import REPORT_SCHEMA
from helpers.reports import _page, build_sample

WHEN = datetime(2024, 3, 1, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path)


def _gap(report, kind):
    return next(g for g in report["gaps"] if g["kind"] == kind)


def _decide(report, kind, decision, hashes=None):
    return make_decision(_gap(report, kind), decision, "张三", "理由", hashes or report_hashes(report), WHEN,
                         declaration=report["declaration_source"])


def test_gap_key_mirrors_the_gap_book():
    assert gap_key({"kind": "amount_mismatch", "contract_no": "C-1", "customer": "甲"}) == \
        {"kind": "amount_mismatch", "contract_no": "C-1", "customer": None}
    assert gap_key({"kind": "missing_standard_document", "contract_no": None, "customer": None,
                    "standard": "规范"}) == \
        {"kind": "missing_standard_document", "contract_no": None, "customer": None, "standard": "规范"}


def test_dismiss_stays_listed_but_no_longer_counts(sample):
    _, report = sample
    original = copy.deepcopy(report)
    out = apply_decisions(report, [_decide(report, "amount_mismatch", "dismiss")])
    assert report == original                          # pure
    gap = _gap(out, "amount_mismatch")
    assert gap["decision"]["decision"] == "dismiss" and gap["decision"]["counted"] is False
    assert gap["decision"]["reviewer"] == "张三" and gap["decision"]["decided_at"].startswith("2024-03-01")
    assert gap not in counted_gaps(out) and len(out["gaps"]) == len(report["gaps"])
    # C-002 still lacks its acceptance report: the confirmed gap keeps it unverified
    assert next(c for c in out["contracts"] if c["contract_no"] == "C-002")["status"] == "not_verified"
    assert validation_error(out, REPORT_SCHEMA, "report.json") is None


def test_dismissing_every_gap_of_a_requirement_meets_it(sample):
    _, report = sample
    decisions = [_decide(report, "amount_mismatch", "dismiss"),
                 _decide(report, "missing_acceptance_report", "dismiss"),
                 _decide(report, "unreadable_document", "dismiss")]
    out = apply_decisions(report, decisions)
    evidence = next(r for r in out["requirements"] if r["id"] == "S-evidence")
    # met only by a person's judgement (totals and tier are the machine's): 人工认定满足，需复核
    assert evidence["status"] == "unverifiable" and evidence["review_outcome"] == "met"
    assert evidence["status_before_review"] == "not_met"
    note = recheck_note(out)
    assert note and "S-evidence" in note and "人工认定满足" in note and "奖励档位" in note
    c2 = next(c for c in out["contracts"] if c["contract_no"] == "C-002")
    assert c2["status"] == "verified" and c2["status_before_review"] == "not_verified"
    # untouched requirements keep the machine's verdict; totals and tier are not recomputed
    assert next(r for r in out["requirements"] if r["id"] == "S-standards")["status"] == "not_met"
    assert out["award_tier_wan"] == report["award_tier_wan"]
    assert out["status"] == "gaps"
    everything = [_decide(report, g["kind"], "dismiss") for g in report["gaps"]]
    assert apply_decisions(report, everything)["status"] == "clean"


def test_accept_confirms_a_needs_review_gap(sample):
    _, report = sample
    report = copy.deepcopy(report)
    only_review = next(r for r in report["requirements"] if r["id"] == "S-evidence")
    only_review["status"] = "unverifiable"
    out = apply_decisions(report, [_decide(report, "amount_mismatch", "accept")])
    gap = _gap(out, "amount_mismatch")
    assert gap["status"] == "confirmed" and gap["decision"]["original_status"] == "needs_review"
    assert next(r for r in out["requirements"] if r["id"] == "S-evidence")["status"] == "not_met"


def test_changed_evidence_makes_the_decision_stale(sample):
    sub, report = sample
    decision = _decide(report, "amount_mismatch", "dismiss", submission_hashes(sub))
    _page([[0.1, 0.1, 0.3, 0.2]]).save(sub / "回单C2.png")      # the applicant re-uploads the receipt
    changed = copy.deepcopy(report)
    doc = next(d for d in changed["documents"] if d["path"] == "回单C2.png")
    doc["sha256"] = submission_hashes(sub)["回单C2.png"]
    out = apply_decisions(changed, [decision], submission_hashes(sub))
    gap = _gap(out, "amount_mismatch")
    assert gap["decision"]["stale"] is True and gap["decision"]["counted"] is True
    assert gap["decision"]["changed_files"] == ["回单C2.png"] and "已失效" in gap["decision"]["label"]
    assert gap in counted_gaps(out)


def test_declaration_change_is_seen_with_submission_hashes(sample):
    sub, report = sample
    hashes = submission_hashes(sub)
    decision = _decide(report, "missing_standard_document", "dismiss", hashes)
    assert apply_decisions(report, [decision], hashes)["gaps"][4]["decision"]["stale"] is False
    (sub / "申报信息.xlsx").write_bytes(b"another declaration")
    out = apply_decisions(report, [decision], submission_hashes(sub))
    assert _gap(out, "missing_standard_document")["decision"]["stale"] is True


def test_idempotent_and_latest_decision_wins(sample):
    _, report = sample
    decisions = [_decide(report, "amount_mismatch", "dismiss"), _decide(report, "amount_mismatch", "accept")]
    once = apply_decisions(report, decisions)
    assert _gap(once, "amount_mismatch")["decision"]["decision"] == "accept"
    assert apply_decisions(once, decisions) == once
    # withdrawing every decision gives the machine's report back
    assert apply_decisions(once, []) == report


def test_find_gaps_by_kind_and_subject(sample):
    _, report = sample
    assert len(find_gaps(report, "amount_mismatch")) == 1
    assert len(find_gaps(report, "amount_mismatch:C-002")) == 1
    assert find_gaps(report, "amount_mismatch:C-001") == []
    assert len(find_gaps(report, "missing_standard_document:数据采集规范")) == 1
    assert len(find_gaps(report, "unreadable_document:坏文件.pdf")) == 1


def test_review_file_beside_the_submission(tmp_path):
    assert review_file_for(tmp_path / "inbox" / "acme") == (tmp_path / "inbox" / "acme.jinzheng-review.json").resolve()
    assert review_file_for(tmp_path / "acme.zip").name == "acme.zip.jinzheng-review.json"
    bad = tmp_path / "x.jinzheng-review.json"
    bad.write_text('[{"decision": "maybe"}]', encoding="utf-8")
    with pytest.raises(JinzhengError):
        load_decisions(bad)
    with pytest.raises(JinzhengError):
        make_decision({"kind": "x", "documents": []}, "dismiss", "", "理由", {})


def test_review_command_records_and_later_runs_keep_it(sample, tmp_path, capsys):
    sub, report = sample
    report_path = tmp_path / "out" / "report.json"
    report_path.parent.mkdir()
    report_path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    before = {p: p.read_bytes() for p in sub.rglob("*") if p.is_file()}

    rc = main(["review", str(sub), "--gap", "amount_mismatch:C-002", "--dismiss", "--reviewer", "王五",
               "--reason", "第二笔付款见补充回单", "--report", str(report_path)])
    assert rc == 0
    assert "王五" in capsys.readouterr().out
    records = load_decisions(sub)
    assert len(records) == 1 and records[0]["gap"]["contract_no"] == "C-002"
    assert set(records[0]["fingerprint"]) == {"回单C2.png", "申报信息.xlsx"}     # the declaration is behind every gap
    assert {p: p.read_bytes() for p in sub.rglob("*") if p.is_file()} == before   # inputs untouched

    again = apply_review_file(report, sub)
    decision = _gap(again, "amount_mismatch")["decision"]
    assert decision["reviewer"] == "王五" and decision["reason"] == "第二笔付款见补充回单"
    assert decision["stale"] is False

    # an ambiguous or unknown gap is refused with the candidates listed
    assert main(["review", str(sub), "--gap", "nonexistent_kind", "--accept", "--reviewer", "王五",
                 "--reason", "x", "--report", str(report_path)]) == 2
    assert "amount_mismatch:C-002" in capsys.readouterr().err


def _with_threshold_gap(report):
    out = copy.deepcopy(report)
    out["gaps"].insert(0, {"kind": "total_below_threshold", "requirement": "S-total", "severity": 3,
                           "status": "confirmed", "contract_no": None, "customer": None, "documents": [],
                           "message": "经核实的验收合同总额 3,000,000.00元，低于要求的 25,000,000.00元",
                           "details": []})
    return out


def test_threshold_gap_decision_goes_stale_when_any_evidence_changes(sample):
    sub, report = sample
    report = _with_threshold_gap(report)
    hashes = submission_hashes(sub)
    decision = _decide(report, "total_below_threshold", "dismiss", hashes)
    # a gap naming no file rests on every file of the submission, the declaration included
    assert set(decision["fingerprint"]) == set(hashes) and "申报信息.xlsx" in decision["fingerprint"]
    out = apply_decisions(report, [decision], hashes)
    assert _gap(out, "total_below_threshold")["decision"]["stale"] is False
    total = next(r for r in out["requirements"] if r["id"] == "S-total")
    # a dismissal does not make the total reach 2500万: the requirement is a person's call
    assert total["status"] == "unverifiable" and total["review_outcome"] == "met"
    assert out["award_tier_wan"] == 0 and "S-total" in recheck_note(out)

    (sub / "采购C1.pdf").unlink()                        # one evidence file is withdrawn
    out = apply_decisions(report, [decision], submission_hashes(sub))
    gap = _gap(out, "total_below_threshold")
    assert gap["decision"]["stale"] is True and gap["decision"]["changed_files"] == ["采购C1.pdf"]
    assert gap in counted_gaps(out)
    assert next(r for r in out["requirements"] if r["id"] == "S-total")["status"] == "not_met"
    assert "review_outcome" not in next(r for r in out["requirements"] if r["id"] == "S-total")


def test_decision_goes_stale_when_the_measured_values_change(sample):
    _, report = sample
    report = _with_threshold_gap(report)
    decision = _decide(report, "total_below_threshold", "dismiss")
    again = copy.deepcopy(report)
    _gap(again, "total_below_threshold")["message"] = "经核实的验收合同总额 2,000,000.00元，低于要求的 25,000,000.00元"
    gap = _gap(apply_decisions(again, [decision]), "total_below_threshold")
    assert gap["decision"]["stale"] is True and gap["decision"]["message_at_decision"] == decision["message"]


def test_amount_mismatch_decision_goes_stale_when_the_declaration_changes(sample):
    sub, report = sample
    decision = _decide(report, "amount_mismatch", "dismiss", submission_hashes(sub))
    assert "申报信息.xlsx" in decision["fingerprint"]
    (sub / "申报信息.xlsx").write_bytes(b"the declared amount was edited")
    gap = _gap(apply_decisions(report, [decision], submission_hashes(sub)), "amount_mismatch")
    assert gap["decision"]["stale"] is True and gap["decision"]["changed_files"] == ["申报信息.xlsx"]


def test_dismissing_a_gap_of_a_met_requirement_keeps_it_met(sample):
    _, report = sample
    out = apply_decisions(report, [_decide(report, "sme_misclassified", "dismiss")])
    sme = next(r for r in out["requirements"] if r["id"] == "S-sme")
    assert sme["status"] == "met" and "review_outcome" not in sme and "status_before_review" not in sme


def test_gaps_csv_and_terminal_summary_follow_decisions(sample):
    from pipeline.cli.main import summary_text
    from pipeline.report.build import report_gaps_frame

    _, report = sample
    out = apply_decisions(report, [_decide(report, "missing_acceptance_report", "dismiss")])
    frame = report_gaps_frame(out)
    assert list(frame.columns[:3]) == ["序号", "要求", "类型"]
    assert {"是否计入", "复核决定", "复核人", "复核时间", "复核理由"} <= set(frame.columns)
    assert len(frame) == len(report["gaps"])
    # most serious first (severity, then confirmed before needs-review); the dismissed one last
    assert list(frame["类型"]) == ["amount_mismatch", "unreadable_document", "missing_standard_document",
                                 "sme_misclassified", "missing_acceptance_report"]
    last = frame.iloc[-1]
    assert last["是否计入"] == "不计入（已驳回）" and last["复核人"] == "张三" and last["复核理由"] == "理由"

    text = summary_text(out)
    assert "缺口 4 项（确认 3，待复核 1；另有 1 项已驳回，不计入）" in text
    listed = [line for line in text.splitlines() if line.startswith("  ? ") or line.startswith("  - ")]
    assert len(listed) == 4 and "[金额不一致]" in listed[0] and "缺验收报告" not in text.split("缺口 4 项")[1]
    assert "amount_mismatch" not in text and "注意：复核决定改变了" in text


def test_what_each_gap_rests_on(sample):
    from pipeline.report.decisions import fingerprint

    sub, report = sample
    hashes = submission_hashes(sub)
    by_kind = {g["kind"]: set(fingerprint(g, hashes, "申报信息.xlsx")) for g in report["gaps"]}
    assert by_kind["amount_mismatch"] == {"回单C2.png", "申报信息.xlsx"}
    assert by_kind["missing_acceptance_report"] == set(hashes)         # a new upload may close it
    assert by_kind["missing_standard_document"] == set(hashes)
    assert by_kind["sme_misclassified"] == {"申报信息.xlsx"}             # the declaration alone
