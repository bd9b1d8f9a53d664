#!/usr/bin/env python3
"""author13: three assessment-cycle (考核 2024) submissions, written blind to the product.

python generate.py --out data --seed N
Truth is derived by this file's own reading of format.md (evaluate()), never by product code.
"""
import argparse, hashlib, io, json, math, os, random, shutil
from datetime import date, timedelta
import numpy as np, cv2
from PIL import Image
import openpyxl
from openpyxl.styles import Alignment
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
import pypdfium2 as pdfium

pdfmetrics.registerFont(TTFont('W', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('Z', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', subfontIndex=0))
PW, PH = A4
P0, P1 = date(2024, 1, 1), date(2024, 12, 31)

# ---------------------------------------------------------------- codes
C31 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if len(c) != 18 or any(ch not in C31 for ch in c):
        return False
    s = sum(C31.index(c[i]) * W18[i] for i in range(17))
    return C31[(31 - s % 31) % 31] == c[17]


def make_uscc(rng, region):
    body = '91' + region
    org = ''.join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w[i] for i, ch in enumerate(org))
    c9 = 11 - s % 11
    org += 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
    b = body + org
    s = sum(C31.index(b[i]) * W18[i] for i in range(17))
    return b + C31[(31 - s % 31) % 31]


def upper_rmb(v):
    d = "零壹贰叁肆伍陆柒捌玖"; units = ["", "拾", "佰", "仟"]
    fen = round(v * 100); yuan, jf = divmod(fen, 100)
    def four(n):
        s = ""; zero = False
        for i in range(3, -1, -1):
            q = n // 10 ** i % 10
            if q:
                if zero: s += "零"
                s += d[q] + units[i]; zero = False
            elif s: zero = True
        return s
    parts = []; yi, rest = divmod(yuan, 10 ** 8); wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi: out += four(yi) + "亿"
    if wan: out += ("零" if yi and wan < 1000 else "") + four(wan) + "万"
    elif yi and ge: out += "零"
    if ge: out += ("零" if (yi or wan) and ge < 1000 and not out.endswith("零") else "") + four(ge)
    out = (out or "零") + "元"
    j, f = divmod(jf, 10)
    if not jf: return out + "整"
    return out + (d[j] + "角" if j else "零") + (d[f] + "分" if f else "")


def money(v): return f"{v:,.2f}"
def ystr(v): return f"{v:.2f}"
def cn(d): return f"{d.year}年{d.month}月{d.day}日"
def cnu(d):
    z = "〇一二三四五六七八九"
    def n(x):
        if x < 10: return z[x]
        if x < 20: return "十" + (z[x % 10] if x % 10 else "")
        return z[x // 10] + "十" + (z[x % 10] if x % 10 else "")
    return "".join(z[int(c)] for c in str(d.year)) + "年" + n(d.month) + "月" + n(d.day) + "日"


# ---------------------------------------------------------------- names
TJ_DIST = [("120116", "天津市滨海新区"), ("120111", "天津市西青区"), ("120113", "天津市北辰区"),
           ("120110", "天津市东丽区"), ("120112", "天津市津南区"), ("120114", "天津市武清区"),
           ("120115", "天津市宝坻区"), ("120104", "天津市南开区"), ("120222", "天津市静海区")]
OUT_DIST = [("110108", "北京市海淀区"), ("130181", "河北省辛集市"), ("131002", "河北省廊坊市安次区"),
            ("370211", "山东省青岛市黄岛区"), ("320583", "江苏省昆山市")]
W1 = list("恒瑞达鑫泰华宇博远晟弘锦睿澜昊嘉祥铭润禾沣楷翊珩煜璟琨岱钰瀚骁朗赟昀橦瑄澍霁蔚")
IND = ["精密机械", "汽车零部件", "电子科技", "新材料", "智能装备", "化工", "食品", "医药", "金属制品",
       "塑胶制品", "纺织", "电气设备", "轴承", "模具", "包装", "橡胶制品", "液压件", "仪器仪表"]
ROADS = ["海泰发展六道", "兴华五支路", "京福公路", "津塘路", "宝山道", "开发区第十一大街", "黄海路",
         "汀江西路", "赛达四支路", "高新大道", "丰产河路", "杨柳青大街"]


class Names:
    def __init__(self, rng):
        self.rng = rng; self.used = set()

    def firm(self, where='tj', ind=None, kind="有限公司"):
        rng = self.rng
        for _ in range(200):
            w = rng.choice(W1) + rng.choice(W1)
            ind2 = ind or rng.choice(IND)
            if where == 'tj':
                reg, addr = rng.choice(TJ_DIST); city = "天津"
            else:
                reg, addr = rng.choice(OUT_DIST); city = addr[:2]
            name = f"{city}{w}{ind2}{kind}" if rng.random() < 0.6 else f"{w}（{city}）{ind2}{kind}"
            if name not in self.used:
                self.used.add(name)
                a = f"{addr}{rng.choice(ROADS)}{rng.randint(1, 399)}号"
                return dict(name=name, uscc=make_uscc(rng, reg), address=a, tj=where == 'tj')
        raise RuntimeError


# ---------------------------------------------------------------- page model + renderer
class Doc:
    """A document: pages of elements; rendered to a text-layer PDF, then optionally rasterised."""
    def __init__(self, doc_type, cno=None, note="", **fields):
        self.doc_type = doc_type; self.contract_no = cno; self.note = note
        self.fields = {k: fields.get(k) for k in
                       ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]}
        self.pages = [[]]; self.rendering = "text"; self.fmt = "pdf"; self.font = 'W'

    def add(self, *el): self.pages[-1].append(el); return self
    def newpage(self): self.pages.append([]); return self


def wrap(text, font, size, width):
    lines = []; cur = ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def draw_seal(c, cx, cy, text, r=42, inner="★", red=(0.85, 0.1, 0.1), font='W'):
    c.saveState(); c.setStrokeColorRGB(*red); c.setFillColorRGB(*red); c.setLineWidth(2.2)
    c.circle(cx, cy, r); c.setFont(font, 16); c.drawCentredString(cx, cy - 6, inner)
    n = len(text); span = 250.0
    fs = min(13, max(8, 2 * math.pi * r * 0.62 / max(n, 1)))
    c.setFont(font, fs)
    for i, ch in enumerate(text):
        ang = 90 + span / 2 - span * (i + 0.5) / n
        a = math.radians(ang); x = cx + (r - fs * 0.95) * math.cos(a); y = cy + (r - fs * 0.95) * math.sin(a)
        c.saveState(); c.translate(x, y); c.rotate(ang - 90); c.drawCentredString(0, -fs / 3, ch); c.restoreState()
    c.restoreState()


def render_pdf(doc):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator("")
    for pg in doc.pages:
        y = PH - 60; L = 62; R = PW - 62
        for el in pg:
            k = el[0]
            if k == 'title':
                size = el[2] if len(el) > 2 else 18
                c.setFont('Z', size); c.drawCentredString(PW / 2, y - size, el[1]); y -= size + 14
            elif k == 'redhead':
                c.setFillColorRGB(0.8, 0.05, 0.05); c.setFont('Z', 22); c.drawCentredString(PW / 2, y - 22, el[1])
                y -= 32; c.setStrokeColorRGB(0.8, 0.05, 0.05); c.setLineWidth(1.6); c.line(L, y, R, y)
                c.setFillColorRGB(0, 0, 0); c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(1); y -= 14
            elif k in ('p', 'small', 'right', 'center', 'bold'):
                size = {'p': 11, 'small': 8.5, 'right': 11, 'center': 11, 'bold': 12}[k]
                font = 'Z' if k == 'bold' else doc.font
                ind = el[2] if len(el) > 2 else 0
                c.setFont(font, size)
                for ln in wrap(el[1], font, size, R - L - ind):
                    if k == 'right': c.drawRightString(R, y - size, ln)
                    elif k == 'center': c.drawCentredString(PW / 2, y - size, ln)
                    else: c.drawString(L + ind, y - size, ln)
                    y -= size + 6
                y -= 3
            elif k == 'sp':
                y -= el[1]
            elif k == 'hr':
                c.line(L, y, R, y); y -= 8
            elif k == 'table':
                rows = el[1]; ws = el[2]; size = el[3] if len(el) > 3 else 10
                tot = sum(ws); ws = [w * (R - L) / tot for w in ws]
                c.setFont(doc.font, size)
                for row in rows:
                    cells = [wrap(str(t), doc.font, size, w - 6) for t, w in zip(row, ws)]
                    h = max(len(x) for x in cells) * (size + 4) + 8
                    x = L
                    for lines, w in zip(cells, ws):
                        c.rect(x, y - h, w, h)
                        for i, ln in enumerate(lines):
                            c.drawString(x + 3, y - 4 - size - i * (size + 4), ln)
                        x += w
                    y -= h
                y -= 10
            elif k == 'seal':
                draw_seal(c, el[2], el[3] if len(el) > 3 else y - 10, el[1], inner=el[4] if len(el) > 4 else "★")
            elif k == 'sealhere':  # seal over the last lines
                draw_seal(c, el[2], y + 30, el[1], inner=el[3] if len(el) > 3 else "★")
            elif k == 'box':  # screenshot chrome: coloured bar
                c.setFillColorRGB(*el[2]); c.rect(0, y - 34, PW, 40, fill=1, stroke=0)
                c.setFillColorRGB(1, 1, 1); c.setFont('Z', 15); c.drawString(L, y - 22, el[1])
                c.setFillColorRGB(0, 0, 0); y -= 50
            elif k == 'hand':  # handwriting-like: jittered glyphs in blue
                c.saveState(); c.setFillColorRGB(0.1, 0.15, 0.55)
                rr = random.Random(el[1]); x = L + (el[2] if len(el) > 2 else 0)
                for ch in el[1]:
                    c.setFont('W', 13 + rr.uniform(-1, 2))
                    c.drawString(x, y - 14 + rr.uniform(-2, 2), ch); x += pdfmetrics.stringWidth(ch, 'W', 13) + rr.uniform(-1, 2)
                c.restoreState(); y -= 24
        c.showPage()
    c.save()
    return buf.getvalue()


def degrade(img, rng, photo):
    a = np.array(img.convert('RGB'))[:, :, ::-1].copy()
    h, w = a.shape[:2]
    ang = rng.uniform(-2.2, 2.2) if not photo else rng.uniform(-4, 4)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(235, 235, 232) if not photo else (70, 60, 55))
    if photo:
        d = 0.05 * w
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = np.float32([[rng.uniform(0, d), rng.uniform(0, d)], [w - rng.uniform(0, d), rng.uniform(0, d)],
                          [w - rng.uniform(0, d), h - rng.uniform(0, d)], [rng.uniform(0, d), h - rng.uniform(0, d)]])
        a = cv2.warpPerspective(a, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=(70, 60, 55))
        gx = np.linspace(rng.uniform(0.7, 0.85), rng.uniform(1.0, 1.08), w)[None, :, None]
        gy = np.linspace(1.05, rng.uniform(0.75, 0.9), h)[:, None, None]
        a = np.clip(a * gx * gy, 0, 255).astype(np.uint8)
        a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.6, 1.2))
    else:
        a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.3, 0.8))
        g = np.linspace(rng.uniform(0.9, 0.97), 1.0, w)[None, :, None]
        a = np.clip(a * g, 0, 255).astype(np.uint8)
    nr = np.random.default_rng(rng.randint(0, 10 ** 6))
    a = np.clip(a.astype(np.int16) + nr.normal(0, 6 if photo else 4, a.shape).astype(np.int16), 0, 255).astype(np.uint8)
    ok, enc = cv2.imencode('.jpg', a, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(55, 78)])
    return Image.open(io.BytesIO(enc.tobytes())).convert('RGB')


