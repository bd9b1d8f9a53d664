"""A library's own words (PdfiumError: Failed to load document (PDFium: Data format error)) are
never the message a reviewer reads: the message is Chinese, the words stay in report.json as
`detail` (issue 14)."""

from __future__ import annotations

import json
import re

import pytest
from jsonschema import Draft202012Validator

from pipeline.catalogs import schema_path
from pipeline.errors import DocumentError, plain_message
from pipeline.models import DocumentIssue

LATIN_WORDS = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("message, kept, detail", [
    ("PDF 无法打开（PdfiumError: Failed to load document (PDFium: Data format error)）",
     "PDF 无法打开：文件格式错误，可能已损坏或并非真正的 PDF",
     "PdfiumError: Failed to load document (PDFium: Data format error)"),
    ("PDF 文件不完整或已损坏（PdfiumError: Failed to load document (PDFium: Data format error)）",
     "PDF 文件不完整或已损坏", "PdfiumError: Failed to load document (PDFium: Data format error)"),
    ("处理该文件时出错：KeyError: 'boxes'", "处理该文件时出错", "KeyError: 'boxes'"),
    ("图片文件无法打开（image file is truncated (3 bytes not processed)）",
     "图片文件无法打开：文件不完整，可能在下载或复制时被截断", "image file is truncated (3 bytes not processed)"),
    ("PDF 无法打开（Failed to load document (PDFium: Data format er",    # cut at 200 characters
     "PDF 无法打开", "Failed to load document (PDFium: Data format er"),
    ("File is not a zip file", "文件无法读取：不是有效的 zip 压缩包", "File is not a zip file"),
])
def test_library_words_leave_the_message(message, kept, detail):
    assert plain_message(message) == (kept, detail)


@pytest.mark.parametrize("message", [
    "文件过大（12000×9000 像素）",
    "无法识别的文件格式（扩展名「.docx」）",
    "请上传 A4（300 dpi）的扫描件",
    "PDF 声称有 900 页，超过单个文件 500 页的上限",
    "tesseract 无法运行；请运行：sudo apt-get install -y tesseract-ocr tesseract-ocr-chi-sim",
])
def test_chinese_messages_and_what_to_do_are_left_alone(message):
    assert plain_message(message) == (message, "")


def test_an_issue_keeps_the_words_as_detail_in_report_json():
    issue = DocumentIssue("truncated", "PDF 文件不完整或已损坏（PdfiumError: Failed to load document "
                          "(PDFium: Data format error)）", "请重新下载或导出完整的 PDF 后上传")
    assert issue.message == "PDF 文件不完整或已损坏"
    data = issue.to_json()
    assert data["detail"].startswith("PdfiumError") and not LATIN_WORDS.search(data["message"].replace("PDF", ""))
    schema = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator({**schema["$defs"]["issue"], "$defs": schema["$defs"]}).validate(data)
    assert "detail" in schema["$defs"]["issue"]["properties"]
    # a cached document read back (an older cache entry has the words in its message) is the same
    again = DocumentIssue(data["code"], data["message"], data["advice"], data["detail"])
    assert again == issue
    old = DocumentIssue(**{k: v for k, v in {**data, "message": issue.message + "（PdfiumError: x y）",
                                             "detail": ""}.items()})
    assert old.message == issue.message and old.detail == "PdfiumError: x y"


def test_an_issue_without_library_words_has_no_detail():
    issue = DocumentIssue("encrypted", "PDF 已加密，需要密码才能打开", "请上传未加密的 PDF")
    assert issue.detail == "" and "detail" not in issue.to_json()


def test_document_error_carries_a_detail():
    assert DocumentError("PDF 无法打开", detail="PdfiumError: x").detail == "PdfiumError: x"


def test_a_broken_pdf_reads_as_chinese_with_the_detail_kept(tmp_path):
    """The real path: pdfium refuses the file, the document's issue is Chinese."""
    from pipeline.documents.document import process_document
    from pipeline.ingest.submission import SourceFile, sha256_file
    from pipeline.serialize import document_from_dict, document_to_dict
    from pipeline.settings import Settings

    path = tmp_path / "合同.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")   # no xref, no pages
    doc = process_document(SourceFile(path, path.name, sha256_file(path), path.stat().st_size),
                           Settings(cache_dir=None))
    (issue,) = doc.issues
    assert "PDF" in issue.message and not re.search(r"Error|PDFium|Failed|format error", issue.message)
    assert issue.detail and issue.advice.startswith("请")
    again = document_from_dict(json.loads(json.dumps(document_to_dict(doc))), path.name)
    assert again.issues == doc.issues
