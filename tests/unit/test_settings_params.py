"""Settings cross into flows and deployments as JSON parameters one way, and come back equal."""

import json
from pathlib import Path

from pipeline.settings import Settings


def test_params_round_trip_through_json():
    settings = Settings(ocr_engine="rapidocr", reread_engine="tesseract", workers=3,
                        cache_dir=Path("/tmp/缓存"), catalog=Path("/tmp/catalog.json"))
    params = json.loads(json.dumps(settings.to_params()))
    assert Settings.from_params(params) == settings


def test_overrides_hold_only_what_differs_or_was_named():
    assert Settings().overrides() == {}
    assert Settings(dpi=300).overrides() == {"dpi": 300}
    default_workers = Settings().workers
    assert Settings().overrides(explicit=("workers",)) == {"workers": default_workers}
    assert Settings(cache_dir=None).overrides() == {"cache_dir": None}


def test_fields_left_out_default_where_the_flow_runs():
    assert Settings.from_params(None) == Settings()
    assert Settings.from_params({"dpi": 150}).dpi == 150
