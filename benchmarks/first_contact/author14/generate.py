#!/usr/bin/env python3
"""author14 — independent first-contact set, support cycle (2023).

python generate.py --out data --seed 14

Writes three submissions (clean / gaps / tricky).  Every company, code, account and
amount is invented.  Truth is decided here from the plan (see rules() below), written
from format.md and the programme guide, never from product code.
"""
import argparse, hashlib, io, json, math, os, random, shutil
from decimal import Decimal, ROUND_HALF_UP

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
import cv2
import pypdfium2 as pdfium
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black

pdfmetrics.registerFont(TTFont('Z', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
RED = Color(0.85, 0.08, 0.1, alpha=0.78)
BLUE = Color(0.1, 0.15, 0.55)
GREY = Color(0.45, 0.45, 0.45)
PERIOD = ('2023-01-01', '2023-12-31')

# ----------------------------------------------------------------- codes
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(code17):
    s = sum(ALPH.index(ch) * w for ch, w in zip(code17, W18))
    c = 31 - s % 31
    return ALPH[0 if c == 31 else c]


def uscc_valid(code):
    return len(code) == 18 and all(ch in ALPH for ch in code) and uscc_check(code[:17]) == code[17]


def make_uscc(rng, region):
    while True:
        body = ''.join(rng.choice('0123456789') for _ in range(8))
        if rng.random() < 0.3:
            body = 'MA' + body[2:7] + rng.choice('ABCDEFGHJKLMNPQRTUWXY')
        s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, W9))
        c9 = 11 - s % 11
        c9 = 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
        code17 = '91' + region + body + c9
        if all(ch in ALPH for ch in code17):
            return code17 + uscc_check(code17)


def break_uscc(code):
    bad = [c for c in ALPH if c != code[17]]
    return code[:17] + bad[(ALPH.index(code[17]) + 7) % len(bad)]


# ----------------------------------------------------------------- money / dates
D = Decimal
CNUM = '零壹贰叁肆伍陆柒捌玖'


def yuan(d):
    return f"{D(d).quantize(D('0.01')):,.2f}"


def plain(d):
    return f"{D(d).quantize(D('0.01')):.2f}"


