"""`jinzheng nightly | serve | gaps | status`: the Prefect side and the results index.

prefect is imported only inside `nightly` and `serve`, so `jinzheng verify` (and `gaps`,
`status`, which only read the index) never pay for Prefect's start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.cli.chinese_argparse import count
from pipeline.cli.main import _EXTENSIONS, CATALOG_HELP, _add_settings, check_output_folder, command, settings_from
from pipeline.errors import EXIT_CLEAN, JinzhengError

DEFAULT_OUT = "out"
DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "Asia/Shanghai"
DEFAULT_DEPLOYMENT = "nightly"
STATES = {"ok": "已核验", "incomplete": "不完整，待重试", "failed": "失败"}


def settings_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Only the settings given on the command line; the rest default where the flow runs."""
    return settings_from(args).overrides(explicit=("workers",) if getattr(args, "workers", None) else ())


def _db_url(args: argparse.Namespace) -> str:
    from pipeline.results.index import default_db_url, normalize_url

    return normalize_url(args.db) if args.db else default_db_url(Path(args.out))


def nightly_parameters(args: argparse.Namespace) -> dict[str, Any]:
    inbox = Path(args.inbox).resolve()
    if not inbox.is_dir():
        raise JinzhengError(f"收件箱不存在或不是文件夹：{inbox}")
    out = check_output_folder(args.out).resolve()   # before the flow (and Prefect) starts
    return {"inbox": str(inbox), "out": str(out), "db": _db_url(args),
            "settings": settings_overrides(args), "dask_address": args.dask_address,
            "dask_workers": args.dask_workers}


