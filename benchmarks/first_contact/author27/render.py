"""Layout model -> text-layer PDF (reportlab) or degraded image (scan / photo)."""
import io, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("wqy", FONT_PATH, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H = 595.0, 842.0
ML, MR, MT, MB = 62.0, 62.0, 70.0, 60.0
RED = (0.83, 0.1, 0.1)
BLUE = (0.1, 0.15, 0.55)


def sw(s, size):
    return pdfmetrics.stringWidth(s, "wqy", size)


def wrap(text, size, width):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if sw(cur + ch, size) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


def layout(items):
    """items -> list of pages; each page list of ops in PDF points (origin top-left, y down)."""
    pages, ops, y = [], [], MT
    tw = W - ML - MR

    def newpage():
        nonlocal ops, y
        pages.append(ops); ops = []; y = MT

    def need(h):
        if y + h > H - MB:
            newpage()

    for it in items:
        k = it[0]
        if k == "page":
            newpage(); continue
        if k == "header":
            ops.append(("text", ML - 20, 30, 7.5, it[1], (0.35, 0.35, 0.35))); continue
        if k == "footer":
            ops.append(("text", ML - 20, H - 25, 7.5, it[1], (0.35, 0.35, 0.35))); continue
        if k == "title":
            size = it[2] if len(it) > 2 else 17
            need(size * 2)
            for ln in wrap(it[1], size, tw):
                ops.append(("text", (W - sw(ln, size)) / 2, y + size, size, ln, (0, 0, 0)))
                y += size * 1.5
            y += 6
        elif k == "redhead":
            size = 20
            ops.append(("text", (W - sw(it[1], size)) / 2, y + size, size, it[1], RED))
            y += size * 1.6
            ops.append(("line", ML, y, W - MR, y, RED, 1.5)); y += 14
        elif k == "sub":
            need(14)
            ops.append(("text", (W - sw(it[1], 9.5)) / 2, y + 9.5, 9.5, it[1], (0, 0, 0))); y += 16
        elif k in ("p", "hand", "small"):
            size = {"p": 10.5, "hand": 11.5, "small": 8.5}[k]
            col = BLUE if k == "hand" else (0, 0, 0)
            ind = 0 if (len(it) > 2 and it[2] == "noindent") or k != "p" else 21
            lines = wrap(it[1], size, tw - ind)
            for i, ln in enumerate(lines):
                need(size * 1.8)
                ops.append(("hand" if k == "hand" else "text", ML + (ind if i == 0 else 0), y + size, size, ln, col))
                y += size * 1.75
            y += 2
        elif k == "right":
            need(16)
            ops.append(("text", W - MR - sw(it[1], 10.5), y + 10.5, 10.5, it[1], (0, 0, 0))); y += 18
        elif k == "kv":
            for lab, val in it[1]:
                t = f"{lab}：{val}" if lab else val
                for ln in wrap(t, 10.5, tw):
                    need(18)
                    ops.append(("text", ML, y + 10.5, 10.5, ln, (0, 0, 0))); y += 18
        elif k == "grid":
            rows, fr = it[1], it[2]
            size = it[3] if len(it) > 3 else 9.5
            xs = [ML]
            for f in fr:
                xs.append(xs[-1] + f * tw)
            for r in rows:
                cells = [wrap(str(c), size, (xs[i + 1] - xs[i]) - 6) for i, c in enumerate(r)]
                h = max(len(c) for c in cells) * size * 1.45 + 8
                need(h)
                for i, c in enumerate(cells):
                    for j, ln in enumerate(c):
                        ops.append(("text", xs[i] + 3, y + 4 + size + j * size * 1.45, size, ln, (0, 0, 0)))
                ops.append(("line", ML, y, W - MR, y, (0, 0, 0), 0.6))
                for x in xs:
                    ops.append(("line", x, y, x, y + h, (0, 0, 0), 0.6))
                y += h
            ops.append(("line", ML, y, W - MR, y, (0, 0, 0), 0.6)); y += 8
        elif k == "gap":
            y += it[1]
        elif k == "seal":
            # seal centred at given x fraction, over the previous line(s)
            name = it[1]; rest = list(it[2:])
            xf = next((v for v in rest if not isinstance(v, str)), 0.72)
            inner = next((v for v in rest if isinstance(v, str)), "★")
            ops.append(("seal", ML + xf * tw, y - 22, 46, name, inner))
        elif k == "sig":
            ops.append(("hand", ML + it[2] * tw, y - 6, 13, it[1], BLUE))
    pages.append(ops)
    return [p for p in pages if p]


def seal_chars(cx, cy, r, name):
    n = len(name)
    span = min(250.0, 18.0 * n)
    out = []
    for i, ch in enumerate(name):
        a = math.radians(90 + span / 2 - (span * (i + 0.5) / n))  # angle in math coords
        x = cx + (r - 12) * math.cos(a)
        y = cy - (r - 12) * math.sin(a)
        rot = math.degrees(a) - 90  # char upright pointing outward
        out.append((x, y, rot, ch))
    return out


# ---------- PDF backend ----------
def to_pdf(pages, path, font="wqy"):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    for ops in pages:
        for op in ops:
            k = op[0]
            if k in ("text", "hand"):
                _, x, y, size, s, col = op
                c.setFillColorRGB(*col)
                c.setFont(font if k == "text" else "wqy", size)
                if k == "hand":
                    c.saveState(); c.translate(x, H - y); c.rotate(2); c.drawString(0, 0, s); c.restoreState()
                else:
                    c.drawString(x, H - y, s)
            elif k == "line":
                _, x1, y1, x2, y2, col, lw = op
                c.setStrokeColorRGB(*col); c.setLineWidth(lw); c.line(x1, H - y1, x2, H - y2)
            elif k == "seal":
                _, cx, cy, r, name, inner = op
                c.setStrokeColorRGB(*RED); c.setFillColorRGB(*RED); c.setLineWidth(2.2)
                c.circle(cx, H - cy, r, stroke=1, fill=0)
                c.setFont("wqy", 10)
                for x, y, rot, ch in seal_chars(cx, cy, r, name):
                    c.saveState(); c.translate(x, H - y); c.rotate(rot)
                    c.drawCentredString(0, -4, ch); c.restoreState()
                c.setFont("wqy", 18); c.drawCentredString(cx, H - cy - 6, "★")
                if inner != "★":
                    c.setFont("wqy", 8); c.drawCentredString(cx, H - cy - 22, inner)
        c.showPage()
    c.save()


# ---------- image backend ----------
_fonts = {}


def _font(px):
    px = max(6, int(round(px)))
    if px not in _fonts:
        _fonts[px] = ImageFont.truetype(FONT_PATH, px)
    return _fonts[px]


def to_image(ops, dpi):
    s = dpi / 72.0
    img = Image.new("RGB", (int(W * s), int(H * s)), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for op in ops:
        k = op[0]
        if k in ("text", "hand"):
            _, x, y, size, t, col = op
            d.text((x * s, (y - size * 0.95) * s), t, font=_font(size * s), fill=tuple(int(v * 255) for v in col))
        elif k == "line":
            _, x1, y1, x2, y2, col, lw = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=tuple(int(v * 255) for v in col), width=max(1, int(lw * s)))
    # seals last, translucent over text
    for op in ops:
        if op[0] != "seal":
            continue
        _, cx, cy, r, name, inner = op
        layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
        ld = ImageDraw.Draw(layer)
        col = (205, 30, 35, 185)
        ld.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], outline=col, width=max(2, int(2.2 * s)))
        for x, y, rot, ch in seal_chars(cx, cy, r, name):
            g = Image.new("RGBA", (int(14 * s), int(14 * s)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((1 * s, 0), ch, font=_font(10 * s), fill=col)
            g = g.rotate(rot, expand=True, resample=Image.BICUBIC)
            layer.alpha_composite(g, (int(x * s - g.size[0] / 2), int(y * s - g.size[1] / 2)))
        ld.text(((cx - 9) * s, (cy - 12) * s), "★", font=_font(18 * s), fill=col)
        if inner != "★":
            ld.text(((cx - 4 * len(inner)) * s, (cy + 12) * s), inner, font=_font(8 * s), fill=col)
        img = Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")
    return img


def degrade_scan(img, rng):
    a = np.asarray(img).astype(np.float32)
    tint = np.array([rng.uniform(225, 245), rng.uniform(222, 240), rng.uniform(210, 232)]) / 255.0
    a = a * tint
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(2.5, 5), a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=(235, 233, 226))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    if rng.random() < 0.4:
        im = im.convert("L").convert("RGB")
    return im


def degrade_photo(img, rng):
    import cv2
    a = np.asarray(img)
    h, w = a.shape[:2]
    bw, bh = int(w * 1.12), int(h * 1.10)
    bg = np.full((bh, bw, 3), (rng.randint(90, 140), rng.randint(80, 120), rng.randint(60, 100)), np.uint8)
    j = lambda f: rng.uniform(-f, f)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (bw - w) / 2, (bh - h) / 2
    dst = np.float32([[ox + j(0.04) * w, oy + j(0.03) * h], [ox + w + j(0.04) * w, oy + j(0.03) * h],
                      [ox + w + j(0.03) * w, oy + h + j(0.02) * h], [ox + j(0.03) * w, oy + h + j(0.02) * h]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(a, M, (bw, bh), dst=bg.copy(), borderMode=cv2.BORDER_TRANSPARENT)
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.78 + 0.22 * ((xx / bw - 0.5) * gx + (yy / bh - 0.5) * gy + 0.5)
    if rng.random() < 0.6:  # a soft shadow band
        x0 = rng.uniform(0.2, 0.8) * bw
        light *= 1 - 0.25 * np.clip(1 - np.abs(xx - x0) / (0.18 * bw), 0, 1)
    out = np.clip(out.astype(np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9]), 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.5, 1.1))
    im = Image.fromarray(out)
    tw = rng.choice([1000, 1150, 1300])
    return im.resize((tw, int(bh * tw / bw)), Image.LANCZOS)


def render(items, path, rendering, fmt, rng, font="wqy", dpi=None):
    """rendering: text|scan|photo; fmt: pdf|jpg|png|tif."""
    pages = layout(items)
    if rendering == "text":
        to_pdf(pages, path, font=font); return
    dpi = dpi or (rng.choice([150, 170, 200]) if rendering == "scan" else 160)
    imgs = []
    for ops in pages:
        im = to_image(ops, dpi)
        im = degrade_scan(im, rng) if rendering == "scan" else degrade_photo(im, rng)
        imgs.append(im)
    if fmt == "pdf":  # image PDF via reportlab (invariant: no dates / random ids)
        from reportlab.lib.utils import ImageReader
        c = canvas.Canvas(path, invariant=1)
        for im in imgs:
            pw, ph = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
            c.setPageSize((pw, ph))
            buf = io.BytesIO(); im.save(buf, "JPEG", quality=72); buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, pw, ph); c.showPage()
        c.save()
    elif fmt == "jpg":
        _stack(imgs).save(path, "JPEG", quality=rng.choice([72, 78, 82]))
    elif fmt == "png":
        im = _stack(imgs)
        if rendering == "photo":
            im = im.resize((900, int(im.size[1] * 900 / im.size[0])), Image.LANCZOS)
        if rendering == "scan":
            im = im.convert("L").point(lambda v: 255 if v > 190 else int(v * 0.9)).quantize(12, dither=Image.Dither.NONE)
        else:
            im = im.quantize(40, dither=Image.Dither.NONE)
        im.save(path, "PNG", optimize=True)
    elif fmt == "tif":  # bilevel fax-style scan, CCITT G4
        bl = [i.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for i in imgs]
        bl[0].save(path, "TIFF", compression="group4", save_all=True, append_images=bl[1:], dpi=(dpi, dpi))


def _stack(imgs):
    if len(imgs) == 1:
        return imgs[0]
    w = max(i.size[0] for i in imgs); h = sum(i.size[1] for i in imgs)
    out = Image.new("RGB", (w, h), (240, 240, 240)); y = 0
    for i in imgs:
        out.paste(i, (0, y)); y += i.size[1]
    return out
