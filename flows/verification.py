"""Prefect flows over the library: `verify-submission` (one) and `nightly-verification` (an inbox).

Thin on purpose: the work is `pipeline.results.verify.verify_submission` +
`pipeline.report.outputs.write_submission_outputs`, the very calls `jinzheng verify` makes, so both give byte-identical report.json. What the flows
add is orchestration:

* incremental: a submission whose fingerprint (sorted SHA-256s of its files + package version
  and source + reading settings + catalog) equals that of its last complete run, and whose
  report is still on disk, is skipped and recorded as skipped; inside a submission that does
  run, every document already read is served by the library's DocumentCache (SHA-256 +
  version + document-reading code), so a killed run started again redoes nothing that finished;
* parallel: one coarse task per submission; inside it the library reads the documents in
  worker processes on every core. On Dask (`verify-submissions` subflow with a
  DaskTaskRunner), submissions are spread over the cluster's workers;
* resilient: transient errors retry; a submission that cannot be verified is recorded as
  failed with its error and the batch goes on; one where a document timed out or its worker
  crashed is recorded `incomplete` (no fingerprint), so the next run tries it again;
* visible: the results index (pipeline.results.index) and reviewer-facing Prefect artifacts.

Prefect task caching is deliberately not used: the index's fingerprint check is the cache key
Prefect would need (content + code), and unlike a cached task result it also re-runs when a
report was deleted and leaves a "skipped" row reviewers can see.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import sys
import time
from contextlib import ExitStack, nullcontext
from dataclasses import asdict
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.progress import document_progress, event_extra, position_text
from pipeline.documents.workers import Progress
from pipeline.errors import JinzhengError, plain_message
from pipeline.results.inbox import list_inbox
from pipeline.results.index import (ResultsIndex, default_db_url, run_document_stats, settings_fingerprint,
                                    submission_fingerprint, summarize_report)
from pipeline.settings import Settings
from pipeline.report.verdict import passed_text, submission_line, tier_text, verdict_text
from pipeline.report.vocabulary import document_count_text

SUMMARY_ARTIFACT_KEY = "jinzheng-nightly-summary"
REQUIREMENT_STATUS = {"met": "满足", "not_met": "不满足", "unverifiable": "待复核"}
GAP_STATUS = {"confirmed": "确认", "needs_review": "待复核"}
RUN_STATUS = {"ok": "已核验", "incomplete": "已核验（不完整，下次重试）", "failed": "失败",
              "skipped": "未变化，跳过"}
STATE = {"ok": "已核验", "incomplete": "不完整，待重试", "failed": "失败"}


# ---- parameters ------------------------------------------------------------------------------

def artifact_key(submission: str) -> str:
    """Prefect artifact keys allow lowercase ascii letters, digits and dashes only.

    `support_clean` -> `jinzheng-support-clean-<hash>`; a Chinese name keeps only its hash.
    The hash (of the exact name) keeps two names that slug alike apart; the key is stable.
    """
    slug = re.sub(r"[^a-z0-9]+", "-", submission.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(submission.encode("utf-8")).hexdigest()[:10]
    return f"jinzheng-{slug}-{digest}" if slug else f"jinzheng-{digest}"


# ---- the one task ----------------------------------------------------------------------------

def _retry_transient(task, task_run, state) -> bool:  # noqa: ANN001 - Prefect's signature
    """Retry what may pass next time (I/O, a killed worker); never a bad submission."""
    try:
        state.result()
    except JinzhengError:
        return False
    except Exception:
        return True
    return False


def verify_to_folder(source: str, out_dir: str, settings: dict[str, Any] | None,
                     progress: Progress | None = None) -> dict[str, Any]:
    """The library path, exactly as `jinzheng verify` takes it: verify_submission, then
    write_submission_outputs (report.json and gaps.csv with reviewer decisions applied,
    report.html). Returns a compact summary for the index and the artifacts."""
    from pipeline.report.outputs import write_submission_outputs
    from pipeline.results.verify import verify_submission

    started = time.monotonic()
    # (in a daemonic Dask worker the library reads documents in-process: pipeline/documents/workers.py)
    verification, stats = verify_submission(Path(source), Settings.from_params(settings), progress)
    report = write_submission_outputs(verification, Path(source), Path(out_dir))
    return {"summary": summarize_report(report), "stats": asdict(stats),
            "report_path": str(Path(out_dir) / "report.json"), "seconds": round(time.monotonic() - started, 3),
            "executor": executor_identity()}


def executor_identity() -> str:
    """Where the work ran: the Dask worker's address on a cluster, else host:pid."""
    if "distributed" in sys.modules:  # imported by Dask workers; too heavy to import otherwise
        from distributed import get_worker

        try:
            return get_worker().address
        except ValueError:  # not inside a Dask worker
            pass
    return f"{socket.gethostname()}:{os.getpid()}"


