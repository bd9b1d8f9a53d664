"""Parties: who is the customer, supplier, payer or payee, from labels, definitions, grid
positions, the sentence that states the role, and the document's issuer."""

from __future__ import annotations

import re
from typing import Callable

from pipeline.extract.entities import (ends_with_legal_form, find_organizations, name_fragment, normalize_name,
                                       plausible_organisation)
from pipeline.extract.fields.hits import (ANY_LABEL, ROLE_NOTE, SEPARATOR, Hit, extracted, find_labels, line_bounds,
                                          value_region)
from pipeline.extract.fields.swift import PAYEE_TAGS, PAYER_TAGS, tagged_fields
from pipeline.extract.fields.vocabulary import LABELS, PARTY_NOUNS
from pipeline.extract.script_forms import fold_traditional
from pipeline.extract.roles import DEFINED_TERM_BEFORE, defined_parties, issuer_of, parties_by_statement
from pipeline.models import Document, Extracted, PageText
from pipeline.parsing.amounts import signed_figure_lines
from pipeline.parsing.locality import repair_tianjin_district

PARTY_LABELS = LABELS.party_labels
# A role note after a label can name the role outright: 承包人（总包单位） in a subcontract is
# the main contractor, 承包人（分包人） the subcontractor. Checked in the data's order.
ROLE_NOTE_WORDS = LABELS.role_note_words
# whose role a document's issuer holds when no label or statement names it
ISSUER_ROLE = LABELS.issuer_role
_BANK = re.compile(r"(?:银行|支行|分行|信用社|营业部)$")


def _party(doc: Document, hit: Hit) -> Extracted | None:
    start, end = value_region(hit)
    # a value never runs past a full stop: a name after one (…作为招标人，就…组织招标。评标委员会
    # 推荐X…) belongs to the next sentence, not to the label
    stop = hit.page.text.find("。", start, end)
    end = stop if stop >= 0 else end
    region = hit.page.text[start:end]
    # a name the line wrap cut (汇款人：天津某某有限公⏎司，金额…): its rest opens the next line
    cut, tail = len(region.rstrip()), _wrapped_name_tail(hit.page.text, start, end)
    if tail is not None:
        region = region[:cut] + hit.page.text[tail[0]:tail[1]]

    def at(i: int) -> int:     # a position in region -> its offset on the page
        return start + i if tail is None or i <= cut else tail[0] + (i - cut)
    orgs = []
    for o in find_organizations(region):
        inner = _SELF_BRACKET.match(o.text)     # 贵公司（天津X有限公司）: the name is inside
        o_start = o.start + (inner.end() if inner else 0)
        text = region[o_start:o.end]
        if plausible_organisation(text):
            orgs.append((o_start, o.end, text))
    if orgs:
        o_start, o_end, text = orgs[0]
        return extracted(doc, hit.page, at(o_start), at(o_end),
                          normalize_name(text), ["公司名称格式"] + (["名称跨行，已接续下一行"] if tail else []))
    cleaned = region.strip(" ：:，,。")
    # without a company suffix a value is a name only if it is shaped like one (an
    # organisation word, or a place it starts with); prose after a label (甲方一次性向乙方支付…)
    # is no value at all
    if 4 <= len(cleaned) <= 40 and re.fullmatch(r"[\u4e00-\u9fff（）()·]{4,40}", cleaned) \
            and not ANY_LABEL.search(cleaned) and _ORGANISATION_SHAPE.search(cleaned) \
            and not _PROSE.search(cleaned) and not name_fragment(cleaned):
        offset = region.find(cleaned)
        return extracted(doc, hit.page, at(offset), at(offset + len(cleaned)), normalize_name(cleaned),
                          review="名称不含公司类后缀，请核对")
    return None


# the first words of the next line up to its punctuation (or its end): what a wrap cut from a name
# (a sentence may go on from the name with the day it acted: …有限公⏎司于2023年5月2日提出…)
_NEXT_LINE_WORDS = re.compile(r"[ \t]*([\u4e00-\u9fff（）()]{1,8}?)[ \t]*(?=[，,。；;、：:\s]|$|[于在]\s*\d)")


