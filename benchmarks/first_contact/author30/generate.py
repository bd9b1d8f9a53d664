"""Deterministic generator: python generate.py --out data --seed 30"""
import argparse
import json
import os
import random
import shutil
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment

import docs
import render
import rules
from util import make_uscc, sha256_file, yuan

BANKS = ["海河银行", "津沽商业银行", "北方实业银行", "渤津农村商业银行"]
BRANCHES = ["天津滨海支行", "天津西青支行", "天津南开支行", "天津武清支行", "天津北辰支行"]
DISTRICTS = {"120116": "滨海新区", "120111": "西青区", "120104": "南开区", "120114": "武清区", "120113": "北辰区",
             "120112": "津南区", "120110": "东丽区", "120118": "静海区", "120115": "宝坻区", "120103": "河西区",
             "120117": "宁河区", "120119": "蓟州区"}
STREETS = ["兴华道", "海泰发展六道", "京津路", "津塘公路", "华苑产业区梓苑路", "星火道", "泰达大街", "杨柳青镇柳霞路", "开发区第十一大街", "东丽湖旺园路"]
PROJECTS = ["数字化车间", "智能仓储物流", "设备健康管理平台", "MES制造执行系统", "能源管控中心", "质量追溯系统", "柔性装配线自动化改造",
            "工业互联网标识解析应用", "视觉检测产线", "数字孪生工厂", "APS高级排程", "智能焊接工作站"]
ITEMS = ["工业机器人工作站", "AGV搬运车", "边缘计算网关", "PLC控制柜", "视觉检测单元", "MES软件许可", "系统集成与实施服务", "数据采集终端"]


def D(s):
    return date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def add(s, n):
    return iso(D(s) + timedelta(days=n))


# --------------------------------------------------------------------------- companies

def short_of(name):
    s = name
    for p in ("天津市", "天津", "河北", "山东"):
        if s.startswith(p):
            s = s[len(p):]
            break
    for dname in list(DISTRICTS.values()) + ["开发区", "沧州", "廊坊", "宝坻", "武清", "津南", "北辰", "东丽", "宁河", "蓟州", "西青", "滨海", "港湾"]:
        if s.startswith(dname):
            s = s[len(dname):]
    return s[:2]


def company(rng, name, region, addr=None, emp=120, rev=8000, sme=None, tj=None, valid=True, short=None):
    tianjin = region.startswith("12")
    if addr is None:
        addr = f"天津市{DISTRICTS.get(region, '滨海新区')}{rng.choice(STREETS)}{rng.randint(2, 188)}号"
    return {"name": name, "uscc": make_uscc(rng, region, valid), "address": addr, "employees": emp, "revenue_wan": rev,
            "sme_declared": rules.is_sme(emp, rev) if sme is None else sme, "tianjin_declared": tianjin if tj is None else tj,
            "short": short or short_of(name), "domain": "www" + str(rng.randint(100, 999)),
            "bank": rng.choice(BANKS), "branch": rng.choice(BRANCHES), "acct": str(rng.randint(10**15, 10**16 - 1)) + str(rng.randint(100, 999))}


# --------------------------------------------------------------------------- plans
# Each contract: customer key, amount, sign date, acceptance date and the evidence list.
# evidence: (genre, overrides) ; overrides may carry amount/date/result/payer/... and 'contract_no': None

