"""Tiny layout + rendering kit (author11). Pages are lists of drawing ops in millimetres,
rendered either to a text-layer PDF (reportlab) or to a degraded raster (Pillow/OpenCV)."""
import io, math
import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm

WQY_ZEN = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
WQY_MICRO = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
NOTO_SANS_B = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'

pdfmetrics.registerFont(TTFont('zen', WQY_ZEN, subfontIndex=0))
pdfmetrics.registerFont(TTFont('micro', WQY_MICRO, subfontIndex=0))
PDF_FONT = {'song': 'micro', 'hei': 'zen', 'bold': 'zen', 'hand': 'micro', 'mono': 'zen'}
# Noto CJK ttc: index 2 = SC for Serif/Sans regular files
IMG_FONT = {'song': (NOTO_SERIF, 2), 'hei': (NOTO_SANS, 2), 'bold': (NOTO_SERIF_B, 2),
            'hand': (WQY_MICRO, 0), 'mono': (WQY_ZEN, 1)}
_font_cache = {}


def cw(s, size):
    """approximate width in mm of string s at size pt"""
    w = 0.0
    for ch in s:
        w += 1.0 if ord(ch) > 255 else 0.56
    return w * size * 0.3528


def wrap(s, width_mm, size):
    out = []
    for para in s.split('\n'):
        line = ''
        for ch in para:
            if cw(line + ch, size) > width_mm and line:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


class Doc:
    def __init__(self, w=210, h=297, margin=20, top=22, font='song', size=10.5, lead=1.65):
        self.w, self.h, self.m, self.top = w, h, margin, top
        self.font, self.size, self.lead = font, size, lead
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.top

    def op(self, *a):
        self.ops.append(a)

    # --- primitives -------------------------------------------------------
    def text_at(self, x, y, s, size=None, font=None, color=(0, 0, 0), align='l', jitter=0):
        self.op('text', x, y, s, size or self.size, font or self.font, color, align, jitter)

    def line(self, x1, y1, x2, y2, lw=0.3, color=(0, 0, 0)):
        self.op('line', x1, y1, x2, y2, lw, color)

    def rect(self, x, y, w, h, lw=0.3, stroke=(0, 0, 0), fill=None):
        self.op('rect', x, y, w, h, lw, stroke, fill)

    def seal(self, cx, cy, name, r=19, sub='', color=(215, 30, 35), oval=False):
        self.op('seal', cx, cy, r, name, sub, color, oval)

    def image_ops(self):
        return self.pages

    # --- flow -------------------------------------------------------------
    def need(self, h):
        if self.y + h > self.h - 18:
            self.new_page()

    def gap(self, h):
        self.y += h

    def title(self, s, size=18, font='bold', color=(0, 0, 0), after=4):
        self.need(size * 0.5)
        self.y += size * 0.3528
        self.text_at(self.w / 2, self.y, s, size, font, color, 'c')
        self.y += after + 2

    def center(self, s, size=None, font=None, after=1.5):
        size = size or self.size
        self.y += size * 0.3528
        self.text_at(self.w / 2, self.y, s, size, font, (0, 0, 0), 'c')
        self.y += after + size * 0.3528 * (self.lead - 1)

    def para(self, s, size=None, font=None, indent=True, x=None, width=None, color=(0, 0, 0), align='l', jitter=0):
        size = size or self.size
        x = self.m if x is None else x
        width = width or (self.w - x - self.m)
        txt = ('\u3000\u3000' + s) if indent else s
        for ln in wrap(txt, width, size):
            self.need(size * 0.3528 * self.lead)
            self.y += size * 0.3528
            xx = x if align == 'l' else (x + width if align == 'r' else x + width / 2)
            self.text_at(xx, self.y, ln, size, font, color, align, jitter)
            self.y += size * 0.3528 * (self.lead - 1)
        return self

    def kv(self, pairs, size=None, x=None, keyw=28):
        size = size or self.size
        x = self.m if x is None else x
        for k, v in pairs:
            self.y += size * 0.3528
            self.text_at(x, self.y, k, size)
            lines = wrap(v, self.w - self.m - x - keyw, size)
            self.text_at(x + keyw, self.y, lines[0], size)
            for extra in lines[1:]:
                self.y += size * 0.3528 * self.lead
                self.text_at(x + keyw, self.y, extra, size)
            self.y += size * 0.3528 * (self.lead - 1)

    def table(self, rows, colw, size=None, rowh=None, x=None, align=None, header_fill=None, font=None,
              lw=0.35, bold_header=False, jitter=0, pad=1.5):
        """rows: list of lists of str; colw: widths in mm (scaled to fit)."""
        size = size or self.size
        x = self.m if x is None else x
        tot = sum(colw)
        avail = self.w - x - self.m
        if tot > avail:
            colw = [c * avail / tot for c in colw]
        lh = size * 0.3528 * 1.35
        base_h = rowh or (lh + 2 * pad + 1)
        for ri, row in enumerate(rows):
            cells = [wrap(str(c), colw[i] - 2 * pad, size) if c is not None else [''] for i, c in enumerate(row)]
            h = max(base_h, max(len(c) for c in cells) * lh + 2 * pad + 1)
            self.need(h)
            y0 = self.y
            if ri == 0 and header_fill:
                self.rect(x, y0, sum(colw), h, 0, None, header_fill)
            cx = x
            for i, c in enumerate(cells):
                a = (align[i] if align else 'l')
                ty = y0 + (h - len(c) * lh) / 2 + size * 0.3528 + 0.2
                for ln in c:
                    if a == 'c':
                        tx = cx + colw[i] / 2
                    elif a == 'r':
                        tx = cx + colw[i] - pad
                    else:
                        tx = cx + pad
                    f = 'bold' if (bold_header and ri == 0) else font
                    self.text_at(tx, ty, ln, size, f, (0, 0, 0), a, jitter)
                    ty += lh
                cx += colw[i]
            # grid
            if lw:
                self.line(x, y0, x + sum(colw), y0, lw)
                self.line(x, y0 + h, x + sum(colw), y0 + h, lw)
                cx = x
                for wdt in colw:
                    self.line(cx, y0, cx, y0 + h, lw)
                    cx += wdt
                self.line(cx, y0, cx, y0 + h, lw)
            self.y = y0 + h
        return self


