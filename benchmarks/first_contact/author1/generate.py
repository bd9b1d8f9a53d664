#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""first_contact/author1: standalone generator of support-cycle (2023) applicant submissions with exact ground truth.

Usage:  python generate.py --out DIR --seed N

Written from the programme guide, the ground-truth format and public business-document practice only;
no code of the product (pipeline/, tools/, tests/, flows/) was read or imported."""
# ================================================================ gen_base
"""Base utilities for the first-contact author1 generator.

Written from scratch without reading the product's code: credit codes, amounts in
大写, date styles, a tiny reportlab layout helper, seals, signatures and the
scan / phone-photo degradation live here.
"""
import io
import math
import datetime as dt

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont
import pypdfium2 as pdfium
from reportlab import rl_config
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

rl_config.invariant = 1

MH_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
ZH_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("MH", MH_PATH, subfontIndex=0))
pdfmetrics.registerFont(TTFont("ZH", ZH_PATH, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SONG = "STSong-Light"
W, H = A4


# ---------------------------------------------------------------- codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8):
    """GB 11714 check character of the 9-char organisation code."""
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c9 = 11 - s % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, new_style=True, valid=True):
    if new_style:
        pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "MA0" + "".join(rng.choice(pool) for _ in range(5))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    org = body + org_check(body)
    first = "91" + region + org
    chk = uscc_check(first)
    if not valid:
        chk = USCC_CHARS[(USCC_CHARS.index(chk) + 1 + rng.randrange(29)) % 31]
    code = first + chk
    assert uscc_valid(code) == valid
    return code


# ---------------------------------------------------------------- amounts
DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(fen):
    """Amount in fen (int) -> 大写 following 支付结算办法 (a zero between digits is written once)."""
    yuan, rest = divmod(int(fen), 100)
    jiao, f = divmod(rest, 10)
    out, pending, sec_nz = "", False, False
    s = str(yuan)
    n = len(s)
    for i, ch in enumerate(s):
        d, pos = int(ch), n - 1 - i
        if pos % 4 == 3 or i == 0:
            sec_nz = False
        if d:
            if pending:
                out += "零"
            out += DIG[d] + ["", "拾", "佰", "仟"][pos % 4]
            pending, sec_nz = False, True
        elif out:
            pending = True
        if pos % 4 == 0 and pos > 0 and sec_nz:
            out += {1: "万", 2: "亿", 3: "万"}[pos // 4]
    if yuan == 0:
        out = "零"
    out += "元"
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao:
        out += DIG[jiao] + "角"
    elif yuan:
        out += "零"
    if f:
        out += DIG[f] + "分"
    return out


def money(yuan):
    """'1,234,567.00' from int yuan."""
    return "{:,.2f}".format(yuan)


def amt_str(yuan):
    return "%.2f" % yuan


def wan(yuan):
    return "%.2f" % (yuan / 10000.0)


# ---------------------------------------------------------------- dates
HZ = "〇一二三四五六七八九"


def _hz_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HZ[t]) + "十" + (HZ[u] if u else "")


def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "cn":
        return "%d年%d月%d日" % (y, m, dd)
    if style == "cn0":
        return "%d年%02d月%02d日" % (y, m, dd)
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return "%d.%02d.%02d" % (y, m, dd)
    if style == "dot1":
        return "%d.%d.%d" % (y, m, dd)
    if style == "slash":
        return "%d/%d/%d" % (y, m, dd)
    if style == "sp":
        return "%d 年 %d 月 %d 日" % (y, m, dd)
    if style == "hz":
        return "".join(HZ[int(c)] for c in str(y)) + "年" + _hz_num(m) + "月" + _hz_num(dd) + "日"
    if style == "compact":
        return "%d%02d%02d" % (y, m, dd)
    raise ValueError(style)


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- layout
def sw(t, font, size):
    return pdfmetrics.stringWidth(t, font, size)


def _tokens(text):
    """CJK characters one by one; runs of Latin letters/digits (codes, amounts) kept whole like a word processor does."""
    out, cur = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".,-/_¥:%"):
            cur += ch
        else:
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
    if cur:
        out.append(cur)
    return out


def wrap(text, font, size, width, first_indent=0.0):
    lines, cur, avail = [], "", width - first_indent
    for tok in _tokens(text):
        if tok == "\n":
            lines.append(cur)
            cur, avail = "", width
            continue
        if sw(cur + tok, font, size) > avail and cur:
            # keep closing punctuation on the line
            if tok in "，。、；：）」》！？,.;:)" and sw(cur + tok, font, size) <= avail + size:
                cur += tok
                continue
            if sw(tok, font, size) > width:  # a very long token: break it
                for ch in tok:
                    if sw(cur + ch, font, size) > avail and cur:
                        lines.append(cur)
                        cur, avail = "", width
                    cur += ch
                continue
            lines.append(cur)
            cur, avail = tok, width
        else:
            cur += tok
    lines.append(cur)
    return lines


class Pg:
    """Cursor-based page writer on a reportlab canvas (y is the top of the next line)."""

    def __init__(self, c, font="MH", left=22 * mm, right=W - 22 * mm, top=H - 22 * mm):
        self.c, self.font, self.L, self.R, self.y = c, font, left, right, top

    @property
    def width(self):
        return self.R - self.L

    def sp(self, h):
        self.y -= h

    def text(self, x, y, t, size=10.5, font=None, cs=0, color=None, align="l"):
        c, f = self.c, font or self.font
        c.setFont(f, size)
        if color:
            c.setFillColorRGB(*color)
        w = sw(t, f, size) + cs * max(len(t) - 1, 0)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        c.drawString(x, y, t, charSpace=cs)
        if color:
            c.setFillColorRGB(0, 0, 0)
        return w

    def line(self, t, size=10.5, x=None, cs=0, lead=1.8, font=None, align="l", color=None):
        base = self.y - size
        if align == "c":
            xx = (self.L + self.R) / 2
        elif align == "r":
            xx = self.R
        else:
            xx = self.L + (x or 0)
        self.text(xx, base, t, size, font, cs, color, align)
        self.y -= size * lead
        return base

    def title(self, t, size=18, cs=0, font="ZH", after=1.0, color=None):
        self.y -= size * 0.3
        self.line(t, size, cs=cs, font=font, align="c", lead=1.0 + after, color=color)

    def para(self, t, size=10.5, indent=2, lead=1.8, font=None, x=0):
        f = font or self.font
        lines = wrap(t, f, size, self.width - x, indent * size)
        for i, ln in enumerate(lines):
            self.line(ln, size, x=x + (indent * size if i == 0 else 0), lead=lead, font=f)

    def kv(self, label, value, size=10.5, lw=None, cs=0, lead=1.8, x=0, font=None):
        f = font or self.font
        lw = lw if lw is not None else sw(label, f, size) + cs * len(label)
        base = self.y - size
        self.text(self.L + x, base, label, size, f, cs)
        lines = wrap(value, f, size, self.width - x - lw)
        for i, ln in enumerate(lines):
            self.text(self.L + x + lw, base - i * size * lead, ln, size, f)
        self.y -= size * lead * len(lines)

    def hr(self, width=0.8, color=(0, 0, 0), double=False, gap=2.0):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(width)
        c.line(self.L, self.y, self.R, self.y)
        if double:
            c.setLineWidth(width * 0.5)
            c.line(self.L, self.y - gap, self.R, self.y - gap)
        c.setStrokeColorRGB(0, 0, 0)
        self.y -= 4 + (gap if double else 0)

    def table(self, rows, widths, size=9.5, pad=3.0, min_h=18.0, font=None, lw=0.7, x0=None):
        """rows: list of lists of cells; a cell is str or dict(t=, span=, align=, font=, size=)."""
        c, f = self.c, font or self.font
        tot = sum(widths)
        x0 = self.L if x0 is None else x0
        scale = (self.R - x0) / tot
        ws = [w * scale for w in widths]
        c.setLineWidth(lw)
        for row in rows:
            cells, ci = [], 0
            for cell in row:
                if isinstance(cell, str):
                    cell = {"t": cell}
                span = cell.get("span", 1)
                cw = sum(ws[ci:ci + span])
                cx = x0 + sum(ws[:ci])
                cf, cz = cell.get("font", f), cell.get("size", size)
                lines = wrap(cell["t"], cf, cz, cw - 2 * pad) if cell["t"] else [""]
                cells.append((cx, cw, lines, cell.get("align", "l"), cf, cz))
                ci += span
            rh = max(min_h, max(len(cl[2]) * cl[5] * 1.4 + 2 * pad for cl in cells))
            top = self.y
            for cx, cw, lines, al, cf, cz in cells:
                c.rect(cx, top - rh, cw, rh, stroke=1, fill=0)
                th = len(lines) * cz * 1.4
                yy = top - (rh - th) / 2 - cz * 1.05
                for ln in lines:
                    if al == "c":
                        self.text(cx + cw / 2, yy, ln, cz, cf, align="c")
                    else:
                        self.text(cx + pad, yy, ln, cz, cf)
                    yy -= cz * 1.4
            self.y -= rh
        return self.y


# ---------------------------------------------------------------- seals and signatures
RED = (0.84, 0.09, 0.11)


def seal_vector(c, cx, cy, name, label="", r=19 * mm, code=None, rot=0.0, alpha=0.82,
                color=RED, font="ZH", oval=False):
    """A round company seal: ring, star, name along the upper arc, label at the bottom."""
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rot)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.setLineWidth(r * 0.055)
    if oval:
        c.ellipse(-r * 1.2, -r * 0.82, r * 1.2, r * 0.82, stroke=1, fill=0)
        c.setFont(font, r * 0.2)
        c.drawCentredString(0, r * 0.35, name[:12])
        c.drawCentredString(0, r * 0.05, name[12:])
        c.setFont(font, r * 0.22)
        c.drawCentredString(0, -r * 0.45, label)
        c.restoreState()
        return
    c.circle(0, 0, r * 0.96, stroke=1, fill=0)
    # star
    p = c.beginPath()
    rs = r * 0.27
    for i in range(10):
        a = math.radians(90 + i * 36)
        rr = rs if i % 2 == 0 else rs * 0.4
        (p.moveTo if i == 0 else p.lineTo)(rr * math.cos(a), rr * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(name)
    span = min(255.0, 24.0 * n)
    fs = min(r * 0.3, (2 * math.pi * r * 0.72 * span / 360.0) / max(n, 1) * 0.95)
    for i, ch in enumerate(name):
        ang = 90 + span / 2 - (span * i / (n - 1) if n > 1 else span / 2)
        a = math.radians(ang)
        x, y = r * 0.7 * math.cos(a), r * 0.7 * math.sin(a)
        c.saveState()
        c.translate(x, y)
        c.rotate(ang - 90)
        c.setFont(font, fs)
        c.drawCentredString(0, -fs * 0.38, ch)
        c.restoreState()
    if label:
        c.setFont(font, r * 0.19)
        c.drawCentredString(0, -r * 0.52, label)
    if code:
        c.setFont("MH", r * 0.095)
        c.drawCentredString(0, -r * 0.77, code)
    c.restoreState()


_SEAL_CACHE = {}


def seal_image(name, label="", code=None, seed=0, oval=False):
    """Raster seal (RGBA PIL) with uneven ink; drawn into the PDF as an image (no text layer)."""
    key = (name, label, code, seed, oval)
    if key in _SEAL_CACHE:
        return _SEAL_CACHE[key]
    buf = io.BytesIO()
    r = 19 * mm
    cv = canvas.Canvas(buf, pagesize=(2.6 * r, 2.2 * r if oval else 2.2 * r), invariant=1)
    seal_vector(cv, 1.3 * r if oval else 1.1 * r, 1.1 * r, name, label, r, code, 0, 1.0, oval=oval)
    cv.showPage()
    cv.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    im = pdf[0].render(scale=200 / 72, fill_color=(255, 255, 255, 0)).to_pil().convert("RGBA")
    a = np.array(im).astype(np.float32)
    rs = np.random.RandomState(seed)
    noise = cv2.GaussianBlur(rs.rand(a.shape[0], a.shape[1]).astype(np.float32), (0, 0), 3)
    noise = (noise - noise.min()) / (np.ptp(noise) + 1e-6)
    a[..., 3] *= np.clip(0.55 + 0.6 * noise, 0, 1)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8), "RGBA")
    _SEAL_CACHE[key] = im
    return im


def seal(c, cx, cy, name, label="", mode="vector", code=None, rot=0.0, seed=0, r=19 * mm, oval=False):
    if mode == "vector":
        seal_vector(c, cx, cy, name, label, r, code, rot, oval=oval)
    else:
        im = seal_image(name, label, code, seed, oval)
        if rot:
            im = im.rotate(rot, expand=True, resample=Image.BICUBIC)
        w = (2.6 if oval else 2.2) * r * im.width / (seal_image(name, label, code, seed, oval).width)
        h = w * im.height / im.width
        c.drawImage(ImageReader(im), cx - w / 2, cy - h / 2, w, h, mask="auto")


def signature(c, x, y, rng, w=28 * mm, color=(0.08, 0.1, 0.35)):
    """A scribbled hand signature (vector curves, no text)."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.1)
    p = c.beginPath()
    px, py = x, y
    p.moveTo(px, py)
    for _ in range(rng.randint(4, 7)):
        nx = px + rng.uniform(2, w / 4)
        ny = y + rng.uniform(-4, 9)
        p.curveTo(px + rng.uniform(-3, 6), py + rng.uniform(-8, 12),
                  nx + rng.uniform(-6, 3), ny + rng.uniform(-10, 10), nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def letterhead(pg, name, addr, color=(0.1, 0.2, 0.55), en=None):
    pg.line(name, 17, align="c", font="ZH", color=color, lead=1.3)
    if en:
        pg.line(en, 8, align="c", color=color, lead=1.5)
    pg.line(addr, 8.5, align="c", color=(0.3, 0.3, 0.3), lead=1.2)
    pg.c.setStrokeColorRGB(*color)
    pg.hr(1.6, color, double=True)
    pg.sp(8)


# ---------------------------------------------------------------- pdf build / raster
def build_pdf(pages):
    """pages: list of callables f(canvas) drawing one page each."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for fn in pages:
        fn(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def rasterize(pdf_bytes, dpi=160, page_idx=None):
    pdf = pdfium.PdfDocument(pdf_bytes)
    idxs = range(len(pdf)) if page_idx is None else page_idx
    out = []
    for i in idxs:
        out.append(np.array(pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")))
    return out


def scanify(img, rng, gray=False):
    """Flatbed/copier look: paper tone, skew, blur, noise, edge shadow."""
    rs = np.random.RandomState(rng.randrange(1 << 30))
    h, w = img.shape[:2]
    f = img.astype(np.float32) / 255.0
    tone = np.array([rng.uniform(0.90, 0.97), rng.uniform(0.90, 0.96), rng.uniform(0.84, 0.93)])
    if gray:
        f = f.mean(axis=2, keepdims=True).repeat(3, axis=2)
        tone = np.array([tone.mean()] * 3)
    f = f * tone * 255.0
    # darker toner: push dark pixels a bit
    f = np.where(f < 120, f * rng.uniform(0.6, 0.9), f)
    ang = rng.uniform(-2.0, 2.0)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += [rng.uniform(-12, 12), rng.uniform(-12, 12)]
    f = cv2.warpAffine(f, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=tuple(float(t * 235) for t in tone))
    k = rng.choice([0.5, 0.7, 0.9])
    f = cv2.GaussianBlur(f, (0, 0), k)
    f += rs.normal(0, rng.uniform(1.5, 3.2), f.shape[:2])[..., None]
    # uneven exposure towards one edge
    xs = np.linspace(0, 1, w)[None, :, None]
    f *= (1.0 - rng.uniform(0.0, 0.08) * xs ** 3)
    if rng.random() < 0.5:
        sh = np.clip(1 - np.linspace(1, 0, 40), 0.55, 1)[:, None, None]
        f[:40] *= sh
    return np.clip(f, 0, 255).astype(np.uint8)


def photoify(img, rng):
    """Phone photo of a page on a desk: perspective, uneven light, blur, noise."""
    rs = np.random.RandomState(rng.randrange(1 << 30))
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    f *= np.array([rng.uniform(0.92, 0.98), rng.uniform(0.9, 0.96), rng.uniform(0.82, 0.9)])
    W2, H2 = int(w * 1.18), int(h * 1.14)
    bg = np.array([rng.uniform(60, 140), rng.uniform(50, 120), rng.uniform(40, 100)], np.float32)
    canvas_img = np.ones((H2, W2, 3), np.float32) * bg
    canvas_img += rs.normal(0, 6, (H2, W2))[..., None]
    mx, my = (W2 - w) / 2, (H2 - h) / 2
    j = lambda s: rng.uniform(-s, s)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[mx + j(60) + 30, my + j(50)], [mx + w + j(60) - 20, my + j(50) + 20],
                      [mx + w + j(40) + 10, my + h + j(40)], [mx + j(40) - 10, my + h + j(40) - 10]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(f, M, (W2, H2), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W2, H2))[..., None]
    # soft shadow
    sh = cv2.GaussianBlur(mask, (0, 0), 25)[..., None] if mask.ndim == 2 else cv2.GaussianBlur(mask[..., 0], (0, 0), 25)[..., None]
    canvas_img *= (1 - 0.35 * sh)
    out = warped * mask + canvas_img * (1 - mask)
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.1, 0.6) * H2
    light = 1.08 - 0.28 * (np.hypot(xx - cx, yy - cy) / np.hypot(W2, H2))
    out *= light[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    out += rs.normal(0, 2.5, out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    scale = 1500.0 / max(out.shape[:2])
    if scale < 1:
        out = cv2.resize(out, (int(out.shape[1] * scale), int(out.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    return out


def to_jpeg(img, q):
    b = io.BytesIO()
    Image.fromarray(img).save(b, "JPEG", quality=q, optimize=True)
    return b.getvalue()


def to_png(img):
    b = io.BytesIO()
    Image.fromarray(img).save(b, "PNG", optimize=True)
    return b.getvalue()


def jpeg_pages_to_pdf(jpegs):
    """Image-only PDF; each page is one JPEG stretched to A4 (DCT passthrough)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for jb in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


def mixed_pdf(pages, scan_idx, rng, dpi=160):
    """Text pages, except pages in scan_idx which are replaced by their own scan."""
    full = build_pdf(pages)
    imgs = rasterize(full, dpi, scan_idx)
    jp = {i: to_jpeg(scanify(im, rng, gray=True), 72) for i, im in zip(scan_idx, imgs)}
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for i, fn in enumerate(pages):
        if i in jp:
            c.drawImage(ImageReader(io.BytesIO(jp[i])), 0, 0, W, H)
        else:
            fn(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def pil_font(size, zen=False):
    return ImageFont.truetype(ZH_PATH if zen else MH_PATH, size, index=0)
# ================================================================ gen_genres
# ==== genres: each returns (pages, fields, note) ====


def F(contract_no=None, amount=None, date=None, customer=None, payer=None, payee=None, result=None, title=None):
    return {"contract_no": contract_no, "amount_yuan": amt_str(amount) if amount is not None else None,
            "date": date.isoformat() if date is not None else None, "customer": customer,
            "payer": payer, "payee": payee, "result": result, "title": title}


def seal_code(rng, region):
    return region + "".join(str(rng.randrange(10)) for _ in range(7))


def sig_pair(pg, rng, left, right, mode, date_l=None, date_r=None, seal_l=True, seal_r=True, size=10.5):
    """Two signature columns. left/right: (role label, company, seal label, region)."""
    c = pg.c
    x1, x2 = pg.L, pg.L + pg.width * 0.52
    y0 = pg.y
    for (x, (role, comp, slab, reg), dtxt, do_seal) in ((x1, left, date_l, seal_l), (x2, right, date_r, seal_r)):
        yy = y0 - size
        pg.text(x, yy, role, size)
        lines = wrap(comp, pg.font, size, pg.width * 0.46)
        for i, ln in enumerate(lines):
            pg.text(x, yy - (i + 1) * size * 1.6, ln, size)
        yy -= (len(lines) + 1) * size * 1.6
        pg.text(x, yy, "法定代表人或授权代表（签字）：", size)
        signature(c, x + 30 * mm, yy - 14, rng)
        yy -= size * 5.0
        if dtxt is not None:
            pg.text(x, yy, dtxt, size)
        if do_seal:
            seal(c, x + 40 * mm + rng.uniform(-8, 8), y0 - 14 * mm + rng.uniform(-4, 4), comp, slab, mode,
                 code=seal_code(rng, reg), rot=rng.uniform(-20, 20), seed=rng.randrange(9999))
    pg.y = y0 - 52 * mm


# ---------------------------------------------------------------- contracts
def g_epc(S, k, o, rng):
    """K1 建设项目工程总承包合同（协议书）: 发包人/承包人, 签约合同价, 订立时间."""
    cu, ap = k.cust, S.app
    ds = rng.choice(["cn", "hz", "cn0"])
    design = round(k.amount * rng.uniform(0.04, 0.08), -3)
    equip = round(k.amount * rng.uniform(0.55, 0.65), -3)
    inst = k.amount - design - equip
    start = k.sign + dt.timedelta(days=rng.randint(5, 20))
    finish = k.acc - dt.timedelta(days=rng.randint(15, 40))
    mode = o.get("seal", "vector")

    def p1(c):
        pg = Pg(c, "MH")
        pg.sp(10)
        pg.line("合同编号：" + k.no, 10.5, align="r")
        pg.sp(40 * mm)
        pg.title("建设项目工程总承包合同", 24, cs=2)
        pg.line("（" + k.project + "）", 13, align="c", lead=3)
        pg.sp(30 * mm)
        pg.kv("发 包 人：", cu.name, 14, x=18 * mm, lead=2.2)
        pg.kv("承 包 人：", ap.name, 14, x=18 * mm, lead=2.2)
        pg.kv("签订地点：", cu.addr[:cu.addr.find("区") + 1] if "区" in cu.addr else cu.addr[:6], 14, x=18 * mm, lead=2.2)
        pg.sp(60 * mm)
        pg.line("参照 GF—2020—0216 示范文本制订", 9, align="c", color=(0.4, 0.4, 0.4))

    def p2(c):
        pg = Pg(c, "MH")
        pg.title("第一部分  合同协议书", 15)
        pg.kv("发包人（全称）：", cu.name)
        pg.kv("承包人（全称）：", ap.name)
        pg.para("根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
                "双方就" + k.project + "工程总承包及有关事项协商一致，共同达成如下协议：")
        pg.line("一、工程概况", 11, font="ZH")
        pg.para("1．工程名称：" + k.project + "。", indent=2)
        pg.para("2．工程地点：" + cu.addr + "。", indent=2)
        pg.para("3．工程内容及规模：" + k.scope + "。", indent=2)
        pg.para("4．工程承包范围：设计、设备及软件采购、安装调试、试运行、培训及质保期内运维服务。", indent=2)
        pg.line("二、合同工期", 11, font="ZH")
        pg.para("计划开始工作日期：%s。计划竣工日期：%s。工期总日历天数：%d天。"
                % (fdate(start, "cn"), fdate(finish, "cn"), (finish - start).days + 1), indent=2)
        pg.line("三、质量标准", 11, font="ZH")
        pg.para("工程质量符合国家现行验收规范及合同技术附件约定的性能指标，一次验收合格。", indent=2)
        pg.line("四、签约合同价与合同价格形式", 11, font="ZH")
        pg.para("1．签约合同价（含税）为：人民币（大写）%s（¥%s元）。" % (cn_upper(k.amount * 100), money(k.amount)), indent=2)
        pg.para("其中：（1）设计费（含税）：人民币%s元；（2）设备购置费（含税）：人民币%s元；"
                "（3）建筑安装工程费及调试费（含税）：人民币%s元。" % (money(design), money(equip), money(inst)), indent=2)
        pg.para("2．合同价格形式：总价合同。", indent=2)
        pg.line("五、工程总承包项目经理", 11, font="ZH")
        pg.para("承包人项目经理：%s。" % S.pm, indent=2)

    def p3(c):
        pg = Pg(c, "MH")
        pg.line("六、合同文件构成", 11, font="ZH")
        pg.para("本协议书与下列文件一起构成合同文件：（1）中标通知书或成交通知书；（2）专用合同条件及《发包人要求》；"
                "（3）通用合同条件；（4）承包人建议书；（5）价格清单；（6）双方约定的其他合同文件。", indent=2)
        pg.line("七、承诺", 11, font="ZH")
        pg.para("发包人承诺按照法律规定履行项目审批手续，并按合同约定的期限和方式支付合同价款。承包人承诺按照法律规定及合同约定"
                "组织完成工程的设计、采购和施工等工作，确保工程质量和安全，并在缺陷责任期及保修期内承担相应的责任。", indent=2)
        pg.line("八、订立时间", 11, font="ZH")
        pg.para("本合同于%s订立。" % fdate(k.sign, ds), indent=2)
        pg.line("九、订立地点", 11, font="ZH")
        pg.para("本合同在%s订立。" % cu.addr, indent=2)
        pg.line("十、合同生效", 11, font="ZH")
        pg.para("本合同自双方签字并盖章后生效。本合同一式陆份，发包人执肆份，承包人执贰份，均具有同等法律效力。", indent=2)
        pg.sp(6)
        rows = [[{"t": "发包人：（公章）", "span": 1}, {"t": "承包人：（公章）"}],
                [cu.name, ap.name],
                ["法定代表人或其委托代理人：（签字）", "法定代表人或其委托代理人：（签字）"],
                ["统一社会信用代码：" + cu.uscc, "统一社会信用代码：" + ap.uscc],
                ["地址：" + cu.addr, "地址：" + ap.addr],
                ["电话：" + cu.phone, "电话：" + ap.phone],
                ["开户银行：" + cu.bank, "开户银行：" + ap.bank],
                ["账号：" + cu.acct, "账号：" + ap.acct]]
        top = pg.y
        pg.table(rows, [1, 1], size=9.5, min_h=20)
        signature(c, pg.L + 50 * mm, top - 58, rng)
        signature(c, pg.L + pg.width / 2 + 50 * mm, top - 60, rng)
        seal(c, pg.L + 45 * mm, top - 40, cu.name, "合同专用章", mode, seal_code(rng, cu.uscc[2:8]), rng.uniform(-15, 15), rng.randrange(999))
        seal(c, pg.L + pg.width / 2 + 48 * mm, top - 45, ap.name, "合同专用章", mode, seal_code(rng, ap.uscc[2:8]), rng.uniform(-15, 15), rng.randrange(999))

    note = "建设项目工程总承包合同协议书（GF-2020-0216式）：角色为发包人/承包人而非甲乙方；金额含分项费用（设计费/设备费/安装费）作干扰；" \
           "日期在“订立时间”条款（%s写法），另有计划开工/竣工日期干扰" % {"cn": "阿拉伯数字", "hz": "汉字〇一二", "cn0": "补零"}[ds]
    return [p1, p2, p3], F(k.no, k.amount, k.sign, cu.name), note


def g_sale(S, k, o, rng):
    """K2 买卖合同（买受人/出卖人），定金、违约金、交付时间作干扰."""
    cu, ap = k.cust, S.app
    items = k.items
    deposit = round(k.amount * 0.1, -4)
    prepay = round(k.amount * 0.3, -2)
    deliver = k.sign + dt.timedelta(days=rng.randint(40, 90))
    ds = rng.choice(["cn0", "iso", "dot"])
    mode = o.get("seal", "vector")
    title = rng.choice(["工业设备买卖合同", "设备及软件买卖合同", "买 卖 合 同"])

    def p1(c):
        pg = Pg(c, "MH")
        pg.title(title, 20, cs=1)
        pg.line("合同编号：%s" % k.no, 10, align="r", lead=1.5)
        pg.line("签订地点：%s" % cu.addr[:cu.addr.find("区") + 1], 10, align="r", lead=1.5)
        pg.line("签订时间：%s" % fdate(k.sign, ds), 10, align="r", lead=2)
        pg.kv("买受人：", cu.name + "（以下简称“买受人”）")
        pg.kv("住所地：", cu.addr, lead=1.9)
        pg.kv("出卖人：", ap.name + "（以下简称“出卖人”）")
        pg.kv("住所地：", ap.addr, lead=1.9)
        pg.para("依据《中华人民共和国民法典》及相关法律法规，买受人因%s需要向出卖人购买下列设备及配套软件，"
                "双方经平等协商，订立本合同，以资共同遵守。" % k.project)
        pg.line("第一条  标的、数量、价款", 11, font="ZH")
        rows = [[{"t": t, "align": "c"} for t in ["序号", "名称", "规格型号", "数量", "单价（元）", "金额（元）"]]]
        for i, (nm, spec, amt) in enumerate(items, 1):
            rows.append([{"t": str(i), "align": "c"}, nm, spec, {"t": "1套", "align": "c"}, money(amt), money(amt)])
        rows.append([{"t": "合计人民币（大写）：%s        ¥%s" % (cn_upper(k.amount * 100), money(k.amount)), "span": 6}])
        pg.table(rows, [0.6, 3, 2.2, 0.8, 1.6, 1.6], size=9)
        pg.para("上述价款已包含设备费、软件许可费、运输费、安装调试费、培训费及13%增值税。", indent=2)
        pg.line("第二条  质量标准", 11, font="ZH")
        pg.para("出卖人交付的标的物应符合国家标准、行业标准及本合同技术协议的要求，并提供产品合格证及检验报告。", indent=2)
        pg.line("第三条  交付时间及地点", 11, font="ZH")
        pg.para("出卖人应于%s前将标的物交付至买受人指定地点（%s），并负责安装调试。" % (fdate(deliver, "cn"), cu.addr), indent=2)

    def p2(c):
        pg = Pg(c, "MH")
        pg.line("第四条  付款方式", 11, font="ZH")
        pg.para("1．本合同生效后10个工作日内，买受人向出卖人支付合同总价款的30%%，即人民币%s元作为预付款；" % money(prepay), indent=2)
        pg.para("2．标的物到货安装调试完毕并经买受人验收合格后，买受人支付至合同总价款的100%。", indent=2)
        pg.line("第五条  定金", 11, font="ZH")
        pg.para("买受人应于本合同签订后5日内向出卖人支付定金人民币%s（¥%s），合同履行后定金抵作价款。" % (cn_upper(deposit * 100), money(deposit)), indent=2)
        pg.line("第六条  检验与验收", 11, font="ZH")
        pg.para("标的物安装调试完成并试运行后，由买受人组织验收，验收合格的出具书面验收报告。", indent=2)
        pg.line("第七条  违约责任", 11, font="ZH")
        pg.para("出卖人逾期交付的，每逾期一日，按合同总价款的千分之一向买受人支付违约金，但违约金总额不超过人民币%s元；"
                "买受人逾期付款的，按逾期金额每日万分之五支付违约金。" % money(round(k.amount * 0.05, -2)), indent=2)
        pg.line("第八条  争议解决", 11, font="ZH")
        pg.para("因本合同引起的争议，双方协商解决；协商不成的，向买受人所在地人民法院提起诉讼。", indent=2)
        pg.line("第九条  其他", 11, font="ZH")
        pg.para("本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。", indent=2)
        pg.sp(10)
        sig_pair(pg, rng, ("买受人（盖章）：", cu.name, "合同专用章", cu.uscc[2:8]),
                 ("出卖人（盖章）：", ap.name, "合同专用章", ap.uscc[2:8]), mode, "日期：", "日期：")

    note = "买卖合同（买受人/出卖人，民法典式）：角色词非甲乙方；含定金（%s元）、预付款、违约金上限等干扰金额，交付时间干扰签订时间（%s式）" % (
        money(deposit), ds)
    return [p1, p2], F(k.no, k.amount, k.sign, cu.name), note


def g_esign(S, k, o, rng):
    """K3 电子签约平台合同：签订日期只在签署记录页."""
    cu, ap = k.cust, S.app
    init = k.sign - dt.timedelta(days=1)
    t1 = "%s %02d:%02d:%02d" % (init.isoformat(), rng.randint(14, 17), rng.randint(0, 59), rng.randint(0, 59))
    t2 = "%s %02d:%02d:%02d" % (k.sign.isoformat(), rng.randint(8, 9), rng.randint(0, 59), rng.randint(0, 59))
    t3 = "%s %02d:%02d:%02d" % (k.sign.isoformat(), rng.randint(10, 11), rng.randint(0, 59), rng.randint(0, 59))
    platform = rng.choice(["签e通电子签约平台", "云契电子合同平台"])
    cid = "".join(rng.choice("0123456789abcdef") for _ in range(24))

    def p1(c):
        pg = Pg(c, "MH")
        pg.text(pg.L, H - 12 * mm, "%s  合同ID：%s" % (platform, cid), 7.5, color=(0.45, 0.45, 0.45))
        pg.title(k.title, 17)
        pg.line("合同编号：" + k.no, 10)
        pg.line("签订日期：以双方电子签章时间为准", 10, lead=2.2)
        pg.kv("甲方（委托方）：", cu.name)
        pg.kv("统一社会信用代码：", cu.uscc)
        pg.kv("乙方（服务方）：", ap.name)
        pg.kv("统一社会信用代码：", ap.uscc, lead=2.2)
        pg.para("甲方委托乙方实施“%s”，乙方同意接受委托。为明确双方权利义务，经协商一致，签订本合同。" % k.project)
        pg.line("一、服务内容", 11, font="ZH")
        pg.para(k.scope + "，具体以附件《技术规格书》为准。", indent=2)
        pg.line("二、合同价款及支付", 11, font="ZH")
        pg.para("合同总价款：¥%s元（大写：%s），含6%%/13%%增值税。" % (money(k.amount), cn_upper(k.amount * 100)), indent=2)
        pg.para("支付方式：合同生效后支付40%；项目终验合格后支付60%。乙方应在每期付款前开具等额增值税专用发票。", indent=2)
        pg.line("三、实施周期", 11, font="ZH")
        pg.para("乙方应在合同生效后%d个日历天内完成系统上线，上线后试运行三个月。" % rng.choice([90, 120, 150]), indent=2)
        pg.line("四、知识产权与保密", 11, font="ZH")
        pg.para("项目交付物中甲方专属定制部分的知识产权归甲方所有；双方对在合作中知悉的对方商业秘密负有保密义务。", indent=2)
        pg.line("五、违约责任", 11, font="ZH")
        pg.para("任何一方违约的，应赔偿守约方因此遭受的直接损失。乙方逾期交付的，每逾期一日按合同总价款的0.5‰支付违约金。", indent=2)

    def p2(c):
        pg = Pg(c, "MH")
        pg.text(pg.L, H - 12 * mm, "%s  合同ID：%s" % (platform, cid), 7.5, color=(0.45, 0.45, 0.45))
        pg.line("六、其他", 11, font="ZH")
        pg.para("本合同采用电子签名方式订立，双方确认电子签名与手写签名或盖章具有同等法律效力。本合同自双方完成电子签章之日起生效。", indent=2)
        pg.sp(20)
        y = pg.y
        pg.text(pg.L, y, "甲方（电子签章）：" + cu.name, 10)
        pg.text(pg.L + pg.width * 0.52, y, "乙方（电子签章）：" + ap.name, 10)
        seal(c, pg.L + 45 * mm, y - 28 * mm, cu.name, "合同专用章", "image", seed=rng.randrange(999))
        seal(c, pg.L + pg.width * 0.52 + 45 * mm, y - 28 * mm, ap.name, "合同专用章", "image", seed=rng.randrange(999))
        pg.text(pg.L + 20 * mm, y - 52 * mm, t2, 7.5, color=(0.4, 0.4, 0.4))
        pg.text(pg.L + pg.width * 0.52 + 20 * mm, y - 52 * mm, t3, 7.5, color=(0.4, 0.4, 0.4))
        pg.y = y - 60 * mm
        pg.line("（以下无正文）", 9, align="c")

    def p3(c):
        pg = Pg(c, "MH")
        pg.title("签 署 记 录", 16)
        pg.line("本页由%s自动生成" % platform, 8.5, align="c", color=(0.4, 0.4, 0.4), lead=2.5)
        rows = [["合同名称", k.title], ["合同ID", cid], ["发起方", ap.name], ["发起时间", t1],
                ["合同状态", "已完成"], ["完成时间", t3]]
        pg.table(rows, [1, 3], size=9.5)
        pg.sp(14)
        pg.line("签署流程", 11, font="ZH")
        rows = [[{"t": t, "align": "c"} for t in ["顺序", "签署主体", "签署方式", "签署时间", "认证方式"]],
                ["1", cu.name, "企业电子签章", t2, "企业实名认证"],
                ["2", ap.name, "企业电子签章", t3, "企业实名认证"]]
        pg.table(rows, [0.6, 3, 1.4, 2, 1.4], size=9)
        pg.sp(14)
        pg.para("文件哈希值（SM3）：" + "".join(rng.choice("0123456789abcdef") for _ in range(64)), 8, indent=0)
        pg.para("证书颁发机构：某数字认证股份有限公司（CA）。本签署记录可在平台官网“合同验真”页面输入合同ID查询。", 8.5, indent=0)

    note = "电子签约平台合同：正文“签订日期以电子签章时间为准”，日期只在电子章下的时间戳和末页《签署记录》中；" \
           "电子章为图片（无文字层）；页眉有平台合同ID干扰编号"
    return [p1, p2, p3], F(k.no, k.amount, k.sign, cu.name), note


def g_reverse(S, k, o, rng):
    """K4 甲方为供方的合同：标签字母间距，金额仅大写且跨行，唯一的¥是履约保证金."""
    cu, ap = k.cust, S.app
    big = "人民币" + cn_upper(k.amount * 100)
    cut = rng.randint(5, len(big) - 4)
    bond = round(k.amount * 0.05, -2)
    deliver = k.sign + dt.timedelta(days=rng.randint(50, 100))
    mode = o.get("seal", "vector")

    def p1(c):
        pg = Pg(c, "MH")
        pg.title(rng.choice(["智能化系统供货及安装合同", "产品供货与技术服务合同"]), 18)
        pg.line("合同编号：" + k.no, 10, align="r", lead=2)
        pg.line("甲   方（供   方）：" + ap.name, 11, lead=1.7)
        pg.line("地         址：" + ap.addr, 10, lead=1.9)
        pg.line("乙   方（需   方）：" + cu.name, 11, lead=1.7)
        pg.line("地         址：" + cu.addr, 10, lead=2.1)
        pg.para("经甲乙双方友好协商，乙方向甲方采购“%s”所需的设备、软件及实施服务，由甲方负责供货、安装、调试及培训。"
                "乙方为本项目的建设单位和最终用户。双方达成如下条款：" % k.project)
        pg.line("一、合同价款", 11, font="ZH")
        pg.line("    本合同总价款为（含13%增值税）：", 10.5, lead=1.7)
        pg.line("    " + big[:cut], 12, lead=1.5)
        pg.line("    " + big[cut:] + "。", 12, lead=1.9)
        pg.para("上述价款为固定总价，包含设备、软件、运输、保险、安装调试、培训及一年质保期服务费用。", indent=2)
        pg.line("二、交货", 11, font="ZH")
        pg.para("甲方应于%s前完成全部设备到货，到货地点为乙方指定的生产现场。" % fdate(deliver, "cn"), indent=2)
        pg.line("三、付款", 11, font="ZH")
        pg.para("乙方于合同签订后十五日内支付总价款的百分之三十；设备到货后支付百分之三十；项目验收合格后支付百分之四十。", indent=2)
        pg.line("四、履约保证", 11, font="ZH")
        pg.para("甲方应于合同签订后七日内向乙方提交履约保证金¥%s元，项目验收合格后无息退还。" % money(bond), indent=2)
        pg.line("五、违约责任", 11, font="ZH")
        pg.para("甲方延期交货的，每延期一天按延期交货部分货款的万分之五向乙方支付违约金；乙方延期付款的，按同样标准支付违约金。", indent=2)

    def p2(c):
        pg = Pg(c, "MH")
        pg.line("六、验收", 11, font="ZH")
        pg.para("系统安装调试完成并稳定运行后，由乙方组织验收并出具验收报告。", indent=2)
        pg.line("七、其他", 11, font="ZH")
        pg.para("本合同未尽事宜，双方另行协商签订补充协议，补充协议与本合同具有同等效力。本合同一式肆份，甲乙双方各执贰份。", indent=2)
        pg.sp(16)
        sig_pair(pg, rng, ("甲 方（供 方）盖 章：", ap.name, "合同专用章", ap.uscc[2:8]),
                 ("乙 方（需 方）盖 章：", cu.name, "合同专用章", cu.uscc[2:8]), mode)
        pg.sp(6)
        pg.line("签订日期：" + fdate(k.sign, "sp"), 11)
        pg.line("签订地点：" + ap.addr[:ap.addr.find("区") + 1], 11)

    note = "甲方为供方（申报单位）、乙方为需方（客户）的倒置合同：标签字母间距（甲   方（供   方）），合同总价仅以大写书写且跨两行，" \
           "全文唯一的¥金额是履约保证金（%s元），交货日期干扰签订日期" % money(bond)
    return [p1, p2], F(k.no, k.amount, k.sign, cu.name), note


def g_supplement(S, k, o, rng):
    """K5 补充协议：引用原合同编号，总价不变."""
    cu, ap = k.cust, S.app
    d = k.supp_date
    old = k.sign + dt.timedelta(days=70)
    new = old + dt.timedelta(days=45)

    def p1(c):
        pg = Pg(c, SONG)
        pg.title("《%s》补充协议（一）" % k.title, 15, font=SONG)
        pg.kv("甲方：", cu.name, font=SONG)
        pg.kv("乙方：", ap.name, font=SONG, lead=2.2)
        pg.para("鉴于甲乙双方于%s签订了《%s》（合同编号：%s，以下简称“原合同”），因甲方厂房改造进度调整，"
                "经双方友好协商，就原合同相关条款变更事宜达成如下补充协议：" % (fdate(k.sign, "cn"), k.title, k.no), font=SONG)
        pg.para("一、原合同约定的交货期“%s前”变更为“%s前”，项目计划验收时间相应顺延。" % (fdate(old, "cn"), fdate(new, "cn")), font=SONG)
        pg.para("二、原合同总价款不变，仍为人民币%s（¥%s）。付款方式仍按原合同执行。" % (cn_upper(k.amount * 100), money(k.amount)), font=SONG)
        pg.para("三、因交货期变更产生的仓储费用由甲方承担，金额以实际发生为准，最高不超过人民币贰万元。", font=SONG)
        pg.para("四、本补充协议为原合同不可分割的组成部分，与原合同具有同等法律效力；本补充协议未约定的事项，仍按原合同执行。", font=SONG)
        pg.para("五、本补充协议一式肆份，双方各执贰份，自双方盖章之日起生效。", font=SONG)
        pg.sp(14)
        sig_pair(pg, rng, ("甲方（盖章）：", cu.name, "合同专用章", cu.uscc[2:8]),
                 ("乙方（盖章）：", ap.name, "合同专用章", ap.uscc[2:8]), o.get("seal", "image"),
                 "签订日期：" + fdate(d, "cn"), "签订日期：" + fdate(d, "cn"))

    note = "合同补充协议（交货期变更，总价不变）：引用原合同编号及原签订日期，本协议签订日期为另一日期；仓储费上限作干扰金额；宋体CID字体"
    return [p1], F(k.no, k.amount, d, cu.name), note


# ---------------------------------------------------------------- acceptance
def g_expert(S, k, o, rng):
    """A1 验收专家组意见 + 专家名单."""
    cu, ap = k.cust, S.app
    d = k.acc_doc_date
    passed = k.acc_result == "passed"
    experts = [("张", "天津大学", "教授"), ("李", "天津理工大学", "副教授"), ("王", cu.name, "高级工程师"),
               ("刘", "天津市智能制造产业技术研究院", "正高级工程师"), ("陈", "中汽数据（天津）有限公司", "高级工程师")]
    given = ["建国", "晓峰", "海涛", "立新", "志强", "文静", "宏伟", "玉梅", "春生", "振华"]
    rng.shuffle(given)
    show_no = rng.random() < 0.6
    ds = rng.choice(["cn", "hz"])

    def p1(c):
        pg = Pg(c, "MH")
        pg.title("“%s”" % k.project, 15)
        pg.title("验收专家组意见", 18, cs=3)
        pg.para("%s，%s在%s组织召开了“%s”%s验收会。会议成立了验收专家组（名单附后），专家组听取了%s关于项目实施情况的汇报，"
                "现场查看了系统运行情况，审阅了验收资料，经质询和讨论，形成如下意见："
                % (fdate(d, "cn"), cu.name, cu.addr, k.project, "（合同编号：%s）" % k.no if show_no else "", ap.name))
        if passed:
            pg.para("一、项目已按照合同及技术协议要求完成了%s等建设内容，实现了合同约定的功能和性能指标。" % k.scope)
            pg.para("二、提交的验收文档齐全、规范，符合验收要求。")
            pg.para("三、系统试运行期间运行稳定，生产效率提升约%d%%，产品不良率下降约%d%%，达到预期效果。" % (rng.randint(12, 30), rng.randint(5, 20)))
            pg.para("专家组一致同意该项目通过验收。", font="ZH")
            pg.para("建议：进一步完善数据分析模型，加强运维人员培训。")
        else:
            pg.para("一、项目已完成大部分建设内容，但设备联网率仅为%d%%，未达到合同约定的95%%指标；质量追溯模块尚未上线运行。" % rng.randint(60, 80))
            pg.para("二、部分验收文档缺失，试运行记录不完整。")
            pg.para("专家组认为，该项目目前不具备验收条件，不同意通过验收。请承建单位按专家意见整改完成后，由建设单位重新组织验收。", font="ZH")
        pg.sp(8)
        pg.line("专家组组长（签字）：", 10.5, x=pg.width * 0.45)
        signature(c, pg.L + pg.width * 0.45 + 38 * mm, pg.y + 12, rng)
        pg.line(fdate(d, ds), 10.5, x=pg.width * 0.6, lead=2.4)
        pg.line("附：验收专家组名单", 11, font="ZH")
        rows = [[{"t": t, "align": "c"} for t in ["序号", "姓名", "工作单位", "职称/职务", "组内职务", "签字"]]]
        for i, (sn, unit, title) in enumerate(experts):
            rows.append([{"t": str(i + 1), "align": "c"}, sn + given[i], unit, title, "组长" if i == 0 else "成员", ""])
        top = pg.y
        pg.table(rows, [0.6, 1.1, 3.2, 1.5, 1.0, 1.4], size=9, min_h=22)
        for i in range(len(experts)):
            signature(c, pg.R - 25 * mm, top - 22 * (i + 1) - 14, rng, w=18 * mm)

    if passed:
        note = "验收专家组意见（建设单位组织验收会、专家组一致同意通过验收，附专家名单表）：验收单位只在正文句子中出现（X组织召开…验收会）；日期为会议日期"
    else:
        note = "验收专家组意见（不同意通过验收，要求整改后重新验收）：应判为验收未通过"
    if not show_no:
        note += "；不含合同编号"
    return [p1], F(k.no if show_no else None, None, d, cu.name, result=k.acc_result), note


def g_minutes(S, k, o, rng):
    """A2 项目验收会议纪要."""
    cu, ap = k.cust, S.app
    d = k.acc_doc_date
    issue = d + dt.timedelta(days=rng.randint(1, 4))
    handover = d + dt.timedelta(days=rng.randint(10, 20))
    no = rng.randint(8, 40)

    def p1(c):
        pg = Pg(c, "MH")
        pg.line(cu.name, 15, align="c", font="ZH", color=(0.8, 0.1, 0.1), lead=1.6)
        pg.title("会 议 纪 要", 22, font="ZH", color=(0.8, 0.1, 0.1), after=0.6)
        pg.line("〔2023〕第%d期" % no, 10.5, align="c", lead=1.4)
        pg.hr(1.5, (0.8, 0.1, 0.1))
        pg.sp(6)
        pg.kv("会议名称：", "%s竣工验收会" % k.project)
        pg.kv("会议时间：", "%s 上午9:30" % fdate(d, "cn"))
        pg.kv("会议地点：", "%s行政楼三楼会议室" % cu.short)
        pg.kv("主 持 人：", "%s（%s设备动力部部长）" % (rng.choice(["赵卫东", "孙明", "周建平", "吴凯"]), cu.short))
        pg.kv("参会单位：", "%s设备动力部、生产部、信息中心、财务部；%s项目组；%s" % (cu.short, ap.name, rng.choice(["天津某工程监理有限公司", "第三方测试机构代表"])))
        pg.sp(4)
        pg.para("会议听取了%s关于%s（合同编号：%s）实施情况的汇报，观看了系统演示，查阅了设计、实施、测试及试运行文档，"
                "并对生产现场进行了检查。经与会各方充分讨论，议定如下事项：" % (ap.name, k.project, k.no))
        pg.para("一、与会各方一致认为，该项目已按合同约定完成全部建设内容，系统功能及性能指标满足合同和技术协议要求，"
                "同意通过竣工验收，验收日期为%s。" % fdate(d, "cn"))
        pg.para("二、质保期自验收合格之日起计算，为期二年。质保期内%s应提供7×24小时响应服务。" % ap.name)
        pg.para("三、%s应于%s前向%s移交全部竣工资料及源代码介质。" % (ap.name, fdate(handover, "cn"), cu.short))
        pg.para("四、项目结算按合同约定执行。")
        pg.sp(6)
        pg.line("参会人员签到表附后。", 10)
        pg.sp(16)
        pg.line("%s" % cu.name, 11, x=pg.width * 0.5, lead=1.6)
        y = pg.y
        pg.line("%s印发" % fdate(issue, "cn"), 10.5, x=pg.width * 0.52)
        seal(c, pg.L + pg.width * 0.62, y + 10, cu.name, "", o.get("seal", "vector"), rot=rng.uniform(-20, 20), seed=rng.randrange(999))
        pg.sp(10)
        pg.hr(0.8)
        pg.line("发送：%s；%s。" % (ap.name, "公司领导、各相关部门"), 9.5)

    note = "项目验收会议纪要（红头纪要格式，会议议定事项中同意通过竣工验收）：验收日期为会议日期而非印发日期（%s）；资料移交期限为干扰日期" % fdate(issue, "cn")
    return [p1], F(k.no, None, d, cu.name, result="passed"), note


def g_cert_letter(S, k, o, rng):
    """A3 验收证明（客户函件）."""
    cu, ap = k.cust, S.app
    d = k.acc_doc_date
    letter = d + dt.timedelta(days=rng.randint(2, 6))
    show_amt = rng.random() < 0.6

    def p1(c):
        pg = Pg(c, "MH")
        letterhead(pg, cu.name, "地址：%s    电话：%s" % (cu.addr, cu.phone), color=(0.1, 0.25, 0.6))
        pg.sp(10)
        pg.title("验 收 证 明", 20, cs=2)
        pg.line(ap.name + "：", 11.5, lead=2)
        if show_amt:
            inner = "（合同编号：%s，合同金额：人民币%s）" % (k.no, cn_upper(k.amount * 100))
        else:
            inner = "（合同编号：%s）" % k.no
        pg.para("贵公司承建的我单位“%s”%s，已按合同约定完成全部实施内容。我单位于%s组织生产、设备、信息等相关部门"
                "对该项目进行了验收，系统各项功能、性能指标均达到合同及技术协议要求，运行稳定，验收结论为合格。" % (k.project, inner, fdate(d, "cn")), 11.5)
        pg.para("特此证明。", 11.5)
        pg.sp(40)
        pg.line(cu.name, 11.5, x=pg.width * 0.5, lead=1.8)
        y = pg.y
        pg.line(fdate(letter, "hz"), 11.5, x=pg.width * 0.53)
        seal(c, pg.L + pg.width * 0.64, y + 4, cu.name, "", o.get("seal", "vector"), rot=rng.uniform(-15, 15), seed=rng.randrange(999))

    note = "验收证明（客户抬头函件）：验收日期在正文中（%s组织…验收），落款日期（%s，汉字写法）晚于验收日期；%s" % (
        fdate(d, "cn"), fdate(letter, "hz"), "合同金额仅大写" if show_amt else "不含金额")
    return [p1], F(k.no, k.amount if show_amt else None, d, cu.name, result="passed"), note


def g_stage(S, k, o, rng):
    """A4 分阶段验收记录表：到货/初验/试运行/终验."""
    cu, ap = k.cust, S.app
    d = k.acc_doc_date
    arrive = d - dt.timedelta(days=rng.randint(110, 140))
    init = arrive + dt.timedelta(days=rng.randint(20, 35))
    trial_end = d - dt.timedelta(days=rng.randint(3, 8))

    def p1(c):
        pg = Pg(c, "MH")
        pg.title("项目验收记录表", 18)
        pg.line("编号：YS-2023-%03d" % rng.randint(1, 199), 10, align="r", lead=1.6)
        rows = [["项目名称", {"t": k.project, "span": 3}],
                ["合同编号", k.no, "合同金额", "¥" + money(k.amount)],
                ["建设单位", cu.name, "承建单位", ap.name],
                [{"t": "验收阶段", "align": "c"}, {"t": "日期", "align": "c"}, {"t": "验收情况", "span": 2, "align": "c"}],
                ["到货验收", fdate(arrive, "dot"), {"t": "设备型号、数量与装箱单一致，外观完好，随机资料齐全。", "span": 2}],
                ["初步验收", fdate(init, "dot"), {"t": "系统安装调试完成，具备上线试运行条件，同意进入试运行。", "span": 2}],
                ["试运行", "%s—%s" % (fdate(init + dt.timedelta(days=1), "dot"), fdate(trial_end, "dot")), {"t": "试运行期间系统运行稳定，无重大故障。", "span": 2}],
                ["终验", fdate(d, "dot"), {"t": "验收结论：■通过  □整改后通过  □不通过", "span": 2}],
                ["终验意见", {"t": "项目各项功能和性能指标满足合同要求，文档资料齐全，同意终验通过。质保期自终验通过之日起算。", "span": 3}],
                ["建设单位意见", {"t": "\n同意。\n\n建设单位（盖章）：                 代表签字：\n\n日期：%s" % fdate(d, "cn"), "span": 3}],
                ["承建单位意见", {"t": "\n确认。\n\n承建单位（盖章）：                 代表签字：\n\n日期：%s" % fdate(d, "cn"), "span": 3}]]
        top = pg.y
        pg.table(rows, [1.2, 2.0, 1.2, 2.6], size=9.5, min_h=24)
        yb = pg.y
        seal(c, pg.L + 75 * mm, yb + 95, cu.name, "", o.get("seal", "vector"), rot=rng.uniform(-20, 20), seed=rng.randrange(999))
        signature(c, pg.L + 135 * mm, yb + 85, rng)
        seal(c, pg.L + 75 * mm, yb + 22, ap.name, "", o.get("seal", "vector"), rot=rng.uniform(-20, 20), seed=rng.randrange(999))
        signature(c, pg.L + 135 * mm, yb + 20, rng)

    note = "分阶段验收记录表（到货/初验/试运行/终验四个日期）：验收日期应取终验日期，结论为勾选框■通过；到货与初验日期为干扰"
    return [p1], F(k.no, k.amount, d, cu.name, result="passed"), note


# ---------------------------------------------------------------- payments
def g_pay_letter(S, k, pay, o, rng):
    """P1 付款证明（付款方抬头、财务部、财务专用章）."""
    cu, ap = k.cust, S.app
    payer = pay.payer
    d = pay.date
    letter = d + dt.timedelta(days=rng.randint(1, 10))
    cite = rng.random() < 0.75
    last = pay.last

    def p1(c):
        pg = Pg(c, "MH")
        letterhead(pg, payer.name, "%s  电话：%s" % (payer.addr, payer.phone), color=(0.15, 0.15, 0.45))
        pg.title("付 款 证 明", 20, cs=2)
        pg.line("致：" + ap.name, 11.5, lead=2)
        body = "兹证明，我公司（%s）已于%s通过%s（账号：%s）向贵公司（开户行：%s，账号：%s）支付“%s”%s%s人民币%s（¥%s）。" % (
            payer.name, fdate(d, "cn"), payer.bank, payer.acct, ap.bank, ap.acct, k.project,
            "（合同编号：%s）" % k.no if cite else "", "合同尾款" if last and pay.seq > 1 else ("合同款" if last else "合同预付款"),
            cn_upper(pay.amount * 100), money(pay.amount))
        pg.para(body, 11.5)
        if last:
            pg.para("至此，该合同款项已全部付清。", 11.5)
        else:
            pg.para("其余款项按合同约定另行支付。", 11.5)
        pg.para("特此证明。", 11.5)
        pg.sp(40)
        pg.line(payer.name + "财务部", 11.5, x=pg.width * 0.45, lead=1.8)
        y = pg.y
        pg.line(fdate(letter, rng.choice(["cn", "cn0"])), 11.5, x=pg.width * 0.52)
        seal(c, pg.L + pg.width * 0.62, y + 6, payer.name, "财务专用章", o.get("seal", "vector"),
             code=seal_code(rng, payer.uscc[2:8]), rot=rng.uniform(-20, 20), seed=rng.randrange(999))
        pg.sp(30)
        pg.line("经办人：%s    联系电话：%s" % (rng.choice(["王丽", "刘颖", "张静", "高敏"]), payer.phone), 9.5)

    note = "付款证明（付款方自家抬头函件，财务部落款、财务专用章）：付款人只在“我公司（X）…向贵公司支付”句中；交易日期为句中日期而非落款日期"
    if not cite:
        note += "；未引用合同编号"
    return [p1], F(k.no if cite else None, pay.amount, d, payer=payer.name, payee=ap.name), note


def g_screenshot(S, k, pay, o, rng):
    """P2 手机银行转账成功截图（PNG，直接绘制）."""
    ap = S.app
    payer = pay.payer
    d = pay.date
    t = "%s %02d:%02d:%02d" % (d.isoformat(), rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))
    cite = rng.random() < 0.5
    w, h = 1080, 2160
    im = Image.new("RGB", (w, h), (244, 245, 247))
    dr = ImageDraw.Draw(im)
    f = lambda s, z=False: pil_font(s, z)
    dr.text((50, 30), "%02d:%02d" % (rng.randint(9, 17), rng.randint(0, 59)), font=f(38), fill=(20, 20, 20))
    dr.text((w - 230, 30), "5G  78%", font=f(34), fill=(20, 20, 20))
    dr.rectangle((0, 100, w, 230), fill=(255, 255, 255))
    dr.text((40, 135), "〈", font=f(52), fill=(30, 30, 30))
    dr.text((w / 2 - 105, 135), "转账详情", font=f(52, True), fill=(30, 30, 30))
    dr.rectangle((0, 250, w, 820), fill=(255, 255, 255))
    dr.ellipse((w / 2 - 75, 300, w / 2 + 75, 450), fill=(38, 176, 98))
    dr.line((w / 2 - 40, 378, w / 2 - 8, 410, w / 2 + 45, 345), fill=(255, 255, 255), width=14)
    dr.text((w / 2 - 110, 480), "转账成功", font=f(56, True), fill=(38, 150, 80))
    amt = "¥ " + money(pay.amount)
    tw = dr.textlength(amt, font=f(76, True))
    dr.text(((w - tw) / 2, 590), amt, font=f(76, True), fill=(20, 20, 20))
    dr.text((w / 2 - 190, 720), "预计实时到账，请以对方入账为准", font=f(32), fill=(140, 140, 140))
    dr.rectangle((0, 850, w, 1900), fill=(255, 255, 255))
    acct = payer.acct
    rows = [("付款账户", payer.name), ("", acct[:4] + " **** **** " + acct[-4:]), ("收款户名", ap.name),
            ("收款账号", ap.acct), ("收款银行", ap.bank), ("转账时间", t),
            ("交易流水号", "".join(str(rng.randrange(10)) for _ in range(20))),
            ("附言", (k.no + " 合同款") if cite else rng.choice(["货款", "项目款", "工程款"]))]
    y = 890
    for lab, val in rows:
        dr.text((50, y), lab, font=f(38), fill=(120, 120, 120))
        # right aligned value, wrap if too long
        fv = f(38)
        lines = [val]
        if dr.textlength(val, font=fv) > w - 380:
            cut = len(val) // 2 + 1
            lines = [val[:cut], val[cut:]]
        for i, ln in enumerate(lines):
            tw = dr.textlength(ln, font=fv)
            dr.text((w - 50 - tw, y + i * 52), ln, font=fv, fill=(25, 25, 25))
        y += 52 * len(lines) + 60
    dr.rounded_rectangle((60, 1960, w - 60, 2070), radius=20, fill=(60, 110, 220))
    dr.text((w / 2 - 100, 1985), "电子回单", font=f(46), fill=(255, 255, 255))
    arr = np.array(im)
    note = "手机银行“转账成功”截图（PNG，无文字层，户名过长自动折行）：付款账户户名在上，收款户名在下，时间带时分秒" + (
        "；附言引用合同编号" if cite else "；附言仅写“货款/项目款”，无合同编号")
    return arr, F(k.no if cite else None, pay.amount, d, payer=payer.name, payee=ap.name), note


def g_bill(S, k, pay, o, rng):
    """P3 电子银行承兑汇票票面."""
    ap = S.app
    payer = pay.payer
    d = pay.date
    due = d + dt.timedelta(days=rng.choice([180, 182, 183, 365]))
    cite = rng.random() < 0.7
    no = "5" + "".join(str(rng.randrange(10)) for _ in range(11)) + d.strftime("%Y%m%d") + "".join(str(rng.randrange(10)) for _ in range(9))
    accbank = rng.choice(["中国工商银行股份有限公司天津分行", "交通银行股份有限公司天津市分行", "中国建设银行股份有限公司天津分行"])

    def p1(c):
        pg = Pg(c, "MH", left=15 * mm, right=W - 15 * mm)
        pg.sp(8)
        pg.title("电子银行承兑汇票", 18, cs=2)
        pg.line("出票日期  %s        票据状态  提示收票已签收        汇票到期日  %s" % (d.isoformat(), due.isoformat()), 9.5, lead=1.5)
        pg.line("票据号码  %s" % no, 9.5, lead=1.6)
        rows = [[{"t": "出\n票\n人", "align": "c"}, "全  称", payer.name, {"t": "收\n票\n人", "align": "c"}, "全  称", ap.name],
                ["", "账  号", payer.acct, "", "账  号", ap.acct],
                ["", "开户银行", payer.bank, "", "开户银行", ap.bank],
                ["出票保证信息", {"t": "保证人名称：                保证人地址：                保证日期：", "span": 5}],
                ["票据金额", {"t": "人民币\n（大写）%s" % cn_upper(pay.amount * 100), "span": 3}, {"t": "¥%s" % money(pay.amount), "span": 2, "align": "c"}],
                ["承兑人信息", "全  称", accbank, "开户行行号", {"t": "1021%08d" % rng.randrange(10 ** 8), "span": 2}],
                ["", "账  号", "0", "开户行名称", {"t": accbank, "span": 2}],
                ["交易合同号", {"t": k.no if cite else "", "span": 2}, "能否转让", {"t": "可再转让", "span": 2}],
                ["承兑信息", {"t": "出票人承诺：本汇票请予以承兑，到期无条件付款", "span": 2}, {"t": "承兑人承兑：本汇票已经承兑，到期无条件付款\n承兑日期  %s" % d.isoformat(), "span": 3}],
                ["承兑保证信息", {"t": "保证人名称：                保证人地址：                保证日期：", "span": 5}],
                ["评级信息", {"t": "出票人  评级主体：    信用等级：    评级到期日：\n承兑人  评级主体：    信用等级：    评级到期日：", "span": 5}]]
        pg.table(rows, [0.9, 1.0, 3.2, 0.9, 1.0, 3.2], size=8.8, min_h=20)
        pg.sp(10)
        pg.line("备注：本票面信息由企业网上银行电子商业汇票系统打印，仅供参考。", 8.5, color=(0.4, 0.4, 0.4))

    note = "电子银行承兑汇票票面（网银打印）作为付款证明：付款人为“出票人”、收款人为“收票人”，金额在大写/小写分栏；汇票到期日（%s）为干扰日期" % due.isoformat()
    note += "；交易合同号引用合同编号" if cite else "；交易合同号为空"
    return [p1], F(k.no if cite else None, pay.amount, d, payer=payer.name, payee=ap.name), note


def g_reconcile(S, k, pay, o, rng):
    """P4 往来款对账确认函（申报单位发出，客户盖章确认）：无交易日期."""
    cu, ap = k.cust, S.app
    cutoff = pay.date + dt.timedelta(days=rng.randint(5, 25))
    conf = cutoff + dt.timedelta(days=rng.randint(3, 12))

    def p1(c):
        pg = Pg(c, "MH")
        pg.title("往来款项对账确认函", 18)
        pg.line("编号：DZ%s-%03d" % (cutoff.strftime("%Y%m"), rng.randint(1, 300)), 9.5, align="r", lead=1.6)
        pg.line(cu.name + "：", 11, lead=1.9)
        pg.para("为核对双方往来账项，本公司与贵公司之间截至%s的合同结算情况列示如下。如与贵公司记录相符，请在本函下端“数据证明无误”处签章证明；"
                "如有不符，请在“数据不符”处列明不符金额。" % fdate(cutoff, "cn"))
        rows = [[{"t": t, "align": "c"} for t in ["合同编号", "合同名称", "合同金额（元）", "贵公司已付款（元）", "未付余额（元）"]],
                [k.no, k.title, money(k.amount), money(pay.amount), "0.00"]]
        pg.table(rows, [1.6, 2.6, 1.4, 1.5, 1.1], size=9)
        pg.sp(6)
        pg.para("上述已付款项均通过银行转账方式支付至本公司账户（开户行：%s，账号：%s）。" % (ap.bank, ap.acct))
        pg.sp(10)
        pg.line(ap.name + "（盖章）", 10.5, x=pg.width * 0.45, lead=1.6)
        y0 = pg.y
        pg.line(fdate(cutoff + dt.timedelta(days=1), "cn"), 10.5, x=pg.width * 0.55)
        seal(c, pg.L + pg.width * 0.62, y0 + 8, ap.name, "财务专用章", o.get("seal", "vector"), rot=rng.uniform(-15, 15), seed=rng.randrange(999))
        pg.sp(24)
        pg.hr(0.6)
        pg.sp(4)
        rows = [["1．数据证明无误。\n\n\n\n（公章）\n\n经办人：\n日期：%s" % fdate(conf, "cn"),
                 "2．数据不符，请列明不符金额：\n\n\n\n（公章）\n\n经办人：\n日期："]]
        top = pg.y
        pg.table(rows, [1, 1], size=10)
        seal(c, pg.L + 45 * mm, top - 45, cu.name, "财务专用章", o.get("seal", "vector"), rot=rng.uniform(-15, 15), seed=rng.randrange(999))
        signature(c, pg.L + 20 * mm, top - 100, rng)

    note = "往来款项对账确认函（申报单位发函、客户财务专用章确认“数据证明无误”）：付款人为被询证的客户，金额为累计已付款；函中只有截止日和确认日，无交易日期（date为null）"
    return [p1], F(k.no, pay.amount, None, payer=cu.name, payee=ap.name), note


def g_bohai(S, k, pay, o, rng):
    """P5 渤海银行 业务回单（付款），付款人/收款人左右并列."""
    ap = S.app
    payer = pay.payer
    d = pay.date
    printed = d + dt.timedelta(days=rng.randint(20, 90))
    cite = rng.random() < 0.6
    serial = "".join(str(rng.randrange(10)) for _ in range(18))

    def p1(c):
        pg = Pg(c, "MH", left=18 * mm, right=W - 18 * mm, top=H - 18 * mm)
        pg.line("渤海银行  CHINA BOHAI BANK", 13, font="ZH", color=(0.0, 0.3, 0.6), lead=1.6)
        pg.title("业务回单（付款）", 15)
        pg.line("回单编号：%s        回单验证码：%s        打印日期：%s" % (serial[:12], serial[12:], printed.isoformat()), 8.5, lead=1.6)
        rows = [[{"t": "付\n款\n人", "align": "c"}, "户名", payer.name, {"t": "收\n款\n人", "align": "c"}, "户名", ap.name],
                ["", "账号", payer.acct, "", "账号", ap.acct],
                ["", "开户行", payer.bank, "", "开户行", ap.bank],
                [{"t": "金额（大写）", "span": 2}, {"t": "人民币" + cn_upper(pay.amount * 100), "span": 2}, "金额（小写）", "CNY" + money(pay.amount)],
                [{"t": "业务种类", "span": 2}, "网银转账", "交易日期", {"t": fdate(d, "cn0"), "span": 2}],
                [{"t": "交易流水号", "span": 2}, serial, "币种", {"t": "人民币", "span": 2}],
                [{"t": "用途", "span": 2}, {"t": "货款", "span": 4}],
                [{"t": "附言", "span": 2}, {"t": ("支付%s合同款" % k.no) if cite else "支付设备款", "span": 4}]]
        top = pg.y
        pg.table(rows, [0.6, 0.9, 3.3, 0.6, 0.9, 3.3], size=9, min_h=19)
        seal(c, pg.R - 28 * mm, pg.y + 38, "渤海银行股份有限公司天津分行", "电子回单专用章", "image", seed=rng.randrange(999), r=15 * mm)
        pg.sp(8)
        pg.line("重要提示：本回单不作为收款方发货依据，请勿重复记账。可通过渤海银行网上银行验证回单真伪。", 8, color=(0.35, 0.35, 0.35))

    note = "渤海银行业务回单（付款）：付款人/收款人左右并列、户名分栏，大写与小写金额分列；打印日期（%s）为干扰日期" % printed.isoformat()
    note += "；附言引用合同编号" if cite else "；用途/附言未引用合同编号"
    return [p1], F(k.no if cite else None, pay.amount, d, payer=payer.name, payee=ap.name), note


def g_fincorp(S, k, pay, o, rng):
    """P6 集团财务公司 结算业务回单."""
    ap = S.app
    payer = pay.payer
    d = pay.date
    fc = pay.fincorp
    cite = rng.random() < 0.6

    def p1(c):
        pg = Pg(c, "MH", left=16 * mm, right=W - 16 * mm, top=H - 20 * mm)
        pg.line(fc, 13, align="c", font="ZH", lead=1.4)
        pg.title("结算业务回单", 15)
        pg.line("交易日期：%s    凭证号：%s    第1次打印" % (fdate(d, "slash"), "JS" + "".join(str(rng.randrange(10)) for _ in range(12))), 9, lead=1.7)
        rows = [["付款单位", payer.name, "收款单位", ap.name],
                ["付款账号", "%s（内部账户）" % payer.acct, "收款账号", ap.acct],
                ["付款开户机构", fc, "收款开户行", ap.bank],
                ["金额", {"t": "%s    ¥%s" % (cn_upper(pay.amount * 100), money(pay.amount)), "span": 3}],
                ["结算方式", "跨行支付（通过人民银行大额支付系统）", "业务状态", "成功"],
                ["摘要", {"t": ("%s 项目款" % k.no) if cite else "支付项目款", "span": 3}],
                ["经办", "%s" % rng.choice(["柜员0231", "网银", "银企直联"]), "复核", "系统"]]
        pg.table(rows, [1.2, 3, 1.2, 3], size=9, min_h=20)
        seal(c, pg.R - 30 * mm, pg.y + 25, fc, "业务专用章", "image", seed=rng.randrange(999), r=15 * mm)

    note = "集团财务公司结算业务回单（非银行版式，付款单位/收款单位，金额大写与小写同栏）"
    if payer.name != k.cust.name:
        note += "；付款单位为客户的母公司集团而非合同客户（应判付款方不符）"
    note += "；摘要引用合同编号" if cite else ""
    return [p1], F(k.no if cite else None, pay.amount, d, payer=payer.name, payee=ap.name), note


# ---------------------------------------------------------------- procurement
def g_notice_web(S, k, o, rng):
    """R1 成交结果公告（采购平台网页打印）."""
    cu, ap = k.cust, S.app
    d = k.proc_date
    platform = "%s电子采购平台" % cu.short
    fee = round(k.amount * 0.008, -2)
    t = "%s %02d:%02d:%02d" % (d.isoformat(), rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))
    url = "https://ec.%s.com.cn/cms/notice/%d.html" % ("".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(6)), rng.randint(100000, 999999))

    def p1(c):
        pg = Pg(c, "MH", top=H - 16 * mm)
        pg.text(10 * mm, H - 8 * mm, "%s %02d:%02d" % (fdate(d + dt.timedelta(days=rng.randint(30, 200)), "slash"), rng.randint(8, 18), rng.randint(0, 59)), 7.5)
        pg.text(W / 2, H - 8 * mm, "%s成交结果公告-%s" % (k.project, platform), 7.5, align="c")
        pg.text(10 * mm, 8 * mm, url, 7.5)
        pg.text(W - 10 * mm, 8 * mm, "1/1", 7.5, align="r")
        pg.line(platform, 12, font="ZH", color=(0.1, 0.35, 0.7), lead=1.2)
        pg.hr(2, (0.1, 0.35, 0.7))
        pg.line("首页 > 信息公告 > 结果公告", 8.5, color=(0.4, 0.4, 0.4), lead=2)
        pg.title("%s成交结果公告" % k.project, 14)
        pg.line("发布时间：%s    浏览次数：%d" % (t, rng.randint(40, 900)), 8.5, align="c", color=(0.4, 0.4, 0.4), lead=2.2)
        pg.line("一、项目编号：%s" % k.proc_no, 10.5)
        pg.line("二、项目名称：%s" % k.project, 10.5)
        pg.line("三、采购结果", 10.5)
        rows = [[{"t": t_, "align": "c"} for t_ in ["序号", "供应商名称", "供应商地址", "成交金额（元）"]],
                [{"t": "1", "align": "c"}, ap.name, ap.addr, money(k.amount)]]
        pg.table(rows, [0.6, 3, 3.4, 1.6], size=9)
        pg.sp(4)
        pg.line("四、主要标的信息", 10.5)
        rows = [[{"t": t_, "align": "c"} for t_ in ["名称", "服务范围", "服务要求", "服务时间"]],
                [k.project, k.scope, "详见采购文件", "合同签订后%d日历天" % rng.choice([120, 150, 180])]]
        pg.table(rows, [2, 3.4, 1.5, 1.7], size=9)
        pg.sp(4)
        pg.line("五、评审专家名单：%s" % "、".join(rng.sample(["杨帆", "胡斌", "郭亮", "何静", "罗军", "梁爽", "宋涛"], 5)), 10.5)
        pg.line("六、代理服务收费标准及金额：参照国家计委计价格〔2002〕1980号文，代理服务费¥%s元。" % money(fee), 10.5)
        pg.line("七、公告期限：自本公告发布之日起1个工作日。", 10.5)
        pg.line("八、其他补充事宜：无", 10.5)
        pg.line("九、凡对本次公告内容提出询问，请按以下方式联系。", 10.5)
        pg.line("1．采购人信息", 10.5, x=12)
        pg.line("名    称：%s" % cu.name, 10.5, x=24)
        pg.line("地    址：%s" % cu.addr, 10.5, x=24)
        pg.line("联系方式：%s" % cu.phone, 10.5, x=24)
        pg.line("2．采购代理机构信息", 10.5, x=12)
        pg.line("名    称：天津市恒信招标代理有限公司", 10.5, x=24)
        pg.line("地    址：天津市河西区友谊路35号", 10.5, x=24)

    note = "成交结果公告（企业电子采购平台网页打印，含浏览器页眉页脚与网址）：采购人在文末“采购人信息”中，成交金额在表格中；" \
           "项目编号不是合同编号；代理服务费（%s元）与页眉打印时间为干扰" % money(fee)
    return [p1], F(None, k.amount, d, cu.name), note


