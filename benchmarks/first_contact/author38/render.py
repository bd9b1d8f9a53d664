"""Drawing (reportlab) and rasterising with realistic degradation (pypdfium2, numpy, OpenCV, Pillow)."""
import io
import math
import random

import numpy as np
import cv2
from PIL import Image
import pypdfium2 as pdfium
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.utils import ImageReader

rl_config.invariant = 1
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("ZEN", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

W, H = A4
RED = (0.86, 0.1, 0.12)
BLUE_INK = (0.1, 0.15, 0.5)


class Page:
    """A tiny layout helper over a reportlab canvas: cursor y, wrapped text, ruled grids, seals."""

    def __init__(self, rng, font="WQY", size=(W, H), title=None):
        self.buf = io.BytesIO()
        self.W, self.H = size
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        if title:
            self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setProducer("")
        self.font = font
        self.rng = rng
        self.mx = 60
        self.y = self.H - 60
        self.pages = 1

    # ---------------------------------------------------------- text
    def text(self, x, y, s, size=10.5, font=None, color=(0, 0, 0), spacing=0):
        c = self.c
        c.setFillColorRGB(*color)
        f = font or self.font
        if spacing:
            t = c.beginText(x, y)
            t.setFont(f, size)
            t.setCharSpace(spacing)
            t.textOut(s)
            t.setCharSpace(0)
            c.drawText(t)
        else:
            c.setFont(f, size)
            c.drawString(x, y, s)
        c.setFillColorRGB(0, 0, 0)

    def width(self, s, size=10.5, font=None):
        return pdfmetrics.stringWidth(s, font or self.font, size)

    def center(self, s, size=16, y=None, font=None, spacing=0, color=(0, 0, 0)):
        y = self.y if y is None else y
        w = self.width(s, size, font) + spacing * max(len(s) - 1, 0)
        self.text((self.W - w) / 2, y, s, size, font, color, spacing)
        if y == self.y:
            self.y -= size * 1.9

    def right(self, s, size=10.5, y=None, xr=None):
        y = self.y if y is None else y
        xr = self.W - self.mx if xr is None else xr
        self.text(xr - self.width(s, size), y, s, size)

    def wrap(self, s, size, maxw):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.width(cur + ch, size) > maxw and cur:
                if ch in "，。、；：）」》,.;:)":
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

    def para(self, s, size=10.5, indent=True, lead=1.75, x=None, maxw=None):
        x = self.mx if x is None else x
        maxw = (self.W - self.mx - x) if maxw is None else maxw
        s = ("\u3000\u3000" + s) if indent else s
        for ln in self.wrap(s, size, maxw):
            self.need(size * lead)
            self.text(x, self.y, ln, size)
            self.y -= size * lead

    def line(self, s="", size=10.5, x=None, lead=1.75):
        self.need(size * lead)
        self.text(self.mx if x is None else x, self.y, s, size)
        self.y -= size * lead

    def gap(self, h=8):
        self.y -= h

    def need(self, h):
        if self.y - h < 50:
            self.newpage()

    def newpage(self):
        self.c.showPage()
        self.pages += 1
        self.y = self.H - 60

    # ---------------------------------------------------------- grids
    def grid(self, rows, colw, size=10, rowh=22, x=None, align=None, wrapcols=True, lw=0.7):
        """rows: list of lists of cell strings; a cell may be (text, span) to span columns."""
        x0 = self.mx if x is None else x
        c = self.c
        c.setLineWidth(lw)
        self.row_boxes = []
        for row in rows:
            cells = []
            for cell in row:
                if isinstance(cell, tuple):
                    cells.append(cell)
                else:
                    cells.append((cell, 1))
            # compute height
            xs, ci = [], 0
            for txt, span in cells:
                w = sum(colw[ci:ci + span])
                xs.append((ci, w, txt))
                ci += span
            maxlines = 1
            wrapped = []
            for ci_, w, txt in xs:
                ls = self.wrap(str(txt), size, w - 8) if wrapcols else [str(txt)]
                wrapped.append(ls)
                maxlines = max(maxlines, len(ls))
            h = max(rowh, maxlines * size * 1.35 + 8)
            self.need(h)
            self.row_boxes.append((self.y, h))
            xx = x0
            for (ci_, w, txt), ls in zip(xs, wrapped):
                c.rect(xx, self.y - h, w, h, stroke=1, fill=0)
                ty = self.y - (h - len(ls) * size * 1.35) / 2 - size
                for ln in ls:
                    if align and align.get(ci_) == "r":
                        self.text(xx + w - 4 - self.width(ln, size), ty + 2, ln, size)
                    elif align and align.get(ci_) == "c":
                        self.text(xx + (w - self.width(ln, size)) / 2, ty + 2, ln, size)
                    else:
                        self.text(xx + 4, ty + 2, ln, size)
                    ty -= size * 1.35
                xx += w
            self.y -= h
        self.y -= 18

    # ---------------------------------------------------------- marks
    def seal(self, cx, cy, ring, center="", r=42, star=True, oval=False, alpha=0.78, rot=None, as_text=True):
        """A red company/bank seal; ring text placed character by character round the top arc."""
        c = self.c
        rng = self.rng
        rot = rng.uniform(-18, 18) if rot is None else rot
        c.saveState()
        c.translate(cx, cy)
        c.rotate(rot)
        c.setStrokeColorRGB(*RED)
        c.setFillColorRGB(*RED)
        c.setFillAlpha(alpha)
        c.setStrokeAlpha(alpha)
        c.setLineWidth(2.4)
        if oval:
            c.ellipse(-r * 1.35, -r * 0.9, r * 1.35, r * 0.9, stroke=1, fill=0)
            c.setLineWidth(0.8)
            c.ellipse(-r * 1.25, -r * 0.8, r * 1.25, r * 0.8, stroke=1, fill=0)
        else:
            c.circle(0, 0, r, stroke=1, fill=0)
        n = len(ring)
        fs = max(6.5, min(11, 2 * math.pi * r * 0.62 / max(n, 1)))
        span = min(250, 14 * n + 40)
        if oval:
            span = min(200, 12 * n + 30)
        for i, ch in enumerate(ring):
            ang = 90 + span / 2 - (span * (i + 0.5) / n)
            rr = r - fs - 2
            a = math.radians(ang)
            ex = rr * math.cos(a) * (1.3 if oval else 1)
            ey = rr * math.sin(a) * (0.85 if oval else 1)
            c.saveState()
            c.translate(ex, ey)
            c.rotate(ang - 90)
            if as_text:
                c.setFont("ZEN", fs)
                c.drawCentredString(0, 0, ch)
            c.restoreState()
        if star and not oval:
            self._star(0, 2, r * 0.28)
        if center:
            c.setFont("ZEN", 8.5 if len(center) > 4 else 9.5)
            c.drawCentredString(0, -r * 0.55, center)
        c.restoreState()

    def _star(self, x, y, R):
        c = self.c
        p = c.beginPath()
        for i in range(10):
            rr = R if i % 2 == 0 else R * 0.4
            a = math.radians(90 + i * 36)
            px, py = x + rr * math.cos(a), y + rr * math.sin(a)
            if i == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def rect_stamp(self, cx, cy, lines, w=120, h=46, color=RED, rot=None):
        c = self.c
        rot = self.rng.uniform(-8, 8) if rot is None else rot
        c.saveState()
        c.translate(cx, cy)
        c.rotate(rot)
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setFillAlpha(0.8)
        c.setLineWidth(1.6)
        c.rect(-w / 2, -h / 2, w, h, stroke=1, fill=0)
        fs = 9
        y = h / 2 - 4 - fs - (h - 8 - len(lines) * fs * 1.3) / 2 + 2
        for ln in lines:
            c.setFont("ZEN", fs)
            c.drawCentredString(0, y, ln)
            y -= fs * 1.3
        c.restoreState()

    def signature(self, x, y, w=60, color=BLUE_INK):
        """A handwritten-looking squiggle (vector path, no text)."""
        c = self.c
        rng = self.rng
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(1.1)
        p = c.beginPath()
        px, py = x, y
        p.moveTo(px, py)
        for i in range(rng.randint(4, 7)):
            nx = px + w / 5 * rng.uniform(0.6, 1.4)
            p.curveTo(px + rng.uniform(-5, 12), py + rng.uniform(-4, 14), nx - rng.uniform(0, 10),
                      py + rng.uniform(-12, 10), nx, py + rng.uniform(-6, 6))
            px = nx
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def tick(self, x, y, color=BLUE_INK):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(1.6)
        p = c.beginPath()
        p.moveTo(x, y + 5)
        p.lineTo(x + 4, y + 1)
        p.lineTo(x + 11, y + 12)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def hand(self, x, y, s, size=11, color=BLUE_INK):
        """Handwriting stand-in: each character jittered and slightly rotated, in ink."""
        c = self.c
        rng = self.rng
        xx = x
        for ch in s:
            c.saveState()
            c.translate(xx, y + rng.uniform(-1.2, 1.2))
            c.rotate(rng.uniform(-6, 6))
            c.setFillColorRGB(*color)
            c.setFont("ZEN", size * rng.uniform(0.93, 1.07))
            c.drawString(0, 0, ch)
            c.restoreState()
            xx += pdfmetrics.stringWidth(ch, "ZEN", size) * rng.uniform(0.95, 1.12)

    def highlight(self, x, y, w, h, color=(1, 0.92, 0.2)):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*color)
        c.setFillAlpha(0.35)
        c.rect(x, y, w, h, stroke=0, fill=1)
        c.restoreState()

    def hline(self, x1, x2, y, lw=0.7):
        self.c.setLineWidth(lw)
        self.c.line(x1, y, x2, y)

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ------------------------------------------------------------------ rasterising
def pdf_to_images(pdf_bytes, scale=2.0):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=scale).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def _jpeg_roundtrip(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    b.seek(0)
    return Image.open(b).convert("RGB")


def degrade_scan(img, rng: random.Random, gray=False):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(img).astype(np.float32)
    tone = np.array([rng.uniform(243, 252), rng.uniform(238, 248), rng.uniform(225, 240)], np.float32) / 255
    a = a * tone
    h, w = a.shape[:2]
    ang = rng.uniform(-2.2, 2.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += (rng.uniform(-12, 12), rng.uniform(-12, 12))
    a = cv2.warpAffine(a, M, (w, h), borderValue=(float(tone[0] * 235), float(tone[1] * 232), float(tone[2] * 225)))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 1.1))
    a = a + nrng.normal(0, rng.uniform(3, 8), a.shape).astype(np.float32)
    # toner streak / dust
    for _ in range(rng.randint(0, 3)):
        x = rng.randrange(w)
        a[:, x:x + rng.randint(1, 2)] *= rng.uniform(0.85, 0.95)
    for _ in range(rng.randint(5, 25)):
        y, x = rng.randrange(h), rng.randrange(w)
        cv2.circle(a, (x, y), rng.randint(1, 2), (60, 60, 60), -1)
    a = np.clip(a * rng.uniform(0.96, 1.03) + rng.uniform(-6, 4), 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if gray:
        out = out.convert("L").convert("RGB")
    return _jpeg_roundtrip(out, rng.randint(55, 80))


def degrade_photo(img, rng: random.Random):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(w * 0.12)
    bgc = np.array([rng.uniform(60, 140), rng.uniform(50, 120), rng.uniform(40, 100)], np.float32)
    H2, W2 = h + 2 * pad, w + 2 * pad
    canvas_ = np.ones((H2, W2, 3), np.float32) * bgc
    canvas_ += nrng.normal(0, 6, canvas_.shape).astype(np.float32)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()],
                      [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (W2, H2), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W2, H2))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    out = warped * mask + canvas_ * (1 - mask)
    # uneven light + slight colour cast
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.2, 0.8) * H2
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W2, H2)
    light = (1.08 - rng.uniform(0.35, 0.6) * d)[..., None]
    cast = np.array([rng.uniform(0.95, 1.03), rng.uniform(0.95, 1.0), rng.uniform(0.86, 0.97)], np.float32)
    out = out * light * cast
    if rng.random() < 0.5:  # a soft shadow band from the phone
        x0 = rng.randrange(W2)
        out[:, x0:x0 + W2 // 5] *= rng.uniform(0.75, 0.9)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.5))
    out = out + nrng.normal(0, rng.uniform(4, 9), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    img2 = Image.fromarray(out)
    # phones downscale a little
    f = rng.uniform(0.8, 0.95)
    img2 = img2.resize((int(W2 * f), int(H2 * f)), Image.BILINEAR)
    return _jpeg_roundtrip(img2, rng.randint(70, 88))


def images_to_pdf(images, quality=75):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setProducer("")
    for img in images:
        b = io.BytesIO()
        img.save(b, "JPEG", quality=quality)
        b.seek(0)
        iw, ih = img.size
        s = min(W / iw, H / ih)
        c.drawImage(ImageReader(b), (W - iw * s) / 2, (H - ih * s) / 2, iw * s, ih * s)
        c.showPage()
    c.save()
    return buf.getvalue()


def encode_image(img, ext, rng):
    b = io.BytesIO()
    if ext == "jpg":
        img.save(b, "JPEG", quality=rng.randint(72, 90))
    elif ext == "png":
        img.save(b, "PNG", optimize=False)
    elif ext == "tif":
        img.save(b, "TIFF", compression="tiff_lzw")
    return b.getvalue()
