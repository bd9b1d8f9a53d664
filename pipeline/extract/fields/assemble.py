"""One classified document's fields, assembled from the family readers, with its credit
codes and addresses given to the party whose column holds them."""

from __future__ import annotations

import re

from pipeline.extract.classify import classify_text
from pipeline.extract.fields.amounts import Reread, buyer_rows, extract_amounts, row_note
from pipeline.extract.fields.dates import extract_date
from pipeline.extract.fields.hits import Hit, extracted, value_region
from pipeline.extract.fields.numbers import extract_contract_no, labelled_number
from pipeline.extract.fields.outcomes import extract_result
from pipeline.extract.fields.receipts import receipt_transactions
from pipeline.extract.fields.serials import find_bank_serial
from pipeline.extract.fields.parties import extract_parties, owner_role, repair_district
from pipeline.extract.fields.solutions import extract_solution
from pipeline.extract.fields.titles import extract_title
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.extract.signin import attendees
from pipeline.extract.ledger import batch_transactions, book_payments, incoming_statement_rows, statement_transaction, \
    transaction_fields, transfer_list_transactions
from pipeline.models import CHECK_USCC_VALID, Document, Extracted
from pipeline.parsing.locality import address_shaped
from pipeline.parsing.uscc import find_usccs

ADDRESS_LABEL = re.compile(r"(?:注册|通讯|联系|办公)?地址|住所")


def _statement_fields(doc: Document) -> dict[str, Extracted]:
    """An account statement's fields are those of the one row that is the payment (ledger.py):
    its date, figure, counterparty and holder, and a contract number it cites."""
    tx = statement_transaction(doc.pages)
    if tx is None:
        return {}
    return transaction_fields(tx, doc.path, f"取自交易明细中的本笔交易（{tx.why}）")


def _batch_fields(doc: Document, fields: dict[str, Extracted], reread: Reread | None) -> None:
    rows = batch_transactions(doc.pages) or transfer_list_transactions(doc.pages) or book_payments(doc.pages)
    if rows:
        doc.transactions = [transaction_fields(t, doc.path, t.why) for t in rows]
    else:
        # a page of several receipts: each receipt is one payment of its own
        doc.transactions = receipt_transactions(doc, reread)
    if doc.transactions:
        settle_batch(doc, fields)


def settle_batch(doc: Document, fields: dict[str, Extracted]) -> None:
    """A batch transfer states one payment per payee row (ledger.py): the rows are kept; the
    page's own amount (the batch total) and a payee read off the page are no payment's. A row
    that cites a contract number is the payment; otherwise reconciliation picks the applicant's."""
    if not doc.transactions:
        return
    cited = [row for row in doc.transactions if "contract_no" in row]
    if len(cited) == 1:
        fields.update(cited[0])
        return
    for name in ("amount_yuan", "payee"):
        fields.pop(name, None)
    first = doc.transactions[0]
    for name in ("payer", "date", "bank_serial"):
        if not all(name in row and name in first and row[name].value == first[name].value
                   for row in doc.transactions):
            # rows that state different payers or dates (separate receipts, the dated rows of
            # a list or an account book): the page's value is some row's, not yet known to be
            # the payment's
            fields.pop(name, None)
        elif name in first and name != "bank_serial":
            fields[name] = first[name]


def classify_document(doc: Document) -> None:
    result = classify_text(doc.text)
    doc.doc_type, doc.doc_type_confidence = result.doc_type, result.confidence
    doc.kind_recognised, doc.kind_statements = result.recognised, list(result.statements)


