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
from pipeline.cli.chinese_argparse import ChineseArgumentParser, count, seconds
from pipeline.errors import (EXIT_CANNOT_RUN, EXIT_CLEAN, EXIT_GAPS, EnvironmentProblem, JinzhengError,
                             plain_message)
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
        kwargs["cache_dir"] = check_output_folder(args.cache_dir, "--cache-dir")
    if getattr(args, "catalog", None):
        kwargs["catalog"] = Path(args.catalog)
    if getattr(args, "timeout", None):
        kwargs["document_timeout_s"] = args.timeout
    return Settings(**kwargs)


def check_output_folder(path: str | Path, option: str = "--out") -> Path:
    """Before any work: the results folder is a folder, or can be made one, and may be written.
    A file in its place would otherwise end the run after minutes of reading documents."""
    import os

    out = Path(path)
    if out.exists() and not out.is_dir():
        raise JinzhengError(f"{option} {out} 是一个已存在的文件，不是文件夹：请给出存放结果的文件夹"
                            "（不存在时会自动创建）")
    existing = out.absolute()
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise JinzhengError(f"{option} {out} 无法创建：路径中的 {existing} 是文件，不是文件夹")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise JinzhengError(f"{option} {out} 无法写入：没有文件夹 {existing} 的写入权限")
    return out


def check_output_file(path: str | Path, option: str) -> Path:
    """Before any work: a file to be written is not a folder, and its folder can be written."""
    target = Path(path)
    if target.is_dir():
        raise JinzhengError(f"{option} {target} 是一个文件夹：请给出要写入的文件名")
    check_output_folder(target.parent, option)
    return target


def _progress(enabled: bool):
    if not enabled:
        return None

    def show(done: int, total: int, path: str) -> None:
        print(f"\r[{done}/{total}] {path[:60]:<60}", end="" if done < total else "\n",
              file=sys.stderr, flush=True)
    return show


@command("verify")
def cmd_verify(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from pipeline.report.decisions import counted_gaps
    from pipeline.report.outputs import write_submission_outputs
    from pipeline.report.vocabulary import document_count_text
    from pipeline.results.verify import verify_submission

    out = check_output_folder(args.out)
    verification, stats = verify_submission(Path(args.submission), settings_from(args),
                                            _progress(not args.quiet and sys.stderr.isatty()))
    report = write_submission_outputs(verification, Path(args.submission), out)
    if not args.quiet:
        print(summary_text(report))
        print(document_count_text(asdict(stats)))
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


CATALOG_HELP = "要求目录 JSON 文件（默认按申报表填写的阶段选择）"


def _add_settings(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ocr", choices=OCR_ENGINES, help="扫描页的文字识别引擎（默认 tesseract；"
                   "未通过交叉核对的数值再由另一引擎重读）")
    p.add_argument("--no-reread", action="store_true", help="未通过核对的数值不再用第二个引擎重读")
    p.add_argument("--workers", type=count, metavar="N", help="并行处理文档的进程数（默认：全部 CPU 核心）")
    p.add_argument("--cache-dir", metavar="DIR", help="单个文档处理结果的缓存目录（默认 ~/.cache/jinzheng）")
    p.add_argument("--no-cache", action="store_true", help="不使用缓存，重新读取每个文档")
    p.add_argument("--timeout", type=seconds, metavar="SECONDS", help="每个文档允许的秒数（默认 300）")


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog="jinzheng", description="津证：核验智能制造解决方案供应商申报证据",
        epilog="退出码：0 核验完成且无缺口；1 核验完成，有缺口或待复核项；"
               "2 无法运行（参数错误、环境、要求目录、申报信息、内部错误，或有申报材料核验失败）。"
               "各命令的用法：jinzheng 命令 --help")
    parser.add_argument("--version", action="version", version=f"jinzheng {__version__}",
                        help="显示版本号并退出")
    parser.add_argument("-v", "--verbose", action="store_true", help="输出更详细的运行日志")
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令")

    p = sub.add_parser("verify", help="核验一份申报材料（文件夹或 zip）",
                       description="核验一份申报材料（文件夹或 zip），写出 report.json、gaps.csv 和 report.html")
    p.add_argument("submission", metavar="SUBMISSION", help="申报材料文件夹（含申报信息.xlsx）或其 zip 压缩包")
    p.add_argument("--out", required=True, metavar="DIR", help="存放 report.json、gaps.csv 和 report.html 的文件夹")
    p.add_argument("--catalog", metavar="FILE", help=CATALOG_HELP)
    p.add_argument("-q", "--quiet", action="store_true", help="不在终端输出摘要和进度")
    _add_settings(p)

    p = sub.add_parser("extract", help="输出单个文档的类型和字段（含出处），JSON 格式",
                       description="输出单个文档的类型和字段（含出处：文件、页、位置、原文、方法），JSON 格式")
    p.add_argument("files", nargs="+", metavar="FILE", help="证据文件（PDF 或图片），可给多个")
    p.add_argument("--basename", action="store_true", help="报告中只写文件名，不带文件夹")
    p.add_argument("--list", action="store_true", help="即使只有一个文件也输出 JSON 列表")
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
        print(f"jinzheng: {_error_text(exc, argv)}", file=sys.stderr)
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


def _error_text(exc: JinzhengError, argv: list[str] | None) -> str:
    """The error in Chinese: a library's own words inside it (「夜间核验未能完成：FileExistsError:
    …」) go to the log, which the line names."""
    message, detail = plain_message(str(exc), fallback=None)
    if not detail:
        return str(exc)
    log = write_crash_log(exc, argv if argv is not None else sys.argv[1:])
    return f"{message}（技术细节已写入 {log}）" if log else message


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
