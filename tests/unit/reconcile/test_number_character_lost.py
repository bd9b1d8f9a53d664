"""An OCR'd contract number on a paper placed by other signs, the declared number with one
character unread, is recorded as the declared number; never when two declared numbers fit."""

from __future__ import annotations

from pipeline.models import Extracted, Provenance
from pipeline.reconcile.contracts import settle_number_misread


def _number(value: str, method: str = "ocr:rapidocr") -> Extracted:
    return Extracted(value, Provenance("a.pdf", 1, None, value, method, 0.9))


def test_one_character_unread_is_the_declared_number():
    found = _number("PQ-2021-MB38")
    assert settle_number_misread(found, "PQ-2021-MB318", ["PQ-2021-MB318", "PQ-2021-ZX200"])
    assert found.value == "PQ-2021-MB318"
    assert "读作「PQ-2021-MB38」" in found.checks[-1]


def test_two_fitting_numbers_short_numbers_or_a_text_layer_are_left_alone():
    assert not settle_number_misread(_number("PQ-2021-MB38"), "PQ-2021-MB318", ["PQ-2021-MB318", "PQ-2021-MB381"])
    assert not settle_number_misread(_number("HT-017"), "HT-0178", ["HT-0178"])
    text = _number("PQ-2021-MB38", method="text_layer")
    assert not settle_number_misread(text, "PQ-2021-MB318", ["PQ-2021-MB318"])
    assert not settle_number_misread(_number("PQ-2021-MB39"), "PQ-2021-MB318", ["PQ-2021-MB318"])
