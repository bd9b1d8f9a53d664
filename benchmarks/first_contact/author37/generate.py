"""Deterministic generator of three assessment-cycle submissions.  python generate.py --out data --seed 37"""
import argparse, json, os, random, shutil
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment
import docs, render, rules, util

DISTRICTS = [("120116", "滨海新区", ["第二大街", "黄海路", "新港四号路", "睦宁路"]), ("120111", "西青区", ["赛达四支路", "兴华七支路"]),
             ("120113", "北辰区", ["双辰中路", "高端园宏旺道"]), ("120110", "东丽区", ["先锋东路", "航双路"]),
             ("120114", "武清区", ["京滨工业园京滨大道", "福源道"]), ("120112", "津南区", ["八里台工业园鑫宇道", "咸水沽镇津沽路"]),
             ("120104", "南开区", ["科研东路", "红旗路"]), ("120115", "宝坻区", ["九园工业园园区路"])]
OTHER = [("130102", "河北省石家庄市长安区", "中山东路"), ("110108", "北京市海淀区", "上地信息路"), ("370102", "山东省济南市历下区", "经十路"),
         ("130203", "河北省唐山市路北区", "建设北路"), ("320505", "江苏省苏州市虎丘区", "长江路")]
WORDS = ["赟达", "昀橦", "瑄和", "翀宇", "堃源", "泰昊", "博瑞", "津沽", "海晟", "鼎熠", "华骞", "钰衡", "恒锴", "珺瑞", "煜昇", "宸铎",
         "沣润", "汇旻", "晟淇", "璟辉", "铖泰", "鑫珩", "骏琮", "晔川", "瀚洋", "晖瑄", "霈安", "茂楦", "凯湉", "弘翎", "启轩", "宜堃",
         "森垚", "澜祺", "嘉赟", "朗晞", "北洋", "渤汇", "广昀", "德橦", "乾昱", "锦禾", "振洲", "佰川", "睿杉", "丰骅", "卓邦", "明钺",
         "天澄", "新淏", "宏赟", "瑞翀", "安琛", "远喆", "润霖", "铭瑄", "恒昶", "同煦", "立堃", "正琪", "俊懋", "泓晏", "昕淼", "岚峤"]
TRADES = [("精密机械", "精密机械零部件加工"), ("汽车零部件", "汽车零部件制造"), ("电子科技", "电子元器件装配"), ("新材料科技", "高分子新材料生产"),
          ("食品", "食品加工"), ("医药", "化学原料药生产"), ("包装制品", "纸塑包装制品生产"), ("金属制品", "五金及金属结构件制造"),
          ("电气设备", "低压电气成套设备制造"), ("自行车", "自行车及零部件制造"), ("纺织", "功能性纺织品生产"), ("化工", "精细化工产品生产")]
BANKS = ["津门银行", "沽上商业银行", "渤津农村商业银行", "燕赵联合银行", "齐鲁海通银行"]
PROJECTS = ["数字化车间改造项目", "MES制造执行系统建设项目", "设备联网与数据采集项目", "智能仓储物流系统项目", "质量追溯系统建设项目",
            "能源管理平台建设项目", "工业互联网平台应用项目", "焊装线自动化升级项目", "视觉检测系统集成项目", "APS高级排程系统项目"]


class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def firm(self, tianjin=True, region=None):
        rng = self.rng
        while True:
            w = rng.choice(WORDS); tr = rng.choice(TRADES)
            if tianjin:
                dc, dn, roads = region or rng.choice(DISTRICTS)
                name = f"天津{w}{tr[0]}有限公司" if rng.random() < 0.8 else f"天津市{w}{tr[0]}股份有限公司"
                addr = f"天津市{dn}{rng.choice(roads)}{rng.randint(2, 199)}号"
                code = util.make_uscc(rng, dc)
            else:
                rc, pn, road = rng.choice(OTHER)
                city = pn[3:5] if pn.startswith("河北") or pn.startswith("山东") or pn.startswith("江苏") else "北京"
                name = f"{city}{w}{tr[0]}有限公司"
                addr = f"{pn}{road}{rng.randint(2, 199)}号"
                code = util.make_uscc(rng, rc)
            if name not in self.used:
                self.used.add(name)
                return {"name": name, "code": code, "addr": addr, "trade": tr[1]}


def person(rng):
    return rng.choice("王李张刘陈杨赵黄周吴孙马胡郭") + rng.choice(["晓东", "昀", "赟", "建国", "丽", "海涛", "瑄", "翀", "静", "磊", "芳", "堃", "宇航", "婷"])


def phone(rng):
    return "1" + rng.choice("3589") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def acct(rng):
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([16, 19])))


