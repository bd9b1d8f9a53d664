"""Layout primitives, two back ends (reportlab text layer / PIL raster) and scan/photo degradation."""
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

try:
    import cv2
except Exception:  # pragma: no cover
    cv2 = None

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("wqy", FONT_PATH, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
MM = 72 / 25.4
RED = (0.85, 0.1, 0.12)
BLUE = (0.12, 0.2, 0.62)
BLACK = (0, 0, 0)
GREY = (0.45, 0.45, 0.45)


def tw(s, size, font="wqy"):
    """text width in mm"""
    return pdfmetrics.stringWidth(s, font, size) / MM


class Page:
    def __init__(self, w=210, h=297, font="wqy", raster=False):
        self.w, self.h, self.font, self.raster = w, h, font, raster
        self.ops = []

    def text(self, x, y, s, size=10.5, color=BLACK, align="l", font=None, angle=0):
        """y = baseline in mm from top"""
        f = font or self.font
        if align == "c":
            x -= tw(s, size, f) / 2
        elif align == "r":
            x -= tw(s, size, f)
        self.ops.append(("text", x, y, s, size, color, f, angle))

    def line(self, x1, y1, x2, y2, w=0.5, color=BLACK):
        self.ops.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.5, color=BLACK, fill=None):
        self.ops.append(("rect", x, y, w, h, lw, color, fill))

    def seal(self, cx, cy, name, center="", r=20, color=RED, oval=False):
        """ring text + star; drawn as characters (text layer in PDFs)"""
        self.ops.append(("circle", cx, cy, r, color, oval))
        n = len(name)
        span = min(250, 18 * n + 30)
        size = max(7.5, min(11.5, r * 2.2 * math.pi * span / 360 / n * 0.8 / 0.3528 * 0.95))
        for i, ch in enumerate(name):
            a = -span / 2 + span * (i + 0.5) / n  # degrees from top, clockwise
            rad = math.radians(a)
            rr = r - size * 0.3528 * 0.95
            x = cx + rr * math.sin(rad)
            y = cy - rr * math.cos(rad)
            self.ops.append(("text", x, y, ch, size, color, "wqy", -a))
        self.star(cx, cy - 1, r * 0.28, color)
        if center:
            self.text(cx, cy + r * 0.55, center, min(9, r * 0.45 / 0.3528 / max(1, len(center)) * 1.7), color, "c")

    def star(self, cx, cy, r, color):
        pts = []
        for k in range(10):
            rad = math.radians(-90 + 36 * k)
            rr = r if k % 2 == 0 else r * 0.4
            pts.append((cx + rr * math.cos(rad), cy + rr * math.sin(rad)))
        self.ops.append(("poly", pts, color))

    def hand(self, x, y, s, size=12, color=BLUE, rng=None):
        """handwriting-like: blue, jittered baseline, slight slant"""
        cx = x
        for ch in s:
            dy = (rng.uniform(-0.6, 0.6) if rng else 0)
            ang = (rng.uniform(-6, 6) if rng else 0)
            self.ops.append(("text", cx, y + dy, ch, size, color, "wqy", ang))
            cx += tw(ch, size) * (rng.uniform(0.92, 1.12) if rng else 1)
        return cx


