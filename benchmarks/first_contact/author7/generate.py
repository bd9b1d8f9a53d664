#!/usr/bin/env python3
"""author7 first-contact set: assessment cycle (考核周期 2024), three submissions.

Written blind to the product. Everything (names, credit codes, amounts, layouts) is invented here.
Usage:  python generate.py --out data --seed 7
"""
import argparse, hashlib, io, json, math, os, random, shutil, sys
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta

import numpy as np
import cv2
from PIL import Image
import openpyxl
from openpyxl.styles import Alignment, Font
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('ZHM', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))

PERIOD = (date(2024, 1, 1), date(2024, 12, 31))

# ----------------------------------------------------------------------------- basics
D = Decimal


def money(v):
    return D(v).quantize(D('0.01'), rounding=ROUND_HALF_UP)


def fmt(v):
    return f"{money(v):,.2f}"


def s2(v):
    return f"{money(v):.2f}"


_DG = '零壹贰叁肆伍陆柒捌玖'


def _four(g):
    s, z = '', False
    for i, u in ((3, '仟'), (2, '佰'), (1, '拾'), (0, '')):
        d = g // 10 ** i % 10
        if d:
            if z and s:
                s += '零'
            s += _DG[d] + u
            z = False
        else:
            z = True
    return s


def _int_upper(n):
    if n == 0:
        return '零'
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    units = ['', '万', '亿']
    s, need_zero = '', False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            if s:
                need_zero = True
            continue
        if s and (g < 1000 or need_zero):
            s += '零'
        s += _four(g) + units[idx]
        need_zero = False
    return s


def daxie(v):
    n = int(money(v) * 100)
    y, j, f = n // 100, n // 10 % 10, n % 10
    s = _int_upper(y) + '元'
    if j == 0 and f == 0:
        return s + '整'
    s += (_DG[j] + '角') if j else '零'
    if f:
        s += _DG[f] + '分'
    return s


_CN = '〇一二三四五六七八九'


def _cn_small(n):
    if n < 10:
        return '一二三四五六七八九'[n - 1]
    if n == 10:
        return '十'
    if n < 20:
        return '十' + '一二三四五六七八九'[n - 11]
    t, u = divmod(n, 10)
    return '一二三四五六七八九'[t - 1] + '十' + ('' if u == 0 else '一二三四五六七八九'[u - 1])


def cn_date(d):
    return ''.join(_CN[int(c)] for c in str(d.year)) + '年' + _cn_small(d.month) + '月' + _cn_small(d.day) + '日'


def zh_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def iso(d):
    return d.isoformat() if d else None


# GB 32100 credit codes (own implementation)
UC = '0123456789ABCDEFGHJKLMNPQRTUWXY'
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(body17):
    return UC[(31 - sum(UC.index(c) * w for c, w in zip(body17, UW)) % 31) % 31]


def uscc_valid(code):
    return len(code) == 18 and all(c in UC for c in code) and uscc_check(code[:17]) == code[17]


def org_code(rng):
    body = ''.join(rng.choice('0123456789' if i < 2 else '0123456789ABCDEFGHJKLMNPQRTUWXY'[:20]) for i in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return body + ('X' if c9 == 10 else '0' if c9 == 11 else str(c9))


def make_uscc(rng, region, kind='91'):
    b = kind + region + org_code(rng)
    return b + uscc_check(b)


def break_uscc(code):
    c = code[17]
    return code[:17] + UC[(UC.index(c) + 7) % 31]


# regions
TJ = [('120116', '天津市滨海新区', ['经济技术开发区第十三大街', '中新生态城中成大道', '临港经济区渤海十路', '高新区海泰发展六道', '空港经济区西七道']),
      ('120111', '天津市西青区', ['张家窝镇工业园知景道', '中北镇汇川路', '精武镇学府工业区']),
      ('120110', '天津市东丽区', ['华明高新区华丰路', '金桥工业园先锋东路', '津汉公路']),
      ('120113', '天津市北辰区', ['科技园区景泰路', '双口工业园永进道', '北辰经济技术开发区高端园']),
      ('120114', '天津市武清区', ['京滨工业园京滨睿城', '汽车产业园云景道', '下朱庄街泉发路']),
      ('120112', '天津市津南区', ['八里台镇工业园', '双港镇工业园区旺港路', '咸水沽镇聚兴道']),
      ('120115', '天津市宝坻区', ['九园工业园区', '节能环保工业区宝中道']),
      ('120104', '天津市南开区', ['华苑产业区梓苑路', '科研西路'])]
NTJ = [('110108', '北京市海淀区', ['上地信息路', '中关村软件园二期']),
       ('131002', '河北省廊坊市安次区', ['龙河高新区龙富道', '廊坊开发区华祥路']),
       ('370202', '山东省青岛市市南区', ['香港中路', '宁夏路高科园']),
       ('320505', '江苏省苏州市虎丘区', ['苏州高新区金山路', '科技城锦峰路']),
       ('130102', '河北省石家庄市长安区', ['中山东路', '胜利北街']),
       ('210211', '辽宁省大连市甘井子区', ['高新园区黄浦路'])]

N_HEAD = ['津', '渤', '海', '泰', '瑞', '鑫', '宏', '博', '恒', '润', '德', '诚', '华', '盛', '兴', '嘉', '凯', '冠', '启', '拓',
          '堃', '燊', '喆', '淼', '垚', '犇', '昊', '翊', '琨', '珩', '晟', '祺', '砚', '澜', '岱', '峯', '梧', '楷', '骐', '芃']
N_TAIL = ['精密机械', '汽车零部件', '新材料', '食品', '医药', '电子', '模具', '金属制品', '化工', '包装', '智能装备', '纺织', '铸造', '轴承',
          '液压', '电缆', '阀门', '塑胶', '光电', '环保设备', '轨道装备', '仪表', '钢管', '涂料', '印刷', '电机', '家居', '锻造', '紧固件', '焊材']


class Namer:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def company(self, city, suffix='有限公司'):
        while True:
            n = city + self.rng.choice(N_HEAD) + self.rng.choice(N_HEAD) + self.rng.choice(N_TAIL) + suffix
            if n not in self.used and n[len(city)] != n[len(city) + 1]:
                self.used.add(n)
                return n


def person(rng):
    return rng.choice('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾') + ''.join(
        rng.choice('建国志强海燕晓明丽华文军伟静磊洋勇艳杰娟涛超秀敏霞平刚桂英玉兰') for _ in range(rng.choice([1, 2])))


def bank_acct(rng):
    return ''.join(rng.choice('0123456789') for _ in range(rng.choice([16, 19, 20])))


BANKS = ['中国工商银行天津滨海分行营业部', '中国建设银行天津西青支行', '中国银行天津河西支行', '交通银行天津空港支行',
         '招商银行天津分行营业部', '中信银行天津南开支行', '兴业银行天津东丽支行', '上海浦东发展银行天津分行', '中国农业银行北辰支行']


# ----------------------------------------------------------------------------- page writer
class W:
    """Small flowing page writer on top of reportlab (units: mm from the top-left)."""

    def __init__(self, path, rng, land=False, font='ZH', size=None):
        self.ps = size or (landscape(A4) if land else A4)
        self.c = canvas.Canvas(path, pagesize=self.ps, invariant=1)
        self.c.setTitle('')
        self.rng, self.font = rng, font
        self.pw, self.ph = self.ps[0] / mm, self.ps[1] / mm
        self.ml, self.mr, self.mt = 22, 20, 20
        self.y = self.mt
        self.seals = []

    # coordinates
    def Y(self, y):
        return (self.ph - y) * mm

    def sw(self, t, s):
        return pdfmetrics.stringWidth(t, self.font, s) / mm

    def txt(self, x, y, t, s=10.5, color=(0, 0, 0), font=None, align='l'):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or self.font, s)
        if align == 'c':
            c.drawCentredString(x * mm, self.Y(y), t)
        elif align == 'r':
            c.drawRightString(x * mm, self.Y(y), t)
        else:
            c.drawString(x * mm, self.Y(y), t)
        c.setFillColorRGB(0, 0, 0)

    def wrap(self, t, s, width):
        lines, cur = [], ''
        for ch in t:
            if ch == '\n':
                lines.append(cur)
                cur = ''
                continue
            if self.sw(cur + ch, s) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        return lines

    def ensure(self, h):
        if self.y + h > self.ph - 18:
            self.page()

    def page(self):
        self.flush_seals()
        self.c.showPage()
        self.y = self.mt

    def title(self, t, s=17, gap=4, color=(0, 0, 0)):
        for line in t.split('\n'):
            self.ensure(s * 0.5)
            self.y += s * 0.42
            self.txt(self.pw / 2, self.y, line, s, color=color, align='c')
            self.y += s * 0.12
        self.y += gap

    def para(self, t, s=10.5, indent=True, lh=1.65, x=None, width=None, color=(0, 0, 0)):
        x = self.ml if x is None else x
        width = width or (self.pw - x - self.mr)
        t = ('\u3000\u3000' + t) if indent else t
        for line in self.wrap(t, s, width):
            self.ensure(s * 0.36 * lh)
            self.y += s * 0.353 * lh
            self.txt(x, self.y, line, s, color=color)
        self.y += 1

    def line(self, t, s=10.5, x=None, align='l', gap=1.6):
        self.ensure(s * 0.6)
        self.y += s * 0.353 * gap
        if align == 'c':
            self.txt(self.pw / 2, self.y, t, s, align='c')
        elif align == 'r':
            self.txt(self.pw - self.mr, self.y, t, s, align='r')
        else:
            self.txt(self.ml if x is None else x, self.y, t, s)
        self.y += s * 0.08

    def hr(self, w=0.6, color=(0, 0, 0), gap=2):
        self.y += gap
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(w)
        self.c.line(self.ml * mm, self.Y(self.y), (self.pw - self.mr) * mm, self.Y(self.y))
        self.c.setStrokeColorRGB(0, 0, 0)
        self.y += gap

    def table(self, rows, widths, s=9.5, head=0, pad=1.6, x=None, align=None, lw=0.6, shade_head=True, minh=7.0):
        """rows: list of lists of str; widths in mm (scaled to page when sum differs)."""
        x = self.ml if x is None else x
        tot = self.pw - x - self.mr
        k = tot / sum(widths)
        widths = [w * k for w in widths]
        c = self.c
        for ri, row in enumerate(rows):
            cells = [self.wrap(str(v), s, w - 2 * pad) for v, w in zip(row, widths)]
            h = max(minh, max(len(cl) for cl in cells) * s * 0.42 + 2 * pad)
            self.ensure(h)
            y0 = self.y
            cx = x
            for ci, (cl, w) in enumerate(zip(cells, widths)):
                if ri < head and shade_head:
                    c.setFillColorRGB(0.92, 0.92, 0.92)
                    c.rect(cx * mm, self.Y(y0 + h), w * mm, h * mm, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                c.setLineWidth(lw)
                c.rect(cx * mm, self.Y(y0 + h), w * mm, h * mm, stroke=1, fill=0)
                a = (align[ci] if align else 'l') if ri >= head else 'c'
                ty = y0 + pad + s * 0.36 + (h - 2 * pad - len(cl) * s * 0.42) / 2
                for ln in cl:
                    if a == 'c':
                        self.txt(cx + w / 2, ty, ln, s, align='c')
                    elif a == 'r':
                        self.txt(cx + w - pad, ty, ln, s, align='r')
                    else:
                        self.txt(cx + pad, ty, ln, s)
                    ty += s * 0.42
                cx += w
            self.y += h
        self.y += 2

    def seal(self, cx, cy, name, label='', r=20, star=True, oval=False):
        """queue a red seal (drawn after the page content so it overlaps the text)"""
        self.seals.append((cx, cy, name, label, r, star, oval))

    def flush_seals(self):
        c = self.c
        for cx, cy, name, label, r, star, oval in self.seals:
            rng = self.rng
            ang0 = rng.uniform(-12, 12)
            c.saveState()
            c.setFillAlpha(0.78)
            c.setStrokeAlpha(0.8)
            col = (0.86 + rng.uniform(-0.05, 0.05), 0.12, 0.14)
            c.setStrokeColorRGB(*col)
            c.setFillColorRGB(*col)
            c.translate(cx * mm, self.Y(cy))
            c.rotate(ang0)
            c.setLineWidth(1.6)
            if oval:
                c.ellipse(-r * 1.3 * mm, -r * 0.85 * mm, r * 1.3 * mm, r * 0.85 * mm, stroke=1, fill=0)
                c.setFont(self.font, r * 0.55)
                c.drawCentredString(0, r * 0.25 * mm, name[:10])
                c.drawCentredString(0, -r * 0.35 * mm, label)
            else:
                c.circle(0, 0, r * mm, stroke=1, fill=0)
                n = len(name)
                span = min(250, 18 * n + 40)
                fs = min(r * mm * 0.32, 2 * math.pi * r * mm * (span / 360) / max(n, 1) * 0.95)
                for i, ch in enumerate(name):
                    a = 90 + span / 2 - (span * (i + 0.5) / n)
                    c.saveState()
                    c.rotate(a - 90)
                    c.setFont(self.font, fs)
                    c.drawCentredString(0, r * mm - fs * 1.08, ch)
                    c.restoreState()
                if star:
                    pts = []
                    for k in range(10):
                        rr = r * (0.28 if k % 2 == 0 else 0.11)
                        a = math.pi / 2 + k * math.pi / 5
                        pts.append((rr * math.cos(a) * mm, rr * math.sin(a) * mm))
                    p = c.beginPath()
                    p.moveTo(*pts[0])
                    for q in pts[1:]:
                        p.lineTo(*q)
                    p.close()
                    c.drawPath(p, stroke=0, fill=1)
                if label:
                    c.setFont(self.font, r * 0.42)
                    c.drawCentredString(0, -r * 0.62 * mm, label)
            c.restoreState()
        self.seals = []

    def scribble(self, x, y, w=22, color=(0.1, 0.1, 0.45)):
        """signature-like strokes"""
        c, rng = self.c, self.rng
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(1.1)
        p = c.beginPath()
        px, py = x, y
        p.moveTo(px * mm, self.Y(py))
        for i in range(rng.randint(4, 7)):
            nx = px + w / 6 * rng.uniform(0.6, 1.4)
            p.curveTo((px + rng.uniform(0, 3)) * mm, self.Y(py - rng.uniform(2, 7)), (nx - rng.uniform(0, 3)) * mm,
                      self.Y(py + rng.uniform(1, 5)), nx * mm, self.Y(py + rng.uniform(-2, 2)))
            px = nx
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def hand(self, x, y, t, s=11, color=(0.12, 0.12, 0.5)):
        """handwriting-like: per-character jitter in rotation, size and baseline"""
        c, rng = self.c, self.rng
        cx = x
        for ch in t:
            fs = s * rng.uniform(0.9, 1.12)
            c.saveState()
            c.setFillColorRGB(*color)
            c.translate(cx * mm, self.Y(y + rng.uniform(-0.6, 0.6)))
            c.rotate(rng.uniform(-8, 8))
            c.setFont('ZHM', fs)
            c.drawString(0, 0, ch)
            c.restoreState()
            cx += pdfmetrics.stringWidth(ch, 'ZHM', fs) / mm * rng.uniform(0.92, 1.1)

    def photo_box(self, x, y, w, h, caption):
        c, rng = self.c, self.rng
        c.setFillColorRGB(0.55 + rng.uniform(0, .2), 0.6, 0.62)
        c.rect(x * mm, self.Y(y + h), w * mm, h * mm, stroke=0, fill=1)
        for _ in range(9):
            c.setFillColorRGB(rng.uniform(.2, .9), rng.uniform(.2, .8), rng.uniform(.2, .8))
            c.circle((x + rng.uniform(4, w - 4)) * mm, self.Y(y + rng.uniform(h * .4, h - 4)), rng.uniform(2, 5) * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        self.txt(x + w / 2, y + h + 5, caption, 8.5, align='c')

    def save(self):
        self.flush_seals()
        self.c.showPage()
        self.c.save()


def spaced(t):
    return ' '.join(t)


# ----------------------------------------------------------------------------- degradation
def raster(pdf_path, scale=1.75):
    pdf = pdfium.PdfDocument(pdf_path)
    imgs = [pdf[i].render(scale=scale).to_pil().convert('RGB') for i in range(len(pdf))]
    pdf.close()
    return imgs


def degrade(img, rng, mode):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    if mode == 'photo':
        bg = np.full((int(h * 1.12), int(w * 1.12), 3), (95, 88, 78), np.float32)
        bg += nr.normal(0, 6, bg.shape).astype(np.float32)
        H, Wd = bg.shape[:2]
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda: rng.uniform(0.01, 0.05)
        dst = np.float32([[Wd * j(), H * j()], [Wd * (1 - j()), H * j()], [Wd * (1 - j()), H * (1 - j())], [Wd * j(), H * (1 - j())]])
        M = cv2.getPerspectiveTransform(src, dst)
        warped = cv2.warpPerspective(a, M, (Wd, H), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
        mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (Wd, H))
        a = warped * mask[..., None] + bg * (1 - mask[..., None])
        yy, xx = np.mgrid[0:H, 0:Wd].astype(np.float32)
        cx, cy = Wd * rng.uniform(0.3, 0.7), H * rng.uniform(0.2, 0.6)
        vig = 1.05 - 0.38 * (((xx - cx) / Wd) ** 2 + ((yy - cy) / H) ** 2) * 2.2
        a = a * vig[..., None] * np.array([1.02, 0.98, 0.9], np.float32)
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.5))
        a += nr.normal(0, 7, a.shape).astype(np.float32)
        if rng.random() < 0.5:
            a = cv2.resize(a, (int(Wd * 0.8), int(H * 0.8)), interpolation=cv2.INTER_AREA)
    else:
        ang = rng.uniform(-2.2, 2.2)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(238, 238, 234))
        gx = np.linspace(rng.uniform(0.86, 0.97), rng.uniform(0.97, 1.03), w, dtype=np.float32)
        gy = np.linspace(rng.uniform(0.93, 1.0), rng.uniform(0.9, 1.02), h, dtype=np.float32)
        a = a * (gy[:, None] * gx[None, :])[..., None]
        a = a * 0.96 + 6
        if rng.random() < 0.6:
            a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 1.0))
        a += nr.normal(0, 5, a.shape).astype(np.float32)
        # speckles
        for _ in range(rng.randint(20, 60)):
            cv2.circle(a, (rng.randint(0, w - 1), rng.randint(0, h - 1)), rng.randint(1, 2), (40, 40, 40), -1)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, 'JPEG', quality=q, optimize=False)
    return b.getvalue()


