"""summary.xlsx for `jinzheng verify-batch`: one workbook over every submission of an inbox.

Sheets (Chinese headers, plain cells, no formulas, no conditional formats, so Excel and WPS
open it cleanly): 「申报汇总」 one row per submission (a column per requirement, headed by its
id and title; 报告 a hyperlink to its report.html, relative to the workbook so the folder can
be moved); 「缺口明细」 every gap, most serious first, with reviewer decisions; 「待复核文档」
documents a person must look at (unreadable files, values or credit codes failing their
checks or read with low confidence, uncertain or unrecognised document types). Every sheet
has its header frozen, an autofilter over its data and column widths set from the content.
Whether a gap counts is `decisions.gap_counts`, as everywhere else.
"""

from __future__ import annotations

import io
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from pipeline.atomic import write_atomic
from pipeline.report.decisions import gap_counts
from pipeline.report.html import gap_files, low_confidence, review_threshold, sorted_gaps
from pipeline.report.vocabulary import FIELD_LABELS, GAP_KIND_LABELS, KIND_LABELS, fmt_value, method_label, requirement_status

SHEET_SUMMARY = "申报汇总"
SHEET_GAPS = "缺口明细"
SHEET_REVIEW = "待复核文档"

GAP_COLUMNS = ["申报材料", "申报单位", "序号", "要求", "类型", "类型代码", "严重程度", "状态", "是否计入",
               "合同编号", "客户", "对象", "说明", "复核原因", "涉及文件", "复核决定", "复核人", "复核时间",
               "复核理由"]
REVIEW_COLUMNS = ["申报材料", "申报单位", "文件", "文档类型", "关联合同", "问题", "字段", "识别值",
                  "原文", "页码", "识别方式", "置信度", "说明"]
SEVERITY = {3: "高", 2: "中", 1: "低"}


@dataclass
class BatchEntry:
    """One submission of a batch: its report (after decisions) or why it failed."""

    name: str
    source: Path
    report: Mapping[str, Any] | None = None
    error: str | None = None
    out_dir: Path | None = None


def _wan(yuan: Any) -> float | None:
    try:
        return round(float(yuan) / 10000, 2)
    except (TypeError, ValueError):
        return None


def entry_state(entry: BatchEntry) -> str:
    if entry.report is None:
        return f"失败：{entry.error or '未知错误'}"
    counted = [g for g in entry.report.get("gaps", []) if gap_counts(g)]
    if not counted:
        dismissed = len(entry.report.get("gaps", []))
        return "无缺口" + (f"（{dismissed} 项已驳回）" if dismissed else "")
    if all(g["status"] == "needs_review" for g in counted):
        return "待复核"
    return "有缺口"


def requirement_header(requirement: Mapping[str, Any]) -> str:
    """「S-total 验收合同总额不低于2500万元」: the id a reviewer types, and what it means."""
    return f"{requirement['id']} {requirement.get('title', '')}".strip()


def _report_link(e: BatchEntry, base: Path | None) -> str:
    if not e.out_dir or e.report is None:
        return ""
    target = Path(e.out_dir) / "report.html"
    if base is None:
        return str(target)
    return Path(os.path.relpath(Path(target).resolve(), Path(base).resolve())).as_posix()


