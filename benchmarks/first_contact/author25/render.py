"""Page model, text-PDF output (reportlab), image output (PIL) and scan/photo degradation."""
import io
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
HAND = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
MM = 72 / 25.4
PW, PH = 210.0, 297.0
RED = (0.85, 0.1, 0.1)
BLUE = (0.1, 0.2, 0.65)


def width_mm(s, size):
    return pdfmetrics.stringWidth(s, "WQY", size) / MM


class Builder:
    """Flowing layout in mm from top-left. Elements: text, line, rect, seal, hand."""

    def __init__(self, left=22, right=188, top=24, bottom=280):
        self.pages = [[]]
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = top

    @property
    def el(self):
        return self.pages[-1]

    def newpage(self):
        self.pages.append([])
        self.y = self.top

    def need(self, h):
        if self.y + h > self.bottom:
            self.newpage()

    def text(self, x, y, s, size=10.5, color=(0, 0, 0), align="l", font="WQY"):
        self.el.append(("text", x, y, s, size, color, align, font))

    def line(self, x1, y1, x2, y2, w=0.6, color=(0, 0, 0)):
        self.el.append(("line", x1, y1, x2, y2, w, color))

    def seal(self, cx, cy, name, label="", r=19, color=RED):
        self.el.append(("seal", cx, cy, r, name, label, color))

    def hand(self, x, y, s, size=12, color=BLUE):
        self.el.append(("text", x, y, s, size, color, "l", "HAND"))

    def space(self, mm):
        self.y += mm

    def title(self, s, size=18, color=(0, 0, 0)):
        self.need(size * 0.6)
        self.y += size * 0.45
        self.text(PW / 2, self.y, s, size, color, "c")
        self.y += size * 0.25

    def center(self, s, size=11):
        self.y += size * 0.5
        self.text(PW / 2, self.y, s, size, align="c")
        self.y += size * 0.15

    def wrap(self, s, size, width):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if width_mm(cur + ch, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, indent=True, x=None, lead=1.65, color=(0, 0, 0)):
        x = self.left if x is None else x
        if indent:
            s = "　　" + s
        for ln in self.wrap(s, size, self.right - x):
            self.need(size * 0.35 * lead)
            self.y += size * 0.353 * lead
            self.text(x, self.y, ln, size, color)

    def kv(self, label, value, size=10.5, lw=32, x=None):
        x = self.left if x is None else x
        lines = self.wrap(value, size, self.right - x - lw) or [""]
        self.need(size * 0.6)
        self.y += size * 0.353 * 1.7
        self.text(x, self.y, label, size)
        for i, ln in enumerate(lines):
            if i:
                self.y += size * 0.353 * 1.5
            self.text(x + lw, self.y, ln, size)

    def table(self, rows, widths, size=9.5, rowh=8.0, x=None, header_bold=False):
        x = self.left if x is None else x
        total = sum(widths)
        for ri, row in enumerate(rows):
            cells = [self.wrap(str(c), size, w - 2) or [""] for c, w in zip(row, widths)]
            nl = max(len(c) for c in cells)
            h = max(rowh, nl * size * 0.353 * 1.4 + 3)
            if self.y + h > self.bottom:
                self.newpage()
                self.line(x, self.y, x + total, self.y)
            if ri == 0:
                self.line(x, self.y, x + total, self.y)
            cx = x
            for c, w in zip(cells, widths):
                for li, ln in enumerate(c):
                    self.text(cx + 1.2, self.y + 1.5 + (li + 1) * size * 0.353 * 1.3, ln, size)
                self.line(cx, self.y, cx, self.y + h)
                cx += w
            self.line(cx, self.y, cx, self.y + h)
            self.y += h
            self.line(x, self.y, x + total, self.y)


# ---------------- PDF ----------------

def to_pdf(pages, path, font="WQY"):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("")
    for els in pages:
        for e in els:
            draw_pdf(c, e, font)
        c.showPage()
    c.save()


def draw_pdf(c, e, deffont):
    k = e[0]
    if k == "text":
        _, x, y, s, size, color, align, font = e
        f = deffont if font in ("WQY", "HAND") else font
        c.setFillColorRGB(*color)
        c.setFont(f, size)
        X, Y = x * MM, (PH - y) * MM
        if font == "HAND":
            c.saveState()
            c.translate(X, Y)
            c.rotate(2)
            c.drawString(0, 0, s)
            c.restoreState()
        elif align == "c":
            c.drawCentredString(X, Y, s)
        elif align == "r":
            c.drawRightString(X, Y, s)
        else:
            c.drawString(X, Y, s)
    elif k == "line":
        _, x1, y1, x2, y2, w, color = e
        c.setStrokeColorRGB(*color)
        c.setLineWidth(w)
        c.line(x1 * MM, (PH - y1) * MM, x2 * MM, (PH - y2) * MM)
    elif k == "seal":
        _, cx, cy, r, name, label, color = e
        X, Y, R = cx * MM, (PH - cy) * MM, r * MM
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setLineWidth(2.2)
        c.circle(X, Y, R, stroke=1, fill=0)
        n = len(name)
        span = 250.0
        size = min(11.0, R * 2.6 / max(n, 1) * 1.0)
        for i, ch in enumerate(name):
            ang = 90 + span / 2 - span * (i + 0.5) / n
            a = math.radians(ang)
            px, py = X + (R - size * 0.95) * math.cos(a), Y + (R - size * 0.95) * math.sin(a)
            c.saveState()
            c.translate(px, py)
            c.rotate(ang - 90)
            c.setFont(deffont, size)
            c.drawCentredString(0, -size * 0.35, ch)
            c.restoreState()
        c.setFont(deffont, R * 0.55)
        c.drawCentredString(X, Y - R * 0.2, "★")
        if label:
            c.setFont(deffont, size * 0.9)
            c.drawCentredString(X, Y - R * 0.62, label)


