"""One transaction out of an account statement (交易明细, 对账单, 流水).

A statement lists many transactions of one account; it is evidence of a payment through the
one row that is that payment. The row is chosen by what it states, never by position: the row
that cites a contract number, else the only incoming row with an organisation as counterparty.
A credit row (贷方/收入/转入) was paid by its counterparty to the account's holder; a debit row
the other way round. Columns are told apart by the header's positions where the page has them
(text layers, OCR boxes), by the row's own words (收入/转入/来账) where it has not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.extract.entities import find_organizations, normalize_name, plausible_organisation
from pipeline.models import Extracted, PageText, Provenance
from pipeline.parsing.amounts import find_amounts
from pipeline.parsing.dates import find_dates

_HEADER_WORDS = {
    "date": re.compile(r"交易日期|记账日期|交易时间|入账日期|日期"),
    "debit": re.compile(r"借方(?:发生额|金额)?|支出(?:金额)?|转出(?:金额)?|付款金额"),
    "credit": re.compile(r"贷方(?:发生额|金额)?|收入(?:金额)?|转入(?:金额)?|收款金额"),
    "balance": re.compile(r"余额"),
    "counterparty": re.compile(r"对方(?:户名|账户名称|账户名|单位|名称)"),
}
_HOLDER = re.compile(r"(?:账户名称|户\s*名|账户名|客户名称|单位名称|核算单位|记账单位)\s*[:：]?\s*")
_CREDIT_WORDS = re.compile(r"收入|转入|来账|汇入|贷")
_CONTRACT_CODE = re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z]{1,8}[-_/]?(?:[A-Za-z0-9]+[-_/])*\d{2,}[A-Za-z0-9\-_/]*")
# a row opens with its date: 2023-07-05, 2023年7月5日, or written compactly (20230705) as bank
# statements print it
_ROW_START = re.compile(r"^\s*(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))")


@dataclass(frozen=True)
class Span:
    page: PageText
    start: int
    end: int
    value: object


@dataclass(frozen=True)
class Transaction:
    date: Span | None        # None: the batch states no date (no value rather than an empty one)
    amount: Span
    payer: Span | None
    payee: Span | None
    contract_no: Span | None
    why: str
    incoming: bool | None = None   # money into the account of the statement's holder (None: not stated)
    book: bool = False             # a row of the holder's own account book (日记账), not of a bank's statement


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _header(page: PageText) -> tuple[int, dict[str, tuple[int, int]]] | None:
    """The header line of a statement table: where each column's word is."""
    for i, (start, end) in enumerate(_lines(page.text)):
        line = page.text[start:end]
        cols = {}
        for name, pattern in _HEADER_WORDS.items():
            m = pattern.search(line)
            if m:
                cols[name] = (start + m.start(), start + m.end())
        if {"date", "balance"} <= cols.keys() and ("debit" in cols or "credit" in cols) and len(cols) >= 4:
            return i, cols
    return None


def _y_centre(page: PageText, start: int, end: int) -> float | None:
    box, _ = page.locate(start, end)
    return None if box is None else (box[1] + box[3]) / 2


def _nearer_below(page: PageText, lines: list[tuple[int, int]], k: int, is_row: list[bool]) -> bool:
    """Whether the non-row line k belongs to the row after it rather than the one before it:
    by vertical distance where the page has positions; without them, to the row after."""
    prev = next((j for j in range(k - 1, -1, -1) if is_row[j]), None)
    nxt = next((j for j in range(k + 1, len(lines)) if is_row[j]), None)
    if nxt is None:
        return False
    if prev is None:
        return True
    y, yp, yn = (_y_centre(page, *lines[j]) for j in (k, prev, nxt))
    if y is None or yp is None or yn is None:
        return True
    return abs(yn - y) <= abs(y - yp)


def _code_like(token: str) -> bool:
    return bool(re.search(r"[A-Za-z]", token)) and sum(ch.isdigit() for ch in token) >= 3


