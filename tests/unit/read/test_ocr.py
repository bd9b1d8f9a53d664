"""OCR engines on synthetic Chinese evidence pages: real tesseract and real RapidOCR."""

from __future__ import annotations

import os
import re

import numpy as np
import pytest

from helpers.ocr_pages import (AMOUNT_WORDS, COMPANY, CONTRACT_NO, SIGNED, TABLE_ROWS, USCC, PAGE_H,
                       PAGE_W, add_red_seal, degrade, render_contract_page, rotate, rotate_box)
from pipeline.errors import EnvironmentProblem
from pipeline.read.ocr import preprocess
from pipeline.read.ocr.engines import get_engine
from pipeline.read.ocr.environment import check_tesseract
from pipeline.read.ocr.lines import Word, build_page_text, group_into_lines, join_line, \
    remove_cjk_spaces

CJK_SPACE_CJK = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")
ANGLE = 2.5


# ---- pages and reads, once per module (tesseract ~0.7 s/page, RapidOCR ~3 s/page) -----

@pytest.fixture(scope="module")
def page():
    return render_contract_page(table=True)


@pytest.fixture(scope="module")
def tesseract():
    return get_engine("tesseract")


@pytest.fixture(scope="module")
def rapid():
    return get_engine("rapidocr")   # model load once per session


@pytest.fixture(scope="module")
def reads(page, tesseract):
    images = {
        "clean": page.image,
        "rotated": rotate(page.image, ANGLE),
        "degraded": degrade(rotate(render_contract_page(seal=True).image, ANGLE)),
        "seal": render_contract_page(seal=True).image,
    }
    return {k: (img, tesseract.read_page(img, 1)) for k, img in images.items()}


def _line_with(text: str, needle: str) -> str:
    return next(ln for ln in text.split("\n") if needle in ln)


# ---- tesseract -----------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["clean", "rotated"])
def test_tesseract_reads_key_fields(reads, variant):
    _, pt = reads[variant]
    assert pt.method == "ocr:tesseract"
    assert pt.number == 1 and (pt.width, pt.height) == (PAGE_W, PAGE_H)
    assert CONTRACT_NO in pt.text
    assert "25,000,000.00" in pt.text       # the ¥ itself reads as "#"/"Y": see rapid
    assert SIGNED in pt.text
    assert COMPANY in pt.text
    assert 0.5 < pt.mean_confidence <= 1.0


def test_tesseract_on_degraded_seal_page(reads):
    _, pt = reads["degraded"]
    assert CONTRACT_NO in pt.text and SIGNED in pt.text and COMPANY in pt.text


def test_red_seal_over_text_is_suppressed(reads):
    _, pt = reads["seal"]
    assert f"甲方:{COMPANY}" in pt.text.replace("：", ":")
    assert "专用章" not in pt.text


def test_table_cells_read_as_rows_after_rule_removal(reads):
    _, pt = reads["clean"]
    lines = pt.text.split("\n")
    for row in TABLE_ROWS[1:]:
        # one line per table row, cells left to right, separated by a space
        assert " ".join(row) in lines, row
    cells = [c for row in TABLE_ROWS for c in row]
    assert sum(c in pt.text for c in cells) >= len(cells) - 1   # header reads 收丈人 at times


def test_no_spaces_between_chinese_characters(reads):
    for variant in ("clean", "rotated", "degraded"):
        text = reads[variant][1].text
        contract_part = text.split("付款人户名")[0]   # table rows keep their cell gaps
        assert not CJK_SPACE_CJK.search(contract_part), contract_part
        assert "统一社会信用代码" in text
    assert "2023年10月12日" in reads["clean"][1].text


def test_spans_never_cover_newlines_and_are_ordered(reads):
    _, pt = reads["clean"]
    prev_end = 0
    for s in pt.spans:
        assert prev_end <= s.start < s.end <= len(pt.text)
        assert "\n" not in pt.text[s.start:s.end]
        assert 0.0 <= s.confidence <= 1.0
        assert all(0.0 <= v <= 1.0 for v in s.box) and s.box[0] <= s.box[2]
        prev_end = s.end


