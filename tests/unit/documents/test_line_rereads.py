"""Second readings on the line: which lines of a first reading hold a doubtful or missing value,
how re-read lines take their place, and a real scan whose doubtful values are settled by
RapidOCR on their lines alone (real tesseract, real RapidOCR)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from conftest import SAMPLES
from helpers.textdocs import document_from_text, page_from_text
from pipeline.documents.document import process_document
from pipeline.documents.line_rereads import describe, lines_to_reread, on_reread_lines, substitute_lines, \
    text_lines
from pipeline.extract.fields import extract_fields
from pipeline.extract.fields.doubt import missing_identifying
from pipeline.ingest.submission import SourceFile, sha256_file
from pipeline.models import PageText, TextSpan
from pipeline.settings import Settings

RECEIPT = "\n".join([
    "资金支付凭证",
    "付款方 北京宏远食品有限公司 开户行 交通银行北京朝阳支行",
    "付款账号 2347400220691050 凭证编号 FK202312426",
    "{payee_label} 天津致远智能科技有限公司 开户行 中国银行天津西青支行",
    "收款账号 9932551906601446242 付款日期 2023年12月02日",
    "付款金额 人民币伍拾捌万玖仟玖佰元整 ¥589,900.00",
    "付款事由 支付智能制造项目尾款",
    "财务专用章 复核 经办 出纳",
])


def _receipt(payee_label: str):
    doc = document_from_text(RECEIPT.format(payee_label=payee_label), method="ocr:tesseract", confidence=0.9)
    doc.doc_type = "payment_proof"
    extract_fields(doc)
    return doc


def test_a_value_is_reread_on_its_own_line():
    doc = _receipt("收款方")
    assert doc.fields["payer"].value == "北京宏远食品有限公司"
    plan = lines_to_reread(doc, ["payer"], {1: doc.pages[0]})
    assert plan == {1: [1]}
    assert describe(plan) == "第1页第2行"


def test_a_value_the_document_may_state_is_reread_on_its_lines_too_but_never_forces_a_page():
    doc = _receipt("收款方")
    assert "contract_no" not in doc.fields and "contract_no" in missing_identifying(doc)
    # 付款事由 (line 7) may hold the contract number a payment pays
    assert lines_to_reread(doc, ["payer"], {1: doc.pages[0]}, ["contract_no"]) == {1: [1, 6, 7]}
    assert lines_to_reread(doc, ["payer", "payee", "date"], {1: doc.pages[0]}, ["contract_no"]) == \
        {1: [1, 3, 4, 6, 7]}
    # up to three quarters of the page; beyond, it is left out rather than tip the page into a
    # whole reading
    many = lines_to_reread(doc, ["payer", "payee", "date", "amount_yuan"], {1: doc.pages[0]}, ["contract_no"])
    assert many == {1: [1, 3, 4, 5, 6, 7]}
    short = document_from_text("付款方 北京宏远食品有限公司\n付款事由 尾款",
                               method="ocr:tesseract")
    short.doc_type = "payment_proof"
    extract_fields(short)
    assert lines_to_reread(short, ["payer"], {1: short.pages[0]}, ["contract_no"]) == {1: [0]}


def test_a_contract_number_whose_label_is_garbled_is_found_by_its_shape():
    doc = document_from_text("验收报告\n项目名称 同创医疗器械工业互联网平台建设项目\n局六二届 ZZHT-2023.058\n"
                             "验收单位 廊坊同创医疗器械有限公司\n验收日期 2024年2月21日\n验收结论 合格",
                             method="ocr:tesseract")
    doc.doc_type = "acceptance_report"
    extract_fields(doc)
    assert "contract_no" not in doc.fields
    assert lines_to_reread(doc, ["customer"], {1: doc.pages[0]}, ["contract_no"]) == {1: [2, 3]}


def test_a_missing_value_is_reread_on_its_label_line_and_the_next_even_with_the_label_misread():
    doc = _receipt("收吉方")   # tesseract's reading of 收款方: no payee found
    assert "payee" not in doc.fields
    plan = lines_to_reread(doc, ["payee"], {1: doc.pages[0]})
    # 收吉方 (one character off) marks line 4; 收款账号 (收款 + one more) line 5; each with the next
    assert plan is not None and {3, 4} <= set(plan[1]) and len(plan[1]) <= 4


def test_a_field_with_no_known_line_or_most_of_the_page_goes_to_a_whole_page_reading():
    doc = _receipt("某某某")
    doc.pages[0] = page_from_text(doc.pages[0].text.replace("收款账号", "账号"), method="ocr:tesseract")
    extract_fields(doc)
    assert "payee" not in doc.fields
    assert lines_to_reread(doc, ["payee"], {1: doc.pages[0]}) is None
    short = document_from_text("付款方 北京宏远食品有限公司\n收款方 天津致远智能科技有限公司\n"
                               "付款金额 ¥589,900.00\n付款日期 2023年12月02日", method="ocr:tesseract")
    short.doc_type = "payment_proof"
    extract_fields(short)
    assert lines_to_reread(short, ["payer"], {1: short.pages[0]}) == {1: [0]}
    assert lines_to_reread(short, ["payer", "payee", "amount_yuan"], {1: short.pages[0]}) is None
    # and nothing on a page that was not OCR'd (a text layer) is re-read
    assert lines_to_reread(short, ["payer"], {2: short.pages[0]}) is None


def test_reread_lines_take_the_place_of_the_first_reading_with_their_own_boxes():
    first = page_from_text("付款方 北京宏远\n收吉方 天津致远\n金额 100", method="ocr:tesseract")
    line = text_lines(first)[1]
    reading = PageText(1, "收款方 天津致远", "ocr:rapidocr",
                       [TextSpan(0, 3, (0.05, 0.07, 0.1, 0.088), 0.99), TextSpan(4, 8, (0.11, 0.07, 0.2, 0.088), 0.97)],
                       first.width, first.height, 0.98)
    page = substitute_lines(first, {1: reading}, "ocr:rapidocr")
    assert page.text == "付款方 北京宏远\n收款方 天津致远\n金额 100"
    assert page.method == "ocr:rapidocr"
    start = page.text.index("天津致远")
    assert page.locate(start, start + 4) == ((0.11, 0.07, 0.2, 0.088), 0.97)
    # the lines not re-read keep the first reading's spans, shifted to the new offsets
    start = page.text.index("100")
    assert page.locate(start, start + 3)[0] == first.locate(first.text.index("100"), first.text.index("100") + 3)[0]
    assert on_reread_lines(page.locate(page.text.index("天津"), page.text.index("天津") + 4)[0], 1,
                           {1: [(0.05, 0.07, 0.2, 0.088)]})
    assert not on_reread_lines(line.box and first.locate(0, 3)[0], 1, {1: [(0.05, 0.07, 0.2, 0.088)]})
    # an empty reading (nothing found on the band) leaves the line as it was
    assert substitute_lines(first, {1: PageText(1, "", "ocr:rapidocr")}, "ocr:rapidocr").text == first.text


@pytest.fixture(scope="module")
def receipt_scan():
    path = SAMPLES / "support_clean" / "submission" / "扫描件32.png"
    source = SourceFile(path, path.name, sha256_file(path), path.stat().st_size)
    return process_document(source, Settings(cache_dir=None, workers=1))


def test_a_scanned_receipt_is_settled_by_rereading_its_doubtful_lines_not_the_page(receipt_scan):
    doc = receipt_scan
    assert doc.doc_type == "payment_proof"
    assert doc.fields["amount_yuan"].value == Decimal("1048000.00")
    assert doc.fields["date"].value == date(2023, 8, 13)
    assert doc.fields["payer"].value == "廊坊市弘毅新材料有限公司"
    assert doc.fields["payee"].value == "天津致远智能科技有限公司"
    assert doc.fields["contract_no"].value == "HTZN-JC-2023-100"
    checks = [c for item in doc.fields.values() for c in item.checks]
    reread = [c for c in checks if "经 rapidocr 重读第1页第" in c]
    assert reread and not any("整页重读" in c for c in checks)
    # each value keeps the provenance of the engine that read it
    taken = [item for item in doc.fields.values() if any("经 rapidocr 重读" in c for c in item.checks)]
    assert taken and all(item.provenance.method == "ocr:rapidocr" for item in taken)
    assert all(item.provenance.box is not None for item in doc.fields.values())
