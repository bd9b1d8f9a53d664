"""Contract, order and procurement-project numbers, as written (文号 style included)."""

from __future__ import annotations

import re
import unicodedata

from pipeline.extract.fields.hits import (ANY_LABEL, column_region, extracted, find_labels, label_alternatives,
                                         line_bounds, line_starts_at, located_words, value_region)
from pipeline.extract.fields.swift import REMITTANCE_TAGS, tagged_fields
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.extract.script_forms import fold_traditional
from pipeline.models import Document, Extracted, PageText
from pipeline.parsing.dates import parse_date

_PROCEDURE_BEFORE = re.compile(r"(?:询价|询比价|比价|报价|招标|比选|谈判|磋商|竞价|申请|请购)\s*$")
# The parts of a 文号 (津智造〔2023〕第12号, TJZN(2023)采字第017号): a code (Latin or Chinese),
# the year in brackets, an optional 采字, the ordinal and its 号. Every 文号 pattern below is
# built from these, so a new bracket or 字 form is taught once.
_WH_LATIN_CODE = r"[A-Za-z][A-Za-z0-9\-]{0,12}"
_WH_CODE = rf"(?:{_WH_LATIN_CODE}|[\u4e00-\u9fff]{{1,8}})"
_WH_OPEN, _WH_CLOSE = r"[〔\[(（【]", r"[〕\])）】]"
_WH_YEAR = rf"{_WH_OPEN} ?\d{{4}} ?{_WH_CLOSE}"
_WH_ZI = r"(?:[\u4e00-\u9fff]{1,3}字)?第?"
_WH_ORDINAL = rf"{_WH_ZI} ?[A-Za-z0-9\-]{{1,12}} ?号"

# HT-2023-0457, TJZN(2023)018号, 津智造〔2023〕12号 (a 文号: its Chinese prefix and 号 belong to it)
_CONTRACT_NO = re.compile(
    # 文号 style: HCZN（2023）采字第0753号, 津智造〔2022〕19号
    # (OCR may lose the bracket before the year: 甲方采字2023]第8号 still closes it and ends in 号)
    rf"{_WH_CODE} ?{_WH_OPEN}? ?\d{{4}} ?{_WH_CLOSE} ?{_WH_ORDINAL}"
    r"|[\u4e00-\u9fff]{1,8} ?[〔\[(（【] ?\d{4} ?[〕\])）】] ?[A-Za-z0-9\-]{1,12}号?"
    r"|[A-Za-z0-9][A-Za-z0-9\-_/.〔〕\[\]（）()]{2,40}")
_BRACKETED = re.compile(r"[〔\[(（【]\d{4}[〕\])）】]")
_CONTRACT_NO_IN_TEXT = re.compile(
    # 合同（2024）采字第138号: a 文号 with no prefix, right after 合同 (its bracket is the year's)
    r"合同\s*([（(〔\[【]\d{4}[)）〕\]】](?:[\u4e00-\u9fff]{1,3}字)?第?[A-Za-z0-9\-]{1,12}号)"
    # 合同编号拟定为…: a letter of intent states the number the contract is to bear
    # (or its first letters, when a sentence's line wrap cut it: 合同编号定为AB-⏎2023-017。)
    r"|合同[（(]?(?:编号|号)?[:：\s]*(?:(?:拟定|暂定|确定|定)?\s*为\s*)?"
    r"([A-Za-z0-9][A-Za-z0-9\-_/]{3,40}|[A-Za-z][A-Za-z\-_/]{0,2}(?=\n))"
    r"|(?<![A-Za-z0-9])((?:[A-Za-z][A-Za-z0-9\-_/]*|[\u4e00-\u9fff]{1,8})[(（〔\[【]\d{4}[)）〕\]】]"
    r"(?:[\u4e00-\u9fff]{1,3}字)?第?[A-Za-z0-9\-]{1,12}号?)(?=合同)")
# what a purpose line puts before a 文号: 支付津智造〔2022〕19号合同进度款
_PAYMENT_VERB = re.compile(r"^(?:支付|付款|预付|结算|偿付|付|按|根据|依据|用于)")


