"""A field the first reading did not find at all is taken from the second engine's reading even
when that reading needs review (a question for the reviewer rather than a blank); a field the
first reading has is not replaced by a doubtful one. Invented text."""

from __future__ import annotations

from pipeline.documents.document import _second_reading
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.extract.normalize import normalize_page
from pipeline.models import Document, PageText
from pipeline.read.reader import ReadResult
from pipeline.settings import Settings

FIRST = ("某某银行\n电子回单（付款）\n交易日期：2019-08-06\n付款人户名 甲北精工有限公司 收款人户名 乙南数控有限公司\n"
         "用途 货款\n")
# the 大写 cell wrapped, its first line cut before 元: the 小写 figure cannot be checked against it
SECOND = ("某某银行\n电子回单（付款）\n交易日期：2019-08-06\n付款人户名 甲北精工有限公司 收款人户名 乙南数控有限公司\n"
          "金额（大写）柒拾叁万 金额（小写） ￥734,000.00\n"
          "用途 货款\n")


def _doc(text: str) -> tuple[Document, ReadResult]:
    page = normalize_page(PageText(1, text, "ocr:tesseract", mean_confidence=0.7))
    doc = Document(path="p.jpg", sha256="", pages=[page])
    classify_document(doc)
    extract_fields(doc)
    read = ReadResult(pages=[page], file_kind="image")
    read.images.add(1, lambda: None)
    read.ocr = lambda engine, number, settings: PageText(1, SECOND, "ocr:rapidocr", mean_confidence=0.95)
    return doc, read


def test_a_missing_amount_is_taken_from_the_second_reading_with_its_question():
    doc, read = _doc(FIRST)
    assert doc.doc_type == "payment_proof" and "amount_yuan" not in doc.fields
    _second_reading(doc, read, Settings(cache_dir=None, workers=1, reread_engine="rapidocr"))
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "734000.00"
    assert amount.needs_review