@task(name="verify-one-submission", task_run_name="verify {name}", retries=2,
      retry_delay_seconds=[10, 60], retry_condition_fn=_retry_transient, cache_policy=NO_CACHE)
def verify_one(name: str, source: str, out_dir: str, settings: dict[str, Any] | None = None,
               position: int | None = None, count: int | None = None) -> dict[str, Any]:
    """`position` of `count`: where this submission stands in the run, for the progress lines."""
    logger = get_run_logger()
    return verify_to_folder(source, out_dir, settings, document_progress(logger, name, position, count))


# ---- artifacts -------------------------------------------------------------------------------

def _md(value: Any) -> str:
    return ("" if value is None else str(value)).replace("|", "\\|").replace("\n", " ")


def submission_markdown(name: str, result: dict[str, Any] | None, error: str | None = None) -> str:
    if result is None:
        return (f"# 申报材料「{name}」：核验失败\n\n无法完成核验，请检查申报材料后重新提交。\n\n"
                f"错误：{_md(error)}\n")
    s, st = result["summary"], result["stats"]
    lines = [
        f"# 申报材料「{name}」核验结果", "",
        f"- 申报单位：{_md(s['applicant'])}（统一社会信用代码 {_md(s.get('uscc'))}）",
        f"- 适用目录：{_md(s['catalog_id'])}",
    ]
    if s.get("award_tier_wan") is not None:
        lines.append(f"- 奖励档位：{tier_text(s['award_tier_wan'])}")
    if s.get("assessment_passed") is not None:
        lines.append(f"- 考核结论：{passed_text(s['assessment_passed'])}")
    if s.get("incomplete"):
        lines.append(f"- 注意：{_md(s['incomplete'])}")
    if s.get("accepted_total_yuan") is not None:
        lines.append(f"- 核实验收合同总额 {float(s['accepted_total_yuan']) / 10000:,.2f} 万元"
                     f" / 申报 {float(s['declared_total_yuan']) / 10000:,.2f} 万元")
    dismissed = f"；另有 {s['gaps_dismissed']} 项经审核驳回、不计入" if s.get("gaps_dismissed") else ""
    lines += [f"- 缺口 {s['gaps_total']} 项（确认 {s['gaps_confirmed']}，待复核 {s['gaps_needs_review']}）{dismissed}",
              f"- {document_count_text(st)}",
              f"- 报告：`{result['report_path']}`", "", "## 各项要求", "",
              "| 编号 | 要求 | 结论 |", "|---|---|---|"]
    lines += [f"| {_md(r['id'])} | {_md(r['title'])} | {REQUIREMENT_STATUS.get(r['status'], r['status'])} |"
              for r in s["requirements"]]
    if s["gaps"]:
        lines += ["", "## 缺口", "", "| 类型 | 状态 | 合同编号 | 客户 | 说明 |", "|---|---|---|---|---|"]
        for g in s["gaps"][:100]:
            state = GAP_STATUS.get(g["status"], g["status"]) + ("（已驳回）" if not g.get("counts", True) else "")
            lines.append(f"| {_md(g['kind'])} | {state} | "
                         f"{_md(g.get('contract_no'))} | {_md(g.get('customer'))} | {_md(g.get('message'))} |")
        if len(s["gaps"]) > 100:
            lines.append(f"\n…另有 {len(s['gaps']) - 100} 项，见 gaps.csv")
    return "\n".join(lines) + "\n"


def _publish_submission(name: str, result: dict[str, Any] | None, error: str | None = None) -> None:
    create_markdown_artifact(submission_markdown(name, result, error), key=artifact_key(name),
                             description=f"申报材料「{name}」核验结果")


