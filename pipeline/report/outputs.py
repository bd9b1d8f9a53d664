"""Everything one verified submission leaves in its output folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.report.decisions import apply_review_file
from pipeline.report.html import write_html_report
from pipeline.report.build import Verification, write_outputs


def write_submission_outputs(verification: Verification, source: Path, out_dir: Path) -> dict[str, Any]:
    """report.json and gaps.csv with reviewer decisions applied, then report.html.
    Returns the report as written."""
    report = apply_review_file(verification.to_json(), Path(source))
    write_outputs(verification, Path(out_dir), report)
    write_html_report(report, Path(source), Path(out_dir) / "report.html")
    return report


def rewrite_submission_outputs(report: dict[str, Any], source: str | Path | None, out_dir: Path) -> dict[str, Any]:
    """The outputs of a submission verified earlier, from its report alone (findings added
    since, e.g. evidence_reused): reviewer decisions applied again, report.json, gaps.csv and
    report.html written atomically. Returns the report as written."""
    if source is not None and Path(source).exists():
        report = apply_review_file(report, Path(source))
    write_outputs(None, Path(out_dir), report)
    write_html_report(report, Path(source) if source is not None and Path(source).exists() else None,
                      Path(out_dir) / "report.html")
    return report
