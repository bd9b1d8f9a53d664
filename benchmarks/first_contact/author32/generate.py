"""author32 first-contact set: python generate.py --out data --seed 32"""
import argparse, datetime as dt, hashlib, json, os, random, shutil
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment

import docs, render, rules
from util import make_uscc, break_uscc, y2

D = dt.date
DISTRICTS = [("西青区", "120111"), ("滨海新区", "120116"), ("东丽区", "120110"), ("北辰区", "120113"), ("武清区", "120114"),
             ("津南区", "120112"), ("宝坻区", "120115"), ("静海区", "120118"), ("河西区", "120103"), ("红桥区", "120106")]
ROADS = ["海泰华科四路", "兴华七支路", "津塘公路", "京津公路", "开源道", "赛达大道", "东海路", "宝源路", "精武镇学府路", "黄海路"]
CORES = ["鑫瑞精密机械", "昀泰汽车零部件", "渤化永利化工", "津港液压", "海晶电子", "宏堃金属制品", "瑄和医药", "中环赟达新材料", "荣程翀宇钢管",
         "橦安食品", "金桥焊材", "利安隆包装", "百利电气成套", "天士制药装备", "一汽模具", "纺织机械", "长荣印刷设备", "七一二通信配件",
         "赛象橡胶机械", "力神储能", "泰达洁净材料", "鹏翎管路", "凯发水务装备", "新宇彩板", "华海清科耗材", "博迈科海工构件"]
NONTJ = [("北京", "北京市海淀区上地信息路", "110108"), ("青岛", "山东省青岛市黄岛区江山南路", "370211"), ("河北", "河北省廊坊市广阳区新开路", "131003"),
         ("苏州", "江苏省苏州市工业园区星湖街", "320571")]
TITLES = ["冲压车间数字化改造", "MES制造执行系统实施", "焊装线机器人集成", "设备联网与数据采集平台", "智能仓储WMS及AGV物流", "能源管理系统建设",
          "视觉质检系统", "注塑车间数字孪生", "产线自动化升级改造", "工业互联网平台部署", "APS高级排产系统", "质量追溯系统建设"]

RENDER_DIRS = {"contract": "01合同文本", "acceptance_report": "02验收证明", "payment_proof": "03付款凭证", "procurement_proof": "04采购证明材料",
               "standard_draft": "05标准草案", "other": "06其他佐证材料"}


