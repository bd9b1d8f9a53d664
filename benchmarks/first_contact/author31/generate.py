"""python generate.py --out data --seed 31"""
import argparse, json, os, random, shutil, datetime as dt
import openpyxl
import docs as G
import render, rules
from util import make_uscc, break_uscc, yuan, D, sha256, d_cn, is_tianjin_code

DIST = ["120116", "120104", "120111", "120112", "120113", "120222", "120105"]
WORDS = ["瑞", "赟", "昀", "橦", "瑄", "翀", "堃", "宏", "泰", "恒", "鑫", "诚", "博", "华", "远", "嘉", "盛", "晟", "润", "启"]
TRADE = ["精密机械", "汽车零部件", "电子科技", "新材料", "医药", "食品", "化工", "智能装备", "电气", "包装", "模具", "纺织"]


def firm(rng, tj=True, used=set()):
    while True:
        n = rng.choice(WORDS) + rng.choice(WORDS)
        tr = rng.choice(TRADE)
        if tj:
            dist = rng.choice(["滨海新区", "西青区", "东丽区", "津南区", "北辰区", "武清区", "南开区"])
            name = "天津" + n + tr + "有限公司"; addr = "天津市" + dist + rng.choice(["海泰", "兴华", "津港", "华苑", "京津"]) + "路" + str(rng.randint(1, 99)) + "号"
            code = make_uscc(rng, rng.choice(DIST))
        else:
            p, reg = rng.choice([("河北", "130100"), ("山东", "370200"), ("北京", "110108"), ("江苏", "320500")])
            name = p + n + tr + "有限公司"; addr = p + "省某市工业园" + str(rng.randint(1, 99)) + "号" if p != "北京" else "北京市海淀区上地" + str(rng.randint(1, 9)) + "街"
            code = make_uscc(rng, reg)
        if name not in used:
            used.add(name)
            return dict(name=name, uscc=code, addr=addr, person=rng.choice("王李张刘陈杨赵黄周吴") + rng.choice(["昀", "瑄", "翀", "堃", "明", "伟", "静", "洋"]),
                        phone="13" + str(rng.randint(100000000, 999999999)), nick=rng.choice(["小", "阿", "老"]) + rng.choice("王李张刘陈"))


