"""Small page model with two back ends: reportlab (text-layer PDF) and Pillow (raster).

Written from scratch by author 6 for the first-contact set; it knows nothing of the product.
Coordinates are millimetres from the top-left corner; text y is the baseline.
"""
import io
import math

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader

MM = 72 / 25.4  # points per mm
PT_MM = 25.4 / 72  # mm per point

pdfmetrics.registerFont(TTFont("zh", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("mh", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
PDF_FONT = {"song": "zh", "hei": "mh", "hand": "zh", "bold": "zh", "mono": "mh"}
PIL_FONT = {
    "song": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "hei": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "hand": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "mono": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 1),
}
_font_cache = {}


def pil_font(name, px):
    key = (name, px)
    if key not in _font_cache:
        path, idx = PIL_FONT[name]
        _font_cache[key] = ImageFont.truetype(path, max(6, px), index=idx)
    return _font_cache[key]


def text_w(s, size):
    return pdfmetrics.stringWidth(s, "zh", size) * PT_MM


def wrap(s, width, size):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if text_w(cur + ch, size) > width and cur:
            if ch in "，。、；：）》」”,.;:)":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, w=210, h=297, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.pages = []
        self.new_page()

    def new_page(self):
        self.pages.append([])
        return self

    @property
    def ops(self):
        return self.pages[-1]

    def text(self, x, y, s, size=10.5, font="song", color=(0, 0, 0), align="l", hand=False):
        if s:
            self.ops.append(("t", x, y, str(s), size, font, color, align, hand))

    def hand(self, x, y, s, size=12, color=(25, 30, 90), align="l"):
        self.text(x, y, s, size, "hand", color, align, True)

    def para(self, x, y, width, s, size=10.5, lead=1.75, font="song", indent=2, color=(0, 0, 0)):
        first = "\u3000" * indent
        for i, line in enumerate(wrap(first + s, width, size)):
            self.text(x, y, line, size, font, color)
            y += size * PT_MM * lead
        return y

    def line(self, x1, y1, x2, y2, wd=0.3, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, wd, color))

    def rect(self, x, y, w, h, wd=0.3, stroke=(0, 0, 0), fill=None):
        self.ops.append(("r", x, y, w, h, wd, stroke, fill))

    def seal(self, cx, cy, r, text, bottom="", color=(214, 30, 36), star=True, code=""):
        self.ops.append(("seal", cx, cy, r, text, bottom, color, star, code))

    def table(self, x, y, cols, rows, rh=8.0, size=9.5, font="song", aligns=None, wd=0.35, heights=None, hand_cols=()):
        """rows: list of lists; None in a cell = merged into the cell on its left."""
        total = sum(cols)
        yy = y
        for ri, row in enumerate(rows):
            h = heights[ri] if heights else rh
            self.line(x, yy, x + total, yy, wd)
            cx = x
            ci = 0
            while ci < len(row):
                span_w = cols[ci]
                cj = ci + 1
                while cj < len(row) and row[cj] is None:
                    span_w += cols[cj]
                    cj += 1
                self.line(cx, yy, cx, yy + h, wd)
                val = row[ci] or ""
                al = aligns[ci] if aligns else "l"
                lines = []
                for part in str(val).split("\n"):
                    lines += wrap(part, span_w - 2.5, size) or [""]
                lh = size * PT_MM * 1.35
                ty = yy + h / 2 - (len(lines) - 1) * lh / 2 + size * PT_MM * 0.36
                for ln in lines:
                    if al == "c":
                        tx = cx + span_w / 2
                    elif al == "r":
                        tx = cx + span_w - 1.5
                    else:
                        tx = cx + 1.5
                    if ci in hand_cols and ri > 0:
                        self.hand(tx, ty, ln, size + 1, align=al)
                    else:
                        self.text(tx, ty, ln, size, font, align=al)
                    ty += lh
                cx += span_w
                ci = cj
            self.line(x + total, yy, x + total, yy + h, wd)
            yy += h
        self.line(x, yy, x + total, yy, wd)
        return yy


# ---------------------------------------------------------------- PDF back end

def _pdf_seal(c, H, op, mode):
    _, cx, cy, r, text, bottom, color, star, code = op
    col = tuple(v / 255 for v in color)
    if mode == "img":
        img = seal_image(r, text, bottom, color, star, code, px_per_mm=8)
        c.drawImage(ImageReader(img), (cx - r - 1) * MM, (H - cy - r - 1) * MM, (2 * r + 2) * MM, (2 * r + 2) * MM, mask="auto")
        return
    c.saveState()
    c.setStrokeColorRGB(*col)
    c.setFillColorRGB(*col)
    c.setLineWidth(0.9 * MM)
    c.circle(cx * MM, (H - cy) * MM, r * MM, stroke=1, fill=0)
    n = len(text)
    size = r * 0.36 / PT_MM
    span = min(250, 22 * n) if n > 1 else 0
    for i, ch in enumerate(text):
        ang = 90 + span / 2 - (span * i / max(1, n - 1))
        a = math.radians(ang)
        rr = r * 0.72
        px, py = cx + rr * math.cos(a), cy - rr * math.sin(a)
        c.saveState()
        c.translate(px * MM, (H - py) * MM)
        c.rotate(ang - 90)
        c.setFont("zh", size)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    if star:
        pts = []
        for k in range(10):
            rad = r * (0.26 if k % 2 == 0 else 0.11)
            a = math.radians(90 + 36 * k)
            pts.append(((cx + rad * math.cos(a)) * MM, (H - cy + rad * math.sin(a)) * MM))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    if bottom:
        c.setFont("zh", size * 0.85)
        c.drawCentredString(cx * MM, (H - cy - r * 0.55) * MM, bottom)
    c.restoreState()


def render_pdf(doc, seal_mode="vec", extra_pages=None):
    """Return PDF bytes. extra_pages: list of (index, PIL image) pages to insert as images (mixed docs)."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(doc.w * MM, doc.h * MM), invariant=1)
    H = doc.h
    for pi, ops in enumerate(doc.pages):
        if extra_pages and pi in extra_pages:
            img = extra_pages[pi]
            b = io.BytesIO()
            img.convert("RGB").save(b, "JPEG", quality=70)
            b.seek(0)
            c.drawImage(ImageReader(b), 0, 0, doc.w * MM, doc.h * MM)
            c.showPage()
            continue
        if doc.bg != (255, 255, 255):
            c.setFillColorRGB(*(v / 255 for v in doc.bg))
            c.rect(0, 0, doc.w * MM, doc.h * MM, stroke=0, fill=1)
        seals = []
        for op in ops:
            k = op[0]
            if k == "t":
                _, x, y, s, size, font, color, align, hand = op
                c.setFillColorRGB(*(v / 255 for v in color))
                c.setFont(PDF_FONT[font], size)
                if align == "c":
                    c.drawCentredString(x * MM, (H - y) * MM, s)
                elif align == "r":
                    c.drawRightString(x * MM, (H - y) * MM, s)
                else:
                    c.drawString(x * MM, (H - y) * MM, s)
            elif k == "l":
                _, x1, y1, x2, y2, wd, color = op
                c.setStrokeColorRGB(*(v / 255 for v in color))
                c.setLineWidth(wd * MM)
                c.line(x1 * MM, (H - y1) * MM, x2 * MM, (H - y2) * MM)
            elif k == "r":
                _, x, y, w, h, wd, stroke, fill = op
                c.setLineWidth(wd * MM)
                if fill:
                    c.setFillColorRGB(*(v / 255 for v in fill))
                if stroke:
                    c.setStrokeColorRGB(*(v / 255 for v in stroke))
                c.rect(x * MM, (H - y - h) * MM, w * MM, h * MM, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif k == "seal":
                seals.append(op)
        for op in seals:
            _pdf_seal(c, H, op, seal_mode)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- raster back end

def seal_image(r, text, bottom, color, star, code, px_per_mm=6, rng=None):
    R = int(r * px_per_mm)
    S = 2 * R + 2 * px_per_mm
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = S / 2
    col = tuple(color) + (235,)
    d.ellipse([c - R, c - R, c + R, c + R], outline=col, width=max(2, int(0.9 * px_per_mm)))
    n = len(text)
    fpx = int(r * 0.36 * px_per_mm * 1.15)
    f = pil_font("song", fpx)
    span = min(250, 22 * n) if n > 1 else 0
    for i, ch in enumerate(text):
        ang = 90 + span / 2 - (span * i / max(1, n - 1))
        a = math.radians(ang)
        rr = R * 0.72
        px, py = c + rr * math.cos(a), c - rr * math.sin(a)
        g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fpx, fpx), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(ang - 90, resample=Image.BICUBIC)
        img.alpha_composite(g, (int(px - fpx), int(py - fpx)))
    if star:
        pts = []
        for k in range(10):
            rad = R * (0.26 if k % 2 == 0 else 0.11)
            a = math.radians(90 + 36 * k)
            pts.append((c + rad * math.cos(a), c - rad * math.sin(a)))
        d.polygon(pts, fill=col)
    if bottom:
        d.text((c, c + R * 0.55), bottom, font=pil_font("song", int(fpx * 0.85)), fill=col, anchor="mm")
    if code:
        d.text((c, c + R * 0.8), code, font=pil_font("hei", int(fpx * 0.45)), fill=col, anchor="mm")
    return img


def render_images(doc, dpi=150, rng=None):
    k = dpi / 25.4
    out = []
    for ops in doc.pages:
        W, Hh = int(doc.w * k), int(doc.h * k)
        img = Image.new("RGB", (W, Hh), doc.bg)
        d = ImageDraw.Draw(img)
        seals = []
        for op in ops:
            t = op[0]
            if t == "t":
                _, x, y, s, size, font, color, align, hand = op
                px = int(size * PT_MM * k * 1.02)
                anchor = {"l": "ls", "c": "ms", "r": "rs"}[align]
                if hand and rng is not None:
                    _hand_text(img, x * k, y * k, s, px, color, align, rng)
                else:
                    d.text((x * k, y * k), s, font=pil_font(font, px), fill=tuple(color), anchor=anchor)
            elif t == "l":
                _, x1, y1, x2, y2, wd, color = op
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=tuple(color), width=max(1, int(wd * k)))
            elif t == "r":
                _, x, y, w, h, wd, stroke, fill = op
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=tuple(stroke) if stroke else None,
                            fill=tuple(fill) if fill else None, width=max(1, int(wd * k)))
            elif t == "seal":
                seals.append(op)
        for op in seals:
            _, cx, cy, r, text, bottom, color, star, code = op
            s = seal_image(r, text, bottom, color, star, code, px_per_mm=max(3, int(k)))
            if rng is not None:
                s = s.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
            # multiply-like blend: the seal darkens what is under it
            base = np.asarray(img).astype(np.float32)
            sx, sy = int(cx * k - s.width / 2), int(cy * k - s.height / 2)
            sa = np.asarray(s).astype(np.float32)
            x0, y0 = max(0, sx), max(0, sy)
            x1, y1 = min(img.width, sx + s.width), min(img.height, sy + s.height)
            if x1 > x0 and y1 > y0:
                patch = sa[y0 - sy:y1 - sy, x0 - sx:x1 - sx]
                a = patch[..., 3:4] / 255.0 * 0.85
                region = base[y0:y1, x0:x1]
                mult = region * (patch[..., :3] / 255.0)
                base[y0:y1, x0:x1] = region * (1 - a) + mult * a
                img = Image.fromarray(base.clip(0, 255).astype(np.uint8))
        out.append(img)
    return out


def _hand_text(img, x, y, s, px, color, align, rng):
    f = pil_font("hand", px)
    widths = [f.getlength(ch) * rng.uniform(0.92, 1.08) for ch in s]
    total = sum(widths)
    if align == "c":
        x -= total / 2
    elif align == "r":
        x -= total
    col = tuple(color) + (255,)
    for ch, w in zip(s, widths):
        g = Image.new("RGBA", (px * 2, px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((px, px), ch, font=f, fill=col, anchor="ms")
        g = g.rotate(rng.uniform(-7, 7), resample=Image.BICUBIC)
        g = g.transform(g.size, Image.AFFINE, (1, rng.uniform(-0.12, 0.12), 0, 0, 1, 0), resample=Image.BICUBIC)
        img.paste(g, (int(x - px + w / 2 - f.getlength(ch) / 2 + f.getlength(ch) / 2), int(y - px + rng.uniform(-px * 0.08, px * 0.08))), g)
        x += w


# ---------------------------------------------------------------- degradations

def degrade_scan(img, rng, gray=False):
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.8, 1.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-8, 8)
    M[1, 2] += rng.uniform(-8, 8)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 1.0))
    # toner unevenness and paper tint
    yy = np.linspace(0, 1, h)[:, None]
    shade = 1 - 0.06 * rng.random() * yy
    a = a * shade[..., None] if a.ndim == 3 else a * shade
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(4, 9), a.shape)
    a = a.clip(0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if gray:
        out = out.convert("L").convert("RGB")
    b = io.BytesIO()
    out.save(b, "JPEG", quality=rng.randint(38, 62))
    b.seek(0)
    return Image.open(b).convert("RGB")


def degrade_photo(img, rng, table=(92, 78, 60)):
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    pad = int(0.08 * max(w, h))
    W, H = w + 2 * pad, h + 2 * pad
    bg = np.zeros((H, W, 3), np.float32)
    bg[:] = table
    bg += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, bg.shape)
    j = lambda s: rng.uniform(-s, s)
    sp = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dp = np.float32([[pad + j(pad * .6), pad + j(pad * .6)], [pad + w + j(pad * .6), pad + j(pad * .6)],
                     [pad + w + j(pad * .5), pad + h + j(pad * .5)], [pad + j(pad * .5), pad + h + j(pad * .5)]])
    M = cv2.getPerspectiveTransform(sp, dp)
    warped = cv2.warpPerspective(src, M, (W, H), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    out = bg * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    # uneven light: a bright spot and a darker corner
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light = 0.78 + 0.3 * np.exp(-(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2) * 3.0)
    out = out * light[..., None]
    out[..., 2] *= rng.uniform(0.9, 1.0)  # warm cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.5))
    out += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(5, 10), out.shape)
    out = out.clip(0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    scale = rng.uniform(0.75, 0.95)
    im = im.resize((int(W * scale), int(H * scale)), Image.BILINEAR)
    b = io.BytesIO()
    im.save(b, "JPEG", quality=rng.randint(45, 70))
    b.seek(0)
    return Image.open(b).convert("RGB")


def images_to_pdf(images, w_mm=210, h_mm=297, quality=60):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w_mm * MM, h_mm * MM), invariant=1)
    for img in images:
        b = io.BytesIO()
        img.convert("RGB").save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w_mm * MM, h_mm * MM)
        c.showPage()
    c.save()
    return buf.getvalue()


def jpeg_bytes(img, quality=80):
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=quality)
    return b.getvalue()


def png_bytes(img):
    b = io.BytesIO()
    img.convert("RGB").save(b, "PNG", optimize=False)
    return b.getvalue()
