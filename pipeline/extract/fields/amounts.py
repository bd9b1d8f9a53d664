"""The document's amount: the price (or the payment), not a deposit, penalty, fee or budget;
大写 and 小写 forms checked against each other, doubtful OCR lines re-read by a second engine."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Callable

from pipeline.extract.fields.hits import ANY_LABEL, Hit, extracted, find_labels, line_bounds
from pipeline.extract.fields.swift import settled_amount
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.extract.entities import find_organizations, normalize_name, plausible_organisation
from pipeline.extract.roles import addressee_of
from pipeline.models import CHECK_UPPER_MATCHES_DIGITS, Box, Document, Extracted, PageText
from pipeline.parsing.amounts import AmountMatch, collapse_digit_cells, find_amounts, signed_figure_lines

# (page number, region box) -> the region read again by a second engine, or None
Reread = Callable[[int, Box], PageText | None]


# tesseract reads ¥ as Y or V (or doubled, Yy) before a figure; same-length repair (each
# misread character becomes ¥) keeps offsets valid
_YEN_MISREAD = re.compile(r"(?<![A-Za-z])(?:Y[Yy]|[YV半#])(?=\s?\d{1,3}(?:,\d{3})+(?:\.\d{2})?)")


# 1.086.160.00 or 2.829,000.00: thousands separators read as dots (the last separator
# before two digits is the point); only where at least one separator is a misread dot
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?=(?:[.,]\d{3})*\.\d{3})(?:[.,]\d{3})+\.\d{2}(?![\d.,])")


# 3,.300,000.00: a stray dot beside a thousands separator (a speck read as a point); the
# separator stands, the dot becomes the one blank a separator may have beside it
_DOUBLED_SEPARATOR = re.compile(r"(?<=\d)[,，][.．](?=\d{3}(?:[,，]\d{3})*\.\d{2}(?![\d.,]))")
# 2805，000.00: a figure whose point and later groups read but whose first separator was lost
# (a head of four to six digits before a group of three): its digits are the figure, read
# without separators, moved right by the separators dropped (offsets after it hold)
_LOST_SEPARATOR = re.compile(r"(?<![\d.,，])[1-9]\d{3,5}(?:[,，]\d{3})+\.\d{2}(?![\d.,，])")


def _unseparated(m: re.Match) -> str:
    digits = re.sub(r"[,，]", "", m.group(0))
    return " " * (len(m.group(0)) - len(digits)) + digits


def amount_text(page: PageText) -> str:
    """Page text with a form's one-digit-per-cell figures written whole and OCR's money
    misreadings undone, character for character (offsets hold)."""
    text = collapse_digit_cells(page.text)
    if not page.method.startswith("ocr"):
        return text
    text = _DOUBLED_SEPARATOR.sub(lambda m: m.group(0)[0] + " ", text)
    text = _LOST_SEPARATOR.sub(_unseparated, text)
    text = _DOTTED_THOUSANDS.sub(lambda m: m.group(0)[:-3].replace(".", ",") + m.group(0)[-3:], text)
    text = _YEN_MISREAD.sub(lambda m: "¥" * len(m.group(0)), text)
    return text


# words that make a figure a part of the price or something else than the price: a share, an
# instalment, a provisional sum (暂定价, 暂估价: settled as measured, inside the price), a deposit,
# a penalty, a fee (the price is stated where none of these is)
_NOT_THE_PRICE = re.compile(r"暂列金额|暂估价|暂估金额|暂定价|暂定金额|暂列价|其中|违约金|罚款|赔偿|滞纳金|(?<![拟核确约审决认议商评])定金|保证金|押金|质保金|质量保证金|(?:中标|招标|代理|交易|平台)服务费|代理费|手续费|"
                            r"利息|预付款|首付款|进度款|尾款|余款|其他(?:报价|投标|供应商|单位)|报价分别|预算|"
                            # an earlier round's offer (首轮报价, 初次报价) is not the price agreed
                            r"(?:首轮|第一轮|上一轮|前一轮|初次|初始|初步|原始)报价|"
                            # the price is what the buyer pays, tax included: a figure before tax
                            # or the tax itself is a part of it
                            r"不含税|未含税|税前|(?<!价)税额|税金|增值税额|(?i:excl(?:uding|\.)? (?:vat|tax))|"
                            # 增值税（税率13%）X: the tax line of a price table
                            r"(?<![含括])增值税\s*[（(【\[]?\s*(?:税率|\d{1,2}(?:\.\d+)?\s*[%％])|"
                            r"(?:增加|减少|核减|核增|追加)(?:金额|部分|费用|款)|"
                            # 原合同总金额为X (an amendment's old figure), unless it stays: 原合同总价款不变，仍为X
                            r"原(?:合同)?总?(?:金额|价款|总价|价格)(?![^。；;]*(?:不变|仍为|维持|调整为|变更为|修改为|增加至|减少至))|"
                            r"(?i:performance bond|bond|deposit|liquidated damages|penalt|advance payment|retention)|"
                            # an asset's book values (资产原值, 账面净值) are the buyer's accounts, not a price
                            r"原值|净值|残值|账面价值|入账价值|"
                            r"不作为[^。；;，,]{0,10}(?:依据|价格|价款|金额|基础)|仅供参考|"
                            r"最高限价|控制价|拦标价|节约|节省|的\s*\d{1,3}(?:\.\d+)?\s*[%％]|百分之|不超过|最高|上限|单价(?!款)")  # 任务单价款 is the 任务单's 价款, not a unit price
_CLAUSE_END = re.compile(r"[。；;\n]")


# …伍万元整的履约保证金: a word or two may qualify the role (履约, 投标), or be misread
_ROLE_AFTER = re.compile(r"^\s*(?:元)?整?[）)]?\s*(?:作为|为|的)?\s*[\u4e00-\u9fff]{0,2}?"
                         r"(?:预付款|首付款|(?<![拟核确约审决认议商评])定金|保证金|违约金|质保金|代理费|(?:中标|招标|代理|交易|平台)服务费)")


def _clause(text: str, start: int, end: int) -> str:
    """What says what a figure is: its clause up to the figure (from the previous 。；; or
    line end), and the words right after it (…元作为预付款). Fields further along a grid
    line (手续费：0.00) belong to other figures."""
    before = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    if before and text[before - 1] == "\n" and _SAME_FIGURE_GAP.fullmatch(text[before:start]):
        # a figure alone at a line start: its words wrapped on the line above (增加金额为人民币\n2,870,000.00元)
        before = max((m.end() for m in _CLAUSE_END.finditer(text, 0, before - 1)), default=0)
    colon = max(text.rfind("：", before, start), text.rfind(":", before, start))
    if colon > before:
        # a grid line holds several fields (可用余额：… 交易金额：…): the figure's own is the
        # label right before it, from the space or comma that opens that label
        opens = max(text.rfind(sep, before, colon) for sep in (" ", "\t", "，", ","))
        before = max(before, opens + 1)
    # an earlier figure of the clause ends the words that are about it (质保金X元，合同总价Y元:
    # 质保金 says nothing about Y); its own other form (大写 then （¥…）) does not
    own_start = start
    for m in reversed(find_amounts(text[before:start])):
        if _SAME_FIGURE_GAP.fullmatch(text[before + m.end:own_start]):
            own_start = before + m.start
            continue
        before = before + m.end
        break
    role_after = _ROLE_AFTER.match(text[end:end + 12].replace("\n", ""))
    # …X万元，不作为成交价格依据: the sentence itself says the figure is not the price
    disclaimed = _DISCLAIMED_AFTER.match(_sentence_rest(text, end))
    return text[before:end] + (role_after.group(0) if role_after else "") + (disclaimed.group(0) if disclaimed else "")


# the rest of a figure's sentence disowning it as the price (不作为成交/结算/定价依据, 仅供参考)
_DISCLAIMED_AFTER = re.compile(r"^[^。；;]*?(?:不作为[^。；;，,]{0,10}(?:依据|价格|价款|金额|基础)|仅供参考|不作为合同价)")


def _sentence_rest(text: str, end: int) -> str:
    """The words after a figure to its sentence's end (。；;), across a line wrap, up to the next figure."""
    stop = _SENTENCE_END.search(text, end)
    rest = text[end:stop.start() if stop else min(len(text), end + 40)][:40].replace("\n", "")
    nxt = find_amounts(rest)
    return rest[:nxt[0].start] if nxt else rest


