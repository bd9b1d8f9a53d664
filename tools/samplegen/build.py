"""Planning, rendering and writing sample submissions with exact ground truth."""

from __future__ import annotations

import copy
import hashlib
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np

from tools.samplegen import degrade
from tools.samplegen.companies import CompanyFactory, person
from tools.samplegen.layouts import BANK_STYLES, PROCUREMENT_AGENCIES, RASTER_FONTS, TEXT_FONTS, render_document
from tools.samplegen.plan import ContractPlan, DocPlan, PaymentPlan, StandardPlan, SubmissionPlan, empty_fields
from tools.samplegen.rules import compute_ground_truth
from tools.samplegen.workbook import build_workbook

SCAN_DPI = 150
TIFF_DPI = 200
JPEG_QUALITY = 65
PDF_JPEG_QUALITY = 60
SCAN_NOISE = 1.5

# Defects the generator can plant on one contract (each maps onto one or more rule kinds).
CONTRACT_DEFECTS = (
    "missing_acceptance_report", "missing_payment_proof", "missing_procurement_proof",
    "date_out_of_period", "acceptance_not_passed", "party_mismatch_payer", "party_mismatch_party_a",
    "party_mismatch_acceptance", "amount_mismatch_acceptance", "amount_mismatch_payments",
    "amount_mismatch_procurement", "invalid_uscc", "not_tianjin", "sme_misclassified",
)

DIRECTIONS = ["5．智能生产线解决方案", "6．数字孪生工厂解决方案", "9．计划调度动态优化解决方案",
              "11．质量综合管控解决方案", "13．设备智能运维解决方案", "17．能碳精益化管控解决方案"]
SCOPE_POOL = ["MES制造执行系统部署与实施", "设备联网与边缘数据采集", "APS高级计划排程系统", "质量追溯与SPC分析系统",
              "工业互联网平台接入与数据治理", "能源管理与碳排放监测系统", "三维数字孪生可视化看板",
              "WMS仓储管理与AGV调度集成", "设备预测性维护模型开发", "ERP与MES接口集成", "机器视觉缺陷检测工作站",
              "生产安全监控与报警联动"]
PROJECT_WORDS = ["数字化车间MES系统集成项目", "智能工厂设备联网及数据采集项目", "智能生产线升级改造项目",
                 "工业互联网平台建设项目", "设备智能运维系统建设项目", "质量管控数字化项目", "能碳管控平台建设项目",
                 "智能仓储物流系统集成项目", "数字孪生工厂建设项目", "生产计划排程优化项目"]
STANDARD_POOL = [
    ("智能工厂设备互联互通 数据采集接口规范", "企业标准"),
    ("离散制造业MES系统集成 实施指南", "团体标准"),
    ("工业互联网平台 服务流程规范", "企业标准"),
    ("智能生产线 系统集成通用技术要求", "团体标准"),
    ("设备智能运维系统 数据模型规范", "企业标准"),
    ("制造企业能碳管控平台 功能要求", "团体标准"),
    ("数字孪生车间 建模与交互要求", "企业标准"),
]


@dataclass
class SubmissionSpec:
    name: str
    n_contracts: int = 10
    # 1-based contract index -> defects planted on it
    defects: dict[int, list[str]] = field(default_factory=dict)
    n_sme: int | None = None            # SME customers (by the thresholds) among clean ones
    n_tianjin: int | None = None        # declared Tianjin customers
    amount_range_wan: tuple[int, int] = (180, 600)
    total_range_wan: tuple[int, int] | None = (2600, 4800)
    n_standards: int = 3
    standards_missing: int = 0          # declared standards without a document
    n_other: int = 2
    duplicate_of_acceptance: int | None = None   # contract index whose acceptance report is re-uploaded
    corrupt: int = 0                    # truncated PDFs uploaded in addition
    applicant_province: str = "天津"
    n_mixed: int = 2
    n_photo: int = 3
    scan_fraction: float = 1 / 3
    # the harder layouts (进账单, 购销合同, 竣工验收单, 成交通知书 ...) beside the two per kind;
    # chosen from their own rng stream, so turning them off leaves a plan exactly as before
    extra_layouts: bool = True
    # seals: contract index -> how its acceptance report is sealed ("none": not at all,
    # "applicant": by the applicant instead of the customer); the report is then a colour scan
    seal_defects: dict[int, str] = field(default_factory=dict)
    # seals: contract index -> how its procurement proof is sealed ("applicant": by the applicant
    # alone, the supplier sealing its own award); the first contract from the index on whose
    # procurement proof can be scanned takes it
    procurement_seal_defects: dict[int, str] = field(default_factory=dict)
    # seals drawn as real ones vary (any angle, code digits, faint, partial, ovals), and where
    # each was stamped recorded in ground_truth.json (documents[].seals) for `jinzheng eval`
    seal_truth: bool = False
    description: str = ""


