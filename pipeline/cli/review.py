"""Commands for reviewers and auditors: `verify-batch`, `explain`, `review`.

`jinzheng verify-batch INBOX --out DIR`  every sub-folder and .zip of INBOX -> DIR/<name>/
    (report.json, gaps.csv, report.html) and DIR/summary.xlsx; exit 0 all clean, 1 any gaps,
    2 any submission failed (the batch goes on past a failure).
`jinzheng explain SUBMISSION CONTRACT_NO [--report DIR/report.json]`  one contract's chain (or an
    assessment item's: subcontract number, supplier, meeting, diagnosed customer, standard).
`jinzheng review SUBMISSION --gap KIND[:CONTRACT_NO] --accept|--dismiss --reviewer NAME --reason TEXT`
    records a decision in `<SUBMISSION>.jinzheng-review.json` beside the submission.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from pipeline.cli.main import _EXTENSIONS, CATALOG_HELP, _add_settings, check_output_folder, command, settings_from
from pipeline.errors import EXIT_CLEAN, JinzhengError
from pipeline.results.batch import BatchItem, BatchReporter, SubmissionOutcome

log = logging.getLogger(__name__)

SUMMARY_NAME = "summary.xlsx"


# ---- shared --------------------------------------------------------------------------------


def _load_report(path: Path) -> dict[str, Any]:
    path = Path(path)
    if path.is_dir():
        path = path / "report.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise JinzhengError(f"找不到报告文件：{path}") from exc
    except (OSError, ValueError) as exc:
        raise JinzhengError(f"报告文件无法读取：{path}（{exc}）") from exc


def _verified_report(source: Path, args: argparse.Namespace) -> dict[str, Any]:
    from pipeline.results.verify import verify_submission

    verification, _ = verify_submission(source, settings_from(args))
    return verification.to_json()


def report_for(source: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The report of a submission, decisions applied: from --report if given, else verified now."""
    from pipeline.report.decisions import apply_review_file

    report = _load_report(Path(args.report)) if getattr(args, "report", None) else _verified_report(source, args)
    if Path(source).exists():
        report = apply_review_file(report, Path(source))
    return report


# ---- verify-batch --------------------------------------------------------------------------


@command("verify-batch")
def cmd_verify_batch(args: argparse.Namespace) -> int:
    """A thin wrapper over the batch loop (pipeline/results/batch.py): no index, nothing
    skipped, an error.txt per failure; a tqdm bar and a line per submission; summary.xlsx."""
    from pipeline.report.summary_xlsx import write_batch_summary
    from pipeline.results.batch import InboxBatch

    inbox, out = Path(args.inbox), check_output_folder(args.out)
    reporter = BatchConsole(quiet=args.quiet)
    batch = InboxBatch(inbox, out, settings_from(args), kind="batch", reporter=reporter, error_files=True,
                       keep_reports=True, require_submissions=True)
    try:
        result = batch.run()
    finally:
        reporter.close()
    summary = write_batch_summary(reporter.entries, out / SUMMARY_NAME)
    if not args.quiet:
        failed, with_gaps = result.failed, result.with_gaps
        print(f"核验 {len(result.outcomes)} 份：无缺口 {len(result.outcomes) - len(failed) - len(with_gaps)}，"
              f"有缺口 {len(with_gaps)}，失败 {len(failed)}")
        for e in reporter.entries:
            if e.report is None:
                print(f"  失败：{e.name}（{e.error}）")
        print(f"汇总：{summary}")
    return result.exit_code(gaps_count=True)


