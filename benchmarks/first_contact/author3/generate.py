#!/usr/bin/env python3
"""Independent first-contact test set, author 3: assessment cycle (考核周期 2024).

    python generate.py --out DIR --seed N [--only NAME]

Writes DIR/<name>/submission/** and DIR/<name>/ground_truth.json for
fc3_pass, fc3_fail and fc3_tricky.  Everything (companies, credit codes,
contracts, amounts) is invented.  Ground truth is computed here, by this
file's own rules (GB 32100 check characters, Tianjin locality, SME thresholds,
gap rules, counts, verdict); no product code is used.
"""
import argparse, datetime as dt, hashlib, io, json, math, os, random, re, shutil, sys, tempfile, zipfile
from decimal import Decimal

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                Flowable, KeepTogether)
from reportlab.lib.utils import ImageReader

MICRO = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", MICRO, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SONG = "STSong-Light"

PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
FIXED_ZIP_TIME = (2025, 1, 10, 9, 30, 0)

# ----------------------------------------------------------------------------------------------
# identifiers, amounts, dates
# ----------------------------------------------------------------------------------------------
USCC_ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check_char(code17):
    s = sum(USCC_ALNUM.index(c) * w for c, w in zip(code17, USCC_W))
    r = 31 - s % 31
    return USCC_ALNUM[0 if r == 31 else r]


def uscc_valid(code):
    return (isinstance(code, str) and len(code) == 18 and all(c in USCC_ALNUM for c in code)
            and uscc_check_char(code[:17]) == code[17])


def org_check_char(body8):
    # GB 11714 organisation code: weights 3,7,9,10,5,8,4,2, mod 11
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(body8, ws)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def make_uscc(rng, region, kind="91"):
    if rng.random() < 0.6:
        letters = "ABCDEFGHJKLMNPQRTUWXY0123456789"
        body = "MA0" + "".join(rng.choice(letters) for _ in range(5))
    else:
        body = str(rng.choice([6, 7, 5])) + "".join(rng.choice("0123456789") for _ in range(7))
    oc = org_check_char(body)
    if oc not in USCC_ALNUM:
        oc = "0"
    c17 = kind + region + body + oc
    return c17 + uscc_check_char(c17)


def is_tj_code(code):
    return isinstance(code, str) and len(code) >= 4 and code[2:4] == "12"


def is_tj_addr(addr):
    return isinstance(addr, str) and addr.startswith("天津市")


DIG = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(cents):
    y, c = divmod(int(cents), 100)
    s = str(y)
    L = len(s)
    units = ["", "拾", "佰", "仟"]
    bigs = ["", "万", "亿", "万"]
    out, zero = "", False
    for i, ch in enumerate(s):
        p = L - 1 - i
        d = int(ch)
        if d == 0:
            zero = True
            if p % 4 == 0 and p > 0:
                grp = s[max(0, i - 3):i + 1]
                if int(grp) != 0:
                    out += bigs[p // 4]
        else:
            if zero and out:
                out += "零"
            zero = False
            out += DIG[d] + units[p % 4]
            if p % 4 == 0 and p > 0:
                out += bigs[p // 4]
    if not out:
        out = "零"
    out += "元"
    j, f = divmod(c, 10)
    if c == 0:
        out += "整"
    else:
        out += (DIG[j] + "角") if j else "零"
        out += (DIG[f] + "分") if f else "整"
    return out


def yuan(cents):
    return f"{Decimal(int(cents)) / 100:.2f}"


def money(cents, sym="¥"):
    return f"{sym}{int(cents) // 100:,}.{int(cents) % 100:02d}"


def cn_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date_pad(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_spaced(d):
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


HZ = "〇一二三四五六七八九"


def cn_date_hanzi(d):
    def n(x):
        if x < 10:
            return HZ[x]
        t, u = divmod(x, 10)
        return ("" if t == 1 else HZ[t]) + "十" + ("" if u == 0 else HZ[u])
    return "".join(HZ[int(c)] for c in str(d.year)) + "年" + n(d.month) + "月" + n(d.day) + "日"


def cheque_date(d):
    y = "".join(DIG[int(c)] for c in str(d.year)) + "年"
    m = d.month
    ms = {10: "零壹拾", 11: "壹拾壹", 12: "壹拾贰"}[m] if m >= 10 else "零" + DIG[m]
    day = d.day
    if day < 10:
        ds = "零" + DIG[day]
    elif day in (10, 20, 30):
        ds = "零" + DIG[day // 10] + "拾"
    elif day < 20:
        ds = "壹拾" + DIG[day - 10]
    else:
        ds = DIG[day // 10] + "拾" + DIG[day % 10]
    return y + ms + "月" + ds + "日"


def D(s):
    return dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat() if d else None


def digit_cells(cents, n=11):
    """亿千百十万千百十元角分 cells, ¥ before the first digit."""
    s = str(int(cents))
    cells = [""] * n
    s = s.rjust(3, "0")
    for k, ch in enumerate(reversed(s)):
        cells[n - 1 - k] = ch
    first = n - len(s)
    if first - 1 >= 0:
        cells[first - 1] = "¥"
    return cells


def esc(t):
    return str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fields(**kw):
    f = {k: None for k in ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")}
    for k, v in kw.items():
        assert k in f, k
        if k == "amount_yuan" and v is not None:
            v = yuan(v)
        if k == "date" and isinstance(v, dt.date):
            v = v.isoformat()
        f[k] = v
    return f


# ----------------------------------------------------------------------------------------------
# text-layer layout helpers (reportlab platypus)
# ----------------------------------------------------------------------------------------------
def ST(name, font="WQY", size=10.5, lead=None, align=TA_LEFT, indent=0, color=colors.black, space=2):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.55, alignment=align,
                          firstLineIndent=indent, textColor=color, wordWrap="CJK", spaceAfter=space)


S = {
    "title": ST("title", "WQY", 17, align=TA_CENTER, space=8),
    "title_song": ST("title_song", SONG, 18, align=TA_CENTER, space=8),
    "sub": ST("sub", "WQY", 11, align=TA_CENTER, space=6),
    "body": ST("body", "WQY", 10.5),
    "bodyi": ST("bodyi", "WQY", 10.5, indent=21),
    "song": ST("song", SONG, 11, lead=19),
    "songi": ST("songi", SONG, 11, lead=19, indent=22),
    "small": ST("small", "WQY", 8.5, lead=12),
    "smallc": ST("smallc", "WQY", 8.5, lead=12, align=TA_CENTER),
    "cell": ST("cell", "WQY", 9.5, lead=13, space=0),
    "cellc": ST("cellc", "WQY", 9.5, lead=13, align=TA_CENTER, space=0),
    "cells": ST("cells", "WQY", 8, lead=10.5, space=0),
    "cellsong": ST("cellsong", SONG, 10, lead=14, space=0),
    "right": ST("right", "WQY", 10.5, align=TA_RIGHT),
    "h2": ST("h2", "WQY", 12, lead=20, space=4),
    "h2song": ST("h2song", SONG, 12, lead=20, space=4),
    "red_title": ST("red_title", "WQY", 22, align=TA_CENTER, color=colors.Color(0.8, 0.05, 0.05), space=4),
}


def P(t, st="body"):
    return Paragraph(esc(t).replace("\n", "<br/>"), S[st] if isinstance(st, str) else st)


def PX(t, st="body"):  # already marked up
    return Paragraph(t, S[st] if isinstance(st, str) else st)


def SP(h=4):
    return Spacer(1, h * mm)


def grid(rows, widths, st="cell", header=0, span=(), bg=(), pad=3, valign="MIDDLE", lw=0.6, box=None,
         align=None):
    data = []
    for r in rows:
        data.append([c if isinstance(c, Flowable) or c is None else P(c, st) for c in r])
    t = Table(data, colWidths=[w * mm for w in widths])
    cmd = [("GRID", (0, 0), (-1, -1), lw, colors.black), ("VALIGN", (0, 0), (-1, -1), valign),
           ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if box is not None:
        cmd = [c for c in cmd if c[0] != "GRID"] + box
    for sp in span:
        cmd.append(("SPAN",) + sp)
    for b in bg:
        cmd.append(("BACKGROUND",) + b)
    if header:
        cmd.append(("BACKGROUND", (0, 0), (-1, header - 1), colors.Color(0.92, 0.92, 0.92)))
    t.setStyle(TableStyle(cmd))
    return t


def plain(rows, widths, st="body", pad=1):
    data = [[c if isinstance(c, Flowable) or c is None else P(c, st) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), pad),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), pad), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


class HR(Flowable):
    def __init__(self, width=170 * mm, color=colors.black, thick=0.8, double=False):
        super().__init__()
        self.w, self.c, self.t, self.d = width, color, thick, double
        self.height = 3 * mm if double else 2 * mm

    def wrap(self, aw, ah):
        return (self.w, self.height)

    def draw(self):
        cv = self.canv
        cv.setStrokeColor(self.c)
        cv.setLineWidth(self.t)
        cv.line(0, self.height - 1, self.w, self.height - 1)
        if self.d:
            cv.setLineWidth(self.t * 0.4)
            cv.line(0, self.height - 4, self.w, self.height - 4)


# ----------------------------------------------------------------------------------------------
# seals
# ----------------------------------------------------------------------------------------------
SEAL_RED = (0.86, 0.12, 0.12)


def _star(cx, cy, r):
    pts = []
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.382
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    return pts


def draw_vector_seal(cv, cx, cy, org, center, r=20 * mm, rot=0.0, color=SEAL_RED, code=None):
    """A round seal whose ring text is real glyphs in the text layer (red, rotated)."""
    cv.saveState()
    cv.translate(cx, cy)
    cv.rotate(rot)
    cv.setStrokeColorRGB(*color)
    cv.setFillColorRGB(*color)
    cv.setLineWidth(r * 0.055)
    cv.circle(0, 0, r * 0.96, stroke=1, fill=0)
    n = len(org)
    fs = min(r * 0.30, r * 4.2 / max(n, 1))
    span = min(250.0, 16.0 * n + 40)
    start = 90 + span / 2
    for k, ch in enumerate(org):
        a = start - (span * (k + 0.5) / n)
        ar = math.radians(a)
        rr = r * 0.70
        cv.saveState()
        cv.translate(rr * math.cos(ar), rr * math.sin(ar))
        cv.rotate(a - 90)
        cv.setFont("WQY", fs)
        cv.drawCentredString(0, -fs * 0.35, ch)
        cv.restoreState()
    p = cv.beginPath()
    pts = _star(0, r * 0.06, r * 0.26)
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    cv.drawPath(p, stroke=0, fill=1)
    if center:
        cfs = r * 0.22 if len(center) <= 5 else r * 1.3 / len(center)
        cv.setFont("WQY", cfs)
        cv.drawCentredString(0, -r * 0.52, center)
    if code:
        cv.setFont("WQY", r * 0.09)
        cv.drawCentredString(0, -r * 0.78, code)
    cv.restoreState()


def seal_image(org, center, rng, px=240, color=(214, 36, 36), wear=0.25):
    """Raster seal (RGBA) with ink texture."""
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = px / 2
    r = px / 2 * 0.96
    dr.ellipse([c - r, c - r, c + r, c + r], outline=color + (255,), width=int(px * 0.028))
    n = len(org)
    fs = int(min(px * 0.15, px * 2.1 / max(n, 1)))
    font = ImageFont.truetype(ZEN, fs)
    span = min(250.0, 16.0 * n + 40)
    start = 90 + span / 2
    for k, ch in enumerate(org):
        a = start - span * (k + 0.5) / n
        ar = math.radians(a)
        rr = px / 2 * 0.70
        x, y = c + rr * math.cos(ar), c - rr * math.sin(ar)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs, fs), ch, font=font, fill=color + (255,), anchor="mm")
        g = g.rotate(a - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fs), int(y - fs)))
    pts = [(c + (q[0]), c - (q[1])) for q in _star(0, px * 0.03, px * 0.13)]
    dr.polygon(pts, fill=color + (255,))
    if center:
        cfs = int(px * 0.11 if len(center) <= 5 else px * 0.62 / len(center))
        dr.text((c, c + px * 0.26), center, font=ImageFont.truetype(ZEN, cfs), fill=color + (255,), anchor="mm")
    a = np.array(im)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    fine = cv2.GaussianBlur(nrng.random(a.shape[:2]).astype(np.float32), (0, 0), 1.6)
    fine = (fine - fine.min()) / (fine.max() - fine.min() + 1e-6)
    blot = cv2.GaussianBlur(nrng.random(a.shape[:2]).astype(np.float32), (0, 0), px / 40)
    blot = (blot - blot.min()) / (blot.max() - blot.min() + 1e-6)
    keep = (fine > wear * 0.9) & (blot > wear * 0.6)
    alpha = a[:, :, 3].astype(np.float32) * keep * (0.75 + 0.25 * blot)
    a[:, :, 3] = (alpha.clip(0, 255) / 32).round().astype(np.uint8) * 32
    return Image.fromarray(a).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


class Seal(Flowable):
    """Zero-size flowable: draws a seal at (dx, dy) from the current point (it may overlap text)."""

    def __init__(self, org, center="合同专用章", dx=100, dy=10, r=20, mode="vector", rot=None, seed=0,
                 square=None):
        super().__init__()
        self.org, self.center, self.dx, self.dy, self.r, self.mode = org, center, dx * mm, dy * mm, r * mm, mode
        self.rng = random.Random(seed)
        self.rot = self.rng.uniform(-18, 18) if rot is None else rot
        self.square = square
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        cv = self.canv
        if self.mode == "vector":
            draw_vector_seal(cv, self.dx, self.dy, self.org, self.center, self.r, self.rot)
        else:
            im = seal_image(self.org, self.center, self.rng)
            cv.drawImage(ImageReader(im), self.dx - self.r, self.dy - self.r, 2 * self.r, 2 * self.r, mask="auto")
        if self.square:  # 法人名章: small square, two columns of characters
            x0, y0, s = self.dx + self.r + 4 * mm, self.dy - 8 * mm, 15 * mm
            cv.saveState()
            cv.setStrokeColorRGB(*SEAL_RED)
            cv.setFillColorRGB(*SEAL_RED)
            cv.setLineWidth(1.4)
            cv.rect(x0, y0, s, s)
            name = self.square + ("印" if len(self.square) == 3 else "")
            cv.setFont("WQY", s * 0.36)
            cols = [name[: (len(name) + 1) // 2], name[(len(name) + 1) // 2:]]
            for ci, col in enumerate(cols):
                for ri, ch in enumerate(col):
                    cv.drawCentredString(x0 + s * (0.73 - 0.46 * ci), y0 + s * (0.60 - 0.42 * ri), ch)
            cv.restoreState()


class BankStamp(Flowable):
    """Rectangular/oval bank 转讫 / 业务受理 stamp with the bank branch and date."""

    def __init__(self, lines, dx=0, dy=0, w=44, h=22, rot=-6):
        super().__init__()
        self.lines, self.dx, self.dy, self.w, self.h, self.rot = lines, dx * mm, dy * mm, w * mm, h * mm, rot
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        cv = self.canv
        cv.saveState()
        cv.translate(self.dx, self.dy)
        cv.rotate(self.rot)
        cv.setStrokeColorRGB(*SEAL_RED)
        cv.setFillColorRGB(*SEAL_RED)
        cv.setLineWidth(1.2)
        cv.roundRect(-self.w / 2, -self.h / 2, self.w, self.h, 3 * mm)
        n = len(self.lines)
        for i, t in enumerate(self.lines):
            cv.setFont("WQY", 7.5 if i != n // 2 else 9)
            cv.drawCentredString(0, self.h / 2 - (i + 1) * self.h / (n + 1) - 2.5, t)
        cv.restoreState()


def build_pdf(story, pagesize=A4, margins=(20, 18, 20, 18), title="", on_page=None):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins[0] * mm, rightMargin=margins[2] * mm,
                            topMargin=margins[1] * mm, bottomMargin=margins[3] * mm, invariant=1,
                            title=title, author="", creator="", producer="ReportLab")
    if on_page:
        doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(list(story))
    return buf.getvalue()


def image_pdf(jpeg_paths, pagesize=A4):
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    for p in jpeg_paths:
        with Image.open(p) as im:
            w, h = im.size
        if (w > h) != (pagesize[0] > pagesize[1]):
            ps = (pagesize[1], pagesize[0])
        else:
            ps = pagesize
        cv.setPageSize(ps)
        cv.drawImage(p, 0, 0, ps[0], ps[1])
        cv.showPage()
    cv.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# scans, photos, handwriting
# ----------------------------------------------------------------------------------------------
def rasterize(pdf_bytes, dpi):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=dpi / 72.0).to_pil().convert("RGB"))
    pdf.close()
    return out


