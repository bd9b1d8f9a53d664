"""Page model (mm, origin top-left) rendered to a text-layer PDF (reportlab) or to an image
(PIL) that is then degraded as a scan or a phone photo."""
import io, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
pdfmetrics.registerFont(TTFont('WQY', FONT, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
RED = (0.82, 0.1, 0.1)
BLUE = (0.1, 0.2, 0.6)


class Page:
    def __init__(self, w=210, h=297, font='WQY'):
        self.w, self.h, self.ops, self.font = w, h, [], font
        self.y = 22

    def t(self, x, y, s, size=10.5, color=(0, 0, 0)):
        self.ops.append(('t', x, y, s, size, color))

    def c(self, y, s, size=16, color=(0, 0, 0)):
        self.ops.append(('c', self.w / 2, y, s, size, color))

    def l(self, x1, y1, x2, y2, wd=0.6, color=(0, 0, 0)):
        self.ops.append(('l', x1, y1, x2, y2, wd, color))

    def rect(self, x, y, w, h, wd=0.6):
        for a in ((x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)):
            self.l(*a, wd=wd)

    def seal(self, cx, cy, ring, centre='', r=19, color=(0.85, 0.1, 0.1)):
        self.ops.append(('seal', cx, cy, r, ring, centre, color))

    def hand(self, x, y, s, size=12):
        self.ops.append(('hand', x, y, s, size, BLUE))

    # flowing text
    def para(self, s, size=10.5, x=20, width=170, lead=1.65, color=(0, 0, 0), indent=True):
        per = max(8, int(width / (size * 0.3528)))
        s = ('\u3000\u3000' if indent else '') + s
        while s:
            self.t(x, self.y, s[:per], size, color)
            s = s[per:]
            self.y += size * 0.3528 * lead
        self.y += 1

    def line(self, s, size=10.5, x=20, gap=1.7):
        self.t(x, self.y, s, size)
        self.y += size * 0.3528 * gap

    def table(self, x, widths, rows, rh=8, size=9.5, ruled=True):
        y0 = self.y
        for r, row in enumerate(rows):
            cx = x
            for w, cell in zip(widths, row):
                if cell is not None and cell != '':
                    per = max(2, int((w - 2) / (size * 0.3528)))
                    s = str(cell)
                    if len(s) > per:
                        self.t(cx + 1, self.y + rh * 0.32, s[:per], size)
                        self.t(cx + 1, self.y + rh * 0.78, s[per:per * 2], size)
                    else:
                        self.t(cx + 1, self.y + rh * 0.62, s, size)
                cx += w
            self.y += rh
        if ruled:
            tw = sum(widths)
            for i in range(len(rows) + 1):
                self.l(x, y0 + i * rh, x + tw, y0 + i * rh)
            cx = x
            for w in widths + [0]:
                self.l(cx, y0, cx, self.y)
                cx += w
        self.y += 3


def _ch_width(size):
    return size * 0.3528


def to_pdf(pages, path):
    c = canvas.Canvas(path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        H = pg.h * mm
        for op in pg.ops:
            k = op[0]
            if k in ('t', 'c', 'hand'):
                _, x, y, s, size, col = op
                font = 'WQY' if (pg.font == 'WQY' or k == 'hand') else 'STSong-Light'
                c.setFillColorRGB(*col)
                c.setFont(font, size)
                if k == 'c':
                    c.drawCentredString(x * mm, H - y * mm, s)
                elif k == 'hand':
                    c.saveState(); c.translate(x * mm, H - y * mm); c.rotate(2)
                    c.drawString(0, 0, s); c.restoreState()
                else:
                    c.drawString(x * mm, H - y * mm, s)
            elif k == 'l':
                _, x1, y1, x2, y2, wd, col = op
                c.setStrokeColorRGB(*col); c.setLineWidth(wd)
                c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
            elif k == 'seal':
                _, cx, cy, r, ring, centre, col = op
                c.saveState()
                c.setStrokeColorRGB(*col); c.setFillColorRGB(*col); c.setLineWidth(1.6)
                X, Y = cx * mm, H - cy * mm
                c.circle(X, Y, r * mm)
                n = len(ring)
                span = 250.0
                for i, ch in enumerate(ring):
                    a = math.radians(90 + span / 2 - span * i / max(1, n - 1))
                    c.saveState()
                    c.translate(X + (r - 4.2) * mm * math.cos(a), Y + (r - 4.2) * mm * math.sin(a))
                    c.rotate(math.degrees(a) - 90)
                    c.setFont('WQY', 8.5); c.drawCentredString(0, -1.2 * mm, ch)
                    c.restoreState()
                c.setFont('WQY', 15); c.drawCentredString(X, Y - 2 * mm, '★')
                if centre:
                    c.setFont('WQY', 7.5); c.drawCentredString(X, Y - 8 * mm, centre)
                c.restoreState()
        c.showPage()
    c.save()


_fcache = {}


def _font(px):
    px = max(6, int(px))
    if px not in _fcache:
        _fcache[px] = ImageFont.truetype(FONT, px, index=0)
    return _fcache[px]


def to_image(pg, dpi, rng, handwriting=False):
    s = dpi / 25.4
    W, H = int(pg.w * s), int(pg.h * s)
    im = Image.new('RGB', (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    seals = []
    for op in pg.ops:
        k = op[0]
        if k in ('t', 'c', 'hand'):
            _, x, y, txt, size, col = op
            px = size * 0.3528 * s
            f = _font(px)
            colr = tuple(int(v * 255) for v in col)
            if k == 'c':
                x = x - f.getlength(txt) / s / 2
            if k == 'hand':
                xx = x * s
                for ch in txt:
                    ff = _font(px * rng.uniform(0.9, 1.15))
                    d.text((xx, y * s - px + rng.uniform(-2, 2) * s / 6), ch, font=ff, fill=colr)
                    xx += ff.getlength(ch) * rng.uniform(0.95, 1.2)
            else:
                d.text((x * s, y * s - px * 0.95), txt, font=f, fill=colr)
        elif k == 'l':
            _, x1, y1, x2, y2, wd, col = op
            d.line((x1 * s, y1 * s, x2 * s, y2 * s), fill=tuple(int(v * 255) for v in col), width=max(1, int(wd * s / 3.5)))
        elif k == 'seal':
            seals.append(op)
    for op in seals:
        _, cx, cy, r, ring, centre, col = op
        R = int(r * s)
        lay = Image.new('RGBA', (2 * R + 8, 2 * R + 8), (0, 0, 0, 0))
        ld = ImageDraw.Draw(lay)
        colr = tuple(int(v * 255) for v in col) + (200,)
        ld.ellipse((4, 4, 2 * R + 4, 2 * R + 4), outline=colr, width=max(2, int(0.55 * s)))
        n = len(ring)
        fpx = int(3.3 * s)
        f = _font(fpx)
        for i, ch in enumerate(ring):
            a = math.radians(90 + 125 - 250 * i / max(1, n - 1))
            g = Image.new('RGBA', (fpx + 6, fpx + 6), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((3, 1), ch, font=f, fill=colr)
            g = g.rotate(math.degrees(a) - 90, expand=True, resample=Image.BICUBIC)
            px_ = R + 4 + (R - 4.2 * s) * math.cos(a) - g.width / 2
            py_ = R + 4 - (R - 4.2 * s) * math.sin(a) - g.height / 2
            lay.alpha_composite(g, (int(px_), int(py_)))
        fs = _font(6 * s)
        ld.text((R + 4 - fs.getlength('★') / 2, R + 4 - 3.5 * s), '★', font=fs, fill=colr)
        if centre:
            fc = _font(2.8 * s)
            ld.text((R + 4 - fc.getlength(centre) / 2, R + 4 + 3.2 * s), centre, font=fc, fill=colr)
        lay = lay.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
        im.paste(lay, (int(cx * s - R - 4), int(cy * s - R - 4)), lay)
    return im


def degrade_scan(im, rng):
    a = np.asarray(im).astype(np.float32)
    a = a * rng.uniform(0.86, 0.95) + rng.uniform(4, 14)
    nr = np.random.default_rng(rng.randint(0, 10 ** 6))
    a += nr.normal(0, rng.uniform(3, 8), a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=(225, 225, 222))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return im


def degrade_photo(im, rng):
    import cv2
    a = np.asarray(im)
    h, w = a.shape[:2]
    bw, bh = int(w * 1.12), int(h * 1.10)
    bg = np.full((bh, bw, 3), (rng.randint(90, 140), rng.randint(80, 120), rng.randint(60, 100)), np.uint8)
    j = lambda v: v * rng.uniform(0.01, 0.06)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (bw - w) / 2, (bh - h) / 2
    dst = np.float32([[ox + j(w), oy + j(h)], [ox + w - j(w), oy + j(h) * 0.5],
                      [ox + w - j(w) * 0.3, oy + h - j(h)], [ox + j(w) * 0.5, oy + h - j(h) * 0.3]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(a, M, (bw, bh), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (bw, bh))
    out = np.where(mask[..., None] > 0, out, bg).astype(np.float32)
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    cx, cy = rng.uniform(0, bw), rng.uniform(0, bh)
    light = 1.0 - 0.35 * np.sqrt(((xx - cx) / bw) ** 2 + ((yy - cy) / bh) ** 2)
    if rng.random() < 0.6:   # shadow band
        k = rng.uniform(0.3, 0.7)
        light *= np.where(xx / bw + 0.3 * yy / bh > k + 0.3, 0.72, 1.0)
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9])
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), rng.uniform(0.5, 1.1))
    im = Image.fromarray(out)
    if rng.random() < 0.4:
        im = im.resize((int(bw * 0.7), int(bh * 0.7)), Image.BILINEAR)
    return im


def save_image(im, path, fmt, dpi):
    if fmt == 'pdf':
        im.convert('RGB').save(path, 'PDF', resolution=dpi, quality=72)
    elif fmt == 'jpg':
        im.convert('RGB').save(path, 'JPEG', quality=78, dpi=(dpi, dpi))
    elif fmt == 'png':
        im.convert('L').point(lambda v: min(255, (v // 24) * 24 + 12)).save(path, 'PNG', dpi=(dpi, dpi), optimize=True)
    elif fmt == 'tif':
        im.convert('L').point(lambda v: 255 if v > 150 else 0).convert('1').save(path, 'TIFF', compression='group4', dpi=(dpi, dpi))


def render(pages, path, rendering, fmt, rng):
    if rendering == 'text':
        to_pdf(pages, path)
        return
    dpi = rng.choice([150, 170, 200]) if rendering == 'scan' else rng.choice([130, 150])
    ims = []
    for pg in pages:
        im = to_image(pg, dpi, rng)
        im = degrade_scan(im, rng) if rendering == 'scan' else degrade_photo(im, rng)
        ims.append(im)
    if len(ims) > 1 and fmt == 'pdf':
        ims[0].convert('RGB').save(path, 'PDF', resolution=dpi, quality=72, save_all=True,
                                   append_images=[i.convert('RGB') for i in ims[1:]])
    else:
        save_image(ims[0], path, fmt, dpi)
