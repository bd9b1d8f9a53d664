"""Deterministic generator: python generate.py --out data --seed 33"""
import argparse, datetime as dt, json, os, random, shutil
from decimal import Decimal
import openpyxl
from openpyxl.styles import Font
import docs, render, rules
from util import make_uscc, break_uscc, sha256, yuan

D = dt.date
TJ = [("120116", "天津市滨海新区", "滨海新区"), ("120111", "天津市西青区", "西青区"), ("120113", "天津市北辰区", "北辰区"), ("120110", "天津市东丽区", "东丽区"),
      ("120112", "天津市津南区", "津南区"), ("120114", "天津市武清区", "武清区"), ("120115", "天津市宝坻区", "宝坻区"), ("120104", "天津市南开区", "南开区")]
OUT = [("130600", "河北省保定市", "保定"), ("110108", "北京市海淀区", "北京"), ("370200", "山东省青岛市", "青岛"), ("320500", "江苏省苏州市", "苏州"), ("131000", "河北省廊坊市", "廊坊")]
BR = list("赟昀橦瑄翀堃鑫泓瀚骏睿博嘉恒泰华宇晟澜旭锦润铭越弘煜琨璟")
IND = ["精密机械", "汽车零部件", "电子科技", "新材料科技", "液压设备", "智能装备", "包装制品", "食品", "橡塑制品", "金属制品", "电气设备", "模具", "医疗器械", "环保科技", "轴承", "线缆"]
STREETS = ["黄海路", "兴华道", "京福公路", "津塘公路", "咸阳路", "翠金湖路", "海泰南道", "西区新业九街", "泉州北路", "宝平路"]
SUR = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"

class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()
    def firm(self, tianjin=True, branch=False, region=None):
        rng = self.rng
        while True:
            reg = region or (rng.choice(TJ) if tianjin else rng.choice(OUT))
            brand = rng.choice(BR) + rng.choice(BR)
            if brand[0] == brand[1]: continue
            pre = "天津" if reg[0].startswith("12") else reg[2] if reg[2] in ("北京",) else reg[1][:2]
            if branch:
                name = "北京%s信息技术有限公司天津分公司" % brand
            else:
                name = "%s%s%s有限公司" % (pre if rng.random() < 0.8 else pre + "市", brand, rng.choice(IND))
            if name in self.used: continue
            self.used.add(name)
            addr = "%s%s%d号" % (reg[1], rng.choice(STREETS), rng.randrange(1, 300))
            return dict(name=name, uscc=make_uscc(rng, reg[0]), address=addr, person=rng.choice(SUR) + rng.choice("伟芳娜敏静磊洋勇军杰涛明超昀瑄"), district=reg[2])

class Sub:
    def __init__(self, root, rng, ap):
        self.root, self.rng, self.ap, self.docs, self.k = root, rng, ap, [], 0
        os.makedirs(root, exist_ok=True)
    def add(self, folder, gid, x, note, contract_no=None, mode=None, extra=None, corrupt=False):
        rng = self.rng
        g = docs.GENRES[gid]
        x = dict(x, ap=self.ap)
        blocks, fields = g["fn"](x, rng)
        if mode is None:
            r = rng.random()
            mode = "text" if r < 0.55 else ("scan" if r < 0.86 else "photo")
        if corrupt: mode = "corrupt"
        self.k += 1
        if mode in ("text", "corrupt"):
            ext = "pdf"
        elif mode == "photo":
            ext = "jpg"
        else:
            ext = rng.choice(["pdf", "pdf", "jpg", "png", "tif"])
        stem = rng.choice(["扫描件%03d" % self.k, "IMG_2024%02d%02d_%04d" % (rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(10000)),
                           "附件%d" % self.k, "doc%04d" % rng.randrange(10000), "微信图片_%d" % rng.randrange(10 ** 9, 10 ** 10), "%03d" % self.k])
        rel = "%s/%s.%s" % (folder, stem, ext)
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if mode == "corrupt":
            render.corrupt(blocks, path)
            fields = docs.F()
        else:
            render.render(blocks, path, mode, rng, ext, font="STSong-Light" if rng.random() < 0.15 and mode == "text" else "WQY")
        e = dict(path=rel, doc_type="other" if corrupt else g["doc_type"], rendering=mode, contract_no=None if corrupt else contract_no,
                 sha256=sha256(path), note=note, genre=gid, fields=fields)
        if extra and not corrupt: e.update(extra)
        self.docs.append(e)
        return e
    def duplicate(self, e, folder, note):
        ext = e["path"].rsplit(".", 1)[1]
        rel = "%s/副本_%d.%s" % (folder, self.rng.randrange(1000), ext)
        shutil.copyfile(os.path.join(self.root, e["path"]), os.path.join(self.root, rel))
        n = dict(e, path=rel, note=note)
        self.docs.append(n)

