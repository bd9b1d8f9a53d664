"""Synthetic evidence pages for the OCR and raster tests, rendered in memory or in tmp dirs.

No binary fixtures are committed: every page is drawn with PIL (WenQuanYi Micro Hei) at a
200 dpi A4 scale, and every drawn line's box is returned so tests can check span boxes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pipeline.parsing.uscc import compute_check_char

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
PAGE_W, PAGE_H = 1654, 2339      # A4 at 200 dpi
FONT_PX = 36                     # ~13 pt at 200 dpi
MARGIN_X = 150

USCC = "91120116MA05K3XJ4" + compute_check_char("91120116MA05K3XJ4")
CONTRACT_NO = "HT-2023-017"
COMPANY = "天津市滨海新区智造科技有限公司"
AMOUNT_WORDS = "人民币贰仟伍佰万元整"
AMOUNT_FIGURES = "¥25,000,000.00"
SIGNED = "2023年10月12日"

CONTRACT_LINES = [
    ("title", "技术服务合同"),
    ("number", f"合同编号：{CONTRACT_NO}"),
    ("party_a", f"甲方：{COMPANY}"),
    ("uscc", f"统一社会信用代码：{USCC}"),
    ("party_b", "乙方：天津市西青区精工装备制造有限公司"),
    ("amount", f"合同金额：{AMOUNT_WORDS}（{AMOUNT_FIGURES}）"),
    ("date", f"签订日期：{SIGNED}"),
    ("body", "本合同经双方签字盖章后生效，服务期限为十二个月。"),
]

TABLE_ROWS = [
    ("付款人户名", "收款人户名", "金额"),
    ("滨海智造", "西青精工", "1,200,000.00"),
    ("天津港务", "西青精工", "850,000.00"),
    ("津南电气", "西青精工", "2,300,000.00"),
]
TABLE_COL_W = (400, 400, 400)
TABLE_ROW_H = 80


@dataclass
class Page:
    image: np.ndarray                                   # RGB uint8
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    # page fractions of each drawn line / cell, keyed by name ("number", "cell_1_2", ...)


def font(size: int = FONT_PX) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size)


def _frac(box: tuple[float, float, float, float], w: int, h: int) -> tuple[float, ...]:
    return (box[0] / w, box[1] / h, box[2] / w, box[3] / h)


def render_contract_page(table: bool = True, seal: bool = False) -> Page:
    """An A4 contract page: the contract lines, then (optionally) a ruled payment table."""
    img = Image.new("RGB", (PAGE_W, PAGE_H), "white")
    draw = ImageDraw.Draw(img)
    f = font()
    boxes: dict[str, tuple[float, ...]] = {}
    y = 180
    for name, text in CONTRACT_LINES:
        x = (PAGE_W - draw.textlength(text, font=f)) / 2 if name == "title" else MARGIN_X
        draw.text((x, y), text, font=f, fill="black")
        boxes[name] = _frac(draw.textbbox((x, y), text, font=f), PAGE_W, PAGE_H)
        # the characters of one substring, for span-box checks
        if name == "number":
            pre = draw.textlength("合同编号：", font=f)
            bb = draw.textbbox((x + pre, y), CONTRACT_NO, font=f)
            boxes["contract_no"] = _frac(bb, PAGE_W, PAGE_H)
        if name == "amount":
            pre = draw.textlength("合同金额：", font=f)
            bb = draw.textbbox((x + pre, y), AMOUNT_WORDS, font=f)
            boxes["amount_words"] = _frac(bb, PAGE_W, PAGE_H)
        y += 90
    if table:
        boxes.update(_draw_table(draw, MARGIN_X, y + 60, f))
    if seal:
        cx, cy = int(boxes["party_a"][2] * PAGE_W) - 160, int(
            (boxes["party_a"][1] + boxes["party_a"][3]) / 2 * PAGE_H)
        img = Image.fromarray(add_red_seal(np.asarray(img), (cx, cy), 150))
    return Page(np.asarray(img).copy(), boxes)


def _draw_table(draw: ImageDraw.ImageDraw, x0: int, y0: int, f) -> dict:
    boxes = {}
    total_w = sum(TABLE_COL_W)
    for r in range(len(TABLE_ROWS) + 1):
        y = y0 + r * TABLE_ROW_H
        draw.line([(x0, y), (x0 + total_w, y)], fill="black", width=3)
    x = x0
    for c in range(len(TABLE_COL_W) + 1):
        draw.line([(x, y0), (x, y0 + len(TABLE_ROWS) * TABLE_ROW_H)], fill="black", width=3)
        if c < len(TABLE_COL_W):
            x += TABLE_COL_W[c]
    for r, row in enumerate(TABLE_ROWS):
        x = x0
        for c, text in enumerate(row):
            tx, ty = x + 20, y0 + r * TABLE_ROW_H + (TABLE_ROW_H - FONT_PX) // 2 - 4
            draw.text((tx, ty), text, font=f, fill="black")
            boxes[f"cell_{r}_{c}"] = _frac(draw.textbbox((tx, ty), text, font=f), PAGE_W, PAGE_H)
            x += TABLE_COL_W[c]
    return boxes


def add_red_seal(image: np.ndarray, centre: tuple[int, int], radius: int) -> np.ndarray:
    """A translucent-looking red company seal (ring, star, arc text) stamped over the page.

    Drawn multiplicatively like ink: black text under the seal stays dark.
    """
    h, w = image.shape[:2]
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    d.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=255, width=10)
    star = []
    for k in range(10):
        ang = -np.pi / 2 + k * np.pi / 5
        rr = radius * (0.32 if k % 2 == 0 else 0.13)
        star.append((cx + rr * np.cos(ang), cy + rr * np.sin(ang)))
    d.polygon(star, fill=255)
    sf = font(int(radius * 0.28))
    for i, ch in enumerate("智造科技有限公司合同专用章"):
        ang = np.deg2rad(-150 + i * 10)
        px, py = cx + radius * 0.72 * np.cos(ang), cy + radius * 0.72 * np.sin(ang)
        d.text((px, py), ch, font=sf, fill=255, anchor="mm")
    d.text((cx, cy + radius * 0.45), "合同专用章", font=sf, fill=255, anchor="mm")
    mask = np.asarray(layer, dtype=np.float32)[..., None] / 255.0 * 0.85
    ink = np.array([220, 30, 30], dtype=np.float32) / 255.0   # seal red
    out = image.astype(np.float32) * (1 - mask + mask * ink)
    return np.clip(out, 0, 255).astype(np.uint8)


def rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate about the centre (counter-clockwise for positive degrees), white border."""
    h, w = image.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(image, m, (w, h), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))


