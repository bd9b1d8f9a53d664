"""The requirement catalog is data validated at load time; bad catalogs fail with a path."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline.catalog import CATALOG_DIR, default_catalog_path, load_catalog
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
