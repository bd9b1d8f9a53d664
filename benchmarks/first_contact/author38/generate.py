"""Generate three support-cycle submissions (clean / gaps / tricky) with exact ground truth.

    python generate.py --out DIR --seed 38
"""
import argparse
import hashlib
import io
import json
import os
import random
import shutil
import zipfile
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment, Font

import docs as G
import render as R
import rules
from util import (make_uscc, uscc_valid, d_iso, d_cn, d_cn0, d_dot, d_hanzi, d_slash, date, add_days, wan_str,
                  yuan_str)

DATE_FMTS = [d_cn, d_cn0, d_dot, d_hanzi, d_iso]

# ------------------------------------------------------------------ invented organisations
CUSTOMERS = [
    # name, short, region, employees, revenue 万元, group (for system prints)
    ("天津赟泰精密机械有限公司", "赟泰精密", "120116", 320, 48600, "赟泰"),
    ("天津昀橦新材料科技有限公司", "昀橦新材", "120111", 185, 21300, "昀橦"),
    ("天津瑄禾汽车零部件有限公司", "瑄禾汽配", "120114", 640, 39800, "瑄禾"),
    ("天津堃鹏重工（集团）股份有限公司", "堃鹏重工", "120116", 2860, 214246, "堃鹏集团"),
    ("天津翀远电子科技有限公司", "翀远电子", "120113", 96, 8700, "翀远"),
    ("天津燊达食品工业有限公司", "燊达食品", "120115", 450, 52300, "燊达"),
    ("天津玥辉医药包装有限公司", "玥辉包装", "120112", 230, 15400, "玥辉"),
    ("天津北洋临港装备制造有限公司", "临港装备", "120116", 1350, 86500, "北洋装备集团"),
    ("天津海沣纺织印染有限公司", "海沣纺织", "120110", 510, 27600, "海沣"),
    ("天津津垣化工新材料股份有限公司", "津垣化工", "120116", 1120, 61800, "津垣"),
    ("天津锦熙电器有限公司", "锦熙电器", "120104", 380, 33200, "锦熙"),
    ("天津宸宇航空部件有限公司", "宸宇航空", "120116", 270, 19600, "宸宇"),
    ("廊坊市恒嘉包装材料有限公司", "恒嘉包装", "131000", 160, 9800, "恒嘉"),
    ("天津祐德五金制品有限公司", "祐德五金", "120114", 140, 6300, "祐德"),
    ("天津晟翊汽车内饰件有限公司", "晟翊内饰", "120115", 880, 45200, "晟翊"),
    ("沧州市渤舟管业有限公司", "渤舟管业", "130900", 300, 22000, "渤舟"),
]
BANKS = [("中国工商银行", "中国工商银行股份有限公司天津{}支行"), ("中国建设银行", "中国建设银行股份有限公司天津{}支行"),
         ("中国银行", "中国银行股份有限公司天津{}支行"), ("交通银行", "交通银行股份有限公司天津{}支行"),
         ("天津银行", "天津银行股份有限公司{}支行"), ("渤海银行", "渤海银行股份有限公司天津{}支行"),
         ("招商银行", "招商银行股份有限公司天津{}支行"), ("中国农业银行", "中国农业银行股份有限公司天津{}支行")]
BRANCH = ["滨海新区", "西青", "开发区", "空港", "北辰", "武清", "河西", "南开", "东丽", "津南"]
PROJECTS = [
    ("数字化车间MES系统建设项目", "MES系统部署、设备联网及生产看板"),
    ("智能仓储物流系统集成项目", "立体库、AGV调度及WMS系统集成"),
    ("设备联网与数据采集平台项目", "数控设备联网、PLC数据采集及边缘网关部署"),
    ("能源管控中心建设项目", "水电气计量点改造及能源管理平台"),
    ("产品质量追溯系统项目", "一物一码赋码、质量数据采集与追溯平台"),
    ("焊装车间智能化改造项目", "焊接机器人工作站及焊接参数监控系统"),
    ("工业互联网平台应用项目", "平台订阅、设备健康管理及APP开发"),
    ("视觉检测系统集成项目", "AI视觉检测工位及缺陷数据平台"),
    ("智能工厂总体规划与实施项目", "工厂数字化规划、MES/WMS实施及网络改造"),
    ("生产线数字孪生系统项目", "产线三维建模、实时数据驱动及仿真优化"),
    ("注塑车间设备物联网项目", "注塑机联网、工艺参数采集及OEE分析"),
    ("涂装线智能控制系统改造项目", "涂装线PLC升级、配方管理及能耗监控"),
    ("APS高级排程系统项目", "APS排程引擎部署及与ERP/MES集成"),
    ("包装线自动化升级项目", "包装机器人、码垛单元及线体控制系统"),
]
STANDARD_POOL = [
    ("离散制造车间设备联网数据采集接口规范", "行业标准", "征求意见稿", "jbt", "Specification for data acquisition interface of equipment networking in discrete manufacturing workshop"),
    ("智能制造系统解决方案服务流程规范", "团体标准", "送审稿", "tstd", ""),
    ("数字化车间制造执行系统与企业资源计划系统集成要求", "行业标准", "征求意见稿", "jbt", "Integration requirements between MES and ERP for digital workshops"),
    ("工业互联网平台设备健康管理应用指南", "团体标准", "送审稿", "tstd", ""),
    ("机械加工生产线能耗监测系统技术要求", "行业标准", "征求意见稿", "jbt", "Technical requirements for energy consumption monitoring systems of machining lines"),
]
NAMES_OTHER_PAYER = "天津堃鹏控股集团有限公司"


