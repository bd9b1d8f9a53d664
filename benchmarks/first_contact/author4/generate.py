#!/usr/bin/env python3
"""Author-4 first-contact set (support cycle 2023): three whole submissions with ground truth.

Written blind: the author never opened the product's code, tests, generators or sample evidence.
Usage: python generate.py --out data --seed 4
Every page is described once as a display list and rendered either as a text-layer PDF
(reportlab) or as a raster page (Pillow) that is then scanned/photographed (OpenCV).
"""
import argparse, hashlib, io, json, math, os, random, shutil, sys
from datetime import date, timedelta

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader

W, H = 595.0, 842.0  # A4 points
ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
MICRO = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIFB = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
pdfmetrics.registerFont(TTFont("zen", ZEN, subfontIndex=0))
pdfmetrics.registerFont(TTFont("micro", MICRO, subfontIndex=0))
RL_FONT = {"song": "zen", "hei": "micro", "kai": "zen", "mono": "micro", "bold": "micro", "hand": "zen"}
PIL_FONT = {"song": (SERIF, 2), "hei": (SANS, 2), "kai": (MICRO, 0), "mono": (ZEN, 1), "bold": (SERIFB, 2), "hand": (MICRO, 0)}

# ----------------------------------------------------------------------------- basic helpers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(body17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


def org_code(rng):
    body = "".join(rng.choice("0123456789") for _ in range(8))
    s = sum(int(ch) * w for ch, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def make_uscc(rng, region, kind="91"):
    body = kind + region + org_code(rng)
    return body + uscc_check(body)


def broken_uscc(code):
    # keep the look, break the GB 32100 check character
    i = USCC_CHARS.index(code[17])
    return code[:17] + USCC_CHARS[(i + 7) % 31]


def fen(wan):  # 万元 (string or number) -> fen (int)
    from decimal import Decimal
    return int((Decimal(str(wan)) * 1000000).to_integral_value())


def yuan(f):
    return "%d.%02d" % (f // 100, f % 100)


def comma(f):
    return "{:,}.{:02d}".format(f // 100, f % 100)


def wan_str(f, nd=2):
    from decimal import Decimal
    return str((Decimal(f) / Decimal(1000000)).quantize(Decimal(10) ** -nd))


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(f):
    y, j, fe = f // 100, (f // 10) % 10, f % 10
    units = ["", "拾", "佰", "仟"]

    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = (n // 10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[d] + units[i]
        return s
    parts, out = [], ""
    yi, wn, ge = y // 100000000, (y // 10000) % 10000, y % 10000
    if yi:
        out += four(yi) + "亿"
    if wn:
        if out and wn < 1000:
            out += "零"
        out += four(wn) + "万"
    elif out and ge:
        out += "零"
    if ge:
        if out and ge < 1000 and not out.endswith("零"):
            out += "零"
        out += four(ge)
    if not out:
        out = "零"
    out += "元"
    if j == 0 and fe == 0:
        return out + "整"
    if j:
        out += DIG[j] + "角"
    elif fe:
        out += "零"
    if fe:
        out += DIG[fe] + "分"
    return out


CN_NUM = "〇一二三四五六七八九"


def d_cn(d):
    def small(n):
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        t, u = divmod(n, 10)
        return ("" if t == 1 else "一二三四五六七八九"[t - 1]) + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])
    return "".join(CN_NUM[int(ch)] for ch in str(d.year)) + "年" + small(d.month) + "月" + small(d.day) + "日"


def dfmt(d, style):
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "cn0":
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "dot":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if style == "compact":
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if style == "upper":
        return d_cn(d)
    if style == "en":
        return d.strftime("%d %b %Y")
    raise ValueError(style)


def D(s):
    y, m, dd = map(int, s.split("-"))
    return date(y, m, dd)


def account(rng, n=19):
    return "".join(rng.choice("0123456789") for _ in range(n)).lstrip("0").rjust(n, "6")


def space_out(s, sep=" "):
    return sep.join(list(s))


# ----------------------------------------------------------------------------- display list
def tw(s, size):
    w = 0.0
    for ch in s:
        o = ord(ch)
        w += size if (o > 0x2E80 or ch in "（）：，。；、“”《》【】￥　") else size * 0.56
    return w


class Page:
    def __init__(self):
        self.ops = []


class Doc:
    """A multi-page document as a display list; coordinates in points, origin top-left, y = baseline."""

    def __init__(self, font="song", margin=62):
        self.pages = [Page()]
        self.font = font
        self.m = margin
        self.y = 70.0
        self.hand_rng = random.Random(7)

    @property
    def ops(self):
        return self.pages[-1].ops

    def new_page(self):
        self.pages.append(Page())
        self.y = 70.0

    def ensure(self, h):
        if self.y + h > H - 60:
            self.new_page()

    # primitives
    def text(self, x, y, s, size=10.5, font=None, color=(0, 0, 0), rot=0.0, hand=False):
        self.ops.append(("text", x, y, s, size, font or self.font, color, rot, hand))

    def line(self, x1, y1, x2, y2, w=0.7, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.7, color=(0, 0, 0), fill=None):
        self.ops.append(("rect", x, y, w, h, lw, color, fill))

    def circle(self, cx, cy, r, lw=1.0, color=(0, 0, 0)):
        self.ops.append(("circle", cx, cy, r, lw, color))

    # composite helpers
    def center(self, s, size=16, font=None, dy=None, color=(0, 0, 0)):
        self.ensure(size * 1.6)
        self.y += size * 1.1
        self.text((W - tw(s, size)) / 2, self.y, s, size, font, color)
        self.y += dy if dy is not None else size * 0.7

    def right(self, s, size=10.5, font=None):
        self.y += size * 1.5
        self.text(W - self.m - tw(s, size), self.y, s, size, font)

    def wrap(self, s, size, width):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if tw(cur + ch, size) > width and cur:
                if ch in "，。；、：）”》":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, indent=True, lead=1.75, font=None, x=None, width=None, hand=False, color=(0, 0, 0)):
        x0 = self.m if x is None else x
        width = width or (W - x0 - self.m)
        s = ("　　" if indent else "") + s
        for ln in self.wrap(s, size, width):
            self.ensure(size * lead)
            self.y += size * lead
            self.text(x0, self.y, ln, size, font, color, hand=hand)

    def kv(self, pairs, size=10.5, keyw=90, lead=1.9, x=None, font=None, hand_vals=False):
        x0 = self.m if x is None else x
        for k, v in pairs:
            self.ensure(size * lead)
            self.y += size * lead
            self.text(x0, self.y, k, size, font)
            self.text(x0 + keyw, self.y, v, size, font, hand=hand_vals)

    def gap(self, h=8):
        self.y += h

    def table(self, cols, rows, size=9.5, x=None, rowh=None, ruled=True, header_fill=None, aligns=None, lw=0.6, font=None, hand_cells=()):
        """cols: widths; rows: list of lists of strings; a cell may be ('text', span) to span columns."""
        x0 = self.m if x is None else x
        rowh = rowh or size * 2.2
        for ri, row in enumerate(rows):
            # compute height
            cells, ci = [], 0
            for cell in row:
                span = 1
                if isinstance(cell, tuple):
                    cell, span = cell
                wdt = sum(cols[ci:ci + span])
                cells.append((ci, span, wdt, self.wrap(str(cell), size, wdt - 6)))
                ci += span
            nl = max([len(c[3]) for c in cells] + [1])
            h = max(rowh, nl * size * 1.35 + size * 0.9)
            if self.y + h > H - 55:
                self.new_page()
            top = self.y
            if header_fill and ri == 0:
                self.rect(x0, top, sum(cols), h, 0, fill=header_fill, color=header_fill)
            for ci, span, wdt, lines in cells:
                cx = x0 + sum(cols[:ci])
                if ruled:
                    self.rect(cx, top, wdt, h, lw)
                al = (aligns[ci] if aligns else "l")
                ty = top + (h - len(lines) * size * 1.35) / 2 + size * 1.05
                for ln in lines:
                    if al == "c":
                        tx = cx + (wdt - tw(ln, size)) / 2
                    elif al == "r":
                        tx = cx + wdt - 4 - tw(ln, size)
                    else:
                        tx = cx + 4
                    self.text(tx, ty, ln, size, font, hand=(ri, ci) in hand_cells)
                    ty += size * 1.35
            if not ruled:
                self.line(x0, top + h, x0 + sum(cols), top + h, 0.3, (0.6, 0.6, 0.6))
            self.y = top + h

    def seal(self, cx, cy, name, bottom="", r=44, color=(0.85, 0.08, 0.08), star=True, oval=False, rng=None):
        """A round company seal: name on the upper ring, star, bottom text. Drawn as text (as many PDF tools do)."""
        self.circle(cx, cy, r, 2.2, color)
        self.circle(cx, cy, r - 3.2, 0.5, color)
        n = len(name)
        span = min(250.0, 18.0 * n + 30)
        size = min(13.0, max(7.5, (2 * math.pi * (r - 12) * span / 360) / max(n, 1) * 0.92))
        for i, ch in enumerate(name):
            ang = 90 + span / 2 - (span * (i + 0.5) / n)
            a = math.radians(ang)
            px = cx + (r - 6 - size * 0.85) * math.cos(a)
            py = cy - (r - 6 - size * 0.85) * math.sin(a)
            self.text(px - size / 2 * math.cos(math.radians(ang - 90)), py + size / 2 * math.sin(math.radians(ang - 90)) * 0 + size * 0.35,
                      ch, size, "hei", color, rot=ang - 90)
        if star:
            self.star(cx, cy - 2, r * 0.26, color)
        if bottom:
            bs = 8.5 if len(bottom) > 5 else 9.5
            self.text(cx - tw(bottom, bs) / 2, cy + r * 0.55, bottom, bs, "hei", color)

    def star(self, cx, cy, r, color):
        pts = []
        for k in range(10):
            rr = r if k % 2 == 0 else r * 0.42
            a = math.radians(90 + 36 * k)
            pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
        self.ops.append(("poly", pts, color))

    def rect_seal(self, x, y, lines, color=(0.85, 0.08, 0.08), size=9):
        w = max(tw(l, size) for l in lines) + 12
        h = len(lines) * size * 1.5 + 8
        self.rect(x, y, w, h, 1.6, color)
        for i, l in enumerate(lines):
            self.text(x + (w - tw(l, size)) / 2, y + 6 + size * 1.1 + i * size * 1.5, l, size, "hei", color)

    def signature(self, x, y, name, size=15, color=(0.1, 0.1, 0.35)):
        self.text(x, y, name, size, "hand", color, rot=-4, hand=True)


# ----------------------------------------------------------------------------- backends
def render_pdf(doc, path, image_pages=None):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for pi, pg in enumerate(doc.pages):
        if image_pages and pi in image_pages:
            c.drawImage(ImageReader(image_pages[pi]), 0, 0, W, H)
            c.showPage()
            continue
        for op in pg.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, font, color, rot, hand = op
                c.setFillColorRGB(*color)
                c.setFont(RL_FONT[font], size)
                if rot:
                    c.saveState()
                    c.translate(x, H - y)
                    c.rotate(rot)
                    c.drawString(0, 0, s)
                    c.restoreState()
                else:
                    c.drawString(x, H - y, s)
            elif k == "line":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(w)
                c.line(x1, H - y1, x2, H - y2)
            elif k == "rect":
                _, x, y, w, h, lw, color, fill = op
                if fill:
                    c.setFillColorRGB(*fill)
                    c.rect(x, H - y - h, w, h, stroke=0, fill=1)
                if lw:
                    c.setStrokeColorRGB(*color)
                    c.setLineWidth(lw)
                    c.rect(x, H - y - h, w, h, stroke=1, fill=0)
            elif k == "circle":
                _, cx, cy, r, lw, color = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(lw)
                c.circle(cx, H - cy, r, stroke=1, fill=0)
            elif k == "poly":
                _, pts, color = op
                c.setFillColorRGB(*color)
                p = c.beginPath()
                p.moveTo(pts[0][0], H - pts[0][1])
                for px, py in pts[1:]:
                    p.lineTo(px, H - py)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
        c.showPage()
    c.save()
    data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)
    return data


_FCACHE = {}


def pfont(font, size):
    key = (font, int(round(size)))
    if key not in _FCACHE:
        p, i = PIL_FONT[font]
        _FCACHE[key] = ImageFont.truetype(p, max(6, int(round(size))), index=i)
    return _FCACHE[key]


def render_image(doc, page_index, dpi=150, rng=None):
    s = dpi / 72.0
    img = Image.new("RGB", (int(W * s), int(H * s)), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    rng = rng or random.Random(0)
    for op in doc.pages[page_index].ops:
        k = op[0]
        if k == "text":
            _, x, y, st, size, font, color, rot, hand = op
            col = tuple(int(255 * v) for v in color)
            if hand:
                font = "hand"
            f = pfont(font, size * s)
            if not rot and not hand:
                dr.text((x * s, y * s), st, font=f, fill=col, anchor="ls")
                continue
            # per-glyph path: rotated or jittered (handwriting-like)
            cx = x * s
            for ch in st:
                fs = size * s * (rng.uniform(0.9, 1.12) if hand else 1.0)
                f2 = pfont(font, fs)
                tile = Image.new("RGBA", (int(fs * 1.6) + 4, int(fs * 1.6) + 4), (255, 255, 255, 0))
                ImageDraw.Draw(tile).text((2, int(fs * 1.25)), ch, font=f2, fill=col + (255,), anchor="ls")
                ang = rot + (rng.uniform(-9, 9) if hand else 0)
                tile = tile.rotate(ang, resample=Image.BICUBIC, expand=False, center=(tile.width / 2, tile.height / 2))
                jy = rng.uniform(-2, 2) * s if hand else 0
                img.paste(tile, (int(cx - 2), int(y * s - fs * 1.25 + jy)), tile)
                cx += tw(ch, size) * s * (rng.uniform(0.92, 1.1) if hand else 1.0)
        elif k == "line":
            _, x1, y1, x2, y2, w, color = op
            dr.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=tuple(int(255 * v) for v in color), width=max(1, int(w * s)))
        elif k == "rect":
            _, x, y, w, h, lw, color, fill = op
            if fill:
                dr.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], fill=tuple(int(255 * v) for v in fill))
            if lw:
                dr.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], outline=tuple(int(255 * v) for v in color), width=max(1, int(lw * s)))
        elif k == "circle":
            _, cx, cy, r, lw, color = op
            dr.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], outline=tuple(int(255 * v) for v in color), width=max(1, int(lw * s)))
        elif k == "poly":
            _, pts, color = op
            dr.polygon([(px * s, py * s) for px, py in pts], fill=tuple(int(255 * v) for v in color))
    return img


def seal_blend(img):
    """Red ink is semi-transparent: darken underlying text instead of covering it (multiply)."""
    return img


def degrade_scan(img, rng):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    # paper tone + slight yellowing
    tone = rng.uniform(0.90, 0.99)
    a = a * tone + rng.uniform(0, 10)
    ang = rng.uniform(-1.8, 1.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-12, 12)
    M[1, 2] += rng.uniform(-12, 12)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(235, 235, 232))
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 1.0))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, rng.uniform(3, 9), a.shape).astype(np.float32)
    # speckles
    for _ in range(rng.randint(20, 80)):
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.circle(a, (x, y), rng.choice([1, 1, 2]), (60, 60, 60), -1)
    # edge shadow (copier)
    if rng.random() < 0.5:
        g = np.linspace(0.75, 1.0, 40)
        a[:, :40] *= g[None, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rng.random() < 0.35:  # grey photocopy, keep red faintly
        gray = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        a = np.stack([gray] * 3, -1)
    return Image.fromarray(a)


def degrade_photo(img, rng):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(w * 0.12)
    bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
    desk = np.array(rng.choice([(120, 90, 60), (70, 70, 75), (180, 170, 150), (40, 45, 60)]), np.float32)
    bg[:] = desk
    bg[pad:pad + h, pad:pad + w] = a
    H2, W2 = bg.shape[:2]
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda: rng.uniform(-0.05, 0.05) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = cv2.warpPerspective(bg, M, (W2, H2), borderValue=tuple(float(v) for v in desk))
    # uneven light
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    lx, ly = rng.uniform(0, W2), rng.uniform(0, H2)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W2, H2)
    light = 1.08 - rng.uniform(0.35, 0.6) * d
    if rng.random() < 0.5:  # a soft shadow band (hand / phone)
        x0 = rng.uniform(0.2, 0.8) * W2
        light *= 1 - 0.25 * np.exp(-((xx - x0) / (W2 * 0.08)) ** 2) * (yy > rng.uniform(0.3, 0.7) * H2)
    bg = bg * light[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.88, 1.0)], np.float32)
    bg = bg * cast
    k = rng.choice([3, 5])
    bg = cv2.GaussianBlur(bg, (k, k), 0)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    bg = bg + nrng.normal(0, rng.uniform(4, 10), bg.shape).astype(np.float32)
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    out = Image.fromarray(bg)
    return out.resize((int(W2 * 0.8), int(H2 * 0.8)), Image.BILINEAR)


