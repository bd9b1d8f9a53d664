"""Rendering helpers for author21's generator (reportlab layout + scan/photo degradation)."""
import io, math, random
import numpy as np
from PIL import Image, ImageFilter
import cv2
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('ZM', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))

RED = (0.85, 0.08, 0.08)
BLUE = (0.08, 0.15, 0.55)
BLACK = (0, 0, 0)
GREY = (0.45, 0.45, 0.45)


class PDF:
    def __init__(self, pagesize=A4, font='ZH', margin=52, rng=None):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle('')
        self.W, self.H = pagesize
        self.m = margin
        self.y = self.H - margin
        self.font = font
        self.rng = rng or random.Random(0)
        self.pages = 1

    # ---- primitives
    def newpage(self):
        self.c.showPage()
        self.pages += 1
        self.y = self.H - self.m

    def ensure(self, h):
        if self.y - h < self.m:
            self.newpage()

    def sp(self, h=8):
        self.y -= h

    def w(self, s, size, font=None):
        return pdfmetrics.stringWidth(s, font or self.font, size)

    def text(self, s, size=11, x=None, align='left', font=None, color=BLACK, dy=None):
        f = font or self.font
        self.ensure(size * 1.6)
        self.c.setFillColorRGB(*color)
        self.c.setFont(f, size)
        yy = self.y - size
        if align == 'center':
            self.c.drawCentredString(self.W / 2 if x is None else x, yy, s)
        elif align == 'right':
            self.c.drawRightString(self.W - self.m if x is None else x, yy, s)
        else:
            self.c.drawString(self.m if x is None else x, yy, s)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= (dy if dy is not None else size * 1.6)

    def title(self, s, size=17, color=BLACK, font=None):
        self.text(s, size, align='center', color=color, font=font, dy=size * 2.0)

    def wrap(self, s, size, width, font=None):
        lines, cur = [], ''
        for ch in s:
            if ch == '\n':
                lines.append(cur); cur = ''; continue
            if self.w(cur + ch, size, font) > width and cur:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines or ['']

    def para(self, s, size=10.5, indent=True, lead=1.65, x=None, width=None, color=BLACK, font=None):
        x0 = self.m if x is None else x
        width = width or (self.W - self.m - x0)
        s = ('\u3000\u3000' + s) if indent else s
        for ln in self.wrap(s, size, width, font):
            self.ensure(size * lead)
            self.c.setFillColorRGB(*color)
            self.c.setFont(font or self.font, size)
            self.c.drawString(x0, self.y - size, ln)
            self.y -= size * lead
        self.c.setFillColorRGB(0, 0, 0)

    def hline(self, color=BLACK, width=0.8, gap=6):
        self.c.setStrokeColorRGB(*color); self.c.setLineWidth(width)
        self.c.line(self.m, self.y - gap / 2, self.W - self.m, self.y - gap / 2)
        self.c.setStrokeColorRGB(0, 0, 0)
        self.y -= gap

    def table(self, rows, colw, size=9.5, header=True, pad=4, minh=None, font=None, bold_first_col=False, fill_header=True):
        """rows: list of lists of str; colw: list of fractions or widths(points)."""
        tw = self.W - 2 * self.m
        if sum(colw) <= 1.01:
            colw = [f * tw for f in colw]
        lead = size * 1.35
        for ri, row in enumerate(rows):
            wrapped = [self.wrap(str(cell), size, colw[i] - 2 * pad, font) for i, cell in enumerate(row)]
            h = max(len(wl) for wl in wrapped) * lead + 2 * pad
            if minh:
                h = max(h, minh)
            if self.y - h < self.m:
                self.newpage()
            x = self.m
            if ri == 0 and header and fill_header:
                self.c.setFillColorRGB(0.92, 0.92, 0.92)
                self.c.rect(self.m, self.y - h, sum(colw), h, stroke=0, fill=1)
                self.c.setFillColorRGB(0, 0, 0)
            self.c.setLineWidth(0.6)
            for i, wl in enumerate(wrapped):
                self.c.rect(x, self.y - h, colw[i], h, stroke=1, fill=0)
                self.c.setFont(font or self.font, size)
                for k, ln in enumerate(wl):
                    self.c.drawString(x + pad, self.y - pad - size - k * lead + 1, ln)
                x += colw[i]
            self.y -= h
        self.y -= 6

    def seal(self, name, cx=None, cy=None, r=42, sub='合同专用章', star=True, color=RED, rot=0.0, alpha=0.8):
        c = self.c
        cx = cx if cx is not None else self.W - self.m - 90
        cy = cy if cy is not None else self.y + 20
        c.saveState()
        try:
            c.setFillAlpha(alpha); c.setStrokeAlpha(alpha)
        except Exception:
            pass
        c.translate(cx, cy); c.rotate(rot)
        c.setStrokeColorRGB(*color); c.setFillColorRGB(*color)
        c.setLineWidth(2.2)
        c.circle(0, 0, r, stroke=1, fill=0)
        n = len(name)
        fs = max(7, min(12, 2 * math.pi * r * 0.62 / max(n, 1)))
        span = min(250, n * fs * 1.05 / (r - fs) * 180 / math.pi)
        start = 90 + span / 2
        for i, ch in enumerate(name):
            a = start - span * (i + 0.5) / n
            c.saveState()
            c.rotate(a - 90)
            c.setFont('ZH', fs)
            c.drawCentredString(0, r - fs - 2, ch)
            c.restoreState()
        if star:
            p = c.beginPath()
            for k in range(10):
                rr = 11 if k % 2 == 0 else 4.5
                ang = math.radians(90 + k * 36)
                (p.moveTo if k == 0 else p.lineTo)(rr * math.cos(ang), rr * math.sin(ang))
            p.close(); c.drawPath(p, stroke=0, fill=1)
        if sub:
            c.setFont('ZH', 8)
            c.drawCentredString(0, -r * 0.55, sub)
        c.restoreState()

    def hand(self, s, x, y, size=13, color=BLUE, font='ZM'):
        """handwriting-like: per-character jitter and rotation."""
        c = self.c
        c.saveState(); c.setFillColorRGB(*color)
        xx = x
        for ch in s:
            c.saveState()
            c.translate(xx, y + self.rng.uniform(-1.5, 1.5))
            c.rotate(self.rng.uniform(-7, 7))
            fs = size * self.rng.uniform(0.9, 1.12)
            c.setFont(font, fs)
            c.drawString(0, 0, ch)
            c.restoreState()
            xx += pdfmetrics.stringWidth(ch, font, size) * self.rng.uniform(0.95, 1.12)
        c.restoreState()
        return xx

    def squiggle(self, x, y, w=60, color=BLUE):
        c = self.c
        c.saveState(); c.setStrokeColorRGB(*color); c.setLineWidth(1.1)
        p = c.beginPath(); p.moveTo(x, y)
        n = 9
        for k in range(1, n + 1):
            p.curveTo(x + w * (k - 0.7) / n, y + self.rng.uniform(-9, 9), x + w * (k - 0.3) / n,
                      y + self.rng.uniform(-9, 9), x + w * k / n, y + self.rng.uniform(-3, 3))
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def rect_fill(self, x, y, w, h, rgb):
        self.c.setFillColorRGB(*rgb); self.c.rect(x, y, w, h, stroke=0, fill=1); self.c.setFillColorRGB(0, 0, 0)

    def bytes(self):
        self.c.showPage(); self.c.save()
        return self.buf.getvalue()