def pick(rng, pool, seen):
    """round-robin over the genre pool so every genre appears"""
    for g in pool:
        if g not in seen:
            seen.add(g); return g
    return rng.choice(pool)

STD_TITLES = ["离散制造车间设备联网数据采集技术规范", "注塑成型工艺参数数字化管理要求", "中小企业智能制造免费诊断服务规范", "工业互联网标识在零部件追溯中的应用指南"]
PROJ = ["数字化车间建设", "设备联网与数据采集", "MES系统实施", "智能仓储物流改造", "质量追溯系统建设", "能源管理系统建设", "工业互联网平台应用", "柔性装配线智能化改造"]

def build(name, plan, seed, out):
    rng = random.Random("%s-%d" % (name, seed))
    N = Names(rng)
    root = os.path.join(out, name)
    if os.path.exists(root): shutil.rmtree(root)
    sroot = os.path.join(root, "submission")
    ap = N.firm(region=TJ[0]); ap["name"] = "天津昀橦智能系统技术有限公司" if name.endswith("clean") else ap["name"].replace("有限公司", "智能科技有限公司").replace("智能装备智能", "智能")
    ap["contact"] = ap["person"]
    sub = Sub(sroot, rng, ap)
    seen = set()
    # ---- contracts
    contracts = []
    for i, spec in enumerate(plan["contracts"]):
        if spec.get("same_customer_as") is not None:
            cu = contracts[spec["same_customer_as"]]["cu"]
        elif spec.get("tj", True):
            cu = N.firm(tianjin=True, branch=spec.get("branch", False))
        else:
            cu = N.firm(tianjin=False)
        if spec.get("not_tj"):
            cu["address"] = cu["address"]  # declared 是 but registered outside Tianjin
        large = spec.get("large", False)
        emp = spec.get("emp", rng.randrange(1200, 3000) if large else rng.randrange(60, 600))
        rev = spec.get("rev", rng.randrange(45000, 220000) if large else rng.randrange(3000, 30000))
        amount = spec["doc_amount"] if "doc_amount" in spec else spec["amount"]
        sign = spec.get("sign", D(2024, rng.randrange(1, 5), rng.randrange(1, 28)))
        accept = spec.get("accept", D(2024, rng.randrange(7, 12), rng.randrange(1, 28)))
        c = dict(no="%s-%d-%03d" % (rng.choice(["HT", "TJZN", "YT"]), sign.year, rng.randrange(1, 999)), name="%s%s项目合同" % (cu["name"][:2] if False else "", rng.choice(PROJ)),
                 amount=amount, sign=sign, accept=accept, proc=sign - dt.timedelta(days=rng.randrange(7, 25)))
        uscc = break_uscc(cu["uscc"]) if spec.get("invalid_uscc") else cu["uscc"]
        cu_doc = dict(cu, uscc=uscc)
        contracts.append(dict(c=c, cu=cu_doc, spec=spec, emp=emp, rev=rev, large=large))
    for i, k in enumerate(contracts):
        c, cu, spec = k["c"], k["cu"], k["spec"]
        folder = "一、服务用户合同及佐证材料/%02d_%s" % (i + 1, cu["name"][:6])
        x = dict(c=c, cu=cu)
        if "contract_amount" in spec: x["doc_amount"] = spec["contract_amount"]
        cg = spec.get("contract_genre") or pick(rng, ["C0", "N1", "C0"], seen)
        sub.add(folder, cg, dict(x), spec.get("note_c", "合同"), c["no"], extra=None) if cg != "C0" else \
            sub.add(folder, "C0", dict(x), spec.get("note_c", "合同（甲 方/乙 方字间距）" if i % 2 else "合同"), c["no"]) if not (i % 2) else \
            docs.GENRES["C0"] and sub.add(folder, "C0", dict(x), "合同：甲方/乙方标签字间距", c["no"]) and None
        if i % 2 and cg == "C0":
            # rebuild with spaced labels: replace last doc by spaced variant
            e = sub.docs.pop(); os.remove(os.path.join(sroot, e["path"]))
            g = docs.GENRES["C0"]; fn = g["fn"]
            docs.GENRES["C0"] = dict(g, fn=lambda xx, r: fn(xx, r, spaced=True))
            sub.add(folder, "C0", dict(x), "合同：甲 方/乙 方字间距，预付款与违约金为干扰金额", c["no"])
            docs.GENRES["C0"] = g
        if not spec.get("no_proc"):
            sub.add(folder, spec.get("proc_genre") or pick(rng, ["N5", "R0"], seen), dict(x), "采购证明：开标日期/有效期/履约保证金为干扰项", c["no"])
        if not spec.get("no_acc"):
            ax = dict(x, acc_date=spec.get("acc_doc_date", c["accept"]), result=spec.get("result", "passed"))
            sub.add(folder, spec.get("acc_genre") or pick(rng, ["N2", "A0"], seen), ax, spec.get("note_a", "验收证明"), c["no"])
        if not spec.get("no_pay"):
            n = spec.get("instalments", 1)
            parts = [c["amount"] // n] * n
            parts[-1] += c["amount"] - sum(parts)
            if "pay_total" in spec:
                parts = [spec["pay_total"]]
            base = max(c["accept"], c["sign"]) if c["accept"].year == 2024 else c["sign"]
            for j, p in enumerate(parts):
                pdate = c["sign"] + dt.timedelta(days=10 + j * 40) if n > 1 else base + dt.timedelta(days=5)
                pay = dict(amount=p, date=pdate, memo=rng.choice(["货款", "%s合同款" % c["no"], "项目款", "第%d期款 %s" % (j + 1, c["no"])]), cite=rng.random() < 0.5)
                pg = spec.get("pay_genre") or pick(rng, ["N15", "N4", "P0"], seen)
                e = sub.add(folder, pg, dict(x, pay=pay, group=spec.get("group")),
                            "付款证明%s" % ("（分期，合计等于合同额）" if n > 1 else ""), c["no"])
            if spec.get("dup_pay"):
                sub.duplicate(e, folder, "同一付款回单重复上传（字节相同）")
        if spec.get("weekly"):
            sub.add(folder, "O1", dict(x), "进度周报：列出合同号与名称，非证据", None)
    # ---- suppliers
    suppliers = []
    for i, sp in enumerate(plan["suppliers"]):
        f = N.firm(tianjin=sp.get("tj", True))
        if sp.get("addr_out"):
            f["address"] = "河北省廊坊市广阳区新开路%d号" % rng.randrange(1, 200)
        s = dict(f, no="FB-2024-%03d" % rng.randrange(1, 999), amount=sp["amount"], sign=sp.get("sign", D(2024, rng.randrange(2, 11), rng.randrange(1, 28))),
                 work=rng.choice(["产线PLC数据采集点位接入", "工装夹具设计制作", "现场布线及安装调试", "视觉检测工位集成"]))
        suppliers.append(s)
        if not sp.get("missing"):
            g = sp.get("genre") or pick(rng, ["N6", "N7", "N8", "S0"], seen)
            sub.add("二、本地配套供应商分包合同", g, dict(s=s), "分包合同", s["no"], extra=dict(counterparty=s["name"]))
    # ---- meetings
    pool_tj = [N.firm(tianjin=True) for _ in range(18)] + [N.firm(tianjin=True, branch=True)]
    pool_out = [N.firm(tianjin=False) for _ in range(4)]
    meetings = []
    topics = ["智能制造经验交流会", "工业互联网应用案例分享会", "中小企业数字化转型交流会", "设备联网与数据治理研讨交流会", "智能工厂现场观摩交流会"]
    for i, mp in enumerate(plan["meetings"]):
        n_tj = mp.get("tj", rng.randrange(11, 14))
        att = rng.sample(pool_tj, n_tj) + rng.sample(pool_out, mp.get("out", 1))
        if mp.get("host", True): att.insert(rng.randrange(len(att)), dict(ap))
        if mp.get("dup_row"):
            a = dict(att[1]); a["person"] = rng.choice(SUR) + "工"; att.insert(3, a)
        date = mp.get("date", D(2024, 1 + i % 12, rng.randrange(2, 28)))
        title = "%s%d年第%d期%s" % (ap["district"], date.year, i + 1, rng.choice(topics))
        m = dict(title=title, date=date, place="%s%s会议室" % (ap["address"], rng.choice(["三楼", "一楼多功能", "五楼"])), sheet=att, declared=mp.get("declared", n_tj))
        meetings.append(m)
        if not mp.get("missing"):
            g = mp.get("genre") or pick(rng, ["N16", "N9", "N10", "N11", "M0"], seen)
            sub.add("三、经验交流会/%02d" % (i + 1), g, dict(m=m, district=ap["district"]), mp.get("note", "会议记录与签到表"), None, extra=dict(subject=title))
    # ---- diagnoses
    diags = []
    for i, dp in enumerate(plan["diagnoses"]):
        f = N.firm(tianjin=rng.random() < 0.85)
        date = dp.get("date", D(2024, rng.randrange(1, 13), rng.randrange(1, 28)))
        g = dp.get("genre") or pick(rng, ["N17", "N12", "N13", "N14", "D0"], seen)
        title = {"N12": "工业互联网标识解析集成应用诊断报告", "N13": "智能制造就绪度评估诊断单", "N14": "设备点检与TPM推进诊断报告", "N17": "碳排放核算与减排诊断报告", "D0": "智能制造免费诊断报告"}[g]
        d = dict(name=f["name"], uscc=f["uscc"], date=date, title=title, solution=not dp.get("no_solution"))
        diags.append(d)
        if not dp.get("missing"):
            sub.add("四、免费诊断报告", g, dict(d=d), dp.get("note", "诊断报告"), None, extra=dict(subject=d["name"], has_solution=d["solution"]))
    # ---- standards
    stds = []
    for i, sp in enumerate(plan["standards"]):
        st = dict(title=STD_TITLES[i], category=rng.choice(["团体标准", "企业标准"]), stage=rng.choice(["征求意见稿", "送审稿"]))
        stds.append(st)
        if not sp.get("missing"):
            sub.add("五、标准草案", "T0", dict(st=st), "标准草案", None, extra=dict(subject=st["title"]))
    # ---- others
    sub.add("六、其他材料", "O2", {}, "营业执照复印件（非证据）", None)
    for _ in range(plan.get("corrupt", 0)):
        sub.add("六、其他材料", "O2", {}, "文件截断，无法打开", None, corrupt=True)
    # ---- declarations
    decl_contracts = []
    for i, k in enumerate(contracts):
        c, cu, sp = k["c"], k["cu"], k["spec"]
        decl_contracts.append(dict(seq=i + 1, contract_no=c["no"], contract_name=c["name"], customer=cu["name"], customer_uscc=cu["uscc"], customer_address=cu["address"],
                                   amount_cents=sp["amount"], sign_date=c["sign"].isoformat(), accept_date=c["accept"].isoformat(),
                                   sme_declared=(not k["large"]) != bool(sp.get("sme_mis")), employees=k["emp"], revenue_wan=k["rev"],
                                   tianjin_declared=sp.get("tj", True) or bool(sp.get("not_tj")), planted=sp.get("planted", [])))
    decl = dict(applicant=dict(name=ap["name"], uscc=ap["uscc"], address=ap["address"]), contracts=decl_contracts,
                suppliers=[dict(seq=i + 1, name=s["name"], uscc=s["uscc"], address=s["address"], contract_no=s["no"], amount_cents=s["amount"], sign_date=s["sign"].isoformat(),
                                planted=plan["suppliers"][i].get("planted", [])) for i, s in enumerate(suppliers)],
                meetings=[dict(seq=i + 1, title=m["title"], date=m["date"].isoformat(), place=m["place"], declared_tianjin=m["declared"],
                               sheet=[dict(name=a["name"], uscc=a["uscc"], address=a["address"]) for a in m["sheet"]], planted=plan["meetings"][i].get("planted", [])) for i, m in enumerate(meetings)],
                diagnoses=[dict(seq=i + 1, name=d["name"], uscc=d["uscc"], date=d["date"].isoformat(), title=d["title"], planted=plan["diagnoses"][i].get("planted", [])) for i, d in enumerate(diags)],
                standards=[dict(seq=i + 1, title=s["title"], category=s["category"], stage=s["stage"]) for s in stds])
    write_workbook(os.path.join(sroot, "申报信息.xlsx"), decl, rng)
    truth = rules.compute(decl, sub.docs)
    gt = dict(phase="考核", applicant=decl["applicant"], **truth,
              contracts=[dict(seq=c["seq"], contract_no=c["contract_no"], customer=c["customer"], customer_uscc=c["customer_uscc"], amount_yuan=yuan(c["amount_cents"]),
                              customer_address=c["customer_address"], sme_declared=c["sme_declared"], employees=c["employees"], revenue_wan=c["revenue_wan"],
                              tianjin_declared=c["tianjin_declared"], accept_date=c["accept_date"], planted=c["planted"]) for c in decl_contracts],
              suppliers=[dict(s, amount_yuan=yuan(s.pop("amount_cents"))) for s in [dict(s) for s in decl["suppliers"]]],
              meetings=decl["meetings"], diagnoses=decl["diagnoses"], standards=decl["standards"], documents=sub.docs)
    for m in gt["meetings"]:
        m.setdefault("sheet_tianjin", None)
    json.dump(gt, open(os.path.join(root, "ground_truth.json"), "w"), ensure_ascii=False, indent=1)
    return gt

def write_workbook(path, decl, rng):
    wb = openpyxl.Workbook()
    def sheet(title, header, rows, first=False):
        ws = wb.active if first else wb.create_sheet()
        ws.title = title
        ws.cell(1, 1, title + "（申报单位填写）").font = Font(bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        for j, h in enumerate(header): ws.cell(2, j + 1, h)
        for i, r in enumerate(rows):
            for j, v in enumerate(r): ws.cell(3 + i, j + 1, v)
        return ws
    ap = decl["applicant"]
    sheet("申报单位", ["项目", "内容"], [["单位名称", ap["name"]], ["统一社会信用代码", ap["uscc"]], ["注册地址", ap["address"]], ["申报方向", "智能制造系统解决方案"], ["服务行业", "装备制造、汽车零部件"], ["阶段", "考核"]], True)
    def dd(s, i):
        d = dt.date.fromisoformat(s)
        return "%d年%d月%d日" % (d.year, d.month, d.day) if i % 3 == 1 else d
    cs = decl["contracts"]
    big = max(range(len(cs)), key=lambda i: cs[i]["revenue_wan"]) if cs else -1
    rows = []
    for i, c in enumerate(cs):
        amt = float(Decimal(c["amount_cents"]) / 1000000)
        rows.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], "%.2f" % amt if i == 2 else amt,
                     dd(c["sign_date"], i), dd(c["accept_date"], i), "是" if c["sme_declared"] else "否", c["employees"],
                     "{:,}".format(c["revenue_wan"]) if i == big else c["revenue_wan"], "是" if c["tianjin_declared"] else "否"])
    sheet("服务用户清单", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet("标准草案", ["序号", "标准名称", "标准类别", "阶段"], [[s["seq"], s["title"], s["category"], s["stage"]] for s in decl["standards"]])
    sheet("本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["name"], s["uscc"], s["contract_no"], "配套分包合同", float(Decimal(s["amount_cents"]) / 1000000), dd(s["sign_date"], i)] for i, s in enumerate(decl["suppliers"])])
    sheet("经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"], [[m["seq"], m["title"], dd(m["date"], i), m["place"], m["declared_tianjin"]] for i, m in enumerate(decl["meetings"])])
    sheet("免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"], [[d["seq"], d["name"], d["uscc"], dd(d["date"], i), d["title"]] for i, d in enumerate(decl["diagnoses"])])
    wb.save(path)

