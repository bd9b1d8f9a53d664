"""Which text-layer PDF pages are rendered to look for seals: only those that may carry one."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.read.reader import read_file
from pipeline.read.seals.find import find_seals
from pipeline.settings import Settings

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _pdf(path: Path, red_seal: bool) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 12)
    for k in range(12):
        c.drawString(72, 760 - 24 * k, f"第{k + 1}条 甲方已按合同约定完成系统验收，验收结论为合格，双方签字盖章。")
    if red_seal:   # an electronic seal drawn as vector marks: a red ring and a star
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.setLineWidth(3)
        c.circle(400, 300, 60)
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.circle(400, 300, 12, stroke=0, fill=1)
    c.showPage()
    c.save()
    return path


def test_a_page_with_red_marks_is_rendered_for_seals_a_plain_one_is_not(tmp_path):
    plain = read_file(_pdf(tmp_path / "plain.pdf", red_seal=False), Settings())
    sealed = read_file(_pdf(tmp_path / "sealed.pdf", red_seal=True), Settings())
    assert plain.pages[0].method == sealed.pages[0].method == "text_layer"
    assert plain.seal_images.numbers() == [] and not plain.images
    assert sealed.seal_images.numbers() == [1] and not sealed.images   # rendered for seals, never OCR'd
    marks = find_seals(sealed.seal_images.get(1))
    assert len(marks) == 1 and marks[0].shape == "round"
