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
import traceback
from pathlib import Path
from typing import Any

from pipeline.report.outputs import write_submission_outputs  # noqa: F401  (re-exported)
from pipeline.cli.main import _EXTENSIONS, _add_settings, command, settings_from
from pipeline.errors import EXIT_CANNOT_RUN, EXIT_CLEAN, EXIT_GAPS, JinzhengError

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


def list_inbox(inbox: Path) -> list[tuple[str, Path]]:
    """(output name, path) for each sub-folder and .zip of the inbox, sorted; names unique."""
    if not inbox.is_dir():
        raise JinzhengError(f"收件目录不存在或不是文件夹：{inbox}")
    items = [p for p in sorted(inbox.iterdir(), key=lambda p: p.name)
             if not p.name.startswith(".") and p.name != "__MACOSX"
             and (p.is_dir() or (p.is_file() and p.suffix.lower() == ".zip"))]
    stems = [p.stem if p.is_file() else p.name for p in items]
    out = []
    for path, stem in zip(items, stems):
        name = stem if stems.count(stem) == 1 else path.name   # acme/ and acme.zip both present
        out.append((name, path))
    return out


@command("verify-batch")
def cmd_verify_batch(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from pipeline.report.summary_xlsx import BatchEntry, write_batch_summary
    from pipeline.atomic import write_atomic
    from pipeline.results.verify import verify_submission

    inbox, out = Path(args.inbox), Path(args.out)
    items = list_inbox(inbox)
    if not items:
        raise JinzhengError(f"{inbox} 中没有申报材料（子文件夹或 .zip）")
    settings = settings_from(args)
    entries: list[BatchEntry] = []
    bar = tqdm(items, desc="核验申报材料", unit="份", file=sys.stderr, disable=args.quiet,
               dynamic_ncols=True)
    for name, source in bar:
        bar.set_postfix_str(name[:30])
        target = out / name

        def progress(done: int, total: int, path: str, _name=name) -> None:
            bar.set_postfix_str(f"{_name[:30]} 文档 {done}/{total}")

        try:
            verification, _ = verify_submission(source, settings, None if args.quiet else progress)
            report = write_submission_outputs(verification, source, target)
            entries.append(BatchEntry(name, source, report=report, out_dir=target))
        except KeyboardInterrupt:
            raise
        except Exception as exc:   # noqa: BLE001 - one bad submission must not stop the batch
            message = str(exc) if isinstance(exc, JinzhengError) else f"{type(exc).__name__}: {exc}"
            log.debug("submission %s failed", name, exc_info=True)
            target.mkdir(parents=True, exist_ok=True)
            write_atomic(target / "error.txt", f"{source}\n{message}\n\n{traceback.format_exc()}")
            entries.append(BatchEntry(name, source, error=message, out_dir=target))
            tqdm.write(f"jinzheng: {name} 核验失败：{message}", file=sys.stderr)
    bar.close()
    summary = write_batch_summary(entries, out / SUMMARY_NAME)
    failed = [e for e in entries if e.report is None]
    with_gaps = [e for e in entries if e.report is not None and e.report.get("status") == "gaps"]
    if not args.quiet:
        print(f"核验 {len(entries)} 份：无缺口 {len(entries) - len(failed) - len(with_gaps)}，"
              f"有缺口 {len(with_gaps)}，失败 {len(failed)}")
        for e in failed:
            print(f"  失败：{e.name}（{e.error}）")
        print(f"汇总：{summary}")
    if failed:
        return EXIT_CANNOT_RUN
    return EXIT_GAPS if with_gaps else EXIT_CLEAN


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
    p = sub.add_parser("verify-batch", help="verify every submission (sub-folder or .zip) of an inbox; "
                       "writes DIR/<name>/ and DIR/summary.xlsx")
    p.add_argument("inbox")
    p.add_argument("--out", required=True, help="folder for per-submission results and summary.xlsx")
    p.add_argument("--catalog", help="requirement catalog JSON (default: by the declared phase)")
    p.add_argument("-q", "--quiet", action="store_true")
    _add_settings(p)

    p = sub.add_parser("explain", help="the evidence chain of one declared contract (or, for the "
                       "assessment cycle, of a supplier / subcontract / meeting / diagnosed customer)")
    p.add_argument("submission")
    p.add_argument("contract_no", metavar="CONTRACT_NO",
                   help="declared contract number; or a subcontract number, meeting name, customer or standard")
    p.add_argument("--report", help="read this report.json (or its folder) instead of verifying again")
    p.add_argument("--catalog", help="requirement catalog JSON (default: by the declared phase)")
    _add_settings(p)

    p = sub.add_parser("review", help="record a reviewer's decision on a gap (beside the submission)")
    p.add_argument("submission")
    p.add_argument("--gap", required=True, metavar="KIND[:CONTRACT_NO]",
                   help="the gap: its kind, and the contract number (or standard / file) when the kind repeats")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--accept", action="store_true", help="the gap is real")
    which.add_argument("--dismiss", action="store_true", help="the gap is not real: it no longer counts")
    p.add_argument("--reviewer", required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--report", help="read this report.json (or its folder) instead of verifying again")
    p.add_argument("--catalog", help="requirement catalog JSON (default: by the declared phase)")
    _add_settings(p)


_EXTENSIONS.append(_register)
