"""Layout primitives (mm on A4) rendered either as a text-layer PDF (reportlab) or as an image
(PIL) that is then degraded like a scan or a phone photo."""
import io, math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.utils import ImageReader

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
_FONTS = {}


def pil_font(px):
    if px not in _FONTS:
        _FONTS[px] = ImageFont.truetype(WQY, px)
    return _FONTS[px]


def _w(s):
    """width of a string in em (CJK = 1, ASCII ~ 0.55)"""
    return sum(0.55 if ord(ch) < 128 else 1.0 for ch in s)


class Page:
    def __init__(self, landscape=False):
        self.w, self.h = (297, 210) if landscape else (210, 297)
        self.ops = []
        self.y = 22

    def text(self, s, size=10.5, x=20, color=(0, 0, 0), adv=None, ink=None):
        self.ops.append(("t", x, self.y, size, s, ink or color))
        self.y += adv if adv is not None else size * 0.55 + 2.2

    def at(self, x, y, s, size=10.5, color=(0, 0, 0)):
        self.ops.append(("t", x, y, size, s, color))

    def center(self, s, size=16, color=(0, 0, 0)):
        wmm = len(s) * size * 0.3528
        self.text(s, size, x=max(5, (self.w - wmm) / 2), color=color)

    def para(self, s, size=10.5, x=20, width=None, indent=True):
        width = width or (self.w - x - 20)
        per = max(8, int(width / (size * 0.3528)))
        s = ("\u3000\u3000" if indent else "") + s
        i = 0
        while i < len(s):
            chunk = s[i:i + per]
            self.text(chunk, size, x)
            i += per

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), w=0.3):
        self.ops.append(("l", x1, y1, x2, y2, color, w))

    def hr(self):
        self.line(20, self.y - 2, self.w - 20, self.y - 2)
        self.y += 2

    def table(self, rows, widths, size=9, x=20, rowh=None, header_bold=False):
        rowh = rowh or size * 0.3528 * 2.0 + 1
        y0 = self.y
        tw = sum(widths)
        for r, row in enumerate(rows):
            yy = y0 + r * rowh
            self.line(x, yy, x + tw, yy)
            cx = x
            for c, cell in enumerate(row):
                txt = str(cell) if cell is not None else ""
                room = (widths[c] - 2) / (size * 0.3528)
                if _w(txt) > room and _w(txt) <= 2.4 * room:
                    k = 0
                    while k < len(txt) and _w(txt[:k + 1]) <= room * 1.2:
                        k += 1
                    self.ops.append(("t", cx + 1, yy + rowh * 0.2, size * 0.8, txt[:k], (0, 0, 0)))
                    self.ops.append(("t", cx + 1, yy + rowh * 0.6, size * 0.8, txt[k:], (0, 0, 0)))
                elif _w(txt) > room:
                    self.ops.append(("t", cx + 1, yy + rowh * 0.32, size * room / _w(txt), txt, (0, 0, 0)))
                else:
                    self.ops.append(("t", cx + 1, yy + rowh * 0.32, size, txt, (0, 0, 0)))
                cx += widths[c]
        yb = y0 + len(rows) * rowh
        self.line(x, yb, x + tw, yb)
        cx = x
        for wd in widths + [0]:
            self.line(cx, y0, cx, yb)
            cx += wd
        self.y = yb + 5

    def seal(self, name, x, y, r=19, kind="公章"):
        self.ops.append(("seal", x, y, r, name, kind))

    def tick(self, x, y):
        self.ops.append(("l", x, y, x + 1.3, y + 1.5, (0, 0, 0), 0.5))
        self.ops.append(("l", x + 1.3, y + 1.5, x + 3.5, y - 1.8, (0, 0, 0), 0.5))

    def box(self, x, y, s=3.2):
        self.line(x, y - s + 0.6, x + s, y - s + 0.6)
        self.line(x, y + 0.6, x + s, y + 0.6)
        self.line(x, y - s + 0.6, x, y + 0.6)
        self.line(x + s, y - s + 0.6, x + s, y + 0.6)


def _seal_chars(name, kind, x, y, r):
    """Return list of (char, cx, cy, angle_deg, size_mm) for ring text + star + bottom text."""
    out = []
    n = len(name)
    span = min(250, 22 * n)
    start = 90 + span / 2
    size = min(5.0, r * 0.28)
    for i, ch in enumerate(name):
        a = math.radians(start - span * (i + 0.5) / n)
        cr = r - size * 0.9
        out.append((ch, x + cr * math.cos(a), y - cr * math.sin(a), math.degrees(a) - 90, size))
    out.append(("★", x, y, 0, r * 0.55))
    out.append((kind, x, y + r * 0.45, 0, size * 0.9))
    return out


