"""The words documents write before their values, as data (`catalogs/vocabularies/field_labels.json`,
validated by `schemas/field_labels.schema.json` at import): a label a new genre uses is a data
change, not a code change."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


from pipeline.catalogs import CATALOG_DIR, read_validated_json

FIELD_LABELS_PATH = CATALOG_DIR / "vocabularies" / "field_labels.json"

Words = tuple[str, ...]


@dataclass(frozen=True)
class DateEvent:
    """A statement that makes a date in prose the document's own event date (see the schema)."""
    means: str
    after: re.Pattern
    window: int
    before: re.Pattern | None = None
    not_before: re.Pattern | None = None
    not_after: re.Pattern | None = None
    not_in_sentence: re.Pattern | None = None


@dataclass(frozen=True)
class FieldLabels:
    party_labels: dict[str, dict[str, Words]]          # kind -> role -> labels
    role_note_words: dict[str, tuple[tuple[str, str], ...]]  # kind -> (word in a note, role), in order
    issuer_role: dict[str, str]                         # kind -> role its issuer holds when unnamed
    relation_roles: dict[str, dict[str, str]]           # kind -> {"other"|"applicant": role} (reconcile/relations)
    amount_labels: dict[str, Words]
    total_labels: Words
    date_labels: dict[str, Words]                       # most specific first
    date_events: dict[str, tuple[DateEvent, ...]]       # kind -> statements of its event, in order
    preliminary_checks: Words                           # 初验, 预验收: a check before the acceptance
    contract_no_labels: Words
    own_number_labels: Words                            # a contract's own number at a line's head
    procurement_no_labels: Words
    project_no_labels: Words
    purpose_labels: Words
    meeting_name_labels: Words
    report_title_labels: Words
    solution_headings: Words
    solution_head_nouns: Words                          # solution words only at a heading's end
    required_fields: dict[str, Words]                   # kind -> fields reconciliation needs
    separating_labels: Words                            # other labels that end a value on its line
    entry_direction: dict[str, re.Pattern]              # credit / debit -> an account holder's words
    # kind -> words that label its amount only as a column header (报价（元） over a bidders' table)
    column_amount_labels: dict[str, Words] = field(default_factory=dict)
    # role stem -> its opposite (接收 -> 移交): such a label names a side only beside the other's
    counterpart_stems: dict[str, str] = field(default_factory=dict)
    # an acceptance assessment's grade -> the result it states: passed / failed -> grades
    result_grades: dict[str, Words] = field(default_factory=dict)
    # labels of another contract's number (借款合同编号: the loan's, not the contract a payment settles)
    other_contract_no_labels: Words = ()
    # kind -> role -> terms a definition gives (以下简称“企业”) that name the role without being its label
    defined_terms: dict[str, dict[str, Words]] = field(default_factory=dict)
    # words heading a bargaining table's last round (最终, 最后一轮): its row's offer is the price agreed
    final_round_labels: Words = ()
    # an ERP voucher's source document: type labels (源单类型) and number labels (源单编号)
    source_type_labels: Words = ()
    source_number_labels: Words = ()

    def every_label(self) -> set[str]:
        """Every label that ends the value of the label before it on the same line."""
        words = {lab for table in self.party_labels.values() for labels in table.values() for lab in labels}
        words |= {lab for labels in self.amount_labels.values() for lab in labels}
        words |= {lab for labels in self.date_labels.values() for lab in labels}
        words |= set(self.contract_no_labels) | set(self.meeting_name_labels) | set(self.separating_labels)
        words |= set(self.other_contract_no_labels)
        words |= set(self.source_type_labels) | set(self.source_number_labels)
        # 单号 alone is too short to end another value (询价单号 is read as a whole)
        words |= set(self.procurement_no_labels) - {"单号"}
        return words


