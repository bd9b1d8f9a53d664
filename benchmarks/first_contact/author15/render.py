"""Tiny page model with two backends: reportlab (text-layer PDF) and Pillow (scan / photo).
Written by author15; independent of the product."""
import io, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import cv2
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
WQYM = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIFB = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

_reg = False


def _register():
    global _reg
    if _reg:
        return
    pdfmetrics.registerFont(TTFont("hei", WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("mhei", WQYM, subfontIndex=0))
    _reg = True


PDF_FONT = {"song": "hei", "hei": "hei", "bold": "hei", "mono": "mhei", "hand": "mhei"}
PIL_FONT = {"song": (SERIF, 2), "hei": (SANS, 2), "bold": (SERIFB, 2), "mono": (WQYM, 1), "hand": (WQYM, 0)}
_fcache = {}


def pil_font(kind, px):
    key = (kind, px)
    if key not in _fcache:
        path, idx = PIL_FONT[kind]
        _fcache[key] = ImageFont.truetype(path, px, index=idx)
    return _fcache[key]


def text_w(s, size_pt):
    """approximate width in mm of a string at size_pt"""
    mm = size_pt * 0.3528
    w = 0.0
    for ch in s:
        w += mm * (0.55 if ord(ch) < 0x2E80 else 1.0)
    return w


def wrap(s, width_mm, size_pt):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if text_w(cur + ch, size_pt) > width_mm and cur:
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, w=210, h=297):
        self.w, self.h = w, h
        self.el = []

    def text(self, x, y, s, size=10.5, font="song", color=(0, 0, 0), anchor="l", spacing=0.0):
        if spacing:
            s = (" " * int(spacing)).join(list(s))
        self.el.append(("text", x, y, s, size, font, color, anchor))

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0)):
        self.el.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, width=0.3, color=(0, 0, 0), fill=None):
        self.el.append(("rect", x, y, w, h, width, color, fill))

    def seal(self, cx, cy, text, bottom="", r=20, color=(210, 30, 30), oval=False):
        self.el.append(("seal", cx, cy, r, text, bottom, color, oval))

    def para(self, x, y, s, width, size=10.5, font="song", lead=1.6, indent=True):
        """paragraph; returns next y"""
        if indent:
            s = "\u3000\u3000" + s
        for ln in wrap(s, width, size):
            self.text(x, y, ln, size, font)
            y += size * 0.3528 * lead
        return y

    def table(self, x, y, cols, rows, size=9.5, rowh=8, font="song", header=True, border=0.3):
        """cols: widths in mm; rows: list of lists of strings (cells may wrap). returns y after."""
        tot = sum(cols)
        for ri, row in enumerate(rows):
            lines = [wrap(str(c), cols[i] - 2, size) if c is not None else [""] for i, c in enumerate(row)]
            n = max(len(l) for l in lines)
            h = max(rowh, n * size * 0.3528 * 1.35 + 3)
            self.line(x, y, x + tot, y, border)
            cx = x
            for i, cl in enumerate(lines):
                f = "hei" if (header and ri == 0) else font
                ty = y + (h - len(cl) * size * 0.3528 * 1.35) / 2 + size * 0.3528 * 1.0
                for ln in cl:
                    self.text(cx + 1.2, ty, ln, size, f)
                    ty += size * 0.3528 * 1.35
                cx += cols[i]
            cx = x
            for cw in cols:
                self.line(cx, y, cx, y + h, border)
                cx += cw
            self.line(x + tot, y, x + tot, y + h, border)
            y += h
        self.line(x, y, x + tot, y, border)
        return y