# An English heading may share the line before the label (ORDER FORM订单编号：…, SOW 编号：…).
_LATIN_HEAD = re.compile(r"[A-Za-z][A-Za-z .&/-]*\s*$")


def _heads_its_line(text: str, pos: int) -> bool:
    line_start, _ = line_bounds(text, pos)
    return line_starts_at(text, pos) or bool(_LATIN_HEAD.fullmatch(text, line_start, pos))


# the label of another contract's number, holding a contract-number label (借款合同编号 holds 合同编号):
# a bank's voucher of an entrusted loan payment names the loan contract, not the one the payment settles
_OTHER_CONTRACT_LABEL = (re.compile(label_alternatives(LABELS.other_contract_no_labels))
                         if LABELS.other_contract_no_labels else None)


def _in_other_contracts_label(page: PageText, start: int, end: int) -> bool:
    """text[start:end] (a contract-number label, or where a number read from prose starts) lies in
    the label of another contract's number (a loan's, a guarantee's), or is a bare label glossing
    the title of another agreement (《资金监管协议》（协议编号：…）)."""
    if _OTHER_CONTRACT_LABEL is None:
        return False
    text = fold_traditional(page.text)
    if any(m.start() <= start and end <= m.end() for m in _OTHER_CONTRACT_LABEL.finditer(text)
           if m.start() < end and start < m.end()):
        return True
    return _glosses_other_agreements_title(text, start, end)


# a quoted title and the bracket opening its gloss: 《借款合同》（合同编号：…）. OCR may misread the
# closing 》 as a bracket (《借款合同)(合同编号) or double the opening one.
_OTHER_CONTRACT_LABEL_END = (re.compile("(?:" + label_alternatives(LABELS.other_contract_no_labels) + ")$")
                             if LABELS.other_contract_no_labels else None)
_TITLE_BEFORE_GLOSS = re.compile(r"《([^《》\n]{1,40}?)\s*[》)）]\s*[(（]{1,2}\s*$")


def _glosses_other_agreements_title(text: str, start: int, end: int) -> bool:
    """The label text[start:end] (协议编号, 合同号) stands in brackets right after a quoted title:
    it numbers the paper that title names. Joined to the title (资金监管协议 + 协议编号 makes
    资金监管协议编号), it is another agreement's number when that joined label is one."""
    m = _TITLE_BEFORE_GLOSS.search(text, max(0, start - 48), start)
    if m is None:
        return False
    # where a number was read from prose, only its 合同 is marked: the label runs on (合同编号)
    whole = _CONTRACT_NO_LABEL.match(text, start)
    title, label = m.group(1).strip(), text[start:max(end, whole.end() if whole else end)]
    # the title's last word is the label's first (协议 in 协议编号): they overlap once joined
    overlap = next((k for k in range(min(len(title), len(label)), 0, -1) if title.endswith(label[:k])), 0)
    joined = title + label[overlap:]
    return bool(_OTHER_CONTRACT_LABEL_END.search(joined))


# a framework agreement's number (框架协议编号) on a call-off notice that still asks for the
# project's own contract to be signed (请于…签订项目合同): the deal's contract does not exist yet,
# the framework's number is another agreement's (a purchase order placed under the framework,
# asking no new contract, cites it as its contract)
_FRAMEWORK_LABEL = re.compile(r"框架(?:协议|合同)\s*(?:编号|编码|号码|号)")
_CONTRACT_TO_BE_SIGNED = re.compile(r"(?:请|须|需|应|尽快)[^。；;]{0,20}(?<!已)(?:签订|签署|订立)[^。；;]{0,8}?(?:合同|协议)(?!编号)")


def _framework_number_of_a_call_off(doc: Document, page: PageText, start: int) -> bool:
    if doc.doc_type != "procurement_proof":
        return False
    label = _FRAMEWORK_LABEL.search(page.text, max(0, start - 8), start + 8)
    return label is not None and bool(_CONTRACT_TO_BE_SIGNED.search(doc.text.replace("\n", "")))


