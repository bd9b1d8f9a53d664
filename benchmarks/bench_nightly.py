"""Nightly figures, as a user meets them: documents per minute per worker process on a first
night, and what a night where nothing changed costs over a generated inbox of 100 submissions.

    python benchmarks/bench_nightly.py                          # 100 submissions, 3 distinct
    python benchmarks/bench_nightly.py --submissions 100 --distinct 3 --repeat 3
    PREFECT_API_URL=http://host:4200/api python benchmarks/bench_nightly.py   # your server

Honest figures: every "end to end" time is a fresh `python -m pipeline.cli nightly` process
timed from the outside (interpreter, imports, talking to the Prefect server, hashing the
inbox, the index, the artifacts), the first of them with nothing warmed up before it;
in-process figures (the flow called from this process) are printed beside them, the first
call cold. Without PREFECT_API_URL a Prefect server is started for the benchmark (its start-up
is printed, as `jinzheng serve` users pay it once) and stopped at the end; one more night is
timed with no server at all, as `jinzheng nightly` without PREFECT_API_URL runs (it starts a
temporary one each time).

The inbox: `--distinct` small generated submissions (text layers and scans, real OCR on the
first night), then copies of them under other names up to `--submissions` (their documents
come from the document cache). Everything is written to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_UNCHANGED_S = 5.0
SMALL = dict(n_contracts=2, n_standards=1, n_other=0, n_mixed=0, n_photo=0, scan_fraction=0.25,
             total_range_wan=None, n_sme=1, n_tianjin=1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env: dict[str, str], log: Path) -> tuple[subprocess.Popen, str, float]:
    """`prefect server start` on a free loopback port; (process, API URL, seconds until healthy)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    while time.perf_counter() - started < 180:
        if proc.poll() is not None:
            raise SystemExit(f"Prefect server exited with {proc.returncode}; see {log}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return proc, url, time.perf_counter() - started
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"Prefect server not healthy after 180 s; see {log}")


def generate_inbox(inbox: Path, work: Path, distinct: int, total: int, seed: int) -> list[str]:
    """`distinct` generated submissions in the inbox; returns the names of copies to add later."""
    from tools.samplegen import SubmissionSpec, generate_submission

    names = []
    for i in range(distinct):
        name = f"gen{i:02d}"
        made = generate_submission(SubmissionSpec(name=name, **SMALL), work / "generated" / name, seed=seed + i)
        shutil.copytree(made / "submission", inbox / name)
        names.append(name)
    return [f"{names[i % distinct]}-copy{i:03d}" for i in range(total - distinct)]


def add_copies(inbox: Path, copies: list[str]) -> None:
    for name in copies:
        shutil.copytree(inbox / name.split("-copy")[0], inbox / name)


