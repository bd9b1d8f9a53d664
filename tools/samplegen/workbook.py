"""The declaration workbook 申报信息.xlsx, realistically messy but with exact header names."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from tools.samplegen.plan import SubmissionPlan

USER_HEADERS = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额（万元）", "签订日期",
                "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
STANDARD_HEADERS = ["序号", "标准名称", "标准类别", "阶段"]
APPLICANT_HEADERS = ["项目", "内容"]
# half-width-parenthesis variants an applicant's template may carry (one is used per workbook)
HEADER_VARIANTS = {"合同金额（万元）": "合同金额(万元)", "营业收入（万元）": "营业收入(万元)"}
FIXED_TIME = dt.datetime(2024, 3, 1, 9, 0, 0)


def wan(yuan: Decimal) -> Decimal:
    return (yuan / Decimal(10000)).normalize()


def _num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _title(ws, text: str, ncols: int) -> None:
    ws.cell(row=1, column=1, value=text).font = Font(bold=True, size=14)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)


def _header(ws, headers: list[str], row: int = 2) -> None:
    thin = Side(style="thin")
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", wrap_text=True)
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)


def build_workbook(plan: SubmissionPlan, rng: random.Random) -> bytes:
    wb = Workbook()
    wb.properties.creator = "申报单位"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME

    ws = wb.active
    ws.title = "申报单位"
    _title(ws, "申报单位基本信息", 2)
    _header(ws, APPLICANT_HEADERS)
    a = plan.applicant
    for r, (k, v) in enumerate([("单位名称", a.name), ("统一社会信用代码", a.uscc), ("注册地址", a.address),
                                ("申报方向", plan.direction), ("服务行业", plan.industry)], 3):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("服务用户清单")
    headers = list(USER_HEADERS)
    variant = rng.choice(sorted(HEADER_VARIANTS))
    headers[headers.index(variant)] = HEADER_VARIANTS[variant]
    _title(ws, "服务用户清单（支持周期2023年）", len(headers))
    _header(ws, headers)
    n = len(plan.contracts)
    text_date_rows = set(rng.sample(range(n), max(1, n // 3)))
    text_amount_row = rng.randrange(n)
    text_revenue_row = max(range(n), key=lambda i: plan.contracts[i].customer.revenue_wan)
    for i, c in enumerate(plan.contracts):
        r = i + 3
        cu = c.customer
        values: list = [c.seq, cu.name, cu.uscc, c.no, c.name]
        amount = wan(c.amount)
        values.append(f"{amount:,.2f}" if i == text_amount_row else _num(amount))
        for d in (c.signed_on, c.accepted_on):
            values.append(f"{d.year}年{d.month}月{d.day}日" if i in text_date_rows else dt.datetime(d.year, d.month, d.day))
        values.append("是" if c.declared_sme else "否")
        values.append(cu.employees)
        values.append(f"{cu.revenue_wan:,.0f}" if i == text_revenue_row else _num(cu.revenue_wan))
        values.append("是" if c.declared_tianjin else "否")
        for col, v in enumerate(values, 1):
            cell = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy-mm-dd"
    for col, w in zip("ABCDEFGHIJKL", (6, 34, 22, 18, 40, 14, 14, 14, 10, 10, 14, 10)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("标准草案")
    _title(ws, "标准草案清单（支持周期内形成）", 4)
    _header(ws, STANDARD_HEADERS)
    for i, s in enumerate(plan.standards):
        for col, v in enumerate([s.seq, s.name, s.category, s.stage], 1):
            ws.cell(row=i + 3, column=col, value=v)
    ws.column_dimensions["B"].width = 50

    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Fixed timestamps inside the xlsx so the same seed gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()
