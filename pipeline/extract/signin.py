"""Sign-in sheets (签到表, 参会单位名单, 参会成员明细): every enterprise listed, with what its row
says about where it is registered (credit code, address). Read once with the document and
cached with it; the meetings requirement only counts what was read here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.extract.entities import find_organizations, normalize_name
from pipeline.models import Attendee, Box, Document, PageText
from pipeline.parsing.glyphs import look_alike
from pipeline.parsing.locality import PROVINCE_LEVEL, TIANJIN_DISTRICTS, find_tianjin_district, is_tianjin_address
from pipeline.parsing.uscc import find_usccs, uscc_region

# A sign-in sheet's heading (签到表, 参会单位名单 ...), a header row (… 签到时间) or a title ending in 签到表
# (a pledge's 签署页 lists the firms that signed it at the meeting; 参会企业信息表 is a filing's list)
_SHEET_HEAD = re.compile(r"签\s*[到名字]|签\s*署\s*(?:页|单位|名单)"
                         r"|(?:参会|与会|出席)(?:单位|企业|人员|代表)?(?:名单|名录|一览表|情况|信息表?|明细表?|登记表|统计表|列表|通讯录|通讯表|联络表|联系表)"
                         r"|^(?:参会|与会|出席)(?:单位|企业)[:：]?$"
                         r"|(?:来宾|嘉宾)(?:名片|登记|名录|名单)|名片(?:登记|粘贴|汇总|收集)")
_SHEET_TITLE = re.compile(r"签\s*到\s*[表册簿单](?:[（(][^）)]{0,6}[）)])?$"
                          # each firm confirms it came by its stamp or its reply on its row
                          # (参会单位盖章确认表, 参会回执汇总表): a list of attendees too
                          r"|(?:参会|与会|出席|到会)(?:单位|企业|人员|代表)?(?:盖章|签章|签字)?(?:确认|回执)(?:汇总)?[表单册]$")
# the sheet ends at a note, a total or the organiser's seal (after at least one row)
_SHEET_END = re.compile(r"^(?:注|备注|说明|附注)\s*[:：]|^(?:合计|共计|总计|小计|以上)|盖\s*章|^(?:主办|承办)单位\s*[:：（(]")
_NOT_HEADING = re.compile(r"^(?:注|备注|说明|附注)\s*[:：]")
_ADDRESS_START = re.compile(r"(?:北京|天津|上海|重庆|[\u4e00-\u9fff]{2,3}(?:省|自治区)|[\u4e00-\u9fff]{2,3}市"
                            r"|" + "|".join(TIANJIN_DISTRICTS) + ")")
_ADDRESS_PART = re.compile(r"[省市区县路街道号镇乡村园楼室巷弄层座里厦幢栋]|^\d{1,5}(?:号|-\d+)?$")
# a credit code opens with its registering authority (1-9, A, N, Y) and the kind of body (a digit)
_CODE_SHAPE = re.compile(r"(?<![0-9A-Za-z])[1-9ANY][1-9](\d{6})[0-9A-Za-z]{8,12}(?![0-9A-Za-z])")
_LEADING_SEQ = re.compile(r"^[\dIl|.、:：\s]+")
_ADDRESS_LABEL = re.compile(r"^(?:[^:：]{0,16}[:：]|(?:地址|住所|注册地址|单位地址))")   # 地址：… / …代码/地址：…
# 主办单位：… is the minutes' header, not a row (单位名称：… on a sign-in slip is one)
_LABELLED = re.compile(r"(?:主办|承办|协办|指导|支持|组织)单位\s*[:：]?\s*$|(?:主持人|记录人|会议地点|地点|发文单位|汇总|汇总单位|填报单位|填表单位|制表(?:单位)?)\s*[:：]\s*$")
_HEADER_ROW = re.compile(r"序号|单位名称|企业名称|名称")
_SEQ_TOKEN = re.compile(r"^\d{1,3}[.、。]?$")
_CODE_GAP = re.compile(r"(?<=[0-9A-Z]) (?=[0-9A-Z])")


@dataclass
class _Row:
    name: str
    rest: str               # the line with the name cut out
    page: int
    text: str
    ocr: bool


def _doc_lines(doc: Document) -> list[tuple[PageText, str]]:
    return [(page, line) for page in doc.pages for line in page.text.split("\n")]


def _is_heading(line: str, orgs: list) -> bool:
    compact = re.sub(r"\s", "", line)
    if not compact or len(compact) > 40 or _NOT_HEADING.search(compact) or compact[-1] in "。；;" \
            or re.search(r"[，,]", compact):
        return False   # prose (请于会前签到。) is not a heading
    if _SHEET_TITLE.search(compact):
        return True
    if orgs and "盖章" not in compact:
        # 来宾登记册 2024年5月6日 某某会展中心: the day and the place after the heading
        # name the venue, not a firm on the sheet
        head = _SHEET_HEAD.search(line, 0, orgs[0].start)
        return bool(head and _DAY.search(line, head.end(), orgs[0].start))
    return bool(_SHEET_HEAD.search(compact)) and not orgs and "盖章" not in compact


_DAY = re.compile(r"\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}")


def _bare_row(line: str, page: PageText) -> _Row | None:
    """A numbered row whose firm has no company suffix we know (天津某某集团) but which gives a
    credit code or an address: the first name-like cell is the firm."""
    tokens = line.split()
    if len(tokens) < 3 or not _SEQ_TOKEN.match(tokens[0]):
        return None
    ocr = page.method.startswith("ocr")
    code, region, address = _locators(line, ocr)
    if not (code or region or address):
        return None
    for tok in tokens[1:]:
        if re.fullmatch(r"[\u4e00-\u9fff（）()·]{4,40}", tok) and not (address and tok in address):
            at = line.find(tok)
            rest = line[:at] + " " * len(tok) + line[at + len(tok):]
            return _Row(normalize_name(tok), rest, page.number, line.strip(), ocr)
    return None


def _nameless_row(line: str, page: PageText) -> _Row | None:
    """A numbered row with a code or address whose name cell wrapped onto the lines above and
    below it: the name is filled in from those lines (`attendees`)."""
    tokens = line.split()
    if len(tokens) < 2 or not _SEQ_TOKEN.match(tokens[0]):
        return None
    ocr = page.method.startswith("ocr")
    if not any(_locators(line, ocr)):
        return None
    return _Row("", line, page.number, line.strip(), ocr)


def _sheet_rows(doc: Document) -> list[_Row | tuple[int, str]]:
    """Rows of the document's sign-in sheet(s), in order, with the lines between them.

    The sheet starts after its heading (the last heading-like line before the first row) and
    runs across pages to an end marker (注：…, 合计, a seal); a later heading opens another."""
    out: list[_Row | tuple[int, str]] = []
    lines = _doc_lines(doc)
    parsed = [(page, line, find_organizations(line)) for page, line in lines]
    inside, rows_seen = False, 0
    for at, (page, line, orgs) in enumerate(parsed):
        compact = re.sub(r"\s", "", line)
        if not inside:
            if _is_heading(line, orgs):
                inside, rows_seen = True, 0
            continue
        if rows_seen and _SHEET_END.search(compact) and not _HEADER_ROW.search(compact) \
                and not _SEQ_TOKEN.match(line.split()[0]):   # a header repeated on the next page goes on
            inside = False
            if _is_heading(line, orgs):   # 签到表（续） after a note
                inside, rows_seen = True, 0
            continue
        if orgs and _LABELLED.search(line[:orgs[0].start]):
            continue
        if orgs and out and isinstance(out[-1], _Row) and not out[-1].name and compact == re.sub(r"\s", "", orgs[0].text):
            out.append((page.number, line.strip()))   # the tail of the name cell above (…有限责任公司)
            continue
        if orgs and not (rows_seen == 0 and _is_heading(line, orgs) and not _SEQ_TOKEN.match(line.split()[0])):
            ocr = page.method.startswith("ocr")
            cards = _card_entries(line, orgs, parsed[at + 1:at + 4], ocr)
            for org, rest in cards or _entries(line, orgs, ocr):
                name = normalize_name(_LEADING_SEQ.sub("", org.text))
                address, firm = _address_before_name(name)
                if address:
                    # the address cell ran into the name cell (…津塘路79号天津某某有限公司)
                    name, rest = firm, rest + " " + address
                out.append(_Row(name, rest, page.number, line.strip(), page.method.startswith("ocr")))
                rows_seen += 1
        elif compact:
            bare = _bare_row(line, page) or _nameless_row(line, page)
            if bare is not None:
                out.append(bare)
                rows_seen += 1
            else:
                out.append((page.number, line.strip()))
    if not any(isinstance(r, _Row) for r in out):
        # no heading: lines naming an enterprise that are numbered or give its credit code
        for page, line, orgs in parsed:
            if orgs and not _LABELLED.search(line[:orgs[0].start]) and (
                    _SEQ_TOKEN.match(line.split()[0]) or any(m.valid for m in find_usccs(line, allow_repair=False))):
                org = orgs[0]
                rest = line[:org.start] + " " * (org.end - org.start) + line[org.end:]
                out.append(_Row(normalize_name(_LEADING_SEQ.sub("", org.text)), rest, page.number, line.strip(),
                                page.method.startswith("ocr")))
    return out


def lists_attendees(doc: Document) -> bool:
    """The document holds a list of attendees: rows were read from it, or it has a sign-in
    sheet's heading (签到表, 参会单位名单, 签署页) whose rows could not be read. A notice, or
    minutes that only say firms came, list no one."""
    return bool(doc.attendees) or any(_is_heading(line, find_organizations(line)) for _, line in _doc_lines(doc))


def sheet_read_in_full(doc: Document) -> bool:
    """The document's sign-in list was read whole: its pages are a text layer (what they
    state is exact, nothing was guessed from pixels), every row read names its firm and says
    where it is (a code or an address), no line inside the sheet that opens with a row number
    or names a firm was left unread, and every firm named on a row line is one of the rows
    read (a second column group not split off would not be). What such a list shows is all
    it shows: a shortfall against the applicant's declared count is the paper's."""
    if not doc.attendees or any(p.method != "text_layer" for p in doc.pages):
        return False
    if not all(a.name and a.sure for a in doc.attendees):
        return False
    read = {a.name for a in doc.attendees}
    for item in _sheet_rows(doc):
        if isinstance(item, _Row):
            if _ABSENT.search(item.rest):
                continue
            named = {normalize_name(_LEADING_SEQ.sub("", o.text)) for o in find_organizations(item.text)}
            if not named <= read:
                return False
            continue
        line = item[1]
        tokens = line.split()
        if find_organizations(line) or (tokens and _SEQ_TOKEN.match(tokens[0])):
            return False
    return True


def _entries(line: str, orgs: list, ocr: bool) -> list[tuple[Any, str]]:
    """The sheet entries on one line: one per firm where a sheet runs in two or more column
    groups (序号 单位名称 代码 | 序号 单位名称 代码) and each firm has its own code or address
    beside it; else the line is one entry, its first firm, with the rest of the line."""
    def blanked(text: str, org, offset: int) -> str:
        a, b = org.start - offset, org.end - offset
        return text[:a] + " " * (b - a) + text[b:]

    if len(orgs) >= 2:
        bounds = [o.start for o in orgs[1:]] + [len(line)]
        after = [(o, blanked(line[o.start:end], o, o.start)) for o, end in zip(orgs, bounds)]
        if all(any(_locators(rest, ocr)) for _, rest in after):
            return after
        starts = [0] + [o.end for o in orgs[:-1]]
        before = [(o, blanked(line[start:o.end], o, start)) for o, start in zip(orgs, starts)]
        if all(any(_locators(rest, ocr)) for _, rest in before):
            return before
    org = orgs[0]
    return [(org, blanked(line, org, 0))]


# a card's address line: 地址：… / Add: … (several cards side by side give several on one line)
_CARD_ADDRESS = re.compile(r"(?:地\s*址|住\s*址|Add(?:ress)?|ADD)\s*[:：;；.]?\s*")
# a card's locator, labelled: its address or its credit code (代码：…, 信用代码：…, 税号：…); a sheet
# of sign-in cards lets each firm fill in one or the other
_CARD_LOCATOR = re.compile(r"(?:(?:统一)?(?:社会)?信用代码|代\s*码|税\s*号|纳税人识别号"
                           r"|(?:注册|单位|通讯|联系)?地\s*址|住\s*址|Add(?:ress)?|ADD)\s*[:：;；.]?\s*")


def _card_entries(line: str, orgs: list, below: list, ocr: bool) -> list[tuple[Any, str]] | None:
    """Cards side by side (a guests' card book, a compilation of sign-in cards): each firm's
    name stands on its own line with its person, address, code and phone on the lines under
    it. When the firms' line gives no code or address of its own and a line below (before the
    next firms) holds one labelled address or code per firm, the k-th belongs to the k-th firm."""
    if any(_locators(line, ocr)):
        return None
    for _page, text, other in below:
        if other and not _CARD_LOCATOR.search(text):
            return None            # the next firms' line: these cards showed no address
        starts = [m for m in _CARD_LOCATOR.finditer(text) if _locator_after(text, m, ocr)]
        if len(starts) != len(orgs):
            continue
        ends = [m.start() for m in starts[1:]] + [len(text)]
        pieces = [(m.group(0), text[m.end():e].strip()) for m, e in zip(starts, ends)]
        if all(piece for _, piece in pieces):
            return [(org, ("地址：" if _CARD_ADDRESS.fullmatch(label) else label.strip()) + piece)
                    for org, (label, piece) in zip(orgs, pieces)]
    return None


def _locator_after(text: str, m: re.Match[str], ocr: bool) -> bool:
    """A card label followed by what it names: an address, or for a code's label a run of
    code characters (OCR may garble a few of them; a word like 代码 inside prose names nothing)."""
    if _CARD_ADDRESS.fullmatch(m.group(0)):
        return True
    value = text[m.end():].split()
    return bool(value) and len(re.sub(r"[^0-9A-Za-z]", "", value[0])) >= 12


def _locators(text: str, ocr: bool) -> tuple[str | None, str | None, str | None]:
    """(credit code, region of a code too garbled to repair, address) in a row's text."""
    tokens = text.split()
    if tokens and _SEQ_TOKEN.match(tokens[0]):
        tokens = tokens[1:]
    joined = " ".join(tokens)
    code = None
    for candidate in (joined, _CODE_GAP.sub("", joined)):   # 9112 0110 MA0X 21CF PN
        found = [m for m in find_usccs(candidate, allow_repair=ocr) if m.valid or m.repair]
        if found:
            code = found[0].code
            break
    region = None
    if code is None and ocr:
        # a code OCR garbled beyond repair still shows its region (characters 3-8)
        # in its own cell first: a stamp's smudge read as letters (SS 9112…) is no part of it
        shaped = _CODE_SHAPE.search(joined) or _CODE_SHAPE.search(joined.replace(" ", ""))
        region = shaped.group(1) if shaped else None
    address = None
    for i, tok in enumerate(tokens):
        # a bracket or quote OCR read at the cell's edge (）天津市…, 《住所）天津市…) is no part of it
        tok = _ADDRESS_LABEL.sub("", _CELL_EDGE.sub("", tok))
        tok = _CELL_EDGE.sub("", tok)
        signer = _SIGNER_THEN_ADDRESS.match(tok)
        if signer and not _ADDRESS_START.match(tok):
            # 王平静天津市滨海新区…109号: the signer's name ran into the address cell (a
            # handwritten book read without the gaps between its cells)
            tok = tok[signer.end():]
        if not _ADDRESS_START.match(tok) or not _ADDRESS_PART.search(tok[2:]):
            continue
        parts = [tok]
        for nxt in tokens[i + 1:]:       # 天津市 东丽区津塘公路26号: cells split by spaces
            if not _ADDRESS_PART.search(nxt) or re.fullmatch(r"\d{7,}", nxt):
                break
            parts.append(nxt)
        candidate = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z）)]+$", "", "".join(parts))
        candidate = _PHONE_TAIL.sub("", candidate)
        # 天津市… or 东丽区… is an address; 天津宏远集团 (a firm without a known suffix) is not
        if len(candidate) >= 3 and _ADDRESS_PART.search(candidate[2:]):
            address = candidate
            break
    return code, region, address


