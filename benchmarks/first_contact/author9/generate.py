#!/usr/bin/env python3
"""author9 -- independent first-contact set, assessment cycle (考核周期 2024).

Written without ever seeing the product.  Usage: python generate.py --out data --seed 9
Every name, code, account and amount is invented.
"""
import argparse, os, io, json, math, random, hashlib, shutil
import datetime as dt
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl
from openpyxl.styles import Alignment, Font

# ------------------------------------------------------------------ fonts
WQY_ZEN = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
WQY_MIC = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
NOTO_SERIF_B = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc'
pdfmetrics.registerFont(TTFont('zen', WQY_ZEN, subfontIndex=0))
pdfmetrics.registerFont(TTFont('mic', WQY_MIC, subfontIndex=0))
RL_FONT = {'sans': 'zen', 'serif': 'zen', 'bold': 'zen', 'hand': 'mic', 'mono': 'mic'}
PIL_FONT = {'sans': (NOTO_SANS, 2), 'serif': (NOTO_SERIF, 2), 'bold': (NOTO_SERIF_B, 2),
            'hand': (WQY_MIC, 0), 'mono': (WQY_ZEN, 0)}
_fcache = {}


def pil_font(kind, px):
    key = (kind, px)
    if key not in _fcache:
        p, i = PIL_FONT[kind]
        _fcache[key] = ImageFont.truetype(p, px, index=i)
    return _fcache[key]

# ------------------------------------------------------------------ helpers
def tw(s, size):
    return sum(size if ord(c) > 0x2e80 else size * 0.55 for c in s)


def wrap(s, width, size):
    lines, cur, w = [], '', 0
    for c in s:
        cw = size if ord(c) > 0x2e80 else size * 0.55
        if c == '\n':
            lines.append(cur); cur, w = '', 0; continue
        if w + cw > width and cur:
            lines.append(cur); cur, w = '', 0
        cur += c; w += cw
    if cur:
        lines.append(cur)
    return lines


def sp(s):
    return ' '.join(s)


CH31 = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W17 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc_valid(code):
    if len(code) != 18 or any(c not in CH31 for c in code):
        return False
    t = sum(CH31.index(c) * w for c, w in zip(code[:17], W17))
    return CH31[(31 - t % 31) % 31] == code[17]


def make_uscc(rng, region, kind='91'):
    if rng.random() < 0.5:
        body = 'MA0' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(5))
    else:
        body = ''.join(rng.choice('0123456789') for _ in range(8))
    s17 = kind + region + body + org_check(body)
    t = sum(CH31.index(c) * w for c, w in zip(s17, W17))
    return s17 + CH31[(31 - t % 31) % 31]


def cn_int(n):
    D = '零壹贰叁肆伍陆柒捌玖'; U = ['', '拾', '佰', '仟']; B = ['', '万', '亿']
    if n == 0:
        return '零'
    groups = []
    while n:
        groups.append(n % 10000); n //= 10000
    res, need_zero = '', False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            need_zero = True; continue
        if res and (need_zero or g < 1000):
            res += '零'
        need_zero = False
        gs, z = '', False
        for p in range(3, -1, -1):
            d = g // 10 ** p % 10
            if d == 0:
                if gs:
                    z = True
            else:
                if z:
                    gs += '零'; z = False
                gs += D[d] + U[p]
        res += gs + B[gi]
    return res


def dx(fen):
    D = '零壹贰叁肆伍陆柒捌玖'
    y, f = divmod(fen, 100)
    j, f = divmod(f, 10)
    s = cn_int(y) + '元'
    if j == 0 and f == 0:
        return '人民币' + s + '整'
    if j:
        s += D[j] + '角'
    if f:
        s += ('零' if j == 0 else '') + D[f] + '分'
    return '人民币' + s


def money(fen):
    return '{:,}.{:02d}'.format(fen // 100, fen % 100)


def yuan(fen):
    return '%d.%02d' % (fen // 100, fen % 100)


def wan(fen):
    v = fen / 1000000.0
    return ('%.4f' % v).rstrip('0').rstrip('.')


CN_D = '〇一二三四五六七八九'


def d_cn(d):
    y = ''.join(CN_D[int(c)] for c in str(d.year))
    def n(x):
        if x < 10: return CN_D[x]
        if x == 10: return '十'
        if x < 20: return '十' + CN_D[x - 10]
        return CN_D[x // 10] + '十' + (CN_D[x % 10] if x % 10 else '')
    return '%s年%s月%s日' % (y, n(d.month), n(d.day))


def d_zh(d):
    return '%d年%d月%d日' % (d.year, d.month, d.day)


def d_dot(d):
    return '%d.%02d.%02d' % (d.year, d.month, d.day)


def d_iso(d):
    return d.isoformat()


# ------------------------------------------------------------------ page model
class Page:
    def __init__(self, w=595, h=842, bg=(255, 255, 255)):
        self.w, self.h, self.ops, self.bg = w, h, [], bg

    def t(self, x, y, s, size=10.5, font='sans', color=(0, 0, 0), align='l'):
        if align == 'c':
            x = x - tw(s, size) / 2
        elif align == 'r':
            x = x - tw(s, size)
        self.ops.append(('t', x, y, s, size, font, color))

    def line(self, x1, y1, x2, y2, w=0.7, color=(0, 0, 0)):
        self.ops.append(('l', x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.7):
        self.ops.append(('r', x, y, w, h, fill, stroke, lw))

    def para(self, x, y, width, s, size=10.5, lead=1.6, font='sans', indent=True, color=(0, 0, 0)):
        for ptxt in s.split('\n'):
            if indent:
                ptxt = '\u3000\u3000' + ptxt
            for ln in wrap(ptxt, width, size):
                self.t(x, y, ln, size, font, color)
                y += size * lead
        return y

    def table(self, x, y, cols, rows, size=9.5, rowh=22, font='sans', header_fill=None, bold_first=False):
        tot = sum(cols)
        for ri, row in enumerate(rows):
            lines_per = [wrap(str(c), cols[i] - 6, size) if c is not None else [] for i, c in enumerate(row)]
            nl = max([1] + [len(l) for l in lines_per])
            h = max(rowh, nl * size * 1.35 + 8)
            if ri == 0 and header_fill:
                self.rect(x, y, tot, h, fill=header_fill, stroke=None)
            cx = x
            for ci, cw in enumerate(cols):
                self.rect(cx, y, cw, h)
                ly = y + (h - len(lines_per[ci]) * size * 1.35) / 2 + size
                for ln in lines_per[ci]:
                    self.t(cx + 3, ly, ln, size, 'bold' if (bold_first and ci == 0) else font)
                    ly += size * 1.35
                cx += cw
            y += h
        return y

    def seal(self, cx, cy, text, sub='', r=40, color=(215, 30, 35), star=True):
        self.ops.append(('seal', cx, cy, r, text, sub, color, star))

    def title(self, y, s, size=18, font='bold'):
        self.t(self.w / 2, y, s, size, font, align='c')
        return y + size * 1.9


def seal_chars(text, r, size):
    n = len(text)
    span = min(250.0, n * size * 1.15 / r * 180 / math.pi)
    res = []
    for i, c in enumerate(text):
        a = -span / 2 + (span * (i + 0.5) / n)
        res.append((c, a))
    return res


# --- PDF renderer (text layer)
def render_pdf(pages, path):
    c = rlcanvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    for pg in pages:
        c.setPageSize((pg.w, pg.h))
        H = pg.h
        if pg.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in pg.bg]); c.rect(0, 0, pg.w, pg.h, stroke=0, fill=1)
        for op in pg.ops:
            k = op[0]
            if k == 't':
                _, x, y, s, size, font, col = op
                c.setFillColorRGB(*[v / 255 for v in col]); c.setFont(RL_FONT[font], size)
                c.drawString(x, H - y, s)
            elif k == 'l':
                _, x1, y1, x2, y2, w, col = op
                c.setStrokeColorRGB(*[v / 255 for v in col]); c.setLineWidth(w); c.line(x1, H - y1, x2, H - y2)
            elif k == 'r':
                _, x, y, w, h, fill, stroke, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke]); c.setLineWidth(lw)
                c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif k == 'seal':
                _, cx, cy, r, text, sub, col, star = op
                c.saveState()
                c.setFillAlpha(0.85); c.setStrokeAlpha(0.85)
                c.setStrokeColorRGB(*[v / 255 for v in col]); c.setFillColorRGB(*[v / 255 for v in col])
                c.setLineWidth(2.2); c.circle(cx, H - cy, r)
                fs = r * 0.27
                for ch, a in seal_chars(text, r - fs * 1.2, fs):
                    c.saveState(); c.translate(cx, H - cy); c.rotate(-a)
                    c.setFont('zen', fs); c.drawCentredString(0, r - fs * 1.25, ch); c.restoreState()
                if star:
                    c.setFont('zen', r * 0.45); c.drawCentredString(cx, H - cy - r * 0.15, '★')
                if sub:
                    c.setFont('zen', fs * 0.9); c.drawCentredString(cx, H - cy - r * 0.55, sub)
                c.restoreState()
        c.showPage()
    c.save()


# --- raster renderer
def render_img(pg, dpi=130):
    s = dpi / 72.0
    W, H = int(pg.w * s), int(pg.h * s)
    img = Image.new('RGB', (W, H), pg.bg)
    d = ImageDraw.Draw(img)
    seals = []
    for op in pg.ops:
        k = op[0]
        if k == 't':
            _, x, y, txt, size, font, col = op
            f = pil_font(font, max(6, int(size * s)))
            d.text((x * s, (y - size * 0.88) * s), txt, font=f, fill=col)
        elif k == 'l':
            _, x1, y1, x2, y2, w, col = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=col, width=max(1, int(w * s)))
        elif k == 'r':
            _, x, y, w, h, fill, stroke, lw = op
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], fill=fill,
                        outline=stroke, width=max(1, int(lw * s)) if stroke else 0)
        elif k == 'seal':
            seals.append(op)
    if seals:
        arr = np.asarray(img).astype(np.float32)
        for op in seals:
            _, cx, cy, r, text, sub, col, star = op
            R = int(r * s); size = 2 * R + 8
            m = Image.new('L', (size, size), 0)
            md = ImageDraw.Draw(m)
            c0 = size / 2
            md.ellipse([c0 - R, c0 - R, c0 + R, c0 + R], outline=255, width=max(2, int(2.2 * s)))
            fs = r * 0.27
            fpx = max(6, int(fs * s))
            f = pil_font('sans', fpx)
            for ch, a in seal_chars(text, r - fs * 1.2, fs):
                ci = Image.new('L', (fpx * 2, fpx * 2), 0)
                ImageDraw.Draw(ci).text((fpx * 0.5, fpx * 0.3), ch, font=f, fill=255)
                ci = ci.rotate(-a, resample=Image.BICUBIC, center=(fpx, fpx))
                rad = math.radians(a)
                rr = (r - fs * 1.25 - fs * 0.2) * s
                px = c0 + rr * math.sin(rad) - fpx; py = c0 - rr * math.cos(rad) - fpx
                m.paste(255, (int(px), int(py)), ci)
            if star:
                fst = pil_font('sans', int(r * 0.45 * s))
                md.text((c0 - r * 0.23 * s, c0 - r * 0.3 * s), '★', font=fst, fill=255)
            if sub:
                fsb = pil_font('sans', max(6, int(fs * 0.9 * s)))
                md.text((c0 - tw(sub, fs * 0.9) * s / 2, c0 + r * 0.35 * s), sub, font=fsb, fill=255)
            ma = np.asarray(m).astype(np.float32) / 255.0 * 0.8
            x0, y0 = int(cx * s - c0), int(cy * s - c0)
            x1, y1 = max(0, x0), max(0, y0)
            x2, y2 = min(W, x0 + size), min(H, y0 + size)
            if x2 <= x1 or y2 <= y1:
                continue
            sub_m = ma[y1 - y0:y2 - y0, x1 - x0:x2 - x0][..., None]
            region = arr[y1:y2, x1:x2]
            ink = np.array(col, np.float32)
            arr[y1:y2, x1:x2] = region * (1 - sub_m) + np.minimum(region, ink) * sub_m
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return img