def images_to_pdf(imgs_jpeg, path, scratch):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for i, jb in enumerate(imgs_jpeg):
        tmp = os.path.join(scratch, f'_p{i}.jpg')
        with open(tmp, 'wb') as f:
            f.write(jb)
        im = Image.open(io.BytesIO(jb))
        w, h = im.size
        pw, ph = A4
        k = min(pw / w, ph / h)
        c.drawImage(tmp, (pw - w * k) / 2, (ph - h * k) / 2, w * k, h * k)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- document genres
# Each genre function draws into W and returns the ground-truth `fields` dict.
def F(**kw):
    base = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None, result=None, title=None)
    base.update(kw)
    return base


def party_block(w, label, org, s=10.5):
    w.line(f"{label}{org['name']}", s)
    w.line(f"{spaced('住所') if len(label) < 8 else '住所'}：{org['addr']}", s - 0.5, gap=1.5)
    w.line(f"统一社会信用代码：{org['uscc']}", s - 0.5, gap=1.5)
    w.line(f"法定代表人：{org['rep']}        联系电话：022-{org['tel']}", s - 0.5, gap=1.5)


# --- contracts -----------------------------------------------------------------
def g_contract_owner(w, ctx):
    """N01 智能化改造项目合同书: 业主方/承建方, letter-spaced labels, tax split, prepayment and retention distractors"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    amt = k['amount']
    net = money(amt / D('1.13'))
    tax = money(amt - net)
    w.line(f"合同编号：{k['no']}", 10, align='r')
    w.y += 6
    w.title(f"{k['proj']}\n合 同 书", 20, gap=10)
    w.line(f"{spaced('业主方')}（甲方）：{C['name']}", 11.5)
    w.line(f"{spaced('住所地')}：{C['addr']}", 10, gap=1.6)
    w.line(f"统一社会信用代码：{C['uscc']}", 10, gap=1.6)
    w.y += 3
    w.line(f"{spaced('承建方')}（乙方）：{A['name']}", 11.5)
    w.line(f"{spaced('住所地')}：{A['addr']}", 10, gap=1.6)
    w.line(f"统一社会信用代码：{A['uscc']}", 10, gap=1.6)
    w.y += 4
    w.para(f"依据《中华人民共和国民法典》及有关法律法规，甲乙双方本着平等自愿、诚实信用的原则，就甲方{k['proj']}（以下简称“本项目”）的设计、供货、安装调试及培训事宜，经友好协商，订立本合同。")
    w.line('第一条  项目内容', 11)
    w.para(f"乙方负责本项目{k['scope']}的整体方案设计、软硬件供货、系统集成、安装调试、试运行及操作培训，具体范围见附件1《技术规格书》。")
    w.line('第二条  合同价款', 11)
    w.para(f"本合同为固定总价合同，含税总价为人民币{daxie(amt)}（¥{fmt(amt)}）。其中不含税价款¥{fmt(net)}，增值税税额¥{fmt(tax)}（税率13%）。除双方书面确认的变更外，合同价款不作调整。")
    w.line('第三条  付款方式', 11)
    w.para(f"（一）本合同生效后15个工作日内，甲方向乙方支付合同总价的30%作为预付款，计¥{fmt(amt * D('0.3'))}；（二）设备到货并经开箱检验后支付至合同总价的60%；（三）项目终验合格后支付至95%；（四）剩余5%即¥{fmt(amt * D('0.05'))}作为质量保证金，质保期满12个月无质量问题后一次性无息支付。")
    w.line('第四条  工期', 11)
    w.para(f"乙方应于{zh_date(k['deliver'])}前完成全部设备的安装调试并具备试运行条件，试运行期为30日。")
    w.line('第五条  违约责任', 11)
    w.para(f"乙方逾期完工的，每逾期一日按合同总价的万分之五向甲方支付违约金，违约金累计不超过合同总价的10%，即不超过¥{fmt(amt * D('0.1'))}。甲方逾期付款的，按同期LPR向乙方支付利息。")
    w.line('第六条  其他', 11)
    w.para('本合同一式肆份，双方各执贰份，具有同等法律效力。本合同自双方法定代表人或授权代表签字并加盖公章或合同专用章之日起生效。')
    w.page()
    w.line('（本页为签署页，无正文）', 10, align='c')
    w.y += 10
    y0 = w.y
    w.txt(w.ml, y0, '甲方（业主方）：（盖章）', 11)
    w.txt(115, y0, '乙方（承建方）：（盖章）', 11)
    w.txt(w.ml, y0 + 10, C['name'], 10.5)
    w.txt(115, y0 + 10, A['name'], 10.5)
    w.txt(w.ml, y0 + 24, '法定代表人或委托代理人：', 10)
    w.txt(115, y0 + 24, '法定代表人或委托代理人：', 10)
    w.scribble(w.ml + 42, y0 + 25)
    w.scribble(157, y0 + 25)
    w.txt(w.ml, y0 + 36, f"开户银行：{C['bank']}", 9.5)
    w.txt(115, y0 + 36, f"开户银行：{A['bank']}", 9.5)
    w.txt(w.ml, y0 + 43, f"账    号：{C['acct']}", 9.5)
    w.txt(115, y0 + 43, f"账    号：{A['acct']}", 9.5)
    w.txt(w.ml, y0 + 60, f"签订日期：{zh_date(k['sign'])}", 11)
    w.txt(w.ml, y0 + 68, f"签订地点：{C['addr'][:6]}", 10)
    w.seal(w.ml + 35, y0 + 12, C['name'], '合同专用章')
    w.seal(140, y0 + 12, A['name'], '合同专用章')
    return F(contract_no=k['no'], amount_yuan=s2(amt), date=iso(k['sign']), customer=C['name'])


def g_contract_partytable(w, ctx):
    """N02 parties only in the closing 合同当事人信息表 (采购方/实施方), amount in figures only, bank account beside the credit code"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    amt = k['amount']
    w.title(f"{k['proj']}合同", 16, gap=3)
    w.line(f"合同编号：{k['no']}", 10, align='c')
    w.y += 4
    w.para('本合同当事人的名称、住所、统一社会信用代码、开户信息等详见本合同末页《合同当事人信息表》。下文中“采购方”指信息表所列采购方，“实施方”指信息表所列实施方。')
    for t, p in [('1  项目范围', f"实施方为采购方提供{k['scope']}的建设服务，包括需求调研、系统设计、设备供货、软件部署、接口开发、联调联试、上线保障与培训。"),
                 ('2  合同价款', f"合同价款（含税）为{fmt(amt)}元，已包含实施方完成本合同约定全部工作所需的一切费用。分项报价见附件2，分项单价仅用于变更计价。"),
                 ('3  支付', f"采购方按里程碑支付：方案评审通过后支付20%；系统上线后支付50%；终验合格后支付25%；余款5%于质保期满后支付。每次付款前实施方应开具等额增值税专用发票。"),
                 ('4  进度', f"实施方应在合同生效之日起{k['days']}日内完成系统上线，并于{zh_date(k['deliver'])}前提交终验申请。"),
                 ('5  知识产权与保密', '实施方为本项目定制开发的软件源代码及文档，其知识产权归采购方所有；双方对在履行本合同过程中获悉的对方商业秘密负有保密义务。'),
                 ('6  违约', '任何一方违反本合同约定的，应赔偿因此给对方造成的直接损失。实施方延期交付超过30日的，采购方有权解除合同。'),
                 ('7  争议解决', '因本合同引起的争议，双方协商解决；协商不成的，提交采购方所在地人民法院诉讼解决。')]:
        w.line(t, 10.5)
        w.para(p, 10)
    w.page()
    w.title('合同当事人信息表', 13, gap=2)
    rows = [['项目', '采购方', '实施方'],
            ['单位名称', C['name'], A['name']],
            ['统一社会信用代码', C['uscc'], A['uscc']],
            ['住所', C['addr'], A['addr']],
            ['法定代表人', C['rep'], A['rep']],
            ['开户银行', C['bank'], A['bank']],
            ['账号', C['acct'], A['acct']],
            ['签章', '\n\n\n\n', '\n\n\n\n'],
            ['签约日期', zh_date(k['sign']), zh_date(k['sign'])]]
    y0 = w.y
    w.table(rows, [32, 70, 70], s=9.5, head=1)
    w.seal(80, y0 + 62, C['name'], '合同专用章', r=18)
    w.seal(150, y0 + 62, A['name'], '合同专用章', r=18)
    w.scribble(60, y0 + 75)
    w.scribble(130, y0 + 75)
    return F(contract_no=k['no'], amount_yuan=s2(amt), date=iso(k['sign']), customer=C['name'])


def g_contract_prose(w, ctx):
    """ordinary prose contract, own wording; may reverse 甲/乙 with 供/需 in brackets; signing date in Chinese numerals"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    amt = k['amount']
    rev = k.get('reversed')
    w.title(f"{k['proj']}\n技术服务与系统集成合同", 16, gap=3)
    w.line(f"合同编号：{k['no']}", 10, align='r')
    first, second = ((A, '甲方（供方）'), (C, '乙方（需方）')) if rev else ((C, '甲方（需方）'), (A, '乙方（供方）'))
    for org, lab in (first, second):
        w.y += 2
        w.line(f"{lab}：{org['name']}", 11)
        w.line(f"地址：{org['addr']}    统一社会信用代码：{org['uscc']}", 9, gap=1.6)
    buyer = '乙方' if rev else '甲方'
    seller = '甲方' if rev else '乙方'
    w.y += 3
    w.para(f"{buyer}因生产经营需要，委托{seller}实施{k['proj']}。双方经协商一致，达成如下条款，共同遵守。")
    w.para(f"一、服务内容：{seller}按{buyer}确认的技术方案完成{k['scope']}的设计、集成、调试与交付，并提供一年免费运维服务。")
    w.para(f"二、合同金额：本合同总价款为人民币{daxie(amt)}（￥{fmt(amt)}），含13%增值税。{buyer}应在合同签订后支付总价款40%，项目验收合格后支付55%，质保期满支付5%。")
    w.para(f"三、交付与验收：{seller}应于{zh_date(k['deliver'])}前完成交付。交付后由{buyer}组织验收，验收合格后由{buyer}出具验收报告。")
    w.para(f"四、违约责任：{buyer}无正当理由逾期付款的，每日按未付款项的0.3‰支付违约金；{seller}逾期交付的，每日按合同总价的0.3‰支付违约金。")
    w.para('五、本合同未尽事宜，双方另行签订补充协议。本合同一式两份，双方各执一份，自签字盖章之日起生效。')
    w.y += 8
    y0 = w.y
    w.ensure(60)
    y0 = w.y
    w.txt(w.ml, y0, f"{first[1][:2]}（盖章）：", 10.5)
    w.txt(112, y0, f"{second[1][:2]}（盖章）：", 10.5)
    w.txt(w.ml, y0 + 9, '授权代表：', 10)
    w.txt(112, y0 + 9, '授权代表：', 10)
    w.scribble(w.ml + 20, y0 + 10)
    w.scribble(132, y0 + 10)
    w.txt(w.ml, y0 + 30, f"签订日期：{cn_date(k['sign'])}", 10.5)
    w.seal(w.ml + 28, y0 + 4, first[0]['name'], '合同专用章', r=19)
    w.seal(138, y0 + 4, second[0]['name'], '合同专用章', r=19)
    return F(contract_no=k['no'], amount_yuan=s2(amt), date=iso(k['sign']), customer=C['name'])


# --- acceptance ----------------------------------------------------------------
def g_acc_asset(w, ctx):
    """N03 固定资产验收单 issued by the customer's asset department"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    acc = k['acc']
    w.title(C['name'], 14, gap=1)
    w.title('固定资产（设备）验收单', 16, gap=2)
    w.line(f"单据编号：ZC-{acc.year}-{ctx['rng'].randint(100, 999)}            填单日期：{acc.isoformat()}", 9.5)
    w.y += 2
    rows = [['资产名称', k['scope'] + '（成套）', '资产类别', '专用设备/软件'],
            ['合同编号', k['no'], '采购方式', ctx['pm']],
            ['供应商', A['name'], '联系人', A['rep']],
            ['合同金额（元）', fmt(k['amount']), '到货日期', k['deliver'].isoformat()],
            ['安装地点', C['addr'], '使用部门', '生产制造部'],
            ['验收日期', acc.isoformat(), '保修期', '12个月']]
    w.table(rows, [30, 62, 26, 52], s=9.5)
    w.line('随机资料及配件核对：', 10)
    w.table([['序号', '名称', '数量', '核对情况'], ['1', '设备合格证、说明书', '1套', '齐全'], ['2', '软件安装介质及授权文件', '1套', '齐全'],
             ['3', '备品备件', '1批', '与清单一致'], ['4', '竣工图纸及技术文档', '1套', '齐全']], [12, 80, 20, 40], s=9, head=1)
    ok = k.get('acc_result', 'passed') == 'passed'
    w.line(f"验收结论：{'■' if ok else '□'}合格，同意转入固定资产     {'□' if ok else '■'}不合格", 11)
    w.line('验收意见：设备运行稳定，各项性能指标达到合同及技术协议要求。' if ok else '验收意见：主要性能指标未达到技术协议要求，退回整改。', 10)
    w.y += 6
    y0 = w.y
    for i, t in enumerate(['使用部门：', '设备管理部：', '资产管理部：', '财务部：']):
        w.txt(w.ml + i * 43, y0, t, 10)
        w.scribble(w.ml + i * 43 + 4, y0 + 10, w=18)
    w.seal(150, y0 + 8, C['name'], '设备管理专用章', r=17)
    return F(contract_no=k['no'], amount_yuan=s2(k['amount']), date=iso(acc), customer=C['name'], result='passed' if ok else 'failed')