_SENTENCE_END = re.compile(r"[。；;]")


# what may stand between two forms of one figure, or two figures of one list (X元、Y元): no words
_SAME_FIGURE_GAP = re.compile(r"[\s（()）:：,，、元和及或]*(?:大写|小写)?[\s（()）:：]*(?:人民币|RMB|CNY|[¥￥])?")


# 合同金额（含税） 见合同 / 详见附件 / 同上 / ——: the label's value is stated elsewhere; a figure
# further on (the next line's 资产原值 …) belongs to another label
_REFERENCE_VALUE = re.compile(r"^\s*(?:[（(][^）)\n]{0,10}[）)])?\s*[:：]?\s*"
                              r"(?:(?:详|参|如|另)?见|按|依|以)\s*(?:本|原|主|所附|附)?(?:合同|协议|附件|附表|发票|清单|明细)"
                              r"|^\s*(?:[（(][^）)\n]{0,10}[）)])?\s*[:：]?\s*(?:同上|[—－\-/／]{1,4}\s*(?:$|\s))")


def _refers_elsewhere(text: str, hit: Hit) -> bool:
    """The label's value on its line is a reference (见合同, 同上, ——), not a figure."""
    return bool(_REFERENCE_VALUE.search(text[hit.end:hit.line_end] + "\n"))


def _amount_candidates(hits: list[Hit]) -> list[tuple[PageText, AmountMatch]]:
    """The figures after each label hit (its line, or the rows under a column header)."""
    out: list[tuple[PageText, AmountMatch]] = []
    seen: set[tuple[int, int, int]] = set()
    for hit in hits:
        text = amount_text(hit.page)
        if _refers_elsewhere(text, hit):
            continue
        # the labelled line and the next (大写 and 小写 are often on consecutive lines); a
        # column header (成交金额（元）) has its figure a row or two further down
        nl = text.find("\n", hit.line_end + 1)
        stop = len(text) if nl < 0 else nl
        if not find_amounts(text[hit.end:stop]) and _is_header_label(text, hit):
            for _ in range(2):
                nl = text.find("\n", stop + 1)
                stop = len(text) if nl < 0 else nl
        found = _unit_from_label(text[hit.end:hit.line_end]) or find_amounts(text[hit.end:stop])
        for m in found:
            key = (hit.page.number, hit.end + m.start, hit.end + m.end)
            if key in seen:
                continue
            # values after another, unrelated label on the next line don't belong to this one
            if hit.end + m.start > hit.line_end and ANY_LABEL.search(text, hit.line_end, hit.end + m.start) \
                    and not re.search(r"大写|小写|[¥￥]", text[hit.line_end:hit.end + m.start]):
                continue
            seen.add(key)
            shifted = AmountMatch(hit.end + m.start, hit.end + m.end, m.raw, m.value, m.form, m.repair)
            out.append((hit.page, shifted))
    return out


# 中选金额（万元） 1137.22: the label states the unit, the figure stands bare beside it
_LABEL_UNIT = re.compile(r"^\s*[（(]\s*(?:人民币)?(?P<unit>万元|元)\s*[）)]\s*[:：]?\s*"
                         r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d+(?:\.\d{1,6})?)(?![\d.%％])")


def _unit_from_label(rest: str) -> list[AmountMatch]:
    """Figures after a label that states their unit (金额（万元） 120.5): the first, and the bare
    figures after it on the line (a row of columns: 变更前 变更后), each in the label's unit."""
    m = _LABEL_UNIT.match(rest)
    if not m:
        return []
    scale, form = (Decimal(10000), "wan") if m.group("unit") == "万元" else (Decimal(1), "yuan")
    out = [AmountMatch(m.start("figure"), m.end("figure"), m.group(0).strip(),
                       Decimal(m.group("figure").replace(",", "")) * scale, form)]
    line_end = rest.find("\n")
    line_end = len(rest) if line_end < 0 else line_end
    for more in find_amounts(rest[m.end():line_end]):
        if more.form == "bare":
            out.append(AmountMatch(m.end() + more.start, m.end() + more.end, more.raw, more.value * scale, form,
                                   more.repair))
    return out


