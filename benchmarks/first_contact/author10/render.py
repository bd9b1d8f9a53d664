"""Tiny page-layout engine on reportlab + scan/photo degradation (author10)."""
import io
import math
import random

import numpy as np
import cv2
from PIL import Image
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black

pdfmetrics.registerFont(TTFont("zen", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("micro", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
RED = Color(0.85, 0.1, 0.12)
SEALRED = Color(0.9, 0.15, 0.15, alpha=0.8)
BLUE = Color(0.1, 0.15, 0.55)
GREY = Color(0.45, 0.45, 0.45)
A4 = (595, 842)


class Doc:
    def __init__(self, size=A4, margin=56, font="zen", seed=0):
        self.buf = io.BytesIO()
        self.W, self.H = size
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setCreator("author10")
        self.m = margin
        self.y = self.H - margin
        self.font = font
        self.rng = random.Random(seed)
        self.pages = 1

    # ---- primitives
    def sw(self, t, size, font=None):
        return pdfmetrics.stringWidth(t, font or self.font, size)

    def wrap(self, text, width, size, font=None):
        lines = []
        for para in text.split("\n"):
            cur = ""
            for ch in para:
                if self.sw(cur + ch, size, font) > width:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    def need(self, h):
        if self.y - h < self.m:
            self.newpage()

    def newpage(self):
        self.c.showPage()
        self.pages += 1
        self.y = self.H - self.m

    def gap(self, h=8):
        self.y -= h

    def title(self, t, size=18, color=black, font=None, spacing=0):
        self.need(size + 10)
        f = font or self.font
        self.c.setFont(f, size)
        self.c.setFillColor(color)
        if spacing:
            t = (" " * spacing).join(t)
        self.c.drawCentredString(self.W / 2, self.y - size, t)
        self.c.setFillColor(black)
        self.y -= size + 10

    def line(self, t, size=11, x=None, align="left", color=black, font=None):
        self.need(size + 6)
        f = font or self.font
        self.c.setFont(f, size)
        self.c.setFillColor(color)
        if align == "right":
            self.c.drawRightString(self.W - self.m, self.y - size, t)
        elif align == "center":
            self.c.drawCentredString(self.W / 2, self.y - size, t)
        else:
            self.c.drawString(x if x is not None else self.m, self.y - size, t)
        self.c.setFillColor(black)
        self.y -= size + 6

    def para(self, t, size=11, indent=True, lead=1.7, x0=None, width=None, font=None, color=black):
        f = font or self.font
        x0 = x0 if x0 is not None else self.m
        width = width or (self.W - self.m - x0)
        if indent:
            t = "\u3000\u3000" + t
        for ln in self.wrap(t, width, size, f):
            self.need(size * lead)
            self.c.setFont(f, size)
            self.c.setFillColor(color)
            self.c.drawString(x0, self.y - size, ln)
            self.y -= size * lead
        self.c.setFillColor(black)

    def rule(self, color=black, w=1.0):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(w)
        self.c.line(self.m, self.y, self.W - self.m, self.y)
        self.c.setStrokeColor(black)
        self.c.setLineWidth(1)
        self.y -= 6

    def table(self, rows, colw=None, size=10, border=True, pad=4, header=False, align=None, x0=None):
        x0 = x0 if x0 is not None else self.m
        tw = self.W - self.m - x0
        ncol = max(len(r) for r in rows)
        if colw is None:
            colw = [1] * ncol
        tot = sum(colw)
        ws = [tw * w / tot for w in colw]
        for ri, r in enumerate(rows):
            cells = list(r) + [""] * (ncol - len(r))
            # merged cells: None means merge into previous
            spans = []
            for ci, v in enumerate(cells):
                if v is None and spans:
                    spans[-1][2] += ws[ci]
                else:
                    spans.append([ci, v or "", ws[ci]])
            wrapped = [self.wrap(str(v), w - 2 * pad, size) for _, v, w in spans]
            h = max(len(l) for l in wrapped) * size * 1.35 + 2 * pad
            self.need(h)
            x = x0
            for (ci, v, w), lines in zip(spans, wrapped):
                if border:
                    self.c.rect(x, self.y - h, w, h)
                if header and ri == 0:
                    self.c.setFillColor(Color(0.9, 0.9, 0.9))
                    self.c.rect(x, self.y - h, w, h, fill=1, stroke=1 if border else 0)
                    self.c.setFillColor(black)
                self.c.setFont(self.font, size)
                yy = self.y - pad - size
                for ln in lines:
                    if align and align[ci] == "r":
                        self.c.drawRightString(x + w - pad, yy, ln)
                    elif align and align[ci] == "c":
                        self.c.drawCentredString(x + w / 2, yy, ln)
                    else:
                        self.c.drawString(x + pad, yy, ln)
                    yy -= size * 1.35
                x += w
            self.y -= h

    def seal(self, x, y, name, kind="", r=42, color=SEALRED, rot=None):
        """Round company seal; characters placed on a ring (they land in the text layer)."""
        c = self.c
        c.saveState()
        c.translate(x, y)
        c.rotate(rot if rot is not None else self.rng.uniform(-25, 25))
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(2.2)
        c.circle(0, 0, r)
        # star
        p = c.beginPath()
        for i in range(10):
            ang = math.pi / 2 + i * math.pi / 5
            rr = r * 0.28 if i % 2 == 0 else r * 0.11
            px, py = rr * math.cos(ang), rr * math.sin(ang)
            (p.moveTo if i == 0 else p.lineTo)(px, py)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        n = len(name)
        span = min(250, 18 * n)
        fs = max(7, min(11, r * 0.27))
        for i, ch in enumerate(name):
            ang = 90 + span / 2 - (span * (i + 0.5) / n)
            a = math.radians(ang)
            c.saveState()
            c.translate((r - fs - 2) * math.cos(a), (r - fs - 2) * math.sin(a))
            c.rotate(ang - 90)
            c.setFont(self.font, fs)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
        if kind:
            c.setFont(self.font, fs * 0.9)
            c.drawCentredString(0, -r * 0.55, kind)
        c.restoreState()

    def square_stamp(self, x, y, lines, color=SEALRED, rot=-8, w=110):
        c = self.c
        c.saveState()
        c.translate(x, y)
        c.rotate(rot)
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(1.8)
        h = 16 * len(lines) + 8
        c.rect(-w / 2, -h / 2, w, h)
        c.setFont(self.font, 10)
        yy = h / 2 - 16
        for ln in lines:
            c.drawCentredString(0, yy, ln)
            yy -= 16
        c.restoreState()

    def hand(self, x, y, text, size=13, color=BLUE):
        """Handwriting-like: jittered glyphs in blue ink."""
        c = self.c
        xx = x
        for ch in text:
            c.saveState()
            c.translate(xx, y + self.rng.uniform(-1.5, 1.5))
            c.rotate(self.rng.uniform(-7, 7))
            c.setFillColor(color)
            s = size * self.rng.uniform(0.9, 1.12)
            c.setFont("micro", s)
            c.drawString(0, 0, ch)
            c.restoreState()
            xx += self.sw(ch, size, "micro") * self.rng.uniform(0.95, 1.15)

    def pdf(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ---------- rasterisation and degradation
def raster(pdf_bytes, scale=1.6):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(d)):
        img = d[i].render(scale=scale).to_pil().convert("RGB")
        out.append(img)
    d.close()
    return out


def scanify(img, rng, strength=1.0):
    a = np.array(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-2.2, 2.2) * strength
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(248, 248, 246))
    k = rng.choice([1, 3])
    if k > 1:
        a = cv2.GaussianBlur(a, (k, k), 0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 1.0 - 0.12 * strength * (xx / w) * rng.uniform(0.5, 1.0) - 0.06 * (yy / h)
    a = a * light[..., None]
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a += nr.normal(0, 7 * strength, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    # slight yellowing / grey paper
    return Image.fromarray(a)


def photoify(img, rng):
    a = np.array(img)
    h, w = a.shape[:2]
    pad = int(0.08 * w)
    bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.uint8)
    bg[:] = (rng.randrange(60, 120), rng.randrange(55, 100), rng.randrange(40, 80))
    bg[pad:pad + h, pad:pad + w] = a
    H, W = bg.shape[:2]
    j = lambda: rng.uniform(-0.035, 0.035) * W
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(bg, M, (W, H), borderValue=tuple(int(v) for v in bg[0, 0]))
    out = out.astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    out *= (1.08 - 0.45 * d)[..., None]
    out = cv2.GaussianBlur(out, (3, 3), 0)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    out += nr.normal(0, 6, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def png_bytes(img):
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def images_to_pdf(imgs, q=70):
    # re-encode through JPEG for artefacts, then wrap as an image-only PDF
    pages = [Image.open(io.BytesIO(jpeg_bytes(im, q))) for im in imgs]
    b = io.BytesIO()
    import datetime
    import time; dt = time.gmtime(1709283600)
    pages[0].save(b, "PDF", resolution=144, save_all=True, append_images=pages[1:], creationDate=dt, modDate=dt)
    return b.getvalue()
