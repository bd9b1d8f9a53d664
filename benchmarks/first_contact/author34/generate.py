"""python generate.py --out data --seed 34  — builds a34_support_clean / _gaps / _tricky."""
import argparse, json, os, random, shutil, zipfile
from datetime import date, datetime, timedelta
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment
import docs, render, rules
from util import make_uscc, break_uscc, sha256_file, uscc_valid

DIST = {"120116": "滨海新区", "120104": "南开区", "120111": "西青区", "120110": "东丽区", "120113": "北辰区", "120114": "武清区", "120115": "宝坻区",
        "120112": "津南区", "120118": "静海区", "120106": "红桥区", "120105": "河北区", "120117": "宁河区", "120119": "蓟州区", "120103": "河西区"}
ROADS = ["黄海路", "泰达大街", "新兴路", "津塘公路", "京福公路", "宝平公路", "海泰创新六路", "微山路", "咸阳路", "金钟河大街"]
BANKS = ["中国工商银行天津分行营业部", "中国银行天津河西支行", "招商银行天津分行", "渤海银行天津滨海分行", "天津农商银行西青支行", "兴业银行天津分行", "交通银行天津经济技术开发区分行"]

APPLICANT = dict(name="天津赟翀智能科技有限公司", region="120116", addr="天津市滨海新区第五大街泰华路12号B座5层")

# name, region, employees, revenue(万元), sme_declared
POOL = {
 "clean": [("天津市瑄禾精密机械有限公司", "120111", 186, 21500, "是"), ("天津堃源新材料股份有限公司", "120116", 1450, 86200, "否"),
           ("天津橦林汽车零部件有限公司", "120114", 420, 36800, "是"), ("天津市翀宇电气设备有限公司", "120112", 95, 8800, "是"),
           ("天津海晟轴承制造有限公司", "120113", 260, 15400, "是"), ("天津渤钢重型装备集团有限公司", "120110", 3200, 214246, "否"),
           ("天津市昀峰塑业有限公司", "120115", 130, 9700, "是"), ("天津港昌物流装备有限公司", "120116", 310, 27200, "是"),
           ("天津市永赟钢管有限公司", "120118", 540, 39000, "是")],
 "gaps": [("天津中环恒力电子有限公司", "120104", 210, 16300, "是"), ("天津泰瑄医疗器械有限公司", "120116", 150, 12100, "是"),
          ("天津市琨瑜食品有限公司", "120110", 380, 22600, "是"), ("天津德堃模具有限公司", "120111", 88, 5400, "是"),
          ("天津市润橦农机有限公司", "120117", 120, 7600, "是"), ("天津嘉翀建材有限公司", "120119", 260, 18800, "是"),
          ("天津昀安印务有限公司", "120106", 70, 3900, "是"), ("天津鸿瑄家具有限公司", "120105", 230, 11800, "是"),
          ("天津锦堃电缆有限公司", "120113", 160, 9100, "是"), ("河北沧州昀达管道有限公司", "130900", 300, 21000, "是"),
          ("天津中瑄汽车有限公司", "120114", 2600, 158000, "否")],
 "tricky": [("天津市瑄禾精工机械有限公司", "120111", 186, 21500, "是"), ("天津航宇重工集团有限公司滨海分公司", "120116", 1000, 40000, "否"),
            ("天津橦华汽车零部件有限公司", "120114", 1000, 39999, "是"), ("天津市翀泰电力设备有限公司", "120112", 999, 52000, "是"),
            ("天津瀚堃石化装备有限公司", "120110", 1800, 96500, "否"), ("天津渤化昀升化工有限公司", "120116", 2200, 183000, "否"),
            ("天津市宝坻区昀峰纸业有限公司", "120115", 130, 9700, "是"), ("天津港畅冷链设备有限公司", "120116", 310, 27200, "是"),
            ("天津市瑄和精密机械有限公司", "120111", 140, 8800, "是")],
}
TITLES = ["数字化车间MES系统建设", "焊装产线智能化改造", "设备联网与数据采集平台", "能源管理系统", "仓储物流WMS及AGV调度系统", "质量追溯系统实施",
          "工业互联网标识解析二级节点应用", "机器视觉质检系统", "APS高级排产系统", "数字孪生工厂可视化平台", "预测性维护系统", "智能仓储立体库改造"]