def _is_header_label(text: str, hit: Hit) -> bool:
    """A label that heads a table column: what follows it on its line is more headers or a unit."""
    rest = text[hit.end:hit.line_end].strip()
    return not rest or bool(re.fullmatch(r"[（(](?:元|万元|人民币元)[）)]\s*.*", rest)) and not re.search(r"\d", rest)


# a payment may well be a 预付款 or 尾款; it is not a fee, interest or a balance, nor a cash
# slip's denomination row (券别 100元 50元 …: the notes counted, not the sum paid)
_NOT_THE_PAYMENT = re.compile(r"手续费|工本费|邮电费|利息|余额|违约金|罚款|滞纳金|券别")


def _price_candidates(candidates: list[tuple[PageText, AmountMatch]],
                      doc_type: str = "contract") -> list[tuple[PageText, AmountMatch]]:
    """The candidates whose clause does not make them something else than the document's
    amount: for a price, a share, a deposit, a penalty or a fee; for a payment, a fee or a balance."""
    other = _NOT_THE_PAYMENT if doc_type == "payment_proof" else _NOT_THE_PRICE
    return [(p, m) for p, m in candidates if not other.search(_clause(amount_text(p), m.start, m.end))
            and not (doc_type != "payment_proof" and _recited_agreement(amount_text(p), m.start))]


# a recital (鉴于甲方已与某公司签订…合同（合同金额X）) cites another agreement: its figure is that
# agreement's (a main contract's), not this one's
_RECITED_AGREEMENT = re.compile(r"鉴于[^。；;]*?(?:签订|签署|订立|签约)[^。；;]*?(?:合同|协议)")


def _recited_agreement(text: str, start: int) -> bool:
    """The figure's sentence (to its colon: 鉴于…约定如下：1.合同价款：… opens this contract's
    own terms) is a recital citing another agreement."""
    sentence = text[max(text.rfind(ch, 0, start) for ch in "。；;：:") + 1:start].replace("\n", "")
    return bool(_RECITED_AGREEMENT.search(sentence))


# what a whole 大写 figure may follow directly: 人民币…, 金额…, 为…, 计…, 大写…
_BEFORE_UPPERCASE = set("币额为计价即约共是写款费用金整价" "幣額為計價約寫費")   # and their traditional forms


# a 大写 figure read with what introduces it (（大写：, 人民币): whole from its start
_INTRODUCED_UPPERCASE = re.compile(r"^\s*[（(【\[]\s*(?:大写|人民币|RMB)?\s*[:：]?\s*(?:人民币)?\s*[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]")


def _cut_uppercase(page: PageText, m: AmountMatch) -> bool:
    """A 大写 figure read only in part: without its 元 (cut by a line end, or the rest of it
    unread: 人民币贰… parses as 2), or run on from characters OCR garbled (索什陆佰…或什伍佰元整
    parses as 伍佰元整). A whole 大写 money figure always states its 元."""
    if not re.search(r"[元圆圓园]", m.raw):
        return True
    if _INTRODUCED_UPPERCASE.match(m.raw):
        return False     # （大写：伍拾万元整）: the figure opens after its own bracket or label
    before = page.text[m.start - 1:m.start] if m.start else ""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]", before)) and before not in _BEFORE_UPPERCASE


