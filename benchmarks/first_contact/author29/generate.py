"""author29 generator: python generate.py --out data --seed 29"""
import argparse, hashlib, json, os, random, shutil, datetime
import numpy as np
import openpyxl
from openpyxl.styles import Font
import docs as G, render as R, rules
from util import make_uscc, fen_str

TJ_DIST = [("120116", "滨海新区"), ("120104", "南开区"), ("120111", "西青区"), ("120113", "北辰区"), ("120112", "津南区"), ("120110", "东丽区"), ("120114", "武清区"), ("120103", "河西区")]
OTHER = [("110108", "北京市海淀区"), ("130203", "河北省唐山市路北区"), ("310115", "上海市浦东新区"), ("370212", "山东省青岛市崂山区"), ("131003", "河北省廊坊市广阳区")]
W1 = "赟昀橦瑄翀堃泓珩瀚鑫睿晟琨淼铖钰璟澍"
W2 = ["精工", "机电", "液压", "模具", "汽车零部件", "新材料", "食品", "医疗器械", "电子", "化工", "纺织", "轴承", "阀门", "包装", "印刷", "家具", "电缆", "五金", "塑胶", "钢构", "制药", "铸造", "光电", "减速机"]
SUF = ["有限公司", "股份有限公司", "科技有限公司", "制造有限公司"]
STREETS = ["黄海路", "新业八街", "宾水西道", "航天道", "津塘路", "泰达大街", "雅安道", "华苑产业区海泰发展六道", "东海路", "北辰道"]

class Ctx:
    def __init__(s, rng): s.rng = rng; s.used = set(); s.np = np.random.default_rng(rng.randrange(1 << 30))
    def firm(s, tianjin=True, region=None, bad=False):
        r = s.rng
        if not tianjin and region is None: region = r.choice(OTHER)
        while True:
            name = ("天津" if tianjin else "") + r.choice(W1) + r.choice(W1 + "和信达华宏远盛通恒") + r.choice(W2) + r.choice(SUF)
            if not tianjin:
                name = region[1][:2] + name
            if name not in s.used: s.used.add(name); break
        if tianjin:
            reg = region or r.choice(TJ_DIST)
            addr = "天津市%s%s%d号" % (reg[1], r.choice(STREETS), r.randint(1, 300))
        else:
            reg = region or r.choice(OTHER); addr = "%s%s%d号" % (reg[1], r.choice(["科技园路", "工业大道", "创新路"]), r.randint(1, 300))
        return {"name": name, "uscc": make_uscc(r, reg[0], bad), "address": addr, "district": reg[1]}

