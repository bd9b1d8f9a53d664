"""What a sample submission contains: the declared rows, the documents and their facts.

The plan is the single source of truth: layouts render documents from it, and the rules in
`rules.py` compute the ground-truth gaps from the facts recorded here (never from the labels
of the planted defects), so a defect combination the generator did not foresee still gets the
gaps the checker's rules give it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from tools.samplegen.companies import Company

DOC_KINDS = ("contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other")
RENDERINGS = ("text", "scan", "photo", "mixed", "corrupt")


@dataclass
class PaymentPlan:
    amount: Decimal
    paid_on: date
    payer: Company
    payee: Company
    cites_contract_no: bool = True


@dataclass
class ContractPlan:
    seq: int
    no: str
    name: str                      # 合同名称 as declared (the project)
    title: str                     # heading of the contract document
    customer: Company              # the declared customer (as it really is)
    amount: Decimal                # declared, yuan
    signed_on: date
    accepted_on: date              # declared 验收日期 (and the report's date unless overridden)
    declared_sme: bool
    declared_tianjin: bool
    scope: list[str] = field(default_factory=list)
    # document facts (defaults: everything consistent)
    party_a: Company | None = None            # contract 甲方; None = customer
    acceptance_issuer: Company | None = None  # None = customer
    acceptance_amount: Decimal | None = None  # None = amount
    acceptance_date: date | None = None       # None = accepted_on
    acceptance_passed: bool = True
    acceptance_prints_amount: bool = True
    acceptance_prints_no: bool = True
    has_acceptance: bool = True
    has_procurement: bool = True
    procurement_kind: str = "bid"             # bid (中标通知书) | order (采购订单)
    procurement_prints_no: bool = True
    procurement_date: date | None = None
    payments: list[PaymentPlan] = field(default_factory=list)
    planted: list[str] = field(default_factory=list)  # defect labels, for the README only

    @property
    def contract_party_a(self) -> Company:
        return self.party_a or self.customer


@dataclass
class StandardPlan:
    seq: int
    name: str
    category: str      # 企业标准 | 团体标准
    stage: str         # 草案 | 征求意见稿
    code: str          # Q/... or T/...
    has_document: bool = True


@dataclass
class DocPlan:
    doc_type: str
    rendering: str                 # text | scan | photo | mixed | corrupt
    contract_no: str | None        # the declared contract it belongs to
    fields: dict[str, Any]         # ground-truth fields (Decimal/date values)
    renderer: str = ""             # layout function name
    fmt: str = "pdf"               # pdf | jpg | png | tif
    path: str = ""                 # relative to submission/
    payload: dict[str, Any] = field(default_factory=dict)   # what the layout needs
    copy_of: "DocPlan | None" = None   # byte-identical re-upload of another document
    truncate_of: "DocPlan | None" = None  # first half of another rendering's bytes
    sha256: str = ""
    note: str = ""                 # what this file tests, for the README table


@dataclass
class SubmissionPlan:
    name: str
    seed: int
    applicant: Company
    direction: str
    industry: str
    contracts: list[ContractPlan]
    standards: list[StandardPlan]
    documents: list[DocPlan] = field(default_factory=list)
    description: str = ""


def empty_fields(**values: Any) -> dict[str, Any]:
    out = {k: None for k in ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title")}
    out.update(values)
    return out