def _digits(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", "")


def _wrapped_tail(numerics: list[tuple[PageText, AmountMatch]],
                  uppers: list[tuple[PageText, AmountMatch]]) -> tuple[PageText, AmountMatch] | None:
    """The whole 大写 figure when the only 小写 figure beside it is its tail opening a line
    (¥2,9 计划工期 90日历天 | 86,750.00: a grid cell wrapped the figure, the head left on the
    line above with other cells after it). Not a join of a wrapped figure (normalize owns that,
    for a head that ends its line): head and tail are not neighbours in the text, so the tail is
    read as a figure of its own, and the 大写 form, whole, is taken instead of it."""
    if len({m.value for _, m in uppers}) != 1:
        return None
    page, upper = uppers[0]
    tails = [(p, m) for p, m in numerics if p is page and m.value >= 1000
             and not page.text[line_bounds(page.text, m.start)[0]:m.start].strip()
             and _digits(upper.value).endswith(_digits(m.value)) and upper.value > m.value]
    # any other figure is the head left above (¥2,9): the 大写's leading digits
    heads = [m for _, m in numerics if m.value not in {t.value for _, t in tails}]
    if len({m.value for _, m in tails}) != 1 or not all(
            _digits(upper.value).startswith(re.sub(r"\D", "", m.raw)) for m in heads):
        return None
    return page, upper


def _choose_amount(doc: Document, candidates: list[tuple[PageText, AmountMatch]]) -> Extracted | None:
    if not candidates:
        return None
    # a 大写 figure cut by a line end before its 元 is part of a wrapped amount (壹仟\n…贰佰万元整)
    uppers = [(p, m) for p, m in candidates if m.form == "uppercase" and not _cut_uppercase(p, m)]
    # a figure of nothing is no price (a garbled ¥540,000.00 read as 0.00): never a value
    numerics = [(p, _whole_yuan(p, m)) for p, m in candidates if m.form != "uppercase" and m.value > 0]
    upper_values = {m.value for _, m in uppers}
    agreed = [(p, m) for p, m in numerics if m.value in upper_values]
    if agreed:
        page, m = agreed[0]
        return extracted(doc, page, m.start, m.end, m.value, _stated(m, [CHECK_UPPER_MATCHES_DIGITS]))
    wrapped = _wrapped_tail(numerics, uppers)
    if wrapped:
        page, m = wrapped
        return extracted(doc, page, m.start, m.end, m.value, ["大写金额完整，小写金额换行后只读到后半截"])
    if numerics:
        # the most frequently stated figure, then the largest (totals beat line items)
        counts = Counter(m.value for _, m in numerics)
        value = max(counts, key=lambda v: (counts[v], v))
        page, m = next((p, m) for p, m in numerics if m.value == value)
        if uppers:
            return extracted(doc, page, m.start, m.end, value, _stated(m, []),
                              review=f"大写金额（{uppers[0][1].raw}）与小写金额不一致")
        partial = [u for p, u in candidates if u.form == "uppercase" and _cut_uppercase(p, u)]
        if partial:
            # a 大写 figure is there but read only in part: the 小写 cannot be checked against it
            return extracted(doc, page, m.start, m.end, value, _stated(m, []),
                              review=f"大写金额只识别出一部分（{partial[0].raw}），无法与小写金额核对")
        if _uppercase_cell_unread(page, m):
            return extracted(doc, page, m.start, m.end, value, _stated(m, []),
                              review="大写金额栏未能识别，无法与小写金额核对")
        if _separators_unread(page, m):
            return extracted(doc, page, m.start, m.end, value, _stated(m, ["仅有小写金额"]),
                              review="识别出的金额没有千分位和小数点，可能漏读了分隔符或数字，请人工核对位数")
        return extracted(doc, page, m.start, m.end, value, _stated(m, ["仅有小写金额"]))
    if not uppers:
        return None      # only partial 大写 readings: no value
    page, m = uppers[0]
    # tesseract misreads 大写 on most pages; RapidOCR was measured reading them right
    review = "仅有大写金额（OCR 识别大写易错）" if page.method == "ocr:tesseract" else None
    return extracted(doc, page, m.start, m.end, m.value, ["仅有大写金额"], review)


# the 大写 twin written after a figure, in its bracket, ending in 元整 / 圆整 (（大写：…万元整）):
# read even where OCR garbled its numerals, it states that the sum has no 角 and no 分
_WHOLE_YUAN_AFTER = re.compile(r"^\s*[元圆]?[^\n（(【\[）)\]】]{0,4}?[（(【\[][^\n（()）\]】角分]{0,30}?[元圆圓园]整")
# or its labelled 大写 cell earlier on the same line (金额（大写） …万元整  金额（小写） ¥…)
_WHOLE_YUAN_BEFORE = re.compile(r"大写[）)]?\s*[:：]?[^\n（()）\]】角分:：]{1,24}?[元圆圓园]整(?![^\n]*大写)")
CHECK_WHOLE_YUAN = "大写金额写明“元整”（无角分），OCR 读出的角分为误识，按整元读"


def _whole_yuan(page: PageText, m: AmountMatch) -> AmountMatch:
    """An OCR'd figure with 角/分 whose 大写 twin, even unreadable, ends in 元整: the paper states
    a whole sum, so the cents read are a misreading (a seal or a signature over the line turns
    .00 into .90); the figure is its whole yuan. Any other figure as read."""
    if not page.method.startswith("ocr") or m.form == "uppercase" or m.value == m.value.to_integral_value():
        return m
    line_start = line_bounds(page.text, m.start)[0]
    if not (_WHOLE_YUAN_AFTER.match(page.text[m.end:m.end + 48])
            or _WHOLE_YUAN_BEFORE.search(page.text[line_start:m.start])):
        return m
    whole = m.value.to_integral_value(rounding="ROUND_FLOOR").quantize(Decimal("0.01"))
    repair = f"{m.repair}；{CHECK_WHOLE_YUAN}" if m.repair else CHECK_WHOLE_YUAN
    return AmountMatch(m.start, m.end, m.raw, whole, m.form, repair)


def _uppercase_cell_unread(page: PageText, m: AmountMatch) -> bool:
    """An OCR'd figure whose line (or the line before) labels a 大写 figure that did not read:
    the paper states the amount twice and only the 小写 form, unchecked, was read (OCR misreads
    digits that both engines then agree on)."""
    if not page.method.startswith("ocr"):
        return False
    line_start, _ = line_bounds(page.text, m.start)
    if line_start:     # and the line before it
        line_start, _ = line_bounds(page.text, line_start - 1)
    return "大写" in page.text[line_start:m.start]


# a figure of a million or more read as bare digits after its currency sign (¥13776000): a
# printed or handwritten sum that large is written with its separators and point, so OCR lost
# some of them (and with them, often, a digit): the digits alone do not say the magnitude
_UNSEPARATED_LARGE = re.compile(r"^(?:[¥￥]|RMB|CNY|人民币)?[ \t]*\d{7,}(?:[ \t]*元整?)?$")


def _separators_unread(page: PageText, m: AmountMatch) -> bool:
    return page.method.startswith("ocr") and m.form != "uppercase" and bool(_UNSEPARATED_LARGE.match(m.raw))


def _stated(m: AmountMatch, checks: list[str]) -> list[str]:
    """The checks of a figure, with how it was read when not as written (points as commas)."""
    return checks + [m.repair] if m.repair else checks


def extract_amounts(doc: Document, reread: Reread | None) -> tuple[Extracted | None, list[Extracted]]:
    """The document's amount, and the other figures it states under the same labels (see
    _stated_alternatives), from one pass over its labelled figures."""
    labels = LABELS.amount_labels.get(doc.doc_type)
    if not labels:
        return None, []
    hits = find_labels(doc, labels)     # once: the candidates, the re-read lines and the references
    if doc.doc_type == "payment_proof":
        hits = _whole_labels_first(hits)
    labelled = _price_candidates(_amount_candidates(hits), doc.doc_type)
    chosen = _extract_amount(doc, labelled, hits, reread)
    rows = _party_rows(hits) or (_party_rows(_column_hits(doc)) if not labelled else [])
    if rows and chosen is not None:
        # a table of one amount per party: each other row's figure is an alternative, so the
        # row of the party the submission declares can be read when the document names none;
        # each figure says its row, as the row's party cells do
        for k, r in enumerate(rows, 1):
            if r.figure.value == chosen.value:
                chosen.checks.append(row_note(k))
        return chosen, [extracted(doc, r.page, r.figure.start, r.figure.end, r.figure.value,
                                  _stated(r.figure, [ROW_ALTERNATIVE, row_note(k)]))
                        for k, r in enumerate(rows, 1) if r.figure.value != chosen.value]
    return chosen, _stated_alternatives(doc, labelled, chosen)


def _word_tail(hit: Hit) -> bool:
    """A label read as the tail of a longer word the vocabulary does not know (金额 inside
    发票校验金额, 保证金金额): the amount of something else, whatever that word names."""
    text = hit.page.text
    generic = len(text[hit.start:hit.end].replace("\n", "")) <= 2     # 金额, 合计: not 付款金额
    return generic and hit.start > 0 and "\u4e00" <= text[hit.start - 1] <= "\u9fff"


def _whole_labels_first(hits: list[Hit]) -> list[Hit]:
    """A payment's own amount label (付款金额) standing as a word of its own outranks a generic
    label (金额) read inside another word on the page; alone, such a tail is still read."""
    whole = [h for h in hits if not _word_tail(h)]
    return whole if whole and len(whole) < len(hits) else hits


MARKED_ROW_NOTE = "取自表中标明入选/中标的一行（多家供应商报价）"
ROW_ALTERNATIVE = "表中另一行的金额（按标包、单位或供应商分行列出）"


def row_note(k: int) -> str:
    """The check that says which row of a table of one amount per party a value was read from."""
    return f"取自表中第{k}行"


MAX_COLUMN_ROWS = 12
SAME_NAME_RATIO = 0.8


@dataclass(frozen=True)
class PartyRow:
    """One row of a table that states one amount per party: its figure, the party the row is
    about (its buyer where a buyer column heads the table, else its only organisation), and
    the row's buyer and supplier cells where the table has both columns."""
    page: PageText
    figure: AmountMatch
    name: str
    buyer: tuple[int, int, str] | None = None
    supplier: tuple[int, int, str] | None = None


# the column of a results table that names each row's buyer (a group's notice to its units:
# 执行单位（采购单位） | 中选供应商 | 中选金额), from the vocabulary's buyer labels
_BUYER_COLUMN = re.compile("|".join(sorted(LABELS.party_labels.get("procurement_proof", {}).get("customer", ()),
                                           key=len, reverse=True)) or r"(?!)")
_HEADER_UNIT = re.compile(r"[（(](?:元|万元|人民币元|人民币万元)[）)]")
_ROW_NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d{1,6})?(?![\d.,])")


