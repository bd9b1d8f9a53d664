"""python generate.py --out data --seed 26 — writes three support-cycle submissions with ground truth."""
import argparse, datetime as dt, json, os, shutil, random
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment
import docs, render, rules
from util import make_uscc, break_uscc, rng_for, sha256_file, yuan, fmt_yuan, ymd

D = dt.date
TJ = [("120116", "天津市滨海新区", "经济技术开发区第十三大街{n}号"), ("120111", "天津市西青区", "中北镇汇川路{n}号"),
      ("120113", "天津市北辰区", "北辰经济技术开发区双辰中路{n}号"), ("120114", "天津市武清区", "京滨工业园京滨睿城{n}号楼"),
      ("120110", "天津市东丽区", "华明高新区华丰路{n}号"), ("120112", "天津市津南区", "八里台镇津南开发区东区{n}号"),
      ("120118", "天津市静海区", "大邱庄镇百亿道{n}号"), ("120115", "天津市宝坻区", "九园工业园区{n}号"),
      ("120104", "天津市南开区", "华苑产业区海泰西路{n}号"), ("120117", "天津市宁河区", "现代产业区安宁道{n}号")]
OUT_TJ = [("130102", "河北省石家庄市长安区", "胜利北大街{n}号"), ("370212", "山东省青岛市崂山区", "株洲路{n}号"),
          ("320505", "江苏省苏州市虎丘区", "科灵路{n}号")]
CUST_NAMES = ["天津赟达精密机械有限公司", "天津市昀橦新材料科技有限公司", "天津堃泰汽车零部件有限公司", "天津海翀电子科技有限公司",
              "天津瑄禾食品股份有限公司", "天津市津岳阀门制造有限公司", "天津港睿物流装备有限公司", "天津凯垣电气设备有限公司",
              "天津市北洋精工轴承有限公司", "天津利昶医药科技有限公司", "天津渤盛橡塑制品有限公司", "天津市宏橦包装材料有限公司",
              "天津鑫赟钢管制造有限公司", "天津中环昀光电子有限公司", "天津市金堃铸造有限公司", "天津瀚翀新能源科技有限公司",
              "天津振华液压机械有限公司", "天津市和瑄纺织印染有限公司", "天津泰昀生物制药有限公司", "天津海河乳业装备有限公司",
              "天津市永昶汽车内饰件有限公司", "天津博橦智能家居有限公司", "天津津赟化工设备有限公司", "天津市德堃电缆有限公司",
              "天津华翀精细化工有限公司", "天津市瑞昀食品机械有限公司", "天津恒瑄纸业有限公司", "天津东橦机床附件有限公司",
              "天津市兴赟五金制品有限公司", "天津宝堃金属结构有限公司", "天津中翀环保科技有限公司", "天津市润昀塑胶有限公司"]
PROJECTS = ["数字化车间MES系统建设", "注塑车间设备联网与数据采集", "智能仓储WMS及AGV调度系统", "焊装线视觉检测系统改造",
            "能源管理系统（EMS）建设", "设备预测性维护平台", "质量追溯系统实施", "APS高级排程系统部署", "涂装车间智能化改造",
            "工业互联网平台部署及应用", "冲压线自动化上下料改造", "SCADA集中监控系统升级", "智能配料与称重系统", "产线数字孪生系统建设"]
PEOPLE = ["王建堃", "李昀", "赵翀", "刘瑄", "陈赟", "张橦", "孙立新", "周海燕", "吴志刚", "郑晓婷", "冯国庆", "褚卫东"]
BANKS = [("中国工商银行", "工行"), ("中国建设银行", "建行"), ("渤海银行", "渤海银行"), ("天津银行", "天津银行"), ("中国银行", "中行")]

CONTRACT_G = [docs.c_prose, docs.c_emc, docs.c_transfer, docs.c_salesconf]
ACC_G = [docs.a_grid, docs.a_wecom, docs.a_card]
PAY_G = [docs.p_ebank, docs.p_ecny, docs.p_receipt]
PROC_G = [docs.r_notice, docs.r_talks, docs.r_dingbiao]
FOLDERS = {"contract": ["一、服务合同", "01合同"], "acceptance_report": ["二、验收材料", "02验收证明"],
           "payment_proof": ["三、回款凭证", "03付款证明"], "procurement_proof": ["四、招采证明材料", "04中标及采购"],
           "standard_draft": ["五、标准草案", "05标准"], "other": ["六、其他", "06附件"]}
