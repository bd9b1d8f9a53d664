"""The submissions' building blocks: declared rows, evidence documents and their files (used by
scenarios.py, which writes the three submissions, and by generate.py, which writes workbook and truth)."""
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

D = dt.date


# ------------------------------------------------------------------ entities
class World:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def firm(self, tj=True, trade=None, suffix="有限公司", region=None, mid=None):
        rng = self.rng
        for _ in range(200):
            m = mid or rng.choice(MIDS)
            tr = trade or rng.choice(TRADES)
            if tj:
                code, dist, roads = region or rng.choice(TJ_DISTRICTS)
                name = f"天津{m}{tr[0]}{suffix}" if rng.random() < 0.7 else f"天津市{m}{tr[0]}{suffix}"
                addr = f"天津市{dist}{rng.choice(roads)}{rng.randint(1, 399)}号"
                district = dist
            else:
                code, area, road = region or rng.choice(OTHER)
                prov = area[:2] if area.startswith(("北京", "天津")) else area[:area.index("省") ] if "省" in area else area[:2]
                name = f"{prov}{m}{tr[0]}{suffix}"
                addr = f"{area}{road}{rng.randint(1, 399)}号"
                district = area
            if name not in self.used:
                self.used.add(name)
                acct_bank = rng.choice(G.BANKS)
                return {"name": name, "uscc": make_uscc(rng, code), "address": addr, "trade": tr[1], "district": district,
                        "bank": acct_bank + ("天津" if tj else "") + rng.choice(["分行营业部", "滨海支行", "西青支行", "开发区支行"]),
                        "acct": str(rng.randint(10 ** 15, 10 ** 16 - 1)) + str(rng.randint(10, 99))}
            mid = None
        raise RuntimeError


def att_row(w, f, rng, ident=None):
    """an attendee row: name + (code or address) + person"""
    ident = ident or rng.choice(["uscc", "uscc", "address"])
    r = {"name": f["name"], "person": rng.choice(PEOPLE), "district": f["district"]}
    if ident == "uscc":
        r["uscc"] = f["uscc"]
    elif ident == "address":
        r["address"] = f["address"]
    else:
        r["uscc"], r["address"] = f["uscc"], f["address"]
    return r


# ------------------------------------------------------------------ rendering / files
SCAN_NAMES = ["scan{:04d}", "IMG_2024{:04d}_1{:05d}", "微信图片_2024{:04d}{:06d}", "扫描全能王 2024-{:02d}-{:02d} 1{}.{:02d}",
              "doc{:05d}", "新建文件夹{}", "附件{}", "{:03d}", "CamScanner {:02d}-{:02d}-2024 1{}.{:02d}", "Scan_{:08d}"]


def fname(rng, ext):
    k = rng.randint(0, 9)
    a = [rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 9), rng.randint(0, 59)]
    if k == 0:
        s = f"scan{rng.randint(1, 9999):04d}"
    elif k == 1:
        s = f"IMG_2024{a[0]:02d}{a[1]:02d}_{rng.randint(8, 22):02d}{a[3]:02d}{rng.randint(0, 59):02d}"
    elif k == 2:
        s = f"微信图片_2024{a[0]:02d}{a[1]:02d}{rng.randint(8, 22):02d}{a[3]:02d}{rng.randint(0, 59):02d}"
    elif k == 3:
        s = f"扫描全能王 2024-{a[0]:02d}-{a[1]:02d} 1{a[2]}.{a[3]:02d}"
    elif k == 4:
        s = f"doc{rng.randint(1, 99999):05d}"
    elif k == 5:
        s = f"新建 Microsoft Word 文档 ({rng.randint(2, 9)})"
    elif k == 6:
        s = f"附件{rng.randint(1, 12)}"
    elif k == 7:
        s = f"{rng.randint(1, 999):03d}"
    elif k == 8:
        s = f"CamScanner {a[0]:02d}-{a[1]:02d}-2024 1{a[2]}.{a[3]:02d}"
    else:
        s = f"Scan_{rng.randint(10 ** 7, 10 ** 8 - 1)}"
    return s + "." + ext