def _header(text: str, hit: Hit) -> tuple[str, int] | None:
    """The header row a column label heads (what follows it on its line is more headers or a
    unit, its unit wrapped to the next line when the cell is narrow: 中选金额（万 / 元））, and
    where the rows under it start. None when the label is not a column header."""
    if _is_header_label(text, hit):
        return text[line_bounds(text, hit.start)[0]:hit.line_end], hit.line_end + 1
    rest = text[hit.end:hit.line_end].strip()
    nxt_end = text.find("\n", hit.line_end + 1)
    nxt_end = len(text) if nxt_end < 0 else nxt_end
    wrapped = rest + text[hit.line_end + 1:nxt_end].strip()
    if rest and len(wrapped) - len(rest) <= 3 and _HEADER_UNIT.fullmatch(wrapped):
        return text[line_bounds(text, hit.start)[0]:hit.line_end] + wrapped[len(rest):], nxt_end + 1
    return None


def _party_rows(hits: list[Hit]) -> list[PartyRow]:
    """The rows under an amount column header when two or more of them name a different
    organisation each (lots awarded to several suppliers, bidders' prices, a group's units
    and the suppliers chosen for each): each row's figure with the organisation the row is
    about. Figures under a 万元 header are in 万元. Empty when the column is not such a table."""
    for hit in hits:
        text = amount_text(hit.page)
        header = None if _refers_elsewhere(text, hit) else _header(text, hit)
        if header is None:
            continue
        header_text, start = header
        in_wan = "万" in header_text[header_text.find(text[hit.start:hit.end]):]
        buyer_at = _BUYER_COLUMN.search(header_text)
        rows: list[PartyRow] = []
        for _ in range(MAX_COLUMN_ROWS):
            if start >= len(text):
                break
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end]
            orgs = [o for o in find_organizations(line) if plausible_organisation(o.text)]
            figures = _row_figures(line, orgs, in_wan)
            if len(figures) != 1 or not orgs or len(orgs) > (2 if buyer_at else 1):
                break      # the table ends: a line of prose, a total or a signature
            m = figures[0]
            figure = AmountMatch(start + m.start, start + m.end, m.raw, m.value, m.form, m.repair)
            cells = [(start + o.start, start + o.end, normalize_name(o.text)) for o in orgs]
            if buyer_at and len(cells) == 2:
                # the buyer's cell is the one under the buyer column: the first org when that
                # column comes before the others
                before = header_text[:buyer_at.start()]
                buyer, supplier = (cells[0], cells[1]) if not _SUPPLIER_COLUMN.search(before) else (cells[1], cells[0])
                rows.append(PartyRow(hit.page, figure, buyer[2], buyer, supplier))
            else:
                rows.append(PartyRow(hit.page, figure, cells[0][2]))
            start = end + 1
        if len(rows) >= 2 and len({r.name for r in rows}) == len(rows) and len({r.figure.value for r in rows}) > 1:
            return rows
    return []


_SUPPLIER_COLUMN = re.compile(r"供应商|中标人|中标单位|成交人|中选人|中选单位|供应方|供方|卖方|乙方")


def _row_figures(line: str, orgs, in_wan: bool) -> list[AmountMatch]:
    """The money figures of a table row; under a 万元 header, the bare numbers after the
    row's names, in 万元 (255.44 is 2,554,400.00 元)."""
    if not in_wan:
        return [m for m in find_amounts(line) if m.value > 0]
    after = max((o.end for o in orgs), default=0)
    out = []
    for m in _ROW_NUMBER.finditer(line, after):
        try:
            value = Decimal(m.group(0).replace(",", "")) * 10000
        except ArithmeticError:
            continue
        if value > 0:
            out.append(AmountMatch(m.start(), m.end(), m.group(0), value.quantize(Decimal("0.01")), "wan"))
    return out


def _column_hits(doc: Document) -> list[Hit]:
    """Where the words that label the amount only as a column header (报价（元） over a bidders'
    table) stand; _party_rows reads them only where they head a column."""
    words = LABELS.column_amount_labels.get(doc.doc_type)
    return find_labels(doc, words) if words else []


# a results table's row marked as the one chosen (结果: 入选 / 中标 / 成交), not 未入选 / 落选
_CHOSEN_MARK = re.compile(r"(?<![未不没落非])(?:入选|中选|中标|成交|入围|选定|胜出|第一名)(?!候选|价|金额|单位|人|供应商|通知|公告|公示|结果)")
_NOT_CHOSEN_MARK = re.compile(r"[未不没非落](?:入选|中选|中标|成交|入围|选定|胜出)|落选|淘汰")


