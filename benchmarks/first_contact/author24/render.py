"""Layout (mm on A4) shared by a reportlab text-layer backend and a PIL image backend, plus scan/photo degradation."""
import io, math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
PW, PH, M = 210.0, 297.0, 20.0
PT = 0.3528  # mm per point
import time as _t
FIXED = _t.gmtime(1705741200)


def cw(ch):
    return 0.55 if ord(ch) < 128 else 1.0


def wrap(text, size, width_mm):
    out, line, w = [], "", 0.0
    for ch in text:
        dw = cw(ch) * size * PT
        if w + dw > width_mm and line:
            out.append(line); line, w = "", 0.0
        line += ch; w += dw
    if line:
        out.append(line)
    return out or [""]


def tw(text, size):
    return sum(cw(c) for c in text) * size * PT


def layout(spec, rng):
    """-> list of pages; each page list of ops"""
    screen = spec.get("screen")
    pw, ph, m = (100.0, 200.0, 6.0) if screen else (PW, PH, M)
    pages, ops = [], []
    y = [m + 6]
    W = pw - 2 * m
    seal_spots = []

    def nl(h):
        if y[0] + h > ph - m:
            pages.append(ops.copy()); ops.clear(); y[0] = m + 4
    def text(x, s, size, color=(0, 0, 0), bold=False):
        ops.append(("text", x, y[0], s, size, color))
    for blk in spec["blocks"]:
        k = blk[0]
        if k in ("title", "title2", "bar"):
            size = {"title": 17, "title2": 13, "bar": 12}[k] * (0.8 if screen else 1)
            for ln in wrap(blk[1], size, W):
                nl(size * PT * 1.8)
                if k == "bar":
                    ops.append(("rect", 0, y[0] - size * PT * 1.4, pw, size * PT * 2.2, (40, 120, 240)))
                    text(m, ln, size, (255, 255, 255))
                else:
                    text((pw - tw(ln, size)) / 2, ln, size)
                y[0] += size * PT * 1.9
        elif k in ("p", "h", "small", "right", "hand"):
            size = {"p": 10.5, "h": 11, "small": 8, "right": 10, "hand": 12}[k] * (0.85 if screen else 1)
            color = (20, 40, 160) if k == "hand" else (0, 0, 0)
            for ln in wrap(blk[1], size, W - (4 if k == "p" else 0)):
                nl(size * PT * 1.7)
                x = pw - m - tw(ln, size) if k == "right" else (m + 30 if k == "hand" else m)
                text(x, ln, size, color)
                if k == "hand":
                    ops[-1] = ("hand",) + ops[-1][1:]
                y[0] += size * PT * 1.75
        elif k == "gap":
            y[0] += 12
        elif k == "kv":
            size = 10.5 * (0.85 if screen else 1)
            items, cols = blk[1], blk[2]
            colw = W / cols
            for i in range(0, len(items), cols):
                row = items[i:i + cols]
                lines = [wrap(f"{l}：{v}", size, colw - 3) for l, v in row]
                h = max(len(x) for x in lines) * size * PT * 1.7
                nl(h)
                for j, ls in enumerate(lines):
                    for n, ln in enumerate(ls):
                        ops.append(("text", m + j * colw, y[0] + n * size * PT * 1.7, ln, size, (0, 0, 0)))
                y[0] += h + 1
        elif k in ("grid", "table"):
            size = 9.5
            if k == "grid":
                rows, fr = blk[1], blk[2]
            else:
                rows = [blk[1]] + blk[2]
                fr = [1.0 / len(blk[1])] * len(blk[1])
            widths = [W * f for f in fr]
            for r in rows:
                cells = [wrap(str(v), size, w - 3) for v, w in zip(r, widths)]
                h = max(len(c) for c in cells) * size * PT * 1.6 + 3
                nl(h)
                x = m
                top = y[0] - size * PT - 1.5
                for c, w in zip(cells, widths):
                    ops.append(("box", x, top, w, h))
                    for n, ln in enumerate(c):
                        ops.append(("text", x + 1.5, y[0] + n * size * PT * 1.6, ln, size, (0, 0, 0)))
                    x += w
                y[0] += h
            y[0] += 4
        elif k == "sign":
            size = 10.5
            y[0] += 8
            cols = blk[1]
            n = max(len(c) for c in cols)
            nl(n * 7 + 20)
            for j, col in enumerate(cols):
                for i, ln in enumerate(col):
                    ops.append(("text", m + j * W / 2, y[0] + i * 7, ln, size, (0, 0, 0)))
                seal_spots.append((m + j * W / 2 + 30, y[0] + 4))
            y[0] += n * 7 + 6
    pages.append(ops.copy())
    # seals over the signature block (the last page)
    for i, s in enumerate(spec.get("seals", [])):
        if seal_spots:
            cx, cy = seal_spots[min(s.get("at", i), len(seal_spots) - 1)]
        else:
            cx, cy = pw - m - 35, y[0] - 12
        cx += rng.uniform(-4, 4); cy += rng.uniform(-3, 3)
        pages[-1].append(("seal", cx, cy, 20.0, s["name"], s["sub"], rng.uniform(-20, 20)))
    return pages, (pw, ph)


