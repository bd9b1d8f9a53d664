"""Linking documents to declared contracts, and checking each contract against its evidence.

Missing or contradicting evidence is data: every finding is a Gap. A gap that rests on a value
that failed its own cross-checks (a low-confidence OCR reading) is `needs_review`, never a
confident verdict against the applicant.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from pipeline.catalogs.loader import Catalog
from pipeline.money import yuan_text
from pipeline.models import Declaration, DeclaredContract, Document, Extracted
from pipeline.extract.classify import classify_text, kind_label
from pipeline.extract.entities import broken_legal_form, normalize_name, opens_with_place
from pipeline.parsing.glyphs import glyph_similarity, is_cjk, look_alike
from pipeline.parsing.locality import is_tianjin_address, opens_in_tianjin
from pipeline.parsing.uscc import is_tianjin_uscc, normalize_uscc, validate_uscc
from pipeline.reconcile.sme import is_large_enterprise

EVIDENCE_KINDS = ("contract", "acceptance_report", "payment_proof", "procurement_proof")

# characters OCR confuses in contract numbers; folded on both sides before comparing
_FOLD = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "L": "1", "T": "1",
                       "|": "1", "Z": "2", "S": "5", "B": "8", "A": "4", "G": "6", "—": "-", "–": "-", "_": "-", ".": "-",
                       "－": "-", "（": "(", "）": ")"})


def fold_code(text: str) -> str:
    """Contract numbers compared the way OCR leaves them: case, confusable characters,
    separators (dropped or misread as dots) and the kind of bracket around a year do not count."""
    return re.sub(r"[\s\-_./()\[\]〔〕【】]", "", text.upper().translate(_FOLD)).removesuffix("号")


@dataclass
class Gap:
    kind: str
    requirement: str
    severity: int
    message: str
    contract_no: str | None = None
    customer: str | None = None
    documents: list[str] = field(default_factory=list)
    status: str = "confirmed"            # confirmed | needs_review
    review_reason: str | None = None
    details: list[str] = field(default_factory=list)
    subject: dict[str, str] = field(default_factory=dict)  # standard / supplier / meeting
    seals: list[dict[str, Any]] = field(default_factory=list)  # seal findings: the marks behind it

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind, "requirement": self.requirement, "severity": self.severity,
            "status": self.status, "contract_no": self.contract_no, "customer": self.customer,
            "documents": sorted(set(self.documents)), "message": self.message,
            "details": self.details,
        }
        out.update(self.subject)
        if self.seals:
            out["seals"] = self.seals
        if self.review_reason:
            out["review_reason"] = self.review_reason
        return out


class GapBook:
    """Collects gaps, one per (kind, subject): repeated findings merge into one gap."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.gaps: list[Gap] = []
        self._index: dict[tuple, Gap] = {}

    def add(self, kind: str, *, contract_no: str | None = None, customer: str | None = None,
            detail: str = "", documents: list[str] | None = None, review: str | None = None,
            subject: dict[str, str] | None = None, **values: Any) -> Gap:
        spec = self.catalog.gap_kinds[kind]
        key = (kind, contract_no, customer if contract_no is None else None,
               tuple(sorted((subject or {}).items())))
        gap = self._index.get(key)
        if gap is None:
            message = spec.message.format_map(_Defaults(
                contract_no=contract_no or "", customer=customer or "", detail=detail,
                **(subject or {}), **values))
            gap = Gap(kind, spec.requirement, spec.severity, message, contract_no, customer,
                      subject=dict(subject or {}))
            gap.status = "needs_review" if review else "confirmed"
            gap.review_reason = review
            self._index[key] = gap
            self.gaps.append(gap)
        else:
            if detail and detail not in gap.message:
                gap.message += f"；{detail}"
            if not review and gap.status == "needs_review":
                gap.status, gap.review_reason = "confirmed", None
        if detail:
            gap.details.append(detail)
        gap.documents.extend(documents or [])
        return gap

    def for_contract(self, contract_no: str) -> list[Gap]:
        return [g for g in self.gaps if g.contract_no == contract_no]


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return ""


# ---- names ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameMatch:
    score: float
    same: bool
    uncertain: bool


# the words that end a branch's name (an office of a legal person, not one itself)
_BRANCH_WORDS = "分公司|分厂|办事处|分部|分中心|营业部|分所|分院"
_BRANCH_END = re.compile(rf"(?:{_BRANCH_WORDS})$")
# between the catalogs' "uncertain" and "same" thresholds: a person decides whether the branch stands
BRANCH_SCORE = 80.0


def match_names(found: str | None, declared: str, catalog: Catalog) -> NameMatch:
    if not found:
        return NameMatch(0.0, False, True)
    a, b = normalize_name(found), normalize_name(declared)
    score = 100.0 if a == b else fuzz.ratio(a, b)
    # a name cut by a line break still names the declared company; a branch of it (X有限公司
    # 天津分公司) is not the same name (a confident reading of one is a mismatch: see branch_of)
    if a != b and (a in b or b in a) and min(len(a), len(b)) >= 6:
        longer = a if len(a) > len(b) else b
        score = BRANCH_SCORE if _BRANCH_END.search(longer) and not _BRANCH_END.search(a if longer is b else b) \
            else max(score, 90.0)
    if score >= catalog.name_same and (_word_inserted(a, b) or _word_replaced(a, b)):
        score = WORD_INSERTED_SCORE
    return NameMatch(score, score >= catalog.name_same,
                     catalog.name_uncertain <= score < catalog.name_same)


# a branch written after its organisation's full name: X有限公司北京分公司 (the place may be absent)
_BRANCH_OF = re.compile(r"^(.{4,}?(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|研究院|研究所|设计院|中心))"
                        rf"([\u4e00-\u9fff]{{0,8}}?(?:{_BRANCH_WORDS}))$")


def branch_of(found: str | None, declared: str, catalog: Catalog) -> str | None:
    """The branch part (北京分公司) when a name read is a branch of the declared organisation: its
    full name, read the same or nearly (a character lost by OCR), followed by a branch. The branch
    signs in its own name and has its own registration; the declared organisation is not a branch."""
    if not found:
        return None
    m = _BRANCH_OF.match(normalize_name(found))
    if m is None or _BRANCH_END.search(normalize_name(declared)):
        return None
    head = match_names(m.group(1), declared, catalog)
    return m.group(2) if head.same or head.score >= catalog.name_uncertain else None


def branch_mismatch_detail(label: str, found: str, declared: str, branch: str) -> str:
    """The one wording of a branch standing where the declared party should: the branch named,
    so a reviewer who accepts branches dismisses the gap in one step."""
    return f"{label}为「{found}」，是「{declared}」的分支机构（{branch}），不是申报的单位本身"


# 天津昊曜电气成套工程有限公司 for 天津昊曜电气成套有限公司: a whole word more inside the name is
# another firm's name as often as a misreading; a person decides (between uncertain and same)
WORD_INSERTED_SCORE = 78.0


