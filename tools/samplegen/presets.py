"""Presets: named sets of submissions (ci, large, assessment, ...), each made by the support-cycle
builder (build.py) or the assessment-cycle one (assessment.py). Kept apart from both so that
the assessment builder can use the support builder without an import circle."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tools.samplegen.assessment import generate_assessment_preset, update_readme
from tools.samplegen.build import generate_submission, preset_spec
from tools.samplegen.readme import write_readme

CI_SEEDS = {"clean": 20231, "gaps": 20232}


def generate_preset(preset: str, out_root: Path | str, seed: int | None = None, submissions: int = 1) -> list[Path]:
    out_root = Path(out_root)
    made = []
    if preset == "assessment":  # assessment cycle (考核 2024): assessment_pass + assessment_fail
        return generate_assessment_preset(out_root, seed)
    if preset == "ci":
        for key in ("clean", "gaps"):
            s = CI_SEEDS[key] if seed is None else seed
            spec = preset_spec(key, random.Random(f"spec:{key}:{s}"))
            made.append(generate_submission(spec, out_root / spec.name, s))
        write_readme(out_root, [json.loads((p / "ground_truth.json").read_text(encoding="utf-8")) for p in made])
        update_readme(out_root)  # keeps the assessment bundles' section when they are there
        return made
    if preset == "large":
        base = 7 if seed is None else seed
        for k in range(submissions):
            s = base * 1000 + k
            spec = preset_spec("large", random.Random(f"spec:large:{s}"), index=k + 1)
            made.append(generate_submission(spec, out_root / spec.name, s))
        return made
    base = 0 if seed is None else seed
    for k in range(submissions):
        made.append(generate_submission(preset, out_root / f"{preset}_{k + 1:02d}", base + k))
    return made