# ----------------------------------------------------------------------------
def to_pdf(doc, path, title='document'):
    c = rl_canvas.Canvas(path, pagesize=(doc.w * mm, doc.h * mm), invariant=1)
    c.setTitle(title)
    H = doc.h * mm
    for ops in doc.pages:
        for o in ops:
            k = o[0]
            if k == 'text':
                _, x, y, s, size, font, color, align, jit = o
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(PDF_FONT.get(font, 'micro'), size)
                X, Y = x * mm, H - y * mm
                if align == 'c':
                    c.drawCentredString(X, Y, s)
                elif align == 'r':
                    c.drawRightString(X, Y, s)
                else:
                    c.drawString(X, Y, s)
            elif k == 'line':
                _, x1, y1, x2, y2, lw, color = o
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * mm / 0.3528 * 0.3528)
                c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
            elif k == 'rect':
                _, x, y, w, h, lw, stroke, fill = o
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                c.rect(x * mm, H - (y + h) * mm, w * mm, h * mm, stroke=1 if (stroke and lw) else 0,
                       fill=1 if fill else 0)
            elif k == 'seal':
                _, cx, cy, r, name, sub, color, oval = o
                col = [v / 255 for v in color]
                c.saveState()
                c.setStrokeColorRGB(*col)
                c.setFillColorRGB(*col)
                c.setLineWidth(1.1 * mm)
                X, Y = cx * mm, H - cy * mm
                c.circle(X, Y, r * mm, stroke=1, fill=0)
                # star
                pts = []
                for i in range(10):
                    ang = math.pi / 2 + i * math.pi / 5
                    rr = r * 0.28 if i % 2 == 0 else r * 0.11
                    pts.append((X + rr * mm * math.cos(ang), Y + rr * mm * math.sin(ang)))
                p = c.beginPath()
                p.moveTo(*pts[0])
                for pt in pts[1:]:
                    p.lineTo(*pt)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
                n = len(name)
                span = min(270, 24 * n)
                fs = min(r * 0.40, math.radians(span) * r * 0.72 / n) / 0.3528
                c.setFont('zen', fs)
                for i, ch in enumerate(name):
                    ang = 90 + span / 2 - (span * (i + 0.5) / n)
                    a = math.radians(ang)
                    rr = r * 0.72
                    c.saveState()
                    c.translate(X + rr * mm * math.cos(a), Y + rr * mm * math.sin(a))
                    c.rotate(ang - 90)
                    c.drawCentredString(0, -fs * 0.35, ch)
                    c.restoreState()
                if sub:
                    c.setFont('zen', fs * 0.8)
                    c.drawCentredString(X, Y - r * 0.55 * mm, sub)
                c.restoreState()
        c.showPage()
    c.save()