def _wrapped_name_tail(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the rest of a name cut by the line wrap lies on the next line: only when the value
    runs to its line's end without a legal form (天津某某有限公) and the next line's first words,
    ended by punctuation, give it one (司，…): a name is never left cut short."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return None
    value = text[start:end].strip()
    if not value or not re.search(r"[\u4e00-\u9fff]$", value) or ends_with_legal_form(value):
        return None
    m = _NEXT_LINE_WORDS.match(text, line_end + 1)
    if m is None or not ends_with_legal_form(value + m.group(1)) or ends_with_legal_form(m.group(1)) \
            and len(m.group(1)) > 4:
        return None
    return m.start(1), m.end(1)


_SELF_BRACKET = re.compile(r"^(?:我|贵|本|该)(?:公司|单位|司|方)[（(]")
_ORGANISATION_SHAPE = re.compile(
    r"^(?:天津|北京|上海|重庆|中国|[\u4e00-\u9fff]{2,3}(?:省|市|自治区|县|区))|"
    r"(?:公司|集团|研究院|研究所|设计院|大学|学院|医院|中心|厂|局|委员会|办公室|管理处|事务所|合作社|银行|支行|分行|协会|学会|站|队|部)$")
# words of a sentence, not of a name: verbs and particles a clause carries
_PROSE = re.compile(r"支付|负责|提供|完成|约定|双方|一次性|应当|按照|根据|以下|之前|之后|[应须将]于|[向给对由][甲乙买卖供需]方|了")


# a receipt is issued by whoever was paid; a bank's slip by the bank
_ISSUED_BY_PAYEE = re.compile(r"收据|收款确认|收款证明|已收到|今收到|收讫")


def _noted_role(doc: Document, hit: Hit, role: str, defined: dict[str, str] | None = None) -> str:
    """The role a label's bracketed note names; else the role the document's notes gave the same
    label elsewhere (甲方（分包人） in the heading makes the 甲方 signing below the subcontractor)."""
    text = hit.page.text
    start = hit.end + SEPARATOR.match(text[hit.end:hit.line_end]).end()
    note = ROLE_NOTE.match(text[start:hit.line_end])
    if note and doc.doc_type == "contract" and re.search(r"[供需买卖]", text[hit.start:hit.end]):
        return role    # 供方（甲方）: supply and demand decide the role, 甲/乙 only the order
    if note and _ORDER_NOTE.match(note.group(0)) and _names_a_side(doc.doc_type, text[hit.start:hit.end]):
        # 出租人（甲方）, 受托方（甲方）: the role noun says the side, 甲/乙 only the order the
        # parties are listed in (a lessor or a service firm is often 甲方 on its own paper)
        return role
    if note:
        for word, noted in ROLE_NOTE_WORDS.get(doc.doc_type, ()):
            if word in note.group(0):
                return noted
    return (defined or {}).get(text[hit.start:hit.end], role)


# a note that only numbers the party (（甲方）, （乙）): the order of listing, not a side of the deal
_ORDER_NOTE = re.compile(r"^[（(]\s*[甲乙丙丁](?:方)?\s*[）)]$")


def _names_a_side(doc_type: str, label: str) -> bool:
    """The label itself holds a word this kind's role notes read as a side (出租人, 委托方, 服务方),
    not only an order word (甲方)."""
    return label not in _ORDER_WORDS and not re.fullmatch(r"[甲乙丙丁]方?", label) and any(
        word in label for word, _ in ROLE_NOTE_WORDS.get(doc_type, ()) if word not in _ORDER_WORDS)


def _roles_by_note(doc: Document, roles: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Per label word, the role its bracketed notes give it in this document, when they agree."""
    seen: dict[str, set[str]] = {}
    for role, labels in roles.items():
        for hit in find_labels(doc, labels):
            noted = _noted_role(doc, hit, "")
            if noted and noted != role:
                seen.setdefault(hit.page.text[hit.start:hit.end], set()).add(noted)
    return {word: next(iter(found)) for word, found in seen.items() if len(found) == 1}


_SUPPLY_DEMAND = ("需方", "买方", "供方", "卖方")


def _role_of_term(doc_type: str) -> Callable[[str], str | None]:
    """The role a defined term (以下简称“委托方”) gives, by this kind's party labels; supply
    and demand words decide over 甲/乙 (甲方（供方）)."""
    labels = PARTY_LABELS.get(doc_type, {})

    def role(term: str) -> str | None:
        term = fold_traditional(term)            # 委託者 is 委托者
        if term in ("甲", "乙", "丙", "丁"):     # 以下简称“甲”: the order word without its 方
            term += "方"
        for word, noted in ROLE_NOTE_WORDS.get(doc_type, ()):
            if word in _SUPPLY_DEMAND and word in term:
                return noted
        return next((r for r, labs in labels.items() if term in labs),
                    next((r for r, terms in LABELS.defined_terms.get(doc_type, {}).items() if term in terms), None))
    return role


def _defined_term(hit: Hit) -> bool:
    """A role word inside a definition (以下简称“委托方”) is no label: its name is before it."""
    before = hit.page.text[max(0, hit.start - 14):hit.start].replace("\n", "")
    return bool(DEFINED_TERM_BEFORE.search(before))


def _inside_longer_label(hit: Hit, labels: tuple[str, ...]) -> bool:
    """A label read inside a longer label of this kind at the same place names that one's role:
    承包人 in 总承包人 is the main contractor, not the contractor of a 承包人 label."""
    text, word = hit.page.text, hit.page.text[hit.start:hit.end]
    for longer in labels:
        at = longer.find(word)
        if len(longer) > len(word) and at >= 0 and text[hit.start - at:hit.start - at + len(longer)] == longer:
            return True
    return False


_ORDER_WORDS = ("甲方", "乙方", "丙方", "丁方")


def _role_note_of_another(doc: Document, hit: Hit, labels: tuple[str, ...]) -> bool:
    """A party word in the bracket after another label (总承包人（甲方）, 甲方（分包人）) is that
    label's note, read by _noted_role; as a label of its own it would give the name twice, once
    under the order word 甲/乙 whatever the role word says. Only where this kind has role notes,
    and only after a label or an order word: after a term the vocabulary does not know
    (用能单位（甲方）) the bracketed word is the only label there is."""
    text = hit.page.text
    return doc.doc_type in ROLE_NOTE_WORDS and hit.start >= 2 and text[hit.start - 1] in "（(" \
        and "\u4e00" <= text[hit.start - 2] <= "\u9fff" and text.startswith(("）", ")"), hit.end) \
        and text.endswith(labels + _ORDER_WORDS, 0, hit.start - 1)


def _whole_bilingual_label(hit: Hit, labels: tuple[str, ...]) -> Hit:
    """An English label glossing the same role's word before it (买方The Buyer) is one label with
    it: it stands where the word starts, so codes and addresses below find it in their column."""
    text = hit.page.text
    line_start = text.rfind("\n", 0, hit.start) + 1
    words = "|".join(re.escape(lab) for lab in sorted(labels, key=len, reverse=True) if not lab.isascii())
    if not words or not text[hit.start:hit.end].isascii():
        return hit
    m = re.search(rf"(?:{words})[ \t]*(?:[A-Za-z]+[ \t]*)?$", text[line_start:hit.start])
    return Hit(hit.page, line_start + m.start(), hit.end) if m else hit


# a role word noted in the bracket after a term that heads the column (甲（委托者／委托方）,
# 甲（委託者）): the term, not the word inside its bracket, stands where the column starts
_NOTE_HEAD = re.compile(r"(?:^|(?<=\s))[\u4e00-\u9fff]{1,4}[（(][^（()）\n]{0,10}$")


def _noted_under_head(hit: Hit) -> Hit:
    """A label read inside the bracket after a column's head term stands where that term starts."""
    text = hit.page.text
    line_start = text.rfind("\n", 0, hit.start) + 1
    m = _NOTE_HEAD.search(text, line_start, hit.start)
    return Hit(hit.page, m.start(), hit.end) if m else hit


# a subject line (关于…供应商选定的签报, 关于选择承包人的请示): the role word is the matter spoken of
_SUBJECT_BEFORE = re.compile(r"关于[^:：\n]*$")


def _in_a_sentence(hit: Hit) -> bool:
    """A role word a clause goes on from (X作为招标人，就…组织招标), or one inside a subject line
    (关于…供应商选定的签报), is a word of a sentence, not a label: no name stands beside it
    because of where it is."""
    text = hit.page.text
    line_start, _ = line_bounds(text, hit.start)
    return text.startswith(("，", ",", "。"), hit.end) or bool(_SUBJECT_BEFORE.search(text, line_start, hit.start))


# 尊敬的供应商： / 亲爱的客户： greets the reader by its role and names no one: the words after it
# (您好！X委托…付款) are the letter's first sentence, not the role's value
_GREETING = re.compile(r"^\s*(?:尊敬的|亲爱的)\s*$")
_GREETING_END = re.compile(r"^\s*[:：,，!！]?\s*$")


def _greeting(hit: Hit) -> bool:
    """The label is the role word of a salutation (尊敬的供应商：), alone on its line."""
    text = hit.page.text
    line_start, line_end = line_bounds(text, hit.start, hit.end)
    return bool(_GREETING.match(text[line_start:hit.start]) and _GREETING_END.match(text[hit.end:line_end]))


def _inside_diagnosed_label(doc: Document, hit: Hit) -> bool:
    """诊断单位 / 评估单位 (the diagnosing firm) read inside 受诊断单位 / 被评估单位 (the diagnosed one)."""
    return doc.doc_type == "diagnosis_report" and hit.start > 0 and hit.page.text[hit.start - 1] in "受被" \
        and hit.page.text[hit.start:hit.end].startswith(("诊断", "评估"))


def _opposed_labels_only(doc: Document, roles: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """A label whose stem has a counterpart (接收单位 against 移交单位) names its side only on a
    paper that labels the other side too: a handover's receiving party is the customer, but a
    work-contact letter's 接收单位 is merely whom it was sent to (often the supplier)."""
    stems = LABELS.counterpart_stems
    if not stems:
        return roles
    text = doc.text

    def labelled(stem: str) -> bool:
        return any(stem + noun in text for noun in PARTY_NOUNS)

    def kept(label: str) -> bool:
        stem = next((s for s in stems if label.startswith(s) and label[len(s):] in PARTY_NOUNS), None)
        return stem is None or labelled(stems[stem])
    return {role: tuple(label for label in labels if kept(label)) for role, labels in roles.items()}


def extract_parties(doc: Document) -> dict[str, list[tuple[Hit, Extracted]]]:
    """Per role, the names found after its labels: names shaped like an organisation first,
    then in reading order."""
    roles = _opposed_labels_only(doc, PARTY_LABELS.get(doc.doc_type, {}))
    found: dict[str, list[tuple[Hit, Extracted]]] = {}
    # a definition (X（以下简称“委托方”）) states the role outright: it comes first
    for hit in defined_parties(doc.pages, _role_of_term(doc.doc_type)):
        item = extracted(doc, hit.page, hit.start, hit.end, hit.name, [f"角色来自{hit.means}"])
        found.setdefault(hit.role, []).append((Hit(hit.page, hit.start, hit.end), item))
    # a name followed by its role in brackets (X有限公司（建设单位）) states that role outright too
    for role, hit, value in _parties_by_trailing_note(doc, roles):
        found.setdefault(role, []).append((hit, value))
    label_hits: list[tuple[str, Hit]] = []
    every_label = tuple(lab for labels in roles.values() for lab in labels)
    defined = _roles_by_note(doc, roles) if doc.doc_type in ROLE_NOTE_WORDS else {}
    for role, labels in roles.items():
        label_hits.extend((role, hit) for hit in find_labels(doc, labels, strict=False)
                          if not _inside_diagnosed_label(doc, hit) and not _defined_term(hit)
                          and not _inside_longer_label(hit, every_label) and not _role_note_of_another(doc, hit, every_label)
                          and not _in_a_sentence(hit) and not _greeting(hit))
        for hit in find_labels(doc, labels):
            if _inside_diagnosed_label(doc, hit) or _defined_term(hit) or _inside_longer_label(hit, every_label) \
                    or _role_note_of_another(doc, hit, every_label) or _greeting(hit) or _note_after_a_name(hit):
                continue
            value = _party(doc, hit)
            if value is None or (doc.doc_type == "payment_proof" and _is_bank(value.value)
                                  and not _label_names_a_bank(hit)):
                continue
            hit = _noted_under_head(_whole_bilingual_label(hit, labels))
            found.setdefault(_noted_role(doc, hit, role, defined), []).append((hit, value))
    if doc.doc_type == "payment_proof" and not ("payer" in found and "payee" in found):
        for role, hit, value in (_parties_by_swift_tags(doc) or _parties_by_column(doc) or _parties_by_own_side(doc)
                                 or _parties_by_voucher(doc)):
            found.setdefault(role, []).append((hit, value))
    if doc.doc_type == "payment_proof" and not ("payer" in found and "payee" in found):
        for role, hit, value in _parties_by_garbled_label(doc):
            if role not in found:
                found[role] = [(hit, value)]
    if any(role not in found for role in roles):
        # 开立方（承诺付款方） X, 持有人（收款方） Y: a term this vocabulary does not know whose note
        # names the role
        for role, hit, value in _parties_by_role_note(doc, roles):
            if role not in found:
                found.setdefault(role, []).append((hit, value))
    missing = [role for role in roles if role not in found]
    if missing:
        for role, hit, value in _parties_by_position(doc, label_hits):
            # one organisation is not both sides: a name another role's label or definition
            # holds is not this role's by its place on the page
            held = any(item.value == value.value for other, values in found.items() if other != role
                       for _, item in values)
            if role in missing and not held and not (doc.doc_type == "payment_proof" and _is_bank(value.value)):
                found.setdefault(role, []).append((hit, value))
    if doc.doc_type == "diagnosis_report" and "customer" in roles and "customer" not in found:
        for hit, value in _parties_by_recipient_label(doc):
            found.setdefault("customer", []).append((hit, value))
            break
    missing = [role for role in roles if role not in found]
    if missing:
        # no label names them: the sentence that states the role does (我公司（X）…向Y支付)
        for hit in parties_by_statement(doc.doc_type, doc.pages):
            if hit.role in missing:
                item = extracted(doc, hit.page, hit.start, hit.end, hit.name, [f"角色来自陈述：{hit.means}"])
                found.setdefault(hit.role, []).append((Hit(hit.page, hit.start, hit.end), item))
    _one_firm_on_both_sides(doc, found)
    issued_by = ISSUER_ROLE.get(doc.doc_type)
    if issued_by and issued_by not in found:
        # nothing names the role: the document's issuer holds it (a customer's acceptance
        # letter, a purchaser's notice, a payer's letter), as its signature or letterhead shows
        hit = issuer_of(doc.pages)
        if hit is not None and doc.doc_type == "payment_proof" and (
                _is_bank(hit.name) or _ISSUED_BY_PAYEE.search(doc.text)
                or any(item.value == hit.name for _, item in found.get("payee", []))):
            hit = None
        if hit is not None and any(_read_as_one(item, hit.name) for role, values in found.items()
                                   if role != issued_by for _, item in values):
            hit = None      # the issuer is the other side already (a supplier's own approval record)
        if hit is not None:
            item = extracted(doc, hit.page, hit.start, hit.end, hit.name, [f"取自出具单位（{hit.means}）"])
            found.setdefault(issued_by, []).append((Hit(hit.page, hit.start, hit.end), item))
    _drop_addressee_of_the_other_side(found)
    for values in found.values():
        values.sort(key=lambda hv: hv[1].review_reason is not None)  # stable: reading order kept
        for _, item in values:
            repair_district(item)
    return found


def _drop_addressee_of_the_other_side(found: dict[str, list[tuple[Hit, Extracted]]]) -> None:
    """致 X opens a letter to whoever did not write it: a purchaser's notice to its supplier, but
    a supplier's quotation to its buyer. When another label gives X the other role (确认单位 X
    countersigning the quotation), the salutation named that side, not this one."""
    def salutation(hit: Hit) -> bool:
        return hit.page.text[hit.start:hit.end] == "致"

    labelled = {role: {item.value for hit, item in values if not salutation(hit)} for role, values in found.items()}
    for role in list(found):
        others = set().union(*(names for other, names in labelled.items() if other != role))
        kept = [(hit, item) for hit, item in found[role]
                if not (salutation(hit) and any(_same_firm(item.value, name) for name in others))]
        if kept:
            found[role] = kept
        else:
            del found[role]


def _one_firm_on_both_sides(doc: Document, found: dict[str, list[tuple[Hit, Extracted]]]) -> None:
    """One organisation is not both sides. When the names first read for two roles are one firm
    and the document's sentence states the sides (贵单位…向我公司（X）支付: the addressee paid X),
    the role whose reading the sentence contradicts takes the name the sentence gives it; a
    label's neighbour (付款单位确认：情况属实 X, X signing the letter in the next column) is
    read beside the label, not stated as its value."""
    if len(found) < 2:
        return
    stated: dict[str, list] | None = None     # read only once two roles share a name
    for role, values in list(found.items()):
        first = values[0][1]
        for other, other_values in found.items():
            if other == role or not _read_as_one(first, other_values[0][1]):
                continue
            if stated is None:
                stated = {}
                for hit in parties_by_statement(doc.doc_type, doc.pages):
                    stated.setdefault(hit.role, []).append(hit)
            # the sentence puts the shared name on the other side, and names this side apart
            backs_other = any(_read_as_one(other_values[0][1], h.name) for h in stated.get(other, []))
            mine = [h for h in stated.get(role, []) if not _read_as_one(other_values[0][1], h.name)]
            if not backs_other or not mine:
                continue
            items = [(Hit(h.page, h.start, h.end),
                      extracted(doc, h.page, h.start, h.end, h.name,
                                [f"角色来自陈述：{h.means}", "标签旁的名称陈述为另一方，按陈述取值"]))
                     for h in mine]
            found[role] = items + [(hit, item) for hit, item in values if not _read_as_one(item, other_values[0][1])]
            break


def _read_as_one(a: Extracted | str, b: Extracted | str) -> bool:
    """Two readings of one firm's name; OCR may misread up to one character in six."""
    ocr = any(isinstance(x, Extracted) and x.provenance.method.startswith("ocr") for x in (a, b))
    va, vb = (x.value if isinstance(x, Extracted) else x for x in (a, b))
    if not isinstance(va, str) or not isinstance(vb, str):
        return False
    if _same_firm(va, vb):
        return True
    return ocr and len(va) == len(vb) and sum(x != y for x, y in zip(va, vb)) <= len(va) // 6


def _same_firm(a: str, b: str) -> bool:
    """Two readings of one name (OCR may read a rare character differently each time)."""
    return a == b or (len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= max(1, len(a) // 8))


# OCR drops one of a pair of brackets around a place in a name: 昊天天津）轴承 → 昊天（天津）轴承
_HALF_BRACKETED_PLACE = re.compile(r"(?<![（(])(天津|北京|上海|重庆|河北|山东|江苏|浙江|广东|中国)[）)]")


def repair_district(item: Extracted) -> Extracted:
    """An OCR'd name or address with a district one character off (宝纸区) reads as that
    district (宝坻区), and a place that lost its opening bracket gets it back; each repair
    is listed with the value's checks, never silent."""
    if item.provenance.method.startswith("ocr") and isinstance(item.value, str):
        item.value, repairs = repair_tianjin_district(item.value)
        item.checks.extend(f"天津区名校正：{r}" for r in repairs)
        if "（" not in item.value and "(" not in item.value and _HALF_BRACKETED_PLACE.search(item.value):
            item.value = _HALF_BRACKETED_PLACE.sub(r"（\1）", item.value, count=1)
            item.checks.append("补全括号")
    return item


def _is_bank(name: str) -> bool:
    """Receipts name the banks beside the parties; a payer or payee is never the bank itself."""
    return bool(_BANK.search(name) or "银行" in name or "信用社" in name)


is_bank = _is_bank   # public: reconciliation leaves banks out of a paper's parties too


def _label_names_a_bank(hit: Hit) -> bool:
    """A party label that is itself a bank's role (融资行, 保理银行, 放款行): the bank lends its
    own money (a factoring or loan disbursement), so it is the party, not the channel."""
    return hit.page.text[hit.start:hit.end].replace("\n", "").endswith("行")


def _parties_by_swift_tags(doc: Document):
    """Payer and payee of a SWIFT message: the first organisation in its ordering-customer field
    (:50K:) and in its beneficiary field (:59:), both or neither."""
    out: dict[str, tuple] = {}
    for page in doc.pages:
        for tag, start, end in tagged_fields(page.text):
            role = "payer" if tag in PAYER_TAGS else "payee" if tag in PAYEE_TAGS else None
            if role is None or role in out:
                continue
            orgs = [o for o in find_organizations(page.text[start:end])
                    if plausible_organisation(o.text) and not _is_bank(o.text)]
            if orgs:
                o = orgs[0]
                out[role] = (Hit(page, start, end), extracted(
                    doc, page, start + o.start, start + o.end, normalize_name(o.text),
                    ["公司名称格式", f"SWIFT 报文 :{tag}: 栏（{'汇款人' if role == 'payer' else '收款人'}）"]))
    if len(out) < 2 or out["payer"][1].value == out["payee"][1].value:
        return []
    return [(role, hit, value) for role, (hit, value) in out.items()]


# bank receipt grids: each party is a column block of 户名/全称, 账号, 开户行 rows, its role
# written once beside the block, often vertically (付/款/人) across the rows
_NAME_ROW_LABEL = re.compile(r"(?:户\s*名|全\s*称|账户名称|单位名称|名\s*称)[\s:：]*")
_ROLE_ANCHOR = re.compile(
    r"(?P<payer>[付缴交]\s*款\s*(?:人|方|单位)|出\s*票\s*人|汇\s*款\s*人)(?!\s*(?:开户|账号|签章|地址))"
    r"|(?P<payee>收\s*款\s*(?:人|方|单位))(?!\s*(?:开户|账号|签章|地址))"
    # a role written over two lines of its cell (收款 / 单位) that OCR reads apart from its noun
    # (单位收款全称, 收款 全称 … 单位): the role word right before the name row's label
    r"|(?:(?P<payer_w>[付缴交]\s*款)|(?P<payee_w>收\s*款))(?=\s*(?:全\s*称|户\s*名))"
    # one character of a vertical label; OCR may run it into the row label beside it (出全称)
    r"|(?<![\u4e00-\u9fff])(?:(?P<payer_v>[付出汇])|(?P<payee_v>收))"
    r"(?=[^\u4e00-\u9fff]|$|全\s*称|户\s*名|账\s*号|开户|名\s*称)")
ANCHOR_MAX_ROWS_AWAY = 0.2  # of the page height: a role label sits beside its block


def _parties_by_column(doc: Document):
    """Payer and payee of a two-column receipt grid: each 户名/全称 value takes the role label
    nearest to its left (the label heading its column block)."""
    out = []
    for page in doc.pages:
        names = []
        for m in _NAME_ROW_LABEL.finditer(page.text):
            line_end = page.text.find("\n", m.end())
            line_end = len(page.text) if line_end < 0 else line_end
            nxt = _NAME_ROW_LABEL.search(page.text, m.end(), line_end)
            region_end = nxt.start() if nxt else line_end
            orgs = [o for o in find_organizations(page.text[m.end():region_end])
                    if not _is_bank(o.text) and not name_fragment(o.text)]
            if orgs:
                start, end = m.end() + orgs[0].start, m.end() + orgs[0].end
                box, _ = page.locate(start, end)
                if box is not None:
                    names.append((start, end, box, normalize_name(orgs[0].text)))
        anchors = []
        for m in _ROLE_ANCHOR.finditer(page.text):
            role = "payer" if (m.group("payer") or m.group("payer_v") or m.group("payer_w")) else "payee"
            box, _ = page.locate(m.start(), m.end())
            if box is not None:
                anchors.append((role, Hit(page, m.start(), m.end()), box))
        if len({role for role, _, _ in anchors}) < 2:
            continue
        assigned: dict[str, tuple[Hit, Extracted]] = {}
        for start, end, box, name in names:
            centre = (box[1] + box[3]) / 2
            near = [(a_box[0], -abs((a_box[1] + a_box[3]) / 2 - centre), role, hit)
                    for role, hit, a_box in anchors
                    if a_box[0] <= box[0] + 0.005 and abs((a_box[1] + a_box[3]) / 2 - centre) <= ANCHOR_MAX_ROWS_AWAY]
            if not near:
                continue
            _, _, role, hit = max(near, key=lambda n: (n[0], n[1]))
            if role not in assigned:
                assigned[role] = (hit, extracted(doc, page, start, end, name,
                                                  ["公司名称格式", "按回单栏位对应付款人/收款人"]))
        if len(assigned) == 2 and assigned["payer"][1].value != assigned["payee"][1].value:
            out.extend((role, hit, value) for role, (hit, value) in assigned.items())
            break
    return out


# OCR garbles the middle of a receipt's row label (付款账户名 read 付载班户名, 收款人户名 read
# 收教量户名) yet keeps the role character opening the row and the 户名/全称 closing the label
_GARBLED_ROW_LABEL = re.compile(r"^[ \t]*(?P<role>[付收])[^\s\d:：]{0,3}(?:户名|全称)[ \t:：]*", re.M)


def _parties_by_garbled_label(doc: Document):
    """Payer and payee of an OCR'd receipt from rows whose label OCR garbled: 付…户名 and 收…户名;
    a role opening two such rows names no one."""
    rows: dict[str, list[tuple[Hit, Extracted]]] = {}
    for page in doc.pages:
        if not page.method.startswith("ocr"):
            continue
        for m in _GARBLED_ROW_LABEL.finditer(page.text):
            line_end = page.text.find("\n", m.end())
            line_end = len(page.text) if line_end < 0 else line_end
            orgs = [o for o in find_organizations(page.text[m.end():line_end])
                    if plausible_organisation(o.text) and not _is_bank(o.text)]
            if orgs:
                start, end = m.end() + orgs[0].start, m.end() + orgs[0].end
                role = "payer" if m.group("role") == "付" else "payee"
                rows.setdefault(role, []).append((Hit(page, m.start(), m.end()), extracted(
                    doc, page, start, end, normalize_name(orgs[0].text),
                    ["公司名称格式", "OCR 标签残缺，按行首付/收与户名对应"])))
    return [(role, *items[0]) for role, items in rows.items() if len(items) == 1]


# 受检企业, 被会诊单位, 受审企业: a label opening with 受/被 names the firm that underwent
# something (an inspection, a consultation, an audit); in a diagnosis that is the diagnosed firm.
# OCR may garble the middle of such a label (受格企业), so only its shape is asked: 受/被, a few
# characters, then the name right after it on the line.
_RECIPIENT_LABEL = re.compile(r"(?:^|(?<=\s))[受被][\u4e00-\u9fff]{1,5}[ \t]*[:：“”\"']?[ \t]*$")


def _parties_by_recipient_label(doc: Document):
    """The diagnosed firm after a label shaped 受…/被… (受检企业 X) that the vocabulary does
    not know; the first such name in reading order."""
    for page in doc.pages:
        for org in find_organizations(page.text):
            line_start = page.text.rfind("\n", 0, org.start) + 1
            if not _RECIPIENT_LABEL.search(page.text[line_start:org.start]):
                continue
            name = normalize_name(org.text)
            if plausible_organisation(name):
                yield Hit(page, org.start, org.end), extracted(
                    doc, page, org.start, org.end, name, ["公司名称格式", "标签为受/被…（受诊断一方）"])


def _salutation(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) opens a letter: alone on its line, followed by a colon."""
    line_start, line_end = line_bounds(text, start, end)
    return not text[line_start:start].strip(" 致") and bool(re.fullmatch(r"\s*[:：]\s*", text[end:line_end]))


_SAME_COLUMN = 0.015     # page fraction: labels starting this close are one column


def _parties_by_position(doc: Document, label_hits: list[tuple[str, Hit]]):
    """Names whose label is not before them in reading order: the nearest label to the left
    within a few lines above or below (grids centre a label on a row-spanning cell)."""
    out = []
    for page in doc.pages:
        labels = [(role, hit, page.locate(head.start, head.end)[0]) for role, hit in label_hits
                  if hit.page is page for head in [_noted_under_head(hit)]]
        labels = [(r, h, b) for r, h, b in labels if b is not None]
        if not labels:
            continue
        for org in find_organizations(page.text):
            if _BANK.search(org.text) or _salutation(page.text, org.start, org.end):
                continue     # a letter's addressee (X公司：) is spoken to, not labelled
            if not plausible_organisation(normalize_name(org.text)):
                continue     # 信息中心, 财务部: a department in prose is no party
            box, _ = page.locate(org.start, org.end)
            if box is None:
                continue
            centre = (box[1] + box[3]) / 2
            near = [(lb[0], abs((lb[1] + lb[3]) / 2 - centre), role, hit) for role, hit, lb in labels
                    if lb[0] <= box[0] + 0.005 and abs((lb[1] + lb[3]) / 2 - centre) <= 0.06]
            if near:
                # the nearest column of labels to the left; in it, the label on the name's row:
                # labels stacked in one column start a hair apart, which says nothing
                column = max(x for x, _, _, _ in near)
                _, _, role, hit = min((c for c in near if c[0] >= column - _SAME_COLUMN), key=lambda c: c[1])
                value = extracted(doc, page, org.start, org.end, normalize_name(org.text),
                                   ["公司名称格式", "按版面位置对应标签"])
                out.append((role, hit, value))
    return out


def owner_role(party_hits: list[tuple[str, Hit]], page: PageText, pos: int) -> str | None:
    """The party a code or address belongs to: the nearest party label before it whose
    column contains it (side-by-side forms put both parties on one row)."""
    box, _ = page.locate(pos, pos + 1)
    best: tuple[float, int, str] | None = None
    for role, hit in party_hits:
        if hit.page is not page or hit.start > pos:
            continue
        label_box, _ = page.locate(hit.start, hit.end)
        if box and label_box and label_box[0] > box[0] + 0.02:
            continue  # label sits right of the value: another column
        key = (label_box[0] if label_box else 0.0, hit.start, role)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


# An account holder's own advice names the parties 本方 (the holder) and 对方 (the counterparty);
# which of them paid is what the entry's direction says: a credit (贷, 收入, 入账) was paid to the
# holder, a debit (借, 支出) by it. Without a stated direction the roles stay unknown.
_SIDE_LABEL = re.compile(r"(?P<side>本方|我方|对方)\s*(?:户名|账户名称|账户户名|单位名称|名称|单位)\s*[:：]?\s*"
                         # an advice's own account, named with no side (账户名称 Account Name X): the holder's
                         r"|(?m:^)\s*(?P<holder>账户名称|账户户名|账户名)\s*(?:Account\s*Name)?\s*[:：]?\s*"
                         # a bank's advice to the holder of the account it moved (致 X：贵单位账号…已借记)
                         r"|(?m:^)\s*(?P<addressee>致|尊敬的(?:客户)?)\s*[:：]?\s*")
# the advice speaks to the holder of the account it moved: 贵单位账号, 贵公司账户, 您尾号…的账户
_ADDRESSEE_HOLDS = re.compile(r"(?:贵|您)(?:单位|公司|司|方|的)?(?:在我行)?(?:开立的)?(?:尾号\s*\d+\s*的?)?\s*(?:账号|账户|帐号|帐户|结算账户)")
def _entry_direction(text: str) -> str | None:
    """Which way an account holder's advice says the money went: its words for money in or out
    (vocabulary `entry_direction`), or a figure printed with its sign (+2,000.00 in)."""
    signs = {sign for sign, _ in signed_figure_lines(text)}
    credit = bool(LABELS.entry_direction["credit"].search(text)) or "+" in signs
    debit = bool(LABELS.entry_direction["debit"].search(text)) or "-" in signs
    if credit == debit:
        return None
    return "credit" if credit else "debit"


def _parties_by_own_side(doc: Document):
    direction = _entry_direction(doc.text)
    if direction is None:
        return []
    roles = {"本方": "payee", "我方": "payee", "对方": "payer"} if direction == "credit" else \
        {"本方": "payer", "我方": "payer", "对方": "payee"}
    out: dict[str, tuple] = {}
    for page in doc.pages:
        for m in _SIDE_LABEL.finditer(page.text):
            if m.group("addressee") and not _ADDRESSEE_HOLDS.search(doc.text):
                continue     # a letter's addressee is no account holder unless its account is the one moved
            role = roles[m.group("side") or "本方"]
            if role in out:
                continue
            hit = Hit(page, m.start(), m.end())
            line_end = hit.line_end
            nxt = _SIDE_LABEL.search(page.text, m.end(), line_end)
            region_end = nxt.start() if nxt else line_end
            orgs = [o for o in find_organizations(page.text[m.end():region_end])
                    if not _is_bank(o.text) and not name_fragment(o.text)]
            if orgs:
                start, end = m.end() + orgs[0].start, m.end() + orgs[0].end
                out[role] = (hit, extracted(doc, page, start, end, normalize_name(orgs[0].text),
                                            ["公司名称格式", f"本方/对方按借贷方向（{'贷记：对方付款' if direction == 'credit' else '借记：本方付款'}）对应"]))
    if not out or (len(out) == 2 and out["payer"][1].value == out["payee"][1].value):
        return []
    # one side alone (the holder of a debit advice): the caller keeps what labels named already
    return [(role, hit, value) for role, (hit, value) in out.items()]


_NOTED_TERM = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}[（(](?P<note>[^（()）\n]{1,10})[）)]\s*[:：]?\s*")


def _parties_by_role_note(doc: Document, roles: dict[str, tuple[str, ...]]):
    """Names after a term whose bracketed note is one of this kind's party labels (持有人（收款方）)."""
    out = []
    words = sorted(((lab, role) for role, labels in roles.items() for lab in labels if len(lab) >= 2),
                   key=lambda lr: -len(lr[0]))
    for page in doc.pages:
        for m in _NOTED_TERM.finditer(page.text):
            note = m.group("note")
            role = next((r for lab, r in words if lab in note), None)
            if role is None:
                continue
            hit = Hit(page, m.start(), m.end())
            nxt = ANY_LABEL.search(page.text, m.end(), hit.line_end)
            nxt_term = _NOTED_TERM.search(page.text, m.end(), hit.line_end)
            region_end = min(x.start() for x in (nxt, nxt_term) if x) if (nxt or nxt_term) else hit.line_end
            orgs = [o for o in find_organizations(page.text[m.end():region_end])
                    if plausible_organisation(o.text) and not _is_bank(o.text)]
            if orgs:
                start, end = m.end() + orgs[0].start, m.end() + orgs[0].end
                out.append((role, hit, extracted(doc, page, start, end, normalize_name(orgs[0].text),
                                                 ["公司名称格式", f"角色来自括注「{note}」"])))
    return out


def _note_after_a_name(hit: Hit) -> bool:
    """The label stands alone in brackets right after an organisation's name (X有限公司（建设单位）):
    it notes that name's role; the value after it belongs to someone else."""
    text = hit.page.text
    if hit.start < 1 or text[hit.start - 1] not in "（(" or not text.startswith(("）", ")"), hit.end):
        return False
    return _name_ending_at(text, hit.start - 1) is not None


def _name_ending_at(text: str, at: int) -> tuple[int, str] | None:
    """The organisation whose name ends right at `at` on its line (its start and name), if any."""
    line_start = text.rfind("\n", 0, at) + 1
    head = text[line_start:at]
    orgs = [o for o in find_organizations(head) if o.end == len(head) and plausible_organisation(o.text)]
    return (line_start + orgs[-1].start, orgs[-1].text) if orgs else None


_BRACKETED = re.compile(r"[（(](?P<note>[^（()）\n]{1,10})[）)]")


def _parties_by_trailing_note(doc: Document, roles: dict[str, tuple[str, ...]]):
    """Names followed by one of this kind's party labels in brackets: X有限公司（建设单位）,
    Y有限公司（实施单位）. The bracket states the role of the name before it."""
    label_role = {lab: role for role, labels in roles.items() for lab in labels if len(lab) >= 2}
    out = []
    for page in doc.pages:
        for m in _BRACKETED.finditer(page.text):
            role = label_role.get(m.group("note").strip())
            if role is None:
                continue
            named = _name_ending_at(page.text, m.start())
            if named is None or _is_bank(named[1]):
                continue
            start, name = named
            out.append((role, Hit(page, m.start(), m.end()),
                        extracted(doc, page, start, start + len(name), normalize_name(name),
                                  ["公司名称格式", f"角色来自名称后的括注「{m.group('note')}」"])))
    return out


# An accounting voucher (记账凭证) is the book-keeper's record of one entry of the unit it is kept
# for (核算单位): 应付账款—X settled from 银行存款 is a payment by the unit to X; 应收账款—X
# settled into 银行存款 a payment by X to the unit. The sub-account (明细科目) follows its general
# account after a dash (应付账款—X) or, in a voucher with separate columns, after a gap.
_VOUCHER_UNIT = re.compile(r"(?:核算单位|编制单位|记账单位)\s*[:：]?\s*")
_LEDGER_PARTY = re.compile(r"(?P<account>应付账款|应收账款)(?:\s*[一—\-–－_]+\s*|[ \t]+)")


def _parties_by_voucher(doc: Document):
    if not re.search(r"记账.证", doc.text.replace(" ", "")) or "银行存款" not in doc.text:
        return []
    unit = None
    for page in doc.pages:
        for m in _VOUCHER_UNIT.finditer(page.text):
            hit = Hit(page, m.start(), m.end())
            orgs = [o for o in find_organizations(page.text[m.end():hit.line_end]) if plausible_organisation(o.text)]
            if orgs and unit is None:
                o = orgs[0]
                unit = (hit, extracted(doc, page, m.end() + o.start, m.end() + o.end, normalize_name(o.text),
                                       ["公司名称格式", "记账凭证的核算单位"]))
    counterparts: dict[str, tuple] = {}
    for page in doc.pages:
        for m in _LEDGER_PARTY.finditer(page.text):
            hit = Hit(page, m.start(), m.end())
            orgs = [o for o in find_organizations(page.text[m.end():hit.line_end]) if plausible_organisation(o.text)]
            if orgs and orgs[0].start == 0 and m.group("account") not in counterparts:
                o = orgs[0]
                counterparts[m.group("account")] = (hit, extracted(
                    doc, page, m.end() + o.start, m.end() + o.end, normalize_name(o.text),
                    ["公司名称格式", f"记账凭证的{m.group('account')}明细科目"]))
    if unit is None or len(counterparts) != 1:
        return []            # both accounts, or neither: the entry's direction is not plain
    account, (hit, other) = next(iter(counterparts.items()))
    if account == "应付账款":
        return [("payer", unit[0], unit[1]), ("payee", hit, other)]
    return [("payer", hit, other), ("payee", unit[0], unit[1])]
