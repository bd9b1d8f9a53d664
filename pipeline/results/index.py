"""The results index: submissions, runs, requirement statuses and gaps in one SQL database.

Reviewers ask across submissions ("every amount_mismatch this year") without opening reports.
SQLAlchemy Core only, so the same schema runs on the embedded SQLite file (the default,
`<out>/jinzheng.sqlite`) and on PostgreSQL (`postgresql://user@host/db`, driver psycopg 3).

Every write is one transaction: a run killed at any point leaves the index as it was before
that write, never half a submission (a killed run stays `running` until the next run on the
same host marks it `interrupted`). This module never imports prefect.
"""

from __future__ import annotations

import hashlib
import os
import socket
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import (Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, create_engine, delete, event, func, insert, select,
                        update)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from pipeline.atomic import pid_alive
from pipeline.report.decisions import counted_gaps, review_file_for
from pipeline.ingest.submission import sha256_file
from pipeline.results.evidence_keys import document_keys as document_keys_of

DEFAULT_DB_NAME = "jinzheng.sqlite"

metadata = MetaData()

# one row per submission name: its latest state (fingerprint only of its latest *successful* run;
# an incomplete one, where a document timed out or its worker crashed, keeps none: retried next run)
submissions = Table(
    "submissions", metadata,
    Column("name", String(255), primary_key=True),
    Column("source", Text),
    Column("fingerprint", String(64)),          # of the last successful verification
    Column("status", String(16), nullable=False),   # latest run of it: ok / incomplete / failed
    Column("error", Text),
    Column("applicant", Text),
    Column("uscc", String(32)),
    Column("catalog_id", String(64)),
    Column("award_tier_wan", Integer),
    Column("assessment_passed", Boolean),
    Column("verdict", String(16)),              # report.json "status": clean / gaps
    Column("gaps_total", Integer),
    Column("gaps_confirmed", Integer),
    Column("gaps_needs_review", Integer),
    Column("documents", Integer),
    Column("report_path", Text),
    Column("last_run_id", Integer),
    Column("verified_at", DateTime(timezone=True)),   # last successful verification
    Column("updated_at", DateTime(timezone=True)),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),         # nightly / single
    Column("flow_run_id", String(64)),
    Column("inbox", Text),
    Column("host", String(255)),
    Column("pid", Integer),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),       # running / completed / failed / interrupted
    Column("submissions_total", Integer, nullable=False, default=0),
    Column("submissions_ok", Integer, nullable=False, default=0),
    Column("submissions_failed", Integer, nullable=False, default=0),
    Column("submissions_skipped", Integer, nullable=False, default=0),
    Column("documents", Integer, nullable=False, default=0),
    Column("documents_processed", Integer, nullable=False, default=0),
    Column("cache_hits", Integer, nullable=False, default=0),
)

