"""Layout primitives and renderers: text-layer PDF (reportlab) and degraded images (PIL/numpy/cv2)."""
import io, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.utils import ImageReader
try:
    import cv2
except Exception:  # pragma: no cover
    cv2 = None

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("wqy", FONT_PATH, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
MM = 72 / 25.4
RED = (0.85, 0.1, 0.12)
BLUE = (0.1, 0.2, 0.65)
BLACK = (0, 0, 0)


def text_w_mm(s, size, font="wqy"):
    return pdfmetrics.stringWidth(s, "wqy" if font != "STSong-Light" else "STSong-Light", size) / MM


class Page:
    """Ops in mm from the top-left corner."""

    def __init__(self, w=210, h=297, font="wqy"):
        self.w, self.h, self.ops, self.font = w, h, [], font

    def t(self, x, y, s, size=10.5, color=BLACK, anchor="l", font=None, hand=False):
        self.ops.append(("t", x, y, s, size, color, anchor, font or self.font, hand))

    def hand(self, x, y, s, size=11, color=BLUE):
        self.t(x, y, s, size, color, hand=True)

    def line(self, x1, y1, x2, y2, w=0.4, color=BLACK):
        self.ops.append(("l", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, fill=None, stroke=BLACK, lw=0.4):
        self.ops.append(("r", x, y, w, h, fill, stroke, lw))

    def seal(self, cx, cy, ring, center="", r=19, color=RED, star=True):
        self.ops.append(("seal", cx, cy, r, ring, center, color, star))

    def para(self, x, y, s, width=None, size=10.5, lead=1.65, indent=True, color=BLACK):
        width = width or (self.w - x - 20)
        lines = wrap(("　　" if indent else "") + s, width, size, self.font)
        for ln in lines:
            self.t(x, y, ln, size, color)
            y += size * lead / MM
        return y

    def grid(self, x, y, cols, rows, rh=9, size=10, bold_first=False):
        """cols: widths mm; rows: list of lists of str (None = merged blank)."""
        tw = sum(cols)
        yy = y
        for r in rows:
            h = rh
            # multi-line cells
            cell_lines = []
            for cw, c in zip(cols, r):
                c = "" if c is None else str(c)
                ls = wrap(c, cw - 3, size, self.font) if c else [""]
                cell_lines.append(ls)
            h = max(rh, max(len(l) for l in cell_lines) * size * 1.4 / MM + 3)
            self.line(x, yy, x + tw, yy)
            xx = x
            for cw, ls in zip(cols, cell_lines):
                ty = yy + (h - len(ls) * size * 1.4 / MM) / 2 + size * 1.05 / MM
                for ln in ls:
                    self.t(xx + 1.5, ty, ln, size)
                    ty += size * 1.4 / MM
                xx += cw
            xx = x
            for cw in cols + [0]:
                self.line(xx, yy, xx, yy + h)
                xx += cw
            yy += h
        self.line(x, yy, x + tw, yy)
        return yy


def wrap(s, width_mm, size, font="wqy"):
    out, cur = [], ""
    for ch in s:
        if ch == "\n":
            out.append(cur); cur = ""; continue
        if text_w_mm(cur + ch, size, font) > width_mm and cur:
            if ch in "，。；：、）》”":
                cur += ch; out.append(cur); cur = ""; continue
            out.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out or [""]


# ---------------------------------------------------------------- PDF
def render_pdf(pages, path, image_pages=None):
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1, pageCompression=1)
    for pi, pg in enumerate(pages):
        c.setPageSize((pg.w * MM, pg.h * MM))
        H = pg.h * MM
        if image_pages and pi in image_pages:
            c.drawImage(ImageReader(io.BytesIO(image_pages[pi])), 0, 0, pg.w * MM, H)
            c.showPage()
            continue
        for op in pg.ops:
            k = op[0]
            if k == "t":
                _, x, y, s, size, color, anchor, font, hand = op
                c.setFillColorRGB(*color)
                c.setFont(font, size)
                X, Y = x * MM, H - y * MM
                if anchor == "c":
                    c.drawCentredString(X, Y, s)
                elif anchor == "r":
                    c.drawRightString(X, Y, s)
                else:
                    c.drawString(X, Y, s)
            elif k == "l":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*color); c.setLineWidth(w)
                c.line(x1 * MM, H - y1 * MM, x2 * MM, H - y2 * MM)
            elif k == "r":
                _, x, y, w, h, fill, stroke, lw = op
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                c.rect(x * MM, H - (y + h) * MM, w * MM, h * MM, fill=1 if fill else 0, stroke=1 if stroke else 0)
            elif k == "seal":
                _, cx, cy, r, ring, center, color, star = op
                _pdf_seal(c, cx * MM, H - cy * MM, r * MM, ring, center, color, star)
        c.showPage()
    c.save()