def jpeg_roundtrip(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    b.seek(0)
    return Image.open(b).convert("RGB")


# ----------------------------------------------------------------------------- genres
RED = (0.86, 0.1, 0.1)
BLUE = (0.1, 0.15, 0.45)


def F(contract_no=None, amount=None, date_=None, customer=None, payer=None, payee=None, result=None, title=None):
    return {"contract_no": contract_no, "amount_yuan": yuan(amount) if amount is not None else None,
            "date": date_.isoformat() if date_ is not None else None, "customer": customer,
            "payer": payer, "payee": payee, "result": result, "title": title}


def split_items(rng, total, labels):
    """Split a total (fen) into item lines (qty, unit price, line total) that add up exactly."""
    n = len(labels)
    w = [rng.uniform(0.5, 1.5) for _ in range(n)]
    parts = [int(total * x / sum(w)) // 100 * 100 for x in w]
    parts[-1] = total - sum(parts[:-1])
    out = []
    for lab, p in zip(labels, parts):
        q = rng.choice([1, 1, 2, 4]) if p % 400 == 0 else 1
        out.append((lab, q, p // q, p))
    return out


def letterhead(d, name, sub=None, color=(0, 0, 0), line_color=RED):
    d.y = 48
    d.center(name, 17, "bold", color=color, dy=4)
    if sub:
        d.y += 12
        d.text((W - tw(sub, 8)) / 2, d.y, sub, 8, "hei", (0.3, 0.3, 0.3))
    d.y += 8
    d.line(d.m - 10, d.y, W - d.m + 10, d.y, 1.6, line_color)
    d.line(d.m - 10, d.y + 2.5, W - d.m + 10, d.y + 2.5, 0.5, line_color)
    d.y += 10


# ---- contracts
def g_contract_soe(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    amt = o.get("amount", c["fen"])
    d = Doc("song")
    d.right("合同编号：%s" % c["no"], 10)
    d.center("%s采购合同" % c["project"], 16, "bold")
    d.gap(6)
    d.kv([("采购人（甲方）：", C["name"]), ("地　　址：", C["addr"]), ("供应商（乙方）：", A["name"]), ("地　　址：", A["addr"])], 10.5, 100)
    d.gap(4)
    d.para("依据《中华人民共和国民法典》及甲方%s的结果，经双方协商一致，就甲方%s事宜订立本合同，共同遵守。" % (c.get("proc_word", "采购评审"), c["project"]))
    d.para("第一条　采购标的及价格", indent=False, font="hei")
    items = split_items(rng, amt, c["items"])
    rows = [["序号", "名称及规格", "数量", "单价（元）", "金额（元）"]]
    for i, (lab, q, up, tot) in enumerate(items, 1):
        rows.append([str(i), lab, str(q), comma(up), comma(tot)])
    rows.append([("合计（含税）：人民币%s" % daxie(amt), 4), "¥%s" % comma(amt)])
    d.gap(4)
    d.table([34, 200, 44, 93, 100], rows, 9.5, aligns="cllrr")
    d.para("第二条　合同价款：本合同总价款为人民币%s（¥%s），含税率13%%的增值税，包括设备、软件、安装调试、培训及运输等全部费用。" % (daxie(amt), comma(amt)))
    pre = amt * 3 // 10 // 100 * 100
    ret = amt * 5 // 100 // 100 * 100
    d.para("第三条　付款方式：（1）合同生效后30日内，甲方支付合同总价的30%%，即¥%s；（2）项目验收合格后30日内支付至合同总价的95%%；（3）其余5%%即¥%s作为质量保证金，质保期满且无质量问题后一次付清。" % (comma(pre), comma(ret)))
    d.para("第四条　履约担保：乙方应在合同签订后7个工作日内向甲方提交金额为合同总价10%%（¥%s）的银行履约保函。" % comma(amt // 10))
    dd = c["sign"] + timedelta(days=rng.randint(60, 120))
    d.para("第五条　交付期限：乙方应于%s前完成设备交付及安装调试，交付地点为甲方指定现场。" % dfmt(dd, "cn"))
    d.para("第六条　违约责任：乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，但累计不超过合同总价的10%；甲方逾期付款的，按同期LPR向乙方支付逾期利息。")
    d.para("第七条　其他：本合同一式肆份，甲乙双方各执贰份，自双方签字并盖章之日起生效。")
    d.new_page()
    d.para("（以下无正文，为签署页）", indent=False)
    d.gap(20)
    y0 = d.y
    rows = [["甲方（盖章）：%s" % C["name"], "乙方（盖章）：%s" % A["name"]],
            ["法定代表人或授权代表：", "法定代表人或授权代表："],
            ["开户银行：%s" % C["bank"], "开户银行：%s" % A["bank"]],
            ["账　　号：%s" % C["acct"], "账　　号：%s" % A["acct"]],
            ["签订日期：%s" % dfmt(c["sign"], "cn"), "签订日期：%s" % dfmt(c["sign"], "cn")]]
    d.table([236, 236], rows, 9.5, ruled=False, rowh=34)
    d.signature(200, y0 + 60, C["rep"])
    d.signature(440, y0 + 60, A["rep"])
    d.seal(150, y0 + 40, C["name"], "合同专用章")
    d.seal(400, y0 + 45, A["name"], "合同专用章")
    return d, "contract", F(c["no"], amt, c["sign"], C["name"]), "国企采购合同（采购人/供应商），预付款、质保金、履约保函、违约金等干扰金额，交付期限干扰日期"


def g_contract_order(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    amt = o.get("amount", c["fen"])
    d = Doc("song")
    d.center("设 备 订 货 合 同", 18, "bold")
    d.gap(6)
    rows = [["合同编号", c["no"], "签订地点", C["city"]], ["签订时间", dfmt(c["sign"], "cn0"), "有效期至", dfmt(c["sign"] + timedelta(days=700), "cn0")]]
    d.table([70, 170, 70, 161], rows, 9.5, aligns="clcl")
    d.gap(6)
    d.kv([("订货方：", C["name"]), ("统一社会信用代码：", C["uscc"]), ("供货方：", A["name"]), ("统一社会信用代码：", A["uscc"])], 10.5, 112)
    d.para("订货方向供货方订购下列设备及配套软件，经双方协商一致签订本合同。", indent=True)
    items = split_items(rng, amt, c["items"])
    rows = [["产品名称", "型号", "单位", "数量", "单价", "金额"]]
    for lab, q, up, tot in items:
        rows.append([lab, "JY-%d" % rng.randint(100, 999), "套", str(q), comma(up), comma(tot)])
    rows.append([("合计（含税）人民币大写：%s" % daxie(amt), 4), ("¥%s" % comma(amt), 2)])
    d.table([150, 62, 36, 36, 92, 95], rows, 9, aligns="lcccrr")
    dd = c["sign"] + timedelta(days=rng.randint(45, 90))
    d.para("一、交货时间及地点：%s前交至订货方厂区（%s）。" % (dfmt(dd, "cn"), C["addr"]))
    d.para("二、质量标准：按国家标准及双方签订的技术协议执行，质保期为验收合格后十二个月。")
    d.para("三、结算方式：合同签订后付30%，设备到货并安装调试完成后付40%，终验合格后付25%，剩余5%质保期满后付清；每次付款前供货方开具等额增值税专用发票。")
    d.para("四、验收：设备安装调试完成后，由订货方组织终验，终验合格出具验收证书。")
    d.para("五、违约责任：按《中华人民共和国民法典》有关规定执行。因供货方原因延期交货的，每延期一周扣罚合同总额的0.5%。")
    d.gap(12)
    y0 = d.y
    rows = [["订货方", "供货方"], ["单位名称（章）：%s" % C["name"], "单位名称（章）：%s" % A["name"]], ["委托代理人：", "委托代理人："],
            ["电话：%s" % C["tel"], "电话：%s" % A["tel"]], ["开户行：%s" % C["bank"], "开户行：%s" % A["bank"]], ["账号：%s" % C["acct"], "账号：%s" % A["acct"]]]
    d.table([236, 236], rows, 9, aligns="ll")
    d.signature(170, y0 + 78, C["rep"][0] + "某" if False else C["agent"])
    d.signature(400, y0 + 78, A["agent"])
    d.seal(160, y0 + 60, C["name"], "合同专用章")
    d.seal(390, y0 + 62, A["name"], "合同专用章")
    return d, "contract", F(c["no"], amt, c["sign"], C["name"]), "设备订货合同（订货方/供货方），签订时间在表头格，交货时间干扰，总价仅在合计行"


def g_contract_tech(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    amt = o.get("amount", c["fen"])
    d = Doc("song")
    d.y = 80
    d.text(W - 250, d.y, "合同登记编号：", 10)
    reg = o.get("reg", "2023120%d%08d" % (rng.randint(1, 9), rng.randint(0, 99999999)))
    for i, ch in enumerate(reg):
        d.rect(W - 180 + i * 7.5, d.y - 9, 7.5, 12, 0.5)
        d.text(W - 178.5 + i * 7.5, d.y, ch, 7)
    d.y = 230
    d.center("技 术 服 务 合 同", 26, "bold")
    d.y += 70
    x = 120
    for k, v in [("项 目 名 称：", c["project"]), ("委 托 方（甲方）：", C["name"]), ("受 托 方（乙方）：", A["name"]),
                 ("签 订 时 间：", dfmt(c["sign"], "cn")), ("签 订 地 点：", C["city"]),
                 ("有 效 期 限：", "%s至%s" % (dfmt(c["sign"], "cn"), dfmt(c["sign"] + timedelta(days=540), "cn")))]:
        d.text(x, d.y, k, 12)
        d.text(x + 120, d.y, v, 12)
        d.line(x + 118, d.y + 3, W - 90, d.y + 3, 0.5)
        d.y += 34
    d.y = H - 110
    d.center("中华人民共和国科学技术部印制", 12)
    d.new_page()
    d.right("合同编号：%s" % c["no"], 9.5)
    d.para("%s（以下简称甲方）委托%s（以下简称乙方）就%s项目进行专项技术服务，并支付相应的技术服务报酬。双方经过平等协商，在真实、充分地表达各自意愿的基础上，根据《中华人民共和国民法典》的规定，达成如下协议，并由双方共同恪守。" % (C["name"], A["name"], c["project"]))
    for t in ["第一条　服务内容：乙方为甲方提供现场数据采集、系统集成、工艺模型部署与上线调试服务，具体技术指标见附件《技术服务方案》。",
              "第二条　服务期限、地点和方式：本合同自签订之日起至项目终验合格止，在甲方生产现场以驻场方式完成。",
              "第三条　甲方应向乙方提供工艺资料、现场条件及必要的配合人员。",
              "第四条　技术服务报酬及其支付方式：",
              "（一）本项目技术服务报酬总额为人民币%s（¥%s）。" % (daxie(amt), comma(amt)),
              "（二）支付方式：分期支付。合同签订后十五日内支付40%；系统上线运行后支付50%；终验合格后支付10%。",
              "第五条　违约金或者损失赔偿额的计算方法：一方违约的，应向另一方支付违约金人民币伍万元（¥50,000.00）。",
              "第六条　双方因履行本合同而发生的争议，应协商解决；协商不成的，向甲方所在地人民法院起诉。"]:
        d.para(t, indent=not t.startswith("（"))
    d.new_page()
    d.center("签 署 页", 13, "hei")
    d.gap(10)
    for role, P, sx in [("委托方（甲方）", C, 420), ("受托方（乙方）", A, 420)]:
        y0 = d.y
        d.table([110, 362], [[role, ""], ["名称（或姓名）", P["name"] + "　　（签章）"], ["法定代表人", ""], ["联系人", P["agent"]],
                              ["住所（通讯地址）", P["addr"]], ["电　话", P["tel"]], ["开户银行", P["bank"]], ["账　号", P["acct"]]], 9.5)
        d.signature(200, y0 + 64, P["rep"])
        d.seal(sx, y0 + 60, P["name"], "合同专用章")
        d.gap(18)
    d.signature(380, d.y + 8, "%d.%d.%d" % (c["sign"].year, c["sign"].month, c["sign"].day), 13)
    return d, "contract", F(c["no"], amt, c["sign"], C["name"]), "科技部示范文本技术服务合同：封面字间距标签（委 托 方/受 托 方），登记编号格，有效期限区间干扰，违约金干扰"


def g_contract_impl(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    amt = o.get("amount", c["fen"])
    d1 = o.get("sign_a", c["sign"])
    d2 = o.get("sign_b", c["sign"])
    d = Doc("hei")
    d.y = 40
    d.text(d.m, d.y, C["name"], 8, color=(0.4, 0.4, 0.4))
    d.text(W - d.m - tw("编号：" + c["no"], 8), d.y, "编号：" + c["no"], 8, color=(0.4, 0.4, 0.4))
    d.line(d.m, d.y + 4, W - d.m, d.y + 4, 0.4)
    d.y = 90
    d.center("%s" % c["project"], 15, "bold", dy=4)
    d.center("系统实施合同", 15, "bold")
    d.gap(10)
    d.kv([("用户方（甲方）", C["name"]), ("实施方（乙方）", A["name"])], 11, 110)
    d.gap(6)
    d.para("鉴于甲方拟建设%s，乙方具备相应的软件产品与实施能力，双方本着平等互利的原则，经友好协商，就该系统的软件许可、硬件供货与实施服务达成如下条款。" % c["project"])
    d.para("1.　合同价款", indent=False, font="bold")
    hw = amt * 45 // 100 // 100 * 100
    sw = amt * 30 // 100 // 100 * 100
    tr = amt * 3 // 100 // 100 * 100
    sv = amt - hw - sw - tr
    rows = [["费用构成", "税率", "含税金额（元）"], ["硬件设备（工控机、边缘网关、传感器）", "13%", comma(hw)], ["软件许可（永久授权）", "13%", comma(sw)],
            ["实施与集成服务", "6%", comma(sv)], ["培训服务", "6%", comma(tr)], ["合同总价（含税）", "—", comma(amt)]]
    d.table([260, 80, 130], rows, 9.5, aligns="lcr")
    d.para("上述合同总价大写：人民币%s。合同价格为固定总价，除甲方书面变更需求外不作调整。" % daxie(amt))
    d.para("2.　实施周期", indent=False, font="bold")
    d.para("乙方应在合同生效后120日内完成系统上线；上线后连续稳定运行60日，由甲方组织终验。")
    d.para("3.　付款", indent=False, font="bold")
    d.para("合同生效后支付合同总价的30%；系统上线后支付40%；终验合格后支付30%。甲方付款前，乙方应开具合法有效的增值税专用发票。")
    d.para("4.　知识产权与保密", indent=False, font="bold")
    d.para("乙方在本项目中为甲方定制开发的接口及报表的著作权归甲方所有；双方对在合作中知悉的对方商业秘密负有保密义务，保密期限至合同终止后三年。")
    d.para("5.　生效", indent=False, font="bold")
    d.para("本合同经双方授权代表签字并加盖公章或合同专用章后生效，合同签署日期以最后一方签署的日期为准。")
    d.new_page()
    d.gap(10)
    y0 = d.y
    d.table([236, 236], [["甲方：%s" % C["name"], "乙方：%s" % A["name"]], ["授权代表（签字）：", "授权代表（签字）："],
                         ["日期：%s" % dfmt(d1, "iso"), "日期：%s" % dfmt(d2, "iso")]], 10, rowh=46)
    d.signature(150, y0 + 78, C["agent"])
    d.signature(380, y0 + 78, A["agent"])
    d.seal(180, y0 + 50, C["name"], "")
    d.seal(410, y0 + 52, A["name"], "合同专用章")
    sd = max(d1, d2)
    note = "用户方/实施方系统实施合同，价款分项含税合计" + ("；双方签署日期不同，合同约定以最后一方签署日期为准" if d1 != d2 else "")
    return d, "contract", F(c["no"], amt, sd, C["name"]), note


def g_contract_prose(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    amt = o.get("amount", c["fen"])
    d = Doc("song")
    d.center(c["project"] + "合同书", 16, "bold")
    d.right("合同号：" + c["no"], 10)
    d.gap(6)
    d.kv([("甲　　方：", C["name"]), ("乙　　方：", A["name"])], 11, 80)
    d.gap(4)
    d.para("甲乙双方本着平等自愿、诚实信用的原则，就乙方为甲方实施%s一事，经充分协商，订立本合同。" % c["project"])
    d.para("一、项目内容：乙方负责该项目的方案设计、设备供货、软件部署、联调上线及人员培训，详见合同附件一《技术协议》。")
    d.para("二、合同金额：本合同金额共计%s万元（大写：人民币%s），该价款已包含税费及乙方完成本项目的全部费用。" % (wan_str(amt), daxie(amt)))
    d.para("三、付款约定：本合同签订后十个工作日内甲方支付合同金额的百分之三十；项目终验合格后，甲方一次性向乙方支付全部剩余合同款。")
    d.para("四、工期：乙方应于合同签订后一百五十日内完成全部工作。因甲方原因导致的延误，工期相应顺延。")
    d.para("五、质量保证：质保期自终验合格之日起一年，质保期内非人为原因出现的故障由乙方免费维修。")
    d.para("六、本合同未尽事宜，双方另行协商并签订补充协议，补充协议与本合同具有同等法律效力。")
    d.gap(30)
    y0 = d.y
    d.text(d.m, y0, "甲方（盖章）：", 10.5)
    d.text(320, y0, "乙方（盖章）：", 10.5)
    d.text(d.m, y0 + 30, "代表签字：", 10.5)
    d.text(320, y0 + 30, "代表签字：", 10.5)
    d.signature(d.m + 60, y0 + 30, C["agent"])
    d.signature(380, y0 + 30, A["agent"])
    d.text(d.m, y0 + 60, "%s" % dfmt(c["sign"], "cn"), 10.5)
    d.text(320, y0 + 60, "%s" % dfmt(c["sign"], "cn"), 10.5)
    d.seal(140, y0 + 20, C["name"], "")
    d.seal(400, y0 + 22, A["name"], "合同专用章")
    return d, "contract", F(c["no"], amt, c["sign"], C["name"]), "散文合同，甲　　方：字间全角空格，金额以万元+大写表述（无¥），“甲方一次性向乙方支付”句"


# ---- acceptance
def g_acc_takeover(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    ad = o.get("date", c["accept"])
    comp = ad - timedelta(days=rng.randint(10, 25))
    d = Doc("song")
    d.y = 70
    d.center("工程接收证书", 20, "bold", dy=2)
    d.center("TAKING-OVER CERTIFICATE", 12, "hei")
    d.right("证书编号 Certificate No.: TOC-%d-%03d" % (ad.year, rng.randint(1, 200)), 9)
    d.gap(8)
    rows = [["合同名称 Contract", c["project"]], ["合同编号 Contract No.", c["no"]], ["雇主 Employer", C["name"]],
            ["承包商 Contractor", A["name"]], ["工程地点 Site", C["addr"]]]
    d.table([150, 322], rows, 9.5)
    d.gap(6)
    d.para("兹证明，上述合同项下的工程已于%s完成全部竣工试验，试验结果符合合同及技术协议的要求。雇主确认该工程已按合同约定基本完成，同意自%s起接收该工程，工程照管责任自该日起转移至雇主。" % (dfmt(comp, "cn"), dfmt(ad, "cn")))
    d.para("This is to certify that the Works under the above Contract passed the Tests on Completion on %s and were taken over by the Employer on %s." % (dfmt(comp, "en"), dfmt(ad, "en")), size=9, font="hei")
    d.para("缺陷通知期自接收日期起算，为期十二个月。承包商应在缺陷通知期内完成附件所列的少量扫尾工作，该等工作不影响工程的正常使用。")
    d.gap(6)
    d.table([150, 322], [["工程接收日期 Date of Taking-Over", dfmt(ad, "cn")], ["竣工试验完成日期 Tests on Completion", dfmt(comp, "cn")]], 9.5)
    d.gap(26)
    y0 = d.y
    d.text(d.m, y0, "雇主（盖章） For the Employer:", 10)
    d.text(d.m, y0 + 26, C["name"], 10)
    d.text(d.m, y0 + 52, "授权代表 Authorized Representative:", 10)
    d.signature(d.m + 190, y0 + 52, C["agent"])
    d.text(d.m, y0 + 78, "签发日期 Date of Issue: %s" % dfmt(ad, "iso"), 10)
    d.seal(d.m + 150, y0 + 20, C["name"], "")
    d.text(330, y0, "承包商签收 Received by Contractor:", 10)
    d.signature(360, y0 + 30, A["agent"])
    return d, "acceptance_report", F(c["no"], None, ad, C["name"], result="passed"), "FIDIC式工程接收证书（中英），雇主=客户，接收日期≠竣工试验日期"


def g_acc_sat(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    ad = o.get("date", c["accept"])
    t0 = ad - timedelta(days=rng.randint(8, 20))
    d = Doc("hei")
    d.y = 50
    d.text(d.m, d.y, "文件编号：SAT-%s-%02d" % (C["short"], rng.randint(1, 30)), 8.5)
    d.text(W - d.m - 80, d.y, "版本：V1.0", 8.5)
    d.center("现场验收测试报告（SAT）", 17, "bold")
    d.gap(4)
    rows = [["项目名称", c["project"], "合同编号", c["no"]], ["用户单位", C["name"], "集成商", A["name"]],
            ["测试地点", C["addr"], "测试时间", "%s～%s" % (dfmt(t0, "dot"), dfmt(t0 + timedelta(days=3), "dot"))]]
    d.table([60, 176, 60, 176], rows, 9)
    d.gap(6)
    d.para("1  测试依据：合同技术附件、《现场验收测试大纲》（双方会签版）及相关国家标准。", indent=False)
    d.para("2  测试项目及结果", indent=False)
    items = [("硬件配置及外观检查", "与供货清单一致", "一致"), ("网络连通性及冗余切换", "切换时间≤1s", "0.4s"), ("数据采集完整率", "≥99.5%", "99.93%"),
             ("控制回路响应", "≤200ms", "120ms"), ("报表与追溯功能", "满足技术协议", "满足"), ("72小时连续运行", "无故障", "无故障"), ("操作人员培训", "≥20人次", "26人次")]
    rows = [["序号", "测试项目", "验收标准", "实测结果", "结论"]] + [[str(i + 1), a, b, r, "PASS"] for i, (a, b, r) in enumerate(items)]
    d.table([34, 170, 110, 90, 68], rows, 9, aligns="cllcc")
    d.gap(4)
    d.para("3  验收结论：本次现场验收共测试%d项，全部通过。系统各项功能和性能指标满足合同及技术协议要求，用户方同意通过现场验收，系统转入质保期。" % len(items), indent=False)
    d.gap(12)
    y0 = d.y
    d.table([236, 236], [["用户方代表（签字）：", "集成商代表（签字）："], ["单位（盖章）：%s" % C["name"], "单位：%s" % A["name"]],
                         ["验收日期：%s" % dfmt(ad, "cn"), "日期：%s" % dfmt(ad, "cn")]], 9.5, rowh=36)
    d.signature(160, y0 + 24, C["agent"])
    d.signature(400, y0 + 24, A["agent"])
    d.seal(190, y0 + 60, C["name"], "设备管理部" if o.get("dept_seal") else "")
    return d, "acceptance_report", F(c["no"], None, ad, C["name"], result="passed"), "现场验收测试报告SAT：测试时间区间在前，验收日期在签署栏"


def g_acc_score(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    ad = o.get("date", c["accept"])
    failed = o.get("failed", False)
    d = Doc("song")
    d.center("%s" % c["project"], 13, "bold", dy=2)
    d.center("项目验收评审表", 16, "bold")
    d.gap(4)
    d.table([80, 156, 80, 156], [["建设单位", C["name"], "承建单位", A["name"]], ["合同编号", c["no"], "评审日期", dfmt(ad, "cn")]], 9)
    d.gap(6)
    crit = [("项目文档完整性", 10), ("功能需求符合度", 25), ("性能指标达成", 20), ("系统稳定性", 15), ("数据接口与集成", 10), ("用户培训与操作", 10), ("售后服务承诺", 10)]
    if failed:
        sc = [7, 17, 12, 9, 8, 9, 9]
    else:
        sc = [9, 23, 18, 14, 9, 9, 9]
    rows = [["序号", "评审内容", "分值", "得分"]] + [[str(i + 1), a, str(b), str(s)] for i, ((a, b), s) in enumerate(zip(crit, sc))]
    rows.append(["", "合　计", "100", str(sum(sc))])
    d.table([40, 250, 80, 102], rows, 9.5, aligns="clcc", hand_cells=[(i, 3) for i in range(1, 9)])
    d.gap(4)
    d.para("评分说明：总分80分（含）以上为通过；60分至80分为整改后复验；60分以下为不通过。", indent=False, size=9)
    d.gap(4)
    if failed:
        concl = "□ 通过　　☑ 不通过（整改后另行组织复验）"
        txt = "系统主要功能尚未全部达到合同约定，性能测试中两项指标未达标，验收组意见：本次验收不予通过。"
    else:
        concl = "☑ 通过　　□ 不通过"
        txt = "系统功能完整，运行稳定，达到合同约定的各项技术指标，验收组一致同意通过验收。"
    d.kv([("评审结论：", concl)], 11, 80)
    d.para("评审意见：" + txt, indent=False, hand=False)
    d.gap(10)
    y0 = d.y
    d.table([118, 118, 118, 118], [["验收组长", "成员", "成员", "成员"], ["", "", "", ""]], 9.5, rowh=40, aligns="cccc")
    for i in range(4):
        d.signature(d.m + 20 + i * 118, y0 + 50, ctx["rng"].choice(["王", "刘", "陈", "张", "杜", "孟"]) + ctx["rng"].choice(["志强", "晓东", "立新", "海燕", "建国", "昀"]))
    d.gap(20)
    d.text(W - d.m - 200, d.y, "建设单位（盖章）：%s" % C["name"], 10)
    d.seal(W - d.m - 70, d.y - 10, C["name"], "")
    return d, "acceptance_report", F(c["no"], None, ad, C["name"], result="failed" if failed else "passed"), ("验收评审打分表，总分%d，%s" % (sum(sc), "低于80分不通过" if failed else "≥80分通过"))


def g_acc_report(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    ad = o.get("date", c["accept"])
    mode = o.get("mode", "pass")  # pass | fail | recheck
    d = Doc("song")
    title = {"pass": "项目竣工验收报告", "fail": "项目验收意见", "recheck": "项目复验意见"}[mode]
    d.center(c["project"], 14, "bold", dy=2)
    d.center(title, 16, "bold")
    d.gap(6)
    show_amt = o.get("show_amount", False)
    kv = [("合同编号：", c["no"])] if o.get("show_no", True) else []
    if show_amt:
        kv.append(("合同金额：", "%s万元" % wan_str(c["fen"])))
    kv += [("建设单位：", C["name"]), ("承建单位：", A["name"])]
    d.kv(kv, 10.5, 80)
    d.gap(4)
    if mode == "pass":
        d.para("%s，%s在%s组织召开了%s竣工验收会。验收组由建设单位生产、设备、信息、财务等部门代表及特邀专家共七人组成（名单附后）。" % (dfmt(ad, "cn"), C["name"], C["city"], c["project"]))
        d.para("验收组听取了承建单位关于项目实施情况的汇报，审阅了项目文档，现场察看了系统运行情况，并对关键指标进行了抽测。经认真讨论，形成意见如下：")
        d.para("一、项目按合同及技术协议要求完成了全部建设内容，提交的文档齐全、规范。")
        d.para("二、系统自试运行以来运行稳定，设备综合效率提升、质量追溯等指标达到合同约定。")
        d.para("三、验收组同意该项目通过竣工验收。建议承建单位做好质保期内的运维服务。")
    elif mode == "fail":
        d.para("%s，%s组织对%s进行了验收。验收组经现场检查和测试认为：系统数据采集完整率仅为96.2%%，未达到合同约定的99.5%%；设备报警联动功能未实现。" % (dfmt(ad, "cn"), C["name"], c["project"]))
        d.para("验收结论：本次验收不通过。请承建单位在六十日内完成整改，整改完成后由建设单位重新组织验收。")
    else:
        d.para("%s，%s组织原验收组对%s进行了复验。承建单位已按首次验收意见完成整改：数据采集完整率提升至99.81%%，设备报警联动功能已实现并经现场测试。" % (dfmt(ad, "cn"), C["name"], c["project"]))
        d.para("复验结论：整改项目全部关闭，系统满足合同及技术协议要求，同意通过验收。")
    d.gap(24)
    y0 = d.y
    d.text(W - d.m - 210, y0, "建设单位（盖章）：", 10.5)
    d.text(W - d.m - 210, y0 + 24, C["name"], 10.5)
    d.text(W - d.m - 210, y0 + 48, dfmt(ad, "upper"), 10.5)
    d.seal(W - d.m - 120, y0 + 18, C["name"], "")
    res = "failed" if mode == "fail" else "passed"
    note = {"pass": "散文竣工验收报告（自有措辞），验收会日期在正文首句", "fail": "首次验收不通过，要求整改后重新验收", "recheck": "整改后复验通过"}[mode]
    return d, "acceptance_report", F(c["no"] if o.get("show_no", True) else None, c["fen"] if show_amt else None, ad, C["name"], result=res), note


def g_acc_form(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    ad = o.get("date", c["accept"])
    d = Doc("song")
    d.center(C["name"], 13, "hei", dy=2)
    d.center("项 目 验 收 单", 18, "bold")
    d.gap(6)
    hv = lambda s: s
    rows = [["项目名称", c["project"]], ["合同编号", c["no"]], ["供应商", A["name"]],
            ["验收内容", "设备安装、软件部署、联调测试、操作培训、技术资料移交"],
            ["验收情况", "设备运行正常，各项功能满足合同约定，技术资料齐全。"],
            ["验收结论", "☑合格　□不合格　□限期整改"],
            ["使用部门意见", "同意验收"], ["设备管理部意见", "同意"], ["分管领导意见", "同意"],
            ["验收日期", dfmt(ad, "cn")]]
    d.table([110, 362], rows, 10.5, rowh=36, hand_cells=[(4, 1), (6, 1), (7, 1), (8, 1), (9, 1)])
    d.signature(420, d.y - 150, C["agent"])
    d.signature(420, d.y - 114, rng.choice(["郑凯", "李昀", "赵瑄"]))
    d.seal(W - d.m - 90, d.y - 60, C["name"], "")
    return d, "acceptance_report", F(c["no"], None, ad, C["name"], result="passed"), "客户自制项目验收单表格，手写意见与日期"


# ---- payments
def g_pay_credit(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    payer = o.get("payer", C)
    pd, amt = o["date"], o["amount"]
    d = Doc("hei")
    d.y = 60
    d.center("%s  客户入账通知（贷记回单）" % A["bank_short"], 14, "bold")
    d.gap(4)
    d.text(d.m, d.y + 12, "回单编号：%s" % o.get("ref", "%d%010d" % (pd.year, rng.randint(0, 10 ** 10))), 8.5)
    d.text(W - d.m - 160, d.y + 12, "打印日期：%s" % dfmt(pd + timedelta(days=rng.randint(1, 40)), "iso"), 8.5)
    d.gap(18)
    cite = o.get("cite", False)
    memo = ("合同%s款" % c["no"]) if cite else rng.choice(["货款", "工程款", "项目款", "服务费"])
    rows = [["本方户名", A["name"], "对方户名", payer["name"]], ["本方账号", A["acct"], "对方账号", payer["acct"]],
            ["本方开户行", A["bank"], "对方开户行", payer["bank"]], ["交易日期", dfmt(pd, "iso"), "借贷标志", "贷（收入）"],
            ["金额（小写）", "CNY %s" % comma(amt), "金额（大写）", "人民币" + daxie(amt)], ["摘要", memo, "交易流水号", "%012d" % rng.randint(0, 10 ** 12)]]
    d.table([70, 166, 70, 166], rows, 9, rowh=26)
    d.gap(6)
    d.para("说明：本回单为收款方入账凭证，可通过网上银行“回单验证”功能核验。重复打印无效。", size=8, indent=False)
    d.seal(W - d.m - 60, d.y + 40, A["bank"], "电子回单专用章", r=36)
    return d, "payment_proof", F(c["no"] if cite else None, amt, pd, None, payer["name"], A["name"]), "收款方银行贷记回单：本方=收款人、对方=付款人（无“付款人/收款人”字样）"


def g_pay_advice(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    payer = o.get("payer", C)
    pd, amt = o["date"], o["amount"]
    d = Doc("hei")
    letterhead(d, payer["name"], payer.get("en", ""), line_color=(0.2, 0.3, 0.6))
    d.center("付款通知  PAYMENT ADVICE", 14, "bold")
    d.gap(6)
    d.kv([("致 To：", A["name"]), ("供应商编号 Vendor No.：", "V%07d" % rng.randint(10 ** 6, 10 ** 7 - 1)),
          ("付款日期 Value Date：", dfmt(pd, "iso")), ("付款凭证号 Doc No.：", "15%08d" % rng.randint(0, 10 ** 8))], 9.5, 140)
    d.gap(4)
    d.para("我司已通过银行转账向贵司支付下列款项，请查收。We have remitted the following amount to your account.", size=9.5, indent=False)
    n = rng.choice([1, 2])
    parts = [amt] if n == 1 else [amt // 2 // 100 * 100, amt - amt // 2 // 100 * 100]
    rows = [["发票号码 Invoice", "发票日期 Inv. Date", "合同号 Contract", "金额 Amount (CNY)"]]
    for i, p in enumerate(parts):
        rows.append(["%08d" % rng.randint(0, 10 ** 8), dfmt(pd - timedelta(days=rng.randint(10, 40)), "iso"), c["no"], comma(p)])
    rows.append([("付款总额 Total Paid", 3), comma(amt)])
    d.table([120, 110, 130, 112], rows, 9, aligns="lllr")
    d.gap(6)
    d.kv([("付款银行 Remitting Bank：", payer["bank"]), ("付款账号 From A/C：", payer["acct"]),
          ("收款人 Beneficiary：", A["name"]), ("收款账号 To A/C：", "%s  %s" % (A["bank"], A["acct"]))], 9.5, 150)
    d.gap(10)
    d.para("如有疑问请在收到本通知后五个工作日内与应付账款组联系（电话 %s）。" % payer["tel"], size=9, indent=False)
    d.gap(20)
    d.text(W - d.m - 170, d.y, "%s 财务部" % payer["short"], 10)
    d.seal(W - d.m - 90, d.y - 5, payer["name"], "财务专用章", r=38)
    return d, "payment_proof", F(c["no"], amt, pd, None, payer["name"], A["name"]), "客户应付组付款通知Payment Advice（中英），按发票列明合同号，付款总额"


def g_pay_dcc(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    payer = o.get("payer", C)
    pd, amt = o["date"], o["amount"]
    opened = pd - timedelta(days=rng.randint(150, 180))
    d = Doc("hei")
    d.rect(0, 0, W, 64, 0, fill=(0.1, 0.35, 0.55))
    d.text(d.m, 40, "津链通 · 供应链金融服务平台", 15, "bold", (1, 1, 1))
    d.text(W - d.m - 150, 40, "www.jinliantong.example", 8, "hei", (0.85, 0.9, 1))
    d.y = 100
    d.center("数字债权凭证到期兑付回单", 15, "bold")
    d.gap(8)
    rows = [["凭证编号", "JLT%d%08d" % (opened.year, rng.randint(0, 10 ** 8)), "凭证状态", "已兑付"],
            ["开立方（承诺付款方）", payer["name"], "持有人（收款方）", A["name"]],
            ["开立日期", dfmt(opened, "iso"), "承诺付款日", dfmt(pd, "iso")],
            ["兑付日期", dfmt(pd, "iso"), "兑付金额", "¥%s" % comma(amt)],
            ["兑付金额大写", (daxie(amt), 3)],
            ["收款账户", ("%s  %s" % (A["bank"], A["acct"]), 3)],
            ["基础合同编号", c["no"], "融资情况", "未融资"]]
    d.table([100, 136, 100, 136], rows, 9, rowh=28)
    d.gap(8)
    d.para("本回单由平台根据开立方到期清分结果自动生成，兑付资金已由开立方划入持有人指定收款账户。凭证流转记录：开立方→持有人（一级，未拆分）。", size=8.5, indent=False)
    d.seal(W - d.m - 70, d.y + 30, "津链通供应链管理有限公司", "业务专用章", r=38)
    return d, "payment_proof", F(c["no"], amt, pd, None, payer["name"], A["name"]), "数字债权凭证到期兑付回单：开立日期与承诺付款日/兑付日不同，开立方=付款人"


def g_pay_batch(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    payer = o.get("payer", C)
    pd, amt = o["date"], o["amount"]
    d = Doc("hei")
    d.rect(0, 0, W, 22, 0, fill=(0.9, 0.9, 0.92))
    d.rect(70, 5, 380, 13, 0.4, (0.6, 0.6, 0.6), fill=(1, 1, 1))
    d.text(76, 15, "https://corp.%s.example/ebank/batch/detail?id=%d" % (payer["bank_code"], rng.randint(10 ** 6, 10 ** 7)), 7, "hei", (0.3, 0.3, 0.3))
    d.rect(0, 22, W, 34, 0, fill=(0.75, 0.1, 0.12))
    d.text(20, 44, "%s 企业网上银行" % payer["bank_short"], 13, "bold", (1, 1, 1))
    d.text(W - 200, 44, "操作员：%s  |  退出" % payer["agent"], 8, "hei", (1, 1, 1))
    d.y = 80
    d.text(20, d.y, "转账汇款 > 批量转账 > 批次查询 > 批次明细", 8, "hei", (0.4, 0.4, 0.4))
    d.y = 105
    d.kv([("批次号：", "PL%s%04d" % (dfmt(pd, "compact"), rng.randint(1, 9999))), ("付款账户：", "%s  %s" % (payer["acct"], payer["name"])),
          ("提交时间：", "%s %02d:%02d:%02d" % (dfmt(pd, "iso"), rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))], 8.5, 60, x=20)
    others = [("天津市恒远物流有限公司", 1), ("沧州明辉紧固件有限公司", 1), ("天津宏达包装材料有限公司", 1), ("廊坊市科瑞电气有限公司", 1), ("天津市津南区海通五金经营部", 1)]
    rows = [["序号", "收款户名", "收款账号", "收款银行", "金额（元）", "用途", "状态"]]
    ents = []
    for nm, _ in rng.sample(others, 4):
        ents.append((nm, account(rng, 16), rng.choice(["中国银行", "工商银行", "农业银行", "交通银行"]), rng.randint(800000, 40000000), rng.choice(["货款", "运费", "材料款"])))
    ents.insert(rng.randint(1, 3), (A["name"], A["acct"], A["bank_short"], amt, o.get("memo", "项目款")))
    for i, (nm, ac, bk, am, memo) in enumerate(ents, 1):
        rows.append([str(i), nm, ac, bk, comma(am), memo, "交易成功"])
    d.gap(6)
    d.table([26, 150, 112, 62, 80, 46, 50], rows, 7.5, x=20, ruled=False, header_fill=(0.93, 0.93, 0.95), aligns="clllrcc")
    tot = sum(e[3] for e in ents)
    d.gap(8)
    d.text(20, d.y + 8, "共 %d 笔，合计金额：%s 元；成功 %d 笔，失败 0 笔" % (len(ents), comma(tot), len(ents)), 8.5)
    d.text(W - 140, d.y + 40, "[ 打印回单 ]   [ 返回 ]", 8.5, "hei", (0.1, 0.3, 0.7))
    return d, "payment_proof", F(None, amt, pd, None, payer["name"], A["name"]), "客户网银批量转账批次明细截图：多笔收款人，仅一行为申报单位，合计金额为干扰"


def g_pay_ebank(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    payer = o.get("payer", C)
    pd, amt = o["date"], o["amount"]
    cite = o.get("cite", True)
    d = Doc("song")
    d.y = 70
    d.center("%s  网上银行电子回单" % payer["bank_short"], 15, "bold")
    d.gap(4)
    d.text(d.m, d.y + 10, "电子回单号码：%s" % ("%04d-%04d-%04d-%04d" % tuple(rng.randint(0, 9999) for _ in range(4))), 8.5)
    d.gap(16)
    rows = [[("付款人", 1), "全　称", payer["name"], ("收款人", 1), "全　称", A["name"]],
            ["", "账　号", payer["acct"], "", "账　号", A["acct"]],
            ["", "开户行", payer["bank"], "", "开户行", A["bank"]],
            [("金额", 2), ("人民币（大写）%s　　（小写）¥%s" % (daxie(amt), comma(amt)), 4)],
            [("用途", 2), ("合同%s进度款" % c["no"] if cite else "货款", 4)],
            [("交易时间", 2), ("%s %02d:%02d:%02d" % (dfmt(pd, "iso"), rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)), 4)],
            [("验证码", 2), ("%08X" % rng.randint(0, 2 ** 32 - 1), 4)]]
    d.table([26, 44, 166, 26, 44, 166], rows, 8.5, rowh=24)
    d.gap(6)
    d.text(d.m, d.y + 10, "记账柜员：EB%04d　　打印次数：1" % rng.randint(0, 9999), 8)
    d.seal(W - d.m - 60, d.y - 20, payer["bank"], "电子回单专用章", r=34)
    return d, "payment_proof", F(c["no"] if cite else None, amt, pd, None, payer["name"], A["name"]), "网上银行电子回单（自有版式）"


# ---- procurement
def g_proc_agency(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    pdt = o.get("date", c["proc_date"])
    amt = o.get("amount", c["fen"])
    ag = ctx["agency"]
    d = Doc("song")
    letterhead(d, ag["name"], ag["addr"])
    d.center("中 标 通 知 书", 18, "bold")
    d.right("招标编号：%s" % c["bid_no"], 9.5)
    d.gap(6)
    d.para("%s：" % A["name"], indent=False)
    d.para("%s受%s（招标人）委托，就其%s以公开招标方式进行采购，于%s开标。经评标委员会评审，并经招标人确认，现确定贵单位为中标人。" % (ag["name"], C["name"], c["project"], dfmt(pdt - timedelta(days=12), "cn")))
    d.para("中标价：人民币%s（¥%s）" % (daxie(amt), comma(amt)), indent=False)
    d.para("交付（工期）：合同签订后150日历天", indent=False)
    d.para("质量要求：符合招标文件及国家现行标准", indent=False)
    d.para("请贵单位自本通知书发出之日起30日内，按照招标文件和贵单位投标文件的约定，与招标人签订书面合同，并按招标文件要求提交履约担保。")
    d.gap(26)
    y0 = d.y
    d.text(d.m, y0, "招标人：%s（盖章）" % C["name"], 10.5)
    d.text(d.m, y0 + 28, "招标代理机构：%s（盖章）" % ag["name"], 10.5)
    d.text(d.m, y0 + 56, "法定代表人或其委托代理人：", 10.5)
    d.signature(d.m + 150, y0 + 56, ag["rep"])
    d.text(W - d.m - 120, y0 + 90, dfmt(pdt, "cn"), 10.5)
    d.seal(d.m + 120, y0 - 8, C["name"], "")
    d.seal(d.m + 260, y0 + 30, ag["name"], "")
    return d, "procurement_proof", F(None, amt, pdt, C["name"]), "招标代理机构出具的中标通知书：信头为代理机构，招标人仅在正文与落款"


def g_proc_nomination(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    pdt = o.get("date", c["proc_date"])
    amt = o.get("amount", c["fen"])
    d = Doc("hei")
    letterhead(d, C["name"], C.get("en", ""), line_color=(0.1, 0.2, 0.5))
    d.center("定点通知书  Nomination Letter", 15, "bold")
    d.right("编号：DD-%d-%03d　　日期：%s" % (pdt.year, rng.randint(1, 400), dfmt(pdt, "slash")), 9)
    d.gap(4)
    d.para("%s：" % A["name"], indent=False)
    d.para("经我公司采购部、质量部、技术中心联合评审，贵公司被选定为本公司“%s”项目的定点供应商。定点内容如下：" % c["project"])
    rows = [["项目", "内容"], ["定点范围", "、".join(c["items"])], ["项目总价（含税）", "¥%s（%s）" % (comma(amt), daxie(amt))],
            ["计划SOP", dfmt(pdt + timedelta(days=rng.randint(150, 200)), "cn")], ["质保要求", "SOP后24个月或按技术协议"], ["年降要求", "自第二年起每年降价3%（适用于备件）"]]
    d.table([120, 352], rows, 9.5)
    d.para("请贵公司于收到本通知后十个工作日内与我公司签订采购合同及技术协议。本通知书不构成对采购数量的承诺，双方权利义务以正式合同为准。")
    d.gap(10)
    y0 = d.y
    d.table([157, 157, 158], [["采购部", "质量部", "技术中心"], ["", "", ""]], 9.5, rowh=40, aligns="ccc")
    for i in range(3):
        d.signature(d.m + 40 + i * 157, y0 + 50, rng.choice(["魏", "孙", "郝", "冯"]) + rng.choice(["海", "珺", "喆", "涛"]))
    d.gap(20)
    d.text(W - d.m - 190, d.y, C["name"], 10)
    d.seal(W - d.m - 100, d.y - 10, C["name"], "采购专用章")
    return d, "procurement_proof", F(None, amt, pdt, C["name"]), "汽车行业定点通知书（Nomination Letter），SOP日期干扰，年降条款"


def g_proc_email(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    pdt = o.get("date", c["proc_date"])
    amt = o.get("amount", c["fen"])
    d = Doc("hei")
    d.y = 50
    d.text(d.m, d.y, "打印：%s <%s@%s>" % (A["agent"], "sales", A["domain"]), 8, color=(0.4, 0.4, 0.4))
    d.line(d.m, d.y + 6, W - d.m, d.y + 6, 0.4)
    d.y += 30
    d.text(d.m, d.y, "【采购结果通知】%s" % c["project"], 13, "bold")
    wk = "一二三四五六日"[pdt.weekday()]
    d.kv([("发件人：", "%s采购管理部 <cgb@%s>" % (C["short"], C["domain"])), ("收件人：", "sales@%s" % A["domain"]),
          ("抄　送：", "jijian@%s" % C["domain"]), ("时　间：", "%s (星期%s) 上午10:%02d" % (dfmt(pdt, "cn"), wk, rng.randint(0, 59))),
          ("附　件：", "成交通知书.pdf (86 KB)")], 9, 50)
    d.line(d.m, d.y + 8, W - d.m, d.y + 8, 0.4)
    d.gap(12)
    d.para("%s：" % A["name"], indent=False)
    d.para("您好！我公司%s采购项目（项目编号：%s）采用竞争性比选方式采购，经比选小组评审并报公司采购领导小组审定，确定贵公司为成交供应商，成交金额为%s万元（含税）。" % (c["project"], c["bid_no"], wan_str(amt)))
    d.para("请贵公司收到本邮件后回复确认，并于五个工作日内携带授权委托书到我公司采购管理部办理合同签订事宜。未成交单位另行通知。")
    d.gap(10)
    d.para("此致", indent=True)
    d.para("敬礼！", indent=False)
    d.gap(10)
    d.text(W - d.m - 200, d.y + 10, "%s  采购管理部" % C["name"], 9.5)
    d.text(W - d.m - 200, d.y + 26, dfmt(pdt, "cn"), 9.5)
    d.y += 50
    d.line(d.m, d.y, d.m + 120, d.y, 0.4, (0.5, 0.5, 0.5))
    d.para("%s | 采购管理部 | 电话 %s | 地址 %s" % (C["agent"], C["tel"], C["addr"]), size=8, indent=False, color=(0.4, 0.4, 0.4))
    d.para("本邮件及其附件含有保密信息，仅限于发送给上述收件人。", size=7.5, indent=False, color=(0.5, 0.5, 0.5))
    return d, "procurement_proof", F(None, amt, pdt, C["name"]), "客户采购部邮件打印件：采购结果通知，成交金额仅以万元表述，无盖章"


def g_proc_compare(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    pdt = o.get("date", c["proc_date"])
    amt = o.get("amount", c["fen"])
    d = Doc("song")
    d.center(C["name"], 12, "hei", dy=2)
    d.center("采购比价记录表", 17, "bold")
    d.gap(4)
    d.table([80, 392], [["采购项目", c["project"]], ["采购方式", "询比价（邀请三家）"], ["需求部门", rng.choice(["设备动力部", "信息中心", "生产制造部"])]], 9.5)
    d.gap(6)
    q2 = amt + amt * rng.randint(3, 9) // 100
    q3 = amt + amt * rng.randint(10, 18) // 100
    quotes = [(A["name"], amt, "满足"), (rng.choice(["北京中科瀚智自动化有限公司", "苏州工联智造科技有限公司"]), q2, "满足"), (rng.choice(["天津市开元信息工程有限公司", "青岛海晟工业软件有限公司"]), q3, "部分满足")]
    rng.shuffle(quotes)
    rows = [["序号", "报价单位", "报价金额（元）", "技术响应", "排名"]]
    rk = sorted(quotes, key=lambda q: q[1])
    for i, q in enumerate(quotes, 1):
        rows.append([str(i), q[0], comma(q[1]), q[2], str(rk.index(q) + 1)])
    d.table([34, 220, 98, 64, 56], rows, 9.5, aligns="clrcc")
    d.gap(6)
    d.para("比价结论：以上三家单位技术方案均经需求部门评审，按照经评审的最低价原则，拟选定%s为成交单位，成交价¥%s（%s）。" % (A["name"], comma(amt), daxie(amt)), indent=False)
    d.gap(8)
    y0 = d.y
    d.table([118, 118, 118, 118], [["经办人", "部门负责人", "采购部审核", "分管领导审批"], ["", "", "", ""], ["", "", "", ""]], 9.5, rowh=30, aligns="cccc")
    names = [C["agent"], "鲍学东", "林燕", "许昀"]
    for i in range(4):
        d.signature(d.m + 25 + i * 118, y0 + 44, names[i])
        d.text(d.m + 20 + i * 118, y0 + 78, dfmt(pdt - timedelta(days=3 - i), "dot"), 9, hand=True)
    d.gap(16)
    d.text(W - d.m - 160, d.y, "审批完成日期：%s" % dfmt(pdt, "cn"), 10)
    return d, "procurement_proof", F(None, amt, pdt, C["name"]), "客户内部采购比价记录表：三家报价干扰，拟成交单位与成交价，审批签名日期递进"


def g_proc_po(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    pdt = o.get("date", c["proc_date"])
    amt = o.get("amount", c["fen"])
    d = Doc("mono")
    d.y = 50
    d.text(d.m, d.y, C["name"], 12, "bold")
    d.text(W - d.m - 150, d.y, "PURCHASE ORDER", 12, "bold")
    d.text(W - d.m - 150, d.y + 16, "采 购 订 单", 11, "hei")
    d.y += 40
    d.table([118, 118, 118, 118], [["订单号 PO No.", c["po_no"], "订单日期 Date", dfmt(pdt, "dot")], ["合同号 Contract", c["no"], "币种 Curr.", "CNY"],
                                   ["供应商 Vendor", (A["name"], 3)], ["采购方 Buyer", (C["name"], 3)]], 8.5)
    d.gap(6)
    items = split_items(rng, amt, c["items"])
    rows = [["行号", "物料描述", "数量", "单价", "金额", "交货日期"]]
    for i, (lab, q, up, tot) in enumerate(items, 1):
        rows.append(["%d0" % i, lab, str(q), comma(up), comma(tot), dfmt(pdt + timedelta(days=60), "dot")])
    rows.append([("订单总额（含税）Total", 4), comma(amt), ""])
    d.table([34, 176, 34, 80, 84, 64], rows, 8.5, aligns="clcrrc")
    d.gap(6)
    d.para("条款：本订单依据双方所签合同%s执行，合同条款优先；发票须注明订单号；付款条件见合同。" % c["no"], size=8.5, indent=False)
    d.gap(18)
    d.text(d.m, d.y, "采购员：%s　　审核：%s" % (C["agent"], "吕晨"), 9)
    d.seal(W - d.m - 90, d.y - 10, C["name"], "采购专用章")
    return d, "procurement_proof", F(c["no"], amt, pdt, C["name"]), "ERP打印采购订单（中英），引用合同号"


# ---- other documents (doc_type other)
def g_oth_techreg(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    rd = c["sign"] + timedelta(days=rng.randint(15, 40))
    amt = c["fen"]
    d = Doc("song")
    d.y = 90
    d.center("技术合同登记证明", 20, "bold")
    d.gap(10)
    rows = [["登记号", "2023120%d%09d" % (rng.randint(1, 9), rng.randint(0, 10 ** 9))], ["合同名称", c["project"]], ["合同类别", "技术服务"],
            ["卖方（受托方）", A["name"]], ["买方（委托方）", C["name"]], ["合同成交额", "¥%s" % comma(amt)],
            ["技术交易额", "¥%s" % comma(amt * 62 // 100)], ["合同有效期", "%s至%s" % (dfmt(c["sign"], "cn"), dfmt(c["sign"] + timedelta(days=540), "cn"))]]
    d.table([120, 352], rows, 10.5, rowh=30)
    d.gap(10)
    d.para("经审查，该合同符合《技术合同认定规则》，准予登记。本证明用于享受国家有关技术交易优惠政策。", indent=True)
    d.gap(30)
    d.text(W - d.m - 220, d.y, "天津市%s技术合同登记站" % A["district"], 11)
    d.text(W - d.m - 190, d.y + 26, "登记日期：%s" % dfmt(rd, "cn"), 10.5)
    d.seal(W - d.m - 110, d.y - 5, "天津市%s技术合同登记站" % A["district"], "登记专用章", star=True)
    return d, "other", F(), "技术合同登记证明：含合同成交额与技术交易额两个金额，卖方=申报单位，非合同本身"


def g_oth_testreport(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    rd = c["accept"] - timedelta(days=rng.randint(20, 40))
    d = Doc("song")
    d.y = 60
    d.rect_seal(d.m, 40, ["CMA", "%d12%06d" % (rng.randint(19, 23), rng.randint(0, 999999))], color=(0.1, 0.3, 0.6), size=8)
    d.right("报告编号：RJCP-%d-%04d" % (rd.year, rng.randint(1, 9999)), 9)
    d.y = 220
    d.center("软 件 产 品 测 试 报 告", 22, "bold")
    d.y += 80
    for k, v in [("软件名称：", c["project"].replace("项目", "") + "软件 V2.%d" % rng.randint(0, 9)), ("委托单位：", A["name"]), ("测试类别：", "委托测试"), ("报告日期：", dfmt(rd, "cn"))]:
        d.text(140, d.y, k, 12)
        d.text(220, d.y, v, 12)
        d.y += 30
    d.y = H - 120
    d.center("天津市软件评测中心有限公司", 13, "hei")
    d.seal(W / 2 + 60, H - 140, "天津市软件评测中心有限公司", "检验检测专用章")
    d.new_page()
    d.center("测 试 结 论", 14, "bold")
    d.para("依据GB/T 25000.51-2016对被测软件的功能性、性能效率、易用性、可靠性、信息安全性及用户文档集进行了测试。测试结果表明：被测软件功能与需求规格说明一致，未发现严重缺陷。", indent=True)
    d.para("测试结论：通过。", indent=True)
    d.para("注：本报告仅对被测样品负责，不代表用户对项目的验收意见。", indent=True, size=9)
    return d, "other", F(), "第三方软件测试报告（评测中心出具，结论“通过”，但不是客户验收）"


def g_oth_guarantee(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    gd = c["sign"] + timedelta(days=rng.randint(3, 7))
    amt = c["fen"] // 10
    d = Doc("song")
    letterhead(d, A["bank"], None, line_color=(0.1, 0.3, 0.5))
    d.center("履 约 保 函", 17, "bold")
    d.right("保函编号：LG%s%05d" % (dfmt(gd, "compact"), rng.randint(0, 99999)), 9.5)
    d.para("致：%s（受益人）" % C["name"], indent=False)
    d.para("鉴于%s（以下简称“申请人”）与贵方签订了编号为%s的《%s》合同，应申请人要求，我行愿就申请人履行上述合同向贵方提供不可撤销的履约保函。" % (A["name"], c["no"], c["project"]))
    d.para("本保函担保金额为人民币%s（¥%s）。在保函有效期内，我行在收到贵方书面索赔通知及申请人违约的声明后七个工作日内，在担保金额内予以支付。" % (daxie(amt), comma(amt)))
    d.para("本保函自开立之日起生效，至%s失效。失效后请将本保函原件退回我行。" % dfmt(gd + timedelta(days=365), "cn"))
    d.gap(30)
    d.text(W - d.m - 200, d.y, A["bank"], 10.5)
    d.text(W - d.m - 200, d.y + 26, dfmt(gd, "cn"), 10.5)
    d.seal(W - d.m - 110, d.y, A["bank"], "保函专用章")
    return d, "other", F(), "银行履约保函：担保金额为合同价10%，受益人=客户，非付款"


def g_oth_delivery(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    dd = o.get("date", c["sign"] + timedelta(days=rng.randint(40, 90)))
    d = Doc("song")
    d.center(A["name"], 13, "hei", dy=2)
    d.center("送 货 单", 17, "bold")
    d.kv([("收货单位：", C["name"]), ("送货日期：", dfmt(dd, "cn")), ("合同编号：", c["no"])], 10, 70)
    rows = [["序号", "货物名称", "单位", "数量", "备注"]]
    for i, it in enumerate(c["items"], 1):
        rows.append([str(i), it, "套", str(rng.randint(1, 4)), ""])
    d.gap(4)
    d.table([34, 250, 50, 50, 88], rows, 9.5, aligns="clccl")
    d.gap(10)
    d.text(d.m, d.y + 10, "收货人签收：", 10.5)
    d.signature(d.m + 80, d.y + 12, C["agent"])
    d.text(d.m + 250, d.y + 10, "货物已收到，外包装完好", 10.5, hand=True)
    d.text(d.m, d.y + 40, "（白联存根　红联客户　黄联财务）", 8.5)
    return d, "other", F(), "送货单（手写签收），到货不等于验收"


def g_oth_kickoff(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    kd = c["sign"] + timedelta(days=rng.randint(10, 25))
    d = Doc("song")
    d.center("项目开工报告", 17, "bold")
    d.table([100, 372], [["项目名称", c["project"]], ["合同编号", c["no"]], ["建设单位", C["name"]], ["实施单位", A["name"]],
                         ["计划开工日期", dfmt(kd, "cn")], ["计划完工日期", dfmt(kd + timedelta(days=150), "cn")],
                         ["开工准备情况", "施工组织方案已审批，人员设备已进场，安全交底已完成，具备开工条件。"], ["建设单位意见", "同意开工。"]], 10, rowh=30, hand_cells=[(7, 1)])
    d.gap(20)
    d.text(d.m, d.y, "建设单位（章）", 10.5)
    d.seal(d.m + 110, d.y - 10, C["name"], "")
    return d, "other", F(), "开工报告：客户同意开工（非验收），计划完工日期干扰"


def g_oth_invoice(ctx, c, o):
    A, C, rng = ctx["app"], c["cust"], ctx["rng"]
    idt, amt = o["date"], o["amount"]
    d = Doc("song")
    d.y = 60
    d.center("电子发票（增值税专用发票）", 15, "bold", color=(0.55, 0.25, 0.1))
    d.text(W - d.m - 160, 60, "发票号码：23%018d" % rng.randint(0, 10 ** 18), 8)
    d.text(W - d.m - 160, 74, "开票日期：%s" % dfmt(idt, "cn"), 8)
    d.gap(10)
    col = (0.55, 0.25, 0.1)
    d.table([30, 206, 30, 206], [[("购买方", 1), "名称：%s\n统一社会信用代码/纳税人识别号：%s" % (C["name"], C["uscc"]), ("销售方", 1), "名称：%s\n统一社会信用代码/纳税人识别号：%s" % (A["name"], A["uscc"])]], 8, rowh=50)
    net = amt * 100 // 113
    tax = amt - net
    d.table([190, 60, 90, 60, 72], [["项目名称", "数量", "金额", "税率", "税额"], ["*信息技术服务*%s" % c["project"][:14], "1", comma(net), "13%", comma(tax)],
                                      [("价税合计（大写）%s" % daxie(amt), 3), ("（小写）¥%s" % comma(amt), 2)]], 8, aligns="lcrcr")
    d.table([472], [["备注：合同编号%s" % c["no"]]], 8)
    d.text(W - d.m - 120, d.y + 20, "开票人：%s" % A["agent"], 8.5)
    return d, "other", F(), "增值税电子专用发票（价税合计=一期款），开票不等于付款"


def g_oth_proposal(ctx, c, o):
    A, rng = ctx["app"], ctx["rng"]
    st = o["std"]
    d = Doc("song")
    d.center("企业标准项目建议书", 17, "bold")
    d.gap(6)
    d.table([110, 362], [["标准名称", st["name"]], ["标准类别", st["cat"]], ["起草单位", A["name"]], ["建议立项日期", dfmt(D("2023-03-15"), "cn")],
                         ["目的和意义", "规范工业现场数据的采集、传输与应用，为后续项目的复制推广提供统一依据。"],
                         ["主要内容", "拟规定范围、术语、总体要求、接口要求、测试方法等章节，预计2023年第四季度形成草案。"],
                         ["进度安排", "2023年3月立项；2023年6月形成工作组讨论稿；2023年10月形成草案。"]], 10, rowh=34)
    d.gap(20)
    d.text(W - d.m - 160, d.y, "技术委员会意见：同意立项", 10, hand=True)
    return d, "other", F(), "标准项目建议书（仅立项建议，非标准草案文本）"


# ---- standard drafts
def g_std_q(ctx, c, o):
    A, st, rng = ctx["app"], o["std"], ctx["rng"]
    d = Doc("song")
    d.y = 46
    d.text(W - d.m - 130, d.y, st["code"], 10, "hei")
    d.line(d.m, d.y + 6, W - d.m, d.y + 6, 0.5)
    d.y = 100
    d.center(st["name"], 16, "bold", dy=4)
    d.center("（草案）", 12)
    d.gap(10)
    for h, t in [("1  范围", "本文件规定了%s的总体要求、技术要求、测试方法和实施流程。本文件适用于离散制造企业车间级系统的建设与验收。" % st["name"].replace("规范", "").replace("要求", "")),
                 ("2  规范性引用文件", "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。GB/T 20720.1 企业控制系统集成；GB/T 33008.1 工业自动化和控制系统网络安全 可编程序控制器。"),
                 ("3  术语和定义", "3.1 边缘采集节点 edge acquisition node：部署于生产现场、对设备数据进行采集、预处理并向上层系统转发的软硬件单元。"),
                 ("4  总体要求", "4.1 系统应采用分层架构，设备层、边缘层、平台层之间的接口应符合本文件第5章的规定。4.2 数据采集周期应可配置，最小不大于1s。"),
                 ("5  技术要求", "5.1 接口协议应至少支持OPC UA、Modbus TCP及MQTT。5.2 数据完整率不低于99.5%。5.3 时间戳应统一采用UTC+8，精度不低于1ms。"),
                 ("6  测试方法", "6.1 数据完整率测试：连续采集72h，统计实际到达数据点数与应到数据点数之比。")]:
        d.para(h, indent=False, font="hei")
        d.para(t)
    d.y = H - 40
    d.text(W / 2 - 10, d.y, "1", 9)
    return d, "standard_draft", F(title=st["name"]), "企业标准草案（无封面，页眉为Q/编号，正文直接从“1 范围”开始）"


def g_std_group(ctx, c, o):
    A, st, rng = ctx["app"], o["std"], ctx["rng"]
    d = Doc("hei")
    d.y = 60
    d.text(d.m, d.y, "ICS 25.040", 10)
    d.text(d.m, d.y + 16, "CCS J 07", 10)
    d.y = 130
    d.center("团 体 标 准", 26, "bold")
    d.right(st["code"], 11)
    d.line(d.m, d.y + 8, W - d.m, d.y + 8, 1.2)
    d.y += 90
    d.center(st["name"], 18, "bold")
    d.center(st.get("en", "Specification for industrial internet system integration"), 10, "hei")
    d.y += 30
    d.center("（征求意见稿）", 12)
    d.y = H - 140
    d.text(d.m, d.y, "2023-XX-XX 发布", 11)
    d.text(W - d.m - 90, d.y, "2023-XX-XX 实施", 11)
    d.line(d.m, d.y + 8, W - d.m, d.y + 8, 1.2)
    d.y += 40
    d.center("天津市智能制造产业协会　发布", 13)
    d.new_page()
    d.center("前　　言", 14, "bold")
    d.para("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    d.para("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    d.para("本文件由天津市智能制造产业协会提出并归口。")
    d.para("本文件起草单位：%s、天津大学、天津市工业互联网创新中心。" % A["name"])
    return d, "standard_draft", F(title=st["name"]), "团体标准征求意见稿封面+前言"


GENRES = {k[2:]: v for k, v in list(globals().items()) if k.startswith("g_")}


# ----------------------------------------------------------------------------- companies
BANKS = [("中国建设银行", "建行", "ccb"), ("招商银行", "招行", "cmb"), ("中国工商银行", "工行", "icbc"), ("交通银行", "交行", "bocom"),
         ("上海浦东发展银行", "浦发银行", "spdb"), ("中信银行", "中信银行", "citic"), ("中国农业银行", "农行", "abc"), ("天津银行", "天津银行", "bot")]
SURN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边"
GIVEN = ["建华", "志刚", "海燕", "晓峰", "立伟", "春梅", "国庆", "秀兰", "伟东", "丽娜", "振宇", "子涵", "赟", "昀泽", "瑄", "嘉懿", "博文", "淑芬", "文斌", "宏亮"]


def company(rng, name, region, addr, city, short, domain, staff=None, rev=None, tj=None, branch_of=None, kind="91", en=""):
    b = rng.choice(BANKS)
    branch = city.replace("市", "") + rng.choice(["分行营业部", "开发区支行", "高新区支行", "%s支行" % addr[3:5]])
    return {"name": name, "uscc": make_uscc(rng, region, kind), "region": region, "addr": addr, "city": city, "short": short, "domain": domain,
            "bank": b[0] + branch, "bank_short": b[0], "bank_code": b[2], "acct": account(rng, rng.choice([16, 17, 19])),
            "rep": rng.choice(SURN) + rng.choice(GIVEN), "agent": rng.choice(SURN) + rng.choice(GIVEN),
            "tel": "0%d-%d" % (rng.choice([22, 311, 531, 512, 574, 23, 411]), rng.randint(20000000, 89999999)),
            "staff": staff, "rev": rev, "tj": tj, "en": en}


def is_large(staff, rev_wan):
    return staff >= 1000 and rev_wan >= 40000


# ----------------------------------------------------------------------------- plans
ITEMS = [["边缘采集网关", "设备联网模块", "MES软件许可", "实施服务"], ["视觉检测工作站", "缺陷识别算法授权", "产线改造施工"],
         ["能碳管控平台软件", "计量仪表及采集终端", "系统集成服务"], ["AGV搬运机器人", "调度系统", "现场部署调试"],
         ["设备预测性维护系统", "振动传感器", "工业服务器", "培训"], ["数字孪生建模服务", "三维可视化平台", "数据中台授权"]]
PROJ = ["冲压车间设备联网与MES", "焊装线视觉质检", "能碳精益化管控平台", "厂内智能物流", "设备智能运维", "数字孪生车间",
        "热处理工艺在线优化", "仓储物流调度", "注塑车间数字化", "质量综合管控系统", "计划排程优化", "安全一体化管控"]


def mk_contract(rng, app_abbr, seq, cust, wan, sign, accept, proc_date, cg, ag, pg, pays, extras=(), proc_opts=None, acc_opts=None, c_opts=None):
    pj = cust["short"] + PROJ[(seq * 5 + len(cust["short"])) % len(PROJ)] + "项目"
    no = "%s-%s-%03d" % (app_abbr, sign.strftime("%Y%m"), 100 + seq * 7)
    c = {"seq": seq, "no": no, "project": pj, "items": ITEMS[seq % len(ITEMS)], "cust": cust, "fen": fen(wan), "wan_decl": wan,
         "sign": sign, "accept": accept, "proc_date": proc_date, "bid_no": "ZB%d-%s-%03d" % (proc_date.year, cust["short"][:2], rng.randint(1, 300)),
         "po_no": "45%08d" % rng.randint(0, 10 ** 8), "docs": [], "planted": []}
    c["docs"].append((cg, c_opts or {}))
    for a in (ag if isinstance(ag, list) else [ag]):
        if a:
            c["docs"].append((a, dict(acc_opts or {})))
    if pg:
        c["docs"].append((pg, proc_opts or {}))
    for p in pays:
        c["docs"].append(p)
    for e in extras:
        c["docs"].append(e if isinstance(e, tuple) else (e, {}))
    return c


def installments(c, fracs, genres, start, step=40, renders=None, payer=None, cite=None, total=None):
    total = c["fen"] if total is None else total
    out, acc = [], 0
    for i, (fr, g) in enumerate(zip(fracs, genres)):
        a = total - acc if i == len(fracs) - 1 else int(round(total * fr / 100.0)) * 100 // 100
        a = a if i == len(fracs) - 1 else a // 100 * 100
        acc += a
        o = {"date": start + timedelta(days=step * i), "amount": a}
        if payer:
            o["payer"] = payer
        if cite is not None:
            o["cite"] = cite
        if renders:
            o["render"] = renders[i]
        out.append(("pay_" + g, o))
    return out


def invoices(pays, n=2):
    out = []
    for g, o in pays[:n]:
        out.append(("oth_invoice", {"date": o["date"] - timedelta(days=5), "amount": o["amount"]}))
    return out


def agency(rng):
    return {"name": rng.choice(["天津国际招标有限公司滨海分公司", "中招联合招标代理（天津）有限公司", "天津市泰和工程招标代理有限公司"]),
            "addr": "地址：天津市河西区友谊路%d号  电话：022-%d" % (rng.randint(10, 90), rng.randint(23000000, 28999999)), "rep": rng.choice(SURN) + rng.choice(GIVEN)}


def build_clean(rng):
    app = company(rng, "天津璟曜智控科技有限公司", "120116", "天津市滨海新区经济技术开发区第三大街%d号" % rng.randint(10, 99), "天津市", "璟曜", "jingyao-tech.example")
    app["district"] = "滨海新区"
    cs = [
        company(rng, "天津滨海昀橦精密机械有限公司", "120116", "天津市滨海新区中塘镇工业园%d号" % rng.randint(1, 60), "天津市", "昀橦精机", "ytjm.example", 260, 18500, "是"),
        company(rng, "河北冀衡重型装备股份有限公司", "131102", "河北省衡水市桃城区北方工业基地橡塑路%d号" % rng.randint(1, 99), "衡水市", "冀衡重装", "jhzz.example", 2300, 186000, "否"),
        company(rng, "天津赟丰汽车零部件有限公司", "120114", "天津市武清区汽车产业园福源道%d号" % rng.randint(1, 40), "天津市", "赟丰汽配", "yunfeng-auto.example", 480, 36200, "是"),
        company(rng, "山东鲁岱化工集团有限公司", "370902", "山东省泰安市泰山区岱道庵路%d号" % rng.randint(1, 300), "泰安市", "鲁岱化工", "ludai-chem.example", 3100, 520000, "否"),
        company(rng, "天津市瑄和食品有限公司", "120113", "天津市北辰区宜兴埠镇京福公路东侧%d号" % rng.randint(1, 60), "天津市", "瑄和食品", "xuanhe-food.example", 150, 9800, "是"),
        company(rng, "江苏澄江智能电气有限公司", "320281", "江苏省江阴市临港街道滨江西路%d号" % rng.randint(1, 300), "江阴市", "澄江电气", "cjdq.example", 820, 61000, "否"),
        company(rng, "天津堃泰新材料科技有限公司", "120112", "天津市津南区八里台镇津南经济开发区（西区）旺港路%d号" % rng.randint(1, 30), "天津市", "堃泰新材", "kuntai.example", 95, 4200, "是"),
        company(rng, "重庆渝峡摩托车零部件制造有限公司", "500113", "重庆市巴南区界石镇石龙大道%d号" % rng.randint(1, 200), "重庆市", "渝峡摩配", "yuxia.example", 1350, 88000, "否"),
        company(rng, "天津港湾淼源水务设备有限公司", "120116", "天津市滨海新区塘沽海洋高新区智慧山南道%d号" % rng.randint(1, 50), "天津市", "淼源水务", "miaoyuan.example", 60, 2100, "是"),
        company(rng, "宁波甬舜模具科技有限公司", "330282", "浙江省慈溪市周巷镇兴业北路%d号" % rng.randint(1, 300), "慈溪市", "甬舜模具", "yongshun-mold.example", 210, 15800, "否"),
        company(rng, "天津燚辰热能装备有限公司", "120115", "天津市宝坻区九园工业园区九园公路%d号" % rng.randint(1, 90), "天津市", "燚辰热能", "yichen-heat.example", 1100, 47000, "是"),
    ]
    wans = ["486.50", "612.00", "398.76", "725.30", "455.00", "530.88", "388.20", "602.45", "470.00", "515.60", "436.80"]
    signs = ["2022-11-18", "2023-01-09", "2023-02-20", "2022-12-05", "2023-03-14", "2023-02-02", "2023-04-11", "2023-01-16", "2023-05-08", "2023-03-27", "2023-04-25"]
    accs = ["2023-06-20", "2023-08-15", "2023-09-07", "2023-07-28", "2023-10-12", "2023-09-19", "2023-11-03", "2023-08-30", "2023-11-21", "2023-10-26", "2023-12-08"]
    CG = ["contract_soe", "contract_order", "contract_tech", "contract_impl", "contract_prose"]
    AG = ["acc_takeover", "acc_sat", "acc_score", "acc_report", "acc_form"]
    PG = ["proc_agency", "proc_nomination", "proc_email", "proc_compare", "proc_po"]
    PAYG = ["credit", "advice", "dcc", "batch", "ebank"]
    contracts = []
    for i, cu in enumerate(cs):
        s, a = D(signs[i]), D(accs[i])
        pdte = s - timedelta(days=rng.randint(10, 30))
        c = mk_contract(rng, "JYZK", i + 1, cu, wans[i], s, a, pdte, CG[i % 5], AG[(i * 2) % 5], PG[(i * 3) % 5], [])
        k = [1, 2, 3][i % 3]
        fr = {1: [100], 2: [40, 60], 3: [30, 60, 10]}[k]
        gs = [PAYG[(i + j) % 5] for j in range(k)]
        pays = installments(c, fr, gs, s + timedelta(days=20), step=max(30, (a - s).days // k))
        c["docs"] += pays + invoices(pays, 1 + i % 2)
        if CG[i % 5] == "contract_tech":
            c["docs"].append(("oth_techreg", {}))
        if i in (0, 5):
            c["docs"].append(("oth_guarantee", {}))
        if i in (1, 7):
            c["docs"].append(("oth_delivery", {}))
        if i == 4:
            c["docs"].append(("oth_testreport", {}))
        if i == 9:
            c["docs"].append(("oth_kickoff", {}))
        if i == 3:  # a second acceptance genre for the same project (both pass, same date)
            c["docs"].append(("acc_report", {"show_amount": True}))
        contracts.append(c)
    stds = [{"name": "离散制造车间设备数据采集接口规范", "cat": "企业标准", "stage": "草案", "code": "Q/TJJY 003—2023", "genre": "std_q"},
            {"name": "智能产线数字孪生建模通用要求", "cat": "团体标准", "stage": "草案", "code": "T/TJIMA 017—2023", "genre": "std_group", "en": "General requirements for digital twin modelling of intelligent production lines"},
            {"name": "设备预测性维护系统实施指南", "cat": "企业标准", "stage": "草案", "code": "Q/TJJY 004—2023", "genre": "std_q"},
            {"name": "工业互联网平台与MES系统互联互通规范", "cat": "团体标准", "stage": "草案", "code": "T/TJIMA 021—2023", "genre": "std_group", "en": "Interconnection specification between industrial internet platform and MES"}]
    return {"name": "a4_support_clean", "app": app, "agency": agency(rng), "contracts": contracts, "standards": stds,
            "layout": "category", "direction": "设备智能运维解决方案", "industry": "汽车及关键零部件、通用设备制造"}


def build_gaps(rng):
    app = company(rng, "天津市鸿澍工业互联网有限公司", "120111", "天津市西青区华苑产业区（环外）海泰发展六道%d号" % rng.randint(1, 20), "天津市", "鸿澍", "hongshu-iiot.example")
    app["district"] = "西青区"
    mk = lambda *a, **k: company(rng, *a, **k)
    cs = [
        mk("天津市津沽瑞丰机械制造有限公司", "120111", "天津市西青区张家窝工业区兴业路%d号" % rng.randint(1, 60), "天津市", "瑞丰机械", "rfjx.example", 180, 12600, "是"),
        mk("廊坊市华霆金属制品有限公司", "131003", "河北省廊坊市广阳区九州镇工业园%d号" % rng.randint(1, 60), "廊坊市", "华霆金属", "huating.example", 140, 8800, "否"),
        mk("天津鑫珺电子科技有限公司", "120110", "天津市东丽区华明高新区华兴路%d号" % rng.randint(1, 60), "天津市", "鑫珺电子", "xinjun.example", 75, 5100, "是"),
        mk("烟台鲁喆液压件有限公司", "370613", "山东省烟台市莱山区港城东大街%d号" % rng.randint(1, 300), "烟台市", "鲁喆液压", "luzhe.example", 230, 17600, "否"),
        mk("天津市宝坻区燊旺塑胶制品有限公司", "120115", "天津市宝坻区经济开发区宝中道%d号" % rng.randint(1, 60), "天津市", "燊旺塑胶", "shenwang.example", 120, 6900, "是"),
        mk("大连犇马船舶配件有限公司", "210211", "辽宁省大连市甘井子区营城子工业园%d号" % rng.randint(1, 60), "大连市", "犇马船配", "benma.example", 340, 22800, "否"),
        mk("天津中冶坤达钢结构有限公司", "120112", "天津市津南区双港镇工业园区旺港路%d号" % rng.randint(1, 60), "天津市", "坤达钢构", "kunda.example", 420, 31500, "是"),
        mk("天津华泓精工机床有限公司", "120113", "天津市北辰区北辰科技园区景丽路%d号" % rng.randint(1, 60), "天津市", "华泓机床", "huahong.example", 650, 38800, "是"),
        mk("天津市蓟州区晟瑄农机有限公司", "120119", "天津市蓟州区经济开发区兴华大街%d号" % rng.randint(1, 60), "天津市", "晟瑄农机", "shengxuan.example", 88, 3600, "是"),
        mk("苏州昀禾医疗器械有限公司", "320506", "江苏省苏州市吴中区郭巷街道淞葭路%d号" % rng.randint(1, 300), "苏州市", "昀禾医械", "yunhe-med.example", 260, 19800, "否"),
        mk("天津泰昶汽车内饰件有限公司", "120114", "天津市武清区京滨工业园京滨睿城%d号" % rng.randint(1, 60), "天津市", "泰昶内饰", "taichang.example", 560, 29700, "是"),
        mk("河北燕垚新型建材有限公司", "131003", "河北省廊坊市广阳区北旺乡创业路%d号" % rng.randint(1, 60), "廊坊市", "燕垚建材", "yanyao.example", 90, 4800, "是"),
        mk("天津滨化联合石化装备有限公司", "120116", "天津市滨海新区临港经济区渤海十路%d号" % rng.randint(1, 60), "天津市", "滨化装备", "binhua-eq.example", 1500, 62000, "是"),
        mk("天津市铭淼纸业包装有限公司", "120118", "天津市静海区大邱庄镇工业区百亿道%d号" % rng.randint(1, 60), "天津市", "铭淼包装", "mingmiao.example", 210, 14500, "是"),
        mk("浙江甬昊精密铸造有限公司", "330206", "浙江省宁波市北仑区大碶街道庐山西路%d号" % rng.randint(1, 300), "宁波市", "甬昊铸造", "yonghao.example", 380, 26400, "否"),
        mk("天津中环昱辉光电科技有限公司", "120116", "天津市滨海新区高新区华苑产业区海泰南道%d号" % rng.randint(1, 60), "天津市", "昱辉光电", "yuhui-opto.example", 150, 11200, "是"),
    ]
    cs[8]["uscc"] = broken_uscc(cs[8]["uscc"])  # g9: invalid code, carried by every document
    wans = ["520.00", "480.00", "366.40", "412.00", "458.20", "395.00", "526.80", "318.00", "286.50", "344.00", "377.70", "302.60", "610.00", "455.00", "505.00", "390.00"]
    signs = ["2023-01-12", "2023-02-08", "2022-12-20", "2023-03-02", "2023-01-30", "2023-04-06", "2023-02-15", "2023-03-21", "2023-05-10", "2023-02-27", "2023-04-18", "2023-03-09", "2022-11-28", "2023-05-22", "2023-06-05", "2023-04-27"]
    accs = ["2023-07-18", "2023-08-22", "2023-06-29", "2023-09-14", "2023-08-08", "2023-12-28", "2023-10-10", "2023-09-26", "2023-11-15", "2023-10-31", "2023-11-08", "2023-09-05", "2023-07-06", "2023-11-29", "2023-12-12", "2023-10-19"]
    CG = ["contract_order", "contract_prose", "contract_soe", "contract_impl", "contract_tech"]
    AG = ["acc_sat", "acc_report", "acc_form", "acc_takeover", "acc_sat"]
    PG = ["proc_email", "proc_po", "proc_agency", "proc_compare", "proc_nomination"]
    PAYG = ["ebank", "credit", "advice", "batch", "dcc"]
    contracts = []
    for i, cu in enumerate(cs):
        s, a = D(signs[i]), D(accs[i])
        pdte = s - timedelta(days=rng.randint(8, 25))
        ag, ao, pg = AG[i % 5], {}, PG[(i + 2) % 5]
        if i == 5:
            ag, ao = "acc_sat", {"date": D("2024-01-16")}
        if i == 6:
            ag, ao = "acc_score", {"failed": True}
        if i == 3:
            ag = None
        if i == 10:
            pg = None
        c = mk_contract(rng, "HSGL", i + 1, cu, wans[i], s, a, pdte, CG[i % 5], ag, pg, [], acc_opts=ao)
        k = [2, 1, 3, 2][i % 4]
        fr = {1: [100], 2: [30, 70], 3: [30, 60, 10]}[k]
        gs = [PAYG[(i + j) % 5] for j in range(k)]
        payer = None
        if i == 7:
            payer = company(rng, "华泓集团有限公司", "120113", "天津市北辰区京津公路西侧华泓大厦", "天津市", "华泓集团", "huahong-group.example")
        pays = installments(c, fr, gs, s + timedelta(days=25), step=max(30, (a - s).days // k), payer=payer)
        if i == 4:  # retention 10% unpaid -> sum of payments 90% of the declared amount
            pays = installments(c, [30, 60], ["credit", "ebank"], s + timedelta(days=25), step=60, total=c["fen"] * 90 // 100)
            c["planted"].append("amount_mismatch")
        if i == 2:
            pays = []
            c["planted"].append("missing_payment_proof")
        c["docs"] += pays + invoices(pays if pays else [("x", {"date": s + timedelta(days=30), "amount": c["fen"] * 3 // 10})], 1 + i % 2)
        if i == 2:
            c["docs"].append(("oth_invoice", {"date": a + timedelta(days=9), "amount": c["fen"] - c["fen"] * 3 // 10}))
        if i == 3:
            c["docs"] += [("oth_delivery", {}), ("oth_kickoff", {})]
            c["planted"].append("missing_acceptance_report")
        if i == 5:
            c["planted"].append("date_out_of_period")
        if i == 6:
            c["planted"].append("acceptance_not_passed")
        if i == 7:
            c["planted"].append("party_mismatch")
        if i == 8:
            c["planted"].append("invalid_uscc")
        if i == 9:
            c["dup"] = 1  # the acceptance document is uploaded twice (identical bytes)
            c["planted"].append("duplicate_evidence")
        if i == 10:
            c["planted"].append("missing_procurement_proof")
        if i == 11:
            c["planted"].append("not_tianjin")
        if i == 12:
            c["planted"].append("sme_misclassified")
        if i in (0, 13):
            c["docs"].append(("oth_guarantee", {}))
        if i == 14:
            c["docs"].append(("oth_testreport", {}))
        contracts.append(c)
    contracts[12]["decl_sme"] = "是"
    stds = [{"name": "工业互联网标识解析企业节点接入规范", "cat": "团体标准", "stage": "草案", "code": "T/TJIIA 008—2023", "genre": "std_group", "en": "Access specification for enterprise nodes of industrial internet identifier resolution"},
            {"name": "车间级工业网络混合组网实施要求", "cat": "企业标准", "stage": "草案", "code": "Q/HSGL 012—2023", "genre": "std_q"},
            {"name": "设备远程运维服务流程规范", "cat": "企业标准", "stage": "草案", "code": "Q/HSGL 013—2023", "genre": "std_q"},
            {"name": "工业APP与边缘网关数据交互规范", "cat": "企业标准", "stage": "草案", "code": "Q/HSGL 015—2023", "genre": None, "proposal": True}]
    return {"name": "a4_support_gaps", "app": app, "agency": agency(rng), "contracts": contracts, "standards": stds, "corrupt": True,
            "layout": "customer", "direction": "高性能工业网络解决方案", "industry": "装备制造、金属制品"}


def build_tricky(rng):
    app = company(rng, "天津垚森数智装备有限公司", "120113", "天津市北辰区北辰经济技术开发区高端装备制造产业园永兴道%d号" % rng.randint(1, 99), "天津市", "垚森", "yaosen-dm.example")
    app["district"] = "北辰区"
    mk = lambda *a, **k: company(rng, *a, **k)
    X = [
        mk("天津喆航航空部件有限公司", "120116", "天津市滨海新区空港经济区西十道%d号" % rng.randint(1, 60), "天津市", "喆航航空", "zhehang.example", 310, 21000, "是"),
        mk("天津市红桥区琮宝精密铸件有限公司", "120106", "天津市红桥区丁字沽一号路%d号" % rng.randint(1, 60), "天津市", "琮宝铸件", "congbao.example", 999, 52000, "是"),
        mk("唐山冀东瀚钢特种钢材股份有限公司", "130203", "河北省唐山市路北区建设北路%d号" % rng.randint(1, 300), "唐山市", "瀚钢特钢", "hangang.example", 1000, 40000, "否"),
        mk("中科晟睿（北京）自动化股份有限公司天津分公司", "120116", "天津市滨海新区中新生态城中成大道生态建设公寓%d号" % rng.randint(1, 20), "天津市", "晟睿天津", "shengrui.example", 1800, 95000, "是"),
        mk("鼎砺（天津）智能装备有限公司", "120114", "天津市武清区高村科技创新园创业路%d号" % rng.randint(1, 60), "天津市", "鼎砺智能", "dingli-tj.example", 260, 16800, "是"),
        mk("天津犇腾橡塑制品有限公司", "120118", "天津市静海区子牙循环经济产业区子牙大道%d号" % rng.randint(1, 60), "天津市", "犇腾橡塑", "benteng.example", 1200, "39999.99", "是"),
        mk("天津市璟淼环保科技有限公司", "120110", "天津市东丽区东丽湖智空间%d号" % rng.randint(1, 60), "天津市", "璟淼环保", "jingmiao.example", 85, 3900, "是"),
        mk("天津昊赟光伏材料有限公司", "120112", "天津市津南区海河教育园区雅观路%d号" % rng.randint(1, 60), "天津市", "昊赟光伏", "haoyun-pv.example", 240, 13800, "是"),
        mk("青岛海焱冷链装备有限公司", "370214", "山东省青岛市城阳区棘洪滩街道锦盛二路%d号" % rng.randint(1, 200), "青岛市", "海焱冷链", "haiyan-cold.example", 430, 27600, "否"),
        mk("天津一汽鑫达汽车部件有限公司", "120111", "天津市西青区经济技术开发区赛达十支路%d号" % rng.randint(1, 60), "天津市", "鑫达汽部", "xinda-auto.example", 2600, 310000, "是"),
        mk("天津市瑞垚智能仓储设备有限公司", "120113", "天津市北辰区双街镇双辰中路%d号" % rng.randint(1, 60), "天津市", "瑞垚仓储", "ruiyao.example", 120, 7400, "是"),
    ]
    parent = mk("北京鼎砺集团有限公司", "110108", "北京市海淀区西三环北路%d号" % rng.randint(1, 99), "北京市", "鼎砺集团", "dingli-group.example")
    # (seq, cust index, wan, sign, accept(declared), genres...)
    rows = [
        (0, "420.00", "2023-02-14", "2023-08-17"), (0, "180.00", "2023-05-09", "2023-11-14"), (1, "300.00", "2023-01-06", "2023-07-11"),
        (2, "650.00", "2022-12-12", "2023-09-28"), (3, "215.00", "2023-03-03", "2023-09-05"), (4, "360.00", "2023-02-24", "2023-08-29"),
        (5, "188.60", "2023-03-16", "2023-11-20"), (6, "275.00", "2023-04-20", "2023-12-26"), (7, "156.40", "2023-05-30", "2023-12-05"),
        (8, "180.00", "2023-03-28", "2023-10-17"), (9, "240.00", "2023-01-18", "2023-06-30"), (10, "150.00", "2023-06-12", "2023-12-19"),
    ]
    contracts = []
    for i, (ci, wan, s, a) in enumerate(rows):
        cu, s, a = X[ci], D(s), D(a)
        pdte = s - timedelta(days=rng.randint(9, 28))
        cg = ["contract_impl", "contract_soe", "contract_order", "contract_tech", "contract_prose", "contract_soe", "contract_order",
              "contract_tech", "contract_impl", "contract_prose", "contract_order", "contract_soe"][i]
        ag = ["acc_sat", "acc_report", "acc_takeover", "acc_score", "acc_form", "acc_sat", None, "acc_takeover", "acc_report", "acc_sat", "acc_form", "acc_score"][i]
        pg = ["proc_nomination", "proc_po", "proc_agency", "proc_email", "proc_compare", "proc_agency", "proc_email", "proc_compare", "proc_po", "proc_nomination", "proc_agency", "proc_email"][i]
        c_opts, ao, po = {}, {}, {}
        if i == 0:
            c_opts = {"sign_a": s, "sign_b": s - timedelta(days=3)}
        c = mk_contract(rng, "YSSZ", i + 1, cu, wan, s, a, pdte, cg, ag, pg, [], acc_opts=ao, proc_opts=po, c_opts=c_opts)
        total = c["fen"]
        if i == 2:  # contract states 2,986,500.00 vs declared 300.00万 (0.45 %: within tolerance)
            total = 298650000
            c["docs"][0] = (cg, {"amount": total})
            c["docs"][2] = (pg, {"amount": total})
            c["planted"].append("amount_within_tolerance_0.45pct")
        payer = parent if i == 5 else None
        if i == 5:
            c["planted"].append("party_mismatch")
        if i == 9:
            total = c["fen"] - 990000  # 9,900.00 withheld as a quality deduction: 0.55 %
            c["planted"].append("amount_mismatch")
        k = [2, 1, 2, 3, 2, 2, 2, 1, 1, 2, 2, 1][i]
        fr = {1: [100], 2: [60, 40], 3: [30, 60, 10]}[k]
        gs = [["advice", "credit"], ["ebank"], ["credit", "dcc"], ["credit", "dcc", "advice"], ["ebank", "credit"], ["ebank", "advice"],
              ["dcc", "credit"], ["ebank"], ["batch"], ["advice", "credit"], ["credit", "ebank"], ["dcc"]][i]
        pays = installments(c, fr, gs, s + timedelta(days=18), step=max(30, (a - s).days // k), payer=payer, total=total)
        c["docs"] += pays + invoices(pays, 2)
        if i in (1, 11):
            c["docs"].append(("oth_testreport", {}))
        if i == 6:  # failed first, passed on re-inspection
            c["docs"].insert(1, ("acc_report", {"mode": "fail", "date": D("2023-09-12")}))
            c["docs"].insert(2, ("acc_report", {"mode": "recheck", "date": a}))
            c["planted"].append("failed_then_recheck_passed")
        if i == 7:  # tests on completion 2023-12, taken over 2024-01-08; workbook says 2023-12-26
            c["docs"][1] = ("acc_takeover", {"date": D("2024-01-08")})
            c["planted"].append("date_out_of_period")
        if i == 0:
            c["planted"].append("signing_dates_differ")
        if i == 4:
            c["planted"].append("branch_office_customer")
        if i in (3, 10):
            c["docs"].append(("oth_guarantee", {}))
        if i == 3:
            c["docs"].append(("oth_techreg", {}))
        if i == 8:
            c["docs"].append(("oth_delivery", {}))
        contracts.append(c)
    stds = [{"name": "热处理工艺参数在线优化系统技术要求", "cat": "企业标准", "stage": "草案", "code": "Q/YSSZ 001—2023", "genre": "std_q"},
            {"name": "离散制造智能仓储系统集成规范", "cat": "团体标准", "stage": "草案", "code": "T/TJIMA 025—2023", "genre": "std_group", "en": "Integration specification for intelligent warehousing systems in discrete manufacturing"},
            {"name": "质量追溯数据元与编码规则", "cat": "企业标准", "stage": "草案", "code": "Q/YSSZ 002—2023", "genre": "std_q", "render": "p"}]
    return {"name": "a4_support_tricky", "app": app, "agency": agency(rng), "contracts": contracts, "standards": stds,
            "layout": "flat", "direction": "工艺过程在线优化解决方案", "industry": "汽车及关键零部件、航空航天装备"}


# ----------------------------------------------------------------------------- writing files
from datetime import datetime as _dt
import time as _time
PDFDATES = {"creationDate": _time.gmtime(1703062800), "modDate": _time.gmtime(1703062800)}
FORCED = {"pay_batch": "png", "acc_form": "s", "oth_delivery": "p", "proc_compare": "s", "acc_score": "s"}
LABEL = {"t": "text", "s": "scan", "sj": "scan", "png": "scan", "p": "photo", "pp": "photo", "m": "mixed"}


def choose_render(rng, genre, opts, npages):
    r = opts.get("render") or FORCED.get(genre)
    if not r:
        x = rng.random()
        r = "t" if x < 0.63 else "s" if x < 0.78 else "sj" if x < 0.82 else "p" if x < 0.93 else "pp" if x < 0.95 else "m"
    if r in ("sj", "pp", "png") and npages > 1:
        r = "s"
    if r == "p" and npages > 1:
        r = "p"  # phone-scanner PDF
    if r == "m" and npages < 2:
        r = "t"
    return r


def crop_screenshot(doc, img, dpi):
    ymax = max([op[2] for op in doc.pages[0].ops if op[0] == "text"] + [200])
    s = dpi / 72.0
    return img.crop((0, 0, img.width, min(img.height, int((ymax + 40) * s))))


def write_doc(doc, r, path_noext, rng):
    """Returns (relative extension, bytes)."""
    if r == "t":
        return ".pdf", render_pdf(doc, path_noext + ".pdf")
    if r == "m":
        last = len(doc.pages) - 1
        img = jpeg_roundtrip(degrade_scan(render_image(doc, last, 140, rng), rng), rng.randint(55, 75))
        return ".pdf", render_pdf(doc, path_noext + ".pdf", image_pages={last: img})
    if r == "png":
        img = crop_screenshot(doc, render_image(doc, 0, 120, rng), 120)
        img.save(path_noext + ".png", optimize=False)
        return ".png", open(path_noext + ".png", "rb").read()
    if r in ("s", "sj"):
        pages = [jpeg_roundtrip(degrade_scan(render_image(doc, i, 150, rng), rng), rng.randint(45, 75)) for i in range(len(doc.pages))]
        if r == "sj":
            pages[0].save(path_noext + ".jpg", quality=rng.randint(60, 82))
            return ".jpg", open(path_noext + ".jpg", "rb").read()
        pages[0].save(path_noext + ".pdf", "PDF", resolution=150.0, save_all=True, append_images=pages[1:], **PDFDATES)
        return ".pdf", open(path_noext + ".pdf", "rb").read()
    if r in ("p", "pp"):
        pages = [degrade_photo(render_image(doc, i, 130, rng), rng) for i in range(len(doc.pages))]
        if len(pages) > 1:
            pages = [jpeg_roundtrip(p, 70) for p in pages]
            pages[0].save(path_noext + ".pdf", "PDF", resolution=110.0, save_all=True, append_images=pages[1:], **PDFDATES)
            return ".pdf", open(path_noext + ".pdf", "rb").read()
        if r == "pp":
            pages[0].save(path_noext + ".png")
            return ".png", open(path_noext + ".png", "rb").read()
        pages[0].save(path_noext + ".jpg", quality=rng.randint(62, 85))
        return ".jpg", open(path_noext + ".jpg", "rb").read()
    raise ValueError(r)


class Namer:
    def __init__(self, rng, layout):
        self.rng, self.layout, self.used = rng, layout, set()

    def name(self, r, group):
        rng = self.rng
        while True:
            if r in ("p", "pp"):
                base = rng.choice(["IMG_%04d" % rng.randint(1000, 9999), "微信图片_2023%02d%02d%06d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 999999)),
                                   "mmexport%013d" % rng.randint(10 ** 12, 10 ** 13 - 1)])
            elif r in ("s", "sj"):
                base = rng.choice(["扫描全能王 2023-%02d-%02d %02d.%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59)),
                                   "Scan_%08d" % rng.randint(0, 10 ** 8), "doc%05d" % rng.randint(0, 99999), "%s" % rng.randint(10 ** 8, 10 ** 9)])
            elif r == "png":
                base = rng.choice(["Screenshot_2023%02d%02d_%06d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 235959)), "图片%d" % rng.randint(1, 99)])
            else:
                base = rng.choice(["附件%d" % rng.randint(1, 60), "文件(%d)" % rng.randint(1, 40), "%s" % rng.randint(10 ** 5, 10 ** 6), "新建 DOCX 文档 (%d)" % rng.randint(1, 30), "材料%02d" % rng.randint(1, 99)])
            if self.layout == "flat":
                rel = base
            elif self.layout == "category":
                rel = "%02d/%s" % (group, base) if group else "资料/%s" % base
            else:
                rel = "%s/%s" % (["新建文件夹", "新建文件夹 (2)", "新建文件夹 (3)", "补充材料", "用户资料"][group % 5], base)
            if rel not in self.used:
                self.used.add(rel)
                return rel


# ----------------------------------------------------------------------------- truth (our own reading of the guide + format rules)
PERIOD = (date(2023, 1, 1), date(2023, 12, 31))


def off(amount_yuan_str, declared_fen):
    a = int(round(float(amount_yuan_str) * 100))
    return abs(a - declared_fen) * 1000 > declared_fen * 5  # more than 0.5 %


def evaluate(sub, docs):
    """sub: {'applicant':{name,uscc,address}, 'rows':[workbook rows], 'standards':[...]}; docs: truth documents."""
    app = sub["applicant"]
    gaps = []
    verified = []
    for row in sub["rows"]:
        no, cust = row["contract_no"], row["customer"]
        mine = [d for d in docs if d["contract_no"] == no]
        kinds = set()
        byt = lambda t: [d for d in mine if d["doc_type"] == t]
        acc, pay, proc, con = byt("acceptance_report"), byt("payment_proof"), byt("procurement_proof"), byt("contract")
        if not acc:
            kinds.add("missing_acceptance_report")
            ad = D(row["accept_date"]) if row.get("accept_date") else None
            if ad and not (PERIOD[0] <= ad <= PERIOD[1]):
                kinds.add("date_out_of_period")
        else:
            passed = [d for d in acc if d["fields"]["result"] == "passed"]
            if not passed:
                kinds.add("acceptance_not_passed")
            else:
                if not any(PERIOD[0] <= D(d["fields"]["date"]) <= PERIOD[1] for d in passed):
                    kinds.add("date_out_of_period")
        if not pay:
            kinds.add("missing_payment_proof")
        else:
            tot = sum(int(round(float(d["fields"]["amount_yuan"]) * 100)) for d in pay)
            if off(yuan(tot), row["amount_fen"]):
                kinds.add("amount_mismatch")
            for d in pay:
                if d["fields"]["payer"] != cust or d["fields"]["payee"] != app["name"]:
                    kinds.add("party_mismatch")
        if not proc:
            kinds.add("missing_procurement_proof")
        for d in con + proc + acc:
            if d["fields"]["amount_yuan"] and off(d["fields"]["amount_yuan"], row["amount_fen"]):
                kinds.add("amount_mismatch")
            if d["fields"]["customer"] and d["fields"]["customer"] != cust:
                kinds.add("party_mismatch")
        shas = [d["sha256"] for d in mine]
        if len(shas) != len(set(shas)):
            kinds.add("duplicate_evidence")
        if not uscc_valid(row["uscc"]):
            kinds.add("invalid_uscc")
        if row["tianjin"] == "是" and (not row["address"].startswith("天津市") or row["uscc"][2:4] != "12"):
            kinds.add("not_tianjin")
        large = is_large(row["staff"], float(row["revenue"]))
        if (row["sme"] == "是") == large:
            kinds.add("sme_misclassified")
        order = ["missing_acceptance_report", "missing_payment_proof", "missing_procurement_proof", "amount_mismatch", "date_out_of_period",
                 "acceptance_not_passed", "party_mismatch", "duplicate_evidence", "invalid_uscc", "not_tianjin", "sme_misclassified"]
        for k in order:
            if k in kinds:
                gaps.append({"kind": k, "contract_no": no, "customer": cust, "requirement": "S-sme" if k == "sme_misclassified" else "S-evidence"})
        if kinds <= {"sme_misclassified"}:
            verified.append(row)
    for d in docs:
        if d["rendering"] == "corrupt":
            gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None, "requirement": "S-evidence", "file": d["path"]})
    with_doc = 0
    for st in sub["standards"]:
        if st["has_document"]:
            with_doc += 1
        else:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None, "requirement": "S-standards", "standard": st["name"]})
    custs = sorted(set(r["customer"] for r in verified))
    total = sum(r["amount_fen"] for r in verified)
    sme_custs = sorted(set(r["customer"] for r in verified if not is_large(r["staff"], float(r["revenue"]))))
    req = {"E-tianjin": "met", "S-customers": "met", "S-total": "met", "S-evidence": "met", "S-standards": "met", "S-sme": "met"}
    if not (app["address"].startswith("天津市") and app["uscc"][2:4] == "12"):
        gaps.append({"kind": "applicant_not_tianjin", "contract_no": None, "customer": None, "requirement": "E-tianjin"})
        req["E-tianjin"] = "not_met"
    if len(custs) < 8:
        gaps.append({"kind": "customer_count_below_threshold", "contract_no": None, "customer": None, "requirement": "S-customers"})
        req["S-customers"] = "not_met"
    if total < 2500000000:
        gaps.append({"kind": "total_below_threshold", "contract_no": None, "customer": None, "requirement": "S-total"})
        req["S-total"] = "not_met"
    if len(sme_custs) < 5:
        gaps.append({"kind": "sme_count_below_threshold", "contract_no": None, "customer": None, "requirement": "S-sme"})
        req["S-sme"] = "not_met"
    if with_doc < 3:
        gaps.append({"kind": "standards_below_threshold", "contract_no": None, "customer": None, "requirement": "S-standards"})
        req["S-standards"] = "not_met"
    if any(g["requirement"] == "S-evidence" for g in gaps):
        req["S-evidence"] = "not_met"
    if total > 10000000000:
        tier = 1000
    elif total >= 7500000000:
        tier = 750
    elif total >= 5000000000:
        tier = 500
    elif total >= 2500000000:
        tier = 250
    else:
        tier = 0
    if any(req[k] != "met" for k in ("E-tianjin", "S-customers", "S-total", "S-sme", "S-standards")):
        tier = 0
    return {"award_tier_wan": tier, "accepted_total_yuan": yuan(total), "requirements": req, "gaps": gaps,
            "verified_contracts": [r["contract_no"] for r in verified], "verified_customer_count": len(custs),
            "verified_sme_customer_count": len(sme_custs), "standards_with_document": with_doc}


# ----------------------------------------------------------------------------- workbook
def write_workbook(path, spec, rows, stds, rng):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.merge_cells("A1:B1")
    ws["A1"] = "申报单位基本信息"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["项目", "内容"])
    app = spec["app"]
    for k, v in [("单位名称", app["name"]), ("统一社会信用代码", app["uscc"]), ("注册地址", app["addr"]), ("申报方向", spec["direction"]), ("服务行业", spec["industry"])]:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额（万元）", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    if spec["name"].endswith("gaps"):
        hdr[10] = "营业收入(万元)"
    else:
        hdr[5] = "合同金额(万元)"
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2.cell(1, 1, "支持周期（2023年1月1日—2023年12月31日）服务用户及验收合同清单")
    ws2.cell(1, 1).alignment = Alignment(horizontal="center")
    for j, h in enumerate(hdr, 1):
        ws2.cell(2, j, h)
    biggest = max(rows, key=lambda r: float(r["revenue"]))
    text_amount_row = rows[len(rows) // 2]
    for i, r in enumerate(rows):
        rr = 3 + i
        ws2.cell(rr, 1, i + 1)
        ws2.cell(rr, 2, r["customer"])
        ws2.cell(rr, 3, r["uscc"])
        ws2.cell(rr, 4, r["contract_no"])
        ws2.cell(rr, 5, r["contract_name"])
        if r is text_amount_row:
            ws2.cell(rr, 6, r["wan_decl"])
        else:
            ws2.cell(rr, 6, float(r["wan_decl"]))
        for col, key in ((7, "sign_date"), (8, "accept_date")):
            dd = D(r[key])
            if i % 3 == 1:
                ws2.cell(rr, col, "%d年%d月%d日" % (dd.year, dd.month, dd.day))
            else:
                ws2.cell(rr, col, dd)
                ws2.cell(rr, col).number_format = "yyyy-mm-dd"
        ws2.cell(rr, 9, r["sme"])
        ws2.cell(rr, 10, r["staff"])
        if r is biggest:
            ws2.cell(rr, 11, "{:,}".format(int(float(r["revenue"]))) if float(r["revenue"]).is_integer() else r["revenue"])
        else:
            ws2.cell(rr, 11, float(r["revenue"]))
        ws2.cell(rr, 12, r["tianjin"])
    for col, wdt in zip("ABCDEFGHIJKL", [6, 40, 22, 18, 40, 14, 14, 14, 10, 10, 14, 10]):
        ws2.column_dimensions[col].width = wdt
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1")
    ws3["A1"] = "标准规范（草案）清单"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, st in enumerate(stds, 1):
        ws3.append([i, st["name"], st["cat"], st["stage"]])
    wb.save(path)
    # openpyxl writes a timestamp into docProps/core.xml; normalise it so the bytes are reproducible
    import zipfile
    src = open(path, "rb").read()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    import re
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-20T09:00:00Z", data)
        zi = zipfile.ZipInfo(it.filename, date_time=(2024, 1, 20, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
    zout.close()
    open(path, "wb").write(out.getvalue())


# ----------------------------------------------------------------------------- main
def sha(b):
    return hashlib.sha256(b).hexdigest()


def build_submission(spec, out_root, seed):
    rng = random.Random(seed)
    root = os.path.join(out_root, spec["name"])
    subdir = os.path.join(root, "submission")
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(subdir)
    namer = Namer(random.Random(seed + 1), spec["layout"])
    rrng = random.Random(seed + 2)
    ctx = {"app": spec["app"], "agency": spec["agency"], "rng": rng}
    docs = []

    def emit(genre, c, opts, group, contract_no):
        doc, dtype, fields, note = GENRES[genre](ctx, c, opts)[:4]
        r = choose_render(rrng, genre, opts, len(doc.pages))
        rel = namer.name(r, group)
        full = os.path.join(subdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        ext, data = write_doc(doc, r, full, random.Random(rrng.randrange(1 << 30)))
        label = LABEL[r]
        how = {"text": "文字层PDF", "scan": "扫描件" if r != "png" else "网页截图PNG", "photo": "手机拍照", "mixed": "文字层+末页扫描"}[label]
        d = {"path": rel + ext, "doc_type": dtype, "rendering": label, "contract_no": contract_no, "sha256": sha(data),
             "note": "%s（%s）" % (note, how), "fields": fields, "genre": genre}
        docs.append(d)
        return d, data

    rows = []
    for c in spec["contracts"]:
        group = c["seq"] if spec["layout"] == "category" else rrng.randrange(5)
        for gi, (genre, opts) in enumerate(c["docs"]):
            d, data = emit(genre, c, opts, group, c["no"])
            if c.get("dup") and gi == c["dup"]:
                rel = namer.name("s", group + 1) + os.path.splitext(d["path"])[1]
                with open(os.path.join(subdir, rel), "wb") as f:
                    f.write(data)
                d2 = dict(d, path=rel, note="与%s字节完全相同的重复上传" % d["path"])
                docs.append(d2)
        cu = c["cust"]
        large = is_large(cu["staff"], float(cu["rev"]))
        rows.append({"contract_no": c["no"], "customer": cu["name"], "uscc": cu["uscc"], "address": cu["addr"], "contract_name": c["project"],
                     "wan_decl": c["wan_decl"], "amount_fen": c["fen"], "sign_date": c["sign"].isoformat(), "accept_date": c["accept"].isoformat(),
                     "sme": c.get("decl_sme", "否" if large else "是"), "staff": cu["staff"], "revenue": str(cu["rev"]), "tianjin": cu["tj"],
                     "planted": c["planted"]})
    stds_truth = []
    for st in spec["standards"]:
        has = bool(st.get("genre"))
        if has:
            emit(st["genre"], None, {"std": st, "render": st.get("render")}, 0, None)
        if st.get("proposal"):
            emit("oth_proposal", None, {"std": st}, 0, None)
        stds_truth.append({"name": st["name"], "category": st["cat"], "stage": st["stage"], "has_document": has})
    if spec.get("corrupt"):
        c = spec["contracts"][0]
        doc, _, _, _ = g_oth_invoice(ctx, c, {"date": c["sign"] + timedelta(days=30), "amount": c["fen"] * 3 // 10})
        rel = namer.name("t", 4) + ".pdf"
        full = os.path.join(subdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = render_pdf(doc, full)
        data = data[: len(data) * 2 // 5]
        open(full, "wb").write(data)
        docs.append({"path": rel, "doc_type": "other", "rendering": "corrupt", "contract_no": None, "sha256": sha(data),
                     "note": "截断的PDF（上传中断，仅余前40%字节），无法打开", "fields": F(), "genre": "corrupt_pdf"})
    write_workbook(os.path.join(subdir, "申报信息.xlsx"), spec, rows, spec["standards"], rng)
    app = spec["app"]
    sub = {"applicant": {"name": app["name"], "uscc": app["uscc"], "address": app["addr"]}, "rows": rows, "standards": stds_truth}
    ev = evaluate(sub, docs)
    truth = {"applicant": sub["applicant"], "phase": "支持", "period": ["2023-01-01", "2023-12-31"]}
    truth.update({k: ev[k] for k in ("award_tier_wan", "accepted_total_yuan", "requirements", "gaps", "verified_contracts",
                                      "verified_customer_count", "verified_sme_customer_count", "standards_with_document")})
    truth["contracts"] = [{"seq": i + 1, "contract_no": r["contract_no"], "customer": r["customer"], "customer_uscc": r["uscc"],
                           "amount_yuan": yuan(r["amount_fen"]), "planted": r["planted"]} for i, r in enumerate(rows)]
    truth["standards"] = stds_truth
    truth["documents"] = sorted(docs, key=lambda d: d["path"])
    with open(os.path.join(root, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for k, b in enumerate([build_clean, build_gaps, build_tricky]):
        spec = b(random.Random(a.seed * 1000 + k))
        if a.only and a.only not in spec["name"]:
            continue
        t = build_submission(spec, a.out, a.seed * 1000 + k + 17)
        n = len(t["documents"])
        img = sum(1 for d in t["documents"] if d["rendering"] in ("scan", "photo"))
        print("%-20s docs=%3d scans/photos=%3d (%.0f%%) tier=%s total=%s customers=%d sme=%d stds=%d gaps=%s" % (
            spec["name"], n, img, 100.0 * img / n, t["award_tier_wan"], t["accepted_total_yuan"], t["verified_customer_count"],
            t["verified_sme_customer_count"], t["standards_with_document"], [(g["kind"], g["contract_no"]) for g in t["gaps"]]))


if __name__ == "__main__":
    main()
