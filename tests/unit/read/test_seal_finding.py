"""Seals found and read on page images: real OpenCV, real OCR engines, seals drawn the way the
sample generator stamps them (tools/samplegen/degrade.py)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.models import PageText, Seal, TextSpan
from pipeline.read.ocr.engines import get_engine
from pipeline.read.seals.find import STRAY_INK_PIXELS, find_seals, has_colour, stray_ink
from pipeline.read.seals.page import lines_inside, seals_on_page
from pipeline.read.seals.ring import read_seal
from pipeline.reconcile.seals import match_seal, name_similarity
from tools.samplegen.degrade import stamp_seals
from tools.samplegen.layouts import WQY_ZEN, ensure_fonts

COMPANY = "天津市信诺自动化技术有限公司"
W, H = 1240, 1754   # A4 at 150 dpi


def _page(lines: int = 12, red_title: bool = False) -> Image.Image:
    ensure_fonts()
    img = Image.new("RGB", (W, H), (250, 250, 248))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(WQY_ZEN, 30, index=0)
    if red_title:   # a red heading and a red rule are not seals
        draw.text((300, 80), "天津市智能制造项目验收报告（红头文件）", fill=(200, 30, 30), font=font)
        draw.line((100, 140, W - 100, 140), fill=(200, 30, 30), width=5)
    for k in range(lines):
        draw.text((120, 220 + 60 * k), f"第{k + 1}条 甲方已按合同约定完成系统验收，验收结论为合格，双方签字盖章。",
                  fill=(20, 20, 20), font=font)
    return img


def _sealed(name: str = COMPANY, x: float = 0.6, y: float = 0.4, seed: int = 1, varied: bool = False,
            style: str = "round") -> tuple[np.ndarray, list[dict]]:
    stamped: list[dict] = []
    img = stamp_seals(_page(), [{"page": 1, "x": x, "y": y, "name": name, "style": style}], 1,
                      np.random.default_rng(seed), stamped, varied)
    return np.asarray(img), stamped


def _readers() -> dict:
    return {"rapidocr": get_engine("rapidocr").read_line, "tesseract": get_engine("tesseract").read_line}


def test_seal_over_text_is_found_where_it_was_stamped():
    rgb, stamped = _sealed()
    marks = find_seals(rgb)
    assert len(marks) == 1
    x0, y0, x1, y1 = marks[0].box
    assert x0 < stamped[0]["x"] < x1 and y0 < stamped[0]["y"] < y1
    assert marks[0].colour == "red" and marks[0].shape == "round"
    assert 0.15 < x1 - x0 < 0.25        # the seal is 0.2 of the page wide


def test_no_seal_on_a_plain_page_or_a_red_heading():
    assert find_seals(np.asarray(_page())) == []
    assert find_seals(np.asarray(_page(red_title=True))) == []


def test_a_gray_scan_has_no_colour_to_show_a_seal():
    rgb, _ = _sealed()
    gray = np.repeat(np.asarray(Image.fromarray(rgb).convert("L"))[..., None], 3, axis=2)
    assert has_colour(rgb) and not has_colour(gray)
    assert find_seals(gray) == []


def test_a_seal_cut_by_the_page_edge_is_found_partial():
    rgb, _ = _sealed(x=0.97, y=0.5)
    marks = find_seals(rgb)
    assert len(marks) == 1 and marks[0].partial


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_ring_text_is_read_to_name_the_company(seed):
    """Each seed stamps the seal at another angle (varied: any angle, a code, centre words)."""
    rgb, stamped = _sealed(seed=seed, varied=True)
    marks = find_seals(rgb)
    assert len(marks) == 1, stamped
    text = read_seal(rgb, marks[0], _readers())
    best = max(name_similarity(r.text, COMPANY) for r in text.readings)
    assert best >= 80, (stamped, [r.text for r in text.readings])
    # among the declaration's parties, the ring names this one
    seal = Seal(1, marks[0].box, readings=text.readings)
    parties = [("北京宏远食品有限公司", "customer"), ("天津市信达自动化设备有限公司", "customer"),
               (COMPANY, "applicant")]
    match = match_seal(seal, parties)
    assert match.party == COMPANY and match.role == "applicant" and match.similarity >= 80


@pytest.mark.parametrize("seed", [13, 25])
def test_a_blue_seal_the_generator_stamps_is_found_blue_and_read(seed):
    """Some seals are blue (蓝章): the generator draws a fifth of its varied seals so."""
    rgb, stamped = _sealed(seed=seed, varied=True)
    assert stamped[0].get("colour") == "blue"
    marks = find_seals(rgb)
    assert len(marks) == 1 and marks[0].colour == "blue", stamped
    text = read_seal(rgb, marks[0], _readers())
    assert max(name_similarity(r.text, COMPANY) for r in text.readings) >= 80, [r.text for r in text.readings]


def test_bank_seal_centre_words():
    rgb, _ = _sealed(name="中国建设银行", style="bank", seed=5)
    marks = find_seals(rgb)
    text = read_seal(rgb, marks[0], _readers())
    assert any("建设银行" in r.text for r in text.readings), [r.text for r in text.readings]


def test_page_lines_inside_a_seal_are_reported():
    page = PageText(1, "上一行\n盖章处文字\n下一行", "ocr:tesseract", spans=[
        TextSpan(0, 3, (0.1, 0.10, 0.4, 0.12), 0.9), TextSpan(4, 9, (0.55, 0.38, 0.65, 0.41), 0.9),
        TextSpan(10, 13, (0.1, 0.80, 0.4, 0.82), 0.9)])
    assert lines_inside(page, (0.5, 0.3, 0.7, 0.5)) == [1]
    rgb, _ = _sealed(x=0.6, y=0.4)
    seals, doubt = seals_on_page(rgb, page, {})     # no reader: found, not read
    assert len(seals) == 1 and seals[0].page_lines == [1] and seals[0].readings == [] and not doubt


def _faint_half_pressed(seed: int = 7) -> np.ndarray:
    """A seal pressed so lightly, and so unevenly, that its ink is pale pink on one side."""
    rgb, _ = _sealed(seed=seed)
    page = np.asarray(_page()).astype(np.float32)
    ink = page - rgb.astype(np.float32)                   # what the seal added
    ramp = np.linspace(0.05, 0.45, W, dtype=np.float32)[None, :, None]
    return np.clip(page - ink * ramp, 0, 255).astype(np.uint8)


def test_a_faint_seal_is_found_by_its_pale_ink_or_leaves_stray_ink():
    rgb = _faint_half_pressed()
    marks = find_seals(rgb)
    found = len(marks) == 1
    # either found, or its ink outside every seal found is counted: never silently nothing
    assert found or stray_ink(rgb, marks) > STRAY_INK_PIXELS
    assert stray_ink(np.asarray(_page()), []) == 0


def test_a_sealed_page_photographed_on_a_red_table():
    """The table's red surrounds the paper: the seal lies in a hole of the table's blob."""
    rgb, stamped = _sealed()
    table = np.zeros((H + 300, W + 300, 3), np.uint8)
    table[...] = (150, 40, 60)
    table[150:150 + H, 150:150 + W] = rgb
    marks = find_seals(table)
    assert len(marks) == 1
    x0, y0, x1, y1 = marks[0].box
    cx, cy = (150 + stamped[0]["x"] * W) / (W + 300), (150 + stamped[0]["y"] * H) / (H + 300)
    assert x0 < cx < x1 and y0 < cy < y1
