"""Deterministic generator: python generate.py --out data --seed 27"""
import argparse, datetime, json, os, random, shutil
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment
import docs as G
import render, rules
from util import make_uscc, TJ_DISTRICTS, OTHER_REGIONS, sha256, yuan

W1 = ["瑞丰", "宏达", "鑫昊", "赟泰", "昀晟", "橦林", "瑄和", "翀远", "堃元", "泰恒", "润安", "钧诚", "华岳", "海晟", "博锐", "永岚",
      "立川", "锦程", "恒铭", "中盈", "宝骏", "新纬", "科隆", "精诚", "汇津", "北洋", "渤龙", "港联", "嘉禾", "正元", "同禄", "益民",
      "兴旺", "昌隆", "合众", "百川", "天元", "德厚", "金桥", "祥和", "信达", "东昊", "凯腾", "鼎盛", "峰岩", "明德", "沃森", "川页"]
IND = ["精密机械", "汽车零部件", "电子科技", "新材料", "食品", "医疗器械", "金属制品", "塑胶制品", "纺织", "包装材料", "化工",
       "电气设备", "智能装备", "阀门", "轴承", "模具", "线缆", "印刷"]
ROADS = ["黄海路", "泰达大街", "津塘公路", "海泰发展六道", "梓苑路", "京福公路", "宝源路", "微山路", "雅安道", "新兴路", "兴华路",
         "汉沽路", "赛达二大街", "津滨大道", "航海道", "九园工业园三支路", "红旗南路", "卫国道"]
SURN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚", "赟", "昀", "翀", "堃", "瑄"]
BANKS = [("中国工商银行", "天津滨海分行营业部"), ("中国建设银行", "天津西青支行"), ("天津银行", "东丽支行"),
         ("渤海银行", "天津分行营业部"), ("中国银行", "天津河西支行"), ("交通银行", "天津南开支行")]
SCOPES = ["MES制造执行系统", "设备数据采集与监控平台", "智能仓储WMS系统", "能源管理系统", "质量追溯系统", "数字化车间集成",
          "APS高级排程系统", "工业互联网平台", "视觉检测系统", "预测性维护平台"]


class Names:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def firm(self, tj=True, region=None, branch=False):
        r = self.rng
        while True:
            w = r.choice(W1) + (r.choice(W1)[0] if r.random() < 0.3 else "")
            ind = r.choice(IND)
            if tj:
                region = region or r.choice(list(TJ_DISTRICTS))
                nm = r.choice(["天津", "天津市", "天津"]) + w + ind + r.choice(["有限公司", "股份有限公司", "有限公司"])
                addr = f"天津市{TJ_DISTRICTS[region]}{r.choice(ROADS)}{r.randint(1, 388)}号"
            else:
                region = region or r.choice(list(OTHER_REGIONS))
                city = OTHER_REGIONS[region]
                pre = {"110108": "北京", "130102": "石家庄", "370212": "青岛", "320505": "苏州", "440305": "深圳", "131002": "廊坊"}[region]
                nm = pre + w + ind + "有限公司"
                addr = f"{city}{r.choice(['创业路', '科技大道', '工业园路', '经五路'])}{r.randint(1, 200)}号"
            if nm not in self.used:
                self.used.add(nm)
                return {"name": nm, "uscc": make_uscc(r, region), "addr": addr, "region": region}

    def person(self):
        return self.rng.choice(SURN) + "".join(self.rng.choice(GIVN) for _ in range(self.rng.choice([1, 2])))


def acct(r):
    return "".join(str(r.randint(0, 9)) for _ in range(r.choice([16, 19])))


def rand_date(r, y0, y1):
    a, b = datetime.date.fromisoformat(y0), datetime.date.fromisoformat(y1)
    return (a + datetime.timedelta(days=r.randint(0, (b - a).days))).isoformat()


FOLDERS = {"contract": "一、服务用户合同及佐证材料", "sup": "二、本地配套供应商分包合同", "meet": "三、经验交流会",
           "diag": "四、免费诊断服务", "std": "五、标准草案", "other": "六、其他材料"}