def nf(): return {k: None for k in ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")}

class Sub:
    def __init__(s, name, out, seed):
        s.name = name; s.root = os.path.join(out, name); s.sroot = os.path.join(s.root, "submission")
        shutil.rmtree(s.root, ignore_errors=True); os.makedirs(s.sroot)
        s.rng = random.Random("%s-%d" % (name, seed)); s.ctx = Ctx(s.rng); s.docs = []; s.n = 0; s.genres = {}
    def add(s, folder, doc_type, pages, fields, cno=None, note="", genre="", rendering=None, land=False, subject=None, dup_of=None):
        r = s.rng; s.n += 1
        f = nf(); f.update(fields or {})
        if rendering is None:
            x = r.random(); rendering = "scan" if x < 0.33 else ("photo" if x < 0.49 else "text")
        if rendering == "photo" and len(pages) > 1: rendering = "scan"
        if dup_of is not None:
            data, ext = dup_of["_bytes"], dup_of["path"].rsplit(".", 1)[1]; rendering = dup_of["rendering"]
        elif rendering == "text":
            data = R.pdf_bytes(pages, land, font="STSong-Light" if r.random() < 0.2 else "WQY"); ext = "pdf"
        elif rendering == "corrupt":
            full = R.pdf_bytes(pages, land); data = full[: len(full) // 3]; ext = "pdf"
        else:
            dpi = r.choice([150, 160, 170]) if rendering == "scan" else r.choice([130, 150])
            imgs = [R.page_image(p, dpi, land) for p in pages]
            imgs = [R.degrade_scan(i, s.ctx.np) if rendering == "scan" else R.degrade_photo(i, s.ctx.np) for i in imgs]
            if len(imgs) > 1: data = R.images_pdf(imgs); ext = "pdf"
            else:
                ext = r.choice(["jpg", "jpg", "png", "tif", "pdf"]) if rendering == "scan" else "jpg"
                data = R.images_pdf(imgs) if ext == "pdf" else R.save_image(imgs[0] if rendering == "photo" else imgs[0].convert("L"), ext, 72)
        names = ["IMG_%04d" % (2000 + s.n * 7), "扫描全能王 2025-03-%02d %02d.%02d" % (1 + s.n % 28, 8 + s.n % 10, s.n % 60), "附件%d" % s.n, "doc%05d" % (s.n * 13), "微信图片_20250312%06d" % (s.n * 1013), "新文档 %d" % s.n]
        fn = r.choice(names) + "." + ext
        rel = folder + "/" + fn
        os.makedirs(os.path.join(s.sroot, folder), exist_ok=True)
        with open(os.path.join(s.sroot, rel), "wb") as fh: fh.write(data)
        d = {"path": rel, "doc_type": doc_type, "rendering": rendering, "contract_no": cno, "sha256": hashlib.sha256(data).hexdigest(),
             "note": note, "fields": f, "genre": genre, "_bytes": data}
        if subject: d["subject"] = subject
        s.docs.append(d); s.genres.setdefault(genre, []).append(rendering); return d

def plan(name, rng):
    """Returns the scenario spec of a submission."""
    return name

def build(name, out, seed):
    S = Sub(name, out, seed); r = S.rng; cx = S.ctx
    ap = cx.firm(True, TJ_DIST[0]); ap["name"] = "天津" + "瀚昀智造系统" + "有限公司" if name.endswith("clean") else ("天津堃瑄工业互联网科技有限公司" if name.endswith("gaps") else "天津翀赟智能装备技术有限公司")
    S.ap = ap; tricky = name.endswith("tricky"); gapsub = name.endswith("gaps")
    # ---------------- contracts ----------------
    if name.endswith("clean"):
        cspec = [dict(amt=a, tj=t, sme=sm) for a, t, sm in [(3860000, 1, 1), (2441000, 1, 1), (5120000, 1, 0), (1980000, 0, 1), (2750000, 0, 1), (3300000, 1, 1), (1625500, 0, 1)]]
    elif gapsub:
        P = ["ok", "no_acc", "no_pay", "pay_short", "late_acc", "failed", "payer_group", "bad_uscc_dup", "not_tj", "sme_mis", "no_proc"]
        cspec = [dict(amt=a, tj=t, sme=1, plant=p) for a, t, p in zip([2200000, 1860000, 3120000, 2500000, 1450000, 2980000, 1760000, 2230000, 1990000, 2670000, 1540000], [1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0], P)]
    else:
        amts = [2510000, 2860000.00, 3120000, 1955500, 2004500, 2550000]  # sum 15,000,000.00
        cspec = [dict(amt=a, tj=t, sme=sm, plant=p) for a, t, sm, p in zip(amts + [2100000], [1, 1, 0, 0, 0, 0, 1], [1, 1, 0, 1, 1, 1, 1],
                 ["instal3", "decl_0.4", "large", "lastday", "branch", "sme_edge", "payee_sibling"])]
    contracts = []
    for i, sp in enumerate(cspec):
        k = i + 1; plant = sp.get("plant", "ok")
        if plant == "not_tj": f = cx.firm(False, OTHER[1])
        elif sp["tj"]: f = cx.firm(True)
        else: f = cx.firm(False)
        if plant == "branch": f["name"] = f["name"].replace("有限公司", "有限公司天津分公司").replace("北京", "").replace("上海", ""); f["address"] = "天津市西青区宾水西道%d号" % (r.randint(1, 99)); f["uscc"] = make_uscc(r, "120111")
        if plant == "bad_uscc_dup": f["uscc"] = make_uscc(r, "370212", bad=True)
        emp, rev = (r.randint(30, 900), r.randint(2000, 39000))
        if not sp["sme"]: emp, rev = 1200 + i * 300, 52000 + i * 15000
        if plant == "sme_edge": emp, rev = 1000, 39999
        dsme = bool(sp["sme"]) if plant not in ("sme_mis", "sme_edge") else (not sp["sme"])
        sign = "2023-%02d-%02d" % (r.randint(3, 11), r.randint(1, 28)) if r.random() < 0.4 else "2024-%02d-%02d" % (r.randint(1, 5), r.randint(1, 28))
        acc = "2024-%02d-%02d" % (r.randint(6, 11), r.randint(1, 28))
        if plant == "lastday": acc = "2024-12-31"
        if plant == "late_acc": acc = "2025-01-%02d" % r.randint(3, 20)
        decl = float(sp["amt"]); docamt = decl
        if plant == "decl_0.4": docamt = round(decl / 1.004, -2)
        cno = r.choice(["TJ-ZZ-2024-%03d", "HT%d%04d", "ZNGC-%02d-%04d"])
        cno = (cno % (k * 7) if cno.count("%") == 1 else cno % (2024 if "HT" in cno else 24, 100 + k * 37))
        c = dict(k=k, seq=k, contract_no=cno, customer=f["name"], customer_uscc=f["uscc"], customer_address=f["address"], amount=docamt, decl=decl, sign=sign, accept=acc,
                 delivery="2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), name=r.choice(["数字化车间MES系统建设项目", "设备联网与数据采集平台项目", "智能仓储WMS及AGV集成项目", "能源管理系统建设项目", "质量追溯系统项目", "工业互联网标识解析二级节点应用项目"]),
                 employees=emp, revenue=rev, dsme=dsme, dtj=bool(sp["tj"]) or plant == "not_tj", plant=plant)
        contracts.append(c)
        folder = r.choice(["一、服务合同及佐证/%02d_%s" % (k, f["name"][:6]), "1.客户合同材料/客户%d" % k])
        # contract
        if plant != "x":
            gen = G.n02_govcontract if k % 2 == 0 else G.o_contract
            cdoc = S.add(folder, "contract", gen(c, ap), {"contract_no": cno, "amount_yuan": fen_str(docamt), "date": sign, "customer": f["name"]}, cno,
                  "合同；预付款/违约金/履约保证金/交货期为干扰项" + ("；申报额与合同额差0.4%" if plant == "decl_0.4" else ""), "N02" if gen is G.n02_govcontract else "O1")
        # procurement
        if plant != "no_proc":
            if k % 3 == 0:
                d = dict(customer=f["name"], amount=docamt, date=sign, order_no=cno)
                S.add(folder, "procurement_proof", G.n04_zcy(c, ap, d), {"contract_no": cno, "amount_yuan": fen_str(docamt), "date": sign, "customer": f["name"]}, cno, "政采云电子卖场订单；打印时间为干扰日期", "N04")
            else:
                nd = "2024-%02d-%02d" % (1, r.randint(2, 28)) if sign >= "2024" else sign[:8] + "01"
                if nd > sign: nd = sign
                d = dict(customer=f["name"], amount=docamt, date=nd, open=nd)
                S.add(folder, "procurement_proof", G.o_bid(c, ap, d), {"amount_yuan": fen_str(docamt), "date": nd, "customer": f["name"]}, cno, "中标通知书；开标日与履约保证金为干扰项", "O4")
        # acceptance
        if plant != "no_acc":
            res = "failed" if plant == "failed" else "passed"
            if k % 2 == 1:
                d = dict(customer=f["name"], result=res, date=acc, cno=k % 4 != 1)
                S.add(folder, "acceptance_report", G.n03_scoresheet(c, ap, d), {"contract_no": cno if d["cno"] else None, "date": acc, "customer": f["name"], "result": res}, cno,
                      "质量验收评定表，结论为评定等级" + ("（12月31日）" if acc == "2024-12-31" else ""), "O11")
            else:
                d = dict(customer=f["name"], result=res, date=acc, amount=docamt if k % 4 else None)
                S.add(folder, "acceptance_report", G.o_accept(c, ap, d), {"contract_no": cno, "date": acc, "customer": f["name"], "result": res, "amount_yuan": fen_str(docamt) if d["amount"] else None}, cno, "验收报告", "O2")
        # payments
        if plant != "no_pay":
            parts = [docamt]
            if plant == "instal3": parts = [round(docamt * 0.3, 2), round(docamt * 0.6, 2)]; parts.append(round(docamt - sum(parts), 2))
            elif k % 3 == 1: parts = [round(docamt * 0.5, 2), round(docamt - round(docamt * 0.5, 2), 2)]
            if plant == "pay_short": parts = [round(docamt * 0.5, 2)]
            payer = f["name"]; payee = ap["name"]
            if plant == "payer_group": payer = "天津" + f["name"][2:4] + "控股集团有限公司"
            if plant == "payee_sibling": payee = ap["name"].replace("技术有限公司", "科技有限公司")
            pf = "二、付款凭证" if r.random() < 0.5 else folder
            first = None
            for j, a in enumerate(parts):
                pd = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
                memo = r.choice(["%s合同款" % cno, "货款", "项目进度款 合同号%s" % cno, "技术服务费"])
                d = dict(payer=payer, payee=payee, amount=a, date=pd, memo=memo, n=r.randint(10 ** 6, 10 ** 7), branch=r.choice(["滨海分行营业部", "南开", "西青"]), notice="2025-%02d-%02d" % (r.randint(1, 3), r.randint(1, 28)))
                fl = {"amount_yuan": fen_str(a), "date": pd, "payer": payer, "payee": payee, "contract_no": cno if cno in memo else None}
                if (k + j) % 3 == 2: first = S.add(pf, "payment_proof", G.n14_entrusted(d), fl, cno, "贷款受托支付凭证；贷款金额与到期日为干扰项", "N14")
                elif (k + j) % 3 == 1: first = S.add(pf, "payment_proof", G.n05_arrival(d), fl, cno, "到账通知书（收款行出具）；通知日期为干扰日期", "N05")
                else: first = S.add(pf, "payment_proof", G.o_bankslip(d), fl, cno, "银行回单；打印时间为干扰日期", "O3")
        if plant == "bad_uscc_dup":
            S.add(folder + "/补充材料", "contract", None, cdoc["fields"], cno, "与同合同的合同文件字节相同（重复上传）", cdoc["genre"], dup_of=cdoc)
    # ---------------- suppliers ----------------
    sups = []
    sspec = {"clean": ["ok", "ok"], "gaps": ["ok", "code_other", "missing"], "tricky": ["lastday", "amt_0.4", "addr_hebei"]}[name.split("_")[-1]]
    for i, p in enumerate(sspec):
        f = cx.firm(True) if p != "code_other" else cx.firm(False, OTHER[4])
        if p == "addr_hebei": f["address"] = "河北省廊坊市广阳区创业路%d号" % r.randint(1, 99)
        amt = float(r.choice([360000, 480000, 525000, 610000])); dt = "2024-12-31" if p == "lastday" else "2024-%02d-%02d" % (r.randint(2, 10), r.randint(1, 28))
        s = dict(supplier=f["name"], uscc=f["uscc"], address=f["address"], district=f["district"], contract_no="FB-2024-%03d" % (i + 11), name=r.choice(["车间网络布线及设备安装", "PLC控制柜成套制作", "数据采集网关部署"]), amount=amt, sign=dt)
        sups.append(s)
        docamt = round(amt * 1.004, -1) if p == "amt_0.4" else amt
        if p != "missing":
            d = dict(customer=ap["name"], amount=docamt, date=dt)
            gen, gid = [(G.o_sub, "O5"), (G.n17_cloud, "N17"), (G.n01_techcontract, "O10")][i % 3] if not tricky else [(G.n17_cloud, "N17"), (G.n01_techcontract, "O10"), (G.o_sub, "O5")][i]
            S.add("三、本地配套供应商", "subcontract", gen(s, ap, d), {"contract_no": s["contract_no"] if gid != "O10" else None, "amount_yuan": fen_str(docamt), "date": dt, "customer": ap["name"]}, s["contract_no"],
                  "分包合同" + {"O10": "；预付款/有效期为干扰项", "N17": "；月费与服务期为干扰项", "O5": "；暂定价条款"}[gid] + ("；金额差0.4%" if p == "amt_0.4" else ""), gid)
    # ---------------- meetings ----------------
    meets = []
    mgen = [(G.o_meeting, "O6"), (G.n06_wjx, "N06"), (G.n07_initiative, "O12"), (G.n15_face, "N15"), (G.n08_badge, "N08"), (G.n09_notebook, "N09")]
    mplan = {"clean": ["ok"] * 10, "gaps": ["ok"] * 6 + ["missing", "date2023", "att8", "att8"], "tricky": ["exact10"] * 9 + ["lastday10", "att9"]}[name.split("_")[-1]]
    host = ap["name"]
    for i, p in enumerate(mplan):
        nt = {"ok": 12, "exact10": 10, "lastday10": 10, "att8": 8, "att9": 9, "missing": 11, "date2023": 11}[p]
        rows = []
        for j in range(nt):
            f = cx.firm(True); by_addr = (j % 5 == 4)
            rows.append(dict(name=f["name"], uscc=None if by_addr else f["uscc"], address=f["address"] if by_addr else None, person=r.choice("王李张刘陈杨赵黄周吴") + r.choice(["昀", "瑄", "伟", "芳", "堃", "磊", "静", "翀"])))
        if tricky or i % 2: rows.insert(r.randint(0, len(rows)), dict(name=host, uscc=ap["uscc"], address=None, person="孙橦"))
        f = cx.firm(False); rows.append(dict(name=f["name"], uscc=f["uscc"], address=None, person="郑赟"))
        date = "2024-12-31" if p == "lastday10" else ("2023-12-%02d" % r.randint(5, 28) if p == "date2023" else "2024-%02d-%02d" % (r.randint(3, 11), r.randint(1, 28)))
        m = dict(k=i + 1, name="第%d期智能制造经验交流会（%s专场）" % (i + 1, r.choice(["装备制造", "汽车零部件", "新材料", "食品医药", "电子信息"])), place=r.choice(["天津滨海高新区创新大厦3楼会议室", "西青区智能制造产业园报告厅", "申报单位一楼多功能厅"]), rows=rows)
        meets.append(dict(name=m["name"], date=date, place=m["place"], declared_count=nt if p != "att8" else 11, sheet_rows=rows))
        if p == "missing": continue
        gen, gid = mgen[i % 6]
        d = dict(date=date)
        S.add("四、经验交流会/第%d期" % (i + 1), "meeting_record", gen(m, d, host), {"date": date, "title": m["name"]}, None,
              "会议记录与签到（%d家天津企业，含主办方行/外地企业行）" % nt, gid, subject=m["name"], rendering="photo" if gid == "N09" else None)
    # ---------------- diagnoses ----------------
    diags = []
    dplan = {"clean": ["ok"] * 30, "gaps": ["ok"] * 24 + ["nosol"] * 3 + ["missing"] * 2 + ["late"], "tricky": ["ok"] * 28 + ["first", "last", "nosol"]}[name.split("_")[-1]]
    dgen = [(G.o_diag, "O7"), (G.n10_wenzhen, "N10"), (G.n11_slides, "N11"), (G.n12_vsm, "N12"), (G.n13_fishbone, "N13"), (G.n16_workshop, "N16")]
    for i, p in enumerate(dplan):
        f = cx.firm(r.random() < 0.85)
        date = {"first": "2024-01-01", "last": "2024-12-31", "late": "2025-01-%02d" % r.randint(5, 20)}.get(p, "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)))
        gen, gid = dgen[i % 6]
        title = "%s%s" % (f["name"][:-4] if f["name"].endswith("有限公司") else f["name"], {"O7": "智能制造免费诊断报告", "N10": "数字化问诊报告", "N11": "数字化诊断成果汇报", "N12": "价值流诊断报告", "N13": "质量问题诊断报告", "N16": "数字化诊断共创报告"}[gid])
        g = dict(customer=f["name"], k=i, solution=p != "nosol")
        diags.append(dict(customer=f["name"], uscc=f["uscc"], date=date, report_title=title, has_solution=p != "nosol"))
        if p == "missing": continue
        S.add("五、免费诊断", "diagnosis_report", gen(g, dict(date=date, title=title), host), {"date": date, "customer": f["name"], "title": title}, None,
              "免费诊断" + ("；无解决方案章节" if p == "nosol" else "") + ("；调研期间为日期区间" if gid == "N12" else ""), gid, land=(gid == "N11"))
    # ---------------- standards / others ----------------
    stds = []
    titles = ["离散制造企业设备数据采集接口规范", "中小企业数字化转型诊断服务规范", "工业互联网平台 边缘网关技术要求"]
    for i, t in enumerate(titles):
        up = not (gapsub and i == 2)
        stds.append(dict(seq=i + 1, title=t, category="团体标准", stage="征求意见稿", draft_uploaded=up))
        if up: S.add("六、标准草案", "standard_draft", G.o_standard(dict(k=30 + i, title=t), ap), {"title": t}, None, "团体标准征求意见稿封面", "O8")
    S.add("七、其他材料", "other", G.o_license(ap), {}, None, "营业执照（非证据类）", "O9")
    if gapsub:
        S.add("七、其他材料", "other", G.o_license(ap), {}, None, "截断的PDF", "O9", rendering="corrupt")
    # ---------------- workbook + truth ----------------
    workbook(S, ap, contracts, sups, meets, diags, stds)
    truth = {"submission": name, "applicant": {"name": ap["name"], "uscc": ap["uscc"], "address": ap["address"]},
             "contracts": [dict(seq=c["seq"], contract_no=c["contract_no"], customer=c["customer"], customer_uscc=c["customer_uscc"], customer_address=c["customer_address"],
                                amount_yuan=fen_str(c["decl"]), accept_date=c["accept"], declared_tianjin=c["dtj"], declared_sme=c["dsme"], employees=c["employees"], revenue_wan=c["revenue"],
                                planted=[] if c["plant"] == "ok" else [c["plant"]]) for c in contracts],
             "suppliers": [dict(supplier=s["supplier"], uscc=s["uscc"], address=s["address"], contract_no=s["contract_no"], amount_yuan=fen_str(s["amount"]), sign_date=s["sign"]) for s in sups],
             "meetings": meets, "diagnoses": diags, "standards": stds,
             "documents": [{k: v for k, v in d.items() if k not in ("_bytes",)} for d in S.docs]}
    truth.update(rules.derive(truth))
    with open(os.path.join(S.root, "ground_truth.json"), "w", encoding="utf-8") as fh: json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth

def workbook(S, ap, contracts, sups, meets, diags, stds):
    r = S.rng; wb = openpyxl.Workbook(); ws = wb.active; ws.title = "申报单位"
    def sheet(ws, title, head, rows):
        ws.append([title]); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head)); ws["A1"].font = Font(bold=True)
        ws.append(head)
        for row in rows: ws.append(row)
    sheet(ws, "申报单位基本信息", ["项目", "内容"], [["单位名称", ap["name"]], ["统一社会信用代码", ap["uscc"]], ["注册地址", ap["address"]], ["申报方向", "智能制造系统解决方案"], ["服务行业", "装备制造"], ["阶段", "考核"]])
    def dt(iso, i):
        return "%s年%d月%d日" % (iso[:4], int(iso[5:7]), int(iso[8:])) if i % 3 == 1 else datetime.date.fromisoformat(iso)
    big = max(contracts, key=lambda c: c["revenue"])
    rows = []
    for i, c in enumerate(contracts):
        amt = "%.2f" % (c["decl"] / 10000) if i == 2 else round(c["decl"] / 10000, 2)
        rev = "{:,}".format(c["revenue"]) if c is big else c["revenue"]
        rows.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["name"], amt, dt(c["sign"], i), dt(c["accept"], i + 1), "是" if c["dsme"] else "否", c["employees"], rev, "是" if c["dtj"] else "否"])
    sheet(wb.create_sheet("服务用户清单"), "服务用户清单（考核期）", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb.create_sheet("标准草案"), "标准草案", ["序号", "标准名称", "标准类别", "阶段"], [[s["seq"], s["title"], s["category"], s["stage"]] for s in stds])
    sheet(wb.create_sheet("本地配套供应商"), "本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[i + 1, s["supplier"], s["uscc"], s["contract_no"], s["name"], round(s["amount"] / 10000, 2), dt(s["sign"], i)] for i, s in enumerate(sups)])
    sheet(wb.create_sheet("经验交流会"), "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"], [[i + 1, m["name"], dt(m["date"], i), m["place"], m["declared_count"]] for i, m in enumerate(meets)])
    sheet(wb.create_sheet("免费诊断"), "免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"], [[i + 1, d["customer"], d["uscc"], dt(d["date"], i), d["report_title"]] for i, d in enumerate(diags)])
    wb.properties.created = datetime.datetime(2025, 3, 1); wb.properties.modified = datetime.datetime(2025, 3, 1)
    wb.save(os.path.join(S.sroot, "申报信息.xlsx"))

if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("--out", default="data"); ap.add_argument("--seed", type=int, default=29); a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for n in ("a29_assess_clean", "a29_assess_gaps", "a29_assess_tricky"):
        t = build(n, a.out, a.seed)
        print(n, len(t["documents"]), "passed=%s" % t["assessment_passed"], "gaps=%d" % len(t["gaps"]), t["requirements"])