NOTE = {"c_prose": "普通合同：甲 方/乙 方字距、预付款/质保金/违约金与交货期为干扰项", "c_emc": "新：合同能源管理节能服务合同，用能单位/节能服务公司；基准能耗、节能量、补偿单价为干扰数字；签署日期为中文数字",
        "c_transfer": "新：技术秘密转让合同，受让人（甲方）为客户；日期仅在首句“本合同于…签订”；入门费为干扰金额",
        "c_salesconf": "新：销售确认书（S/C），卖方在前、买方回签；交货期为干扰日期；总值为CNY",
        "a_grid": "普通验收报告表格", "a_wecom": "新：企业微信审批详情截图（项目验收），客户名仅在发起人下方",
        "a_card": "新：设备档案卡，验收日期与结论为手写，另有到货/安装日期", "p_ebank": "普通网银电子回单，打印日期为干扰",
        "p_ecny": "新：数字人民币对公钱包交易回单，钱包名称代替户名", "p_receipt": "新：手写收款收据（三联），由收款方（申报单位）开具",
        "r_notice": "普通中标通知书，开标日期为干扰", "r_talks": "新：商务谈判纪要，首轮报价为干扰，议定成交价",
        "r_dingbiao": "新：招标人致招标代理机构的确定中标人函，评标报告日期为干扰", "s_group": "普通团体标准征求意见稿封面",
        "s_iec": "新：IEC工作组草案中英对照封面", "s_redline": "新：企业标准草案修订模式打印件，含批注", "o_license": "营业执照（其他）",
        "o_techagr": "新（其他）：技术协议，引用合同号但无价款", "o_fat": "新（其他）：出厂验收FAT报告，非客户终验",
        "o_voucher": "新（其他）：申报单位记账凭证，非付款证明", "o_thanks": "新（其他）：客户感谢信，非验收", "o_stdreview": "新（其他）：标准审查会专家意见，非草案"}


class Sub:
    def __init__(self, name, seed, applicant):
        self.name, self.seed, self.app = name, seed, applicant
        self.rng = rng_for(seed, name)
        self.docs, self.rows, self.stds = [], [], []
        self.fcount = {}

    def fname(self, folder, ext, rng):
        n = self.fcount.setdefault(folder, 0) + 1; self.fcount[folder] = n
        style = rng.choice(["scan", "img", "wx", "doc", "num"])
        base = {"scan": f"扫描件_{n:04d}", "img": f"IMG_2023{rng.randint(1,12):02d}{rng.randint(1,28):02d}_{rng.randint(100000,235959)}",
                "wx": f"微信图片_2024011{rng.randint(0,9)}{rng.randint(100000,999999)}", "doc": f"附件{n}", "num": f"{n}"}[style]
        return f"{folder}/{base}"


def firm(rng, name, tianjin=True, i=0):
    reg, city, st = (TJ[i % len(TJ)] if tianjin else OUT_TJ[i % len(OUT_TJ)])
    return {"name": name, "uscc": make_uscc(rng, reg), "address": city + st.format(n=rng.randint(2, 88))}