# ---------------- image ----------------

_fcache = {}


def _font(path, px):
    key = (path, px)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(path, px)
    return _fcache[key]


def to_image(els, dpi=150):
    sc = dpi / 25.4
    W, H = int(PW * sc), int(PH * sc)
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    for e in els:
        k = e[0]
        if k == "text":
            _, x, y, s, size, color, align, font = e
            px = max(6, int(size * dpi / 72))
            f = _font(HAND if font == "HAND" else FONT, px)
            col = tuple(int(v * 255) for v in color)
            w = d.textlength(s, font=f)
            X = x * sc - (w / 2 if align == "c" else (w if align == "r" else 0))
            d.text((X, y * sc - px * 0.88), s, font=f, fill=col)
        elif k == "line":
            _, x1, y1, x2, y2, w, color = e
            d.line([(x1 * sc, y1 * sc), (x2 * sc, y2 * sc)], fill=tuple(int(v * 255) for v in color),
                   width=max(1, int(w * dpi / 150)))
    for e in els:
        if e[0] == "seal":
            _seal_img(img, e, sc, dpi)
    return img


def _seal_img(img, e, sc, dpi):
    _, cx, cy, r, name, label, color = e
    R = int(r * sc)
    size = 2 * R + 8
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    C = size / 2
    d.ellipse([C - R, C - R, C + R, C + R], outline=255, width=max(2, int(dpi / 50)))
    n = len(name)
    fs_mm = min(11.0, r * MM * 2.6 / max(n, 1)) / MM
    px = max(8, int(fs_mm * sc))
    f = _font(FONT, px)
    span = 250.0
    for i, ch in enumerate(name):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        a = math.radians(ang)
        rr = R - px * 0.95
        gx, gy = C + rr * math.cos(a), C - rr * math.sin(a)
        g = Image.new("L", (px * 2, px * 2), 0)
        ImageDraw.Draw(g).text((px * 0.5, px * 0.4), ch, font=f, fill=255)
        g = g.rotate(ang - 90, resample=Image.BICUBIC)
        layer.paste(255, (int(gx - px), int(gy - px)), g)
    fs = _font(FONT, int(R * 0.55))
    d.text((C, C + R * 0.05), "★", font=fs, fill=255, anchor="mm")
    if label:
        d.text((C, C + R * 0.62), label, font=_font(FONT, int(px * 0.9)), fill=255, anchor="mm")
    col = Image.new("RGB", layer.size, tuple(int(v * 255) for v in color))
    mask = layer.point(lambda v: int(v * 0.82))
    img.paste(col, (int(cx * sc - C), int(cy * sc - C)), mask)


def scan(img, rng):
    a = np.asarray(img).astype(np.float32)
    bg = rng.uniform(215, 240)
    a = a * (bg / 255.0)
    a += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, rng.uniform(3, 9), a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=False, fillcolor=(int(bg),) * 3)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    if rng.random() < 0.5:
        im = im.convert("L").convert("RGB")
    return im


def photo(img, rng):
    import cv2
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    # uneven light + shadow
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    g = 0.75 + 0.25 * (xx / w) * rng.uniform(0.5, 1.0) + 0.1 * (yy / h)
    sx = rng.uniform(0.2, 0.8) * w
    g = g * np.where(xx < sx, rng.uniform(0.72, 0.9), 1.0)
    a = a * g[..., None] * np.array([1.0, 0.97, 0.9])
    a = np.clip(a, 0, 255).astype(np.uint8)
    pad = int(0.08 * w)
    canvas_ = np.full((h + 2 * pad, w + 2 * pad, 3), (70, 60, 50), np.uint8)
    canvas_[pad:pad + h, pad:pad + w] = a
    H2, W2 = canvas_.shape[:2]
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda: rng.uniform(-0.045, 0.045) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(canvas_, M, (W2, H2), borderValue=(70, 60, 50))
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.4, 1.0))
    im = Image.fromarray(out)
    if rng.random() < 0.4:
        im = im.resize((int(W2 * 0.8), int(H2 * 0.8)), Image.BILINEAR)
    return im


def save_images(pages, path, mode, fmt, rng):
    dpi = rng.choice([150, 170, 200]) if mode == "scan" else rng.choice([150, 180])
    ims = []
    for els in pages:
        im = to_image(els, dpi)
        im = scan(im, rng) if mode == "scan" else photo(im, rng)
        ims.append(im)
    if fmt == "pdf":
        buf = []
        for im in ims:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=78)
            buf.append(Image.open(io.BytesIO(b.getvalue())))
        import datetime
        import time
        fixed = time.gmtime(1704067200)
        buf[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=buf[1:], creationDate=fixed, modDate=fixed, producer="scanner")
    elif fmt == "jpg":
        ims[0].save(path, "JPEG", quality=80 if mode == "photo" else 82)
    elif fmt == "png":
        ims[0].convert("L").filter(ImageFilter.MedianFilter(3)).point(lambda v: (v // 32) * 36 if v < 224 else 255).save(path, "PNG", optimize=True)
    elif fmt == "tif":
        ims[0].convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(path, "TIFF", compression="group4", dpi=(dpi, dpi))
    return dpi


def save_corrupt(pages, path):
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    for els in pages:
        for e in els:
            draw_pdf(c, e, "WQY")
        c.showPage()
    c.save()
    data = b.getvalue()
    with open(path, "wb") as f:
        f.write(data[: len(data) // 3])
