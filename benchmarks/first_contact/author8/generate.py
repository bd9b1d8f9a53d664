#!/usr/bin/env python3
"""author8: three support-cycle (2023) submissions with new evidence genres.

python generate.py --out data --seed 8
Deterministic for a seed (text PDFs byte-identical; scan pixels depend on library versions).
"""
import argparse, hashlib, io, json, math, os, random, shutil, sys
from decimal import Decimal

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import derive, CHARSET, WEIGHTS  # noqa: E402

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
WQM = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(TTFont("zh", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("zhm", WQY, subfontIndex=1))   # mono (dot-matrix imitation)
pdfmetrics.registerFont(TTFont("zhw", WQM, subfontIndex=0))
W, H = 595.27, 841.89
ML, MR, MT, MB = 62, 62, 64, 60
RED = (0.85, 0.1, 0.1)
BLUE = (0.08, 0.16, 0.55)

# ---------------------------------------------------------------- codes / numbers
def org_code(rng):
    body = "".join(rng.choice("0123456789") for _ in range(8))
    s = sum(int(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng, region, valid=True):
    b = "91" + region + org_code(rng)
    s = sum(CHARSET.index(ch) * w for ch, w in zip(b, WEIGHTS))
    ck = CHARSET[(31 - s % 31) % 31]
    if not valid:
        ck = CHARSET[(CHARSET.index(ck) + 7) % 31]
    return b + ck


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(yuan):
    v = Decimal(yuan)
    fen_total = int((v * 100).to_integral_value())
    y, jf = divmod(fen_total, 100)
    j, f = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"; zero = False
                s += DIG[d] + units[i]
        return s
    parts = []
    yi, wan, ge = y // 10 ** 8, y // 10 ** 4 % 10 ** 4, y % 10 ** 4
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    elif out and ge:
        out += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not out.endswith("零"):
            out += "零"
        out += four(ge)
    out += "元"
    if j == 0 and f == 0:
        out += "整"
    else:
        out += (DIG[j] + "角" if j else ("零" if f else "")) + (DIG[f] + "分" if f else "")
    return "人民币" + out


def money(yuan):
    return f"{Decimal(yuan):,.2f}"


CNUM = "〇一二三四五六七八九"


def d_cn(iso):  # 二〇二三年四月三日
    y, m, d = iso.split("-")
    def n(x):
        x = int(x)
        if x < 10: return CNUM[x]
        if x < 20: return "十" + (CNUM[x % 10] if x % 10 else "")
        return CNUM[x // 10] + "十" + (CNUM[x % 10] if x % 10 else "")
    return "".join(CNUM[int(c)] for c in y) + "年" + n(m) + "月" + n(d) + "日"


def d_zh(iso):
    y, m, d = iso.split("-"); return f"{y}年{int(m)}月{int(d)}日"


def d_dot(iso): return iso.replace("-", ".")
def d_slash(iso): y, m, d = iso.split("-"); return f"{y}/{int(m)}/{int(d)}"
def d_compact(iso): return iso.replace("-", "")


def addd(iso, days):
    import datetime
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)).isoformat()


# ---------------------------------------------------------------- text-PDF renderer
def wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def draw_seal(c, x, y, name, bottom="", r=40, rng=None, alpha=0.82, oval=False):
    c.saveState()
    c.setStrokeColorRGB(*RED); c.setFillColorRGB(*RED)
    try:
        c.setFillAlpha(alpha); c.setStrokeAlpha(alpha)
    except Exception:
        pass
    c.translate(x, y)
    rot = (rng.uniform(-18, 18) if rng else 0)
    c.rotate(rot)
    c.setLineWidth(2.2)
    if oval:
        c.ellipse(-r * 1.3, -r * 0.9, r * 1.3, r * 0.9)
    else:
        c.circle(0, 0, r)
    # star
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r * 0.24 if i % 2 == 0 else r * 0.1
        (p.moveTo if i == 0 else p.lineTo)(rr * math.cos(a), rr * math.sin(a))
    p.close(); c.drawPath(p, fill=1, stroke=0)
    n = len(name)
    span = min(250, 18 * n)
    fs = min(r * 0.36, 11.5)
    for i, ch in enumerate(name):
        a = math.radians(90 + span / 2 - (span / max(n - 1, 1)) * i)
        c.saveState()
        c.translate((r - fs * 0.95) * math.cos(a), (r - fs * 0.95) * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont("zh", fs); c.drawCentredString(0, 0, ch)
        c.restoreState()
    if bottom:
        c.setFont("zh", fs * 0.85); c.drawCentredString(0, -r * 0.55, bottom)
    c.restoreState()


class Page:
    def __init__(self, blocks):
        self.blocks = blocks


def render_pdf(path, pages, rng):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator("")
    for blocks in pages:
        y = H - MT
        for b in blocks:
            y = draw_block(c, b, y, rng)
        c.showPage()
    c.save()


def draw_block(c, b, y, rng):
    k = b[0]
    tw = W - ML - MR
    if k == "title":
        size = b[2] if len(b) > 2 else 18
        c.setFillColorRGB(0, 0, 0); c.setFont("zh", size)
        for ln in wrap(b[1], "zh", size, tw):
            c.drawCentredString(W / 2, y - size, ln); y -= size * 1.5
        return y - 6
    if k == "lh":  # red letterhead
        name, sub = b[1], b[2]
        c.setFillColorRGB(*RED); c.setFont("zh", 22)
        c.drawCentredString(W / 2, y - 22, name)
        if sub:
            c.setFont("zh", 8.5); c.drawCentredString(W / 2, y - 36, sub)
        c.setStrokeColorRGB(*RED); c.setLineWidth(2); c.line(ML, y - 44, W - MR, y - 44)
        c.setLineWidth(0.6); c.line(ML, y - 47, W - MR, y - 47)
        c.setFillColorRGB(0, 0, 0)
        return y - 62
    if k in ("p", "c", "r", "l", "s"):
        size = b[2] if len(b) > 2 else 10.5
        font = b[3] if len(b) > 3 else "zh"
        c.setFillColorRGB(0, 0, 0); c.setFont(font, size)
        text = ("\u3000\u3000" + b[1]) if k == "p" else b[1]
        lines = wrap(text, font, size, tw)
        for ln in lines:
            if k == "c":
                c.drawCentredString(W / 2, y - size, ln)
            elif k == "r":
                c.drawRightString(W - MR, y - size, ln)
            else:
                c.drawString(ML, y - size, ln)
            y -= size * 1.65
        return y - 2
    if k == "sp":
        return y - b[1]
    if k == "hr":
        c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(b[1] if len(b) > 1 else 0.8)
        c.line(ML, y - 4, W - MR, y - 4); return y - 10
    if k == "hdr":  # fax / print header at the very top
        c.setFont("zhm", 7.5); c.setFillColorRGB(0.1, 0.1, 0.1)
        c.drawString(24, H - 20, b[1]); return y
    if k == "foot":
        c.setFont("zh", 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawCentredString(W / 2, 28, b[1]); c.setFillColorRGB(0, 0, 0); return y
    if k == "grid":
        rows, widths = b[1], b[2]
        size = b[3] if len(b) > 3 else 9.5
        total = sum(widths)
        colx = [ML]
        for w_ in widths:
            colx.append(colx[-1] + tw * w_ / total)
        c.setLineWidth(0.7); c.setStrokeColorRGB(0, 0, 0)
        for row in rows:
            cells, ci, laid = [], 0, []
            for cell in row:
                txt, span = (cell if isinstance(cell, tuple) else (cell, 1))
                x0, x1 = colx[ci], colx[ci + span]
                laid.append((x0, x1, wrap(str(txt), "zh", size, x1 - x0 - 8)))
                ci += span
            nl = max(len(l[2]) for l in laid)
            rh = nl * size * 1.45 + 8
            for x0, x1, lines in laid:
                c.rect(x0, y - rh, x1 - x0, rh)
                c.setFont("zh", size); c.setFillColorRGB(0, 0, 0)
                for i, ln in enumerate(lines):
                    c.drawString(x0 + 4, y - 5 - size - i * size * 1.45, ln)
            y -= rh
        return y - 8
    if k == "sign":  # two signature blocks side by side, seals over them
        left, right, lseal, rseal = b[1], b[2], b[3], b[4]
        c.setFont("zh", 10.5); c.setFillColorRGB(0, 0, 0)
        for i, ln in enumerate(left):
            c.drawString(ML, y - 11 - i * 20, ln)
        for i, ln in enumerate(right):
            c.drawString(W / 2 + 10, y - 11 - i * 20, ln)
        if lseal:
            draw_seal(c, ML + 110 + rng.uniform(-15, 15), y - 30 + rng.uniform(-8, 8), lseal[0], lseal[1], rng=rng)
        if rseal:
            draw_seal(c, W / 2 + 120 + rng.uniform(-15, 15), y - 30 + rng.uniform(-8, 8), rseal[0], rseal[1], rng=rng)
        return y - max(len(left), len(right)) * 20 - 14
    if k == "seal":  # ('seal', name, bottom, xfrac, dy)
        draw_seal(c, ML + tw * b[3], y + b[4], b[1], b[2], rng=rng)
        return y
    if k == "hand":  # ('hand', xfrac, text, size) handwriting imitation, blue ink
        x = ML + tw * b[1]
        size = b[3] if len(b) > 3 else 13
        c.setFillColorRGB(*BLUE)
        for ch in b[2]:
            s = size * rng.uniform(0.88, 1.12)
            c.saveState(); c.translate(x, y - size + rng.uniform(-2, 2)); c.rotate(rng.uniform(-9, 9))
            c.setFont("zhw", s); c.drawString(0, 0, ch); c.restoreState()
            x += pdfmetrics.stringWidth(ch, "zhw", s) * rng.uniform(0.92, 1.08)
        c.setFillColorRGB(0, 0, 0)
        return y - size * 1.7
    if k == "at":  # ('at', x_pt, dy, text, size, font, color) absolute x, relative y; no advance
        size = b[4]; c.setFont(b[5], size); c.setFillColorRGB(*b[6])
        c.drawString(b[1], y + b[2], b[3]); c.setFillColorRGB(0, 0, 0)
        return y
    raise ValueError(k)


# ---------------------------------------------------------------- scans / photos
def rasterize(pdf_path, scale=2.0):
    pdf = pdfium.PdfDocument(pdf_path)
    out = [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return out


def degrade(img, rng, mode):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if mode == "scan":
        ang = rng.uniform(-1.8, 1.8)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
        gx = np.linspace(rng.uniform(0.86, 0.98), 1.0, w)[None, :, None]
        a = a * gx
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.9))
        a = a + nrng.normal(0, rng.uniform(4, 9), a.shape)
        if rng.random() < 0.4:  # photocopy: grey, contrast
            g = a.mean(axis=2, keepdims=True)
            a = np.repeat(np.clip((g - 40) * 1.15, 0, 255), 3, axis=2)
    else:  # phone photo: perspective on a desk, uneven light
        pad = int(w * 0.08)
        bg = np.full((h + 2 * pad, w + 2 * pad, 3), (rng.uniform(70, 120), rng.uniform(60, 95), rng.uniform(45, 70)), np.float32)
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda: rng.uniform(-0.035, 0.035) * w
        dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
        M = cv2.getPerspectiveTransform(src, dst)
        warped = cv2.warpPerspective(a, M, (w + 2 * pad, h + 2 * pad), borderValue=(0, 0, 0))
        mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (w + 2 * pad, h + 2 * pad))[..., None]
        a = warped * mask + bg * (1 - mask)
        hh, ww = a.shape[:2]
        cx, cy = rng.uniform(0.2, 0.8) * ww, rng.uniform(0.1, 0.6) * hh
        yy, xx = np.mgrid[0:hh, 0:ww]
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(ww, hh)
        light = (1.08 - 0.55 * d)[..., None]
        a = a * light * np.array([1.0, 0.98, 0.93])
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.4))
        a = a + nrng.normal(0, rng.uniform(6, 11), a.shape)
        a = cv2.resize(a, (int(ww * 0.8), int(hh * 0.8)), interpolation=cv2.INTER_AREA)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def jpeg_bytes(img, q):
    b = io.BytesIO(); img.save(b, "JPEG", quality=q); return b.getvalue()