submission_runs = Table(
    "submission_runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("submission", String(255), nullable=False),
    Column("fingerprint", String(64)),
    Column("status", String(16), nullable=False),       # ok / incomplete / failed / skipped
    Column("error", Text),
    Column("documents", Integer, nullable=False, default=0),
    Column("processed", Integer, nullable=False, default=0),
    Column("cache_hits", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("seconds", Float),
    Column("finished_at", DateTime(timezone=True)),
    Index("ix_submission_runs_run", "run_id"),
    Index("ix_submission_runs_submission", "submission"),
)

requirements = Table(
    "requirements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("submission", String(255), ForeignKey("submissions.name", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("requirement", String(64), nullable=False),
    Column("title", Text),
    Column("status", String(16), nullable=False),       # met / not_met / unverifiable
    Index("ix_requirements_submission", "submission"),
)

gaps = Table(
    "gaps", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("submission", String(255), ForeignKey("submissions.name", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("requirement", String(64)),
    Column("kind", String(64), nullable=False),
    Column("status", String(16), nullable=False),       # confirmed / needs_review
    Column("severity", Integer),
    Column("contract_no", String(255)),
    Column("customer", Text),
    Column("message", Text),
    Column("review_reason", Text),
    Column("documents", Text),                          # "；"-joined relative paths
    Column("decision", String(16)),                     # reviewer: accept / dismiss (+ "-stale")
    Column("counts", Boolean, nullable=False, default=True),   # False: dismissed by a reviewer
    Index("ix_gaps_kind", "kind"),
    Index("ix_gaps_submission", "submission"),
)

# figures of a run computed from its submission_runs rows on every read, never stored
DERIVED_RUN_COUNTS = ("submissions_incomplete", "documents_duplicates", "documents_refused")

# the keys that identify each document beyond its bytes (results/evidence_keys.py), replaced
# with the submission's results; a new submission is compared with every earlier one by an
# equality lookup on (key, value), never by reading them again
document_keys = Table(
    "document_keys", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("submission", String(255), ForeignKey("submissions.name", ondelete="CASCADE"), nullable=False),
    Column("applicant", Text),
    Column("uscc", String(32)),
    Column("path", Text, nullable=False),
    Column("doc_type", String(32)),
    Column("key", String(16), nullable=False),          # sha256 / bank_serial / contract / page_hash
    Column("value", String(255), nullable=False),
    Column("detail", Text),                             # JSON: amount, date (page hashes for page_hash)
    Column("parties", Text),                            # "；"-joined normalised party names
    Index("ix_document_keys_lookup", "key", "value"),
    Index("ix_document_keys_submission", "submission"),
)

# which submissions' evidence_reused findings name which: when one is verified again, the
# findings of those it was linked to are brought up to date too
reuse_links = Table(
    "reuse_links", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("submission", String(255), ForeignKey("submissions.name", ondelete="CASCADE"), nullable=False),
    Column("other_submission", String(255), nullable=False),
    Index("ix_reuse_links_submission", "submission"),
    Index("ix_reuse_links_other", "other_submission"),
)

# what the files of a submission looked like (paths, sizes, times, inodes) when its fingerprint
# was last computed: while they look the same, the fingerprint stands without reading them
# again (an unchanged night stats its inbox instead of hashing it). A cache: losing it costs
# one night of hashing.
submission_signatures = Table(
    "submission_signatures", metadata,
    Column("name", String(255), primary_key=True),
    Column("signature", String(64), nullable=False),
    Column("fingerprint", String(64), nullable=False),
)

TABLES = {t.name: t for t in (submissions, runs, submission_runs, requirements, gaps, document_keys, reuse_links,
                              submission_signatures)}


def default_db_url(out_dir: Path | str) -> str:
    return f"sqlite:///{Path(out_dir).resolve() / DEFAULT_DB_NAME}"


def normalize_url(url: str) -> str:
    """A bare path is a SQLite file; postgresql:// means psycopg 3 (the driver we install)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


# ---- fingerprints -------------------------------------------------------------

def settings_fingerprint(settings, package_root: Path | str | None = None) -> str:  # noqa: ANN001
    """What decides a report besides the submission's files: the package version, every source
    file of the package (reading, reconciliation, requirements, report code), the OCR engines
    and models installed (pipeline/engine_versions.py), the reading settings and the catalog
    contents.

    `package_root` fingerprints another copy of the package instead of this one (an upgrade
    being rolled out; the tests' edited copy).
    """
    from pipeline import __version__
    from pipeline.catalogs import CATALOG_DIR          # not .loader: no jsonschema on an unchanged night
    from pipeline.engine_versions import engine_fingerprint
    from pipeline.fingerprints import package_fingerprint

    digest = hashlib.sha256(f"jinzheng {__version__}|".encode())
    digest.update(package_fingerprint(Path(package_root) if package_root else None).encode())
    digest.update(b"|engines=" + engine_fingerprint().encode())
    for part in (settings.ocr_engine, str(settings.reread_engine), str(settings.dpi), str(settings.max_pages)):
        digest.update(b"|" + part.encode())
    if settings.catalog:
        catalogs = [Path(settings.catalog)]
    else:  # chosen per submission by its declared phase: any bundled catalog may apply
        folder = Path(package_root) / CATALOG_DIR.name if package_root else CATALOG_DIR
        catalogs = sorted(folder.glob("*.json"))
    for path in catalogs:
        digest.update(b"|" + path.name.encode() + b"=" + sha256_file(path).encode())
    return digest.hexdigest()


def submission_files(source: Path | str) -> list[tuple[str, Path]]:
    """(name, path) of every file a submission's report depends on: its files (relative
    paths; a zip is one file; hidden ones left out) and the reviewer file beside it."""
    source = Path(source)
    if source.is_file():
        files = [(source.name, source)]
    else:
        files = []
        for path in source.rglob("*"):
            rel = path.relative_to(source)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            files.append((rel.as_posix(), path))
    review = review_file_for(source)          # reviewer decisions beside it change the report too
    if review.is_file():
        files.append(("<review>/" + review.name, review))
    return sorted(files)


def submission_fingerprint(source: Path | str, settings_print: str) -> str:
    """Sorted SHA-256s of the submission's files (with their relative paths; a zip is one file)
    plus `settings_fingerprint`: unchanged means verifying again would give the same report."""
    digest = hashlib.sha256(settings_print.encode())
    for rel, path in submission_files(source):
        digest.update(f"\n{rel}\0{sha256_file(path)}".encode())
    return digest.hexdigest()


# a file changed less than this long ago may change again within the same tick of the
# filesystem's clock, unseen by its times ("racy git"): its submission gets no signature yet
SIGNATURE_SETTLE_S = 1.0


def submission_signature(source: Path | str, settings_print: str) -> str | None:
    """What the submission's files look like without reading them: paths, sizes, modification
    and change times, inodes (as git's index does). A file written in any way changes its
    change time, which no tool sets back, so an equal signature means equal files; taken
    before hashing, so a file changed while it is hashed shows the next night. None while a
    file changed within the last SIGNATURE_SETTLE_S (then only its content can tell)."""
    import time

    source = Path(source)
    digest = hashlib.sha256(f"{settings_print}|{source.resolve()}".encode())
    settled = time.time_ns() - int(SIGNATURE_SETTLE_S * 1e9)
    for rel, path in submission_files(source):
        st = path.stat()
        if max(st.st_ctime_ns, st.st_mtime_ns) > settled:
            return None
        digest.update(f"\n{rel}\0{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}".encode())
    return digest.hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")      # readers never block the nightly writer
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
        return engine
    return create_engine(url, pool_pre_ping=True)


# Issues that tell nothing about the file, only about that attempt (a document that timed out,
# a worker that died, a bug): pipeline.documents.workers does not cache such documents, and a submission
# with one is recorded `incomplete`, without a fingerprint, so the next run verifies it again.
TRANSIENT_ISSUES = ("timeout", "crashed", "internal_error")


def incomplete_reason(report: dict[str, Any]) -> str | None:
    """Why the report cannot be trusted to stand until the files change, or None."""
    paths = [d["path"] for d in report.get("documents", [])
             if any(e.get("code") in TRANSIENT_ISSUES for e in d.get("errors", []))]
    if not paths:
        return None
    more = f" 等 {len(paths)} 份" if len(paths) > 3 else ""
    return f"文档处理超时或进程异常退出，下次运行将重新核验：{'、'.join(paths[:3])}{more}"


def summarize_report(report: dict[str, Any]) -> dict[str, Any]:
    """What the index (and the Prefect artifacts) keep of one report.json."""
    gap_list = report.get("gaps", [])
    counted = counted_gaps(report)
    counting = {id(g) for g in counted}
    confirmed = sum(1 for g in counted if g.get("status") == "confirmed")
    return {
        "submission": report["submission"],
        "applicant": report["applicant"]["name"],
        "uscc": report["applicant"].get("uscc"),
        "catalog_id": report["catalog"]["id"],
        "award_tier_wan": report.get("award_tier_wan"),
        "assessment_passed": report.get("assessment_passed"),
        "verdict": report.get("status"),
        "accepted_total_yuan": report.get("accepted_total_yuan"),
        "declared_total_yuan": report.get("declared_total_yuan"),
        "documents": len(report.get("documents", [])),
        "requirements": [{"id": r["id"], "title": r.get("title"), "status": r["status"]}
                         for r in report.get("requirements", [])],
        "gaps": [{**{k: g.get(k) for k in ("requirement", "kind", "status", "severity", "contract_no",
                                           "customer", "message", "review_reason", "documents")},
                  "decision": _decision_text(g), "counts": id(g) in counting}
                 for g in gap_list],
        "gaps_total": len(counted),          # what counts: gaps a reviewer dismissed do not
        "gaps_confirmed": confirmed,
        "gaps_needs_review": len(counted) - confirmed,
        "gaps_dismissed": len(gap_list) - len(counted),
        "incomplete": incomplete_reason(report),
        "document_keys": document_keys_of(report),
    }


def run_document_stats(row: dict[str, Any]) -> dict[str, int]:
    """A run's row (ResultsIndex.run) as the document figures document_count_text prints."""
    return {"documents": row.get("documents") or 0, "processed": row.get("documents_processed") or 0,
            "cache_hits": row.get("cache_hits") or 0, "duplicates": row.get("documents_duplicates") or 0,
            "refused": row.get("documents_refused") or 0}


def _decision_text(gap: dict[str, Any]) -> str | None:
    decision = gap.get("decision")
    if not decision:
        return None
    return f"{decision.get('decision')}{'-stale' if decision.get('stale') else ''}"


class ResultsIndex:
    """One database; create with a URL (`sqlite:///…`, `postgresql://…`) or a file path."""

    def __init__(self, url: str, *, create: bool = True):
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        if create:
            self._create_tables()

    def _create_tables(self) -> None:
        # Two processes opening a new index at once both see no tables; the loser's CREATE
        # fails with "already exists". The tables are there then, which is all we need.
        for attempt in range(3):
            try:
                metadata.create_all(self.engine)
                return
            except OperationalError as exc:
                if "already exists" not in str(exc) or attempt == 2:
                    raise
            except ProgrammingError as exc:  # PostgreSQL's DuplicateTable
                if "already exists" not in str(exc) or attempt == 2:
                    raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "ResultsIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- runs ------------------------------------------------------------------------------

    def start_run(self, kind: str, inbox: str | None = None, flow_run_id: str | None = None) -> int:
        with self.engine.begin() as conn:
            self._mark_interrupted(conn)
            result = conn.execute(insert(runs).values(
                kind=kind, inbox=inbox, flow_run_id=flow_run_id, host=socket.gethostname(),
                pid=os.getpid(), started_at=_now(), status="running"))
            return int(result.inserted_primary_key[0])

    def _mark_interrupted(self, conn) -> None:  # noqa: ANN001
        """Runs left `running` by a process of this host that no longer exists were killed."""
        host = socket.gethostname()
        stale = conn.execute(select(runs.c.id, runs.c.pid).where(
            runs.c.status == "running", runs.c.host == host)).all()
        dead = [rid for rid, pid in stale if pid is None or not pid_alive(pid)]
        if dead:
            conn.execute(update(runs).where(runs.c.id.in_(dead)).values(status="interrupted"))

    def finish_run(self, run_id: int, status: str = "completed") -> dict[str, Any]:
        with self.engine.begin() as conn:
            counts = self._counts(conn, run_id)
            for derived in DERIVED_RUN_COUNTS:
                counts.pop(derived)
            conn.execute(update(runs).where(runs.c.id == run_id).values(
                status=status, finished_at=_now(), **counts))
        return self.run(run_id)

    @staticmethod
    def _counts(conn, run_id: int) -> dict[str, int]:  # noqa: ANN001
        sr = submission_runs.c
        rows = conn.execute(select(sr.status, func.count(), func.coalesce(func.sum(sr.documents), 0),
                                   func.coalesce(func.sum(sr.processed), 0),
                                   func.coalesce(func.sum(sr.cache_hits), 0),
                                   func.coalesce(func.sum(sr.duplicates), 0))
                            .where(sr.run_id == run_id).group_by(sr.status)).all()
        by_status = {status: n for status, n, *_ in rows}
        documents, processed, hits, duplicates = (int(sum(r[i] for r in rows)) for i in (2, 3, 4, 5))
        return {
            "submissions_total": sum(by_status.values()),
            # verified, reports written; `incomplete` ones among them are retried next run
            "submissions_ok": by_status.get("ok", 0) + by_status.get("incomplete", 0),
            "submissions_incomplete": by_status.get("incomplete", 0),
            "submissions_failed": by_status.get("failed", 0),
            "submissions_skipped": by_status.get("skipped", 0),
            "documents": documents,
            "documents_processed": processed,
            "cache_hits": hits,
            # not columns of `runs`: derived here so the run's document line adds up
            "documents_duplicates": duplicates,
            # what the submissions listed but never opened (refused zip members, links)
            "documents_refused": max(0, documents - processed - hits - duplicates),
        }

    def run(self, run_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(runs).where(runs.c.id == run_id)).mappings().one()
            out = dict(row)
            counts = self._counts(conn, run_id)
            if out["status"] == "running":           # live figures while it runs
                out.update(counts)
            for derived in DERIVED_RUN_COUNTS:   # not columns
                out[derived] = counts[derived]
            return out

    def runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(runs).order_by(runs.c.id)).mappings()]

    def submission_runs(self, run_id: int | None = None) -> list[dict[str, Any]]:
        query = select(submission_runs).order_by(submission_runs.c.id)
        if run_id is not None:
            query = query.where(submission_runs.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    # ---- submissions -----------------------------------------------------------------------

    def last_success_fingerprint(self, name: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(submissions.c.fingerprint).where(
                submissions.c.name == name, submissions.c.status == "ok")).scalar_one_or_none()

    def success_fingerprints(self) -> dict[str, str]:
        """name -> fingerprint of its last successful run, for every submission: one query for
        a whole inbox (an unchanged night asks nothing else before skipping)."""
        s = submissions.c
        with self.engine.connect() as conn:
            return {name: fp for name, fp in conn.execute(
                select(s.name, s.fingerprint).where(s.status == "ok", s.fingerprint.is_not(None)))}

    def record_success(self, run_id: int, name: str, *, source: str | None, fingerprint: str | None,
                       summary: dict[str, Any], stats: dict[str, int], report_path: str | None = None,
                       seconds: float | None = None, incomplete: str | None = None) -> None:
        """Replaces the submission's requirements and gaps and logs the run, in one transaction.

        `incomplete` (why: a document timed out, its worker crashed) records the results but
        no fingerprint, so the next run verifies the submission again instead of skipping it.
        """
        now = _now()
        status = "incomplete" if incomplete else "ok"
        values = {
            "source": source, "fingerprint": None if incomplete else fingerprint, "status": status,
            "error": incomplete,
            "applicant": summary["applicant"], "uscc": summary.get("uscc"),
            "catalog_id": summary.get("catalog_id"), "award_tier_wan": summary.get("award_tier_wan"),
            "assessment_passed": summary.get("assessment_passed"), "verdict": summary.get("verdict"),
            "gaps_total": summary["gaps_total"], "gaps_confirmed": summary["gaps_confirmed"],
            "gaps_needs_review": summary["gaps_needs_review"], "documents": summary.get("documents"),
            "report_path": report_path, "last_run_id": run_id, "verified_at": now, "updated_at": now,
        }
        with self.engine.begin() as conn:
            self._upsert_submission(conn, name, values)
            conn.execute(delete(requirements).where(requirements.c.submission == name))
            conn.execute(delete(gaps).where(gaps.c.submission == name))
            if summary["requirements"]:
                conn.execute(insert(requirements), [
                    {"submission": name, "position": i, "requirement": r["id"], "title": r.get("title"),
                     "status": r["status"]} for i, r in enumerate(summary["requirements"], start=1)])
            self._replace_keys(conn, name, summary)
            if summary["gaps"]:
                conn.execute(insert(gaps), [self._gap_row(name, i, g)
                                            for i, g in enumerate(summary["gaps"], start=1)])
            self._log(conn, run_id, name, fingerprint, status, incomplete, stats, seconds)

    @staticmethod
    def _replace_keys(conn, name: str, summary: dict[str, Any]) -> None:  # noqa: ANN001
        conn.execute(delete(document_keys).where(document_keys.c.submission == name))
        rows = summary.get("document_keys") or []
        if rows:
            conn.execute(insert(document_keys), [
                {"submission": name, "applicant": summary.get("applicant"), "uscc": summary.get("uscc"), **row}
                for row in rows])

    def replace_gaps(self, name: str, summary: dict[str, Any]) -> None:
        """A submission's gaps and their counts after findings were added to its report
        (evidence_reused), without a run of its own: one transaction."""
        with self.engine.begin() as conn:
            conn.execute(update(submissions).where(submissions.c.name == name).values(
                verdict=summary.get("verdict"), gaps_total=summary["gaps_total"],
                gaps_confirmed=summary["gaps_confirmed"], gaps_needs_review=summary["gaps_needs_review"],
                updated_at=_now()))
            conn.execute(delete(gaps).where(gaps.c.submission == name))
            if summary["gaps"]:
                conn.execute(insert(gaps), [self._gap_row(name, i, g) for i, g in enumerate(summary["gaps"], start=1)])

    @staticmethod
    def _gap_row(name: str, position: int, g: dict[str, Any]) -> dict[str, Any]:
        return {"submission": name, "position": position, "requirement": g.get("requirement"),
                "kind": g["kind"], "status": g["status"], "severity": g.get("severity"),
                "contract_no": g.get("contract_no"), "customer": g.get("customer"),
                "message": g.get("message"), "review_reason": g.get("review_reason"),
                "documents": "；".join(g.get("documents") or []),
                "decision": g.get("decision"), "counts": g.get("counts", True)}

    # ---- evidence keys (reuse across submissions) ------------------------------------------

    def keys_of(self, name: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(
                select(document_keys).where(document_keys.c.submission == name)
                .order_by(document_keys.c.id)).mappings()]

    def keys_matching(self, keys: Iterable[tuple[str, str]], exclude: str,
                      chunk: int = 400) -> list[dict[str, Any]]:
        """Rows of other submissions holding any of the (key, value) pairs: one indexed equality
        lookup per key kind and chunk of values."""
        by_key: dict[str, list[str]] = {}
        for key, value in keys:
            by_key.setdefault(key, []).append(value)
        found: list[dict[str, Any]] = []
        k = document_keys.c
        with self.engine.connect() as conn:
            for key, values in sorted(by_key.items()):
                values = sorted(set(values))
                for i in range(0, len(values), chunk):
                    query = select(document_keys).where(k.key == key, k.value.in_(values[i:i + chunk]),
                                                        k.submission != exclude).order_by(k.id)
                    found.extend(dict(r) for r in conn.execute(query).mappings())
        return found

    def reuse_partners(self, name: str) -> set[str]:
        """Submissions whose findings name `name`, or that its findings name."""
        r = reuse_links.c
        with self.engine.connect() as conn:
            mine = conn.execute(select(r.other_submission).where(r.submission == name)).scalars()
            theirs = conn.execute(select(r.submission).where(r.other_submission == name)).scalars()
            return set(mine) | set(theirs)

    def set_reuse_links(self, name: str, others: Iterable[str]) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(reuse_links).where(reuse_links.c.submission == name))
            rows = [{"submission": name, "other_submission": o} for o in sorted(set(others))]
            if rows:
                conn.execute(insert(reuse_links), rows)

    def record_failure(self, run_id: int, name: str, *, source: str | None, fingerprint: str | None,
                       error: str, stats: dict[str, int] | None = None, seconds: float | None = None) -> None:
        """The submission's last good results stay; its status says the latest run failed."""
        with self.engine.begin() as conn:
            self._upsert_submission(conn, name, {"source": source, "status": "failed", "error": error,
                                                 "last_run_id": run_id, "updated_at": _now()})
            self._log(conn, run_id, name, fingerprint, "failed", error, stats or {}, seconds)

    def record_skipped(self, run_id: int, name: str, fingerprint: str | None) -> None:
        self.record_skipped_many(run_id, [(name, fingerprint)])

    def record_skipped_many(self, run_id: int, skipped: list[tuple[str, str | None]]) -> None:
        """The run's `skipped` rows, one transaction for all of them."""
        if not skipped:
            return
        now = _now()
        with self.engine.begin() as conn:
            conn.execute(insert(submission_runs), [
                {"run_id": run_id, "submission": name, "fingerprint": fingerprint, "status": "skipped",
                 "error": None, "documents": 0, "processed": 0, "cache_hits": 0, "duplicates": 0,
                 "seconds": 0.0, "finished_at": now} for name, fingerprint in skipped])

    # ---- signatures: fingerprints that stand while the files look the same -----------------

    def signatures(self) -> dict[str, tuple[str, str]]:
        """name -> (signature, fingerprint), every submission in one query."""
        t = submission_signatures.c
        with self.engine.connect() as conn:
            return {name: (sig, fp) for name, sig, fp in conn.execute(select(t.name, t.signature, t.fingerprint))}

    def save_signatures(self, rows: dict[str, tuple[str, str]]) -> None:
        """Replace the signatures of these submissions, one transaction."""
        if not rows:
            return
        t = submission_signatures.c
        with self.engine.begin() as conn:
            conn.execute(delete(submission_signatures).where(t.name.in_(sorted(rows))))
            conn.execute(insert(submission_signatures), [
                {"name": name, "signature": sig, "fingerprint": fp} for name, (sig, fp) in sorted(rows.items())])

    def _upsert_submission(self, conn, name: str, values: dict[str, Any]) -> None:  # noqa: ANN001
        exists = conn.execute(select(submissions.c.name).where(submissions.c.name == name)).first()
        if exists:
            conn.execute(update(submissions).where(submissions.c.name == name).values(**values))
        else:
            conn.execute(insert(submissions).values(name=name, **values))

    @staticmethod
    def _log(conn, run_id: int, name: str, fingerprint: str | None, status: str,  # noqa: ANN001
             error: str | None, stats: dict[str, int], seconds: float | None) -> None:
        conn.execute(insert(submission_runs).values(
            run_id=run_id, submission=name, fingerprint=fingerprint, status=status, error=error,
            documents=stats.get("documents", 0), processed=stats.get("processed", 0),
            cache_hits=stats.get("cache_hits", 0), duplicates=stats.get("duplicates", 0),
            seconds=seconds, finished_at=_now()))

    # ---- questions reviewers ask -----------------------------------------------------------

    def gaps(self, kind: str | None = None, submission: str | None = None,
             status: str | None = None, include_dismissed: bool = False) -> list[dict[str, Any]]:
        query = select(gaps).order_by(gaps.c.submission, gaps.c.position)
        if not include_dismissed:
            query = query.where(gaps.c.counts.is_(True))
        if kind:
            query = query.where(gaps.c.kind == kind)
        if submission:
            query = query.where(gaps.c.submission == submission)
        if status:
            query = query.where(gaps.c.status == status)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def requirements(self, submission: str | None = None) -> list[dict[str, Any]]:
        query = select(requirements).order_by(requirements.c.submission, requirements.c.position)
        if submission:
            query = query.where(requirements.c.submission == submission)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def submissions(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(submissions).order_by(submissions.c.name)).mappings()]

    def status_rows(self) -> list[dict[str, Any]]:
        """One row per submission: its latest run (id, when, status) and latest verdict."""
        s, r = submissions.c, runs.c
        query = (select(s.name, s.status, s.error, s.applicant, s.catalog_id, s.award_tier_wan,
                        s.assessment_passed, s.verdict, s.gaps_total, s.gaps_confirmed,
                        s.gaps_needs_review, s.documents, s.verified_at, s.last_run_id,
                        r.started_at.label("run_started_at"), r.status.label("run_status"))
                 .select_from(submissions.outerjoin(runs, s.last_run_id == r.id))
                 .order_by(s.name))
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]


def read_frame(db_url: str, table: str):
    """A whole index table as a pandas DataFrame, e.g. read_frame(url, "gaps")."""
    import pandas as pd

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose from {sorted(TABLES)}")
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            return pd.read_sql_table(table, conn)
    finally:
        engine.dispose()


def format_table(rows: Iterable[dict[str, Any]], columns: list[tuple[str, str]]) -> str:
    """Plain-text table with CJK-aware column widths (a CJK character takes two cells)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    def cell(value: Any) -> str:
        return "" if value is None else str(value).replace("\n", " ")

    rows = list(rows)
    heads = [title for _, title in columns]
    body = [[cell(row.get(key)) for key, _ in columns] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in body]) for i, h in enumerate(heads)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(values)).rstrip()

    return "\n".join([line(heads), line(["-" * w for w in widths])] + [line(r) for r in body])


def local_time(value: datetime | None) -> str:
    """Timestamps for people: local time to the second (SQLite returns them naive, in UTC)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")
