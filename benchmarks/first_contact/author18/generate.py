#!/usr/bin/env python3
"""author18 first-contact set (support cycle 2023): 3 submissions.

python generate.py --out data --seed N
Everything (names, codes, amounts) is invented.  Truth is decided in this file from
the programme guide and format.md rules, never from product code.
"""
import argparse, hashlib, io, json, math, os, random, shutil
from datetime import date, datetime, timedelta

import numpy as np
import cv2
from PIL import Image
import pypdfium2 as pdfium
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
import openpyxl
from openpyxl.styles import Alignment, Font

pdfmetrics.registerFont(TTFont('zh', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('zh2', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
W, H = A4
RED = Color(0.86, 0.1, 0.1)
BLUE = Color(0.1, 0.2, 0.55)
GREY = Color(0.45, 0.45, 0.45)

# ------------------------------------------------------------------ codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(code17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


def make_uscc(rng, region):
    org = ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org]
    c9 = 11 - sum(v * w for v, w in zip(vals, ws)) % 11
    c9 = 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
    body = '91' + region + org + c9
    return body + uscc_check(body)


def break_uscc(code):
    last = code[-1]
    alt = USCC_CHARS[(USCC_CHARS.index(last) + 7) % 31]
    return code[:-1] + alt


# ------------------------------------------------------------------ money / dates
DIG = '零壹贰叁肆伍陆柒捌玖'


def daxie(amount):
    cents = int(round(amount * 100))
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10

    def four(n):
        units = ['', '拾', '佰', '仟']
        s, zero = '', False
        for i in range(3, -1, -1):
            d = (n // 10 ** i) % 10
            if d == 0:
                zero = True
            else:
                if zero and s:
                    s += '零'
                zero = False
                s += DIG[d] + units[i]
        return s
    parts, out = [], ''
    yi, wan, ge = yuan // 10 ** 8, (yuan // 10 ** 4) % 10 ** 4, yuan % 10 ** 4
    if yi:
        out += four(yi) + '亿'
    if wan:
        if yi and wan < 1000:
            out += '零'
        out += four(wan) + '万'
    elif yi and ge:
        out += '零'
    if ge:
        if (yi or wan) and ge < 1000 and not out.endswith('零'):
            out += '零'
        out += four(ge)
    out = (out or '零') + '元'
    if jiao == 0 and fen == 0:
        return out + '整'
    if jiao:
        out += DIG[jiao] + '角'
    elif fen:
        out += '零'
    if fen:
        out += DIG[fen] + '分'
    return out


def m(a):
    return f"{a:,.2f}"


def s2(a):
    return f"{a:.2f}"


CN_NUM = '〇一二三四五六七八九'


def cn_date(d):
    y = ''.join(CN_NUM[int(c)] for c in str(d.year))

    def n(k):
        if k < 10:
            return '一二三四五六七八九'[k - 1]
        if k == 10:
            return '十'
        if k < 20:
            return '十' + '一二三四五六七八九'[k - 11]
        return '二三'[k // 10 - 2] + '十' + ('' if k % 10 == 0 else '一二三四五六七八九'[k % 10 - 1])
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def zd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def zd0(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


# ------------------------------------------------------------------ drawing helper
class Pg:
    def __init__(self, c):
        self.c = c

    def t(self, x, y, s, size=10.5, font='zh', color=black, align='l'):
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if align == 'c':
            c.drawCentredString(x, H - y, s)
        elif align == 'r':
            c.drawRightString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)
        c.setFillColor(black)

    def spaced(self, x, y, s, size, gap):
        cx = x
        for ch in s:
            self.t(cx, y, ch, size)
            cx += pdfmetrics.stringWidth(ch, 'zh', size) + gap

    def wrap(self, s, width, size, font='zh'):
        lines, cur = [], ''
        for ch in s:
            if ch == '\n':
                lines.append(cur); cur = ''; continue
            if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, size=10.5, lead=None, indent=True, font='zh'):
        lead = lead or size * 1.75
        if indent:
            s = '\u3000\u3000' + s
        for ln in self.wrap(s, width, size, font):
            self.t(x, y, ln, size, font)
            y += lead
        return y

    def line(self, x1, y1, x2, y2, w=0.7, color=black):
        self.c.setStrokeColor(color); self.c.setLineWidth(w)
        self.c.line(x1, H - y1, x2, H - y2)
        self.c.setStrokeColor(black)

    def rect(self, x, y, w, h, lw=0.7, fill=None, stroke=1):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, H - y - h, w, h, stroke=stroke, fill=1 if fill is not None else 0)
        c.setFillColor(black)

    def table(self, x, y, cols, rows, rh=20, size=9.5, header=False, align=None, border=True):
        tw = sum(cols)
        for ri, row in enumerate(rows):
            cx = x
            for ci, cell in enumerate(row):
                w = cols[ci]
                if cell is None:
                    cx += w; continue
                span = 1
                while ci + span < len(row) and row[ci + span] is None:
                    w += cols[ci + span]; span += 1
                txt = str(cell)
                sz = size
                lines = self.wrap(txt, w - 6, sz)
                if len(lines) > 2:
                    while len(lines) > 2 and sz > 6:
                        sz -= 0.5; lines = self.wrap(txt, w - 6, sz)
                if header and ri == 0:
                    self.rect(cx, y, w, rh, fill=Color(0.9, 0.9, 0.9), stroke=0)
                a = (align[ci] if align else 'l')
                for li, ln in enumerate(lines):
                    ty = y + rh / 2 + sz * 0.35 + (li - (len(lines) - 1) / 2) * (sz * 1.2)
                    if a == 'c':
                        self.t(cx + w / 2, ty, ln, sz, align='c')
                    elif a == 'r':
                        self.t(cx + w - 4, ty, ln, sz, align='r')
                    else:
                        self.t(cx + 3, ty, ln, sz)
                if border:
                    self.rect(cx, y, w, rh, lw=0.6)
                cx += w
            y += rh
        return y

    def seal(self, cx, cy, name, sub='合同专用章', r=44, rot=0.0, color=RED, oval=False):
        c = self.c
        c.saveState()
        c.translate(cx, H - cy)
        c.rotate(rot)
        c.setStrokeColor(color); c.setFillColor(color)
        c.setLineWidth(2.2)
        if oval:
            c.ellipse(-r * 1.3, -r * 0.85, r * 1.3, r * 0.85)
        else:
            c.circle(0, 0, r)
        # star
        p = c.beginPath()
        for k in range(10):
            ang = math.pi / 2 + k * math.pi / 5
            rr = r * 0.28 if k % 2 == 0 else r * 0.11
            (p.moveTo if k == 0 else p.lineTo)(rr * math.cos(ang), rr * math.sin(ang))
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        n = len(name)
        fs = max(6.5, min(r * 0.32, 200 / max(n, 1) * r / 44 * 0.5))
        span = 250 if n > 6 else 160
        for i, ch in enumerate(name):
            a = 90 + span / 2 - (span * (i + 0.5) / n)
            c.saveState()
            c.rotate(a)
            c.translate(r * 0.74, 0)
            c.rotate(-90)
            c.setFont('zh', fs)
            c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
        if sub:
            c.setFont('zh', r * 0.2)
            c.drawCentredString(0, -r * 0.62, sub)
        c.restoreState()

    def sign(self, x, y, name, size=15):
        # pseudo handwriting: jittered, slanted characters
        c = self.c
        rr = random.Random(name)
        cx = x
        for ch in name:
            c.saveState()
            c.translate(cx, H - y + rr.uniform(-2, 2))
            c.rotate(rr.uniform(-12, 8))
            c.setFillColor(Color(0.08, 0.08, 0.3))
            c.setFont('zh2', size * rr.uniform(0.9, 1.15))
            c.drawString(0, 0, ch)
            c.restoreState()
            cx += size * rr.uniform(0.8, 1.0)


# ------------------------------------------------------------------ degrade
def pdf_to_images(pdf_bytes, scale=1.6):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=scale).to_pil().convert('RGB'))
    doc.close()
    return out


def degrade(img, rs, mode):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if mode == 'photo':
        pad = int(w * 0.08)
        bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
        bg[:] = [[95, 80, 60], [60, 62, 70], [140, 120, 95]][rs.randint(3)]
        bg += rs.normal(0, 6, bg.shape)
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda: rs.uniform(-0.03, 0.03) * w
        dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()],
                          [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
        M = cv2.getPerspectiveTransform(src, dst)
        warped = cv2.warpPerspective(a, M, (w + 2 * pad, h + 2 * pad), borderValue=(0, 0, 0))
        mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (w + 2 * pad, h + 2 * pad))
        a = warped * mask[..., None] + bg * (1 - mask[..., None])
        hh, ww = a.shape[:2]
        yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
        cx, cy = rs.uniform(0.2, 0.8) * ww, rs.uniform(0.2, 0.8) * hh
        light = 1.05 - 0.35 * np.sqrt(((xx - cx) / ww) ** 2 + ((yy - cy) / hh) ** 2)
        a = a * light[..., None] * np.array([1.0, 0.97, 0.9])
        a = cv2.GaussianBlur(a, (3, 3), rs.uniform(0.6, 1.2))
        a += rs.normal(0, 7, a.shape)
        q = int(rs.uniform(55, 72))
    else:
        ang = rs.uniform(-1.8, 1.8)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
        a = a * rs.uniform(0.9, 0.97) + rs.uniform(5, 15)
        a = cv2.GaussianBlur(a, (3, 3), rs.uniform(0.3, 0.8))
        a += rs.normal(0, 5, a.shape)
        # a faint copier streak
        x0 = int(rs.uniform(0.1, 0.9) * w)
        a[:, x0:x0 + 2] *= 0.93
        q = int(rs.uniform(60, 80))
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if mode == 'photo' and im.width > 1400:
        im = im.resize((1400, int(im.height * 1400 / im.width)), Image.BILINEAR)
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=q)
    return buf.getvalue()


def images_to_pdf(jpegs):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for jb in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ world
SURN = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗']
GIV = ['建国', '丽娜', '志强', '晓东', '赟', '昀橦', '海涛', '秀英', '文博', '瑄', '佳怡', '立新', '国栋', '雪梅', '子健', '春生']


def person(rng):
    return rng.choice(SURN) + rng.choice(GIV)


BANKS = [('津沽商业银行', '滨海新区分行营业部'), ('渤泰银行', '天津自贸区支行'), ('华北联合银行', '天津河西支行'),
         ('海河农村商业银行', '东丽支行'), ('中原实业银行', '石家庄裕华支行'), ('北辰村镇银行', '宜兴埠支行')]


def acct(rng, n=None):
    n = n or rng.choice([16, 17, 19, 20])
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))


class Ctx:
    pass


def build_world(kind, seed):
    rng = random.Random(f"{kind}-{seed}")
    ctx = Ctx()
    ctx.rng = rng
    ctx.kind = kind
    appl_names = {'clean': '天津市澜汀智联科技有限公司', 'gaps': '天津衡澈工业互联网有限公司',
                  'tricky': '天津昀橦数智装备有限公司'}
    ctx.app = dict(name=appl_names[kind], uscc=make_uscc(rng, rng.choice(['120116', '120104', '120111'])),
                   address={'clean': '天津市滨海新区中新生态城中成大道1688号3号楼5层',
                            'gaps': '天津市西青区经济技术开发区赛达新兴产业园B座11层',
                            'tricky': '天津市北辰区京津科技谷汇智路26号'}[kind],
                   bank=BANKS[{'clean': 0, 'gaps': 1, 'tricky': 2}[kind]], acct=acct(rng, 19),
                   direction='智能制造系统解决方案（装备制造行业）', industry='装备制造、汽车零部件、新材料')
    return ctx


