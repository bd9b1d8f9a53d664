"""How a verdict reads to people, in one place: the award tier (support catalogs) or the
assessment conclusion (assessment catalogs). Used by the CLI, the index commands and the
Prefect artifacts, so the three never word it differently."""

from __future__ import annotations


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
