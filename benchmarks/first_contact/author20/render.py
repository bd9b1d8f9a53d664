"""Page drawing (reportlab) and scan/photo degradation (Pillow + OpenCV)."""
import io, math, random
import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.utils import ImageReader
from reportlab.lib.colors import Color, black
import pypdfium2 as pdfium

pdfmetrics.registerFont(TTFont("ZenHei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("MicroHei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
RED = Color(0.86, 0.1, 0.1, alpha=0.82)
BLUE = Color(0.1, 0.2, 0.65)
GREY = Color(0.45, 0.45, 0.45)
W, H = A4


class Doc:
    def __init__(self, font="ZenHei", land=False, size=None):
        self.buf = io.BytesIO()
        self.ps = size or (landscape(A4) if land else A4)
        self.W, self.H = self.ps
        self.c = canvas.Canvas(self.buf, pagesize=self.ps, invariant=1)
        self.font = font
        self.y = self.H - 60
        self.x0 = 58
        self.width = self.W - 116

    # --- primitives
    def t(self, x, y, s, size=11, font=None, color=black, right=False, center=False):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.font, size)
        if right:
            c.drawRightString(x, y, s)
        elif center:
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.setFillColor(black)

    def sw(self, s, size, font=None):
        return pdfmetrics.stringWidth(s, font or self.font, size)

    def wrap(self, s, size, width, font=None):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            if self.sw(cur + ch, size, font) > width:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines or [""]

    def title(self, s, size=18, gap=34, font=None, spaced=False):
        if spaced:
            s = " ".join(s)
        self.t(self.W / 2, self.y, s, size, font=font, center=True)
        self.y -= gap

    def line(self, s, size=11, dx=0, gap=None, font=None, color=black):
        self.t(self.x0 + dx, self.y, s, size, font=font, color=color)
        self.y -= gap or size * 1.75

    def para(self, s, size=11, indent=2, lead=1.7, font=None, dx=0):
        width = self.width - dx
        first = "\u3000" * indent + s
        for ln in self.wrap(first, size, width, font):
            self.t(self.x0 + dx, self.y, ln, size, font=font)
            self.y -= size * lead
            if self.y < 60:
                self.page()
        self.y -= 2

    def grid(self, rows, colw, size=10, pad=5, lead=1.45, font=None, x0=None, minh=20, bold_first=False):
        x0 = self.x0 if x0 is None else x0
        c = self.c
        c.setLineWidth(0.7)
        total = sum(colw)
        scale = self.width / total if x0 == self.x0 and abs(total - self.width) > 1 and total > self.width else 1
        colw = [w * scale for w in colw]
        for r in rows:
            # compute cells with spans
            cells, xi = [], 0
            for cell in r:
                txt, span = (cell if isinstance(cell, tuple) else (cell, 1))
                w = sum(colw[xi:xi + span])
                cells.append((str(txt), sum(colw[:xi]), w))
                xi += span
            hs = [len(self.wrap(tx, size, w - 2 * pad, font)) for tx, _, w in cells]
            rh = max(minh, max(hs) * size * lead + 2 * pad - 2)
            if self.y - rh < 50:
                self.page()
            top = self.y
            for (tx, cx, w) in cells:
                c.rect(x0 + cx, top - rh, w, rh)
                lines = self.wrap(tx, size, w - 2 * pad, font)
                yy = top - pad - size
                for ln in lines:
                    self.t(x0 + cx + pad, yy, ln, size, font=font)
                    yy -= size * lead
            self.y = top - rh
        self.y -= 14

    def seal(self, cx, cy, name, bottom="", r=44, text=True, star=True, color=RED):
        c = self.c
        c.saveState()
        c.setStrokeColor(color); c.setFillColor(color); c.setLineWidth(2.2)
        c.circle(cx, cy, r)
        c.setLineWidth(0.8); c.circle(cx, cy, r - 4)
        if star:
            p = c.beginPath()
            for i in range(10):
                a = math.pi / 2 + i * math.pi / 5
                rr = r * 0.27 if i % 2 == 0 else r * 0.11
                x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
                (p.moveTo if i == 0 else p.lineTo)(x, y)
            p.close(); c.drawPath(p, fill=1, stroke=0)
        if text:
            n = len(name)
            span = min(250, 18 * n + 30)
            fs = max(7, min(12, r * 0.28))
            for i, ch in enumerate(name):
                a = math.radians(90 + span / 2 - (span * (i + 0.5) / n))
                x, y = cx + (r - fs - 5) * math.cos(a), cy + (r - fs - 5) * math.sin(a)
                c.saveState(); c.translate(x, y); c.rotate(math.degrees(a) - 90)
                c.setFont("ZenHei", fs); c.drawCentredString(0, 0, ch); c.restoreState()
            if bottom:
                c.setFont("ZenHei", fs * 0.85); c.drawCentredString(cx, cy - r * 0.55, bottom)
        c.restoreState()

    def hand(self, x, y, s, size=13, rng=None, color=BLUE):
        rng = rng or random.Random(len(s))
        c = self.c
        for ch in s:
            c.saveState()
            c.translate(x, y + rng.uniform(-1.5, 1.5)); c.rotate(rng.uniform(-7, 7))
            c.setFillColor(color); c.setFont("ZenHei", size * rng.uniform(0.92, 1.08))
            c.drawString(0, 0, ch); c.restoreState()
            x += self.sw(ch, size, "ZenHei") * rng.uniform(0.95, 1.1)

    def hr(self, color=RED, w=1.6, gap=10):
        self.c.setStrokeColor(color); self.c.setLineWidth(w)
        self.c.line(self.x0, self.y, self.x0 + self.width, self.y)
        self.c.setStrokeColor(black); self.c.setLineWidth(0.7)
        self.y -= gap

    def page(self):
        self.c.showPage(); self.y = self.H - 60

    def bytes(self):
        self.c.showPage(); self.c.save()
        return self.buf.getvalue()


def render_pages(pdf_bytes, scale=1.45):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=scale).to_pil().convert("RGB"))
    pdf.close()
    return out