def images_to_pdf(path, jpgs):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    for jb in jpgs:
        im = Image.open(io.BytesIO(jb))
        r = min(W / im.width, H / im.height)
        c.drawImage(ImageReader(io.BytesIO(jb)), (W - im.width * r) / 2, (H - im.height * r) / 2, im.width * r, im.height * r)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- PIL screenshots
def pil_font(size, bold=False):
    return ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-%s.ttc" % ("Bold" if bold else "Regular"), size, index=2)


def screenshot_erp(path, title, fields, table, rng, status):
    img = Image.new("RGB", (1280, 860), (240, 242, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 1280, 46], fill=(33, 64, 110))
    d.text((18, 10), "财务云 · 应付管理", font=pil_font(20, True), fill="white")
    d.text((1000, 14), "当前组织：" + fields[0][1][:10] + "…", font=pil_font(14), fill=(220, 230, 255))
    d.rectangle([0, 46, 200, 860], fill=(250, 250, 252))
    for i, m in enumerate(["工作台", "应付单", "付款申请", "付款单", "付款退款单", "核销记录", "报表"]):
        d.text((24, 70 + i * 38), m, font=pil_font(15), fill=(30, 90, 200) if m == "付款单" else (60, 60, 60))
    d.rectangle([216, 60, 1266, 846], fill="white", outline=(220, 220, 225))
    d.text((236, 74), title, font=pil_font(22, True), fill=(20, 20, 20))
    d.rounded_rectangle([236 + 24 * len(title) + 20, 76, 236 + 24 * len(title) + 110, 104], 6, fill=(225, 245, 230), outline=(60, 160, 90))
    d.text((236 + 24 * len(title) + 32, 78), status, font=pil_font(15), fill=(40, 140, 70))
    y = 130
    for i, (k, v) in enumerate(fields):
        x = 236 + (i % 2) * 515
        if i % 2 == 0 and i:
            y += 46
        d.text((x, y), k, font=pil_font(15), fill=(110, 110, 120))
        d.rectangle([x + 110, y - 4, x + 495, y + 26], outline=(215, 215, 220), fill=(248, 248, 250))
        d.text((x + 118, y), v, font=pil_font(15), fill=(20, 20, 20))
    y += 70
    d.text((236, y), "付款明细", font=pil_font(17, True), fill=(20, 20, 20)); y += 34
    cols = [236, 290, 560, 760, 960, 1120]
    d.rectangle([236, y, 1250, y + 34], fill=(242, 244, 248))
    for x, hd in zip(cols, ["行号", "结算方式", "实付金额", "用途", "源单编号", "状态"]):
        d.text((x + 8, y + 6), hd, font=pil_font(14, True), fill=(60, 60, 60))
    y += 34
    for r in table:
        for x, v in zip(cols, r):
            d.text((x + 8, y + 8), v, font=pil_font(14), fill=(30, 30, 30))
        d.line([236, y + 38, 1250, y + 38], fill=(230, 230, 230)); y += 38
    d.text((236, 810), "操作记录：提交 → 审核 → 出纳付款（银企直连）→ 银行反馈成功", font=pil_font(13), fill=(130, 130, 130))
    img.save(path, "PNG", optimize=False)


# ---------------------------------------------------------------- genres
# every genre returns (pages, fields, doc_type, note); fields keys are filled by mk()

def mk(**kw):
    f = dict(contract_no=None, amount_yuan=None, date=None, customer=None, payer=None, payee=None, result=None, title=None)
    f.update(kw)
    return f


def seal2(name, kind="合同专用章"):
    return (name, kind)


# ---- contracts
def g_contract_prose(S, c, rng):
    a, cu = S["app"], c["cust"]
    amt = c["amount"]
    pre = Decimal(amt) * Decimal("0.3")
    pages = [[
        ("title", c["name"], 17), ("r", "合同编号：" + c["no"], 10),
        ("l", "甲 方：" + cu["name"], 11), ("l", "住 所：" + cu["addr"], 10),
        ("l", "乙 方：" + a["name"], 11), ("l", "住 所：" + a["addr"], 10), ("sp", 6),
        ("p", f"甲方因生产线智能化升级需要，委托乙方提供{c['topic']}。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。"),
        ("p", "第一条 项目内容：乙方负责方案设计、软硬件供货、安装调试、系统联调、人员培训及验收前的技术支持，具体以附件一《技术规格书》为准。"),
        ("p", f"第二条 合同价款：本合同总价为{daxie(amt)}（¥{money(amt)}），含税，包含设备、软件许可、实施及培训等全部费用。"),
        ("p", f"第三条 付款方式：合同生效后十五个工作日内，甲方向乙方支付预付款¥{money(pre)}；系统终验合格后支付剩余款项。付款以银行转账方式进行。"),
        ("p", f"第四条 工期：乙方应于{d_zh(addd(c['sign'], 120))}前完成系统上线，并向甲方提交终验申请。"),
        ("p", "第五条 违约责任：任何一方逾期履行的，每逾期一日按未履行部分金额的千分之一向对方支付违约金，累计不超过合同总价的百分之五。"),
        ("p", "第六条 本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"), ("sp", 10),
        ("sign", ["甲方（盖章）：", "法定代表人或授权代表：", "签订日期：" + d_zh(c["sign"])],
                 ["乙方（盖章）：", "法定代表人或授权代表：", "签订日期：" + d_zh(c["sign"])],
         seal2(cu["name"]), seal2(a["name"])),
    ]]
    return pages, mk(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cu["name"]), "contract", "普通文字合同：甲 方/乙 方标签带空格，预付款30%与违约金为干扰金额"


def g_contract_sow(S, c, rng):  # NEW A
    a, cu = S["app"], c["cust"]
    amt = c["amount"]
    msa = "MSA-" + c["sign"][:4] + "-" + str(rng.randint(10, 99))
    items = [("实施服务（人天）", "0.55"), ("软件许可", "0.30"), ("硬件及辅材", "0.15")]
    rows = [["序号", "费用项", "金额（元）"]]
    acc = Decimal("0")
    for i, (n, p) in enumerate(items):
        v = (Decimal(amt) * Decimal(p)).quantize(Decimal("0.01")) if i < 2 else Decimal(amt) - acc
        acc += v
        rows.append([str(i + 1), n, money(v)])
    rows.append(["", "合计（含税）", money(amt)])
    pages = [[
        ("title", "工作说明书（SOW）", 18), ("c", f"本工作说明书依据双方于{d_zh(addd(c['sign'], -200))}签署的《主服务协议》（编号 {msa}）订立", 9.5),
        ("grid", [["SOW编号", c["no"], "版本", "V1.0 定稿"], ["客户", cu["name"], "服务提供商", a["name"]],
                  ["项目名称", (c["name"], 3)]], [1, 2.2, 1, 2.2]),
        ("l", "1. 工作范围", 11),
        ("p", f"服务提供商将为客户交付{c['topic']}，范围包括现状调研、蓝图设计、系统配置与二次开发、接口集成、上线支持。"),
        ("l", "2. 交付物与里程碑", 11),
        ("grid", [["里程碑", "交付物", "计划完成"], ["M1 蓝图确认", "蓝图设计说明书", d_dot(addd(c["sign"], 30))],
                  ["M2 系统上线", "上线报告", d_dot(addd(c["sign"], 110))], ["M3 最终验收", "验收报告", d_dot(addd(c["sign"], 150))]], [1.2, 2, 1.2]),
        ("l", "3. 费用", 11), ("grid", rows, [0.6, 3, 1.6]),
        ("p", "4. 本SOW与《主服务协议》冲突的，以本SOW为准；本SOW未约定事项适用《主服务协议》。"),
        ("sp", 6),
        ("grid", [["客户（签章）", "服务提供商（签章）"], ["授权代表：", "授权代表："], ["签署日期：" + d_dot(c["sign"]), "签署日期：" + d_dot(c["sign"])]], [1, 1]),
        ("seal", cu["name"], "合同专用章", 0.22, 60), ("seal", a["name"], "合同专用章", 0.74, 60),
    ]]
    return pages, mk(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cu["name"]), "contract", "工作说明书SOW（客户/服务提供商），主协议日期为干扰日期，总价仅在费用表合计行"


