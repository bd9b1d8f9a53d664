"""Layout of document blocks onto A4 pages; text-layer PDF (reportlab) or degraded images (PIL)."""
import io, math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
HAND = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
pdfmetrics.registerFont(TTFont("WQYZ", HAND, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = 595.0, 842.0
M = 56.0

def sw(t, size, font="WQY"):
    return pdfmetrics.stringWidth(t, font, size)

def wrap(text, size, width, font="WQY"):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if sw(cur + ch, size, font) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines

def layout(blocks, font="WQY"):
    """blocks -> pages of ops: ('t', x, y, text, size, color, font, angle) ('l', x1,y1,x2,y2,color,w) ('c', x,y,r,color,w)"""
    pages, ops = [], []
    y = [H - M]
    def need(h):
        if y[0] - h < M:
            pages.append(ops[:]); ops.clear(); y[0] = H - M
    for b in blocks:
        k = b[0]
        if k == "page":
            pages.append(ops[:]); ops.clear(); y[0] = H - M; continue
        if k == "space":
            y[0] -= b[1]; continue
        if k in ("title", "sub", "p", "small", "hand", "right", "red"):
            size = {"title": 18, "sub": 13, "p": 10.5, "small": 8.5, "hand": 12, "right": 10.5, "red": 22}[k]
            f = "WQYZ" if k == "hand" else font
            color = {"hand": (0.1, 0.15, 0.6), "red": (0.8, 0.05, 0.05)}.get(k, (0, 0, 0))
            indent = b[2] if len(b) > 2 else 0
            for ln in wrap(b[1], size, W - 2 * M - indent, f):
                need(size * 1.7)
                if k in ("title", "sub", "red"):
                    x = (W - sw(ln, size, f)) / 2
                elif k == "right":
                    x = W - M - sw(ln, size, f)
                else:
                    x = M + indent
                ops.append(("t", x, y[0] - size, ln, size, color, f, 0))
                y[0] -= size * 1.65
            if k == "red":
                ops.append(("l", M, y[0] - 2, W - M, y[0] - 2, (0.8, 0.05, 0.05), 1.5)); y[0] -= 10
            continue
        if k == "table":
            rows, widths = b[1], b[2] if len(b) > 2 and b[2] else None
            n = max(len(r) for r in rows)
            tw = W - 2 * M
            widths = widths or [1.0 / n] * n
            ws = [tw * w / sum(widths) for w in widths]
            size = 9.5
            for r in rows:
                cells = [wrap(str(c), size, ws[i] - 6) for i, c in enumerate(r)]
                h = max(len(c) for c in cells) * size * 1.45 + 8
                need(h)
                x = M
                for i, c in enumerate(cells):
                    for j, ln in enumerate(c):
                        ops.append(("t", x + 3, y[0] - 4 - size - j * size * 1.45, ln, size, (0, 0, 0), font, 0))
                    ops.append(("l", x, y[0], x, y[0] - h, (0, 0, 0), 0.6))
                    x += ws[i]
                ops.append(("l", x, y[0], x, y[0] - h, (0, 0, 0), 0.6))
                ops.append(("l", M, y[0], M + tw, y[0], (0, 0, 0), 0.6))
                ops.append(("l", M, y[0] - h, M + tw, y[0] - h, (0, 0, 0), 0.6))
                y[0] -= h
            y[0] -= 6
            continue
        if k == "seal":
            # ('seal', name, dx) drawn over the last lines (signature area)
            name, dx = b[1], b[2] if len(b) > 2 else 0.65
            cx, cy, r = M + (W - 2 * M) * dx, y[0] + 38, 44
            red = (0.85, 0.1, 0.1)
            ops.append(("c", cx, cy, r, red, 2.2))
            text = name
            n = len(text)
            span = min(250.0, 20.0 * n)
            for i, ch in enumerate(text):
                a = math.radians(90 + span / 2 - span * i / max(1, n - 1))
                ops.append(("t", cx + (r - 13) * math.cos(a) - 5, cy + (r - 13) * math.sin(a) - 5, ch, 10.5, red, font, math.degrees(a) - 90))
            ops.append(("t", cx - 9, cy - 8, "★", 18, red, font, 0))
            if len(b) > 3 and b[3]:
                ops.append(("t", cx - sw(b[3], 8, font) / 2, cy - 26, b[3], 8, red, font, 0))
            continue
        if k == "radar":
            scores = b[1]
            need(220)
            cx, cy, r = W / 2, y[0] - 110, 85
            n = len(scores)
            for lev in (0.25, 0.5, 0.75, 1.0):
                pts = [(cx + r * lev * math.cos(2 * math.pi * i / n + math.pi / 2), cy + r * lev * math.sin(2 * math.pi * i / n + math.pi / 2)) for i in range(n)]
                for i in range(n):
                    ops.append(("l", *pts[i], *pts[(i + 1) % n], (0.6, 0.6, 0.6), 0.5))
            pts = []
            for i, (lab, v) in enumerate(scores):
                a = 2 * math.pi * i / n + math.pi / 2
                ops.append(("l", cx, cy, cx + r * math.cos(a), cy + r * math.sin(a), (0.6, 0.6, 0.6), 0.5))
                ops.append(("t", cx + (r + 12) * math.cos(a) - sw(lab, 8.5) / 2, cy + (r + 12) * math.sin(a) - 4, "%s %.1f" % (lab, v), 8.5, (0, 0, 0), font, 0))
                pts.append((cx + r * v / 5 * math.cos(a), cy + r * v / 5 * math.sin(a)))
            for i in range(n):
                ops.append(("l", *pts[i], *pts[(i + 1) % n], (0.1, 0.3, 0.8), 1.6))
            y[0] -= 230
            continue
        if k == "strike":
            # strike through the previous line's given substring area: draw a line over last text op
            last = [o for o in ops if o[0] == "t"][-1]
            x0 = last[1] + sw(last[3][:last[3].find(b[1])], last[4], last[6])
            x1 = x0 + sw(b[1], last[4], last[6])
            ops.append(("l", x0, last[2] + last[4] * 0.35, x1, last[2] + last[4] * 0.35, (0.1, 0.15, 0.6), 1.2))
            ops.append(("l", x0, last[2] + last[4] * 0.55, x1, last[2] + last[4] * 0.2, (0.1, 0.15, 0.6), 1.0))
            ops.append(("t", x0, last[2] + last[4] + 2, b[2], 12, (0.1, 0.15, 0.6), "WQYZ", 3))
            continue
    pages.append(ops)
    return [p for p in pages if p]

def to_pdf(pages, path):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("")
    for ops in pages:
        for o in ops:
            if o[0] == "t":
                _, x, y, t, size, color, f, ang = o
                c.setFillColorRGB(*color); c.setFont(f, size)
                if ang:
                    c.saveState(); c.translate(x, y); c.rotate(ang); c.drawString(0, 0, t); c.restoreState()
                else:
                    c.drawString(x, y, t)
            elif o[0] == "l":
                c.setStrokeColorRGB(*o[5]); c.setLineWidth(o[6]); c.line(*o[1:5])
            elif o[0] == "c":
                c.setStrokeColorRGB(*o[4]); c.setLineWidth(o[5]); c.circle(o[1], o[2], o[3])
        c.showPage()
    c.save()

_fc = {}
def _font(path, px):
    k = (path, px)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, px, index=0)
    return _fc[k]

def to_image(ops, dpi):
    s = dpi / 72.0
    im = Image.new("RGB", (int(W * s), int(H * s)), "white")
    d = ImageDraw.Draw(im)
    col = lambda c: tuple(int(v * 255) for v in c)
    for o in ops:
        if o[0] == "t":
            _, x, y, t, size, color, f, ang = o
            fp = HAND if f == "WQYZ" else FONT
            fnt = _font(fp, max(6, int(size * s)))
            X, Y = x * s, (H - y - size * 0.88) * s
            if ang:
                tile = Image.new("RGBA", (int(size * s * 1.6) * max(1, len(t)), int(size * s * 1.6)), (0, 0, 0, 0))
                ImageDraw.Draw(tile).text((0, 0), t, font=fnt, fill=col(color) + (255,))
                tile = tile.rotate(ang, expand=True, resample=Image.BICUBIC)
                im.paste(tile, (int(X), int(Y - tile.size[1] / 3)), tile)
            else:
                d.text((X, Y), t, font=fnt, fill=col(color))
        elif o[0] == "l":
            d.line([(o[1] * s, (H - o[2]) * s), (o[3] * s, (H - o[4]) * s)], fill=col(o[5]), width=max(1, int(o[6] * s)))
        elif o[0] == "c":
            r = o[3] * s
            d.ellipse([o[1] * s - r, (H - o[2]) * s - r, o[1] * s + r, (H - o[2]) * s + r], outline=col(o[4]), width=max(1, int(o[5] * s)))
    return im

def scan(im, rng):
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    a = a * rng.uniform(0.86, 0.95) + rng.uniform(6, 16)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(3, 9), a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, fillcolor=(200, 200, 200))
    if rng.random() < 0.6:
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    return im