def _font(key, px):
    f, idx = IMG_FONT.get(key, IMG_FONT['song'])
    k = (f, idx, px)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(f, px, index=idx)
    return _font_cache[k]


def raster(doc, dpi=150, rng=None, page_index=None):
    """render every page (or one) to RGB PIL images"""
    s = dpi / 25.4
    out = []
    pages = doc.pages if page_index is None else [doc.pages[page_index]]
    for ops in pages:
        W, H = int(doc.w * s), int(doc.h * s)
        im = Image.new('RGB', (W, H), (255, 255, 255))
        seal_layer = Image.new('RGBA', (W, H), (0, 0, 0, 0))
        d = ImageDraw.Draw(im)
        for o in ops:
            k = o[0]
            if k == 'text':
                _, x, y, st, size, font, color, align, jit = o
                px = max(8, int(round(size * dpi / 72)))
                f = _font(font, px)
                anchor = {'l': 'ls', 'c': 'ms', 'r': 'rs'}[align]
                if jit and rng is not None:
                    # handwriting-like: draw char by char with wobble
                    tw = d.textlength(st, font=f)
                    xx = x * s - (tw / 2 if align == 'c' else (tw if align == 'r' else 0))
                    for ch in st:
                        dx, dy = rng.normal(0, jit), rng.normal(0, jit)
                        d.text((xx + dx, y * s + dy), ch, fill=color, font=f, anchor='ls')
                        xx += d.textlength(ch, font=f) * (0.92 + rng.random() * 0.16)
                else:
                    d.text((x * s, y * s), st, fill=color, font=f, anchor=anchor)
            elif k == 'line':
                _, x1, y1, x2, y2, lw, color = o
                d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=max(1, int(lw * s)))
            elif k == 'rect':
                _, x, y, w, h, lw, stroke, fill = o
                d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], fill=fill,
                            outline=stroke if lw else None, width=max(1, int((lw or 0) * s)))
            elif k == 'seal':
                _, cx, cy, r, name, sub, color, oval = o
                _draw_seal(seal_layer, cx * s, cy * s, r * s, name, sub, color)
        if rng is not None:
            # seal ink is uneven
            arr = np.array(seal_layer)
            a = arr[:, :, 3].astype(np.float32)
            a *= (0.55 + 0.4 * rng.random((H, W)).astype(np.float32))
            arr[:, :, 3] = a.clip(0, 255).astype(np.uint8)
            seal_layer = Image.fromarray(arr)
        # multiply-like blend: seal over text
        base = np.array(im).astype(np.float32)
        sl = np.array(seal_layer).astype(np.float32)
        al = sl[:, :, 3:4] / 255.0 * 0.85
        base = base * (1 - al) + np.minimum(base, sl[:, :, :3]) * al
        out.append(Image.fromarray(base.clip(0, 255).astype(np.uint8)))
    return out