def summary_table(index: ResultsIndex, this_run: dict[str, str]) -> list[dict[str, Any]]:
    """Every submission in the index: applicant, tier, requirement statuses, gap counts, and
    its documents found in other applicants' submissions."""
    reused: dict[str, int] = {}
    for g in index.gaps(kind="evidence_reused"):
        reused[g["submission"]] = reused.get(g["submission"], 0) + 1
    reqs: dict[str, list[str]] = {}
    for r in index.requirements():
        reqs.setdefault(r["submission"], []).append(
            f"{r['requirement']}:{REQUIREMENT_STATUS.get(r['status'], r['status'])}")
    rows = []
    for s in index.status_rows():
        rows.append({
            "申报材料": s["name"],
            "申报单位": s["applicant"] or "",
            "本次": RUN_STATUS.get(this_run.get(s["name"], ""), "未在收件箱"),
            "状态": STATE.get(s["status"], s["status"]),
            "档位/结论": verdict_text(s["award_tier_wan"], s["assessment_passed"]),
            "各项要求": "；".join(reqs.get(s["name"], [])),
            "缺口": s["gaps_total"] if s["gaps_total"] is not None else "",
            "确认": s["gaps_confirmed"] if s["gaps_confirmed"] is not None else "",
            "待复核": s["gaps_needs_review"] if s["gaps_needs_review"] is not None else "",
            "证据跨申报重复使用": reused.get(s["name"], 0),
            "错误": (s["error"] or "")[:200] if s["status"] != "ok" else "",
        })
    return rows


# ---- flows -----------------------------------------------------------------------------------

def _flow_run_id() -> str | None:
    ctx = FlowRunContext.get()
    return str(ctx.flow_run.id) if ctx and ctx.flow_run else None


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def terminal_error(exc: BaseException) -> str:
    """A submission's failure in Chinese for the progress lines; the library's words and the
    exception stay in the index (`jinzheng status`) and the artifact."""
    if isinstance(exc, JinzhengError):
        return plain_message(str(exc), fallback=None)[0]
    return f"内部错误（{type(exc).__name__}），详情见 jinzheng status 和 Prefect 运行日志"


def _record_result(index: ResultsIndex, run_id: int, name: str, source: str, fingerprint: str | None,
                   result: dict[str, Any]) -> str:
    """Success, or `incomplete` when a document timed out or crashed: then no fingerprint."""
    s = result["summary"]
    index.record_success(run_id, name, source=source, fingerprint=fingerprint, summary=s,
                         stats=result["stats"], report_path=result["report_path"], seconds=result["seconds"],
                         incomplete=s.get("incomplete"))
    return "incomplete" if s.get("incomplete") else "ok"


def _fingerprint_error(exc: BaseException) -> str:
    return f"无法读取申报材料的文件（可能正在上传或已被移走），未核验：{_error_text(exc)}"


@flow(name="verify-submission", log_prints=False)
def verify_submission_flow(source: str, out: str, db: str | None = None,
                           settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """One submission (folder or zip) -> `<out>/report.json`, `<out>/gaps.csv`; optionally indexed."""
    source_path = Path(source)
    name = source_path.stem if source_path.is_file() else source_path.name
    index = ResultsIndex(db) if db else None
    try:
        run_id = index.start_run("single", str(source_path), _flow_run_id()) if index else None
        try:
            fingerprint = (submission_fingerprint(source_path, settings_fingerprint(Settings.from_params(settings)))
                           if index and source_path.exists() else None)
            result = verify_one(name, str(source_path), str(out), settings)
        except Exception as exc:
            if index:
                index.record_failure(run_id, name, source=str(source_path), fingerprint=None,
                                     error=_error_text(exc))
                index.finish_run(run_id, "failed")
            _publish_submission(name, None, _error_text(exc))
            raise
        if index:
            _record_result(index, run_id, name, str(source_path), fingerprint, result)
            _detect_reuse(index, [name], Settings.from_params(settings))
            index.finish_run(run_id)
    finally:
        if index:
            index.close()
    _publish_submission(name, result)
    return result


def dask_task_runner(dask_address: str | None, dask_workers: int | None):
    """A DaskTaskRunner on an existing scheduler (`tcp://host:8786`) or on a LocalCluster of
    `dask_workers` processes started for the run; None when neither is asked for."""
    if not dask_address and not dask_workers:
        return None
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": dask_workers, "processes": True,
                                          "threads_per_worker": 1, "dashboard_address": ":0"})


