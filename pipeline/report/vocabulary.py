"""The Chinese vocabulary of every output: labels of kinds, fields, gap kinds, statuses and
methods, and how money, dates and measures are written. report.json keeps codes; people read
these (HTML, gaps.csv, summary.xlsx, the terminal)."""

from __future__ import annotations

import html
import re
from typing import Any, Mapping

from pipeline.money import wan_figure, yuan_figure

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
    "seal_missing": "未见印章", "seal_party_mismatch": "印章与出具方不符",
}
SEAL_ROLE_LABELS = {"customer": "客户", "applicant": "申报单位", "bank": "银行", "other": "其他"}
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
    figure = yuan_figure(text)
    return esc(text) if figure is None else f"{figure} 元"


def fmt_wan(text: Any) -> str:
    figure = wan_figure(text)
    return "—" if figure is None else f"{figure} 万元"


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


def document_count_text(stats: Mapping[str, Any]) -> str:
    """「文档 56 份（新处理 53，缓存命中 1，与其他文件内容相同 1，拒收未打开 1；其中未能读取 2）」.

    The parts in the brackets add up to the whole, so no document goes unaccounted for: a copy
    of another file is read once, a refused zip member is never opened. 未能读取 is a share of
    them (a corrupt file is read, and fails, whether new or from the cache)."""
    total = int(stats.get("documents") or 0)
    parts = [f"新处理 {int(stats.get('processed') or 0)}", f"缓存命中 {int(stats.get('cache_hits') or 0)}"]
    if stats.get("duplicates"):
        parts.append(f"与其他文件内容相同 {int(stats['duplicates'])}")
    if stats.get("refused"):
        parts.append(f"拒收未打开 {int(stats['refused'])}")
    share = f"；其中未能读取 {int(stats['unreadable'])}" if stats.get("unreadable") else ""
    return f"文档 {total} 份（{'，'.join(parts)}{share}）"


# What each check counts, so a cell reads 「经核实的服务用户 0 家，要求不少于 8 家」, not 「0 / 8」:
# check -> (what is counted, unit). A dict measure (A-customers) is worded key by key.
COUNTED_BY_CHECK = {
    "verified_customer_count": ("经核实的服务用户", "家"),
    "verified_sme_customers": ("经核实的中小企业客户", "家"),
    "verified_tianjin_customers": ("经核实的天津企业用户", "家"),
    "standards_with_documents": ("有草案文件的标准草案", "项"),
    "local_suppliers": ("经核实的天津本地配套供应商", "家"),
    "meetings": ("符合要求的经验交流会", "场"),
    "diagnoses": ("提出解决方案的免费诊断客户", "家"),
}
COUNTED_BY_KEY = {"customers": ("服务用户", "家"), "tianjin_customers": ("天津企业用户", "家")}
NOT_APPLICABLE = "不适用"


def machine_contract_status(contract: Mapping[str, Any]) -> str:
    """A contract's status as the machine verified it (before any reviewer decision), the one
    the verified total, the counts and the tier rest on."""
    return contract.get("status_before_review") or contract["status"]


def _amount_or_count(value: Any, unit: str | None) -> str:
    if isinstance(value, str) and _YUAN.match(value):
        return fmt_wan(value)
    return f"{value} {unit}" if unit else str(value)


def requirement_measure_text(requirement: Mapping[str, Any], report: Mapping[str, Any]) -> str:
    """A requirement's 核实值 / 要求值 in words a reviewer reads without the catalog: what was
    counted, how many, and what the guide asks; 「不适用」 where nothing is counted."""
    check = requirement.get("check")
    measured, threshold = requirement.get("measured"), requirement.get("threshold")
    if check == "no_evidence_gaps":
        contracts = report.get("contracts", [])
        verified = sum(1 for c in contracts if machine_contract_status(c) == "verified")
        gaps = int(measured or 0)
        found = f"证据缺口 {gaps} 项，要求无缺口" if gaps else "无证据缺口"
        return f"核实通过的合同 {verified} 份（共 {len(contracts)} 份）；{found}"
    if check == "verified_total" and measured is not None:
        return f"经核实的验收合同总额 {fmt_wan(measured)}，要求不低于 {fmt_wan(threshold)}"
    if check in COUNTED_BY_CHECK and measured is not None:
        what, unit = COUNTED_BY_CHECK[check]
        need = f"，要求不少于 {threshold} {unit}" if threshold not in (None, "") else ""
        return f"{what} {measured} {unit}{need}"
    if isinstance(measured, dict) and isinstance(threshold, dict):
        parts = []
        for key, value in measured.items():
            what, unit = COUNTED_BY_KEY.get(key, (MEASURE_LABELS.get(key, key), MEASURE_UNITS.get(key)))
            need = threshold.get(key)
            verb = "不低于" if isinstance(need, str) and _YUAN.match(need) else "不少于"
            parts.append(f"{what} {_amount_or_count(value, unit)}"
                         + (f"（要求{verb} {_amount_or_count(need, unit)}）" if need is not None else ""))
        return "；".join(parts)
    if measured in (None, "", {}) and threshold in (None, ""):
        return NOT_APPLICABLE
    if threshold in (None, ""):
        return fmt_measure(measured)
    return f"核实值 {fmt_measure(measured) or '—'}；要求值 {fmt_measure(threshold)}"