def g_acc_reply(w, ctx):
    """N04 customer's reply letter to the applicant's acceptance application (复函); letter date later than the acceptance day"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    acc = k['acc']
    app_d = acc - timedelta(days=9)
    let_d = acc + timedelta(days=k.get('letter_lag', 3))
    ok = k.get('acc_result', 'passed') == 'passed'
    w.title(C['name'], 19, color=(0.8, 0.05, 0.05), gap=2)
    w.hr(1.6, (0.8, 0.05, 0.05))
    w.y += 4
    w.title(f"关于《{k['proj']}验收申请》的复函", 14, gap=6)
    w.line(f"{A['name']}：", 11)
    w.para(f"贵司于{zh_date(app_d)}报送的《关于{k['proj']}竣工验收的申请》收悉。{zh_date(acc)}，我公司组织生产、设备、信息化、财务等部门及外聘专家，对贵司承建的{k['proj']}（合同编号：{k['no']}）进行了现场验收，听取了项目实施汇报，查验了系统运行记录和技术文档。")
    if ok:
        w.para('经审核，项目已按合同约定完成全部建设内容，系统连续稳定运行，各项技术指标满足合同及技术协议要求，资料齐全。同意该项目通过验收，验收结论为合格。')
    else:
        w.para('经审核，项目部分功能尚未完成，设备综合效率等关键指标未达到合同约定值，暂不同意通过验收。请贵司按验收组意见整改完毕后重新提出验收申请。')
    w.para('特此复函。')
    w.y += 14
    w.line(C['name'], 11, align='r')
    w.line(zh_date(let_d), 11, align='r')
    w.seal(w.pw - w.mr - 30, w.y - 6, C['name'], '', r=20)
    return F(contract_no=k['no'], date=iso(acc), customer=C['name'], result='passed' if ok else 'failed')


def g_acc_checklist(w, ctx):
    """N05 QMS form 项目交付验收检查表 with item checks and a boxed conclusion"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    acc = k['acc']
    w.txt(w.ml, w.y + 3, f"{C['short']}质量管理体系记录", 8.5)
    w.txt(w.pw - w.mr, w.y + 3, f"表单编号：QR-8.6-0{ctx['rng'].randint(2, 9)}  版本：B/1", 8.5, align='r')
    w.y += 6
    w.title('项目交付验收检查表', 15, gap=2)
    w.table([['项目名称', k['proj'], '合同编号', k['no']],
             ['客户单位', C['name'], '供应方', A['name']],
             ['验收日期', zh_date(acc), '验收地点', C['addr'][:14]]], [22, 66, 20, 62], s=9)
    items = ['系统功能与需求规格说明书一致', '硬件设备型号、数量与合同清单一致', '数据采集点位接入率≥98%', '与ERP/WMS接口联调通过', '连续试运行72小时无故障',
             '关键性能指标满足技术协议', '网络与信息安全配置符合要求', '操作人员培训完成并考核', '竣工文档、源代码及授权移交', '遗留问题已关闭']
    rows = [['序号', '检查项目', '检查结果', '检查人']]
    ok = k.get('acc_result', 'passed') == 'passed'
    for i, t in enumerate(items, 1):
        rows.append([str(i), t, '符合' if ok or i not in (3, 6) else '不符合', ''])
    y0 = w.y
    w.table(rows, [12, 100, 26, 30], s=9, head=1, align=['c', 'l', 'c', 'c'])
    for i in range(len(items)):
        w.hand(w.pw - w.mr - 24, y0 + 7 + 7 * (i + 1) + 4.6, person(ctx['rng']), 9)
    w.line(f"验收结论：{'■' if ok else '□'}通过    □有条件通过    {'□' if ok else '■'}不通过", 11)
    w.line('客户代表（签字）：                供应方代表（签字）：', 10)
    w.scribble(w.ml + 36, w.y)
    w.scribble(w.ml + 105, w.y)
    w.seal(w.ml + 40, w.y - 2, C['name'], '质量部', r=16)
    return F(contract_no=k['no'], date=iso(acc), customer=C['name'], result='passed' if ok else 'failed')


def g_acc_report(w, ctx):
    """ordinary 验收报告 in own wording, amount included"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    acc = k['acc']
    ok = k.get('acc_result', 'passed') == 'passed'
    w.title('项 目 验 收 报 告', 18, gap=6)
    w.table([['项目名称', k['proj']], ['验收单位', C['name']], ['实施单位', A['name']], ['合同编号', k['no']],
             ['合同金额', f"{daxie(k['amount'])}（¥{fmt(k['amount'])}）"], ['开工日期', zh_date(k['sign'] + timedelta(days=10))],
             ['验收日期', zh_date(acc)]], [30, 140], s=10)
    w.line('一、验收依据', 11)
    w.para('项目合同及技术协议、经双方确认的详细设计方案、国家及行业相关标准规范。')
    w.line('二、验收情况', 11)
    w.para(f"验收组听取了实施单位的项目总结汇报，现场查看了{k['scope']}的运行情况，抽查了数据采集、生产排程、质量追溯等功能，审阅了试运行记录与培训记录。")
    w.line('三、验收意见', 11)
    w.para('项目完成了合同约定的全部内容，系统运行稳定，达到合同约定的技术指标，验收组同意通过验收。' if ok else '项目尚有两项合同约定功能未实现，验收组意见为不通过，限期整改。')
    w.y += 10
    w.line(f"验收单位（盖章）：{C['name']}", 10.5)
    w.line('验收组长（签字）：', 10.5)
    w.scribble(w.ml + 36, w.y)
    w.line(f"日期：{zh_date(acc)}", 10.5)
    w.seal(w.ml + 60, w.y - 12, C['name'], '', r=19)
    return F(contract_no=k['no'], amount_yuan=s2(k['amount']), date=iso(acc), customer=C['name'], result='passed' if ok else 'failed')


# --- payments ------------------------------------------------------------------
def g_pay_treasury(w, ctx):
    """N06 司库/资金管理系统 付款结果单 printed from the customer's group treasury platform"""
    k, A, C, p = ctx['k'], ctx['app'], ctx['cust'], ctx['pay']
    rng = ctx['rng']
    w.txt(w.ml, w.y + 3, f"{C['short']}司库管理信息系统", 9, color=(0.2, 0.3, 0.6))
    w.txt(w.pw - w.mr, w.y + 3, f"打印时间：{(p['date'] + timedelta(days=6)).isoformat()} 09:1{rng.randint(0, 9)}:2{rng.randint(0, 9)}", 8.5, align='r')
    w.y += 8
    w.title('付款结果通知单', 16, gap=3)
    t = f"{p['date'].isoformat()} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    rows = [['单据编号', f"FK{p['date'].strftime('%Y%m%d')}{rng.randint(10000, 99999)}", '业务类型', '对外付款-合同款'],
            ['申请日期', (p['date'] - timedelta(days=3)).isoformat(), '支付状态', '支付成功'],
            ['付款单位', p.get('payer', C['name']), '付款账号', C['acct']],
            ['付款银行', C['bank'], '结算方式', '银企直连'],
            ['收款单位', p.get('payee', A['name']), '收款账号', A['acct']],
            ['收款银行', A['bank'], '币种', '人民币'],
            ['金额（小写）', fmt(p['amount']), '金额（大写）', daxie(p['amount'])],
            ['银行处理时间', t, '银行流水号', f"{rng.randint(10 ** 11, 10 ** 12 - 1)}"],
            ['用途', f"支付{k['no']}合同{p.get('stage', '进度款')}", '经办人', person(rng)]]
    w.table(rows, [24, 62, 24, 62], s=9.2)
    w.para('说明：本单据由司库管理信息系统根据银行返回的支付结果自动生成，支付状态以银行回单为准。', 8.5, indent=False)
    w.seal(w.pw - w.mr - 35, w.y + 5, C['name'], '财务专用章', r=17)
    return F(contract_no=k['no'], amount_yuan=s2(p['amount']), date=iso(p['date']), payer=p.get('payer', C['name']), payee=p.get('payee', A['name']))


def _receipt(w, ctx, p, bankname, top):
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    rng = ctx['rng']
    w.y = top
    w.txt(w.ml, w.y + 5, bankname, 11.5, color=(0.1, 0.3, 0.55))
    w.txt(w.pw / 2, w.y + 5, '单位客户专用回单', 12, align='c')
    w.txt(w.pw - w.mr, w.y + 5, f"No. {rng.randint(10 ** 7, 10 ** 8 - 1)}", 9, align='r')
    w.y += 8
    w.txt(w.ml, w.y + 3, f"日期：{p['date'].strftime('%Y年%m月%d日')}", 9)
    w.txt(w.pw - w.mr, w.y + 3, f"流水号：{rng.randint(10 ** 13, 10 ** 14 - 1)}", 9, align='r')
    w.y += 5
    w.table([['付款人', '全称', p.get('payer', C['name']), '收款人', '全称', p.get('payee', A['name'])],
             ['', '账号', C['acct'], '', '账号', A['acct']],
             ['', '开户行', C['bank'], '', '开户行', A['bank']],
             ['金额', '大写', daxie(p['amount']), '', '小写', f"¥{fmt(p['amount'])}"],
             ['用途', '', f"{k['no']} {p.get('stage', '合同款')}", '备注', '', '分笔支付' if p.get('split') else '']],
            [12, 12, 60, 12, 12, 60], s=8.6, minh=6.2)


def g_pay_multi(w, ctx):
    """N07 one A4 holding two bank receipts of the same day (a payment split because of a single-transfer limit); amount = sum"""
    pays = ctx['pays']
    tops = [w.mt, w.mt + 92, w.mt + 184]
    bank = ctx['rng'].choice(['中国建设银行', '交通银行', '中国光大银行'])
    for i, p in enumerate(pays):
        _receipt(w, ctx, p, bank, tops[i])
        w.seal(w.pw - w.mr - 30, tops[i] + 50, bank + '电子回单', '业务专用章', r=13, oval=True)
    tot = sum((p['amount'] for p in pays), D(0))
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    return F(contract_no=k['no'], amount_yuan=s2(tot), date=iso(pays[0]['date']), payer=C['name'], payee=A['name'])


def g_pay_proxy(w, ctx):
    """N08 集团代付: the customer's letter saying its parent pays, plus the bank receipt where the parent is the payer"""
    k, A, C, p = ctx['k'], ctx['app'], ctx['cust'], ctx['pay']
    parent = p['payer']
    w.title('代 付 款 说 明', 17, gap=6)
    w.line(f"{A['name']}：", 11)
    w.para(f"我公司与贵司签订的《{k['proj']}合同》（合同编号：{k['no']}），合同款项因集团资金集中管理安排，由我公司控股股东{parent}代为支付。{zh_date(p['date'])}代付金额为人民币{daxie(p['amount'])}（¥{fmt(p['amount'])}），该款项视同我公司支付的合同款。")
    w.para('特此说明。')
    w.y += 12
    w.line(C['name'], 11, align='r')
    w.line(zh_date(p['date'] + timedelta(days=2)), 11, align='r')
    w.seal(w.pw - w.mr - 28, w.y - 8, C['name'], '', r=19)
    w.page()
    _receipt(w, ctx, p, '中国工商银行', w.mt)
    w.seal(w.pw - w.mr - 30, w.mt + 50, '中国工商银行电子回单', '业务专用章', r=13, oval=True)
    return F(contract_no=k['no'], amount_yuan=s2(p['amount']), date=iso(p['date']), payer=parent, payee=A['name'])


def g_pay_receipt(w, ctx):
    """ordinary 网上银行电子回单 in own layout: payer/payee side by side, compact date"""
    k, A, C, p = ctx['k'], ctx['app'], ctx['cust'], ctx['pay']
    rng = ctx['rng']
    bank = rng.choice(['招商银行', '中信银行', '上海浦东发展银行', '天津银行'])
    w.txt(w.ml, w.y + 5, f"{bank}  网上企业银行电子回单", 13, color=(0.55, 0.05, 0.1))
    w.y += 10
    w.hr(1.2, (0.55, 0.05, 0.1))
    w.table([['交易日期', p['date'].strftime('%Y%m%d'), '业务类型', '企业银行支付'],
             ['付款账号', C['acct'], '收款账号', A['acct']],
             ['付款人户名', p.get('payer', C['name']), '收款人户名', p.get('payee', A['name'])],
             ['付款人开户行', C['bank'], '收款人开户行', A['bank']],
             ['交易金额', f"CNY {fmt(p['amount'])}", '金额大写', daxie(p['amount'])],
             ['摘要', p.get('memo', f"货款 {k['no']}"), '业务参考号', f"B{rng.randint(10 ** 9, 10 ** 10 - 1)}"]], [24, 62, 24, 62], s=9)
    w.para('重要提示：本回单不作为收款方发货依据，请勿重复记账。可通过网上银行“回单验证”功能核验真伪。', 8, indent=False)
    w.seal(w.pw - w.mr - 30, w.y + 3, bank, '电子回单专用章', r=13, oval=True)
    cn = k['no'] if k['no'] in p.get('memo', k['no']) else None
    return F(contract_no=cn, amount_yuan=s2(p['amount']), date=iso(p['date']), payer=p.get('payer', C['name']), payee=p.get('payee', A['name']))