# ---------------------------------------------------------------- PDF backend
def pages_to_pdf(pages, meta_title=None):
    _register()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    if meta_title:
        c.setTitle(meta_title)
    for p in pages:
        W, H = p.w * 2.8346, p.h * 2.8346
        c.setPageSize((W, H))
        for e in p.el:
            k = e[0]
            if k == "text":
                _, x, y, s, size, font, color, anchor = e
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(PDF_FONT[font], size)
                X, Y = x * 2.8346, H - y * 2.8346
                if anchor == "c":
                    c.drawCentredString(X, Y, s)
                elif anchor == "r":
                    c.drawRightString(X, Y, s)
                else:
                    c.drawString(X, Y, s)
            elif k == "line":
                _, x1, y1, x2, y2, wd, color = e
                c.setStrokeColorRGB(*[v / 255 for v in color]); c.setLineWidth(wd * 2.8346)
                c.line(x1 * 2.8346, H - y1 * 2.8346, x2 * 2.8346, H - y2 * 2.8346)
            elif k == "rect":
                _, x, y, w, h, wd, color, fill = e
                c.setStrokeColorRGB(*[v / 255 for v in color]); c.setLineWidth(wd * 2.8346)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(x * 2.8346, H - (y + h) * 2.8346, w * 2.8346, h * 2.8346, stroke=1 if wd else 0, fill=1 if fill else 0)
            elif k == "seal":
                _, cx, cy, r, text, bottom, color, oval = e
                X, Y, R = cx * 2.8346, H - cy * 2.8346, r * 2.8346
                c.setStrokeColorRGB(*[v / 255 for v in color]); c.setFillColorRGB(*[v / 255 for v in color])
                c.setLineWidth(1.6)
                if oval:
                    c.ellipse(X - R * 1.3, Y - R * 0.85, X + R * 1.3, Y + R * 0.85)
                else:
                    c.circle(X, Y, R)
                n = len(text)
                span = 220 if n > 8 else 160
                fs = min(R * 0.3, 0.9 * R * math.radians(span) / max(n, 1))
                for i, ch in enumerate(text):
                    a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
                    c.saveState()
                    c.translate(X + (R - fs * 0.95) * math.cos(a), Y + (R - fs * 0.95) * math.sin(a))
                    c.rotate(math.degrees(a) - 90)
                    c.setFont("hei", fs); c.drawCentredString(0, -fs * 0.35, ch)
                    c.restoreState()
                c.setFont("hei", R * 0.45); c.drawCentredString(X, Y - R * 0.15, "★")
                if bottom:
                    c.setFont("hei", R * 0.22); c.drawCentredString(X, Y - R * 0.55, bottom)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- image backend
