"""Layout to text PDF (reportlab) or to degraded images (PIL): scans and phone photos."""
import io, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
PW, PH = 210.0, 297.0
_fcache = {}


def pfont(px):
    if px not in _fcache:
        _fcache[px] = ImageFont.truetype(WQY, px)
    return _fcache[px]


def layout(page):
    """Yield drawing ops in mm: ('text', x, y, s, size, hand, center) / ('line', x1,y1,x2,y2) / ('seal', x, y, name)."""
    y = 22.0
    ops = []
    for it in page:
        if "gap" in it:
            y += it["gap"]; continue
        if "seal" in it:
            ops.append(("seal", it.get("x", 140), y - it.get("up", 6), it["seal"], it.get("centre", "")))
            continue
        if "tbl" in it:
            rows, w = it["tbl"], it["w"]
            size = it.get("s", 9)
            rh = size * 0.35 * 2.0
            x0 = it.get("x", 20)
            top = y
            for r in rows:
                x = x0
                for cell, cw in zip(r, w):
                    hand = isinstance(cell, tuple)
                    txt = cell[0] if hand else cell
                    ops.append(("text", x + 1.2, y + rh * 0.72, str(txt), size, hand, False))
                    x += cw
                y += rh
            xs = [x0]
            for cw in w:
                xs.append(xs[-1] + cw)
            for i in range(len(rows) + 1):
                ops.append(("line", x0, top + i * rh, xs[-1], top + i * rh))
            for xx in xs:
                ops.append(("line", xx, top, xx, y))
            y += 2
            continue
        size = it.get("s", 10.5)
        lh = size * 0.35 * 1.75
        y += lh
        ops.append(("text", it.get("x", 20), y, it["t"], size, it.get("hand", False), it.get("c", False)))
    return ops


def seal_chars(name):
    return list(name)


def to_pdf(doc, path, font="WQY"):
    c = canvas.Canvas(path, pagesize=(PW * mm, PH * mm), invariant=1)
    c.setTitle("")
    for page in doc["pages"]:
        for op in layout(page):
            if op[0] == "text":
                _, x, y, s, size, hand, center = op
                c.setFillColorRGB(0.1, 0.2, 0.6) if hand else c.setFillColorRGB(0, 0, 0)
                c.setFont(font if not hand else "WQY", size)
                yy = (PH - y) * mm
                if center:
                    c.drawCentredString(PW / 2 * mm, yy, s)
                else:
                    c.drawString(x * mm, yy, s)
            elif op[0] == "line":
                c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(0.5)
                c.line(op[1] * mm, (PH - op[2]) * mm, op[3] * mm, (PH - op[4]) * mm)
        for op in layout(page):
            if op[0] == "seal":
                _, x, y, name, centre = op
                cx, cy, r = x * mm, (PH - y) * mm, 19 * mm
                c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setFillColorRGB(0.85, 0.1, 0.1); c.setLineWidth(1.6)
                c.circle(cx, cy, r, stroke=1, fill=0)
                n = len(name)
                span = min(250.0, 20.0 * n)
                for i, ch in enumerate(name):
                    ang = math.radians(90 + span / 2 - span * i / max(n - 1, 1))
                    c.saveState()
                    c.translate(cx + (r - 5 * mm) * math.cos(ang), cy + (r - 5 * mm) * math.sin(ang))
                    c.rotate(math.degrees(ang) - 90)
                    c.setFont("WQY", 10); c.drawCentredString(0, -3, ch)
                    c.restoreState()
                c.setFont("WQY", 16); c.drawCentredString(cx, cy - 5, "★")
                if centre:
                    c.setFont("WQY", 8); c.drawCentredString(cx, cy - 12 * mm, centre)
        c.showPage()
    c.save()