# --- procurement -----------------------------------------------------------------
def g_proc_candidates(w, ctx):
    """N09 评标结果公示 (中标候选人公示) web print, three candidates with their bids"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    rng = ctx['rng']
    d = k['proc']
    w.txt(w.ml, w.y + 2, f"{d.strftime('%Y/%m/%d')} 10:{rng.randint(10, 59)}", 7.5, color=(.4, .4, .4))
    w.txt(w.pw - w.mr, w.y + 2, 'https://www.tjzb-bid.com.cn/gs/detail?id=' + str(rng.randint(10 ** 6, 10 ** 7)), 7.5, color=(.4, .4, .4), align='r')
    w.y += 6
    w.txt(w.ml, w.y + 6, '津采招投标交易服务平台', 14, color=(0.05, 0.3, 0.6))
    w.y += 10
    w.hr(0.8, (0.05, 0.3, 0.6))
    w.title(f"{k['proj']}评标结果公示", 13.5, gap=1)
    w.line(f"发布时间：{d.isoformat()}    信息来源：{C['short']}", 9, align='c')
    w.y += 2
    w.para(f"招标人：{C['name']}", 10, indent=False)
    w.para(f"招标代理机构：天津{rng.choice(['中咨', '德信', '华招', '正衡'])}工程项目管理有限公司", 10, indent=False)
    w.para(f"项目编号：TJZB-{d.year}-{rng.randint(1000, 9999)}        开标时间：{(d - timedelta(days=3)).isoformat()} 09:30", 10, indent=False)
    w.para('本项目评标工作已经结束，依据评标委员会的评审结果，现将中标候选人公示如下：', 10, indent=False)
    o1, o2 = rng.sample(ctx['others'], 2)
    rows = [['排序', '中标候选人名称', '投标报价（元）', '工期（日历天）', '评标得分'],
            ['第一名', A['name'], fmt(k['amount']), str(k['days']), f"{rng.uniform(90, 95):.2f}"],
            ['第二名', o1, fmt(k['amount'] * D('1.046')), str(k['days'] + 15), f"{rng.uniform(84, 89):.2f}"],
            ['第三名', o2, fmt(k['amount'] * D('1.083')), str(k['days'] + 30), f"{rng.uniform(78, 83):.2f}"]]
    w.table(rows, [16, 72, 32, 24, 20], s=9, head=1, align=['c', 'l', 'r', 'c', 'c'])
    w.para(f"公示期：{d.isoformat()}至{(d + timedelta(days=3)).isoformat()}。投标人或其他利害关系人对评标结果有异议的，应当在公示期内向招标人提出。", 10, indent=False)
    w.para(f"联系人：{person(rng)}    联系电话：022-{rng.randint(23000000, 28999999)}", 10, indent=False)
    return F(amount_yuan=s2(k['amount']), date=iso(d), customer=C['name'])


def g_proc_mall(w, ctx):
    """N10 工业品电商平台 订单详情 screenshot; the contract number only in the buyer's remark"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    rng = ctx['rng']
    d = k['proc']
    c = w.c
    c.setFillColorRGB(0.93, 0.35, 0.1)
    c.rect(0, w.Y(16), w.pw * mm, 16 * mm, stroke=0, fill=1)
    w.txt(8, 10.5, '工采云 · 企业采购商城', 13, color=(1, 1, 1))
    w.txt(w.pw - 8, 10.5, f"{C['short']}（企业账号） | 我的订单 | 退出", 8.5, color=(1, 1, 1), align='r')
    w.ml = 8
    w.y = 24
    w.txt(8, w.y, '首页 > 我的订单 > 订单详情', 8.5, color=(.4, .4, .4))
    w.y += 6
    w.table([['订单号', f"GCY{d.strftime('%Y%m%d')}{rng.randint(100000, 999999)}", '订单状态', '已完成'],
             ['下单时间', f"{d.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", '支付方式', '对公转账（账期60天）'],
             ['采购单位', C['name'], '店铺', A['name'] + '官方旗舰店'],
             ['收货地址', C['addr'], '发票类型', '增值税专用发票']], [20, 75, 20, 75], s=8.6, shade_head=False)
    items = k['items']
    rows = [['商品', '规格', '数量', '单价（元）', '小计（元）']]
    for nm, sp, q, u in items:
        rows.append([nm, sp, str(q), fmt(u), fmt(u * q)])
    w.table(rows, [70, 45, 15, 30, 30], s=8.6, head=1, align=['l', 'l', 'c', 'r', 'r'])
    w.txt(w.pw - 8, w.y + 3, f"商品总额：¥{fmt(k['amount'])}    运费：¥0.00", 9, align='r')
    w.y += 9
    w.txt(w.pw - 8, w.y, f"实付款：¥{fmt(k['amount'])}", 13, color=(0.9, 0.2, 0.1), align='r')
    w.y += 8
    w.txt(8, w.y, f"买家备注：本订单对应纸质合同，合同编号：{k['no']}，请随货附合同清单。", 8.8)
    return F(contract_no=k['no'], amount_yuan=s2(k['amount']), date=iso(d), customer=C['name'])