def g_contract_letter(S, c, rng):  # NEW B
    a, cu = S["app"], c["cust"]
    amt = c["amount"]
    pages = [[
        ("lh", cu["name"], cu["addr"]), ("title", "项目委托书", 18), ("r", "委托书编号：" + c["no"], 10),
        ("l", a["name"] + "：", 11),
        ("p", f"经我公司研究决定，委托贵公司承担“{c['name']}”的实施工作，主要内容为{c['topic']}。"),
        ("p", f"一、委托金额：{daxie(amt)}（小写：{money(amt)}元），为固定总价，已含增值税。"),
        ("p", "二、付款：项目终验合格后三十日内一次性付清；质保金不另行扣留。"),
        ("p", f"三、工期：自本委托书生效之日起一百五十日历天。"),
        ("p", "四、贵公司收到本委托书后，请于回执处签章确认。回执签章后，本委托书即构成双方之间的合同，与书面合同具有同等效力。"),
        ("r", "委托单位：" + cu["name"], 10.5), ("r", d_cn(c["sign"]), 10.5),
        ("seal", cu["name"], "", 0.75, 48),
        ("sp", 16), ("hr", 0.5), ("c", "- - - - - - - - - - - 回　执 - - - - - - - - - - -", 10),
        ("p", f"我公司已收到编号为{c['no']}的《项目委托书》，同意按照委托书的内容及金额承担该项目。"),
        ("r", "受托单位（盖章）：" + a["name"], 10.5), ("r", "日期：" + d_cn(c["sign"]), 10.5),
        ("seal", a["name"], "合同专用章", 0.75, 40),
    ]]
    return pages, mk(contract_no=c["no"], amount_yuan=amt, date=c["sign"], customer=cu["name"]), "contract", "函件式合同：客户红头委托书+受托回执，金额为“小写：x元”，日期为中文数字"


def g_contract_tax(S, c, rng, reversed_roles=False):  # NEW C (价税分离)
    a, cu = S["app"], c["cust"]
    amt = Decimal(c["amount"])
    net = (amt / Decimal("1.13")).quantize(Decimal("0.01"))
    tax = amt - net
    if reversed_roles:
        p1 = [("l", "甲方（供方）：" + a["name"], 11), ("l", "乙方（需方）：" + cu["name"], 11), ("l", "　　统一社会信用代码：" + cu["uscc"], 9.5)]
        pay = "乙方应按以下约定向甲方支付合同价款"
        sign = ("sign", ["甲方（供方）：" + a["name"][:10], "代表签字：", "日期：" + d_slash(c["sign"])],
                ["乙方（需方）：" + cu["name"][:10], "代表签字：", "日期：" + d_slash(c["sign"])], seal2(a["name"]), seal2(cu["name"]))
    else:
        p1 = [("l", "甲方（需方）：" + cu["name"], 11), ("l", "　　统一社会信用代码：" + cu["uscc"], 9.5), ("l", "乙方（供方）：" + a["name"], 11)]
        pay = "甲方应按以下约定向乙方支付合同价款"
        sign = ("sign", ["甲方（需方）：", "代表签字：", "日期：" + d_slash(c["sign"])],
                ["乙方（供方）：", "代表签字：", "日期：" + d_slash(c["sign"])], seal2(cu["name"]), seal2(a["name"]))
    extra = []
    if c.get("branch"):
        extra = [("p", f"项目使用单位及交货地点：{cu['name']}{c['branch']}（{c['branch_addr']}），该分公司仅负责现场配合，合同主体及付款主体均为需方本部。")]
    pages = [[
        ("title", c["name"], 16), ("r", "合同号：" + c["no"] + "　签约地：天津", 9.5),
    ] + p1 + extra + [
        ("p", f"双方就{c['topic']}事宜，本着平等互利原则，签订本合同。"),
        ("l", "一、合同价款（价税分离）", 11),
        ("grid", [["项目", "金额（元）"], ["不含税价款", money(net)], ["增值税（税率13%）", money(tax)],
                  ["含税合同总价", money(amt)], [("含税合同总价（大写）：" + daxie(amt)[3:], 2)]], [2, 1.4]),
        ("p", "注：合同价款以含税合同总价为准；如遇国家税率调整，不含税价款不变，税额按开票时适用税率调整。"),
        ("p", f"二、付款：{pay}：到货验收后付50%，终验合格后付至100%。"),
        ("p", f"三、质保：终验合格之日起24个月。质保期内出现质量问题，供方48小时内到场。"),
        ("p", "四、争议解决：协商不成的，提交合同签订地有管辖权的人民法院诉讼解决。"), ("sp", 8), sign,
    ]]
    note = "价税分离合同：不含税价与税额为干扰金额，含税总价为合同金额"
    if reversed_roles:
        note += "；甲方（供方）为申报单位，乙方（需方）为客户（角色颠倒）"
    if c.get("branch"):
        note += "；分公司仅为使用单位，客户为本部"
    return pages, mk(contract_no=c["no"], amount_yuan=str(amt.quantize(Decimal('0.01'))), date=c["sign"], customer=cu["name"]), "contract", note


# ---- acceptance
def g_acc_report(S, c, rng):
    a, cu = S["app"], c["cust"]
    pages = [[
        ("title", "项目最终验收报告", 18),
        ("grid", [["项目名称", (c["name"], 3)], ["合同编号", c["no"], "合同金额", "¥" + money(c["amount"])],
                  ["建设单位", (cu["name"], 3)], ["承建单位", (a["name"], 3)],
                  ["验收时间", d_zh(c["acc"]), "验收地点", cu["addr"][:12]]], [1, 2, 1, 2]),
        ("l", "一、验收过程", 11),
        ("p", "验收小组听取了承建单位的项目实施汇报，查阅了设计文件、测试记录和试运行日志，并到现场对系统主要功能进行了抽查。"),
        ("l", "二、验收意见", 11),
        ("p", f"系统已按合同及技术协议要求完成建设，运行稳定，各项技术指标达到合同要求。验收小组同意该项目通过最终验收，验收结论：合格。"),
        ("sp", 8), ("r", "建设单位（盖章）：" + cu["name"], 10.5), ("r", "日期：" + d_zh(c["acc"]), 10.5),
        ("seal", cu["name"], "", 0.76, 46),
    ]]
    return pages, mk(contract_no=c["no"], amount_yuan=c["amount"], date=c["acc"], customer=cu["name"], result="passed"), "acceptance_report", "常规最终验收报告（自有措辞）"


def g_acc_warranty(S, c, rng):  # NEW D
    a, cu = S["app"], c["cust"]
    letter = addd(c["acc"], rng.randint(6, 12)) if not c.get("letter_date") else c["letter_date"]
    pages = [[
        ("lh", cu["name"], ""), ("title", "质保期起算确认函", 17),
        ("l", a["name"] + "：", 11),
        ("p", f"贵司承建的“{c['name']}”（合同编号：{c['no']}）已于{d_zh(c['acc'])}通过我司组织的最终验收，验收结论为合格。"),
        ("p", f"根据合同关于质量保证的约定，该项目质保期自{d_zh(addd(c['acc'], 1))}起算，为期二十四个月，至{d_zh(addd(c['acc'], 731))}止。质保期内请贵司继续履行维保义务。"),
        ("p", "特此函告。"), ("sp", 20),
        ("r", cu["name"], 10.5), ("r", d_zh(letter), 10.5), ("seal", cu["name"], "", 0.78, 44),
    ]]
    return pages, mk(contract_no=c["no"], date=c["acc"], customer=cu["name"], result="passed"), "acceptance_report", \
        f"质保期起算确认函：落款{letter}与质保起止日为干扰日期，验收日期在正文中"


def g_acc_fax(S, c, rng):  # NEW E
    a, cu = S["app"], c["cust"]
    sent = addd(c["acc"], 1)
    pages = [[
        ("hdr", f"{d_dot(sent)} 09:{rng.randint(10, 59)}  FROM:022-{rng.randint(23000000, 28999999)}  {cu['name'][:8]}  TO:{a['name'][:6]}  P.001/001"),
        ("title", "传　真", 20),
        ("grid", [["致", a["name"], "发自", cu["name"]], ["页数", "1（含本页）", "日期", d_dot(sent)], ["事由", ("项目验收合格确认", 3)]], [0.8, 2.2, 0.8, 2.2]),
        ("sp", 6), ("l", "验收合格确认", 13),
        ("p", f"“{c['name']}”（合同号 {c['no']}）于{d_zh(c['acc'])}完成验收测试。经我方设备、生产、信息三部门联合验收，系统功能及性能满足合同附件技术协议要求，确认验收合格。"),
        ("p", "原件随后邮寄，请查收。"), ("sp", 12),
        ("r", "验收单位：" + cu["name"], 10.5), ("seal", cu["name"], "", 0.7, 40),
    ]]
    return pages, mk(contract_no=c["no"], date=c["acc"], customer=cu["name"], result="passed"), "acceptance_report", \
        "传真件验收合格确认：传真头日期为次日，验收日期在正文"