def write_doc(doc, path, rng):
    pdf = render_pdf(doc)
    if doc.rendering == 'text':
        open(path, 'wb').write(pdf); return
    pdf_doc = pdfium.PdfDocument(pdf)
    imgs = [degrade(pdf_doc[i].render(scale=2.0).to_pil(), rng, doc.rendering == 'photo') for i in range(len(pdf_doc))]
    pdf_doc.close()
    if doc.fmt == 'jpg':
        imgs[0].save(path, 'JPEG', quality=80)
    elif doc.fmt == 'png':
        imgs[0].save(path, 'PNG', optimize=False)
    else:
        buf = io.BytesIO(); c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
        for im in imgs:
            b = io.BytesIO(); im.save(b, 'JPEG', quality=75); b.seek(0)
            c.drawImage(ImageReader(b), 0, 0, PW, PH); c.showPage()
        c.save(); open(path, 'wb').write(buf.getvalue())


# ---------------------------------------------------------------- genres
BANKS = ["中国建设银行天津滨海分行", "中国农业银行天津西青支行", "交通银行天津北辰支行", "上海浦东发展银行天津分行",
         "招商银行天津空港支行", "中信银行天津东丽支行", "中国银行天津武清支行"]


def acct(rng): return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([16, 19, 20])))


def g_contract_order(A, k, rng):
    """N1 服务订购单 (Order Form): 订购方 / 服务提供方; total in the 订购总价 row; 生效日期 = signing."""
    cu = k['cust']; d = Doc('contract', k['no'], "服务订购单（Order Form）：订购方/服务提供方，签订日期写作生效日期，总价在订购总价行",
                           contract_no=k['no'], amount_yuan=ystr(k['doc_amount']), date=k['sign'].isoformat(), customer=cu['name'])
    items = [("工业互联网平台 设备接入模块（年订阅）", 0.22), ("MES 生产执行模块 实施服务", 0.41),
             ("数据采集网关及边缘计算盒", 0.25), ("驻场培训与上线保障", 0.12)]
    rows = [["序号", "服务/产品项", "计费方式", "金额（元）"]]
    acc = 0.0
    for i, (n, f) in enumerate(items):
        v = round(k['doc_amount'] * f, 2) if i < 3 else round(k['doc_amount'] - acc, 2); acc += v
        rows.append([str(i + 1), n, "一次性" if i else "按年", money(v)])
    rows.append(["", "订购总价（含税）", "", money(k['doc_amount'])])
    d.add('title', "服 务 订 购 单").add('center', "ORDER FORM  订单编号：" + k['no'])
    d.add('table', [["订购方", cu['name']], ["订购方地址", cu['address']], ["服务提供方", A['name']],
                    ["服务提供方地址", A['address']], ["生效日期", cn(k['sign'])]], [1, 3])
    d.add('table', rows, [0.6, 3.2, 1, 1.4])
    d.add('p', f"订购总价大写：人民币{upper_rmb(k['doc_amount'])}。本订购单与《平台服务通用条款》共同构成双方完整协议，"
               f"订购方应在本订购单生效后十五个工作日内支付首期款（订购总价的30%），服务期满12个月后自动续期的，续期费用另行报价。")
    d.add('p', f"逾期付款的，每日按应付未付金额的万分之五支付滞纳金，滞纳金总额不超过人民币{money(round(k['doc_amount']*0.05, 2))}元。")
    d.add('sp', 20).add('table', [["订购方（盖章）：", "服务提供方（盖章）："], ["授权代表：", "授权代表："],
                                  ["日期：" + cn(k['sign']), "日期：" + cn(k['sign'])]], [1, 1])
    d.add('seal', cu['name'], 170, 150).add('seal', A['name'] + "合同专用章", 420, 150)
    return d


def g_contract_prose(A, k, rng, reversed_roles=False):
    cu = k['cust']
    note = "系统集成合同：甲方（需方）/乙方（供方），含预付款与违约金干扰金额"
    if reversed_roles:
        note = "角色倒置：甲方（供方）为申报单位，乙方（需方）为客户；含质保金与违约金干扰金额"
    d = Doc('contract', k['no'], note, contract_no=k['no'], amount_yuan=ystr(k['doc_amount']),
            date=k['sign'].isoformat(), customer=cu['name'])
    if reversed_roles:
        pa, pb = ("甲方（供方）", A), ("乙方（需方）", cu)
    else:
        pa, pb = ("甲方（需方）", cu), ("乙方（供方）", A)
    d.add('title', k['name'] + "合同").add('right', "合同编号：" + k['no'])
    for lab, f in (pa, pb):
        d.add('p', f"{lab}：{f['name']}").add('p', f"住所：{f['address']}", 24)
    need = "乙方" if reversed_roles else "甲方"; sup = "甲方" if reversed_roles else "乙方"
    d.add('p', f"依据《中华人民共和国民法典》，{need}委托{sup}实施“{k['name']}”，经友好协商，订立本合同，共同遵守。")
    d.add('bold', "第一条 项目内容").add('p', f"{sup}负责车间设备联网、数据采集、生产执行系统部署、与{need}现有ERP系统的接口开发及人员培训，具体以附件《技术方案》为准。")
    d.add('bold', "第二条 合同价款").add('p', f"本合同总价款为人民币{upper_rmb(k['doc_amount'])}（￥{money(k['doc_amount'])}），含增值税及全部实施费用。")
    pre = round(k['doc_amount'] * 0.3, 2)
    d.add('p', f"合同生效后十日内{need}向{sup}支付预付款￥{money(pre)}；项目验收合格后支付至合同总价的95%；余款作为质保金，质保期满后一次性付清。")
    d.add('bold', "第三条 工期").add('p', f"{sup}应于{cn(k['sign'] + timedelta(days=150))}前完成全部交付并提请验收。")
    d.add('bold', "第四条 违约责任").add('p', f"任何一方违约的，应向守约方支付违约金人民币{money(round(k['doc_amount']*0.1, 2))}元；造成损失的，另行赔偿。")
    d.newpage()
    d.add('bold', "第五条 其他").add('p', "本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。")
    d.add('sp', 30).add('table', [[pa[0] + "（盖章）", pb[0] + "（盖章）"], ["法定代表人或授权代表：", "法定代表人或授权代表："],
                                  ["签订日期：" + cn(k['sign']), "签订日期：" + cn(k['sign'])]], [1, 1])
    d.add('seal', pa[1]['name'], 170, PH - 170).add('seal', pb[1]['name'], 420, PH - 170)
    return d


