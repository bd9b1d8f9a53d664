"""One loop over an inbox, for `jinzheng verify-batch` and the nightly flow alike.

    list the inbox → fingerprint check (skip what is unchanged) → verify → write outputs
    → index row → a line per submission → the run's exit code

`InboxBatch.run` is that loop. Its callers differ only in how the verifications are carried
out (`completions`: here one after the other; the nightly flow hands them to Prefect tasks,
on Dask if asked) and in what they tell the user (`BatchReporter`: a tqdm bar and
summary.xlsx for verify-batch, run-logger lines and artifacts for the flow). Everything a
submission's outcome means — its index row, its error file, the exit code — is decided here.

An unchanged night touches nothing heavy: listing and hashing the inbox and one query of the
index per run decide what is skipped before any verification code is imported or any task
is created. This module never imports prefect.
"""

from __future__ import annotations

import os
import socket
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from pipeline.errors import EXIT_CANNOT_RUN, EXIT_CLEAN, EXIT_GAPS, JinzhengError, plain_message
from pipeline.results.inbox import list_inbox
from pipeline.settings import Settings

# what the index and the artifacts keep of a verification (verify_to_folder's return value)
Result = dict[str, Any]
Progress = Callable[[int, int, str], None]
ERROR_FILE = "error.txt"
REUSE_GAP_KIND = "evidence_reused"     # pipeline.catalogs.loader.REUSE_GAP_KIND (not imported: jsonschema)


@dataclass(frozen=True)
class BatchItem:
    """A submission of the inbox to verify; `fingerprint` None when nothing is indexed."""
    name: str
    source: str
    fingerprint: str | None = None


@dataclass
class SubmissionOutcome:
    """What became of one submission of the run."""
    name: str
    source: str
    status: str                       # ok / incomplete / failed / skipped
    fingerprint: str | None = None
    result: Result | None = None      # verify_to_folder's, for ok / incomplete
    error: str | None = None          # "Type: words" of a failure: index, artifacts, error.txt
    exception: BaseException | None = None
    stage: str = "verify"             # inbox: failed while listing or hashing, before any verification
    error_file: Path | None = None

    @property
    def verified(self) -> bool:
        return self.status in ("ok", "incomplete")

    @property
    def has_gaps(self) -> bool:
        return self.verified and self.result is not None and self.result["summary"].get("verdict") == "gaps"


