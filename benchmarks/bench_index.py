"""The results index at programme scale: query times with 10,000 submissions in it.

Fills an index through its real write path (`ResultsIndex.record_success`, one transaction per
submission) with generated rows — per submission 6 requirements, 0–12 gaps, 30 documents'
keys — then times what reviewers and the nightly run ask of it: `jinzheng status` (every
submission), `jinzheng gaps --kind` and `--submission`, the nightly run's skip check (every
fingerprint, one query), the nightly summary's reads, and one more submission recorded.
The first call of each query is printed apart from the median of the next ones.

    python benchmarks/bench_index.py                    # SQLite file; PostgreSQL too when it can start
    python benchmarks/bench_index.py --submissions 10000 --db postgresql://user@host/db

PostgreSQL comes from the tests' throw-away server (tests/helpers/postgres_server.py: the
`postgresql` apt package's initdb/pg_ctl on loopback, fsync off); without it only SQLite runs.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

REQUIREMENTS = ("E-tianjin", "S-customers", "S-total", "S-evidence", "S-standards", "S-sme")
GAP_KINDS = ("amount_mismatch", "missing_acceptance_report", "missing_payment_proof", "date_out_of_period",
             "party_mismatch", "invalid_credit_code")
DOCUMENTS = 30
REPEAT = 5


def summary_for(i: int, rng: random.Random) -> dict:
    """What summarize_report keeps of one report, generated."""
    name = f"s{i:05d}"
    gaps = [{"requirement": "S-evidence", "kind": rng.choice(GAP_KINDS),
             "status": "confirmed" if rng.random() < 0.7 else "needs_review", "severity": rng.randint(1, 3),
             "contract_no": f"HT-{i}-{g}", "customer": f"天津客户{rng.randint(1, 5000)}有限公司",
             "message": "合同金额不一致：验收报告金额与申报金额相差超过 0.5%", "review_reason": None,
             "documents": [f"附件/{g}.pdf"], "decision": None, "counts": True}
            for g in range(rng.randint(0, 12))]
    keys = []
    for d in range(DOCUMENTS):
        keys.append({"path": f"附件/{d}.pdf", "doc_type": "contract", "key": "sha256",
                     "value": hashlib.sha256(f"{i}/{d}".encode()).hexdigest(), "detail": None, "parties": None})
        if d % 4 == 2:
            keys.append({"path": f"附件/{d}.pdf", "doc_type": "payment_proof", "key": "bank_serial",
                         "value": str(rng.getrandbits(56)), "detail": None, "parties": None})
    confirmed = sum(1 for g in gaps if g["status"] == "confirmed")
    return {"submission": name, "applicant": f"申报单位{i}有限公司", "uscc": f"91120{i:013d}",
            "catalog_id": "support-2023", "award_tier_wan": rng.choice([0, 100, 200, 300]),
            "assessment_passed": None, "verdict": "gaps" if gaps else "clean", "documents": DOCUMENTS,
            "requirements": [{"id": r, "title": r, "status": rng.choice(["met", "not_met", "unverifiable"])}
                             for r in REQUIREMENTS],
            "gaps": gaps, "gaps_total": len(gaps), "gaps_confirmed": confirmed,
            "gaps_needs_review": len(gaps) - confirmed, "gaps_dismissed": 0, "incomplete": None,
            "document_keys": keys}


def timed(fn, repeat: int = REPEAT) -> tuple[float, float, int]:
    """(first call s, median of the next `repeat` s, rows returned)."""
    t0 = time.perf_counter()
    rows = fn()
    first = time.perf_counter() - t0
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return first, statistics.median(times), len(rows) if hasattr(rows, "__len__") else 0


def bench(url: str, n: int, label: str) -> None:
    from pipeline.results.index import ResultsIndex

    rng = random.Random(7)
    with ResultsIndex(url) as index:
        run = index.start_run("nightly", "bench")
        started = time.perf_counter()
        for i in range(n):
            summary = summary_for(i, rng)
            index.record_success(run, summary["submission"], source=f"/inbox/{summary['submission']}",
                                 fingerprint=hashlib.sha256(str(i).encode()).hexdigest(), summary=summary,
                                 stats={"documents": DOCUMENTS, "processed": DOCUMENTS})
        fill = time.perf_counter() - started
        index.finish_run(run)
        gaps_total = sum(1 for _ in index.gaps())
        print(f"{label}: {n} submissions, {gaps_total} gaps, ~{n * DOCUMENTS} documents' keys; "
              f"filled through record_success in {fill:.0f} s ({fill / n * 1000:.1f} ms per submission)")
        probes = [
            ("jinzheng status (every submission, its latest run)", index.status_rows),
            ("jinzheng gaps --kind amount_mismatch", lambda: index.gaps(kind="amount_mismatch")),
            (f"jinzheng gaps --submission s{n // 2:05d}", lambda: index.gaps(submission=f"s{n // 2:05d}")),
            ("nightly skip check (every fingerprint, one query)", index.success_fingerprints),
            ("nightly summary: every requirement row", index.requirements),
            ("nightly summary: evidence_reused gaps", lambda: index.gaps(kind="evidence_reused")),
        ]
        for title, fn in probes:
            first, median, rows = timed(fn)
            print(f"  {title}: first {first * 1000:.0f} ms, then median {median * 1000:.0f} ms ({rows} rows)")
        extra = summary_for(n, rng)
        t0 = time.perf_counter()
        index.record_success(run, extra["submission"], source=None, fingerprint="x", summary=extra, stats={})
        print(f"  one more submission recorded: {(time.perf_counter() - t0) * 1000:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--submissions", type=int, default=10_000)
    ap.add_argument("--db", help="an index URL of your own (default: a new SQLite file, then PostgreSQL)")
    ap.add_argument("--no-postgres", action="store_true", help="SQLite only")
    args = ap.parse_args(argv)
    import os

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
          "(shared machine: times are noisy)")
    if args.db:
        bench(args.db, args.submissions, args.db.split("://")[0])
        return 0
    with tempfile.TemporaryDirectory(prefix="jinzheng-bench-index-") as tmp:
        bench(f"sqlite:///{Path(tmp) / 'index.sqlite'}", args.submissions, "SQLite")
    if args.no_postgres:
        return 0
    from helpers.postgres_server import PostgresUnavailable, fresh_database, running_postgres

    try:
        with running_postgres() as server, fresh_database(server) as url:
            bench(url, args.submissions, "PostgreSQL")
    except PostgresUnavailable as exc:
        print(f"PostgreSQL: not measured ({exc})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