def g_acc_liaison(A, k, rng):
    """N3 工作联系单: the applicant asks for acceptance, the customer's reply box says 同意通过验收."""
    cu = k['cust']; passed = k['acc_passed']
    d = Doc('acceptance_report', k['no'], "工作联系单：申报单位提请验收，客户在回复意见栏给出验收结论与日期",
            contract_no=k['no'], amount_yuan=None, date=k['accept'].isoformat(), customer=cu['name'],
            result='passed' if passed else 'failed')
    no = f"LXD-{k['accept'].year}-{rng.randint(10, 99)}"
    d.add('title', "工 作 联 系 单").add('right', "编号：" + no)
    d.add('table', [["发文单位", A['name'], "接收单位", cu['name']], ["事由", "关于提请项目验收的函", "合同编号", k['no']],
                    ["发出日期", cn(k['accept'] - timedelta(days=9)), "要求回复日期", cn(k['accept'] - timedelta(days=2))]], [1, 2, 1, 2])
    d.add('p', f"内容：贵司委托我司实施的“{k['name']}”已于{cn(k['accept'] - timedelta(days=40))}完成安装调试，"
               f"并已连续试运行三十天，各项指标满足合同要求，现提请贵司组织验收。")
    reply = (f"回复意见：经我公司生产部、设备部、信息中心联合检查，项目功能与性能满足合同及技术协议要求，同意通过验收。"
             if passed else
             "回复意见：经联合检查，数据采集完整率未达到技术协议约定的99%，报表模块尚未上线，本次验收不予通过，请于三十日内整改后重新提请。")
    d.add('sp', 8).add('p', reply).add('p', f"回复单位：{cu['name']}").add('p', f"回复日期：{cn(k['accept'])}")
    d.add('sealhere', cu['name'], 430)
    return d


def g_acc_apply(A, k, rng):
    """N4 验收申请及审批表: applicant fills the top, customer approval rows underneath."""
    cu = k['cust']
    d = Doc('acceptance_report', k['no'], "验收申请及审批表：上半申请、下半客户逐级审批，验收日期在审批栏，含申请日期干扰",
            contract_no=k['no'], amount_yuan=ystr(k['doc_amount']), date=k['accept'].isoformat(),
            customer=cu['name'], result='passed')
    d.add('title', "项目验收申请及审批表", 16)
    d.add('table', [["项目名称", k['name']], ["合同编号", k['no']], ["合同金额", f"￥{money(k['doc_amount'])}"],
                    ["申请单位", A['name']], ["申请日期", cn(k['accept'] - timedelta(days=12))],
                    ["使用（验收）单位", cu['name']],
                    ["申请说明", "项目已按合同完成全部内容，试运行期间无重大故障，申请验收。"]], [1, 3])
    d.add('bold', "验收审批（使用单位填写）")
    d.add('table', [["审批环节", "意见", "签字", "日期"],
                    ["使用部门", "系统运行稳定，同意验收", "", cn(k['accept'] - timedelta(days=3))],
                    ["信息中心", "接口及数据核验通过", "", cn(k['accept'] - timedelta(days=2))],
                    ["分管领导", "验收合格", "", cn(k['accept'])]], [1.2, 2.4, 1, 1.4])
    d.add('p', f"验收结论：合格。验收日期：{cn(k['accept'])}")
    d.add('sealhere', cu['name'], 420)
    for i in range(3):
        d.add('hand', "", 0)
    return d


def g_acc_opinion(A, k, rng):
    cu = k['cust']
    d = Doc('acceptance_report', k['no'], "客户出具的项目验收意见（函件式），无合同金额",
            contract_no=k['no'], amount_yuan=None, date=k['accept'].isoformat(), customer=cu['name'], result='passed')
    d.add('title', "关于“" + k['name'] + "”的验收意见", 15)
    d.add('p', f"{A['name']}：")
    d.add('p', f"贵公司承担的{k['name']}（合同编号{k['no']}）已按约定完成。我公司于{cn(k['accept'])}组织相关部门对项目进行了现场验收，"
               f"经查验设备清单、系统功能演示及运行记录，验收小组认为：项目交付物齐全，系统运行稳定，达到合同约定的技术指标，验收合格。", 24)
    d.add('p', "特此函告。", 24).add('sp', 30).add('right', cu['name']).add('right', cn(k['accept']))
    d.add('sealhere', cu['name'], 460)
    return d


def g_pay_alipay(A, k, pay, rng):
    """N5 支付宝电子回单 (third-party payment)."""
    cu = k['cust']
    d = Doc('payment_proof', k['no'], "第三方支付电子回单（支付宝企业账户转账到银行卡），摘要引用合同编号",
            contract_no=k['no'], amount_yuan=ystr(pay['amt']), date=pay['date'].isoformat(),
            payer=pay['payer'], payee=A['name'])
    d.add('box', "支付宝  电子回单", (0.09, 0.47, 1.0))
    d.add('table', [["回单编号", f"2024{rng.randint(10**11, 10**12-1)}"], ["付款方户名", pay['payer']],
                    ["付款方支付宝账号", f"caiwu{rng.randint(100,999)}@{rng.choice(['hengda','jinxin','tjmfg'])}.com.cn"],
                    ["收款方户名", A['name']], ["收款方账号", A['acct']], ["收款方开户机构", A['bank']],
                    ["金额（小写）", f"{money(pay['amt'])}元"], ["金额（大写）", upper_rmb(pay['amt'])],
                    ["摘要", f"{k['no']}合同款"], ["交易时间", f"{pay['date'].isoformat()} {rng.randint(9,17):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}"],
                    ["业务流水号", f"2024{rng.randint(10**15, 10**16-1)}"]], [1, 2.4])
    d.add('small', "本回单仅证明用户通过支付宝发起的交易已成功，不作为收款方发货依据。可登录支付宝官网验证回单真伪。")
    d.add('seal', "支付宝（中国）网络技术有限公司", 430, 330, "电子回单专用章")
    return d


def g_pay_huihua(A, k, pay, rng):
    """N6 资金汇划补充凭证 (receiving bank's voucher for an inter-bank credit)."""
    cu = k['cust']
    d = Doc('payment_proof', k['no'], "资金汇划补充凭证（收款人开户行打印的来账凭证），付款人在上、收款人在下，附言不引用合同号",
            contract_no=None, amount_yuan=ystr(pay['amt']), date=pay['date'].isoformat(), payer=pay['payer'], payee=A['name'])
    d.add('title', f"{A['bank'][:6]}  资金汇划补充凭证", 15)
    d.add('p', f"业务日期：{pay['date'].strftime('%Y%m%d')}    汇划流水号：{rng.randint(10**9, 10**10-1)}    第二联 作收款人收账通知")
    d.add('table', [["付款人账号", pay['acct'], "汇出行", pay['bank']], ["付款人名称", pay['payer'], "", ""],
                    ["收款人账号", A['acct'], "汇入行", A['bank']], ["收款人名称", A['name'], "", ""],
                    ["大写金额", "人民币" + upper_rmb(pay['amt']), "小写金额", "CNY" + money(pay['amt'])],
                    ["附言", "货款", "汇划渠道", "大额支付"]], [1, 2.3, 0.9, 2])
    d.add('p', "复核：          记账：          打印次数：1")
    d.add('seal', A['bank'][:6] + "业务专用章", 440, 420, "讫")
    return d