def _word_inserted(a: str, b: str) -> bool:
    """One name is the other with a run of two or more characters added inside it (not at
    either end: a cut name or a branch suffix is told apart elsewhere), whatever else differs
    (河北省X集团有限公司 for 河北X有限公司: the province's 省 does not hide the 集团 added)."""
    if a == b or a in b or b in a:
        return False
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    return any(((j2 - j1) if tag == "insert" else (i2 - i1) if tag == "delete" else 0) >= 2
               and 0 < min(i1, j1) and i2 < len(a) and j2 < len(b) for tag, i1, i2, j1, j2 in ops)


def _word_replaced(a: str, b: str) -> bool:
    """One name is the other with a word of two or more common characters put for another inside
    it (智能技术 for 智能科技, 电子 for 机电): a sister firm's name as often as not. OCR misreads a
    character, mostly a rare one, not a word of common ones; a person decides."""
    if a == b or a in b or b in a:
        return False
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return False
    i1, j1, i2, j2 = ops[0][1], ops[0][3], ops[-1][2], ops[-1][4]
    old, new = a[i1:i2], b[j1:j2]
    return (2 <= len(old) <= 4 and 2 <= len(new) <= 4 and 0 < min(i1, j1) and i2 < len(a) and j2 < len(b)
            and not any(is_rare_character(ch) for ch in old + new))


def is_rare_character(ch: str) -> bool:
    """Outside the 3,755 most common characters (GB 2312 level 1): the ones OCR models misread
    as a common look-alike."""
    try:
        first = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
    return first >= 0xD8


def ocr_misreads(found: str | None, declared: str) -> list[tuple[str, str]] | None:
    """The (declared, read) pairs when `found` differs from `declared` only where OCR misreads:
    a character read as a look-alike (same strokes but one component: 澄→湿, 瀛→赢, judged from
    the glyphs) or a rare character read as anything or dropped (赟→赞, 橦→∅; a run of them may
    come out as fewer characters: 昀橦→的). At most two such
    places in a name of at least 6 characters, three from 12; else None."""
    if not found:
        return None
    a, b = normalize_name(declared), normalize_name(found)
    if len(a) < 6 or a == b or len(b) > len(a):
        return None
    diffs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op == "insert" or (op == "replace" and i2 - i1 < j2 - j1):
            return None
        if op == "replace" and i2 - i1 > j2 - j1 and not all(is_rare_character(x) for x in a[i1:i2]):
            return None     # fewer characters read: only a run of rare ones may merge or drop
        read = (b[j1:j2] if op == "replace" else "").ljust(i2 - i1, "∅")   # ∅: the character was dropped
        diffs.extend(zip(a[i1:i2], read))
    most = 3 if len(a) >= 12 else 2
    if not diffs or len(diffs) > most or not all(_misread(x, y) for x, y in diffs):
        return None
    return diffs


def ocr_misread_of(found: Extracted | None, declared: str) -> list[tuple[str, str]] | None:
    """ocr_misreads for an extracted value, only when OCR read it: a text layer prints what it
    means, so its differences are real."""
    if found is None or not found.provenance.method.startswith("ocr"):
        return None
    return ocr_misreads(found.value, declared)


def garbled_reading_of(found: str | None, declared: str) -> bool:
    """A reading too far off to repair that still looks like the declared name misread: as long,
    most characters the same, and every other one a look-alike (天津昀橦智联 read 无津物懂普联).
    Not evidence of another party: a question for a person."""
    if not found:
        return False
    a, b = normalize_name(declared), normalize_name(found)
    if len(a) != len(b) or a == b or len(a) < 6:
        return False
    pairs = [(x, y) for x, y in zip(a, b) if x != y]
    return len(pairs) * 2 <= len(a) and all(
        is_rare_character(x) or glyph_similarity(x, y) >= GARBLED_LOOK_ALIKE for x, y in pairs)


def misreading_doubt(found: Extracted, expected: str, label: str) -> str | None:
    """Why an OCR'd name that differs from the declared one may be a misreading rather than
    another party, as a question for the reviewer; None for a text layer or a sound reading."""
    if not found.provenance.method.startswith("ocr"):
        return None
    if garbled_reading_of(found.value, expected):
        return f"读得的{label}「{found.value}」与「{expected}」字形相近，可能是识别误差，请人工核对"
    broken = broken_legal_form(found.value)
    if broken:
        return f"读得的{label}「{found.value}」以「{broken}」结尾，不是完整的组织形式，名称未读准，请人工核对"
    if _lost_legal_form(found.value, expected):
        return f"读得的{label}「{found.value}」与「{expected}」开头相同、长度相同，但组织形式（有限/股份）未读出，名称未读准，请人工核对"
    if _head_unread(found.value, expected):
        return f"读得的{label}「{found.value}」只与「{expected}」的后半部分相符，名称开头未读出，请人工核对"
    if _headless_likeness(found.value, expected):
        return f"读得的{label}「{found.value}」开头不是地名，其余大半与「{expected}」相同，可能是名称开头未读准，请人工核对"
    return None


HEADLESS_LIKENESS = 0.6   # of the declared name's characters, kept in order by the reading


def _headless_likeness(read: str, expected: str) -> bool:
    """An OCR reading whose head is no place (天津霈安食品 read 未需安食岛) while the declared name
    opens with one, keeping most of the declared name's characters in order: another firm names its
    own place first, so a reading that lost its head cannot be told from the declared name misread."""
    a, b = normalize_name(expected), normalize_name(read)
    if len(b) < 6 or a == b or opens_with_place(b) or not opens_with_place(a):
        return False
    return LCSseq.similarity(a, b) >= HEADLESS_LIKENESS * len(a)


def _head_unread(read: str, expected: str) -> bool:
    """An OCR reading that is the declared name's tail (a seal or a fold over its head): shorter,
    opening with no place of its own, and its characters those of the declared name's end but for
    one misread. What was read does not name another party; what was not read is unknown."""
    a, b = normalize_name(expected), normalize_name(read)
    if len(b) < 4 or len(b) >= len(a) or opens_with_place(b) or not opens_with_place(a):
        return False
    return sum(x != y for x, y in zip(a[-len(b):], b)) <= 1


_FORM_WORD = re.compile(r"(?:有限|股份|责任)[^公]{0,2}公司$")


def _lost_legal_form(read: str, expected: str) -> bool:
    """An OCR reading as long as the declared name, opening with the same words and ending in
    公司, whose 有限/股份 OCR turned into other characters (股份有限公司 read 版行科耀公司): the legal
    form was misread, not another firm named (another firm states a legal form of its own)."""
    a, b = normalize_name(expected), normalize_name(read)
    return bool(_FORM_WORD.search(a)) and b.endswith("公司") and not _FORM_WORD.search(b) \
        and abs(len(a) - len(b)) <= 1 and len(a) >= 8 and a[:4] == b[:4]