def build(name, plan, out, rng):
    sub = os.path.join(out, name, "submission"); shutil.rmtree(os.path.join(out, name), ignore_errors=True); os.makedirs(sub)
    app = firm(rng); app["name"] = "天津" + "昀橦" + "智能科技有限公司" if name.endswith("clean") else app["name"].replace("有限公司", "智造科技有限公司")
    app.update(acct="1202" + str(rng.randint(10 ** 14, 10 ** 15)), bank="中国建设银行天津" + rng.choice(["河西", "南开", "滨海"]) + "支行")
    specs = []  # (folder, docdict, contract_no)
    contracts = []
    for i, cp in enumerate(plan["contracts"]):
        cus = firm(rng, cp.get("tj", True))
        if cp.get("bad_code"): cus["uscc"] = break_uscc(cus["uscc"])
        if cp.get("declared_tj_but_not"): cus = firm(rng, False)
        amt = cp["amount"]; sign = D(2024, rng.randint(1, 3), rng.randint(1, 28)); acc = cp.get("acc", D(2024, rng.randint(6, 11), rng.randint(1, 28)))
        no = "ZN-2024-" + "%03d" % (i + 11) + rng.choice(["A", "B", "C"])
        c = dict(app=app, cus=cus, no=no, amount=cp.get("doc_amount", amt), cname=rng.choice(["智能化改造服务合同", "数字化车间建设合同", "工业互联网平台实施合同"]),
                 pname=rng.choice(["数字化车间", "MES系统", "设备互联平台", "智能仓储系统"]) + "建设项目", sign=sign, acc=acc, deliv=sign + dt.timedelta(days=120),
                 acc_amount=cp.get("acc_amount", amt), proc_amount=cp.get("proc_amount", amt), open=sign - dt.timedelta(days=25),
                 notice=sign - dt.timedelta(days=rng.randint(5, 15)), acc_result=cp.get("result", "passed"), eval=acc + dt.timedelta(days=40))
        folder = "%02d_%s" % (i + 1, cus["name"][2:6])
        specs.append((folder + "/合同", (G.o1_contract(c, rng)), no))
        if not cp.get("no_acc"):
            specs.append((folder + "/验收", (G.n12_perf_eval if cp.get("eval") else G.o2_accept)(c, rng), no))
        if not cp.get("no_proc"):
            specs.append((folder + "/采购", (G.n13_committee if cp.get("committee") else G.o4_bid)(c, rng), no))
        pays = cp.get("pays", [amt])
        for j, pa in enumerate(pays):
            pd = min(acc + dt.timedelta(days=10 + 20 * j), D(2024, 12, 31))
            pay = dict(amt=pa, date=pd, payer=cp.get("payer", cus["name"]), pacct="6222" + str(rng.randint(10 ** 13, 10 ** 14)),
                       pbank="招商银行天津分行", cite=rng.random() < .5, ref="HD" + str(rng.randint(10 ** 11, 10 ** 12)), letter=pd + dt.timedelta(days=3))
            f = G.n04_group_pay if cp.get("payer") else (G.n11_unionpay if cp.get("unionpay") else G.o3_bank)
            if not cp.get("no_pay"):
                specs.append((folder + "/付款", f(c, pay, rng), no))
        if cp.get("dup"):
            specs.append((folder + "/付款", "DUP", no))
        contracts.append(dict(seq=i + 1, contract_no=no, customer=cus["name"], customer_uscc=cus["uscc"], amount_yuan=yuan(amt),
                              contract_name=c["cname"], sign_date=sign.isoformat(), acceptance_date=acc.isoformat(),
                              declared_sme=cp.get("decl_sme", True), employees=cp.get("emp", rng.randint(50, 800)),
                              revenue_wan=cp.get("rev", rng.randint(3000, 39000)), declared_tianjin=cp.get("tj", True) or bool(cp.get("declared_tj_but_not")),
                              planted=cp.get("planted", [])))
        if cp.get("large"): contracts[-1].update(employees=1500, revenue_wan=214246)
    suppliers = []
    for i, sp in enumerate(plan["suppliers"]):
        S = firm(rng, sp.get("tj", True))
        s = dict(app=app, sup=S, no="FB-2024-%02d" % (i + 1), amount=sp["amount"], date=sp.get("date", D(2024, rng.randint(2, 10), 15)), work="产线设备安装调试")
        if not sp.get("missing"):
            f = [G.n01_sub_iot, G.n02_sub_train, G.o7_sub][i % 3]
            specs.append(("本地配套/%d" % (i + 1), f(s, rng), s["no"]))
        suppliers.append(dict(seq=i + 1, name=S["name"], uscc=S["uscc"], address=S["addr"], contract_no=s["no"], amount_yuan=yuan(sp.get("decl", sp["amount"])),
                              date=s["date"].isoformat(), planted=sp.get("planted", [])))
    meetings = []
    for i, mp in enumerate(plan["meetings"]):
        n_tj = mp.get("tj", 11)
        att = [firm(rng) for _ in range(n_tj)] + [firm(rng, False) for _ in range(2)]
        for k, a in enumerate(att[:n_tj]):
            if k % 3 == 1: a["uscc"] = None          # address only
            elif k % 3 == 2: a["addr"] = None        # code only
        if mp.get("host"): att.insert(2, dict(app, person="王昀", nick="主办方", phone="13800000000"))
        date = mp.get("date", D(2024, 1 + i % 12, 10 + i % 15))
        m = dict(app=app, name="智能制造经验交流会（第%d期）" % (i + 1) if i % 2 else "工业互联网应用案例分享会·%s专场" % ["汽车", "装备", "电子", "化工", "医药", "食品"][i % 6] + str(i),
                 date=date, place="天津市西青区海泰创新基地" + str(3 + i) + "号楼会议室", topic=rng.choice(["设备联网", "数字化车间", "质量追溯"]),
                 next=date + dt.timedelta(days=45), export=date + dt.timedelta(days=1), att=att, host_person="王昀", rec_person="李瑄")
        f = [G.n03_meet_qr, G.n05_meet_form, G.n06_meet_cards, G.o9_meeting][i % 4]
        if not mp.get("missing"):
            specs.append(("经验交流会/%02d" % (i + 1), f(m, rng), None))
        meetings.append(dict(seq=i + 1, name=m["name"], date=date.isoformat(), place=m["place"], declared_tianjin=mp.get("decl", n_tj),
                             tianjin_on_sheet=None if mp.get("missing") else n_tj, planted=mp.get("planted", [])))
    diagnoses = []
    fs = [G.n07_swot, G.n08_iot_diag, G.n09_diag_letter, G.n10_wms_diag, G.n14_ics_diag, G.o8_diag]
    for i in range(plan["diag_n"]):
        cus = firm(rng)
        sol = i not in plan.get("diag_nosol", [])
        date = D(2023, 12, 20) if i in plan.get("diag_late", []) else (D(2024, 12, 31) if i == 0 else D(2024, 1 + i % 12, 1 + i % 27))
        gd = dict(app=app, cus=cus, date=date, solution=sol, letter=date + dt.timedelta(days=9), valid=D(2025, 12, 31), expert="赵翀 工程师",
                  title=cus["name"][2:6] + ["SWOT诊断报告", "设备联网诊断报告", "数字化诊断报告", "仓储物流诊断报告", "工控安全评估报告", "免费诊断报告"][i % 6])
        if i not in plan.get("diag_missing", []):
            d = fs[i % 6](gd, rng); d["aux"]["solution"] = sol
            specs.append(("免费诊断/%s" % ["一批", "二批", "三批"][i % 3], d, None))
        diagnoses.append(dict(seq=i + 1, customer=cus["name"], uscc=cus["uscc"], date=date.isoformat(), report=gd["title"], planted=[] if sol else ["no_solution"]))
    standards = []
    for i in range(plan["std_n"]):
        s = dict(org="天津市智能制造产业协会", code="TJIMA %03d—2024" % (i + 5), name=["离散制造企业设备联网数据接口规范", "中小企业数字化车间建设指南", "工业互联网平台应用评价方法", "智能仓储系统验收规范"][i],
                 pub="2024-XX-XX", impl="2024-XX-XX")
        up = i not in plan.get("std_missing", [])
        if up: specs.append(("标准草案", G.o5_standard(s, rng), None))
        standards.append(dict(seq=i + 1, name=s["name"], category="团体标准", stage="征求意见稿", uploaded=up))
    specs.append(("其他", G.o6_license(dict(app, rep="王昀"), rng), None))
    # render
    docs = []; k = 0; last = None
    for folder, d, no in specs:
        k += 1
        os.makedirs(os.path.join(sub, folder), exist_ok=True)
        if d == "DUP":
            src = os.path.join(sub, last["path"]); ext = os.path.splitext(src)[1]
            rel = folder + "/scan%04d%s" % (k, ext); shutil.copy(src, os.path.join(sub, rel))
            e = dict(last); e["path"] = rel; e["note"] = "重复上传（字节相同）"; docs.append(e); continue
        r = rng.random()
        mode = "scan" if r < .28 else ("photo" if r < .45 else "text")
        if mode == "text":
            ext = "pdf"; rel = folder + "/%s%04d.pdf" % (rng.choice(["doc", "file", "扫描件"]), k)
            render.to_pdf(d, os.path.join(sub, rel), font="STSong-Light" if rng.random() < .25 else "WQY")
        else:
            ext = rng.choice(["pdf", "jpg", "png", "tif"]) if mode == "scan" else "jpg"
            rel = folder + "/%s%04d.%s" % ("IMG_" if mode == "photo" else "scan", k, ext)
            imgs, dpi = render.to_images(d, rng, mode)
            render.save_images(imgs, os.path.join(sub, rel), ext, dpi)
        e = dict(path=rel, doc_type=d["doc_type"], rendering=mode, contract_no=no, sha256=sha256(os.path.join(sub, rel)),
                 note=d["note"], genre=d["genre"], fields=d["fields"], aux=d["aux"])
        docs.append(e); last = e
    if plan.get("corrupt"):
        os.makedirs(os.path.join(sub, "其他"), exist_ok=True)
        rel = "其他/file9001.pdf"; src = open(os.path.join(sub, docs[0]["path"]), "rb").read()
        open(os.path.join(sub, rel), "wb").write(b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(3000)))
        docs.append(dict(path=rel, doc_type="other", rendering="corrupt", contract_no=None, sha256=sha256(os.path.join(sub, rel)),
                         note="损坏文件", genre="O6", fields=dict(G.F0), aux={}))
    write_xlsx(os.path.join(sub, "申报信息.xlsx"), app, contracts, suppliers, meetings, diagnoses, standards)
    truth = dict(phase="考核", applicant=dict(name=app["name"], uscc=app["uscc"], address=app["addr"]), contracts=contracts, suppliers=suppliers,
                 meetings=meetings, diagnoses=diagnoses, standards=standards, documents=docs)
    truth.update(rules.derive(truth))
    json.dump(truth, open(os.path.join(out, name, "ground_truth.json"), "w"), ensure_ascii=False, indent=1)
    return truth


