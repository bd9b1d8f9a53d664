"""Layout (page ops) and rendering: text-layer PDF (reportlab) or degraded image (scan / photo)."""
import io, math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = 210.0, 297.0


class Page:
    def __init__(self, landscape=False):
        self.ops = []
        self.w, self.h = (H, W) if landscape else (W, H)

    def text(self, x, y, s, size=10.5, color=(0, 0, 0), align="l", font="WQY", hand=False):
        self.ops.append(("t", x, y, s, size, color, align, font, hand))

    def line(self, x1, y1, x2, y2, width=0.3):
        self.ops.append(("l", x1, y1, x2, y2, width))

    def rect(self, x, y, w, h, width=0.3):
        self.line(x, y, x + w, y); self.line(x, y + h, x + w, y + h)
        self.line(x, y, x, y + h); self.line(x + w, y, x + w, y + h)

    def seal(self, cx, cy, ring, centre="", r=19):
        self.ops.append(("s", cx, cy, ring, centre, r))


class Flow:
    """Top-down writer with wrapping and automatic page breaks (coordinates in mm, y from top)."""
    def __init__(self, landscape=False, margin=20, font="WQY"):
        self.landscape = landscape
        self.pages = [Page(landscape)]
        self.m = margin
        self.y = margin
        self.font = font

    @property
    def p(self):
        return self.pages[-1]

    def need(self, h):
        if self.y + h > self.p.h - self.m:
            self.pages.append(Page(self.landscape)); self.y = self.m

    def newpage(self):
        self.pages.append(Page(self.landscape)); self.y = self.m

    def title(self, s, size=18, gap=4, color=(0, 0, 0)):
        self.need(size * 0.5)
        self.p.text(self.p.w / 2, self.y + size * 0.35, s, size, color, "c", self.font)
        self.y += size * 0.35 + gap + 3

    def para(self, s, size=10.5, indent=True, lead=1.65, x=None, width=None):
        x = self.m if x is None else x
        width = (self.p.w - 2 * self.m) if width is None else width
        per = max(8, int(width / (size * 0.3528)))
        s = ("\u3000\u3000" if indent else "") + s
        lines, cur, n = [], "", 0.0
        for ch in s:
            cw = 0.55 if ord(ch) < 128 else 1.0
            if n + cw > per:
                lines.append(cur); cur, n = "", 0.0
            cur += ch; n += cw
        if cur:
            lines.append(cur)
        for ln in lines:
            self.need(size * 0.3528 * lead)
            self.y += size * 0.3528 * lead
            self.p.text(x, self.y, ln, size, font=self.font)
        self.y += 1.5

    def kv(self, pairs, size=10.5, lw=38):
        for k, v in pairs:
            self.need(size * 0.6)
            self.y += size * 0.3528 * 1.8
            self.p.text(self.m, self.y, k, size, font=self.font)
            self.p.text(self.m + lw, self.y, v, size, font=self.font)

    def table(self, headers, rows, widths, size=9.5, rowh=8, x=None, hand_cols=()):
        x = self.m if x is None else x
        total = sum(widths)
        def row(cells, bold=False, hand=False):
            self.need(rowh)
            y0 = self.y
            self.p.line(x, y0, x + total, y0)
            cx = x
            for i, (c, w) in enumerate(zip(cells, widths)):
                self.p.line(cx, y0, cx, y0 + rowh)
                s = str(c)
                sz = size
                while len(s) * sz * 0.3528 > w - 2 and sz > 6:
                    sz -= 0.5
                self.p.text(cx + 1.2, y0 + rowh * 0.68, s, sz, font=self.font,
                            color=(20, 30, 140) if (i in hand_cols and not bold) else (0, 0, 0),
                            hand=(i in hand_cols and not bold))
                cx += w
            self.p.line(cx, y0, cx, y0 + rowh)
            self.y += rowh
            self.p.line(x, self.y, x + total, self.y)
        row(headers, True)
        for r in rows:
            if self.y + rowh > self.p.h - self.m:
                self.newpage(); row(headers, True)
            row(r)
        self.y += 3

    def gap(self, h):
        self.y += h

    def seal(self, cx, ring, centre="", dy=0, r=19):
        self.p.seal(cx, self.y + dy, ring, centre, r)


