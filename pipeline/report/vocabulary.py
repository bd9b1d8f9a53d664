"""The Chinese vocabulary of every output: labels of kinds, fields, gap kinds, statuses and
methods, and how money, dates and measures are written. report.json keeps codes; people read
these (HTML, gaps.csv, summary.xlsx, the terminal)."""

from __future__ import annotations

import html
import re
from typing import Any, Mapping

EVIDENCE_KINDS = ("contract", "acceptance_report", "payment_proof", "procurement_proof")
KIND_LABELS = {
    "contract": "合同", "acceptance_report": "验收报告", "payment_proof": "付款证明",
    "procurement_proof": "采购证明", "standard_draft": "标准草案", "subcontract": "分包合同",
    "meeting_record": "会议记录", "diagnosis_report": "诊断报告", "other": "其他",
}
FIELD_LABELS = {
    "contract_no": "合同编号", "amount_yuan": "金额", "date": "日期", "customer": "客户（甲方）",
    "payer": "付款人", "payee": "收款人", "result": "验收结论", "supplier": "供应商（乙方）",
    "customer_address": "客户地址", "payer_address": "付款人地址", "title": "标题",
    "amount_upper": "金额（大写）", "signed_on": "签订日期", "uscc": "统一社会信用代码",
    "customer_uscc": "客户信用代码", "supplier_uscc": "供应商信用代码", "supplier_address": "供应商地址",
    "payer_account": "付款账号", "payee_account": "收款账号", "payer_uscc": "付款人信用代码",
    "payee_uscc": "收款人信用代码", "payee_address": "收款人地址", "solution": "解决方案章节",
    "project_no": "项目编号", "bank_serial": "回单编号/流水号",
}
# keys of a requirement's measured / threshold values, and of the catalog parameters they come from
MEASURE_LABELS = {
    "uscc": "统一社会信用代码", "address": "注册地址", "customers": "服务用户",
    "total_yuan": "验收合同总额", "tianjin_customers": "天津企业用户",
    "min": "最少数量", "min_yuan": "最低金额", "min_tianjin": "最少天津企业用户",
    "min_attendees": "每场最少参会天津企业", "solution_headings": "解决方案章节标题",
    "total_gap_kind": "总额不足时的缺口类型", "tianjin_gap_kind": "天津企业不足时的缺口类型",
}
MEASURE_UNITS = {"customers": "家", "tianjin_customers": "家"}
METHOD_LABELS = {"text_layer": "文本层", "ocr:tesseract": "OCR（tesseract）", "ocr:rapidocr": "OCR（RapidOCR）",
                 "workbook": "申报表"}
GAP_KIND_LABELS = {
    "missing_acceptance_report": "缺验收报告", "missing_payment_proof": "缺付款证明",
    "missing_procurement_proof": "缺采购证明", "amount_mismatch": "金额不一致",
    "date_out_of_period": "日期不在周期内", "acceptance_not_passed": "验收未合格",
    "party_mismatch": "当事方不一致", "duplicate_evidence": "重复证据",
    "unreadable_document": "文件无法读取", "invalid_uscc": "信用代码无效",
    "not_tianjin": "非天津企业", "sme_misclassified": "中小企业划型有误",
    "missing_standard_document": "缺标准草案文件", "customer_count_below_threshold": "服务用户数不足",
    "total_below_threshold": "合同总额不足", "sme_count_below_threshold": "中小企业客户不足",
    "standards_below_threshold": "标准草案不足", "applicant_not_tianjin": "申报单位非天津",
    "missing_subcontract": "缺分包合同", "subcontractor_not_tianjin": "配套供应商非天津",
    "missing_meeting_record": "缺会议记录", "meeting_attendance_below_threshold": "参会天津企业不足",
    "missing_diagnosis_report": "缺诊断报告", "diagnosis_without_solution": "诊断无解决方案",
    "local_supplier_count_below_threshold": "本地配套供应商不足", "meeting_count_below_threshold": "交流会场次不足",
    "diagnosis_count_below_threshold": "免费诊断客户不足", "tianjin_customer_count_below_threshold": "天津客户不足",
    "evidence_reused": "证据跨申报重复使用",
}
REQ_STATUS = {"met": ("满足", "ok"), "not_met": ("不满足", "bad"), "unverifiable": ("待复核", "warn")}
# a requirement that only reviewer decisions make met (decisions.apply_decisions)
MANUAL_MET = ("人工认定满足（需复核）", "warn")
CONTRACT_STATUS = {"verified": ("已核实", "ok"), "not_verified": ("未核实", "bad"),
                   "needs_review": ("待复核", "warn")}
SEVERITY = {3: "高", 2: "中", 1: "低"}
# the party a reviewer wants to see first, per evidence kind
PARTY_FIELDS = {"contract": ("customer",), "acceptance_report": ("customer",),
                "procurement_proof": ("customer",), "payment_proof": ("payer", "payee")}

_YUAN = re.compile(r"^-?\d+\.\d{2}$")


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def fmt_yuan(text: Any) -> str:
    try:
        return f"{float(text):,.2f} 元"
    except (TypeError, ValueError):
        return esc(text)


def fmt_wan(text: Any) -> str:
    try:
        return f"{float(text) / 10000:,.2f} 万元"
    except (TypeError, ValueError):
        return "—"


def fmt_value(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if name.startswith("amount") and isinstance(value, str) and _YUAN.match(value):
        return fmt_yuan(value)
    if name == "result":
        return {"passed": "合格", "failed": "不合格"}.get(value, str(value))
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def method_label(method: Any) -> str:
    return METHOD_LABELS.get(str(method), "" if method is None else str(method))


def fmt_measure(value: Any, key: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return "；".join(f"{MEASURE_LABELS.get(k, k)}：{fmt_measure(v, k)}" for k, v in value.items())
    if isinstance(value, str) and _YUAN.match(value):
        return fmt_wan(value)
    unit = MEASURE_UNITS.get(key or "")
    return f"{value} {unit}" if unit else str(value)


def fmt_measure_pair(measured: Any, threshold: Any) -> str:
    """「核实值 / 要求值」, key by key when both are dicts (A-customers: users, total, Tianjin users)."""
    if isinstance(measured, dict) and isinstance(threshold, dict):
        keys = [*measured, *(k for k in threshold if k not in measured)]
        return "；".join(f"{MEASURE_LABELS.get(k, k)} {fmt_measure(measured.get(k), k) or '—'} / "
                        f"{fmt_measure(threshold.get(k), k) or '—'}" for k in keys)
    shown = fmt_measure(measured)
    if threshold not in (None, ""):
        return f"{shown or '—'} / {fmt_measure(threshold)}"
    return shown


def requirement_status(requirement: Mapping[str, Any]) -> tuple[str, str]:
    """(Chinese label, css class) of a requirement's status, decisions included."""
    if requirement.get("review_outcome") == "met":
        return MANUAL_MET
    return REQ_STATUS.get(requirement["status"], (requirement["status"], "none"))


def gap_kind_label(kind: str) -> str:
    return GAP_KIND_LABELS.get(kind, kind)


def gap_kind_code(text: str) -> str:
    """A gap kind given as its code or its Chinese label (金额不一致 → amount_mismatch)."""
    if text in GAP_KIND_LABELS:
        return text
    by_label = {label: code for code, label in GAP_KIND_LABELS.items()}
    return by_label.get(text.strip(), text)
