"""A seal's centre words (合同专用章) sit below its ring's arc, inside the circle but outside the
box of the ring's characters: they are the seal's, not part of the line they cover."""

from __future__ import annotations

import math

import pdfplumber
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.read.pdf_text import page_text_from_plumber


def test_centre_words_below_a_wide_arc_are_kept_out_of_the_line_they_cover(tmp_path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "sealed.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 10)
    c.drawString(60, 600, "订立日期：2023年6月5日")
    cx, cy, radius = 120, 636, 34
    name = "丙东重工机械有限公司"
    c.setFillColorRGB(0.85, 0.1, 0.1)
    for i, ch in enumerate(name):
        angle = 200 - i * (220 / (len(name) - 1))      # the upper arc, a little past the sides
        x, y = cx + radius * math.cos(math.radians(angle)), cy + radius * math.sin(math.radians(angle))
        c.saveState()
        c.translate(x, y)
        c.rotate(angle - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    # centre words on the chord below the arc, right over the date's line, between its characters
    for i, ch in enumerate("业务专用章"):
        c.drawString(96 + i * 10.5, 600, ch)
    c.save()
    with pdfplumber.open(path) as pdf:
        page = page_text_from_plumber(pdf.pages[0], 1)
    line = next(ln for ln in page.text.splitlines() if "日期" in ln).replace(" ", "")
    assert not any(ch in line for ch in "业务专用章"), line
