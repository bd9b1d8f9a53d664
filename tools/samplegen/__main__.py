"""python -m tools.samplegen --preset ci|large|clean|gaps|seals|assessment --out DIR [--seed N] [--submissions K]"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tools.samplegen.presets import generate_preset


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.samplegen",
                                 description="Generate sample award submissions with ground truth.")
    ap.add_argument("--preset", default="ci", choices=["ci", "large", "clean", "gaps", "seals", "assessment"],
                    help="ci: support_clean + support_gaps (the bundled set); large: random defect mixes, "
                         "12-20 contracts each; clean/gaps: one kind, --submissions times; "
                         "seals: colour scans with varied seals and two planted seal findings; "
                         "assessment: assessment_pass + assessment_fail (考核周期 2024)")
    ap.add_argument("--out", required=True, type=Path, help="output folder (one sub-folder per submission)")
    ap.add_argument("--seed", type=int, default=None, help="base seed (ci default: the bundled seeds)")
    ap.add_argument("--submissions", type=int, default=1, help="how many submissions (large/clean/gaps)")
    args = ap.parse_args(argv)
    made = generate_preset(args.preset, args.out, seed=args.seed, submissions=args.submissions)
    for path in made:
        gt = json.loads((path / "ground_truth.json").read_text(encoding="utf-8"))
        kinds = sorted({g["kind"] for g in gt["gaps"]})
        verdict = (f"assessment_passed {gt['assessment_passed']}" if "assessment_passed" in gt
                   else f"tier {gt['award_tier_wan']}")
        print(f"{path}: {len(gt['documents'])} documents, {verdict}, "
              f"verified total {gt['accepted_total_yuan']}, gaps: {', '.join(kinds) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