def write_xlsx(path, app, contracts, suppliers, meetings, diagnoses, standards):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "申报单位"
    def sheet(ws, title, head, rows):
        ws.append([title]); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head)); ws.append(head)
        for r in rows: ws.append(r)
    sheet(ws, "申报单位基本信息", ["项目", "内容"], [["单位名称", app["name"]], ["统一社会信用代码", app["uscc"]], ["注册地址", app["addr"]],
                                              ["申报方向", "智能制造系统解决方案"], ["服务行业", "装备制造"], ["阶段", "考核"]])
    rows = []
    for i, c in enumerate(contracts):
        amt = float(c["amount_yuan"]) / 10000
        sd = dt.date.fromisoformat(c["sign_date"]); ad = dt.date.fromisoformat(c["acceptance_date"])
        txt = i % 3 == 0
        rows.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], "%.2f" % amt if i == 1 else amt,
                     d_cn(sd) if txt else sd, d_cn(ad) if txt else ad, "是" if c["declared_sme"] else "否", c["employees"],
                     "{:,}".format(c["revenue_wan"]) if c["revenue_wan"] == 214246 else c["revenue_wan"], "是" if c["declared_tianjin"] else "否"])
    sheet(wb.create_sheet("服务用户清单"), "服务用户清单（考核期）", ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期",
                                                   "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"], rows)
    sheet(wb.create_sheet("标准草案"), "标准草案", ["序号", "标准名称", "标准类别", "阶段"], [[s["seq"], s["name"], s["category"], s["stage"]] for s in standards])
    sheet(wb.create_sheet("本地配套供应商"), "本地配套供应商", ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"],
          [[s["seq"], s["name"], s["uscc"], s["contract_no"], "分包合同", float(s["amount_yuan"]) / 10000, dt.date.fromisoformat(s["date"])] for s in suppliers])
    sheet(wb.create_sheet("经验交流会"), "经验交流会", ["序号", "会议名称", "日期", "地点", "参会天津企业数量"],
          [[m["seq"], m["name"], dt.date.fromisoformat(m["date"]), m["place"], m["declared_tianjin"]] for m in meetings])
    sheet(wb.create_sheet("免费诊断"), "免费诊断", ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"],
          [[d["seq"], d["customer"], d["uscc"], dt.date.fromisoformat(d["date"]), d["report"]] for d in diagnoses])
    wb.save(path)


