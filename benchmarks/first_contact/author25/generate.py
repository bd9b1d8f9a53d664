"""Deterministic generator: python3 generate.py --out data --seed 25"""
import argparse
import json
import os
import random
import shutil
from decimal import Decimal
import openpyxl
from openpyxl.utils import get_column_letter
import docs as G
import render
import rules
from util import make_uscc, corrupt_uscc, yuan, wan, D, sha256_file, cn_date

TJ_DIST = [("120101", "和平区"), ("120103", "河西区"), ("120104", "南开区"), ("120110", "东丽区"), ("120111", "西青区"),
           ("120112", "津南区"), ("120113", "北辰区"), ("120116", "滨海新区"), ("120114", "武清区"), ("120115", "宝坻区")]
OTHER = [("130100", "河北省石家庄市"), ("370200", "山东省青岛市"), ("110108", "北京市海淀区"), ("320500", "江苏省苏州市"),
         ("130600", "河北省保定市"), ("210200", "辽宁省大连市"), ("330100", "浙江省杭州市")]
CITY = {"130100": "石家庄", "370200": "青岛", "110108": "北京", "320500": "苏州", "130600": "保定", "210200": "大连", "330100": "杭州"}
W1 = list("华晟鑫泰恒瑞博远昊宇嘉诚弘盛汇通润丰瑄翀赟昀橦堃铭锦宏达德信")
TR = [("精密机械", "机械加工"), ("汽车零部件", "汽车零部件制造"), ("电子科技", "电子元器件"), ("新材料", "化工新材料"),
      ("食品", "食品加工"), ("医疗器械", "医疗器械"), ("电气设备", "电气设备制造"), ("包装制品", "包装印刷"), ("金属制品", "金属制品"),
      ("塑料制品", "塑料制品"), ("轴承", "轴承制造"), ("模具", "模具制造"), ("纺织", "纺织"), ("环保设备", "环保装备")]
ROADS = ["黄海路", "卫津路", "红旗路", "津塘路", "杨柳青大道", "咸水沽镇津沽路", "北辰道", "第九大街", "京津公路", "宝平路"]


class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def firm(self, tianjin=True, region=None, suffix="有限公司"):
        r = self.rng
        while True:
            w = "".join(r.sample(W1, 2))
            tr = r.choice(TR)
            if tianjin:
                code, dist = region or r.choice(TJ_DIST)
                name = "天津%s%s%s" % (w, tr[0], suffix)
                addr = "天津市%s%s%d号" % (dist, r.choice(ROADS), r.randint(1, 399))
            else:
                code, prov = region or r.choice(OTHER)
                city = CITY.get(code, prov[:2])
                name = "%s%s%s%s" % (city, w, tr[0], suffix)
                addr = "%s%s路%d号" % (prov, r.choice(["建设", "人民", "长江", "工业"]), r.randint(1, 300))
            if name not in self.used:
                self.used.add(name)
                return {"name": name, "uscc": make_uscc(code, r), "addr": addr, "trade": tr[1]}


SOLUTIONS = ["数字化车间", "设备联网与数据采集", "MES生产执行系统", "质量追溯系统", "能源管理系统", "智能仓储物流", "工业互联网平台", "视觉检测产线"]


