"""Assessment-cycle (考核周期 2024) sample submissions: subcontracts, meetings, diagnoses.

The customer contracts, their evidence and the standard drafts are planned by the support
generator (`build.plan_submission`) and moved one year later; this module adds the 考核 items
(本地配套供应商 + 分包合同, 经验交流会 + 会议纪要/签到表, 免费诊断 + 诊断报告), renders them, writes the
workbook with the assessment sheets and `阶段 = 考核`, and computes the ground truth with the
same rules the checker implements (contract-level rules are the support ones, `rules.py`,
with the assessment period).

    python -m tools.samplegen --preset assessment --out sample_evidence
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from tools.samplegen.truthlib import code_is_valid as validate_uscc, code_region as uscc_region, is_tianjin_address
from tools.samplegen import rules
from tools.samplegen.build import SubmissionSpec, _doc_note, _json_value, _Namer, _rand_date, _render_one, _short, _yuan, \
    plan_submission
from tools.samplegen.companies import REGIONS, STREETS, Company, CompanyFactory, is_large, person
from tools.samplegen.layouts import FRAME_W, RENDERERS, SealAnchor, Styles, P, cn_date, grid_table, money, plain_table, upper
from tools.samplegen.plan import DocPlan, SubmissionPlan, empty_fields
from tools.samplegen.workbook import _header, _title, normalise_zip, wan, _num

PERIOD_START = date(2024, 1, 1)
PERIOD_END = date(2024, 12, 31)
MIN_LOCAL_SUPPLIERS = 2
MIN_MEETINGS = 10
MIN_TIANJIN_ATTENDEES = 10
MIN_DIAGNOSES = 30
MIN_CUSTOMERS = 6
MIN_TOTAL_YUAN = Decimal(15_000_000)
MIN_TIANJIN_CUSTOMERS = 2
MIN_SME_CUSTOMERS = 5
MIN_STANDARDS = 3

REQUIREMENTS = ("E-tianjin", "A-local-suppliers", "A-meetings", "A-diagnoses", "A-customers", "A-standards", "A-sme")
# the support rules' requirement -> the assessment catalog's
REQUIREMENT_OF = {"S-evidence": "A-customers", "S-customers": "A-customers", "S-total": "A-customers",
                  "S-sme": "A-sme", "S-standards": "A-standards", "E-tianjin": "E-tianjin"}
GAP_REQUIREMENT = {
    "missing_subcontract": "A-local-suppliers", "subcontractor_not_tianjin": "A-local-suppliers",
    "local_supplier_count_below_threshold": "A-local-suppliers",
    "missing_meeting_record": "A-meetings", "meeting_attendance_below_threshold": "A-meetings",
    "meeting_count_below_threshold": "A-meetings",
    "missing_diagnosis_report": "A-diagnoses", "diagnosis_without_solution": "A-diagnoses",
    "diagnosis_count_below_threshold": "A-diagnoses",
    "tianjin_customer_count_below_threshold": "A-customers",
}
# gaps that decide a requirement (the others are item findings reported under it)
DECIDING_KINDS = frozenset({
    "local_supplier_count_below_threshold", "meeting_count_below_threshold", "diagnosis_count_below_threshold",
    "customer_count_below_threshold", "total_below_threshold", "tianjin_customer_count_below_threshold",
    "sme_count_below_threshold", "standards_below_threshold", "applicant_not_tianjin"})

SUBCONTRACT_SCOPES = ["现场设备联网与数据采集实施", "工业网络布线及边缘网关安装调试", "AGV调度系统现场集成",
                      "机器视觉检测工位安装调试", "MES现场实施与运维支持", "能源计量仪表安装与联调"]
MEETING_TOPICS = ["汽车零部件", "装备制造", "电子信息", "生物医药", "新材料", "食品加工", "石化化工", "轨道交通",
                  "工业互联网平台应用", "设备智能运维", "数字孪生工厂", "质量管控", "能碳管理"]
VENUES = ["天津市西青区海泰发展六道6号海泰绿色产业基地会议中心", "天津市滨海新区第三大街51号滨海会展中心",
          "天津市南开区宾水西道369号科技大厦多功能厅", "天津市北辰区京津路19号北辰科技园报告厅"]
FINDINGS = ["关键设备联网率不足30%，生产数据依赖人工填报，统计滞后", "生产计划靠经验排产，插单频繁时交期难以保证",
            "质量数据分散在纸质记录中，出现批量问题时难以追溯", "设备以事后维修为主，非计划停机时间占比偏高",
            "能源计量仅到厂级，无法按产线、工序核算能耗", "仓储物料账实不符，领料与齐套检查耗时较长",
            "ERP与车间系统未打通，订单进度不透明", "工艺参数未形成标准库，换型调试依赖个别技术人员"]
SOLUTIONS = ["分两期部署设备联网与边缘采集，先覆盖瓶颈工序设备，实现产量、状态、报警数据自动采集",
             "引入APS高级排程，建立产能与物料约束模型，支持插单影响评估与交期承诺",
             "建设质量追溯系统，按批次关联原料、工艺参数与检验结果，实现正反向追溯",
             "建立设备点检与预测性维护模型，对主轴、电机等关键部件开展状态监测",
             "增设产线级能源计量点，建设能碳管理看板，按工序核算单耗并设定改进目标",
             "上线WMS并与MES集成，推行条码化出入库与齐套预警",
             "打通ERP与MES接口，实现订单、工单、完工数据自动同步",
             "梳理工艺参数形成标准库，配套电子作业指导书与换型检查表"]


# ---- plan ------------------------------------------------------------------------------------


@dataclass
class SupplierPlan:
    seq: int
    company: Company
    contract_no: str
    contract_name: str
    amount: Decimal
    signed_on: date
    has_document: bool = True
    planted: list[str] = field(default_factory=list)


@dataclass
class MeetingPlan:
    seq: int
    name: str
    held_on: date
    place: str
    attendees: list[tuple[Company, str]]   # (firm, what its row shows: the credit code or a short address)
    declared_tianjin: int
    include_host: bool = False
    has_document: bool = True
    planted: list[str] = field(default_factory=list)


@dataclass
class DiagnosisPlan:
    seq: int
    customer: Company
    diagnosed_on: date
    report_name: str
    report_no: str
    findings: list[str]
    solutions: list[str]           # empty: the report proposes no solution
    has_document: bool = True
    planted: list[str] = field(default_factory=list)


@dataclass
class AssessmentPlan(SubmissionPlan):
    suppliers: list[SupplierPlan] = field(default_factory=list)
    meetings: list[MeetingPlan] = field(default_factory=list)
    diagnoses: list[DiagnosisPlan] = field(default_factory=list)


@dataclass
class AssessmentSpec:
    name: str
    base: SubmissionSpec                         # customer contracts and standards
    supplier_provinces: tuple[str, ...] = ("天津", "天津", "天津")
    suppliers_missing: tuple[int, ...] = ()      # 1-based rows whose subcontract is not uploaded
    n_meetings: int = 10
    meeting_tianjin: dict[int, int] = field(default_factory=dict)   # 1-based -> Tianjin attendees
    meetings_missing: tuple[int, ...] = ()
    meeting_scans: tuple[int, ...] = ()
    n_diagnoses: int = 30
    diagnoses_without_solution: tuple[int, ...] = ()
    diagnoses_missing: tuple[int, ...] = ()
    diagnosis_scans: tuple[int, ...] = ()
    subcontract_scans: tuple[int, ...] = ()
    drop_tianjin_acceptance: int = 0             # Tianjin customers whose acceptance report is not uploaded
    description: str = ""


def preset_specs() -> list[AssessmentSpec]:
    base = dict(n_contracts=7, n_sme=6, n_tianjin=3, amount_range_wan=(200, 520), total_range_wan=(1900, 3000),
                n_standards=3, n_other=1, n_mixed=1, n_photo=1, scan_fraction=0.0,
                extra_layouts=False)  # the bundled assessment set keeps its reviewed layouts
    return [
        AssessmentSpec(
            name="assessment_pass", base=SubmissionSpec(name="assessment_pass", **base),
            supplier_provinces=("天津", "天津", "天津"), n_meetings=10, meeting_scans=(4,),
            n_diagnoses=30, diagnosis_scans=(7,), subcontract_scans=(),
            description="考核周期（2024年）完整申报：7家用户合同、3家天津配套供应商及分包合同、10场经验交流会（签到表）、"
                        "30份免费诊断报告、3项标准草案，全部达标。"),
        AssessmentSpec(
            name="assessment_fail", base=SubmissionSpec(name="assessment_fail", **{**base, "n_contracts": 6,
                                                                                    "n_tianjin": 2}),
            supplier_provinces=("天津", "北京", "天津"), suppliers_missing=(3,),
            n_meetings=10, meeting_tianjin={5: 8}, meetings_missing=(8,), meeting_scans=(2,),
            n_diagnoses=30, diagnoses_without_solution=(12,), diagnoses_missing=(21,), diagnosis_scans=(3,),
            subcontract_scans=(1,), drop_tianjin_acceptance=1,
            description="考核周期不达标：一家配套供应商在北京、一份分包合同缺失；一场交流会签到表仅8家天津企业（申报12家）、"
                        "一场缺会议记录；一份诊断报告没有解决方案、一份缺失；一家天津用户缺验收报告。"),
    ]


def _next_year(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def _shift_contracts(plan: SubmissionPlan) -> None:
    """The support planner's contracts, one year later (accepted in 2024)."""
    for c in plan.contracts:
        c.signed_on, c.accepted_on = _next_year(c.signed_on), _next_year(c.accepted_on)
        if c.acceptance_date:
            c.acceptance_date = _next_year(c.acceptance_date)
        if c.procurement_date:
            c.procurement_date = _next_year(c.procurement_date)
        for p in c.payments:
            p.paid_on = _next_year(p.paid_on)
    for s in plan.standards:
        s.code = s.code.replace("—2023", "—2024")
    for d in plan.documents:
        # notes describe the support period; reworded for the assessment one
        d.note = _doc_note(d).replace("支持周期", "考核周期")
        for k, v in list(d.fields.items()):
            if isinstance(v, date):
                d.fields[k] = _next_year(v)
        for k in ("draft_date", "when"):
            if isinstance(d.payload.get(k), date):
                d.payload[k] = _next_year(d.payload[k])