# words that name a different legal person of one group: a parent (集团, 控股, 投资). A branch
# (分公司) is no legal person of its own: its paying stays a question (see the branch rule)
_ENTITY_WORDS = ("集团", "控股", "投资")


def another_entity_word(found: Extracted, expected: str) -> str | None:
    """The entity word by which a text layer's name differs from the declared one (津达纺织集团
    for 天津市津达纺织): printed, not misread, so the paper names the parent, another legal
    person, however similar the rest. None for an OCR reading or no such word."""
    if found.provenance.method.startswith("ocr"):
        return None
    a, b = normalize_name(expected), normalize_name(found.value)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        for word in _ENTITY_WORDS:
            if word in b[j1:j2] or word in a[i1:i2]:
                return word
    return None


# looser than LOOK_ALIKE: this only turns a confident finding into a question
GARBLED_LOOK_ALIKE = 0.70


def _misread(declared: str, read: str) -> bool:
    if is_rare_character(declared):
        return read == "∅" or is_cjk(read)
    return read != "∅" and look_alike(declared, read)


# a garbled reading this similar to the other party (and clearly more than to the expected one)
# is that party read in the wrong role, not a third party
OTHER_SIDE_RESEMBLES = 55


def settle_ocr_misread(found: Extracted, expected: str) -> bool:
    """An OCR'd name that differs from the declared one only by OCR's misreads (look-alike or
    rare characters) names the declared party: its value becomes the declared name, and the
    repair is stated beside the text that was read (kept in the provenance). Never a text layer."""
    misread = ocr_misread_of(found, expected)
    if not misread:
        return False
    note = f"OCR 误读（读作「{found.value}」：" + "、".join(f"{a}→{b}" for a, b in misread) + \
        "，字形相近或为生僻字），按申报名称校正"
    if note not in found.checks:
        found.checks.append(note)
    found.value = normalize_name(expected)
    return True


def _head_and_rest(code: str) -> tuple[str, str]:
    """A folded contract number split at its first digit: the letter head (TJIM) and the rest."""
    m = re.search(r"\d", code)
    return (code, "") if m is None else (code[:m.start()], code[m.start():])


def _one_edit(a: str, b: str) -> bool:
    """a is b with at most one character dropped or read as another."""
    if a == b:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return len(a) + 1 == len(b) and any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def _one_character_lost(read: str, declared: str) -> bool:
    """The declared number with one character dropped (folded as OCR confuses), long enough
    (eight characters read) that a dropped character is no other number's shape."""
    a = fold_code(re.sub(r"[^0-9A-Z]", "", read.upper()))
    b = fold_code(re.sub(r"[^0-9A-Z]", "", (declared or "").upper()))
    return len(a) >= 8 and len(a) + 1 == len(b) and _one_edit(a, b)


def head_misread_of(read: str, declared_numbers: list[str]) -> str | None:
    """The one declared number an OCR'd number differs from only at its letter head, by one
    letter dropped or read as another (T-IM-2306 for TJ-IM-2306, T.2023-005 for HT-2023-005):
    everything from the first digit on agrees (folded as OCR confuses), with four digits at
    least. None when no declared number, or more than one, fits: two declared numbers are
    never merged, and numbers that differ in digits never fit."""
    head, rest = _head_and_rest(re.sub(r"[^0-9A-Z]", "", read.upper()))
    if not head or len(re.sub(r"\D", "", fold_code(rest))) < 4:
        return None
    fits = []
    for number in declared_numbers:
        d_head, d_rest = _head_and_rest(re.sub(r"[^0-9A-Z]", "", (number or "").upper()))
        if d_head and fold_code(d_rest) == fold_code(rest) and _one_edit(head, d_head):
            fits.append(number)
    return fits[0] if len({fold_code(n) for n in fits}) == 1 else None


def settle_number_misread(found: Extracted, declared: str, declared_numbers: list[str] | None = None) -> bool:
    """An OCR'd contract number that differs from the declared one only as OCR confuses
    characters (O/0, I/1, Z/2, S/5, B/8, separators) is the declared number: the value becomes
    it, the reading is stated. So is one whose letter head lost or changed one letter, when it
    fits no other of `declared_numbers` (head_misread_of). A text layer's number is what it prints."""
    if not found.provenance.method.startswith("ocr") or found.value == declared or not declared:
        return False
    if fold_code(found.value) == fold_code(declared):
        note = f"OCR 编号字符混淆（读作「{found.value}」），与申报合同编号一致，按申报编号记录"
    elif head_misread_of(found.value, declared_numbers or [declared]) == declared:
        note = f"OCR 编号开头字母误读或缺失（读作「{found.value}」），其余与申报合同编号一致，按申报编号记录"
    elif _one_character_lost(found.value, declared) and not any(
            _one_character_lost(found.value, other) for other in (declared_numbers or []) if other != declared):
        # the paper was placed by other signs (customer, amount, project): its number is the
        # declared one with one character OCR did not read (HT-2024-57 for HT-2024-517)
        note = f"OCR 编号少读一个字符（读作「{found.value}」），文件按其他要素对应到本合同，按申报编号记录"
    else:
        return False
    if note not in found.checks:
        found.checks.append(note)
    found.value = declared
    return True


def within(value: Decimal, expected: Decimal, tolerance: Decimal) -> bool:
    if expected == 0:
        return value == 0
    return abs(value - expected) <= abs(expected) * tolerance


def _deciding_acceptances(docs: list[Document]) -> list[Document]:
    """The acceptances that decide: a failed one is superseded by a passed one (复验, a second
    acceptance after rework) dated later; a passed one stands; undated failures stand."""
    passed_on = [d.value("date") for d in docs if d.value("result") == "passed" and d.value("date") is not None]
    latest_pass = max(passed_on, default=None)

    def superseded(doc: Document) -> bool:
        when = doc.value("date")
        return doc.value("result") == "failed" and latest_pass is not None and when is not None and when < latest_pass
    return [d for d in docs if not superseded(d)]


def _review_of(catalog: Catalog, *items: Extracted | None) -> str | None:
    """Why a gap founded on these values needs review: a value that failed a check, or one read
    too unsurely (the catalog's review.low_confidence)."""
    for item in items:
        if item is None:
            continue
        if item.review_reason:
            return f"{item.provenance.file} 第{item.provenance.page}页「{item.provenance.text}」：{item.review_reason}"
        if item.provenance.confidence < catalog.review_low_confidence and not item.corroborated:
            return (f"{item.provenance.file} 第{item.provenance.page}页「{item.provenance.text}」"
                    f"识别置信度低（{item.provenance.confidence:.2f}）")
    return None


review_of = _review_of  # public name for other modules (assessment checks)


# ---- linking -------------------------------------------------------------------------------


@dataclass
class ContractEvidence:
    declared: DeclaredContract
    documents: dict[str, list[Document]] = field(default_factory=lambda: defaultdict(list))
    link_reasons: dict[str, str] = field(default_factory=dict)  # doc path -> why linked
    # documents that could be evidence for this contract but whose kind was not recognised
    # (or that could not be tied to one contract): path -> what they mention
    possible: dict[str, str] = field(default_factory=dict)
    possible_kinds: dict[str, str] = field(default_factory=dict)   # path -> its recognised kind