CUST_POOL = {
    'clean': [
        ('天津市津南区鑫瑞精密铸造有限公司', '120112', True, 286, 31250, '天津市津南区八里台工业园区丰泽路9号'),
        ('天津德嘉汽车零部件有限公司', '120116', True, 512, 68700, '天津市滨海新区西区新业九街22号'),
        ('天津渤化永泰新材料有限公司', '120116', False, 1860, 412000, '天津市滨海新区临港经济区渤海十路99号'),
        ('天津瀚赟液压机械有限公司', '120113', True, 143, 9860, '天津市北辰区双口工业园永和道17号'),
        ('河北冀衡石化装备有限公司', '131182', True, 388, 27400, '河北省衡水市深州市经济开发区长江路6号'),
        ('天津市宝坻区恒远电缆有限公司', '120115', True, 97, 12600, '天津市宝坻区九园工业园区九园公路3号'),
        ('天津港振重工机械股份有限公司', '120116', False, 2450, 530000, '天津市滨海新区塘沽海洋高新区滨海新路8号'),
        ('天津睿霆智能包装设备有限公司', '120111', True, 231, 18900, '天津市西青区中北镇汇川路33号'),
        ('山东瑄和食品机械有限公司', '370983', True, 456, 35100, '山东省泰安市肥城市高新区龙山路118号'),
    ],
    'gaps': [
        ('天津市静海区华晟钢管制造有限公司', '120118', True, 620, 88000, '天津市静海区大邱庄镇百亿道10号'),
        ('天津宏昶汽车饰件有限公司', '120114', True, 330, 24100, '天津市武清区汽车产业园泉旺路5号'),
        ('天津中沃电气成套设备有限公司', '120111', True, 210, 15800, '天津市西青区精武镇学府工业区18号'),
        ('天津北洋海工装备股份有限公司', '120116', False, 3100, 760000, '天津市滨海新区临港经济区海港路1号'),
        ('天津市蓟州区绿源果蔬食品有限公司', '120119', True, 175, 8800, '天津市蓟州区经济开发区兴华大街2号'),
        ('天津联铸锻压有限公司', '120113', True, 265, 19900, '天津市北辰区大张庄镇工业园12号'),
        ('天津开元化纤纺织集团有限公司', '120110', True, 1500, 61000, '天津市东丽区华明高新区华兴路3号'),
        ('天津锦程医用器械有限公司', '120116', True, 188, 14300, '天津市滨海新区生物医药园华山路7号'),
        ('天津凯昇新能源科技有限公司', '120112', True, 240, 22600, '天津市津南区咸水沽镇科创路16号'),
        ('天津澳际冷链物流装备有限公司', '120114', True, 305, 26800, '天津市武清区京滨工业园京滨睿城8号'),
    ],
    'tricky': [
        ('天津奥德曼精工机械有限公司', '120116', True, 999, 52000, '天津市滨海新区经济技术开发区第十一大街66号'),
        ('天津万泓纸业集团有限公司', '120115', False, 1000, 40000, '天津市宝坻区经济开发区宝中道21号'),
        ('天津科勒姆汽车零部件有限公司', '120114', True, 1200, 39999, '天津市武清区开发区泉兴路1号'),
        ('天津晟煊光伏材料有限公司', '120118', True, 420, 33300, '天津市静海区子牙循环经济产业区8号路'),
        ('天津市滨海新区百川水务设备有限公司', '120116', True, 126, 7600, '天津市滨海新区大港石化产业园区港北路5号'),
        ('天津龙腾重型锻造有限公司', '120113', True, 1000, 40000, '天津市北辰区青光镇工业园青光路9号'),
        ('天津赟达智能仓储设备有限公司', '120111', True, 88, 6100, '天津市西青区张家窝镇工业园知景道15号'),
        ('天津津沽啤酒饮料有限公司', '120102', False, 1320, 45800, '天津市河东区津塘路甲48号'),
    ],
}


def cust_objs(ctx):
    rng = ctx.rng
    out = []
    for name, reg, decl_sme, staff, rev, addr in CUST_POOL[ctx.kind]:
        out.append(dict(name=name, uscc=make_uscc(rng, reg), decl_sme=decl_sme, staff=staff, revenue=rev,
                        address=addr, tianjin=addr.startswith('天津市'),
                        bank=rng.choice(BANKS), acct=acct(rng), legal=person(rng), contact=person(rng),
                        phone='022-' + str(rng.randint(23000000, 89999999))))
    return out


def true_sme(c):
    return not (c['staff'] >= 1000 and c['revenue'] >= 40000)


# ------------------------------------------------------------------ document builders
# every builder: fn(pg, ctx, K, doc) -> draws one or more pages; sets doc['fields']

def nf():
    return dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None,
                result=None, title=None)


PROJ = ['智能产线数字化改造', '设备联网与数据采集平台', 'MES 制造执行系统实施', '智能仓储物流系统集成',
        '能源管理系统建设', '机器视觉质检系统', '数字化车间集成', '工业互联网平台应用', '柔性装配线智能化升级',
        '设备预测性维护系统', '质量追溯系统']


# ---------- contracts
def k_prose(pg, ctx, K, doc):
    """ordinary kind, own wording: 项目合同 with 甲方/乙方, 2 pages; distractors 预付款/违约金/交付日期"""
    C, A = K['cust'], ctx.app
    rev = K.get('reversed', False)
    sp = K.get('spaced', False)
    la, lb = ('甲方（供方）', '乙方（需方）') if rev else ('甲方（需方）', '乙方（供方）')
    pa, pb = (A, C) if rev else (C, A)
    pg.t(W / 2, 70, f"{K['project']}项目合同", 18, align='c')
    pg.t(420, 100, f"合同编号：{K['no']}", 9.5)
    y = 130
    for lab, p in ((la, pa), (lb, pb)):
        if sp:
            pg.spaced(60, y, lab[:2], 11, 9); pg.t(105, y, lab[2:] + '：' + p['name'], 11)
        else:
            pg.t(60, y, f"{lab}：{p['name']}", 11)
        pg.t(80, y + 18, f"住所：{p['address']}", 9.5)
        pg.t(80, y + 34, f"法定代表人：{p.get('legal') or ctx.legal}    统一社会信用代码：{p['uscc']}", 9.5)
        y += 58
    amt = K['amount']
    pre = round(amt * 0.3, 2)
    y = pg.para(60, y + 6, 475, f"根据《中华人民共和国民法典》及相关法律法规，{('需方' if True else '')}为实施{K['project']}项目，经双方友好协商，就{'乙方' if rev else '甲方'}委托{'甲方' if rev else '乙方'}提供系统解决方案事宜达成如下条款，以资共同遵守。", 10.5)
    y = pg.para(60, y + 4, 475, "第一条 项目内容：供方负责方案设计、软硬件供货、安装调试、系统集成、人员培训及一年质保服务，具体范围见附件一《技术规格书》。", 10.5, indent=False)
    y = pg.para(60, y + 4, 475, f"第二条 合同价款：本合同总价为人民币{daxie(amt)}（¥{m(amt)}），含13%增值税，为固定总价。", 10.5, indent=False)
    y = pg.para(60, y + 4, 475, f"第三条 付款方式：合同生效后十个工作日内需方支付合同总价的30%作为预付款，即¥{m(pre)}；到货后支付40%；终验合格后支付剩余30%。", 10.5, indent=False)
    y = pg.para(60, y + 4, 475, f"第四条 交付期限：供方应于{zd(K['deliver'])}前完成全部设备交付并具备试运行条件。", 10.5, indent=False)
    pg.c.showPage()
    y = 70
    y = pg.para(60, y, 475, "第五条 验收：系统连续稳定运行30日后，由需方组织终验，终验合格后双方签署验收报告。", 10.5, indent=False)
    y = pg.para(60, y + 4, 475, f"第六条 违约责任：供方逾期交付的，每逾期一日按合同总价的0.5‰支付违约金，累计不超过¥{m(round(amt*0.05,2))}；需方逾期付款的，按同样标准承担责任。", 10.5, indent=False)
    y = pg.para(60, y + 4, 475, "第七条 争议解决：因本合同引起的争议，双方协商解决；协商不成的，提交需方所在地人民法院诉讼解决。", 10.5, indent=False)
    y = pg.para(60, y + 4, 475, "第八条 本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。", 10.5, indent=False)
    y += 30
    for i, (lab, p) in enumerate(((la, pa), (lb, pb))):
        x = 60 + i * 260
        pg.t(x, y, f"{lab[:2]}（盖章）：{p['name'] if len(p['name'])<14 else ''}", 10.5)
        if len(p['name']) >= 14:
            pg.t(x, y + 18, p['name'], 10)
        pg.t(x, y + 42, "授权代表（签字）：", 10.5)
        pg.sign(x + 95, y + 44, person(random.Random(p['name'])))
        pg.t(x, y + 70, f"开户银行：{p['bank'][0]}{p['bank'][1]}" if 'bank' in p else '', 8.5)
        pg.t(x, y + 86, f"账号：{p['acct']}", 8.5)
        pg.seal(x + 140, y + 30, p['name'], '合同专用章', rot=random.Random(p['name']).uniform(-20, 20))
    pg.t(60, y + 130, f"签订日期：{zd(K['sign'])}", 10.5)
    pg.t(320, y + 130, f"签订地点：天津市", 10.5)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(amt), date=K['sign'].isoformat(), customer=C['name'])
    doc['fields'] = f


