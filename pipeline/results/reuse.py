"""Evidence reused across submissions: a document of one applicant found in another's.

After a nightly run, each submission verified in it is compared with every other submission
in the results index through the keys recorded for their documents (results/evidence_keys.py):
one indexed lookup per key kind, never reading the other submissions again. A match is an
`evidence_reused` finding on *both* submissions, naming the other one and the matching key;
the catalog's `evidence_reuse` policy says how sure a match by each key is and which pairs are
allowed (one applicant's two years, a contract between the two applicants): the exemptions
below are a registry the catalog chooses from, not a chain of conditions.

The finding is added to report.json (gaps.csv, report.html rewritten from it, reviewer
decisions applied again) and to the index; requirement statuses and the verdict stay as the
machine verified them: who copied from whom is the auditor's question, not the reader's.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from pipeline.catalogs.loader import REUSE_GAP_KIND, Catalog, ReusePolicy, default_catalog_path
from pipeline.read.page_hash import hash_distance
from pipeline.requirements.registry import load_catalog
from pipeline.results.evidence_keys import normalize_name

log = logging.getLogger(__name__)

# strongest first: the key a finding names when several match
KEY_ORDER = ("sha256", "bank_serial", "contract", "page_hash")
KEY_LABELS = {"sha256": "文件完全相同（SHA-256）", "bank_serial": "银行回单编号/流水号相同",
              "contract": "合同编号、金额与当事方相同", "page_hash": "扫描页面高度相似且金额/日期一致"}


@dataclass(frozen=True)
class Side:
    """One submission's document, as the index knows it."""
    submission: str
    applicant: str | None
    uscc: str | None
    path: str
    parties: tuple[str, ...]


@dataclass
class Match:
    mine: Side
    other: Side
    key: str
    value: str
    status: str
    distance: int | None = None


# ---- who may share evidence (the catalog lists which of these apply) ---------------------------

def _same_uscc(a: Side, b: Side) -> bool:
    return bool(a.uscc) and (a.uscc or "").upper() == (b.uscc or "").upper()


def _same_name(a: Side, b: Side) -> bool:
    return bool(normalize_name(a.applicant)) and normalize_name(a.applicant) == normalize_name(b.applicant)


def _both_parties(a: Side, b: Side) -> bool:
    """A document between the two applicants (a subcontract, a contract one signed with the
    other) belongs in both submissions."""
    names = set(a.parties) | set(b.parties)
    return normalize_name(a.applicant) in names and normalize_name(b.applicant) in names


EXEMPTIONS: dict[str, Callable[[Side, Side], bool]] = {
    "same_applicant_uscc": _same_uscc,
    "same_applicant_name": _same_name,
    "both_applicants_are_parties": _both_parties,
}


def allowed_pair(policy: ReusePolicy, mine: Side, other: Side) -> bool:
    return any(EXEMPTIONS[name](mine, other) for name in policy.allowed)


# ---- matching ------------------------------------------------------------------------------------

def _side(row: dict[str, Any]) -> Side:
    parties = tuple(p for p in (row.get("parties") or "").split("；") if p)
    return Side(row["submission"], row.get("applicant"), row.get("uscc"), row["path"], parties)


def _facts_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """What both readings state agrees (amount, date): a page hash alone cannot tell two copies
    of one form apart."""
    shared = [k for k in ("amount_yuan", "date") if a.get(k) and b.get(k)]
    return bool(shared) and all(a[k] == b[k] for k in shared)