def _party_for_link(doc: Document) -> Extracted | None:
    return doc.fields.get("payer") if doc.doc_type == "payment_proof" else doc.fields.get("customer")


def link_documents(decl: Declaration, docs: list[Document], catalog: Catalog) -> tuple[list[ContractEvidence], list[Document]]:
    """Each evidence document goes to the declared contract it names (contract number first,
    then the customer's name, then the amount). Returns the contracts and unlinked documents."""
    contracts = [ContractEvidence(c) for c in decl.contracts]
    unlinked: list[Document] = []
    folded_numbers = [fold_code(c.contract_no) for c in decl.contracts]
    declared_numbers = [c.contract_no for c in decl.contracts if c.contract_no]
    projects = [project_core(c.contract_name) for c in decl.contracts]
    for doc in docs:
        if is_applicant_purchase(doc, decl, catalog):
            kind_by_buyer(doc)
        if doc.doc_type == "payment_proof" and "payer" not in doc.fields:
            _statement_row_by_customer(doc, decl, catalog)
        if doc.doc_type == "payment_proof" and doc.transactions and "payee" not in doc.fields:
            _batch_row_to_applicant(doc, decl, catalog)
    for doc in docs:
        if doc.doc_type not in EVIDENCE_KINDS:
            if doc.readable and (not doc.kind_recognised or not _kind_used(doc.doc_type, catalog)):
                # (a paper recognised as other, a look-alike the vocabulary knows, is not evidence)
                # a paper of a kind this cycle does not use (a meeting record in the support
                # cycle) that names a contract is more likely evidence misread than that kind
                _note_possible_evidence(doc, contracts, catalog)
            continue
        folded_text = fold_code(doc.text)
        own_no = doc.fields.get("contract_no")
        # the one declared number an OCR'd number's misread head stands for, found once per paper
        head_fit = head_misread_of(own_no.value, declared_numbers) \
            if own_no and own_no.provenance.method.startswith("ocr") else None
        scores: list[tuple[float, int, str]] = []
        for i, ce in enumerate(contracts):
            score, reasons = 0.0, []
            number = folded_numbers[i]
            if number and (number in folded_text or (own_no and fold_code(own_no.value) == number)):
                score += 100
                reasons.append("合同编号")
            elif head_fit is not None and head_fit == ce.declared.contract_no:
                score += 100
                reasons.append("合同编号（OCR 开头字母误读）")
            project = names_project(doc.text, projects[i])
            if project:
                # a declared project named on the paper: below the customer (two contracts of one
                # customer may share it), and a close reading only counts with another sign
                score += 40 if project == "exact" else 20
                reasons.append("项目名称" if project == "exact" else "项目名称（相似）")
            party = _party_for_link(doc)
            name = match_names(party.value if party else None, ce.declared.customer, catalog)
            if name.same or ocr_misread_of(party, ce.declared.customer):
                score += 50
                reasons.append("客户名称")
            elif (row := _names_among_alternatives(doc, ce.declared.customer, catalog)) is not None:
                # a table of one row per buyer (or a page of several notices) names the declared
                # customer in another row: the document is that customer's too, and that row's
                # figure is the one to compare (a customer with two contracts)
                score += 50
                reasons.append("客户名称（表中另一行）")
                figure = _same_row_amount(doc, row)
                if figure is not None and within(figure.value, ce.declared.amount_yuan, catalog.amount_tolerance):
                    score += 25
                    reasons.append("金额（同一行）")
                scores.append((score, i, "、".join(reasons)))
                continue
            elif name.uncertain:
                score += 20
                reasons.append("客户名称（相似）")
            amount = doc.fields.get("amount_yuan")
            if amount is not None and within(amount.value, ce.declared.amount_yuan, catalog.amount_tolerance):
                score += 25
                reasons.append("金额")
            elif amount is not None and doc.doc_type == "payment_proof" and amount.value < ce.declared.amount_yuan:
                score += 3  # an installment
            scores.append((score, i, "、".join(reasons)))
        scores.sort(key=lambda s: (-s[0], s[1]))
        best = scores[0] if scores else (0.0, -1, "")
        runner_up = scores[1][0] if len(scores) > 1 else 0.0
        if best[0] >= 25 and best[0] > runner_up and _names_another_customer(doc, contracts, best):
            # a payment whose payer did not read, tied to a contract only by its figure, while
            # it names another declared customer: whose payment it is, is not known
            unlinked.append(doc)
        elif best[0] >= 25 and best[0] > runner_up:
            ce = contracts[best[1]]
            if own_no is not None:
                settle_number_misread(own_no, ce.declared.contract_no, declared_numbers)
            ce.documents[doc.doc_type].append(doc)
            ce.link_reasons[doc.path] = best[2]
        else:
            unlinked.append(doc)
    unlinked = _link_completing_payments(contracts, unlinked, decl, catalog)
    for doc in unlinked:
        _note_possible_evidence(doc, contracts, catalog)
        if _unplaceable_payment(doc) and not any(doc.path in ce.possible for ce in contracts):
            # a payment whose number, payer and amount did not read may be any contract's
            # missing share: a shortfall is then not known, only possible
            for ce in contracts:
                ce.possible[doc.path] = "未能对应到具体合同，且未识别到合同编号、付款人与可靠的金额"
                ce.possible_kinds[doc.path] = doc.doc_type
    return contracts, unlinked


_FIRM_LINKS = ("合同编号", "客户名称")


def _names_another_customer(doc: Document, contracts: list[ContractEvidence],
                            best: tuple[float, int, str]) -> bool:
    """A payment proof without a read payer, whose best contract was chosen on weak grounds (its
    amount, a project's name: neither the contract's number nor its customer), that names the
    declared customer of a different contract in its text."""
    reasons = best[2].split("、")
    if doc.doc_type != "payment_proof" or "payer" in doc.fields or \
            any(r.startswith(_FIRM_LINKS) and not r.endswith("（相似）") for r in reasons):
        return False
    return _text_names_other_customer(doc, contracts, contracts[best[1]])


def _text_names_other_customer(doc: Document, contracts: list[ContractEvidence],
                               chosen: ContractEvidence) -> bool:
    """Whether the document's text names the declared customer of a contract other than `chosen`."""
    names = normalize_name(doc.text.replace("\n", "").replace(" ", ""))
    own = normalize_name(chosen.declared.customer or "")
    for ce in contracts:
        other = normalize_name(ce.declared.customer or "")
        if len(other) >= 4 and other not in own and other in names:
            return True
    return False


def _names_among_alternatives(doc: Document, declared: str, catalog: Catalog) -> Extracted | None:
    """The name among a procurement document's other names in the customer's place (the other
    rows of a results table) that is the declared customer, read exactly or as an OCR misreading."""
    if doc.doc_type != "procurement_proof":
        return None
    return next((alt for alt in doc.parties.get("customer", ())
                 if match_names(alt.value, declared, catalog).same or ocr_misread_of(alt, declared)), None)