@dataclass
class BatchResult:
    outcomes: list[SubmissionOutcome] = field(default_factory=list)
    run_id: int | None = None
    row: dict[str, Any] | None = None     # the run's row of the index (counts), when indexed
    reuse: Any = None                     # pipeline.results.reuse.ReuseOutcome, when some were verified
    reuse_findings: int | None = None     # evidence_reused gaps in the index after the run, when indexed
    listed: int = 0

    @property
    def failed(self) -> list[SubmissionOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def with_gaps(self) -> list[SubmissionOutcome]:
        return [o for o in self.outcomes if o.has_gaps]

    def statuses(self) -> dict[str, str]:
        return {o.name: o.status for o in self.outcomes}

    def exit_code(self, *, gaps_count: bool) -> int:
        return batch_exit_code(len(self.failed), len(self.with_gaps) if gaps_count else 0)


def batch_exit_code(failed: int, with_gaps: int = 0) -> int:
    """The one policy (README's table): 2 when a submission could not be verified; else 1 when
    a report has gaps that count here (verify-batch: the reports are the answer); else 0. The
    nightly run keeps gaps in the index and passes none, so its code never says 1."""
    if failed:
        return EXIT_CANNOT_RUN
    return EXIT_GAPS if with_gaps else EXIT_CLEAN


class BatchReporter:
    """What the user is told while the loop runs; every method may be left as it is."""

    def planned(self, listed: int, todo: list[BatchItem], skipped: int) -> None:
        """After the inbox is listed and checked, before any verification."""

    def progress_for(self, item: BatchItem, position: int, count: int) -> Progress | None:
        """Per-document progress of a verification carried out in this process."""
        return None

    def finished(self, outcome: SubmissionOutcome, position: int | None, count: int | None) -> None:
        """A submission is done (verified or failed; `position` None for one that failed in
        the inbox check). Not called for skipped ones."""

    def reuse_checked(self, reuse: Any) -> None:
        """Evidence reuse across submissions was checked (indexed runs only)."""


Completions = Callable[[list[BatchItem]], Iterable[tuple[BatchItem, "Result | BaseException"]]]


# ---- one verification -------------------------------------------------------------------------

def verify_to_folder(source: str | Path, out_dir: str | Path, settings: dict[str, Any] | Settings | None,
                     progress: Progress | None = None, *, keep_report: bool = False) -> Result:
    """The library path, exactly as `jinzheng verify` takes it: verify_submission, then
    write_submission_outputs (report.json and gaps.csv with reviewer decisions applied,
    report.html). Returns a compact summary for the index and the artifacts (and the whole
    report with `keep_report`, for summary.xlsx)."""
    from pipeline.report.outputs import write_submission_outputs
    from pipeline.results.index import summarize_report
    from pipeline.results.verify import verify_submission

    started = time.monotonic()
    settings = settings if isinstance(settings, Settings) else Settings.from_params(settings)
    # (in a daemonic Dask worker the library reads documents in-process: pipeline/documents/workers.py)
    verification, stats = verify_submission(Path(source), settings, progress)
    report = write_submission_outputs(verification, Path(source), Path(out_dir))
    result = {"summary": summarize_report(report), "stats": asdict(stats),
              "report_path": str(Path(out_dir) / "report.json"), "seconds": round(time.monotonic() - started, 3),
              "executor": executor_identity()}
    if keep_report:
        result["report"] = report
    return result


def executor_identity() -> str:
    """Where the work ran: the Dask worker's address on a cluster, else host:pid."""
    if "distributed" in sys.modules:  # imported by Dask workers; too heavy to import otherwise
        from distributed import get_worker

        try:
            return get_worker().address
        except ValueError:  # not inside a Dask worker
            pass
    return f"{socket.gethostname()}:{os.getpid()}"


def error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def failure_message(exc: BaseException | None, error: str | None, where: str) -> str:
    """A failure in one Chinese line for a person: a JinzhengError's own words (without the
    library's), an internal error by its type and `where` the details are."""
    if isinstance(exc, JinzhengError):
        return plain_message(str(exc), fallback=None)[0]
    if exc is None:
        return plain_message(error or "", fallback=None)[0]
    return f"内部错误（{type(exc).__name__}），{where}"


def fingerprint_error(exc: BaseException) -> str:
    return f"无法读取申报材料的文件（可能正在上传或已被移走），未核验：{error_text(exc)}"


def record_verification(index, run_id: int, item: BatchItem, result: Result) -> str:  # noqa: ANN001
    """A verification's index row: `ok`, or `incomplete` when a document timed out or its
    worker crashed, then without a fingerprint (the next run verifies it again)."""
    summary = result["summary"]
    index.record_success(run_id, item.name, source=item.source, fingerprint=item.fingerprint, summary=summary,
                         stats=result["stats"], report_path=result["report_path"], seconds=result["seconds"],
                         incomplete=summary.get("incomplete"))
    return "incomplete" if summary.get("incomplete") else "ok"


# ---- the loop -----------------------------------------------------------------------------------

class InboxBatch:
    """Every submission of `inbox` → `<out>/<name>/`; with an `index`, unchanged ones are skipped
    and every outcome is recorded in it as soon as it is known (a run killed later keeps it)."""

    def __init__(self, inbox: str | Path, out: str | Path, settings: Settings, *, index=None,  # noqa: ANN001
                 kind: str = "nightly", flow_run_id: str | None = None, reporter: BatchReporter | None = None,
                 error_files: bool = False, keep_reports: bool = False, require_submissions: bool = False):
        self.inbox, self.out = Path(inbox), Path(out)
        self.settings = settings
        self.index = index
        self.kind, self.flow_run_id = kind, flow_run_id
        self.reporter = reporter or BatchReporter()
        self.error_files = error_files        # verify-batch: <out>/<name>/error.txt for each failure
        self.keep_reports = keep_reports      # verify-batch: whole reports, for summary.xlsx
        self.require_submissions = require_submissions
        self.result = BatchResult()
        # (name, source, error, exception) of submissions failed by the inbox check of the last plan
        self.early_failures: list[tuple[str, str, str, BaseException | None]] = []

    # -- the stages, in order --

    def plan(self, *, record: bool = True) -> list[BatchItem]:
        """List the inbox; with an index, fingerprint each submission and skip one whose
        fingerprint equals its last complete run's while its report is on disk.

        A submission whose files look as they did when last fingerprinted (same signature:
        sizes, times, inodes) keeps that fingerprint without being read again. Skipped rows
        go to the index in one transaction. `record=False` only looks: nothing of the run is
        written (the command line asks so before it decides whether to start Prefect)."""
        entries = list_inbox(self.inbox)
        if not entries and self.require_submissions:
            raise JinzhengError(f"{self.inbox} 中没有申报材料（子文件夹或 .zip）")
        self.result.listed = len(entries)
        printed = None
        known: dict[str, str] = {}
        signatures: dict[str, tuple[str, str]] = {}
        fresh: dict[str, tuple[str, str]] = {}
        if self.index is not None:
            from pipeline.results.index import settings_fingerprint, submission_fingerprint, submission_signature

            printed = settings_fingerprint(self.settings)
            known = self.index.success_fingerprints()       # one query for the whole inbox
            signatures = self.index.signatures()            # and one for what its files looked like
        todo: list[BatchItem] = []
        skipped: list[SubmissionOutcome] = []
        self.early_failures = []
        seen: set[str] = set()
        for name, path in entries:
            if name in seen:  # "a/" and "a.zip": two submissions may not share a name
                self.early_failures.append((name, str(path), f"收件箱中有同名申报材料：{path.name}，未处理", None))
                continue
            seen.add(name)
            fingerprint = None
            if printed is not None:
                try:  # a file may vanish or fail to read between listing and hashing
                    signature = submission_signature(path, printed)
                    stored = signatures.get(name)
                    if signature is not None and stored and stored[0] == signature:
                        fingerprint = stored[1]
                    else:
                        fingerprint = submission_fingerprint(path, printed)
                        if signature is not None:
                            fresh[name] = (signature, fingerprint)
                except OSError as exc:
                    self.early_failures.append((name, str(path), fingerprint_error(exc), exc))
                    continue
                if known.get(name) == fingerprint and (self.out / name / "report.json").exists():
                    skipped.append(SubmissionOutcome(name, str(path), "skipped", fingerprint))
                    continue
            todo.append(BatchItem(name, str(path), fingerprint))
        if self.index is not None:
            self.index.save_signatures(fresh)
        if not record:
            return todo
        for name, source, error, exc in self.early_failures:
            self._fail_early(name, source, error, exc)
        if skipped:
            self.index.record_skipped_many(self.result.run_id, [(o.name, o.fingerprint) for o in skipped])
            self.result.outcomes.extend(skipped)
        self.reporter.planned(len(entries), todo, len(skipped))
        return todo

    def nothing_to_do(self) -> bool:
        """Whether a run now would skip every submission (and fail none): a look at the inbox
        and the index that writes nothing of a run."""
        return not self.plan(record=False) and not self.early_failures

    def _fail_early(self, name: str, source: str, error: str, exc: BaseException | None = None) -> None:
        if self.index is not None:
            self.index.record_failure(self.result.run_id, name, source=source, fingerprint=None, error=error)
        outcome = SubmissionOutcome(name, source, "failed", error=error, exception=exc, stage="inbox")
        self.result.outcomes.append(outcome)
        self.reporter.finished(outcome, None, None)

    def verify_here(self, todo: list[BatchItem]) -> Iterator[tuple[BatchItem, Result | BaseException]]:
        """The default `completions`: one submission after the other in this process (its
        documents on every core); a failure is handed on, never raised, so the batch goes on."""
        for position, item in enumerate(todo, 1):
            progress = self.reporter.progress_for(item, position, len(todo))
            try:
                yield item, verify_to_folder(item.source, self.out / item.name, self.settings, progress,
                                             keep_report=self.keep_reports)
            except (KeyboardInterrupt, SystemExit):
                raise
            except Exception as exc:   # noqa: BLE001 - one bad submission must not stop the batch
                yield item, exc

    def finish(self, item: BatchItem, result: Result | BaseException, position: int, count: int) -> SubmissionOutcome:
        """Record one verification's outcome (index row, error file) and say it."""
        if isinstance(result, BaseException):
            outcome = SubmissionOutcome(item.name, item.source, "failed", item.fingerprint,
                                        error=error_text(result), exception=result)
            if self.index is not None:
                self.index.record_failure(self.result.run_id, item.name, source=item.source,
                                          fingerprint=item.fingerprint, error=outcome.error)
            if self.error_files:
                outcome.error_file = self._write_error_file(item, result)
        else:
            summary = result["summary"]
            status = "incomplete" if summary.get("incomplete") else "ok"
            outcome = SubmissionOutcome(item.name, item.source, status, item.fingerprint, result=result)
            if self.index is not None:
                record_verification(self.index, self.result.run_id, item, result)
        self.result.outcomes.append(outcome)
        self.reporter.finished(outcome, position, count)
        return outcome

    def _write_error_file(self, item: BatchItem, exc: BaseException) -> Path:
        """`<out>/<name>/error.txt`: the Chinese line, the library's words and the traceback."""
        from pipeline.atomic import write_atomic

        target = self.out / item.name
        path = target / ERROR_FILE
        message = failure_message(exc, None, f"详见 {path}")
        target.mkdir(parents=True, exist_ok=True)
        write_atomic(path, f"{item.source}\n{message}\n{error_text(exc)}\n\n"
                     f"{''.join(traceback.format_exception(exc))}")
        return path

    def check_reuse(self) -> None:
        """Evidence reused across submissions: those verified now against every other in the
        index, after all of this run's are recorded, so two new ones sharing a receipt find
        each other whatever order they finished in."""
        if self.index is None:
            return
        verified = [o.name for o in self.result.outcomes if o.verified]
        if not verified:   # nothing new to compare: the findings stand (and the checks stay unimported)
            self.result.reuse_findings = len(self.index.gaps(kind=REUSE_GAP_KIND))
            return
        from pipeline.results.reuse import detect_reuse

        self.result.reuse = detect_reuse(self.index, verified, self.settings.catalog)
        self.result.reuse_findings = self.result.reuse.findings
        self.reporter.reuse_checked(self.result.reuse)

    # -- the whole loop --

    def run(self, completions: Completions | None = None) -> BatchResult:
        """plan → verify (by `completions`, as each finishes) → record → reuse check; the run's
        row is closed whatever happens. Returns the outcomes and the run's counts."""
        self.out.mkdir(parents=True, exist_ok=True)
        if self.index is not None:
            self.result.run_id = self.index.start_run(self.kind, str(self.inbox), self.flow_run_id)
        status = "failed"
        try:
            todo = self.plan()
            if todo:
                for position, (item, result) in enumerate((completions or self.verify_here)(todo), 1):
                    self.finish(item, result, position, len(todo))
            self.check_reuse()
            status = "completed"
        finally:
            if self.index is not None:
                self.result.row = self.index.finish_run(self.result.run_id, status)
        return self.result