class BatchConsole(BatchReporter):
    """verify-batch's terminal: a bar on a terminal only (a log file gets the line per
    submission, not redraws), a line per submission as it finishes; and summary.xlsx's rows."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar = None
        self.entries: list = []          # pipeline.report.summary_xlsx.BatchEntry, in finishing order

    def planned(self, listed: int, todo: list[BatchItem], skipped: int) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=len(todo), desc="核验申报材料", unit="份", file=sys.stderr,
                        disable=self.quiet or not sys.stderr.isatty(), dynamic_ncols=True)

    def progress_for(self, item: BatchItem, position: int, count: int):
        if self.bar is not None:
            self.bar.set_postfix_str(item.name[:30])
        if self.quiet:
            return None

        def progress(done: int, total: int, path: str) -> None:
            self.bar.set_postfix_str(f"{item.name[:30]} 文档 {done}/{total}")
        return progress

    def finished(self, outcome: SubmissionOutcome, position: int | None, count: int | None) -> None:
        from tqdm import tqdm

        from pipeline.report.summary_xlsx import BatchEntry
        from pipeline.report.verdict import submission_line
        from pipeline.results.batch import failure_message

        where = f"[{position}/{count}] " if position else ""
        target = Path(outcome.error_file).parent if outcome.error_file else None
        if outcome.status == "failed":
            # a Chinese line for the terminal and summary.xlsx; error.txt keeps the library's
            # words and the traceback
            message = failure_message(outcome.exception, outcome.error, f"详见 {outcome.error_file}")
            log.debug("submission %s failed: %s", outcome.name, outcome.error)
            self.entries.append(BatchEntry(outcome.name, Path(outcome.source), error=message, out_dir=target))
            tqdm.write(f"{where}jinzheng: {outcome.name} 核验失败：{message}", file=sys.stderr)
        else:
            result = outcome.result
            self.entries.append(BatchEntry(outcome.name, Path(outcome.source), report=result["report"],
                                           out_dir=Path(result["report_path"]).parent))
            if not self.quiet:   # one line per submission as it finishes, above the bar
                tqdm.write(where + submission_line(outcome.name, result["summary"], result["stats"],
                                                   result["seconds"]), file=sys.stderr)
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# ---- explain -------------------------------------------------------------------------------


@command("explain")
def cmd_explain(args: argparse.Namespace) -> int:
    from pipeline.report.explain import explain

    report = report_for(Path(args.submission), args)
    sys.stdout.write(explain(report, args.contract_no))
    return EXIT_CLEAN


# ---- review --------------------------------------------------------------------------------


@command("review")
def cmd_review(args: argparse.Namespace) -> int:
    from pipeline.report.decisions import (append_decision, apply_review_file, find_gaps, key_label, make_decision,
                            review_file_for, submission_hashes)

    source = Path(args.submission)
    if not source.exists():
        raise JinzhengError(f"申报材料不存在：{source}")
    report = _load_report(Path(args.report)) if args.report else _verified_report(source, args)
    report = apply_review_file(report, source)
    matches = find_gaps(report, args.gap)
    if not matches:
        known = "\n".join(f"  {key_label(_key(g))}  {g['message'][:60]}" for g in report["gaps"]) \
            or "  （无缺口）"
        raise JinzhengError(f"没有与「{args.gap}」对应的缺口。本申报的缺口：\n{known}")
    if len(matches) > 1:
        listing = "\n".join(f"  {key_label(_key(g))}  {g['message'][:60]}" for g in matches)
        raise JinzhengError(f"「{args.gap}」对应 {len(matches)} 项缺口，请写明 KIND:合同编号（或对象）：\n{listing}")
    gap = matches[0]
    decision = "accept" if args.accept else "dismiss"
    record = make_decision(gap, decision, args.reviewer, args.reason, submission_hashes(source),
                           declaration=report.get("declaration_source"))
    path = append_decision(review_file_for(source), record)
    print(f"已记录：{key_label(record['gap'])} → {'确认缺口' if decision == 'accept' else '驳回（不计入）'}"
          f"（{record['reviewer']}，{record['decided_at']}）")
    print(f"复核决定文件：{path}")
    return EXIT_CLEAN


def _key(gap: dict) -> dict:
    from pipeline.report.decisions import gap_key

    return gap_key(gap)


# ---- registration --------------------------------------------------------------------------


def _register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify-batch", help="核验收件箱中的每份申报材料（子文件夹或 .zip），"
                       "各份结果和汇总表 summary.xlsx 写到 DIR",
                       description="核验收件箱中的每份申报材料（子文件夹或 .zip）：每份写到 DIR/<名称>/"
                       "（report.json、gaps.csv、report.html），汇总写到 DIR/summary.xlsx；"
                       "一份失败不影响其余各份")
    p.add_argument("inbox", metavar="INBOX", help="收件箱文件夹：每个子文件夹或 .zip 是一份申报材料")
    p.add_argument("--out", required=True, metavar="DIR", help="存放各份结果和 summary.xlsx 的文件夹")
    p.add_argument("--catalog", metavar="FILE", help=CATALOG_HELP)
    p.add_argument("-q", "--quiet", action="store_true", help="不在终端输出进度和摘要")
    _add_settings(p)

    p = sub.add_parser("explain", help="在终端列出一份申报合同的证据链（考核周期也可列出配套供应商、"
                       "分包合同、交流会、诊断客户或标准草案）",
                       description="一份申报合同的证据链：申报行 → 文档（为何关联）→ 页 → 数值"
                       "（文件、页、位置、原文、方法、置信度、核对）→ 缺口")
    p.add_argument("submission", metavar="SUBMISSION", help="申报材料文件夹或 zip")
    p.add_argument("contract_no", metavar="CONTRACT_NO",
                   help="申报的合同编号；或分包合同编号、会议名称、客户名称、标准名称")
    p.add_argument("--report", metavar="REPORT", help="读取此 report.json（或其所在文件夹），不再重新核验")
    p.add_argument("--catalog", metavar="FILE", help=CATALOG_HELP)
    _add_settings(p)

    p = sub.add_parser("review", help="记录审核人员对一项缺口的决定（保存在申报材料旁）",
                       description="记录审核人员对一项缺口的决定：确认（--accept）或驳回（--dismiss），"
                       "保存在申报材料旁的 <申报材料>.jinzheng-review.json 中")
    p.add_argument("submission", metavar="SUBMISSION", help="申报材料文件夹或 zip")
    p.add_argument("--gap", required=True, metavar="KIND[:CONTRACT_NO]",
                   help="缺口：其类型代码（如 amount_mismatch），类型重复时加上合同编号（或标准名、文件名）")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--accept", action="store_true", help="确认缺口属实")
    which.add_argument("--dismiss", action="store_true", help="驳回缺口：不再计入")
    p.add_argument("--reviewer", required=True, metavar="NAME", help="审核人员姓名")
    p.add_argument("--reason", required=True, metavar="TEXT", help="决定的理由")
    p.add_argument("--report", metavar="REPORT", help="读取此 report.json（或其所在文件夹），不再重新核验")
    p.add_argument("--catalog", metavar="FILE", help=CATALOG_HELP)
    _add_settings(p)


_EXTENSIONS.append(_register)