def _short_address(c: Company, rng: random.Random) -> str:
    region = next(r for r, (pre, dist) in REGIONS[c.province].items() if dist == c.district and c.address.startswith(pre))
    prefix, district = REGIONS[c.province][region]
    street = rng.choice([s for s in STREETS[c.province] if len(s) <= 5] or STREETS[c.province])
    return f"{prefix}{district}{street}{rng.randint(1, 199)}号"


def plan_assessment(spec: AssessmentSpec, seed: int) -> AssessmentPlan:
    base = plan_submission(spec.base, seed)
    _shift_contracts(base)
    plan = AssessmentPlan(**{k: getattr(base, k) for k in SubmissionPlan.__dataclass_fields__})
    plan.description = spec.description
    rng = random.Random(f"assessment:{spec.name}:{seed}")
    factory = CompanyFactory(rng)
    factory.used_names.update({plan.applicant.name} | {c.customer.name for c in plan.contracts})
    applicant = plan.applicant

    if spec.drop_tianjin_acceptance:
        tianjin = [c for c in plan.contracts if c.declared_tianjin and not c.planted]
        for c in tianjin[:spec.drop_tianjin_acceptance]:
            c.has_acceptance = False
            c.planted.append("missing_acceptance_report")
            plan.documents = [d for d in plan.documents
                              if not (d.doc_type == "acceptance_report" and d.contract_no == c.no)]

    # local suppliers and their subcontracts
    prefix = rng.choice(["FB", "FBHT", "ZZFB"])
    for k, province in enumerate(spec.supplier_provinces, 1):
        co = factory.make(province)
        signed = _rand_date(rng, date(2024, 2, 1), date(2024, 10, 31))
        amount = _yuan(Decimal(rng.randint(300, 1800)) / 10)
        sp = SupplierPlan(k, co, f"{prefix}-2024-{rng.randint(1, 99):03d}{k}",
                          f"{rng.choice(SUBCONTRACT_SCOPES)}分包合同", amount, signed,
                          has_document=k not in spec.suppliers_missing)
        if province != "天津":
            sp.planted.append("subcontractor_not_tianjin")
        if not sp.has_document:
            sp.planted.append("missing_subcontract")
        plan.suppliers.append(sp)

    # a pool of enterprises that attend the meetings; most of them are diagnosed too
    pool_tj = [factory.make("天津") for _ in range(34)]
    pool_other = [factory.make(rng.choice(["北京", "河北", "江苏"])) for _ in range(8)]
    topics = rng.sample(MEETING_TOPICS, spec.n_meetings) if spec.n_meetings <= len(MEETING_TOPICS) else \
        [rng.choice(MEETING_TOPICS) for _ in range(spec.n_meetings)]
    days = sorted(_rand_date(rng, date(2024, 2, 20), date(2024, 12, 10)) for _ in range(spec.n_meetings))
    for k in range(1, spec.n_meetings + 1):
        n_tj = spec.meeting_tianjin.get(k, rng.randint(11, 13))
        firms = [(c, _short_address(c, rng) if rng.random() < 0.3 else c.uscc)
                 for c in rng.sample(pool_tj, n_tj) + rng.sample(pool_other, rng.randint(2, 4))]
        rng.shuffle(firms)
        mp = MeetingPlan(k, f"2024年第{k}期智能制造经验交流会（{topics[k - 1]}专场）", days[k - 1], rng.choice(VENUES),
                         firms, declared_tianjin=max(n_tj, 12) if k in spec.meeting_tianjin else n_tj,
                         include_host=rng.random() < 0.5, has_document=k not in spec.meetings_missing)
        if n_tj < MIN_TIANJIN_ATTENDEES:
            mp.planted.append("meeting_attendance_below_threshold")
        if not mp.has_document:
            mp.planted.append("missing_meeting_record")
        plan.meetings.append(mp)

    diagnosed = rng.sample(pool_tj, min(spec.n_diagnoses, len(pool_tj)))
    while len(diagnosed) < spec.n_diagnoses:
        diagnosed.append(factory.make(rng.choice(["天津", "天津", "河北"])))
    for k, co in enumerate(diagnosed, 1):
        picks = rng.sample(range(len(FINDINGS)), 3)
        dp = DiagnosisPlan(k, co, _rand_date(rng, date(2024, 1, 15), date(2024, 12, 15)),
                           f"{_short(co.name)}智能制造诊断报告", f"ZD2024-{k:03d}",
                           [FINDINGS[i] for i in picks],
                           [] if k in spec.diagnoses_without_solution else [SOLUTIONS[i] for i in picks],
                           has_document=k not in spec.diagnoses_missing)
        if not dp.solutions:
            dp.planted.append("diagnosis_without_solution")
        if not dp.has_document:
            dp.planted.append("missing_diagnosis_report")
        plan.diagnoses.append(dp)

    # documents: subcontracts, meeting records, diagnosis reports
    for sp in plan.suppliers:
        if sp.has_document:
            plan.documents.append(DocPlan(
                "subcontract", "scan" if sp.seq in spec.subcontract_scans else "text", None,
                empty_fields(contract_no=sp.contract_no, amount_yuan=sp.amount, date=sp.signed_on,
                             customer=applicant.name),
                renderer="subcontract", payload={"supplier": sp},
                note="分包合同" + ("（扫描件）" if sp.seq in spec.subcontract_scans else "（文字层PDF）")
                     + ("：乙方不是天津企业" if "subcontractor_not_tianjin" in sp.planted else "")))
    for mp in plan.meetings:
        if mp.has_document:
            n_tj = sum(1 for c, _ in mp.attendees if c.province == "天津")
            plan.documents.append(DocPlan(
                "meeting_record", "scan" if mp.seq in spec.meeting_scans else "text", None,
                empty_fields(date=mp.held_on, title=mp.name), renderer="meeting_record",
                payload={"meeting": mp, "host_rep": person(rng),
                         "reps": {c.name: person(rng) for c, _ in mp.attendees}},
                note=f"会议纪要及签到表（{'扫描件' if mp.seq in spec.meeting_scans else '文字层PDF'}）："
                     f"签到 {len(mp.attendees)} 家，其中天津企业 {n_tj} 家"
                     + ("，少于10家" if n_tj < MIN_TIANJIN_ATTENDEES else "")))
    for dp in plan.diagnoses:
        if dp.has_document:
            scan = dp.seq in spec.diagnosis_scans
            plan.documents.append(DocPlan(
                "diagnosis_report", "scan" if scan else "text", None,
                empty_fields(date=dp.diagnosed_on, customer=dp.customer.name, title=dp.report_name),
                renderer="diagnosis_report", payload={"diagnosis": dp},
                note=f"免费诊断报告（{'扫描件' if scan else '文字层PDF'}）" + ("：没有解决方案/改进建议章节" if not dp.solutions else "")))
    _vary_meetings(plan, spec, random.Random(f"variety:{spec.name}:{seed}"))
    formats = ["jpg", "png", "pdf", "tif"]
    k = 0
    for d in plan.documents:
        if d.doc_type in ("subcontract", "meeting_record", "diagnosis_report") and d.rendering == "scan":
            d.fmt = formats[k % len(formats)]
            k += 1
    return plan


