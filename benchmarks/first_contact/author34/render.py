"""Layout (blocks -> pages) drawn into a text-layer PDF (reportlab) or an image, plus scan/photo degradation."""
import io, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab import rl_config

rl_config.invariant = 1
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
W, H, M = 595.0, 842.0, 62.0
_pil = {}


def pil_font(size):
    if size not in _pil:
        _pil[size] = ImageFont.truetype(FONT, size)
    return _pil[size]


def sw(s, size):
    return pdfmetrics.stringWidth(s, "wqy", size)


def wrap(s, size, width):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if sw(cur + ch, size) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


class PdfD:
    def __init__(self, path, font):
        self.c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setCreator("report"); self.c.setProducer("report"); self.c.setAuthor("")
        self.font = font

    def text(self, x, y, s, size, color=(0, 0, 0), angle=0, font=None):
        c = self.c
        c.saveState(); c.setFillColorRGB(*color); c.setFont(font or self.font, size)
        c.translate(x, H - y - size * 0.85)
        if angle:
            c.rotate(angle)
        c.drawString(0, 0, s); c.restoreState()

    def line(self, x1, y1, x2, y2, w=0.6, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color); self.c.setLineWidth(w); self.c.line(x1, H - y1, x2, H - y2)

    def seal(self, cx, cy, name, sub, r=44):
        c = self.c
        c.saveState(); red = (0.86, 0.12, 0.12)
        c.setStrokeColorRGB(*red); c.setFillColorRGB(*red); c.setStrokeAlpha(0.85); c.setFillAlpha(0.85)
        c.setLineWidth(2.2); c.circle(cx, H - cy, r)
        n = len(name); span = min(250.0, 22.0 * n); fs = max(7.0, min(11.0, 2 * math.pi * r * 0.62 * span / 360 / max(n, 1)))
        for i, ch in enumerate(name):
            a = 90 + span / 2 - (span * (i + 0.5) / n)
            rad = math.radians(a)
            x = cx + (r - fs - 1) * math.cos(rad); yy = (H - cy) + (r - fs - 1) * math.sin(rad)
            c.saveState(); c.translate(x, yy); c.rotate(a - 90); c.setFont("wqy", fs)
            c.drawCentredString(0, -fs * 0.35, ch); c.restoreState()
        c.setFont("wqy", 18); c.drawCentredString(cx, H - cy - 6, "★")
        if sub:
            c.setFont("wqy", 7.5); c.drawCentredString(cx, H - cy - r * 0.62, sub)
        c.restoreState()

    def page(self):
        self.c.showPage()

    def finish(self):
        self.c.save()