def _x_centre(page: PageText, start: int, end: int) -> float | None:
    box, _ = page.locate(start, end)
    return None if box is None else (box[0] + box[2]) / 2


def _holder(pages: list[PageText]) -> Span | None:
    for page in pages:
        for m in _HOLDER.finditer(page.text):
            line_end = page.text.find("\n", m.end())
            line_end = len(page.text) if line_end < 0 else line_end
            orgs = [o for o in find_organizations(page.text[m.end():line_end]) if plausible_organisation(o.text)]
            if orgs and orgs[0].start <= 2:
                o = orgs[0]
                return Span(page, m.end() + o.start, m.end() + o.end, normalize_name(o.text))
    return None


def transaction_fields(tx: Transaction, path: str, note: str) -> dict[str, Extracted]:
    """The transaction as a payment's fields, each with its provenance on the statement."""
    def extracted(span: Span) -> Extracted:
        box, confidence = span.page.locate(span.start, span.end)
        return Extracted(span.value, Provenance(path, span.page.number, box, span.page.text[span.start:span.end],
                                                span.page.method, confidence), [note])
    out = {"date": tx.date, "amount_yuan": tx.amount, "payer": tx.payer, "payee": tx.payee,
           "contract_no": tx.contract_no}
    return {name: extracted(span) for name, span in out.items() if span is not None}


def statement_transaction(pages: list[PageText]) -> Transaction | None:
    """The payment a statement of account is uploaded for, or None when it is not a statement
    or no single row can be told to be that payment."""
    parsed = statement_transactions(pages)
    if not parsed:
        return None
    cited = [t for t in parsed if t.contract_no is not None]
    if len(cited) == 1:
        return cited[0]
    if cited or any(t.book for t in parsed):
        # a unit's own book lists its payments to many: which one is evidence depends on who
        # the applicant is (book_payments, chosen in reconciliation)
        return None
    incoming = [t for t in parsed if t.incoming and t.payer is not None]
    return incoming[0] if len(incoming) == 1 else None


def incoming_statement_rows(pages: list[PageText]) -> int:
    """How many rows of a statement of account credit its holder from a named counterparty."""
    return sum(1 for t in statement_transactions(pages) if t.incoming and t.payer is not None)


def statement_transactions(pages: list[PageText]) -> list[Transaction]:
    """Every row of a statement of account (none when the pages hold no statement table)."""
    holder = _holder(pages)
    book = _own_book(pages)
    year = _book_year(pages) if book else None
    parsed: list[Transaction] = []
    for page in pages:
        found = _header(page)
        if found is None:
            continue
        index, cols = found
        lines = _lines(page.text)[index + 1:]
        is_row = [bool(_ROW_START.match(page.text[a:b]))
                  or (year is not None and bool(_BOOK_ROW_START.match(page.text[a:b]))) for a, b in lines]
        for i, (start, end) in enumerate(lines):
            if not is_row[i]:
                continue
            # a tall cell (附言) wraps around its row's line: its halves sit above and below;
            # a line between two rows is the nearer row's (by height on the page, where known)
            above = lines[i - 1] if i > 0 and not is_row[i - 1] and _nearer_below(page, lines, i - 1, is_row) else None
            below = lines[i + 1] if i + 1 < len(lines) and not is_row[i + 1] \
                and not _nearer_below(page, lines, i + 1, is_row) else None
            if book:
                t = _book_row(page, start, end, cols, holder, year, [p for p in (above, below) if p],
                              _lines(page.text)[index])
            else:
                t = _row(page, start, end, cols, holder, above, below)
            if t:
                parsed.append(t)
    return parsed


