"""Page model drawn once, rendered to a text-layer PDF (reportlab) or to pixels (Pillow)."""
import io, math, os
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.utils import ImageReader

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("ZEN", ZEN, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONTS = {"wqy": "WQY", "zen": "ZEN", "song": "STSong-Light"}
MM = 72 / 25.4
PT_MM = 25.4 / 72


def width_mm(s, size, font="wqy"):
    return pdfmetrics.stringWidth(s, FONTS[font], size) * PT_MM


class Page:
    def __init__(self, w=210, h=297, font="wqy"):
        self.w, self.h, self.font, self.ops = w, h, font, []

    def text(self, x, y, s, size=10.5, color=(0, 0, 0), align="l", font=None, bold=False):
        self.ops.append(("t", x, y, s, size, color, align, font or self.font, bold))

    def line(self, x1, y1, x2, y2, w=0.3, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.3, fill=None, stroke=(0, 0, 0)):
        self.ops.append(("r", x, y, w, h, lw, fill, stroke))

    def box(self, x, y, s=3.2, checked=False):
        self.rect(x, y, s, s, 0.3)
        if checked:
            self.line(x + 0.5, y + s * 0.5, x + s * 0.42, y + s - 0.5, 0.5)
            self.line(x + s * 0.42, y + s - 0.5, x + s + 0.8, y - 0.8, 0.5)

    def seal(self, cx, cy, ring, center="", r=19, color=(200, 20, 30)):
        self.ops.append(("s", cx, cy, r, ring, center, color))

    def sig(self, x, y, name, size=15):
        self.ops.append(("t", x, y, name, size, (25, 35, 110), "l", "zen", False))

    def para(self, x, y, width, s, size=10.5, lead=1.55, indent=True, color=(0, 0, 0)):
        """Wrap text into width mm; returns y after the paragraph."""
        lines, cur = [], ("\u3000\u3000" if indent else "")
        for ch in s:
            if width_mm(cur + ch, size, self.font) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        step = size * PT_MM * lead
        for ln in lines:
            self.text(x, y, ln, size, color)
            y += step
        return y

    def table(self, x, y, widths, rows, size=9.5, rowh=8.0, lw=0.35, header=False, align=None):
        """rows: list of lists (None cell = merged into previous). Returns bottom y."""
        total = sum(widths)
        for ri, row in enumerate(rows):
            h = rowh
            lines_in = max((len(str(c).split("\n")) for c in row if c is not None), default=1)
            h = max(rowh, lines_in * size * PT_MM * 1.35 + 2.5)
            self.line(x, y, x + total, y, lw)
            cx = x
            ci = 0
            while ci < len(row):
                span = 1
                while ci + span < len(row) and row[ci + span] is None:
                    span += 1
                wdt = sum(widths[ci:ci + span])
                self.line(cx, y, cx, y + h, lw)
                cell = "" if row[ci] is None else str(row[ci])
                sub = cell.split("\n")
                for k, part in enumerate(sub):
                    ty = y + (h - len(sub) * size * PT_MM * 1.35) / 2 + k * size * PT_MM * 1.35
                    a = (align[ci] if align else "l")
                    if header and ri == 0:
                        a = "c"
                    if a == "c":
                        self.text(cx + wdt / 2, ty, part, size, align="c")
                    elif a == "r":
                        self.text(cx + wdt - 1.5, ty, part, size, align="r")
                    else:
                        self.text(cx + 1.5, ty, part, size)
                cx += wdt
                ci += span
            self.line(x + total, y, x + total, y + h, lw)
            y += h
        self.line(x, y, x + total, y, lw)
        return y


# ---------------------------------------------------------------- PDF
def pages_to_pdf(pages, title=None, images=None):
    images = images or {}
    buf = io.BytesIO()
    c = rlcanvas.Canvas(buf, pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1)
    if title:
        c.setTitle(title)
    for pi, p in enumerate(pages):
        c.setPageSize((p.w * MM, p.h * MM))
        H = p.h
        if pi in images:
            c.drawImage(images[pi], 0, 0, p.w * MM, p.h * MM)
            c.showPage()
            continue
        for op in p.ops:
            k = op[0]
            if k == "t":
                _, x, y, s, size, color, align, font, bold = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(FONTS[font], size)
                by = (H - y - size * PT_MM * 0.86) * MM
                if align == "c":
                    c.drawCentredString(x * MM, by, s)
                elif align == "r":
                    c.drawRightString(x * MM, by, s)
                else:
                    c.drawString(x * MM, by, s)
                if bold:
                    off = 0.18
                    c.drawString(x * MM + off, by, s) if align == "l" else None
            elif k == "l":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * MM)
                c.line(x1 * MM, (H - y1) * MM, x2 * MM, (H - y2) * MM)
            elif k == "r":
                _, x, y, w, h, lw, fill, stroke = op
                c.setLineWidth(lw * MM)
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(x * MM, (H - y - h) * MM, w * MM, h * MM, stroke=1 if lw else 0, fill=1 if fill else 0)
            elif k == "s":
                _, cx, cy, r, ring, center, color = op
                c.saveState()
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFillAlpha(0.85)
                c.setStrokeAlpha(0.85)
                c.setLineWidth(1.0 * MM)
                c.circle(cx * MM, (H - cy) * MM, r * MM, stroke=1, fill=0)
                _star_pdf(c, cx * MM, (H - cy) * MM, r * 0.22 * MM)
                n = len(ring)
                span, fs = seal_geometry(r, n)
                for i, ch in enumerate(ring):
                    ang = 90 + span / 2 - (span * (i + 0.5) / n)
                    a = math.radians(ang)
                    px = cx * MM + math.cos(a) * (r - 4.2) * MM
                    py = (H - cy) * MM + math.sin(a) * (r - 4.2) * MM
                    c.saveState()
                    c.translate(px, py)
                    c.rotate(ang - 90)
                    c.setFont("WQY", fs)
                    c.drawCentredString(0, -fs * 0.35, ch)
                    c.restoreState()
                if center:
                    c.setFont("WQY", fs * 0.72)
                    c.drawCentredString(cx * MM, (H - cy - r * 0.52) * MM, center)
                c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def seal_geometry(r, n):
    """ring span (degrees) and font size (pt) so that n characters fit without overlapping."""
    span = min(262.0, 20.0 * n)
    per_char_mm = (r - 4.2) * math.radians(span) / max(n, 1)
    fs_mm = min(r * 0.30, per_char_mm * 0.92)
    return span, fs_mm / PT_MM


