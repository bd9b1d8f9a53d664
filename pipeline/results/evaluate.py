"""Accuracy against ground truth: document kinds, fields by rendering, gaps, verdicts.

A sample is a folder holding `submission/` and `ground_truth.json` (format in
sample_evidence/README.md). Scores are plain counts so they can be summed across samples.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pipeline.extract.entities import normalize_name
from pipeline.reconcile.contracts import fold_code
from pipeline.report.build import Verification

FIELDS = ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result")
TEXT_RENDERINGS = {"text"}


@dataclass
class Score:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def ratio(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Evaluation:
    kinds: Score = field(default_factory=Score)
    fields: dict[tuple[str, str], Score] = field(default_factory=dict)  # (field, text|scan) -> score
    gaps_tp: int = 0
    gaps_fp: int = 0
    gaps_fn: int = 0
    false_gaps_on_clean: int = 0
    tiers: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)
    samples: list[str] = field(default_factory=list)

    def field_score(self, name: str, group: str) -> Score:
        return self.fields.setdefault((name, group), Score())

    @property
    def precision(self) -> float:
        return self.gaps_tp / (self.gaps_tp + self.gaps_fp) if self.gaps_tp + self.gaps_fp else 1.0

    @property
    def recall(self) -> float:
        return self.gaps_tp / (self.gaps_tp + self.gaps_fn) if self.gaps_tp + self.gaps_fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def group_ratio(self, group: str) -> float | None:
        right = sum(s.right for (f, g), s in self.fields.items() if g == group)
        total = sum(s.total for (f, g), s in self.fields.items() if g == group)
        return right / total if total else None


def gap_key(gap: dict[str, Any]) -> tuple:
    return (gap["kind"], gap.get("contract_no") or None, gap.get("standard") or None,
            gap.get("supplier") or None, gap.get("meeting") or None,
            gap.get("customer") if not gap.get("contract_no") and gap["kind"] in _CUSTOMER_KEYED else None)


# gap kinds whose subject is a customer rather than a contract (assessment cycle diagnoses)
_CUSTOMER_KEYED = {"missing_diagnosis_report", "diagnosis_without_solution"}


def same_value(name: str, expected: Any, found: Any) -> bool:
    if found is None:
        return False
    if name == "amount_yuan":
        try:
            return Decimal(str(expected)) == Decimal(str(found))
        except InvalidOperation:
            return False
    if name == "date":
        return str(expected) == (found.isoformat() if isinstance(found, date) else str(found))
    if name == "contract_no":
        return fold_code(str(expected)) == fold_code(str(found))
    if name in ("customer", "payer", "payee", "title"):
        return normalize_name(str(expected)) == normalize_name(str(found))
    return str(expected) == str(found)


def score_sample(name: str, truth: dict[str, Any], report: dict[str, Any], ev: Evaluation) -> None:
    ev.samples.append(name)
    docs = {d["path"]: d for d in report["documents"]}
    for t in truth.get("documents", []):
        found = docs.get(t["path"])
        if t.get("rendering") == "corrupt":
            continue
        kind = found["doc_type"] if found else None
        ev.kinds.add(kind == t["doc_type"])
        if kind != t["doc_type"]:
            ev.misses.append(f"{name}: {t['path']}: 类型应为 {t['doc_type']}，识别为 {kind}")
        group = "text" if t.get("rendering") in TEXT_RENDERINGS else "scan"
        for fname, expected in (t.get("fields") or {}).items():
            if fname not in FIELDS or expected is None:
                continue
            got = found["fields"].get(fname) if found else None
            ok = same_value(fname, expected, got)
            ev.field_score(fname, group).add(ok)
            if not ok:
                prov = (found or {}).get("provenance", {}).get(fname, {})
                where = f"第{prov.get('page')}页" if prov else ""
                ev.misses.append(f"{name}: {t['path']} {where} {fname}: 应为「{expected}」，读得「{got}」")
    expected = Counter(gap_key(g) for g in truth.get("gaps", []))
    found_gaps = Counter(gap_key(g) for g in report["gaps"])
    tp = sum((expected & found_gaps).values())
    ev.gaps_tp += tp
    ev.gaps_fp += sum((found_gaps - expected).values())
    ev.gaps_fn += sum((expected - found_gaps).values())
    for key in (found_gaps - expected):
        ev.misses.append(f"{name}: 多报缺口 {key}")
    for key in (expected - found_gaps):
        ev.misses.append(f"{name}: 漏报缺口 {key}")
    if not truth.get("gaps"):
        ev.false_gaps_on_clean += sum(found_gaps.values())
    if "award_tier_wan" in truth:
        ok = truth["award_tier_wan"] == report.get("award_tier_wan")
        ev.tiers.add(ok)
        if not ok:
            ev.misses.append(f"{name}: 档位应为 {truth['award_tier_wan']}，得到 {report.get('award_tier_wan')}")
    if "assessment_passed" in truth:
        ok = truth["assessment_passed"] == report.get("assessment_passed")
        ev.tiers.add(ok)
        if not ok:
            ev.misses.append(f"{name}: 考核结论应为 {truth['assessment_passed']}")


def find_samples(path: Path) -> list[Path]:
    path = Path(path)
    if (path / "ground_truth.json").is_file():
        return [path]
    return sorted(p.parent for p in path.glob("*/ground_truth.json"))


def load_truth(sample: Path) -> dict[str, Any]:
    return json.loads((sample / "ground_truth.json").read_text(encoding="utf-8"))


def format_evaluation(ev: Evaluation) -> str:
    def pct(x: float | None) -> str:
        return "  n/a" if x is None else f"{x * 100:5.1f}%"

    lines = [f"样本 {len(ev.samples)} 份：{'、'.join(ev.samples)}",
             f"文档类型准确率   {pct(ev.kinds.ratio)}  ({ev.kinds.right}/{ev.kinds.total})"]
    lines.append(f"{'字段':<14}{'文字层':>16}{'扫描/照片':>18}")
    for name in FIELDS:
        t, s = ev.fields.get((name, "text"), Score()), ev.fields.get((name, "scan"), Score())
        lines.append(f"{name:<14}{pct(t.ratio):>10} ({t.right}/{t.total}){pct(s.ratio):>10} ({s.right}/{s.total})")
    lines.append(f"{'全部字段':<12}{pct(ev.group_ratio('text')):>12}{pct(ev.group_ratio('scan')):>22}")
    lines.append(f"缺口 precision {ev.precision:.3f}  recall {ev.recall:.3f}  F1 {ev.f1:.3f}  "
                 f"(TP {ev.gaps_tp}, FP {ev.gaps_fp}, FN {ev.gaps_fn}); 干净样本误报 {ev.false_gaps_on_clean}")
    lines.append(f"档位/结论准确率  {pct(ev.tiers.ratio)}  ({ev.tiers.right}/{ev.tiers.total})")
    if ev.misses:
        lines.append(f"未命中 {len(ev.misses)} 项：")
        lines.extend(f"  {m}" for m in ev.misses)
    return "\n".join(lines)


def evaluate_verification(name: str, truth: dict[str, Any], verification: Verification,
                          ev: Evaluation) -> None:
    score_sample(name, truth, verification.to_json(), ev)
