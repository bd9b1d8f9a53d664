"""A banking app prints the amount moved in red, and its title bar is white words on red.
Seal suppression whitens a seal's red only: red words are ink like any other, so the amount is
read the first time (real tesseract and RapidOCR, a page drawn for this test)."""

from __future__ import annotations

import hashlib

import numpy as np
from PIL import Image, ImageDraw

from helpers.ocr_pages import add_red_seal, font
from pipeline.documents.document import process_document
from pipeline.ingest.submission import SourceFile
from pipeline.read.ocr import preprocess
from pipeline.settings import Settings

RED = (200, 30, 45)
LINES = [("+3,712,400.00", RED, 60), ("交易成功", "black", 32),
         ("对方户名  丙东轴承制造有限公司", "black", 32), ("本方户名  丁西数控技术有限公司", "black", 32),
         ("交易时间  2023-07-19 14:05:33", "black", 32), ("交易类型  跨行转入", "black", 32),
         ("附言  设备款", "black", 32)]


def _app_page() -> Image.Image:
    img = Image.new("RGB", (720, 1400), "white")
    draw = ImageDraw.Draw(img)
    # the app's title bar: white words on red
    draw.rectangle((0, 0, 720, 110), fill=RED)
    draw.text((250, 30), "收款详情", fill="white", font=font(44))
    y = 180
    for text, colour, size in LINES:
        draw.text((60, y), text, fill=colour, font=font(size))
        y += size + 60
    return img


def test_a_red_amount_is_read_as_ink(tmp_path):
    path = tmp_path / "收款详情.png"
    _app_page().save(path)
    data = path.read_bytes()
    doc = process_document(SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data)),
                           Settings(cache_dir=None, workers=1))
    assert doc.doc_type == "payment_proof"
    assert str(doc.fields["amount_yuan"].value) == "3712400.00"


def test_red_words_stay_ink_and_a_seal_beside_them_goes():
    page = np.asarray(_app_page()).copy()
    page = add_red_seal(page, (520, 1200), 110)
    gray = preprocess.suppress_red(page)
    amount = gray[180:250, 60:460]
    assert (amount < 128).sum() > 2000            # the red figure stays dark ink
    assert gray[20:100, 10:240].max() < 140       # the red title bar is not whitened
    assert gray[1200 - 105, 515:525].min() > 200  # the seal's ring is gone
    ring_crop = preprocess.suppress_red(page, region=(400, 1080, 700, 1110))
    # a line crop cuts the seal into a strip; it is judged on the page around it
    assert ring_crop.shape == (30, 300)
    assert ring_crop[5:15, 115:125].min() > 200


def test_seal_ink_keeps_lines_and_drops_compact_shapes():
    red = np.zeros((400, 1600), bool)
    red[40:80, 100:700] = True                    # a line of red words (closed: one long bar)
    yy, xx = np.ogrid[:400, :1600]
    ring = np.abs(np.hypot(yy - 250, xx - 1200) - 100) < 6
    red |= ring
    seal = preprocess.seal_ink(red, page_width=1600)
    assert not seal[40:80, 100:700].any()
    assert seal[ring].all()
