"""Small commands start fast: `--version` and `--help` load none of the reading stack."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "pandas", "cv2", "prefect", "pdfplumber", "onnxruntime", "rapidocr_onnxruntime")
PROBE = """
import sys
from pipeline.cli.main import main
try:
    main([{arg!r}])
except SystemExit:
    pass
print("loaded:" + ",".join(m for m in {heavy!r} if m in sys.modules))
"""


@pytest.mark.parametrize("arg", ["--version", "--help"])
def test_small_commands_import_none_of_the_reading_stack(arg):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PROBE.format(arg=arg, heavy=HEAVY)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[-1] == "loaded:", f"{arg} imported {out[-1]}"