def _dask_context(dask_workers: int | None):
    """Our submissions may start the library's document worker processes; the daemonic worker
    processes a LocalCluster starts by default may not have children. Scoped to this run."""
    if not dask_workers:
        return nullcontext()
    import dask

    return dask.config.set({"distributed.worker.daemon": False})


def _api_url_for_workers():
    """Without PREFECT_API_URL this process runs a temporary server; Dask workers must report
    to it (the settings they receive would otherwise make each start a server of its own)."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        return nullcontext()
    with get_client(sync_client=True) as client:
        url = str(client.api_url).rstrip("/")
    return temporary_settings(updates={PREFECT_API_URL: url})


@flow(name="verify-submissions", task_runner=ThreadPoolTaskRunner(max_workers=1), log_prints=False)
def verify_submissions(todo: list[dict[str, Any]], db: str, run_id: int, out: str,
                       settings: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """One `verify-one-submission` task per entry of `todo` ({name, source, fingerprint}), on
    the flow's task runner (one at a time here, its documents on every core; the nightly flow
    swaps in a DaskTaskRunner with `with_options`). Each result is recorded in the index as
    soon as it is in, so a run killed later keeps it. Returns {name: {status, executor}}."""
    logger = get_run_logger()
    done: dict[str, dict[str, Any]] = {}
    with ResultsIndex(db) as index:
        futures = {}
        for position, entry in enumerate(todo, 1):
            future = verify_one.submit(name=entry["name"], source=entry["source"],
                                       out_dir=str(Path(out) / entry["name"]), settings=settings,
                                       position=position, count=len(todo))
            futures[future] = entry
        for finished, future in enumerate(as_completed(list(futures)), 1):
            entry = futures[future]
            name, source = entry["name"], entry["source"]
            where = position_text(finished, len(todo))
            result = future.result(raise_on_failure=False)
            if isinstance(result, BaseException) or future.state.is_failed():
                exc = result if isinstance(result, BaseException) else RuntimeError(str(future.state.message))
                error = _error_text(exc)
                logger.error("%s%s：核验失败：%s", where, name, terminal_error(exc),
                             extra=event_extra("submission_failed", submission=name))
                index.record_failure(run_id, name, source=source, fingerprint=entry["fingerprint"], error=error)
                done[name] = {"status": "failed", "executor": None}
                _publish_submission(name, None, error)
                continue
            status = _record_result(index, run_id, name, source, entry["fingerprint"], result)
            logger.info("%s%s", where, submission_line(name, result["summary"], result["stats"], result["seconds"]),
                        extra=event_extra("submission_done", submission=name, status=status))
            done[name] = {"status": status, "executor": result["executor"]}
            _publish_submission(name, result)
    return done


@flow(name="nightly-verification", log_prints=False)
def nightly_verification(inbox: str, out: str, db: str | None = None,
                         settings: dict[str, Any] | None = None, dask_address: str | None = None,
                         dask_workers: int | None = None) -> dict[str, Any]:
    """Every submission of the inbox (sub-folders and .zip files) -> `<out>/<name>/`.

    Unchanged submissions are skipped; failures are recorded and the batch goes on.
    Returns the run's row of the index (counts: submissions ok/failed/skipped, documents
    processed, cache hits) plus `executors`: where each verified submission ran.
    """
    logger = get_run_logger()
    out_root = Path(out)
    out_root.mkdir(parents=True, exist_ok=True)
    settings_obj = Settings.from_params(settings)
    if "workers" not in (settings or {}):
        if dask_workers:  # a local cluster shares this machine's cores between its workers
            settings_obj = settings_obj.with_(workers=max(1, (os.cpu_count() or 1) // dask_workers))
        elif dask_address:  # one document at a time per Dask worker: the cluster is the parallelism
            settings_obj = settings_obj.with_(workers=1)
    params = settings_obj.to_params()
    db_url = db or default_db_url(out_root)
    index = ResultsIndex(db_url)
    run_id = index.start_run("nightly", str(inbox), _flow_run_id())
    this_run: dict[str, str] = {}
    done: dict[str, dict[str, Any]] = {}
    reuse = None
    status = "failed"
    try:
        entries = list_inbox(inbox)
        printed = settings_fingerprint(settings_obj)
        todo = []
        seen: set[str] = set()
        for name, path in entries:
            if name in seen:  # "a/" and "a.zip": two submissions may not share a name
                index.record_failure(run_id, name, source=str(path), fingerprint=None,
                                     error=f"收件箱中有同名申报材料：{path.name}，未处理")
                this_run[name] = "failed"
                continue
            seen.add(name)
            try:  # a file may vanish or fail to read between listing and hashing
                fingerprint = submission_fingerprint(path, printed)
            except OSError as exc:
                error = _fingerprint_error(exc)
                logger.error("申报材料 %s：%s", name, plain_message(error, fallback=None)[0],
                             extra=event_extra("submission_failed", submission=name))
                index.record_failure(run_id, name, source=str(path), fingerprint=None, error=error)
                this_run[name] = "failed"
                _publish_submission(name, None, error)
                continue
            report = out_root / name / "report.json"
            if index.last_success_fingerprint(name) == fingerprint and report.exists():
                index.record_skipped(run_id, name, fingerprint)
                this_run[name] = "skipped"
                continue
            todo.append({"name": name, "source": str(path), "fingerprint": fingerprint})
        logger.info("收件箱 %s：申报材料 %d 份，需核验 %d 份，未变化跳过 %d 份", inbox, len(entries),
                    len(todo), sum(1 for v in this_run.values() if v == "skipped"),
                    extra=event_extra("inbox", submissions=len(entries), todo=len(todo)))

        if todo:
            runner = dask_task_runner(dask_address, dask_workers)
            with ExitStack() as stack:
                subflow = verify_submissions
                if runner is not None:
                    stack.enter_context(_dask_context(dask_workers))
                    stack.enter_context(_api_url_for_workers())
                    subflow = verify_submissions.with_options(task_runner=runner)
                done = subflow(todo=todo, db=db_url, run_id=run_id, out=str(out_root), settings=params)
            this_run.update({name: d["status"] for name, d in done.items()})
        reuse = _detect_reuse(index, [n for n, d in done.items() if d["status"] in ("ok", "incomplete")],
                              settings_obj)
        status = "completed"
    finally:
        row = index.finish_run(run_id, status)
        try:
            create_table_artifact(summary_table(index, this_run), key=SUMMARY_ARTIFACT_KEY,
                                  description=f"津证夜间核验 #{run_id}：已核验 {row['submissions_ok']}，"
                                              f"跳过 {row['submissions_skipped']}，失败 {row['submissions_failed']}；"
                                              f"新处理文档 {row['documents_processed']} 份"
                                              f"{_reuse_text(reuse)}")
        finally:
            index.close()
    logger.info("运行 #%d 结束：已核验 %d（不完整 %d），跳过 %d，失败 %d；%s", run_id, row["submissions_ok"],
                row["submissions_incomplete"], row["submissions_skipped"], row["submissions_failed"],
                document_count_text(run_document_stats(row)))
    out_row = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    out_row["executors"] = {name: d["executor"] for name, d in done.items() if d.get("executor")}
    out_row["evidence_reused"] = reuse.findings if reuse else None
    out_row["evidence_reused_updated"] = reuse.updated if reuse else []
    return out_row


def _reuse_text(outcome) -> str:  # noqa: ANN001
    return f"；证据跨申报重复使用 {outcome.findings} 项" if outcome and outcome.findings else ""


def _detect_reuse(index: ResultsIndex, verified: list[str], settings: Settings):
    """Evidence reused across submissions: the submissions verified now against every other in
    the index (pipeline.results.reuse), after all of this run's are recorded, so two new ones
    sharing a receipt find each other whatever order they finished in."""
    from pipeline.results.reuse import detect_reuse

    logger = get_run_logger()
    outcome = detect_reuse(index, verified, settings.catalog)
    for name, error in outcome.errors.items():
        logger.error("申报材料 %s 的证据重复使用核查失败：%s", name, error)
    logger.info("证据跨申报重复使用：核查 %d 份申报材料，更新报告 %d 份；索引中共 %d 项",
                len(outcome.checked), len(outcome.updated), outcome.findings)
    return outcome