def _row(page: PageText, start: int, end: int, cols: dict[str, tuple[int, int]],
         holder: Span | None, above: tuple[int, int] | None = None,
         below: tuple[int, int] | None = None) -> Transaction | None:
    text = page.text
    dates = find_dates(text[start:end])
    if not dates:
        return None
    d = dates[0]
    figures = [m for m in find_amounts(text[start:end]) if m.form in ("yuan", "bare") and m.value > Decimal(0)]
    if not figures:
        return None
    amount = figures[0]
    # which column the figure stands in: by the header's positions, else by the row's words
    credit = None
    x = _x_centre(page, start + amount.start, start + amount.end)
    if x is not None and "debit" in cols and "credit" in cols:
        xd, xc = (_x_centre(page, *cols["debit"]), _x_centre(page, *cols["credit"]))
        if xd is not None and xc is not None:
            credit = abs(x - xc) < abs(x - xd)
    if credit is None:
        credit = bool(_CREDIT_WORDS.search(text[start:start + amount.start]))
    counterparty = _counterparty(page, start + d.end, start + amount.start, start + amount.end, end, cols)
    code = None
    after_org = counterparty.end if counterparty is not None and counterparty.start > start + amount.end \
        else start + amount.end
    for m in _CONTRACT_CODE.finditer(text, after_org, end):
        if _code_like(m.group(0)):
            code = Span(page, m.start(), m.end(), m.group(0))
            break
    if code is None and above and below:
        # a code cut where its cell wrapped: only a match across the cut is this row's
        upper, lower = text[above[0]:above[1]].rstrip(), text[below[0]:below[1]].lstrip()
        joined = upper + lower
        for m in _CONTRACT_CODE.finditer(joined):
            if m.start() < len(upper) < m.end() and _code_like(m.group(0)):
                code = Span(page, above[0] + m.start(), above[0] + len(upper), m.group(0))
                break
    for part in (above, below):
        if code is None and part is not None:
            for m in _CONTRACT_CODE.finditer(text, part[0], part[1]):
                if _code_like(m.group(0)):
                    code = Span(page, m.start(), m.end(), m.group(0))
                    break
    payer, payee = (counterparty, holder) if credit else (holder, counterparty)
    return Transaction(Span(page, start + d.start, start + d.end, d.value),
                       Span(page, start + amount.start, start + amount.end, amount.value),
                       payer, payee, code, "贷方（收入）行" if credit else "借方（支出）行", incoming=credit)


def _counterparty(page: PageText, head_start: int, head_end: int, tail_start: int, end: int,
                  cols: dict[str, tuple[int, int]]) -> Span | None:
    """The row's other party: the organisation standing in the header's 对方户名 column, wherever
    the statement puts that column (before the figures or after them); without the column's
    place, the first organisation after the figure, else the one before it."""
    text = page.text
    found = [(tail_start + o.start, tail_start + o.end, o.text) for o in find_organizations(text[tail_start:end])
             if plausible_organisation(o.text)]
    found += [(head_start + o.start, head_start + o.end, o.text) for o in find_organizations(text[head_start:head_end])
              if plausible_organisation(o.text)]
    if not found:
        return None
    chosen = found[0]
    column = _x_centre(page, *cols["counterparty"]) if "counterparty" in cols else None
    if column is not None and len(found) > 1:
        placed = [(abs(x - column), f) for f in found for x in [_x_centre(page, f[0], f[1])] if x is not None]
        if placed:
            chosen = min(placed, key=lambda p: p[0])[1]
    return Span(page, chosen[0], chosen[1], normalize_name(chosen[2]))


# ---- a unit's own account book (银行存款日记账, 明细账) ---------------------------------------
# A page of a unit's own book states whose books it is (核算单位) and every movement of its bank
# account. In the unit's books that account is its asset: 借方 is money in, 贷方 money out, the
# reverse of the bank's statement of the same account, where 贷方 credits the customer. A 贷方 row
# is a payment by the unit to the row's 对方单位; the other rows and the balances are the unit's
# other business. Rows may state only month and day: the year is the book's period (期间).
_BOOK = re.compile(r"(?:日记|明细|分类)账(?![户号])|账簿")
_PERIOD = re.compile(r"(?:会计)?(?:期间|所属期间?|年度)\s*[:：]\s*")
_PERIOD_YEAR = re.compile(r"((?:19|20)\d{2})(?=年|[-./]\d|期)")
_BOOK_ROW_START = re.compile(r"^\s*(?P<m>\d{1,2})\s*[-./月]\s*(?P<d>\d{1,2})(?![\d.,])日?")
_MONEY_IN_WORDS = re.compile(r"收到|收回|收入|收款|转入|来账|汇入")
_SUMMARY_HEADER = re.compile(r"摘要|用途|附言|事由|说明")


