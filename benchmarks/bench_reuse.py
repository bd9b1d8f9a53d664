"""What reuse detection adds per new submission over an index of many earlier ones.

Fills a results index (SQLite file by default, or --db postgresql://…) with N generated
submissions' document keys (60 documents each: sha256, bank serials, contracts, page hashes of
scans; a few receipts shared on purpose), then, for K new submissions, records one and times
the reuse check against all the others (pipeline.results.reuse.matches_for: indexed lookups).

    python benchmarks/bench_reuse.py [--submissions 1000] [--new 20] [--db URL]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import tempfile
import time
from pathlib import Path

from pipeline.catalogs.loader import default_catalog_path
from pipeline.requirements.registry import load_catalog
from pipeline.results.index import ResultsIndex, summarize_report
from pipeline.results.reuse import matches_for

DOCS_PER_SUBMISSION = 60


def _hex(rng: random.Random, bits: int) -> str:
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


def fake_report(i: int, rng: random.Random, shared_serials: list[str]) -> dict:
    docs = []
    for d in range(DOCS_PER_SUBMISSION):
        kind = ("contract", "acceptance_report", "payment_proof", "procurement_proof")[d % 4]
        amount = f"{rng.randint(100, 9000) * 1000}.00"
        fields = {"contract_no": f"HT-{i}-{d}", "amount_yuan": amount, "date": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                  "customer": f"天津客户{rng.randint(1, 5000)}有限公司", "payer": None, "payee": None, "result": None}
        if kind == "payment_proof":
            fields["bank_serial"] = shared_serials[d % len(shared_serials)] if rng.random() < 0.05 else str(rng.getrandbits(56))
        doc = {"path": f"附件/{d}.pdf", "sha256": hashlib.sha256(f"{i}/{d}".encode()).hexdigest(), "doc_type": kind,
               "fields": fields}
        if d % 3 == 0:
            doc["page_hashes"] = [{"page": 1, "hash": "d1:" + _hex(rng, 288)}]
        docs.append(doc)
    return {"submission": f"s{i:05d}", "applicant": {"name": f"申报单位{i}", "uscc": f"U{i:017d}"},
            "catalog": {"id": "support-2023", "phase": "申报"}, "status": "clean", "requirements": [], "gaps": [],
            "documents": docs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--new", type=int, default=20)
    parser.add_argument("--db", help="index URL (default: a new SQLite file)")
    args = parser.parse_args()
    rng = random.Random(15)
    shared = [str(rng.getrandbits(56)) for _ in range(5)]
    tmp = tempfile.TemporaryDirectory(prefix="jinzheng-bench-reuse-")
    url = args.db or f"sqlite:///{Path(tmp.name) / 'index.sqlite'}"
    policy = load_catalog(default_catalog_path("申报")).evidence_reuse
    with ResultsIndex(url) as index:
        run = index.start_run("nightly")
        started = time.monotonic()
        for i in range(args.submissions):
            summary = summarize_report(fake_report(i, rng, shared))
            index.record_success(run, summary["submission"], source=None, fingerprint=None, summary=summary, stats={})
        fill = time.monotonic() - started
        times, found = [], 0
        for j in range(args.new):
            summary = summarize_report(fake_report(args.submissions + j, rng, shared))
            index.record_success(run, summary["submission"], source=None, fingerprint=None, summary=summary, stats={})
            t0 = time.perf_counter()
            found += len(matches_for(index, summary["submission"], policy))
            times.append(time.perf_counter() - t0)
    keys = args.submissions * DOCS_PER_SUBMISSION
    print(f"index: {url.split('://')[0]}, {args.submissions} submissions, ~{keys} documents "
          f"(filled in {fill:.1f} s)")
    print(f"reuse check per new submission ({args.new} new, {DOCS_PER_SUBMISSION} documents each): "
          f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
          f"(target < 1000 ms); matches found {found}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
