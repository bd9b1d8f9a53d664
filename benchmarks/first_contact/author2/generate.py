#!/usr/bin/env python3
"""Independent first-contact test-data generator (author2) for the Tianjin
smart-manufacturing solution-provider award evidence checker.

Written from the programme guide and the data-format description only; it does
not read or import the product's code.  Usage:

    python generate.py --out DIR --seed N

Writes DIR/<submission>/submission/... and DIR/<submission>/ground_truth.json.
"""
import argparse, hashlib, io, json, math, os, random, re, shutil, zipfile
import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
import pypdfium2 as pdfium
import openpyxl
from openpyxl.styles import Alignment, Font

FONT_DIR = '/usr/share/fonts/truetype/wqy/'
MICRO = FONT_DIR + 'wqy-microhei.ttc'
ZEN = FONT_DIR + 'wqy-zenhei.ttc'
pdfmetrics.registerFont(TTFont('hei', MICRO, subfontIndex=0))
pdfmetrics.registerFont(TTFont('zhei', ZEN, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
SONG = 'STSong-Light'

# ---------------------------------------------------------------- identifiers
USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check_char(code17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    """GB 32100-2015 check of an 18-character unified social credit code."""
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def org_code(rng):
    """9-character organisation code with its GB 11714 check character."""
    if rng.random() < 0.6:
        body = 'MA' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
    else:
        body = ''.join(rng.choice('0123456789') for _ in range(8))
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(val(ch) * w for ch, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return body + ('X' if c == 10 else '0' if c == 11 else str(c))


def make_uscc(region, rng, valid=True):
    c17 = '91' + region + org_code(rng)
    ch = uscc_check_char(c17)
    if not valid:
        ch = USCC_CHARS[(USCC_CHARS.index(ch) + 7) % 31]
    return c17 + ch

# ---------------------------------------------------------------- amounts and dates
DIG = '零壹贰叁肆伍陆柒捌玖'


def int_upper(n):
    if n == 0:
        return '零'
    U = ['', '拾', '佰', '仟']; B = ['', '万', '亿', '万亿']
    s = str(n); L = len(s); out = ''; zero = False
    for i, ch in enumerate(s):
        pos = L - 1 - i; d = int(ch)
        b = B[pos // 4] if pos % 4 == 0 else ''
        if d == 0:
            zero = True
            if pos % 4 == 0 and pos > 0 and int(s[max(0, i - 3):i + 1]) != 0:
                out += b
        else:
            if zero and out:
                out += '零'
            zero = False
            out += DIG[d] + U[pos % 4] + b
    return out


def rmb_upper(fen):
    yuan, rest = divmod(fen, 100); jiao, f = divmod(rest, 10)
    s = int_upper(yuan) + '元'
    if jiao == 0 and f == 0:
        return s + '整'
    if jiao:
        s += DIG[jiao] + '角'
    elif yuan:
        s += '零'
    if f:
        s += DIG[f] + '分'
    else:
        s += '整'
    return s


def money(fen, comma=True):
    y, f = divmod(fen, 100)
    return (f'{y:,}' if comma else str(y)) + f'.{f:02d}'


def amt(fen):
    """ground-truth amount string"""
    return money(fen, comma=False)


def wan(fen):
    """万元 with two decimals, only when exact"""
    assert fen % 100 == 0 and (fen // 100) % 100 == 0
    y = fen // 100
    return f'{y // 10000}.{(y % 10000) // 100:02d}'

CN_NUM = '〇一二三四五六七八九'


def cn_day(n):
    if n < 10:
        return CN_NUM[n]
    if n < 20:
        return '十' + (CN_NUM[n % 10] if n % 10 else '')
    return CN_NUM[n // 10] + '十' + (CN_NUM[n % 10] if n % 10 else '')


def fdate(d, style):
    y, m, dd = d
    if style == 'cn':
        return f'{y}年{m}月{dd}日'
    if style == 'cn0':
        return f'{y}年{m:02d}月{dd:02d}日'
    if style == 'cnnum':
        return ''.join(CN_NUM[int(c)] for c in str(y)) + '年' + cn_day(m) + '月' + cn_day(dd) + '日'
    if style == 'dot':
        return f'{y}.{m}.{dd}'
    if style == 'dot0':
        return f'{y}.{m:02d}.{dd:02d}'
    if style == 'slash':
        return f'{y}/{m:02d}/{dd:02d}'
    if style == 'iso':
        return f'{y}-{m:02d}-{dd:02d}'
    if style == 'compact':
        return f'{y}{m:02d}{dd:02d}'
    if style == 'en':
        mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December'][m - 1]
        return f'{dd} {mon} {y}'
    raise ValueError(style)


def iso(d):
    return fdate(d, 'iso')


def add_days(d, n):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)


def days_between(a, b):
    import datetime
    return (datetime.date(*b) - datetime.date(*a)).days

# ---------------------------------------------------------------- text wrapping
TOK = re.compile(r"[A-Za-z0-9\-\.,:;'’/&%()\[\]]+ ?|.", re.S)


def wrap(text, font, size, width):
    lines = []
    for para in text.split('\n'):
        cur = ''
        for tok in TOK.findall(para):
            if pdfmetrics.stringWidth(cur + tok, font, size) <= width or not cur:
                if pdfmetrics.stringWidth(tok, font, size) > width and not cur:
                    for ch in tok:
                        if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
                            lines.append(cur); cur = ''
                        cur += ch
                else:
                    cur += tok
            else:
                lines.append(cur.rstrip()); cur = tok.lstrip() if tok != ' ' else ''
        lines.append(cur)
    return lines

# ---------------------------------------------------------------- seals and signatures
_font_cache = {}


def pil_font(size, path=MICRO):
    k = (size, path)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(path, size)
    return _font_cache[k]


def seal_image(name, bottom, rng, size=300, code=None, oval=False):
    color = (205 + rng.randint(-15, 15), 30, 35)
    img = Image.new('RGBA', (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx = cy = size / 2
    w = max(6, int(size * 0.032))
    d.ellipse([w, w, size - w, size - w], outline=color + (255,), width=w)
    # star
    R1, R2 = size * 0.15, size * 0.06
    pts = []
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        r = R1 if k % 2 == 0 else R2
        pts.append((cx + r * math.cos(a), cy - r * math.sin(a)))
    d.polygon(pts, fill=color + (255,))
    n = len(name)
    span = min(250, 18 * n + 40)
    fs = int(size * (0.15 if n <= 12 else 0.125 if n <= 16 else 0.105))
    f = pil_font(fs, ZEN)
    rr = size / 2 - w - fs * 0.62
    for i, ch in enumerate(name):
        a = 90 + span / 2 - (span * (i + 0.5) / n)
        tile = Image.new('RGBA', (fs + 8, fs + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=f, fill=color + (255,))
        t = tile.rotate(a - 90, resample=Image.BICUBIC, expand=True)
        x = cx + rr * math.cos(math.radians(a)); y = cy - rr * math.sin(math.radians(a))
        img.alpha_composite(t, (int(x - t.width / 2), int(y - t.height / 2)))
    if bottom:
        fb = pil_font(int(size * 0.095), ZEN)
        bw = d.textlength(bottom, font=fb)
        d.text((cx - bw / 2, cy + size * 0.2), bottom, font=fb, fill=color + (255,))
    if code:
        fc = pil_font(int(size * 0.05), MICRO)
        m = len(code)
        for i, ch in enumerate(code):
            a = -90 - 50 + 100 * (i + 0.5) / m
            rr2 = size / 2 - w - size * 0.04
            x = cx + rr2 * math.cos(math.radians(a)); y = cy - rr2 * math.sin(math.radians(a))
            d.text((x - 4, y - 6), ch, font=fc, fill=color + (255,))
    # uneven ink
    nr = np.random.default_rng(rng.randint(0, 10 ** 9))
    a = np.array(img).astype(np.float32)
    noise = cv2.GaussianBlur(nr.random((size, size)).astype(np.float32), (0, 0), size / 40)
    noise = (noise - noise.min()) / (noise.max() - noise.min() + 1e-6)
    speck = nr.random((size, size)) < 0.06
    alpha = a[:, :, 3] * (0.55 + 0.4 * noise) * np.where(speck, 0.3, 1.0)
    a[:, :, 3] = np.clip(alpha, 0, 255)
    return Image.fromarray(a.astype(np.uint8), 'RGBA')


def signature_image(rng, w=220, h=80, color=(20, 20, 60)):
    img = Image.new('RGBA', (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x = 10
    for _ in range(rng.randint(2, 4)):
        pts = []
        x0 = x
        for k in range(14):
            pts.append((x0 + k * rng.uniform(3, 7), h / 2 + rng.uniform(-h * 0.35, h * 0.35)))
        d.line(pts, fill=color + (230,), width=rng.randint(2, 3), joint='curve')
        x = pts[-1][0] + rng.uniform(2, 10)
        if x > w - 40:
            break
    d.line([(8, h * 0.75), (x, h * 0.6 + rng.uniform(-8, 8))], fill=color + (200,), width=2)
    return img

# ---------------------------------------------------------------- PDF page writer


class Doc:
    def __init__(self, rng, font='hei', size=A4, margin=62):
        self.rng = rng
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1, pageCompression=1)
        self.W, self.H = size
        self.font = font
        self.ml = margin; self.mr = margin
        self.y = self.H - 64
        self.pages = 1

    @property
    def width(self):
        return self.W - self.ml - self.mr

    def newpage(self):
        self.c.showPage(); self.y = self.H - 64; self.pages += 1

    def ensure(self, h):
        if self.y - h < 60:
            self.newpage()

    def txt(self, x, y, s, size=11, font=None, color=(0, 0, 0), align='l'):
        c = self.c
        c.setFont(font or self.font, size); c.setFillColorRGB(*color)
        if align == 'c':
            c.drawCentredString(x, y, s)
        elif align == 'r':
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.setFillColorRGB(0, 0, 0)

    def title(self, s, size=18, gap=None, font=None, spaced=False, color=(0, 0, 0)):
        if spaced:
            s = '  '.join(s)
        self.ensure(size * 2)
        self.txt(self.W / 2, self.y - size, s, size, font, color, 'c')
        self.y -= size + (gap if gap is not None else size)

    def line(self, s, size=11, font=None, x=None, lead=1.75, align='l', color=(0, 0, 0)):
        self.ensure(size * lead)
        xx = x if x is not None else self.ml
        if align == 'r':
            xx = self.W - self.mr
        elif align == 'c':
            xx = self.W / 2
        self.txt(xx, self.y - size, s, size, font, color, align)
        self.y -= size * lead

    def para(self, s, size=11, font=None, indent=2, lead=1.7, x=None, width=None):
        f = font or self.font
        xx = x if x is not None else self.ml
        wd = width or (self.W - self.mr - xx)
        s = '　' * indent + s if indent else s
        for ln in wrap(s, f, size, wd):
            self.ensure(size * lead)
            self.txt(xx, self.y - size, ln, size, f)
            self.y -= size * lead

    def gap(self, h):
        self.y -= h

    def hline(self, x1=None, x2=None, y=None, w=0.8):
        yy = self.y if y is None else y
        self.c.setLineWidth(w)
        self.c.line(x1 if x1 is not None else self.ml, yy, x2 if x2 is not None else self.W - self.mr, yy)

    def grid(self, rows, widths, x=None, size=10, pad=4, lead=1.45, minh=22, font=None, bold_first=False,
             border=True, align=None, rule=0.7):
        """rows: list of lists; a cell is str or (str, colspan)."""
        f = font or self.font
        x0 = x if x is not None else self.ml
        tot = sum(widths)
        for r in rows:
            cells = []
            ci = 0
            for cell in r:
                text, span = (cell, 1) if not isinstance(cell, tuple) else cell
                w = sum(widths[ci:ci + span])
                cells.append((text, ci, span, w)); ci += span
            lines = [wrap(t, f, size, w - 2 * pad) for t, _, _, w in cells]
            h = max(minh, max(len(l) for l in lines) * size * lead + 2 * pad)
            if self.y - h < 50:
                self.newpage()
            cx = x0
            for (t, ci, span, w), ls in zip(cells, lines):
                if border:
                    self.c.setLineWidth(rule)
                    self.c.rect(cx, self.y - h, w, h)
                ty = self.y - pad - size - (h - 2 * pad - len(ls) * size * lead) / 2 + size * 0.25
                for ln in ls:
                    a = (align or {}).get(ci, 'l')
                    if a == 'c':
                        self.txt(cx + w / 2, ty, ln, size, f, align='c')
                    elif a == 'r':
                        self.txt(cx + w - pad, ty, ln, size, f, align='r')
                    else:
                        self.txt(cx + pad, ty, ln, size, f)
                    ty -= size * lead
                cx += w
            self.y -= h
        return tot

    def image(self, pil, x, y, w, h=None):
        if h is None:
            h = w * pil.height / pil.width
        buf = io.BytesIO(); pil.save(buf, 'PNG')
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), x, y, w, h, mask='auto')

    def seal(self, x, y, name, bottom='合同专用章', r=44, mode='image', code=None):
        """x, y: centre.  mode 'image' = embedded raster seal; 'vector' = red characters
        on a ring (they end up in the text layer, as e-seals made of glyphs do)."""
        rng = self.rng
        x += rng.uniform(-8, 8); y += rng.uniform(-6, 6)
        if mode == 'image':
            im = seal_image(name, bottom, rng, code=code)
            im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
            self.image(im, x - r, y - r, 2 * r, 2 * r)
            return
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0.85, 0.1, 0.12); c.setFillColorRGB(0.85, 0.1, 0.12)
        c.setLineWidth(2.2); c.circle(x, y, r)
        n = len(name); span = min(250, 18 * n + 40); fs = r * (0.34 if n <= 12 else 0.28)
        rot0 = rng.uniform(-20, 20)
        for i, ch in enumerate(name):
            a = 90 + span / 2 - span * (i + 0.5) / n + rot0
            rr = r - fs * 0.95
            c.saveState()
            c.translate(x + rr * math.cos(math.radians(a)), y + rr * math.sin(math.radians(a)))
            c.rotate(a - 90)
            c.setFont('zhei', fs); c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
        # star
        p = c.beginPath()
        for k in range(10):
            a = math.pi / 2 + k * math.pi / 5 + math.radians(rot0)
            rad = r * 0.26 if k % 2 == 0 else r * 0.1
            px, py = x + rad * math.cos(a), y + rad * math.sin(a)
            (p.moveTo if k == 0 else p.lineTo)(px, py)
        p.close(); c.drawPath(p, fill=1, stroke=0)
        if bottom:
            c.setFont('zhei', r * 0.2); c.drawCentredString(x, y - r * 0.55, bottom)
        c.restoreState()

    def sign(self, x, y, w=70):
        im = signature_image(self.rng)
        self.image(im, x, y, w)

    def checkbox(self, x, y, label, checked, size=10.5):
        self.c.setLineWidth(0.8)
        self.c.rect(x, y - 1, size * 0.85, size * 0.85)
        if checked:
            self.c.setLineWidth(1.4)
            self.c.line(x + 1.5, y + size * 0.4, x + size * 0.35, y + 1)
            self.c.line(x + size * 0.35, y + 1, x + size * 0.85, y + size * 0.9)
        self.txt(x + size * 1.1, y, label, size)
        return x + size * 1.3 + pdfmetrics.stringWidth(label, self.font, size) + 10

    def bytes(self):
        self.c.showPage(); self.c.save()
        return self.buf.getvalue()

# ---------------------------------------------------------------- rasterising: scans and photos


def rasterise(pdf_bytes, dpi, pages=None):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        if pages is not None and i not in pages:
            continue
        bm = pdf[i].render(scale=dpi / 72.0)
        out.append(bm.to_pil().convert('RGB'))
    pdf.close()
    return out


def degrade_scan(im, rng, gray=False):
    nr = np.random.default_rng(rng.randint(0, 10 ** 9))
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    base = rng.uniform(237, 251)
    tone = np.array([base, base - rng.uniform(1, 5), base - rng.uniform(6, 16)], np.float32) / 255.0
    a = a * tone
    # uneven illumination
    gx = np.linspace(rng.uniform(-0.06, 0.0), rng.uniform(0.0, 0.04), w, dtype=np.float32)
    gy = np.linspace(rng.uniform(-0.05, 0.0), rng.uniform(0.0, 0.05), h, dtype=np.float32)
    a = a * (1.0 + gx[None, :, None] + gy[:, None, None])
    ang = rng.uniform(-2.0, 2.0)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    fill = tuple(float(v) for v in (tone * 235))
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 1.0))
    a = a + nr.normal(0, rng.uniform(3, 7), a.shape[:2])[:, :, None].astype(np.float32)
    # dust specks
    for _ in range(rng.randint(20, 80)):
        y, x = nr.integers(0, h), nr.integers(0, w)
        cv2.circle(a, (int(x), int(y)), int(nr.integers(1, 3)), (90, 90, 90), -1)
    # scanner edge shadow
    if rng.random() < 0.5:
        e = rng.randint(8, 25)
        a[:, :e] *= np.linspace(0.55, 1, e, dtype=np.float32)[None, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if gray:
        out = out.convert('L')
    return out


def degrade_photo(im, rng):
    """A phone photo of a printed page on a desk: perspective, shading, blur."""
    nr = np.random.default_rng(rng.randint(0, 10 ** 9))
    scale = 1500.0 / max(im.size)
    im = im.resize((int(im.width * scale), int(im.height * scale)), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32) * np.array([0.97, 0.96, 0.93], np.float32)
    h, w = a.shape[:2]
    Wc, Hc = int(w * 1.18), int(h * 1.14)
    desk = np.array([rng.uniform(90, 160), rng.uniform(70, 130), rng.uniform(50, 100)], np.float32)
    bg = np.ones((Hc, Wc, 3), np.float32) * desk
    bg += cv2.GaussianBlur(nr.normal(0, 18, (Hc, Wc)).astype(np.float32), (0, 0), 3)[:, :, None]
    ox, oy = (Wc - w) / 2, (Hc - h) / 2
    j = lambda s: rng.uniform(-s, s)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[ox + j(45), oy + j(35)], [ox + w + j(45), oy + j(35)],
                      [ox + w + j(30), oy + h + j(30)], [ox + j(30), oy + h + j(30)]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (Wc, Hc), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (Wc, Hc))
    out = warped * mask[:, :, None] + bg * (1 - mask[:, :, None])
    # lighting: a soft spot and a vignette, a shadow of the phone on one side
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * Wc, rng.uniform(0.3, 0.7) * Hc
    dist = np.sqrt(((xx - cx) / Wc) ** 2 + ((yy - cy) / Hc) ** 2)
    light = 1.08 - 0.45 * dist
    if rng.random() < 0.6:
        light *= np.where(xx > rng.uniform(0.75, 0.95) * Wc, 0.8, 1.0)
        light = cv2.GaussianBlur(light, (0, 0), 25)
    out = out * light[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    out = out + nr.normal(0, 4, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def jpeg_bytes(im, q):
    b = io.BytesIO(); im.save(b, 'JPEG', quality=q, optimize=True); return b.getvalue()


def png_bytes(im):
    b = io.BytesIO(); im.save(b, 'PNG', optimize=True); return b.getvalue()


def images_to_pdf(jpegs, dpi):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for jb in jpegs:
        im = Image.open(io.BytesIO(jb))
        w, h = im.width * 72.0 / dpi, im.height * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf_bytes, mode, rng):
    """mode: text | scan_pdf | scan_jpg | scan_png | photo_jpg | mixed.  Returns (bytes, ext, rendering)."""
    if mode == 'text':
        return pdf_bytes, 'pdf', 'text'
    if mode == 'scan_pdf':
        dpi = rng.choice([150, 150, 170])
        gray = rng.random() < 0.35
        pages = rasterise(pdf_bytes, dpi)
        jp = [jpeg_bytes(degrade_scan(p, rng, gray), rng.randint(45, 62)) for p in pages]
        return images_to_pdf(jp, dpi), 'pdf', 'scan'
    if mode in ('scan_jpg', 'scan_png'):
        dpi = rng.choice([150, 170, 200])
        p = degrade_scan(rasterise(pdf_bytes, dpi, pages={0})[0], rng, gray=rng.random() < 0.2)
        if mode == 'scan_png':
            p = p.convert('L').point(lambda v: 255 if v > 165 else (0 if v < 90 else v))
            return png_bytes(p), 'png', 'scan'
        return jpeg_bytes(p, rng.randint(55, 72)), 'jpg', 'scan'
    if mode == 'photo_jpg':
        p = degrade_photo(rasterise(pdf_bytes, 150, pages={0})[0], rng)
        return jpeg_bytes(p, rng.randint(55, 70)), 'jpg', 'photo'
    if mode == 'mixed':
        # text pages, then the signature page as a scan (uploader replaced it with the signed copy)
        src = pdfium.PdfDocument(pdf_bytes)
        n = len(src)
        dpi = 150
        last = degrade_scan(rasterise(pdf_bytes, dpi, pages={n - 1})[0], rng)
        img_pdf = pdfium.PdfDocument(images_to_pdf([jpeg_bytes(last, 60)], dpi))
        src.del_page(n - 1)
        src.import_pages(img_pdf)
        b = io.BytesIO(); src.save(b)
        src.close(); img_pdf.close()
        data = b.getvalue()
        # pdfium writes a random trailer /ID: replace it (same length) with one derived from the content
        h = hashlib.md5(pdf_bytes).hexdigest().upper().encode()
        data = re.sub(rb'/ID\s*\[<([0-9A-Fa-f]{32})><([0-9A-Fa-f]{32})>\]', b'/ID[<' + h + b'><' + h + b'>]', data)
        return data, 'pdf', 'mixed'
    raise ValueError(mode)

# ---------------------------------------------------------------- the world: parties

TJ_DISTRICTS = {
    '120111': ('西青区', ['中北镇阜锦道', '张家窝镇广惠路', '经济技术开发区赛达新兴产业园', '李七庄街凌奥创意产业园']),
    '120116': ('滨海新区', ['经济技术开发区第十三大街', '塘沽海洋高新区华山道', '大港石化产业园区港塘路', '中新生态城中成大道']),
    '120113': ('北辰区', ['北辰经济技术开发区高端园永进道', '双街镇京津路', '天穆镇辰昌路']),
    '120110': ('东丽区', ['华明高新区华丰路', '东丽经济开发区先锋东路', '空港经济区中环西路']),
    '120112': ('津南区', ['八里台镇津沽路', '咸水沽镇聚兴道', '双港镇丽港园']),
    '120114': ('武清区', ['京滨工业园京滨睿城', '汽车产业园云景道', '下朱庄街东蒲洼']),
    '120115': ('宝坻区', ['九园工业园区九园公路', '经济开发区宝中道']),
    '120118': ('静海区', ['子牙循环经济产业区', '经济开发区北区金海道']),
    '120104': ('南开区', ['科技园区华苑产业区海泰发展六道', '鞍山西道']),
    '120103': ('河西区', ['友谊路', '微山路']),
    '120117': ('宁河区', ['现代产业区兴业路', '潘庄工业区']),
}
OTHER_REGIONS = {
    '131000': ('河北省廊坊市', ['经济技术开发区华祥路', '广阳区新源道']),
    '110108': ('北京市海淀区', ['上地信息路', '西三旗建材城中路']),
    '370200': ('山东省青岛市', ['黄岛区江山南路', '城阳区正阳路']),
}
BRAND = list('瀚锐恒泰华宇鑫盛博远中联金海通达国瑞宏兴晟昊凯德嘉诚润丰源辰益众信安康明立天元祥和鼎佳邦普汇创新隆永开拓')
RARE = ['赟', '昀橦', '瑄', '燊', '喆', '堃', '翀', '珺', '玥', '钰']
INDUSTRY = [('精密机械', '制造'), ('汽车零部件', '制造'), ('新材料科技', ''), ('医药', ''), ('食品', ''),
            ('电子科技', ''), ('钢管', '制造'), ('化工', ''), ('轨道交通装备', ''), ('包装制品', ''),
            ('纺织', ''), ('液压机械', ''), ('模具', ''), ('电气设备', ''), ('金属制品', ''), ('动力电池', ''),
            ('智能装备', ''), ('特种橡胶', ''), ('印刷', ''), ('光电', '')]
BIG = ['钢铁集团', '石化', '汽车', '重型装备', '药业集团', '港口装备']
BANKS = [('中国工商银行', '天津{}支行'), ('中国建设银行', '天津{}支行'), ('中国银行', '天津{}支行'),
         ('天津农村商业银行', '{}支行'), ('渤海银行', '天津{}支行'), ('中国民生银行', '天津{}支行'),
         ('兴业银行', '天津{}支行'), ('上海浦东发展银行', '天津{}支行'), ('天津银行', '{}支行'),
         ('招商银行', '天津{}支行')]
SURN = list('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉宁颖斌浩凯晨')


class Party:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def person(rng):
    return rng.choice(SURN) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def account_no(rng, bank):
    n = {'中国工商银行': 19, '中国建设银行': 20, '中国银行': 12, '天津农村商业银行': 18, '渤海银行': 16,
         '中国民生银行': 9, '兴业银行': 18, '上海浦东发展银行': 17, '天津银行': 17, '招商银行': 15}[bank]
    return str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))


def make_party(rng, used, region=None, big=False, rare=False, kind='customer'):
    for _ in range(200):
        if region is None:
            region_ = rng.choice(list(TJ_DISTRICTS))
        else:
            region_ = region
        b = ''.join(rng.sample(BRAND, 2))
        if rare:
            r = rng.choice(RARE)
            b = (r + b[0]) if len(r) == 1 else r
        if kind == 'applicant':
            name = f'天津{b}智能科技有限公司' if rng.random() < 0.5 else f'天津市{b}智控技术有限公司'
        elif big:
            name = f'天津{b}{rng.choice(BIG)}有限公司'
        else:
            ind, suf = rng.choice(INDUSTRY)
            pre = '天津市' if rng.random() < 0.45 else '天津'
            name = f'{pre}{b}{ind}{suf}有限公司' if not suf else f'{pre}{b}{ind}{suf}有限公司'
        if region_ in OTHER_REGIONS:
            city, streets = OTHER_REGIONS[region_]
            name = name.replace('天津市', '').replace('天津', '')
            name = city[3:5] + name if city.startswith('河北省') else city[:2] + name
        if name not in used:
            break
    used.add(name)
    if region_ in TJ_DISTRICTS:
        dist, streets = TJ_DISTRICTS[region_]
        addr = f'天津市{dist}{rng.choice(streets)}{rng.randint(1, 188)}号'
    else:
        city, streets = OTHER_REGIONS[region_]
        addr = f'{city}{rng.choice(streets)}{rng.randint(1, 188)}号'
    bank, br = rng.choice(BANKS)
    branch = bank + br.format(rng.choice(['西青', '开发区', '河西', '南开', '北辰', '东丽', '滨海', '华苑', '武清', '津南']))
    return Party(name=name, uscc=make_uscc(region_, rng), region=region_, address=addr, rep=person(rng),
                 contact=person(rng), phone='022-' + str(rng.randint(23000000, 89999999)),
                 bank=bank, branch=branch, account=account_no(rng, bank))

# ---------------------------------------------------------------- genre helpers
FIELD_KEYS = ['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title']


def F(**kw):
    d = {k: None for k in FIELD_KEYS}
    d.update(kw)
    return d


def split_items(fen, names, rng):
    """Split an amount (fen, multiple of 100 yuan) into item lines that sum exactly."""
    n = len(names)
    w = [rng.uniform(0.5, 2.0) for _ in range(n)]
    tot_y = fen // 100
    lines = []
    left = tot_y
    for i, (nm, spec, unit) in enumerate(names):
        if i == n - 1:
            line = left; qty = 1
        else:
            line = int(tot_y * w[i] / sum(w) // 100 * 100)
            qty = rng.choice([1, 2, 2, 3, 4, 5, 6, 8, 10])
            line = line // qty // 10 * 10 * qty
            left -= line
        lines.append((nm, spec, unit, qty, line // qty * 100, line * 100))
    return lines


EQUIP = [('工业边缘计算网关', 'EG-3300', '台'), ('视觉检测工作站', 'VI-2K', '套'), ('AGV搬运机器人', 'AMR-600', '台'),
         ('MES系统软件许可', 'V5.2', '套'), ('数据采集终端', 'DAQ-16', '台'), ('六轴工业机器人', 'R-20kg', '台'),
         ('PLC控制柜', 'S7-1500', '面'), ('能耗计量仪表', 'PM-800', '块'), ('工业交换机', 'IES-24G', '台'),
         ('系统集成与调试服务', '—', '项'), ('WMS仓储管理系统', 'V3.0', '套'), ('立体货架及堆垛机', '定制', '套'),
         ('预测性维护平台', 'PdM-Cloud', '套'), ('RFID读写设备', 'RF-900', '台'), ('APS排程软件', 'V2.1', '套')]


def items_for(C, rng, n=None):
    n = n or rng.randint(3, 5)
    names = rng.sample(EQUIP, n - 1) + [('安装调试及培训服务', '—', '项')]
    return split_items(C['amount'], names, rng)


def item_rows(items, head=('序号', '名称', '规格型号', '单位', '数量', '单价（元）', '金额（元）')):
    rows = [list(head)]
    for i, (nm, spec, unit, q, up, line) in enumerate(items, 1):
        rows.append([str(i), nm, spec, unit, str(q), money(up), money(line)])
    return rows


def sig_pair(D, left, right, lseal, rseal, seal_mode, extra=None, date_line=None):
    """two-column signature block"""
    D.ensure(190)
    top = D.y
    xl, xr = D.ml, D.W / 2 + 10
    rows = extra or []
    for i, (lab_l, val_l, lab_r, val_r) in enumerate([(left[0], left[1], right[0], right[1])] + rows):
        D.txt(xl, top - 16 - i * 22, f'{lab_l}{val_l}', 10.5)
        D.txt(xr, top - 16 - i * 22, f'{lab_r}{val_r}', 10.5)
    n = 1 + len(rows)
    D.txt(xl, top - 16 - n * 22, '法定代表人或授权代表（签字）：', 10.5)
    D.txt(xr, top - 16 - n * 22, '法定代表人或授权代表（签字）：', 10.5)
    D.sign(xl + 150, top - 30 - n * 22, 60); D.sign(xr + 150, top - 30 - n * 22, 60)
    if date_line:
        D.txt(xl, top - 16 - (n + 1) * 22, date_line[0], 10.5)
        D.txt(xr, top - 16 - (n + 1) * 22, date_line[1], 10.5)
    if lseal:
        D.seal(xl + 110, top - 40, lseal, '合同专用章', mode=seal_mode)
    if rseal:
        D.seal(xr + 110, top - 40, rseal, '合同专用章', mode=seal_mode)
    D.y = top - 16 - (n + 2) * 22 - 10


def num_en(n):
    ones = 'ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN'.split()
    tens = 'ZERO TEN TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY'.split()

    def h(x):
        out = []
        if x >= 100:
            out.append(ones[x // 100] + ' HUNDRED'); x %= 100
            if x:
                out.append('AND')
        if x >= 20:
            out.append(tens[x // 10] + ('-' + ones[x % 10] if x % 10 else ''))
        elif x:
            out.append(ones[x])
        return ' '.join(out)
    parts = []
    for div, name in ((10 ** 9, 'BILLION'), (10 ** 6, 'MILLION'), (1000, 'THOUSAND')):
        if n >= div:
            parts.append(h(n // div) + ' ' + name); n %= div
    if n:
        parts.append(h(n))
    return ' '.join(parts)


def dist_of(p):
    return TJ_DISTRICTS.get(p.region, ('', []))[0] or p.address[3:6]

# ---------------------------------------------------------------- contract genres


def ct_buyer_seller(S, C, o, rng):
    D = Doc(rng, font=rng.choice(['hei', SONG]))
    A, K = S['app'], C['cust']
    D.title(rng.choice(['工业设备买卖合同', '智能装备采购合同', '设备买卖合同']), 20, gap=14)
    D.line(f'合同编号：{C["no"]}', 10.5, align='r')
    D.line(f'签订地点：天津市{dist_of(K)}', 10.5, align='r')
    D.line(f'签订日期：{fdate(C["sign"], o.get("ds", "slash"))}', 10.5, align='r')
    D.gap(6)
    D.line(f'买　　方：{K.name}', 12)
    D.line(f'住　　所：{K.address}', 10.5)
    D.line(f'卖　　方：{A.name}', 12)
    D.line(f'住　　所：{A.address}', 10.5)
    D.gap(4)
    D.para(f'根据《中华人民共和国民法典》及相关法律法规，买卖双方本着平等互利的原则，就买方向卖方采购“{C["proj"]}”相关设备及配套服务事宜，经友好协商，订立本合同，以资共同遵守。')
    D.line('第一条  标的、数量及价款', 11.5)
    items = items_for(C, rng)
    rows = item_rows(items)
    rows.append([('合计（含税）', 6), money(C['amount'])])
    D.grid(rows, [30, 120, 70, 36, 36, 90, 90], size=9, align={0: 'c', 4: 'c', 5: 'r', 6: 'r'})
    D.gap(6)
    D.para(f'合同总价款为人民币{rmb_upper(C["amount"])}（¥{money(C["amount"])}），含13%增值税及运输、安装、调试、培训等全部费用。')
    deliver = add_days(C['sign'], rng.randint(45, 90))
    D.para(f'第二条  交货期限及地点：卖方应于{fdate(deliver, "cn")}前将全部设备运抵买方指定地点（{K.address}）。')
    adv = C['amount'] * 3 // 10 // 100 * 100
    D.para(f'第三条  付款方式：合同签订后7个工作日内，买方支付合同总价款的30%作为预付款，即人民币{money(adv)}元；设备到货并安装调试完毕后支付60%；验收合格后支付剩余10%。买方以银行转账或银行承兑汇票方式支付。')
    bond = C['amount'] // 20 // 100 * 100
    D.para(f'第四条  履约保证金：卖方应于合同签订后5日内向买方缴纳履约保证金人民币{rmb_upper(bond)}（¥{money(bond)}），验收合格后无息退还。')
    D.para(f'第五条  违约责任：卖方逾期交货的，每逾期一日按合同总价款的千分之三向买方支付违约金，违约金累计不超过人民币{money(C["amount"] // 10 // 100 * 100)}元；买方逾期付款的，按逾期金额每日万分之五支付违约金。')
    D.para('第六条  质量保证：质保期为验收合格之日起二十四个月。质保期内因设备质量问题产生的维修、更换费用由卖方承担。')
    D.para('第七条  争议解决：因本合同引起的争议，双方协商解决；协商不成的，向买方所在地人民法院提起诉讼。')
    D.para('第八条  本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。')
    D.gap(8)
    sig_pair(D, ('买方（盖章）：', K.name), ('卖方（盖章）：', A.name), K.name, A.name, o.get('seal', 'image'),
             extra=[('开户银行：', K.branch, '开户银行：', A.branch), ('账　　号：', K.account, '账　　号：', A.account)])
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['sign']), customer=K.name), \
        '买卖合同：买方/卖方标签字间留空（买　　方），履约保证金、违约金上限、预付款等金额为干扰项，交货日期为干扰日期'


def ct_bilingual(S, C, o, rng):
    D = Doc(rng, font='hei', margin=56)
    A, K = S['app'], C['cust']
    D.title('EQUIPMENT SUPPLY AND INTEGRATION CONTRACT', 15, gap=4, font='Helvetica-Bold')
    D.title('设备供货及系统集成合同', 17, gap=12)
    D.line(f'Contract No. 合同号：{C["no"]}', 10.5)
    D.para(f'This Contract is made and entered into on {fdate(C["sign"], "en")} in Tianjin, P. R. China (签订日期：{fdate(C["sign"], "cn")}，签订地点：中国天津) by and between:', 10, indent=0)
    D.line(f'The Buyer 买方：{K.name}', 11)
    D.line(f'Address 地址：{K.address}', 9.5)
    D.line(f'The Seller 卖方：{A.name}', 11)
    D.line(f'Address 地址：{A.address}', 9.5)
    D.para(f'Whereas the Buyer agrees to purchase and the Seller agrees to supply the equipment, software and services for the project “{C["proj"]}”, both parties agree as follows. 鉴于买方同意购买、卖方同意提供上述项目所需设备、软件及服务，双方约定如下：', 10, indent=0)
    D.line('1. Contract Price 合同价格', 11)
    D.para(f'The total Contract Price is RMB {money(C["amount"])} (SAY RMB {num_en(C["amount"] // 100)} ONLY), inclusive of 13% VAT. 合同总价为人民币{rmb_upper(C["amount"])}，含13%增值税。', 10, indent=0)
    dl = add_days(C['sign'], rng.randint(60, 120))
    D.line('2. Delivery 交货', 11)
    D.para(f'The Seller shall deliver all equipment to the Buyer’s site no later than {fdate(dl, "en")}. 卖方应不迟于{fdate(dl, "cn")}将全部设备交付至买方现场。', 10, indent=0)
    D.line('3. Terms of Payment 付款条件', 11)
    D.para('30% of the Contract Price as advance payment within 10 days after signing; 60% upon delivery and commissioning; 10% upon Final Acceptance. 合同签订后10日内支付30%预付款；交付调试完成后支付60%；最终验收合格后支付10%。', 10, indent=0)
    D.line('4. Performance Bond and Liquidated Damages 履约保函及违约金', 11)
    pb = C['amount'] // 10 // 100 * 100
    D.para(f'The Seller shall furnish a performance bond of RMB {money(pb)} (人民币{rmb_upper(pb)}). For each full week of delay, liquidated damages at 0.5% of the Contract Price shall be paid, not exceeding 5% of the Contract Price. 卖方应提供履约保函；每延迟一周按合同价格的0.5%支付违约金，最高不超过合同价格的5%。', 10, indent=0)
    D.line('5. Warranty 质量保证', 11)
    D.para('Warranty period: 24 months from the date of Final Acceptance. 质保期为最终验收之日起24个月。', 10, indent=0)
    D.line('6. Governing Law 适用法律', 11)
    D.para('This Contract is governed by the laws of the People’s Republic of China and made in both English and Chinese; both versions are equally authentic. 本合同适用中华人民共和国法律，中英文版本具有同等效力。', 10, indent=0)
    D.gap(10)
    sig_pair(D, ('For the Buyer 买方：', ''), ('For the Seller 卖方：', ''), K.name, A.name, o.get('seal', 'image'),
             extra=[('Name 名称：', K.name[:14], 'Name 名称：', A.name[:14]), ('', K.name[14:], '', A.name[14:])] if len(K.name) > 14 or len(A.name) > 14 else [('Name 名称：', K.name, 'Name 名称：', A.name)])
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['sign']), customer=K.name), \
        '中英双语合同：Buyer/Seller 与 买方/卖方 并列，英文日期（8 May 2023）、英文大写金额（SAY RMB … ONLY），履约保函金额为干扰项'


def ct_entrust(S, C, o, rng):
    D = Doc(rng, font=SONG)
    A, K = S['app'], C['cust']
    D.title(rng.choice(['智能制造系统运维及升级服务协议', '工业互联网平台运营维护服务协议']), 18, gap=10)
    D.line(f'协议编号：{C["no"]}', 10.5, align='r')
    D.gap(6)
    D.para(f'本协议由{K.name}（以下简称“委托方”）与{A.name}（以下简称“服务方”）于{fdate(C["sign"], "cnnum")}在天津市{dist_of(K)}签订。委托方委托服务方就“{C["proj"]}”提供系统升级、运行维护及技术支持服务，服务方同意接受委托。双方经平等协商，达成协议如下：')
    D.line('一、服务内容', 11.5)
    D.para('1. 对委托方现有生产管理系统进行功能升级，新增设备联网、能耗统计与质量追溯模块；2. 提供7×24小时远程运维及每季度一次现场巡检；3. 对委托方相关人员进行操作及维护培训。')
    D.line('二、服务期限', 11.5)
    st = C['sign']; en = add_days(st, 300)
    D.para(f'服务期限为{fdate(st, "dot0")}-{fdate(en, "dot0")}。服务期满经委托方组织验收合格后，本协议项下服务视为完成。')
    D.line('三、服务费用及支付', 11.5)
    D.para(f'本协议项下服务费用总额为人民币{rmb_upper(C["amount"])}，该费用已包含服务方完成本协议约定服务所需的人工、差旅、软件许可及税费。委托方在本协议签订后十五日内支付服务费用总额的百分之五十，验收合格后十五日内支付剩余百分之五十。')
    D.line('四、双方权利义务', 11.5)
    D.para('委托方应提供必要的现场条件和数据接口；服务方应按约定的服务标准提供服务，对在服务过程中知悉的委托方商业秘密负有保密义务。')
    D.line('五、违约责任', 11.5)
    D.para('服务方未按约定完成服务的，应向委托方支付相当于服务费用总额百分之十的违约金；服务方应于签约后五日内向委托方缴纳人民币伍万元整的履约保证金。委托方逾期付款的，每逾期一日按应付未付金额的万分之五支付违约金。')
    D.line('六、其他', 11.5)
    D.para('本协议未尽事宜由双方另行协商。本协议一式贰份，双方各执壹份，经双方授权代表签字并加盖公章后生效。')
    D.gap(12)
    sig_pair(D, ('委托方（盖章）：', ''), ('服务方（盖章）：', ''), K.name, A.name, o.get('seal', 'image'),
             date_line=('　　　年　　月　　日', '　　　年　　月　　日'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['sign']), customer=K.name), \
        '服务协议：委托方/服务方的角色只在首段句中说明（以下简称“委托方”），签订日期只在正文（二〇二三年…），金额只有大写无小写；签字处日期空白，服务期限为区间日期，违约金、保证金（伍万元整）为干扰'


def ct_supply_first(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    D.title('产 品 购 销 合 同', 20, gap=12)
    D.grid([[f'甲方（供方）：{A.name}', f'合同编号：{C["no"]}'],
            [f'乙方（需方）：{K.name}', f'签订时间：{fdate(C["sign"], "dot")}'],
            [f'地址：{A.address}', f'签订地点：{K.address[:9]}']], [300, 171], size=10, border=False, minh=20)
    D.gap(6)
    D.para(f'乙方因“{C["proj"]}”建设需要向甲方订购下列产品及服务，经甲乙双方协商一致，签订本合同。')
    D.line('一、产品名称、数量、金额', 11)
    items = items_for(C, rng, 4)
    rows = item_rows(items, ('序号', '产品名称', '型号', '单位', '数量', '单价', '金额'))
    D.grid(rows, [28, 130, 70, 34, 34, 85, 90], size=9, align={0: 'c', 4: 'c', 5: 'r', 6: 'r'})
    D.grid([['合同总价款（含税）', rmb_upper(C['amount']), f'小写：¥{money(C["amount"])}']], [120, 150, 201], size=10.5)
    D.gap(8)
    dl = add_days(C['sign'], rng.randint(30, 75))
    D.para(f'二、交货时间及地点：甲方于{fdate(dl, "cn")}前送货至乙方厂区，运费由甲方承担。')
    D.para('三、验收标准及方法：按双方签订的技术协议执行，乙方于安装调试完成后十五日内组织验收。')
    D.para('四、结算方式：乙方于合同签订后支付合同总价款30%，到货后支付60%，验收合格后支付剩余款项。甲方应开具13%增值税专用发票。')
    D.para('五、违约责任：甲方逾期交货的，每逾期一日按逾期交货部分货款的0.5‰向乙方支付违约金；乙方逾期付款的，按未付款项每日万分之五支付违约金。')
    D.para('六、本合同自双方签字盖章之日起生效，一式四份，甲乙双方各执两份。')
    D.gap(10)
    sig_pair(D, ('甲方（供方）：', ''), ('乙方（需方）：', ''), A.name, K.name, o.get('seal', 'image'),
             extra=[('单位名称：', A.name, '单位名称：', K.name), ('开户行：', A.branch, '开户行：', K.branch)])
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['sign']), customer=K.name), \
        '供方在前的购销合同：甲方（供方）是申报单位、乙方（需方）才是用户，客户应取需方；大写金额在窄格中折行，日期为2023.6.2式'


def ct_framework(S, C, o, rng):
    D = Doc(rng, font=SONG)
    A, K = S['app'], C['cust']
    D.title('年度框架采购协议', 20, gap=10)
    D.line(f'协议编号：{C["no"]}', 10.5, align='r')
    D.line(f'采购方（甲方）：{K.name}', 11.5)
    D.line(f'供应方（乙方）：{A.name}', 11.5)
    D.gap(4)
    D.para(f'为保障甲方“{C["proj"]}”相关设备、软件及技术服务的持续供应，甲乙双方经友好协商，就{C["sign"][0]}年度框架采购事宜达成如下协议：')
    D.para(f'第一条  协议有效期：{fdate((C["sign"][0], 1, 1), "dot0")}-{fdate((C["sign"][0], 12, 31), "dot0")}。')
    D.para('第二条  本协议为框架性协议，不约定采购总金额。协议项下具体采购内容、数量、金额及交货期以甲方下达并经乙方确认的采购订单为准，订单与本协议具有同等法律效力。')
    D.para('第三条  价格：协议期内乙方按附件一《价格清单》所列单价供货，单价含13%增值税。')
    rows = [['序号', '产品/服务', '单位', '协议单价（元）']]
    for i, (nm, spec, unit) in enumerate(rng.sample(EQUIP, 5), 1):
        rows.append([str(i), nm, unit, money(rng.randint(80, 900) * 100 * 100)])
    D.grid(rows, [40, 220, 60, 150], size=9.5, align={0: 'c', 3: 'r'})
    D.gap(6)
    D.para('第四条  结算：每笔订单验收合格后，甲方凭乙方开具的增值税专用发票于30日内付款。')
    D.para('第五条  违约责任：乙方逾期交货的，每日按该订单金额的千分之一支付违约金；乙方应在签约后缴纳质量保证金人民币拾万元整。')
    D.para('第六条  本协议一式肆份，双方各执贰份，自双方盖章之日起生效。')
    D.gap(10)
    sig_pair(D, ('甲方（盖章）：', ''), ('乙方（盖章）：', ''), K.name, A.name, o.get('seal', 'image'),
             date_line=(f'签署日期：{fdate(C["sign"], "cn")}', f'签署日期：{fdate(C["sign"], "cn")}'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=None, date=iso(C['sign']), customer=K.name), \
        '年度框架协议：不约定总金额（金额以订单为准，合同金额应为空），只有单价清单与保证金等干扰金额；有效期为区间日期'


def ct_supplement(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    sp = C['supp']
    D.title(f'《{C["title"]}》', 15, gap=4)
    D.title('补 充 协 议', 20, gap=14)
    D.line(f'甲方：{K.name}', 11.5)
    D.line(f'乙方：{A.name}', 11.5)
    D.gap(4)
    D.para(f'鉴于甲乙双方于{fdate(C["sign"], "cn")}签订了《{C["title"]}》（合同编号：{C["no"]}，以下简称“原合同”），原合同总金额为人民币{rmb_upper(sp["old"])}（¥{money(sp["old"])}）。现因甲方生产线扩能，需增加{sp["scope"]}，经双方友好协商，就原合同变更事宜达成如下补充协议：')
    diff = C['amount'] - sp['old']
    D.para(f'一、乙方在原合同范围基础上增加{sp["scope"]}，增加金额为人民币{money(diff)}元。')
    D.para(f'二、变更后原合同总金额调整为人民币{rmb_upper(C["amount"])}（¥{money(C["amount"])}）。')
    D.para('三、增加部分的付款方式按原合同约定执行；增加部分的交货期顺延45日。')
    D.para('四、本补充协议为原合同不可分割的组成部分，与原合同具有同等法律效力；本补充协议未约定事项，仍按原合同执行。')
    D.para('五、本补充协议一式肆份，双方各执贰份，自双方盖章之日起生效。')
    D.gap(16)
    sig_pair(D, ('甲方（盖章）：', ''), ('乙方（盖章）：', ''), K.name, A.name, o.get('seal', 'image'),
             date_line=(f'日期：{fdate(sp["date"], "slash")}', f'日期：{fdate(sp["date"], "slash")}'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(sp['date']), customer=K.name), \
        '补充协议：把原合同金额变更为申报金额（原金额与增加金额均为干扰），只引用原合同编号；申报金额以补充协议为准'


def ct_fabao(S, C, o, rng):
    D = Doc(rng, font=SONG)
    A, K = S['app'], C['cust']
    D.line(f'合同编号：{C["no"]}', 10.5, align='r')
    D.gap(30)
    D.title(C['proj'], 17, gap=6)
    D.title('合 同 协 议 书', 22, gap=20)
    D.line(f'发包人（全称）：{K.name}', 12)
    D.line(f'承包人（全称）：{A.name}', 12)
    D.gap(4)
    D.para(f'根据《中华人民共和国民法典》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，双方就{C["proj"]}有关事项协商一致，共同达成如下协议：')
    D.para(f'一、项目概况。1. 项目名称：{C["proj"]}。2. 项目地点：{K.address}。3. 项目内容：智能产线设计、设备供货、安装调试、系统集成及培训。', indent=0)
    s1 = add_days(C['sign'], 10); s2 = add_days(s1, 150)
    D.para(f'二、合同工期。计划开工日期：{fdate(s1, "cn")}；计划竣工日期：{fdate(s2, "cn")}；工期总日历天数：150天。', indent=0)
    D.para('三、质量标准。工程质量符合国家现行验收规范及双方技术协议的要求，一次验收合格。', indent=0)
    safe = C['amount'] // 50 // 100 * 100; prov = C['amount'] // 20 // 100 * 100
    D.para(f'四、签约合同价与合同价格形式。1. 签约合同价为：人民币（大写）{rmb_upper(C["amount"])}（¥{money(C["amount"])}元）；其中：（1）安全文明施工费：人民币（大写）{rmb_upper(safe)}（¥{money(safe)}元）；（2）暂列金额：人民币（大写）{rmb_upper(prov)}（¥{money(prov)}元）。2. 合同价格形式：固定总价。', indent=0)
    D.para('五、承包人项目经理：' + person(rng) + '。', indent=0)
    D.para('六、合同文件构成：本协议书、中标通知书（如有）、专用合同条款及其附件、通用合同条款、技术标准和要求、图纸、已标价工程量清单。', indent=0)
    D.para('七、承诺。发包人承诺按照合同约定的期限和方式支付合同价款；承包人承诺按照合同约定组织完成项目实施，确保质量和安全，并在质量保修期内承担相应的保修责任。', indent=0)
    D.para(f'八、签订时间。本合同于{fdate(C["sign"], "cn")}签订。', indent=0)
    D.para(f'九、签订地点。本合同在{K.address[:9]}签订。', indent=0)
    D.para('十、合同生效。本合同自双方法定代表人或其委托代理人签字并加盖公章之日起生效。合同一式陆份，发包人执肆份，承包人执贰份。', indent=0)
    D.newpage()
    D.line('（以下无正文，为签字盖章页）', 10.5, align='c')
    D.gap(30)
    for lab, p in (('发包人', K), ('承包人', A)):
        top = D.y
        D.line(f'{lab}：（公章）', 11.5)
        D.line('法定代表人或其委托代理人：（签字）', 11)
        D.sign(D.ml + 200, D.y + 4, 70)
        D.line(f'统一社会信用代码：{p.uscc}', 10.5)
        D.line(f'地　　址：{p.address}', 10.5)
        D.line(f'开户银行：{p.branch}', 10.5)
        D.line(f'账　　号：{p.account}', 10.5)
        D.line(f'电　　话：{p.phone}', 10.5)
        D.seal(D.ml + 250, top - 45, p.name, '合同专用章', mode=o.get('seal', 'image'))
        D.gap(30)
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['sign']), customer=K.name), \
        '合同协议书（发包人/承包人）：签约合同价含安全文明施工费、暂列金额等干扰金额，计划开竣工日期为干扰日期，签订时间在第八条；签字盖章页单独成页'

# ---------------------------------------------------------------- acceptance genres


def ac_dept_form(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    dept = rng.choice(['设备部', '设备动力部', '设备工程部'])
    D.title(K.name, 14, gap=4)
    D.title('项 目 验 收 单', 19, gap=12)
    arrive = add_days(C['accept'], -rng.randint(30, 70)); commis = add_days(C['accept'], -rng.randint(5, 20))
    D.line(f'编号：YS-{C["accept"][0]}-{rng.randint(10, 99):02d}{rng.randint(0, 9)}', 9.5, align='r')
    D.grid([['项目名称', (C['proj'], 3)],
            ['合同编号', C['no'], '供货单位', A.name],
            ['使用部门', dept, '到货日期', fdate(arrive, 'slash')],
            ['安装地点', rng.choice(['一车间', '二号厂房', '总装车间', '成品库', '动力站']), '调试完成日期', fdate(commis, 'slash')]],
           [80, 150, 80, 161], size=10, minh=26)
    y0 = D.y
    D.grid([['验收内容', ''], ], [80, 391], size=10, minh=48)
    x = D.ml + 88
    for lab in ['技术资料齐全', '数量相符', '外观完好', '功能及性能达标', '培训完成']:
        x = D.checkbox(x, y0 - 28, lab, True, 10)
    D.grid([['验收结论', f'经{dept}组织生产部、质量部共同验收，设备及系统运行正常，各项指标满足合同及技术协议要求，同意验收。']], [80, 391], size=10.5, minh=60)
    names = [person(rng) for _ in range(3)]
    D.grid([[f'{dept}经办人', '', f'{dept}负责人', ''], ['生产部', '', '分管领导', '']], [100, 135, 100, 136], size=10, minh=40)
    yy = D.y
    for i, (xo, yo) in enumerate([(110, 45), (345, 45), (110, 5), (345, 5)]):
        D.sign(D.ml + xo, yy + yo, 60)
    D.gap(20)
    D.line(f'验收日期：{fdate(C["accept"], "cn0")}', 11.5, x=D.W / 2 + 40)
    D.seal(D.W / 2 + 110, D.y + 30, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=None, date=iso(C['accept']), customer=K.name, result='passed'), \
        '用户设备部出具的项目验收单：表格勾选框（自绘），到货日期、调试完成日期为干扰日期，验收单位仅见于抬头与公章'


def ac_trial(S, C, o, rng):
    D = Doc(rng, font=SONG)
    A, K = S['app'], C['cust']
    D.title(f'{C["proj"]}', 15, gap=4)
    D.title('试运行报告及验收意见', 19, gap=14)
    t0 = add_days(C['accept'], -rng.randint(40, 70)); t1 = add_days(t0, 30)
    D.line('一、项目概况', 12)
    D.para(f'{K.name}（以下简称“建设单位”）与{A.name}于{fdate(C["sign"], "cn")}签订《{C["title"]}》（合同编号：{C["no"]}）。项目于{fdate(add_days(t0, -10), "cn")}完成安装调试，具备试运行条件。')
    D.line('二、试运行情况', 12)
    D.para(f'试运行时间为{fdate(t0, "iso")}至{fdate(t1, "iso")}，共计31天。试运行期间系统连续运行，未发生影响生产的故障，关键指标测试结果如下：')
    D.grid([['序号', '考核指标', '合同要求', '实测值', '结论'],
            ['1', '设备数据采集率', '≥98%', f'{rng.uniform(98.5, 99.9):.1f}%', '达标'],
            ['2', '系统可用率', '≥99.5%', f'{rng.uniform(99.6, 99.99):.2f}%', '达标'],
            ['3', '生产效率提升', '≥10%', f'{rng.uniform(11, 19):.1f}%', '达标'],
            ['4', '产品不良率下降', '≥15%', f'{rng.uniform(16, 30):.1f}%', '达标'],
            ['5', '72小时连续无故障运行', '满足', '满足', '达标']], [40, 150, 90, 100, 91], size=10, align={0: 'c', 4: 'c'})
    D.gap(6)
    D.para('试运行期间发现的3项一般性问题已于试运行结束前整改完毕。')
    D.newpage()
    D.line('三、验收意见', 12)
    D.para(f'{fdate(C["accept"], "cn")}，建设单位组织生产、设备、信息、质量等部门组成验收组，对该项目进行了验收。验收组听取了实施单位的汇报，查看了系统运行现场，审阅了试运行记录及技术文档，经讨论形成如下意见：')
    D.para('1. 项目按合同及技术协议完成了全部建设内容，文档资料齐全；')
    D.para('2. 系统功能及性能指标满足合同要求，试运行期间运行稳定；')
    D.para('3. 验收组同意该项目通过验收。')
    D.gap(20)
    D.line('验收组组长（签字）：', 11); D.sign(D.ml + 130, D.y + 2, 70)
    D.line('验收组成员（签字）：', 11); D.sign(D.ml + 130, D.y + 2, 60); D.sign(D.ml + 210, D.y + 2, 60)
    D.gap(20)
    D.line(f'建设单位（盖章）：{K.name}', 11.5, x=D.W / 2 - 60)
    D.line(f'日期：{fdate(C["accept"], "cnnum")}', 11.5, x=D.W / 2 - 60)
    D.seal(D.W / 2 + 60, D.y + 40, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=None, date=iso(C['accept']), customer=K.name, result='passed'), \
        '试运行报告+验收意见合一：前页为试运行期（区间日期、签订日期为干扰），第二页才有“同意该项目通过验收”与建设单位盖章及验收日期'


def ac_countersign(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    D.title(K.name, 14, gap=4)
    D.title('项目验收会签表', 19, gap=12)
    D.grid([['项目名称', (C['proj'], 3)],
            ['合同编号', C['no'], '合同金额', f'¥{money(C["amount"])}'],
            ['实施单位', (A.name, 3)],
            ['验收日期', fdate(C['accept'], 'iso'), '验收结论', '合格']], [80, 160, 80, 151], size=10.5, minh=26)
    D.gap(8)
    rows = [['会签部门', '意见', '签字', '日期']]
    depts = [('生产制造部', '系统满足生产使用要求，同意。'), ('设备能源部', '设备运行正常，同意验收。'),
             ('信息中心', '数据接口及网络安全符合要求。'), ('质量管理部', '质量追溯功能验证通过。'),
             ('财务部', '已核对合同及付款条件。'), ('分管副总经理', '同意验收。')]
    for i, (dp, op) in enumerate(depts):
        rows.append([dp, op, '', fdate(add_days(C['accept'], -(len(depts) - 1 - i) * rng.randint(0, 2)), 'dot')])
    D.grid(rows, [90, 220, 80, 81], size=10, minh=34)
    yy = D.y
    for i in range(len(depts)):
        D.sign(D.ml + 316, yy + 4 + i * 34, 55)
    D.gap(16)
    D.line('备注：本表一式三份，验收资料随附。', 9.5)
    D.seal(D.W - 150, D.y + 40, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['accept']), customer=K.name, result='passed'), \
        '验收会签表：多个部门的会签日期（2023.9.28式）与表头验收日期并存，结论“合格”只在格中；验收单位只在抬头'


SUPERVISORS = ['天津津诚工程监理咨询有限公司', '天津市建联工程项目管理有限公司', '天津泰达工程监理有限公司', '天津华正建设工程监理有限公司']
EXPERT_UNITS = ['天津大学', '河北工业大学', '天津理工大学', '天津科技大学', '中国汽车技术研究中心有限公司', '天津市智能制造产业技术研究院', '天津职业技术师范大学']


def ac_supervisor(S, C, o, rng):
    D = Doc(rng, font=SONG)
    A, K = S['app'], C['cust']
    sup = rng.choice(SUPERVISORS)
    D.title(f'{C["proj"]}', 15, gap=4)
    D.title('验收意见书', 19, gap=12)
    D.grid([['建设单位', K.name], ['实施单位', A.name], ['监理单位', sup], ['合同编号', C['no']],
            ['项目地点', K.address]], [100, 371], size=10.5, minh=26)
    D.gap(6)
    d1 = add_days(C['accept'], -rng.randint(3, 8))
    D.grid([['监理单位意见', f'受建设单位委托，我公司对本项目实施全过程监理。经现场核查，项目已按设计文件及合同约定完成全部内容，资料齐全，质量评定为合格，同意提交建设单位组织验收。\n\n总监理工程师：{person(rng)}　　　　日期：{fdate(d1, "cn")}']], [100, 371], size=10.5, minh=120)
    D.seal(D.W - 170, D.y + 55, sup, '项目监理章', mode=o.get('seal', 'image'))
    D.grid([['实施单位意见', f'项目已完成，申请验收。\n\n项目经理：{person(rng)}　　　　日期：{fdate(add_days(d1, -2), "cn")}']], [100, 371], size=10.5, minh=90)
    D.grid([['建设单位意见', f'经组织验收，项目质量合格，同意验收。\n\n项目负责人：{person(rng)}　　　（公章）\n日期：{fdate(C["accept"], "cn")}']], [100, 371], size=10.5, minh=110)
    D.seal(D.W - 170, D.y + 50, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=None, date=iso(C['accept']), customer=K.name, result='passed'), \
        '监理验收意见书：监理单位、实施单位、建设单位三方意见各有日期和印章；验收单位应为建设单位（用户），监理单位及其日期为干扰'


def ac_expert(S, C, o, rng):
    D = Doc(rng, font=SONG)
    A, K = S['app'], C['cust']
    failed = o.get('failed', False)
    D.title(f'“{C["proj"]}”', 15, gap=4)
    D.title('验收专家组意见', 19, gap=14)
    D.para(f'{fdate(C["accept"], "cnnum")}，{K.name}在{K.address[:12]}组织召开了由{A.name}承担的“{C["proj"]}”项目验收会。会议成立了验收专家组（名单附后）。专家组听取了项目承担单位的工作汇报，审阅了相关技术文档，现场考察了系统运行情况，经质询和讨论，形成如下意见：')
    if not failed:
        D.para('一、项目提交的验收资料齐全、规范，符合验收要求。')
        D.para('二、项目完成了合同规定的设备集成、软件部署、数据贯通等建设内容，系统运行稳定，主要技术指标达到或优于合同要求。')
        D.para('三、项目实施后生产效率提升、运营成本下降，具有较好的示范推广价值。')
        D.para('专家组一致同意该项目通过验收。')
        D.para('建议：进一步完善设备故障知识库，加强运维人员培训。')
    else:
        D.para('一、项目提交的验收资料基本齐全。')
        D.para('二、现场测试中，视觉检测漏检率、系统响应时间两项指标尚未达到合同约定的技术要求，部分数据接口尚未与ERP系统贯通。')
        D.para('专家组认为，该项目目前不具备验收条件，不同意通过验收。请项目承担单位于60日内完成整改后，由建设单位重新组织验收。')
    D.gap(8)
    D.line('专家组组长（签字）：', 11); D.sign(D.ml + 130, D.y + 2, 70)
    D.gap(6)
    rows = [['序号', '姓名', '工作单位', '职称/职务', '签字']]
    for i in range(5):
        rows.append([str(i + 1), person(rng), rng.choice(EXPERT_UNITS), rng.choice(['教授', '研究员', '正高级工程师', '高级工程师', '副教授']), ''])
    D.line('验收专家组名单', 11.5, align='c')
    D.grid(rows, [36, 70, 190, 95, 80], size=10, minh=26, align={0: 'c'})
    yy = D.y
    for i in range(5):
        D.sign(D.ml + 398, yy + 3 + i * 26, 50)
    D.gap(14)
    D.line(f'组织单位：{K.name}（盖章）', 11, x=D.W / 2 - 80)
    D.seal(D.W / 2 + 60, D.y + 20, K.name, '', mode=o.get('seal', 'image'))
    note = '验收专家组意见：用户组织召开验收会、专家组“一致同意该项目通过验收”，附专家名单（大学/研究院单位为干扰机构），日期为汉字数字'
    if failed:
        note = '验收专家组意见（未通过）：专家组“不同意通过验收”，限期整改；用于验收不通过'
    return dict(pdf=D.bytes()), F(contract_no=None, amount_yuan=None, date=iso(C['accept']), customer=K.name,
                                  result='failed' if failed else 'passed'), note


def ac_cert_letter(S, C, o, rng):
    D = Doc(rng, font=SONG, margin=72)
    A, K = S['app'], C['cust']
    D.gap(40)
    D.title('验 收 证 明', 22, gap=30)
    D.para(f'兹证明：{A.name}承建的我公司“{C["proj"]}”（合同编号：{C["no"]}，合同金额：人民币{rmb_upper(C["amount"])}），已按合同约定完成全部建设内容，于{fdate(C["accept"], "cn")}经我公司组织相关部门验收，验收结论为合格，系统运行良好。', size=12.5, lead=2.0)
    D.para('特此证明。', size=12.5, lead=2.0)
    D.gap(60)
    D.line(f'{K.name}', 12.5, x=D.W / 2 - 20)
    D.line(f'{fdate(o["letter_date"], "cn")}', 12.5, x=D.W / 2 + 20)
    D.seal(D.W / 2 + 70, D.y + 40, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['accept']), customer=K.name, result='passed'), \
        '验收证明函：用户出具“兹证明…经我公司组织验收，验收结论为合格”，金额只有大写；落款日期晚于验收日期（验收日期取正文中的日期）'


def ac_final_bilingual(S, C, o, rng):
    D = Doc(rng, font='hei', margin=60)
    A, K = S['app'], C['cust']
    D.gap(20)
    D.title('FINAL ACCEPTANCE CERTIFICATE', 17, gap=4, font='Helvetica-Bold')
    D.title('最终验收证书', 18, gap=18)
    D.grid([['Contract No. 合同号', C['no']], ['Project 项目', C['proj']], ['Purchaser 买方', K.name],
            ['Supplier 卖方', A.name], ['Date of Final Acceptance 最终验收日期', f'{fdate(C["accept"], "en")} / {fdate(C["accept"], "iso")}']],
           [190, 291], size=10.5, minh=28)
    D.gap(10)
    wend = add_days(C['accept'], 730)
    D.para(f'The Purchaser hereby certifies that the equipment and systems supplied under the above Contract have been installed, commissioned and have passed the Final Acceptance Test in accordance with the Contract. The warranty period commences on the date of Final Acceptance and expires on {fdate(wend, "en")}.', 10.5, indent=0)
    D.para('买方兹确认，上述合同项下设备及系统已完成安装调试，并按合同约定通过最终验收测试。质保期自最终验收之日起计算。', 10.5, indent=0)
    D.gap(30)
    D.line('For and on behalf of the Purchaser 买方（盖章）：', 11)
    D.line(K.name, 11)
    D.line('Authorized Representative 授权代表：', 11); D.sign(D.ml + 200, D.y + 2, 70)
    D.seal(D.ml + 300, D.y + 50, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=None, date=iso(C['accept']), customer=K.name, result='passed'), \
        '中英双语最终验收证书（Final Acceptance Certificate）：Purchaser/买方为验收单位，英文日期与ISO日期并列，质保期截止日为干扰日期'

# ---------------------------------------------------------------- payment genres


def mask_acct(a):
    return a[:4] + ' **** **** ' + a[-4:]


def pay_fields(C, P, payer, payee, cite):
    return F(contract_no=C['no'] if cite else None, amount_yuan=amt(P['fen']), date=iso(P['date']), payer=payer, payee=payee)


def pay_mobile(S, C, P, o, rng):
    """企业手机银行 转账成功 screenshot, drawn directly as a phone screen image."""
    A = S['app']; payer = P['payer']
    W, H = 1080, 2280
    im = Image.new('RGB', (W, H), (245, 246, 248))
    d = ImageDraw.Draw(im)
    bank = rng.choice(['渤海银行', '天津农商银行', '中国民生银行', '兴业银行'])
    theme = {'渤海银行': (0, 82, 155), '天津农商银行': (0, 128, 96), '中国民生银行': (0, 100, 160), '兴业银行': (0, 60, 140)}[bank]
    f = lambda s: pil_font(s)
    d.text((50, 28), f'{rng.randint(9, 17)}:{rng.randint(10, 59)}', font=f(36), fill=(20, 20, 20))
    d.text((W - 210, 28), '5G  87%', font=f(34), fill=(20, 20, 20))
    d.rectangle([0, 100, W, 250], fill=theme)
    d.text((50, 150), '〈', font=f(48), fill='white')
    t = f'{bank}企业手机银行'
    d.text(((W - d.textlength(t, font=f(46))) / 2, 150), t, font=f(46), fill='white')
    d.ellipse([W / 2 - 80, 330, W / 2 + 80, 490], fill=(34, 170, 84))
    d.line([(W / 2 - 40, 410), (W / 2 - 8, 445), (W / 2 + 45, 375)], fill='white', width=14)
    t = rng.choice(['转账成功', '交易成功', '转账已受理，交易成功'])
    d.text(((W - d.textlength(t, font=f(54))) / 2, 530), t, font=f(54), fill=(30, 30, 30))
    t = f'¥ {money(P["fen"])}'
    d.text(((W - d.textlength(t, font=f(84))) / 2, 630), t, font=f(84), fill=(20, 20, 20))
    t = '人民币' + rmb_upper(P['fen'])
    fs = 38 if len(t) < 22 else 32
    d.text(((W - d.textlength(t, font=f(fs))) / 2, 750), t, font=f(fs), fill=(120, 120, 120))
    rows = [('收款户名', A.name), ('收款账号', A.account), ('收款银行', A.branch)]
    if o.get('show_payer', True):
        rows += [('付款户名', payer)]
    rows += [('付款账户', mask_acct(P['payer_acct'])), ('转账用途', P['memo']),
             ('交易时间', f'{fdate(P["date"], "iso")} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}'),
             ('交易流水号', ''.join(str(rng.randint(0, 9)) for _ in range(20)))]
    d.rectangle([30, 860, W - 30, 860 + 120 * len(rows) + 40], fill='white')
    y = 890
    for k, v in rows:
        d.text((70, y), k, font=f(38), fill=(130, 130, 130))
        vf = f(38)
        while d.textlength(v, font=vf) > W - 420 and vf.size > 24:
            vf = f(vf.size - 2)
        d.text((W - 70 - d.textlength(v, font=vf), y), v, font=vf, fill=(30, 30, 30))
        y += 120
    y += 80
    d.rounded_rectangle([70, y, W / 2 - 20, y + 120], 20, outline=theme, width=3)
    d.text((W / 4 - 90, y + 35), '查看电子回单', font=f(40), fill=theme)
    d.rounded_rectangle([W / 2 + 20, y, W - 70, y + 120], 20, fill=theme)
    d.text((W * 3 / 4 - 40, y + 35), '完成', font=f(40), fill='white')
    d.text((70, H - 120), '温馨提示：转账成功不代表收款方已入账，具体以收款行处理结果为准。', font=f(28), fill=(150, 150, 150))
    fields = pay_fields(C, P, payer if o.get('show_payer', True) else None, A.name, C['no'] in P['memo'])
    note = '企业手机银行“转账成功”截图（PNG，整屏UI）：金额在大号数字中，附大写；' + ('显示付款户名' if o.get('show_payer', True) else '只显示付款账户尾号，无付款户名（付款人应为空）')
    if o.get('wechat'):
        note += '；经微信转发压缩为JPG'
        return dict(image=im, fmt='jpg', rendering='photo'), fields, note
    return dict(image=im, fmt='png', rendering='photo'), fields, note


def pay_rcb(S, C, P, o, rng):
    D = Doc(rng, font='hei', size=(595, 330), margin=30)
    A = S['app']
    D.y = 310
    D.txt(40, D.y - 16, '天津农村商业银行', 13, color=(0, 0.45, 0.3))
    D.txt(D.W / 2, D.y - 18, '转账汇款业务回单', 15, align='c')
    D.txt(D.W - 40, D.y - 16, f'回单编号：{rng.randint(10 ** 11, 10 ** 12 - 1)}', 8.5, align='r')
    D.y -= 36
    D.hline(30, D.W - 30, w=1.2)
    L = [(f'付款户名：{P["payer"]}', f'收款户名：{A.name}'),
         (f'付款账号：{P["payer_acct"]}', f'收款账号：{A.account}'),
         (f'付款行：{P["payer_bank"]}', f'收款行：{A.branch}'),
         (f'金额：CNY{money(P["fen"])}', f'金额大写：人民币{rmb_upper(P["fen"])}'),
         (f'交易日期：{fdate(P["date"], "cn0")}', f'业务类型：{rng.choice(["跨行转账", "行内转账", "网银汇款"])}'),
         (f'附言：{P["memo"]}', f'柜员号：EB{rng.randint(1000, 9999)}')]
    y = D.y - 16
    for l, r in L:
        D.txt(40, y, l, 9.5); D.txt(D.W / 2 + 6, y, r, 9.5 if len(r) < 34 else 8.5)
        y -= 21
    D.hline(30, D.W - 30, y=y + 6, w=1.2)
    D.txt(40, y - 10, '本回单为网上银行电子回单，可通过回单验证码在本行网站核验，重复打印不代表重复交易。', 7.5)
    D.txt(40, y - 24, f'验证码：{"".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))}    打印日期：{fdate(add_days(P["date"], rng.randint(1, 60)), "iso")}', 7.5)
    D.seal(D.W - 90, 60, '天津农村商业银行股份有限公司', '电子回单专用章', r=38, mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), pay_fields(C, P, P['payer'], A.name, C['no'] in P['memo']), \
        '农商行转账汇款业务回单（无表格线，左右两栏“付款户名/收款户名”键值），金额“CNY”前缀、大写与小写分列，另有打印日期为干扰日期'


def pay_bohai(S, C, P, o, rng):
    D = Doc(rng, font=SONG, size=(595, 360), margin=28)
    A = S['app']
    D.y = 342
    D.txt(D.W / 2, D.y - 18, '渤海银行  电子回单', 16, align='c', color=(0, 0.25, 0.55))
    D.y -= 32
    D.txt(D.W - 28, D.y - 6, f'回单号码：{rng.randint(10 ** 15, 10 ** 16 - 1)}', 8.5, align='r')
    D.y -= 14
    D.grid([['交易日期', fdate(P['date'], 'iso'), '交易类型', rng.choice(['对公转账', '跨行支付', '网银转账'])],
            ['付 款 人 名 称', P['payer'], '收 款 人 名 称', A.name],
            ['付 款 人 账 号', P['payer_acct'], '收 款 人 账 号', A.account],
            ['付款人开户行', P['payer_bank'], '收款人开户行', A.branch],
            ['交易金额（小写）', f'¥{money(P["fen"])}', '交易金额（大写）', rmb_upper(P['fen'])],
            ['摘　　要', rng.choice(['货款', '转账', '往来款', '工程款']), '附　　言', P['memo']]],
           [88, 181, 88, 182], size=9, minh=22)
    D.gap(6)
    D.txt(34, D.y - 8, f'记账柜员：{rng.randint(100000, 999999)}　　　　授权柜员：　　　　　打印次数：1', 8)
    D.seal(D.W - 90, 54, '渤海银行股份有限公司天津分行', '电子回单专用章', r=36, mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), pay_fields(C, P, P['payer'], A.name, C['no'] in P['memo']), \
        '渤海银行电子回单：字间留空的标签（付 款 人 名 称），摘要与附言分列（附言中可能引用合同号），小写在前大写在后'


def pay_cmbc(S, C, P, o, rng):
    D = Doc(rng, font='hei', size=(595, 380), margin=30)
    A = S['app']
    D.y = 360
    D.txt(36, D.y - 16, '中国民生银行', 14, color=(0, 0.35, 0.6))
    D.txt(D.W / 2 + 40, D.y - 16, '对公账户电子回单（贷记）', 13, align='c')
    D.y -= 34
    D.grid([['交易日期', fdate(P['date'], 'compact'), '记账流水号', f'{rng.randint(10 ** 13, 10 ** 14 - 1)}'],
            ['付款账号', P['payer_acct'], '收款账号', A.account],
            ['付款户名', P['payer'], '收款户名', A.name],
            ['付款行', P['payer_bank'], '收款行', A.branch],
            ['交易金额', f'CNY {money(P["fen"])}', '大写金额', rmb_upper(P['fen'])],
            ['用途', (P['memo'], 3)]], [70, 200, 70, 195], size=9, minh=22)
    D.gap(10)
    D.txt(36, D.y - 8, '温馨提示：本回单仅证明我行已受理该笔业务，不作为收款方发货的依据。', 7.5)
    D.txt(36, D.y - 22, f'回单验证码：{rng.randint(10 ** 9, 10 ** 10 - 1)}    打印时间：{fdate(add_days(P["date"], rng.randint(5, 90)), "compact")}', 7.5)
    D.seal(D.W - 100, 70, '中国民生银行股份有限公司天津分行', '电子回单专用章', r=38, mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), pay_fields(C, P, P['payer'], A.name, C['no'] in P['memo']), \
        '民生银行对公电子回单：交易日期为紧凑格式20230904，金额前缀“CNY ”，打印时间（同为紧凑格式）为干扰日期'


def pay_cib(S, C, P, o, rng):
    D = Doc(rng, font='hei', size=(595, 420), margin=40)
    A = S['app']
    D.y = 400
    D.txt(D.W / 2, D.y - 18, '兴业银行电子回单', 16, align='c', color=(0, 0.2, 0.5))
    D.y -= 30
    D.txt(D.W / 2, D.y - 10, '（付款回单）', 10, align='c')
    D.y -= 26
    t = f'{fdate(P["date"], "cn0")} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}'
    rows = [('交 易 时 间', t), ('付款人名称', P['payer']), ('付 款 账 号', P['payer_acct']), ('付 款 银 行', P['payer_bank']),
            ('收款人名称', A.name), ('收 款 账 号', A.account), ('收 款 银 行', A.branch),
            ('交 易 金 额', f'人民币 {money(P["fen"])} 元'), ('金 额 大 写', '人民币' + rmb_upper(P['fen'])),
            ('用　　　途', P['memo']), ('交 易 流 水', f'{rng.randint(10 ** 15, 10 ** 16 - 1)}')]
    for k, v in rows:
        D.txt(70, D.y - 12, k + '：', 10)
        D.txt(170, D.y - 12, v, 10)
        D.y -= 24
    D.seal(D.W - 110, 80, '兴业银行股份有限公司天津分行', '电子回单专用章', r=38, mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), pay_fields(C, P, P['payer'], A.name, C['no'] in P['memo']), \
        '兴业银行付款回单：竖排键值、标签字间留空，交易时间为“2023年09月04日 10:09:23”，金额写作“人民币 1,234.00 元”'


def digit_boxes(fen):
    s = str(fen)
    heads = ['十', '亿', '千', '百', '十', '万', '千', '百', '十', '元', '角', '分']
    s = ('¥' + s).rjust(12)
    return heads, list(s)


def pay_bill(S, C, P, o, rng):
    """电子银行承兑汇票 票面（两页：正面、背书）"""
    D = Doc(rng, font=SONG, size=landscape(A4), margin=40)
    A = S['app']
    endorsed = o.get('endorsed', False)
    drawer = P['drawer'] if endorsed else None
    D.title('电子银行承兑汇票', 20, gap=8)
    issue = P['issue'] if endorsed else P['date']
    D.grid([['出票日期', fdate(issue, 'iso'), '票据状态', '提示收票已签收' if not endorsed else '背书已签收', '票据号码', P['bill_no']],
            ['汇票到期日', fdate(add_days(issue, 180), 'iso'), '能否转让', '可再转让', '承兑日期', fdate(issue, 'iso')]],
           [80, 120, 70, 130, 70, 292], size=9.5, minh=22)
    if endorsed:
        dr, pe = drawer, P['payer']
        dr_acct, pe_acct = account_no(rng, '中国银行'), P['payer_acct']
        dr_bank, pe_bank = '中国银行天津分行营业部', P['payer_bank']
    else:
        dr, pe = P['payer'], A.name
        dr_acct, pe_acct = P['payer_acct'], A.account
        dr_bank, pe_bank = P['payer_bank'], A.branch
    D.grid([['出票人', '全　称', dr, '收票人', '全　称', pe],
            ['', '账　号', dr_acct, '', '账　号', pe_acct],
            ['', '开户银行', dr_bank, '', '开户银行', pe_bank]], [50, 70, 261, 50, 70, 261], size=9.5, minh=22)
    heads, digs = digit_boxes(P['fen'])
    D.grid([['票据金额', ('人民币\n（大写）', 1), (rmb_upper(P['fen']), 3)] + [h for h in heads]] +
           [['', '', ('', 3)] + digs], [60, 60, 120, 120, 120] + [22.7] * 12, size=9, minh=20, align={i: 'c' for i in range(5, 17)})
    acc_bank = rng.choice(['中国工商银行天津分行', '中国建设银行天津分行', '渤海银行天津分行', '天津银行总行营业部'])
    ctr_no = C['no'] if not endorsed else f'XS-{issue[0]}-{rng.randint(100, 999)}'
    D.grid([['承兑人信息', '全　称', acc_bank, '开户行行号', str(rng.randint(10 ** 11, 10 ** 12 - 1))],
            ['交易合同号', (ctr_no, 2), ('', 2)],
            ['承兑信息', ('出票人承诺：本汇票请予以承兑，到期无条件付款', 2), ('承兑人承诺：本汇票已经承兑，到期无条件付款', 2)]],
           [80, 70, 300, 110, 202], size=9.5, minh=22)
    D.gap(6)
    D.txt(D.ml, D.y - 10, f'评级信息：出票人评级主体 —　信用等级 —　　　　　　　　　　　　　　查询时间：{fdate(add_days(P["date"], rng.randint(3, 40)), "iso")} 10:12:45', 8.5)
    D.newpage()
    D.title('背书信息', 16, gap=10)
    rows = [['序号', '背书人名称', '被背书人名称', '背书日期', '不得转让标记']]
    if endorsed:
        rows.append(['1', P['payer'], A.name, fdate(P['date'], 'iso'), '可再转让'])
    else:
        rows.append(['—', '（无背书记录）', '', '', ''])
    D.grid(rows, [50, 250, 250, 110, 100], size=10, minh=24, align={0: 'c'})
    D.gap(10)
    D.txt(D.ml, D.y - 10, '保证信息：无　　　　质押信息：无　　　　本页为电子商业汇票系统截屏打印件。', 9)
    if endorsed:
        fields = pay_fields(C, P, P['payer'], A.name, False)
        note = '电子银行承兑汇票（背书转让）：出票人是第三方、收票人是用户，用户再背书给申报单位；付款人应取背书人（用户）、日期取背书日期，票面交易合同号不是本合同；金额还以逐位方格（亿千百十万…）给出'
    else:
        fields = pay_fields(C, P, P['payer'], A.name, True)
        note = '电子银行承兑汇票（用户出票、申报单位收票）：票面“交易合同号”引用合同编号，金额既有大写又有逐位方格，到期日/查询时间为干扰日期'
    return dict(pdf=D.bytes()), fields, note


def pay_request(S, C, P, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    D.title(K.name, 14, gap=4)
    D.title('付 款 申 请 单', 19, gap=10)
    ap = add_days(P['date'], -rng.randint(3, 10))
    D.line(f'申请日期：{fdate(ap, "dot")}　　　　　　　　　　　　　　　　　　单号：FK{ap[0]}{rng.randint(10000, 99999)}', 9.5)
    paid_before = C['amount'] - P['fen'] if o.get('final', True) else 0
    D.grid([['申请部门', rng.choice(['设备部', '信息中心', '智能制造部']), '经办人', person(rng)],
            ['收款单位', (A.name, 3)], ['开户银行', A.branch, '银行账号', A.account],
            ['付款事由', (f'支付“{C["proj"]}”（合同编号：{C["no"]}）{P["stage"]}', 3)],
            ['合同金额', f'¥{money(C["amount"])}', '已付金额', f'¥{money(paid_before)}'],
            ['本次付款金额（大写）', (f'人民币{rmb_upper(P["fen"])}', 1), '（小写）', f'¥{money(P["fen"])}'],
            ['付款方式', ('☐现金　☑电汇　☐银行承兑　☐支票'.replace('☐', '□').replace('☑', '■'), 3)]], [100, 180, 80, 111], size=10, minh=26)
    rows = [['审批环节', '意见', '签字', '日期']]
    for i, (k, v) in enumerate([('部门负责人', '情况属实'), ('财务审核', '已核对合同及发票'), ('总经理', '同意支付')]):
        rows.append([k, v, '', fdate(add_days(ap, i + 1), 'dot')])
    D.grid(rows, [100, 180, 100, 91], size=10, minh=30)
    yy = D.y
    for i in range(3):
        D.sign(D.ml + 290, yy + 3 + i * 30, 50)
    D.gap(14)
    D.line('出纳：' + person(rng) + '　　　　　会计：' + person(rng), 10)
    # 付讫 stamp
    c = D.c; c.saveState(); c.setStrokeColorRGB(0.8, 0.1, 0.1); c.setFillColorRGB(0.8, 0.1, 0.1)
    sx, sy = D.W - 200, D.y - 10
    c.translate(sx, sy); c.rotate(rng.uniform(-12, 12)); c.setLineWidth(2)
    c.rect(0, 0, 120, 48)
    c.setFont('zhei', 18); c.drawCentredString(60, 26, '付　讫')
    c.setFont('hei', 11); c.drawCentredString(60, 8, fdate(P['date'], 'dot0'))
    c.restoreState()
    return dict(pdf=D.bytes()), pay_fields(C, P, K.name, A.name, True), \
        '用户内部付款申请单（审批完毕、加盖“付讫”章）：付款人只见于抬头，付款日期只在付讫章中（申请日期、审批日期为干扰），合同金额与已付金额为干扰金额，勾选符号为■□'


def pay_confirm(S, C, P, o, rng):
    D = Doc(rng, font=SONG, margin=66)
    A, K = S['app'], C['cust']
    D.title('往来款项对账确认函', 19, gap=14)
    D.line(f'致：{K.name}', 11.5)
    D.para(f'本公司与贵公司就“{C["proj"]}”项目合同往来款项进行核对。根据本公司账簿记录，截至{fdate(o["asof"], "cn")}，相关款项如下，如与贵公司记录相符，请在本函下端“信息证明无误”处签章证明；如有不符，请在“信息不符”处列明不符金额。')
    D.grid([['合同编号', '合同金额（元）', '贵公司已付金额（元）', '付款日期', '未付金额（元）'],
            [C['no'], money(C['amount']), money(P['fen']), fdate(P['date'], 'slash'), money(C['amount'] - P['fen'])]],
           [110, 95, 105, 80, 73], size=9.5, minh=26, align={1: 'r', 2: 'r', 4: 'r'})
    D.gap(4)
    D.para('本函仅为核对账目之用，并非催款结算。若款项在上述日期之后已经结清，仍请及时函复为盼。', 10)
    D.line(f'{A.name}（公章）', 11, x=D.W / 2)
    D.line(f'{fdate(o["asof"], "cn")}', 11, x=D.W / 2 + 30)
    D.seal(D.W / 2 + 90, D.y + 30, A.name, '财务专用章', mode=o.get('seal', 'image'))
    D.gap(10); D.hline(); D.gap(14)
    D.line('结论：1. 信息证明无误。', 11.5)
    D.line(f'付款单位：{K.name}（盖章）', 11.5, x=D.W / 2 - 60)
    D.line(f'经办人：{person(rng)}　　　日期：{fdate(add_days(o["asof"], rng.randint(2, 9)), "cn")}', 11, x=D.W / 2 - 60)
    D.seal(D.W / 2 + 100, D.y + 40, K.name, '财务专用章', mode=o.get('seal', 'image'))
    D.gap(10)
    D.line('2. 信息不符，请列明不符金额：　　　　　　　　　　　（盖章）', 11)
    return dict(pdf=D.bytes()), pay_fields(C, P, K.name, A.name, True), \
        '往来款项对账确认函：由申报单位发出、用户签章确认“信息证明无误”，付款金额在表格“已付金额”列（合同金额、未付金额为干扰），两处盖章、三个日期'


def pay_cert_letter(S, C, P, o, rng):
    D = Doc(rng, font=SONG, margin=72)
    A, K = S['app'], C['cust']
    D.gap(40)
    D.title('付 款 证 明', 22, gap=30)
    D.para(f'兹证明，我公司（{K.name}）已于{fdate(P["date"], "cn")}通过{P["payer_bank"]}向{A.name}支付“{C["proj"]}”合同款（合同编号：{C["no"]}），金额人民币{rmb_upper(P["fen"])}（¥{money(P["fen"])}）。', size=12.5, lead=2.0)
    D.para('特此证明。', size=12.5, lead=2.0)
    D.gap(50)
    D.line(f'{K.name}财务部', 12.5, x=D.W / 2 - 20)
    D.line(f'{fdate(o["letter_date"], "cn")}', 12.5, x=D.W / 2 + 10)
    D.seal(D.W / 2 + 70, D.y + 40, K.name, '财务专用章', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), pay_fields(C, P, K.name, A.name, True), \
        '付款证明函（用户财务部出具，财务专用章）：付款方、收款方、金额、日期都在一句正文中；落款日期为干扰日期'

# ---------------------------------------------------------------- procurement genres
AGENCIES = ['天津市政府采购中心代理部', '天津国际招标有限公司', '天津天信招标代理有限公司', '中招国际招标有限公司天津分公司']


def pr_negotiation(S, C, o, rng):
    D = Doc(rng, font=SONG)
    A, K = S['app'], C['cust']
    ag = rng.choice(AGENCIES)
    kind = rng.choice(['竞争性谈判', '竞争性磋商'])
    D.title(f'{kind}成交结果通知书', 19, gap=16)
    D.line(f'{A.name}：', 12)
    code = f'TJ{C["proc"][0]}-{rng.choice(["TP", "CS"])}-{rng.randint(100, 999)}'
    D.para(f'{K.name}组织的“{C["proj"]}”{kind}采购（采购编号：{code}），经{"谈判" if kind == "竞争性谈判" else "磋商"}小组评审，并经采购人确认，确定贵公司为成交供应商。成交信息如下：')
    D.para(f'成交内容：{C["proj"]}（含设备、软件、安装调试及培训）；', indent=2)
    D.para(f'成交总价：¥{money(C["amount"])}元（大写：{rmb_upper(C["amount"])}）；', indent=2)
    D.para('交付期：合同签订后120日历天内完成交付及调试；', indent=2)
    D.para('履约保证金：成交总价的5%。', indent=2)
    D.para('请贵公司收到本通知书后30日内，与采购人签订合同。')
    D.gap(40)
    D.line(f'采购人：{K.name}（盖章）', 11.5, x=D.ml + 10)
    D.seal(D.ml + 150, D.y + 20, K.name, '', mode=o.get('seal', 'image'))
    D.line(f'采购代理机构：{ag}（盖章）', 11.5, x=D.ml + 10)
    D.seal(D.ml + 330, D.y + 20, ag, '业务专用章', mode=o.get('seal', 'image'))
    D.gap(20)
    D.line(fdate(C['proc'], 'cnnum'), 11.5, align='r')
    return dict(pdf=D.bytes()), F(contract_no=None, amount_yuan=amt(C['amount']), date=iso(C['proc']), customer=K.name), \
        f'{kind}成交结果通知书：采购人与采购代理机构并列盖章（代理机构为干扰机构），履约保证金为比例，日期为汉字数字'


def pr_rfq(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    D.title(K.name, 13, gap=4)
    D.title('询比价结果通知函', 19, gap=14)
    D.line(f'{A.name}：', 11.5)
    xj = f'XJ{C["proc"][0]}{rng.randint(1000, 9999)}'
    D.para(f'贵公司参与的“{C["proj"]}”询比价采购（询价单号：{xj}）已完成评审。我公司询比价小组按照“满足需求、综合评价”的原则，对各报价单位的技术方案、报价及服务承诺进行了比较。根据评审结果，确定贵公司为本项目成交单位，成交价格为人民币{rmb_upper(C["amount"])}（含13%增值税）。')
    D.para('询比价情况如下：')
    others = []
    for k in range(2):
        nm = make_party(rng, set(S['used_names']), kind='applicant').name.replace('智能科技', rng.choice(['自动化', '信息技术', '工业科技']))
        others.append((nm, C['amount'] + rng.randint(3, 15) * C['amount'] // 100 // 100 * 100))
    rows = [['序号', '报价单位', '技术评价', '排序']]
    lst = [(A.name, None)] + others
    for i, (nm, q) in enumerate(lst, 1):
        rows.append([str(i), nm, rng.choice(['满足', '满足', '基本满足']) if i > 1 else '满足', str(i)])
    D.grid(rows, [40, 260, 90, 81], size=10, minh=24, align={0: 'c', 3: 'c'})
    D.gap(4)
    D.para(f'其他报价单位最终报价分别为人民币{money(others[0][1])}元、{money(others[1][1])}元。请贵公司于收到本函后十日内与我公司{rng.choice(["设备部", "采购部"])}联系合同签订事宜。', 10.5)
    D.gap(30)
    D.line(f'{K.name}采购管理部', 11.5, x=D.W / 2)
    D.line(fdate(C['proc'], 'slash'), 11.5, x=D.W / 2 + 40)
    D.seal(D.W / 2 + 80, D.y + 30, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=None, amount_yuan=amt(C['amount']), date=iso(C['proc']), customer=K.name), \
        '询比价结果通知函：成交价只有大写，其他报价单位的报价（小写）为干扰金额，另有两家无关公司名称，日期为2023/03/02式'


def pr_platform(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    grp = K.name.replace('有限公司', '').replace('天津', '天津') + '控股集团'
    grp = '天津' + ''.join(rng.sample(BRAND, 2)) + '控股集团有限公司'
    D.c.setFillColorRGB(0.1, 0.3, 0.6); D.c.rect(0, D.H - 50, D.W, 50, fill=1, stroke=0)
    D.txt(40, D.H - 32, grp.replace('有限公司', '') + '电子采购平台', 15, color=(1, 1, 1))
    D.txt(D.W - 40, D.H - 30, '首页 | 采购公告 | 结果公示 | 供应商注册', 9, color=(1, 1, 1), align='r')
    D.y = D.H - 90
    D.title('中 选 通 知 书', 19, gap=14)
    pj = f'CG-{C["proc"][0]}{rng.randint(10, 12):02d}-{rng.randint(1000, 9999)}'
    D.grid([['项目编号', pj, '标段（包）', '第1包'],
            ['项目名称', (C['proj'], 3)],
            ['采购单位', (K.name, 3)],
            ['中选人', (A.name, 3)],
            ['中选金额（万元）', wan(C['amount']), '采购方式', rng.choice(['公开招标', '邀请招标', '竞争性谈判'])],
            ['发出时间', f'{fdate(C["proc"], "iso")} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}', '通知状态', '已确认']],
           [100, 160, 90, 121], size=10, minh=26)
    D.gap(8)
    D.para(f'{A.name}：你单位在本项目中被确定为中选人，请于本通知发出之日起30日内，与采购单位签订合同。本通知书由平台电子签章，与纸质通知书具有同等效力。', 10.5)
    D.seal(D.W - 170, D.y - 10, grp, '电子签章', mode=o.get('seal', 'image'))
    D.gap(60)
    D.line(f'打印时间：{fdate(o["print"], "iso")} 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}　　　　　　打印人：{person(rng)}', 8.5)
    D.line(f'https://ec.{rng.choice(["tjhgjt", "jcholding", "tjrjgroup"])}.example.cn/notice/bid/{rng.randint(10 ** 7, 10 ** 8)}', 8)
    return dict(pdf=D.bytes()), F(contract_no=None, amount_yuan=amt(C['amount']), date=iso(C['proc']), customer=K.name), \
        '集团电子采购平台中选通知书（网页打印）：中选金额只以万元给出，平台电子签章名是集团（不是采购单位），打印时间为干扰日期'


def pr_single(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    D.title(K.name, 13, gap=4)
    D.title('单一来源采购审批表', 19, gap=12)
    budget = C['amount'] + rng.randint(5, 20) * C['amount'] // 100 // 100 * 100
    D.grid([['申请部门', rng.choice(['智能制造部', '设备部', '信息中心']), '申请日期', fdate(add_days(C['proc'], -12), 'slash')],
            ['采购项目名称', (C['proj'], 3)],
            ['预算金额', f'¥{money(budget)}', '拟采购供应商', A.name],
            ['单一来源理由', ('本项目为原有产线控制系统的扩展和升级，须与现有系统完全兼容，原系统知识产权归拟采购供应商所有，只能从该供应商处采购。', 3)],
            ['谈判情况', (f'经采购管理部组织价格谈判，最终确定采购价格为¥{money(C["amount"])}元（大写：{rmb_upper(C["amount"])}），较预算节约{money(budget - C["amount"])}元。', 3)]],
           [100, 150, 90, 131], size=10, minh=28)
    rows = [['审批环节', '意见', '签字', '日期']]
    steps = [('需求部门负责人', '同意'), ('采购管理部', '同意单一来源采购'), ('财务部', '同意'), ('总经理', '同意')]
    for i, (k, v) in enumerate(steps):
        rows.append([k, v, '', fdate(add_days(C['proc'], -(len(steps) - 1 - i)), 'slash')])
    D.grid(rows, [120, 170, 90, 91], size=10, minh=30)
    yy = D.y
    for i in range(len(steps)):
        D.sign(D.ml + 298, yy + 3 + i * 30, 50)
    D.gap(12)
    D.line(f'审批完成日期：{fdate(C["proc"], "cn")}', 11, align='r')
    D.seal(D.W - 150, D.y + 30, K.name, '', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=None, amount_yuan=amt(C['amount']), date=iso(C['proc']), customer=K.name), \
        '用户内部单一来源采购审批表：预算金额（较高）与节约金额为干扰，成交价在“谈判情况”句中；多个审批日期，取审批完成日期'


def pr_order(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    po = f'PO{C["proc"][0]}{rng.randint(10000, 99999)}'
    D.title('采购订单（框架协议项下）', 18, gap=10)
    D.grid([['订单编号', po, '下单日期', fdate(C['proc'], 'cn')],
            ['依据协议', (f'《年度框架采购协议》（协议编号：{C["no"]}）', 3)],
            ['采购方', (K.name, 3)], ['供应方', (A.name, 3)],
            ['要求到货日期', fdate(add_days(C['proc'], 45), 'cn'), '交货地点', K.address[:12]]], [90, 150, 80, 151], size=10, minh=24)
    D.gap(6)
    items = items_for(C, rng, 4)
    rows = item_rows(items, ('行号', '物料/服务', '规格', '单位', '数量', '协议单价', '行金额'))
    D.grid(rows, [30, 130, 70, 34, 34, 85, 88], size=9, align={0: 'c', 4: 'c', 5: 'r', 6: 'r'})
    D.grid([['订单总金额', f'¥{money(C["amount"])}（人民币{rmb_upper(C["amount"])}）']], [90, 381], size=10.5, minh=26)
    D.gap(8)
    D.para('说明：本订单为框架协议的组成部分，价格、结算及违约责任按框架协议执行。供应方确认后请加盖公章回传。', 10)
    D.gap(10)
    D.line(f'采购方（盖章）：{K.name}', 11); D.seal(D.ml + 200, D.y + 20, K.name, '', mode=o.get('seal', 'image'))
    D.gap(20)
    D.line(f'供应方确认（盖章）：{A.name}', 11); D.seal(D.ml + 240, D.y + 20, A.name, '合同专用章', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(contract_no=C['no'], amount_yuan=amt(C['amount']), date=iso(C['proc']), customer=K.name), \
        '框架协议项下采购订单：订单自有编号（PO…）之外引用框架协议编号（即申报合同号），订单总金额即申报金额，要求到货日期为干扰'


def pr_web(S, C, o, rng):
    """中标结果公告 — browser screenshot drawn as an image."""
    A, K = S['app'], C['cust']
    W, H = 1600, 1500
    im = Image.new('RGB', (W, H), (255, 255, 255)); d = ImageDraw.Draw(im)
    f = lambda s: pil_font(s)
    d.rectangle([0, 0, W, 86], fill=(222, 225, 230))
    d.rounded_rectangle([160, 18, W - 200, 68], 20, fill='white')
    host = rng.choice(['zbtb.tjzb-notice.example.cn', 'www.tj-bidding.example.cn'])
    d.text((190, 28), f'https://{host}/zbjg/{C["proc"][0]}/{rng.randint(100000, 999999)}.html', font=f(24), fill=(60, 60, 60))
    d.rectangle([0, 86, W, 170], fill=(170, 20, 30))
    d.text((60, 108), '天津招标投标信息网', font=f(40), fill='white')
    t = f'{C["proj"]}中标结果公告'
    fs = 38
    while d.textlength(t, font=f(fs)) > W - 160:
        fs -= 2
    d.text(((W - d.textlength(t, font=f(fs))) / 2, 220), t, font=f(fs), fill=(20, 20, 20))
    pub = fdate(C['proc'], 'iso')
    d.text((W / 2 - 300, 290), f'发布时间：{pub}　　　信息来源：招标人　　浏览次数：{rng.randint(50, 900)}', font=f(24), fill=(120, 120, 120))
    d.line([(80, 340), (W - 80, 340)], fill=(200, 200, 200), width=2)
    code = f'TJZB-{C["proc"][0]}-{rng.randint(1000, 9999)}'
    lines = [f'一、项目编号：{code}', f'二、项目名称：{C["proj"]}', '三、中标信息',
             f'　　中标人：{A.name}', f'　　中标人地址：{A.address}', f'　　中标金额：{money(C["amount"], comma=False)}元',
             '　　工期：签订合同后150日历天', f'四、招标人：{K.name}', f'　　地址：{K.address}',
             f'　　联系人：{person(rng)}　　电话：{K.phone}', f'五、招标代理机构：{rng.choice(AGENCIES)}',
             '六、公告期限：自本公告发布之日起1个工作日。']
    y = 380
    for ln in lines:
        d.text((110, y), ln, font=f(30), fill=(30, 30, 30)); y += 62
    d.text((110, y + 20), '附件：中标结果公告.pdf', font=f(26), fill=(30, 80, 180))
    return dict(image=im, fmt=rng.choice(['png', 'jpg']), rendering='photo'), \
        F(contract_no=None, amount_yuan=amt(C['amount']), date=iso(C['proc']), customer=K.name), \
        '中标结果公告网页截图：浏览器地址栏与站点标题，中标金额无千分位，招标人在正文列表中，代理机构为干扰'

# ---------------------------------------------------------------- standard drafts and other material


def std_draft(S, st, o, rng):
    D = Doc(rng, font=SONG)
    A = S['app']
    group = st['category'] == '团体标准'
    D.line('ICS 25.040', 10.5); D.line('CCS J 07', 10.5)
    D.gap(20)
    D.title('团　体　标　准' if group else '企　业　标　准', 26, gap=10, font='zhei')
    D.line(st['code'], 13, align='r')
    D.hline(w=1.5); D.gap(70)
    for ln in wrap(st['title'], SONG, 22, D.width):
        D.title(ln, 22, gap=10)
    D.gap(10)
    D.title('（征求意见稿）' if st['stage'] == '征求意见稿' else '（草案）', 14, gap=120)
    D.line(f'{st["date"][0]}-{st["date"][1]:02d}-{st["date"][2]:02d}发布　　　　　　　　　　　　　　实施', 12)
    D.hline(w=1.5); D.gap(20)
    D.title(S['assoc'] if group else A.name, 15, gap=6)
    D.title('发　布', 15)
    D.newpage()
    D.title('前　　言', 15)
    D.para('本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。')
    D.para('请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。')
    D.para(f'本文件起草单位：{A.name}、' + '、'.join(rng.sample(EXPERT_UNITS, 2)) + '。')
    D.gap(10)
    D.title(st['title'], 13)
    D.line('1  范围', 12)
    D.para(f'本文件规定了{st["scope"]}的总体要求、功能要求、接口要求及测试方法。本文件适用于离散制造企业智能工厂的规划、建设与验收。')
    D.line('2  规范性引用文件', 12)
    D.para('GB/T 20720.1  企业控制系统集成 第1部分：模型和术语；GB/T 38129  智能工厂 安全控制要求；GB/T 39116  智能制造能力成熟度模型。')
    D.line('3  术语和定义', 12)
    D.para('3.1 数据采集终端  data acquisition terminal：部署于生产现场，用于采集设备运行参数并上传至平台的装置。')
    D.line('4  总体要求', 12)
    D.para('4.1 系统应采用分层架构，包括感知层、边缘层、平台层和应用层。4.2 各层之间应采用标准化接口，支持OPC UA、MQTT等协议。')
    return dict(pdf=D.bytes()), F(title=st['title']), \
        ('团体标准征求意见稿（封面+前言+正文）' if group else '企业标准草案（封面+前言+正文）') + '：标准名称在封面，可能折行'


def other_invoice(S, C, o, rng):
    D = Doc(rng, font=SONG, size=landscape(A4), margin=40)
    A, K = S['app'], C['cust']
    D.title('电子发票（增值税专用发票）', 19, gap=8, color=(0.55, 0.3, 0.1))
    D.line(f'发票号码：{rng.randint(10 ** 19, 10 ** 20 - 1)}　　　开票日期：{fdate(o["date"], "cn")}', 10, align='r')
    D.grid([['购买方信息', f'名称：{K.name}\n统一社会信用代码/纳税人识别号：{K.uscc}', '销售方信息', f'名称：{A.name}\n统一社会信用代码/纳税人识别号：{A.uscc}']],
           [60, 321, 60, 321], size=10, minh=50)
    net = C['amount'] * 100 // 113
    tax = C['amount'] - net
    D.grid([['项目名称', '规格型号', '单位', '数量', '单价', '金额', '税率/征收率', '税额'],
            ['*信息技术服务*智能制造系统集成', '—', '项', '1', money(net), money(net), '13%', money(tax)],
            ['合　　计', '', '', '', '', f'¥{money(net)}', '', f'¥{money(tax)}'],
            [('价税合计（大写）', 2), (rmb_upper(C['amount']), 4), '（小写）', f'¥{money(C["amount"])}']],
           [180, 70, 40, 40, 110, 120, 80, 122], size=9.5, minh=24)
    D.grid([['备注', f'合同编号：{C["no"]}；项目：{C["proj"]}'], ['开票人', person(rng)]], [60, 702], size=9.5, minh=30)
    D.seal(D.W - 150, 110, A.name, '发票专用章', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(), \
        '增值税电子专用发票（不是付款证明）：购销双方、价税合计、备注中的合同编号都与申报一致，应归为other，不能当付款凭证'


def other_quote(S, C, o, rng):
    D = Doc(rng, font='hei')
    A, K = S['app'], C['cust']
    D.title(A.name, 14, gap=4)
    D.title('报 价 单', 19, gap=12)
    D.line(f'致：{K.name}　　　　　　　　　报价日期：{fdate(o["date"], "slash")}', 10.5)
    items = items_for(C, rng, 4)
    D.grid(item_rows(items), [30, 130, 70, 36, 36, 85, 84], size=9, align={0: 'c', 4: 'c', 5: 'r', 6: 'r'})
    D.grid([['报价合计（含税）', f'¥{money(C["amount"])}']], [200, 271], size=10.5)
    D.gap(6)
    D.para('报价有效期：30天。本报价仅供贵公司采购决策参考，最终价格以双方签订的合同为准。', 10.5)
    D.seal(D.W - 150, D.y - 20, A.name, '合同专用章', mode=o.get('seal', 'image'))
    return dict(pdf=D.bytes()), F(), '申报单位自出的报价单（不是采购证明）：金额、用户名称齐全，但并不证明用户选定了供应商，应归为other'


def other_license(S, o, rng):
    D = Doc(rng, font=SONG, size=landscape(A4), margin=60)
    A = S['app']
    D.c.setStrokeColorRGB(0.7, 0.2, 0.2); D.c.setLineWidth(4); D.c.rect(30, 30, D.W - 60, D.H - 60)
    D.gap(10)
    D.title('营 业 执 照', 30, gap=6, font='zhei', color=(0.6, 0.1, 0.1))
    D.title('（副　本）', 14, gap=16)
    D.line(f'统一社会信用代码　{A.uscc}', 12, x=80)
    rows = [('名　　　　称', A.name), ('类　　　　型', '有限责任公司'), ('法定代表人', A.rep),
            ('经 营 范 围', '一般项目：技术服务、技术开发、技术咨询；工业自动控制系统装置制造；软件开发；信息系统集成服务；智能控制系统集成。'),
            ('注 册 资 本', f'{rng.choice(["伍仟", "叁仟", "壹亿", "捌仟"])}万元人民币'), ('成 立 日 期', fdate((rng.randint(2008, 2018), rng.randint(1, 12), rng.randint(1, 28)), 'cn')),
            ('住　　　　所', A.address)]
    for k, v in rows:
        D.para(f'{k}　{v}', 11.5, indent=0, x=140, width=560)
    D.gap(10)
    D.line('登记机关', 12, x=D.W - 300)
    D.line(fdate((2022, rng.randint(1, 12), rng.randint(1, 28)), 'cn'), 12, x=D.W - 300)
    D.seal(D.W - 230, D.y + 30, '天津市' + dist_of(A) + '市场监督管理局', '', mode='image')
    return dict(pdf=D.bytes()), F(), '营业执照副本（申报单位）：无关证照，应归为other'


def other_cert(S, o, rng):
    D = Doc(rng, font=SONG)
    A = S['app']
    D.gap(40)
    D.title('质量管理体系认证证书', 22, gap=8)
    D.title('QUALITY MANAGEMENT SYSTEM CERTIFICATE', 12, gap=30, font='Helvetica')
    D.line(f'证书编号：{rng.randint(10000, 99999)}Q{rng.randint(10000, 99999)}R0M', 11, align='c')
    D.gap(10)
    D.para(f'兹证明{A.name}质量管理体系符合GB/T 19001-2016 / ISO 9001:2015标准。', 12, indent=0)
    D.para(f'注册地址：{A.address}', 11, indent=0)
    D.para('认证范围：智能制造系统集成服务；工业软件的开发及技术服务。', 11, indent=0)
    D.gap(20)
    i = (2021, rng.randint(1, 12), rng.randint(1, 28))
    D.line(f'发证日期：{fdate(i, "iso")}　　有效期至：{fdate((i[0] + 3, i[1], i[2]), "iso")}', 11)
    D.gap(30)
    D.line('中正联合认证中心有限公司', 12, align='r')
    D.seal(D.W - 140, D.y + 30, '中正联合认证中心有限公司', '认证专用章', mode='image')
    return dict(pdf=D.bytes()), F(), '质量管理体系认证证书：无关资质证书，应归为other'


def other_meeting(S, o, rng):
    D = Doc(rng, font=SONG)
    A = S['app']
    D.title('天津市智能制造产业协会', 18, gap=4, color=(0.8, 0.1, 0.1))
    D.hline(w=2); D.gap(16)
    D.title('关于召开2023年智能制造供需对接交流会的通知', 15, gap=14)
    D.line('各会员单位：', 11.5)
    md = o['date']
    D.para(f'为推动我市智能制造系统解决方案供应商与制造企业精准对接，协会定于{fdate(md, "cn")}（星期{"一二三四五六日"[rng.randint(0, 4)]}）上午9:30在天津市河西区友谊路会展中心召开供需对接交流会。现将有关事项通知如下：')
    D.para('一、参会人员：各会员单位分管负责人1-2名。')
    D.para(f'二、会议内容：解读《天津市制造业高质量发展专项资金管理办法》；{A.name}等单位作典型案例交流；供需双方现场洽谈。')
    D.para('三、请于会前三日将参会回执发送至协会秘书处邮箱。')
    D.gap(30)
    D.line('天津市智能制造产业协会', 11.5, align='r')
    D.line(fdate(add_days(md, -10), 'cn'), 11.5, align='r')
    D.seal(D.W - 140, D.y + 30, '天津市智能制造产业协会', '', mode='image')
    return dict(pdf=D.bytes()), F(), '行业协会会议通知：无关公文，应归为other'

# ---------------------------------------------------------------- submission designs
CT = dict(buyer_seller=ct_buyer_seller, bilingual=ct_bilingual, entrust=ct_entrust, supply_first=ct_supply_first,
          framework=ct_framework, supplement=ct_supplement, fabao=ct_fabao)
AC = dict(dept_form=ac_dept_form, trial=ac_trial, countersign=ac_countersign, supervisor=ac_supervisor,
          expert=ac_expert, cert_letter=ac_cert_letter, final_bilingual=ac_final_bilingual)
PAY = dict(mobile=pay_mobile, rcb=pay_rcb, bohai=pay_bohai, cmbc=pay_cmbc, cib=pay_cib, bill=pay_bill,
           request=pay_request, confirm=pay_confirm, cert_letter=pay_cert_letter)
PR = dict(negotiation=pr_negotiation, rfq=pr_rfq, platform=pr_platform, single=pr_single, order=pr_order, web=pr_web)

# each contract: customer key, size weight, genres, payment split, planted defects
# cust: (key, 'sme'|'large'|'edge'|'sme_claimed_large')
DESIGNS = {
    'clean': dict(target=(5300, 7200), contracts=[
        dict(c='A', size='sme', w=1.0, ct='buyer_seller', ac='expert', pays=[('cert_letter', 1.0)], pr='negotiation'),
        dict(c='B', size='sme', w=0.5, ct='entrust', ac='dept_form', pays=[('mobile', 1.0, {'show_payer': True})], pr='rfq'),
        dict(c='C', size='large', w=1.6, ct='supply_first', ac='supervisor', pays=[('rcb', 0.7), ('bohai', 0.3)], pr='platform'),
        dict(c='D', size='sme', w=1.2, ct='fabao', ac='trial', pays=[('bill', 1.0)], pr='web', ct_mode='mixed'),
        dict(c='E', size='large', w=1.8, ct='bilingual', ac='final_bilingual', pays=[('cmbc', 1.0)], pr='single'),
        dict(c='F', size='edge', w=0.8, ct='framework', ac='countersign', pays=[('cib', 1.0)], pr='order'),
        dict(c='G', size='sme', w=0.7, ct='buyer_seller', ac='cert_letter', pays=[('request', 1.0, {'final': False})], pr='negotiation'),
        dict(c='H', size='sme', w=0.9, ct='supply_first', ac='expert', pays=[('confirm', 1.0)], pr='rfq'),
        dict(c='D', size='sme', w=0.4, ct='entrust', ac='dept_form', pays=[('bohai', 1.0)], pr='single'),
        dict(c='I', size='large', w=1.1, ct='fabao', ac='countersign', pays=[('mobile', 1.0, {'show_payer': False, 'wechat': True})], pr='platform'),
    ], standards=[True, True, True], other=['invoice:0', 'license', 'cert', 'meeting']),
    'gaps': dict(target=(3600, 4800), contracts=[
        dict(c='A', size='sme', w=0.6, ct='buyer_seller', ac='countersign', pays=[('bohai', 1.0)], pr='negotiation'),
        dict(c='B', size='sme_claimed', w=0.5, ct='entrust', ac='expert', pays=[('cert_letter', 1.0)], pr='rfq', planted=['sme_misclassified']),
        dict(c='C', size='sme', w=1.0, ct='supply_first', ac='dept_form', pays=[], pr='platform', planted=['missing_payment_proof'], invoice=True),
        dict(c='D', size='sme', w=0.9, ct='framework', ac=None, pays=[('cib', 1.0)], pr='order', planted=['missing_acceptance_report']),
        dict(c='E', size='large', w=1.4, ct='buyer_seller', ac='trial', pays=[('rcb', 0.6), ('cmbc', 0.35)], pr='single', planted=['amount_mismatch']),
        dict(c='F', size='sme', w=0.8, ct='fabao', ac='trial', pays=[('mobile', 1.0, {'show_payer': True})], pr='web', planted=['date_out_of_period']),
        dict(c='G', size='sme', w=1.1, ct='bilingual', ac='expert', ac_opts={'failed': True}, pays=[('bill', 1.0)], pr='negotiation', planted=['acceptance_not_passed']),
        dict(c='H', size='large', w=1.3, ct='supply_first', ac='supervisor', pays=[('cmbc', 1.0, {'group_payer': True})], pr='platform', planted=['party_mismatch']),
        dict(c='I', size='sme', w=0.7, ct='entrust', ac='cert_letter', pays=[('request', 1.0, {'final': False})], pr='rfq', planted=['duplicate_evidence'], dup='ct'),
        dict(c='J', size='sme', w=0.9, ct='fabao', ac='countersign', pays=[('confirm', 1.0)], pr='single', planted=['invalid_uscc']),
        dict(c='K', size='sme', w=0.8, ct='buyer_seller', ac='dept_form', pays=[('rcb', 1.0)], pr='negotiation', planted=['not_tianjin'], region='131000'),
    ], standards=[True, True, False, False], other=['license', 'corrupt']),
    'tricky': dict(target=(7900, 9500), contracts=[
        dict(c='A', size='large', w=1.6, ct='bilingual', ac='final_bilingual', pays=[('bill', 1.0, {'endorsed': True})], pr='web'),
        dict(c='B', size='sme', w=0.9, ct='supply_first', ac='dept_form', pays=[('mobile', 0.3, {'show_payer': True}), ('cmbc', 0.6), ('request', 0.1, {'final': True})], pr='rfq', rare=True),
        dict(c='C', size='large', w=1.3, ct='framework', ac='trial', pays=[('cib', 1.0)], pr='order'),
        dict(c='D', size='sme', w=1.0, ct='buyer_seller', ac='countersign', pays=[('confirm', 1.0)], pr='single', supplement=True),
        dict(c='E', size='sme', w=0.8, ct='entrust', ac='cert_letter', pays=[('cert_letter', 1.0)], pr='platform', rare=True),
        dict(c='F', size='edge', w=1.2, ct='fabao', ac='supervisor', pays=[('bill', 1.0)], pr='negotiation', ct_mode='mixed'),
        dict(c='G', size='sme', w=0.7, ct='buyer_seller', ac='expert', pays=[('rcb', 1.0)], pr='rfq', rare=True),
        dict(c='B', size='sme', w=0.5, ct='entrust', ac='dept_form', pays=[('bohai', 1.0)], pr=None, planted=['missing_procurement_proof'], quote=True),
        dict(c='H', size='large', w=0.9, ct='supply_first', ac='expert', pays=[('cmbc', 1.0, {'branch_payer': True})], pr='platform', planted=['party_mismatch']),
        dict(c='I', size='sme', w=0.8, ct='fabao', ac='trial', pays=[('mobile', 1.0, {'show_payer': False})], pr='single'),
    ], standards=[True, True, True], other=['cert', 'invoice:3']),
}
SUB_NAMES = {'clean': 'fc2_clean', 'gaps': 'fc2_gaps', 'tricky': 'fc2_tricky'}

PROJECTS = ['冲压车间MES系统及设备数据采集项目', '智能仓储物流系统（AGV+WMS）建设项目', '能碳精益化管控平台建设项目',
            '焊装线机器视觉质量检测系统项目', '设备预测性维护平台项目', '数字化车间改造项目', '工厂5G+TSN工业网络改造项目',
            'APS高级计划排程系统实施项目', '智能灌装生产线集成项目', '工业数据安全防护系统建设项目', '总装线数字孪生系统项目',
            '涂装车间能源管理系统项目', '原料药车间DCS与批次管理系统项目', '柔性机加工生产线集成项目', '质量追溯与SPC分析系统项目',
            '智能立体库及输送线改造项目', '电池模组PACK线智能化改造项目', '热处理工艺在线优化系统项目']
STD_TITLES = [('离散制造车间设备数据采集与互联互通技术规范', '设备数据采集与互联互通'),
              ('智能工厂 制造执行系统与企业资源计划系统集成接口要求', '制造执行系统与企业资源计划系统集成接口'),
              ('工业互联网平台 设备预测性维护服务流程规范', '设备预测性维护服务流程'),
              ('智能仓储系统集成实施与验收规范', '智能仓储系统集成实施与验收'),
              ('机器视觉质量检测系统通用技术要求', '机器视觉质量检测系统'),
              ('企业能碳管理平台数据接口规范', '企业能碳管理平台数据接口')]


def contract_no(rng, y, i):
    ab = ''.join(rng.choice('ABCDEFGHJKLMNPQRSTWXYZ') for _ in range(rng.choice([3, 4])))
    f = rng.randint(0, 5)
    if f == 0:
        return f'HT-{y}-{rng.randint(100, 9999):04d}'
    if f == 1:
        return f'{ab}-CG-{y}{rng.randint(1, 12):02d}-{rng.randint(1, 999):03d}'
    if f == 2:
        return f'{ab}〔{y}〕采字第{rng.randint(10, 300):03d}号'
    if f == 3:
        return f'{ab}/{y}/SI/{rng.randint(1, 99):03d}'
    if f == 4:
        return f'{y}{ab}JS{rng.randint(1000, 9999)}'
    return f'ZNZZ-{y}-{rng.randint(1, 12):02d}-{rng.randint(100, 999)}'


def rand_date(rng, a, b):
    return add_days(a, rng.randint(0, days_between(a, b)))


def build_world(kind, rng):
    design = DESIGNS[kind]
    used = set()
    app = make_party(rng, used, region=rng.choice(['120111', '120116', '120113', '120104']), kind='applicant')
    S = dict(kind=kind, app=app, used_names=used, assoc='天津市智能制造产业协会',
             direction=rng.choice(['智能生产线解决方案', '设备智能运维解决方案', '质量综合管控解决方案', '厂内智能物流解决方案']),
             industry=rng.choice(['汽车及关键零部件', '医药', '工业母机和机器人', '食品', '电子设备']))
    custs = {}
    projs = rng.sample(PROJECTS, len(design['contracts']))
    contracts = []
    raw = []
    for i, spec in enumerate(design['contracts']):
        key = spec['c']
        if key not in custs:
            big = spec['size'] in ('large', 'sme_claimed')
            K = make_party(rng, used, region=spec.get('region'), big=big, rare=spec.get('rare', False))
            if spec['size'] in ('large', 'sme_claimed'):
                emp, rev = rng.randint(1100, 6000), rng.randint(42000, 260000)
            elif spec['size'] == 'edge':
                emp, rev = rng.randint(1050, 1600), rng.randint(28000, 39000)   # many staff but revenue below: still SME
            else:
                emp, rev = rng.randint(60, 900), rng.randint(2500, 36000)
            K.emp, K.rev = emp, rev
            K.actual_sme = not (emp >= 1000 and rev >= 40000)
            K.declared_sme = K.actual_sme if spec['size'] != 'sme_claimed' else True
            if 'invalid_uscc' in spec.get('planted', []):
                K.uscc = make_uscc(K.region, rng, valid=False)
            K.declared_tj = '是' if spec.get('region') is None or 'not_tianjin' in spec.get('planted', []) else '否'
            custs[key] = K
        K = custs[key]
        accept = rand_date(rng, (2023, 3, 1), (2023, 12, 18))
        if 'date_out_of_period' in spec.get('planted', []):
            accept = rand_date(rng, (2024, 1, 8), (2024, 1, 26))
        sign = add_days(accept, -rng.randint(100, 320))
        proc = add_days(sign, -rng.randint(7, 35))
        raw.append(spec['w'] * rng.uniform(0.85, 1.15))
        C = dict(seq=i + 1, spec=spec, cust=K, proj=projs[i], sign=sign, accept=accept, proc=proc,
                 planted=list(spec.get('planted', [])))
        C['no'] = contract_no(rng, sign[0], i)
        while any(C['no'] == x['no'] for x in contracts):
            C['no'] = contract_no(rng, sign[0], i)
        suffix = {'buyer_seller': '设备买卖合同', 'bilingual': '设备供货及系统集成合同', 'entrust': '运维及升级服务协议',
                  'supply_first': '产品购销合同', 'framework': '年度框架采购协议', 'fabao': '合同', 'supplement': '合同'}[spec['ct']]
        C['title'] = ('年度框架采购协议' if spec['ct'] == 'framework' else projs[i].replace('项目', '') + suffix)
        contracts.append(C)
    # amounts: scale to a target total in 万元 (of the contracts that should end up verified)
    lo, hi = design['target']
    target = rng.uniform(lo + 100, hi - 100)
    good = [j for j, c in enumerate(contracts) if not (set(c['planted']) - {'sme_misclassified'})]
    base = sum(raw[j] for j in good) if kind != 'gaps' else sum(raw)
    for j, C in enumerate(contracts):
        w = raw[j] / base * target
        if rng.random() < 0.35:
            w = round(w)
        C['amount'] = int(round(w * 100)) * 100 * 100   # fen; 0.01万 granularity
    if kind == 'gaps':
        # keep the two verified contracts small, so the verified total is clearly below the threshold
        for C in contracts[:2]:
            C['amount'] = max(1, int(round(C['amount'] * 0.35 / 1000000))) * 1000000
    for C in contracts:
        spec = C['spec']
        if spec.get('supplement'):
            old = C['amount'] - int(round(C['amount'] * rng.uniform(0.12, 0.25) / 1000000)) * 1000000
            C['supp'] = dict(old=old, date=add_days(C['sign'], rng.randint(40, 90)),
                             scope=rng.choice(['两套视觉检测工位及配套软件模块', '一条输送线及WMS接口开发', '能耗计量点位128个及平台扩容']))
            C['supp']['date'] = min(C['supp']['date'], add_days(C['accept'], -10))
        # payments
        pays = []
        left = C['amount']
        n = len(spec['pays'])
        for k, p in enumerate(spec['pays']):
            g, share = p[0], p[1]
            opts = dict(p[2]) if len(p) > 2 else {}
            if k == n - 1 and abs(sum(x[1] for x in spec['pays']) - 1.0) < 1e-9:
                fen = left
            else:
                fen = int(round(C['amount'] * share / 10000)) * 10000
            left -= fen
            if n == 1:
                d = add_days(C['accept'], rng.randint(5, 30))
                stage = '合同款'
            elif k == 0:
                d = add_days(C['sign'], rng.randint(7, 20)); stage = '预付款'
            elif k == n - 1:
                d = add_days(C['accept'], rng.randint(5, 30)); stage = '验收款' if g != 'request' else '尾款'
            else:
                d = add_days(C['sign'], rng.randint(60, 100)); stage = '进度款'
            if d > (2023, 12, 29) and C['accept'] < (2024, 1, 1):
                d = (2023, 12, rng.randint(26, 29))
            payer, acct, bank = C['cust'].name, C['cust'].account, C['cust'].branch
            if opts.get('group_payer'):
                payer = '天津' + ''.join(rng.sample(BRAND, 2)) + '控股集团有限公司'
                acct = account_no(rng, '中国民生银行'); bank = '中国民生银行天津分行营业部'
                C['payer_note'] = '集团代付'
            if opts.get('branch_payer'):
                payer = C['cust'].name.replace('有限公司', '有限公司滨海分公司')
                acct = account_no(rng, '中国民生银行'); bank = '中国民生银行天津滨海支行'
            cite = rng.random() < 0.6
            memo = (f'{C["no"]} {stage}' if cite else rng.choice([stage, '货款', f'{C["proj"][:8]}{stage}', '设备款']))
            if opts.get('group_payer'):
                memo = f'代{C["cust"].name[:8]}付{stage}'
            P = dict(genre=g, fen=fen, date=d, payer=payer, payer_acct=acct, payer_bank=bank, memo=memo, stage=stage, opts=opts)
            if g == 'bill':
                P['bill_no'] = '5' + ''.join(str(rng.randint(0, 9)) for _ in range(29))
                if opts.get('endorsed'):
                    P['drawer'] = rng.choice(['中汽', '华北', '京津']) + ''.join(rng.sample(BRAND, 2)) + '汽车零部件股份有限公司'
                    P['issue'] = add_days(d, -rng.randint(30, 90))
            pays.append(P)
        C['payments'] = pays
    return S, contracts


# ---------------------------------------------------------------- file names
def name_pool(rng):
    used = set()
    folders = ['', '', '', '附件', '证明材料', '扫描件', '新建文件夹', '补充材料/银行回单', '资料2023']

    def pick(ext):
        for _ in range(100):
            f = rng.choice(folders)
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            t = f'{rng.randint(8, 20):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}'
            cands = {
                'pdf': [f'scan{rng.randint(1, 400):04d}.pdf', f'doc ({rng.randint(1, 40)}).pdf', f'{rng.randint(1, 12)}-{rng.randint(1, 9)}.pdf',
                        f'附件{rng.randint(1, 30)}.pdf', f'扫描全能王 2023-{m:02d}-{d:02d} {t[:2]}.{t[2:4]}.pdf', f'20231{rng.randint(0, 2)}{d:02d}{rng.randint(1000, 9999)}.pdf',
                        f'新建文件{rng.randint(1, 20)}.pdf', f'CamScanner 2023{m:02d}{d:02d}.pdf'],
                'jpg': [f'IMG_2023{m:02d}{d:02d}_{t}.jpg', f'微信图片_2023{m:02d}{d:02d}{t}.jpg', f'mmexport16{rng.randint(10 ** 10, 10 ** 11 - 1)}.jpg',
                        f'{rng.randint(1, 60)}.jpg', f'图片{rng.randint(1, 30)}.jpg'],
                'png': [f'Screenshot_2023{m:02d}{d:02d}_{t}.png', f'截图{rng.randint(1, 50)}.png', f'image{rng.randint(1, 99)}.png'],
            }[ext]
            p = (f + '/' if f else '') + rng.choice(cands)
            if p not in used:
                used.add(p)
                return p
        raise RuntimeError('names')
    return pick


# ---------------------------------------------------------------- building one submission
IMAGE_MODES_1 = ['scan_jpg', 'scan_jpg', 'scan_pdf', 'photo_jpg', 'photo_jpg', 'scan_png']
IMAGE_MODES_N = ['scan_pdf']


def plan_docs(S, contracts, rng):
    """list of doc jobs (without rendering)"""
    jobs = []
    for C in contracts:
        sp = C['spec']
        jobs.append(dict(kind='contract', fn=lambda S, C=C, o=None, r=None: CT[C['spec']['ct']](S, C, o, r), C=C,
                         fixed=sp.get('ct_mode'), pages=2, dup=sp.get('dup') == 'ct'))
        if sp.get('supplement'):
            # the original contract carries the old amount; the supplement carries the declared one
            jobs[-1]['orig_amount'] = C['supp']['old']
            jobs.append(dict(kind='contract', fn=lambda S, C=C, o=None, r=None: CT['supplement'](S, C, o, r), C=C, pages=1,
                             supersedes=True))
        if sp.get('ac'):
            ao = dict(sp.get('ac_opts', {}))
            if sp['ac'] == 'cert_letter':
                ao['letter_date'] = add_days(C['accept'], rng.randint(20, 60))
            jobs.append(dict(kind='acceptance_report', C=C, pages=1,
                             fn=lambda S, C=C, o=None, r=None, ao=ao: AC[C['spec']['ac']](S, C, {**ao, **(o or {})}, r)))
        for P in C['payments']:
            po = dict(P['opts'])
            if P['genre'] == 'cert_letter':
                po['letter_date'] = add_days(P['date'], rng.randint(30, 100))
            if P['genre'] == 'confirm':
                po['asof'] = add_days(P['date'], rng.randint(10, 40))
            jobs.append(dict(kind='payment_proof', C=C, pages=1, fixed='image' if P['genre'] == 'mobile' else None,
                             fn=lambda S, C=C, o=None, r=None, P=P, po=po: PAY[P['genre']](S, C, P, {**po, **(o or {})}, r)))
        if sp.get('pr'):
            pro = {'print': add_days(C['proc'], rng.randint(200, 400))}
            jobs.append(dict(kind='procurement_proof', C=C, pages=1, fixed='image' if sp['pr'] == 'web' else None,
                             fn=lambda S, C=C, o=None, r=None, pro=pro: PR[C['spec']['pr']](S, C, {**pro, **(o or {})}, r)))
        if sp.get('invoice'):
            io_ = {'date': add_days(C['accept'], rng.randint(1, 20))}
            jobs.append(dict(kind='other', C=None, rel=C, pages=1, fn=lambda S, C=C, o=None, r=None, io_=io_: other_invoice(S, C, {**io_, **(o or {})}, r)))
        if sp.get('quote'):
            qo = {'date': add_days(C['sign'], -rng.randint(20, 60))}
            jobs.append(dict(kind='other', C=None, rel=C, pages=1, fn=lambda S, C=C, o=None, r=None, qo=qo: other_quote(S, C, {**qo, **(o or {})}, r)))
    for st in S['standards']:
        if st['uploaded']:
            jobs.append(dict(kind='standard_draft', C=None, pages=3, std=st, fn=lambda S, C=None, o=None, r=None, st=st: std_draft(S, st, o or {}, r)))
    for ot in DESIGNS[S['kind']]['other']:
        if ot.startswith('invoice'):
            C = contracts[int(ot.split(':')[1])]
            io_ = {'date': add_days(C['accept'], rng.randint(1, 20))}
            jobs.append(dict(kind='other', C=None, rel=C, pages=1, fn=lambda S, C=C, o=None, r=None, io_=io_: other_invoice(S, C, {**io_, **(o or {})}, r)))
        elif ot == 'license':
            jobs.append(dict(kind='other', C=None, pages=1, fn=lambda S, C=None, o=None, r=None: other_license(S, o or {}, r)))
        elif ot == 'cert':
            jobs.append(dict(kind='other', C=None, pages=1, fn=lambda S, C=None, o=None, r=None: other_cert(S, o or {}, r)))
        elif ot == 'meeting':
            md = rand_date(rng, (2023, 4, 1), (2023, 11, 30))
            jobs.append(dict(kind='other', C=None, pages=1, fn=lambda S, C=None, o=None, r=None, md=md: other_meeting(S, {'date': md, **(o or {})}, r)))
        elif ot == 'corrupt':
            jobs.append(dict(kind='corrupt', C=None, pages=1, fn=None))
    return jobs


def assign_modes(jobs, rng, share=0.40):
    n = len(jobs) + sum(1 for j in jobs if j.get('dup'))
    fixed_img = [j for j in jobs if j.get('fixed') == 'image']
    for j in jobs:
        if j.get('fixed') == 'mixed':
            j['mode'] = 'mixed'
        elif j.get('fixed') == 'image':
            j['mode'] = 'image'
        elif j['kind'] == 'corrupt':
            j['mode'] = 'corrupt'
    free = [j for j in jobs if 'mode' not in j]
    want = int(round(share * n)) - len(fixed_img)
    order = list(range(len(free)))
    rng.shuffle(order)
    for k, idx in enumerate(order):
        j = free[idx]
        if k < want:
            j['mode'] = 'scan_pdf' if (j['pages'] > 1 or j['kind'] == 'contract') else rng.choice(IMAGE_MODES_1)
        else:
            j['mode'] = 'text'
        # seals drawn as glyphs (they land in the text layer) on about a third of text documents
        j['seal'] = 'vector' if (j['mode'] == 'text' and rng.random() < 0.33) else 'image'
    for j in jobs:
        j.setdefault('seal', 'image')


def to_fen(s):
    y, f = s.split('.')
    return int(y) * 100 + int(f)


def compute_truth(S, contracts, docs, standards):
    app = S['app']
    gaps = []
    per = {}
    for C in contracts:
        K = C['cust']
        cd = [d for d in docs if d['contract_no'] == C['no']]
        by = {k: [d for d in cd if d['doc_type'] == k] for k in ('contract', 'acceptance_report', 'payment_proof', 'procurement_proof')}
        g = []
        if not by['acceptance_report']:
            g.append('missing_acceptance_report')
        if not by['payment_proof']:
            g.append('missing_payment_proof')
        if not by['procurement_proof']:
            g.append('missing_procurement_proof')
        dec = C['amount']
        off = lambda a: abs(a - dec) * 1000 > dec * 5
        has_supp = any(d.get('_supersedes') for d in by['contract'])
        mism = False
        for d in by['contract'] + by['procurement_proof'] + by['acceptance_report']:
            a = d['fields']['amount_yuan']
            if a is None:
                continue
            if d['doc_type'] == 'contract' and has_supp and not d.get('_supersedes'):
                continue   # the amount of an original contract amended by a 补充协议 is superseded
            if off(to_fen(a)):
                mism = True
        # identical files count once in the sum of payments
        seen = set(); tot = 0; anyp = False
        for d in by['payment_proof']:
            if d['sha256'] in seen or d['fields']['amount_yuan'] is None:
                continue
            seen.add(d['sha256']); tot += to_fen(d['fields']['amount_yuan']); anyp = True
        if anyp and off(tot):
            mism = True
        if mism:
            g.append('amount_mismatch')
        if by['acceptance_report']:
            if any(d['fields']['date'] and not d['fields']['date'].startswith('2023') for d in by['acceptance_report']):
                g.append('date_out_of_period')
        elif C['accept'][0] != 2023:
            g.append('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in by['acceptance_report']):
            g.append('acceptance_not_passed')
        pm = False
        for d in by['payment_proof']:
            f = d['fields']
            if (f['payer'] is not None and f['payer'] != K.name) or (f['payee'] is not None and f['payee'] != app.name):
                pm = True
        for d in by['acceptance_report'] + by['contract']:
            if d['fields']['customer'] is not None and d['fields']['customer'] != K.name:
                pm = True
        if pm:
            g.append('party_mismatch')
        shas = [d['sha256'] for d in cd]
        if len(shas) != len(set(shas)):
            g.append('duplicate_evidence')
        if not uscc_valid(K.uscc):
            g.append('invalid_uscc')
        if K.declared_tj == '是' and (not K.address.startswith('天津市') or K.uscc[2:4] != '12'):
            g.append('not_tianjin')
        if K.declared_sme != K.actual_sme:
            g.append('sme_misclassified')
        per[C['no']] = g
        for k in g:
            gaps.append(dict(kind=k, contract_no=C['no'], customer=K.name, requirement='S-sme' if k == 'sme_misclassified' else 'S-evidence'))
    verified = [C for C in contracts if set(per[C['no']]) <= {'sme_misclassified'}]
    vcust = sorted({C['cust'].name for C in verified})
    vsme = sorted({C['cust'].name for C in verified if C['cust'].actual_sme})
    total = sum(C['amount'] for C in verified)
    std_ok = [s for s in standards if s['uploaded']]
    for s in standards:
        if not s['uploaded']:
            gaps.append(dict(kind='missing_standard_document', contract_no=None, customer=None, requirement='S-standards', standard=s['title']))
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(dict(kind='unreadable_document', contract_no=None, customer=None, requirement=None, file=d['path']))
    req = {'E-tianjin': 'met', 'S-customers': 'met', 'S-total': 'met', 'S-evidence': 'met', 'S-standards': 'met', 'S-sme': 'met'}
    if not (app.address.startswith('天津市') and app.uscc[2:4] == '12'):
        gaps.append(dict(kind='applicant_not_tianjin', contract_no=None, customer=None, requirement='E-tianjin')); req['E-tianjin'] = 'not_met'
    if len(vcust) < 8:
        gaps.append(dict(kind='customer_count_below_threshold', contract_no=None, customer=None, requirement='S-customers')); req['S-customers'] = 'not_met'
    if total < 25000000 * 100:
        gaps.append(dict(kind='total_below_threshold', contract_no=None, customer=None, requirement='S-total')); req['S-total'] = 'not_met'
    if len(vsme) < 5:
        gaps.append(dict(kind='sme_count_below_threshold', contract_no=None, customer=None, requirement='S-sme')); req['S-sme'] = 'not_met'
    if len(std_ok) < 3:
        gaps.append(dict(kind='standards_below_threshold', contract_no=None, customer=None, requirement='S-standards')); req['S-standards'] = 'not_met'
    if any(g['requirement'] == 'S-evidence' for g in gaps):
        req['S-evidence'] = 'not_met'
    y = total // 100
    tier = 1000 if y > 100000000 else 750 if y >= 75000000 else 500 if y >= 50000000 else 250 if y >= 25000000 else 0
    if any(req[k] != 'met' for k in ('E-tianjin', 'S-customers', 'S-total', 'S-sme', 'S-standards')):
        tier = 0
    return dict(gaps=gaps, requirements=req, verified=verified, vcust=vcust, vsme=vsme, total=total, std_ok=std_ok, tier=tier, per=per)


def fix_zip(data, when=(2024, 1, 15, 9, 0, 0)):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ', b'2024-01-15T09:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, date_time=when); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()


def write_workbook(path, S, contracts, standards, rng):
    import datetime
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = '申报单位'
    ws.merge_cells('A1:B1'); ws['A1'] = '申报单位基本信息'; ws['A1'].font = Font(bold=True, size=14)
    ws.append(['项目', '内容'])
    A = S['app']
    for k, v in [('单位名称', A.name), ('统一社会信用代码', A.uscc), ('注册地址', A.address), ('申报方向', S['direction']), ('服务行业', S['industry'])]:
        ws.append([k, v])
    ws.column_dimensions['A'].width = 20; ws.column_dimensions['B'].width = 60
    ws2 = wb.create_sheet('服务用户清单')
    half = rng.random() < 0.5
    heads = ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)' if half else '合同金额（万元）', '签订日期', '验收日期',
             '是否中小企业', '从业人员', '营业收入（万元）' if half else '营业收入(万元)', '是否天津企业']
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
    ws2['A1'] = '支持周期（2023年1月1日至2023年12月31日）服务用户清单'; ws2['A1'].font = Font(bold=True, size=14)
    ws2['A1'].alignment = Alignment(horizontal='center')
    ws2.append(heads)
    text_rows = set(rng.sample(range(len(contracts)), max(1, len(contracts) // 3)))
    text_amount_row = rng.randrange(len(contracts))
    largest = max(contracts, key=lambda C: C['cust'].rev)['cust'].name
    for i, C in enumerate(contracts):
        K = C['cust']
        w = wan(C['amount'])
        amount_cell = w if i == text_amount_row else float(w)
        if i in text_rows:
            sd, ad = fdate(C['sign'], 'cn'), fdate(C['accept'], 'cn')
        else:
            sd, ad = datetime.date(*C['sign']), datetime.date(*C['accept'])
        rev = f'{K.rev:,}' if K.name == largest else K.rev
        ws2.append([i + 1, K.name, K.uscc, C['no'], C['title'], amount_cell, sd, ad, '是' if K.declared_sme else '否', K.emp, rev, K.declared_tj])
        for col in (7, 8):
            cell = ws2.cell(row=i + 3, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = 'yyyy-mm-dd'
    for col, wd in zip('ABCDEFGHIJKL', [6, 36, 22, 24, 40, 14, 13, 13, 10, 10, 14, 10]):
        ws2.column_dimensions[col].width = wd
    ws3 = wb.create_sheet('标准草案')
    ws3.merge_cells('A1:D1'); ws3['A1'] = '形成的标准草案'; ws3['A1'].font = Font(bold=True, size=14)
    ws3.append(['序号', '标准名称', '标准类别', '阶段'])
    for i, s in enumerate(standards, 1):
        ws3.append([i, s['title'], s['category'], s['stage']])
    ws3.column_dimensions['B'].width = 60
    wb.properties.creator = '申报单位'
    wb.properties.created = datetime.datetime(2024, 1, 15, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 1, 15, 9, 0, 0)
    buf = io.BytesIO(); wb.save(buf)
    with open(path, 'wb') as fh:
        fh.write(fix_zip(buf.getvalue()))


def build_submission(kind, seed, out):
    rng = random.Random(f'{seed}-{kind}')
    S, contracts = build_world(kind, rng)
    flags = DESIGNS[kind]['standards']
    picks = rng.sample(STD_TITLES, len(flags))
    abbr = ''.join(rng.choice('ABCDEFGHJKLMNPQRSTWXYZ') for _ in range(4))
    standards = []
    for i, (up, (t, scope)) in enumerate(zip(flags, picks)):
        cat = rng.choice(['团体标准', '企业标准'])
        code = f'T/TJIMA {rng.randint(1, 60):03d}—2023' if cat == '团体标准' else f'Q/{abbr} {i + 1:03d}—2023'
        standards.append(dict(seq=i + 1, title=t, scope=scope, category=cat, stage=rng.choice(['征求意见稿', '草案']),
                              code=code, date=rand_date(rng, (2023, 5, 1), (2023, 12, 20)), uploaded=up))
    S['standards'] = standards
    jobs = plan_docs(S, contracts, rng)
    assign_modes(jobs, rng)
    name = SUB_NAMES[kind]
    root = os.path.join(out, name)
    sub = os.path.join(root, 'submission')
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(sub)
    pick = name_pool(rng)
    docs = []
    for ji, j in enumerate(jobs):
        drng = random.Random(f'{seed}-{kind}-doc{ji}')
        C = j['C']
        if j['kind'] == 'corrupt':
            # a scan whose upload broke off: PDF header and part of an image stream, no trailer
            good, _, _ = other_cert(S, {}, drng)[0]['pdf'], None, None
            data = good[:len(good) // 3]
            path = pick('pdf')
            fields = F(); note = '损坏文件：上传中断的PDF（只有文件头和部分内容，无交叉引用表），应报unreadable_document'
            doc_type, rendering = 'other', 'corrupt'
        else:
            res, fields, note = j['fn'](S, C or j.get('rel'), {'seal': j['seal']}, drng)
            doc_type = j['kind']
            if 'image' in res:
                im = res['image']
                if res['fmt'] == 'jpg':
                    data = jpeg_bytes(im.convert('RGB'), drng.randint(62, 80)); ext = 'jpg'
                else:
                    data = png_bytes(im.convert('P', palette=Image.ADAPTIVE, colors=64)); ext = 'png'
                rendering = res['rendering']
            else:
                data, ext, rendering = render(res['pdf'], j['mode'], drng)
            path = pick(ext)
            if j.get('orig_amount') is not None:
                fields['amount_yuan'] = amt(j['orig_amount'])
                note = note + '；此为原合同（金额已被补充协议变更），所载金额为原金额'
            if rendering in ('scan', 'photo') and 'image' not in res:
                note += '；' + {'scan_pdf': '扫描件（图像PDF）', 'scan_jpg': '扫描件JPG', 'scan_png': '二值化扫描PNG', 'photo_jpg': '手机拍照（透视变形、光照不均）'}[j['mode']]
            elif rendering == 'mixed':
                note += '；文字层页与扫描签字盖章页混合'
            elif j['seal'] == 'vector':
                note += '；印章以红色文字绘制，印章文字会混入文字层'
        full = os.path.join(sub, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'wb') as fh:
            fh.write(data)
        sha = hashlib.sha256(data).hexdigest()
        d = dict(path=path, doc_type=doc_type, rendering=rendering, contract_no=C['no'] if C else None, sha256=sha,
                 note=note, fields=fields)
        if j.get('supersedes'):
            d['_supersedes'] = True
        docs.append(d)
        if j.get('dup'):
            p2 = pick(ext)
            full2 = os.path.join(sub, p2)
            os.makedirs(os.path.dirname(full2), exist_ok=True)
            shutil.copyfile(full, full2)
            docs.append(dict(d, path=p2, note=note + '；与另一文件字节完全相同（重复上传）'))
    write_workbook(os.path.join(sub, '申报信息.xlsx'), S, contracts, standards, rng)
    T = compute_truth(S, contracts, docs, standards)
    for d in docs:
        d.pop('_supersedes', None)
    A = S['app']
    gt = dict(
        applicant=dict(name=A.name, uscc=A.uscc, address=A.address),
        award_tier_wan=T['tier'],
        accepted_total_yuan=amt(T['total']),
        requirements=T['requirements'],
        gaps=T['gaps'],
        verified_contracts=len(T['verified']),
        verified_customer_count=len(T['vcust']),
        verified_sme_customer_count=len(T['vsme']),
        standards_with_document=len(T['std_ok']),
        contracts=[dict(seq=C['seq'], contract_no=C['no'], customer=C['cust'].name, customer_uscc=C['cust'].uscc,
                        amount_yuan=amt(C['amount']), planted=C['planted']) for C in contracts],
        standards=[dict(seq=s['seq'], title=s['title'], category=s['category'], stage=s['stage'], uploaded=s['uploaded'])
                   for s in standards],
        documents=sorted(docs, key=lambda d: d['path']),
    )
    with open(os.path.join(root, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(gt, fh, ensure_ascii=False, indent=2)
    return name, gt


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=2)
    ap.add_argument('--only', choices=list(DESIGNS), action='append')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for kind in (a.only or list(DESIGNS)):
        name, gt = build_submission(kind, a.seed, a.out)
        n = len(gt['documents'])
        img = sum(1 for d in gt['documents'] if d['rendering'] in ('scan', 'photo'))
        print(f'{name}: {n} documents, {img} scans/photos ({img / n:.0%}), tier {gt["award_tier_wan"]}, '
              f'total {gt["accepted_total_yuan"]}, gaps {len(gt["gaps"])}')


if __name__ == '__main__':
    main()
