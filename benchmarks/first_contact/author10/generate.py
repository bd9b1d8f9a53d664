"""author10 first-contact set: 3 support-cycle (2023) submissions.
usage: python generate.py --out data --seed N"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
from decimal import Decimal

import openpyxl

import genres as G
from common import make_uscc, break_uscc, derive_truth, sha256, y2, is_large
from render import raster, scanify, photoify, images_to_pdf, jpeg_bytes, png_bytes

BANKS = ["中国工商银行股份有限公司天津{}支行", "中国农业银行股份有限公司天津{}支行", "交通银行股份有限公司天津{}支行",
         "上海浦东发展银行股份有限公司天津{}支行", "招商银行股份有限公司天津{}支行", "中信银行股份有限公司天津{}支行",
         "河北银行股份有限公司沧州{}支行", "齐鲁银行股份有限公司潍坊{}支行", "北京银行股份有限公司{}支行"]
BR = ["开发区", "南开", "河西", "武清", "滨海", "西青", "北辰", "东丽", "空港", "华苑"]

# (name, region, address, emp, rev_wan, sme_decl, tianjin_decl, amount, sign, acc, plants)
S1 = dict(app=("天津澜汐智造科技有限公司", "120116", "天津市滨海新区中新生态城中天大道2018号科技园7号楼301"), abbr="LX", custs=[
    ("天津市津南区瑞丰精密铸造有限公司", "120112", "天津市津南区咸水沽镇聚兴道18号", 260, 18500, "是", "是", "8203500", "2023-02-14", "2023-08-22", []),
    ("天津昀橦新材料科技有限公司", "120116", "天津市滨海新区经济技术开发区第十一大街66号", 180, 9600, "是", "是", "6155000", "2023-01-09", "2023-07-18", []),
    ("沧州渤润化工机械有限公司", "130902", "河北省沧州市运河区永济西路128号", 420, 26800, "是", "否", "4360000", "2022-11-25", "2023-05-30", []),
    ("天津泰鸿汽车零部件股份有限公司", "120114", "天津市武清区汽车产业园泉发路9号", 2300, 128000, "否", "是", "5128000", "2023-03-03", "2023-10-12", []),
    ("天津市宝坻区金穗食品有限公司", "120115", "天津市宝坻区九园工业园区九园公路东侧", 150, 7800, "是", "是", "3880000", "2023-04-17", "2023-09-26", []),
    ("天津港湾重工装备有限公司", "120116", "天津市滨海新区临港经济区渤海十路155号", 1850, 86000, "否", "是", "9400000", "2023-02-20", "2023-11-28", []),
    ("天津赟禾电子科技有限公司", "120111", "天津市西青区华苑产业区海泰西路18号", 95, 4200, "是", "是", "2756000", "2023-05-08", "2023-10-30", []),
    ("山东鲁晟纺织机械有限公司", "370703", "山东省潍坊市寒亭区民主街3377号", 640, 31000, "是", "否", "6030000", "2023-03-28", "2023-12-08", []),
    ("天津北辰瑄宇医药包装有限公司", "120113", "天津市北辰区经济技术开发区双辰中路7号", 310, 15600, "是", "是", "4500000", "2023-06-12", "2023-11-16", []),
    ("天津市东丽区华晟轨道交通设备有限公司", "120110", "天津市东丽区华明高新区弘程道15号", 1200, 52000, "否", "是", "5200000", "2023-04-02", "2023-12-20", []),
], standards=[("智能制造 离散型车间设备数据采集接口规范", "T/TJZZ 012—2023", 1), ("工业互联网平台 设备预测性维护服务要求", "T/TJZZ 013—2023", 1),
              ("铸造车间数字化能效监测系统技术要求", "Q/LX 003—2023", 1)])

S2 = dict(app=("天津市珩岳工业互联网技术有限公司", "120104", "天津市南开区华苑产业区榕苑路2号海泰大厦B座1203"), abbr="HY", custs=[
    ("天津市静海区鑫源五金制品有限公司", "120118", "天津市静海区大邱庄镇百亿道6号", 120, 6900, "是", "是", "2980000", "2023-02-10", "2023-08-15", ["missing_payment_proof"]),
    ("天津滨港智能仓储有限公司", "120116", "天津市滨海新区东疆港区亚洲路6975号", 220, 15800, "是", "是", "3680000", "2023-03-06", "2023-09-19", ["amount_mismatch"]),
    ("天津市蓟州区绿谷农产品加工有限公司", "120119", "天津市蓟州区经济开发区兴华大街19号", 160, 8800, "是", "是", "2450000", "2023-05-22", "2024-01-16", ["date_out_of_period"]),
    ("天津中冶瑞通钢结构有限公司", "120110", "天津市东丽区军粮城工业园区腾飞路12号", 480, 35500, "是", "是", "4120000", "2023-01-30", "2023-07-27", ["party_mismatch"]),
    ("天津海晏船舶配件有限公司", "120116", "天津市滨海新区塘沽海洋高新区华山道21号", 140, 9200, "是", "是", "1960000", "2023-03-15", "2023-11-09", ["acceptance_not_passed"]),
    ("天津德仁堂中药饮片有限公司", "120113", "天津市北辰区医药医疗器械工业园京福公路东侧", 260, 12800, "是", "是", "2280000", "2023-04-11", "2023-10-24", ["invalid_uscc"]),
    ("天津远航汽车饰件有限公司", "120114", "天津市武清区京滨工业园京滨睿城2号", 1500, 62000, "是", "是", "5350000", "2023-02-27", "2023-09-05", ["sme_misclassified"]),
    ("天津市河西区恒昌印务有限公司", "120103", "天津市河西区洞庭路108号", 85, 3600, "是", "是", "1860000", "2023-06-06", "2023-11-21", ["duplicate_evidence"]),
    ("廊坊华瑾家居用品有限公司", "131003", "河北省廊坊市广阳区新开路200号", 350, 22000, "是", "否", "2640000", "2023-04-25", "2023-10-10", ["missing_procurement_proof"]),
    ("天津渤化新能源材料有限公司", "120116", "天津市滨海新区南港工业区港北路369号", 410, 29000, "是", "是", "3300000", "2023-03-20", "2023-12-12", []),
], standards=[("工业互联网标识解析 二级节点数据接入规范", "T/TJGL 021—2023", 1), ("中小企业设备上云实施指南", "T/TJGL 022—2023", 1),
              ("工业APP质量评价通用要求", "T/TJGL 023—2023", 0)])

S3 = dict(app=("天津赟拓智能装备有限公司", "120113", "天津市北辰区高端装备制造产业园永丰道18号"), abbr="YT", custs=[
    ("天津市红桥区嘉恒机电有限公司", "120106", "天津市红桥区芥园道西青道交口嘉恒大厦9层", 230, 14000, "是", "是", "6200000", "2023-03-02", "2023-09-14", ["reversed_roles"]),
    ("天津瀚墨数码印刷有限公司", "120116", "天津市滨海新区空港经济区中心大道华盈大厦", 190, 11000, "是", "是", "7400000", "2023-02-16", "2023-08-29", ["acc_amount_plus_0.5pct"]),
    ("中储瑞达物流有限公司", "110105", "北京市朝阳区东三环北路38号泰康金融大厦16层", 700, 36000, "是", "否", "4800000", "2023-04-20", "2023-10-18", ["branch_payer"]),
    ("天津市西青区朗沃汽车电子有限公司", "120111", "天津市西青区中北镇汽车工业园星光路45号", 380, 21000, "是", "是", "5600000", "2023-05-10", "2023-12-31", ["acc_on_last_day"]),
    ("天津港保税区恒舟国际贸易有限公司", "120116", "天津市滨海新区天津港保税区海滨九路78号", 1600, 90000, "否", "是", "8000000", "2023-01-12", "2023-07-06", ["three_instalments"]),
    ("天津北方重型锻压机床有限公司", "120113", "天津市北辰区天津北辰经济技术开发区景观路3号", 1000, 39999, "是", "是", "6000000", "2023-03-24", "2023-10-26", ["sme_edge_rev_39999"]),
    ("天津中环电缆集团有限公司", "120104", "天津市南开区鞍山西道与白堤路交口中环大厦", 1000, 40000, "否", "是", "5300000", "2023-02-08", "2023-11-07", ["large_edge_1000_40000"]),
    ("天津宏远化纤股份有限公司", "120115", "天津市宝坻区经济开发区宝新路36号", 1200, 40000, "是", "是", "4500000", "2023-06-19", "2023-12-05", ["sme_misclassified"]),
    ("天津津门喆润食品有限公司", "120114", "天津市武清区下朱庄街京津科技谷产业园", 260, 9500, "是", "是", "7000000", "2023-04-07", "2023-11-23", []),
], standards=[("智能装备远程运维平台数据接口规范", "T/TJZB 031—2023", 1), ("锻压设备数字孪生模型通用要求", "T/TJZB 032—2023", 1),
              ("数控折弯机能效分级与评价方法", "Q/YT 005—2023", 1), ("智能装备售后服务数字化管理规范", "T/TJZB 034—2023", 0)])

SUBS = [("author10_support_clean", S1), ("author10_support_gaps", S2), ("author10_support_tricky", S3)]

PROJ = ["生产线设备联网与MES系统", "智能仓储管理系统", "设备预测性维护平台", "能源管理系统", "质量追溯系统",
        "数字化车间改造项目", "工业视觉检测系统", "生产数据采集与可视化平台", "APS高级排程系统", "安全生产监测预警平台"]


def D(s):
    return dt.date.fromisoformat(s)


def shift(s, days):
    return (D(s) + dt.timedelta(days=days)).isoformat()


def build(name, spec, seed, outdir):
    rng = random.Random(f"{seed}-{name}")
    aname, areg, aaddr = spec["app"]
    app = dict(name=aname, uscc=make_uscc(rng, areg), address=aaddr, bank=BANKS[rng.randrange(6)].format(rng.choice(BR)),
               acct="".join(rng.choice("0123456789") for _ in range(rng.choice([17, 19]))), contact="姜文博", mail="hy-tech.cn")
    ctx = dict(app=app, app_abbr=spec["abbr"], supervisor="天津华誉工程监理有限公司", agent="天津市中远招标代理有限公司",
               auditor="天津正衡工程造价咨询有限公司", carrier="天津顺捷物流有限公司", rival1="天津凯辰自动化工程有限公司",
               rival2="北京中科远拓信息技术有限公司")
    sub = os.path.join(outdir, name, "submission")
    os.makedirs(sub, exist_ok=True)
    docs = []
    counter = [0]
    folders = ["01", "02-材料", "扫描", "附件", "微信图片", "补充"]

    def emit(res, contract_no, force=None, dup=False):
        data, doc_type, fields, note = res
        counter[0] += 1
        n = counter[0]
        r = rng.random()
        mode = force or ("photo" if r < 0.10 else "scan" if r < 0.31 else "text")
        folder = rng.choice(folders)
        if mode == "text":
            path, blob = f"{folder}/doc_{n:03d}.pdf", data
        else:
            pages = raster(data, scale=1.5)
            if mode == "screenshot":
                path, blob = f"{folder}/Screenshot_{n:03d}.png", png_bytes(pages[0])
                mode = "scan"
            elif mode == "photo":
                imgs = [photoify(p, rng) for p in pages]
                if len(imgs) == 1:
                    path, blob = f"{folder}/IMG_{2000 + n}.jpg", jpeg_bytes(imgs[0], rng.randrange(55, 80))
                else:
                    path, blob = f"{folder}/IMG_{2000 + n}.pdf", images_to_pdf(imgs, 65)
            else:
                imgs = [scanify(p, rng) for p in pages]
                if len(imgs) == 1 and rng.random() < 0.3:
                    path, blob = f"{folder}/scan{n:04d}.jpg", jpeg_bytes(imgs[0], rng.randrange(60, 85))
                else:
                    path, blob = f"{folder}/scan{n:04d}.pdf", images_to_pdf(imgs, rng.randrange(55, 80))
        full = os.path.join(sub, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(blob)
        entry = dict(path=path, doc_type=doc_type, rendering=mode, contract_no=contract_no, sha256=sha256(full), note=note, fields=fields)
        docs.append(entry)
        if dup:
            p2 = f"补充/{os.path.splitext(os.path.basename(path))[0]}(1)" + os.path.splitext(path)[1]
            f2 = os.path.join(sub, p2)
            os.makedirs(os.path.dirname(f2), exist_ok=True)
            shutil.copyfile(full, f2)
            e2 = dict(entry)
            e2["path"] = p2
            e2["note"] = "与 " + path + " 字节完全相同的重复上传"
            e2["fields"] = dict(fields)
            docs.append(e2)
        return entry

    contracts = []
    cg = [G.contract_maint, G.contract_bid, G.contract_user]
    ag = [G.acc_quality, G.acc_esign, G.acc_service, G.acc_report]
    pg = [G.pro_paper, G.pro_cuoshang, G.pro_qinggou, G.pro_notice]
    payg = [G.pay_hz, G.pay_mail, G.pay_receipt]
    pay_i = 0
    for i, (cname, reg, addr, emp, rev, sme, tj, amount, sign, acc, plants) in enumerate(spec["custs"]):
        cseed = rng.randrange(10 ** 6)
        uscc = make_uscc(rng, reg)
        if "invalid_uscc" in plants:
            uscc = break_uscc(uscc)
        city = addr[:3] if addr.startswith("天津") else addr[:6]
        bank = BANKS[rng.randrange(len(BANKS))].format(rng.choice(BR))
        if not addr.startswith("天津"):
            bank = BANKS[6 if addr.startswith("河北") else 7 if addr.startswith("山东") else 8].format(rng.choice(["运河", "寒亭", "朝阳", "广阳"]))
        cust = dict(name=cname, uscc=uscc, address=addr, city=city, bank=bank, acct="".join(rng.choice("0123456789") for _ in range(18)),
                    contact=rng.choice(["赵立新", "钱卫东", "孙海燕", "李晓峰", "周洁", "吴斌", "郑雪梅", "王赟"]), emp=emp, rev=rev)
        no = f"{spec['abbr']}-{sign[:4]}-{rng.choice(['XS', 'HT', 'JS', 'FW'])}{i + 1:03d}"
        short = cname
        for w in ["天津市", "天津", "有限公司", "股份", "集团"]:
            short = short.replace(w, "")
        if "区" in short[:5]:
            short = short[short.index("区") + 1:]
        pname = short[:4] + PROJ[i % len(PROJ)]
        doc_amount = amount
        if "amount_mismatch" in plants:
            doc_amount = str(Decimal(amount) + 300000)
        tot = Decimal(doc_amount)
        items = [("现场设备诊断与改造方案设计", (tot * Decimal("0.12")).quantize(Decimal("0.01"))),
                 ("控制系统及传感器更换", (tot * Decimal("0.46")).quantize(Decimal("0.01"))),
                 ("数据采集与监控软件部署", (tot * Decimal("0.30")).quantize(Decimal("0.01")))]
        items.append(("调试、培训及技术服务", tot - sum(a for _, a in items)))
        proc = shift(sign, -rng.randrange(8, 25))
        c = dict(no=no, cust=cust, amount=doc_amount, sign=sign, acc=acc, acc_prev=shift(acc, -1), deliver=shift(acc, -rng.randrange(20, 50)),
                 proc=proc, open=shift(proc, -5), pub=shift(proc, 2), proc_amount=doc_amount, proj_no=f"TJZC-{proc[:4]}-{rng.randrange(1000, 9999)}",
                 days=rng.choice([90, 120, 150, 180]), site="生产车间主要设备及控制系统", items=items, seed=cseed,
                 paper=rng.choice(["今晚报", "天津日报", "滨海时报"]), pname=pname, cname=rng.choice(["智能制造系统集成服务合同", "技术服务与系统实施合同"]))
        if "acc_amount_plus_0.5pct" in plants:
            c["acc_amount"] = str(Decimal(amount) * Decimal("1.005"))
        if "acc_on_last_day" in plants:
            c["report_date"] = "2024-01-08"
        if "acceptance_not_passed" in plants:
            c["acc_result"] = "failed"
        # ---- contract
        if "reversed_roles" in plants:
            emit(G.contract_user(ctx, c, reversed_roles=True), no)
        else:
            emit(cg[i % 3](ctx, c), no)
        # ---- procurement
        if "missing_procurement_proof" not in plants:
            gfun = pg[i % 4]
            emit(gfun(ctx, c), no, force="photo" if gfun is G.pro_paper else None)
        # ---- acceptance
        if "acceptance_not_passed" in plants:
            emit(G.acc_service(ctx, c), no)
        elif "acc_amount_plus_0.5pct" in plants:
            emit(G.acc_esign(ctx, c), no)
        elif "acc_on_last_day" in plants:
            emit(G.acc_report(ctx, c), no)
        else:
            emit(ag[i % 4](ctx, c), no)
        # ---- payments
        if "missing_payment_proof" not in plants:
            n_inst = 3 if "three_instalments" in plants else rng.choice([1, 2, 2, 3])
            shares = {1: [Decimal(1)], 2: [Decimal("0.7"), Decimal("0.3")], 3: [Decimal("0.3"), Decimal("0.4"), Decimal("0.3")]}[n_inst]
            amts = [(tot * s).quantize(Decimal("0.01")) for s in shares]
            amts[-1] = tot - sum(amts[:-1])
            dates = [shift(sign, rng.randrange(5, 20))] if n_inst > 1 else []
            if n_inst == 3:
                dates.append(shift(acc, -rng.randrange(30, 60)))
            dates.append(shift(acc, rng.randrange(7, 40)))
            cum = Decimal(0)
            payer, payer_bank, payer_acct = cname, bank, cust["acct"]
            if "party_mismatch" in plants:
                payer, payer_bank = "中冶瑞通集团有限公司", "中国建设银行股份有限公司北京西城支行"
                payer_acct = "1100" + "".join(rng.choice("0123456789") for _ in range(16))
            if "branch_payer" in plants:
                payer, payer_bank = cname + "天津分公司", "中国工商银行股份有限公司天津河东支行"
                payer_acct = "0302" + "".join(rng.choice("0123456789") for _ in range(15))
            stage = {1: ["全款"], 2: ["首付款", "尾款"], 3: ["首付款", "到货款", "验收款"]}[n_inst]
            for k, (pa, pd) in enumerate(zip(amts, dates)):
                cum += pa
                cite = no if rng.random() < 0.6 else None
                memo = (f"{no}{stage[k]}" if cite else f"{pname[:8]}项目{stage[k]}")
                p = dict(date=pd, amount=str(pa), payer=payer, payer_bank=payer_bank, payer_acct=payer_acct, memo=memo, cite=cite,
                         serial=f"{rng.randrange(10 ** 11, 10 ** 12)}{rng.randrange(1000, 9999)}", seed=rng.randrange(10 ** 6),
                         time=f"{rng.randrange(9, 17):02d}:{rng.randrange(60):02d}", mail="corp-fssc.cn", cumulative=str(cum))
                gfun = payg[pay_i % 3]
                pay_i += 1
                force = "screenshot" if (gfun is G.pay_mail and rng.random() < 0.5) else None
                dup = ("duplicate_evidence" in plants and k == 0)
                emit(gfun(ctx, c, p), no, force=force, dup=dup)
        # ---- other documents
        og = [G.o_settle, G.o_waybill, G.o_warranty]
        if True:
            emit(og[i % 3](ctx, c), no)
        if i in (1, 5, 6):
            emit(G.o_smedecl(ctx, c), no)
        if i in (3, 8):
            emit(G.o_fin(ctx, c), no)
        contracts.append(dict(seq=i + 1, contract_no=no, customer=cname, customer_uscc=uscc, amount_yuan=y2(amount), planted=plants,
                              sign_date=sign, acceptance_date=acc, sme=sme, tianjin=tj, employees=emp, revenue_wan=rev, address=addr,
                              contract_name=c["cname"] if i % 3 == 2 else ("设备维修改造合同" if i % 3 == 0 else pname + "项目合同书")))
    # ---- standards
    standards = []
    for k, (sname, code, up) in enumerate(spec["standards"]):
        s = dict(name=sname, code=code, en="Technical specification (draft)", issuer="天津市智能制造产业促进会" if code.startswith("T/") else aname,
                 co=["天津职业技术师范大学", "天津市标准化研究院"], date="2023-10-10", seed=rng.randrange(10 ** 6))
        if up:
            emit(G.std_draft(ctx, s, k), None)
        standards.append(dict(name=sname, code=code, category="团体标准" if code.startswith("T/") else "企业标准", stage="草案", uploaded=bool(up)))
    # ---- corrupt file (gaps submission only)
    if "gaps" in name:
        res = G.o_warranty(ctx, dict(c, seed=1))
        full = os.path.join(sub, "附件/合同扫描件_final.pdf")
        with open(full, "wb") as f:
            f.write(res[0][:900])
        docs.append(dict(path="附件/合同扫描件_final.pdf", doc_type="other", rendering="corrupt", contract_no=None, sha256=sha256(full),
                         note="截断的PDF（上传中断），无法打开", fields=G.F()))
    write_workbook(os.path.join(sub, "申报信息.xlsx"), app, contracts, standards, rng)
    truth = derive_truth(app, contracts, standards, docs)
    gt = dict(applicant=dict(name=app["name"], uscc=app["uscc"], address=app["address"]), phase="支持", period=["2023-01-01", "2023-12-31"])
    gt.update(truth)
    gt["contracts"] = [dict(seq=c["seq"], contract_no=c["contract_no"], customer=c["customer"], customer_uscc=c["customer_uscc"],
                            amount_yuan=c["amount_yuan"], planted=c["planted"]) for c in contracts]
    gt["standards"] = [dict(name=s["name"], code=s["code"], uploaded=s["uploaded"]) for s in standards]
    gt["documents"] = sorted(docs, key=lambda d: d["path"])
    with open(os.path.join(outdir, name, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(gt, f, ensure_ascii=False, indent=1)
    return gt


def write_workbook(path, app, contracts, standards, rng):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.append(["申报单位基本信息"])
    ws.merge_cells("A1:B1")
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", app["name"]), ("统一社会信用代码", app["uscc"]), ("注册地址", app["address"]),
                 ("申报方向", "智能制造和工业互联网系统解决方案供应商"), ("服务行业", "装备制造、汽车零部件、食品、化工")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.append(["2023年度服务用户清单（支持周期）"])
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2.append(hdr)
    biggest = max(contracts, key=lambda c: c["revenue_wan"])
    for i, c in enumerate(contracts):
        amt_wan = Decimal(c["amount_yuan"]) / 10000
        amt_cell = float(amt_wan)
        if i == 4:
            amt_cell = f"{amt_wan:.2f}"
        def dcell(s):
            if i % 3 == 1:
                y, m, d = s.split("-")
                return f"{int(y)}年{int(m)}月{int(d)}日"
            return dt.datetime.fromisoformat(s)
        rev = c["revenue_wan"]
        rev_cell = f"{rev:,}" if c is biggest else rev
        ws2.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], amt_cell,
                    dcell(c["sign_date"]), dcell(c["acceptance_date"]), c["sme"], c["employees"], rev_cell, c["tianjin"]])
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.append(["参与制定标准情况"])
    ws3.merge_cells("A1:D1")
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, s in enumerate(standards, 1):
        ws3.append([i, s["name"], s["category"], s["stage"]])
    wb.properties.created = dt.datetime(2024, 3, 1)
    wb.properties.modified = dt.datetime(2024, 3, 1)
    wb.save(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=10)
    a = ap.parse_args()
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    for name, spec in SUBS:
        gt = build(name, spec, a.seed, a.out)
        n = len(gt["documents"])
        sc = sum(1 for d in gt["documents"] if d["rendering"] in ("scan", "photo"))
        print(f"{name}: {n} docs, {sc} scans/photos, tier {gt['award_tier_wan']}, gaps {[g['kind'] for g in gt['gaps']]}")


if __name__ == "__main__":
    main()