def cn_upper(d):
    fen = int((D(d) * 100).quantize(D('1'), ROUND_HALF_UP))
    n, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)
    units, big = ['', '拾', '佰', '仟'], ['', '万', '亿']
    groups = []
    while n > 0:
        groups.append(n % 10000)
        n //= 10000
    res, need_zero = '', False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            need_zero = bool(res)
            continue
        if res and (g < 1000 or need_zero):
            res += '零'
        gs, z = '', False
        for k in range(3, -1, -1):
            dg = (g // 10 ** k) % 10
            if dg == 0:
                z = bool(gs)
            else:
                if z:
                    gs += '零'
                    z = False
                gs += CNUM[dg] + units[k]
        res += gs + big[gi]
        need_zero = False
    res = res or '零'
    if jiao == 0 and f == 0:
        return res + '元整'
    tail = (CNUM[jiao] + '角') if jiao else '零'
    if f:
        tail += CNUM[f] + '分'
    return res + '元' + tail


def ymd(iso):
    y, m, d = iso.split('-')
    return int(y), int(m), int(d)


def d_cn(iso):
    y, m, d = ymd(iso)
    return f"{y}年{m}月{d}日"


def d_cnlower(iso):
    low = '〇一二三四五六七八九'
    y, m, d = ymd(iso)
    num = lambda v: ('十' if v == 10 else ('十' + low[v - 10] if v < 20 else low[v // 10] + '十' + (low[v % 10] if v % 10 else ''))) if v >= 10 else low[v]
    return ''.join(low[int(c)] for c in str(y)) + '年' + num(m) + '月' + num(d) + '日'


def d_bill(iso):  # 票据日期大写
    y, m, d = ymd(iso)
    ys = ''.join(CNUM[int(c)] for c in str(y)).replace('零', '零')
    ms = {1: '零壹', 2: '零贰', 10: '零壹拾', 11: '壹拾壹', 12: '壹拾贰'}.get(m) or CNUM[m]
    if d < 10:
        ds = '零' + CNUM[d]
    elif d in (10, 20, 30):
        ds = '零' + CNUM[d // 10] + '拾'
    elif d < 20:
        ds = '壹拾' + CNUM[d - 10]
    else:
        ds = CNUM[d // 10] + '拾' + CNUM[d % 10]
    return f"{ys}年{ms}月{ds}日"


def add_days(iso, n):
    import datetime as dt
    return (dt.date(*ymd(iso)) + dt.timedelta(days=n)).isoformat()


# ----------------------------------------------------------------- names
SURN = '昀赟橦瑄翀煜珺喆澍琰骞钤嵘璟泓'
PLAIN = '华创森远恒益达瑞丰新源泰和润兴宏基晟联诚通博嘉鼎盛汇金海川'
TRADES = ['精密机械', '汽车零部件', '新材料科技', '电子科技', '医疗器械', '食品', '精细化工', '金属制品',
          '塑胶制品', '智能装备', '包装材料', '轴承', '电缆', '制药', '涂料']
DISTR = [('120116', '滨海新区', ['经济技术开发区第{a}大街{b}号', '临港经济区渤海{a}路{b}号', '中新生态城中成大道{b}号']),
         ('120111', '西青区', ['经济技术开发区赛达{a}支路{b}号', '张家窝镇工业园兴盛路{b}号']),
         ('120113', '北辰区', ['科技园区高新大道{b}号', '双口镇永丰道{b}号']),
         ('120110', '东丽区', ['航空路{b}号', '华明高新区华兴道{b}号']),
         ('120112', '津南区', ['八里台工业园区{a}号路{b}号']),
         ('120114', '武清区', ['京滨工业园京滨睿城{a}号楼', '汽车产业园泉发路{b}号']),
         ('120118', '静海区', ['子牙循环经济产业区{a}号路{b}号'])]
BANKS = ['中国工商银行天津{b}支行', '中国建设银行天津{b}支行', '中国银行天津{b}支行', '交通银行天津{b}支行',
         '招商银行天津{b}支行', '上海浦东发展银行天津{b}支行', '中信银行天津{b}支行', '天津银行{b}支行']
BRANCH = ['开发区', '西青', '北辰', '空港', '南开', '河西', '武清', '东丽']


class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def company(self, trade=None, rare=False, prefix='天津'):
        r = self.rng
        while True:
            a = r.choice(SURN) if rare else r.choice(PLAIN)
            b = r.choice(PLAIN)
            nm = f"{prefix}{a}{b}{trade or r.choice(TRADES)}有限公司"
            if nm not in self.used and a != b:
                self.used.add(nm)
                return nm

    def tj_party(self, trade=None, rare=False):
        r = self.rng
        reg, dist, pats = r.choice(DISTR)
        addr = '天津市' + dist + r.choice(pats).format(a=r.randint(1, 12), b=r.randint(2, 188))
        return dict(name=self.company(trade, rare), uscc=make_uscc(r, reg), address=addr,
                    bank=r.choice(BANKS).format(b=r.choice(BRANCH)), account=self.account())

    def account(self):
        r = self.rng
        return r.choice(['0302', '1205', '2701', '1200', '4359']) + ''.join(r.choice('0123456789') for _ in range(r.choice([12, 13, 15])))

    def person(self):
        r = self.rng
        return r.choice('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗') + ''.join(r.choice('建国海峰磊静丽伟强敏军洋勇艳杰涛明超秀霞平刚桂英') for _ in range(r.choice([1, 2])))


# ----------------------------------------------------------------- page helper
class Pg:
    def __init__(self, c, rng, w=595, h=842):
        self.c, self.rng, self.W, self.H = c, rng, w, h
        self.y = h - 60
        self.font = 'Z'

    def t(self, x, y, s, size=10.5, font=None, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.font, size)
        c.drawString(x, y, s)
        c.setFillColor(black)

    def center(self, s, size=16, dy=None, font=None, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.font, size)
        c.drawCentredString(self.W / 2, self.y, s)
        c.setFillColor(black)
        self.y -= dy if dy is not None else size * 1.9

    def wrap(self, s, width, size, font=None):
        out, cur = [], ''
        for ch in s:
            if ch == '\n':
                out.append(cur)
                cur = ''
                continue
            if pdfmetrics.stringWidth(cur + ch, font or self.font, size) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out or ['']

    def para(self, s, x=62, width=470, size=10.5, lead=1.75, indent=True):
        lines = self.wrap(('　　' if indent else '') + s, width, size)
        for ln in lines:
            self.t(x, self.y, ln, size)
            self.y -= size * lead
        self.y -= size * 0.3

    def line(self, s, x=62, size=10.5, lead=1.75):
        self.t(x, self.y, s, size)
        self.y -= size * lead

    def table(self, rows, colw, x=62, size=9.5, rowh=None, bold_first=False, pad=4):
        c = self.c
        c.setLineWidth(0.7)
        tw = sum(colw)
        for row in rows:
            cells = []
            for i, cell in enumerate(row):
                w = colw[i] if i < len(colw) else colw[-1]
                cells.append(self.wrap(str(cell), w - 2 * pad, size))
            h = max(rowh or 0, max(len(cl) for cl in cells) * size * 1.35 + 2 * pad + 2)
            c.line(x, self.y, x + tw, self.y)
            xx = x
            for i, cl in enumerate(cells):
                w = colw[i] if i < len(colw) else colw[-1]
                for k, ln in enumerate(cl):
                    self.t(xx + pad, self.y - pad - size - k * size * 1.35, ln, size)
                xx += w
            xx = x
            c.line(x, self.y, x, self.y - h)
            for w in colw[:len(row)]:
                xx += w
                c.line(xx, self.y, xx, self.y - h)
            self.y -= h
        c.line(x, self.y, x + tw, self.y)
        self.y -= 10

    def seal(self, cx, cy, name, sub='', r=44, star=True):
        c = self.c
        c.saveState()
        c.setStrokeColor(RED)
        c.setFillColor(RED)
        c.setLineWidth(2.2)
        c.circle(cx, cy, r)
        n = len(name)
        span = min(250, 24 * n)
        size = max(7.5, min(11, r * 0.26))
        for i, ch in enumerate(name):
            ang = math.radians(90 + span / 2 - span * i / max(1, n - 1))
            px, py = cx + (r - size * 1.05) * math.cos(ang), cy + (r - size * 1.05) * math.sin(ang)
            c.saveState()
            c.translate(px, py)
            c.rotate(math.degrees(ang) - 90)
            c.setFont('Z', size)
            c.drawCentredString(0, -size * 0.35, ch)
            c.restoreState()
        if star:
            p = c.beginPath()
            for k in range(10):
                rr = r * (0.28 if k % 2 == 0 else 0.11)
                a = math.radians(90 + 36 * k)
                (p.moveTo if k == 0 else p.lineTo)(cx + rr * math.cos(a), cy + 2 + rr * math.sin(a))
            p.close()
            c.drawPath(p, fill=1, stroke=0)
        if sub:
            c.setFont('Z', 7.5)
            c.drawCentredString(cx, cy - r * 0.55, sub)
        c.restoreState()

    def hand(self, x, y, s, size=12, color=BLUE):
        c = self.c
        r = self.rng
        xx = x
        for ch in s:
            c.saveState()
            c.translate(xx, y + r.uniform(-1.3, 1.3))
            c.rotate(r.uniform(-7, 7))
            c.setFillColor(color)
            c.setFont('M', size * r.uniform(0.92, 1.08))
            c.drawString(0, 0, ch)
            c.restoreState()
            xx += pdfmetrics.stringWidth(ch, 'M', size) * r.uniform(0.92, 1.12)

    def rule(self, y=None, x0=62, x1=533, w=0.8, color=black):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(w)
        yy = self.y if y is None else y
        self.c.line(x0, yy, x1, yy)
        self.c.setStrokeColor(black)


def spaced(s, sep=' '):
    return sep.join(s)


class Doc:
    """Collects pages drawn by callbacks into one PDF (bytes)."""

    def __init__(self, rng, size=A4):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.rng, self.size = rng, size
        self.pg = None

    def page(self):
        if self.pg is not None:
            self.c.showPage()
        self.pg = Pg(self.c, self.rng, *self.size)
        return self.pg

    def bytes(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ----------------------------------------------------------------- degradation
def render_pages(pdf_bytes, scale=1.5):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = [pdf[i].render(scale=scale).to_pil().convert('RGB') for i in range(len(pdf))]
    pdf.close()
    return out


def degrade_scan(img, nrng, gray=True):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = nrng.uniform(-1.6, 1.6)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += nrng.uniform(-8, 8, 2)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
    if gray:
        g = a.mean(axis=2, keepdims=True)
        a = np.repeat(g, 3, axis=2) * 0.55 + a * 0.45   # toner scan keeps a little of the red
    a = cv2.GaussianBlur(a, (3, 3), nrng.uniform(0.5, 1.0))
    a += nrng.normal(0, 7, a.shape[:2])[..., None]
    a = a * nrng.uniform(0.93, 1.0) + nrng.uniform(-4, 6)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def degrade_photo(img, nrng):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    bg = np.zeros((int(h * 1.12), int(w * 1.12), 3), np.float32) + np.array([92, 74, 58], np.float32)
    H2, W2 = bg.shape[:2]
    j = lambda s: nrng.uniform(-s, s)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (W2 - w) / 2, (H2 - h) / 2
    dst = np.float32([[ox + j(30), oy + j(25)], [ox + w + j(30), oy + j(25)], [ox + w + j(20), oy + h + j(20)], [ox + j(20), oy + h + j(20)]])
    P = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, P, (W2, H2), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), P, (W2, H2))[..., None]
    a = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = nrng.uniform(0.2, 0.8) * W2, nrng.uniform(0.1, 0.6) * H2
    light = 1.08 - 0.38 * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    a = cv2.GaussianBlur(a, (5, 5), nrng.uniform(0.7, 1.4))
    a += nrng.normal(0, 9, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg_roundtrip(img, q):
    b = io.BytesIO()
    img.save(b, 'JPEG', quality=q)
    return Image.open(io.BytesIO(b.getvalue())).convert('RGB')


def finalize(pdf_bytes, rendering, nrng, ext):
    """-> file bytes for a rendering: text | scan (pdf or png) | photo (jpg)"""
    if rendering == 'text':
        return pdf_bytes
    if rendering == 'screenshot':
        img = render_pages(pdf_bytes, scale=1.6)[0]
        b = io.BytesIO()
        img.save(b, 'PNG', optimize=False)
        return b.getvalue()
    pages = render_pages(pdf_bytes, scale=1.45 if rendering == 'scan' else 1.35)
    if rendering == 'scan':
        pages = [jpeg_roundtrip(degrade_scan(p, nrng, gray=nrng.random() < 0.6), int(nrng.integers(45, 75))) for p in pages]
        b = io.BytesIO()
        if ext == 'pdf':
            import time as _tm
            _t = _tm.gmtime(1705309200)
            pages[0].save(b, 'PDF', resolution=105, save_all=True, append_images=pages[1:], creationDate=_t, modDate=_t)
        else:
            pages[0].save(b, 'JPEG', quality=70)
        return b.getvalue()
    img = degrade_photo(pages[0], nrng)
    b = io.BytesIO()
    img.save(b, 'JPEG', quality=int(nrng.integers(55, 80)))
    return b.getvalue()


# ----------------------------------------------------------------- genres
# each genre: fn(ctx, k, args) -> (pdf_bytes, doc_type, fields, note, pagesize)
def F(contract_no=None, amount=None, date=None, customer=None, payer=None, payee=None, result=None, title=None):
    return dict(contract_no=contract_no, amount_yuan=plain(amount) if amount is not None else None, date=date,
                customer=customer, payer=payer, payee=payee, result=result, title=title)


def sign_block(p, left_lbl, left, right_lbl, right, date_l=None, date_r=None, seal_l=True, seal_r=True, sub='合同专用章', y=None):
    y = p.y if y is None else y
    p.t(70, y, f"{left_lbl}（盖章）：", 10.5)
    p.t(320, y, f"{right_lbl}（盖章）：", 10.5)
    p.t(70, y - 26, "法定代表人或授权代表：", 10)
    p.t(320, y - 26, "法定代表人或授权代表：", 10)
    p.hand(185, y - 27, p.rng.choice(['刘', '王', '赵', '孙']) + p.rng.choice(['建', '晓', '立']) + p.rng.choice(['平', '东', '敏']), 12)
    p.hand(435, y - 27, p.rng.choice(['陈', '周', '杨']) + p.rng.choice(['海', '文', '志']) + p.rng.choice(['涛', '宁', '刚']), 12)
    if date_l:
        p.t(70, y - 52, date_l, 10)
    if date_r:
        p.t(320, y - 52, date_r, 10)
    if seal_l:
        p.seal(150, y - 30, left['name'], sub)
    if seal_r:
        p.seal(400, y - 30, right['name'], sub)
    p.y = y - 80


def party_lines(p, label, who, extra=True, spaced_lbl=False):
    lbl = spaced(label, '　') if spaced_lbl else label
    p.line(f"{lbl}：{who['name']}", size=10.5)
    if extra:
        p.line(f"统一社会信用代码：{who['uscc']}", x=80, size=9.5, lead=1.6)
        p.line(f"住所：{who['address']}", x=80, size=9.5, lead=1.6)


# --- contracts -------------------------------------------------------------
def g_contract_prose(ctx, k, a):
    """ordinary: 设备采购与安装调试合同, 甲方（买方）/乙方（卖方）, 2 pages, prepayment & penalty distractors"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = a.get('stated_amount', k['amount'])
    p.t(400, 800, f"合同编号：{k['no']}", 9.5)
    p.center(k['name'], 17)
    p.center('设备采购与安装调试合同', 12, font='M', color=GREY)
    party_lines(p, '甲方（买方）', cu, spaced_lbl=a.get('spaced', False))
    party_lines(p, '乙方（卖方）', ap, spaced_lbl=a.get('spaced', False))
    p.y -= 6
    p.para(f"依据《中华人民共和国民法典》及相关法律法规，甲乙双方在平等、自愿的基础上，就甲方{k['name'].replace('合同', '')}所需设备及系统的采购、安装与调试事宜，经友好协商一致，订立本合同，共同遵守。")
    p.line('第一条　合同标的', size=11)
    p.para(f"乙方负责为甲方提供{a.get('scope', '数据采集终端、边缘计算网关、生产执行系统（MES）软件及配套实施服务')}，具体配置以附件一《供货及服务清单》为准。")
    p.line('第二条　合同价款', size=11)
    p.para(f"本合同总价款为{cn_upper(amt)}（¥{yuan(amt)}），含13%增值税、运输、安装、调试及培训费用。除本合同另有约定外，合同总价款不作调整。")
    p.line('第三条　付款方式', size=11)
    pre = (D(amt) * D('0.3')).quantize(D('0.01'))
    p.para(f"合同生效后十个工作日内，甲方向乙方支付合同总价款的30%作为预付款，即人民币{yuan(pre)}元；设备到货并安装完毕后支付至60%；项目验收合格后支付剩余全部款项。")
    p.line('第四条　交货及验收', size=11)
    p.para(f"乙方应于{d_cn(add_days(k['sign'], 75))}前完成全部设备交付，并在安装调试完成后向甲方提出验收申请。甲方应在收到申请后十五日内组织验收。")
    p = d.page()
    p.line('第五条　违约责任', size=11)
    pen = (D(amt) * D('0.05')).quantize(D('1'))
    p.para(f"乙方逾期交货的，每逾期一日按合同总价款的千分之一向甲方支付违约金，违约金累计不超过人民币{yuan(pen)}元。甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。")
    p.line('第六条　质量保证', size=11)
    p.para('乙方所供设备的质量保证期为自验收合格之日起十二个月。质保期内因设备本身质量问题产生的故障，乙方负责免费维修或更换。')
    p.line('第七条　争议解决', size=11)
    p.para('因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。')
    p.line('第八条　其他', size=11)
    p.para('本合同一式肆份，甲乙双方各执贰份，自双方法定代表人或授权代表签字并加盖公章或合同专用章之日起生效。')
    p.y -= 20
    sign_block(p, '甲方', cu, '乙方', ap, date_l='签订日期：' + d_cn(k['sign']), date_r='签订日期：' + d_cn(k['sign']))
    p.t(62, 60, f"签订地点：天津市", 9.5)
    return d.bytes(), 'contract', F(k['no'], amt, k['sign'], cu['name']), '合同 prose, 甲方（买方）, 预付款30%与违约金上限为干扰金额'


def g_contract_grid(ctx, k, a):
    """ordinary: 合同首页 要素表 (合同要素一览) then clauses, 1 page"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = a.get('stated_amount', k['amount'])
    p.center('技 术 服 务 合 同', 18)
    p.table([['合同名称', k['name'], '合同编号', k['no']],
             ['服务需求方', cu['name'], '信用代码', cu['uscc']],
             ['服务提供方', ap['name'], '信用代码', ap['uscc']],
             ['合同总额', f"{cn_upper(amt)}\n¥{yuan(amt)}", '签约日期', k['sign'].replace('-', '.')],
             ['服务期限', f"自合同签订之日起至{d_cn(add_days(k['sign'], 200))}止", '履约地点', cu['address']]],
            [70, 185, 60, 156], size=9.5)
    for i, s in enumerate(['服务需求方（以下简称“需方”）委托服务提供方（以下简称“供方”）完成产线数字化改造相关技术服务，服务内容、交付物及技术指标见附件。',
                           '需方按照里程碑节点支付服务费：合同签订后支付40%，系统上线试运行后支付30%，项目终验后支付30%。',
                           '供方交付物经需方组织验收合格后，由需方出具书面验收文件。验收不合格的，供方应在十五日内整改并重新提交验收。',
                           '供方对在履行合同过程中知悉的需方生产工艺及数据负有保密义务，保密期限至合同终止后三年。',
                           '本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等法律效力。']):
        p.para(f"{i + 1}. {s}", indent=False, size=10)
    p.y -= 14
    sign_block(p, '需方', cu, '供方', ap, date_l='日期：' + d_cn(k['sign']), date_r='日期：' + d_cn(k['sign']))
    return d.bytes(), 'contract', F(k['no'], amt, k['sign'], cu['name']), '合同首页要素表 (服务需求方/服务提供方), 签约日期 dotted'


def g_contract_kr(ctx, k, a):
    """NEW: 中韩双语 设备供货合同 / 설비 공급 계약서 (Korean-owned customer), seller printed first"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = k['amount']
    p.center('设备供货合同', 17, dy=22)
    p.center('설비 공급 계약서', 13, dy=26)
    p.t(62, p.y, f"合同编号 / 계약번호：{k['no']}", 10)
    p.y -= 24
    p.table([['卖方 / 판매자（供方）', ap['name'], ap['address']],
             ['买方 / 구매자（需方）', cu['name'], cu['address']],
             ['买方信用代码 / 사업자등록번호', cu['uscc'], '']], [130, 170, 171], size=9)
    p.para('卖方与买方经友好协商，就下列设备及软件的供货、安装和技术服务达成如下协议。판매자와 구매자는 우호적인 협의를 거쳐 아래 설비 및 소프트웨어의 공급, 설치 및 기술 서비스에 관하여 다음과 같이 합의한다.', size=9.5)
    rows = [['序号/번호', '品名/품명', '数量/수량', '金额(元)/금액(위안)']]
    parts = split_amount(ctx.rng, amt, 3)
    for i, (nm, v) in enumerate(zip(['视觉检测工作站 / 비전 검사 스테이션', '工业数据采集网关 / 데이터 수집 게이트웨이', '产线监控软件及实施 / 라인 모니터링 SW 및 구축'], parts)):
        rows.append([str(i + 1), nm, '1 套/세트', yuan(v)])
    rows.append(['合计/합계', f"{cn_upper(amt)}", '', f"¥{yuan(amt)}"])
    p.table(rows, [60, 211, 70, 130], size=9)
    p.para('付款条件 / 지불 조건：签约后支付30%，到货后支付40%，验收合格后支付30%。 계약 후 30%, 도착 후 40%, 검수 합격 후 30% 지불.', size=9.5)
    p.para('交货期 / 납기：' + d_cn(add_days(k['sign'], 60)) + '前。 품질보증기간 / 보증기간：验收后12个月 / 검수 후 12개월。', size=9.5)
    p.para('本合同以中文和韩文书就，两种文本如有歧义，以中文文本为准。본 계약은 중국어와 한국어로 작성되며, 해석상 차이가 있을 경우 중국어본을 우선한다.', size=9.5)
    p.y -= 10
    sign_block(p, '卖方/판매자', ap, '买方/구매자', cu, date_l='签字日期/서명일：' + k['sign'], date_r='签字日期/서명일：' + k['sign'])
    return d.bytes(), 'contract', F(k['no'], amt, k['sign'], cu['name']), '中韩双语合同: 卖方(申报单位)在前, 买方为客户; 金额只在合计行'


def g_contract_design(ctx, k, a):
    """NEW: 智能工厂规划设计合同 (委托人/设计人), fee in 万元 prose + table"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = k['amount']
    wan = f"{(D(amt) / 10000).normalize():f}"
    p.center('智能工厂规划设计合同', 18)
    p.t(62, p.y, f"工程名称：{k['name'].replace('合同', '')}", 10)
    p.y -= 18
    p.t(62, p.y, f"合同编号：{k['no']}", 10)
    p.y -= 28
    p.line(f"委托人：{cu['name']}（统一社会信用代码 {cu['uscc']}）", size=10.5)
    p.line(f"设计人：{ap['name']}（统一社会信用代码 {ap['uscc']}）", size=10.5)
    p.y -= 4
    p.para('委托人委托设计人承担本项目的智能工厂总体规划、数字化车间方案设计及施工图阶段的信息化专项设计，经双方协商一致，签订本合同。')
    p.line('一、设计范围及阶段', size=11)
    p.table([['阶段', '设计内容', '交付时间'],
             ['总体规划', '现状诊断、目标蓝图、业务架构与投资估算', d_cn(add_days(k['sign'], 30))],
             ['方案设计', '数字化车间布局、物流仿真、系统架构', d_cn(add_days(k['sign'], 75))],
             ['专项设计', '网络、数据采集、MES/WMS 接口施工图', d_cn(add_days(k['sign'], 120))]], [80, 260, 131], size=9.5)
    p.line('二、设计费', size=11)
    p.para(f"本合同设计费总额为人民币{wan}万元（大写：{cn_upper(amt)}），按阶段支付：总体规划成果提交后支付30%，方案设计评审通过后支付40%，全部成果经委托人验收后支付30%。设计人收取的设计费不包括委托人另行委托的评审、咨询费用。")
    p.line('三、双方责任', size=11)
    p.para('委托人应按时提供设计所需的工艺资料、建筑图纸及设备清单；设计人应对设计成果的质量负责，设计成果需经委托人组织的专家评审。')
    p.para('本合同经双方签字盖章后生效。本合同于' + d_cnlower(k['sign']) + '在天津市签订。')
    p.y -= 16
    sign_block(p, '委托人', cu, '设计人', ap)
    return d.bytes(), 'contract', F(k['no'], amt, k['sign'], cu['name']), '规划设计合同: 委托人/设计人, 金额以万元+大写给出, 签订日期只在正文小写汉字'


def g_contract_lease3(ctx, k, a):
    """NEW: 融资租赁项下三方设备买卖合同 (出卖人/买受人/承租人): buyer = leasing company"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap, ls = k['cust'], ctx.app, k['lessor']
    amt = k['amount']
    p.center('设备买卖合同', 18, dy=22)
    p.center('（融资租赁项下）', 11, dy=26)
    p.t(380, p.y, f"合同编号：{k['no']}", 9.5)
    p.y -= 22
    p.line(f"买受人（出租人）：{ls['name']}", size=10.5)
    p.line(f"出卖人：{ap['name']}", size=10.5)
    p.line(f"承租人（使用方）：{cu['name']}", size=10.5)
    p.para(f"鉴于承租人拟以融资租赁方式取得下述设备的使用权，买受人根据承租人对出卖人和租赁物的选择，向出卖人购买租赁物并出租给承租人使用。三方经协商一致，订立本合同。")
    p.table([['租赁物名称', '规格', '数量', '价款（元）'],
             ['柔性装配线及线控系统', 'FAL-2300', '1 套', yuan(amt)],
             ['合计', '', '', f"¥{yuan(amt)}（{cn_upper(amt)}）"]], [150, 120, 60, 141], size=9.5)
    p.para('价款由买受人按照本合同约定直接支付给出卖人。承租人负责租赁物的验收，并向买受人出具《租赁物接收证书》。出卖人的质量保证及售后服务义务直接向承租人履行。')
    p.para('租赁物的所有权自买受人支付全部价款之日起归买受人所有。承租人对租赁物的选择负责，买受人不承担租赁物瑕疵责任。')
    p.y -= 10
    sign_block(p, '买受人', ls, '出卖人', ap, date_l='日期：' + d_cn(k['sign']), date_r='日期：' + d_cn(k['sign']))
    p.t(70, p.y, '承租人（盖章）：', 10.5)
    p.seal(190, p.y + 5, cu['name'], '合同专用章', r=40)
    p.t(320, p.y, '日期：' + d_cn(k['sign']), 10)
    return d.bytes(), 'contract', F(k['no'], amt, k['sign'], ls['name']), '融资租赁三方买卖合同: 买受人为租赁公司, 申报客户只是承租人 → party_mismatch'


# --- acceptance ------------------------------------------------------------
def g_acc_cert(ctx, k, a):
    """ordinary: 项目验收确认书 grid (own wording)"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    date = a.get('date', k['acc'])
    passed = a.get('result', 'passed') == 'passed'
    p.center('项目验收确认书', 18)
    p.table([['项目名称', k['name'].replace('合同', '')],
             ['合同编号', k['no']],
             ['使用单位', cu['name']],
             ['实施单位', ap['name']],
             ['合同金额', f"¥{yuan(k['amount'])}"],
             ['验收时间', d_cn(date)],
             ['验收内容', '系统功能、性能指标、文档资料及培训完成情况'],
             ['验收结论', ('经使用单位组织相关部门逐项核查，项目各项功能与性能指标满足合同及技术协议要求，同意通过验收。' if passed else '经核查，数据采集完整率、设备联网率未达到技术协议要求，本次验收不予通过，请实施单位整改后重新申请。')],
             ['使用单位意见', '\n\n\n（盖章）']], [90, 381], size=10, rowh=26)
    p.seal(420, p.y + 50, cu['name'], '')
    p.hand(250, p.y + 30, d_cn(date), 12)
    return d.bytes(), 'acceptance_report', F(k['no'], k['amount'], date, cu['name'], result='passed' if passed else 'failed'), '验收确认书 grid (使用单位/实施单位)'


def g_acc_tests(ctx, k, a):
    """NEW: 验收测试记录汇总表 + 用户签认 (test-case table, pass rate, conclusion at the bottom)"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    date = a.get('date', k['acc'])
    passed = a.get('result', 'passed') == 'passed'
    p.t(62, 800, f"文件编号：YS-{k['no'][-6:]}-T", 8.5, color=GREY)
    p.center('系统验收测试记录汇总表', 16)
    p.t(62, p.y, f"项目：{k['name'].replace('合同', '')}", 10)
    p.y -= 16
    p.t(62, p.y, f"用户单位：{cu['name']}", 10)
    p.y -= 16
    p.t(62, p.y, f"承建单位：{ap['name']}", 10)
    p.t(360, p.y, f"测试日期：{add_days(date, -3)} 至 {date}", 9.5)
    p.y -= 20
    cases = ['设备在线状态实时采集', '工单下发与报工', '质量数据追溯（批次正反查）', '异常停机告警推送', '报表导出及权限控制', '与ERP物料主数据接口', '7×24小时连续运行稳定性', '数据备份与恢复']
    rows = [['用例编号', '测试项', '预期结果', '实测', '判定']]
    fails = 0 if passed else 2
    for i, cs in enumerate(cases):
        ok = i >= fails
        rows.append([f"TC-{i + 1:02d}", cs, '符合技术协议', '符合' if ok else '偶发丢包', '通过' if ok else '不通过'])
    p.table(rows, [60, 175, 100, 70, 66], size=9)
    n_ok = len(cases) - fails
    p.para(f"测试用例共{len(cases)}项，通过{n_ok}项，通过率{n_ok * 100 // len(cases)}%。", indent=False)
    p.line('用户单位验收意见：', size=11)
    if passed:
        p.hand(80, p.y - 4, '测试全部通过，同意验收。', 13)
    else:
        p.hand(80, p.y - 4, '两项不通过，暂不予验收，请整改。', 13)
    p.y -= 40
    p.t(300, p.y, '用户代表签字：', 10)
    p.hand(380, p.y, ctx.names.person(), 13)
    p.y -= 22
    p.t(300, p.y, '日期：', 10)
    p.hand(340, p.y, date.replace('-', '.'), 12)
    p.seal(450, p.y + 20, cu['name'], '')
    return d.bytes(), 'acceptance_report', F(None, None, date, cu['name'], result='passed' if passed else 'failed'), '验收测试记录汇总表: 结论手写在表下, 无合同编号无金额; 测试区间起始日为干扰日期'


def g_acc_report_up(ctx, k, a):
    """NEW: 客户致上级集团的公文《关于…项目验收情况的报告》"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    date = a.get('date', k['acc'])
    grp = k['cust'].get('group', cu['name'].replace('有限公司', '集团有限公司'))
    p.center(cu['name'], 19, color=RED, dy=20)
    p.rule(w=1.6, color=RED)
    p.y -= 30
    p.center(f"关于{k['name'].replace('合同', '')}验收情况的报告", 14)
    p.t(62, p.y, f"{grp}：", 11)
    p.y -= 24
    p.para(f"我公司与{ap['name']}于{d_cn(k['sign'])}签订《{k['name']}》（合同编号：{k['no']}），合同金额{yuan(k['amount'])}元。项目于{d_cn(add_days(k['acc'], -40))}完成安装调试并进入试运行。")
    p.para(f"试运行期满后，我公司于{d_cn(date)}组织生产部、设备部、信息中心及财务部组成验收小组，对项目建设内容、技术指标、资料移交等进行了全面检查。经验收小组评议，项目建设内容已按合同全部完成，主要技术指标达到或优于合同要求，同意通过验收。")
    p.para('项目投用后，产线设备综合效率提升约8个百分点，质量追溯时间由小时级缩短至分钟级。下一步我公司将做好系统运维与数据应用工作。')
    p.para('特此报告。')
    p.y -= 30
    p.t(360, p.y, cu['name'], 10.5)
    p.seal(410, p.y + 4, cu['name'], '')
    p.y -= 20
    p.t(380, p.y, d_cn(add_days(date, 3)), 10.5)
    p.y -= 40
    p.rule()
    p.y -= 14
    p.t(62, p.y, f"抄送：{ap['name']}。", 9.5)
    return d.bytes(), 'acceptance_report', F(k['no'], k['amount'], date, cu['name'], result='passed'), '客户向上级集团报送的验收情况报告(公文): 验收日期在正文, 落款日期晚3天为干扰'


def g_acc_kr(ctx, k, a):
    """NEW: 中韩双语 验收确认书 / 검수 확인서"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    date = a.get('date', k['acc'])
    p.center('验收确认书', 17, dy=22)
    p.center('검수 확인서', 13, dy=30)
    p.table([['合同编号 / 계약번호', k['no']],
             ['买方 / 구매자', cu['name']],
             ['卖方 / 판매자', ap['name']],
             ['验收日期 / 검수일자', date.replace('-', '/')],
             ['验收结果 / 검수 결과', '☑ 合格 / 합격　　☐ 不合格 / 불합격'],
             ['备注 / 비고', '设备已按合同要求安装调试完毕，运行正常。설비는 계약 요구에 따라 설치 및 시운전이 완료되었으며 정상 가동 중임.']],
            [150, 321], size=10, rowh=26)
    p.y -= 20
    p.t(62, p.y, '买方确认 / 구매자 확인：', 10.5)
    p.hand(200, p.y, ctx.names.person(), 13)
    p.seal(250, p.y - 10, cu['name'], '')
    return d.bytes(), 'acceptance_report', F(k['no'], None, date, cu['name'], result='passed'), '中韩双语验收确认书, 勾选框结论, 日期 yyyy/mm/dd'


def g_acc_recheck(ctx, k, a):
    """ordinary prose 验收报告 with a failed first inspection and passed re-inspection (tricky)"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    date = k['acc']
    first = add_days(date, -26)
    p.center('项目验收报告', 18)
    p.t(62, p.y, f"项目名称：{k['name'].replace('合同', '')}　　合同号：{k['no']}", 10)
    p.y -= 24
    p.line('一、验收过程', size=11)
    p.para(f"{cu['name']}（以下简称建设方）于{d_cn(first)}对{ap['name']}承建的项目进行了初次验收。初验发现AGV调度系统在高峰时段存在任务积压、两台工位终端未完成标签打印联调，初验结论为“不通过，限期整改”。")
    p.para(f"承建方于整改期内完成了问题闭环，建设方于{d_cn(date)}组织复验。")
    p.line('二、复验结论', size=11)
    p.para('复验小组逐项核查整改情况，确认全部问题已整改完毕，系统运行稳定，各项指标满足合同约定。复验结论：验收合格，同意交付使用。')
    p.line('三、合同执行情况', size=11)
    p.para(f"合同金额{cn_upper(k['amount'])}，已支付百分之七十，余款按合同约定支付。质保期自复验合格之日起计算。")
    p.y -= 16
    p.t(300, p.y, '建设方（盖章）：', 10.5)
    p.seal(420, p.y - 5, cu['name'], '')
    p.y -= 24
    p.t(300, p.y, '日期：' + d_cn(date), 10.5)
    return d.bytes(), 'acceptance_report', F(k['no'], k['amount'], date, cu['name'], result='passed'), '验收报告: 初验不通过在前, 复验合格在后; 验收日期为复验日'


# --- payment ---------------------------------------------------------------
def g_pay_ebank(ctx, k, a):
    """ordinary: 网上银行电子回单 (own layout, invented bank styles)"""
    d = Doc(ctx.rng, size=(595, 330))
    p = d.page()
    payer, payee = a['payer'], a.get('payee', ctx.app)
    amt, date = a['amount'], a['date']
    bankname = payer['bank'].split('天津')[0]
    p.y = 300
    p.center(f"{bankname}　网上银行电子回单", 14)
    p.t(62, p.y + 6, f"回单编号：{ctx.rng.randint(10**11, 10**12)}", 8.5)
    p.t(370, p.y + 6, f"交易日期：{date}", 8.5)
    p.y -= 4
    memo = a.get('memo', '货款')
    p.table([['付款人', '户名', payer['name'], '收款人', '户名', payee['name']],
             ['', '账号', payer['account'], '', '账号', payee['account']],
             ['', '开户行', payer['bank'], '', '开户行', payee['bank']]],
            [44, 40, 156, 44, 40, 147], size=8.5)
    p.y += 10
    p.table([['金额（大写）', '人民币' + cn_upper(amt), '金额（小写）', f"¥{yuan(amt)}"],
             ['用途/附言', memo, '交易流水号', f"{date.replace('-', '')}{ctx.rng.randint(100000, 999999)}"]],
            [84, 196, 70, 121], size=8.5)
    p.seal(470, 50, bankname + '电子回单', '业务专用章', r=34, star=False)
    p.t(62, 30, '重要提示：本回单不作为收款方发货依据，请勿重复记账。', 7.5, color=GREY)
    cn = k['no'] if k['no'] in memo else None
    return d.bytes(), 'payment_proof', F(cn, amt, date, payer=payer['name'], payee=payee['name']), '网银电子回单 (两栏)'


def g_pay_inquiry(ctx, k, a):
    """NEW: 汇款查询查复书 (bank reply: the remittance has been credited)"""
    d = Doc(ctx.rng)
    p = d.page()
    payer, payee = a['payer'], a.get('payee', ctx.app)
    amt, date = a['amount'], a['date']
    q = add_days(date, 9)
    p.center('查 询 查 复 书', 17)
    p.t(62, p.y, f"查询日期：{d_cn(q)}", 10)
    p.t(330, p.y, f"查询书号：CX{q.replace('-', '')}{ctx.rng.randint(100, 999)}", 10)
    p.y -= 20
    p.table([['查询行', payer['bank'], '查复行', payee['bank']],
             ['原凭证种类', '电汇（大额实时）', '原凭证日期', d_cn(date)],
             ['汇款人全称', payer['name'], '收款人全称', payee['name']],
             ['汇款人账号', payer['account'], '收款人账号', payee['account']],
             ['原汇款金额', f"{cn_upper(amt)}　¥{yuan(amt)}", '', ''],
             ['查询内容', '上述款项汇款人称已汇出，收款人称尚未收到，请查复该笔款项是否已解付入账。', '', ''],
             ['查复内容', f"经查，该笔款项已于{d_cn(date)}解付入收款人账户，款项无误。", '', '']],
            [75, 165, 75, 156], size=9.5, rowh=24)
    p.t(62, p.y, f"查复日期：{d_cn(add_days(q, 1))}", 10)
    p.seal(420, p.y - 10, payee['bank'], '业务专用章', r=40, star=False)
    p.y -= 60
    p.t(62, p.y, '经办：', 10)
    p.hand(100, p.y, ctx.names.person(), 12)
    p.t(220, p.y, '复核：', 10)
    p.hand(260, p.y, ctx.names.person(), 12)
    return d.bytes(), 'payment_proof', F(None, amt, date, payer=payer['name'], payee=payee['name']), '汇款查询查复书: 交易日=原凭证日期, 查询/查复日期为干扰'


def g_pay_mt103(ctx, k, a):
    """NEW: 跨境人民币汇款 MT103 报文打印件 (ordering customer = overseas parent)"""
    d = Doc(ctx.rng)
    p = d.page()
    payer, payee = a['payer'], a.get('payee', ctx.app)
    amt, date = a['amount'], a['date']
    y, m, dd = ymd(date)
    p.font = 'M'
    p.center('汇入汇款通知 / INWARD REMITTANCE ADVICE (MT103)', 12)
    p.t(62, p.y, f"收款行：{payee['bank']}　　打印时间：{add_days(date, 1)} 09:14:33", 9)
    p.y -= 22
    amt_s = plain(amt).replace('.', ',')
    lines = [f"{{1:F01BKCHCNBJ{ctx.rng.randint(100, 999)}0000000000}}{{2:O103}}",
             f":20:HK{date.replace('-', '')}{ctx.rng.randint(1000, 9999)}",
             ':23B:CRED',
             f":32A:{y % 100:02d}{m:02d}{dd:02d}CNY{amt_s}",
             f":50K:/{ctx.rng.randint(10**11, 10**12)}",
             f"{payer['name_en']}",
             f"{payer['name']}",
             'UNIT 1203, 12/F, HARBOUR CENTRE, HONG KONG',
             f":59:/{payee['account']}",
             f"{payee['name']}",
             f":70:/RFB/{k['no']} PAYMENT FOR EQUIPMENT",
             ':71A:SHA']
    for ln in lines:
        p.t(80, p.y, ln, 10, font='M')
        p.y -= 17
    p.y -= 10
    p.table([['汇款人 Ordering Customer', f"{payer['name']}（{payer['name_en']}）"],
             ['收款人 Beneficiary', payee['name']],
             ['金额 Amount', f"CNY {yuan(amt)}"],
             ['起息日 Value Date', date],
             ['附言 Remittance Info', f"{k['no']} PAYMENT FOR EQUIPMENT"]], [150, 321], size=9.5)
    p.seal(430, p.y - 20, payee['bank'], '国际业务专用章', r=38, star=False)
    return d.bytes(), 'payment_proof', F(k['no'], amt, date, payer=payer['name'], payee=payee['name']), 'MT103 跨境人民币汇入汇款: 汇款人为客户的香港母公司 → party_mismatch'


def g_pay_draft(ctx, k, a):
    """NEW: 银行汇票（解讫通知联）复印件 — dates in 票据大写"""
    d = Doc(ctx.rng, size=(595, 300))
    p = d.page()
    payer, payee = a['payer'], a.get('payee', ctx.app)
    amt, date = a['amount'], a['date']
    p.y = 270
    p.center(f"{payer['bank'].split('天津')[0]}　银 行 汇 票（解讫通知）　3", 13)
    p.t(62, p.y + 6, f"出票日期（大写）：{d_bill(date)}", 9.5)
    p.t(380, p.y + 6, f"汇票号码：{ctx.rng.randint(10**7, 10**8)}", 9)
    p.y -= 6
    p.table([['代理付款行', payee['bank'], '行号', str(ctx.rng.randint(10**11, 10**12))],
             ['收款人', payee['name'], '账号', payee['account']],
             ['出票金额', f"人民币（大写）{cn_upper(amt)}", '', ''],
             ['实际结算金额', f"人民币（大写）{cn_upper(amt)}", '¥', yuan(amt)],
             ['申请人', payer['name'], '账号', payer['account']],
             ['出票行', payer['bank'], '备注', a.get('memo', '设备款')]], [75, 250, 40, 106], size=8.5)
    p.t(62, p.y, '此联代理付款行付款后作联行往账借方凭证附件', 8, color=GREY)
    p.seal(470, 60, payer['bank'].split('天津')[0] + '汇票专用章', '', r=34, star=False)
    return d.bytes(), 'payment_proof', F(None, amt, date, payer=payer['name'], payee=payee['name']), '银行汇票解讫通知联: 出票日期为票据大写, 申请人=付款人'


# --- procurement -----------------------------------------------------------
def g_proc_notice(ctx, k, a):
    """ordinary 中标通知书 (own wording, agency letter)"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = a.get('amount', k['amount'])
    date = a.get('date', add_days(k['sign'], -12))
    p.center('中 标 通 知 书', 20)
    p.t(380, p.y, f"编号：ZB-{date[:4]}-{ctx.rng.randint(100, 999)}", 9.5)
    p.y -= 26
    p.t(62, p.y, f"{ap['name']}：", 11)
    p.y -= 26
    p.para(f"在{cu['name']}（招标人）组织的“{k['name'].replace('合同', '')}”招标活动中，经评标委员会评审并经招标人确认，贵单位被确定为中标人。中标价为人民币{yuan(amt)}元（大写：{cn_upper(amt)}），工期为合同签订后150日历天。")
    p.para('请贵单位收到本通知书后三十日内，携带授权委托书等资料到招标人处签订合同。逾期不签订合同的，视为放弃中标。')
    p.y -= 30
    p.t(330, p.y, f"招标人：{cu['name']}", 10.5)
    p.seal(420, p.y - 8, cu['name'], '')
    p.y -= 22
    p.t(330, p.y, d_cn(date), 10.5)
    return d.bytes(), 'procurement_proof', F(None, amt, date, cu['name']), '中标通知书 (招标人直接发出), 无合同号'


def g_proc_po(ctx, k, a):
    """ordinary 采购订单 with item table (own layout)"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = k['amount']
    date = a.get('date', add_days(k['sign'], -3))
    p.center(f"{cu['name']}", 14, dy=22)
    p.center('采 购 订 单　PURCHASE ORDER', 13)
    p.table([['订单号', f"PO{date.replace('-', '')}{ctx.rng.randint(10, 99)}", '下单日期', date],
             ['供应商', ap['name'], '关联合同', k['no']],
             ['交货地址', cu['address'], '付款条件', '验收后60天']], [60, 220, 60, 131], size=9)
    rows = [['行', '物料描述', '数量', '单位', '金额（含税）']]
    parts = split_amount(ctx.rng, amt, 4)
    for i, (nm, v) in enumerate(zip(['工业平板终端', '边缘计算服务器', '产线看板系统软件', '实施与培训服务'], parts)):
        rows.append([str(i + 1), nm, str(ctx.rng.randint(1, 12)), '套' if i < 3 else '项', yuan(v)])
    rows.append(['', '订单总额', '', '', yuan(amt)])
    p.table(rows, [30, 200, 50, 50, 141], size=9)
    p.t(62, p.y, '采购员：', 10)
    p.hand(110, p.y, ctx.names.person(), 12)
    p.t(300, p.y, '审批：', 10)
    p.hand(340, p.y, ctx.names.person(), 12)
    p.seal(450, p.y - 30, cu['name'], '采购专用章')
    return d.bytes(), 'procurement_proof', F(k['no'], amt, date, cu['name']), '采购订单 (items table, 关联合同号)'


def g_proc_pifu(ctx, k, a):
    """NEW: 集团《关于…采购结果的批复》 to the customer (red header)"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = a.get('amount', k['amount'])
    date = a.get('date', add_days(k['sign'], -20))
    grp = cu.get('group', cu['name'].replace('有限公司', '集团有限公司'))
    budget = (D(amt) * D('1.08')).quantize(D('100'))
    p.center(grp, 18, color=RED, dy=22)
    p.t(62, p.y, f"{grp[:2]}集采批〔{date[:4]}〕{ctx.rng.randint(11, 89)}号", 10)
    p.y -= 6
    p.rule(w=1.6, color=RED)
    p.y -= 34
    p.center(f"关于{k['name'].replace('合同', '')}采购结果的批复", 14)
    p.t(62, p.y, f"{cu['name']}：", 11)
    p.y -= 24
    p.para(f"你公司《关于{k['name'].replace('合同', '')}采购结果的请示》收悉。经集团采购管理委员会审议，批复如下：")
    p.para(f"一、该项目采购预算为{yuan(budget)}元，采用竞争性谈判方式采购，共有三家供应商参与，程序符合集团采购管理办法。")
    p.para(f"二、同意确定{ap['name']}为成交供应商，成交金额为人民币{yuan(amt)}元。")
    p.para('三、请你公司按照成交结果与成交供应商签订合同，严格履约管理，并将合同签订情况报集团采购管理部备案。')
    p.y -= 30
    p.t(350, p.y, grp, 10.5)
    p.seal(420, p.y - 2, grp, '')
    p.y -= 22
    p.t(370, p.y, d_cn(date), 10.5)
    return d.bytes(), 'procurement_proof', F(None, amt, date, cu['name']), '集团采购结果批复(红头): 采购方为下属客户, 采购预算为干扰金额'


def g_proc_board(ctx, k, a):
    """NEW: 厂区公告栏 中标结果公示 (phone photo of a pinned notice)"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    amt = k['amount']
    date = a.get('date', add_days(k['sign'], -9))
    p.center('中标结果公示', 22)
    p.para(f"我公司“{k['name'].replace('合同', '')}”采购项目（项目编号：{cu['name'][2:4].upper()}CG-{date[:4]}-{ctx.rng.randint(10, 99)}）已完成评审，现将中标结果公示如下：")
    p.table([['中标单位', ap['name']], ['中标金额', f"{yuan(amt)}元"], ['公示期', f"{d_cn(date)}至{d_cn(add_days(date, 3))}"]], [100, 371], size=11, rowh=28)
    p.para('公示期内如有异议，请以书面形式向公司审计监察部反映。联系电话：022-' + str(ctx.rng.randint(20000000, 29999999)))
    p.y -= 30
    p.t(330, p.y, cu['name'], 11)
    p.seal(400, p.y - 4, cu['name'], '')
    p.y -= 22
    p.t(350, p.y, d_cn(date), 11)
    return d.bytes(), 'procurement_proof', F(None, amt, date, cu['name']), '公告栏中标结果公示(手机翻拍): 日期=公示日, 公示期止日为干扰'


# --- standards -------------------------------------------------------------
def g_std_letter(ctx, s, a):
    """NEW: 协会《关于征求…意见的函》 + 草案附件 (3 pages)"""
    d = Doc(ctx.rng)
    p = d.page()
    assoc = '天津市智能制造产业协会'
    p.center(assoc, 18, color=RED, dy=20)
    p.rule(w=1.6, color=RED)
    p.y -= 32
    p.center(f"关于征求《{s['name']}》团体标准意见的函", 13)
    p.t(62, p.y, '各有关单位、专家：', 11)
    p.y -= 24
    p.para(f"由{ctx.app['name']}牵头起草的团体标准《{s['name']}》已完成{s['stage']}。为保证标准的科学性和适用性，现公开征求意见，请于2023年11月30日前将意见反馈至协会标准化工作部。")
    p.para('附件：1.标准文本；2.编制说明；3.意见反馈表')
    p.y -= 20
    p.t(370, p.y, assoc, 10.5)
    p.seal(420, p.y, assoc, '')
    p.y -= 20
    p.t(380, p.y, '2023年10月20日', 10.5)
    p = d.page()
    p.t(62, 800, f"T/TJIMA {s['code']}—2023", 11)
    p.y = 700
    p.center('团　体　标　准', 22)
    p.y -= 30
    p.center(s['name'], 16)
    p.center(s['en'], 10, font='M')
    p.y -= 40
    p.center(f"（{s['stage']}）", 12)
    p.y = 120
    p.t(62, p.y, '2023-××-××发布', 11)
    p.t(420, p.y, '2023-××-××实施', 11)
    p.y -= 20
    p.center(assoc + '　发布', 12)
    p = d.page()
    p.center('前　言', 14)
    p.para('本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。')
    p.para(f"本文件由{assoc}提出并归口。")
    p.para(f"本文件起草单位：{ctx.app['name']}、{ctx.names.company()}、天津某某大学。")
    p.center('1　范围', 12)
    p.para(f"本文件规定了{s['name'].replace('规范', '').replace('要求', '')}的总体要求、技术要求和评价方法。")
    return d.bytes(), 'standard_draft', F(title=s['name']), '协会征求意见函+标准文本封面+前言 (3页), 标题在函与封面都出现'


def g_std_cover(ctx, s, a):
    """ordinary: 标准草案 cover + 目次 (own layout), 企业/团体"""
    d = Doc(ctx.rng)
    p = d.page()
    kind = s['kind']
    code = (f"Q/12{ctx.app['name'][2:4]} {s['code']}—2023" if kind == '企业标准' else f"T/TJIMA {s['code']}—2023")
    p.t(420, 800, code, 11)
    p.y = 690
    p.center(ctx.app['name'] if kind == '企业标准' else '天津市智能制造产业协会', 14)
    p.center(kind, 24)
    p.y -= 40
    p.center(s['name'], 17)
    p.y -= 30
    p.center(f"（{s['stage']}）", 12)
    p.center('在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。', 9, color=GREY)
    p.y = 110
    p.rule()
    p = d.page()
    p.center('目　次', 14)
    for i, t in enumerate(['前言', '1　范围', '2　规范性引用文件', '3　术语和定义', '4　总体架构', '5　技术要求', '6　试验方法', '附录A（资料性）　典型应用']):
        p.line(f"{t} " + '·' * (60 - len(t) * 2) + f" {['Ⅱ', '1', '1', '1', '2', '3', '6', '8'][i]}", size=10.5)
    return d.bytes(), 'standard_draft', F(title=s['name']), f'{kind}草案封面+目次'


# --- other -----------------------------------------------------------------
def g_sme_selftest(ctx, k, a):
    """NEW: 工信部『中小企业规模类型自测』 result screenshot (PNG)"""
    d = Doc(ctx.rng, size=(360, 640))
    p = d.page()
    cu = k['cust']
    c = p.c
    c.setFillColor(Color(0.16, 0.4, 0.85))
    c.rect(0, 590, 360, 50, fill=1, stroke=0)
    c.setFillColor(Color(1, 1, 1))
    c.setFont('Z', 13)
    c.drawCentredString(180, 608, '中小企业规模类型自测')
    c.setFillColor(black)
    p.y = 560
    rows = [('企业名称', cu['name']), ('所属行业', '工业'), ('从业人员（人）', str(cu['staff'])), ('营业收入（万元）', f"{cu['revenue']}")]
    for kk, vv in rows:
        p.t(20, p.y, kk, 10, color=GREY)
        for j, ln in enumerate(p.wrap(vv, 190, 10)):
            p.t(150, p.y - j * 14, ln, 10)
        p.y -= 34
    large = cu['staff'] >= 1000 and D(str(cu['revenue'])) >= 40000
    kind = '大型企业' if large else ('中型企业' if cu['staff'] >= 300 and D(str(cu['revenue'])) >= 2000 else '小型企业')
    c.setFillColor(Color(0.93, 0.96, 1))
    c.roundRect(20, p.y - 70, 320, 70, 8, fill=1, stroke=0)
    c.setFillColor(black)
    p.t(40, p.y - 30, '自测结果：', 12)
    p.t(130, p.y - 30, kind, 16, color=Color(0.85, 0.2, 0.1))
    p.t(40, p.y - 55, '本结果仅供参考，不作为认定依据。', 8.5, color=GREY)
    p.t(20, 40, '数据来源：企业填报　　' + a.get('when', '2024-02-26 10:42'), 8, color=GREY)
    return d.bytes(), 'other', F(), '中小企业规模类型自测结果截图(客户提供), 规模证据而非合同证据'


def g_unpack(ctx, k, a):
    """NEW: 到货开箱检验记录 (arrival inspection, not final acceptance) — distractor"""
    d = Doc(ctx.rng)
    p = d.page()
    cu, ap = k['cust'], ctx.app
    date = a['date']
    p.center('设备到货开箱检验记录', 16)
    p.t(62, p.y, f"收货单位：{cu['name']}", 10)
    p.t(360, p.y, f"开箱日期：{date}", 10)
    p.y -= 16
    p.t(62, p.y, f"供货单位：{ap['name']}", 10)
    p.y -= 20
    p.table([['箱号', '装箱单内容', '外观', '数量核对', '随机资料'],
             ['1/3', '边缘网关 ×6', '完好', '相符', '合格证、说明书'],
             ['2/3', '工控机 ×4', '完好', '相符', '合格证'],
             ['3/3', '线缆及附件', '一处箱体破损', '相符', '—']], [50, 150, 90, 80, 101], size=9.5)
    p.para('开箱结论：到货设备数量与装箱单相符，外观无影响使用的损伤。本记录仅为到货开箱检验，不代替项目验收。', indent=False)
    p.t(62, p.y, '收货方：', 10)
    p.hand(110, p.y, ctx.names.person(), 12)
    p.t(300, p.y, '供货方：', 10)
    p.hand(350, p.y, ctx.names.person(), 12)
    return d.bytes(), 'other', F(), '到货开箱检验记录: 不是项目验收, 日期为干扰'


def g_bidform(ctx, k, a):
    """NEW: 投标文件《开标一览表（报价表）》 — bid price differs from the contract"""
    d = Doc(ctx.rng)
    p = d.page()
    ap = ctx.app
    bid = a['bid']
    p.center('开标一览表（报价表）', 16)
    p.t(62, p.y, f"项目名称：{k['name'].replace('合同', '')}", 10)
    p.y -= 22
    p.table([['投标人名称', ap['name']],
             ['投标总价（含税）', f"大写：{cn_upper(bid)}\n小写：¥{yuan(bid)}"],
             ['工期', '150日历天'], ['质保期', '12个月'], ['投标有效期', '90日历天']], [130, 341], size=10, rowh=26)
    p.t(62, p.y, '投标人（盖章）：', 10.5)
    p.seal(200, p.y - 6, ap['name'], '')
    p.t(330, p.y, '日期：' + d_cn(a['date']), 10.5)
    return d.bytes(), 'other', F(), '开标一览表: 投标报价高于合同价, 非采购证明'


def g_selfdecl(ctx, s, a):
    """NEW: 企业标准信息公共服务平台『自我声明公开』 page print — a published standard, not a draft"""
    d = Doc(ctx.rng)
    p = d.page()
    c = p.c
    c.setFillColor(Color(0.1, 0.3, 0.6))
    c.rect(0, 790, 595, 52, fill=1, stroke=0)
    c.setFillColor(Color(1, 1, 1))
    c.setFont('Z', 15)
    c.drawString(40, 810, '企业标准信息公共服务平台')
    c.setFillColor(black)
    p.y = 750
    p.t(40, p.y, '首页 > 标准查询 > 标准详情', 9, color=GREY)
    p.y -= 30
    p.table([['企业名称', ctx.app['name']], ['标准编号', f"Q/12{ctx.app['name'][2:4]} {s['code']}—2022"],
             ['标准名称', s['pub_name']], ['公开时间', '2022-09-14'], ['状态', '现行有效']], [120, 395], x=40, size=10, rowh=24)
    p.t(40, p.y, 'https://www.qybz.org.cn/', 8, color=GREY)
    return d.bytes(), 'other', F(), '企业标准自我声明公开页面: 已发布标准, 不是申报的标准草案'


def g_notice_plan(ctx, s, a):
    """协会 团体标准立项公告 listing the declared title — not a draft"""
    d = Doc(ctx.rng)
    p = d.page()
    p.center('天津市智能制造产业协会', 17, color=RED, dy=20)
    p.rule(w=1.6, color=RED)
    p.y -= 30
    p.center('关于2023年第二批团体标准立项的公告', 13)
    p.para('经协会标准化技术委员会审查，同意以下团体标准项目立项，请各牵头单位按计划组织起草，按期提交征求意见稿。')
    rows = [['序号', '标准名称', '牵头单位', '完成时限']]
    rows.append(['1', s['name'], ctx.app['name'], '2024年6月'])
    rows.append(['2', '工业互联网平台设备接入测试方法', ctx.names.company(), '2024年9月'])
    p.table(rows, [40, 200, 160, 71], size=9.5)
    p.t(380, p.y - 10, '2023年8月8日', 10.5)
    return d.bytes(), 'other', F(), '团体标准立项公告: 仅列出标准名称, 不是草案 → 该标准缺少草案文件'


def split_amount(rng, total, n):
    total = D(total)
    cuts = sorted(rng.sample(range(15, 86), n - 1))
    parts, prev = [], 0
    for c in cuts + [100]:
        parts.append((total * (c - prev) / 100).quantize(D('100')))
        prev = c
    parts[-1] = total - sum(parts[:-1])
    return parts


GENRES = {k[2:]: v for k, v in globals().items() if k.startswith('g_')}


# ================================================================= plans
class Ctx:
    pass


def customer(ctx, sme=True, tj=True, staff=None, revenue=None, rare=False, trade=None):
    c = ctx.names.tj_party(trade, rare)
    r = ctx.rng
    if staff is None:
        if sme:
            staff = r.randint(45, 880)
            revenue = r.choice([r.randint(1800, 9800), r.randint(12000, 38000)])
        else:
            staff = r.randint(1200, 6800)
            revenue = r.randint(52000, 480000)
    c.update(staff=staff, revenue=revenue, sme_decl=sme, tj_decl=tj)
    return c


def is_sme(c):
    return not (c['staff'] >= 1000 and D(str(c['revenue'])) >= 40000)


PROJECTS = ['数字化车间MES系统建设项目', '智能仓储物流系统升级项目', '设备物联与能源管理平台项目', '质量追溯系统建设项目',
            '焊装车间视觉检测改造项目', '注塑车间数据采集及看板项目', '生产计划排程（APS）系统项目', '工业互联网平台标识解析应用项目',
            '智能立体库及WMS实施项目', '涂装线能耗监测改造项目', '包装产线自动化改造项目', '实验室信息管理系统（LIMS）项目',
            '设备预测性维护平台项目', '机加工车间DNC联网项目', '5G+工业视觉质检项目']


def mk_contract(ctx, i, cust, amount_wan, sign, acc, prefix, seq=None):
    nm = PROJECTS[i % len(PROJECTS)].replace('项目', '') + '合同'
    no = f"{prefix}-{sign[:4]}-{ctx.rng.randint(100, 999)}{i:02d}"
    return dict(seq=seq or i + 1, no=no, name=nm, cust=cust, amount=(D(str(amount_wan)) * 10000).quantize(D('0.01')),
                sign=sign, acc=acc, docs=[], planted=[])


def pays(ctx, k, fracs, genres, payer=None, first=None, total=None, memo_no=True):
    total = D(total if total is not None else k['amount'])
    parts = [(total * D(str(f))).quantize(D('0.01')) for f in fracs[:-1]]
    parts.append(total - sum(parts))
    date = first or add_days(k['sign'], 9)
    for j, (v, g) in enumerate(zip(parts, genres)):
        memo = (f"{k['no']} 第{j + 1}期款" if memo_no and j % 2 == 0 else ['设备款', '项目款', '货款', '技术服务费'][j % 4])
        k['docs'].append((g, 'auto', dict(payer=payer or k['cust'], amount=v, date=date, memo=memo)))
        date = add_days(date, ctx.rng.randint(40, 120))


def plan_clean(ctx):
    amounts = [386.5, 712.0, 455.8, 920.0, 268.4, 533.6, 1180.0, 615.2, 480.0, 298.0]
    smes = [True, True, True, False, True, True, False, True, True, True]
    signs = ['2022-11-18', '2023-01-09', '2023-02-21', '2023-03-15', '2023-04-03', '2023-05-19', '2023-06-07', '2023-07-12', '2023-08-22', '2023-09-04']
    accs = ['2023-04-26', '2023-06-30', '2023-07-18', '2023-09-08', '2023-08-30', '2023-10-17', '2023-11-22', '2023-12-06', '2023-12-20', '2023-12-12']
    ks = []
    for i in range(10):
        c = customer(ctx, sme=smes[i], rare=(i in (2, 6)))
        k = mk_contract(ctx, i, c, amounts[i], signs[i], accs[i], ctx.prefix)
        ks.append(k)
    cg = ['contract_prose', 'contract_kr', 'contract_design', 'contract_grid', 'contract_prose', 'contract_grid', 'contract_prose', 'contract_design', 'contract_prose', 'contract_grid']
    ag = ['acc_cert', 'acc_kr', 'acc_report_up', 'acc_tests', 'acc_cert', 'acc_report_up', 'acc_tests', 'acc_cert', 'acc_recheck', 'acc_cert']
    rg = ['proc_notice', 'proc_po', 'proc_pifu', 'proc_board', 'proc_po', 'proc_notice', 'proc_pifu', 'proc_board', 'proc_notice', 'proc_po']
    pg = [(['0.3', '0.7'], ['pay_ebank', 'pay_ebank']), (['0.5', '0.5'], ['pay_inquiry', 'pay_ebank']), (['0.3', '0.4', '0.3'], ['pay_ebank'] * 3),
          (['0.6', '0.4'], ['pay_draft', 'pay_ebank']), (['0.5', '0.5'], ['pay_ebank', 'pay_inquiry']), (['0.4', '0.6'], ['pay_inquiry', 'pay_ebank']),
          (['0.3', '0.7'], ['pay_ebank', 'pay_draft']), (['0.5', '0.5'], ['pay_draft', 'pay_inquiry']), (['0.3', '0.3', '0.4'], ['pay_ebank'] * 3),
          (['0.3', '0.7'], ['pay_ebank', 'pay_ebank'])]
    for i, k in enumerate(ks):
        k['docs'].append((cg[i], 'auto', dict(spaced=(i == 4))))
        k['docs'].append((ag[i], 'auto', {}))
        k['docs'].append((rg[i], 'photo' if rg[i] == 'proc_board' else 'auto', {}))
        pays(ctx, k, *pg[i])
    ks[0]['docs'].append(('sme_selftest', 'screenshot', {}))
    ks[3]['docs'].append(('sme_selftest', 'screenshot', {}))
    ks[5]['docs'].append(('unpack', 'auto', dict(date=add_days(ks[5]['sign'], 50))))
    ks[0]['docs'].append(('unpack', 'auto', dict(date=add_days(ks[0]['sign'], 70))))
    ks[6]['docs'].append(('unpack', 'auto', dict(date=add_days(ks[6]['sign'], 60))))
    ks[5]['docs'].append(('sme_selftest', 'screenshot', dict(when='2024-01-08 16:05')))
    ks[2]['docs'].append(('bidform', 'auto', dict(bid=ks[2]['amount'] * D('1.03'), date=add_days(ks[2]['sign'], -35))))
    ks[8]['docs'].append(('bidform', 'auto', dict(bid=ks[8]['amount'] * D('1.06'), date=add_days(ks[8]['sign'], -25))))
    stds = std_list(ctx, 3)
    sdocs = [('std_letter', 'text', stds[0]), ('std_cover', 'scan', stds[1]), ('std_cover', 'text', stds[2]),
             ('selfdecl', 'text', dict(stds[1], pub_name='数字化车间设备联网通用技术要求'))]
    return ks, stds, sdocs, []


def std_list(ctx, n):
    base = [dict(name='离散制造数字化车间数据采集技术规范', en='Technical specification for data acquisition of digital workshop in discrete manufacturing', kind='团体标准', stage='征求意见稿', code='0' + str(ctx.rng.randint(10, 99))),
            dict(name='中小企业设备联网改造实施指南', en='Implementation guide for equipment networking of SMEs', kind='企业标准', stage='草案', code='00' + str(ctx.rng.randint(1, 9))),
            dict(name='制造执行系统与企业资源计划接口要求', en='Interface requirements between MES and ERP', kind='团体标准', stage='征求意见稿', code='0' + str(ctx.rng.randint(10, 99))),
            dict(name='工业视觉质检系统验收评价方法', en='Acceptance evaluation method of industrial vision inspection systems', kind='企业标准', stage='讨论稿', code='01' + str(ctx.rng.randint(0, 9)))]
    return base[:n]


def plan_gaps(ctx):
    amounts = [312.0, 268.5, 1450.0, 590.0, 420.0, 366.8, 288.0, 386.0, 512.4, 275.0, 860.0, 455.0, 318.6, 240.0, 298.0]
    ks = []
    signs = ['2023-01-16', '2023-02-10', '2023-02-27', '2023-03-20', '2023-04-11', '2023-04-26', '2023-05-15', '2023-05-30',
             '2023-06-19', '2023-07-05', '2023-03-08', '2023-07-24', '2023-08-10', '2023-08-28', '2023-09-12']
    accs = ['2023-05-22', '2023-06-15', '2023-08-03', '2023-07-28', '2023-09-05', '2023-08-21', '2023-09-26', '2023-10-12',
            '2023-11-02', '2023-11-16', '2023-09-14', '2023-11-30', '2023-12-08', '2023-12-15', '2023-12-22']
    for i in range(15):
        sme = i not in (2, 10)
        if i == 3:   # declared SME, really large (sme_misclassified)
            c = customer(ctx, sme=True, staff=1350, revenue=68000)
        elif i == 14:  # declared Tianjin, a 廊坊 company
            c = customer(ctx, sme=True)
            c['name'] = ctx.names.company(prefix='廊坊')
            c['address'] = '河北省廊坊市广阳区新源道' + str(ctx.rng.randint(10, 99)) + '号'
            c['uscc'] = make_uscc(ctx.rng, '131003')
            c['bank'] = '中国建设银行廊坊分行营业部'
        else:
            c = customer(ctx, sme=sme, rare=(i == 6))
        if i == 13:
            c['uscc'] = break_uscc(c['uscc'])
        ks.append(mk_contract(ctx, i, c, amounts[i], signs[i], accs[i], ctx.prefix))
    genres = ['contract_prose', 'contract_grid', 'contract_design', 'contract_kr', 'contract_prose', 'contract_grid', 'contract_prose',
              'contract_prose', 'contract_grid', 'contract_design', 'contract_lease3', 'contract_prose', 'contract_grid', 'contract_prose', 'contract_design']
    accg = ['acc_cert', 'acc_tests', 'acc_report_up', 'acc_kr', None, 'acc_cert', 'acc_tests', 'acc_cert', 'acc_report_up', 'acc_tests',
            'acc_cert', 'acc_report_up', 'acc_cert', 'acc_tests', 'acc_cert']
    procg = ['proc_po', 'proc_notice', 'proc_pifu', 'proc_po', 'proc_board', 'proc_notice', None, 'proc_po', 'proc_pifu', 'proc_notice',
             'proc_po', 'proc_board', 'proc_notice', 'proc_po', 'proc_notice']
    for i, k in enumerate(ks):
        args = {}
        if i == 7:
            args['stated_amount'] = D('3680000.00')   # declared 386.0万 -> 3,860,000: digits transposed
        if i == 10:
            k['lessor'] = ctx.names.tj_party('融资租赁')
            k['lessor']['name'] = ctx.names.company(trade='融资租赁')
        k['docs'].append((genres[i], 'auto', args))
        if accg[i]:
            aa = {}
            if i == 8:
                aa['date'] = '2024-01-12'
            if i == 9:
                aa['result'] = 'failed'
            k['docs'].append((accg[i], 'auto', aa))
        if procg[i]:
            k['docs'].append((procg[i], 'photo' if procg[i] == 'proc_board' else 'auto', {}))
        if i == 5:
            continue  # missing payment proof
        if i == 10:
            pays(ctx, k, [1], ['pay_ebank'], payer=k['lessor'])
        elif i == 11:
            parent = ctx.names.tj_party()
            parent['name'] = '太平洋联合控股（香港）有限公司'
            parent['name_en'] = 'PACIFIC UNITED HOLDINGS (HONG KONG) LIMITED'
            pays(ctx, k, ['0.4', '0.6'], ['pay_mt103', 'pay_mt103'], payer=parent)
        else:
            pays(ctx, k, [['0.3', '0.7'], [1], ['0.5', '0.5']][i % 3], [['pay_ebank', 'pay_inquiry'], ['pay_draft'], ['pay_ebank', 'pay_ebank']][i % 3])
    ks[3]['docs'].append(('sme_selftest', 'screenshot', {}))
    ks[4]['docs'].append(('unpack', 'auto', dict(date=add_days(ks[4]['sign'], 45))))
    ks[12]['dup'] = True   # acceptance uploaded twice
    stds = std_list(ctx, 3)
    sdocs = [('std_letter', 'text', stds[0]), ('std_cover', 'scan', stds[1]), ('notice_plan', 'text', stds[2])]
    return ks, stds, sdocs, ['corrupt']


def plan_tricky(ctx):
    # verified total must be exactly 25,000,000.00 yuan (T3 excluded)
    amounts = [412.6, 188.4, 330.0, 276.5, 301.2, 200.0, 398.8, 265.0, 0, 0]
    ks = []
    signs = ['2023-02-14', '2023-06-20', '2023-03-02', '2023-03-28', '2023-04-17', '2023-05-08', '2022-10-25', '2022-11-28', '2023-07-03', '2023-08-16']
    accs = ['2023-06-12', '2023-10-30', '2023-08-07', '2023-09-19', '2023-10-10', '2023-11-06', '2023-12-31', '2023-01-01', '2023-11-27', '2023-12-18']
    A = customer(ctx, sme=True)
    custs = [A, A,
             customer(ctx, sme=True),                                  # T3 branch payer
             customer(ctx, sme=False, staff=1000, revenue=39999.5),   # T4 declared 否, SME by thresholds
             customer(ctx, sme=False, staff=1000, revenue=40000),     # T5 exactly large
             customer(ctx, sme=True),                                  # T6 payments 0.5 % short
             customer(ctx, sme=False),                                 # T7 acceptance 12-31, unpack distractor
             customer(ctx, sme=True, rare=True),                       # T8 accepted 2023-01-01
             customer(ctx, sme=False),                                 # T9 re-inspection
             customer(ctx, sme=True)]                                  # T10 bid price distractor
    # amounts: T9 and T10 fill to 2500万 exactly (index 2 is T3, excluded)
    rest = D('2500') - sum(D(str(a)) for j, a in enumerate(amounts[:8]) if j != 2)
    amounts[8] = D('236.8')
    amounts[9] = rest - amounts[8]
    for i in range(10):
        ks.append(mk_contract(ctx, i + 3, custs[i], amounts[i], signs[i], accs[i], ctx.prefix, seq=i + 1))
    ks[0]['docs'] += [('contract_kr', 'auto', {}), ('acc_kr', 'auto', {}), ('proc_notice', 'auto', {})]
    pays(ctx, ks[0], ['0.3', '0.4', '0.3'], ['pay_inquiry', 'pay_ebank', 'pay_ebank'])
    ks[1]['docs'] += [('contract_grid', 'auto', {}), ('acc_tests', 'auto', {}), ('proc_po', 'auto', {})]
    pays(ctx, ks[1], ['0.5', '0.5'], ['pay_draft', 'pay_ebank'])
    br = ctx.names.tj_party()
    br['name'] = ks[2]['cust']['name'] + '滨海分公司'
    br['bank'] = '中国农业银行天津滨海分行'
    ks[2]['docs'] += [('contract_prose', 'auto', {}), ('acc_cert', 'auto', {}), ('proc_pifu', 'auto', {})]
    pays(ctx, ks[2], ['0.5', '0.5'], ['pay_ebank', 'pay_ebank'], payer=br)
    ks[3]['docs'] += [('contract_design', 'auto', {}), ('acc_report_up', 'auto', {}), ('proc_notice', 'auto', {}), ('sme_selftest', 'screenshot', {})]
    pays(ctx, ks[3], ['0.4', '0.6'], ['pay_ebank', 'pay_inquiry'])
    ks[4]['docs'] += [('contract_grid', 'auto', {}), ('acc_cert', 'auto', {}), ('proc_po', 'auto', {}), ('sme_selftest', 'screenshot', {})]
    pays(ctx, ks[4], ['0.5', '0.5'], ['pay_ebank', 'pay_ebank'])
    ks[5]['docs'] += [('contract_prose', 'auto', dict(spaced=True)), ('acc_tests', 'auto', {}), ('proc_board', 'photo', {})]
    pays(ctx, ks[5], ['0.6', '0.4'], ['pay_ebank', 'pay_draft'], total=ks[5]['amount'] * D('0.995'))
    ks[6]['docs'] += [('contract_prose', 'auto', {}), ('acc_report_up', 'auto', {}), ('proc_pifu', 'auto', {}),
                      ('unpack', 'auto', dict(date='2022-12-20'))]
    pays(ctx, ks[6], ['0.3', '0.7'], ['pay_ebank', 'pay_inquiry'], first='2022-12-05')
    ks[7]['docs'] += [('contract_design', 'auto', {}), ('acc_cert', 'auto', {}), ('proc_notice', 'auto', dict(date='2022-11-10'))]
    pays(ctx, ks[7], ['0.996', '0.004'], ['pay_ebank', 'pay_ebank'])
    ks[8]['docs'] += [('contract_grid', 'auto', {}), ('acc_recheck', 'auto', {}), ('proc_po', 'auto', {})]
    pays(ctx, ks[8], ['0.7', '0.3'], ['pay_draft', 'pay_ebank'])
    ks[5]['docs'].append(('sme_selftest', 'screenshot', {}))
    ks[7]['docs'].append(('sme_selftest', 'screenshot', dict(when='2023-12-29 11:20')))
    ks[0]['docs'].append(('unpack', 'auto', dict(date=add_days(ks[0]['sign'], 40))))
    ks[9]['docs'] += [('contract_prose', 'auto', {}), ('acc_tests', 'auto', {}), ('proc_pifu', 'auto', {}),
                      ('bidform', 'auto', dict(bid=ks[9]['amount'] * D('1.045'), date=add_days(ks[9]['sign'], -30)))]
    pays(ctx, ks[9], ['0.3', '0.3', '0.4'], ['pay_ebank', 'pay_ebank', 'pay_inquiry'])
    stds = std_list(ctx, 4)
    sdocs = [('std_letter', 'scan', stds[0]), ('std_cover', 'text', stds[1]), ('std_cover', 'photo', stds[2]),
             ('notice_plan', 'text', stds[3]), ('selfdecl', 'text', dict(stds[3], pub_name=stds[3]['name']))]
    return ks, stds, sdocs, []


# ================================================================= truth rules (own reading of format.md + guide)
def within(a, b):
    a, b = D(a), D(b)
    return abs(a - b) <= b * D('0.005')


def in_period(iso):
    return PERIOD[0] <= iso <= PERIOD[1]


def contract_gaps(k, docs, applicant):
    cu = k['cust']
    mine = [d for d in docs if d['contract_no'] == k['no']]
    by = lambda t: [d for d in mine if d['doc_type'] == t]
    g = []
    if not by('acceptance_report'):
        g.append('missing_acceptance_report')
    if not by('payment_proof'):
        g.append('missing_payment_proof')
    if not by('procurement_proof'):
        g.append('missing_procurement_proof')
    amt = k['amount']
    bad_amt = any(d['fields']['amount_yuan'] and not within(d['fields']['amount_yuan'], amt)
                  for d in by('contract') + by('procurement_proof') + by('acceptance_report'))
    seen, tot = set(), D(0)
    for d in by('payment_proof'):
        if d['sha256'] not in seen:
            seen.add(d['sha256'])
            tot += D(d['fields']['amount_yuan'])
    if by('payment_proof') and not within(tot, amt):
        bad_amt = True
    if bad_amt:
        g.append('amount_mismatch')
    accs = by('acceptance_report')
    if (accs and any(not in_period(d['fields']['date']) for d in accs)) or (not accs and not in_period(k['acc'])):
        g.append('date_out_of_period')
    if any(d['fields']['result'] == 'failed' for d in accs):
        g.append('acceptance_not_passed')
    party = any(d['fields']['customer'] not in (None, cu['name']) for d in by('contract') + accs) or \
        any(d['fields']['payer'] != cu['name'] or d['fields']['payee'] != applicant['name'] for d in by('payment_proof'))
    if party:
        g.append('party_mismatch')
    shas = [d['sha256'] for d in mine]
    if len(shas) != len(set(shas)):
        g.append('duplicate_evidence')
    if not uscc_valid(cu['uscc']):
        g.append('invalid_uscc')
    if cu['tj_decl'] and (cu['uscc'][2:4] != '12' or not cu['address'].startswith('天津市')):
        g.append('not_tianjin')
    if cu['sme_decl'] != is_sme(cu):
        g.append('sme_misclassified')
    return g


REQ = {'sme_misclassified': 'S-sme', 'missing_standard_document': 'S-standards', 'customer_count_below_threshold': 'S-customers',
       'total_below_threshold': 'S-total', 'sme_count_below_threshold': 'S-sme', 'standards_below_threshold': 'S-standards',
       'applicant_not_tianjin': 'E-tianjin'}


def decide(ks, stds, docs, applicant):
    gaps, verified = [], []
    for k in ks:
        kg = contract_gaps(k, docs, applicant)
        for kind in kg:
            gaps.append(dict(kind=kind, contract_no=k['no'], customer=k['cust']['name'], requirement=REQ.get(kind, 'S-evidence')))
        if set(kg) <= {'sme_misclassified'}:
            verified.append(k)
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(dict(kind='unreadable_document', contract_no=None, customer=None, requirement='S-evidence', file=d['path']))
    with_doc = 0
    for s in stds:
        if s['draft_uploaded']:
            with_doc += 1
        else:
            gaps.append(dict(kind='missing_standard_document', contract_no=None, customer=None, requirement='S-standards', standard=s['name']))
    total = sum((k['amount'] for k in verified), D(0))
    custs = {k['cust']['name']: k['cust'] for k in verified}
    n_sme = sum(1 for c in custs.values() if is_sme(c))
    sub = []
    if not (applicant['uscc'][2:4] == '12' and applicant['address'].startswith('天津市')):
        sub.append('applicant_not_tianjin')
    if len(custs) < 8:
        sub.append('customer_count_below_threshold')
    if total < D('25000000'):
        sub.append('total_below_threshold')
    if n_sme < 5:
        sub.append('sme_count_below_threshold')
    if with_doc < 3:
        sub.append('standards_below_threshold')
    for kind in sub:
        gaps.append(dict(kind=kind, contract_no=None, customer=None, requirement=REQ[kind]))
    req = {}
    req['E-tianjin'] = 'not_met' if 'applicant_not_tianjin' in sub else 'met'
    req['S-customers'] = 'not_met' if 'customer_count_below_threshold' in sub else 'met'
    req['S-total'] = 'not_met' if 'total_below_threshold' in sub else 'met'
    req['S-evidence'] = 'not_met' if any(g['requirement'] == 'S-evidence' for g in gaps) else 'met'
    req['S-standards'] = 'not_met' if 'standards_below_threshold' in sub else 'met'
    req['S-sme'] = 'not_met' if 'sme_count_below_threshold' in sub else 'met'
    tier = 0
    if all(req[r] == 'met' for r in ('E-tianjin', 'S-customers', 'S-total', 'S-sme', 'S-standards')):
        w = total / 10000
        tier = 1000 if w > 10000 else 750 if w >= 7500 else 500 if w >= 5000 else 250 if w >= 2500 else 0
    return dict(award_tier_wan=tier, accepted_total_yuan=plain(total), requirements=req, gaps=gaps,
                verified_contracts=[k['no'] for k in verified], verified_customer_count=len(custs),
                verified_sme_customer_count=n_sme, standards_with_document=with_doc)


# ================================================================= build
PATTERN = ['text', 'scan', 'text', 'photo', 'text', 'scan', 'text', 'text', 'scan', 'text', 'photo', 'text']
MULTI = {'contract_prose', 'std_letter', 'std_cover'}


class Namer:
    def __init__(self, rng):
        self.rng, self.n, self.used = rng, 0, set()

    def __call__(self, ext, date):
        r = self.rng
        self.n += 1
        folder = r.choice(['', '', '附件/', '证明材料/', '补充材料/扫描/'])
        md = date.replace('-', '')[2:] if date else '231201'
        pat = r.choice(['scan{n:04d}', '附件{n}', 'IMG_20{md}_{h:06d}', '微信图片_20{md}{h:06d}', 'doc ({n})', '新建文件{n}', 'CamScanner {md}-{n}'])
        if ext == 'png':
            pat = r.choice(['Screenshot_20{md}-{h:06d}', '截图{n}', 'mmexport{h:06d}{n}'])
        h = r.randint(8, 22) * 10000 + r.randint(0, 59) * 100 + r.randint(0, 59)
        nm = folder + pat.format(n=self.n, md=md, h=h) + '.' + ext
        return nm


def build(ctx, name, planfn, out, seed):
    ks, stds, sdocs, extras = planfn(ctx)
    root = os.path.join(out, name)
    sub = os.path.join(root, 'submission')
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(sub)
    namer = Namer(ctx.rng)
    docs, auto_i = [], 0
    mixed_done = False

    def emit(genre, rendering, kk, args, contract_no, dup=False):
        nonlocal auto_i, mixed_done
        pdfb, dtype, fields, note = GENRES[genre](ctx, kk, args)
        if rendering == 'auto':
            rendering = PATTERN[auto_i % len(PATTERN)]
            auto_i += 1
            if genre == 'contract_prose' and not mixed_done and rendering == 'scan':
                rendering, mixed_done = 'mixed', True
        if rendering == 'photo' and genre in MULTI:
            rendering = 'scan'
        if rendering == 'mixed':
            img = finalize(pdfb, 'scan', ctx.nrng, 'pdf')
            dst = pdfium.PdfDocument(pdfb)
            src = pdfium.PdfDocument(img)
            n = len(dst)
            dst.del_page(n - 1)
            dst.import_pages(src, [n - 1], index=n - 1)
            b = io.BytesIO()
            dst.save(b)
            import re as _re
            data = _re.sub(rb'/ID\[<[0-9A-F]+><[0-9A-F]+>\]', lambda m: b'/ID[<' + b'0' * 32 + b'><' + b'0' * 32 + b'>]', b.getvalue())
            ext = 'pdf'
            note += '；签字页为扫描页(mixed)'
        else:
            ext = {'text': 'pdf', 'scan': 'pdf' if ctx.rng.random() < 0.75 else 'jpg', 'photo': 'jpg', 'screenshot': 'png'}[rendering]
            data = finalize(pdfb, rendering, ctx.nrng, ext)
        rel = namer(ext, fields.get('date') or (kk.get('sign') if isinstance(kk, dict) and 'sign' in kk else None))
        copies = [rel] + ([namer(ext, None)] if dup else [])
        for r_ in copies:
            os.makedirs(os.path.dirname(os.path.join(sub, r_)) or sub, exist_ok=True)
            with open(os.path.join(sub, r_), 'wb') as fh:
                fh.write(data)
            docs.append(dict(path=r_, doc_type=dtype, rendering='scan' if rendering == 'screenshot' else rendering,
                             contract_no=contract_no, sha256=hashlib.sha256(data).hexdigest(),
                             note=note + (f'（genre {genre}）') + ('；同一文件重复上传' if dup else ''), fields=fields))

    for k in ks:
        for (genre, rendering, args) in k['docs']:
            cn = None if genre == 'sme_selftest' else k['no']
            dup = k.get('dup') and genre.startswith('acc_')
            emit(genre, rendering, k, args, cn, dup=bool(dup))
    std_rows = []
    uploaded = {s['name'] for (g, r_, s) in sdocs if g in ('std_letter', 'std_cover')}
    for (g, r_, s) in sdocs:
        emit(g, r_, s, {}, None)
    for s in stds:
        std_rows.append(dict(name=s['name'], category=s['kind'], stage=s['stage'], draft_uploaded=s['name'] in uploaded))
    if 'corrupt' in extras:
        pdfb, _, _, _ = GENRES['pay_ebank'](ctx, ks[0], dict(payer=ks[0]['cust'], amount=ks[0]['amount'], date=ks[0]['acc'], memo='货款'))
        data = pdfb[:len(pdfb) // 3]
        rel = namer('pdf', None)
        with open(os.path.join(sub, rel), 'wb') as fh:
            fh.write(data)
        docs.append(dict(path=rel, doc_type='other', rendering='corrupt', contract_no=None, sha256=hashlib.sha256(data).hexdigest(),
                         note='截断的PDF(只剩前三分之一), 无法打开', fields=F()))
    # shuffle order of listing but keep paths
    docs.sort(key=lambda d: d['path'])
    res = decide(ks, std_rows, docs, ctx.app)
    write_workbook(ctx, os.path.join(sub, '申报信息.xlsx'), ks, stds)
    truth = dict(applicant=dict(name=ctx.app['name'], uscc=ctx.app['uscc'], address=ctx.app['address']),
                 award_tier_wan=res['award_tier_wan'], accepted_total_yuan=res['accepted_total_yuan'],
                 requirements=res['requirements'], gaps=res['gaps'], verified_contracts=res['verified_contracts'],
                 verified_customer_count=res['verified_customer_count'], verified_sme_customer_count=res['verified_sme_customer_count'],
                 standards_with_document=res['standards_with_document'],
                 contracts=[dict(seq=k['seq'], contract_no=k['no'], customer=k['cust']['name'], customer_uscc=k['cust']['uscc'],
                                 amount_yuan=plain(k['amount']), planted=sorted(set(contract_gaps(k, docs, ctx.app)))) for k in ks],
                 standards=[dict(seq=i + 1, **s) for i, s in enumerate(std_rows)],
                 documents=docs)
    with open(os.path.join(root, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth


def write_workbook(ctx, path, ks, stds):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '申报单位'
    ws.append(['申报单位基本情况'])
    ws.merge_cells('A1:B1')
    ws.append(['项目', '内容'])
    for r in [('单位名称', ctx.app['name']), ('统一社会信用代码', ctx.app['uscc']), ('注册地址', ctx.app['address']),
              ('申报方向', '智能制造系统解决方案供应商'), ('服务行业', '汽车零部件、装备制造、电子信息')]:
        ws.append(list(r))
    ws.column_dimensions['B'].width = 60
    ws2 = wb.create_sheet('服务用户清单')
    hdr = ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)', '签订日期', '验收日期', '是否中小企业', '从业人员', '营业收入（万元）', '是否天津企业']
    ws2.append(['2023年度服务用户情况（支持周期）'])
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2.append(hdr)
    import datetime as dt
    largest = max(ks, key=lambda k: D(str(k['cust']['revenue'])))
    for i, k in enumerate(ks):
        cu = k['cust']
        wan = k['amount'] / 10000
        amt = float(wan) if i != 2 else f"{wan:.2f}"
        if i % 3 == 1:
            sd, ad = d_cn(k['sign']), d_cn(k['acc'])
        else:
            sd, ad = dt.datetime(*ymd(k['sign'])), dt.datetime(*ymd(k['acc']))
        rev = cu['revenue']
        rev = f"{D(str(rev)):,}" if k is largest else (float(rev) if isinstance(rev, float) else rev)
        ws2.append([i + 1, cu['name'], cu['uscc'], k['no'], k['name'], amt, sd, ad, '是' if cu['sme_decl'] else '否', cu['staff'], rev,
                    '是' if cu['tj_decl'] else '否'])
        for col in (7, 8):
            c = ws2.cell(row=ws2.max_row, column=col)
            if not isinstance(c.value, str):
                c.number_format = 'yyyy-mm-dd'
    for col, w in zip('ABCDEFGHIJKL', [6, 34, 22, 18, 34, 14, 14, 14, 10, 10, 14, 10]):
        ws2.column_dimensions[col].width = w
    ws3 = wb.create_sheet('标准草案')
    ws3.append(['牵头或参与制定的标准'])
    ws3.merge_cells('A1:D1')
    ws3.append(['序号', '标准名称', '标准类别', '阶段'])
    for i, s in enumerate(stds):
        ws3.append([i + 1, s['name'], s['kind'], s['stage']])
    wb.properties.creator = 'author14'
    wb.properties.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    tmp = io.BytesIO()
    wb.save(tmp)
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            raw = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re as _re
                raw = _re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2024-01-15T09:00:00Z', raw)
            zout.writestr(zi, raw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='data')
    ap.add_argument('--seed', type=int, default=14)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    summary = {}
    for j, (name, fn, prefix) in enumerate([('author14_clean', plan_clean, 'HZ'), ('author14_gaps', plan_gaps, 'JK'), ('author14_tricky', plan_tricky, 'TQ')]):
        ctx = Ctx()
        ctx.rng = random.Random(a.seed * 100 + j)
        ctx.nrng = np.random.default_rng(a.seed * 100 + j)
        ctx.names = Names(ctx.rng)
        ctx.app = ctx.names.tj_party(trade='智能科技')
        ctx.prefix = prefix + ''.join(ctx.rng.choice('ABCDEFGHJK') for _ in range(2))
        t = build(ctx, name, fn, a.out, a.seed)
        n = len(t['documents'])
        img = sum(1 for d in t['documents'] if d['rendering'] in ('scan', 'photo', 'mixed'))
        summary[name] = dict(docs=n, images=img, tier=t['award_tier_wan'], total=t['accepted_total_yuan'],
                             gaps=sorted({g['kind'] for g in t['gaps']}), n_gaps=len(t['gaps']))
        print(name, json.dumps(summary[name], ensure_ascii=False))


if __name__ == '__main__':
    main()
