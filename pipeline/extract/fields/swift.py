"""A SWIFT message printed on a bank's customer advice (MT103): its fields are tagged, not
labelled. :50a: is the ordering customer (the payer), :59a: the beneficiary (the payee), :70:
the remittance information (what the payment is for); each field runs over the lines up to the
next tag."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

# A tag opens its line: :50K:. OCR reads a colon as ; or a full-width one, or drops the first.
_TAG = re.compile(r"(?m)^[ \t]*[:：;；]?(?P<tag>\d{2}[A-Z]?)[ \t]*[:：;；]+")
# a message has a value-date/amount field; a line starting 50: elsewhere is no tag
_MESSAGE = re.compile(r"(?m)^[ \t]*[:：;；]?32A[ \t]*[:：;；]+[ \t]*\d{6}")
FIELD_MAX_LINES = 5      # an account line and four lines of 35 characters

PAYER_TAGS = ("50", "50A", "50F", "50K")
PAYEE_TAGS = ("59", "59A", "59F")
REMITTANCE_TAGS = ("70",)
VALUE_DATE_TAGS = ("32A",)
# :32A:240315CNY1200000,00: value date, currency, then the amount with a decimal comma
_SETTLED = re.compile(r"[ \t]*\d{6}[ \t]*(?P<cur>[A-Z]{3})[ \t]*(?P<amount>\d[\d \t]*(?:,[ \t]*\d{1,2})?)")
_YUAN = ("CNY", "RMB")
_YYMMDD = re.compile(r"[ \t]*(?P<y>\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[ \t]*[A-Z]{3})")


def tagged_fields(text: str) -> list[tuple[str, int, int]]:
    """(tag, start, end) of each field's value in a page holding a SWIFT message, in order;
    none on a page that holds no message."""
    if not _MESSAGE.search(text):
        return []
    tags = list(_TAG.finditer(text))
    out = []
    for i, m in enumerate(tags):
        end = tags[i + 1].start() if i + 1 < len(tags) else len(text)
        cut = m.end()
        for _ in range(FIELD_MAX_LINES):
            nl = text.find("\n", cut + 1)
            cut = len(text) if nl < 0 else nl
        out.append((m.group("tag"), m.end(), min(end, cut)))
    return out


def value_date(text: str) -> tuple[int, int, date] | None:
    """(start, end, date) of the value date that opens a :32A: field (YYMMDD before the currency)."""
    for tag, start, _end in tagged_fields(text):
        m = _YYMMDD.match(text, start) if tag in VALUE_DATE_TAGS else None
        if m:
            try:
                return m.start("y"), m.end("d"), date(2000 + int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
    return None


def settled_amount(text: str) -> tuple[int, int, Decimal] | None:
    """(start, end, yuan) of the amount of a :32A: field; none when it is in another currency
    (a dollar figure is no amount in yuan)."""
    for tag, start, _end in tagged_fields(text):
        m = _SETTLED.match(text, start) if tag in VALUE_DATE_TAGS else None
        if m:
            if m["cur"] not in _YUAN:
                return None
            digits = re.sub(r"[ \t]", "", m["amount"]).replace(",", ".")
            return m.start("amount"), m.end("amount"), Decimal(digits).quantize(Decimal("0.01"))
    return None