class ImgD:
    def __init__(self, dpi):
        self.dpi = dpi; self.k = dpi / 72.0; self.pages = []; self._new()

    def _new(self):
        self.im = Image.new("RGB", (int(W * self.k), int(H * self.k)), (255, 255, 255))
        self.d = ImageDraw.Draw(self.im); self.pages.append(self.im)

    def text(self, x, y, s, size, color=(0, 0, 0), angle=0, font=None):
        col = tuple(int(v * 255) for v in color)
        f = pil_font(max(6, int(size * self.k)))
        if angle:
            tw = int(sw(s, size) * self.k) + 10; th = int(size * self.k * 1.4)
            t = Image.new("RGBA", (tw, th), (0, 0, 0, 0)); ImageDraw.Draw(t).text((0, 0), s, font=f, fill=col + (255,))
            t = t.rotate(angle, expand=True, resample=Image.BICUBIC)
            self.im.paste(t, (int(x * self.k), int(y * self.k) - t.size[1] // 2), t)
        else:
            self.d.text((x * self.k, y * self.k), s, font=f, fill=col)

    def line(self, x1, y1, x2, y2, w=0.6, color=(0, 0, 0)):
        self.d.line([(x1 * self.k, y1 * self.k), (x2 * self.k, y2 * self.k)], fill=tuple(int(v * 255) for v in color), width=max(1, int(w * self.k)))

    def seal(self, cx, cy, name, sub, r=44):
        k = self.k; R = int(r * k); size = 2 * R + 8
        lay = Image.new("RGBA", (size, size), (0, 0, 0, 0)); d = ImageDraw.Draw(lay)
        red = (215, 35, 35, 205); c0 = size / 2
        d.ellipse([c0 - R, c0 - R, c0 + R, c0 + R], outline=red, width=max(2, int(2.2 * k)))
        n = len(name); span = min(250.0, 22.0 * n); fs = max(7.0, min(11.0, 2 * math.pi * r * 0.62 * span / 360 / max(n, 1)))
        f = pil_font(int(fs * k))
        for i, ch in enumerate(name):
            a = 90 + span / 2 - (span * (i + 0.5) / n); rad = math.radians(a)
            x = c0 + (R - fs * k - k) * math.cos(rad); y = c0 - (R - fs * k - k) * math.sin(rad)
            t = Image.new("RGBA", (int(fs * k * 1.5),) * 2, (0, 0, 0, 0))
            ImageDraw.Draw(t).text((t.size[0] / 2, t.size[1] / 2), ch, font=f, fill=red, anchor="mm")
            t = t.rotate(a - 90, resample=Image.BICUBIC)
            lay.alpha_composite(t, (int(x - t.size[0] / 2), int(y - t.size[1] / 2)))
        d.text((c0, c0), "★", font=pil_font(int(18 * k)), fill=red, anchor="mm")
        if sub:
            d.text((c0, c0 + R * 0.62), sub, font=pil_font(int(7.5 * k)), fill=red, anchor="mm")
        base = self.im.convert("RGBA"); base.alpha_composite(lay, (int(cx * k - c0), int(cy * k - c0)))
        self.im.paste(base.convert("RGB")); 

    def page(self):
        self._new()

    def finish(self):
        pass


def layout(dr, pages):
    """pages: list of block lists. Blocks are tuples; see docs.py."""
    for pi, blocks in enumerate(pages):
        if pi:
            dr.page()
        y = M
        for b in blocks:
            t = b[0]
            if t == "title":
                size = b[2] if len(b) > 2 else 18
                dr.text((W - sw(b[1], size)) / 2, y, b[1], size); y += size * 1.9
            elif t == "center":
                size = b[2] if len(b) > 2 else 10.5
                dr.text((W - sw(b[1], size)) / 2, y, b[1], size); y += size * 1.7
            elif t == "right":
                size = b[2] if len(b) > 2 else 10.5
                dr.text(W - M - sw(b[1], size), y, b[1], size); y += size * 1.7
            elif t == "p":
                size = b[2] if len(b) > 2 else 10.5
                indent = b[3] if len(b) > 3 else 2
                for i, ln in enumerate(wrap("\u3000" * indent + b[1], size, W - 2 * M)):
                    dr.text(M, y, ln, size); y += size * 1.75
            elif t == "kv":
                size = b[2] if len(b) > 2 else 10.5
                for lab, val in b[1]:
                    x0 = M; dr.text(x0, y, lab, size)
                    vx = x0 + max(sw(lab, size) + 4, 88)
                    for ln in wrap(val, size, W - M - vx):
                        dr.text(vx, y, ln, size); y += size * 1.7
            elif t == "table":
                rows, fr = b[1], b[2]; size = b[3] if len(b) > 3 else 9.5
                tw = W - 2 * M; xs = [M]
                for f in fr:
                    xs.append(xs[-1] + f * tw)
                dr.line(M, y, W - M, y)
                for row in rows:
                    cells = [wrap(str(c), size, (xs[i + 1] - xs[i]) - 6) for i, c in enumerate(row)]
                    h = max(len(c) for c in cells) * size * 1.45 + 8
                    for i, c in enumerate(cells):
                        for j, ln in enumerate(c):
                            dr.text(xs[i] + 3, y + 4 + j * size * 1.45, ln, size)
                    y += h; dr.line(M, y, W - M, y)
                top = y - sum(max(len(wrap(str(c), size, (xs[i + 1] - xs[i]) - 6)) for i, c in enumerate(r)) * size * 1.45 + 8 for r in rows)
                for x in xs:
                    dr.line(x, top, x, y)
                y += 8
            elif t == "sp":
                y += b[1]
            elif t == "hr":
                dr.line(M, y, W - M, y, w=1.6, color=b[1] if len(b) > 1 else (0, 0, 0)); y += 8
            elif t == "red":
                size = b[2] if len(b) > 2 else 22
                dr.text((W - sw(b[1], size)) / 2, y, b[1], size, color=(0.8, 0.1, 0.1)); y += size * 1.6
            elif t == "seal":
                dr.seal(b[2], y + b[3], b[1], b[4] if len(b) > 4 else "")
            elif t == "hand":
                dr.text(b[2], y + b[3], b[1], b[4] if len(b) > 4 else 13, color=(0.1, 0.15, 0.55), angle=b[5] if len(b) > 5 else 4)
            elif t == "two":
                size = b[3] if len(b) > 3 else 10.5
                left, right = b[1], b[2]; yy = y
                for ln in left:
                    dr.text(M, yy, ln, size); yy += size * 1.9
                y2 = y
                for ln in right:
                    dr.text(W / 2 + 10, y2, ln, size); y2 += size * 1.9
                y = max(yy, y2)
    dr.finish()


def text_pdf(path, pages, font="wqy"):
    layout(PdfD(path, font), pages)


def image_pdf(path, imgs, dpi):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    for im in imgs:
        bio = io.BytesIO(); im.save(bio, "JPEG", quality=72); bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, W, H); c.showPage()
    c.save()


def degrade_scan(im, rng, keep_colour=False):
    a = rng.uniform(-1.6, 1.6)
    g = im.convert("L")
    g = g.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=235)
    arr = np.asarray(g).astype(np.float32)
    arr = arr * 0.86 + 22 + np.random.RandomState(rng.randrange(1 << 30)).normal(0, 6, arr.shape)
    g = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if rng.random() < 0.5 and not keep_colour:
        return g
    # keep colour of seals: blend grey with original
    col = im.rotate(a, resample=Image.BICUBIC, fillcolor=(235, 235, 235))
    return Image.blend(col, g.convert("RGB"), 0.55)


