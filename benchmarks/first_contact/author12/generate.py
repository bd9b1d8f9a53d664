#!/usr/bin/env python3
"""author12 first-contact set: 3 support-cycle (2023) submissions.

python generate.py --out data --seed 12
Everything (names, codes, amounts) is invented.  Truth is computed here from the
format rules (see README.md), never from product code.
"""
import argparse, hashlib, io, json, math, os, random, shutil
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
import cv2
import openpyxl
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader

W, H = 595.0, 842.0
PDF_FONTS = {'song': ('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 0),
             'hei': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0),
             'hand': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0)}
IMG_FONTS = {'song': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 2),
             'hei': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 2),
             'hand': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0)}
_reg = False


def reg_fonts():
    global _reg
    if _reg:
        return
    pdfmetrics.registerFont(TTFont('A12song', PDF_FONTS['song'][0], subfontIndex=0))
    pdfmetrics.registerFont(TTFont('A12hei', PDF_FONTS['hei'][0], subfontIndex=0))
    _reg = True


_fcache = {}


def ifont(kind, px):
    key = (kind, px)
    if key not in _fcache:
        p, i = IMG_FONTS[kind]
        _fcache[key] = ImageFont.truetype(p, px, index=i)
    return _fcache[key]

# ---------------------------------------------------------------- codes & money
USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc(rng, region):
    body8 = ''.join(rng.choice('0123456789') for _ in range(8))
    if rng.random() < 0.5:
        body8 = rng.choice('MLP') + body8[1:]
    s17 = '91' + region + body8 + org_check(body8)
    tot = sum(USCC_CH.index(c) * USCC_W[i] for i, c in enumerate(s17))
    c = 31 - tot % 31
    return s17 + USCC_CH[0 if c == 31 else c]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CH for c in code):
        return False
    tot = sum(USCC_CH.index(c) * USCC_W[i] for i, c in enumerate(code[:17]))
    c = 31 - tot % 31
    return USCC_CH[0 if c == 31 else c] == code[17]


def break_uscc(code):
    last = code[17]
    i = (USCC_CH.index(last) + 7) % 31
    return code[:17] + USCC_CH[i]


DIG = '零壹贰叁肆伍陆柒捌玖'


