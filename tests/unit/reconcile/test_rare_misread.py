"""An OCR'd name that differs from the declared one only at its rare characters names the
declared party: the value is corrected and the repair stated; anything else is left alone."""

from __future__ import annotations

from pipeline.models import Extracted, Provenance
from pipeline.reconcile.contracts import settle_rare_misread


def _name(value: str, method: str = "ocr:tesseract") -> Extracted:
    return Extracted(value, Provenance("a.jpg", 1, None, value, method, 0.9))


def test_rare_characters_misread_are_corrected_and_the_reading_is_kept_in_the_note():
    found = _name("天津的撞智联科技股份有限公司")
    assert settle_rare_misread(found, "天津昀橦智联科技股份有限公司")
    assert found.value == "天津昀橦智联科技股份有限公司"
    assert "读作「天津的撞智联科技股份有限公司」" in found.checks[-1]
    assert found.provenance.text == "天津的撞智联科技股份有限公司"


def test_a_common_character_read_otherwise_or_a_text_layer_name_is_not_repaired():
    common = _name("天津澄的智范装备科技有限公司")           # 能 → 范 is no rare character
    assert not settle_rare_misread(common, "天津澄昀智能装备科技有限公司")
    assert common.value == "天津澄的智范装备科技有限公司"
    printed = _name("天津的撞智联科技股份有限公司", method="text_layer")
    assert not settle_rare_misread(printed, "天津昀橦智联科技股份有限公司")