class Flow:
    """top-down layout helper on a Page"""

    def __init__(self, page, x0=22, x1=188, y=22):
        self.p, self.x0, self.x1, self.y = page, x0, x1, y

    @property
    def width(self):
        return self.x1 - self.x0

    def gap(self, mm):
        self.y += mm

    def title(self, s, size=18, color=BLACK, after=4):
        self.y += size * 0.3528 * 1.2
        self.p.text((self.x0 + self.x1) / 2, self.y, s, size, color, "c")
        self.y += after

    def line_text(self, s, size=10.5, align="l", color=BLACK, lead=1.7, x=None):
        self.y += size * 0.3528 * lead
        if align == "c":
            self.p.text((self.x0 + self.x1) / 2, self.y, s, size, color, "c")
        elif align == "r":
            self.p.text(self.x1, self.y, s, size, color, "r")
        else:
            self.p.text(self.x0 if x is None else x, self.y, s, size, color)

    def wrap(self, s, size, width, font=None):
        font = font or self.p.font
        out, cur = [], ""
        for ch in s:
            if ch == "\n":
                out.append(cur)
                cur = ""
                continue
            if tw(cur + ch, size, font) > width and cur:
                if ch in "，。、；：）》”" and len(cur) > 1:
                    out.append(cur[:-1])
                    cur = cur[-1] + ch
                    continue
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, s, size=10.5, indent=True, lead=1.75, color=BLACK, x0=None):
        x0 = self.x0 if x0 is None else x0
        first = ("　　" if indent else "") + s
        for ln in self.wrap(first, size, self.x1 - x0):
            self.y += size * 0.3528 * lead
            self.p.text(x0, self.y, ln, size, color)

    def table(self, rows, colw, size=10, pad=1.6, lead=1.45, border=True, align=None, heights=None, lw=0.5):
        """rows: list of lists of strings ('' allowed); colw: widths in mm (scaled to full width)"""
        total = sum(colw)
        colw = [c * self.width / total for c in colw]
        top = self.y
        for ri, row in enumerate(rows):
            cells = []
            for ci, cell in enumerate(row):
                cells.append(self.wrap(str(cell), size, colw[ci] - 2 * pad) if cell != "" else [])
            nl = max([len(c) for c in cells] + [1])
            h = nl * size * 0.3528 * lead + 2 * pad
            if heights and ri < len(heights) and heights[ri]:
                h = max(h, heights[ri])
            x = self.x0
            for ci, lines in enumerate(cells):
                yy = self.y + pad
                for ln in lines:
                    yy += size * 0.3528 * lead
                    a = (align[ci] if align else "l")
                    if a == "c":
                        self.p.text(x + colw[ci] / 2, yy - size * 0.3528 * 0.35, ln, size, BLACK, "c")
                    elif a == "r":
                        self.p.text(x + colw[ci] - pad, yy - size * 0.3528 * 0.35, ln, size, BLACK, "r")
                    else:
                        self.p.text(x + pad, yy - size * 0.3528 * 0.35, ln, size)
                x += colw[ci]
            if border:
                self.p.line(self.x0, self.y, self.x1, self.y, lw)
                x = self.x0
                for c in colw:
                    self.p.line(x, self.y, x, self.y + h, lw)
                    x += c
                self.p.line(self.x1, self.y, self.x1, self.y + h, lw)
            self.y += h
        if border:
            self.p.line(self.x0, self.y, self.x1, self.y, lw)
        return top

    def kv(self, pairs, size=10.5, keyw=32, lead=1.8):
        for k, v in pairs:
            lines = self.wrap(v, size, self.width - keyw)
            self.y += size * 0.3528 * lead
            self.p.text(self.x0, self.y, k, size)
            for i, ln in enumerate(lines or [""]):
                if i:
                    self.y += size * 0.3528 * lead
                self.p.text(self.x0 + keyw, self.y, ln, size)


# ------------------------------------------------------------------ back ends
def _rl_color(c, alpha=1.0):
    return c


def pdf_bytes(pages, raster_cb=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    for pg in pages:
        c.setPageSize((pg.w * MM, pg.h * MM))
        if pg.raster or getattr(pg, "image", None) is not None:
            img = pg.image if getattr(pg, "image", None) is not None else raster_cb(pg)
            c.drawImage(ImageReader(img), 0, 0, pg.w * MM, pg.h * MM)
            c.showPage()
            continue
        H = pg.h * MM
        for op in pg.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, col, f, ang = op
                c.setFillColorRGB(*col)
                c.setFont(f, size)
                if ang:
                    c.saveState()
                    c.translate(x * MM, H - y * MM)
                    c.rotate(ang)
                    c.drawCentredString(0, 0, s)
                    c.restoreState()
                else:
                    c.drawString(x * MM, H - y * MM, s)
            elif k == "line":
                _, x1, y1, x2, y2, w, col = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(w)
                c.line(x1 * MM, H - y1 * MM, x2 * MM, H - y2 * MM)
            elif k == "rect":
                _, x, y, w, h, lw, col, fill = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                if fill:
                    c.setFillColorRGB(*fill)
                c.rect(x * MM, H - (y + h) * MM, w * MM, h * MM, stroke=1 if lw else 0, fill=1 if fill else 0)
            elif k == "circle":
                _, cx, cy, r, col, oval = op
                c.setStrokeColorRGB(*col)
                c.setLineWidth(1.6)
                if oval:
                    c.ellipse((cx - r * 1.35) * MM, H - (cy + r * 0.9) * MM, (cx + r * 1.35) * MM, H - (cy - r * 0.9) * MM)
                else:
                    c.circle(cx * MM, H - cy * MM, r * MM)
            elif k == "poly":
                _, pts, col = op
                c.setFillColorRGB(*col)
                path = c.beginPath()
                path.moveTo(pts[0][0] * MM, H - pts[0][1] * MM)
                for x, y in pts[1:]:
                    path.lineTo(x * MM, H - y * MM)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


_FONTS = {}


def _font(px):
    px = max(6, int(round(px)))
    if px not in _FONTS:
        _FONTS[px] = ImageFont.truetype(FONT_PATH, px, index=0)
    return _FONTS[px]


def raster(pg, dpi=200, bg=(255, 255, 255)):
    k = dpi / 25.4
    W, H = int(pg.w * k), int(pg.h * k)
    im = Image.new("RGB", (W, H), bg)
    dr = ImageDraw.Draw(im)

    def col(c):
        return tuple(int(v * 255) for v in c)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, c, f, ang = op
            px = size / 72 * dpi
            if not ang:
                dr.text((x * k, y * k), s, font=_font(px), fill=col(c), anchor="ls")
            else:
                fnt = _font(px)
                tile = Image.new("L", (int(px * 2.2), int(px * 2.2)), 0)
                ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), s, font=fnt, fill=255, anchor="ms")
                tile = tile.rotate(ang, resample=Image.BICUBIC)
                solid = Image.new("RGB", tile.size, col(c))
                im.paste(solid, (int(x * k - tile.width / 2), int(y * k - tile.height / 2)), tile)
        elif kind == "line":
            _, x1, y1, x2, y2, w, c = op
            dr.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=col(c), width=max(1, int(w / 72 * dpi)))
        elif kind == "rect":
            _, x, y, w, h, lw, c, fill = op
            dr.rectangle((x * k, y * k, (x + w) * k, (y + h) * k), outline=col(c) if lw else None,
                         fill=col(fill) if fill else None, width=max(1, int(lw / 72 * dpi)) if lw else 0)
        elif kind == "circle":
            _, cx, cy, r, c, oval = op
            rx, ry = (r * 1.35, r * 0.9) if oval else (r, r)
            dr.ellipse(((cx - rx) * k, (cy - ry) * k, (cx + rx) * k, (cy + ry) * k), outline=col(c),
                       width=max(2, int(1.6 / 72 * dpi)))
        elif kind == "poly":
            _, pts, c = op
            dr.polygon([(x * k, y * k) for x, y in pts], fill=col(c))
    return im