def g_pay_bank(A, k, pay, rng):
    cu = k['cust']
    d = Doc('payment_proof', k['no'], "网上银行电子回单（付款行打印），用途引用合同编号，含手续费干扰金额",
            contract_no=k['no'], amount_yuan=ystr(pay['amt']), date=pay['date'].isoformat(), payer=pay['payer'], payee=A['name'])
    d.add('title', pay['bank'][:6] + " 网上银行电子回单", 15)
    d.add('table', [["付款人", pay['payer'], "收款人", A['name']], ["账号", pay['acct'], "账号", A['acct']],
                    ["开户银行", pay['bank'], "开户银行", A['bank']],
                    ["金额", f"人民币（大写）{upper_rmb(pay['amt'])}   ￥{money(pay['amt'])}", "", ""],
                    ["用途", f"支付{k['no']}项目款", "手续费", "15.00"],
                    ["交易日期", pay['date'].isoformat(), "电子凭证号", str(rng.randint(10**8, 10**9))]], [1, 2.3, 1, 2.3])
    d.add('seal', pay['bank'][:6] + "电子回单专用章", 450, 470, "")
    return d


def g_proc_nego(A, k, rng):
    """N8 竞争性谈判记录及成交确认表 (customer's negotiation panel record)."""
    cu = k['cust']; others = [k['rival1'], k['rival2']]
    d = Doc('procurement_proof', k['no'], "竞争性谈判记录及成交确认表：三家最后报价，成交的是最低价而非首轮报价",
            contract_no=None, amount_yuan=ystr(k['doc_amount']), date=k['proc'].isoformat(), customer=cu['name'])
    d.add('title', "竞争性谈判记录及成交确认表", 16)
    d.add('table', [["采购单位", cu['name']], ["采购项目", k['name']], ["谈判日期", cn(k['proc'])],
                    ["谈判地点", cu['name'] + "三楼会议室"]], [1, 3])
    first = [round(k['doc_amount'] * f, 2) for f in (1.06, 1.09, 1.12)]
    last = [k['doc_amount'], round(k['doc_amount'] * 1.04, 2), round(k['doc_amount'] * 1.07, 2)]
    rows = [["供应商", "首轮报价（元）", "最后报价（元）", "技术响应"]]
    for f, (n, a, b) in enumerate(zip([A['name']] + others, first, last)):
        rows.append([n, money(a), money(b), "满足" if f != 2 else "部分满足"])
    d.add('table', rows, [3, 1.5, 1.5, 1])
    d.add('p', f"谈判小组意见：经两轮谈判，按照“满足需求且最后报价最低”原则，确定{A['name']}为成交供应商，"
               f"成交金额人民币{upper_rmb(k['doc_amount'])}。")
    d.add('p', "谈判小组成员签字：").add('hand', "刘建国   孙莉   王海涛", 120)
    d.add('p', f"采购单位确认：同意。    日期：{cn(k['proc'])}").add('sealhere', cu['name'], 430)
    return d


def g_proc_notice(A, k, rng):
    cu = k['cust']
    d = Doc('procurement_proof', k['no'], "中选结果通知书（客户采购部发出，合同编号预先写入）",
            contract_no=k['no'], amount_yuan=ystr(k['doc_amount']), date=k['proc'].isoformat(), customer=cu['name'])
    d.add('title', "中选结果通知书", 18).add('p', A['name'] + "：")
    d.add('p', f"我公司“{k['name']}”采购项目（项目编号CG{k['proc'].strftime('%y%m')}-{rng.randint(100,999)}）经评审，"
               f"贵公司为中选单位，中选价为人民币{money(k['doc_amount'])}元（{upper_rmb(k['doc_amount'])}）。"
               f"请于收到本通知后十五日内与我公司签订合同，拟定合同编号为{k['no']}。", 24)
    d.add('sp', 30).add('right', cu['name'] + "采购管理部").add('right', cn(k['proc']))
    d.add('sealhere', cu['name'], 460)
    return d


def g_subcontract_outsrc(A, s, rng):
    """N9 服务外包协议: 发包方 (applicant) / 接包方 (supplier)."""
    d = Doc('subcontract', None, "服务外包协议：发包方=申报单位，接包方=本地配套供应商；签订日期在首页“签署日”",
            contract_no=s['no'], amount_yuan=ystr(s['doc_amount']), date=s['sign'].isoformat(), customer=A['name'])
    d.add('title', "服务外包协议").add('right', "协议编号：" + s['no'])
    d.add('table', [["发包方", A['name'], "统一社会信用代码", A['uscc']], ["接包方", s['firm']['name'], "统一社会信用代码", s['firm']['uscc']],
                    ["接包方地址", s['firm']['address'], "签署日", cn(s['sign'])]], [1, 2.4, 1.3, 2])
    d.add('p', f"发包方承接的智能制造系统解决方案项目中，现场数据点位标定、边缘采集程序调试及视觉样本标注工作外包给接包方完成。"
               f"外包服务费总额为人民币{upper_rmb(s['doc_amount'])}（￥{money(s['doc_amount'])}），按月结算，"
               f"履约保证金￥{money(round(s['doc_amount']*0.05,2))}于协议签署后五日内由接包方缴纳。")
    d.add('p', "接包方应保证派驻人员具备相应资质，服务期内不得将本协议项下工作再行转包。")
    d.add('sp', 20).add('table', [["发包方（盖章）", "接包方（盖章）"], ["代表：", "代表："]], [1, 1])
    d.add('seal', A['name'], 170, 230).add('seal', s['firm']['name'], 420, 230)
    return d


def g_subcontract_task(A, s, rng):
    """N10 分包工作任务单 (call-off under a framework, both parties sign)."""
    d = Doc('subcontract', None, "分包工作任务单：委派方=申报单位，承接单位=供应商；任务单号即分包合同编号；下达日期即签订日期，含计划完工日期干扰",
            contract_no=s['no'], amount_yuan=ystr(s['doc_amount']), date=s['sign'].isoformat(), customer=A['name'])
    d.add('title', "分包工作任务单", 17)
    d.add('table', [["任务单号", s['no'], "下达日期", cn(s['sign'])], ["委派方（总包）", A['name'], "承接单位（分包）", s['firm']['name']],
                    ["承接单位地址", s['firm']['address'], "承接单位信用代码", s['firm']['uscc']],
                    ["工作内容", "AGV 调度系统现场部署及与 WMS 接口联调", "计划完工", cn(s['sign'] + timedelta(days=75))],
                    ["任务单价款", f"￥{money(s['doc_amount'])}（{upper_rmb(s['doc_amount'])}）", "结算方式", "完工验收后一次结清"]], [1.2, 2.3, 1.3, 2])
    d.add('p', "双方确认：本任务单依据双方签订的《技术服务合作框架协议》下达，签字盖章后即构成分包合同。")
    d.add('table', [["委派方签章", "承接单位签章"], ["", ""]], [1, 1])
    d.add('seal', A['name'], 170, 330).add('seal', s['firm']['name'], 420, 330)
    return d


def signin_rows(m, rng, style):
    """attendee list: (name, code, address, tianjin?)"""
    rows = []
    for f in m['attendees']:
        rows.append(f)
    return rows


def g_meeting_minutes_qr(A, m, rng):
    """N11: 会议纪要 (no sheet) + separate 扫码签到导出表 file."""
    d1 = Doc('meeting_record', None, "会议纪要（无签到表，签到另见扫码签到导出文件），会议名称在标题行，含下次会议日期干扰",
             date=m['date'].isoformat(), title=m['name'])
    d1.add('title', m['name'], 15).add('center', "纪  要")
    d1.add('p', f"时间：{cn(m['date'])} 14:00—17:00    地点：{m['place']}    主办：{A['name']}")
    d1.add('p', "一、主题报告。主办单位介绍了离散制造车间数据采集与设备联网的典型做法，三家用户企业分享了MES上线经验。", 0)
    d1.add('p', "二、交流讨论。与会企业围绕老旧设备协议解析、数据安全和投资回报测算进行了讨论。", 0)
    d1.add('p', f"三、后续安排。下一次交流活动拟于{cn(m['date'] + timedelta(days=45))}前后举办，具体另行通知。", 0)
    d1.add('p', "附：扫码签到记录（系统导出）").add('right', A['name'] + " 综合部").add('right', cn(m['date']))
    d2 = Doc('meeting_record', None, "扫码签到系统导出表：签到时间列、手机号脱敏、信用代码列；主办单位工作人员亦在表中",
             date=m['date'].isoformat(), title=m['name'])
    d2.add('box', "会签到 · 活动签到记录导出", (0.15, 0.55, 0.35))
    d2.add('p', f"活动：{m['name']}    活动日期：{m['date'].isoformat()}    导出时间：{m['date'].isoformat()} 17:32")
    rows = [["#", "签到时间", "姓名", "手机", "单位", "统一社会信用代码"]]
    for i, f in enumerate(m['attendees']):
        rows.append([str(i + 1), f"{13 + i // 6}:{(i * 7) % 60:02d}", rng.choice("王李张刘陈杨赵黄周吴") + rng.choice(["伟", "敏", "静", "磊", "洋", "婷", "强", "军"]),
                     f"1{rng.randint(30,89)}****{rng.randint(1000,9999)}", f['name'], f['uscc']])
    d2.add('table', rows, [0.4, 0.8, 0.7, 1.2, 3, 2.1], 8)
    return [d1, d2]


