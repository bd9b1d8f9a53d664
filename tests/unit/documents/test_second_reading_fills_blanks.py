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


def test_a_second_reading_that_stands_whole_brings_its_other_rows():
    """The first reading could not tell the kind; the second one stands whole, and with it the
    other names and figures its table rows hold (alternatives reconciliation chooses from)."""
    table = ("示例控股集团有限公司\n关于集中采购结果执行的通知\n各所属单位：\n"
             "集团采购中心组织的集中采购已完成评审，请各执行单位与中选供应商签订合同。\n"
             "序号 执行单位（采购单位） 中选供应商 中选金额（万元）\n"
             "1 西青示例物流有限公司 北辰某某自动化有限公司 128.5\n"
             "2 东丽示例材料有限公司 南开某某软件有限公司 306.125\n2019年5月6日\n")
    page = normalize_page(PageText(1, "口口 口口口\n口口口口\n", "ocr:tesseract", mean_confidence=0.4))
    doc = Document(path="t.jpg", sha256="", pages=[page])
    classify_document(doc)
    extract_fields(doc)
    assert doc.doc_type == "other"
    read = ReadResult(pages=[page], file_kind="image")
    read.images.add(1, lambda: None)
    read.ocr = lambda engine, number, settings: PageText(1, table, "ocr:rapidocr", mean_confidence=0.95)
    _second_reading(doc, read, Settings(cache_dir=None, workers=1, reread_engine="rapidocr"))
    assert doc.doc_type == "procurement_proof"
    assert [p.value for p in doc.parties["customer"]] == ["东丽示例材料有限公司"]
    assert doc.amount_alternatives