def _marked_row(rows: list[PartyRow]) -> PartyRow | None:
    """The one row of a results table that its own cells mark as chosen (入选), every other row
    marked as not chosen (未入选, 落选): a published result names the winner in its table."""
    marked, unmarked = [], 0
    for r in rows:
        text = amount_text(r.page)
        after = text[r.figure.end:line_bounds(text, r.figure.start)[1]]
        if _NOT_CHOSEN_MARK.search(after):
            continue
        if _CHOSEN_MARK.search(after):
            marked.append(r)
        else:
            unmarked += 1
    return marked[0] if len(marked) == 1 and not unmarked else None


def _addressee_row(doc: Document, rows: list[PartyRow]) -> Extracted:
    """The figure of the row naming the party the document is addressed to; without one, the
    row the table marks as chosen (入选 beside 未入选); without one, the first row, to be
    reviewed: the reader cannot tell whose amount the submission relies on."""
    chosen = _addressees_row(doc, rows)
    if chosen is not None:
        m = chosen.figure
        return extracted(doc, chosen.page, m.start, m.end, m.value, _stated(m, ["取自致函对象所在行（多个标包或多家供应商）"]))
    chosen = _marked_row(rows)
    if chosen is not None:
        m = chosen.figure
        return extracted(doc, chosen.page, m.start, m.end, m.value, _stated(m, [MARKED_ROW_NOTE]))
    first = rows[0]
    m = first.figure
    return extracted(doc, first.page, m.start, m.end, m.value, _stated(m, []),
                     review="金额栏按标包或供应商分行列出多个金额，未能确定申报单位所在行，请人工核对")


def _addressees_row(doc: Document, rows: list[PartyRow]) -> PartyRow | None:
    addressee = addressee_of(doc.pages)
    # OCR may read the same name differently in the salutation and in the row (one or two
    # characters): the row most like the addressee, when it is alike and no other row is as alike
    likeness = sorted(((SequenceMatcher(None, r.name, addressee.name).ratio(), i) for i, r in enumerate(rows)),
                      reverse=True) if addressee is not None else []
    if likeness and likeness[0][0] >= SAME_NAME_RATIO and (len(likeness) == 1 or likeness[1][0] < likeness[0][0]):
        return rows[likeness[0][1]]
    return None


def buyer_rows(doc: Document) -> tuple[PartyRow | None, list[PartyRow]]:
    """A results table with a buyer column (a group's notice listing each unit's lot): the
    row the document is about (its addressee's; None when it names none of them) and all the
    rows, each a buyer with its supplier and figure. Empty when there is no such table."""
    labels = LABELS.amount_labels.get(doc.doc_type)
    if not labels:
        return None, []
    rows = _party_rows(find_labels(doc, labels))
    if not any(r.buyer is not None for r in rows):
        return None, []
    return _addressees_row(doc, rows), rows


# a change order's table heads its figures 变更前 | 变更后 (调整前/调整后, 修改前/修改后): OCR
# often garbles the verb (杰更前), so its last character and 前/后 are what is looked for
CHECK_FINAL_ROUND = "成交金额未能识别，取自议价轮次表最终一轮的报价"
_FINAL_ROUND_ROW = re.compile(r"^[\s|｜]*(?:" + "|".join(sorted(map(re.escape, LABELS.final_round_labels), key=len, reverse=True))
                              + r")(?=[\s|｜:：\d])") if LABELS.final_round_labels else None


def _final_round_figures(doc: Document) -> list[tuple[PageText, AmountMatch]]:
    """The offer in the row a bargaining table heads as its last round (最终 | 日期 | 报价 |
    说明), under a column of offers (报价（元）) a few lines above: the price the rounds ended
    at, the earlier rounds' higher offers being no price. Empty when there is no such row or
    its offer does not read as one figure."""
    words = LABELS.column_amount_labels.get(doc.doc_type)
    if _FINAL_ROUND_ROW is None or not words:
        return []
    out = []
    for page in doc.pages:
        text = amount_text(page)
        lines = text.split("\n")
        offset = 0
        for k, line in enumerate(lines):
            start, offset = offset, offset + len(line) + 1
            if not _FINAL_ROUND_ROW.match(line):
                continue
            above = lines[max(0, k - MAX_COLUMN_ROWS):k]
            if not any(w in a for a in above for w in words):
                continue
            figures = [m for m in find_amounts(line) if m.form in ("bare", "yuan") and m.value > 0]
            if len({m.value for m in figures}) != 1:
                continue
            m = figures[0]
            out.append((page, AmountMatch(start + m.start, start + m.end, m.raw, m.value, m.form, m.repair)))
    return out


_BEFORE_AFTER_HEADER = re.compile(r"(?:更|整|改|订)前.{0,40}?(?:更|整|改|订)后")
HEADER_LINES_ABOVE = 3
CHECK_REVISED_COLUMN = "变更前后金额并列，取变更后一栏"


def _revised_figures(candidates: list[tuple[PageText, AmountMatch]]) -> list[tuple[PageText, AmountMatch]]:
    """The figures a change order commits to: on a line holding a before and an after figure
    under a 变更前 … 变更后 header (on that line or a few above), the after one. Empty when no
    candidate stands in such a row."""
    by_line: dict[tuple[int, int], list[tuple[PageText, AmountMatch]]] = {}
    for page, m in candidates:
        by_line.setdefault((page.number, line_bounds(page.text, m.start)[0]), []).append((page, m))
    revised = []
    for (_number, start), row in by_line.items():
        if len(row) < 2:
            continue
        page = row[0][0]
        above = start
        for _ in range(HEADER_LINES_ABOVE):
            if above == 0:
                break
            above = line_bounds(page.text, above - 1)[0]
        if _BEFORE_AFTER_HEADER.search(page.text[above:line_bounds(page.text, start)[1]]):
            revised.append(max(row, key=lambda c: c[1].start))
    return revised


