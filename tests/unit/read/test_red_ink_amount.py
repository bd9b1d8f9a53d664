"""A banking app prints the amount moved in red; seal suppression whitens red before OCR, so a
payment proof whose amount did not read is read once more with its red kept as ink (real
tesseract and RapidOCR, a page drawn for this test)."""

from __future__ import annotations

import hashlib

from PIL import Image, ImageDraw

from helpers.ocr_pages import font
from pipeline.documents.document import process_document
from pipeline.ingest.submission import SourceFile
from pipeline.settings import Settings

RED = (200, 30, 45)
LINES = [("+3,712,400.00", RED, 60), ("交易成功", "black", 32),
         ("对方户名  丙东轴承制造有限公司", "black", 32), ("本方户名  丁西数控技术有限公司", "black", 32),
         ("交易时间  2023-07-19 14:05:33", "black", 32), ("交易类型  跨行转入", "black", 32),
         ("附言  设备款", "black", 32)]


def _app_page(path) -> None:
    img = Image.new("RGB", (720, 1400), "white")
    draw = ImageDraw.Draw(img)
    # the app's title bar: white words on red
    draw.rectangle((0, 0, 720, 110), fill=RED)
    draw.text((250, 30), "收款详情", fill="white", font=font(44))
    y = 180
    for text, colour, size in LINES:
        draw.text((60, y), text, fill=colour, font=font(size))
        y += size + 60
    img.save(path)


def test_a_red_amount_erased_with_the_seals_is_read_with_its_red_kept(tmp_path):
    path = tmp_path / "收款详情.png"
    _app_page(path)
    data = path.read_bytes()
    doc = process_document(SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data)),
                           Settings(cache_dir=None, workers=1))
    assert doc.doc_type == "payment_proof"
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "3712400.00"
    assert any("保留红色重读" in c for c in amount.checks)
    assert amount.provenance.method == "ocr:rapidocr"
