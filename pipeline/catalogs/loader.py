"""The requirement catalog: one programme cycle's rules as data, validated at load time.

A bad catalog fails at start-up with `file: json-path: message`, never in the middle of a
batch. A new year's guide is a new catalog file, not a code change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from pipeline.catalogs import CATALOG_DIR, schema_path
from pipeline.errors import CatalogError

# below this an OCR'd value is too unsure to found a confident gap (a catalog may set its own)
DEFAULT_LOW_CONFIDENCE = 0.55

DEFAULT_CATALOGS = {"申报": "support_2023.json", "考核": "assessment_2024.json"}


@dataclass(frozen=True)
class Requirement:
    id: str
    title: str
    check: str
    params: dict[str, Any]
    gap_kind: str | None


@dataclass(frozen=True)
class Tier:
    min_yuan: Decimal
    inclusive: bool
    tier_wan: int


@dataclass(frozen=True)
class GapKind:
    kind: str
    requirement: str
    severity: int
    message: str
    item_message: str | None = None   # for an assessment item (supplier / meeting / diagnosis)


@dataclass(frozen=True)
class ReusePolicy:
    """Evidence found in another applicant's submission: which keys count, how sure a match by
    each is, and which pairs of submissions are allowed to share evidence."""
    key_status: dict[str, str]
    page_hash_max_distance: int
    allowed: tuple[str, ...]


REUSE_GAP_KIND = "evidence_reused"


@dataclass(frozen=True)
class SealRule:
    """Evidence of `kind` (of the form `when`, if set) must carry the seal of every role in
    `sealed_by` (customer | applicant | bank | supplier); a seal of a role in `stand_ins[role]`
    stands for that role's (a tendering agency's for the customer's on a procurement proof)."""
    kind: str
    sealed_by: tuple[str, ...]
    when: str | None = None      # bank_receipt | not_bank_receipt | online_banking_page | payee_receipt
    label: str = ""
    stand_ins: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a form often issued unsealed (an ERP purchase order, a platform's award notice): no seal
    # found founds nothing; a seal found must still be of the party asked
    unsealed_allowed: bool = False


@dataclass(frozen=True)
class SealPolicy:
    rules: tuple[SealRule, ...]
    confident_reading: float     # engine confidence from which a ring reading founds a confirmed finding
    party_same: float            # similarity (0..100) from which a ring reading names a party
    # words a ring of a tendering agency or trading centre carries (招标, 代理, 交易中心 …): such a
    # ring names an agency when it names no declared party
    agency_words: tuple[str, ...] = ()


SEAL_GAP_KINDS = ("seal_missing", "seal_party_mismatch")


@dataclass(frozen=True)
class Catalog:
    id: str
    title: str
    phase: str
    period_start: date
    period_end: date
    amount_tolerance: Decimal
    name_same: float
    name_uncertain: float
    review_low_confidence: float   # an unsure OCR'd value makes its gap needs_review
    large_min_employees: int
    large_min_revenue_wan: Decimal
    contract_evidence: tuple[str, ...]
    # the kinds this cycle's checks use (None: all): a paper of another kind is no evidence here
    document_kinds: tuple[str, ...] | None
    requirements: tuple[Requirement, ...]
    verdict_kind: str
    verdict_requires: tuple[str, ...]
    tiers: tuple[Tier, ...]
    gap_kinds: dict[str, GapKind]
    path: str
    evidence_reuse: ReusePolicy | None = None   # None: this catalog does not look across submissions
    seals: SealPolicy | None = None             # None: this catalog asks nothing of seals

    def in_period(self, day: date) -> bool:
        return self.period_start <= day <= self.period_end

    def requirement(self, req_id: str) -> Requirement:
        return next(r for r in self.requirements if r.id == req_id)


@lru_cache(maxsize=8)
def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


def validation_error(data: Any, schema_name: str, label: str) -> str | None:
    """`label: json-path: message` of the most relevant error, or None when valid."""
    validator = jsonschema.Draft202012Validator(load_schema(schema_name),
                                                format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return None
    return f"{label}: {error.json_path}: {error.message}"


def default_catalog_path(phase: str) -> Path:
    return CATALOG_DIR / DEFAULT_CATALOGS.get(phase, DEFAULT_CATALOGS["申报"])


def read_catalog(path: Path) -> Catalog:
    """The catalog at `path`, checked against its schema and for internal consistency. That its
    checks exist is checked one stage up (`pipeline.requirements.registry.load_catalog`): the
    checks are code that reads catalogs, so this module cannot know them."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read catalog: {exc}") from exc
    except ValueError as exc:
        raise CatalogError(f"{path}: $: not valid JSON: {exc}") from exc
    problem = validation_error(data, "catalog.schema.json", str(path))
    if problem:
        raise CatalogError(problem)
    ids = [r["id"] for r in data["requirements"]]
    for req in data["verdict"]["requires"]:
        if req not in ids:
            raise CatalogError(f"{path}: $.verdict.requires: unknown requirement {req!r}")
    for kind, spec in data["gap_kinds"].items():
        if spec["requirement"] not in ids:
            raise CatalogError(f"{path}: $.gap_kinds.{kind}.requirement: unknown requirement {spec['requirement']!r}")
    for i, r in enumerate(data["requirements"]):
        if r.get("gap_kind") and r["gap_kind"] not in data["gap_kinds"]:
            raise CatalogError(f"{path}: $.requirements[{i}].gap_kind: {r['gap_kind']!r} has no entry in gap_kinds")
    if "evidence_reuse" in data and REUSE_GAP_KIND not in data["gap_kinds"]:
        raise CatalogError(f"{path}: $.gap_kinds: evidence_reuse reports gap kind {REUSE_GAP_KIND!r}, "
                           f"which has no entry")
    for kind in SEAL_GAP_KINDS if "seals" in data else ():
        if kind not in data["gap_kinds"]:
            raise CatalogError(f"{path}: $.gap_kinds: seals reports gap kind {kind!r}, which has no entry")
    start, end = date.fromisoformat(data["period"]["start"]), date.fromisoformat(data["period"]["end"])
    if start > end:
        raise CatalogError(f"{path}: $.period: start is after end")
    sme = data.get("sme_rule", {"large_min_employees": 1000, "large_min_revenue_wan": "40000"})
    names = data.get("name_match", {})
    return Catalog(
        id=data["id"], title=data["title"], phase=data["phase"],
        period_start=start, period_end=end,
        amount_tolerance=Decimal(data["amount_tolerance"]),
        name_same=float(names.get("same", 88)), name_uncertain=float(names.get("uncertain", 70)),
        review_low_confidence=float(data.get("review", {}).get("low_confidence", DEFAULT_LOW_CONFIDENCE)),
        large_min_employees=int(sme["large_min_employees"]),
        large_min_revenue_wan=Decimal(sme["large_min_revenue_wan"]),
        contract_evidence=tuple(data.get("contract_evidence", ())),
        document_kinds=tuple(data["document_kinds"]) if "document_kinds" in data else None,
        requirements=tuple(
            Requirement(r["id"], r["title"], r["check"],
                        {k: v for k, v in r.items() if k not in ("id", "title", "check", "gap_kind")},
                        r.get("gap_kind"))
            for r in data["requirements"]
        ),
        verdict_kind=data["verdict"]["kind"],
        verdict_requires=tuple(data["verdict"]["requires"]),
        tiers=tuple(Tier(Decimal(t["min_yuan"]), t["inclusive"], t["tier_wan"])
                    for t in data["verdict"].get("tiers", ())),
        gap_kinds={k: GapKind(k, v["requirement"], v["severity"], v["message"], v.get("item_message"))
                   for k, v in data["gap_kinds"].items()},
        path=str(path),
        evidence_reuse=_reuse_policy(data.get("evidence_reuse")),
        seals=_seal_policy(data.get("seals")),
    )


def _seal_policy(data: dict[str, Any] | None) -> SealPolicy | None:
    if data is None:
        return None
    return SealPolicy(
        rules=tuple(SealRule(r["kind"], tuple(r["sealed_by"]), r.get("when"), r.get("label", ""),
                             {k: tuple(v) for k, v in r.get("stand_ins", {}).items()},
                             bool(r.get("unsealed_allowed", False)))
                    for r in data["evidence"]),
        agency_words=tuple(data.get("agency_words", ())),
        confident_reading=float(data.get("confident_reading", 0.85)),
        party_same=float(data.get("party_same", 80)))


def _reuse_policy(data: dict[str, Any] | None) -> ReusePolicy | None:
    if data is None:
        return None
    return ReusePolicy(key_status=dict(data["keys"]),
                       page_hash_max_distance=int(data.get("page_hash_max_distance", 64)),
                       allowed=tuple(data["allowed"]))
