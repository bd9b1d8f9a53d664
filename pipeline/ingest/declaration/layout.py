"""The declaration's layout: file names, sheet names and the columns each sheet holds."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.catalogs import schema_path


DECLARATION_WORKBOOK = "申报信息.xlsx"
DECLARATION_JSON = "declaration.json"
SCHEMA_PATH = schema_path("declaration.schema.json")

SHEET_APPLICANT = "申报单位"
SHEET_CONTRACTS = "服务用户清单"
SHEET_STANDARDS = "标准草案"
SHEET_SUPPLIERS = "本地配套供应商"
SHEET_MEETINGS = "经验交流会"
SHEET_DIAGNOSES = "免费诊断"

# the sections a catalog may need beyond 申报单位 and 服务用户清单 (always required), with their
# sheet and JSON key: a sheet that is not there is "not provided", never "none declared"
SECTION_SHEETS = {"standards": SHEET_STANDARDS, "suppliers": SHEET_SUPPLIERS,
                  "meetings": SHEET_MEETINGS, "diagnoses": SHEET_DIAGNOSES}

PHASE_SUPPORT = "申报"
PHASE_ASSESSMENT = "考核"


# ---- sheet layout -------------------------------------------------------------------------

TEXT, REQUIRED_TEXT, SEQ, USCC, AMOUNT, AMOUNT_WAN, DATE, FLAG, COUNT = (
    "text", "required_text", "seq", "uscc", "amount", "amount_wan", "date", "flag", "count")


@dataclass(frozen=True)
class Column:
    key: str          # field name in the model
    header: str       # as in the template
    kind: str
    required: bool = True           # the column must be present in the sheet
    aliases: tuple[str, ...] = ()   # other headers seen in real workbooks


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]


CONTRACT_SHEET = SheetSpec(SHEET_CONTRACTS, (
    Column("seq", "序号", SEQ, required=False, aliases=("编号",)),
    Column("customer", "用户名称", REQUIRED_TEXT, aliases=("客户名称", "用户单位名称", "服务用户名称")),
    Column("customer_uscc", "统一社会信用代码", USCC,
           aliases=("用户统一社会信用代码", "社会信用代码", "信用代码")),
    Column("contract_no", "合同编号", TEXT, aliases=("合同号",)),
    Column("contract_name", "合同名称", TEXT),
    Column("amount_yuan", "合同金额（万元）", AMOUNT, aliases=("合同金额", "合同额（万元）")),
    Column("signed_on", "签订日期", DATE, aliases=("合同签订日期", "签订时间", "签署日期")),
    Column("accepted_on", "验收日期", DATE, aliases=("验收时间", "项目验收日期")),
    Column("declared_sme", "是否中小企业", FLAG, aliases=("是否为中小企业",)),
    Column("employees", "从业人员", COUNT,
           aliases=("从业人员（人）", "从业人员数", "从业人数", "从业人员数量")),
    Column("revenue_wan", "营业收入（万元）", AMOUNT_WAN, aliases=("营业收入",)),
    Column("declared_tianjin", "是否天津企业", FLAG, aliases=("是否为天津企业", "是否天津市企业")),
))

STANDARD_SHEET = SheetSpec(SHEET_STANDARDS, (
    Column("seq", "序号", SEQ, required=False),
    Column("name", "标准名称", REQUIRED_TEXT),
    Column("category", "标准类别", TEXT, required=False, aliases=("标准类型", "类别")),
    Column("stage", "阶段", TEXT, required=False, aliases=("标准阶段", "所处阶段")),
))

SUPPLIER_SHEET = SheetSpec(SHEET_SUPPLIERS, (
    Column("seq", "序号", SEQ, required=False),
    Column("name", "供应商名称", REQUIRED_TEXT),
    Column("uscc", "统一社会信用代码", USCC, aliases=("社会信用代码", "信用代码")),
    Column("contract_no", "分包合同编号", TEXT),
    Column("contract_name", "分包合同名称", TEXT),
    Column("amount_yuan", "分包金额（万元）", AMOUNT, aliases=("分包合同金额（万元）", "分包金额")),
    Column("signed_on", "签订日期", DATE, aliases=("合同签订日期", "签订时间")),
))

MEETING_SHEET = SheetSpec(SHEET_MEETINGS, (
    Column("seq", "序号", SEQ, required=False),
    Column("name", "会议名称", REQUIRED_TEXT),
    Column("held_on", "日期", DATE, aliases=("会议日期", "召开日期", "举办日期")),
    Column("place", "地点", TEXT, aliases=("会议地点", "举办地点")),
    Column("declared_tianjin_attendees", "参会天津企业数量", COUNT,
           aliases=("参会天津企业数", "天津参会企业数量")),
))

DIAGNOSIS_SHEET = SheetSpec(SHEET_DIAGNOSES, (
    Column("seq", "序号", SEQ, required=False),
    Column("customer", "客户名称", REQUIRED_TEXT, aliases=("企业名称", "用户名称")),
    Column("uscc", "统一社会信用代码", USCC, aliases=("社会信用代码", "信用代码")),
    Column("diagnosed_on", "诊断日期", DATE, aliases=("诊断时间",)),
    Column("report_name", "诊断报告名称", TEXT, aliases=("报告名称",)),
))

# 申报单位: 项目 | 内容, one row per item
APPLICANT_ITEMS: dict[str, str] = {
    "单位名称": "name", "申报单位名称": "name", "申报单位": "name", "企业名称": "name",
    "统一社会信用代码": "uscc", "社会信用代码": "uscc",
    "注册地址": "address", "单位注册地址": "address",
    "申报方向": "direction",
    "服务行业": "industry",
    "阶段": "phase", "申报阶段": "phase",
}
APPLICANT_LABELS = {"name": "单位名称", "uscc": "统一社会信用代码", "address": "注册地址",
                     "direction": "申报方向", "industry": "服务行业", "phase": "阶段"}
APPLICANT_REQUIRED = ("name", "uscc", "address")