_CELL_EDGE = re.compile(r"^[^\u4e00-\u9fff0-9A-Za-z]+")
# a person's name (two to four characters) run into the address after it (王平静天津市…), the
# address opening with a province-level place
_SIGNER_THEN_ADDRESS = re.compile(r"(?P<signer>[\u4e00-\u9fff]{2,4}?)[\s”“\"'|·]*(?=(?:"
                                  + "|".join(PROVINCE_LEVEL) + r")(?:省|市|自治区|特别行政区)?)")
# a phone number run onto the end of the address (…109号18626617773)
_PHONE_TAIL = re.compile(r"(?<=[号室楼层座])\d{7,}$")
# an address that ends in its house number, then the firm's name: one OCR'd cell run into the next
_ADDRESS_THEN_NAME = re.compile(r"^(?:(?:地址|住所|注册地址|单位地址)[)）:：]?)?(?P<address>.+?\d+\s*号)(?P<name>[\u4e00-\u9fff].+)$")


def _address_before_name(name: str) -> tuple[str | None, str]:
    """(address, firm) when a row's firm name opens with its address; (None, name) otherwise."""
    m = _ADDRESS_THEN_NAME.match(name)
    if m is None or not _ADDRESS_START.match(m.group("address")) \
            or not _ADDRESS_PART.search(m.group("address")[2:]):
        return None, name
    orgs = find_organizations(m.group("name"))
    if not orgs or orgs[0].start != 0 or len(orgs[0].text) < 6:
        return None, name
    return m.group("address"), normalize_name(orgs[0].text)