def photo(im, rng):
    import cv2
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.75 + 0.3 * (xx / w) * rng.uniform(0.5, 1) + 0.1 * (yy / h)
    shadow = np.where(xx + yy * rng.uniform(0.2, 0.8) < w * rng.uniform(0.2, 0.5), 0.78, 1.0)
    a = a * (light * shadow)[..., None] * np.array([1.0, 0.97, 0.9])
    a = np.clip(a, 0, 255).astype(np.uint8)
    pad = int(w * 0.08)
    canvas_ = np.full((h + 2 * pad, w + 2 * pad, 3), (70, 60, 50), np.uint8)
    canvas_[pad:pad + h, pad:pad + w] = a
    H2, W2 = canvas_.shape[:2]
    j = lambda: rng.uniform(0, 0.06) * W2
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    dst = np.float32([[pad + j(), pad + j()], [pad + w - j(), pad + j()], [pad + w - j(), pad + h - j()], [pad + j(), pad + h - j()]])
    mtx = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(canvas_, mtx, (W2, H2), borderValue=(70, 60, 50))
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.4, 1.0))
    im = Image.fromarray(out)
    scale = rng.uniform(0.6, 0.85)
    return im.resize((int(W2 * scale), int(H2 * scale)))

def render(blocks, path, mode, rng, fmt="pdf", font="WQY"):
    """mode text|scan|photo; fmt pdf|jpg|png|tif"""
    pages = layout(blocks, font)
    if mode == "text":
        to_pdf(pages, path); return
    dpi = rng.choice([150, 160, 180]) if mode == "scan" else 150
    ims = []
    for ops in pages:
        im = to_image(ops, dpi)
        im = scan(im, rng) if mode == "scan" else photo(im, rng)
        if mode == "scan" and rng.random() < 0.5:
            im = im.convert("L")
        ims.append(im)
    if fmt == "pdf":
        import datetime
        fixed = __import__("time").strptime("20241231090000", "%Y%m%d%H%M%S")
        ims[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], quality=75, creationDate=fixed, modDate=fixed)
    elif fmt == "tif":
        bw = [i.convert("L").point(lambda v: 255 if v > 145 else 0).convert("1") for i in ims]
        bw[0].save(path, "TIFF", save_all=True, append_images=bw[1:], compression="group4", dpi=(dpi, dpi))
    elif fmt == "png":
        g = ims[0].convert("L").filter(ImageFilter.MedianFilter(3))
        g.quantize(8).save(path, "PNG", optimize=True, dpi=(dpi, dpi))
    else:
        ims[0].convert("RGB").save(path, "JPEG", quality=78, dpi=(dpi, dpi))

def corrupt(blocks, path):
    to_pdf(layout(blocks), path)
    data = open(path, "rb").read()
    open(path, "wb").write(data[: len(data) // 3])