def g_acc_form_wrap(S, c, rng, passed=True):  # NEW F
    a, cu = S["app"], c["cust"]
    tw = W - ML - MR
    title_h = 17 * 1.5 + 6 + 10.5 * 0 + 8.5 * 1.65 + 2
    y_grid = H - MT - title_h
    rows = [["项目名称", (c["name"], 3)], ["合同编号", "", "验收日期", ""], ["验收单位", "", "实施单位", ""],
            ["验收内容", ("1.功能测试 2.性能指标 3.文档资料 4.培训", 3)], ["验收结论", ("", 3)], ["问题及整改要求", ("", 3)],
            ["验收组长签字", "", "验收单位盖章", ""]]
    rh = 10 * 1.45 + 8
    res = "■通过　□不通过" if passed else "□通过　■不通过"
    fills = [(0.19, 1, c["no"]), (0.69, 1, d_slash(c["acc"])), (0.19, 2, cu["name"]), (0.69, 2, a["name"]),
             (0.19, 4, res), (0.19, 5, "无" if passed else "数据采集丢包率超标，限期整改后重新验收"), (0.19, 6, "王" + rng.choice("建立振海")), ]
    blocks = [("title", "项目结题验收表", 17), ("r", "表单编号：XM-YS-07", 8.5)]
    for xf, row, text in fills:
        sz = 10 if len(text) > 10 else 12.5
        blocks.append(("at", ML + tw * xf, -(rh * row) - rh + 6 - 0, text, sz, "zhw", BLUE))
    blocks.append(("grid", rows, [1.1, 2, 1.1, 2], 10))
    blocks.append(("seal", cu["name"], "", 0.82, 40))
    pages = [blocks]
    return pages, mk(contract_no=c["no"], date=c["acc"], customer=cu["name"], result="passed" if passed else "failed"), "acceptance_report", \
        "手填结题验收表：蓝色手写填入表格，结论用■/□勾选" + ("" if passed else "（勾选不通过）")


def g_acc_two_stage(S, c, rng):  # tricky: 初验 2023, 终验 2024
    a, cu = S["app"], c["cust"]
    pre = c["pre_acc"]
    pages = [[
        ("title", "项目初验及终验记录", 17), ("l", "项目：" + c["name"], 10.5), ("l", "合同编号：" + c["no"], 10.5),
        ("grid", [["阶段", "日期", "参加单位", "结论"],
                  ["初步验收（初验）", d_zh(pre), cu["name"] + "、" + a["name"], "通过，进入180天试运行"],
                  ["最终验收（终验）", d_zh(c["acc"]), cu["name"] + "、" + a["name"], "合格，同意终验通过"]], [1.3, 1.3, 2.6, 1.6]),
        ("p", "说明：初验通过仅表示系统具备试运行条件；本项目以终验通过之日作为项目验收日期，并以此计算质保期。"),
        ("sp", 12), ("r", "建设单位：" + cu["name"], 10.5), ("r", "日期：" + d_zh(c["acc"]), 10.5),
        ("seal", cu["name"], "", 0.76, 40),
    ]]
    return pages, mk(contract_no=c["no"], date=c["acc"], customer=cu["name"], result="passed"), "acceptance_report", \
        f"初验（{pre}）与终验同表；验收日期为终验日期"


# ---- payments
BANKS = ["天津银行", "上海浦东发展银行", "中信银行", "交通银行", "招商银行", "华夏银行"]


def acct(rng, n=19):
    return "".join(rng.choice("0123456789") for _ in range(n))


def g_pay_ebank(S, c, rng, part):
    a, cu = S["app"], c["cust"]
    payer = part.get("payer", cu["name"])
    bank = rng.choice(BANKS)
    serial = "".join(rng.choice("0123456789") for _ in range(16))
    use = part.get("memo", f"{c['no']}合同款")
    pages = [[
        ("title", bank + "　网上银行电子回单", 15), ("l", f"回单编号：{serial}　　　　　　　　　打印日期：{d_zh(addd(part['date'], 3))}", 9),
        ("grid", [["付款人", "户名", payer, "收款人", "户名", a["name"]],
                  ["", "账号", acct(rng), "", "账号", a["acct"]],
                  ["", "开户行", bank + "天津" + rng.choice(["河西", "南开", "滨海"]) + "支行", "", "开户行", a["bank"]],
                  ["金额（大写）", (daxie(part["amount"]), 3), "金额（小写）", "¥" + money(part["amount"])],
                  ["交易日期", d_zh(part["date"]), "手续费", "15.00", "币种", "人民币"],
                  ["用途/摘要", (use, 5)]], [0.8, 0.6, 2.2, 0.8, 0.6, 2.2], 9),
        ("p", "本回单仅证明银行已受理该笔业务，可通过回单验证码在本行网站验证真伪，重复打印无效。", 8.5),
        ("seal", bank + "电子回单专用章", "", 0.78, 50),
    ]]
    return pages, mk(contract_no=c["no"] if c["no"] in use else None, amount_yuan=part["amount"], date=part["date"], payer=payer, payee=a["name"]), \
        "payment_proof", "网银电子回单（手续费15.00为干扰金额）"


def g_pay_dotmatrix(S, c, rng, part):  # NEW I
    a, cu = S["app"], c["cust"]
    bank = rng.choice(BANKS)
    tw = W - ML - MR
    dx, dy = rng.uniform(6, 16), rng.uniform(-2.5, 2.5)
    rows = [["汇款人全称", "", "收款人全称", ""], ["汇款人账号", "", "收款人账号", ""], ["汇出行", "", "汇入行", ""],
            ["金额（大写）", ("", 3)], ["金额（小写）", "", "业务日期", ""], ["附言", ("", 3)]]
    rh = 9.5 * 1.45 + 8
    vals = [(0.18, 0, cu["name"]), (0.67, 0, a["name"]), (0.18, 1, acct(rng)), (0.67, 1, a["acct"]),
            (0.18, 2, bank + "天津分行营业部"), (0.67, 2, a["bank"]), (0.18, 3, daxie(part["amount"])),
            (0.18, 4, "CNY" + money(part["amount"])), (0.67, 4, d_compact(part["date"])), (0.18, 5, "货款 " + c["no"])]
    blocks = [("title", bank + "　汇款回执", 15), ("c", "（柜面业务凭证 · 客户回单联）", 9)]
    for xf, row, t in vals:
        blocks.append(("at", ML + tw * xf + dx, -rh * row - rh + 6 + dy, t, 9.5, "zhm", (0.15, 0.15, 0.2)))
    blocks += [("grid", rows, [1, 2, 1, 2], 9.5), ("l", "经办：　　　　复核：　　　　柜员号：" + str(rng.randint(1000, 9999)), 9),
               ("seal", bank + "天津分行 业务受理章", d_dot(part["date"]), 0.7, 70)]
    return [blocks], mk(contract_no=c["no"], amount_yuan=part["amount"], date=part["date"], payer=cu["name"], payee=a["name"]), \
        "payment_proof", "柜面汇款回执：针式打印套打错位，日期为20230612式，小写以CNY开头"


def g_pay_installments(S, c, rng, parts):  # NEW H
    a, cu = S["app"], c["cust"]
    rows = [["期次", "付款日期", "付款金额（元）", "付款方式", "凭证号"]]
    tot = Decimal("0")
    for i, p in enumerate(parts):
        rows.append([f"第{i + 1}期", d_dot(p["date"]), money(p["amount"]), rng.choice(["电汇", "网银转账"]), "记-" + str(rng.randint(100, 999))])
        tot += Decimal(p["amount"])
    rows.append(["合计", "", money(tot), "", ""])
    last = max(p["date"] for p in parts)
    pages = [[
        ("title", "合同付款明细确认表", 16),
        ("grid", [["付款单位", cu["name"]], ["收款单位", a["name"]], ["合同名称", c["name"]], ["合同编号", c["no"]]], [1, 4]),
        ("grid", rows, [0.8, 1.3, 1.6, 1.1, 1]),
        ("p", f"经核对，截至{d_zh(last)}，我公司已按上表向收款单位累计支付该合同款项{daxie(tot)}，与我公司账面记录一致。"),
        ("sp", 14), ("r", "付款单位财务部（盖章）", 10.5), ("r", "经办人：" + rng.choice(["刘", "赵", "孙"]) + "会计　" + d_zh(addd(last, 20)), 10.5),
        ("seal", cu["name"], "财务专用章", 0.78, 44),
    ]]
    return pages, mk(contract_no=c["no"], amount_yuan=f"{tot:.2f}", date=last, payer=cu["name"], payee=a["name"]), \
        "payment_proof", "客户财务出具的分期付款明细确认表：amount为合计，date取最后一期付款日"


def g_pay_erp(S, c, rng, part, path):  # NEW G (PNG)
    a, cu = S["app"], c["cust"]
    no = "FKD" + part["date"].replace("-", "") + str(rng.randint(1000, 9999))
    fields = [("付款组织", cu["name"]), ("单据编号", no), ("收款单位", a["name"]), ("业务日期", part["date"]),
              ("收款账号", a["acct"]), ("付款银行", rng.choice(BANKS)), ("币别", "人民币"), ("实付金额", money(part["amount"]))]
    table = [["1", "电汇", money(part["amount"]), "合同进度款", c["no"], "付款成功"]]
    screenshot_erp(path, "付款单", fields, table, rng, "已付款")
    return mk(contract_no=c["no"], amount_yuan=part["amount"], date=part["date"], payer=cu["name"], payee=a["name"]), \
        "payment_proof", "客户ERP付款单截图（PNG）：付款组织/收款单位/实付金额/业务日期，源单编号为合同号"


# ---- procurement
def g_proc_notice(S, c, rng):
    a, cu = S["app"], c["cust"]
    pid = "ZB" + c["sign"][:4] + "-" + str(rng.randint(1000, 9999))
    day = addd(c["sign"], -rng.randint(8, 25))
    pages = [[
        ("title", "中标通知书", 20), ("r", "编号：" + pid, 9.5), ("l", a["name"] + "：", 11),
        ("p", f"我方组织的“{c['name']}”招标（项目编号：{pid}），经评标委员会评审并公示无异议，确定贵单位为中标人。"),
        ("p", f"中标价：{daxie(c['amount'])}（¥{money(c['amount'])}）。"),
        ("p", "请贵单位在收到本通知书后三十日内，与我方签订书面合同。逾期未签订的，视为放弃中标资格。"),
        ("sp", 18), ("r", "招标人：" + cu["name"], 10.5), ("r", d_zh(day), 10.5), ("seal", cu["name"], "", 0.8, 40),
    ]]
    return pages, mk(amount_yuan=c["amount"], date=day, customer=cu["name"]), "procurement_proof", "中标通知书（自有措辞），不含合同编号"