M = 10000
CLEAN = dict(contracts=[dict(amount=a * M, tj=k < 3, pays=[a * M * .3, a * M * .7] if k == 0 else [a * M], eval=k == 2, committee=k == 3, unionpay=k == 4,
                             large=k == 6, decl_sme=k != 6)
                        for k, a in enumerate([320, 280, 260, 240, 210, 190, 150])],
             suppliers=[dict(amount=48 * M), dict(amount=36 * M), dict(amount=22 * M)], meetings=[dict(host=i % 3 == 0) for i in range(10)],
             diag_n=31, std_n=3)
GAPS = dict(contracts=[dict(amount=300 * M, no_pay=True, planted=["missing_payment_proof"]), dict(amount=250 * M, no_acc=True, planted=["missing_acceptance_report"]),
                       dict(amount=200 * M, doc_amount=206 * M, planted=["amount_mismatch"]), dict(amount=180 * M, payer="天津泰达控股集团有限公司", planted=["party_mismatch"]),
                       dict(amount=160 * M, result="failed", planted=["acceptance_not_passed"]), dict(amount=150 * M, acc=D(2025, 1, 8), planted=["date_out_of_period"]),
                       dict(amount=140 * M, bad_code=True, planted=["invalid_uscc"]), dict(amount=120 * M, dup=True, planted=["duplicate_evidence"]),
                       dict(amount=110 * M, tj=False, declared_tj_but_not=True, planted=["not_tianjin"]), dict(amount=90 * M, decl_sme=True, large=True, planted=["sme_misclassified"]),
                       dict(amount=80 * M, no_proc=True, planted=["missing_procurement_proof"])],
            suppliers=[dict(amount=40 * M, tj=False, planted=["subcontractor_not_tianjin"]), dict(amount=30 * M, missing=True, planted=["missing_subcontract"]),
                       dict(amount=25 * M, decl=28 * M, planted=["amount_mismatch"])],
            meetings=[dict(tj=8, decl=12, planted=["meeting_attendance_below_threshold"]) if i == 1 else dict(date=D(2023, 12, 28), planted=["date_out_of_period"]) if i == 2
                      else dict(missing=True, planted=["missing_meeting_record"]) if i == 3 else dict() for i in range(9)],
            diag_n=30, diag_nosol=[4], diag_late=[7], diag_missing=[11], std_n=3, std_missing=[1], corrupt=True)