def g_proc_notice(w, ctx):
    """ordinary 成交确认书 in own wording"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    d = k['proc']
    rng = ctx['rng']
    w.title('成 交 确 认 书', 18, gap=4)
    w.line(f"采购编号：CG{d.year}-{rng.randint(100, 999)}", 10, align='r')
    w.line(f"{A['name']}：", 11)
    w.para(f"我公司组织的“{k['proj']}”竞争性采购活动已于{zh_date(d - timedelta(days=5))}结束。经评审小组评审、公司采购管理委员会审定，确定贵公司为本项目成交供应商，成交总价为人民币{daxie(k['amount'])}（¥{fmt(k['amount'])}）。")
    w.para('请贵公司在收到本确认书之日起十五日内，持本确认书与我公司签订书面合同。贵公司的报价文件及澄清承诺均为合同的组成部分。')
    w.y += 12
    w.line(f"采购人：{C['name']}（盖章）", 11, align='r')
    w.line(zh_date(d), 11, align='r')
    w.seal(w.pw - w.mr - 35, w.y - 8, C['name'], '', r=19)
    return F(amount_yuan=s2(k['amount']), date=iso(d), customer=C['name'])


# --- subcontracts ----------------------------------------------------------------
def g_sub_labor(w, ctx):
    """N11 劳务分包合同 (工程承包人/劳务分包人)"""
    s, A = ctx['s'], ctx['app']
    w.title('设备安装工程劳务分包合同', 16, gap=2)
    w.line(f"合同编号：{s['no']}", 10, align='r')
    w.line(f"工程承包人（总承包单位）：{A['name']}", 10.5)
    w.line(f"劳务分包人：{s['name']}", 10.5)
    w.line(f"劳务分包人统一社会信用代码：{s['uscc']}    住所：{s['addr']}", 9, gap=1.6)
    w.y += 2
    w.para(f"为完成{s['proj']}中的设备安装、线缆敷设及配合调试劳务作业，依据《中华人民共和国民法典》《建筑法》及相关规定，双方协商一致订立本合同。")
    w.para(f"一、劳务作业范围：{s['scope']}。作业地点：天津市{s['site']}。")
    w.para(f"二、劳务作业期限：计划开工日期{zh_date(s['date'] + timedelta(days=7))}，计划完工日期{zh_date(s['date'] + timedelta(days=97))}。")
    w.para(f"三、劳务报酬：采用固定总价方式，劳务报酬总额为人民币{daxie(s['amount'])}（¥{fmt(s['amount'])}），含劳务分包人应缴纳的全部税费。工程承包人按月计量，按已完工作量的80%支付进度款。")
    w.para('四、安全文明施工：劳务分包人应为作业人员办理工伤保险及意外伤害保险，服从工程承包人的现场管理。')
    w.y += 8
    y0 = w.y
    w.txt(w.ml, y0, '工程承包人（盖章）：', 10.5)
    w.txt(112, y0, '劳务分包人（盖章）：', 10.5)
    w.txt(w.ml, y0 + 20, f"签订日期：{zh_date(s['date'])}", 10.5)
    w.txt(112, y0 + 20, f"签订日期：{zh_date(s['date'])}", 10.5)
    w.seal(w.ml + 30, y0 + 5, A['name'], '合同专用章', r=18)
    w.seal(138, y0 + 5, s['name'], '合同专用章', r=18)
    return F(contract_no=s['no'], amount_yuan=s2(s['amount']), date=iso(s['date']), customer=A['name'])


def g_sub_maint(w, ctx):
    """N12 设备维保外包服务合同 (发包人/服务商), amount as annual fee × years"""
    s, A = ctx['s'], ctx['app']
    yearly = money(s['amount'] / 2)
    w.title('智能产线设备维保外包服务合同', 16, gap=2)
    w.table([['合同编号', s['no'], '签订日期', s['date'].isoformat()],
             ['发包人', A['name'], '统一社会信用代码', A['uscc']],
             ['服务商', s['name'], '统一社会信用代码', s['uscc']],
             ['服务商地址', s['addr'], '服务期限', '两年']], [22, 70, 30, 50], s=9.2)
    w.para(f"发包人将其承接的{s['proj']}项下现场设备的日常点检、预防性维护及故障响应工作外包给服务商。服务商应在天津设立驻场服务点，接到报修后2小时内到场。")
    w.para(f"服务费用：年度服务费¥{fmt(yearly)}，服务期两年，合同总金额为人民币{daxie(s['amount'])}（¥{fmt(s['amount'])}）。服务费按季度结算，每季度末经发包人考核合格后支付。")
    w.para('考核：服务商月度响应及时率不低于95%，设备故障停机时间同比下降，未达标的按考核细则扣减当季服务费。')
    w.y += 8
    y0 = w.y
    w.txt(w.ml, y0, '发包人（盖章）', 10.5)
    w.txt(112, y0, '服务商（盖章）', 10.5)
    w.seal(w.ml + 25, y0 + 6, A['name'], '合同专用章', r=18)
    w.seal(130, y0 + 6, s['name'], '合同专用章', r=18)
    return F(contract_no=s['no'], amount_yuan=s2(s['amount']), date=iso(s['date']), customer=A['name'])


def g_sub_plain(w, ctx):
    """ordinary subcontract, own wording (总包单位/分包单位)"""
    s, A = ctx['s'], ctx['app']
    w.title('配套系统分包合同', 16, gap=2)
    w.line(f"编号：{s['no']}", 10, align='r')
    w.line(f"总包单位：{A['name']}（以下简称甲方）", 10.5)
    w.line(f"分包单位：{s['name']}（以下简称乙方）", 10.5)
    w.line(f"乙方地址：{s['addr']}    信用代码：{s['uscc']}", 9, gap=1.6)
    w.para(f"甲方承接{s['proj']}，现将其中{s['scope']}分包给乙方。乙方具备相应的技术能力，同意按本合同约定完成分包工作。")
    w.para(f"分包合同价款：人民币{daxie(s['amount'])}（￥{fmt(s['amount'])}）。甲方在收到业主相应进度款后十个工作日内向乙方支付对应比例款项。")
    w.para('乙方不得将分包工作再行转包。乙方交付的软硬件应满足总包合同的技术要求，并接受甲方及业主的联合验收。')
    w.y += 8
    y0 = w.y
    w.txt(w.ml, y0, '甲方（盖章）：', 10.5)
    w.txt(112, y0, '乙方（盖章）：', 10.5)
    w.txt(w.ml, y0 + 18, f"签订时间：{s['date'].strftime('%Y.%m.%d')}", 10.5)
    w.seal(w.ml + 25, y0 + 4, A['name'], '合同专用章', r=18)
    w.seal(132, y0 + 4, s['name'], '', r=18)
    return F(contract_no=s['no'], amount_yuan=s2(s['amount']), date=iso(s['date']), customer=A['name'])


# --- meetings --------------------------------------------------------------------
def _sheet_rows(m, order):
    rows = []
    for i, a in enumerate(m['sheet'], 1):
        r = {'no': str(i), 'name': a['name'], 'code': a.get('uscc', ''), 'addr': a.get('addr', ''), 'who': a['who'], 'tel': a['tel'],
             'id': a.get('uscc') or a.get('addr', '')}
        rows.append([r[c] for c in order])
    return rows


def g_meet_form(w, ctx):
    """N13 会议记录表: a one-sheet form, attendees in a table inside the form"""
    m, A = ctx['m'], ctx['app']
    w.title(f"{A['name']}\n会议记录表", 14, gap=2)
    w.table([['会议名称', m['name']], ['会议时间', f"{zh_date(m['date'])} 14:00—17:00"], ['会议地点', m['place']],
             ['主持人', person(ctx['rng']) + '（' + A['short'] + '市场部）'], ['记录人', person(ctx['rng'])]], [24, 146], s=9.5)
    w.line('参会单位（签到）：', 10)
    rows = [['序号', '单位名称', '统一社会信用代码（或住所）', '参会人']] + _sheet_rows(m, ['no', 'name', 'id', 'who'])
    y0 = w.y
    w.table(rows, [10, 78, 50, 30], s=8.6, head=1, minh=6.3)
    w.line('会议内容摘要：', 10)
    w.para(f"{A['short']}介绍了{m['topic']}的典型案例与实施经验，参会企业围绕设备联网、数据治理、投资回报等问题进行了交流，会议形成了后续对接需求清单。", 9.5)
    return F(date=iso(m['date']), title=m['name'])


def g_meet_summary(w, ctx):
    """N14 活动总结 with photos and a 参会企业名录 (district column) on page 2"""
    m, A = ctx['m'], ctx['app']
    w.title(f"“{m['name']}”\n活动总结", 15, gap=3)
    w.para(f"为推动{m['topic']}在我市中小制造企业落地，{A['name']}于{zh_date(m['date'])}在{m['place']}举办了本次交流活动。活动邀请了来自汽车零部件、装备制造、食品医药等行业的企业负责人及信息化主管参加。")
    w.para('活动分为主题分享、案例参观和圆桌交流三个环节。与会企业就产线数字化改造的投入产出、老旧设备数据采集、系统集成中的接口标准等问题进行了深入讨论。')
    w.photo_box(w.ml, w.y + 3, 78, 50, '图1 主题分享现场')
    w.photo_box(w.ml + 88, w.y + 3, 78, 50, '图2 企业代表交流')
    w.y += 66
    w.para('会后，12家企业提交了诊断需求，我司将安排工程师逐一对接。', 10)
    w.page()
    w.line('附：参会企业名录', 11)
    rows = [['序号', '企业名称', '所在区', '统一社会信用代码', '联系人']]
    for i, a in enumerate(m['sheet'], 1):
        rows.append([str(i), a['name'], a['district'], a.get('uscc', ''), a['who']])
    w.table(rows, [10, 72, 22, 48, 18], s=8.6, head=1, minh=6.3)
    w.line(f"{A['name']}    {zh_date(m['date'] + timedelta(days=2))}", 10, align='r')
    return F(date=iso(m['date']), title=m['name'])


def g_meet_bulletin(w, ctx):
    """N15 协会 会议情况通报 (red header), date in prose, sign-in annex identified by address, phone column"""
    m, A = ctx['m'], ctx['app']
    assoc = ctx['assoc']
    w.title(assoc, 20, color=(0.8, 0.05, 0.05), gap=1)
    w.title('会议情况通报', 22, color=(0.8, 0.05, 0.05), gap=2)
    w.line(f"津智协通〔{m['date'].year}〕{ctx['rng'].randint(3, 40)}号", 10.5, align='c')
    w.hr(1.6, (0.8, 0.05, 0.05))
    w.y += 3
    w.para(f"{zh_date(m['date'])}下午，由{assoc}与{A['name']}联合主办的“{m['name']}”在{m['place']}召开。")
    w.para(f"会议围绕{m['topic']}，由{A['short']}技术团队分享了项目实践，参会企业代表结合自身情况提出了改造需求。协会将持续搭建供需对接平台，推动解决方案在我市制造企业中复制推广。")
    w.para('参会单位签到情况见附件。')
    w.y += 8
    w.line(assoc, 11, align='r')
    w.line(zh_date(m['date'] + timedelta(days=4)), 11, align='r')
    w.seal(w.pw - w.mr - 25, w.y - 8, assoc, '', r=19)
    w.page()
    w.line('附件：参会单位签到表', 11)
    rows = [['序号', '单位名称', '住所', '参会代表', '手机']] + _sheet_rows(m, ['no', 'name', 'addr', 'who', 'tel'])
    w.table(rows, [9, 52, 64, 16, 26], s=8.2, head=1, minh=6.3)
    return F(date=iso(m['date']), title=m['name'])


def g_meet_minutes_only(w, ctx):
    """minutes whose sign-in sheet is a separate file"""
    m, A = ctx['m'], ctx['app']
    w.title('会 议 纪 要', 18, gap=4)
    w.line(f"会议名称：{m['name']}", 10.5)
    w.line(f"时间：{m['date'].strftime('%Y年%m月%d日')} 9:30      地点：{m['place']}", 10.5)
    w.line(f"主办：{A['name']}", 10.5)
    w.y += 3
    w.para(f"本次会议交流了{m['topic']}的实施路径。与会企业共同认为，推进智能化改造应从痛点场景切入、以数据贯通为主线。参会单位名单见签到表（另附）。")
    w.para('会议议定：一、建立交流会企业联络群；二、对有意向企业开展免费诊断；三、下次会议围绕质量追溯主题召开。')
    return F(date=iso(m['date']), title=m['name'])


def g_meet_sheet(w, ctx):
    """a separate hand-filled 签到表 (code first, then name, 已签到 column)"""
    m, A = ctx['m'], ctx['app']
    w.title(f"{m['name']}\n签到表", 13.5, gap=2)
    w.line(f"日期：{m['date'].isoformat()}        地点：{m['place']}", 10)
    w.y += 2
    y0 = w.y
    rows = [['统一社会信用代码', '单位名称', '姓名', '联系电话', '签到']]
    for a in m['sheet']:
        rows.append([a.get('uscc', ''), '', '', '', ''])
    cw = [48, 62, 18, 30, 14]
    k = (w.pw - w.ml - w.mr) / sum(cw)
    xs = [w.ml + sum(cw[:i]) * k for i in range(5)]
    w.table(rows, cw, s=8.6, head=1, minh=7.2)
    for i, a in enumerate(m['sheet']):
        yy = y0 + 7.2 * (i + 1) + 4.8
        w.hand(xs[1] + 1.5, yy, a['name'], 8.4)
        w.hand(xs[2] + 1.5, yy, a['who'], 8.8)
        w.hand(xs[3] + 1.5, yy, a['tel'], 7.5)
        w.txt(xs[4] + 4, yy, '√', 10, color=(0.1, 0.1, 0.5))
    return F(date=iso(m['date']), title=m['name'])


# --- diagnoses -------------------------------------------------------------------
PROBLEMS = ['设备联网率不足30%，生产数据依赖人工抄录', '计划排产依靠经验，订单交期达成率偏低', '质量检验以人工目检为主，缺陷追溯困难',
            '仓储物料账实不符，库存周转天数偏高', '能源计量仅到厂区级，无法按工序核算能耗', 'ERP与车间系统未打通，信息孤岛明显',
            '关键设备以事后维修为主，非计划停机较多', '工艺参数未数字化管理，换型调整时间长']
SOLUTIONS = ['部署边缘采集网关，分两期实现关键设备联网与OEE看板', '上线高级计划排程（APS）模块，与ERP订单自动同步', '引入机器视觉在线检测并建立批次追溯码',
             '实施WMS与PDA扫码出入库，推行库位管理', '建设能碳管控平台，完成工序级计量表具改造', '建设MES并通过中间库与ERP集成',
             '建立设备健康监测与预测性维护模型', '建立工艺参数库与配方下发系统']


def g_diag_yqyc(w, ctx):
    """N16 一企一策 诊断服务方案书"""
    d, A = ctx['d'], ctx['app']
    rng = ctx['rng']
    w.title(d['title'], 15, gap=4)
    w.table([['服务企业', d['customer']], ['所属行业', d['industry']], ['诊断日期', zh_date(d['date'])], ['诊断机构', A['name']]], [28, 142], s=10)
    ps = rng.sample(range(len(PROBLEMS)), 3)
    w.line('一、企业基本情况', 11)
    w.para(f"该企业现有员工{rng.randint(60, 480)}人，主要产品为{d['industry']}类产品，已使用财务软件和部分单机版管理软件，车间设备{rng.randint(40, 200)}台（套）。")
    w.line('二、诊断发现', 11)
    for i, p in enumerate(ps, 1):
        w.para(f"{i}. {PROBLEMS[p]}。", 10, indent=False)
    if d['solution']:
        w.line('三、“一企一策”提升方案', 11)
        for i, p in enumerate(ps, 1):
            w.para(f"{i}. {SOLUTIONS[p]}。", 10, indent=False)
        w.line('四、实施路径与预期成效', 11)
        w.para('建议按“先联网、后优化、再智能”三步推进，预计一期投入后生产效率提升10%以上。', 10)
    else:
        w.line('三、下一步工作', 11)
        w.para('企业将结合年度预算情况进一步研究，具体改造事项待双方后续沟通确定。', 10)
    w.y += 6
    w.line(f"{A['name']}（盖章）    {zh_date(d['date'])}", 10.5, align='r')
    w.seal(w.pw - w.mr - 40, w.y - 4, A['name'], '', r=17)
    return F(date=iso(d['date']), customer=d['customer'], title=d['title'])


def g_diag_ticket(w, ctx):
    """N17 上门诊断服务工单, customer signs the confirmation; findings and recommended solution in cells"""
    d, A = ctx['d'], ctx['app']
    rng = ctx['rng']
    w.txt(w.ml, w.y + 3, A['name'], 10)
    w.txt(w.pw - w.mr, w.y + 3, f"工单号：ZD{d['date'].strftime('%y%m%d')}-{rng.randint(10, 99)}", 9.5, align='r')
    w.y += 7
    w.title(d['title'], 14.5, gap=2)
    ps = rng.sample(range(len(PROBLEMS)), 2)
    sol = '；'.join(SOLUTIONS[p] for p in ps) + '。' if d['solution'] else '（客户暂无改造计划，未出具方案）'
    w.table([['服务对象', d['customer'], '联系人', person(rng)],
             ['上门日期', d['date'].strftime('%Y-%m-%d'), '服务类型', '免费诊断'],
             ['诊断工程师', person(rng) + '、' + person(rng), '服务时长', f"{rng.randint(3, 7)}小时"],
             ['现场诊断发现', '；'.join(PROBLEMS[p] for p in ps) + '。', '', ''],
             ['推荐解决方案', sol, '', ''],
             ['客户评价', '□不满意  □一般  ■满意', '', '']], [26, 74, 22, 48], s=9.2, minh=9)
    w.y += 2
    w.line('客户确认（签字）：', 10.5)
    w.hand(w.ml + 38, w.y, person(rng), 12)
    w.line(f"日期：{d['date'].isoformat()}", 10)
    w.seal(w.ml + 95, w.y - 5, d['customer'], '', r=17)
    return F(date=iso(d['date']), customer=d['customer'], title=d['title'])


def g_diag_eval(w, ctx):
    """N18 中小企业数字化水平评测结果及转型建议书 with a score table"""
    d, A = ctx['d'], ctx['app']
    rng = ctx['rng']
    w.title(d['title'], 14, gap=3)
    w.line(f"被评测企业：{d['customer']}", 10.5)
    w.line(f"评测日期：{d['date'].strftime('%Y年%m月%d日')}      评测服务商：{A['name']}", 10)
    scores = [rng.randint(8, 22) for _ in range(4)]
    rows = [['评测维度', '满分', '得分', '说明'], ['数字化基础', '25', str(scores[0]), '设备数字化、网络、信息安全'],
            ['经营管理', '25', str(scores[1]), '研发、生产、采购、销售、财务'], ['数字化成效', '25', str(scores[2]), '产品质量、生产效率、绿色安全'],
            ['数字化转型保障', '25', str(scores[3]), '规划、组织、人才、投入'], ['合计', '100', str(sum(scores)), '']]
    w.table(rows, [40, 20, 20, 90], s=9.5, head=1, align=['l', 'c', 'c', 'l'])
    lvl = '二级' if sum(scores) < 60 else '三级'
    w.para(f"评测结论：企业数字化水平为{lvl}，主要短板在于" + PROBLEMS[rng.randrange(len(PROBLEMS))] + '。', 10)
    if d['solution']:
        w.line('转型建议及解决方案', 11)
        for i, p in enumerate(rng.sample(range(len(SOLUTIONS)), 3), 1):
            w.para(f"（{i}）{SOLUTIONS[p]}。", 10, indent=False)
    w.y += 5
    w.line(f"{A['name']}", 10.5, align='r')
    return F(date=iso(d['date']), customer=d['customer'], title=d['title'])


def g_diag_a3(w, ctx):
    """N19 lean A3 report, landscape, two columns"""
    d, A = ctx['d'], ctx['app']
    rng = ctx['rng']
    w.title(d['title'], 14, gap=1)
    w.line(f"被服务企业：{d['customer']}    诊断日期：{d['date'].isoformat()}    编制：{A['short']} {person(rng)}", 9.5, align='c')
    top = w.y + 3
    colw = (w.pw - w.ml - w.mr - 8) / 2
    ps = rng.sample(range(len(PROBLEMS)), 2)
    left = [('1 背景', '企业订单呈多品种小批量趋势，交期压力大。'), ('2 现状', PROBLEMS[ps[0]] + '；' + PROBLEMS[ps[1]] + '。'),
            ('3 目标', '半年内订单准时交付率由82%提升至95%，在制品降低20%。'), ('4 根因分析', '缺少实时数据支撑，计划与执行脱节，异常响应滞后。')]
    right = [('5 对策', SOLUTIONS[ps[0]] + '；' + SOLUTIONS[ps[1]] + '。'), ('6 实施计划', '第1月调研与方案确认，第2—4月系统部署，第5月试运行，第6月评估固化。'),
             ('7 跟进', '每月由企业生产副总与我司项目经理联合复盘。')] if d['solution'] else [('5 跟进', '待企业内部评估后再定。')]
    for col, items in ((0, left), (1, right)):
        x = w.ml + col * (colw + 8)
        w.y = top
        for h, t in items:
            w.c.setFillColorRGB(0.85, 0.9, 0.97)
            w.c.rect(x * mm, w.Y(w.y + 6.5), colw * mm, 6.5 * mm, stroke=0, fill=1)
            w.txt(x + 2, w.y + 4.8, h, 10.5)
            w.y += 7
            w.para(t, 9.5, indent=False, x=x + 2, width=colw - 4)
            w.y += 3
    return F(date=iso(d['date']), customer=d['customer'], title=d['title'])


# --- standards -------------------------------------------------------------------
def g_std_db12(w, ctx):
    """N20 天津市地方标准 DB12/T 草案 cover + 前言 + 条文"""
    st, A = ctx['st'], ctx['app']
    w.txt(w.ml, w.y + 4, 'ICS 25.040', 10)
    w.txt(w.ml, w.y + 10, 'CCS J 07', 10)
    w.y += 24
    w.title('DB12', 32, gap=0)
    w.title('天 津 市 地 方 标 准', 20, gap=2)
    w.line('DB12/T ××××—2025', 11, align='r')
    w.hr(1)
    w.y += 30
    w.title(st['name'], 19, gap=4)
    w.title('（草案）', 13, gap=60)
    w.hr(1)
    w.line('20××-××-××发布                                        20××-××-××实施', 11)
    w.y += 8
    w.title('天津市市场监督管理局  发布', 14)
    w.page()
    w.title('前    言', 15, gap=3)
    w.para('本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。')
    w.para('请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。')
    w.para(f"本文件起草单位：{A['name']}、天津市智能制造产业技术研究院。")
    w.title(st['name'], 13, gap=2)
    w.line('1  范围', 11)
    w.para(f"本文件规定了{st['name'][:-2] if st['name'].endswith('规范') else st['name']}的总体要求、功能要求、接口要求与测试方法。")
    w.line('2  规范性引用文件', 11)
    w.para('GB/T 20720.1  企业控制系统集成  第1部分：模型和术语；GB/T 33008.1  工业自动化和控制系统网络安全。')
    w.line('3  术语和定义', 11)
    w.para('3.1 系统集成 system integration：将不同来源的设备、软件和数据按统一架构连接为协同工作的整体的过程。')
    return F(title=st['name'])


def g_std_review(w, ctx):
    """N21 企业标准 审查稿: an 审查意见汇总表 first, the draft text after"""
    st, A = ctx['st'], ctx['app']
    rng = ctx['rng']
    w.title(f"《{st['name']}》\n标准草案（审查稿）意见汇总处理表", 13, gap=3)
    rows = [['序号', '条款', '意见内容', '提出人', '处理']]
    for i in range(1, 6):
        rows.append([str(i), f"{rng.randint(4, 8)}.{rng.randint(1, 5)}", rng.choice(['术语定义与国标不一致', '建议增加数据字典示例', '测试方法可操作性不足', '建议补充接口超时要求', '图表编号不连续']),
                     person(rng), rng.choice(['采纳', '部分采纳', '未采纳，理由见说明'])])
    w.table(rows, [10, 14, 80, 18, 40], s=9, head=1)
    w.page()
    w.txt(w.ml, w.y + 3, f"Q/{A['short'][:2]}JZ {rng.randint(1, 30):03d}—2024", 10)
    w.y += 10
    w.title(st['name'], 16, gap=1)
    w.title('（标准草案）', 12, gap=4)
    for h, t in [('1 范围', f"本标准规定了{st['name']}适用的对象、总体原则与技术要求，适用于本公司承接的智能制造系统集成项目。"),
                 ('2 总体要求', '集成项目应遵循统一数据模型、统一接口协议、统一安全策略的原则。'),
                 ('3 技术要求', '3.1 设备层数据应通过OPC UA或MQTT协议接入，采集周期不大于1 s。\n3.2 系统间接口应采用RESTful风格，并提供接口文档与测试用例。'),
                 ('4 验证方法', '按附录A规定的检查表逐项验证，全部项目符合即判定为满足本标准。')]:
        w.line(h, 11)
        w.para(t, 10)
    return F(title=st['name'])


def g_std_group(w, ctx):
    """团体标准 草案 (own layout)"""
    st, A = ctx['st'], ctx['app']
    w.line('T/TJIMA ×××—2024', 11, align='r')
    w.y += 20
    w.title('团  体  标  准', 24, gap=20)
    w.title(st['name'], 18, gap=3)
    w.title('征求意见用草案', 12, gap=70)
    w.title('天津市智能制造产业联盟  发布', 13)
    w.page()
    w.line('1  范围', 11)
    w.para(f"本文件规定了{st['name']}的服务流程、交付物与评价要求。")
    w.line('2  服务流程', 11)
    w.para('服务流程包括需求调研、现状诊断、方案设计、实施交付、运维改进五个阶段，每一阶段应形成书面交付物并经客户确认。')
    w.para(f"本文件主要起草单位：{A['name']}。", 10)
    return F(title=st['name'])


# --- other ---------------------------------------------------------------------
def g_other_case(w, ctx):
    """N22 可复制推广典型应用案例 (names a declared customer, contract and amount; not evidence of any kind)"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    w.title(f"典型应用案例\n{C['short']}{k['scope']}", 15, gap=4)
    w.line('一、案例背景', 11)
    w.para(f"{C['name']}是本市{C['industry']}行业骨干企业。2024年，{A['name']}为其实施了{k['proj']}（合同编号{k['no']}，合同额约{money(k['amount'] / 10000)}万元）。")
    w.line('二、方案要点', 11)
    w.para('以设备互联为基础、以生产执行系统为核心，打通计划、执行、质量、设备四条业务主线。')
    w.line('三、应用成效与推广价值', 11)
    w.para('项目投用后，生产效率提升15%，产品不良率下降22%，方案已形成标准化模块，可在同类企业复制推广。')
    return F()


def g_other_invoice_check(w, ctx):
    """N23 增值税发票查验结果 screenshot (other)"""
    k, A, C = ctx['k'], ctx['app'], ctx['cust']
    rng = ctx['rng']
    c = w.c
    c.setFillColorRGB(0.1, 0.35, 0.65)
    c.rect(0, w.Y(14), w.pw * mm, 14 * mm, stroke=0, fill=1)
    w.txt(8, 9.5, '发票查验平台（模拟页面）', 12, color=(1, 1, 1))
    w.ml = 10
    w.y = 22
    w.title('查验结果：查验成功，发票信息与底账一致', 12, color=(0.1, 0.5, 0.1), gap=2)
    amt = k['amount'] * D(k.get('inv_ratio', '0.4'))
    net = money(amt / D('1.13'))
    w.table([['发票号码', str(rng.randint(10 ** 19, 10 ** 20 - 1)), '开票日期', (k['acc'] - timedelta(days=5)).isoformat()],
             ['购买方名称', C['name'], '纳税人识别号', C['uscc']],
             ['销售方名称', A['name'], '纳税人识别号', A['uscc']],
             ['金额', fmt(net), '税额', fmt(amt - net)],
             ['价税合计', f"{daxie(amt)}  ¥{fmt(amt)}", '查验次数', '第2次']], [24, 70, 24, 60], s=9, shade_head=False)
    w.line(f"备注：{k['no']}", 9.5)
    return F()


