"""Nightly-flow figures: first-run throughput and the cost of an unchanged rerun.

    python benchmarks/bench_nightly.py                      # bundled samples, else generated ones
    python benchmarks/bench_nightly.py --inbox DIR          # an inbox of your own (read only)
    python benchmarks/bench_nightly.py --generate clean --submissions 2

Prints figures; it stops with an error only when a run cannot give them (the first run read
no document, the unchanged rerun read some). Everything it writes (out, index, document
cache, Prefect home) goes to a temporary folder; the first run therefore reads every document
afresh.

* first run: documents per minute over the whole inbox (every core, as `jinzheng nightly`);
* unchanged rerun: seconds per 100 documents (target < 2 s). To measure that on a
  realistic count, the inbox is padded with copies of its submissions up to
  --rerun-documents (copies are indexed once, from the document cache, before timing).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _prepare_inbox(args: argparse.Namespace, work: Path) -> Path:
    inbox = work / "inbox"
    inbox.mkdir()
    if args.inbox:
        for entry in sorted(Path(args.inbox).iterdir()):
            if entry.is_dir():
                shutil.copytree(entry, inbox / entry.name)
            elif entry.suffix.lower() == ".zip":
                shutil.copy(entry, inbox / entry.name)
        return inbox
    bundled = sorted(p for p in (ROOT / "sample_evidence").glob("*/submission") if p.is_dir())
    if bundled and not args.generate:
        for sub in bundled:
            shutil.copytree(sub, inbox / sub.parent.name)
        return inbox
    from tools.samplegen import generate_preset

    made = generate_preset(args.generate or "clean", work / "generated", seed=args.seed,
                           submissions=args.submissions)
    for path in made:
        shutil.copytree(path / "submission", inbox / path.name)
    return inbox


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inbox", help="an existing inbox (sub-folders / .zip files); copied, not modified")
    ap.add_argument("--generate", choices=["clean", "gaps", "large", "ci"],
                    help="generate submissions with tools.samplegen (default when no samples are bundled: clean)")
    ap.add_argument("--submissions", type=int, default=1)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--workers", type=int, default=None, help="document workers (default: all cores)")
    ap.add_argument("--rerun-documents", type=int, default=200,
                    help="pad the inbox with copies to at least this many documents for the rerun figure")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="jinzheng-bench-"))
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect-home"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ["JINZHENG_CACHE"] = str(work / "cache")
    try:
        inbox = _prepare_inbox(args, work)
        out, cache = work / "out", work / "cache"
        settings = {"cache_dir": str(cache)}
        if args.workers:
            settings["workers"] = args.workers

        from prefect import flow

        from flows.verification import nightly_verification

        @flow(name="bench-warm-up")
        def warm_up() -> int:
            return 1

        t0 = time.perf_counter()
        warm_up()   # starts the temporary Prefect server, so the figures below exclude it
        startup = time.perf_counter() - t0

        def run() -> tuple[dict, float]:
            started = time.perf_counter()
            row = nightly_verification(inbox=str(inbox), out=str(out), settings=settings)
            return row, time.perf_counter() - started

        first, first_s = run()
        processed = first["documents_processed"]
        if not first["documents"] or not processed:
            print(f"first run read no document ({first['submissions_total']} submissions, "
                  f"{first['submissions_failed']} failed): nothing to measure", file=sys.stderr)
            return 1
        cores = args.workers or os.cpu_count() or 1
        print(f"inbox: {first['submissions_total']} submissions, {first['documents']} documents "
              f"({first['submissions_failed']} submissions failed); {cores} document workers")
        print(f"Prefect temporary server start-up: {startup:.1f} s (paid once per process, not by jinzheng verify)")
        print(f"first run: {first_s:.1f} s, {processed} documents read -> "
              f"{processed / first_s * 60:.1f} documents/min")

        # pad with copies (same bytes: the document cache serves them) up to --rerun-documents
        per_copy = first["documents"]
        originals = [p for p in sorted(inbox.iterdir())]
        copies = 0
        while first["documents"] * (copies + 1) < args.rerun_documents:
            copies += 1
            for entry in originals:
                target = (inbox / f"{entry.stem}__copy{copies}{entry.suffix}" if entry.is_file()
                          else inbox / f"{entry.name}__copy{copies}")
                (shutil.copy if entry.is_file() else shutil.copytree)(entry, target)
        if copies:
            padded, padded_s = run()
            print(f"padded inbox with {copies} copies: {padded['documents']} more documents indexed in "
                  f"{padded_s:.1f} s ({padded['documents_processed']} read, {padded['cache_hits']} from the cache)")

        documents = per_copy * (copies + 1)
        rerun, rerun_s = run()
        if rerun["documents_processed"]:
            print(f"unchanged rerun read {rerun['documents_processed']} documents: the cache is not working",
                  file=sys.stderr)
            return 1
        print(f"unchanged rerun: {rerun_s:.2f} s for {rerun['submissions_skipped']} submissions / "
              f"{documents} documents -> {rerun_s / documents * 100:.2f} s per 100 documents (target < 2 s); "
              f"0 documents read")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