def labelled_number(doc: Document, labels: tuple[str, ...], at_line_start: bool = False) -> Extracted | None:
    for hit in find_labels(doc, labels):
        if at_line_start and not _heads_its_line(hit.page.text, hit.start):
            continue
        if _in_other_contracts_label(hit.page, hit.start, hit.end):
            continue    # 借款合同编号: the loan's number, not the contract's
        if _framework_number_of_a_call_off(doc, hit.page, hit.start):
            continue    # 框架协议编号 on a call-off notice: the framework's, the contract is still to sign
        if labels == LABELS.procurement_no_labels and _PROCEDURE_BEFORE.search(hit.page.text[max(0, hit.start - 4):hit.start]):
            continue
        start, end = value_region(hit)
        # the first code with a digit in the value (a gloss word before it, Contract, is none)
        m = next((c for c in _CONTRACT_NO.finditer(hit.page.text, start, max(end, start))
                  if any(ch.isdigit() for ch in c.group(0))), None)
        if m is None:
            column = column_region(hit)     # a table's 合同号 column: the number is in the row below
            if column is not None:
                m = next((c for c in _CONTRACT_NO.finditer(hit.page.text, *column)
                          if any(ch.isdigit() for ch in c.group(0))), None)
        if m is None and not hit.page.text[hit.end:hit.line_end].strip(" \t:："):
            # a form's blank filled by hand: the writing sits above or below the printed line,
            # right of the label, and OCR puts it on a line of its own
            beside = _cell_beside(hit) or _code_line_beside(hit)
            if beside is not None:
                m = next((c for c in _CONTRACT_NO.finditer(hit.page.text, *beside)
                          if sum(ch.isdigit() for ch in c.group(0)) >= 3), None)
        if m:
            value = _with_wen_hao_suffix(_without_run_on(m.group(0).rstrip(".）)"), hit.page.text, m.start()),
                                         hit.page.text, m.start())
            end = m.start() + len(value)
            begin = m.start()
            tail = _wrapped_tail(hit.page.text, m.start(), end)
            if tail is not None:
                value, end = value + tail[0], tail[1]
            if not _plausible_number(value):
                # 昀光采字〔202⏎3〕第10号: a 文号 the line wrap cut inside its year is read across the wrap
                across = _wen_hao_across_wrap(hit.page.text, max(start, line_bounds(hit.page.text, m.start())[0]),
                                              m.start(), end)
                if across is not None:
                    begin, end, value = across
            review = None if _plausible_number(value) else "编号过短或只有年份，疑似识别不全"
            return _number_as_written(extracted(doc, hit.page, begin, end, value,
                                                 review=review), hit.page)
    return None


