"""Unified social credit codes (统一社会信用代码), GB 32100-2015.

18 characters: registration authority (1), organisation type (1), administrative region (6),
organisation code (9), check character (1). Alphabet excludes I, O, Z, S, V.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# Characters OCR engines confuse; used only to repair a code whose checksum fails.
OCR_CONFUSIONS: dict[str, str] = {
    "0": "ODQ", "O": "0DQ", "D": "0O", "Q": "0O",
    "1": "ILT7", "I": "1LT", "L": "1I", "T": "17",
    "2": "Z", "Z": "2",
    "5": "S", "S": "5",
    "8": "B3", "B": "8", "3": "8",
    "6": "G", "G": "6",
    "U": "V", "V": "U",
    "7": "1T",
}

_SEPARATORS = re.compile(r"[\s\-_·．.]")
# candidate runs in free text: 18 code-like characters, not part of a longer run
_CANDIDATE = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")


def normalize_uscc(text: str) -> str:
    """Upper-case, turn full-width into half-width and drop separators."""
    half = "".join(chr(ord(ch) - 0xFEE0) if "！" <= ch <= "～" else ch for ch in text)
    return _SEPARATORS.sub("", half).upper()


def compute_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters (raises ValueError)."""
    if len(first17) != 17 or any(c not in _VALUE for c in first17):
        raise ValueError(f"not 17 code characters: {first17!r}")
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def validate_uscc(code: str) -> bool:
    """True when `code` (already normalised) is 18 legal characters with a correct check char."""
    if len(code) != 18 or any(c not in _VALUE for c in code):
        return False
    return compute_check_char(code[:17]) == code[17]


def uscc_region(code: str) -> str:
    """The 6-digit administrative region code (characters 3-8)."""
    return code[2:8]


def is_tianjin_uscc(code: str) -> bool:
    """Registered in Tianjin: region code 12xxxx (and the code itself valid)."""
    return validate_uscc(code) and uscc_region(code).startswith("12")


@dataclass(frozen=True)
class UsccRepair:
    code: str
    position: int   # 0-based position that was changed
    original: str
    replacement: str

    def describe(self) -> str:
        return f"第{self.position + 1}位「{self.original}」按校验码更正为「{self.replacement}」"


def repair_uscc(code: str) -> UsccRepair | None:
    """Restore the checksum by exactly one OCR-confusion substitution, if exactly one does.

    Ambiguous repairs (two different substitutions both valid) return None: guessing between
    them would silently invent an identity.
    """
    code = normalize_uscc(code)
    if len(code) != 18:
        return None
    found: list[UsccRepair] = []
    for pos, ch in enumerate(code):
        for alt in OCR_CONFUSIONS.get(ch, ""):
            candidate = code[:pos] + alt + code[pos + 1:]
            # the region code (characters 3-8) is an administrative division: digits only
            if validate_uscc(candidate) and candidate[2:8].isdigit():
                found.append(UsccRepair(candidate, pos, ch, alt))
    unique = {r.code: r for r in found}
    return next(iter(unique.values())) if len(unique) == 1 else None


@dataclass(frozen=True)
class UsccMatch:
    start: int
    end: int
    raw: str
    code: str                # the code as read (normalised), or the repaired code
    valid: bool
    repair: UsccRepair | None = None


_CODE_LABEL = re.compile(r"(?:统一)?社会信用代码|信用代码|纳税人识别号|税号|USCC", re.IGNORECASE)
# a SWIFT party field opens with its account after a slash (:50K:/1234…): an account, not a code
_ACCOUNT_LABEL = re.compile(r"账\s*号|账\s*户|帐\s*号|卡\s*号|票据号|流水号|回单编号|凭证号|交易序号"
                            r"|(?:^|[:：;；\n])\d{2}[A-Z]?[ \t]*[:：;；]+[ \t]*/[ \t]*$")


def find_usccs(text: str, allow_repair: bool = True) -> list[UsccMatch]:
    """Credit codes in free text, valid, repaired or invalid (so a bad one can be reported).

    Repairs undo OCR confusions; a text layer has none, so callers reading one pass
    allow_repair=False and an invalid code stays invalid."""
    matches: list[UsccMatch] = []
    upper = "".join(c.upper() if c.isascii() else c for c in text)  # keeps offsets
    for m in _CANDIDATE.finditer(upper):
        raw = text[m.start():m.end()]
        code = m.group(0)
        if not any(ch.isdigit() for ch in code[2:8]):
            continue  # a run of letters, not a code
        # what labels this run: the text before it back to the line start or the previous field
        line_start = max(text.rfind(sep, 0, m.start()) for sep in "\n；;。，,")
        before = text[max(line_start + 1, m.start() - 24):m.start()]
        if _ACCOUNT_LABEL.search(before) and not _CODE_LABEL.search(before):
            continue  # an account or card number is never a credit code, valid-looking or not
        if validate_uscc(code):
            matches.append(UsccMatch(m.start(), m.end(), raw, code, True))
            continue
        # a repair only where the line labels the run as a credit code: elsewhere an
        # 18-character run may be anything, and a "repaired" number would be invented
        fix = repair_uscc(code) if allow_repair and _CODE_LABEL.search(before) else None
        if fix:
            matches.append(UsccMatch(m.start(), m.end(), raw, fix.code, True, fix))
        else:
            matches.append(UsccMatch(m.start(), m.end(), raw, code, False))
    return matches
