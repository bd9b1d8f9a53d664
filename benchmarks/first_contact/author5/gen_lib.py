# -*- coding: utf-8 -*-
"""author5 first-contact set: shared helpers (codes, amounts, dates, drawing, scanning).
Written independently of the product; nothing here is imported from it."""
import io, math, random
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta

import numpy as np
import cv2
from PIL import Image
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, landscape

pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('MH', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))

# ---------------------------------------------------------------- codes
USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(code17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17])


def org_check(code8):
    def v(ch):
        return int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(v(c) * w for c, w in zip(code8, ORG_W))
    r = 11 - s % 11
    return {10: 'X', 11: '0'}.get(r, str(r))


def make_uscc(rng, region, kind='91'):
    while True:
        if rng.random() < 0.7:
            body = 'MA' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUXY') for _ in range(6))
        else:
            body = ''.join(rng.choice('0123456789') for _ in range(8))
        c9 = org_check(body)
        if c9 in USCC_CHARS:
            break
    c17 = kind + region + body + c9
    return c17 + uscc_check(c17)


def break_uscc(code):
    last = code[17]
    alt = USCC_CHARS[(USCC_CHARS.index(last) + 7) % 31]
    return code[:17] + alt


TJ_REGIONS = {'120101': '和平区', '120102': '河东区', '120103': '河西区', '120104': '南开区',
              '120105': '河北区', '120106': '红桥区', '120110': '东丽区', '120111': '西青区',
              '120112': '津南区', '120113': '北辰区', '120114': '武清区', '120115': '宝坻区',
              '120116': '滨海新区', '120117': '宁河区', '120118': '静海区', '120119': '蓟州区'}
OUT_REGIONS = {'110105': '北京市朝阳区', '110108': '北京市海淀区', '131002': '河北省廊坊市安次区',
               '130602': '河北省保定市竞秀区', '370102': '山东省济南市历下区', '320506': '江苏省苏州市吴中区',
               '130203': '河北省唐山市路北区', '210204': '辽宁省大连市沙河口区', '370202': '山东省青岛市市南区'}

ROADS = ['黄海路', '泰达大街', '卫国道', '红旗南路', '津塘公路', '京津公路', '海泰发展六道', '新兴路',
         '华苑产业区海泰南道', '杨柳青镇柳霞路', '空港经济区西七道', '双港镇丽港园', '京滨工业园京滨睿城',
         '中北镇汽车工业园', '大港油田三号院', '北辰科技园区高新大道', '宝坻九园工业园', '西青经济技术开发区赛达新兴路']
OUT_ROADS = ['光明西道', '中关村大街', '建设南路', '和平东路', '科技三路', '经十路', '金鸡湖大道', '世纪大道', '胜利北街']


def tj_address(rng, region):
    return '天津市%s%s%d号' % (TJ_REGIONS[region], rng.choice(ROADS), rng.randint(3, 399))


def out_address(rng, region):
    return '%s%s%d号' % (OUT_REGIONS[region], rng.choice(OUT_ROADS), rng.randint(3, 399))


def bank_account(rng, n=None):
    n = n or rng.choice([12, 16, 17, 19, 20])
    return str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))


def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- amounts, dates
def D(x):
    return Decimal(str(x)).quantize(Decimal('0.01'), ROUND_HALF_UP)


def money(d):
    return '{:,.2f}'.format(Decimal(d))


def plain(d):
    return '{:.2f}'.format(Decimal(d))


def wan(d, nd=None):
    w = Decimal(d) / Decimal(10000)
    s = '{:f}'.format(w.normalize()) if nd is None else ('{:.%df}' % nd).format(w)
    return s


DIG = '零壹贰叁肆伍陆柒捌玖'


