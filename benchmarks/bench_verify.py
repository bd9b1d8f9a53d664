"""Speed and memory of verification, printed as figures (a benchmark, not a test).

    python benchmarks/bench_verify.py                 # the bundled clean submission (~60 documents)
    python benchmarks/bench_verify.py --generate 50   # a generated submission of about 50 documents
    python benchmarks/bench_verify.py --submission DIR

Prints: machine (cores), documents and pages by kind of reading, cold verification time,
text-layer pages/s, scanned pages/min (all cores), our time per scanned page against the raw
`tesseract` command on the same page images at the same parallelism (overhead), peak memory,
and the rerun time with nothing new.
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.batch import process_documents  # noqa: E402
from pipeline.reader import sniff  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.submission import open_submission  # noqa: E402
from pipeline.verify import verify_submission  # noqa: E402


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def scanned_page_images(submission: Path, work: Path, dpi: int) -> list[Path]:
    """The page images our OCR sees, as PGM files for the raw tesseract comparison."""
    import cv2
    from pipeline.ocr.preprocess import prepare_for_ocr
    from pipeline.pdf_text import page_text_from_plumber, usable_text
    from pipeline.raster import load_image_frames, render_pdf_page
    import pdfplumber

    opened = open_submission(submission, work / "open")
    out = []
    for source in opened.evidence:
        kind = sniff(source.path)
        frames = []
        if kind == "pdf":
            try:
                with pdfplumber.open(str(source.path)) as pdf:
                    for i, page in enumerate(pdf.pages):
                        if not usable_text(page_text_from_plumber(page, i + 1).text):
                            frames.append(render_pdf_page(source.path, i, dpi))
            except Exception:
                continue
        elif kind in ("jpeg", "png", "tiff", "bmp"):
            frames = load_image_frames(source.path)
        for frame in frames:
            gray, _ = prepare_for_ocr(frame)
            path = work / f"page{len(out):04d}.pgm"
            cv2.imwrite(str(path), gray)
            out.append(path)
    return out


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
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="jinzheng-bench-"))
    try:
        submission = args.submission
        if args.generate:
            from pipeline.samplegen import SubmissionSpec, generate_submission
            contracts = max(2, round((args.generate - 5) / 5))
            spec = SubmissionSpec(name="bench", n_contracts=contracts, total_range_wan=None)
            submission = generate_submission(spec, work / "generated", seed=11) / "submission"
        cores = os.cpu_count() or 1
        settings = Settings(cache_dir=work / "cache", workers=cores)
        print(f"machine: {cores} cores, Python {sys.version.split()[0]}")
        print(f"submission: {submission}")

        start = time.perf_counter()
        verification, stats = verify_submission(submission, settings)
        cold = time.perf_counter() - start
        docs = verification.documents
        text_pages = sum(1 for d in docs for p in d.pages if p.method == "text_layer")
        ocr_pages = sum(1 for d in docs for p in d.pages if p.method.startswith("ocr"))
        print(f"documents: {len(docs)}; pages: {text_pages} text layer, {ocr_pages} OCR")
        print(f"cold verify: {cold:.1f} s  (target < 180 s for 50 documents with a third scanned)")

        start = time.perf_counter()
        verify_submission(submission, settings)
        warm = time.perf_counter() - start
        print(f"rerun, nothing new: {warm:.2f} s ({warm / max(len(docs), 1) * 100:.2f} s per 100 documents)")

        # text-layer throughput: only the text-layer PDFs, one process, no cache
        opened = open_submission(submission, work / "open-text")
        text_sources = [s for s, d in zip(opened.evidence, sorted(docs, key=lambda d: d.path))
                        if d.pages and all(p.method == "text_layer" for p in d.pages)]
        start = time.perf_counter()
        text_docs, _ = process_documents(text_sources, Settings(cache_dir=None, workers=1))
        elapsed = time.perf_counter() - start
        n = sum(len(d.pages) for d in text_docs)
        print(f"text-layer pages/s (1 process, incl. classification and extraction): {n / elapsed:.1f}")

        # scanned throughput with every core, first engine only, against raw tesseract
        scan_sources = [s for s, d in zip(opened.evidence, sorted(docs, key=lambda d: d.path))
                        if d.pages and any(p.method.startswith("ocr") for p in d.pages)]
        start = time.perf_counter()
        scan_docs, _ = process_documents(scan_sources, Settings(cache_dir=None, workers=cores, reread_engine=None))
        ours = time.perf_counter() - start
        scan_pages = sum(len(d.pages) for d in scan_docs)
        print(f"scanned pages/min ({cores} processes, tesseract only): {scan_pages / ours * 60:.0f}")
        start = time.perf_counter()
        scan_docs, _ = process_documents(scan_sources, Settings(cache_dir=None, workers=cores))
        with_reread = time.perf_counter() - start
        print(f"scanned pages/min with second readings of doubtful fields: {scan_pages / with_reread * 60:.0f}")
        images = scanned_page_images(submission, work, settings.dpi)
        raw = raw_tesseract_seconds(images, cores)
        from pipeline.batch import WorkerPool
        start = time.perf_counter()
        with WorkerPool(Settings(cache_dir=None, workers=cores), cores) as pool:
            pool.run([], lambda *_: None)
        startup = time.perf_counter() - start
        print(f"raw tesseract on the same {len(images)} page images, {cores} in parallel: {raw:.1f} s; "
              f"ours {ours:.1f} s -> overhead ratio {ours / raw:.2f} (target <= 1.15); "
              f"without the one-off worker start-up ({startup:.1f} s): {(ours - startup) / raw:.2f}")
        print(f"peak memory (largest process): {peak_rss_mb():.0f} MB (target < 2048 MB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