def plan_clean():
    app = ("天津昀橦智能科技有限公司", "120116", "天津市滨海新区经济技术开发区第三大街51号")
    cust = [("天津市津南区鑫晟精密机械有限公司", "120112", 210, 18000),
            ("天津赟达新材料科技股份有限公司", "120116", 460, 36000),
            ("天津滨海翀宇电子科技有限公司", "120116", 95, 6400),
            ("天津武清嘉禾医疗器械有限公司", "120114", 320, 21000),
            ("天津市西青区华瑄纺织机械有限公司", "120111", 150, 9800),
            ("天津海河钢管集团有限公司", "120116", 3200, 214246),
            ("天津东丽泽坤食品有限公司", "120110", 640, 28000),
            ("天津北辰堃泰重工机械有限公司", "120113", 1350, 76000),
            ("河北沧州昀海管道装备有限公司", "130900", 280, 15000)]
    C = [
        (0, 4860000, "2023-02-16", "2023-07-20", [("c_equipment", {}), ("r_notice", {}), ("a_report", {}), ("p_ereceipt", {"split": [3, 6, 1]})]),
        (1, 3275500, "2023-03-02", "2023-08-30", [("c_service", {}), ("r_written_report", {}), ("a_asset", {}), ("p_settled", {})]),
        (2, 5120000, "2023-01-10", "2023-06-28", [("c_equipment", {}), ("r_minicomp", {}), ("a_handover", {}), ("p_bankcert", {})]),
        (3, 2980000, "2022-12-08", "2023-05-16", [("c_renewal", {}), ("r_direct", {}), ("a_golive", {}), ("p_slip", {"split": [5, 5]})]),
        (4, 4450000, "2023-04-11", "2023-10-12", [("c_equipment", {}), ("r_board", {}), ("a_report", {}), ("p_ereceipt", {})]),
        (5, 3690000, "2023-03-20", "2023-09-26", [("c_service", {}), ("r_loa", {}), ("a_asset", {}), ("p_bankcert", {"split": [4, 6]})]),
        (6, 6015800, "2023-05-05", "2023-11-21", [("c_equipment", {}), ("r_notice", {}), ("a_golive", {}), ("p_ereceipt", {"split": [3, 7]})]),
        (7, 2400000, "2023-02-27", "2023-08-08", [("c_service", {}), ("r_written_report", {}), ("a_handover", {}), ("p_slip", {})]),
        (8, 3800000, "2023-06-01", "2023-12-05", [("c_equipment", {}), ("r_direct", {}), ("a_report", {}), ("p_settled", {})]),
        (0, 4210000, "2023-05-18", "2023-11-09", [("c_renewal", {}), ("r_minicomp", {}), ("a_asset", {}), ("p_ereceipt", {})]),
        (2, 2350000, "2023-04-20", "2023-10-19", [("c_service", {}), ("r_board", {}), ("a_golive", {}), ("p_ereceipt", {"split": [3, 6, 1]})]),
        (6, 3120000, "2023-06-15", "2023-12-14", [("c_equipment", {}), ("r_loa", {}), ("a_report", {}), ("p_slip", {"split": [2, 1, 1]})]),
    ]
    stds = [("离散制造车间设备数据采集接口规范", True), ("工业互联网平台中小企业应用服务评价指南", True), ("智能仓储系统验收测试方法", True)]
    return app, cust, C, stds, {}