def draw_page(page, dpi, rng):
    k = dpi / 25.4
    W, H = int(PW * k), int(PH * k)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    ops = layout(page)
    for op in ops:
        if op[0] == "line":
            d.line([(op[1] * k, op[2] * k), (op[3] * k, op[4] * k)], fill=(30, 30, 30), width=max(1, int(k * .25)))
        elif op[0] == "text":
            _, x, y, s, size, hand, center = op
            px = int(size * 0.353 * k)
            f = pfont(px)
            if center:
                x = (PW * k - d.textlength(s, font=f)) / 2 / k
            if hand:
                tw = int(d.textlength(s, font=f)) + 10
                tmp = Image.new("RGBA", (tw, px + 10), (255, 255, 255, 0))
                ImageDraw.Draw(tmp).text((2, 2), s, font=f, fill=(20, 40, 150, 255))
                tmp = tmp.rotate(rng.uniform(-3, 3), expand=True, resample=Image.BICUBIC)
                img.paste(tmp, (int(x * k), int(y * k - px)), tmp)
            else:
                d.text((x * k, y * k - px * 0.95), s, font=f, fill=(15, 15, 15))
    for op in ops:
        if op[0] == "seal":
            _, x, y, name, centre = op
            R = int(19 * k)
            S = Image.new("RGBA", (2 * R + 8, 2 * R + 8), (0, 0, 0, 0))
            sd = ImageDraw.Draw(S)
            col = (215, 30, 30, 170)
            sd.ellipse([4, 4, 2 * R + 4, 2 * R + 4], outline=col, width=max(2, int(k * .6)))
            n = len(name); span = min(250.0, 20.0 * n)
            f = pfont(int(3.6 * k))
            for i, ch in enumerate(name):
                ang = math.radians(90 + span / 2 - span * i / max(n - 1, 1))
                g = Image.new("RGBA", (int(5 * k), int(5 * k)), (0, 0, 0, 0))
                ImageDraw.Draw(g).text((int(.6 * k), 0), ch, font=f, fill=col)
                g = g.rotate(math.degrees(ang) - 90, expand=True)
                px_ = R + 4 + (R - 5 * k) * math.cos(ang) - g.width / 2
                py_ = R + 4 - (R - 5 * k) * math.sin(ang) - g.height / 2
                S.alpha_composite(g, (int(px_), int(py_)))
            sr = 4 * k
            pts = [(R + 4 + sr * math.cos(math.radians(90 + 72 * i / 2 * 2 if i % 2 == 0 else 90 + 72 * i / 2 * 2)) * (1 if i % 2 == 0 else .4),
                    R + 4 - sr * math.sin(math.radians(90 + 36 * i)) * (1 if i % 2 == 0 else .4)) for i in range(10)]
            pts = [(R + 4 + sr * (1 if i % 2 == 0 else .4) * math.cos(math.radians(90 + 36 * i)),
                    R + 4 - sr * (1 if i % 2 == 0 else .4) * math.sin(math.radians(90 + 36 * i))) for i in range(10)]
            sd.polygon(pts, fill=col)
            S = S.rotate(rng.uniform(-20, 20))
            img.paste(S, (int(x * k - R), int(y * k - R)), S)
    return img


def degrade_scan(img, rng):
    a = img.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    arr = np.asarray(a).astype(np.float32)
    grey = rng.uniform(215, 240)
    arr = arr * (grey / 255.0)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr += nrng.normal(0, rng.uniform(2, 5), arr.shape[:2])[..., None]
    a = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < .5:
        a = a.filter(ImageFilter.GaussianBlur(rng.uniform(.3, .8)))
    return a


def degrade_photo(img, rng):
    W, H = img.size
    pad = int(W * .08)
    bg = Image.new("RGB", (W + 2 * pad, H + 2 * pad), (rng.randrange(60, 110),) * 3)
    bg.paste(img, (pad, pad))
    W2, H2 = bg.size
    j = lambda: rng.uniform(0, W * .05)
    src = [(j(), j()), (W2 - j(), j()), (W2 - j(), H2 - j()), (j(), H2 - j())]
    try:
        import cv2
        M = cv2.getPerspectiveTransform(np.float32([(0, 0), (W2, 0), (W2, H2), (0, H2)]), np.float32(src))
        arr = cv2.warpPerspective(np.asarray(bg), M, (W2, H2), borderValue=(80, 80, 80))
    except Exception:
        arr = np.asarray(bg)
    arr = arr.astype(np.float32)
    yy, xx = np.mgrid[0:H2, 0:W2]
    cx, cy = rng.uniform(0, W2), rng.uniform(0, H2)
    shade = 1 - 0.35 * (np.hypot(xx - cx, yy - cy) / max(W2, H2))
    if rng.random() < .6:
        shade = shade * np.where(xx + yy * rng.uniform(.2, .8) > W2 * rng.uniform(.8, 1.3), .78, 1.0)
    arr = arr * shade[..., None] * np.array([1.0, .97, .9])
    a = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    a = a.filter(ImageFilter.GaussianBlur(rng.uniform(.4, 1.0)))
    return a


def to_images(doc, rng, mode):
    dpi = rng.choice([150, 160]) if mode == "scan" else rng.choice([120, 140])
    out = []
    for p in doc["pages"]:
        im = draw_page(p, dpi, rng)
        im = degrade_scan(im, rng) if mode == "scan" else degrade_photo(im, rng)
        out.append(im)
    return out, dpi


def save_images(imgs, path, fmt, dpi):
    if fmt == "pdf":
        imgs = [i.convert("L") for i in imgs]
        imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    elif len(imgs) > 1 or fmt in ("jpg", "png"):
        if len(imgs) > 1:
            W = max(i.width for i in imgs); H = sum(i.height for i in imgs)
            big = Image.new("RGB", (W, H), (255, 255, 255)); y = 0
            for i in imgs:
                big.paste(i, (0, y)); y += i.height
            im = big
        else:
            im = imgs[0]
        if fmt == "tif":
            im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(path, "TIFF", compression="group4", dpi=(dpi, dpi))
        elif fmt == "png":
            im.convert("L").point(lambda v: 255 if v > 140 else 0).convert("1").save(path, "PNG", optimize=True, dpi=(dpi, dpi))
        else:
            im.save(path, "JPEG", quality=78, dpi=(dpi, dpi))
    else:
        imgs[0].convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(path, "TIFF", compression="group4", dpi=(dpi, dpi))
