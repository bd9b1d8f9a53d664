"""The requirement catalog is data validated at load time; bad catalogs fail with a path."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline.catalogs.loader import CATALOG_DIR, default_catalog_path
from pipeline.requirements.registry import load_catalog
from pipeline.errors import CatalogError


def _bundled():
    return json.loads(default_catalog_path("申报").read_text(encoding="utf-8"))


def test_every_bundled_catalog_loads():
    for path in sorted(CATALOG_DIR.glob("*.json")):
        catalog = load_catalog(path)
        assert catalog.requirements and catalog.gap_kinds


def test_support_catalog_encodes_the_guide():
    c = load_catalog(default_catalog_path("申报"))
    assert (c.period_start, c.period_end) == (date(2023, 1, 1), date(2023, 12, 31))
    assert c.requirement("S-customers").params["min"] == 8
    assert c.requirement("S-total").params["min_yuan"] == "25000000"
    assert [t.tier_wan for t in c.tiers] == [1000, 750, 500, 250]


@pytest.mark.parametrize("mutate,where", [
    (lambda d: d["requirements"][1].update(min=-1), "$.requirements[1].min"),
    (lambda d: d["period"].update(start="2023/01/01"), "$.period.start"),
    (lambda d: d["verdict"]["requires"].append("S-nonexistent"), "$.verdict.requires"),
    (lambda d: d["requirements"][0].update(check="no_such_check"), "$.requirements[0].check"),
    (lambda d: d.pop("gap_kinds"), "$"),
])
def test_bad_catalog_names_the_json_path(tmp_path, mutate, where):
    data = _bundled()
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    assert str(err.value).startswith(f"{path}: {where}")


def _assessment():
    return json.loads(default_catalog_path("考核").read_text(encoding="utf-8"))


def _write(tmp_path, data):
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind,where", [
    ("missing_subcontract", "$.requirements[1]"),          # local_suppliers reports it
    ("date_out_of_period", "$.requirements[1]"),           # so do the item checks
    ("total_below_threshold", "$.requirements[4]"),        # assessment_customers' total part
    ("diagnosis_without_solution", "$.requirements[3]"),
])
def test_catalog_lacking_a_gap_kind_a_check_reports_fails_at_load(tmp_path, kind, where):
    data = _assessment()
    del data["gap_kinds"][kind]
    path = _write(tmp_path, data)
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    assert str(err.value).startswith(f"{path}: {where}: ") and repr(kind) in str(err.value)


def test_contract_checks_gap_kinds_are_required_too(tmp_path):
    data = _bundled()
    del data["gap_kinds"]["unreadable_document"]
    path = _write(tmp_path, data)
    with pytest.raises(CatalogError, match=r"\$\.gap_kinds: .*'unreadable_document'"):
        load_catalog(path)


def test_renamed_gap_kinds_are_catalog_data(tmp_path):
    data = _assessment()
    customers = next(r for r in data["requirements"] if r["check"] == "assessment_customers")
    customers["total_gap_kind"] = "sum_too_low"
    data["gap_kinds"]["sum_too_low"] = dict(data["gap_kinds"].pop("total_below_threshold"))
    assert load_catalog(_write(tmp_path, data)).requirement("A-customers").params["total_gap_kind"] == "sum_too_low"
    customers["total_gap_kind"] = "no_such_kind"
    with pytest.raises(CatalogError, match="no_such_kind"):
        load_catalog(_write(tmp_path, data))


def test_meeting_thresholds_must_be_stated(tmp_path):
    data = _assessment()
    del next(r for r in data["requirements"] if r["check"] == "meetings")["min_attendees"]
    path = _write(tmp_path, data)
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    assert str(err.value).startswith(f"{path}: $.requirements[2]") and "min_attendees" in str(err.value)


def test_catalog_phase_differing_from_the_declared_phase_warns(tmp_path, caplog):
    from pipeline.models import Applicant, Declaration
    from pipeline.settings import Settings
    from pipeline.results.verify import catalog_for

    decl = Declaration(Applicant("天津信诺数字科技有限公司", "91120116MA0PRQ81TA", "天津市滨海新区", phase="申报"))
    with caplog.at_level("WARNING"):
        catalog = catalog_for(decl, Settings(catalog=default_catalog_path("考核")))
    assert catalog.phase == "考核" and "「考核」" in caplog.text and "「申报」" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING"):
        catalog_for(decl, Settings())
    assert caplog.text == ""