# ---- variety: how real submissions file a meeting ---------------------------------------------

# sign-in sheet columns: (header, what the cell holds); the checker must not rely on one order
SHEET_COLUMNS = {
    "name_first": [("序号", "seq"), ("单位名称", "name"), ("统一社会信用代码/地址", "what"), ("参会代表", "rep"), ("签字", "")],
    "code_first": [("序号", "seq"), ("统一社会信用代码/地址", "what"), ("单位名称", "name"), ("参会代表", "rep"), ("签到", "signed")],
    "phone": [("序号", "seq"), ("单位名称", "name"), ("参会代表", "rep"), ("联系电话", "phone"), ("信用代码或地址", "what")],
}


def _vary_meetings(plan: AssessmentPlan, spec: AssessmentSpec, vrng: random.Random) -> None:
    """Text-layer meetings filed in other ways (scans keep the plain layout, so their OCR is
    unchanged): a notice and the minutes with the sheet in a separate file, a notice besides
    the minutes, a sheet running over two pages, other column orders. Extra files go last."""
    records = [d for d in plan.documents if d.doc_type == "meeting_record" and d.rendering == "text"]
    for d in records:
        d.payload["columns"] = vrng.choice(list(SHEET_COLUMNS))
        d.payload["two_pages"] = vrng.random() < 0.3
    picks = vrng.sample(records, min(3, len(records)))
    for n, d in enumerate(picks):
        mp: MeetingPlan = d.payload["meeting"]
        extra = []
        if n < 2:   # minutes without the sheet + a separate sign-in sheet (titled with the meeting's name)
            d.payload["sheet"] = False
            d.note = f"会议纪要（文字层PDF，签到表另附）：{mp.name}"
            n_tj = sum(1 for c, _ in mp.attendees if c.province == "天津")
            extra.append(DocPlan("meeting_record", "text", None, empty_fields(date=mp.held_on, title=mp.name),
                                 renderer="meeting_sign_in", payload={**d.payload, "sheet": True},
                                 note=f"单独的签到表（文字层PDF）：签到 {len(mp.attendees)} 家，其中天津企业 {n_tj} 家"))
        if n != 1:  # the notice convening it
            extra.append(DocPlan("meeting_record", "text", None, empty_fields(date=mp.held_on, title=mp.name),
                                 renderer="meeting_notice", payload={"meeting": mp},
                                 note=f"会议通知（文字层PDF，无签到表）：{mp.name}"))
        plan.documents.extend(extra)


