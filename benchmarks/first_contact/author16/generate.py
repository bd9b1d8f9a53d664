# -*- coding: utf-8 -*-
"""author16 first-contact set, support cycle 2023. python generate.py --out data --seed N
Written blind to the product. Truth comes from rules.py (my own reading of format.md)."""
import argparse, hashlib, io, json, math, os, random, shutil, sys
from decimal import Decimal
import numpy as np, cv2
from PIL import Image, ImageFilter
import pypdfium2 as pdfium
import openpyxl
from openpyxl.styles import Alignment
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rules import uscc_check, uscc_valid, derive, is_sme

pdfmetrics.registerFont(TTFont('MH', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('ZH', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('ZS', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=2))

# ---------------------------------------------------------------- helpers
DIG = "零壹贰叁肆伍陆柒捌玖"


def dx(amount):
    """人民币大写"""
    a = Decimal(amount)
    yuan = int(a)
    jf = int((a - yuan) * 100 + Decimal("0.5"))
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if yuan == 0:
        s = "零"
    g = 0
    parts = []
    while yuan > 0:
        parts.append(yuan % 10000)
        yuan //= 10000
    out = ""
    zero_pending = False
    for gi in range(len(parts) - 1, -1, -1):
        p = parts[gi]
        if p == 0:
            zero_pending = True
            continue
        seg = ""
        ds = [(p // 10 ** k) % 10 for k in range(3, -1, -1)]
        started = False
        z = False
        for k, d in enumerate(ds):
            if d == 0:
                if started:
                    z = True
                continue
            if (z or (zero_pending and out)) and (started or out):
                seg += "零"
            z = False
            zero_pending = False
            seg += DIG[d] + units[3 - k]
            started = True
        if p < 1000 and out and not seg.startswith("零"):
            seg = "零" + seg
        out += seg + big[gi]
        zero_pending = p % 10 == 0
    s = out or s
    s += "元"
    j, f = jf // 10, jf % 10
    if j == 0 and f == 0:
        s += "整"
    else:
        if j:
            s += DIG[j] + "角"
        elif s != "零元":
            s += "零"
        if f:
            s += DIG[f] + "分"
        else:
            s += "整"
    return s


def fm(a):
    return "{:,.2f}".format(Decimal(a))


def cn_date(iso):
    y, m, d = iso.split("-")
    return "%s年%d月%d日" % (y, int(m), int(d))


CN_NUM = "〇一二三四五六七八九"


def cn_upper_date(iso):
    y, m, d = iso.split("-")
    def n(x):
        x = int(x)
        if x < 10:
            return CN_NUM[x]
        if x < 20:
            return "十" + (CN_NUM[x % 10] if x % 10 else "")
        return CN_NUM[x // 10] + "十" + (CN_NUM[x % 10] if x % 10 else "")
    return "".join(CN_NUM[int(c)] for c in y) + "年" + n(m) + "月" + n(d) + "日"


PIAO_M = ["", "零壹", "零贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "壹拾", "壹拾壹", "壹拾贰"]


def piao_date(iso):
    y, m, d = iso.split("-")
    dn = int(d)
    dd = {1: "零壹", 2: "零贰", 3: "零叁", 4: "零肆", 5: "零伍", 6: "零陆", 7: "零柒", 8: "零捌", 9: "零玖", 10: "零壹拾",
          20: "零贰拾", 30: "零叁拾"}
    if dn in dd:
        ds = dd[dn]
    elif dn < 20:
        ds = "壹拾" + DIG[dn % 10]
    else:
        ds = DIG[dn // 10] + "拾" + DIG[dn % 10]
    return "".join("零壹贰叁肆伍陆柒捌玖"[int(c)] for c in y) + "年" + PIAO_M[int(m)] + "月" + ds + "日"


def spaced(s):
    return " ".join(s)


# ---------------------------------------------------------------- page drawing
class Doc:
    def __init__(self, size=A4, font='MH'):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.W, self.H = size
        self.font = font
        self.y = self.H - 60
        self.m = 60

    def newpage(self):
        self.c.showPage()
        self.y = self.H - 60

    def text(self, x, y, s, size=10.5, font=None, color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(font or self.font, size)
        self.c.drawString(x, y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def center(self, s, size=18, font=None, dy=None, color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(font or self.font, size)
        self.c.drawCentredString(self.W / 2, self.y, s)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= dy or size * 1.8

    def wrap(self, s, width, size):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            if stringWidth(cur + ch, self.font, size) > width:
                lines.append(cur); cur = ch
            else:
                cur += ch
        lines.append(cur)
        return lines

    def para(self, s, size=10.5, indent=True, lead=1.7, x=None, width=None):
        x = self.m if x is None else x
        width = width or (self.W - x - self.m)
        s = ("\u3000\u3000" + s) if indent else s
        for ln in self.wrap(s, width, size):
            if self.y < 60:
                self.newpage()
            self.text(x, self.y, ln, size)
            self.y -= size * lead
        self.y -= 2

    def line(self, s, size=10.5, x=None, dy=None):
        if self.y < 60:
            self.newpage()
        self.text(self.m if x is None else x, self.y, s, size)
        self.y -= dy or size * 1.8

    def table(self, rows, widths, size=9.5, pad=4, minh=20, x=None, bold_first_col=False, lw=0.7):
        x0 = self.m if x is None else x
        c = self.c
        c.setLineWidth(lw)
        for row in rows:
            cells = []
            h = minh
            for i, cell in enumerate(row):
                if cell is None:
                    cells.append([]); continue
                ls = self.wrap(str(cell), widths[i] - 2 * pad, size)
                cells.append(ls)
                h = max(h, len(ls) * size * 1.35 + 2 * pad)
            if self.y - h < 50:
                self.newpage()
            xx = x0
            for i, w in enumerate(widths):
                c.rect(xx, self.y - h, w, h, stroke=1, fill=0)
                ty = self.y - pad - size
                for ln in cells[i]:
                    self.text(xx + pad, ty, ln, size)
                    ty -= size * 1.35
                xx += w
            self.y -= h
        self.y -= 10

    def seal(self, name, cx, cy, r=42, label="合同专用章", alpha=0.75, rot=0):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0.85, 0.1, 0.1)
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.setFillAlpha(alpha); c.setStrokeAlpha(alpha)
        c.translate(cx, cy); c.rotate(rot)
        c.setLineWidth(2.2)
        c.circle(0, 0, r, stroke=1, fill=0)
        n = len(name)
        span = min(250, 18 * n)
        fs = max(7, min(11, r * 0.27))
        for i, ch in enumerate(name):
            ang = 90 + span / 2 - (span * i / max(1, n - 1))
            a = math.radians(ang)
            c.saveState()
            c.translate(math.cos(a) * (r - fs - 2), math.sin(a) * (r - fs - 2))
            c.rotate(ang - 90)
            c.setFont('ZH', fs)
            c.drawCentredString(0, -fs / 3, ch)
            c.restoreState()
        # star
        p = c.beginPath()
        for k in range(11):
            rr = r * 0.28 if k % 2 == 0 else r * 0.11
            a = math.radians(90 + k * 36)
            (p.moveTo if k == 0 else p.lineTo)(math.cos(a) * rr, math.sin(a) * rr)
        p.close(); c.drawPath(p, fill=1, stroke=0)
        if label:
            c.setFont('ZH', fs * 0.9)
            c.drawCentredString(0, -r * 0.55, label)
        c.restoreState()

    def sq_seal(self, lines, x, y, w=90, h=40):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0.8, 0.1, 0.1); c.setFillColorRGB(0.8, 0.1, 0.1)
        c.setFillAlpha(0.8); c.setStrokeAlpha(0.8)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFont('ZH', 8)
        for i, ln in enumerate(lines):
            c.drawCentredString(x + w / 2, y + h - 12 - i * 11, ln)
        c.restoreState()

    def hand(self, x, y, s, size=13):
        self.text(x, y, s, size, font='ZS', color=(0.1, 0.15, 0.45))

    def bytes(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ---------------------------------------------------------------- scan / photo degradation
def render_pages(pdf_bytes, scale=1.5):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=scale).to_pil().convert("RGB"))
    pdf.close()
    return out


def degrade(img, rng, photo=False):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-2.2, 2.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(238, 236, 230))
    if photo:
        pad = int(w * 0.06)
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda: rng.uniform(0, pad)
        dst = np.float32([[pad + j(), pad + j()], [w + pad - j(), pad + j()], [w + pad - j(), h + pad - j()], [pad + j(), h + pad - j()]])
        P = cv2.getPerspectiveTransform(src, dst)
        bg = np.full((h + 2 * pad, w + 2 * pad, 3), (95, 80, 60), np.float32)
        a = cv2.warpPerspective(a, P, (w + 2 * pad, h + 2 * pad), dst=bg, borderMode=cv2.BORDER_TRANSPARENT)
        h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    light = 1.0 - (0.28 if photo else 0.12) * (np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(w, h))
    a = a * light[..., None]
    if photo:
        a[..., 2] *= 0.93; a[..., 0] *= 1.03
    k = 3 if photo else 1
    a = cv2.GaussianBlur(a, (k * 2 + 1, k * 2 + 1), rng.uniform(0.5, 1.2))
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a = a + nrng.normal(0, 7 if photo else 5, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def to_jpg(img, q):
    b = io.BytesIO(); img.save(b, "JPEG", quality=q); return b.getvalue()


def imgs_to_pdf(imgs, q=60):
    rs = [Image.open(io.BytesIO(to_jpg(i, q))) for i in imgs]
    b = io.BytesIO()
    import datetime as _dt
    rs[0].save(b, "PDF", save_all=True, append_images=rs[1:], resolution=110.0, creationDate=__import__("time").gmtime(1709283600), modDate=__import__("time").gmtime(1709283600))
    return b.getvalue()


# ---------------------------------------------------------------- names
def mk_uscc(rng, region, prefix="91", valid=True):
    body = prefix + region + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    ck = uscc_check(body)
    if not valid:
        ck = "0123456789ABCDEFGHJKLMNPQRTUWXY"[("0123456789ABCDEFGHJKLMNPQRTUWXY".index(ck) + 7) % 31]
    return body + ck


TJ = [("120116", "天津市滨海新区"), ("120111", "天津市西青区"), ("120113", "天津市北辰区"), ("120110", "天津市东丽区"),
      ("120112", "天津市津南区"), ("120114", "天津市武清区"), ("120222", "天津市宝坻区"), ("120104", "天津市南开区")]
OUT = [("130181", "河北省廊坊市"), ("370211", "山东省青岛市黄岛区"), ("320594", "江苏省苏州工业园区"), ("110115", "北京市大兴区"),
       ("210213", "辽宁省大连市金州区"), ("410191", "河南省郑州市高新区")]
STREETS = ["泰达大街", "新业八街", "京福公路", "津塘公路", "双港路", "翠亨路", "海泰发展六道", "宝平公路", "福源道", "汀江路"]
STEMS = ["鑫瑞隆", "昀橦", "宏泰锻压", "赟达精工", "瑄和化工", "北洋轴承", "海堃电子", "恒瑞德包装", "汇通液压", "金桥线缆",
         "琇明医疗器械", "博远汽车零部件", "天辰新材料", "润华食品", "德信铸造", "泓宇塑胶", "中和纺织", "永鼎电机", "昊天钢管",
         "联丰冷链", "智源制药", "星河光电", "玖龙管业", "恒晟橡胶", "凯达模具"]
SUFF = ["有限公司", "股份有限公司", "科技有限公司", "制造有限公司", "集团有限公司"]
PROJ = ["MES制造执行系统建设项目", "数字化车间改造项目", "设备联网与数据采集项目", "智能仓储物流系统项目", "能源管理系统建设项目",
        "质量追溯系统项目", "工业互联网平台应用项目", "产线自动化升级改造项目", "APS高级排产系统项目", "视觉检测系统集成项目",
        "5G+工业互联网专网项目", "数字孪生工厂建设项目"]
BANKS = ["中国工商银行天津滨海分行", "中国建设银行天津西青支行", "渤海银行天津自贸区分行", "交通银行河北廊坊分行", "中国银行青岛黄岛支行",
         "招商银行苏州分行营业部", "天津银行北辰支行", "中信银行北京亦庄支行", "兴业银行大连分行", "浦发银行郑州高新区支行"]


def account(rng):
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([17, 19, 20])))


# ---------------------------------------------------------------- genres
# each returns (pdf_bytes, fields, note, prefer_rendering)

def F(**kw):
    f = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None, result=None, title=None)
    f.update(kw)
    return f


def g_contract_construction(ctx, rng):
    """K1 自动化改造工程施工合同 建设单位/施工单位 with 工期 and 质保金 distractors"""
    c, A = ctx["c"], ctx["A"]
    d = Doc()
    d.text(d.m, d.y, "合同编号：" + c["contract_no"], 9.5); d.text(d.W - 200, d.y, "工程编码：GC-" + c["contract_no"][-4:], 9.5)
    d.y -= 40
    d.center("%s施工合同" % c["project"], 17)
    d.table([["建设单位（发包）", c["customer"]], ["统一社会信用代码", c["customer_uscc"]], ["工程地点", c["customer_address"]],
             ["施工单位（承包）", A["name"]], ["施工单位资质", "电子与智能化工程专业承包贰级"],
             ["合同工期", "计划开工 %s，计划竣工 %s，总日历天数 %d 天" % (cn_date(c["start"]), cn_date(c["finish"]), c["days"])],
             ["合同价款", "含税总价 %s（¥%s），其中安全文明施工费已包含" % (dx(c["camount"]), fm(c["camount"]))],
             ["质量保证金", "合同价款的3%%，即¥%s，缺陷责任期满后无息返还" % fm(Decimal(c["camount"]) * Decimal("0.03"))]],
            [130, d.W - 2 * d.m - 130])
    d.line("第一条 工程内容：" + c["scope"], 10.5)
    d.para("第二条 建设单位应在合同签订后十个工作日内支付合同价款的30%作为预付款，工程竣工验收合格后支付至97%，余款作为质量保证金。", 10.5)
    d.para("第三条 施工单位按国家现行施工及验收规范组织施工；因施工单位原因延误工期的，每延误一日按合同价款的千分之一支付违约金，累计不超过合同价款的5%。", 10.5)
    d.para("第四条 本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。", 10.5)
    d.y -= 20
    y = d.y
    d.text(d.m, y, "建设单位（盖章）：" + c["customer"], 10)
    d.text(d.m, y - 40, "法定代表人或委托代理人：", 10)
    d.text(d.m + 300, y, "施工单位（盖章）：", 10)
    d.text(d.m + 300, y - 16, A["name"], 10)
    d.text(d.m + 300, y - 40, "法定代表人或委托代理人：", 10)
    d.text(d.m, y - 80, "签订日期：%s" % cn_date(c["sign"]), 10.5)
    d.seal(c["customer"], d.m + 110, y - 30, rot=rng.uniform(-20, 20))
    d.seal(A["name"], d.m + 380, y - 30, rot=rng.uniform(-20, 20))
    return d.bytes(), F(contract_no=c["contract_no"], amount_yuan=c["camount"], date=c["sign"], customer=c["customer"]), \
        "施工合同：建设单位/施工单位，工期日期和3%质保金、违约金为干扰"


def g_contract_consult(ctx, rng):
    """K2 技术咨询合同 委托方/咨询方, letter-spaced labels, signing date only in prose at the end"""
    c, A = ctx["c"], ctx["A"]
    d = Doc(font='ZH')
    d.y -= 60
    d.center("技 术 咨 询 合 同", 24, dy=50)
    d.center("项目名称：%s咨询及实施" % c["project"], 12, dy=26)
    d.center("合同编号：%s" % c["contract_no"], 12, dy=60)
    for lab, v in (("委 托 方", c["customer"]), ("咨 询 方", A["name"])):
        d.line("%s（以下简称“%s”）：%s" % (lab, lab.replace(" ", ""), v), 12, x=d.m + 40, dy=30)
    d.line("签订地点：天津市", 12, x=d.m + 40, dy=30)
    d.newpage()
    d.line("依据《中华人民共和国民法典》的规定，经双方协商一致，订立本合同。", 10.5)
    d.para("一、咨询内容：%s，包括现状调研、总体方案设计、系统选型、实施督导及上线支持。" % c["scope"])
    d.para("二、咨询报告交付期限：咨询方应于%s前提交阶段报告，于%s前完成全部实施督导工作。" % (cn_date(c["start"]), cn_date(c["finish"])))
    d.para("三、咨询费及支付方式：本合同咨询及实施费用总额为人民币%s（小写：%s元），委托方分两期支付：首期为总额的百分之三十，"
           "余款于项目验收合格后三十日内付清。" % (dx(c["camount"]), fm(c["camount"])))
    d.para("四、违约责任：任何一方违约的，应向对方支付违约金人民币%s。" % dx(Decimal(c["camount"]) * Decimal("0.1")))
    d.para("五、本合同于%s由双方在天津市签订，自双方盖章之日起生效。" % cn_upper_date(c["sign"]))
    d.y -= 20; y = d.y
    d.text(d.m, y, "委 托 方：（盖章）", 11); d.text(d.m + 280, y, "咨 询 方：（盖章）", 11)
    d.text(d.m, y - 20, c["customer"], 10); d.text(d.m + 280, y - 20, A["name"], 10)
    d.seal(c["customer"], d.m + 90, y - 30); d.seal(A["name"], d.m + 370, y - 30)
    return d.bytes(), F(contract_no=c["contract_no"], amount_yuan=c["camount"], date=c["sign"], customer=c["customer"]), \
        "技术咨询合同：委托方/咨询方字距拉开，签订日期只在正文末（大写中文日期），违约金为干扰"


def g_contract_plain(ctx, rng):
    """ordinary 合同书 in own wording: top box of signatories, clauses, 甲方/乙方"""
    c, A = ctx["c"], ctx["A"]
    d = Doc()
    d.center("%s 合同书" % c["project"], 16)
    d.table([["甲方（采购人）", c["customer"], "签约代表", c["cust_rep"]],
             ["乙方（承接人）", A["name"], "签约代表", A["rep"]],
             ["合同编号", c["contract_no"], "签订日期", c["sign"].replace("-", ".")]], [95, 200, 60, 120])
    d.para("一、项目内容。乙方为甲方提供%s，包括软硬件供货、安装、调试、培训及一年质保。" % c["scope"])
    d.para("二、合同金额。本合同总金额为人民币%s元（大写：%s），含13%%增值税。" % (fm(c["camount"]), dx(c["camount"])))
    d.para("三、交付。乙方应于%s前完成交付并提交验收申请。甲方在收到验收申请后十五日内组织验收。" % cn_date(c["finish"]))
    d.para("四、付款。合同签订后甲方支付%s作为预付款；验收合格后支付剩余款项。" % ("30%" if rng.random() < 0.5 else "三成"))
    d.para("五、其他。未尽事宜双方另行协商，本合同一式两份，双方各执一份。")
    d.y -= 30; y = d.y
    d.text(d.m, y, "甲方（盖章）", 10.5); d.text(d.m + 280, y, "乙方（盖章）", 10.5)
    d.seal(c["customer"], d.m + 60, y - 40); d.seal(A["name"], d.m + 340, y - 40)
    return d.bytes(), F(contract_no=c["contract_no"], amount_yuan=c["camount"], date=c["sign"], customer=c["customer"]), \
        "普通合同书（自拟版式）：首页签约方框，签订日期写作2023.x.x"


def g_acc_production(ctx, rng):
    """A1 生产线投产验收报告: prose + 投产评审组 table; 试生产 dates as distractors"""
    c, A = ctx["c"], ctx["A"]
    d = Doc()
    d.center("%s" % c["customer"], 13, dy=22)
    d.center("%s投产验收报告" % c["project"].replace("项目", ""), 17)
    d.line("报告编号：TCYS-%s-%02d" % (c["adate"][:4], rng.randint(1, 40)), 9.5)
    d.para("%s（以下称“我公司”）于%s组织召开%s投产验收评审会。该项目由%s承建，合同编号%s，合同金额%s万元。"
           "项目自%s进入试生产，试生产期间产线稳定运行，OEE由62%%提升至78%%，质量数据自动采集率100%%。" %
           (c["customer"], cn_date(c["adate"]), c["project"], A["name"], c["contract_no"],
            "{:.2f}".format(Decimal(c["aamount"]) / 10000), cn_date(c["trial"])))
    d.para("评审组听取了承建单位的建设汇报和试生产总结，查看了现场运行情况，审阅了技术文件，经质询和讨论，形成如下结论：")
    if c["aresult"] == "passed":
        d.para("项目完成了合同及技术协议规定的全部建设内容，各项技术指标达到要求，同意该项目通过投产验收，正式转入生产运行。")
    else:
        d.para("项目数据采集模块与设备通讯仍不稳定，部分指标未达到技术协议要求，评审组意见：本次投产验收不予通过，请承建单位限期整改后重新申请。")
    d.table([["序号", "姓名", "单位", "职务/职称", "签字"]] + [[str(i + 1), n, u, t, ""] for i, (n, u, t) in enumerate(ctx["panel"])],
            [40, 70, 200, 100, 65])
    d.line("验收单位：%s（盖章）" % c["customer"], 10.5)
    d.line("日    期：%s" % cn_date(c["adate"]), 10.5)
    d.seal(c["customer"], d.W - 170, d.y + 40, label="生产管理部")
    return d.bytes(), F(contract_no=c["contract_no"], amount_yuan=c["aamount"], date=c["adate"], customer=c["customer"],
                        result=c["aresult"]), "投产验收报告（新体裁）：评审组表格，试生产日期为干扰"


def g_acc_memo(ctx, rng):
    """A2 项目验收备忘录 (双方代表会签, 编号条款式), no amount"""
    c, A = ctx["c"], ctx["A"]
    d = Doc(font='ZH')
    d.center("项 目 验 收 备 忘 录", 18)
    d.line("项目：%s" % c["project"], 10.5)
    d.line("依据合同：%s" % c["contract_no"], 10.5)
    d.line("地点：%s 一号会议室" % c["customer_address"], 10.5)
    items = ["1. 双方确认：乙方已于%s完成全部交付物的移交（见附表）。" % cn_date(c["finish"]),
             "2. 甲方组织生产、设备、信息等部门对系统功能和性能逐项核查，核查结论符合合同要求。",
             "3. 遗留问题：无。" if c["aresult"] == "passed" else "3. 遗留问题：关键设备接口尚未联通，系统不满足合同约定的验收条件。",
             ("4. 验收结论：甲方同意本项目通过最终验收，质保期自本备忘录签署之日起算。" if c["aresult"] == "passed"
              else "4. 验收结论：本次验收不通过，待问题整改完毕后另行组织验收。"),
             "5. 本备忘录一式两份，甲乙双方代表签字后生效。"]
    for it in items:
        d.para(it, indent=False)
    d.y -= 10
    d.table([["", "甲方（用户）", "乙方（供应商）"], ["单位", c["customer"], A["name"]], ["代表签字", "", ""],
             ["日期", cn_date(c["adate"]), cn_date(c["adate"])]], [80, 200, 200], minh=26)
    d.hand(d.m + 100, d.y + 50, c["cust_rep"]); d.hand(d.m + 300, d.y + 50, A["rep"])
    d.seal(c["customer"], d.m + 190, d.y + 50, label="")
    return d.bytes(), F(contract_no=c["contract_no"], date=c["adate"], customer=c["customer"], result=c["aresult"]), \
        "项目验收备忘录（新体裁）：条款式，甲乙双方会签，无金额"


def g_acc_grid(ctx, rng):
    """ordinary 验收报告 grid, own wording; optional 初验/终验 lines"""
    c, A = ctx["c"], ctx["A"]
    d = Doc()
    d.center("项目验收报告", 18)
    rows = [["项目名称", c["project"], "合同号", c["contract_no"]],
            ["使用单位", c["customer"], "供货单位", A["name"]],
            ["合同总价", "¥%s" % fm(c["aamount"]), "验收时间", c["adate"]]]
    if c.get("preaccept"):
        rows.append(["初验情况", "%s初验，提出整改意见6条，初验未通过" % c["preaccept"], "终验", "整改完毕后复验"])
    rows.append(["验收内容", "硬件到货及安装、软件功能、接口联调、培训、文档", None, None])
    rows.append(["验收结论", ("■ 合格，同意验收    □ 不合格" if c["aresult"] == "passed" else "□ 合格，同意验收    ■ 不合格"), None, None])
    d.table(rows, [80, 180, 70, 150], minh=26)
    d.line("使用单位意见：%s" % ("系统运行正常，同意验收。" if c["aresult"] == "passed" else "不同意验收。"), 10.5)
    d.line("使用单位（盖章）：", 10.5, dy=60)
    d.seal(c["customer"], d.m + 200, d.y + 40, label="")
    d.line("负责人签字：", 10.5)
    d.hand(d.m + 80, d.y + 20, c["cust_rep"])
    return d.bytes(), F(contract_no=c["contract_no"], amount_yuan=c["aamount"], date=c["adate"], customer=c["customer"],
                        result=c["aresult"]), "普通验收报告表格（自拟版式）" + ("；含初验未通过干扰，终验合格" if c.get("preaccept") else "")


def g_pay_cashier(ctx, rng, p):
    """P1 银行本票（复印件）+ 进账备注: 申请人=payer, 收款人=payee; 出票日期 in 票据大写"""
    c, A = ctx["c"], ctx["A"]
    d = Doc(size=(842, 400))
    d.W, d.H = d.c._pagesize
    d.y = d.H - 40
    d.center("%s银行  本  票" % p["bank"].split("银行")[0], 16, dy=24)
    d.center("地名：天津   本票号码 %s" % p["ref"][:8], 9, dy=18)
    d.table([["出票日期（大写）", piao_date(p["date"]), "", ""],
             ["收款人", p["payee"], "申请人", p["payer"]],
             ["凭票即付 人民币（大写）", dx(p["amount"]), "小写", "¥" + fm(p["amount"])],
             ["转账 ■  现金 □", "备注：" + p["memo"], "出票行签章", ""]], [150, 330, 90, 210], size=9, minh=24, x=30)
    d.text(30, d.y, "此联为复印件，与原件核对一致（收款单位财务部）", 8)
    d.sq_seal(["%s" % p["bank"][:10], "本票专用章"], 640, d.y + 40, 110, 34)
    f = F(amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"],
          contract_no=c["contract_no"] if c["contract_no"] in p["memo"] else None)
    return d.bytes(), f, "银行本票复印件（新体裁）：申请人=付款人，收款人，出票日期为票据大写"


def g_pay_transfer_slip(ctx, rng, p):
    """P2 特种转账贷方传票 (收款人 block on the LEFT, 付款人 on the right)"""
    c, A = ctx["c"], ctx["A"]
    d = Doc(size=(842, 400))
    d.W, d.H = d.c._pagesize
    d.y = d.H - 40
    d.center("%s  特种转账贷方传票" % p["bank"].split("分行")[0].split("支行")[0], 15, dy=22)
    d.center("%s年%d月%d日      传票编号 %s" % (p["date"][:4], int(p["date"][5:7]), int(p["date"][8:]), p["ref"][-9:]), 9.5, dy=16)
    d.table([["收", "全称", p["payee"], "付", "全称", p["payer"]],
             ["款", "账号", p["payee_acct"], "款", "账号", p["payer_acct"]],
             ["人", "开户行", ctx["A"]["bank"], "人", "开户行", p["bank"]],
             ["金额", "人民币（大写）", dx(p["amount"]), "", "小写", "￥" + fm(p["amount"])],
             ["原凭证种类", "电汇", "原凭证号码", p["ref"][:6], "转账原因", p["memo"]]], [40, 80, 270, 40, 80, 270], size=9, minh=22, x=30)
    d.text(30, d.y, "会计            复核            记账", 9)
    d.sq_seal([p["bank"][:12], "%s" % p["date"], "业务受理章"], 640, d.y - 20, 120, 44)
    f = F(amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"],
          contract_no=c["contract_no"] if c["contract_no"] in p["memo"] else None)
    return d.bytes(), f, "特种转账贷方传票（新体裁）：收款人栏在左、付款人在右，角色顺序与常见回单相反"


def g_pay_ereceipt(ctx, rng, p):
    """ordinary 电子回单 in own style (key: value list, compact date)"""
    c, A = ctx["c"], ctx["A"]
    d = Doc(size=(A4[0], A4[1] * 0.42))
    d.y = d.H - 36
    d.center(p["bank"].split("分行")[0].split("支行")[0] + " 网上银行电子回单", 14, dy=22)
    d.text(d.m, d.y, "回单编号：%s      打印次数：1" % p["ref"], 8.5); d.y -= 16
    kv = [("交易日期", p["date"].replace("-", "")), ("付款账户名", p["payer"]), ("付款账号", p["payer_acct"]),
          ("收款账户名", p["payee"]), ("收款账号", p["payee_acct"]), ("收款行", A["bank"]),
          ("交易金额", "CNY " + fm(p["amount"])), ("金额大写", dx(p["amount"])), ("附言", p["memo"]), ("交易状态", "成功")]
    d.table([[k, v] for k, v in kv], [100, d.W - 2 * d.m - 100], size=9, minh=17)
    d.seal(p["bank"][:12], d.W - 120, 50, r=34, label="电子回单专用章")
    f = F(amount_yuan=p["amount"], date=p["date"], payer=p["payer"], payee=p["payee"],
          contract_no=c["contract_no"] if c["contract_no"] in p["memo"] else None)
    return d.bytes(), f, "普通网银电子回单（自拟版式）：交易日期为20230612紧凑格式"


def g_proc_witness(ctx, rng):
    """R1 招标投标交易见证书 (公共资源交易中心)"""
    c, A = ctx["c"], ctx["A"]
    d = Doc(font='ZH')
    d.center("天津市公共资源交易中心" if c["tj"] else "%s公共资源交易中心" % c["customer_address"][:3], 13, dy=22)
    d.center("招标投标交易见证书", 20)
    d.line("见证编号：JZ%s%04d" % (c["pdate"][:4], rng.randint(1, 9999)), 10)
    d.table([["项目编号", c["proj_code"]], ["项目名称", c["project"]], ["招标人", c["customer"]], ["招标代理机构", ctx["agent"]],
             ["招标方式", "公开招标"], ["开标时间", cn_date(c["open"]) + " 09:30"], ["中标人", A["name"]],
             ["中标价", "%s万元" % "{:.4f}".format(Decimal(c["pamount"]) / 10000).rstrip("0").rstrip(".")],
             ["见证结论", "本项目招标、开标、评标、定标过程在本中心完成，交易程序符合规定。"]], [110, d.W - 2 * d.m - 110], minh=24)
    d.line("特此见证。", 11)
    d.y -= 10
    d.line("见证日期：%s" % cn_date(c["pdate"]), 11, x=d.W - 260)
    d.seal("公共资源交易中心", d.W - 160, d.y + 30, label="交易见证专用章")
    return d.bytes(), F(amount_yuan=c["pamount"], date=c["pdate"], customer=c["customer"]), \
        "招标投标交易见证书（新体裁）：中标价仅以万元表示、无合同编号，开标时间为干扰日期"


def g_proc_loi(ctx, rng):
    """R2 采购意向书 / Letter of Intent (customer to applicant)"""
    c, A = ctx["c"], ctx["A"]
    d = Doc()
    d.center("采购意向书", 18, dy=24)
    d.center("LETTER OF INTENT", 11, dy=30)
    d.line("致：%s" % A["name"], 11)
    d.para("经我司对贵司提交的技术方案及商务报价进行综合评审，我司决定选定贵司作为“%s”的供应商。意向采购金额为人民币%s元（%s），"
           "正式合同编号拟定为%s，具体条款以双方签署的正式合同为准。" % (c["project"], fm(c["pamount"]), dx(c["pamount"]), c["contract_no"]))
    d.para("We hereby confirm our intention to award the above project to your company. This letter is subject to the formal contract.", indent=False)
    d.para("请贵司于收到本意向书后三个工作日内回复确认。")
    d.y -= 20
    d.line("采购方：%s" % c["customer"], 11, x=d.W - 330)
    d.line("日  期：%s" % cn_date(c["pdate"]), 11, x=d.W - 330)
    d.seal(c["customer"], d.W - 170, d.y + 40, label="采购专用章")
    d.y -= 40
    d.line("回执：我司确认接受上述意向。  供应商：%s" % A["name"], 9.5)
    return d.bytes(), F(contract_no=c["contract_no"], amount_yuan=c["pamount"], date=c["pdate"], customer=c["customer"]), \
        "采购意向书 LOI（新体裁，中英）：采购方致供应商，合同编号以“拟定”形式出现"


def g_proc_notice(ctx, rng):
    """ordinary 中标通知书, own wording"""
    c, A = ctx["c"], ctx["A"]
    d = Doc()
    d.center("中 标 通 知 书", 20)
    d.line("%s：" % A["name"], 11)
    d.para("我单位于%s就%s（项目编号：%s）进行了公开招标，经评标委员会评审并经我单位确认，贵单位为中标人。"
           "中标金额：%s（¥%s）。请于本通知书发出之日起三十日内与我单位签订合同。" %
           (cn_date(c["open"]), c["project"], c["proj_code"], dx(c["pamount"]), fm(c["pamount"])))
    d.y -= 20
    d.line("招标人：%s" % c["customer"], 11, x=d.W - 330)
    d.line("%s" % cn_date(c["pdate"]), 11, x=d.W - 330)
    d.seal(c["customer"], d.W - 180, d.y + 35)
    return d.bytes(), F(amount_yuan=c["pamount"], date=c["pdate"], customer=c["customer"]), "普通中标通知书（自拟措辞），开标日期为干扰"


def g_std_ydt(ctx, rng, s):
    d = Doc()
    d.text(d.m, d.y, "ICS 33.040.40", 10); d.text(d.m, d.y - 14, "CCS M 10", 10)
    d.text(d.W - 120, d.y, "YD", 26, font='ZH'); d.y -= 60
    d.center("中华人民共和国通信行业标准", 16, dy=28)
    d.text(d.W - 200, d.y, "YD/T XXXX—202X", 11); d.y -= 60
    d.center(s["name"], 18, dy=30)
    d.center(s["en"], 10, dy=40)
    d.center("（征求意见稿）", 13, dy=200)
    d.line("在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9)
    d.text(d.m, d.y - 20, "202X-XX-XX 发布", 11); d.text(d.W - 200, d.y - 20, "202X-XX-XX 实施", 11)
    d.y -= 50
    d.center("中华人民共和国工业和信息化部   发 布", 12)
    d.newpage()
    d.center("前  言", 14)
    d.para("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    d.para("本文件由中国通信标准化协会提出并归口。")
    d.para("本文件起草单位：%s、中国信息通信研究院、%s。" % (ctx["A"]["name"], rng.choice(["天津大学", "河北工业大学"])))
    return d.bytes(), F(title=s["name"]), "通信行业标准 YD/T 征求意见稿（新体裁）：封面+前言"


def g_std_gbz(ctx, rng, s):
    d = Doc(font='ZH')
    d.text(d.m, d.y, "ICS 25.040", 10); d.text(d.W - 120, d.y, "GB/Z", 24); d.y -= 50
    d.center("中华人民共和国国家标准化指导性技术文件", 15, dy=26)
    d.text(d.W - 200, d.y, "GB/Z XXXXX—202X", 11); d.y -= 70
    d.center(s["name"], 18, dy=30)
    d.center(s["en"], 10, dy=30)
    d.center("（征求意见稿）", 13, dy=180)
    d.center("国家市场监督管理总局  国家标准化管理委员会  发布", 12)
    d.newpage()
    d.center("目  次", 14)
    for i, t in enumerate(["前言", "1 范围", "2 规范性引用文件", "3 术语和定义", "4 总体框架", "5 技术要求"]):
        d.line(t + " " + "." * 60 + " " + ["Ⅲ", "1", "1", "1", "2", "4"][i], 10.5)
    d.y -= 10
    d.center("前  言", 14)
    d.para("本文件起草单位：%s等。本文件为指导性技术文件，仅供参考。" % ctx["A"]["name"])
    return d.bytes(), F(title=s["name"]), "国家标准化指导性技术文件 GB/Z 征求意见稿（新体裁）：封面+目次+前言"


def g_std_q(ctx, rng, s):
    d = Doc()
    d.text(d.W - 160, d.y, "Q/%s" % ctx["A"]["qcode"], 13); d.y -= 40
    d.center("%s企业标准" % ctx["A"]["name"], 15, dy=40)
    d.center(s["name"], 18, dy=40)
    d.center("（草案）", 13, dy=60)
    d.center("2023-%02d-%02d 发布" % (rng.randint(3, 11), rng.randint(1, 28)), 11, dy=40)
    d.para("1 范围  本标准规定了%s的术语、总体要求、技术要求和测试方法。" % s["name"].replace("规范", ""))
    return d.bytes(), F(title=s["name"]), "企业标准草案（自拟封面）"


def g_other_bond(ctx, rng):
    c, A = ctx["c"], ctx["A"]
    amt = (Decimal(c["amount_yuan"]) * Decimal("0.05")).quantize(Decimal("0.01"))
    d = Doc()
    d.center("履约保证金退还通知书", 17)
    d.line("%s：" % A["name"], 11)
    d.para("贵单位承建的%s（合同编号：%s）已于%s验收合格，履约义务已履行完毕。根据合同约定，我单位同意无息退还贵单位缴纳的履约保证金人民币%s（¥%s）。"
           "请持本通知书到我单位财务部办理退款手续。" % (c["project"], c["contract_no"], cn_date(c["adate"]), dx(amt), fm(amt)))
    d.y -= 20
    d.line(c["customer"], 11, x=d.W - 320)
    d.line(cn_date(c["adate"]), 11, x=d.W - 320)
    d.seal(c["customer"], d.W - 190, d.y + 30, label="财务专用章")
    return d.bytes(), F(), "履约保证金退还通知书（新体裁，other）：5%保证金金额为干扰，不是付款证明"


def g_other_redinvoice(ctx, rng):
    c, A = ctx["c"], ctx["A"]
    amt = (Decimal(c["amount_yuan"]) * Decimal("0.02")).quantize(Decimal("0.01"))
    d = Doc(size=landscape(A4))
    d.W, d.H = landscape(A4); d.y = d.H - 50
    d.center("开具红字增值税专用发票信息表", 16)
    d.line("填开日期：%s        信息表编号：%s" % (cn_date(c["adate"]), "".join(str(rng.randint(0, 9)) for _ in range(16))), 10)
    d.table([["销售方", "名称", A["name"], "购买方", "名称", c["customer"]],
             ["", "纳税人识别号", A["uscc"], "", "纳税人识别号", c["customer_uscc"]],
             ["开具红字发票内容", "货物（劳务服务）名称", "系统集成服务（%s 折让）" % c["contract_no"], "金额", "-" + fm(amt / Decimal("1.13")), "税率 13%"],
             ["说明", "对应蓝字发票代码及号码 见附件；开具原因：销售折让", None, None, None, None]],
            [80, 100, 230, 60, 110, 160], size=9)
    return d.bytes(), F(), "红字发票信息表（新体裁，other）：负金额、购销双方名称，非付款"


def g_other_meetshot(ctx, rng):
    """O3 视频验收会 截图 (PNG, rendered then saved as PNG): 'other'"""
    c, A = ctx["c"], ctx["A"]
    d = Doc(size=(800, 480))
    d.W, d.H = 800, 480
    d.c.setFillColorRGB(0.13, 0.14, 0.17); d.c.rect(0, 0, 800, 480, fill=1, stroke=0)
    d.text(20, 455, "腾讯会议  会议号 %03d-%03d-%03d    %s 验收汇报会" % (rng.randint(100, 999), rng.randint(100, 999),
                                                              rng.randint(100, 999), c["project"]), 11, color=(1, 1, 1))
    names = [c["cust_rep"] + "-" + c["customer"][:6], A["rep"] + "-" + A["name"][:6]] + [p[0] + "-专家" for p in ctx["panel"][:4]]
    for i, n in enumerate(names):
        x, y = 20 + (i % 3) * 260, 250 - (i // 3) * 190
        d.c.setFillColorRGB(0.25, 0.27, 0.3); d.c.rect(x, y, 240, 170, fill=1, stroke=0)
        d.text(x + 8, y + 8, n, 10, color=(1, 1, 1))
    d.text(20, 40, "共享屏幕：%s 项目建设总结汇报.pptx   %s 14:%02d" % (A["name"], c["adate"], rng.randint(0, 59)), 10, color=(0.9, 0.9, 0.9))
    return d.bytes(), F(), "线上验收会截图（新体裁，other，PNG）：只显示会议，不是验收报告"


# ---------------------------------------------------------------- submissions
def build_company(rng, tj, stem, valid=True):
    region, addr = rng.choice(TJ) if tj else rng.choice(OUT)
    name = ("天津" if tj else addr[:2]) + stem + rng.choice(SUFF)
    return dict(name=name, uscc=mk_uscc(rng, region, valid=valid),
                address="%s%s%d号" % (addr, rng.choice(STREETS), rng.randint(1, 300)))


SURN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗"
GIVN = ["建国", "海涛", "丽娜", "志强", "晓东", "秀英", "文博", "国庆", "晨曦", "子昂", "昀", "赟", "鹏飞", "静怡"]


def person(rng):
    return rng.choice(SURN) + rng.choice(GIVN)


def split_amount(total, rng, n):
    t = Decimal(total)
    if n == 1:
        return [t]
    first = (t * Decimal("0.3")).quantize(Decimal("1"))
    if n == 3:
        second = (t * Decimal("0.6")).quantize(Decimal("1"))
        return [first, second, t - first - second]
    return [first, t - first]


GENRES = {
    "contract": [g_contract_construction, g_contract_consult, g_contract_plain],
    "acceptance_report": [g_acc_production, g_acc_memo, g_acc_grid],
    "payment_proof": [g_pay_cashier, g_pay_transfer_slip, g_pay_ereceipt],
    "procurement_proof": [g_proc_witness, g_proc_loi, g_proc_notice],
}


def make_submission(name, seed, spec, outdir):
    rng = random.Random(seed * 1000 + hash_str(name))
    A = dict(name=spec["applicant_name"], uscc=mk_uscc(rng, "120116"), address="天津市滨海新区中新生态城中天大道%d号" % rng.randint(100, 999),
             rep=person(rng), bank="中国工商银行天津滨海分行", acct=account(rng), qcode="12%s-2023" % rng.randint(100, 999))
    stems = STEMS[:]
    rng.shuffle(stems)
    contracts = []
    for i, cs in enumerate(spec["contracts"]):
        tj = cs.get("tj", rng.random() < 0.6)
        comp = build_company(rng, tj, stems[i], valid=not cs.get("bad_uscc"))
        if cs.get("branch"):
            comp["name"] = "北京%s%s天津分公司" % (stems[i], "科技有限公司")
            comp["uscc"] = mk_uscc(rng, "120116")
            comp["address"] = "天津市滨海新区%s%d号" % (rng.choice(STREETS), rng.randint(1, 300))
            tj = True
        if cs.get("fake_tj"):
            comp = build_company(rng, False, stems[i])
        amount = Decimal(cs["amount"])
        sign = cs.get("sign", "2023-%02d-%02d" % (rng.randint(1, 5), rng.randint(1, 28)))
        adate = cs.get("adate", "2023-%02d-%02d" % (rng.randint(7, 12), rng.randint(1, 28)))
        emp, rev = cs.get("size", (rng.randint(60, 800), rng.randint(3000, 30000)) if cs.get("sme", True) else
                          (rng.randint(1200, 6000), rng.randint(45000, 300000)))
        c = dict(seq=i + 1, contract_no=cs.get("no", "%s-%s-%03d" % (spec["prefix"], sign[:4], 101 + i * 41 + rng.randint(0, 30))),
                 customer=comp["name"], customer_uscc=comp["uscc"], customer_address=comp["address"],
                 amount_yuan="%.2f" % amount, sign=sign, adate=adate, declared_accept_date=cs.get("decl_adate", adate),
                 employees=emp, revenue_wan=rev, declared_sme=cs.get("decl_sme", is_sme(emp, rev)),
                 declared_tianjin=cs.get("decl_tj", tj), tj=tj,
                 project=PROJ[(i + seed) % len(PROJ)], scope="", cust_rep=person(rng), planted=cs.get("planted", []))
        c["scope"] = c["project"].replace("项目", "") + "的设计、供货、部署与调试"
        c["camount"] = cs.get("camount", c["amount_yuan"])
        c["aamount"] = cs.get("aamount", c["amount_yuan"])
        c["pamount"] = cs.get("pamount", c["amount_yuan"])
        c["aresult"] = cs.get("aresult", "passed")
        c["preaccept"] = cs.get("preaccept")
        c["start"] = "2023-%02d-%02d" % (min(12, int(sign[5:7]) + 1), 5)
        c["finish"] = cs.get("finish", "2023-%02d-%02d" % (min(12, int(adate[5:7])), 1))
        c["trial"] = "2023-%02d-10" % max(1, int(adate[5:7]) - 1)
        c["days"] = rng.randint(90, 200)
        c["open"] = "%s-%02d-%02d" % (str(int(sign[:4]) - (1 if sign[5:7] == "01" else 0)), (int(sign[5:7]) - 2) % 12 + 1, 12)
        c["pdate"] = cs.get("pdate", "%s-%02d-%02d" % (c["open"][:4], int(c["open"][5:7]), 20))
        c["proj_code"] = "%sZB%s%04d" % ("TJ" if tj else "GK", sign[:4], rng.randint(1, 9999))
        c["cs"] = cs
        contracts.append(c)
    sub = os.path.join(outdir, name, "submission")
    os.makedirs(sub, exist_ok=True)
    docs = []
    counter = [0]
    folders = ["合同", "验收", "付款", "采购", "标准", "其他"]
    scan_rate = spec.get("scan_rate", 0.42)

    def emit(kind, gen, ctx, extra=None, contract_no=None, force=None, folder=None, fname=None):
        res = gen(ctx, rng, extra) if extra is not None else gen(ctx, rng)
        pdf, fields, note = res
        r = force or ("scan" if rng.random() < scan_rate * 0.6 else "photo" if rng.random() < scan_rate * 0.7 else "text")
        counter[0] += 1
        base = fname or "%03d_%s" % (counter[0], hashlib.md5((name + str(counter[0])).encode()).hexdigest()[:6])
        if r == "text":
            data, ext = pdf, "pdf"
        elif r == "png":
            im = render_pages(pdf, 1.0)[0]
            b = io.BytesIO(); im.save(b, "PNG"); data, ext, r = b.getvalue(), "png", "scan"
        else:
            imgs = [degrade(im, rng, photo=(r == "photo")) for im in render_pages(pdf, 1.35 if r == "scan" else 1.2)]
            if len(imgs) == 1 and rng.random() < 0.55:
                data, ext = to_jpg(imgs[0], rng.randint(45, 75)), "jpg"
            else:
                data, ext = imgs_to_pdf(imgs, rng.randint(45, 70)), "pdf"
        fol = folder or (("附件%02d" % next(x["seq"] for x in contracts if x["contract_no"] == contract_no)) if contract_no else "附件99")
        rel = "%s/%s.%s" % (fol, base, ext)
        os.makedirs(os.path.join(sub, fol), exist_ok=True)
        with open(os.path.join(sub, rel), "wb") as fh:
            fh.write(data)
        docs.append(dict(path=rel, doc_type=kind, rendering=r, contract_no=contract_no, sha256=hashlib.sha256(data).hexdigest(),
                         note=note, fields=fields))
        return rel, data

    panel_units = ["天津大学", "河北工业大学", "天津市智能制造专家库", "中国汽车技术研究中心", "天津理工大学"]
    for i, c in enumerate(contracts):
        cs = c["cs"]
        ctx = dict(c=c, A=A, panel=[(person(rng), rng.choice(panel_units), rng.choice(["教授", "高级工程师", "研究员"])) for _ in range(5)],
                   agent="天津%s招标代理有限公司" % rng.choice(["国信", "中诚", "建诚", "泰达"]))
        gi = (i + seed) % 3
        if "no_contract" not in cs:
            rel, data = emit("contract", GENRES["contract"][cs.get("cg", gi)], ctx, contract_no=c["contract_no"], force=cs.get("rc"))
            if cs.get("dup"):
                rel2 = rel.replace(".", "_副本.", 1) if False else rel.rsplit("/", 1)[0] + "/" + "%03d_copy.%s" % (counter[0] + 500, rel.rsplit(".", 1)[1])
                with open(os.path.join(sub, rel2), "wb") as fh:
                    fh.write(data)
                d0 = dict(docs[-1]); d0["path"] = rel2; d0["note"] = "与同合同另一文件字节完全相同（重复上传）"
                docs.append(d0)
        if not cs.get("no_acc"):
            emit("acceptance_report", GENRES["acceptance_report"][cs.get("ag", (gi + 1) % 3)], ctx, contract_no=c["contract_no"], force=cs.get("ra"))
        if not cs.get("no_proc"):
            emit("procurement_proof", GENRES["procurement_proof"][cs.get("pg", (gi + 2) % 3)], ctx, contract_no=c["contract_no"], force=cs.get("rp"))
        if not cs.get("no_pay"):
            pays = cs.get("pays") or [("%.2f" % x) for x in split_amount(c["amount_yuan"], rng, cs.get("npay", 2))]
            for k, pa in enumerate(pays):
                dte = cs.get("paydates", [None, None])[k] if cs.get("paydates") else None
                dte = dte or ("%s-%02d-%02d" % (c["sign"][:4], min(12, int(c["sign"][5:7]) + 1), rng.randint(1, 28)) if k == 0 and len(pays) > 1
                              else "2023-%02d-%02d" % (min(12, int(c["adate"][5:7])), min(28, int(c["adate"][8:]))))
                p = dict(amount=pa, date=dte, payer=cs.get("payer", c["customer"]), payee=A["name"],
                         payer_acct=account(rng), payee_acct=A["acct"], bank=rng.choice(BANKS),
                         ref="".join(str(rng.randint(0, 9)) for _ in range(18)),
                         memo=(("%s %s款" % (c["contract_no"], ["预付", "进度", "尾"][k if len(pays) == 3 or k == 0 else 2] if len(pays) > 1 else "合同")) if rng.random() < 0.6
                               else ["设备款", "项目款", "工程款", "服务费"][rng.randint(0, 3)]))
                emit("payment_proof", GENRES["payment_proof"][cs.get("payg", (gi + k) % 3)], ctx, extra=p, contract_no=c["contract_no"])
        for og in cs.get("others", []):
            emit("other", og, ctx, contract_no=c["contract_no"], force="png" if og is g_other_meetshot else None)
    # standards
    ctx = dict(A=A)
    stds = []
    for j, s in enumerate(spec["standards"]):
        st = dict(seq=j + 1, name=s[0], en=s[1], category=s[2], stage="征求意见稿" if s[2] != "企业标准" else "草案", draft_uploaded=s[3])
        stds.append(st)
        if s[3]:
            gen = {"行业标准": g_std_ydt, "国家标准": g_std_gbz, "企业标准": g_std_q}[s[2]]
            emit("standard_draft", gen, ctx, extra=st)
    # corrupt
    for k in range(spec.get("corrupt", 0)):
        rel = "附件99/%03d_a.pdf" % (900 + k)
        good = g_other_bond(dict(c=contracts[0], A=A), rng)[0]
        data = good[:len(good) // 3]
        with open(os.path.join(sub, rel), "wb") as fh:
            fh.write(data)
        docs.append(dict(path=rel, doc_type="other", rendering="corrupt", contract_no=None,
                         sha256=hashlib.sha256(data).hexdigest(), note="截断的PDF，无法打开", fields=F()))
    write_workbook(sub, A, spec, contracts, stds, rng)
    applicant = dict(name=A["name"], uscc=A["uscc"], address=A["address"])
    truth = derive(applicant, contracts, stds, docs)
    gt = dict(applicant=applicant, phase="支持", award_tier_wan=truth["award_tier_wan"], accepted_total_yuan=truth["accepted_total_yuan"],
              requirements=truth["requirements"], gaps=truth["gaps"], verified_contracts=truth["verified_contracts"],
              verified_customer_count=truth["verified_customer_count"], verified_sme_customer_count=truth["verified_sme_customer_count"],
              standards_with_document=truth["standards_with_document"],
              contracts=[dict(seq=c["seq"], contract_no=c["contract_no"], customer=c["customer"], customer_uscc=c["customer_uscc"],
                              customer_address=c["customer_address"], amount_yuan=c["amount_yuan"], declared_accept_date=c["declared_accept_date"],
                              declared_sme=c["declared_sme"], employees=c["employees"], revenue_wan=c["revenue_wan"],
                              declared_tianjin=c["declared_tianjin"], planted=c["planted"]) for c in contracts],
              standards=[dict(seq=s["seq"], name=s["name"], category=s["category"], stage=s["stage"], draft_uploaded=s["draft_uploaded"]) for s in stds],
              documents=sorted(docs, key=lambda d: d["path"]))
    with open(os.path.join(outdir, name, "ground_truth.json"), "w", encoding="utf-8") as fh:
        json.dump(gt, fh, ensure_ascii=False, indent=1)
    return gt


def write_workbook(sub, A, spec, contracts, stds, rng):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "申报单位"
    ws.merge_cells("A1:B1"); ws["A1"] = "申报单位基本情况"
    ws.append(["项目", "内容"])
    for k, v in (("单位名称", A["name"]), ("统一社会信用代码", A["uscc"]), ("注册地址", A["address"]),
                 ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", spec.get("industry", "装备制造")), ("阶段", "支持")):
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    ws2.merge_cells("A1:L1"); ws2["A1"] = "支持周期（2023年1月1日至2023年12月31日）服务用户清单"
    ws2.append(["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业",
                "从业人员", "营业收入（万元）", "是否天津企业"])
    import datetime
    for i, c in enumerate(contracts):
        wan = Decimal(c["amount_yuan"]) / 10000
        def dv(iso):
            if i % 3 == 1:
                return cn_date(iso)
            return datetime.date(*map(int, iso.split("-")))
        amt = "%.2f" % wan if i == 2 else float("%.2f" % wan)
        rev = "{:,}".format(c["revenue_wan"]) if c["employees"] == max(x["employees"] for x in contracts) else c["revenue_wan"]
        ws2.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["project"], amt, dv(c["sign"]),
                    dv(c["declared_accept_date"]), "是" if c["declared_sme"] else "否", c["employees"], rev,
                    "是" if c["declared_tianjin"] else "否"])
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1"); ws3["A1"] = "标准规范草案"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for s in stds:
        ws3.append([s["seq"], s["name"], s["category"], s["stage"]])
    for w in wb.worksheets:
        w["A1"].alignment = Alignment(horizontal="center")
    wb.properties.created = datetime.datetime(2024, 3, 1, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 3, 1, 9, 0, 0)
    wb.save(os.path.join(sub, "申报信息.xlsx"))


def hash_str(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:6], 16)


STD_A = [("离散制造车间设备数据采集接口技术规范", "Technical specification for data acquisition interface of shop-floor equipment", "行业标准", True),
         ("工业互联网平台与制造执行系统互联互通指南", "Guidelines for interconnection between industrial internet platform and MES", "国家标准", True),
         ("智能制造系统解决方案交付服务流程规范", "Delivery service process specification", "企业标准", True)]


def specs(seed):
    r = random.Random(seed)
    def amt(lo, hi):
        return "%d00.00" % r.randint(lo // 100, hi // 100)
    clean = dict(applicant_name="天津澜栖智造科技有限公司", prefix="LQZZ", standards=STD_A, industry="汽车零部件",
                 contracts=[dict(amount=amt(3800000, 7200000), npay=3 if i % 3 == 0 else 2,
                                 others=[[g_other_bond], [], [g_other_bond, g_other_meetshot], [g_other_redinvoice], [], [g_other_meetshot],
                                         [], [g_other_redinvoice], [], [g_other_bond]][i], sme=(i not in (1, 4, 8))) for i in range(10)])
    gaps = dict(applicant_name="天津瀚昀工业互联科技有限公司", prefix="HYGL", corrupt=1, industry="化工",
                standards=[STD_A[0], (STD_A[1][0].replace("指南", "实施指南"), STD_A[1][1], "国家标准", True),
                           ("工业设备预测性维护服务规范", "Predictive maintenance service specification", "企业标准", False)],
                contracts=[dict(amount=amt(1500000, 4200000), planted=p, sme=(i not in (2, 6)), **kw) for i, (p, kw) in enumerate([
                    ([], dict(others=[g_other_bond])),
                    (["missing_payment_proof"], dict(no_pay=True, others=[g_other_redinvoice])),
                    (["amount_mismatch"], dict(pays="FRAC")),
                    (["date_out_of_period"], dict(adate="2024-01-16")),
                    (["acceptance_not_passed"], dict(aresult="failed", ag=0)),
                    (["party_mismatch"], dict(payer="PAYER_OTHER")),
                    (["invalid_uscc"], dict(bad_uscc=True)),
                    (["duplicate_evidence"], dict(dup=True)),
                    (["sme_misclassified"], dict(size=(1350, 52000), decl_sme=True)),
                    (["not_tianjin"], dict(fake_tj=True, decl_tj=True)),
                    (["missing_procurement_proof"], dict(no_proc=True, others=[g_other_meetshot])),
                    ([], dict()),
                ])])
    for c in gaps["contracts"]:
        if c.get("pays") == "FRAC":
            a = Decimal(c["amount"])
            c["pays"] = ["%.2f" % (a * Decimal("0.3")), "%.2f" % (a * Decimal("0.6"))]
        if c.get("payer") == "PAYER_OTHER":
            c["payer"] = "天津市恒通供应链管理有限公司"
    # tricky: 9 contracts; #9 has a 0.6% contract amount mismatch; remaining 8 sum to exactly 25,000,000.00
    base = [3650000, 2980000, 3120000, 2470000, 3390000, 2860000, 3030000]
    last = 25000000 - sum(base)
    tk = []
    sizes = [(1000, 39999), (999, 60000), (1000, 40000), (320, 8800), (1500, 120000), (56, 2300), (2100, 88000), (410, 15600)]
    for i in range(8):
        a = "%d.00" % (base[i] if i < 7 else last)
        kw = dict(amount=a, size=sizes[i], others=[[g_other_meetshot], [], [g_other_bond], [], [], [g_other_redinvoice], [g_other_bond], []][i],
                  npay=3 if i in (0, 3, 6) else 2)
        if i == 0:
            kw.update(aamount="%.2f" % (Decimal(a) * Decimal("0.995")), ag=2, planted=["threshold: acceptance amount exactly 0.5% lower (no gap)"])
        if i == 1:
            kw.update(adate="2023-12-31", planted=["boundary: acceptance dated 2023-12-31"], others=[g_other_bond, g_other_redinvoice])
        if i == 2:
            kw.update(sign="2022-11-18", preaccept="2022年12月20日", adate="2023-01-06", ag=2, pdate="2022-10-28",
                      planted=["distractor: 初验 2022-12 failed, 终验 2023-01-06 passed; signed 2022"])
        if i == 3:
            kw.update(branch=True, planted=["customer is a 北京…有限公司天津分公司 with its own 12xxxx code (branch office, declared 天津=是)"])
        if i == 4:
            kw.update(payg=1, npay=2, planted=["both payments on 特种转账贷方传票 (收款人 left)"], others=[g_other_redinvoice])
        if i == 5:
            kw.update(npay=1, cg=1, planted=["consult contract, date only in prose (大写)"])
        if i == 7:
            kw.update(others=[g_other_meetshot, g_other_bond])
        tk.append(kw)
    tk.append(dict(amount="2750000.00", camount="2766500.00", size=(88, 4100), planted=["amount_mismatch: contract states 2,766,500.00 (+0.6%)"], cg=0))
    tricky = dict(applicant_name="天津琇堃智能装备系统有限公司", prefix="XKZN", industry="装备制造",
                  standards=[(STD_A[0][0].replace("离散制造车间", "注塑车间"), STD_A[0][1], "行业标准", True),
                             (STD_A[1][0].replace("制造执行系统", "仓储管理系统"), STD_A[1][1], "国家标准", True),
                             ("产线数字孪生建模服务规范", "Digital twin modelling service specification", "企业标准", True)],
                  contracts=tk)
    return [("support_clean", clean), ("support_gaps", gaps), ("support_tricky", tricky)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=16)
    a = ap.parse_args()
    for name, spec in specs(a.seed):
        if os.path.exists(os.path.join(a.out, name)):
            shutil.rmtree(os.path.join(a.out, name))
        gt = make_submission(name, a.seed, spec, a.out)
        n = len(gt["documents"]); s = sum(d["rendering"] in ("scan", "photo") for d in gt["documents"])
        print(name, "docs", n, "scans/photos", s, "tier", gt["award_tier_wan"], "total", gt["accepted_total_yuan"],
              "gaps", [(g["kind"], g["contract_no"]) for g in gt["gaps"]])


if __name__ == "__main__":
    main()