def extract_contract_no(doc: Document) -> Extracted | None:
    found = labelled_number(doc, LABELS.contract_no_labels)
    if found:
        return found
    if doc.doc_type in ("contract", "subcontract"):
        # a contract's own header line 编号：… or No. … (not 凭证编号 or 项目编号 inside other labels)
        found = labelled_number(doc, LABELS.own_number_labels, at_line_start=True)
        if found:
            return found
    found = _source_contract_number(doc)
    if found:
        return found
    found = _garbled_label_number(doc)
    if found:
        return found
    for page in doc.pages:  # 用途：支付合同HT-2023-001款 / 附言：TJZN(2023)017号合同首付款
        for m in _CONTRACT_NO_IN_TEXT.finditer(page.text):
            group = next((g for g in (1, 2, 3) if m.group(g)), 0)
            if group != 3 and _in_other_contracts_label(page, m.start(), m.start() + 2):
                continue    # 借款合同编号：… is the loan's number
            start = m.start(group) + (_PAYMENT_VERB.match(m.group(group)).end()
                                      if group == 3 and _PAYMENT_VERB.match(m.group(group)) else 0)
            value = _with_wen_hao_suffix(_without_run_on(page.text[start:m.end(group)].rstrip("款"), page.text, start),
                                         page.text, start)
            end = start + len(value)
            tail = _wrapped_tail(page.text, start, end)     # 合同编号定为AB-⏎2023-017。
            if tail is not None:
                value, end = value + tail[0], tail[1]
            if any(ch.isdigit() for ch in value):
                return _number_as_written(extracted(doc, page, start, end, value, ["取自用途/摘要"]), page)
            if not (value.isascii() and len(value) <= 3):
                break   # the first number the text cites is the one (a cut one may be followed by more)
    if doc.doc_type == "procurement_proof":
        # a notice or order that quotes no contract number is known by its own
        found = labelled_number(doc, LABELS.procurement_no_labels)
        if found:
            found.checks.append("采购/招标编号")
            return found
    for hit in find_labels(doc, LABELS.purpose_labels):  # 用途：支付HT-2023-001合同尾款
        # a 文号-style number with a Latin code (摘要 TJZN(2023)第017号款) is read whole
        stop = _memo_end(hit)
        wen_hao = _chinese_wen_hao(hit.page.text, hit.end, stop)
        found = [f for f in (_LATIN_WEN_HAO.search(hit.page.text, hit.end, stop),
                             _CODE_LIKE.search(hit.page.text, hit.end, stop)) if f]
        m = min(found, key=lambda f: f.start()) if found else None
        if wen_hao is not None and (m is None or wen_hao[0] <= m.start()):
            # 附言：支付甲方采字〔2023〕第8号预付款: a 文号 whose code is Chinese, read whole
            return _number_as_written(extracted(doc, hit.page, *wen_hao, hit.page.text[slice(*wen_hao)],
                                                ["取自用途/摘要"]), hit.page)
        if m is None or sum(ch.isdigit() for ch in m.group(0)) < 3:
            region = _cell_beside(hit)
            m = _CODE_LIKE.search(hit.page.text, *region) if region else None
        if m and sum(ch.isdigit() for ch in m.group(0)) >= 3:
            # OCR drops the space before the memo's English words: JKFH-2023-33411PAYMENT…
            end = m.start() + _cut_at_word(m.group(0))
            value = _with_wen_hao_suffix(hit.page.text[m.start():end], hit.page.text, m.start())
            return _number_as_written(extracted(doc, hit.page, m.start(), m.start() + len(value), value,
                                                ["取自用途/摘要"]), hit.page)
    if doc.doc_type == "payment_proof":
        found = _number_paid_under(doc)
        if found:
            return found
    return _remittance_number(doc)


# An ERP voucher (收款单, 付款单, 出库单) names the document it was raised from: 源单类型：销售合同
# 源单编号：XS-2023-017. The source's number is the contract's when the voucher states its source
# is a contract (a sales or purchase contract, an agreement); a source that is an order, a
# delivery note or a loan agreement is not the contract the voucher evidences.
_CONTRACT_SOURCE = re.compile(r"合同|协议")
_NOT_THE_DEALS_CONTRACT = re.compile(r"(?:借款|贷款|授信|融资|担保|保证|抵押|质押|框架)(?:合同|协议)")


def _source_contract_number(doc: Document) -> Extracted | None:
    if not (LABELS.source_type_labels and LABELS.source_number_labels):
        return None
    for hit in find_labels(doc, LABELS.source_type_labels):
        stated = hit.page.text[slice(*value_region(hit))]
        if _CONTRACT_SOURCE.search(stated) and not _NOT_THE_DEALS_CONTRACT.search(stated):
            found = labelled_number(doc, LABELS.source_number_labels)
            if found is not None:
                found.checks.append("源单类型为合同，取源单编号")
            return found
    return None


# a payment's purpose names the contract it settles by its code, right before the word 合同
# (付XY-2023-017合同款, 支付ABC2023-05号合同进度款): on a receipt whose memo label OCR lost, the
# code before 合同 is still the contract's. A code has a Latin letter and three digits (a date
# before 合同, 2023-05-06合同签订后, has no letter).
_CODE_BEFORE_CONTRACT = re.compile(r"(?<![A-Za-z0-9\-_/])([A-Za-z0-9][A-Za-z0-9\-_/]{3,40}?)号?\s?(?=合同)")