def _pdf_seal(c, cx, cy, r, ring, center, color, star):
    c.saveState()
    c.setStrokeColorRGB(*color); c.setFillColorRGB(*color)
    c.setLineWidth(r * 0.06)
    c.circle(cx, cy, r, stroke=1, fill=0)
    n = len(ring)
    size = min(r * 0.32, r * 3.4 / max(n, 1) * 1.15)
    span = min(250, 16 * n + 30)
    for i, ch in enumerate(ring):
        ang = 90 + span / 2 - (span * (i + 0.5) / n)
        a = math.radians(ang)
        c.saveState()
        c.translate(cx + (r * 0.74) * math.cos(a), cy + (r * 0.74) * math.sin(a))
        c.rotate(ang - 90)
        c.setFont("wqy", size)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    if star:
        pts = _star(cx, cy, r * 0.25)
        p = c.beginPath(); p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close(); c.drawPath(p, fill=1, stroke=0)
    if center:
        c.setFont("wqy", r * 0.22)
        c.drawCentredString(cx, cy - r * 0.62, center)
    c.restoreState()


def _star(cx, cy, R, up=1):
    pts = []
    for i in range(10):
        rr = R if i % 2 == 0 else R * 0.4
        a = math.radians(90 + i * 36)
        pts.append((cx + rr * math.cos(a), cy + up * rr * math.sin(a)))
    return pts


# ---------------------------------------------------------------- images
_FC = {}


def _font(px, which="wqy"):
    key = (px, which)
    if key not in _FC:
        _FC[key] = ImageFont.truetype(FONT_PATH if which == "wqy" else "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", max(6, int(px)), index=0)
    return _FC[key]


def render_image(pg, dpi, rng):
    s = dpi / 25.4
    W, H = int(pg.w * s), int(pg.h * s)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    seals = []
    for op in pg.ops:
        k = op[0]
        if k == "t":
            _, x, y, txt, size, color, anchor, font, hand = op
            px = size * dpi / 72
            f = _font(px, "zen" if hand else "wqy")
            col = tuple(int(v * 255) for v in color)
            X, Y = x * s, y * s - px * 0.88
            if anchor in ("c", "r"):
                tw = d.textlength(txt, font=f)
                X -= tw / 2 if anchor == "c" else tw
            if hand:
                _hand_text(img, X, Y, txt, f, col, rng)
            else:
                d.text((X, Y), txt, font=f, fill=col)
        elif k == "l":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=tuple(int(v * 255) for v in color), width=max(1, int(w * s / 3)))
        elif k == "r":
            _, x, y, w, h, fill, stroke, lw = op
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s],
                        fill=tuple(int(v * 255) for v in fill) if fill else None,
                        outline=tuple(int(v * 255) for v in stroke) if stroke else None, width=max(1, int(lw * s / 3)))
        elif k == "seal":
            seals.append(op)
    for op in seals:
        _img_seal(img, op, s, rng)
    return img