W = 1000000  # cents per 万元
def plans():
    clean = dict(
        contracts=[dict(amount=420 * W), dict(amount=385 * W), dict(amount=310 * W, tj=False), dict(amount=268 * W, large=True, tj=False),
                   dict(amount=255 * W, instalments=3), dict(amount=198 * W, tj=False), dict(amount=172 * W)],
        suppliers=[dict(amount=36 * W), dict(amount=28 * W), dict(amount=19 * W), dict(amount=12 * W)],
        meetings=[dict() for _ in range(10)], diagnoses=[dict() for _ in range(30)], standards=[dict() for _ in range(3)])
    gaps = dict(
        contracts=[dict(amount=320 * W, weekly=True), dict(amount=280 * W, no_pay=True, planted=["missing_payment_proof"]),
                   dict(amount=260 * W, no_acc=True, planted=["missing_acceptance_report"]),
                   dict(amount=240 * W, contract_amount=247 * W, planted=["amount_mismatch"]),
                   dict(amount=220 * W, accept=D(2023, 12, 28), sign=D(2023, 6, 5), planted=["date_out_of_period"]),
                   dict(amount=200 * W, result="failed", acc_genre="A0", planted=["acceptance_not_passed"]),
                   dict(amount=180 * W, pay_genre="N3", group="天津泓瀚控股集团有限公司", planted=["party_mismatch"]),
                   dict(amount=160 * W, invalid_uscc=True, dup_pay=True, planted=["invalid_uscc", "duplicate_evidence"]),
                   dict(amount=150 * W, tj=False, not_tj=True, planted=["not_tianjin"]),
                   dict(amount=140 * W, large=True, sme_mis=True, planted=["sme_misclassified"]),
                   dict(amount=120 * W, no_proc=True, planted=["missing_procurement_proof"])],
        suppliers=[dict(amount=30 * W), dict(amount=25 * W, tj=False, planted=["subcontractor_not_tianjin"]), dict(amount=18 * W, missing=True, planted=["missing_subcontract"])],
        meetings=[dict(), dict(), dict(), dict(), dict(), dict(), dict(missing=True, planted=["missing_meeting_record"]),
                  dict(tj=8, declared=12, planted=["meeting_attendance_below_threshold"]), dict(date=D(2023, 11, 20), planted=["date_out_of_period"]), dict()],
        diagnoses=[dict(missing=True, planted=["missing_diagnosis_report"]) if i < 3 else dict(no_solution=True, planted=["diagnosis_without_solution"]) if i < 5 else
                   dict(date=D(2025, 1, 8), planted=["date_out_of_period"]) if i == 5 else dict() for i in range(30)],
        standards=[dict(), dict(missing=True), dict()], corrupt=1)
    tricky = dict(
        contracts=[dict(amount=400 * W, acc_genre="N2", accept=D(2024, 12, 31), note_a="验收日期为期末最后一天"),
                   dict(amount=300 * W, instalments=3, tj=False), dict(amount=250 * W, doc_amount=251 * W, contract_amount=251 * W, planted=[], tj=True, branch=True),
                   dict(amount=220 * W, large=True, tj=False), dict(amount=180 * W, tj=False, emp=1000, rev=39000),
                   dict(amount=150 * W, tj=False, instalments=2),
                   dict(amount=260 * W, accept=D(2025, 1, 2), acc_doc_date=D(2025, 1, 2), planted=["date_out_of_period"]),
                   dict(amount=210 * W, tj=False, pay_total=211 * W + 30 * 100 * 100, planted=["amount_mismatch"])],
        suppliers=[dict(amount=20 * W, sign=D(2024, 1, 1)), dict(amount=15 * W, sign=D(2024, 12, 31)), dict(amount=22 * W, addr_out=True, planted=["subcontractor_not_tianjin"])],
        meetings=[dict(tj=10, out=2, dup_row=(i % 3 == 0), date=D(2024, 12, 31) if i == 9 else D(2024, 1 + i, 10 + i)) for i in range(10)] +
                 [dict(tj=9, declared=10, planted=["meeting_attendance_below_threshold"])],
        diagnoses=[dict(date=D(2024, 1, 1) if i == 0 else D(2024, 12, 31) if i == 1 else None) if i < 2 else dict() for i in range(30)] +
                  [dict(no_solution=True, planted=["diagnosis_without_solution"])],
        standards=[dict(), dict(), dict()], corrupt=1)
    for p in tricky["diagnoses"]:
        if p.get("date") is None: p.pop("date", None)
    return {"a33_assess_clean": clean, "a33_assess_gaps": gaps, "a33_assess_tricky": tricky}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data"); ap.add_argument("--seed", type=int, default=33)
    a = ap.parse_args()
    for name, plan in plans().items():
        gt = build(name, plan, a.seed, a.out)
        print(name, len(gt["documents"]), "docs; passed", gt["assessment_passed"], "gaps", len(gt["gaps"]))

if __name__ == "__main__":
    main()
