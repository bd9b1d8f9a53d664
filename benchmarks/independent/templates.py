"""Templates copied from make_documents.py (the independent document generator), parameterised
by the global P.  Used by make_submissions.py, which sets WORK before building anything."""
import hashlib, io, json, math, os, random
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from reportlab import rl_config
rl_config.invariant = 1  # no timestamps or random ids in the PDFs: same seed, same bytes
WORK = None  # folder for intermediate files (seal images); set by make_submissions.py
rng = random.Random(1)
P = {}
# ---------------------------------------------------------------- fonts
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
FONTS = ['STSong-Light']
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
if os.path.exists(WQY):
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    FONTS.append('WQY')


def pick_font():
    return rng.choice(FONTS)


# ---------------------------------------------------------------- USCC
USCC_CS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_code():
    if rng.random() < 0.7:
        body = 'MA0' + ''.join(rng.choice(USCC_CS) for _ in range(5))
    else:
        body = ''.join(rng.choice('0123456789') for _ in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body, w))
    c9 = 11 - s % 11
    return body + ('X' if c9 == 10 else '0' if c9 == 11 else str(c9))


def uscc(area):
    s17 = '91' + area + _org_code()
    t = sum(USCC_CS.index(c) * w for c, w in zip(s17, USCC_W))
    c = 31 - t % 31
    if c == 31:
        c = 0
    return s17 + USCC_CS[c]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CS for c in code):
        return False
    t = sum(USCC_CS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = 31 - t % 31
    return USCC_CS[0 if c == 31 else c] == code[17]


# ---------------------------------------------------------------- names
DISTRICTS = [('滨海新区', '120116'), ('西青区', '120111'), ('津南区', '120112'),
             ('东丽区', '120110'), ('北辰区', '120113'), ('武清区', '120114'),
             ('宝坻区', '120115'), ('河西区', '120103'), ('南开区', '120104'),
             ('静海区', '120118'), ('红桥区', '120106')]
BRANDS = ['华辰', '中科睿', '海河', '津创', '泰达恒', '瑞霖', '博远', '恒信达', '联智',
          '睿工', '北洋启', '渤海湾', '凯润', '万象', '启航', '宏图', '汇智', '鼎盛',
          '金桥', '晟达', '航宇', '精诚', '安泰', '昊天', '铭远', '优贝', '云帆', '智途',
          '辰星', '天工', '普润', '德赛斯', '卓越', '金冠', '力创', '新宇', '众联', '诺科']
SUP_IND = ['智能科技', '自动化技术', '信息技术', '工业互联网科技', '智能装备', '软件技术',
           '数字科技', '机器人科技', '智能制造技术', '系统集成']
CUS_IND = ['汽车零部件', '精密机械', '制药', '电子', '食品', '新材料', '钢管制造', '轮胎',
           '电气设备', '包装', '医疗器械', '化工', '纺织', '模具', '轴承']
USED = set()


def company(kind='sup'):
    while True:
        b = rng.choice(BRANDS)
        ind = rng.choice(SUP_IND if kind == 'sup' else CUS_IND)
        dist, area = rng.choice(DISTRICTS)
        form = rng.random()
        if form < 0.35:
            n = f'天津{b}{ind}有限公司'
        elif form < 0.55:
            n = f'天津市{b}{ind}有限公司'
        elif form < 0.7:
            n = f'天津{b}{ind}股份有限公司'
        elif form < 0.8:
            n = f'{b}（天津）{ind}有限公司'
        elif form < 0.9:
            n = f'天津市{dist}{b}{ind}有限公司'
        else:
            n = f'天津{b}{ind}集团有限公司'
        if n not in USED:
            USED.add(n)
            break
    roads = ['兴华七支路', '海泰发展六道', '第十三大街', '津塘公路', '赛达新兴产业园B区', '宏源道',
             '京福公路', '翠金路', '榕苑路', '东海路', '新北路']
    addr = f'天津市{dist}{rng.choice(roads)}{rng.randint(1, 188)}号'
    bankname = rng.choice(['中国工商银行股份有限公司天津{d}支行', '中国建设银行股份有限公司天津{d}支行',
                           '中国银行股份有限公司天津{d}支行', '天津银行股份有限公司{d}支行',
                           '招商银行股份有限公司天津分行', '天津农村商业银行股份有限公司{d}支行',
                           '上海浦东发展银行股份有限公司天津分行', '中国农业银行股份有限公司天津{d}支行'])
    return dict(name=n, uscc=uscc(area), addr=addr, dist=dist,
                bank=bankname.format(d=dist.replace('新区', '').replace('区', '')),
                acct=''.join(rng.choice('0123456789') for _ in range(rng.choice([17, 19, 12]))),
                tel=f'022-{rng.randint(23000000, 89999999)}', rep=person(), contact=person())


SURN = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'
GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建国志宏海波宁晨旭东亮俊斌琳雪梅'


def person():
    return rng.choice(SURN) + ''.join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


PROJECTS = ['焊装车间智能化改造项目', 'MES制造执行系统建设项目', '数字化车间集成项目',
            '工业互联网标识解析应用项目', '智能仓储物流系统项目', '设备联网与数据采集平台项目',
            '机器视觉质量检测系统项目', '智能工厂总体规划与实施项目', '能源管理系统建设项目',
            '柔性装配生产线集成项目', '冲压车间自动化升级项目', '数字孪生工厂建设项目',
            'WMS仓储管理系统升级项目', '涂装线智能控制系统改造项目']


def project():
    return rng.choice(PROJECTS)


# ---------------------------------------------------------------- amounts
CN_DIG = '零壹贰叁肆伍陆柒捌玖'


def cn_upper(a, prefix='人民币', whole='整'):
    a = Decimal(a).quantize(Decimal('0.01'))
    yuan = int(a)
    jf = int((a - yuan) * 100)
    jiao, fen = divmod(jf, 10)
    s = ''
    if yuan:
        ds = str(yuan)
        n = len(ds)
        zero = False
        for i, d in enumerate(ds):
            pos = n - 1 - i
            if d != '0':
                if zero:
                    s += '零'
                    zero = False
                s += CN_DIG[int(d)] + ['', '拾', '佰', '仟'][pos % 4]
            else:
                zero = True
            if pos % 4 == 0 and pos > 0:
                grp = ds[max(0, i - 3):i + 1]
                if grp.strip('0'):
                    s += ['', '万', '亿', '万亿'][pos // 4]
        s += '元'
    if jiao == 0 and fen == 0:
        s += whole
    else:
        if jiao:
            s += CN_DIG[jiao] + '角'
        if fen:
            if jiao == 0 and yuan:
                s += '零'
            s += CN_DIG[fen] + '分'
    return prefix + s


def comma(a):
    return f'{Decimal(a):,.2f}'


def wan(a):
    s = f'{(Decimal(a) / 10000):f}'
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def q2(x):
    return Decimal(x).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def amount(kind='any'):
    r = rng.random()
    if kind == 'wan':           # exactly expressible with <=2 decimals of 万
        return Decimal(rng.randint(40, 900) * 5000)
    if r < 0.45:
        return Decimal(rng.randint(30, 900) * 5000)
    if r < 0.8:
        return Decimal(rng.randint(200, 4800) * 1000 + rng.choice([0, 0, 500, 800]))
    return Decimal(rng.randint(150000, 3900000)) + Decimal(rng.choice(['0.50', '0.00', '0.80', '0.35']))


def split_amount(total, n, unit=100):
    ws = [rng.uniform(0.4, 2.0) for _ in range(n)]
    sw = sum(ws)
    parts = []
    for w in ws[:-1]:
        p = (total * Decimal(w / sw) / unit).quantize(Decimal(1)) * unit
        parts.append(p)
    last = total - sum(parts)
    if last <= 0:
        return split_amount(total, n, unit)
    parts.append(last)
    return parts


# ---------------------------------------------------------------- dates
CN_Y = '〇一二三四五六七八九'


def cn_small(n):
    if n < 10:
        return '〇一二三四五六七八九'[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else CN_Y[t]) + '十' + ('' if u == 0 else CN_Y[u])


def dfmt(d, f):
    if f == 'cn':
        return f'{d.year}年{d.month}月{d.day}日'
    if f == 'cn0':
        return f'{d.year}年{d.month:02d}月{d.day:02d}日'
    if f == 'cnsp':
        return f'{d.year} 年 {d.month} 月 {d.day} 日'
    if f == 'iso':
        return d.isoformat()
    if f == 'dot':
        return f'{d.year}.{d.month:02d}.{d.day:02d}'
    if f == 'dot1':
        return f'{d.year}.{d.month}.{d.day}'
    if f == 'slash':
        return f'{d.year}/{d.month:02d}/{d.day:02d}'
    if f == 'compact':
        return f'{d.year}{d.month:02d}{d.day:02d}'
    if f == 'upper':
        return ''.join(CN_Y[int(c)] for c in str(d.year)) + '年' + cn_small(d.month) + '月' + cn_small(d.day) + '日'
    raise ValueError(f)


def rdate(y0=2022, y1=2024):
    start = date(y0, 3, 1)
    end = date(y1, 5, 31)
    return start + timedelta(days=rng.randint(0, (end - start).days))


def workday(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def contract_no(style, d):
    y = d.year
    n = rng.randint(1, 480)
    return {
        'HT': f'HT-{y}-{n:04d}',
        'TJZN': f'TJZN({y}){n:03d}号',
        'ZB': f'ZB{y}{d.month:02d}{d.day:02d}-{rng.randint(1, 9):02d}',
        'JZZ': f'津智造〔{y}〕{rng.randint(3, 60)}号',
        'ZN': f'ZN-TJ-{y}-{n:04d}',
        'RJ': f'RJ{y}-{n:03d}',
        'GY': f'GYHLW-{y}-{rng.randint(1, 40):03d}',
        'FB': f'FB-{y}-{n:03d}',
        'PO': f'PO{y}{d.month:02d}{d.day:02d}{rng.randint(1, 99):03d}',
        'TJZC': f'TJZC-{y}-{rng.randint(100, 999)}',
        'CG': f'CG{str(y)[2:]}{d.month:02d}-{n:04d}',
        'JSFW': f'{y}-JSFW-{n:03d}',
    }[style]


# ---------------------------------------------------------------- layout helpers
_sid = [0]


def st(font, size=10.5, align=TA_LEFT, leading=None, fi=0, sa=0, sb=0, color=None):
    _sid[0] += 1
    kw = dict(fontName=font, fontSize=size, leading=leading or size * 1.6, alignment=align,
              wordWrap='CJK', firstLineIndent=fi, spaceAfter=sa, spaceBefore=sb)
    if color:
        kw['textColor'] = color
    return ParagraphStyle(f's{_sid[0]}', **kw)


class Sty:
    def __init__(self, font, base=10.5, title=19):
        self.font = font
        self.base = base
        self.title = st(font, title, TA_CENTER, leading=title * 1.5, sa=8)
        self.sub = st(font, base + 1.5, TA_CENTER, sa=4)
        self.h2 = st(font, base + 2, TA_LEFT, sb=6, sa=3)
        self.body = st(font, base, TA_JUSTIFY, fi=2 * base)
        self.left = st(font, base)
        self.center = st(font, base, TA_CENTER)
        self.right = st(font, base, TA_RIGHT)
        self.cell = st(font, base - 1, leading=(base - 1) * 1.45)
        self.cellc = st(font, base - 1, TA_CENTER, leading=(base - 1) * 1.45)
        self.cellr = st(font, base - 1, TA_RIGHT, leading=(base - 1) * 1.45)
        self.small = st(font, 8.5, leading=12)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def grid(sty, rows, widths, spans=(), extra=(), lw=0.6, pad=4, center_cols=(), right_cols=(),
         lines=True, cell=None, heights=None):
    data = []
    for r in rows:
        row = []
        for j, c in enumerate(r):
            if isinstance(c, str):
                s = cell or (sty.cellc if j in center_cols else sty.cellr if j in right_cols else sty.cell)
                row.append(Paragraph(c, s))
            else:
                row.append(c)
        data.append(row)
    t = Table(data, colWidths=widths, rowHeights=heights)
    ts = [('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
          ('TOPPADDING', (0, 0), (-1, -1), pad), ('BOTTOMPADDING', (0, 0), (-1, -1), pad),
          ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4)]
    if lines:
        ts.append(('GRID', (0, 0), (-1, -1), lw, colors.black))
    for a, b in spans:
        ts.append(('SPAN', a, b))
    ts.extend(extra)
    t.setStyle(TableStyle(ts))
    return t


# seals -------------------------------------------------------------
def make_seal(text, bottom='合同专用章', path=None, oval=False):
    if not os.path.exists(WQY):
        return None
    from PIL import Image, ImageDraw, ImageFont
    S = 420
    im = Image.new('RGBA', (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (215, 25, 30, 190)
    d.ellipse([12, 12 + (50 if oval else 0), S - 12, S - 12 - (50 if oval else 0)], outline=red, width=13)
    cx = cy = S / 2
    R = 58
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        r = R if i % 2 == 0 else R * 0.39
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    n = len(text)
    fsz = 46 if n <= 14 else 40 if n <= 18 else 34
    font = ImageFont.truetype(WQY, fsz, index=0)
    span = min(250, 17 * n + 60)
    start = -90 - span / 2
    rr = S / 2 - 62
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        rad = math.radians(ang)
        x, y = cx + rr * math.cos(rad), cy + rr * math.sin(rad)
        ci = Image.new('RGBA', (fsz + 16, fsz + 16), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text(((fsz + 16) / 2, (fsz + 16) / 2), ch, font=font, fill=red, anchor='mm')
        ci = ci.rotate(-(ang + 90), expand=True, resample=Image.BICUBIC)
        im.alpha_composite(ci, (int(x - ci.width / 2), int(y - ci.height / 2)))
    if bottom:
        f2 = ImageFont.truetype(WQY, 34, index=0)
        d.text((cx, cy + 105), bottom, font=f2, fill=red, anchor='mm')
    path = path or os.path.join(WORK, f'seal_{hashlib.md5(repr((text, bottom)).encode()).hexdigest()[:12]}.png')
    im.save(path)
    return path


class Stamp(Flowable):
    """Zero-height flowable that paints a seal image over nearby content."""

    def __init__(self, text, bottom='合同专用章', size=38 * mm, dx=0, dy=-10 * mm):
        super().__init__()
        self.path = make_seal(text, bottom)
        self.size, self.dx, self.dy = size, dx, dy

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        if self.path:
            # an ImageReader names the image by its content, not by the (temporary) path
            self.canv.drawImage(ImageReader(self.path), self.dx, self.dy, self.size, self.size, mask='auto')


def page_deco(font, footer=None, header=None, header_right=None, line=True, pagesize=A4):
    W, H = pagesize

    def fn(canv, doc):
        canv.saveState()
        if header:
            canv.setFont(font, 9)
            canv.drawString(20 * mm, H - 12 * mm, header)
            if header_right:
                canv.drawRightString(W - 20 * mm, H - 12 * mm, header_right)
            if line:
                canv.setLineWidth(0.5)
                canv.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        if footer:
            canv.setFont(font, 9)
            canv.drawCentredString(W / 2, 10 * mm, footer.format(p=doc.page))
        canv.restoreState()
    return fn


def build(path, story, pagesize=A4, margins=(20, 20, 20, 22), deco=None):
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title='', author='',
                            subject='', creator='')
    doc.build(story, onFirstPage=deco or (lambda c, d: None), onLaterPages=deco or (lambda c, d: None))


def T(**kw):
    t = dict(doc_type=None, contract_no=None, amount_yuan=None, date=None, customer=None,
             payer=None, payee=None, result=None)
    for k, v in kw.items():
        if isinstance(v, Decimal):
            v = f'{v:.2f}'
        elif isinstance(v, date):
            v = v.isoformat()
        t[k] = v
    return t


def sp(h=4):
    return Spacer(1, h * mm)


# =================================================================
# CONTRACTS
# =================================================================
def c_tech_service():
    """科技部式技术服务合同: cover page + articles, 甲方（委托方）."""
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    proj = f'{cus["name"][:-4].replace("有限", "")}{project()}'
    d1, d2 = d + timedelta(days=10), d + timedelta(days=rng.randint(120, 300))
    story = [sp(25), Paragraph('合同登记编号：______________', s.right), sp(30),
             Paragraph('技 术 服 务 合 同', st(f, 28, TA_CENTER, leading=40)), sp(6),
             Paragraph(f'合同编号：{no}', s.center), sp(30)]
    kv = [['项目名称：', proj], ['委托方（甲方）：', cus['name']], ['受托方（乙方）：', sup['name']],
          ['签订时间：', dfmt(d, 'cn')], ['签订地点：', f'天津市{cus["dist"]}'],
          ['有效期限：', f'{dfmt(d1, "cn")}至{dfmt(d2, "cn")}']]
    story.append(grid(s, kv, [40 * mm, 100 * mm], lines=False, pad=7,
                      cell=st(f, 13), extra=[('LINEBELOW', (1, 0), (1, -1), 0.5, colors.black)]))
    story += [sp(45), Paragraph('中华人民共和国科学技术部印制', st(f, 12, TA_CENTER)), PageBreak()]
    pre = int(rng.choice([30, 40, 50]))
    story += [Paragraph(f'依据《中华人民共和国民法典》的规定，合同双方就{esc(proj)}的技术服务，经协商一致，签订本合同。', s.body),
              Paragraph('第一条　服务内容、方式和要求', s.h2),
              Paragraph(f'乙方为甲方提供生产现场调研、系统方案设计、软硬件部署、数据接口开发、系统联调及人员培训等技术服务，'
                        f'服务对象为甲方位于{esc(cus["addr"])}的生产车间。', s.body),
              Paragraph('第二条　履行期限、地点和方式', s.h2),
              Paragraph(f'本合同自{dfmt(d1, "cn")}起至{dfmt(d2, "cn")}止在甲方所在地履行。', s.body),
              Paragraph('第三条　工作条件和协作事项', s.h2),
              Paragraph('甲方应为乙方提供必要的现场工作条件，并指定专人负责项目协调。', s.body),
              Paragraph('第四条　技术服务报酬及支付方式', s.h2),
              Paragraph(f'本项目技术服务报酬总额为{cn_upper(a)}（¥{comma(a)}），由甲方分期支付乙方：'
                        f'（一）本合同签订后十个工作日内支付合同总额的{pre}%，即¥{comma(q2(a * pre / 100))}；'
                        f'（二）项目验收合格后支付合同总额的{90 - pre}%；（三）剩余10%作为质量保证金，质保期满后一次付清。', s.body),
              Paragraph('第五条　验收标准和方式', s.h2),
              Paragraph('技术服务工作成果达到本合同第一条所列技术指标，按国家标准或行业标准进行验收，由甲方出具验收证明。', s.body),
              Paragraph('第六条　违约责任', s.h2),
              Paragraph('任何一方违反本合同约定的，应按照《中华人民共和国民法典》承担违约责任。', s.body),
              Paragraph('第七条　争议解决', s.h2),
              Paragraph('因履行本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。', s.body),
              Paragraph('第八条　本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。', s.body), sp(10)]
    sig = [[f'甲方（盖章）：{cus["name"]}', f'乙方（盖章）：{sup["name"]}'],
           [f'法定代表人/委托代理人：{cus["rep"]}', f'法定代表人/委托代理人：{sup["rep"]}'],
           [f'联系电话：{cus["tel"]}', f'联系电话：{sup["tel"]}'],
           [f'日期：{dfmt(d, "cn")}', f'日期：{dfmt(d, "cn")}']]
    story.append(grid(s, sig, [85 * mm, 85 * mm], lines=False, pad=6))
    story.append(Stamp(cus['name'], dx=15 * mm, dy=-2 * mm))
    story.append(Stamp(sup['name'], dx=100 * mm, dy=-5 * mm))
    truth = T(doc_type='contract', contract_no=no, amount_yuan=a, date=d, customer=cus['name'])
    return dict(story=story, truth=truth, deco=page_deco(f, footer='第 {p} 页'),
                note='科技部式技术服务合同: cover kv (委托方（甲方）), prose articles, 大写+¥ amount, 30% partial amount distractor, service period dates')


def c_si_project():
    """智能制造系统集成项目合同书: line-item table with 金额（元）and 合计, 234.5万元 total."""
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    n = rng.randint(3, 6)
    parts = split_amount(a, n)
    names = [('工业机器人工作站', 'ABB IRB6700 含夹具'), ('PLC控制系统', 'S7-1500 含I/O模块'),
             ('MES软件（生产管理模块）', 'V3.0 永久授权'), ('数据采集网关', '边缘计算型 16路'),
             ('AGV搬运机器人', '潜伏式 负载1T'), ('视觉检测单元', '500万像素 含光源'),
             ('系统集成与调试服务', '含现场安装'), ('培训及技术文档', '—')]
    rng.shuffle(names)
    rows = [['序号', '名称', '规格/配置', '数量', '单价（元）', '金额（元）']]
    for i, (p, (nm, spec)) in enumerate(zip(parts, names), 1):
        qty = rng.choice([1, 2, 4, 5]) if p % (500) == 0 else 1
        if (p / qty) != (p / qty).quantize(Decimal('0.01')):
            qty = 1
        rows.append([str(i), nm, spec, f'{qty}套', comma(p / qty), comma(p)])
    rows.append(['合计', '', '', '', '', comma(a)])
    tbl = grid(s, rows, [12 * mm, 40 * mm, 42 * mm, 16 * mm, 28 * mm, 30 * mm],
               spans=[((0, len(rows) - 1), (4, len(rows) - 1))], center_cols=(0, 3), right_cols=(4, 5))
    if P.get('wan_only'):
        rows = [['序号', '名称', '规格/配置', '数量']] + [[r[0], r[1], r[2], r[3]] for r in rows[1:-1]]
        tbl = grid(s, rows, [12 * mm, 60 * mm, 70 * mm, 26 * mm], center_cols=(0, 3))
    proj = project()
    story = [Paragraph(esc(proj), st(f, 16, TA_CENTER, leading=24)),
             Paragraph('智能制造系统集成项目合同书', st(f, 22, TA_CENTER, leading=34, sa=8)),
             Paragraph(f'合同编号：{no}', s.right), sp(4),
             grid(s, [['甲方(采购方)：', cus['name']], ['地址：', cus['addr']],
                      ['乙方(供货方)：', sup['name']], ['地址：', sup['addr']],
                      ['签订日期：', dfmt(d, 'dot')], ['签订地点：', '天津市']],
                  [32 * mm, 130 * mm], lines=False, pad=3, cell=s.left), sp(4),
             Paragraph('甲乙双方经友好协商，根据《中华人民共和国民法典》及相关法律法规，就甲方委托乙方实施的'
                       f'{esc(proj)}达成如下协议：', s.body),
             Paragraph('一、合同标的及价格', s.h2), tbl, sp(2),
             Paragraph((f'合同总价：人民币{wan(a)}万元（含税），' if P.get('wan_only') else f'合同总价：{wan(a)}万元（大写：{cn_upper(a)}），') + '上述价格已包含设备费、软件费、运输费、安装调试费及税费。', s.body),
             Paragraph('二、交货及实施', s.h2),
             Paragraph('乙方应在合同生效后90日内完成设备到货，120日内完成安装调试并具备验收条件。', s.body),
             Paragraph('三、付款方式', s.h2),
             Paragraph('合同签订后甲方支付合同总价的30%作为预付款；设备到货验收后支付40%；项目终验合格后支付25%；余款5%为质保金，质保期一年。', s.body),
             Paragraph('四、质量保证', s.h2),
             Paragraph('乙方保证所供设备为全新、未使用过的合格产品，质保期自终验合格之日起十二个月。', s.body),
             Paragraph('五、其他', s.h2),
             Paragraph('本合同未尽事宜，双方另行协商签订补充协议，补充协议与本合同具有同等法律效力。', s.body), sp(10),
             grid(s, [['甲方（盖章）：', '乙方（盖章）：'], [f'代表签字：{cus["rep"]}', f'代表签字：{sup["rep"]}'],
                      [f'日期：{dfmt(d, "dot")}', f'日期：{dfmt(d, "dot")}']], [85 * mm, 85 * mm], lines=False, pad=8),
             Stamp(cus['name'], dx=10 * mm, dy=0), Stamp(sup['name'], dx=95 * mm, dy=2 * mm)]
    truth = T(doc_type='contract', contract_no=no, amount_yuan=a, date=d, customer=cus['name'])
    return dict(story=story, truth=truth, deco=page_deco(f, footer='- {p} -'),
                note='系统集成合同书: 甲方(采购方)： half-width parens, line-item table 金额（元） with 合计 row, total as X万元, date 2023.10.12, TJZN(yyyy)nnn号')


def c_iiot_platform():
    """工业互联网平台建设合同: 发包人/承包人, RMB amount, slash dates, contract no in page header."""
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    prov = Decimal(rng.choice([50000, 80000, 100000, 150000]))
    st_, en = d + timedelta(days=15), d + timedelta(days=rng.randint(150, 260))
    story = [Paragraph('工业互联网平台建设合同', s.title), Paragraph('第一部分　合同协议书', s.sub), sp(3),
             Paragraph(f'发包人（全称）：{cus["name"]}', s.left),
             Paragraph(f'承包人（全称）：{sup["name"]}', s.left), sp(2),
             Paragraph('根据《中华人民共和国民法典》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，双方就'
                       '工业互联网平台建设及有关事项协商一致，共同达成如下协议：', s.body),
             Paragraph('一、项目概况', s.h2),
             Paragraph(f'1. 项目名称：{cus["name"][2:6]}工业互联网平台建设项目。', s.left),
             Paragraph(f'2. 项目地点：{cus["addr"]}。', s.left),
             Paragraph('3. 建设内容：平台基础设施（IaaS）部署、设备接入与边缘计算、工业APP开发（设备管理、质量追溯、能耗分析）及与现有ERP系统集成。', s.left),
             Paragraph('二、合同工期', s.h2),
             Paragraph(f'计划开工日期：{dfmt(st_, "slash")}；计划竣工日期：{dfmt(en, "slash")}。工期总日历天数：{(en - st_).days}天。', s.left),
             Paragraph('三、质量标准', s.h2), Paragraph('符合国家及行业相关标准，并满足发包人技术规格书要求。', s.left),
             Paragraph('四、签约合同价与合同价格形式', s.h2),
             Paragraph(f'1. 签约合同价为：RMB {comma(a)}（大写：{cn_upper(a)}）；', s.left),
             Paragraph(f'其中：暂列金额 RMB {comma(prov)}（大写：{cn_upper(prov)}）。', s.left),
             Paragraph('2. 合同价格形式：固定总价。', s.left),
             Paragraph('五、承包人项目经理', s.h2), Paragraph(f'承包人项目经理：{person()}。', s.left),
             Paragraph('六、合同文件构成', s.h2),
             Paragraph('本协议书与下列文件一起构成合同文件：中标通知书、投标函及其附录、专用合同条款及其附件、通用合同条款、技术标准和要求、图纸、已标价工程量清单等。', s.body),
             Paragraph('七、签订时间', s.h2), Paragraph(f'本合同于{dfmt(d, "slash")}签订。', s.left),
             Paragraph('八、签订地点', s.h2), Paragraph(f'本合同在天津市{cus["dist"]}签订。', s.left),
             Paragraph('九、合同生效', s.h2), Paragraph('本合同自双方法定代表人或其委托代理人签字并加盖公章后生效。', s.left),
             sp(8)]
    sig = [['发包人：（公章）', '承包人：（公章）'], ['', ''],
           [f'法定代表人或其委托代理人：{cus["rep"]}', f'法定代表人或其委托代理人：{sup["rep"]}'],
           [f'统一社会信用代码：{cus["uscc"]}', f'统一社会信用代码：{sup["uscc"]}'],
           [f'地址：{cus["addr"]}', f'地址：{sup["addr"]}'],
           [f'开户银行：{cus["bank"]}', f'开户银行：{sup["bank"]}'], [f'账号：{cus["acct"]}', f'账号：{sup["acct"]}']]
    story += [grid(s, sig, [85 * mm, 85 * mm], lines=False, pad=3), Stamp(cus['name'], None, dx=20 * mm, dy=18 * mm),
              Stamp(sup['name'], None, dx=105 * mm, dy=16 * mm)]
    truth = T(doc_type='contract', contract_no=no, amount_yuan=a, date=d, customer=cus['name'])
    return dict(story=story, truth=truth,
                deco=page_deco(f, header=cus['name'] + '　工业互联网平台建设合同', header_right=f'合同编号：{no}', footer='第{p}页'),
                note='GF式协议书: 发包人（全称）/承包人, RMB 1,234.00 with 暂列金额 distractor, slash dates with 开工/竣工 distractors, contract no only in running header')


def c_gf_purchase():
    """工矿产品购销合同: 供方 listed before 需方 in a grid header; bottom party grid."""
    f = pick_font()
    s = Sty(f, base=10)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    parts = split_amount(a, rng.randint(2, 4))
    items = ['六轴工业机器人', '伺服压装机', '激光打标机', '智能立体库货架', 'RFID读写终端', '数控机床联网模块']
    rng.shuffle(items)
    hdr = grid(s, [['供方：', sup['name'], '合同编号：', no], ['需方：', cus['name'], '签订地点：', f'天津市{cus["dist"]}'],
                   ['', '', '签订时间：', dfmt(d, 'cn')]],
               [16 * mm, 78 * mm, 22 * mm, 54 * mm], lines=False, pad=2)
    rows = [['产品名称', '牌号型号', '计量单位', '数量', '单价（元）', '金额（元）', '交(提)货时间']]
    for p, nm in zip(parts, items):
        rows.append([nm, f'{rng.choice("ABCDHKX")}{rng.randint(100, 990)}', '台', '1', comma(p), comma(p),
                     dfmt(d + timedelta(days=60), 'cn')])
    rows.append([f'合计人民币金额（大写）：{cn_upper(a, prefix="")}', '', '', '', '', f'¥{comma(a)}', ''])
    k = len(rows) - 1
    tbl = grid(s, rows, [32 * mm, 22 * mm, 16 * mm, 12 * mm, 26 * mm, 28 * mm, 34 * mm],
               spans=[((0, k), (4, k))], center_cols=(2, 3), right_cols=(4, 5))
    terms = ['二、质量标准：按国家标准及供方企业标准执行。', '三、供方对质量负责的条件和期限：质保期自验收合格之日起12个月。',
             f'四、交(提)货地点、方式：供方送货至需方指定地点（{esc(cus["addr"])}）。', '五、运输方式及到达站港和费用负担：汽运，费用由供方承担。',
             '六、合理损耗及计算方法：无。', '七、包装标准、包装物的供应与回收：按行业标准包装，包装物不回收。',
             '八、验收标准、方法及提出异议期限：到货后7日内验收，有异议书面提出。',
             '九、结算方式及期限：合同签订后支付30%，到货验收后支付60%，质保期满后支付10%。',
             '十、违约责任：按《中华人民共和国民法典》有关规定执行。', '十一、解决合同纠纷的方式：协商不成的，向需方所在地人民法院起诉。']
    bottom = [['供方', '', '需方', ''], ['单位名称（章）', sup['name'], '单位名称（章）', cus['name']],
              ['单位地址', sup['addr'], '单位地址', cus['addr']], ['法定代表人', sup['rep'], '法定代表人', cus['rep']],
              ['委托代理人', sup['contact'], '委托代理人', cus['contact']], ['电话', sup['tel'], '电话', cus['tel']],
              ['开户银行', sup['bank'], '开户银行', cus['bank']], ['账号', sup['acct'], '账号', cus['acct']],
              ['税号', sup['uscc'], '税号', cus['uscc']]]
    story = [Paragraph('工矿产品购销合同', s.title), hdr, sp(2), Paragraph('一、产品名称、商标、型号、厂家、数量、金额、供货时间及数量', s.left),
             tbl, sp(2)] + [Paragraph(t, s.left) for t in terms] + [sp(4),
             grid(s, bottom, [24 * mm, 61 * mm, 24 * mm, 61 * mm], spans=[((0, 0), (1, 0)), ((2, 0), (3, 0))], center_cols=()),
             Stamp(sup['name'], dx=30 * mm, dy=20 * mm), Stamp(cus['name'], dx=115 * mm, dy=25 * mm)]
    truth = T(doc_type='contract', contract_no=no, amount_yuan=a, date=d, customer=cus['name'])
    return dict(story=story, truth=truth, deco=None,
                note='GF工矿产品购销合同: 供方 listed before 需方, header grid 签订时间, 合计人民币金额（大写） row + ¥, bottom party grid with 税号')


def c_software_dev():
    """软件开发合同: 委托人/受托人, amount 大写 + 小写 without ¥, 二〇二三年 date."""
    f = pick_font()
    s = Sty(f, base=11)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    story = [Paragraph(f'合同编号：{no}', s.left), sp(4), Paragraph('软件开发合同', s.title), sp(2),
             Paragraph(f'委托人：{cus["name"]}（以下简称“委托人”）', s.left),
             Paragraph(f'统一社会信用代码：{cus["uscc"]}', s.left),
             Paragraph(f'受托人：{sup["name"]}（以下简称“受托人”）', s.left),
             Paragraph(f'统一社会信用代码：{sup["uscc"]}', s.left), sp(3),
             Paragraph(f'本合同于{dfmt(d, "upper")}由委托人与受托人在天津市签订。委托人委托受托人开发“{esc(cus["name"][2:6])}生产执行管理软件”（以下简称“软件”），双方经平等协商，达成如下条款：', s.body),
             Paragraph('1. 开发内容', s.h2),
             Paragraph('受托人按照委托人确认的《需求规格说明书》完成软件的设计、编码、测试、部署及上线支持，包括计划排程、工单管理、质量管理、设备管理及报表分析五个子系统。', s.body),
             Paragraph('2. 开发周期', s.h2),
             Paragraph(f'受托人应于{dfmt(d + timedelta(days=180), "upper")}前交付全部软件及源代码。', s.body),
             Paragraph('3. 合同价款及支付', s.h2),
             Paragraph(f'本合同价款共计{cn_upper(a)}（小写：{comma(a)}元），含6%增值税。委托人在本合同生效后15日内支付首付款，'
                       '软件上线试运行满一个月后支付进度款，验收合格后支付尾款。', s.body),
             Paragraph('4. 知识产权', s.h2),
             Paragraph('软件著作权归委托人所有，受托人保留其既有技术组件的知识产权，并授予委托人永久使用许可。', s.body),
             Paragraph('5. 保密', s.h2), Paragraph('双方对在合作中知悉的对方商业秘密负有保密义务，保密期限为合同终止后三年。', s.body),
             Paragraph('6. 争议解决', s.h2), Paragraph('本合同适用中华人民共和国法律。争议提交天津仲裁委员会仲裁。', s.body),
             sp(12),
             Paragraph(f'委托人（盖章）：{cus["name"]}　　　　授权代表：{cus["rep"]}', s.left), sp(10),
             Stamp(cus['name'], dx=30 * mm, dy=-12 * mm),
             Paragraph(f'受托人（盖章）：{sup["name"]}　　　　授权代表：{sup["rep"]}', s.left),
             Stamp(sup['name'], dx=30 * mm, dy=-20 * mm)]
    truth = T(doc_type='contract', contract_no=no, amount_yuan=a, date=d, customer=cus['name'])
    return dict(story=story, truth=truth, deco=page_deco(f, footer='{p}'),
                note='软件开发合同: 委托人/受托人, 二〇二三年十月十二日 date only in prose, 大写 + （小写：1,234.00元）, delivery deadline in upper-case date')


def c_equipment():
    """设备采购及安装合同: 买方/卖方, 津智造〔〕号, 含税/不含税/税额, supplier letterhead."""
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    net = q2(a / Decimal('1.13'))
    tax = a - net
    quote_d = d - timedelta(days=rng.randint(10, 30))
    story = [Paragraph('设备采购及安装合同', s.title), Paragraph(f'编号：{no}', s.center), sp(4),
             grid(s, [['买方：', cus['name']], ['卖方：', sup['name']]], [20 * mm, 140 * mm], lines=False, pad=2, cell=s.left),
             sp(2),
             Paragraph(f'买卖双方根据卖方{dfmt(quote_d, "iso")}提交的报价及技术方案，经协商一致，就买方采购智能检测设备及安装服务事宜订立本合同。', s.body),
             Paragraph('第一条　合同标的', s.h2),
             Paragraph('在线视觉检测设备壹套、自动分拣单元壹套、配套控制软件壹套及现场安装调试服务。', s.body),
             Paragraph('第二条　合同价款', s.h2),
             Paragraph(f'本合同总金额（含税）为¥{comma(a)}（{cn_upper(a)}），其中不含税金额¥{comma(net)}，'
                       f'增值税税额¥{comma(tax)}（税率13%）。', s.body),
             Paragraph('第三条　付款', s.h2),
             Paragraph('买方于合同生效后7个工作日内支付合同总金额的20%；设备安装调试完成并经买方验收合格后支付70%；剩余10%于质保期满后支付。卖方应在每次收款前开具等额增值税专用发票。', s.body),
             Paragraph('第四条　交货与安装', s.h2),
             Paragraph(f'交货地点：{esc(cus["addr"])}。卖方负责设备的运输、就位、安装、调试及操作培训。', s.body),
             Paragraph('第五条　质量保证', s.h2),
             Paragraph('质保期为验收合格之日起24个月，质保期内非人为损坏免费维修。', s.body),
             Paragraph('第六条　其他', s.h2), Paragraph('本合同一式两份，双方各执一份，具有同等法律效力。', s.body),
             sp(10)]
    sig = [['买方（盖章）', '卖方（盖章）'], [f'授权代表：{cus["contact"]}', f'授权代表：{sup["contact"]}'],
           [f'签署日期：{dfmt(d, "iso")}', f'签署日期：{dfmt(d, "iso")}']]
    story += [grid(s, sig, [85 * mm, 85 * mm], lines=False, pad=6), Stamp(cus['name'], dx=8 * mm, dy=0), Stamp(sup['name'], dx=95 * mm, dy=0)]
    truth = T(doc_type='contract', contract_no=no, amount_yuan=a, date=d, customer=cus['name'])
    return dict(story=story, truth=truth,
                deco=page_deco(f, header=sup['name'], header_right=sup['tel'], footer='共2页 第{p}页'),
                note='设备采购合同: 买方/卖方, 津智造〔yyyy〕n号, 含税 total with 不含税/税额 distractors, ISO dates with earlier 报价 date, seller letterhead')


def c_smart_factory():
    """智能工厂改造项目合同: labels without colons (spacing), line items + 合同金额 row, ASCII colon date."""
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    parts = split_amount(a, 4)
    rows = [['序号', '工作内容', '金额（元）'], ['1', '数字化车间顶层设计', comma(parts[0])],
            ['2', '产线自动化改造（含设备）', comma(parts[1])], ['3', '生产管控平台软件', comma(parts[2])],
            ['4', '实施、培训及运维（一年）', comma(parts[3])], ['合计', '', comma(a)]]
    st_, en = d + timedelta(days=7), d + timedelta(days=rng.randint(100, 200))
    story = [Paragraph('智能工厂改造项目合同', s.title), sp(2),
             grid(s, [['合同编号', no], ['甲　　方', cus['name'] + '（委托方）'], ['乙　　方', sup['name'] + '（承接方）'],
                      ['项目名称', f'{project()}'], ['实施地点', cus['addr']],
                      ['项目工期', f'{dfmt(st_, "cn")}—{dfmt(en, "cn")}'], ['质 保 期', '终验合格后12个月']],
                  [28 * mm, 140 * mm], lines=False, pad=3, cell=s.left),
             sp(4), Paragraph('一、项目内容及费用', s.h2),
             grid(s, rows, [16 * mm, 110 * mm, 42 * mm], spans=[((0, 5), (1, 5))], center_cols=(0,), right_cols=(2,)),
             sp(2), Paragraph(f'合同金额（含税）：{comma(a)}元，大写{cn_upper(a)}。', s.left),
             Paragraph('二、付款方式', s.h2),
             Paragraph('预付款30%，设备到货后支付30%，项目验收合格后支付35%，质保金5%。', s.body),
             Paragraph('三、双方责任', s.h2),
             Paragraph('甲方负责提供现场条件、基础数据及协调；乙方负责方案实施、质量控制及人员培训，确保项目按期达到约定目标。', s.body),
             Paragraph('四、验收', s.h2),
             Paragraph('项目完成后由甲方组织验收，验收合格后双方签署验收报告。', s.body), sp(10),
             grid(s, [['甲方（盖章）', '乙方（盖章）'], [f'代表人: {cus["rep"]}', f'代表人: {sup["rep"]}'],
                      [f'签订日期: {dfmt(d, "slash")}', f'签订日期: {dfmt(d, "slash")}']], [85 * mm, 85 * mm], lines=False, pad=6),
             Stamp(cus['name'], dx=12 * mm, dy=0)]
    truth = T(doc_type='contract', contract_no=no, amount_yuan=a, date=d, customer=cus['name'])
    return dict(story=story, truth=truth, deco=None,
                note='改造项目合同: no-colon spaced labels (甲　　方 X（委托方）), 金额（元） items + 合计, 项目工期 range, ASCII-colon slash signing date')


# =================================================================
# SUBCONTRACTS
# =================================================================
def s_tech_sub():
    f = pick_font()
    s = Sty(f)
    sup, sub, cus = company('sup'), company('sup'), company('cus')
    d = P['date']
    main_d = d - timedelta(days=rng.randint(20, 90))
    main_no = contract_no('HT', main_d)
    no = P['no']
    a = P['amount']
    a = q2(a / rng.choice([3, 4, 5]))
    a = (a / 100).quantize(Decimal(1)) * 100
    story = [Paragraph('技术服务分包合同', s.title), Paragraph(f'分包合同编号：{no}', s.right), sp(3),
             Paragraph(f'总承包方（甲方）：{sup["name"]}', s.left), Paragraph(f'分包方（乙方）：{sub["name"]}', s.left), sp(2),
             Paragraph(f'鉴于甲方已与{cus["name"]}签订《{project()}合同》（合同编号：{main_no}，以下简称“主合同”），'
                       '现甲方将主合同中部分技术服务工作分包给乙方实施。为明确双方权利义务，经协商一致，订立本合同。', s.body),
             Paragraph('一、分包内容', s.h2),
             Paragraph('现场设备数据采集点位勘察、PLC程序适配、数据接口调试，以及配合甲方完成系统联调测试。', s.body),
             Paragraph('二、分包合同价款', s.h2),
             Paragraph(f'分包合同总价：¥{comma(a)}（{cn_upper(a)}），为固定总价，包含乙方完成分包工作的全部费用。', s.body),
             Paragraph('三、工期', s.h2),
             Paragraph(f'乙方应于{dfmt(d + timedelta(days=75), "cn")}前完成全部分包工作。', s.body),
             Paragraph('四、付款', s.h2),
             Paragraph('乙方完成分包工作并经甲方及业主确认后，甲方在收到业主相应款项后30日内向乙方支付。', s.body),
             Paragraph('五、其他', s.h2),
             Paragraph('乙方不得将本分包工作再行分包。本合同自双方签字盖章之日起生效。', s.body), sp(10),
             grid(s, [['甲方（盖章）：', '乙方（盖章）：'], [f'负责人：{sup["rep"]}', f'负责人：{sub["rep"]}'],
                      [f'签订日期：{dfmt(d, "cn")}', f'签订日期：{dfmt(d, "cn")}']], [85 * mm, 85 * mm], lines=False, pad=6),
             Stamp(sup['name'], dx=10 * mm, dy=0)]
    truth = T(doc_type='subcontract', contract_no=no, amount_yuan=a, date=d, customer=sup['name'])
    return dict(story=story, truth=truth, deco=None,
                note='技术服务分包合同: 总承包方（甲方）/分包方, cites main contract no and end customer (distractors), ¥ + 大写')


def s_outsource():
    f = pick_font()
    s = Sty(f)
    sup, sub, cus = company('sup'), company('sup'), company('cus')
    d = P['date']
    no = P['no']
    a = Decimal(rng.randint(80, 900) * 1000)
    story = [Paragraph('软件开发服务分包协议', s.title), sp(2),
             grid(s, [['协议编号', no], ['发包方（甲方）', sup['name']], ['接包方（乙方）', sub['name']],
                      ['最终用户', cus['name']], ['签订日期', dfmt(d, 'cn0')], ['协议金额', cn_upper(a)]],
                  [35 * mm, 130 * mm], pad=5),
             sp(4),
             Paragraph('第一条　甲方作为总集成商承接最终用户的智能制造项目，现将其中“设备监控看板及移动端应用”开发工作委托乙方完成。', s.body),
             Paragraph('第二条　乙方应遵守甲方与最终用户之间关于质量、进度、保密的全部要求，并接受甲方的统一管理。', s.body),
             Paragraph('第三条　协议金额为固定价格，甲方按里程碑分两期支付：源代码交付后支付60%，最终用户验收通过后支付40%。', s.body),
             Paragraph('第四条　乙方交付物的知识产权归甲方所有。', s.body),
             Paragraph('第五条　本协议一式贰份，双方各执壹份。', s.body), sp(12),
             Paragraph(f'甲方：{sup["name"]}（盖章）', s.left), Stamp(sup['name'], dx=40 * mm, dy=-18 * mm), sp(14),
             Paragraph(f'乙方：{sub["name"]}（盖章）', s.left), sp(6)]
    truth = T(doc_type='subcontract', contract_no=no, amount_yuan=a, date=d, customer=sup['name'])
    return dict(story=story, truth=truth, deco=None,
                note='软件开发服务分包协议: ruled kv table 发包方（甲方）/接包方/最终用户, amount only in 大写, date 2023年01月05日 zero-padded')


def s_install_sub():
    f = pick_font()
    s = Sty(f)
    sup, sub, cus = company('sup'), company('sup'), company('cus')
    d = P['date']
    main_no = contract_no('TJZN', d - timedelta(days=40))
    no = main_no.replace('号', '') + '-FB01'
    a = P['amount']
    a = (a / 600).quantize(Decimal(1)) * 100
    parts = split_amount(a, 3)
    story = [Paragraph('设备安装工程分包合同', s.title), Paragraph(f'合同编号：{no}', s.center), sp(3),
             Paragraph(f'承包人（总包单位）：{sup["name"]}', s.left), Paragraph(f'分包人：{sub["name"]}', s.left),
             Paragraph(f'工程名称：{cus["name"]}{project().replace("项目", "")}设备安装工程', s.left),
             Paragraph(f'总包合同编号：{main_no}', s.left), sp(2),
             Paragraph('一、分包范围及价款', s.h2),
             grid(s, [['分项', '金额（元）'], ['设备吊装就位', comma(parts[0])], ['管线敷设及接线', comma(parts[1])],
                      ['单机调试配合', comma(parts[2])], ['合计', comma(a)]], [90 * mm, 50 * mm], right_cols=(1,)),
             sp(2), Paragraph('二、工期：自进场之日起45日历天。', s.left),
             Paragraph('三、安全文明施工：分包人应遵守总包单位及业主的安全管理制度。', s.left),
             Paragraph('四、结算：按实际完成工程量结算，最终结算价不超过合同价款。', s.left), sp(10),
             grid(s, [['承包人（盖章）', '分包人（盖章）'], [f'代表：{sup["contact"]}', f'代表：{sub["contact"]}'],
                      [dfmt(d, 'cnsp'), dfmt(d, 'cnsp')]], [85 * mm, 85 * mm], lines=False, pad=6),
             Stamp(sub['name'], dx=95 * mm, dy=0)]
    truth = T(doc_type='subcontract', contract_no=no, amount_yuan=a, date=d, customer=sup['name'])
    return dict(story=story, truth=truth, deco=None,
                note='设备安装工程分包合同: 承包人（总包单位）/分包人, own no derived from 总包合同编号, 金额（元） items + 合计, date only under signature as "2023 年 10 月 12 日"')


# =================================================================
# ACCEPTANCE
# =================================================================
def a_report_grid():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d0 = P['d0']
    dA = P['date']
    no = P['no']
    proj = project()
    opinion = (f'{dfmt(dA, "cn")}，{esc(cus["name"])}组织验收组对{esc(sup["name"])}承担的{esc(proj)}进行了验收。验收组听取了项目实施情况汇报，'
               '查阅了技术文档，进行了现场测试。经认真审查和讨论，验收组一致认为：该项目已完成合同约定的全部建设内容，'
               '系统运行稳定，各项技术指标均达到合同要求，文档资料齐全。同意通过验收。')
    rows = [['项目名称', proj, '', ''], ['合同编号', no, '合同签订日期', dfmt(d0, 'cn')],
            ['建设单位（甲方）', cus['name'], '', ''], ['实施单位（乙方）', sup['name'], '', ''],
            ['验收日期', dfmt(dA, 'cn'), '验收地点', '甲方现场'],
            ['合同金额', (f"{cn_upper(P['acc_amount'])}（¥{comma(P['acc_amount'])}）" if P.get('acc_amount') else '—'), '', ''],
            ['验收内容', '1. 硬件设备到货及安装情况；2. 软件功能及性能测试；3. 系统集成与接口联调；4. 用户培训及文档交付。', '', ''],
            ['验收意见', opinion, '', ''],
            ['验收组组长（签字）', person(), '验收组成员', '、'.join(person() for _ in range(4))],
            ['建设单位意见', f'同意验收。<br/><br/>{esc(cus["name"])}（盖章）<br/>{dfmt(dA, "cn")}', '', '']]
    spans = [((1, 0), (3, 0)), ((1, 2), (3, 2)), ((1, 3), (3, 3)), ((1, 5), (3, 5)), ((1, 6), (3, 6)), ((1, 7), (3, 7)), ((1, 9), (3, 9))]
    story = [Paragraph('项目验收报告', s.title), sp(2),
             grid(s, rows, [32 * mm, 60 * mm, 28 * mm, 50 * mm], spans=spans, pad=6),
             Stamp(cus['name'], '', dx=70 * mm, dy=2 * mm)]
    truth = T(doc_type='acceptance_report', contract_no=no, date=dA, customer=cus['name'], result='passed')
    return dict(story=story, truth=truth, deco=None,
                note='验收报告 ruled form: 建设单位（甲方）, 合同签订日期 before 验收日期 on same row, 同意通过验收 in prose cell')


def a_certificate():
    f = pick_font()
    s = Sty(f, base=12)
    cus, sup = P['cus'], P['sup']
    d0 = P['d0']
    dA = P['date']
    no = P['no']
    cert = f'YS-{dA.year}-{rng.randint(10, 99):03d}'
    story = [sp(10), Paragraph('验 收 证 书', st(f, 26, TA_CENTER, leading=38)), Paragraph(f'证书编号：{cert}', s.right), sp(10),
             Paragraph(f'{esc(sup["name"])}承担的{esc(cus["name"])}{project()}（合同编号：{no}{P.get("acc_txt", "")}），'
                       f'已按合同要求完成全部建设任务，并于{dfmt(dA, "upper")}经我单位组织专家验收。', st(f, 13, TA_JUSTIFY, fi=26, leading=26)),
             Paragraph('验收组认为，项目交付的软硬件系统功能完整、运行可靠，技术文档齐全规范，达到了合同约定的技术指标。', st(f, 13, TA_JUSTIFY, fi=26, leading=26)),
             sp(6), Paragraph('验收结论：合格', st(f, 15, TA_LEFT, leading=24)), Paragraph('特发此证。', st(f, 13, fi=26, leading=26)),
             sp(30), Paragraph(f'验收单位（盖章）：{cus["name"]}', s.right), sp(4),
             Paragraph(dfmt(dA, 'cn'), s.right), Stamp(cus['name'], '', dx=115 * mm, dy=-5 * mm)]
    truth = T(doc_type='acceptance_report', contract_no=no, date=dA, customer=cus['name'], result='passed')
    return dict(story=story, truth=truth, deco=None,
                note='验收证书 prose: customer only as 验收单位（盖章） and inside sentence, 证书编号 distractor, upper-case date in prose + numeric at bottom, 验收结论：合格')


def a_completion_form(passed=True):
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d0 = P['d0']
    st_ = d0 + timedelta(days=10)
    en = st_ + timedelta(days=rng.randint(90, 200))
    dA = P['date']
    no = P['no']
    mark = '■合格　　□不合格' if passed else '□合格　　■不合格'
    rows = [['工程名称', f'{project()}', '', ''], ['建设单位', cus['name'], '合同编号', no],
            ['施工单位', sup['name'], '项目经理', person()], ['开工日期', dfmt(st_, 'iso'), '竣工日期', dfmt(en, 'iso')],
            ['验收日期', dfmt(dA, 'iso'), '', ''],
            ['验收范围', '控制柜及现场仪表安装、工业网络布线、上位监控系统、数据采集与报表功能。', '', ''],
            ['验收结论', mark, '', ''],
            ['建设单位（签章）', f'<br/><br/>{dfmt(dA, "iso")}', '施工单位（签章）', f'<br/><br/>{dfmt(dA, "iso")}']]
    if not passed:
        rows.insert(7, ['整改要求', '上位监控系统存在数据丢包，报表模块未按合同完成，限期15日内整改后重新组织验收。', '', ''])
    spans = [((1, 0), (3, 0)), ((1, 4), (3, 4)), ((1, 5), (3, 5)), ((1, 6), (3, 6))]
    if not passed:
        spans.append(((1, 7), (3, 7)))
    story = [Paragraph('竣工验收单', s.title), sp(2), grid(s, rows, [30 * mm, 58 * mm, 28 * mm, 54 * mm], spans=spans, pad=7),
             Stamp(cus['name'], '', dx=30 * mm, dy=0)]
    truth = T(doc_type='acceptance_report', contract_no=no, date=dA, customer=cus['name'], result='passed' if passed else 'failed')
    return dict(story=story, truth=truth, deco=None,
                note=f'竣工验收单 ruled form with checkbox result ({"■合格 □不合格" if passed else "□合格 ■不合格"}), 建设单位, ISO dates with 开工/竣工 distractors')


def a_final_failed():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d0 = P['d0']
    dA = P['date']
    no = P['no']
    a = P['amount']
    story = [Paragraph('项目终验报告', s.title), sp(2),
             grid(s, [['项目名称', project()], ['合同编号', no], ['委托方', cus['name']], ['承建方', sup['name']],
                      ['验收日期', dfmt(dA, 'cn')]], [30 * mm, 140 * mm], pad=4),
             Paragraph('一、项目概况', s.h2),
             Paragraph(f'{esc(cus["name"])}与{esc(sup["name"])}于{dfmt(d0, "cn")}签订项目合同，合同金额{comma(a)}元。'
                       '项目主要建设内容包括设备联网、生产数据采集、OEE分析及质量追溯。', s.body),
             Paragraph('二、验收过程', s.h2),
             Paragraph(f'{dfmt(dA - timedelta(days=1), "cn")}至{dA.day}日，验收组依据合同及技术协议，对项目进行了现场测试和资料审查。', s.body),
             Paragraph('三、存在问题', s.h2),
             Paragraph(f'1. 设备综合效率（OEE）提升指标未达到合同约定的15%，实测为{rng.randint(40, 95) / 10}%；', s.left),
             Paragraph('2. 数据采集模块测试合格，但质量追溯模块与ERP接口未完成开发；', s.left),
             Paragraph('3. 部分操作人员培训记录缺失。', s.left),
             Paragraph('四、验收结论', s.h2),
             Paragraph('经验收，项目未达到合同约定要求，不予通过。要求承建方于30日内完成整改后重新申请验收。', s.body), sp(10),
             Paragraph(f'委托方（盖章）：{cus["name"]}', s.right), Paragraph(f'验收组组长：{person()}', s.right),
             Paragraph(dfmt(dA, 'cn'), s.right), Stamp(cus['name'], '', dx=110 * mm, dy=-4 * mm)]
    truth = T(doc_type='acceptance_report', contract_no=no, date=dA, customer=cus['name'], result='failed')
    return dict(story=story, truth=truth, deco=None,
                note='项目终验报告 FAILED: 不予通过 with "测试合格" elsewhere, 委托方/承建方, contract amount + signing date distractors in 概况')


def a_confirm_nocolon():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d0 = P['d0']
    dA = P['date']
    no = P['no']
    story = [Paragraph(sup['name'], s.center), Paragraph('项目验收确认单', s.title), sp(4),
             grid(s, [['客户名称', cus['name']], ['项目名称', project()], ['合同号', no], ['合同金额', (f"{comma(P['acc_amount'])}元" if P.get('acc_amount') else '详见合同')], ['交付内容', '智能产线控制系统壹套及相关软件、技术资料'],
                      ['验收时间', dfmt(dA, 'slash')]], [30 * mm, 140 * mm], lines=False, pad=5, cell=s.left),
             sp(3), Paragraph('买方意见：', s.left),
             Paragraph('经买方验收，卖方所交付的设备及系统数量齐全、外观完好，功能与性能满足合同技术要求。', s.body),
             Paragraph('验收结论: 合格', s.left), sp(14),
             grid(s, [['买方（签章）', '卖方（签章）'], [cus['name'], sup['name']], [dfmt(dA, 'slash'), dfmt(dA, 'slash')]],
                  [85 * mm, 85 * mm], lines=False, pad=4),
             Stamp(cus['name'], '', dx=10 * mm, dy=0)]
    truth = T(doc_type='acceptance_report', contract_no=no, date=dA, customer=cus['name'], result='passed')
    return dict(story=story, truth=truth, deco=None,
                note='验收确认单 issued on supplier letterhead: no-colon kv labels (客户名称/合同号/验收时间), 买方 wording, ASCII colon 验收结论: 合格')


def a_opinion_checklist_failed():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d0 = P['d0']
    dA = P['date']
    no = P['no']
    items = [['序号', '检查项目', '检查结果'], ['1', '设备到货数量及型号', '合格'], ['2', '设备安装质量', '合格'],
             ['3', '系统功能测试', '不合格'], ['4', '性能指标（节拍≤45s）', '不合格'], ['5', '技术文档及培训', '合格']]
    story = [Paragraph('验收意见书', s.title),
             Paragraph(f'项目名称：{project()}　　合同编号：{no}', s.left),
             Paragraph(f'甲方（需方）：{cus["name"]}', s.left), Paragraph(f'乙方（供方）：{sup["name"]}', s.left),
             Paragraph(f'验收日期：{dfmt(dA, "dot")}', s.left), sp(3),
             grid(s, items, [16 * mm, 100 * mm, 40 * mm], center_cols=(0, 2)), sp(3),
             Paragraph('验收结论：不合格', s.left),
             Paragraph('说明：系统功能测试中工单下发及报工功能存在缺陷，产线节拍实测52s，未满足合同约定指标。请乙方整改后另行组织复验。', s.body), sp(10),
             Paragraph(f'甲方验收代表签字：{cus["contact"]}　　　　乙方代表签字：{sup["contact"]}', s.left),
             Paragraph(dfmt(dA, 'dot'), s.right)]
    truth = T(doc_type='acceptance_report', contract_no=no, date=dA, customer=cus['name'], result='failed')
    return dict(story=story, truth=truth, deco=None,
                note='验收意见书 FAILED: checklist table mixing 合格/不合格 rows, 验收结论：不合格, 甲方（需方）label, dot dates')


# =================================================================
# PAYMENT PROOFS
# =================================================================
RECEIPT = (210 * mm, 130 * mm)


def pay_parties():
    payer, payee = company('cus'), company('sup')
    return payer, payee


def p_icbc():
    f = pick_font()
    s = Sty(f, base=9.5, title=15)
    payer, payee = P['payer'], P['payee']
    d = P['date']
    a = P['amount']
    cno = P.get('cno')
    pr = d + timedelta(days=rng.randint(3, 40))
    t = f'{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}'
    rows = [['付<br/>款<br/>人', '户名', payer['name'], '收<br/>款<br/>人', '户名', payee['name']],
            ['', '账号', payer['acct'], '', '账号', payee['acct']],
            ['', '开户银行', payer['bank'], '', '开户银行', payee['bank']],
            ['金额', '', f'{cn_upper(a, prefix="人民币（大写）：")}', '', '', f'¥{comma(a)}'],
            ['摘要', '', '货款', '业务（产品）种类', '', '跨行发报'],
            ['用途', '', (f'支付{cno}合同款' if cno else '支付技术服务费'), '', '', ''],
            ['交易流水号', '', f'{rng.randint(10**11, 10**12 - 1)}', '时间戳', '', f'{dfmt(d, "iso")}-{t.replace(":", ".")}.{rng.randint(100000, 999999)}'],
            ['备注', '', '', '', '', ''],
            ['', '', f'验证码：{"".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))}', '', '', '']]
    spans = [((0, 0), (0, 2)), ((3, 0), (3, 2)), ((0, 3), (1, 3)), ((2, 3), (4, 3)), ((0, 4), (1, 4)), ((3, 4), (4, 4)),
             ((0, 5), (1, 5)), ((2, 5), (5, 5)), ((0, 6), (1, 6)), ((3, 6), (4, 6)), ((0, 7), (1, 7)), ((2, 7), (5, 7)),
             ((0, 8), (1, 8)), ((2, 8), (5, 8))]
    tbl = grid(s, rows, [10 * mm, 18 * mm, 62 * mm, 10 * mm, 18 * mm, 62 * mm], spans=spans, pad=3, center_cols=(0, 3))
    story = [Paragraph('中国工商银行　网上银行电子回单', s.title),
             Paragraph(f'电子回单号码：{rng.randint(10**15, 10**16 - 1)}', s.right), tbl, sp(2),
             Paragraph(f'记账网点　{rng.randint(100, 999):05d}　　记账柜员　{rng.randint(1, 99):05d}　　记账日期　{dfmt(d, "cn")}', s.small),
             Paragraph(f'打印日期：{dfmt(pr, "cn")}　　重要提示：本回单不作为收款方发货依据，并请勿重复记账。', s.small),
             Stamp('中国工商银行股份有限公司电子回单专用章', None, size=30 * mm, dx=140 * mm, dy=-8 * mm)]
    truth = T(doc_type='payment_proof', contract_no=cno, amount_yuan=a, date=d, payer=payer['name'], payee=payee['name'])
    return dict(story=story, truth=truth, deco=None, pagesize=RECEIPT, margins=(10, 10, 10, 8),
                note='ICBC 网上银行电子回单: 付款人|收款人 side-by-side with vertical labels, 户名/账号/开户银行 rows, 大写+¥, 时间戳 yyyy-mm-dd-hh.mm.ss, later 打印日期, contract no in 用途')


def p_ccb():
    f = pick_font()
    s = Sty(f, base=9.5, title=15)
    payer, payee = P['payer'], P['payee']
    d = P['date']
    a = P['amount']
    rows = [['付款人', '全　称', payer['name'], '收款人', '全　称', payee['name']],
            ['', '账　号', payer['acct'], '', '账　号', payee['acct']],
            ['', '开户行', payer['bank'], '', '开户行', payee['bank']],
            ['币种', '人民币', '', '交易时间', f'{dfmt(d, "cn")} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}', ''],
            ['金额（大写）', cn_upper(a, prefix=''), '', '金额（小写）', f'{comma(a)}', ''],
            ['摘要', rng.choice(['项目款', '技术服务费', '设备款', '进度款']), '', '凭证号', f'{rng.randint(10**8, 10**9 - 1)}', ''],
            ['附言', '', '', '', '', '']]
    spans = [((0, 0), (0, 2)), ((3, 0), (3, 2)), ((1, 3), (2, 3)), ((4, 3), (5, 3)), ((1, 4), (2, 4)), ((4, 4), (5, 4)),
             ((1, 5), (2, 5)), ((4, 5), (5, 5)), ((1, 6), (5, 6))]
    story = [Paragraph('中国建设银行网上银行电子回单', s.title),
             Paragraph(f'打印时间：{dfmt(d + timedelta(days=rng.randint(1, 30)), "iso")}　　回单编号：{rng.randint(10**13, 10**14 - 1)}', s.small),
             grid(s, rows, [16 * mm, 16 * mm, 58 * mm, 18 * mm, 16 * mm, 56 * mm], spans=spans, pad=3, center_cols=(0, 3)), sp(2),
             Paragraph('本回单可通过建行对外网站进行验证。', s.small),
             Stamp('中国建设银行股份有限公司网上银行业务专用章', None, size=28 * mm, dx=150 * mm, dy=-6 * mm)]
    truth = T(doc_type='payment_proof', amount_yuan=a, date=d, payer=payer['name'], payee=payee['name'])
    return dict(story=story, truth=truth, deco=None, pagesize=RECEIPT, margins=(10, 10, 10, 8),
                note='CCB 电子回单: 付款人|收款人 columns with 全　称 (full-width space), 金额（小写） without ¥, 交易时间 cn date + time, 打印时间 distractor, no contract no')


def p_cmb_kv():
    f = pick_font()
    s = Sty(f, base=10, title=15)
    payer, payee = P['payer'], P['payee']
    d = P['date']
    a = P['amount']
    rows = [[f'付款人：{payer["name"]}', f'收款人：{payee["name"]}'],
            [f'付款账号：{payer["acct"]}', f'收款账号：{payee["acct"]}'],
            [f'付款开户行：{payer["bank"]}', f'收款开户行：{payee["bank"]}'],
            [f'金额：RMB {comma(a)}', f'大写：{cn_upper(a, prefix="")}'],
            [f'业务类型：企业银行支付', f'用途：{rng.choice(["合同进度款", "项目尾款", "首付款"])}'],
            [f'流水号：{rng.choice("BCDFG")}{rng.randint(10**9, 10**10 - 1)}', f'日期：{dfmt(d, "iso")}']]
    story = [Paragraph('招商银行　业务回单（付款）', s.title), sp(2),
             grid(s, rows, [95 * mm, 95 * mm], lines=False, pad=4, cell=s.left,
                  extra=[('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('LINEBELOW', (0, 2), (-1, 2), 0.5, colors.black)]),
             sp(2), Paragraph(f'回单编号：{rng.randint(10**11, 10**12 - 1)}　　回单验证码：{rng.randint(10**7, 10**8 - 1)}　　打印次数：1', s.small),
             Stamp('招商银行股份有限公司天津分行业务专用章', None, size=28 * mm, dx=150 * mm, dy=-6 * mm)]
    truth = T(doc_type='payment_proof', amount_yuan=a, date=d, payer=payer['name'], payee=payee['name'])
    return dict(story=story, truth=truth, deco=None, pagesize=(210 * mm, 110 * mm), margins=(10, 10, 10, 8),
                note='CMB 业务回单（付款）: boxed kv pairs 付款人：X | 收款人：Y on the same line, RMB 1,234.00, ISO 日期 at bottom right')


def p_tjbank_jinzhang():
    """进账单（回单） with digit-grid amount."""
    f = pick_font()
    s = Sty(f, base=9.5, title=15)
    payer, payee = P['payer'], P['payee']
    d = P['date']
    a = P['amount']
    while a >= Decimal('100000000'):
        a = amount()
    digits = f'{int(a * 100):d}'
    units = ['亿', '千', '百', '十', '万', '千', '百', '十', '元', '角', '分']
    cells = [''] * 11
    ds = '¥' + digits
    for i, ch in enumerate(reversed(ds)):
        if i < 11:
            cells[10 - i] = ch
        else:
            cells[0] = ch
    amt_row = ['金额', cn_upper(a, prefix='人民币<br/>（大写）')]
    rows = [['出<br/>票<br/>人', '全称', payer['name'], '收<br/>款<br/>人', '全称', payee['name']],
            ['', '账号', payer['acct'], '', '账号', payee['acct']],
            ['', '开户银行', payer['bank'], '', '开户银行', payee['bank']]]
    t1 = grid(s, rows, [9 * mm, 15 * mm, 66 * mm, 9 * mm, 15 * mm, 66 * mm], spans=[((0, 0), (0, 2)), ((3, 0), (3, 2))],
              pad=3, center_cols=(0, 3))
    small = st(f, 8, TA_CENTER, leading=10)
    big = st(f, 10, TA_CENTER, leading=12)
    t2 = grid(s, [['金额', Paragraph(cn_upper(a, prefix='人民币（大写）'), s.cell)] + [Paragraph(u, small) for u in units],
                  ['', ''] + [Paragraph(c, big) for c in cells]],
              [9 * mm, 81 * mm] + [7.3 * mm] * 11, spans=[((0, 0), (0, 1)), ((1, 0), (1, 1))], pad=2,
              extra=[('LEFTPADDING', (2, 0), (-1, -1), 0), ('RIGHTPADDING', (2, 0), (-1, -1), 0)])
    t3 = grid(s, [['票据种类', '转账支票', '票据张数', '1'], ['票据号码', f'{rng.randint(10**7, 10**8 - 1)}', '', ''],
                  ['复核：', '记账：', '收款人开户银行签章', '']], [24 * mm, 66 * mm, 30 * mm, 60 * mm], pad=3,
              spans=[((1, 1), (3, 1))])
    story = [Paragraph('天津银行　进账单（回单）　1', s.title), Paragraph(dfmt(d, 'cnsp'), s.center), t1, t2, t3,
             sp(1), Paragraph('此联是开户银行交给持（出）票人的回单', s.small),
             Stamp('天津银行股份有限公司' + payee['dist'].replace('新区', '').replace('区', '') + '支行', '转讫', size=26 * mm, dx=150 * mm, dy=8 * mm)]
    truth = T(doc_type='payment_proof', amount_yuan=a, date=d, payer=payer['name'], payee=payee['name'])
    return dict(story=story, truth=truth, deco=None, pagesize=(210 * mm, 120 * mm), margins=(8, 8, 8, 6),
                note='进账单（回单）: 出票人 (=payer)/收款人 columns, amount as 大写 + per-digit grid 亿千百十万千百十元角分 (no comma number), spaced date "2023 年 10 月 12 日"')


def p_abc_receive():
    f = pick_font()
    s = Sty(f, base=9.5, title=15)
    payer, payee = P['payer'], P['payee']
    d = P['date']
    a = P['amount']
    cno = P.get('cno')
    rows = [['收款方', '户名', payee['name'], '付款方', '户名', payer['name']],
            ['', '账号', payee['acct'], '', '账号', payer['acct']],
            ['', '开户行', payee['bank'], '', '开户行', payer['bank']],
            ['金额（小写）', f'¥{comma(a)}', '', '金额（大写）', cn_upper(a, prefix=''), ''],
            ['交易日期', dfmt(d, 'slash'), '', '交易类型', '转账（来账）', ''],
            ['附言', (f'{cno}合同首付款' if cno else P.get('memo', '合同款')), '', '', '', '']]
    spans = [((0, 0), (0, 2)), ((3, 0), (3, 2)), ((1, 3), (2, 3)), ((4, 3), (5, 3)), ((1, 4), (2, 4)), ((4, 4), (5, 4)), ((1, 5), (5, 5))]
    story = [Paragraph('中国农业银行　网上银行电子回单（收款）', s.title),
             Paragraph(f'回单编号：{rng.randint(10**9, 10**10 - 1)}', s.right),
             grid(s, rows, [18 * mm, 14 * mm, 58 * mm, 18 * mm, 14 * mm, 68 * mm], spans=spans, pad=3, center_cols=(0, 3)),
             sp(2), Paragraph(f'打印日期：{dfmt(d + timedelta(days=rng.randint(5, 40)), "slash")}', s.small),
             Stamp('中国农业银行股份有限公司电子回单专用章', None, size=28 * mm, dx=150 * mm, dy=-6 * mm)]
    truth = T(doc_type='payment_proof', contract_no=cno, amount_yuan=a, date=d, payer=payer['name'], payee=payee['name'])
    return dict(story=story, truth=truth, deco=None, pagesize=RECEIPT, margins=(10, 10, 10, 8),
                note='ABC 电子回单（收款）: 收款方 in LEFT column, 付款方 right (reversed order), slash dates, TJZN contract no in 附言')


def p_spdb_vertical():
    f = pick_font()
    s = Sty(f, base=10, title=15)
    payer, payee = P['payer'], P['payee']
    d = P['date']
    a = P['amount']
    kv = [['交易日期', dfmt(d, 'compact')], ['交易流水号', f'{rng.randint(10**14, 10**15 - 1)}'],
          ['付款人户名', payer['name']], ['付款人账号', payer['acct']], ['付款人开户行', payer['bank']],
          ['收款人户名', payee['name']], ['收款人账号', payee['acct']], ['收款人开户行', payee['bank']],
          ['交易金额', f'RMB{comma(a)}'], ['金额大写', cn_upper(a)], ['摘要', '技术服务费'],
          ['打印日期', dfmt(d + timedelta(days=rng.randint(1, 20)), 'compact')]]
    story = [Paragraph('上海浦东发展银行', s.sub), Paragraph('转账凭证（回单）', s.title), sp(2),
             grid(s, kv, [40 * mm, 110 * mm], pad=3), Stamp('上海浦东发展银行股份有限公司天津分行', '业务专用章', size=28 * mm, dx=120 * mm, dy=6 * mm)]
    truth = T(doc_type='payment_proof', amount_yuan=a, date=d, payer=payer['name'], payee=payee['name'])
    return dict(story=story, truth=truth, deco=None, pagesize=(170 * mm, 150 * mm), margins=(10, 10, 10, 8),
                note='SPDB 转账凭证（回单）: vertical ruled kv 付款人户名/收款人户名, compact YYYYMMDD 交易日期, RMB1,234.00 no space')


def p_boc_pair():
    f = pick_font()
    s = Sty(f, base=9.5, title=15)
    payer, payee = P['payer'], P['payee']
    d = P['date']
    a = P['amount']
    cno = P.get('cno')
    rows = [['付款人名称', payer['name'], '收款人名称', payee['name']],
            ['付款人账号', payer['acct'], '收款人账号', payee['acct']],
            ['付款人开户行', payer['bank'], '收款人开户行', payee['bank']],
            ['金额', f'CNY{comma(a)}', '金额大写', cn_upper(a, prefix='')],
            ['日期', dfmt(d, 'dot'), '业务种类', '国内支付'],
            ['附言', (f'{cno}合同进度款' if cno else P.get('memo', '项目进度款')), '', '']]
    story = [Paragraph('中国银行　国内支付业务付款回单', s.title),
             Paragraph(f'交易流水号：{rng.randint(10**10, 10**11 - 1)}　　回单序号：{rng.randint(1, 9)}', s.small),
             grid(s, rows, [24 * mm, 71 * mm, 24 * mm, 71 * mm], spans=[((1, 5), (3, 5))], pad=3), sp(2),
             Paragraph(f'经办：{rng.randint(10**5, 10**6 - 1)}　　复核：　　打印日期：{dfmt(d, "dot")}', s.small),
             Stamp('中国银行股份有限公司天津分行', '电子回单专用章', size=28 * mm, dx=150 * mm, dy=-6 * mm)]
    truth = T(doc_type='payment_proof', contract_no=cno, amount_yuan=a, date=d, payer=payer['name'], payee=payee['name'])
    return dict(story=story, truth=truth, deco=None, pagesize=RECEIPT, margins=(10, 10, 10, 8),
                note='BOC 付款回单: 4-column ruled 付款人名称|X|收款人名称|Y rows, CNY1,234.00, dot date, contract no (〔〕 or (yyyy)) in 附言')


# =================================================================
# PROCUREMENT
# =================================================================
def r_bid_award():
    f = pick_font()
    s = Sty(f, base=12)
    buyer, sup = P['cus'], P['sup']
    agent_name = f'天津{rng.choice(["中诚", "建经", "津招", "信达"])}招标代理有限公司'
    open_d = P['date'] - timedelta(days=12)
    no = P['no']
    d = P['date']
    a = P['amount']
    body = st(f, 12.5, TA_JUSTIFY, fi=25, leading=26)
    story = [sp(10), Paragraph('中 标 通 知 书', st(f, 24, TA_CENTER, leading=36)), sp(8),
             Paragraph(f'{esc(sup["name"])}：', st(f, 12.5, leading=26)),
             Paragraph(f'我方于{dfmt(open_d, "cn")}开标的{esc(buyer["name"])}{project()}（招标编号：{no}）招标，'
                       f'经评标委员会评审并经招标人确认，确定贵单位为中标人。', body),
             Paragraph(f'中标价：¥{comma(a)}（{cn_upper(a)}）', body),
             Paragraph('工期：合同签订后150日历天', body), Paragraph('质量要求：合格', body),
             Paragraph('请你方在接到本通知书后30日内，到招标人处与招标人签订合同。', body),
             Paragraph('特此通知。', body), sp(18),
             Paragraph(f'招标人：{buyer["name"]}（盖章）', s.right), Stamp(buyer['name'], '', size=34 * mm, dx=100 * mm, dy=-20 * mm),
             Paragraph(f'招标代理机构：{agent_name}（盖章）', s.right), sp(4),
             Paragraph(dfmt(d, 'cn'), s.right)]
    truth = T(doc_type='procurement_proof', contract_no=no, amount_yuan=a, date=d, customer=buyer['name'])
    return dict(story=story, truth=truth, deco=None,
                note='中标通知书 prose: addressed to the winner, 招标人 + 招标代理机构 at bottom, earlier 开标 date in text, 招标编号 ZByyyymmdd-nn, ¥ + 大写')


def r_deal_notice():
    f = pick_font()
    s = Sty(f, base=11.5)
    buyer, sup = P['cus'], P['sup']
    agent_name = f'天津{rng.choice(["国际", "中天", "泰达", "华信"])}招标有限公司'
    d0 = P['date'] - timedelta(days=9)
    no = P['no']
    d = P['date']
    a = P['amount']
    body = st(f, 11.5, TA_JUSTIFY, fi=23, leading=22)
    story = [Paragraph('成交通知书', s.title), Paragraph(f'项目编号：{no}', s.center), sp(6),
             Paragraph(f'致：{esc(sup["name"])}', st(f, 11.5, leading=22)),
             Paragraph(f'{agent_name}受{esc(buyer["name"])}（采购人）委托，就“{project()}”以竞争性磋商方式进行采购。'
                       f'经磋商小组评审，并经采购人确认，贵公司为本项目成交供应商，现将有关事项通知如下：', body),
             grid(s, [['采购人', buyer['name']], ['成交供应商', sup['name']], ['成交金额', f'人民币{wan(a)}万元（{cn_upper(a, prefix="")}）'],
                      ['服务期', '自合同签订之日起一年']], [30 * mm, 135 * mm], pad=5),
             sp(3), Paragraph('请贵公司自本通知书发出之日起30日内与采购人签订政府采购合同。', body), sp(16),
             Paragraph(f'采购代理机构：{agent_name}', s.right), Paragraph(dfmt(d, 'iso'), s.right),
             Stamp(agent_name, '', size=32 * mm, dx=115 * mm, dy=-8 * mm)]
    truth = T(doc_type='procurement_proof', contract_no=no, amount_yuan=a, date=d, customer=buyer['name'])
    return dict(story=story, truth=truth, deco=None,
                note='成交通知书 (竞争性磋商) issued/signed by the 采购代理机构, 采购人 in prose + ruled kv, amount as X万元 + 大写 without 人民币 prefix, ISO date')


def r_po_grid():
    f = pick_font()
    s = Sty(f, base=9.5)
    buyer, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    parts = split_amount(a, rng.randint(3, 5))
    items = ['工业相机', '边缘计算网关', '伺服驱动器', '安全光栅', '交换机（工业级）', '扫码枪', '触摸屏HMI']
    rng.shuffle(items)
    rows = [['行号', '物料编码', '物料描述', '数量', '单位', '含税单价', '含税金额']]
    for i, (p, nm) in enumerate(zip(parts, items), 1):
        qty = rng.choice([1, 2, 5, 10])
        if p % (qty * 100):
            qty = 1
        rows.append([str(i * 10), f'M{rng.randint(10**6, 10**7 - 1)}', nm, str(qty), '台', comma(p / qty), comma(p)])
    rows.append(['', '', '合计', '', '', '', comma(a)])
    dd = d + timedelta(days=rng.randint(20, 60))
    hdr = grid(s, [['采购方', buyer['name'], '供应商', sup['name']], ['地址', buyer['addr'], '地址', sup['addr']],
                   ['联系人', buyer['contact'], '联系人', sup['contact']], ['订单编号', no, '订单日期', dfmt(d, 'slash')],
                   ['交货日期', dfmt(dd, 'slash'), '付款条件', '月结60天']],
               [20 * mm, 65 * mm, 20 * mm, 65 * mm], pad=3)
    story = [Paragraph(buyer['name'], s.center), Paragraph('采购订单', s.title), hdr, sp(3),
             grid(s, rows, [12 * mm, 24 * mm, 44 * mm, 14 * mm, 12 * mm, 30 * mm, 34 * mm], center_cols=(0, 3, 4), right_cols=(5, 6), pad=3),
             sp(2), Paragraph(f'订单总金额（含税）：{cn_upper(a)}', s.left), sp(2),
             Paragraph('备注：1. 请供应商收到订单后24小时内回签确认；2. 发票随货同行，需注明订单编号。', s.small), sp(8),
             grid(s, [['采购方（盖章）：', '供应商确认（盖章）：']], [85 * mm, 85 * mm], lines=False),
             Stamp(buyer['name'], '采购专用章', size=32 * mm, dx=20 * mm, dy=-20 * mm)]
    truth = T(doc_type='procurement_proof', contract_no=no, amount_yuan=a, date=d, customer=buyer['name'])
    return dict(story=story, truth=truth, deco=None,
                note='采购订单 ruled header 采购方|X|供应商|Y side by side, 订单日期 and later 交货日期 in same grid, items with 含税金额 + 合计, buyer letterhead')


def r_order_supply():
    f = pick_font()
    s = Sty(f, base=10)
    buyer, sup = P['cus'], P['sup']
    d = P['date']
    no = P['no']
    a = P['amount']
    parts = split_amount(a, 3)
    rows = [['序号', '货物名称', '型号规格', '数量', '金额（元）'],
            ['1', '智能电表及采集终端', 'DTZY-1型', '120', comma(parts[0])],
            ['2', '能源管理平台软件', 'EMS V2.0', '1', comma(parts[1])],
            ['3', '安装调试服务', '—', '1', comma(parts[2])],
            ['价税合计', '', '', '', comma(a)]]
    story = [Paragraph('订　货　单', s.title),
             Paragraph(f'单号 {no}　　　　下单日期 {dfmt(d, "dot")}', s.right), sp(2),
             Paragraph(f'订货单位（需方）　{buyer["name"]}', s.left), Paragraph(f'供货单位（供方）　{sup["name"]}', s.left), sp(2),
             grid(s, rows, [14 * mm, 50 * mm, 34 * mm, 18 * mm, 40 * mm], spans=[((0, 4), (3, 4))], center_cols=(0, 3), right_cols=(4,)),
             sp(2), Paragraph(f'大写金额：{cn_upper(a, prefix="")}', s.left),
             Paragraph('交货方式：供方送货上门　　结算方式：电汇', s.left), sp(8),
             Paragraph(f'需方经办人：{buyer["contact"]}　　　　供方经办人：{sup["contact"]}', s.left)]
    truth = T(doc_type='procurement_proof', contract_no=no, amount_yuan=a, date=d, customer=buyer['name'])
    return dict(story=story, truth=truth, deco=None,
                note='订货单: labels without colon (单号 X, 下单日期 2023.10.12, 订货单位（需方）　X), 价税合计 row, 大写金额 without 人民币')


def r_selection_notice():
    f = pick_font()
    s = Sty(f, base=11.5)
    buyer, sup = P['cus'], P['sup']
    d0 = P['date'] - timedelta(days=9)
    no = P['no']
    d = P['date']
    a = P['amount']
    story = [Paragraph(buyer['name'], s.sub), Paragraph('中选通知书', s.title), sp(4),
             Paragraph(f'{esc(sup["name"])}:', s.left),
             Paragraph(f'我公司组织的{project()}询比采购（采购编号:{no}）已于{dfmt(d0, "dot1")}完成评审。经评审小组评审、公司采购领导小组审定，'
                       f'确定贵公司为中选人，中选金额为{wan(a)}万元（含税）。', st(f, 11.5, TA_JUSTIFY, fi=23, leading=22)),
             Paragraph('请于本通知发出后15日内与我公司联系签订合同事宜。', st(f, 11.5, TA_JUSTIFY, fi=23, leading=22)), sp(14),
             Paragraph(f'采购人:{buyer["name"]}', s.right), Paragraph(f'联系人:{buyer["contact"]}　电话:{buyer["tel"]}', s.right),
             Paragraph(dfmt(d, 'dot1'), s.right), Stamp(buyer['name'], '', size=32 * mm, dx=112 * mm, dy=-4 * mm)]
    truth = T(doc_type='procurement_proof', contract_no=no, amount_yuan=a, date=d, customer=buyer['name'])
    return dict(story=story, truth=truth, deco=None,
                note='中选通知书 (询比采购): ASCII colons, amount only as X万元（含税）, unpadded dot dates 2023.9.5, earlier 评审 date in text')


# =================================================================
# STANDARD DRAFTS
# =================================================================
def d_enterprise_std():
    f = pick_font()
    s = Sty(f)
    sup = P['sup']
    code = 'Q/TJ' + ''.join(rng.choice('ABCDHKMRSWXZ') for _ in range(2)) + f' {rng.randint(1, 20):03d}—{rng.choice([2023, 2024])}'
    title = P['title']
    story = [Paragraph('ICS 25.040<br/>J 07', s.left), sp(10), Paragraph('Q/' + sup['name'][2:4], st(f, 26, TA_RIGHT, leading=36)),
             Paragraph(sup['name'] + '企业标准', st(f, 18, TA_CENTER, leading=28)), Paragraph(code, s.right), sp(40),
             Paragraph(title, st(f, 22, TA_CENTER, leading=32)), Paragraph('（征求意见稿）', st(f, 14, TA_CENTER, leading=22)), sp(70),
             Paragraph('XXXX-XX-XX发布　　　　　　　　　　　XXXX-XX-XX实施', s.center), sp(4),
             Paragraph(f'{sup["name"]}　发布', s.center), PageBreak(),
             Paragraph('前　言', s.sub),
             Paragraph('本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。', s.body),
             Paragraph(f'本标准由{esc(sup["name"])}技术中心提出并归口。', s.body),
             Paragraph(f'本标准起草单位：{esc(sup["name"])}。', s.body),
             Paragraph(f'本标准主要起草人：{"、".join(person() for _ in range(4))}。', s.body),
             Paragraph('1　范围', s.h2), Paragraph(f'本标准规定了{title[:-2]}的总体要求、数据分类、采集方式、传输与存储要求。本标准适用于本公司承接的智能制造项目。', s.body),
             Paragraph('2　规范性引用文件', s.h2),
             Paragraph('GB/T 38129—2019　智能工厂　安全控制要求<br/>GB/T 39116—2020　智能制造能力成熟度模型', s.left),
             Paragraph('3　术语和定义', s.h2), Paragraph('3.1　数据采集点　data acquisition point：设备上可被读取的最小数据单元。', s.body),
             Paragraph('4　总体要求', s.h2), Paragraph('4.1　采集频率应不低于1Hz；4.2　时间戳应统一采用北京时间并精确到毫秒。', s.body)]
    truth = T(doc_type='standard_draft')
    return dict(story=story, truth=truth, deco=None,
                note='企业标准（征求意见稿） cover with Q/ code, XXXX-XX-XX placeholders, 前言 and clauses')


def d_group_std():
    f = pick_font()
    s = Sty(f)
    y = rng.choice([2023, 2024])
    code = f'T/TJIMA {rng.randint(1, 40):03d}-{y}'
    story = [Paragraph('ICS 35.240.50　　　　　　　　　　　　　　　　　　　　　CCS L 67', s.left), sp(8),
             Paragraph('团　体　标　准', st(f, 28, TA_CENTER, leading=40)), Paragraph(code, s.right), sp(30),
             Paragraph(esc(P['title']), st(f, 22, TA_CENTER, leading=32)),
             
             Paragraph('（草案）', st(f, 14, TA_CENTER, leading=22)), sp(60),
             Paragraph(f'{y}-XX-XX发布　　　　　　　　　　　{y}-XX-XX实施', s.center),
             Paragraph('天津市智能制造产业协会　发布', s.center), PageBreak(),
             Paragraph('目　次', s.sub), Paragraph('前言 ……… II<br/>1 范围 ……… 1<br/>2 规范性引用文件 ……… 1<br/>3 术语和定义 ……… 1<br/>4 评价原则 ……… 2<br/>5 评价指标体系 ……… 2', s.left),
             Paragraph('1　范围', s.h2), Paragraph('本文件给出了离散制造企业数字化车间评价的原则、指标体系、评价方法与评价流程。', s.body),
             Paragraph('5　评价指标体系', s.h2),
             grid(s, [['一级指标', '二级指标', '权重'], ['基础设施', '设备联网率', '0.15'], ['', '网络覆盖', '0.05'],
                      ['生产管控', '计划排程', '0.20'], ['', '质量追溯', '0.20'], ['数据应用', '数据分析与决策', '0.40']],
                  [40 * mm, 70 * mm, 30 * mm], spans=[((0, 1), (0, 2)), ((0, 3), (0, 4))], center_cols=(2,))]
    truth = T(doc_type='standard_draft')
    return dict(story=story, truth=truth, deco=None, note='团体标准（草案） T/ code, 天津市智能制造产业协会, indicator table')


# =================================================================
# MEETING RECORDS
# =================================================================
def m_kickoff():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    story = [Paragraph(f'{project()}启动会会议纪要', s.title), sp(2),
             Paragraph(f'会议时间：{dfmt(d, "cn")}上午9:30', s.left),
             Paragraph(f'会议地点：{cus["name"]}三楼会议室', s.left),
             Paragraph(f'参会单位：{cus["name"]}、{sup["name"]}', s.left),
             Paragraph(f'主持人：{cus["rep"]}　　记录人：{person()}', s.left), sp(2),
             Paragraph('会议内容：', s.h2),
             Paragraph(f'1. {esc(sup["name"])}项目经理介绍了项目实施方案、组织架构及总体进度计划，计划于{dfmt(d + timedelta(days=120), "cn")}前具备验收条件。', s.body),
             Paragraph('2. 双方确认了需求调研安排，调研工作于会后一周内启动，重点覆盖生产计划、仓储物流、质量检验三条业务线。', s.body),
             Paragraph('3. 甲方明确由设备部牵头，信息中心配合，负责现场协调及数据接口开放。', s.body),
             Paragraph('4. 双方约定每周五下午召开项目周例会，通报进展、协调问题。', s.body),
             Paragraph('会议决定：', s.h2), Paragraph('项目正式启动，各方按会议确定的分工推进。', s.body), sp(10),
             Paragraph(f'纪要整理日期：{dfmt(d + timedelta(days=1), "cn")}', s.right)]
    truth = T(doc_type='meeting_record', date=d)
    return dict(story=story, truth=truth, deco=None,
                note='项目启动会会议纪要 prose: 会议时间 cn date + time, later 纪要整理日期 and milestone date distractors')


def m_review_grid():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    ppl = [['姓名', '单位', '职务']] + [[person(), c['name'], r] for c, r in
                                      [(cus, '生产副总'), (cus, '设备部部长'), (sup, '项目经理'), (sup, '技术总监')]]
    story = [Paragraph('会议记录', s.title),
             grid(s, [['会议名称', '项目中期评审会'], ['会议时间', f'{dfmt(d, "iso")} 14:00-16:30'],
                      ['会议地点', '线上（腾讯会议）'], ['会议议题', '项目中期进度及问题协调']], [30 * mm, 140 * mm], pad=4),
             sp(3), Paragraph('参会人员：', s.left), grid(s, ppl, [30 * mm, 100 * mm, 40 * mm], pad=3), sp(3),
             Paragraph('会议决议：', s.left),
             Paragraph('一、截至会议召开日，项目整体进度完成约60%，硬件安装已全部完成；', s.left),
             Paragraph('二、软件接口联调延期两周，乙方增派两名开发人员；', s.left),
             Paragraph(f'三、下次评审会暂定于{dfmt(d + timedelta(days=30), "iso")}召开。', s.left), sp(6),
             Paragraph(f'记录人：{person()}', s.right)]
    truth = T(doc_type='meeting_record', date=d)
    return dict(story=story, truth=truth, deco=None,
                note='会议记录 ruled form: 会议时间 ISO date + time range, attendee table with companies, next-meeting date distractor')


# =================================================================
# DIAGNOSIS REPORTS
# =================================================================
def g_maturity():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    story = [sp(20), Paragraph('智能制造能力成熟度诊断报告', st(f, 22, TA_CENTER, leading=34)), sp(30),
             grid(s, [['被诊断企业：', cus['name']], ['诊断机构：', sup['name']], ['诊断日期：', dfmt(d, 'cn')],
                      ['报告编号：', f'ZD-{d.year}-{rng.randint(1, 99):03d}']], [35 * mm, 110 * mm], lines=False, pad=6, cell=st(f, 13)),
             PageBreak(),
             Paragraph('一、企业基本情况', s.h2),
             Paragraph(f'{esc(cus["name"])}成立于{rng.randint(1998, 2015)}年，注册资本{rng.randint(2, 30) * 1000}万元，'
                       f'{d.year - 1}年营业收入约{rng.randint(3, 40) / 10}亿元，现有员工{rng.randint(150, 1200)}人，主要从事{rng.choice(CUS_IND)}产品的研发与制造。', s.body),
             Paragraph('二、诊断依据与方法', s.h2),
             Paragraph('依据GB/T 39116—2020《智能制造能力成熟度模型》和GB/T 39117—2020《智能制造能力成熟度评估方法》，采用现场访谈、资料查阅与系统演示相结合的方式开展诊断。', s.body),
             Paragraph('三、诊断结果', s.h2),
             grid(s, [['能力域', '得分', '等级'], ['设计', '2.1', '二级'], ['生产', '2.6', '二级'], ['物流', '1.8', '一级'],
                      ['销售与服务', '2.0', '二级'], ['资源要素', '2.3', '二级'], ['综合', '2.24', '二级（规范级）']],
                  [50 * mm, 30 * mm, 50 * mm], center_cols=(1, 2)),
             Paragraph('四、改进建议', s.h2),
             Paragraph('建议优先建设MES系统，打通计划—生产—质量数据链；推进关键设备联网，建设仓储物流信息化系统。', s.body)]
    truth = T(doc_type='diagnosis_report', date=d, customer=cus['name'])
    return dict(story=story, truth=truth, deco=page_deco(f, footer='{p}'),
                note='成熟度诊断报告: cover kv 被诊断企业/诊断机构/诊断日期, 注册资本/营业收入 amounts as distractors')


def g_digital():
    f = pick_font()
    s = Sty(f)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    rep_d = d + timedelta(days=rng.randint(7, 20))
    story = [Paragraph('中小企业数字化转型诊断评估报告', s.title), sp(2),
             grid(s, [['服务对象', cus['name'], '统一社会信用代码', cus['uscc']], ['服务机构', sup['name'], '诊断方式', '现场诊断'],
                      ['诊断日期', dfmt(d, 'dot'), '报告出具日期', dfmt(rep_d, 'dot')]], [24 * mm, 66 * mm, 32 * mm, 48 * mm], pad=4),
             Paragraph('一、总体评价', s.h2),
             Paragraph('企业数字化水平处于二级，已部署ERP及财务系统，生产现场以纸质报工为主，设备联网率不足20%。', s.body),
             Paragraph('二、问题清单', s.h2),
             Paragraph('1. 生产计划依赖人工排程；2. 质量数据未实现电子化追溯；3. 能耗数据无法按工序统计。', s.body),
             Paragraph('三、转型路径建议', s.h2),
             Paragraph('第一阶段（6个月）：建设设备数据采集平台；第二阶段（12个月）：上线MES与WMS；第三阶段：开展数据分析与智能排产。预计总投入约300万元。', s.body),
             sp(8), Paragraph(f'诊断机构（盖章）：{sup["name"]}', s.right), Stamp(sup['name'], '', dx=110 * mm, dy=-10 * mm)]
    truth = T(doc_type='diagnosis_report', date=d, customer=cus['name'])
    return dict(story=story, truth=truth, deco=None,
                note='数字化转型诊断评估报告: ruled grid 服务对象/服务机构, 诊断日期 vs later 报告出具日期 (dot dates), 预计投入 amount distractor')


# =================================================================
# OTHER / IRRELEVANT
# =================================================================
def o_license_note():
    f = pick_font()
    s = Sty(f, base=12)
    sup = company('sup')
    old = sup['name'].replace('有限公司', '工程有限公司')
    d = rdate()
    story = [Paragraph('关于营业执照信息变更情况的说明', s.title), sp(6),
             Paragraph('天津市智能制造专项资金项目评审组：', s.left),
             Paragraph(f'我公司原名称为“{esc(old)}”，于{dfmt(d, "cn")}经天津市{sup["dist"]}市场监督管理局核准，'
                       f'名称变更为“{esc(sup["name"])}”，统一社会信用代码{sup["uscc"]}保持不变。变更后注册资本为人民币5000万元，'
                       f'住所为{esc(sup["addr"])}。', st(f, 12, TA_JUSTIFY, fi=24, leading=24)),
             Paragraph('名称变更前以原名称签订的合同、开具的发票等均由变更后的主体继续履行，特此说明。', st(f, 12, TA_JUSTIFY, fi=24, leading=24)),
             sp(10), Paragraph('附件：营业执照副本复印件', s.left), sp(20),
             Paragraph(f'{sup["name"]}（盖章）', s.right), Paragraph(dfmt(d + timedelta(days=rng.randint(30, 200)), 'cn'), s.right),
             Stamp(sup['name'], '', dx=110 * mm, dy=-6 * mm)]
    return dict(story=story, truth=T(doc_type='other'), deco=None,
                note='营业执照变更说明 (irrelevant): USCC, 注册资本 5000万元, two dates')


def o_meeting_notice():
    f = pick_font()
    s = Sty(f, base=12)
    sup = company('sup')
    d = P['date']
    md = workday(d + timedelta(days=rng.randint(3, 10)))
    story = [Paragraph(f'{sup["name"]}文件', st(f, 22, TA_CENTER, leading=34, color=colors.red)),
             Paragraph(f'{sup["name"][2:4]}司发〔{d.year}〕{rng.randint(5, 60)}号', s.center), sp(2),
             Paragraph('关于召开2023年度安全生产工作会议的通知'.replace('2023', str(d.year)), s.title),
             Paragraph('公司各部门、各车间：', s.left),
             Paragraph('为贯彻落实上级关于安全生产工作的部署要求，总结本年度安全生产工作，经研究，决定召开年度安全生产工作会议。现将有关事项通知如下：', st(f, 12, TA_JUSTIFY, fi=24, leading=24)),
             Paragraph(f'一、会议时间：{dfmt(md, "cn")}（星期{"一二三四五六日"[md.weekday()]}）下午2:00', s.left),
             Paragraph('二、会议地点：公司办公楼一楼多功能厅', s.left),
             Paragraph('三、参会人员：公司领导班子成员、各部门负责人、各车间主任及安全员', s.left),
             Paragraph('四、会议议程：1. 通报本年度安全生产情况；2. 签订下年度安全生产责任书；3. 公司领导讲话。', s.left),
             Paragraph('五、有关要求：请参会人员提前10分钟到场签到，无特殊情况不得请假。', s.left), sp(14),
             Paragraph(f'{sup["name"]}综合管理部', s.right), Paragraph(dfmt(d, 'cn'), s.right)]
    return dict(story=story, truth=T(doc_type='other'), deco=None,
                note='安全生产会议通知 (irrelevant, red-head 文件 with 〔〕文号)')


def o_manual():
    f = pick_font()
    s = Sty(f)
    sup = company('sup')
    model = f'{sup["name"][2:4]}-IPC{rng.randint(1, 9)}000'
    story = [Paragraph(f'{model} 工业边缘计算网关', st(f, 18, TA_CENTER, leading=28)), Paragraph('产品使用说明书', s.title),
             Paragraph(f'版本：V2.{rng.randint(0, 9)}　　　发布日期：{rng.choice([2022, 2023])}.{rng.randint(1, 12):02d}', s.center), sp(4),
             Paragraph('1　产品概述', s.h2),
             Paragraph(f'{model}是一款面向工业现场的边缘计算网关，支持Modbus、OPC UA、S7、MQTT等多种协议，可实现设备数据采集、边缘计算与云端上传。', s.body),
             Paragraph('2　技术参数', s.h2),
             grid(s, [['参数', '规格'], ['处理器', '四核ARM Cortex-A53 1.5GHz'], ['内存', '2GB DDR4'], ['存储', '16GB eMMC'],
                      ['网口', '4×10/100/1000M'], ['串口', '2×RS485，1×RS232'], ['供电', 'DC 9~36V'], ['工作温度', '-20℃~70℃'],
                      ['防护等级', 'IP40']], [50 * mm, 100 * mm]),
             Paragraph('3　安装', s.h2), Paragraph('设备支持DIN导轨安装和壁挂安装。安装前请确认电源已断开。', s.body),
             Paragraph('4　保修条款', s.h2), Paragraph(f'本产品自购买之日起保修18个月。售后服务电话：{sup["tel"]}。', s.body),
             Paragraph(f'制造商：{esc(sup["name"])}　　地址：{esc(sup["addr"])}', s.small)]
    return dict(story=story, truth=T(doc_type='other'), deco=None, note='产品使用说明书 (irrelevant): spec table')


def o_vat_invoice():
    f = pick_font()
    s = Sty(f, base=9, title=16)
    buyer, seller = company('cus'), company('sup')
    d = P['date']
    net = Decimal(rng.randint(10, 200) * 10000)
    tax = q2(net * Decimal('0.13'))
    tot = net + tax
    code = f'12002{rng.randint(10000, 99999)}'
    no_ = f'{rng.randint(10**7, 10**8 - 1)}'
    w = [10 * mm, 58 * mm, 26 * mm, 12 * mm, 14 * mm, 22 * mm, 24 * mm, 12 * mm, 22 * mm]
    rows = [['购<br/>买<br/>方', f'名　　称：{buyer["name"]}<br/>纳税人识别号：{buyer["uscc"]}<br/>地 址、电 话：{buyer["addr"]} {buyer["tel"]}<br/>开户行及账号：{buyer["bank"]} {buyer["acct"]}', '', '', '', '密<br/>码<br/>区', '03*1&lt;9+4-&gt;68/2*/7431&gt;5&lt;&lt;0+3*4/9<br/>&gt;*1-7+2&lt;82*94/-03&lt;&gt;4+51/3*<br/>76&lt;+*09-&gt;3/1*&lt;&lt;58+24-7/9&gt;', '', ''],
            ['货物或应税劳务、服务名称', '', '规格型号', '单位', '数量', '单价', '金额', '税率', '税额'],
            ['*信息技术服务*系统集成服务', '', '', '项', '1', comma(net), comma(net), '13%', comma(tax)],
            ['合　　计', '', '', '', '', '', f'¥{comma(net)}', '', f'¥{comma(tax)}'],
            ['价税合计（大写）', '', f'ⓧ{cn_upper(tot, prefix="")}', '', '', '', f'（小写）¥{comma(tot)}', '', ''],
            ['销<br/>售<br/>方', f'名　　称：{seller["name"]}<br/>纳税人识别号：{seller["uscc"]}<br/>地 址、电 话：{seller["addr"]} {seller["tel"]}<br/>开户行及账号：{seller["bank"]} {seller["acct"]}', '', '', '', '备<br/>注', '', '', '']]
    spans = [((1, 0), (4, 0)), ((6, 0), (8, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)),
             ((0, 4), (1, 4)), ((2, 4), (5, 4)), ((6, 4), (8, 4)), ((1, 5), (4, 5)), ((6, 5), (8, 5))]
    brown = colors.Color(0.55, 0.3, 0.1)
    tbl = grid(s, rows, w, spans=spans, pad=3, center_cols=(), extra=[('GRID', (0, 0), (-1, -1), 0.7, brown)])
    story = [grid(s, [[f'{code}', Paragraph('天津增值税专用发票', st(f, 18, TA_CENTER, leading=24, color=brown)),
                       Paragraph(f'No {no_}', st(f, 12, TA_RIGHT, color=brown))]], [50 * mm, 100 * mm, 50 * mm], lines=False),
             Paragraph('发　票　联', st(f, 10, TA_CENTER, color=brown)),
             Paragraph(f'发票代码：{code}　　发票号码：{no_}　　开票日期：{dfmt(d, "cn")}　　校验码：{rng.randint(10**9, 10**10 - 1)} {rng.randint(10**9, 10**10 - 1)}', s.small),
             tbl,
             Paragraph(f'收款人：{person()}　　复核：{person()}　　开票人：{person()}　　销售方：（章）', s.small),
             Stamp(seller['name'], '发票专用章', size=34 * mm, dx=140 * mm, dy=-8 * mm)]
    return dict(story=story, truth=T(doc_type='other'), deco=None, pagesize=(230 * mm, 150 * mm), margins=(10, 10, 8, 8),
                note='增值税专用发票 (irrelevant, tricky): 购买方/销售方 blocks, 金额/税额/价税合计, 开票日期, 发票号码')


def o_quotation():
    f = pick_font()
    s = Sty(f, base=10)
    cus, sup = P['cus'], P['sup']
    d = P['date']
    a = P['amount']
    parts = split_amount(a, 4)
    rows = [['序号', '项目', '说明', '金额（元）'], ['1', '视觉检测工作站', '含相机、光源、工控机', comma(parts[0])],
            ['2', '检测算法开发', '缺陷类型≤12类', comma(parts[1])], ['3', '上位机软件', '含MES接口', comma(parts[2])],
            ['4', '安装调试及培训', '现场5人天', comma(parts[3])], ['合计', '', '', comma(a)]]
    story = [Paragraph(sup['name'], s.sub), Paragraph('报　价　单', s.title),
             grid(s, [['报价编号', f'BJ-{dfmt(d, "compact")}-{rng.randint(1, 9):02d}', '报价日期', dfmt(d, 'iso')],
                      ['客户', cus['name'], '联系人', cus['contact']], ['报价单位', sup['name'], '联系电话', sup['tel']]],
                  [22 * mm, 70 * mm, 22 * mm, 56 * mm], pad=3), sp(3),
             grid(s, rows, [14 * mm, 50 * mm, 66 * mm, 40 * mm], spans=[((0, 5), (2, 5))], center_cols=(0,), right_cols=(3,)), sp(2),
             Paragraph(f'报价总额：{cn_upper(a)}（含13%增值税）', s.left),
             Paragraph('报价有效期：30天。本报价仅供参考，最终以双方签订的合同为准。', s.left), sp(8),
             Paragraph(f'{sup["name"]}（盖章）', s.right), Stamp(sup['name'], '', dx=115 * mm, dy=-10 * mm)]
    return dict(story=story, truth=T(doc_type='other'), deco=None,
                note='报价单 (irrelevant, tricky): 报价编号, 客户, 金额（元） items + 合计, 报价日期')


def o_authorization():
    f = pick_font()
    s = Sty(f, base=12)
    sup, cus = company('sup'), company('cus')
    d = P['date']
    no = P['no']
    story = [Paragraph('法定代表人授权委托书', s.title), sp(6),
             Paragraph(f'本人{sup["rep"]}系{esc(sup["name"])}的法定代表人，现授权委托{sup["contact"]}为我公司代理人，以本公司的名义参加'
                       f'{esc(cus["name"])}组织的{project()}（招标编号：{no}）的投标活动。代理人在开标、评标、合同谈判过程中所签署的一切文件'
                       '和处理与之有关的一切事务，我均予以承认。', st(f, 12, TA_JUSTIFY, fi=24, leading=24)),
             Paragraph('代理人无转委托权。特此委托。', st(f, 12, TA_JUSTIFY, fi=24, leading=24)), sp(8),
             Paragraph(f'代理人：{sup["contact"]}　　性别：{rng.choice("男女")}　　身份证号码：12010{rng.randint(10**12, 10**13 - 1)}', s.left),
             sp(16), Paragraph(f'投标人：{sup["name"]}（盖章）', s.right), Paragraph(f'法定代表人：{sup["rep"]}（签字）', s.right),
             Paragraph(dfmt(d, 'cn'), s.right), Stamp(sup['name'], '', dx=110 * mm, dy=-4 * mm)]
    return dict(story=story, truth=T(doc_type='other'), deco=None,
                note='投标授权委托书 (irrelevant, tricky): mentions 招标编号 and the tendering company')


# =================================================================
# scanning
# =================================================================
def degrade(pil, seed, dpi):
    import numpy as np
    from PIL import Image, ImageFilter
    r = random.Random(seed)
    im = pil.convert('L' if r.random() < 0.5 else 'RGB')
    ang = r.uniform(-2, 2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255 if im.mode == 'L' else (255, 255, 255))
    # uneven paper tone + gaussian noise
    arr = np.asarray(im).astype(np.float32)
    nrng = np.random.default_rng(seed)
    arr = arr * r.uniform(0.88, 0.97) + r.uniform(5, 18)
    arr += nrng.normal(0, r.uniform(6, 14), arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr)
    if r.random() < 0.6:
        im = im.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 0.8)))
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=r.randint(35, 65))
    buf.seek(0)
    return Image.open(buf).copy()


def rasterise(src_pdf, dst, kind, seed):
    import pypdfium2 as pdfium
    dpi = random.Random(seed).choice([150, 170, 200])
    pdf = pdfium.PdfDocument(src_pdf)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil()
        pages.append(degrade(img, seed + i, dpi))
    pdf.close()
    if kind == 'jpg':
        pages[0].convert('RGB').save(dst, 'JPEG', quality=random.Random(seed).randint(50, 75), dpi=(dpi, dpi))
    else:
        ps = [p.convert('RGB') for p in pages]
        ps[0].save(dst, 'PDF', resolution=dpi, save_all=True, append_images=ps[1:], creationDate=None, modDate=None)
    return dpi, len(pages)