def _tianjin_address(address: str) -> bool:
    """In Tianjin: 天津(市)… suffices on a sign-in sheet, or a Tianjin district named alone."""
    if address.startswith("天津"):
        return True
    city = re.match(r"([\u4e00-\u9fff]{2,3})(?:省|自治区|市)", address)
    if city:
        if _misread_tianjin(city.group(1)):
            # 天淖市津南区: 天津 with one character misread, before one of its districts
            return find_tianjin_district(address[city.end():]) is not None
        return is_tianjin_address(address)
    return find_tianjin_district(address) is not None


def _misread_tianjin(city: str) -> bool:
    """天津 read with one character as a look-alike (天淖, 夭津), judged from the glyphs."""
    return len(city) == 2 and city != "天津" and sum(a != b for a, b in zip(city, "天津")) == 1 and \
        all(a == b or look_alike(a, b) for a, b in zip(city, "天津"))


# a row's cell that says its firm did not come (未到, 缺席, 请假) or a cross standing alone in a cell
_ABSENT = re.compile(r"(?:^|\s)(?:未到(?:会)?|缺席|请假|未参会|未出席|不参加|不参会|[×✗✘])(?=\s|$)")


def attendees(doc: Document) -> list[Attendee]:
    """Every enterprise on the document's sign-in sheet, with what its row says about where
    it is registered. Code and address may stand in any column; a cell wrapped onto the
    lines above and below the row (ruled tables) is joined back to it."""
    items = _sheet_rows(doc)
    out: list[Attendee] = []
    found: list[tuple[str | None, str | None, str | None]] = []
    for item in items:
        found.append(_locators(item.rest, item.ocr) if isinstance(item, _Row) else (None, None, None))
    used: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, _Row) or item.name:
            continue
        # the name cell wrapped: its head on the line above, its tail below
        pieces = [k for k in (i - 1, i + 1) if 0 <= k < len(items) and not isinstance(items[k], _Row) and k not in used]
        joined = "".join(items[k][1].replace(" ", "") for k in pieces)
        orgs = find_organizations(joined)
        if orgs:
            item.name = normalize_name(orgs[0].text)
            used.update(pieces)
    for i in _rows_with_details_below(items, found, used):
        # a book of two-line entries (firm and person, then its address and phone below)
        found[i] = _locators(items[i + 1][1], items[i].ocr)
        used.add(i + 1)
    for i, item in enumerate(items):
        if not isinstance(item, _Row) or any(found[i]):
            continue
        # a wrapped cell: its first line above the row, the rest below
        before = i - 1 if i > 0 and not isinstance(items[i - 1], _Row) and i - 1 not in used else None
        after = i + 1 if i + 1 < len(items) and not isinstance(items[i + 1], _Row) else None
        if before is not None and not (_ADDRESS_START.match(items[before][1]) or
                                       re.match(r"[0-9A-Z]{4}", items[before][1])):
            before = None
        if after is not None and (_ADDRESS_START.match(items[after][1]) and
                                  i + 2 < len(items) and isinstance(items[i + 2], _Row) and not any(found[i + 2])):
            after = None   # the head of the next row's wrapped cell
        pieces = [items[k][1] for k in (before, after) if k is not None]
        if not pieces:
            continue
        joined = "".join(p.replace(" ", "") for p in pieces)
        code, region, address = _locators(joined, item.ocr)
        if not any((code, region, address)):
            code, region, address = _locators(item.rest + " " + " ".join(pieces), item.ocr)
        if any((code, region, address)):
            found[i] = (code, region, address)
            used.update(k for k in (before, after) if k is not None)
    for item, (code, region, address) in zip(items, found):
        if not isinstance(item, _Row):
            continue
        if _ABSENT.search(item.rest):
            # a reply summary lists firms that answered; a row marked 未到 (or ✗ in its
            # attendance column) says the firm did not come
            continue
        if not item.name:
            if code or region or address:
                # a numbered row with a code or address whose firm could not be read (a seal
                # over the name cell): a firm was there, which one is for a person to say
                box, method = _row_box(doc, item)
                out.append(Attendee("", code, address, False, False, item.page, item.text, box, method))
            continue
        region = uscc_region(code) if code else region
        tianjin = bool(region and region.startswith("12")) or bool(address and _tianjin_address(address))
        box, method = _row_box(doc, item)
        out.append(Attendee(item.name, code, address, tianjin, bool(region or address), item.page, item.text,
                            box, method))
    return out


