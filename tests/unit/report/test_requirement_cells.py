"""report.html's requirement table and tiles say what was counted, and tell one story after a
reviewer's dismissal: the machine's figures together, what the decision cleared beside them."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from helpers.reports import build_sample
from pipeline.report.decisions import apply_decisions, make_decision, report_hashes
from pipeline.report.html import render_html
from pipeline.report.vocabulary import requirement_measure_text

CATALOGS = Path(__file__).resolve().parents[3] / "pipeline" / "catalogs"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path)


def _cells(html: str) -> dict[str, str]:
    """requirement id -> the text of its 核实情况 cell."""
    rows = re.findall(r'<tr class="req req-\w+"><td>([^<]+)</td><td>.*?</td><td>.*?</td><td>(.*?)</td>', html, re.S)
    return {rid: re.sub(r"<[^>]+>", "", cell) for rid, cell in rows}


def test_every_cell_says_what_is_counted_never_bare_numbers(sample):
    _, report = sample
    cells = _cells(render_html(report))
    assert set(cells) == {r["id"] for r in report["requirements"]}
    for rid, text in cells.items():
        assert CJK.search(text), (rid, text)
        assert not re.fullmatch(r"\s*[\d.,]+\s*/\s*[\d.,]+\s*", text), (rid, text)
    assert cells["S-evidence"] == "核实通过的合同 1 份（共 2 份）；证据缺口 3 项，要求无缺口"
    assert cells["S-standards"] == "有草案文件的标准草案 2 项，要求不少于 3 项"
    assert cells["S-total"] == "经核实的验收合同总额 300.00 万元，要求不低于 2,500.00 万元"
    assert cells["E-tianjin"] == "不适用"


def test_no_evidence_gap_reads_as_such_not_zero_of_zero(sample):
    _, report = sample
    clean = copy.deepcopy(report)
    evidence = next(r for r in clean["requirements"] if r["id"] == "S-evidence")
    evidence.update(status="met", measured=0, threshold=0, details=[])
    assert _cells(render_html(clean))["S-evidence"] == "核实通过的合同 1 份（共 2 份）；无证据缺口"


@pytest.mark.parametrize("catalog", sorted(CATALOGS.glob("*.json")), ids=lambda p: p.stem)
def test_every_check_of_every_catalog_is_worded(catalog):
    """A new check with numbers needs its words here (COUNTED_BY_CHECK), else this fails."""
    for req in json.loads(catalog.read_text(encoding="utf-8"))["requirements"]:
        if req["check"] == "applicant_tianjin":
            continue                                   # shows the code and address it checked
        measured, threshold = ({"customers": 5, "total_yuan": "16968800.00", "tianjin_customers": 1},
                               {"customers": 6, "total_yuan": "15000000.00", "tianjin_customers": 2}) \
            if req["check"] == "assessment_customers" else ("7", "8")
        text = requirement_measure_text({"check": req["check"], "measured": measured, "threshold": threshold},
                                        {"contracts": []})
        assert CJK.search(text.replace("核实值", "").replace("要求值", "")) and "核实值" not in text, (req["check"], text)


def test_a_report_from_before_checks_were_recorded_still_reads_in_words(sample):
    _, report = sample
    old = copy.deepcopy(report)
    for r in old["requirements"]:
        r.pop("check")
    cells = _cells(render_html(old))
    assert cells["S-evidence"] == "核实值 3；要求值 0"


def test_after_a_dismissal_the_tiles_agree_with_each_other_and_the_rows(sample):
    _, report = sample
    second = report["contracts"][1]["contract_no"]           # not verified: two gaps
    records = [make_decision(g, "dismiss", "李四", "补充材料已核对", report_hashes(report))
               for g in report["gaps"] if g.get("contract_no") == second]
    reviewed = apply_decisions(report, records)
    assert any(c["status"] == "verified" and c.get("status_before_review") for c in reviewed["contracts"])

    html = render_html(reviewed)
    verdict = html[html.index('id="verdict"'):html.index('id="requirements"')]
    count = re.search(r"合同<b>(\d+) / (\d+) 份已核实</b>", verdict)
    total = re.search(r"核实验收合同总额<b>([\d,.]+) 万元</b>", verdict)
    verified, declared = int(count.group(1)), int(count.group(2))
    # the contracts counted are exactly the ones the total adds up
    counted_amount = sum(float(c["declared_amount_yuan"]) for c in reviewed["contracts"]
                         if (c.get("status_before_review") or c["status"]) == "verified")
    assert (verified, declared) == (1, 2)
    assert float(total.group(1).replace(",", "")) * 10000 == counted_amount == float(reviewed["accepted_total_yuan"])
    assert "核实通过的合同 1 份（共 2 份）" in _cells(html)["S-evidence"]
    # what the decision cleared is named beside them, not added in
    assert verdict.count("复核后另有 1 份合同不再有计入的缺口（申报 200.00 万元）") == 2
