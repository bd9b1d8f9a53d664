"""README.md's examples of command output, produced by real runs on sample_evidence/.

    python -m tools.readme_examples                 # rewrite the examples in README.md
    python -m tools.readme_examples --check         # exit 1 if README.md differs from a run now
    python -m tools.readme_examples --cache-dir DIR # reuse the OCR of an earlier run (as the tests do)

Each example sits between a marker naming its command and `<!-- example end -->`; everything in
between is what the command prints, run from the repository's root, never typed by hand
(tests/integration/test_readme_examples.py fails when README.md drifts from it). The document
line is written as a first run prints it (no cache yet), worked out from the report, so the
example is the same whether or not the run that made it could reuse the cache.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
# (sample, the --out folder the README shows)
EXAMPLES = (("support_gaps", "out/gaps"), ("assessment_fail", "out/assess"))
BEGIN = "<!-- example: {command} (tools/readme_examples.py writes this block; do not edit) -->"
END = "<!-- example end -->"
NO_CONTENT = "0" * 64     # the sha256 of a file listed but never opened (a refused zip member)


def command_for(sample: str, out: str) -> str:
    return f"jinzheng verify sample_evidence/{sample}/submission --out {out}"


def first_run_counts(report: dict) -> dict[str, int]:
    """The document figures a first run (empty cache) prints for this report: a file with the
    bytes of an earlier one is a copy, one never opened is refused, the others are read."""
    seen: set[str] = set()
    counts = {"documents": 0, "processed": 0, "cache_hits": 0, "duplicates": 0, "refused": 0, "unreadable": 0}
    for doc in report["documents"]:
        counts["documents"] += 1
        counts["unreadable"] += 0 if doc.get("readable") else 1
        if doc["sha256"] == NO_CONTENT:
            counts["refused"] += 1
        elif doc["sha256"] in seen:
            counts["duplicates"] += 1
        else:
            seen.add(doc["sha256"])
            counts["processed"] += 1
    return counts


def run_example(sample: str, out: str, cache_dir: Path | None) -> str:
    """`$ command` and what it prints, run from a folder laid out like the repository's root."""
    from pipeline.cli.main import main
    from pipeline.report.vocabulary import document_count_text

    command = command_for(sample, out)
    with tempfile.TemporaryDirectory(prefix="jinzheng-readme-") as work:
        (Path(work) / "sample_evidence").symlink_to(ROOT / "sample_evidence")
        argv = command.split()[1:] + (["--cache-dir", str(cache_dir)] if cache_dir else [])
        printed = io.StringIO()
        with contextlib.chdir(work), contextlib.redirect_stdout(printed):
            code = main(argv)
        if code not in (0, 1):
            raise SystemExit(f"{command} ended with exit code {code}")
        report = json.loads((Path(work) / out / "report.json").read_text(encoding="utf-8"))
    first_run = document_count_text(first_run_counts(report))
    lines = [first_run if line.startswith("文档 ") else line for line in printed.getvalue().splitlines()]
    return "\n".join([f"$ {command}", *lines])


def render(readme: str, outputs: dict[str, str]) -> str:
    """README text with each example block replaced by its command's output."""
    for command, text in outputs.items():
        begin = BEGIN.format(command=command)
        pattern = re.compile(re.escape(begin) + r"\n```\n.*?\n```\n" + re.escape(END), re.S)
        if not pattern.search(readme):
            raise SystemExit(f"README.md has no example block for: {command}")
        readme = pattern.sub(lambda _: f"{begin}\n```\n{text}\n```\n{END}", readme)
    return readme


def examples(cache_dir: Path | None) -> dict[str, str]:
    return {command_for(sample, out): run_example(sample, out, cache_dir) for sample, out in EXAMPLES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.readme_examples", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when README.md differs")
    parser.add_argument("--cache-dir", type=Path, help="document cache to reuse")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    fresh = render(current, examples(args.cache_dir))
    if args.check:
        return 0 if fresh == current else 1
    if fresh != current:
        from pipeline.atomic import write_atomic
        write_atomic(README, fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
