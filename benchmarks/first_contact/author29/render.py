"""Layout model -> text PDF (reportlab) or degraded image (PIL/numpy). Deterministic.
A page is a list of items: ("h",text) title, ("h2",text), ("p",text) wrapped paragraph,
("kv",[(label,value),..]) label/value lines, ("table",[row,...]) ruled grid (first row header),
("right",text), ("sp",), ("seal",name[,label]) red ring seal over the previous line,
("hand",text) blue handwritten-looking addition."""
import io, math, hashlib
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

def _wrap(text, width_chars):
    if "\n" in text:
        return [l for part in text.split("\n") for l in _wrap(part, width_chars)]
    out = []; line = ""; w = 0
    for ch in text:
        cw = 1 if ord(ch) > 255 else 0.55
        if w + cw > width_chars:
            out.append(line); line = ""; w = 0
        line += ch; w += cw
    if line: out.append(line)
    return out or [""]

class Layout:
    """Shared geometry in points (A4 595x842) so PDF and image look alike."""
    def __init__(self, land=False):
        self.W, self.H = (842, 595) if land else (595, 842)
        self.M = 56

def layout_ops(page, land=False):
    """Turn items into drawing ops: (kind, x, y, size, text, extra). y from top, points."""
    L = Layout(land); ops = []; y = L.M; usable = L.W - 2 * L.M
    for it in page:
        k = it[0]
        if k == "h":
            ops.append(("text_c", L.W / 2, y + 18, 18, it[1], None)); y += 36
        elif k == "h2":
            ops.append(("text_c", L.W / 2, y + 14, 13, it[1], None)); y += 26
        elif k == "p":
            for ln in _wrap(it[1], usable / 10.5):
                ops.append(("text", L.M, y + 11, 10.5, ln, None)); y += 16
            y += 4
        elif k == "small":
            for ln in _wrap(it[1], usable / 8):
                ops.append(("text", L.M, y + 8, 8, ln, None)); y += 11
        elif k == "kv":
            for lab, val in it[1]:
                ops.append(("text", L.M, y + 11, 10.5, lab, None))
                for i, ln in enumerate(_wrap(str(val), (usable - 120) / 10.5)):
                    ops.append(("text", L.M + 120, y + 11, 10.5, ln, None)); y += 16
                y += 2
            y += 4
        elif k == "table":
            rows = it[1]; ncol = max(len(r) for r in rows)
            widths = it[2] if len(it) > 2 else [1] * ncol
            tot = sum(widths); cw = [usable * w / tot for w in widths]
            for r in rows:
                cells = [_wrap(str(c), max(2, cw[i] / 9.5 - 0.5)) for i, c in enumerate(r)]
                hgt = max(len(c) for c in cells) * 13 + 6
                x = L.M
                for i, c in enumerate(cells):
                    ops.append(("rect", x, y, cw[i], hgt, None))
                    for j, ln in enumerate(c):
                        ops.append(("text", x + 3, y + 13 + j * 13, 9.5, ln, None))
                    x += cw[i]
                y += hgt
            y += 8
        elif k == "right":
            ops.append(("text_r", L.W - L.M, y + 11, 10.5, it[1], None)); y += 18
        elif k == "sp":
            y += it[1] if len(it) > 1 else 14
        elif k == "seal":
            ops.append(("seal", L.W - L.M - 110, y - 30, 0, it[1], it[2] if len(it) > 2 else "合同专用章"))
        elif k == "hand":
            ops.append(("hand", L.M + (it[2] if len(it) > 2 else 200), y + 4, 13, it[1], None)); y += 20
        elif k == "line":
            ops.append(("hline", L.M, y, usable, 0, None)); y += 6
    return ops, L

def pdf_bytes(pages, land=False, font="WQY"):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4) if land else A4, invariant=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator(""); c.setProducer("")
    for page in pages:
        ops, L = layout_ops(page, land)
        for op, x, y, s, t, ex in ops:
            Y = L.H - y
            if op in ("text", "text_c", "text_r"):
                c.setFillColorRGB(0, 0, 0); c.setFont(font, s)
                {"text": c.drawString, "text_c": c.drawCentredString, "text_r": c.drawRightString}[op](x, Y, t)
            elif op == "rect":
                c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(0.6); c.rect(x, L.H - y - s - 0, s * 0 + ex if False else s, 0) if False else c.rect(x, Y - t, s, t)
            elif op == "hline":
                c.line(x, Y, x + s, Y)
            elif op == "hand":
                c.setFillColorRGB(0.1, 0.15, 0.6); c.setFont("WQY", s); c.drawString(x, Y, t)
            elif op == "seal":
                _seal_pdf(c, x + 55, Y - 55, t, ex)
        c.showPage()
    c.save(); return buf.getvalue()

def _seal_pdf(c, cx, cy, name, label):
    c.saveState(); c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setFillColorRGB(0.85, 0.1, 0.1)
    r = 48; c.setLineWidth(2.2); c.circle(cx, cy, r)
    n = len(name); span = 240.0
    for i, ch in enumerate(name):
        ang = math.radians(90 + span / 2 - span * (i + 0.5) / n)
        c.saveState(); c.translate(cx + (r - 12) * math.cos(ang), cy + (r - 12) * math.sin(ang))
        c.rotate(math.degrees(ang) - 90); c.setFont("WQY", 9); c.drawCentredString(0, -3, ch); c.restoreState()
    c.setFont("WQY", 16); c.drawCentredString(cx, cy - 5, "★")
    c.setFont("WQY", 7); c.drawCentredString(cx, cy - 24, label)
    c.restoreState()