def _own_book(pages: list[PageText]) -> bool:
    """Whether the pages are a unit's own account book rather than a bank's statement."""
    return any(_BOOK.search(re.sub(r"[ \t\u3000]+", "", p.text)) for p in pages)


def _book_year(pages: list[PageText]) -> int | None:
    for page in pages:
        for m in _PERIOD.finditer(page.text):
            y = _PERIOD_YEAR.search(re.sub(r"\s+", "", page.text[m.end():m.end() + 16]))
            if y:
                return int(y.group(1))
    return None


def _char_left(page: PageText, k: int) -> float | None:
    """The left edge of character k: where a box holds a run of characters (an OCR word), its
    share of the run's width."""
    box, _ = page.locate(k, k + 1)
    if box is None:
        return None
    span = next((s for s in page.spans if s.start <= k < s.end), None)
    if span is None or span.end - span.start <= 1:
        return box[0]
    # a Latin letter or digit is half as wide as a Chinese character
    widths = [1 if ord(ch) < 128 else 2 for ch in page.text[span.start:span.end]]
    return box[0] + (box[2] - box[0]) * sum(widths[:k - span.start]) / sum(widths)


_COLUMN_WORDS = re.compile("|".join(p.pattern for p in _HEADER_WORDS.values()) + r"|凭证(?:字)?号|" + _SUMMARY_HEADER.pattern)


def _header_columns(page: PageText, header: tuple[int, int]) -> list[tuple[int, int, float]] | None:
    """The header's words with the left edge of each on the page; None without positions. A
    header whose words OCR ran together (日期|凭证号【摘要) is cut at the words a header uses."""
    starts = {header[0] + m.start() for m in re.finditer(r"[^\s|｜【】\[\]“”\"]+", page.text[header[0]:header[1]])}
    starts |= {m.start() for m in _COLUMN_WORDS.finditer(page.text, header[0], header[1])}
    ordered = sorted(starts)
    out = []
    for i, a in enumerate(ordered):
        left = _char_left(page, a)
        if left is None:
            return None
        b = ordered[i + 1] if i + 1 < len(ordered) else header[1]
        out.append((a, b, left))
    return out


_WORD_CHAR = re.compile(r"[A-Za-z0-9\-_/.,]")


def _column_cell(page: PageText, parts: list[tuple[int, int]], columns: list[tuple[int, int, float]],
                 at: int) -> tuple[str, list[int]]:
    """The text of the column whose header word holds offset `at`, gathered from the row's line
    and the lines its cells wrapped onto, with each character's offset on the page."""
    i = next(k for k, (a, b, _) in enumerate(columns) if a <= at < b)

    def edge(j: int) -> float:
        # a cell may start a little left of its header word (a scan's boxes are loose): by up
        # to a character's size, less than the gap between two cells
        box, _ = page.locate(columns[j][0], columns[j][0] + 1)
        return columns[j][2] - (box[3] - box[1] if box else 0.0)
    lo = edge(i)
    hi = edge(i + 1) if i + 1 < len(columns) else float("inf")
    chars, offsets = [], []
    for start, end in sorted(parts):
        for k in range(start, end):
            if page.text[k].isspace():
                continue
            # a code or a figure is not cut between two cells of one line: it stands where it begins
            t = k
            while t > start and _WORD_CHAR.match(page.text[t]) and _WORD_CHAR.match(page.text[t - 1]):
                t -= 1
            left = _char_left(page, t)
            if left is not None and lo <= left < hi:
                chars.append(page.text[k])
                offsets.append(k)
    return "".join(chars), offsets