# ------------------------------------------------------------------ text-layer PDF
def to_pdf(pages, size):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.units import mm
    try:
        pdfmetrics.getFont("wqy")
    except KeyError:
        pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    buf = io.BytesIO()
    pw, ph = size
    c = canvas.Canvas(buf, pagesize=(pw * mm, ph * mm), invariant=1)
    for ops in pages:
        for op in ops:
            if op[0] in ("text", "hand"):
                _, x, y, s, sz, col = op
                c.setFillColorRGB(*[v / 255 for v in col])
                c.setFont("wqy", sz)
                if op[0] == "hand":
                    c.saveState(); c.translate(x * mm, (ph - y) * mm); c.rotate(4); c.drawString(0, 0, s); c.restoreState()
                else:
                    c.drawString(x * mm, (ph - y) * mm, s)
            elif op[0] == "box":
                _, x, y, w, h = op
                c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(0.6)
                c.rect(x * mm, (ph - y - h) * mm, w * mm, h * mm, stroke=1, fill=0)
            elif op[0] == "rect":
                _, x, y, w, h, col = op
                c.setFillColorRGB(*[v / 255 for v in col]); c.rect(x * mm, (ph - y - h) * mm, w * mm, h * mm, stroke=0, fill=1)
            elif op[0] == "seal":
                _, cx, cy, r, name, sub, rot = op
                c.saveState()
                c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setFillColorRGB(0.85, 0.1, 0.1)
                c.setFillAlpha(0.85)
                c.translate(cx * mm, (ph - cy) * mm); c.rotate(rot)
                c.setLineWidth(1.6); c.circle(0, 0, r * mm, stroke=1, fill=0)
                n = len(name)
                span = min(250.0, 16.0 * n)
                c.setFont("wqy", 9.5)
                for i, ch in enumerate(name):
                    ang = 90 + span / 2 - span * (i + 0.5) / n
                    a = math.radians(ang)
                    c.saveState(); c.translate(math.cos(a) * r * 0.78 * mm, math.sin(a) * r * 0.78 * mm)
                    c.rotate(ang - 90); c.drawCentredString(0, -1.2 * mm, ch); c.restoreState()
                c.setFont("wqy", 16); c.drawCentredString(0, -2 * mm, "★")
                c.setFont("wqy", 7.5); c.drawCentredString(0, -r * 0.55 * mm, sub)
                c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ image backend
_fc = {}


def font(px):
    px = max(6, int(px))
    if px not in _fc:
        _fc[px] = ImageFont.truetype(FONT, px)
    return _fc[px]