_fcache = {}
def _font(px):
    px = max(6, int(px))
    if px not in _fcache: _fcache[px] = ImageFont.truetype(FONT, px)
    return _fcache[px]

def page_image(page, dpi=170, land=False):
    ops, L = layout_ops(page, land); k = dpi / 72.0
    img = Image.new("RGB", (int(L.W * k), int(L.H * k)), "white"); d = ImageDraw.Draw(img)
    for op, x, y, s, t, ex in ops:
        if op in ("text", "text_c", "text_r", "hand"):
            f = _font(s * k); col = (20, 40, 150) if op == "hand" else (0, 0, 0)
            w = d.textlength(t, font=f)
            X = x * k - (w / 2 if op == "text_c" else (w if op == "text_r" else 0))
            d.text((X, y * k - s * k * 0.95), t, font=f, fill=col)
        elif op == "rect":
            d.rectangle([x * k, y * k, (x + s) * k, (y + t) * k], outline=(0, 0, 0), width=max(1, int(k * 0.6)))
        elif op == "hline":
            d.line([x * k, y * k, (x + s) * k, y * k], fill=(0, 0, 0), width=1)
        elif op == "seal":
            _seal_img(img, (x + 55) * k, (y + 55) * k, t, ex, k)
    return img

def _seal_img(img, cx, cy, name, label, k):
    r = 48 * k; size = int(2 * r + 10)
    ov = Image.new("RGBA", (size, size), (0, 0, 0, 0)); d = ImageDraw.Draw(ov)
    c0 = size / 2; col = (210, 30, 30, 190)
    d.ellipse([c0 - r, c0 - r, c0 + r, c0 + r], outline=col, width=max(2, int(2.2 * k)))
    n = len(name); span = 240.0; f = _font(9 * k)
    for i, ch in enumerate(name):
        ang = math.radians(90 + span / 2 - span * (i + 0.5) / n)
        g = Image.new("RGBA", (int(12 * k), int(12 * k)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((0, 0), ch, font=f, fill=col)
        g = g.rotate(math.degrees(ang) - 90, expand=True)
        px = c0 + (r - 12 * k) * math.cos(ang); py = c0 - (r - 12 * k) * math.sin(ang)
        ov.alpha_composite(g, (int(px - g.width / 2), int(py - g.height / 2)))
    fs = _font(16 * k); w = d.textlength("★", font=fs); d.text((c0 - w / 2, c0 - 12 * k), "★", font=fs, fill=col)
    fl = _font(7 * k); w = d.textlength(label, font=fl); d.text((c0 - w / 2, c0 + 15 * k), label, font=fl, fill=col)
    base = img.convert("RGBA"); base.alpha_composite(ov, (int(cx - c0), int(cy - c0)))
    img.paste(base.convert("RGB"))

def degrade_scan(img, rng):
    a = np.asarray(img.convert("L"), dtype=np.float32)
    a = a * 0.88 + 18 + rng.normal(0, 6, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGB")
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=(225, 225, 225))
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))

def degrade_photo(img, rng):
    import cv2
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.75 + 0.25 * np.clip(1 - ((xx - w * rng.uniform(0.3, 0.7)) ** 2 + (yy - h * 0.3) ** 2) / (w * w), 0, 1)
    shadow = np.where(xx > w * rng.uniform(0.65, 0.85), 0.82, 1.0)
    a = a * (light * shadow)[..., None] * np.array([1.0, 0.97, 0.9]) + rng.normal(0, 5, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    m = 0.06
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[w * rng.uniform(0, m), h * rng.uniform(0, m)], [w * (1 - rng.uniform(0, m)), h * rng.uniform(0, m)],
                      [w * (1 - rng.uniform(0, m / 2)), h], [w * rng.uniform(0, m / 2), h]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(a, M, (w, h), borderValue=(70, 60, 50))
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
    if rng.random() < 0.4:
        im = im.resize((int(w * 0.7), int(h * 0.7)))
    return im

def save_image(img, fmt, q=80):
    buf = io.BytesIO()
    if fmt == "jpg": img.save(buf, "JPEG", quality=q)
    elif fmt == "png":  # office copier "text" mode: binarised, 1 bit
        img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(buf, "PNG", optimize=True)
    elif fmt == "tif":  # fax-style CCITT G4
        img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(buf, "TIFF", compression="group4")
    return buf.getvalue()

def images_pdf(imgs, q=62):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator(""); c.setProducer("")
    from reportlab.lib.utils import ImageReader
    for im in imgs:
        b = io.BytesIO(); im.convert("L").save(b, "JPEG", quality=q); b.seek(0)
        w, h = im.size; W = 595; H = W * h / w
        c.setPageSize((W, H)); c.drawImage(ImageReader(b), 0, 0, W, H); c.showPage()
    c.save(); return buf.getvalue()