def _page_distance(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    best = None
    for x in a.get("hashes", []):
        for y in b.get("hashes", []):
            d = hash_distance(x, y)
            if d is not None and (best is None or d < best):
                best = d
    return best


def find_matches(mine_rows: list[dict[str, Any]], other_rows: list[dict[str, Any]],
                 policy: ReusePolicy) -> list[Match]:
    """Matches of one submission's key rows against the rows the index returned for them; one
    per (my document, other document), by the strongest key, allowed pairs left out."""
    by_value: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in mine_rows:
        by_value.setdefault((row["key"], row["value"]), []).append(row)
    best: dict[tuple[str, str, str], Match] = {}
    for other in other_rows:
        key = other["key"]
        if key not in policy.key_status:
            continue
        for mine in by_value.get((key, other["value"]), []):
            distance = None
            if key == "page_hash":
                a, b = json.loads(mine.get("detail") or "{}"), json.loads(other.get("detail") or "{}")
                distance = _page_distance(a, b)
                if distance is None or distance > policy.page_hash_max_distance or not _facts_agree(a, b):
                    continue
            me, them = _side(mine), _side(other)
            if allowed_pair(policy, me, them):
                continue
            ident = (me.path, them.submission, them.path)
            found = Match(me, them, key, other["value"], policy.key_status[key], distance)
            if ident not in best or KEY_ORDER.index(key) < KEY_ORDER.index(best[ident].key):
                best[ident] = found
    return sorted(best.values(), key=lambda m: (m.mine.path, m.other.submission, m.other.path))


def matches_for(index, name: str, policy: ReusePolicy) -> list[Match]:  # noqa: ANN001 - ResultsIndex
    """Every match of submission `name` against all others in the index (indexed lookups)."""
    mine = [r for r in index.keys_of(name) if r["key"] in policy.key_status]
    if not mine:
        return []
    others = index.keys_matching(((r["key"], r["value"]) for r in mine), exclude=name)
    return find_matches(mine, others, policy)


# ---- findings ------------------------------------------------------------------------------------

def _value_text(match: Match) -> str:
    if match.key == "sha256":
        return match.value[:16] + "…"
    if match.key == "page_hash":
        return f"相差 {match.distance} 位"
    return match.value.replace("|", "，")


def reuse_gaps(report: dict[str, Any], matches: list[Match], catalog: Catalog) -> list[dict[str, Any]]:
    """One `evidence_reused` gap per document of this report that is found elsewhere."""
    spec = catalog.gap_kinds[REUSE_GAP_KIND]
    linked = {d["path"]: d.get("linked_contract") for d in report.get("documents", [])}
    customers = {c["contract_no"]: c.get("customer") for c in report.get("contracts", [])}
    by_doc: dict[str, list[Match]] = {}
    for m in matches:
        by_doc.setdefault(m.mine.path, []).append(m)
    out = []
    for path, found in sorted(by_doc.items()):
        details = [f"申报材料「{m.other.submission}」（{m.other.applicant or '申报单位不详'}）的文件「{m.other.path}」："
                   f"{KEY_LABELS[m.key]}（{_value_text(m)}）" for m in found]
        confirmed = any(m.status == "confirmed" for m in found)
        contract_no = linked.get(path)
        gap: dict[str, Any] = {
            "kind": REUSE_GAP_KIND, "requirement": spec.requirement, "severity": spec.severity,
            "status": "confirmed" if confirmed else "needs_review",
            "contract_no": contract_no, "customer": customers.get(contract_no) if contract_no else None,
            "documents": [path],
            "message": spec.message.format_map(_Blank(file=path, detail="；".join(details))),
            "details": details, "file": path,
            "reused_with": [{"submission": m.other.submission, "applicant": m.other.applicant,
                             "uscc": m.other.uscc, "document": m.other.path, "key": m.key,
                             "value": m.value, "distance": m.distance, "status": m.status} for m in found],
        }
        if not confirmed:
            gap["review_reason"] = "仅扫描页面相似（金额/日期一致），可能是同一格式的不同单据，需人工比对原件"
        out.append(gap)
    return out


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def with_reuse_gaps(report: dict[str, Any], found: list[dict[str, Any]]) -> dict[str, Any]:
    """The report with its evidence_reused gaps replaced by `found` (the others untouched)."""
    out = dict(report)
    kept = [g for g in report.get("gaps", []) if g["kind"] != REUSE_GAP_KIND]
    out["gaps"] = kept + found
    out["status"] = "gaps" if out["gaps"] else "clean"
    reused_contracts = {g["contract_no"] for g in found if g.get("contract_no")}
    contracts = []
    for c in report.get("contracts", []):
        kinds = set(c.get("gaps", [])) - {REUSE_GAP_KIND}
        if c["contract_no"] in reused_contracts:
            kinds.add(REUSE_GAP_KIND)
        contracts.append({**c, "gaps": sorted(kinds)})
    out["contracts"] = contracts
    return out


def reuse_signature(report: dict[str, Any]) -> list[Any]:
    """What a report's reuse findings say, to tell whether they changed."""
    return [(g.get("file"), g["status"], json.dumps(g.get("reused_with"), sort_keys=True, ensure_ascii=False))
            for g in report.get("gaps", []) if g["kind"] == REUSE_GAP_KIND]


# ---- the pass after a nightly run ------------------------------------------------------------------

@dataclass
class ReuseOutcome:
    checked: list[str] = field(default_factory=list)      # submissions whose findings were computed
    updated: list[str] = field(default_factory=list)      # whose report changed
    findings: int = 0                                     # evidence_reused gaps in the index now
    errors: dict[str, str] = field(default_factory=dict)


def catalog_for_report(report: dict[str, Any], catalog_path: Path | None) -> Catalog:
    """The catalog the submission was verified with: the one given, else its phase's default."""
    return load_catalog(Path(catalog_path) if catalog_path else default_catalog_path(report["catalog"]["phase"]))


def detect_reuse(index, verified: Iterable[str], catalog_path: Path | None = None,  # noqa: ANN001
                 rewrite: Callable[[dict[str, Any], str | None, Path], None] | None = None) -> ReuseOutcome:
    """Bring the evidence_reused findings up to date for the submissions verified now and every
    submission they share evidence with (or did before): reports rewritten where they changed,
    the index's gaps replaced. `rewrite(report, source, out_dir)` writes a report's outputs
    (default: pipeline.report.outputs.rewrite_submission_outputs)."""
    from pipeline.results.index import summarize_report

    if rewrite is None:
        from pipeline.report.outputs import rewrite_submission_outputs as rewrite
    outcome = ReuseOutcome()
    rows = {s["name"]: s for s in index.submissions()}
    todo = [n for n in dict.fromkeys(verified) if n in rows]
    seen: set[str] = set()
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.add(name)
        row = rows.get(name)
        if not row or not row.get("report_path") or not Path(row["report_path"]).is_file():
            continue
        try:
            report = json.loads(Path(row["report_path"]).read_text(encoding="utf-8"))
            catalog = catalog_for_report(report, catalog_path)
            if catalog.evidence_reuse is None or REUSE_GAP_KIND not in catalog.gap_kinds:
                continue
            matches = matches_for(index, name, catalog.evidence_reuse)
            partners = {m.other.submission for m in matches}
            # a partner's findings change with ours: those found now and those named before
            for other in sorted(partners | index.reuse_partners(name)):
                if other not in seen:
                    todo.append(other)
            outcome.checked.append(name)
            updated = with_reuse_gaps(report, reuse_gaps(report, matches, catalog))
            if reuse_signature(updated) != reuse_signature(report):
                rewritten = rewrite(updated, row.get("source"), Path(row["report_path"]).parent)
                index.replace_gaps(name, summarize_report(rewritten if rewritten is not None else updated))
                outcome.updated.append(name)
            index.set_reuse_links(name, partners)
        except Exception as exc:  # one submission's findings must not stop the others'
            log.exception("evidence reuse check of %s failed", name)
            outcome.errors[name] = f"{type(exc).__name__}: {exc}"
    outcome.findings = len(index.gaps(kind=REUSE_GAP_KIND))
    return outcome