def build(sub, out_root, spec):
    rng = sub.rng
    root = os.path.join(out_root, sub.name, "submission")
    if os.path.exists(os.path.join(out_root, sub.name)):
        shutil.rmtree(os.path.join(out_root, sub.name))
    os.makedirs(root)
    fset = rng.randint(0, 1)
    def folder(kind):
        return FOLDERS[kind][fset]
    gi = {"c": spec.get("goff", 0), "a": spec.get("goff", 0), "p": spec.get("goff", 0), "r": spec.get("goff", 0)}
    def pick(lst, key, force=None):
        if force:
            return getattr(docs, force)
        g = lst[gi[key] % len(lst)]; gi[key] += 1; return g

    def emit(kind, genre, pages, fields, contract_no, note, force_render=None):
        r = rng_for(sub.seed, sub.name, len(sub.docs))
        gname = genre.__name__
        single = len(pages) == 1
        if force_render:
            rend = force_render
        elif gname in ("p_receipt", "a_card"):
            rend = r.choice(["scan", "photo"])
        elif gname == "a_wecom":
            rend = "shot"
        else:
            u = r.random()
            rend = "text" if u < 0.62 else ("scan" if u < 0.88 or not single else "photo")
            if not single and 0.52 <= u < 0.70:
                rend = "mixed"
        if rend in ("text", "mixed"):
            fmt = "pdf"
        elif rend == "photo":
            fmt = "jpg"
        elif rend == "shot":
            fmt = "png"
        else:
            fmt = r.choice(["pdf", "pdf", "jpg", "png", "tif"]) if single else r.choice(["pdf", "pdf", "tif"])
        path_noext = os.path.join(root, sub.fname(folder(kind), fmt, r))
        os.makedirs(os.path.dirname(path_noext), exist_ok=True)
        p = render.render_doc(pages, path_noext, rend, fmt, r)
        rel = os.path.relpath(p, root).replace(os.sep, "/")
        d = {"path": rel, "doc_type": kind, "rendering": {"shot": "scan"}.get(rend, rend), "contract_no": contract_no,
             "sha256": sha256_file(p), "note": note or NOTE.get(gname, ""), "genre": gname, "fields": fields}
        sub.docs.append(d)
        return d

    app = sub.app
    for ci, c in enumerate(spec["contracts"]):
        cu = c["cust"]
        x = {"customer": cu, "applicant": app, "amount": c.get("doc_amount", c["amount"]), "no": c["no"],
             "cname": c.get("cname", "项目合同书"), "pname": c["pname"], "sign": c["sign"], "acc_date": c["acc"],
             "place": "天津市" + rng.choice(["西青区", "滨海新区", "北辰区", "河西区"]),
             "people": rng.sample(PEOPLE, 3), "site": c.get("site", ""), "asset_no": f"SB-{c['sign'].year}-{rng.randint(100,999)}",
             "wecom_no": f"2023{c['acc'].month:02d}{c['acc'].day:02d}{rng.randint(100000,999999)}",
             "tender_no": f"ZB{c['sign'].year}-{rng.randint(1000,9999)}", "agency": rng.choice(["天津国泰招标代理有限公司", "天津市建设工程招标咨询有限公司", "中招国际招标（天津）有限公司"]),
             "acc_customer": c.get("acc_customer", cu), "acc_amount": c.get("acc_amount", c["amount"]), "acc_result": c.get("acc_result", "passed"),
             "acc_show_no": True, "proc_customer": cu, "proc_amount": c.get("proc_amount", c["amount"]),
             "proc_date": c["sign"] - dt.timedelta(days=rng.randint(8, 25))}
        a = x["amount"]
        q = rng.randint(2, 6)
        up = yuan(a / q / 2)
        x["items"] = [("边缘数据采集网关 EG-200", q, up), ("系统软件及实施服务 1套", 1, yuan(a - up * q))]
        if "c" not in c.get("skip", ""):
            g = pick(CONTRACT_G, "c", c.get("cg"))
            pages, f = g(x); emit("contract", g, pages, f, c["no"], c.get("cnote"))
        if "a" not in c.get("skip", ""):
            g = pick(ACC_G, "a", c.get("ag"))
            pages, f = g(x); emit("acceptance_report", g, pages, f, c["no"], c.get("anote"))
        if "r" not in c.get("skip", ""):
            g = pick(PROC_G, "r", c.get("rg"))
            pages, f = g(x); emit("procurement_proof", g, pages, f, c["no"], c.get("rnote"))
        if "p" not in c.get("skip", ""):
            pays = c.get("pays") or [c["amount"]]
            for pj, pamt in enumerate(pays):
                b = BANKS[(ci + pj) % len(BANKS)]
                pdate = c.get("pay_dates", [None] * 9)[pj] or (min(c["acc"] + dt.timedelta(days=10 + 20 * pj), D(2023, 12, 29)) if c["acc"].year == 2023 else c["sign"] + dt.timedelta(days=20 * (pj + 1)))
                cite = rng.random() < 0.5
                pay = {"bank": b[0] + "天津分行", "bank_short": b[1], "serial": f"{rng.randint(10**11, 10**12-1)}",
                       "payer": c.get("payer", cu["name"]), "payee": c.get("payee", app["name"]),
                       "payer_acct": f"{rng.randint(10**15, 10**16-1)}", "payee_acct": app["acct"],
                       "payer_bank": b[0] + "天津" + rng.choice(["西青支行", "滨海分行营业部", "河西支行"]), "payee_bank": app["bank"],
                       "amount": yuan(pamt), "date": pdate, "minute": rng.randint(0, 59), "print_lag": rng.randint(3, 40),
                       "memo": (f"付{c['no']}合同款" if cite else rng.choice(["货款", "项目款", "技术服务费"])), "memo_no": c["no"] if cite else None}
                g = pick(PAY_G, "p", ((c.get("pg") or []) + [None] * 9)[pj])
                pages, f = g(x, pay)
                d = emit("payment_proof", g, pages, f, c["no"], c.get("pnote"))
                if c.get("dup") and pj == 0:
                    dst = os.path.join(root, folder("other"), "补充材料_" + os.path.basename(d["path"]))
                    os.makedirs(os.path.dirname(dst), exist_ok=True)
                    shutil.copyfile(os.path.join(root, d["path"]), dst)
                    d2 = dict(d, path=os.path.relpath(dst, root).replace(os.sep, "/"), note="重复上传：与另一付款凭证字节相同")
                    sub.docs.append(d2)
                if c.get("voucher") and pj == 0:
                    pages, f = docs.o_voucher(x, pay); emit("other", docs.o_voucher, pages, f, None, None)
        for og in c.get("others", []):
            g = getattr(docs, og); pages, f = g(x); emit("other", g, pages, f, None, None)
        if c.get("missing_pay_voucher"):
            pay = {"amount": yuan(c["amount"]), "date": c["acc"] + dt.timedelta(days=15), "minute": 7}
            pages, f = docs.o_voucher(x, pay); emit("other", docs.o_voucher, pages, f, None, "新（其他）：只有记账凭证，没有付款证明")
        sub.rows.append(c)
    for st in spec["standards"]:
        sub.stds.append(st)
        if st.get("upload", True):
            g = getattr(docs, st["g"]); pages, f = g({"applicant": app}, st)
            emit("standard_draft", g, pages, f, None, None)
        for og in st.get("others", []):
            g = getattr(docs, og); pages, f = g({"applicant": app}, st); emit("other", g, pages, f, None, None)
    pages, f = docs.o_license({}, app); emit("other", docs.o_license, pages, f, None, None)
    if spec.get("corrupt"):
        r = rng_for(sub.seed, sub.name, "corrupt")
        pages, f = docs.o_license({}, app)
        p = os.path.join(root, folder("other"), "附件99.pdf")
        render.render_pdf(pages, p)
        b = open(p, "rb").read(); open(p, "wb").write(b[: len(b) * 2 // 5])
        sub.docs.append({"path": os.path.relpath(p, root).replace(os.sep, "/"), "doc_type": "other", "rendering": "corrupt",
                         "contract_no": None, "sha256": sha256_file(p), "note": "截断的PDF，无法打开", "genre": "corrupt", "fields": docs.F()})
    write_workbook(sub, root, spec)
    truth = make_truth(sub, spec)
    with open(os.path.join(out_root, sub.name, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def contract_rows(sub):
    out = []
    for i, c in enumerate(sub.rows, 1):
        cu = c["cust"]
        out.append({"seq": i, "contract_no": c["no"], "customer": cu["name"], "customer_uscc": c.get("decl_uscc", cu["uscc"]),
                    "amount_yuan": fmt_yuan(c["amount"]), "planted": c.get("planted", []),
                    "contract_name": c["pname"] + "合同", "sign_date": c["sign"].isoformat(), "accept_date": c.get("decl_acc", c["acc"]).isoformat(),
                    "sme_declared": cu["sme_decl"], "staff": cu["staff"], "revenue_wan": cu["rev"],
                    "tianjin_declared": cu["tj_decl"], "customer_address": cu["address"]})
    return out


def make_truth(sub, spec):
    rows = contract_rows(sub)
    stds = [{"name": s["title"], "category": s["cat"], "stage": s["stage"]} for s in sub.stds]
    docs_out = sorted(sub.docs, key=lambda d: d["path"])
    for d in docs_out:
        d.pop("genre_internal", None)
    res = rules.derive({"name": sub.app["name"], "uscc": sub.app["uscc"], "address": sub.app["address"]}, rows, stds, docs_out)
    t = {"applicant": {"name": sub.app["name"], "uscc": sub.app["uscc"], "address": sub.app["address"]}, "phase": "支持",
         "award_tier_wan": res["award_tier_wan"], "accepted_total_yuan": res["accepted_total_yuan"], "requirements": res["requirements"],
         "gaps": res["gaps"], "verified_contracts": len(res["verified_contracts"]), "verified_contract_nos": res["verified_contracts"],
         "verified_customer_count": res["verified_customer_count"], "verified_sme_customer_count": res["verified_sme_customer_count"],
         "standards_with_document": res["standards_with_document"], "contracts": rows, "standards": res["standards"],
         "traps": spec.get("traps", []), "documents": docs_out}
    return t


def write_workbook(sub, root, spec):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "申报单位"
    ws.merge_cells("A1:B1"); ws["A1"] = "申报单位基本信息"
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", sub.app["name"]), ("统一社会信用代码", sub.app["uscc"]), ("注册地址", sub.app["address"]),
                 ("申报方向", "智能制造系统解决方案"), ("服务行业", "汽车零部件、装备制造、食品医药")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr)); ws2["A1"] = "服务用户清单（支持周期 2023年）"
    ws2.append(hdr)
    rows = contract_rows(sub)
    big = max(rows, key=lambda r: Decimal(str(r["revenue_wan"])))
    for i, r in enumerate(rows):
        wan = Decimal(r["amount_yuan"]) / 10000
        amt = f"{wan:.2f}" if i == 3 else float(wan)
        sd, ad = D.fromisoformat(r["sign_date"]), D.fromisoformat(r["accept_date"])
        if i % 3 == 1:
            sdv, adv = ymd(sd), ymd(ad)
        else:
            sdv, adv = dt.datetime(sd.year, sd.month, sd.day), dt.datetime(ad.year, ad.month, ad.day)
        rev = f"{r['revenue_wan']:,}" if r is big else r["revenue_wan"]
        ws2.append([r["seq"], r["customer"], r["customer_uscc"], r["contract_no"], r["contract_name"], amt, sdv, adv,
                    r["sme_declared"], r["staff"], rev, r["tianjin_declared"]])
        for col in (7, 8):
            c = ws2.cell(row=ws2.max_row, column=col)
            if not isinstance(c.value, str):
                c.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1"); ws3["A1"] = "牵头或参与制定的标准"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, s in enumerate(sub.stds, 1):
        ws3.append([i, s["title"], s["cat"], s["stage"]])
    for w in (ws, ws2, ws3):
        w["A1"].alignment = Alignment(horizontal="center")
    wb.save(os.path.join(root, "申报信息.xlsx"))


# ------------------------------------------------------------------ specs
def customers(rng, n, smes, start=0):
    out = []
    names = CUST_NAMES[start:start + n]
    for i, nm in enumerate(names):
        f = firm(rng, nm, True, i + start)
        if i in smes:
            f.update(staff=rng.randint(80, 900), rev=rng.randint(3000, 38000))
        else:
            f.update(staff=rng.randint(1100, 4800), rev=rng.randint(42000, 260000))
        f.update(sme_decl="是" if i in smes else "否", tj_decl="是")
        out.append(f)
    return out


def applicant(rng, name, i):
    f = firm(rng, name, True, i)
    f.update(acct=f"{rng.randint(10**17, 10**18-1)}", bank="中国工商银行天津" + rng.choice(["西青支行", "开发区分行", "南开支行"]))
    return f


def spec_clean(rng):
    cs = customers(rng, 9, smes={0, 1, 3, 4, 6, 8}, start=0)
    amts = [4860000, 3275500, 5120000, 2988000, 6450000, 3612300, 4205000, 2730000, 3390000, 2015800]
    cidx = [0, 1, 2, 3, 4, 5, 6, 7, 8, 2]
    contracts = []
    for i, (a, ci) in enumerate(zip(amts, cidx)):
        s = D(2022, 9, 1) + dt.timedelta(days=37 * i)
        acc = D(2023, 2, 20) + dt.timedelta(days=29 * i)
        pays = [a] if i % 2 else ([yuan(a * 3 / 10), yuan(a) - yuan(a * 3 / 10)] if i % 4 else [yuan(a * 3 / 10), yuan(a * 6 / 10), yuan(a) - yuan(a * 3 / 10) - yuan(a * 6 / 10)])
        contracts.append({"no": f"XC-HT-{s.year}-{31 + i:03d}", "cust": cs[ci], "amount": Decimal(a), "pname": PROJECTS[i],
                          "sign": s, "acc": acc, "pays": pays,
                          "others": (["o_techagr"] if i in (1, 8) else []) + (["o_thanks"] if i in (4, 9) else []) + (["o_fat"] if i in (3, 6) else []),
                          "voucher": i == 7})
    stds = [{"title": "离散制造车间设备数据采集接口规范", "g": "s_group", "org": "天津市智能制造产业协会", "code": "TJZZ 021", "cat": "团体标准", "stage": "征求意见稿"},
            {"title": "工业边缘计算节点功能要求", "en": "Functional requirements for industrial edge computing nodes", "g": "s_iec", "code": "63xxx", "doc": "1187", "cat": "国际标准", "stage": "工作组草案"},
            {"title": "注塑车间能效监测系统技术规范", "g": "s_redline", "code": "XCZK 003", "cat": "企业标准", "stage": "草案"},
            {"title": "智能仓储AGV调度系统通用技术要求", "g": "s_group", "org": "天津市工业互联网协会", "code": "TJIIA 009", "cat": "团体标准", "stage": "征求意见稿", "others": ["o_stdreview"]}]
    return {"contracts": contracts, "standards": stds, "goff": 0,
            "traps": ["技术协议/出厂验收FAT/感谢信/记账凭证/标准审查意见均为其他类，不构成证据也不构成差距", "一客户两份合同（客户去重）", "付款分两笔，合计等于合同额"]}


def spec_gaps(rng):
    cs = customers(rng, 11, smes={0, 1, 2, 3, 5, 6, 8, 9}, start=10)
    hb = firm(rng, "天津冀东重工机械有限公司", False, 0)  # 名称含天津，但注册在河北
    hb.update(staff=600, rev=21000, sme_decl="是", tj_decl="是")
    cs[9] = hb
    cs[10].update(sme_decl="是")  # large firm declared as SME
    amts = [2860000, 3150000, 1980000, 2640000, 3320000, 2475000, 1890000, 2210000, 2730000, 1950000, 3460000, 2080000, 2330000]
    cidx = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 4, 1]
    other_firm = firm(rng, "天津市昀通设备监理有限公司", True, 3)
    plan = [
        {"skip": "a", "planted": ["missing_acceptance_report"]},
        {"skip": "p", "planted": ["missing_payment_proof"], "missing_pay_voucher": True},
        {"skip": "r", "planted": ["missing_procurement_proof"], "others": ["o_techagr"]},
        {"doc_amount": None, "planted": ["amount_mismatch"], "cg": "c_emc"},
        {"acc_date": D(2024, 1, 15), "planted": ["date_out_of_period"], "ag": "a_grid"},
        {"acc_result": "failed", "planted": ["acceptance_not_passed"], "ag": "a_card"},
        {"payer": "天津渤海装备制造集团有限公司", "planted": ["party_mismatch"], "pg": ["p_ebank"]},
        {"dup": True, "planted": ["duplicate_evidence"]},
        {"bad_uscc": True, "planted": ["invalid_uscc"], "cg": "c_prose"},
        {"planted": ["not_tianjin"]},
        {"planted": ["sme_misclassified"]},
        {"acc_customer": other_firm, "planted": ["party_mismatch"], "ag": "a_grid"},
        {"planted": []},
    ]
    contracts = []
    for i, (a, ci, pl) in enumerate(zip(amts, cidx, plan)):
        s = D(2022, 11, 3) + dt.timedelta(days=23 * i)
        acc = pl.get("acc_date", D(2023, 3, 8) + dt.timedelta(days=24 * i))
        c = {"no": f"HY{s.year}{s.month:02d}-{i + 7:02d}", "cust": cs[ci], "amount": Decimal(a), "pname": PROJECTS[(i + 3) % len(PROJECTS)],
             "sign": s, "acc": acc, "pays": [a] if i % 3 else [yuan(a * 4 / 10), yuan(a) - yuan(a * 4 / 10)],
             "others": ["o_fat"] if i in (5, 11) else (["o_thanks"] if i in (7, 12) else [])}
        c.update({k: v for k, v in pl.items() if k != "acc_date"})
        if c.get("doc_amount", 0) is None:
            c["doc_amount"] = Decimal(a) * Decimal("1.08")
        if c.get("bad_uscc"):
            bad = break_uscc(cs[ci]["uscc"])
            c["cust"] = dict(cs[ci], uscc=bad)
        if i == 4:
            c["decl_acc"] = D(2023, 12, 20)
        contracts.append(c)
    stds = [{"title": "工业设备健康状态评估方法", "g": "s_group", "org": "天津市智能制造产业协会", "code": "TJZZ 034", "cat": "团体标准", "stage": "征求意见稿"},
            {"title": "制造执行系统与ERP集成数据规范", "g": "s_redline", "code": "HYGL 011", "cat": "企业标准", "stage": "草案"},
            {"title": "食品生产线智能监控系统技术要求", "g": "s_group", "org": "天津市食品工业协会", "code": "TJSP 007", "cat": "团体标准", "stage": "征求意见稿", "upload": False, "others": ["o_stdreview"]},
            {"title": "工业互联网标识解析应用指南", "g": "s_iec", "en": "Guidance for industrial internet identifier resolution", "code": "63yyy", "doc": "1203", "cat": "国际标准", "stage": "工作组草案", "upload": False}]
    return {"contracts": contracts, "standards": stds, "goff": 1, "corrupt": True,
            "traps": ["付款证明缺失的合同只有记账凭证（其他）", "未上传草案的标准附有专家审查意见（其他，不能代替草案）"]}


def spec_tricky(rng):
    cs = customers(rng, 10, smes={0, 1, 2, 3, 4, 8}, start=21)
    # borderline classifications (declared correctly)
    cs[3].update(staff=999, rev=52000, sme_decl="是")      # staff below 1000 -> SME
    cs[4].update(staff=1200, rev=39999, sme_decl="是")     # revenue below 40000 -> SME
    cs[5].update(staff=1000, rev=40000, sme_decl="否")     # exactly large
    # verified: t0..t7 (customers 0..7) + t10 (customer 0 again) = 25,000,000.00 exactly
    amts = [3000000, 2480600, 3333300, 2716100, 2950000, 2120000, 3580000, 2690000, 1980000, 2260000, None, 2400000]
    amts[10] = 25000000 - sum(a for i, a in enumerate(amts) if i in (0, 1, 2, 3, 4, 5, 6, 7))
    cidx = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]
    affiliate = "天津堃昀智能科技有限公司"
    plan = [
        {"doc_amount": Decimal("3012000"), "pays": [Decimal("1506000.00"), Decimal("1506000.00")], "planted": [], "cg": "c_prose",
         "site": "滨海分公司厂区", "proc_amount": Decimal("3012000")},
        {"pays": [Decimal("744180.00"), Decimal("1240300.00"), Decimal("496120.00")], "planted": []},
        {"acc_date": D(2023, 12, 31), "planted": [], "pay_dates": [D(2023, 12, 31)]},
        {"sign": D(2022, 11, 28), "planted": []},
        {"planted": [], "acc_amount": None},
        {"planted": [], "pays": [Decimal("2120000")]},
        {"planted": [], "acc_date": D(2023, 1, 1)},
        {"planted": []},
        {"pays": [Decimal("990000.00"), Decimal("978120.00")], "planted": ["amount_mismatch"], "pnote": "两笔付款合计比申报额少0.6%"},
        {"acc_date": D(2024, 1, 1), "decl_acc": D(2023, 12, 31), "planted": ["date_out_of_period"]},
        {"planted": []},
        {"payee": affiliate, "planted": ["party_mismatch"], "pg": ["p_ebank"], "pnote": "收款人为申报单位的关联公司（名称相近），非申报单位"},
    ]
    contracts = []
    for i, (a, ci, pl) in enumerate(zip(amts, cidx, plan)):
        s = pl.get("sign", D(2023, 1, 9) + dt.timedelta(days=19 * i))
        acc = pl.get("acc_date", D(2023, 4, 11) + dt.timedelta(days=21 * i))
        c = {"no": f"KY-{s.year}-SC{i + 101}", "cust": cs[ci], "amount": Decimal(a), "pname": PROJECTS[(i + 6) % len(PROJECTS)],
             "sign": s, "acc": acc, "pays": [Decimal(a)]}
        c["others"] = ["o_techagr"] if i in (2, 6) else (["o_fat"] if i in (4, 10) else (["o_thanks"] if i == 7 else []))
        if i in (3, 6, 7):
            c["pays"] = [yuan(Decimal(a) / 2), Decimal(a) - yuan(Decimal(a) / 2)]
        c.update({k: v for k, v in pl.items() if k not in ("acc_date", "sign")})
        contracts.append(c)
    contracts[0]["pname"] = PROJECTS[0]
    stds = [{"title": "汽车零部件数字化车间评价规范", "g": "s_group", "org": "天津市汽车工业协会", "code": "TJQC 015", "cat": "团体标准", "stage": "征求意见稿"},
            {"title": "工业控制系统边缘网关通用技术条件", "g": "s_iec", "en": "General specification of edge gateways for industrial control systems", "code": "63zzz", "doc": "1240", "cat": "国际标准", "stage": "工作组草案"},
            {"title": "设备预测性维护数据质量要求", "g": "s_redline", "code": "KYZN 002", "cat": "企业标准", "stage": "草案"},
            {"title": "智能工厂能源计量器具配备规范", "g": "s_group", "org": "天津市能源协会", "code": "TJNY 005", "cat": "团体标准", "stage": "立项", "upload": False, "others": ["o_stdreview"]}]
    return {"contracts": contracts, "standards": stds, "goff": 2,
            "traps": ["合同额3,012,000与申报300万差0.4%（<0.5%，不是差距）；预付款/质保金/违约金/入门费/首轮报价为干扰金额",
                      "三笔付款合计恰好等于合同额；两笔各半", "验收日期2023-12-31、2023-01-01、付款日2023-12-31（期内）",
                      "合同签订于2022-11-28（签订日期不受周期限制）", "交货地点写客户滨海分公司，甲方仍为总公司",
                      "从业人员999/营收52000、1200/39999为中小企业；1000/40000恰为大型企业；申报均正确",
                      "已验证客户恰8家、总额恰2500万元、中小企业恰5家、标准草案恰3项",
                      "交货期、开标日期、评标报告日期、打印日期、到货/安装日期为干扰日期", "验收结论为手写、企业微信截图"]}


def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--out", default="data"); ap.add_argument("--seed", type=int, default=26)
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    specs = [("a26_support_clean", "天津瑄翀智控科技有限公司", 1, spec_clean),
             ("a26_support_gaps", "天津市珩赟工业互联网有限公司", 4, spec_gaps),
             ("a26_support_tricky", "天津堃昀智能装备有限公司", 0, spec_tricky)]
    for name, appname, i, fn in specs:
        if a.only and name not in a.only:
            continue
        rng = rng_for(a.seed, name, "spec")
        app = applicant(rng, appname, i)
        sub = Sub(name, a.seed, app)
        t = build(sub, a.out, fn(rng))
        print(name, len(t["documents"]), "docs, tier", t["award_tier_wan"], "total", t["accepted_total_yuan"], "gaps", len(t["gaps"]))


if __name__ == "__main__":
    main()