def g_meeting_training(A, m, rng):
    """N12: 培训记录 + 学员签到表 on one document (address column instead of code)."""
    d = Doc('meeting_record', None, "宣贯培训记录表＋学员签到表（按地址判断是否天津），培训名称即会议名称",
            date=m['date'].isoformat(), title=m['name'])
    d.add('title', "培 训 记 录 表", 16)
    d.add('table', [["培训名称", m['name']], ["培训时间", cn(m['date']) + " 9:00-12:00"], ["培训地点", m['place']],
                    ["组织单位", A['name']], ["主讲人", "高级工程师 " + rng.choice(["韩立新", "邵明", "戴维", "柏青"])],
                    ["培训内容", "《智能制造能力成熟度模型》解读；设备数据采集规范；现场答疑"]], [1, 3])
    d.add('bold', "学员签到表")
    rows = [["序号", "单位名称", "单位地址", "签名"]]
    for i, f in enumerate(m['attendees']):
        rows.append([str(i + 1), f['name'], f['address'], ""])
    d.add('table', rows, [0.5, 3, 3.2, 1], 8.5)
    return [d]


def g_meeting_plain(A, m, rng):
    d = Doc('meeting_record', None, "经验交流会纪要，签到表在同一文件第二页（单位名称＋信用代码）",
            date=m['date'].isoformat(), title=m['name'])
    d.add('title', "会议纪要", 18).add('table', [["会议名称", m['name']], ["会议时间", cn(m['date'])], ["会议地点", m['place']],
                                                  ["主持", A['name'] + " 解决方案部"]], [1, 3])
    d.add('p', "会议围绕中小企业数字化改造的实施路径开展交流，与会代表就设备联网、质量追溯、能耗管理等场景交换了意见，形成共识如下：一是以场景为牵引分步实施；二是重视数据治理；三是建立常态化交流机制。")
    d.newpage().add('title', "参会单位签到表", 15)
    rows = [["序号", "单位名称", "统一社会信用代码", "参会人"]]
    for i, f in enumerate(m['attendees']):
        rows.append([str(i + 1), f['name'], f['uscc'], ""])
    d.add('table', rows, [0.5, 3.2, 2.2, 1], 9)
    return [d]


SOLS = ["改进建议", "实施路径建议", "对策措施", "提升方案"]


def g_diag_dcmm(A, g, rng):
    d = Doc('diagnosis_report', None, "DCMM 数据管理能力预评估报告：受评单位即被诊断企业，含八个能力域评分表；“提升方案”为解决方案节" +
            ("" if g['solution'] else "；本报告缺少解决方案节（仅有评分与问题）"),
            date=g['date'].isoformat(), customer=g['firm']['name'], title=g['title'])
    d.add('title', g['title'], 14)
    d.add('table', [["受评单位", g['firm']['name']], ["评估机构", A['name']], ["评估日期", cn(g['date'])],
                    ["评估方式", "现场访谈＋材料查阅（免费）"]], [1, 3])
    rows = [["能力域", "得分", "等级"]] + [[n, f"{rng.uniform(1.2, 2.8):.1f}", "受管理级" if rng.random() < .5 else "初始级"]
                                           for n in ["数据战略", "数据治理", "数据架构", "数据应用", "数据安全", "数据质量", "数据标准", "数据生存周期"]]
    d.add('bold', "一、评估结果").add('table', rows, [2, 1, 1.5], 9)
    d.add('bold', "二、主要问题").add('p', "主数据分散在ERP与各车间台账中，物料编码存在一物多码；数据质量无责任人；生产数据未纳入备份策略。")
    if g['solution']:
        d.add('bold', "三、提升方案").add('p', "建立物料主数据标准并清洗存量编码；设立数据管理员岗位；部署边缘采集与集中备份；半年内完成数据质量月度评估机制。")
    return d


def g_diag_survey(A, g, rng):
    d = Doc('diagnosis_report', None, "企业数字化调研表＋专家诊断意见（被调研企业填写上半部分，专家下半部分给意见）" +
            ("" if g['solution'] else "；专家意见只有问题，没有任何建议"),
            date=g['date'].isoformat(), customer=g['firm']['name'], title=g['title'])
    d.add('title', g['title'], 14)
    d.add('table', [["被调研企业", g['firm']['name']], ["统一社会信用代码", g['firm']['uscc']], ["调研日期", cn(g['date'])],
                    ["主营产品", rng.choice(IND)], ["在用信息系统", "☑ERP  ☐MES  ☐WMS  ☑OA  ☐PLM"],
                    ["设备联网率", f"{rng.randint(5, 35)}%"]], [1.3, 3])
    d.add('bold', "专家诊断意见")
    d.add('p', "存在问题：生产计划依赖手工排程，工单进度不可视；关键设备无状态监测，停机原因无记录。")
    if g['solution']:
        d.add('p', "建议：优先上线轻量化MES实现工单报工；对8台关键设备加装采集终端，建立停机原因代码；一年内实现计划排程系统化。")
    d.add('p', "诊断专家：").add('hand', rng.choice(["郑宏 高工", "许文博 教授级高工", "冯立 工程师"]), 90)
    return d


def g_diag_oee(A, g, rng):
    d = Doc('diagnosis_report', None, "设备综合效率（OEE）诊断分析报告：客户单位在“服务企业”栏，结论后为“改善措施”" +
            ("" if g['solution'] else "；无改善措施部分"),
            date=g['date'].isoformat(), customer=g['firm']['name'], title=g['title'])
    d.add('title', g['title'], 14).add('p', f"服务企业：{g['firm']['name']}    诊断机构：{A['name']}")
    d.add('p', f"诊断日期：{cn(g['date'])}    数据采样区间：{cn(g['date'] - timedelta(days=14))}至{cn(g['date'] - timedelta(days=1))}")
    av, pe, q = rng.uniform(.7, .9), rng.uniform(.6, .85), rng.uniform(.92, .99)
    d.add('table', [["指标", "实测值", "行业参考"], ["时间开动率", f"{av:.1%}", "90%"], ["性能开动率", f"{pe:.1%}", "95%"],
                    ["合格品率", f"{q:.1%}", "99%"], ["OEE", f"{av*pe*q:.1%}", "85%"]], [2, 1, 1])
    d.add('bold', "诊断结论").add('p', "换型时间长、小停机频繁是OEE偏低的主因，其中换模平均用时超过70分钟。")
    if g['solution']:
        d.add('bold', "改善措施").add('p', "推行快速换模（SMED），将内部作业转为外部作业；设置小停机自动记录；建立日OEE看板与班组例会制度。")
    return d


