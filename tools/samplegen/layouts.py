"""Per-kind document layouts rendered with reportlab platypus.

Each renderer turns a DocPlan into a platypus story; `render_pdf` lays it out on A4 pages and
reports where seals belong (the signature areas), so the scan effects can stamp them there.
Text-layer PDFs use embedded WenQuanYi TTF fonts (pdfplumber extracts them exactly);
STSong-Light (a non-embedded CID font) is used only for renderings that get rasterised.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from tools.samplegen.truthlib import format_uppercase
from tools.samplegen.companies import person
from tools.samplegen.plan import ContractPlan, DocPlan, PaymentPlan, StandardPlan, SubmissionPlan

PAGE_W, PAGE_H = A4
WQY_MICRO = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
WQY_ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
# Text-layer PDFs: the embedded WenQuanYi TTFs, and STSong-Light (a standard CID font, not
# embedded, so the file stays small; pdfplumber maps it back to Unicode through the
# UniGB-UCS2-H CMap - checked by tests/integration/test_samplegen.py).
TEXT_FONTS = ("WQYMicroHei", "WQYZenHei", "STSong-Light")
RASTER_FONTS = ("WQYMicroHei", "WQYZenHei", "STSong-Light")
_REGISTERED = False


def ensure_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    pdfmetrics.registerFont(TTFont("WQYMicroHei", WQY_MICRO, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("WQYZenHei", WQY_ZEN, subfontIndex=0))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    _REGISTERED = True


# ---- formatting -------------------------------------------------------------------------


def money(amount: Decimal, symbol: str = "¥") -> str:
    return f"{symbol}{amount:,.2f}"


def cn_date(d: date, pad: bool = False) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def iso(d: date) -> str:
    return d.isoformat()


def upper(amount: Decimal) -> str:
    return format_uppercase(amount)


# ---- platypus helpers ---------------------------------------------------------------------


class Styles:
    def __init__(self, font: str, base: float = 10.5):
        self.font = font
        self.title = ParagraphStyle("t", fontName=font, fontSize=18, leading=28, alignment=TA_CENTER,
                                    spaceAfter=6, wordWrap="CJK")
        self.subtitle = ParagraphStyle("st", fontName=font, fontSize=12, leading=18, alignment=TA_CENTER,
                                       wordWrap="CJK")
        self.h = ParagraphStyle("h", fontName=font, fontSize=base + 1.5, leading=(base + 1.5) * 1.7,
                                spaceBefore=4, wordWrap="CJK")
        self.body = ParagraphStyle("b", fontName=font, fontSize=base, leading=base * 1.75,
                                   firstLineIndent=base * 2, wordWrap="CJK")
        self.plain = ParagraphStyle("p", fontName=font, fontSize=base, leading=base * 1.7, wordWrap="CJK")
        self.cell = ParagraphStyle("c", fontName=font, fontSize=base - 0.5, leading=(base - 0.5) * 1.45,
                                   wordWrap="CJK")
        self.cellc = ParagraphStyle("cc", parent=self.cell, alignment=TA_CENTER)
        self.right = ParagraphStyle("r", fontName=font, fontSize=base, leading=base * 1.7, alignment=TA_RIGHT,
                                    wordWrap="CJK")
        self.center = ParagraphStyle("ce", fontName=font, fontSize=base, leading=base * 1.7,
                                     alignment=TA_CENTER, wordWrap="CJK")
        self.small = ParagraphStyle("s", fontName=font, fontSize=base - 2, leading=(base - 2) * 1.5,
                                    wordWrap="CJK", alignment=TA_LEFT)


def P(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class SealAnchor(Flowable):
    """Zero-size marker: records where seals go, in page fractions, when it is drawn."""

    def __init__(self, sink: list, seals: list[tuple[float, float, str, str]]):
        super().__init__()
        self.sink = sink
        self.seals = seals  # (dx from frame left in pt, dy below the marker in pt, name, style)

    def wrap(self, aw, ah):  # noqa: D401 - platypus API
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - platypus API
        page = canvas.getPageNumber()
        for dx, dy, name, style in self.seals:
            self.sink.append({"page": page, "x": (x + dx) / PAGE_W, "y": 1 - (y - dy) / PAGE_H,
                              "name": name, "style": style})

    def draw(self):
        pass


def grid_table(rows: list[list[Any]], widths: list[float], st: Styles, *, header: bool = False,
               spans: list | None = None, line: float = 0.7, pad: float = 5) -> Table:
    data = [[P(c, st.cell) if isinstance(c, str) else c for c in row] for row in rows]
    style = [
        ("GRID", (0, 0), (-1, -1), line, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
    for sp in spans or []:
        style.append(("SPAN",) + tuple(sp))
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle(style))
    return t


def plain_table(rows: list[list[str]], widths: list[float], st: Styles) -> Table:
    data = [[P(c, st.plain) for c in row] for row in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


FRAME_W = PAGE_W - 50 * mm


def render_pdf(story: list, margins: tuple[float, float] = (25 * mm, 22 * mm)) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins[0], rightMargin=margins[0],
                            topMargin=margins[1], bottomMargin=margins[1], invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story)
    return buf.getvalue()


class FullPageImage(Flowable):
    """Draws an image over the whole page (the scanned page of a mixed PDF)."""

    def __init__(self, image_reader):
        super().__init__()
        self.image = image_reader

    def wrap(self, aw, ah):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802
        canvas.drawImage(self.image, 0, 0, width=PAGE_W, height=PAGE_H)

    def draw(self):
        pass


# ---- shared wording ------------------------------------------------------------------------

CONTRACT_TITLES = ["技术服务合同", "智能制造系统集成项目合同书", "工业互联网平台建设合同", "数字化车间改造项目合同",
                   "智能制造解决方案实施合同", "系统集成与技术服务合同"]


def sig_block(st: Styles, sink: list, left: tuple[str, str], right: tuple[str, str], when: date,
              rng: random.Random, pad_date: bool, place: str | None = None,
              left_seal: str | None = None, right_seal: str | None = None) -> list:
    """Two-column signature block; seals over each party's name."""
    half = FRAME_W / 2
    rows = [
        [f"{left[0]}（盖章）：", f"{right[0]}（盖章）："],
        [left[1], right[1]],
        ["法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："],
        ["", ""],
        [f"签订日期：{cn_date(when, pad_date)}", f"签订日期：{cn_date(when, pad_date)}"],
    ]
    if place:
        rows.append([f"签订地点：{place}", ""])
    seals = []
    if left_seal:
        seals.append((half * 0.42, 40, left_seal, "contract"))
    if right_seal:
        seals.append((half + half * 0.42, 40, right_seal, "contract"))
    return [Spacer(1, 16), KeepTogether([SealAnchor(sink, seals), plain_table(rows, [half, half], st)])]