def preset_spec(preset: str, rng: random.Random | None = None, index: int = 0) -> SubmissionSpec:
    if preset == "clean":
        return SubmissionSpec(name="support_clean", n_sme=7 if rng is None else rng.choice((6, 7)),
                              n_tianjin=4, description="完整、无缺口的申报：10家用户、10份合同，证据齐全，3项标准草案。")
    if preset == "gaps":
        return SubmissionSpec(
            name="support_gaps",
            defects={1: ["missing_acceptance_report"], 2: ["missing_payment_proof"],
                     3: ["missing_procurement_proof"], 4: ["date_out_of_period"], 5: ["acceptance_not_passed"],
                     6: ["party_mismatch_payer"], 7: ["amount_mismatch_acceptance"], 8: ["invalid_uscc"],
                     9: ["not_tianjin"], 10: ["sme_misclassified"]},
            n_sme=6, n_tianjin=4, standards_missing=1, duplicate_of_acceptance=10, corrupt=1,
            description="每份合同各植入一个缺陷，另有重复上传、截断PDF和缺失的标准草案。")
    if preset == "seals":
        # every seal-bearing kind mostly scanned, seals as real ones vary, two planted findings
        return SubmissionSpec(
            name="support_seals", n_sme=6, n_tianjin=4, scan_fraction=0.6, n_photo=3,
            seal_defects={2: "none", 5: "applicant"}, procurement_seal_defects={3: "applicant"}, seal_truth=True,
            description="印章：多数证据为彩色扫描件，印章有旋转、浅淡、残缺、椭圆、编码，部分为蓝色印章；"
                        "第2份合同的验收报告未盖章（seal_missing），第5份由申报单位自己盖章（seal_party_mismatch），"
                        "第3份（或其后第一份有采购证明的合同）的采购证明只盖了申报单位的章（seal_party_mismatch）。")
    if preset == "large":
        assert rng is not None
        n = rng.randint(12, 20)
        defects: dict[int, list[str]] = {}
        for i in range(1, n + 1):
            roll = rng.random()
            if roll < 0.28:
                defects[i] = [rng.choice(CONTRACT_DEFECTS)]
            elif roll < 0.33:
                defects[i] = rng.sample(CONTRACT_DEFECTS, 2)
        n_std = rng.choice((3, 3, 4, 5))
        return SubmissionSpec(
            name=f"large_{index:02d}", n_contracts=n, defects=defects,
            n_sme=None, n_tianjin=rng.randint(2, max(2, n // 2)),
            amount_range_wan=(120, 950), total_range_wan=None,
            n_standards=n_std, standards_missing=rng.choice((0, 0, 0, 1, 2)) if n_std <= 4 else rng.choice((0, 1, 2)),
            n_other=rng.randint(1, 4),
            duplicate_of_acceptance=rng.randint(1, n) if rng.random() < 0.35 else None,
            corrupt=1 if rng.random() < 0.35 else 0,
            applicant_province="北京" if rng.random() < 0.12 else "天津",
            n_mixed=rng.randint(0, 3), n_photo=rng.randint(1, 5), scan_fraction=rng.uniform(0.2, 0.45),
            description="随机缺陷组合（large 预设）。",
        )
    raise ValueError(f"unknown preset {preset!r}")


# ---- planning ----------------------------------------------------------------------------


def _yuan(wan_value: float | int | Decimal) -> Decimal:
    return (Decimal(str(wan_value)) * 10000).quantize(Decimal("0.01"))


def _pick_amounts(rng: random.Random, spec: SubmissionSpec) -> list[Decimal]:
    lo, hi = spec.amount_range_wan
    for _ in range(10000):
        vals = []
        for _i in range(spec.n_contracts):
            # mostly whole thousands of yuan, sometimes to the hundred
            v = Decimal(rng.randint(lo * 10, hi * 10)) / 10
            if rng.random() < 0.25:
                v += Decimal(rng.randint(1, 9)) / 100
            vals.append(_yuan(v))
        total = sum(vals) / 10000
        if spec.total_range_wan is None or spec.total_range_wan[0] <= total <= spec.total_range_wan[1]:
            return vals
    raise RuntimeError("could not draw amounts in range")


def _rand_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _short(name: str) -> str:
    for p in ("天津市", "天津", "北京市", "北京", "廊坊市", "廊坊", "苏州市", "苏州"):
        if name.startswith(p):
            name = name[len(p):]
            break
    for s in ("股份有限公司", "集团有限公司", "有限责任公司", "有限公司"):
        if name.endswith(s):
            return name[: -len(s)]
    return name


def _split_payments(rng: random.Random, amount: Decimal, n: int) -> list[Decimal]:
    shares = {1: [100], 2: rng.choice([[30, 70], [50, 50], [60, 40]]), 3: rng.choice([[30, 40, 30], [30, 60, 10], [40, 50, 10]])}[n]
    parts = [(amount * s / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for s in shares[:-1]]
    parts.append(amount - sum(parts, Decimal(0)))
    return parts


def plan_submission(spec: SubmissionSpec, seed: int) -> SubmissionPlan:
    rng = random.Random(f"plan:{spec.name}:{seed}")
    factory = CompanyFactory(rng)
    if spec.applicant_province == "天津":
        applicant = factory.make("天津", applicant=True, region=rng.choice(["120116", "120104", "120111"]))
    else:  # registered elsewhere (branch office in Tianjin at most)
        applicant = factory.make(spec.applicant_province, applicant=True)
    applicant.employees, applicant.revenue_wan = rng.randint(80, 600), Decimal(rng.randint(8000, 60000))

    n = spec.n_contracts
    defects = {i: list(spec.defects.get(i, [])) for i in range(1, n + 1)}
    clean_idx = [i for i in range(1, n + 1) if not defects[i]]
    # which customers are SMEs (by the thresholds) and which are declared Tianjin
    if spec.n_sme is None:
        sme = {i: rng.random() < 0.6 for i in range(1, n + 1)}
    else:
        order = list(range(1, n + 1))
        rng.shuffle(order)
        forced_large = [i for i in order if "sme_misclassified" in defects[i]]
        rest = [i for i in order if i not in forced_large]
        sme = {i: False for i in forced_large}
        for k, i in enumerate(rest):
            sme[i] = k < spec.n_sme
    tianjin_target = spec.n_tianjin if spec.n_tianjin is not None else n // 3
    order = [i for i in range(1, n + 1) if "not_tianjin" not in defects[i]]
    rng.shuffle(order)
    tianjin = {i: False for i in range(1, n + 1)}
    for i in order[:tianjin_target]:
        tianjin[i] = True

    amounts = _pick_amounts(rng, spec)
    prefix = rng.choice(["TJZN", "ZZHT", "JSFW", "HTZN", "GYHL"]) + rng.choice(["", "-JC", "-FW"])
    numbers: set[str] = set()
    contracts: list[ContractPlan] = []
    for i in range(1, n + 1):
        ds = defects[i]
        large = not sme[i]
        if "sme_misclassified" in ds:
            province = "天津" if tianjin[i] else rng.choice(["北京", "河北", "江苏"])
        elif "not_tianjin" in ds:
            province = "北京"
        else:
            province = "天津" if tianjin[i] else rng.choice(["北京", "河北", "江苏"])
        cust = factory.make(province, large=large, valid_uscc="invalid_uscc" not in ds)
        if "sme_misclassified" in ds:
            cust.employees, cust.revenue_wan = 1500, Decimal(60000)
        signed = _rand_date(rng, date(2022, 9, 1), date(2023, 6, 30))
        accepted = min(signed + timedelta(days=rng.randint(90, 300)), date(2023, 12, 26) - timedelta(days=rng.randint(0, 75)))
        accepted = max(accepted, date(2023, 1, 10), signed + timedelta(days=45))
        if "date_out_of_period" in ds:
            accepted = date(2024, 2, rng.randint(5, 26))
        while True:
            no = rng.choice([f"{prefix}-{signed.year}-{rng.randint(1, 199):03d}",
                             f"HT{signed.year}{rng.randint(1, 12):02d}{rng.randint(1, 999):03d}"])
            if no not in numbers:
                numbers.add(no)
                break
        words = rng.choice(PROJECT_WORDS)
        c = ContractPlan(
            seq=i, no=no, name=f"{_short(cust.name)}{words}", title=rng.choice(
                ["技术服务合同", "智能制造系统集成项目合同书", "工业互联网平台建设合同", "数字化车间改造项目合同",
                 "智能制造解决方案实施合同", "系统集成与技术服务合同"]),
            customer=cust, amount=amounts[i - 1], signed_on=signed, accepted_on=accepted,
            declared_sme=True if "sme_misclassified" in ds else cust.is_sme,
            declared_tianjin=True if "not_tianjin" in ds else province == "天津",
            scope=rng.sample(SCOPE_POOL, rng.randint(3, 4)), planted=ds,
        )
        c.procurement_kind = rng.choice(["bid", "bid", "order"])
        c.procurement_prints_no = c.procurement_kind == "order" or rng.random() < 0.6
        c.procurement_date = (signed - timedelta(days=rng.randint(7, 30)) if c.procurement_kind == "bid"
                              else signed + timedelta(days=rng.randint(0, 10)))
        # a ruled 验收单 rarely states the amount: with the harder layouts, fewer reports do (the
        # draw is the same, so a plan without them is unchanged)
        c.acceptance_prints_amount = rng.random() < (0.6 if spec.extra_layouts else 0.8)
        c.acceptance_prints_no = rng.random() < 0.9
        # payments
        k = rng.choice([1, 2, 2, 3])
        if "party_mismatch_payer" in ds or "amount_mismatch_payments" in ds:
            k = max(k, 2)
        parts = _split_payments(rng, c.amount, k)
        dates = sorted(_rand_date(rng, signed + timedelta(days=5), accepted + timedelta(days=40)) for _ in parts)
        c.payments = [PaymentPlan(p, d, cust, applicant, cites_contract_no=rng.random() < 0.7)
                      for p, d in zip(parts, dates)]
        # planted defects
        if "missing_acceptance_report" in ds:
            c.has_acceptance = False
        if "missing_payment_proof" in ds:
            c.payments = []
        if "missing_procurement_proof" in ds:
            c.has_procurement = False
        if "acceptance_not_passed" in ds:
            c.acceptance_passed = False
        if "party_mismatch_payer" in ds:
            other = factory.make(rng.choice(["天津", "北京", "江苏"]), large=True)
            c.payments[rng.randrange(len(c.payments))].payer = other
        if "party_mismatch_party_a" in ds:
            c.party_a = factory.make(cust.province, large=False)
        if "party_mismatch_acceptance" in ds:
            c.acceptance_issuer = factory.make(rng.choice(["天津", "北京"]), large=False)
        if "amount_mismatch_acceptance" in ds:
            c.acceptance_prints_amount = True
            c.acceptance_amount = (c.amount * Decimal(rng.choice(["1.05", "0.95", "1.048", "0.952"]))).quantize(
                Decimal("100"), rounding=ROUND_HALF_UP)
        if "amount_mismatch_payments" in ds and c.payments:
            c.payments = c.payments[:-1]  # the last instalment never arrived
        contracts.append(c)

    standards = []
    names = rng.sample(STANDARD_POOL, spec.n_standards)
    missing = set(rng.sample(range(spec.n_standards), spec.standards_missing))
    short_org = "".join(rng.choice("ABCDEFGHJKLMNPQRSTWXYZ") for _ in range(4))
    for k, (name, cat) in enumerate(names):
        code = (f"Q/{short_org} {rng.randint(1, 30):03d}—2023" if cat == "企业标准"
                else f"T/TJ{rng.choice(['ZZ', 'GX', 'IIA'])} {rng.randint(1, 60):03d}—2023")
        standards.append(StandardPlan(k + 1, name, cat, rng.choice(["草案", "征求意见稿"]), code, k not in missing))

    industries = sorted({c.customer.industry for c in contracts if c.customer.industry})
    plan = SubmissionPlan(name=spec.name, seed=seed, applicant=applicant, direction=rng.choice(DIRECTIONS),
                          industry="、".join(industries[:3]), contracts=contracts, standards=standards,
                          description=spec.description)
    plan.documents = _plan_documents(plan, spec, rng)
    return plan


# layout -> weight among the layouts of its kind (extra_layouts); the harder ones get about half
CONTRACT_LAYOUTS = {"contract_prose": 3, "contract_table": 2, "contract_sales": 3, "contract_techdev": 2}
ACCEPTANCE_LAYOUTS_NO_AMOUNT = {"acceptance_prose": 1, "acceptance_checklist": 2}  # a 验收单 states no amount
PAYMENT_LAYOUTS = {"payment_receipt": 9, "payment_voucher": 3, "payment_slip": 5, "payment_payee_left": 3}
BID_LAYOUTS = {"procurement_bid": 3, "procurement_deal": 2}
# 进账单 stay text-layer PDFs: OCR runs its one-character role labels into the row label
# (出全称), which the extractor's column reading does not anchor yet, so neither scanned nor
# photographed
TEXT_ONLY_LAYOUTS = ("payment_slip",)
PHOTO_LAYOUTS = ("payment_receipt", "payment_voucher", "procurement_bid", "acceptance_form", "other_meeting",
                 "other_license", "payment_payee_left", "procurement_deal", "acceptance_checklist")


def _layout(lrng: random.Random | None, default: str, weights: dict[str, int]) -> str:
    if lrng is None:
        return default
    names = sorted(weights)
    return lrng.choices(names, weights=[weights[n] for n in names])[0]


def _plan_documents(plan: SubmissionPlan, spec: SubmissionSpec, rng: random.Random) -> list[DocPlan]:
    docs: list[DocPlan] = []
    lrng = random.Random(f"layouts:{plan.name}:{plan.seed}") if spec.extra_layouts else None
    for c in plan.contracts:
        renderer = _layout(lrng, rng.choice(["contract_prose", "contract_table"]), CONTRACT_LAYOUTS)
        docs.append(DocPlan("contract", "text", c.no, empty_fields(
            contract_no=c.no, amount_yuan=c.amount, date=c.signed_on, customer=c.contract_party_a.name),
            renderer=renderer, payload={"contract": c}))
        if c.has_acceptance:
            issuer = c.acceptance_issuer or c.customer
            amount = (c.acceptance_amount or c.amount) if c.acceptance_prints_amount else None
            renderer = "acceptance_prose" if amount is None else rng.choice(["acceptance_form", "acceptance_prose"])
            if amount is None:
                renderer = _layout(lrng, renderer, ACCEPTANCE_LAYOUTS_NO_AMOUNT)
            docs.append(DocPlan("acceptance_report", "text", c.no, empty_fields(
                contract_no=c.no if c.acceptance_prints_no else None, amount_yuan=amount,
                date=c.acceptance_date or c.accepted_on, customer=issuer.name,
                result="passed" if c.acceptance_passed else "failed"),
                renderer=renderer, payload={"contract": c, "issuer": issuer}))
        for k, p in enumerate(c.payments):
            part = ("全款" if len(c.payments) == 1 else ["首付款", "进度款", "验收款"][min(k, 2)]
                    if k < len(c.payments) - 1 else "尾款")
            bank = p.payer.bank if p.payer.bank in BANK_STYLES else rng.choice(sorted(BANK_STYLES))
            docs.append(DocPlan("payment_proof", "text", c.no, empty_fields(
                contract_no=c.no if p.cites_contract_no else None, amount_yuan=p.amount, date=p.paid_on,
                payer=p.payer.name, payee=p.payee.name),
                renderer=_layout(lrng, "payment_receipt" if rng.random() < 0.75 else "payment_voucher", PAYMENT_LAYOUTS),
                payload={"contract": c, "payment": p, "bank": bank, "part": part}))
        if c.has_procurement:
            items = []
            if c.procurement_kind == "order":
                n_items = rng.randint(2, 4)
                cuts = sorted(rng.sample(range(1, 99), n_items - 1))
                shares = [b - a for a, b in zip([0] + cuts, cuts + [100])]
                prices = [(c.amount * s / 100).quantize(Decimal("0.01")) for s in shares[:-1]]
                prices.append(c.amount - sum(prices, Decimal(0)))
                names = c.scope + ["现场实施、培训及一年运维服务"]
                items = [(names[j], rng.choice(["含软件许可及实施", "含硬件及安装调试", "按技术协议"]), pr)
                         for j, pr in enumerate(prices)]
            docs.append(DocPlan("procurement_proof", "text", c.no, empty_fields(
                contract_no=c.no if c.procurement_prints_no else None, amount_yuan=c.amount,
                date=c.procurement_date, customer=c.customer.name),
                renderer="procurement_bid" if c.procurement_kind == "bid" else "procurement_order",
                payload={"contract": c, "items": items,
                         "project_no": (f"ZB{c.procurement_date:%Y}-{rng.randint(100, 999)}" if c.procurement_kind == "bid"
                                        else f"PO{c.procurement_date:%Y%m%d}{rng.randint(10, 99)}")}))
            if c.procurement_kind == "bid" and _layout(lrng, "procurement_bid", BID_LAYOUTS) == "procurement_deal":
                d = docs[-1]
                d.renderer = "procurement_deal"
                d.fields["contract_no"] = None  # a 成交通知书 quotes only its 项目编号
                d.payload["project_no"] = f"TJCG-{c.procurement_date:%Y}-{lrng.randint(1000, 9999)}"
        if "amount_mismatch_procurement" in c.planted and c.has_procurement:
            d = docs[-1]
            d.fields["amount_yuan"] = (c.amount * Decimal("1.06")).quantize(Decimal("100"))
            if d.payload["items"]:
                items = d.payload["items"]
                items[-1] = (items[-1][0], items[-1][1], items[-1][2] + d.fields["amount_yuan"] - c.amount)
    for s in plan.standards:
        if s.has_document:
            docs.append(DocPlan("standard_draft", "text", None, empty_fields(title=s.name), renderer="standard_draft",
                                payload={"standard": s, "draft_date": _rand_date(rng, date(2023, 3, 1), date(2023, 11, 30)),
                                         "drafters": "、".join(person(rng) for _ in range(4))}))
    kinds = ["other_license", "other_brochure", "other_meeting"]
    for k in range(spec.n_other):
        docs.append(DocPlan("other", "text", None, empty_fields(), renderer=kinds[k % 3] if k < 3 else rng.choice(kinds),
                            payload={"when": _rand_date(rng, date(2023, 4, 1), date(2023, 11, 30))}))

    # renderings: mixed (contracts only), photos (single-page kinds), scans, the rest text
    order = list(range(len(docs)))
    rng.shuffle(order)
    contracts_idx = [i for i in order if docs[i].doc_type == "contract"]
    for i in contracts_idx[:spec.n_mixed]:
        docs[i].rendering = "mixed"
        docs[i].payload["sig_on_own_page"] = True
    photo_ok = [i for i in order if docs[i].rendering == "text" and docs[i].renderer in PHOTO_LAYOUTS]
    for i in photo_ok[:spec.n_photo]:
        docs[i].rendering = "photo"
    # scans: mostly one-page kinds (keeps the bundles small), but always one multi-page contract
    rest = [i for i in order if docs[i].rendering == "text" and docs[i].renderer not in TEXT_ONLY_LAYOUTS]
    n_scan = max(round(len(docs) * spec.scan_fraction) - spec.n_photo, 0)
    long_kinds = ("contract", "standard_draft")
    picked = [i for i in rest if docs[i].doc_type == "contract"][:1 if n_scan else 0]
    picked += [i for i in rest if docs[i].doc_type not in long_kinds][:n_scan - len(picked)]
    picked += [i for i in rest if docs[i].doc_type in long_kinds and i not in picked][:n_scan - len(picked)]
    for i in picked:
        docs[i].rendering = "scan"
    scan_formats = ["pdf", "jpg", "png", "tif", "pdf", "jpg", "pdf", "tif"]
    scans = [i for i in order if docs[i].rendering == "scan"]
    for k, i in enumerate(scans):
        docs[i].fmt = scan_formats[k % len(scan_formats)]
    for d in docs:
        if d.rendering == "photo":
            d.fmt = "jpg"

    for index, how in sorted(spec.seal_defects.items()):
        target = plan.contracts[index - 1].no
        reports = [d for d in docs if d.doc_type == "acceptance_report" and d.contract_no == target
                   and d.renderer not in TEXT_ONLY_LAYOUTS]
        if reports:
            # a colour scan, so the seal (or its absence) shows
            reports[0].rendering, reports[0].fmt = "scan", "pdf"
            reports[0].payload["seals"] = how
            reports[0].note = {"none": "验收报告未盖章（seal_missing）",
                               "applicant": "验收报告由申报单位自己盖章（seal_party_mismatch）"}[how]
    for index, how in sorted(spec.procurement_seal_defects.items()):
        planted = {k for k, v in spec.seal_defects.items() if v} | set(spec.defects)
        for c in plan.contracts[index - 1:]:
            if plan.contracts.index(c) + 1 in planted and plan.contracts.index(c) + 1 != index:
                continue
            proofs = [d for d in docs if d.doc_type == "procurement_proof" and d.contract_no == c.no
                      and d.renderer not in TEXT_ONLY_LAYOUTS]
            if proofs:
                proofs[0].rendering, proofs[0].fmt = "scan", "pdf"
                proofs[0].payload["seals"] = how
                proofs[0].note = "采购证明只盖了申报单位（供应方）的章（seal_party_mismatch）"
                break
    if spec.seal_truth:
        for d in docs:
            d.payload["seal_truth"] = True

    if spec.duplicate_of_acceptance:
        target = plan.contracts[spec.duplicate_of_acceptance - 1].no
        originals = [d for d in docs if d.doc_type == "acceptance_report" and d.contract_no == target]
        if originals:
            o = originals[0]
            docs.append(DocPlan(o.doc_type, o.rendering, o.contract_no, dict(o.fields), o.renderer, o.fmt,
                                copy_of=o, note="同一验收报告以另一文件名重复上传（duplicate_evidence）"))
    for _ in range(spec.corrupt):
        src = DocPlan("other", "text", None, empty_fields(), renderer="other_brochure",
                      payload={"when": date(2023, 6, 1)})
        docs.append(DocPlan("other", "corrupt", None, empty_fields(), renderer="", truncate_of=src,
                            note="PDF只上传了前一半（截断，无法打开）：unreadable_document"))
    return docs


# ---- rendering ---------------------------------------------------------------------------


class _Namer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        self.folders = rng.sample(["附件", "扫描件", "补充材料", "证明材料", "材料/2023"], 2)

    def name(self, fmt: str, rendering: str) -> str:
        rng = self.rng
        while True:
            n = rng.randint(1, 60)
            if fmt == "pdf":
                stem = rng.choice([f"附件{n}", f"doc_{n}", f"scan_{rng.randint(1, 9999):04d}", f"文件{n}",
                                   f"{rng.randint(10**7, 10**8 - 1)}"] + ([f"扫描件{n}"] if rendering != "text" else []))
            elif fmt == "jpg":
                stem = rng.choice([f"IMG_{rng.randint(1000, 9999)}", f"IMG_2024{rng.randint(101, 229):04d}_{rng.randint(100000, 999999)}",
                                   f"微信图片_{rng.randint(10**13, 10**14 - 1)}"])
            elif fmt == "png":
                stem = rng.choice([f"扫描件{n}", f"image{n}", f"截图{n}"])
            else:
                stem = rng.choice([f"doc_{n}", f"SCAN{rng.randint(1, 9999):04d}"])
            folder = rng.choice(["", "", self.folders[0], self.folders[1]])
            path = f"{folder}/{stem}.{fmt}" if folder else f"{stem}.{fmt}"
            if path not in self.used:
                self.used.add(path)
                return path


def _render_one(doc: DocPlan, plan: SubmissionPlan, index: int) -> bytes:
    seed_key = f"{plan.name}:{plan.seed}:{index}"
    rng = random.Random(f"render:{seed_key}")
    nrng = np.random.default_rng(int(hashlib.sha256(seed_key.encode()).hexdigest()[:12], 16))
    if doc.rendering == "text":
        font = rng.choice(TEXT_FONTS)
        pdf, _ = render_document(doc, plan, font, rng)
        return pdf
    varied = bool(doc.payload.get("seal_truth"))
    stamped: list[dict] = doc.payload.setdefault("stamped", []) if varied else []
    if doc.rendering == "mixed":
        font = rng.choice(TEXT_FONTS)
        state = rng.getstate()
        pdf, seals = render_document(doc, plan, font, rng)
        seals = _planted_seals(doc, plan, seals)
        pages = degrade.rasterise(pdf, SCAN_DPI)
        last = len(pages)
        img = degrade.stamp_seals(pages[-1], seals, last, nrng, stamped, varied)
        img = degrade.scan_effects(img, nrng, noise=SCAN_NOISE)
        rng.setstate(state)
        pdf, _ = render_document(doc, plan, font, rng, last_page_jpeg=degrade.jpeg_bytes(img, PDF_JPEG_QUALITY))
        return pdf
    font = rng.choice(RASTER_FONTS)
    pdf, seals = render_document(doc, plan, font, rng)
    seals = _planted_seals(doc, plan, seals)
    dpi = TIFF_DPI if doc.fmt == "tif" else SCAN_DPI
    pages = degrade.rasterise(pdf, dpi)
    if len(pages) > 1 and doc.fmt in ("jpg", "png"):
        doc.fmt = "pdf"  # a multi-page scan is filed as one PDF
    if len(pages) > 1 and doc.rendering == "photo":
        doc.rendering, doc.fmt = "scan", "pdf"
    out = []
    for k, page in enumerate(pages, 1):
        img = degrade.stamp_seals(page, seals, k, nrng, stamped, varied)
        img = degrade.photo_effects(img, nrng) if doc.rendering == "photo" else degrade.scan_effects(
            img, nrng, noise=0 if doc.fmt == "png" else SCAN_NOISE)
        out.append(img)
    if doc.fmt == "pdf":
        return degrade.image_pdf([degrade.jpeg_bytes(i, PDF_JPEG_QUALITY) for i in out])
    if doc.fmt == "jpg":
        return degrade.jpeg_bytes(out[0], JPEG_QUALITY if doc.rendering == "scan" else 70)
    if doc.fmt == "png":
        return degrade.png_bytes(out[0])
    if len(out) == 1:
        return degrade.tiff_bytes(out[0], TIFF_DPI)
    return _multi_tiff(out)


def _planted_seals(doc: DocPlan, plan: SubmissionPlan, seals: list[dict]) -> list[dict]:
    """The seals as planted: none at all, or the applicant's where the issuer's would be (on a
    procurement proof, the applicant's alone, whoever issued it)."""
    how = doc.payload.get("seals")
    if how == "none":
        return []
    if how == "applicant" and doc.doc_type == "procurement_proof":
        return [{**s, "name": plan.applicant.name} for s in seals]
    if how == "applicant":
        issuer = doc.fields.get("customer")
        return [{**s, "name": plan.applicant.name} if s["name"] == issuer else s for s in seals]
    return seals


def _multi_tiff(images) -> bytes:
    import io

    import cv2
    from PIL import Image

    frames = []
    for img in images:
        grey = np.asarray(img.convert("L"), dtype=np.uint8)
        bw = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 31, 12)
        frames.append(Image.fromarray(bw).convert("1"))
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", compression="group4", dpi=(TIFF_DPI, TIFF_DPI), save_all=True,
                   append_images=frames[1:])
    return buf.getvalue()


def _json_value(v: Any) -> Any:
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    if isinstance(v, date):
        return v.isoformat()
    return v


def _doc_note(d: DocPlan) -> str:
    if d.note:
        return d.note
    what = {"text": "文字层PDF", "scan": "扫描件", "photo": "手机翻拍", "mixed": "文字页+扫描签署页"}[d.rendering]
    extra = []
    f = d.fields
    if d.doc_type == "acceptance_report":
        if f["result"] == "failed":
            extra.append("验收结论不合格")
        if f["date"] and f["date"].year != 2023:
            extra.append("验收日期不在支持周期内")
        c = d.payload.get("contract")
        if c and f["amount_yuan"] is not None and f["amount_yuan"] != c.amount:
            extra.append("金额与申报不符")
        if f["amount_yuan"] is None:
            extra.append("不含金额")
        if f["contract_no"] is None:
            extra.append("不含合同编号")
    if d.doc_type == "payment_proof":
        c = d.payload["contract"]
        if f["payer"] != c.customer.name:
            extra.append("付款人不是用户")
        if f["contract_no"] is None:
            extra.append("用途不含合同编号")
    if d.doc_type == "procurement_proof" and f["contract_no"] is None:
        extra.append("不含合同编号")
    c = d.payload.get("contract")
    if c and d.doc_type == "contract":
        if "invalid_uscc" in c.planted:
            extra.append("用户信用代码校验位错误")
        if "not_tianjin" in c.planted:
            extra.append("申报为天津企业但地址/代码在北京")
        if "sme_misclassified" in c.planted:
            extra.append("用户实为大型企业")
    kind = {"contract": "合同", "acceptance_report": "验收报告", "payment_proof": "付款凭证/回单",
            "procurement_proof": "中标通知书/采购订单", "standard_draft": "标准草案", "other": "无关材料"}[d.doc_type]
    return f"{kind}（{what}，{d.fmt}）" + ("：" + "，".join(extra) if extra else "")


def write_submission(plan: SubmissionPlan, out_dir: Path) -> dict[str, Any]:
    out_dir = Path(out_dir)
    sub_dir = out_dir / "submission"
    if sub_dir.exists():
        shutil.rmtree(sub_dir)
    sub_dir.mkdir(parents=True)
    rng = random.Random(f"write:{plan.name}:{plan.seed}")
    (sub_dir / "申报信息.xlsx").write_bytes(build_workbook(plan, rng))
    namer = _Namer(rng)
    contents: dict[int, bytes] = {}
    for idx, d in enumerate(plan.documents):
        if d.copy_of is not None:
            data = contents[id(d.copy_of)]
            d.fmt = d.copy_of.fmt
            d.rendering = d.copy_of.rendering
        elif d.truncate_of is not None:
            full = _render_one(d.truncate_of, plan, idx)
            data = full[: len(full) // 2]
            d.fmt = "pdf"
        else:
            data = _render_one(d, plan, idx)
        contents[id(d)] = data
        d.path = namer.name(d.fmt, d.rendering)
        d.sha256 = hashlib.sha256(data).hexdigest()
        target = sub_dir / d.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    truth = compute_ground_truth(plan)
    a = plan.applicant
    gt = {
        "submission": plan.name,
        "seed": plan.seed,
        "description": plan.description,
        "applicant": {"name": a.name, "uscc": a.uscc, "address": a.address},
        "award_tier_wan": truth["award_tier_wan"],
        "accepted_total_yuan": truth["accepted_total_yuan"],
        "requirements": truth["requirements"],
        "gaps": truth["gaps"],
        "verified_contracts": truth["verified_contracts"],
        "verified_customer_count": truth["verified_customer_count"],
        "verified_sme_customer_count": truth["verified_sme_customer_count"],
        "standards_with_document": truth["standards_with_document"],
        "declaration": "申报信息.xlsx",
        "contracts": [{"seq": c.seq, "contract_no": c.no, "customer": c.customer.name,
                       "customer_uscc": c.customer.uscc, "amount_yuan": f"{c.amount:.2f}",
                       "planted": c.planted} for c in plan.contracts],
        "standards": [{"name": s.name, "has_document": s.has_document} for s in plan.standards],
        "documents": [{
            "path": d.path, "doc_type": d.doc_type, "rendering": d.rendering, "contract_no": d.contract_no,
            "fields": {k: _json_value(v) for k, v in d.fields.items()},
            "sha256": d.sha256, "note": _doc_note(d),
            **({"seals": _seal_truth(d, plan)} if d.payload.get("seal_truth") else {}),
        } for d in plan.documents],
    }
    (out_dir / "ground_truth.json").write_text(json.dumps(gt, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return gt


def _seal_truth(d: DocPlan, plan: SubmissionPlan) -> list[dict]:
    """The seals stamped on a scanned document (a text-layer PDF carries none), each with the
    role of the party it names."""
    source = d.copy_of or d
    roles = {plan.applicant.name: "applicant", **{c.customer.name: "customer" for c in plan.contracts},
             **{name: "agency" for name in PROCUREMENT_AGENCIES}}
    return [{**s, "role": roles.get(s["name"], "bank" if s["name"].endswith("银行") else "other")}
            for s in source.payload.get("stamped", [])]


def generate_submission(spec_or_preset: SubmissionSpec | str, out_dir: Path | str, seed: int = 0) -> Path:
    """Plan, render and write one submission; returns out_dir (holding submission/ and ground_truth.json)."""
    if isinstance(spec_or_preset, str):
        spec = preset_spec(spec_or_preset, random.Random(f"spec:{spec_or_preset}:{seed}"), index=0)
    else:
        spec = copy.deepcopy(spec_or_preset)
    plan = plan_submission(spec, seed)
    out = Path(out_dir)
    write_submission(plan, out)
    return out