@pytest.mark.parametrize("variant", ["clean", "rotated"])
def test_span_box_of_contract_number_on_its_line(page, reads, variant):
    _, pt = reads[variant]
    start = pt.text.index(CONTRACT_NO)
    box, conf = pt.locate(start, start + len(CONTRACT_NO))
    expected = page.boxes["contract_no"]
    if variant == "rotated":   # boxes are in the ORIGINAL (tilted) page's frame
        expected = rotate_box(expected, ANGLE)
    assert box is not None and conf > 0.3
    tol_y, tol_x = 0.012, 0.02   # ~28 px vertically, ~33 px horizontally at 200 dpi
    centre_y = (box[1] + box[3]) / 2
    assert expected[1] - tol_y <= centre_y <= expected[3] + tol_y
    assert abs(box[0] - expected[0]) < tol_x and abs(box[2] - expected[2]) < tol_x


def test_blank_page_is_empty_text_not_error(tesseract):
    pt = tesseract.read_page(np.full((600, 400, 3), 255, np.uint8), 3)
    assert pt.text == "" and pt.spans == [] and pt.number == 3


def test_tesseract_read_region_rereads_value(page, tesseract):
    pt = tesseract.read_region(page.image, page.boxes["contract_no"], page_number=1)
    assert pt.text == CONTRACT_NO
    box, _ = pt.locate(0, len(CONTRACT_NO))
    exp = page.boxes["contract_no"]
    assert all(abs(a - b) < 0.01 for a, b in zip(box, exp)), (box, exp)


def test_omp_thread_limit_set_for_tesseract(tesseract):
    assert os.environ.get("OMP_THREAD_LIMIT") == "1"


def test_library_reads_exactly_what_the_command_reads(reads):
    """libtesseract in-process gives the same words, boxes and confidences as the
    `tesseract` command with the same parameters (the page-per-process path it replaces)."""
    from pipeline.read.ocr import tessapi
    from pipeline.read.ocr.tesseract import PSM, _config, _image_to_data

    assert tessapi.available(), "libtesseract C API not loadable"
    api = tessapi.TessApi("chi_sim")
    for key in ("clean", "degraded"):
        gray = preprocess.prepare_page(reads[key][0]).gray
        command = _image_to_data(gray, _config(PSM))
        library = tessapi.parse_tsv(api.tsv(gray, PSM, 60))

        def words(d):
            return [(d["text"][i], d["left"][i], d["top"][i], d["width"][i], d["height"][i],
                     int(d["conf"][i])) for i in range(len(d["text"])) if int(d["level"][i]) == 5]

        assert words(library) == words(command) and len(words(library)) > 50
    api.close()


def test_tesseract_engine_uses_the_library_and_times_out_per_page(tesseract, monkeypatch):
    from pipeline.errors import DocumentError
    from pipeline.read.ocr import tesseract as tess_module

    assert tesseract._api is not None
    monkeypatch.setattr(tess_module, "PAGE_TIMEOUT_S", 0.001)
    noisy = np.random.default_rng(1).integers(0, 255, (1400, 1000, 3), dtype=np.uint8)
    with pytest.raises(DocumentError) as err:
        tesseract.read_page(noisy, 1)
    assert err.value.code == "timeout"
    # the engine is still usable after a timed-out page
    monkeypatch.setattr(tess_module, "PAGE_TIMEOUT_S", 120)
    assert tesseract.read_page(np.full((600, 400, 3), 255, np.uint8), 2).text == ""


# ---- RapidOCR -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rapid_degraded(rapid):
    img = degrade(rotate(render_contract_page(seal=True).image, ANGLE))
    return rapid.read_page(img, 2)


