"""Page model (points, origin top-left) rendered either as a text-layer PDF (reportlab)
or as an image (PIL) that is then degraded into a scan or a phone photo."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.utils import ImageReader

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("wqy", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("zen", ZEN, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
A4 = (595.0, 842.0)
RED = (0.85, 0.08, 0.08)
BLUE = (0.1, 0.2, 0.65)


def sw(s, size, font="wqy"):
    return pdfmetrics.stringWidth(s, "wqy" if font == "STSong-Light" else font, size)


class Page:
    def __init__(self, size=A4, font="wqy", seed=0):
        self.w, self.h = size
        self.font = font
        self.ops = []
        self.rng = random.Random(seed)

    # primitives
    def text(self, x, y, s, size=10.5, color=(0, 0, 0), font=None, hand=False, anchor="l", sp=0.0):
        if s is None or s == "":
            return
        f = font or self.font
        if sp:
            w = sw(s, size, f) + sp * (len(s) - 1)
        else:
            w = sw(s, size, f)
        if anchor == "c":
            x = x - w / 2
        elif anchor == "r":
            x = x - w
        if hand:
            # handwriting-like: per-character jitter, blue ink, zen font
            cx = x
            for ch in s:
                j = self.rng.uniform(-1.2, 1.2)
                rot = self.rng.uniform(-6, 6)
                sz = size * self.rng.uniform(0.93, 1.1)
                self.ops.append(("ch", cx, y + j, ch, sz, color if color != (0, 0, 0) else BLUE, "zen", rot))
                cx += sw(ch, size, "zen") * self.rng.uniform(0.95, 1.12)
            return
        self.ops.append(("t", x, y, s, size, color, f, sp))

    def line(self, x1, y1, x2, y2, w=0.7, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.7, color=(0, 0, 0), fill=None):
        self.ops.append(("r", x, y, w, h, lw, color, fill))

    def seal(self, cx, cy, name, center="", r=42, color=RED, rot=None):
        rot = self.rng.uniform(-25, 25) if rot is None else rot
        self.ops.append(("seal", cx, cy, r, name, center, color, rot))

    def box_stamp(self, cx, cy, lines, color=RED):
        self.ops.append(("bstamp", cx, cy, lines, color))

    # helpers
    def center(self, y, s, size=16, **kw):
        self.text(self.w / 2, y, s, size, anchor="c", **kw)

    def wrap(self, s, width, size, font=None):
        f = font or self.font
        out, cur = [], ""
        for ch in s:
            if ch == "\n":
                out.append(cur)
                cur = ""
                continue
            if sw(cur + ch, size, f) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, width, s, size=10.5, lead=None, indent=True, **kw):
        lead = lead or size * 1.65
        if indent:
            s = "\u3000\u3000" + s
        for ln in self.wrap(s, width, size):
            self.text(x, y, ln, size, **kw)
            y += lead
        return y

    def table(self, x, y, cols, rows, rh=20, size=9.5, head=True, lw=0.6, align=None, hand_cols=(), bold_head=False):
        """cols: widths; rows: list of lists (None -> empty). Cells wrap. returns bottom y."""
        tot = sum(cols)
        for ri, row in enumerate(rows):
            # height
            lines = []
            for ci, cell in enumerate(row):
                s = "" if cell is None else str(cell)
                lines.append(self.wrap(s, cols[ci] - 6, size) if s else [])
            nl = max([len(l) for l in lines] + [1])
            h = max(rh, nl * size * 1.3 + 8)
            self.line(x, y, x + tot, y, lw)
            cx = x
            for ci, ls in enumerate(lines):
                ty = y + (h - len(ls) * size * 1.3) / 2 + size * 0.95
                for ln in ls:
                    a = (align[ci] if align else "l")
                    if ri == 0 and head:
                        a = "c"
                    if a == "c":
                        self.text(cx + cols[ci] / 2, ty, ln, size, anchor="c", hand=(ci in hand_cols and ri > 0))
                    elif a == "r":
                        self.text(cx + cols[ci] - 3, ty, ln, size, anchor="r", hand=(ci in hand_cols and ri > 0))
                    else:
                        self.text(cx + 3, ty, ln, size, hand=(ci in hand_cols and ri > 0))
                    ty += size * 1.3
                cx += cols[ci]
            y += h
        self.line(x, y, x + tot, y, lw)
        # verticals
        y0 = self._table_top = None
        return y

    def grid_table(self, x, y, cols, rows, rh=20, size=9.5, head=True, align=None, hand_cols=()):
        top = y
        ys = [y]
        tot = sum(cols)
        for ri, row in enumerate(rows):
            lines = []
            for ci, cell in enumerate(row):
                s = "" if cell is None else str(cell)
                lines.append(self.wrap(s, cols[ci] - 6, size) if s else [])
            nl = max([len(l) for l in lines] + [1])
            h = max(rh, nl * size * 1.3 + 8)
            cx = x
            for ci, ls in enumerate(lines):
                ty = y + (h - len(ls) * size * 1.3) / 2 + size * 0.95
                a = (align[ci] if align else "l")
                if ri == 0 and head:
                    a = "c"
                for ln in ls:
                    hd = ci in hand_cols and not (ri == 0 and head)
                    if a == "c":
                        self.text(cx + cols[ci] / 2, ty, ln, size, anchor="c", hand=hd)
                    elif a == "r":
                        self.text(cx + cols[ci] - 3, ty, ln, size, anchor="r", hand=hd)
                    else:
                        self.text(cx + 3, ty, ln, size, hand=hd)
                    ty += size * 1.3
                cx += cols[ci]
            y += h
            ys.append(y)
        for yy in ys:
            self.line(x, yy, x + tot, yy, 0.6)
        cx = x
        for c in [0] + cols:
            cx += c
            self.line(cx, top, cx, y, 0.6)
        return y


# ------------------------------------------------------------------ PDF (text layer)
def _rl_color(c, a=1.0):
    return c


def draw_pdf_page(cv, page):
    H = page.h
    for op in page.ops:
        k = op[0]
        if k == "t":
            _, x, y, s, size, color, f, sp = op
            cv.setFillColorRGB(*color)
            if sp:
                to = cv.beginText(x, H - y)
                to.setFont(f, size)
                to.setCharSpace(sp)
                to.textOut(s)
                cv.drawText(to)
            else:
                cv.setFont(f, size)
                cv.drawString(x, H - y, s)
        elif k == "ch":
            _, x, y, ch, size, color, f, rot = op
            cv.saveState()
            cv.setFillColorRGB(*color)
            cv.translate(x, H - y)
            cv.rotate(rot)
            cv.setFont(f, size)
            cv.drawString(0, 0, ch)
            cv.restoreState()
        elif k == "l":
            _, x1, y1, x2, y2, w, color = op
            cv.setStrokeColorRGB(*color)
            cv.setLineWidth(w)
            cv.line(x1, H - y1, x2, H - y2)
        elif k == "r":
            _, x, y, w, h, lw, color, fill = op
            cv.setStrokeColorRGB(*color)
            cv.setLineWidth(lw)
            if fill:
                cv.setFillColorRGB(*fill)
            cv.rect(x, H - y - h, w, h, stroke=1, fill=1 if fill else 0)
        elif k == "seal":
            _, cx, cy, r, name, center, color, rot = op
            cv.saveState()
            cv.setStrokeColorRGB(*color)
            cv.setFillColorRGB(*color)
            cv.setFillAlpha(0.75)
            cv.setStrokeAlpha(0.8)
            cv.translate(cx, H - cy)
            cv.rotate(rot)
            cv.setLineWidth(2.2)
            cv.circle(0, 0, r)
            # star
            pts = []
            for i in range(10):
                a = math.pi / 2 + i * math.pi / 5
                rr = r * 0.28 if i % 2 == 0 else r * 0.11
                pts.append((rr * math.cos(a), rr * math.sin(a)))
            p = cv.beginPath()
            p.moveTo(*pts[0])
            for q in pts[1:]:
                p.lineTo(*q)
            p.close()
            cv.drawPath(p, stroke=0, fill=1)
            n = len(name)
            span = min(250, 20 * n)
            fs = r * 0.36
            for i, ch in enumerate(name):
                a = 90 + span / 2 - (span * (i + 0.5) / n)
                ar = math.radians(a)
                cv.saveState()
                cv.translate((r - fs * 1.05) * math.cos(ar), (r - fs * 1.05) * math.sin(ar))
                cv.rotate(a - 90)
                cv.setFont("wqy", fs)
                cv.drawCentredString(0, -fs * 0.35, ch)
                cv.restoreState()
            if center:
                cv.setFont("wqy", r * 0.26)
                cv.drawCentredString(0, -r * 0.62, center)
            cv.restoreState()
        elif k == "bstamp":
            _, cx, cy, lines, color = op
            cv.saveState()
            cv.setStrokeColorRGB(*color)
            cv.setFillColorRGB(*color)
            cv.setFillAlpha(0.8)
            w = max(sw(l, 9) for l in lines) + 14
            h = len(lines) * 12 + 8
            cv.translate(cx, H - cy)
            cv.rotate(-6)
            cv.roundRect(-w / 2, -h / 2, w, h, 5, stroke=1, fill=0)
            cv.setFont("wqy", 9)
            for i, l in enumerate(lines):
                cv.drawCentredString(0, h / 2 - 14 - i * 12, l)
            cv.restoreState()


def write_pdf(path, pages, image_pages=None):
    """pages: list of Page; image_pages: dict index->PIL image to embed instead (mixed)."""
    image_pages = image_pages or {}
    cv = rl_canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    cv.setTitle("")
    for i, pg in enumerate(pages):
        cv.setPageSize((pg.w, pg.h))
        if i in image_pages:
            buf = io.BytesIO()
            image_pages[i].convert("RGB").save(buf, "JPEG", quality=70)
            buf.seek(0)
            cv.drawImage(ImageReader(buf), 0, 0, pg.w, pg.h)
        else:
            draw_pdf_page(cv, pg)
        cv.showPage()
    cv.save()


def write_image_pdf(path, images, sizes):
    cv = rl_canvas.Canvas(path, pagesize=sizes[0], invariant=1)
    for img, sz in zip(images, sizes):
        cv.setPageSize(sz)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        cv.drawImage(ImageReader(buf), 0, 0, sz[0], sz[1])
        cv.showPage()
    cv.save()


# ------------------------------------------------------------------ raster
_FC = {}


def _font(f, px):
    path = ZEN if f == "zen" else WQY
    key = (path, int(px))
    if key not in _FC:
        _FC[key] = ImageFont.truetype(path, max(6, int(px)), index=0)
    return _FC[key]


def _c255(c, a=255):
    return tuple(int(v * 255) for v in c) + (a,)


def raster(page, dpi=200):
    s = dpi / 72.0
    W, H = int(page.w * s), int(page.h * s)
    img = Image.new("RGBA", (W, H), (255, 255, 255, 255))
    d = ImageDraw.Draw(img)
    overlay = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    for op in page.ops:
        k = op[0]
        if k == "t":
            _, x, y, st, size, color, f, sp = op
            fnt = _font(f, size * s)
            asc = fnt.getmetrics()[0]
            if sp:
                cx = x
                for ch in st:
                    d.text((cx * s, y * s - asc), ch, font=fnt, fill=_c255(color))
                    cx += sw(ch, size, f) + sp
            else:
                d.text((x * s, y * s - asc), st, font=fnt, fill=_c255(color))
        elif k == "ch":
            _, x, y, ch, size, color, f, rot = op
            fnt = _font(f, size * s)
            asc = fnt.getmetrics()[0]
            tile = Image.new("RGBA", (int(size * s * 1.6), int(size * s * 1.6)), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((int(size * s * 0.3), int(size * s * 0.3)), ch, font=fnt, fill=_c255(color))
            tile = tile.rotate(rot, resample=Image.BICUBIC)
            img.alpha_composite(tile, (int(x * s - size * s * 0.3), int(y * s - asc - size * s * 0.3)))
        elif k == "l":
            _, x1, y1, x2, y2, w, color = op
            d.line((x1 * s, y1 * s, x2 * s, y2 * s), fill=_c255(color), width=max(1, int(w * s)))
        elif k == "r":
            _, x, y, w, h, lw, color, fill = op
            d.rectangle((x * s, y * s, (x + w) * s, (y + h) * s), outline=_c255(color),
                        fill=_c255(fill) if fill else None, width=max(1, int(lw * s)))
        elif k == "seal":
            _, cx, cy, r, name, center, color, rot = op
            R = int(r * s)
            size = 2 * R + 20
            tile = Image.new("RGBA", (size, size), (0, 0, 0, 0))
            td = ImageDraw.Draw(tile)
            col = _c255(color, 200)
            c0 = size / 2
            td.ellipse((c0 - R, c0 - R, c0 + R, c0 + R), outline=col, width=max(2, int(2.2 * s)))
            pts = []
            for i in range(10):
                a = -math.pi / 2 + i * math.pi / 5
                rr = R * 0.28 if i % 2 == 0 else R * 0.11
                pts.append((c0 + rr * math.cos(a), c0 + rr * math.sin(a)))
            td.polygon(pts, fill=col)
            n = len(name)
            span = min(250, 20 * n)
            fs = r * 0.36 * s
            fnt = _font("wqy", fs)
            for i, ch in enumerate(name):
                a = 90 + span / 2 - (span * (i + 0.5) / n)
                ar = math.radians(a)
                px = c0 + (R - fs * 1.05) * math.cos(ar)
                py = c0 - (R - fs * 1.05) * math.sin(ar)
                ct = Image.new("RGBA", (int(fs * 1.6), int(fs * 1.6)), (0, 0, 0, 0))
                ImageDraw.Draw(ct).text((fs * 0.3, fs * 0.2), ch, font=fnt, fill=col)
                ct = ct.rotate(a - 90, resample=Image.BICUBIC)
                tile.alpha_composite(ct, (int(px - ct.width / 2), int(py - ct.height / 2)))
            if center:
                f2 = _font("wqy", r * 0.26 * s)
                tw = td.textlength(center, font=f2)
                td.text((c0 - tw / 2, c0 + R * 0.45), center, font=f2, fill=col)
            tile = tile.rotate(rot, resample=Image.BICUBIC)
            # ink unevenness
            arr = np.array(tile)
            rng = np.random.default_rng(int(abs(cx * 7 + cy * 13)) % 10000)
            mask = rng.random(arr.shape[:2]) < 0.12
            arr[mask, 3] = (arr[mask, 3] * 0.3).astype(np.uint8)
            tile = Image.fromarray(arr)
            overlay.alpha_composite(tile, (int(cx * s - size / 2), int(cy * s - size / 2)))
        elif k == "bstamp":
            _, cx, cy, lines, color = op
            f2 = _font("wqy", 9 * s)
            w = (max(sw(l, 9) for l in lines) + 14) * s
            h = (len(lines) * 12 + 8) * s
            tile = Image.new("RGBA", (int(w + 10), int(h + 10)), (0, 0, 0, 0))
            td = ImageDraw.Draw(tile)
            td.rounded_rectangle((5, 5, w + 5, h + 5), radius=int(5 * s), outline=_c255(color, 210), width=max(2, int(s)))
            for i, l in enumerate(lines):
                tw = td.textlength(l, font=f2)
                td.text(((w + 10 - tw) / 2, 5 + 4 * s + i * 12 * s), l, font=f2, fill=_c255(color, 210))
            tile = tile.rotate(6, expand=True, resample=Image.BICUBIC)
            overlay.alpha_composite(tile, (int(cx * s - tile.width / 2), int(cy * s - tile.height / 2)))
    img.alpha_composite(overlay)
    return img.convert("RGB")


def degrade_scan(img, rng, grey=False):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    # paper tone + uneven light
    tone = rng.uniform(0.86, 0.97)
    yy, xx = np.mgrid[0:h, 0:w]
    grad = 1 - rng.uniform(0.02, 0.10) * (xx / w) - rng.uniform(0.0, 0.06) * (yy / h)
    a = a * tone * grad[..., None] + rng.uniform(2, 12)
    a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, rng.uniform(4, 10), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    ang = rng.uniform(-1.8, 1.8)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(int(235 * tone), int(235 * tone), int(232 * tone)))
    if grey:
        im = im.convert("L").convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(45, 70))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def degrade_photo(img, rng):
    import cv2
    a = np.asarray(img)
    h, w = a.shape[:2]
    # place on desk background, perspective
    bg_col = np.array([rng.randint(60, 120), rng.randint(50, 100), rng.randint(40, 80)], dtype=np.float32)
    pad = int(0.08 * w)
    W2, H2 = w + 2 * pad, h + 2 * pad
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.045, 0.045) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = np.empty((H2, W2, 3), np.float32)
    bg[:] = bg_col
    warped = cv2.warpPerspective(a, M, (W2, H2), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.uint8) * 255, M, (W2, H2))
    m = (mask[..., None] / 255.0)
    out = warped.astype(np.float32) * m + bg * (1 - m)
    # shadow / uneven light
    yy, xx = np.mgrid[0:H2, 0:W2]
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.2, 0.8) * H2
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W2, H2)
    light = 1.08 - 0.55 * dist
    if rng.random() < 0.6:
        sx = rng.uniform(0.3, 0.8) * W2
        light = light * np.where(xx > sx, rng.uniform(0.7, 0.85), 1.0)
    warm = np.array([1.0, rng.uniform(0.93, 0.99), rng.uniform(0.82, 0.92)], np.float32)
    out = out * light[..., None] * warm
    out += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.4)))
    scale = rng.uniform(0.55, 0.85)
    im = im.resize((int(im.width * scale), int(im.height * scale)), Image.BILINEAR)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(60, 82))
    buf.seek(0)
    return Image.open(buf).convert("RGB")
