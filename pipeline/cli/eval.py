"""`jinzheng eval PATH`: verification over samples that carry ground truth, scored."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.cli.main import _EXTENSIONS, _add_settings, command, settings_from
from pipeline.errors import EXIT_CLEAN, EXIT_GAPS, JinzhengError


@command("eval")
def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.results.evaluate import Evaluation, find_samples, format_evaluation, load_truth, score_sample
    from pipeline.report.build import write_outputs
    from pipeline.results.verify import verify_submission

    samples = find_samples(Path(args.path))
    if not samples:
        raise JinzhengError(f"{args.path} 下没有带 ground_truth.json 的样本")
    settings = settings_from(args)
    ev = Evaluation()
    for sample in samples:
        verification, _ = verify_submission(sample / "submission", settings)
        report = verification.to_json()
        if args.out:
            write_outputs(verification, Path(args.out) / sample.name)
        score_sample(sample.name, load_truth(sample), report, ev)
    print(format_evaluation(ev))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "kind_accuracy": ev.kinds.ratio, "text_field_accuracy": ev.group_ratio("text"),
            "scan_field_accuracy": ev.group_ratio("scan"), "gap_precision": ev.precision,
            "gap_recall": ev.recall, "gap_f1": ev.f1, "tier_accuracy": ev.tiers.ratio,
            "false_gaps_on_clean": ev.false_gaps_on_clean, "misses": ev.misses,
        }, ensure_ascii=False, indent=2), encoding="utf-8")
    return EXIT_CLEAN if not ev.misses else EXIT_GAPS


def _register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score verification against ground truth (one sample or a folder of them)")
    p.add_argument("path")
    p.add_argument("--out", help="also write each sample's report here")
    p.add_argument("--json", help="write the figures as JSON to this file")
    p.add_argument("--catalog", help="requirement catalog JSON (default: by the declared phase)")
    _add_settings(p)


_EXTENSIONS.append(_register)
