"""Page model (pt, top-left origin) with two back-ends: reportlab text PDF and PIL raster,
plus scan / phone-photo degradation."""
import io
import math
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
A4 = (595.0, 842.0)


class Page:
    def __init__(self, w=A4[0], h=A4[1]):
        self.w, self.h = w, h
        self.ops = []
        self.y = 60.0

    # primitives
    def text(self, x, y, s, size=10.5, color=(0, 0, 0), hand=False, align="l", font="wqy"):
        self.ops.append(("text", x, y, s, size, color, hand, align, font))

    def line(self, x1, y1, x2, y2, w=0.7, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.7, fill=None, color=(0, 0, 0)):
        self.ops.append(("rect", x, y, w, h, lw, fill, color))

    def seal(self, cx, cy, name, bottom="", r=42, oval=False):
        self.ops.append(("seal", cx, cy, name, bottom, r))

    # flow helpers
    def title(self, s, size=17, gap=30):
        self.text(self.w / 2, self.y, s, size=size, align="c")
        self.y += gap

    def para(self, s, size=10.5, x=60, width=None, lead=1.65, indent=True, color=(0, 0, 0), hand=False):
        width = width or (self.w - x - 60)
        per = max(8, int(width / size))
        s = ("　　" if indent else "") + s
        lines = []
        cur = ""
        for ch in s:
            w = 1 if ord(ch) > 255 else 0.55
            if sum(1 if ord(c) > 255 else 0.55 for c in cur) + w > per:
                lines.append(cur)
                cur = ""
            cur += ch
        if cur:
            lines.append(cur)
        for ln in lines:
            self.text(x, self.y, ln, size=size, color=color, hand=hand)
            self.y += size * lead
        self.y += 3

    def kv(self, pairs, x=60, lw=95, size=10.5, lead=1.9):
        for k, v in pairs:
            self.text(x, self.y, k, size=size)
            self.text(x + lw, self.y, v, size=size)
            self.y += size * lead

    def table(self, cols, rows, x=50, widths=None, rh=22, size=9.5, head=True):
        widths = widths or [(self.w - 2 * x) / len(cols)] * len(cols)
        allrows = ([cols] if head else []) + rows
        y0 = self.y
        tw = sum(widths)
        for i, r in enumerate(allrows):
            yy = y0 + i * rh
            self.line(x, yy, x + tw, yy)
            cx = x
            for j, c in enumerate(r):
                if c is not None and c != "":
                    self.text(cx + 4, yy + rh / 2 - size / 2 - 1, str(c), size=size)
                cx += widths[j]
        yend = y0 + len(allrows) * rh
        self.line(x, yend, x + tw, yend)
        cx = x
        for w in widths + [0]:
            self.line(cx, y0, cx, yend)
            cx += w
        self.y = yend + 14


def spaced(s, sp="　"):
    return sp.join(s)


# ---------------- reportlab back-end ----------------
_RL = {}


def _rl_fonts():
    if _RL:
        return _RL
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(TTFont("wqy", FONT_PATH, subfontIndex=0))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    _RL["ok"] = True
    return _RL


def to_pdf(pages, path):
    _rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    for pg in pages:
        H = pg.h
        c.setPageSize((pg.w, pg.h))
        for op in pg.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, color, hand, align, font = op
                fn = "STSong-Light" if font == "song" else "wqy"
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(fn, size)
                yy = H - y - size * 0.85
                if align == "c":
                    c.drawCentredString(x, yy, s)
                elif align == "r":
                    c.drawRightString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
            elif k == "line":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w)
                c.line(x1, H - y1, x2, H - y2)
            elif k == "rect":
                _, x, y, w, h, lw, fill, color = op
                c.setLineWidth(lw)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(x, H - y - h, w, h, stroke=1, fill=1 if fill else 0)
            elif k == "seal":
                _, cx, cy, name, bottom, r = op
                red = (0.85, 0.1, 0.1)
                c.saveState()
                c.setStrokeColorRGB(*red)
                c.setFillColorRGB(*red)
                c.setLineWidth(2)
                c.circle(cx, H - cy, r, stroke=1, fill=0)
                n = len(name)
                span = min(260.0, 22.0 * n)
                fs = min(11, r * 0.27)
                c.setFont("wqy", fs)
                for i, ch in enumerate(name):
                    ang = 90 + span / 2 - (span * (i + 0.5) / n)
                    a = math.radians(ang)
                    px = cx + (r - fs * 0.9) * math.cos(a)
                    py = H - cy + (r - fs * 0.9) * math.sin(a)
                    c.saveState()
                    c.translate(px, py)
                    c.rotate(ang - 90)
                    c.drawCentredString(0, -fs * 0.35, ch)
                    c.restoreState()
                # star
                p = c.beginPath()
                for i in range(10):
                    rr = r * 0.28 if i % 2 == 0 else r * 0.11
                    a = math.radians(90 + i * 36)
                    xx, yy = cx + rr * math.cos(a), H - cy + rr * math.sin(a)
                    p.moveTo(xx, yy) if i == 0 else p.lineTo(xx, yy)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
                if bottom:
                    c.setFont("wqy", fs * 0.95)
                    c.drawCentredString(cx, H - cy - r * 0.55, bottom)
                c.restoreState()
        c.showPage()
    c.save()


# ---------------- PIL back-end ----------------
_FC = {}


def _font(px):
    px = max(6, int(px))
    if px not in _FC:
        _FC[px] = ImageFont.truetype(FONT_PATH, px)
    return _FC[px]