F8 = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")


def fields(**kw):
    return {k: kw.get(k) for k in F8}


class Sub:
    def __init__(self, name, rng, out):
        self.name, self.rng = name, rng
        self.root = os.path.join(out, name)
        self.sroot = os.path.join(self.root, "submission")
        shutil.rmtree(self.root, ignore_errors=True)
        os.makedirs(self.sroot)
        self.docs, self.counter = [], 0
        self.names = Names(rng)

    def fname(self, folder, ext):
        self.counter += 1
        r = self.rng
        style = r.choice(["scan", "img", "new", "att", "num"])
        n = self.counter
        base = {"scan": f"扫描件{n:03d}", "img": f"IMG_2025{r.randint(1, 3):02d}{r.randint(1, 28):02d}_{r.randint(100000, 235959)}",
                "new": f"新建文档 ({n})", "att": f"附件{n}", "num": f"{r.randint(10000000, 99999999)}"}[style]
        if style == "img" and ext not in ("jpg", "png"):
            base = f"CamScanner {n:03d}"
        return os.path.join(folder, base + "." + ext)

    def add(self, folder, genre, doc_type, f, x, contract_no=None, note="", rendering=None, facts=None, subject=None, corrupt=False):
        r = self.rng
        if rendering is None:
            v = r.random()
            rendering = "text" if v < 0.55 else ("scan" if v < 0.85 else "photo")
        pages = docs.GENRES[genre](r, self.A, f, x)
        if corrupt:
            rendering = "corrupt"
        if rendering in ("text", "corrupt"):
            ext = "pdf"
        elif rendering == "photo":
            ext = "jpg"
        else:
            ext = r.choice(["pdf", "pdf", "jpg", "png", "tif"])
        rel = self.fname(folder, ext)
        path = os.path.join(self.sroot, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if rendering == "text":
            render.to_pdf(pages, path)
        elif rendering == "corrupt":
            tmp = path + ".tmp"
            render.to_pdf(pages, tmp)
            b = open(tmp, "rb").read(); os.remove(tmp)
            open(path, "wb").write(b[: len(b) * 2 // 5])
        else:
            render.save_image_doc(pages, path, rendering, ext, r)
        if doc_type == "other" or rendering == "corrupt":
            f = fields()
        e = {"path": rel.replace(os.sep, "/"), "doc_type": doc_type if rendering != "corrupt" else "other", "rendering": rendering,
             "contract_no": contract_no, "sha256": util.sha256_file(path), "note": note, "fields": f,
             "genre": genre, "subject": subject, "facts": facts or {}}
        if rendering == "corrupt":
            e["facts"] = {"intended_doc_type": doc_type}
        self.docs.append(e)
        return e

    def duplicate(self, e, folder, note):
        rel = self.fname(folder, e["path"].rsplit(".", 1)[1])
        os.makedirs(os.path.join(self.sroot, folder), exist_ok=True)
        shutil.copyfile(os.path.join(self.sroot, e["path"]), os.path.join(self.sroot, rel))
        d = json.loads(json.dumps(e)); d["path"] = rel.replace(os.sep, "/"); d["note"] = note
        self.docs.append(d)


# --------------------------------------------------------------------------- builders

def build_contract(S, seq, spec):
    r, A = S.rng, S.A
    cu = spec["firm"]
    no = spec.get("no") or f"{r.choice(['ZZ', 'HT', 'JS', 'XM'])}-2024-{r.randint(100, 999)}{seq:02d}"
    amt = Decimal(spec["amount"])
    stated = Decimal(spec.get("stated", spec["amount"]))
    sign = spec["sign"]; acc = spec["accept"]
    c = {"seq": seq, "contract_no": no, "customer": cu["name"], "customer_uscc": spec.get("declared_code", cu["code"]),
         "customer_address": cu["addr"], "amount_yuan": util.yuan2(amt), "sign_date": sign, "accept_date": acc,
         "declared_sme": spec["declared_sme"], "staff": spec["staff"], "revenue_wan": spec["revenue"],
         "declared_tianjin": spec["declared_tianjin"], "planted": spec.get("planted", [])}
    folder = f"一、服务用户证明材料/{seq:02d}-{cu['name'][:6]}"
    project = spec.get("project") or r.choice(PROJECTS)
    seal = cu["name"]
    d = spec.get("defects", set())
    x = {"project": project, "scope": project.replace("项目", "").replace("建设", "") + "整体解决方案", "cust_code": c["customer_uscc"],
         "cust_addr": cu["addr"], "cust_seal": seal, "amount": float(stated), "delivery": spec.get("delivery", "2024-06-30"),
         "start": sign, "spaced": r.random() < 0.4, "provisional": spec.get("provisional", False)}
    # contract
    cg = spec.get("cgenre", "contract_plain")
    camt = Decimal(spec["contract_amount"]) if "contract_amount" in spec else stated
    S.add(folder, cg, "contract", fields(contract_no=no, amount_yuan=util.yuan2(camt), date=sign, customer=cu["name"]),
          dict(x, amount=float(camt)), no, spec.get("cnote", "合同：预付款/质保金/违约金为干扰金额，交货期为干扰日期"))
    # procurement
    if "no_proc" not in d:
        pg = spec.get("pgenre", "procurement_notice")
        pdate = spec.get("pdate", util_shift(sign, -r.randint(8, 25)))
        cites = r.random() < 0.5
        px = dict(x, proj_no=f"TJ{r.randint(10, 99)}-{r.randint(1000, 9999)}", open=util_shift(pdate, -5), until=util_shift(pdate, 7),
                  site=cu["name"][:8] + "采购平台", site_url=f"https://ep.{r.choice(['tjzb', 'cgpt', 'srm'])}{r.randint(10, 99)}.com.cn")
        S.add(folder, pg, "procurement_proof", fields(contract_no=no if cites else None, amount_yuan=util.yuan2(stated), date=pdate, customer=cu["name"]),
              px, no, "采购证明：开标日期/公示期/项目预算为干扰项" if pg == "n_single_source" else "中标通知书：开标日期、履约保证金为干扰项")
    # acceptance
    acc_entry = None
    if "no_acc" not in d:
        ag = spec.get("agenre", "acceptance_plain")
        amt_on = None if r.random() < 0.4 else util.yuan2(stated)
        acust = spec.get("acc_customer", cu["name"])
        acc_entry = S.add(folder, ag, "acceptance_report",
                          fields(contract_no=no if r.random() < 0.7 else None, amount_yuan=amt_on, date=acc, customer=acust,
                                 result="failed" if "acc_failed" in d else "passed"),
                          x, no, spec.get("anote", "验收报告"))
    if "dup_acc" in d and acc_entry:
        S.duplicate(acc_entry, f"一、服务用户证明材料/补充材料", "与验收报告字节相同的重复上传")
    # payments
    if "no_pay" not in d:
        parts = spec.get("instalments", [Decimal(1)])
        total = stated
        amts = []
        for i, p in enumerate(parts):
            amts.append((total * Decimal(p)).quantize(Decimal("0.01")) if i < len(parts) - 1 else total - sum(amts))
        pdates = spec.get("pay_dates") or [util_shift(acc, r.randint(5, 40) + 10 * i) for i in range(len(parts))]
        for i, (a, pdd) in enumerate(zip(amts, pdates)):
            pgen = spec.get("paygenre", "payment_ebank")
            cites = r.random() < 0.6
            payer = spec.get("payer", cu["name"])
            bank = r.choice(BANKS)
            px = {"bank": bank, "serial": str(r.randint(10 ** 11, 10 ** 12)), "acc1": acct(r), "acc2": acct(r),
                  "bank1": r.choice(BANKS) + r.choice(["天津分行", "天津滨海分行营业部", "北京分行", "西青支行"]),
                  "bank2": bank + r.choice(["天津分行营业部", "天津开发区支行", "天津北辰支行"]),
                  "memo": (f"{no}合同款" if cites else r.choice(["货款", "工程款", "项目款"])) + ("（第%d笔）" % (i + 1) if len(parts) > 1 else ""),
                  "print": util_shift(pdd, 30), "entrust": util_shift(pdd, -6)}
            S.add(folder, pgen, "payment_proof", fields(contract_no=no if cites else None, amount_yuan=util.yuan2(a), date=pdd, payer=payer, payee=A["name"]),
                  px, no, spec.get("paynote", "付款回单" + ("（分期，合计等于合同额）" if len(parts) > 1 else "")),
                  corrupt=("corrupt_pay" in d and i == 0))
    return c


def util_shift(iso, days):
    import datetime
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)).isoformat()


def build_supplier(S, seq, spec):
    r, A = S.rng, S.A
    sp = spec["firm"]
    no = f"FB-2024-{r.randint(10, 99)}{seq:02d}"
    s = {"seq": seq, "supplier": sp["name"], "uscc": sp["code"], "address": sp["addr"], "contract_no": no,
         "name": spec["title"], "amount_yuan": util.yuan2(spec["amount"]), "date": spec["date"], "planted": spec.get("planted", [])}
    if "missing" not in spec.get("defects", set()):
        stated = Decimal(spec.get("stated", spec["amount"]))
        x = {"party_b": spec.get("party_b", sp["name"]), "sup_code": sp["code"], "sup_addr": sp["addr"], "main_project": r.choice(PROJECTS),
             "scope": "电气控制柜制作及现场布线", "district": "滨海新区", "s_from": spec["date"], "s_to": util_shift(spec["date"], 300),
             "amount": float(stated), "delivery": util_shift(spec["date"], 90)}
        S.add("二、本地配套供应商", spec["genre"], "subcontract",
              fields(contract_no=no, amount_yuan=util.yuan2(stated), date=spec.get("doc_date", spec["date"]), customer=A["name"]),
              x, no, spec.get("note", "本地配套分包合同"), facts={"party_b": x["party_b"]}, subject=sp["name"])
    return s


def attendees(S, n_tj, n_out=1, host=True, dup=False, region_mix=True):
    r = S.rng
    rows = []
    if host:
        rows.append({"name": S.A["name"], "code": S.A["uscc"], "addr": S.A["address"], "host": True})
    for i in range(n_tj):
        f = S.names.firm(True)
        rows.append({"name": f["name"], "code": f["code"], "addr": f["addr"]})
    for i in range(n_out):
        f = S.names.firm(False)
        rows.append({"name": f["name"], "code": f["code"], "addr": f["addr"]})
    if dup and n_tj:
        rows.append(dict(rows[1 if host else 0]))
    first = rows[:1] if host else []
    rest = rows[len(first):]
    r.shuffle(rest)
    rows = first + rest
    for row in rows:
        row["person"] = person(r); row["phone"] = phone(r)
    return rows


def shown(rows, mode, rng):
    """What the sheet prints for each row (facts = printed values only)."""
    out = []
    for row in rows:
        q = {"name": row["name"], "person": row["person"], "phone": row["phone"]}
        m = mode if mode != "mixed" else rng.choice(["code", "addr"])
        if m in ("code", "both"):
            q["code"] = row["code"]
        if m in ("addr", "both"):
            q["addr"] = row["addr"]
        if mode == "both" and rng.random() < 0.2:
            q.pop("code")
        out.append(q)
    return out


MEET_GENRES = ["meeting_plain", "split", "n_signing_ceremony", "n_roadshow", "n_roundtable", "n_feedback"]
MODE = {"meeting_plain": "code", "sheet_separate": "code", "n_signing_ceremony": "mixed", "n_roadshow": "both", "n_roundtable": "mixed", "n_feedback": "both"}


def build_meeting(S, seq, spec):
    r, A = S.rng, S.A
    title = spec["title"]
    m = {"seq": seq, "title": title, "date": spec["date"], "place": spec["place"], "declared_attendees": spec["declared"], "planted": spec.get("planted", [])}
    folder = f"三、经验交流会/第{seq}场"
    g = spec["genre"]
    if spec.get("missing"):
        return m
    rows = spec["rows"]
    if g == "n_feedback":  # hosts do not fill in the questionnaire
        rows = [q for q in rows if not q.get("host")]
    f = fields(date=spec.get("doc_date", spec["date"]), title=title)
    x = {"place": spec["place"]}
    if g == "split":
        sh = shown(rows, "code", r)
        S.add(folder, "meeting_plain", "meeting_record", f, dict(x, sheet_inline=False, rows=[]), None, "会议纪要（签到表为单独文件）", facts={"rows": []}, subject=title)
        S.add(folder, "sheet_separate", "meeting_record", f, dict(x, rows=sh), None, "单独的签到表（代码在首列，含电话列）", rendering=r.choice(["scan", "photo"]), facts={"rows": sh}, subject=title)
    elif g == "notice_only":
        S.add(folder, "meeting_plain", "meeting_record", f, dict(x, sheet_inline=False, rows=[]), None, "只有会议纪要，无签到表", facts={"rows": []}, subject=title)
    else:
        sh = shown(rows, MODE[g], r)
        S.add(folder, g, "meeting_record", f, dict(x, rows=sh), None, spec.get("note", "会议记录与参会名单"), facts={"rows": sh}, subject=title)
    return m


DIAG_GENRES = ["diagnosis_plain", "n_layout", "n_vision_poc", "n_photo_book"]
DIAG_TITLE = {"diagnosis_plain": "智能制造免费诊断报告", "n_layout": "车间布局与物流动线诊断报告", "n_vision_poc": "视觉检测打样测试及诊断报告", "n_photo_book": "智能制造现场诊断问题图册"}


def build_diag(S, seq, spec):
    r = S.rng
    cu = spec["firm"]; g = spec["genre"]
    title = f"{cu['name'][:-4]}{DIAG_TITLE[g]}"
    dg = {"seq": seq, "customer": cu["name"], "uscc": cu["code"], "date": spec["date"], "report_title": title, "planted": spec.get("planted", [])}
    if spec.get("missing"):
        return dg
    x = {"trade": cu["trade"], "lines": r.randint(2, 9), "net": r.randint(15, 60), "solution": spec.get("solution", True),
         "rep_no": f"ZD-2024-{seq:03d}", "part": r.choice(["铝合金壳体", "冲压支架", "注塑面板", "PCB组件"])}
    S.add("四、免费诊断报告", g, "diagnosis_report", fields(date=spec.get("doc_date", spec["date"]), customer=cu["name"], title=title), x, None,
          spec.get("note", "免费诊断报告"), facts={"has_solution": x["solution"]}, subject=cu["name"])
    return dg


def build_standard(S, seq, spec):
    r, A = S.rng, S.A
    st = {"seq": seq, "title": spec["title"], "category": spec["cat"], "stage": spec["stage"], "has_document": not spec.get("missing")}
    if not spec.get("missing"):
        x = {"body": {"团体标准": "团 体 标 准", "企业标准": "企 业 标 准"}[spec["cat"]],
             "code": ("T/TJZN " if spec["cat"] == "团体标准" else "Q/TJ") + f"{r.randint(1, 99):03d}—2024", "stage": spec["stage"], "year": 2024,
             "issuer": "天津市智能制造产业技术联盟" if spec["cat"] == "团体标准" else A["name"]}
        S.add("五、标准草案", "standard_cover", "standard_draft", fields(title=spec["title"]), x, None, "标准草案封面+前言", subject=spec["title"])
    return st


# --------------------------------------------------------------------------- workbook

def workbook(S, t):
    wb = openpyxl.Workbook()
    def sheet(title, heads, rows, first=False):
        ws = wb.active if first else wb.create_sheet()
        ws.title = title
        ws.cell(1, 1, {"申报单位": "申报单位基本信息", "服务用户清单": "服务用户（合同）清单"}.get(title, title))
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        for j, h in enumerate(heads, 1):
            ws.cell(2, j, h)
        for i, row in enumerate(rows, 3):
            for j, v in enumerate(row, 1):
                ws.cell(i, j, v)
        return ws
    A = t["applicant"]
    sheet("申报单位", ["项目", "内容"], [["单位名称", A["name"]], ["统一社会信用代码", A["uscc"]], ["注册地址", A["address"]],
                                    ["申报方向", "智能制造系统解决方案"], ["服务行业", "装备制造、汽车零部件、电子信息"], ["阶段", "考核"]], True)
    import datetime
    r = S.rng
    rows = []
    big = max(t["contracts"], key=lambda c: c["revenue_wan"])
    for i, c in enumerate(t["contracts"]):
        wan = Decimal(c["amount_yuan"]) / 10000
        amt = f"{wan:.2f}" if i == 1 else float(wan)
        def dt(s):
            return util.cn_date(s) if i % 3 == 0 else datetime.date.fromisoformat(s)
        rev = f"{c['revenue_wan']:,}" if c is big else c["revenue_wan"]
        rows.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c.get("title", "项目合同"), amt, dt(c["sign_date"]), dt(c["accept_date"]),
                     "是" if c["declared_sme"] else "否", c["staff"], rev, "是" if c["declared_tianjin"] else "否"])
    ws = sheet("服务用户清单", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    for row in ws.iter_rows(min_row=3, min_col=7, max_col=8):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    sheet("标准草案", ["序号", "标准名称", "标准类别", "阶段"], [[s["seq"], s["title"], s["category"], s["stage"]] for s in t["standards"]])
    sheet("本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["supplier"], s["uscc"], s["contract_no"], s["name"], float(Decimal(s["amount_yuan"]) / 10000), datetime.date.fromisoformat(s["date"])] for s in t["suppliers"]])
    sheet("经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[m["seq"], m["title"], util.cn_date(m["date"]) if m["seq"] % 2 else datetime.date.fromisoformat(m["date"]), m["place"], m["declared_attendees"]] for m in t["meetings"]])
    sheet("免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[d["seq"], d["customer"], d["uscc"], datetime.date.fromisoformat(d["date"]), d["report_title"]] for d in t["diagnoses"]])
    wb.save(os.path.join(S.sroot, "申报信息.xlsx"))


# --------------------------------------------------------------------------- plans

def customer(S, tianjin, large=False):
    f = S.names.firm(tianjin)
    staff = S.rng.randint(1200, 3500) if large else S.rng.randint(60, 900)
    rev = S.rng.randint(45000, 260000) if large else S.rng.randint(3000, 38000)
    return f, staff, rev


def cspec(S, amount, tianjin=True, large=False, **kw):
    f, staff, rev = customer(S, tianjin, large)
    d = {"firm": f, "amount": amount, "staff": staff, "revenue": rev, "declared_sme": not large, "declared_tianjin": tianjin,
         "sign": kw.pop("sign", f"2023-{S.rng.randint(5, 12):02d}-{S.rng.randint(1, 28):02d}"),
         "accept": kw.pop("accept", f"2024-{S.rng.randint(2, 11):02d}-{S.rng.randint(1, 28):02d}")}
    d.update(kw)
    return d


def genre_cycle(S, i):
    r = S.rng
    return {"cgenre": ["contract_plain", "n_coop_dev"][i % 2], "agenre": ["acceptance_plain", "n_abnahme"][(i // 2) % 2],
            "paygenre": ["payment_ebank", "n_collection"][(i + 1) % 2], "pgenre": ["procurement_notice", "n_single_source"][(i // 2 + 1) % 2]}


def make(name, seed, out, kind):
    rng = random.Random(f"{seed}-{name}")
    S = Sub(name, rng, out)
    dc = DISTRICTS[[0, 1, 2][["a37_assess_clean", "a37_assess_gaps", "a37_assess_tricky"].index(name)]]
    app = S.names.firm(True, dc)
    A = {"name": app["name"].replace("有限公司", "智能科技有限公司").replace("股份智能科技", "智能科技股份"), "uscc": app["code"], "address": app["addr"]}
    S.A = A
    contracts, suppliers, meetings, diags, standards = [], [], [], [], []
    specs = []
    if kind == "clean":
        amts = ["4860000", "3275000", "5120000", "2690000", "3980000", "2145000", "3360000"]
        for i, a in enumerate(amts):
            s = cspec(S, a, tianjin=i < 4, large=(i == 6)); s.update(genre_cycle(S, i)); specs.append(s)
        specs[2]["instalments"] = [Decimal("0.3"), Decimal("0.6"), Decimal("0.1")]
    elif kind == "gaps":
        plan = [("no_acc", "缺验收报告"), ("corrupt_pay", "唯一付款回单文件损坏"), ("no_proc", "缺采购证明"), ("amount", "合同金额与申报不符"),
                ("payer", "付款方为母公司"), ("acc_failed", "验收不合格"), ("acc_2025", "验收日期在2025年"), ("uscc", "申报信用代码校验位错误"),
                ("not_tj", "申报为天津企业但注册在河北"), ("sme", "申报为中小企业但实为大型企业"), ("dup_acc", "验收报告重复上传"), ("none", "无缺陷")]
        for i, (p, lab) in enumerate(plan):
            s = cspec(S, str(rng.randint(80, 320) * 10000), tianjin=(p not in ("not_tj", "sme")), large=(p == "sme"))
            s.update(genre_cycle(S, i)); s["planted"] = [lab]
            dset = set()
            if p == "no_acc": dset.add("no_acc")
            if p == "corrupt_pay": dset.add("corrupt_pay")
            if p == "no_proc": dset.add("no_proc")
            if p == "amount": s["contract_amount"] = str(int(s["amount"]) + 186000)
            if p == "payer": s["payer"] = s["firm"]["name"].replace("天津", "天津渤海").replace("有限公司", "集团有限公司"); s["paynote"] = "付款方为客户的母公司（集团代付）"
            if p == "acc_failed": dset.add("acc_failed"); s["anote"] = "验收不合格"
            if p == "acc_2025": s["accept"] = "2025-01-08"; s["anote"] = "验收日期在考核周期之后"
            if p == "uscc": s["declared_code"] = util.corrupt_uscc(s["firm"]["code"])
            if p == "not_tj":
                s["declared_tianjin"] = True; s["firm"]["name"] = "天津" + s["firm"]["name"][2:]
            if p == "sme": s["declared_sme"] = True
            if p == "dup_acc": dset.add("dup_acc")
            s["defects"] = dset
            specs.append(s)
    else:  # tricky
        amts = ["3120000", "2480000", "1950000", "2650000", "2300000", "2500000", "1800000"]
        for i, a in enumerate(amts):
            s = cspec(S, a, tianjin=(i < 2), large=(i == 3)); s.update(genre_cycle(S, i)); specs.append(s)
        specs[0]["accept"] = "2024-12-31"; specs[0]["anote"] = "验收日期为考核期最后一天"; specs[0]["planted"] = ["trap: 验收日期2024-12-31"]
        specs[1]["accept"] = "2024-01-01"; specs[1]["planted"] = ["trap: 验收日期2024-01-01"]
        specs[2]["instalments"] = [Decimal("0.3"), Decimal("0.65"), Decimal("0.05")]; specs[2]["planted"] = ["trap: 三笔分期合计恰等于合同额"]
        specs[5]["stated"] = "2511000"; specs[5]["planted"] = ["trap: 文件金额2,511,000与申报2,500,000相差0.44%"]
        specs[3]["planted"] = ["trap: 大型企业，申报为非中小企业（正确）"]
        specs[4]["delivery"] = "2025-03-31"; specs[4]["planted"] = ["trap: 交货期在2025年"]
        specs[6]["payer"] = specs[6]["firm"]["name"].replace("有限公司", "有限公司北京分公司"); specs[6]["paynote"] = "付款方为客户的北京分公司（户名与客户不同）"
        specs[6]["planted"] = ["subtle gap: 付款人为客户分公司"]
        for s in specs:
            s["provisional"] = True
    for i, s in enumerate(specs, 1):
        c = build_contract(S, i, s); c["title"] = "项目合同"; contracts.append(c)

    # suppliers
    SG = ["n_storage", "n_oem", "n_training", "subcontract_plain"]
    titles = {"n_storage": "设备仓储及配送服务合同", "n_oem": "边缘网关委托加工协议", "n_training": "用户操作人员委托培训合同", "subcontract_plain": "电气控制柜分包合同"}
    if kind == "clean":
        sups = [dict(genre="n_storage"), dict(genre="n_oem"), dict(genre="n_training")]
    elif kind == "gaps":
        sups = [dict(genre="subcontract_plain", out=True, planted=["供应商注册在北京"]), dict(genre="n_oem", defects={"missing"}, planted=["缺分包合同"]),
                dict(genre="n_storage", date="2023-11-20", planted=["分包合同签订于2023年"]), dict(genre="n_training", stated_add=42000, planted=["分包金额不符"]),
                dict(genre="subcontract_plain")]
    else:
        sups = [dict(genre="n_storage", branch=True, planted=["trap: 北京企业的天津分公司（12开头代码、天津地址）"]),
                dict(genre="n_oem", date="2024-12-31", planted=["trap: 签订日期为2024-12-31"]),
                dict(genre="n_training", sister=True, planted=["subtle gap: 乙方为供应商的关联公司"])]
    for i, sp in enumerate(sups, 1):
        if sp.get("out"):
            firm = S.names.firm(False); firm["code"] = util.make_uscc(rng, "110108"); 
        else:
            firm = S.names.firm(True)
        if sp.get("branch"):
            firm["name"] = firm["name"].replace("天津", "北京").replace("有限公司", "有限公司天津分公司")
        amount = rng.randint(30, 160) * 10000
        d = {"firm": firm, "genre": sp["genre"], "title": titles[sp["genre"]], "amount": str(amount), "date": sp.get("date", f"2024-{rng.randint(2, 10):02d}-{rng.randint(1, 28):02d}"),
             "planted": sp.get("planted", []), "defects": sp.get("defects", set())}
        if sp.get("stated_add"):
            d["stated"] = str(amount + sp["stated_add"])
        if sp.get("sister"):
            d["party_b"] = firm["name"].replace("有限公司", "技术服务有限公司")
        suppliers.append(build_supplier(S, i, d))

    # meetings
    places = ["天津经济技术开发区服务中心3楼会议室", "西青区智能制造创新中心报告厅", "滨海新区工业互联网赋能中心", "北辰区科技园路演厅", "东丽区湖滨智谷会议中心"]
    topics = ["离散制造数字化车间建设", "设备联网与数据治理", "质量追溯系统应用", "中小企业数字化转型", "工业互联网平台应用", "智能仓储物流",
              "精益生产与MES", "能源管理数字化", "机器视觉质量检测", "APS排程优化", "5G+工业互联网", "安全生产数字化"]
    mplan = []
    if kind == "clean":
        for i in range(10):
            mplan.append(dict(genre=(MEET_GENRES[i % 6]), n=rng.randint(11, 14)))
    elif kind == "gaps":
        mplan = [dict(genre="meeting_plain", missing=True, planted=["缺会议记录"]), dict(genre="n_roadshow", n=8, planted=["天津参会企业仅8家"]),
                 dict(genre="n_feedback", n=12, date="2025-01-10", planted=["会议在2025年召开"]), dict(genre="notice_only", n=12, planted=["无签到表"]),
                 dict(genre="n_signing_ceremony", n=12), dict(genre="split", n=11), dict(genre="n_roundtable", n=13), dict(genre="meeting_plain", n=11)]
    else:
        for i in range(11):
            mplan.append(dict(genre=MEET_GENRES[i % 6], n=10, dup=(i % 3 == 0), planted=["trap: 天津企业恰好10家（含主办方、外地企业、同一企业两人签到）"]))
        mplan[4]["date"] = "2024-12-31"; mplan[4]["planted"] = mplan[4]["planted"] + ["trap: 会议在2024-12-31"]
        mplan[7]["n"] = 9; mplan[7]["planted"] = ["subtle gap: 天津企业仅9家（申报10家）"]
    for i, mp in enumerate(mplan, 1):
        title = f"{topics[(i - 1) % len(topics)]}经验交流会" if kind != "tricky" else f"2024年第{i}期{topics[(i - 1) % len(topics)]}经验交流会"
        rows = attendees(S, mp.get("n", 0), n_out=rng.randint(1, 2), host=rng.random() < 0.7 or kind == "tricky", dup=mp.get("dup", False))
        d = {"title": title, "date": mp.get("date", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"), "place": rng.choice(places),
             "declared": max(10, mp.get("n", 10)), "genre": mp["genre"], "rows": rows, "missing": mp.get("missing"), "planted": mp.get("planted", [])}
        meetings.append(build_meeting(S, i, d))

    # diagnoses
    nd = {"clean": 30, "gaps": 27, "tricky": 31}[kind]
    for i in range(1, nd + 1):
        f = S.names.firm(rng.random() < 0.85)
        d = {"firm": f, "genre": DIAG_GENRES[i % 4], "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        if kind == "gaps":
            if i in (3, 17): d["missing"] = True; d["planted"] = ["缺诊断报告"]
            if i in (5, 22): d["solution"] = False; d["planted"] = ["诊断报告无解决方案"]; d["note"] = "无解决方案章节"
            if i == 11: d["date"] = "2023-12-20"; d["planted"] = ["诊断日期在2023年"]
        if kind == "tricky":
            if i == 12: d["date"] = "2025-01-03"; d["planted"] = ["subtle gap: 诊断日期2025-01-03"]
            if i == 20: d["date"] = "2024-12-31"; d["planted"] = ["trap: 诊断日期2024-12-31"]
        diags.append(build_diag(S, i, d))

    # standards
    stit = ["离散制造企业设备数据采集接口规范", "中小企业数字化车间建设指南", "工业互联网平台应用成熟度评价方法", "智能仓储系统验收规范"]
    scount = 3
    for i in range(scount):
        sp = {"title": stit[i], "cat": ["团体标准", "企业标准"][i % 2], "stage": ["征求意见稿", "草案", "送审稿"][i % 3]}
        if kind == "gaps" and i == 2:
            sp["missing"] = True
        standards.append(build_standard(S, i + 1, sp))

    # other documents
    S.add("六、其他材料", "other_license", "other", fields(), {"district": dc[1]}, None, "营业执照副本（噪声）")
    dd = diags[0]
    S.add("六、其他材料", "other_visit_confirm", "other", fields(), {"d": dd["date"], "firm": dd["customer"]}, None, "上门服务到访确认（不是诊断报告）")

    t = {"name": name, "phase": "考核", "period": ["2024-01-01", "2024-12-31"], "applicant": A, "award_tier_wan": None,
         "contracts": contracts, "suppliers": suppliers, "meetings": meetings, "diagnoses": diags, "standards": standards,
         "documents": sorted(S.docs, key=lambda d: d["path"])}
    der = rules.derive(t)
    for m in t["meetings"]:
        m["tianjin_attendees_on_sheet"] = der["meeting_tianjin_attendees"].get(m["title"], 0)
    t.update({k: v for k, v in der.items() if k != "meeting_tianjin_attendees"})
    workbook(S, t)
    order = ["name", "phase", "period", "applicant", "assessment_passed", "award_tier_wan", "accepted_total_yuan", "requirements", "gaps",
             "verified_contracts", "verified_customer_count", "verified_tianjin_customer_count", "verified_sme_customer_count",
             "verified_local_suppliers", "qualifying_meetings", "diagnosed_customers_with_solution", "standards_with_document",
             "contracts", "suppliers", "meetings", "diagnoses", "standards", "documents"]
    t = {k: t[k] for k in order}
    with open(os.path.join(S.root, "ground_truth.json"), "w", encoding="utf-8") as fh:
        json.dump(t, fh, ensure_ascii=False, indent=1)
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data"); ap.add_argument("--seed", type=int, default=37)
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    for name, kind in [("a37_assess_clean", "clean"), ("a37_assess_gaps", "gaps"), ("a37_assess_tricky", "tricky")]:
        if a.only and name not in a.only:
            continue
        t = make(name, a.seed, a.out, kind)
        print(name, len(t["documents"]), "docs; passed", t["assessment_passed"], "gaps", len(t["gaps"]))


if __name__ == "__main__":
    main()