def _part_of_figure(read: Decimal, declared: Decimal) -> bool:
    """A figure far below the declared one whose digits are the declared figure's head or tail
    (6.00 or 38,300.00 for 6,538,300.00): a figure cut by a line wrap or a misread separator,
    not another price; the mismatch is then a question."""
    if read <= 0 or read * 5 > declared:
        return False
    r, d = f"{read:.2f}", f"{declared:.2f}"
    whole = r.split(".")[0]
    return d.endswith(r) or (r.endswith(".00") and d.split(".")[0].startswith(whole))


def _unplaceable_payment(doc: Document) -> bool:
    """A payment proof that names no contract or payer, and states no sure amount."""
    amount = doc.fields.get("amount_yuan")
    return doc.doc_type == "payment_proof" and doc.readable and "contract_no" not in doc.fields \
        and "payer" not in doc.fields and (amount is None or amount.needs_review)


def is_applicant_purchase(doc: Document, decl: Declaration, catalog: Catalog) -> bool:
    """A contract whose buyer (甲方, 需方, 委托方…) is the applicant itself: the applicant buys
    here, so it is its own purchase or subcontract (本地配套, 外包), not a customer's contract,
    whatever its title says (外包服务合同, 采购合同, 合作协议)."""
    if doc.doc_type != "contract":
        return False
    applicant = decl.applicant.name
    # the buyer's name as OCR misread the applicant's (a rare character read as a look-alike:
    # 赟→赞) is the applicant's: the role, not the glyph, makes the contract the applicant's purchase
    buyer = match_names(doc.value("customer"), applicant, catalog).same or \
        ocr_misread_of(doc.fields.get("customer"), applicant) is not None
    return buyer and not match_names(doc.value("supplier"), applicant, catalog).same \
        and ocr_misread_of(doc.fields.get("supplier"), applicant) is None


BOUGHT_BY_APPLICANT = "申报单位为合同买方（甲方/需方）：其自身的分包或采购合同"


def kind_by_buyer(doc: Document) -> None:
    doc.doc_type = "subcontract"
    doc.kind_recognised = True     # the parties state it, whatever the title's score was
    if BOUGHT_BY_APPLICANT not in doc.kind_statements:
        doc.kind_statements.append(BOUGHT_BY_APPLICANT)


def _statement_row_by_customer(doc: Document, decl: Declaration, catalog: Catalog) -> None:
    """A statement of account with several incoming rows is the payment of the one row whose
    counterparty is a declared customer (declared names guide the reading); the row's values
    replace what was read from the page as a whole. Nothing when no row, or more than one, fits."""
    # imported here: reading rows needs the entity finder (spaCy), which the small commands that
    # import this module for its report types must not pay for at start-up
    from pipeline.extract.ledger import statement_transactions, transaction_fields
    rows = [t for t in statement_transactions(doc.pages) if t.incoming and t.payer is not None]
    fitting = [t for t in rows if any(match_names(t.payer.value, c.customer, catalog).same for c in decl.contracts)]
    if len(fitting) != 1:
        return
    tx = fitting[0]
    doc.fields.update(transaction_fields(tx, doc.path, f"交易明细中对方户名为申报客户的一笔（{tx.why}）"))


def _batch_row_to_applicant(doc: Document, decl: Declaration, catalog: Catalog) -> None:
    """A batch transfer is the payment of the one row whose payee is the applicant; that row's
    values become the document's. Nothing when no row, or more than one, pays the applicant."""
    def pays_applicant(row: dict[str, Extracted]) -> bool:
        payee = row.get("payee")
        if payee is None:
            return False
        return match_names(payee.value, decl.applicant.name, catalog).same or \
            bool(ocr_misread_of(payee, decl.applicant.name))
    fitting = [row for row in doc.transactions if pays_applicant(row)]
    if len(fitting) == 1:
        for item in fitting[0].values():
            if "批量转账中收款人为申报单位的一笔" not in item.checks:
                item.checks.append("批量转账中收款人为申报单位的一笔")
        # what every row states alike (the one payer of a batch, the holder of a queried account)
        # is the page's, as read already (perhaps by the engine that read it better)
        shared = {name for name, item in fitting[0].items() if name in doc.fields and all(
            name in row and row[name].value == item.value for row in doc.transactions)}
        doc.fields.update({name: item for name, item in fitting[0].items() if name not in shared})


def _kind_used(kind: str, catalog: Catalog) -> bool:
    """The cycle's checks use this kind (other, a known look-alike, counts as used: it is no
    evidence by what it states, not by what the cycle asks)."""
    return catalog.document_kinds is None or kind == "other" or kind in catalog.document_kinds


def _note_possible_evidence(doc: Document, contracts: list[ContractEvidence], catalog: Catalog) -> None:
    """A document that is not known to be evidence of one contract, but names a declared
    contract's number, customer or amount, may be that contract's missing evidence: a gap
    for it then needs review instead of being confirmed (not knowing is not missing)."""
    text = doc.text
    folded = fold_code(text)
    names = normalize_name(text.replace("\n", ""))
    for ce in contracts:
        c = ce.declared
        reasons = []
        if c.contract_no and fold_code(c.contract_no) and fold_code(c.contract_no) in folded:
            reasons.append(f"合同编号 {c.contract_no}")
        if c.customer and len(normalize_name(c.customer)) >= 4 and normalize_name(c.customer) in names:
            reasons.append(f"客户「{c.customer}」")
        if any(form in text for form in _amount_forms(c.amount_yuan)):
            reasons.append(f"金额 {yuan_text(c.amount_yuan)}")
        if names_project(text, project_core(c.contract_name)):
            reasons.append(f"项目「{project_core(c.contract_name)}」")
        party = _party_for_link(doc)
        close = match_names(party.value, c.customer, catalog) if party is not None else None
        if not reasons and close is not None and (close.same or close.uncertain):
            # its party reads as (or close to) the customer, yet it went to no contract (the
            # customer has several, or OCR misread the name): not known, not missing
            reasons.append(f"客户名称「{party.value}」" if close.same else f"近似客户名称「{party.value}」")
        if reasons:
            kind = ("未能对应到具体合同" if doc.doc_type in EVIDENCE_KINDS
                    else "未能确定类型" if not doc.kind_recognised or doc.doc_type == "other"
                    else f"识别为本周期不使用的材料类型（{kind_label(doc.doc_type)}），可能是误识别的证据")
            ce.possible[doc.path] = f"{kind}，但提到了{'、'.join(reasons)}"
            ce.possible_kinds[doc.path] = doc.doc_type


# the words that make a declared contract name a document's name rather than its project's:
# 数字化车间MES系统建设合同 names the project 数字化车间MES系统
_DOCUMENT_WORDS = re.compile(r"(?:的)?(?:建设|采购|实施|升级|改造|技术服务|服务|供货|销售|集成|开发|设计|安装|项目)*"
                             r"(?:合同|协议)书?$")
