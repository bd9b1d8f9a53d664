"""README.md's examples are what the commands print, and sample_evidence/README.md's counts are
what sample_evidence/ holds: drift fails here. The runs reuse the session's document cache
(JINZHENG_TEST_CACHE on CI), so they cost seconds once the bundled samples were read."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tools import readme_examples

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_evidence"
NUMBER_WORDS = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5, "Six": 6, "Seven": 7, "Eight": 8}

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def test_readme_examples_are_what_the_commands_print(cache_dir):
    readme = readme_examples.README.read_text(encoding="utf-8")
    fresh = readme_examples.render(readme, readme_examples.examples(cache_dir))
    if fresh != readme:
        changed = [line for line in fresh.splitlines() if line not in readme.splitlines()]
        pytest.fail("README.md's examples differ from a run now; run `python -m tools.readme_examples`. "
                    "Lines a run prints that README.md lacks:\n" + "\n".join(changed[:20]))


def test_every_example_block_is_one_the_tool_writes():
    """An output block in README.md for `jinzheng verify sample_evidence/…` is generated, never typed."""
    readme = readme_examples.README.read_text(encoding="utf-8")
    typed = re.findall(r"```\n\$ (jinzheng verify sample_evidence/\S+ --out \S+)\n", readme)
    generated = {readme_examples.command_for(sample, out) for sample, out in readme_examples.EXAMPLES}
    assert typed and set(typed) <= generated, set(typed) - generated
    for command in typed:
        assert readme_examples.BEGIN.format(command=command) in readme


def test_a_drifted_example_is_caught():
    readme = readme_examples.README.read_text(encoding="utf-8")
    command = readme_examples.command_for(*readme_examples.EXAMPLES[0])
    drifted = readme.replace("缺口 17 项", "缺口 14 项", 1)
    assert drifted != readme
    block = readme.split(readme_examples.BEGIN.format(command=command))[1].split(readme_examples.END)[0]
    text = block.strip().removeprefix("```").removesuffix("```").strip()
    assert readme_examples.render(drifted, {command: text}) == readme


def test_sample_readme_counts_are_what_sample_evidence_holds():
    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    bundles = sorted(p.name for p in SAMPLES.iterdir() if (p / "submission").is_dir())
    stated = re.match(r"(\w+) fictitious submissions", text.split("\n", 3)[2])
    assert stated and NUMBER_WORDS[stated.group(1)] == len(bundles), (stated, bundles)
    for name in bundles:
        section = re.search(rf"^##+ {name}\n(.*?)(?=^##+ |\Z)", text, re.S | re.M)
        assert section, f"sample_evidence/README.md has no section for {name}"
        files = re.search(r"; (\d+) files \+ 申报信息\.xlsx", section.group(1))
        on_disk = [p for p in (SAMPLES / name / "submission").rglob("*") if p.is_file() and p.name != "申报信息.xlsx"]
        assert files and int(files.group(1)) == len(on_disk), (name, files and files.group(1), len(on_disk))
