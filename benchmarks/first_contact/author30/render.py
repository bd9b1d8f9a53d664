"""Layout (pages of drawing ops, mm units) and rendering: text PDF (reportlab) or degraded images."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
try:
    import cv2
except Exception:  # pragma: no cover
    cv2 = None

RED = (0.82, 0.1, 0.1)
_FONT_CACHE = {}


def char_w(ch, size):
    return size * (0.55 if ord(ch) < 0x2E80 else 1.0)


def text_w(s, size):
    return sum(char_w(c, size) for c in s)


class Page:
    def __init__(self, w=210, h=297):
        self.w, self.h, self.ops = w, h, []

    def text(self, x, y, s, size=3.6, color=(0, 0, 0), font=None):
        self.ops.append(("text", x, y, s, size, color, font))

    def line(self, x1, y1, x2, y2, width=0.25, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, width=0.25, fill=None):
        self.ops.append(("rect", x, y, w, h, width, fill))

    def seal(self, cx, cy, ring, center="", r=20, star=True, oval=False):
        self.ops.append(("seal", cx, cy, r, ring, center, star, oval))

    def hand(self, x, y, s, size=4.5):
        self.ops.append(("text", x, y, s, size, (0.1, 0.15, 0.45), "hand"))


class Flow:
    """Simple top-to-bottom flow layout on A4 pages (mm)."""

    def __init__(self, margin=22, font=None, size=3.7, w=210, h=297):
        self.pages, self.margin, self.font, self.size = [], margin, font, size
        self.pw, self.ph = w, h
        self.new_page()

    def new_page(self):
        self.page = Page(self.pw, self.ph)
        self.pages.append(self.page)
        self.y = self.margin

    @property
    def width(self):
        return self.pw - 2 * self.margin

    def need(self, h):
        if self.y + h > self.ph - self.margin:
            self.new_page()

    def gap(self, h=3):
        self.y += h

    def title(self, s, size=6.5, color=(0, 0, 0)):
        self.need(size * 2)
        w = text_w(s, size)
        self.page.text((self.pw - w) / 2, self.y + size, s, size, color, self.font)
        self.y += size * 1.9

    def center(self, s, size=None):
        size = size or self.size
        self.need(size * 2)
        self.page.text((self.pw - text_w(s, size)) / 2, self.y + size, s, size, (0, 0, 0), self.font)
        self.y += size * 1.7

    def right(self, s, size=None):
        size = size or self.size
        self.need(size * 2)
        self.page.text(self.pw - self.margin - text_w(s, size), self.y + size, s, size, (0, 0, 0), self.font)
        self.y += size * 1.7

    def wrap(self, s, width, size):
        lines, cur, cw = [], "", 0
        for ch in s:
            w = char_w(ch, size)
            if cw + w > width and cur:
                lines.append(cur)
                cur, cw = "", 0
            cur += ch
            cw += w
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=None, indent=True, x=None, lead=1.75):
        size = size or self.size
        x0 = self.margin if x is None else x
        if indent:
            s = "　　" + s
        for ln in self.wrap(s, self.pw - self.margin - x0, size):
            self.need(size * lead)
            self.page.text(x0, self.y + size, ln, size, (0, 0, 0), self.font)
            self.y += size * lead

    def kv(self, pairs, size=None, label_w=32, x=None):
        size = size or self.size
        x0 = self.margin if x is None else x
        for k, v in pairs:
            lines = self.wrap(v, self.pw - self.margin - x0 - label_w, size) or [""]
            self.need(size * 1.8 * len(lines))
            self.page.text(x0, self.y + size, k, size, (0, 0, 0), self.font)
            for ln in lines:
                self.page.text(x0 + label_w, self.y + size, ln, size, (0, 0, 0), self.font)
                self.y += size * 1.8

    def table(self, rows, cols, size=None, header=True, pad=1.6):
        """rows: list of lists of str; cols: widths in mm (sum <= width)."""
        size = size or self.size
        x0 = self.margin
        for ri, row in enumerate(rows):
            cells = [self.wrap(str(c), w - 2 * pad, size) or [""] for c, w in zip(row, cols)]
            nl = max(len(c) for c in cells)
            h = nl * size * 1.5 + 2 * pad
            self.need(h)
            x = x0
            for c, w in zip(cells, cols):
                self.page.rect(x, self.y, w, h, 0.25, (0.92, 0.92, 0.92) if header and ri == 0 else None)
                for li, ln in enumerate(c):
                    self.page.text(x + pad, self.y + pad + size * (li * 1.5 + 1.05), ln, size, (0, 0, 0), self.font)
                x += w
            self.y += h
        self.y += 2

    def hr(self, width=0.5, color=(0, 0, 0)):
        self.page.line(self.margin, self.y, self.pw - self.margin, self.y, width, color)
        self.y += 2


# ---------------------------------------------------------------- PDF backend

def to_pdf(pages, path, cid=False):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4), invariant=1)
    mm = 72 / 25.4
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        H = pg.h
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, color, font = op
                fname = "STSong-Light" if (cid and font != "hand") else "WQY"
                c.setFillColorRGB(*color)
                c.setFont(fname, size * mm * 1.0)
                c.drawString(x * mm, (H - y) * mm, s)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(w * mm)
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif op[0] == "rect":
                _, x, y, w, h, lw, fill = op
                c.setStrokeColorRGB(0, 0, 0)
                c.setLineWidth(lw * mm)
                if fill:
                    c.setFillColorRGB(*fill)
                c.rect(x * mm, (H - y - h) * mm, w * mm, h * mm, stroke=1, fill=1 if fill else 0)
            elif op[0] == "seal":
                _, cx, cy, r, ring, center, star, oval = op
                c.saveState()
                c.setStrokeColorRGB(*RED)
                c.setFillColorRGB(*RED)
                c.setLineWidth(0.9 * mm)
                if oval:
                    c.ellipse((cx - r * 1.3) * mm, (H - cy - r * .85) * mm, (cx + r * 1.3) * mm, (H - cy + r * .85) * mm)
                else:
                    c.circle(cx * mm, (H - cy) * mm, r * mm)
                n = len(ring)
                span = min(250, 20 * n) if not oval else 0
                fs = r * 0.26
                if not oval:
                    for i, ch in enumerate(ring):
                        a = math.radians(90 + span / 2 - (span / max(n - 1, 1)) * i)
                        px, py = cx + math.cos(a) * r * 0.74, (H - cy) + math.sin(a) * r * 0.74
                        c.saveState()
                        c.translate(px * mm, py * mm)
                        c.rotate(math.degrees(a) - 90)
                        c.setFont("WQY", fs * mm)
                        c.drawCentredString(0, 0, ch)
                        c.restoreState()
                else:
                    c.setFont("WQY", fs * 0.9 * mm)
                    c.drawCentredString(cx * mm, (H - cy + r * .3) * mm, ring)
                if star:
                    c.setFont("WQY", r * 0.55 * mm)
                    c.drawCentredString(cx * mm, (H - cy - r * 0.18) * mm, "★")
                if center:
                    c.setFont("WQY", fs * 0.95 * mm)
                    c.drawCentredString(cx * mm, (H - cy - r * 0.62) * mm, center)
                c.restoreState()
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- raster backend

def _font(px):
    px = max(6, int(px))
    if px not in _FONT_CACHE:
        _FONT_CACHE[px] = ImageFont.truetype(WQY, px)
    return _FONT_CACHE[px]


def raster(pg, dpi=170):
    k = dpi / 25.4
    W, H = int(pg.w * k), int(pg.h * k)
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    seals = []
    for op in pg.ops:
        if op[0] == "text":
            _, x, y, s, size, color, font = op
            col = tuple(int(v * 255) for v in color)
            fnt = _font(size * k)
            d.text((x * k, y * k), s, font=fnt, fill=col, anchor="ls")
        elif op[0] == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=tuple(int(v * 255) for v in color), width=max(1, int(w * k)))
        elif op[0] == "rect":
            _, x, y, w, h, lw, fill = op
            d.rectangle((x * k, y * k, (x + w) * k, (y + h) * k), outline=(0, 0, 0), width=max(1, int(lw * k)),
                        fill=tuple(int(v * 255) for v in fill) if fill else None)
        elif op[0] == "seal":
            seals.append(op)
    for op in seals:
        _, cx, cy, r, ring, center, star, oval = op
        R = int(r * k)
        S = 2 * R + 8
        lay = Image.new("L", (S, S), 0)
        ld = ImageDraw.Draw(lay)
        o = S // 2
        if oval:
            lay = Image.new("L", (int(S * 1.4), S), 0)
            ld = ImageDraw.Draw(lay)
            ox = lay.size[0] // 2
            ld.ellipse((ox - R * 1.3, o - R * .85, ox + R * 1.3, o + R * .85), outline=255, width=max(2, int(0.9 * k)))
            ld.text((ox, o - R * .25), ring, font=_font(R * 0.24), fill=255, anchor="mm")
            if center:
                ld.text((ox, o + R * .45), center, font=_font(R * 0.22), fill=255, anchor="mm")
            o2 = ox
        else:
            o2 = o
            ld.ellipse((o - R, o - R, o + R, o + R), outline=255, width=max(2, int(0.9 * k)))
            n = len(ring)
            span = min(250, 20 * n)
            fs = R * 0.26
            for i, ch in enumerate(ring):
                a = math.radians(90 + span / 2 - (span / max(n - 1, 1)) * i)
                g = Image.new("L", (int(fs * 2), int(fs * 2)), 0)
                ImageDraw.Draw(g).text((fs, fs), ch, font=_font(fs), fill=255, anchor="mm")
                g = g.rotate(math.degrees(a) - 90, resample=Image.BICUBIC)
                px, py = o + math.cos(a) * R * 0.74, o - math.sin(a) * R * 0.74
                lay.paste(255, (int(px - fs), int(py - fs)), g)
            if star:
                ld.text((o, o + R * 0.05), "★", font=_font(R * 0.55), fill=255, anchor="mm")
            if center:
                ld.text((o, o + R * 0.62), center, font=_font(R * 0.25), fill=255, anchor="mm")
        arr = np.asarray(img).astype(np.float32)
        a = np.asarray(lay).astype(np.float32) / 255 * 0.78
        x0, y0 = int(cx * k - o2), int(cy * k - o)
        h, w = a.shape
        xs, ys = max(0, x0), max(0, y0)
        xe, ye = min(arr.shape[1], x0 + w), min(arr.shape[0], y0 + h)
        if xe > xs and ye > ys:
            sub = a[ys - y0:ye - y0, xs - x0:xe - x0][..., None]
            red = np.array([205, 30, 35], np.float32)
            region = arr[ys:ye, xs:xe]
            arr[ys:ye, xs:xe] = region * (1 - sub) + np.minimum(region, red) * sub
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        d = ImageDraw.Draw(img)
    return img


def degrade_scan(img, rng):
    ang = rng.uniform(-1.6, 1.6)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 245))
    arr = np.asarray(img).astype(np.float32)
    grey = rng.uniform(225, 245)
    arr = arr * (grey / 255.0) + rng.uniform(0, 6)
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    arr += nrng.normal(0, rng.uniform(3, 8), arr.shape[:2])[..., None]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if rng.random() < .5:
        img = img.convert("L").convert("RGB")
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))


def degrade_photo(img, rng):
    w, h = img.size
    arr = np.asarray(img).astype(np.float32)
    # uneven light / shadow
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.80 + 0.18 * ((xx / w - .5) * gx + (yy / h - .5) * gy + .5)
    if rng.random() < .6:
        sx = rng.uniform(.2, .8) * w
        light *= np.where(xx > sx, rng.uniform(.72, .86), 1.0)
    arr = arr * light[..., None] * np.array([1.0, 0.97, 0.9])
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if cv2 is not None:
        bw, bh = int(w * 1.12), int(h * 1.08)
        canvas_ = Image.new("RGB", (bw, bh), (int(rng.uniform(60, 110)),) * 3)
        canvas_.paste(img, ((bw - w) // 2, (bh - h) // 2))
        a = np.asarray(canvas_)
        ox, oy = (bw - w) // 2, (bh - h) // 2
        src = np.float32([[ox, oy], [ox + w, oy], [ox + w, oy + h], [ox, oy + h]])
        j = lambda s: rng.uniform(-s, s)
        dst = np.float32([[ox + j(.04) * w, oy + j(.03) * h], [ox + w + j(.04) * w, oy + j(.03) * h],
                          [ox + w + j(.02) * w, oy + h + j(.02) * h], [ox + j(.02) * w, oy + h + j(.02) * h]])
        M = cv2.getPerspectiveTransform(src, dst)
        a = cv2.warpPerspective(a, M, (bw, bh), borderValue=(70, 70, 70))
        img = Image.fromarray(a)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
    scale = rng.uniform(0.7, 1.0)
    img = img.resize((int(img.size[0] * scale), int(img.size[1] * scale)), Image.BILINEAR)
    return img


def save_image(pages, path, mode, rng, fmt):
    dpi = rng.choice([150, 170, 200]) if mode == "scan" else rng.choice([150, 170])
    imgs = []
    for pg in pages:
        im = raster(pg, dpi)
        im = degrade_scan(im, rng) if mode == "scan" else degrade_photo(im, rng)
        imgs.append(im)
    if fmt == "pdf":
        # JPEG-compress each page, then wrap as PDF of images
        comp = []
        for im in imgs:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=rng.randint(55, 75))
            comp.append(Image.open(io.BytesIO(b.getvalue())).convert("RGB"))
        import time as _t
        fixed = _t.gmtime(1705309200)
        comp[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=comp[1:],
                     creationDate=fixed, modDate=fixed, producer="scanner")
    elif fmt == "jpg":
        imgs[0].save(path, "JPEG", quality=rng.randint(70, 82))
    elif fmt == "png":
        b = io.BytesIO()
        imgs[0].save(b, "JPEG", quality=70)
        g = Image.open(io.BytesIO(b.getvalue())).convert("L").filter(ImageFilter.MedianFilter(3))
        g.quantize(16).save(path, "PNG", optimize=True)
    elif fmt == "tif":
        g = imgs[0].convert("L").filter(ImageFilter.MedianFilter(3))
        g.point(lambda v: 255 if v > 150 else 0).convert("1").save(path, "TIFF", compression="group4", dpi=(dpi, dpi))
    return dpi