_BRACKETS = str.maketrans("（）【】", "()[]")
PROJECT_NAME_MIN = 6          # shorter cores (MES系统) name a kind of system, not one project
PROJECT_NAME_COVERED = 0.75   # of the core's characters, in order, on one line: OCR drops a few


def project_core(contract_name: str) -> str:
    core = re.sub(r"\s+", "", contract_name or "").translate(_BRACKETS)
    return _DOCUMENT_WORDS.sub("", core)


def names_project(text: str, core: str) -> str | None:
    """How a document names a declared project: "exact" when its text holds the project's
    name, "close" when a stretch of one line as long as the name holds most of it in order
    (an OCR'd line that lost a few characters), else None."""
    if len(core) < PROJECT_NAME_MIN:
        return None
    compact = re.sub(r"[ \t\u3000]+", "", text).translate(_BRACKETS)
    if core in compact:
        return "exact"
    need = len(core) * PROJECT_NAME_COVERED
    for line in compact.splitlines():
        # within a stretch of the line no longer than the name: scattered characters of a long
        # line are no reading of it
        for start in range(0, max(len(line) - len(core), 0) + 1):
            if LCSseq.similarity(core, line[start:start + len(core)]) >= need:
                return "close"
    return None


def _amount_forms(amount: Decimal) -> tuple[str, ...]:
    if amount <= 0:
        return ()
    return (f"{amount:,.2f}", f"{amount:.2f}")


def _link_completing_payments(contracts: list[ContractEvidence], unlinked: list[Document],
                              decl: Declaration, catalog: Catalog) -> list[Document]:
    """A receipt paid to the applicant that names no contract and no known payer still pays
    for something: it belongs to the one contract whose payments it completes (its sum then
    matches the declared amount). Linked so that its payer is checked, not silently dropped."""
    still = []
    for doc in unlinked:
        amount, payee = doc.fields.get("amount_yuan"), doc.fields.get("payee")
        # a payee unread (a seal over the issuer's name on a receipt) is no other payee: the
        # sum decides, and the payee stays a question on the contract it is linked to
        if doc.doc_type != "payment_proof" or amount is None or (payee is not None and
                not match_names(payee.value, decl.applicant.name, catalog).same):
            still.append(doc)
            continue
        fits = []
        for ce in contracts:
            if "payer" not in doc.fields and _text_names_other_customer(doc, contracts, ce):
                continue        # its figure fits, but its text names another declared customer
            paid = [d.fields.get("amount_yuan") for d in ce.documents["payment_proof"]]
            if any(a is None for a in paid):
                continue
            total = sum((a.value for a in paid), Decimal(0))
            if not within(total, ce.declared.amount_yuan, catalog.amount_tolerance) and \
                    within(total + amount.value, ce.declared.amount_yuan, catalog.amount_tolerance):
                fits.append(ce)
        if len(fits) == 1:
            fits[0].documents["payment_proof"].append(doc)
            fits[0].link_reasons[doc.path] = "金额补足付款合计" + ("" if payee else "（收款人未识别）")
        else:
            still.append(doc)
    return still


# ---- checks --------------------------------------------------------------------------------


UNCONCLUDED_DATE = "未识别到验收结论，所读日期未必是验收日期，请人工核对"