def summary_frame(entries: list[BatchEntry], base: Path | None = None) -> pd.DataFrame:
    """`base`: the workbook's folder; 报告 paths are relative to it."""
    requirement_ids: list[str] = []
    headers: dict[str, str] = {}
    for e in entries:
        for r in (e.report or {}).get("requirements", []):
            if r["id"] not in requirement_ids:
                requirement_ids.append(r["id"])
                headers[r["id"]] = requirement_header(r)
    assessment = any((e.report or {}).get("assessment_passed") is not None for e in entries)
    rows = []
    for e in entries:
        report = e.report or {}
        gaps = [g for g in report.get("gaps", []) if gap_counts(g)]
        row: dict[str, Any] = {
            "申报材料": e.name,
            "申报单位": report.get("applicant", {}).get("name", ""),
            "申报总额（万元）": _wan(report.get("declared_total_yuan")),
            "核实总额（万元）": _wan(report.get("accepted_total_yuan")),
            "奖励档位（万元）": report.get("award_tier_wan"),
        }
        if assessment:
            passed = report.get("assessment_passed")
            row["考核结论"] = "" if passed is None else ("通过" if passed else "未通过")
        status = {r["id"]: requirement_status(r)[0] for r in report.get("requirements", [])}
        for rid in requirement_ids:
            row[headers[rid]] = status.get(rid, "")
        row["缺口数"] = len(gaps) if e.report is not None else None
        row["待复核数"] = sum(1 for g in gaps if g["status"] == "needs_review") if e.report is not None else None
        row["已驳回数"] = (len(report.get("gaps", [])) - len(gaps)) if e.report is not None else None
        row["处理状态"] = entry_state(e)
        row["报告"] = _report_link(e, base)
        rows.append(row)
    columns = ["申报材料", "申报单位", "申报总额（万元）", "核实总额（万元）", "奖励档位（万元）",
               *(["考核结论"] if assessment else []), *(headers[r] for r in requirement_ids),
               "缺口数", "待复核数", "已驳回数",
               "处理状态", "报告"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("奖励档位（万元）", "缺口数", "待复核数", "已驳回数"):
        frame[column] = frame[column].astype("Int64")     # whole numbers; empty for a failed submission
    return frame


def gaps_frame(entries: list[BatchEntry]) -> pd.DataFrame:
    rows = []
    for e in entries:
        report = e.report
        if report is None:
            continue
        applicant = report.get("applicant", {}).get("name", "")
        titles = {r["id"]: requirement_header(r) for r in report.get("requirements", [])}
        for i, g in enumerate(sorted_gaps(list(report.get("gaps", []))), start=1):
            d = g.get("decision") or {}
            rows.append({
                "申报材料": e.name, "申报单位": applicant, "序号": i,
                "要求": titles.get(g["requirement"], g["requirement"]),
                "类型": GAP_KIND_LABELS.get(g["kind"], g["kind"]), "类型代码": g["kind"],
                "严重程度": SEVERITY.get(int(g["severity"]), str(g["severity"])),
                "状态": "待复核" if g["status"] == "needs_review" else "确认",
                "是否计入": "计入" if gap_counts(g) else "不计入（已驳回）",
                "合同编号": g.get("contract_no") or "", "客户": g.get("customer") or "",
                "对象": g.get("standard") or g.get("file") or g.get("supplier") or g.get("meeting") or "",
                "说明": g["message"], "复核原因": g.get("review_reason") or "",
                "涉及文件": "；".join(gap_files(report, g)),
                "复核决定": d.get("label", ""), "复核人": d.get("reviewer", ""),
                "复核时间": d.get("decided_at", ""), "复核理由": d.get("reason", ""),
            })
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


def review_frame(entries: list[BatchEntry]) -> pd.DataFrame:
    rows = []
    for e in entries:
        report = e.report
        if report is None:
            continue
        applicant = report.get("applicant", {}).get("name", "")
        threshold = review_threshold(report)
        for doc in report.get("documents", []):
            base = {"申报材料": e.name, "申报单位": applicant, "文件": doc["path"],
                    "文档类型": KIND_LABELS.get(doc.get("doc_type"), doc.get("doc_type", "")),
                    "关联合同": doc.get("linked_contract") or ""}
            confidence = doc.get("doc_type_confidence")
            if doc.get("readable") is not False and doc.get("doc_type") == "other":
                rows.append({**base, "问题": "未识别文档类型", "字段": "", "识别值": "", "原文": "", "页码": None,
                             "识别方式": "", "置信度": confidence,
                             "说明": "未识别为任何证据类型，未参与核验；请确认是否为所需证据"})
            elif doc.get("kind_recognised") is False:
                rows.append({**base, "问题": "文档类型不确定", "字段": "", "识别值": "", "原文": "", "页码": None,
                             "识别方式": "", "置信度": confidence,
                             "说明": f"识别为{base['文档类型']}的把握较低，请确认文档类型"})
            problems = doc.get("errors", [])
            if doc.get("readable") is False or problems:
                text = "；".join(i.get("message", "") for i in problems) or "未能读取任何文字"
                advice = "；".join(i.get("advice", "") for i in problems if i.get("advice"))
                rows.append({**base, "问题": "文件无法读取" if doc.get("readable") is False else "读取问题",
                             "字段": "", "识别值": "", "原文": "", "页码": None, "识别方式": "",
                             "置信度": None, "说明": text + (f"（{advice}）" if advice else "")})
            shown = {(str(p.get("value")), p.get("page")) for p in doc.get("provenance", {}).values()}
            values = [*doc.get("provenance", {}).items(),
                      *(("uscc", p) for p in doc.get("credit_codes", [])
                        if (str(p.get("value")), p.get("page")) not in shown)]
            for name, prov in values:
                if not (prov.get("review_reason") or low_confidence(prov, threshold)):
                    continue
                rows.append({**base, "问题": "交叉校验未通过" if prov.get("review_reason") else "识别置信度低",
                             "字段": FIELD_LABELS.get(name, name), "识别值": fmt_value(name, prov.get("value")),
                             "原文": prov.get("text", ""), "页码": prov.get("page"),
                             "识别方式": method_label(prov.get("method")), "置信度": prov.get("confidence"),
                             "说明": prov.get("review_reason") or ""})
    frame = pd.DataFrame(rows, columns=REVIEW_COLUMNS)
    frame["页码"] = frame["页码"].astype("Int64")
    return frame


def _display_width(value: Any) -> int:
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _format_sheet(ws, frame: pd.DataFrame) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE4EE")
    for cell in ws[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=False)
    for i, column in enumerate(frame.columns, start=1):
        values = [column, *frame[column].tolist()]
        width = max(_display_width(v) for v in values) + 2
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(width, 60))
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(frame.columns), 1))
    ws.auto_filter.ref = f"A1:{last}{max(len(frame) + 1, 1)}"
    if len(frame.columns) and "说明" in frame.columns:
        col = frame.columns.get_loc("说明") + 1
        for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def batch_frames(entries: list[BatchEntry], base: Path | None = None) -> dict[str, pd.DataFrame]:
    return {SHEET_SUMMARY: summary_frame(entries, base), SHEET_GAPS: gaps_frame(entries),
            SHEET_REVIEW: review_frame(entries)}


def _link_reports(ws, frame: pd.DataFrame) -> None:
    """报告 cells become hyperlinks (relative: Excel and WPS resolve them against the workbook)."""
    if "报告" not in frame.columns:
        return
    col = frame.columns.get_loc("报告") + 1
    for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
        for cell in row:
            if cell.value:
                cell.hyperlink = str(cell.value)
                cell.style = "Hyperlink"


def write_batch_summary(entries: list[BatchEntry], out_path: Path) -> Path:
    """Write summary.xlsx atomically."""
    out_path = Path(out_path)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for sheet, frame in batch_frames(entries, out_path.parent).items():
            frame.to_excel(writer, sheet_name=sheet, index=False)
            _format_sheet(writer.sheets[sheet], frame)
            _link_reports(writer.sheets[sheet], frame)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out_path, buffer.getvalue())
    return out_path
