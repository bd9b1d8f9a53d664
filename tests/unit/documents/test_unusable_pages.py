"""A scanned page the first engine could not read is read whole by the second engine before
anything is taken from it (a photo's garbage is not the document's figure)."""

from __future__ import annotations

from helpers.ocr_pages import AMOUNT_FIGURES, render_contract_page

from pipeline.documents.document import UNUSABLE_PAGE_CONFIDENCE, _second_engine_on_unusable_pages
from pipeline.models import Document, PageText
from pipeline.read.reader import ReadResult
from pipeline.settings import Settings

# what tesseract made of a phone photo in a serif face under uneven light (mean confidence 0.27)
GARBLED = "号 避 吧证们是\n*人的 一\n第四杀生区记式:吝向符订后四方支付元1.830,000.00元\n站和站"


def _read_with(first: PageText) -> tuple[Document, ReadResult]:
    image = render_contract_page(table=False).image
    read = ReadResult(pages=[first], file_kind="image")
    read.images.add(1, lambda: image)
    return Document(path="p.jpg", sha256="", pages=[first]), read


def test_an_unusable_first_reading_gives_way_to_the_second_engines_reading_of_the_page():
    doc, read = _read_with(PageText(1, GARBLED, "ocr:tesseract", mean_confidence=0.27))
    _second_engine_on_unusable_pages(doc, read, Settings(cache_dir=None, workers=1))
    assert doc.pages[0].method == "ocr:rapidocr"
    assert AMOUNT_FIGURES.replace("¥", "") in doc.pages[0].text.replace("￥", "")
    # the page is read once per engine: asking again costs nothing and gives the same reading
    assert read.ocr("rapidocr", 1, Settings(cache_dir=None, workers=1)) is read.ocr("rapidocr", 1, Settings())


def test_a_first_reading_sure_of_its_page_stands():
    first = PageText(1, GARBLED, "ocr:tesseract", mean_confidence=UNUSABLE_PAGE_CONFIDENCE + 0.05)
    doc, read = _read_with(first)
    _second_engine_on_unusable_pages(doc, read, Settings(cache_dir=None, workers=1))
    assert doc.pages[0] is first
    assert not read._read_again       # the second engine was never asked