def check_contract(ce: ContractEvidence, decl: Declaration, catalog: Catalog, book: GapBook) -> None:
    c = ce.declared
    base = {"contract_no": c.contract_no, "customer": c.customer}
    tol = catalog.amount_tolerance
    applicant = decl.applicant.name

    # customer identity
    code = normalize_uscc(c.customer_uscc or "")
    if not validate_uscc(code):
        book.add("invalid_uscc", detail=f"申报的代码「{c.customer_uscc}」不符合 GB 32100-2015 校验规则",
                 documents=[decl.source], **base)
    if c.declared_tianjin:
        problems, review = [], None
        if validate_uscc(code) and not is_tianjin_uscc(code):
            problems.append(f"统一社会信用代码「{code}」登记机关不在天津（地区码 {code[2:8]}）")
        addresses = [d.fields[f] for kind in EVIDENCE_KINDS for d in ce.documents[kind]
                     for f in ("customer_address", "payer_address") if f in d.fields]
        # an address that says 天津市 and names no other place does not contradict a Tianjin code,
        # though it names no district (天津市工业园区…)
        tianjin = [a for a in addresses if is_tianjin_address(a.value)
                   or (is_tianjin_uscc(code) and opens_in_tianjin(a.value))]
        if addresses and not tianjin:
            problems.append(f"证据中的地址「{addresses[0].value}」不在天津市")
            if is_tianjin_uscc(code) and all(a.provenance.method.startswith("ocr") for a in addresses):
                # code says Tianjin, only a scan's reading of the address says otherwise
                review = _review_of(catalog, addresses[0]) or "地址由 OCR 识别，而信用代码为天津登记，请核对地址"
        # No address in the evidence: a valid 12xxxx credit code already shows registration
        # in Tianjin, so its absence alone is no gap (a false gap costs a reviewer an hour).
        if problems:
            book.add("not_tianjin", detail="；".join(problems), review=review,
                     documents=[a.provenance.file for a in addresses] + [decl.source], **base)
    if c.declared_sme is not None and c.employees is not None and c.revenue_wan is not None:
        # either way: a large firm declared an SME, or an SME declared large (both thresholds
        # must be reached to be large)
        large = is_large_enterprise(c.employees, c.revenue_wan, catalog)
        figures = f"从业人员 {c.employees} 人，营业收入 {c.revenue_wan} 万元"
        if c.declared_sme and large:
            book.add("sme_misclassified", detail=f"申报为中小企业，但按2017年划型标准属于大型企业（{figures}）",
                     documents=[decl.source], **base)
        elif c.declared_sme is False and not large:
            book.add("sme_misclassified", detail=f"申报为非中小企业，但按2017年划型标准属于中小企业（{figures}）",
                     documents=[decl.source], **base)

    # required evidence present and readable
    missing = {"acceptance_report": "missing_acceptance_report", "payment_proof": "missing_payment_proof",
               "procurement_proof": "missing_procurement_proof"}
    for kind in catalog.contract_evidence:
        if not ce.documents[kind]:
            candidates = [path for path, doc_kind in _possible_of_kind(ce, kind)]
            doubtful = _titled_only_seconds(ce, kind)
            candidates += [path for path in doubtful if path not in candidates]
            if candidates:
                why = "；".join(f"{path}（{ce.possible.get(path) or doubtful[path]}）" for path in candidates)
                book.add(missing[kind], documents=candidates, detail=f"可能的证据：{why}",
                         review=f"申报材料中有未能确认类型或归属的文件提到本合同（{why}），"
                                f"请人工核对其是否即为所缺证据", **base)
            else:
                book.add(missing[kind], **base)
    if not ce.documents["acceptance_report"] and c.accepted_on and not catalog.in_period(c.accepted_on):
        book.add("date_out_of_period", documents=[decl.source],
                 detail=f"申报的验收日期 {c.accepted_on.isoformat()} 不在 {catalog.period_start.isoformat()} 至 {catalog.period_end.isoformat()} 之间",
                 **base)

    for doc in _deciding_acceptances(ce.documents["acceptance_report"]):
        result, when = doc.fields.get("result"), doc.fields.get("date")
        if result is None:
            book.add("acceptance_not_passed", detail="未识别到验收结论", documents=[doc.path],
                     review="验收报告中未找到验收结论，请人工核对", **base)
        elif result.value != "passed":
            book.add("acceptance_not_passed", detail=f"验收结论为「{result.provenance.text}」",
                     documents=[doc.path], review=_review_of(catalog, result), **base)
        if when is None:
            book.add("date_out_of_period", detail="未识别到验收日期", documents=[doc.path],
                     review="验收报告中未找到验收日期，请人工核对", **base)
        elif not catalog.in_period(when.value):
            book.add("date_out_of_period",
                     detail=f"验收日期 {when.value.isoformat()} 不在 {catalog.period_start.isoformat()} 至 {catalog.period_end.isoformat()} 之间",
                     documents=[doc.path], review=_review_of(catalog, when) or (
                         # a paper whose conclusion did not read may not be an acceptance at all,
                         # nor its date the acceptance's: a question, not a confident gap
                         UNCONCLUDED_DATE if result is None else None), **base)

    # parties
    for kind, role, expected, label in (
        ("contract", "customer", c.customer, "合同甲方"),
        ("contract", "supplier", applicant, "合同乙方"),
        ("acceptance_report", "customer", c.customer, "验收单位"),
        ("procurement_proof", "customer", c.customer, "采购人/招标人"),
        ("payment_proof", "payer", c.customer, "付款人"),
        ("payment_proof", "payee", applicant, "收款人"),
    ):
        for doc in ce.documents[kind]:
            found = doc.fields.get(role)
            if found is None:
                if role in ("payer", "payee") or (kind == "acceptance_report" and role == "customer"):
                    book.add("party_mismatch", detail=f"{doc.path} 中未识别到{label}", documents=[doc.path],
                             review=f"{doc.path} 未识别到{label}，请人工核对", **base)
                continue
            if settle_ocr_misread(found, expected):
                continue    # before the fuzzy match: a reading it calls the same still shows the name
            m = match_names(found.value, expected, catalog)
            if m.same:
                if found.review_reason and any(check.startswith("取自结果表") for check in found.checks):
                    found.review_reason = None     # the table's row that is the declared customer's
                continue
            if kind == "procurement_proof" and _declared_among_names(doc, role, expected, catalog):
                continue    # only when the name read first is not the declared one
            review = _review_of(catalog, found)
            if found.provenance.method.startswith("ocr") and (review or m.score >= 50) and \
                    _names_elsewhere(doc, expected):
                # a seal over the label line garbles the name there; the same page prints the
                # declared name in full elsewhere, so the document does name that party
                continue
            branch = branch_of(found.value, expected, catalog)
            if branch and not review:
                # the programme asks for the declared party itself: its branch (X有限公司北辰分公司)
                # pays, accepts or signs in its own name, so the paper is another's — stated, with
                # the branch named, so a reviewer who accepts branches dismisses it in one step
                book.add("party_mismatch", detail=branch_mismatch_detail(label, found.value, expected, branch),
                         documents=[doc.path], **base)
                continue
            if m.uncertain and not another_entity_word(found, expected):
                review = review or f"名称相似度 {m.score:.0f}，可能是识别误差"
            review = review or misreading_doubt(found, expected, label)
            other_side = applicant if expected != applicant else c.customer
            if not review and expected != applicant and match_names(found.value, applicant, catalog).same:
                # the customer's (or its payer's) place holds the applicant itself: the applicant is
                # never its own customer, so the reading took the wrong side, it names no third party
                review = f"读得的{label}即申报单位本身（申报单位不会是自己的客户），可能是角色识别有误，请人工核对"
            resembles = match_names(found.value, other_side, catalog).score
            if not review and found.provenance.method.startswith("ocr") and \
                    resembles >= OTHER_SIDE_RESEMBLES and resembles >= m.score + 15:
                # the customer's place holds a reading like the applicant (or the reverse): the
                # roles were read reversed (甲方（供方）), not a third party named
                review = f"读得的{label}更像另一方「{other_side}」，可能是角色识别有误，请人工核对"
            book.add("party_mismatch", detail=f"{label}为「{found.value}」，应为「{expected}」",
                     documents=[doc.path], review=review, **base)

    # amounts: each stated amount, and the sum of payments
    for kind, label in (("contract", "合同"), ("procurement_proof", "采购证明"), ("acceptance_report", "验收报告")):
        for doc in ce.documents[kind]:
            amount = doc.fields.get("amount_yuan")
            # a table's row of the declared customer states its amount: the other rows' figures
            # are other units' (no choice among them is left to make)
            row_amount = _amount_of_the_customers_row(doc) if kind == "procurement_proof" and amount else None
            amount = row_amount or amount
            if amount is not None and row_amount is None and not within(amount.value, c.amount_yuan, tol):
                amount = _declared_among_alternatives(doc, c.amount_yuan, tol) or amount
            if amount is not None and not within(amount.value, c.amount_yuan, tol):
                review = _review_of(catalog, amount)
                if review is None and doc.amount_alternatives and row_amount is None:
                    # a page of several notices, none stating the declared figure: which of its
                    # figures is this contract's the reading cannot tell
                    others = "、".join(yuan_text(a.value) for a in doc.amount_alternatives[:3])
                    review = f"{doc.path} 同一标签下列有多个金额（另有 {others}），无法确定哪一项属于本合同，请人工核对"
                if review is None and _part_of_figure(amount.value, c.amount_yuan):
                    review = (f"{doc.path} 读得的金额 {yuan_text(amount.value)} 是申报金额 {yuan_text(c.amount_yuan)} "
                              "的开头或结尾几位，可能只读出了数字的一部分，请人工核对")
                book.add("amount_mismatch",
                         detail=f"{label}金额 {yuan_text(amount.value)} 与申报 {yuan_text(c.amount_yuan)} 相差超过 {tol * 100:g}%",
                         documents=[doc.path], review=review, **base)
    # the same receipt uploaded twice is one payment (the duplicate is its own gap)
    payments = list({d.sha256: d for d in ce.documents["payment_proof"]}.values())
    if payments:
        amounts = [d.fields.get("amount_yuan") for d in payments]
        if any(a is None for a in amounts):
            book.add("amount_mismatch", detail="部分付款凭证未识别到金额",
                     documents=[d.path for d in payments], review="付款凭证金额未识别，请人工核对", **base)
        else:
            total = sum((a.value for a in amounts), Decimal(0))
            if not within(total, c.amount_yuan, tol):
                review = _review_of(catalog, *amounts)
                others = [path for path, _ in _possible_of_kind(ce, "payment_proof")]
                if review is None and total < c.amount_yuan and others:
                    # a payment the reader could not tie to this contract may be the rest
                    review = f"申报材料中还有可能属于本合同的付款凭证（{'、'.join(others)}），请人工核对"
                book.add("amount_mismatch",
                         detail=f"付款合计 {yuan_text(total)}（{len(payments)} 笔）与申报 {yuan_text(c.amount_yuan)} 不符",
                         documents=[d.path for d in payments] + others, review=review, **base)