def _scanify(img, rng):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-2.2, 2.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.5, 1.0))
    gray_tint = np.array([rng.uniform(0.93, 1.0), rng.uniform(0.93, 1.0), rng.uniform(0.9, 0.98)], np.float32)
    a = a * gray_tint
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, rng.uniform(4, 9), a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _photoify(img, rng):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(w * 0.08)
    bg = np.full((h + 2 * pad, w + 2 * pad, 3), [rng.uniform(60, 110), rng.uniform(55, 95), rng.uniform(40, 80)], np.float32)
    bg[pad:pad + h, pad:pad + w] = a
    H2, W2 = bg.shape[:2]
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda s: rng.uniform(-s, s) * w
    dst = np.float32([[pad + j(0.03), pad + j(0.03)], [pad + w + j(0.03), pad + j(0.02)],
                      [pad + w + j(0.02), pad + h + j(0.03)], [pad + j(0.03), pad + h + j(0.02)]])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = cv2.warpPerspective(bg, M, (W2, H2), borderMode=cv2.BORDER_REPLICATE)
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.1, 0.6) * H2
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W2, H2)
    light = (1.08 - 0.55 * d)[..., None]
    bg = bg * light * np.array([1.0, 0.97, 0.9], np.float32)
    bg = cv2.GaussianBlur(bg, (5, 5), rng.uniform(0.8, 1.5))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    bg = bg + nrng.normal(0, rng.uniform(5, 10), bg.shape).astype(np.float32)
    im = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    return im.resize((int(W2 * 0.85), int(H2 * 0.85)))


def jpeg_bytes(img, q):
    b = io.BytesIO(); img.save(b, "JPEG", quality=q); return b.getvalue()


def degrade(pdf_bytes, rng, kind):
    pages = render_pages(pdf_bytes, scale=1.35 if kind == "photo" else 1.45)
    return [(_photoify(p, rng) if kind == "photo" else _scanify(p, rng)) for p in pages]


def images_to_pdf(imgs, rng):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for im in imgs:
        q = rng.randint(45, 72)
        jb = jpeg_bytes(im, q)
        iw, ih = im.size
        s = min(W / iw, H / ih)
        c.setPageSize((iw * s, ih * s))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, iw * s, ih * s)
        c.showPage()
    c.save()
    return buf.getvalue()


def pil_font(size, kind="sans"):
    path = {"sans": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
            "serif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"}[kind]
    return ImageFont.truetype(path, size, index=2 if kind != "serif" else 2)