def plan_gaps():
    app = ("天津翀瑄工业互联网技术有限公司", "120111", "天津市西青区华苑产业区海泰西路18号")
    cust = [("天津市宝坻区瑞丰汽车零部件有限公司", "120115", 260, 14000),
            ("天津市静海区北方橦林金属制品有限公司", "120118", 180, 11000),
            ("天津宁河海晟制药有限公司", "120117", 520, 33000),
            ("天津市河西区润通电气设备有限公司", "120103", 88, 5200),
            ("天津蓟州恒昌建材有限公司", "120119", 230, 12000),
            ("天津港湾昀泰物流装备有限公司", "120116", 410, 26000),
            ("天津市南开区联创印务有限公司", "120104", 70, 3100),
            ("天津开发区瑞堃精工有限公司", "120116", 160, 9000),
            ("河北廊坊赟通机电设备有限公司", "131000", 300, 17000),
            ("天津中环远航汽车制造有限公司", "120116", 2600, 152000)]
    # special customer attributes
    special = {7: {"valid": False}, 8: {"tj": True, "addr": "河北省廊坊市广阳区新开路66号"}, 9: {"sme": True}}
    C = [
        (0, 3150000, "2023-02-08", "2023-07-11", [("c_equipment", {}), ("r_notice", {}), ("p_ereceipt", {})], "missing_acceptance_report"),
        (1, 2680000, "2023-03-14", "2023-09-05", [("c_service", {}), ("r_written_report", {}), ("a_report", {})], "missing_payment_proof"),
        (2, 4020000, "2023-01-19", "2023-08-22", [("c_equipment", {}), ("a_asset", {}), ("p_bankcert", {})], "missing_procurement_proof"),
        (3, 1960000, "2023-04-03", "2023-10-17", [("c_equipment", {"amount_mult": "1.02"}), ("r_minicomp", {}), ("a_handover", {}), ("p_slip", {})], "amount_mismatch"),
        (4, 2750000, "2023-06-12", "2024-02-20", [("c_service", {}), ("r_board", {}), ("a_golive", {}), ("p_ereceipt", {})], "date_out_of_period"),
        (5, 3360000, "2023-03-28", "2023-09-19", [("c_equipment", {}), ("r_direct", {}), ("a_asset", {"result": "failed"}), ("p_settled", {})], "acceptance_not_passed"),
        (6, 2240000, "2023-05-09", "2023-11-14", [("c_renewal", {}), ("r_loa", {}), ("a_report", {}), ("p_bankcert", {"payer": "天津港湾控股集团有限公司"})], "party_mismatch"),
        (7, 1880000, "2023-02-21", "2023-08-01", [("c_equipment", {}), ("r_notice", {}), ("a_report", {}), ("p_ereceipt", {"dup": True})], "invalid_uscc"),
        (8, 2470000, "2023-04-25", "2023-10-30", [("c_service", {}), ("r_written_report", {}), ("a_asset", {}), ("p_ereceipt", {})], "not_tianjin"),
        (9, 5600000, "2023-03-07", "2023-09-12", [("c_equipment", {}), ("r_minicomp", {}), ("a_golive", {}), ("p_ereceipt", {"split": [3, 7]})], "sme_misclassified"),
        (4, 1530000, "2023-05-30", "2023-12-12", [("c_equipment", {}), ("r_direct", {}), ("a_handover", {}), ("p_slip", {})], ""),
        (6, 2090000, "2023-01-05", "2023-06-20", [("c_service", {}), ("r_notice", {}), ("a_report", {}), ("p_ereceipt", {"dup": True})], "duplicate_evidence"),
        (0, 2560000, "2023-03-21", "2023-09-27", [("c_equipment", {}), ("r_loa", {}), ("a_golive", {}), ("p_bankcert", {"split": [4, 6]})], ""),
        (5, 1870000, "2023-02-13", "2023-08-16", [("c_service", {}), ("r_board", {}), ("a_report", {"customer": "天津港湾控股集团有限公司"}), ("p_ereceipt", {})], "party_mismatch"),
    ]
    stds = [("注塑成型车间能耗在线监测技术要求", True), ("工业设备预测性维护数据集规范", False), ("中小制造企业数字化转型成熟度评估方法", True)]
    return app, cust, C, stds, special