def emit(doc, rendering, folder, subdir, rng, used_paths, fmt=None):
    """render doc dict to a file, return (relpath, rendering)."""
    pages = doc["pages"]
    if rendering == "mixed" and len(pages) < 2:
        rendering = "text"
    if rendering in ("text", "mixed", "corrupt"):
        ext = "pdf"
    elif rendering == "scan":
        ext = fmt or (rng.choice(["pdf", "pdf", "jpg", "png", "tif"]) if len(pages) == 1 else rng.choice(["pdf", "pdf", "pdf", "tif"]))
    else:
        ext = fmt or ("jpg" if len(pages) == 1 and rng.random() < 0.8 else "pdf")
    for _ in range(50):
        rel = f"{subdir}/{fname(rng, ext)}"
        if rel not in used_paths:
            break
    used_paths.add(rel)
    path = os.path.join(folder, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if rendering == "text":
        R.write_pdf(path, pages)
    elif rendering == "corrupt":
        R.write_pdf(path, pages)
        b = open(path, "rb").read()
        open(path, "wb").write(b[: len(b) * 2 // 5])
    elif rendering == "mixed":
        imgs = {}
        for i in range(1, len(pages)):
            imgs[i] = R.degrade_scan(R.raster(pages[i], 150), rng)
        R.write_pdf(path, pages, imgs)
    else:
        dpi = rng.choice([150, 150, 200]) if rendering == "scan" else 150
        ims = []
        for pg in pages:
            im = R.raster(pg, dpi)
            im = R.degrade_scan(im, rng, grey=rng.random() < 0.3) if rendering == "scan" else R.degrade_photo(im, rng)
            ims.append(im)
        if ext == "pdf":
            R.write_image_pdf(path, ims, [(pg.w, pg.h) for pg in pages])
        elif ext == "tif":
            ims[0].save(path, "TIFF", compression="jpeg", quality=70, save_all=len(ims) > 1,
                        append_images=ims[1:], dpi=(dpi, dpi))
        elif ext == "png":
            ims[0].convert("L").save(path, "PNG", optimize=False)
        else:
            ims[0].save(path, "JPEG", quality=rng.randint(62, 85))
    return rel, rendering


# ------------------------------------------------------------------ submission builder
class Sub:
    def __init__(self, name, seed, out):
        self.name = name
        self.rng = random.Random(seed)
        self.w = World(self.rng)
        self.root = os.path.join(out, name)
        self.sub = os.path.join(self.root, "submission")
        shutil.rmtree(self.root, ignore_errors=True)
        os.makedirs(self.sub)
        self.docs = []
        self.paths = set()
        self.contracts, self.suppliers, self.meetings, self.diagnoses, self.standards = [], [], [], [], []
        self.img_p = 0.52

    def pick_render(self, prefer=None):
        rng = self.rng
        if prefer:
            return prefer
        if rng.random() < self.img_p:
            return "scan" if rng.random() < 0.65 else "photo"
        return "text"

    def add(self, genre, ctx, subdir, contract_no=None, render=None, note_extra="", fmt=None, dup_of=None):
        doc = genre(ctx, self.rng)
        rendering = self.pick_render(render)
        rel, rendering = emit(doc, rendering, self.sub, subdir, self.rng, self.paths, fmt)
        fields = doc["fields"]
        dtp = doc["doc_type"]
        if rendering == "corrupt":
            fields = G.F()
            dtp = "other"
        e = {"path": rel, "doc_type": dtp, "rendering": rendering,
             "contract_no": None if rendering == "corrupt" else contract_no,
             "sha256": sha256(os.path.join(self.sub, rel)), "note": doc["note"] + note_extra, "fields": fields,
             "facts": {} if rendering == "corrupt" else doc.get("facts", {}), "genre": genre.__name__}
        self.docs.append(e)
        return e

    def duplicate(self, e, subdir):
        src = os.path.join(self.sub, e["path"])
        ext = e["path"].rsplit(".", 1)[1]
        rel = f"{subdir}/{fname(self.rng, ext)}"
        os.makedirs(os.path.dirname(os.path.join(self.sub, rel)), exist_ok=True)
        shutil.copyfile(src, os.path.join(self.sub, rel))
        self.paths.add(rel)
        e2 = dict(e, path=rel, note=e["note"] + "；与另一文件字节完全相同（重复上传）")
        self.docs.append(e2)
        return e2


def contract_decl(sub, seq, cust, amount_wan, sign, accept, decl_tj, emp, rev, decl_sme=None, name=None, planted=()):
    amt = yuan(Decimal(str(amount_wan)) * 10000)
    no = f"{sub.prefix}-{sign.year}-{seq:03d}"
    c = {"seq": seq, "no": no, "name": name or sub.rng.choice(["数字化车间MES系统建设合同", "智能仓储物流系统集成合同", "设备联网与数据采集平台项目合同",
                                                              "机器视觉质检系统集成合同", "能源管理系统建设合同", "工业互联网平台应用项目合同",
                                                              "柔性装配线智能化改造合同", "APS高级排产系统实施合同"]),
         "cust": cust, "amount": amt, "amount_wan": Decimal(str(amount_wan)), "sign": sign, "accept": accept, "app": sub.app,
         "decl_tj": decl_tj, "emp": emp, "rev": rev, "decl_sme": rules.is_sme(emp, rev) if decl_sme is None else decl_sme,
         "planted": list(planted), "decl_uscc": cust["uscc"]}
    sub.contracts.append(c)
    return c


def std_ctx(sub, title, kind):
    code = (f"T/TJZN {sub.rng.randint(10, 99)}—2024" if kind == "团体标准" else f"Q/12{sub.rng.randint(1000, 9999)} {sub.rng.randint(1, 20):03d}—2024")
    issuer = "天津市智能制造产业促进会" if kind == "团体标准" else sub.app["name"]
    return {"title": title, "kind": kind, "code": code, "issuer": issuer, "app": sub.app["name"]}


def meeting(sub, seq, name, date, n_tj, n_other=2, genre="plain", date_doc=None, dup_rows=0, branch=False, claimed=None,
            record=True, host_signs=True):
    rng, w = sub.rng, sub.w
    att = []
    for i in range(n_tj):
        f = w.firm(True)
        att.append(att_row(w, f, rng))
    if branch:
        # a Beijing firm's Tianjin branch office: non-Tianjin code but 天津市 address (counts), printed with address
        f = w.firm(False, region=OTHER[0], suffix="有限公司天津分公司")
        f["address"] = f"天津市{rng.choice(['西青区', '东丽区'])}{rng.choice(['赛达一支路', '华明大道'])}{rng.randint(1, 99)}号"
        att.insert(rng.randint(0, len(att)), att_row(w, f, rng, ident="address"))
    for i in range(n_other):
        f = w.firm(False)
        att.insert(rng.randint(0, len(att)), att_row(w, f, rng, ident=rng.choice(["uscc", "address"])))
    for i in range(dup_rows):
        a = dict(rng.choice([a for a in att if "address" not in a or a["address"].startswith("天津")]))
        a["person"] = rng.choice(PEOPLE)
        att.insert(rng.randint(0, len(att)), a)
    if host_signs:
        att.insert(0, {"name": sub.app["name"], "uscc": sub.app["uscc"], "person": rng.choice(PEOPLE), "district": ""})
    place = rng.choice([f"{sub.app['name']}三楼会议室", "天津滨海高新区科技大厦多功能厅", "西青经济技术开发区管委会报告厅",
                        "东丽湖智能制造展示中心", "北辰高端装备产业园路演厅", "武清京津科技谷会议中心"])
    m = {"seq": seq, "name": name, "decl_name": name, "date": date, "date_doc": date_doc or date, "place": place,
         "host": sub.app["name"], "host_address": sub.app["address"], "topic": rng.choice(
             ["设备数字化改造", "数字化车间建设", "工业互联网平台应用", "智能仓储与物流", "质量数字化管控", "能源管理与绿色制造"]),
         "att": att, "claimed": claimed or (n_tj + rng.randint(0, 3)), "district": rng.choice(["西青区", "滨海新区", "东丽区"]),
         "genre": genre, "record": record}
    sub.meetings.append(m)
    return m


def emit_meeting(sub, m, render=None):
    sd = f"3.经验交流会/第{m['seq']}场"
    if not m["record"]:
        return
    g = m["genre"]
    if g == "plain":
        sub.add(G.m_plain, m, sd, render=render)
    elif g == "plain_sep":
        m2 = dict(m, sheet_inline=False)
        sub.add(G.m_plain, m2, sd, render=render)
        sub.add(G.m_sheet, m, sd, render=sub.pick_render())
    elif g == "pledge":
        sub.add(G.m_pledge, m, sd, render=render)
    elif g == "badge":
        sub.add(G.m_badge, m, sd, render=render)
    elif g == "filing":
        sub.add(G.m_filing, m, sd, render=render)
    elif g == "asr":
        sub.add(G.m_asr, m, sd, render=render or "text")
        sub.add(G.m_sheet, m, sd, render=sub.pick_render())
    elif g == "notice":
        sub.add(G.m_notice, m, sd, render=render)


DIAG_GENRES = [G.d_plain, G.d_carbon, G.d_8d, G.d_fmea, G.d_roi]
DIAG_TITLES = {G.d_plain: "智能制造免费诊断报告", G.d_carbon: "碳排放盘查与绿色制造诊断报告", G.d_8d: "质量问题8D诊断报告",
               G.d_fmea: "过程FMEA风险诊断表", G.d_roi: "智能化改造投资效益测算诊断书"}


def diagnosis(sub, seq, date, solution=True, genre=None, report=True, date_doc=None):
    f = sub.w.firm(True)
    genre = genre or DIAG_GENRES[seq % len(DIAG_GENRES)]
    title = DIAG_TITLES[genre]
    g = {"seq": seq, "cust": f, "decl_cust": f["name"], "date": date, "date_doc": date_doc or date, "solution": solution,
         "genre": genre, "title": title, "report": report, "app": sub.app, "trade": f["trade"],
         "topic8d": sub.rng.choice(["装配漏装与尺寸超差", "焊接虚焊导致返工", "注塑件缺料与飞边"])}
    sub.diagnoses.append(g)
    return g


def emit_diagnosis(sub, g, render=None):
    if g["report"]:
        sub.add(g["genre"], g, "4.免费诊断/" + sub.rng.choice(["诊断报告", "报告扫描件", f"第{(g['seq'] - 1) // 10 + 1}批"]), render=render)


def supplier(sub, seq, f, amount, date, genre, main, scope, amount_doc=None, date_doc=None, jia_doc=None, upload=True, render=None):
    s = {"seq": seq, "sup": f, "amount": yuan(amount), "date": date, "no": f"{sub.prefix}-FB-{seq:02d}", "app": sub.app,
         "main": main, "scope": scope, "genre": genre, "upload": upload}
    if amount_doc is not None:
        s["amount_doc"] = yuan(amount_doc)
    if date_doc:
        s["date_doc"] = date_doc
    if jia_doc:
        s["jia_doc"] = jia_doc
    sub.suppliers.append(s)
    if upload:
        sub.add(genre, s, "2.本地配套供应商/" + f["name"], contract_no=s["no"], render=render)
    return s


def evid(sub, c, items):
    """items: list of (genre, overrides, render)"""
    sd = f"1.服务用户/{c['seq']:02d}{sub.rng.choice(['', '-', '_'])}{c['cust']['name'][2:6]}"
    out = []
    for genre, ov, rd in items:
        ctx = dict(c)
        ctx.update(ov)
        out.append(sub.add(genre, ctx, sd, contract_no=c["no"], render=rd))
    return out


def pay(amount, date, **kw):
    d = {"pay_amount": yuan(amount), "pay_date": date}
    d.update(kw)
    return d


# ------------------------------------------------------------------ workbook