def _book_row(page: PageText, start: int, end: int, cols: dict[str, tuple[int, int]],
              holder: Span | None, year: int | None, wrapped: list[tuple[int, int]],
              header: tuple[int, int]) -> Transaction | None:
    text = page.text
    dates = find_dates(text[start:end])
    if dates:
        d = dates[0]
        when = Span(page, start + d.start, start + d.end, d.value)
    else:
        m = _BOOK_ROW_START.match(text[start:end])
        if m is None or year is None:
            return None
        try:
            when = Span(page, start + m.start("m"), start + m.end("d"),
                        date(year, int(m.group("m")), int(m.group("d"))))
        except ValueError:
            return None
    # the row's figures are its money columns (with cents): the voucher number (记-17) is none
    figures = [f for f in find_amounts(text[when.end:end]) if f.form in ("yuan", "bare") and f.value > 0
               and re.search(r"[.,]", text[when.end + f.start:when.end + f.end])]
    if not figures:
        return None
    f = figures[0]
    amount = Span(page, when.end + f.start, when.end + f.end, f.value)
    money_in = None
    x = _x_centre(page, amount.start, amount.end)
    if x is not None and "debit" in cols and "credit" in cols:
        xd, xc = (_x_centre(page, *cols["debit"]), _x_centre(page, *cols["credit"]))
        if xd is not None and xc is not None:
            money_in = abs(x - xd) < abs(x - xc)      # the unit's books: 借方 is money in
    if money_in is None:
        money_in = bool(_MONEY_IN_WORDS.search(text[when.end:amount.start]))
    columns = _header_columns(page, header)
    parts = [(start, end)] + wrapped
    counterparty = code = None
    if columns is not None and "counterparty" in cols:
        cell, offsets = _column_cell(page, parts, columns, cols["counterparty"][0])
        orgs = [o for o in find_organizations(cell) if plausible_organisation(o.text)]
        if orgs:
            o = orgs[0]
            counterparty = Span(page, offsets[o.start], offsets[o.end - 1] + 1, normalize_name(o.text))
    elif "counterparty" in cols:
        # without positions: the counterparty's cell is on the side of the money the header puts it
        before = cols["counterparty"][0] < min(cols[c][0] for c in ("debit", "credit") if c in cols)
        a, b = (when.end, amount.start) if before else (amount.end, end)
        orgs = [o for o in find_organizations(text[a:b]) if plausible_organisation(o.text)]
        if orgs:
            o = orgs[-1] if before else orgs[0]
            counterparty = Span(page, a + o.start, a + o.end, normalize_name(o.text))
    summary = _SUMMARY_HEADER.search(text, header[0], header[1])
    if columns is not None and summary is not None:
        cell, offsets = _column_cell(page, parts, columns, summary.start())
        m = next((m for m in _CONTRACT_CODE.finditer(cell) if _code_like(m.group(0))), None)
        if m is not None:
            code = Span(page, offsets[m.start()], offsets[m.end() - 1] + 1, m.group(0))
    else:
        until = counterparty.start if counterparty is not None else amount.start
        m = next((m for m in _CONTRACT_CODE.finditer(text, when.end, until) if _code_like(m.group(0))), None)
        if m is not None:
            code = Span(page, m.start(), m.end(), m.group(0))
    payer, payee = (counterparty, holder) if money_in else (holder, counterparty)
    return Transaction(when, amount, payer, payee, code,
                       "本单位账簿借方（收入）行" if money_in else "本单位账簿贷方（付出）行",
                       incoming=money_in, book=True)


def book_payments(pages: list[PageText]) -> list[Transaction]:
    """The payments a unit's own account book records (its 贷方 rows with a payee): which one is
    evidence is the row citing a contract, else the one paying the applicant (reconciliation)."""
    rows = [t for t in statement_transactions(pages) if t.book and not t.incoming and t.payee is not None]
    return rows