class Sub:
    def __init__(self, name, root, rng, app):
        self.name, self.root, self.rng, self.app = name, root, rng, app
        self.docs = []
        self.counter = 0
        self.sub = os.path.join(root, name, "submission")
        os.makedirs(self.sub, exist_ok=True)

    def fname(self, mode, fmt):
        self.counter += 1
        r = self.rng
        n = self.counter
        if mode == "photo":
            return "IMG_2024%02d%02d_%02d%02d%02d.%s" % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 20), r.randint(0, 59), n % 60, fmt)
        if mode == "scan":
            return r.choice(["扫描件%03d", "scan_%04d", "SCAN%04d", "附件%d"]) % n + "." + fmt
        return r.choice(["附件%d", "材料%02d", "doc%03d", "新建文件%d", "%d"]) % n + "." + fmt

    def add(self, folder, made, contract_no, extra=None, mode=None, copy_of=None, corrupt=False):
        pages, doc_type, fields, note = made
        r = self.rng
        if mode is None:
            x = r.random()
            mode = "text" if x < 0.55 else ("scan" if x < 0.85 else "photo")
        fmt = "pdf"
        if mode == "scan" and len(pages) == 1:
            fmt = r.choice(["pdf", "pdf", "jpg", "png", "tif"])
        elif mode == "photo" and len(pages) == 1:
            fmt = "jpg"
        if copy_of:
            fmt = copy_of["path"].rsplit(".", 1)[1]
            mode = copy_of["rendering"]
        d = os.path.join(self.sub, folder)
        os.makedirs(d, exist_ok=True)
        fn = self.fname(mode, fmt)
        path = os.path.join(d, fn)
        if copy_of:
            shutil.copyfile(os.path.join(self.sub, copy_of["path"]), path)
            mode = copy_of["rendering"]
        elif corrupt:
            render.save_corrupt(pages, path)
            mode = "corrupt"
        elif mode == "text":
            render.to_pdf(pages, path, font="STSong-Light" if r.random() < 0.15 else "WQY")
        else:
            render.save_images(pages, path, mode, fmt, r)
        rel = os.path.relpath(path, self.sub).replace(os.sep, "/")
        e = {"path": rel, "doc_type": doc_type, "rendering": mode, "contract_no": contract_no,
             "sha256": sha256_file(path), "note": note + ("（重复上传）" if copy_of else "") + ("（文件损坏）" if corrupt else ""),
             "fields": fields, "extra": extra or {}}
        self.docs.append(e)
        return e


def customer(N, tj, large=False, sme_decl=None, region=None):
    f = N.firm(tj, region)
    r = N.rng
    if large:
        f["staff"], f["revenue"] = r.randint(1100, 5000), r.randint(45000, 300000)
    else:
        f["staff"], f["revenue"] = r.randint(60, 900), r.randint(3000, 38000)
    f["tj"] = tj
    return f


def mk_contract(r, cust, seq, amount, sign, accept, prefix):
    c = {"no": "%s-2024-%03d" % (prefix, seq * 7 + r.randint(0, 6)), "cust": cust, "amount": D(amount), "sign": sign,
         "deliver": "2024-%02d-%02d" % (min(12, int(accept[5:7])), 1), "scope": r.choice(SOLUTIONS), "accept": accept}
    c["name"] = "%s%s项目" % (cust["name"][2:6] if cust["name"].startswith("天津") else cust["name"][2:6], c["scope"])
    c["acc"] = {"date": accept, "result": "passed"}
    c["proc"] = {"amount": D(amount), "date": sign[:8] + "%02d" % max(1, int(sign[8:]) - 5), "open": sign[:8] + "%02d" % max(1, int(sign[8:]) - 12),
                 "valid": "2024-12-31", "tender_no": "TJZB-2024-%04d" % r.randint(1, 9999)}
    c["pays"] = None
    return c


def emit_contract(S, c, opt):
    r, app = S.rng, S.app
    no = c["no"]
    base = "01-服务用户合同及证明/%02d" % opt["idx"]
    S.add(base, G.contract_prose(c, app, r, spaced=opt["idx"] % 2 == 0), no)
    if c.get("contract_doc_amount"):
        pass
    if not opt.get("no_acc"):
        genre = opt.get("acc_genre", ["prose", "N01", "N02"][opt["idx"] % 3])
        fn = {"prose": G.acceptance_prose, "N01": G.N01_warehouse_receipt, "N02": G.N02_liaison}[genre]
        S.add(base + "/验收", fn(c, app, r), no)
    if not opt.get("no_pay"):
        pays = c["pays"] or [{"amount": c["amount"]}]
        for i, p in enumerate(pays):
            p.setdefault("payer", c["cust"]["name"])
            p.setdefault("payee", app["name"])
            p.setdefault("date", "2024-%02d-%02d" % (min(12, int(c["accept"][5:7])), 20 - i))
            p.setdefault("printed", p["date"])
            p.setdefault("cite", r.random() < 0.5)
            fn = G.N04_share_center if (opt["idx"] + i) % 2 else G.bank_receipt
            S.add("02-付款凭证", fn(c, p, app, r), no)
    if not opt.get("no_proc"):
        fn = G.N03_mall_order if opt["idx"] % 2 else G.bid_notice
        S.add(base, fn(c, app, r), no)