def k_german(pg, ctx, K, doc):
    """NEW: 中德双语 设备供货及集成合同 / Liefer- und Integrationsvertrag (Käufer 买方 / Verkäufer 卖方)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    pg.t(W / 2, 62, "设备供货及系统集成合同", 17, align='c')
    pg.t(W / 2, 84, "Liefer- und Systemintegrationsvertrag", 12, align='c')
    pg.t(60, 112, f"Vertragsnummer / 合同号：{K['no']}", 9.5)
    pg.t(360, 112, f"Datum / 日期：{K['sign'].strftime('%d.%m.%Y')}", 9.5)
    rows = [["", "买方 Käufer", "卖方 Verkäufer"],
            ["名称 Firma", C['name'], A['name']],
            ["地址 Anschrift", C['address'], A['address']],
            ["信用代码 USCC", C['uscc'], A['uscc']],
            ["代表 Vertreter", C['legal'], ctx.legal]]
    y = pg.table(50, 126, [95, 200, 200], rows, rh=30, size=8.5, header=True)
    items = [("§1 Vertragsgegenstand 合同标的", f"卖方向买方供应并集成{K['project']}所需设备及软件，详见附件A。Der Verkäufer liefert und integriert die Anlagen gemäß Anlage A."),
             ("§2 Preis 价格", f"合同总价（含增值税）：人民币{m(amt)}元（大写：{daxie(amt)}）。Gesamtpreis inkl. MwSt.: CNY {amt:,.2f}. 其中运输保险费¥{m(round(amt*0.012,2))}已包含在内。"),
             ("§3 Zahlung 付款", "30% Anzahlung, 60% nach Abnahme, 10% Gewährleistungseinbehalt / 预付30%，验收后60%，质保金10%。"),
             ("§4 Lieferung 交货", f"交货期限 Liefertermin: {K['deliver'].strftime('%d.%m.%Y')}，交货地点：买方工厂 / Werk des Käufers."),
             ("§5 Abnahme 验收", "由买方组织最终验收并出具验收证书。Die Endabnahme erfolgt durch den Käufer."),
             ("§6 Recht 适用法律", "适用中华人民共和国法律。Es gilt das Recht der VR China. 中德文本具有同等效力。")]
    y += 14
    for h, body in items:
        pg.t(55, y, h, 10.5); y += 16
        y = pg.para(65, y, 465, body, 9.5, indent=False) + 4
    y += 16
    pg.t(70, y, "买方 Käufer（盖章/Stempel）", 10); pg.t(320, y, "卖方 Verkäufer（盖章/Stempel）", 10)
    pg.sign(90, y + 40, C['legal']); pg.sign(340, y + 40, ctx.legal)
    pg.seal(190, y + 30, C['name'], '合同专用章', rot=-12); pg.seal(450, y + 30, A['name'], '合同专用章', rot=9)
    pg.t(70, y + 90, f"签署日期 Unterschriftsdatum：{K['sign'].strftime('%d.%m.%Y')}", 9.5)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(amt), date=K['sign'].isoformat(), customer=C['name'])
    doc['fields'] = f


def k_coop(pg, ctx, K, doc):
    """NEW: 技术合作开发协议（出资方/研发方）"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    pg.t(W / 2, 70, "技术合作开发协议", 19, align='c')
    pg.t(W / 2, 94, f"（{K['project']}）", 11, align='c')
    pg.t(400, 118, f"协议编号：{K['no']}", 9.5)
    y = 150
    pg.t(60, y, f"出资方：{C['name']}", 11); pg.t(60, y + 20, f"研发方：{A['name']}", 11)
    y += 52
    y = pg.para(60, y, 475, f"出资方拟对其生产系统开展{K['project']}，研发方具备相应的工业软件与系统集成能力。双方本着平等互利原则，就出资方出资、研发方负责研发与实施的合作事项订立本协议。", 10.5)
    y = pg.para(60, y + 6, 475, "一、合作内容：研发方完成需求调研、方案设计、软件开发、设备集成及上线运行；出资方提供现场条件与基础数据。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, f"二、研究开发经费：出资方向研发方支付研究开发经费和报酬共计{m(amt/10000)}万元（{daxie(amt)}），分两期支付。研发方为本项目自筹的配套资金{m(round(amt*0.2/10000,2))}万元不计入本协议价款。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, f"三、进度：{zd(K['deliver'])}前完成开发与部署，其后由出资方组织验收。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, "四、知识产权：项目形成的软件著作权归研发方所有，出资方享有永久免费使用权。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, "五、本协议经双方法定代表人或授权代表签字并加盖公章后生效。", 10.5, indent=False)
    y += 40
    pg.t(60, y, "出资方（公章）", 10.5); pg.t(320, y, "研发方（公章）", 10.5)
    pg.t(60, y + 50, "代表：", 10.5); pg.sign(95, y + 50, C['legal'])
    pg.t(320, y + 50, "代表：", 10.5); pg.sign(355, y + 50, ctx.legal)
    pg.seal(170, y + 28, C['name'], '', rot=15); pg.seal(430, y + 28, A['name'], '', rot=-8)
    pg.t(60, y + 95, f"{cn_date(K['sign'])}", 10.5); pg.t(320, y + 95, f"{cn_date(K['sign'])}", 10.5)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(amt), date=K['sign'].isoformat(), customer=C['name'])
    doc['fields'] = f


def k_english(pg, ctx, K, doc):
    """NEW: English-only EQUIPMENT SUPPLY AND INTEGRATION AGREEMENT (Purchaser/Supplier), Chinese names in party block"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    pg.t(W / 2, 70, "EQUIPMENT SUPPLY AND INTEGRATION AGREEMENT", 14, align='c')
    pg.t(W / 2, 92, f"Agreement No.: {K['no']}", 10, align='c')
    y = 125
    y = pg.para(60, y, 475, f"This Agreement is made and entered into on {K['sign'].strftime('%B %d, %Y')} by and between:", 10, indent=False, font='zh')
    y = pg.para(75, y + 4, 460, f"(1) {C['name']}, a company incorporated in the PRC with unified social credit code {C['uscc']}, registered at {C['address']} (the \"Purchaser\"); and", 10, indent=False)
    y = pg.para(75, y + 4, 460, f"(2) {A['name']}, unified social credit code {A['uscc']}, registered at {A['address']} (the \"Supplier\").", 10, indent=False)
    cl = [("1. SCOPE", f"The Supplier shall design, supply, install and commission the {K['project_en']} for the Purchaser's plant."),
          ("2. CONTRACT PRICE", f"The total Contract Price is RMB {amt:,.2f} (say RMB {daxie(amt)}), inclusive of 13% VAT. A performance bond of RMB {amt*0.1:,.2f} shall be furnished by the Supplier."),
          ("3. PAYMENT", "30% advance payment, 60% upon Final Acceptance, 10% retention released after the warranty period."),
          ("4. DELIVERY", f"Delivery no later than {K['deliver'].strftime('%d %B %Y')}, DAP Purchaser's plant."),
          ("5. ACCEPTANCE", "Final Acceptance shall be certified in writing by the Purchaser."),
          ("6. GOVERNING LAW", "This Agreement is governed by the laws of the People's Republic of China.")]
    y += 8
    for h, b in cl:
        pg.t(60, y, h, 10.5); y += 15
        y = pg.para(70, y, 465, b, 9.5, indent=False) + 6
    y += 20
    pg.t(60, y, "For and on behalf of the Purchaser", 9.5); pg.t(320, y, "For and on behalf of the Supplier", 9.5)
    pg.sign(70, y + 40, C['legal']); pg.sign(330, y + 40, ctx.legal)
    pg.line(60, y + 48, 250, y + 48); pg.line(320, y + 48, 510, y + 48)
    pg.t(60, y + 62, "Authorized Signatory / Company Chop", 8.5); pg.t(320, y + 62, "Authorized Signatory / Company Chop", 8.5)
    pg.seal(200, y + 30, C['name'], '', rot=18); pg.seal(460, y + 30, A['name'], '合同专用章', rot=-6)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(amt), date=K['sign'].isoformat(), customer=C['name'])
    doc['fields'] = f


# ---------- acceptance
def a_report(pg, ctx, K, doc):
    """ordinary kind, own wording: 项目验收报告 (prose + 验收组 table)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    d = K['acc']; passed = K.get('acc_passed', True)
    show_amt = K.get('acc_amount', amt)
    pg.t(W / 2, 70, f"{K['project']}项目", 15, align='c')
    pg.t(W / 2, 96, "验 收 报 告", 20, align='c')
    rows = [["项目名称", f"{K['project']}项目", "合同编号", K['no']],
            ["建设单位", C['name'], "承建单位", A['name']],
            ["合同金额", f"¥{m(show_amt)}", "验收日期", zd0(d)]]
    y = pg.table(50, 120, [75, 185, 70, 165], rows, rh=32, size=9)
    txt = (f"{zd(d)}，{C['name']}组织生产部、设备部、信息部及质量部有关人员组成验收组，对{A['name']}承建的{K['project']}项目进行了终验。验收组听取了项目实施汇报，查看了系统运行记录，现场抽测了各项技术指标。"
           )
    y = pg.para(55, y + 20, 480, txt, 10.5)
    concl = ("经认真讨论，验收组认为：项目按合同及技术协议完成了全部建设内容，各项技术指标达到要求，系统运行稳定，文档资料齐全，同意通过验收。" if passed else
             "经认真讨论，验收组认为：项目数据采集完整率、系统响应时间两项指标未达到技术协议要求，暂不具备验收条件，本次验收不予通过，请承建单位整改后另行申请。")
    y = pg.para(55, y + 6, 480, "验收结论：" + concl, 10.5)
    y += 12
    rows = [["序号", "姓名", "部门/职务", "签字"]] + [[str(i + 1), person(ctx.rng), dep, ""] for i, dep in enumerate(['生产部 部长', '设备部 主任工程师', '信息部 经理', '质量部 主管'])]
    y2 = pg.table(80, y, [40, 90, 170, 130], rows, rh=22, size=9.5, header=True, align='cccc')
    for i in range(4):
        pg.sign(395, y + 22 * (i + 1) + 16, rows[i + 1][1], 12)
    pg.t(330, y2 + 40, "建设单位（盖章）", 10.5)
    pg.t(330, y2 + 70, zd(d), 10.5)
    pg.seal(420, y2 + 45, C['name'], '', rot=-10)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(show_amt), date=d.isoformat(), customer=C['name'],
                       result='passed' if passed else 'failed')
    doc['fields'] = f


def a_fixed_asset(pg, ctx, K, doc):
    """NEW: 在建工程转固定资产审批单 (customer internal form with 验收结论)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    d = K['acc']
    pg.t(W / 2, 60, C['name'], 13, align='c')
    pg.t(W / 2, 86, "在建工程转固定资产审批单", 16, align='c')
    pg.t(60, 108, f"单据号：ZG-{d.year}-{ctx.rng.randint(100,999)}", 9); pg.t(400, 108, f"填报日期：{d.isoformat()}", 9)
    orig = round(amt / 1.13, 2)
    show_contract = K.get('fa_show_contract', True)
    rows = [["工程项目名称", f"{K['project']}项目", None, None],
            ["施工/供货单位", A['name'], None, None],
            ["合同编号", K['no'], "合同金额（含税）", f"{m(amt)}" if show_contract else "见合同"],
            ["资产原值（不含税）", f"{m(orig)}", "资产类别", "机器设备/软件"],
            ["开工日期", K['sign'].isoformat(), "完工日期", K['deliver'].isoformat()],
            ["验收日期", d.isoformat(), "使用部门", "制造一部"],
            ["验收结论", "■ 验收合格，同意转固    □ 验收不合格", None, None],
            ["使用部门意见", "设备运行正常，指标达标，同意接收。", None, None],
            ["财务部意见", f"按资产原值{m(orig)}元入账，自次月起计提折旧。", None, None],
            ["总经理审批", "同意", None, None]]
    y = pg.table(50, 120, [110, 170, 110, 105], rows, rh=30, size=9)
    pg.sign(180, 120 + 30 * 7 + 22, person(ctx.rng), 12)
    pg.sign(180, 120 + 30 * 9 + 22, C['legal'], 12)
    pg.t(60, y + 24, "注：本单一式三联，第一联财务部，第二联资产管理部，第三联使用部门。", 8.5, color=GREY)
    pg.seal(440, y - 40, C['name'], '财务专用章', r=38, rot=8)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(amt) if show_contract else None, date=d.isoformat(),
                       customer=C['name'], result='passed')
    doc['fields'] = f


def a_milestone(pg, ctx, K, doc):
    """NEW: 里程碑签核单 MILESTONE SIGN-OFF (final milestone = 终验)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    d = K['acc']
    pg.rect(40, 40, W - 80, 60, fill=Color(0.12, 0.28, 0.48), stroke=0)
    pg.t(60, 78, "项目里程碑签核单  MILESTONE SIGN-OFF", 16, color=Color(1, 1, 1))
    rows = [["项目 Project", f"{K['project']}项目", "合同号 Contract", K['no']],
            ["客户 Customer", C['name'], "实施方 Vendor", A['name']],
            ["里程碑 Milestone", "M4 终验 Final Acceptance", "签核日期 Date", d.strftime('%Y/%m/%d')]]
    y = pg.table(40, 115, [90, 175, 90, 160], rows, rh=34, size=8.5)
    y += 16
    pg.t(45, y, "里程碑历史 Milestone history", 10.5); y += 8
    hist = [["编号", "里程碑", "计划日期", "实际完成", "状态"],
            ["M1", "需求确认 Requirement sign-off", K['sign'].strftime('%Y/%m/%d'), (K['sign'] + timedelta(days=21)).strftime('%Y/%m/%d'), "已签核"],
            ["M2", "到货验收 Delivery", K['deliver'].strftime('%Y/%m/%d'), K['deliver'].strftime('%Y/%m/%d'), "已签核"],
            ["M3", "上线试运行 Go-live", (K['deliver'] + timedelta(days=20)).strftime('%Y/%m/%d'), (K['deliver'] + timedelta(days=24)).strftime('%Y/%m/%d'), "已签核"],
            ["M4", "终验 Final Acceptance", d.strftime('%Y/%m/%d'), d.strftime('%Y/%m/%d'), "本次签核"]]
    y = pg.table(40, y, [40, 185, 95, 95, 100], hist, rh=22, size=8.5, header=True)
    y += 18
    pg.t(45, y, "客户确认 Customer confirmation", 10.5); y += 8
    y = pg.para(50, y + 10, 490, "■ 本里程碑交付物已全部完成，满足合同及技术协议要求，客户确认终验通过。  □ 有条件通过  □ 不通过", 10, indent=False)
    y += 20
    pg.t(50, y, "客户项目经理 Customer PM：", 10); pg.sign(200, y, C['contact'])
    pg.t(50, y + 34, "客户单位（盖章）Customer chop：", 10)
    pg.seal(260, y + 30, C['name'], '', rot=-14)
    pg.t(330, y, "实施方项目经理 Vendor PM：", 10); pg.sign(470, y, person(ctx.rng), 12)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=None, date=d.isoformat(), customer=C['name'], result='passed')
    doc['fields'] = f