def _star_pdf(c, x, y, r):
    p = c.beginPath()
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = math.radians(90 + i * 36)
        px, py = x + math.cos(a) * rr, y + math.sin(a) * rr
        (p.moveTo if i == 0 else p.lineTo)(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


# ---------------------------------------------------------------- raster
_FC = {}


def _font(font, px):
    key = (font, px)
    if key not in _FC:
        _FC[key] = ImageFont.truetype(ZEN if font == "zen" else WQY, px)
    return _FC[key]


def page_to_image(p, dpi=150):
    k = dpi / 25.4
    W, H = int(p.w * k), int(p.h * k)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    seals = []
    for op in p.ops:
        t = op[0]
        if t == "t":
            _, x, y, s, size, color, align, font, bold = op
            px = max(6, int(round(size * PT_MM * k)))
            f = _font(font, px)
            tw = d.textlength(s, font=f)
            xx = x * k - (tw / 2 if align == "c" else (tw if align == "r" else 0))
            d.text((xx, y * k), s, fill=color, font=f)
            if bold:
                d.text((xx + 1, y * k), s, fill=color, font=f)
        elif t == "l":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, int(round(w * k))))
        elif t == "r":
            _, x, y, w, h, lw, fill, stroke = op
            d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=stroke if lw else None,
                        fill=fill, width=max(1, int(round(lw * k))) if lw else 0)
        elif t == "s":
            seals.append(op)
    for op in seals:
        _, cx, cy, r, ring, center, color = op
        layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
        ld = ImageDraw.Draw(layer)
        R = r * k
        X, Y = cx * k, cy * k
        ld.ellipse([X - R, Y - R, X + R, Y + R], outline=color + (215,), width=max(2, int(k * 1.0)))
        pts = []
        for i in range(10):
            rr = R * 0.22 if i % 2 == 0 else R * 0.088
            a = math.radians(-90 + i * 36)
            pts.append((X + math.cos(a) * rr, Y + math.sin(a) * rr))
        ld.polygon(pts, fill=color + (215,))
        n = len(ring)
        span, fs = seal_geometry(r, n)
        fpx = int(fs * PT_MM * k)
        f = _font("wqy", fpx)
        for i, ch in enumerate(ring):
            ang = 90 + span / 2 - (span * (i + 0.5) / n)
            a = math.radians(ang)
            px_ = X + math.cos(a) * (r - 4.2) * k
            py_ = Y - math.sin(a) * (r - 4.2) * k
            g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
            gd = ImageDraw.Draw(g)
            gd.text((fpx * 0.5, fpx * 0.45), ch, font=f, fill=color + (215,))
            g = g.rotate(ang - 90, resample=Image.BICUBIC)
            layer.alpha_composite(g, (int(px_ - fpx), int(py_ - fpx)))
        if center:
            f2 = _font("wqy", int(fpx * 0.72))
            tw = ld.textlength(center, font=f2)
            ld.text((X - tw / 2, Y + R * 0.36), center, font=f2, fill=color + (215,))
        base = img.convert("RGBA")
        base.alpha_composite(layer)
        img = base.convert("RGB")
        d = ImageDraw.Draw(img)
    return img


