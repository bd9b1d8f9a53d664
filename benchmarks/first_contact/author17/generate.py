#!/usr/bin/env python3
"""author17 — independent first-contact set, assessment cycle (考核周期 2024).

python generate.py --out data --seed N
Writes three submissions (clean / gaps / tricky) with ground truth. All names, codes,
accounts and amounts are invented. Written without ever seeing the product.
"""
import argparse, hashlib, io, json, math, os, random, shutil
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
import cv2
from PIL import Image
import pypdfium2 as pdfium
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('zh', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('zhm', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))

# ------------------------------------------------------------------ codes
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(code17):
    s = sum(USCC_CH.index(c) * w for c, w in zip(code17, USCC_W))
    return USCC_CH[(31 - s % 31) % 31]


def uscc_valid(code):
    return len(code) == 18 and all(c in USCC_CH for c in code) and uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, kind="91"):
    while True:
        body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i < 2 else "0123456789") for i in range(8))
        s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, ORG_W))
        c9 = 11 - s % 11
        c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
        code17 = kind + region + body + c9
        if all(c in USCC_CH for c in code17):
            return code17 + uscc_check(code17)


TJ_REG = {"120116": "天津市滨海新区", "120104": "天津市南开区", "120111": "天津市西青区",
          "120113": "天津市北辰区", "120110": "天津市东丽区", "120112": "天津市津南区",
          "120114": "天津市武清区", "120115": "天津市宝坻区", "120103": "天津市河西区",
          "120102": "天津市河东区", "120105": "天津市河北区", "120222": "天津市静海区"}
OUT_REG = {"110108": "北京市海淀区", "130102": "河北省石家庄市长安区", "130606": "河北省保定市莲池区",
           "370102": "山东省济南市历下区", "320505": "江苏省苏州市虎丘区", "131082": "河北省廊坊市三河市"}
ROADS = ["海泰发展六道", "黄海路", "津塘公路", "宏旺道", "兴华七支路", "新技术产业园区华苑产业区海泰西路",
         "滨海高新区塘沽海洋科技园新北路", "西青经济技术开发区赛达新兴产业园", "北辰科技园区高新大道",
         "东丽经济技术开发区二经路", "武清开发区福源道", "宝坻九园工业园区", "静海经济开发区北区"]

# ------------------------------------------------------------------ names
SYL1 = list("昀赟瑄翀婕泓睿瀚铂珩骁钰琨璟煜曦澜恒嘉诺拓科鑫瑞华源盛德泰宏祥兴达正通汇联晟昊坤铭锦岳")
SYL2 = ["精密机械", "智能装备", "汽车零部件", "新材料", "电子科技", "生物医药", "食品", "化工", "包装",
        "金属制品", "橡塑制品", "轴承", "模具", "电气设备", "纺织", "家具", "印刷", "阀门", "泵业",
        "医疗器械", "光电", "环保设备", "钢结构", "物流装备", "铝业", "线缆", "仪表", "液压"]


class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def firm(self, place="天津", suffix="有限公司"):
        while True:
            n = place + self.rng.choice(SYL1) + self.rng.choice(SYL1) + self.rng.choice(SYL2) + suffix
            if n not in self.used:
                self.used.add(n)
                return n

    def person(self):
        return self.rng.choice("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾") + \
            "".join(self.rng.choice("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰国庆建") for _ in range(self.rng.choice([1, 2])))


def phone(rng):
    return "1" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(9))


def account(rng, n=19):
    return "".join(rng.choice("0123456789") for _ in range(n))

# ------------------------------------------------------------------ money / dates
DIG = "零壹贰叁肆伍陆柒捌玖"


def dx(amount):
    """Chinese upper-case amount for a Decimal."""
    a = Decimal(amount).quantize(Decimal("0.01"))
    yuan = int(a)
    jiao = int(a * 10) % 10
    fen = int(a * 100) % 10

    def four(n):
        units = ["", "拾", "佰", "仟"]
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = True if s else False
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[d] + units[i]
        return s
    parts = []
    yi, wan, ge = yuan // 10 ** 8, yuan // 10 ** 4 % 10 ** 4, yuan % 10 ** 4
    s = ""
    if yi:
        s += four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += four(wan) + "万"
    elif yi and ge:
        s += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not s.endswith("零"):
            s += "零"
        s += four(ge)
    s = (s or "零") + "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    return s


def fmt(a):
    return "{:,.2f}".format(Decimal(a))


def y2(a):
    return "{:.2f}".format(Decimal(a))


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


CNUM = "〇一二三四五六七八九"


def cn_date_upper(d):
    y, m, dd = [int(x) for x in d.split("-")]
    def n2(v):
        if v < 10:
            return CNUM[v]
        if v < 20:
            return "十" + (CNUM[v % 10] if v % 10 else "")
        return CNUM[v // 10] + "十" + (CNUM[v % 10] if v % 10 else "")
    return "".join(CNUM[int(c)] for c in str(y)) + "年" + n2(m) + "月" + n2(dd) + "日"


def rdate(rng, m0=1, m1=12, y=2024):
    m = rng.randint(m0, m1)
    return f"{y}-{m:02d}-{rng.randint(1, 28):02d}"


def add_days(d, n):
    import datetime
    x = datetime.date.fromisoformat(d) + datetime.timedelta(days=n)
    return x.isoformat()

# ------------------------------------------------------------------ PDF flow renderer


class Flow:
    def __init__(self, path, size=A4, font="zh", margin=56):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.W, self.H = size
        self.m = margin
        self.font = font
        self.y = self.H - margin
        self.c.setFont(font, 10.5)

    def newpage(self):
        self.c.showPage()
        self.y = self.H - self.m

    def ensure(self, h):
        if self.y - h < self.m:
            self.newpage()

    def wrap(self, text, width, size, font=None):
        font = font or self.font
        lines = []
        for para in text.split("\n"):
            cur = ""
            for ch in para:
                if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    def title(self, text, size=17, gap=10, color=(0, 0, 0), font=None):
        font = font or self.font
        self.ensure(size + gap)
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawCentredString(self.W / 2, self.y - size, text)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= size + gap

    def p(self, text, size=10.5, indent=0, lead=1.55, align="left", first=0, color=(0, 0, 0), font=None):
        font = font or self.font
        width = self.W - 2 * self.m - indent
        self.c.setFillColorRGB(*color)
        for i, line in enumerate(self.wrap(text, width - (first if True else 0), size, font)):
            self.ensure(size * lead)
            self.c.setFont(font, size)
            x = self.m + indent + (first if i == 0 else 0)
            if align == "right":
                self.c.drawRightString(self.W - self.m, self.y - size, line)
            elif align == "center":
                self.c.drawCentredString(self.W / 2, self.y - size, line)
            else:
                self.c.drawString(x, self.y - size, line)
            self.y -= size * lead
        self.c.setFillColorRGB(0, 0, 0)

    def space(self, h):
        self.y -= h

    def hline(self, w=1.2, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(w)
        self.c.line(self.m, self.y, self.W - self.m, self.y)
        self.c.setStrokeColorRGB(0, 0, 0)
        self.c.setLineWidth(0.6)
        self.y -= 6

    def table(self, rows, widths=None, size=9.5, header=False, pad=4, grid=True, bold_first_col=False):
        tw = self.W - 2 * self.m
        ncol = max(len(r) for r in rows)
        if widths is None:
            widths = [1] * ncol
        tot = sum(widths)
        widths = [w * tw / tot for w in widths]
        self.c.setLineWidth(0.6)
        for ri, row in enumerate(rows):
            cells = [self.wrap(str(v), widths[i] - 2 * pad, size) for i, v in enumerate(row)]
            h = max(len(c) for c in cells) * size * 1.35 + 2 * pad
            if self.y - h < self.m:
                self.newpage()
            x = self.m
            for ci, lines in enumerate(cells):
                w = widths[ci] if len(row) == ncol else (tw - sum(widths[:len(row) - 1]) if ci == len(row) - 1 else widths[ci])
                if header and ri == 0:
                    self.c.setFillColorRGB(0.9, 0.9, 0.9)
                    self.c.rect(x, self.y - h, w, h, stroke=0, fill=1)
                    self.c.setFillColorRGB(0, 0, 0)
                if grid:
                    self.c.rect(x, self.y - h, w, h, stroke=1, fill=0)
                self.c.setFont(self.font, size)
                for li, ln in enumerate(lines):
                    self.c.drawString(x + pad, self.y - pad - size * (li + 1) * 1.35 + size * 0.3, ln)
                x += w
            self.y -= h

    def seal(self, text, x=None, y=None, r=42, center="★", sub=""):
        """Round red seal: characters around the ring (they end up in the text layer)."""
        x = x if x is not None else self.W - self.m - 90
        y = y if y is not None else self.y + 30
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.setLineWidth(2.2)
        c.circle(x, y, r, stroke=1, fill=0)
        n = len(text)
        span = min(250, 18 * n)
        fs = max(7, min(11, r * 0.27))
        for i, ch in enumerate(text):
            ang = math.radians(90 + span / 2 - (span * (i + 0.5) / n))
            cx, cy = x + (r - fs - 2) * math.cos(ang), y + (r - fs - 2) * math.sin(ang)
            c.saveState()
            c.translate(cx, cy)
            c.rotate(math.degrees(ang) - 90)
            c.setFont(self.font, fs)
            c.drawCentredString(0, -fs / 3, ch)
            c.restoreState()
        c.setFont(self.font, r * 0.45)
        c.drawCentredString(x, y - r * 0.15, center)
        if sub:
            c.setFont(self.font, fs)
            c.drawCentredString(x, y - r * 0.6, sub)
        c.restoreState()

    def hand(self, text, x, y, size=13, rng=None, color=(0.1, 0.15, 0.55)):
        """Handwriting-like: per-character jitter in size, baseline and angle."""
        rng = rng or random.Random(len(text))
        c = self.c
        c.saveState()
        c.setFillColorRGB(*color)
        cx = x
        for ch in text:
            s = size * rng.uniform(0.85, 1.15)
            c.saveState()
            c.translate(cx, y + rng.uniform(-2, 2))
            c.rotate(rng.uniform(-9, 9))
            c.setFont("zhm", s)
            c.drawString(0, 0, ch)
            c.restoreState()
            cx += pdfmetrics.stringWidth(ch, "zhm", s) * rng.uniform(0.9, 1.12)
        c.restoreState()

    def header_band(self, text, color=(0.1, 0.3, 0.6), h=28, size=12):
        c = self.c
        c.setFillColorRGB(*color)
        c.rect(0, self.H - h, self.W, h, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(self.font, size)
        c.drawString(18, self.H - h + (h - size) / 2 + 2, text)
        c.setFillColorRGB(0, 0, 0)
        self.y = min(self.y, self.H - h - 14)

    def save(self):
        self.c.showPage()
        self.c.save()

# ------------------------------------------------------------------ raster degradation


def render_pages(pdf_path, scale=1.55):
    doc = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=scale).to_pil().convert("RGB")
        out.append(pil)
    doc.close()
    return out


def degrade(img, rng, mode):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    nr = np.random.RandomState(rng.randint(0, 2 ** 31 - 1))
    if mode == "photo":
        # place on a darker "desk", perspective, uneven light
        pad = int(0.06 * w)
        bg = np.full((h + 2 * pad, w + 2 * pad, 3), [95 + nr.randint(40), 85 + nr.randint(40), 70 + nr.randint(30)], np.float32)
        bg[pad:pad + h, pad:pad + w] = a
        a = bg
        H2, W2 = a.shape[:2]
        j = lambda: nr.uniform(-0.035, 0.035) * W2
        src = np.float32([[0, 0], [W2, 0], [W2, H2], [0, H2]])
        dst = np.float32([[j() + pad * .5, j() + pad * .5], [W2 - pad * .5 + j(), j() + pad * .5],
                          [W2 - pad * .5 + j(), H2 - pad * .5 + j()], [j() + pad * .5, H2 - pad * .5 + j()]])
        M = cv2.getPerspectiveTransform(src, dst)
        a = cv2.warpPerspective(a, M, (W2, H2), borderMode=cv2.BORDER_REPLICATE)
        yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
        cx, cy = nr.uniform(0.2, 0.8) * W2, nr.uniform(0.2, 0.8) * H2
        light = 1.05 - 0.35 * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
        a = a * light[..., None] * np.array([1.0, 0.98, 0.92], np.float32)
        a = cv2.GaussianBlur(a, (0, 0), nr.uniform(0.7, 1.2))
        a += nr.normal(0, 6, a.shape).astype(np.float32)
        q = rng.randint(55, 75)
    else:
        ang = nr.uniform(-1.6, 1.6)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(245, 245, 242))
        a = a * 0.97 + 6
        a = cv2.GaussianBlur(a, (0, 0), nr.uniform(0.4, 0.8))
        a += nr.normal(0, 4, a.shape).astype(np.float32)
        # faint toner streak
        x0 = nr.randint(0, w)
        a[:, x0:x0 + 2] *= 0.93
        q = rng.randint(60, 82)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def rasterize(pdf_tmp, out_path, rng, mode, fmt_="pdf"):
    pages = render_pages(pdf_tmp, scale=1.5 if mode == "scan" else 1.35)
    if mode == "screen":
        imgs = pages
    else:
        imgs = [degrade(p, rng, mode) for p in pages]
    if fmt_ == "pdf":
        import datetime as _dt
        _t = __import__("time").strptime("2024-12-31 12:00:00", "%Y-%m-%d %H:%M:%S")
        imgs[0].save(out_path, "PDF", resolution=110.0, save_all=True, append_images=imgs[1:], creationDate=_t, modDate=_t)
    elif fmt_ == "png":
        imgs[0].save(out_path, "PNG", optimize=False)
    else:
        imgs[0].save(out_path, "JPEG", quality=rng.randint(70, 88))

# ------------------------------------------------------------------ submission model


FIELDS = ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]