# ---- layouts ---------------------------------------------------------------------------------


def subcontract(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    sp: SupplierPlan = doc.payload["supplier"]
    a, b = sub.applicant, sp.company
    amt = sp.amount
    pad = rng.random() < 0.5
    rows = [["分包合同编号", sp.contract_no], ["项目名称", sp.contract_name.removesuffix("分包合同")],
            ["甲方（总包方）", a.name], ["统一社会信用代码", a.uscc], ["地址", a.address],
            ["乙方（分包方）", b.name], ["统一社会信用代码", b.uscc], ["地址", b.address],
            ["分包金额", f"{upper(amt)}（{money(amt)}）"],
            ["分包内容", sp.contract_name.removesuffix("分包合同") + "，含现场实施、调试及技术资料交付"],
            ["履行期限", f"自合同签订之日起{rng.choice([60, 90, 120])}日内完成"]]
    story = [P(rng.choice(["分包合同", "技术服务分包合同", "项目分包合同"]), st.title), Spacer(1, 6),
             grid_table(rows, [36 * mm, FRAME_W - 36 * mm], st, pad=5), Spacer(1, 8)]
    for head, text in (
            ("一、分包范围", "乙方按甲方总包项目的进度要求完成上述分包内容，接受甲方的统一管理与质量检查。"),
            ("二、价款与支付", "分包价款为固定总价，甲方在乙方完成分包内容并经甲方验收合格后30日内支付。"),
            ("三、其他", "本合同一式贰份，双方各执壹份，自双方签字盖章之日起生效。")):
        story += [P(head, st.h), P(text, st.body)]
    half = FRAME_W / 2
    sig = [["甲方（盖章）：", "乙方（盖章）："], [a.name, b.name],
           [f"签订日期：{cn_date(sp.signed_on, pad)}", f"签订日期：{cn_date(sp.signed_on, pad)}"]]
    story += [Spacer(1, 14), KeepTogether([SealAnchor(sink, [(half * 0.42, 30, a.name, "contract"),
                                                             (half * 1.42, 30, b.name, "contract")]),
                                           plain_table(sig, [half, half], st)])]
    return story


def _sign_in_rows(doc: DocPlan, sub: SubmissionPlan, rng: random.Random) -> tuple[list[str], list[list[Any]]]:
    mp: MeetingPlan = doc.payload["meeting"]
    a = sub.applicant
    reps = doc.payload["reps"]
    entries = [(c.name, shown, reps[c.name]) for c, shown in mp.attendees]
    if mp.include_host:
        entries.insert(rng.randrange(len(entries) + 1), (a.name, a.uscc, doc.payload["host_rep"]))
    columns = SHEET_COLUMNS[doc.payload.get("columns", "name_first")]
    rows = []
    for i, (name, what, rep) in enumerate(entries, 1):
        cell = {"seq": str(i), "name": name, "what": what, "rep": rep, "": "", "signed": "已签到",
                "phone": f"1{(i * 7919 + len(name) * 104729) % 10 ** 10:010d}"}
        rows.append([cell[key] for _, key in columns])
    return [h for h, _ in columns], rows


def _sheet_story(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random) -> list:
    headers, rows = _sign_in_rows(doc, sub, rng)
    cell = Styles(st.font, base=9.0)
    key = doc.payload.get("columns", "name_first")
    widths = {"name_first": [9 * mm, 63 * mm, 52 * mm, 18 * mm, FRAME_W - 142 * mm],
              "code_first": [9 * mm, 52 * mm, 63 * mm, 18 * mm, FRAME_W - 142 * mm],
              "phone": [9 * mm, 60 * mm, 18 * mm, 26 * mm, FRAME_W - 113 * mm]}[key]
    if not doc.payload.get("two_pages"):
        return [grid_table([headers] + rows, widths, cell, header=True, pad=3)]
    # the sheet runs on over a page break, its header row not repeated
    half = max(3, len(rows) // 2)
    return [grid_table([headers] + rows[:half], widths, cell, header=True, pad=3), PageBreak(),
            grid_table(rows[half:], widths, cell, pad=3)]


def meeting_record(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    mp: MeetingPlan = doc.payload["meeting"]
    a = sub.applicant
    hour = rng.choice(["9:30", "14:00", "14:30"])
    story = [P("经验交流会会议纪要", st.title), Spacer(1, 4),
             P(f"会议名称：{mp.name}", st.plain),
             P(f"会议时间：{cn_date(mp.held_on)} {hour}", st.plain),
             P(f"会议地点：{mp.place}", st.plain),
             P(f"主办单位：{a.name}", st.plain), Spacer(1, 4),
             P("本次交流会围绕智能制造系统解决方案的规划、实施与推广开展，主办方介绍了典型项目经验，与会企业代表"
               "结合自身数字化转型需求进行了交流，并就后续诊断服务与合作进行了对接。", st.body), Spacer(1, 6)]
    if doc.payload.get("sheet", True):
        story += [P("参会单位签到表", st.h)] + _sheet_story(doc, sub, st, rng)
    else:
        story.append(P("参会单位签到情况见签到表（另附）。", st.body))
    story += [Spacer(1, 10), KeepTogether([SealAnchor(sink, [(FRAME_W * 0.7, 16, a.name, "round")]),
                                           P(f"主办单位（盖章）：{a.name}", st.right),
                                           P(cn_date(mp.held_on), st.right)])]
    return story


def meeting_sign_in(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    """A sign-in sheet filed on its own: only its title names the meeting."""
    mp: MeetingPlan = doc.payload["meeting"]
    story = [P(f"{mp.name}签到表", st.title), Spacer(1, 4),
             P(f"时间：{cn_date(mp.held_on)}　　地点：{mp.place}", st.plain), Spacer(1, 6)]
    story += _sheet_story(doc, sub, st, rng)
    story += [Spacer(1, 8), P("注：以上为现场签到情况。", st.plain)]
    return story


def meeting_notice(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    mp: MeetingPlan = doc.payload["meeting"]
    a = sub.applicant
    sent = date.fromordinal(mp.held_on.toordinal() - rng.randint(7, 15))
    return [P(f"关于召开{mp.name}的通知", st.title), Spacer(1, 6), P("各有关单位：", st.plain),
            P(f"为交流推广智能制造系统解决方案的应用经验，定于{cn_date(mp.held_on)}召开{mp.name}。现将有关事项通知如下：",
              st.body),
            P(f"一、会议时间：{cn_date(mp.held_on)} {rng.choice(['9:30', '14:00'])}", st.plain),
            P(f"二、会议地点：{mp.place}", st.plain),
            P("三、参会人员：各企业分管智能制造或信息化工作的负责人1-2名。", st.plain),
            P("四、请参会单位于会前3个工作日回复参会回执，会议当天现场签到。", st.plain), Spacer(1, 12),
            KeepTogether([SealAnchor(sink, [(FRAME_W * 0.7, 16, a.name, "round")]),
                          P(a.name, st.right), P(cn_date(sent), st.right)])]


def diagnosis_report(doc: DocPlan, sub: SubmissionPlan, st: Styles, rng: random.Random, sink: list) -> list:
    dp: DiagnosisPlan = doc.payload["diagnosis"]
    a, c = sub.applicant, dp.customer
    pad = rng.random() < 0.5
    # text-layer reports word their labels and headings in other ways (scans keep the draws they had)
    text = doc.rendering == "text"
    label = rng.choice(["诊断对象", "受诊断单位", "被诊断企业", "客户名称", "服务对象"]) if text else "诊断对象"
    rows = [["报告名称", f"《{dp.report_name}》"], [label, c.name], ["统一社会信用代码", c.uscc],
            ["企业地址", c.address], ["诊断单位", a.name], ["诊断日期", cn_date(dp.diagnosed_on, pad)]]
    story = [P("智能制造免费诊断报告", st.title), P(f"报告编号：{dp.report_no}", st.right), Spacer(1, 4),
             grid_table(rows, [34 * mm, FRAME_W - 34 * mm], st, pad=4), Spacer(1, 6),
             P("一、企业现状", st.h),
             P(f"诊断组通过现场调研、人员访谈和资料查阅，对企业的生产组织、设备、质量、能源及信息化情况进行了梳理。"
               f"企业现有员工约{c.employees}人，主要生产环节以人工和单机自动化为主。", st.body),
             P("二、主要问题", st.h)]
    story += [P(f"{i}. {text}。", st.plain) for i, text in enumerate(dp.findings, 1)]
    if dp.solutions:
        heading = rng.choice(["三、解决方案与改进建议", "三、智能制造解决方案", "三、改进建议"])
        if text:
            heading = rng.choice([heading, "三、实施方案", "三、提升建议", "三、对策与建议", "三、优化建议",
                                  "三、智能化改造方案", "（三）改进建议", "第三部分 解决方案"])
        story.append(P(heading, st.h))
        story += [P(f"{i}. {text}。", st.plain) for i, text in enumerate(dp.solutions, 1)]
    else:
        story += [P("三、诊断结论", st.h),
                  P("企业数字化转型需求较为迫切，基础数据与管理流程有待梳理，后续安排视企业意愿另行沟通。", st.body)]
    story += [Spacer(1, 12), KeepTogether([SealAnchor(sink, [(FRAME_W * 0.7, 16, a.name, "round")]),
                                           P(f"诊断单位（盖章）：{a.name}", st.right),
                                           P(cn_date(dp.diagnosed_on, pad), st.right)])]
    return story


RENDERERS.update({"subcontract": subcontract, "meeting_record": meeting_record, "diagnosis_report": diagnosis_report,
                  "meeting_sign_in": meeting_sign_in, "meeting_notice": meeting_notice})


# ---- workbook --------------------------------------------------------------------------------

SUPPLIER_HEADERS = ["序号", "供应商名称", "统一社会信用代码", "分包合同编号", "分包合同名称", "分包金额（万元）", "签订日期"]
MEETING_HEADERS = ["序号", "会议名称", "日期", "地点", "参会天津企业数量"]
DIAGNOSIS_HEADERS = ["序号", "客户名称", "统一社会信用代码", "诊断日期", "诊断报告名称"]


def _xl_date(d: date, as_text: bool):
    import datetime as dt
    return f"{d.year}年{d.month}月{d.day}日" if as_text else dt.datetime(d.year, d.month, d.day)


def build_assessment_workbook(plan: AssessmentPlan, rng: random.Random) -> bytes:
    from tools.samplegen.workbook import build_workbook

    wb = openpyxl.load_workbook(io.BytesIO(build_workbook(plan, rng)))
    ws = wb["申报单位"]
    row = ws.max_row + 1
    ws.cell(row=row, column=1, value="阶段")
    ws.cell(row=row, column=2, value="考核")
    wb["服务用户清单"]["A1"] = "服务用户清单（考核周期2024年）"
    wb["标准草案"]["A1"] = "标准草案清单（考核周期内形成）"

    def sheet(name: str, title: str, headers: list[str], rows: list[list]) -> None:
        s = wb.create_sheet(name)
        _title(s, title, len(headers))
        _header(s, headers)
        for r, values in enumerate(rows, 3):
            for col, v in enumerate(values, 1):
                cell = s.cell(row=r, column=col, value=v)
                if not isinstance(v, str) and hasattr(v, "year"):
                    cell.number_format = "yyyy-mm-dd"
        s.column_dimensions["B"].width = 40

    sheet("本地配套供应商", "本地配套供应商（考核周期2024年）", SUPPLIER_HEADERS,
          [[s.seq, s.company.name, s.company.uscc, s.contract_no, s.contract_name, _num(wan(s.amount)),
            _xl_date(s.signed_on, rng.random() < 0.3)] for s in plan.suppliers])
    sheet("经验交流会", "经验交流会（考核周期2024年）", MEETING_HEADERS,
          [[m.seq, m.name, _xl_date(m.held_on, rng.random() < 0.3), m.place, m.declared_tianjin] for m in plan.meetings])
    sheet("免费诊断", "免费诊断（考核周期2024年）", DIAGNOSIS_HEADERS,
          [[d.seq, d.customer.name, d.customer.uscc, _xl_date(d.diagnosed_on, rng.random() < 0.3), d.report_name]
           for d in plan.diagnoses])
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


# ---- ground truth ----------------------------------------------------------------------------


def _gap(kind: str, requirement: str, contract_no: str | None = None, customer: str | None = None,
         **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "contract_no": contract_no, "customer": customer, "requirement": requirement, **extra}


def _tianjin_row(shown: str) -> bool:
    """What the sign-in row shows: a valid credit code in 12xxxx, or an address in 天津市."""
    if validate_uscc(shown):
        return uscc_region(shown).startswith("12")
    return is_tianjin_address(shown)


def compute_assessment_truth(plan: AssessmentPlan) -> dict[str, Any]:
    gaps: list[dict[str, Any]] = []
    # customer contracts: the support rules, with the assessment period for acceptance dates
    by_hash: dict[str, list] = {}
    for d in plan.documents:
        if d.rendering != "corrupt":
            by_hash.setdefault(d.sha256, []).append(d)
    dup = {d.contract_no for g in by_hash.values() if len(g) > 1 for d in g if d.contract_no}
    verified = []
    for c in plan.contracts:
        kinds = [k for k in rules.contract_gap_kinds(plan, c, dup) if k != "date_out_of_period"]
        acc = [d.fields["date"] for d in plan.documents
               if d.contract_no == c.no and d.doc_type == "acceptance_report" and d.fields.get("date")]
        if not acc and not any(d.contract_no == c.no and d.doc_type == "acceptance_report" for d in plan.documents):
            acc = [c.accepted_on]
        if any(not (PERIOD_START <= x <= PERIOD_END) for x in acc):
            kinds.append("date_out_of_period")
        kinds = [k for k in rules.CONTRACT_KINDS_ORDER if k in kinds]
        gaps += [_gap(k, REQUIREMENT_OF[rules.GAP_REQUIREMENT[k]], c.no, c.customer.name) for k in kinds]
        if not set(kinds) - rules.NON_BLOCKING_CONTRACT_KINDS:
            verified.append(c)
    for d in plan.documents:
        if d.rendering == "corrupt":
            gaps.append(_gap("unreadable_document", "A-customers", file=d.path))
    standards_ok = 0
    for s in plan.standards:
        if s.has_document:
            standards_ok += 1
        else:
            gaps.append(_gap("missing_standard_document", "A-standards", standard=s.name))

    # local suppliers
    local: set[str] = set()
    applicant = plan.applicant
    for s in plan.suppliers:
        item = []
        if not validate_uscc(s.company.uscc):
            item.append("invalid_uscc")
        elif not rules.is_tianjin(s.company.address, s.company.uscc):
            item.append("subcontractor_not_tianjin")
        if not s.has_document:
            item.append("missing_subcontract")
        elif not (PERIOD_START <= s.signed_on <= PERIOD_END):
            item.append("date_out_of_period")
        gaps += [_gap(k, "A-local-suppliers", s.contract_no, None, supplier=s.company.name) for k in item]
        if not item:
            local.add(s.company.uscc)

    # meetings
    good_meetings: set[str] = set()
    for m in plan.meetings:
        item = []
        if not m.has_document:
            item.append("missing_meeting_record")
        else:
            if not (PERIOD_START <= m.held_on <= PERIOD_END):
                item.append("date_out_of_period")
            n_tj = len({c.uscc for c, shown in m.attendees if c.name != applicant.name and _tianjin_row(shown)})
            if n_tj < MIN_TIANJIN_ATTENDEES:
                item.append("meeting_attendance_below_threshold")
        gaps += [_gap(k, "A-meetings", meeting=m.name) for k in item]
        if not item:
            good_meetings.add(m.name)

    # diagnoses
    diagnosed: set[str] = set()
    for d in plan.diagnoses:
        item = []
        if not d.has_document:
            item.append("missing_diagnosis_report")
        else:
            if not d.solutions:
                item.append("diagnosis_without_solution")
            if not (PERIOD_START <= d.diagnosed_on <= PERIOD_END):
                item.append("date_out_of_period")
        gaps += [_gap(k, "A-diagnoses", None, d.customer.name) for k in item]
        if not item:
            diagnosed.add(d.customer.uscc)

    customers = {c.customer.uscc: c.customer for c in verified}
    total = sum((c.amount for c in verified), Decimal(0))
    tianjin_customers = {c.customer.uscc for c in verified
                         if c.declared_tianjin and rules.is_tianjin(c.customer.address, c.customer.uscc)}
    smes = [cu for cu in customers.values() if not is_large(cu.employees, cu.revenue_wan)]
    for kind, req, bad in (
            ("local_supplier_count_below_threshold", "A-local-suppliers", len(local) < MIN_LOCAL_SUPPLIERS),
            ("meeting_count_below_threshold", "A-meetings", len(good_meetings) < MIN_MEETINGS),
            ("diagnosis_count_below_threshold", "A-diagnoses", len(diagnosed) < MIN_DIAGNOSES),
            ("customer_count_below_threshold", "A-customers", len(customers) < MIN_CUSTOMERS),
            ("total_below_threshold", "A-customers", total < MIN_TOTAL_YUAN),
            ("tianjin_customer_count_below_threshold", "A-customers", len(tianjin_customers) < MIN_TIANJIN_CUSTOMERS),
            ("standards_below_threshold", "A-standards", standards_ok < MIN_STANDARDS),
            ("sme_count_below_threshold", "A-sme", len(smes) < MIN_SME_CUSTOMERS),
            ("applicant_not_tianjin", "E-tianjin", not rules.is_tianjin(applicant.address, applicant.uscc))):
        if bad:
            gaps.append(_gap(kind, req))
    failing = {g["requirement"] for g in gaps if g["kind"] in DECIDING_KINDS}
    requirements = {r: ("not_met" if r in failing else "met") for r in REQUIREMENTS}
    return {
        "gaps": gaps,
        "requirements": requirements,
        "assessment_passed": all(v == "met" for v in requirements.values()),
        "verified_contracts": [c.no for c in verified],
        "accepted_total_yuan": f"{total:.2f}",
        "verified_customer_count": len(customers),
        "verified_tianjin_customer_count": len(tianjin_customers),
        "verified_sme_customer_count": len(smes),
        "standards_with_document": standards_ok,
        "verified_local_suppliers": len(local),
        "qualifying_meetings": len(good_meetings),
        "diagnosed_customers_with_solution": len(diagnosed),
    }


# ---- writing ---------------------------------------------------------------------------------


def write_assessment_submission(plan: AssessmentPlan, out_dir: Path) -> dict[str, Any]:
    out_dir = Path(out_dir)
    sub_dir = out_dir / "submission"
    if sub_dir.exists():
        shutil.rmtree(sub_dir)
    sub_dir.mkdir(parents=True)
    rng = random.Random(f"write:{plan.name}:{plan.seed}")
    (sub_dir / "申报信息.xlsx").write_bytes(build_assessment_workbook(plan, rng))
    namer = _Namer(rng)
    for idx, d in enumerate(plan.documents):
        data = _render_one(d, plan, idx)
        d.path = namer.name(d.fmt, d.rendering)
        d.sha256 = hashlib.sha256(data).hexdigest()
        target = sub_dir / d.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        if not d.note:
            d.note = _doc_note(d)
    truth = compute_assessment_truth(plan)
    a = plan.applicant
    gt = {
        "submission": plan.name,
        "seed": plan.seed,
        "phase": "考核",
        "description": plan.description,
        "applicant": {"name": a.name, "uscc": a.uscc, "address": a.address},
        "award_tier_wan": None,
        "assessment_passed": truth["assessment_passed"],
        "accepted_total_yuan": truth["accepted_total_yuan"],
        "requirements": truth["requirements"],
        "gaps": truth["gaps"],
        **{k: truth[k] for k in ("verified_contracts", "verified_customer_count", "verified_tianjin_customer_count",
                                 "verified_sme_customer_count", "standards_with_document", "verified_local_suppliers",
                                 "qualifying_meetings", "diagnosed_customers_with_solution")},
        "declaration": "申报信息.xlsx",
        "contracts": [{"seq": c.seq, "contract_no": c.no, "customer": c.customer.name,
                       "customer_uscc": c.customer.uscc, "amount_yuan": f"{c.amount:.2f}",
                       "planted": c.planted} for c in plan.contracts],
        "standards": [{"name": s.name, "has_document": s.has_document} for s in plan.standards],
        "suppliers": [{"seq": s.seq, "supplier": s.company.name, "uscc": s.company.uscc, "contract_no": s.contract_no,
                       "amount_yuan": f"{s.amount:.2f}", "has_document": s.has_document, "planted": s.planted}
                      for s in plan.suppliers],
        "meetings": [{"seq": m.seq, "meeting": m.name, "date": m.held_on.isoformat(),
                      "declared_tianjin_attendees": m.declared_tianjin,
                      "tianjin_attendees": sum(1 for c, _ in m.attendees if c.province == "天津"),
                      "attendees": len(m.attendees), "has_document": m.has_document, "planted": m.planted}
                     for m in plan.meetings],
        "diagnoses": [{"seq": d.seq, "customer": d.customer.name, "uscc": d.customer.uscc,
                       "date": d.diagnosed_on.isoformat(), "has_solution": bool(d.solutions),
                       "has_document": d.has_document, "planted": d.planted} for d in plan.diagnoses],
        "documents": [{
            "path": d.path, "doc_type": d.doc_type, "rendering": d.rendering, "contract_no": d.contract_no,
            "fields": {k: _json_value(v) for k, v in d.fields.items()},
            "sha256": d.sha256, "note": d.note,
        } for d in plan.documents],
    }
    (out_dir / "ground_truth.json").write_text(json.dumps(gt, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return gt


ASSESSMENT_SEEDS = {"assessment_pass": 20241, "assessment_fail": 20242}


def generate_assessment(spec: AssessmentSpec, out_dir: Path | str, seed: int) -> Path:
    plan = plan_assessment(spec, seed)
    write_assessment_submission(plan, Path(out_dir))
    return Path(out_dir)


def generate_assessment_preset(out_root: Path | str, seed: int | None = None) -> list[Path]:
    out_root = Path(out_root)
    made = [generate_assessment(spec, out_root / spec.name, ASSESSMENT_SEEDS[spec.name] if seed is None else seed)
            for spec in preset_specs()]
    update_readme(out_root)
    return made


# ---- README section --------------------------------------------------------------------------

README_BEGIN = "<!-- assessment-bundles:begin -->"
README_END = "<!-- assessment-bundles:end -->"

README_INTRO = """## Assessment cycle (考核周期 2024) bundles

`assessment_pass` and `assessment_fail` are submissions for the assessment cycle
(2024-01-01..2024-12-31, catalog `pipeline/catalogs/assessment_2024.json`), regenerated with

    python -m tools.samplegen --preset assessment --out sample_evidence

Their workbook's `申报单位` sheet has the row `阶段 = 考核`, the support sheets (`服务用户清单` with
contracts accepted in 2024, `标准草案`) and three more: `本地配套供应商` (序号, 供应商名称, 统一社会信用代码,
分包合同编号, 分包合同名称, 分包金额（万元）, 签订日期), `经验交流会` (序号, 会议名称, 日期, 地点, 参会天津企业数量)
and `免费诊断` (序号, 客户名称, 统一社会信用代码, 诊断日期, 诊断报告名称). Extra document kinds:

| doc_type | what it is | ground-truth `fields` |
|---|---|---|
| `subcontract` | 分包合同: the applicant as 甲方（总包方）, the supplier as 乙方（分包方）, one page | `contract_no` 分包合同编号, `amount_yuan` 分包金额, `date` 签订日期, `customer` 甲方 (= the applicant) |
| `meeting_record` | 会议纪要 with the 参会单位签到表 (单位名称 + 统一社会信用代码 or address per row; the host may sign in too); in text layers also minutes whose sheet is a separate `…签到表` file, 会议通知 (no sheet), sheets over two pages and in other column orders (code first, 已签到 column, phone column) | `date` 会议时间, `title` 会议名称 (from the title line when there is no 会议名称 label) |
| `diagnosis_report` | 免费诊断报告 for one enterprise: 企业现状, 主要问题, and a solution section (解决方案/改进建议/实施方案/对策与建议 …; absent when planted), the diagnosed firm labelled 诊断对象/受诊断单位/被诊断企业/客户名称/服务对象, one page | `date` 诊断日期, `customer` the diagnosed firm, `title` 报告名称 |

Ground truth adds `phase` (`考核`), `assessment_passed` (`award_tier_wan` is null), requirements
`E-tianjin`, `A-local-suppliers`, `A-meetings`, `A-diagnoses`, `A-customers`, `A-standards`,
`A-sme`, the counts `verified_local_suppliers`, `qualifying_meetings`,
`diagnosed_customers_with_solution`, `verified_customer_count`, `verified_tianjin_customer_count`,
`verified_sme_customer_count`, and the declared `suppliers`, `meetings` (with the Tianjin
attendees really on the sheet vs the declared number) and `diagnoses`. Gaps name their subject:
`contract_no` (contracts and subcontracts), `supplier`, `meeting` (the 会议名称) or `customer`
(diagnosed firms).

Rules (in `tools/samplegen/assessment.py`, the checker's in `pipeline/requirements/assessment.py`): contract
gaps as in the support cycle with the 2024 period, reported under `A-customers`;
`A-local-suppliers` — per supplier subcontractor_not_tianjin (credit code not 12xxxx or address
not 天津市), missing_subcontract, date_out_of_period, party_mismatch / amount_mismatch (甲方 ≠
applicant, 乙方 ≠ supplier, amount off by > 0.5 %); local_supplier_count_below_threshold when
fewer than 2 distinct suppliers have none of these. `A-meetings` — missing_meeting_record,
date_out_of_period, meeting_attendance_below_threshold (fewer than 10 distinct Tianjin
enterprises, the host excluded, counted from the sign-in sheet: code region 12xxxx or a 天津市
address); meeting_count_below_threshold when fewer than 10 meetings pass. `A-diagnoses` —
missing_diagnosis_report, diagnosis_without_solution, date_out_of_period;
diagnosis_count_below_threshold when fewer than 30 distinct customers pass. `A-customers` —
customer_count_below_threshold (< 6), total_below_threshold (< 15,000,000),
tianjin_customer_count_below_threshold (< 2 verified customers declared and really in Tianjin).
`A-standards` (≥ 3) and `A-sme` (≥ 5) as in the support cycle. A requirement is `not_met` only
through its count gap (or applicant_not_tianjin for E-tianjin); `assessment_passed` is true when
all seven are met.
"""


def render_assessment_readme(gts: list[dict[str, Any]]) -> str:
    parts = [README_INTRO]
    for gt in gts:
        parts.append(f"\n### {gt['submission']}\n\n{gt['description']}\n\n")
        parts.append(f"Applicant {gt['applicant']['name']} ({gt['applicant']['uscc']}); "
                     f"assessment_passed {str(gt['assessment_passed']).lower()}; verified total "
                     f"¥{gt['accepted_total_yuan']}; local suppliers {gt['verified_local_suppliers']}, meetings "
                     f"{gt['qualifying_meetings']}, diagnoses {gt['diagnosed_customers_with_solution']}; "
                     f"{len(gt['documents'])} files + 申报信息.xlsx.\n")
        if gt["gaps"]:
            parts.append("\nGaps:\n")
            for g in gt["gaps"]:
                who = " — ".join(x for x in (g.get("contract_no"), g.get("supplier"), g.get("meeting"),
                                             g.get("customer"), g.get("standard"), g.get("file")) if x)
                parts.append(f"- `{g['kind']}` ({g['requirement']})" + (f" — {who}" if who else "") + "\n")
        else:
            parts.append("\nGaps: none.\n")
        parts.append("\n| file | doc_type | rendering | contract | what it tests |\n|---|---|---|---|---|\n")
        order = {"contract": 0, "acceptance_report": 0, "payment_proof": 0, "procurement_proof": 0,
                 "standard_draft": 1, "subcontract": 2, "meeting_record": 3, "diagnosis_report": 4, "other": 5}
        for d in sorted(gt["documents"], key=lambda d: (order[d["doc_type"]], d["contract_no"] or "~",
                                                        d["doc_type"], d["path"])):
            parts.append(f"| `{d['path']}` | {d['doc_type']} | {d['rendering']} | {d['contract_no'] or ''} "
                         f"| {d['note']} |\n")
    return "".join(parts)


def update_readme(root: Path | str) -> Path | None:
    """Put (or replace) the assessment section in root/README.md, from the bundles found there."""
    root = Path(root)
    gts = [json.loads((root / name / "ground_truth.json").read_text(encoding="utf-8"))
           for name in ASSESSMENT_SEEDS if (root / name / "ground_truth.json").exists()]
    if not gts:
        return None
    path = root / "README.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    section = f"{README_BEGIN}\n{render_assessment_readme(gts)}{README_END}\n"
    if README_BEGIN in text and README_END in text:
        head, rest = text.split(README_BEGIN, 1)
        text = head + section + rest.split(README_END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")
    return path
