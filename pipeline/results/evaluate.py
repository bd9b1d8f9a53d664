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
    # a gap the truth holds that was reported only as needs_review: not a match (strict), but
    # not silent either
    gaps_only_reviewed: int = 0
    review_findings: dict[str, int] = field(default_factory=dict)   # sample -> needs_review gaps
    extra_fields: int = 0        # a value where the truth has none: an error of its own kind
    requirements: Score = field(default_factory=Score)
    counts: Score = field(default_factory=Score)   # accepted total and the counts behind thresholds
    tiers: Score = field(default_factory=Score)
    tiers_if_confirmed: Score = field(default_factory=Score)   # with every open question answered favourably
    misses: list[str] = field(default_factory=list)
    samples: list[str] = field(default_factory=list)
    seals: "SealScore" = field(default_factory=lambda: SealScore())

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


@dataclass
class SealScore:
    """Seals against the stamped ones the truth records (documents[].seals), on the pages the
    pipeline looked at in colour (a black-and-white TIFF shows no seal colour)."""
    truth: int = 0            # stamped seals on pages looked at
    found: int = 0            # of those, found (a found seal's box holds the stamped centre)
    found_all: int = 0        # every seal the pipeline found on those documents
    false: int = 0            # found seals where nothing was stamped
    party_right: int = 0      # found seals whose ring text was matched to the party stamped
    party_scans: Score = field(default_factory=Score)   # the same, scans and photos only

    @property
    def recall(self) -> float | None:
        return self.found / self.truth if self.truth else None

    @property
    def false_rate(self) -> float | None:
        return self.false / self.found_all if self.found_all else None


def score_seals(name: str, truth: dict[str, Any], report: dict[str, Any], ev: Evaluation) -> None:
    docs = {d["path"]: d for d in report["documents"]}
    score = ev.seals
    for t in truth.get("documents", []):
        if "seals" not in t or t["path"] not in docs:
            continue
        found = docs[t["path"]]
        looked = set(found.get("seal_pages", ()))
        stamped = [s for s in t["seals"] if s["page"] in looked]
        seals = [s for s in found.get("seals", ()) if s["page"] in looked]
        used: set[int] = set()
        for s in stamped:
            score.truth += 1
            hit = next((i for i, f in enumerate(seals) if i not in used and f["page"] == s["page"]
                        and _holds(f["box"], s["x"], s["y"])), None)
            if hit is None:
                ev.misses.append(f"{name}: {t['path']} 第{s['page']}页 漏检印章「{s['name']}」{'、'.join(s.get('how', []))}")
                continue
            used.add(hit)
            score.found += 1
            match = seals[hit].get("match") or {}
            # a bank's or an agency's ring is recognised by its words (银行; 招标, 代理 …), not
            # matched to a declared name: right when it is taken for one
            right = (match.get("role") == s["role"]) if s.get("role") in ("bank", "agency") else \
                normalize_name(match.get("party") or "") == normalize_name(s["name"])
            score.party_right += right
            if t.get("rendering") in ("scan", "photo"):
                score.party_scans.add(right)
            if not right:
                ev.misses.append(f"{name}: {t['path']} 印章「{s['name']}」印文读作「{seals[hit].get('ring_text')}」，"
                                 f"匹配为「{match.get('party')}」")
        score.found_all += len(seals)
        for i, f in enumerate(seals):
            if i not in used:
                score.false += 1
                ev.misses.append(f"{name}: {t['path']} 第{f['page']}页 误检印章 {f['box']}")


def _holds(box: list[float], x: float, y: float, margin: float = 0.03) -> bool:
    return box[0] - margin <= x <= box[2] + margin and box[1] - margin <= y <= box[3] + margin