def _extract_amount(doc: Document, labelled: list[tuple[PageText, AmountMatch]], hits: list[Hit],
                    reread: Reread | None) -> Extracted | None:
    candidates = list(labelled)
    if doc.doc_type == "payment_proof":
        # 本次支付金额 beside 累计已付（含本次）: the payment is what this one moved, not the running total
        this_one = [(p, m) for p, m in candidates if _THIS_PAYMENT.search(_line_before(p, m))
                    and not _RUNNING_TOTAL.search(_line_before(p, m))]
        candidates = this_one or candidates
    if doc.doc_type in ("contract", "subcontract"):
        # a price table's 合计 row (金额（元） column) states the total too
        candidates += _price_candidates(_amount_candidates(find_labels(doc, LABELS.total_labels)), doc.doc_type)
        # a label of both lists (价税合计 heading an item table's column) finds the same figure
        # twice: one statement on the paper, counted once (else a line item outnumbers the total)
        candidates = _once_per_place(candidates)
    elif doc.doc_type == "acceptance_report" and not candidates:
        # an acceptance that tabulates what was accepted (a confirmation of delivered work with
        # 人天 / 金额, a goods-receipt form's items) and names no contract amount: the table's
        # 合计 row is the value accepted
        candidates = _price_candidates(_amount_candidates(find_labels(doc, LABELS.total_labels)), doc.doc_type)
    if not candidates and doc.doc_type == "payment_proof":
        candidates = _swift_amounts(doc) or _signed_amount_lines(doc)
    final_round = []
    if not candidates:
        # the amount label's own figure did not read (a seal over the conclusion line): a table of
        # bargaining rounds states the price the rounds ended at in its last round's row
        final_round = _final_round_figures(doc)
        candidates = list(final_round)
    unlabelled = False
    if not candidates and not any(_refers_elsewhere(amount_text(h.page), h) for h in hits):
        # no labelled amount: any explicit money figure in the document that is not a
        # deposit, fee or penalty (unless its amount label says the amount is stated elsewhere)
        candidates = _price_candidates([(p, m) for p in doc.pages for m in find_amounts(amount_text(p))
                                        if m.form in ("yuan", "wan", "uppercase")], doc.doc_type)
        unlabelled = bool(candidates)
    periodic_only = False
    if doc.doc_type in ("contract", "subcontract"):
        candidates, periodic_only = _totals_over_periodic(candidates)
    # a bidders' table under a bare 报价 column counts only where no amount label states the price
    lots = _party_rows(hits) or (_party_rows(_column_hits(doc)) if not labelled else [])
    if lots:
        # a column whose rows each name a different party (标包 / 成交供应商 / 金额): the document
        # states one amount per party, and the addressee's row is the one it commits to it
        return _addressee_row(doc, lots)
    revised = _revised_figures(candidates)
    corrected = [] if revised else _corrected_figures(candidates)
    chosen = _choose_amount(doc, revised or corrected or candidates)
    if chosen and final_round:
        chosen.checks.append(CHECK_FINAL_ROUND)
    if chosen and revised:
        chosen.checks.append(CHECK_REVISED_COLUMN)
    if chosen and corrected:
        chosen.checks.append(CHECK_CORRECTED_FIGURE)
        if len({m.value for _, m in corrected if m.value > 0}) > 1 and not chosen.needs_review:
            chosen.review_reason = "文件多处更正金额且更正后的金额不一致，无法确定以哪一金额为准，请人工核对"
    elif chosen and not revised and not chosen.needs_review and _states_correction(doc):
        # the paper marks a correction (a 更正 seal, a struck figure) that no figure read is
        # tied to: the figure read may be the one struck through
        chosen.review_reason = "文件标有更正（如更正章、划改），未能确定哪一金额为更正后的金额，请人工核对"
    if chosen and periodic_only and not chosen.needs_review and _PERIOD_COUNT.search(doc.text):
        # 月租金X，租期12个月 and no total stated: the figure is one period's, not the contract's
        chosen.review_reason = PERIODIC_ONLY
    unread = _unread_uppercase_total(hits) if unlabelled and chosen and not chosen.needs_review else None
    if unread is not None:
        # the amount label states its figure in 大写 and that did not read (总价为肆拾制万元整):
        # a figure found elsewhere on the page (a table row, a provisional sum) is not known to be it
        chosen.review_reason = f"金额标签后的大写金额未能识别（{unread}），所取金额并非标签所指，请人工核对"
    if chosen and chosen.needs_review and reread and chosen.provenance.method.startswith("ocr"):
        # re-read every labelled line, not only where figures were found: a misread figure
        # may not have parsed at all
        chosen = _reread_amount(doc, candidates + _label_lines(hits), reread) or chosen
    return chosen


