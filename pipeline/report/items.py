"""Per-item records of the assessment cycle (local suppliers, meetings, diagnoses, standards),
read from a report, for report.html and `jinzheng explain`.

A requirement that counts declared items carries them in `items`
([{"label", "document", "status": ok|pending|failed}], see assessment._count); this module
joins each with its gaps, so the page and the terminal show declared item -> document ->
values -> status. Reports written before `items` existed carry the same facts as lines in
`details` (`「label」→ path：符合`), which are read instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from pipeline.report.decisions import gap_counts

_LINE = re.compile(r"^「(?P<label>.+)」→ (?P<document>.+?)(?:：(?P<status>符合|待复核|不符合))?$")
NO_DOCUMENT = "未找到文件"
STATUS_BY_TEXT = {"符合": "ok", "待复核": "pending", "不符合": "failed", None: "ok"}
STATUS_LABELS = {"ok": ("符合", "ok"), "pending": ("待复核", "warn"), "failed": ("不符合", "bad")}
# gap fields naming an item, in the order they identify one
SUBJECT_FIELDS = ("supplier", "meeting", "standard", "customer")


@dataclass
class Item:
    requirement: str
    label: str
    document: str | None              # rel path of its document, None when none was found
    status: str                       # ok | pending | failed (the machine's)
    gaps: list[Mapping[str, Any]] = field(default_factory=list)

    @property
    def counted_status(self) -> str:
        """The status after reviewer decisions: dismissed gaps no longer count."""
        counted = [g for g in self.gaps if gap_counts(g)]
        if not self.gaps:
            return self.status
        if any(g["status"] == "confirmed" for g in counted):
            return "failed"
        return "pending" if counted else "ok"


def _parse(requirement: Mapping[str, Any]) -> list[tuple[str, str | None, str]]:
    if isinstance(requirement.get("items"), list):
        return [(str(i.get("label", "")), i.get("document"), str(i.get("status", "ok")))
                for i in requirement["items"] if isinstance(i, Mapping)]
    out = []
    for line in requirement.get("details") or []:
        m = _LINE.match(str(line))
        if m:
            doc = m["document"]
            out.append((m["label"], None if doc == NO_DOCUMENT else doc, STATUS_BY_TEXT[m["status"]]))
    return out


def _names(gap: Mapping[str, Any]) -> set[str]:
    return {str(gap[f]) for f in SUBJECT_FIELDS if gap.get(f)}


def requirement_items(report: Mapping[str, Any], requirement: Mapping[str, Any]) -> list[Item]:
    gaps = [g for g in report.get("gaps", []) if g["requirement"] == requirement["id"]]
    items = []
    for label, document, status in _parse(requirement):
        # a gap names its item (supplier / meeting / customer), or only its document
        mine = [g for g in gaps if label in _names(g)
                or (document and not _names(g) and document in g.get("documents", []))]
        items.append(Item(requirement["id"], label, document, status, mine))
    return items


def report_items(report: Mapping[str, Any]) -> dict[str, list[Item]]:
    """{requirement id: its items}, for the requirements that count declared items."""
    out = {}
    for requirement in report.get("requirements", []):
        items = requirement_items(report, requirement)
        if items:
            out[requirement["id"]] = items
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\s()（）]", "", text or "").upper()


def find_items(report: Mapping[str, Any], subject: str) -> list[Item]:
    """Items whose label is `subject` (spacing, case and bracket width forgiven), else whose
    label contains it, else whose document is it, or a subcontract whose number is it."""
    everything = [i for items in report_items(report).values() for i in items]
    want = _norm(subject)
    exact = [i for i in everything if _norm(i.label) == want]
    if exact:
        return exact
    docs = {d["path"]: d for d in report.get("documents", [])}
    by_number = [i for i in everything if i.document and
                 _norm(str((docs.get(i.document, {}).get("fields") or {}).get("contract_no") or "")) == want]
    by_number += [i for i in everything if any(_norm(str(g.get("contract_no") or "")) == want for g in i.gaps)
                  and i not in by_number]
    if by_number:
        return by_number
    partial = [i for i in everything if want and want in _norm(i.label)]
    return partial or [i for i in everything if i.document and _norm(i.document) == want]