def page_to_image(p, dpi=130, rng=None, hand_jitter=True):
    rng = rng or random.Random(0)
    k = dpi / 25.4
    W, H = int(p.w * k), int(p.h * k)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    seals = []
    for e in p.el:
        t = e[0]
        if t == "text":
            _, x, y, s, size, font, color, anchor = e
            px = max(8, int(size * 0.3528 * k * 1.0))
            f = pil_font(font, px)
            X, Y = x * k, y * k
            wd = dr.textlength(s, font=f)
            if anchor == "c":
                X -= wd / 2
            elif anchor == "r":
                X -= wd
            if font == "hand" and hand_jitter:
                cx = X
                for ch in s:
                    cw = dr.textlength(ch, font=f)
                    tile = Image.new("RGBA", (int(px * 1.6), int(px * 1.6)), (0, 0, 0, 0))
                    ImageDraw.Draw(tile).text((px * 0.3, px * 0.2), ch, font=f, fill=color + (255,))
                    tile = tile.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC)
                    img.paste(tile, (int(cx - px * 0.3), int(Y - px * 1.05 + rng.uniform(-2, 2))), tile)
                    cx += cw * rng.uniform(0.95, 1.15)
            else:
                dr.text((X, Y - px * 0.88), s, font=f, fill=color)
        elif t == "line":
            _, x1, y1, x2, y2, wd, color = e
            dr.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, int(wd * k)))
        elif t == "rect":
            _, x, y, w, h, wd, color, fill = e
            dr.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=color if wd else None, fill=fill, width=max(1, int(wd * k)))
        elif t == "seal":
            seals.append(e)
    for e in seals:
        _, cx, cy, r, text, bottom, color, oval = e
        R = r * k
        S = int(R * 2.8)
        tile = Image.new("RGBA", (S, S), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        c0 = S / 2
        if oval:
            td.ellipse([c0 - R * 1.3, c0 - R * 0.85, c0 + R * 1.3, c0 + R * 0.85], outline=color + (200,), width=max(2, int(R * 0.06)))
        else:
            td.ellipse([c0 - R, c0 - R, c0 + R, c0 + R], outline=color + (200,), width=max(2, int(R * 0.07)))
        n = len(text)
        span = 220 if n > 8 else 160
        fs = int(min(R * 0.3, 0.9 * R * math.radians(span) / max(n, 1)))
        f = pil_font("hei", max(6, fs))
        for i, ch in enumerate(text):
            a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
            ct = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
            ImageDraw.Draw(ct).text((fs * 0.5, fs * 0.4), ch, font=f, fill=color + (200,))
            ct = ct.rotate(math.degrees(a) - 90, resample=Image.BICUBIC)
            px_ = c0 + (R - fs * 0.95) * math.cos(a)
            py_ = c0 - (R - fs * 0.95) * math.sin(a)
            tile.alpha_composite(ct, (int(px_ - fs), int(py_ - fs)))
        fst = pil_font("hei", max(6, int(R * 0.5)))
        td.text((c0, c0 - R * 0.05), "★", font=fst, fill=color + (200,), anchor="mm")
        if bottom:
            td.text((c0, c0 + R * 0.5), bottom, font=pil_font("hei", max(6, int(R * 0.22))), fill=color + (200,), anchor="mm")
        tile = tile.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
        # uneven ink
        arr = np.array(tile)
        mask = np.random.RandomState(rng.randint(0, 10 ** 6)).rand(S, S) < 0.18
        arr[..., 3][mask] = (arr[..., 3][mask] * 0.3).astype(np.uint8)
        tile = Image.fromarray(arr)
        # multiply-like blend
        base = img.crop((int(cx * k - c0), int(cy * k - c0), int(cx * k - c0) + S, int(cy * k - c0) + S)).convert("RGBA")
        base.alpha_composite(tile)
        img.paste(base.convert("RGB"), (int(cx * k - c0), int(cy * k - c0)))
    return img


def degrade_scan(img, rng, strength=1.0):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.8, 1.8) * strength
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
    # uneven light
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    g = 1.0 - 0.10 * strength * ((xx / w - rng.uniform(0, 1)) ** 2 + (yy / h - rng.uniform(0, 1)) ** 2)
    a = a * g[..., None]
    a = cv2.GaussianBlur(a, (3, 3), 0.5 + 0.4 * strength)
    nr = np.random.RandomState(rng.randint(0, 10 ** 6))
    a = a + nr.normal(0, 5 * strength, a.shape)
    a = np.clip(a * 0.97 + 4, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    b = io.BytesIO(); out.save(b, "JPEG", quality=rng.randint(45, 70))
    return Image.open(io.BytesIO(b.getvalue())).convert("RGB")


def degrade_photo(img, rng):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(0.07 * w)
    Wb, Hb = w + 2 * pad, h + 2 * pad
    bg = np.zeros((Hb, Wb, 3), np.float32)
    bg[:] = (rng.randint(90, 140), rng.randint(80, 120), rng.randint(60, 100))
    d = lambda: rng.uniform(-0.035, 0.035) * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[pad + d(), pad + d()], [pad + w + d(), pad + d()], [pad + w + d(), pad + h + d()], [pad + d(), pad + h + d()]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (Wb, Hb), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (Wb, Hb))
    out = warped * mask[..., None] + bg * (1 - mask[..., None])
    yy, xx = np.mgrid[0:Hb, 0:Wb].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * Wb, rng.uniform(0.2, 0.8) * Hb
    light = 1.05 - 0.35 * (np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(Wb, Hb))
    # a soft shadow band
    sx = rng.uniform(0.1, 0.9) * Wb
    light *= 1 - 0.18 * np.exp(-((xx - sx) ** 2) / (2 * (0.08 * Wb) ** 2))
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    out = cv2.GaussianBlur(out, (5, 5), rng.uniform(0.8, 1.3))
    nr = np.random.RandomState(rng.randint(0, 10 ** 6))
    out = np.clip(out + nr.normal(0, 7, out.shape), 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    b = io.BytesIO(); im.save(b, "JPEG", quality=rng.randint(40, 65))
    return Image.open(io.BytesIO(b.getvalue())).convert("RGB")


def images_to_pdf(imgs, dpi):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    for im in imgs:
        w, h = im.size
        W, H = w / dpi * 72, h / dpi * 72
        c.setPageSize((W, H))
        b = io.BytesIO(); im.save(b, "JPEG", quality=75)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


def img_bytes(im, fmt):
    b = io.BytesIO()
    if fmt == "png":
        im.save(b, "PNG", optimize=False)
    else:
        im.save(b, "JPEG", quality=80)
    return b.getvalue()