# ---- batch transfers (批量转账/批量付款 批次明细) ----------------------------------------------
# One payer, several payees, one row each: the document states several payments, and which of
# them is evidence depends on who the applicant is. Rows are read here; the payment is the row
# whose payee is the applicant (chosen in reconciliation, where the applicant is known).
_BATCH = re.compile(r"批量(?:转账|付款|支付|代付|汇款)|批次(?:明细|号|查询|详情)")
_BATCH_PAYER = re.compile(r"(?:付款|转出|出账)(?:账户|账号|户名|单位|人|方)(?:名称)?\s*[:：]?\s*")
_BATCH_DATE = re.compile(r"(?:执行|交易|转账|付款|提交|处理)(?:日期|时间)\s*[:：]?\s*")
_BATCH_END = re.compile(r"^\s*(?:共\s*\d+\s*笔|合计|总计|小计)")
_BANK_NAME = re.compile(r"银行|信用社|支行|分行")
_ROW_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,12})\.\d{2}(?![\d.,])")


def batch_transactions(pages: list[PageText]) -> list[Transaction]:
    """Each payee row of a batch transfer, with the batch's payer and date; none when the pages
    are no batch (fewer than two payee rows)."""
    text = "\n".join(p.text for p in pages)
    if not _BATCH.search(text):
        return []
    payer = _batch_span(pages, _BATCH_PAYER, organisation=True)
    when = _batch_span(pages, _BATCH_DATE, organisation=False)
    rows: list[Transaction] = []
    for page in pages:
        for start, end in _lines(page.text):
            line = page.text[start:end]
            if _BATCH_END.match(line):
                break
            orgs = [o for o in find_organizations(line) if plausible_organisation(o.text)
                    and not _BANK_NAME.search(o.text)]
            if not orgs or (payer is not None and normalize_name(orgs[0].text) == payer.value):
                continue
            org = orgs[0]
            # a row's cells run together where the grid has no gap (中国银行314,073.12运费): the
            # figure is found by its own shape, with cents, not by word boundaries
            figure = _ROW_FIGURE.search(line, org.end)
            if figure is None:
                continue
            value = Decimal(figure.group(0).replace(",", ""))
            if value <= 0:
                continue
            code = next((m for m in _CONTRACT_CODE.finditer(line, figure.end()) if _code_like(m.group(0))), None)
            rows.append(Transaction(
                when,
                Span(page, start + figure.start(), start + figure.end(), value),
                payer, Span(page, start + org.start, start + org.end, normalize_name(org.text)),
                Span(page, start + code.start(), start + code.end(), code.group(0)) if code else None,
                "批量转账中的一笔"))
    return rows if len(rows) >= 2 else []


def _batch_span(pages: list[PageText], label: re.Pattern[str], organisation: bool) -> Span | None:
    for page in pages:
        for m in label.finditer(page.text):
            line_end = page.text.find("\n", m.end())
            line_end = len(page.text) if line_end < 0 else line_end
            value = page.text[m.end():line_end]
            if organisation:
                orgs = [o for o in find_organizations(value) if plausible_organisation(o.text)]
                if orgs:
                    o = orgs[0]
                    return Span(page, m.end() + o.start, m.end() + o.end, normalize_name(o.text))
            else:
                dates = find_dates(value)
                if dates:
                    d = dates[0]
                    return Span(page, m.end() + d.start, m.end() + d.end, d.value)
    return None


# ---- transfer lists (网银「交易查询」/转账记录打印) ----------------------------------------------
# A customer's print of its own account's outgoing transfers: the queried account's holder
# (账户名称) paid every row; each row names its payee. Like a batch, the page states several
# payments and the one that is evidence is the row citing a contract number, else the row whose
# payee is the applicant (chosen in reconciliation). A cell too long for its column wraps onto
# the line below the row (天津市某某智能 / 装备科技有限公司): the row's parts are joined back.
_LIST_HEADER = re.compile(r"(?:收|对方)\S{0,2}户名|收款(?:人|单位|方)(?:名称)?|对方(?:账户名称|单位)")
_LIST_AMOUNT = re.compile(r"金额|发生额")
_LIST_DATE = re.compile(r"日期|时间")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff（）()]{2,}|[\u4e00-\u9fff]")
_CUT_TAIL = re.compile(r"^([A-Za-z0-9][A-Za-z0-9\-_/]*)[\u4e00-\u9fff]")