# ------------------------------------------------------------------ degradation
def scan(im, rng, grey=True):
    a = np.asarray(im).astype(np.float32)
    if grey:
        tint = rng.uniform(0.86, 0.95)
        a = a * tint + rng.uniform(4, 14)
    ang = rng.uniform(-1.6, 1.6)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    fill = tuple(int(v) for v in a[2, 2])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    a = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(4, 9), a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey and rng.random() < 0.5:
        img = img.convert("L").convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(38, 72))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def photo(im, rng):
    w, h = im.size
    scale = rng.uniform(0.55, 0.8)
    im = im.resize((int(w * scale), int(h * scale)), Image.LANCZOS)
    w, h = im.size
    mx, my = int(w * 0.12), int(h * 0.1)
    W, H = w + 2 * mx, h + 2 * my
    desk = np.zeros((H, W, 3), np.float32)
    base = np.array([rng.uniform(70, 120), rng.uniform(60, 100), rng.uniform(45, 85)], np.float32)
    desk[:] = base
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])

    def j(v, s):
        return v + rng.uniform(-s, s)
    dst = np.float32([[mx + j(0, mx * .6), my + j(0, my * .5)], [mx + w + j(0, mx * .6), my + j(0, my * .5)],
                      [mx + w + j(0, mx * .5), my + h + j(0, my * .4)], [mx + j(0, mx * .5), my + h + j(0, my * .4)]])
    pa = np.asarray(im).astype(np.float32)
    if cv2 is not None:
        M = cv2.getPerspectiveTransform(src, dst)
        warped = cv2.warpPerspective(pa, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                     borderValue=(-1, -1, -1))
        mask = warped[..., 0] >= 0
        out = desk.copy()
        out[mask] = warped[mask]
    else:
        out = desk.copy()
        out[my:my + h, mx:mx + w] = pa
    # uneven light + shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.18 * (gx * (xx / W - .5) + gy * (yy / H - .5))
    cx, cy = rng.uniform(.2, .8) * W, rng.uniform(.2, .8) * H
    light *= 1.0 - 0.25 * np.clip(((xx - cx) ** 2 + (yy - cy) ** 2) / (W * W + H * H) * 2.5, 0, 1)
    if rng.random() < 0.7:  # soft shadow band (hand / phone)
        x0 = rng.uniform(0, W)
        light *= 1.0 - 0.3 * np.exp(-((xx - x0 - (yy - H / 2) * rng.uniform(-.4, .4)) ** 2) / (2 * (W * .12) ** 2))
    out = out * light[..., None]
    out = out * np.array([1.0, rng.uniform(.96, 1.0), rng.uniform(.86, .95)], np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out += nrng.normal(0, 5, out.shape[:2])[..., None]
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(.5, 1.1)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(60, 82))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def image_bytes(img, fmt, rng=None):
    buf = io.BytesIO()
    if fmt == "jpg":
        img.save(buf, "JPEG", quality=85 if rng is None else rng.randint(70, 90))
    elif fmt == "png":
        img.save(buf, "PNG", optimize=False)
    elif fmt == "tif":
        img.convert("L").save(buf, "TIFF", compression="tiff_lzw")
    return buf.getvalue()


def image_pdf(imgs, sizes_mm):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    for img, (w, h) in zip(imgs, sizes_mm):
        c.setPageSize((w * MM, h * MM))
        b = io.BytesIO()
        img.save(b, "JPEG", quality=80)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, w * MM, h * MM)
        c.showPage()
    c.save()
    return buf.getvalue()