def clause_paragraphs(c: ContractPlan, applicant_name: str, st: Styles, rng: random.Random,
                      amount_line: str) -> list:
    months = rng.choice([4, 6, 8, 10, 12])
    pay = rng.choice([(30, 40, 30), (30, 60, 10), (40, 50, 10), (50, 40, 10), (20, 50, 30)])
    court = rng.choice(["甲方所在地人民法院", "乙方所在地人民法院", "天津仲裁委员会"])
    items = "；".join(f"（{i + 1}）{s}" for i, s in enumerate(c.scope))
    out: list = []
    clauses = [
        ("第一条 项目内容",
         f"乙方按照甲方要求，为甲方实施“{c.name}”，提供方案设计、软硬件集成、部署调试、培训及运维服务，"
         f"具体包括：{items}。详细技术要求以双方确认的《技术协议》为准，《技术协议》为本合同不可分割的组成部分。"),
        ("第二条 合同金额及支付方式",
         f"{amount_line}该价款已包含乙方完成本项目所需的设备、软件、实施、培训及税费等全部费用。"
         f"合同签订后15个工作日内，甲方向乙方支付合同总额的{pay[0]}%；系统上线试运行后支付{pay[1]}%；"
         f"项目经甲方验收合格后支付剩余{pay[2]}%。乙方应在每期付款前开具等额合法有效的增值税专用发票。"),
        ("第三条 实施周期",
         f"乙方应自本合同生效之日起{months}个月内完成系统部署与上线，并配合甲方完成试运行。"
         f"因甲方原因导致工期延误的，工期相应顺延。"),
        ("第四条 验收",
         "系统试运行满30日且各项技术指标达到《技术协议》要求后，乙方向甲方提交验收申请，"
         "甲方应在收到申请后10个工作日内组织验收并出具书面验收报告。验收合格之日起进入质保期，质保期为12个月。"),
        ("第五条 知识产权与保密",
         "乙方保证所提供的软件及技术成果不侵犯任何第三方的知识产权。双方对在合作中知悉的对方商业秘密及技术资料负有保密义务，"
         "保密期限不因本合同的终止而终止。"),
        ("第六条 违约责任",
         "任何一方未按本合同约定履行义务的，应向对方支付合同总额万分之五/日的违约金，累计不超过合同总额的10%；"
         "给对方造成损失的，还应赔偿相应损失。"),
        ("第七条 争议解决",
         f"因本合同引起的争议，双方应友好协商解决；协商不成的，提交{court}解决。"),
        ("第八条 其他",
         "本合同一式肆份，甲乙双方各执贰份，具有同等法律效力。本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。"),
    ]
    if rng.random() < 0.5:
        clauses.insert(5, ("第五条之一 培训与售后服务",
                           "乙方负责对甲方操作及维护人员进行不少于3次的现场培训，质保期内提供7×24小时远程支持，"
                           "重大故障4小时内响应、24小时内到达现场。"))
    for head, text in clauses:
        out.append(P(head, st.h))
        out.append(P(text, st.body))
    return out


# ---- contract ------------------------------------------------------------------------------