TRICKY = dict(contracts=[dict(amount=a * M, tj=k < 2, pays=[a * M * .25, a * M * .25, a * M * .5] if k == 1 else [a * M], eval=k == 0, committee=k == 2,
                              acc=D(2024, 12, 31) if k == 3 else D(2024, 1, 1) if k == 4 else D(2024, 5 + k, 9),
                              doc_amount=a * M * 1.004 if k == 5 else a * M, unionpay=k == 3, planted=[])
                         for k, a in enumerate([400, 300, 250, 200, 200, 150])]
              + [dict(amount=100 * M, doc_amount=100 * M * 1.006, planted=["amount_mismatch"]), dict(amount=90 * M, large=True, decl_sme=False, planted=[])],
              suppliers=[dict(amount=30 * M, date=D(2024, 12, 31)), dict(amount=20 * M, decl=20 * M * 1.004),
                         dict(amount=10 * M, date=D(2025, 1, 2), planted=["date_out_of_period"])],
              meetings=[dict(tj=10, host=True, date=D(2024, 12, 31) if i == 0 else D(2024, 1 + i, 20)) for i in range(10)] + [dict(tj=9, decl=10, planted=["meeting_attendance_below_threshold"])],
              diag_n=31, diag_nosol=[30], std_n=3)


def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--out", default="data"); ap.add_argument("--seed", type=int, default=31); a = ap.parse_args()
    for i, (n, p) in enumerate([("a31_assess_clean", CLEAN), ("a31_assess_gaps", GAPS), ("a31_assess_tricky", TRICKY)]):
        t = build(n, p, a.out, random.Random(a.seed * 100 + i))
        print(n, len(t["documents"]), "passed" if t["assessment_passed"] else "failed", len(t["gaps"]), t["requirements"])


if __name__ == "__main__":
    main()