def _number_paid_under(doc: Document) -> Extracted | None:
    for page in doc.pages:
        for m in _CODE_BEFORE_CONTRACT.finditer(page.text):
            code = m.group(1)
            if re.search(r"[A-Za-z]", code) and sum(ch.isdigit() for ch in code) >= 3:
                return _number_as_written(extracted(doc, page, m.start(1), m.end(1), code,
                                                    ["取自付款事由（合同号在“合同”之前）"]), page)
    return None


_CONTRACT_NO_LABEL = re.compile("|".join(re.escape(lab) for lab in LABELS.contract_no_labels))


def _memo_end(hit) -> int:  # noqa: ANN001 - a labels.Hit
    """Where a memo's value ends on its line: at the next field's label (用途 货款 交易流水号 …:
    the serial is the next field's value, not a number the memo cites); a contract-number label
    inside the memo (用途 支付合同编号HT-… 款) is the memo's own words."""
    text = hit.page.text
    for m in ANY_LABEL.finditer(text, hit.end, hit.line_end):
        if not _CONTRACT_NO_LABEL.fullmatch(m.group(0)):
            return m.start()
    return hit.line_end


def _cell_beside(hit) -> tuple[int, int] | None:  # noqa: ANN001 - a labels.Hit
    """The value of a label that stands alone in its cell, vertically centred beside a value
    cell whose text sits higher or lower (用途 beside a memo written at the top of its cell):
    the words of the line above or below that start right of the label and left of what follows
    the label on its own line, within about a line's height of it."""
    page, text = hit.page, hit.page.text
    label_box = page.locate(hit.start, hit.end)[0]
    if label_box is None:
        return None
    after = re.search(r"[^\s:：]", text[hit.end:hit.line_end])     # the label's colon is its own
    right = page.locate(hit.end + after.start(), hit.end + after.start() + 1)[0] if after else None
    limit = right[0] if right else 1.0
    height = label_box[3] - label_box[1]
    centre = (label_box[1] + label_box[3]) / 2
    line_start, _ = line_bounds(text, hit.start)
    neighbours = []
    if line_start > 0:
        neighbours.append(line_bounds(text, line_start - 1))
    if hit.line_end < len(text):
        neighbours.append(line_bounds(text, hit.line_end + 1))
    for start, end in neighbours:
        words = [span for span, box in located_words(page, start, end) if box is not None
                 and label_box[2] <= box[0] < limit and abs((box[1] + box[3]) / 2 - centre) <= 1.5 * height]
        if words:
            return words[0][0], words[-1][1]
    return None


def _code_line_beside(hit) -> tuple[int, int] | None:  # noqa: ANN001 - a labels.Hit
    """A line right above or below an empty label that holds nothing but one code with digits,
    within about a line's height of the label: a value written into the blank off its line."""
    page, text = hit.page, hit.page.text
    label_box = page.locate(hit.start, hit.end)[0]
    if label_box is None:
        return None
    height = label_box[3] - label_box[1]
    centre = (label_box[1] + label_box[3]) / 2
    line_start, _ = line_bounds(text, hit.start)
    neighbours = [line_bounds(text, line_start - 1)] if line_start > 0 else []
    if hit.line_end < len(text):
        neighbours.append(line_bounds(text, hit.line_end + 1))
    for start, end in neighbours:
        line = text[start:end].strip()
        if not _CONTRACT_NO.fullmatch(line) or sum(ch.isdigit() for ch in line) < 3:
            continue
        first = start + text[start:end].index(line)
        box = page.locate(first, first + len(line))[0]
        if box is not None and abs((box[1] + box[3]) / 2 - centre) <= 1.5 * height:
            return first, first + len(line)
    return None


def _one_character_off(label: str) -> str:
    return "|".join(re.escape(label[:i]) + r"[^\s:：\d]" + re.escape(label[i + 1:]) for i in range(len(label)))


# a contract number's label with one character garbled by OCR (合网编号, 梦议编号), opening its
# line and followed by its colon: read only where no label was read whole
_GARBLED_NUMBER_LABEL = re.compile(
    r"(?m)^[ \t]*(?:" + "|".join(_one_character_off(lab) for lab in LABELS.contract_no_labels if len(lab) >= 4)
    + r")[ \t]*[:：][ \t]*")