def degrade_scan(im, rng, gray=False, skew=None, tone=None, quality=None, camscanner=False):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    tone = tone or (rng.uniform(236, 250), rng.uniform(232, 246), rng.uniform(220, 238))
    # paper tone + uneven illumination
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grad = 1.0 - 0.05 * ((xx / w - rng.uniform(0.2, 0.8)) ** 2 + (yy / h - rng.uniform(0.2, 0.8)) ** 2)
    a = a / 255.0 * np.array(tone, dtype=np.float32)[None, None, :] * grad[:, :, None]
    # ink spread / slight blur
    a += cv2.GaussianBlur(nrng.normal(0, rng.uniform(2.0, 3.5), a.shape[:2]).astype(np.float32), (0, 0), 0.7)[:, :, None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.8))
    # dust specks
    for _ in range(rng.randrange(8, 30)):
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.circle(a, (x, y), rng.choice([1, 1, 2]), (60, 60, 60), -1)
    a = a.clip(0, 255).astype(np.uint8)
    skew = rng.uniform(-1.6, 1.6) if skew is None else skew
    bg = tuple(int(t * 0.93) for t in tone)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    M[0, 2] += rng.uniform(-12, 12)
    M[1, 2] += rng.uniform(-12, 12)
    a = cv2.warpAffine(a, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=bg, flags=cv2.INTER_LINEAR)
    out = Image.fromarray(a)
    if gray:
        out = out.convert("L")
    if camscanner:
        d = ImageDraw.Draw(out)
        f = ImageFont.truetype(MICRO, max(14, w // 75))
        d.text((w - w // 4.2, h - h // 28), "CS 扫描全能王", font=f, fill=150 if gray else (150, 150, 150))
    return out, (quality or rng.randrange(42, 58))


def save_jpeg(im, path, q):
    im.save(path, "JPEG", quality=q, optimize=True, subsampling=2)


def photo_of(page, rng, bg_kind="desk", out_w=1600):
    """Phone photo of a printed page: perspective, shadow, blur, background."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    pg = np.asarray(page.convert("RGB")).astype(np.float32)
    ph, pw = pg.shape[:2]
    W = out_w
    H = int(out_w * 1.33)
    if bg_kind == "desk":
        base = np.array([rng.uniform(120, 160), rng.uniform(90, 120), rng.uniform(60, 85)], np.float32)
    else:
        base = np.array([rng.uniform(170, 200)] * 3, np.float32)
    bg = np.ones((H, W, 3), np.float32) * base
    streak = cv2.GaussianBlur(nrng.normal(0, 18, (H, W)).astype(np.float32), (0, 0), 9)
    bg += streak[:, :, None]
    sx = W * 0.78 / pw
    tw, th = pw * sx, ph * sx
    ox, oy = (W - tw) / 2, (H - th) / 2
    j = lambda s: rng.uniform(-s, s)
    dst = np.float32([[ox + j(60), oy + j(50)], [ox + tw + j(60), oy + j(50)],
                      [ox + tw + j(45), oy + th + j(40)], [ox + j(45), oy + th + j(40)]])
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(pg, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    # drop shadow
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 14, 0), 10, 1), (0, 0), 12)
    bg *= (1 - 0.45 * sh)[:, :, None]
    img = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # light falloff + colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.6) * H
    fall = 1.0 - 0.28 * (((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2) * 2
    img *= fall[:, :, None]
    img *= np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.95)], np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.9, 1.5))
    img += nrng.normal(0, 3.0, img.shape[:2]).astype(np.float32)[:, :, None]
    return Image.fromarray(img.clip(0, 255).astype(np.uint8))


def hand_font(size):
    return ImageFont.truetype(ZEN, size)


def handwrite(draw, xy, text, rng, size=30, ink=(20, 40, 120), spacing=0.92, maxw=None, line_h=None):
    """Draw text character by character with jitter (size, baseline, rotation, ink density)."""
    x0, y0 = xy
    x, y = x0, y0
    img = draw._image
    for ch in text:
        if ch == "\n" or (maxw and x - x0 > maxw - size):
            x = x0
            y += line_h or int(size * 1.35)
            if ch == "\n":
                continue
        s = int(size * rng.uniform(0.86, 1.1))
        g = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(g).text((s // 2, s // 2), ch, font=hand_font(s), fill=255)
        g = g.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC)
        g = g.transform(g.size, Image.AFFINE, (1, rng.uniform(-0.18, 0.05), 0, 0, 1, 0), resample=Image.BICUBIC)
        g = g.filter(ImageFilter.MaxFilter(3)) if (rng.random() < 0.08 and s > 26) else g
        dens = rng.uniform(0.7, 1.0)
        col = Image.new("RGB", g.size, ink)
        img.paste(col, (int(x - s // 2), int(y - s // 2 + rng.uniform(-3, 3))), g.point(lambda v: int(v * dens)))
        adv = s * (0.55 if ord(ch) < 128 else 1.0) * spacing
        x += adv + rng.uniform(-1, 2)
    return y


def pil_page(dpi=170):
    w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    im = Image.new("RGB", (w, h), (255, 255, 255))
    return im, ImageDraw.Draw(im), dpi / 25.4  # pixels per mm


def pil_seal(im, org, center, cx, cy, rng, px=330):
    s = seal_image(org, center, rng, px=px)
    im.paste(s, (int(cx - px / 2), int(cy - px / 2)), s)


# ----------------------------------------------------------------------------------------------
# submission container and rendering of one document
# ----------------------------------------------------------------------------------------------
class Sub:
    def __init__(self, name, seed, root):
        self.name, self.seed = name, seed
        self.root = os.path.join(root, name)
        self.sdir = os.path.join(self.root, "submission")
        self.docs = []
        # a fixed scratch path: reportlab names embedded JPEGs after their file name
        self.tmp = os.path.join(tempfile.gettempdir(), f"fc3_author3_{name}_s{seed}")
        shutil.rmtree(self.tmp, ignore_errors=True)
        os.makedirs(self.tmp)
        self._n = 0

    def rng(self, key):
        return random.Random(f"{self.seed}|{self.name}|{key}")

    def tmpfile(self, ext):
        self._n += 1
        return os.path.join(self.tmp, f"t{self._n:04d}.{ext}")

    def write(self, relpath, data):
        p = os.path.join(self.sdir, relpath)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        return hashlib.sha256(data).hexdigest()

    def add(self, relpath, data, doc_type, rendering, contract_no, note, flds, subject=None, facts=None,
            genre=None):
        sha = self.write(relpath, data)
        e = {"path": relpath, "doc_type": doc_type, "rendering": rendering, "contract_no": contract_no,
             "sha256": sha, "note": note, "fields": flds}
        if subject:
            e["subject"] = subject
        if genre:
            e["genre"] = genre
        if facts:
            e["facts"] = facts
        self.docs.append(e)
        return e


def render(sub, key, rendering, story=None, pages=None, pagesize=A4, margins=(20, 18, 20, 18), on_page=None,
           dpi=None, gray=None, cam=False, photo_fmt="jpg", scan_story=None, bg_kind="desk"):
    """Returns file bytes for the requested rendering.
    story: platypus story (text layer); pages: list of PIL page images (already 'paper');
    scan_story: for 'mixed', the story of the page(s) that were signed and scanned."""
    rng = sub.rng("render:" + key)
    if rendering == "text":
        return build_pdf(story, pagesize, margins, on_page=on_page)
    if rendering == "mixed":
        simgs = rasterize(build_pdf(scan_story, pagesize, margins, on_page=on_page), dpi or 150)
        paths = []
        for im in simgs:
            im2, q = degrade_scan(im, rng, gray=True)
            p = sub.tmpfile("jpg")
            save_jpeg(im2, p, q)
            paths.append(p)
        npre = len(rasterize(build_pdf(story, pagesize, margins, on_page=on_page), 20))

        def op(cv, doc):
            pn = cv.getPageNumber()
            if pn > npre:
                cv.drawImage(paths[pn - npre - 1], 0, 0, pagesize[0], pagesize[1])
            elif on_page:
                on_page(cv, doc)
        full = list(story)
        for _ in paths:
            full += [PageBreak(), Spacer(1, 1)]
        return build_pdf(full, pagesize, margins, on_page=op)
    if pages is None:
        pages = rasterize(build_pdf(story, pagesize, margins, on_page=on_page),
                          dpi or (rng.choice([150, 150, 160, 170, 200]) if rendering == "scan" else 140))
    if rendering == "scan":
        g = rng.random() < 0.6 if gray is None else gray
        paths = []
        for im in pages:
            im2, q = degrade_scan(im, rng, gray=g, camscanner=cam)
            p = sub.tmpfile("jpg")
            save_jpeg(im2, p, q)
            paths.append(p)
        return image_pdf(paths, pagesize)
    if rendering == "photo":
        ph = photo_of(pages[0], rng, bg_kind=bg_kind)
        b = io.BytesIO()
        if photo_fmt == "png":
            ph = ph.resize((ph.width * 3 // 4, ph.height * 3 // 4))
            ph.save(b, "PNG", optimize=True)
        else:
            ph.save(b, "JPEG", quality=rng.randrange(72, 84))
        return b.getvalue()
    raise ValueError(rendering)


# ----------------------------------------------------------------------------------------------
# common page blocks
# ----------------------------------------------------------------------------------------------
def party_block(role, p, st="song", extra=()):
    rows = [[f"{role}：", p["name"]]]
    if p.get("uscc"):
        rows.append(["统一社会信用代码：", p["uscc"]])
    rows.append(["住所：", p["addr"]])
    rows.append(["法定代表人：", p.get("rep", "")])
    for e in extra:
        rows.append(list(e))
    return plain(rows, [38, 132], st)


def sign_two(left_role, right_role, left, right, date_l=None, date_r=None, st="song", seal_l=None, seal_r=None,
             seed=0, mode_l="vector", mode_r="vector"):
    """Two-column signature block; seals overlap it (vector seals join the text layer)."""
    def col(role, p, d):
        t = [f"{role}（盖章）：", p["name"], "", "法定代表人或授权代表（签字）：", ""]
        t.append(f"日期：{d}" if d else "日期：      年    月    日")
        return "\n".join(t)
    tb = plain([[P(col(left_role, left, date_l), st), P(col(right_role, right, date_r), st)]], [85, 85], st)
    out = [SP(6), tb]
    if seal_l:
        out.append(Seal(left["name"], seal_l, dx=38, dy=30, mode=mode_l, seed=seed))
    if seal_r:
        out.append(Seal(right["name"], seal_r, dx=125, dy=27, mode=mode_r, seed=seed + 1))
    return out


def items_table(items, total, st="cell"):
    rows = [["序号", "名称", "规格/内容", "单位", "数量", "单价（元）", "金额（元）"]]
    for k, it in enumerate(items, 1):
        rows.append([str(k), it[0], it[1], it[2], str(it[3]), f"{it[4] // 100:,}.{it[4] % 100:02d}",
                     f"{it[4] * it[3] // 100:,}.{it[4] * it[3] % 100:02d}"])
    rows.append(["合计", "", f"人民币（大写）{rmb_upper(total)}", "", "", "", f"{money(total)}"])
    n = len(rows)
    return grid(rows, [10, 34, 46, 12, 12, 26, 30], st, header=1, span=[((0, n - 1), (1, n - 1)), ((2, n - 1), (5, n - 1))])


def split_items(rng, total, names):
    """Split a total (cents) into line items (qty 1) whose sum is exact."""
    k = len(names)
    w = [rng.uniform(0.5, 1.5) for _ in range(k)]
    s = sum(w)
    parts = [int(total * x / s) // 100000 * 100000 for x in w[:-1]]
    parts.append(total - sum(parts))
    return [(n[0], n[1], n[2], 1, p) for n, p in zip(names, parts)]


# ----------------------------------------------------------------------------------------------
# genres: customer contracts and their evidence (2024 assessment cycle)
# ----------------------------------------------------------------------------------------------
def g_chenglan_contract(c, app, rng, seal_mode="vector"):
    """G01 承揽合同: 定作人/承揽人 (Civil Code ch.17), 签订时间 in the header grid,
    a later delivery deadline and a 履约保证金 / 违约金 amount as distractors."""
    cu = c["cust"]
    amt = c["amount"]
    items = split_items(rng, amt, c["items"])
    dep = amt // 20 // 100 * 100
    story = [P(f"合同编号：{c['no']}", "right"), P(f"{c['proj']}承揽合同", "title_song"), SP(2),
             grid([["定作人（甲方）", cu["name"], "签订地点", c.get("place", "天津市")],
                   ["承揽人（乙方）", app["name"], "签订时间", cn_date(c["sign"])]], [30, 78, 22, 40], "cellsong"),
             SP(3),
             P("根据《中华人民共和国民法典》及有关法律法规的规定，定作人与承揽人在平等、自愿、协商一致的基础上，就定作人委托承揽人"
               f"完成“{c['proj']}”相关工作事宜，订立本合同。", "songi"),
             P("第一条  承揽内容、数量、价款", "h2song"), items_table(items, amt, "cellsong"), SP(2),
             P(f"本合同价款总计人民币{rmb_upper(amt)}（{money(amt)}），为含税固定总价，已包含设计、制造、运输、安装、调试、"
               "培训及一年质保期内的全部费用。", "songi"),
             P("第二条  交付期限与地点", "h2song"),
             P(f"承揽人应于{cn_date(c['sign'] + dt.timedelta(days=rng.randrange(95, 130)))}前在定作人指定地点"
               f"（{cu['addr']}）完成安装调试并提交验收申请。", "songi"),
             P("第三条  付款方式", "h2song"),
             P("合同签订后十个工作日内，定作人向承揽人支付合同价款的60%作为预付款；项目经定作人验收合格后十五个工作日内，"
               "支付剩余价款。承揽人应在每次收款前开具等额增值税专用发票。", "songi"),
             P("第四条  履约担保与违约责任", "h2song"),
             P(f"承揽人应于合同签订后七日内向定作人提交履约保证金人民币{rmb_upper(dep)}（{money(dep)}），验收合格后无息退还。"
               "任何一方逾期履行的，每逾期一日按合同价款的万分之五向对方支付违约金。", "songi"),
             P("第五条  争议解决", "h2song"),
             P("因本合同发生的争议，双方协商解决；协商不成的，任何一方可向定作人所在地人民法院提起诉讼。"
               "本合同一式四份，双方各执两份，自双方签字盖章之日起生效。", "songi")]
    story += sign_two("定作人", "承揽人", cu, app, seal_l="合同专用章", seal_r="合同专用章", seed=rng.randrange(9999),
                      mode_l=seal_mode, mode_r="vector")
    return story, fields(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cu["name"])


def g_license_contract(c, app, rng, seal_mode="vector"):
    """G02 软件许可及实施服务合同: 甲方（被许可方）/乙方（许可方）; price split into 许可费/实施费/运维费
    with the total only in the 合计 row and one sentence; 签署日期 beside each party."""
    cu = c["cust"]
    amt = c["amount"]
    lic = amt * 45 // 100 // 1000000 * 1000000
    imp = amt * 40 // 100 // 1000000 * 1000000
    om = amt - lic - imp
    sysname = c["proj"]
    story = [P(f"合同编号：{c['no']}", "right"), SP(2), P(f"{sysname}", "sub"), P("软件许可及实施服务合同", "title"), SP(3),
             plain([["甲方（被许可方）：", cu["name"]], ["住所地：", cu["addr"]], ["", ""],
                    ["乙方（许可方）：", app["name"]], ["住所地：", app["addr"]]], [40, 130], "song"), SP(3),
             P("鉴于乙方拥有下述软件产品的著作权及合法许可权利，甲方拟在其生产经营场所部署使用该软件并委托乙方提供实施服务，"
               "双方经友好协商，达成如下条款：", "songi"),
             P("1. 许可范围", "h2song"),
             P("乙方授予甲方在其厂区范围内永久、非独占、不可转让地使用本合同附件一所列软件模块的权利，许可点数以附件一为准。", "songi"),
             P("2. 合同价款", "h2song"),
             grid([["费用项目", "内容", "金额（元）"],
                   ["软件许可费", "平台授权及功能模块许可", f"{lic / 100:,.2f}"],
                   ["实施服务费", "需求调研、配置开发、数据迁移、集成接口、上线支持", f"{imp / 100:,.2f}"],
                   ["首年运维服务费", "上线后十二个月远程及现场运维", f"{om / 100:,.2f}"],
                   ["合计", f"人民币{rmb_upper(amt)}", f"{amt / 100:,.2f}"]], [32, 98, 40], "cellsong", header=1),
             SP(1),
             P(f"上述合计金额即本合同总价（含税），共计人民币{rmb_upper(amt)}（{money(amt, '￥')}）。"
               "除本合同另有约定外，甲方无需支付其他任何费用。", "songi"),
             P("3. 实施周期", "h2song"),
             P("乙方应自合同生效之日起150个日历日内完成系统上线，试运行期为上线后60日。试运行结束后，甲方组织终验。", "songi"),
             P("4. 付款", "h2song"),
             P("合同生效后支付总价的30%；系统上线后支付总价的40%；终验通过后支付总价的30%。", "songi"),
             P("5. 知识产权与保密", "h2song"),
             P("软件著作权归乙方所有；甲方在实施过程中提供的业务数据归甲方所有。双方对在合作中知悉的对方商业秘密负有保密义务。", "songi"),
             P("6. 其他", "h2song"),
             P("本合同未尽事宜，双方另行签订补充协议。本合同一式肆份，甲乙双方各执贰份，经双方签署后生效。", "songi")]
    story += sign_two("甲方", "乙方", cu, app, date_l=f"签署日期：{cn_date(c['sign'])}".replace("签署日期：", ""),
                      date_r=cn_date(c["sign"]), seal_l="合同专用章", seal_r="合同专用章",
                      seed=rng.randrange(9999), mode_l=seal_mode)
    return story, fields(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cu["name"])


def g_final_acceptance(c, app, rng, passed=True, show_amount=True):
    """G03 项目终验报告: 初验 and 试运行 dates beside the 终验 date; 终验结论 in prose; panel signatures."""
    cu = c["cust"]
    fin = c["accept_doc_date"]
    pre = c.get("pre_accept") or (fin - dt.timedelta(days=rng.randrange(60, 90)))
    rows = [["项目名称", c["proj"], "合同编号", c["no"]],
            ["建设单位", cu["name"], "承建单位", app["name"]]]
    if show_amount:
        rows.append(["合同金额", f"{money(c['amount'])}元", "项目负责人", c.get("pm", "王立新")])
    rows += [["初验日期", cn_date(pre), "试运行期", f"{cn_date(pre + dt.timedelta(days=1))}至{cn_date(fin - dt.timedelta(days=5))}"],
             ["终验日期", cn_date(fin), "终验地点", cu["addr"][:18]]]
    mods = c.get("modules", ["生产计划管理", "车间作业执行", "质量追溯", "设备联网与数据采集", "看板与报表"])
    story = [P(f"{c['proj']}", "sub"), P("项目终验报告", "title"), SP(3),
             grid(rows, [22, 63, 22, 63], "cell"), SP(3),
             P("一、项目概况", "h2"),
             P(f"本项目由{app['name']}承建，依据双方签订的合同开展实施。项目于{cn_date(pre)}通过初验，随后进入试运行阶段，"
               "试运行期间系统运行稳定，未发生重大故障。", "bodyi"),
             P("二、建设内容完成情况", "h2"),
             grid([["序号", "建设内容", "合同要求", "完成情况"]] +
                  [[str(k), m, "按技术协议", "已完成" if (passed or k < 4) else "未完成"] for k, m in enumerate(mods, 1)],
                  [12, 60, 50, 48], "cell", header=1),
             P("三、文档交付情况", "h2"),
             P("承建单位已提交需求规格说明书、系统设计说明书、测试报告、用户手册、运维手册及源代码光盘，文档齐全。", "bodyi"),
             P("四、终验结论", "h2")]
    if passed:
        story.append(P("终验小组听取了承建单位的项目建设汇报，查看了系统运行情况，审查了项目文档。经认真讨论，终验小组认为："
                       "项目已按合同要求完成全部建设内容，各项技术指标满足合同约定，同意通过终验。", "bodyi"))
    else:
        story.append(P("终验小组听取了承建单位的汇报并进行了现场测试。经讨论，终验小组认为：设备联网率、数据采集完整率等指标"
                       "尚未达到合同约定，部分功能未完成，本次终验不予通过。请承建单位限期整改后重新申请终验。", "bodyi"))
    story += [SP(2), P("终验小组成员签字：", "body"),
              grid([["姓名", "单位", "职务/职称", "签字"]] +
                   [[n, cu["name"] if k < 3 else "天津市智能制造产业技术协会", t, ""] for k, (n, t) in
                    enumerate([("刘建国", "设备部部长"), ("陈思远", "信息中心主任"), ("赵婧", "生产部经理"), ("孙启明", "高级工程师")])],
                   [25, 80, 35, 30], "cell", header=1),
              SP(6), P(f"建设单位（盖章）：{cu['name']}", "body"), P(f"日期：{cn_date(fin)}", "body"),
              Seal(cu["name"], "", dx=60, dy=8, seed=rng.randrange(9999), mode=rng.choice(["vector", "raster"]))]
    return story, fields(contract_no=c["no"], amount_yuan=c["amount"] if show_amount else None, date=fin,
                         customer=cu["name"], result="passed" if passed else "failed")


def g_delivery_confirm(c, app, rng, passed=True):
    """G04 项目交付验收确认书: addressed to the supplier, 符合（√） list, 同意验收（√） box, spaced date under the seal."""
    cu = c["cust"]
    d = c["accept_doc_date"]
    rows = [["序号", "交付内容", "数量", "核验情况"]]
    for k, (n, q) in enumerate(c.get("deliverables", [("设备及控制系统（含安装调试）", "1套"), ("软件系统及授权", "1套"),
                                                       ("竣工资料及操作手册", "1册"), ("操作及维护培训", "2场")]), 1):
        rows.append([str(k), n, q, "符合（√）"])
    story = [P("项目交付验收确认书", "title"), SP(4), P(f"致：{app['name']}", "body"), SP(1),
             P(f"贵司承建的“{c['proj']}”（合同编号：{c['no']}）已按合同约定完成交付。我方组织设备、生产、质量等部门对交付成果"
               "进行了核验，并经连续运行考核，现确认如下：", "bodyi"), SP(2),
             grid(rows, [14, 86, 22, 48], "cell", header=1), SP(3),
             P("验收意见：" + ("同意验收（√）　　不同意验收（　）" if passed else "同意验收（　）　　不同意验收（√）"), "body"),
             P("说明：交付内容与合同及技术协议一致，系统运行稳定，满足生产使用要求。" if passed else
               "说明：视觉检测误判率高于合同约定，需整改后重新验收。", "body"),
             SP(12),
             plain([["", f"用户单位（盖章）：{cu['name']}"], ["", "负责人（签字）："], ["", f"日期：{cn_date_spaced(d)}"]],
                   [80, 90], "body"),
             Seal(cu["name"], "", dx=125, dy=14, seed=rng.randrange(9999), mode="raster")]
    return story, fields(contract_no=c["no"], date=d, customer=cu["name"], result="passed" if passed else "failed")


def g_performance_cert(c, app, rng, passed=True):
    """G05 性能考核验收证书: 考核期间 dates as distractors, indicator table, 签发日期."""
    cu = c["cust"]
    d = c["accept_doc_date"]
    t0 = d - dt.timedelta(days=rng.randrange(20, 30))
    inds = c.get("indicators", [("产线节拍（s/件）", "≤28", "26.4"), ("设备综合效率OEE", "≥80%", "83.6%"),
                                ("一次交检合格率", "≥99.0%", "99.3%"), ("数据采集完整率", "≥98%", "99.1%")])
    story = [P(f"证书编号：XN-{d.year}-{rng.randrange(10, 99)}", "right"), P("性能考核验收证书", "title_song"), SP(3),
             grid([["合同编号", c["no"], "项目名称", c["proj"]],
                   ["用户单位", cu["name"], "供货单位", app["name"]],
                   ["考核期间", f"{cn_date(t0)}至{cn_date(t0 + dt.timedelta(days=14))}", "考核地点", cu["addr"][:16]]],
                  [22, 63, 22, 63], "cellsong"), SP(3),
             P("考核指标及结果：", "song"),
             grid([["序号", "考核指标", "合同保证值", "实测值", "结论"]] +
                  [[str(k), a, b, v, "达标"] for k, (a, b, v) in enumerate(inds, 1)], [12, 60, 35, 35, 28], "cellsong",
                  header=1), SP(3),
             P("考核结论：" + ("在连续考核期内，各项性能指标均达到合同保证值，性能考核验收合格，自本证书签发之日起进入质保期。"
                              if passed else "部分性能指标未达到合同保证值，性能考核验收不合格。"), "songi"),
             SP(6),
             grid([["用户单位代表（签字）：", "供货单位代表（签字）："], ["", ""],
                   [f"用户单位（盖章）：{cu['name']}", f"供货单位（盖章）：{app['name']}"]], [85, 85], "cellsong",
                  box=[("BOX", (0, 0), (-1, -1), 0.6, colors.black)]),
             SP(3), P(f"签发日期：{cn_date(d)}", "song"),
             Seal(cu["name"], "", dx=45, dy=20, seed=rng.randrange(9999), mode="vector")]
    return story, fields(contract_no=c["no"], date=d, customer=cu["name"], result="passed" if passed else "failed")


BANKS = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "浦发银行", "天津银行"]


def acct_no(rng, n=19):
    return "".join(rng.choice("0123456789") for _ in range(n))


def g_statement(pay, app, rng):
    """G06 单位账户交易明细（对账单）: the applicant's own statement; the customer's credit is one highlighted row
    among unrelated debits and credits."""
    d = pay["date"]
    bank = pay.get("bank", "招商银行")
    rows = [["交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "对方账号", "附言"]]
    bal = rng.randrange(200000, 900000) * 100
    others = [("代发工资", "天津百川人力资源服务有限公司"), ("货款", "天津市鑫禾电气设备有限公司"), ("服务费", "天津融汇信息技术有限公司"),
              ("税款", "国家金库天津市西青区支库"), ("社保", "天津市社会保险基金管理中心"), ("往来款", "天津华拓精工机械有限公司")]
    entries = []
    k_rel = rng.randrange(2, 5)
    day0 = d.replace(day=1)
    for k in range(7):
        if k == k_rel:
            entries.append((d, "转账收入", 0, pay["amount"], pay["payer"], pay["payer_acct"], pay.get("memo", "货款"), True))
        else:
            od = day0 + dt.timedelta(days=rng.randrange(0, 27))
            s, n = rng.choice(others)
            v = rng.randrange(8000, 260000) * 100
            debit = s in ("代发工资", "税款", "社保", "货款")
            entries.append((od, s, v if debit else 0, 0 if debit else v, n, acct_no(rng, 16), "", False))
    entries.sort(key=lambda e: (e[0], not e[7]))
    hl = None
    for i, e in enumerate(entries, 1):
        bal = bal - e[2] + e[3]
        rows.append([e[0].strftime("%Y-%m-%d"), e[1], f"{e[2] / 100:,.2f}" if e[2] else "",
                     f"{e[3] / 100:,.2f}" if e[3] else "", f"{bal / 100:,.2f}", e[4], e[5], e[6]])
        if e[7]:
            hl = i
    t = grid(rows, [19, 14, 20, 20, 22, 42, 27, 18], "cells", header=1, pad=2,
             bg=[((0, hl), (-1, hl), colors.Color(1, 0.95, 0.45))])
    story = [P(f"{bank}  单位账户交易明细", "title"), SP(1),
             grid([["账户名称", app["name"], "账号", pay["payee_acct"]],
                   ["币种", "人民币", "查询期间", f"{day0:%Y-%m-%d} 至 {(day0 + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1):%Y-%m-%d}"],
                   ["开户机构", pay.get("branch", f"{bank}天津分行营业部"), "打印时间", f"{(d + dt.timedelta(days=rng.randrange(3, 40))):%Y-%m-%d} 10:{rng.randrange(10, 59)}:{rng.randrange(10, 59)}"]],
                  [22, 70, 22, 56], "cell", pad=2), SP(2), t, SP(3),
             P("说明：本明细仅供客户核对账务使用，如与账簿记录不符，请于收到后十日内与开户行联系。本页加盖业务专用章后有效。", "small"),
             Seal(f"{bank}股份有限公司天津分行", "业务专用章", dx=130, dy=5, r=17, seed=rng.randrange(9999), mode="raster")]
    memo = pay.get("memo", "货款")
    return story, fields(contract_no=pay["contract_no"] if pay["contract_no"] and pay["contract_no"] in memo else None,
                         amount_yuan=pay["amount"], date=d, payer=pay["payer"], payee=app["name"])


def g_wire(pay, app, rng):
    """G07 电汇凭证（回单）: bank paper form, 委托日期 at the top, 汇款人 left / 收款人 right with vertical labels,
    金额 大写 plus one digit per cell, 附加信息及用途, bank 转讫 stamp."""
    d = pay["date"]
    bank = pay.get("bank", "中国农业银行")
    cells = digit_cells(pay["amount"])
    vl = lambda t: P("<br/>".join(t), "cellc") if False else PX("<br/>".join(t), "cellc")
    rows = [
        ["", "", "", "", "", "", ""],
        [vl("汇款人"), "全　称", pay["payer"], vl("收款人"), "全　称", app["name"], ""],
        ["", "账　号", pay["payer_acct"], "", "账　号", pay["payee_acct"], ""],
        ["", "汇出地点", "天津 省  市/县", "", "汇入地点", "天津 省  市/县", ""],
        ["汇出行名称", "", pay.get("payer_bank", f"{bank}天津分行"), "汇入行名称", "", pay.get("payee_bank", "招商银行天津分行"), ""],
    ]
    amt_cells = grid([["亿", "千", "百", "十", "万", "千", "百", "十", "元", "角", "分"], cells], [4.6] * 11, "cells", pad=1,
                     lw=0.4)
    rows.append(["金额", f"人民币\n（大写）", rmb_upper(pay["amount"]), "", amt_cells, "", ""])
    rows.append(["", "", "", "", f"支付密码", "", ""])
    rows.append(["附加信息及用途：", "", pay.get("memo", "货款"), "", "汇出行签章", "", ""])
    t = grid(rows, [12, 17, 52, 12, 17, 52, 8], "cell", pad=3,
             span=[((0, 0), (-1, 0)), ((0, 1), (0, 3)), ((3, 1), (3, 3)), ((0, 4), (1, 4)), ((3, 4), (4, 4)),
                   ((2, 5), (3, 5)), ((4, 5), (6, 5)), ((0, 5), (0, 6)), ((1, 5), (1, 6)), ((2, 6), (3, 6)), ((4, 6), (6, 6)),
                   ((0, 7), (1, 7)), ((2, 7), (3, 7)), ((4, 7), (6, 7))],
             box=[("GRID", (0, 1), (-1, -1), 0.7, colors.Color(0.1, 0.3, 0.5)),
                  ("BOX", (0, 1), (-1, -1), 1.5, colors.Color(0.1, 0.3, 0.5))])
    story = [P(f"{bank}", "sub"), P("电汇凭证（回单）　　1", "title"),
             P(f"□普通　□加急　　　　委托日期　{d.year} 年 {d.month:02d} 月 {d.day:02d} 日", "right"), SP(1), t,
             P("此联汇出行给汇款人的回单", "smallc"),
             BankStamp([f"{bank}", pay.get("payer_bank", f"{bank}天津分行")[-9:], f"{d:%Y.%m.%d}", "转讫(1)"], dx=148, dy=36)]
    memo = pay.get("memo", "货款")
    return story, fields(contract_no=pay["contract_no"] if pay["contract_no"] and pay["contract_no"] in memo else None,
                         amount_yuan=pay["amount"], date=d, payer=pay["payer"], payee=app["name"])


def g_cheque(pay, app, rng):
    """G08 转账支票（复印件）: 出票日期 in 大写 (贰零贰肆年零捌月贰拾陆日); the payer is named only by the
    出票人签章 (财务专用章 + 法人名章); stub on the left."""
    d = pay["date"]
    bank = pay.get("bank", "中国建设银行")
    cells = digit_cells(pay["amount"], 12)
    stub = grid([[f"{bank}\n转账支票存根"], [f"{rng.randrange(10, 99)}  {rng.randrange(10000000, 99999999)}"],
                 ["附加信息"], [""], [f"出票日期 {d.year}年{d.month:02d}月{d.day:02d}日"], [f"收款人：{app['name']}"],
                 [f"金　额：{money(pay['amount'])}"], ["用　途：货款"], ["单位主管　　会计"]], [44], "cells", pad=2)
    amt = grid([["亿", "千", "百", "十", "万", "千", "百", "十", "元", "角", "分", ""][:11], cells[1:]], [4.5] * 11, "cells", pad=1,
               lw=0.4)
    main = grid([[f"{bank}　转账支票", "", f"{rng.randrange(10, 99)}　{rng.randrange(10000000, 99999999)}"],
                 [f"出票日期（大写）　{cheque_date(d)}", "", f"付款行名称：{pay.get('payer_bank', bank + '天津分行')}"],
                 [f"收款人：{app['name']}", "", f"出票人账号：{pay['payer_acct']}"],
                 [f"人民币（大写）　{rmb_upper(pay['amount'])}", "", amt],
                 ["用途　货款", "", "密码"],
                 ["上列款项请从\n我账户内支付", "", ""],
                 ["出票人签章", "", "复核　　　　记账"]], [50, 20, 55], "cell", pad=3,
                span=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)), ((0, 4), (1, 4)),
                      ((0, 5), (1, 5)), ((0, 6), (1, 6))],
                box=[("BOX", (0, 0), (-1, -1), 1.2, colors.Color(0.15, 0.35, 0.3)),
                     ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.Color(0.15, 0.35, 0.3))])
    t = Table([[stub, main]], colWidths=[46 * mm, 127 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 0.8, colors.grey,
                                                                    None, (2, 2))]))
    story = [SP(6), P("转账支票复印件（正面）", "sub"), SP(2), t,
             Seal(pay["payer"], "财务专用章", dx=85, dy=22, r=17, seed=rng.randrange(9999), mode="raster",
                  square=pay.get("rep", "张卫东")),
             SP(8), P(f"附：该支票已于{cn_date(d)}交我司财务部，并于当日随进账单送存开户银行。", "small"),
             P(f"{app['name']}财务部", "right")]
    return story, fields(amount_yuan=pay["amount"], date=d, payer=pay["payer"], payee=app["name"])


def g_award_approval(c, app, rng):
    """G09 采购定标审批单: the customer's internal approval form with three quotes, 定标金额, signatures per
    department and a 定标日期; names a 采购编号, never the contract number."""
    cu = c["cust"]
    d = c["proc_date"]
    amt = c["proc_amount"]
    q2 = amt + rng.randrange(3, 9) * amt // 100 // 100 * 100
    q3 = amt + rng.randrange(10, 18) * amt // 100 // 100 * 100
    comp = [("天津市凯鸿自动化工程有限公司", q2), ("天津朗拓智能装备有限公司", q3)]
    quotes = [(app["name"], amt)] + comp
    rng.shuffle(quotes)
    ranked = sorted(quotes, key=lambda x: x[1])
    rows = [["采购项目名称", c["proj"], "", ""],
            ["采购编号", c["proc_no"], "采购方式", "询比价"],
            ["预算金额（元）", f"{(q3 + amt // 10) // 100:,}.00", "申请部门", "设备动力部"],
            ["参与报价单位", "报价（元）", "排名", "备注"]]
    for n, v in quotes:
        rows.append([n, f"{v / 100:,.2f}", str(ranked.index((n, v)) + 1), "技术响应合格"])
    rows += [["拟定中标（成交）单位", app["name"], "", ""],
             ["定标金额", f"人民币{rmb_upper(amt)}（小写：{money(amt)}）", "", ""],
             ["申请部门意见", "同意。　　签字：李向东", "", ""],
             ["采购管理部意见", "经比价，推荐报价最低且技术合格单位。　　签字：周敏", "", ""],
             ["分管领导审批", "同意。　　签字：韩立", "", ""],
             ["总经理审批", f"同意定标。　　签字：高振宇　　定标日期：{cn_date(d)}", "", ""]]
    n = len(rows)
    span = [((1, 0), (3, 0))] + [((1, i), (3, i)) for i in range(n - 6, n)]
    story = [P(cu["name"], "sub"), P("采购定标审批单", "title"), SP(2),
             grid(rows, [44, 66, 26, 34], "cell", span=span, bg=[((0, 3), (-1, 3), colors.Color(0.93, 0.93, 0.93))]),
             SP(3), P("注：本表一式两份，采购管理部、财务部各存一份。", "small"),
             Seal(cu["name"], "", dx=120, dy=38, seed=rng.randrange(9999), mode="vector")]
    return story, fields(amount_yuan=amt, date=d, customer=cu["name"])


def g_bidding_result(c, app, rng):
    """G10 网上竞价成交确认单: e-procurement print view, reverse-auction rounds with masked bidders, amount in figures
    only, a 确认时间 with clock time, URL and print footer."""
    cu = c["cust"]
    d = c["proc_date"]
    amt = c["proc_amount"]
    no = c["proc_no"]
    plat = c.get("platform", f"{cu['name'][:-4]}阳光采购平台")
    rounds = []
    vals = {"供应商A": amt * 112 // 100, "供应商B": amt * 108 // 100, "供应商C": amt * 115 // 100}
    for r in range(1, 4):
        for k in vals:
            vals[k] = vals[k] * (100 - rng.randrange(1, 4)) // 100 // 100 * 100
            rounds.append([str(r), k, f"{vals[k] / 100:,.2f}", f"{d:%Y-%m-%d} 1{r}:{rng.randrange(10, 59)}:{rng.randrange(10, 59)}"])
    rounds.append(["4", "供应商B", f"{amt / 100:,.2f}", f"{d:%Y-%m-%d} 14:5{rng.randrange(0, 9)}:{rng.randrange(10, 59)}"])
    conf = f"{d:%Y-%m-%d} 16:{rng.randrange(10, 59)}:{rng.randrange(10, 59)}"
    def op(cv, doc):
        cv.setFont("WQY", 7)
        cv.setFillGray(0.4)
        cv.drawString(15 * mm, 290 * mm, f"{d:%Y/%m/%d} 16:58")
        cv.drawCentredString(105 * mm, 290 * mm, f"{plat} - 竞价结果")
        cv.drawString(15 * mm, 8 * mm, f"https://ygcg.{rng.choice(['tjhx', 'jsgroup', 'bhjt'])}.com.cn/bid/result/view?id={rng.randrange(100000, 999999)}")
        cv.drawRightString(195 * mm, 8 * mm, f"{doc.page}/1")
    story = [P(plat, "sub"), P("网上竞价成交确认单", "title"), SP(2),
             grid([["竞价单号", no, "竞价方式", "反向竞价（多轮）"],
                   ["竞价标题", c["proj"], "", ""],
                   ["采购单位", cu["name"], "", ""],
                   ["竞价开始时间", f"{d:%Y-%m-%d} 10:00:00", "竞价结束时间", f"{d:%Y-%m-%d} 15:00:00"]],
                  [26, 64, 26, 54], "cell", span=[((1, 1), (3, 1)), ((1, 2), (3, 2))], header=0), SP(3),
             P("报价记录（供应商名称已隐去）", "h2"),
             grid([["轮次", "报价方", "报价（元）", "报价时间"]] + rounds, [18, 40, 50, 62], "cells", header=1, pad=2), SP(3),
             P("成交结果", "h2"),
             grid([["成交供应商", app["name"]], ["成交金额（元）", f"{amt / 100:,.2f}"], ["确认状态", "采购单位已确认"],
                   ["确认时间", conf]], [40, 130], "cell"), SP(2),
             P("本确认单由系统自动生成，与书面通知具有同等效力。成交供应商应在五个工作日内与采购单位签订合同。", "small")]
    return story, fields(amount_yuan=amt, date=d, customer=cu["name"]), op


def g_payment_request(c, app, rng, amount, d):
    """G30 请款函 (other): the applicant asks the customer to pay; proves no payment."""
    cu = c["cust"]
    story = [P("请 款 函", "title"), SP(4), P(f"{cu['name']}：", "song"),
             P(f"我司与贵司于{cn_date(c['sign'])}签订的《{c['name']}》（合同编号：{c['no']}）项下项目已于"
               f"{cn_date(c['accept'])}通过验收。根据合同第四条约定，现申请支付合同款人民币{rmb_upper(amount)}"
               f"（{money(amount)}），请贵司按合同约定安排付款为盼。", "songi"),
             P("收款单位：" + app["name"], "song"), P(f"开户银行：{app['bank']}", "song"), P(f"账　　号：{app['acct']}", "song"),
             SP(4), P("特此函告。", "songi"), SP(10), P(app["name"], "right"), P(cn_date(d), "right"),
             Seal(app["name"], "", dx=120, dy=14, seed=rng.randrange(9999))]
    return story, fields()


# ----------------------------------------------------------------------------------------------
# genres: subcontracts with local suppliers
# ----------------------------------------------------------------------------------------------
def g_sub_purchase(s, app, rng):
    """G11 配套采购合同: applicant = 甲方（需方）, supplier = 乙方（供方）; the main contract number and the main
    project's customer appear in a recital (distractors); total in the 合计 row and in a clause."""
    sup = s["sup"]
    amt = s["amount"]
    items = split_items(rng, amt, s["items"])
    story = [grid([["合同编号", s["no"]], ["签订日期", cn_date(s["sign"])], ["签订地点", "天津市"]], [22, 50], "cell",
                  box=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]),
             SP(2), P("采 购 合 同", "title_song"), SP(2),
             party_block("甲方（需方）", app), SP(1), party_block("乙方（供方）", sup), SP(2),
             P(f"鉴于甲方承接{s['main_cust']}“{s['main_proj']}”项目（主合同编号：{s['main_no']}），为满足该项目本地化配套需要，"
               "甲方向乙方采购下列设备及服务。双方根据《中华人民共和国民法典》，经协商一致订立本合同。", "songi"),
             P("一、标的、数量及价款", "h2song"), items_table(items, amt, "cellsong"),
             P(f"合同总价款为人民币{rmb_upper(amt)}（{money(amt)}），含13%增值税及运输、安装指导费用。", "songi"),
             P("二、交货", "h2song"),
             P(f"乙方应于{cn_date(s['sign'] + dt.timedelta(days=45))}前将货物送至甲方指定的项目现场，并负责现场安装指导。", "songi"),
             P("三、质量与验收", "h2song"),
             P("货物应符合国家及行业标准和双方确认的技术协议；到货后由甲方会同项目业主进行验收。", "songi"),
             P("四、结算方式", "h2song"), P("货到验收合格后30日内，甲方凭乙方开具的增值税专用发票支付全部货款。", "songi")]
    story += sign_two("甲方", "乙方", app, sup, seal_l="合同专用章", seal_r="合同专用章", seed=rng.randrange(9999))
    return story, fields(contract_no=s["no"], amount_yuan=amt, date=s["sign"], customer=app["name"])


def g_sub_techservice(s, app, rng):
    """G12 技术服务分包协议: 委托方（甲方）/受托方（乙方); recital carries the main contract amount (a distractor);
    signing date only on the signature page (scanned in the 'mixed' rendering)."""
    sup = s["sup"]
    amt = s["amount"]
    body = [P(f"协议编号：{s['no']}", "right"), P("技术服务分包协议", "title"), SP(3),
            plain([["委托方（甲方）：", app["name"]], ["统一社会信用代码：", app["uscc"]], ["地址：", app["addr"]], ["", ""],
                   ["受托方（乙方）：", sup["name"]], ["统一社会信用代码：", sup["uscc"]], ["地址：", sup["addr"]]],
                  [40, 130], "body"), SP(2),
            P(f"鉴于甲方与{s['main_cust']}签订了《{s['main_proj']}合同》（合同编号：{s['main_no']}，合同金额"
              f"{money(s['main_amount'])}元），甲方拟将该项目中的{s['scope']}分包给乙方实施。乙方具备相应技术能力，"
              "双方经协商达成如下协议：", "bodyi"),
            P("第一条　服务内容", "h2"), P(f"乙方负责{s['scope']}，具体内容及技术要求见附件《分包工作说明书》。", "bodyi"),
            P("第二条　服务期限", "h2"), P(f"自协议生效之日起至{cn_date(s['sign'] + dt.timedelta(days=150))}止。", "bodyi"),
            P("第三条　分包费用及支付", "h2"),
            P(f"本协议分包服务费用为固定总价人民币{rmb_upper(amt)}（{money(amt)}），含税。甲方在收到总包项目相应进度款后"
              "十五个工作日内，按乙方完成工作量比例向乙方支付。", "bodyi"),
            P("第四条　双方责任", "h2"),
            P("乙方应按甲方及项目业主的要求组织人员驻场实施，遵守业主现场安全及保密管理规定；乙方不得将本协议项下工作再次分包。", "bodyi"),
            P("第五条　知识产权", "h2"), P("乙方在本协议项下形成的技术成果，其知识产权归甲方所有。", "bodyi")]
    sign = [P("（以下无正文，为签署页）", "smallc"), SP(10), P("第六条　其他", "h2"),
            P("本协议一式肆份，双方各执贰份，自双方签字盖章之日起生效。", "bodyi"), SP(8)]
    sign += sign_two("委托方", "受托方", app, sup, date_l=cn_date(s["sign"]), date_r=cn_date(s["sign"]),
                     st="body", seal_l="合同专用章", seal_r="合同专用章", seed=rng.randrange(9999))
    return body, sign, fields(contract_no=s["no"], amount_yuan=amt, date=s["sign"], customer=app["name"])


def g_sub_specialty(s, app, rng):
    """G13 专业分包合同 (after GF-2003-0213): 承包人（总承包单位）/分包人（分包单位）, 分包工程概况 grid with
    开工/竣工 dates, 分包合同价款 as 大写 元整 + 小写 元; 签订时间 at the end."""
    sup = s["sup"]
    amt = s["amount"]
    t0 = s["sign"] + dt.timedelta(days=7)
    story = [P("专业分包合同", "title_song"), P("第一部分　协议书", "sub"), SP(2),
             plain([["承包人（总承包单位）：", app["name"]], ["分包人（分包单位）：", sup["name"]],
                    ["分包人地址：", sup["addr"]], ["分包人统一社会信用代码：", sup["uscc"]]], [52, 118], "song"), SP(2),
             P(f"鉴于{s['main_cust']}（以下称为“发包人”）与承包人已经签订总承包合同，承包人和分包人双方就分包工程施工事项"
               "经协商达成一致，订立本合同。", "songi"),
             P("一、分包工程概况", "h2song"),
             grid([["分包工程名称", s["title"]], ["分包工程地点", s["site"]], ["分包工程承包范围", s["scope"]],
                   ["总包工程名称", s["main_proj"]], ["合同编号", s["no"]]], [40, 130], "cellsong"),
             P("二、分包合同工期", "h2song"),
             P(f"开工日期：{cn_date(t0)}；竣工日期：{cn_date(t0 + dt.timedelta(days=60))}；合同工期总日历天数61天。", "songi"),
             P("三、质量标准", "h2song"), P("分包工程质量标准：合格，并满足总包合同及发包人的技术要求。", "songi"),
             P("四、分包合同价款", "h2song"),
             P(f"金额：大写人民币{rmb_upper(amt)}（小写：{amt // 100}元）。本价款为固定总价，含人工、材料、机械、措施、"
               "管理、利润及税金。", "songi"),
             P("五、组成合同的文件", "h2song"),
             P("本合同协议书、中标通知书（如有）、分包人的报价书、本合同专用条款和通用条款、标准规范及图纸、工程量清单。", "songi"),
             P("六、合同生效", "h2song"),
             P(f"签订时间：{cn_date(s['sign'])}　　签订地点：{app['addr'][:9]}　　本合同经双方签字盖章后生效。", "songi")]
    story += sign_two("承包人", "分包人", app, sup, seal_l="合同专用章", seal_r="合同专用章", seed=rng.randrange(9999))
    return story, fields(contract_no=s["no"], amount_yuan=amt, date=s["sign"], customer=app["name"])


def g_sub_bilingual(s, app, rng):
    """G14 Subcontract Agreement 分包合同 (bilingual): Main Contractor / Subcontractor, price in RMB figures and
    Chinese capitals, date of signing written both ways."""
    sup = s["sup"]
    amt = s["amount"]
    d = s["sign"]
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"][d.month - 1]
    story = [P("分包合同", "title"), P("SUBCONTRACT AGREEMENT", "sub"), P(f"合同编号 Contract No.: {s['no']}", "right"), SP(2),
             grid([["总包方\nMain Contractor", app["name"], app["addr"]],
                   ["分包方\nSubcontractor", sup["name"], sup["addr"]]], [34, 66, 70], "cell"), SP(2),
             P(f"1. 项目 The Project：{s['main_proj']}（业主 Employer：{s['main_cust']}）", "body"),
             P(f"2. 分包范围 Scope of Subcontract Works：{s['scope']}", "body"),
             P(f"3. 合同价格 Subcontract Price：RMB {amt / 100:,.2f}（人民币{rmb_upper(amt)}），含增值税 VAT included。",
               "body"),
             P("4. 付款 Payment：按月完成工作量的80%支付进度款，分包工程验收合格后支付至97%，剩余3%作为质保金。"
               " Monthly progress payments of 80% of the work done; 97% upon acceptance; 3% retention.", "body"),
             P("5. 工期 Time for Completion：90个日历日 90 calendar days from the Commencement Date.", "body"),
             P("6. 适用法律 Governing Law：中华人民共和国法律 the laws of the People's Republic of China. 本合同以中英文书写，"
               "两种文本具有同等效力；如有歧义，以中文为准。", "body"), SP(3),
             P(f"签署日期 Date of Signing：{d.day} {mon} {d.year} / {cn_date(d)}", "body"), SP(4),
             grid([["总包方 For and on behalf of the Main Contractor", "分包方 For and on behalf of the Subcontractor"],
                   [f"{app['name']}\n\n授权代表 Authorised Representative：", f"{sup['name']}\n\n授权代表 Authorised Representative："]],
                  [85, 85], "cell", box=[("BOX", (0, 0), (-1, -1), 0.5, colors.black)]),
             Seal(app["name"], "合同专用章", dx=40, dy=14, seed=rng.randrange(9999), mode="raster"),
             Seal(sup["name"], "合同专用章", dx=128, dy=12, seed=rng.randrange(9999), mode="vector")]
    return story, fields(contract_no=s["no"], amount_yuan=amt, date=d, customer=app["name"])


def g_sub_reversed(s, app, rng):
    """G15 项目合作（分包）合同 drafted on the supplier's template: 甲方（承包方）= supplier, 乙方（发包方）= the
    applicant.  By role the applicant is the main contractor; by label it is 乙方."""
    sup = s["sup"]
    amt = s["amount"]
    story = [P(f"合同编号：{s['no']}", "right"), P(f"{s['title']}合同", "title"), SP(2),
             plain([["甲方（承包方）：", sup["name"]], ["地址：", sup["addr"]], ["统一社会信用代码：", sup["uscc"]], ["", ""],
                    ["乙方（发包方）：", app["name"]], ["地址：", app["addr"]], ["统一社会信用代码：", app["uscc"]]],
                   [40, 130], "body"), SP(2),
             P(f"乙方承接了{s['main_cust']}“{s['main_proj']}”项目，现将其中的{s['scope']}发包给甲方实施。"
               "甲乙双方经友好协商，签订本合同。", "bodyi"),
             P("一、工作内容：", "h2"), P(f"{s['scope']}，含现场勘测、设备安装、接线调试、资料移交。", "bodyi"),
             P("二、合同价款：", "h2"),
             P(f"本合同价款为人民币{rmb_upper(amt)}（{money(amt)}），由乙方按下列方式支付给甲方：合同签订后支付30%，"
               "工作完成并经乙方及业主确认后支付70%。", "bodyi"),
             P("三、双方责任：", "h2"),
             P("甲方应服从乙方的现场管理，按乙方及业主的技术要求和进度计划完成工作；乙方应及时提供现场条件并按约付款。", "bodyi"),
             P("四、其他：", "h2"), P("本合同一式两份，甲乙双方各执一份，双方签字盖章后生效。", "bodyi"), SP(6),
             plain([[P(f"甲方（盖章）：{sup['name']}\n代表签字：\n签约日期：{cn_date(s['sign'])}", "body"),
                     P(f"乙方（盖章）：{app['name']}\n代表签字：\n签约日期：{cn_date(s['sign'])}", "body")]], [85, 85]),
             Seal(sup["name"], "合同专用章", dx=40, dy=10, seed=rng.randrange(9999), mode="vector"),
             Seal(app["name"], "合同专用章", dx=125, dy=12, seed=rng.randrange(9999), mode="raster")]
    return story, fields(contract_no=s["no"], amount_yuan=amt, date=s["sign"], customer=app["name"])


def g_coop_framework(s, app, rng, d):
    """G31 战略合作框架协议 (other): intent to cooperate, no scope priced, no amount: not a subcontract."""
    sup = s["sup"]
    story = [P("战略合作框架协议", "title"), SP(3),
             plain([["甲方：", app["name"]], ["乙方：", sup["name"]]], [20, 150], "song"), SP(2),
             P("为发挥各自优势，推动智能制造本地化配套能力建设，甲乙双方本着“平等互利、优势互补、长期合作”的原则，"
               "经友好协商，就建立战略合作关系达成如下框架协议：", "songi"),
             P("一、合作内容：双方在智能产线集成、工业软件实施、设备运维等领域开展合作，甲方在同等条件下优先选择乙方作为"
               "天津地区项目的配套供应商。", "songi"),
             P("二、合作方式：具体项目合作由双方另行签订合同，明确工作范围、价款及双方权利义务。", "songi"),
             P("三、本协议为框架性协议，不涉及具体金额，有效期三年。", "songi"), SP(10),
             plain([[P(f"甲方（盖章）：{app['name']}\n日期：{cn_date(d)}", "song"),
                     P(f"乙方（盖章）：{sup['name']}\n日期：{cn_date(d)}", "song")]], [85, 85]),
             Seal(app["name"], "", dx=40, dy=8, seed=rng.randrange(9999)),
             Seal(sup["name"], "", dx=125, dy=8, seed=rng.randrange(9999))]
    return story, fields()


# ----------------------------------------------------------------------------------------------
# genres: experience-exchange meetings (沙龙/研讨会/观摩会/对接会/线上会议) and sign-in sheets
# ----------------------------------------------------------------------------------------------
def minutes_body(m, app, kind, rng):
    topics = m.get("topics", ["智能产线改造经验", "设备联网与数据采集", "质量追溯系统建设"])
    return [P(f"会议名称：{m['name']}", "body"), P(f"会议时间：{cn_date(m['date'])} {m.get('time', '14:00-17:00')}", "body"),
            P(f"会议地点：{m['place']}", "body"), P(f"主办单位：{app['name']}", "body"),
            P(f"参会人员：{m.get('who', '天津市制造业企业代表')}，共{m['n_persons']}人（名单附后）。", "body"), SP(2),
            P(f"{cn_date(m['date'])}，{app['name']}组织召开{kind}。会议围绕“{topics[0]}”主题，邀请已实施项目的用户企业"
              "现身说法，交流项目实施中的难点与经验。", "bodyi"),
            P(f"一是{topics[0]}。与会企业认为，应先梳理工艺与管理流程，再以数据贯通为主线分步实施。", "bodyi"),
            P(f"二是{topics[1]}。多家企业介绍了老旧设备联网的做法，建议优先采用标准协议网关，降低改造成本。", "bodyi"),
            P(f"三是{topics[2]}。与会代表就中小企业“轻量化、低成本”改造路径进行了深入讨论。", "bodyi"),
            P("会议商定：下一期活动拟于下季度举办，由主办单位汇总各企业需求后发出通知。", "bodyi")]


def g_salon_minutes(m, app, rng):
    """G16a 沙龙活动纪要 (text)."""
    story = [P(f"{m['name']}", "title"), P("活 动 纪 要", "sub"), SP(2)] + minutes_body(m, app, "本期沙龙活动", rng)
    story += [SP(6), P(f"{app['name']}", "right"), P(cn_date(m["date"] + dt.timedelta(days=2)), "right"),
              Seal(app["name"], "", dx=128, dy=12, seed=rng.randrange(9999))]
    return story, fields(date=m["date"], title=m["name"])


def g_person_sheet(m, app, rng):
    """G16b 签到表 by person: 姓名 first, one row per person (several people from one firm), 单位地址 column."""
    rows = [["序号", "姓名", "单位名称", "单位地址", "职务", "联系电话", "签到时间"]]
    k = 0
    for a in m["sheet_rows"]:
        k += 1
        rows.append([str(k), a["person"], a["name"], a.get("addr") or "", a.get("title", "经理"), a.get("phone", ""),
                     f"13:{rng.randrange(20, 59)}"])
    story = [P(f"{m['name']}签到表", "title"),
             P(f"时间：{cn_date(m['date'])}　　地点：{m['place']}", "sub"), SP(1),
             grid(rows, [9, 14, 46, 52, 13, 23, 13], "cells", header=1, pad=2)]
    return story, fields(date=m["date"], title=m["name"])


def g_seminar_with_twocol(m, app, rng):
    """G17 研讨会会议纪要 whose 附件 is a two-column 参会单位签到表 (序号 单位名称 统一社会信用代码 | ×2)."""
    story = [P(f"{m['name']}", "title"), P("会 议 纪 要", "sub"), HR(170 * mm, colors.Color(0.75, 0.1, 0.1), 1.4, True), SP(2)]
    story += minutes_body(m, app, "本次研讨会", rng)
    story += [SP(4), P(f"纪要整理：{app['name']}综合办公室", "right"), PageBreak(),
              P(f"附件：{m['name']}参会单位签到表", "h2"), SP(1)]
    rows = m["sheet_rows"]
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:]
    data = [["序号", "单位名称", "统一社会信用代码", "序号", "单位名称", "统一社会信用代码"]]
    for i in range(half):
        l = left[i]
        r = right[i] if i < len(right) else None
        data.append([str(i + 1), l["name"], l.get("uscc") or "", str(half + i + 1) if r else "", r["name"] if r else "",
                     (r.get("uscc") or "") if r else ""])
    story.append(grid(data, [8, 44, 33, 8, 44, 33], "cells", header=1, pad=2))
    return story, fields(date=m["date"], title=m["name"])


def g_briefing(m, app, rng):
    """G18a 活动简报 (news style, 第X期, red rule): the only minutes of a 现场观摩会."""
    story = [P("工作简报", "red_title"), P(f"第{m.get('issue', rng.randrange(3, 12))}期", "sub"),
             plain([[f"{app['name']}综合部编", "", f"{m['date'].year}年{m['date'].month}月"]], [60, 50, 60], "small"),
             HR(170 * mm, colors.Color(0.8, 0.05, 0.05), 1.6), SP(3),
             P(f"我公司成功举办{m['name']}", "h2"), SP(1),
             P(f"{cn_date(m['date'])}上午，由{app['name']}主办的{m['name']}在{m['place']}举行。来自全市汽车零部件、"
               f"电子、食品等行业的{m['n_firms_text']}家制造企业代表共{m['n_persons']}人参加活动。", "bodyi"),
             P("与会代表现场观摩了冲压车间上下料机器人、视觉质检工位和车间数字看板，听取了项目负责人关于产线改造思路、"
               "投资回收期和实施难点的介绍，并就老旧设备数据采集、质量追溯等问题进行了交流。", "bodyi"),
             P("观摩结束后，部分企业与我公司技术团队进行了一对一对接，初步达成诊断服务意向七项。", "bodyi"), SP(4),
             P("报：公司领导班子　　送：各部门", "small")]
    return story, fields(date=m["date"], title=m["name"])


def hand_sheet_page(m, app, rng, cols, widths_mm, keys, title_suffix="签到表", note=None, dpi=170):
    """Printed sign-in form filled in by hand (PIL): returns a PIL page."""
    im, dr, k = pil_page(dpi)
    f_t = ImageFont.truetype(ZEN, int(6.6 * k))
    f_h = ImageFont.truetype(MICRO, int(3.4 * k))
    dr.text((im.width / 2, 22 * k), f"{m['name']}", font=f_t, fill=(0, 0, 0), anchor="mm")
    dr.text((im.width / 2, 32 * k), title_suffix, font=ImageFont.truetype(ZEN, int(5.6 * k)), fill=(0, 0, 0), anchor="mm")
    dr.text((18 * k, 42 * k), f"时间：{cn_date(m['date'])}        地点：{m['place']}", font=f_h, fill=(0, 0, 0))
    x0, y0 = 15 * k, 50 * k
    rh = 13.5 * k
    xs = [x0]
    for w in widths_mm:
        xs.append(xs[-1] + w * k)
    nrows = max(len(m["sheet_rows"]) + 2, 16)
    for i in range(nrows + 2):
        dr.line([(xs[0], y0 + i * rh), (xs[-1], y0 + i * rh)], fill=(0, 0, 0), width=2)
    for x in xs:
        dr.line([(x, y0), (x, y0 + (nrows + 1) * rh)], fill=(0, 0, 0), width=2)
    for c, name in enumerate(cols):
        dr.text(((xs[c] + xs[c + 1]) / 2, y0 + rh / 2), name, font=f_h, fill=(0, 0, 0), anchor="mm")
    inks = [(25, 40, 120), (20, 20, 20), (30, 55, 140)]
    for r, a in enumerate(m["sheet_rows"]):
        ink = rng.choice(inks)
        yy = y0 + (r + 1) * rh
        dr.text(((xs[0] + xs[1]) / 2, yy + rh / 2), str(r + 1), font=f_h, fill=(0, 0, 0), anchor="mm")
        for c, key in enumerate(keys, 1):
            val = a.get(key) or ""
            if not val:
                continue
            w = xs[c + 1] - xs[c]
            fit = (w - 4 * k) / max(len(val) * 0.97, 1)
            if fit >= 3.1 * k:
                size = int(min(4.3 * k, fit))
                handwrite(dr, (xs[c] + 2.2 * k, yy + rh * 0.5 - size * 0.55), val, rng, size=size, ink=ink)
            else:
                size = int(min(4.0 * k, max(3.0 * k, 2 * fit)))
                handwrite(dr, (xs[c] + 2.2 * k, yy + rh * 0.08), val, rng, size=size, ink=ink, maxw=w - 3 * k,
                          line_h=int(rh * 0.46))
    if note:
        dr.text((18 * k, y0 + (nrows + 1.5) * rh), note, font=f_h, fill=(0, 0, 0))
    return im


def g_hand_sheet(m, app, rng):
    """G18b handwritten sign-in sheet (scan): 单位名称 / 单位地址 / 参会人 / 联系电话 written by hand."""
    im = hand_sheet_page(m, app, rng, ["序号", "单位名称", "单位地址", "参会人", "联系电话"], [12, 62, 62, 20, 24],
                         ["name", "addr", "person", "phone"])
    return [im], fields(date=m["date"], title=m["name"])


def g_matchmaking(m, app, rng):
    """G19 供需对接会会议纪要 with 对接企业名录 (统一社会信用代码 first; 供方/需方 column)."""
    story = [P(f"{m['name']}", "title"), P("会议纪要", "sub"), SP(2)] + minutes_body(m, app, "本次供需对接会", rng)
    story += [P("会议现场共促成对接意向若干项，主办单位将跟踪落实。", "bodyi"), SP(2), P("附：对接企业名录", "h2")]
    rows = [["统一社会信用代码", "企业名称", "类别", "对接代表", "联系电话"]]
    for a in m["sheet_rows"]:
        rows.append([a.get("uscc") or "", a["name"], a.get("side", "需方"), a["person"], a.get("phone", "")])
    story.append(grid(rows, [38, 64, 14, 20, 30], "cells", header=1, pad=2))
    story += [SP(4), P(f"{app['name']}（会议主办方）", "right"), P(cn_date(m["date"]), "right"),
              Seal(app["name"], "", dx=128, dy=10, seed=rng.randrange(9999), mode="raster")]
    return story, fields(date=m["date"], title=m["name"])


def g_online_minutes(m, app, rng):
    """G20a 线上研讨会纪要."""
    story = [P(f"{m['name']}（线上）", "title"), P("会议纪要", "sub"), SP(2),
             P(f"会议名称：{m['name']}", "body"),
             P(f"会议形式：腾讯会议线上会议（会议号：{m['meeting_id']}）", "body"),
             P(f"会议时间：{cn_date(m['date'])} 14:00-16:30", "body"), P(f"主办单位：{app['name']}", "body"), SP(2),
             P(f"本次会议以线上方式召开，{m['n_firms_text']}家企业报名并参会，参会明细以会议系统导出记录为准（附后）。"
               "会议由主办单位技术总监主持，介绍了工业互联网平台在离散制造企业的应用案例，"
               "并就设备预测性维护、能耗监测等议题开展互动答疑。", "bodyi"),
             P("会后，主办单位将会议课件通过企业微信群分享给参会企业。", "bodyi"), SP(6),
             P(f"{app['name']}", "right"), P(cn_date(m["date"] + dt.timedelta(days=1)), "right")]
    return story, fields(date=m["date"], title=m["name"])


def g_online_export(m, app, rng):
    """G20b 参会成员明细 exported from the meeting system (landscape): nicknames, 报名 fields, join/leave times."""
    d = m["date"]
    rows = [["序号", "用户昵称", "企业名称（报名填写）", "统一社会信用代码（报名填写）", "所在地区", "首次入会时间", "最后退会时间", "累计参会时长(分钟)"]]
    for k, a in enumerate(m["sheet_rows"], 1):
        t_in = dt.datetime.combine(d, dt.time(13, 48)) + dt.timedelta(minutes=rng.randrange(0, 14), seconds=rng.randrange(60))
        t_out = dt.datetime.combine(d, dt.time(16, 20)) + dt.timedelta(minutes=rng.randrange(0, 14), seconds=rng.randrange(60))
        dur = (t_out - t_in).seconds // 60 - rng.randrange(0, 9)
        rows.append([str(k), a.get("nick") or a["person"], a["name"], a.get("uscc") or "", a.get("region") or "",
                     f"{t_in:%Y-%m-%d %H:%M:%S}", f"{t_out:%Y-%m-%d %H:%M:%S}", str(dur)])
    story = [P("参会成员明细", "title"),
             P(f"会议主题：{m['name']}　　会议号：{m['meeting_id']}　　会议时间：{d:%Y/%m/%d} 14:00-16:30　　导出时间：{(d + dt.timedelta(days=1)):%Y/%m/%d} 09:12",
               "small"), SP(1),
             grid(rows, [10, 32, 62, 48, 24, 36, 36, 22], "cells", header=1, pad=2)]
    return story, fields(date=d, title=m["name"])


def g_notice(m, app, rng):
    """G21a 会议通知 (红头): before the meeting; no attendance."""
    story = [P(f"{app['name']}", "red_title"), HR(170 * mm, colors.Color(0.8, 0.05, 0.05), 1.6, True), SP(4),
             P(f"关于召开{m['name']}的通知", "title"), SP(2), P("各有关企业：", "body"),
             P(f"为交流推广智能制造系统解决方案应用经验，我公司定于{cn_date(m['date'])}召开{m['name']}。现将有关事项通知如下：",
               "bodyi"),
             P(f"一、会议时间：{cn_date(m['date'])}（星期{'一二三四五六日'[m['date'].weekday()]}）9:00-11:30", "body"),
             P(f"二、会议地点：{m['place']}", "body"),
             P("三、参会对象：天津市汽车零部件、装备制造、电子信息等行业制造企业负责人及信息化、设备管理负责人。", "body"),
             P("四、会议内容：智能工厂建设经验分享；典型项目现场观摩；企业需求对接。", "body"),
             P(f"五、请于{cn_date(m['date'] - dt.timedelta(days=3))}前将参会回执发送至联系人邮箱。", "body"), SP(8),
             P(f"{app['name']}", "right"), P(cn_date(m["date"] - dt.timedelta(days=10)), "right"),
             Seal(app["name"], "", dx=128, dy=12, seed=rng.randrange(9999))]
    return story, fields(date=m["date"], title=m["name"])


def g_printed_sheet_signed(m, app, rng):
    """G21b printed 签到表 (单位名称 and 地址 typed in advance) with hand signatures; scanned."""
    im = hand_sheet_page(m, app, rng, ["序号", "单位名称", "地址", "参会人员签名", "备注"], [12, 64, 64, 28, 12],
                         ["name", "addr", "person", ""])
    return [im], fields(date=m["date"], title=m["name"])


def meeting_photo(m, app, rng, w=1600, h=1200):
    """G21c 会场照片: banner with the meeting name and date, screen, audience."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    im = Image.new("RGB", (w, h), (196, 186, 170))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, w, int(h * 0.62)], fill=(210, 204, 192))
    dr.rectangle([int(w * 0.06), int(h * 0.08), int(w * 0.94), int(h * 0.21)], fill=(178, 24, 30))
    f1 = ImageFont.truetype(ZEN, int(h * 0.048))
    f2 = ImageFont.truetype(ZEN, int(h * 0.028))
    dr.text((w / 2, h * 0.125), m["name"], font=f1, fill=(255, 236, 160), anchor="mm")
    dr.text((w / 2, h * 0.185), f"主办单位：{app['name']}　　{cn_date(m['date'])}", font=f2, fill=(255, 255, 255), anchor="mm")
    dr.rectangle([int(w * 0.3), int(h * 0.25), int(w * 0.7), int(h * 0.52)], fill=(40, 70, 120))
    dr.text((w / 2, h * 0.385), "智能工厂建设经验分享", font=f2, fill=(255, 255, 255), anchor="mm")
    for row in range(5):
        yy = int(h * (0.66 + row * 0.075))
        for cidx in range(14):
            xx = int(w * (0.05 + cidx * 0.066) + nrng.normal(0, 6))
            r = int(h * (0.028 + row * 0.004))
            col = tuple(int(v) for v in nrng.integers(20, 70, 3))
            dr.ellipse([xx - r, yy - r, xx + r, yy + r], fill=col)
            dr.rectangle([xx - int(r * 1.6), yy + r, xx + int(r * 1.6), yy + 3 * r], fill=tuple(int(v) for v in nrng.integers(30, 120, 3)))
    a = np.asarray(im).astype(np.float32)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-3, 3), 1.05)
    a = cv2.warpAffine(a, M, (w, h), borderMode=cv2.BORDER_REFLECT)
    a = cv2.GaussianBlur(a, (0, 0), 1.3) + nrng.normal(0, 4, a.shape[:2])[:, :, None]
    b = io.BytesIO()
    Image.fromarray(a.clip(0, 255).astype(np.uint8)).save(b, "JPEG", quality=78)
    return b.getvalue(), fields(date=m["date"], title=m["name"])


# ----------------------------------------------------------------------------------------------
# genres: free diagnoses
# ----------------------------------------------------------------------------------------------
DOMAINS = ["人员", "技术", "资源", "设计", "生产", "物流", "销售", "服务"]


def diag_findings(dg, rng):
    ind = dg["cust"].get("industry", "机械加工")
    return [f"生产计划依靠Excel编排，插单频繁时计划调整滞后，{ind}订单准时交付率约{rng.randrange(78, 90)}%。",
            f"关键设备约{rng.randrange(40, 70)}%未联网，设备状态和停机原因依靠人工记录，OEE无法准确统计。",
            "质量检验记录以纸质为主，批次追溯需人工翻查，追溯一次平均耗时半天以上。",
            "ERP与车间之间缺少执行层系统，工单报工、物料消耗数据不能及时回传。"]


def diag_solutions(dg, rng):
    return ["部署轻量化MES，打通“计划—工单—报工”闭环，实现计划排程与执行进度可视化。",
            "对关键设备加装数据采集网关，采集运行、停机、产量数据，建立OEE分析看板。",
            "建立产品批次条码体系，质量检验数据电子化，实现原料到成品的正反向追溯。",
            "以ERP为核心梳理主数据，完成ERP与MES接口集成，统一物料与工艺编码。"]


def g_maturity_report(dg, app, rng):
    """G22 智能制造能力成熟度评估报告 (3 pages): the firm is named on the cover only (受评估单位); domain scores;
    the solution section is titled 提升路径."""
    cu = dg["cust"]
    scores = [round(rng.uniform(1.2, 2.6), 2) for _ in DOMAINS]
    lvl = "二级（规范级）" if sum(scores) / len(scores) >= 1.8 else "一级（规划级）"
    story = [SP(40), P(dg["title"], "title"), SP(30),
             plain([["受评估单位：", cu["name"]], ["评估机构：", app["name"]], ["评估依据：", "GB/T 39116-2020《智能制造能力成熟度模型》"],
                    ["现场评估日期：", cn_date(dg["date"])], ["报告日期：", cn_date(dg["report_date"])]], [40, 110], "body"),
             PageBreak(), P("一、评估概述", "h2"),
             P("评估组依据GB/T 39116-2020和GB/T 39117-2020，采用文件审查、现场观察与人员访谈相结合的方式，对企业人员、技术、资源、"
               "设计、生产、物流、销售、服务等能力要素开展了评估。", "bodyi"),
             P("二、评估结果", "h2"),
             grid([["能力域", "得分", "能力域", "得分"]] +
                  [[DOMAINS[i], f"{scores[i]:.2f}", DOMAINS[i + 4], f"{scores[i + 4]:.2f}"] for i in range(4)],
                  [40, 45, 40, 45], "cell", header=1),
             P(f"综合评估，企业当前智能制造能力成熟度为{lvl}。", "bodyi"),
             P("三、主要差距", "h2")] + [P(f"{k}. {t}", "bodyi") for k, t in enumerate(diag_findings(dg, rng), 1)]
    if dg["has_solution"]:
        story += [P("四、提升路径", "h2"),
                  P("结合企业发展规划，建议按“夯实基础—集成贯通—优化提升”三步推进：", "bodyi")] + \
                 [P(f"（{'一二三四'[k]}）{t}", "bodyi") for k, t in enumerate(diag_solutions(dg, rng))] + \
                 [P("预计实施后企业可达到三级（集成级）要求，生产效率提升15%以上。", "bodyi")]
    else:
        story += [P("四、评估结论", "h2"), P(f"企业智能制造能力成熟度为{lvl}，具备开展智能化改造的基础条件。", "bodyi")]
    story += [SP(8), P(f"评估机构：{app['name']}", "right"),
              Seal(app["name"], "", dx=125, dy=6, seed=rng.randrange(9999))]
    return story, fields(date=dg["date"], customer=cu["name"], title=dg["title"])


def g_dx_report(dg, app, rng):
    """G23 数字化转型诊断报告: 委托方 / 诊断服务方 header, current-state table, 问题清单, and the solution as an
    实施路线图 table (阶段/时间/重点任务/预期成效)."""
    cu = dg["cust"]
    d = dg["date"]
    story = [P(dg["title"], "title"), SP(2),
             grid([["委托方", cu["name"]], ["诊断服务方", app["name"]], ["诊断日期", cn_date(d)], ["报告编号", dg.get("no", f"ZD-{d:%Y%m}-{rng.randrange(100, 999)}")]],
                  [30, 140], "cell"), SP(3),
             P("一、诊断背景", "h2"),
             P(f"应委托方申请，诊断服务方派出专家组赴企业开展数字化转型免费诊断，覆盖研发设计、生产管控、设备管理、质量管理、"
               "仓储物流和经营管理六个环节。", "bodyi"),
             P("二、企业数字化现状", "h2"),
             grid([["环节", "现状", "评分(5分制)"],
                   ["研发设计", "二维CAD为主，未建立PDM", str(rng.randrange(1, 4))],
                   ["生产管控", "纸质工单，人工报工", str(rng.randrange(1, 3))],
                   ["设备管理", "部分设备具备通讯接口，未联网", str(rng.randrange(1, 3))],
                   ["质量管理", "检验数据纸质记录", str(rng.randrange(1, 4))],
                   ["仓储物流", "ERP库存模块，账实差异较大", str(rng.randrange(2, 4))],
                   ["经营管理", "已上线ERP财务、采购模块", str(rng.randrange(2, 5))]], [30, 110, 30], "cell", header=1),
             P("三、问题清单", "h2")] + [P(f"{k}. {t}", "bodyi") for k, t in enumerate(diag_findings(dg, rng), 1)]
    if dg["has_solution"]:
        y = d.year + 1
        story += [P("四、实施路线图", "h2"),
                  grid([["阶段", "时间", "重点任务", "预期成效"],
                        ["第一阶段", f"{y}年上半年", diag_solutions(dg, rng)[1], "设备联网率≥80%"],
                        ["第二阶段", f"{y}年下半年", diag_solutions(dg, rng)[0], "计划达成率提升10%"],
                        ["第三阶段", f"{y + 1}年", diag_solutions(dg, rng)[2] + diag_solutions(dg, rng)[3], "质量追溯时间≤10分钟"]],
                       [20, 24, 92, 34], "cell", header=1)]
    else:
        story += [P("四、诊断结论", "h2"), P("企业数字化处于起步阶段，各环节信息化基础较为薄弱。", "bodyi"),
                  P("五、企业意见", "h2"), P("企业认可诊断结论。", "bodyi")]
    story += [SP(8), plain([[P(f"诊断服务方（盖章）：{app['name']}", "body"), P(f"委托方确认（盖章）：{cu['name']}", "body")]],
                           [85, 85]),
              Seal(app["name"], "", dx=40, dy=4, seed=rng.randrange(9999)),
              Seal(cu["name"], "", dx=128, dy=2, seed=rng.randrange(9999), mode="raster")]
    return story, fields(date=d, customer=cu["name"], title=dg["title"])


def g_field_record(dg, app, rng, dpi=165):
    """G24 现场诊断记录表: printed ruled form filled in by hand (scan); the suggestion row is 改造建议."""
    cu = dg["cust"]
    im, dr, k = pil_page(dpi)
    dr.text((im.width / 2, 24 * k), dg["title"], font=ImageFont.truetype(ZEN, int(6.2 * k)), fill=(0, 0, 0), anchor="mm")
    dr.text((im.width - 60 * k, 34 * k), f"编号：{app['name'][2:4]}-ZD-{rng.randrange(100, 999)}",
            font=ImageFont.truetype(MICRO, int(3.2 * k)), fill=(0, 0, 0))
    f = ImageFont.truetype(MICRO, int(3.8 * k))
    x0, x1, x2 = 15 * k, 45 * k, 195 * k
    rows = [("企业名称", cu["name"], 13), ("统一社会信用代码", cu["uscc"], 13), ("诊断时间", f"{dg['date'].year}年{dg['date'].month}月{dg['date'].day}日", 13),
            ("诊断专家", "王立新  李春燕", 13),
            ("企业基本情况", f"主营{cu.get('industry', '机械加工')}，员工约{cu.get('employees', 120)}人，有ERP，车间以人工管理为主。", 30),
            ("存在问题", "设备未联网，停机原因靠手工记；工单纸质流转，报工滞后；质检记录纸质，追溯难。", 42)]
    if dg["has_solution"]:
        rows.append(("改造建议", "1.关键设备加装采集网关，建OEE看板；2.上轻量MES，工单报工电子化；3.建立批次条码追溯。", 48))
    else:
        rows.append(("备注", "企业需求待进一步沟通。", 48))
    rows.append(("企业确认", "", 30))
    y = 40 * k
    ink = (25, 45, 125)
    for lab, val, hmm in rows:
        h = hmm * k
        dr.rectangle([x0, y, x2, y + h], outline=(0, 0, 0), width=2)
        dr.line([(x1, y), (x1, y + h)], fill=(0, 0, 0), width=2)
        dr.text((x0 + 2 * k, y + h / 2), lab, font=f, fill=(0, 0, 0), anchor="lm")
        if val:
            handwrite(dr, (x1 + 5 * k, y + 6 * k), val, rng, size=int(4.6 * k), ink=ink, maxw=x2 - x1 - 8 * k,
                      line_h=int(7.5 * k))
        y += h
    dr.text((x1 + 60 * k, y - 10 * k), "（签字/盖章）", font=f, fill=(0, 0, 0))
    handwrite(dr, (x1 + 8 * k, y - 14 * k), cu.get("contact", "张建华"), rng, size=int(6 * k), ink=(20, 20, 20))
    pil_seal(im, cu["name"], "", x1 + 45 * k, y - 15 * k, rng, px=int(38 * k))
    return [im], fields(date=dg["date"], customer=cu["name"], title=dg["title"])


def g_assessment_report(dg, app, rng):
    """G25 诊断评估报告: the firm appears in the title and the first sentence only; the solution heading is
    下一步工作建议; the field visit date is in prose."""
    cu = dg["cust"]
    d = dg["date"]
    story = [P(dg["title"], "title"), SP(3),
             P(f"受{cu['name']}邀请，我公司诊断专家组于{cn_date(d)}赴企业现场，通过座谈访谈、现场查看和资料查阅等方式，"
               "对企业智能制造基础条件开展了免费诊断评估。现将有关情况报告如下。", "bodyi"),
             P("一、企业基本情况", "h2"),
             P(f"企业主营{cu.get('industry', '机械加工')}，现有员工约{cu.get('employees', 120)}人，已建设ERP系统，车间管理以人工为主。", "bodyi"),
             P("二、诊断发现", "h2")] + [P(f"（{'一二三四'[k]}）{t}", "bodyi") for k, t in enumerate(diag_findings(dg, rng))]
    if dg["has_solution"]:
        story += [P("三、下一步工作建议", "h2")] + [P(f"{k}. {t}", "bodyi") for k, t in enumerate(diag_solutions(dg, rng), 1)] + \
                 [P("建议企业优先实施第1、2项，投资约80万元，预计一年内收回。", "bodyi")]
    else:
        story += [P("三、诊断结论", "h2"), P("企业具备一定信息化基础，智能制造水平有较大提升空间。", "bodyi")]
    story += [SP(8), P(f"{app['name']}", "right"), P(cn_date(dg["report_date"]), "right"),
              Seal(app["name"], "", dx=128, dy=12, seed=rng.randrange(9999), mode=rng.choice(["vector", "raster"]))]
    return story, fields(date=d, customer=cu["name"], title=dg["title"])


def g_problem_measure(dg, app, rng):
    """G26 诊断报告 whose solution is a column of a 问题—对策 table (对策措施), no solution heading."""
    cu = dg["cust"]
    fnd = diag_findings(dg, rng)
    sol = diag_solutions(dg, rng)
    rows = [["序号", "诊断环节", "存在问题", "对策措施" if dg["has_solution"] else "问题等级"]]
    for k, (a, b, env) in enumerate(zip(fnd, sol, ["计划", "设备", "质量", "系统集成"]), 1):
        rows.append([str(k), env, a, b if dg["has_solution"] else rng.choice(["一般", "较重"])])
    story = [P(dg["title"], "title"), SP(2),
             grid([["企业名称", cu["name"], "诊断日期", cn_date(dg["date"])],
                   ["诊断单位", app["name"], "诊断方式", "现场诊断"]], [22, 70, 22, 56], "cell"), SP(3),
             P("诊断问题及对策一览表", "h2"),
             grid(rows, [10, 20, 70, 70], "cell", header=1), SP(3),
             P("诊断专家：王立新（高级工程师）、李春燕（工程师）", "body"), SP(6),
             plain([[P(f"诊断单位（盖章）：{app['name']}", "body"), P("企业负责人（签字）：", "body")]], [100, 70]),
             Seal(app["name"], "", dx=50, dy=5, seed=rng.randrange(9999))]
    return story, fields(date=dg["date"], customer=cu["name"], title=dg["title"])


def g_diag_confirm(dg, app, rng):
    """G27 免费诊断服务确认单 (other): the firm confirms a visit took place; it is not a report."""
    cu = dg["cust"]
    story = [P("免费诊断服务确认单", "title"), SP(6),
             P(f"兹确认{app['name']}于{cn_date(dg['date'])}派员到我单位开展智能制造免费诊断服务，"
               "诊断内容包括生产管理、设备管理、质量管理等环节，服务过程未收取任何费用。", "songi"), SP(2),
             P("诊断报告将另行提交。", "songi"), SP(14),
             plain([["", f"企业名称（盖章）：{cu['name']}"], ["", "联系人："], ["", f"日期：{cn_date(dg['date'])}"]], [70, 100], "song"),
             Seal(cu["name"], "", dx=120, dy=12, seed=rng.randrange(9999), mode="raster")]
    return story, fields()


# ----------------------------------------------------------------------------------------------
# genre: standard drafts (工作组讨论稿/送审稿 with 目次, several pages)
# ----------------------------------------------------------------------------------------------
def g_standard(st, app, rng):
    """G28 standard draft: cover with ICS/CCS, code, stage mark, dates; 目次; 前言; 范围; 规范性引用文件; 术语."""
    cover = [P(f"ICS {st['ics']}", "small"), P(f"CCS {st['ccs']}", "small"), SP(4),
             P(st["org"], "title"), SP(2), P(st["code"], "right"), HR(), SP(30), P(st["title"], "title"), SP(4),
             P(st.get("en", ""), "sub"), SP(8), P(f"（{st['stage']}）", "sub"), SP(70),
             plain([[f"{st['issue']} 发布", f"{st['impl']} 实施"]], [100, 70], "body"), HR(),
             P(st["publisher"], "sub")]
    body = [PageBreak(), P("目　　次", "title"), SP(2)]
    for k, t in enumerate(["前言", "1　范围", "2　规范性引用文件", "3　术语和定义", "4　总体要求", "5　功能要求", "6　接口要求",
                           "附录A（资料性）　典型应用示例"]):
        body.append(plain([[t, "." * 60, str(k + 1 if k else "Ⅰ")]], [70, 90, 10], "body", pad=0))
    body += [PageBreak(), P("前　　言", "title"),
             P("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。", "bodyi"),
             P("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。", "bodyi"),
             P(f"本文件起草单位：{app['name']}、{st['co']}。", "bodyi"),
             P("本文件主要起草人：王立新、李春燕、周晓峰、马骁。", "bodyi"), SP(4),
             P(st["title"], "h2"), P("1　范围", "h2"),
             P(f"本文件规定了{st['scope']}的总体要求、功能要求和接口要求。", "bodyi"),
             P("本文件适用于离散制造企业相关系统的规划、建设与验收。", "bodyi"),
             P("2　规范性引用文件", "h2"),
             P("GB/T 39116—2020　智能制造能力成熟度模型\nGB/T 25485—2010　工业自动化系统与集成　制造执行系统功能体系结构", "body"),
             P("3　术语和定义", "h2"), P("下列术语和定义适用于本文件。", "bodyi")]
    return cover + body, fields(title=st["title"])


# ----------------------------------------------------------------------------------------------
# invented names and places
# ----------------------------------------------------------------------------------------------
TJ_PLACES = [("120111", "西青区", ["赛达二支路", "中北镇汇智路", "精武镇学府工业区兴华道", "张家窝镇工业园丰泽道"]),
             ("120116", "滨海新区", ["开发区第十一大街", "空港经济区西七道", "高新区塘沽海洋科技园新北路", "临港经济区渤海十路"]),
             ("120113", "北辰区", ["北辰经济技术开发区高新大道", "双口镇永信道", "天穆镇北仓道"]),
             ("120114", "武清区", ["武清开发区泉达路", "京滨工业园京滨睿城", "下朱庄街福源道"]),
             ("120115", "宝坻区", ["九园工业园区九园公路", "宝坻经济开发区宝白公路"]),
             ("120118", "静海区", ["静海经济开发区北区金海道", "大邱庄镇百亿元工业区"]),
             ("120112", "津南区", ["津南经济开发区（西区）旺港路", "八里台镇工业园区"]),
             ("120110", "东丽区", ["东丽经济技术开发区二经路", "华明高新区华兴路"]),
             ("120104", "南开区", ["华苑产业园区榕苑路", "鞍山西道"]),
             ("120117", "宁河区", ["现代产业区安捷路"])]
OTHER_PLACES = [("110108", "北京市海淀区", ["上地信息路", "西北旺东路"]), ("131003", "河北省廊坊市广阳区", ["新开路", "爱民东道"]),
                ("130984", "河北省沧州市河间市", ["瀛州路", "经济开发区兴业路"]), ("130203", "河北省唐山市路北区", ["长宁道", "龙泽路"]),
                ("371402", "山东省德州市德城区", ["天衢东路", "经济开发区东方红路"]), ("320583", "江苏省昆山市", ["前进东路", "开发区黄浦江南路"]),
                ("131082", "河北省三河市", ["燕郊高新区迎宾北路", "燕郊开发区燕顺路"])]
BRANDS = list("鑫恒泰瑞华博远晟宏锐达润信昊航德嘉盛骏铭拓宸赟昶垚琨湃翊骅燊玥珩埕沐泓钜澜煜璟荣晖弘祺岱筠淼霖铂睿崇")
INDUSTRIES = [("精密机械", "机械加工"), ("汽车零部件", "汽车零部件制造"), ("金属制品", "金属制品"), ("塑胶制品", "注塑件"),
              ("电子科技", "电子元器件"), ("食品", "食品加工"), ("医疗器械", "医疗器械"), ("新材料科技", "复合材料"),
              ("包装制品", "包装印刷"), ("阀门", "阀门制造"), ("轴承", "轴承"), ("液压设备", "液压件"), ("纺织", "纺织"),
              ("电气设备", "电气成套"), ("化工", "精细化工"), ("模具", "模具制造"), ("仪器仪表", "仪器仪表"),
              ("环保设备", "环保装备"), ("家具", "家具制造"), ("生物科技", "生物制药")]
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文")
GIVEN = ["建国", "晓峰", "丽娟", "志强", "海燕", "立新", "春燕", "永胜", "红梅", "国庆", "文博", "思远", "雪莹", "子涵", "振宇",
         "宏伟", "桂英", "明辉", "秀兰", "建华", "卫东", "晓明", "静", "磊", "敏", "欣怡", "浩然", "鹏飞", "海涛", "玉兰"]


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def person(self):
        return self.rng.choice(SURN) + self.rng.choice(GIVEN)

    def phone(self):
        return "1" + self.rng.choice("3578") + "".join(self.rng.choice("0123456789") for _ in range(9))

    def company(self, tj=True, region=None, ind=None, form=None, prefix=None):
        rng = self.rng
        for _ in range(200):
            b = "".join(rng.sample(BRANDS, 2))
            ind = ind or rng.choice(INDUSTRIES)
            if tj:
                code, dist, roads = region or rng.choice(TJ_PLACES)
                pre = prefix if prefix is not None else rng.choice(["天津", "天津", "天津市", f"天津{dist[:-1] if dist != '滨海新区' else '滨海'}"])
                addr = f"天津市{dist}{rng.choice(roads)}{rng.randrange(2, 180)}号"
            else:
                code, place, roads = region or rng.choice(OTHER_PLACES)
                city = place[3:5] if place.startswith("河北") or place.startswith("山东") or place.startswith("江苏") else place[:2]
                pre = prefix if prefix is not None else city
                addr = f"{place}{rng.choice(roads)}{rng.randrange(2, 180)}号"
            form = form or rng.choice(["有限公司", "有限公司", "科技有限公司", "股份有限公司"])
            name = f"{pre}{b}{ind[0]}{form}".replace("科技科技", "科技")
            if name not in self.used:
                self.used.add(name)
                return {"name": name, "uscc": make_uscc(rng, code), "addr": addr, "rep": self.person(),
                        "industry": ind[1], "contact": self.person()}
        raise RuntimeError("names exhausted")


def uninformative(rng, kind, d=None):
    d = d or dt.date(2024, rng.randrange(1, 13), rng.randrange(1, 28))
    t = dt.datetime.combine(d, dt.time(rng.randrange(8, 19), rng.randrange(60), rng.randrange(60)))
    if kind == "scan":
        return f"scan{rng.randrange(1, 9999):04d}.pdf"
    if kind == "cam":
        return f"CamScanner {t:%m-%d-%Y %H.%M}.pdf"
    if kind == "wx":
        return f"微信图片_{t:%Y%m%d%H%M%S}.jpg"
    if kind == "img":
        return f"IMG_{t:%Y%m%d_%H%M%S}.jpg"
    if kind == "doc":
        return f"doc{rng.randrange(10 ** 7, 10 ** 8)}{t:%Y%m%d}.pdf"
    if kind == "png":
        return f"Screenshot_{t:%Y%m%d-%H%M%S}.png"
    raise ValueError(kind)


# ----------------------------------------------------------------------------------------------
# emission of a submission's documents
# ----------------------------------------------------------------------------------------------
GENRE_ID = {"chenglan": "G01", "license": "G02", "final": "G03", "confirm": "G04", "perf": "G05", "statement": "G06",
            "wire": "G07", "cheque": "G08", "approval": "G09", "bidding": "G10", "sub_purchase": "G11",
            "sub_tech": "G12", "sub_special": "G13", "sub_bilingual": "G14", "sub_reversed": "G15",
            "salon": "G16", "seminar2col": "G17", "tour": "G18", "matchmaking": "G19", "online": "G20",
            "bundle": "G21", "maturity": "G22", "dx": "G23", "field": "G24", "assess": "G25", "problem": "G26",
            "diag_confirm": "G27", "standard": "G28", "request": "G30", "coop": "G31"}

KIND_TYPE = {"contract": "contract", "acceptance": "acceptance_report", "payment": "payment_proof",
             "procurement": "procurement_proof", "other": "other"}


def emit_contract(sub, c, app):
    for k, ds in enumerate(c["docs"]):
        rng = sub.rng(f"c{c['seq']}:{k}")
        g, r = ds["g"], ds["r"]
        on_page = None
        facts = None
        if g == "chenglan":
            story, f = g_chenglan_contract(c, app, rng)
            facts = {"customer_address": c["cust"]["addr"], "supplier": app["name"]}
        elif g == "license":
            story, f = g_license_contract(c, app, rng)
            facts = {"customer_address": c["cust"]["addr"], "supplier": app["name"]}
        elif g == "final":
            story, f = g_final_acceptance(c, app, rng, passed=ds.get("passed", True), show_amount=ds.get("show_amount", True))
        elif g == "confirm":
            story, f = g_delivery_confirm(c, app, rng, passed=ds.get("passed", True))
        elif g == "perf":
            story, f = g_performance_cert(c, app, rng, passed=ds.get("passed", True))
        elif g == "statement":
            story, f = g_statement(ds["pay"], app, rng)
        elif g == "wire":
            story, f = g_wire(ds["pay"], app, rng)
        elif g == "cheque":
            story, f = g_cheque(ds["pay"], app, rng)
        elif g == "approval":
            story, f = g_award_approval(c, app, rng)
        elif g == "bidding":
            story, f, on_page = g_bidding_result(c, app, rng)
        elif g == "request":
            story, f = g_payment_request(c, app, rng, ds["amount"], ds["date"])
        else:
            raise ValueError(g)
        data = render(sub, f"c{c['seq']}:{k}", r, story=story, on_page=on_page, cam=ds.get("cam", False),
                      photo_fmt=ds.get("fmt", "jpg"), gray=ds.get("gray"))
        sub.add(ds["file"], data, KIND_TYPE[ds["kind"]], r, c["no"], ds["note"], f, genre=GENRE_ID[g], facts=facts)


def emit_supplier(sub, s, app):
    for k, ds in enumerate(s["docs"]):
        rng = sub.rng(f"s{s['seq']}:{k}")
        g, r = ds["g"], ds["r"]
        facts = {"supplier": s["sup"]["name"], "supplier_address": s["sup"]["addr"],
                 "supplier_uscc": s["sup"]["uscc"] if g != "sub_bilingual" else None}
        if g == "sub_tech":
            body, sign, f = g_sub_techservice(s, app, rng)
            if r == "mixed":
                data = render(sub, f"s{s['seq']}:{k}", "mixed", story=body, scan_story=sign)
            else:
                data = render(sub, f"s{s['seq']}:{k}", r, story=body + [PageBreak()] + sign)
        else:
            if g == "coop":
                story, f = g_coop_framework(s, app, rng, ds["date"])
                facts = None
            else:
                story, f = {"sub_purchase": g_sub_purchase, "sub_special": g_sub_specialty,
                            "sub_bilingual": g_sub_bilingual, "sub_reversed": g_sub_reversed}[g](s, app, rng)
            data = render(sub, f"s{s['seq']}:{k}", r, story=story, cam=ds.get("cam", False))
        dtp = "other" if g == "coop" else "subcontract"
        sub.add(ds["file"], data, dtp, r, s["no"], ds["note"], f, genre=GENRE_ID[g], facts=facts,
                subject={"supplier": s["sup"]["name"]})


SHEET_COLUMNS = {"salon_sheet": ("addr",), "seminar2col": ("uscc",), "tour_sheet": ("addr",),
                 "matchmaking": ("uscc", "addr"), "online_export": ("uscc",), "bundle_sheet": ("addr",)}


def emit_meeting(sub, m, app):
    for k, ds in enumerate(m["docs"]):
        rng = sub.rng(f"m{m['seq']}:{k}")
        g, r = ds["g"], ds["r"]
        pages = story = None
        ps = A4
        if g == "salon_minutes":
            story, f = g_salon_minutes(m, app, rng)
        elif g == "salon_sheet":
            story, f = g_person_sheet(m, app, rng)
        elif g == "seminar2col":
            story, f = g_seminar_with_twocol(m, app, rng)
        elif g == "tour_brief":
            story, f = g_briefing(m, app, rng)
        elif g == "tour_sheet":
            pages, f = g_hand_sheet(m, app, rng)
        elif g == "matchmaking":
            story, f = g_matchmaking(m, app, rng)
        elif g == "online_minutes":
            story, f = g_online_minutes(m, app, rng)
        elif g == "online_export":
            story, f = g_online_export(m, app, rng)
            ps = landscape(A4)
        elif g == "bundle_notice":
            story, f = g_notice(m, app, rng)
        elif g == "bundle_sheet":
            pages, f = g_printed_sheet_signed(m, app, rng)
        elif g == "bundle_photo":
            data, f = meeting_photo(m, app, rng)
        else:
            raise ValueError(g)
        if g != "bundle_photo":
            if pages is not None and r == "photo":
                data = render(sub, f"m{m['seq']}:{k}", "photo", pages=pages)
            elif pages is not None:
                data = render(sub, f"m{m['seq']}:{k}", "scan", pages=pages, cam=ds.get("cam", False))
            else:
                data = render(sub, f"m{m['seq']}:{k}", r, story=story, pagesize=ps,
                              margins=(12, 12, 12, 12) if ps != A4 else (20, 18, 20, 18), cam=ds.get("cam", False))
        facts = None
        if g in SHEET_COLUMNS:
            cols = SHEET_COLUMNS[g]
            att = []
            for a in m["sheet_rows"]:
                e = {"name": a["name"], "uscc": a.get("uscc") if "uscc" in cols else None,
                     "address": a.get("addr") if "addr" in cols else None}
                e["tianjin"] = bool(is_tj_code(e["uscc"]) or is_tj_addr(e["address"]))
                att.append(e)
            facts = {"sign_in_sheet": True, "attendees": att}
        gid = {"salon_minutes": "salon", "salon_sheet": "salon", "tour_brief": "tour", "tour_sheet": "tour",
               "online_minutes": "online", "online_export": "online", "bundle_notice": "bundle", "bundle_sheet": "bundle",
               "bundle_photo": "bundle"}.get(g, g)
        sub.add(ds["file"], data, "meeting_record", r, None, ds["note"], f, genre=GENRE_ID[gid], facts=facts,
                subject={"meeting": m["name"]})


def emit_diagnosis(sub, dg, app):
    for k, ds in enumerate(dg["docs"]):
        rng = sub.rng(f"d{dg['seq']}:{k}")
        g, r = ds["g"], ds["r"]
        pages = story = None
        if g == "field":
            pages, f = g_field_record(dg, app, rng)
        else:
            story, f = {"maturity": g_maturity_report, "dx": g_dx_report, "assess": g_assessment_report,
                        "problem": g_problem_measure, "diag_confirm": g_diag_confirm}[g](dg, app, rng)
        if pages is not None:
            data = render(sub, f"d{dg['seq']}:{k}", r, pages=pages, cam=ds.get("cam", False))
        else:
            data = render(sub, f"d{dg['seq']}:{k}", r, story=story, cam=ds.get("cam", False))
        dtp = "other" if g == "diag_confirm" else "diagnosis_report"
        facts = None if dtp == "other" else {"has_solution": dg["has_solution"],
                                             "solution_heading": {"maturity": "提升路径", "dx": "实施路线图",
                                                                  "field": "改造建议", "assess": "下一步工作建议",
                                                                  "problem": "对策措施（表格列）"}[g] if dg["has_solution"] else None}
        sub.add(ds["file"], data, dtp, r, None, ds["note"], f, genre=GENRE_ID[g], facts=facts,
                subject={"customer": dg["cust"]["name"]})


def emit_standard(sub, st, app):
    rng = sub.rng(f"st{st['seq']}")
    story, f = g_standard(st, app, rng)
    data = render(sub, f"st{st['seq']}", st["r"], story=story)
    sub.add(st["file"], data, "standard_draft", st["r"], None, st["note"], f, genre="G28")


# ----------------------------------------------------------------------------------------------
# ground truth: this author's own reading of the 考核周期 rules (see README "how the format was interpreted")
# ----------------------------------------------------------------------------------------------
def in_period(d):
    if d is None:
        return True
    if isinstance(d, str):
        d = D(d)
    return PERIOD[0] <= d <= PERIOD[1]


def is_large(employees, revenue_wan):
    return employees >= 1000 and revenue_wan >= 40000


def off(a, b):
    """a, b in cents; True when a differs from b by more than 0.5 % of b."""
    return abs(int(a) - int(b)) * 1000 > 5 * int(b)


def cents_of(s):
    return int((Decimal(s) * 100).to_integral_value())


def gap(kind, req, contract_no=None, customer=None, supplier=None, meeting=None, **kw):
    g = {"kind": kind, "requirement": req, "contract_no": contract_no, "customer": customer, "supplier": supplier,
         "meeting": meeting}
    g.update(kw)
    return g


def compute_truth(app, contracts, suppliers, meetings, diagnoses, standards, docs):
    gaps = []
    by_c = {}
    for d in docs:
        if d["contract_no"]:
            by_c.setdefault(d["contract_no"], []).append(d)
    # --- customer contracts (A-customers, A-sme)
    sha_seen = {}
    for d in docs:
        sha_seen.setdefault(d["sha256"], []).append(d)
    verified = []
    for c in contracts:
        no, cust = c["no"], c["cust"]["name"]
        decl_amt = c["decl_amount"]
        ds = by_c.get(no, [])
        kinds = lambda t: [d for d in ds if d["doc_type"] == t]
        cg = []
        if not uscc_valid(c["cust"]["uscc"]):
            cg.append("invalid_uscc")
        if c["decl_tj"]:
            addrs = [d["facts"]["customer_address"] for d in kinds("contract") if d.get("facts")]
            if not is_tj_code(c["cust"]["uscc"]) or any(not is_tj_addr(a) for a in addrs):
                cg.append("not_tianjin")
        for t, kname in (("contract", None), ("acceptance_report", "missing_acceptance_report"),
                         ("payment_proof", "missing_payment_proof"), ("procurement_proof", "missing_procurement_proof")):
            if kname and not kinds(t):
                cg.append(kname)
        mism = False
        for t in ("contract", "procurement_proof", "acceptance_report"):
            for d in kinds(t):
                a = d["fields"]["amount_yuan"]
                if a is not None and off(cents_of(a), decl_amt):
                    mism = True
        pays = kinds("payment_proof")
        if pays and off(sum(cents_of(d["fields"]["amount_yuan"]) for d in pays), decl_amt):
            mism = True
        if mism:
            cg.append("amount_mismatch")
        accs = kinds("acceptance_report")
        if accs:
            if any(not in_period(d["fields"]["date"]) for d in accs):
                cg.append("date_out_of_period")
        elif not in_period(c["accept"]):
            cg.append("date_out_of_period")
        if any(d["fields"]["result"] == "failed" for d in accs):
            cg.append("acceptance_not_passed")
        pm = any(d["fields"]["customer"] not in (None, cust) for d in kinds("contract") + accs) or \
            any(d["fields"]["payer"] != cust or d["fields"]["payee"] != app["name"] for d in pays)
        if pm:
            cg.append("party_mismatch")
        if any(len(sha_seen[d["sha256"]]) > 1 for d in ds):
            cg.append("duplicate_evidence")
        large = is_large(c["employees"], c["revenue"])
        if c["decl_sme"] == large:
            cg.append("sme_misclassified")
        for k in cg:
            gaps.append(gap(k, "A-sme" if k == "sme_misclassified" else "A-customers", no, cust))
        c["_gaps"] = cg
        if all(k == "sme_misclassified" for k in cg):
            verified.append(c)
    v_customers = sorted({c["cust"]["name"] for c in verified})
    v_tj = sorted({c["cust"]["name"] for c in verified
                   if c["decl_tj"] and is_tj_code(c["cust"]["uscc"]) and is_tj_addr(c["cust"]["addr"])})
    v_sme = sorted({c["cust"]["name"] for c in verified if not is_large(c["employees"], c["revenue"])})
    total = sum(c["decl_amount"] for c in verified)
    # --- local suppliers
    ok_sup = set()
    for s in suppliers:
        name = s["sup"]["name"]
        subs = [d for d in docs if d["doc_type"] == "subcontract" and d["contract_no"] == s["no"]]
        sg = []
        if not subs:
            sg.append("missing_subcontract")
        addr_bad = any(d["facts"]["supplier_address"] and not is_tj_addr(d["facts"]["supplier_address"]) for d in subs)
        if not is_tj_code(s["sup"]["uscc"]) or addr_bad:
            sg.append("subcontractor_not_tianjin")
        if subs:
            if any(not in_period(d["fields"]["date"]) for d in subs):
                sg.append("date_out_of_period")
        elif not in_period(s["decl_sign"]):
            sg.append("date_out_of_period")
        if any(d["fields"]["customer"] != app["name"] or d["facts"]["supplier"] != name for d in subs):
            sg.append("party_mismatch")
        if any(d["fields"]["amount_yuan"] is not None and off(cents_of(d["fields"]["amount_yuan"]), s["decl_amount"]) for d in subs):
            sg.append("amount_mismatch")
        for k in sg:
            gaps.append(gap(k, "A-local-suppliers", contract_no=s["no"], supplier=name))
        s["_gaps"] = sg
        if not sg:
            ok_sup.add(name)
    # --- meetings
    ok_meet = []
    for m in meetings:
        md = [d for d in docs if d["doc_type"] == "meeting_record" and d.get("subject", {}).get("meeting") == m["name"]]
        mg = []
        tj = set()
        for d in md:
            if d.get("facts", {}) and d["facts"].get("sign_in_sheet"):
                for a in d["facts"]["attendees"]:
                    if a["name"] != app["name"] and a["tianjin"]:
                        tj.add(a["name"])
        m["_tj_on_sheet"] = len(tj)
        if not md:
            mg.append("missing_meeting_record")
        else:
            if any(not in_period(d["fields"]["date"]) for d in md):
                mg.append("date_out_of_period")
            if len(tj) < 10:
                mg.append("meeting_attendance_below_threshold")
        if not md and not in_period(m["date"]):
            mg.append("date_out_of_period")
        for k in mg:
            gaps.append(gap(k, "A-meetings", meeting=m["name"]))
        m["_gaps"] = mg
        if not mg:
            ok_meet.append(m["name"])
    # --- diagnoses
    ok_diag = set()
    for dg in diagnoses:
        name = dg["cust"]["name"]
        rd = [d for d in docs if d["doc_type"] == "diagnosis_report" and d.get("subject", {}).get("customer") == name]
        gg = []
        if not rd:
            gg.append("missing_diagnosis_report")
            if not in_period(dg["decl_date"]):
                gg.append("date_out_of_period")
        else:
            if not any(d["facts"]["has_solution"] for d in rd):
                gg.append("diagnosis_without_solution")
            if any(not in_period(d["fields"]["date"]) for d in rd):
                gg.append("date_out_of_period")
        for k in gg:
            gaps.append(gap(k, "A-diagnoses", customer=name))
        dg["_gaps"] = gg
        if not gg:
            ok_diag.add(name)
    # --- standards
    titles = {d["fields"]["title"] for d in docs if d["doc_type"] == "standard_draft"}
    with_doc = 0
    for st in standards:
        st["_uploaded"] = st["title"] in titles
        if st["_uploaded"]:
            with_doc += 1
        else:
            gaps.append(gap("missing_standard_document", "A-standards", standard=st["title"]))
    # --- thresholds
    req = {}
    app_tj = is_tj_code(app["uscc"]) and is_tj_addr(app["addr"])
    if not app_tj:
        gaps.append(gap("applicant_not_tianjin", "E-tianjin"))
    req["E-tianjin"] = "met" if app_tj else "not_met"
    def thr(rq, cond, kind):
        if cond:
            gaps.append(gap(kind, rq))
            req[rq] = "not_met"
        else:
            req.setdefault(rq, "met")
    thr("A-local-suppliers", len(ok_sup) < 2, "local_supplier_count_below_threshold")
    thr("A-meetings", len(ok_meet) < 10, "meeting_count_below_threshold")
    thr("A-diagnoses", len(ok_diag) < 30, "diagnosis_count_below_threshold")
    thr("A-customers", len(v_customers) < 6, "customer_count_below_threshold")
    thr("A-customers", total < 1500000000, "total_below_threshold")
    thr("A-customers", len(v_tj) < 2, "tianjin_customer_count_below_threshold")
    thr("A-standards", with_doc < 3, "standards_below_threshold")
    thr("A-sme", len(v_sme) < 5, "sme_count_below_threshold")
    order = ["E-tianjin", "A-local-suppliers", "A-meetings", "A-diagnoses", "A-customers", "A-standards", "A-sme"]
    req = {k: req[k] for k in order}
    return {
        "requirements": req,
        "assessment_passed": all(v == "met" for v in req.values()),
        "accepted_total_yuan": yuan(total),
        "gaps": gaps,
        "counts": {"verified_local_suppliers": len(ok_sup), "qualifying_meetings": len(ok_meet),
                   "diagnosed_customers_with_solution": len(ok_diag), "verified_customer_count": len(v_customers),
                   "verified_tianjin_customer_count": len(v_tj), "verified_sme_customer_count": len(v_sme),
                   "standards_with_document": with_doc},
    }


# ----------------------------------------------------------------------------------------------
# workbook 申报信息.xlsx
# ----------------------------------------------------------------------------------------------
def wan(cents):
    v = Decimal(int(cents)) / 1000000
    return float(v.normalize()) if v != v.to_integral() else int(v)


def write_workbook(path, spec, rng):
    import openpyxl
    from openpyxl.styles import Font, Alignment
    wb = openpyxl.Workbook()
    app = spec["app"]
    textdate = lambda d: f"{d.year}年{d.month}月{d.day}日"

    def sheet(ws, title, headers, rows):
        ws.cell(1, 1, title).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        for j, h in enumerate(headers, 1):
            ws.cell(2, j, h).font = Font(bold=True)
        for i, r in enumerate(rows, 3):
            for j, v in enumerate(r, 1):
                cell = ws.cell(i, j, v)
                if isinstance(v, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        for j in range(1, len(headers) + 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 16 if j > 2 else 30

    ws = wb.active
    ws.title = "申报单位"
    sheet(ws, "申报单位基本信息", ["项目", "内容"],
          [["单位名称", app["name"]], ["统一社会信用代码", app["uscc"]], ["注册地址", app["addr"]],
           ["申报方向", spec["direction"]], ["服务行业", spec["industry"]], ["阶段", "考核"]])
    rows = []
    for i, c in enumerate(spec["contracts"]):
        txt = i % 3 == 1
        amt = wan(c["decl_amount"])
        if i == spec.get("text_amount_row", -1):
            amt = f"{Decimal(c['decl_amount']) / 1000000:.2f}"
        rows.append([c["seq"], c["cust"]["name"], c["cust"]["uscc"], c["no"], c["name"], amt,
                     textdate(c["sign"]) if txt else c["sign"], textdate(c["accept"]) if txt else c["accept"],
                     "是" if c["decl_sme"] else "否", c["employees"],
                     f"{c['revenue']:,}" if i == spec.get("text_revenue_row", -1) else c["revenue"],
                     "是" if c["decl_tj"] else "否"])
    sheet(wb.create_sheet("服务用户清单"), "考核期服务用户清单（2024年1月1日—2024年12月31日）",
          ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业",
           "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb.create_sheet("标准草案"), "标准草案", ["序号", "标准名称", "标准类别", "阶段"],
          [[s["seq"], s["title"], s["category"], s["wb_stage"]] for s in spec["standards"]])
    sheet(wb.create_sheet("本地配套供应商"), "天津本地化配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号",
                                                          "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["sup"]["name"], s["sup"]["uscc"], s["no"], s["title"], wan(s["decl_amount"]),
            textdate(s["decl_sign"]) if s["seq"] == 2 else s["decl_sign"]] for s in spec["suppliers"]])
    sheet(wb.create_sheet("经验交流会"), "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[m["seq"], m["name"], textdate(m["date"]) if m["seq"] % 3 == 0 else m["date"], m["place"], m["decl_count"]]
           for m in spec["meetings"]])
    sheet(wb.create_sheet("免费诊断"), "免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[d["seq"], d["cust"]["name"], d["cust"]["uscc"], textdate(d["decl_date"]) if d["seq"] % 4 == 2 else d["decl_date"],
            d["title"]] for d in spec["diagnoses"]])
    fixed = dt.datetime(2025, 1, 10, 9, 30, 0)
    wb.properties.creator = app["name"]
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    # re-zip with fixed timestamps and fixed core.xml dates
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2025-01-10T09:30:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zo.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------------------------
# submission specifications
# ----------------------------------------------------------------------------------------------
ITEMS = {
    "line": [("上下料机器人工作站", "六轴机器人+视觉定位", "套"), ("产线控制系统", "PLC+HMI+安全回路", "套"),
             ("设备数据采集网关", "OPC UA/Modbus", "套"), ("安装调试及培训", "现场服务", "项")],
    "vision": [("视觉检测工位", "工业相机+光源+镜头", "套"), ("缺陷检测软件", "深度学习算法", "套"),
               ("剔除执行机构", "气动", "套"), ("集成调试", "现场服务", "项")],
    "apc": [("先进控制软件", "多变量预测控制", "套"), ("软测量模型", "关键质量指标", "项"), ("实施服务", "建模、投运", "项")],
    "wms": [("立体库控制系统", "WCS", "套"), ("AGV调度系统", "含5台AGV", "套"), ("WMS软件", "仓储管理", "套"),
            ("安装调试", "现场服务", "项")],
    "energy": [("能源计量表具", "电/水/气", "批"), ("能碳管理平台", "软件授权", "套"), ("实施服务", "现场", "项")],
}


def pay(cust_name, acct_from, app, cents, d, memo, no, bank="中国农业银行", payer=None, payer_bank=None):
    return {"payer": payer or cust_name, "payer_acct": acct_from, "payee_acct": app["acct"], "amount": cents, "date": d,
            "memo": memo, "contract_no": no, "bank": bank, "payer_bank": payer_bank or f"{bank}天津{random.Random(cust_name).choice(['西青', '滨海', '北辰', '武清', '东丽'])}支行"}


def fname(rng, kind, r, label, d=None):
    if r in ("scan", "mixed") and kind:
        return uninformative(rng, kind, d)
    if r == "photo":
        return uninformative(rng, kind or "wx", d)
    return label


def build_contracts(N, rng, app, rows, base):
    out = []
    for seq, row in enumerate(rows, 1):
        cu = row["cust"]
        c = {"seq": seq, "no": row["no"], "name": row["cname"], "proj": row["proj"], "cust": cu,
             "amount": row["amount"] * 100, "decl_amount": row.get("decl_amount", row["amount"]) * 100,
             "sign": D(row["sign"]), "accept": D(row["accept"]), "accept_doc_date": D(row.get("accept_doc", row["accept"])),
             "employees": row["emp"], "revenue": row["rev"], "decl_sme": row["decl_sme"], "decl_tj": row["decl_tj"],
             "items": ITEMS[row["items"]], "planted": row.get("planted", []), "place": "天津市"}
        if row.get("pre_accept"):
            c["pre_accept"] = D(row["pre_accept"])
        c["proc_no"] = f"CG{c['sign'].year}{rng.randrange(1000, 9999)}"
        c["proc_date"] = c["sign"] - dt.timedelta(days=rng.randrange(8, 25))
        c["proc_amount"] = c["amount"]
        folder = f"{base}/{seq:02d}_{cu['name'].replace('有限公司', '').replace('股份', '')}/"
        docs = []
        for kind, g, r, extra in row["docs"]:
            fr = random.Random(f"{N}{seq}{kind}{g}{len(docs)}")
            lab = {"contract": "合同.pdf", "acceptance": "验收证明.pdf", "payment": "付款凭证.pdf", "procurement": "采购证明.pdf",
                   "other": "请款函.pdf"}[kind]
            if kind == "payment" and len([x for x in row["docs"] if x[0] == "payment"]) > 1:
                lab = f"付款凭证{len([x for x in docs if x['kind'] == 'payment']) + 1}.pdf"
            ds = {"kind": kind, "g": g, "r": r, "note": extra.get("note", ""), **extra}
            ds["file"] = folder + (extra.get("file") or fname(fr, extra.get("un", "scan"), r, lab))
            docs.append(ds)
        c["docs"] = docs
        out.append(c)
    return out


def attendee(N, co, host=False):
    return {"name": co["name"], "uscc": co["uscc"], "addr": co["addr"], "person": N.person(), "phone": N.phone(),
            "title": N.rng.choice(["总经理", "副总经理", "信息部经理", "设备部部长", "生产经理", "技术总监", "工程师"]),
            "region": co["addr"][:6] if co["addr"].startswith("天津市") else co["addr"][:6], "nick": None}


def make_meeting(N, rng, app, seq, name, date, place, n_tj, n_other, docs, pool_tj, pool_other, decl=None,
                 host_signs=True, dup_people=0, extra_rows=(), kind="", planted=()):
    tj = rng.sample(pool_tj, n_tj)
    ot = rng.sample(pool_other, n_other)
    rows = [attendee(N, co) for co in tj + ot]
    rng.shuffle(rows)
    for k in range(dup_people):
        r2 = dict(rows[k])
        r2["person"] = N.person()
        r2["title"] = "工程师"
        rows.insert(k + 1 + k, r2)
    rows += list(extra_rows)
    if host_signs:
        h = attendee(N, app, host=True)
        h["title"] = "会务组"
        rows.insert(0 if rng.random() < 0.5 else len(rows), h)
    n_firms = len({r["name"] for r in rows if r["name"] and r["name"] != app["name"]})
    m = {"seq": seq, "name": name, "date": D(date), "place": place, "sheet_rows": rows, "n_persons": len(rows) + rng.randrange(0, 4),
         "n_firms_text": str(n_firms), "decl_count": decl if decl is not None else n_tj,
         "meeting_id": f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}", "planted": list(planted)}
    m["docs"] = docs
    return m


MEETING_DOCS = {
    "salon": lambda rng, f, sr="scan": [{"g": "salon_minutes", "r": "text", "file": f + "活动纪要.pdf", "note": "G16 沙龙活动纪要（正文）"},
                                       {"g": "salon_sheet", "r": sr, "file": f + (uninformative(rng, "cam") if sr == "scan" else "签到表.pdf"),
                                        "note": "G16 按人签到表：一家企业多人签到，单位地址列判断天津", "cam": sr == "scan"}],
    "seminar2col": lambda rng, f, sr="text": [{"g": "seminar2col", "r": sr, "file": f + ("研讨会纪要及签到表.pdf" if sr == "text" else uninformative(rng, "scan")),
                                              "note": "G17 研讨会纪要，附件为双栏签到表（单位名称+统一社会信用代码）"}],
    "tour": lambda rng, f, sr="scan": [{"g": "tour_brief", "r": "text", "file": f + "工作简报.pdf", "note": "G18 活动简报（新闻体），无会议名称标签"},
                                      {"g": "tour_sheet", "r": sr, "file": f + (uninformative(rng, "scan") if sr == "scan" else uninformative(rng, "wx")),
                                       "note": "G18 手写签到表（扫描/拍照），单位名称与地址为手写"}],
    "matchmaking": lambda rng, f, sr="text": [{"g": "matchmaking", "r": sr, "file": f + ("对接会纪要.pdf" if sr == "text" else uninformative(rng, "doc")),
                                              "note": "G19 供需对接会纪要，对接企业名录（信用代码在前，含地址）"}],
    "online": lambda rng, f, sr="text": [{"g": "online_minutes", "r": "text", "file": f + "线上研讨会纪要.pdf", "note": "G20 线上会议纪要"},
                                        {"g": "online_export", "r": sr, "file": f + "参会成员明细.pdf",
                                         "note": "G20 会议系统导出的参会成员明细（横版，昵称+报名信息）"}],
    "bundle": lambda rng, f, sr="scan": [{"g": "bundle_notice", "r": "text", "file": f + "会议通知.pdf", "note": "G21 红头会议通知（会前，无签到）"},
                                        {"g": "bundle_sheet", "r": sr, "file": f + uninformative(rng, "scan" if sr == "scan" else "wx"),
                                         "note": "G21 预先打印单位名称和地址、手写签名的签到表"},
                                        {"g": "bundle_photo", "r": "photo", "file": f + uninformative(rng, "img"),
                                         "note": "G21 会场照片，横幅写明会议名称与日期"}],
}

DIAG_TITLE = {"maturity": "智能制造能力成熟度评估报告", "dx": "数字化转型诊断报告", "field": "智能制造免费诊断现场诊断记录表",
              "problem": "工业互联网应用诊断报告"}
DIAG_NOTE = {"maturity": "G22 成熟度评估报告（3页），企业名称仅在封面“受评估单位”，方案在“提升路径”",
             "dx": "G23 数字化转型诊断报告，企业为“委托方”，方案为“实施路线图”表",
             "field": "G24 现场诊断记录表，手写填写（扫描），方案在“改造建议”栏",
             "assess": "G25 诊断评估报告，企业仅在标题与首句，方案在“下一步工作建议”",
             "problem": "G26 问题—对策一览表，方案为表格“对策措施”列"}


def make_diag(seq, cu, date, g, r, file, has_solution=True, report_delay=7, decl_date=None, extra_docs=(), planted=(),
              note_extra=""):
    d = D(date)
    title = DIAG_TITLE.get(g) or f"{cu['name']}智能制造诊断评估报告"
    dg = {"seq": seq, "cust": cu, "date": d, "report_date": d + dt.timedelta(days=report_delay), "title": title,
          "has_solution": has_solution, "decl_date": D(decl_date) if decl_date else d, "planted": list(planted)}
    docs = [] if g is None else [{"g": g, "r": r, "file": file, "note": DIAG_NOTE[g] + note_extra, "cam": "CamScanner" in file}]
    dg["docs"] = docs + list(extra_docs)
    return dg


def diag_set(N, rng, app, n, genres, renders, base, start="2024-03-04"):
    out = []
    d0 = D(start)
    for i in range(n):
        cu = N.company(tj=True)
        cu["employees"] = rng.randrange(30, 600)
        g = genres[i % len(genres)]
        r = renders[i % len(renders)] if g != "field" else "scan"
        d = d0 + dt.timedelta(days=int(i * 270 / n) + rng.randrange(0, 6))
        fr = random.Random(f"{N.rng.random()}")
        short = cu["name"].replace("有限公司", "").replace("股份", "")
        if r == "scan":
            file = f"{base}/{uninformative(fr, fr.choice(['scan', 'cam', 'doc']), d)}"
        else:
            file = f"{base}/{i + 1:02d}-{short}-{DIAG_TITLE.get(g, '诊断评估报告')}.pdf"
        out.append(make_diag(i + 1, cu, d.isoformat(), g, r, file))
    return out


def std_spec(seq, app, title, category, code, stage, wb_stage, r, file, co, scope, uploaded=True):
    org = {"团体标准": "天津市智能制造产业技术协会团体标准", "企业标准": f"{app['name']}企业标准",
           "行业标准": "中华人民共和国机械行业标准"}[category]
    pub = {"团体标准": "天津市智能制造产业技术协会　发布", "企业标准": f"{app['name']}　发布", "行业标准": "中华人民共和国工业和信息化部　发布"}[category]
    return {"seq": seq, "title": title, "category": category, "code": code, "stage": stage, "wb_stage": wb_stage, "r": r,
            "file": file, "org": org, "publisher": pub, "ics": "25.040.01", "ccs": "J 07", "issue": "2024-××-××",
            "impl": "2024-××-××", "co": co, "scope": scope, "uploaded": uploaded, "en": "",
            "note": f"G28 {category}{stage}（封面+目次+前言+正文，多页）"}


def co(rng, name, region, addr, rep=None):
    return {"name": name, "uscc": make_uscc(rng, region), "addr": addr, "rep": rep or "张卫东"}


def pools(N, n_tj=70, n_other=14):
    tj = [N.company(tj=True) for _ in range(n_tj)]
    ot = [N.company(tj=False) for _ in range(n_other)]
    return tj, ot


DIAG_RENDERS = {"maturity": ["text"], "dx": ["text", "text", "scan"], "field": ["scan"], "assess": ["scan", "text"],
                "problem": ["scan", "text", "scan"]}


def diag_series(N, rng, app, n, base, start="2024-03-04", genres=("maturity", "dx", "field", "assess", "problem")):
    out = []
    d0 = D(start)
    cnt = {}
    for i in range(n):
        cu = N.company(tj=rng.random() < 0.9)
        cu["employees"] = rng.randrange(30, 600)
        g = genres[i % len(genres)]
        cnt[g] = cnt.get(g, 0) + 1
        r = DIAG_RENDERS[g][(cnt[g] - 1) % len(DIAG_RENDERS[g])]
        d = d0 + dt.timedelta(days=int(i * 265 / n) + rng.randrange(0, 5))
        fr = random.Random(f"{cu['name']}")
        short = cu["name"].replace("有限公司", "").replace("股份", "")
        if r == "scan":
            file = f"{base}/{uninformative(fr, fr.choice(['scan', 'cam', 'doc']), d)}"
        else:
            file = f"{base}/{i + 1:02d}-{short}-{DIAG_TITLE.get(g, '诊断评估报告')}.pdf"
        out.append(make_diag(i + 1, cu, d.isoformat(), g, r, file, report_delay=rng.randrange(3, 16)))
    return out


def spec_pass(seed):
    name = "fc3_pass"
    rng = random.Random(f"{seed}|{name}|spec")
    N = Names(rng)
    app = {"name": "天津瀚岳智联科技有限公司", "uscc": make_uscc(rng, "120116"),
           "addr": "天津市滨海新区中新天津生态城中成大道1620号生态建设公寓9号楼3层301", "rep": "韩振岳",
           "bank": "招商银行天津分行营业部", "acct": "122908765410201"}
    N.used.add(app["name"])
    C = [co(rng, "天津津南恒誉精密机械有限公司", "120112", "天津市津南区八里台镇工业园区创新路18号", "郑恒誉"),
         co(rng, "天津中沃汽车零部件有限公司", "120114", "天津市武清区京滨工业园京滨睿城9号楼", "沃建平"),
         co(rng, "河北冀昇新材料科技股份有限公司", "130984", "河北省沧州市河间市经济开发区兴业路66号", "冀长昇"),
         co(rng, "天津赟泰食品有限公司", "120113", "天津市北辰区双口镇永信道27号", "邢赟"),
         co(rng, "山东鲁琛化工有限公司", "371402", "山东省德州市德城区经济开发区东方红路218号", "鲁明琛"),
         co(rng, "天津滨海埕通电子科技有限公司", "120116", "天津市滨海新区开发区第十一大街56号", "程通"),
         co(rng, "天津市宝坻区玥珩金属制品有限公司", "120115", "天津市宝坻区九园工业园区九园公路99号", "王玥珩")]
    for c in C:
        N.used.add(c["name"])
    A = lambda i: acct_no(random.Random(C[i]["name"]), 19)
    base = "一、服务用户证明材料"
    rows = [
        dict(cust=C[0], no="HY-2024-SC-006", cname="冲压车间智能产线改造项目承揽合同", proj="冲压车间智能产线改造", amount=3286000,
             sign="2024-01-18", accept="2024-06-20", emp=260, rev=18600, decl_sme=True, decl_tj=True, items="line",
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同：定作人/承揽人，签订时间在首部表格，另有交付期限与履约保证金金额"}),
                   ("acceptance", "confirm", "scan", {"note": "G04 交付验收确认书（扫描），致承建方，同意验收（√），日期带空格"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证回单（扫描），用途栏写合同号", "un": "doc"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证回单（扫描），第二笔尾款", "un": "scan"}),
                   ("procurement", "approval", "text", {"note": "G09 客户内部采购定标审批单，三家比价，不写合同号"})]),
        dict(cust=C[1], no="HYZL-RJ-2023-041", cname="MES系统软件许可及实施服务合同", proj="中沃汽车零部件制造执行系统（MES）",
             amount=2450000, sign="2023-11-06", accept="2024-04-28", pre_accept="2024-02-26", emp=680, rev=52000,
             decl_sme=True, decl_tj=True, items="line",
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同：被许可方/许可方，总价在合计行；合同签于2023年，验收在2024年"}),
                   ("acceptance", "final", "text", {"note": "G03 项目终验报告：初验日期、试运行期与终验日期并列"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证（首付款，付款日期在2023年）", "un": "cam", "cam": True}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 申报单位账户交易明细，第二笔款为高亮行"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细，第三笔款"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单（网页打印），金额仅小写"})]),
        dict(cust=C[2], no="HY-2024-SC-011", cname="复合材料车间能碳管理系统承揽合同", proj="复合材料车间能碳管理系统", amount=4380000,
             sign="2024-03-12", accept="2024-09-12", emp=1280, rev=61000, decl_sme=False, decl_tj=False, items="energy",
             docs=[("contract", "chenglan", "scan", {"note": "G01 承揽合同（CamScanner扫描）", "un": "cam", "cam": True}),
                   ("acceptance", "perf", "text", {"note": "G05 性能考核验收证书：考核期间日期为干扰，签发日期为验收日期"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细（预付款）"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证（尾款）", "un": "scan"}),
                   ("procurement", "bidding", "text", {"note": "G10 集团阳光采购平台网上竞价成交确认单"})]),
        dict(cust=C[3], no="HY-2024-SC-014", cname="包装线视觉检测系统承揽合同", proj="包装线视觉检测系统", amount=1680000,
             sign="2024-03-05", accept="2024-08-16", emp=180, rev=9800, decl_sme=True, decl_tj=True, items="vision",
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同（客户名含生僻字“赟”）"}),
                   ("acceptance", "confirm", "text", {"note": "G04 交付验收确认书"}),
                   ("payment", "cheque", "scan", {"pay": None, "note": "G08 转账支票复印件：出票日期大写，付款人仅见于财务专用章", "un": "scan"}),
                   ("procurement", "approval", "photo", {"note": "G09 采购定标审批单（手机拍照）", "un": "wx"})]),
        dict(cust=C[4], no="HYZL-RJ-2024-007", cname="APC先进控制软件许可及实施服务合同", proj="常减压装置先进控制（APC）系统",
             amount=2960000, sign="2024-02-26", accept="2024-10-30", pre_accept="2024-08-20", emp=420, rev=36000,
             decl_sme=True, decl_tj=False, items="apc",
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同"}),
                   ("acceptance", "final", "scan", {"note": "G03 项目终验报告（扫描，两页）", "un": "doc"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证（一次付清）", "un": "scan"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
        dict(cust=C[5], no="HY-2024-SC-019", cname="SMT车间数据采集与质量追溯系统承揽合同", proj="SMT车间数据采集与质量追溯系统",
             amount=1250000, sign="2024-04-10", accept="2024-09-27", emp=95, rev=6200, decl_sme=True, decl_tj=True, items="vision",
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同"}),
                   ("acceptance", "perf", "scan", {"note": "G05 性能考核验收证书（扫描）", "un": "scan"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细"}),
                   ("procurement", "approval", "text", {"note": "G09 采购定标审批单"})]),
        dict(cust=C[6], no="HYZL-RJ-2024-022", cname="智能仓储（WMS/WCS）软件许可及实施服务合同", proj="智能仓储管理系统",
             amount=2180000, sign="2024-05-08", accept="2024-11-22", emp=150, rev=12000, decl_sme=True, decl_tj=True,
             items="wms",
             docs=[("contract", "license", "scan", {"note": "G02 软件许可及实施服务合同（扫描，多页）", "un": "doc"}),
                   ("acceptance", "confirm", "photo", {"note": "G04 交付验收确认书（手机拍照JPG）", "un": "img"}),
                   ("payment", "wire", "text", {"pay": None, "note": "G07 电汇凭证（银行电子版，文本层）"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证（扫描）", "un": "scan"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
    ]
    pays = {0: [(1971600, "2024-01-29", "HY-2024-SC-006预付款", "中国农业银行"), (1314400, "2024-07-08", "冲压线改造项目尾款", "中国农业银行")],
            1: [(735000, "2023-11-20", "MES项目首付款", "中国银行"), (980000, "2024-03-05", "MES上线款 HYZL-RJ-2023-041", None),
                (735000, "2024-05-20", "MES终验款", None)],
            2: [(2628000, "2024-03-28", "能碳项目预付款", None), (1752000, "2024-10-10", "HY-2024-SC-011 尾款", "中国工商银行")],
            3: [(1680000, "2024-08-26", "货款", "中国建设银行")],
            4: [(2960000, "2024-11-15", "APC项目合同款 HYZL-RJ-2024-007", "交通银行")],
            5: [(1250000, "2024-10-16", "追溯系统款", None)],
            6: [(654000, "2024-05-20", "WMS项目预付款", "天津银行"), (1526000, "2024-12-06", "HYZL-RJ-2024-022 验收款", "天津银行")]}
    for i, r in enumerate(rows):
        k = 0
        for kind, g, rr, ex in r["docs"]:
            if kind == "payment":
                a, d, memo, bank = pays[i][k]
                ex["pay"] = pay(r["cust"]["name"], A(i), app, a * 100, D(d), memo, r["no"], bank=bank or "招商银行")
                k += 1
    contracts = build_contracts(name, rng, app, rows, base)
    sup = [co(rng, "天津骏铭自动化设备有限公司", "120111", "天津市西青区赛达二支路12号"),
           co(rng, "天津市锐拓工业软件有限公司", "120104", "天津市南开区华苑产业园区榕苑路15号"),
           co(rng, "天津宏湃电气安装工程有限公司", "120110", "天津市东丽区东丽经济技术开发区二经路8号")]
    for s in sup:
        N.used.add(s["name"])
    sb = "二、本地配套供应商分包合同"
    suppliers = [
        {"seq": 1, "sup": sup[0], "no": "HY-FB-2024-01", "title": "冲压产线上下料机器人配套采购合同", "amount": 68000000,
         "decl_amount": 68000000, "sign": D("2024-02-20"), "decl_sign": D("2024-02-20"), "main_cust": C[0]["name"],
         "main_proj": "冲压车间智能产线改造", "main_no": "HY-2024-SC-006", "main_amount": 328600000, "scope": "",
         "items": [("机器人末端抓手", "定制，含快换盘", "套"), ("上下料输送线", "链板式", "套"), ("安全围栏", "含安全光栅", "套")],
         "docs": [{"g": "sub_purchase", "r": "text", "file": f"{sb}/骏铭-配套采购合同.pdf",
                   "note": "G11 配套采购合同：甲方（需方）为申报单位，鉴于条款含主合同编号（干扰）"}]},
        {"seq": 2, "sup": sup[1], "no": "HY-FB-2024-02", "title": "MES系统实施技术服务分包协议", "amount": 42000000,
         "decl_amount": 42000000, "sign": D("2024-01-15"), "decl_sign": D("2024-01-15"), "main_cust": C[1]["name"],
         "main_proj": "中沃汽车零部件制造执行系统（MES）", "main_no": "HYZL-RJ-2023-041", "main_amount": 245000000,
         "scope": "车间报工终端部署、设备接口开发及现场实施支持",
         "docs": [{"g": "sub_tech", "r": "mixed", "file": f"{sb}/锐拓-技术服务分包协议.pdf",
                   "note": "G12 技术服务分包协议（委托方/受托方）；正文为文本层，签署页为扫描图像（mixed）；鉴于条款含总包合同金额（干扰）"}]},
        {"seq": 3, "sup": sup[2], "no": "HY-FB-2024-03", "title": "包装线视觉检测系统电气安装工程", "amount": 36000000,
         "decl_amount": 36000000, "sign": D("2024-06-03"), "decl_sign": D("2024-06-03"), "main_cust": C[3]["name"],
         "main_proj": "包装线视觉检测系统", "main_no": "HY-2024-SC-014", "site": C[3]["addr"],
         "scope": "电气配管配线、控制柜安装、接地及调试配合",
         "docs": [{"g": "sub_special", "r": "scan", "file": f"{sb}/{uninformative(random.Random(3), 'scan')}",
                   "note": "G13 专业分包合同（承包人/分包人，扫描），价款为“元整/小写元”"}]},
    ]
    P_TJ, P_OT = pools(N)
    mb = "三、经验交流会"
    plan = [("2024年第一期智能制造沙龙", "2024-03-21", "瀚岳智联三楼报告厅（中新天津生态城中成大道1620号）", 11, 1, "salon", "scan"),
            ("汽车零部件行业智能产线改造经验交流研讨会", "2024-04-18", "天津武清京滨睿城会议中心", 12, 2, "seminar2col", "text"),
            ("冲压车间智能产线现场观摩会", "2024-05-16", "天津津南恒誉精密机械有限公司冲压车间", 10, 0, "tour", "scan"),
            ("智能制造供需对接会（食品行业专场）", "2024-06-13", "天津北辰科技园区会议室", 13, 2, "matchmaking", "text"),
            ("工业互联网平台应用线上研讨会", "2024-07-11", "腾讯会议", 14, 3, "online", "text"),
            ("2024年第二期智能制造沙龙", "2024-08-08", "瀚岳智联三楼报告厅（中新天津生态城中成大道1620号）", 10, 1, "salon", "text"),
            ("质量追溯系统建设经验交流会", "2024-09-05", "天津滨海新区开发区第十一大街56号 埕通电子二楼会议室", 11, 0, "bundle", "scan"),
            ("设备联网与数据采集技术研讨会", "2024-09-26", "天津西青赛达国际会议中心", 12, 1, "seminar2col", "scan"),
            ("智能仓储现场观摩会", "2024-10-24", "天津市宝坻区玥珩金属制品有限公司立体库", 11, 0, "tour", "photo"),
            ("2024年智能制造年度经验交流会", "2024-12-12", "天津滨海新区于家堡洲际酒店三层会议厅", 15, 2, "bundle", "scan")]
    meetings = []
    for i, (nm, d, pl, ntj, not_, kind, sr) in enumerate(plan, 1):
        f = f"{mb}/{i:02d}_{nm}/" if i not in (3, 9) else f"{mb}/新建文件夹 ({i})/"
        mrng = random.Random(f"{seed}{name}m{i}")
        meetings.append(make_meeting(N, mrng, app, i, nm, d, pl, ntj, not_, MEETING_DOCS[kind](mrng, f, sr), P_TJ, P_OT,
                                     host_signs=(i % 2 == 1)))
    diagnoses = diag_series(N, rng, app, 30, "四、免费诊断报告")
    stb = "五、标准草案"
    standards = [std_spec(1, app, "智能产线数据采集与互联互通技术要求", "团体标准", "T/TJIMA 012—2024", "工作组讨论稿", "草案", "text",
                          f"{stb}/标准草案1.pdf", C[1]["name"], "智能产线设备数据采集与互联互通"),
                 std_spec(2, app, "冲压车间上下料机器人系统集成规范", "企业标准", "Q/HYZL 003—2024", "送审稿", "草案", "scan",
                          f"{stb}/{uninformative(random.Random(7), 'scan')}", C[0]["name"], "冲压车间上下料机器人系统集成"),
                 std_spec(3, app, "中小企业轻量化制造执行系统实施服务流程", "团体标准", "T/TJIMA 015—2024", "征求意见稿", "草案", "text",
                          f"{stb}/标准草案3-实施服务流程.pdf", C[5]["name"], "中小企业轻量化制造执行系统实施服务")]
    return dict(name=name, app=app, direction="智能生产线解决方案", industry="汽车及关键零部件", contracts=contracts,
                suppliers=suppliers, meetings=meetings, diagnoses=diagnoses, standards=standards, text_amount_row=4,
                text_revenue_row=2)


def contract_rows_apply_pays(rows, pays, app, A):
    for i, r in enumerate(rows):
        k = 0
        for kind, g, rr, ex in r["docs"]:
            if kind == "payment":
                a, d, memo, bank, *rest = pays[i][k]
                ex["pay"] = pay(r["cust"]["name"], A(i), app, a * 100, D(d), memo, r["no"], bank=bank or "招商银行",
                                payer=rest[0] if rest else None)
                k += 1


def spec_fail(seed):
    name = "fc3_fail"
    rng = random.Random(f"{seed}|{name}|spec")
    N = Names(rng)
    app = {"name": "天津市澄衡智造系统工程有限公司", "uscc": make_uscc(rng, "120113"),
           "addr": "天津市北辰区北辰经济技术开发区高新大道36号智造园5号楼", "rep": "陈衡", "bank": "中国银行天津北辰支行",
           "acct": "275681234509"}
    N.used.add(app["name"])
    C = [co(rng, "天津恒锐液压设备有限公司", "120113", "天津市北辰区天穆镇北仓道88号"),
         co(rng, "天津津北琨达机械制造有限公司", "120113", "天津市北辰区双口镇永信道56号"),
         co(rng, "河北渤瀚重工科技有限公司", "130984", "河北省沧州市河间市瀛州路210号"),
         co(rng, "天津宝坻骅盛金属科技有限公司", "120115", "天津市宝坻区宝坻经济开发区宝白公路118号"),
         co(rng, "天津滨海泓澜电子科技有限公司", "120116", "天津市滨海新区空港经济区西七道36号"),
         co(rng, "山东德州祺润化工有限公司", "371402", "山东省德州市德城区天衢东路506号"),
         co(rng, "天津荣钜集团有限公司", "120116", "天津市滨海新区临港经济区渤海十路88号"),
         co(rng, "天津静海嘉弘五金制品有限公司", "120118", "天津市静海区静海经济开发区北区金海道18号")]
    for c in C:
        N.used.add(c["name"])
    A = lambda i: acct_no(random.Random(C[i]["name"]), 19)
    base = "01服务用户"
    rows = [
        dict(cust=C[0], no="CH-2024-HT-003", cname="液压件加工车间设备联网与智能运维系统承揽合同", proj="液压件加工车间设备联网与智能运维系统",
             amount=2860000, sign="2024-02-02", accept="2024-07-18", emp=240, rev=16800, decl_sme=True, decl_tj=True, items="line",
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同"}),
                   ("acceptance", "final", "text", {"note": "G03 项目终验报告（通过）"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细"}),
                   ("procurement", "approval", "scan", {"note": "G09 采购定标审批单（扫描）", "un": "scan"})]),
        dict(cust=C[1], no="CH-2024-HT-005", cname="焊装车间设备预测性维护系统软件许可及实施服务合同", proj="焊装车间设备预测性维护系统",
             amount=1940000, sign="2024-03-11", accept="2024-09-06", emp=130, rev=8600, decl_sme=True, decl_tj=True, items="line",
             planted=["missing_payment_proof"],
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同"}),
                   ("acceptance", "confirm", "scan", {"note": "G04 交付验收确认书（扫描）", "un": "cam", "cam": True}),
                   ("other", "request", "text", {"note": "G30 请款函：申报单位向客户请款，写明合同号和金额，但不是付款证明（缺付款证明）",
                                                 "amount": 194000000, "date": D("2024-09-20"), "file": "请款函.pdf"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
        dict(cust=C[2], no="CH-2024-HT-008", cname="数控机床智能运维平台承揽合同", proj="数控机床智能运维平台", amount=3820000,
             decl_amount=3280000, sign="2024-04-15", accept="2024-10-22", emp=520, rev=28000, decl_sme=True, decl_tj=False,
             items="energy", planted=["amount_mismatch: 申报表3280000 vs 合同/付款3820000（数字颠倒）"],
             docs=[("contract", "chenglan", "scan", {"note": "G01 承揽合同（扫描）：合同金额382万，申报表填328万", "un": "doc"}),
                   ("acceptance", "perf", "text", {"note": "G05 性能考核验收证书"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证：实付382万", "un": "scan"}),
                   ("procurement", "approval", "text", {"note": "G09 采购定标审批单：定标金额382万"})]),
        dict(cust=C[3], no="CH-2024-HT-010", cname="冷轧产线设备状态监测系统软件许可及实施服务合同", proj="冷轧产线设备状态监测系统",
             amount=2150000, sign="2024-05-06", accept="2024-11-15", emp=310, rev=22000, decl_sme=True, decl_tj=True,
             items="line", planted=["acceptance_not_passed", "amount_mismatch: 终验未通过，客户只付了预付款和上线款"],
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同"}),
                   ("acceptance", "final", "scan", {"note": "G03 项目终验报告（扫描）：终验结论为不予通过", "passed": False, "un": "scan"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证：预付款", "un": "doc"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细：上线款"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
        dict(cust=C[4], no="CH-2024-HT-012", cname="SMT产线设备智能运维系统承揽合同", proj="SMT产线设备智能运维系统", amount=1760000,
             sign="2024-05-20", accept="2024-10-30", emp=160, rev=9200, decl_sme=True, decl_tj=True, items="vision",
             planted=["party_mismatch: 付款人为保理公司（代付）"],
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同"}),
                   ("acceptance", "confirm", "text", {"note": "G04 交付验收确认书"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证：汇款人为商业保理公司（代客户付款），付款人≠客户", "un": "scan"}),
                   ("procurement", "approval", "text", {"note": "G09 采购定标审批单"})]),
        dict(cust=C[5], no="CH-2024-HT-015", cname="精馏装置机泵群智能监测系统软件许可及实施服务合同", proj="精馏装置机泵群智能监测系统",
             amount=2400000, sign="2024-03-28", accept="2024-09-26", emp=380, rev=31000, decl_sme=True, decl_tj=False, items="apc",
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同"}),
                   ("acceptance", "perf", "scan", {"note": "G05 性能考核验收证书（扫描）", "un": "cam", "cam": True}),
                   ("payment", "cheque", "scan", {"pay": None, "note": "G08 转账支票复印件", "un": "scan"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
        dict(cust=C[6], no="CH-2024-HT-018", cname="集团设备管理云平台（一期）软件许可及实施服务合同", proj="集团设备管理云平台（一期）",
             amount=3100000, sign="2024-06-12", accept="2024-12-10", emp=1500, rev=86000, decl_sme=True, decl_tj=True, items="line",
             planted=["sme_misclassified: 1500人/86000万元为大型企业，申报为中小企业"],
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同"}),
                   ("acceptance", "confirm", "text", {"note": "G04 交付验收确认书"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细"}),
                   ("procurement", "bidding", "text", {"note": "G10 集团阳光采购平台竞价成交确认单"})]),
        dict(cust=C[7], no="CH-2023-HT-041", cname="五金冲压线设备联网改造承揽合同", proj="五金冲压线设备联网改造", amount=1380000,
             sign="2023-08-09", accept="2024-01-05", accept_doc="2023-12-26", emp=90, rev=5400, decl_sme=True, decl_tj=True,
             items="line", planted=["date_out_of_period: 验收确认书日期2023-12-26，申报表填2024-01-05"],
             docs=[("contract", "chenglan", "scan", {"note": "G01 承揽合同（扫描，2023年签订）", "un": "scan"}),
                   ("acceptance", "confirm", "text", {"note": "G04 交付验收确认书：验收日期2023年12月26日，在考核期外"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证（2024年付款）", "un": "doc"}),
                   ("procurement", "approval", "text", {"note": "G09 采购定标审批单"})]),
    ]
    pays = {0: [(2860000, "2024-07-30", "CH-2024-HT-003 合同款", None)],
            2: [(3820000, "2024-11-05", "CH-2024-HT-008 合同款", "中国工商银行")],
            3: [(645000, "2024-05-24", "状态监测系统预付款", "中国建设银行"), (860000, "2024-09-13", "上线款", None)],
            4: [(1760000, "2024-11-12", "代天津滨海泓澜电子科技有限公司支付CH-2024-HT-012合同款", "浦发银行",
                 "天津滨海新区融汇商业保理有限公司")],
            5: [(2400000, "2024-10-11", "货款", "中国建设银行")],
            6: [(3100000, "2024-12-24", "CH-2024-HT-018", None)],
            7: [(1380000, "2024-01-12", "设备联网改造款", "中国农业银行")]}
    contract_rows_apply_pays(rows, pays, app, A)
    contracts = build_contracts(name, rng, app, rows, base)
    sup = [co(rng, "天津津诚拓达自动化工程有限公司", "120113", "天津市北辰区北辰经济技术开发区高新大道77号"),
           co(rng, "廊坊瑞鸿智能装备有限公司", "131003", "河北省廊坊市广阳区新开路266号"),
           co(rng, "天津市昊铂软件技术有限公司", "120104", "天津市南开区华苑产业园区榕苑路6号")]
    sb = "02本地配套"
    suppliers = [
        {"seq": 1, "sup": sup[0], "no": "CH-FB-2024-01", "title": "液压车间设备状态监测传感器安装工程", "amount": 45000000,
         "decl_amount": 45000000, "sign": D("2024-03-20"), "decl_sign": D("2024-03-20"), "main_cust": C[0]["name"],
         "main_proj": "液压件加工车间设备联网与智能运维系统", "main_no": "CH-2024-HT-003", "site": C[0]["addr"],
         "scope": "振动、温度传感器安装，线缆敷设，采集箱安装及通电调试",
         "docs": [{"g": "sub_special", "r": "text", "file": f"{sb}/津诚拓达专业分包合同.pdf", "note": "G13 专业分包合同"}]},
        {"seq": 2, "sup": sup[1], "no": "CH-FB-2024-02", "title": "数据采集网关配套采购合同", "amount": 38000000,
         "decl_amount": 38000000, "sign": D("2024-05-10"), "decl_sign": D("2024-05-10"), "main_cust": C[2]["name"],
         "main_proj": "数控机床智能运维平台", "main_no": "CH-2024-HT-008", "planted": ["subcontractor_not_tianjin"],
         "items": [("边缘数据采集网关", "8路，支持OPC UA", "台"), ("网关配置软件", "授权", "套"), ("现场调试", "服务", "项")],
         "docs": [{"g": "sub_purchase", "r": "scan", "file": f"{sb}/{uninformative(random.Random(21), 'scan')}",
                   "note": "G11 配套采购合同（扫描）：供方为河北廊坊企业，非天津本地供应商"}]},
        {"seq": 3, "sup": sup[2], "no": "CH-FB-2024-03", "title": "预测性维护算法开发技术服务分包协议", "amount": 30000000,
         "decl_amount": 30000000, "sign": D("2024-06-18"), "decl_sign": D("2024-06-18"), "main_cust": C[3]["name"],
         "main_proj": "冷轧产线设备状态监测系统", "main_no": "CH-2024-HT-010", "planted": ["missing_subcontract"],
         "docs": [{"g": "coop", "r": "text", "file": f"{sb}/昊铂-合作协议.pdf", "date": D("2024-04-09"),
                   "note": "G31 战略合作框架协议：无具体工作范围和金额，不是分包合同（缺分包合同）"}]},
    ]
    P_TJ, P_OT = pools(N)
    mb = "03交流会"
    plan = [("设备智能运维经验交流会（第一期）", "2024-03-14", "澄衡智造智造园5号楼报告厅", 11, 1, "salon", "text", None, []),
            ("液压行业设备联网研讨会", "2024-04-11", "天津北辰科技园区会议中心", 12, 1, "seminar2col", "text", None, []),
            ("数控机床智能运维现场观摩会", "2024-05-23", "河北渤瀚重工科技有限公司（河间）", 8, 2, "tour", "scan", 12,
             ["meeting_attendance_below_threshold: 签到表仅8家天津企业，申报12家"]),
            ("预测性维护供需对接会", "2024-06-20", "天津北辰科技园区会议中心", 13, 1, "matchmaking", "text", None, []),
            ("工业设备健康管理线上研讨会", "2024-07-18", "腾讯会议", 14, 2, "online", "text", None, []),
            ("设备智能运维经验交流会（第二期）", "2024-08-15", "澄衡智造智造园5号楼报告厅", 12, 0, None, None, 12,
             ["missing_meeting_record: 未上传任何会议材料"]),
            ("SMT产线智能运维经验交流会", "2024-09-12", "天津滨海新区空港经济区西七道36号", 11, 0, "bundle", "scan", None, []),
            ("设备管理数字化转型研讨会", "2024-10-17", "天津滨海新区临港经济区会议中心", 12, 2, "seminar2col", "scan", None, []),
            ("2023年度设备智能运维交流会", "2023-12-20", "澄衡智造智造园5号楼报告厅", 13, 1, "salon", "scan", None,
             ["date_out_of_period: 2023年12月召开"]),
            ("设备智能运维经验交流会（第三期）", "2024-11-21", "澄衡智造智造园5号楼报告厅", 11, 1, "bundle", "scan", None, [])]
    meetings = []
    for i, (nm, d, pl, ntj, not_, kind, sr, decl, planted) in enumerate(plan, 1):
        f = f"{mb}/{i:02d}/" if i % 2 else f"{mb}/{nm}/"
        mrng = random.Random(f"{seed}{name}m{i}")
        docs = MEETING_DOCS[kind](mrng, f, sr) if kind else []
        meetings.append(make_meeting(N, mrng, app, i, nm, d, pl, ntj, not_, docs, P_TJ, P_OT, decl=decl,
                                     host_signs=(i % 3 == 0), planted=planted))
    db = "04免费诊断"
    diagnoses = diag_series(N, rng, app, 31, db, start="2024-02-26")
    # planted diagnosis defects
    d4 = diagnoses[3]
    d4["has_solution"] = False
    d4["planted"] = ["diagnosis_without_solution: 只有诊断发现和诊断结论"]
    d4["docs"][0]["note"] = "G25 诊断评估报告：只有“诊断发现”“诊断结论”，无任何改进建议"
    d12 = diagnoses[11]
    d12["planted"] = ["missing_diagnosis_report: 只上传了服务确认单"]
    d12["docs"] = [{"g": "diag_confirm", "r": "scan", "file": f"{db}/{uninformative(random.Random(12), 'cam')}", "cam": True,
                    "note": "G27 免费诊断服务确认单（扫描）：确认诊断已开展，但不是诊断报告"}]
    d20 = diagnoses[19]
    d20["has_solution"] = False
    d20["planted"] = ["diagnosis_without_solution: 问题表无对策列"]
    d20["docs"][0]["note"] = "G26 问题一览表：第四列为“问题等级”，没有对策措施"
    d27 = diagnoses[26]
    d27["date"] = d27["decl_date"] = D("2023-11-28")
    d27["report_date"] = D("2023-12-05")
    d27["planted"] = ["date_out_of_period: 2023年11月诊断"]
    sb5 = "05标准"
    standards = [std_spec(1, app, "设备智能运维系统数据接口规范", "团体标准", "T/TJIMA 021—2024", "工作组讨论稿", "草案", "text",
                          f"{sb5}/标准1.pdf", C[0]["name"], "设备智能运维系统数据接口"),
                 std_spec(2, app, "离散制造设备预测性维护实施指南", "团体标准", "T/TJIMA 022—2024", "征求意见稿", "草案", "scan",
                          f"{sb5}/{uninformative(random.Random(31), 'scan')}", C[3]["name"], "离散制造设备预测性维护实施"),
                 std_spec(3, app, "设备健康状态评价方法", "企业标准", "Q/CHZZ 002—2024", "送审稿", "草案", "text",
                          f"{sb5}/企业标准-设备健康状态评价方法.pdf", C[4]["name"], "设备健康状态评价"),
                 std_spec(4, app, "智能运维服务交付流程", "企业标准", "Q/CHZZ 003—2024", "草案", "草案", "text", "", C[1]["name"],
                          "智能运维服务交付", uploaded=False)]
    return dict(name=name, app=app, direction="设备智能运维解决方案", industry="工程机械", contracts=contracts,
                suppliers=suppliers, meetings=meetings, diagnoses=diagnoses, standards=standards, text_amount_row=1,
                text_revenue_row=6)


def spec_tricky(seed):
    name = "fc3_tricky"
    rng = random.Random(f"{seed}|{name}|spec")
    N = Names(rng)
    app = {"name": "天津昶垣工业互联网科技有限公司", "uscc": make_uscc(rng, "120111"),
           "addr": "天津市西青区中北镇汇智路9号昶垣科技园2号楼", "rep": "岳昶", "bank": "天津银行西青支行", "acct": "107201201090056781"}
    N.used.add(app["name"])
    C = [co(rng, "天津沐宸电子有限公司", "120111", "天津市西青区张家窝镇工业园丰泽道17号"),
         co(rng, "天津瑞泓光电科技有限公司", "120116", "天津市滨海新区高新区塘沽海洋科技园新北路66号"),
         co(rng, "北京燕川精工科技股份有限公司", "110108", "北京市海淀区上地信息路28号"),
         co(rng, "天津骅燊精密电子股份有限公司", "120114", "天津市武清区武清开发区泉达路32号"),
         co(rng, "天津津西琮达电器有限公司", "120111", "天津市西青区精武镇学府工业区兴华道21号"),
         co(rng, "昆山璟澜汽车部件有限公司", "320583", "江苏省昆山市开发区黄浦江南路88号"),
         co(rng, "天津宁河淼鑫包装制品有限公司", "120117", "天津市宁河区现代产业区安捷路19号")]
    for c in C:
        N.used.add(c["name"])
    A = lambda i: acct_no(random.Random(C[i]["name"]), 19)
    base = "1.服务用户材料"
    rows = [
        dict(cust=C[0], no="CY-2023-XS-118", cname="PCB车间AOI质量管控系统承揽合同", proj="PCB车间AOI质量管控系统", amount=2680000,
             sign="2023-09-14", accept="2024-03-15", pre_accept="2023-12-12", emp=340, rev=21000, decl_sme=True, decl_tj=True,
             items="vision",
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同（2023年签订）"}),
                   ("acceptance", "final", "text", {"note": "G03 终验报告：初验在2023年12月，终验2024年3月15日（以终验为准，在期内）"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证：预付款在2023年", "un": "scan"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证：尾款", "un": "doc"}),
                   ("procurement", "approval", "text", {"note": "G09 采购定标审批单"})]),
        dict(cust=C[1], no="CY-2024-XS-006", cname="镀膜线视觉检测系统承揽合同", proj="镀膜线视觉检测系统", amount=3150000,
             sign="2024-02-20", accept="2024-08-28", emp=450, rev=33000, decl_sme=True, decl_tj=True, items="vision",
             planted=["party_mismatch: 付款人为客户的滨海分公司（非合同甲方）"],
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同：定作人为总公司"}),
                   ("acceptance", "perf", "text", {"note": "G05 性能考核验收证书"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证：汇款人为“…滨海分公司”，与合同甲方/申报客户不是同一名称", "un": "cam", "cam": True}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
        dict(cust=C[2], no="CY-2024-XS-009", cname="精密零件质量大数据分析平台软件许可及实施服务合同", proj="精密零件质量大数据分析平台",
             amount=3900000, sign="2024-03-18", accept="2024-10-18", emp=1650, rev=72000, decl_sme=False, decl_tj=False, items="apc",
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同：许可费/实施费/运维费分项，总价在合计行"}),
                   ("acceptance", "confirm", "scan", {"note": "G04 交付验收确认书（扫描）", "un": "scan"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细：首付款"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证：余款", "un": "scan"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
        dict(cust=C[3], no="CY-2024-XS-013", cname="SMT质量追溯系统承揽合同", proj="SMT质量追溯系统", amount=2760000,
             sign="2024-04-08", accept="2024-09-20", emp=1020, rev=41200, decl_sme=True, decl_tj=True, items="vision",
             planted=["sme_misclassified: 1020人且41200万元，刚过大型企业两条线"],
             docs=[("contract", "chenglan", "scan", {"note": "G01 承揽合同（扫描）", "un": "doc"}),
                   ("acceptance", "final", "text", {"note": "G03 终验报告（不写合同金额）", "show_amount": False}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细"}),
                   ("procurement", "approval", "text", {"note": "G09 采购定标审批单"})]),
        dict(cust=C[4], no="CY-2024-XS-015", cname="注塑车间质量管控系统软件许可及实施服务合同", proj="注塑车间质量管控系统",
             amount=1980000, sign="2024-05-09", accept="2024-11-08", emp=1350, rev=38000, decl_sme=True, decl_tj=True,
             items="vision",
             docs=[("contract", "license", "text", {"note": "G02 软件许可及实施服务合同（客户1350人但营收38000万元，仍为中小企业）"}),
                   ("acceptance", "confirm", "text", {"note": "G04 交付验收确认书"}),
                   ("payment", "cheque", "scan", {"pay": None, "note": "G08 转账支票复印件：付款人只在财务专用章中", "un": "cam", "cam": True}),
                   ("procurement", "approval", "photo", {"note": "G09 采购定标审批单（手机拍照）", "un": "wx"})]),
        dict(cust=C[5], no="CY-2024-XS-017", cname="汽车线束质量检测系统承揽合同", proj="汽车线束质量检测系统", amount=2340000,
             sign="2024-05-27", accept="2024-11-26", emp=600, rev=45000, decl_sme=True, decl_tj=False, items="vision",
             docs=[("contract", "chenglan", "text", {"note": "G01 承揽合同（客户营收45000万元但600人，仍为中小企业）"}),
                   ("acceptance", "perf", "photo", {"note": "G05 性能考核验收证书（手机拍照JPG）", "un": "img"}),
                   ("payment", "wire", "scan", {"pay": None, "note": "G07 电汇凭证", "un": "scan"}),
                   ("procurement", "bidding", "text", {"note": "G10 网上竞价成交确认单"})]),
        dict(cust=C[6], no="CY-2023-XS-131", cname="包装印刷质量检测系统软件许可及实施服务合同", proj="包装印刷质量检测系统",
             amount=2060000, sign="2023-11-02", accept="2024-01-19", pre_accept="2023-12-15", emp=210, rev=12500, decl_sme=True,
             decl_tj=True, items="vision",
             docs=[("contract", "license", "scan", {"note": "G02 软件许可及实施服务合同（扫描，2023年签订）", "un": "scan"}),
                   ("acceptance", "final", "text", {"note": "G03 终验报告：初验2023-12-15，终验2024-01-19（期内）"}),
                   ("payment", "statement", "text", {"pay": None, "note": "G06 账户交易明细"}),
                   ("procurement", "approval", "text", {"note": "G09 采购定标审批单"})]),
    ]
    pays = {0: [(1608000, "2023-09-28", "CY-2023-XS-118 预付款", "中国农业银行"), (1072000, "2024-03-29", "AOI项目尾款", "中国农业银行")],
            1: [(3150000, "2024-09-10", "镀膜线视觉检测系统合同款", "中国银行", "天津瑞泓光电科技有限公司滨海分公司")],
            2: [(1170000, "2024-04-02", "质量大数据平台首付款", None), (2730000, "2024-10-30", "CY-2024-XS-009 余款", "中国工商银行")],
            3: [(2760000, "2024-10-08", "SMT追溯系统款", None)],
            4: [(1980000, "2024-11-20", "货款", "中国建设银行")],
            5: [(2340000, "2024-12-10", "CY-2024-XS-017", "交通银行")],
            6: [(2060000, "2024-02-06", "印刷质检系统款", None)]}
    contract_rows_apply_pays(rows, pays, app, A)
    contracts = build_contracts(name, rng, app, rows, base)
    sup = [co(rng, "天津钜澜智能科技有限公司", "120111", "天津市西青区赛达二支路30号"),
           co(rng, "北京数澜科技有限公司天津分公司", "120116", "天津市滨海新区开发区第十一大街28号"),
           co(rng, "三河燕拓自动化设备有限公司", "131082", "天津市武清区下朱庄街福源道12号")]
    sb = "2.配套供应商"
    suppliers = [
        {"seq": 1, "sup": sup[0], "no": "CY-FB-2024-02", "title": "AOI检测设备安装调试项目合作", "amount": 52000000,
         "decl_amount": 52000000, "sign": D("2024-03-25"), "decl_sign": D("2024-03-25"), "main_cust": C[0]["name"],
         "main_proj": "PCB车间AOI质量管控系统", "main_no": "CY-2023-XS-118", "scope": "AOI检测设备的现场安装、调试及联网",
         "docs": [{"g": "sub_reversed", "r": "text", "file": f"{sb}/钜澜-合作合同.pdf",
                   "note": "G15 供应商模板合同：甲方（承包方）为供应商，乙方（发包方）为申报单位——按角色申报单位是总包方"}]},
        {"seq": 2, "sup": sup[1], "no": "CY-FB-2024-04", "title": "质量大数据平台数据治理服务分包合同", "amount": 60000000,
         "decl_amount": 60000000, "sign": D("2024-04-22"), "decl_sign": D("2024-04-22"), "main_cust": C[2]["name"],
         "main_proj": "精密零件质量大数据分析平台", "main_no": "CY-2024-XS-009", "scope": "数据清洗、主数据治理及数据模型开发",
         "docs": [{"g": "sub_bilingual", "r": "text", "file": f"{sb}/Subcontract_CY-FB-2024-04.pdf",
                   "note": "G14 中英双语分包合同；分包方为北京企业的天津分公司（信用代码12开头、地址天津）"}]},
        {"seq": 3, "sup": sup[2], "no": "CY-FB-2024-05", "title": "注塑车间视觉工位安装工程", "amount": 38000000,
         "decl_amount": 38000000, "sign": D("2024-07-08"), "decl_sign": D("2024-07-08"), "main_cust": C[4]["name"],
         "main_proj": "注塑车间质量管控系统", "main_no": "CY-2024-XS-015", "site": C[4]["addr"],
         "scope": "视觉检测工位机架安装、电气接线及调试配合", "planted": ["subcontractor_not_tianjin: 地址写天津，但信用代码为河北三河（1310）"],
         "docs": [{"g": "sub_special", "r": "scan", "file": f"{sb}/{uninformative(random.Random(41), 'cam')}", "cam": True,
                   "note": "G13 专业分包合同（扫描）：分包人地址在天津武清，信用代码登记地为河北三河"}]},
    ]
    P_TJ, P_OT = pools(N)
    bj_tj = N.company(tj=False, region=OTHER_PLACES[0])
    bj_tj["addr"] = "天津市西青区精武镇学府工业区兴华道9号"  # registered in Beijing, signs in with its Tianjin site
    mb = "3.经验交流会"
    plan = [("质量管控经验交流沙龙（春季）", "2024-03-28", "昶垣科技园2号楼多功能厅", 11, 1, "salon", "text", None, {}),
            ("工业互联网+质量管理线上研讨会", "2024-04-25", "腾讯会议", 11, 3, "online", "text", None, {"blank": 2}),
            ("电子制造质量追溯研讨会", "2024-05-16", "天津西青赛达国际会议中心", 12, 1, "seminar2col", "text", None, {}),
            ("AOI检测应用经验交流研讨会", "2024-06-06", "天津滨海高新区会议中心", 9, 4, "seminar2col", "text", 13,
             {"planted": ["meeting_attendance_below_threshold: 13家参会企业中4家为北京/河北/山东企业，天津仅9家"]}),
            ("PCB车间AOI现场观摩会", "2024-06-27", "天津沐宸电子有限公司PCB车间", 10, 0, "tour", "scan", None, {}),
            ("质量检测设备供需对接会", "2024-07-25", "昶垣科技园2号楼多功能厅", 12, 1, "matchmaking", "text", None, {}),
            ("质量管控经验交流沙龙（夏季）", "2024-08-22", "昶垣科技园2号楼多功能厅", 10, 0, "salon", "scan", 12, {"dup": 2}),
            ("视觉检测技术交流会", "2024-09-19", "天津武清京滨睿城会议中心", 11, 0, "bundle", "scan", None, {}),
            ("智能检测装备供需对接会（第二场）", "2024-10-17", "天津西青精武镇学府工业区会议室", 9, 2, "matchmaking", "text", 10,
             {"bjtj": True}),
            ("注塑车间质量管控现场观摩会", "2024-11-14", "天津津西琮达电器有限公司注塑车间", 12, 0, "tour", "photo", None, {}),
            ("2024年质量管控年度交流会", "2024-12-19", "天津西青赛达国际会议中心", 10, 1, "bundle", "scan", None, {})]
    meetings = []
    for i, (nm, d, pl, ntj, not_, kind, sr, decl, opt) in enumerate(plan, 1):
        f = f"{mb}/{i}-{nm}/"
        mrng = random.Random(f"{seed}{name}m{i}")
        extra = []
        if opt.get("bjtj"):
            extra.append(attendee(N, bj_tj))
        for b in range(opt.get("blank", 0)):
            extra.append({"name": "", "uscc": "", "addr": "", "person": "", "phone": "", "region": "",
                          "nick": ["手机用户8823", "iPad"][b]})
        m = make_meeting(N, mrng, app, i, nm, d, pl, ntj, not_, MEETING_DOCS[kind](mrng, f, sr), P_TJ, P_OT,
                         decl=decl if decl is not None else ntj + (1 if opt.get("bjtj") else 0),
                         host_signs=(i in (5, 7)) or i % 2 == 0, dup_people=opt.get("dup", 0), extra_rows=extra,
                         planted=opt.get("planted", []))
        if opt.get("bjtj"):
            m["decl_count"] = 10
            m["planted"] = ["counts: 一家北京注册企业以天津地址签到（按地址计为天津企业），恰好10家"]
        if opt.get("dup"):
            m["planted"] = ["counts: 12人签到但只有10家不同的天津企业（含两家各两人）；主办方也签到，不计入"]
        meetings.append(m)
    db = "4.免费诊断"
    diagnoses = diag_series(N, rng, app, 31, db, start="2024-03-01")
    d7 = diagnoses[6]
    d7["has_solution"] = False
    d7["planted"] = ["diagnosis_without_solution: 只有诊断结论和企业意见"]
    d7["docs"][0]["note"] = "G23 数字化转型诊断报告：有现状和问题清单，结尾只有“诊断结论”“企业意见”，无实施路线图"
    d31 = diagnoses[30]
    d31["date"] = d31["decl_date"] = D("2024-12-18")
    d31["report_date"] = D("2025-01-06")
    d31["planted"] = ["date: 现场评估2024-12-18（期内），报告日期2025-01-06"]
    d31["docs"][0]["note"] += "；现场评估日期在期内，报告日期在2025年"
    sb5 = "5.标准草案"
    standards = [std_spec(1, app, "电子制造质量数据采集与追溯技术要求", "团体标准", "T/TJIMA 031—2024", "工作组讨论稿", "草案", "text",
                          f"{sb5}/团标-质量追溯.pdf", C[0]["name"], "电子制造质量数据采集与追溯"),
                 std_spec(2, app, "AOI检测系统与MES互联互通接口规范", "团体标准", "T/TJIMA 032—2024", "征求意见稿", "草案", "scan",
                          f"{sb5}/{uninformative(random.Random(51), 'doc')}", C[3]["name"], "AOI检测系统与MES互联互通接口"),
                 std_spec(3, app, "质量管控系统集成实施服务规范", "企业标准", "Q/CYGL 001—2024", "送审稿", "草案", "text",
                          f"{sb5}/企标-集成实施服务规范.pdf", C[4]["name"], "质量管控系统集成实施服务")]
    return dict(name=name, app=app, direction="质量综合管控解决方案", industry="电子设备", contracts=contracts,
                suppliers=suppliers, meetings=meetings, diagnoses=diagnoses, standards=standards, text_amount_row=5,
                text_revenue_row=3)


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
SPECS = {"fc3_pass": lambda s: spec_pass(s), "fc3_fail": lambda s: spec_fail(s), "fc3_tricky": lambda s: spec_tricky(s)}


def generate(name, seed, out):
    spec = SPECS[name](seed)
    root = os.path.join(out, name)
    if os.path.exists(root):
        shutil.rmtree(root)
    sub = Sub(name, seed, out)
    app = spec["app"]
    for c in spec["contracts"]:
        emit_contract(sub, c, app)
    for s in spec["suppliers"]:
        emit_supplier(sub, s, app)
    for m in spec["meetings"]:
        emit_meeting(sub, m, app)
    for dg in spec["diagnoses"]:
        emit_diagnosis(sub, dg, app)
    for st in spec["standards"]:
        if st["uploaded"]:
            emit_standard(sub, st, app)
    for extra in spec.get("extra_docs", []):
        extra(sub, app)
    write_workbook(os.path.join(sub.sdir, "申报信息.xlsx"), spec, sub.rng("wb"))
    docs = sorted(sub.docs, key=lambda d: d["path"])
    t = compute_truth(app, spec["contracts"], spec["suppliers"], spec["meetings"], spec["diagnoses"], spec["standards"], docs)
    truth = {
        "submission": name, "author": "first_contact/author3", "seed": seed, "phase": "考核",
        "period": [PERIOD[0].isoformat(), PERIOD[1].isoformat()],
        "applicant": {"name": app["name"], "uscc": app["uscc"], "address": app["addr"]},
        "award_tier_wan": None, "assessment_passed": t["assessment_passed"], "accepted_total_yuan": t["accepted_total_yuan"],
        "requirements": t["requirements"], "gaps": t["gaps"], **t["counts"],
        "contracts": [{"seq": c["seq"], "contract_no": c["no"], "customer": c["cust"]["name"], "customer_uscc": c["cust"]["uscc"],
                       "customer_address": c["cust"]["addr"], "amount_yuan": yuan(c["decl_amount"]),
                       "documented_amount_yuan": yuan(c["amount"]), "declared_accept_date": iso(c["accept"]),
                       "declared_sme": c["decl_sme"], "employees": c["employees"], "revenue_wan": c["revenue"],
                       "sme_by_thresholds": not is_large(c["employees"], c["revenue"]), "declared_tianjin": c["decl_tj"],
                       "verified": all(k == "sme_misclassified" for k in c["_gaps"]), "gaps": c["_gaps"],
                       "planted": c["planted"]} for c in spec["contracts"]],
        "suppliers": [{"seq": s["seq"], "supplier": s["sup"]["name"], "uscc": s["sup"]["uscc"], "address": s["sup"]["addr"],
                       "contract_no": s["no"], "title": s["title"], "amount_yuan": yuan(s["decl_amount"]),
                       "declared_date": iso(s["decl_sign"]), "verified": not s["_gaps"], "gaps": s["_gaps"],
                       "planted": s.get("planted", [])} for s in spec["suppliers"]],
        "meetings": [{"seq": m["seq"], "meeting": m["name"], "date": iso(m["date"]), "place": m["place"],
                      "declared_tianjin_count": m["decl_count"], "tianjin_on_sheet": m["_tj_on_sheet"],
                      "qualifying": not m["_gaps"], "gaps": m["_gaps"], "planted": m.get("planted", [])} for m in spec["meetings"]],
        "diagnoses": [{"seq": d["seq"], "customer": d["cust"]["name"], "uscc": d["cust"]["uscc"], "date": iso(d["decl_date"]),
                       "report_title": d["title"], "has_solution": d["has_solution"] if d["docs"] else None,
                       "passes": not d["_gaps"], "gaps": d["_gaps"], "planted": d.get("planted", [])} for d in spec["diagnoses"]],
        "standards": [{"seq": s["seq"], "title": s["title"], "category": s["category"], "stage": s["wb_stage"],
                       "uploaded": s["_uploaded"]} for s in spec["standards"]],
        "documents": docs,
    }
    with open(os.path.join(root, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    shutil.rmtree(sub.tmp, ignore_errors=True)
    return truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--only")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    names = [a.only] if a.only else list(SPECS)
    for n in names:
        t = generate(n, a.seed, a.out)
        nd = len(t["documents"])
        ns = sum(1 for d in t["documents"] if d["rendering"] in ("scan", "photo"))
        print(f"{n}: {nd} documents ({ns} scans/photos), passed={t['assessment_passed']}, gaps={len(t['gaps'])}, "
              f"requirements={t['requirements']}")


if __name__ == "__main__":
    main()