def to_image(pg, dpi=170, rng=None):
    rng = rng or random.Random(0)
    s = dpi / 72.0
    W, H = int(pg.w * s), int(pg.h * s)
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    seals = []
    for op in pg.ops:
        k = op[0]
        if k == "text":
            _, x, y, txt, size, color, hand, align, font = op
            f = _font(size * s)
            tw = d.textlength(txt, font=f)
            xx = x * s - (tw / 2 if align == "c" else tw if align == "r" else 0)
            if hand:
                # handwriting: blue-ish ink, per-char jitter
                cx = xx
                for ch in txt:
                    d.text((cx + rng.uniform(-1, 1) * s, y * s + rng.uniform(-1.5, 1.5) * s), ch, font=f, fill=color)
                    cx += d.textlength(ch, font=f) * rng.uniform(0.95, 1.12)
            else:
                d.text((xx, y * s), txt, font=f, fill=color)
        elif k == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=max(1, int(w * s)))
        elif k == "rect":
            _, x, y, w, h, lw, fill, color = op
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], outline=color, fill=fill, width=max(1, int(lw * s)))
        elif k == "seal":
            seals.append(op)
    for op in seals:
        _, cx, cy, name, bottom, r = op
        R = int(r * s)
        size = 2 * R + 8
        lay = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        ld = ImageDraw.Draw(lay)
        col = (210, 30, 35, 200)
        ld.ellipse([4, 4, size - 4, size - 4], outline=col, width=max(2, int(2 * s)))
        n = len(name)
        span = min(260.0, 22.0 * n)
        fs = int(min(11, r * 0.27) * s)
        f = _font(fs)
        for i, ch in enumerate(name):
            ang = 90 + span / 2 - (span * (i + 0.5) / n)
            a = math.radians(ang)
            px = size / 2 + (R - fs * 0.9) * math.cos(a)
            py = size / 2 - (R - fs * 0.9) * math.sin(a)
            g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((fs * 0.5, fs * 0.4), ch, font=f, fill=col)
            g = g.rotate(ang - 90, resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(px - fs), int(py - fs)))
        pts = []
        for i in range(10):
            rr = R * 0.28 if i % 2 == 0 else R * 0.11
            a = math.radians(90 + i * 36)
            pts.append((size / 2 + rr * math.cos(a), size / 2 - rr * math.sin(a)))
        ld.polygon(pts, fill=col)
        if bottom:
            fb = _font(fs * 0.95)
            tw = ld.textlength(bottom, font=fb)
            ld.text((size / 2 - tw / 2, size / 2 + R * 0.45), bottom, font=fb, fill=col)
        lay = lay.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
        base = im.convert("RGBA")
        base.alpha_composite(lay, (int(cx * s - size / 2), int(cy * s - size / 2)))
        im = base.convert("RGB")
        d = ImageDraw.Draw(im)
    return im


def scanify(im, rng):
    a = np.asarray(im).astype(np.float32)
    grey = rng.uniform(218, 240)
    a = a * (grey / 255.0) + rng.uniform(0, 6)
    a += np.random.RandomState(rng.randint(0, 10 ** 6)).normal(0, rng.uniform(3, 8), a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=(int(grey),) * 3)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if rng.random() < 0.5:
        im = im.convert("L").convert("RGB")
    return im


def photoify(im, rng):
    import cv2
    a = np.asarray(im)
    h, w = a.shape[:2]
    m = 0.05
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[rng.uniform(0, m) * w, rng.uniform(0, m) * h],
                      [w - rng.uniform(0, m) * w, rng.uniform(0, m) * h],
                      [w - rng.uniform(0, m) * w, h - rng.uniform(0, m) * h],
                      [rng.uniform(0, m) * w, h - rng.uniform(0, m) * h]])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = (rng.randint(90, 140), rng.randint(80, 120), rng.randint(60, 100))
    a = cv2.warpPerspective(a, M, (w, h), borderValue=bg).astype(np.float32)
    # uneven light + shadow
    yy, xx = np.mgrid[0:h, 0:w]
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.82 + 0.18 * ((xx / w - 0.5) * gx + (yy / h - 0.5) * gy + 0.5)
    if rng.random() < 0.6:
        sx = rng.uniform(0.3, 0.8) * w
        light = light * np.where(xx > sx, rng.uniform(0.7, 0.85), 1.0)
    a = a * light[..., None]
    a = a * np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.95)])
    a += np.random.RandomState(rng.randint(0, 10 ** 6)).normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
    return im


def save_images(ims, path, ext, quality=80, dpi=170):
    if ext == "pdf":
        ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=dpi)
    elif ext == "tif":
        ims = [i.convert("L") for i in ims]
        ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression="jpeg", quality=70, dpi=(dpi, dpi))
    elif ext == "png":
        ims[0].convert("L").quantize(24).save(path, "PNG", optimize=True, dpi=(dpi, dpi))
    else:
        ims[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi))


def render(pages, path, rendering, ext, rng):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if rendering == "text":
        to_pdf(pages, path)
    elif rendering == "scan":
        dpi = rng.choice([150, 170, 200])
        ims = [scanify(to_image(p, dpi, rng), rng) for p in pages]
        ims = [_jpeg_cycle(i, rng.randint(60, 85)) for i in ims]
        save_images(ims, path, ext, dpi=dpi)
    elif rendering == "photo":
        dpi = rng.choice([120, 140, 160])
        ims = [photoify(to_image(p, dpi, rng), rng) for p in pages]
        save_images(ims, path, ext, quality=78, dpi=dpi)
    elif rendering == "corrupt":
        to_pdf(pages, path)
        data = open(path, "rb").read()
        open(path, "wb").write(data[: len(data) // 3])


def _jpeg_cycle(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q)
    b.seek(0)
    return Image.open(b).convert("RGB")