def g_inquiry(S, k, o, rng):
    """R2 询价结果通知书."""
    cu, ap = k.cust, S.app
    d = k.proc_date
    review = d - dt.timedelta(days=rng.randint(2, 6))
    bond = round(k.amount * 0.05, -2)

    def p1(c):
        pg = Pg(c, "MH")
        letterhead(pg, cu.name, cu.addr, color=(0.55, 0.1, 0.1))
        pg.title("询价结果通知书", 19)
        pg.line("询价编号：%s" % k.proc_no, 10, align="r", lead=2)
        pg.line(ap.name + "：", 11.5, lead=2)
        pg.para("我公司“%s”询价采购已于%s完成评审。经询价小组对各供应商报价文件的评审，确定贵公司为成交供应商，"
                "成交价格为人民币%s（¥%s，含税）。" % (k.project, fdate(review, "cn"), cn_upper(k.amount * 100), money(k.amount)), 11.5)
        pg.para("请贵公司收到本通知书后7日内，向我公司提交履约保证金人民币%s元，并在30日内与我公司签订采购合同。" % money(bond), 11.5)
        pg.para("特此通知。", 11.5)
        pg.sp(40)
        pg.line("%s（采购管理部）" % cu.name, 11.5, x=pg.width * 0.4, lead=1.8)
        y = pg.y
        pg.line(fdate(d, "cn"), 11.5, x=pg.width * 0.55)
        seal(c, pg.L + pg.width * 0.62, y + 6, cu.name, "采购专用章", o.get("seal", "vector"), rot=rng.uniform(-20, 20), seed=rng.randrange(999))

    note = "询价结果通知书（采购方抬头、采购专用章）：采购方名称在抬头与落款，成交价格大写+小写在句中；评审日期与履约保证金为干扰；询价编号不是合同编号"
    return [p1], F(None, k.amount, d, cu.name), note


