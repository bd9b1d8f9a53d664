"""Layout (page model -> text PDF or image) and scan / photo degradation."""
import io, math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
RED = (0.85, 0.1, 0.1)

# A page model is a list of blocks:
# ("title", text) ("sub", text) ("p", text) ("kv", [(k, v), ...]) ("table", rows, widths|None)
# ("gap", mm) ("right", text) ("seal", org, word, xfrac) ("hand", text) ("small", text) ("page",)


def _wrap(text, width_chars):
    """Wrap by width: CJK glyphs count 1, ASCII 0.5."""
    out, line, wsum = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 0x2000 else 1.0
        if wsum + cw > width_chars and line:
            out.append(line)
            line, wsum = "", 0.0
        line += ch
        wsum += cw
    if line:
        out.append(line)
    return out or [""]


class _Layout:
    """Shared geometry in 'units' (points at A4)."""

    def __init__(self, w=595, h=842, margin=56):
        self.w, self.h, self.m = w, h, margin


def layout(model, w=595, h=842, font_size=10.5):
    """Turn blocks into primitive draw ops per page: (kind, x, y, text, size, color, extra)."""
    m = 56 if w > 400 else 18
    pages, ops = [], []
    y = h - m
    fs = font_size
    cw = fs  # CJK char width approx

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = h - m

    last_y = y
    for b in model:
        k = b[0]
        if y < m + 60 and k not in ("seal",):
            newpage()
        if k == "page":
            newpage()
            continue
        if k == "title":
            s = fs * 1.7
            tw = len(b[1]) * s
            ops.append(("text", (w - tw) / 2, y - s, b[1], s, "black"))
            y -= s * 2
        elif k == "sub":
            s = fs * 1.05
            tw = len(b[1]) * s
            ops.append(("text", (w - tw) / 2, y - s, b[1], s, "black"))
            y -= s * 1.8
        elif k in ("p", "small", "hand"):
            s = fs * (0.85 if k == "small" else 1.0)
            n = int((w - 2 * m) / s)
            for ln in _wrap(b[1], n):
                ops.append(("text", m, y - s, ln, s, "blue" if k == "hand" else "black"))
                y -= s * 1.55
            y -= s * 0.3
        elif k == "right":
            s = fs
            tw = len(b[1]) * s
            ops.append(("text", w - m - tw, y - s, b[1], s, "black"))
            y -= s * 1.7
        elif k == "gap":
            y -= b[1] * 2.83
        elif k == "kv":
            s = fs
            for kk, vv in b[1]:
                ops.append(("text", m, y - s, kk, s, "black"))
                n = int((w - 2 * m - 130) / s)
                lines = _wrap(str(vv), n)
                for ln in lines:
                    ops.append(("text", m + 130, y - s, ln, s, "black"))
                    y -= s * 1.6
            y -= s * 0.4
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            widths = b[2] if len(b) > 2 and b[2] else [1.0 / ncol] * ncol
            tot = w - 2 * m
            s = fs * 0.9
            for r in rows:
                cells = []
                maxl = 1
                for i, c in enumerate(r):
                    cwid = tot * widths[i]
                    n = max(1, int((cwid - 6) / s))
                    ls = _wrap(str(c), n)
                    cells.append(ls)
                    maxl = max(maxl, len(ls))
                rh = maxl * s * 1.35 + 6
                if y - rh < m:
                    newpage()
                x = m
                for i, ls in enumerate(cells):
                    cwid = tot * widths[i]
                    ops.append(("rect", x, y - rh, cwid, rh))
                    for j, ln in enumerate(ls):
                        ops.append(("text", x + 3, y - 4 - s - j * s * 1.35, ln, s, "black"))
                    x += cwid
                y -= rh
            y -= 8
        elif k == "seal":
            cx = m + (w - 2 * m) * b[3]
            ops.append(("seal", cx, last_y - 10, b[1], b[2]))
        last_y = y
    pages.append(ops)
    return pages


def to_pdf(model, path, font="WQY", size=A4):
    w, h = size
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle("")
    for ops in layout(model, w, h):
        for op in ops:
            if op[0] == "text":
                _, x, y, t, s, col = op
                c.setFillColorRGB(*((0, 0, 0.7) if col == "blue" else (0, 0, 0)))
                c.setFont(font, s)
                c.drawString(x, y, t)
            elif op[0] == "rect":
                c.setLineWidth(0.6)
                c.rect(op[1], op[2], op[3], op[4])
            elif op[0] == "seal":
                _pdf_seal(c, op[1], op[2], op[3], op[4], font)
        c.showPage()
    c.save()


def _pdf_seal(c, cx, cy, org, word, font):
    r = 46
    c.saveState()
    c.setStrokeColorRGB(*RED)
    c.setFillColorRGB(*RED)
    c.setLineWidth(2.2)
    c.circle(cx, cy, r)
    n = len(org)
    span = 250.0
    for i, ch in enumerate(org):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        a = math.radians(ang)
        x, y = cx + (r - 12) * math.cos(a), cy + (r - 12) * math.sin(a)
        c.saveState()
        c.translate(x, y)
        c.rotate(ang - 90)
        c.setFont(font, 9)
        c.drawCentredString(0, -3, ch)
        c.restoreState()
    c.setFont(font, 15)
    c.drawCentredString(cx, cy - 6, "★")
    c.setFont(font, 7.5)
    c.drawCentredString(cx, cy - 26, word)
    c.restoreState()


