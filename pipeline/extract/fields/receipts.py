"""A page that holds several bank receipts (a batch print of 回单, three to a sheet).

Each receipt states one payment of its own: its date, amount, payer and payee. Read as one text
the page mixes them, and whatever figure or name comes first wins, which is usually another
payment (the applicant's electricity bill, its social insurance). The page is cut into receipts
where each one's title opens it (a line that titles a payment proof, as the kind vocabulary
knows them), and each receipt is read by the same readers as a whole paper. The receipts are the
document's transactions: the one that is evidence is chosen by what it states (it cites a
contract number, or its payee is the applicant, chosen in reconciliation), never by position.
"""

from __future__ import annotations

import re

from pipeline.extract.classify import default_vocabulary, kind_title_patterns
from pipeline.extract.fields.amounts import Reread, extract_amounts
from pipeline.extract.fields.dates import extract_date
from pipeline.extract.fields.numbers import extract_contract_no
from pipeline.extract.fields.parties import extract_parties
from pipeline.extract.fields.serials import find_bank_serial
from pipeline.models import Document, Extracted, PageText, TextSpan

RECEIPT_NOTE = "一页多张回单中的一张"
_TITLE_MAX = 40           # a title line is short; a longer one is a sentence citing a receipt
_TRAILER = re.compile(r"^(?:[\u4e00-\u9fff]{0,2}|\s*[（(][^（()）]{0,12}[）)])$")   # 通知「书」, （第一联）
_SPACE = re.compile(r"\s+")


def _title_line(line: str) -> bool:
    """The line titles one payment proof: it ends with a title the kind gives itself (客户回单,
    借记通知书), not a label naming a field of one (回单编号)."""
    compact = _SPACE.sub("", line)
    if not compact or len(compact) > _TITLE_MAX:
        return False
    vocab = default_vocabulary()
    for pattern in kind_title_patterns("payment_proof"):
        for m in pattern.finditer(compact):
            if vocab.label_after_name is not None and vocab.label_after_name.match(compact, m.end()):
                continue
            if _TRAILER.match(compact[m.end():]):
                return True
    return False


def _blocks(page: PageText) -> list[tuple[int, int]]:
    """The page's receipts, each from its title line to the next title line (offsets)."""
    starts, pos = [], 0
    for line in page.text.split("\n"):
        if _title_line(line):
            starts.append(pos)
        pos += len(line) + 1
    return [(a, starts[i + 1] - 1 if i + 1 < len(starts) else len(page.text)) for i, a in enumerate(starts)]


def _sub_page(page: PageText, start: int, end: int) -> PageText:
    """The part [start, end) of a page, as a page of its own whose offsets map to the same boxes."""
    spans = [TextSpan(s.start - start, min(s.end, end) - start, s.box, s.confidence)
             for s in page.spans if start <= s.start < end]
    return PageText(page.number, page.text[start:end], page.method, spans, page.width, page.height,
                    page.mean_confidence, [], page.image_hash)


def _noted(item: Extracted) -> Extracted:
    if RECEIPT_NOTE not in item.checks:
        item.checks.append(RECEIPT_NOTE)
    return item


def receipt_transactions(doc: Document, reread: Reread | None = None) -> list[dict[str, Extracted]]:
    """Each receipt of a page holding several, read on its own (date, amount, payer, payee,
    contract number); none when no page holds two receipts that state different payments."""
    rows: list[dict[str, Extracted]] = []
    several = False
    for page in doc.pages:
        blocks = _blocks(page)
        page_rows = []
        for start, end in blocks:
            part = Document(path=doc.path, sha256=doc.sha256, pages=[_sub_page(page, start, end)],
                            doc_type=doc.doc_type)
            row: dict[str, Extracted] = {}
            amount, _ = extract_amounts(part, reread)
            if amount is None:
                continue
            row["amount_yuan"] = amount
            when = extract_date(part)
            if when is not None:
                row["date"] = when
            for role, values in extract_parties(part).items():
                if role in ("payer", "payee"):
                    row[role] = values[0][1]
            number = extract_contract_no(part)
            if number is not None:
                row["contract_no"] = number
            serial = find_bank_serial(part)     # the receipt's own, to find it reused elsewhere
            if serial is not None:
                row["bank_serial"] = serial
            if "payer" in row or "payee" in row:
                page_rows.append({name: _noted(item) for name, item in row.items()})
        if len(page_rows) >= 2:
            several = True
        rows.extend(page_rows)
    if not several:
        return []
    # two copies of one receipt (第一联, 第二联) state one payment, not several
    stated = {tuple(str(row[name].value) if name in row else None for name in ("amount_yuan", "payer", "payee", "date"))
              for row in rows}
    return rows if len(stated) >= 2 else []
