"""An OCR'd name whose head is no place, keeping most of the declared name, is a question, not
another party; a text layer's name, or one that opens with its own place, stays what it reads.
Invented names."""

from pipeline.models import Extracted, Provenance
from pipeline.reconcile.contracts import misreading_doubt

DECLARED = "天津市滨海新区智造科技有限公司"


def _read(value: str, method: str = "ocr:tesseract") -> Extracted:
    return Extracted(value, Provenance("a.tif", 1, None, value, method, 0.9))


def test_a_reading_that_lost_its_place_and_kept_most_of_the_name_is_a_question():
    assert misreading_doubt(_read("未滨海新区智逭科技有限公司"), DECLARED, "采购人")


def test_another_firm_naming_its_own_place_is_not_doubted():
    assert misreading_doubt(_read("天津市河西区宏远物流有限公司"), DECLARED, "采购人") is None


def test_a_text_layer_is_what_it_prints():
    assert misreading_doubt(_read("未滨海新区智逭科技有限公司", "text_layer"), DECLARED, "采购人") is None


def test_a_headless_name_sharing_little_is_not_this_firm_misread():
    assert misreading_doubt(_read("远达物流运输有限公司"), DECLARED, "采购人") is None