def wan(c):
    return Decimal(c) / 1000000


def build_customers(key, rng):
    out = []
    for name, reg, emp, rev, sme in POOL[key]:
        tj = reg.startswith("12")
        addr = ("天津市%s%s%d号" % (DIST[reg], rng.choice(ROADS), rng.randint(1, 300))) if tj else "河北省沧州市运河区永济东路%d号" % rng.randint(1, 200)
        out.append(dict(name=name, uscc=make_uscc(rng, reg), addr=addr, district=DIST.get(reg, ""), employees=emp, revenue=rev, sme=sme,
                        bank=rng.choice(BANKS), acct="%d" % rng.randint(10 ** 15, 10 ** 16)))
    return out


def spec(key):
    """(customer index, amount 万元 as str, plants, tricks)"""
    if key == "clean":
        am = ["486.00", "352.80", "298.50", "415.20", "263.70", "327.40", "389.60", "281.30", "306.90"]
        return [(i, a, [], []) for i, a in enumerate(am)]
    if key == "gaps":
        return [(0, "356.00", ["no_acc"], []), (1, "280.50", ["no_pay"], []), (2, "412.00", ["no_proc"], []), (3, "198.60", ["amt_contract"], []),
                (4, "265.00", ["acc_2024"], []), (5, "330.00", ["acc_failed"], []), (6, "176.40", ["payer_other"], []), (7, "240.00", ["dup"], []),
                (8, "305.80", ["bad_uscc"], []), (9, "221.00", ["not_tj"], []), (10, "468.00", ["sme_mis"], []), (0, "120.00", ["pay_short"], [])]
    return [(0, "412.30", [], ["lease"]), (1, "298.40", [], ["branch", "emp1000_rev40000"]), (2, "355.60", [], ["within_0.5pct", "emp1000_rev39999"]),
            (3, "287.90", [], ["instalments", "emp999"]), (4, "301.25", [], ["acc_1231"]), (5, "276.55", [], ["second_ranked"]),
            (6, "318.00", [], ["n04_no_amount"]), (7, "250.00", [], ["memo_cites"]),
            (0, "186.00", ["acc_amount_0.6pct"], []), (8, "203.00", ["payer_one_char"], []), (1, "158.00", ["acc_20240101"], [])]


def pick(rng, lst, i):
    return lst[i % len(lst)]