def a_vote(pg, ctx, K, doc):
    """NEW: 验收专家表决票汇总表 (voting tally of the acceptance panel)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    d = K['acc']
    pg.t(W / 2, 70, f"{K['project']}项目验收", 14, align='c')
    pg.t(W / 2, 96, "专家表决票汇总表", 18, align='c')
    pg.t(60, 125, f"组织单位：{C['name']}", 10.5)
    pg.t(60, 145, f"被验收单位：{A['name']}", 10.5)
    pg.t(60, 165, f"表决时间：{zd(d)} 15:30    地点：{C['name'][:8]}三楼会议室", 10.5)
    names = [person(ctx.rng) for _ in range(5)]
    orgs = ['天津某大学机械工程学院', '市智能制造专家库', '本单位设备部', '本单位信息中心', '天津市某设计研究院']
    rows = [["序号", "专家姓名", "工作单位", "同意通过", "不同意", "弃权"]]
    for i in range(5):
        rows.append([str(i + 1), names[i], orgs[i], "√", "", ""])
    rows.append(["合计", "", "", "5", "0", "0"])
    y = pg.table(55, 185, [40, 70, 190, 70, 55, 55], rows, rh=24, size=9.5, header=True, align='cclccc')
    y = pg.para(60, y + 24, 475, "表决规则：同意票超过应到专家人数三分之二的，视为通过验收。", 10, indent=False)
    y = pg.para(60, y + 4, 475, "表决结果：应到专家5人，实到5人，同意5票，不同意0票，弃权0票。项目通过验收。", 10.5, indent=False)
    y += 20
    pg.t(60, y, "监票人：", 10.5); pg.sign(115, y, names[0], 13)
    pg.t(250, y, "计票人：", 10.5); pg.sign(305, y, names[3], 13)
    pg.t(330, y + 50, "组织单位（盖章）", 10.5)
    pg.t(330, y + 76, zd(d), 10.5)
    pg.seal(420, y + 56, C['name'], '', rot=20)
    f = nf(); f.update(contract_no=None, amount_yuan=None, date=d.isoformat(), customer=C['name'], result='passed')
    doc['fields'] = f


# ---------- payments
def p_bank(pg, ctx, K, doc):
    """ordinary kind, own layout: invented bank 电子回单 (two variants)"""
    C, A = K['cust'], ctx.app
    P = doc['pay']
    payer = P.get('payer', C)
    payee = P.get('payee', A)
    bank = payer['bank'] if 'bank' in payer else BANKS[0]
    d = P['date']
    var = P.get('var', 0)
    y0 = 60
    if var == 0:
        pg.t(W / 2, y0, f"{bank[0]}", 15, align='c', color=BLUE)
        pg.t(W / 2, y0 + 24, "电子回单（付款）", 13, align='c')
        pg.t(50, y0 + 48, f"回单编号：{ctx.rng.randint(10**11, 10**12-1)}", 9)
        pg.t(330, y0 + 48, f"交易日期：{d.strftime('%Y-%m-%d')} {ctx.rng.randint(9,16)}:{ctx.rng.randint(10,59)}:{ctx.rng.randint(10,59)}", 9)
        rows = [["付款人", "户名", payer['name'], "收款人", "户名", payee['name']],
                [None, "账号", payer['acct'], None, "账号", payee['acct']],
                [None, "开户行", ''.join(bank), None, "开户行", ''.join(payee['bank'])],
                ["金额（大写）", daxie(P['amount']), None, "金额（小写）", f"¥{m(P['amount'])}", None],
                ["用途", P['memo'], None, "摘要", "网银转账", None],
                ["手续费", P.get('fee', '0.00'), None, "交易流水号", str(ctx.rng.randint(10**15, 10**16-1)), None]]
        # merged first-col cells: draw simply
        y = pg.table(40, y0 + 58, [45, 45, 160, 45, 45, 175], [[r if r is not None else '' for r in row] for row in rows], rh=28, size=8.5)
        pg.t(45, y + 20, "本回单仅作为付款人已发出付款指令的证明，重复打印不影响效力。", 8, color=GREY)
        pg.seal(470, y + 20, bank[0] + bank[1], '电子回单专用章', r=36, rot=0, color=RED, oval=True)
    else:
        pg.rect(40, y0 - 10, W - 80, 330, lw=1.2)
        pg.t(55, y0 + 14, bank[0], 13, color=BLUE)
        pg.t(W / 2 + 40, y0 + 14, "业务凭证 / 客户回单", 13, align='c')
        pg.t(55, y0 + 40, f"记账日期 {d.strftime('%Y%m%d')}", 9); pg.t(300, y0 + 40, f"凭证号 {ctx.rng.randint(1000000,9999999)}", 9)
        lines = [("付款账号", payer['acct']), ("付款户名", payer['name']), ("收款账号", payee['acct']),
                 ("收款户名", payee['name']), ("收款行", ''.join(payee['bank'])), ("币种", "人民币"),
                 ("金额", f"CNY {m(P['amount'])}"), ("大写金额", daxie(P['amount'])), ("附言", P['memo'])]
        yy = y0 + 66
        for k, v in lines:
            pg.t(60, yy, k + "：", 10); pg.t(140, yy, v, 10); yy += 24
        pg.seal(450, y0 + 250, bank[0] + bank[1], '业务专用章', r=36, rot=0, oval=True)
        pg.t(55, y0 + 310, f"打印时间：{(d + timedelta(days=3)).isoformat()}  柜员：E{ctx.rng.randint(1000,9999)}  渠道：企业网银", 8, color=GREY)
    f = nf(); f.update(contract_no=K['no'] if K['no'] in P['memo'] else None, amount_yuan=s2(P['amount']),
                       date=d.isoformat(), payer=payer['name'], payee=payee['name'])
    doc['fields'] = f


def p_approval_flow(pg, ctx, K, doc):
    """NEW: 企业网银 单笔转账 交易详情 with 经办-复核-授权 流水 (web page print / screenshot)"""
    C, A = K['cust'], ctx.app
    P = doc['pay']; payer = P.get('payer', C); payee = P.get('payee', A)
    d = P['date']; bank = payer['bank']
    pg.rect(0, 0, W, 46, fill=Color(0.78, 0.1, 0.12), stroke=0)
    pg.t(30, 30, f"{bank[0]} 企业网上银行", 14, color=Color(1, 1, 1))
    pg.t(W - 30, 30, f"当前用户：{payer['name'][:6]}…操作员02  退出", 8.5, color=Color(1, 1, 1), align='r')
    pg.t(30, 72, "首页 > 转账汇款 > 交易查询 > 交易详情", 9, color=GREY)
    pg.rect(30, 86, W - 60, 36, fill=Color(0.9, 0.97, 0.9), stroke=0)
    pg.t(45, 109, "√ 交易状态：交易成功（银行已处理）", 11, color=Color(0.1, 0.5, 0.1))
    rows = [["指令序号", f"{d.strftime('%Y%m%d')}{ctx.rng.randint(100000,999999)}", "交易类型", "跨行转账（实时）"],
            ["付款账户", payer['acct'], "付款单位", payer['name']],
            ["收款账户", payee['acct'], "收款单位", payee['name']],
            ["收款银行", ''.join(payee['bank']), "币种", "人民币"],
            ["转账金额", f"{m(P['amount'])} 元", "金额大写", daxie(P['amount'])],
            ["用途", P['memo'], "执行日期", d.isoformat()]]
    y = pg.table(30, 134, [70, 175, 70, 220], rows, rh=30, size=8.5)
    y += 20
    pg.t(32, y, "审批流水", 11); y += 8
    t0 = datetime(d.year, d.month, d.day, 9, 12)
    flow = [["步骤", "操作员", "操作", "时间", "意见"],
            ["1", "经办 " + person(ctx.rng), "提交", (t0 - timedelta(days=1)).strftime('%Y-%m-%d %H:%M'), "按合同付款"],
            ["2", "复核 " + person(ctx.rng), "复核通过", (t0 - timedelta(hours=20)).strftime('%Y-%m-%d %H:%M'), "同意"],
            ["3", "授权 " + C['legal'], "授权通过", t0.strftime('%Y-%m-%d %H:%M'), "同意"],
            ["4", "系统", "银行处理成功", (t0 + timedelta(minutes=2)).strftime('%Y-%m-%d %H:%M'), "—"]]
    y = pg.table(30, y, [40, 120, 90, 140, 145], flow, rh=24, size=8.5, header=True)
    pg.t(30, y + 24, "温馨提示：本页面信息仅供参考，如需正式凭证请打印电子回单。", 8.5, color=GREY)
    pg.t(30, y + 40, f"打印时间 {(d + timedelta(days=40)).isoformat()} 10:02:11", 8, color=GREY)
    f = nf(); f.update(contract_no=K['no'] if K['no'] in P['memo'] else None, amount_yuan=s2(P['amount']),
                       date=d.isoformat(), payer=payer['name'], payee=payee['name'])
    doc['fields'] = f


def p_settled(pg, ctx, K, doc):
    """NEW: 合同款项结清确认书 (both parties; table of instalments, total)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    insts = doc['insts']
    pg.t(W / 2, 80, "合同款项结清确认书", 19, align='c')
    y = 120
    y = pg.para(60, y, 475, f"{C['name']}（以下简称“付款方”）与{A['name']}（以下简称“收款方”）于{zd(K['sign'])}签订《{K['project']}项目合同》（合同编号：{K['no']}，以下简称“原合同”）。截至本确认书出具之日，付款方已按原合同约定通过银行转账向收款方付清全部合同价款，明细如下：", 10.5)
    rows = [["期次", "款项性质", "付款日期", "金额（元）", "付款账户"]]
    for i, (dt, a, nat) in enumerate(insts):
        rows.append([str(i + 1), nat, dt.isoformat(), m(a), C['acct']])
    rows.append(["合计", "", "", m(sum(a for _, a, _ in insts)), ""])
    y = pg.table(55, y + 10, [40, 90, 80, 105, 170], rows, rh=24, size=9, header=True, align='cccrc')
    last = insts[-1][0]
    y = pg.para(60, y + 20, 475, f"收款方确认：上述款项已全部到账，累计收款人民币{daxie(amt)}（¥{m(amt)}），原合同项下付款方的付款义务已全部履行完毕，双方之间不存在其他未结款项。最后一笔款项付款日期为{zd(last)}。", 10.5)
    y += 40
    pg.t(60, y, "付款方（盖章）：", 10.5); pg.t(320, y, "收款方（盖章）：", 10.5)
    pg.seal(170, y + 20, C['name'], '财务专用章', rot=-6); pg.seal(430, y + 20, A['name'], '财务专用章', rot=11)
    pg.t(60, y + 80, zd(last + timedelta(days=5)), 10.5); pg.t(320, y + 80, zd(last + timedelta(days=5)), 10.5)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(amt), date=last.isoformat(), payer=C['name'], payee=A['name'])
    doc['fields'] = f