def degrade_scan(img, rng, gray=False, fax=False):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.8, 1.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(248, 248, 246))
    if fax:
        g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        g = cv2.resize(g, (w // 2, h // 2)); g = cv2.resize(g, (w, h), interpolation=cv2.INTER_NEAREST)
        g = np.where(g + np.random.RandomState(rng.randint(0, 99999)).normal(0, 25, g.shape) > 150, 255, 0).astype(np.float32)
        a = np.stack([g] * 3, -1)
    else:
        k = rng.choice([0, 3, 3, 5])
        if k:
            a = cv2.GaussianBlur(a, (k, k), 0)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
        light = 1.0 - 0.12 * ((xx / w - 0.5) * gx + (yy / h - 0.5) * gy + 0.5)
        a = a * light[..., None]
        a += np.random.RandomState(rng.randint(0, 99999)).normal(0, rng.uniform(4, 10), a.shape)
        if gray:
            g = cv2.cvtColor(a.clip(0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
            a = np.stack([g] * 3, -1)
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    buf = io.BytesIO(); img.save(buf, 'JPEG', quality=rng.randint(38, 72)); buf.seek(0)
    return Image.open(buf).convert('RGB')


def degrade_photo(img, rng):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(w * 0.08)
    W2, H2 = w + 2 * pad, h + 2 * pad
    bgc = rng.choice([(96, 78, 60), (150, 150, 145), (60, 62, 70), (185, 170, 150)])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.035, 0.035) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()],
                      [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(a, M, (W2, H2), borderValue=bgc)
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.2, 0.8) * H2
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W2, H2)
    light = 1.05 - 0.45 * dist
    if rng.random() < 0.5:  # phone shadow
        light *= np.where(xx + yy * 0.3 < rng.uniform(0.1, 0.35) * W2, 0.78, 1.0)
    out = out * light[..., None] * np.array([1.0, 0.98, 0.93], np.float32)
    out = cv2.GaussianBlur(out, (3, 3), 0)
    out += np.random.RandomState(rng.randint(0, 99999)).normal(0, 6, out.shape)
    img = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    buf = io.BytesIO(); img.save(buf, 'JPEG', quality=rng.randint(55, 80)); buf.seek(0)
    return Image.open(buf).convert('RGB')


# ------------------------------------------------------------------ genres
def F(**kw):
    f = {k: None for k in ('contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title')}
    f.update(kw)
    return f


def hdr_lines(pg, y, pairs, size=10.5, x=60, lab_w=90):
    for k, v in pairs:
        pg.t(x, y, k, size); pg.t(x + lab_w, y, v, size); y += size * 1.9
    return y


# ---- contracts -------------------------------------------------------
def g_contract_spaced(A, c, rng):
    """own wording: 技术服务合同, letter-spaced party labels, distractor 违约金/质保金 amounts."""
    cu = c['cust']; amt = c['amount']
    p1, p2 = Page(), Page()
    y = p1.title(80, '智能制造系统集成技术服务合同', 19)
    p1.t(400, y, '合同编号：' + c['no'], 10); y += 28
    y = hdr_lines(p1, y, [(sp('甲方') + '：', cu['name']), ('住所地：', cu['addr']),
                          (sp('乙方') + '：', A['name']), ('住所地：', A['addr'])])
    y += 6
    body = ('甲乙双方本着平等互利的原则，就甲方“%s”事宜，经友好协商达成如下条款，共同遵守。\n'
            '第一条 服务内容：乙方负责系统方案设计、软硬件供货、安装调试、人员培训及一年质保期内的运维。\n'
            '第二条 合同价款：本合同总价款为%s（¥%s），含税。其中质保金为合同总价款的5%%，即¥%s，质保期满后无息支付。\n'
            '第三条 付款方式：合同签订后十个工作日内甲方一次性向乙方支付全部合同款；或经双方书面约定分期支付。\n'
            '第四条 违约责任：任何一方逾期履行的，每逾期一日按¥%s向守约方支付违约金，累计不超过合同总价款的10%%。\n'
            '第五条 验收：系统连续稳定运行满30日后，由甲方组织验收，验收合格后出具书面验收文件。'
            % (c['name'], dx(amt), money(amt), money(amt // 20), money(max(100000, amt // 1000 // 100 * 100))))
    y = p1.para(60, y, 475, body, 10.5)
    p1.t(297, 810, '第 1 页 共 2 页', 8.5, align='c')
    y = 90
    y = p2.para(60, y, 475, '第六条 本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。\n'
                '第七条 争议解决：双方协商不成的，提交甲方所在地人民法院诉讼解决。\n（以下无正文，为签署页）', 10.5)
    y += 40
    p2.t(60, y, sp('甲方') + '（盖章）：' + cu['name'], 10.5); p2.t(60, y + 150, sp('乙方') + '（盖章）：' + A['name'], 10.5)
    p2.t(60, y + 40, '法定代表人或授权代表：', 10.5); p2.t(220, y + 40, cu['rep'], 14, 'hand', (20, 30, 90))
    p2.t(60, y + 190, '法定代表人或授权代表：', 10.5); p2.t(220, y + 190, A['rep'], 14, 'hand', (20, 30, 90))
    p2.t(60, y + 230, '签订日期：' + d_zh(c['sign']), 10.5)
    p2.seal(330, y + 20, cu['name'], '合同专用章'); p2.seal(330, y + 175, A['name'], '合同专用章')
    p2.t(297, 810, '第 2 页 共 2 页', 8.5, align='c')
    return [p1, p2], F(contract_no=c['no'], amount_yuan=yuan(amt), date=d_iso(c['sign']), customer=cu['name']), \
        '甲 方/乙 方字间有空格；正文含质保金、违约金等干扰金额；签订日期在签署页'


def g_contract_three(A, c, rng):
    """NEW: 三方协议 customer / applicant / 监理单位 (丙方 is a distractor party)."""
    cu = c['cust']; amt = c['amount']; sup = c['third']
    pg = Page()
    y = pg.title(70, '%s三方协议' % c['name'], 15)
    pg.t(60, y, '协议编号：' + c['no'], 10); pg.t(330, y, '签署地点：天津市', 10); y += 24
    y = pg.table(60, y, [110, 365], [
        ['甲方（建设单位）', cu['name']], ['统一社会信用代码', cu['uscc']],
        ['乙方（实施单位）', A['name']], ['统一社会信用代码', A['uscc']],
        ['丙方（监理单位）', sup['name']], ['丙方监理服务费', '¥%s（由甲方另行支付，不计入本协议价款）' % money(c['third_fee'])]], 10, 22)
    y += 14
    y = pg.para(60, y, 475,
                '一、甲方委托乙方承担本项目的设计、集成与实施，委托丙方对实施过程进行监理。\n'
                '二、本协议项下乙方实施价款合计%s（小写：￥%s），由甲方按进度向乙方支付。\n'
                '三、丙方对乙方的实施质量、进度进行监督，不承担付款义务，亦不收取本协议价款。\n'
                '四、项目完成后由甲方组织、丙方参加竣工验收，验收合格以甲方出具的验收文件为准。\n'
                '五、本协议一式陆份，三方各执贰份，自三方签章之日起生效。' % (dx(amt), money(amt)), 10.2)
    y += 20
    for i, (lab, who) in enumerate([('甲方', cu), ('乙方', A), ('丙方', sup)]):
        x = 60 + i * 165
        pg.t(x, y, lab + '（盖章）', 10); pg.t(x, y + 22, who['name'][:12], 8.5); pg.t(x, y + 36, who['name'][12:], 8.5)
        pg.seal(x + 60, y + 20, who['name'], '', r=34)
    pg.t(60, y + 100, '签署日期：%s' % d_dot(c['sign']), 10.5)
    return [pg], F(contract_no=c['no'], amount_yuan=yuan(amt), date=d_iso(c['sign']), customer=cu['name']), \
        '三方协议：甲方建设单位、乙方申报单位、丙方监理（干扰方及监理费金额）'


def g_contract_fax(A, c, rng):
    """NEW: 传真回签订货合同 (用户单位/承制单位) with fax header lines."""
    cu = c['cust']; amt = c['amount']
    pg = Page()
    t0 = '%s 14:%02d' % (d_dot(c['sign']).replace('.', '/'), rng.randint(10, 59))
    pg.t(30, 22, 'FROM : %s   FAX NO. : 022-2%07d   %s   P.1/1' % (cu['short'], rng.randint(0, 9999999), t0), 8, 'mono')
    y = pg.title(70, '订 货 合 同', 20)
    pg.t(60, y, '合同号：' + c['no'], 10.5); pg.t(360, y, '传真回签件', 10.5); y += 24
    y = pg.table(60, y, [80, 160, 80, 155], [
        ['用户单位', cu['name'], '承制单位', A['name']],
        ['地址', cu['addr'], '地址', A['addr']],
        ['联系人', cu['rep'], '联系人', A['rep']]], 9.5, 24)
    y += 10
    rows = [['序号', '名称', '数量', '金额（元）']]
    parts = c['items']
    for i, (n, q, f) in enumerate(parts):
        rows.append([str(i + 1), n, str(q), money(f)])
    rows.append(['', '合计（大写）' + dx(amt)[3:], '', money(amt)])
    y = pg.table(60, y, [40, 275, 50, 110], rows, 9.5, 22) + 12
    y = pg.para(60, y, 475, '交货期：合同生效后90日内。验收：用户单位组织验收。结算：验收合格后30日内付清。'
                '本合同经双方签章后传真生效，传真件与原件具有同等效力。', 10)
    y += 20
    pg.t(60, y, '用户单位（章）', 10.5); pg.t(330, y, '承制单位（章）', 10.5)
    pg.seal(140, y + 30, cu['name'], '合同专用章'); pg.seal(410, y + 30, A['name'], '合同专用章')
    pg.t(60, y + 90, '日期：' + d_zh(c['sign']), 10.5); pg.t(330, y + 90, '日期：' + d_zh(c['sign']), 10.5)
    return [pg], F(contract_no=c['no'], amount_yuan=yuan(amt), date=d_iso(c['sign']), customer=cu['name']), \
        '传真回签件：页眉传真时间行；用户单位/承制单位；总价只在合计行'


def g_contract_reversed(A, c, rng):
    """甲方（供方）= applicant, 乙方（需方）= customer -- roles reversed relative to usual order."""
    cu = c['cust']; amt = c['amount']
    pg = Page()
    y = pg.title(75, '工业互联网平台实施合同', 18)
    y = hdr_lines(pg, y, [('合同编号：', c['no']), ('甲方（供方）：', A['name']), ('乙方（需方）：', cu['name']),
                          ('签订时间：', d_zh(c['sign']))], 10.5, 60, 100)
    y += 8
    y = pg.para(60, y, 475,
                '鉴于乙方（需方）拟建设“%s”，甲方（供方）具备相应实施能力，双方协商一致订立本合同。\n'
                '1. 合同金额：乙方应向甲方支付合同价款共计%s（￥%s）。\n'
                '2. 预付款：合同生效后乙方支付合同价款的30%%即￥%s作为预付款，余款于验收合格后支付。\n'
                '3. 交付：甲方应于%s前完成上线。\n'
                '4. 验收：由乙方组织验收并出具验收报告。'
                % (c['name'], dx(amt), money(amt), money(amt * 3 // 10), d_zh(c['sign'] + dt.timedelta(days=120))), 10.5)
    y += 30
    pg.t(60, y, '甲方（供方）盖章：', 10.5); pg.t(320, y, '乙方（需方）盖章：', 10.5)
    pg.seal(150, y + 35, A['name'], '合同专用章'); pg.seal(410, y + 35, cu['name'], '合同专用章')
    return [pg], F(contract_no=c['no'], amount_yuan=yuan(amt), date=d_iso(c['sign']), customer=cu['name']), \
        '甲方（供方）为申报单位、乙方（需方）为客户：角色与甲乙顺序相反；含预付款和交付日期干扰'


# ---- acceptance ------------------------------------------------------
def g_acc_grid(A, c, rng):
    a = c['acc']; cu = c['cust']
    issuer = a.get('issuer', cu['name'])
    pg = Page()
    y = pg.title(80, '项目验收证书', 20)
    res = '验收合格' if a['result'] == 'passed' else '验收不合格，需整改后重新组织验收'
    rows = [['项目名称', c['name']], ['合同编号', c['no']], ['验收单位', issuer], ['实施单位', A['name']],
            ['合同金额', '￥%s元' % money(a['amount'])], ['验收时间', d_zh(a['date'])],
            ['验收结论', res], ['验收组意见', '系统功能、性能指标满足合同及技术协议要求，文档资料齐全。' if a['result'] == 'passed'
                            else '系统数据采集率未达到技术协议约定的98%，部分接口未联通。']]
    y = pg.table(70, y, [110, 345], rows, 10.5, 30) + 40
    pg.t(300, y, '验收单位（盖章）', 11); pg.seal(380, y + 30, issuer, '')
    pg.t(300, y + 80, d_zh(a['date']), 11)
    return [pg], F(contract_no=c['no'], amount_yuan=yuan(a['amount']), date=d_iso(a['date']), customer=issuer,
                   result=a['result']), '常规验收证书表格'


def g_acc_handover(A, c, rng):
    """NEW: 设备移交及验收交接单 (移交方 = applicant, 接收方 = customer)."""
    a = c['acc']; cu = c['cust']; issuer = a.get('issuer', cu['name'])
    pg = Page()
    y = pg.title(70, '设备及系统移交验收交接单', 17)
    pg.t(60, y, '编号：YJ-%s-%02d' % (a['date'].strftime('%Y%m'), rng.randint(1, 40)), 9.5)
    pg.t(330, y, '关联合同：' + c['no'], 9.5); y += 20
    y = pg.table(60, y, [85, 155, 85, 150], [
        ['移交方', A['name'], '接收方', issuer],
        ['移交日期', d_dot(a['date']), '安装地点', cu['addr']]], 9.5, 26) + 8
    rows = [['序号', '设备/系统名称', '数量', '状态检查']]
    for i, (n, q, f) in enumerate(c['items']):
        rows.append([str(i + 1), n, str(q), '完好 ✓'])
    y = pg.table(60, y, [40, 285, 50, 100], rows, 9.5, 22) + 12
    ok = a['result'] == 'passed'
    pg.t(60, y, '接收方验收意见：', 10.5, 'bold'); y += 22
    pg.t(80, y, ('☑ 同意接收，验收通过    ☐ 不同意接收' if ok else '☐ 同意接收，验收通过    ☑ 不同意接收（见整改清单）'), 10.5)
    y += 40
    pg.t(60, y, '移交方代表：', 10); pg.t(140, y, A['rep'], 14, 'hand', (30, 30, 110))
    pg.t(320, y, '接收方代表：', 10); pg.t(400, y, cu['rep'], 14, 'hand', (30, 30, 110))
    pg.seal(440, y + 30, issuer, '设备管理部')
    return [pg], F(contract_no=c['no'], date=d_iso(a['date']), customer=issuer, result=a['result']), \
        '移交验收交接单：移交方为申报单位、接收方为客户，结论为勾选框，无金额'


def g_acc_closure(A, c, rng):
    """NEW: 项目结项报告 with the customer's opinion box (同意结项)."""
    a = c['acc']; cu = c['cust']; issuer = a.get('issuer', cu['name'])
    p1, p2 = Page(), Page()
    y = p1.title(100, '项目结项报告', 22)
    y = hdr_lines(p1, y + 40, [('项目名称：', c['name']), ('项目委托方：', issuer), ('项目承担方：', A['name']),
                               ('合同编号：', c['no']), ('编制日期：', d_zh(a['date'] - dt.timedelta(days=6)))], 12, 90, 100)
    y = 110
    y = p2.para(60, y, 475, '一、项目概况\n本项目自%s启动，完成数据采集、生产执行、质量追溯三个子系统建设，'
                '累计接入设备%d台。\n二、完成情况\n全部合同约定任务已完成，试运行期间系统可用率99.6%%。\n'
                '三、经费情况\n合同金额%s元，已到位经费以委托方实际支付为准。'
                % (d_zh(c['sign']), rng.randint(40, 260), money(a['amount'])), 10.5, indent=False)
    y += 20
    p2.rect(60, y, 475, 150)
    p2.t(70, y + 22, '委托方意见：', 11, 'bold')
    ok = a['result'] == 'passed'
    p2.t(90, y + 55, '经审查，项目已完成合同规定的全部内容，同意结项，验收合格。' if ok else
         '经审查，项目尚有未完成内容，暂不同意结项。', 11, 'hand', (25, 25, 100))
    p2.t(330, y + 110, '（盖章）', 10); p2.t(330, y + 135, d_zh(a['date']), 10)
    p2.seal(420, y + 100, issuer, '')
    return [p1, p2], F(contract_no=c['no'], amount_yuan=yuan(a['amount']), date=d_iso(a['date']), customer=issuer,
                       result=a['result']), '结项报告：封面编制日期为干扰日期，验收日期在第二页委托方意见栏'


def g_acc_email(A, c, rng):
    """NEW: acceptance confirmation e-mail printout."""
    a = c['acc']; cu = c['cust']; issuer = a.get('issuer', cu['name'])
    pg = Page()
    pg.rect(0, 0, 595, 40, fill=(238, 240, 245), stroke=None)
    pg.t(20, 26, '企业邮箱  |  收件箱  >  邮件详情', 9, color=(90, 90, 90))
    y = 70
    pg.t(40, y, '主题：关于%s（合同号%s）验收结果的确认' % (c['name'][:16], c['no']), 11, 'bold'); y += 26
    pg.t(40, y, '发件人：%s <%s@%s.com.cn>' % (cu['rep'], 'xmb', cu['py']), 9); y += 16
    pg.t(40, y, '收件人：%s项目组 <pm@%s.com>' % (A['short'], A['py']), 9); y += 16
    pg.t(40, y, '时  间：%s %02d:%02d（星期%s）' % (d_zh(a['date']), rng.randint(8, 18), rng.randint(0, 59),
                                           '一二三四五六日'[a['date'].weekday()]), 9); y += 20
    pg.line(40, y, 555, y); y += 26
    ok = a['result'] == 'passed'
    y = pg.para(40, y, 510, '%s：\n您好！我公司于%s组织了“%s”最终验收，验收组审查了系统运行记录与交付文档。'
                '%s\n本邮件附件为加盖公章的验收意见扫描件，请查收。' % (
                    A['name'], d_zh(a['date']), c['name'],
                    '经验收组一致确认，项目验收合格，同意交付使用。' if ok else '验收组认为项目尚未达到合同要求，本次验收不通过。'),
                10.5, indent=False)
    y += 10
    pg.t(40, y, '%s  项目管理部' % issuer, 10.5); pg.t(40, y + 18, cu['rep'], 10.5)
    pg.t(40, y + 50, '附件：验收意见（盖章版）.pdf  (1.2 MB)', 9, color=(40, 80, 160))
    return [pg], F(contract_no=c['no'], date=d_iso(a['date']), customer=issuer, result=a['result']), \
        '邮件打印件：客户发给申报单位的验收确认，无金额'


# ---- payment ---------------------------------------------------------
BANKS = ['津海商业银行', '渤澜银行', '华北实业银行', '中原振兴银行', '滨城农村商业银行']


def g_pay_receipt(A, c, p, rng):
    """own wording: a bank 电子回单 grid (invented bank)."""
    pg = Page(595, 330)
    bank = p['bank']
    pg.t(297, 34, '%s  单位客户专用回单' % bank, 14, 'bold', align='c')
    pg.t(40, 58, '回单编号：%s' % p['ref'], 8.5); pg.t(400, 58, '记账日期：%s' % p['date'].strftime('%Y%m%d'), 8.5)
    y = pg.table(40, 66, [60, 200, 60, 195], [
        ['付款户名', p['payer'], '收款户名', p['payee']],
        ['付款账号', p['acc1'], '收款账号', p['acc2']],
        ['付款行', bank + '天津分行', '收款行', '天津%s支行' % rng.choice(['南开', '河西', '滨海', '西青'])],
        ['金额(大写)', dx(p['fen']), '金额(小写)', 'CNY %s' % money(p['fen'])],
        ['用途', p['memo'], '交易流水', p['ref'][-10:]]], 8.8, 22)
    pg.seal(470, y + 20, bank + '天津分行', '电子回单专用章', r=32)
    pg.t(40, y + 30, '本回单可通过网上银行验证真伪，重复打印无效', 8)
    return [pg], F(contract_no=p['cites'], amount_yuan=yuan(p['fen']), date=d_iso(p['date']), payer=p['payer'],
                   payee=p['payee']), '银行回单（自拟格式，记账日期为紧凑数字）'


def g_pay_bankcert(A, c, p, rng):
    """NEW: 银行出具的收款证明 letter (the applicant's bank certifies an incoming transfer)."""
    pg = Page()
    bank = p['bank']
    y = pg.title(110, '收 款 证 明', 20)
    y = pg.para(70, y + 20, 455, '%s：\n经查，贵单位在我行开立的账号为%s的人民币结算账户，于%s收到%s（付款账号%s）'
                '汇入款项%s（￥%s），附言：%s。\n特此证明。\n本证明仅证明上述款项的入账情况，不作他用。'
                % (p['payee'], p['acc2'], d_cn(p['date']), p['payer'], p['acc1'], dx(p['fen']), money(p['fen']), p['memo']),
                11.5)
    pg.t(330, y + 60, '%s天津%s支行' % (bank, rng.choice(['南开', '河东', '东丽', '北辰'])), 11)
    pg.t(350, y + 90, d_cn(p['date'] + dt.timedelta(days=rng.randint(3, 20))), 11)
    pg.seal(410, y + 60, bank + '天津分行', '业务专用章', r=42)
    return [pg], F(contract_no=p['cites'], amount_yuan=yuan(p['fen']), date=d_iso(p['date']), payer=p['payer'],
                   payee=p['payee']), '银行收款证明函：交易日期为中文大写，落款日期为后来的出具日期'


def g_pay_bilingual(A, c, p, rng):
    """NEW: 中英文对照 domestic payment receipt."""
    pg = Page(595, 360)
    bank = p['bank']
    pg.t(297, 34, '%s 国内支付业务回单' % bank, 13, 'bold', align='c')
    pg.t(297, 52, 'DOMESTIC PAYMENT ADVICE', 9, align='c')
    y = pg.table(36, 66, [120, 403], [
        ['交易日期 Value Date', p['date'].strftime('%d/%m/%Y')],
        ['付款人名称 Payer', p['payer']], ['付款人账号 Payer A/C', p['acc1']],
        ['收款人名称 Beneficiary', p['payee']], ['收款人账号 Beneficiary A/C', p['acc2']],
        ['金额 Amount', 'CNY%s  %s' % (money(p['fen']), dx(p['fen']))],
        ['手续费 Charges', 'CNY%s' % money(p['charge'])],
        ['附言 Remarks', p['memo']]], 8.8, 21)
    pg.t(36, y + 20, 'Printed %s  Ref %s' % (d_iso(p['date'] + dt.timedelta(days=2)), p['ref']), 8)
    pg.seal(480, y + 10, bank, '电子回单专用章', r=30)
    return [pg], F(contract_no=p['cites'], amount_yuan=yuan(p['fen']), date=d_iso(p['date']), payer=p['payer'],
                   payee=p['payee']), '中英文对照回单：日期为 dd/mm/yyyy，含手续费干扰金额'


def g_pay_cab(A, c, p, rng):
    """NEW: 电子商业承兑汇票 票面 (出票人 = 承兑人 = customer, 收票人 = applicant)."""
    pg = Page(595, 380)
    pg.t(297, 34, '电子商业承兑汇票', 15, 'bold', align='c')
    pg.t(40, 58, '出票日期 %s' % d_iso(p['date']), 9); pg.t(220, 58, '票据状态 提示收票已签收', 9)
    pg.t(400, 58, '汇票到期日 %s' % d_iso(p['date'] + dt.timedelta(days=180)), 9)
    y = pg.table(40, 66, [30, 70, 160, 30, 70, 155], [
        ['出', '全称', p['payer'], '收', '全称', p['payee']],
        ['票', '账号', p['acc1'], '票', '账号', p['acc2']],
        ['人', '开户银行', p['bank'], '人', '开户银行', '津海商业银行天津分行']], 8.6, 22)
    y = pg.table(40, y, [100, 415], [
        ['票据金额', '%s  ￥%s' % (dx(p['fen']), money(p['fen']))],
        ['承兑人全称', p['payer']], ['交易合同号', p['cites'] or ''],
        ['承兑信息', '出票人承诺：本汇票请予以承兑，到期无条件付款'],
        ['票据号码', '2' + ''.join(str(rng.randint(0, 9)) for _ in range(29))]], 8.6, 21)
    return [pg], F(contract_no=p['cites'], amount_yuan=yuan(p['fen']), date=d_iso(p['date']), payer=p['payer'],
                   payee=p['payee']), '电子商业承兑汇票票面：出票人/收票人竖排，另有到期日干扰日期'


# ---- procurement -----------------------------------------------------
def g_proc_award(A, c, q, rng):
    cu = c['cust']
    pg = Page()
    y = pg.title(100, '中 标 通 知 书', 22)
    pg.t(400, y, '编号：ZB-%s' % q['code'], 9.5); y += 30
    y = pg.para(70, y, 455, '%s：\n我单位组织的“%s”（招标编号：%s）已于%s开标，经评标委员会评审，并经招标人确认，'
                '确定贵单位为中标人，中标价为%s（￥%s），工期150日历天。\n请贵单位收到本通知书后30日内，'
                '与招标人签订书面合同。\n特此通知。' % (A['name'], c['name'], q['code'], d_zh(q['date'] - dt.timedelta(days=9)),
                                           dx(q['amount']), money(q['amount'])), 11.5, indent=False)
    pg.t(330, y + 50, '招标人：%s' % cu['name'][:14], 11); pg.t(372, y + 68, cu['name'][14:], 11)
    pg.t(350, y + 100, d_zh(q['date']), 11)
    pg.seal(420, y + 70, cu['name'], '')
    return [pg], F(amount_yuan=yuan(q['amount']), date=d_iso(q['date']), customer=cu['name']), \
        '中标通知书：开标日期为干扰日期，招标人名称跨两行'


def g_proc_shortlist(A, c, q, rng):
    """NEW: 框架协议入围通知书 -- several suppliers shortlisted, no amount."""
    cu = c['cust']
    pg = Page()
    y = pg.title(90, '框架协议供应商入围通知书', 17)
    y = pg.para(70, y + 10, 455, '%s：\n根据《%s年度智能化改造服务框架协议采购》（项目编号：%s）的评审结果，'
                '贵单位入围本框架协议供应商库，入围期限为两年。入围结果如下：' % (A['name'], q['date'].year, q['code']),
                11, indent=False)
    rows = [['包号', '服务类别', '入围供应商']]
    others = q['others']
    rows.append(['1', '数字化车间集成', A['name']]); rows.append(['1', '数字化车间集成', others[0]])
    rows.append(['2', '工业软件实施', others[1]])
    y = pg.table(70, y + 6, [50, 120, 285], rows, 10, 24)
    y = pg.para(70, y + 16, 455, '框架协议期内具体项目以采购人下达的订单或签订的项目合同为准，入围不代表合同金额承诺。', 10.5)
    pg.t(330, y + 40, '采购人：' + cu['name'][:13], 10.5); pg.t(372, y + 58, cu['name'][13:], 10.5)
    pg.t(350, y + 86, d_dot(q['date']), 10.5)
    pg.seal(410, y + 60, cu['name'], '采购管理部')
    return [pg], F(date=d_iso(q['date']), customer=cu['name']), '框架协议入围通知书：无金额，列有其他入围供应商（干扰名称）'


def g_proc_explain(A, c, q, rng):
    """NEW: 采购情况说明函 from the customer (direct commission explained)."""
    cu = c['cust']
    pg = Page()
    pg.t(297, 70, cu['name'], 17, 'bold', (200, 20, 20), 'c'); pg.line(60, 86, 535, 86, 1.6, (200, 20, 20))
    y = pg.title(130, '关于%s采购方式的情况说明' % c['name'][:18], 14)
    y = pg.para(70, y + 6, 455, '我公司“%s”因涉及既有产线控制系统的二次开发与接口兼容，经%s公司经理办公会研究，'
                '依据《公司非招标采购管理办法》第十二条，采用单一来源方式委托%s实施，采购金额为%s万元，'
                '合同编号%s。\n特此说明。' % (c['name'], d_zh(q['date']), A['name'], wan(q['amount']), c['no']), 11.5)
    pg.t(330, y + 50, cu['name'], 11); pg.t(360, y + 76, d_zh(q['date'] + dt.timedelta(days=2)), 11)
    pg.seal(410, y + 55, cu['name'], '')
    return [pg], F(contract_no=c['no'], amount_yuan=yuan(q['amount']), date=d_iso(q['date'] + dt.timedelta(days=2)),
                   customer=cu['name']), '采购情况说明函（红头）：金额只写万元；办公会日期与落款日期不同，取落款日期'


# ---- subcontracts ----------------------------------------------------
def g_sub_plain(A, s, rng):
    pg = Page()
    y = pg.title(80, '分 包 合 同', 20)
    y = hdr_lines(pg, y, [('合同编号：', s['no']), ('总包方（甲方）：', s['party_a']), ('分包方（乙方）：', s['party_b']),
                          ('乙方地址：', s['addr'])], 10.5, 60, 110)
    y = pg.para(60, y + 6, 475, '甲方承接的“%s”中，%s部分由乙方分包实施。分包价款为%s（￥%s），'
                '乙方不得再行转包。分包工程质量标准须满足总包合同要求。' % (s['parent'], s['scope'], dx(s['amount']), money(s['amount'])),
                10.5)
    pg.t(60, y + 40, '甲方（盖章）', 10.5); pg.t(330, y + 40, '乙方（盖章）', 10.5)
    pg.seal(150, y + 70, s['party_a'], '合同专用章'); pg.seal(420, y + 70, s['party_b'], '合同专用章')
    pg.t(60, y + 140, '签订日期：' + d_zh(s['date']), 10.5)
    return [pg], F(contract_no=s['no'], amount_yuan=yuan(s['amount']), date=d_iso(s['date']), customer=s['party_a']), \
        '分包合同（自拟措辞：总包方（甲方）/分包方（乙方））'


def g_sub_onsite(A, s, rng):
    """NEW: 技术人员驻场服务外包合同 (用工方 / 服务方), fees as monthly rate x months."""
    pg = Page()
    y = pg.title(75, '技术人员驻场服务外包合同', 17)
    pg.t(60, y, 'No. ' + s['no'], 10); y += 24
    y = pg.table(60, y, [95, 380], [['用工方（甲方）', s['party_a']], ['服务方（乙方）', s['party_b']],
                                    ['服务方住所', s['addr']], ['服务方信用代码', s['uscc']]], 10, 24) + 12
    months = s['months']; per = s['amount'] // months
    y = pg.para(60, y, 475, '1. 乙方派遣%d名PLC及MES实施工程师驻甲方项目现场（%s），提供%d个月技术服务。\n'
                '2. 服务费：每月￥%s，%d个月合计%s（￥%s）。加班及差旅费包含在上述费用内。\n'
                '3. 乙方人员的社会保险由乙方缴纳，甲方不承担用工责任。\n4. 本合同自%s起生效。'
                % (rng.randint(3, 6), s['parent'], months, money(per), months, dx(s['amount']), money(s['amount']),
                   d_cn(s['date'])), 10.5)
    pg.t(60, y + 40, '甲方：' + s['party_a'], 10); pg.t(60, y + 120, '乙方：' + s['party_b'], 10)
    pg.seal(400, y + 40, s['party_a'], ''); pg.seal(400, y + 120, s['party_b'], '')
    return [pg], F(contract_no=s['no'], amount_yuan=yuan(s['amount']), date=d_iso(s['date']), customer=s['party_a']), \
        '驻场服务外包合同：月费×月数，总额另写；签订日期以中文数字写在生效条款中'


# ---- meetings ------------------------------------------------------
def sheet_pages(m, rng, layout, host):
    rows = m['rows']
    pages = []
    per = 16
    for k in range(0, len(rows), per):
        pg = Page()
        y = pg.title(60, '%s 参会签到表' % m['name'] if k == 0 else '参会签到表（续）', 13)
        if k == 0:
            pg.t(60, y, '时间：%s    地点：%s' % (d_zh(m['date']), m['place']), 9.5); y += 18
        if layout == 0:
            hdr = ['序号', '单位名称', '统一社会信用代码', '参会人', '签到']
            cols = [30, 185, 130, 60, 70]
            data = [[str(k + i + 1), r['name'], r['uscc'], r['person'], ''] for i, r in enumerate(rows[k:k + per])]
        else:
            hdr = ['单位地址', '单位名称', '姓名/职务', '手机']
            cols = [170, 160, 75, 70]
            data = [[r['addr'], r['name'], r['person'], '1%d****%04d' % (rng.randint(30, 89), rng.randint(0, 9999))]
                    for r in rows[k:k + per]]
        y0 = y
        y = pg.table(50, y, cols, [hdr] + data, 8.2, 26)
        if layout == 0:
            for i in range(len(data)):
                pg.t(50 + sum(cols[:4]) + 8, y0 + 26 * (i + 1) + 17, rows[k + i]['person'], 11, 'hand', (20, 20, 120))
        pages.append(pg)
    return pages


def g_meet_minutes(A, m, rng):
    pg = Page()
    y = pg.title(70, '会 议 纪 要', 20)
    y = hdr_lines(pg, y, [('会议名称：', m['name']), ('会议时间：', d_zh(m['date']) + ' 9:30—12:00'),
                          ('会议地点：', m['place']), ('主办单位：', A['name'])], 10.5, 60, 80)
    y = pg.para(60, y + 6, 475, '本次交流会围绕“%s”主题，邀请天津市内制造企业代表参会。会上，主办方介绍了设备联网、'
                '生产数据采集与质量追溯的实施经验，与会企业就改造投入、数据标准与人员培训进行了交流。\n'
                '会议形成以下共识：一是建立企业间经验共享机制；二是由主办方为有需求的企业提供免费现场诊断。\n'
                '参会单位签到情况见附件。' % m['topic'], 10.5)
    pages = [pg] + sheet_pages(m, rng, 0, A)
    return pages, F(date=d_iso(m['date']), title=m['name']), '会议纪要+附签到表（代码列），主办方也签到'


def g_meet_visit(A, m, rng):
    """NEW: 标杆工厂现场观摩活动记录 with a sign-in sheet by address."""
    pg = Page()
    y = pg.title(70, '现场观摩活动记录', 18)
    y = pg.table(60, y, [90, 385], [['活动名称', m['name']], ['观摩地点', m['place']],
                                    ['活动日期', d_dot(m['date'])], ['组织单位', A['name']],
                                    ['活动内容', '参观数字化车间、智能仓储及能源管理中心，现场讲解改造路径与投资回报，答疑交流。']],
                   10, 26)
    y = pg.para(60, y + 14, 475, '观摩企业名单及签到见下页（按单位地址登记）。', 10.5)
    return [pg] + sheet_pages(m, rng, 1, A), F(date=d_iso(m['date']), title=m['name']), \
        '观摩活动记录：签到表登记地址（无信用代码），先列地址后列名称'


def g_meet_receipts(A, m, rng):
    """NEW: 参会回执汇总表 + 会议议程 (the organiser's summary of returned RSVP slips)."""
    pg = Page()
    y = pg.title(60, m['name'], 14)
    pg.t(297, y - 8, '会议议程', 12, 'bold', align='c'); y += 14
    ag = [('09:00', '签到'), ('09:30', '致辞'), ('09:45', '案例分享：%s' % m['topic']), ('11:00', '企业交流'), ('12:00', '会议结束')]
    for tm, it in ag:
        pg.t(120, y, tm, 10); pg.t(190, y, it, 10); y += 17
    pg.t(60, y + 6, '会议时间：%s    地点：%s' % (d_zh(m['date']), m['place']), 10); y += 26
    pg.t(60, y, '参会回执汇总（回执原件存档，已到会打“√”）', 10.5, 'bold'); y += 8
    rows = [['序号', '单位名称', '信用代码', '参会人数', '到会']]
    for i, r in enumerate(m['rows']):
        rows.append([str(i + 1), r['name'], r['uscc'], str(rng.randint(1, 3)), '√' if r.get('came', True) else '未到'])
    y = pg.table(50, y, [30, 200, 140, 50, 55], rows, 8, 20)
    return [pg], F(date=d_iso(m['date']), title=m['name']), '参会回执汇总表：到会列有“未到”的单位不计入'


# ---- diagnoses -----------------------------------------------------
def diag_common(pg, y, d, A, heads):
    for h, txt in heads:
        pg.t(60, y, h, 11.5, 'bold'); y += 20
        y = pg.para(60, y, 475, txt, 10.2) + 6
    return y


def g_diag_equipment(A, d, rng):
    """NEW: 设备状态监测诊断报告 (vibration)."""
    pg = Page()
    y = pg.title(70, d['title'], 15)
    y = pg.table(60, y, [90, 150, 90, 145], [['受检单位', d['cust']['name'], '检测日期', d_dot(d['date'])],
                                             ['检测对象', '主传动电机及减速机', '报告编号', 'ZD-%s' % d['code']]], 9.5, 24) + 14
    tbl = [['测点', '方向', '速度有效值 mm/s', '评价']]
    for i in range(4):
        v = round(rng.uniform(1.2, 9.5), 1)
        tbl.append(['P%d' % (i + 1), rng.choice(['H', 'V', 'A']), str(v), '良好' if v < 4.5 else '注意'])
    y = pg.table(60, y, [80, 80, 150, 165], tbl, 9.5, 20) + 14
    heads = [('一、企业设备现状', '企业现有关键设备%d台，依赖人工点检，缺少在线监测，故障多为事后维修。' % rng.randint(20, 90)),
             ('二、主要问题', 'P2、P3测点振动偏大，频谱显示齿轮啮合频率边带明显，存在齿面磨损迹象。')]
    if d['solution']:
        heads.append(('三、维护建议及改造方案', '近期更换减速机润滑油并复测；中期部署无线振动传感器与边缘网关，'
                                         '接入设备健康管理平台，实现预测性维护。'))
    y = diag_common(pg, y, d, A, heads)
    pg.t(330, y + 30, '诊断单位：' + A['name'], 10); pg.seal(430, y + 40, A['name'], '')
    return [pg], F(date=d_iso(d['date']), customer=d['cust']['name'], title=d['title']), \
        '设备振动监测诊断报告：受检单位为被诊断企业' + ('' if d['solution'] else '；无维护建议/方案章节')


def g_diag_ics(A, d, rng):
    """NEW: 工控安全诊断评估报告 with a risk table."""
    pg = Page()
    y = pg.title(70, d['title'], 15)
    y = hdr_lines(pg, y, [('委托单位：', d['cust']['name']), ('评估日期：', d_zh(d['date'])), ('评估单位：', A['name'])],
                  10.5, 60, 80)
    tbl = [['编号', '风险项', '等级']] + [[str(i + 1), r, lv] for i, (r, lv) in enumerate([
        ('工控网与办公网未隔离', '高'), ('上位机使用默认口令', '高'), ('PLC程序无备份', '中'), ('U盘随意接入', '中')])]
    y = pg.table(60, y, [50, 330, 95], tbl, 9.5, 20) + 14
    heads = [('1 企业现状', '企业已建设SCADA系统，覆盖%d条产线，运维由设备部兼管。' % rng.randint(2, 8)),
             ('2 存在问题', '缺少边界防护与资产台账，账号口令管理不规范，无安全审计。')]
    if d['solution']:
        heads.append(('3 整改方案', '部署工业防火墙实现分区隔离；建立资产台账与口令策略；配置日志审计；每季度开展应急演练。'))
    else:
        heads.append(('3 诊断结论', '企业工控安全整体处于起步阶段，风险等级为较高。'))
    diag_common(pg, y, d, A, heads)
    return [pg], F(date=d_iso(d['date']), customer=d['cust']['name'], title=d['title']), \
        '工控安全诊断评估报告' + ('' if d['solution'] else '：只有诊断结论，无整改方案')


def g_diag_letter(A, d, rng):
    """NEW: 诊断意见函 addressed to the diagnosed enterprise."""
    pg = Page()
    y = pg.title(90, d['title'], 15)
    txt = ('%s：\n受贵公司邀请，我公司专家组于%s赴贵公司开展智能制造免费诊断。现将诊断意见函告如下：\n'
           '（一）基本情况：贵公司主营%s，现有生产线%d条，信息化以ERP财务模块为主。\n'
           '（二）存在的主要问题：计划排产依赖人工，车间数据无法实时采集，质量问题难以追溯。\n'
           % (d['cust']['name'], d_zh(d['date']), rng.choice(['汽车零部件', '电线电缆', '精密铸件', '食品包装']),
              rng.randint(2, 9)))
    if d['solution']:
        txt += '（三）解决方案建议：分两期实施——一期上线MES与设备联网，二期建设质量追溯与APS排产，预计周期八个月。\n'
    txt += '感谢贵公司的配合。'
    y = pg.para(70, y + 10, 455, txt, 11, indent=False)
    pg.t(330, y + 40, A['name'], 11); pg.t(350, y + 66, d_zh(d['date'] + dt.timedelta(days=5)), 11)
    pg.seal(410, y + 45, A['name'], '')
    return [pg], F(date=d_iso(d['date']), customer=d['cust']['name'], title=d['title']), \
        '诊断意见函：诊断日期在正文，落款为发函日期' + ('' if d['solution'] else '；无解决方案段')


def g_diag_plain(A, d, rng):
    pg = Page()
    y = pg.title(70, d['title'], 15)
    y = pg.table(60, y, [90, 385], [['企业名称', d['cust']['name']], ['统一社会信用代码', d['cust']['uscc']],
                                    ['诊断时间', d_zh(d['date'])], ['诊断专家', '%s、%s' % (rng.choice(['王', '刘', '赵']) + '工',
                                                                                      rng.choice(['陈', '孙', '周']) + '工')]], 10, 24) + 14
    heads = [('企业现状', '企业以订单式生产为主，产品规格多、批量小，生产计划与物料准备衔接不畅。'),
             ('主要问题', '设备综合效率约%d%%，换型时间长，在制品积压。' % rng.randint(45, 68))]
    if d['solution']:
        heads.append(('改进建议', '推行快速换型，引入生产执行系统和电子看板，实现工单、物料、设备状态的实时协同。'))
    diag_common(pg, y, d, A, heads)
    return [pg], F(date=d_iso(d['date']), customer=d['cust']['name'], title=d['title']), \
        '诊断报告（表头+三段）' + ('' if d['solution'] else '：缺改进建议')


# ---- standards / others ------------------------------------------------
def g_std_approval(A, st, rng):
    """NEW: 团体标准 报批稿 cover."""
    pg = Page()
    pg.t(60, 70, 'ICS 25.040', 10); pg.t(60, 86, 'CCS J 07', 10)
    pg.t(297, 150, '团    体    标    准', 24, 'bold', align='c')
    pg.t(500, 190, 'T/TJZZ %03d—2024' % rng.randint(1, 60), 11, align='r'); pg.line(60, 200, 535, 200, 1.5)
    pg.t(297, 300, st['name'], 18, 'bold', align='c')
    pg.t(297, 380, '（报批稿）', 14, align='c')
    pg.t(297, 420, '本稿完成日期：%s' % d_zh(st['date']), 10, align='c')
    pg.line(60, 700, 535, 700, 1.5)
    pg.t(297, 730, '天津市智能制造产业促进会  发布', 13, align='c')
    return [pg], F(title=st['name']), '团体标准报批稿封面'


def g_std_industry(A, st, rng):
    """NEW: 行业标准 征求意见稿 in the JB/T style (cover + foreword)."""
    p1, p2 = Page(), Page()
    p1.t(60, 70, 'ICS 25.040.40', 10); p1.t(60, 86, 'J 07', 10)
    p1.t(297, 140, '中华人民共和国机械行业标准', 20, 'bold', align='c')
    p1.t(500, 180, 'JB/T ×××××—202×', 11, align='r'); p1.line(60, 190, 535, 190, 1.5)
    p1.t(297, 290, st['name'], 17, 'bold', align='c')
    p1.t(297, 330, st['en'], 10, align='c')
    p1.t(297, 400, '（征求意见稿）', 13, align='c')
    p1.t(297, 740, '中华人民共和国工业和信息化部  发布', 12, align='c')
    y = p2.title(80, '前    言', 16)
    p2.para(60, y, 475, '本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。\n'
            '本文件起草单位：%s、天津某高校智能制造研究院。\n本文件主要起草人：%s、李某某。' % (A['name'], A['rep']), 10.5)
    return [p1, p2], F(title=st['name']), '行业标准征求意见稿（JB/T 样式，含英文标题与前言）'


def g_std_plain(A, st, rng):
    pg = Page()
    pg.t(500, 60, 'Q/%s 0%02d—2024' % (A['py'][:4].upper(), rng.randint(1, 30)), 11, align='r')
    pg.t(297, 150, '%s企业标准' % A['name'], 15, 'bold', align='c')
    pg.t(297, 260, st['name'], 17, 'bold', align='c'); pg.t(297, 300, '（草案）', 13, align='c')
    pg.t(297, 720, '%s 发布' % A['name'], 12, align='c')
    return [pg], F(title=st['name']), '企业标准草案封面'


def g_other_stdnotice(A, stds, rng):
    """NEW (other): 协会发布的团体标准立项公告 listing the applicant's standards -- not a draft."""
    pg = Page()
    y = pg.title(90, '关于下达2024年度第二批团体标准制定项目计划的通知', 13)
    y = pg.para(60, y + 10, 475, '各有关单位：\n经专家评审，同意下列团体标准立项，请起草单位按计划完成标准草案编制。', 10.5, indent=False)
    rows = [['序号', '标准名称', '牵头起草单位', '完成时限']]
    for i, st in enumerate(stds):
        rows.append([str(i + 1), st['name'], A['name'], '2024年12月'])
    y = pg.table(60, y + 6, [35, 230, 150, 60], rows, 9, 22)
    pg.seal(420, y + 60, '天津市智能制造产业促进会', '')
    return [pg], F(), '标准立项通知（干扰：列出标准名称，但不是标准草案）'


def g_other_eval(A, cs, rng):
    """NEW (other): 供应商履约评价表 issued by a customer, naming a contract number and amount."""
    c = cs[0]
    pg = Page()
    y = pg.title(80, '供应商年度履约评价表', 16)
    y = pg.table(60, y, [110, 365], [['被评价供应商', A['name']], ['评价单位', c['cust']['name']],
                                     ['涉及合同', '%s（%s万元）' % (c['no'], wan(c['amount']))],
                                     ['质量得分', '%d' % rng.randint(85, 98)], ['交付得分', '%d' % rng.randint(85, 98)],
                                     ['综合评价', 'A级（优秀）']], 10.5, 28)
    pg.seal(420, y + 60, c['cust']['name'], '')
    return [pg], F(), '供应商履约评价表（干扰：提到合同编号与金额，但不是验收、付款或采购证明）'


# ------------------------------------------------------------------ world
SYL = list('恒瑞泓锦昊澜翀堃珺赟昀瑄橦淼晟澄岚琮曜骁铂禾朗峻霆璟沣钰栩') + ['嘉', '诚', '宏', '达', '德', '盛', '华', '泰', '安', '鑫']
IND = ['精密机械', '汽车部件', '电子科技', '新材料', '包装制品', '医药', '食品', '线缆', '模具', '液压设备', '轴承', '化工装备', '家居',
       '环保设备', '纺织', '五金制品', '铸造', '光电', '印刷', '橡塑']
TJ_D = [('120104', '南开区'), ('120103', '河西区'), ('120110', '东丽区'), ('120111', '西青区'), ('120112', '津南区'),
        ('120113', '北辰区'), ('120114', '武清区'), ('120115', '宝坻区'), ('120116', '滨海新区'), ('120118', '静海区')]
NT_D = [('130900', '河北省沧州市'), ('131000', '河北省廊坊市'), ('110108', '北京市海淀区'), ('370200', '山东省青岛市'),
        ('130200', '河北省唐山市')]
ROADS = ['兴华道', '海泰南道', '津港公路', '宏源路', '金桥大街', '锦程路', '凌奥路', '京福公路', '民和道', '泰达大街']
SURN = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗'
GIVN = '伟芳娜敏静强磊军洋勇艳杰涛明超秀霞平刚桂赟昀'


class World:
    def __init__(self, rng):
        self.rng = rng; self.used = set()

    def person(self):
        r = self.rng
        return r.choice(SURN) + ''.join(r.choice(GIVN) for _ in range(r.randint(1, 2)))

    def firm(self, tj=True, ind=None, suffix='有限公司', prefix=None):
        r = self.rng
        while True:
            core = r.choice(SYL) + r.choice(SYL)
            ind_ = ind or r.choice(IND)
            reg, dist = (r.choice(TJ_D) if tj else r.choice(NT_D))
            place = prefix if prefix is not None else ('天津' if tj else dist[:2].replace('河北', '河北').replace('山东', '青岛'))
            name = place + core + ind_ + suffix
            if name not in self.used:
                self.used.add(name); break
        addr = ('天津市' + dist if tj else dist) + r.choice(ROADS) + '%d号' % r.randint(1, 399)
        return {'name': name, 'short': core + ind_, 'uscc': make_uscc(r, reg), 'addr': addr, 'rep': self.person(),
                'py': 'c%04d' % r.randint(0, 9999), 'tj': tj}

    def acct(self):
        return ''.join(str(self.rng.randint(0, 9)) for _ in range(self.rng.choice([16, 19, 20])))


def d2024(rng, lo=1, hi=12):
    m = rng.randint(lo, hi)
    return dt.date(2024, m, rng.randint(1, 28))


ITEMS = [('数据采集网关', 4), ('MES系统软件许可', 1), ('工业服务器', 2), ('AGV搬运机器人', 3), ('视觉检测工位', 2),
         ('安灯系统', 1), ('边缘计算盒', 6), ('实施服务', 1)]


def split_items(rng, fen):
    picks = rng.sample(ITEMS, 3)
    a = fen * rng.randint(25, 40) // 100; b = fen * rng.randint(20, 35) // 100
    return [(picks[0][0], picks[0][1], a), (picks[1][0], picks[1][1], b), (picks[2][0], picks[2][1], fen - a - b)]


# ------------------------------------------------------------------ scenario plans
def build_plan(kind, seed):
    rng = random.Random('%s-%d' % (kind, seed))
    W = World(rng)
    A = W.firm(True, '智联科技', '股份有限公司'); A['rep'] = W.person()
    if kind == 'tricky':
        A['name'] = '天津昀橦智联科技股份有限公司'
    # ---------------- contracts
    specs = {
        'clean': [dict(amt=r) for r in (4280000, 3150000, 2660000, 5120000, 1980000, 3370000, 2240000)],
        'gaps': [dict(amt=4100000), dict(amt=3300000, payer_other=True), dict(amt=2800000, no_pay=True),
                 dict(amt=2450000, acc_amt_off=0.03), dict(amt=1900000, acc_date=dt.date(2023, 12, 26)),
                 dict(amt=2200000, no_proc=True), dict(amt=3600000, sme_wrong=True)],
        'tricky': [dict(amt=3000000, pay_fee=0.004), dict(amt=2500000, acc_date=dt.date(2024, 12, 31)),
                   dict(amt=2700000, acc_amt_off=0.006), dict(amt=2100000, declared_tj_false=True),
                   dict(amt=3150000, big_edge=True), dict(amt=2680000, rare=True), dict(amt=2050000),
                   dict(amt=1650000)],
    }[kind]
    cgen = [g_contract_spaced, g_contract_three, g_contract_fax, g_contract_reversed]
    agen = [g_acc_grid, g_acc_handover, g_acc_closure, g_acc_email]
    pgen = [g_pay_receipt, g_pay_bankcert, g_pay_bilingual, g_pay_cab]
    qgen = [g_proc_award, g_proc_shortlist, g_proc_explain]
    contracts = []
    off = rng.randint(0, 3)
    for i, spc in enumerate(specs):
        tj = i % 2 == 0 or i == 5
        cu = W.firm(tj)
        cu['decl_tj'] = tj
        if spc.get('declared_tj_false'):   # declared Tianjin, really a Hebei firm with 天津 in its name
            cu = W.firm(False, prefix='天津'); cu['addr'] = '河北省沧州市渤海新区' + rng.choice(ROADS) + '8号'
            cu['uscc'] = make_uscc(rng, '130900'); cu['decl_tj'] = True
        if spc.get('rare'):
            cu['name'] = '天津赟瑄珺翀精密机械有限公司'; cu['short'] = '赟瑄珺翀精密机械'
        emp, rev = rng.randint(60, 900), rng.randint(3000, 38000)
        if i == 4 or spc.get('sme_wrong'):
            emp, rev = 1850, 62000   # large enterprise
        if spc.get('big_edge'):
            emp, rev = 1000, 39999   # exactly on the employee edge but revenue below -> SME
        large = emp >= 1000 and rev >= 40000
        decl_sme = (not large) if not spc.get('sme_wrong') else True
        fen = spc['amt'] * 100 + rng.choice([0, 0, 50000, 30000])
        sign = dt.date(2023 if i % 3 == 0 else 2024, rng.randint(1, 5), rng.randint(1, 28))
        acc_date = spc.get('acc_date') or dt.date(2024, rng.randint(6, 11), rng.randint(1, 28))
        no = 'TJZL-%s-%03d' % (sign.strftime('%Y'), 11 + i * 7) if kind != 'tricky' else 'ZLHT%s%02d' % (sign.strftime('%y%m'), i + 1)
        c = {'seq': i + 1, 'no': no, 'name': '%s数字化车间建设项目' % cu['short'][:4], 'cust': cu, 'amount': fen,
             'sign': sign, 'emp': emp, 'rev': rev, 'large': large, 'decl_sme': decl_sme, 'planted': [],
             'items': split_items(rng, fen)}
        c['third'] = W.firm(True, '工程监理', '有限公司'); c['third_fee'] = fen // 40
        acc_amt = fen
        if spc.get('acc_amt_off'):
            acc_amt = int(round(fen * (1 + spc['acc_amt_off']))); c['planted'].append('acceptance_amount_off_%s' % spc['acc_amt_off'])
        c['acc'] = {'date': acc_date, 'result': 'passed', 'amount': acc_amt}
        if spc.get('acc_date'):
            c['planted'].append('acceptance_date_%s' % acc_date)
        # payments
        pays = []
        n = 1 if fen < 2600000 * 100 else 2
        payer = cu['name']
        if spc.get('payer_other'):
            payer = W.firm(False, '控股集团', '有限公司')['name']; c['planted'].append('paid_by_parent_group')
        if spc.get('rare'):
            c['planted'].append('rare_characters_in_customer_name')
        total = fen
        if spc.get('pay_fee'):
            total = fen - int(fen * spc['pay_fee']); c['planted'].append('payments_short_by_%s_bank_fee' % spc['pay_fee'])
        parts = [total] if n == 1 else [total * 6 // 10, total - total * 6 // 10]
        for k, pf in enumerate(parts):
            pd_ = max(acc_date, dt.date(2024, 1, 5)) + dt.timedelta(days=rng.randint(3, 20)) if k == n - 1 else sign + dt.timedelta(days=rng.randint(5, 30))
            if pd_.year > 2024:
                pd_ = dt.date(2024, 12, 31) if acc_date.year == 2024 else pd_
            pays.append({'fen': pf, 'date': pd_, 'payer': payer, 'payee': A['name'], 'acc1': W.acct(), 'acc2': A['acct'] if 'acct' in A else W.acct(),
                         'bank': rng.choice(BANKS), 'ref': '%s%08d' % (pd_.strftime('%Y%m%d'), rng.randint(0, 99999999)),
                         'cites': c['no'] if rng.random() < 0.6 else None, 'charge': rng.choice([500, 1000, 1500]),
                         'gen': pgen[(i + k + off) % 4]})
            A.setdefault('acct', pays[-1]['acc2'])
        for p in pays:
            p['memo'] = ('支付%s合同款' % p['cites']) if p['cites'] else rng.choice(['货款', '项目款', '技术服务费'])
        if spc.get('no_pay'):
            pays = []; c['planted'].append('no_payment_proof')
        c['pays'] = pays
        q = {'date': sign - dt.timedelta(days=rng.randint(8, 30)), 'amount': fen, 'code': 'TJ%s%04d' % (sign.strftime('%y'), rng.randint(0, 9999)),
             'others': [W.firm(True, '自动化', '有限公司')['name'], W.firm(True, '软件', '有限公司')['name']]}
        c['proc'] = None if spc.get('no_proc') else q
        if spc.get('no_proc'):
            c['planted'].append('no_procurement_proof')
        if spc.get('sme_wrong'):
            c['planted'].append('declared_sme_but_large')
        if spc.get('declared_tj_false'):
            c['planted'].append('declared_tianjin_but_hebei')
        if spc.get('big_edge'):
            c['planted'].append('employees_exactly_1000_revenue_39999')
        c['gens'] = (cgen[(i + off) % 4], g_acc_grid if spc.get('acc_amt_off') else agen[(i + off + 1) % 4], qgen[(i + off) % 3])
        contracts.append(c)
    # ---------------- suppliers
    sup_specs = {'clean': [{}, {}], 'gaps': [{}, {'not_tj': True}],
                 'tricky': [{'date': dt.date(2024, 1, 1)}, {'wrong_b': True}, {}]}[kind]
    suppliers = []
    for j, ss in enumerate(sup_specs):
        f = W.firm(not ss.get('not_tj'), rng.choice(['自动化工程', '电气成套', '软件技术']), '有限公司')
        amt = rng.randint(30, 120) * 1000000
        sdate = ss.get('date') or d2024(rng, 2, 10)
        s = {'seq': j + 1, 'firm': f, 'no': 'FB-2024-%02d' % (j + 3), 'name': '%s子系统分包' % rng.choice(['电气控制', '数据采集', '仓储物流']),
             'amount': amt, 'date': sdate, 'party_a': A['name'], 'party_b': f['name'], 'addr': f['addr'], 'uscc': f['uscc'],
             'parent': contracts[j]['name'], 'scope': rng.choice(['电气安装调试', '数据采集终端部署', '立库控制']),
             'months': 10, 'planted': [], 'gen': [g_sub_plain, g_sub_onsite][(j + off) % 2]}
        if ss.get('not_tj'):
            s['planted'].append('supplier_in_langfang_hebei')
        if ss.get('wrong_b'):
            other = dict(f); other['name'] = f['name'].replace('有限公司', '工程有限公司')
            s['party_b'] = other['name']; s['planted'].append('subcontract_party_b_similar_but_different_name')
        if ss.get('date'):
            s['planted'].append('signed_on_2024-01-01_boundary')
        suppliers.append(s)
    # ---------------- meetings
    tj_pool = [W.firm(True) for _ in range(26)]
    nt_pool = [W.firm(False) for _ in range(4)]
    branch = W.firm(False, prefix='天津', suffix='有限公司沧州分公司'); branch['addr'] = '河北省沧州市运河区' + rng.choice(ROADS) + '6号'
    branch['uscc'] = make_uscc(rng, '130903')
    n_meet = {'clean': 10, 'gaps': 10, 'tricky': 11}[kind]
    meetings = []
    topics = ['设备联网与数据采集', '质量追溯', '数字化车间规划', '能源管理', '智能仓储', 'APS高级排程', '工业互联网平台应用',
              '视觉检测', '预测性维护', '精益与数字化融合', '5G+工业互联网']
    mgen = [g_meet_minutes, g_meet_visit, g_meet_receipts]
    for k in range(n_meet):
        mdate = dt.date(2024, 1 + k, rng.randint(8, 26)) if k < 12 else d2024(rng)
        ntj = rng.randint(11, 14)
        m = {'seq': k + 1, 'name': '智能制造经验交流会（第%d期）——%s专场' % (k + 1, topics[k]), 'topic': topics[k], 'date': mdate,
             'place': '天津市%s%s' % (rng.choice(['西青区', '南开区', '滨海新区']), rng.choice(['创新大厦3楼会议室', '科技园报告厅'])),
             'planted': [], 'has_doc': True, 'gen': mgen[(k + off) % 3]}
        rows = rng.sample(tj_pool, ntj)
        extra = []
        if kind == 'gaps' and k == 3:
            rows = rows[:8]; m['planted'].append('only_8_tianjin_firms_on_sheet')
        if kind == 'gaps' and k == 6:
            m['has_doc'] = False; m['planted'].append('no_meeting_record')
        if kind == 'tricky' and k == 2:
            rows = rows[:10]; extra = [branch]; m['planted'].append('exactly_10_tianjin_plus_host_plus_tianjin_named_hebei_branch')
        if kind == 'tricky' and k == 5:
            rows = rows[:9] + [rows[0]]; m['planted'].append('9_distinct_tianjin_one_firm_signed_twice')
            m['gen'] = g_meet_minutes
        if kind == 'tricky' and k == 2:
            m['gen'] = g_meet_minutes
        rws = []
        for f in rows + extra + rng.sample(nt_pool, 1):
            rws.append({'name': f['name'], 'uscc': f['uscc'], 'addr': f['addr'], 'person': W.person(), 'tj': f['tj']})
        if m['gen'] is g_meet_receipts and kind != 'gaps':
            ghost = rng.choice(nt_pool)
            rws.append({'name': ghost['name'], 'uscc': ghost['uscc'], 'addr': ghost['addr'], 'person': '', 'tj': False, 'came': False})
        if m['gen'] is g_meet_minutes:
            rws.insert(rng.randint(0, 3), {'name': A['name'], 'uscc': A['uscc'], 'addr': A['addr'], 'person': A['rep'], 'tj': True, 'host': True})
        rng.shuffle(rws)
        m['rows'] = rws
        tjset = {r['name'] for r in rws if r['tj'] and not r.get('host') and r.get('came', True)}
        m['tj_on_sheet'] = len(tjset)
        m['declared'] = max(len(tjset), 10) + (2 if 'only_8' in ''.join(m['planted']) else 0)
        meetings.append(m)
    # ---------------- diagnoses
    n_diag = {'clean': 31, 'gaps': 31, 'tricky': 31}[kind]
    dgen = [g_diag_equipment, g_diag_ics, g_diag_letter, g_diag_plain]
    diagnoses = []
    for k in range(n_diag):
        cust = W.firm(rng.random() < 0.8)
        g = dgen[(k + off) % 4]
        t = {g_diag_equipment: '设备状态监测诊断报告', g_diag_ics: '工业控制系统安全诊断评估报告',
             g_diag_letter: '智能制造免费诊断意见函', g_diag_plain: '智能制造免费诊断报告'}[g]
        d = {'seq': k + 1, 'cust': cust, 'date': d2024(rng), 'title': '%s%s' % (cust['short'][:4], t), 'solution': True,
             'has_doc': True, 'code': '%04d' % rng.randint(0, 9999), 'gen': g, 'planted': []}
        if kind == 'gaps' and k in (4, 17):
            d['solution'] = False; d['planted'].append('no_solution_section')
        if kind == 'gaps' and k == 9:
            d['has_doc'] = False; d['planted'].append('no_report')
        if kind == 'tricky' and k == 12:
            d['solution'] = False; d['gen'] = g_diag_ics; d['title'] = '%s工业控制系统安全诊断评估报告' % cust['short'][:4]
            d['planted'].append('ics_report_with_conclusion_but_no_solution')
        if kind == 'tricky' and k == 20:
            d['date'] = dt.date(2024, 12, 31); d['planted'].append('dated_2024-12-31_boundary')
        diagnoses.append(d)
    # ---------------- standards
    stn = ['智能制造系统集成项目交付服务规范', '离散制造车间设备数据互联互通接口要求', '中小企业数字化车间系统集成实施指南']
    sten = ['Specification for delivery service', 'Interface requirements for equipment data interconnection',
            'Implementation guide for system integration']
    standards = []
    for k in range(3):
        standards.append({'seq': k + 1, 'name': stn[k], 'en': sten[k], 'date': d2024(rng, 6, 11),
                          'cat': ['团体标准', '行业标准', '企业标准'][k], 'stage': ['报批稿', '征求意见稿', '草案'][k],
                          'has_doc': not (kind == 'gaps' and k == 1), 'gen': [g_std_approval, g_std_industry, g_std_plain][k]})
    return {'kind': kind, 'rng': rng, 'A': A, 'contracts': contracts, 'suppliers': suppliers, 'meetings': meetings,
            'diagnoses': diagnoses, 'standards': standards}


# ------------------------------------------------------------------ truth (own rules, from format.md)
def in2024(d):
    return d is not None and d.year == 2024


def is_tj(f):
    return f['addr'].startswith('天津市') and f['uscc'][2:4] == '12'


def off(a, b):
    return abs(a - b) > 0.005 * b


def truth(plan, docs):
    A = plan['A']; gaps = []
    def gap(kind, req, **kw):
        g = {'kind': kind, 'contract_no': kw.pop('contract_no', None), 'customer': kw.pop('customer', None), 'requirement': req}
        g.update(kw); gaps.append(g)
    verified = []
    for c in plan['contracts']:
        cu = c['cust']; kinds = []
        cd = [d for d in docs if d['contract_no'] == c['no']]
        byt = lambda t: [d for d in cd if d['doc_type'] == t]
        for d in byt('contract'):
            if d['fields']['customer'] != cu['name']: kinds.append('party_mismatch')
            if off(int(d['fields']['amount_yuan'].replace('.', '')), c['amount']): kinds.append('amount_mismatch')
        acc = byt('acceptance_report')
        if not acc:
            kinds.append('missing_acceptance_report')
        for d in acc:
            f = d['fields']
            if f['result'] != 'passed': kinds.append('acceptance_not_passed')
            if not in2024(dt.date.fromisoformat(f['date'])): kinds.append('date_out_of_period')
            if f['customer'] != cu['name']: kinds.append('party_mismatch')
            if f['amount_yuan'] and off(int(f['amount_yuan'].replace('.', '')), c['amount']): kinds.append('amount_mismatch')
        pays = byt('payment_proof')
        if not pays:
            kinds.append('missing_payment_proof')
        else:
            if any(d['fields']['payer'] != cu['name'] or d['fields']['payee'] != A['name'] for d in pays):
                kinds.append('party_mismatch')
            if off(sum(int(d['fields']['amount_yuan'].replace('.', '')) for d in pays), c['amount']):
                kinds.append('amount_mismatch')
        pr = byt('procurement_proof')
        if not pr:
            kinds.append('missing_procurement_proof')
        for d in pr:
            f = d['fields']
            if f['customer'] != cu['name']: kinds.append('party_mismatch')
            if f['amount_yuan'] and off(int(f['amount_yuan'].replace('.', '')), c['amount']): kinds.append('amount_mismatch')
        if not uscc_valid(cu['uscc']): kinds.append('invalid_uscc')
        if cu['decl_tj'] and not is_tj(cu): kinds.append('not_tianjin')
        seen = []
        for k in kinds:
            if k not in seen:
                seen.append(k); gap(k, 'A-customers', contract_no=c['no'], customer=cu['name'])
        if c['decl_sme'] == c['large']:
            gap('sme_misclassified', 'A-sme', contract_no=c['no'], customer=cu['name'])
        if not seen:
            verified.append(c)
    vcust = {c['cust']['name'] for c in verified}
    total = sum(c['amount'] for c in verified)
    vtj = {c['cust']['name'] for c in verified if c['cust']['decl_tj'] and is_tj(c['cust'])}
    vsme = {c['cust']['name'] for c in verified if not c['large']}
    # suppliers
    ok_sup = set()
    for s in plan['suppliers']:
        f = s['firm']; ks = []
        if not is_tj(f): ks.append('subcontractor_not_tianjin')
        sd = [d for d in docs if d['doc_type'] == 'subcontract' and d['contract_no'] == s['no']]
        if not sd: ks.append('missing_subcontract')
        for d in sd:
            if not in2024(dt.date.fromisoformat(d['fields']['date'])): ks.append('date_out_of_period')
            if d['fields']['customer'] != A['name'] or s['party_b'] != f['name']: ks.append('party_mismatch')
            if off(int(d['fields']['amount_yuan'].replace('.', '')), s['amount']): ks.append('amount_mismatch')
        for k in dict.fromkeys(ks):
            gap(k, 'A-local-suppliers', contract_no=s['no'], supplier=f['name'])
        if not ks: ok_sup.add(f['name'])
    # meetings
    okm = 0
    for m in plan['meetings']:
        ks = []
        if not m['has_doc']: ks.append('missing_meeting_record')
        else:
            if not in2024(m['date']): ks.append('date_out_of_period')
            if m['tj_on_sheet'] < 10: ks.append('meeting_attendance_below_threshold')
        for k in ks:
            gap(k, 'A-meetings', meeting=m['name'])
        if not ks: okm += 1
    okd = set()
    for d in plan['diagnoses']:
        ks = []
        if not d['has_doc']: ks.append('missing_diagnosis_report')
        else:
            if not d['solution']: ks.append('diagnosis_without_solution')
            if not in2024(d['date']): ks.append('date_out_of_period')
        for k in ks:
            gap(k, 'A-diagnoses', customer=d['cust']['name'])
        if not ks: okd.add(d['cust']['name'])
    nstd = 0
    for st in plan['standards']:
        if st['has_doc']: nstd += 1
        else: gap('missing_standard_document', 'A-standards', standard=st['name'])
    req = {'E-tianjin': 'met'}
    if not is_tj(A): gap('applicant_not_tianjin', 'E-tianjin'); req['E-tianjin'] = 'not_met'
    def thr(r, cond, kind):
        req[r] = 'met' if cond else 'not_met'
        if not cond: gap(kind, r)
    thr('A-local-suppliers', len(ok_sup) >= 2, 'local_supplier_count_below_threshold')
    thr('A-meetings', okm >= 10, 'meeting_count_below_threshold')
    thr('A-diagnoses', len(okd) >= 30, 'diagnosis_count_below_threshold')
    c1, c2, c3 = len(vcust) >= 6, total >= 1500000000, len(vtj) >= 2
    req['A-customers'] = 'met' if (c1 and c2 and c3) else 'not_met'
    if not c1: gap('customer_count_below_threshold', 'A-customers')
    if not c2: gap('total_below_threshold', 'A-customers')
    if not c3: gap('tianjin_customer_count_below_threshold', 'A-customers')
    thr('A-standards', nstd >= 3, 'standards_below_threshold')
    thr('A-sme', len(vsme) >= 5, 'sme_count_below_threshold')
    return {
        'phase': '考核', 'cycle': {'start': '2024-01-01', 'end': '2024-12-31'},
        'applicant': {'name': A['name'], 'uscc': A['uscc'], 'address': A['addr']},
        'award_tier_wan': None, 'assessment_passed': all(v == 'met' for v in req.values()),
        'accepted_total_yuan': yuan(total), 'requirements': req, 'gaps': gaps,
        'verified_contracts': [c['no'] for c in verified], 'verified_customer_count': len(vcust),
        'verified_tianjin_customer_count': len(vtj), 'verified_sme_customer_count': len(vsme),
        'verified_local_suppliers': len(ok_sup), 'qualifying_meetings': okm,
        'diagnosed_customers_with_solution': len(okd), 'standards_with_document': nstd,
        'contracts': [{'seq': c['seq'], 'contract_no': c['no'], 'customer': c['cust']['name'], 'customer_uscc': c['cust']['uscc'],
                       'amount_yuan': yuan(c['amount']), 'planted': c['planted']} for c in plan['contracts']],
        'suppliers': [{'seq': s['seq'], 'supplier': s['firm']['name'], 'uscc': s['firm']['uscc'], 'contract_no': s['no'],
                       'amount_yuan': yuan(s['amount']), 'planted': s['planted']} for s in plan['suppliers']],
        'meetings': [{'seq': m['seq'], 'meeting': m['name'], 'date': d_iso(m['date']), 'declared_tianjin': m['declared'],
                      'tianjin_on_sheet': m['tj_on_sheet'] if m['has_doc'] else 0, 'has_record': m['has_doc'],
                      'planted': m['planted']} for m in plan['meetings']],
        'diagnoses': [{'seq': d['seq'], 'customer': d['cust']['name'], 'date': d_iso(d['date']), 'title': d['title'],
                       'has_report': d['has_doc'], 'has_solution': d['solution'], 'planted': d['planted']} for d in plan['diagnoses']],
        'standards': [{'seq': s['seq'], 'name': s['name'], 'draft_uploaded': s['has_doc']} for s in plan['standards']],
    }


# ------------------------------------------------------------------ writing
def write_doc(pages, sub, rel, rendering, rng):
    path = os.path.join(sub, rel); os.makedirs(os.path.dirname(path), exist_ok=True)
    if rendering == 'text':
        render_pdf(pages, path)
    else:
        imgs = []
        for pg in pages:
            im = render_img(pg)
            im = degrade_photo(im, rng) if rendering == 'photo' else (
                degrade_scan(im, rng, fax=(rendering == 'fax'), gray=rng.random() < 0.3) if rendering != 'screen' else im)
            imgs.append(im)
        if path.endswith('.pdf'):
            imgs[0].save(path, 'PDF', resolution=130, save_all=True, append_images=imgs[1:])
        elif path.endswith('.png'):
            imgs[0].save(path, 'PNG', optimize=False)
        else:
            imgs[0].save(path, 'JPEG', quality=82)
    return path


def workbook(plan, path):
    A = plan['A']; rng = random.Random(plan['kind'])
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '申报单位'
    def sheet(ws, title, hdr, rows):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
        ws.cell(1, 1, title).font = Font(bold=True, size=13)
        for j, h in enumerate(hdr): ws.cell(2, j + 1, h).font = Font(bold=True)
        for i, r in enumerate(rows):
            for j, v in enumerate(r): ws.cell(3 + i, j + 1, v)
    sheet(ws, '申报单位基本信息', ['项目', '内容'], [['单位名称', A['name']], ['统一社会信用代码', A['uscc']], ['注册地址', A['addr']],
                                                ['申报方向', '智能制造系统解决方案供应商'], ['服务行业', '装备制造、汽车零部件'], ['阶段', '考核']])
    def dv(d, i):
        return d_zh(d) if i % 3 == 1 else (d_dot(d) if i % 7 == 5 else dt.datetime(d.year, d.month, d.day))
    rows = []
    for i, c in enumerate(plan['contracts']):
        amt = wan(c['amount']) if i != 2 else '%.2f' % (c['amount'] / 1e6)
        rows.append([c['seq'], c['cust']['name'], c['cust']['uscc'], c['no'], c['name'],
                     float(amt) if i != 2 else amt, dv(c['sign'], i), dv(c['acc']['date'], i + 1),
                     '否' if c['decl_sme'] is False else '是', c['emp'], '{:,}'.format(c['rev']) if i == 0 else c['rev'],
                     '是' if c['cust']['decl_tj'] else '否'])
    sheet(wb.create_sheet('服务用户清单'), '2024年度服务用户清单', ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)',
                                                       '签订日期', '验收日期', '是否中小企业', '从业人员', '营业收入（万元）', '是否天津企业'], rows)
    sheet(wb.create_sheet('标准草案'), '标准草案清单', ['序号', '标准名称', '标准类别', '阶段'],
          [[s['seq'], s['name'], s['cat'], s['stage']] for s in plan['standards']])
    sheet(wb.create_sheet('本地配套供应商'), '天津本地化配套供应商', ['序号', '供应商名称', '统一社会信用代码', '分包合同编号', '分包合同名称',
                                                          '分包金额（万元）', '签订日期'],
          [[s['seq'], s['firm']['name'], s['firm']['uscc'], s['no'], s['name'], float(wan(s['amount'])), dv(s['date'], i)]
           for i, s in enumerate(plan['suppliers'])])
    sheet(wb.create_sheet('经验交流会'), '经验交流会', ['序号', '会议名称', '日期', '地点', '参会天津企业数量'],
          [[m['seq'], m['name'], dv(m['date'], i), m['place'], m['declared']] for i, m in enumerate(plan['meetings'])])
    sheet(wb.create_sheet('免费诊断'), '免费诊断客户', ['序号', '客户名称', '统一社会信用代码', '诊断日期', '诊断报告名称'],
          [[d['seq'], d['cust']['name'], d['cust']['uscc'], dv(d['date'], i), d['title']] for i, d in enumerate(plan['diagnoses'])])
    for w in wb.worksheets:
        for col in 'ABCDEFGHIJKL': w.column_dimensions[col].width = 18
    wb.save(path)


def gen_submission(kind, out, seed):
    plan = build_plan(kind, seed); A = plan['A']; rng = random.Random('render-%s-%d' % (kind, seed))
    root = os.path.join(out, 'a9_' + kind); sub = os.path.join(root, 'submission')
    if os.path.exists(root): shutil.rmtree(root)
    os.makedirs(sub)
    docs = []; counter = [0]
    def pick_render(force=None):
        if force: return force
        x = rng.random()
        return 'text' if x < 0.68 else ('scan' if x < 0.88 else 'photo')
    def emit(folder, res, doc_type, cno, force=None, ext=None):
        pages, fields, note = res
        r = pick_render(force)
        counter[0] += 1
        if r == 'photo': name = 'IMG_2024%04d_%06d.jpg' % (rng.randint(101, 1228), rng.randint(0, 235959))
        elif r == 'screen': name = '微信截图_%d.png' % (20240000000000 + counter[0] * 7919)
        elif ext == 'jpg': name = '扫描全能王 %03d.jpg' % counter[0]
        else: name = ('scan%04d.pdf' if r != 'text' else '文档%03d.pdf') % counter[0]
        rel = folder + '/' + name
        write_doc(pages, sub, rel, r, rng)
        rendering = {'fax': 'scan', 'screen': 'scan'}.get(r, r)
        docs.append({'path': rel, 'doc_type': doc_type, 'rendering': rendering, 'contract_no': cno,
                     'fields': fields, 'note': note + ('（传真件黑白扫描）' if r == 'fax' else ''), 'sha256': None})
    for c in plan['contracts']:
        folder = '%02d-%s' % (c['seq'], c['cust']['short'][:4])
        cg, ag, qg = c['gens']
        emit(folder, cg(A, c, rng), 'contract', c['no'], 'fax' if cg is g_contract_fax else None)
        emit(folder, ag(A, c, rng), 'acceptance_report', c['no'], 'text' if ag is g_acc_email else None)
        for p in c['pays']:
            emit(folder, p['gen'](A, c, p, rng), 'payment_proof', c['no'], 'screen' if p['gen'] is g_pay_bilingual and rng.random() < 0.5 else None)
        if c['proc']:
            emit(folder, qg(A, c, c['proc'], rng), 'procurement_proof', c['no'], None, 'jpg' if rng.random() < 0.2 else None)
    for s in plan['suppliers']:
        emit('配套供应商', s['gen'](A, s, rng), 'subcontract', s['no'])
    for m in plan['meetings']:
        if m['has_doc']:
            emit('交流会/%02d' % m['seq'], m['gen'](A, m, rng), 'meeting_record', None)
    for d in plan['diagnoses']:
        if d['has_doc']:
            emit('诊断报告', d['gen'](A, d, rng), 'diagnosis_report', None, None, 'jpg' if rng.random() < 0.15 else None)
    for st in plan['standards']:
        if st['has_doc']:
            emit('标准', st['gen'](A, st, rng), 'standard_draft', None)
    emit('其他', g_other_stdnotice(A, plan['standards'], rng), 'other', None)
    emit('其他', g_other_eval(A, plan['contracts'], rng), 'other', None, 'photo')
    for d in docs:
        d['sha256'] = hashlib.sha256(open(os.path.join(sub, d['path']), 'rb').read()).hexdigest()
    workbook(plan, os.path.join(sub, '申报信息.xlsx'))
    gt = truth(plan, docs)
    gt['submission'] = 'a9_' + kind
    gt['documents'] = docs
    with open(os.path.join(root, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(gt, fh, ensure_ascii=False, indent=1)
    return gt


def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default='data'); ap.add_argument('--seed', type=int, default=9)
    ap.add_argument('--only', default=None)
    a = ap.parse_args()
    for kind in ('clean', 'gaps', 'tricky'):
        if a.only and kind != a.only: continue
        gt = gen_submission(kind, a.out, a.seed)
        n = len(gt['documents']); im = sum(d['rendering'] != 'text' for d in gt['documents'])
        print('a9_%s: %d docs, %d images, passed=%s, gaps=%d' % (kind, n, im, gt['assessment_passed'], len(gt['gaps'])))


if __name__ == '__main__':
    main()
