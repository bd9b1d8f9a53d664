"""Helpers for author19's generator: codes, amounts in words, PDF drawing, scan degradation."""
import io, math, random, hashlib
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('ZH2', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))

USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def uscc_check(code17):
    s = sum(USCC_CH.index(ch) * w for ch, w in zip(code17, USCC_W))
    return USCC_CH[(31 - s % 31) % 31]

def uscc_valid(code):
    return len(code) == 18 and all(c in USCC_CH for c in code) and uscc_check(code[:17]) == code[17]

def make_uscc(rng, region, kind='91'):
    body = ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c9 = 11 - sum(val(ch) * wi for ch, wi in zip(body, w)) % 11
    c9 = 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
    if c9 not in USCC_CH:
        c9 = '0'
    code17 = kind + region + body + c9
    return code17 + uscc_check(code17)

DIG = '零壹贰叁肆伍陆柒捌玖'
def rmb_upper(cents):
    yuan, fen = divmod(int(cents), 100)
    jiao, fen = divmod(fen, 10)
    units = ['', '拾', '佰', '仟']
    def four(n):
        s = ''; zero = False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = True
            else:
                if zero and s: s += '零'
                zero = False
                s += DIG[d] + units[i]
        return s
    parts = []
    big = ['', '万', '亿']
    i = 0; n = yuan; res = ''; need_zero = False
    groups = []
    while n > 0:
        groups.append(n % 10000); n //= 10000
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            need_zero = True; continue
        if res and (need_zero or g < 1000): res += '零'
        res += four(g) + big[gi]; need_zero = False
    if not res: res = '零'
    res += '元'
    if jiao == 0 and fen == 0:
        return res + '整'
    if jiao: res += DIG[jiao] + '角'
    elif fen: res += '零'
    if fen: res += DIG[fen] + '分'
    return res

def fmt_amt(cents):
    return f"{cents // 100:,}.{cents % 100:02d}"

def amt_str(cents):
    return f"{cents // 100}.{cents % 100:02d}"