def contract_prose(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    c: ContractPlan = doc.payload["contract"]
    a, b = c.contract_party_a, sub.applicant
    pad = rng.random() < 0.5
    a_label = rng.choice(["甲方", "甲方（委托方）", "甲方（采购方）"])
    b_label = {"甲方": "乙方", "甲方（委托方）": "乙方（受托方）", "甲方（采购方）": "乙方（供应方）"}[a_label]
    amt = doc.fields["amount_yuan"]
    amount_line = rng.choice([
        f"合同总金额：{upper(amt)}（{money(amt)}）。",
        f"本合同总价款为{upper(amt)}（小写：{money(amt)}），含增值税。",
    ])
    story = [P(c.title, st.title), Spacer(1, 4),
             P(f"合同编号：{c.no}", st.right), Spacer(1, 8)]
    for label, co in ((a_label, a), (b_label, b)):
        story += [P(f"{label}：{co.name}", st.plain),
                  P(f"统一社会信用代码：{co.uscc}", st.plain),
                  P(f"地址：{co.address}", st.plain),
                  P(f"法定代表人：{co.legal_rep}　　联系电话：{co.phone}", st.plain), Spacer(1, 6)]
    story.append(P(f"根据《中华人民共和国民法典》及相关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，"
                   f"就甲方委托乙方实施“{c.name}”事宜，经友好协商，达成如下协议，以资共同遵守。", st.body))
    story += clause_paragraphs(c, b.name, st, rng, amount_line)
    if doc.payload.get("sig_on_own_page"):
        story.append(PageBreak())
        story.append(P("（本页为签署页，无正文）", st.center))
    story += sig_block(st, sink, ("甲方", a.name), ("乙方", b.name), c.signed_on, rng, pad,
                       place=rng.choice([None, "天津市"]), left_seal=a.name, right_seal=b.name)
    return story


def contract_table(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    c: ContractPlan = doc.payload["contract"]
    a, b = c.contract_party_a, sub.applicant
    amt = doc.fields["amount_yuan"]
    pad = rng.random() < 0.5
    a_label = rng.choice(["甲方（委托方）", "甲方（采购方）", "甲方"])
    b_label = rng.choice(["乙方（承接方）", "乙方（供应方）", "乙方"])
    months = rng.choice([3, 6, 9, 12])
    rows = [
        ["合同编号", c.no],
        ["项目名称", c.name],
        [a_label, a.name],
        ["统一社会信用代码", a.uscc],
        ["地址", a.address],
        [b_label, b.name],
        ["统一社会信用代码", b.uscc],
        ["地址", b.address],
        ["合同总金额", f"{upper(amt)}（{money(amt)}）"],
        ["实施周期", f"自合同生效之日起{months}个月"],
        ["服务内容", "；".join(c.scope)],
        ["付款方式", "按预付款、进度款、验收款分期支付，具体比例见第二条"],
    ]
    story = [P(c.title, st.title), Spacer(1, 8),
             grid_table(rows, [38 * mm, FRAME_W - 38 * mm], st), Spacer(1, 10),
             P("双方经友好协商，就上述项目达成如下条款：", st.plain)]
    story += clause_paragraphs(c, b.name, st, rng, f"合同总金额见首页表格，即{upper(amt)}。")
    if doc.payload.get("sig_on_own_page"):
        story.append(PageBreak())
        story.append(P(f"（以下为合同编号 {c.no} 的签署页）", st.center))
    story += sig_block(st, sink, ("甲方", a.name), ("乙方", b.name), c.signed_on, rng, pad,
                       left_seal=a.name, right_seal=b.name)
    return story


# ---- acceptance ----------------------------------------------------------------------------


def acceptance_form(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    issuer = doc.payload["issuer"]
    passed = f["result"] == "passed"
    title = rng.choice(["项目验收证书", "验收合格报告", "项目验收报告"])
    pad = rng.random() < 0.5
    org_label = rng.choice(["验收单位", "建设单位（验收单位）", "建设单位"])
    sup_label = rng.choice(["承建单位", "供应商", "承建单位（供应商）"])
    rows: list[list[Any]] = [["项目名称", c.name]]
    if f["contract_no"]:
        rows.append(["合同编号", f["contract_no"]])
    rows += [[org_label, issuer.name], ["统一社会信用代码", issuer.uscc], [sup_label, sub.applicant.name]]
    if f["amount_yuan"] is not None:
        rows.append(["合同金额", f"{upper(f['amount_yuan'])}（{money(f['amount_yuan'])}）"])
    rows += [
        ["验收日期", cn_date(f["date"], pad)],
        ["验收内容", "对照合同及《技术协议》，对" + "、".join(c.scope[:3]) + "等内容的功能、性能、文档及培训情况进行了逐项检查与测试。"],
        ["验收意见", ("系统运行稳定，各项功能及性能指标均达到合同约定要求，技术文档齐全，同意通过验收。" if passed else
                  "系统部分关键指标（数据采集完整率、接口响应时间）未达到合同约定要求，文档不完整，需整改后重新组织验收。")],
        ["验收结论", ("合格" if passed else "不合格")],
    ]
    story = [P(title, st.title), Spacer(1, 10), grid_table(rows, [42 * mm, FRAME_W - 42 * mm], st, pad=7)]
    half = FRAME_W / 2
    sig = [[f"{org_label}（盖章）：", f"{sup_label}（盖章）："], [issuer.name, sub.applicant.name],
           ["验收负责人：", "项目负责人："], [cn_date(f["date"], pad), cn_date(f["date"], pad)]]
    story += [Spacer(1, 24), KeepTogether([SealAnchor(sink, [(half * 0.4, 30, issuer.name, "round")]),
                                            plain_table(sig, [half, half], st)])]
    return story


def acceptance_prose(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    issuer = doc.payload["issuer"]
    passed = f["result"] == "passed"
    pad = rng.random() < 0.5
    title = rng.choice(["竣工验收报告", "项目验收合格报告", "验收合格报告"])
    no_part = f"（合同编号：{f['contract_no']}）" if f["contract_no"] else ""
    story = [P(title, st.title), Spacer(1, 10)]
    story.append(P(f"验收单位：{issuer.name}", st.plain))
    story.append(P(f"统一社会信用代码：{issuer.uscc}", st.plain))
    story.append(P(f"承建单位：{sub.applicant.name}", st.plain))
    story.append(Spacer(1, 8))
    story.append(P(f"{cn_date(f['date'], pad)}，{issuer.name}组织有关技术人员及使用部门，对{sub.applicant.name}承建的"
                   f"“{c.name}”{no_part}进行了竣工验收。验收组听取了承建单位的项目实施汇报，查阅了项目技术文档，"
                   f"并对系统进行了现场测试。", st.body))
    if f["amount_yuan"] is not None:
        story.append(P(f"本项目合同金额为{upper(f['amount_yuan'])}（{money(f['amount_yuan'], rng.choice(['¥', '￥']))}）。",
                       st.body))
    story.append(P("一、项目实施情况", st.h))
    story.append(P("承建单位按合同约定完成了" + "、".join(c.scope) + "等建设内容，系统已连续试运行30天以上。", st.body))
    story.append(P("二、测试情况", st.h))
    story.append(P("验收组对系统功能、数据采集、接口联调、权限管理及报表等进行了抽样测试，共测试用例"
                   f"{rng.randint(60, 240)}项。", st.body))
    story.append(P("三、验收结论", st.h))
    if passed:
        story.append(P(rng.choice(["验收结论：合格。项目建设内容完成，各项指标满足合同要求，同意通过验收。",
                                   "验收结论：验收通过。系统运行稳定，满足合同及技术协议要求。"]), st.body))
    else:
        story.append(P(rng.choice(["验收结论：不合格。系统部分关键指标未达到合同要求，请承建单位整改后重新申请验收。",
                                   "验收结论：不予通过。项目尚有多项功能未按技术协议实现，待整改完成后另行组织验收。"]),
                       st.body))
    story += [Spacer(1, 24), KeepTogether([
        SealAnchor(sink, [(FRAME_W * 0.68, 22, issuer.name, "round")]),
        P(f"验收单位（盖章）：{issuer.name}", st.right),
        P(f"验收组组长（签字）：________", st.right),
        P(cn_date(f["date"], pad), st.right)])]
    return story


# ---- payment -------------------------------------------------------------------------------

BANK_STYLES = {
    "中国工商银行": ("中国工商银行 网上银行电子回单", "电子回单号码"),
    "中国建设银行": ("中国建设银行 单位客户专用回单", "凭证号"),
    "招商银行": ("招商银行 收款/付款回单（电子回单）", "回单编号"),
}


def payment_receipt(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    p: PaymentPlan = doc.payload["payment"]
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    bank = doc.payload["bank"]
    title, no_label = BANK_STYLES[bank]
    part = doc.payload["part"]
    purpose = (f"支付{c.no}合同{part}" if f["contract_no"] else
               rng.choice([f"技术服务费{part}", "货款", f"系统集成项目{part}", "项目款"]))
    amount = f["amount_yuan"]
    receipt_no = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((12, 16))))
    longest = max(len(p.payer.name), len(p.payee.name), len(p.payer.bank_branch), len(p.payee.bank_branch))
    st = Styles(st.font, base=min(9.5, 150 / longest + 0.5))  # receipts are set small; names stay on one line
    rows = [
        ["付款人户名", p.payer.name, "收款人户名", p.payee.name],
        ["付款人账号", p.payer.account, "收款人账号", p.payee.account],
        ["付款人开户行", p.payer.bank_branch, "收款人开户行", p.payee.bank_branch],
        ["金额（小写）", money(amount, rng.choice(["¥", "￥"])), "", ""],
        ["金额（大写）", upper(amount), "", ""],
        ["交易日期", iso(f["date"]) if rng.random() < 0.6 else cn_date(f["date"], True), "交易流水号",
         "".join(str(rng.randint(0, 9)) for _ in range(10))],
        [rng.choice(["用途", "摘要", "附言"]), purpose, "", ""],
        ["币种", "人民币", "渠道", rng.choice(["网上银行", "企业网银", "银企直连"])],
    ]
    widths = [23 * mm, FRAME_W / 2 - 23 * mm, 23 * mm, FRAME_W / 2 - 23 * mm]
    spans = [((1, 3), (3, 3)), ((1, 4), (3, 4)), ((1, 6), (3, 6))]
    table = grid_table(rows, widths, st, spans=spans, pad=4)
    story = [P(title, st.subtitle), Spacer(1, 4),
             P(f"{no_label}：{receipt_no}　　打印日期：{iso(f['date'] + timedelta(days=rng.randint(0, 200)))}", st.small),
             Spacer(1, 4), table, Spacer(1, 6),
             P("本回单为电子回单，可通过银行网站验证真伪，重复打印无效。", st.small),
             SealAnchor(sink, [(FRAME_W * 0.8, -10, bank, "bank")])]
    return story


def payment_voucher(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    p: PaymentPlan = doc.payload["payment"]
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    part = doc.payload["part"]
    amount = f["amount_yuan"]
    reason = (f"支付合同（编号{c.no}）{part}" if f["contract_no"] else f"支付智能制造项目{part}")
    longest = max(len(p.payer.name), len(p.payee.name), len(p.payer.bank_branch), len(p.payee.bank_branch))
    st = Styles(st.font, base=min(9.5, 150 / longest + 0.5))
    rows = [
        ["付款方", p.payer.name, "开户行", p.payer.bank_branch],
        ["付款账号", p.payer.account, "凭证编号", f"FK{f['date']:%Y%m}{rng.randint(100, 999)}"],
        ["收款方", p.payee.name, "开户行", p.payee.bank_branch],
        ["收款账号", p.payee.account, "付款日期", cn_date(f["date"], True)],
        ["付款金额", f"{upper(amount)}　{money(amount)}", "", ""],
        ["付款事由", reason, "", ""],
    ]
    spans = [((1, 4), (3, 4)), ((1, 5), (3, 5))]
    w = FRAME_W
    story = [P(rng.choice(["付款凭证", "转账付款凭证", "资金支付凭证"]), st.title), Spacer(1, 8),
             grid_table(rows, [20 * mm, w / 2 - 20 * mm, 20 * mm, w / 2 - 20 * mm], st, spans=spans, pad=6),
             Spacer(1, 14)]
    story.append(KeepTogether([SealAnchor(sink, [(FRAME_W * 0.2, 10, p.payer.name, "round")]),
                               plain_table([["财务专用章：", "复核：", "经办：", "出纳："]], [w / 4] * 4, st)]))
    return story


# ---- procurement ---------------------------------------------------------------------------


def procurement_bid(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    cust = c.customer
    amount = f["amount_yuan"]
    pad = rng.random() < 0.5
    proj_no = doc.payload["project_no"]
    label = rng.choice(["招标人", "采购人"])
    story = [P("中标通知书", st.title), Spacer(1, 6),
             P(f"项目编号：{proj_no}", st.right), Spacer(1, 6),
             P(f"致：{sub.applicant.name}", st.plain), Spacer(1, 4),
             P(f"我单位（{label}：{cust.name}）组织的“{c.name}”{'招标' if label == '招标人' else '采购'}工作已结束。"
               f"经评标委员会评审并经{label}确认，确定贵单位为中标人。", st.body),
             P(f"中标金额：{upper(amount)}（{money(amount)}）", st.body),
             P(f"工期：{rng.choice([120, 180, 240, 300])}日历天；质量要求：合格。", st.body)]
    if f["contract_no"]:
        story.append(P(f"请贵单位收到本通知书后30日内，与{label}签订合同（合同编号：{f['contract_no']}）。", st.body))
    else:
        story.append(P(f"请贵单位收到本通知书后30日内，持本通知书与{label}签订书面合同。", st.body))
    story.append(P("特此通知。", st.body))
    block = [SealAnchor(sink, [(FRAME_W * 0.68, 22, cust.name, "round")]),
             P(f"{label}（盖章）：{cust.name}", st.right),
             P(f"统一社会信用代码：{cust.uscc}", st.right),
             P(cn_date(f["date"], pad), st.right)]
    story += [Spacer(1, 24), KeepTogether(block)]
    return story


def procurement_order(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    cust = c.customer
    amount = f["amount_yuan"]
    order_no = doc.payload["project_no"]
    items = doc.payload["items"]
    head = [["订单编号", order_no, "订单日期", iso(f["date"])],
            ["采购方", cust.name, "统一社会信用代码", cust.uscc],
            ["供应方", sub.applicant.name, "统一社会信用代码", sub.applicant.uscc]]
    if f["contract_no"]:
        head.append(["合同编号", f["contract_no"], "交货地点", cust.address])
    w = FRAME_W
    st = Styles(st.font, base=9.5)
    story = [P("采购订单", st.title), Spacer(1, 6),
             grid_table(head, [18 * mm, 62 * mm, 32 * mm, w - 112 * mm], st, pad=5), Spacer(1, 10)]
    rows = [["序号", "名称", "规格/说明", "数量", "单价（元）", "金额（元）"]]
    for i, (name, spec, price) in enumerate(items, 1):
        rows.append([str(i), name, spec, "1套", f"{price:,.2f}", f"{price:,.2f}"])
    rows.append(["合计", "", "", "", "", f"{amount:,.2f}"])
    story.append(grid_table(rows, [12 * mm, 45 * mm, w - 12 * mm - 45 * mm - 15 * mm - 56 * mm, 15 * mm, 28 * mm, 28 * mm],
                            st, header=True, spans=[((0, len(rows) - 1), (4, len(rows) - 1))], pad=4))
    story += [Spacer(1, 6), P(f"订单金额：{upper(amount)}（{money(amount)}）", st.plain),
              P("交付要求：按技术协议分批交付并完成安装调试；付款方式按合同约定执行。", st.plain), Spacer(1, 18)]
    story.append(KeepTogether([SealAnchor(sink, [(FRAME_W * 0.25, 14, cust.name, "round")]),
                               plain_table([[f"采购方（盖章）：{cust.name}", f"供应方确认：{sub.applicant.name}"]],
                                           [w / 2, w / 2], st)]))
    return story



# ---- harder layouts, modelled on real forms -------------------------------------------------
# Each states less, or states it in a less convenient place, than the two layouts above: a
# role written once beside its column block, an amount only in 万元 or in per-digit cells, a
# date only in prose or with dots, distractor dates beside the one that counts.

_HAN_DIGITS = "〇一二三四五六七八九"


def han_date(d: date) -> str:
    """二〇二三年四月三日 (contracts written out in words)."""
    def small(n: int) -> str:
        tens, ones = divmod(n, 10)
        return (("" if tens == 1 else _HAN_DIGITS[tens]) + "十" if tens else "") + (_HAN_DIGITS[ones] if ones else "")
    return "".join(_HAN_DIGITS[int(ch)] for ch in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


def dot_date(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def wan_text(amount: Decimal) -> str:
    """244.1万元: the amount in 万元 with as many decimals as it needs (at least one)."""
    wan = (amount / Decimal(10000)).normalize()
    text = f"{wan:f}"
    return text if "." in text else text + ".00"


def _split_items(rng: random.Random, amount: Decimal, names: list[str]) -> list[tuple[str, Decimal]]:
    n = min(len(names), rng.randint(2, 4))
    cuts = sorted(rng.sample(range(5, 95), n - 1))
    shares = [b - a for a, b in zip([0] + cuts, cuts + [100])]
    prices = [(amount * s / 100).quantize(Decimal("100")) for s in shares[:-1]]
    prices.append(amount - sum(prices, Decimal(0)))
    return list(zip(names[:n], prices))


def contract_sales(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    """GF-style 购销合同: 供方 (the applicant) first, then 需方; 签订时间 in the header grid; the
    total only in the 合计 row of the items table."""
    c: ContractPlan = doc.payload["contract"]
    buyer, seller = c.contract_party_a, sub.applicant
    amt = doc.fields["amount_yuan"]
    w = FRAME_W
    st = Styles(st.font, base=min(st.cell.fontSize + 0.5, 10.0))
    head = [["供方", seller.name, "合同编号", c.no],
            ["需方", buyer.name, "签订地点", rng.choice(["天津市", "需方所在地", f"天津市{seller.district}"])],
            ["项目名称", c.name, "签订时间", cn_date(c.signed_on, rng.random() < 0.5)]]
    story = [P(rng.choice(["购销合同", "产品购销合同", "设备及软件购销合同"]), st.title), Spacer(1, 6),
             grid_table(head, [18 * mm, w / 2 + 12 * mm - 18 * mm, 20 * mm, w / 2 - 12 * mm - 20 * mm], st, pad=5),
             Spacer(1, 8), P("一、产品名称、规格型号、数量、金额", st.plain)]
    rows = [["序号", "产品名称", "规格型号", "单位", "数量", "金额（元）"]]
    items = _split_items(rng, amt, c.scope + ["现场实施、培训及一年运维服务"])
    for i, (name, price) in enumerate(items, 1):
        rows.append([str(i), name, rng.choice(["定制", "V3.0", "企业版", "按技术协议"]), "套", "1", f"{price:,.2f}"])
    rows.append([f"合计人民币（大写）：{upper(amt)}", "", "", "", "", money(amt, rng.choice(["¥", "￥"]))])
    last = len(rows) - 1
    story.append(grid_table(rows, [11 * mm, w - 11 * mm - 22 * mm - 11 * mm - 11 * mm - 32 * mm, 22 * mm, 11 * mm,
                                   11 * mm, 32 * mm], st, header=True, spans=[((0, last), (4, last))], pad=4))
    terms = [
        "二、质量标准：符合国家及行业现行标准，并满足双方签订的《技术协议》要求。",
        f"三、交（提）货时间及地点：合同生效后{rng.choice([30, 45, 60, 90])}日内分批交付至需方指定地点，供方负责安装调试。",
        "四、验收标准、方法及提出异议期限：按《技术协议》进行验收，需方应在安装调试完成后15日内提出书面异议。",
        "五、结算方式及期限：合同生效后预付30%，到货安装调试后付60%，验收合格后付清余款。",
        "六、违约责任：按《中华人民共和国民法典》有关规定执行。",
        "七、解决合同纠纷的方式：双方协商解决；协商不成的，向需方所在地人民法院起诉。",
        "八、本合同一式肆份，供需双方各执贰份，自双方签字盖章之日起生效。",
    ]
    story += [P(t, st.plain) for t in terms]
    if doc.payload.get("sig_on_own_page"):
        story.append(PageBreak())
        story.append(P("（本页为签署页）", st.center))
    half = w / 2
    sig = [["供方", "需方"],
           [f"单位名称（章）：{seller.name}", f"单位名称（章）：{buyer.name}"],
           [f"单位地址：{seller.address}", f"单位地址：{buyer.address}"],
           ["法定代表人：", "法定代表人："], ["委托代理人：", "委托代理人："],
           [f"电话：{seller.phone}", f"电话：{buyer.phone}"],
           [f"开户银行：{seller.bank_branch}", f"开户银行：{buyer.bank_branch}"],
           [f"账号：{seller.account}", f"账号：{buyer.account}"]]
    story += [Spacer(1, 12), KeepTogether([
        SealAnchor(sink, [(half * 0.45, 40, seller.name, "contract"), (half + half * 0.45, 40, buyer.name, "contract")]),
        grid_table(sig, [half, half], st, pad=4)])]
    return story


def contract_techdev(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    """技术开发合同 between 委托人 and 受托人; the signing date is stated only in prose, after a
    later delivery deadline."""
    c: ContractPlan = doc.payload["contract"]
    a, b = c.contract_party_a, sub.applicant
    amt = doc.fields["amount_yuan"]
    deadline = c.signed_on + timedelta(days=rng.randint(150, 300))
    place = rng.choice(["天津市", f"天津市{b.district}"])
    story = [P("技术开发合同", st.title), P(f"（{c.name}）", st.subtitle), Spacer(1, 6),
             P(f"合同编号：{c.no}", st.right), Spacer(1, 8)]
    for label, co in (("委托人", a), ("受托人", b)):
        story += [P(f"{label}：{co.name}", st.plain), P(f"统一社会信用代码：{co.uscc}", st.plain),
                  P(f"住所：{co.address}", st.plain), Spacer(1, 4)]
    story.append(P("本合同委托人委托受托人研究开发本项目，并支付研究开发经费和报酬，受托人接受委托并进行此项研究开发工作。"
                   "双方经过平等协商，在真实、充分地表达各自意愿的基础上，根据《中华人民共和国民法典》的规定，达成如下协议。",
                   st.body))
    items = "；".join(f"（{i + 1}）{s}" for i, s in enumerate(c.scope))
    clauses = [
        ("第一条 研究开发项目的技术目标和内容", f"受托人为委托人开发{c.name}，主要内容包括：{items}。"),
        ("第二条 研究开发计划",
         f"受托人应于{han_date(deadline) if rng.random() < 0.5 else cn_date(deadline)}前完成全部研究开发工作，"
         f"并向委托人交付源代码、技术文档及培训材料。"),
        ("第三条 研究开发经费、报酬及其支付方式",
         f"本项目合同价款为{upper(amt)}（{money(amt)}），含研究开发经费及报酬。委托人分三期支付：首期40%，"
         f"中期验证后支付40%，通过验收后支付20%。"),
        ("第四条 技术成果的归属与分享", "因履行本合同所产生的研究开发成果及其相关知识产权归委托人所有，受托人享有署名权。"),
        ("第五条 验收标准和方式", "研究开发成果按《技术协议》所列指标，由委托人组织专家进行验收，并出具书面验收证明。"),
        ("第六条 违约责任", "任何一方违反本合同约定，应按合同价款的10%向对方支付违约金。"),
        ("第七条 其他", f"本合同于{han_date(c.signed_on)}由委托人与受托人在{place}签订，自双方盖章之日起生效。"
                     f"本合同一式陆份，双方各执叁份。"),
    ]
    for head, text in clauses:
        story += [P(head, st.h), P(text, st.body)]
    if doc.payload.get("sig_on_own_page"):
        story.append(PageBreak())
        story.append(P("（本页无正文，为技术开发合同签署页）", st.center))
    half = FRAME_W / 2
    rows = [["委托人（盖章）：", "受托人（盖章）："], [a.name, b.name],
            ["法定代表人/委托代理人：", "法定代表人/委托代理人："], ["", ""],
            [f"联系人：{person(rng)}", f"联系人：{person(rng)}"]]
    story += [Spacer(1, 16), KeepTogether([
        SealAnchor(sink, [(half * 0.42, 40, a.name, "contract"), (half + half * 0.42, 40, b.name, "contract")]),
        plain_table(rows, [half, half], st)])]
    return story


def acceptance_checklist(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    """Ruled 竣工验收单 / 项目验收确认单: 开工日期 and 竣工日期 beside 验收日期, the result as a
    ticked checkbox, no amount."""
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    issuer = doc.payload["issuer"]
    passed = f["result"] == "passed"
    when = f["date"]
    done = when - timedelta(days=rng.randint(5, 30))
    start = min(c.signed_on + timedelta(days=rng.randint(3, 20)), done - timedelta(days=20))
    pad = rng.random() < 0.5
    w = FRAME_W
    st = Styles(st.font, base=min(st.cell.fontSize + 0.5, 10.0))
    rows: list[list[Any]] = [["项目名称", c.name, "", ""]]
    if f["contract_no"]:
        rows.append(["合同编号", f["contract_no"], "验收地点", rng.choice(["项目现场", "建设单位会议室", "天津市"])])
    rows += [["建设单位", issuer.name, "", ""],
             ["施工单位", sub.applicant.name, "", ""],
             ["开工日期", cn_date(start, pad), "竣工日期", cn_date(done, pad)],
             ["验收日期", cn_date(when, pad), "验收形式", rng.choice(["现场验收", "会议验收", "测试验收"])],
             ["验收内容", "、".join(c.scope) + "的功能、性能、文档及培训情况。", "", ""],
             ["验收意见", ("经现场测试及资料审查，系统各项指标满足合同及技术协议要求，同意验收。" if passed else
                       "经现场测试，系统部分功能未实现、关键指标未达到技术协议要求，不同意验收，限期整改后重新申请。"), "", ""],
             ["验收结果", "■合格　　□不合格" if passed else "□合格　　■不合格", "", ""]]
    spans = [((1, i), (3, i)) for i, r in enumerate(rows) if r[2] == ""]
    story = [P(rng.choice(["竣工验收单", "项目验收确认单", "项目竣工验收单"]), st.title), Spacer(1, 8),
             grid_table(rows, [22 * mm, w / 2 - 22 * mm, 22 * mm, w / 2 - 22 * mm], st, spans=spans, pad=7)]
    half = w / 2
    sig = [["建设单位（盖章）：", "施工单位（盖章）："], [issuer.name, sub.applicant.name],
           ["负责人（签字）：", "项目经理（签字）："]]
    story += [Spacer(1, 20), KeepTogether([
        SealAnchor(sink, [(half * 0.4, 24, issuer.name, "round"), (half + half * 0.4, 24, sub.applicant.name, "round")]),
        plain_table(sig, [half, half], st)])]
    return story


_DIGIT_UNITS = ("亿", "千", "百", "十", "万", "千", "百", "十", "元", "角", "分")


def _digit_cells(amount: Decimal) -> list[str]:
    """¥ and one digit a cell under 亿 千 百 十 万 千 百 十 元 角 分 (cells before the ¥ stay blank)."""
    digits = f"{int((amount * 100).quantize(Decimal(1)))}"
    cells = [""] * len(_DIGIT_UNITS)
    for k, ch in enumerate(reversed(digits)):
        cells[-1 - k] = ch
    first = len(_DIGIT_UNITS) - len(digits)
    if first > 0:
        cells[first - 1] = "¥"
    return cells


def payment_slip(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    """Bank 进账单（回单）: the date on a line of its own at the top, two column blocks
    全称/账号/开户银行 each with its role written vertically beside it, the amount in 大写 and
    in per-digit cells."""
    p: PaymentPlan = doc.payload["payment"]
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    bank = doc.payload["bank"]
    part = doc.payload["part"]
    amount = f["amount_yuan"]
    d = f["date"]
    longest = max(len(p.payer.name), len(p.payee.name), len(p.payer.bank_branch), len(p.payee.bank_branch))
    # the value column is as wide as a receipt's, so names stay on one line at a readable size
    st = Styles(st.font, base=min(9.5, 150 / longest + 0.5))
    purpose = (f"{c.no}合同{part}" if f["contract_no"] else rng.choice([f"技术服务费{part}", "货款", "项目款"]))
    vert = ParagraphStyle("v", parent=st.cellc, leading=st.cell.fontSize * 2.1)
    payer_role = Paragraph("出<br/>票<br/>人", vert)
    payee_role = Paragraph("收<br/>款<br/>人", vert)
    w = FRAME_W
    role_w, label_w = 6 * mm, 17 * mm
    val_w = w / 2 - role_w - label_w
    rows = [[payer_role, "全称", p.payer.name, payee_role, "全称", p.payee.name],
            ["", "账号", p.payer.account, "", "账号", p.payee.account],
            ["", "开户银行", p.payer.bank_branch, "", "开户银行", p.payee.bank_branch]]
    parties = grid_table(rows, [role_w, label_w, val_w, role_w, label_w, val_w], st,
                         spans=[((0, 0), (0, 2)), ((3, 0), (3, 2))], pad=5)
    cell_w = 6.2 * mm
    cells = _digit_cells(amount)
    digits = Table([list(_DIGIT_UNITS), cells], colWidths=[cell_w] * len(cells))
    digits.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("FONTNAME", (0, 0), (-1, -1), st.font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                                ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    money_row = grid_table([["金额", f"人民币（大写）{upper(amount).removeprefix('人民币')}", digits]],
                           [role_w + label_w, w - role_w - label_w - cell_w * len(cells) - 8, cell_w * len(cells) + 8], st,
                           pad=3)
    tail = grid_table([["票据种类", rng.choice(["转账支票", "电汇", "网银转账"]), "票据张数", "1"],
                       ["用途", purpose, "", ""],
                       ["复核：", "记账：", "收款人开户银行签章", ""]],
                      [role_w + label_w, w / 2 - role_w - label_w, 30 * mm, w / 2 - 30 * mm], st,
                      spans=[((1, 1), (3, 1))], pad=5)
    story = [P(f"{bank}进账单（回单）", st.subtitle), Spacer(1, 2),
             P(f"{d.year} 年 {d.month} 月 {d.day} 日", st.center), Spacer(1, 4),
             parties, money_row, tail,
             SealAnchor(sink, [(w * 0.78, 6, bank, "bank")]),
             P("此联是开户银行交给持票人的回单", st.small)]
    return story


def payment_payee_left(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    """A receipt with the payee block on the left (收款方 … 付款方) and slash or compact dates."""
    p: PaymentPlan = doc.payload["payment"]
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    bank = doc.payload["bank"]
    part = doc.payload["part"]
    amount = f["amount_yuan"]
    d = f["date"]
    longest = max(len(p.payer.name), len(p.payee.name), len(p.payer.bank_branch), len(p.payee.bank_branch))
    st = Styles(st.font, base=min(9.5, 150 / longest + 0.5))
    when = f"{d:%Y/%m/%d}" if rng.random() < 0.6 else f"{d:%Y%m%d}"
    printed = d + timedelta(days=rng.randint(1, 200))
    purpose = (f"{c.no}{part}" if f["contract_no"] else rng.choice([f"服务费{part}", "货款", "项目款"]))
    rows = [
        ["收款方", p.payee.name, "付款方", p.payer.name],
        ["收款账号", p.payee.account, "付款账号", p.payer.account],
        ["收款银行", p.payee.bank_branch, "付款银行", p.payer.bank_branch],
        ["交易日期", when, "交易流水", "".join(str(rng.randint(0, 9)) for _ in range(14))],
        ["交易金额", money(amount, rng.choice(["¥", "￥"])), "币种", "人民币元"],
        ["金额大写", upper(amount), "", ""],
        ["摘要", purpose, "", ""],
    ]
    w = FRAME_W
    table = grid_table(rows, [20 * mm, w / 2 - 20 * mm, 20 * mm, w / 2 - 20 * mm], st,
                       spans=[((1, 5), (3, 5)), ((1, 6), (3, 6))], pad=4)
    return [P(f"{bank} 客户回单（收款）", st.subtitle), Spacer(1, 4),
            P(f"打印时间：{printed:%Y/%m/%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", st.small), Spacer(1, 4),
            table, Spacer(1, 6), P("温馨提示：本回单不作为收款方发货依据，请勿重复记账。", st.small),
            SealAnchor(sink, [(w * 0.8, -10, bank, "bank")])]


PROCUREMENT_AGENCIES = ("天津市政府采购中心", "天津国际招标有限公司", "天津中诚招标代理有限公司")


def procurement_deal(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    """成交通知书: the amount only as X万元, a 项目编号 and no contract number, dated with dots."""
    c: ContractPlan = doc.payload["contract"]
    f = doc.fields
    cust = c.customer
    method = rng.choice(["竞争性磋商", "竞争性谈判", "询价"])
    story = [P("成交通知书", st.title), Spacer(1, 6),
             P(f"项目编号：{doc.payload['project_no']}", st.right), Spacer(1, 6),
             P(f"{sub.applicant.name}：", st.plain), Spacer(1, 4),
             P(f"“{c.name}”（采购人：{cust.name}）采用{method}方式进行采购，经磋商小组评审并经采购人确认，"
               f"贵公司为本项目成交供应商。", st.body),
             P(f"成交金额：{wan_text(f['amount_yuan'])}万元", st.body),
             P(f"服务期：{rng.choice([6, 8, 10, 12])}个月；履约地点：采购人指定地点。", st.body),
             P("请贵公司自本通知书发出之日起30日内，按照采购文件和响应文件的约定与采购人签订政府采购合同。", st.body),
             P("特此通知。", st.body)]
    agency = rng.choice(PROCUREMENT_AGENCIES)
    # with seals drawn as real ones vary, every other notice is sealed by the agency that ran
    # the procurement for the buyer (no draw of rng: other presets stay as they were)
    by_agency = bool(doc.payload.get("seal_truth")) and sum(map(ord, doc.payload["project_no"])) % 2 == 0
    block = [SealAnchor(sink, [(FRAME_W * 0.68, 22, agency if by_agency else cust.name, "round")]),
             P(f"采购人（盖章）：{cust.name}", st.right),
             P(f"采购代理机构：{agency}", st.right),
             P(dot_date(f["date"]), st.right)]
    return story + [Spacer(1, 24), KeepTogether(block)]


# ---- standard draft ------------------------------------------------------------------------

STANDARD_BODY = {
    "范围": "本文件规定了{topic}的总体要求、功能要求、接口要求、实施流程及测试方法。本文件适用于离散制造和流程制造企业{topic}的规划、建设与验收。",
    "规范性引用文件": "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。\nGB/T 20720.1 企业控制系统集成 第1部分：模型和术语\nGB/T 33008.1 工业自动化和控制系统网络安全 可编程序控制器（PLC） 第1部分：系统要求\nGB/T 38129 智能工厂 安全控制要求",
    "术语和定义": "下列术语和定义适用于本文件。\n3.1 边缘网关 edge gateway：部署在生产现场，实现设备协议转换、数据采集与预处理的装置。\n3.2 数据点位 data point：设备或系统中可被采集的最小数据单元。",
    "总体要求": "{topic}应遵循统一规划、分步实施、安全可控的原则，采用分层架构，包括设备层、边缘层、平台层和应用层，各层之间通过标准化接口进行数据交互。",
    "技术要求": "5.1 系统应支持OPC UA、Modbus TCP、MQTT等不少于5种工业协议。\n5.2 数据采集周期应可配置，最小采集周期不大于1 s。\n5.3 系统可用性应不低于99.5%，关键数据应具备断点续传能力。",
    "实施流程": "实施流程包括需求调研、方案设计、系统部署、联调测试、试运行和验收六个阶段，各阶段输出物应经用户确认。",
}


def standard_draft(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    s: StandardPlan = doc.payload["standard"]
    topic = s.name.split(" ")[0] if " " in s.name else s.name.rstrip("规范指南要求")
    stage = s.stage
    story = [P("ICS 25.040.40", st.plain), P("CCS N 10", st.plain), Spacer(1, 20),
             P(s.category, st.title), Spacer(1, 6), P(s.code, st.right), Spacer(1, 70),
             P(f"《{s.name}》", st.title), Spacer(1, 8), P(f"（{stage}）", st.subtitle), Spacer(1, 120),
             P(f"{doc.payload['draft_date'].year}-{doc.payload['draft_date'].month:02d}-XX 发布", st.plain),
             Spacer(1, 20), P(f"发布单位：{sub.applicant.name}", st.center), PageBreak(),
             P("前言", st.h),
             P(f"本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"
               f"本文件由{sub.applicant.name}提出并归口。本文件起草单位：{sub.applicant.name}。"
               f"本文件主要起草人：{doc.payload['drafters']}。", st.body)]
    for i, (head, body) in enumerate(STANDARD_BODY.items(), 1):
        story.append(P(f"{i} {head}", st.h))
        for line in body.format(topic=topic).split("\n"):
            story.append(P(line, st.body))
    return story


# ---- other ---------------------------------------------------------------------------------


def other_license(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    a = sub.applicant
    rows = [["名称", a.name], ["类型", "有限责任公司"], ["法定代表人", a.legal_rep],
            ["注册资本", f"{rng.choice([1000, 2000, 3000, 5000])}万元人民币"],
            ["成立日期", cn_date(date(rng.randint(2008, 2018), rng.randint(1, 12), rng.randint(1, 28)))],
            ["住所", a.address],
            ["经营范围", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；工业互联网数据服务；"
                     "智能控制系统集成；工业自动控制系统装置销售；软件开发。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"]]
    return [P("营业执照（副本）复印件", st.title), P(f"统一社会信用代码：{a.uscc}", st.center), Spacer(1, 10),
            grid_table(rows, [30 * mm, FRAME_W - 30 * mm], st, pad=7), Spacer(1, 20),
            P("本复印件与原件一致，仅用于2024年制造业高质量发展专项申报，再次复印无效。", st.center),
            SealAnchor(sink, [(FRAME_W * 0.5, 30, a.name, "round")])]


def other_brochure(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    a = sub.applicant
    product = rng.choice(["智造云MES制造执行系统", "设备智能运维平台", "能碳精益化管控平台", "智能仓储物流调度系统"])
    feats = ["多工厂、多车间统一建模，支持离散与流程混合生产", "设备即插即用，内置200余种工业协议驱动",
             "低代码报表与看板，业务人员可自主配置", "与ERP、PLM、WMS等系统标准化集成", "支持私有化与云端混合部署"]
    rng.shuffle(feats)
    story = [P(product, st.title), P("产品手册 · 2023版", st.subtitle), Spacer(1, 14),
             P("产品概述", st.h),
             P(f"{product}是{a.name}自主研发的面向制造企业的数字化产品，帮助企业实现生产过程透明化、"
               f"质量可追溯和设备高效运行。", st.body), P("核心功能", st.h)]
    story += [P(f"● {x}", st.plain) for x in feats[:4]]
    story += [P("典型成效", st.h), P(f"生产效率提升{rng.randint(10, 30)}%，在制品库存下降{rng.randint(10, 35)}%，"
                                   f"设备综合效率（OEE）提升{rng.randint(5, 15)}个百分点。", st.body),
              Spacer(1, 20), P(f"咨询热线：{a.phone}　地址：{a.address}", st.small)]
    return story


def other_meeting(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    a = sub.applicant
    when = doc.payload["when"]

    class PhotoBox(Flowable):
        def wrap(self, aw, ah):
            return FRAME_W, 120 * mm

        def draw(self):
            c = self.canv
            c.setFillColor(colors.Color(0.55, 0.6, 0.65))
            c.rect(0, 0, FRAME_W, 120 * mm, stroke=0, fill=1)
            c.setFillColor(colors.Color(0.35, 0.38, 0.42))
            for i in range(9):  # rows of seated heads
                c.circle(15 * mm + i * 17 * mm, 30 * mm + (i % 2) * 6 * mm, 6 * mm, stroke=0, fill=1)
            c.setFillColor(colors.Color(0.85, 0.2, 0.2))
            c.rect(20 * mm, 90 * mm, FRAME_W - 40 * mm, 15 * mm, stroke=0, fill=1)

    return [P("活动照片", st.h), PhotoBox(), Spacer(1, 8),
            P(f"图：{when.year}年{when.month}月{a.name}举办“智能制造技术交流沙龙”现场，"
              f"来自{rng.randint(12, 30)}家企业的代表参加。", st.center)]


RENDERERS: dict[str, Callable] = {
    "contract_prose": contract_prose,
    "contract_table": contract_table,
    "acceptance_form": acceptance_form,
    "acceptance_prose": acceptance_prose,
    "payment_receipt": payment_receipt,
    "payment_voucher": payment_voucher,
    "procurement_bid": procurement_bid,
    "procurement_order": procurement_order,
    "contract_sales": contract_sales,
    "contract_techdev": contract_techdev,
    "acceptance_checklist": acceptance_checklist,
    "payment_slip": payment_slip,
    "payment_payee_left": payment_payee_left,
    "procurement_deal": procurement_deal,
    "standard_draft": standard_draft,
    "other_license": other_license,
    "other_brochure": other_brochure,
    "other_meeting": other_meeting,
}


def render_document(doc: DocPlan, sub: SubmissionPlan, font: str, rng: random.Random,
                    last_page_jpeg: bytes | None = None) -> tuple[bytes, list[dict]]:
    """The document as a PDF (bytes) and the seal positions found while laying it out.

    With `last_page_jpeg`, everything after the story's last PageBreak is replaced by that
    image drawn over the whole page (a "mixed" PDF: text pages plus a scanned signature page).
    """
    from reportlab.lib.utils import ImageReader

    ensure_fonts()
    sink: list[dict] = []
    st = Styles(font, base=rng.choice([10.5, 10.5, 11.0, 10.0]))
    story = RENDERERS[doc.renderer](doc, sub, st, rng, sink)
    if last_page_jpeg is not None:
        cut = max(i for i, f in enumerate(story) if isinstance(f, PageBreak))
        story = story[:cut + 1] + [FullPageImage(ImageReader(io.BytesIO(last_page_jpeg)))]
    return render_pdf(story), sink