def _garbled_label_number(doc: Document) -> Extracted | None:
    """The code after a contract-number label OCR read with one character wrong; a code that
    looks like a contract's (five characters or more, a digit among them: _CODE_LIKE) or nothing."""
    for page in doc.pages:
        if not page.method.startswith("ocr"):
            continue
        for m in _GARBLED_NUMBER_LABEL.finditer(page.text):
            code = _CODE_LIKE.match(page.text, m.end())
            if code is None or not _plausible_number(code.group(0)):
                continue
            end = m.end() + _cut_at_word(code.group(0))
            value = _with_wen_hao_suffix(page.text[m.end():end], page.text, m.end())
            return _number_as_written(extracted(doc, page, m.end(), m.end() + len(value), value,
                                                [f"编号标签 OCR 误读一字（{m.group(0).strip(' :：')}）"]), page)
    return None


# a SWIFT reference qualifier (/INV/, /RFB/) names the kind of reference, not the reference
_SWIFT_QUALIFIER = re.compile(r"^[A-Z]{2,4}/")


def _remittance_number(doc: Document) -> Extracted | None:
    """A code in a SWIFT message's remittance information (:70:XH-2023-001合同款, :70:/INV/HT-2023-001)."""
    for page in doc.pages:
        for tag, start, end in tagged_fields(page.text):
            if tag not in REMITTANCE_TAGS:
                continue
            # the reference opens the field; its later lines may be a legend's or a footer's
            m = _CODE_LIKE.search(page.text, start, line_bounds(page.text, start)[1])
            if m is None:
                continue
            qualifier = _SWIFT_QUALIFIER.match(m.group(0))
            code_start = m.start() + (qualifier.end() if qualifier else 0)
            code_end = code_start + _cut_at_word(page.text[code_start:m.end()])
            code = page.text[code_start:code_end]
            if sum(ch.isdigit() for ch in code) >= 3:
                return extracted(doc, page, code_start, code_end, code, ["取自 SWIFT 报文 :70: 汇款附言"])
    return None


# a word of capitals (or a capitalised word) run on to a code's last digits: no code's own suffix
# is a word of five letters or more
_RUN_ON_WORD = re.compile(r"(?<=\d)(?:[A-Z]{5,}|[A-Z][a-z]{3,})[A-Za-z]*$")


# the rest of a code that a sentence's line wrap cut off: the next line opens with a few of its
# letters or digits and the sentence's punctuation right after them (…订单编号AB-2024-1 / 27，请…)
_WRAPPED_TAIL = re.compile(r"\n([A-Za-z0-9]{1,8})(?=[ \t]*[：:，,。；;、）)])")
# the cut part is no number yet (AB- / X before the wrap): the rest may hold separators too
_WRAPPED_CODE_TAIL = re.compile(r"\n([A-Za-z0-9][A-Za-z0-9\-_/]{1,30})(?=[ \t]*[：:，,。；;、）)])")
_SENTENCE_MARK = re.compile(r"[，。；,;]")
# a number given in an aside of a sentence (…建设合同（合同编号：AB-2023-⏎017）已完成…): the
# bracket and its label stand right before it on the line, which is prose
_ASIDE_LABEL = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{0,6}(?:编号|号)[ \t]*[:：;；]?[ \t]*$")