_fcache = {}


def _font(px):
    px = max(6, int(px))
    if px not in _fcache:
        _fcache[px] = ImageFont.truetype(FONT, px)
    return _fcache[px]


def to_image(model, dpi=150, size=(595, 842), hand_jitter=None, bg=(255, 255, 255)):
    w, h = size
    sc = dpi / 72.0
    imgs = []
    for ops in layout(model, w, h):
        im = Image.new("RGB", (int(w * sc), int(h * sc)), bg)
        d = ImageDraw.Draw(im)
        seals = []
        for op in ops:
            if op[0] == "text":
                _, x, y, t, s, col = op
                d.text((x * sc, (h - y - s * 0.9) * sc), t, font=_font(s * sc),
                       fill=(20, 40, 160) if col == "blue" else (15, 15, 15))
            elif op[0] == "rect":
                x, y, ww, hh = op[1:]
                d.rectangle([x * sc, (h - y - hh) * sc, (x + ww) * sc, (h - y) * sc], outline=(30, 30, 30), width=max(1, int(sc * 0.7)))
            elif op[0] == "seal":
                seals.append(op)
        for op in seals:
            im = _img_seal(im, op[1] * sc, (h - op[2]) * sc, op[3], op[4], sc)
        imgs.append(im)
    return imgs


def _img_seal(im, cx, cy, org, word, sc):
    r = 46 * sc
    size = int(2 * r + 10)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c0 = size / 2
    col = (210, 30, 35, 175)
    d.ellipse([c0 - r, c0 - r, c0 + r, c0 + r], outline=col, width=max(2, int(2.2 * sc)))
    f = _font(9 * sc)
    n = len(org)
    for i, ch in enumerate(org):
        ang = 90 + 125 - 250 * (i + 0.5) / n
        a = math.radians(ang)
        x, y = c0 + (r - 12 * sc) * math.cos(a), c0 - (r - 12 * sc) * math.sin(a)
        g = Image.new("RGBA", (int(12 * sc), int(12 * sc)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((1, 0), ch, font=f, fill=col)
        g = g.rotate(ang - 90, expand=True)
        layer.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    d.text((c0 - 8 * sc, c0 - 12 * sc), "★", font=_font(16 * sc), fill=col)
    fw = _font(7.5 * sc)
    d.text((c0 - len(word) * 3.75 * sc, c0 + 16 * sc), word, font=fw, fill=col)
    base = im.convert("RGBA")
    base.alpha_composite(layer, (int(cx - c0), int(cy - c0)))
    return base.convert("RGB")


def degrade_scan(im, rng):
    a = np.asarray(im).astype(np.float32)
    g = a.mean(axis=2, keepdims=True)
    a = a * 0.6 + g * 0.4 if rng.random() < 0.5 else a
    a = a * rng.uniform(0.86, 0.95) + rng.uniform(5, 18)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(4, 9), a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=(235, 235, 232))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return im


def degrade_photo(im, rng):
    import cv2
    a = np.asarray(im).astype(np.float32)
    hh, ww = a.shape[:2]
    yy, xx = np.mgrid[0:hh, 0:ww]
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.78 + 0.22 * ((xx / ww - 0.5) * gx + (yy / hh - 0.5) * gy + 0.5)
    a = a * light[..., None]
    a[..., 2] *= 0.93
    a[..., 0] *= 1.02
    pad = int(ww * 0.08)
    canvas_ = np.full((hh + 2 * pad, ww + 2 * pad, 3), (70, 62, 55), np.float32)
    canvas_[pad:pad + hh, pad:pad + ww] = a
    H, W = canvas_.shape[:2]
    j = lambda: rng.uniform(0, pad * 0.9)
    src = np.float32([[pad, pad], [pad + ww, pad], [pad + ww, pad + hh], [pad, pad + hh]])
    dst = np.float32([[pad - j(), pad - j()], [pad + ww + j() * 0.5, pad + j()], [pad + ww - j(), pad + hh + j() * 0.3], [pad + j(), pad + hh - j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(canvas_, M, (W, H), borderValue=(70, 62, 55))
    out += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    scale = rng.uniform(0.7, 1.0)
    im = im.resize((int(im.width * scale), int(im.height * scale)))
    return im


def save_images(imgs, path, fmt, dpi, quality=80):
    if fmt == "pdf":
        import re
        buf = io.BytesIO()
        imgs[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
        # fixed dates of the same length keep the xref offsets valid
        data = re.sub(rb"\(D:(\d{14})", lambda m: b"(D:20240301090000", buf.getvalue())
        with open(path, "wb") as f:
            f.write(data)
    elif fmt == "jpg":
        imgs[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    elif fmt == "png":
        imgs[0].convert("L").quantize(16).save(path, "PNG", dpi=(dpi, dpi), optimize=True)
    elif fmt == "tif":
        # bi-level fax-style scan, CCITT G4
        imgs[0].convert("L").point(lambda p: 255 if p > 150 else 0).convert("1").save(path, "TIFF", compression="group4", dpi=(dpi, dpi))
