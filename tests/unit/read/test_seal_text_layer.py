"""Seal characters drawn as text are kept out of a text layer's lines; coloured handwriting
that only leans (a date written over the seal) stays in them."""

from __future__ import annotations

import math

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.read.pdf_text import page_text_from_plumber


@pytest.fixture(scope="module")
def sealed_page(tmp_path_factory):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path_factory.mktemp("seal") / "sealed.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 12)
    c.drawString(80, 700, "验收结论：验收合格。")
    c.drawString(300, 640, "日期：")
    # a red seal: its name set around the upper arc of a ring centred near the date
    cx, cy, radius = 380, 650, 40
    name = "甲北精工有限公司"
    c.setFillColorRGB(0.9, 0.15, 0.15)
    for i, ch in enumerate(name):
        angle = 150 - i * (120 / (len(name) - 1))
        x, y = cx + radius * math.cos(math.radians(angle)), cy + radius * math.sin(math.radians(angle))
        c.saveState()
        c.translate(x, y)
        c.rotate(angle - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    # a date in blue pen over the seal: each figure leans a few degrees
    c.setFillColorRGB(0.1, 0.15, 0.55)
    for i, ch in enumerate("2023.05.30"):
        c.saveState()
        c.translate(336 + i * 7, 640 + (i % 3))
        c.rotate((-4, 3, -6, 5, 2)[i % 5])
        c.drawString(0, 0, ch)
        c.restoreState()
    c.save()
    with pdfplumber.open(path) as pdf:
        yield page_text_from_plumber(pdf.pages[0], 1)


def test_the_ring_is_kept_apart_and_the_leaning_blue_date_stays_in_the_line(sealed_page):
    assert "2023.05.30" in sealed_page.text.replace(" ", "")
    assert "甲北精工有限公司" not in sealed_page.text.replace(" ", "")
    assert any("甲北精工" in t for t in sealed_page.seal_texts)