def g_proc_loa(S, c, rng):  # NEW J
    a, cu = S["app"], c["cust"]
    day = addd(c["sign"], -rng.randint(5, 15))
    ref = "LOA/" + c["sign"][:4] + "/" + str(rng.randint(100, 999))
    pages = [[
        ("lh", cu["name"], "Procurement Department · 采购部"), ("title", "授标函  LETTER OF AWARD", 16),
        ("l", f"Ref. 编号: {ref}　　　　　　　Date 日期: {d_dot(day)}", 9.5),
        ("l", "To 致: " + a["name"], 10.5), ("sp", 4),
        ("p", f"We are pleased to inform you that your proposal for \"{c['en']}\" has been accepted. 我司很高兴地通知贵司：贵司就“{c['name']}”提交的建议书已被接受，现授予贵司该项目。", 10),
        ("grid", [["Item 事项", "Details 内容"], ["Awarded Amount 授标金额", f"CNY {money(c['amount'])}（含税 VAT incl.）"],
                  ["Contract No. 合同编号（拟）", c["no"]], ["Validity 有效期", "60 days 六十日"]], [1.4, 2.6], 9.5),
        ("p", "Please countersign and return a copy within 7 days. 请于七日内签回一份。", 10),
        ("sp", 10), ("r", "For and on behalf of 代表: " + cu["name"], 10), ("seal", cu["name"], "", 0.72, 36),
    ]]
    return pages, mk(contract_no=c["no"], amount_yuan=c["amount"], date=day, customer=cu["name"]), "procurement_proof", \
        "中英双语授标函LOA：金额为CNY x,xxx.xx，无大写"


def g_proc_shortlist(S, c, rng):  # NEW K
    a, cu = S["app"], c["cust"]
    day = addd(c["sign"], -rng.randint(30, 90))
    pages = [[
        ("title", cu["name"], 14), ("title", "年度集中采购入围通知书", 17),
        ("l", a["name"] + "：", 11),
        ("p", f"在我公司组织的{day[:4]}年度智能制造及信息化服务集中采购中，贵公司经资格审查、技术评审及商务谈判，入围“{c['lot']}”标包，入围有效期两年。"),
        ("p", "入围期内，我公司各生产单位将在入围供应商范围内按需下达项目委托或签订项目合同，具体金额以单项合同约定为准。入围不构成我公司对采购数量或金额的承诺。"),
        ("sp", 20), ("r", cu["name"] + "　采购管理部", 10.5), ("r", d_cn(day), 10.5), ("seal", cu["name"], "", 0.78, 40),
    ]]
    return pages, mk(date=day, customer=cu["name"]), "procurement_proof", "框架集采入围通知书：无金额、无合同编号，日期为中文数字"


