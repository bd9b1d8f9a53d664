"""Scan and phone-photo effects, red seals, and compact image encodings.

All randomness comes from a numpy Generator passed in, so a seed reproduces the pixels.
"""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from tools.samplegen.layouts import PAGE_H, PAGE_W, WQY_MICRO, WQY_ZEN

SEAL_RED = np.array([205, 35, 40], dtype=np.float32)
# a blue seal (蓝章: some firms' contract and finance seals, stamp pads of blue ink)
SEAL_BLUE = np.array([35, 60, 185], dtype=np.float32)
BLUE_SHARE = 0.2      # of the varied seals, a bank's excepted


def rasterise(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    finally:
        pdf.close()


CENTRE_WORDS = {"bank": "电子回单专用章", "finance": "财务专用章", "contract": "合同专用章", "invoice": "发票专用章"}


def seal_mask(diameter: int, name: str, centre_text: str, rng: np.random.Generator, font_path: str,
              code: str = "", oval: float = 1.0) -> np.ndarray:
    """0..1 ink coverage of a seal as real ones look: a border ring, the name clockwise along the
    upper arc (characters upright to the outside), a five-pointed star, the centre words under
    it, and the 13-digit code along the bottom arc (read left to right, upright to the inside).
    `oval` < 1 squeezes it vertically (a 椭圆章)."""
    scale = 3  # draw large, then shrink for smooth edges
    d = diameter * scale
    img = Image.new("L", (d, d), 0)
    draw = ImageDraw.Draw(img)
    ring = max(int(d * 0.035), 3)
    draw.ellipse((ring, ring, d - ring, d - ring), outline=255, width=ring)
    chars = list(name)
    n = len(chars)
    font_size = int(d * min(0.15, 1.9 / max(n, 1) * 0.55 + 0.02))
    font = ImageFont.truetype(font_path, font_size, index=0)
    radius = d / 2 - ring * 2 - font_size * 0.6
    span = min(250.0, 22.0 * n + 40)  # degrees of arc used by the name
    for i, ch in enumerate(chars):
        ang = -span / 2 + span * (i + 0.5) / n  # 0 = top, clockwise positive
        _glyph_at(img, ch, font, font_size, d, radius, ang, inward=False)
    if code:
        small = max(int(font_size * 0.45), 6)
        cfont = ImageFont.truetype(font_path, small, index=0)
        cspan = min(360.0 - span - 24.0, 6.0 * len(code))
        cradius = d / 2 - ring * 2 - small * 0.7
        for i, ch in enumerate(code):
            ang = 180.0 + cspan / 2 - cspan * (i + 0.5) / len(code)   # left to right along the bottom
            _glyph_at(img, ch, cfont, small, d, cradius, ang, inward=True)
    # five-pointed star
    r_out, r_in = d * 0.13, d * 0.05
    pts = []
    for k in range(10):
        r = r_out if k % 2 == 0 else r_in
        a = math.radians(-90 + k * 36)
        pts.append((d / 2 + r * math.cos(a), d / 2 + r * math.sin(a)))
    draw.polygon(pts, fill=255)
    if centre_text:
        f2 = ImageFont.truetype(font_path, int(d * 0.09), index=0)
        w = draw.textlength(centre_text, font=f2)
        draw.text((d / 2 - w / 2, d * 0.66), centre_text, fill=255, font=f2)
    height = diameter if oval >= 1.0 else max(int(diameter * oval), 8)
    img = img.resize((diameter, height), Image.LANCZOS)
    mask = np.asarray(img, dtype=np.float32) / 255.0
    # uneven ink: a smooth random field
    field = rng.random((8, 8)).astype(np.float32)
    field = cv2.resize(field, (diameter, height), interpolation=cv2.INTER_CUBIC)
    return np.clip(mask * (0.55 + 0.45 * field), 0, 1)


def _glyph_at(img: Image.Image, ch: str, font, size: int, d: int, radius: float, ang: float, inward: bool) -> None:
    glyph = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(glyph).text((size * 0.5, size * 0.4), ch, fill=255, font=font)
    glyph = glyph.rotate(-ang + (180.0 if inward else 0.0), resample=Image.BICUBIC)
    rad = math.radians(ang)
    cx = d / 2 + radius * math.sin(rad)
    cy = d / 2 - radius * math.cos(rad)
    img.paste(255, (int(cx - size), int(cy - size)), glyph)


def seal_code(rng: np.random.Generator) -> str:
    return "12" + "".join(str(int(v)) for v in rng.integers(0, 10, 11))


def stamp_seals(img: Image.Image, seals: list[dict], page: int, rng: np.random.Generator,
                stamped: list[dict] | None = None, varied: bool = False) -> Image.Image:
    """Multiply red (with `varied`, some blue) seals onto page `page` (1-based) of a rendering at the positions given.

    With `varied`, seals vary the way real ones do: any angle, a code along the bottom, finance
    / contract centre words, some faint (a dry pad), some partial (half pressed), some ovals.
    Each seal stamped is appended to `stamped` (page, centre as page fractions, name, how)."""
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    for s in seals:
        if s["page"] != page:
            continue
        code = ""
        oval = 1.0
        if s["style"] == "bank":
            dia = int(w * 0.17)
            centre = "电子回单专用章"
        else:
            dia = int(w * 0.2)
            centre = rng.choice(["", "合同专用章"]) if s["style"] == "contract" else ""
        if varied:
            code = seal_code(rng) if rng.random() < 0.5 else ""
            if s["style"] == "round" and rng.random() < 0.3:
                centre = CENTRE_WORDS["finance"]
            if s["style"] != "bank" and rng.random() < 0.12:
                oval = float(rng.uniform(0.72, 0.85))
        mask = seal_mask(dia, s["name"], centre, rng, WQY_ZEN if rng.random() < 0.5 else WQY_MICRO,
                         code=code, oval=oval)
        angle = float(rng.uniform(-25, 25)) if not varied or rng.random() < 0.6 else float(rng.uniform(-180, 180))
        mh, mw = mask.shape
        side = max(mh, mw)
        square = np.zeros((side, side), np.float32)
        square[(side - mh) // 2:(side - mh) // 2 + mh, (side - mw) // 2:(side - mw) // 2 + mw] = mask
        m = cv2.getRotationMatrix2D((side / 2, side / 2), angle, 1.0)
        mask = cv2.warpAffine(square, m, (side, side))
        cx = int(s["x"] * w + rng.uniform(-0.02, 0.02) * w)
        cy = int(s["y"] * h + rng.uniform(-0.01, 0.01) * h)
        strength = float(rng.uniform(0.75, 0.95))   # (drawn in this order: unvaried pages as before)
        how = []
        if varied and rng.random() < 0.15:
            strength, how = float(rng.uniform(0.45, 0.6)), how + ["faint"]
        if varied and rng.random() < 0.1:
            # pressed unevenly: one side of the seal barely printed
            ramp = np.linspace(0.15, 1.0, side, dtype=np.float32)
            mask = mask * (ramp[None, :] if rng.random() < 0.5 else ramp[:, None])
            how.append("partial")
        ink = SEAL_RED
        if varied and s["style"] != "bank" and rng.random() < BLUE_SHARE:
            ink = SEAL_BLUE
        x0, y0 = cx - side // 2, cy - side // 2
        xa, ya, xb, yb = max(x0, 0), max(y0, 0), min(x0 + side, w), min(y0 + side, h)
        if xa >= xb or ya >= yb:
            continue
        sub = mask[ya - y0:yb - y0, xa - x0:xb - x0][..., None] * strength
        region = arr[ya:yb, xa:xb]
        arr[ya:yb, xa:xb] = region * (1 - sub) + np.minimum(region, ink) * sub
        if stamped is not None:
            stamped.append({"page": page, "x": round(cx / w, 4), "y": round(cy / h, 4), "name": s["name"],
                            "centre": centre, "code": code, "angle": round(angle, 1),
                            "shape": "oval" if oval < 1.0 else "round", "how": how,
                            **({"colour": "blue"} if ink is SEAL_BLUE else {})})
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _light_field(h: int, w: int, rng: np.random.Generator, depth: float) -> np.ndarray:
    coarse = rng.random((4, 4)).astype(np.float32)
    field = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    field = (field - field.min()) / max(float(field.max() - field.min()), 1e-6)
    return 1.0 - depth * field


def scan_effects(img: Image.Image, rng: np.random.Generator, *, noise: float = 3.0) -> Image.Image:
    """Flatbed-scan look: paper tone, uneven light, ±3° skew, slight blur, sensor noise."""
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    tone = np.array([rng.uniform(0.93, 0.99), rng.uniform(0.92, 0.98), rng.uniform(0.88, 0.96)], np.float32)
    arr = arr * tone * _light_field(h, w, rng, float(rng.uniform(0.04, 0.12)))[..., None]
    angle = float(rng.uniform(-3, 3))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = tuple(float(v) for v in (tone * 235))
    arr = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    if noise:  # sensor noise, softened by the optics below
        arr = arr + rng.normal(0, noise * 2, arr.shape[:2]).astype(np.float32)[..., None]
    arr = cv2.GaussianBlur(arr, (0, 0), float(rng.uniform(0.6, 0.9)))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def photo_effects(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Phone photo of a page lying on a desk: background margin, perspective, light gradient."""
    page = np.asarray(img, dtype=np.float32)
    ph, pw = page.shape[:2]
    out_w, out_h = int(pw * 1.12), int(ph * 1.10)
    desk = np.array(rng.choice([[120, 95, 70], [90, 90, 95], [150, 140, 120], [60, 60, 62]]), np.float32)
    bg = np.ones((out_h, out_w, 3), np.float32) * desk
    bg += rng.normal(0, 6, (out_h, out_w)).astype(np.float32)[..., None]
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    mx, my = (out_w - pw) / 2, (out_h - ph) / 2

    def jitter(x, y):
        return [x + rng.uniform(-0.035, 0.035) * pw, y + rng.uniform(-0.025, 0.025) * ph]

    dst = np.float32([jitter(mx, my), jitter(mx + pw, my), jitter(mx + pw, my + ph), jitter(mx, my + ph)])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    cover = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (out_w, out_h))[..., None]
    arr = bg * (1 - cover) + warped * cover
    # lighting gradient across the frame (lamp on one side) and a faint shadow
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / out_w + np.sin(ang) * yy / out_h)
    grad = (grad - grad.min()) / max(float(grad.max() - grad.min()), 1e-6)
    arr = arr * (0.72 + 0.3 * grad)[..., None] * np.array([1.0, 0.98, 0.93], np.float32)
    arr = cv2.GaussianBlur(arr, (0, 0), float(rng.uniform(0.8, 1.3)))
    arr = arr + rng.normal(0, 3.5, arr.shape[:2]).astype(np.float32)[..., None]
    arr = cv2.GaussianBlur(arr, (0, 0), 0.6)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    # messaging apps hand photos on at about 1080 px wide
    return img.resize((1080, round(out_h * 1080 / out_w)), Image.LANCZOS)


# ---- encodings ---------------------------------------------------------------------------


def jpeg_bytes(img: Image.Image, quality: int = 72, dpi: int = 150) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
    return buf.getvalue()


def png_bytes(img: Image.Image, dpi: int = 150) -> bytes:
    """A compact PNG: a 32-colour palette keeps the red seal and the grey text."""
    buf = io.BytesIO()
    img.quantize(colors=32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        buf, "PNG", optimize=True, dpi=(dpi, dpi))
    return buf.getvalue()


def tiff_bytes(img: Image.Image, dpi: int = 200) -> bytes:
    """Bilevel CCITT G4 TIFF, the way office scanners file documents."""
    grey = np.asarray(img.convert("L"), dtype=np.uint8)
    bw = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 31, 12)
    buf = io.BytesIO()
    Image.fromarray(bw).convert("1").save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
    return buf.getvalue()


def image_pdf(pages_jpeg: list[bytes]) -> bytes:
    """An image-only A4 PDF, one JPEG per page (embedded as-is)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    for data in pages_jpeg:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=PAGE_W, height=PAGE_H)
        c.showPage()
    c.save()
    return buf.getvalue()