def _rows_with_details_below(items: list, found: list, used: set[int]) -> list[int]:
    """Rows written as two-line entries (a sign-in book: 单位 姓名 on one line, 单位地址 电话 on
    the next): every row lacking a code or address is followed by a line of its own that gives
    one, and the first such row has none above it. Those lines are the rows' details, not the
    head of the next row's wrapped cell."""
    bare = [i for i, item in enumerate(items) if isinstance(item, _Row) and item.name and not any(found[i])]
    if len(bare) < 2:
        return []

    def details(k: int, ocr: bool) -> bool:
        return 0 <= k < len(items) and not isinstance(items[k], _Row) and k not in used \
            and any(_locators(items[k][1], ocr))

    if not all(details(i + 1, items[i].ocr) for i in bare) or details(bare[0] - 1, items[bare[0]].ocr):
        return []
    return bare


def _row_box(doc: Document, row: _Row) -> tuple[Box | None, str]:
    """Where the row stands on its page, for the reviewer's highlight (None when the reading
    has no boxes or the row was joined from wrapped cells)."""
    page = next((p for p in doc.pages if p.number == row.page), None)
    if page is None:
        return None, ""
    at = page.text.find(row.text)
    box = page.locate(at, at + len(row.text))[0] if at >= 0 and row.text else None
    return box, page.method