def plan_tricky():
    app = ("天津堃赟自动化系统有限公司", "120113", "天津市北辰区京津路北辰科技园区景丽路9号")
    cust = [("天津冶金装备集团有限公司", "120113", 1000, 40000),           # exactly large
            ("天津海晟精细化工有限公司", "120116", 1000, Decimal("39999.5")),  # SME by half a 万元
            ("天津中车橦城轨道交通装备有限公司", "120114", 999, 52000),        # SME: fewer than 1000
            ("天津泰丰钢铁集团有限公司", "120116", 2300, 214246),            # largest, text revenue
            ("天津翀达汽车饰件有限公司", "120110", 240, 13000),
            ("天津昀光照明电器有限公司", "120104", 85, 4600),
            ("天津瑞能电力设备集团有限公司武清分公司", "120114", 1500, 61000),  # declared customer is itself a branch
            ("天津市西青区瑄达包装制品有限公司", "120111", 130, 7200),
            ("天津津南泽润塑胶制品有限公司", "120112", 110, 6800),
            ("天津宏赟智能装备有限公司", "120116", 200, 9900),
            ("天津北辰康达家具有限公司", "120113", 150, 8500)]
    special = {}
    C = [
        (0, 3000000, "2023-01-12", "2023-06-15", [("c_equipment", {"amount_mult": "1.005"}), ("r_notice", {"amount_mult": "1.005"}), ("a_report", {"amount_mult": "1.005"}), ("p_ereceipt", {"split": [3, 6, 1], "amount_mult": "1.005"})], "trap: +0.5% exactly"),
        (1, 2700000, "2022-11-28", "2023-12-31", [("c_renewal", {}), ("r_direct", {}), ("a_golive", {"golive": "2024-01-08", "notice": "2024-01-10"}), ("p_settled", {"letter": "2024-01-05"})], "trap: 31 Dec, 2024 notice"),
        (2, 3456700, "2023-03-03", "2023-09-28", [("c_equipment", {}), ("r_written_report", {}), ("a_asset", {}), ("p_bankcert", {"split": [2, 3, 5], "print": "2024-03-11"})], "trap: instalments"),
        (3, 2843300, "2022-08-14", "2023-01-01", [("c_service", {}), ("r_board", {}), ("a_handover", {}), ("p_ereceipt", {})], "trap: 1 Jan"),
        (4, 4120000, "2023-04-06", "2023-12-31", [("c_equipment", {}), ("r_minicomp", {}), ("a_report", {"show_amount": False}), ("p_slip", {"split": [5, 5]})], "trap: slips"),
        (5, 2980000, "2023-05-22", "2023-11-30", [("c_service", {}), ("r_loa", {}), ("a_golive", {}), ("p_ereceipt", {"split": [1, 1]})], ""),
        (6, 3100000, "2023-03-16", "2023-10-26", [("c_equipment", {}), ("r_notice", {}), ("a_asset", {}), ("p_bankcert", {})], "trap: branch is the customer"),
        (7, 2800000, "2023-06-08", "2023-12-20", [("c_renewal", {}), ("r_written_report", {}), ("a_handover", {}), ("p_settled", {})], ""),
        (8, 1650000, "2023-05-11", "2023-11-07", [("c_equipment", {}), ("r_direct", {}), ("a_report", {}), ("p_ereceipt", {"payer": "天津津南泽润塑胶制品有限公司滨海分公司"})], "party_mismatch: paid by a branch"),
        (9, 1420000, "2023-07-03", "2024-01-02", [("c_service", {}), ("r_minicomp", {}), ("a_golive", {}), ("p_slip", {})], "date_out_of_period: 2 Jan 2024"),
        (10, 1980000, "2023-04-19", "2023-10-10", [("c_equipment", {"amount_mult": "1.006"}), ("r_board", {}), ("a_asset", {}), ("p_ereceipt", {})], "amount_mismatch: +0.6%"),
        (2, 1200000, "2023-07-17", "2023-12-18", [("c_service", {}), ("r_notice", {}), ("a_handover", {}), ("o_deposit", {"folder": "payment_proof"})], "missing_payment_proof: only a 存款证明 in the payment folder"),
    ]
    stds = [("机械加工车间数字孪生建模通用要求", True), ("工业互联网平台设备接入安全规范", True), ("智能工厂能效评价指标体系", True),
            ("离散制造企业生产数据治理指南", False)]
    return app, cust, C, stds, special


# --------------------------------------------------------------------------- workbook

def write_workbook(path, applicant, contracts, standards, rng, date_text_rows, amount_text_row, revenue_text_row):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.merge_cells("A1:B1")
    ws["A1"] = "申报单位基本信息"
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", applicant["name"]), ("统一社会信用代码", applicant["uscc"]), ("注册地址", applicant["address"]),
                 ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "装备制造、汽车零部件、化工")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额(万元)", "签订日期", "验收日期", "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2["A1"] = "支持周期服务用户清单（2023年度）"
    ws2.append(hdr)
    for i, c in enumerate(contracts):
        amt_wan = Decimal(c["amount_yuan"]) / 10000
        amt = f"{amt_wan:.2f}" if i == amount_text_row else float(amt_wan)
        if i in date_text_rows:
            sd = f"{D(c['sign_date']).year}年{D(c['sign_date']).month}月{D(c['sign_date']).day}日"
            ad = f"{D(c['acceptance_date']).year}年{D(c['acceptance_date']).month}月{D(c['acceptance_date']).day}日"
        else:
            sd, ad = D(c["sign_date"]), D(c["acceptance_date"])
        rev = f"{int(c['revenue_wan']):,}" if i == revenue_text_row else float(c["revenue_wan"])
        ws2.append([c["seq"], c["customer"], c["customer_uscc"], c["contract_no"], c["contract_name"], amt, sd, ad,
                    "是" if c["sme_declared"] else "否", c["employees"], rev, "是" if c["tianjin_declared"] else "否"])
        for col in (7, 8):
            cell = ws2.cell(row=ws2.max_row, column=col)
            if not isinstance(cell.value, str):
                cell.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1")
    ws3["A1"] = "主导或参与制定的标准"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, s in enumerate(standards):
        ws3.append([i + 1, s["name"], s["category"], "征求意见稿"])
    for w in (ws, ws2, ws3):
        w["A1"].alignment = Alignment(horizontal="center")
    wb.properties.creator = "申报单位"
    wb.save(path)


# --------------------------------------------------------------------------- documents