def to_image(ops, size, dpi, screen=False):
    pw, ph = size
    k = dpi / 25.4
    W, H = int(pw * k), int(ph * k)
    img = Image.new("RGB", (W, H), (245, 246, 248) if screen else (255, 255, 255))
    d = ImageDraw.Draw(img)
    for op in ops:
        if op[0] in ("text", "hand"):
            _, x, y, s, sz, col = op
            f = font(sz / 72 * dpi)
            d.text((x * k, y * k - f.size * 0.85), s, font=f, fill=col)
        elif op[0] == "box":
            _, x, y, w, h = op
            d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=(0, 0, 0), width=max(1, int(dpi / 120)))
        elif op[0] == "rect":
            _, x, y, w, h, col = op
            d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], fill=col)
    for op in ops:
        if op[0] == "seal":
            _, cx, cy, r, name, sub, rot = op
            R = int(r * k)
            S = Image.new("RGBA", (2 * R + 8, 2 * R + 8), (0, 0, 0, 0))
            sd = ImageDraw.Draw(S)
            red = (210, 30, 30, 200)
            sd.ellipse([4, 4, 2 * R + 4, 2 * R + 4], outline=red, width=max(2, R // 22))
            n = len(name); span = min(250.0, 16.0 * n)
            f = font(R * 0.3)
            for i, ch in enumerate(name):
                ang = 90 + span / 2 - span * (i + 0.5) / n
                a = math.radians(ang)
                g = Image.new("RGBA", (f.size + 4, f.size + 6), (0, 0, 0, 0))
                ImageDraw.Draw(g).text((2, 0), ch, font=f, fill=red)
                g = g.rotate(ang - 90, expand=True)
                px = R + 4 + math.cos(a) * R * 0.76 - g.width / 2
                py = R + 4 - math.sin(a) * R * 0.76 - g.height / 2
                S.alpha_composite(g, (int(px), int(py)))
            fs = font(R * 0.5)
            sd.text((R + 4 - fs.size / 2, R + 4 - fs.size * 0.6), "★", font=fs, fill=red)
            f2 = font(R * 0.2)
            sd.text((R + 4 - len(sub) * f2.size / 2, R + 4 + R * 0.42), sub, font=f2, fill=red)
            S = S.rotate(rot)
            img.paste(S, (int(cx * k - R - 4), int(cy * k - R - 4)), S)
    return img


def degrade_scan(img, rng, dpi):
    a = np.asarray(img).astype(np.float32)
    tone = rng.uniform(215, 240)
    a = a * (tone / 255.0)
    noise = np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 8), a.shape[:2])[..., None]
    a = np.clip(a + noise, 0, 255).astype(np.uint8)
    im = Image.fromarray(a).rotate(rng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=False, fillcolor=(int(tone * 0.9),) * 3)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if rng.random() < 0.3:
        im = im.convert("L").convert("RGB")
    return im


def degrade_photo(img, rng):
    import cv2
    a = np.asarray(img)
    h, w = a.shape[:2]
    s = rng.uniform(0.75, 0.98)
    W, H = int(w * s * 1.15), int(h * s * 1.1)
    j = lambda v: rng.uniform(0, v)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[W * 0.06 + j(W * .05), H * 0.04 + j(H * .03)], [W * 0.94 - j(W * .05), H * 0.05 + j(H * .03)],
                      [W * 0.96 - j(W * .03), H * 0.96 - j(H * .03)], [W * 0.04 + j(W * .03), H * 0.95 - j(H * .02)]])
    Mx = cv2.getPerspectiveTransform(src, dst)
    bg = tuple(int(x) for x in (rng.randint(90, 140), rng.randint(80, 120), rng.randint(60, 100)))
    out = cv2.warpPerspective(a, Mx, (W, H), borderValue=bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.75 + 0.3 * (xx / W) * rng.uniform(0.5, 1) + 0.1 * (yy / H)
    if rng.random() < 0.6:
        light[: int(H * rng.uniform(0.2, 0.5)), : int(W * rng.uniform(0.3, 0.6))] *= 0.78
    out = np.clip(out * light[..., None], 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.4, 1.0))
    return Image.fromarray(out)


def encode(img, fmt, rng, dpi=150):
    buf = io.BytesIO()
    if fmt == "jpg":
        img.save(buf, "JPEG", quality=rng.randint(68, 82))
    elif fmt == "png":
        img.save(buf, "PNG", optimize=True)
    elif fmt == "tif":
        g = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
        g.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
    elif fmt == "pdf":
        j = io.BytesIO(); img.save(j, "JPEG", quality=rng.randint(65, 78))
        Image.open(io.BytesIO(j.getvalue())).save(buf, "PDF", resolution=dpi, creationDate=FIXED, modDate=FIXED)
    return buf.getvalue()


def render(spec, rendering, fmt, rng):
    """rendering: text|scan|photo; returns bytes"""
    pages, size = layout(spec, rng)
    if rendering == "text":
        return to_pdf(pages, size)
    dpi = 200 if spec.get("screen") else rng.choice([150, 160, 180])
    imgs = [to_image(p, size, dpi, spec.get("screen")) for p in pages]
    if spec.get("screen") and rendering == "scan":
        imgs = [i.resize((int(i.width * 1.4), int(i.height * 1.4))) for i in imgs]
    else:
        imgs = [degrade_photo(i, rng) if rendering == "photo" else degrade_scan(i, rng, dpi) for i in imgs]
    if fmt == "pdf":
        jp = []
        for i in imgs:
            j = io.BytesIO(); i.save(j, "JPEG", quality=rng.randint(65, 78)); jp.append(Image.open(io.BytesIO(j.getvalue())))
        buf = io.BytesIO()
        jp[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=jp[1:], creationDate=FIXED, modDate=FIXED)
        return buf.getvalue()
    if len(imgs) > 1:
        raise ValueError("multi-page image document needs pdf")
    return encode(imgs[0], fmt, rng, dpi)