def _once_per_place(candidates: list[tuple[PageText, AmountMatch]]) -> list[tuple[PageText, AmountMatch]]:
    """The candidates with each figure on the paper once (its page and offsets), in order."""
    seen: set[tuple[int, int, int]] = set()
    out = []
    for page, m in candidates:
        key = (page.number, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append((page, m))
    return out


# a figure stated per period (月租金, 每月, 年服务费, 元/月): one instalment of a recurring price,
# not the contract's total when the contract states a total beside it
_PERIODIC = re.compile(r"(?:(?<![0-9一二三四五六七八九十两个])[月年季周]|季度)(?:度)?(?:租金|租赁费|服务费|使用费|维护费|运维费|费用|费)"
                       r"|每(?:个)?(?:月|年|季度?|周|日|天|期)|按(?:月|年|季度?)(?:计|收取|计收|结算)"
                       r"|[/／]\s*(?:月|年|季度?|周|天)")
# the number of periods a recurring price runs (租期12个月, 共3年, 服务期限为二年): a total is theirs
# multiplied, so one period's figure is not it
_PERIOD_COUNT = re.compile(r"共\s*[\d一二三四五六七八九十两]+\s*(?:个月|年|期|个季度)"
                           r"|(?:期限|租期|服务期|租赁期)[^。；;\n]{0,30}?[\d一二三四五六七八九十两]+\s*(?:个月|年)")
PERIODIC_ONLY = "只读到按期（如每月）计的金额，未读到合同总额，请人工核对"


def _totals_over_periodic(candidates: list[tuple[PageText, AmountMatch]]
                          ) -> tuple[list[tuple[PageText, AmountMatch]], bool]:
    """The candidates that are not one period's figure (月租金X) when the document states any
    such figure (the total, 租金总额Y); else all of them, and whether they are all periodic."""
    periodic = [(p, m) for p, m in candidates if m.value > 0
                and _PERIODIC.search(_clause(amount_text(p), m.start, m.end))]
    if not periodic:
        return candidates, False
    rest = [(p, m) for p, m in candidates if (p, m) not in periodic]
    if any(m.value > 0 for _, m in rest):
        return rest, False
    return candidates, True


# a figure a document states as a correction of another: its sentence says so before it
# (更正：合同总价以X元为准, 金额更改为X, 订正为X) or it stands in 以X为准 (the figure that holds).
# 调整为 / 变更为 change a plan or a term (年度投资总额调整为X), they correct no written figure
_CORRECTION_BEFORE = re.compile(r"更正|订正|勘误|改正|(?:更|修|纠)(?:改|正)为|改为")
_HOLDS_BEFORE = re.compile(r"以\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
_HOLDS_AFTER = re.compile(r"^\s*(?:元整?|圆整?)?\s*为准")
# a page that marks a correction without tying it to a figure read: a line that is a 更正 seal
# or margin mark (alone, or beside a handwritten figure), or a correction note (更正：…)
_CORRECTION_MARK = re.compile(r"(?m)^[\s\d,.，。¥￥元]*(?:更正|订正|涂改|划改)(?:章|印)?[\s\d,.，。¥￥元]*$"
                              r"|(?:更正|订正|勘误)\s*[:：]")
CHECK_CORRECTED_FIGURE = "取自文件写明的更正后金额"


def _corrected_figures(candidates: list[tuple[PageText, AmountMatch]]) -> list[tuple[PageText, AmountMatch]]:
    """The candidates the document states as corrections of an earlier figure (更正：…以X元为准,
    改为X): the figure that stands, whatever was printed before it. Empty when none is."""
    out = []
    for page, m in candidates:
        text = amount_text(page)
        start = max((c.end() for c in _SENTENCE_OR_LINE_END.finditer(text, 0, m.start)), default=0)
        before = text[start:m.start]
        if _CORRECTED_FROM.match(text[m.end:m.end + 16]):
            continue     # 由X元更正为Y元: X is the figure corrected, not the one that stands
        if _CORRECTION_BEFORE.search(before) or (
                _HOLDS_BEFORE.search(before) and _HOLDS_AFTER.match(text[m.end:m.end + 8])):
            out.append((page, m))
    return out


_SENTENCE_OR_LINE_END = re.compile(r"[。；;\n]")
_CORRECTED_FROM = re.compile(r"^\s*(?:元|圆)?整?\s*[）)]?\s*[，,]?\s*(?:更正|订正|更改|修改|变更|调整|修正|纠正|改)为")


def _states_correction(doc: Document) -> bool:
    """Whether the document marks a correction anywhere (更正, 涂改)."""
    return any(_CORRECTION_MARK.search(p.text) for p in doc.pages)


# a run of 大写 numerals (壹拾…, 肆拾制万元整 with a misread character inside)
_UPPERCASE_RUN = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟][\u4e00-\u9fff]{0,8}?[万亿元圆]")


def _unread_uppercase_total(hits: list[Hit]) -> str | None:
    """The words after an amount label that hold 大写 numerals no figure was parsed from (the
    label's own figure, misread): what was read of it, or None."""
    for hit in hits:
        text = amount_text(hit.page)
        rest = text[hit.end:hit.line_end]
        run = _UPPERCASE_RUN.search(rest)
        if run and not any(m.form == "uppercase" for m in find_amounts(rest)):
            return run.group(0)
    return None


def _signed_amount_lines(doc: Document) -> list[tuple[PageText, AmountMatch]]:
    return [(page, figure) for page in doc.pages for _, figure in signed_figure_lines(page.text)]


def _swift_amounts(doc: Document) -> list[tuple[PageText, AmountMatch]]:
    """A SWIFT message states its amount in :32A: (240315CNY1200000,00), not after a label."""
    out = []
    for page in doc.pages:
        found = settled_amount(page.text)
        if found:
            start, end, value = found
            out.append((page, AmountMatch(start, end, page.text[start:end], value, "yuan")))
    return out


_THIS_PAYMENT = re.compile(r"本次|本笔|此次|当次")
_RUNNING_TOTAL = re.compile(r"累计|合计|共计")      # 累计已付（含本次）: a total that includes this one


def _stated_alternatives(doc: Document, labelled: list[tuple[PageText, AmountMatch]],
                         chosen: Extracted | None) -> list[Extracted]:
    """A procurement page's other figures under its amount labels (several award notices on
    one newspaper page, each with its 中标金额): distinct values besides the chosen one."""
    if doc.doc_type != "procurement_proof" or chosen is None:
        return []
    seen = {chosen.value}
    out = []
    for page, m in labelled:
        if m.form == "uppercase" or m.value <= 0 or m.value in seen:
            continue
        seen.add(m.value)
        out.append(extracted(doc, page, m.start, m.end, m.value, ["页面上同一标签下的另一金额"]))
    return out


def _line_before(page: PageText, m: AmountMatch) -> str:
    """The text from the start of the amount's line up to it (its label)."""
    return page.text[line_bounds(page.text, m.start)[0]:m.start]


def _label_lines(hits: list[Hit]) -> list[tuple[PageText, AmountMatch]]:
    """Pseudo-candidates spanning each labelled line, so re-reads cover them."""
    out = []
    for hit in hits:
        out.append((hit.page, AmountMatch(hit.start, hit.line_end, "", Decimal(0), "label")))
    return out


def _reread_amount(doc: Document, candidates, reread: Reread) -> Extracted | None:
    """Read the lines holding the amounts again with the second engine and re-decide."""
    by_page: dict[int, list[Box]] = {}
    for page, m in candidates:
        box, _ = page.locate(m.start, m.end)
        if box:
            by_page.setdefault(page.number, []).append(box)
    for number, boxes in by_page.items():
        # whole width of the lines: the label and both forms of the amount
        region = (0.0, max(min(b[1] for b in boxes) - 0.01, 0.0), 1.0,
                  min(max(b[3] for b in boxes) + 0.01, 1.0))
        page = reread(number, region)
        if page is None or not page.text.strip():
            continue
        # the second reading's figures, checked against each other and against the first
        # reading's: 大写 from one engine agreeing with 小写 from the other settles it
        found = [(page, m) for m in find_amounts(amount_text(page))]
        chosen = _choose_amount(doc, found + [(p, m) for p, m in candidates if m.form != "label"])
        if chosen and not chosen.needs_review:
            chosen.checks.append(f"第二引擎复核（{page.method}）")
            return chosen
    return None