def _wrapped_tail(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The part of a number written in a sentence that the line wrap moved to the next line, and
    where it ends: only when the number ends its line, its line is prose (a sentence mark before
    it) and a code's separator or digit ends the cut part; a form's cell holds its number whole."""
    line_start, line_end = line_bounds(text, start)
    if end != line_end or not (_SENTENCE_MARK.search(text, line_start, start)
                               or _ASIDE_LABEL.search(text, line_start, start)):
        return None
    if not any(ch.isdigit() for ch in text[start:end]):
        # a code cut before its first digit (AB- / X) is surely cut: the rest is on the next line
        m = _WRAPPED_CODE_TAIL.match(text, end)
        return (m.group(1), m.end()) if m and any(ch.isdigit() for ch in m.group(1)) else None
    if not re.search(r"[-_/]|\d", text[end - 1:end]):
        return None
    # cut at a separator (AB2024-⏎QT-031）), the rest is a code's parts, separators too
    m = (_WRAPPED_CODE_TAIL if text[end - 1] in "-_/" else _WRAPPED_TAIL).match(text, end)
    return (m.group(1), m.end()) if m else None


# a 文号 (津智造〔2023〕第12号, ABC（2024）017号): its code, the year in brackets and its ordinal
_WEN_HAO = re.compile(rf"{_WH_CODE} ?{_WH_YEAR} ?{_WH_ORDINAL}")


def _wen_hao_across_wrap(text: str, region: int, start: int, end: int) -> tuple[int, int, str] | None:
    """A 文号 in a sentence whose line ends inside it (…采字〔202⏎3〕第10号): read over the line end,
    the number starting where the value's region does and crossing the wrap. Where it is, on
    the page: from its first character on the first line to its last on the next."""
    line_end = line_bounds(text, start)[1]
    if text[end:line_end].strip() or line_end >= len(text):
        return None
    first = text[region:line_end].rstrip()
    second = text[line_end + 1:line_bounds(text, line_end + 1)[1]]
    joined = first + second
    m = _WEN_HAO.search(joined)
    if m is None or m.end() <= len(first) or m.start() >= len(first) or m.start() > start - region:
        return None
    begin = region + m.start()
    stop = line_end + 1 + (m.end() - len(first))
    return begin, stop, m.group(0)


# a date run on to a code's last digits (XY-2023-01213.05.2023: a table's next cell read onto the
# number's line with no space): a dotted day-month-year (or year-month-day) after a code that
# itself has no dot. A month written with two digits has its day written with two as well, so
# the date takes the last two digits before its month.
_RUN_ON_DATE = re.compile(r"(?<=[A-Za-z0-9])(?:\d{2}\.\d{2}\.(?:19|20)\d{2}|(?:19|20)\d{2}\.\d{2}\.\d{2})$")
# the Latin letters of a name run on to a code's last digits (HT-2023-021ERP系统: the name of
# what the contract buys, whose first word is an acronym): two letters or more followed right
# away by a Chinese word (not the 号 that closes a 文号)
_RUN_ON_ACRONYM = re.compile(r"(?<=\d)[A-Za-z]{2,}$")
_CHINESE_WORD_AFTER = re.compile(r"[\u4e00-\u9fff](?<!号)")


def _without_run_on(value: str, text: str, start: int) -> str:
    """The code a number's value holds, without what runs on to it: a date (another cell's
    value), or the Latin acronym that opens the name written right after it. A contract number
    never swallows a date or a name."""
    dated = _RUN_ON_DATE.search(value)
    if dated and "." not in value[:dated.start()] and parse_date(dated.group(0)) is not None \
            and _plausible_number(value[:dated.start()]):
        return value[:dated.start()]
    acronym = _RUN_ON_ACRONYM.search(value)
    if acronym and _CHINESE_WORD_AFTER.match(text, start + len(value)) and _plausible_number(value[:acronym.start()]):
        return value[:acronym.start()]
    return value


def _cut_at_word(code: str) -> int:
    m = _RUN_ON_WORD.search(code)
    return m.start() if m else len(code)


def _plausible_number(value: str) -> bool:
    """A contract or order number is more than a year or a couple of digits."""
    compact = re.sub(r"[\s\-_/.()（）〔〕\[\]号]", "", value)
    return len(compact) >= 5 and not re.fullmatch(r"(?:19|20)\d{2}", compact)


# the ordinal of a 文号 written right after its code: JZ(SC)2023第31号, ABC-2023采字第7号
_ORDINAL_SUFFIX = re.compile(r"(?:[\u4e00-\u9fff]{1,3}字)?第 ?[A-Za-z0-9\-]{1,12} ?号")


def _with_wen_hao_suffix(value: str, text: str, start: int) -> str:
    """TJZN(2023)017号: a number in 文号 style ends with its 号; a 第…号 ordinal written right
    after a code is part of it (the code alone is a series, not one contract)."""
    end = start + len(value)
    ordinal = _ORDINAL_SUFFIX.match(text, end)
    if ordinal and not value.endswith("号"):
        return value + ordinal.group(0)
    if _BRACKETED.search(value) and not value.endswith("号") and text[end:end + 1] == "号":
        return value + "号"
    return value


def _number_as_written(item: Extracted, page: PageText) -> Extracted:
    """OCR cannot tell full-width brackets from half-width ones, and spaces them; report the
    ASCII form without the spaces."""
    if page.method.startswith("ocr"):
        item.value = _YEAR_BRACKETS.sub(_paired_brackets, unicodedata.normalize("NFKC", item.value).replace(" ", ""))
    return item


_YEAR_BRACKETS = re.compile(r"([(\[〔【])(\d{4})([)\]〕】])")


def _paired_brackets(m: re.Match[str]) -> str:
    """A year read as (2022] is in one kind of bracket: 〔〕 when either side says so."""
    if "〔" in (m.group(1), m.group(3)) or "〕" in (m.group(1), m.group(3)):
        return f"〔{m.group(2)}〕"
    return f"({m.group(2)})"


# TJZN(2023)第017号, ABC〔2024〕采字第8号: a Latin code, the year in brackets, the ordinal
_LATIN_WEN_HAO = re.compile(rf"(?<![A-Za-z0-9\-]){_WH_LATIN_CODE} ?{_WH_YEAR} ?{_WH_ORDINAL}")
# 甲方采字〔2023〕第8号, 津智造〔2022〕19号: a 文号 whose code is Chinese: the code, the year (in
# brackets, one of which OCR may lose; or bare, when 第 follows), an optional 采字 and the ordinal
# with its 号. In a memo the words before the code are the memo's (支付…, 合同…), not the code's.
_CHINESE_WEN_HAO = re.compile(
    rf"[\u4e00-\u9fff]{{1,12}} ?(?:{_WH_OPEN} ?(?:19|20)\d{{2}} ?{_WH_CLOSE}?|(?:19|20)\d{{2}} ?{_WH_CLOSE}"
    rf"|(?:19|20)\d{{2}}(?= ?(?:[\u4e00-\u9fff]{{1,3}}字)?第)) ?{_WH_ZI} ?\d[\dA-Za-z\-]{{0,11}} ?号")
_MEMO_WORDS = re.compile(r"^(?:支付|付款|预付|结算|偿付|付清|付|按|根据|依据|用于|合同|协议|订单|货款|款项|编号|为)+")
# a memo clause that names the project or contract first (付滨海项目海河采字〔2023〕…): up to its end
_MEMO_CLAUSE = re.compile(r"[\u4e00-\u9fff]*?(?:项目|合同之|合同)(?=[\u4e00-\u9fff]{2})")


def _chinese_wen_hao(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """Where the first 文号 with a Chinese code in text[start:stop] is, without the memo's own
    words before its code (支付甲方采字〔2023〕第8号 → 甲方采字〔2023〕第8号); None when none is."""
    m = _CHINESE_WEN_HAO.search(text, start, stop)
    if m is None:
        return None
    words = _MEMO_WORDS.match(m.group(0))
    begin = m.start() + (words.end() if words else 0)
    clause = _MEMO_CLAUSE.match(text, begin, m.end())
    if clause:
        begin = clause.end()
    if not re.match(r"[\u4e00-\u9fff]{2}", text[begin:m.end()]):
        return None     # no code of two characters or more before the year: not this shape
    return begin, m.end()


# a bracketed part inside a code is its own (JZ(SC)2023: a department's letters)
_CODE_LIKE = re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z][A-Za-z0-9\-_/.]*(?:[(（][A-Za-z0-9]{1,8}[)）][A-Za-z0-9\-_/.]*)?"
                        r"\d(?:[A-Za-z0-9\-_/.]*[A-Za-z0-9])?")
