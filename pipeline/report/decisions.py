"""Reviewer decisions on gaps: accept (the gap is real) or dismiss (it is not), with a reason.

Decisions live in a small JSON file beside the submission (`<submission>.jinzheng-review.json`,
a list of records), never inside it: inputs are never modified. Each record names its gap by
the same key the gap book merges on (kind, contract, customer when there is no contract, and
the subject: standard / supplier / meeting / file), and carries the SHA-256 of every document
behind the gap at the time of the decision, and the gap's message (which carries its measured
values). The declaration is behind every gap (each compares evidence against it); a gap that
names no evidence file (a threshold, a missing document) rests on all of the evidence. A later
run whose documents or message differ marks the decision stale and the gap counts again, as the
machine found it.

`apply_decisions` is pure: report dict in, new report dict out, idempotent.

How a decision counts (kept simple on purpose):
- dismiss (fresh): the gap stays listed with its decision but no longer counts.
- accept (fresh): the gap counts; a `needs_review` gap becomes `confirmed` (a person confirmed it).
- stale: the decision is shown (who, when, why, which files changed) and the gap counts as found.
Then, from the gaps that count: each contract's status (same rule as the library: any
confirmed gap other than `sme_misclassified` -> not_verified, only needs-review gaps ->
needs_review, none -> verified), each requirement touched by a fresh decision (not_met stays
not_met while a counted confirmed gap of it remains, else unverifiable while a counted
needs-review gap remains, else met; unverifiable becomes not_met when a gap of it was accepted,
met when none of its needs-review gaps still counts), and the report `status` (clean when no
gap counts). Totals, counts and the award tier are the machine's: a dismissal does not re-run
the threshold checks. So a requirement that decisions alone would make met is not shown as met:
it becomes `unverifiable` with `review_outcome: "met"` (人工认定满足，需复核), and `recheck_note`
says the tier / verdict must be set by a person.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone, timedelta
from pathlib import Path
from typing import Any, Iterable, Mapping

from pipeline.atomic import write_atomic
from pipeline.errors import JinzhengError

REVIEW_SUFFIX = ".jinzheng-review.json"
DECISIONS = ("accept", "dismiss")
SUBJECT_FIELDS = ("standard", "supplier", "meeting", "file", "evidence")   # evidence: seal findings
# a gap that never blocks a contract (mirrors reconcile.contract_is_verified)
NON_BLOCKING_KINDS = {"sme_misclassified"}
CHINA_TZ = timezone(timedelta(hours=8))

DECISION_LABELS = {"accept": "确认缺口", "dismiss": "驳回（不计入）"}


# ---- keys and fingerprints -----------------------------------------------------------------


def gap_key(gap: Mapping[str, Any]) -> dict[str, Any]:
    """The identity of a gap across runs, as the gap book merges them."""
    key: dict[str, Any] = {"kind": gap["kind"], "contract_no": gap.get("contract_no")}
    key["customer"] = gap.get("customer") if gap.get("contract_no") is None else None
    for name in SUBJECT_FIELDS:
        if gap.get(name):
            key[name] = gap[name]
    return key


def _key_tuple(key: Mapping[str, Any]) -> tuple:
    return (key.get("kind"), key.get("contract_no"),
            key.get("customer") if key.get("contract_no") is None else None,
            tuple((name, key.get(name)) for name in SUBJECT_FIELDS if key.get(name)))


def key_label(key: Mapping[str, Any]) -> str:
    """`KIND[:CONTRACT_NO|SUBJECT]`, as typed on the command line."""
    subject = key.get("contract_no") or next((key[n] for n in SUBJECT_FIELDS if key.get(n)), None) \
        or key.get("customer")
    return f"{key['kind']}:{subject}" if subject else key["kind"]


def report_hashes(report: Mapping[str, Any]) -> dict[str, str]:
    """sha256 of each document the report read (the declaration is not among them)."""
    return {d["path"]: d["sha256"] for d in report.get("documents", []) if d.get("sha256")
            and d["sha256"] != "0" * 64}


def submission_hashes(source: Path) -> dict[str, str]:
    """sha256 of every file of a submission (evidence, declaration and others), by rel path."""
    import tempfile

    from pipeline.ingest.submission import open_submission

    with tempfile.TemporaryDirectory(prefix="jinzheng-review-") as work:
        opened = open_submission(Path(source), Path(work))
        return {f.rel: f.sha256 for f in (*opened.evidence, *opened.others)}


# gaps found in the declaration alone (declared headcount and revenue against the SME rule)
DECLARATION_ONLY_KINDS = {"sme_misclassified"}


def rests_on_all_evidence(gap: Mapping[str, Any], declaration: str | None = None) -> bool:
    """A gap naming no evidence file (a count or total below its threshold, a missing
    document) depends on every file: any file added, removed or changed may change it."""
    if gap.get("kind") in DECLARATION_ONLY_KINDS:
        return False
    return not [p for p in gap.get("documents", []) if p != declaration]


def fingerprint(gap: Mapping[str, Any], hashes: Mapping[str, str], declaration: str | None = None,
                every_file: Iterable[str] | None = None) -> dict[str, str | None]:
    """{file path: sha256 or None when unknown} for the files behind a gap: its documents and
    the declaration (every gap compares against it); for a gap that names no evidence file,
    every file of the submission (`every_file`, default: those in `hashes`)."""
    paths = set(gap.get("documents", []))
    if declaration:
        paths.add(declaration)
    if rests_on_all_evidence(gap, declaration):
        paths |= set(hashes if every_file is None else every_file)
    return {path: hashes.get(path) for path in sorted(paths)}


def changed_files(recorded: Mapping[str, str | None], current: Mapping[str, str | None]) -> list[str]:
    """Documents added, removed or whose content changed. A hash unknown on either side
    (e.g. a report without the declaration's hash) is not taken as a change."""
    changed = {p for p in set(recorded) ^ set(current)
               if (recorded.get(p) if p in recorded else current.get(p)) is not None}
    for path in set(recorded) & set(current):
        a, b = recorded[path], current[path]
        if a and b and a != b:
            changed.add(path)
    return sorted(changed)


# ---- the review file -----------------------------------------------------------------------


def review_file_for(source: Path) -> Path:
    """`/inbox/acme` -> `/inbox/acme.jinzheng-review.json`; `/inbox/acme.zip` -> `/inbox/acme.zip.jinzheng-review.json`."""
    source = Path(source)
    resolved = source.resolve()
    return resolved.parent / (resolved.name + REVIEW_SUFFIX)


def load_decisions(path_or_source: Path) -> list[dict[str, Any]]:
    """Records from a review file (or from the review file of a submission); [] when none."""
    path = Path(path_or_source)
    if not path.name.endswith(REVIEW_SUFFIX):
        path = review_file_for(path)
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise JinzhengError(f"复核决定文件无法读取：{path}（{exc}）") from exc
    if isinstance(data, dict):          # tolerate {"decisions": [...]}
        data = data.get("decisions", [])
    if not isinstance(data, list):
        raise JinzhengError(f"复核决定文件格式不正确（应为列表）：{path}")
    out = []
    for i, record in enumerate(data, start=1):
        if not isinstance(record, dict) or record.get("decision") not in DECISIONS \
                or not isinstance(record.get("gap"), dict) or "kind" not in record["gap"]:
            raise JinzhengError(f"复核决定文件第 {i} 条记录格式不正确：{path}")
        out.append(record)
    return out


def make_decision(gap: Mapping[str, Any], decision: str, reviewer: str, reason: str,
                  hashes: Mapping[str, str], decided_at: datetime | None = None,
                  declaration: str | None = None) -> dict[str, Any]:
    """`hashes`: {rel path: sha256} of the submission's files now (`submission_hashes`, or
    `report_hashes` for a report alone); `declaration`: the report's `declaration_source`."""
    if decision not in DECISIONS:
        raise JinzhengError(f"复核决定只能是 {' / '.join(DECISIONS)}")
    if not reviewer.strip():
        raise JinzhengError("请用 --reviewer 写明复核人")
    if not reason.strip():
        raise JinzhengError("请用 --reason 写明复核理由")
    when = (decided_at or datetime.now(CHINA_TZ)).isoformat(timespec="seconds")
    return {
        "gap": gap_key(gap),
        "decision": decision,
        "reviewer": reviewer.strip(),
        "decided_at": when,
        "reason": reason.strip(),
        "fingerprint": fingerprint(gap, hashes, declaration),
        "message": gap.get("message", ""),
        "status_at_decision": gap.get("status"),
    }


def append_decision(review_file: Path, record: Mapping[str, Any]) -> Path:
    """Append a record (history is kept; the last record for a gap is the one in force)."""
    records = load_decisions(review_file)
    records.append(dict(record))
    write_atomic(Path(review_file), json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return Path(review_file)


def latest_by_key(decisions: Iterable[Mapping[str, Any]]) -> dict[tuple, Mapping[str, Any]]:
    latest: dict[tuple, Mapping[str, Any]] = {}
    for record in decisions:      # file order; a later record overrides an earlier one
        latest[_key_tuple(record["gap"])] = record
    return latest


# ---- finding a gap from the command line ---------------------------------------------------


def find_gaps(report: Mapping[str, Any], spec: str) -> list[dict[str, Any]]:
    """Gaps matching `KIND` or `KIND:X`, X being the contract number or a subject
    (standard, supplier, meeting, file) or, for gaps without a contract, the customer."""
    kind, _, subject = spec.partition(":")
    kind, subject = kind.strip(), subject.strip()
    found = []
    for gap in report.get("gaps", []):
        if gap["kind"] != kind:
            continue
        if subject:
            values = [gap.get("contract_no"), gap.get("customer"), *(gap.get(n) for n in SUBJECT_FIELDS)]
            if subject not in [v for v in values if v]:
                continue
        found.append(gap)
    return found


# ---- applying ------------------------------------------------------------------------------


def gap_counts(gap: Mapping[str, Any]) -> bool:
    """Whether a gap counts: all do except one dismissed by a decision that is not stale.
    The one rule every output (page, workbook, csv, terminal) uses."""
    decision = gap.get("decision")
    return not (decision and decision["decision"] == "dismiss" and not decision.get("stale"))



def counted_gaps(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Gaps that count: all of them except those dismissed by a decision that is not stale."""
    return [g for g in report.get("gaps", []) if gap_counts(g)]


def apply_decisions(report: Mapping[str, Any], decisions: Iterable[Mapping[str, Any]],
                    file_hashes: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A new report with `gaps[].decision` set and statuses following the decisions.

    `file_hashes` ({rel path: sha256}, e.g. `submission_hashes(source)`) lets decisions on
    gaps resting on the declaration go stale too; without it the report's documents are used.
    Idempotent: applying twice (or to a report that already carries decisions) gives the same.
    """
    out = copy.deepcopy(dict(report))
    hashes = {**report_hashes(out), **(file_hashes or {})}
    # the files on disk now, when known: a file the report read but since removed is a change
    every_file = set(file_hashes) if file_hashes else None
    latest = latest_by_key(decisions)

    # restore the machine's view first, so re-applying starts from the same place
    for gap in out.get("gaps", []):
        previous = gap.pop("decision", None)
        if previous and previous.get("original_status"):
            gap["status"] = previous["original_status"]
    for item in (*out.get("requirements", []), *out.get("contracts", [])):
        if "status_before_review" in item:
            item["status"] = item.pop("status_before_review")
        item.pop("review_outcome", None)
    if "status_before_review" in out:
        out["status"] = out.pop("status_before_review")

    touched_requirements: dict[str, set[str]] = {}     # id -> {"dismiss", "accept"}
    touched_contracts: set[str] = set()
    for gap in out.get("gaps", []):
        record = latest.get(_key_tuple(gap_key(gap)))
        if record is None:
            continue
        current = fingerprint(gap, hashes, out.get("declaration_source"), every_file)
        changed = changed_files(record.get("fingerprint") or {}, current)
        # the message carries the measured values (amounts, counts): a change means new evidence
        message_changed = bool(record.get("message")) and record["message"] != gap.get("message")
        stale = bool(changed) or message_changed
        decision: dict[str, Any] = {
            "decision": record["decision"],
            "label": DECISION_LABELS[record["decision"]],
            "reviewer": record.get("reviewer", ""),
            "decided_at": record.get("decided_at", ""),
            "reason": record.get("reason", ""),
            "stale": stale,
            "counted": True,
        }
        if stale:
            decision["changed_files"] = changed
            if message_changed:
                decision["message_at_decision"] = record["message"]
            decision["label"] = f"复核决定已失效（{DECISION_LABELS[record['decision']]}之后证据已变更，需重新复核）"
        elif record["decision"] == "dismiss":
            decision["counted"] = False
        elif gap["status"] == "needs_review":
            decision["original_status"] = gap["status"]
            gap["status"] = "confirmed"
        gap["decision"] = decision
        if not stale:
            touched_requirements.setdefault(gap["requirement"], set()).add(record["decision"])
            if gap.get("contract_no"):
                touched_contracts.add(gap["contract_no"])

    counted = counted_gaps(out)
    for contract in out.get("contracts", []):
        if contract["contract_no"] not in touched_contracts:
            continue
        mine = [g for g in counted if g.get("contract_no") == contract["contract_no"]
                and g["kind"] not in NON_BLOCKING_KINDS]
        new = ("not_verified" if any(g["status"] == "confirmed" for g in mine)
               else "needs_review" if mine else "verified")
        if new != contract["status"]:
            contract["status_before_review"] = contract["status"]
            contract["status"] = new

    for requirement in out.get("requirements", []):
        kinds = touched_requirements.get(requirement["id"])
        if not kinds:
            continue
        mine = [g for g in counted if g["requirement"] == requirement["id"]]
        confirmed = any(g["status"] == "confirmed" for g in mine)
        pending = any(g["status"] == "needs_review" for g in mine)
        old = requirement["status"]
        if old == "not_met":
            new = "not_met" if confirmed else ("unverifiable" if pending else "met")
        elif old == "unverifiable":
            accepted = any(g.get("decision", {}).get("original_status") == "needs_review" for g in mine)
            new = "not_met" if accepted else ("unverifiable" if pending else "met")
        else:
            new = old
        if new == "met" and old != "met":
            # the machine's measure still falls short (totals and tier are not recomputed): a
            # person's judgement, not a verified "met" -- shown as 人工认定满足，需复核
            requirement["review_outcome"] = "met"
            new = "unverifiable"
        if new != old or "review_outcome" in requirement:
            requirement["status_before_review"] = old
            requirement["status"] = new

    new_status = "gaps" if counted else "clean"
    if "status" in out and new_status != out["status"]:
        out["status_before_review"] = out["status"]
        out["status"] = new_status
    return out


def recheck_note(report: Mapping[str, Any]) -> str | None:
    """Chinese note when decisions changed a requirement's or a contract's status: totals,
    counts and the tier / verdict were not recomputed, so a person must set them."""
    contracts = [c["contract_no"] for c in report.get("contracts", []) if "status_before_review" in c]
    requirements = [r for r in report.get("requirements", []) if "status_before_review" in r]
    if not contracts and not requirements:
        return None
    parts = []
    if requirements:
        names = [f"{r['id']} {r.get('title', '')}".strip() for r in requirements]
        parts.append(f"{len(names)} 项要求（{'；'.join(names[:5])}{'等' if len(names) > 5 else ''}）")
    if contracts:
        parts.append(f"{len(contracts)} 份合同（{'、'.join(contracts[:5])}{'等' if len(contracts) > 5 else ''}）")
    verdict = "考核结论" if report.get("assessment_passed") is not None else "奖励档位"
    manual = ("，其中因驳回缺口而视为满足的要求标为「人工认定满足（需复核）」"
              if any(r.get("review_outcome") == "met" for r in requirements) else "")
    return (f"复核决定改变了 {'和'.join(parts)}的核验状态{manual}；核实总额、家数与{verdict}"
            f"仍为机器核验结果，未按复核决定重新计算，请据此人工核定。")


def decision_summary(report: Mapping[str, Any]) -> dict[str, int]:
    gaps = report.get("gaps", [])
    decided = [g["decision"] for g in gaps if g.get("decision")]
    return {
        "decided": len(decided),
        "dismissed": sum(1 for d in decided if d["decision"] == "dismiss" and not d["stale"]),
        "accepted": sum(1 for d in decided if d["decision"] == "accept" and not d["stale"]),
        "stale": sum(1 for d in decided if d["stale"]),
    }


def apply_review_file(report: Mapping[str, Any], source: Path) -> dict[str, Any]:
    """Convenience for callers holding the submission: load its review file and apply it
    with hashes of every file in the submission. Without a review file, any decisions the
    report carried are removed (the file is the record)."""
    decisions = load_decisions(Path(source))
    if not decisions:
        return apply_decisions(report, [])
    return apply_decisions(report, decisions, submission_hashes(Path(source)))
