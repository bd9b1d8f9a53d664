"""Prefect flows over the library: `verify-submission` (one) and `nightly-verification` (an inbox).

Thin on purpose: the loop over the inbox is `pipeline.results.batch.InboxBatch` (the one
`jinzheng verify-batch` runs), and each verification is `pipeline.results.batch.verify_to_folder`:
`verify_submission` + `write_submission_outputs`, the very calls `jinzheng verify` makes, so
all give byte-identical report.json. What the flows add is orchestration:

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
from contextlib import ExitStack, nullcontext
from pathlib import Path
from typing import Any, Iterator

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.progress import document_progress, event_extra, position_text
from pipeline.errors import JinzhengError, plain_message
from pipeline.report.verdict import passed_text, submission_line, tier_text, verdict_text
from pipeline.report.vocabulary import document_count_text
from pipeline.results.batch import (BatchItem, BatchReporter, InboxBatch, SubmissionOutcome, error_text,
                                    executor_identity, failure_message, record_verification, verify_to_folder)
from pipeline.results.index import (ResultsIndex, default_db_url, run_document_stats, settings_fingerprint,
                                    submission_fingerprint)
from pipeline.settings import Settings

__all__ = ["artifact_key", "executor_identity", "nightly_verification", "verify_one", "verify_submission_flow",
           "verify_submissions", "verify_to_folder"]

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


def terminal_error(exc: BaseException | None, error: str | None = None) -> str:
    """A submission's failure in Chinese for the progress lines; the library's words and the
    exception stay in the index (`jinzheng status`) and the artifact."""
    return failure_message(exc, error, "详情见 jinzheng status 和 Prefect 运行日志")


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
                                     error=error_text(exc))
                index.finish_run(run_id, "failed")
            _publish_submission(name, None, error_text(exc))
            raise
        if index:
            record_verification(index, run_id, BatchItem(name, str(source_path), fingerprint), result)
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
def verify_submissions(todo: list[dict[str, Any]], out: str,
                       settings: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """One `verify-one-submission` task per entry of `todo` ({name, source}), on the flow's
    task runner (one at a time here, its documents on every core; the nightly flow swaps in a
    DaskTaskRunner with `with_options`). Yields (name, result or the exception) as each
    finishes, so the batch loop records it at once and a run killed later keeps it."""
    futures = {}
    for position, entry in enumerate(todo, 1):
        future = verify_one.submit(name=entry["name"], source=entry["source"],
                                   out_dir=str(Path(out) / entry["name"]), settings=settings,
                                   position=position, count=len(todo))
        futures[future] = entry["name"]
    for future in as_completed(list(futures)):
        result = future.result(raise_on_failure=False)
        if not isinstance(result, BaseException) and future.state.is_failed():
            result = RuntimeError(str(future.state.message))
        yield futures[future], result


def prefect_completions(out: str, params: dict[str, Any], dask_address: str | None,
                        dask_workers: int | None):
    """The batch loop's `completions` for the nightly run: the `verify-submissions` subflow,
    on Dask when asked."""
    def complete(todo: list[BatchItem]):
        by_name = {item.name: item for item in todo}
        runner = dask_task_runner(dask_address, dask_workers)
        with ExitStack() as stack:
            subflow = verify_submissions
            if runner is not None:
                stack.enter_context(_dask_context(dask_workers))
                stack.enter_context(_api_url_for_workers())
                subflow = verify_submissions.with_options(task_runner=runner)
            for name, result in subflow(todo=[{"name": i.name, "source": i.source} for i in todo],
                                        out=out, settings=params):
                yield by_name[name], result
    return complete


class FlowReporter(BatchReporter):
    """The nightly run's lines, through the Prefect run logger (the UI, and the terminal of
    `jinzheng nightly` by flows/progress.py), and a markdown artifact per submission."""

    def __init__(self, inbox: str):
        self.inbox = inbox

    def planned(self, listed: int, todo: list[BatchItem], skipped: int) -> None:
        get_run_logger().info("收件箱 %s：申报材料 %d 份，需核验 %d 份，未变化跳过 %d 份", self.inbox, listed,
                              len(todo), skipped, extra=event_extra("inbox", submissions=listed, todo=len(todo)))

    def finished(self, outcome: SubmissionOutcome, position: int | None, count: int | None) -> None:
        logger = get_run_logger()
        name = outcome.name
        if outcome.status == "failed":
            if outcome.stage == "inbox":
                logger.error("申报材料 %s：%s", name, plain_message(outcome.error or "", fallback=None)[0],
                             extra=event_extra("submission_failed", submission=name))
            else:
                logger.error("%s%s：核验失败：%s", position_text(position, count), name,
                             terminal_error(outcome.exception, outcome.error),
                             extra=event_extra("submission_failed", submission=name))
            _publish_submission(name, None, outcome.error)
            return
        result = outcome.result
        logger.info("%s%s", position_text(position, count),
                    submission_line(name, result["summary"], result["stats"], result["seconds"]),
                    extra=event_extra("submission_done", submission=name, status=outcome.status))
        _publish_submission(name, result)

    def reuse_checked(self, reuse) -> None:  # noqa: ANN001
        _log_reuse(reuse)


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
    settings_obj = Settings.from_params(settings)
    if "workers" not in (settings or {}):
        if dask_workers:  # a local cluster shares this machine's cores between its workers
            settings_obj = settings_obj.with_(workers=max(1, (os.cpu_count() or 1) // dask_workers))
        elif dask_address:  # one document at a time per Dask worker: the cluster is the parallelism
            settings_obj = settings_obj.with_(workers=1)
    index = ResultsIndex(db or default_db_url(out_root))
    batch = InboxBatch(inbox, out_root, settings_obj, index=index, kind="nightly", flow_run_id=_flow_run_id(),
                       reporter=FlowReporter(inbox))
    try:
        batch.run(prefect_completions(str(out_root), settings_obj.to_params(), dask_address, dask_workers))
    finally:
        row = batch.result.row
        try:
            if row is not None:
                create_table_artifact(summary_table(index, batch.result.statuses()), key=SUMMARY_ARTIFACT_KEY,
                                      description=f"津证夜间核验 #{row['id']}：已核验 {row['submissions_ok']}，"
                                                  f"跳过 {row['submissions_skipped']}，失败 {row['submissions_failed']}；"
                                                  f"新处理文档 {row['documents_processed']} 份"
                                                  f"{_reuse_text(batch.result.reuse_findings)}")
        finally:
            index.close()
    logger.info("运行 #%d 结束：已核验 %d（不完整 %d），跳过 %d，失败 %d；%s", row["id"], row["submissions_ok"],
                row["submissions_incomplete"], row["submissions_skipped"], row["submissions_failed"],
                document_count_text(run_document_stats(row)))
    reuse = batch.result.reuse
    out_row = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    out_row["executors"] = {o.name: o.result["executor"] for o in batch.result.outcomes
                            if o.result and o.result.get("executor")}
    out_row["evidence_reused"] = batch.result.reuse_findings
    out_row["evidence_reused_updated"] = reuse.updated if reuse else []
    return out_row


def _reuse_text(findings: int | None) -> str:
    return f"；证据跨申报重复使用 {findings} 项" if findings else ""


def _detect_reuse(index: ResultsIndex, verified: list[str], settings: Settings):
    """Evidence reused across submissions: the submissions verified now against every other in
    the index (pipeline.results.reuse)."""
    from pipeline.results.reuse import detect_reuse

    outcome = detect_reuse(index, verified, settings.catalog)
    _log_reuse(outcome)
    return outcome


def _log_reuse(outcome) -> None:  # noqa: ANN001
    logger = get_run_logger()
    for name, error in outcome.errors.items():
        logger.error("申报材料 %s 的证据重复使用核查失败：%s", name, error)
    logger.info("证据跨申报重复使用：核查 %d 份申报材料，更新报告 %d 份；索引中共 %d 项",
                len(outcome.checked), len(outcome.updated), outcome.findings)
