"""How a verdict reads to people, in one place: the award tier (support catalogs) or the
assessment conclusion (assessment catalogs). Used by the CLI, the index commands and the
Prefect artifacts, so the three never word it differently."""

from __future__ import annotations

from typing import Any, Mapping


def tier_text(award_tier_wan: int) -> str:
    return f"{award_tier_wan} 万元"


def passed_text(assessment_passed: bool) -> str:
    return "通过" if assessment_passed else "未通过"


def verdict_text(award_tier_wan: int | None, assessment_passed: bool | None) -> str:
    """Short form for tables: "300 万元", "考核通过", "考核未通过", or "" when there is none."""
    if award_tier_wan is not None:
        return tier_text(award_tier_wan)
    if assessment_passed is not None:
        return "考核" + passed_text(assessment_passed)
    return ""


def verdict_lines(award_tier_wan: int | None, assessment_passed: bool | None) -> list[str]:
    """Labelled form for summaries: ["奖励档位：300 万元"] or ["考核结论：通过"]."""
    lines = []
    if award_tier_wan is not None:
        lines.append(f"奖励档位：{tier_text(award_tier_wan)}")
    if assessment_passed is not None:
        lines.append(f"考核结论：{passed_text(assessment_passed)}")
    return lines


def submission_line(name: str, summary: Mapping[str, Any], stats: Mapping[str, Any] | None,
                    seconds: float | None = None) -> str:
    """One line per verified submission, as a batch or a nightly run finishes it:
    「support_gaps：天津……有限公司，奖励档位 0 万元，缺口 17 项（确认 17，待复核 0），文档 55 份（…），用时 2.4 秒」.
    `summary` is pipeline.results.index.summarize_report's; gaps a reviewer dismissed do not count."""
    from pipeline.report.vocabulary import document_count_text

    parts = [str(summary.get("applicant") or "")]
    verdict = "；".join(verdict_lines(summary.get("award_tier_wan"), summary.get("assessment_passed")))
    if verdict:
        parts.append(verdict.replace("：", " ", 1))
    dismissed = f"，另有 {summary['gaps_dismissed']} 项已驳回" if summary.get("gaps_dismissed") else ""
    parts.append(f"缺口 {summary.get('gaps_total', 0)} 项（确认 {summary.get('gaps_confirmed', 0)}，"
                 f"待复核 {summary.get('gaps_needs_review', 0)}{dismissed}）")
    if stats:
        parts.append(document_count_text(stats))
    if seconds is not None:
        parts.append(f"用时 {seconds:.1f} 秒")
    line = f"{name}：{'，'.join(p for p in parts if p)}"
    return line + (f"。注意：{summary['incomplete']}" if summary.get("incomplete") else "")