class Sub:
    def __init__(self, name, seed, out):
        self.name, self.rng = name, random.Random(f"{seed}-{name}")
        self.root = os.path.join(out, name, "submission")
        self.docs, self.n = [], 0

    def company(self, i, tj=True, nontj=None, large=False):
        r = self.rng
        if tj:
            dist, reg = DISTRICTS[i % len(DISTRICTS)]
            name = f"天津{CORES[i % len(CORES)]}有限公司"
            addr = f"天津市{dist}{ROADS[i % len(ROADS)]}{r.randint(2, 188)}号"
        else:
            city, street, reg = NONTJ[nontj]
            name = f"{city}{CORES[i % len(CORES)]}股份有限公司"
            addr = f"{street}{r.randint(2, 99)}号"
        emp, rev = (r.randint(1100, 5200), r.randint(45000, 260000)) if large else (r.randint(60, 880), r.randint(3000, 38000))
        return dict(name=name, uscc=make_uscc(r, reg), addr=addr, tianjin=tj, emp=emp, rev=rev, sme_decl=not large)

    def fname(self, ext, rendering):
        self.n += 1
        r = self.rng
        if rendering == "photo":
            return f"IMG_2024{r.randint(1, 3):02d}{r.randint(10, 28)}_{r.randint(8, 21):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}.{ext}"
        if rendering == "scan":
            return r.choice([f"扫描件{self.n:03d}.{ext}", f"SCAN{self.n:04d}.{ext}", f"微信图片_20240{r.randint(1, 3)}{r.randint(10, 28)}{self.n:04d}.{ext}"])
        return r.choice([f"附件{self.n}.{ext}", f"{self.n:03d}.{ext}", f"doc{self.n:04d}.{ext}"])

    def add(self, doc_type, genre_fn, ap, c, v, contract_no, note, rendering=None, folder=None):
        r = self.rng
        model, fields = genre_fn(ap, c, v, r)
        phone = genre_fn.__name__ in docs.PHONE_GENRES
        if rendering is None:
            x = r.random()
            rendering = "scan" if x < 0.3 else ("photo" if x < 0.45 else "text")
        if phone:
            rendering = "scan"  # a screenshot: clean image, no text layer
        sub = folder or RENDER_DIRS[doc_type]
        os.makedirs(os.path.join(self.root, sub), exist_ok=True)
        if rendering == "text":
            rel = f"{sub}/{self.fname('pdf', 'text')}"
            render.to_pdf(model, os.path.join(self.root, rel), font=r.choice(["WQY", "WQY", "STSong-Light"]))
        else:
            dpi = r.choice([150, 170, 200]) if rendering == "scan" else 150
            size = docs.PHONE if phone else (595, 842)
            imgs = render.to_image(model, dpi=dpi if not phone else 216, size=size)
            if phone:
                fmt = "png"
                imgs = [im.convert("RGB") for im in imgs[:1]]
            elif rendering == "scan":
                imgs = [render.degrade_scan(im, r) for im in imgs]
                fmt = r.choice(["pdf", "pdf", "jpg", "tif", "png"])
                if len(imgs) > 1:
                    fmt = "pdf"
            else:
                imgs = [render.degrade_photo(im, r) for im in imgs[:1]]
                fmt = "jpg"
            rel = f"{sub}/{self.fname(fmt, rendering)}"
            render.save_images(imgs, os.path.join(self.root, rel), fmt, dpi, quality=78)
        d = dict(path=rel, doc_type=doc_type, rendering=rendering, contract_no=contract_no, sha256=None, note=note, fields=fields, genre=genre_fn.__name__)
        self.docs.append(d)
        return d

    def duplicate(self, d, note):
        ext = d["path"].rsplit(".", 1)[1]
        rel = f"{d['path'].split('/')[0]}/{self.fname(ext, d['rendering'])}"
        shutil.copyfile(os.path.join(self.root, d["path"]), os.path.join(self.root, rel))
        nd = dict(d, path=rel, note=note)
        self.docs.append(nd)

    def corrupt(self, src_doc):
        rel = f"{RENDER_DIRS['other']}/{self.fname('pdf', 'scan')}"
        with open(os.path.join(self.root, src_doc["path"]), "rb") as f:
            data = f.read()
        with open(os.path.join(self.root, rel), "wb") as f:
            f.write(data[:700])
        self.docs.append(dict(path=rel, doc_type="other", rendering="corrupt", contract_no=None, sha256=None,
                              note="截断的PDF（上传中断），无法打开", fields=docs.F(), genre="corrupt"))


def build_contract_docs(S, ap, c, spec, genres):
    r = S.rng
    no = c["no"]
    decl = Decimal(c["amount"])
    notes = spec.get("notes", {})
    # contract
    cg = genres["contract"]
    v = dict(amount=spec.get("doc_amount", c["amount"]), date=c["sign"], deliver=c["sign"] + dt.timedelta(days=75))
    if "contract_customer" in spec:
        v["customer"] = spec["contract_customer"]
    S.add("contract", docs.CONTRACT[cg], ap, c, v, no, notes.get("contract", f"{cg}：合同金额与申报一致；预付款/违约金/交货期为干扰项"))
    # procurement
    if not spec.get("no_proc"):
        pg = genres["proc"]
        v = dict(amount=spec.get("proc_amount", c["amount"]), date=c["sign"] - dt.timedelta(days=12), open=c["sign"] - dt.timedelta(days=26),
                 pub=c["sign"] + dt.timedelta(days=2), print=D(2024, 2, 20), deliver=c["sign"] + dt.timedelta(days=60))
        S.add("procurement_proof", docs.PROC[pg], ap, c, v, no, notes.get("proc", f"{pg}：采购证明"))
    # acceptance
    if not spec.get("no_acc"):
        ag = genres["acc"]
        v = dict(date=spec.get("acc_doc_date", c["acc"]), result=spec.get("result", "passed"), letter=spec.get("letter", c["acc"] + dt.timedelta(days=6)),
                 amount=spec.get("acc_amount", c["amount"] if r.random() < 0.6 else None))
        if "acc_customer" in spec:
            v["customer"] = spec["acc_customer"]
        S.add("acceptance_report", docs.ACCEPT[ag], ap, c, v, no, notes.get("acc", f"{ag}：验收通过"))
    # payments
    if not spec.get("no_pay"):
        insts = spec.get("instalments", [c["amount"]])
        base = spec.get("pay_date", c["acc"] + dt.timedelta(days=20))
        for i, a in enumerate(insts):
            pg = genres["pay"][i % len(genres["pay"])]
            dd = min(base + dt.timedelta(days=25 * i), D(2024, 6, 28))
            v = dict(amount=a, date=dd, print=dd + dt.timedelta(days=40), payer=spec.get("payer", c["cust"]["name"]),
                     payee=spec.get("payee", ap["name"]), pacct=f"{r.randint(10**15, 10**16-1)}{r.randint(100,999)}",
                     pbank=r.choice(["中国银行天津北辰支行", "中国建设银行天津西青支行", "天津农商银行东丽支行", "渤海银行天津分行营业部"]),
                     cite=r.random() < 0.5)
            d = S.add("payment_proof", docs.PAY[pg], ap, c, v, no, notes.get("pay", f"{pg}：付款{i+1}/{len(insts)}"))
            if spec.get("dup_pay") and i == 0:
                S.duplicate(d, "同一回单重复上传（字节相同）")


