"""Roles from the relation a document records, when no label or sentence on it names them.

Every evidence paper records a relation between the applicant and one other organisation: a
payment from its customer to the applicant, the customer's acceptance of the applicant's work,
the customer's choice of the applicant, the applicant's diagnosis of a firm, the applicant's
purchase from its supplier. When the reader found no label for a role (a form whose labels it
cannot pair with their cells, a genre it has never seen), yet the paper names the applicant and
exactly one other organisation, the relation says which role each holds (vocabulary
`relation_roles`). A third organisation, a refund, or a role already read for someone else, and
nothing is inferred: the role stays unread and a person is asked, as before.

An inferred name is never quietly a match: where it is not a declared party, the value carries a
review reason, so a mismatch founded on it is a question, not a confident gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.catalogs.loader import Catalog
from pipeline.extract.entities import find_organizations, normalize_name, plausible_organisation
from pipeline.extract.fields.hits import extracted
from pipeline.extract.fields.parties import is_bank
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.models import Declaration, Document, PageText
from pipeline.reconcile.contracts import kind_by_buyer, match_names, ocr_misreads

# money flowing back (a refund, a reversal) turns the payment's direction round
_AGAINST_THE_FLOW = re.compile(r"退款|退回|退还|冲正|冲销|返还")
INFERRED = "角色由关系推定：文件只写明申报单位和这一家单位，未标注其角色"
NOT_DECLARED = "角色由关系推定（文件未标注），且不是申报的{what}，请人工核对"


@dataclass(frozen=True)
class _Mention:
    page: PageText
    start: int
    end: int
    name: str


def _mentions(doc: Document) -> list[_Mention]:
    out = []
    for page in doc.pages:
        for org in find_organizations(page.text):
            name = normalize_name(org.text)
            if not is_bank(name) and plausible_organisation(name):
                out.append(_Mention(page, org.start, org.end, name))
    return out


def _same(a: str, b: str, catalog: Catalog) -> bool:
    return match_names(a, b, catalog).same or ocr_misreads(a, b) is not None or ocr_misreads(b, a) is not None


def _parties(doc: Document, applicant: str, catalog: Catalog) -> tuple[_Mention, _Mention] | None:
    """The applicant's first mention and the one other organisation's most frequent reading,
    when the paper names exactly these two."""
    mentions = _mentions(doc)
    own = [m for m in mentions if _same(m.name, applicant, catalog)]
    others: list[list[_Mention]] = []
    for m in mentions:
        if m in own:
            continue
        group = next((g for g in others if _same(m.name, g[0].name, catalog)), None)
        if group is None:
            others.append([m])
        else:
            group.append(m)
    if not own or len(others) != 1:
        return None
    group = others[0]
    names = [m.name for m in group]
    common = max(names, key=lambda n: (names.count(n), -names.index(n)))
    return own[0], next(m for m in group if m.name == common)


def _fill(doc: Document, role: str, mention: _Mention, review: str | None) -> None:
    doc.fields[role] = extracted(doc, mention.page, mention.start, mention.end, mention.name, [INFERRED], review)


def _declared_for(kind: str, role: str, decl: Declaration) -> tuple[list[str], str] | None:
    """The declared names an inferred party of this kind and role should be, and what they are."""
    if kind == "diagnosis_report":
        return [d.customer for d in decl.diagnoses], "诊断企业"
    if kind == "subcontract" and role == "supplier":
        return [s.name for s in decl.suppliers], "配套供应商"
    if role in ("customer", "payer"):
        return [c.customer for c in decl.contracts], "客户"
    return None


def _bought_from_supplier(name: str, decl: Declaration, catalog: Catalog) -> bool:
    return any(_same(name, s.name, catalog) for s in decl.suppliers) and \
        not any(_same(name, c.customer, catalog) for c in decl.contracts)


ISSUER_NOTE = "取自出具单位"
ISSUER_IS_PAYEE = "出具单位（账户或抬头）是申报单位：客户付给申报单位的款项中，申报单位是收款方"


def _issuer_as_payee(doc: Document, applicant: str, catalog: Catalog) -> None:
    """A payment paper whose payer was taken from its issuer (the account holder heading a
    statement, the letterhead) when that issuer is the applicant: the applicant is paid for its
    contracts, so the holder is the payee, and the payer is still to be read (a statement's row)."""
    payer = doc.fields.get("payer")
    if payer is None or not any(c.startswith(ISSUER_NOTE) for c in payer.checks) \
            or not isinstance(payer.value, str) or not _same(payer.value, applicant, catalog):
        return
    del doc.fields["payer"]
    if "payee" not in doc.fields:
        payer.checks.append(ISSUER_IS_PAYEE)
        doc.fields["payee"] = payer


def settle_roles_by_relation(documents: list[Document], decl: Declaration, catalog: Catalog) -> None:
    """Fill roles no label named from the relation the paper records (see the module's note)."""
    applicant = decl.applicant.name
    if not applicant:
        return
    for doc in documents:
        if doc.doc_type == "payment_proof" and doc.readable:
            _issuer_as_payee(doc, applicant, catalog)
        relation = LABELS.relation_roles.get(doc.doc_type)
        if not relation or not doc.readable:
            continue
        wanted = {role for role in relation.values() if role not in doc.fields}
        if not wanted:
            continue
        if doc.doc_type == "payment_proof" and _AGAINST_THE_FLOW.search(doc.text):
            continue
        # a role already read must agree with the relation: a payment whose payer read as the
        # applicant runs the other way, and nothing is inferred from it
        read_as_applicant = {role for role, item in doc.fields.items()
                             if role in relation.values() and isinstance(item.value, str)
                             and _same(item.value, applicant, catalog)}
        if read_as_applicant - {relation.get("applicant")} or (
                relation.get("applicant") in doc.fields and relation.get("applicant") not in read_as_applicant):
            continue
        parties = _parties(doc, applicant, catalog)
        if parties is None:
            continue
        own, other = parties
        if doc.doc_type == "contract" and _bought_from_supplier(other.name, decl, catalog):
            # a contract between the applicant and a supplier it declared, not a customer: the
            # applicant's own purchase (its subcontract), whatever its title says
            kind_by_buyer(doc)
            relation = LABELS.relation_roles["subcontract"]
            wanted = {role for role in relation.values() if role not in doc.fields}
        for side, role in relation.items():
            if role not in wanted:
                continue
            if side == "applicant":
                _fill(doc, role, own, None)
                continue
            declared = _declared_for(doc.doc_type, role, decl)
            if declared is None:
                continue
            names, what = declared
            if any(_same(other.name, name, catalog) for name in names):
                _fill(doc, role, other, None)
            elif doc.doc_type in ("payment_proof", "acceptance_report", "procurement_proof"):
                # evidence of a contract read with a stranger in the customer's place: say so, as a question
                _fill(doc, role, other, NOT_DECLARED.format(what=what))