GENRES = {
    'N01': ('contract', '智能化改造项目合同书（业主方/承建方，字距标签，含税/不含税/税额、预付款、质保金干扰）', g_contract_owner),
    'N02': ('contract', '合同（当事人只在末页《合同当事人信息表》，采购方/实施方，金额仅小写）', g_contract_partytable),
    'C0': ('contract', '技术服务与系统集成合同（自拟措辞，签订日期中文数字；可甲方（供方）/乙方（需方）倒置）', g_contract_prose),
    'N03': ('acceptance_report', '固定资产（设备）验收单（客户资产部门表单）', g_acc_asset),
    'N04': ('acceptance_report', '关于《…验收申请》的复函（客户红头回函）', g_acc_reply),
    'N05': ('acceptance_report', '项目交付验收检查表（质量体系表单，逐项检查+方框结论）', g_acc_checklist),
    'A0': ('acceptance_report', '项目验收报告（自拟格式）', g_acc_report),
    'N06': ('payment_proof', '司库管理信息系统 付款结果通知单', g_pay_treasury),
    'N07': ('payment_proof', '同日分笔支付的两张银行回单合于一页', g_pay_multi),
    'N08': ('payment_proof', '集团代付说明函 + 代付回单', g_pay_proxy),
    'P0': ('payment_proof', '网上企业银行电子回单（自拟版式，紧凑日期）', g_pay_receipt),
    'N09': ('procurement_proof', '评标结果公示（中标候选人公示）网页打印', g_proc_candidates),
    'N10': ('procurement_proof', '工业品电商平台 订单详情截图（合同号仅在买家备注）', g_proc_mall),
    'R0': ('procurement_proof', '成交确认书（自拟措辞）', g_proc_notice),
    'N11': ('subcontract', '设备安装工程劳务分包合同（工程承包人/劳务分包人）', g_sub_labor),
    'N12': ('subcontract', '智能产线设备维保外包服务合同（发包人/服务商）', g_sub_maint),
    'S0': ('subcontract', '配套系统分包合同（总包单位/分包单位，自拟）', g_sub_plain),
    'N13': ('meeting_record', '会议记录表（单页表单，签到嵌在表内）', g_meet_form),
    'N14': ('meeting_record', '活动总结（照片 + 附参会企业名录，含所在区列）', g_meet_summary),
    'N15': ('meeting_record', '协会红头《会议情况通报》+ 附件签到表（住所列、手机列）', g_meet_bulletin),
    'M0': ('meeting_record', '会议纪要（签到表另附）', g_meet_minutes_only),
    'M1': ('meeting_record', '手填签到表（代码在前、签到列）', g_meet_sheet),
    'N16': ('diagnosis_report', '“一企一策”诊断服务方案书', g_diag_yqyc),
    'N17': ('diagnosis_report', '上门诊断服务工单（客户签字确认）', g_diag_ticket),
    'N18': ('diagnosis_report', '中小企业数字化水平评测结果及转型建议书', g_diag_eval),
    'N19': ('diagnosis_report', '精益A3诊断报告（横版双栏）', g_diag_a3),
    'N20': ('standard_draft', '天津市地方标准 DB12/T（草案）', g_std_db12),
    'N21': ('standard_draft', '企业标准审查稿：意见汇总处理表在前、草案在后', g_std_review),
    'T0': ('standard_draft', '团体标准 征求意见用草案（自拟封面）', g_std_group),
    'N22': ('other', '可复制推广典型应用案例（点名客户、合同号、金额）', g_other_case),
    'N23': ('other', '发票查验结果页截图', g_other_invoice_check),
}
LAND = {'N19'}


# ----------------------------------------------------------------------------- submission specs
def org(rng, namer, region=None, tianjin=True, name=None, short=None, industry=None):
    reg = region or rng.choice(TJ if tianjin else NTJ)
    code, city, streets = reg
    cshort = city.split('省')[-1]
    cshort = cshort[:cshort.index('市')]
    nm = name or namer.company(cshort if not tianjin else '天津')
    o = dict(name=nm, uscc=make_uscc(rng, code), addr=f"{city}{rng.choice(streets)}{rng.randint(1, 99)}号",
             rep=person(rng), tel=str(rng.randint(23000000, 29999999)), bank=rng.choice(BANKS), acct=bank_acct(rng),
             industry=industry or rng.choice(N_TAIL), district=city.replace('天津市', '') if tianjin else city)
    o['short'] = short or nm.replace('天津', '').replace('有限公司', '').replace('股份', '')[:4]
    return o


SCOPES = ['冲压车间MES及设备联网', '智能仓储物流系统', '焊装线数字孪生与产线监控', '能碳管控平台', '质量追溯与视觉检测系统', '设备预测性维护平台',
          'APS高级排程系统', '注塑车间数字化改造', '总装线柔性化改造', '工厂操作系统与数据中台']


def contract_spec(rng, i, app, cust, amount, sign, acc, genres, **kw):
    sc = SCOPES[i % len(SCOPES)]
    k = dict(no=kw.pop('no', None) or f"{app['code']}-{sign.year}-{rng.randint(100, 999)}{chr(65 + i)}",
             proj=f"{cust['short']}{sc}项目", scope=sc, amount=money(amount), sign=sign, acc=acc,
             deliver=sign + timedelta(days=rng.randint(60, 150)), days=rng.randint(90, 180),
             proc=sign - timedelta(days=rng.randint(8, 25)), genres=genres, cust=cust, planted=[])
    q1 = money(amount * D('0.55'))
    unit = money(q1 / 10)
    k['items'] = [('工业边缘采集网关 EG-2000', '8口/4G', 10, unit), ('MES软件许可及实施服务', '标准版+定制', 1, money(amount) - unit * 10)]
    k.update(kw)
    return k


def build_specs(seed):
    rng = random.Random(seed * 1009 + 77)
    namer = Namer(rng)
    subs = []
    others_pool = [namer.company('天津') for _ in range(6)]
    # shared Tianjin enterprise pool for meetings and diagnoses
    pool = []
    for _ in range(70):
        pool.append(org(rng, namer, tianjin=True))
    far = [org(rng, namer, tianjin=False) for _ in range(8)]

    def applicant(name, short, code):
        reg = TJ[0]
        return dict(code=code, name=name, uscc=make_uscc(rng, reg[0]), addr=f"天津市滨海新区高新区海泰创新六路{rng.randint(2, 30)}号", rep=person(rng),
                    tel=str(rng.randint(23000000, 29999999)), bank=BANKS[0], acct=bank_acct(rng), short=short, industry='软件和信息技术服务')

    for variant in ('clean', 'gaps', 'tricky'):
        if variant == 'clean':
            app = applicant('天津瀚峯智造系统集成有限公司', '瀚峯智造', 'HFZZ')
        elif variant == 'gaps':
            app = applicant('天津祺砚工业互联网科技有限公司', '祺砚科技', 'QYKJ')
        else:
            app = applicant('天津澜岱数智科技股份有限公司', '澜岱数智', 'LDSZ')
        subs.append(dict(variant=variant, app=app))

    # ---------------- customers
    def cust(tj=True, region=None, emp=None, rev=None, **kw):
        o = org(rng, namer, region=region, tianjin=tj, **kw)
        o.update(emp=emp if emp is not None else rng.randint(60, 800), rev=rev if rev is not None else D(rng.randint(3000, 30000)))
        o['decl_tj'] = tj
        return o

    # clean: 7 customers, 3 in Tianjin, total 26.84M, 6 SMEs
    S = subs[0]
    a = S['app']
    cs = [cust(True), cust(True), cust(True, emp=1600, rev=D(86000)), cust(False, NTJ[0]), cust(False, NTJ[2]), cust(False, NTJ[3]), cust(False, NTJ[1])]
    amts = [4260000, 3180000, 5650000, 2890000, 3370000, 4120000, 3370000]
    gl = [('N01', 'N03', 'N06', 'N09'), ('N02', 'N04', 'N07', 'N10'), ('C0', 'N05', 'P0', 'R0'), ('N01', 'A0', 'N06', 'N09'),
          ('N02', 'N03', 'P0', 'R0'), ('C0', 'N04', 'N07', 'N10'), ('N01', 'N05', 'N06', 'N09')]
    ks = []
    for i, (c, m, g) in enumerate(zip(cs, amts, gl)):
        sign = date(2024, rng.randint(1, 5), rng.randint(1, 28)) if i % 3 else date(2023, rng.randint(9, 12), rng.randint(1, 28))
        acc = date(2024, rng.randint(7, 11), rng.randint(1, 28))
        ks.append(contract_spec(rng, i, a, c, m, sign, acc, g))
    ks[2]['reversed'] = True
    S['contracts'] = ks
    # gaps: 8 customers
    S = subs[1]
    a = S['app']
    cs = [cust(True), cust(True, region=TJ[3]), cust(False, NTJ[0]), cust(True, region=TJ[2]), cust(False, NTJ[3]), cust(False, NTJ[2]),
          cust(True, region=TJ[4], emp=1200, rev=D(52000)), cust(True, region=NTJ[1])]
    cs[1]['uscc'] = break_uscc(cs[1]['uscc'])          # invalid_uscc (documents carry the same code)
    amts = [3150000, 2260000, 2780000, 3460000, 1990000, 2540000, 2370000, 2650000]
    gl = [('N01', 'N03', 'N06', 'N09'), ('N02', 'N04', None, 'N10'), ('C0', 'A0', 'P0', 'R0'), ('N01', 'N05', 'N08', 'N09'),
          ('N02', 'N04', 'N07', 'R0'), ('C0', 'N03', 'N06', 'N10'), ('N01', 'A0', 'P0', 'N09'), ('N02', 'N05', 'N06', 'R0')]
    ks = []
    for i, (c, m, g) in enumerate(zip(cs, amts, gl)):
        sign = date(2024, rng.randint(1, 5), rng.randint(1, 28))
        acc = date(2024, rng.randint(7, 11), rng.randint(1, 28))
        ks.append(contract_spec(rng, i, a, c, m, sign, acc, g))
    ks[1]['planted'] = ['missing_payment_proof', 'invalid_uscc']
    ks[1]['inv'] = True
    ks[2]['planted'] = ['amount_mismatch']
    ks[2]['pay_parts'] = [D('0.5'), D('0.4')]            # 90 % uploaded
    ks[3]['planted'] = ['party_mismatch']
    ks[3]['parent'] = namer.company('天津', '控股集团有限公司')
    ks[4]['planted'] = ['date_out_of_period']
    ks[4]['acc_doc'] = date(2025, 1, 8)
    ks[4]['acc'] = date(2024, 12, 30)                    # declared; the reply letter states 2025-01-08
    ks[5]['planted'] = ['acceptance_not_passed']
    ks[5]['acc_result'] = 'failed'
    ks[6]['planted'] = ['sme_misclassified']
    ks[6]['decl_sme'] = True
    ks[7]['planted'] = ['not_tianjin', 'duplicate_evidence']
    ks[7]['dup'] = 'acc'
    S['contracts'] = ks
    # tricky: 8 customers; verified total exactly 15,000,000.00
    S = subs[2]
    a = S['app']
    branch_parent = org(rng, namer, region=TJ[0], tianjin=True)
    cs = [cust(True, region=TJ[1], emp=1000, rev=D(39999)),             # SME (large needs both)
          cust(True, region=TJ[5]),
          cust(False, NTJ[0], emp=1500, rev=D(80000)),                  # large, declared 否 correctly
          cust(False, NTJ[3], emp=999, rev=D(52000)),                   # SME by thresholds, declared 否 -> sme_misclassified
          cust(False, NTJ[2]),
          cust(False, NTJ[4]),
          cust(True, name=branch_parent['name']),                       # contract signed by its 滨海分公司 -> party_mismatch
          cust(True, region=NTJ[0])]                                    # declared Tianjin, Beijing code, Tianjin office address -> not_tianjin
    cs[7]['addr'] = f"天津市和平区南京路{rng.randint(100, 300)}号（天津办事处）"
    cs[7]['reg_addr'] = '北京市海淀区上地信息路' + str(rng.randint(1, 40)) + '号'
    amts = [3120000, 2000000, 2450000, 1980000, 2650000, 2800000, 3300000, 2100000]
    gl = [('C0', 'N04', 'N07', 'N09'), ('N02', 'N03', 'N06', 'N10'), ('N01', 'N05', 'P0', 'R0'), ('C0', 'A0', 'N06', 'N09'),
          ('N02', 'N04', 'P0', 'N10'), ('N01', 'N03', 'N06', 'R0'), ('N01', 'A0', 'P0', 'N09'), ('N02', 'N05', 'N06', 'R0')]
    ks = []
    for i, (c, m, g) in enumerate(zip(cs, amts, gl)):
        sign = date(2024, rng.randint(1, 5), rng.randint(1, 28)) if i % 2 else date(2023, rng.randint(10, 12), rng.randint(1, 28))
        acc = date(2024, rng.randint(6, 11), rng.randint(1, 28))
        ks.append(contract_spec(rng, i, a, c, m, sign, acc, g))
    ks[0]['reversed'] = True
    ks[0]['acc'] = date(2024, 12, 31)
    ks[0]['letter_lag'] = 6                               # reply letter dated 2025-01-06, acceptance held 2024-12-31
    ks[1]['pay_parts'] = [D('0.3'), D('0.695')]           # 99.5 %: exactly 0.5 % short, not a gap
    ks[3]['decl_sme'] = False
    ks[3]['planted'] = ['sme_misclassified']
    ks[4]['pay_parts'] = [D('0.996')]                     # 0.4 % short, one receipt only
    ks[6]['branch'] = branch_parent['name'].replace('有限公司', '有限公司滨海分公司')
    ks[6]['planted'] = ['party_mismatch']
    ks[7]['planted'] = ['not_tianjin']
    S['contracts'] = ks
    for S in subs:
        for k in S['contracts']:
            c = k['cust']
            k.setdefault('decl_sme', not (c['emp'] >= 1000 and c['rev'] >= 40000))

    # ---------------- suppliers
    def supplier(tj=True, region=None):
        o = org(rng, namer, region=region, tianjin=tj)
        return o

    for S in subs:
        a = S['app']
        v = S['variant']
        sp = [supplier(), supplier(), supplier()]
        if v == 'gaps':
            sp[1] = supplier(False, NTJ[4])
            sp[1]['name'] = sp[1]['name'].replace('石家庄', '天津')  # a Tianjin-sounding name, Hebei code and address
            sp[1]['planted'] = ['subcontractor_not_tianjin']
            sp[2]['planted'] = ['missing_subcontract']
        if v == 'tricky':
            reg = NTJ[0]
            sp[2]['uscc'] = make_uscc(rng, reg[0])          # Beijing-registered, works from a Tianjin address
            sp[2]['planted'] = ['subcontractor_not_tianjin']
        gen = ['N11', 'N12', 'S0']
        for i, s in enumerate(sp):
            s.update(no=f"FB-2024-{rng.randint(10, 99)}{i}", date=date(2024, rng.randint(2, 10), rng.randint(1, 28)),
                     amount=money(rng.choice([386000, 452000, 615000, 278500, 540000])), proj=f"{S['contracts'][i]['proj']}",
                     scope=rng.choice(['控制柜成套及现场布线', '视觉检测工位安装调试', '数据采集点位施工']), site=rng.choice(['滨海新区', '西青区', '北辰区']),
                     genre=gen[i], sub_name=f"{S['contracts'][i]['scope']}配套分包合同")
            s.setdefault('planted', [])
        if v == 'tricky':
            sp[0]['date'] = date(2024, 1, 1)
        S['suppliers'] = sp

    # ---------------- meetings
    topics = ['数字化车间建设', '设备联网与数据采集', '质量追溯', '能碳管理', '智能仓储', '工业互联网平台应用', 'APS排程', '预测性维护', '工业网络安全', '数字孪生', 'AI视觉检测']
    places = ['天津滨海高新区创新创业中心报告厅', '西青区智能制造产业园会议室', '北辰科技园区服务中心', '东丽湖会展中心3号厅', '武清开发区企业服务大厅', '本公司天津总部多功能厅']
    assoc = '天津市智能制造与工业互联网促进会'
    for S in subs:
        a = S['app']
        v = S['variant']
        n = 11 if v == 'tricky' else 10
        ms = []
        pool_i = list(range(len(pool)))
        for j in range(n):
            nm = f"2024年{a['short']}{topics[j]}经验交流会（第{j + 1}期）"
            d = date(2024, 1 + j, rng.randint(5, 26)) if j < 11 else None
            picks = rng.sample(pool_i, 12)
            sheet = [dict(pool[p]) for p in picks]
            sheet += [dict(rng.choice(far))]
            m = dict(name=nm, date=d, place=rng.choice(places), topic=topics[j], sheet=sheet, planted=[], host_signs=False)
            ms.append(m)
        if v == 'gaps':
            ms[7]['sheet'] = ms[7]['sheet'][:9] + ms[7]['sheet'][-1:]
            ms[7]['host_signs'] = True
            ms[7]['planted'] = ['meeting_attendance_below_threshold']
            ms[8]['planted'] = ['missing_meeting_record']
            ms[9]['date'] = date(2023, 12, 20)
            ms[9]['planted'] = ['date_out_of_period']
            ms[9]['name'] = ms[9]['name'].replace('2024年', '')
        if v == 'tricky':
            ms[0]['date'] = date(2024, 1, 1) + timedelta(days=0)
            ms[0]['date'] = date(2024, 1, 1)
            # host signs in, and one firm signs twice: 10 distinct Tianjin firms still
            ms[3]['sheet'] = ms[3]['sheet'][:10] + [dict(ms[3]['sheet'][4])] + ms[3]['sheet'][-1:]
            ms[3]['host_signs'] = True
            # 9 Tianjin + host + 1 Beijing: fails
            ms[6]['sheet'] = ms[6]['sheet'][:9] + ms[6]['sheet'][-1:]
            ms[6]['host_signs'] = True
            ms[6]['planted'] = ['meeting_attendance_below_threshold']
            ms[10]['date'] = date(2024, 12, 20)
            # some rows identified by address only (no code): still 天津市 addresses
            for r in ms[4]['sheet'][:4]:
                r['uscc'] = ''
        for m in ms:
            for r in m['sheet']:
                r['who'] = person(rng)
                r['tel'] = '1' + str(rng.randint(3, 9)) + ''.join(rng.choice('0123456789') for _ in range(9))
            if m['host_signs']:
                h = dict(name=a['name'], uscc=a['uscc'], addr=a['addr'], district='滨海新区', who=person(rng), tel='13' + ''.join(rng.choice('0123456789') for _ in range(9)))
                m['sheet'].insert(rng.randint(0, 3), h)
        S['meetings'] = ms

    # ---------------- diagnoses
    kinds = ['N16', 'N17', 'N18', 'N19']
    for S in subs:
        a = S['app']
        v = S['variant']
        n = 30 if v == 'clean' else 31
        firms = rng.sample(pool, n)
        ds = []
        for j, f in enumerate(firms):
            g = kinds[j % 4]
            d = date(2024, rng.randint(2, 12), rng.randint(1, 28))
            title = {'N16': f"{f['name']}智能制造“一企一策”诊断服务方案书", 'N17': f"{f['short']}上门诊断服务工单",
                     'N18': '中小企业数字化水平评测结果及转型建议书', 'N19': f"{f['short']}生产运营数字化诊断（A3报告）"}[g]
            ds.append(dict(customer=f['name'], uscc=f['uscc'], date=d, title=title, industry=f['industry'], solution=True, present=True, genre=g, planted=[], short=f['short']))
        if v == 'gaps':
            ds[3]['present'] = False
            ds[3]['planted'] = ['missing_diagnosis_report']
            ds[17]['present'] = False
            ds[17]['planted'] = ['missing_diagnosis_report']
            ds[9]['solution'] = False
            ds[9]['planted'] = ['diagnosis_without_solution']
            ds[22]['date'] = date(2025, 1, 10)
            ds[22]['planted'] = ['date_out_of_period']
        if v == 'tricky':
            ds[5]['solution'] = False
            ds[5]['planted'] = ['diagnosis_without_solution']
            ds[12]['date'] = date(2024, 12, 31)
            ds[20]['date'] = date(2024, 1, 2)
        S['diagnoses'] = ds

    # ---------------- standards
    stn = ['智能制造系统集成项目实施服务流程规范', '离散制造车间设备数据互联互通接口要求', '中小企业数字化改造诊断服务规范', '工业互联网平台与MES系统集成技术要求']
    for S in subs:
        v = S['variant']
        n = 4 if v == 'tricky' else 3
        sts = []
        for j in range(n):
            sts.append(dict(name=stn[j], cat=['企业标准', '团体标准', '地方标准', '企业标准'][j], stage='草案', present=True, genre=['N21', 'T0', 'N20', 'N21'][j]))
        if v == 'gaps':
            sts[1]['present'] = False
        if v == 'tricky':
            sts[2]['present'] = False
        S['standards'] = sts
        S['others'] = others_pool
        S['assoc'] = assoc
    return subs


