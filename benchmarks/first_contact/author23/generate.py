"""Deterministic generator: python generate.py --out data --seed 23"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
from decimal import Decimal

from PIL import Image
import openpyxl
from openpyxl.styles import Alignment

import docs as G
import render as R
import rules
from names import TJ_DISTRICTS, OTHER, MIDS, TRADES, PEOPLE
from util import make_uscc, break_uscc, yuan, fmt_yuan, sha256, uscc_valid, comma
from build import Sub


def workbook(sub, path):
    rng = sub.rng
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"

    def title(ws, text, n):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
        ws.cell(1, 1, text).alignment = Alignment(horizontal="center")

    title(ws, "申报单位基本信息", 2)
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", sub.app["name"]), ("统一社会信用代码", sub.app["uscc"]), ("注册地址", sub.app["address"]),
                 ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "装备制造、汽车零部件、电子信息"), ("阶段", "考核")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员",
           "营业收入（万元）", "是否天津企业"]
    title(ws2, "考核周期服务用户清单（2024年1月1日—2024年12月31日）", len(hdr))
    ws2.append(hdr)
    biggest = max(sub.contracts, key=lambda c: c["rev"])
    text_amount_row = sub.contracts[len(sub.contracts) // 2]
    for i, c in enumerate(sub.contracts):
        textdate = i % 3 == 1
        sd = f"{c['sign'].year}年{c['sign'].month}月{c['sign'].day}日" if textdate else c["sign"]
        ad = f"{c['accept'].year}年{c['accept'].month}月{c['accept'].day}日" if textdate else c["accept"]
        amt = f"{c['amount_wan']:.2f}" if c is text_amount_row else float(c["amount_wan"])
        rev = f"{c['rev']:,}" if c is biggest else c["rev"]
        ws2.append([c["seq"], c["cust"]["name"], c["decl_uscc"], c["no"], c["name"], amt, sd, ad, "是" if c["decl_sme"] else "否",
                    c["emp"], rev, "是" if c["decl_tj"] else "否"])
        for col in (7, 8):
            cell = ws2.cell(ws2.max_row, col)
            if not isinstance(cell.value, str):
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    title(ws3, "标准草案", 4)
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for s in sub.standards:
        ws3.append([s["seq"], s["name"], s["kind"], "征求意见稿" if s["kind"] == "团体标准" else "草案"])
    ws4 = wb.create_sheet("本地配套供应商")
    title(ws4, "本地配套供应商", 7)
    ws4.append(["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"])
    for i, s in enumerate(sub.suppliers):
        d = s["date"]
        ws4.append([s["seq"], s["sup"]["name"], s["sup"]["uscc"], s["no"], s["scope"] + "合同", float(s["amount"] / 10000),
                    f"{d.year}年{d.month}月{d.day}日" if i % 2 else d])
        if not i % 2:
            ws4.cell(ws4.max_row, 7).number_format = "yyyy-mm-dd"
    ws5 = wb.create_sheet("经验交流会")
    title(ws5, "经验交流会", 5)
    ws5.append(["序号", "会议名称", "日期", "地点", "参会天津企业数量"])
    for i, m in enumerate(sub.meetings):
        d = m["date"]
        ws5.append([m["seq"], m["name"], f"{d.year}年{d.month}月{d.day}日" if i % 3 == 2 else d, m["place"], m["claimed"]])
        if i % 3 != 2:
            ws5.cell(ws5.max_row, 3).number_format = "yyyy-mm-dd"
    ws6 = wb.create_sheet("免费诊断")
    title(ws6, "免费诊断", 5)
    ws6.append(["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"])
    for i, g in enumerate(sub.diagnoses):
        d = g["date"]
        ws6.append([g["seq"], g["decl_cust"], g["cust"]["uscc"], f"{d.year}年{d.month}月{d.day}日" if i % 3 == 0 else d, g["title"]])
        if i % 3:
            ws6.cell(ws6.max_row, 4).number_format = "yyyy-mm-dd"
    wb.properties.created = dt.datetime(2025, 1, 10, 9, 0, 0)
    wb.properties.modified = dt.datetime(2025, 1, 10, 9, 0, 0)
    wb.properties.creator = "申报单位"
    wb.save(path)
    # fixed zip timestamps so the workbook bytes are reproducible too
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == "docProps/core.xml":
                import re
                b = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-10T09:00:00Z", b)
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


def truth(sub, traps, planted_gaps):
    t = {"submission": sub.name, "phase": "考核",
         "applicant": {"name": sub.app["name"], "uscc": sub.app["uscc"], "address": sub.app["address"]},
         "contracts": [{"seq": c["seq"], "contract_no": c["no"], "customer": c["cust"]["name"], "customer_uscc": c["decl_uscc"],
                        "amount_yuan": fmt_yuan(c["amount"]), "planted": c["planted"], "sign_date": c["sign"].isoformat(),
                        "accept_date": c["accept"].isoformat(), "declared_tianjin": c["decl_tj"], "declared_sme": c["decl_sme"],
                        "employees": c["emp"], "revenue_wan": c["rev"], "customer_address": c["cust"]["address"]}
                       for c in sub.contracts],
         "suppliers": [{"seq": s["seq"], "name": s["sup"]["name"], "uscc": s["sup"]["uscc"], "address": s["sup"]["address"],
                        "contract_no": s["no"], "amount_yuan": fmt_yuan(s["amount"]), "date": s["date"].isoformat(),
                        "subcontract_uploaded": s["upload"]} for s in sub.suppliers],
         "meetings": [{"seq": m["seq"], "name": m["name"], "date": m["date"].isoformat(), "place": m["place"],
                       "declared_tianjin_count": m["claimed"], "record_uploaded": m["record"],
                       "sheet": [{k: a[k] for k in ("name", "uscc", "address") if k in a} for a in m["att"]
                                 if m["record"] and m["genre"] != "notice"]} for m in sub.meetings],
         "diagnoses": [{"seq": g["seq"], "customer": g["decl_cust"], "uscc": g["cust"]["uscc"], "date": g["date"].isoformat(),
                        "report_title": g["title"], "report_uploaded": g["report"], "has_solution": g["solution"] if g["report"] else None}
                       for g in sub.diagnoses],
         "standards": [{"seq": s["seq"], "name": s["name"], "kind": s["kind"]} for s in sub.standards],
         "documents": sorted(sub.docs, key=lambda e: e["path"]),
         "traps": traps, "planted_gaps_summary": planted_gaps}
    t.update(rules.derive(t))
    for m in t["meetings"]:
        pass
    return t


# ------------------------------------------------------------------ the three submissions
import scenarios  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for i, (name, fn) in enumerate(scenarios.ALL):
        if a.only and name not in a.only:
            continue
        sub = Sub(name, a.seed * 1000 + i, a.out)
        traps, planted = fn(sub)
        workbook(sub, os.path.join(sub.sub, "申报信息.xlsx"))
        t = truth(sub, traps, planted)
        with open(os.path.join(sub.root, "ground_truth.json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1, default=str)
        imgs = sum(1 for d in t["documents"] if d["rendering"] in ("scan", "photo"))
        print(f"{name}: {len(t['documents'])} docs, {imgs} images, passed={t['assessment_passed']}, gaps={len(t['gaps'])}")


if __name__ == "__main__":
    main()
