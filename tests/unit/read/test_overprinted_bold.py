"""A heading set in bold by printing it twice a hair apart reads once; characters that merely
repeat in the text (二二) stay."""

from __future__ import annotations

import pdfplumber
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.read.pdf_text import page_text_from_plumber


def test_a_heading_printed_twice_for_bold_reads_once(tmp_path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "bold.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 12)
    for dx in (0, 0.2):
        c.drawString(60 + dx, 720, "三、实施方案")
    c.drawString(60, 690, "第二二组 共计二二人")
    c.save()
    with pdfplumber.open(path) as pdf:
        text = page_text_from_plumber(pdf.pages[0], 1).text
    assert "三、实施方案" in text and "三三" not in text
    assert "第二二组" in text
