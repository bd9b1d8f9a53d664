"""`jinzheng` command line: a thin argparse layer over the library.

Exit codes: 0 verified with no gaps, 1 verified with gaps (or items needing review),
2 could not run. Exactly one handler turns exceptions into exit codes.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Callable

from pipeline import __version__
from pipeline.errors import EXIT_CANNOT_RUN, EXIT_CLEAN, EXIT_GAPS, EnvironmentProblem, JinzhengError
from pipeline.settings import OCR_ENGINES, Settings

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(fn: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = fn
        return fn
    return register


def settings_from(args: argparse.Namespace) -> Settings:
    kwargs = {}
    if getattr(args, "ocr", None):
        kwargs["ocr_engine"] = args.ocr
        # the other engine gives the second opinion on values that fail their checks
        kwargs["reread_engine"] = "tesseract" if args.ocr == "rapidocr" else "rapidocr"
    if getattr(args, "no_reread", False):
        kwargs["reread_engine"] = None
    if getattr(args, "workers", None):
        kwargs["workers"] = args.workers
    if getattr(args, "no_cache", False):
        kwargs["cache_dir"] = None
    elif getattr(args, "cache_dir", None):
        kwargs["cache_dir"] = Path(args.cache_dir)
    if getattr(args, "catalog", None):
        kwargs["catalog"] = Path(args.catalog)
    if getattr(args, "timeout", None):
        kwargs["document_timeout_s"] = args.timeout
    return Settings(**kwargs)


def _progress(enabled: bool):
    if not enabled:
        return None

    def show(done: int, total: int, path: str) -> None:
        print(f"\r[{done}/{total}] {path[:60]:<60}", end="" if done < total else "\n",
              file=sys.stderr, flush=True)
    return show


@command("verify")
def cmd_verify(args: argparse.Namespace) -> int:
    from pipeline.report.decisions import counted_gaps
    from pipeline.report.outputs import write_submission_outputs
    from pipeline.results.verify import verify_submission

    verification, stats = verify_submission(Path(args.submission), settings_from(args),
                                            _progress(not args.quiet and sys.stderr.isatty()))
    out = Path(args.out)
    report = write_submission_outputs(verification, Path(args.submission), out)
    if not args.quiet:
        print(summary_text(report))
        print(f"文档 {stats.documents} 份（新处理 {stats.processed}，缓存命中 {stats.cache_hits}）")
        print(f"报告：{out / 'report.json'}\n缺口清单：{out / 'gaps.csv'}\n审阅页面：{out / 'report.html'}")
    return EXIT_GAPS if counted_gaps(report) else EXIT_CLEAN


def summary_text(report: dict) -> str:
    """The terminal summary of a report after reviewer decisions: gaps that count, most
    serious first; dismissed ones only counted."""
    from pipeline.report.decisions import gap_counts, recheck_note
    from pipeline.report.html import sorted_gaps
    from pipeline.report.vocabulary import GAP_KIND_LABELS, requirement_status
    from pipeline.report.verdict import verdict_lines

    lines = [f"申报单位：{report['applicant']['name']}（{report['catalog']['id']}）"]
    verdict = verdict_lines(report.get("award_tier_wan"), report.get("assessment_passed"))
    if report.get("award_tier_wan") is not None:  # the tier comes with the totals behind it
        verdict[0] += (f"；核实验收合同总额 {float(report['accepted_total_yuan']) / 10000:,.2f} 万元 / 申报 "
                       f"{float(report['declared_total_yuan']) / 10000:,.2f} 万元")
    lines += verdict
    for r in report["requirements"]:
        lines.append(f"  {r['id']:<20} {requirement_status(r)[0]}  {r['title']}")
    note = recheck_note(report)
    if note:
        lines.append(f"注意：{note}")
    gaps = [g for g in sorted_gaps(report["gaps"]) if gap_counts(g)]
    dismissed = len(report["gaps"]) - len(gaps)
    confirmed = sum(1 for g in gaps if g["status"] == "confirmed")
    lines.append(f"缺口 {len(gaps)} 项（确认 {confirmed}，待复核 {len(gaps) - confirmed}"
                 f"{f'；另有 {dismissed} 项已驳回，不计入' if dismissed else ''}）")
    for g in gaps[:30]:
        mark = "?" if g["status"] == "needs_review" else "-"
        lines.append(f"  {mark} [{GAP_KIND_LABELS.get(g['kind'], g['kind'])}] {g['message']}")
    if len(gaps) > 30:
        lines.append(f"  …另有 {len(gaps) - 30} 项，见 gaps.csv 或 report.html")
    return "\n".join(lines)


@command("extract")
def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.documents.workers import process_documents
    from pipeline.report.build import Verification
    from pipeline.ingest.submission import SourceFile, sha256_file

    settings = settings_from(args)
    sources = []
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            raise JinzhengError(f"文件不存在：{path}")
        sources.append(SourceFile(path.resolve(), path.name if args.basename else str(path),
                                  sha256_file(path), path.stat().st_size))
    documents, _ = process_documents(sources, settings)
    out = [Verification._document_json(d, None) for d in documents]
    json.dump(out if len(out) != 1 or args.list else out[0], sys.stdout, ensure_ascii=False, indent=2)
    print()
    return EXIT_CLEAN


def _add_settings(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ocr", choices=OCR_ENGINES, help="engine for scanned pages (default tesseract; "
                   "values failing cross-checks are re-read by rapidocr)")
    p.add_argument("--no-reread", action="store_true", help="do not re-read failed values with a second engine")
    p.add_argument("--workers", type=int, help="parallel document workers (default: all cores)")
    p.add_argument("--cache-dir", help="where per-document results are cached (default ~/.cache/jinzheng)")
    p.add_argument("--no-cache", action="store_true", help="read every document again")
    p.add_argument("--timeout", type=float, help="seconds allowed per document (default 300)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jinzheng", description="津证：核验智能制造解决方案供应商申报证据")
    parser.add_argument("--version", action="version", version=f"jinzheng {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("verify", help="verify one submission (folder or zip)")
    p.add_argument("submission")
    p.add_argument("--out", required=True, help="folder for report.json, gaps.csv and report.html")
    p.add_argument("--catalog", help="requirement catalog JSON (default: by the declared phase)")
    p.add_argument("-q", "--quiet", action="store_true")
    _add_settings(p)

    p = sub.add_parser("extract", help="print kind and fields (with provenance) of single documents")
    p.add_argument("files", nargs="+")
    p.add_argument("--basename", action="store_true", help="report file names without folders")
    p.add_argument("--list", action="store_true", help="always print a JSON list")
    _add_settings(p)

    for extend in _EXTENSIONS:
        extend(sub)
    return parser


# other modules add sub-commands here (eval, flows, batch) without touching the core ones
_EXTENSIONS: list[Callable[[argparse._SubParsersAction], None]] = []


# Each module registers its sub-commands with `command` and `_EXTENSIONS` when imported.
# flows.cli imports prefect only inside its commands, so `jinzheng verify` never pays for it.
# All are part of the package (prefect is a hard dependency): a missing one is an error, not
# a command that silently disappears.
EXTENSION_MODULES = ("pipeline.cli.eval", "pipeline.cli.review", "flows.cli")


def _load_extensions() -> None:
    import importlib

    for module in EXTENSION_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise EnvironmentProblem(f"命令模块 {module} 无法导入（{exc}）：安装不完整，"
                                     "请在项目目录中重新运行 bash setup.sh --no-run") from exc


def main(argv: list[str] | None = None) -> int:
    """The one handler that turns what happened into an exit code (pipeline/errors.py):
    a JinzhengError ends with its own code and message; anything unexpected ends with 2 and
    one Chinese line naming the log that holds the traceback (never a traceback on screen)."""
    try:
        _load_extensions()
        args = build_parser().parse_args(argv)
        logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                            format="%(levelname)s %(name)s: %(message)s")
        return COMMANDS[args.command](args)
    except JinzhengError as exc:
        print(f"jinzheng: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("jinzheng: 已中断", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except SystemExit:
        raise   # argparse's own usage errors (2) and --help/--version (0)
    except Exception as exc:   # noqa: BLE001 - the last line of defence, logged in full
        log = write_crash_log(exc, argv if argv is not None else sys.argv[1:])
        where = f"详细信息已写入 {log}" if log else "详细信息无法写入日志文件"
        print(f"jinzheng: 内部错误（{type(exc).__name__}），本次未能完成；{where}，请将其发给维护人员。",
              file=sys.stderr)
        return EXIT_CANNOT_RUN


def write_crash_log(exc: BaseException, argv: list[str]) -> Path | None:
    """The traceback of an unexpected error, in `$JINZHENG_LOG_DIR` (default: the system's
    temporary folder, `jinzheng-logs/`). None when even that cannot be written."""
    import os
    import tempfile
    import time
    import traceback

    folder = Path(os.environ.get("JINZHENG_LOG_DIR") or Path(tempfile.gettempdir()) / "jinzheng-logs")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"jinzheng-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
        path.write_text(f"jinzheng {__version__}\nargv: {argv!r}\n\n"
                        + "".join(traceback.format_exception(exc)), encoding="utf-8")
        return path
    except OSError:
        return None


if __name__ == "__main__":
    # `python -m pipeline.cli.main` runs this file as __main__, a second copy of the module; the
    # extensions register into `pipeline.cli.main`, so run that one's main
    from pipeline.cli.main import main as package_main

    sys.exit(package_main())
