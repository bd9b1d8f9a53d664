"""Speed and memory of verification, printed as figures (a benchmark, not a test).

    python benchmarks/bench_verify.py                  # the bundled clean submission (~60 documents)
    python benchmarks/bench_verify.py --generate 150   # a generated submission of about 150 documents
    python benchmarks/bench_verify.py --submission DIR

Prints: machine (cores), documents and pages by kind of reading, cold verification time,
text-layer pages/s, scanned pages/min (all cores), our time per scanned page against the raw
`tesseract` command on the same page images at the same parallelism (overhead), a per-page
breakdown of where our time goes, peak memory, and the rerun time with nothing new.

The overhead comparison: "ours" is the whole pipeline on the documents that have scanned
pages (read, render, clean up, OCR, classify, extract; tesseract only, no second readings),
timed per OCR'd page; "raw" is one `tesseract IMAGE stdout -l chi_sim --psm 6 --oem 1
--dpi 200` per page, on exactly those pages as the cleaned images our OCR sees (PGM files,
written beforehand and not timed), `cores` commands at a time from a balanced pool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.documents.workers import WorkerPool, process_documents  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.ingest.submission import open_submission  # noqa: E402
from pipeline.results.verify import verify_submission  # noqa: E402


class MemoryWatch:
    """Peak memory of this process and every descendant (forkserver workers included),
    polled from /proc: RUSAGE_CHILDREN never sees the workers, which are the forkserver's
    children, not ours. Largest process from VmHWM (the kernel's own peak RSS); all processes
    together as the sum of their PSS at each poll (forked workers share the pages of the
    code they inherit; RSS would count those once per process)."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.largest_kb = 0
        self.total_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "MemoryWatch":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._poll()
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._poll()

    def _poll(self) -> None:
        total = 0
        for pid in _descendants(os.getpid()):
            status = _status(pid)
            self.largest_kb = max(self.largest_kb, status.get("VmHWM", 0))
            total += status.get("Pss", status.get("VmRSS", 0))
        self.total_kb = max(self.total_kb, total)

    def text(self) -> str:
        return f"largest process {self.largest_kb / 1024:.0f} MB, all processes together {self.total_kb / 1024:.0f} MB"


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode(errors="replace")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _status(pid: int) -> dict[str, int]:
    try:
        with open(f"/proc/{pid}/status") as fh:
            lines = fh.readlines()
    except OSError:
        return {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            lines += fh.readlines()
    except OSError:
        pass
    out = {}
    for line in lines:
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS", "Pss"):
            out[key] = int(value.split()[0])
    return out


def ocr_page_images(docs, sources, work: Path, dpi: int) -> tuple[list[Path], dict[str, float]]:
    """The cleaned images our OCR saw, one PGM per OCR'd page, for the raw tesseract run; and
    the mean time per page of each stage, measured here in one process."""
    import cv2
    from pipeline.read.ocr import preprocess, tessapi
    from pipeline.read.ocr.tesseract import LANG, PSM
    from pipeline.read.raster import load_image_frames, render_pdf_page
    from pipeline.read.reader import sniff

    by_rel = {s.rel: s for s in sources}
    api = tessapi.TessApi(LANG) if tessapi.available() else None
    stages = {"render or decode": 0.0, "clean-up (seal, skew, rules)": 0.0, "tesseract (library)": 0.0}
    out: list[Path] = []
    for doc in docs:
        numbers = [p.number for p in doc.pages if p.method.startswith("ocr")]
        source = by_rel.get(doc.path)
        if not numbers or source is None:
            continue
        frames = None
        for number in numbers:
            start = time.perf_counter()
            if sniff(source.path) == "pdf":
                image = render_pdf_page(source.path, number - 1, dpi)
            else:
                frames = frames if frames is not None else load_image_frames(source.path)
                image = frames[number - 1]
            t1 = time.perf_counter()
            gray = preprocess.prepare_page(image).gray
            t2 = time.perf_counter()
            if api is not None:
                api.tsv(gray, PSM, 120)
            t3 = time.perf_counter()
            stages["render or decode"] += t1 - start
            stages["clean-up (seal, skew, rules)"] += t2 - t1
            stages["tesseract (library)"] += t3 - t2
            path = work / f"page{len(out):04d}.pgm"
            cv2.imwrite(str(path), gray)
            out.append(path)
    if api is not None:
        api.close()
    return out, {k: v / max(len(out), 1) for k, v in stages.items()}


def raw_tesseract_seconds(images: list[Path], workers: int) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run(path: Path) -> None:
        subprocess.run(["tesseract", str(path), "stdout", "-l", "chi_sim", "--psm", "6", "--oem", "1",
                        "--dpi", "200"], capture_output=True, env=env, check=False)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, images))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--submission", type=Path, default=ROOT / "sample_evidence" / "support_clean" / "submission")
    parser.add_argument("--generate", type=int, metavar="N", help="generate a submission of about N documents")
    parser.add_argument("--repeat", type=int, default=2, metavar="K",
                        help="time ours and raw tesseract alternately K times, keep each one's best "
                             "(other load on the machine comes and goes; default 2)")
    parser.add_argument("--skip-reread", action="store_true",
                        help="skip the extra timing of scanned documents with second readings")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="jinzheng-bench-"))
    try:
        submission = args.submission
        if args.generate:
            from tools.samplegen import SubmissionSpec, generate_submission
            contracts = max(2, round((args.generate - 5) / 5))
            spec = SubmissionSpec(name="bench", n_contracts=contracts, total_range_wan=None)
            submission = generate_submission(spec, work / "generated", seed=11) / "submission"
        cores = os.cpu_count() or 1
        settings = Settings(cache_dir=work / "cache", workers=cores)
        print(f"machine: {cores} cores, Python {sys.version.split()[0]}, load average "
              f"{os.getloadavg()[0]:.1f} at start")
        print(f"submission: {submission}")

        # Warm-up, not timed: imports here, the forkserver with its preloaded reading code.
        from pipeline.read.ocr.environment import check_tesseract
        from pipeline.extract.entities import get_nlp  # noqa: F401
        check_tesseract()
        start = time.perf_counter()
        with WorkerPool(Settings(cache_dir=None, workers=cores), cores) as pool:
            pool.run([], lambda *_: None)
        print(f"worker pool start-up (first time, forkserver included): {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        with WorkerPool(Settings(cache_dir=None, workers=cores), cores) as pool:
            pool.run([], lambda *_: None)
        startup = time.perf_counter() - start
        print(f"worker pool start-up (each batch): {startup:.2f} s")

        start = time.perf_counter()
        with MemoryWatch() as memory:
            verification, stats = verify_submission(submission, settings)
        cold = time.perf_counter() - start
        docs = verification.documents
        text_pages = sum(1 for d in docs for p in d.pages if p.method == "text_layer")
        ocr_pages = sum(1 for d in docs for p in d.pages if p.method.startswith("ocr"))
        scanned_docs = sum(1 for d in docs if any(p.method.startswith("ocr") for p in d.pages))
        print(f"documents: {len(docs)} ({scanned_docs} with scanned pages); pages: {text_pages} text layer, "
              f"{ocr_pages} OCR")
        print(f"cold verify: {cold:.1f} s  (target < 180 s for 50 documents with a third scanned)")
        print(f"peak memory during cold verify: {memory.text()} (target < 2048 MB)")

        start = time.perf_counter()
        verify_submission(submission, settings)
        warm = time.perf_counter() - start
        print(f"rerun, nothing new: {warm:.2f} s ({warm / max(len(docs), 1) * 100:.2f} s per 100 documents)")

        # documents matched to their files by path: refused files and duplicates shift any zip
        opened = open_submission(submission, work / "open")
        by_rel = {s.rel: s for s in opened.evidence}
        text_sources = [by_rel[d.path] for d in docs if d.path in by_rel and d.pages
                        and all(p.method == "text_layer" for p in d.pages)]
        scan_docs = [d for d in docs if d.path in by_rel and any(p.method.startswith("ocr") for p in d.pages)]
        scan_sources = [by_rel[d.path] for d in scan_docs]

        # text-layer throughput: only the text-layer PDFs, one process, no cache
        start = time.perf_counter()
        text_docs, _ = process_documents(text_sources, Settings(cache_dir=None, workers=1))
        elapsed = time.perf_counter() - start
        n = sum(len(d.pages) for d in text_docs)
        print(f"text-layer pages/s (1 process, incl. classification and extraction): {n / elapsed:.1f}")

        # scanned throughput with every core, first engine only, against raw tesseract
        def time_ours():
            start = time.perf_counter()
            with MemoryWatch() as scan_memory:
                docs_, _ = process_documents(scan_sources, Settings(cache_dir=None, workers=cores, reread_engine=None))
            return time.perf_counter() - start, docs_, scan_memory

        ours, ours_docs, scan_memory = time_ours()
        ours_pages = sum(1 for d in ours_docs for p in d.pages if p.method.startswith("ocr"))
        images, stages = ocr_page_images(ours_docs, scan_sources, work, settings.dpi)
        raw = raw_tesseract_seconds(images, cores)
        for _ in range(args.repeat - 1):
            ours = min(ours, time_ours()[0])
            raw = min(raw, raw_tesseract_seconds(images, cores))
        print(f"scanned pages/min ({cores} processes, tesseract only): {ours_pages / ours * 60:.0f} "
              f"({ours_pages} OCR pages in {len(scan_sources)} documents, {ours:.1f} s, best of {args.repeat}; "
              f"{scan_memory.text()})")
        if not args.skip_reread:
            start = time.perf_counter()
            process_documents(scan_sources, Settings(cache_dir=None, workers=cores))
            with_reread = time.perf_counter() - start
            print(f"scanned pages/min with second readings of doubtful fields: {ours_pages / with_reread * 60:.0f}")
        sample = images[:10]
        raw_one = raw_tesseract_seconds(sample, 1) / max(len(sample), 1)
        ours_per, raw_per = ours / max(ours_pages, 1), raw / max(len(images), 1)
        print(f"raw tesseract on the same {len(images)} page images, {cores} in parallel: {raw:.1f} s, best of {args.repeat} "
              f"({raw_per:.2f} s per page); ours {ours:.1f} s for {ours_pages} pages ({ours_per:.2f} s per page) "
              f"-> overhead ratio {ours_per / raw_per:.2f} (target <= 1.15); without the per-batch worker "
              f"start-up ({startup:.2f} s): {(ours - startup) / max(ours_pages, 1) / raw_per:.2f}")
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
        print("per OCR'd page, one process: " + "; ".join(f"{k} {v * 1000:.0f} ms" for k, v in stages.items())
              + f"; the raw tesseract command on the cleaned image {raw_one * 1000:.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