def test_rapid_reads_amount_in_words_exactly(rapid_degraded):
    pt = rapid_degraded
    assert pt.method == "ocr:rapidocr" and pt.number == 2
    assert AMOUNT_WORDS in pt.text
    assert CONTRACT_NO in pt.text and USCC in pt.text and SIGNED in pt.text
    assert "专用章" not in pt.text       # seal suppressed before detection


def test_rapid_regroups_table_rows_after_deskew(rapid_degraded):
    lines = rapid_degraded.text.split("\n")
    for row in TABLE_ROWS:
        assert " ".join(row) in lines, row


def test_rapid_read_region_rereads_amount(page, rapid):
    pt = rapid.read_region(page.image, page.boxes["amount_words"])
    assert AMOUNT_WORDS in pt.text
    start = pt.text.index(AMOUNT_WORDS)
    box, conf = pt.locate(start, start + len(AMOUNT_WORDS))
    exp = page.boxes["amount_words"]
    # one span per segment: the box covers the amount (and maybe a neighbouring character)
    assert box[0] <= exp[0] + 0.01 and box[2] >= exp[2] - 0.01
    assert abs((box[1] + box[3]) / 2 - (exp[1] + exp[3]) / 2) < 0.01
    assert conf > 0.8


def test_get_engine_caches_and_rejects_unknown(tesseract, rapid):
    assert get_engine("tesseract") is tesseract and get_engine("rapidocr") is rapid
    assert tesseract.name == "tesseract" and rapid.name == "rapidocr"
    with pytest.raises(ValueError, match="tesseract.*rapidocr"):
        get_engine("paddle")


def test_check_tesseract_reports_fix(monkeypatch):
    check_tesseract()   # installed here
    import pytesseract

    from pipeline.read.ocr import environment as base

    monkeypatch.setattr(base, "_TESSERACT_OK", False)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(EnvironmentProblem, match="apt-get install.*tesseract-ocr-chi-sim"):
        check_tesseract()


# ---- preprocessing and line building (pure functions) --------------------------------

def test_estimate_skew_recovers_rotation(page):
    small = preprocess.to_gray(rotate(page.image, -3.2))
    assert abs(preprocess.estimate_skew(small) - (-3.2)) < 0.2
    assert abs(preprocess.estimate_skew(preprocess.to_gray(page.image))) < 0.2