def g_bixuan(S, k, o, rng):
    """R3 比选结果通知书（金额以万元计）."""
    cu, ap = k.cust, S.app
    d = k.proc_date

    def p1(c):
        pg = Pg(c, SONG)
        pg.title("比选结果通知书", 19, font=SONG)
        pg.line("比选项目编号：%s" % k.proc_no, 10.5, lead=1.7, font=SONG)
        pg.line("致：%s" % ap.name, 11.5, lead=2, font=SONG)
        pg.para("%s组织的“%s”比选活动已结束。经比选小组综合评审，贵单位在本次比选中综合排名第一，确定为中选单位。"
                "中选金额：%s万元（含税）。" % (cu.name, k.project, wan(k.amount)), 11.5, font=SONG)
        pg.para("请贵单位接到本通知后，与比选人联系办理合同签订事宜。", 11.5, font=SONG)
        pg.sp(30)
        pg.line("比选人：%s" % cu.name, 11.5, x=pg.width * 0.3, lead=1.8, font=SONG)
        y = pg.y
        pg.line("日  期：%s" % fdate(d, "dot"), 11.5, x=pg.width * 0.3, font=SONG)
        seal(c, pg.L + pg.width * 0.6, y + 8, cu.name, "", o.get("seal", "vector"), rot=rng.uniform(-20, 20), seed=rng.randrange(999))
        pg.sp(40)
        pg.line("联系人：%s    电话：%s" % (rng.choice(["马骏", "许诺", "韩冰"]), cu.phone), 10, font=SONG)

    note = "比选结果通知书：采购方称“比选人”，中选金额仅以万元表示（%s万元），日期为点分写法；宋体CID字体" % wan(k.amount)
    return [p1], F(None, k.amount, d, cu.name), note


