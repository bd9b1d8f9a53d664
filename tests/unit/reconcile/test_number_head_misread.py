"""An OCR'd contract number whose letter head lost or changed one letter (the rest agreeing)
is the one declared number it fits; never when two declared numbers fit, never across digits."""

from __future__ import annotations

from pipeline.models import Extracted, Provenance
from pipeline.reconcile.contracts import head_misread_of, settle_number_misread


def _number(value: str, method: str = "ocr:tesseract") -> Extracted:
    return Extracted(value, Provenance("a.jpg", 1, None, value, method, 0.9))


DECLARED = ["KX-PM-1742", "WR-2020-031", "WR-2020-032"]


def test_a_letter_dropped_or_misread_at_the_head_names_the_declared_number():
    assert head_misread_of("K-PM-1742", DECLARED) == "KX-PM-1742"
    assert head_misread_of("KH-PM-1742", DECLARED) == "KX-PM-1742"
    assert head_misread_of("R.2020-031", DECLARED) == "WR-2020-031"
    found = _number("K-PM-1742")
    assert settle_number_misread(found, "KX-PM-1742", DECLARED)
    assert found.value == "KX-PM-1742"
    assert "读作「K-PM-1742」" in found.checks[-1]


def test_digits_that_differ_or_two_fitting_numbers_or_a_text_layer_are_left_alone():
    assert head_misread_of("R.2020-033", DECLARED) is None          # digits differ
    assert head_misread_of("K-PM-1743", DECLARED) is None
    assert head_misread_of("K-PM-1742", ["KX-PM-1742", "KY-PM-1742"]) is None   # two fit
    assert head_misread_of("2020-031", DECLARED) is None             # no head left at all
    assert head_misread_of("XY-PM-1742", DECLARED) is None           # two letters changed
    found = _number("K-PM-1742", method="text_layer")
    assert not settle_number_misread(found, "KX-PM-1742", DECLARED)
    assert found.value == "K-PM-1742"
    other = _number("R.2020-031")
    assert not settle_number_misread(other, "WR-2020-032", DECLARED)