def _declared_among_names(doc: Document, role: str, expected: str, catalog: Catalog) -> bool:
    """A page of several award notices names several 招标人: the one that is the declared
    customer makes the page this contract's notice; it becomes the field, the choice stated."""
    match = next((alt for alt in doc.parties.get(role, ()) if match_names(alt.value, expected, catalog).same), None) \
        or next((alt for alt in doc.parties.get(role, ()) if ocr_misread_of(alt, expected)), None)
    if match is None:
        return False
    note = f"页面同一标签下列有多个单位（另有「{doc.fields[role].value}」），取与申报一致的一项"
    if note not in match.checks:
        match.checks.append(note)
    settle_ocr_misread(match, expected)
    doc.fields[role] = match
    return True


def _amount_of_the_customers_row(doc: Document) -> Extracted | None:
    """A table of one amount per row whose customer was read from one row (the declared
    customer's, chosen among the rows' buyers): the amount is that row's figure, whatever the
    figure (a gap is a gap of that row). None when the customer stands in no such row."""
    customer = doc.fields.get("customer")
    if customer is None or customer.provenance.box is None or not doc.amount_alternatives:
        return None
    if not any(check.startswith("取自结果表") for check in customer.checks):
        return None
    current = doc.fields["amount_yuan"]
    item = _same_row_amount(doc, customer)
    if item is None:
        return None
    if item is not current:
        item.checks.append("取自申报采购单位所在行")
        doc.amount_alternatives = [a for a in doc.amount_alternatives if a is not item] + [current]
        doc.fields["amount_yuan"] = item
    item.review_reason = None if customer.review_reason is None else item.review_reason
    return item


_ROW_NOTE = re.compile(r"取自表中第\d+行")


def _same_row_amount(doc: Document, party: Extracted) -> Extracted | None:
    """The figure (the amount or one of its alternatives) on the same table row as a party's
    cell: its middle within the height of the party's box, on the same page."""
    if "amount_yuan" not in doc.fields:
        return None
    figures = [doc.fields["amount_yuan"], *doc.amount_alternatives]
    # the reader noted each value's row of the table (取自表中第k行): the same note is the same row
    rows = [check for check in party.checks if _ROW_NOTE.fullmatch(check)]
    if rows:
        return next((item for item in figures if rows[0] in item.checks), None)
    if party.provenance.box is None:
        return None
    _, top, _, bottom = party.provenance.box
    for item in figures:
        box = item.provenance.box
        if box is None or item.provenance.page != party.provenance.page:
            continue
        if top <= (box[1] + box[3]) / 2 <= bottom:
            return item
    return None


def _declared_among_alternatives(doc: Document, declared: Decimal, tol: Decimal) -> Extracted | None:
    """A page that states several figures under its amount label (a newspaper page of award
    notices) states this contract's where one of them is the declared amount: that one becomes
    the document's amount, and the choice is stated."""
    match = next((alt for alt in doc.amount_alternatives if within(alt.value, declared, tol)), None)
    if match is None:
        return None
    shown = doc.fields["amount_yuan"].value
    note = f"页面同一标签下列有多个金额（另有 {yuan_text(shown)}），取与申报一致的一项"
    if note not in match.checks:
        match.checks.append(note)
    doc.fields["amount_yuan"] = match
    return match


def _possible_of_kind(ce: ContractEvidence, kind: str) -> list[tuple[str, str]]:
    """The possible evidence that could be of `kind`: any document whose kind is unknown or one
    the cycle does not use, and documents recognised as that kind but tied to no contract."""
    out = []
    for path, reason in sorted(ce.possible.items()):
        noted = ce.possible_kinds.get(path)
        if reason.startswith("未能确定类型") or noted == kind or noted not in EVIDENCE_KINDS:
            out.append((path, reason))
    return out


def _titled_only_seconds(ce: ContractEvidence, kind: str) -> dict[str, str]:
    """Papers tied to this contract as another kind that is already there, recognised by a title
    word alone (no statement of that kind), which also read as `kind` in part: a second 'contract'
    may be the acceptance the reader did not know. path -> why it is a question."""
    out: dict[str, str] = {}
    for other, papers in ce.documents.items():
        if other == kind or len(papers) < 2:
            continue
        stated = [d for d in papers if d.kind_statements]
        for doc in papers:
            if doc.kind_statements or not stated:
                continue    # unsure only beside a paper that does state the kind
            if classify_text(doc.text).scores.get(kind, 0.0) > 0:
                out[doc.path] = f"仅凭标题识别为{other}，本合同已有同类文件，且其内容涉及所缺证据"
    return out


def _names_elsewhere(doc: Document, name: str) -> bool:
    wanted = normalize_name(name)
    return len(wanted) >= 4 and any(wanted in normalize_name(page.text.replace("\n", "")) for page in doc.pages)


def check_duplicates(contracts: list[ContractEvidence], book: GapBook) -> None:
    """The same file content used twice, within one contract or across contracts."""
    owners: dict[str, list[tuple[ContractEvidence, Document]]] = defaultdict(list)
    for ce in contracts:
        for docs in ce.documents.values():
            for doc in docs:
                owners[doc.sha256].append((ce, doc))
    for sha, uses in owners.items():
        if len(uses) < 2:
            continue
        paths = [d.path for _, d in uses]
        for ce in {id(ce): ce for ce, _ in uses}.values():
            book.add("duplicate_evidence", contract_no=ce.declared.contract_no,
                     customer=ce.declared.customer,
                     detail="内容完全相同的文件：" + "、".join(sorted(paths)), documents=paths)


def check_unreadable(docs: list[Document], book: GapBook) -> None:
    for doc in docs:
        if doc.readable:
            continue
        reason = "；".join(i.message for i in doc.issues) or "未能读取"
        advice = "；".join(i.advice for i in doc.issues if i.advice)
        book.add("unreadable_document", detail=reason + (f"。{advice}" if advice else ""),
                 documents=[doc.path], subject={"file": doc.path})


def contract_is_verified(contract_no: str, book: GapBook) -> tuple[bool, bool]:
    """(verified, pending): pending when only needs-review gaps stand in the way."""
    gaps = [g for g in book.for_contract(contract_no)
            if g.kind != "sme_misclassified"]
    confirmed = [g for g in gaps if g.status == "confirmed"]
    if confirmed:
        return False, False
    return (not gaps), bool(gaps)