# ---------------------------------------------------------------- raster
def raster(pdf_bytes, scale=1.45):
    doc = pdfium.PdfDocument(pdf_bytes)
    imgs = []
    for i in range(len(doc)):
        imgs.append(doc[i].render(scale=scale).to_pil().convert('RGB'))
    doc.close()
    return imgs


def degrade(img, mode, rng):
    """mode: scan | photo. rng: numpy Generator."""
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if mode == 'scan':
        ang = rng.uniform(-1.6, 1.6)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
        a = a * rng.uniform(0.93, 0.99) + rng.uniform(4, 12)
        a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 0.8))
        a += rng.normal(0, rng.uniform(4, 8), a.shape)
        # faint scanner streak
        x0 = int(rng.uniform(0.1, 0.9) * w)
        a[:, x0:x0 + 2] *= 0.93
        q = int(rng.uniform(55, 78))
    else:
        pad = int(0.07 * w)
        bg = np.array(rng.choice([[120, 96, 70], [70, 72, 80], [150, 140, 120]]), dtype=np.float32)
        canvas_ = np.ones((h + 2 * pad, w + 2 * pad, 3), np.float32) * bg
        canvas_ += rng.normal(0, 10, canvas_.shape)
        canvas_[pad:pad + h, pad:pad + w] = a
        H2, W2 = canvas_.shape[:2]
        src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
        j = lambda s: rng.uniform(-s, s)
        d = 0.035 * w
        dst = np.float32([[pad + j(d), pad + j(d)], [pad + w + j(d), pad + j(d)],
                          [pad + w + j(d), pad + h + j(d)], [pad + j(d), pad + h + j(d)]])
        M = cv2.getPerspectiveTransform(src, dst)
        a = cv2.warpPerspective(canvas_, M, (W2, H2), borderMode=cv2.BORDER_REPLICATE)
        ang = rng.uniform(-3, 3)
        R = cv2.getRotationMatrix2D((W2 / 2, H2 / 2), ang, 1.0)
        a = cv2.warpAffine(a, R, (W2, H2), borderMode=cv2.BORDER_REPLICATE)
        # uneven light
        yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.2, 0.8) * H2
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W2, H2)
        light = 1.08 - rng.uniform(0.35, 0.55) * dist
        a = a * light[..., None]
        a[..., 2] *= rng.uniform(0.9, 0.98)  # warm cast (RGB order: reduce blue)
        k = int(rng.choice([3, 5]))
        a = cv2.GaussianBlur(a, (k, k), rng.uniform(0.7, 1.3))
        a += rng.normal(0, rng.uniform(5, 10), a.shape)
        q = int(rng.uniform(50, 70))
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    b = io.BytesIO(); out.save(b, 'JPEG', quality=q)
    b.seek(0)
    return Image.open(b).convert('RGB'), b.getvalue()


def images_to_pdf(imgs, dpi=105):
    b = io.BytesIO()
    imgs[0].save(b, 'PDF', resolution=dpi, save_all=True, append_images=imgs[1:])
    return b.getvalue()
