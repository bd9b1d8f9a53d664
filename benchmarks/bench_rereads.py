"""What second readings cost, in CPU seconds per scanned page (a benchmark, not a test).

    python benchmarks/bench_rereads.py                      # the bundled clean submission's scans
    python benchmarks/bench_rereads.py --submission DIR

Each scanned document is read in this one process (OMP_THREAD_LIMIT=1, as in the workers)
twice: tesseract only (`--no-reread`), then the default (values that fail their checks read
again by RapidOCR); and the raw `tesseract` command runs on the cleaned images of the same
pages. CPU time, not wall time: on a machine shared with other jobs the wall clock measures the
other jobs (this project's machine ran at load 20-30 during issue 13), while the CPU seconds a
reading takes hardly move. Prints the three per page, their ratios, and how many documents
were read again on their lines, whole, or not at all.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_verify import ocr_page_images  # noqa: E402
from pipeline.documents.document import process_document  # noqa: E402
from pipeline.ingest.submission import open_submission  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def raw_tesseract_cpu(images: list[Path]) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    before = _children_cpu()
    for path in images:
        subprocess.run(["tesseract", str(path), "stdout", "-l", "chi_sim", "--psm", "6", "--oem", "1",
                        "--dpi", "200"], capture_output=True, env=env, check=False)
    return _children_cpu() - before


def route(doc) -> str:  # noqa: ANN001 - Document
    checks = [c for item in doc.fields.values() for c in item.checks]
    if any("整页重读" in c for c in checks):
        return "whole page"
    if any("重读第" in c for c in checks):
        return "lines"
    return "no value taken from a second reading"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--submission", type=Path, default=ROOT / "sample_evidence" / "support_clean" / "submission")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jinzheng-rereads-"))
    try:
        opened = open_submission(args.submission, work / "open")
        first_only = Settings(cache_dir=None, workers=1, reread_engine=None)
        default = Settings(cache_dir=None, workers=1)
        # warm-up, not measured: both engines' models, spaCy
        from pipeline.extract.entities import get_nlp
        from pipeline.read.ocr.engines import get_engine
        get_nlp()
        get_engine("tesseract")
        get_engine("rapidocr")
        scans, first_cpu, default_cpu, routes = [], 0.0, 0.0, {}
        wall = time.perf_counter()
        for source in opened.evidence:
            start = time.process_time()
            doc = process_document(source, first_only)
            spent = time.process_time() - start
            if not any(p.method.startswith("ocr") for p in doc.pages):
                continue
            scans.append((source, doc))
            first_cpu += spent
            start = time.process_time()
            again = process_document(source, default)
            default_cpu += time.process_time() - start
            kind = route(again)
            routes[kind] = routes.get(kind, 0) + 1
        wall = time.perf_counter() - wall
        pages = sum(1 for _, d in scans for p in d.pages if p.method.startswith("ocr"))
        images, _ = ocr_page_images([d for _, d in scans], [s for s, _ in scans], work, default.dpi)
        raw_cpu = raw_tesseract_cpu(images)
        per = lambda cpu: cpu / max(pages, 1)  # noqa: E731
        print(f"submission: {args.submission}")
        print(f"{len(scans)} documents with scanned pages, {pages} OCR pages ({wall:.0f} s wall, load average "
              f"{os.getloadavg()[0]:.1f} at the end)")
        print(f"CPU per OCR page: raw tesseract command {per(raw_cpu):.2f} s; ours, tesseract only "
              f"{per(first_cpu):.2f} s ({first_cpu / raw_cpu:.2f} x raw); ours, the default with second "
              f"readings {per(default_cpu):.2f} s ({default_cpu / raw_cpu:.2f} x raw, target <= 2)")
        print(f"second readings: {per(default_cpu - first_cpu):.2f} s CPU per OCR page "
              f"({default_cpu / first_cpu:.2f} x tesseract only)")
        print("documents by second reading: " + ", ".join(f"{k} {v}" for k, v in sorted(routes.items())))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