def daxie(amount):
    a = Decimal(amount).quantize(Decimal('0.01'))
    fen = int(a * 100)
    yuan, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)
    units = ['', '拾', '佰', '仟']
    def four(n):
        s, zero = '', False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = True
            else:
                if zero and s:
                    s += '零'
                s += DIG[d] + units[i]
                zero = False
        return s
    parts = []
    yi, rest = divmod(yuan, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ''
    if yi:
        out += four(yi) + '亿'
    if wan:
        if out and wan < 1000:
            out += '零'
        out += four(wan) + '万'
    if ge:
        if out and ge < 1000:
            out += '零'
        out += four(ge)
    out = (out or '零') + '元'
    if jiao == 0 and f == 0:
        return out + '整'
    if jiao:
        out += DIG[jiao] + '角'
    elif f:
        out += '零'
    if f:
        out += DIG[f] + '分'
    return out


def fmt(a):
    return '{:,.2f}'.format(Decimal(a))


def s2(a):
    return str(Decimal(a).quantize(Decimal('0.01')))


def cdate(d, style=0):
    y, m, dd = d.split('-')
    if style == 0:
        return f'{int(y)}年{int(m)}月{int(dd)}日'
    if style == 1:
        return f'{y}-{m}-{dd}'
    if style == 2:
        return f'{y}/{m}/{dd}'
    if style == 3:
        return f'{y}.{m}.{dd}'
    if style == 4:
        cn = '〇一二三四五六七八九'
        def num(n):
            n = int(n)
            if n < 10:
                return cn[n]
            if n < 20:
                return '十' + (cn[n % 10] if n % 10 else '')
            return cn[n // 10] + '十' + (cn[n % 10] if n % 10 else '')
        return ''.join(cn[int(c)] for c in y) + '年' + num(m) + '月' + num(dd) + '日'
    if style == 5:
        return f'{y}{m}{dd}'
    return d

# ---------------------------------------------------------------- page model


def cw(ch, size):
    return size * (0.55 if ord(ch) < 128 else 1.0)


def twidth(s, size):
    return sum(cw(c, size) for c in s)


def wrap(s, size, width):
    lines, cur, w = [], '', 0
    for ch in s:
        if ch == '\n':
            lines.append(cur); cur, w = '', 0; continue
        c = cw(ch, size)
        if w + c > width and cur:
            lines.append(cur); cur, w = '', 0
        cur += ch; w += c
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, landscape=False, margin=60):
        self.w, self.h = (H, W) if landscape else (W, H)
        self.ops = []
        self.m = margin
        self.y = 60

    def text(self, x, y, s, size=10.5, font='song', color=(0, 0, 0), spacing=0):
        self.ops.append(('t', x, y, s, size, font, color, spacing))

    def line(self, x1, y1, x2, y2, lw=0.7, color=(0, 0, 0)):
        self.ops.append(('l', x1, y1, x2, y2, lw, color))

    def rect(self, x, y, w, h, lw=0.7, fill=None, color=(0, 0, 0)):
        self.ops.append(('r', x, y, w, h, lw, fill, color))

    def seal(self, cx, cy, r, text, inner='', color=(0.85, 0.1, 0.1), oval=False):
        self.ops.append(('s', cx, cy, r, text, inner, color, oval))

    # flow helpers
    def title(self, s, size=18, font='hei', gap=14, spacing=0):
        wdt = twidth(s, size) + spacing * max(len(s) - 1, 0)
        self.text((self.w - wdt) / 2, self.y, s, size, font, spacing=spacing)
        self.y += size + gap

    def para(self, s, size=10.5, indent=True, font='song', gap=4, x=None, width=None, color=(0, 0, 0)):
        x = self.m if x is None else x
        width = (self.w - 2 * self.m) if width is None else width
        s = ('\u3000\u3000' + s) if indent else s
        for ln in wrap(s, size, width):
            self.text(x, self.y, ln, size, font, color)
            self.y += size + gap
        self.y += 2

    def right(self, s, size=10.5, font='song'):
        self.text(self.w - self.m - twidth(s, size), self.y, s, size, font)
        self.y += size + 6

    def table(self, widths, rows, size=9.5, x=None, pad=4, font='song', heads=0, minh=0):
        x = self.m if x is None else x
        tw = sum(widths)
        if abs(tw - 1) < 0.01 or tw < 1.5:
            widths = [w_ * (self.w - 2 * self.m) for w_ in widths]
        for ri, row in enumerate(rows):
            cells = []
            for ci, c in enumerate(row):
                cells.append(wrap(str(c), size, widths[ci] - 2 * pad) if c is not None else [])
            nl = max(1, max(len(c) for c in cells))
            rh = max(nl * (size + 3) + 2 * pad, minh)
            cx = x
            for ci, c in enumerate(cells):
                fill = (0.92, 0.92, 0.92) if ri < heads else None
                self.rect(cx, self.y, widths[ci], rh, fill=fill)
                for li, ln in enumerate(c):
                    self.text(cx + pad, self.y + pad + li * (size + 3), ln, size,
                              'hei' if ri < heads else font)
                cx += widths[ci]
            self.y += rh
        self.y += 8


def render_pdf(pages, path, images=None):
    """images: list of (jpeg bytes, w, h) per page -> image PDF."""
    reg_fonts()
    c = rl_canvas.Canvas(path, invariant=1)
    if images:
        for data, pw, ph in images:
            c.setPageSize((pw, ph))
            c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
            c.showPage()
        c.save()
        return
    for p in pages:
        c.setPageSize((p.w, p.h))
        for op in p.ops:
            k = op[0]
            if k == 't':
                _, x, y, s, size, font, col, sp = op
                c.setFillColorRGB(*col)
                fn = 'A12song' if font == 'song' else 'A12hei'
                if font == 'hand' or sp:
                    xx = x
                    for i, ch in enumerate(s):
                        dy = (math.sin(i * 1.7) * 1.2) if font == 'hand' else 0
                        c.setFont(fn, size)
                        c.drawString(xx, p.h - (y + size * 0.88 + dy), ch)
                        xx += cw(ch, size) + sp
                else:
                    c.setFont(fn, size)
                    c.drawString(x, p.h - (y + size * 0.88), s)
            elif k == 'l':
                _, x1, y1, x2, y2, lw, col = op
                c.setStrokeColorRGB(*col); c.setLineWidth(lw)
                c.line(x1, p.h - y1, x2, p.h - y2)
            elif k == 'r':
                _, x, y, w_, h_, lw, fill, col = op
                c.setStrokeColorRGB(*col); c.setLineWidth(lw)
                if fill:
                    c.setFillColorRGB(*fill)
                    c.rect(x, p.h - y - h_, w_, h_, stroke=1, fill=1)
                else:
                    c.rect(x, p.h - y - h_, w_, h_, stroke=1, fill=0)
            elif k == 's':
                _, cx, cy, r, text, inner, col, oval = op
                c.saveState()
                c.setStrokeColorRGB(*col); c.setFillColorRGB(*col); c.setLineWidth(2)
                if oval:
                    c.ellipse(cx - r * 1.3, p.h - cy - r * 0.85, cx + r * 1.3, p.h - cy + r * 0.85)
                else:
                    c.circle(cx, p.h - cy, r)
                n = len(text)
                fs = min(r * 0.32, 13)
                span = 240.0
                for i, ch in enumerate(text):
                    ang = 90 + span / 2 - (span * i / max(n - 1, 1))
                    a = math.radians(ang)
                    tx = cx + (r - fs * 0.95) * math.cos(a)
                    ty = p.h - cy + (r - fs * 0.95) * math.sin(a)
                    c.saveState(); c.translate(tx, ty); c.rotate(ang - 90)
                    c.setFont('A12hei', fs); c.drawCentredString(0, -fs * 0.35, ch); c.restoreState()
                if inner:
                    c.setFont('A12hei', fs * 0.9)
                    c.drawCentredString(cx, p.h - cy - r * 0.55, inner)
                c.setFont('A12hei', r * 0.5)
                c.drawCentredString(cx, p.h - cy - r * 0.15, '★')
                c.restoreState()
    c.save()


def render_img(p, scale=1.7, hand_rng=None):
    im = Image.new('RGB', (int(p.w * scale), int(p.h * scale)), 'white')
    d = ImageDraw.Draw(im)
    seals = []
    for op in p.ops:
        k = op[0]
        if k == 't':
            _, x, y, s, size, font, col, sp = op
            f = ifont(font, max(6, int(size * scale)))
            colr = tuple(int(v * 255) for v in col)
            if font == 'hand' or sp:
                xx = x
                for i, ch in enumerate(s):
                    dy = (math.sin(i * 1.7) * 1.2) if font == 'hand' else 0
                    d.text((xx * scale, (y + size * 0.88 + dy) * scale), ch, font=f, fill=colr, anchor='ls')
                    xx += cw(ch, size) + sp
            else:
                d.text((x * scale, (y + size * 0.88) * scale), s, font=f, fill=colr, anchor='ls')
        elif k == 'l':
            _, x1, y1, x2, y2, lw, col = op
            d.line([(x1 * scale, y1 * scale), (x2 * scale, y2 * scale)],
                   fill=tuple(int(v * 255) for v in col), width=max(1, int(lw * scale)))
        elif k == 'r':
            _, x, y, w_, h_, lw, fill, col = op
            d.rectangle([x * scale, y * scale, (x + w_) * scale, (y + h_) * scale],
                        outline=(0, 0, 0), fill=tuple(int(v * 255) for v in fill) if fill else None,
                        width=max(1, int(lw * scale)))
        elif k == 's':
            seals.append(op)
    # seals: translucent red over the text
    for op in seals:
        _, cx, cy, r, text, inner, col, oval = op
        lay = Image.new('RGBA', im.size, (0, 0, 0, 0))
        ld = ImageDraw.Draw(lay)
        red = (215, 30, 35, 170)
        R = r * scale
        if oval:
            ld.ellipse([cx * scale - R * 1.3, cy * scale - R * 0.85, cx * scale + R * 1.3, cy * scale + R * 0.85], outline=red, width=int(3 * scale))
        else:
            ld.ellipse([cx * scale - R, cy * scale - R, cx * scale + R, cy * scale + R], outline=red, width=int(2.2 * scale))
        n = len(text)
        fs = min(r * 0.32, 13) * scale
        f = ifont('hei', int(fs))
        span = 240.0
        for i, ch in enumerate(text):
            ang = 90 + span / 2 - (span * i / max(n - 1, 1))
            a = math.radians(ang)
            tx = cx * scale + (R - fs * 0.95) * math.cos(a)
            ty = cy * scale - (R - fs * 0.95) * math.sin(a)
            g = Image.new('RGBA', (int(fs * 1.6), int(fs * 1.6)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((fs * 0.8, fs * 0.8), ch, font=f, fill=red, anchor='mm')
            g = g.rotate(ang - 90, resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(tx - fs * 0.8), int(ty - fs * 0.8)))
        ld.text((cx * scale, cy * scale), '★', font=ifont('hei', int(R * 0.55)), fill=red, anchor='mm')
        if inner:
            ld.text((cx * scale, cy * scale + R * 0.55), inner, font=ifont('hei', int(fs * 0.9)), fill=red, anchor='mm')
        im = Image.alpha_composite(im.convert('RGBA'), lay).convert('RGB')
    return im


def degrade(im, rng, kind):
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    # uneven light
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 - 0.18 * ((xx / w - 0.5) * gx + (yy / h - 0.5) * gy + 0.5) * (1.6 if kind == 'photo' else 1.0)
    a = a * light[..., None]
    if kind == 'scan':
        a = a * np.array([1.0, 0.99, 0.96])
    img = np.clip(a, 0, 255).astype(np.uint8)
    ang = rng.uniform(-2.2, 2.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    border = (235, 235, 232) if kind == 'scan' else (90, 80, 70)
    if kind == 'photo':
        pad = int(w * 0.06)
        img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=border)
        h2, w2 = img.shape[:2]
        src = np.float32([[0, 0], [w2, 0], [w2, h2], [0, h2]])
        j = lambda: rng.uniform(0, 0.05) * w2
        dst = np.float32([[j(), j()], [w2 - j(), j()], [w2 - j(), h2 - j()], [j(), h2 - j()]])
        P = cv2.getPerspectiveTransform(src, dst)
        img = cv2.warpPerspective(img, P, (w2, h2), borderValue=(60, 55, 50))
    else:
        img = cv2.warpAffine(img, M, (w, h), borderValue=border)
    k = rng.choice([3, 3, 5]) if kind == 'photo' else 3
    img = cv2.GaussianBlur(img, (k, k), rng.uniform(0.5, 1.2))
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 7 if kind == 'photo' else 5, img.shape)
    img = np.clip(img.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    q = rng.randint(38, 70)
    ok, buf = cv2.imencode('.jpg', cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
    return bytes(buf), img.shape[1], img.shape[0]

# ---------------------------------------------------------------- names
TJ_REG = {'120101': '和平区', '120103': '河西区', '120104': '南开区', '120110': '东丽区', '120111': '西青区',
          '120112': '津南区', '120113': '北辰区', '120114': '武清区', '120115': '宝坻区', '120116': '滨海新区',
          '120118': '静海区'}
ROADS = ['海泰发展六道', '兴华七支路', '津塘公路', '赛达二大道', '华苑产业区梅苑路', '微山南路', '京福公路',
         '宝旺道', '黄海路', '泰丰路', '南开二马路', '新业五街', '云杉道', '开源路']
P1 = ['昀橦', '赟泰', '瑄和', '堃元', '犇达', '渤晟', '津鼎', '沽澜', '海翊', '鑫淼', '珺航', '祺瑞', '翀远',
      '煜隆', '铧达', '澔源', '骐骥', '瀚霆', '垚鑫', '喆通', '晟禹', '琛泽', '烨华', '霈霖', '濠盛', '湉湉']
P2 = ['精密机械', '汽车零部件', '新材料', '电气设备', '食品', '医药', '化工', '钢管制品', '包装印刷', '橡塑制品',
      '电子', '轴承', '阀门', '环保装备', '纺织', '家居', '光电', '模具']
P3 = ['有限公司', '股份有限公司', '有限责任公司', '科技有限公司']
AP1 = ['智汇', '数衡', '擎枢', '云岫', '璟联']
AP2 = ['工业互联网科技有限公司', '智能装备有限公司', '智能制造技术有限公司']


def company(rng, used, tj=True):
    while True:
        n = '天津' + rng.choice(P1) + rng.choice(P2) + rng.choice(P3) if tj else rng.choice(['廊坊', '沧州', '唐山']) + rng.choice(P1) + rng.choice(P2) + '有限公司'
        if n not in used:
            used.add(n)
            return n


def address(rng, region):
    return f'天津市{TJ_REG[region]}{rng.choice(ROADS)}{rng.randint(2, 188)}号'


def yuan_from_wan(w):
    return (Decimal(w) * 10000).quantize(Decimal('0.01'))


def acct(rng, n=19):
    return ''.join(rng.choice('0123456789') for _ in range(n))


BANKS = ['中国工商银行天津分行营业部', '中国建设银行天津滨海分行', '交通银行天津河西支行', '中国银行天津南开支行',
         '上海浦东发展银行天津分行', '招商银行天津分行', '中信银行天津分行营业部', '天津银行西青支行']


# ---------------------------------------------------------------- genres
# each returns (pages, fields, note); A = applicant dict, c = contract dict

def F(**kw):
    base = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None,
                result=None, title=None)
    base.update(kw)
    return base


def sig_pair(p, left_lbl, left, right_lbl, right, date_txt=None, seal_l=True, seal_r=True, inner='合同专用章'):
    y0 = p.y + 10
    p.text(p.m, y0, f'{left_lbl}（盖章）：{left}', 10)
    p.text(p.w / 2 + 10, y0, f'{right_lbl}（盖章）：{right}', 10)
    p.text(p.m, y0 + 26, '法定代表人或授权代表：', 10)
    p.text(p.w / 2 + 10, y0 + 26, '法定代表人或授权代表：', 10)
    p.text(p.m + 120, y0 + 24, '王  ' + '立', 12, 'hand', (0.1, 0.1, 0.45))
    p.text(p.w / 2 + 130, y0 + 24, '刘  ' + '晓', 12, 'hand', (0.1, 0.1, 0.45))
    if date_txt:
        p.text(p.m, y0 + 52, date_txt[0], 10)
        p.text(p.w / 2 + 10, y0 + 52, date_txt[1], 10)
    if seal_l:
        p.seal(p.m + 110, y0 + 20, 40, left, inner)
    if seal_r:
        p.seal(p.w / 2 + 120, y0 + 22, 40, right, inner)
    p.y = y0 + 90


def g_tech_transfer(c, A, rng, v):
    """技术秘密转让合同: 让与人 (supplier) printed first, 受让人 = customer."""
    p = Page()
    p.text(p.w - p.m - 200, 40, f'合同登记编号：{c["no"]}', 9.5)
    p.y = 90
    p.title('技 术 转 让 （技术秘密） 合 同', 20)
    p.para(f'项目名称：{c["name"]}相关工艺数据模型及控制软件技术秘密', indent=False)
    p.para(f'让 与 人：{A["name"]}', indent=False)
    p.para(f'受 让 人：{c["cust"]["name"]}', indent=False)
    p.para(f'签订地点：天津市{rng.choice(list(TJ_REG.values()))}', indent=False)
    p.para(f'签订日期：{cdate(c["sign"], 4)}', indent=False)
    p.para('有效期限：自合同生效之日起至技术秘密使用许可期满', indent=False)
    p.y += 8
    p.para('依据《中华人民共和国民法典》的规定，合同双方就本项技术秘密的转让，经协商一致，签订本合同。')
    p.para(f'第一条 让与人将其拥有的“{c["name"]}”相关技术秘密（含工艺参数库、边缘数据采集程序及产线控制算法）'
           '转让给受让人，并提供安装调试与技术指导，直至受让人产线稳定运行。')
    p.para(f'第二条 技术秘密转让价款及支付：本合同技术秘密使用费与技术服务费合计为人民币{daxie(c["amount"])}'
           f'（小写：￥{fmt(c["amount"])}），由受让人于技术资料交付并通过验收后分期支付至让与人账户。')
    dep = (c['amount'] * Decimal('0.1')).quantize(Decimal('1'))
    p.para(f'第三条 任何一方违反保密义务的，应向对方支付违约金人民币{fmt(dep)}元，并赔偿由此造成的损失。')
    p.para(f'第四条 技术资料交付期限：{cdate(c["deliver"], 0)}前。受让人应在收到资料后组织验收。')
    p.para('第五条 本合同一式肆份，双方各执贰份，经双方签字盖章后生效。')
    sig_pair(p, '让与人', A['name'], '受让人', c['cust']['name'])
    return [p], F(contract_no=c['no'], amount_yuan=s2(c['amount']), date=c['sign'], customer=c['cust']['name']), '技术秘密转让合同，让与人（供方）在前，受让人为客户；违约金为干扰金额'


def g_emc(c, A, rng, v):
    """合同能源管理（节能量保证型）项目合同：用能单位/节能服务公司，两页."""
    p = Page()
    p.y = 110
    p.title('合同能源管理项目合同', 22, gap=6)
    p.title('（节能量保证型）', 12, 'song', gap=40)
    p.table([0.28, 0.72], [['合同编号', c['no']], ['项目名称', c['name'] + '（节能改造）'],
                           ['用能单位（甲方）', c['cust']['name']], ['住所', c['cust']['addr']],
                           ['节能服务公司（乙方）', A['name']], ['住所', A['addr']],
                           ['签订日期', cdate(c['sign'], 1)]], size=11, minh=30)
    p.y += 30
    p.para('依据《合同能源管理技术通则》（GB/T 24915），甲乙双方经友好协商订立本合同。', indent=False)
    p2 = Page()
    p2.para('第一条 项目内容：乙方负责甲方空压站、冷却水系统及车间能源计量的智能化改造，建设能源管控平台。')
    save = rng.randint(180, 420)
    p2.para(f'第二条 节能量保证：乙方保证项目年节能量不低于{save}吨标准煤，未达保证值的按差额部分'
            f'每吨标准煤{rng.randint(800, 1500)}元向甲方补偿。')
    p2.para(f'第三条 合同价款：本项目合同总价为人民币{fmt(c["amount"])}元（大写：{daxie(c["amount"])}），'
            '含设备、软件、施工及节能量测量验证费用。')
    adv = (c['amount'] * Decimal('0.3')).quantize(Decimal('0.01'))
    p2.para(f'第四条 付款方式：合同签订后甲方支付预付款{fmt(adv)}元；项目验收合格且节能量经双方确认后支付余款。')
    p2.para(f'第五条 工期：乙方应于{cdate(c["deliver"], 0)}前完成改造并申请验收。')
    p2.para('第六条 争议解决：提交甲方所在地人民法院诉讼解决。')
    p2.y += 20
    sig_pair(p2, '甲方', c['cust']['name'], '乙方', A['name'], (f'日期：{cdate(c["sign"],0)}', f'日期：{cdate(c["sign"],0)}'))
    return [p, p2], F(contract_no=c['no'], amount_yuan=s2(c['amount']), date=c['sign'], customer=c['cust']['name']), '合同能源管理合同：用能单位=客户；预付款与补偿单价为干扰金额'


def g_supply(c, A, rng, v):
    """own-wording equipment + integration contract; 需方/供方 in a two-column party box."""
    reverse = c['flags'].get('reverse_roles')
    p = Page()
    p.y = 56
    p.title('智 能 装 备 采 购 及 集 成 合 同', 18)
    p.right(f'合同号：{c["no"]}', 10)
    p.right(f'签约日期：{cdate(c["sign"], 3)}', 10)
    if reverse:
        L, R = ('甲方（供方）', A), ('乙方（需方）', c['cust'])
    else:
        L, R = ('需方', c['cust']), ('供方', A)
    p.table([0.5, 0.5], [[f'{L[0]}：{L[1]["name"]}', f'{R[0]}：{R[1]["name"]}'],
                         [f'地址：{L[1]["addr"]}', f'地址：{R[1]["addr"]}'],
                         [f'统一社会信用代码：{L[1]["uscc"]}', f'统一社会信用代码：{R[1]["uscc"]}']], size=9.5)
    buyer = '乙方' if reverse else '需方'
    seller = '甲方' if reverse else '供方'
    p.para(f'{buyer}因“{c["name"]}”需要，向{seller}采购下列设备及集成服务，双方约定如下：', indent=False)
    n1 = (c['amount'] * Decimal('0.55')).quantize(Decimal('0.01'))
    n2 = (c['amount'] * Decimal('0.3')).quantize(Decimal('0.01'))
    n3 = c['amount'] - n1 - n2
    p.table([0.08, 0.42, 0.12, 0.18, 0.2], [['序号', '名称', '数量', '单位', '金额（元）'],
             ['1', '工业机器人工作站及夹具', '4', '套', fmt(n1)],
             ['2', 'MES/SCADA 软件及实施', '1', '项', fmt(n2)],
             ['3', '网络、安装调试与培训', '1', '项', fmt(n3)],
             ['', '合计（含税）', '', '', fmt(c['amount'])]], heads=1)
    p.para(f'一、合同价款：人民币{daxie(c["amount"])}，已含13%增值税及运输、安装费用。')
    p.para(f'二、交货期：{cdate(c["deliver"], 0)}前交付至{buyer}指定地点；逾期每日按合同总价的0.5‰支付违约金。')
    p.para(f'三、付款：合同生效后支付30%，到货支付40%，终验合格后支付30%。质保期十二个月，自终验合格之日起算。')
    p.para('四、验收：设备安装调试完成后，由' + buyer + '组织终验，出具书面验收文件。')
    sig_pair(p, L[0][:2], L[1]['name'], R[0][:2], R[1]['name'])
    cust = c['cust']['name']
    return [p], F(contract_no=c['no'], amount_yuan=s2(c['amount']), date=c['sign'], customer=cust), (
        '甲方（供方）为申报单位、乙方（需方）为客户的反向合同' if reverse else '需方/供方双栏当事人表，合计行即总价')


def g_service(c, A, rng, v):
    """2-page own-wording project contract: body + separate signature page; date only on signature page."""
    p = Page()
    p.y = 70
    p.title(f'{c["name"]}项目合同书', 17)
    p.para(f'编号：{c["no"]}', indent=False)
    p.para(f'甲方（采购单位）：{c["cust"]["name"]}', indent=False)
    p.para(f'乙方（承建单位）：{A["name"]}', indent=False)
    p.para('甲乙双方本着平等互利的原则，就乙方为甲方建设上述项目达成如下条款：')
    p.para('1. 建设内容：设备联网与数据采集、生产执行系统、质量追溯、能源看板及与甲方ERP的集成接口。')
    p.para(f'2. 合同金额：本合同总金额为¥{fmt(c["amount"])}元（人民币{daxie(c["amount"])}）。'
           f'其中履约保证金¥{fmt((c["amount"]*Decimal("0.05")).quantize(Decimal("0.01")))}元于验收后无息退还（不计入合同金额）。')
    p.para(f'3. 工期：自合同签订之日起{rng.choice([90, 120, 150, 180])}日历天。')
    p.para('4. 验收：项目上线稳定运行一个月后，乙方提交验收申请，甲方组织验收并出具验收报告。')
    p.para('5. 付款：验收合格后30日内，甲方将合同款汇入乙方指定账户。')
    p.para('6. 知识产权：项目中乙方既有软件的著作权归乙方，甲方享有永久使用权。')
    p.para('（以下无正文，签署页附后）', indent=False)
    p2 = Page()
    p2.y = 90
    p2.title('签 署 页', 15)
    p2.para(f'（本页为《{c["name"]}项目合同书》（编号：{c["no"]}）之签署页）', indent=False)
    p2.y += 20
    sig_pair(p2, '甲方', c['cust']['name'], '乙方', A['name'],
             (f'签订日期：{cdate(c["sign"],0)}', f'签订日期：{cdate(c["sign"],0)}'))
    return [p, p2], F(contract_no=c['no'], amount_yuan=s2(c['amount']), date=c['sign'], customer=c['cust']['name']), '正文+签署页，履约保证金为干扰金额'


CONTRACT_G = {'tech_transfer': g_tech_transfer, 'emc': g_emc, 'supply': g_supply, 'service': g_service}


def g_kenshu(c, A, rng, v):
    """検収書 / 验收单, Chinese-Japanese bilingual (Japanese-owned customer)."""
    p = Page()
    p.y = 60
    p.title('検 収 書', 22, gap=4)
    p.title('验 收 单', 14, 'song', gap=20)
    p.right(f'No. KS-{c["acc"][:4]}-{rng.randint(100, 999)}', 9.5)
    p.right(f'検収日 / 验收日期：{cdate(c["acc"], 2)}', 10)
    p.para(f'{A["name"]}　御中', indent=False, size=12)
    p.para('下記の通り検収いたしましたので、ご通知申し上げます。/ 经我方检验，下列项目已验收，特此通知。', indent=False)
    amt = c['amount'] if not c['flags'].get('acc_amount_off') else c['acc_amount']
    p.table([0.3, 0.7], [['件名 / 项目名称', c['name']], ['注文番号 / 合同编号', c['no']],
                         ['契約金額 / 合同金额', f'￥{fmt(amt)}（税込 / 含税）'],
                         ['納入日 / 交付日期', cdate(c['deliver'], 2)],
                         ['検収結果 / 验收结论', '合格 ／ 验收合格'],
                         ['備考 / 备注', '性能確認済み。保証期間は検収日より1年間。']], size=10.5, minh=28)
    p.y += 20
    p.para(f'発注者 / 委托方：{c["cust"]["name"]}', indent=False)
    p.para('　　　　製造部 部長　佐藤 健一　／　生产部 经理 马 骏', indent=False)
    p.seal(p.w - 150, p.y - 10, 38, c['cust']['name'], '')
    return [p], F(contract_no=c['no'], amount_yuan=s2(amt), date=c['acc'], customer=c['cust']['name'], result='passed'), '日资客户中日双语検収書（验收单）'


def g_workload(c, A, rng, v):
    """服务工作量确认单 (service completion confirmation) — no amount."""
    p = Page()
    p.y = 60
    p.title('服务工作量及完成情况确认单', 16)
    p.table([0.22, 0.78], [['合同名称', c['name']], ['合同编号', c['no']], ['服务单位', A['name']],
                           ['确认单位', c['cust']['name']],
                           ['服务周期', f'{cdate(c["sign"],3)} 至 {cdate(c["acc"],3)}']], size=10)
    p.table([0.08, 0.5, 0.2, 0.22], [['序号', '工作内容', '工作量', '完成情况'],
             ['1', '现场调研与方案设计', '12人日', '已完成'],
             ['2', '设备联网及数据采集（PLC/CNC）', f'{rng.randint(40, 120)}台', '已完成'],
             ['3', '生产管理系统部署与二次开发', '1套', '已完成'],
             ['4', '用户培训', f'{rng.randint(3, 8)}场', '已完成']], heads=1)
    p.para('确认意见：上述服务内容已按合同约定全部完成，系统运行稳定，技术文档齐全，经我单位确认，'
           '同意该项目通过验收。', indent=False)
    p.y += 10
    p.para(f'确认单位（盖章）：{c["cust"]["name"]}', indent=False)
    p.para('项目负责人签字：', indent=False)
    p.text(p.m + 100, p.y - 18, '赵 志 刚', 13, 'hand', (0.1, 0.1, 0.5))
    p.para(f'确认日期：{cdate(c["acc"],0)}', indent=False)
    p.seal(p.m + 260, p.y - 40, 40, c['cust']['name'], '')
    return [p], F(contract_no=c['no'], date=c['acc'], customer=c['cust']['name'], result='passed'), '服务工作量确认单，作验收用，无金额'


def g_carbon(c, A, rng, v):
    """三联复写验收单, filled in by hand."""
    p = Page(landscape=True, margin=40)
    p.rect(30, 30, p.w - 60, p.h - 60, lw=1.2, color=(0.2, 0.3, 0.6))
    p.y = 45
    p.title('验   收   单', 20)
    p.text(p.w - 190, 50, f'No. {rng.randint(1000000, 9999999)}', 12, 'hei', (0.8, 0.1, 0.1))
    p.text(60, p.y, '使用单位：', 11)
    p.text(130, p.y - 2, c['cust']['name'], 12, 'hand', (0.1, 0.15, 0.5))
    p.text(470, p.y, '日期：', 11)
    p.text(510, p.y - 2, cdate(c['acc'], 0), 12, 'hand', (0.1, 0.15, 0.5))
    p.y += 26
    failed = c['flags'].get('acc_failed')
    rows = [['项目/设备名称', '合同号', '数量', '验收情况'],
            [c['name'], c['no'], '1 项', '不合格' if failed else '合格'],
            ['', '', '', ''], ['', '', '', '']]
    x0, ws = 60, [320, 160, 80, 160]
    for ri, r in enumerate(rows):
        xx = x0
        for ci, cell in enumerate(r):
            p.rect(xx, p.y, ws[ci], 30, color=(0.2, 0.3, 0.6))
            if ri == 0:
                p.text(xx + 6, p.y + 9, cell, 11, 'hei', (0.2, 0.3, 0.6))
            else:
                p.text(xx + 6, p.y + 8, cell, 11 if ci == 0 else 12, 'hand', (0.1, 0.15, 0.5))
            xx += ws[ci]
        p.y += 30
    p.y += 10
    p.text(60, p.y, '验收结论：', 11, 'hei', (0.2, 0.3, 0.6))
    concl = '不合格，数据采集丢包率超标，需整改后复验' if failed else '合格，同意验收'
    p.text(140, p.y - 2, concl, 12, 'hand', (0.1, 0.15, 0.5))
    p.y += 30
    p.text(60, p.y, f'供货单位：{A["name"]}', 11, 'song', (0.2, 0.3, 0.6))
    p.text(430, p.y, '验收人：', 11, 'song', (0.2, 0.3, 0.6))
    p.text(490, p.y - 2, '孙  宏  伟', 13, 'hand', (0.1, 0.15, 0.5))
    p.text(60, p.h - 55, '第一联 存根（白）  第二联 供货单位（红）  第三联 财务（黄）', 9, 'song', (0.2, 0.3, 0.6))
    p.seal(560, p.y - 30, 38, c['cust']['name'], '')
    return [p], F(contract_no=c['no'], date=c['acc'], customer=c['cust']['name'], result='failed' if failed else 'passed'), (
        '三联复写验收单手写，结论不合格' if failed else '三联复写验收单，手写填写')


def g_accreport(c, A, rng, v):
    """own-wording acceptance report: prose + 验收组成员 list; can be failed or dated 2024."""
    failed = c['flags'].get('acc_failed')
    p = Page()
    p.y = 60
    p.title('项目竣工验收报告', 18)
    p.para(f'项目名称：{c["name"]}', indent=False)
    p.para(f'合同编号：{c["no"]}', indent=False)
    p.para(f'建设单位：{c["cust"]["name"]}', indent=False)
    p.para(f'实施单位：{A["name"]}', indent=False)
    amt = c['amount'] if not c['flags'].get('acc_amount_off') else c['acc_amount']
    show_amt = v % 2 == 0 or c['flags'].get('acc_amount_off')
    if show_amt:
        p.para(f'合同金额：{fmt(amt)}元', indent=False)
    pre = c.get('pre_acc')
    p.y += 6
    p.para('一、项目概况', indent=False, font='hei')
    p.para(f'本项目于{cdate(c["sign"],0)}签订合同，实施内容包括产线设备联网、制造执行系统、质量追溯与可视化看板。')
    if pre:
        p.para(f'{cdate(pre,0)}项目完成初步验收，遗留问题3项，已于{cdate(c["acc"],0)}前全部整改闭环。')
    p.para('二、验收依据', indent=False, font='hei')
    p.para('项目合同、技术协议、双方确认的需求规格说明书及相关国家标准。')
    p.para('三、验收意见', indent=False, font='hei')
    if failed:
        p.para(f'{cdate(c["acc"],0)}，{c["cust"]["name"]}组织召开项目验收会。验收组经现场查验认为：系统与ERP接口尚未贯通，'
               '关键性能指标未达合同要求，本次验收不予通过，请实施单位限期整改后重新申请验收。')
    else:
        p.para(f'{cdate(c["acc"],0)}，{c["cust"]["name"]}组织召开项目竣工验收会。验收组听取了汇报，查阅了文档并现场测试，'
               '认为项目已完成合同约定的全部内容，各项指标满足要求，一致同意通过竣工验收。')
    if c.get('warranty_end'):
        p.para(f'质保期自验收通过之日起至{cdate(c["warranty_end"],0)}止。')
    p.para('四、验收组成员', indent=False, font='hei')
    p.table([0.2, 0.45, 0.35], [['姓名', '单位', '职务/职称'], ['钱永昌', c['cust']['name'], '副总经理'],
                                ['李  芸', c['cust']['name'], '设备部部长'], ['周敬尧', '天津市某高校（特邀）', '教授']], heads=1, size=9.5)
    p.para(f'建设单位（盖章）：{c["cust"]["name"]}', indent=False)
    p.para(f'日期：{cdate(c["acc"],0)}', indent=False)
    p.seal(p.w - 170, p.y - 30, 42, c['cust']['name'], '')
    return [p], F(contract_no=c['no'], amount_yuan=s2(amt) if show_amt else None, date=c['acc'], customer=c['cust']['name'],
                  result='failed' if failed else 'passed'), ('验收报告，结论不予通过' if failed else '竣工验收报告（自拟版式）')


ACC_G = {'kenshu': g_kenshu, 'workload': g_workload, 'carbon': g_carbon, 'report': g_accreport}


def g_collect(c, A, rng, v, pay):
    """委托收款凭证（付款通知联）"""
    payer = pay['payer']
    p = Page(landscape=True, margin=40)
    p.y = 36
    p.text(40, 36, pay['bank_payer'], 10, 'song', (0.1, 0.4, 0.2))
    p.title('委托收款凭证（付款通知）  5', 16)
    p.text(60, p.y, f'委托日期 {cdate(pay["entrust"],0)}', 10)
    p.text(360, p.y, f'付款日期 {cdate(pay["date"],0)}', 10)
    p.text(620, p.y, '委托号码 ' + str(rng.randint(10000000, 99999999)), 10)
    p.y += 20
    p.table([0.06, 0.1, 0.34, 0.06, 0.1, 0.34], [
        ['付', '全称', payer['name'], '收', '全称', A['name']],
        ['款', '账号', payer['acct'], '款', '账号', A['acct']],
        ['人', '开户银行', pay['bank_payer'], '人', '开户银行', A['bank']]], size=10, minh=24)
    p.table([0.16, 0.84], [['委托金额', f'人民币（大写）{daxie(pay["amount"])}　　　　¥{fmt(pay["amount"])}'],
                           ['款项内容', f'{pay["memo"]}'], ['委托收款凭据名称', '合同、增值税专用发票'],
                           ['备注', '付款人注意：本凭证作为付款通知，已于付款日期划付。']], size=10, minh=24)
    p.text(60, p.y + 6, '付款人开户银行盖章', 10)
    p.seal(220, p.y + 10, 34, pay['bank_payer'], '业务专用章', oval=True)
    memo_no = c['no'] if c['no'] in pay['memo'] else None
    return [p], F(contract_no=memo_no, amount_yuan=s2(pay['amount']), date=pay['date'], payer=payer['name'], payee=A['name']), '委托收款凭证付款通知联；委托日期为干扰日期'


def g_debit(c, A, rng, v, pay):
    """借记通知 DEBIT ADVICE from a foreign bank's China branch (sent to payer)."""
    payer = pay['payer']
    p = Page()
    p.y = 50
    p.text(p.m, p.y, '汇泽银行（中国）有限公司天津分行', 13, 'hei', (0.0, 0.25, 0.5))
    p.text(p.m, p.y + 18, 'HUIZE BANK (CHINA) CO., LTD. TIANJIN BRANCH', 9, 'song', (0.0, 0.25, 0.5))
    p.y += 60
    p.title('借记通知  DEBIT ADVICE', 15)
    p.table([0.35, 0.65], [['账户名称 Account Name', payer['name']], ['账号 Account No.', payer['acct']],
                           ['交易类型 Transaction Type', '对外支付 Outward Payment (CNAPS)'],
                           ['起息日 Value Date', cdate(pay['date'], 1)],
                           ['借记金额 Debit Amount', f'CNY {fmt(pay["amount"])}'],
                           ['金额大写 In Words', daxie(pay['amount'])],
                           ['收款人 Beneficiary', A['name']], ['收款人账号 Beneficiary A/C', A['acct']],
                           ['收款行 Beneficiary Bank', A['bank']],
                           ['附言 Remarks', pay['memo']], ['手续费 Charges', 'CNY 15.50'],
                           ['打印日期 Print Date', cdate(pay['print'], 1)]], size=10, minh=22)
    p.para('本通知仅作为账户借记证明。This advice is computer generated and requires no signature.', indent=False, size=8.5)
    p.seal(p.w - 150, p.y + 10, 34, '汇泽银行天津分行', '电子回单专用章')
    memo_no = c['no'] if c['no'] in pay['memo'] else None
    return [p], F(contract_no=memo_no, amount_yuan=s2(pay['amount']), date=pay['date'], payer=payer['name'], payee=A['name']), '外资银行中英双语借记通知；打印日期与手续费为干扰'


def g_netbank(c, A, rng, v, pay):
    """企业网银转账交易回单 (own layout, side-by-side)"""
    payer = pay['payer']
    p = Page(margin=45)
    p.h = 400
    p.y = 30
    p.title(pay['bank_payer'][:6] + ' 企业网上银行 转账交易回单', 14)
    p.text(45, p.y, f'回单编号：{rng.randint(10**11, 10**12-1)}', 9)
    p.text(330, p.y, f'交易时间：{cdate(pay["date"],1)} {rng.randint(9,16):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}', 9)
    p.y += 18
    p.table([0.12, 0.38, 0.12, 0.38], [['付款户名', payer['name'], '收款户名', A['name']],
                                      ['付款账号', payer['acct'], '收款账号', A['acct']],
                                      ['付款行', pay['bank_payer'], '收款行', A['bank']],
                                      ['金额', f'¥{fmt(pay["amount"])}', '大写', daxie(pay['amount'])],
                                      ['用途', pay['memo'], '状态', '交易成功']], size=9, minh=22)
    p.text(45, p.y, '本回单可通过网银“回单验证”功能核验真伪，重复打印无效。', 8)
    p.seal(p.w - 120, p.y - 10, 34, pay['bank_payer'][:8], '电子回单专用章')
    memo_no = c['no'] if c['no'] in pay['memo'] else None
    return [p], F(contract_no=memo_no, amount_yuan=s2(pay['amount']), date=pay['date'], payer=payer['name'], payee=A['name']), '网银转账回单（自拟版式），付款/收款左右并列'


PAY_G = {'collect': g_collect, 'debit': g_debit, 'netbank': g_netbank}


def g_govnotice(c, A, rng, v):
    """政府采购合同公告 (web print)"""
    p = Page(margin=50)
    p.rect(0, 0, p.w, 40, fill=(0.75, 0.1, 0.1), color=(0.75, 0.1, 0.1))
    p.text(50, 13, '天津市政府采购网', 14, 'hei', (1, 1, 1))
    p.text(p.w - 200, 16, '首页 > 采购公告 > 合同公告', 9, 'song', (1, 1, 1))
    p.y = 70
    p.title(f'{c["cust"]["name"]}{c["name"]}项目合同公告', 13)
    p.text(200, p.y, f'发布时间：{cdate(c["proc_date"],1)} 10:32    浏览次数：{rng.randint(40,400)}', 9, 'song', (0.4, 0.4, 0.4))
    p.y += 24
    for line in [f'一、合同编号：{c["no"]}', f'二、合同名称：{c["name"]}', f'三、项目编号：TJCG-{c["sign"][:4]}-{rng.randint(1000,9999)}',
                 f'四、项目名称：{c["name"]}', '五、合同主体', f'　　采购人（甲方）：{c["cust"]["name"]}', f'　　地址：{c["cust"]["addr"]}',
                 f'　　供应商（乙方）：{A["name"]}', f'　　地址：{A["addr"]}', '六、合同主要信息',
                 f'　　主要标的名称：智能制造系统集成', f'　　合同金额：{fmt(c["proc_amount"])}元',
                 f'　　履约期限：合同签订后{rng.choice([3,4,6])}个月', f'七、合同签订日期：{cdate(c["sign"],1)}',
                 f'八、合同公告日期：{cdate(c["proc_date"],1)}', '九、其他补充事宜：无']:
        p.para(line, indent=False, size=10.5)
    p.y += 10
    p.text(50, p.y, f'https://ccgp-tianjin.example.gov.cn/cggg/htgg/{rng.randint(10**6,10**7)}.html', 8, 'song', (0.3, 0.3, 0.8))
    p.text(p.w - 110, p.y, '1/1', 8)
    return [p], F(contract_no=c['no'], amount_yuan=s2(c['proc_amount']), date=c['proc_date'], customer=c['cust']['name']), '政府采购合同公告网页打印'


def g_single(c, A, rng, v):
    """单一来源采购结果公示"""
    p = Page()
    p.y = 60
    p.title(f'{c["name"]}单一来源采购结果公示', 14)
    p.para(f'{c["cust"]["name"]}（以下简称“采购人”）就{c["name"]}项目采用单一来源方式采购，'
           '经专家论证及公示无异议后与供应商进行了协商，现将结果公示如下：')
    p.table([0.3, 0.7], [['采购人', c['cust']['name']], ['采购项目编号', f'DY{c["sign"][2:4]}-{rng.randint(100,999)}'],
                         ['单一来源理由', '原有系统扩容，需与原供应商产品保持兼容'],
                         ['成交供应商', A['name']], ['供应商地址', A['addr']],
                         ['项目预算', f'{fmt((c["proc_amount"]*Decimal("1.06")).quantize(Decimal("100")))}元'],
                         ['成交金额', f'{fmt(c["proc_amount"])}元（{daxie(c["proc_amount"])}）'],
                         ['公示期', f'{cdate(c["proc_date"],0)}至{cdate(c["proc_date2"],0)}']], size=10, minh=24)
    p.para('如有异议，请于公示期内以书面形式向采购人提出。', indent=False)
    p.para(f'联系人：张女士　电话：022-{rng.randint(20000000,29999999)}', indent=False)
    p.right(c['cust']['name'])
    p.right(cdate(c['proc_date'], 0))
    p.seal(p.w - 140, p.y - 30, 38, c['cust']['name'], '')
    return [p], F(amount_yuan=s2(c['proc_amount']), date=c['proc_date'], customer=c['cust']['name']), '单一来源采购结果公示；预算金额为干扰金额，无合同编号'


def g_award(c, A, rng, v):
    """own-wording award letter"""
    p = Page()
    p.y = 70
    p.title('中 标 通 知 书', 20)
    p.para(f'{A["name"]}：', indent=False)
    p.para(f'我单位于{cdate(c["bid_date"],0)}组织的“{c["name"]}”邀请招标，经评标委员会评审并经我单位确认，'
           f'贵单位为中标人，中标价为人民币{fmt(c["proc_amount"])}元（大写：{daxie(c["proc_amount"])}）。')
    p.para('请贵单位自收到本通知书之日起三十日内，与我单位签订书面合同，合同编号以双方签订的合同为准。')
    p.para('特此通知。', indent=True)
    p.y += 30
    p.right(f'招标人：{c["cust"]["name"]}')
    p.right(cdate(c['proc_date'], 0))
    p.seal(p.w - 140, p.y - 30, 40, c['cust']['name'], '')
    return [p], F(amount_yuan=s2(c['proc_amount']), date=c['proc_date'], customer=c['cust']['name']), '中标通知书（自拟措辞），开标日期为干扰日期'


PROC_G = {'govnotice': g_govnotice, 'single': g_single, 'award': g_award}

# ---------------------------------------------------------------- standards & other


def g_std_iec(s, A, rng):
    p = Page()
    p.y = 60
    p.text(p.m, p.y, f'IEC TC65/WG{rng.randint(10,25)} N{rng.randint(100,999)}', 10, 'hei')
    p.text(p.w - p.m - 140, p.y, 'WORKING DRAFT (WD)', 10, 'hei')
    p.y += 60
    p.title('国际标准提案 工作组草案', 16)
    p.title(s['en'], 13, 'hei', gap=8)
    p.title(s['name'], 15, 'hei', gap=30)
    p.para(f'Project: IEC/PNW TS 6{rng.randint(1000,9999)} ED1    Stage: WD    Date: {cdate("2023-%02d-%02d" % (rng.randint(3,11), rng.randint(1,28)),1)}', indent=False, size=10)
    p.para(f'Convenor\'s note: This document is circulated to WG members for comment. Chinese contributor: {A["name"]} (Tianjin).', indent=False, size=10)
    p.para('Warning: this document is not an IEC International Standard. It is distributed for review and comment.', indent=False, size=9)
    p.y += 10
    p.para('1 Scope / 范围', indent=False, font='hei')
    p.para('This document specifies requirements for data models exchanged between production equipment and manufacturing operations systems.')
    p.para('本文件规定了生产设备与制造运行管理系统之间交换的数据模型要求。')
    return [p], F(title=s['name']), '国际标准提案工作组草案（英文为主，附中文名）'


def g_std_group(s, A, rng):
    p = Page()
    p.y = 50
    p.text(p.m, p.y, 'ICS 25.040', 10); p.text(p.m, p.y + 14, 'CCS J 07', 10)
    p.text(p.w - 60 - 40, p.y, '团　体　标　准', 12, 'hei')
    p.y += 70
    p.title(f'T/TJIIA {rng.randint(10,99)}—2023', 14, 'hei', gap=40)
    p.title(s['name'], 18, 'hei', gap=50)
    p.title('（征求意见稿）', 14, 'song', gap=160)
    p.line(p.m, p.y, p.w - p.m, p.y)
    p.y += 8
    p.text(p.m, p.y, '2023-XX-XX 发布', 11); p.text(p.w - p.m - 90, p.y, '2023-XX-XX 实施', 11)
    p.y += 40
    p.title('天津市工业互联网协会　发布', 13)
    p2 = Page()
    p2.title('前　　言', 14)
    p2.para('本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。')
    p2.para('请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。')
    p2.para(f'本文件起草单位：{A["name"]}、天津某大学、天津市某研究院。')
    return [p, p2], F(title=s['name']), '团体标准征求意见稿封面+前言'


def g_comment_table(s, A, rng):
    p = Page(landscape=True, margin=40)
    p.y = 40
    p.title(f'《{s["name"]}》征求意见汇总处理表', 14)
    p.text(40, p.y, f'标准项目负责人：{A["name"]}　　共{rng.randint(3,5)}页 第1页', 9)
    p.y += 18
    p.table([0.06, 0.14, 0.4, 0.2, 0.2], [['序号', '章条编号', '意见内容', '提出单位', '处理意见'],
             ['1', '3.2', '“边缘节点”定义与GB/T 40654不一致，建议引用。', '某检测院', '采纳'],
             ['2', '5.1', '数据采集周期建议给出推荐值。', '某装备公司', '部分采纳'],
             ['3', '附录A', '示例表格字段过多，建议精简。', '某大学', '不采纳，说明理由']], heads=1, size=9.5)
    return [p], F(), '征求意见汇总处理表（不是标准草案本身）'


def g_bid_open(c, A, rng, others):
    p = Page(landscape=True, margin=40)
    p.y = 40
    p.title('开 标 记 录 表', 16)
    p.text(40, p.y, f'项目名称：{c["name"]}　　招标人：{c["cust"]["name"]}　　开标时间：{cdate(c["bid_date"],1)} 09:30', 9.5)
    p.y += 18
    rows = [['序号', '投标人', '投标报价（元）', '工期', '质量承诺', '投标人代表签字']]
    bidders = [(A['name'], c['proc_amount'])] + others
    rng.shuffle(bidders)
    for i, (n, a) in enumerate(bidders):
        rows.append([str(i + 1), n, fmt(a), '150日历天', '合格', ''])
    p.table([0.06, 0.36, 0.16, 0.12, 0.12, 0.18], rows, heads=1, size=9.5, minh=26)
    p.text(40, p.y, '记录人：', 10); p.text(250, p.y, '监标人：', 10); p.text(460, p.y, '唱标人：', 10)
    return [p], F(), '开标记录表：多家投标报价为干扰金额，不是中标证明'


def g_social(c, A, rng):
    p = Page()
    p.y = 60
    p.title('单位参保缴费情况证明', 16)
    p.para(f'单位名称：{c["cust"]["name"]}', indent=False)
    p.para(f'统一社会信用代码：{c["cust"]["uscc"]}', indent=False)
    p.para(f'经查询，该单位截至2023年12月在我市参加企业职工基本养老保险人数为{c["cust"]["emp"]}人，'
           '2023年1月至12月无欠缴记录。')
    p.para('本证明仅证明参保缴费情况，证明自出具之日起三个月内有效。')
    p.right('天津市社会保险基金管理中心')
    p.right('2024年1月9日')
    p.seal(p.w - 150, p.y - 30, 36, '社会保险基金管理中心', '业务专用章')
    return [p], F(), '客户社保参保证明（从业人员佐证，非合同证据）'


def g_credit(c, A, rng):
    p = Page(margin=50)
    p.rect(0, 0, p.w, 36, fill=(0.1, 0.3, 0.6), color=(0.1, 0.3, 0.6))
    p.text(50, 11, '国家企业信用信息公示系统（示意）', 12, 'hei', (1, 1, 1))
    p.y = 60
    p.title('企业信用信息公示报告', 15)
    p.table([0.3, 0.7], [['企业名称', c['cust']['name']], ['统一社会信用代码', c['cust']['uscc']],
                         ['类型', '有限责任公司'], ['法定代表人', '陈' + rng.choice(['昀', '赟', '瑄', '堃'])],
                         ['住所', c['cust']['addr']], ['成立日期', f'{rng.randint(1998,2015)}年{rng.randint(1,12)}月{rng.randint(1,28)}日'],
                         ['登记状态', '存续（在营、开业、在册）'], ['报告生成时间', '2024年01月12日']], size=10, minh=24)
    return [p], F(), '客户企业信用信息公示报告打印件（地址/代码佐证）'


def g_techagree(c, A, rng):
    p = Page()
    p.y = 60
    p.title('技 术 协 议', 18)
    p.para(f'（合同编号：{c["no"]} 之附件一）', indent=False)
    p.para(f'甲方：{c["cust"]["name"]}　　乙方：{A["name"]}', indent=False)
    p.para('1. 系统架构：边缘层采用工业网关采集PLC、CNC数据，平台层部署于甲方私有云。')
    p.para('2. 性能指标：数据采集周期≤1s；系统可用性≥99.5%；报表生成时间≤5s。')
    p.para('3. 验收标准：按本协议第2条指标逐项测试，全部满足为合格。')
    p.para('4. 本协议与合同具有同等法律效力，价格条款以合同为准。')
    sig_pair(p, '甲方', c['cust']['name'], '乙方', A['name'], seal_l=False, seal_r=False)
    return [p], F(), '合同附件技术协议，无金额（不是合同本身）'

# ---------------------------------------------------------------- submissions

def mk_applicant(rng, used):
    reg = rng.choice(['120116', '120111', '120104'])
    n = '天津' + rng.choice(AP1) + rng.choice(AP2)
    used.add(n)
    return dict(name=n, uscc=uscc(rng, reg), addr=address(rng, reg), acct=acct(rng, 17), bank=rng.choice(BANKS))


def mk_customer(rng, used, sme=True, tj=True, emp=None, rev=None):
    if tj:
        reg = rng.choice(list(TJ_REG))
        name = company(rng, used)
        addr = address(rng, reg)
    else:
        reg = '131000'
        name = company(rng, used, tj=False)
        addr = f'河北省廊坊市广阳区{rng.choice(ROADS)}{rng.randint(2, 99)}号'
    if emp is None:
        emp = rng.randint(60, 900) if sme else rng.randint(1100, 5000)
    if rev is None:
        rev = Decimal(rng.randint(3000, 38000)) if sme else Decimal(rng.randint(45000, 300000))
    return dict(name=name, uscc=uscc(rng, reg), addr=addr, tj=tj, emp=emp, rev=Decimal(rev), acct=acct(rng, 19),
                decl_sme=sme, decl_tj=tj)


def is_sme(cu):
    return not (cu['emp'] >= 1000 and cu['rev'] >= 40000)


def d_add(d, days):
    import datetime
    x = datetime.date.fromisoformat(d) + datetime.timedelta(days=days)
    return x.isoformat()


PROJ = ['数字化车间建设', '智能仓储物流系统', '设备预测性维护平台', '5G+工业互联网改造', '质量追溯系统', '能源管控平台',
        '柔性装配产线智能化改造', '生产执行系统（MES）', '视觉检测系统', '工业数据中台', '数字孪生工厂', 'APS高级排程系统',
        '安全生产监测平台', '焊装线自动化升级']


def mk_contract(rng, i, cust, wan, prefix, flags=None):
    import datetime
    sign = datetime.date(2022 + (rng.random() < 0.35), rng.randint(1, 9), rng.randint(1, 28))
    if sign.year == 2023 and sign.month > 6:
        sign = sign.replace(month=rng.randint(1, 6))
    acc = sign + datetime.timedelta(days=rng.randint(150, 300))
    if acc.year != 2023:
        acc = datetime.date(2023, rng.randint(3, 12), rng.randint(1, 28))
    if acc <= sign:
        acc = sign + datetime.timedelta(days=120)
    amount = yuan_from_wan(wan)
    c = dict(seq=i + 1, no=f'{prefix}-{sign.year}-{rng.randint(100, 999):03d}{i:02d}', name=PROJ[(i * 5 + rng.randint(0, 13)) % len(PROJ)],
             cust=cust, wan=Decimal(wan), amount=amount, sign=sign.isoformat(), acc=acc.isoformat(),
             deliver=(sign + datetime.timedelta(days=90)).isoformat(), flags=flags or {})
    c['proc_amount'] = amount
    c['bid_date'] = (sign - datetime.timedelta(days=25)).isoformat()
    c['proc_date'] = (sign - datetime.timedelta(days=12)).isoformat()
    c['proc_date2'] = (sign - datetime.timedelta(days=7)).isoformat()
    return c


def plan(kind, rng):
    used = set()
    A = mk_applicant(rng, used)
    prefix = rng.choice(['ZH', 'SH', 'QS', 'YX'])
    cs = []
    std = []
    extra = {}
    if kind == 'support_clean':
        smes = [True] * 7 + [False] * 3
        wans = ['812.50', '635.00', '498.20', '720.00', '566.80', '903.40', '455.00', '688.60', '530.00', '610.00']
        for i in range(10):
            cs.append(mk_contract(rng, i, mk_customer(rng, used, smes[i]), wans[i], prefix))
        std = [dict(name='智能制造 设备数据采集接口通用要求', cat='团体标准', stage='征求意见稿', doc='group'),
               dict(name='工业互联网平台 边缘网关技术规范', cat='团体标准', stage='征求意见稿', doc='group'),
               dict(name='离散制造 设备与MES数据交换模型', cat='国际标准', stage='工作组草案', doc='iec',
                    en='Data exchange model between equipment and MES in discrete manufacturing')]
    elif kind == 'support_gaps':
        spec = [({}, True, '388.00'), ({'sme_wrong': 1}, True, '520.00'), ({}, True, '412.60'), ({}, True, '366.00'),
                ({'no_pay': 1}, True, '605.00'), ({'acc_amount_off': 1}, True, '478.00'), ({'acc_2024': 1}, True, '530.50'),
                ({'acc_failed': 1}, True, '444.00'), ({'payer_other': 1}, False, '720.00'), ({'dup_payment': 1}, True, '395.00'),
                ({'invalid_uscc': 1}, True, '468.00'), ({'not_tj': 1}, True, '512.00'), ({'no_acc': 1}, True, '377.70'),
                ({'no_proc': 1}, False, '640.00')]
        for i, (fl, sme, wan) in enumerate(spec):
            if fl.get('sme_wrong'):
                cu = mk_customer(rng, used, True, emp=1580, rev=62000)   # declared 是, really large
            elif fl.get('not_tj'):
                cu = mk_customer(rng, used, True, tj=False); cu['decl_tj'] = True
            else:
                cu = mk_customer(rng, used, sme)
            if fl.get('invalid_uscc'):
                cu['uscc'] = break_uscc(cu['uscc'])
            cs.append(mk_contract(rng, i, cu, wan, prefix, fl))
        std = [dict(name='智能工厂 生产数据质量评价方法', cat='团体标准', stage='征求意见稿', doc='group'),
               dict(name='工业设备远程运维服务规范', cat='团体标准', stage='征求意见稿', doc='group'),
               dict(name='注塑车间数字化建设指南', cat='团体标准', stage='征求意见稿', doc=None)]
    else:  # support_tricky
        # 10 contracts, 9 customers; c3 paid by the customer's branch -> party_mismatch;
        # verified total exactly 50,000,000.00 -> tier 500 (lower bound inclusive)
        wans = ['560.00', '420.00', '650.00', '612.40', '588.60', '530.00', '705.00', '474.00', '650.00', '460.00']
        smes = [True, True, True, True, False, True, False, False, True, True]
        custs = []
        for i in range(10):
            if i == 1:
                custs.append(custs[0]); continue
            if i == 7:
                custs.append(mk_customer(rng, used, False, emp=1000, rev=Decimal('40000.00')))   # exactly large
            elif i == 8:
                custs.append(mk_customer(rng, used, True, emp=1350, rev=Decimal('39980.00')))    # SME by revenue
            else:
                custs.append(mk_customer(rng, used, smes[i]))
        fls = [{}, {}, {'branch_payer': 1}, {'proc_half_pct': 1}, {'boundary_acc': 1}, {'reverse_roles': 1},
               {'late_instalment': 1}, {}, {}, {}]
        for i in range(10):
            cs.append(mk_contract(rng, i, custs[i], wans[i], prefix, fls[i]))
        std = [dict(name='数字化车间 设备互联互通测试方法', cat='团体标准', stage='征求意见稿', doc='group'),
               dict(name='工业互联网标识解析 二级节点接入规范', cat='团体标准', stage='征求意见稿', doc='group'),
               dict(name='Manufacturing operations data model for robotic cells 机器人单元制造运行数据模型', cat='国际标准', stage='工作组草案', doc='iec',
                    en='Manufacturing operations data model for robotic cells'),
               dict(name='智能仓储 AGV调度系统技术要求', cat='团体标准', stage='征求意见稿', doc='comment_only')]
        std[2]['name'] = '机器人单元制造运行数据模型'
    # per-contract adjustments
    import datetime
    for c in cs:
        f = c['flags']
        if f.get('acc_amount_off'):
            c['acc_amount'] = (c['amount'] * Decimal('1.032')).quantize(Decimal('100'))
        if f.get('acc_2024'):
            c['acc_real'] = '2024-01-18'
            c['acc'] = '2023-12-28'   # declared
        if f.get('proc_half_pct'):
            c['proc_amount'] = (c['amount'] * Decimal('1.005')).quantize(Decimal('0.01'))
        if f.get('boundary_acc'):
            c['acc'] = '2023-12-31'; c['pre_acc'] = '2023-06-20'; c['warranty_end'] = '2024-12-31'
        if kind == 'support_tricky' and c['seq'] == 1 and c['sign'] < '2022-10-01':
            c['acc'] = '2023-01-01'   # first day of the period
    return A, cs, std, extra


def payments_for(c, A, rng):
    cu = c['cust']
    f = c['flags']
    payer = dict(name=cu['name'], acct=cu['acct'])
    if f.get('payer_other'):
        payer = dict(name=cu['name'][:2] + rng.choice(['泓信', '中昱']) + '投资控股集团有限公司', acct=acct(rng, 19))
    if f.get('branch_payer'):
        payer = dict(name=cu['name'].replace('有限公司', '有限公司北辰分公司') if '有限公司' in cu['name'] else cu['name'] + '北辰分公司',
                     acct=acct(rng, 19))
    n = 2 if (c['amount'] > 5000000 or f.get('late_instalment')) else 1
    pays = []
    if n == 1:
        parts = [c['amount']]
    else:
        p1 = (c['amount'] * Decimal('0.6')).quantize(Decimal('0.01'))
        parts = [p1, c['amount'] - p1]
    for k, a in enumerate(parts):
        d = d_add(c['acc'] if k == n - 1 else c['sign'], rng.randint(8, 40) if k == n - 1 else rng.randint(5, 20))
        if f.get('late_instalment') and k == n - 1:
            d = '2024-01-10'
        if d > '2024-03-31':
            d = '2024-03-' + str(rng.randint(10, 28))
        memo = rng.choice([f'支付{c["no"]}合同款', f'{c["name"]}项目款', f'合同{c["no"]}第{k+1}期款', '货款'])
        pays.append(dict(payer=payer, amount=a, date=d, entrust=d_add(d, -3), print=d_add(d, 2), memo=memo,
                         bank_payer=rng.choice(BANKS)))
    return pays

# ---------------------------------------------------------------- writing


class Sub:
    def __init__(self, root, rng):
        self.root = root
        self.rng = rng
        self.docs = []
        self.n = 0

    def add(self, pages, doc_type, fields, note, contract_no, rendering=None, folder=None, ext=None):
        rng = self.rng
        self.n += 1
        if rendering is None:
            x = rng.random()
            rendering = 'scan' if x < 0.31 else ('photo' if x < 0.47 else 'text')
        folder = folder or rng.choice(['', '附件', '证明材料', '扫描件', 'docs'])
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        if rendering == 'text':
            ext = ext or 'pdf'
            name = f'{rng.choice(["文件", "file", "附件", "doc"])}_{self.n:03d}.{ext}'
            path = os.path.join(self.root, folder, name)
            if ext == 'png':
                render_img(pages[0], 1.5).save(path, 'PNG')
                rendering = 'scan'   # image without text layer (clean screenshot)
            else:
                render_pdf(pages, path)
        elif rendering == 'scan':
            name = f'scan{rng.randint(1000, 9999)}_{self.n:03d}.pdf'
            path = os.path.join(self.root, folder, name)
            imgs = []
            for pg in pages:
                data, w_, h_ = degrade(render_img(pg, 1.6), rng, 'scan')
                imgs.append((data, pg.w, pg.h))
            render_pdf(None, path, images=imgs)
        elif rendering == 'photo':
            data, w_, h_ = degrade(render_img(pages[0], 1.6), rng, 'photo')
            if len(pages) > 1 or rng.random() < 0.3:
                name = f'IMG_{rng.randint(1000, 9999)}_{self.n:03d}.pdf'
                path = os.path.join(self.root, folder, name)
                imgs = [(data, pages[0].w, pages[0].h * (h_ / w_) * (w_ / (pages[0].w * 1.6)) / (h_ / (pages[0].h * 1.6)) if False else pages[0].w * h_ / w_)]
                for pg in pages[1:]:
                    d2, w2, h2 = degrade(render_img(pg, 1.6), rng, 'photo')
                    imgs.append((d2, pg.w, pg.w * h2 / w2))
                render_pdf(None, path, images=imgs)
            else:
                name = f'IMG_{rng.randint(1000, 9999)}_{self.n:03d}.jpg'
                path = os.path.join(self.root, folder, name)
                open(path, 'wb').write(data)
        rel = os.path.relpath(path, self.root).replace(os.sep, '/')
        self.docs.append(dict(path=rel, doc_type=doc_type, rendering=rendering, contract_no=contract_no,
                              note=note, fields=fields))
        return rel

    def dup(self, rel, note):
        src = os.path.join(self.root, rel)
        base, ext = os.path.splitext(os.path.basename(rel))
        dst_rel = f'重复上传/{base}_copy{ext}'
        os.makedirs(os.path.join(self.root, '重复上传'), exist_ok=True)
        shutil.copyfile(src, os.path.join(self.root, dst_rel))
        d0 = [d for d in self.docs if d['path'] == rel][0]
        d = dict(d0); d['path'] = dst_rel; d['note'] = note; d['fields'] = dict(d0['fields'])
        self.docs.append(d)


def build(kind, out, seed):
    rng = random.Random(f'{seed}-{kind}')
    A, cs, std, extra = plan(kind, rng)
    sroot = os.path.join(out, kind, 'submission')
    if os.path.exists(os.path.join(out, kind)):
        shutil.rmtree(os.path.join(out, kind))
    os.makedirs(sroot)
    S = Sub(sroot, rng)
    cg, ag, pg, rg = list(CONTRACT_G), list(ACC_G), list(PAY_G), list(PROC_G)
    for i, c in enumerate(cs):
        f = c['flags']
        pages, fl, note = CONTRACT_G[cg[i % 4] if not f.get('reverse_roles') else 'supply'](c, A, rng, i)
        S.add(pages, 'contract', fl, note, c['no'], folder='合同' if i % 3 else None)
        if not f.get('no_acc'):
            a = ag[i % 4]
            if f.get('acc_failed'):
                a = 'report'
            if f.get('acc_amount_off') and a in ('workload', 'carbon'):
                a = 'kenshu'
            cc = dict(c)
            if f.get('acc_2024'):
                cc['acc'] = c['acc_real']
            pages, fl, note = ACC_G[a](cc, A, rng, i)
            if f.get('acc_2024'):
                note += '；验收日期2024年1月，超出支持周期（申报表填2023-12-28）'
            if f.get('acc_amount_off'):
                note += '；验收文件载明金额与申报金额相差约3.2%'
            S.add(pages, 'acceptance_report', fl, note, c['no'], rendering='photo' if a == 'carbon' else None)
        if not f.get('no_pay'):
            for k, pay in enumerate(payments_for(c, A, rng)):
                pgk = pg[(i + k) % 3]
                pages, fl, note = PAY_G[pgk](c, A, rng, i, pay)
                if f.get('payer_other'):
                    note += '；付款人为客户的关联集团公司，非申报客户'
                if f.get('branch_payer'):
                    note += '；付款人为客户的分公司（名称不同于申报客户）'
                if f.get('late_instalment') and pay['date'] > '2023-12-31':
                    note += '；尾款2024年1月支付（付款日期不受周期限制）'
                ext = 'png' if (pgk == 'netbank' and rng.random() < 0.35) else None
                rel = S.add(pages, 'payment_proof', fl, note, c['no'], rendering='text' if ext else None, ext=ext)
                if f.get('dup_payment') and k == 0:
                    S.dup(rel, '同一回单重复上传（字节相同）')
        if not f.get('no_proc'):
            r = rg[i % 3]
            pages, fl, note = PROC_G[r](c, A, rng, i)
            if f.get('proc_half_pct'):
                note += '；采购文件金额比申报金额高出恰好0.5%（不超过0.5%，不构成不一致）'
            S.add(pages, 'procurement_proof', fl, note, c['no'])
        # extra "other" documents
        if i in (0, 4, 7) or f.get('proc_half_pct'):
            others = [(company(rng, set()), (c['proc_amount'] * Decimal(x)).quantize(Decimal('100'))) for x in ('1.043', '1.087')]
            pages, fl, note = g_bid_open(c, A, rng, others)
            S.add(pages, 'other', fl, note, c['no'])
        if i in (2, 6):
            pages, fl, note = g_techagree(c, A, rng)
            S.add(pages, 'other', fl, note, c['no'])
        if i in (3, 8) or f.get('sme_wrong') or f.get('not_tj'):
            pages, fl, note = (g_social if i % 2 else g_credit)(c, A, rng)
            S.add(pages, 'other', fl, note, c['no'])
    for s in std:
        if s['doc'] == 'group':
            pages, fl, note = g_std_group(s, A, rng)
            S.add(pages, 'standard_draft', fl, note, None, folder='标准')
        elif s['doc'] == 'iec':
            pages, fl, note = g_std_iec(s, A, rng)
            S.add(pages, 'standard_draft', fl, note, None, folder='标准')
        elif s['doc'] == 'comment_only':
            pages, fl, note = g_comment_table(s, A, rng)
            S.add(pages, 'other', fl, note, None, folder='标准', rendering='text')
    if kind == 'support_gaps':
        # truncated PDF
        tmp = os.path.join(sroot, '附件', 'file_bad.pdf')
        os.makedirs(os.path.dirname(tmp), exist_ok=True)
        pages, _, _ = g_workload(cs[0], A, rng, 0)
        render_pdf(pages, tmp)
        b = open(tmp, 'rb').read()
        open(tmp, 'wb').write(b[:len(b) * 2 // 5])
        S.docs.append(dict(path='附件/file_bad.pdf', doc_type='other', rendering='corrupt', contract_no=None,
                           note='截断的PDF，无法打开', fields=F()))
    for d in S.docs:
        d['sha256'] = hashlib.sha256(open(os.path.join(sroot, d['path']), 'rb').read()).hexdigest()
    write_workbook(os.path.join(sroot, '申报信息.xlsx'), A, cs, std, rng, kind)
    truth = compute_truth(A, cs, std, S.docs, kind)
    with open(os.path.join(out, kind, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
    return truth


def write_workbook(path, A, cs, std, rng, kind):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '申报单位'
    ws.append(['项目', '内容'])
    for k, v in [('单位名称', A['name']), ('统一社会信用代码', A['uscc']), ('注册地址', A['addr']),
                 ('申报方向', '智能制造和工业互联网系统解决方案供应商'), ('服务行业', '装备制造、汽车零部件、新材料')]:
        ws.append([k, v])
    ws2 = wb.create_sheet('服务用户清单')
    hdr = ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额（万元）', '签订日期', '验收日期',
           '是否中小企业', '从业人员', '营业收入（万元）', '是否天津企业']
    ws2.append(['服务用户清单（支持周期：2023年1月1日—2023年12月31日）'])
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2.append(hdr)
    import datetime
    for c in cs:
        cu = c['cust']
        sd = datetime.date.fromisoformat(c['sign'])
        ad = datetime.date.fromisoformat(c['acc'])
        if c['seq'] % 3 == 0:
            sd, ad = cdate(c['sign'], 0), cdate(c['acc'], 0)
        ws2.append([c['seq'], cu['name'], cu['uscc'], c['no'], c['name'], float(c['wan']), sd, ad,
                    '是' if cu['decl_sme'] else '否', cu['emp'], float(cu['rev']), '是' if cu['decl_tj'] else '否'])
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if isinstance(cell.value, datetime.date):
                cell.number_format = 'yyyy-mm-dd'
    ws3 = wb.create_sheet('标准草案')
    ws3.append(['序号', '标准名称', '标准类别', '阶段'])
    for i, s in enumerate(std):
        ws3.append([i + 1, s['name'], s['cat'], s['stage']])
    wb.save(path)


def tier(total):
    if total > Decimal('100000000'):
        return 1000
    if total >= Decimal('75000000'):
        return 750
    if total >= Decimal('50000000'):
        return 500
    if total >= Decimal('25000000'):
        return 250
    return 0


def compute_truth(A, cs, std, docs, kind):
    """From the documents' stated fields and the declaration, by the format.md rules."""
    gaps = []
    verified = []
    shas = {}
    for d in docs:
        shas.setdefault(d['sha256'], []).append(d)
    for c in cs:
        cu = c['cust']
        mine = [d for d in docs if d['contract_no'] == c['no']]
        by = lambda t: [d for d in mine if d['doc_type'] == t]
        g = []
        def add(kind_, req='S-evidence'):
            if kind_ not in [x['kind'] for x in g]:
                g.append(dict(kind=kind_, contract_no=c['no'], customer=cu['name'], requirement=req))
        accs, pays, procs, cons = by('acceptance_report'), by('payment_proof'), by('procurement_proof'), by('contract')
        if not accs: add('missing_acceptance_report')
        if not pays: add('missing_payment_proof')
        if not procs: add('missing_procurement_proof')
        tol = c['amount'] * Decimal('0.005')
        for d in cons + accs + procs:
            a = d['fields']['amount_yuan']
            if a is not None and abs(Decimal(a) - c['amount']) > tol:
                add('amount_mismatch')
        uniq = {}
        for d in pays:
            uniq[d['sha256']] = d
        if pays and abs(sum(Decimal(d['fields']['amount_yuan']) for d in uniq.values()) - c['amount']) > tol:
            add('amount_mismatch')
        if accs:
            if any(not ('2023-01-01' <= d['fields']['date'] <= '2023-12-31') for d in accs):
                add('date_out_of_period')
        elif not ('2023-01-01' <= c['acc'] <= '2023-12-31'):
            add('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in accs):
            add('acceptance_not_passed')
        if any(d['fields']['payer'] != cu['name'] or d['fields']['payee'] != A['name'] for d in pays) or \
           any(d['fields']['customer'] != cu['name'] for d in accs + cons):
            add('party_mismatch')
        if any(len(shas[d['sha256']]) > 1 for d in mine):
            add('duplicate_evidence')
        if not uscc_valid(cu['uscc']):
            add('invalid_uscc')
        if cu['decl_tj'] and not (cu['addr'].startswith('天津市') and cu['uscc'][2:4] == '12'):
            add('not_tianjin')
        if cu['decl_sme'] != is_sme(cu):
            add('sme_misclassified', 'S-sme')
        gaps += g
        if all(x['kind'] == 'sme_misclassified' for x in g):
            verified.append(c)
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(dict(kind='unreadable_document', contract_no=None, customer=None, requirement='S-evidence', file=d['path']))
    std_out = []
    with_doc = 0
    for s in std:
        has = any(d['doc_type'] == 'standard_draft' and d['fields']['title'] == s['name'] for d in docs)
        std_out.append(dict(name=s['name'], category=s['cat'], stage=s['stage'], draft_uploaded=has))
        if has:
            with_doc += 1
        else:
            gaps.append(dict(kind='missing_standard_document', contract_no=None, customer=None, requirement='S-standards', standard=s['name']))
    total = sum((c['amount'] for c in verified), Decimal('0'))
    vcust = {c['cust']['name'] for c in verified}
    vsme = {c['cust']['name'] for c in verified if is_sme(c['cust'])}
    sub = []
    app_tj = A['addr'].startswith('天津市') and A['uscc'][2:4] == '12'
    if not app_tj: sub.append(('applicant_not_tianjin', 'E-tianjin'))
    if len(vcust) < 8: sub.append(('customer_count_below_threshold', 'S-customers'))
    if total < Decimal('25000000'): sub.append(('total_below_threshold', 'S-total'))
    if len(vsme) < 5: sub.append(('sme_count_below_threshold', 'S-sme'))
    if with_doc < 3: sub.append(('standards_below_threshold', 'S-standards'))
    for k, r in sub:
        gaps.append(dict(kind=k, contract_no=None, customer=None, requirement=r))
    req = {r: 'met' for r in ['E-tianjin', 'S-customers', 'S-total', 'S-evidence', 'S-standards', 'S-sme']}
    for k, r in sub:
        req[r] = 'not_met'
    if any(g['requirement'] == 'S-evidence' for g in gaps):
        req['S-evidence'] = 'not_met'
    t = tier(total)
    if any(req[r] == 'not_met' for r in ['E-tianjin', 'S-customers', 'S-total', 'S-sme', 'S-standards']):
        t = 0
    return dict(
        submission=kind, cycle='support', period=['2023-01-01', '2023-12-31'],
        applicant=dict(name=A['name'], uscc=A['uscc'], address=A['addr']),
        award_tier_wan=t, accepted_total_yuan=s2(total), requirements=req, gaps=gaps,
        verified_contracts=[c['no'] for c in verified], verified_customer_count=len(vcust),
        verified_sme_customer_count=len(vsme), standards_with_document=with_doc,
        contracts=[dict(seq=c['seq'], contract_no=c['no'], customer=c['cust']['name'], customer_uscc=c['cust']['uscc'],
                        amount_yuan=s2(c['amount']), planted=sorted(c['flags'])) for c in cs],
        standards=std_out,
        documents=[dict(path=d['path'], doc_type=d['doc_type'], rendering=d['rendering'], contract_no=d['contract_no'],
                        sha256=d['sha256'], note=d['note'], fields=d['fields']) for d in docs])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='data')
    ap.add_argument('--seed', type=int, default=12)
    a = ap.parse_args()
    np.random.seed(a.seed)
    for kind in ['support_clean', 'support_gaps', 'support_tricky']:
        t = build(kind, a.out, a.seed)
        print(kind, 'docs', len(t['documents']), 'tier', t['award_tier_wan'], 'total', t['accepted_total_yuan'],
              'gaps', [g['kind'] for g in t['gaps']])


if __name__ == '__main__':
    main()