def load_field_labels(path: Path = FIELD_LABELS_PATH) -> FieldLabels:
    """The labels at `path`, refused with `file: json-path: message` when they fail their schema."""
    data = read_validated_json(path, "field_labels.schema.json", "field labels")

    def table(name: str) -> dict[str, Words]:
        return {kind: tuple(words) for kind, words in data[name].items()}
    return FieldLabels(
        party_labels={kind: _with_role_forms(roles) for kind, roles in data["party_labels"].items()},
        role_note_words={kind: tuple((word, role) for word, role in pairs)
                         for kind, pairs in data["role_note_words"].items()},
        issuer_role=dict(data["issuer_role"]),
        relation_roles={kind: dict(sides) for kind, sides in data["relation_roles"].items()},
        amount_labels=table("amount_labels"),
        total_labels=tuple(data["total_labels"]),
        date_labels=table("date_labels"),
        date_events={kind: tuple(_date_event(item) for item in items)
                     for kind, items in data["date_events"].items()},
        preliminary_checks=tuple(data["preliminary_checks"]),
        contract_no_labels=tuple(data["contract_no_labels"]),
        own_number_labels=tuple(data["own_number_labels"]),
        procurement_no_labels=tuple(data["procurement_no_labels"]),
        project_no_labels=tuple(data["project_no_labels"]),
        purpose_labels=tuple(data["purpose_labels"]),
        meeting_name_labels=tuple(data["meeting_name_labels"]),
        report_title_labels=tuple(data["report_title_labels"]),
        solution_headings=tuple(data["solution_headings"]),
        solution_head_nouns=tuple(data["solution_head_nouns"]),
        required_fields=table("required_fields"),
        separating_labels=tuple(data["separating_labels"]),
        entry_direction={side: re.compile("|".join(f"(?:{p})" for p in patterns))
                         for side, patterns in data["entry_direction"].items()},
        column_amount_labels={kind: tuple(words) for kind, words in data.get("column_amount_labels", {}).items()},
        counterpart_stems=dict(data.get("counterpart_stems", {})),
        result_grades={result: tuple(words) for result, words in data.get("result_grades", {}).items()},
        other_contract_no_labels=tuple(data.get("other_contract_no_labels", ())),
        defined_terms={kind: {role: tuple(terms) for role, terms in roles.items()}
                       for kind, roles in data.get("defined_terms", {}).items()},
        final_round_labels=tuple(data.get("final_round_labels", ())),
        source_type_labels=tuple(data.get("source_document_labels", {}).get("type", ())),
        source_number_labels=tuple(data.get("source_document_labels", {}).get("number", ())),
    )


# A role is written as its stem and a party noun: 委托方, 委托单位, 委托企业 name one role
# (受评单位 and 受评企业, 被调研企业 and 被调研单位 are one party).
PARTY_NOUNS = ("方", "单位", "企业")


def _with_role_forms(roles: dict[str, list[str]]) -> dict[str, Words]:
    """Each role's labels, then the same stems with the other party noun (委托方 → 委托单位,
    用户单位 → 用户方) where the stem has two characters or more and the form is not part of a
    label of another role; the written labels keep their order and come first."""
    out: dict[str, Words] = {}
    for role, words in roles.items():
        others = [lab for r, labels in roles.items() if r != role for lab in labels]
        forms = list(words)
        for label in words:
            noun = next((n for n in PARTY_NOUNS if label.endswith(n)), None)
            stem = label[:-len(noun)] if noun else ""
            if noun is None or len(stem) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", stem):
                continue
            for other in PARTY_NOUNS:
                form = stem + other
                # 承包单位 inside 总承包单位 (the other side's label) would read the wrong party
                if form not in forms and not any(form in lab for lab in others):
                    forms.append(form)
        out[role] = tuple(forms)
    return out


def one_of(words: Words) -> str:
    """The words as one regex group of alternatives, longest first (预验收 before 预验)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _date_event(item: dict) -> DateEvent:
    def pattern(key: str) -> re.Pattern | None:
        return re.compile(item[key]) if key in item else None
    return DateEvent(means=item["means"], after=re.compile(item["after"]), window=item["window"],
                     before=pattern("before"), not_before=pattern("not_before"),
                     not_after=pattern("not_after"), not_in_sentence=pattern("not_in_sentence"))


LABELS = load_field_labels()