def _hand_text(img, X, Y, txt, f, col, rng):
    d = ImageDraw.Draw(img)
    x = X
    for ch in txt:
        tile = Image.new("L", (int(f.size * 1.6), int(f.size * 1.6)), 0)
        ImageDraw.Draw(tile).text((f.size * 0.3, f.size * 0.2), ch, font=f, fill=255)
        tile = tile.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
        img.paste(Image.new("RGB", tile.size, col), (int(x - f.size * 0.3), int(Y - f.size * 0.2 + rng.uniform(-2, 2))), tile)
        x += d.textlength(ch, font=f) * rng.uniform(0.95, 1.12)


def _img_seal(img, op, s, rng):
    _, cx, cy, r, ring, center, color, star = op
    R = r * s
    size = int(R * 2.3)
    lay = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(lay)
    c0 = size / 2
    d.ellipse([c0 - R, c0 - R, c0 + R, c0 + R], outline=255, width=max(2, int(R * 0.06)))
    n = len(ring)
    fs = int(min(R * 0.32, R * 3.4 / max(n, 1) * 1.15))
    f = _font(fs)
    span = min(250, 16 * n + 30)
    for i, ch in enumerate(ring):
        ang = 90 + span / 2 - (span * (i + 0.5) / n)
        a = math.radians(ang)
        tile = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(tile).text((fs * 0.5, fs * 0.4), ch, font=f, fill=255)
        tile = tile.rotate(ang - 90, resample=Image.BICUBIC)
        px = c0 + R * 0.74 * math.cos(a) - fs
        py = c0 - R * 0.74 * math.sin(a) - fs
        lay.paste(255, (int(px), int(py)), tile)
    if star:
        d.polygon(_star(c0, c0, R * 0.25, up=-1), fill=255)
    if center:
        fc = _font(int(R * 0.22))
        tw = d.textlength(center, font=fc)
        d.text((c0 - tw / 2, c0 + R * 0.45), center, font=fc, fill=255)
    # ink wear
    a = np.array(lay, dtype=np.float32) / 255.0
    wear = np.random.default_rng(rng.randrange(1 << 30)).uniform(0.55, 1.0, a.shape)
    a = (a * wear * rng.uniform(0.75, 0.95))
    lay = Image.fromarray((a * 255).astype(np.uint8)).rotate(rng.uniform(-25, 25))
    col = Image.new("RGB", (size, size), tuple(int(v * 255) for v in color))
    base = img.crop((int(cx * s - c0), int(cy * s - c0), int(cx * s - c0) + size, int(cy * s - c0) + size))
    # multiply blend
    b = np.array(base, dtype=np.float32); cl = np.array(col, dtype=np.float32)
    al = np.array(lay, dtype=np.float32)[..., None] / 255.0
    out = b * (1 - al) + (b * cl / 255.0) * al
    img.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (int(cx * s - c0), int(cy * s - c0)))


def degrade_scan(img, rng, grey=True):
    a = np.array(img.convert("L") if grey else img, dtype=np.float32)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    tone = rng.uniform(215, 240)
    a = a * (tone / 255.0) + nr.normal(0, rng.uniform(4, 9), a.shape)
    # dust
    for _ in range(rng.randint(20, 60)):
        y, x = nr.integers(0, a.shape[0]), nr.integers(0, a.shape[1])
        a[max(0, y - 1):y + 1, max(0, x - 1):x + 1] *= 0.4
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.9)))
    fill = int(tone * 0.9) if grey else (int(tone * 0.9),) * 3
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return im