class Sub:
    def __init__(self, name, seed, out, app_spec):
        self.name = name
        self.r = random.Random(seed)
        self.N = Names(self.r)
        self.root = os.path.join(out, name)
        self.subdir = os.path.join(self.root, "submission")
        shutil.rmtree(self.root, ignore_errors=True)
        os.makedirs(self.subdir)
        a = self.N.firm(True, app_spec["region"])
        a["name"] = app_spec["name"]; self.N.used.add(a["name"])
        self.app = a
        self.app_rep = self.N.person()
        self.docs, self.contracts, self.suppliers, self.meetings, self.diagnoses, self.standards = [], [], [], [], [], []
        self.counter = 0
        self.names_in_dir = {}

    # ---- file helpers ----
    def fname(self, folder, ext):
        r = self.r
        while True:
            self.counter += 1
            pat = r.choice(["扫描件{n:04d}", "IMG_2024{m:02d}{d:02d}_{h:02d}{mi:02d}{s:02d}", "微信图片_2024{m:02d}{d:02d}{h:02d}{mi:02d}{s:02d}",
                            "附件{k}", "scan{n:03d}", "文档{k}", "{n:05d}", "新建文件{k}"])
            nm = pat.format(n=r.randint(1, 9999), m=r.randint(1, 12), d=r.randint(1, 28), h=r.randint(8, 20), mi=r.randint(0, 59),
                            s=r.randint(0, 59), k=r.randint(1, 40)) + "." + ext
            key = (folder, nm)
            if key not in self.names_in_dir:
                self.names_in_dir[key] = 1
                return nm

    def emit(self, folder, items, doc_type, contract_no, fields, note, genre, rendering=None, fmt=None, font="wqy"):
        r = self.r
        if rendering is None:
            x = r.random()
            rendering = "scan" if x < 0.28 else ("photo" if x < 0.45 else "text")
        if fmt is None:
            fmt = "pdf" if rendering == "text" else (r.choice(["pdf", "pdf", "jpg", "png", "tif"]) if rendering == "scan" else r.choice(["jpg", "jpg", "png"]))
        rel = folder + "/" + self.fname(folder, fmt)
        path = os.path.join(self.subdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        render.render(items, path, rendering, fmt, random.Random(r.randint(0, 2**31)), font=font)
        full = {k: None for k in ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")}
        full.update(fields)
        d = {"path": rel, "doc_type": doc_type, "rendering": rendering, "contract_no": contract_no, "sha256": None,
             "note": note, "fields": full, "genre": genre, "format": fmt}
        self.docs.append(d)
        return d

    def corrupt(self, folder, note):
        rel = folder + "/" + self.fname(folder, "pdf")
        tmp = "/tmp/_a27_tmp.pdf"
        render.render([("title", "项目情况说明"), ("p", "本项目……" * 40)], tmp, "text", "pdf", random.Random(1))
        b = open(tmp, "rb").read()
        with open(os.path.join(self.subdir, rel), "wb") as f:
            f.write(b[: len(b) // 3])
        full = {k: None for k in ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")}
        self.docs.append({"path": rel, "doc_type": "other", "rendering": "corrupt", "contract_no": None, "sha256": None,
                          "note": note, "fields": full, "genre": "corrupt", "format": "pdf"})

    def duplicate(self, d, folder, note):
        ext = d["path"].rsplit(".", 1)[1]
        rel = folder + "/" + self.fname(folder, ext)
        shutil.copyfile(os.path.join(self.subdir, d["path"]), os.path.join(self.subdir, rel))
        e = json.loads(json.dumps(d)); e["path"] = rel; e["note"] = note
        self.docs.append(e)

    # ---- contracts ----
    def contract(self, seq, spec):
        r, N = self.r, self.N
        cu = spec.get("firm") or N.firm(spec.get("tj", True))
        uscc = cu["uscc"] if spec.get("valid_uscc", True) else make_uscc(r, cu["region"], valid=False)
        amt = spec["amount"]
        no = spec.get("no") or f"{r.choice(['HT', 'JS', 'ZZ', 'TJ'])}-2024-{r.randint(100, 999)}{seq:02d}"
        if spec.get("no_year"):
            no = no.replace("2024", spec["no_year"])
        sign = spec.get("sign") or rand_date(r, "2023-03-01", "2024-05-30")
        acc = spec.get("acc_date") or rand_date(r, max(sign, "2024-02-01"), "2024-12-20")
        scope = r.choice(SCOPES)
        c = {"no": no, "cname": f"{cu['name'][:-4] if cu['name'].endswith('有限公司') else cu['name']}{scope}建设项目".replace("股份", ""),
             "scope": scope, "cust": cu["name"], "cust_uscc": uscc, "cust_addr": cu["addr"], "app": self.app["name"],
             "app_uscc": self.app["uscc"], "app_addr": self.app["addr"], "cust_rep": N.person(), "app_rep": self.app_rep,
             "doc_amount": spec.get("doc_amount", amt), "sign": sign, "deliver": spec.get("deliver") or rand_date(r, sign, "2025-03-30"),
             "valid_to": "2027-12-31", "partner": N.firm(True)["name"], "acc_date": acc,
             "acc_amount": spec.get("acc_amount", amt if r.random() < 0.6 else None), "passed": spec.get("passed", True),
             "acc_no_shown": r.random() < 0.7, "proc_amount": spec.get("proc_amount", amt),
             "proc_date": rand_date(r, (datetime.date.fromisoformat(sign) - datetime.timedelta(days=40)).isoformat(), sign),
             "bid_open": None}
        c["bid_open"] = (datetime.date.fromisoformat(c["proc_date"]) - datetime.timedelta(days=8)).isoformat()
        folder = f"{FOLDERS['contract']}/{seq:02d}"
        planted = spec.get("planted", [])
        notes = spec.get("notes", {})
        # contract
        g = spec.get("cg", "O1")
        self.emit(folder, getattr(G, g)(c, r), "contract", no,
                  {"contract_no": no, "amount_yuan": c["doc_amount"], "date": sign, "customer": cu["name"]},
                  notes.get("contract", "合同：当事人、总价与签订日期；预付款/质保金/违约金/交货期为干扰项"), g, spec.get("c_render"))
        if not spec.get("no_acceptance"):
            g = spec.get("ag", "O2")
            shown = True if g == "O2" else c["acc_no_shown"]
            self.emit(folder, getattr(G, g)(c, r), "acceptance_report", no,
                      {"contract_no": no if shown else None, "amount_yuan": c["acc_amount"], "date": acc,
                       "customer": spec.get("acc_customer", cu["name"]), "result": "passed" if c["passed"] else "failed"},
                      notes.get("acceptance", "验收：验收单位、日期与结论"), g, spec.get("a_render"))
        pays = spec.get("pays", [(amt, None)])
        if spec.get("no_payment"):
            pays = []
        pay_docs = []
        for i, (pa, pg) in enumerate(pays):
            pg = pg or r.choice(["O3", "N04", "N05"])
            bank = r.choice(BANKS)
            pdate = spec.get("pay_dates", [None] * 9)[i] or rand_date(r, sign, "2024-12-28")
            payer = spec.get("payer", cu["name"])
            pay = {"amount": pa, "date": pdate, "payer": payer, "payee": self.app["name"], "payer_acct": acct(r),
                   "payee_acct": acct(r), "payer_bank": bank[0] + bank[1], "payee_bank": "中国工商银行天津" + TJ_DISTRICTS[self.app["region"]] + "支行",
                   "bank": bank[0], "serial": str(r.randint(10 ** 11, 10 ** 12)), "print": "2025-03-0" + str(r.randint(1, 9)) + " 10:2" + str(r.randint(0, 9)),
                   "cite": r.random() < 0.5, "p1": N.person(), "p2": N.person(), "p3": N.person(),
                   "entrust": (datetime.date.fromisoformat(pdate) - datetime.timedelta(days=r.randint(3, 9))).isoformat()}
            pay["memo"] = ("合同款 " + no) if pay["cite"] else r.choice(["货款", "技术服务费", "项目款"])
            if len(pays) > 1:
                pay["memo"] = f"第{i + 1}期" + pay["memo"]
            d = self.emit(folder, getattr(G, pg)(c, r, pay), "payment_proof", no,
                          {"contract_no": no if pay["cite"] else None, "amount_yuan": pa, "date": pdate, "payer": payer,
                           "payee": self.app["name"]}, notes.get("payment", "付款凭证：付款人/收款人户名、金额、交易日期"), pg, spec.get("p_render"))
            pay_docs.append(d)
        if not spec.get("no_procurement"):
            g = spec.get("rg") or r.choice(["O4", "O4b"])
            self.emit(folder, getattr(G, g)(c, r), "procurement_proof", no,
                      {"contract_no": no if g == "O4b" else None, "amount_yuan": c["proc_amount"], "date": c["proc_date"], "customer": cu["name"]},
                      notes.get("procurement", "采购证明：采购方、金额、日期；开标日期/保证金为干扰项"), g,
                      font="STSong-Light" if g == "O4" and not any(ch in cu["name"] + self.app["name"] for ch in "赟昀橦瑄翀堃") else "wqy")
        if spec.get("dup_payment") and pay_docs:
            self.duplicate(pay_docs[0], folder, "重复上传：与同一合同的另一付款凭证字节完全相同")
        staff, rev = spec.get("size", (r.randint(40, 600), r.randint(800, 30000)))
        real_sme = rules.is_sme(staff, rev)
        self.contracts.append({"seq": seq, "contract_no": no, "customer": cu["name"], "customer_uscc": uscc, "amount_yuan": amt,
                               "planted": planted, "customer_address": cu["addr"],
                               "declared_tianjin": spec.get("decl_tj", cu["region"].startswith("12")),
                               "declared_sme": spec.get("decl_sme", real_sme), "staff": staff, "revenue_wan": rev,
                               "accept_date": spec.get("decl_acc", acc), "sign_date": sign, "contract_name": c["cname"]})

    def supplier(self, seq, spec):
        r, N = self.r, self.N
        f = N.firm(spec.get("tj", True), spec.get("region"))
        if spec.get("name_tj"):
            f["name"] = "天津" + f["name"][2:]
        no = f"FB-2024-{r.randint(10, 99)}{seq}"
        sign = spec.get("sign") or rand_date(r, "2024-01-10", "2024-11-30")
        s = {"no": no, "app": self.app["name"], "sup": f["name"], "sup_addr": f["addr"], "sup_uscc": f["uscc"], "doc_amount": spec.get("doc_amount", spec["amount"]),
             "sign": sign, "deliver": rand_date(r, sign, "2025-06-30"), "scope": r.choice(["控制柜装配", "传感器安装调试", "机加工件", "现场布线施工", "数据接口开发"]),
             "main_proj": r.choice(SCOPES) + "项目", "main_cust": N.firm(True)["name"], "main_amount": yuan(float(spec["amount"]) * 6),
             "app_rep": self.app_rep, "sup_rep": N.person()}
        rel = None
        if not spec.get("missing"):
            g = spec["g"]
            d = self.emit(FOLDERS["sup"], getattr(G, g)(s, r), "subcontract", no,
                          {"contract_no": no, "amount_yuan": s["doc_amount"], "date": sign, "customer": self.app["name"]},
                          spec.get("note", "分包合同：甲方为申报单位，乙方为本地供应商"), g, spec.get("render"))
            rel = d["path"]
        self.suppliers.append({"seq": seq, "name": f["name"], "uscc": f["uscc"], "address": f["addr"], "subcontract_no": no,
                               "amount_yuan": spec["amount"], "sign_date": sign, "doc_party_b": f["name"], "document": rel,
                               "planted": spec.get("planted", [])})

    def meeting(self, seq, spec, pool_tj, pool_other):
        r, N = self.r, self.N
        topic = r.choice(["离散制造数字化车间", "设备联网与数据采集", "中小企业数字化转型", "智能工厂建设", "工业互联网平台应用", "精益生产与MES",
                          "质量追溯体系", "能源精细化管理", "智能仓储物流", "5G+工业互联网"])
        name = spec.get("name") or f"{topic}经验交流会（第{seq}期）"
        date = spec.get("date") or rand_date(r, "2024-01-15", "2024-12-20")
        tj = r.sample(pool_tj, spec["n_tj"])
        if spec.get("force") and spec["force"] not in tj:
            tj[0] = spec["force"]
        rows = []
        for f in tj:
            rows.append(f)
        for f in r.sample(pool_other, spec.get("n_other", 2)):
            rows.append(f)
        if spec.get("host_signs", True):
            rows.append({"name": self.app["name"], "uscc": self.app["uscc"], "addr": self.app["addr"]})
        if spec.get("dup_row"):
            rows.append(tj[0])
        r.shuffle(rows)
        g = spec["g"]
        sheet = []
        for f in rows:
            a = {"name": f["name"], "person": N.person(), "phone": "1" + str(r.choice([35, 38, 39, 52, 58, 86])) + "".join(str(r.randint(0, 9)) for _ in range(8)),
                 "email": f"{r.choice(['li', 'wang', 'zhao', 'chen', 'liu'])}{r.randint(1, 99)}@{r.choice(['163.com', 'qq.com', '126.com'])}"}
            if g == "N10":
                a["uscc"], a["addr"] = None, f["addr"]
            else:
                a["uscc"], a["addr"] = f["uscc"], None
            sheet.append(a)
        nt = len({a["name"] for a in sheet if a["name"] != self.app["name"] and rules.attendee_tj(a)})
        m = {"name": name, "date": date, "place": r.choice(["公司一楼多功能厅", "天津市滨海新区信创产业园报告厅", "示范车间会议室", "西青区智能制造创新中心"]),
             "host": self.app["name"], "host_short": self.app["name"][2:6], "chair": N.person(), "recorder": N.person(), "sheet": sheet,
             "slug": "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789") for _ in range(22)),
             "pub": (datetime.date.fromisoformat(date) + datetime.timedelta(days=1)).isoformat() + " 17:32",
             "headline": f"共话数字化转型 | {topic}交流活动成功举办", "n_orgs": len(sheet)}
        rel = None
        if not spec.get("missing"):
            d = self.emit(FOLDERS["meet"], getattr(G, g)(m, r), "meeting_record", None, {"date": date, "title": name},
                          spec.get("note", "经验交流会纪要及签到：会议名称、会议时间；签到表天津企业数"), g, spec.get("render"))
            rel = d["path"]
        self.meetings.append({"seq": seq, "name": name, "date": date, "place": m["place"], "declared_tianjin_attendees": spec.get("decl", max(nt, 10)),
                              "sheet": [{"name": a["name"], "uscc": a["uscc"], "addr": a["addr"]} for a in sheet],
                              "tianjin_attendees_on_sheet": nt, "record": rel, "planted": spec.get("planted", [])})

    def diagnosis(self, seq, spec, firm):
        r = self.r
        date = spec.get("date") or rand_date(r, "2024-01-05", "2024-12-25")
        g = spec["g"]
        title = f"{firm['name']}{ {'O7': '智能制造免费诊断报告', 'N12': '工业节能诊断报告', 'N13': '两化融合贯标诊断报告', 'N14': '数字化转型诊断服务', 'N15': '设备健康巡诊报告', 'N16': '行业对标诊断报告'}[g]}"
        d = {"title": title, "cust": firm["name"], "app": self.app["name"], "date": date, "solution": spec.get("solution", True),
             "next": (datetime.date.fromisoformat(date) + datetime.timedelta(days=90)).isoformat(), "eng": self.N.person()}
        rel = None
        if not spec.get("missing"):
            e = self.emit(FOLDERS["diag"], getattr(G, g)(d, r), "diagnosis_report", None,
                          {"date": date, "customer": firm["name"], "title": title},
                          spec.get("note", "免费诊断报告：被诊断企业、诊断日期、解决方案部分"), g, spec.get("render"))
            rel = e["path"]
        self.diagnoses.append({"seq": seq, "customer": firm["name"], "uscc": firm["uscc"], "date": date, "title": title,
                               "has_solution": d["solution"], "report": rel, "planted": spec.get("planted", [])})

    def standard(self, seq, name, upload=True):
        s = {"name": name, "code": f"{self.r.randint(1, 60):03d}", "app": self.app["name"]}
        if upload:
            self.emit(FOLDERS["std"], G.O8(s, self.r), "standard_draft", None, {"title": name}, "团体标准征求意见稿封面", "O8",
                      font="STSong-Light" if not any(ch in self.app["name"] for ch in "赟昀橦瑄翀堃") else "wqy")
        self.standards.append({"seq": seq, "name": name, "category": "团体标准", "stage": "征求意见稿", "uploaded": upload})

    def other_license(self):
        self.emit(FOLDERS["other"], G.O9({"name": self.app["name"], "uscc": self.app["uscc"], "addr": self.app["addr"]}, self.r),
                  "other", None, {}, "营业执照副本：非证据类文件，字段全空", "O9")

    # ---- workbook ----
    def workbook(self):
        r = self.r
        wb = openpyxl.Workbook()
        def sheet(title, header, rows, first=False):
            ws = wb.active if first else wb.create_sheet()
            ws.title = title
            ws.cell(1, 1, f"{title}（{self.app['name']}）")
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
            for j, h in enumerate(header):
                ws.cell(2, j + 1, h)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    ws.cell(3 + i, j + 1, v)
            return ws
        def dt(iso, k):
            return f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:])}日" if k % 3 == 1 else datetime.datetime.fromisoformat(iso)
        sheet("申报单位", ["项目", "内容"], [["单位名称", self.app["name"]], ["统一社会信用代码", self.app["uscc"]], ["注册地址", self.app["addr"]],
                                          ["申报方向", "智能制造系统解决方案"], ["服务行业", "装备制造、汽车零部件"], ["阶段", "考核"]], first=True)
        big = max(self.contracts, key=lambda c: c["revenue_wan"])
        rows = []
        for k, c in enumerate(self.contracts):
            wan = float(Decimal(c["amount_yuan"]) / 10000)
            amt = f"{wan:.2f}" if k == 2 else wan
            rev = f"{c['revenue_wan']:,}" if c is big else c["revenue_wan"]
            rows.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], amt, dt(c["sign_date"], k),
                         dt(c["accept_date"], k), "是" if c["declared_sme"] else "否", c["staff"], rev, "是" if c["declared_tianjin"] else "否"])
        sheet("服务用户清单", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
                         "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
        sheet("标准草案", ["序号", "标准名称", "标准类别", "阶段"], [[s["seq"], s["name"], s["category"], s["stage"]] for s in self.standards])
        sheet("本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
              [[s["seq"], s["name"], s["uscc"], s["subcontract_no"], s["name"][:6] + "分包合同", float(Decimal(s["amount_yuan"]) / 10000), dt(s["sign_date"], k)]
               for k, s in enumerate(self.suppliers)])
        sheet("经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
              [[m["seq"], m["name"], dt(m["date"], k), m["place"], m["declared_tianjin_attendees"]] for k, m in enumerate(self.meetings)])
        sheet("免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
              [[d["seq"], d["customer"], d["uscc"], dt(d["date"], k), d["title"]] for k, d in enumerate(self.diagnoses)])
        wb.save(os.path.join(self.subdir, "申报信息.xlsx"))

    def finish(self):
        self.workbook()
        for d in self.docs:
            d["sha256"] = sha256(os.path.join(self.subdir, d["path"]))
        t = {"submission": self.name, "applicant": {"name": self.app["name"], "uscc": self.app["uscc"], "address": self.app["addr"]},
             "contracts": self.contracts, "standards": self.standards, "suppliers": self.suppliers, "meetings": self.meetings,
             "diagnoses": self.diagnoses,
             "documents": [{k: d[k] for k in ("path", "doc_type", "rendering", "contract_no", "sha256", "note", "fields", "genre")} for d in self.docs]}
        der = rules.derive(t)
        out = {"submission": self.name, "phase": der["phase"], "applicant": t["applicant"]}
        out.update(der)
        for k in ("contracts", "standards", "suppliers", "meetings", "diagnoses", "documents"):
            out[k] = t[k]
        with open(os.path.join(self.root, "ground_truth.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        return out


def pools(S, n_tj=26, n_other=6):
    tj = [S.N.firm(True) for _ in range(n_tj)]
    # a Beijing firm's Tianjin branch: own Tianjin code and address
    b = S.N.firm(True); b["name"] = "北京" + S.r.choice(W1) + "自动化技术有限公司天津分公司"; tj.append(b)
    other = [S.N.firm(False) for _ in range(n_other)]
    return tj, other


CG = ["O1", "N01", "N02"]; AG = ["O2", "N03"]; DG = ["O7", "N12", "N13", "N14", "N15", "N16"]; MG = ["O6", "N09", "N10", "N11"]
STDN = ["离散制造企业设备数据采集接口规范", "中小企业数字化车间建设指南", "工业互联网平台 设备接入 通用要求", "制造执行系统 实施验收规范",
        "智能工厂 能源数据采集技术要求"]


def diag_firms(S, n):
    return [S.N.firm(S.r.random() < 0.85) for _ in range(n)]


def build_clean(out, seed):
    S = Sub("a27_assess_clean", seed * 100 + 1, out, {"name": "天津市昀橦智能科技有限公司", "region": "120116"})
    amts = ["4860000.00", "3275000.00", "2980500.00", "5120000.00", "1868000.00", "2450000.00", "3600000.00"]
    for i, a in enumerate(amts):
        spec = {"amount": a, "cg": CG[i % 3], "ag": AG[i % 2], "tj": i < 5}
        if i == 1: spec["pays"] = [(yuan(float(a) * 0.4), "N04"), (yuan(float(a) * 0.6), "N05")]
        if i == 3: spec["pays"] = [(yuan(float(a) * 0.3), "O3"), (yuan(float(a) * 0.7), "N04")]
        if i == 4: spec["pays"] = [(a, "N05")]
        if i == 6: spec["size"] = (2300, 214246)
        S.contract(i + 1, spec)
    S.supplier(1, {"amount": "380000.00", "g": "O5"})
    S.supplier(2, {"amount": "265000.00", "g": "N07"})
    S.supplier(3, {"amount": "412000.00", "g": "N08"})
    tj, other = pools(S)
    for i in range(10):
        S.meeting(i + 1, {"g": MG[i % 4], "n_tj": S.r.randint(11, 15)}, tj, other)
    for i, f in enumerate(diag_firms(S, 30)):
        S.diagnosis(i + 1, {"g": DG[i % 6]}, f)
    for i in range(3):
        S.standard(i + 1, STDN[i])
    S.other_license()
    return S.finish()


def build_gaps(out, seed):
    S = Sub("a27_assess_gaps", seed * 100 + 2, out, {"name": "天津赟翀工业互联网科技有限公司", "region": "120111"})
    specs = [
        {"amount": "3150000.00", "no_payment": True, "planted": ["missing_payment_proof"]},
        {"amount": "2270000.00", "no_acceptance": True, "planted": ["missing_acceptance_report"]},
        {"amount": "2680000.00", "doc_amount": "2860000.00", "planted": ["amount_mismatch"],
         "notes": {"contract": "合同总价286万元，申报268万元（数字颠倒）"}},
        {"amount": "1950000.00", "acc_date": "2023-12-20", "decl_acc": "2023-12-20", "planted": ["date_out_of_period"]},
        {"amount": "2400000.00", "passed": False, "ag": "N03", "planted": ["acceptance_not_passed"]},
        {"amount": "1760000.00", "payer": None, "planted": ["party_mismatch"], "notes": {"payment": "付款人为客户的母公司（集团），非申报客户"}},
        {"amount": "2055000.00", "valid_uscc": False, "dup_payment": True, "planted": ["invalid_uscc", "duplicate_evidence"]},
        {"amount": "1380000.00", "tj": False, "decl_tj": True, "planted": ["not_tianjin"]},
        {"amount": "2890000.00", "decl_sme": True, "size": (1650, 86500), "planted": ["sme_misclassified"]},
        {"amount": "1420000.00", "no_procurement": True, "planted": ["missing_procurement_proof"]},
        {"amount": "2110000.00", "planted": []},
    ]
    for i, sp in enumerate(specs):
        sp.setdefault("cg", CG[i % 3]); sp.setdefault("ag", AG[i % 2])
        if "payer" in sp and sp["payer"] is None:
            sp["payer"] = "天津" + S.r.choice(W1) + "控股集团有限公司"
        if i == 7:
            sp["firm"] = S.N.firm(False, "131002")
        S.contract(i + 1, sp)
    S.supplier(1, {"amount": "300000.00", "g": "O5", "missing": True, "planted": ["missing_subcontract"]})
    S.supplier(2, {"amount": "450000.00", "g": "N07", "tj": False, "region": "130102", "planted": ["subcontractor_not_tianjin"]})
    S.supplier(3, {"amount": "520000.00", "doc_amount": "572000.00", "g": "N08", "planted": ["amount_mismatch"]})
    tj, other = pools(S)
    for i in range(10):
        spec = {"g": MG[i % 4], "n_tj": S.r.randint(11, 14)}
        if i == 0: spec.update(missing=True, planted=["missing_meeting_record"])
        if i == 1: spec.update(date="2025-01-08", planted=["date_out_of_period"])
        if i == 2: spec.update(n_tj=8, n_other=3, decl=12, planted=["meeting_attendance_below_threshold"],
                               note="签到表仅8家天津企业（另有主办方及外地企业），申报12家")
        S.meeting(i + 1, spec, tj, other)
    for i, f in enumerate(diag_firms(S, 30)):
        spec = {"g": DG[i % 6]}
        if i in (0, 1): spec.update(missing=True, planted=["missing_diagnosis_report"])
        if i in (2, 3): spec.update(solution=False, planted=["diagnosis_without_solution"], note="诊断报告缺少解决方案/建议部分")
        if i == 4: spec.update(date="2023-12-18", planted=["date_out_of_period"])
        S.diagnosis(i + 1, spec, f)
    S.standard(1, STDN[0]); S.standard(2, STDN[1], upload=False); S.standard(3, STDN[3])
    S.other_license()
    S.corrupt(FOLDERS["other"], "损坏文件（截断的PDF）")
    return S.finish()


def build_tricky(out, seed):
    S = Sub("a27_assess_tricky", seed * 100 + 3, out, {"name": "天津瑄堃自动化系统有限公司", "region": "120110"})
    specs = [
        {"amount": "3000000.00", "doc_amount": "3012000.00", "proc_amount": "3012000.00", "acc_amount": "3012000.00",
         "acc_date": "2024-12-31", "tj": True, "cg": "O1", "ag": "N03",
         "notes": {"contract": "合同价301.2万元，申报300万元：差0.4%，不是差异", "acceptance": "验收日期为考核期最后一天2024-12-31"}},
        {"amount": "2500000.00", "tj": True, "cg": "N01", "ag": "O2",
         "pays": [("750000.00", "N05"), ("1000000.00", "N04"), ("750000.00", "O3")],
         "notes": {"payment": "三期付款合计恰为合同金额"}},
        {"amount": "2750000.00", "tj": False, "decl_tj": False, "cg": "O1", "ag": "O2",
         "notes": {"contract": "客户名称含“天津”但注册于河北廊坊，申报为非天津企业：正确，不计入天津客户"}},
        {"amount": "1800000.00", "tj": False, "cg": "N02", "ag": "N03",
         "notes": {"contract": "联合体合同：成员分担金额与暂定价为干扰项"}},
        {"amount": "2450000.00", "tj": False, "cg": "N01", "ag": "O2", "acc_date": "2024-01-01",
         "notes": {"contract": "有效期至2027年、违约金为干扰项", "acceptance": "验收日期为考核期第一天"}},
        {"amount": "2500000.00", "tj": False, "cg": "O1", "ag": "N03", "size": (2300, 214246), "decl_sme": False,
         "notes": {"contract": "大型企业，申报为非中小企业：正确"}},
        {"amount": "2000000.00", "tj": False, "cg": "N02", "ag": "O2", "pays": [("1200000.00", "N04"), ("789000.00", "N05")],
         "planted": ["amount_mismatch"], "notes": {"payment": "两期付款合计198.9万元，与申报200万元差0.55%：真实差异"}},
        {"amount": "1650000.00", "tj": False, "cg": "O1", "ag": "N03", "acc_date": "2025-01-02", "decl_acc": "2024-12-28",
         "planted": ["date_out_of_period"], "notes": {"acceptance": "验收单日期2025-01-02（申报表写2024-12-28）：超出考核期"}},
    ]
    for i, sp in enumerate(specs):
        if i == 2:
            f = S.N.firm(False, "131002"); f["name"] = "天津" + f["name"][2:]; sp["firm"] = f
        if i < 5 and i != 2:
            sp.setdefault("size", (S.r.randint(60, 700), S.r.randint(900, 39000)))
        S.contract(i + 1, sp)
    S.supplier(1, {"amount": "360000.00", "doc_amount": "361500.00", "g": "N08", "note": "合作费用36.15万元，申报36万元：差0.42%，不是差异；引述的主合同金额为干扰项"})
    S.supplier(2, {"amount": "288000.00", "g": "O5", "sign": "2024-12-31", "note": "签订日期为考核期最后一天"})
    S.supplier(3, {"amount": "195000.00", "g": "N07", "tj": False, "region": "131002", "name_tj": True,
                   "planted": ["subcontractor_not_tianjin"], "note": "名称冠“天津”，但信用代码131002、地址河北廊坊：非本地"})
    tj, other = pools(S)
    branch = tj[-1]
    for i in range(11):
        spec = {"g": MG[i % 4], "n_tj": 10, "host_signs": True}
        if i == 0: spec.update(dup_row=True, note="同一企业签到两次，去重后恰为10家天津企业")
        if i == 4: spec.update(note="恰10家天津企业（含外地企业在津分公司）", date="2024-12-31", force=branch)
        if i == 10: spec.update(n_tj=9, decl=10, planted=["meeting_attendance_below_threshold"], note="主办方也签到：除去主办方仅9家天津企业")
        S.meeting(i + 1, spec, tj[:-1] if i != 4 else tj, other)
        if i == 4 and branch["name"] not in [a["name"] for a in S.meetings[-1]["sheet"]]:
            pass
    for i, f in enumerate(diag_firms(S, 31)):
        spec = {"g": DG[i % 6]}
        if i == 0: spec.update(date="2024-01-01", note="诊断日期为考核期第一天")
        if i == 1: spec.update(date="2024-12-31", note="诊断日期为考核期最后一天")
        if i == 30: spec.update(date="2025-01-03", planted=["date_out_of_period"], note="诊断日期2025-01-03，超出考核期")
        S.diagnosis(i + 1, spec, f)
    for i in range(4):
        S.standard(i + 1, STDN[i], upload=(i != 3))
    S.other_license()
    return S.finish()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data"); ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for nm, fn in (("a27_assess_clean", build_clean), ("a27_assess_gaps", build_gaps), ("a27_assess_tricky", build_tricky)):
        if a.only and nm not in a.only:
            continue
        t = fn(a.out, a.seed)
        print(nm, len(t["documents"]), "docs; passed", t["assessment_passed"], "; gaps", len(t["gaps"]), "; total", t["accepted_total_yuan"])


if __name__ == "__main__":
    main()