def rotate_box(box: tuple[float, ...], degrees: float, w: int = PAGE_W, h: int = PAGE_H):
    """Where a page-fraction box lands after `rotate` (its axis-aligned hull)."""
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    pts = np.array([[box[0] * w, box[1] * h], [box[2] * w, box[1] * h],
                    [box[0] * w, box[3] * h], [box[2] * w, box[3] * h]])
    moved = pts @ m[:, :2].T + m[:, 2]
    return (moved[:, 0].min() / w, moved[:, 1].min() / h,
            moved[:, 0].max() / w, moved[:, 1].max() / h)


def degrade(image: np.ndarray, sigma: float = 12.0, jpeg_quality: int = 35,
            seed: int = 7) -> np.ndarray:
    """Phone-photo-ish: Gaussian noise, slight blur, then JPEG artefacts."""
    rng = np.random.default_rng(seed)
    noisy = image.astype(np.float32) + rng.normal(0, sigma, image.shape)
    noisy = cv2.GaussianBlur(np.clip(noisy, 0, 255).astype(np.uint8), (3, 3), 0.6)
    buf = io.BytesIO()
    Image.fromarray(noisy).save(buf, format="JPEG", quality=jpeg_quality)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB")).copy()


def crop_text_image(text: str, size: int = FONT_PX, pad: int = 30) -> np.ndarray:
    img = Image.new("RGB", (int(font(size).getlength(text)) + 2 * pad, size + 2 * pad), "white")
    ImageDraw.Draw(img).text((pad, pad), text, font=font(size), fill="black")
    return np.asarray(img).copy()


# ---- files for the raster tests --------------------------------------------------------


def write_pdf(path: Path, pages: int = 2) -> Path:
    """A reportlab PDF (A4) with a black rectangle at a known place on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for i in range(pages):
        # black box in the top-left quarter: x 10%..30%, y (from top) 10%..20%
        c.setFillColorRGB(0, 0, 0)
        c.rect(0.1 * w, h - 0.2 * h, 0.2 * w, 0.1 * h, stroke=0, fill=1)
        c.setFont("Helvetica", 24)
        c.drawString(0.1 * w, 0.5 * h, f"Page {i + 1}")
        c.showPage()
    c.save()
    return path


def write_multiframe_tiff(path: Path, frames: int = 3) -> Path:
    imgs = []
    for i in range(frames):
        im = Image.new("RGB", (400, 300), "white")
        ImageDraw.Draw(im).rectangle([10 + 50 * i, 10, 60 + 50 * i, 60], fill="black")
        imgs.append(im)
    imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="tiff_lzw")
    return path


def write_exif_rotated_jpeg(path: Path) -> tuple[Path, tuple[int, int]]:
    """A 400x200 (WxH) stored image tagged Orientation=6 (display rotated 90° CW).

    Returns the path and the (height, width) the displayed image must have: (400, 200).
    A black block sits at the stored top-left; displayed, it is at the top-right.
    """
    im = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(im).rectangle([0, 0, 80, 60], fill="black")
    exif = Image.Exif()
    exif[0x0112] = 6
    im.save(path, format="JPEG", quality=95, exif=exif)
    return path, (400, 200)


def write_truncated_jpeg(path: Path) -> Path:
    buf = io.BytesIO()
    page = render_contract_page(table=False).image
    Image.fromarray(page).save(buf, format="JPEG", quality=90)
    data = buf.getvalue()
    path.write_bytes(data[: len(data) // 3])
    return path


def write_huge_png(path: Path, width: int = 10_000, height: int = 7_000) -> Path:
    """A 70-megapixel PNG that compresses to a few hundred KB (a decompression bomb)."""
    Image.new("1", (width, height), 1).save(path, format="PNG", optimize=False)
    return path