# ----------------------------------------------------------------------------- rendering plan
RENDER_CYCLE = ['text', 'scan', 'text', 'photo', 'text', 'text', 'scan', 'text', 'scan', 'text']


class Builder:
    def __init__(self, root, S, seed, scratch):
        self.root, self.S, self.scratch = root, S, scratch
        self.rng = random.Random(seed * 31 + {'clean': 1, 'gaps': 2, 'tricky': 3}[S['variant']])
        self.docs = []
        self.n = 0
        self.sub = os.path.join(root, 'submission')
        os.makedirs(self.sub, exist_ok=True)

    def fname(self, folder, ext):
        self.n += 1
        r = self.rng
        stem = r.choice([f"扫描件_{self.n:04d}", f"IMG_2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{r.randint(100000, 235959)}",
                         f"附件{self.n}", f"doc ({self.n})", f"微信图片_2024{r.randint(1, 12):02d}{r.randint(10, 28)}{r.randint(100000, 999999)}",
                         f"{self.n:03d}"])
        return (folder + '/' if folder else '') + stem + '.' + ext

    def render(self, genre, ctx, rendering, folder, contract_no, note, fmt_img=None):
        dt, desc, fn = GENRES[genre]
        tmp = os.path.join(self.scratch, 'tmp.pdf')
        r = self.rng
        w = W(tmp, r, land=genre in LAND)
        ctx = dict(ctx, rng=r, app=self.S['app'], others=self.S['others'], assoc=self.S['assoc'], pm=r.choice(['公开招标', '竞争性谈判', '询比价']))
        fields = fn(w, ctx)
        w.save()
        if rendering == 'text':
            ext = 'pdf'
            rel = self.fname(folder, ext)
            data = open(tmp, 'rb').read()
        else:
            imgs = raster(tmp, 1.6 if rendering == 'screenshot' else 1.75)
            if rendering == 'screenshot':
                outs = []
                for im in imgs:
                    g = np.asarray(im.convert('L'))
                    rows = np.where(g.min(axis=1) < 200)[0]
                    bottom = min(g.shape[0], int(rows.max()) + 40) if len(rows) else g.shape[0]
                    outs.append(im.crop((0, 0, im.size[0], bottom)))
            elif rendering == 'mixed':
                outs = None
            else:
                outs = [degrade(im, r, rendering) for im in imgs]
            if rendering == 'mixed':
                # text first page + scanned remaining pages
                pdf = pdfium.PdfDocument(tmp)
                newpdf = pdfium.PdfDocument.new()
                newpdf.import_pages(pdf, [0])
                b = io.BytesIO()
                newpdf.save(b)
                first = b.getvalue()
                rest = [jpeg_bytes(degrade(im, r, 'scan'), 70) for im in imgs[1:]]
                restpath = os.path.join(self.scratch, 'rest.pdf')
                images_to_pdf(rest, restpath, self.scratch)
                merged = pdfium.PdfDocument(io.BytesIO(first))
                merged.import_pages(pdfium.PdfDocument(restpath))
                b = io.BytesIO()
                merged.save(b)
                data = b.getvalue()
                # PDFium stamps the current time and a random /ID: pin both so the bytes depend on the seed only
                import re
                data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20240601120000", data)
                data = re.sub(rb"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]", lambda m_: b"/ID[<" + hashlib.md5(open(tmp, "rb").read()).hexdigest().upper().encode() + b"><"
                              + hashlib.md5(open(tmp, "rb").read()).hexdigest().upper().encode() + b">]", data)
                rel = self.fname(folder, 'pdf')
            elif fmt_img and len(outs) == 1:
                rel = self.fname(folder, fmt_img)
                b = io.BytesIO()
                if fmt_img == 'png':
                    outs[0].save(b, 'PNG', optimize=False)
                else:
                    outs[0].save(b, 'JPEG', quality=r.randint(55, 80))
                data = b.getvalue()
            else:
                rel = self.fname(folder, 'pdf')
                images_to_pdf([jpeg_bytes(im, r.randint(55, 78)) for im in outs], os.path.join(self.scratch, 'img.pdf'), self.scratch)
                data = open(os.path.join(self.scratch, 'img.pdf'), 'rb').read()
        self.write(rel, data, dict(doc_type=dt, rendering='scan' if rendering == 'screenshot' else rendering, contract_no=contract_no,
                                   note=note, fields=fields, genre=genre, genre_desc=desc))
        return rel, data

    def write(self, rel, data, meta):
        p = os.path.join(self.sub, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data)
        meta = dict(path=rel, sha256=hashlib.sha256(data).hexdigest(), **meta)
        self.docs.append(meta)

    def rendering(self):
        i = len(self.docs)
        return RENDER_CYCLE[(i * 7 + self.rng.randint(0, 9)) % len(RENDER_CYCLE)]