def g_single_source(S, k, o, rng):
    """R4 单一来源采购审批表（客户内部）."""
    cu, ap = k.cust, S.app
    d = k.proc_date
    budget = round(k.amount * rng.uniform(1.04, 1.12), -4)

    def p1(c):
        pg = Pg(c, "MH")
        pg.line(cu.name, 14, align="c", font="ZH", lead=1.5)
        pg.title("单一来源采购审批表", 17)
        pg.line("编号：DY-2023-%03d" % rng.randint(1, 99), 9.5, align="r", lead=1.5)
        rows = [["采购项目名称", {"t": k.project, "span": 3}],
                ["申请部门", "智能制造部", "经办人", rng.choice(["陈思远", "郑凯", "冯雪"])],
                ["采购预算", "¥" + money(budget), "资金来源", "企业自筹"],
                ["拟定供应商", {"t": ap.name, "span": 3}],
                ["拟成交金额", {"t": "人民币%s（¥%s）" % (cn_upper(k.amount * 100), money(k.amount)), "span": 3}],
                ["单一来源理由", {"t": "□ 专利或专有技术  ■ 与原有系统配套、兼容及服务一致性要求  □ 紧急情况  □ 其他", "span": 3}],
                ["申请部门意见", {"t": "同意采用单一来源方式采购。\n负责人：", "span": 3}],
                ["采购管理部意见", {"t": "经价格谈判，拟成交金额合理，同意。\n负责人：", "span": 3}],
                ["分管领导意见", {"t": "同意。\n签字：", "span": 3}],
                ["总经理审批", {"t": "同意。\n签字：                          审批日期：%s" % fdate(d, "cn"), "span": 3}]]
        pg.table(rows, [1.4, 2.2, 1.1, 2.2], size=9.5, min_h=26)
        yb = pg.y
        for i in range(4):
            signature(c, pg.L + 60 * mm, yb + 8 + 30 * i, rng)
        seal(c, pg.R - 30 * mm, yb + 20, cu.name, "", o.get("seal", "vector"), rot=rng.uniform(-20, 20), seed=rng.randrange(999))

    note = "单一来源采购审批表（客户内部审批单）：采购方只在表头单位名称，金额取“拟成交金额”，“采购预算”（%s元）为干扰；日期为总经理审批日期" % money(budget)
    return [p1], F(None, k.amount, d, cu.name), note