class Sub:
    def __init__(self, name, seed, root):
        self.name = name
        self.rng = random.Random(seed)
        self.names = Names(self.rng)
        self.root = os.path.join(root, name)
        self.subdir = os.path.join(self.root, "submission")
        self.docs = []
        self.counter = 0
        self.tmp = os.path.join("/tmp/author17_scratch", f"{name}_{seed}")
        os.makedirs(self.tmp, exist_ok=True)

    def firm(self, tianjin=True, region=None, place=None):
        rng = self.rng
        if tianjin:
            reg = region or rng.choice(list(TJ_REG))
            nm = self.names.firm(place or "天津")
            addr = TJ_REG[reg] + rng.choice(ROADS) + f"{rng.randint(1, 199)}号"
        else:
            reg = region or rng.choice(list(OUT_REG))
            pl = place or OUT_REG[reg][:2]
            nm = self.names.firm(pl)
            addr = OUT_REG[reg] + rng.choice(["科技路", "创业大街", "工业园区纬三路", "开发区长江路"]) + f"{rng.randint(1, 299)}号"
        return {"name": nm, "uscc": make_uscc(rng, reg), "addr": addr, "reg": reg,
                "acct": account(rng), "bank": rng.choice(BANKS_TJ if tianjin else BANKS_OUT)}

    def fname(self, ext):
        self.counter += 1
        folder = self.rng.choice(["", "材料", "材料/补充", "附件", "扫描件", "2024考核"])
        stem = self.rng.choice(["doc", "scan", "附件", "IMG_2024", "微信图片_2024", "新建文件", "file"])
        rel = (folder + "/" if folder else "") + f"{stem}_{self.counter:03d}.{ext}"
        return rel

    def add(self, builder, doc_type, rendering, contract_no, fields, note, fmt_=None, page=A4):
        """builder(Flow) draws the document. rendering: text / scan / photo / screen(PNG)."""
        f = {k: None for k in FIELDS}
        f.update(fields)
        tmp = os.path.join(self.tmp, f"t{self.counter + 1}.pdf")
        fl = Flow(tmp, size=page)
        builder(fl)
        fl.save()
        npages = len(pdfium.PdfDocument(tmp))
        ext = fmt_ or ("pdf" if rendering in ("text", "scan") else "jpg")
        if rendering == "screen":
            ext = "png"
        if rendering == "scan" and npages == 1 and self.rng.random() < 0.3:
            ext = "jpg"
        if npages > 1 and ext != "pdf":
            ext = "pdf"
        rel = self.fname(ext)
        out = os.path.join(self.subdir, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if rendering == "text":
            shutil.copyfile(tmp, out)
        else:
            rasterize(tmp, out, self.rng, "scan" if rendering == "scan" else ("screen" if rendering == "screen" else "photo"), ext)
        rend = {"screen": "scan"}.get(rendering, rendering)
        self.docs.append({"path": rel, "doc_type": doc_type, "rendering": rend, "contract_no": contract_no,
                          "fields": f, "note": note})
        return rel

    def add_raw(self, data, ext, doc_type, rendering, contract_no, note):
        rel = self.fname(ext)
        out = os.path.join(self.subdir, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as fh:
            fh.write(data)
        self.docs.append({"path": rel, "doc_type": doc_type, "rendering": rendering, "contract_no": contract_no,
                          "fields": {k: None for k in FIELDS}, "note": note})
        return rel


BANKS_TJ = ["津沽银行滨海分行营业部", "海河农村商业银行西青支行", "渤瀛银行天津南开支行", "华北实业银行天津分行营业部",
            "津门商业银行北辰支行"]
BANKS_OUT = ["燕京银行中关村支行", "冀中银行石家庄裕华支行", "齐鲁商贸银行济南分行", "姑苏银行苏州高新支行"]

# ================================================================== genres
# Each gen_* function: (sub, ctx...) -> adds one document via sub.add(...)

def sig_block(f, left, right, date_text=None, lt="甲方（盖章）：", rt="乙方（盖章）：", seal_l=True, seal_r=True):
    f.space(10)
    f.ensure(120)
    y0 = f.y
    f.c.setFont(f.font, 10.5)
    f.c.drawString(f.m, y0 - 14, lt + left)
    f.c.drawString(f.W / 2 + 10, y0 - 14, rt + right)
    f.c.drawString(f.m, y0 - 40, "法定代表人或授权代表：")
    f.c.drawString(f.W / 2 + 10, y0 - 40, "法定代表人或授权代表：")
    if date_text:
        f.c.drawString(f.m, y0 - 66, date_text[0])
        f.c.drawString(f.W / 2 + 10, y0 - 66, date_text[1])
    if seal_l:
        f.seal(left, x=f.m + 120, y=y0 - 40, r=40, sub="合同专用章")
    if seal_r:
        f.seal(right, x=f.W / 2 + 130, y=y0 - 40, r=40, sub="合同专用章")
    f.y = y0 - 90


def gen_contract_prose(sub, A, c, rend):
    cu, amt = c["cust"], c["amount"]
    dep = (amt * Decimal("0.05")).quantize(Decimal("0.01"))
    pre = (amt * Decimal("0.3")).quantize(Decimal("0.01"))

    def b(f):
        f.p(f"合同编号：{c['no']}", size=10, align="right")
        f.title(c["cname"], 18)
        f.p(f"甲　　方：{cu['name']}")
        f.p(f"住　　所：{cu['addr']}")
        f.p(f"乙　　方：{A['name']}")
        f.p(f"住　　所：{A['addr']}")
        f.space(6)
        f.p(f"甲方因{c['scene']}需要，委托乙方提供智能制造系统解决方案的设计、实施与调试服务。双方经友好协商，依据《中华人民共和国民法典》，订立本合同，共同遵守。", first=21)
        f.p("第一条　服务内容", size=11)
        f.p(f"乙方负责{c['scene']}的方案设计、软硬件供货、安装调试、数据对接及人员培训，具体以附件《技术协议》为准。", first=21)
        f.p("第二条　合同价款", size=11)
        f.p(f"本合同总价款为人民币{dx(amt)}（￥{fmt(amt)}），含13%增值税及运输、安装、培训等全部费用。", first=21)
        f.p("第三条　付款方式", size=11)
        f.p(f"合同生效后十五个工作日内甲方支付预付款￥{fmt(pre)}；项目终验合格后甲方一次性向乙方支付剩余全部合同款。乙方应于签约时向甲方交纳履约保证金￥{fmt(dep)}，终验合格后无息退还。", first=21)
        f.p("第四条　违约责任", size=11)
        f.p("任何一方逾期履行的，每逾期一日按未履行部分金额的千分之五向对方支付违约金，累计不超过合同总价款的百分之十。", first=21)
        f.p("第五条　交付与验收", size=11)
        f.p(f"乙方应于{cn_date(c['deliver'])}前完成全部交付，并提请甲方组织验收。", first=21)
        f.p("第六条　其他", size=11)
        f.p("本合同一式肆份，双方各执贰份，经双方签字盖章后生效。", first=21)
        sig_block(f, cu["name"], A["name"], (f"签订日期：{cn_date(c['sign'])}", f"签订日期：{cn_date(c['sign'])}"))
    return sub.add(b, "contract", rend, c["no"], {"contract_no": c["no"], "amount_yuan": y2(amt), "date": c["sign"],
                   "customer": cu["name"]}, "文字合同：甲　　方 字距拉开；预付款、履约保证金、违约金为干扰金额；交付日期晚于签订日期")


def gen_contract_grid(sub, A, c, rend):
    cu, amt = c["cust"], c["amount"]

    def b(f):
        f.title(c["cname"], 18)
        f.p("（合同首页）", align="center", size=10)
        rows = [["合同编号", c["no"], "签订地点", "天津市" + TJ_REG.get(cu["reg"], "天津市")[3:]],
                ["需方（甲方）", cu["name"], "统一社会信用代码", cu["uscc"]],
                ["供方（乙方）", A["name"], "统一社会信用代码", A["uscc"]],
                ["项目名称", c["scene"] + "项目", "签订时间", cn_date(c["sign"])],
                ["合同总价（含税）", f"{dx(amt)}  ¥{fmt(amt)}", "计划工期", f"{c['days']}日历天"],
                ["付款节点", "预付30%，到货40%，终验合格后付清尾款", "质保期", "终验合格之日起12个月"]]
        f.table(rows, [1.1, 2.2, 1.1, 1.8], size=9.5)
        f.space(12)
        for i, t in enumerate(["合同组成文件：本合同首页、通用条款、专用条款、技术协议及报价清单。",
                               "需方负责提供现场条件及既有系统接口资料；供方负责方案设计、设备供货、软件部署、联调及培训。",
                               "项目完成后由需方组织验收，验收合格出具书面验收文件。",
                               "争议解决：协商不成的，提交需方所在地人民法院诉讼解决。"]):
            f.p(f"{i + 1}. {t}")
        sig_block(f, cu["name"], A["name"], None, lt="需方：", rt="供方：")
    return sub.add(b, "contract", rend, c["no"], {"contract_no": c["no"], "amount_yuan": y2(amt), "date": c["sign"],
                   "customer": cu["name"]}, "合同首页要素表：需方（甲方）/供方（乙方）；签订时间在表格内")


def gen_contract_reversed(sub, A, c, rend):
    cu, amt = c["cust"], c["amount"]
    items = c["items"]

    def b(f):
        f.title("工业互联网平台及智能产线集成合同", 17)
        f.p(f"合同号：{c['no']}　　　　签约日期：{c['sign'].replace('-', '.')}", size=10)
        f.p(f"甲方（供方）：{A['name']}")
        f.p(f"乙方（需方）：{cu['name']}")
        f.p("鉴于乙方拟实施" + c["scene"] + "，甲方具备相应的系统集成能力，双方就下列货物及服务达成一致：", first=21)
        rows = [["序号", "名称", "数量", "单价（元）", "金额（元）"]]
        for i, (n, q, u) in enumerate(items):
            rows.append([str(i + 1), n, str(q), fmt(u), fmt(u * q)])
        rows.append(["合计", f"人民币{dx(amt)}", "", "", fmt(amt)])
        f.table(rows, [0.6, 3, 0.7, 1.4, 1.5], header=True)
        f.space(6)
        f.p("付款：乙方于验收合格后30日内向甲方付清全部款项。甲方收款账户：" + A["bank"] + "，账号" + A["acct"] + "。")
        f.p("交货期：合同签订后90日内。逾期交货的，每日按合同额万分之三计付违约金。")
        sig_block(f, A["name"], cu["name"], None, lt="甲方（供方）：", rt="乙方（需方）：")
    return sub.add(b, "contract", rend, c["no"], {"contract_no": c["no"], "amount_yuan": y2(amt), "date": c["sign"],
                   "customer": cu["name"]}, "甲方（供方）为申报单位、乙方（需方）为客户：角色与甲乙顺序相反；总价仅在合计行")


def gen_acc_report(sub, A, c, rend, acc_date=None, result="passed", amount_override=None):
    cu = c["cust"]
    d = acc_date or c["acc"]
    amt = amount_override if amount_override is not None else c["amount"]

    def b(f):
        f.title(f"关于{c['scene']}项目的验收报告", 16)
        f.p(f"合同编号：{c['no']}", size=10)
        f.p(f"{cn_date(d)}，{cu['name']}在本单位会议室组织召开了“{c['scene']}项目”验收会。参加会议的有项目建设单位、实施单位{A['name']}及特邀专家，会议成立了验收小组（名单附后）。", first=21)
        f.p(f"验收小组听取了实施单位的项目总结汇报，查阅了技术文档，现场查看了系统运行情况。该项目合同金额{fmt(amt)}元，已按合同及技术协议完成全部建设内容，系统连续稳定运行满三个月，各项技术指标达到合同要求。", first=21)
        if result == "passed":
            f.p("经讨论，验收小组认为：项目资料齐全，功能完整，运行稳定，同意该项目通过验收。", first=21)
        else:
            f.p("经讨论，验收小组认为：设备联网率及数据采集准确率尚未达到技术协议约定值，暂不同意通过验收，请实施单位限期整改后重新申请验收。", first=21)
        f.space(6)
        f.table([["验收小组", "姓名", "单位", "职务/职称"],
                 ["组长", sub.names.person(), cu["name"], "副总经理"],
                 ["成员", sub.names.person(), cu["name"], "设备部部长"],
                 ["成员", sub.names.person(), "天津理工类高校（特邀）", "教授"]], [1, 1, 3, 1.4], header=True)
        f.space(20)
        f.p(f"建设单位（盖章）：{cu['name']}", align="right")
        f.p(f"验收日期：{cn_date(d)}", align="right")
        f.seal(cu["name"], x=f.W - f.m - 110, y=f.y + 40, r=42, sub="")
    return sub.add(b, "acceptance_report", rend, c["no"], {"contract_no": c["no"], "amount_yuan": y2(amt), "date": d,
                   "customer": cu["name"], "result": result}, "散文式验收报告，组织验收会；验收小组名单表")


def gen_acc_visa(sub, A, c, rend, acc_date=None):
    cu = c["cust"]
    d = acc_date or c["acc"]
    no = f"QZ-{d[:4]}-{sub.rng.randint(10, 99)}"

    def b(f):
        f.title("项目验收签证单", 18)
        f.p(f"签证编号：{no}", align="right", size=10)
        rows = [["项目名称", c["scene"] + "项目", "合同编号", c["no"]],
                ["建设单位", cu["name"], "承建单位", A["name"]],
                ["开工日期", cn_date(c["sign"]), "完工日期", cn_date(add_days(d, -12))],
                ["签证事由", "项目完工，申请竣工验收签证", "", ""],
                ["签证内容", "经建设单位组织设备、工艺、信息化相关人员现场逐项核验：数据采集点位、看板、工单管理等功能均按合同实现，系统运行稳定。同意验收，验收结论：合格。", "", ""],
                ["建设单位意见", "情况属实，同意签证。", "签证日期", cn_date(d)]]
        f.table(rows, [1.1, 2.4, 1, 1.8], size=9.5)
        f.space(30)
        f.p(f"建设单位（章）：{cu['name']}　　　　承建单位（章）：{A['name']}", size=9.5)
        f.seal(cu["name"], x=f.m + 130, y=f.y + 30, r=40)
        f.hand(sub.names.person(), f.m + 40, f.y - 20, rng=sub.rng)
    return sub.add(b, "acceptance_report", rend, c["no"], {"contract_no": c["no"], "date": d, "customer": cu["name"],
                   "result": "passed"}, "验收签证单（工程签证体例）：完工日期早于签证日期，验收日期即签证日期；无金额")


def gen_acc_handover(sub, A, c, rend, acc_date=None, hand_date=None):
    cu = c["cust"]
    d = acc_date or c["acc"]
    hd = hand_date or add_days(d, -20)

    def b(f):
        f.title("交 工 验 收 证 书", 20)
        f.p(f"项目法人：{cu['name']}", size=11)
        f.p(f"施工（实施）单位：{A['name']}", size=11)
        f.p(f"合同段/合同号：{c['no']}", size=11)
        f.space(6)
        f.table([["交工日期", cn_date(hd), "交工验收日期", cn_date(d)],
                 ["合同价（元）", fmt(c["amount"]), "质量评定", "合格"],
                 ["主要工程内容", c["scene"] + "：设备联网、边缘采集、MES 与能源管理模块部署", "", ""]], [1, 1.7, 1.1, 1.7])
        f.space(8)
        f.p("交工验收意见：", size=11)
        f.p(f"交工验收委员会经检查认为，该项目已按合同完成，资料完整，试运行期间无重大缺陷。同意交工验收，项目移交{cu['name']}使用管理。缺陷责任期自交工验收之日起计算。", first=21)
        f.space(30)
        f.p(f"项目法人（盖章）　　　　　　　　　施工单位（盖章）", size=10)
        f.seal(cu["name"], x=f.m + 80, y=f.y - 10, r=40)
        f.seal(A["name"], x=f.W - f.m - 120, y=f.y - 10, r=40)
        f.space(70)
    return sub.add(b, "acceptance_report", rend, c["no"], {"contract_no": c["no"], "amount_yuan": y2(c["amount"]), "date": d,
                   "customer": cu["name"], "result": "passed"}, "交工验收证书：交工日期与交工验收日期并列，取验收日期")


def gen_pay_ereceipt(sub, A, c, rend, amount, date, payer=None, cite=True):
    cu = c["cust"]
    payer = payer or cu
    bank = payer["bank"]

    def b(f):
        f.title(bank.split("银行")[0] + "银行  单位客户电子回单", 15)
        f.p(f"回单编号：{sub.rng.randint(10**11, 10**12)}　　记账日期：{date}　　打印次数：1", size=9)
        rows = [["付款方", "户名", payer["name"], "收款方", "户名", A["name"]],
                ["", "账号", payer["acct"], "", "账号", A["acct"]],
                ["", "开户行", payer["bank"], "", "开户行", A["bank"]],
                ["金额（大写）", dx(amount), "", "金额（小写）", "CNY " + fmt(amount), ""],
                ["摘要", "货款", "", "用途", (f"{c['no']}合同款" if cite else "项目款"), ""],
                ["交易流水号", str(sub.rng.randint(10**15, 10**16)), "", "交易时间", date + f" {sub.rng.randint(9, 16):02d}:{sub.rng.randint(0, 59):02d}:{sub.rng.randint(0, 59):02d}", ""]]
        f.table(rows, [0.9, 0.7, 2.4, 0.9, 0.7, 2.4], size=8.5)
        f.space(10)
        f.p("本回单仅作为已发生交易的凭证，不作为收款方发货依据。可通过回单验证码在本行门户网站核验。", size=8)
        f.seal(bank.split("银行")[0] + "银行电子回单专用章", x=f.W - f.m - 80, y=f.y - 20, r=38)
        f.space(70)
    return sub.add(b, "payment_proof", rend, c["no"], {"contract_no": c["no"] if cite else None, "amount_yuan": y2(amount),
                   "date": date, "payer": payer["name"], "payee": A["name"]}, "银行电子回单（付款方/收款方左右两栏）")


def gen_pay_cashier(sub, A, c, rend, amount, date, payer=None):
    cu = c["cust"]
    payer = payer or cu

    def b(f):
        f.title(payer["bank"].split("银行")[0] + "银行　本　票", 18, color=(0.55, 0.1, 0.1))
        f.p(f"出票日期（大写）：{cn_date_upper(date)}　　　　　本票号码：{sub.rng.randint(10**7, 10**8)}", size=10)
        f.table([["收款人", A["name"], "申请人", payer["name"]],
                 ["出票金额", "人民币（大写）" + dx(amount), "小写", "¥" + fmt(amount)],
                 ["转账", "☑", "现金", "☐"],
                 ["备注", f"{c['no']} 项目款", "付款期限", "自出票之日起贰个月"]], [1, 2.8, 0.8, 1.8], size=9.5)
        f.space(16)
        f.p("出票行签章　　　　　　　　　　　　　　复核　　　　　　经办", size=10)
        f.seal(payer["bank"][:10] + "本票专用章", x=f.m + 80, y=f.y - 10, r=36)
        f.space(50)
        f.p("（复印件，与原件核对无误）", size=9, align="right")
    return sub.add(b, "payment_proof", rend, c["no"], {"contract_no": c["no"], "amount_yuan": y2(amount), "date": date,
                   "payer": payer["name"], "payee": A["name"]}, "银行本票复印件：申请人为付款人，出票日期为票据大写")


def gen_pay_screen(sub, A, c, amount, date, payer=None):
    cu = c["cust"]
    payer = payer or cu

    def b(f):
        f.header_band("企业网上银行  >  转账汇款  >  交易明细查询  >  详情", (0.75, 0.12, 0.12))
        f.p("交易状态：● 交易成功", size=12, color=(0.1, 0.5, 0.1))
        f.space(4)
        f.table([["交易时间", f"{date} {sub.rng.randint(9, 17):02d}:{sub.rng.randint(0, 59):02d}"],
                 ["付款账户名称", payer["name"]], ["付款账号", payer["acct"][:4] + " **** **** " + payer["acct"][-4:]],
                 ["收款账户名称", A["name"]], ["收款账号", A["acct"]], ["收款银行", A["bank"]],
                 ["交易金额", "¥" + fmt(amount)], ["手续费", "5.50"],
                 ["附言", f"付{c['no']}合同款"], ["网银流水号", "E" + str(sub.rng.randint(10**13, 10**14))]],
                [1, 3], size=10.5, grid=False)
        f.space(10)
        f.p("[ 打印回单 ]   [ 返回 ]", size=10, color=(0.2, 0.3, 0.7))
    return sub.add(b, "payment_proof", "screen", c["no"], {"contract_no": c["no"], "amount_yuan": y2(amount), "date": date,
                   "payer": payer["name"], "payee": A["name"]}, "网银交易详情截图 PNG：手续费5.50为干扰金额；付款账号掩码",
                   page=(560, 520))


def gen_proc_bid(sub, A, c, rend):
    cu = c["cust"]
    d = c["proc"]

    def b(f):
        f.title("中 标 通 知 书", 20)
        f.p(f"{A['name']}：", size=11)
        f.p(f"我单位（{cu['name']}）“{c['scene']}项目”（招标编号：ZB-{d[:4]}-{sub.rng.randint(100, 999)}）于{cn_date(add_days(d, -7))}开标。经评标委员会评审并经我单位确认，贵单位为中标人。", first=21)
        f.p(f"中标价：人民币{dx(c['amount'])}（¥{fmt(c['amount'])}）。", first=21)
        f.p("请贵单位在本通知书发出之日起三十日内，与我单位签订书面合同。投标保证金将于合同签订后五个工作日内退还。", first=21)
        f.space(30)
        f.p(f"招标人：{cu['name']}", align="right")
        f.p(cn_date(d), align="right")
        f.seal(cu["name"], x=f.W - f.m - 100, y=f.y + 30, r=42)
    return sub.add(b, "procurement_proof", rend, c["no"], {"amount_yuan": y2(c["amount"]), "date": d, "customer": cu["name"]},
                   "中标通知书（本单位措辞），开标日期在正文中为干扰日期")


def gen_proc_select(sub, A, c, rend):
    cu = c["cust"]
    d = c["proc"]

    def b(f):
        f.p(cu["name"], size=15, align="center", color=(0.8, 0.1, 0.1))
        f.hline(1.5, (0.8, 0.1, 0.1))
        f.title("供应商选定通知函", 15)
        f.p(f"{A['name']}：", size=11)
        f.p(f"我公司{c['scene']}项目采用竞争性磋商方式采购，共有三家供应商参与报价。经磋商小组评审、公司采购领导小组审定，确定贵公司为该项目成交供应商，成交金额为{fmt(c['amount'])}元（大写：{dx(c['amount'])}）。", first=21)
        f.p(f"请于收到本函后与我公司采购部联系签订合同事宜，合同编号预留为{c['no']}。", first=21)
        f.space(24)
        f.p(f"{cu['name']}采购部", align="right")
        f.p(cn_date(d), align="right")
        f.seal(cu["name"], x=f.W - f.m - 100, y=f.y + 30, r=42)
    return sub.add(b, "procurement_proof", rend, c["no"], {"contract_no": c["no"], "amount_yuan": y2(c["amount"]), "date": d,
                   "customer": cu["name"]}, "红头供应商选定通知函（竞争性磋商）")


def gen_other_deposit(sub, A, c, rend):
    cu = c["cust"]
    dep = (c["amount"] * Decimal("0.05")).quantize(Decimal("0.01"))

    def b(f):
        f.title("收　款　收　据", 16)
        f.p(f"No. {sub.rng.randint(1000000, 9999999)}　　　　日期：{cn_date(add_days(c['sign'], 3))}", size=10)
        f.table([["交款单位", A["name"]], ["收款事由", f"{c['no']}合同履约保证金"],
                 ["金额（大写）", dx(dep)], ["小写", "¥" + fmt(dep)]], [1, 4])
        f.p(f"收款单位（财务专用章）：{cu['name']}　　经手人：", size=10)
        f.seal(cu["name"], x=f.m + 220, y=f.y - 20, r=38, sub="财务专用章")
        f.space(60)
    return sub.add(b, "other", rend, c["no"], {}, "履约保证金收据：客户收款、申报单位付款，方向与付款证明相反，金额为干扰")


def gen_sub_data(sub, A, s, rend):
    sp = s["firm"]

    def b(f):
        f.p(f"协议编号：{s['no']}", align="right", size=10)
        f.title("工业视觉数据标注与算法训练服务分包协议", 16)
        f.p(f"服务需求方（甲方）：{A['name']}　　统一社会信用代码：{A['uscc']}")
        f.p(f"服务承接方（乙方）：{sp['name']}　　统一社会信用代码：{sp['uscc']}")
        f.p(f"乙方地址：{sp['addr']}")
        f.space(4)
        f.p("甲方承担的客户智能质检项目中，缺陷图像标注、模型训练与现场部署调优工作由乙方承接。乙方不得将本协议项下工作再行转包。", first=21)
        f.p("一、工作量：标注图像约12万张，交付缺陷检测模型3套，准确率≥98.5%。")
        f.p(f"二、分包价款：本协议分包总价为人民币{dx(s['amount'])}（小写：{fmt(s['amount'])}元），其中不含税价{fmt((s['amount'] / Decimal('1.06')).quantize(Decimal('0.01')))}元，增值税税率6%。")
        f.p("三、结算：按月确认工作量，验收合格后15日内支付。")
        f.p("四、保密：乙方对甲方及其客户的图像数据负有保密义务，保密期五年。")
        f.p(f"五、本协议自双方签章之日起生效。签署日期：{cn_date(s['date'])}。")
        sig_block(f, A["name"], sp["name"], None, lt="甲方：", rt="乙方：")
    return sub.add(b, "subcontract", rend, None, {"contract_no": s["no"], "amount_yuan": y2(s["amount"]), "date": s["date"],
                   "customer": A["name"]}, "数据标注与算法训练服务分包协议：服务需求方（甲方）/服务承接方（乙方）；不含税价为干扰")


def gen_sub_cabinet(sub, A, s, rend):
    sp = s["firm"]

    def b(f):
        f.title("电气控制柜成套制作专业分包合同", 16)
        f.table([["合同编号", s["no"], "签订日期", cn_date(s["date"])],
                 ["总承包单位", A["name"], "信用代码", A["uscc"]],
                 ["专业分包单位", sp["name"], "信用代码", sp["uscc"]],
                 ["分包单位地址", sp["addr"], "", ""],
                 ["分包内容", "PLC 控制柜、配电柜、远程 IO 柜共 26 面的设计、制作、出厂试验及现场配合", "", ""],
                 ["分包合同价", f"¥{fmt(s['amount'])}（{dx(s['amount'])}）", "", ""],
                 ["工期", "签订后60日内到货", "质保", "24个月"]], [1.1, 2.5, 0.9, 1.8], size=9.5)
        f.space(8)
        f.p("说明：本分包合同属总承包项目中专业工程的分包，总承包单位对分包工程质量向业主负责；分包单位对总承包单位负责。")
        sig_block(f, A["name"], sp["name"], None, lt="总承包单位：", rt="专业分包单位：")
    return sub.add(b, "subcontract", rend, None, {"contract_no": s["no"], "amount_yuan": y2(s["amount"]), "date": s["date"],
                   "customer": A["name"]}, "专业分包合同要素表：总承包单位/专业分包单位（无甲乙字样）")


# ---------------- meetings

def signin_rows(m, rng, style):
    rows = []
    for i, a in enumerate(m["attendees"]):
        ident = a["uscc"] if (style == "code" or (style == "mix" and i % 3 != 1)) else a["addr"]
        rows.append([str(i + 1), a["name"], ident, a["person"], a["phone"][:3] + "****" + a["phone"][-4:]])
    return rows


def draw_signin(f, m, rng, title="参会单位签到表", style="mix", handcol=True):
    f.title(title, 15)
    f.p(f"会议名称：{m['name']}　　时间：{cn_date(m['date'])}　　地点：{m['place']}", size=9.5)
    rows = [["序号", "单位名称", "统一社会信用代码 / 地址", "参会人", "联系电话"]] + signin_rows(m, rng, style)
    y_top = f.y
    f.table(rows, [0.5, 2.8, 2.6, 0.8, 1.2], size=8.5, header=True)
    if handcol:
        # handwritten names over the 参会人 column
        pass


def gen_meet_minutes(sub, A, m, rend):
    def b(f):
        f.title(m["name"], 15)
        f.title("会 议 纪 要", 13)
        f.p(f"时间：{cn_date(m['date'])} 14:00—17:00")
        f.p(f"地点：{m['place']}")
        f.p(f"主办：{A['name']}　　主持：{sub.names.person()}")
        f.p(f"本次交流会围绕“{m['topic']}”主题，邀请天津市{len(m['attendees'])}余家制造企业参加。{A['name']}介绍了在{m['topic']}方面的典型案例，与会企业就设备联网、数据治理、投入产出等问题进行了交流。", first=21)
        f.p("会议形成以下共识：一、建立常态化供需对接机制；二、由主办单位为有需求的企业提供免费诊断；三、下次交流会拟于两个月后召开。", first=21)
        f.p("附：参会单位签到表", size=10)
        f.newpage()
        draw_signin(f, m, sub.rng)
    return sub.add(b, "meeting_record", rend, None, {"date": m["date"], "title": m["name"]}, "会议纪要 + 签到表（第2页），代码与地址混排")


def gen_meet_visitor(sub, A, m, rend):
    def b(f):
        f.title(f"{A['name']}", 13)
        f.title(m["name"] + "活动情况说明", 14)
        f.p(f"{cn_date(m['date'])}，我公司在{m['place']}举办“{m['name']}”，组织天津市制造企业参观数字化车间，并就{m['topic']}开展经验交流。参观企业在门卫处逐一登记，登记簿复印附后。", first=21)
        f.newpage()
        f.title("来 访 人 员 登 记 簿", 15)
        f.p(f"日期：{m['date'].replace('-', '/')}　　事由：{m['name']}", size=9.5)
        rows = [["序号", "来访单位", "单位地址/信用代码", "姓名", "进厂时间", "离厂时间"]]
        for i, a in enumerate(m["attendees"]):
            rows.append([str(i + 1), a["name"], a["addr"] if i % 2 else a["uscc"], "", "13:" + f"{10 + i:02d}", "17:05"])
        y0 = f.y
        f.table(rows, [0.5, 2.6, 2.6, 0.8, 0.8, 0.8], size=8, header=True)
        # handwritten visitor names in the 姓名 column
        tw = f.W - 2 * f.m
        x = f.m + tw * (0.5 + 2.6 + 2.6) / 8.1 + 4
        rowh = (y0 - f.y) / len(rows)
        for i, a in enumerate(m["attendees"]):
            f.hand(a["person"], x, y0 - rowh * (i + 1.75), size=10, rng=sub.rng)
    return sub.add(b, "meeting_record", rend, None, {"date": m["date"], "title": m["name"]},
                   "标杆工厂开放日来访登记簿（门卫登记，手写姓名），第1页为活动说明")


def gen_meet_handbook(sub, A, m, rend):
    def b(f):
        f.space(160)
        f.title(m["name"], 20)
        f.title("会 议 手 册", 26)
        f.space(180)
        f.p(f"主办单位：{A['name']}", align="center")
        f.p(f"{cn_date(m['date'])}　·　{m['place']}", align="center")
        f.newpage()
        f.title("会议议程", 15)
        f.table([["时间", "内容", "发言人"], ["13:30—14:00", "签到", ""],
                 ["14:00—14:40", f"{m['topic']}典型案例分享", sub.names.person()],
                 ["14:40—15:30", "参会企业交流发言", "各参会企业"],
                 ["15:30—16:30", "现场观摩与答疑", A["name"]]], [1.2, 3, 1.5], header=True)
        f.space(10)
        f.p("会务须知：请参会代表于签到处签到并领取资料；会场禁止吸烟。", size=9)
        f.newpage()
        draw_signin(f, m, sub.rng, title="现场签到表", style="code")
    return sub.add(b, "meeting_record", rend, None, {"date": m["date"], "title": m["name"]},
                   "会议手册（封面、议程、现场签到表），多页；会议名称只在封面")


def gen_meet_oa(sub, A, m):
    def b(f):
        f.header_band("协同办公平台 · 会议管理 · 会议详情", (0.12, 0.45, 0.35))
        f.table([["会议主题", m["name"]], ["会议时间", f"{m['date']} 09:30 ~ 11:30"], ["会议地点", m["place"]],
                 ["组织部门", A["name"] + " 市场部"], ["会议状态", "已结束"]], [1, 4], size=9.5, grid=False)
        f.p("参会单位（签到情况）", size=11)
        rows = [["#", "单位", "统一社会信用代码", "签到"]]
        for i, a in enumerate(m["attendees"]):
            rows.append([str(i + 1), a["name"], a["uscc"], "已签到 " + f"09:{10 + i:02d}"])
        f.table(rows, [0.4, 3, 2.2, 1.2], size=8.5, header=True)
    return sub.add(b, "meeting_record", "screen", None, {"date": m["date"], "title": m["name"]},
                   "OA 会议管理系统会议详情截图 PNG，参会单位带签到时间", page=(620, 760))


def gen_meet_news(sub, A, m, rend):
    def b(f):
        f.header_band("天津市某区工业和信息化局  >  工作动态", (0.15, 0.25, 0.55), size=10)
        f.title(f"{A['name'][:-4]}成功举办{m['name']}", 13)
        f.p(f"发布时间：{m['date']} 18:32　　来源：企业服务科　　浏览次数：{sub.rng.randint(100, 999)}", size=8.5, align="center")
        f.p(f"{cn_date(m['date'])}下午，{m['name']}在{m['place']}举行。活动由{A['name']}承办，围绕{m['topic']}进行深入交流。来自全市的{len(m['attendees'])}家企业代表参加活动。", first=21)
        f.p("与会代表表示，此次交流会针对性强，对推动企业智能化改造具有积极作用。（附件：签到表）", first=21)
        f.newpage()
        draw_signin(f, m, sub.rng, title="附件：签到表", style="addr")
    return sub.add(b, "meeting_record", rend, None, {"date": m["date"], "title": m["name"]},
                   "区工信局网站工作动态网页打印 + 附件签到表（地址列）")


# ---------------- diagnoses

SOL_HEADINGS = ["解决方案", "系统解决方案建议", "改进路线与实施方案", "整改及智能化提升方案", "下一步工作建议"]


def gen_diag(sub, A, dg, rend):
    g = dg["genre"]
    cu = dg["firm"]
    sol = dg["solution"]
    title = dg["report"]

    def b(f):
        if g == "ordinary":
            f.title(title, 15)
            f.p(f"诊断企业：{cu['name']}　　诊断日期：{cn_date(dg['date'])}", size=10)
            f.p("一、企业基本情况", size=11)
            f.p(f"{cu['name']}主营{cu['name'][4:-4]}产品，现有生产线4条，设备以单机自动化为主，ERP 已上线，车间层缺少数据采集。", first=21)
            f.p("二、存在的主要问题", size=11)
            f.p("1.设备状态靠人工抄表，停机原因无法追溯；2.质量数据纸质记录；3.计划排产依赖经验。")
            if sol:
                f.p("三、系统解决方案建议", size=11)
                f.p("部署设备物联采集网关与轻量化 MES，打通 ERP 工单；建设质量追溯模块；分两期实施，预计 OEE 提升 8%。", first=21)
        elif g == "spc":
            f.title(title, 15)
            f.table([["受诊断单位", cu["name"]], ["诊断日期", cn_date(dg["date"])], ["诊断方式", "现场抽样 + 数据分析"]], [1, 3])
            f.p("1. 过程能力分析（关键工序）", size=11)
            f.table([["工序", "特性", "样本量", "Cpk", "判定"], ["精车", "外径 Φ32±0.02", "125", "0.87", "不足"],
                     ["热处理", "硬度 HRC58-62", "100", "1.12", "勉强"], ["磨削", "圆度 ≤0.005", "125", "1.41", "充分"]],
                    [1, 2, 1, 0.8, 0.8], header=True)
            f.p("2. 问题：检验数据未实时采集，SPC 控制图事后手工绘制，异常发现滞后约 1 班次。")
            if sol:
                f.p("3. 改进方案", size=11)
                f.p("在精车、热处理工序部署在线量仪与 SPC 软件，超差自动报警并联动停机；建立质量数据中心。", first=21)
        elif g == "memo":
            f.p("咨 询 备 忘 录", size=16, align="center")
            f.hline()
            f.table([["致", cu["name"] + " 总经理办公室"], ["发自", A["name"] + " 咨询服务部"],
                     ["日期", dg["date"]], ["事由", title]], [0.8, 4], grid=False)
            f.hline(0.6)
            f.p(f"根据贵司要求，我部于{cn_date(dg['date'])}对贵司 MES 选型需求进行了现场诊断，现将结论备忘如下：", first=21)
            f.p("（一）现状：三家候选软件的功能清单与贵司工艺匹配度分别为 62%、71%、55%；车间网络未覆盖。")
            f.p("（二）问题：需求未区分必选与可选；缺少设备接口清单。")
            if sol:
                f.p("（三）建议实施路径：先行完成车间工业网络改造，按“工单—报工—质检”最小闭环选型，第一阶段上线 3 个月后再扩展设备管理模块。")
        elif g == "interview":
            f.title(title, 15)
            f.p(f"访谈对象：{cu['name']} 生产副总、设备主管　　访谈时间：{cn_date(dg['date'])}", size=10)
            for q, a in [("目前生产计划如何下达？", "每周例会定计划，Excel 下发到班组。"),
                         ("设备停机如何统计？", "班组长手写交接记录，月底汇总。"),
                         ("最希望解决的问题？", "交期不准，插单后计划全乱。")]:
                f.p("问：" + q)
                f.p("答：" + a, indent=14)
            if sol:
                f.p("诊断结论与解决方案", size=11)
                f.p("引入有限产能排程（APS）与电子看板，先对瓶颈工序建模；设备停机采用扫码报修，数据进入排程约束。", first=21)
        elif g == "safety":
            f.title(title, 15)
            f.p(f"被诊断企业：{cu['name']}　　日期：{dg['date']}", size=10)
            f.table([["风险点", "风险等级", "现状"], ["危化品库房", "较大风险", "温湿度人工巡检"],
                     ["涂装线", "一般风险", "VOC 浓度无在线监测"], ["叉车作业区", "一般风险", "无人车分离"]], [2, 1, 3], header=True)
            if sol:
                f.p("整改及智能化提升方案", size=11)
                f.p("库房加装温湿度与可燃气体在线监测并接入安全管理平台；涂装线 VOC 在线监测；叉车加装 UWB 防碰撞。", first=21)
            else:
                f.p("以上问题已向企业反馈。", first=21)
        elif g == "bilingual":
            f.title("智能制造诊断报告 Smart Manufacturing Diagnostic Report", 13)
            f.table([["服务对象 Client", cu["name"]], ["诊断日期 Date", dg["date"]], ["报告名称 Report", title]], [1.3, 3])
            f.p("Findings 主要发现: manual changeover records; no traceability from coil to finished part. 换型记录手工填写，卷料至成品无追溯。")
            if sol:
                f.p("Recommendations 解决方案建议: deploy barcode-based traceability and SMED digital checklist. 部署条码追溯系统与快速换型电子点检表。")
        elif g == "tick":
            f.title(title, 15)
            f.p(f"企业名称：{cu['name']}", size=11)
            f.p(f"诊断日期：{cn_date(dg['date'])}", size=11)
            for it in ["☑ 设备联网率低于30%", "☑ 生产数据人工记录", "☐ 已有 MES 系统", "☑ 能耗未分项计量", "☐ 已通过两化融合贯标"]:
                f.p(it)
            f.p("建议措施：" if sol else "备注：", size=11)
            y = f.y - 10
            txt = "先上设备数采和能耗分项计量，再做轻量MES" if sol else "企业暂无改造计划"
            f.hand(txt, f.m + 20, y, size=13, rng=sub.rng)
            f.space(40)
        f.space(16)
        f.p(f"诊断单位：{A['name']}", align="right", size=10)
        if g != "memo":
            f.p(f"日期：{cn_date(dg['date'])}", align="right", size=10)
        f.seal(A["name"], x=f.W - f.m - 100, y=f.y + 20, r=40)
    return sub.add(b, "diagnosis_report", rend, None, {"date": dg["date"], "customer": cu["name"], "title": title},
                   DIAG_NOTES[g] + ("" if sol else "；无解决方案部分（planted）"))


DIAG_NOTES = {"ordinary": "免费诊断报告（本作者措辞）", "spc": "质量管理数字化诊断报告（Cpk 过程能力表）",
              "memo": "MES 选型咨询诊断备忘录（致/发自/日期/事由）", "interview": "诊断访谈纪要（问答体）+ 结论与方案",
              "safety": "安全生产数字化诊断报告（风险分级表）", "bilingual": "中英双语诊断报告（外资客户）",
              "tick": "诊断结论勾选单，建议措施手写"}
DIAG_TITLES = {"ordinary": "智能制造免费诊断报告", "spc": "质量管理数字化诊断报告", "memo": "MES选型咨询诊断备忘录",
               "interview": "生产计划与排程诊断访谈纪要", "safety": "安全生产数字化诊断报告",
               "bilingual": "智能制造诊断报告", "tick": "智能制造诊断结论单"}


# ---------------- standards

def gen_std_controlled(sub, A, st, rend):
    def b(f):
        f.table([[A["name"], "文件编号", st["code"]], ["程序文件", "版本/修改", "A/0"], ["", "页码", "第1页 共1页"]], [3, 1, 1.4], size=9)
        f.space(20)
        f.title(st["title"], 17)
        f.title("（草案）", 12)
        f.p("1 范围", size=11)
        f.p("本规范规定了智能制造系统集成项目从需求调研、方案设计、实施部署到验收移交的服务流程与要求。", first=21)
        f.p("2 规范性引用文件", size=11)
        f.p("GB/T 39116 智能制造能力成熟度模型；GB/T 20720 企业控制系统集成。", first=21)
        f.p("3 服务流程", size=11)
        f.p("3.1 需求调研　3.2 方案评审　3.3 实施部署　3.4 联调测试　3.5 验收移交　3.6 运维回访")
        f.space(10)
        f.table([["编制", sub.names.person(), "审核", sub.names.person(), "批准", ""]], [1, 1, 1, 1, 1, 1], size=9)
        f.c.saveState()
        f.c.setStrokeColorRGB(0.85, 0.1, 0.1)
        f.c.setFillColorRGB(0.85, 0.1, 0.1)
        f.c.rect(f.W - 170, f.H - 160, 90, 34)
        f.c.setFont("zh", 16)
        f.c.drawString(f.W - 157, f.H - 149, "受控文件")
        f.c.restoreState()
    return sub.add(b, "standard_draft", rend, None, {"title": st["title"]}, "受控文件格式的企业服务规范（草案），文件编号表头 + 红色受控章")


def gen_std_group(sub, A, st, rend):
    def b(f):
        f.p("ICS 25.040", size=10)
        f.p("CCS J 07", size=10)
        f.p("T/TJIMA", size=26, align="right")
        f.p("天津市智能制造产业协会团体标准", size=13, align="center")
        f.p(st["code"], size=11, align="right")
        f.hline()
        f.space(120)
        f.title(st["title"], 20)
        f.p("（征求意见稿）", size=12, align="center")
        f.space(200)
        f.p("在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", size=9, align="center")
        f.hline()
        f.p("2024-XX-XX 发布　　　　　　　　　　　　　　2024-XX-XX 实施", size=11, align="center")
        f.newpage()
        f.title("前　言", 14)
        f.p(f"本文件按照 GB/T 1.1—2020 的规定起草。本文件由天津市智能制造产业协会提出并归口。本文件起草单位：{A['name']}。", first=21)
    return sub.add(b, "standard_draft", rend, None, {"title": st["title"]}, "团体标准征求意见稿封面 + 前言（本作者版式）")


# ================================================================== scenarios
SCENES = ["冲压车间设备联网与生产管理系统建设", "注塑车间数字化改造", "智能仓储与物流调度系统", "能源管理与碳排放监测平台",
          "质量追溯与在线检测系统", "装配线 MES 及电子看板", "涂装线智能控制系统升级", "设备预测性维护平台",
          "数字化车间一期", "焊装线视觉检测与数据采集"]
TOPICS = ["设备联网与数据采集", "中小企业数字化转型路径", "MES 轻量化应用", "质量追溯", "能源精细化管理",
          "工业互联网平台应用", "智能仓储", "机器视觉检测", "预测性维护", "APS 计划排程", "安全生产数字化"]
PLACES = ["滨海新区某科技园报告厅", "西青开发区企业服务中心二楼会议室", "我公司展厅", "北辰科技园区会议中心",
          "东丽湖智造创新中心", "武清开发区管委会多功能厅"]


def is_large(staff, rev):
    return staff >= 1000 and rev >= 40000


def really_tj(f):
    return f["addr"].startswith("天津市") and f["uscc"][2:4] == "12"


def choose_rend(rng, p):
    r = rng.random()
    if r < p * 0.6:
        return "scan"
    if r < p:
        return "photo"
    return "text"


def build(sub, kind):
    rng = sub.rng
    A = sub.firm(True, "120116")
    A["name"] = "天津" + rng.choice(SYL1) + rng.choice(SYL1) + "智能科技有限公司"
    sub.A = A
    # ---------------- contracts
    if kind == "clean":
        specs = [dict(tj=True, amt="4203500.00", staff=320, rev=18600, dsme=True),
                 dict(tj=True, amt="3816000.00", staff=150, rev=9800, dsme=True),
                 dict(tj=False, amt="2658000.00", staff=2300, rev=126000, dsme=False),
                 dict(tj=True, amt="5102400.00", staff=680, rev=35200, dsme=True),
                 dict(tj=False, amt="2986750.00", staff=88, rev=4100, dsme=True),
                 dict(tj=False, amt="3400000.00", staff=410, rev=22300, dsme=True)]
    elif kind == "gaps":
        specs = [dict(tj=True, amt="3000000.00", staff=260, rev=15500, dsme=True),
                 dict(tj=True, amt="2800000.00", staff=190, rev=8800, dsme=True),
                 dict(tj=False, amt="3650000.00", staff=300, rev=20000, dsme=True, plant="no_pay"),
                 dict(tj=True, amt="4100000.00", staff=520, rev=26000, dsme=True, plant="acc_2023"),
                 dict(tj=False, amt="2980000.00", staff=75, rev=3900, dsme=True, plant="payer_other"),
                 dict(tj=False, amt="3500000.00", staff=1350, rev=62000, dsme=True),  # sme_misclassified
                 dict(tj=False, amt="2600000.00", staff=120, rev=6600, dsme=True)]
    else:
        specs = [dict(tj=True, amt="3100000.00", staff=240, rev=12000, dsme=True),
                 dict(tj=True, amt="2455000.00", staff=90, rev=5200, dsme=True, branch=True),
                 dict(tj=False, amt="1988000.00", staff=1000, rev=39999, dsme=True, split=True),
                 dict(tj=False, amt="2873000.00", staff=980, rev=52000, dsme=True, edge_dates=True),
                 dict(tj=False, amt="2264000.00", staff=1200, rev=45000, dsme=False),
                 dict(tj=False, amt="2320000.00", staff=310, rev=16800, dsme=True, early=True),
                 dict(tj=True, amt="1800000.00", staff=200, rev=9000, dsme=True, plant="payer_branch")]
    contracts = []
    for i, s in enumerate(specs):
        if s.get("branch"):
            cu = sub.firm(True)
            cu["name"] = sub.names.firm("北京", "科技有限公司")[:-2] + "公司天津分公司"
        else:
            cu = sub.firm(s["tj"])
        sign = rdate(rng, 1, 4) if not s.get("early") else "2023-10-16"
        acc = add_days(sign, rng.randint(120, 220))
        if s.get("edge_dates"):
            acc = "2024-12-31"
        if s.get("early"):
            acc = "2024-01-02"
        if s.get("plant") == "acc_2023":
            sign, acc = "2023-03-08", "2023-12-20"
        amt = Decimal(s["amt"])
        n1 = (amt * Decimal("0.55")).quantize(Decimal("1"))
        items = [("数据采集网关及边缘服务器", 1, n1), ("MES 软件许可及实施", 1, amt - n1)]
        c = dict(seq=i + 1, cust=cu, amount=amt, sign=sign, acc=acc, proc=add_days(sign, -rng.randint(8, 25)),
                 deliver=add_days(sign, 90), days=rng.choice([90, 120, 150]),
                 scene=SCENES[(i + rng.randint(0, 9)) % len(SCENES)], no=f"{rng.choice(['HT', 'ZN', 'TJZK', 'XS'])}-{sign[:4]}-{rng.randint(1000, 9999)}",
                 staff=s["staff"], rev=s["rev"], dsme=s["dsme"], dtj=s["tj"], plant=s.get("plant"), spec=s, items=items)
        c["cname"] = c["scene"] + "项目合同"
        contracts.append(c)
    sub.contracts = contracts
    p_scan = 0.42
    for i, c in enumerate(contracts):
        cg = [gen_contract_prose, gen_contract_grid, gen_contract_reversed][i % 3]
        if c["spec"].get("branch") or (kind == "tricky" and i == 0):
            cg = gen_contract_reversed if i == 0 else gen_contract_prose
        cg(sub, A, c, choose_rend(rng, 0.3))
        ag = [gen_acc_report, gen_acc_visa, gen_acc_handover][(i + 1) % 3]
        if c["spec"].get("edge_dates"):
            gen_acc_handover(sub, A, c, "scan", hand_date="2023-12-26")
        else:
            ag(sub, A, c, choose_rend(rng, p_scan))
        # payments
        plant = c["plant"]
        paydate = add_days(c["acc"], rng.randint(5, 25))
        if paydate > "2024-12-31" and not plant:
            paydate = add_days(c["acc"], 1) if c["acc"] < "2024-12-31" else "2025-01-06"
        if plant == "no_pay":
            pass
        elif plant in ("payer_other", "payer_branch"):
            other = sub.firm(c["dtj"])
            if plant == "payer_other":
                other["name"] = sub.names.firm(c["cust"]["name"][:2], "集团有限公司")
            else:
                other["name"] = c["cust"]["name"][:-4] + "有限公司滨海分公司" if c["cust"]["name"].endswith("有限公司") else c["cust"]["name"] + "滨海分公司"
            sub.payer_other = other
            gen_pay_ereceipt(sub, A, c, choose_rend(rng, p_scan), c["amount"], paydate, payer=other)
        elif c["spec"].get("split"):
            a1 = (c["amount"] * Decimal("0.4")).quantize(Decimal("0.01"))
            gen_pay_ereceipt(sub, A, c, "text", a1, add_days(c["sign"], 10))
            gen_pay_screen(sub, A, c, c["amount"] - a1, paydate)
        else:
            pg = [gen_pay_ereceipt, gen_pay_cashier, "screen"][(i + 2) % 3]
            if pg == "screen":
                gen_pay_screen(sub, A, c, c["amount"], paydate)
            elif pg is gen_pay_cashier:
                gen_pay_cashier(sub, A, c, rng.choice(["scan", "photo"]), c["amount"], paydate)
            else:
                pg(sub, A, c, choose_rend(rng, p_scan), c["amount"], paydate, cite=(i % 2 == 0))
        [gen_proc_bid, gen_proc_select][i % 2](sub, A, c, choose_rend(rng, p_scan))
        if i in (0, 3) or (kind == "tricky" and i in (2, 5)):
            gen_other_deposit(sub, A, c, choose_rend(rng, 0.5))
    # ---------------- suppliers
    sups = []
    nsup = {"clean": 2, "gaps": 2, "tricky": 3}[kind]
    for j in range(nsup):
        if kind == "gaps" and j == 1:
            sp = sub.firm(False, "130606")
        elif kind == "tricky" and j == 1:
            sp = sub.firm(True)
            sp["name"] = sub.names.firm("北京", "自动化有限公司")[:-2] + "公司天津分公司"
        elif kind == "tricky" and j == 2:
            sp = sub.firm(True)
            sp["uscc"] = make_uscc(rng, "110108")  # Beijing-registered, Tianjin address
        else:
            sp = sub.firm(True)
        d = rdate(rng, 2, 9)
        s = dict(seq=j + 1, firm=sp, no=f"FB-2024-{rng.randint(100, 999)}", amount=Decimal(rng.randint(30, 160) * 10000 + rng.choice([0, 5000])), date=d)
        sups.append(s)
        [gen_sub_data, gen_sub_cabinet][j % 2](sub, A, s, "text" if j % 2 == 0 else rng.choice(["scan", "photo"]))
    sub.sups = sups
    # ---------------- meetings
    pool = [sub.firm(True) for _ in range(34)]
    outs = [sub.firm(False) for _ in range(6)]
    for f_ in pool + outs:
        f_["person"], f_["phone"] = sub.names.person(), phone(rng)
    host = dict(A, person=sub.names.person(), phone=phone(rng))
    nmeet = 11 if kind == "tricky" else 10
    meets = []
    for k in range(nmeet):
        ntj = rng.randint(11, 15)
        if kind == "gaps" and k == 3:
            ntj = 8
        if kind == "tricky" and k == 0:
            ntj = 10
        if kind == "tricky" and k == 10:
            ntj = 9
        att = rng.sample(pool, ntj)
        extra = rng.sample(outs, 2 if kind == "tricky" and k in (0, 10) else rng.randint(0, 2))
        att = att + extra
        rng.shuffle(att)
        if k % 3 == 0 or (kind == "tricky" and k == 0):
            att = [host] + att
        if kind == "tricky" and k == 0:
            d = "2024-01-05"
        elif kind == "tricky" and k == 9:
            d = "2024-12-28"
        else:
            d = f"2024-{k + 1 if k < 11 else 12:02d}-{rng.randint(8, 26):02d}"
        topic = TOPICS[k % len(TOPICS)]
        m = dict(seq=k + 1, name=f"2024年{topic}经验交流会（第{k + 1}期）" if k % 2 == 0 else f"“智造津门”{topic}专题交流会",
                 date=d, place=rng.choice(PLACES), topic=topic, attendees=att, tj=ntj,
                 declared=ntj if not (kind == "gaps" and k == 3) else 12, missing=(kind == "gaps" and k == 6))
        meets.append(m)
        if m["missing"]:
            continue
        gsel = k % 5
        if gsel == 0:
            gen_meet_minutes(sub, A, m, choose_rend(rng, 0.3))
        elif gsel == 1:
            gen_meet_visitor(sub, A, m, rng.choice(["scan", "photo"]) if k != 1 else "scan")
        elif gsel == 2:
            gen_meet_handbook(sub, A, m, "text")
        elif gsel == 3:
            gen_meet_oa(sub, A, m)
        else:
            gen_meet_news(sub, A, m, "text")
    sub.meets = meets
    # ---------------- diagnoses
    genres = ["ordinary", "spc", "memo", "interview", "safety", "bilingual", "tick"]
    ndiag = {"clean": 30, "gaps": 30, "tricky": 32}[kind]
    diags = []
    dpool = [sub.firm(rng.random() < 0.8) for _ in range(ndiag)]
    for k in range(ndiag):
        g = genres[k % 7]
        firm = dpool[k]
        if kind == "tricky" and k == 30:
            firm = diags[4]["firm"]
        d = rdate(rng, 1, 12)
        if kind == "tricky" and k == 7:
            d = "2024-12-31"
        if kind == "gaps" and k == 24:
            d = "2025-01-08"
        sol = not ((kind == "gaps" and k == 11) or (kind == "tricky" and k == 31))
        report = f"{firm['name']}{DIAG_TITLES[g]}"
        dg = dict(seq=k + 1, firm=firm, date=d, genre=g, solution=sol, report=report,
                  missing=(kind == "gaps" and k == 19))
        diags.append(dg)
        if dg["missing"]:
            continue
        rend = "photo" if g == "tick" else choose_rend(rng, 0.35)
        if rend == "scan" and rng.random() < 0.4:
            pass
        gen_diag(sub, A, dg, rend)
    sub.diags = diags
    # ---------------- standards
    stds = []
    for j, t in enumerate(["智能制造系统集成项目服务流程规范", "车间设备数据采集接口技术要求", "中小企业轻量化MES实施指南"]):
        st = dict(seq=j + 1, title=t, cat=["企业标准", "团体标准", "企业标准"][j], stage=["草案", "征求意见稿", "草案"][j],
                  code=f"Q/TJZK {100 + j}—2024" if j != 1 else "T/TJIMA 0{}—2024".format(rng.randint(10, 40)),
                  has=not (kind == "gaps" and j == 2))
        stds.append(st)
        if st["has"]:
            (gen_std_group if j == 1 else gen_std_controlled)(sub, A, st, choose_rend(rng, 0.3))
    sub.stds = stds
    # ---------------- extras
    if kind == "gaps":
        # a truncated PDF (upload broke off)
        tmp = os.path.join(sub.tmp, "trunc.pdf")
        fl = Flow(tmp)
        fl.title("项目验收报告", 16)
        fl.p("（上传中断）" * 20)
        fl.save()
        data = open(tmp, "rb").read()
        sub.corrupt = sub.add_raw(data[:len(data) // 3], "pdf", "other", "corrupt", None, "截断的 PDF（上传中断），无法打开")


# ================================================================== workbook + truth
def write_workbook(sub, kind):
    A, rng = sub.A, sub.rng
    wb = openpyxl.Workbook()

    def sheet(ws, title, headers, rows):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.cell(1, 1, title).font = Font(bold=True, size=13)
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        for j, h in enumerate(headers):
            ws.cell(2, j + 1, h).font = Font(bold=True)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                ws.cell(3 + i, j + 1, v)
    import datetime

    def dcell(d, i):
        return f"{int(d[:4])}年{int(d[5:7])}月{int(d[8:])}日" if i % 3 == 1 else datetime.date.fromisoformat(d)
    ws = wb.active
    ws.title = "申报单位"
    sheet(ws, "申报单位基本信息", ["项目", "内容"], [["单位名称", A["name"]], ["统一社会信用代码", A["uscc"]],
          ["注册地址", A["addr"]], ["申报方向", "重点生产环节优化"], ["服务行业", "汽车及关键零部件"], ["阶段", "考核"]])
    rows = []
    for i, c in enumerate(sub.contracts):
        amt = float(c["amount"] / 10000)
        rows.append([c["seq"], c["cust"]["name"], c["cust"]["uscc"], c["no"], c["cname"],
                     "{:.2f}".format(amt) if i == 2 else amt, dcell(c["sign"], i), dcell(c["acc"], i + 1),
                     "是" if c["dsme"] else "否", c["staff"], "{:,}".format(c["rev"]) if c["rev"] >= 40000 and i % 2 == 0 else c["rev"],
                     "是" if c["dtj"] else "否"])
    sheet(wb.create_sheet("服务用户清单"), "2024年度服务用户清单（考核期）",
          ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
           "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb.create_sheet("标准草案"), "标准草案清单", ["序号", "标准名称", "标准类别", "阶段"],
          [[s["seq"], s["title"], s["cat"], s["stage"]] for s in sub.stds])
    sheet(wb.create_sheet("本地配套供应商"), "天津本地化配套供应商",
          ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["firm"]["name"], s["firm"]["uscc"], s["no"],
            "工业视觉数据标注与算法训练服务分包协议" if s["seq"] % 2 == 1 else "电气控制柜成套制作专业分包合同",
            float(s["amount"] / 10000), dcell(s["date"], s["seq"])] for s in sub.sups])
    sheet(wb.create_sheet("经验交流会"), "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[m["seq"], m["name"], dcell(m["date"], m["seq"]), m["place"], m["declared"]] for m in sub.meets])
    sheet(wb.create_sheet("免费诊断"), "免费诊断服务清单", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[d["seq"], d["firm"]["name"], d["firm"]["uscc"], dcell(d["date"], d["seq"]), d["report"]] for d in sub.diags])
    for w in wb.worksheets:
        for col in "ABCDEFGHIJKL":
            w.column_dimensions[col].width = 18
    path = os.path.join(sub.subdir, "申报信息.xlsx")
    wb.save(path)


def in2024(d):
    return "2024-01-01" <= d <= "2024-12-31"


def gap(kind, req, **kw):
    g = {"kind": kind, "requirement": req, "contract_no": None, "customer": None, "supplier": None, "meeting": None}
    g.update(kw)
    return g


def truth(sub, kind):
    A = sub.A
    gaps = []
    verified = []
    planted_map = {}
    for c in sub.contracts:
        cg = []
        p = c["plant"]
        cu = c["cust"]["name"]
        if p == "no_pay":
            cg.append("missing_payment_proof")
        if p in ("payer_other", "payer_branch"):
            cg.append("party_mismatch")
        if p == "acc_2023":
            cg.append("date_out_of_period")
        large = is_large(c["staff"], c["rev"])
        if c["dsme"] == large:
            cg.append("sme_misclassified")
        if c["dtj"] and not really_tj(c["cust"]):
            cg.append("not_tianjin")
        planted_map[c["no"]] = cg
        for k in cg:
            gaps.append(gap(k, "A-sme" if k == "sme_misclassified" else "A-customers", contract_no=c["no"], customer=cu))
        if all(k == "sme_misclassified" for k in cg):
            verified.append(c)
    vcust = {c["cust"]["name"] for c in verified}
    vtj = {c["cust"]["name"] for c in verified if c["dtj"] and really_tj(c["cust"])}
    vsme = {c["cust"]["name"] for c in verified if not is_large(c["staff"], c["rev"])}
    total = sum((c["amount"] for c in verified), Decimal("0"))
    if len(vcust) < 6:
        gaps.append(gap("customer_count_below_threshold", "A-customers"))
    if total < Decimal("15000000"):
        gaps.append(gap("total_below_threshold", "A-customers"))
    if len(vtj) < 2:
        gaps.append(gap("tianjin_customer_count_below_threshold", "A-customers"))
    if len(vsme) < 5:
        gaps.append(gap("sme_count_below_threshold", "A-sme"))
    # suppliers
    oks = set()
    for s in sub.sups:
        f_ = s["firm"]
        if not really_tj(f_):
            gaps.append(gap("subcontractor_not_tianjin", "A-local-suppliers", contract_no=s["no"], supplier=f_["name"]))
        elif in2024(s["date"]):
            oks.add(f_["name"])
    if len(oks) < 2:
        gaps.append(gap("local_supplier_count_below_threshold", "A-local-suppliers"))
    # meetings
    qm = 0
    for m in sub.meets:
        if m["missing"]:
            gaps.append(gap("missing_meeting_record", "A-meetings", meeting=m["name"]))
            continue
        tj = [a for a in m["attendees"] if a["name"] != A["name"] and really_tj(a)]
        m["tj_on_sheet"] = len(tj)
        if not in2024(m["date"]):
            gaps.append(gap("date_out_of_period", "A-meetings", meeting=m["name"]))
        elif len(tj) < 10:
            gaps.append(gap("meeting_attendance_below_threshold", "A-meetings", meeting=m["name"]))
        else:
            qm += 1
    if qm < 10:
        gaps.append(gap("meeting_count_below_threshold", "A-meetings"))
    # diagnoses
    okd = set()
    for d in sub.diags:
        nm = d["firm"]["name"]
        if d["missing"]:
            gaps.append(gap("missing_diagnosis_report", "A-diagnoses", customer=nm))
        elif not d["solution"]:
            gaps.append(gap("diagnosis_without_solution", "A-diagnoses", customer=nm))
        elif not in2024(d["date"]):
            gaps.append(gap("date_out_of_period", "A-diagnoses", customer=nm))
        else:
            okd.add(nm)
    if len(okd) < 30:
        gaps.append(gap("diagnosis_count_below_threshold", "A-diagnoses"))
    # standards
    nstd = 0
    for s in sub.stds:
        if s["has"]:
            nstd += 1
        else:
            gaps.append(gap("missing_standard_document", "A-standards", standard=s["title"]))
    if nstd < 3:
        gaps.append(gap("standards_below_threshold", "A-standards"))
    # unreadable
    if getattr(sub, "corrupt", None):
        gaps.append(gap("unreadable_document", "A-customers", file=sub.corrupt))
    count_gap = {"E-tianjin": ["applicant_not_tianjin"],
                 "A-local-suppliers": ["local_supplier_count_below_threshold"],
                 "A-meetings": ["meeting_count_below_threshold"], "A-diagnoses": ["diagnosis_count_below_threshold"],
                 "A-customers": ["customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold"],
                 "A-standards": ["standards_below_threshold"], "A-sme": ["sme_count_below_threshold"]}
    kinds = {g["kind"] for g in gaps}
    req = {r: ("not_met" if any(k in kinds for k in ks) else "met") for r, ks in count_gap.items()}
    docs = []
    for d in sub.docs:
        p = os.path.join(sub.subdir, d["path"])
        d = dict(d)
        d["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
        docs.append(d)
    docs.sort(key=lambda x: x["path"])
    return {
        "name": sub.name, "phase": "考核", "period": ["2024-01-01", "2024-12-31"],
        "applicant": {"name": A["name"], "uscc": A["uscc"], "address": A["addr"]},
        "award_tier_wan": None,
        "assessment_passed": all(v == "met" for v in req.values()),
        "accepted_total_yuan": y2(total),
        "requirements": req,
        "gaps": gaps,
        "verified_contracts": sorted(c["no"] for c in verified),
        "verified_customer_count": len(vcust),
        "verified_tianjin_customer_count": len(vtj),
        "verified_sme_customer_count": len(vsme),
        "verified_local_suppliers": len(oks),
        "qualifying_meetings": qm,
        "diagnosed_customers_with_solution": len(okd),
        "standards_with_document": nstd,
        "contracts": [{"seq": c["seq"], "contract_no": c["no"], "customer": c["cust"]["name"], "customer_uscc": c["cust"]["uscc"],
                       "amount_yuan": y2(c["amount"]), "sign_date": c["sign"], "acceptance_date": c["acc"],
                       "declared_sme": c["dsme"], "staff": c["staff"], "revenue_wan": c["rev"], "declared_tianjin": c["dtj"],
                       "planted": planted_map[c["no"]]} for c in sub.contracts],
        "suppliers": [{"seq": s["seq"], "supplier": s["firm"]["name"], "uscc": s["firm"]["uscc"], "address": s["firm"]["addr"],
                       "contract_no": s["no"], "amount_yuan": y2(s["amount"]), "date": s["date"]} for s in sub.sups],
        "meetings": [{"seq": m["seq"], "meeting": m["name"], "date": m["date"], "place": m["place"],
                      "declared_tianjin_count": m["declared"], "tianjin_attendees_on_sheet": m.get("tj_on_sheet"),
                      "record_uploaded": not m["missing"]} for m in sub.meets],
        "diagnoses": [{"seq": d["seq"], "customer": d["firm"]["name"], "uscc": d["firm"]["uscc"], "date": d["date"],
                       "report": d["report"], "report_uploaded": not d["missing"], "has_solution": d["solution"]} for d in sub.diags],
        "standards": [{"seq": s["seq"], "title": s["title"], "category": s["cat"], "stage": s["stage"], "uploaded": s["has"]} for s in sub.stds],
        "documents": docs,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    for i, (name, kind) in enumerate([("assess_clean", "clean"), ("assess_gaps", "gaps"), ("assess_tricky", "tricky")]):
        root = os.path.join(a.out, name)
        if os.path.exists(root):
            shutil.rmtree(root)
        sub = Sub(name, a.seed * 1000 + i, a.out)
        os.makedirs(sub.subdir, exist_ok=True)
        build(sub, kind)
        write_workbook(sub, kind)
        t = truth(sub, kind)
        with open(os.path.join(sub.root, "ground_truth.json"), "w", encoding="utf-8") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=1)
        nr = sum(1 for d in t["documents"] if d["rendering"] in ("scan", "photo"))
        print(f"{name}: {len(t['documents'])} docs, {nr} raster, passed={t['assessment_passed']}, gaps={len(t['gaps'])}")


if __name__ == "__main__":
    main()