def workbook(path, ap, contracts, standards, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.append(["申报单位基本信息"]); ws.merge_cells("A1:B1")
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", ap["name"]), ("统一社会信用代码", ap["uscc"]), ("注册地址", ap["addr"]),
                 ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "汽车零部件、装备制造")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    ws2.append(["2023年度服务用户清单"]); ws2.merge_cells("A1:L1")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.append(hdr)
    biggest = max(contracts, key=lambda c: c["cust"]["rev"])["cust"]["name"]
    for i, c in enumerate(contracts):
        wan = Decimal(c["amount"]) / 10000
        amt = f"{wan:.2f}" if c.get("amount_text") else float(wan)
        txt = i % 3 == 1
        sd = f"{c['sign'].year}年{c['sign'].month}月{c['sign'].day}日" if txt else c["sign"]
        ad = f"{c['acc'].year}年{c['acc'].month}月{c['acc'].day}日" if txt else c["acc"]
        rev = f"{c['cust']['rev']:,}" if c["cust"]["name"] == biggest else c["cust"]["rev"]
        ws2.append([i + 1, c["cust"]["name"], c["cust"]["uscc"], c["no"], c["title"], amt, sd, ad, "是" if c["cust"]["sme_decl"] else "否",
                    c["cust"]["emp"], rev, "是" if c["cust"]["tianjin"] else "否"])
        for col in (7, 8):
            if not txt:
                ws2.cell(row=ws2.max_row, column=col).number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.append(["参与制定标准情况"]); ws3.merge_cells("A1:D1")
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, s in enumerate(standards):
        ws3.append([i + 1, s["name"], s["cat"], s["stage"]])
    wb.properties.creator = "applicant"
    wb.properties.created = dt.datetime(2024, 3, 1)
    wb.properties.modified = dt.datetime(2024, 3, 1)
    wb.save(path)


GEN_CYCLE = dict(contract=["c_ordinary", "c_tradein", "c_de", "c_ordinary"],
                 acc=["a_grid", "a_de", "a_oaflow", "a_userreport"],
                 pay=[["p_ebank"], ["p_journal"], ["p_tenpay"], ["p_chat"], ["p_ebank", "p_journal", "p_chat"]],
                 proc=["r_notice", "r_po", "r_contract_notice"])