def make(key, out, seed):
    rng = random.Random("%s-%s" % (seed, key))
    sub = os.path.join(out, "a34_support_" + key); shutil.rmtree(sub, ignore_errors=True)
    root = os.path.join(sub, "submission"); os.makedirs(root)
    app = dict(APPLICANT); app["uscc"] = make_uscc(rng, app["region"]); app["bank"] = "中国建设银行天津滨海分行"; app["acct"] = "1205016%010d" % rng.randint(0, 10 ** 10)
    custs = build_customers(key, rng)
    folders = {"clean": dict(contract="一、服务合同", acceptance_report="二、验收证明", payment_proof="三、付款凭证", procurement_proof="四、采购证明", standard_draft="五、标准草案", other="六、其他"),
               "gaps": None,
               "tricky": dict(contract="合同扫描件", acceptance_report="验收材料/终验", payment_proof="回款/银行回单", procurement_proof="招采文件", standard_draft="标准", other="附件")}[key]
    counter = [0]
    documents, contracts, pending = [], [], []
    def fname(rng_):
        counter[0] += 1
        return rng_.choice(["扫描件_%04d", "附件%d", "IMG_2024031%d", "新建文档 (%d)", "微信图片_20240312%04d", "DOC%05d", "scan%03d"]) % (counter[0] + rng_.randint(0, 9) * 100)

    def emit(d, cno, folder, rendering=None, fmt=None, extra_note=""):
        multi = len(d["pages"]) > 1
        if rendering is None:
            x = rng.random(); rendering = "text" if x < 0.55 else ("scan" if x < 0.85 else "photo")
        if rendering == "photo" and multi:
            rendering = "scan"
        if fmt is None:
            fmt = "pdf" if rendering == "text" else (rng.choice(["pdf", "pdf", "tif"]) if multi else (rng.choice(["pdf", "jpg", "png", "tif"]) if rendering == "scan" else "jpg"))
        font = "STSong-Light" if (rendering == "text" and rng.random() < 0.2) else "wqy"
        fdir = os.path.join(root, folder); os.makedirs(fdir, exist_ok=True)
        base = os.path.join(fdir, fname(rng))
        while any(os.path.exists(base + e) for e in (".pdf", ".jpg", ".png", ".tif")):
            base += "_1"
        p = render.render(base, d["pages"], rendering, fmt, rng, font)
        rec = dict(path=os.path.relpath(p, root).replace(os.sep, "/"), doc_type=d["doc_type"], rendering=rendering, contract_no=cno if d["doc_type"] != "other" else None,
                   sha256=sha256_file(p), note=d["note"] + extra_note + ("；" + d["genre"]), fields=d["fields"], genre=d["genre"])
        documents.append(rec); return rec, p

    sp = spec(key)
    nos = set()
    for idx, (ci, amt_wan, plants, tricks) in enumerate(sp):
        cu = custs[ci]
        decl = int(Decimal(amt_wan) * 1000000)
        while True:
            no = rng.choice(["YC-%d-%03d", "TJHX-JS-%d-%04d", "%d-SB-%03d", "ZN%d%04d", "HT-%d-XS-%03d"]) % (2023 if idx % 3 else 2022, rng.randint(1, 999))
            if no not in nos: nos.add(no); break
        sign = date(2023, 1, 1) + timedelta(days=rng.randint(-60, 150))
        acc = sign + timedelta(days=rng.randint(120, 200))
        if acc.year > 2023: acc = date(2023, 12, rng.randint(1, 28))
        uscc = cu["uscc"]
        if "bad_uscc" in plants: uscc = break_uscc(uscc)
        c = dict(no=no, title=TITLES[(idx + len(key)) % len(TITLES)], cust_doc=cu["name"], cust_uscc=uscc, cust_addr=cu["addr"], district=cu["district"] or "滨海新区",
                 amount=decl, amount_doc=decl, acc_amount=decl, proc_amount=decl, sign=sign, acc=acc, acc_result="passed", acc_by=cu["name"],
                 proc_date=sign - timedelta(days=rng.randint(8, 30)))
        if "within_0.5pct" in tricks:
            c["amount"] = c["amount_doc"] = c["acc_amount"] = c["proc_amount"] = decl * 10045 // 10000
        if "amt_contract" in plants: c["amount"] = c["amount_doc"] = decl * 110 // 100
        if "acc_amount_0.6pct" in plants: c["acc_amount"] = decl * 1006 // 1000
        if "acc_2024" in plants: c["acc"] = date(2024, 1, 16)
        if "acc_20240101" in plants: c["acc"] = date(2024, 1, 1)
        if "acc_1231" in tricks: c["acc"] = date(2023, 12, 31)
        if "acc_failed" in plants: c["acc_result"] = "failed"
        # contract doc
        gi = idx % 3 if key != "tricky" else (1 if "lease" in tricks else idx % 3)
        if "lease" not in tricks and gi == 1 and key == "tricky": gi = 0
        cgen = docs.CONTRACT_G[gi]
        folder = (lambda k: folders[k]) if folders else (lambda k, _i=idx: "第%02d项-%s" % (_i + 1, cu["name"][:6]))
        emit(cgen(app, c, rng, idx), no, folder("contract"))
        if "no_acc" not in plants:
            ag = docs.ACCEPT_G[idx % 4]
            if "n04_no_amount" in tricks or "acc_1231" in tricks: ag = docs.n04_reply
            if "acc_amount_0.6pct" in plants: ag = docs.a0_report
            emit(ag(app, c, rng, idx * 2), no, folder("acceptance_report"))
        if "no_proc" not in plants:
            pg = docs.PROC_G[idx % 4]
            if "second_ranked" in tricks: pg = docs.n10_award_report
            d = pg(app, c, rng, 1 if "second_ranked" in tricks else 0)
            emit(d, no, folder("procurement_proof"))
        if "no_pay" not in plants:
            payer = cu["name"]
            if "payer_other" in plants: payer = "天津嘉翀控股集团有限公司"
            if "payer_one_char" in plants: payer = "天津市瑄和精密机械有限公司" if cu["name"] != "天津市瑄和精密机械有限公司" else "天津市瑄禾精密机械有限公司"
            n = 3 if "instalments" in tricks else rng.choice([1, 2, 2])
            parts, rest = [], decl
            for k in range(n - 1):
                pc = (decl * rng.choice([30, 40, 50]) // 100) // 100 * 100; parts.append(pc); rest -= pc
            parts.append(rest)
            if "pay_short" in plants: parts[-1] -= decl // 10
            if "within_0.5pct" in tricks: parts[-1] += c["amount"] - decl
            pays = []
            d0 = c["acc"] - timedelta(days=60)
            for k, pc in enumerate(parts):
                pd = d0 + timedelta(days=60 * k + rng.randint(0, 20))
                if k == n - 1: pd = min(c["acc"] + timedelta(days=rng.randint(5, 40)), date(2024, 3, 1))
                pays.append(dict(date=pd, amount=pc, payer=payer, payer_acct="%d" % rng.randint(10 ** 15, 10 ** 16), payer_bank=cu["bank"],
                                 memo_no=no if ("memo_cites" in tricks or rng.random() < 0.3) else None))
            if n >= 2 and idx % 4 == 1:
                emit(docs.n08_ap_list(app, c, rng, idx, pays), no, folder("payment_proof"))
            else:
                for k, p in enumerate(pays):
                    g = docs.p0_bank if (idx + k) % 2 == 0 else docs.n07_netbank
                    rec, path = emit(g(app, c, rng, idx, p), no, folder("payment_proof"))
                    if "dup" in plants and k == 0:
                        dst = os.path.join(os.path.dirname(path), fname(rng) + os.path.splitext(path)[1])
                        shutil.copyfile(path, dst)
                        r2 = dict(rec); r2["path"] = os.path.relpath(dst, root).replace(os.sep, "/"); r2["note"] = "同一回单重复上传（字节相同）；" + rec["genre"]
                        documents.append(r2)
        if rng.random() < 0.8 or idx < 2:
            og = docs.n02_tech_registration if idx % 2 == 0 else docs.n03_approval
            emit(og(app, c, rng, idx), None, folder("other"))
        tj_decl = "是"
        caddr = cu["addr"]
        contracts.append(dict(seq=idx + 1, contract_no=no, contract_name=c["title"] + ("租赁合同" if cgen is docs.n01_lease else "项目合同"), customer=cu["name"], customer_uscc=uscc,
                              customer_address=caddr, amount_yuan="%d.%02d" % (decl // 100, decl % 100), amount_yuan_c=decl, signing_date=sign.isoformat(),
                              acceptance_date=c["acc"].isoformat(), sme_declared=("否" if cu["sme"] == "是" else "是") if "sme_mis" in plants else cu["sme"],
                              employees=cu["employees"], revenue_wan=cu["revenue"], tianjin_declared=tj_decl, planted=plants, traps=tricks))
    # standards
    names = {"clean": ["离散制造车间设备数据采集接口规范", "工业互联网平台 中小企业数字化改造实施指南", "智能仓储系统 AGV调度通信协议", "制造执行系统（MES）工单管理功能要求"],
             "gaps": ["注塑车间能耗监测系统技术要求", "工业设备预测性维护 数据集要求", "机器视觉表面缺陷检测系统通用规范"],
             "tricky": ["工业互联网标识解析 企业节点接入规范", "数字孪生车间 建模与数据交互要求", "焊装生产线智能化改造评价指南"]}[key]
    stds = []
    for i, n in enumerate(names):
        up = not (key == "gaps" and i > 0)
        if up:
            d = docs.s0_standard(app, dict(name=n), rng, i)
            emit(d, None, folders["standard_draft"] if folders else "标准草案")
        stds.append(dict(seq=i + 1, name=n, category="团体标准", stage="征求意见稿", draft_uploaded=up))
    ofold = folders["other"] if folders else "其他材料"
    emit(docs.n13_standard_project(app, [dict(name=n) for n in names], rng, 0), None, ofold)
    emit(docs.n14_pledge(app, rng), None, ofold)
    if key == "gaps":
        # corrupt upload: a truncated PDF
        d = docs.s0_standard(app, dict(name=names[0]), rng, 9)
        p = render.render(os.path.join(root, ofold, "扫描全能王_0312"), d["pages"], "text", "pdf", rng)
        b = open(p, "rb").read(); open(p, "wb").write(b[: len(b) // 3])
        documents.append(dict(path=os.path.relpath(p, root).replace(os.sep, "/"), doc_type="other", rendering="corrupt", contract_no=None, sha256=sha256_file(p),
                              note="上传中断的截断PDF（无法打开）；corrupt", fields=docs.F(), genre="corrupt"))
    if key == "tricky":
        # branch trap: second bank receipt page printed for the same customer's other contract is fine; add an extra 'other' invoice-like quotation
        pass
    write_workbook(os.path.join(root, "申报信息.xlsx"), app, contracts, stds, rng)
    fix_zip(os.path.join(root, "申报信息.xlsx"))
    for d in documents:
        d.pop("genre", None)
    truth = rules.derive(dict(name=app["name"], uscc=app["uscc"], address=app["addr"]), contracts, stds, documents)
    gt = dict(applicant=dict(name=app["name"], uscc=app["uscc"], address=app["addr"]), phase="支持", **truth,
              contracts=[{k: v for k, v in c.items() if k != "amount_yuan_c"} for c in contracts], standards=stds,
              documents=sorted(documents, key=lambda d: d["path"]))
    json.dump(gt, open(os.path.join(sub, "ground_truth.json"), "w"), ensure_ascii=False, indent=1)
    return gt


def write_workbook(path, app, contracts, stds, rng):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "申报单位"
    ws.merge_cells("A1:B1"); ws["A1"] = "申报单位基本信息"
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", app["name"]), ("统一社会信用代码", app["uscc"]), ("注册地址", app["addr"]), ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "装备制造、汽车零部件、新材料")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr)); ws2["A1"] = "服务用户清单（2023年支持周期）"
    ws2.append(hdr)
    big = max(contracts, key=lambda c: c["revenue_wan"])
    for i, c in enumerate(contracts):
        w = Decimal(c["amount_yuan_c"]) / 1000000
        amt = float(w)
        if i == 2: amt = "%.2f" % w
        sd = datetime.fromisoformat(c["signing_date"]); ad = datetime.fromisoformat(c["acceptance_date"])
        if i % 3 == 1:
            sd = "%d年%d月%d日" % (sd.year, sd.month, sd.day); ad = "%d年%d月%d日" % (ad.year, ad.month, ad.day)
        rev = "{:,}".format(c["revenue_wan"]) if c is big else c["revenue_wan"]
        ws2.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], amt, sd, ad, c["sme_declared"], c["employees"], rev, c["tianjin_declared"]])
        for col in (7, 8):
            if not isinstance(ws2.cell(row=ws2.max_row, column=col).value, str):
                ws2.cell(row=ws2.max_row, column=col).number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1"); ws3["A1"] = "参与制定标准情况"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for s in stds:
        ws3.append([s["seq"], s["name"], s["category"], s["stage"]])
    fixed = datetime(2024, 3, 12, 9, 0, 0)
    wb.properties.created = fixed; wb.properties.modified = fixed; wb.properties.creator = "user"; wb.properties.lastModifiedBy = "user"
    wb.save(path)


def fix_zip(path):
    zin = zipfile.ZipFile(path); items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]; zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == "docProps/core.xml":
                import re
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-03-12T09:00:00Z", b)
            zi = zipfile.ZipInfo(n, date_time=(2024, 3, 12, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("--out", default="data"); ap.add_argument("--seed", type=int, default=34)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for k in ["clean", "gaps", "tricky"]:
        gt = make(k, a.out, a.seed)
        print(k, len(gt["documents"]), gt["award_tier_wan"], gt["accepted_total_yuan"], len(gt["gaps"]), gt["requirements"])