CN_NUM = '〇一二三四五六七八九'
def cn_date(d):
    y = ''.join(CN_NUM[int(ch)] for ch in str(d.year))
    def n(x):
        if x < 10: return CN_NUM[x]
        if x == 10: return '十'
        if x < 20: return '十' + CN_NUM[x - 10]
        return CN_NUM[x // 10] + '十' + (CN_NUM[x % 10] if x % 10 else '')
    return f"{y}年{n(d.month)}月{n(d.day)}日"

def zh_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


class Page:
    """A small cursor-based drawing API over a reportlab canvas."""
    def __init__(self, c, size):
        self.c = c; self.W, self.H = size; self.y = self.H - 60; self.L = 60; self.R = self.W - 60

    def text(self, x, y, s, size=10.5, font='ZH', color=(0, 0, 0)):
        self.c.setFillColorRGB(*color); self.c.setFont(font, size); self.c.drawString(x, y, s)

    def center(self, s, size=18, font='ZH', dy=None, spacing=0):
        if spacing:
            s = (' ' * spacing).join(s)
        self.c.setFillColorRGB(0, 0, 0); self.c.setFont(font, size)
        self.c.drawCentredString(self.W / 2, self.y, s)
        self.y -= dy if dy else size * 1.8

    def wrap(self, s, width, size):
        lines = []; cur = ''
        for ch in s:
            if ch == '\n':
                lines.append(cur); cur = ''; continue
            if pdfmetrics.stringWidth(cur + ch, 'ZH', size) > width:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur: lines.append(cur)
        return lines

    def para(self, s, size=10.5, indent=2, lead=1.65, x=None, width=None):
        x = self.L if x is None else x
        width = (self.R - x) if width is None else width
        s = '\u3000' * indent + s
        for ln in self.wrap(s, width, size):
            self.text(x, self.y, ln, size)
            self.y -= size * lead

    def line(self, s, size=10.5, x=None, gap=1.7):
        self.text(self.L if x is None else x, self.y, s, size); self.y -= size * gap

    def hr(self, w=0.8, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color); self.c.setLineWidth(w); self.c.line(self.L, self.y, self.R, self.y); self.y -= 8

    def table(self, rows, widths, size=9.5, rowh=None, x=None, header=True, wrapcells=True, hand=None):
        """Ruled table; widths are fractions of the printable width; returns after drawing."""
        x0 = self.L if x is None else x
        total = self.R - x0
        ws = [w * total for w in widths]
        self.c.setStrokeColorRGB(0, 0, 0); self.c.setLineWidth(0.6)
        for ri, row in enumerate(rows):
            cells = [self.wrap(str(v), w - 6, size) if wrapcells else [str(v)] for v, w in zip(row, ws)]
            nl = max(1, max(len(cl) for cl in cells))
            h = max(rowh or 0, nl * size * 1.35 + 8)
            if self.y - h < 50:
                return rows[ri:]
            xx = x0
            for ci, (cl, w) in enumerate(zip(cells, ws)):
                self.c.rect(xx, self.y - h, w, h)
                ty = self.y - 4 - size
                for ln in cl:
                    if hand and ri > 0 and ci in hand:
                        self.c.saveState(); self.c.translate(xx + 4, ty)
                        self.c.rotate(hand[ci].uniform(-2.5, 2.5))
                        self.text(0, 0, ln, size + 0.5, font='ZH2', color=(0.1, 0.15, 0.55)); self.c.restoreState()
                    else:
                        self.text(xx + 3, ty, ln, size, font='ZH' if not (header and ri == 0) else 'ZH')
                    ty -= size * 1.35
                xx += w
            self.y -= h
        self.y -= 10
        return []

    def seal(self, cx, cy, name, label='', r=40, alpha=0.72, color=(0.85, 0.1, 0.1)):
        c = self.c; c.saveState()
        try:
            c.setFillAlpha(alpha); c.setStrokeAlpha(alpha)
        except Exception:
            pass
        c.setStrokeColorRGB(*color); c.setFillColorRGB(*color); c.setLineWidth(2.2)
        c.circle(cx, cy, r)
        # star
        pts = []
        for i in range(10):
            ang = math.pi / 2 + i * math.pi / 5
            rr = r * 0.25 if i % 2 == 0 else r * 0.1
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        p = c.beginPath(); p.moveTo(*pts[0])
        for q in pts[1:]: p.lineTo(*q)
        p.close(); c.drawPath(p, fill=1, stroke=0)
        n = len(name); span = min(250, 18 * n)
        fs = min(r * 0.33, 11)
        for i, ch in enumerate(name):
            ang = math.radians(90 + span / 2 - span * i / max(1, n - 1))
            x = cx + (r - fs - 2) * math.cos(ang); y = cy + (r - fs - 2) * math.sin(ang)
            c.saveState(); c.translate(x, y); c.rotate(math.degrees(ang) - 90)
            c.setFont('ZH', fs); c.drawCentredString(0, 0, ch); c.restoreState()
        if label:
            c.setFont('ZH', fs * 0.85); c.drawCentredString(cx, cy - r * 0.55, label)
        c.restoreState()


def build_pdf(pages_fn, size=A4):
    """pages_fn: list of callables taking Page. Returns PDF bytes."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(''); c.setAuthor(''); c.setProducer('')
    for fn in pages_fn:
        p = Page(c, size); fn(p); c.showPage()
    c.save()
    return buf.getvalue()


def rasterize(pdf_bytes, dpi=110):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    imgs = []
    for i in range(len(doc)):
        imgs.append(doc[i].render(scale=dpi / 72).to_pil().convert('RGB'))
    doc.close()
    return imgs


def degrade(img, rng, mode='scan'):
    import numpy as np, cv2
    from PIL import Image
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if mode == 'photo':
        # perspective + uneven light + blur
        d = 0.035
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda: rng.uniform(0, d)
        dst = np.float32([[w * j(), h * j()], [w * (1 - j()), h * j()], [w * (1 - j()), h * (1 - j())], [w * j(), h * (1 - j())]])
        M = cv2.getPerspectiveTransform(src, dst)
        a = cv2.warpPerspective(a, M, (w, h), borderValue=(120, 110, 95))
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        light = 1.05 - 0.35 * np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        a = a * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
        a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.6, 1.1))
        noise = 7
    else:
        ang = rng.uniform(-1.6, 1.6)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
        a = a * 0.96 + 6
        a = cv2.GaussianBlur(a, (3, 3), 0.5)
        noise = 5
    a = a + np.random.default_rng(rng.randint(0, 10 ** 9)).normal(0, noise, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    buf = io.BytesIO(); im.save(buf, 'JPEG', quality=rng.randint(55, 78)); buf.seek(0)
    return Image.open(buf).convert('RGB')


def images_to_pdf(imgs, dpi=110):
    buf = io.BytesIO()
    import datetime as _dt
    import time as _t; fixed = _t.gmtime(1735646400)
    imgs[0].save(buf, 'PDF', save_all=True, append_images=imgs[1:], resolution=dpi, creationDate=fixed, modDate=fixed)
    return buf.getvalue()


def img_bytes(img, fmt='JPEG', q=80):
    buf = io.BytesIO()
    if fmt == 'JPEG':
        img.save(buf, 'JPEG', quality=q)
    else:
        img.save(buf, 'PNG', optimize=False)
    return buf.getvalue()

def sha256(b):
    return hashlib.sha256(b).hexdigest()