@pytest.mark.parametrize("angle", [-2.45, -0.8, 1.35, 4.1])
def test_estimate_skew_matches_exhaustive_rotation_search(page, angle):
    """The sheared-profile search lands where rotating the page for every 0.05° would."""
    import cv2

    gray = preprocess.to_gray(rotate(page.image, angle))
    work = preprocess.SkewWork(gray)
    ink = cv2.dilate(work.ink, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    sh, sw = ink.shape

    def exact(a):
        m = cv2.getRotationMatrix2D((sw / 2, sh / 2), -a, 1.0)
        rot = cv2.warpAffine(ink, m, (sw, sh), flags=cv2.INTER_NEAREST, borderValue=0)
        return float(np.var(rot.sum(axis=1, dtype=np.float64)))

    exhaustive = max(np.round(np.arange(-5, 5.001, 0.05), 2), key=exact)
    assert abs(preprocess.estimate_skew(gray) - exhaustive) < 0.051


def test_suppress_red_finds_a_seal_anywhere_on_the_page():
    img = np.full((1200, 900, 3), 255, np.uint8)
    img[1100:1110, 760:880] = 0                   # a black stroke in the bottom-right corner
    sealed = add_red_seal(img, (830, 1105), 60)
    gray = preprocess.suppress_red(sealed)
    assert gray[1105, 830] < 60                   # the text under the seal stays black
    assert gray[1105 - 56, 825:835].min() > 200   # the seal ring is gone
    assert (gray[:900] == preprocess.to_gray(sealed)[:900]).all()   # elsewhere: plain luminance


def test_suppress_red_keeps_black_text_under_seal():
    img = np.full((200, 200, 3), 255, np.uint8)
    img[90:110, 20:180] = 0                       # a black stroke
    sealed = add_red_seal(img, (100, 100), 80)
    gray = preprocess.suppress_red(sealed)
    assert gray[100, 100] < 60                    # text under the seal stays black
    ring = gray[100 - 75, 95:105]                 # seal ring near the top
    assert ring.min() > 200


def test_remove_rules_erases_lines_not_text():
    from PIL import Image, ImageDraw
    from helpers.ocr_pages import font

    img = Image.new("L", (900, 300), 255)
    d = ImageDraw.Draw(img)
    d.line([(20, 50), (880, 50)], fill=0, width=3)
    d.line([(450, 20), (450, 280)], fill=0, width=3)
    d.text((60, 100), "一二三十工", font=font(), fill=0)
    out = preprocess.remove_rules(np.asarray(img))
    assert out[50, 100:400].min() > 200 and out[150:250, 450].min() > 200
    assert (out[100:150, 60:260] < 128).sum() > 200   # the characters survive


def test_join_line_spacing_rules():
    def w(text, x0, x1):
        return Word(text, (x0, 0, x1, 30), 0.9)

    text, placed = join_line([w("2023", 0, 60), w("年", 62, 92), w("10", 94, 124),
                              w("月", 126, 156)])
    assert text == "2023年10月"
    assert [(a, b) for a, b, _ in placed] == [(0, 4), (4, 5), (5, 7), (7, 8)]
    assert join_line([w("Page", 0, 60), w("2", 70, 80)])[0] == "Page 2"
    # a table-cell gap keeps a space even between Chinese
    assert join_line([w("滨海智造", 0, 120), w("西青精工", 400, 520)])[0] == "滨海智造 西青精工"
    assert remove_cjk_spaces("人民币 贰仟 伍佰 万元整") == "人民币贰仟伍佰万元整"
    assert remove_cjk_spaces("No. 17 号") == "No. 17号"


def test_group_into_lines_and_build_page_text():
    words = [Word("金额", (400, 102, 460, 130), 0.9), Word("付款人", (10, 100, 100, 130), 0.8),
             Word("西青精工", (10, 200, 130, 230), 1.0)]
    lines = group_into_lines(words)
    assert [[x.text for x in ln] for ln in lines] == [["付款人", "金额"], ["西青精工"]]
    pt = build_page_text(lines, number=1, method="ocr:x", width=1000, height=1000,
                         to_page=lambda b: tuple(v / 1000 for v in b))
    assert pt.text == "付款人 金额\n西青精工"
    assert [(s.start, s.end) for s in pt.spans] == [(0, 3), (4, 6), (7, 11)]
    assert pt.spans[2].box == (0.01, 0.2, 0.13, 0.23)
    assert abs(pt.mean_confidence - 0.9) < 1e-9


def test_rules_removal_is_what_makes_table_readable(page, tesseract):
    # same page with the rules kept: tesseract loses most of the table (why remove_rules)
    kept = preprocess.prepare_page(page.image, rules=False)
    words = "".join(w.text for _, w in tesseract._words(kept.gray, 6))
    cells = [c for row in TABLE_ROWS[1:] for c in row]
    assert sum(c in words for c in cells) < len(cells) // 2


def test_shadowed_tilted_page_reads_after_flat_field(page, tesseract):
    # a phone photo with a shadow falling off to the left: Otsu alone sees the dark side as
    # ink and the skew search locks onto a false angle
    img = rotate(page.image, ANGLE).astype(np.float32)
    shade = 0.35 + 0.65 * np.linspace(0, 1, img.shape[1])[None, :, None]
    shadowed = (img * shade).astype(np.uint8)
    gray, angle = preprocess.prepare_for_ocr(shadowed)
    assert gray.ndim == 2 and gray.dtype == np.uint8
    assert abs(angle - ANGLE) < 0.2
    pt = tesseract.read_page(shadowed, 1)
    assert CONTRACT_NO in pt.text and COMPANY in pt.text and SIGNED in pt.text