# ---------------------------------------------------------------- standards and other
def g_standard(S, st, o, rng):
    ap = S.app

    def p1(c):
        pg = Pg(c, "MH")
        pg.line("ICS 25.040", 10, lead=1.3)
        pg.line("CCS J 07", 10, lead=2)
        pg.line(st["org"], 20, align="c", font="ZH", lead=1.6)
        pg.line(st["code"], 11, align="r", lead=1.6)
        pg.hr(1.5)
        pg.sp(50 * mm)
        pg.title(st["name"], 19)
        pg.line("（%s）" % st["stage"], 12, align="c", lead=2)
        pg.sp(70 * mm)
        pg.line("在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 8.5, align="c", lead=3)
        pg.line("%s发布          %s实施" % (st["pub"], st["impl"]), 10.5, align="c", lead=1.8)
        pg.hr(1)
        pg.line(st["issuer"] + "  发 布", 13, align="c", font="ZH")

    def p2(c):
        pg = Pg(c, "MH")
        pg.title("前  言", 14)
        pg.para("本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。")
        pg.para("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
        pg.para("本文件起草单位：%s、天津大学、天津市智能制造产业技术研究院。" % ap.name)
        pg.sp(10)
        pg.title(st["name"], 14)
        pg.line("1  范围", 11, font="ZH")
        pg.para("本文件规定了%s的总体要求、功能要求、接口要求及测试方法。本文件适用于离散制造与流程制造企业的智能工厂建设。" % st["name"].split(" ")[-1])
        pg.line("2  规范性引用文件", 11, font="ZH")
        pg.para("GB/T 20720.1  企业控制系统集成  第1部分：模型和术语\nGB/T 33000  企业安全生产标准化基本规范", indent=0)
        pg.line("3  术语和定义", 11, font="ZH")
        pg.para("下列术语和定义适用于本文件。", indent=2)

    note = "标准草案（%s，封面标准名称）" % st["stage"]
    return [p1, p2], F(title=st["name"]), note


def g_license(S, o, rng):
    ap = S.app

    def p1(c):
        pg = Pg(c, "MH")
        c.setStrokeColorRGB(0.7, 0.5, 0.2)
        c.setLineWidth(4)
        c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
        pg.sp(20)
        pg.title("营 业 执 照", 26, cs=4)
        pg.line("（副        本）", 12, align="c", lead=3)
        pg.line("统一社会信用代码  " + ap.uscc, 11, lead=3)
        for lab, val in [("名        称", ap.name), ("类        型", "有限责任公司"), ("法定代表人", S.legal),
                         ("经 营 范 围", "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；工业自动控制系统装置制造；"
                                     "软件开发；信息系统集成服务；智能控制系统集成。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"),
                         ("注 册 资 本", "伍仟万元人民币"), ("成 立 日 期", "2014年06月18日"), ("住        所", ap.addr)]:
            pg.kv(lab + "  ", val, 11, lead=2.1)
        pg.sp(30)
        pg.line("登记机关", 12, x=pg.width * 0.6)
        seal(c, pg.L + pg.width * 0.72, pg.y + 10, "天津市市场监督管理局", "", "vector", rot=0)
        pg.line("2022年03月02日", 11, x=pg.width * 0.62)

    return [p1], F(), "营业执照副本（申报单位自身，无关材料）"


def g_copyright(S, o, rng):
    ap = S.app

    def p1(c):
        pg = Pg(c, "MH")
        pg.sp(30)
        pg.title("中华人民共和国国家版权局", 16)
        pg.title("计算机软件著作权登记证书", 22)
        pg.line("证书号：软著登字第%d号" % rng.randint(9000000, 11000000), 11, align="c", lead=3)
        for lab, val in [("软件名称：", "%s工业互联网平台V3.0" % ap.name[2:6]), ("著作权人：", ap.name),
                         ("开发完成日期：", "2022年08月15日"), ("首次发表日期：", "未发表"),
                         ("权利取得方式：", "原始取得"), ("权利范围：", "全部权利"), ("登记号：", "2023SR%07d" % rng.randint(0, 9999999))]:
            pg.kv(lab, val, 12, x=12 * mm, lead=2.3)
        pg.sp(10)
        pg.para("根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，对以上事项予以登记。")
        pg.sp(20)
        pg.line("2023年03月21日", 11, x=pg.width * 0.6)

    return [p1], F(), "计算机软件著作权登记证书（无关材料，含申报单位名称与日期）"


def g_signin(S, o, rng):
    ap = S.app

    def p1(c):
        pg = Pg(c, "MH")
        pg.title("智能制造解决方案交流培训会签到表", 15)
        pg.line("时间：2023年6月28日 14:00    地点：%s一楼报告厅    主办：%s" % (ap.name, ap.name), 9.5, lead=2)
        rows = [[{"t": t, "align": "c"} for t in ["序号", "单位", "姓名", "职务", "联系电话", "签到"]]]
        units = ["天津某机械有限公司", "天津某电子有限公司", "天津某食品有限公司", "天津某化工有限公司", "天津某包装有限公司",
                 "天津某医药有限公司", "天津某汽车配件有限公司", "天津某新材料有限公司"]
        for i, u in enumerate(units, 1):
            rows.append([str(i), u, rng.choice(["王", "李", "赵", "钱"]) + rng.choice(["伟", "芳", "军", "娜", "强"]), rng.choice(["经理", "主管", "工程师"]),
                         "13%09d" % rng.randrange(10 ** 9), ""])
        top = pg.y
        pg.table(rows, [0.6, 3, 1, 1, 1.8, 1.3], size=9, min_h=24)
        for i in range(len(units)):
            signature(c, pg.R - 22 * mm, top - 24 * (i + 1) - 14, rng, w=16 * mm)

    return [p1], F(), "培训交流会签到表（无关材料）"


def g_brochure(S, o, rng):
    ap = S.app

    def p1(c):
        pg = Pg(c, "MH")
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.rect(0, H - 60 * mm, W, 60 * mm, stroke=0, fill=1)
        pg.y = H - 25 * mm
        pg.line(ap.name, 20, align="c", font="ZH", color=(1, 1, 1), lead=1.6)
        pg.line("智能制造系统解决方案 · 工业互联网平台 · 数字化车间", 12, align="c", color=(1, 1, 1))
        pg.y = H - 75 * mm
        pg.title("公司简介", 15)
        pg.para("%s成立于2014年，是天津市专精特新中小企业、国家高新技术企业，专注于离散制造业数字化车间、MES、WMS及设备物联网平台的研发与实施，"
                "累计服务客户300余家，拥有发明专利12项、软件著作权86项。" % ap.name)
        pg.title("典型案例", 15)
        pg.para("汽车零部件数字化车间、食品饮料智能仓储物流、精细化工安全一体化管控、电子装配质量追溯……")
        pg.title("联系我们", 15)
        pg.para("地址：%s  电话：%s" % (ap.addr, ap.phone), indent=0)

    return [p1], F(), "公司宣传页（无关材料）"
# ================================================================ gen_main
# ==== submissions, rendering, workbook, ground truth ====
import argparse
import hashlib
import json
import os
import random
import shutil
import zipfile
from types import SimpleNamespace as NS

import openpyxl
from openpyxl.styles import Alignment, Font

BANKS = ["中国工商银行天津分行营业部", "中国建设银行天津河西支行", "招商银行天津分行营业部", "中国银行天津滨海分行",
         "交通银行天津分行营业部", "上海浦东发展银行天津分行", "天津农村商业银行西青支行", "中信银行天津分行营业部",
         "渤海银行天津分行营业部", "兴业银行天津分行营业部"]

INDUSTRY = {
    "mach": ("精密机加工数字化车间建设项目", "数控机床联网采集、制造执行系统（MES）、刀具管理及质量追溯系统",
             [("数控设备联网采集系统", "DNC-200"), ("制造执行系统MES软件", "V5.2 企业版"), ("车间看板及边缘服务器", "EDGE-8")]),
    "mat": ("新材料产线智能化改造项目", "PLC控制系统升级、能源计量管理系统及生产数据平台",
            [("PLC控制柜及I/O模块", "S7-1500"), ("能源管理系统软件", "EMS V3"), ("生产数据平台", "DP-2023")]),
    "food": ("智能仓储物流系统项目", "立体库货架、AGV小车、WMS/WCS系统集成与调试",
             [("AGV潜伏式搬运机器人", "AGV-600"), ("仓储管理系统WMS/WCS", "V4.1"), ("立体库货架及输送线", "AS/RS-12")]),
    "auto": ("焊装线智能化改造项目", "焊装机器人工作站集成、焊接质量监控及线体控制系统",
             [("焊接机器人工作站", "RW-165"), ("焊接质量在线监控系统", "WQM-2"), ("线体PLC及HMI", "LC-10")]),
    "pack": ("智能排产与视觉质量检测项目", "高级计划排程（APS）、机器视觉缺陷检测及数据看板",
             [("APS高级计划排程软件", "APS V2"), ("视觉检测工作站", "VI-4K"), ("数据看板系统", "BI-1")]),
    "elec": ("装配车间数字孪生项目", "装配线数字孪生建模、设备物联及生产过程可视化",
             [("数字孪生平台软件", "DT-Studio"), ("设备物联网关", "IOT-GW8"), ("三维可视化大屏系统", "3D-V")]),
    "chem": ("安全一体化管控平台项目", "工艺报警管理、重大危险源监测、人员定位及安全一体化管控平台",
             [("安全一体化管控平台", "SIS-Hub"), ("人员定位系统", "UWB-3"), ("危险源监测终端", "HM-20")]),
    "metal": ("设备预测性维护平台项目", "关键设备振动温度监测、故障诊断模型及运维工单系统",
              [("无线振动温度传感器", "VT-100"), ("预测性维护平台软件", "PdM V2"), ("边缘计算服务器", "EC-4")]),
    "pharma": ("生产质量管理数字化平台项目", "批记录电子化（EBR）、质量管理（QMS）及设备数据采集",
               [("电子批记录系统", "EBR-GMP"), ("质量管理系统", "QMS V6"), ("设备数据采集系统", "DAQ-5")]),
    "ele2": ("SMT车间制造执行系统项目", "SMT产线MES、物料防错追溯及AOI数据集成",
             [("SMT产线MES软件", "SMT-MES"), ("物料防错追溯系统", "MT-3"), ("AOI数据集成接口", "AOI-I")]),
}

CNO_PATTERNS = [
    lambda r, s: "%s-2023-%03d" % (s, r.randint(10, 250)),
    lambda r, s: "%s（2023）采字第%04d号" % (s, r.randint(100, 999)),
    lambda r, s: "QS-%s-2023%02d%02d-%02d" % (s, r.randint(1, 6), r.randint(1, 28), r.randint(1, 9)),
    lambda r, s: "2023-JS-%04d" % r.randint(10, 999),
    lambda r, s: "%sHT2023%04d" % (s, r.randint(100, 9999)),
]


def mk_co(rng, name, short, region, addr, emp, rev, valid=True, new=None, phone=None):
    co = NS(name=name, short=short, region=region, addr=addr, emp=emp, rev=rev)
    co.uscc = make_uscc(rng, region, new_style=(rng.random() < 0.5) if new is None else new, valid=valid)
    co.phone = phone or ("022-%d%07d" % (rng.choice([2, 5, 6, 8]), rng.randrange(10 ** 7)))
    co.bank = rng.choice(BANKS)
    co.acct = "".join(str(rng.randrange(10)) for _ in range(rng.choice([16, 17, 19])))
    co.tj_actual = addr.startswith("天津市") and region.startswith("12")
    co.tj_decl = co.tj_actual
    co.sme_actual = not (emp >= 1000 and rev >= 40000)
    co.sme_decl = co.sme_actual
    return co


# ---------------------------------------------------------------- submission specs
def spec_clean(rng):
    app = mk_co(rng, "天津市瀚承智能科技有限公司", "瀚承智能", "120116", "天津市滨海新区经济技术开发区第十一大街62号", 260, 18600, new=True)
    custs = [
        ("天津市赟泰精密机械有限公司", "赟泰精密", "120113", "天津市北辰区双街镇京津公路西侧喜凤路6号", 420, 38600, "mach"),
        ("天津昀橦新材料科技有限公司", "昀橦新材料", "120112", "天津市津南区八里台镇津沽路南侧园区二号路12号", 180, 12500, "mat"),
        ("天津瑄禾食品股份有限公司", "瑄禾食品", "120111", "天津市西青区中北镇星光路77号", 1350, 86300, "food"),
        ("天津琮玥汽车零部件有限公司", "琮玥汽车", "120112", "天津市津南区咸水沽镇聚兴道16号", 650, 45200, "auto"),
        ("廊坊市翀宇包装制品有限公司", "翀宇包装", "131003", "河北省廊坊市广阳区新开路198号", 90, 6800, "pack"),
        ("天津市堃源电气设备有限公司", "堃源电气", "120110", "天津市东丽区华明高新技术产业区华丰路3号", 260, 21000, "elec"),
        ("天津渤化璟程化工有限公司", "璟程化工", "120116", "天津市滨海新区临港经济区渤海40路510号", 2100, 214246, "chem"),
        ("天津市淏峰金属制品有限公司", "淏峰金属", "120114", "天津市武清区汊沽港镇工业园兴园路8号", 75, 5400, "metal"),
        ("天津祎和医药科技有限公司", "祎和医药", "120111", "天津市西青区张家窝镇西青经济开发区兴华七支路5号", 310, 28800, "pharma"),
        ("天津垚鑫电子科技有限公司", "垚鑫电子", "120115", "天津市宝坻区九园工业园区九园公路与创业路交口", 1100, 36000, "ele2"),
    ]
    amounts = [6860000, 4980000, 7320000, 5460000, 3150000, 4270000, 9880000, 2630000, 5040000, 6510000]
    rows = [  # contract genre/render, acceptance, procurement, payments [(genre, render, share)]
        ("epc", "t", "expert", "t", "web", "t", [("letter", "p", 1.0)], {}),
        ("sale", "t", "minutes", "s", "inquiry", "sj", [("bohai", "t", 0.3), ("bohai", "t", 0.7)], {}),
        ("esign", "t", "certl", "p", "bixuan", "t", [("bill", "t", 1.0)], {}),
        ("reverse", "s", "stage", "t", "single", "s", [("shot", "png", 0.4), ("letter", "t", 0.6)], {}),
        ("epc", "s", "certl", "t", "web", "t", [("fincorp", "t", 1.0)], {"fincorp_own": True}),
        ("sale", "m", "expert", "s", "inquiry", "t", [("recon", "t", 1.0)], {}),
        ("esign", "t", "minutes", "t", "single", "t", [("bohai", "s", 0.5), ("bill", "s", 0.5)], {}),
        ("reverse", "t", "stage", "p", "bixuan", "s", [("letter", "sj", 1.0)], {}),
        ("sale", "t", "expert", "t", "web", "s", [("shot", "png", 1.0)], {}),
        ("epc", "t", "minutes", "sj", "inquiry", "t", [("bohai", "t", 0.3), ("fincorp", "s", 0.7)], {"fincorp_own": True}),
    ]
    stds = [("数字化车间 制造执行系统与设备互联互通技术要求", "团体标准", "征求意见稿", "t"),
            ("智能制造系统集成项目实施服务流程规范", "企业标准", "草案", "t"),
            ("工业互联网平台 设备接入数据模型", "团体标准", "征求意见稿", "s")]
    others = [("license", "s"), ("copyright", "t"), ("brochure", "t")]
    folders = ["", "", "1/", "2/", "扫描/", "新建文件夹/", "补充材料/"]
    return NS(name="author1_support_clean", app=app, legal="魏承远", pm="高振宇", custs=custs, amounts=amounts, rows=rows,
              stds=stds, others=others, folders=folders, amount_header_half=True, dup_custs={},
              direction="智能生产线解决方案", industry="装备、原材料、消费品")


def spec_gaps(rng):
    app = mk_co(rng, "天津泓睿工业自动化有限公司", "泓睿自动化", "120111", "天津市西青区中北镇阜盛道3号", 180, 12400, new=False)
    custs = [
        ("天津市锦瑞达机械制造有限公司", "锦瑞达机械", "120113", "天津市北辰区青光镇韩家墅工业区发展路9号", 320, 15800, "mach"),
        ("天津钢联祥和金属制品股份有限公司", "祥和金属", "120116", "天津市滨海新区中塘镇工业园区塘黄路北侧", 1500, 52000, "metal"),
        ("天津市恒茂源食品有限公司", "恒茂源食品", "120114", "天津市武清区京滨工业园民和道12号", 150, 9800, "food"),
        ("天津博远汽车部件有限公司", "博远汽车", "120110", "天津市东丽区军粮城工业园腾飞路7号", 520, 31000, "auto"),
        ("天津润泽新能源材料有限公司", "润泽新能源", "120116", "天津市滨海新区大港石化产业园区滨港路15号", 230, 18500, "mat"),
        ("天津市鼎晟电气成套设备有限公司", "鼎晟电气", "120112", "天津市津南区双港镇工业园区旺港路11号", 400, 26700, "elec"),
        ("天津华朗化工科技有限公司", "华朗化工", "120116", "天津市滨海新区南港工业区港北路2号", 680, 47000, "chem"),
        ("天津正禾包装科技有限公司", "正禾包装", "120111", "天津市西青区大寺镇工业园赛达七支路6号", 120, 7600, "pack"),
        ("天津市康瑞特医疗器械有限公司", "康瑞特医疗", "120104", "天津市南开区华苑产业园区海泰发展六道8号", 260, 16900, "pharma"),
        ("天津新宇航精密制造有限公司", "新宇航精密", "120113", "天津市北辰区小淀镇北辰科技园区景通路4号", 350, 24500, "mach"),
        ("北京中科辰星电子技术有限公司", "辰星电子", "110108", "北京市海淀区上地信息路26号", 210, 19800, "ele2"),
    ]
    amounts = [4560000, 6240000, 3380000, 5150000, 4720000, 3960000, 5530000, 2870000, 3640000, 4410000, 3270000]
    rows = [
        ("sale", "t", "expert", "t", "web", "t", [("letter", "t", 1.0)], {}),
        ("epc", "s", "stage", "t", "bixuan", "t", [("bohai", "t", 1.0)], {"sme_decl": True}),
        ("esign", "t", "minutes", "s", "inquiry", "t", [], {"plant": ["missing_payment_proof"]}),
        ("reverse", "t", "certl", "t", None, None, [("bill", "s", 1.0)], {"plant": ["missing_procurement_proof"]}),
        ("sale", "s", "expert", "p", "single", "t", [("bohai", "t", 0.3), ("shot", "png", 0.4)],
         {"partial": True, "plant": ["amount_mismatch(付款合计70%)"]}),
        ("epc", "t", "stage", "s", "web", "s", [("letter", "t", 1.0)], {"acc_date": "2024-01-18", "plant": ["date_out_of_period"]}),
        ("esign", "t", "expert", "t", "bixuan", "s", [("fincorp", "t", 1.0)], {"acc_result": "failed", "fincorp_own": True, "plant": ["acceptance_not_passed"]}),
        ("sale", "t", "minutes", "t", "inquiry", "t", [("bohai", "sj", 1.0)],
         {"payer_other": ("天津正禾控股集团有限公司", "正禾控股", "120111", "天津市西青区大寺镇赛达新兴产业园A座"), "plant": ["party_mismatch(付款人为母公司)"]}),
        ("reverse", "s", "certl", "p", "web", "t", [("recon", "t", 1.0)], {"dup": "acceptance", "plant": ["duplicate_evidence"]}),
        ("epc", "t", "minutes", "t", "single", "s", [("letter", "p", 1.0)], {"bad_uscc": True, "plant": ["invalid_uscc"]}),
        ("esign", "m", "stage", "t", "inquiry", "sj", [("bill", "t", 1.0)], {"tj_decl": True, "plant": ["not_tianjin"]}),
    ]
    stds = [("离散制造企业设备联网数据采集规范", "团体标准", "征求意见稿", "t"),
            ("智能制造系统集成项目交付验收规范", "企业标准", "草案", "s"),
            ("制造执行系统与企业资源计划系统集成接口要求", "团体标准", "草案", None),
            ("工业控制系统网络安全防护实施指南", "企业标准", "草案", None)]
    others = [("signin", "s"), ("brochure", "t"), ("corrupt", None)]
    folders = ["", "", "资料/", "资料/扫描件/", "新建文件夹/", "新建文件夹 (2)/"]
    return NS(name="author1_support_gaps", app=app, legal="罗泓", pm="许睿", custs=custs, amounts=amounts, rows=rows,
              stds=stds, others=others, folders=folders, amount_header_half=False, dup_custs={},
              direction="智能工厂操作系统解决方案", industry="装备、消费品")


def spec_tricky(rng):
    app = mk_co(rng, "天津赟启智造系统集成有限公司", "赟启智造", "120113", "天津市北辰区北辰经济技术开发区高端园景丽路9号", 340, 26800, new=True)
    custs = [
        ("天津市玥琮精工机械有限公司", "玥琮精工", "120113", "天津市北辰区宜兴埠镇宜兴埠工业区永兴道3号", 380, 22600, "mach"),
        ("天津翀霖新材料股份有限公司", "翀霖新材料", "120116", "天津市滨海新区临港经济区渤海十五路177号", 1260, 58800, "mat"),
        ("天津珺璟食品有限公司", "珺璟食品", "120111", "天津市西青区精武镇学府工业区思智道21号", 240, 16200, "food"),
        ("天津鑫犇汽车零部件有限公司", "鑫犇汽车", "120112", "天津市津南区北闸口镇国家自主创新示范区展望路6号", 880, 52100, "auto"),
        ("天津昊垚包装材料有限公司", "昊垚包装", "120114", "天津市武清区东马圈镇工业园兴旺路17号", 160, 8900, "pack"),
        ("天津骉达电气有限公司", "骉达电气", "120110", "天津市东丽区金桥工业园区四纬路2号", 290, 19900, "elec"),
        ("天津瑄澜医药科技有限公司", "瑄澜医药", "120111", "天津市西青区杨柳青镇柳口路18号", 410, 33800, "pharma"),
        ("天津祎橦电子科技有限公司", "祎橦电子", "120115", "天津市宝坻区节能环保工业区宝中道5号", 130, 9700, "ele2"),
        ("天津堃泽化工有限公司", "堃泽化工", "120116", "天津市滨海新区大港经济开发区东区港塘路66号", 2300, 186500, "chem"),
    ]
    amounts = [5280000, 7150000, 3960000, 6420000, 4630000, 5870000, 2740000, 4310000, 3580000, 8960000]
    cidx = [0, 1, 2, 3, 4, 5, 2, 6, 7, 8]  # contract -> customer (珺璟食品 twice)
    rows = [
        ("reverse", "t", "expert", "s", "single", "t", [("letter", "p", 1.0)], {"seal": "vector"}),
        ("esign", "t", "certl", "sj", "web", "t", [("bill", "t", 1.0)], {}),
        ("epc", "s", "minutes", "t", "bixuan", "t", [("recon", "s", 1.0)], {}),
        ("sale", "m", "stage", "s", "inquiry", "p", [("bohai", "t", 0.35), ("shot", "png", 0.65)], {"supp": "t", "sme_decl": False}),
        ("reverse", "s", "expert", "t", "web", "sj", [("fincorp", "s", 1.0)],
         {"payer_other": ("天津昊垚控股集团有限公司", "昊垚控股", "120114", "天津市武清区东马圈镇昊垚大厦"),
          "fincorp": "昊垚集团财务有限公司", "plant": ["party_mismatch(集团财务公司代付，付款单位为母公司)"]}),
        ("esign", "t", "minutes", "p", "single", "s", [("letter", "t", 0.3), ("bill", "s", 0.7)], {}),
        ("epc", "t", "certl", "t", "bixuan", "s", [("shot", "png", 1.0)], {"amount_text": True}),
        ("sale", "s", "stage", "t", "inquiry", "t", [("bohai", "sj", 0.4), ("letter", "t", 0.6)], {}),
        ("reverse", "t", "expert", "p", "web", "t", [("bill", "t", 1.0)], {}),
        ("epc", "t", "certl", "t", "single", "t", [("fincorp", "t", 0.3), ("bohai", "s", 0.7)], {"fincorp_own": True}),
    ]
    stds = [("智能工厂 生产过程数据互联互通通用要求", "团体标准", "征求意见稿", "t"),
            ("离散制造数字化车间系统集成技术规范", "团体标准", "草案", "s"),
            ("智能制造解决方案咨询诊断服务流程", "企业标准", "草案", "t")]
    others = [("license", "p"), ("copyright", "t")]
    folders = ["", "", "附件/", "附件/付/", "扫描/", "2023/", "微信文件/"]
    return NS(name="author1_support_tricky", app=app, legal="苏赟", pm="林启航", custs=custs, amounts=amounts, rows=rows,
              stds=stds, others=others, folders=folders, amount_header_half=True, cidx=cidx,
              direction="设计制造服务一体化解决方案", industry="装备、原材料、电子信息")


# ---------------------------------------------------------------- build contracts
def build(S, rng):
    S.legal = S.legal
    cos = [mk_co(rng, *c[:6]) for c in S.custs]
    for co, c in zip(cos, S.custs):
        co.ind = c[6]
    cidx = getattr(S, "cidx", list(range(len(S.rows))))
    S.contracts = []
    base_sign = [D("2023-01-09"), D("2023-02-13"), D("2023-03-06"), D("2023-03-20"), D("2023-04-10"), D("2023-04-24"),
                 D("2023-05-15"), D("2023-05-29"), D("2023-06-12"), D("2023-06-26"), D("2023-02-27"), D("2023-04-03")]
    for i, row in enumerate(S.rows):
        cg, cr, ag, ar, rg, rr, pays, opt = row
        co = cos[cidx[i]]
        k = NS(seq=i + 1, cust=co, amount=S.amounts[i], opt=opt, cg=cg, cr=cr, ag=ag, ar=ar, rg=rg, rr=rr)
        proj, scope, items = INDUSTRY[co.ind]
        k.project = co.short[:2] + proj if cidx[i] not in cidx[:i] else co.short[:2] + "二期" + proj
        k.scope = scope
        base = k.project.replace("建设项目", "").replace("项目", "")
        suffix = rng.choice(["合同", "系统集成合同", "技术服务合同"])
        if base.endswith("系统") and suffix.startswith("系统"):
            suffix = suffix[2:]
        k.title = base + suffix
        k.no = rng.choice(CNO_PATTERNS)(rng, {"瀚承智能": "HCZN", "泓睿自动化": "HRZD", "赟启智造": "YQZZ"}[S.app.short])
        k.sign = base_sign[i] + dt.timedelta(days=rng.randint(0, 6))
        k.proc_date = k.sign - dt.timedelta(days=rng.randint(6, 25))
        k.proc_no = rng.choice(["CG-2023-%04d", "XJ2023%03d", "BX-2023-%02d", "ZB2023-%03d"]) % rng.randint(1, 300)
        k.acc = k.sign + dt.timedelta(days=rng.randint(130, 185))
        if k.acc > D("2023-12-22"):
            k.acc = D("2023-12-%02d" % rng.randint(5, 20))
        if opt.get("acc_date"):
            k.acc = D(opt["acc_date"])
        k.acc_doc_date = k.acc
        k.acc_result = opt.get("acc_result", "passed")
        k.supp_date = k.sign + dt.timedelta(days=rng.randint(40, 60))
        a1 = round(k.amount * 0.45, -2)
        a2 = round(k.amount * 0.35, -2)
        k.items = [(items[0][0], items[0][1], a1), (items[1][0], items[1][1], a2), (items[2][0], items[2][1], k.amount - a1 - a2)]
        if opt.get("bad_uscc"):
            co.uscc = make_uscc(rng, co.region, new_style=False, valid=False)
        if opt.get("tj_decl") is not None:
            co.tj_decl = opt["tj_decl"]
        if opt.get("sme_decl") is not None:
            co.sme_decl = opt["sme_decl"]
        payer = co
        if opt.get("payer_other"):
            nm, sh, rg_, ad = opt["payer_other"]
            payer = mk_co(rng, nm, sh, rg_, ad, 3000, 500000)
        k.payments = []
        done = 0
        for j, (pg_, pr, share) in enumerate(pays):
            last = j == len(pays) - 1
            amt = (k.amount - done) if (last and not opt.get("partial")) else round(k.amount * share, -2)
            done += amt
            if j == 0 and len(pays) > 1:
                d = k.sign + dt.timedelta(days=rng.randint(5, 18))
            else:
                d = k.acc + dt.timedelta(days=rng.randint(8, 35))
            fc = None
            if pg_ == "fincorp":
                fc = opt.get("fincorp") or (co.short + "集团财务有限公司")
            k.payments.append(NS(seq=j + 1, genre=pg_, render=pr, amount=amt, date=d, payer=payer, last=last and not opt.get("partial"),
                                 fincorp=fc))
        S.contracts.append(k)
    S.cos = cos
    return S


# ---------------------------------------------------------------- rendering
class Namer:
    def __init__(self, rng, folders):
        self.rng, self.folders, self.used, self.n = rng, folders, set(), 0

    def __call__(self, render, ext):
        r = self.rng
        while True:
            self.n += 1
            mm_, dd = r.randint(1, 12), r.randint(1, 28)
            hh, mi, ss = r.randint(8, 21), r.randint(0, 59), r.randint(0, 59)
            if render == "png":
                nm = r.choice(["Screenshot_2023-%02d-%02d-%02d-%02d-%02d.png" % (mm_, dd, hh, mi, ss),
                               "屏幕截图 2023-%02d-%02d %02d%02d%02d.png" % (mm_, dd, hh, mi, ss)])
            elif render == "p":
                nm = r.choice(["IMG_2023%02d%02d_%02d%02d%02d.jpg" % (mm_, dd, hh, mi, ss),
                               "微信图片_2023%02d%02d%02d%02d%02d.jpg" % (mm_, dd, hh, mi, ss),
                               "mmexport16%011d.jpg" % r.randrange(10 ** 11)])
            elif render == "sj":
                nm = r.choice(["CamScanner %02d-%02d-2023 %02d.%02d.jpg" % (mm_, dd, hh, mi), "扫描件%d.jpg" % self.n,
                               "IMG_%04d.jpg" % r.randint(1000, 9999)])
            elif render == "s":
                nm = r.choice(["扫描件%d.pdf" % self.n, "Scan_%04d.pdf" % r.randint(1, 300),
                               "扫描全能王 2023-%02d-%02d %02d.%02d.pdf" % (mm_, dd, hh, mi), "doc%d.pdf" % r.randint(1, 99),
                               "2023%02d%02d%02d%02d%02d.pdf" % (mm_, dd, hh, mi, ss)])
            else:
                nm = r.choice(["附件%d.pdf" % self.n, "文档%d.pdf" % r.randint(1, 40), "%d.pdf" % self.n,
                               "资料%d.pdf" % r.randint(1, 60), "未命名%d.pdf" % r.randint(1, 30), "新建文档 (%d).pdf" % r.randint(2, 9)])
            path = r.choice(self.folders) + nm.rsplit(".", 1)[0] + "." + ext
            if path not in self.used:
                self.used.add(path)
                return path


def render(out, rend, rng):
    """out: pages list or ndarray (screenshot). Returns (bytes, ext, truth rendering)."""
    if rend == "png":
        return to_png(out), "png", "scan"
    if rend == "t":
        return build_pdf(out), "pdf", "text"
    if rend == "m":
        return mixed_pdf(out, [len(out) - 1], rng), "pdf", "mixed"
    pdf = build_pdf(out)
    if rend == "s":
        dpi = rng.choice([150, 150, 160])
        gray = rng.random() < 0.6
        q = rng.randint(62, 72)
        jp = [to_jpeg(scanify(im, rng, gray), q) for im in rasterize(pdf, dpi)]
        return jpeg_pages_to_pdf(jp), "pdf", "scan"
    if rend == "sj":
        im = rasterize(pdf, 150, [0])[0]
        return to_jpeg(scanify(im, rng, rng.random() < 0.4), rng.randint(70, 78)), "jpg", "scan"
    if rend == "p":
        im = rasterize(pdf, 150, [0])[0]
        return to_jpeg(photoify(im, rng), rng.randint(72, 80)), "jpg", "photo"
    raise ValueError(rend)


GENRE_FN = {"epc": g_epc, "sale": g_sale, "esign": g_esign, "reverse": g_reverse,
            "expert": g_expert, "minutes": g_minutes, "certl": g_cert_letter, "stage": g_stage,
            "web": g_notice_web, "inquiry": g_inquiry, "bixuan": g_bixuan, "single": g_single_source,
            "letter": g_pay_letter, "shot": g_screenshot, "bill": g_bill, "recon": g_reconcile, "bohai": g_bohai,
            "fincorp": g_fincorp}
GENRE_LABEL = {"epc": "工程总承包合同协议书", "sale": "买卖合同（买受人/出卖人）", "esign": "电子签约合同+签署记录",
               "reverse": "甲方为供方的倒置合同", "supp": "补充协议", "expert": "验收专家组意见", "minutes": "验收会议纪要",
               "certl": "验收证明函", "stage": "分阶段验收记录表", "web": "成交结果公告（网页打印）", "inquiry": "询价结果通知书",
               "bixuan": "比选结果通知书", "single": "单一来源采购审批表", "letter": "付款证明（付款方函件）",
               "shot": "手机银行转账截图", "bill": "电子银行承兑汇票", "recon": "往来款对账确认函", "bohai": "渤海银行业务回单（付款）",
               "fincorp": "集团财务公司结算回单"}


def generate_submission(S, seed, outdir):
    rng = random.Random("%d-%s" % (seed, S.name))
    build(S, rng)
    root = os.path.join(outdir, S.name)
    sub = os.path.join(root, "submission")
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(sub)
    namer = Namer(random.Random("%d-%s-names" % (seed, S.name)), S.folders)
    docs = []
    counter = [0]

    def emit(out, rend, doc_type, cno, fields, note, genre, extra_path=None):
        counter[0] += 1
        drng = random.Random("%d-%s-doc%d" % (seed, S.name, counter[0]))
        data, ext, trend = render(out, rend, drng)
        path = namer(rend if rend in ("png", "p", "sj", "s") else "t", ext)
        write(path, data)
        rec = {"path": path, "doc_type": doc_type, "rendering": trend, "contract_no": cno,
               "sha256": hashlib.sha256(data).hexdigest(), "note": note, "fields": fields, "_genre": genre}
        docs.append(rec)
        return rec, data

    def write(path, data):
        fp = os.path.join(sub, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)

    for k in S.contracts:
        o = {"seal": k.opt.get("seal") or rng.choice(["vector", "image"])}
        grng = lambda: random.Random(rng.randrange(1 << 30))
        pages, f, note = GENRE_FN[k.cg](S, k, o, grng())
        emit(pages, k.cr, "contract", k.no, f, note, k.cg)
        if k.opt.get("supp"):
            pages, f, note = g_supplement(S, k, {"seal": "image"}, grng())
            emit(pages, k.opt["supp"], "contract", k.no, f, note, "supp")
        pages, f, note = GENRE_FN[k.ag](S, k, {"seal": rng.choice(["vector", "image"])}, grng())
        if k.opt.get("acc_date"):
            note += "；验收日期在支持周期（2023年）之外"
        rec, data = emit(pages, k.ar, "acceptance_report", k.no, f, note, k.ag)
        if k.opt.get("dup") == "acceptance":
            p2 = namer(k.ar if k.ar in ("p", "sj", "s") else "t", rec["path"].rsplit(".", 1)[1])
            write(p2, data)
            r2 = dict(rec, path=p2, note=rec["note"] + "；与另一文件字节完全相同（重复上传）")
            docs.append(r2)
        if k.rg:
            pages, f, note = GENRE_FN[k.rg](S, k, {"seal": rng.choice(["vector", "image"])}, grng())
            emit(pages, k.rr, "procurement_proof", k.no, f, note, k.rg)
        for p in k.payments:
            out, f, note = GENRE_FN[p.genre](S, k, p, {"seal": rng.choice(["vector", "image"])}, grng())
            if p.payer is not k.cust and p.genre != "fincorp":
                note += "；付款人为客户的母公司而非合同客户（应判付款方不符）"
            emit(out, p.render, "payment_proof", k.no, f, note, p.genre)

    std_recs = []
    for st_name, cat, stage, rend in S.stds:
        st = {"name": st_name, "stage": stage}
        if cat == "团体标准":
            st.update(org="团体标准", code="T/TJIMA %03d—2023" % rng.randint(10, 90), issuer="天津市智能制造产业技术创新联盟")
        else:
            st.update(org="%s企业标准" % S.app.name, code="Q/%s %03d—2023" % ({"瀚承智能": "TJHC", "泓睿自动化": "HRZD", "赟启智造": "YQZZ"}[S.app.short], rng.randint(1, 30)),
                      issuer=S.app.name)
        st["en"] = "(English title omitted in draft)"
        st["pub"], st["impl"] = "2023-XX-XX", "2023-XX-XX"
        rec = None
        if rend:
            pages, f, note = g_standard(S, st, {}, random.Random(rng.randrange(1 << 30)))
            rec, _ = emit(pages, rend, "standard_draft", None, f, note, "standard")
        std_recs.append({"seq": len(std_recs) + 1, "name": st_name, "category": cat, "stage": stage,
                         "uploaded": rec is not None, "path": rec["path"] if rec else None})

    corrupt_path = None
    for kind, rend in S.others:
        if kind == "corrupt":
            base = build_pdf(g_brochure(S, {}, random.Random(5))[0])
            data = base[:1400] + bytes(random.Random(seed).randrange(256) for _ in range(300))
            path = namer("t", "pdf")
            write(path, data)
            corrupt_path = path
            docs.append({"path": path, "doc_type": "other", "rendering": "corrupt", "contract_no": None,
                         "sha256": hashlib.sha256(data).hexdigest(), "note": "损坏的PDF（下载中断，文件被截断），无法打开",
                         "fields": F(), "_genre": "corrupt"})
            continue
        fn = {"license": g_license, "copyright": g_copyright, "signin": g_signin, "brochure": g_brochure}[kind]
        pages, f, note = fn(S, {}, random.Random(rng.randrange(1 << 30)))
        emit(pages, rend, "other", None, f, note, kind)

    write_workbook(S, os.path.join(sub, "申报信息.xlsx"), random.Random("%d-%s-wb" % (seed, S.name)))
    truth = compute_truth(S, docs, std_recs, corrupt_path)
    for d in docs:
        d.pop("_genre", None)
    with open(os.path.join(root, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return truth


# ---------------------------------------------------------------- workbook
def write_workbook(S, path, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.merge_cells("A1:B1")
    ws["A1"] = "申报单位基本信息"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["项目", "内容"])
    for a, b in [("单位名称", S.app.name), ("统一社会信用代码", S.app.uscc), ("注册地址", S.app.addr),
                 ("申报方向", S.direction), ("服务行业", S.industry)]:
        ws.append([a, b])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("服务用户清单")
    ws.merge_cells("A1:L1")
    ws["A1"] = "支持周期（2023年1月1日至2023年12月31日）服务用户清单"
    ws["A1"].font = Font(bold=True, size=14)
    amt_h = "合同金额(万元)" if S.amount_header_half else "合同金额（万元）"
    rev_h = "营业收入（万元）" if S.amount_header_half else "营业收入(万元)"
    ws.append(["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", amt_h, "签订日期", "验收日期",
               "是否中小企业", "从业人员", rev_h, "是否天津企业"])
    largest = max(S.cos, key=lambda c: c.rev)
    n = len(S.contracts)
    text_rows = set(rng.sample(range(n), max(1, round(n / 3))))
    amount_text_row = next((i for i, k in enumerate(S.contracts) if k.opt.get("amount_text")), rng.randrange(n))
    for i, k in enumerate(S.contracts):
        co = k.cust
        w = round(k.amount / 10000.0, 2)
        amt = "%.2f" % w if i == amount_text_row else w
        if i in text_rows:
            sd, ad = fdate(k.sign, "cn"), fdate(k.acc, "cn")
        else:
            sd, ad = dt.datetime.combine(k.sign, dt.time()), dt.datetime.combine(k.acc, dt.time())
        rev = "{:,}".format(co.rev) if co is largest else co.rev
        ws.append([k.seq, co.name, co.uscc, k.no, k.title, amt, sd, ad, "是" if co.sme_decl else "否", co.emp, rev,
                   "是" if co.tj_decl else "否"])
        for col in (7, 8):
            cell = ws.cell(row=ws.max_row, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = "yyyy-mm-dd"
        ws.cell(row=ws.max_row, column=6).number_format = "@" if i == amount_text_row else "0.00"
    for col, wdt in zip("ABCDEFGHIJKL", [6, 34, 22, 26, 40, 14, 14, 14, 12, 10, 14, 12]):
        ws.column_dimensions[col].width = wdt

    ws = wb.create_sheet("标准草案")
    ws.merge_cells("A1:D1")
    ws["A1"] = "形成的标准草案"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, (nm, cat, stage, _) in enumerate(S.stds, 1):
        ws.append([i, nm, cat, stage])
    ws.column_dimensions["B"].width = 50
    fixed = dt.datetime(2024, 3, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "申报单位"
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed timestamps so the workbook is byte-deterministic
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:modified>', data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- truth (the programme's rules, own implementation)
def is_sme(emp, rev):
    return not (emp >= 1000 and rev >= 40000)


def differs(a, b):
    return abs(a - b) > 0.005 * b


def tier_of(total):
    if total > 100000000:
        return 1000
    if total >= 75000000:
        return 750
    if total >= 50000000:
        return 500
    if total >= 25000000:
        return 250
    return 0


def compute_truth(S, docs, std_recs, corrupt_path):
    app = S.app
    gaps = []
    verified = []
    contracts_out = []
    for k in S.contracts:
        co = k.cust
        kd = [d for d in docs if d["contract_no"] == k.no and d["rendering"] != "corrupt"]
        by = lambda t: [d for d in kd if d["doc_type"] == t]
        kinds = []
        if not by("acceptance_report"):
            kinds.append("missing_acceptance_report")
        if not by("payment_proof"):
            kinds.append("missing_payment_proof")
        if not by("procurement_proof"):
            kinds.append("missing_procurement_proof")
        # amount
        mism = False
        for d in by("contract") + by("procurement_proof") + by("acceptance_report"):
            a = d["fields"]["amount_yuan"]
            if a is not None and differs(float(a), k.amount):
                mism = True
        seen, total = set(), 0.0
        pays = by("payment_proof")
        for d in pays:
            if d["sha256"] in seen:
                continue
            seen.add(d["sha256"])
            if d["fields"]["amount_yuan"] is not None:
                total += float(d["fields"]["amount_yuan"])
        if pays and differs(total, k.amount):
            mism = True
        if mism:
            kinds.append("amount_mismatch")
        reps = by("acceptance_report")
        dates = [D(d["fields"]["date"]) for d in reps if d["fields"]["date"]]
        if dates:
            out = any(x.year != 2023 for x in dates)
        else:
            out = k.acc.year != 2023
        if out:
            kinds.append("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in reps):
            kinds.append("acceptance_not_passed")
        party = False
        for d in pays:
            f = d["fields"]
            if (f["payer"] is not None and f["payer"] != co.name) or (f["payee"] is not None and f["payee"] != app.name):
                party = True
        for d in reps + by("contract"):
            if d["fields"]["customer"] is not None and d["fields"]["customer"] != co.name:
                party = True
        if party:
            kinds.append("party_mismatch")
        shas = [d["sha256"] for d in kd]
        if len(shas) != len(set(shas)):
            kinds.append("duplicate_evidence")
        if not uscc_valid(co.uscc):
            kinds.append("invalid_uscc")
        if co.tj_decl and not (co.addr.startswith("天津市") and co.uscc[2:4] == "12"):
            kinds.append("not_tianjin")
        if co.sme_decl != is_sme(co.emp, co.rev):
            kinds.append("sme_misclassified")
        for kind in kinds:
            gaps.append({"kind": kind, "contract_no": k.no, "customer": co.name,
                         "requirement": "S-sme" if kind == "sme_misclassified" else "S-evidence"})
        ok = all(x == "sme_misclassified" for x in kinds)
        if ok:
            verified.append(k)
        contracts_out.append({"seq": k.seq, "contract_no": k.no, "customer": co.name, "customer_uscc": co.uscc,
                              "amount_yuan": amt_str(k.amount),
                              "planted": list(k.opt.get("plant", [])) + (["sme_misclassified"] if co.sme_decl != is_sme(co.emp, co.rev) else []),
                              "verified": ok})
    if corrupt_path:
        gaps.append({"kind": "unreadable_document", "contract_no": None, "customer": None, "requirement": "S-evidence",
                     "file": corrupt_path})
    for st in std_recs:
        if not st["uploaded"]:
            gaps.append({"kind": "missing_standard_document", "contract_no": None, "customer": None,
                         "requirement": "S-standards", "standard": st["name"]})
    total = sum(k.amount for k in verified)
    vcust = {k.cust.name for k in verified}
    vsme = {k.cust.name for k in verified if is_sme(k.cust.emp, k.cust.rev)}
    nstd = sum(1 for s in std_recs if s["uploaded"])
    sub_gaps = []
    if not (app.addr.startswith("天津市") and app.uscc[2:4] == "12"):
        sub_gaps.append(("applicant_not_tianjin", "E-tianjin"))
    if len(vcust) < 8:
        sub_gaps.append(("customer_count_below_threshold", "S-customers"))
    if total < 25000000:
        sub_gaps.append(("total_below_threshold", "S-total"))
    if len(vsme) < 5:
        sub_gaps.append(("sme_count_below_threshold", "S-sme"))
    if nstd < 3:
        sub_gaps.append(("standards_below_threshold", "S-standards"))
    for kind, req in sub_gaps:
        gaps.append({"kind": kind, "contract_no": None, "customer": None, "requirement": req})
    thr = {"E-tianjin": "applicant_not_tianjin", "S-customers": "customer_count_below_threshold",
           "S-total": "total_below_threshold", "S-sme": "sme_count_below_threshold", "S-standards": "standards_below_threshold"}
    reqs = {r: ("not_met" if any(g["kind"] == kd for g in gaps) else "met") for r, kd in thr.items()}
    ev_kinds = {"missing_acceptance_report", "missing_payment_proof", "missing_procurement_proof", "amount_mismatch",
                "date_out_of_period", "acceptance_not_passed", "party_mismatch", "duplicate_evidence", "invalid_uscc",
                "not_tianjin", "unreadable_document"}
    reqs["S-evidence"] = "not_met" if any(g["kind"] in ev_kinds for g in gaps) else "met"
    reqs = {r: reqs[r] for r in ["E-tianjin", "S-customers", "S-total", "S-evidence", "S-standards", "S-sme"]}
    gate = all(reqs[r] == "met" for r in ["E-tianjin", "S-customers", "S-total", "S-sme", "S-standards"])
    tier = tier_of(total) if gate else 0
    return {
        "author": "first_contact/author1 (independent; generated by benchmarks/first_contact/author1/generate.py)",
        "cycle": "support",
        "applicant": {"name": app.name, "uscc": app.uscc, "address": app.addr},
        "award_tier_wan": tier,
        "accepted_total_yuan": amt_str(total),
        "requirements": reqs,
        "gaps": gaps,
        "verified_contracts": len(verified),
        "verified_customer_count": len(vcust),
        "verified_sme_customer_count": len(vsme),
        "standards_with_document": nstd,
        "contracts": contracts_out,
        "standards": std_recs,
        "documents": docs,
    }


def main():
    ap = argparse.ArgumentParser(description="first-contact author1: independent support-cycle submissions with ground truth")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default=None, help="clean|gaps|tricky")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for key, fn in [("clean", spec_clean), ("gaps", spec_gaps), ("tricky", spec_tricky)]:
        if a.only and a.only != key:
            continue
        rng = random.Random("%d-spec-%s" % (a.seed, key))
        S = fn(rng)
        t = generate_submission(S, a.seed, a.out)
        n = len(t["documents"])
        img = sum(1 for d in t["documents"] if d["rendering"] in ("scan", "photo"))
        print("%-26s docs=%d scans/photos=%d (%.0f%%) tier=%d total=%s gaps=%d" % (
            S.name, n, img, 100.0 * img / n, t["award_tier_wan"], t["accepted_total_yuan"], len(t["gaps"])))


if __name__ == "__main__":
    main()