class Ctx:
    def __init__(self, out, name, rng):
        self.root = os.path.join(out, name)
        self.sub = os.path.join(self.root, "submission")
        if os.path.exists(self.root):
            shutil.rmtree(self.root)
        os.makedirs(self.sub)
        self.rng = rng
        self.docs = []
        self.used = set()
        self.counter = rng.randint(3, 40)

    # ------------------------------------------------------------ names
    def fname(self, ext, rendering):
        r = self.rng
        while True:
            self.counter += r.randint(1, 4)
            n = self.counter
            folder = r.choice(["", "", "", "附件/", "补充材料/", "扫描/"])
            if ext == "pdf":
                base = r.choice([f"扫描件{n:03d}", f"新建文档 ({n % 9 + 1})", f"附件{n}", f"CamScanner 2023-{r.randint(1,12):02d}-{r.randint(1,28):02d} {r.randint(8,20):02d}.{r.randint(10,59)}",
                                 f"doc{r.randint(100000, 999999)}", f"未命名{n}", f"scan{n:04d}", f"材料{n}-{r.randint(1,3)}"]) \
                    if rendering != "text" else r.choice([f"附件{n}", f"新建文档 ({n % 9 + 1})", f"{n}", f"材料{n}", f"文档{r.randint(1000,9999)}",
                                                          f"扫描件{n:03d}", f"下载 ({n % 7 + 1})"])
            elif ext == "jpg":
                base = r.choice([f"IMG_2023{r.randint(1,12):02d}{r.randint(1,28):02d}_{r.randint(80000,195959):06d}",
                                 f"微信图片_2023{r.randint(1,12):02d}{r.randint(1,28):02d}{r.randint(100000,235959)}",
                                 f"mmexport{r.randrange(10**12, 10**13)}"])
            elif ext == "png":
                base = r.choice([f"图片{n}", f"Screenshot_2023-{r.randint(1,12):02d}-{r.randint(1,28):02d}-{r.randint(10,23)}-{r.randint(10,59)}-{r.randint(10,59)}", f"截图{n}"])
            else:
                base = r.choice([f"scan{n:04d}", f"扫描{n:03d}", f"IMG{n:04d}"])
            p = f"{folder}{base}.{ext}"
            if p not in self.used:
                self.used.add(p)
                return p

    def write(self, rel, data):
        full = os.path.join(self.sub, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
        return hashlib.sha256(data).hexdigest()

    # ------------------------------------------------------------ emit a document
    def emit(self, genre, spec, rendering, contract_no, note, ext=None, font=None):
        fn, doc_type = G.GENRES[genre][0], G.GENRES[genre][1]
        rng = self.rng
        page = R.Page(random.Random(rng.randrange(1 << 30)), font=font or ("WQY" if rng.random() < 0.8 or rendering != "text" else "STSong-Light"))
        spec = dict(spec)
        spec.setdefault("date_fmt", rng.choice(DATE_FMTS))
        fields = fn(page, spec)
        pdf = page.finish()
        if rendering == "text":
            ext, data = "pdf", pdf
        else:
            imgs = R.pdf_to_images(pdf, scale=2.0 if rendering == "scan" else 1.8)
            irng = random.Random(rng.randrange(1 << 30))
            if rendering == "scan":
                imgs = [R.degrade_scan(im, irng, gray=irng.random() < 0.2) for im in imgs]
                ext = ext or rng.choice(["pdf", "pdf", "pdf", "tif", "png", "jpg"])
            else:
                imgs = [R.degrade_photo(im, irng) for im in imgs]
                ext = ext or rng.choice(["jpg", "jpg", "jpg", "png"])
            if len(imgs) > 1 and ext in ("jpg", "png"):
                ext = "pdf"
            if ext == "pdf":
                data = R.images_to_pdf(imgs, quality=irng.randint(60, 80))
            elif ext == "tif" and len(imgs) > 1:
                b = io.BytesIO()
                imgs[0].save(b, "TIFF", compression="tiff_lzw", save_all=True, append_images=imgs[1:])
                data = b.getvalue()
            else:
                data = R.encode_image(imgs[0], ext, irng)
        rel = self.fname(ext, rendering)
        sha = self.write(rel, data)
        if doc_type == "other":
            fields = G.F()
            contract_no = None
        entry = {"path": rel, "doc_type": doc_type, "rendering": rendering, "contract_no": contract_no,
                 "sha256": sha, "genre": genre, "note": note, "fields": fields}
        self.docs.append(entry)
        return entry

    def duplicate(self, entry, note):
        src = os.path.join(self.sub, entry["path"])
        ext = entry["path"].rsplit(".", 1)[1]
        rel = self.fname(ext, entry["rendering"])
        with open(src, "rb") as f:
            data = f.read()
        sha = self.write(rel, data)
        e = dict(entry)
        e.update(path=rel, sha256=sha, note=note, fields=dict(entry["fields"]))
        self.docs.append(e)
        return e

    def corrupt(self, genre, spec, note):
        page = R.Page(random.Random(self.rng.randrange(1 << 30)))
        spec = dict(spec)
        spec.setdefault("date_fmt", d_cn)
        G.GENRES[genre][0](page, spec)
        pdf = page.finish()
        data = pdf[: len(pdf) // 3] + bytes(self.rng.randrange(256) for _ in range(512))
        data = b"\x00\x00" + data[2:]          # the header is gone too: an interrupted upload
        rel = self.fname("pdf", "scan")
        sha = self.write(rel, data)
        e = {"path": rel, "doc_type": "other", "rendering": "corrupt", "contract_no": None, "sha256": sha,
             "genre": "corrupt_upload", "note": note, "fields": G.F()}
        self.docs.append(e)
        return e


TEXT_BIAS = [0.0]
STATS = [0, 0]


def pick_rendering(rng, genre, force=None):
    """Genre-weighted choice, steered so that each submission ends near 40 % scans and photos."""
    heavy = {"wire_voucher": 0.2, "bank_acceptance_bill": 0.15, "remit_application": 0.4,
             "accept_controlled_form": 0.4, "bank_statement": 0.6}
    if force:
        r = force
    else:
        t = heavy.get(genre, 0.62)
        n, nt = STATS
        ratio = nt / n if n else 0.4
        t = min(0.95, max(0.05, t + 2.0 * (ratio - 0.4)))
        x = rng.random()
        r = "text" if x < t else ("scan" if rng.random() < 0.68 else "photo")
    STATS[0] += 1
    STATS[1] += r != "text"
    return r


# ------------------------------------------------------------------ per-contract documents
def org(rng, i, tianjin_region_override=None, valid=True):
    name, short, region, emp, rev, group = CUSTOMERS[i]
    region = tianjin_region_override or region
    bank, branch = rng.choice(BANKS)
    return {"name": name, "short": short, "uscc": make_uscc(rng, region, valid), "region": region,
            "addr": ("天津市" if region.startswith("12") else ("河北省廊坊市" if region == "131000" else "河北省沧州市")) +
                    rng.choice(["经济技术开发区第", "工业园区", "高新区海泰发展", "临港经济区渤海"]) + f"{rng.randint(1, 40)}大街{rng.randint(1, 300)}号",
            "emp": emp, "rev": rev, "group": group, "bank": bank,
            "bank_branch": branch.format(rng.choice(BRANCH)), "acct": "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([16, 19, 20])))}


class Sub:
    def __init__(self, ctx, applicant):
        self.ctx = ctx
        self.app = applicant
        self.contracts = []        # declared rows (+ internal keys)
        self.standards = []

    def base(self, c):
        a, cu = self.app, c["cust"]
        return {"no": c["no"], "project": c["project"], "scope": c["scope"], "amount": c["amount"],
                "cust": cu["name"], "cust_short": cu["short"], "cust_uscc": cu["uscc"], "cust_addr": cu["addr"],
                "app": a["name"], "app_short": a["short"], "app_uscc": a["uscc"], "app_addr": a["address"],
                "date": c["sign"], "deliver": add_days(c["sign"], 120), "adate": c["accept"], "start": add_days(c["sign"], 10),
                "group": cu["group"] + "集团" if "集团" not in cu["group"] else cu["group"], "proc_method": c.get("proc_method", "询比采购"),
                "platform": "津智云", "agent": "天津津诚招标代理有限公司", "svc_start": add_days(c["sign"], 7), "result": "passed"}

    def pay_spec(self, c, amount, d, **kw):
        cu, a = c["cust"], self.app
        s = self.base(c)
        purpose = kw.pop("purpose", None)
        cite = kw.pop("cite_no", None)
        if cite is None:
            cite = self.ctx.rng.random() < 0.4
        if purpose is None:
            purpose = (f"支付{c['no']}合同款" if cite else self.ctx.rng.choice(["合同款", "技术服务费", "设备款", "货款", "项目进度款"]))
        s.update(amount=amount, date=d, payer=cu["name"], payee=a["name"], payer_acct=cu["acct"], payee_acct=a["acct"],
                 payer_bank=cu["bank_branch"], payee_bank=a["bank_branch"], bank=cu["bank"], bank_branch=cu["bank_branch"],
                 purpose=purpose, cite_no=cite, payee_city="天津",
                 app_bank=a["bank"], app_branch=a["bank_branch"])
        s.update(kw)
        return s

    def add_contract(self, cust, no, amount_wan, sign, accept, project_idx, sme_declared=None, tianjin_declared=None,
                     planted=None):
        amount = (Decimal(str(amount_wan)) * 10000).quantize(Decimal("0.01"))
        proj, scope = PROJECTS[project_idx]
        c = {"seq": len(self.contracts) + 1, "no": no, "cust": cust, "amount": amount, "sign": sign, "accept": accept,
             "project": cust["short"] + proj, "scope": scope,
             "sme_declared": rules.is_sme(cust["emp"], cust["rev"]) if sme_declared is None else sme_declared,
             "tianjin_declared": cust["region"].startswith("12") if tianjin_declared is None else tianjin_declared,
             "planted": planted or []}
        self.contracts.append(c)
        return c

    def doc(self, genre, c, note, rendering=None, ext=None, **over):
        rng = self.ctx.rng
        s = self.base(c) if c is not None else {}
        if G.GENRES[genre][1] == "payment_proof" and "payer" not in over:
            s = self.pay_spec(c, over.pop("amount", c["amount"]), over.pop("date", None) or add_days(c["accept"], 10),
                              cite_no=over.pop("cite_no", None), purpose=over.pop("purpose", None))
        if G.GENRES[genre][1] == "procurement_proof":
            s.update(date=add_days(c["sign"], -rng.randint(8, 30)), pno=f"{c['cust']['short'][:2]}CG-2023-{rng.randint(10, 400):03d}",
                     agent="天津津诚招标代理有限公司")
        s.update(over)
        rendering = pick_rendering(rng, genre, rendering)
        if rendering == "text":
            s["hand_tick"] = False
        return self.ctx.emit(genre, s, rendering, c["no"] if c else None, note, ext=ext)

    def std(self, name, cat, stage, kind, en, upload=True, note=""):
        rng = self.ctx.rng
        self.standards.append({"seq": len(self.standards) + 1, "name": name, "category": cat, "stage": stage})
        if not upload:
            return None
        s = {"title": name, "en": en, "app": self.app["name"], "date": date(2023, rng.randint(3, 11), rng.randint(1, 28)),
             "tc": rng.choice(["工业过程测量控制和自动化", "自动化系统与集成"]), "co": ["天津市智能装备应用研究院", "天津市智造工艺技术研究所"],
             "people": ["刘振宇", "王赟", "陈昀", "张瑄"], "scope": name.replace("规范", "").replace("要求", "")[:18],
             "assoc": "天津市智能制造与工业互联网促进会", "assoc_code": "TJIMA", "num": f"{rng.randint(1, 30):03d}"}
        genre = "jbt_draft" if kind == "jbt" else "tstd_draft"
        return self.ctx.emit(genre, s, pick_rendering(rng, genre, "text" if rng.random() < 0.75 else "scan"), None,
                             note or "标准草案", ext="pdf")

    # ------------------------------------------------------------ standard set for one contract
    def standard_set(self, c, contract_genre, acc_genre, pays, proc_genre, notes=("", "", "", "")):
        rng = self.ctx.rng
        self.doc(contract_genre, c, notes[0] or "合同")
        if acc_genre:
            self.doc(acc_genre, c, notes[1] or "验收证明", hand_tick=rng.random() < 0.5)
        for (pg, amt, d, kw) in pays:
            self.doc(pg, c, notes[2] or "付款证明", amount=amt, date=d, **kw)
        if proc_genre:
            self.doc(proc_genre, c, notes[3] or "采购证明", wan=rng.random() < 0.3)


def split_amount(rng, amount, fracs):
    out, rest = [], amount
    for f in fracs[:-1]:
        v = (amount * Decimal(str(f))).quantize(Decimal("0.01"))
        out.append(v)
        rest -= v
    out.append(rest)
    return out


PAY_GENRES = ["ebank_receipt", "wire_voucher", "bank_statement", "remit_application", "bank_acceptance_bill"]
ACC_GENRES = ["accept_letter", "accept_minutes", "accept_controlled_form", "accept_report"]
CON_GENRES = ["saas_subscription", "epc_agreement", "cms_print", "plain_contract"]
PROC_GENRES = ["rfq_result", "bixuan_confirm", "bid_notice"]


# ------------------------------------------------------------------ workbook
def write_workbook(path, app, contracts, standards, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.merge_cells("A1:B1")
    ws["A1"] = "一、申报单位基本信息"
    ws["A1"].font = Font(bold=True)
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", app["name"]), ("统一社会信用代码", app["uscc"]), ("注册地址", app["address"]),
                 ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "汽车及零部件、装备制造、新材料")]:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60
    ws2 = wb.create_sheet("服务用户清单")
    heads = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额（万元）", "签订日期", "验收日期", "是否中小企业",
             "从业人员", "营业收入（万元）", "是否天津企业"]
    heads[5] = "合同金额(万元)"           # half-width parentheses in one header
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
    ws2["A1"] = "二、支持周期内服务用户清单（2023年1月1日—2023年12月31日）"
    ws2["A1"].alignment = Alignment(horizontal="center")
    ws2.append(heads)
    text_dates = set(rng.sample(range(len(contracts)), max(1, len(contracts) // 3)))
    text_amount = rng.randrange(len(contracts))
    largest = max(range(len(contracts)), key=lambda i: contracts[i]["cust"]["rev"])
    for i, c in enumerate(contracts):
        amt_wan = Decimal(c["amount"]) / 10000
        amt_cell = f"{amt_wan:.2f}" if i == text_amount else float(amt_wan)
        if i in text_dates:
            sd, ad = d_cn(c["sign"]), d_cn(c["accept"])
        else:
            sd, ad = c["sign"], c["accept"]
        rev = c["cust"]["rev"]
        rev_cell = f"{rev:,}" if i == largest else rev
        ws2.append([c["seq"], c["cust"]["name"], c["cust"]["uscc"], c["no"], c["project"] + "合同", amt_cell, sd, ad,
                    "是" if c["sme_declared"] else "否", c["cust"]["emp"], rev_cell, "是" if c["tianjin_declared"] else "否"])
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1")
    ws3["A1"] = "三、标准草案"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for s in standards:
        ws3.append([s["seq"], s["name"], s["category"], s["stage"]])
    import datetime as _dt
    fixed = _dt.datetime(2024, 3, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "申报单位"
    b = io.BytesIO()
    wb.save(b)
    # normalise zip timestamps so that the same seed gives the same bytes
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-03-01T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def declared_rows(sub):
    return [{"seq": c["seq"], "contract_no": c["no"], "customer": c["cust"]["name"], "customer_uscc": c["cust"]["uscc"],
             "amount_yuan": yuan_str(c["amount"]), "sign_date": d_iso(c["sign"]), "accept_date": d_iso(c["accept"]),
             "sme_declared": c["sme_declared"], "employees": c["cust"]["emp"], "revenue_wan": c["cust"]["rev"],
             "tianjin_declared": c["tianjin_declared"]} for c in sub.contracts]


def finish(sub, name):
    ctx = sub.ctx
    write_workbook(os.path.join(ctx.sub, "申报信息.xlsx"), sub.app, sub.contracts, sub.standards, ctx.rng)
    decl = declared_rows(sub)
    d = rules.derive(sub.app, decl, sub.standards, ctx.docs)
    documents = []
    for e in sorted(ctx.docs, key=lambda e: e["path"]):
        documents.append({"path": e["path"], "doc_type": e["doc_type"], "rendering": e["rendering"],
                          "contract_no": e["contract_no"], "sha256": e["sha256"],
                          "note": f"[{e['genre']}] {e['note']}", "fields": e["fields"]})
    truth = {
        "applicant": {"name": sub.app["name"], "uscc": sub.app["uscc"], "address": sub.app["address"]},
        "award_tier_wan": d["award_tier_wan"],
        "accepted_total_yuan": d["accepted_total_yuan"],
        "requirements": d["requirements"],
        "gaps": d["gaps"],
        "verified_contracts": d["verified_contracts"],
        "verified_customer_count": d["verified_customer_count"],
        "verified_sme_customer_count": d["verified_sme_customer_count"],
        "standards_with_document": d["standards_with_document"],
        "contracts": [{"seq": r["seq"], "contract_no": r["contract_no"], "customer": r["customer"],
                       "customer_uscc": r["customer_uscc"], "amount_yuan": r["amount_yuan"], "planted": c["planted"]}
                      for r, c in zip(decl, sub.contracts)],
        "standards": [{"seq": s["seq"], "name": s["name"], "category": s["category"], "stage": s["stage"],
                       "has_document": d["has_document"][s["name"]]} for s in sub.standards],
        "documents": documents,
    }
    with open(os.path.join(ctx.root, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return truth


def make_applicant(rng, region="120116", address=None):
    bank, branch = rng.choice(BANKS)
    return {"name": "天津智衡工业互联科技有限公司", "short": "智衡科技", "uscc": make_uscc(rng, region),
            "address": address or "天津市滨海新区经济技术开发区第三大街51号智衡大厦8层",
            "bank": bank, "bank_branch": branch.format("开发区"), "acct": "".join(str(rng.randint(0, 9)) for _ in range(19))}


# ================================================================== the three submissions
def build_clean(out, rng):
    ctx = Ctx(out, "a38_support_clean", rng)
    app = make_applicant(rng)
    sub = Sub(ctx, app)
    idx = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 1]
    amounts = [612.5, 388.0, 956.8, 1780.0, 265.3, 734.6, 318.9, 1125.0, 547.2, 842.7, 186.4, 97.6]
    months = [2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 7, 8]
    for k, (i, a, m) in enumerate(zip(idx, amounts, months)):
        cu = org(rng, i)
        sign = date(2022 if k < 2 else 2023, (m + 8) % 12 + 1 if k < 2 else m - 1 or 1, rng.randint(3, 26))
        acc = date(2023, m + 2, rng.randint(2, 27))
        c = sub.add_contract(cu, f"ZH-{sign.year}-{rng.choice(['SI', 'IT', 'GC'])}{rng.randint(10, 99)}{k + 1:02d}", a, sign, acc, k)
        cg = CON_GENRES[k % 4]
        ag = ACC_GENRES[(k + 1) % 4]
        pg = PROC_GENRES[k % 3]
        npay = [1, 2, 1, 3, 1, 2, 1, 2, 1, 1, 1, 1][k]
        fr = {1: [1], 2: [0.3, 0.7], 3: [0.3, 0.6, 0.1]}[npay]
        parts = split_amount(rng, c["amount"], fr)
        pays = []
        for j, v in enumerate(parts):
            d = add_days(c["sign"], 15) if j == 0 and npay > 1 else add_days(c["accept"], 12 + 30 * j)
            if d.year > 2023:
                d = date(2023, 12, rng.randint(5, 28))
            pays.append((PAY_GENRES[(k + j) % 5], v, d, {}))
        sub.standard_set(c, cg, ag, pays, pg, ("合同正本", "客户出具的验收证明", "客户付款证明" + ("（分期）" if npay > 1 else ""), "采购结果文件"))
    for s in STANDARD_POOL[:4]:
        sub.std(*s[:5])
    # look-alikes
    c = sub.contracts[3]
    sub.doc("advance_guarantee", c, "look-alike：预付款保函，不是付款证明", cdate=c["sign"], bank_branch=app["bank_branch"])
    sub.doc("acceptance_plan", sub.contracts[6], "look-alike：验收方案（结论空白），该合同另有真实验收文件", date=add_days(sub.contracts[6]["accept"], -50))
    sub.doc("candidate_publicity", sub.contracts[2], "look-alike：中标候选人公示，该合同另有采购结果", date=add_days(sub.contracts[2]["sign"], -20),
            pno="JHZB-2023-" + str(rng.randint(100, 999)))
    return finish(sub, "a38_support_clean")


def build_gaps(out, rng):
    ctx = Ctx(out, "a38_support_gaps", rng)
    # registered in 廊坊 (code region 131000) before moving to Tianjin: the code keeps its region
    app = make_applicant(rng, region="131000", address="天津市武清区京滨工业园京滨睿城9号楼")
    sub = Sub(ctx, app)
    plan = [  # customer idx, 万元, planted
        (0, 286.4, ["missing_acceptance_report"]),
        (1, 198.0, ["missing_payment_proof"]),
        (2, 342.5, ["missing_procurement_proof"]),
        (4, 156.8, ["amount_mismatch"]),
        (5, 410.0, ["date_out_of_period"]),
        (6, 227.3, ["acceptance_not_passed"]),
        (8, 305.6, ["party_mismatch"]),
        (9, 268.0, ["duplicate_evidence"]),
        (10, 133.9, ["invalid_uscc"]),
        (12, 175.2, ["not_tianjin"]),
        (13, 96.5, ["sme_misclassified"]),
        (14, 244.1, []),
        (15, 118.7, ["missing_acceptance_report", "date_out_of_period"]),
    ]
    for k, (i, a, planted) in enumerate(plan):
        cu = org(rng, i, valid=("invalid_uscc" not in planted))
        sign = date(2023, 1 + k % 9, rng.randint(3, 26))
        acc = min(add_days(sign, rng.randint(60, 110)), date(2023, 12, 15))
        if planted == ["date_out_of_period"]:
            acc = date(2024, 2, 6)
        if "missing_acceptance_report" in planted and "date_out_of_period" in planted:
            sign, acc = date(2022, 6, 14), date(2022, 12, 20)
        c = sub.add_contract(cu, f"ZHKJ{sign.year}{k + 1:03d}", a, sign, acc, k % len(PROJECTS),
                             sme_declared=(False if "sme_misclassified" in planted else None),
                             tianjin_declared=(True if "not_tianjin" in planted else None), planted=planted)
        cg, ag, pg = CON_GENRES[k % 4], ACC_GENRES[k % 4], PROC_GENRES[k % 3]
        pay_d = min(add_days(acc, 15), date(2023, 12, 20))
        if planted == ["missing_acceptance_report", "date_out_of_period"]:
            sub.doc(cg, c, "2022年签订的合同；无验收证明，申报验收日期2022-12-20在周期外")
            parts = split_amount(rng, c["amount"], [0.5, 0.5])
            sub.doc("ebank_receipt", c, "付款一", amount=parts[0], date=date(2022, 7, 2))
            sub.doc("remit_application", c, "付款二", amount=parts[1], date=date(2023, 1, 12))
            sub.doc(pg, c, "采购证明")
        elif "missing_acceptance_report" in planted:
            sub.doc(cg, c, "合同")
            sub.doc("acceptance_plan", c, "look-alike：只有验收方案，缺验收证明", date=add_days(sign, 20))
            sub.doc(PAY_GENRES[k % 5], c, "付款证明", date=pay_d)
            sub.doc(pg, c, "采购证明")
        elif "missing_payment_proof" in planted:
            sub.doc(cg, c, "合同")
            sub.doc(ag, c, "验收证明")
            sub.doc("advance_guarantee", c, "look-alike：预付款保函，不是付款", cdate=sign, bank_branch=app["bank_branch"])
            ctx.corrupt("ebank_receipt", sub.pay_spec(c, c["amount"], pay_d), "损坏的上传文件（本应是付款回单），无法打开")
            sub.doc(pg, c, "采购证明")
        elif "missing_procurement_proof" in planted:
            sub.doc(cg, c, "合同")
            sub.doc(ag, c, "验收证明")
            sub.doc(PAY_GENRES[k % 5], c, "付款证明", date=pay_d)
            sub.doc("candidate_publicity", c, "look-alike：只有中标候选人公示，缺中标/成交通知", date=add_days(sign, -25), pno="TJZB-2023-0" + str(rng.randint(100, 999)))
        elif "amount_mismatch" in planted:
            sub.doc(cg, c, "合同金额与申报金额不符（申报156.8万元，合同142.6万元）", amount=Decimal("1426000.00"))
            sub.doc(ag, c, "验收证明")
            sub.doc(PAY_GENRES[k % 5], c, "付款金额同合同（142.6万元）", amount=Decimal("1426000.00"), date=pay_d)
            sub.doc(pg, c, "采购证明", amount=Decimal("1426000.00"))
        elif "date_out_of_period" in planted:
            sub.doc(cg, c, "合同")
            sub.doc("accept_minutes", c, "验收会于2024年2月召开，超出支持周期", date_fmt=d_cn)
            sub.doc(PAY_GENRES[k % 5], c, "付款证明（2023年付款）", date=date(2023, 11, 8))
            sub.doc(pg, c, "采购证明")
        elif "acceptance_not_passed" in planted:
            sub.doc(cg, c, "合同")
            sub.doc("accept_letter", c, "验收结果通知函：不予通过", result="failed")
            sub.doc(PAY_GENRES[k % 5], c, "付款证明", date=pay_d)
            sub.doc(pg, c, "采购证明")
        elif "party_mismatch" in planted:
            sub.doc(cg, c, "合同")
            sub.doc(ag, c, "验收证明")
            s = sub.pay_spec(c, c["amount"], pay_d)
            s["payer"] = "天津海沣实业投资有限公司"
            ctx.emit("wire_voucher", s, "scan", c["no"], "付款人为客户的股东公司，不是申报客户", ext="tif")
            sub.doc(pg, c, "采购证明")
        elif "duplicate_evidence" in planted:
            sub.doc(cg, c, "合同")
            e = sub.doc(ag, c, "验收证明")
            sub.doc(PAY_GENRES[k % 5], c, "付款证明", date=pay_d, rendering="text")
            sub.doc(pg, c, "采购证明")
            ctx.duplicate(e, "同一验收文件重复上传（字节相同）")
        else:
            npay = 2 if k == 11 else 1
            parts = split_amount(rng, c["amount"], [0.5, 0.5] if npay == 2 else [1])
            pays = [(PAY_GENRES[(k + j) % 5], v, min(add_days(acc, 10 + 20 * j), date(2023, 12, 22)), {}) for j, v in enumerate(parts)]
            sub.standard_set(c, cg, ag, pays, pg)
    sub.std(*STANDARD_POOL[0][:5])
    sub.std(*STANDARD_POOL[1][:5])
    sub.std(*STANDARD_POOL[4][:5], upload=False)
    sub.doc("candidate_publicity", sub.contracts[11], "look-alike：中标候选人公示（另有比选结果）", date=add_days(sub.contracts[11]["sign"], -30),
            pno="JHZB-2023-" + str(rng.randint(100, 999)))
    return finish(sub, "a38_support_gaps")


def build_tricky(out, rng):
    ctx = Ctx(out, "a38_support_tricky", rng)
    app = make_applicant(rng)
    sub = Sub(ctx, app)
    # 9 verified contracts summing to exactly 5000万 (tier 500 on its lower threshold), 4 with subtle gaps
    ver_amounts = [812.35, 476.80, 1023.40, 388.15, 655.00, 297.60, 540.90, 392.75, 413.05]
    assert sum(Decimal(str(x)) for x in ver_amounts) == Decimal("5000.00")
    custs = [0, 1, 2, 3, 4, 5, 6, 7, 8]
    for k, (i, a) in enumerate(zip(custs, ver_amounts)):
        cu = org(rng, i)
        sign = date(2023, 1 + k, rng.randint(3, 24)) if k else date(2022, 11, 18)
        acc = min(add_days(sign, rng.randint(70, 120)), date(2023, 12, 12)) if k else date(2023, 1, 5)
        if k == 8:
            acc = date(2023, 12, 29)
        sme_decl = True if i == 7 else None      # 北洋临港: 1350 people, 86500万 -> large, declared SME
        c = sub.add_contract(cu, f"ZH-HT-2023-{k + 31:03d}" if k else "ZH-HT-2022-118", a, sign, acc, (k + 3) % len(PROJECTS),
                             sme_declared=sme_decl, planted=["sme_misclassified"] if i == 7 else [])
        cg, ag, pg = CON_GENRES[(k + 2) % 4], ACC_GENRES[(k + 3) % 4], PROC_GENRES[(k + 1) % 3]
        if k == 0:      # signed 2022, accepted 2023-01-05: in period
            sub.standard_set(c, "plain_contract", "accept_report", [("wire_voucher", c["amount"], date(2023, 2, 14), {})], "bid_notice",
                             ("合同2022年签订（不影响）", "验收日期2023年1月5日，在周期内", "付款证明", "中标通知书"))
        elif k == 1:    # three instalments in three genres, the last one paid in 2024 (not a gap)
            parts = split_amount(rng, c["amount"], [0.3, 0.65, 0.05])
            sub.doc(cg, c, "合同")
            sub.doc(ag, c, "验收证明")
            sub.doc("bank_acceptance_bill", c, "分期一：银行承兑汇票（到期日为干扰）", amount=parts[0], date=add_days(sign, 12))
            sub.doc("remit_application", c, "分期二：境内汇款申请书（手续费为干扰）", amount=parts[1], date=add_days(acc, 9))
            sub.doc("ebank_receipt", c, "分期三：2024年支付的质保金，付款日期不在周期内不构成缺口", amount=parts[2], date=date(2024, 1, 16))
            sub.doc(pg, c, "采购证明")
        elif k == 2:    # payment short by 0.4 % (bank charges deducted by the payer): within tolerance
            short = (c["amount"] * Decimal("0.004")).quantize(Decimal("0.01"))
            sub.standard_set(c, "saas_subscription", "accept_controlled_form",
                             [("bank_statement", c["amount"] - short, add_days(acc, 20), {})], "rfq_result",
                             ("订阅服务协议（服务期至2026年为干扰）", "受控表单验收单", "对账单：实收比合同少0.4%，在0.5%容差内", "询比价结果"))
        elif k == 3:    # 全角/半角 parentheses in the payer's name: same customer
            sub.doc(cg, c, "合同")
            sub.doc(ag, c, "验收证明")
            s = sub.pay_spec(c, c["amount"], add_days(acc, 14))
            s["payer"] = c["cust"]["name"].replace("（", "(").replace("）", ")")
            ctx.emit("ebank_receipt", s, "photo", c["no"], "付款人名称用半角括号，与申报名称是同一单位", ext="jpg")
            sub.doc(pg, c, "采购证明")
        elif k == 8:    # acceptance 2023-12-29 in 汉字 in a letter dated 2024
            sub.doc(cg, c, "合同")
            sub.doc("accept_letter", c, "验收日期二〇二三年十二月二十九日（函件落款为2024年，干扰）", date_fmt=d_hanzi, rendering="scan", ext="pdf")
            sub.doc("wire_voucher", c, "付款证明", date=date(2023, 12, 30), rendering="photo")
            sub.doc("rfq_result", c, "成交价格仅以万元表述", wan=True)
        else:
            npay = 2 if k in (4, 6) else 1
            parts = split_amount(rng, c["amount"], [0.6, 0.4] if npay == 2 else [1])
            pays = [(PAY_GENRES[(k + j) % 5], v, min(add_days(acc, 10 + 25 * j), date(2023, 12, 26)), {}) for j, v in enumerate(parts)]
            sub.standard_set(c, cg, ag, pays, pg)
    # subtle real gaps
    g_specs = [(9, 368.4, "party_mismatch"), (10, 215.7, "amount_mismatch"), (11, 289.0, "date_out_of_period"), (14, 174.6, "invalid_uscc")]
    for k2, (i, a, kind) in enumerate(g_specs):
        k = 9 + k2
        cu = org(rng, i, valid=(kind != "invalid_uscc"))
        sign = date(2023, 3 + k2 * 2, rng.randint(3, 24))
        acc = min(add_days(sign, rng.randint(70, 110)), date(2023, 12, 18)) if kind != "date_out_of_period" else date(2023, 12, 27)
        c = sub.add_contract(cu, f"ZH-HT-2023-{k + 31:03d}", a, sign, acc, (k + 3) % len(PROJECTS), planted=[kind])
        cg, ag, pg = CON_GENRES[k % 4], ACC_GENRES[k % 4], PROC_GENRES[k % 3]
        if kind == "party_mismatch":   # paid by the group parent on the customer's behalf
            sub.doc(cg, c, "合同")
            sub.doc(ag, c, "验收证明")
            s = sub.pay_spec(c, c["amount"], add_days(acc, 20), purpose=f"代{cu['short']}支付{c['no']}合同款", cite_no=True)
            s["payer"] = "天津津垣控股集团有限公司"
            ctx.emit("remit_application", s, "scan", c["no"], "集团代付：付款人不是申报客户（无代付说明）", ext="png")
            sub.doc(pg, c, "采购证明")
        elif kind == "amount_mismatch":   # procurement price 0.6 % above the declared (= contract) amount
            sub.doc(cg, c, "合同")
            sub.doc(ag, c, "验收证明")
            sub.doc(PAY_GENRES[k % 5], c, "付款证明", date=add_days(acc, 12))
            sub.doc("bixuan_confirm", c, "中选金额比申报金额高0.6%，超出0.5%容差", amount=(c["amount"] * Decimal("1.006")).quantize(Decimal("100")))
        elif kind == "date_out_of_period":   # declared 2023-12-27 but the minutes say 2024-01-05
            sub.doc(cg, c, "合同")
            sub.doc("accept_minutes", c, "申报验收日期2023-12-27，但纪要载明2024年1月5日召开验收会", adate=date(2024, 1, 5), date_fmt=d_hanzi)
            sub.doc(PAY_GENRES[k % 5], c, "付款证明", date=date(2023, 12, 28))
            sub.doc(pg, c, "采购证明")
        else:
            sub.standard_set(c, cg, ag, [(PAY_GENRES[k % 5], c["amount"], add_days(acc, 15), {})], pg,
                             ("合同（客户信用代码校验位错误）", "验收证明", "付款证明", "采购证明"))
    for s in STANDARD_POOL[:3]:
        sub.std(*s[:5])
    sub.std(*STANDARD_POOL[4][:5], upload=False)
    c = sub.contracts[5]
    sub.doc("advance_guarantee", c, "look-alike：预付款保函", cdate=c["sign"], bank_branch=app["bank_branch"])
    sub.doc("acceptance_plan", sub.contracts[4], "look-alike：验收方案", date=add_days(sub.contracts[4]["sign"], 30))
    sub.doc("candidate_publicity", sub.contracts[7], "look-alike：候选人公示", date=add_days(sub.contracts[7]["sign"], -30),
            pno="JHZB-2023-" + str(rng.randint(100, 999)))
    return finish(sub, "a38_support_tricky")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=38)
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, fn in [("clean", build_clean), ("gaps", build_gaps), ("tricky", build_tricky)]:
        if a.only and a.only != name:
            continue
        rng = random.Random(f"{a.seed}-{name}")
        TEXT_BIAS[0] = 0.0
        STATS[0] = STATS[1] = 0
        t = fn(a.out, rng)
        print(name, len(t["documents"]), "docs; tier", t["award_tier_wan"], "total", t["accepted_total_yuan"], "gaps", len(t["gaps"]))


if __name__ == "__main__":
    main()