def g_standard(A, st, rng):
    d = Doc('standard_draft', None, "团体标准草案：封面＋前言（起草单位名单），标准名称跨两行",
            title=st['name'])
    d.add('sp', 30).add('center', "ICS 25.040").add('right', f"T/TJZZ {st['code']}—2024")
    d.add('sp', 40).add('title', "天津市智能制造产业协会团体标准", 14).add('sp', 30)
    d.add('title', st['name'], 17).add('sp', 20).add('center', "（草案）").add('sp', 200)
    d.add('center', "2024-××-××发布          2024-××-××实施")
    d.newpage().add('title', "前  言", 15)
    d.add('p', "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    d.add('p', "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    d.add('p', f"本文件起草单位：{A['name']}、{st['co']}。")
    return d


def g_other_seal(A, k, rng):
    """N19 合同用印审批单 (applicant's internal form): names the contract and an amount, is not evidence."""
    d = Doc('other', k['no'], "申报单位内部合同用印审批单：有合同号与金额，但不是合同/验收/付款/采购证明")
    d.add('title', "合同用印审批单", 16)
    d.add('table', [["申请部门", "解决方案事业部"], ["合同名称", k['name']], ["合同编号", k['no']], ["相对方", k['cust']['name']],
                    ["合同金额", f"￥{money(k['amount'])}"], ["用印类型", "☑合同专用章  ☐公章"], ["申请日期", cn(k['sign'] - timedelta(days=2))],
                    ["法务意见", "条款已审，同意用印"], ["总经理审批", "同意"]], [1, 3])
    return d


def g_other_invoice_req(A, k, rng):
    """N20 开票申请单: amount of one instalment, distractor."""
    amt = round(k['amount'] * 0.3, 2)
    d = Doc('other', k['no'], "开票申请单（申报单位财务流程）：开票金额为首期款，不是付款证明")
    d.add('title', "增值税发票开票申请单", 16)
    d.add('table', [["购买方名称", k['cust']['name']], ["纳税人识别号", k['cust']['uscc']], ["合同编号", k['no']],
                    ["本次开票金额", f"{money(amt)}元（首期款30%）"], ["税率", "13%"], ["申请人", "销售部"], ["申请日期", cn(k['sign'] + timedelta(days=8))]], [1, 3])
    return d


# ---------------------------------------------------------------- scenario
def is_large(emp, rev): return emp >= 1000 and rev >= 40000
def firm_tj(f): return f['uscc'][2:4] == '12' or f['address'].startswith('天津市')


def build(variant, rng):
    N = Names(rng)
    A = N.firm('tj', ind="智能科技", kind="股份有限公司"); A['bank'] = rng.choice(BANKS); A['acct'] = acct(rng)
    docs = []
    # ---- contracts
    if variant == 'tricky':
        amts = [2600000, 2400000, 3100000, 1900000, 2750000, 2250000, 3000000]
        tjs = [True, False, False, True, False, False, True]
        emp_rev = [(1000, 39999), (999, 45000), (1000, 40000), (320, 21000), (150, 8800), (60, 3500), (410, 12000)]
    else:
        amts = [3200000, 4500000, 2800000, 5100000, 3600000, 2200000, 4000000]
        tjs = [True, True, False, True, False, True, False]
        emp_rev = [(230, 15000), (1500, 88000), (80, 6200), (640, 31000), (45, 2100), (310, 18800), (120, 9000)]
        if variant == 'gaps':
            emp_rev[6] = (1200, 52000)
    K = []
    for i, a in enumerate(amts):
        cu = N.firm('tj' if tjs[i] else 'out')
        emp, rev = emp_rev[i]
        sme_decl = '否' if is_large(emp, rev) else '是'
        if variant == 'gaps' and i == 6: sme_decl = '是'
        sign = date(2023, rng.randint(3, 11), rng.randint(1, 27)) if i % 2 else date(2024, rng.randint(1, 4), rng.randint(1, 27))
        accept = date(2024, rng.randint(6, 11), rng.randint(1, 27))
        k = dict(seq=i + 1, no=f"{rng.choice(['ZN','HT','JZ','SZ'])}-{sign.year}-{rng.randint(100, 999)}{chr(65+i)}",
                 name=rng.choice(["数字化车间", "智能仓储", "设备联网与MES", "质量追溯系统", "能源管控平台", "智能产线改造", "工业互联网平台"]) + "建设项目",
                 cust=cu, amount=float(a), doc_amount=float(a), sign=sign, accept=accept, decl_accept=accept,
                 proc=sign - timedelta(days=rng.randint(8, 30)), emp=emp, rev=rev, sme_decl=sme_decl,
                 tj_decl='是' if tjs[i] else '否', acc_passed=True, planted=[],
                 rival1=N.firm('tj')['name'], rival2=N.firm('out')['name'])
        K.append(k)
    if variant == 'tricky':
        K[6]['acc_passed'] = False; K[6]['planted'].append('acceptance_not_passed')
        K[3]['accept'] = K[3]['decl_accept'] = date(2024, 1, 2); K[3]['planted'].append('acceptance on 2024-01-02 (in period, edge)')
    if variant == 'gaps':
        K[3]['doc_amount'] = round(K[3]['amount'] * 1.03, 2); K[3]['planted'].append('amount_mismatch (documents +3%)')
        K[4]['accept'] = date(2025, 1, 15); K[4]['planted'].append('date_out_of_period (report 2025, declared 2024-12-28)')
        K[4]['decl_accept'] = date(2024, 12, 28)
        K[1]['planted'].append('missing_payment_proof'); K[5]['planted'].append('duplicate_evidence')
        K[6]['planted'].append('sme_misclassified')
    dup_paths = []
    for i, k in enumerate(K):
        cg = [g_contract_order, g_contract_prose, lambda A, k, r: g_contract_prose(A, k, r, True)][i % 3]
        docs.append(cg(A, k, rng))
        ag = [g_acc_liaison, g_acc_apply, g_acc_opinion][i % 3]
        if not k['acc_passed']: ag = g_acc_liaison
        docs.append(ag(A, k, rng))
        if not (variant == 'gaps' and i == 1):
            n = 2 if i % 2 == 0 else 1
            tot = k['doc_amount']; parts = [round(tot * 0.6, 2), round(tot - round(tot * 0.6, 2), 2)] if n == 2 else [tot]
            pacct, pbank = acct(rng), rng.choice(BANKS)
            for j, p in enumerate(parts):
                pay = dict(amt=p, date=min(k['accept'] + timedelta(days=10 + 20 * j), date(2024, 12, 30)) if j else k['sign'] + timedelta(days=9),
                           payer=k['cust']['name'], acct=pacct, bank=pbank)
                pg = [g_pay_alipay, g_pay_huihua, g_pay_bank][(i + j) % 3]
                pd = pg(A, k, pay, rng); docs.append(pd)
                if variant == 'gaps' and i == 5 and j == 0:
                    dup_paths.append(pd)
        docs.append([g_proc_nego, g_proc_notice][i % 2](A, k, rng))
        if i in (0, 4): docs.append(g_other_seal(A, k, rng))
        if i == 2: docs.append(g_other_invoice_req(A, k, rng))
    # ---- suppliers
    S = []
    for j in range(2):
        where = 'tj'
        f = N.firm(where, ind=rng.choice(["自动化", "软件", "机电工程"]))
        if variant == 'gaps' and j == 1:
            f = N.firm('out', ind="自动化")
        if variant == 'tricky' and j == 0:
            w = rng.choice(W1) + rng.choice(W1)
            f = dict(name=f"{w}数智科技（北京）有限公司天津分公司", uscc=make_uscc(rng, "120116"),
                     address=f"天津市滨海新区{rng.choice(ROADS)}{rng.randint(1,200)}号", tj=True)
        amt = float(rng.choice([380000, 460000, 520000, 275000]))
        s = dict(seq=j + 1, firm=f, no=f"FB-2024-{rng.randint(10, 99)}{j}", name=["现场实施外包", "AGV部署分包"][j],
                 amount=amt, doc_amount=amt, sign=date(2024, rng.randint(2, 9), rng.randint(1, 27)), planted=[])
        if variant == 'tricky' and j == 1:
            s['doc_amount'] = round(amt * 1.004, 2); s['planted'].append('document amount +0.4% (within 0.5%)')
        if variant == 'tricky' and j == 0: s['planted'].append('Tianjin branch of a Beijing firm (12 code, 天津市 address)')
        if variant == 'gaps' and j == 1: s['planted'].append('subcontractor_not_tianjin')
        S.append(s)
        docs.append([g_subcontract_outsrc, g_subcontract_task][j](A, s, rng))
    # ---- attendee pool
    pool = [N.firm('tj') for _ in range(30)]
    outs = [N.firm('out') for _ in range(6)]
    M = []
    places = ["天津市滨海新区中新生态城服务中心", "天津市西青区智能制造创新中心", "天津市北辰区科技园报告厅", "线下：申报单位一楼展厅"]
    for j in range(10):
        dt = date(2024, 1 + j, rng.randint(5, 26))
        if variant == 'tricky' and j == 9: dt = date(2024, 12, 31)
        ntj = 10 + rng.randint(1, 5) if variant == 'clean' else 10 + rng.randint(0, 4)
        planted = []
        if variant == 'gaps' and j == 3: ntj = 8; planted.append('meeting_attendance_below_threshold')
        if variant == 'tricky' and j in (2, 5): ntj = 10; planted.append('exactly 10 Tianjin firms')
        att = rng.sample(pool, ntj)
        decl = ntj
        if variant == 'gaps' and j == 3: decl = 12
        extra = [A] + rng.sample(outs, 2)
        if variant == 'tricky' and j == 2:
            extra.append(att[0]); decl = 11; planted.append('one firm signed twice; host signs in; declared 11')
        lst = att + extra; rng.shuffle(lst)
        m = dict(seq=j + 1, name=f"2024年第{'一二三四五六七八九十'[j]}期智能制造经验交流会" if j % 3 != 1 else f"“数字化转型”宣贯培训（第{j+1}场）",
                 date=dt, place=rng.choice(places), attendees=lst, decl=decl, tj_on_sheet=len({f['name'] for f in att}),
                 record=True, planted=planted)
        if variant == 'gaps' and j == 6: m['record'] = False; m['planted'].append('missing_meeting_record')
        M.append(m)
        if m['record']:
            docs.extend([g_meeting_plain, g_meeting_training, g_meeting_minutes_qr][j % 3](A, m, rng))
    # ---- diagnoses
    G = []
    nd = 31 if variant == 'tricky' else 30
    dpool = pool + [N.firm('tj') for _ in range(nd - len(pool))]
    for j in range(nd):
        f = dpool[j]
        genre = j % 3
        title = [f"{f['name']}数据管理能力预评估报告", f"{f['name'][:-4]}数字化现状调研及诊断意见", f"{f['name'][:-4]}设备综合效率（OEE）诊断分析报告"][genre]
        dt = date(2024, rng.randint(1, 12), rng.randint(1, 27))
        if variant == 'tricky' and j == 4: dt = date(2024, 1, 2)
        g = dict(seq=j + 1, firm=f, date=dt, title=title, solution=True, report=True, planted=[])
        if variant == 'gaps' and j in (7, 19): g['solution'] = False; g['planted'].append('diagnosis_without_solution')
        if variant == 'gaps' and j == 25: g['report'] = False; g['planted'].append('missing_diagnosis_report')
        if variant == 'tricky' and j == 13: g['solution'] = False; g['planted'].append('diagnosis_without_solution (30 others pass)')
        G.append(g)
        if g['report']:
            docs.append([g_diag_dcmm, g_diag_survey, g_diag_oee][genre](A, g, rng))
    # ---- standards
    ST = []
    names = ["离散制造车间设备数据采集接口规范", "中小企业数字化改造实施指南", "工业互联网边缘网关通用技术要求", "智能仓储系统验收规范"]
    ns = 4 if variant == 'tricky' else 3
    for j in range(ns):
        st = dict(seq=j + 1, name=names[j], code=f"{rng.randint(10, 99)}", co=N.firm('tj')['name'], doc=True, cat="团体标准", stage="草案")
        if (variant == 'gaps' and j == 2) or (variant == 'tricky' and j == 3): st['doc'] = False
        ST.append(st)
        if st['doc']: docs.append(g_standard(A, st, rng))
    return A, K, S, M, G, ST, docs, dup_paths


# ---------------------------------------------------------------- truth (own reading of format.md)
def inp(d): return d is not None and P0.isoformat() <= d <= P1.isoformat()


def evaluate(app, contracts, suppliers, meetings, diagnoses, standards, docs):
    gaps = []
    def gap(kind, req, **kw):
        g = dict(kind=kind, contract_no=kw.pop('contract_no', None), customer=kw.pop('customer', None), requirement=req); g.update(kw); gaps.append(g)
    verified = []
    for c in contracts:
        mine = [d for d in docs if d['contract_no'] == c['contract_no']]
        by = lambda t: [d for d in mine if d['doc_type'] == t]
        cg = []
        for t, kind in (('acceptance_report', 'missing_acceptance_report'), ('payment_proof', 'missing_payment_proof'),
                        ('procurement_proof', 'missing_procurement_proof')):
            if not by(t): cg.append(kind)
        amt = float(c['amount_yuan']); off = lambda v: abs(float(v) - amt) > 0.005 * amt
        uniq = {d['sha256']: d for d in by('payment_proof')}
        if any(d['fields']['amount_yuan'] and off(d['fields']['amount_yuan']) for d in by('contract') + by('procurement_proof') + by('acceptance_report')) \
                or (uniq and off(sum(float(d['fields']['amount_yuan']) for d in uniq.values()))):
            cg.append('amount_mismatch')
        accs = by('acceptance_report')
        if (accs and not all(inp(d['fields']['date']) for d in accs)) or (not accs and not inp(c['accept_date'])):
            cg.append('date_out_of_period')
        if accs and all(d['fields']['result'] == 'failed' for d in accs): cg.append('acceptance_not_passed')
        if any(d['fields']['payer'] != c['customer'] or d['fields']['payee'] != app['name'] for d in uniq.values()) or \
                any(d['fields']['customer'] != c['customer'] for d in by('contract') + accs + by('procurement_proof')):
            cg.append('party_mismatch')
        shas = [d['sha256'] for d in mine]
        if len(shas) != len(set(shas)): cg.append('duplicate_evidence')
        if not uscc_ok(c['customer_uscc']): cg.append('invalid_uscc')
        if c['tianjin_declared'] == '是' and not c['tianjin_actual']: cg.append('not_tianjin')
        for kind in cg: gap(kind, 'A-customers', contract_no=c['contract_no'], customer=c['customer'])
        if c['sme_declared'] != ('否' if is_large(c['employees'], c['revenue_wan']) else '是'):
            gap('sme_misclassified', 'A-sme', contract_no=c['contract_no'], customer=c['customer'])
        if not cg: verified.append(c)
    vc = {c['customer'] for c in verified}
    total = round(sum(float(c['amount_yuan']) for c in verified), 2)
    vtj = {c['customer'] for c in verified if c['tianjin_declared'] == '是' and c['tianjin_actual']}
    vsme = {c['customer'] for c in verified if not is_large(c['employees'], c['revenue_wan'])}
    # suppliers
    ok_sup = set()
    for s in suppliers:
        sub = [d for d in docs if d['doc_type'] == 'subcontract' and d['fields']['contract_no'] == s['contract_no']]
        sg = []
        if not s['tianjin_actual']: sg.append('subcontractor_not_tianjin')
        if not sub: sg.append('missing_subcontract')
        else:
            if not all(inp(d['fields']['date']) for d in sub): sg.append('date_out_of_period')
            if any(d['fields']['customer'] != app['name'] or d.get('_supplier', s['supplier']) != s['supplier'] for d in sub): sg.append('party_mismatch')
            if any(abs(float(d['fields']['amount_yuan']) - float(s['amount_yuan'])) > 0.005 * float(s['amount_yuan']) for d in sub): sg.append('amount_mismatch')
        for kind in sg: gap(kind, 'A-local-suppliers', contract_no=s['contract_no'], supplier=s['supplier'])
        if not sg: ok_sup.add(s['supplier'])
    # meetings
    okm = 0
    for m in meetings:
        mg = []
        recs = [d for d in docs if d['doc_type'] == 'meeting_record' and d['fields']['title'] == m['name']]
        if not recs: mg.append('missing_meeting_record')
        else:
            if not inp(m['date']) or not all(inp(d['fields']['date']) for d in recs): mg.append('date_out_of_period')
            if m['tianjin_on_sheet'] < 10: mg.append('meeting_attendance_below_threshold')
        for kind in mg: gap(kind, 'A-meetings', meeting=m['name'])
        okm += not mg
    okd = set()
    for g in diagnoses:
        dg = []
        recs = [d for d in docs if d['doc_type'] == 'diagnosis_report' and d['fields']['customer'] == g['customer']]
        if not recs: dg.append('missing_diagnosis_report')
        else:
            if not g['has_solution']: dg.append('diagnosis_without_solution')
            if not all(inp(d['fields']['date']) for d in recs): dg.append('date_out_of_period')
        for kind in dg: gap(kind, 'A-diagnoses', customer=g['customer'])
        if not dg: okd.add(g['customer'])
    nstd = 0
    for s in standards:
        if s['document_uploaded']: nstd += 1
        else: gap('missing_standard_document', 'A-standards', standard=s['name'])
    req = {}
    app_tj = app['uscc'][2:4] == '12' and app['address'].startswith('天津市')
    if not app_tj: gap('applicant_not_tianjin', 'E-tianjin')
    req['E-tianjin'] = 'met' if app_tj else 'not_met'
    def thr(key, ok, kind):
        if not ok: gap(kind, key)
        return ok
    a = thr('A-local-suppliers', len(ok_sup) >= 2, 'local_supplier_count_below_threshold')
    req['A-local-suppliers'] = 'met' if a else 'not_met'
    req['A-meetings'] = 'met' if thr('A-meetings', okm >= 10, 'meeting_count_below_threshold') else 'not_met'
    req['A-diagnoses'] = 'met' if thr('A-diagnoses', len(okd) >= 30, 'diagnosis_count_below_threshold') else 'not_met'
    r1 = thr('A-customers', len(vc) >= 6, 'customer_count_below_threshold')
    r2 = thr('A-customers', total >= 15000000, 'total_below_threshold')
    r3 = thr('A-customers', len(vtj) >= 2, 'tianjin_customer_count_below_threshold')
    req['A-customers'] = 'met' if (r1 and r2 and r3) else 'not_met'
    req['A-standards'] = 'met' if thr('A-standards', nstd >= 3, 'standards_below_threshold') else 'not_met'
    req['A-sme'] = 'met' if thr('A-sme', len(vsme) >= 5, 'sme_count_below_threshold') else 'not_met'
    return dict(requirements=req, gaps=gaps, assessment_passed=all(v == 'met' for v in req.values()),
                accepted_total_yuan=f"{total:.2f}", verified_contracts=[c['contract_no'] for c in verified],
                verified_customer_count=len(vc), verified_tianjin_customer_count=len(vtj), verified_sme_customer_count=len(vsme),
                verified_local_suppliers=len(ok_sup), qualifying_meetings=okm, diagnosed_customers_with_solution=len(okd),
                standards_with_document=nstd)


# ---------------------------------------------------------------- workbook
def workbook(path, A, K, S, M, G, ST, rng):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '申报单位'
    def sheet(ws, title, header, rows):
        ws.append([title]); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws.cell(1, 1).alignment = Alignment(horizontal='center'); ws.append(header)
        for r in rows: ws.append(r)
    sheet(ws, "申报单位基本情况", ["项目", "内容"], [["单位名称", A['name']], ["统一社会信用代码", A['uscc']], ["注册地址", A['address']],
                                                ["申报方向", "智能制造系统解决方案"], ["服务行业", "装备制造、汽车零部件"], ["阶段", "考核"]])
    rows = []
    for i, k in enumerate(K):
        sd = k['sign'] if i % 3 else f"{k['sign'].year}年{k['sign'].month}月{k['sign'].day}日"
        ad = k['decl_accept'] if i % 3 else f"{k['decl_accept'].year}年{k['decl_accept'].month}月{k['decl_accept'].day}日"
        amt = k['amount'] / 10000 if i != 2 else f"{k['amount']/10000:.2f}"
        rev = k['rev'] if i != 1 else f"{k['rev']:,}"
        rows.append([k['seq'], k['cust']['name'], k['cust']['uscc'], k['no'], k['name'], amt, sd, ad, k['sme_decl'], k['emp'], rev, k['tj_decl']])
    sheet(wb.create_sheet('服务用户清单'), "服务用户清单（考核期）", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)",
                                                           "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb.create_sheet('标准草案'), "标准草案", ["序号", "标准名称", "标准类别", "阶段"], [[s['seq'], s['name'], s['cat'], s['stage']] for s in ST])
    sheet(wb.create_sheet('本地配套供应商'), "本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s['seq'], s['firm']['name'], s['firm']['uscc'], s['no'], s['name'], s['amount'] / 10000, s['sign']] for s in S])
    sheet(wb.create_sheet('经验交流会'), "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[m['seq'], m['name'], m['date'], m['place'], m['decl']] for m in M])
    sheet(wb.create_sheet('免费诊断'), "免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[g['seq'], g['firm']['name'], g['firm']['uscc'], g['date'], g['title']] for g in G])
    for w in wb.worksheets:
        for row in w.iter_rows():
            for c in row:
                if isinstance(c.value, date): c.number_format = 'yyyy-mm-dd'
    wb.properties.creator = "author13"; wb.properties.created = wb.properties.modified = __import__('datetime').datetime(2025, 1, 20)
    wb.save(path)


# ---------------------------------------------------------------- main
def emit(outdir, variant, seed):
    rng = random.Random(f"{seed}-{variant}"); random.seed(seed)
    A, K, S, M, G, ST, docs, dups = build(variant, rng)
    root = os.path.join(outdir, variant); sub = os.path.join(root, 'submission')
    shutil.rmtree(root, ignore_errors=True); os.makedirs(sub)
    workbook(os.path.join(sub, '申报信息.xlsx'), A, K, S, M, G, ST, rng)
    folders = ["合同", "验收", "付款", "采购", "配套", "会议", "诊断", "标准", "其他"]
    fmap = dict(contract=0, acceptance_report=1, payment_proof=2, procurement_proof=3, subcontract=4, meeting_record=5,
                diagnosis_report=6, standard_draft=7, other=8)
    rr = random.Random(f"r{seed}{variant}")
    entries = []
    for i, d in enumerate(docs):
        x = rr.random()
        if d.doc_type == 'diagnosis_report' and d.fields['customer'] and i % 5 == 2:
            d.rendering = 'photo'
        if x < 0.27: d.rendering = 'scan'
        elif x < 0.40: d.rendering = 'photo'
        if d.rendering == 'photo': d.fmt = 'jpg'
        elif d.rendering == 'scan' and rr.random() < 0.2: d.fmt = 'png'
        name = f"{folders[fmap[d.doc_type]]}/{rr.choice(['扫描', 'IMG_', 'doc', '附件', ''])}{i + 1:03d}.{d.fmt}"
        os.makedirs(os.path.join(sub, os.path.dirname(name)), exist_ok=True)
        write_doc(d, os.path.join(sub, name), rr)
        entries.append((d, name))
        if d in dups:
            name2 = f"{folders[fmap[d.doc_type]]}/{i + 1:03d}_副本.{d.fmt}"
            shutil.copy(os.path.join(sub, name), os.path.join(sub, name2)); entries.append((d, name2))
    tdocs = []
    for d, name in entries:
        sha = hashlib.sha256(open(os.path.join(sub, name), 'rb').read()).hexdigest()
        e = dict(path=name, doc_type=d.doc_type, rendering=d.rendering, contract_no=d.contract_no, sha256=sha, note=d.note, fields=d.fields)
        tdocs.append(e)
    contracts = [dict(seq=k['seq'], contract_no=k['no'], customer=k['cust']['name'], customer_uscc=k['cust']['uscc'], amount_yuan=ystr(k['amount']),
                      sign_date=k['sign'].isoformat(), accept_date=k['decl_accept'].isoformat(), sme_declared=k['sme_decl'], employees=k['emp'],
                      revenue_wan=k['rev'], tianjin_declared=k['tj_decl'], tianjin_actual=firm_tj(k['cust']), planted=k['planted']) for k in K]
    suppliers = [dict(seq=s['seq'], supplier=s['firm']['name'], uscc=s['firm']['uscc'], address=s['firm']['address'], contract_no=s['no'],
                      amount_yuan=ystr(s['amount']), sign_date=s['sign'].isoformat(), tianjin_actual=firm_tj(s['firm']), planted=s['planted']) for s in S]
    meetings = [dict(seq=m['seq'], name=m['name'], date=m['date'].isoformat(), place=m['place'], declared_tianjin=m['decl'],
                     tianjin_on_sheet=m['tj_on_sheet'], has_record=m['record'], planted=m['planted']) for m in M]
    diagnoses = [dict(seq=g['seq'], customer=g['firm']['name'], uscc=g['firm']['uscc'], date=g['date'].isoformat(), title=g['title'],
                      has_report=g['report'], has_solution=g['solution'], planted=g['planted']) for g in G]
    standards = [dict(seq=s['seq'], name=s['name'], document_uploaded=s['doc']) for s in ST]
    for d, (dd, _) in zip(tdocs, entries):
        if d['doc_type'] == 'subcontract':
            d['_supplier'] = next(s['firm']['name'] for s in S if s['no'] == d['fields']['contract_no'])
    app = dict(name=A['name'], uscc=A['uscc'], address=A['address'])
    ev = evaluate(app, contracts, suppliers, meetings, diagnoses, standards, tdocs)
    for d in tdocs: d.pop('_supplier', None)
    truth = dict(variant=variant, seed=seed, phase='考核', period=['2024-01-01', '2024-12-31'], applicant=app, award_tier_wan=None)
    truth.update(ev)
    truth.update(contracts=contracts, suppliers=suppliers, meetings=meetings, diagnoses=diagnoses, standards=standards, documents=tdocs)
    json.dump(truth, open(os.path.join(root, 'ground_truth.json'), 'w'), ensure_ascii=False, indent=1)
    return truth


if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default='data'); ap.add_argument('--seed', type=int, default=13)
    a = ap.parse_args()
    for v in ('clean', 'gaps', 'tricky'):
        t = emit(a.out, v, a.seed)
        n = len(t['documents']); sc = sum(d['rendering'] != 'text' for d in t['documents'])
        print(v, n, 'docs', sc, 'scans', 'passed' if t['assessment_passed'] else 'failed', len(t['gaps']), 'gaps',
              sorted({g['kind'] for g in t['gaps']}))