# ---- standards
def g_std_gb(S, s, rng):  # NEW M
    a = S["app"]
    pages = [[
        ("r", "ICS 25.040", 9), ("r", "CCS J 07", 9), ("sp", 10), ("title", "中华人民共和国国家标准", 20),
        ("r", "GB/T XXXXX—20XX", 11), ("sp", 30), ("title", s["name"], 19), ("c", s["en"], 10), ("sp", 14),
        ("c", "（征求意见稿）", 12), ("sp", 40),
        ("c", "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。", 9), ("sp", 160),
        ("c", "XXXX - XX - XX 发布　　　　　　　　XXXX - XX - XX 实施", 11), ("hr", 1.2),
        ("c", "国家市场监督管理总局　国家标准化管理委员会　发布", 11),
    ], [
        ("title", "前　言", 14),
        ("p", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"),
        ("p", "本文件由中国机械工业联合会提出。本文件由全国工业过程测量控制和自动化标准化技术委员会归口。"),
        ("p", f"本文件起草单位：{S['std_partner']}、{a['name']}、天津市智能制造研究院。"),
        ("p", "本文件主要起草人：" + "、".join(rng.sample(["张伟", "李静", "王磊", "陈思远", "杨帆", "马骁", "周敏"], 4)) + "。"),
    ]]
    return pages, mk(title=s["name"]), "standard_draft", "国家标准征求意见稿封面+前言（起草单位含申报单位）"


def g_std_alliance(S, s, rng):  # NEW N
    pages = [[
        ("title", "工业互联网产业联盟技术规范", 14), ("r", "AII/" + str(rng.randint(100, 999)) + "—2023", 10), ("sp", 20),
        ("title", s["name"], 18), ("c", "（草案 V0." + str(rng.randint(3, 8)) + "）", 11), ("sp", 20),
        ("l", "版本记录", 11),
        ("grid", [["版本", "日期", "修改内容", "修改人"], ["V0.1", "2023.03.02", "初稿框架", "赵"], ["V0.3", "2023.05.18", "补充接口定义与数据字典", "钱"],
                  ["V0.5", "2023.08.21", "根据工作组意见修改第5章", "孙"]], [0.8, 1.2, 3, 0.8], 9),
        ("l", "1　范围", 11), ("p", "本规范规定了" + s["scope"] + "的总体要求、功能要求和测试方法，适用于离散制造企业相关系统的设计、开发与集成。"),
        ("l", "2　规范性引用文件", 11), ("p", "GB/T 33008.1 工业自动化和控制系统网络安全 可编程序控制器（PLC）第1部分：系统要求"),
        ("foot", "工业互联网产业联盟（AII）发布　　　内部讨论稿　请勿外传"),
    ]]
    return pages, mk(title=s["name"]), "standard_draft", "产业联盟技术规范草案（带版本记录表）"


def g_std_jb(S, s, rng):
    pages = [[
        ("r", "ICS 25.040.40", 9), ("sp", 8), ("title", "中华人民共和国机械行业标准", 19), ("r", "JB/T XXXXX—XXXX", 11),
        ("sp", 40), ("title", s["name"], 19), ("sp", 10), ("c", "（征求意见稿）", 12), ("sp", 120),
        ("c", "本稿完成日期：2023年9月", 10), ("hr", 1.2), ("c", "中华人民共和国工业和信息化部　发布", 11),
    ]]
    return pages, mk(title=s["name"]), "standard_draft", "机械行业标准JB/T征求意见稿封面"


def g_std_q(S, s, rng):
    a = S["app"]
    pages = [[
        ("title", a["name"] + "企业标准", 16), ("r", "Q/12" + a["uscc"][4:8] + " J " + str(rng.randint(1, 20)).zfill(3) + "—2023", 10),
        ("sp", 30), ("title", s["name"], 18), ("c", "（草案）", 11), ("sp", 30),
        ("l", "1 范围", 11), ("p", "本标准规定了" + s["scope"] + "的术语、流程、职责与记录要求。"),
        ("l", "2 术语和定义", 11), ("p", "2.1 服务交付：供应商按合同约定向用户提供解决方案并经用户确认的过程。"),
        ("foot", a["name"] + " 技术中心"),
    ]]
    return pages, mk(title=s["name"]), "standard_draft", "企业标准草案（Q/编号）"


# ---- other
def g_oth_tax(S, c, rng):  # NEW O
    a = S["app"]
    pages = [[
        ("title", "中华人民共和国\n税收完税证明", 16), ("r", "No." + acct(rng, 18), 9),
        ("grid", [["纳税人识别号", a["uscc"], "纳税人名称", a["name"]],
                  ["原凭证号", "税种", "品目名称", "实缴（退）金额"],
                  [acct(rng, 18), "印花税", "买卖合同", money(Decimal(c["amount"]) * Decimal("0.0003"))],
                  ["金额合计", (daxie(Decimal(c["amount"]) * Decimal("0.0003")), 3)],
                  ["备注", (f"计税依据：{c['no']}，所属期{c['sign'][:7]}", 3)]], [1.2, 1.5, 1.2, 1.5], 9),
        ("r", "填票人：电子税务局", 9), ("seal", "国家税务总局天津市税务局", "征税专用章", 0.3, -10),
    ]]
    return pages, mk(), "other", "印花税完税证明：引用合同号，金额为税额（干扰）"


def g_oth_report(S, c, rng):  # NEW P
    a, cu = S["app"], c["cust"]
    pages = [[
        ("title", "项目实施进度月报（" + c["sign"][:4] + "年第" + str(rng.randint(5, 10)) + "期）", 15),
        ("grid", [["项目", c["name"]], ["合同号", c["no"]], ["客户", cu["name"]], ["整体进度", f"{rng.randint(60, 90)}%"],
                  ["本月回款", "¥" + money(Decimal(c["amount"]) * Decimal("0.3"))]], [1, 4]),
        ("p", "本月完成设备安装与单机调试，下月计划开展联调与试运行。风险：现场网络改造滞后约一周。"),
        ("r", a["name"] + " 项目管理部", 10),
    ]]
    return pages, mk(), "other", "申报单位内部进度月报：提及合同号与回款（干扰，非付款凭证）"


def g_oth_invite(S, c, rng):  # NEW Q
    a, cu = S["app"], c["cust"]
    budget = Decimal(c["amount"]) * Decimal("1.12")
    day = addd(c["sign"], -rng.randint(40, 60))
    pages = [[
        ("title", "投标邀请书", 18), ("l", a["name"] + "：", 11),
        ("p", f"{cu['name']}拟对“{c['name']}”进行邀请招标，采购预算{money(budget.quantize(Decimal('0.01')))}元。诚邀贵公司参加投标。"),
        ("p", f"投标截止时间：{d_zh(addd(day, 20))}上午9:30；地点：{cu['addr'][:14]}会议室。"),
        ("r", cu["name"], 10.5), ("r", d_zh(day), 10.5),
    ]]
    return pages, mk(), "other", "投标邀请书（不是中选证明；预算金额为干扰）"


def g_oth_visit(S, c, rng):  # NEW R
    a, cu = S["app"], c["cust"]
    blocks = [("title", "售后服务回访记录", 16), ("grid", [["客户名称", cu["name"]], ["回访日期", ""], ["客户评价", ""], ["回访人", ""]], [1, 4], 11)]
    tw = W - ML - MR
    rh = 11 * 1.45 + 8
    blocks.insert(1, ("at", ML + tw * 0.24, -rh * 2 + 6, d_dot(addd(c["acc"], 60)), 12, "zhw", BLUE))
    blocks.insert(1, ("at", ML + tw * 0.24, -rh * 3 + 6, "系统运行正常，满意", 12, "zhw", BLUE))
    return [blocks], mk(), "other", "手写售后回访记录（无证据作用）"


# ---------------------------------------------------------------- writing documents
class Sub:
    def __init__(self, name, root, seed):
        self.name, self.root = name, root
        self.dir = os.path.join(root, name, "submission")
        self.docs = []
        self.rng = random.Random(f"{seed}-{name}")
        self.counter = 0

    def fname(self, ext):
        self.counter += 1
        r = self.rng
        folder = r.choice(["", "材料", "附件", "新建文件夹", "证明材料/第二批"])
        stem = r.choice(["scan", "附件", "IMG_", "doc", "扫描件", "未命名"]) + str(1000 + self.counter * 7 % 900 + r.randint(0, 9))
        rel = (folder + "/" if folder else "") + stem + "." + ext
        return rel

    def add(self, pages_or_none, fields, doc_type, note, contract_no, rendering, ext=None, prebuilt=None):
        r = self.rng
        if ext is None:
            ext = "pdf" if rendering == "text" else r.choice(["pdf", "pdf", "jpg"]) if rendering == "scan" else r.choice(["jpg", "jpg", "png"])
        rel = self.fname(ext)
        path = os.path.join(self.dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if prebuilt:
            shutil.copyfile(prebuilt, path)
        elif rendering == "text":
            render_pdf(path, pages_or_none, r)
        else:
            tmp = os.path.join("/tmp/author8_scratch", f"{self.name}_{self.counter}.pdf")
            os.makedirs("/tmp/author8_scratch", exist_ok=True)
            render_pdf(tmp, pages_or_none, r)
            imgs = [degrade(im, r, rendering) for im in rasterize(tmp, 1.7)]
            if ext == "pdf":
                images_to_pdf(path, [jpeg_bytes(im, r.randint(40, 70)) for im in imgs])
            elif ext == "jpg":
                open(path, "wb").write(jpeg_bytes(imgs[0], r.randint(45, 75)))
            else:
                imgs[0].save(path, "PNG")
        self.docs.append(dict(path=rel, doc_type=doc_type, rendering=rendering, contract_no=contract_no,
                              sha256=hashlib.sha256(open(path, "rb").read()).hexdigest(), note=note, fields=fields))
        return rel


def pick_render(r, p_img=0.32):
    x = r.random()
    return "text" if x > p_img else ("scan" if x > p_img * 0.45 else "photo")


CON = {"prose": g_contract_prose, "sow": g_contract_sow, "letter": g_contract_letter, "tax": g_contract_tax,
       "taxrev": lambda S, c, r: g_contract_tax(S, c, r, True)}
ACC = {"report": g_acc_report, "warranty": g_acc_warranty, "fax": g_acc_fax, "form": g_acc_form_wrap,
       "formfail": lambda S, c, r: g_acc_form_wrap(S, c, r, False), "twostage": g_acc_two_stage}
PROC = {"notice": g_proc_notice, "loa": g_proc_loa, "shortlist": g_proc_shortlist}
STD = {"gb": g_std_gb, "alliance": g_std_alliance, "jb": g_std_jb, "q": g_std_q}
OTH = {"tax": g_oth_tax, "report": g_oth_report, "invite": g_oth_invite, "visit": g_oth_visit}


def build(sub, S, contracts, standards, others, forced=None):
    r = sub.rng
    forced = forced or {}
    for c in contracts:
        ev = c["ev"]
        if ev.get("con"):
            pages, f, dt, note = CON[ev["con"]](S, c, r)
            rel = sub.add(pages, f, dt, note, c["no"], forced.get((c["no"], "con"), pick_render(r, 0.3)))
            if ev.get("dup"):
                sub.add(None, dict(f), dt, note + "（同一文件重复上传）", c["no"], sub.docs[-1]["rendering"],
                        ext=rel.rsplit(".", 1)[1], prebuilt=os.path.join(sub.dir, rel))
        if ev.get("acc"):
            rend = "scan" if ev["acc"] == "fax" else ("photo" if ev["acc"] in ("form", "formfail") and r.random() < 0.5 else
                                                      "scan" if ev["acc"] in ("form", "formfail") else pick_render(r))
            pages, f, dt, note = ACC[ev["acc"]](S, c, r)
            sub.add(pages, f, dt, note, c["no"], forced.get((c["no"], "acc"), rend))
        if ev.get("proc"):
            pages, f, dt, note = PROC[ev["proc"]](S, c, r)
            sub.add(pages, f, dt, note, c["no"], forced.get((c["no"], "proc"), pick_render(r, 0.35)))
        for kind, parts in ev.get("pay", []):
            if kind == "inst":
                pages, f, dt, note = g_pay_installments(S, c, r, parts)
                sub.add(pages, f, dt, note, c["no"], pick_render(r))
            elif kind == "erp":
                tmp = os.path.join("/tmp/author8_scratch", f"{sub.name}_erp_{c['no']}.png")
                f, dt, note = g_pay_erp(S, c, r, parts[0], tmp)
                sub.add(None, f, dt, note, c["no"], "scan", ext="png", prebuilt=tmp)
            elif kind == "dot":
                pages, f, dt, note = g_pay_dotmatrix(S, c, r, parts[0])
                sub.add(pages, f, dt, note, c["no"], r.choice(["scan", "photo"]))
            else:
                for p in parts:
                    pages, f, dt, note = g_pay_ebank(S, c, r, p)
                    if p.get("payer"):
                        note += "；付款人为" + p["payer"] + "（非合同客户）"
                    sub.add(pages, f, dt, note, c["no"], p.get("render") or pick_render(r, 0.35))
        for o in ev.get("oth", []):
            pages, f, dt, note = OTH[o](S, c, r)
            sub.add(pages, f, dt, note, None, "photo" if o == "visit" else pick_render(r, 0.4))
    for s in standards:
        if s.get("gen"):
            pages, f, dt, note = STD[s["gen"]](S, s, r)
            sub.add(pages, f, dt, note, None, s.get("render", pick_render(r, 0.25)))
    for kind, payload in others:
        if kind == "corrupt":
            pages, f, dt, note = g_contract_prose(S, payload, r)
            tmp = os.path.join("/tmp/author8_scratch", f"{sub.name}_corrupt.pdf")
            render_pdf(tmp, pages, r)
            b = open(tmp, "rb").read()
            open(tmp, "wb").write(b[: len(b) // 3])
            sub.add(None, mk(), "other", "截断的PDF（上传中断），无法打开", None, "corrupt", ext="pdf", prebuilt=tmp)
        elif kind == "stdplan":
            pages = [[("title", "标准研制工作计划", 16), ("p", f"拟研制《{payload['name']}》，计划2024年第二季度形成草案，现处于资料收集阶段。"),
                      ("grid", [["阶段", "时间"], ["立项", "2023年11月"], ["草案", "2024年6月"], ["征求意见", "2024年9月"]], [2, 2])]]
            sub.add(pages, mk(), "other", "仅为标准研制计划，不是标准草案", None, "text")


def write_workbook(path, S, contracts, standards, rng):
    import openpyxl, datetime
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "申报单位"
    ws.merge_cells("A1:B1"); ws["A1"] = "一、申报单位基本情况"
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", S["app"]["name"]), ("统一社会信用代码", S["app"]["uscc"]), ("注册地址", S["app"]["addr"]),
                 ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", S["industry"])]:
        ws.append([k, v])
    ws = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额（万元）", "签订日期", "验收日期",
           "是否中小企业", "从业人员", "营业收入(万元)", "是否天津企业"]
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr)); ws["A1"] = "二、支持周期内服务用户清单（2023年1月1日—2023年12月31日）"
    ws.append(hdr)
    for i, c in enumerate(contracts):
        cu = c["cust"]
        wan = Decimal(c["amount"]) / 10000
        def dt(iso, j):
            return d_zh(iso) if (i + j) % 3 == 0 else datetime.datetime.fromisoformat(iso)
        amt = f"{wan:.2f}" if i == 2 else float(wan)
        rev = f"{Decimal(cu['rev']):,}" if cu["rev"] >= 10000 and i % 4 == 1 else float(cu["rev"])
        ws.append([i + 1, cu["name"], cu["uscc"], c["no"], c["name"], amt, dt(c["sign"], 0), dt(c["acc"], 1),
                   cu["sme_decl"], cu["staff"], rev, cu["tj_decl"]])
    ws = wb.create_sheet("标准草案")
    ws.merge_cells("A1:D1"); ws["A1"] = "三、标准草案"
    ws.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, s in enumerate(standards):
        ws.append([i + 1, s["name"], s["cat"], s["stage"]])
    fixed = datetime.datetime(2024, 3, 1, 9, 0, 0)
    wb.properties.created = fixed; wb.properties.modified = fixed
    wb.save(path)


# ---------------------------------------------------------------- submissions
def company(rng, name, region, addr, staff, rev, sme_decl=None, tj_decl=None, valid=True):
    code = uscc(rng, region, valid)
    large = staff >= 1000 and Decimal(str(rev)) >= 40000
    return dict(name=name, uscc=code, addr=addr, staff=staff, rev=rev,
                sme_decl=sme_decl or ("否" if large else "是"),
                tj_decl=tj_decl or ("是" if region.startswith("12") and addr.startswith("天津市") else "否"))


TOPICS = ["MES制造执行系统建设", "设备联网与数据采集平台", "视觉质检系统集成", "智能仓储（AGV+WMS）改造", "能源管理系统建设",
          "数字孪生产线可视化", "APS高级排程系统实施", "工业互联网标识解析二级节点接入", "设备预测性维护平台", "质量追溯系统建设",
          "柔性装配线自动化改造", "工业网络安全防护体系建设", "车间5G专网与边缘计算部署", "研发PLM与MES集成"]
EN = {"MES": "MES Implementation", "设备联网": "Equipment Connectivity Platform", "视觉": "Machine Vision Inspection",
      "智能仓储": "Smart Warehouse Upgrade", "能源": "Energy Management System", "数字孪生": "Digital Twin Line",
      "APS": "Advanced Planning & Scheduling", "工业互联网标识": "Industrial Internet Identifier Node", "设备预测": "Predictive Maintenance",
      "质量追溯": "Quality Traceability", "柔性": "Flexible Assembly Automation", "工业网络安全": "OT Security",
      "车间5G": "Plant 5G & Edge", "研发PLM": "PLM-MES Integration"}


def contract(S, i, cust, amount, sign, acc, ev, prefix, **kw):
    t = TOPICS[i % len(TOPICS)]
    en = next(v for k, v in EN.items() if t.startswith(k))
    c = dict(no=f"{prefix}-{sign[:4]}-{(i + 1) * 37 % 1000:03d}", name=cust["name"].replace("天津市", "").replace("天津", "")[:4] + t.replace("建设", "") + "项目",
             topic=t, en=en + " Project", cust=cust, amount=f"{Decimal(amount):.2f}", sign=sign, acc=acc, ev=ev, lot="智能制造系统集成")
    c.update(kw)
    return c


def full_pay(c, dates, shares, style="ebank"):
    amt = Decimal(c["amount"])
    parts, acc = [], Decimal("0")
    for j, (d, s) in enumerate(zip(dates, shares)):
        v = (amt * Decimal(s)).quantize(Decimal("0.01")) if j < len(shares) - 1 else amt - acc
        acc += v
        parts.append(dict(date=d, amount=f"{v:.2f}"))
    return parts


def sub_clean(rng):
    app = company(rng, "天津澄昀智能装备科技有限公司", "120116", "天津市滨海新区中新生态城中成大道生态建设公寓9号楼301", 260, 18600)
    app.update(acct=acct(rng), bank="天津银行滨海分行营业部")
    S = dict(app=app, industry="装备制造、汽车零部件", std_partner="机械工业仪器仪表综合技术经济研究所")
    C = [company(rng, "天津市赟泰新材料股份有限公司", "120110", "天津市东丽区华明高新区华兴路15号", 420, 52000),
         company(rng, "天津昀橦精密机械有限公司", "120111", "天津市西青区张家窝工业园鑫茂道8号", 180, 9400),
         company(rng, "天津渤瀛汽车零部件有限公司", "120114", "天津市武清区汽车产业园泉州北路26号", 1650, 86000),
         company(rng, "天津市津沽瑄和电气设备有限公司", "120113", "天津市北辰区双口工业园永兴道12号", 95, 3800),
         company(rng, "天津滨海澜涛化工有限公司", "120116", "天津市滨海新区南港工业区港北路299号", 860, 61000),
         company(rng, "天津宁河嘉禾食品有限公司", "120117", "天津市宁河区现代产业区安捷路6号", 310, 12800),
         company(rng, "河北沧州渤锐管件有限公司", "130900", "河北省沧州市孟村回族自治县经济开发区", 240, 15200),
         company(rng, "天津蓟州翰墨包装制品有限公司", "120119", "天津市蓟州区经济开发区兴华大街3号", 150, 6200),
         company(rng, "天津港湾智慧物流装备有限公司", "120116", "天津市滨海新区临港经济区渤海十路88号", 1320, 45200)]
    spec = [  # (cust, amount, sign, acc, ev)
        (0, "8860000", "2023-02-14", "2023-09-22", dict(con="sow", acc="report", proc="notice", pay=[("eb", [])], oth=["tax"])),
        (1, "3450000", "2022-12-08", "2023-06-30", dict(con="letter", acc="warranty", proc="shortlist", pay=[("inst", [])])),
        (2, "12680000", "2023-01-10", "2023-11-16", dict(con="tax", acc="fax", proc="loa", pay=[("eb", [])], oth=["report"])),
        (3, "2160000", "2023-03-21", "2023-08-18", dict(con="prose", acc="form", proc="notice", pay=[("dot", [])])),
        (4, "9360000", "2023-04-06", "2023-12-12", dict(con="sow", acc="warranty", proc="loa", pay=[("erp", [])])),
        (5, "4280000", "2023-02-27", "2023-10-09", dict(con="tax", acc="report", proc="shortlist", pay=[("eb", [])], oth=["invite"])),
        (6, "3920000", "2023-05-15", "2023-11-28", dict(con="prose", acc="fax", proc="notice", pay=[("inst", [])])),
        (7, "2870000", "2023-03-02", "2023-09-05", dict(con="letter", acc="form", proc="loa", pay=[("dot", [])], oth=["visit"])),
        (8, "15400000", "2022-11-20", "2023-07-26", dict(con="tax", acc="report", proc="notice", pay=[("eb", [])])),
    ]
    cons = build_contracts(S, C, spec, "CYZN", rng)
    stds = [dict(name="智能工厂 设备数据采集接口通用要求", en="Smart factory—General requirements for equipment data acquisition interface", cat="国家标准", stage="征求意见稿", gen="gb"),
            dict(name="离散制造车间数字孪生系统集成规范", scope="离散制造车间数字孪生系统集成", cat="团体标准", stage="草案", gen="alliance"),
            dict(name="智能制造系统解决方案服务交付流程规范", scope="智能制造系统解决方案服务交付", cat="企业标准", stage="草案", gen="q"),
            dict(name="机床远程运维数据接口规范", cat="行业标准", stage="征求意见稿", gen="jb")]
    return S, cons, stds, []


def build_contracts(S, C, spec, prefix, rng):
    cons = []
    for i, (ci, amt, sign, acc, ev) in enumerate(spec):
        kw = ev.pop("kw", {})
        c = contract(S, i, C[ci], amt, sign, acc, ev, prefix, **kw)
        pay = []
        for kind, _ in ev.get("pay", []):
            a1, a2 = addd(sign, 20), addd(acc, rng.randint(10, 40))
            a2 = min(a2, "2023-12-29")
            if kind == "inst":
                mid = addd(sign, 80)
                pay.append(("inst", full_pay(c, [a1, mid, a2], ["0.3", "0.6", "0.1"])))
            elif kind in ("erp", "dot"):
                pay.append((kind, full_pay(c, [a2], ["1"])))
            else:
                pay.append(("eb", full_pay(c, [a1, addd(sign, 75), a2], ["0.3", "0.6", "0.1"])))
        if ev.get("pay_override"):
            pay = ev.pop("pay_override")(c)
        ev["pay"] = pay
        if "oth" not in ev:
            ev["oth"] = rng.sample(["tax", "report", "invite", "visit"], rng.choice([1, 1, 2]))
        cons.append(c)
    return cons


def sub_gaps(rng):
    app = company(rng, "天津瀚麟工业互联网科技有限公司", "120111", "天津市西青区海泰创新六路2号华鼎智地2号楼5层", 140, 7600)
    app.update(acct=acct(rng), bank="中信银行天津西青支行")
    S = dict(app=app, industry="电子信息、医药", std_partner="中国电子技术标准化研究院")
    C = [company(rng, "天津芯瀚微电子封装有限公司", "120116", "天津市滨海新区高新区海泰华科三路1号", 380, 21000),
         company(rng, "天津药研瑞康制药有限公司", "120113", "天津市北辰区医药医疗器械工业园景观路7号", 640, 33000),
         company(rng, "天津市锦程印制电路板有限公司", "120110", "天津市东丽区空港经济区中环西路59号", 520, 26800),
         company(rng, "天津麟晟光电科技有限公司", "120111", "天津市西青区开发区兴华七支路5号", 120, 5100),
         company(rng, "天津云璟医疗器械有限公司", "120114", "天津市武清区京滨工业园京滨睿城9号", 260, 9800),
         company(rng, "天津泰达昕锐电子有限公司", "120116", "天津市滨海新区经济技术开发区第五大街80号", 300, 14500, valid=False),
         company(rng, "江苏常州宏芯电子有限公司", "320411", "江苏省常州市新北区汉江路368号", 410, 18800, tj_decl="是"),
         company(rng, "天津北洋精工仪表有限公司", "120104", "天津市南开区科研西路12号", 1500, 68000, sme_decl="是"),
         company(rng, "天津海河智控系统有限公司", "120105", "天津市河北区金钟河大街99号", 90, 4200),
         company(rng, "天津市津南宝恒模具有限公司", "120112", "天津市津南区八里台工业园10号", 200, 7700),
         company(rng, "天津红桥恒远电缆有限公司", "120106", "天津市红桥区咸阳北路23号", 1100, 52000)]
    group = "天津药研集团有限公司"
    spec = [
        (0, "3560000", "2023-02-20", "2023-08-30", dict(con="prose", acc="report", proc="notice", pay=[], oth=["report"])),           # missing_payment_proof
        (1, "3820000", "2023-03-08", "2023-10-18", dict(con="tax", acc="warranty", proc="loa", pay=[("eb", [])],
                                                         kw=dict(amount_on_contract="3280000"))),                                        # amount_mismatch
        (2, "4150000", "2023-05-11", "2024-02-27", dict(con="sow", acc="fax", proc="shortlist", pay=[("eb", [])])),                      # date_out_of_period
        (3, "2280000", "2023-04-17", "2023-11-08", dict(con="letter", acc="formfail", proc="notice", pay=[("dot", [])])),               # acceptance_not_passed
        (4, "3390000", "2023-01-30", "2023-09-14", dict(con="prose", acc="report", proc="loa", pay=[("eb", [])],
                                                         pay_override=lambda c: [("eb", [dict(date="2023-10-20", amount=c["amount"], payer=group)])])),  # party_mismatch
        (5, "2740000", "2023-03-27", "2023-10-25", dict(con="tax", acc="report", proc="notice", pay=[("erp", [])])),                    # invalid_uscc
        (6, "3060000", "2023-02-02", "2023-07-19", dict(con="prose", acc="warranty", proc="notice", pay=[("eb", [])])),                # not_tianjin
        (7, "5120000", "2023-04-03", "2023-12-06", dict(con="sow", acc="report", proc="loa", pay=[("inst", [])])),                      # sme_misclassified (still verified)
        (8, "2960000", "2023-06-12", "2023-11-30", dict(con="letter", acc="fax", proc="shortlist", pay=[("eb", [])], dup=True)),        # duplicate_evidence
        (9, "3480000", "2023-02-16", "2023-09-27", dict(con="tax", acc="form", proc="loa", pay=[("inst", [])], oth=["invite"])),
        (10, "6240000", "2023-01-12", "2023-08-22", dict(con="prose", acc="report", proc="notice", pay=[("eb", [])], oth=["tax"])),
    ]
    cons = build_contracts(S, C, spec, "HL", rng)
    cons[8]["ev"]["dup"] = True
    stds = [dict(name="电子元器件生产设备互联互通技术要求", scope="电子元器件生产设备互联互通", cat="团体标准", stage="草案", gen="alliance"),
            dict(name="医药洁净车间环境数据采集系统集成规范", scope="医药洁净车间环境数据采集系统集成", cat="企业标准", stage="草案", gen="q"),
            dict(name="工业互联网平台 设备接入服务流程规范", cat="团体标准", stage="征求意见稿", gen=None)]
    others = [("corrupt", cons[10])]
    return S, cons, stds, others


def sub_tricky(rng):
    app = company(rng, "天津璟赟数智科技有限公司", "120113", "天津市北辰区北辰经济技术开发区高端园永进道17号", 210, 11200)
    app.update(acct=acct(rng), bank="交通银行天津北辰支行")
    S = dict(app=app, industry="轻工、汽车零部件", std_partner="中国标准化研究院")
    C = [company(rng, "天津瑄瑞汽车内饰件有限公司", "120114", "天津市武清区汽车产业园福源道9号", 1000, Decimal("39999.00")),   # SME (revenue just under)
         company(rng, "天津丰泽轮胎制造有限公司", "120116", "天津市滨海新区临港经济区渤海二十路5号", 1000, 40000),             # large exactly on threshold
         company(rng, "天津市昀晖塑胶制品有限公司", "120113", "天津市北辰区陆路港物流装备产业园陆港四经支路2号", 160, 6900),
         company(rng, "天津津宝纸业有限公司", "120115", "天津市宝坻区九园工业园8号", 980, 46000),                                # SME (staff < 1000)
         company(rng, "天津鑫桐家居用品有限公司", "120112", "天津市津南区双港工业园丽港园18号", 240, 8600),
         company(rng, "天津北方重型机械股份有限公司", "120110", "天津市东丽区津塘公路十号桥东", 2300, 128000, sme_decl="是"),  # misclassified
         company(rng, "天津海泓精密铸造有限公司", "120111", "天津市西青区精武镇学府工业区12号", 130, 5400),
         company(rng, "天津长荣汽车电子有限公司", "120116", "天津市滨海新区空港经济区西十道6号", 1800, 75000),
         company(rng, "天津静海瑞丰自行车有限公司", "120118", "天津市静海区大邱庄镇百亿元工业区", 1200, 41000)]
    spec = [
        (0, "6400000", "2023-01-16", "2023-08-08", dict(con="taxrev", acc="report", proc="notice", pay=[("eb", [])])),
        (1, "7350000", "2023-02-09", "2023-10-30", dict(con="sow", acc="fax", proc="loa", pay=[("inst", [])], oth=["invite"])),
        (2, "4000000", "2023-03-14", "2023-09-19", dict(con="prose", acc="form", proc="notice", pay=[],
                                                         pay_override=lambda c: [("eb", [dict(date="2023-04-10", amount="1200000.00", memo="预付款"),
                                                                                          dict(date="2023-10-26", amount="2780000.00", memo=c["no"] + " 验收款（扣留质保金2万元）")])])),
        (3, "5290000", "2022-11-18", "2023-06-15", dict(con="letter", acc="warranty", proc="shortlist", pay=[("erp", [])])),
        (4, "3860000", "2023-04-25", "2023-12-29", dict(con="tax", acc="warranty", proc="loa", pay=[("dot", [])],
                                                         kw=dict(letter_date="2024-01-08", branch="静海分公司", branch_addr="天津市静海区静海经济开发区金海道6号"))),
        (5, "9800000", "2023-03-01", "2023-11-21", dict(con="sow", acc="report", proc="notice", pay=[("eb", [])], oth=["tax"])),
        (6, "3100000", "2023-05-22", "2023-12-31", dict(con="letter", acc="fax", proc="shortlist", pay=[("inst", [])])),
        (7, "6800000", "2023-02-21", "2024-01-16", dict(con="prose", acc="twostage", proc="loa", pay=[("eb", [])], kw=dict(pre_acc="2023-07-20"))),
        (8, "4500000", "2023-06-06", "2023-12-20", dict(con="taxrev", acc="form", proc="notice", pay=[("eb", [])], oth=["report"])),
        (1, "5700000", "2023-07-03", "2023-12-27", dict(con="tax", acc="report", proc="shortlist", pay=[("erp", [])])),   # second contract, same customer
    ]
    cons = build_contracts(S, C, spec, "JY", rng)
    stds = [dict(name="汽车零部件企业MES与ERP系统集成接口规范", cat="团体标准", stage="征求意见稿", gen="jb"),
            dict(name="轻工行业设备互联互通数据字典", scope="轻工行业设备互联互通数据字典", cat="团体标准", stage="草案", gen="alliance"),
            dict(name="智能制造解决方案项目验收服务流程", scope="智能制造解决方案项目验收服务", cat="企业标准", stage="草案", gen="q", render="photo"),
            dict(name="注塑车间能耗数据采集规范", cat="企业标准", stage="草案", gen=None)]
    others = [("stdplan", stds[3])]
    return S, cons, stds, others


EXPECT = {
    "author8_clean": dict(tier=500, gaps=set()),
    "author8_gaps": dict(tier=0, gaps={("missing_payment_proof", 0), ("amount_mismatch", 1), ("date_out_of_period", 2),
                                         ("acceptance_not_passed", 3), ("party_mismatch", 4), ("invalid_uscc", 5), ("not_tianjin", 6),
                                         ("sme_misclassified", 7), ("duplicate_evidence", 8), ("unreadable_document", None),
                                         ("missing_standard_document", None), ("customer_count_below_threshold", None), ("total_below_threshold", None),
                                         ("sme_count_below_threshold", None), ("standards_below_threshold", None)}),
    "author8_tricky": dict(tier=500, gaps={("sme_misclassified", 5), ("date_out_of_period", 7), ("missing_standard_document", None)}),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    for name, fn in [("author8_clean", sub_clean), ("author8_gaps", sub_gaps), ("author8_tricky", sub_tricky)]:
        rng = random.Random(f"{args.seed}:{name}")
        S, cons, stds, others = fn(rng)
        base = os.path.join(args.out, name)
        if os.path.isdir(base):
            shutil.rmtree(base)
        sub = Sub(name, args.out, args.seed)
        os.makedirs(sub.dir, exist_ok=True)
        # a contract whose printed amount differs from the declared one
        for c in cons:
            if c.get("amount_on_contract"):
                c["declared"] = c["amount"]
        build_with_overrides(sub, S, cons, stds, others)
        write_workbook(os.path.join(sub.dir, "申报信息.xlsx"), S, cons, stds, rng)
        rows = [dict(seq=i + 1, contract_no=c["no"], customer=c["cust"]["name"], customer_uscc=c["cust"]["uscc"],
                     customer_address=c["cust"]["addr"], amount_yuan=c["amount"], sign_date=c["sign"], acceptance_date=c["acc"],
                     sme_declared=c["cust"]["sme_decl"], staff=c["cust"]["staff"], revenue_wan=str(c["cust"]["rev"]),
                     tianjin_declared=c["cust"]["tj_decl"], planted=c.get("planted", [])) for i, c in enumerate(cons)]
        stdrows = [dict(name=s["name"], category=s["cat"], stage=s["stage"],
                        document_uploaded=any(d["doc_type"] == "standard_draft" and d["fields"]["title"] == s["name"] for d in sub.docs))
                   for s in stds]
        app = dict(name=S["app"]["name"], uscc=S["app"]["uscc"], address=S["app"]["addr"])
        res = derive(app, rows, stdrows, sub.docs)
        idx = {c["no"]: i for i, c in enumerate(cons)}
        got = {(g["kind"], idx.get(g["contract_no"])) for g in res["gaps"]}
        exp = EXPECT[name]
        if got != exp["gaps"] or res["award_tier_wan"] != exp["tier"]:
            raise SystemExit(f"{name}: derived {sorted(got, key=str)} tier {res['award_tier_wan']} != planted {sorted(exp['gaps'], key=str)} tier {exp['tier']}")
        for c, r in zip(cons, rows):
            r["planted"] = sorted(k for k, i in exp["gaps"] if i == idx[c["no"]])
        truth = dict(applicant=app, phase="支持", period=["2023-01-01", "2023-12-31"], **res, contracts=rows, standards=stdrows,
                     documents=sorted(sub.docs, key=lambda d: d["path"]))
        json.dump(truth, open(os.path.join(base, "ground_truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        n_img = sum(d["rendering"] in ("scan", "photo") for d in sub.docs)
        print(f"{name}: {len(sub.docs)} docs ({n_img} scans/photos), tier {res['award_tier_wan']}, total {res['accepted_total_yuan']}, gaps {len(res['gaps'])}")


def build_with_overrides(sub, S, cons, stds, others):
    # contract printed amount differs (amount_mismatch): temporarily swap the amount for the contract document only
    for c in cons:
        if c.get("amount_on_contract"):
            c["_ev_backup"] = c["ev"]
    orig = CON.copy()
    def wrapped(key):
        fn = orig[key]
        def g(S_, c, r):
            if c.get("amount_on_contract"):
                c2 = dict(c, amount=f"{Decimal(c['amount_on_contract']):.2f}")
                return fn(S_, c2, r)
            return fn(S_, c, r)
        return g
    for k in list(CON):
        CON[k] = wrapped(k)
    try:
        build(sub, S, cons, stds, others)
    finally:
        CON.update(orig)


if __name__ == "__main__":
    main()