def build(out, seed, name, plan):
    S = Sub(name, seed, out)
    r = S.rng
    if os.path.exists(os.path.join(out, name)):
        shutil.rmtree(os.path.join(out, name))
    os.makedirs(S.root)
    ap = plan["applicant"]
    ap.update(bank=plan.get("ap_bank", "中国工商银行天津西青支行"), acct=f"0302{r.randint(10**12, 10**13-1)}")
    contracts = []
    for i, p in enumerate(plan["contracts"]):
        c = dict(no=p["no"], title=TITLES[(i + plan["toff"]) % len(TITLES)], cust=p["cust"], amount=y2(Decimal(p["wan"]) * 10000),
                 sign=p["sign"], acc=p["acc"], amount_text=p.get("amount_text"))
        contracts.append(c)
        genres = dict(contract=p.get("cg", GEN_CYCLE["contract"][(i + plan["toff"]) % 4]), acc=p.get("ag", GEN_CYCLE["acc"][(i + plan["toff"]) % 4]),
                      pay=p.get("pg", GEN_CYCLE["pay"][(i + plan["toff"]) % 5]), proc=p.get("rg", GEN_CYCLE["proc"][(i + plan["toff"]) % 3]))
        if "instalments" in p and "pg" not in p:
            genres["pay"] = ["p_ebank", "p_journal", "p_tenpay"]
        build_contract_docs(S, ap, c, p, genres)
    # other documents
    S.add("other", docs.o_license, ap, contracts[0], {}, None, "营业执照副本（干扰件）")
    for k, (fn, note) in enumerate([(docs.o_sme_decl, "中小企业声明函：申报单位自我声明，不是验收或付款证明"),
                                    (docs.o_invoice_receipt, "发票签收单：客户签收发票，不是付款证明"),
                                    (docs.o_intent, "政府采购意向公开：采购前的计划，不是采购结果"),
                                    (docs.o_maf, "制造商授权书：上游厂商授权投标，不是采购证明"),
                                    (docs.o_prequal, "资格预审合格通知书：准予投标，不是中标/采购结果")]):
        for c in (contracts[(k * 3 + 1) % len(contracts)], contracts[(k * 3 + 6) % len(contracts)]):
            S.add("other", fn, ap, c, dict(date=c["sign"] - dt.timedelta(days=20), amount=c["amount"], until=D(2024, 12, 31)), c["no"], note)
    # standards
    stds = []
    for j, s in enumerate(plan["standards"]):
        s = dict(s, num=f"{r.randint(1, 60):03d}", stage=s.get("stage", "征求意见稿"))
        if s.get("upload", True):
            fn = docs.st_sj if s.get("sj") else docs.st_group
            d = S.add("standard_draft", lambda ap_, c_, v_, r_, fn=fn, s=s: fn(ap_, s, r_), ap, None, None, None,
                      "标准草案封面+前言" + ("（电子行业标准SJ/T）" if s.get("sj") else ""))
            d["genre"] = fn.__name__
        stds.append(dict(name=s["name"], category=s["cat"], stage=s["stage"], document_uploaded=s.get("upload", True), cat=s["cat"]))
    if plan.get("corrupt"):
        S.corrupt(S.docs[3])
    for extra in plan.get("post", []):
        extra(S, ap, contracts)
    for d in S.docs:
        with open(os.path.join(S.root, d["path"]), "rb") as f:
            d["sha256"] = hashlib.sha256(f.read()).hexdigest()
    workbook(os.path.join(S.root, "申报信息.xlsx"), ap, contracts, stds, r)
    decl = [dict(seq=i + 1, contract_no=c["no"], customer=c["cust"]["name"], customer_uscc=c["cust"]["uscc"], amount_yuan=c["amount"],
                 planted=[x for x in plan["contracts"][i].get("planted", []) if not x.startswith("trap:")],
                 traps=[x[5:] for x in plan["contracts"][i].get("planted", []) if x.startswith("trap:")], customer_address=c["cust"]["addr"], acceptance_date=c["acc"].isoformat(),
                 sign_date=c["sign"].isoformat(), sme_declared=c["cust"]["sme_decl"], employees=c["cust"]["emp"], revenue_wan=c["cust"]["rev"],
                 tianjin_declared=c["cust"]["tianjin"]) for i, c in enumerate(contracts)]
    doc_out = [dict(path=d["path"], doc_type=d["doc_type"], rendering=d["rendering"], contract_no=d["contract_no"], sha256=d["sha256"],
                    note=d["note"], genre=d["genre"], fields=d["fields"]) for d in S.docs]
    applicant = dict(name=ap["name"], uscc=ap["uscc"], address=ap["addr"])
    st_out = [dict(seq=i + 1, name=s["name"], category=s["category"], stage=s["stage"], document_uploaded=s["document_uploaded"]) for i, s in enumerate(stds)]
    res = rules.derive(applicant, decl, st_out, doc_out)
    truth = dict(submission=name, phase="支持", applicant=applicant, **res, contracts=decl, standards=st_out, documents=doc_out)
    with open(os.path.join(out, name, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def _cust(rng, i, tj=True, nontj=0, large=False, emp=None, rev=None, sme_decl=None, name=None, addr=None, uscc=None):
    r = rng
    if tj:
        dist, reg = DISTRICTS[i % len(DISTRICTS)]
        n = name or f"天津{CORES[i % len(CORES)]}有限公司"
        a = addr or f"天津市{dist}{ROADS[i % len(ROADS)]}{r.randint(2, 188)}号"
    else:
        city, street, reg = NONTJ[nontj]
        n = name or f"{city}{CORES[i % len(CORES)]}股份有限公司"
        a = addr or f"{street}{r.randint(2, 99)}号"
    e, v = (r.randint(1100, 5200), r.randint(45000, 260000)) if large else (r.randint(60, 880), r.randint(3000, 38000))
    e = emp if emp is not None else e
    v = rev if rev is not None else v
    return dict(name=n, uscc=uscc or make_uscc(r, reg), addr=a, tianjin=tj, emp=e, rev=v,
                sme_decl=(not rules.is_large(e, v)) if sme_decl is None else sme_decl)


def _dates(rng, k, last=None):
    s = D(2023, 1 + k % 9, rng.randint(3, 27))
    a = last or (s + dt.timedelta(days=rng.randint(70, 150)))
    if a > D(2023, 12, 29) and not last:
        a = D(2023, 12, rng.randint(5, 28))
    return s, a


def plans(seed):
    out = []
    # ------------------------------------------------------------ clean
    r = random.Random(f"{seed}-plan-clean")
    wans = ["380.00", "265.50", "310.00", "298.80", "420.00", "185.00", "356.00", "276.00", "330.60", "242.00", "198.00", "415.00"]
    cs = []
    for i, w in enumerate(wans):
        large = i in (1, 4, 8, 11)
        tj = i not in (5, 9)
        cust = _cust(r, i, tj=tj, nontj=i % 2, large=large)
        s, a = _dates(r, i)
        cs.append(dict(no=f"XC-HT-2023-{i+11:03d}", cust=cust, wan=w, sign=s, acc=a, planted=[]))
    cs[3]["amount_text"] = True
    cs[6]["instalments"] = [y2(Decimal("356") * 3000), y2(Decimal("356") * 4000), y2(Decimal("356") * 3000)]
    out.append(("a32_support_clean", dict(applicant=dict(name="天津瑄翀智能装备科技有限公司", uscc=make_uscc(r, "120111"), addr="天津市西青区海泰发展六道6号海泰绿色产业基地K2-5"),
                                         contracts=cs, toff=0, standards=[dict(name="离散制造车间设备数据采集接口规范", cat="团体标准"),
                                                                         dict(name="工业互联网平台 设备接入管理要求", cat="行业标准", sj=True),
                                                                         dict(name="智能产线数字孪生建模通用要求", cat="团体标准")])))
    # ------------------------------------------------------------ gaps
    r = random.Random(f"{seed}-plan-gaps")
    ap = dict(name="天津堃昀工业互联网技术有限公司", uscc=make_uscc(r, "120116"), addr="天津市滨海新区中新生态城中天大道2018号")
    cs = []
    for i in range(14):
        large = i in (10, 13, 4)
        cust = _cust(r, i + 5, large=large)
        s, a = _dates(r, i)
        cs.append(dict(no=f"KY{2023}{i+1:02d}{r.randint(10,99)}", cust=cust, wan=f"{r.randint(150, 260)}.{r.choice(['00','50','80'])}", sign=s, acc=a, planted=[]))
    cs[0].update(no_acc=True, planted=["missing_acceptance_report"])
    cs[1].update(no_pay=True, planted=["missing_payment_proof"])
    cs[2].update(no_proc=True, planted=["missing_procurement_proof"])
    cs[3].update(doc_amount=y2(Decimal(cs[3]["wan"]) * 10000 * Decimal("1.08")), planted=["amount_mismatch"],
                 notes={"contract": "合同总金额比申报高8%"})
    cs[4].update(acc=D(2024, 2, 22), planted=["date_out_of_period"])
    cs[5].update(result="failed", planted=["acceptance_not_passed"], ag="a_de")
    cs[6].update(payer="天津市宏达物资贸易有限公司", planted=["party_mismatch"], pg=["p_ebank"], notes={"pay": "付款人为第三方贸易公司"})
    cs[7].update(dup_pay=True, planted=["duplicate_evidence"], pg=["p_journal"])
    cs[8]["cust"]["uscc"] = break_uscc(cs[8]["cust"]["uscc"]); cs[8]["planted"] = ["invalid_uscc"]
    cs[9]["cust"] = _cust(r, 30, tj=False, nontj=2); cs[9]["cust"]["tianjin"] = True; cs[9]["planted"] = ["not_tianjin"]
    cs[10]["cust"]["sme_decl"] = True; cs[10]["planted"] = ["sme_misclassified"]
    cs[12]["amount_text"] = True
    cs[11].update(acc_customer="天津中瑞工程项目管理有限公司", planted=["party_mismatch"], ag="a_grid", notes={"acc": "验收报告的建设单位为监理公司"})
    out.append(("a32_support_gaps", dict(applicant=ap, contracts=cs, toff=1, corrupt=True,
                                        standards=[dict(name="注塑成型车间能耗在线监测技术规范", cat="团体标准"),
                                                   dict(name="工业设备预测性维护数据集要求", cat="团体标准", upload=False),
                                                   dict(name="中小企业数字化改造评估指南", cat="行业标准", sj=True)])))
    # ------------------------------------------------------------ tricky
    r = random.Random(f"{seed}-plan-tricky")
    ap = dict(name="天津赟橦自动化系统集成有限公司", uscc=make_uscc(r, "120110"), addr="天津市东丽区华明高新技术产业区华兴路15号")
    A = _cust(r, 14, emp=320, rev=26000)
    custs = [A, A,
             _cust(r, 15, emp=1000, rev=40000),                       # large exactly on both thresholds, declared 否
             _cust(r, 16, emp=999, rev=52000),                        # SME (only one criterion), declared 是
             _cust(r, 17, emp=1200, rev=40000, sme_decl=True),        # large, declared 是 -> sme_misclassified (still verified)
             _cust(r, 18, name="中国联合网络通信有限公司天津市分公司", large=True, addr="天津市和平区南京路289号"),
             _cust(r, 19, emp=180, rev=9000),
             _cust(r, 20, emp=420, rev=31000),
             _cust(r, 21, emp=95, rev=4200),
             _cust(r, 22), _cust(r, 23), _cust(r, 24)]
    wans = ["270.00", "230.00", "300.00", "285.50", "264.50", "318.00", "252.00", "290.00", "290.00", "300.00", "210.00", "240.00"]
    cs = []
    for i, w in enumerate(wans):
        s, a = _dates(r, i)
        cs.append(dict(no=f"TZ-{2023}-{i+101}", cust=custs[i], wan=w, sign=s, acc=a, planted=[]))
    cs[0].update(amount_text=True, doc_amount="2688000.00", proc_amount="2688000.00", acc_amount="2688000.00",
                 instalments=["806400.00", "1075200.00", "806400.00"], planted=["trap:declared_within_0.44pct"],
                 notes={"contract": "合同金额268.8万，申报270.00万（差0.44%，不是缺口）"})
    cs[1].update(acc=D(2023, 12, 31), planted=["trap:acceptance_on_31_dec"])
    cs[2].update(instalments=["900000.00", "1200000.00", "900000.00"], planted=["trap:instalments_sum_exactly"])
    cs[4]["planted"] = ["sme_misclassified"]
    cs[5]["planted"] = ["trap:branch_office_customer"]
    cs[6].update(ag="a_userreport", acc=D(2023, 12, 28), letter=D(2024, 1, 5), planted=["trap:letter_dated_2024"])
    cs[7].update(cg="c_tradein", planted=["trap:trade_in_gross_price"])
    cs[8].update(ag="a_de", planted=["trap:warranty_date"])
    cs[9].update(instalments=["1000000.00", "1000000.00", "982000.00"], planted=["amount_mismatch"], notes={"pay": "三笔付款合计298.2万，比申报少0.6%"})
    cs[10].update(acc=D(2024, 1, 1), planted=["date_out_of_period"])
    cs[11].update(payee=ap["name"] + "北辰分公司", pg=["p_ebank"], planted=["party_mismatch"], notes={"pay": "收款人为申报单位的分公司"})
    out.append(("a32_support_tricky", dict(applicant=ap, contracts=cs, toff=2,
                                          standards=[dict(name="协作机器人焊接工作站通用技术条件", cat="团体标准"),
                                                     dict(name="工业控制系统边缘网关安全配置要求", cat="行业标准", sj=True),
                                                     dict(name="汽车零部件柔性装配线验收规范", cat="团体标准"),
                                                     dict(name="数字化车间物料配送管理规范", cat="团体标准", upload=False)])))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    for name, plan in plans(a.seed):
        if a.only and name not in a.only:
            continue
        t = build(a.out, a.seed, name, plan)
        print(name, len(t["documents"]), "docs tier", t["award_tier_wan"], "gaps", len(t["gaps"]), t["accepted_total_yuan"])


if __name__ == "__main__":
    main()