def to_pdf(pages, path, font="WQY"):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    for pg in pages:
        W, H = pg.w * 72 / 25.4, pg.h * 72 / 25.4
        c.setPageSize((W, H))
        if getattr(pg, "image", None) is not None:
            c.drawImage(ImageReader(pg.image), 0, 0, W, H)
            c.showPage()
            continue
        k = 72 / 25.4
        for op in pg.ops:
            if op[0] == "t":
                _, x, y, size, s, color = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(font, size)
                c.drawString(x * k, H - y * k - size * 0.35, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, color, w = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * k)
                c.line(x1 * k, H - y1 * k, x2 * k, H - y2 * k)
            elif op[0] == "seal":
                _, x, y, r, name, kind = op
                c.setStrokeColorRGB(0.85, 0.1, 0.1)
                c.setFillColorRGB(0.85, 0.1, 0.1)
                c.setLineWidth(1.2 * k * 0.6)
                c.circle(x * k, H - y * k, r * k, stroke=1, fill=0)
                for ch, cx, cy, ang, sz in _seal_chars(name, kind, x, y, r):
                    c.saveState()
                    c.translate(cx * k, H - cy * k)
                    c.rotate(-ang)
                    c.setFont(font, sz * 2.835)
                    wch = pdfmetrics.stringWidth(ch, font, sz * 2.835)
                    c.drawString(-wch / 2, -sz * 2.835 * 0.35, ch)
                    c.restoreState()
        c.showPage()
    c.save()
    open(path, "wb").write(buf.getvalue())


def to_image(pg, dpi=150, hand=False):
    s = dpi / 25.4
    im = Image.new("RGB", (int(pg.w * s), int(pg.h * s)), (255, 255, 255))
    d = ImageDraw.Draw(im)
    seals = []
    for op in pg.ops:
        if op[0] == "t":
            _, x, y, size, txt, color = op
            px = max(6, int(size * 0.3528 * s))
            d.text((x * s, y * s - px * 0.5), txt, fill=color, font=pil_font(px))
        elif op[0] == "l":
            _, x1, y1, x2, y2, color, w = op
            d.line((x1 * s, y1 * s, x2 * s, y2 * s), fill=color, width=max(1, int(w * s)))
        elif op[0] == "seal":
            seals.append(op)
    for _, x, y, r, name, kind in seals:
        lay = Image.new("RGBA", im.size, (0, 0, 0, 0))
        ld = ImageDraw.Draw(lay)
        col = (210, 30, 30, 170)
        ld.ellipse(((x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s), outline=col, width=max(2, int(0.9 * s)))
        for ch, cx, cy, ang, sz in _seal_chars(name, kind, x, y, r):
            px = max(6, int(sz * s))
            g = Image.new("RGBA", (px * 2, px * 2), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((px * 0.5, px * 0.5), ch, fill=col, font=pil_font(px))
            g = g.rotate(-ang, resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(cx * s - px), int(cy * s - px)))
        im = Image.alpha_composite(im.convert("RGBA"), lay).convert("RGB")
    return im


def scan(im, rng):
    ang = rng.uniform(-1.6, 1.6)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    a = np.asarray(im).astype(np.float32)
    grey = rng.uniform(225, 245)
    a = a * (grey / 255.0) + rng.uniform(2, 8)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(3, 7), a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return im


def photo(im, rng):
    w, h = im.size
    pad = int(w * 0.06)
    bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (rng.randrange(90, 140),) * 3)
    bg.paste(im, (pad, pad))
    W, H = bg.size
    j = lambda: rng.uniform(0, 0.05) * W
    src = [(j(), j()), (W - j(), j()), (W - j(), H - j()), (j(), H - j())]
    import cv2
    M = cv2.getPerspectiveTransform(np.float32(src), np.float32([(0, 0), (W, 0), (W, H), (0, H)]))
    a = cv2.warpPerspective(np.asarray(bg), M, (W, H), borderValue=(100, 100, 100))
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.0 - 0.35 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    sx = rng.uniform(0.3, 0.8) * W
    light = light * np.where(xx > sx, rng.uniform(0.75, 0.9), 1.0)
    a = a.astype(np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9])
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return im


def save_image(im, path, quality=80):
    ext = path.rsplit(".", 1)[1].lower()
    if ext in ("jpg", "jpeg"):
        im.save(path, "JPEG", quality=quality, optimize=False)
    elif ext == "png":
        im.convert("L").point(lambda v: (v // 24) * 24 + 8).save(path, "PNG", optimize=False)
    elif ext == "tif":
        im.convert("L").point(lambda v: (v // 24) * 24 + 8).save(path, "TIFF", compression="tiff_deflate")
    elif ext == "pdf":
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        pg = type("P", (), {})()
        pg.w, pg.h = (297, 210) if im.size[0] > im.size[1] else (210, 297)
        pg.image = io.BytesIO(buf.getvalue())
        to_pdf([pg], path)
