"""`jinzheng eval PATH`: verification over samples that carry ground truth, scored."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.cli.main import (_EXTENSIONS, CATALOG_HELP, _add_settings, check_output_file, check_output_folder,
                               command, settings_from)
from pipeline.errors import EXIT_CLEAN, EXIT_GAPS, JinzhengError


@command("eval")
def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.results.evaluate import Evaluation, find_samples, format_evaluation, load_truth, score_sample
    from pipeline.report.build import write_outputs
    from pipeline.results.verify import verify_submission

    if args.out:
        check_output_folder(args.out)
    if args.json:
        check_output_file(args.json, "--json")
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
            "tier_accuracy_if_confirmed": ev.tiers_if_confirmed.ratio,
            "false_gaps_on_clean": ev.false_gaps_on_clean,
            "seal_recall": ev.seals.recall, "seal_false_rate": ev.seals.false_rate,
            "seal_party_match": ev.seals.party_right / ev.seals.found if ev.seals.found else None,
            "seal_party_match_scans": ev.seals.party_scans.ratio, "misses": ev.misses,
        }, ensure_ascii=False, indent=2), encoding="utf-8")
    return EXIT_CLEAN if not ev.misses else EXIT_GAPS


def _register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="按标准答案为核验结果打分（一个样本或一组样本的文件夹）",
                       description="按 ground_truth.json 为核验结果打分：文档类型、字段、缺口的准确率和召回率")
    p.add_argument("path", metavar="PATH", help="样本文件夹（含 ground_truth.json），或多个样本所在的文件夹")
    p.add_argument("--out", metavar="DIR", help="同时把每个样本的报告写到此文件夹")
    p.add_argument("--json", metavar="FILE", help="把各项指标以 JSON 写入此文件")
    p.add_argument("--catalog", metavar="FILE", help=CATALOG_HELP)
    _add_settings(p)


_EXTENSIONS.append(_register)