def scoring_key(gap: dict[str, Any]) -> tuple:
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
    score_seals(name, truth, report, ev)
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
            if fname not in FIELDS:
                continue
            if expected is None:
                got = found["fields"].get(fname) if found and kind == t["doc_type"] else None
                if got is not None:
                    ev.extra_fields += 1
                    ev.misses.append(f"{name}: {t['path']} {fname}: 文件未写明，却读得「{got}」")
                continue
            got = found["fields"].get(fname) if found else None
            ok = same_value(fname, expected, got)
            ev.field_score(fname, group).add(ok)
            if not ok:
                prov = (found or {}).get("provenance", {}).get(fname, {})
                where = f"第{prov.get('page')}页" if prov else ""
                ev.misses.append(f"{name}: {t['path']} {where} {fname}: 应为「{expected}」，读得「{got}」")
    # strict: a truth gap (confirmed by definition) matches only a confirmed gap of the same
    # kind and subject; needs_review gaps are review findings, counted apart
    expected = Counter(scoring_key(g) for g in truth.get("gaps", []))
    confirmed = Counter(scoring_key(g) for g in report["gaps"] if g.get("status", "confirmed") == "confirmed")
    reviewed = Counter(scoring_key(g) for g in report["gaps"] if g.get("status") == "needs_review")
    tp = sum((expected & confirmed).values())
    ev.gaps_tp += tp
    ev.gaps_fp += sum((confirmed - expected).values())
    missed = expected - confirmed
    ev.gaps_fn += sum(missed.values())
    ev.gaps_only_reviewed += sum((missed & reviewed).values())
    ev.review_findings[name] = sum(reviewed.values())
    for key in (confirmed - expected):
        ev.misses.append(f"{name}: 多报缺口 {key}")
    for key in missed:
        how = "（仅报为待复核）" if reviewed.get(key) else ""
        ev.misses.append(f"{name}: 漏报缺口 {key}{how}")
    if not truth.get("gaps"):
        ev.false_gaps_on_clean += sum(confirmed.values())
    statuses = {r["id"]: r["status"] for r in report.get("requirements", [])}
    for req, status in (truth.get("requirements") or {}).items():
        ok = statuses.get(req) == status
        ev.requirements.add(ok)
        if not ok:
            ev.misses.append(f"{name}: 要求 {req} 应为 {status}，得到 {statuses.get(req)}")
    if "accepted_total_yuan" in truth and "accepted_total_yuan" in report:
        ok = same_value("amount_yuan", truth["accepted_total_yuan"], report["accepted_total_yuan"])
        ev.counts.add(ok)
        if not ok:
            ev.misses.append(f"{name}: 核实总额应为 {truth['accepted_total_yuan']}，得到 {report['accepted_total_yuan']}")
    measured = _measures(report)
    for key in ("verified_customer_count", "verified_sme_customer_count", "standards_with_document"):
        if key in truth and key in measured:
            ok = truth[key] == measured[key]
            ev.counts.add(ok)
            if not ok:
                ev.misses.append(f"{name}: {key} 应为 {truth[key]}，得到 {measured[key]}")
    pending = report.get("verdict_pending")
    if truth.get("award_tier_wan") is not None:     # the assessment cycle has a verdict, no tier
        ok = truth["award_tier_wan"] == report.get("award_tier_wan")
        ev.tiers.add(ok)
        ev.tiers_if_confirmed.add(truth["award_tier_wan"] == (
            report.get("award_tier_if_confirmed_wan") if pending else report.get("award_tier_wan")))
        if not ok:
            ev.misses.append(f"{name}: 档位应为 {truth['award_tier_wan']}，得到 {report.get('award_tier_wan')}")
    if "assessment_passed" in truth:
        ok = truth["assessment_passed"] == report.get("assessment_passed")
        ev.tiers.add(ok)
        ev.tiers_if_confirmed.add(truth["assessment_passed"] == (
            report.get("assessment_passed_if_confirmed") if pending else report.get("assessment_passed")))
        if not ok:
            ev.misses.append(f"{name}: 考核结论应为 {truth['assessment_passed']}")


# the report's requirement measures that stand for the truth's counts
_MEASURES = {"S-customers": "verified_customer_count", "S-sme": "verified_sme_customer_count",
             "S-standards": "standards_with_document"}


def _measures(report: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for r in report.get("requirements", []):
        key = _MEASURES.get(r.get("id"))
        if key and isinstance(r.get("measured"), int):
            out[key] = r["measured"]
    return out


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
                 f"(TP {ev.gaps_tp}, FP {ev.gaps_fp}, FN {ev.gaps_fn}，其中仅报为待复核 {ev.gaps_only_reviewed}); "
                 f"干净样本误报 {ev.false_gaps_on_clean}")
    lines.append("待复核项（每份）  " + "、".join(f"{k} {v}" for k, v in ev.review_findings.items()))
    lines.append(f"多读字段（真值为空却读出值） {ev.extra_fields}")
    lines.append(f"要求状态准确率   {pct(ev.requirements.ratio)}  ({ev.requirements.right}/{ev.requirements.total})")
    lines.append(f"核实总额与计数   {pct(ev.counts.ratio)}  ({ev.counts.right}/{ev.counts.total})")
    lines.append(f"档位/结论准确率  {pct(ev.tiers.ratio)}  ({ev.tiers.right}/{ev.tiers.total})")
    lines.append(f"档位/结论（待复核事项全部核实后）  {pct(ev.tiers_if_confirmed.ratio)}  "
                 f"({ev.tiers_if_confirmed.right}/{ev.tiers_if_confirmed.total})")
    if ev.seals.truth or ev.seals.found_all:
        sc = ev.seals
        lines.append(f"印章召回率       {pct(sc.recall)}  ({sc.found}/{sc.truth})；误检 {pct(sc.false_rate)}  "
                     f"({sc.false}/{sc.found_all})")
        lines.append(f"印文匹配到正确单位 {pct(sc.party_right / sc.found if sc.found else None)}  "
                     f"({sc.party_right}/{sc.found})；扫描件/照片 {pct(sc.party_scans.ratio)}  "
                     f"({sc.party_scans.right}/{sc.party_scans.total})")
    if ev.misses:
        lines.append(f"未命中 {len(ev.misses)} 项：")
        lines.extend(f"  {m}" for m in ev.misses)
    return "\n".join(lines)


def evaluate_verification(name: str, truth: dict[str, Any], verification: Verification,
                          ev: Evaluation) -> None:
    score_sample(name, truth, verification.to_json(), ev)