# ---------- procurement
def q_award(pg, ctx, K, doc):
    """ordinary kind, own wording: 中标通知书 from the customer itself"""
    C, A, amt = K['cust'], ctx.app, K['award_amount'] if 'award_amount' in K else K['amount']
    d = K['proc']
    pg.t(W / 2, 80, "中 标 通 知 书", 22, align='c', color=RED)
    pg.line(50, 100, W - 50, 100, 2, RED)
    pg.t(420, 124, f"编号：ZB{d.strftime('%y%m')}-{ctx.rng.randint(10,99)}", 9.5)
    pg.t(60, 150, f"{A['name']}：", 11)
    y = pg.para(60, 178, 475, f"我公司于{zd(d - timedelta(days=16))}组织的“{K['project']}项目”邀请招标，经评标委员会评审并经公司采购领导小组审定，确定贵单位为中标人。", 11)
    y = pg.para(60, y + 4, 475, f"中标价格：人民币{daxie(amt)}（¥{m(amt)}）", 11)
    y = pg.para(60, y + 4, 475, f"工期：自合同签订之日起至{zd(K['deliver'])}。", 11)
    y = pg.para(60, y + 4, 475, "请贵单位收到本通知书后三十日内，携带授权委托书到我公司采购部签订合同。逾期未签订的，视为放弃中标资格，投标保证金不予退还。", 11)
    y += 50
    pg.t(330, y, f"招标人：{C['name']}", 10.5)
    pg.t(330, y + 28, zd(d), 10.5)
    pg.seal(430, y + 5, C['name'], '', rot=-9)
    f = nf(); f.update(amount_yuan=s2(amt), date=d.isoformat(), customer=C['name'])
    doc['fields'] = f


def q_board(pg, ctx, K, doc):
    """NEW: 董事会决议（关于…项目采购及供应商选定的决议）"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    d = K['proc']
    pg.t(W / 2, 74, C['name'], 14, align='c')
    pg.t(W / 2, 100, "董 事 会 决 议", 20, align='c')
    pg.t(W / 2, 124, f"（{d.year}年第{ctx.rng.randint(2,6)}次）", 10.5, align='c')
    y = pg.para(60, 156, 475, f"{C['name']}董事会于{zd(d)}在公司会议室以现场结合通讯方式召开。会议应到董事5名，实到5名，会议由董事长{C['legal']}主持，监事列席。会议的召集、召开程序符合《公司法》及公司章程的规定，所作决议合法有效。经与会董事审议，形成决议如下：", 10.5)
    y = pg.para(60, y + 6, 475, f"一、审议通过《关于{K['project']}项目立项的议案》，同意项目总投资不超过{m(round(amt*1.25/10000,0))}万元。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, f"二、审议通过《关于{K['project']}项目采购结果的议案》。经公司采购部组织三家供应商竞争性比选，同意选定{A['name']}为本项目供应商，采购金额为人民币{m(amt)}元，授权总经理签署相关合同。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, "表决结果：同意5票，反对0票，弃权0票。", 10.5, indent=False)
    y += 20
    pg.t(60, y, "董事签字：", 10.5)
    for i in range(5):
        pg.sign(130 + i * 80, y + 2, person(ctx.rng), 13)
    pg.t(340, y + 60, C['name'], 10.5); pg.t(360, y + 86, zd(d), 10.5)
    pg.seal(420, y + 62, C['name'], '', rot=6)
    f = nf(); f.update(amount_yuan=s2(amt), date=d.isoformat(), customer=C['name'])
    doc['fields'] = f


def q_bargain(pg, ctx, K, doc):
    """NEW: 商务议价纪要 (price negotiation record: first quote, final agreed price)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    d = K['proc']
    first = round(amt * 1.085, -2)
    pg.t(W / 2, 76, "商务议价纪要", 19, align='c')
    rows = [["项目名称", f"{K['project']}项目"], ["议价时间", f"{zd(d)} 14:00—16:30"],
            ["议价地点", f"{C['name']}采购部"], ["采购方", C['name']], ["供应商", A['name']],
            ["采购方参加人员", f"{person(ctx.rng)}（采购部）、{person(ctx.rng)}（财务部）、{person(ctx.rng)}（审计监察部）"],
            ["供应商参加人员", f"{person(ctx.rng)}（销售总监）、{person(ctx.rng)}（技术经理）"]]
    y = pg.table(55, 100, [110, 375], rows, rh=24, size=9.5)
    y = pg.para(60, y + 20, 475, f"一、供应商首轮报价为人民币{m(first)}元。采购方结合市场询价及预算情况提出降价要求。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, f"二、经两轮磋商，双方确认最终成交价为人民币{m(amt)}元（{daxie(amt)}），含税、含运输安装及一年质保，较首轮报价下降{m(first-amt)}元。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, "三、采购方同意按最终成交价与供应商签订合同，付款方式为3:4:3。", 10.5, indent=False)
    y = pg.para(60, y + 6, 475, "四、本纪要经双方参会人员签字后作为合同签订依据。", 10.5, indent=False)
    y += 30
    pg.t(60, y, "采购方签字：", 10.5); pg.sign(140, y, rows[5][1][:3], 13); pg.sign(200, y, rows[5][1][9:12], 13)
    pg.t(320, y, "供应商签字：", 10.5); pg.sign(400, y, rows[6][1][:3], 13)
    pg.seal(200, y + 40, C['name'], '采购专用章', rot=-16, r=38)
    f = nf(); f.update(amount_yuan=s2(amt), date=d.isoformat(), customer=C['name'])
    doc['fields'] = f


def q_countersign(pg, ctx, K, doc):
    """NEW: 合同会签审批单 (customer internal; 采购方式/中选供应商)"""
    C, A, amt = K['cust'], ctx.app, K['amount']
    d = K['proc']
    pg.t(W / 2, 66, C['name'], 13, align='c')
    pg.t(W / 2, 92, "合同会签审批单", 17, align='c')
    pg.t(420, 114, f"流水号：HQ{d.strftime('%Y%m%d')}{ctx.rng.randint(10,99)}", 8.5)
    rows = [["合同名称", f"{K['project']}项目合同", None, None],
            ["合同编号", K['no'], "申请日期", d.isoformat()],
            ["合同相对方", A['name'], None, None],
            ["合同金额", f"¥{m(amt)}（{daxie(amt)}）", None, None],
            ["采购方式", "■公开招标 □邀请招标 □竞争性谈判 □询价 □单一来源", None, None],
            ["选定依据", f"经{(d - timedelta(days=9)).isoformat()}开标评标，{A['name'][:6]}…综合得分第一，中标公示期满无异议。", None, None],
            ["承办部门意见", "已完成招标程序，同意签订。", "承办人", ""],
            ["法务审核", "条款已审核，风险可控。", "法务", ""],
            ["财务审核", "已列入年度预算。", "财务", ""],
            ["分管领导", "同意", "总经理", ""]]
    y = pg.table(50, 124, [90, 250, 70, 85], rows, rh=32, size=9)
    for i, r in enumerate(range(6, 10)):
        pg.sign(420, 124 + 32 * r + 22, person(ctx.rng), 12)
    pg.t(60, y + 24, "本单随合同正本归档。", 8.5, color=GREY)
    f = nf(); f.update(contract_no=K['no'], amount_yuan=s2(amt), date=d.isoformat(), customer=C['name'])
    doc['fields'] = f