# ---------- text-layer PDF ----------

def to_pdf(pages, path, seal_as_text=True):
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1, pageCompression=1)
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        for op in pg.ops:
            if op[0] == "t":
                _, x, y, s, size, col, align, font, hand = op
                c.setFillColorRGB(*[v / 255 for v in col])
                c.setFont(font, size)
                X, Y = x * mm, (pg.h - y) * mm
                if align == "c":
                    c.drawCentredString(X, Y, s)
                elif align == "r":
                    c.drawRightString(X, Y, s)
                else:
                    c.drawString(X, Y, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd = op
                c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(wd * mm * 0.9)
                c.line(x1 * mm, (pg.h - y1) * mm, x2 * mm, (pg.h - y2) * mm)
            elif op[0] == "s":
                _, cx, cy, ring, centre, r = op
                c.saveState()
                c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setFillColorRGB(0.85, 0.1, 0.1)
                c.setLineWidth(1.2)
                X, Y = cx * mm, (pg.h - cy) * mm
                c.circle(X, Y, r * mm, stroke=1, fill=0)
                _star(c, X, Y, r * mm * 0.28)
                n = len(ring)
                span = 250.0
                for i, ch in enumerate(ring):
                    ang = math.radians(90 + span / 2 - span * (i + 0.5) / n)
                    rr = r * mm * 0.74
                    c.saveState()
                    c.translate(X + rr * math.cos(ang), Y + rr * math.sin(ang))
                    c.rotate(math.degrees(ang) - 90)
                    c.setFont("WQY", r * 0.55)
                    c.drawCentredString(0, -r * 0.2, ch)
                    c.restoreState()
                if centre:
                    c.setFont("WQY", r * 0.42)
                    c.drawCentredString(X, Y - r * mm * 0.55, centre)
                c.restoreState()
        c.showPage()
    c.save()


def _star(c, X, Y, R):
    p = c.beginPath()
    for k in range(10):
        rad = R if k % 2 == 0 else R * 0.4
        a = math.radians(90 + k * 36)
        (p.moveTo if k == 0 else p.lineTo)(X + rad * math.cos(a), Y + rad * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)


# ---------- raster ----------
_FC = {}


def _font(px):
    px = max(6, int(px))
    if px not in _FC:
        _FC[px] = ImageFont.truetype(FONT, px)
    return _FC[px]


def to_image(pg, dpi, rng):
    s = dpi / 25.4
    im = Image.new("RGB", (int(pg.w * s), int(pg.h * s)), (255, 255, 255))
    d = ImageDraw.Draw(im)
    seals = []
    for op in pg.ops:
        if op[0] == "t":
            _, x, y, txt, size, col, align, font, hand = op
            px = size * 0.3528 * s
            f = _font(px)
            X, Y = x * s, y * s - px * 0.85
            wd = d.textlength(txt, font=f)
            if align == "c":
                X -= wd / 2
            elif align == "r":
                X -= wd
            if hand:
                for ch in txt:
                    d.text((X + rng.uniform(-0.6, 0.6) * s * 0.3, Y + rng.uniform(-0.8, 0.8) * s * 0.3), ch, font=f, fill=col)
                    X += d.textlength(ch, font=f) * rng.uniform(0.95, 1.12)
            else:
                d.text((X, Y), txt, font=f, fill=col)
        elif op[0] == "l":
            _, x1, y1, x2, y2, wd = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=(0, 0, 0), width=max(1, int(wd * s * 0.8)))
        elif op[0] == "s":
            seals.append(op)
    for _, cx, cy, ring, centre, r in seals:
        R = int(r * s)
        lay = Image.new("RGBA", (2 * R + 4, 2 * R + 4), (0, 0, 0, 0))
        ld = ImageDraw.Draw(lay)
        col = (214, 30, 35, 190)
        ld.ellipse([2, 2, 2 * R + 2, 2 * R + 2], outline=col, width=max(2, R // 18))
        pts = []
        for k in range(10):
            rad = R * 0.28 if k % 2 == 0 else R * 0.11
            a = math.radians(-90 + k * 36)
            pts.append((R + 2 + rad * math.cos(a), R + 2 + rad * math.sin(a)))
        ld.polygon(pts, fill=col)
        n = len(ring)
        fpx = int(R * 0.30)
        f = _font(fpx)
        for i, ch in enumerate(ring):
            ang = math.radians(-90 - 125 + 250 * (i + 0.5) / n)
            chl = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
            ImageDraw.Draw(chl).text((fpx // 2, fpx // 3), ch, font=f, fill=col)
            chl = chl.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            rr = R * 0.74
            lay.alpha_composite(chl, (int(R + 2 + rr * math.cos(ang) - fpx), int(R + 2 + rr * math.sin(ang) - fpx)))
        if centre:
            f2 = _font(R * 0.22)
            w2 = ld.textlength(centre, font=f2)
            ld.text((R + 2 - w2 / 2, R + 2 + R * 0.38), centre, font=f2, fill=col)
        lay = lay.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
        im.paste(lay, (int(cx * s - R - 2), int(cy * s - R - 2)), lay)
    return im


def degrade_scan(im, rng):
    im = im.rotate(rng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    a = np.asarray(im).astype(np.float32)
    tone = rng.uniform(225, 248)
    a = a * (tone / 255.0)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(3, 8), a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if rng.random() < 0.5:
        im = im.convert("L").convert("RGB")
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))


def degrade_photo(im, rng):
    w, h = im.size
    bg = Image.new("RGB", (int(w * 1.12), int(h * 1.10)), tuple(rng.randint(60, 120) for _ in range(3)))
    bg.paste(im, (int(w * 0.06), int(h * 0.05)))
    W2, H2 = bg.size
    j = lambda: rng.uniform(0, 0.05)
    quad = (W2 * j(), H2 * j(), W2 * j(), H2 * (1 - j()), W2 * (1 - j()), H2 * (1 - j()), W2 * (1 - j()), H2 * j())
    bg = bg.transform(bg.size, Image.QUAD, quad, Image.BICUBIC)
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    gx, gy = rng.uniform(-0.35, 0.35), rng.uniform(-0.35, 0.35)
    light = 0.85 + gx * (xx / a.shape[1] - 0.5) + gy * (yy / a.shape[0] - 0.5)
    # shadow band
    if rng.random() < 0.6:
        sx = rng.uniform(0.2, 0.8) * a.shape[1]
        light = light * np.where(xx > sx, rng.uniform(0.72, 0.88), 1.0)
    a = a * light[..., None]
    a[..., 0] *= rng.uniform(1.0, 1.06); a[..., 2] *= rng.uniform(0.9, 1.0)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    scale = rng.uniform(0.6, 0.9)
    return im.resize((int(im.width * scale), int(im.height * scale)), Image.BILINEAR)


def save_image_doc(pages, path, rendering, fmt, rng):
    dpi = 150 if rendering == "photo" else rng.choice([150, 150, 200])
    ims = []
    for pg in pages:
        im = to_image(pg, dpi, rng)
        im = degrade_photo(im, rng) if rendering == "photo" else degrade_scan(im, rng)
        ims.append(im)
    if fmt == "pdf":
        ims[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], quality=70)
    elif fmt == "jpg":
        _stack(ims).save(path, "JPEG", quality=rng.randint(68, 82))
    elif fmt == "png":
        _stack(ims).convert("L").filter(ImageFilter.MedianFilter(3)).quantize(16, dither=Image.Dither.NONE).save(path, "PNG", optimize=True)
    elif fmt == "tif":
        bw = [i.convert("L").point(lambda v: 255 if v > 140 else 0).convert("1") for i in ims]
        bw[0].save(path, "TIFF", compression="group4", save_all=True, append_images=bw[1:], dpi=(dpi, dpi))


def _stack(ims):
    if len(ims) == 1:
        return ims[0]
    w = max(i.width for i in ims)
    out = Image.new("RGB", (w, sum(i.height for i in ims)), (255, 255, 255))
    y = 0
    for i in ims:
        out.paste(i, (0, y)); y += i.height
    return out