def night(inbox: Path, out: Path, env: dict[str, str], workers: int | None) -> tuple[float, dict]:
    """One `python -m pipeline.cli nightly` process, timed from outside; its run's index row."""
    argv = [sys.executable, "-m", "pipeline.cli", "nightly", "--inbox", str(inbox), "--out", str(out), "-q"]
    if workers:
        argv += ["--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 2):
        raise SystemExit(f"nightly exited {done.returncode}:\n{done.stderr[-3000:]}")
    return seconds, last_run(out)


def last_run(out: Path) -> dict:
    from pipeline.results.index import ResultsIndex, default_db_url

    with ResultsIndex(default_db_url(out), create=False) as index:
        return index.runs()[-1] | {"derived": index.run(index.runs()[-1]["id"])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--submissions", type=int, default=100, help="submissions in the inbox (default 100)")
    ap.add_argument("--distinct", type=int, default=3, help="of them generated, read for real (default 3)")
    ap.add_argument("--repeat", type=int, default=3, help="unchanged nights timed end to end (default 3)")
    ap.add_argument("--workers", type=int, default=None, help="document worker processes (default: all cores)")
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    ap.add_argument("--work", help="a folder kept by --keep: its inbox, index and cache are used again, the "
                                   "first two nights are not run again (the unchanged-night figures only)")
    args = ap.parse_args(argv)

    reuse = bool(args.work)
    work = Path(args.work) if reuse else Path(tempfile.mkdtemp(prefix="jinzheng-bench-nightly-"))
    args.keep = args.keep or reuse
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "PREFECT_HOME": os.environ.get("PREFECT_HOME") or str(work / "prefect-home"),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
           "JINZHENG_CACHE": str(work / "cache")}
    os.environ.update({k: env[k] for k in ("PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED", "DO_NOT_TRACK",
                                           "JINZHENG_CACHE")})
    server = None
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at the start "
          f"(shared machine: absolute times are noisy; compare runs at similar load)")
    try:
        if os.environ.get("PREFECT_API_URL"):
            print(f"Prefect server: {os.environ['PREFECT_API_URL']} (given, already running)")
            env["PREFECT_API_URL"] = os.environ["PREFECT_API_URL"]
        else:
            server, env["PREFECT_API_URL"], startup = start_server(env, work / "prefect-server.log")
            print(f"Prefect server: started for the benchmark in {startup:.1f} s "
                  f"(`prefect server start`; paid once by a long-running server, not per night)")

        inbox, out = work / "inbox", work / "out"
        workers = args.workers or os.cpu_count() or 1
        per_min = None
        if reuse:
            print(f"inbox, index and cache of {work} used again: first nights not run")
        else:
            inbox.mkdir()
            copies = generate_inbox(inbox, work, args.distinct, args.submissions, args.seed)
            seconds, row = night(inbox, out, env, args.workers)
            processed = row["documents_processed"]
            if not processed:
                print(f"the first night read no document: nothing to measure ({row})", file=sys.stderr)
                return 1
            per_min = processed / seconds * 60
            print(f"first night, {args.distinct} new submissions, {processed} documents read "
                  f"(text layers and scans, OCR included), end to end: {seconds:.1f} s -> {per_min:.1f} "
                  f"documents/min on {workers} worker processes = {per_min / workers:.1f} documents/min per "
                  f"worker process")
            add_copies(inbox, copies)
            seconds, row = night(inbox, out, env, args.workers)
            print(f"second night, {len(copies)} copies added (their documents from the cache): {seconds:.1f} s "
                  f"end to end, {row['submissions_ok']} verified, {row['cache_hits']} documents from the cache")

        total = sum(1 for _ in inbox.iterdir())
        times = []
        for i in range(args.repeat):
            seconds, row = night(inbox, out, env, args.workers)
            if row["submissions_skipped"] != total or row["documents_processed"]:
                print(f"unchanged night did work: {row}", file=sys.stderr)
                return 1
            times.append(seconds)
            label = "cold (nothing warmed up before it)" if i == 0 else "again"
            print(f"unchanged night {i + 1}, {total} submissions skipped, end to end ({label}): {seconds:.2f} s "
                  f"(target < {TARGET_UNCHANGED_S:.0f} s)")
        print(f"unchanged night end to end: median {statistics.median(times):.2f} s, "
              f"best {min(times):.2f} s, worst {max(times):.2f} s over {len(times)}")

        # in-process, beside: what the flow alone costs once the interpreter and imports are paid
        os.environ["PREFECT_API_URL"] = env["PREFECT_API_URL"]
        t0 = time.perf_counter()
        from flows.verification import nightly_verification
        imported = time.perf_counter() - t0
        settings = {"workers": args.workers} if args.workers else None
        calls = []
        for _ in range(2):
            t0 = time.perf_counter()
            row = nightly_verification(inbox=str(inbox), out=str(out), settings=settings)
            calls.append(time.perf_counter() - t0)
            assert row["submissions_skipped"] == total and not row["documents_processed"], row
        print(f"in-process: importing the flow {imported:.2f} s; the flow call over the unchanged inbox "
              f"{calls[0]:.2f} s first (cold), {calls[1]:.2f} s again")

        no_server = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}
        seconds, row = night(inbox, out, no_server, args.workers)
        print(f"unchanged night without PREFECT_API_URL (`jinzheng nightly` starts a temporary server each time), "
              f"end to end: {seconds:.1f} s")
        print(json.dumps({"unchanged_end_to_end_s": times, "in_process_s": calls, "import_s": imported,
                          "first_night_documents_per_min_per_worker": per_min / workers if per_min else None,
                          "temporary_server_night_s": seconds, "load_average_start": load,
                          "load_average_end": os.getloadavg()[0]}))
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)   # (never a --work folder: --keep is implied)
    return 0


if __name__ == "__main__":
    sys.exit(main())