def build(name, root, seed, plan):
    r = random.Random("%s-%s" % (seed, name))
    N = Names(r)
    appf = N.firm(True, ("120116", "滨海新区"))
    app = {"name": "天津瑄翀智能科技有限公司" if name.endswith("clean") else ("天津昀橦工业互联网科技有限公司" if name.endswith("gaps") else "天津堃赟智能装备集成有限公司"),
           "uscc": appf["uscc"], "addr": "天津市滨海新区中新生态城动漫中路%d号" % r.randint(100, 500),
           "bank": "中国银行天津滨海分行", "acct": "2768 %04d %04d" % (r.randint(1000, 9999), r.randint(1000, 9999))}
    S = Sub(name, root, r, app)
    return plan(S, N, r, app)


def finish(S, app, contracts, suppliers, meetings, diags, standards, notes):
    r = S.rng
    truth = {"submission": S.name, "phase": "考核", "applicant": {"name": app["name"], "uscc": app["uscc"], "address": app["addr"]},
             "award_tier_wan": None, "contracts": [], "standards": [], "suppliers": [], "meetings": [], "diagnoses": []}
    for i, c in enumerate(contracts, 1):
        cu = c["cust"]
        truth["contracts"].append({"seq": i, "contract_no": c["no"], "customer": cu["name"], "customer_uscc": c.get("decl_uscc", cu["uscc"]),
                                   "customer_address": cu["addr"], "amount_yuan": yuan(c["decl_amount"] if "decl_amount" in c else c["amount"]),
                                   "contract_name": c["name"], "sign_date": c["sign"], "accept_date": c.get("decl_accept", c["accept"]),
                                   "declared_sme": c.get("decl_sme", cu["staff"] < 1000 or cu["revenue"] < 40000),
                                   "declared_tianjin": c.get("decl_tj", cu["tj"]), "staff": cu["staff"], "revenue_wan": cu["revenue"],
                                   "planted": c.get("planted", [])})
    for st in standards:
        truth["standards"].append({"name": st["name"], "category": "团体标准", "stage": "征求意见稿"})
    for s in suppliers:
        truth["suppliers"].append({"name": s["party_b_decl"], "uscc": s["uscc"], "address": s["addr"], "contract_no": s["no"],
                                   "contract_name": s["cname"], "amount_yuan": yuan(s["decl_amount"]), "sign_date": s["date"], "planted": s.get("planted", [])})
    for m in meetings:
        truth["meetings"].append({"name": m["name"], "date": m["date"], "place": m["place"], "declared_tianjin_attendees": m["declared"], "planted": m.get("planted", [])})
    for dg in diags:
        truth["diagnoses"].append({"customer": dg["cust"]["name"], "uscc": dg["cust"]["uscc"], "date": dg["date"], "report": dg["title"], "planted": dg.get("planted", [])})
    truth["documents"] = sorted(S.docs, key=lambda d: d["path"])
    res = rules.derive(truth)
    truth.update(res)
    truth["notes"] = notes
    write_workbook(os.path.join(S.sub, "申报信息.xlsx"), truth, r)
    with open(os.path.join(S.root, S.name, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def sheet(wb, title, headers, rows):
    ws = wb.create_sheet(title)
    ws.cell(1, 1, title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    for j, h in enumerate(headers, 1):
        ws.cell(2, j, h)
        ws.column_dimensions[get_column_letter(j)].width = 18
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v)
    return ws


def xdate(iso, i):
    import datetime
    if i % 3 == 1:
        return cn_date(iso)
    y, m, d = map(int, iso.split("-"))
    return datetime.date(y, m, d)


def write_workbook(path, t, r):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.cell(1, 1, "申报单位基本信息")
    ws.merge_cells("A1:B1")
    ws.cell(2, 1, "项目"), ws.cell(2, 2, "内容")
    for i, (k, v) in enumerate([("单位名称", t["applicant"]["name"]), ("统一社会信用代码", t["applicant"]["uscc"]), ("注册地址", t["applicant"]["address"]),
                                ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "装备制造"), ("阶段", "考核")], 3):
        ws.cell(i, 1, k), ws.cell(i, 2, v)
    big = max(t["contracts"], key=lambda c: c["revenue_wan"])
    rows = []
    for i, c in enumerate(t["contracts"]):
        amt = float(wan(c["amount_yuan"]))
        rows.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"],
                     "%.2f" % amt if i == 1 else amt, xdate(c["sign_date"], i), xdate(c["accept_date"], i),
                     "是" if c["declared_sme"] else "否", c["staff"], "{:,}".format(c["revenue_wan"]) if c is big else c["revenue_wan"],
                     "是" if c["declared_tianjin"] else "否"])
    sheet(wb, "服务用户清单", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb, "标准草案", ["序号", "标准名称", "标准类别", "阶段"], [[i, s["name"], s["category"], s["stage"]] for i, s in enumerate(t["standards"], 1)])
    sheet(wb, "本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[i, s["name"], s["uscc"], s["contract_no"], s["contract_name"], float(wan(s["amount_yuan"])), xdate(s["sign_date"], i)] for i, s in enumerate(t["suppliers"], 1)])
    sheet(wb, "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[i, m["name"], xdate(m["date"], i), m["place"], m["declared_tianjin_attendees"]] for i, m in enumerate(t["meetings"], 1)])
    sheet(wb, "免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[i, d["customer"], d["uscc"], xdate(d["date"], i), d["report"]] for i, d in enumerate(t["diagnoses"], 1)])
    wb.save(path)
    # normalise zip timestamps for determinism
    import zipfile
    import io
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    out = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for it in sorted(src.infolist(), key=lambda x: x.filename):
        zi = zipfile.ZipInfo(it.filename, (2024, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        data = src.read(it.filename)
        if it.filename == "docProps/core.xml":
            import re
            data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\w+>", b"", data)
        out.writestr(zi, data)
    out.close()
    src.close()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------- shared assessment parts ----------------

def make_meeting(S, N, r, idx, date, n_tj, extra_nontj=2, host_signs=True, genre=None, planted=None, declared=None, branch=False, addr_only=0):
    app = S.app
    topics = ["设备数据采集", "数字化车间建设", "工业互联网平台应用", "质量数字化管控", "能源精细化管理", "智能仓储", "视觉检测", "APS高级排产", "安全生产数字化", "供应链协同", "工业软件国产化"]
    m = {"name": "2024年%s经验交流会（第%d期）" % (topics[idx % len(topics)], idx + 1), "date": date, "topic": topics[idx % len(topics)],
         "place": "天津市%s%s会议室" % (r.choice(TJ_DIST)[1], r.choice(["科技园", "产业园", "创新中心"])), "planted": planted or []}
    att = []
    for k in range(n_tj):
        f = N.firm(True)
        if k < addr_only:
            f["uscc"] = None
        att.append({"name": f["name"], "uscc": f["uscc"], "addr": f["addr"], "person": r.choice(["王", "李", "张", "刘", "陈", "杨", "赵"]) + r.choice(["昀", "橦", "伟", "敏", "瑄", "翀", "磊"])})
    if branch:
        # a non-Tianjin firm's Tianjin branch (own 12 code, Tianjin address) -> counts; its head office (11 code) -> does not
        f = N.firm(False, ("110108", "北京市海淀区"))
        att[-1] = {"name": f["name"][:-4] + "有限公司天津分公司", "uscc": make_uscc("120104", r), "addr": "天津市南开区%s%d号" % (r.choice(ROADS), r.randint(1, 99)), "person": "郑橦"}
    for k in range(extra_nontj):
        f = N.firm(False)
        att.append({"name": f["name"], "uscc": f["uscc"], "addr": f["addr"], "person": "外地代表"})
    if host_signs:
        att.insert(r.randint(0, len(att)), {"name": app["name"], "uscc": app["uscc"], "addr": app["addr"], "person": "会务组"})
    m["att"] = att
    m["declared"] = declared if declared is not None else n_tj
    return m


def emit_meeting(S, m, genre):
    r = S.rng
    fold = "06-经验交流会/%s" % m["date"][5:7]
    ex = {"meeting": m["name"]}
    if genre == "plain":
        S.add(fold, G.meeting_minutes(m, S.app, r), None, dict(ex, signin=m["att"]))
    elif genre == "N09":
        S.add(fold, G.N09_transcript(m, S.app, r), None, dict(ex))
        S.add(fold, G.N10_rsvp_sheet(m, S.app, r), None, dict(ex, signin=m["att"]))
    elif genre == "N11":
        S.add(fold, G.meeting_minutes(m, S.app, r, with_sheet=False), None, dict(ex))
        S.add(fold, G.N11_stamp_sheet(m, S.app, r), None, dict(ex, signin=m["att"]))


def make_diag(N, r, idx, date, solution=True):
    c = N.firm(r.random() < 0.8)
    return {"cust": c, "date": date, "solution": solution, "trade": c["trade"],
            "title": r.choice(["%s智能制造免费诊断报告", "关于%s数字化转型的诊断建议", "%s工业互联网应用诊断调查表"]) % c["name"][:6]}


def emit_diag(S, dg, genre):
    r = S.rng
    fn = {"plain": G.diagnosis_plain, "N12": G.N12_advice_letter, "N13": G.N13_questionnaire}[genre]
    S.add("07-免费诊断/%s" % dg["date"][5:7], fn(dg, S.app, r), None, {"solution": dg["solution"]})


def make_sup(N, r, app, idx, amount, date, tj=True, region=None):
    f = N.firm(tj, region)
    return {"no": "FB-2024-%03d" % (idx + r.randint(10, 80)), "party_b": f["name"], "party_b_decl": f["name"], "addr": f["addr"], "uscc": f["uscc"],
            "amount": D(amount), "decl_amount": D(amount), "date": date, "due": "2024-11-30",
            "main": "“%s”总包项目" % r.choice(SOLUTIONS), "scope": r.choice(["传感器及数据采集终端", "控制柜制作与接线", "MES报表模块开发", "设备运输吊装", "网络布线施工"]),
            "cname": "配套分包合同"}


def emit_sup(S, s, genre):
    fn = {"plain": G.subcontract_plain, "N06": G.N06_hoist_subcontract, "N07": G.N07_order_ack, "N08": G.N08_task_book}[genre]
    S.add("05-本地配套供应商", fn(s, S.app, S.rng), s["no"], {"party_b": s["party_b"]})


STD_NAMES = ["离散制造车间设备数据采集接口规范", "工业互联网平台边缘网关技术要求", "中小企业数字化转型诊断服务规范", "智能工厂能源管理系统功能要求", "注塑车间数字化管控系统通用要求"]

MGEN = ["plain", "N09", "plain", "N11"]
DGEN = ["plain", "N12", "N13"]
SGEN = ["plain", "N06", "N07", "N08"]


def common_tail(S, N, r, app, contracts, suppliers, meetings, diags, standards, extras=None):
    for i, s in enumerate(suppliers):
        if not s.get("missing"):
            emit_sup(S, s, s.get("genre", SGEN[i % 4]))
    for i, m in enumerate(meetings):
        if not m.get("missing"):
            emit_meeting(S, m, m.get("genre", MGEN[i % 4]))
    for i, dg in enumerate(diags):
        if not dg.get("missing"):
            emit_diag(S, dg, DGEN[i % 3])
    for st in standards:
        if not st.get("missing"):
            S.add("08-标准草案", G.standard_draft(st, app, r), None)
    if extras in ("license", "all"):
        S.add("09-其他", G.other_license(app, r), None)
    S.add("09-其他", G.N05_ledger(contracts, app, r), None)
    if extras in ("diag", "all"):
        S.add("09-其他", G.N14_diag_ledger([d for d in diags if not d.get("missing")][:25], app, r), None)


def plan_clean(S, N, r, app):
    specs = [(True, False, "3260000.00"), (True, False, "2850000.00"), (True, True, "4120000.00"), (False, False, "2480000.00"),
             (False, False, "3675000.00"), (False, False, "2210000.00"), (True, False, "2935000.00")]
    contracts = []
    for i, (tj, large, amt) in enumerate(specs):
        cu = customer(N, tj, large)
        m = 2 + i
        c = mk_contract(r, cu, i + 1, amt, "2024-%02d-%02d" % (m - 1, 10 + i), "2024-%02d-%02d" % (m + 3, 12 + i), "XC-HT")
        if i in (1, 4):
            a = D(amt)
            c["pays"] = [{"amount": (a * D("0.3")).quantize(D("0.01"))}, {"amount": a - (a * D("0.3")).quantize(D("0.01"))}]
        contracts.append(c)
        emit_contract(S, c, {"idx": i + 1})
    suppliers = [make_sup(N, r, app, i, amt, "2024-%02d-15" % (3 + i)) for i, amt in enumerate(["380000.00", "526000.00", "214500.00"])]
    for s, g in zip(suppliers, ["N06", "N07", "N08"]):
        s["genre"] = g
    meetings = [make_meeting(S, N, r, i, "2024-%02d-%02d" % (1 + i, 10 + i), 11 + i % 3) for i in range(10)]
    diags = [make_diag(N, r, i, "2024-%02d-%02d" % (1 + i % 12, 1 + i % 27)) for i in range(30)]
    standards = [{"name": n} for n in STD_NAMES[:3]]
    common_tail(S, N, r, app, contracts, suppliers, meetings, diags, standards, "diag")
    return finish(S, app, contracts, suppliers, meetings, diags, standards, "无缺口：全部七项考核要求满足")


def plan_gaps(S, N, r, app):
    contracts = []
    defs = [("ok", True, False), ("ok", False, False), ("no_acc", True, False), ("no_pay_proc", False, False), ("payer", False, False),
            ("failed", True, False), ("late", False, False), ("amount", False, False), ("uscc", True, False), ("sme", False, True),
            ("not_tj", False, False), ("dup", True, False)]
    defs = [d for d in defs if d[0] != "uscc"]
    for i, (kind, tj, large) in enumerate(defs):
        cu = customer(N, tj, large)
        amt = "%d0000.00" % r.randint(90, 260)
        m = 1 + i % 9
        c = mk_contract(r, cu, i + 1, amt, "2024-%02d-%02d" % (m, 8 + i), "2024-%02d-%02d" % (m + 2, 5 + i), "YT-HT")
        opt = {"idx": i + 1}
        planted = []
        if kind == "no_acc":
            opt["no_acc"] = True
            planted = ["missing_acceptance_report"]
        elif kind == "no_pay_proc":
            opt["no_pay"] = opt["no_proc"] = True
            planted = ["missing_payment_proof", "missing_procurement_proof"]
        elif kind == "payer":
            grp = N.firm(True)
            c["pays"] = [{"amount": c["amount"], "payer": grp["name"][:-4] + "集团有限公司"}]
            planted = ["party_mismatch"]
        elif kind == "failed":
            c["acc"]["result"] = "failed"
            opt["acc_genre"] = "N02"
            planted = ["acceptance_not_passed"]
        elif kind == "late":
            c["acc"]["date"] = "2025-01-08"
            c["decl_accept"] = "2024-12-28"
            opt["acc_genre"] = "N01"
            planted = ["date_out_of_period"]
        elif kind == "amount":
            c["decl_amount"] = c["amount"]
            c["amount"] = (c["amount"] * D("1.03")).quantize(D("0.01"))
            c["proc"]["amount"] = c["amount"]
            c["pays"] = [{"amount": c["decl_amount"]}]
            planted = ["amount_mismatch"]
        if kind == "dup":
            c["cust"]["uscc"] = corrupt_uscc(c["cust"]["uscc"])
        elif kind == "uscc":
            c["cust"]["uscc"] = corrupt_uscc(c["cust"]["uscc"])
            planted = ["invalid_uscc"]
        elif kind == "sme":
            c["decl_sme"] = True
            planted = ["sme_misclassified"]
        elif kind == "not_tj":
            c["decl_tj"] = True
            planted = ["not_tianjin"]
        c["planted"] = planted
        contracts.append(c)
        emit_contract(S, c, opt)
        if kind == "dup":
            d = [x for x in S.docs if x["contract_no"] == c["no"] and x["doc_type"] == "payment_proof"][0]
            S.add("02-付款凭证/补充", ([[]], d["doc_type"], dict(d["fields"]), d["note"]), c["no"], copy_of=d)
            c["planted"] = ["duplicate_evidence", "invalid_uscc"]
    # corrupt
    S.add("09-其他", G.contract_prose(contracts[0], app, r), None, corrupt=True)
    S.docs[-1].update({"doc_type": "other", "fields": G.F()})
    sup = [make_sup(N, r, app, 0, "300000.00", "2024-04-11"), make_sup(N, r, app, 1, "260000.00", "2024-05-20", tj=False, region=("130600", "河北省保定市")),
           make_sup(N, r, app, 2, "180000.00", "2024-06-02")]
    sup[1]["planted"] = ["subcontractor_not_tianjin"]
    sup[2]["missing"] = True
    sup[2]["planted"] = ["missing_subcontract"]
    meetings = []
    for i in range(10):
        n, date, pl = 12, "2024-%02d-%02d" % (1 + i, 15), []
        if i == 3:
            pl = ["missing_meeting_record"]
        if i == 5:
            date, pl = "2023-12-26", ["date_out_of_period"]
        if i in (7, 8):
            n, pl = 8, ["meeting_attendance_below_threshold"]
        m = make_meeting(S, N, r, i, date, n, declared=12, planted=pl)
        m["missing"] = i == 3
        meetings.append(m)
    diags = []
    for i in range(30):
        dg = make_diag(N, r, i, "2024-%02d-%02d" % (1 + i % 12, 2 + i % 26))
        if i in (4, 17):
            dg["missing"], dg["planted"] = True, ["missing_diagnosis_report"]
        if i in (8, 22):
            dg["solution"], dg["planted"] = False, ["diagnosis_without_solution"]
        if i == 12:
            dg["date"], dg["planted"] = "2023-11-20", ["date_out_of_period"]
        diags.append(dg)
    standards = [{"name": n} for n in STD_NAMES[:3]]
    standards[2]["missing"] = True
    common_tail(S, N, r, app, contracts, sup, meetings, diags, standards, "license")
    return finish(S, app, contracts, sup, meetings, diags, standards, "大量缺口：合同证据、供应商、会议、诊断、标准各项计数均不达标")


def plan_tricky(S, N, r, app):
    contracts = []
    # 6 verified customers totalling exactly 15,000,000.00; 2 Tianjin; exactly 5 SMEs
    amts = ["3000000.00", "2000000.00", "2750000.00", "2468000.00", "2282000.00", "2500000.00"]
    assert sum(D(a) for a in amts) == D(15000000)
    prof = [(True, 600, 12000), (True, 999, 90000), (False, 1000, 39999), (False, 1500, 30000), (False, 1200, 52000), (False, 300, 8000)]
    for i, (amt, (tj, staff, rev)) in enumerate(zip(amts, prof)):
        cu = customer(N, tj)
        cu["staff"], cu["revenue"] = staff, rev
        m = 3 + i
        c = mk_contract(r, cu, i + 1, amt, "2024-%02d-%02d" % (m, 6 + i), "2024-%02d-%02d" % (m + 4, 3 + i), "KY-HT")
        opt = {"idx": i + 1}
        if i == 0:   # three instalments summing exactly
            c["pays"] = [{"amount": D("900000.00")}, {"amount": D("1950000.00")}, {"amount": D("150000.00")}]
        if i == 1:   # contract states 2,010,000.00 = exactly 0.5 % above the declared amount
            c["decl_amount"] = c["amount"]
            c["amount"] = D("2010000.00")
            c["proc"]["amount"] = D("2010000.00")
            c["pays"] = [{"amount": D("2000000.00")}]
        if i == 2:   # acceptance on the period's last day, letter dated in 2025
            c["acc"]["date"] = "2024-12-31"
            c["acc"]["letter"] = "2025-01-06"
            c["accept"] = "2024-12-31"
            opt["acc_genre"] = "N02"
        if i == 3:   # staff >= 1000 but revenue < 40000 -> still SME; declared 否 -> sme_misclassified only
            c["decl_sme"] = False
            c["planted"] = ["sme_misclassified"]
        if i == 5:   # signed on 2023-12-29, accepted on 2024-01-02
            c["sign"] = "2023-12-29"
            c["accept"] = c["acc"]["date"] = "2024-01-02"
            c["proc"]["date"] = "2023-12-20"
        contracts.append(c)
        emit_contract(S, c, opt)
    # a 7th contract with two subtle real gaps
    cu = customer(N, True)
    c = mk_contract(r, cu, 7, "1860000.00", "2024-08-08", "2024-12-30", "KY-HT")
    c["acc"]["date"] = "2025-01-02"
    c["decl_accept"] = "2024-12-30"
    c["pays"] = [{"amount": D("1000000.00")}, {"amount": D("845000.00")}]
    c["planted"] = ["date_out_of_period", "amount_mismatch"]
    contracts.append(c)
    emit_contract(S, c, {"idx": 7, "acc_genre": "N01"})
    sup = [make_sup(N, r, app, 0, "412000.00", "2024-01-01"), make_sup(N, r, app, 1, "198600.00", "2024-12-31"), make_sup(N, r, app, 2, "150000.00", "2023-12-31")]
    sup[0]["decl_amount"] = D("410000.00")  # document 412,000 vs declared 410,000: 0.49 %
    sup[2]["planted"] = ["date_out_of_period"]
    for s, g in zip(sup, ["N07", "N08", "N06"]):
        s["genre"] = g
    meetings = []
    for i in range(11):
        date = ["2024-01-01", "2024-12-31"][i] if i < 2 else "2024-%02d-%02d" % (i + 1, 20)
        n = 9 if i == 10 else 10
        m = make_meeting(S, N, r, i, date, n, extra_nontj=2, host_signs=True, branch=(i % 4 == 1), addr_only=(3 if i % 3 == 2 else 0),
                         declared=10 if i != 10 else 10, planted=["meeting_attendance_below_threshold"] if i == 10 else [])
        meetings.append(m)
    diags = []
    for i in range(31):
        dg = make_diag(N, r, i, "2024-%02d-%02d" % (1 + i % 12, 3 + i % 25))
        if i == 0:
            dg["date"] = "2024-12-31"
        if i == 1:
            dg["date"], dg["letter"] = "2024-12-28", "2025-01-05"
        if i == 30:
            dg["solution"], dg["planted"] = False, ["diagnosis_without_solution"]
        diags.append(dg)
    diags[1]["_g"] = 1
    standards = [{"name": n} for n in STD_NAMES[2:5]]
    common_tail(S, N, r, app, contracts, sup, meetings, diags, standards, "diag")
    return finish(S, app, contracts, sup, meetings, diags, standards, "全部恰好在阈值上；少量真实细微缺口")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=25)
    a = ap.parse_args()
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    for name, plan in [("a25_assess_clean", plan_clean), ("a25_assess_gaps", plan_gaps), ("a25_assess_tricky", plan_tricky)]:
        t = build(name, a.out, a.seed, plan)
        print(name, len(t["documents"]), "docs; passed", t["assessment_passed"], "gaps", len(t["gaps"]))


if __name__ == "__main__":
    main()