def degrade_photo(img, rng, max_side=1600):
    a = np.array(img, dtype=np.float32)
    h, w = a.shape[:2]
    nr = np.random.default_rng(rng.randrange(1 << 30))
    # uneven light + shadow
    yy, xx = np.mgrid[0:h, 0:w]
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 0.85 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    sx = rng.uniform(0.2, 0.8)
    shadow = np.where(xx / w > sx + 0.2 * (yy / h), rng.uniform(0.72, 0.88), 1.0)
    a = a * (light * shadow)[..., None] + nr.normal(0, 5, a.shape)
    a = a * np.array([1.0, 0.97, 0.9])  # warm cast
    im = np.clip(a, 0, 255).astype(np.uint8)
    if cv2 is not None:
        pad = int(0.08 * max(h, w))
        bg = np.full((h + 2 * pad, w + 2 * pad, 3), (rng.randint(60, 110), rng.randint(55, 90), rng.randint(40, 70)), np.uint8)
        bg[pad:pad + h, pad:pad + w] = im
        H2, W2 = bg.shape[:2]
        j = lambda m: rng.uniform(0, m)
        src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
        dst = np.float32([[pad - j(pad * .6) + j(pad * .9), pad + j(pad * .7)],
                          [pad + w - j(pad * .8), pad - j(pad * .5) + j(pad * .6)],
                          [pad + w + j(pad * .5) - j(pad * .6), pad + h - j(pad * .7)],
                          [pad + j(pad * .8), pad + h + j(pad * .4) - j(pad * .6)]])
        M = cv2.getPerspectiveTransform(src, dst)
        im = cv2.warpPerspective(bg, M, (W2, H2), borderMode=cv2.BORDER_REPLICATE)
        im = cv2.GaussianBlur(im, (0, 0), rng.uniform(0.6, 1.3))
    out = Image.fromarray(im)
    scale = max_side / max(out.size)
    if scale < 1:
        out = out.resize((int(out.size[0] * scale), int(out.size[1] * scale)), Image.BILINEAR)
    return out


def jpeg_bytes(im, q):
    b = io.BytesIO(); im.save(b, "JPEG", quality=q, optimize=True); return b.getvalue()


def images_to_pdf(images_jpeg, sizes_mm, path):
    c = rl_canvas.Canvas(path, invariant=1)
    for jb, (w, h) in zip(images_jpeg, sizes_mm):
        c.setPageSize((w * MM, h * MM))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, w * MM, h * MM)
        c.showPage()
    c.save()


def render_doc(pages, path_noext, rendering, fmt, rng):
    """rendering: text|scan|photo; fmt: pdf|jpg|png|tif. Returns the written path."""
    if rendering == "text":
        p = path_noext + ".pdf"; render_pdf(pages, p); return p
    if rendering == "mixed":  # text-layer pages, the last (signature) page a scanned image
        im = degrade_scan(render_image(pages[-1], 170, rng), rng, grey=True)
        p = path_noext + ".pdf"; render_pdf(pages, p, {len(pages) - 1: jpeg_bytes(im, 62)}); return p
    dpi = rng.choice([150, 170, 200]) if rendering == "scan" else 150
    ims = []
    for pg in pages:
        im = render_image(pg, dpi if pg.w < 150 or pg.h < 150 or rendering == "scan" else dpi, rng)
        if rendering == "scan":
            im = degrade_scan(im, rng, grey=rng.random() < 0.7)
        elif rendering == "shot":
            pass
        else:
            im = degrade_photo(im, rng, max_side=rng.choice([1400, 1600, 1800]))
        ims.append(im)
    if fmt == "pdf":
        p = path_noext + ".pdf"
        images_to_pdf([jpeg_bytes(i.convert("RGB") if i.mode not in ("L", "RGB") else i, 62) for i in ims],
                      [(pg.w, pg.h) for pg in pages], p)
    elif fmt == "jpg":
        p = path_noext + ".jpg"
        with open(p, "wb") as f:
            f.write(jpeg_bytes(ims[0], 80 if rendering == "photo" else 70))
    elif fmt == "png":
        p = path_noext + ".png"; ims[0].save(p, optimize=True)
    elif fmt == "tif":
        p = path_noext + ".tif"
        bw = [i.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for i in ims]
        bw[0].save(p, compression="group4", save_all=True, append_images=bw[1:], dpi=(dpi, dpi))
    return p