# ---------- standards
def s_draft(pg, ctx, S, doc):
    kind = S['form']
    if kind == 'Q':
        pg.t(60, 60, "ICS 25.040", 9); pg.t(60, 76, "J 07", 9)
        pg.t(W - 60, 60, "Q/LTZL", 20, align='r')
        pg.t(W - 60, 100, f"企 业 标 准", 26, align='c') if False else pg.t(W / 2, 110, "天津企业标准", 24, align='c')
        pg.t(W - 60, 140, S['code'], 11, align='r')
    else:
        code, ind = {'NB': ('NB/T', '中华人民共和国能源行业标准'), 'YB': ('YB/T', '中华人民共和国黑色冶金行业标准')}[kind]
        pg.t(60, 60, "ICS 27.010" if kind == 'NB' else "ICS 77.140", 9)
        pg.t(W - 60, 60, code, 26, align='r')
        pg.t(W / 2, 110, ind, 20, align='c')
        pg.t(W - 60, 140, S['code'], 11, align='r')
    pg.line(50, 150, W - 50, 150, 1.5)
    pg.t(W / 2, 260, S['name'], 19, align='c')
    pg.t(W / 2, 292, S['en'], 10, align='c')
    pg.t(W / 2, 340, "（征求意见稿）" if kind != 'Q' else "（草案）", 13, align='c')
    pg.rect(120, 380, W - 240, 50)
    pg.para(130, 398, W - 260, "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9, indent=False)
    pg.line(50, 760, W - 50, 760, 1.5)
    pg.t(80, 785, f"{S['pub'].year}-XX-XX 发布", 12); pg.t(W - 80, 785, f"{S['pub'].year}-XX-XX 实施", 12, align='r')
    pg.t(W / 2, 815, ctx.app['name'] + " 发布" if kind == 'Q' else "国家能源局 发布" if kind == 'NB' else "中华人民共和国工业和信息化部 发布", 12, align='c')
    pg.c.showPage()
    pg.t(W / 2, 70, "前    言", 15, align='c')
    y = pg.para(60, 100, 475, "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。", 10.5)
    y = pg.para(60, y + 4, 475, "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。", 10.5)
    y = pg.para(60, y + 4, 475, f"本文件起草单位：{ctx.app['name']}、{ctx.custs[0]['name']}、天津某工业大学。", 10.5)
    y = pg.para(60, y + 4, 475, f"本文件主要起草人：{person(ctx.rng)}、{person(ctx.rng)}、{person(ctx.rng)}。", 10.5)
    pg.t(W / 2, y + 40, S['name'], 14, align='c')
    y = pg.para(60, y + 70, 475, "1 范围", 11, indent=False)
    y = pg.para(60, y, 475, f"本文件规定了{S['scope']}的总体要求、功能要求、接口要求及测试方法。", 10.5)
    f = nf(); f['title'] = S['name']
    doc['fields'] = f


# ---------- other (new genres)
def o_copyright(pg, ctx, X, doc):
    """NEW other: 计算机软件著作权登记证书"""
    pg.rect(40, 40, W - 80, H - 80, lw=3)
    pg.t(W / 2, 120, "中华人民共和国国家版权局", 16, align='c')
    pg.t(W / 2, 160, "计算机软件著作权登记证书", 22, align='c')
    pg.t(W / 2, 190, f"证书号：软著登字第{ctx.rng.randint(9000000,12000000)}号", 11, align='c')
    rows = [("软件名称", X['sw']), ("著作权人", ctx.app['name']), ("开发完成日期", "2022年11月20日"),
            ("首次发表日期", "未发表"), ("权利取得方式", "原始取得"), ("权利范围", "全部权利"),
            ("登记号", f"2023SR{ctx.rng.randint(1000000,1999999)}")]
    y = 240
    for k, v in rows:
        pg.t(110, y, k + "：", 12); pg.t(230, y, v, 12); y += 34
    pg.para(100, y + 20, 400, "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的规定，经中国版权保护中心审核，对以上事项予以登记。", 11)
    pg.seal(420, 680, "中华人民共和国国家版权局", '', r=50)
    pg.t(380, 760, "2023年03月14日", 12)
    doc['fields'] = nf()


def o_thanks(pg, ctx, X, doc):
    """NEW other: 客户感谢信"""
    C = X['cust']
    pg.t(W / 2, 90, "感 谢 信", 24, align='c', color=RED)
    pg.t(60, 140, f"{ctx.app['name']}：", 12)
    y = pg.para(60, 170, 475, f"在贵公司项目团队的辛勤努力下，我公司{X['project']}项目已顺利投入运行。项目实施期间，贵公司工程师克服工期紧、现场交叉作业多等困难，春节期间坚守岗位，保障了生产线按期复产。系统投用后设备综合效率提升约12个百分点，产品一次合格率显著提高。", 11.5)
    y = pg.para(60, y + 8, 475, "在此，我公司全体员工向贵公司及项目团队表示衷心的感谢！希望双方今后继续深化合作，共同推动企业数字化转型。", 11.5)
    pg.t(340, y + 70, C['name'], 11.5); pg.t(380, y + 100, zd(X['date']), 11.5)
    pg.seal(420, y + 75, C['name'], '', rot=-5)
    doc['fields'] = nf()


def o_attendance(pg, ctx, X, doc):
    """NEW other: 项目驻场人员考勤表 (customer's gate/attendance sheet)"""
    C = X['cust']
    pg.t(W / 2, 60, f"{X['project']}项目 外来施工人员驻场考勤表", 14, align='c')
    pg.t(60, 86, f"驻场单位：{ctx.app['name']}    所属月份：{X['date'].year}年{X['date'].month}月    管理部门：{C['name']}安保部", 9)
    days = list(range(1, 16))
    rows = [["姓名", "岗位"] + [str(d) for d in days] + ["合计"]]
    for i in range(6):
        marks = ['√' if ctx.rng.random() > 0.15 else '休' for _ in days]
        rows.append([person(ctx.rng), ['项目经理', '电气工程师', '软件工程师', '调试员', '安全员', '实施顾问'][i]] + marks + [str(marks.count('√'))])
    y = pg.table(30, 100, [55, 65] + [23] * 15 + [35], rows, rh=22, size=8, header=True, align='cc' + 'c' * 16)
    pg.t(40, y + 30, "说明：√ 出勤  休 休息  × 缺勤；本表由门卫室每日核对后汇总。", 8.5)
    pg.t(360, y + 60, "安保部审核：", 10); pg.sign(440, y + 60, person(ctx.rng), 12)
    doc['fields'] = nf()


def o_bankref(pg, ctx, X, doc):
    """NEW other: 银行资信证明书"""
    A = ctx.app; b = A['bank']
    pg.t(W / 2, 90, "资 信 证 明 书", 22, align='c')
    pg.t(400, 120, f"编号：ZX{ctx.rng.randint(100000,999999)}", 9)
    pg.t(60, 150, "致：有关单位", 11.5)
    y = pg.para(60, 180, 475, f"兹证明{A['name']}（统一社会信用代码：{A['uscc']}）在我行开立人民币基本存款账户，账号{A['acct']}。截至{zd(X['date'])}，该账户状态正常，近一年无不良信用记录，结算往来正常。", 11.5)
    y = pg.para(60, y + 8, 475, "本证明仅证明上述日期的情况，不构成我行对该单位的任何担保或承诺，也不作为该单位偿债能力的保证。", 11.5)
    pg.t(340, y + 70, b[0] + b[1], 11.5); pg.t(380, y + 100, zd(X['date']), 11.5)
    pg.seal(430, y + 75, b[0] + b[1], '业务专用章', r=42, oval=True)
    doc['fields'] = nf()


BUILDERS = dict(k_prose=k_prose, k_german=k_german, k_coop=k_coop, k_english=k_english,
                a_report=a_report, a_fixed_asset=a_fixed_asset, a_milestone=a_milestone, a_vote=a_vote,
                p_bank=p_bank, p_approval_flow=p_approval_flow, p_settled=p_settled,
                q_award=q_award, q_board=q_board, q_bargain=q_bargain, q_countersign=q_countersign,
                s_draft=s_draft, o_copyright=o_copyright, o_thanks=o_thanks, o_attendance=o_attendance,
                o_bankref=o_bankref)
DOCTYPE = {'k': 'contract', 'a': 'acceptance_report', 'p': 'payment_proof', 'q': 'procurement_proof',
           's': 'standard_draft', 'o': 'other'}
GENRE = dict(k_prose='项目合同（甲方/乙方 正文式，两页）', k_german='中德双语 设备供货及系统集成合同（Käufer/Verkäufer）',
             k_coop='技术合作开发协议（出资方/研发方）', k_english='English-only EQUIPMENT SUPPLY AND INTEGRATION AGREEMENT',
             a_report='项目验收报告（正文+验收组签字表）', a_fixed_asset='在建工程转固定资产审批单（客户内部）',
             a_milestone='项目里程碑签核单 MILESTONE SIGN-OFF（终验）', a_vote='验收专家表决票汇总表',
             p_bank='银行电子回单/客户回单（虚构银行，两种版式）', p_approval_flow='企业网银 交易详情+经办/复核/授权审批流水',
             p_settled='合同款项结清确认书（双方盖章，分期明细）', q_award='中标通知书（客户自行招标，红头）',
             q_board='董事会决议（采购结果议案）', q_bargain='商务议价纪要（首轮报价/最终成交价）',
             q_countersign='合同会签审批单（客户内部，采购方式栏）', s_draft='标准草案 封面+前言（Q/企业标准、NB/T、YB/T）',
             o_copyright='计算机软件著作权登记证书', o_thanks='客户感谢信', o_attendance='驻场人员考勤表',
             o_bankref='银行资信证明书')


# ------------------------------------------------------------------ submission plans
def plan(ctx):
    rng = ctx.rng
    custs = cust_objs(ctx)
    ctx.custs = custs
    ctx.legal = person(rng)
    kind = ctx.kind
    K = []
    projs = PROJ[:]
    rng.shuffle(projs)
    en = {'智能产线数字化改造': 'Smart Production Line Digital Retrofit', '设备联网与数据采集平台': 'Equipment Connectivity and Data Acquisition Platform',
          'MES 制造执行系统实施': 'Manufacturing Execution System (MES)', '智能仓储物流系统集成': 'Intelligent Warehouse Logistics System',
          '能源管理系统建设': 'Energy Management System', '机器视觉质检系统': 'Machine Vision Inspection System',
          '数字化车间集成': 'Digital Workshop Integration', '工业互联网平台应用': 'Industrial Internet Platform',
          '柔性装配线智能化升级': 'Flexible Assembly Line Upgrade', '设备预测性维护系统': 'Predictive Maintenance System',
          '质量追溯系统': 'Quality Traceability System'}
    if kind == 'clean':
        amts = [7860000, 5432100, 9120000, 3365000, 6210500, 2980000, 8755000, 4488800, 5030000]
        cidx = list(range(9))
    elif kind == 'gaps':
        amts = [4100000, 3560000, 2870000, 6900000, 2150000, 3333000, 4420000, 2600000, 3980000, 5120000]
        cidx = list(range(10))
    else:
        # tricky: 10 contracts, customer 0 has two; verified sum must be exactly 25,000,000.00
        amts = [2400000, 2000000, 3150000, 2760000, 1985000, 3420000, 2615500, 3664500, 2130000, 1870000, 5185000]
        cidx = [0, 1, 2, 3, 4, 5, 6, 7, 0, 3, 5]
    nos_fmt = [lambda i, d: f"HT-{d.year}-{i+1:03d}", lambda i, d: f"JZ(SC){d.year}第{30+i}号",
               lambda i, d: f"{d.strftime('%Y%m%d')}-ZN{i+1:02d}", lambda i, d: f"TJ-IM-{d.year%100}{i+3:02d}"]
    for i, a in enumerate(amts):
        c = custs[cidx[i]]
        sign = date(2022, 9, 1) + timedelta(days=rng.randint(0, 330) + i * 7)
        if sign > date(2023, 7, 20):
            sign = date(2023, 7, 20) - timedelta(days=i)
        deliver = sign + timedelta(days=rng.randint(60, 110))
        acc = deliver + timedelta(days=rng.randint(30, 60))
        if acc < date(2023, 2, 1):
            acc = date(2023, 2, 1) + timedelta(days=i * 9)
        if acc > date(2023, 12, 20):
            acc = date(2023, 12, 20) - timedelta(days=i)
        no = nos_fmt[cidx[i] % 4](i, sign)
        proc = sign - timedelta(days=rng.randint(8, 25))
        K.append(dict(i=i, no=no, cust=c, amount=float(a), sign=sign, deliver=deliver, acc=acc, proc=proc,
                      project=projs[i % len(projs)], project_en=en[projs[i % len(projs)]], planted=[],
                      decl_acc=acc))
    ctx.contracts = K
    return K


def payments_for(ctx, K, n):
    a = K['amount']
    if n == 1:
        parts = [(a, '全款')]
    elif n == 2:
        p1 = round(a * 0.3, 2); parts = [(p1, '预付款'), (round(a - p1, 2), '验收款')]
    else:
        p1 = round(a * 0.3, 2); p2 = round(a * 0.4, 2); parts = [(p1, '预付款'), (p2, '到货款'), (round(a - p1 - p2, 2), '验收款')]
    out = []
    dates = [K['sign'] + timedelta(days=12), K['deliver'] + timedelta(days=10), K['acc'] + timedelta(days=15)]
    if n == 2:
        dates = [dates[0], dates[2]]
    if n == 1:
        dates = [dates[2]]
    for (amt, nat), d in zip(parts, dates):
        if d.weekday() >= 5:
            d += timedelta(days=7 - d.weekday())
        out.append(dict(amount=amt, nature=nat, date=d))
    return out


def memo_for(ctx, K, nat, j):
    styles = [f"{K['no']}{nat}", f"支付{K['project'][:6]}项目{nat}", f"货款", f"合同{K['no']}第{j+1}期",
              f"{nat} 合同号{K['no']}"]
    return styles[(K['i'] + j) % len(styles)]


def make_docs(ctx):
    rng = ctx.rng
    K = ctx.contracts
    kind = ctx.kind
    docs = []
    kgen = ['k_prose', 'k_german', 'k_coop', 'k_english', 'k_prose']
    agen = ['a_report', 'a_fixed_asset', 'a_milestone', 'a_vote']
    qgen = ['q_award', 'q_board', 'q_bargain', 'q_countersign']

    def add(builder, k=None, **kw):
        d = dict(builder=builder, K=k, note=kw.pop('note', ''), **kw)
        docs.append(d)
        return d

    for k in K:
        i = k['i']
        pl = k['planted']
        # contract
        add(kgen[i % len(kgen)], k, note='合同')
        # procurement
        if 'no_procurement' not in pl:
            add(qgen[(i + 1) % 4], k, note='采购证明')
            if i % 2 == 0 and qgen[(i + 1) % 4] != 'q_countersign':
                add('q_countersign', k, note='第二份采购证明（客户内部会签单）')
        # acceptance
        ag = agen[(i + 2) % 4]
        if k.get('acc_force'):
            ag = k['acc_force']
        ad = add(ag, k, note='验收证明')
        if 'dup_acceptance' in pl:
            add(ag, k, note='重复上传的验收证明（字节相同）', dup_of=ad)
        # payments
        if 'no_payment' in pl:
            continue
        n = [1, 2, 3][(i * 2 + 1) % 3]
        if k.get('settled'):
            pays = payments_for(ctx, k, 3)
            add('p_settled', k, note='款项结清确认书（唯一付款证明）', insts=[(p['date'], p['amount'], p['nature']) for p in pays])
            continue
        pays = payments_for(ctx, k, n)
        for j, p in enumerate(pays):
            pay = dict(amount=p['amount'], date=p['date'], memo=memo_for(ctx, k, p['nature'], j), var=(i + j) % 2)
            if k.get('payer_override') and j == len(pays) - 1:
                pay['payer'] = k['payer_override']
            if k.get('payee_override'):
                pay['payee'] = k['payee_override']
            if j == 0 and i % 3 == 0:
                pay['fee'] = '15.00'
            b = 'p_approval_flow' if (i + j) % 4 == 3 else 'p_bank'
            add(b, k, note=f"付款第{j+1}笔/{len(pays)}", pay=pay)
    return docs


def customize(ctx):
    """plant cases per submission kind; returns standards list, extra docs"""
    K = ctx.contracts; kind = ctx.kind; rng = ctx.rng
    app = ctx.app
    if kind == 'clean':
        K[2]['settled'] = True; K[6]['settled'] = True
        K[4]['spaced'] = True
        stds = [('智能产线设备数据采集接口规范', 'Q', 'Q/LTZL 012—2023', 'Specification for data acquisition interface of smart production line equipment', '智能产线设备数据采集接口', True),
                ('离散制造车间制造执行系统实施服务规范', 'Q', 'Q/LTZL 015—2023', 'Implementation service specification of MES for discrete manufacturing workshop', '制造执行系统实施服务流程', True),
                ('工业设备预测性维护系统集成技术要求', 'NB', 'NB/T XXXXX—202X', 'Technical requirements for integration of predictive maintenance systems of industrial equipment', '预测性维护系统集成', True),
                ('冶金企业能源管控系统互联互通技术规范', 'YB', 'YB/T XXXX—202X', 'Technical specification for interconnection of energy management and control systems in metallurgical enterprises', '能源管控系统互联互通', True)]
    elif kind == 'gaps':
        K[0]['planted'].append('no_payment')
        K[1]['acc_amount'] = round(K[1]['amount'] * 1.03, 2); K[1]['acc_force'] = 'a_report'; K[1]['planted'].append('acc_amount_off_3pct')
        K[2]['acc'] = date(2024, 2, 26); K[2]['planted'].append('acceptance_2024')
        K[3]['payee_override'] = dict(name='天津衡澈信息技术有限公司', acct=acct(rng, 19), bank=BANKS[3]); K[3]['planted'].append('payee_affiliate')
        K[4]['planted'].append('dup_acceptance')
        K[5]['planted'].append('invalid_uscc')
        K[5]['cust']['uscc'] = break_uscc(K[5]['cust']['uscc'])
        K[6]['planted'].append('sme_declared_yes_but_large')  # 开元化纤: 1500 staff, 61000 revenue, declared 是
        K[7]['planted'].append('no_procurement')
        K[8]['acc_force'] = 'a_report'; K[8]['acc_passed'] = False; K[8]['planted'].append('acceptance_failed')
        K[9]['settled'] = True
        stds = [('智能工厂设备互联互通通用要求', 'Q', 'Q/HCGY 003—2023', 'General requirements for equipment interconnection in smart factories', '设备互联互通', True),
                ('工业互联网平台接入服务流程规范', 'NB', 'NB/T XXXXX—202X', 'Service process specification for industrial internet platform access', '平台接入服务流程', True),
                ('钢管制造企业生产数据集成规范', 'YB', 'YB/T XXXX—202X', 'Specification for production data integration of steel pipe manufacturers', '生产数据集成', False),
                ('数字化车间系统集成验收规范', 'Q', 'Q/HCGY 007—2023', 'Acceptance specification for digital workshop system integration', '数字化车间系统集成验收', False)]
    else:
        K[0]['reversed'] = True; K[0]['planted'].append('reversed_roles_甲方供方')
        K[1]['acc_force'] = 'a_report'; K[1]['acc_amount'] = 2010000.0; K[1]['planted'].append('acc_amount_exactly_0.5pct_no_gap')
        K[9]['spaced'] = True
        K[3]['payer_override'] = dict(name=K[3]['cust']['name'].replace('有限公司', '有限公司天津分公司') if False else '天津晟煊光伏材料有限公司静海分公司',
                                      acct=acct(rng, 20), bank=BANKS[3]); K[3]['planted'].append('last_payment_by_branch_office')
        K[4]['acc'] = date(2023, 12, 31); K[4]['acc_force'] = 'a_report'; K[4]['planted'].append('acceptance_on_last_day_2023-12-31')
        K[5]['acc'] = date(2024, 1, 5); K[5]['acc_force'] = 'a_report'; K[5]['decl_acc'] = date(2023, 12, 29); K[5]['planted'].append('acceptance_2024-01-05_declared_2023')
        K[6]['settled'] = True
        K[7]['acc_force'] = 'a_fixed_asset'; K[7]['fa_show_contract'] = False; K[7]['planted'].append('asset_value_not_contract_amount')
        K[8]['planted'].append('second_contract_same_customer')
        K[9]['acc_force'] = 'a_milestone'
        stds = [('智能仓储设备通信接口技术规范', 'Q', 'Q/YTSZ 021—2023', 'Technical specification for communication interface of intelligent warehousing equipment', '智能仓储设备通信接口', True),
                ('锻造生产线数字化集成技术要求', 'YB', 'YB/T XXXX—202X', 'Technical requirements for digital integration of forging lines', '锻造生产线数字化集成', True),
                ('光伏材料工厂能源数据采集规范', 'NB', 'NB/T XXXXX—202X', 'Specification for energy data acquisition of photovoltaic material plants', '能源数据采集', True),
                ('智能制造解决方案交付服务流程', 'Q', 'Q/YTSZ 024—2023', 'Delivery service process of intelligent manufacturing solutions', '解决方案交付服务流程', False)]
    return [dict(seq=i + 1, name=n, form=f, code=c, en=e, scope=sc, uploaded=u, pub=date(2023, 6 + i, 10))
            for i, (n, f, c, e, sc, u) in enumerate(stds)]


# ------------------------------------------------------------------ truth
def decide(ctx, stds, docs):
    K = ctx.contracts; app = ctx.app
    gaps = []
    P0, P1 = date(2023, 1, 1), date(2023, 12, 31)
    ver = []
    for k in K:
        c = k['cust']; g = []
        kd = [d for d in docs if d.get('K') is k]
        types = {d['doc_type'] for d in kd}
        if 'acceptance_report' not in types:
            g.append('missing_acceptance_report')
        if 'payment_proof' not in types:
            g.append('missing_payment_proof')
        if 'procurement_proof' not in types:
            g.append('missing_procurement_proof')
        # amounts
        mism = False
        for d in kd:
            if d['doc_type'] in ('contract', 'procurement_proof', 'acceptance_report') and d['fields']['amount_yuan']:
                if abs(float(d['fields']['amount_yuan']) - k['amount']) > 0.005 * k['amount'] + 1e-6:
                    mism = True
        pays = [d for d in kd if d['doc_type'] == 'payment_proof' and 'dup_of' not in d]
        if pays and abs(sum(float(d['fields']['amount_yuan']) for d in pays) - k['amount']) > 0.005 * k['amount'] + 1e-6:
            mism = True
        if mism:
            g.append('amount_mismatch')
        accs = [d for d in kd if d['doc_type'] == 'acceptance_report']
        accd = [date.fromisoformat(d['fields']['date']) for d in accs] if accs else [k['decl_acc']]
        if any(not (P0 <= x <= P1) for x in accd):
            g.append('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in accs):
            g.append('acceptance_not_passed')
        pm = False
        for d in kd:
            f = d['fields']
            if d['doc_type'] == 'payment_proof' and (f['payer'] != c['name'] or f['payee'] != app['name']):
                pm = True
            if d['doc_type'] in ('contract', 'acceptance_report') and f['customer'] and f['customer'] != c['name']:
                pm = True
        if pm:
            g.append('party_mismatch')
        if any('dup_of' in d for d in kd):
            g.append('duplicate_evidence')
        if not uscc_valid(c['uscc']):
            g.append('invalid_uscc')
        decl_tj = c['tianjin']
        if decl_tj and not (c['address'].startswith('天津市') and c['uscc'][2:4] == '12'):
            g.append('not_tianjin')
        if c['decl_sme'] != true_sme(c):
            g.append('sme_misclassified')
        for kind_ in g:
            gaps.append(dict(kind=kind_, contract_no=k['no'], customer=c['name'],
                             requirement='S-sme' if kind_ == 'sme_misclassified' else 'S-evidence'))
        k['gapkinds'] = g
        if all(x == 'sme_misclassified' for x in g):
            ver.append(k)
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(dict(kind='unreadable_document', contract_no=None, customer=None, requirement='S-evidence', file=d['path']))
    for s in stds:
        if not s['uploaded']:
            gaps.append(dict(kind='missing_standard_document', contract_no=None, customer=None, requirement='S-standards', standard=s['name']))
    total = round(sum(k['amount'] for k in ver), 2)
    vc = {k['cust']['name'] for k in ver}
    vs = {k['cust']['name'] for k in ver if true_sme(k['cust'])}
    nstd = sum(1 for s in stds if s['uploaded'])
    req = {}
    app_tj = app['address'].startswith('天津市') and app['uscc'][2:4] == '12'
    if not app_tj:
        gaps.append(dict(kind='applicant_not_tianjin', contract_no=None, customer=None, requirement='E-tianjin'))
    if len(vc) < 8:
        gaps.append(dict(kind='customer_count_below_threshold', contract_no=None, customer=None, requirement='S-customers'))
    if total < 25000000:
        gaps.append(dict(kind='total_below_threshold', contract_no=None, customer=None, requirement='S-total'))
    if len(vs) < 5:
        gaps.append(dict(kind='sme_count_below_threshold', contract_no=None, customer=None, requirement='S-sme'))
    if nstd < 3:
        gaps.append(dict(kind='standards_below_threshold', contract_no=None, customer=None, requirement='S-standards'))
    kinds = {g['kind'] for g in gaps}
    req['E-tianjin'] = 'not_met' if 'applicant_not_tianjin' in kinds else 'met'
    req['S-customers'] = 'not_met' if 'customer_count_below_threshold' in kinds else 'met'
    req['S-total'] = 'not_met' if 'total_below_threshold' in kinds else 'met'
    req['S-evidence'] = 'not_met' if any(g['requirement'] == 'S-evidence' for g in gaps) else 'met'
    req['S-standards'] = 'not_met' if 'standards_below_threshold' in kinds else 'met'
    req['S-sme'] = 'not_met' if 'sme_count_below_threshold' in kinds else 'met'
    if total > 1e8:
        tier = 1000
    elif total >= 7.5e7:
        tier = 750
    elif total >= 5e7:
        tier = 500
    elif total >= 2.5e7:
        tier = 250
    else:
        tier = 0
    if any(req[r] == 'not_met' for r in ('E-tianjin', 'S-customers', 'S-total', 'S-sme', 'S-standards')):
        tier = 0
    return dict(gaps=gaps, requirements=req, tier=tier, total=total, ver=ver, vc=vc, vs=vs, nstd=nstd)


# ------------------------------------------------------------------ rendering
def render_pdf(builder, ctx, K, doc):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(''); c.setAuthor(''); c.setCreator('')
    pg = Pg(c)
    BUILDERS[builder](pg, ctx, K, doc)
    c.showPage()
    c.save()
    data = buf.getvalue()
    # drop trailing blank page produced by showPage after builder's own showPage? builders never end with showPage
    return data


def write_workbook(ctx, stds, path):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = '申报单位'
    ws.merge_cells('A1:B1'); ws['A1'] = '申报单位基本信息'; ws['A1'].font = Font(bold=True)
    ws.append(['项目', '内容'])
    app = ctx.app
    for r in [('单位名称', app['name']), ('统一社会信用代码', app['uscc']), ('注册地址', app['address']),
              ('申报方向', app['direction']), ('服务行业', app['industry'])]:
        ws.append(list(r))
    ws.column_dimensions['A'].width = 18; ws.column_dimensions['B'].width = 60
    ws2 = wb.create_sheet('服务用户清单')
    hdr = ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额（万元）', '签订日期', '验收日期',
           '是否中小企业', '从业人员', '营业收入（万元）', '是否天津企业']
    if ctx.kind == 'gaps':
        hdr[5] = '合同金额(万元)'
    elif ctx.kind == 'tricky':
        hdr[10] = '营业收入(万元)'
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2['A1'] = f"{app['name']} 服务用户清单（支持周期 2023年1月1日—2023年12月31日）"
    ws2.append(hdr)
    for j, k in enumerate(ctx.contracts):
        c = k['cust']
        amt_w = round(k['amount'] / 10000, 4)
        amt_cell = f"{amt_w:.2f}" if (j == 3) else amt_w
        sd = k['sign']; ad = k['decl_acc']
        if j % 3 == 1:
            sd_cell, ad_cell = zd(sd), zd(ad)
        else:
            sd_cell, ad_cell = datetime(sd.year, sd.month, sd.day), datetime(ad.year, ad.month, ad.day)
        rev = c['revenue']
        rev_cell = f"{rev:,}" if rev == max(x['revenue'] for x in ctx.custs) else rev
        ws2.append([j + 1, c['name'], c['uscc'], k['no'], f"{k['project']}项目合同", amt_cell, sd_cell, ad_cell,
                    '是' if c['decl_sme'] else '否', c['staff'], rev_cell, '是' if c['tianjin'] else '否'])
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if isinstance(cell.value, datetime):
                cell.number_format = 'yyyy-mm-dd'
    for col, wdt in zip('ABCDEFGHIJKL', [6, 36, 22, 20, 30, 14, 14, 14, 10, 10, 14, 10]):
        ws2.column_dimensions[col].width = wdt
    ws3 = wb.create_sheet('标准草案')
    ws3.merge_cells('A1:D1'); ws3['A1'] = '标准草案清单'
    ws3.append(['序号', '标准名称', '标准类别', '阶段'])
    for s in stds:
        cat = {'Q': '企业标准', 'NB': '行业标准', 'YB': '行业标准'}[s['form']]
        ws3.append([s['seq'], s['name'], cat, '草案' if s['form'] == 'Q' else '征求意见稿'])
    wb.properties.creator = 'author18'
    wb.properties.created = datetime(2024, 3, 1, 9, 0, 0)
    wb.properties.modified = datetime(2024, 3, 1, 9, 0, 0)
    wb.save(path)


def build_submission(kind, seed, out):
    ctx = build_world(kind, seed)
    plan(ctx)
    stds = customize(ctx)
    rng = ctx.rng
    docs = make_docs(ctx)
    # other docs (new genres)
    k0 = ctx.contracts[0]
    extras = [('o_copyright', dict(sw=f"{ctx.app['name'][3:7]}设备数据采集与边缘计算软件V2.0")),
              ('o_thanks', dict(cust=ctx.contracts[1]['cust'], project=ctx.contracts[1]['project'], date=ctx.contracts[1]['acc'] + timedelta(days=20))),
              ('o_attendance', dict(cust=ctx.contracts[2]['cust'], project=ctx.contracts[2]['project'], date=ctx.contracts[2]['deliver'])),
              ('o_bankref', dict(date=date(2024, 2, 20))),
              ('o_thanks', dict(cust=ctx.contracts[4]['cust'], project=ctx.contracts[4]['project'], date=ctx.contracts[4]['acc'] + timedelta(days=33))),
              ('o_attendance', dict(cust=ctx.contracts[6]['cust'], project=ctx.contracts[6]['project'], date=ctx.contracts[6]['deliver'])),
              ('o_attendance', dict(cust=ctx.contracts[7]['cust'], project=ctx.contracts[7]['project'], date=ctx.contracts[7]['deliver'] - timedelta(days=31)))]
    for b, X in extras:
        docs.append(dict(builder=b, K=None, X=X, note='其他材料（非四类证明）'))
    for s in stds:
        if s['uploaded']:
            docs.append(dict(builder='s_draft', K=None, X=s, note='标准草案'))
    if kind == 'gaps':
        docs.append(dict(builder='corrupt', K=None, note='截断的PDF（无法打开）'))
    # rendering plan: ~40% scans/photos
    n = len(docs)
    order = list(range(n)); rng.shuffle(order)
    n_img = int(round(n * 0.42))
    img_set = set(order[:n_img])
    sub = os.path.join(out, kind, 'submission')
    os.makedirs(sub, exist_ok=True)
    folders = ['合同', '验收', '付款', '采购', '标准', '其他']
    cnt = {}
    for idx, d in enumerate(docs):
        b = d['builder']
        d['doc_type'] = 'other' if b == 'corrupt' else DOCTYPE[b[0]]
        kk = d.get('K') if d.get('K') is not None else d.get('X')
        if b == 'corrupt':
            d['rendering'] = 'corrupt'
        elif 'dup_of' in d:
            d['rendering'] = d['dup_of']['rendering']
        elif idx in img_set:
            d['rendering'] = 'photo' if rng.random() < 0.35 else 'scan'
        else:
            d['rendering'] = 'text'
        if b == 'p_approval_flow' and d['rendering'] == 'text' and rng.random() < 0.5:
            d['rendering'] = 'screenshot'
    # render
    for idx, d in enumerate(docs):
        b = d['builder']
        folder = {'contract': '合同', 'acceptance_report': '验收', 'payment_proof': '付款', 'procurement_proof': '采购',
                  'standard_draft': '标准', 'other': '其他'}[d['doc_type']]
        if rng.random() < 0.3:
            folder = 'misc'
        if b == 'corrupt':
            tmp = render_pdf('o_bankref', ctx, dict(date=date(2024, 1, 3)), dict())
            data = tmp[:int(len(tmp) * 0.35)]
            d['fields'] = nf(); ext = '.pdf'
        elif 'dup_of' in d:
            src = d['dup_of']
            data = src['_bytes']; ext = src['_ext']; d['fields'] = dict(src['fields'])
        else:
            K = d.get('K') if d.get('K') is not None else d.get('X')
            pdfb = render_pdf(b, ctx, K, d)
            r = d['rendering']
            rs = np.random.RandomState((seed * 1000 + idx * 7 + len(kind)) % (2 ** 31))
            if r == 'text':
                data, ext = pdfb, '.pdf'
            elif r == 'screenshot':
                im = pdf_to_images(pdfb, 1.25)[0]
                im = im.crop((0, 0, im.width, int(im.height * 0.66)))
                bio = io.BytesIO(); im.save(bio, 'PNG', optimize=False); data, ext = bio.getvalue(), '.png'
                d['rendering'] = 'scan'
            else:
                ims = pdf_to_images(pdfb, 1.5 if r == 'scan' else 1.7)
                jp = [degrade(im, rs, r) for im in ims]
                if r == 'photo' or (len(jp) == 1 and rs.rand() < 0.35):
                    if len(jp) == 1:
                        data, ext = jp[0], '.jpg'
                    else:
                        data, ext = images_to_pdf(jp), '.pdf'
                else:
                    data, ext = images_to_pdf(jp), '.pdf'
        d['_bytes'] = data; d['_ext'] = ext
        cnt[folder] = cnt.get(folder, 0) + 1
        name = f"{folder}/{['IMG_', 'scan', 'doc', '附件'][idx % 4]}{1000 + idx * 13 % 997:04d}{ext}"
        if folder == 'misc':
            name = f"misc/{hashlib.md5((kind + str(idx)).encode()).hexdigest()[:10]}{ext}"
        d['path'] = name
        p = os.path.join(sub, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as fh:
            fh.write(data)
    truth = decide(ctx, stds, docs)
    write_workbook(ctx, stds, os.path.join(sub, '申报信息.xlsx'))
    gt = dict(
        phase='支持', cycle=dict(start='2023-01-01', end='2023-12-31'),
        applicant=dict(name=ctx.app['name'], uscc=ctx.app['uscc'], address=ctx.app['address']),
        award_tier_wan=truth['tier'], accepted_total_yuan=s2(truth['total']),
        requirements=truth['requirements'], gaps=truth['gaps'],
        verified_contracts=len(truth['ver']), verified_contract_nos=[k['no'] for k in truth['ver']],
        verified_customer_count=len(truth['vc']), verified_sme_customer_count=len(truth['vs']),
        standards_with_document=truth['nstd'],
        contracts=[dict(seq=k['i'] + 1, contract_no=k['no'], customer=k['cust']['name'], customer_uscc=k['cust']['uscc'],
                        amount_yuan=s2(k['amount']), planted=k['planted']) for k in ctx.contracts],
        standards=[dict(seq=s['seq'], name=s['name'], uploaded=s['uploaded'],
                        path=next((d['path'] for d in docs if d['builder'] == 's_draft' and d.get('X') is s), None)) for s in stds],
        documents=[dict(path=d['path'], doc_type=d['doc_type'], rendering=d['rendering'],
                        contract_no=(d['K']['no'] if d.get('K') is not None else None),
                        sha256=hashlib.sha256(d['_bytes']).hexdigest(),
                        note=d['note'] + ' | ' + GENRE.get(d['builder'], '截断文件'), genre=d['builder'],
                        fields=d['fields']) for d in docs],
    )
    with open(os.path.join(out, kind, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(gt, fh, ensure_ascii=False, indent=1)
    return gt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='data')
    ap.add_argument('--seed', type=int, default=18)
    a = ap.parse_args()
    for kind in ('clean', 'gaps', 'tricky'):
        d = os.path.join(a.out, kind)
        if os.path.isdir(d):
            shutil.rmtree(d)
        random.seed(a.seed)
        gt = build_submission(kind, a.seed, a.out)
        nimg = sum(1 for x in gt['documents'] if x['rendering'] in ('scan', 'photo'))
        print(kind, len(gt['documents']), 'docs', nimg, 'images', 'tier', gt['award_tier_wan'],
              'total', gt['accepted_total_yuan'], 'gaps', len(gt['gaps']))


if __name__ == '__main__':
    main()