def _prefect_environment() -> None:
    """Before prefect is imported: no analytics calls home, from the server
    (PREFECT_SERVER_ANALYTICS_ENABLED) or from the client, whose first import in a terminal
    otherwise prints a telemetry notice (DO_NOT_TRACK, the client's switch); a busy machine may
    need longer than Prefect's 20 s default to start the temporary server used when no
    PREFECT_API_URL is set."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


TEMPORARY_SERVER_NOTE = ("未设置 PREFECT_API_URL：先启动一个临时 Prefect 服务器（每次约 10–20 秒），"
                         "运行结束后关闭；常驻服务器可省去这段时间（见 README「Nightly verification with Prefect」）")


@contextmanager
def nightly_console(args: argparse.Namespace):
    """The terminal while the flow runs: per-document progress and a line per submission
    (flows/progress.py) in place of Prefect's log lines; `-v` keeps Prefect's lines as they are.
    The console stays for the rest of the process: the temporary server is stopped at exit."""
    import logging

    from flows.progress import NightlyConsole

    if args.verbose:
        yield
        return
    logging.getLogger().handlers = [NightlyConsole(sys.stderr, show_progress=not args.quiet)]
    yield


UNCHANGED_NOTE = "收件箱中的申报材料均未变化：已记入结果索引（运行 #{run}），无需启动 Prefect 流程"


def unchanged_night(params: dict[str, Any]) -> dict[str, Any] | None:
    """Before Prefect is imported: when every submission of the inbox is unchanged (and none
    fails its inbox check), the night is the batch loop alone — its skipped rows in the
    index, no flow run, no task — and this is the run's row; else None (the flow runs).
    The same loop and check the flow runs (pipeline/results/batch.py), so the rows are the same."""
    from pipeline.results.batch import InboxBatch
    from pipeline.results.index import ResultsIndex
    from pipeline.settings import Settings

    try:
        index = ResultsIndex(params["db"])
    except Exception:  # noqa: BLE001 - unreachable or new: the flow says so in its own words
        return None
    try:
        batch = InboxBatch(params["inbox"], params["out"], Settings.from_params(params["settings"]), index=index,
                           kind="nightly")
        if not batch.nothing_to_do():
            return None
        result = batch.run()
        return {**result.row, "evidence_reused": result.reuse_findings}
    finally:
        index.close()


@command("nightly")
def cmd_nightly(args: argparse.Namespace) -> int:
    from pipeline.report.vocabulary import document_count_text
    from pipeline.results.batch import batch_exit_code
    from pipeline.results.index import run_document_stats

    params = nightly_parameters(args)
    row = unchanged_night(params)
    if row is not None:
        if not args.quiet:
            print(UNCHANGED_NOTE.format(run=row["id"]), file=sys.stderr)
    else:
        row = _nightly_flow(args, params)
    if not args.quiet:
        incomplete = (f"（其中 {row['submissions_incomplete']} 份不完整，下次重试）"
                      if row["submissions_incomplete"] else "")
        print(f"运行 #{row['id']}：申报材料 {row['submissions_total']} 份 —— 已核验 {row['submissions_ok']}{incomplete}，"
              f"未变化跳过 {row['submissions_skipped']}，失败 {row['submissions_failed']}；"
              f"{document_count_text(run_document_stats(row))}")
        print(f"报告：{params['out']}/<申报材料>/report.json、gaps.csv；结果索引：{params['db']}")
        if row.get("evidence_reused"):
            print(f"证据跨申报重复使用 {row['evidence_reused']} 项（jinzheng gaps --kind evidence_reused 列出）")
    # the batch loop's policy (pipeline/results/batch.py), as for verify-batch: a submission
    # that could not be verified is 2; gaps are in the index, never 1
    return batch_exit_code(row["submissions_failed"])


def _nightly_flow(args: argparse.Namespace, params: dict[str, Any]) -> dict[str, Any]:
    _prefect_environment()
    from flows.verification import nightly_verification
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value() and not args.quiet:
        print(TEMPORARY_SERVER_NOTE, file=sys.stderr, flush=True)
    try:
        with nightly_console(args):
            return nightly_verification(**params)
    except JinzhengError:
        raise
    except Exception as exc:  # the flow itself could not run (index unreachable, Prefect down)
        raise JinzhengError(f"夜间核验未能完成：{type(exc).__name__}: {exc}") from exc


def serve_options(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments for `nightly_verification.serve` (also used by the tests)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from prefect.schedules import Cron

    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise JinzhengError(f"未知时区：{args.timezone}") from exc
    try:
        schedule = Cron(args.cron, timezone=args.timezone)
    except ValueError as exc:
        raise JinzhengError(f"cron 表达式无效：{args.cron}（{exc}）") from exc
    return {"name": args.name, "schedule": schedule, "parameters": nightly_parameters(args),
            "description": "津证：每晚核验收件箱中新增或变化的申报材料",
            "tags": ["jinzheng"]}


@command("serve")
def cmd_serve(args: argparse.Namespace) -> int:
    check_output_folder(args.out)       # before Prefect starts, as for nightly
    _prefect_environment()
    options = serve_options(args)
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise JinzhengError("jinzheng serve 需要一个常驻的 Prefect 服务器（临时服务器不会按计划创建运行）："
                            "请先运行 `prefect server start`，并设置 "
                            "PREFECT_API_URL=http://127.0.0.1:4200/api（或生产服务器的地址）")
    from flows.verification import nightly_verification

    # flow.serve(cron=...) has no timezone; the same schedule with one is Cron(..., timezone=...)
    nightly_verification.serve(**options)
    return EXIT_CLEAN


def _open_index(args: argparse.Namespace):
    from pipeline.results.index import ResultsIndex

    url = _db_url(args)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        raise JinzhengError(f"结果索引不存在：{url[len('sqlite:///'):]}（请先运行 jinzheng nightly，"
                            "或用 --db / --out 指定）")
    return ResultsIndex(url, create=False)


@command("gaps")
def cmd_gaps(args: argparse.Namespace) -> int:
    from pipeline.results.index import format_table

    from pipeline.report.vocabulary import gap_kind_code, gap_kind_label

    kind = gap_kind_code(args.kind) if args.kind else None     # code or Chinese label
    with _open_index(args) as index:
        rows = index.gaps(kind=kind, submission=args.submission, status=args.status,
                          include_dismissed=args.include_dismissed)
    for row in rows:
        row["kind"] = f"{gap_kind_label(row['kind'])}（{row['kind']}）"
        row["status"] = "待复核" if row["status"] == "needs_review" else "确认"
        if not row["counts"]:
            row["status"] += "（已驳回）"
    print(format_table(rows, [("submission", "申报材料"), ("kind", "类型"), ("status", "状态"),
                              ("contract_no", "合同编号"), ("customer", "客户"), ("message", "说明")]))
    print(f"共 {len(rows)} 项")
    return EXIT_CLEAN


@command("status")
def cmd_status(args: argparse.Namespace) -> int:
    from pipeline.results.index import format_table, local_time
    from pipeline.report.verdict import verdict_text

    with _open_index(args) as index:
        rows = index.status_rows()
    for row in rows:
        row["run"] = f"#{row['last_run_id']} {local_time(row['run_started_at'])}" if row["last_run_id"] else ""
        row["state"] = STATES.get(row["status"], row["status"])
        row["verdict_text"] = verdict_text(row["award_tier_wan"], row["assessment_passed"])
        if row["gaps_total"] is not None:
            row["gap_text"] = f"{row['gaps_total']}（确认 {row['gaps_confirmed']}，待复核 {row['gaps_needs_review']}）"
        else:
            row["gap_text"] = ""
        if row["status"] != "ok":
            row["note"] = (row["error"] or "").splitlines()[0][:80] if row["error"] else ""
        else:
            row["note"] = f"核验于 {local_time(row['verified_at'])}"
    print(format_table(rows, [("name", "申报材料"), ("run", "最近运行"), ("state", "状态"),
                              ("applicant", "申报单位"), ("verdict_text", "档位/结论"),
                              ("gap_text", "缺口"), ("note", "备注")]))
    return EXIT_CLEAN


def _add_nightly_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--inbox", required=True, metavar="INBOX", help="收件箱文件夹：每个子文件夹或 .zip 是一份申报材料")
    p.add_argument("--out", default=DEFAULT_OUT, metavar="DIR",
                   help="报告写到 DIR/<申报材料>/report.json、gaps.csv（默认 ./out）")
    p.add_argument("--db", metavar="URL", help="结果索引地址（默认 sqlite:///DIR/jinzheng.sqlite；"
                                               "也可用 postgresql://user:pass@host/db）")
    p.add_argument("--catalog", metavar="FILE", help=CATALOG_HELP)
    p.add_argument("--dask-address", metavar="ADDRESS", help="在已有的 Dask 集群上核验各份申报材料，如 tcp://host:8786")
    p.add_argument("--dask-workers", type=count, metavar="N",
                   help="在本机启动这么多个工作进程的 Dask 集群来核验各份申报材料")
    _add_settings(p)


def _add_db_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="结果索引地址（默认 sqlite:///DIR/jinzheng.sqlite）")
    p.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help="未给出 --db 时，存放 jinzheng.sqlite 的文件夹（默认 ./out）")


def _register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("nightly", help="立即核验收件箱中新增或变化的申报材料（Prefect 流程）",
                       description="立即核验收件箱中新增或变化的申报材料（Prefect 流程），结果写入结果索引")
    _add_nightly_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="不在终端输出摘要")

    p = sub.add_parser("serve", help="按计划每晚运行核验流程（Prefect flow.serve）",
                       description="按计划运行夜间核验流程（Prefect flow.serve）；需要常驻的 Prefect 服务器")
    _add_nightly_options(p)
    p.add_argument("--cron", default=DEFAULT_CRON, metavar="CRON", help=f"计划（cron 表达式，默认 '{DEFAULT_CRON}'）")
    p.add_argument("--timezone", default=DEFAULT_TIMEZONE, metavar="TZ", help=f"计划所用时区（默认 {DEFAULT_TIMEZONE}）")
    p.add_argument("--name", default=DEFAULT_DEPLOYMENT, metavar="NAME", help=f"部署名称（默认 {DEFAULT_DEPLOYMENT}）")

    p = sub.add_parser("gaps", help="从结果索引列出各份申报材料的缺口",
                       description="从结果索引列出各份申报材料的缺口")
    p.add_argument("--kind", metavar="KIND", help="缺口类型，代码或中文名均可，如 amount_mismatch 或 金额不一致")
    p.add_argument("--submission", metavar="NAME", help="只列出这份申报材料的缺口")
    p.add_argument("--status", choices=["confirmed", "needs_review"], help="只列出确认（confirmed）或待复核（needs_review）的缺口")
    p.add_argument("--include-dismissed", action="store_true", help="也列出审核人员已驳回的缺口")
    _add_db_options(p)

    p = sub.add_parser("status", help="每份申报材料一行：最近运行、状态、档位、缺口数",
                       description="每份申报材料一行：最近运行、状态、奖励档位或考核结论、缺口数")
    _add_db_options(p)


_EXTENSIONS.append(_register)