def _draw_seal(layer, cx, cy, r, name, sub, color):
    d = ImageDraw.Draw(layer)
    col = tuple(color) + (235,)
    w = max(2, int(r * 0.06))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=w)
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.28 if i % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=col)
    n = len(name)
    span = min(270, 24 * n)
    px = int(min(r * 0.40, math.radians(span) * r * 0.72 / n * 1.0))
    f = _font('bold', max(8, px))
    for i, ch in enumerate(name):
        ang = 90 + span / 2 - (span * (i + 0.5) / n)
        a = math.radians(ang)
        rr = r * 0.72
        tile = Image.new('RGBA', (px * 2, px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((px, px), ch, font=f, fill=col, anchor='mm')
        tile = tile.rotate(ang - 90, resample=Image.BICUBIC)
        x = cx + rr * math.cos(a)
        y = cy - rr * math.sin(a)
        layer.alpha_composite(tile, (int(x - px), int(y - px)))
    if sub:
        f2 = _font('bold', max(8, int(px * 0.75)))
        d.text((cx, cy + r * 0.55), sub, font=f2, fill=col, anchor='mm')


def degrade(im, rng, kind='scan'):
    a = np.array(im).astype(np.float32)
    h, w = a.shape[:2]
    if kind == 'photo':
        # uneven light and warm tint
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cxp, cyp = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        dist = np.sqrt((xx - cxp) ** 2 + (yy - cyp) ** 2) / math.hypot(w, h)
        light = 1.05 - 0.55 * dist
        a = a * light[:, :, None] * np.array([1.0, 0.97, 0.90], dtype=np.float32)
        # put on a darker background with perspective
        pad = int(0.06 * w)
        bg = np.full((h + 2 * pad, w + 2 * pad, 3), rng.uniform(60, 110), np.float32)
        bg[:, :, 1] *= 0.95
        bg[:, :, 2] *= 0.85
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda: rng.uniform(0.2, 1.0) * pad
        dst = np.float32([[pad + j() * 0.5, pad + j() * 0.3], [w + pad - j() * 0.4, pad + j() * 0.6],
                          [w + pad + j() * 0.2, h + pad - j() * 0.5], [pad - j() * 0.3, h + pad + j() * 0.2]])
        M = cv2.getPerspectiveTransform(src, dst)
        warped = cv2.warpPerspective(a, M, (w + 2 * pad, h + 2 * pad), borderMode=cv2.BORDER_CONSTANT,
                                     borderValue=(0, 0, 0))
        mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (w + 2 * pad, h + 2 * pad))
        a = warped * mask[:, :, None] + bg * (1 - mask[:, :, None])
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.4))
        a += rng.normal(0, 6, a.shape).astype(np.float32)
        q = int(rng.uniform(55, 75))
    else:
        ang = rng.uniform(-1.8, 1.8)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 248))
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.9))
        a = a * rng.uniform(0.93, 0.99) + rng.uniform(4, 12)
        a += rng.normal(0, 5, a.shape).astype(np.float32)
        # a few specks
        for _ in range(int(rng.integers(20, 80))):
            x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
            cv2.circle(a, (x, y), int(rng.integers(1, 3)), (60, 60, 60), -1)
        q = int(rng.uniform(45, 70))
    a = a.clip(0, 255).astype(np.uint8)
    ok, enc = cv2.imencode('.jpg', a[:, :, ::-1], [cv2.IMWRITE_JPEG_QUALITY, q])
    a = cv2.imdecode(enc, cv2.IMREAD_COLOR)[:, :, ::-1]
    return Image.fromarray(a)


def save_images(imgs, path, fmt):
    if fmt == 'pdf':
        imgs[0].save(path, 'PDF', resolution=150, save_all=True, append_images=imgs[1:])
    elif fmt == 'jpg':
        imgs[0].save(path, 'JPEG', quality=82)
    elif fmt == 'png':
        imgs[0].save(path, 'PNG')
    elif fmt == 'tif':
        imgs[0].save(path, 'TIFF', compression='tiff_lzw', save_all=True, append_images=imgs[1:])