def transfer_list_transactions(pages: list[PageText]) -> list[Transaction]:
    """Each row of a list of one account's transfers out (a bank portal's query print), with
    the account's holder as payer; none when the pages hold no such list. A statement with a
    balance column (a credit/debit ledger) is read by statement_transactions instead."""
    holder = _holder(pages)
    rows: list[Transaction] = []
    listed = 0
    for page in pages:
        lines = _lines(page.text)
        head = next((i for i, (a, b) in enumerate(lines) if _LIST_HEADER.search(page.text[a:b])
                     and _LIST_AMOUNT.search(page.text[a:b]) and _LIST_DATE.search(page.text[a:b])
                     and not _HEADER_WORDS["balance"].search(page.text[a:b])), None)
        if head is None:
            continue
        body: list[tuple[int, int]] = []
        for a, b in lines[head + 1:]:
            if _BATCH_END.match(page.text[a:b]):
                break
            body.append((a, b))
        starts = [i for i, (a, b) in enumerate(body) if _ROW_START.match(page.text[a:b])]
        listed += len(starts)
        for n, i in enumerate(starts):
            wrapped = body[i + 1:starts[n + 1] if n + 1 < len(starts) else len(body)]
            t = _list_row(page, body[i], wrapped, holder)
            if t is not None:
                rows.append(t)
    # one dated line under such a header may be a receipt's own line: a list has several rows
    return rows if listed >= 2 else []


def _list_row(page: PageText, line: tuple[int, int], wrapped: list[tuple[int, int]],
              holder: Span | None) -> Transaction | None:
    text = page.text
    start, end = line
    dates = find_dates(text[start:end])
    if not dates:
        return None
    d = dates[0]
    # the payee's cell begins at the row's first run of Chinese; its wrapped rest is the first
    # run of Chinese on each line below the row
    first = _CJK_RUN.search(text, start + d.end, end)
    payee = None
    figure_from = start + d.end
    if first is not None:
        parts = [(first.start(), first.end())]
        for a, b in wrapped:
            more = _CJK_RUN.search(text, a, b)
            if more is not None:
                parts.append((more.start(), more.end()))
        own = [o for o in find_organizations(text[first.start():first.end()]) if plausible_organisation(o.text)]
        if own:
            o = own[0]
            payee = Span(page, first.start() + o.start, first.start() + o.end, normalize_name(o.text))
        else:
            joined = "".join(text[a:b] for a, b in parts)
            orgs = [o for o in find_organizations(joined) if plausible_organisation(o.text)]
            if orgs and orgs[0].start == 0:
                payee = Span(page, parts[0][0], parts[-1][1], normalize_name(orgs[0].text))
        figure_from = first.end()
    if payee is not None and holder is not None and payee.value == holder.value:
        return None
    figures = [m for m in find_amounts(text[figure_from:end]) if m.form in ("yuan", "bare")
               and m.value > Decimal(0) and re.search(r"[.,]", text[figure_from + m.start:figure_from + m.end])]
    if not figures:
        return None
    f = figures[0]
    amount = Span(page, figure_from + f.start, figure_from + f.end, f.value)
    code = None
    for m in _CONTRACT_CODE.finditer(text, figure_from + f.end, end):
        if not _code_like(m.group(0)):
            continue
        after = text[m.end():end]
        if re.match(r"[\u4e00-\u9fff]", after):           # the purpose's words follow: whole
            code = Span(page, m.start(), m.end(), m.group(0))
        else:
            # the code ends where its cell wrapped: its rest opens the purpose's wrapped words
            rests = [r for a, b in wrapped for r in (_CUT_TAIL.match(tok) for tok in text[a:b].split()) if r]
            if len(rests) == 1 and wrapped:
                code = Span(page, m.start(), m.end(), m.group(0) + rests[0].group(1))
        break
    return Transaction(Span(page, start + d.start, start + d.end, d.value), amount, holder, payee, code,
                       "转账查询列表中的一笔")