def degrade_scan(img, rng):
    a = np.asarray(img).astype(np.float32)
    tone = np.array([rng.uniform(238, 252), rng.uniform(233, 248), rng.uniform(218, 240)], np.float32)
    a = a * (tone / 255.0)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-1.8, 1.8)
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=tuple(int(v) for v in tone), expand=False)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.9)))
    a = np.asarray(im).astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(4, 9), a.shape[:2])[..., None]
    # faint toner streak
    x = nrng.integers(0, a.shape[1])
    a[:, x:x + 2] *= 0.93
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def degrade_photo(img, rng):
    W, H = img.size
    bg = (int(rng.uniform(60, 110)), int(rng.uniform(50, 90)), int(rng.uniform(40, 70)))
    pad = int(W * 0.08)
    canvas = Image.new("RGB", (W + 2 * pad, H + 2 * pad), bg)
    canvas.paste(img, (pad, pad))
    canvas = canvas.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, fillcolor=bg)
    CW, CH = canvas.size
    j = lambda: rng.uniform(0, pad * 0.6)
    quad = (j(), j(), j(), CH - j(), CW - j(), CH - j(), CW - j(), j())
    canvas = canvas.transform((CW, CH), Image.QUAD, quad, resample=Image.BICUBIC)
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    gx, gy = rng.uniform(0.2, 0.8) * CW, rng.uniform(0.2, 0.8) * CH
    dist = np.sqrt((xx - gx) ** 2 + (yy - gy) ** 2) / max(CW, CH)
    light = 1.05 - rng.uniform(0.25, 0.4) * dist
    a = a * light[..., None] * np.array([1.0, 0.98, 0.93], np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 6, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.2)))
    s = 2000 / max(im.size)
    return im.resize((int(im.size[0] * s), int(im.size[1] * s)), Image.LANCZOS)


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def images_to_pdf(imgs, q, tmpdir=None):
    """Image-only PDF; JPEG passed through (DCTDecode). ImageReader over bytes keeps the output
    deterministic (a file path would put its mtime into the XObject name)."""
    buf = io.BytesIO()
    c = rlcanvas.Canvas(buf, invariant=1)
    for im in imgs:
        wmm = 210.0
        hmm = wmm * im.size[1] / im.size[0]
        c.setPageSize((wmm * MM, hmm * MM))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, wmm * MM, hmm * MM)
        c.showPage()
    c.save()
    return buf.getvalue()


def encode(img, fmt, q=70):
    b = io.BytesIO()
    if fmt == "jpg":
        return jpeg_bytes(img, q)
    # JPEG round trip first: artefacts also in lossless containers
    img = Image.open(io.BytesIO(jpeg_bytes(img, q))).convert("RGB")
    if fmt == "png":
        img.save(b, "PNG")
    elif fmt == "tif":
        img.save(b, "TIFF", compression="tiff_deflate")
    return b.getvalue()