FOLDERS = {
    "contract": ["01 合同文件", "一、服务合同", "合同"],
    "acceptance_report": ["02 验收材料", "二、验收报告", "验收证明"],
    "payment_proof": ["03 付款凭证", "三、回款证明", "付款证明材料"],
    "procurement_proof": ["04 采购证明", "四、中标及采购文件", "招采证明"],
    "standard_draft": ["05 标准草案", "五、标准", "标准文本"],
    "other": ["06 其他材料", "六、其他", "补充材料"],
}


class Writer:
    def __init__(self, root, rng, style):
        self.root, self.rng, self.style, self.n = root, rng, style, 0
        self.docs = []

    def fname(self, ext):
        self.n += 1
        r = self.rng
        pat = r.choice(["scan", "img", "plain", "hex", "wx"])
        if ext == "jpg" and pat in ("img", "wx"):
            return (f"IMG_2023{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{r.randint(80000, 195959):06d}.jpg" if pat == "img"
                    else f"mmexport{r.randint(10**12, 10**13 - 1)}.jpg")
        if pat == "scan":
            return f"扫描件{self.n:03d}.{ext}"
        if pat == "hex":
            return f"{r.getrandbits(32):08x}.{ext}"
        return f"附件{self.n}.{ext}"

    def choose_mode(self, genre, npages):
        r = self.rng.random()
        if genre == "p_slip":
            return ("photo", "jpg") if r < .7 else ("scan", "jpg")
        if genre == "o_news":
            return ("text", "pdf")
        if r < 0.54:
            return ("text", "pdf")
        if r < 0.84:
            fmt = self.rng.choice(["pdf", "pdf", "jpg", "tif", "png"]) if npages == 1 else "pdf"
            return ("scan", fmt)
        return ("photo", "jpg" if npages == 1 else "pdf")

    def emit(self, genre, e, contract_no, note, force=None, folder_kind=None):
        kind, fn = docs.GENRES[genre]
        pages, fields, cid = fn(e, self.rng)
        mode, fmt = force or self.choose_mode(genre, len(pages))
        fk = folder_kind or kind
        folder = self.rng.choice(FOLDERS[fk]) if self.style == "mixed" else FOLDERS[fk][self.style]
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        name = self.fname(fmt)
        rel = f"{folder}/{name}"
        path = os.path.join(self.root, rel)
        if mode == "text":
            render.to_pdf(pages, path, cid=cid)
        else:
            render.save_image(pages, path, mode, self.rng, fmt)
        entry = {"path": rel, "doc_type": kind, "rendering": mode, "contract_no": contract_no, "sha256": sha256_file(path),
                 "note": note, "genre": genre, "fields": fields}
        self.docs.append(entry)
        return entry

    def duplicate(self, entry, note):
        folder = entry["path"].split("/")[0]
        name = self.fname(entry["path"].rsplit(".", 1)[1])
        rel = f"{folder}/{name}"
        shutil.copyfile(os.path.join(self.root, entry["path"]), os.path.join(self.root, rel))
        e2 = dict(entry, path=rel, note=note, fields=dict(entry["fields"]))
        self.docs.append(e2)

    def corrupt(self, note):
        folder = FOLDERS["other"][0] if self.style != 1 else FOLDERS["other"][1]
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        rel = f"{folder}/{self.fname('pdf')}"
        tmp = os.path.join(self.root, rel)
        pages, _, _ = docs.GENRES["o_deposit"][1](self._dep, self.rng)
        render.to_pdf(pages, tmp)
        b = open(tmp, "rb").read()
        open(tmp, "wb").write(b[: len(b) // 3])
        self.docs.append({"path": rel, "doc_type": "other", "rendering": "corrupt", "contract_no": None,
                          "sha256": sha256_file(tmp), "note": note, "genre": "corrupt",
                          "fields": {k: None for k in docs.FIELDS}})


GENRE_NOTE = {
    "c_equipment": "设备采购及实施合同；甲 方/乙 方字距拉开；预付款、质保金、违约金为干扰金额；交货期为干扰日期",
    "c_service": "技术服务合同表头格；履约保证金为干扰金额；有效期为干扰日期（宋体CID字体）",
    "c_renewal": "续签协议：原合同编号、原合同金额、原签订日期为干扰项",
    "a_report": "项目验收报告（表格+验收意见）",
    "a_asset": "固定资产交付使用单：入账原值为干扰金额，到货日期为干扰日期",
    "a_handover": "移交清单+验收确认书（两页，结论与日期在第二页）",
    "a_golive": "系统启用通知：验收日期在正文，启用日期与发文日期为干扰",
    "p_ereceipt": "网上银行电子回单",
    "p_settled": "付款方出具的合同款项结清确认书：累计金额，最后付款日在正文，落款日期为干扰",
    "p_bankcert": "付款方开户行出具的资金划转证明：开具日期为干扰",
    "p_slip": "单位结算卡交易凭条（热敏小票，手机拍照）",
    "r_notice": "中标通知书；投标有效期为干扰日期",
    "r_written_report": "招标投标情况书面报告：其他投标人报价、开标/评标日期为干扰",
    "r_minicomp": "框架协议二次竞价结果通知：框架协议编号不是合同编号，最高限价为干扰",
    "r_direct": "直接采购审批单：预算为干扰金额，申请日期为干扰，取最后审批日期",
    "r_board": "董事会决议：会议日期为汉字日期，投资计划总额为干扰金额",
    "r_loa": "中标函（中英双语）：投标日期为干扰",
    "s_draft": "团体标准征求意见稿封面+前言",
    "o_deposit": "单位存款证明书（非付款证明）",
    "o_proxy": "法定代表人授权委托书（非合同）",
    "o_news": "客户官网新闻打印页，报道验收（非验收文件）",
}


def build(name, plan, out, seed, style):
    rng = random.Random(f"{seed}-{name}")
    app_t, cust_t, C, stds_t, special = plan()
    root = os.path.join(out, name)
    if os.path.exists(root):
        shutil.rmtree(root)
    sub = os.path.join(root, "submission")
    os.makedirs(sub)
    applicant = company(rng, app_t[0], app_t[1], app_t[2], short=app_t[0][2:4])
    customers = []
    for i, (n, reg, emp, rev) in enumerate(cust_t):
        sp = special.get(i, {})
        addr = sp.get("addr")
        if addr is None and not reg.startswith("12"):
            addr = {"130900": "河北省沧州市运河区永济路88号", "131000": "河北省廊坊市广阳区新开路66号"}.get(reg, "山东省潍坊市奎文区东风东街99号")
        cobj = company(rng, n, reg, addr, emp, rev, sp.get("sme"), sp.get("tj"), sp.get("valid", True))
        customers.append(cobj)
    W = Writer(sub, rng, style)
    W._dep = {"applicant": applicant, "bank": applicant["bank"], "acct": applicant["acct"], "date": "2023-12-29",
              "bal": Decimal("3862154.37"), "valid": "2024-01-29"}
    contracts = []
    prefix = {"": "HT"}
    for seq, row in enumerate(C, 1):
        ci, amount, sign, accd, evid = row[:5]
        planted = row[5] if len(row) > 5 else ""
        c = customers[ci]
        amount = Decimal(amount)
        no = f"{applicant['short'] and 'JZ'}{sign[:4]}-{rng.choice(['SB', 'JS', 'FW', 'XM'])}-{seq:03d}" if seq % 3 else f"{c['short']}采字〔{sign[:4]}〕第{rng.randint(10, 99)}号"
        project = PROJECTS[(seq + len(name)) % len(PROJECTS)]
        cname = f"{c['short']}{project}项目" + rng.choice(["合同", "实施合同", "建设合同"])
        rec = {"seq": seq, "contract_no": no, "customer": c["name"], "customer_uscc": c["uscc"], "customer_address": c["address"],
               "amount_yuan": yuan(amount), "sign_date": sign, "acceptance_date": accd, "contract_name": cname,
               "sme_declared": c["sme_declared"], "employees": c["employees"], "revenue_wan": str(c["revenue_wan"]),
               "tianjin_declared": c["tianjin_declared"], "planted": [p for p in [planted] if p and not p.startswith("trap") and ":" not in p] + ([planted] if ":" in planted or planted.startswith("trap") else [])}
        contracts.append(rec)
        # split items
        parts = [amount * Decimal(k) for k in (Decimal("0.35"), Decimal("0.25"), Decimal("0.2"))]
        parts = [p.quantize(Decimal("1")) for p in parts]
        parts.append(amount - sum(parts))
        item_names = rng.sample(ITEMS, 4)
        base = {"applicant": applicant, "cust": c, "customer": c["name"], "contract_no": no, "contract_name": cname, "project": project,
                "district": DISTRICTS.get(c["uscc"][2:8], "滨海新区"), "amount": amount,
                "items": [(n, str(rng.randint(1, 12)), v) for n, v in zip(item_names, parts)]}
        for genre, ov in evid:
            kind = docs.GENRES[genre][0]
            e = dict(base)
            mult = Decimal(ov.get("amount_mult", "1"))
            e["amount"] = (amount * mult).quantize(Decimal("0.01"))
            note = GENRE_NOTE[genre]
            if kind == "contract":
                e.update(date=sign, deliver=add(sign, 120), old_date=add(sign, -365), old_end=add(sign, -1))
                W.emit(genre, e, no, note)
            elif kind == "procurement_proof":
                pd = add(sign, -rng.randint(8, 25))
                e.update(date=pd, valid=add(pd, 90), open=add(pd, -9), eval=add(pd, -8), bid=add(pd, -12), apply=add(pd, -14),
                         mid=add(pd, -6), budget=e["amount"] * Decimal("1.12"), ceiling=e["amount"] * Decimal("1.08"),
                         district_bureau=f"天津市{base['district']}行政审批局",
                         bidders=[(applicant["name"], e["amount"], 92.35), ("天津众创智控科技有限公司", e["amount"] * Decimal("0.97"), 86.10),
                                  ("北京华工智造系统集成有限公司", e["amount"] * Decimal("1.04"), 84.72)])
                if genre == "r_direct" and rng.random() < .5:
                    e["contract_no"] = None
                W.emit(genre, e, no, note)
            elif kind == "acceptance_report":
                e["customer"] = ov.get("customer", c["name"])
                e.update(date=accd, start=add(sign, 30), result=ov.get("result", "passed"), golive=ov.get("golive", add(accd, 7)),
                         notice=ov.get("notice", add(accd, 9)), show_amount=ov.get("show_amount", True))
                if genre in ("a_golive", "a_handover") and rng.random() < .4:
                    e["contract_no"] = None
                W.emit(genre, e, no, note + ("；验收不合格" if e["result"] == "failed" else "") + ("；出具验收的不是申报客户" if e["customer"] != c["name"] else ""))
            elif kind == "other":
                e = dict(W._dep, date=add(accd, 20))
                W.emit(genre, e, None, note + "；放在付款凭证文件夹中", folder_kind=ov.get("folder"))
            elif kind == "payment_proof":
                split = ov.get("split", [1])
                total = e["amount"]
                amts = [(total * Decimal(s) / sum(split)).quantize(Decimal("0.01")) for s in split]
                amts[-1] = total - sum(amts[:-1])
                dates = [add(sign, 20 + 60 * i) if i < len(split) - 1 else add(accd, 15 if D(accd) < D("2023-12-10") else 3) for i in range(len(split))]
                dates = [min(d_, "2023-12-29") if D(accd) <= D("2023-12-31") else d_ for d_ in dates]
                payer = ov.get("payer", c["name"])
                e.update(payer=payer, payee=applicant["name"], payer_acct=c["acct"], payee_acct=applicant["acct"],
                         payer_bank=c["bank"] + c["branch"], payee_bank=applicant["bank"] + applicant["branch"],
                         bank=c["bank"], branch=c["branch"], signer=rng.choice(["刘昀", "马翀", "吴瑄"]),
                         letter=ov.get("letter", add(dates[-1], 6)))
                if genre == "p_settled":
                    e.update(date=dates[-1], parts=list(zip(dates, amts)) if len(split) > 1 else None)
                    e["print"] = e["letter"]
                    ent = W.emit(genre, e, no, note + ("；付款人不是申报客户" if payer != c["name"] else ""))
                    continue
                for k, (dt, am) in enumerate(zip(dates, amts)):
                    ek = dict(e)
                    ek["amount"] = am
                    ek["date"] = dt
                    ek["print"] = ov.get("print", add(dt, rng.randint(0, 40)))
                    cites = rng.random() < .6
                    label = ["预付款", "进度款", "尾款"][min(k, 2)] if len(split) > 1 else "合同款"
                    ek["memo"] = (f"支付{no}{label}" if cites else f"{project}项目{label}")
                    ek["cites"] = no if cites else None
                    nt = note + (f"；分期{k + 1}/{len(split)}" if len(split) > 1 else "") + ("；付款人不是申报客户" if payer != c["name"] else "")
                    ent = W.emit(genre, ek, no, nt)
                    if ov.get("dup") and k == 0 and planted == "duplicate_evidence":
                        W.duplicate(ent, "同一文件重复上传（字节相同）")
    # standards
    standards = []
    for i, (sn, has) in enumerate(stds_t):
        cat = ["团体标准", "企业标准", "团体标准", "地方标准"][i % 4]
        standards.append({"name": sn, "category": cat, "has_draft": has})
        if has:
            e = {"applicant": applicant, "std_name": sn, "std_cat": {"团体标准": "T/TJIIA", "企业标准": "Q/" + applicant["short"], "地方标准": "DB12/T"}[cat] + "　" + cat[:2] + "标准",
                 "std_no": f"{['T/TJIIA', 'Q/JZ', 'T/TJIIA', 'DB12/T'][i % 4]} {rng.randint(10, 99)}—2023", "std_en": "Draft for comments",
                 "stage": "征求意见稿", "issuer": ["天津市工业互联网协会", applicant["name"], "天津市智能制造产业联盟", "天津市市场监督管理局"][i % 4]}
            W.emit("s_draft", e, None, GENRE_NOTE["s_draft"])
    # other documents
    c0 = customers[0]
    W.emit("o_deposit", W._dep, None, GENRE_NOTE["o_deposit"])
    W.emit("o_proxy", {"applicant": applicant, "customer": c0["name"], "project": PROJECTS[1], "legal": "高赟", "agent": "孙昀",
                       "from": "2023-01-03", "to": "2023-12-31"}, None, GENRE_NOTE["o_proxy"])
    W.emit("o_news", {"applicant": applicant, "customer": customers[1]["name"], "cust": customers[1], "project": PROJECTS[2],
                      "print": "2024-02-26", "pub": contracts[1]["acceptance_date"]}, None, GENRE_NOTE["o_news"])
    c2 = customers[3]
    W.emit("o_proxy", {"applicant": applicant, "customer": c2["name"], "project": PROJECTS[5], "legal": "高赟", "agent": "郑瑄",
                       "from": "2023-03-01", "to": "2023-09-30"}, None, GENRE_NOTE["o_proxy"])
    W.emit("o_news", {"applicant": applicant, "customer": customers[4]["name"], "cust": customers[4], "project": PROJECTS[7],
                      "print": "2024-03-02", "pub": contracts[4]["acceptance_date"]}, None, GENRE_NOTE["o_news"])
    if name.endswith("gaps"):
        W.corrupt("损坏的PDF（截断），无法打开")
    # workbook
    n = len(contracts)
    date_text_rows = set(rng.sample(range(n), n // 3))
    largest = max(range(n), key=lambda i: Decimal(contracts[i]["revenue_wan"]))
    amount_text_row = 1
    write_workbook(os.path.join(sub, "申报信息.xlsx"), applicant, contracts, standards, rng, date_text_rows, amount_text_row, largest)
    app_out = {"name": applicant["name"], "uscc": applicant["uscc"], "address": applicant["address"]}
    documents = sorted(W.docs, key=lambda d: d["path"])
    truth = {"submission": name, "phase": "支持", "applicant": app_out}
    truth.update(rules.derive(app_out, contracts, standards, documents))
    truth["contracts"] = [{k: c[k] for k in ("seq", "contract_no", "customer", "customer_uscc", "amount_yuan", "planted")}
                          | {"sign_date": c["sign_date"], "acceptance_date": c["acceptance_date"], "customer_address": c["customer_address"],
                             "sme_declared": c["sme_declared"], "employees": c["employees"], "revenue_wan": c["revenue_wan"],
                             "tianjin_declared": c["tianjin_declared"]} for c in contracts]
    truth["standards"] = standards
    truth["documents"] = documents
    with open(os.path.join(root, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    plans = [("a30_support_clean", plan_clean, 0), ("a30_support_gaps", plan_gaps, 1), ("a30_support_tricky", plan_tricky, "mixed")]
    for name, plan, style in plans:
        if a.only and name not in a.only:
            continue
        t = build(name, plan, a.out, a.seed, style)
        r = {}
        for d in t["documents"]:
            r[d["rendering"]] = r.get(d["rendering"], 0) + 1
        print(name, len(t["documents"]), r, "tier", t["award_tier_wan"], "total", t["accepted_total_yuan"],
              "gaps", len(t["gaps"]), sorted({g["kind"] for g in t["gaps"]}))


if __name__ == "__main__":
    main()