def daxie(d):
    d = Decimal(d).quantize(Decimal('0.01'))
    yuan = int(d)
    jiao = int((d * 10) % 10)
    fen = int((d * 100) % 10)
    units = ['', '拾', '佰', '仟']
    big = ['', '万', '亿']
    out = ''
    if yuan == 0:
        out = '零'
    else:
        groups = []
        y = yuan
        while y:
            groups.append(y % 10000)
            y //= 10000
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            s = ''
            digits = [(g // 10 ** k) % 10 for k in range(3, -1, -1)]
            started = gi != len(groups) - 1
            for k, dg in enumerate(digits):
                pos = 3 - k
                if dg == 0:
                    if s or started:
                        zero_pending = True
                    continue
                if zero_pending and (s or out):
                    s += '零'
                zero_pending = False
                s += DIG[dg] + units[pos]
            out += s + big[gi]
        out = out
    out += '元'
    if jiao == 0 and fen == 0:
        return out + '整'
    if jiao:
        out += DIG[jiao] + '角'
    elif yuan:
        out += '零'
    if fen:
        out += DIG[fen] + '分'
    else:
        out += '整'
    return out


CN_NUM = '〇一二三四五六七八九'


def d_cn(d):
    return '%d年%d月%d日' % (d.year, d.month, d.day)


def d_cn0(d):
    return '%d年%02d月%02d日' % (d.year, d.month, d.day)


def d_cnz(d):
    def n(x):
        if x < 10:
            return CN_NUM[x]
        if x < 20:
            return '十' + (CN_NUM[x % 10] if x % 10 else '')
        return CN_NUM[x // 10] + '十' + (CN_NUM[x % 10] if x % 10 else '')
    return ''.join(CN_NUM[int(c)] for c in str(d.year)) + '年' + n(d.month) + '月' + n(d.day) + '日'


def d_dot(d):
    return '%d.%02d.%02d' % (d.year, d.month, d.day)


def d_slash(d):
    return '%d/%02d/%02d' % (d.year, d.month, d.day)


def d_iso(d):
    return d.isoformat()


def d_compact(d):
    return '%d%02d%02d' % (d.year, d.month, d.day)


def rand_date(rng, a, b):
    return a + timedelta(days=rng.randint(0, (b - a).days))


def workday(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


# ---------------------------------------------------------------- drawing
RED = (0.86, 0.1, 0.12)
BLUE_INK = (0.1, 0.16, 0.5)
BLACK = (0, 0, 0)
GRAY = (0.45, 0.45, 0.45)


def sw(s, f, sz):
    return pdfmetrics.stringWidth(s, f, sz)


class Doc:
    """A reportlab document built page by page; pages use top-down y."""

    def __init__(self, rng, size=A4):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.rng = rng
        self.size = size
        self.n = 0

    def page(self, size=None):
        if self.n:
            self.c.showPage()
        size = size or self.size
        self.c.setPageSize(size)
        self.n += 1
        return Page(self, size)

    def bytes(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


class Page:
    def __init__(self, doc, size):
        self.doc = doc
        self.c = doc.c
        self.W, self.H = size
        self.rng = doc.rng

    def t(self, x, y, s, sz=10.5, f='ZH', col=BLACK, al='l', bold=False):
        c = self.c
        w = sw(s, f, sz)
        if al == 'c':
            x -= w / 2
        elif al == 'r':
            x -= w
        c.saveState()
        c.setFillColorRGB(*col)
        c.setStrokeColorRGB(*col)
        to = c.beginText()
        to.setFont(f, sz)
        if bold:
            c.setLineWidth(sz * 0.035)
            to.setTextRenderMode(2)
        to.setTextOrigin(x, self.H - y)
        to.textOut(s)
        c.drawText(to)
        c.restoreState()
        return w

    def spaced(self, x, y, s, sz=10.5, gap=None, f='ZH', col=BLACK, al='l', bold=False):
        gap = sz * 0.9 if gap is None else gap
        total = sum(sw(ch, f, sz) for ch in s) + gap * (len(s) - 1)
        if al == 'c':
            x -= total / 2
        elif al == 'r':
            x -= total
        for ch in s:
            self.t(x, y, ch, sz, f, col, bold=bold)
            x += sw(ch, f, sz) + gap
        return total

    def lines_of(self, s, w, sz, f='ZH', indent=0):
        out = []
        for para in s.split('\n'):
            cur = '　' * indent if indent else ''
            for ch in para:
                if sw(cur + ch, f, sz) > w:
                    out.append(cur)
                    cur = ch
                else:
                    cur += ch
            out.append(cur)
        return out

    def wrap(self, x, y, w, s, sz=10.5, lead=None, f='ZH', col=BLACK, indent=2):
        lead = lead or sz * 1.75
        for ln in self.lines_of(s, w, sz, f, indent):
            self.t(x, y, ln, sz, f, col)
            y += lead
        return y

    def line(self, x1, y1, x2, y2, lw=0.6, col=BLACK, dash=None):
        c = self.c
        c.setStrokeColorRGB(*col)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x1, self.H - y1, x2, self.H - y2)
        if dash:
            c.setDash()

    def rect(self, x, y, w, h, lw=0.6, col=BLACK, fill=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*col)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, self.H - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill else 0)

    def grid(self, x, y, cols, rows, rh=20, sz=9.5, f='ZH', al=None, lw=0.6, pad=3, hdr=False,
             hfill=None, col=BLACK, inner_lw=None):
        """rows: list of lists; cell = str or (str, span). Returns bottom y."""
        inner_lw = lw if inner_lw is None else inner_lw
        total = sum(cols)
        yy = y
        for ri, row in enumerate(rows):
            cells = []
            ci = 0
            for cell in row:
                span = 1
                if isinstance(cell, tuple):
                    cell, span = cell
                w = sum(cols[ci:ci + span])
                cells.append((ci, span, w, cell))
                ci += span
            hmax = rh
            wrapped = []
            for ci, span, w, cell in cells:
                ls = self.lines_of(cell or '', w - 2 * pad, sz, f) if cell else ['']
                wrapped.append(ls)
                hmax = max(hmax, len(ls) * sz * 1.3 + 2 * pad + 2)
            if hdr and ri == 0 and hfill:
                self.rect(x, yy, total, hmax, lw=0, fill=hfill)
            xx = x
            for (ci, span, w, cell), ls in zip(cells, wrapped):
                a = (al[ci] if al else 'l')
                ty = yy + (hmax - len(ls) * sz * 1.3) / 2 + sz * 0.95
                for ln in ls:
                    if a == 'c':
                        self.t(xx + w / 2, ty, ln, sz, f, col, al='c', bold=hdr and ri == 0)
                    elif a == 'r':
                        self.t(xx + w - pad, ty, ln, sz, f, col, al='r')
                    else:
                        self.t(xx + pad, ty, ln, sz, f, col, bold=hdr and ri == 0)
                    ty += sz * 1.3
                if xx > x:
                    self.line(xx, yy, xx, yy + hmax, inner_lw)
                xx += w
            self.line(x, yy, x + total, yy, lw if ri == 0 else inner_lw)
            yy += hmax
        self.line(x, yy, x + total, yy, lw)
        self.line(x, y, x, yy, lw)
        self.line(x + total, y, x + total, yy, lw)
        return yy

    def seal(self, cx, cy, name, inner='', r=40, col=RED, alpha=0.82, code=None, oval=False):
        c = self.c
        rng = self.rng
        c.saveState()
        c.setFillAlpha(alpha)
        c.setStrokeAlpha(alpha)
        c.setStrokeColorRGB(*col)
        c.setFillColorRGB(*col)
        Y = self.H - cy
        c.translate(cx, Y)
        c.rotate(rng.uniform(-12, 12))
        if oval:
            c.setLineWidth(1.8)
            c.ellipse(-r * 1.25, -r * 0.85, r * 1.25, r * 0.85)
            rx, ry = r * 1.05, r * 0.66
        else:
            c.setLineWidth(2.2)
            c.circle(0, 0, r)
            rx = ry = r * 0.76
        n = len(name)
        span = min(250, 18 * n + 40)
        a0 = 90 + span / 2
        fsz = max(6.5, min(r * 0.30, (span / 360) * 2 * math.pi * rx / max(n, 1) * 0.95))
        for i, ch in enumerate(name):
            a = a0 - span * (i + 0.5) / n
            rad = math.radians(a)
            c.saveState()
            c.translate(rx * math.cos(rad), ry * math.sin(rad))
            c.rotate(a - 90)
            c.setFont('ZH', fsz)
            c.drawCentredString(0, -fsz * 0.35, ch)
            c.restoreState()
        # star
        p = c.beginPath()
        rs = r * 0.26
        for k in range(10):
            rr = rs if k % 2 == 0 else rs * 0.4
            ang = math.radians(90 + k * 36)
            (p.moveTo if k == 0 else p.lineTo)(rr * math.cos(ang), rr * math.sin(ang) + r * 0.02)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        if inner:
            c.setFont('ZH', r * 0.2)
            c.drawCentredString(0, -r * 0.52, inner)
        if code:
            c.setFont('ZH', r * 0.11)
            c.drawCentredString(0, -r * 0.8, code)
        c.restoreState()

    def name_stamp(self, x, y, person, col=RED):
        c = self.c
        c.saveState()
        c.setStrokeAlpha(0.85)
        c.setFillAlpha(0.85)
        c.setStrokeColorRGB(*col)
        c.setFillColorRGB(*col)
        c.setLineWidth(1.4)
        s = 30
        c.rect(x, self.H - y - s, s, s)
        txt = (person + '印')[:4] if len(person) == 3 else person[:4]
        c.setFont('ZH', 11)
        if len(txt) >= 4:
            c.drawCentredString(x + s * 0.72, self.H - y - s * 0.42, txt[0])
            c.drawCentredString(x + s * 0.72, self.H - y - s * 0.86, txt[1])
            c.drawCentredString(x + s * 0.28, self.H - y - s * 0.42, txt[2])
            c.drawCentredString(x + s * 0.28, self.H - y - s * 0.86, txt[3])
        else:
            c.drawCentredString(x + s / 2, self.H - y - s * 0.6, txt)
        c.restoreState()

    def hand(self, x, y, s, sz=11, col=BLUE_INK, slant=0.0, spacing=1.0):
        c = self.c
        rng = self.rng
        xx = x
        for ch in s:
            z = sz * rng.uniform(0.88, 1.12)
            c.saveState()
            c.setFillColorRGB(*col)
            c.translate(xx + rng.uniform(-0.6, 0.6), self.H - y + rng.uniform(-1.2, 1.2))
            c.rotate(rng.uniform(-7, 7) - slant)
            c.skew(slant, 0)
            c.setFont('MH', z)
            c.drawString(0, 0, ch)
            c.restoreState()
            xx += sw(ch, 'MH', z) * spacing * rng.uniform(0.92, 1.05)
        return xx - x

    def sign(self, x, y, person, sz=15):
        return self.hand(x, y, person, sz=sz, col=(0.05, 0.05, 0.12), slant=12, spacing=0.82)


def new_doc(rng, land=False, size=None):
    return Doc(rng, size or (landscape(A4) if land else A4))


# ---------------------------------------------------------------- scanning
def rasterize(pdf_bytes, dpi=144, pages=None):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        if pages is not None and i not in pages:
            continue
        out.append(pdf[i].render(scale=dpi / 72.0).to_pil().convert('RGB'))
    pdf.close()
    return out


def _jpeg(arr, q):
    ok, enc = cv2.imencode('.jpg', arr, [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    return cv2.imdecode(enc, cv2.IMREAD_COLOR)


def degrade_scan(img, rng, gray=False):
    nr = np.random.RandomState(rng.randint(0, 2 ** 31 - 1))
    a = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR).astype(np.float32)
    h, w = a.shape[:2]
    tone = np.array([rng.uniform(0.9, 0.97), rng.uniform(0.93, 0.99), rng.uniform(0.95, 1.0)], np.float32)
    a = a * tone
    ang = rng.uniform(-1.6, 1.6)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += [rng.uniform(-8, 8), rng.uniform(-8, 8)]
    a = cv2.warpAffine(a, M, (w, h), borderValue=(235, 238, 240))
    grad = np.linspace(rng.uniform(0.9, 1.0), rng.uniform(0.97, 1.03), w, dtype=np.float32)[None, :, None]
    a = a * grad
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.95))
    a = a + nr.normal(0, rng.uniform(3, 7), a.shape).astype(np.float32)
    # a few specks
    for _ in range(rng.randint(5, 30)):
        cv2.circle(a, (rng.randint(0, w - 1), rng.randint(0, h - 1)), rng.randint(1, 2), (60, 60, 60), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if gray:
        g = cv2.cvtColor(a, cv2.COLOR_BGR2GRAY)
        a = cv2.cvtColor(g, cv2.COLOR_GRAY2BGR)
    a = _jpeg(a, rng.randint(48, 72))
    return Image.fromarray(cv2.cvtColor(a, cv2.COLOR_BGR2RGB))


def degrade_photo(img, rng):
    nr = np.random.RandomState(rng.randint(0, 2 ** 31 - 1))
    a = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    h, w = a.shape[:2]
    pad = int(0.09 * w)
    bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.uint8)
    bgc = rng.choice([(70, 95, 120), (40, 40, 45), (150, 160, 170), (95, 120, 150)])
    bg[:] = bgc
    bg[pad:pad + h, pad:pad + w] = a
    H, W = bg.shape[:2]
    j = 0.045
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    dst = src + np.float32([[rng.uniform(-j, j) * w, rng.uniform(-j, j) * h] for _ in range(4)])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(bg, M, (W, H), borderValue=bgc).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    light = (1.08 - rng.uniform(0.35, 0.6) * dist)[:, :, None]
    if rng.random() < 0.5:  # a soft shadow band
        x0 = rng.uniform(0.3, 0.9) * W
        light = light * (1 - 0.18 / (1 + np.exp(-(xx - x0) / (0.03 * W))))[:, :, None]
    out = out * light * np.array([0.92, 0.98, 1.04], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    out = out + nr.normal(0, rng.uniform(4, 9), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    scale = 1500.0 / max(out.shape[:2])
    out = cv2.resize(out, (int(out.shape[1] * scale), int(out.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    return out  # BGR uint8


def images_to_pdf(imgs):
    buf = io.BytesIO()
    imgs[0].save(buf, 'PDF', save_all=True, append_images=imgs[1:], resolution=144.0)
    return buf.getvalue()


def to_scan_pdf(pdf_bytes, rng, gray=False):
    return images_to_pdf([degrade_scan(im, rng, gray) for im in rasterize(pdf_bytes)])


def to_photo_jpg(pdf_bytes, rng, page=0):
    im = rasterize(pdf_bytes, dpi=130, pages=[page])[0]
    ok, enc = cv2.imencode('.jpg', degrade_photo(im, rng), [cv2.IMWRITE_JPEG_QUALITY, rng.randint(70, 86)])
    return enc.tobytes()


def to_png(pdf_bytes, page=0, dpi=110):
    im = rasterize(pdf_bytes, dpi=dpi, pages=[page])[0]
    buf = io.BytesIO()
    im.save(buf, 'PNG', optimize=False)
    return buf.getvalue()


def to_mixed(pdf_bytes, rng, scan_pages):
    """text layer for most pages, scanned images for scan_pages."""
    src = pdfium.PdfDocument(pdf_bytes)
    n = len(src)
    imgs = [degrade_scan(im, rng) for im in rasterize(pdf_bytes, pages=set(scan_pages))]
    img_pdf = pdfium.PdfDocument(images_to_pdf(imgs))
    out = pdfium.PdfDocument.new()
    k = 0
    for i in range(n):
        if i in scan_pages:
            out.import_pages(img_pdf, [k])
            k += 1
        else:
            out.import_pages(src, [i])
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()
