"""`jinzheng explain`: the evidence chain of one declared contract, as text for a terminal.

declared row -> documents (why linked) -> pages -> values with provenance (file p.N box,
raw text, method, confidence, checks) -> checks and gaps (with reviewer decisions).
For the assessment cycle the subject may also be a declared item: a local supplier (or its
subcontract number), a meeting, a diagnosed customer or a standard.
Works on a report dict, so it explains exactly what report.json says.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from pipeline.report.items import STATUS_LABELS as ITEM_STATUS, Item, find_items, report_items
from pipeline.report.decisions import gap_counts
from pipeline.errors import JinzhengError
from pipeline.report.html import extra_credit_codes, low_confidence, review_threshold
from pipeline.report.vocabulary import CONTRACT_STATUS, EVIDENCE_KINDS, FIELD_LABELS, GAP_KIND_LABELS, KIND_LABELS, fmt_value, fmt_yuan, method_label

_STATUS = {"confirmed": "确认", "needs_review": "待复核"}


def _norm(text: str) -> str:
    return re.sub(r"\s", "", text or "").upper()


def find_contract(report: Mapping[str, Any], contract_no: str) -> Mapping[str, Any]:
    contracts = report.get("contracts", [])
    for c in contracts:
        if c["contract_no"] == contract_no:
            return c
    matches = [c for c in contracts if _norm(c["contract_no"]) == _norm(contract_no)]
    if len(matches) == 1:
        return matches[0]
    known = "、".join(c["contract_no"] for c in contracts) or "（无）"
    raise JinzhengError(f"申报材料中没有合同编号「{contract_no}」。已申报的合同：{known}")


def _yes_no(value: Any) -> str:
    return "—" if value is None else ("是" if value else "否")


def _box(box: Any) -> str:
    if not box:
        return "无位置"
    return "box(" + ",".join(f"{float(v):.3f}" for v in box) + ")"


def _provenance_line(name: str, prov: Mapping[str, Any], threshold: float) -> list[str]:
    label = FIELD_LABELS.get(name, name)
    head = (f"{label} = {fmt_value(name, prov.get('value'))}   ← {prov.get('file')} p.{prov.get('page')} "
            f"{_box(prov.get('box'))}  原文「{prov.get('text', '')}」  {method_label(prov.get('method'))}  "
            f"置信度 {prov.get('confidence', '')}")
    if low_confidence(prov, threshold):
        head += "（偏低）"
    lines = [head]
    if prov.get("checks"):
        lines.append("    校验：" + "；".join(prov["checks"]))
    if prov.get("review_reason"):
        lines.append("    需复核：" + prov["review_reason"])
    return lines


def _gap_lines(gap: Mapping[str, Any]) -> list[str]:
    decision = gap.get("decision")
    counted = gap_counts(gap)
    mark = ("✗" if gap["status"] == "confirmed" else "?") if counted else "–"
    lines = [f"  {mark} [{_STATUS.get(gap['status'], gap['status'])}] "
             f"{GAP_KIND_LABELS.get(gap['kind'], gap['kind'])}（{gap['kind']}，要求 {gap['requirement']}）"
             f"{'' if counted else '（已驳回，不计入）'}",
             f"      {gap['message']}"]
    if gap.get("review_reason"):
        lines.append(f"      复核原因：{gap['review_reason']}")
    if gap.get("documents"):
        lines.append("      涉及文件：" + "、".join(gap["documents"]))
    if decision:
        lines.append(f"      复核决定：{decision.get('label')} —— {decision.get('reviewer')} "
                     f"{decision.get('decided_at')}，理由：{decision.get('reason')}")
        if decision.get("changed_files"):
            lines.append("      决定后已变更：" + "、".join(decision["changed_files"]))
    return lines


def _document_lines(doc: Mapping[str, Any], threshold: float) -> list[str]:
    """A document's reading, then its values page by page, each with its provenance."""
    meta = [f"识别为{KIND_LABELS.get(doc.get('doc_type'), doc.get('doc_type', '?'))}"
            + (f"（置信度 {doc['doc_type_confidence']:.2f}）" if doc.get("doc_type_confidence") is not None else ""),
            f"共 {doc.get('pages', '?')} 页",
            "读取方式 " + "、".join(method_label(m) for m in doc.get("methods", []) or ["—"]),
            f"sha256 {doc.get('sha256', '')[:16]}…"]
    out = ["      " + "；".join(meta)]
    for issue in doc.get("errors", []):
        out.append(f"      ！{issue.get('message')}" + (f"（{issue['advice']}）" if issue.get("advice") else ""))
    provs = [(n, p) for n, p in doc.get("provenance", {}).items()]
    provs += [("uscc", p) for p in extra_credit_codes(doc)]
    by_page: dict[int, list] = {}
    for name, prov in provs:
        by_page.setdefault(int(prov.get("page") or 0), []).append((name, prov))
    if not by_page:
        out.append("      未提取到任何数值")
    for page in sorted(by_page):
        out.append(f"      第 {page} 页" if page else "      申报表")
        for name, prov in by_page[page]:
            out.extend("        " + line for line in _provenance_line(name, prov, threshold))
    return out