def extract_fields(doc: Document, reread: Reread | None = None) -> None:
    """Fill doc.fields (and doc.usccs) for the document's kind."""
    fields: dict[str, Extracted] = {}
    doc.attendees = attendees(doc) if doc.doc_type == "meeting_record" else []
    if doc.doc_type in ("other",):
        doc.fields = fields
        return
    number = extract_contract_no(doc)
    if number:
        fields["contract_no"] = number
    if doc.doc_type == "procurement_proof":
        project = labelled_number(doc, LABELS.project_no_labels)
        if project and (number is None or project.value != number.value):
            fields["project_no"] = project
    amount, doc.amount_alternatives = extract_amounts(doc, reread)
    if amount:
        fields["amount_yuan"] = amount
    when = extract_date(doc)
    if when:
        fields["date"] = when
    if doc.doc_type == "acceptance_report":
        result = extract_result(doc)
        if result:
            fields["result"] = result
    if doc.doc_type in ("standard_draft", "diagnosis_report", "meeting_record"):
        title = extract_title(doc)
        if title:
            fields["title"] = title
    if doc.doc_type == "diagnosis_report":
        solution = extract_solution(doc)
        if solution:
            fields["solution"] = solution

    parties = extract_parties(doc)
    for role, values in parties.items():
        fields[role] = values[0][1]
    # the other names a role's labels hold (a page of several notices, each with its 招标人)
    doc.parties = {role: _distinct([item for _, item in values[1:]], fields[role].value)
                   for role, values in parties.items() if len(values) > 1}
    doc.parties = {role: items for role, items in doc.parties.items() if items}
    if doc.doc_type == "procurement_proof":
        _parties_of_the_buyers_row(doc, fields)
    party_hits = [(role, hit) for role, values in parties.items() for hit, _ in values]
    doc.transactions = []
    if doc.doc_type == "payment_proof":
        statement = _statement_fields(doc)
        fields.update(statement)
        if "payer" not in statement and incoming_statement_rows(doc.pages) >= 2:
            # a statement with several incoming rows, none yet told to be the payment: what the
            # page states as a whole (its holder in the header, its period's last date) is no
            # payment's; reconciliation picks the row a declared customer paid
            for name in ("payer", "payee", "amount_yuan", "date"):
                fields.pop(name, None)
        _batch_fields(doc, fields, reread)
        serial = find_bank_serial(doc)     # finds the same receipt in another submission
        if serial is not None:
            fields["bank_serial"] = serial

    _codes_and_addresses(doc, fields, party_hits)
    doc.fields = fields


def _parties_of_the_buyers_row(doc: Document, fields: dict[str, Extracted]) -> None:
    """A results table naming each row's buyer (a group's notice to its units: 执行单位 |
    中选供应商 | 中选金额) states one customer and supplier per row: the addressee's row gives
    them; without one, the first row does, to be reviewed, and the other rows' buyers are the
    alternatives reconciliation reads the declared customer's row from."""
    chosen, rows = buyer_rows(doc)
    if not rows:
        return
    row = chosen or rows[0]
    at = rows.index(row) + 1
    review = None if chosen else "表中按执行单位分行列出多家采购单位，未能确定申报单位所在行，请人工核对"
    for role, cell in (("customer", row.buyer), ("supplier", row.supplier)):
        if cell is None:
            continue
        start, end, name = cell
        fields[role] = extracted(doc, row.page, start, end, name, [BUYERS_ROW, row_note(at)],
                                 review=review if role == "customer" else None)
        others = [extracted(doc, r.page, c[0], c[1], c[2], [BUYERS_ROW, row_note(k)])
                  for k, r in enumerate(rows, 1) if r is not row
                  for c in [r.buyer if role == "customer" else r.supplier] if c is not None]
        if others:
            doc.parties[role] = _distinct(others, name)


BUYERS_ROW = "取自结果表中执行单位所在行"


def _distinct(items: list[Extracted], first: object) -> list[Extracted]:
    seen, out = {first}, []
    for item in items:
        if item.value not in seen:
            seen.add(item.value)
            out.append(item)
    return out


def _codes_and_addresses(doc: Document, fields: dict[str, Extracted], party_hits: list[tuple[str, Hit]]) -> None:
    """Every credit code on the pages (doc.usccs), and each code and address given to the party
    whose label column holds it (customer_uscc, payer_address, ...)."""
    doc.usccs = []
    for page in doc.pages:
        for m in find_usccs(page.text, allow_repair=page.method.startswith("ocr")):
            checks, review = [], None
            if m.repair:
                checks.append(f"校验码更正：{m.repair.describe()}")
            elif m.valid:
                checks.append(CHECK_USCC_VALID)
            else:
                review = "统一社会信用代码校验码不符"
            item = extracted(doc, page, m.start, m.end, m.code, checks, review)
            doc.usccs.append(item)
            role = owner_role(party_hits, page, m.start)
            if role and f"{role}_uscc" not in fields:
                fields[f"{role}_uscc"] = item
        for m in ADDRESS_LABEL.finditer(page.text):
            hit = Hit(page, m.start(), m.end())
            start, end = value_region(hit)
            address = page.text[start:end].strip(" ：:，,")
            if not address_shaped(address):
                continue     # a value after 地址 that is no address (a contract number, a phone) is none
            role = owner_role(party_hits, page, m.start())
            if role and f"{role}_address" not in fields:
                offset = start + page.text[start:end].find(address)
                fields[f"{role}_address"] = repair_district(extracted(doc, page, offset, offset + len(address),
                                                                        address.replace(" ", "")))