def degrade_photo(im, rng):
    import cv2
    arr = np.asarray(im.convert("RGB")).astype(np.float32)
    h, w = arr.shape[:2]
    j = lambda: rng.uniform(0.01, 0.06)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[w * j(), h * j()], [w * (1 - j()), h * j()], [w * (1 - j() / 2), h * (1 - j())], [w * j() / 2, h * (1 - j() / 2)]])
    Mx = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(arr, Mx, (w, h), borderValue=(90, 80, 70))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.72 + 0.3 * (xx / w) * rng.uniform(0.6, 1.0) + 0.1 * (yy / h)
    if rng.random() < 0.6:
        light[:, : int(w * rng.uniform(0.15, 0.35))] *= 0.78
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9])
    out += np.random.RandomState(rng.randrange(1 << 30)).normal(0, 5, out.shape)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    sc = rng.uniform(0.6, 0.85)
    img = img.resize((int(w * sc), int(h * sc)), Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.6))
    return img


def render(path_noext, pages, rendering, fmt, rng, font="wqy"):
    """Returns the file path written."""
    if rendering == "text":
        p = path_noext + ".pdf"; text_pdf(p, pages, font); return p
    dpi = rng.choice([150, 170, 200]) if rendering == "scan" else 200
    d = ImgD(dpi); layout(d, pages)
    imgs = [degrade_scan(im, rng, fmt == "tif") if rendering == "scan" else degrade_photo(im, rng) for im in d.pages]
    if fmt == "pdf":
        p = path_noext + ".pdf"; image_pdf(p, imgs, dpi)
    elif fmt == "tif":
        p = path_noext + ".tif"
        imgs = [i.convert("RGB").split()[0].point(lambda v: 255 if v > 120 else 0).convert("1") for i in imgs]
        imgs[0].save(p, "TIFF", compression="group4", save_all=True, append_images=imgs[1:], dpi=(dpi, dpi))
    elif fmt == "png":
        p = path_noext + ".png"
        from PIL import ImageOps
        im0 = imgs[0].convert("L").filter(ImageFilter.MedianFilter(3))
        ImageOps.posterize(im0, 3).save(p, "PNG", optimize=False, dpi=(dpi, dpi))
    else:
        p = path_noext + ".jpg"; imgs[0].convert("RGB").save(p, "JPEG", quality=80, dpi=(dpi, dpi))
    return p
