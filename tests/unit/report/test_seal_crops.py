"""report.html shows the seal behind a seal finding: a crop of its page image, beside the gap."""

from __future__ import annotations

import base64
import io

import numpy as np
from PIL import Image

from pipeline.report.html import PageImage, PageImages, _Anchors, _encode, _seal_crops, wanted_pages


def _images() -> PageImages:
    page = np.full((1000, 700, 3), 255, np.uint8)
    page[400:560, 380:540] = (200, 30, 30)      # the seal's square, red
    jpeg, w, h = _encode(page, 1400, 80)
    images = PageImages()
    images.pages[("验收报告.pdf", 1)] = PageImage("验收报告.pdf", 1, jpeg, w, h)
    return images


def test_a_seal_finding_shows_the_crop_of_its_seal():
    gap = {"kind": "seal_party_mismatch", "seals": [
        {"file": "验收报告.pdf", "page": 1, "box": [380 / 700, 0.4, 540 / 700, 0.56], "ring_text": "天津市信诺"}]}
    html = _seal_crops(gap, _Anchors({"documents": []}, _images()))
    assert "印文「天津市信诺」" in html
    data = html.split("base64,")[1].split('"')[0]
    crop = np.asarray(Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")).astype(int)
    # the crop is the seal: mostly red, not the white page around it
    red = (crop[..., 0] - crop[..., 1] > 100).mean()
    assert red > 0.7, red


def test_a_missing_seal_links_to_the_page_looked_at_and_its_page_is_rendered():
    gap = {"kind": "seal_missing", "seals": [{"file": "验收报告.pdf", "page": 1, "box": None, "ring_text": ""}]}
    html = _seal_crops(gap, _Anchors({"documents": []}, _images()))
    assert "base64" not in html and 'href="#pg-1"' in html
    assert wanted_pages({"documents": [], "gaps": [gap]}) == {"验收报告.pdf": {1}}
