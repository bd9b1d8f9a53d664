"""Checkboxes a form draws as vector strokes (the text layer holds only the option words) are
read into their line: ☑ for the box a mark covers, □ for an empty one."""

from __future__ import annotations

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.read.pdf_text import page_text_from_plumber


def _box(c, x, y, side=9, as_strokes=True):
    if as_strokes:
        c.line(x, y, x + side, y)
        c.line(x, y + side, x + side, y + side)
        c.line(x, y, x, y + side)
        c.line(x + side, y, x + side, y + side)
    else:
        c.rect(x, y, side, side, stroke=1, fill=0)


def _page(tmp_path, draw):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "form.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 11)
    c.drawString(60, 720, "结论意见：")
    draw(c)
    c.save()
    with pdfplumber.open(path) as pdf:
        return page_text_from_plumber(pdf.pages[0], 1)


def test_a_stroked_tick_over_the_second_box_marks_that_option(tmp_path):
    def draw(c):
        c.drawString(86, 690, "达到要求，准予验收")
        c.drawString(266, 690, "不合格，限期整改")
        _box(c, 72, 689)
        _box(c, 252, 689, as_strokes=False)
        c.setLineWidth(1.4)
        c.line(253, 694, 256, 690)      # a hand-drawn √ over the second box
        c.line(256, 690, 263, 700)
    page = _page(tmp_path, draw)
    assert "□达到要求，准予验收" in page.text
    assert "☑不合格，限期整改" in page.text


def test_boxes_with_no_mark_stay_empty_and_table_rules_are_no_boxes(tmp_path):
    def draw(c):
        c.drawString(86, 690, "同意接收")
        c.drawString(206, 690, "不同意接收")
        _box(c, 72, 689)
        _box(c, 192, 689)
        c.line(40, 685, 560, 685)       # a table rule under the row crosses no box's inside
        c.rect(40, 600, 520, 60)        # a frame is no box
    page = _page(tmp_path, draw)
    assert "□同意接收" in page.text and "□不同意接收" in page.text
    assert "☑" not in page.text
