"""An OCR'd name that differs from the declared one only at its rare characters names the
declared party: the value is corrected and the repair stated; anything else is left alone."""

from __future__ import annotations

from pipeline.models import Extracted, Provenance
from pipeline.reconcile.contracts import settle_ocr_misread


def _name(value: str, method: str = "ocr:tesseract") -> Extracted:
    return Extracted(value, Provenance("a.jpg", 1, None, value, method, 0.9))


def test_rare_characters_misread_are_corrected_and_the_reading_is_kept_in_the_note():
    found = _name("天津的撞智联科技股份有限公司")
    assert settle_ocr_misread(found, "天津昀橦智联科技股份有限公司")
    assert found.value == "天津昀橦智联科技股份有限公司"
    assert "读作「天津的撞智联科技股份有限公司」" in found.checks[-1]
    assert found.provenance.text == "天津的撞智联科技股份有限公司"


def test_a_common_character_read_otherwise_or_a_text_layer_name_is_not_repaired():
    common = _name("天津澄的智范装备科技有限公司")           # 能 → 范 is no rare character
    assert not settle_ocr_misread(common, "天津澄昀智能装备科技有限公司")
    assert common.value == "天津澄的智范装备科技有限公司"
    printed = _name("天津的撞智联科技股份有限公司", method="text_layer")
    assert not settle_ocr_misread(printed, "天津昀橦智联科技股份有限公司")


def test_look_alike_common_characters_read_by_ocr_name_the_declared_party():
    """澄→湿 and 昀→购 share most strokes: an OCR reading that differs only there is the declared
    name; the reading stays in the note."""
    found = _name("天津湿购智能装备科技有限公司")
    assert settle_ocr_misread(found, "天津澄昀智能装备科技有限公司")
    assert found.value == "天津澄昀智能装备科技有限公司"
    assert "读作「天津湿购智能装备科技有限公司」" in found.checks[-1] and "澄→湿" in found.checks[-1]


def test_a_different_word_or_an_unlike_character_is_another_name():
    """海 is not read for 科 by a look (its glyph differs), 科技 → 智能 is a different word; a third
    look-alike in a short name is too many."""
    for reading, declared in (("天津澄昀智能装备海技有限公司", "天津澄昀智能装备科技有限公司"),
                              ("天津澄昀智能装备智能有限公司", "天津澄昀智能装备科技有限公司"),
                              ("天津湿购测公司", "天津澄昀澜公司")):
        found = _name(reading)
        assert not settle_ocr_misread(found, declared), reading
        assert found.value == reading


def test_glyph_similarity_ranks_ocr_confusions_above_unrelated_characters():
    from pipeline.parsing.glyphs import glyph_similarity, look_alike
    assert glyph_similarity("澄", "澄") == 1.0
    for a, b in ("瀛赢", "沣洋", "赟赞", "橦幢"):
        assert look_alike(a, b), (a, b)
    for a, b in ("公司", "瀚工", "科海"):
        assert not look_alike(a, b), (a, b)


def test_a_garbled_reading_of_look_alikes_is_a_question_not_another_party():
    from pipeline.reconcile.contracts import garbled_reading_of
    assert garbled_reading_of("无津物懂普联科技股情有限公司", "天津昀橦智联科技股份有限公司")
    assert not garbled_reading_of("天津澄明智能装备海技有限公司", "天津澄昀智能装备科技有限公司")   # 海 is no look-alike of 科
    assert not garbled_reading_of("北京华泰电子科技有限公司", "天津昀橦智联科技股份有限公司")


def test_a_word_inserted_inside_a_name_is_not_the_same_name():
    from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
    from pipeline.reconcile.contracts import match_names
    from pipeline.requirements.registry import load_catalog
    catalog = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
    inserted = match_names("天津昊曜电气成套工程有限公司", "天津昊曜电气成套有限公司", catalog)
    assert not inserted.same and inserted.uncertain
    assert match_names("天津昊曜电气成套有限公", "天津昊曜电气成套有限公司", catalog).same     # cut by a line end


def test_two_rare_characters_read_as_one_name_the_declared_party():
    # OCR merges a run of rare characters into fewer glyphs (or drops some): still a misreading
    found = _name("甲北的精工有限公司")
    assert settle_ocr_misread(found, "甲北翀珩精工有限公司")
    assert found.value == "甲北翀珩精工有限公司"
    # a run that holds a common character read otherwise is no such misreading
    assert not settle_ocr_misread(_name("甲北的工有限公司"), "甲北翀珩精工有限公司")


def test_a_word_put_for_another_inside_a_name_is_not_the_same_name():
    from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
    from pipeline.reconcile.contracts import match_names
    from pipeline.requirements.registry import load_catalog
    catalog = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["申报"])
    # 技术 for 科技: a sister firm's name, not a misreading; a person decides
    swapped = match_names("天津丙辰智能技术有限公司", "天津丙辰智能科技有限公司", catalog)
    assert not swapped.same and swapped.uncertain
    # a single character misread stays the same firm
    assert match_names("天津丙辰智能科枝有限公司", "天津丙辰智能科技有限公司", catalog).same