def build_submission(S, root, seed, scratch):
    B = Builder(root, S, seed, scratch)
    r = B.rng
    app = S['app']
    v = S['variant']
    flat = v == 'gaps'
    fold = (lambda x: '') if flat else (lambda x: x)
    # customers
    for k in S['contracts']:
        C = dict(k['cust'])
        if k.get('branch'):
            Cb = dict(C, name=k['branch'], short=C['short'])
        else:
            Cb = C
        g_con, g_acc, g_pay, g_proc = k['genres']
        base = dict(k=k)
        note_c = '；'.join(k['planted']) if k['planted'] else ''
        # contract
        rd = B.rendering()
        if g_con == 'N02' and rd == 'text' and r.random() < 0.5:
            rd = 'mixed'
        B.render(g_con, dict(base, cust=Cb), rd, fold('客户合同'), k['no'],
                 ('合同甲方为客户的分公司（与申报客户不是同一主体）' if k.get('branch') else '') + ('甲方（供方）/乙方（需方）倒置，客户是需方' if k.get('reversed') else '') or GENRES[g_con][1])
        # acceptance
        acc_doc = k.get('acc_doc', k['acc'])
        kk = dict(k, acc=acc_doc)
        rd = B.rendering()
        rel, data = B.render(g_acc, dict(k=kk, cust=C), rd, fold('验收'), k['no'],
                             '验收复函所载验收日期在考核期外' if k.get('acc_doc') else ('验收未通过' if k.get('acc_result') == 'failed' else GENRES[g_acc][1]))
        if k.get('dup') == 'acc':
            meta = {kk2: vv for kk2, vv in B.docs[-1].items() if kk2 not in ('path', 'sha256')}
            meta['note'] = '与另一验收文件字节完全相同的重复上传'
            B.write(B.fname(fold('验收'), rel.rsplit('.', 1)[1]), data, meta)
        # payments
        if g_pay:
            parts = k.get('pay_parts', [D(1)])
            pd0 = k['acc'] + timedelta(days=r.randint(5, 25)) if k['acc'].year == 2024 and k['acc'].month < 12 else k['sign'] + timedelta(days=20)
            if g_pay == 'N07':
                if len(parts) == 1:
                    parts = [D('0.6'), D('0.4')]
                pays = [dict(amount=money(k['amount'] * p), date=pd0, stage='合同款（分笔）', split=True) for p in parts]
                B.render('N07', dict(base, cust=C, pays=pays), B.rendering(), fold('付款'), k['no'], GENRES['N07'][1] + '；金额为本页各笔之和')
            else:
                for pi, p in enumerate(parts):
                    pay = dict(amount=money(k['amount'] * p), date=pd0 + timedelta(days=40 * pi), stage=['首付款', '进度款', '尾款'][pi] if len(parts) > 1 else '合同款')
                    g = g_pay
                    if k.get('parent'):
                        pay['payer'] = k['parent']
                    if g == 'P0' and r.random() < 0.5:
                        pay['memo'] = '支付货款'
                    note = GENRES[g][1]
                    if k.get('parent'):
                        note = '付款人为客户的控股股东（集团代付），付款人≠申报客户'
                    if len(parts) > 1 or parts[0] != 1:
                        note += f'；本笔为合同额的{p * 100:.1f}%'
                    B.render(g, dict(base, cust=C, pay=pay), B.rendering(), fold('付款'), k['no'], note)
        # procurement
        rd = B.rendering()
        img = None
        if g_proc == 'N10':
            rd, img = 'screenshot', 'png'
        B.render(g_proc, dict(base, cust=C), rd, fold('采购'), k['no'], GENRES[g_proc][1], fmt_img=img)
        if k.get('inv'):
            B.render('N23', dict(base, cust=C), 'screenshot', fold('付款'), k['no'], '发票查验截图（不是付款证明），点名合同号', fmt_img='png')
    # case study distractor
    k0 = S['contracts'][0]
    B.render('N22', dict(k=k0, cust=k0['cust']), 'text', fold('其他'), k0['no'], '典型案例：点名客户、合同号与金额，但不是任何一类证据')
    # suppliers
    for s in S['suppliers']:
        if 'missing_subcontract' in s['planted']:
            continue
        B.render(s['genre'], dict(s=s), B.rendering(), fold('本地配套'), s['no'], GENRES[s['genre']][1] + ('；' + '；'.join(s['planted']) if s['planted'] else ''))
    # meetings
    mg = ['N13', 'N14', 'N15', 'M0', 'N13', 'N14', 'N15', 'N13', 'M0', 'N14', 'N15']
    for j, m in enumerate(S['meetings']):
        if 'missing_meeting_record' in m['planted']:
            continue
        g = mg[j]
        note = GENRES[g][1] + ('；' + '；'.join(m['planted']) if m['planted'] else '') + ('；主办方自己也签到（不计入）' if m['host_signs'] else '')
        if g == 'M0':
            B.render('M0', dict(m=m), 'text', fold('交流会'), None, note)
            B.render('M1', dict(m=m), r.choice(['photo', 'scan']), fold('交流会'), None, '签到表另附（手填）', fmt_img='jpg')
        else:
            B.render(g, dict(m=m), B.rendering(), fold('交流会'), None, note)
    # diagnoses
    for d in S['diagnoses']:
        if not d['present']:
            continue
        rd = B.rendering()
        img = 'jpg' if rd == 'photo' and r.random() < 0.5 else None
        B.render(d['genre'], dict(d=d), rd, fold('免费诊断'), None, GENRES[d['genre']][1] + ('；' + '；'.join(d['planted']) if d['planted'] else ''), fmt_img=img)
    # standards
    for st in S['standards']:
        if st['present']:
            B.render(st['genre'], dict(st=st), B.rendering(), fold('标准'), None, GENRES[st['genre']][1])
    # an unreadable upload in the gaps set
    if v == 'gaps':
        data = open(os.path.join(B.sub, B.docs[-1]['path']), 'rb').read() if B.docs[-1]['path'].endswith('.pdf') else b''
        tmp = os.path.join(scratch, 'tmp.pdf')
        W(tmp, r).save()
        whole = open(tmp, 'rb').read()
        cut = (data or whole)[: max(200, len(data or whole) // 3)]
        B.write(B.fname('', 'pdf'), cut, dict(doc_type='other', rendering='corrupt', contract_no=None, note='截断的PDF（上传中断），无法打开',
                                              fields=F(), genre='X', genre_desc='truncated PDF'))
    return B.docs


# ----------------------------------------------------------------------------- workbook
def write_workbook(S, path):
    wb = openpyxl.Workbook()
    wb.properties.creator = 'applicant'
    app = S['app']
    v = S['variant']
    ws = wb.active
    ws.title = '申报单位'

    def head(ws, title, cols):
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
        ws['A1'].font = Font(bold=True, size=13)
        ws['A1'].alignment = Alignment(horizontal='center')
        ws.append(cols)
        for c in ws[2]:
            c.font = Font(bold=True)

    head(ws, '申报单位基本信息', ['项目', '内容'])
    for row in [('单位名称', app['name']), ('统一社会信用代码', app['uscc']), ('注册地址', app['addr']), ('申报方向', '智能生产线解决方案'),
                ('服务行业', '汽车及关键零部件、食品'), ('阶段', '考核')]:
        ws.append(list(row))
    ws = wb.create_sheet('服务用户清单')
    amt_head = '合同金额(万元)' if v != 'clean' else '合同金额（万元）'
    rev_head = '营业收入（万元）' if v != 'clean' else '营业收入(万元)'
    head(ws, '考核周期服务用户清单（2024年）', ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', amt_head, '签订日期', '验收日期', '是否中小企业', '从业人员', rev_head, '是否天津企业'])
    for i, k in enumerate(S['contracts'], 1):
        c = k['cust']
        amt = f"{money(k['amount'] / 10000):.2f}" if i == 3 else k['amount'] / 10000
        amt = float(amt) if not isinstance(amt, str) else amt
        sd = k['sign'] if i % 3 else zh_date(k['sign'])
        ad = k['acc'] if i % 3 != 1 else zh_date(k['acc'])
        rev = f"{int(c['rev']):,}" if c['rev'] >= 40000 else int(c['rev'])
        ws.append([i, c['name'], c['uscc'], k['no'], k['proj'] + '合同', amt, sd, ad, '是' if k['decl_sme'] else '否', c['emp'], rev, '是' if c['decl_tj'] else '否'])
        for col in (7, 8):
            cell = ws.cell(row=ws.max_row, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = 'yyyy-mm-dd'
    ws = wb.create_sheet('标准草案')
    head(ws, '标准草案', ['序号', '标准名称', '标准类别', '阶段'])
    for i, st in enumerate(S['standards'], 1):
        ws.append([i, st['name'], st['cat'], st['stage']])
    ws = wb.create_sheet('本地配套供应商')
    head(ws, '天津本地化配套供应商', ['序号', '供应商名称', '统一社会信用代码', '分包合同编号', '分包合同名称', '分包金额（万元）', '签订日期'])
    for i, s in enumerate(S['suppliers'], 1):
        ws.append([i, s['name'], s['uscc'], s['no'], s['sub_name'], float(s['amount'] / 10000), s['date']])
        ws.cell(row=ws.max_row, column=7).number_format = 'yyyy-mm-dd'
    ws = wb.create_sheet('经验交流会')
    head(ws, '经验交流会', ['序号', '会议名称', '日期', '地点', '参会天津企业数量'])
    for i, m in enumerate(S['meetings'], 1):
        ws.append([i, m['name'], m['date'] if i % 4 else zh_date(m['date']), m['place'], m['declared']])
        ws.cell(row=ws.max_row, column=3).number_format = 'yyyy-mm-dd'
    ws = wb.create_sheet('免费诊断')
    head(ws, '免费诊断', ['序号', '客户名称', '统一社会信用代码', '诊断日期', '诊断报告名称'])
    for i, d in enumerate(S['diagnoses'], 1):
        ws.append([i, d['customer'], d['uscc'], d['date'], d['title']])
        ws.cell(row=ws.max_row, column=4).number_format = 'yyyy-mm-dd'
    wb.save(path)


# ----------------------------------------------------------------------------- truth (own reasoning under the guide + format rules)
def is_tj_code(code):
    return bool(code) and len(code) >= 4 and code[2:4] == '12'


def is_tj_addr(a):
    return bool(a) and a.startswith('天津市')


def off(a, b):
    return abs(D(a) - D(b)) > D(b) * D('0.005')


def in_period(d):
    return d is not None and PERIOD[0] <= d <= PERIOD[1]


def sme_by_thresholds(c):
    return not (c['emp'] >= 1000 and c['rev'] >= 40000)


def compute_truth(S, docs):
    app = S['app']
    gaps = []
    by_c = {}
    for d in docs:
        if d['contract_no']:
            by_c.setdefault(d['contract_no'], []).append(d)
    shas = {}
    for d in docs:
        shas.setdefault(d['sha256'], []).append(d)
    contracts_out, verified = [], []
    for k in S['contracts']:
        c = k['cust']
        ds = by_c.get(k['no'], [])
        g = []
        typ = lambda t: [d for d in ds if d['doc_type'] == t]
        acc, pay, proc, con = typ('acceptance_report'), typ('payment_proof'), typ('procurement_proof'), typ('contract')
        if not acc:
            g.append('missing_acceptance_report')
        if not pay:
            g.append('missing_payment_proof')
        if not proc:
            g.append('missing_procurement_proof')
        amt = k['amount']
        mism = any(d['fields']['amount_yuan'] and off(d['fields']['amount_yuan'], amt) for d in con + proc + acc)
        uniq_pay = {d['sha256']: d for d in pay}.values()
        if pay and off(sum(D(d['fields']['amount_yuan']) for d in uniq_pay), amt):
            mism = True
        if mism:
            g.append('amount_mismatch')
        acc_dates = [date.fromisoformat(d['fields']['date']) for d in acc if d['fields']['date']]
        if acc_dates:
            if not all(in_period(x) for x in acc_dates):
                g.append('date_out_of_period')
        elif not in_period(k['acc']):
            g.append('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in acc):
            g.append('acceptance_not_passed')
        pm = any(d['fields']['payer'] != c['name'] or d['fields']['payee'] != app['name'] for d in pay) or \
            any(d['fields']['customer'] != c['name'] for d in acc + con)
        if pm:
            g.append('party_mismatch')
        if any(len({x['path'] for x in shas[d['sha256']]}) > 1 for d in ds):
            g.append('duplicate_evidence')
        if not uscc_valid(c['uscc']):
            g.append('invalid_uscc')
        if c['decl_tj'] and not (is_tj_addr(c['addr']) and is_tj_code(c['uscc'])):
            g.append('not_tianjin')
        if k['decl_sme'] != sme_by_thresholds(c):
            g.append('sme_misclassified')
        for kind in g:
            gaps.append(dict(kind=kind, requirement='A-sme' if kind == 'sme_misclassified' else 'A-customers', contract_no=k['no'], customer=c['name'],
                             supplier=None, meeting=None))
        ok = all(x == 'sme_misclassified' for x in g)
        if ok:
            verified.append(k)
        contracts_out.append(dict(seq=len(contracts_out) + 1, contract_no=k['no'], customer=c['name'], customer_uscc=c['uscc'], customer_address=c['addr'], amount_yuan=s2(amt),
                                  declared_tianjin=c['decl_tj'], declared_sme=k['decl_sme'], employees=c['emp'], revenue_wan=int(c['rev']),
                                  sign_date=iso(k['sign']), acceptance_date_declared=iso(k['acc']), planted=k['planted'], verified=ok))
    vcust = {k['cust']['name'] for k in verified}
    vtj = {k['cust']['name'] for k in verified if k['cust']['decl_tj'] and is_tj_addr(k['cust']['addr']) and is_tj_code(k['cust']['uscc'])}
    vsme = {k['cust']['name'] for k in verified if sme_by_thresholds(k['cust'])}
    total = sum((k['amount'] for k in verified), D(0))
    req = {}
    req['E-tianjin'] = 'met' if is_tj_addr(app['addr']) and is_tj_code(app['uscc']) else 'not_met'
    if req['E-tianjin'] == 'not_met':
        gaps.append(dict(kind='applicant_not_tianjin', requirement='E-tianjin', contract_no=None, customer=None, supplier=None, meeting=None))
    ac = True
    if len(vcust) < 6:
        gaps.append(dict(kind='customer_count_below_threshold', requirement='A-customers', contract_no=None, customer=None, supplier=None, meeting=None))
        ac = False
    if total < D(15000000):
        gaps.append(dict(kind='total_below_threshold', requirement='A-customers', contract_no=None, customer=None, supplier=None, meeting=None))
        ac = False
    if len(vtj) < 2:
        gaps.append(dict(kind='tianjin_customer_count_below_threshold', requirement='A-customers', contract_no=None, customer=None, supplier=None, meeting=None))
        ac = False
    req['A-customers'] = 'met' if ac else 'not_met'
    if len(vsme) < 5:
        gaps.append(dict(kind='sme_count_below_threshold', requirement='A-sme', contract_no=None, customer=None, supplier=None, meeting=None))
    req['A-sme'] = 'met' if len(vsme) >= 5 else 'not_met'
    # suppliers
    sup_out, vsup = [], set()
    subdocs = [d for d in docs if d['doc_type'] == 'subcontract']
    for s in S['suppliers']:
        ds = [d for d in subdocs if d['contract_no'] == s['no']]
        g = []
        if not (is_tj_code(s['uscc']) and is_tj_addr(s['addr'])):
            g.append('subcontractor_not_tianjin')
        if not ds:
            g.append('missing_subcontract')
        else:
            if not all(in_period(date.fromisoformat(d['fields']['date'])) for d in ds):
                g.append('date_out_of_period')
            if any(d['fields']['customer'] != app['name'] for d in ds):
                g.append('party_mismatch')
            if any(off(d['fields']['amount_yuan'], s['amount']) for d in ds):
                g.append('amount_mismatch')
        for kind in g:
            gaps.append(dict(kind=kind, requirement='A-local-suppliers', contract_no=s['no'], customer=None, supplier=s['name'], meeting=None))
        if not g:
            vsup.add(s['name'])
        sup_out.append(dict(supplier=s['name'], uscc=s['uscc'], address=s['addr'], contract_no=s['no'], amount_yuan=s2(s['amount']), date=iso(s['date']),
                            subcontract_uploaded=bool(ds), planted=s['planted'], verified=not g))
    if len(vsup) < 2:
        gaps.append(dict(kind='local_supplier_count_below_threshold', requirement='A-local-suppliers', contract_no=None, customer=None, supplier=None, meeting=None))
    req['A-local-suppliers'] = 'met' if len(vsup) >= 2 else 'not_met'
    # meetings
    mdocs = [d for d in docs if d['doc_type'] == 'meeting_record']
    m_out, qual = [], 0
    for m in S['meetings']:
        ds = [d for d in mdocs if d['fields']['title'] == m['name']]
        tj = {r['name'] for r in m['sheet'] if r['name'] != app['name'] and (is_tj_code(r.get('uscc', '')) or is_tj_addr(r.get('addr', '')))}
        g = []
        if not ds:
            g.append('missing_meeting_record')
        else:
            if not in_period(m['date']):
                g.append('date_out_of_period')
            if len(tj) < 10:
                g.append('meeting_attendance_below_threshold')
        for kind in g:
            gaps.append(dict(kind=kind, requirement='A-meetings', contract_no=None, customer=None, supplier=None, meeting=m['name']))
        if not g:
            qual += 1
        m_out.append(dict(name=m['name'], date=iso(m['date']), place=m['place'], declared_tianjin_count=m['declared'],
                          tianjin_on_sheet=len(tj) if ds else None, sheet_rows=len(m['sheet']), host_signed_in=m['host_signs'], record_uploaded=bool(ds),
                          planted=m['planted'], qualifies=not g))
    if qual < 10:
        gaps.append(dict(kind='meeting_count_below_threshold', requirement='A-meetings', contract_no=None, customer=None, supplier=None, meeting=None))
    req['A-meetings'] = 'met' if qual >= 10 else 'not_met'
    # diagnoses
    ddocs = [d for d in docs if d['doc_type'] == 'diagnosis_report']
    d_out, good = [], set()
    for dg in S['diagnoses']:
        ds = [d for d in ddocs if d['fields']['customer'] == dg['customer']]
        g = []
        if not ds:
            g.append('missing_diagnosis_report')
        else:
            if not dg['solution']:
                g.append('diagnosis_without_solution')
            if not all(in_period(date.fromisoformat(d['fields']['date'])) for d in ds):
                g.append('date_out_of_period')
        for kind in g:
            gaps.append(dict(kind=kind, requirement='A-diagnoses', contract_no=None, customer=dg['customer'], supplier=None, meeting=None))
        if not g:
            good.add(dg['customer'])
        d_out.append(dict(customer=dg['customer'], uscc=dg['uscc'], date=iso(dg['date']), report_title=dg['title'], report_uploaded=bool(ds),
                          has_solution=dg['solution'] if ds else None, planted=dg['planted'], qualifies=not g))
    if len(good) < 30:
        gaps.append(dict(kind='diagnosis_count_below_threshold', requirement='A-diagnoses', contract_no=None, customer=None, supplier=None, meeting=None))
    req['A-diagnoses'] = 'met' if len(good) >= 30 else 'not_met'
    # standards
    sdocs = {d['fields']['title'] for d in docs if d['doc_type'] == 'standard_draft'}
    st_out, nst = [], 0
    for st in S['standards']:
        has = st['name'] in sdocs
        nst += has
        if not has:
            gaps.append(dict(kind='missing_standard_document', requirement='A-standards', contract_no=None, customer=None, supplier=None, meeting=None, standard=st['name']))
        st_out.append(dict(name=st['name'], category=st['cat'], stage=st['stage'], draft_uploaded=has))
    if nst < 3:
        gaps.append(dict(kind='standards_below_threshold', requirement='A-standards', contract_no=None, customer=None, supplier=None, meeting=None))
    req['A-standards'] = 'met' if nst >= 3 else 'not_met'
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(dict(kind='unreadable_document', requirement=None, contract_no=None, customer=None, supplier=None, meeting=None, file=d['path']))
    order = ['E-tianjin', 'A-local-suppliers', 'A-meetings', 'A-diagnoses', 'A-customers', 'A-standards', 'A-sme']
    req = {r: req[r] for r in order}
    return dict(
        submission=S['variant'], phase='考核', period=['2024-01-01', '2024-12-31'],
        applicant=dict(name=app['name'], uscc=app['uscc'], address=app['addr']),
        assessment_passed=all(x == 'met' for x in req.values()), award_tier_wan=None,
        accepted_total_yuan=s2(total), requirements=req, gaps=gaps,
        verified_contracts=len(verified), verified_customer_count=len(vcust), verified_tianjin_customer_count=len(vtj),
        verified_sme_customer_count=len(vsme), verified_local_suppliers=len(vsup), qualifying_meetings=qual,
        diagnosed_customers_with_solution=len(good), standards_with_document=nst,
        contracts=contracts_out, suppliers=sup_out, meetings=m_out, diagnoses=d_out, standards=st_out,
        documents=[{k2: d[k2] for k2 in ('path', 'doc_type', 'rendering', 'contract_no', 'sha256', 'note', 'fields', 'genre', 'genre_desc')} for d in docs])


# ----------------------------------------------------------------------------- main
NAMES = {'clean': 'a7_assess_clean', 'gaps': 'a7_assess_gaps', 'tricky': 'a7_assess_tricky'}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='data')
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--only', default=None)
    a = ap.parse_args()
    # fixed path: reportlab names embedded images after their file path, so the path must not vary between runs
    scratch = '/tmp/author7_scratch/gen'
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch, exist_ok=True)
    subs = build_specs(a.seed)
    for S in subs:
        if a.only and S['variant'] != a.only:
            continue
        # declared Tianjin attendee number (what the applicant wrote in the workbook)
        for m in S['meetings']:
            tj = {r['name'] for r in m['sheet'] if r['name'] != S['app']['name'] and (is_tj_code(r.get('uscc', '')) or is_tj_addr(r.get('addr', '')))}
            m['declared'] = max(len(tj), 10) if m['planted'] else len(tj)
        root = os.path.join(a.out, NAMES[S['variant']])
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(root)
        docs = build_submission(S, root, a.seed, scratch)
        write_workbook(S, os.path.join(root, 'submission', '申报信息.xlsx'))
        truth = compute_truth(S, docs)
        with open(os.path.join(root, 'ground_truth.json'), 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        n = len(docs)
        im = sum(d['rendering'] in ('scan', 'photo') for d in docs)
        print(f"{NAMES[S['variant']]}: {n} documents, {im} scans/photos, passed={truth['assessment_passed']}, gaps={len(truth['gaps'])}")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == '__main__':
    main()
