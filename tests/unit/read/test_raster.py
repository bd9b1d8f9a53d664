"""Rasterising PDF pages and loading image files into RGB arrays."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from helpers.ocr_pages import (write_exif_rotated_jpeg, write_huge_png, write_multiframe_tiff,
                       write_pdf, write_truncated_jpeg)
from pipeline.errors import DocumentError
from pipeline.read.raster import MAX_IMAGE_PIXELS, load_image_frames, render_pdf_page


def test_render_pdf_page_rgb_at_dpi(tmp_path):
    pdf = write_pdf(tmp_path / "a.pdf", pages=2)
    img = render_pdf_page(pdf, 1, dpi=200)
    assert img.dtype == np.uint8 and img.ndim == 3 and img.shape[2] == 3
    h, w = img.shape[:2]
    assert abs(w - 1654) <= 1 and abs(h - 2339) <= 1           # A4 at 200 dpi
    # the black box drawn at x 10..30 %, y 10..20 % (from the top)
    assert img[int(0.15 * h), int(0.2 * w)].max() < 10
    assert img[int(0.05 * h), int(0.05 * w)].min() > 245        # white paper, not black
    small = render_pdf_page(pdf, 0, dpi=100)
    assert abs(small.shape[1] - 827) <= 1


def test_render_pdf_page_errors(tmp_path):
    pdf = write_pdf(tmp_path / "a.pdf", pages=1)
    with pytest.raises(DocumentError):
        render_pdf_page(pdf, 5)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\nnot really")
    with pytest.raises(DocumentError) as err:
        render_pdf_page(bad, 0)
    assert err.value.reason and err.value.advice


def test_multiframe_tiff_frames(tmp_path):
    frames = load_image_frames(write_multiframe_tiff(tmp_path / "m.tif", frames=3))
    assert len(frames) == 3
    for i, f in enumerate(frames):
        assert f.shape == (300, 400, 3) and f.dtype == np.uint8
        assert f[30, 30 + 50 * i].max() < 10 and f[200, 300].min() > 245
    with pytest.raises(DocumentError) as err:
        load_image_frames(tmp_path / "m.tif", max_frames=2)
    assert err.value.code == "too_large"


def test_exif_orientation_applied(tmp_path):
    path, (dh, dw) = write_exif_rotated_jpeg(tmp_path / "photo.jpg")
    (img,) = load_image_frames(path)
    assert img.shape == (dh, dw, 3)
    assert img[20, dw - 20].max() < 40        # block moved to the top-right
    assert img[20, 20].min() > 215


def test_truncated_jpeg_is_document_error(tmp_path):
    with pytest.raises(DocumentError) as err:
        load_image_frames(write_truncated_jpeg(tmp_path / "cut.jpg"))
    assert err.value.code == "truncated"
    assert "不完整" in err.value.reason


def test_unknown_format_is_document_error(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_bytes("这不是图片".encode() * 20)
    with pytest.raises(DocumentError) as err:
        load_image_frames(path)
    assert err.value.code == "unsupported" and "图片" in err.value.reason


def test_huge_image_refused_from_header(tmp_path, monkeypatch):
    path = write_huge_png(tmp_path / "bomb.png")
    assert 10_000 * 7_000 > MAX_IMAGE_PIXELS

    def no_decode(self, *a, **k):
        raise AssertionError("pixels decoded before the size check")

    monkeypatch.setattr(Image.Image, "load", no_decode)
    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", no_decode)
    with pytest.raises(DocumentError) as err:
        load_image_frames(path)
    assert err.value.code == "too_large"


def test_transparent_png_on_white(tmp_path):
    img = Image.new("RGBA", (50, 40), (0, 0, 0, 0))
    img.putpixel((5, 5), (0, 0, 0, 255))
    img.save(tmp_path / "t.png")
    (arr,) = load_image_frames(tmp_path / "t.png")
    assert arr.shape == (40, 50, 3)
    assert arr[20, 20].min() == 255 and arr[5, 5].max() == 0


def test_image_claiming_30000_squared_is_refused_without_decoding(tmp_path):
    from helpers.bad_inputs import claimed_size_png

    path = claimed_size_png(tmp_path / "scan.png")          # 138 bytes claiming 900 M pixels
    assert Image.MAX_IMAGE_PIXELS == MAX_IMAGE_PIXELS       # Pillow's guard agrees with ours
    with pytest.raises(DocumentError) as err:
        load_image_frames(path)
    assert err.value.code == "too_large" and "900 百万像素" in err.value.reason
    assert "300 dpi" in err.value.advice


def test_frames_share_one_pixel_budget(tmp_path):
    from helpers.bad_inputs import frame_bomb_tiff

    path = frame_bomb_tiff(tmp_path / "frames.tif", frames=4, size=(2000, 1000))
    assert len(load_image_frames(path)) == 4
    with pytest.raises(DocumentError) as err:
        load_image_frames(path, max_total_pixels=7_000_000)
    assert err.value.code == "too_large" and "4 帧" in err.value.reason and "8 百万像素" in err.value.reason