def explain(report: Mapping[str, Any], subject: str) -> str:
    """The chain for a declared contract, else for declared assessment items matching `subject`."""
    try:
        return explain_contract(report, subject)
    except JinzhengError as not_a_contract:
        items = find_items(report, subject)
        if not items:
            labels = [i.label for items in report_items(report).values() for i in items]
            if not labels:
                raise
            shown = "、".join(labels[:12]) + ("等" if len(labels) > 12 else "")
            raise JinzhengError(f"{not_a_contract}\n也没有名为「{subject}」的考核事项。已申报的事项：{shown}") \
                from None
        return "\n".join(explain_item(report, item) for item in items)


def explain_item(report: Mapping[str, Any], item: Item) -> str:
    """One assessment item: declared -> its document -> pages -> values -> checks and gaps."""
    requirement = next((r for r in report.get("requirements", []) if r["id"] == item.requirement), {})
    docs = {d["path"]: d for d in report.get("documents", [])}
    label = ITEM_STATUS.get(item.counted_status, (item.counted_status,))[0]
    out = [f"考核事项「{item.label}」 —— {item.requirement} {requirement.get('title', '')}",
           "",
           "一、申报信息" + (f"（{report['declaration_source']}）" if report.get("declaration_source") else ""),
           f"  申报事项：{item.label}",
           f"  核验结论：{label}" + (f"（复核前：{ITEM_STATUS.get(item.status, ('',))[0]}）"
                                  if item.status != item.counted_status else ""),
           "",
           "二、证据文件"]
    if item.document:
        doc = docs.get(item.document, {})
        out.append(f"  [{KIND_LABELS.get(doc.get('doc_type'), doc.get('doc_type', '?'))}] {item.document}")
        out.extend(_document_lines(doc, review_threshold(report)))
    else:
        out.append("  未找到文件")
    out += ["", "三、检查与缺口"]
    if not item.gaps:
        out.append("  ✓ 未发现缺口：符合要求")
    for gap in item.gaps:
        out.extend(_gap_lines(gap))
    return "\n".join(out) + "\n"


def explain_contract(report: Mapping[str, Any], contract_no: str) -> str:
    c = find_contract(report, contract_no)
    docs = {d["path"]: d for d in report.get("documents", [])}
    status = CONTRACT_STATUS.get(c["status"], (c["status"],))[0]
    out = [f"合同 {c['contract_no']} —— {c['customer']}",
           "",
           "一、申报信息" + (f"（{report['declaration_source']}）" if report.get("declaration_source") else ""),
           f"  客户：{c['customer']}（统一社会信用代码 {c.get('customer_uscc') or '—'}）",
           f"  申报金额：{fmt_yuan(c.get('declared_amount_yuan'))}；签订日期 {c.get('signed_on') or '—'}；"
           f"验收日期 {c.get('accepted_on') or '—'}",
           f"  申报为中小企业：{_yes_no(c.get('declared_sme'))}（按划型标准：{_yes_no(c.get('sme_by_rule'))}）；"
           f"申报为天津企业：{_yes_no(c.get('declared_tianjin'))}",
           f"  核实状态：{status}" + (f"（复核前：{CONTRACT_STATUS.get(c['status_before_review'], ('',))[0]}）"
                                    if c.get("status_before_review") else ""),
           "",
           "二、证据文件"]
    evidence = c.get("evidence", {})
    for kind in EVIDENCE_KINDS:
        paths = evidence.get(kind, [])
        if not paths:
            out.append(f"  [{KIND_LABELS[kind]}] 未提供")
            continue
        for path in paths:
            reason = c.get("link_reasons", {}).get(path, "")
            out.append(f"  [{KIND_LABELS[kind]}] {path}" + (f"   关联依据：{reason}" if reason else ""))
            out.extend(_document_lines(docs.get(path, {}), review_threshold(report)))
    extra = [k for k in evidence if k not in EVIDENCE_KINDS]
    for kind in extra:
        for path in evidence[kind]:
            out.append(f"  [{KIND_LABELS.get(kind, kind)}] {path}")

    mine = set(p for paths in evidence.values() for p in paths)
    gaps = [g for g in report.get("gaps", []) if g.get("contract_no") == c["contract_no"]
            or (g.get("contract_no") is None and set(g.get("documents", [])) & mine)]
    out += ["", "三、检查与缺口"]
    if not gaps:
        out.append("  ✓ 未发现缺口：各项证据与申报一致")
    for gap in gaps:
        out.extend(_gap_lines(gap))
    return "\n".join(out) + "\n"
