"""A diagnosis report's solution section: a heading that proposes, with content under it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.fields.hits import extracted
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.models import Document, Extracted, PageText

# a heading with (almost) nothing under it proposes nothing; a slide's or a card's one line
# (解决方案：建设设备联网平台，分两期实施) is short and still proposes
SOLUTION_MIN_CHARS = 12
# a form's row label OCR ran into its cell, or a cell's line read above its label (which may be
# the previous row's), is taken as the cell only with a full sentence in it
FUSED_MIN_CHARS = 20
# a lone glyph under a heading or in a form's box ended by the next heading or the signatures
# (a seal's or a speck's trace OCR read) says nothing: the box is empty
STRAY_GLYPHS = 1
# where a row label that OCR fused with its cell ends: at its last solution word (建议, 方案, 措施…)
_FUSED_LABEL_END = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:建议|方案|措施|对策|路径|路线图|计划)(?=[\u4e00-\u9fff])")


_NUMBERING = (
    ("cn", re.compile(r"^[一二三四五六七八九十]+[、.．]")),
    ("chapter", re.compile(r"^第[一二三四五六七八九十\d]+(?:章|部分|节|篇)")),
    ("paren", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("paren_digit", re.compile(r"^[（(]\d+[）)]")),
    ("digit", re.compile(r"^\d+(?:[.．]\d+)*(?:[、.．]|(?=[\u4e00-\u9fff]))")),
    # a problem-solving report's disciplines (8D: D1成立小组 … D5永久纠正措施 … D8)
    ("discipline", re.compile(r"^D\d{1,2}(?:[、.．:：]|(?=[\u4e00-\u9fff]))")),
)
# a heading that says there is no solution, defers it, or is a table-of-contents entry
_HEADING_REFUSES = re.compile(r"未(?!来)|没有|暂无|另行|待定|待补|不适用|[（(]略[）)]|^略$|无$")
# an interim measure (临时围堵措施, 应急措施) contains a problem until it is solved: not the solution
_INTERIM = re.compile(r"临时|围堵|应急")
# a label that names a date or a deadline (建议复诊日期, 建议完成时间): a field, no section
# (a section on a plan and its timing, 实施计划与时间, is no date's label)
_DATE_LABEL = re.compile(r"^[^与及和、]{0,6}(?:日期|时间|时限|期限)$")
_TOC_ENTRY = re.compile(r"[.…·]{3,}|…|[\s.·]\d{1,3}$")
_CONTENT_REFUSES = re.compile(r"^(?:本次诊断|本报告|诊断组|我们|我方)?[，,]?(?:暂|尚)?(?:未|不|没有|无)(?:提出|提供|给出|形成|涉及)"
                              r"|^[（(]?(?:暂无|无|略)[）)]?[。.]?(?:$|[（(]?[^\u4e00-\u9fff]*$)|另行(?:提供|制定|编制|沟通)")
# the signature block under the last section is not its content
# (a sign-off set off by a dash, ——X公司诊断服务组, is the writer's name; OCR reads the dash
# as 一一, which opens a sign-off only before an organisation's name)
_SIGNATURE = re.compile(r"盖\s*章|签\s*[字章]|^(?:诊断单位|编制单位|报告单位|服务单位|编制人|审核人|日期|附件)[:：]"
                        r"|^(?:——|－－|--|一一(?=[^，,。；;]{2,30}?(?:公司|中心|研究院|研究所)))")
_CONTENT_CHARS = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}")
# an English translation beside a bilingual heading (Recommendations解决方案建议): not a sentence
_LATIN_GLOSS = re.compile(r"^[A-Za-z][A-Za-z&/\-]{3,}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[A-Za-z][A-Za-z&/\-]{3,}$")


def _numbering(line: str) -> tuple[str | None, int, int]:
    """(style, depth, length) of a line's section number; (None, 0, 0) when unnumbered."""
    for style, pattern in _NUMBERING:
        m = pattern.match(line)
        if m:
            depth = m.group(0).count(".") + m.group(0).count("．") + 1 if style == "digit" else 1
            if style == "digit" and m.group(0)[-1] in ".．":
                depth -= 1
            return style, depth, m.end()
    return None, 0, 0


def _leading_number(line: str) -> int:
    m = re.match(r"\d+", line)
    return int(m.group(0)) if m else 0


# a heading set off by brackets, its content run on after it (【改进建议】建设…, 〔解决方案〕…)
_BRACKETED = re.compile(r"^[【〔［\[]([^】〕］\]]{1,20})[】〕］\]][：:]?")


def _solution_heading(compact: str, words: re.Pattern[str]) -> tuple[str, str] | None:
    """(heading, inline content) when the line is shaped like a solution section heading."""
    bracketed = _BRACKETED.match(compact)
    if bracketed:
        compact = bracketed.group(1) + "：" + compact[bracketed.end():]
    head, sep, inline = compact.partition("：") if "：" in compact else compact.partition(":")
    if not sep:
        # OCR reads the colon after a heading as a semicolon: （三）解决方案建议；分两期实施…
        early = re.search(r"[；;]", compact[:24])
        if early and _numbering(compact)[0] and words.search(compact[:early.start()]):
            head, sep, inline = compact[:early.start()], "：", compact[early.end():]
    if not sep:
        # a letter runs its numbered sections on as paragraphs, the heading closed by a full
        # stop: （三）改进建议。1．部署…; the heading is only the solution words, no sentence
        style, _depth, at = _numbering(compact)
        early = re.search(r"[。．.]", compact[at:at + 14]) if style else None
        if early:
            named = compact[at:at + early.start()].strip(" 、")
            last = None
            for last in words.finditer(named):
                pass
            if named and last is not None and last.end() == len(named) and len(named) <= 12:
                head, sep, inline = compact[:at + early.start()], "：", compact[at + early.end():]
    if not sep:
        head, inline = compact, ""
    if not head or head[-1] in "。；;，," or _TOC_ENTRY.search(head) or _HEADING_REFUSES.search(head) \
            or _INTERIM.search(head):
        return None
    style, _depth, at = _numbering(head)
    body = _LATIN_GLOSS.sub("", head[at:].lstrip(" 、.．"))
    # 方案 proposes only as the heading's head noun (整改方案), not inside it (方案背景); a later
    # word may still (节能改造措施建议)
    m = next((w for w in words.finditer(body)
              if w.group(0) not in LABELS.solution_head_nouns or not body[w.end():].strip(" ：:")), None)
    if m is None or re.search(r"[。；;，,]", body[:m.start()]):
        return None
    if _DATE_LABEL.search(body[m.end():]):
        # a date's label (建议复诊日期, 建议完成时间): it says when, not what to do
        return None
    if style is None:
        # unnumbered: a short line ending in the word (or a short qualifier), not a sentence
        if len(body) > 16 or len(body) - m.end() > 6:
            return None
    elif len(body) > 30 or m.start() > 16 or len(body) - m.end() > 12:
        return None
    return head, inline


# a letter's (or a report's) sentence that introduces what follows as its proposals: the
# solution word, then 如下/以下 (建议如下：, 改进措施如下), or 如下/以下 before it (提出以下建议：,
# 现提出如下几点对策：), or a short clause ending in the word before a colon (我方建议：); OCR
# reads the colon as a semicolon or loses it at a line's end
_LEAD_AFTER = r"(?:[\u4e00-\u9fff]{{0,4}}?(?:如下|以下))(?:[：:；;]|$)"
_LEAD_BEFORE = r"(?:如下|以下|下列)(?:[几\d一二三四五六七八九十]+[点条项])?(?:的)?[\u4e00-\u9fff]{{0,4}}?(?:{w})(?:[：:；;]|$)"
_LEAD_CLAUSE = r"(?:^|[，,。；;])(?P<clause>[\u4e00-\u9fff]{{0,8}}?(?:{w}))[：:]"
# a letter's closing formula ends its body (特此告知。此致): what follows is its sign-off
_LETTER_CLOSE = re.compile(r"^(?:特此(?:告知|函告|通知|函复|说明|证明)|此致)")


@lru_cache(maxsize=32)
def _lead_patterns(words: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    w = words.pattern
    return (re.compile(f"(?:{w})" + _LEAD_AFTER.format()), re.compile(_LEAD_BEFORE.format(w=w)),
            re.compile(_LEAD_CLAUSE.format(w=w)))


def _lead_in(compact: str, words: re.Pattern[str]) -> tuple[str, str] | None:
    """(lead-in, what follows it on the line) when a sentence introduces the proposals that
    follow (针对上述问题，建议如下：一是…); a lead-in that refuses or defers (建议另行提供) is none."""
    for pattern in _lead_patterns(words):
        m = pattern.search(compact)
        if m is None:
            continue
        start = m.start("clause") if "clause" in pattern.groupindex else m.start()
        lead = compact[start:m.end()].rstrip("：:；;")
        if _HEADING_REFUSES.search(lead) or _INTERIM.search(lead) or _TOC_ENTRY.search(lead):
            return None
        return lead, compact[m.end():]
    return None


# a title that names a form (…及改进建议表): the form has a solution only in a column of its table
_FORM_TITLE = re.compile(r"(?:表|台账|(?<!清)单)$")
TITLE_LINES = 3


def _form_title(lines: list[tuple[PageText, int, str]], i: int, heading: str) -> bool:
    """The heading is the form's title on the first page's first lines: it says what the form
    is for, not that a section of it proposes."""
    return i < TITLE_LINES and lines[i][0] is lines[0][0] and _numbering(heading)[0] is None \
        and bool(_FORM_TITLE.search(heading))


def _column_heading(line: str, words: re.Pattern[str]) -> str | None:
    """A table's header row with a solution column (序号 领域 问题 整改建议): the column's cell."""
    cells = line.split()
    if not cells or _numbering(cells[0])[0] is not None:
        return None
    # a form's row label and its cell (诊断意见及建议 建议部署… 并接入…): the row's label is the
    # solution word, its cell's words are no column headers even when OCR splits them apart
    label = _solution_heading(cells[0], words)
    if label is not None and not label[1]:
        return None
    for cell in cells[1:]:
        found = _solution_heading(cell, words)
        if found is not None and not found[1]:
            return cell
    # OCR ran the header's cells together (序号诊断领域问题描述严重度改进建议): a row that opens
    # with the row-number column and ends in a solution word has that column at its right
    compact = "".join(cells)
    last = None
    for last in words.finditer(compact):
        pass
    if _TABLE_HEADER.match(compact) and last is not None and last.end() == len(compact) \
            and last.group(0) not in LABELS.solution_head_nouns and "：" not in compact and ":" not in compact:
        return last.group(0)
    return None


_TABLE_HEADER = re.compile(r"^(?:序号|编号|序|No\.?)(?![\d一二三四五六七八九十])")


# the document says where its content ends (以下空白, 此页以下无正文)
_CONTENT_ENDS = re.compile(r"^[（(【\[]?(?:此页|本页)?以下(?:空白|无正文|无内容|为空白|无)[）)】\]]?")
# it says its suggestions come later or not at all (改进建议另行提供, 整改方案待…后提交)
_DEFERRED = re.compile(r"(?:另行|后续|稍后|日后|择期|暂不|不再|待[^。；;]{1,20}?后(?:再)?)"
                       r"(?:提供|提交|给出|出具|编制|制定|补充|反馈|提出)")
# the report's last section puts its work off (待企业补齐台账后再行评估): it ends without proposing
_WORK_DEFERRED = re.compile(r"待[^。；;]{1,24}?后(?:再行?|另行)(?:评估|诊断|提出|出具|给出|提供|制定|编制|沟通|商定|商议|研究|讨论)")
# a slide deck's own numbering (幻灯片3, Slide 3, 第3页 standing alone): its slides, in order
_SLIDE = re.compile(r"^(?:幻灯片|(?i:slide))\s*(\d{1,3})$|^第(\d{1,3})页$")


def states_no_solution(doc: Document, headings: tuple[str, ...] | list[str] | None = None) -> Extracted | None:
    """The line by which a report that has no solution (find_solution found none; the caller
    asks only then) states that it holds none: a solution heading or column with nothing (or
    无, 待定) under it, suggestions deferred to a later paper (a promise is no solution), a last
    section that puts the work off, or its content marked as ended after numbered sections that
    run without a hole (a missing number may be a heading OCR lost). Located, so a reviewer sees
    the page; None when nothing is stated."""
    words = _heading_words(tuple(headings or LABELS.solution_headings))
    for section in _sections(doc, words):
        if section.empty_column or section.refuses or (section.closed and section.weight <= STRAY_GLYPHS):
            return extracted(doc, section.page, section.start, section.end, section.value,
                             ["报告的方案/建议栏下无内容"])
    numbers: list[int] = []
    slides: list[int] = []
    put_off: tuple[PageText, int, str] | None = None   # a deferral in the section (or slide) last numbered
    for page in doc.pages:
        offset = 0
        for line in page.text.split("\n"):
            start, offset = offset, offset + len(line) + 1
            c = line.replace(" ", "").replace("\u3000", "")
            m = words.search(c)
            stated = bool(m and _DEFERRED.search(c[m.end():]))
            if not stated:
                cn = re.match(r"^([一二三四五六七八九十]+)[、.．]", c)
                slide = _SLIDE.match(c)
                if cn:
                    numbers.append(chinese_section_number(cn.group(1)))
                    put_off = None
                elif slide:
                    slides.append(int(slide.group(1) or slide.group(2)))
                    put_off = None
                elif put_off is None and _WORK_DEFERRED.search(c):
                    put_off = (page, start, line)
                stated = bool(_CONTENT_ENDS.match(c)) and _in_order(numbers)
            if stated:
                return _stated_line(doc, page, start, line)
    # the last section or slide puts the work off, and none before it is missing (a missing
    # number may be a heading, or a slide, OCR lost)
    if put_off is not None and (_in_order(numbers) or (not numbers and _in_order(slides))):
        return _stated_line(doc, *put_off)
    return None


# a sentence that prescribes (企业应尽快…, 建议引入…, 宜分两期…, 亟需建立…): a proposal whatever
# its section is called (应用, 应收, 应急, 应对 are words, not the modal; 应贵公司邀请 is "at the
# invitation of")
_PRESCRIBES = re.compile(r"(?:^|[：:；;，,。])(?:企业|贵公司|贵司|贵单位|该企业|公司|我们|诊断组)?"
                         r"(?:建议|应当|应尽快|应(?![用收付急对答])(?![^。，,；;：:]{0,10}(?:邀|请|委托|要求|约))"
                         r"|宜|亟需|亟待|需尽快|务必|须|推荐)(?=[\u4e00-\u9fffA-Za-z]{2})")
# a line that says the proposals are not given (暂无改造计划，未出具方案) or come later
_WITHHOLDS = re.compile(r"暂无|暂不|未(?:出具|提出|提供|给出|形成|编制)|不(?:提出|提供|出具|涉及)")
# a section that states what was found (现状, 问题, 发现…): the findings a proposal would follow
_FINDINGS_HEADING = re.compile(r"问题|不足|短板|差距|薄弱|发现|隐患")
# a section that describes rather than proposes (a later 诊断结论, 评分, 说明)
_DESCRIBES = re.compile(r"问题|不足|短板|差距|薄弱|发现|隐患|现状|概况|情况|基础|背景|结论|评分|得分|结果|边界|数据|说明|附件|备注")
_LABEL = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,12})[：:]|^[【〔［\[]([\u4e00-\u9fffA-Za-z]{2,12})[】〕］\]]")


def _section_label(compact: str) -> tuple[str | None, int, str] | None:
    """(numbering style, depth, label) of a line that opens a section: a numbered heading, or
    a short label before a colon (主要问题：…); None for other lines."""
    style, depth, at = _numbering(compact)
    rest = compact[at:].lstrip(" 、.．")
    m = _LABEL.match(rest)
    if style is not None:
        label = (m.group(1) or m.group(2)) if m else rest[:12]
        return (style, depth, label) if label else None
    return (None, 0, m.group(1) or m.group(2)) if m else None


def unheaded_proposal(doc: Document) -> Extracted | None:
    """A line of a report that find_solution found no solution heading in, that still proposes:
    a sentence that prescribes (建议…, 应…, 宜…), or a section after the findings, numbered or
    labelled like them, that neither describes nor is a date's label (3.应用推进路径：… after
    2.存在问题：…). The reader does not know that heading: the report's solution is a question
    for a reviewer, not a confident absence. Located; None when the report has no such line."""
    findings: tuple[str | None, int] | None = None
    for page in doc.pages:
        offset = 0
        for line in page.text.split("\n"):
            start, offset = offset, offset + len(line) + 1
            c = line.replace(" ", "").replace("\u3000", "")
            if not c or _SIGNATURE.search(c) or _WITHHOLDS.search(c) or _DEFERRED.search(c):
                continue
            section = _section_label(c)
            label = section[2] if section else ""
            if section is not None and findings is not None and (section[0], section[1]) == findings \
                    and not _DESCRIBES.search(label) and not _DATE_LABEL.search(label) \
                    and len(_CONTENT_CHARS.findall(c)) - len(label) >= SOLUTION_MIN_CHARS:
                return _proposal_line(doc, page, start, line)
            if section is not None and _FINDINGS_HEADING.search(label):
                findings = (section[0], section[1])
            for m in _PRESCRIBES.finditer(c):
                clause = re.split(r"[：:；;，,。]", c[m.end():])[0]
                if not _DATE_LABEL.search(c[m.start():m.end()].lstrip("：:；;，,。") + clause) \
                        and len(_CONTENT_CHARS.findall(clause)) >= 4:
                    return _proposal_line(doc, page, start, line)
    return None


def _proposal_line(doc: Document, page: PageText, start: int, line: str) -> Extracted:
    lead = len(line) - len(line.lstrip())
    return extracted(doc, page, start + lead, start + len(line.rstrip()), line.strip(),
                     ["报告有建议性内容，但无已知的方案/建议章节标题"])


def _in_order(numbers: list[int]) -> bool:
    """Numbers that run 1, 2, 3… without a hole."""
    return bool(numbers) and numbers == list(range(1, len(numbers) + 1))


def _stated_line(doc: Document, page: PageText, start: int, line: str) -> Extracted:
    lead = len(line) - len(line.lstrip())
    return extracted(doc, page, start + lead, start + len(line.rstrip()), line.strip(), ["报告写明不含解决方案"])


_CN_UNITS = "一二三四五六七八九"


def chinese_section_number(numeral: str) -> int:
    """一 → 1, 十 → 10, 十一 → 11, 二十三 → 23; 0 for what is no numeral below a hundred."""
    m = re.fullmatch(r"([一二三四五六七八九])?(十)?([一二三四五六七八九])?", numeral)
    if not numeral or m is None or (m.group(1) and m.group(3) and not m.group(2)):
        return 0
    tens = (_CN_UNITS.index(m.group(1)) + 1 if m.group(1) else 1) if m.group(2) else 0
    ones = m.group(3) if m.group(2) else m.group(1)
    return tens * 10 + (_CN_UNITS.index(ones) + 1 if ones else 0)


def solution_words(headings: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a vocabulary's solution words (its headings and head nouns)."""
    return _heading_words(headings)


@lru_cache(maxsize=32)
def _heading_words(headings: tuple[str, ...]) -> re.Pattern[str]:
    """The solution words of a vocabulary (its headings and head nouns), longest first."""
    vocabulary = set(headings) | set(LABELS.solution_head_nouns)
    return re.compile("|".join(re.escape(w) for w in sorted(vocabulary, key=len, reverse=True)))


def _in_contents(lines: list[tuple[PageText, int, str]], i: int) -> bool:
    """A heading listed under 目录 (only other short headings between them)."""
    for _page, _offset, line in reversed(lines[max(0, i - 15):i]):
        c = line.replace(" ", "").replace("\u3000", "")
        if c in ("目录", "目次"):
            return True
        if c and not (_numbering(c)[0] and len(c) <= 30 and c[-1] not in "。；;"):
            return False
    return False


@dataclass
class _Section:
    """A solution heading (a section heading, a form's row label or a table's column) and what
    stands under it."""
    page: PageText
    start: int              # where its heading (or row label) stands on the page
    end: int
    value: str
    check: str
    content: str            # the text under it, its column's cells for a column
    empty_column: bool      # a column whose table rows hold nothing (or only 无, 待定) in it
    closed: bool = False    # the next heading (or the signatures) ends it: nothing under it was lost
    borrowed: bool = False  # its content includes the line above its label (a form cell's first line)

    @property
    def refuses(self) -> bool:
        """What stands under the heading says no solution is given (无, 暂无, 未提出)."""
        return bool(_CONTENT_REFUSES.search(self.content.replace(" ", "")[:40]))

    @property
    def weight(self) -> int:
        # a Latin word (MES, APS) says about as much as two characters
        return sum(1 if "\u4e00" <= ch[0] <= "\u9fff" else 2 for ch in _CONTENT_CHARS.findall(self.content))

    @property
    def proposes(self) -> bool:
        least = FUSED_MIN_CHARS if self.borrowed else SOLUTION_MIN_CHARS
        return not self.empty_column and not self.refuses and self.weight >= least


# a table row: cells apart, no sentence (说明：…。 under a table is no row of it)
_SENTENCE = re.compile(r"。|^[\u4e00-\u9fff]{1,8}[:：]")
# a cell that says the column is empty for its row
_EMPTY_CELL = re.compile(r"^(?:无|暂无|待定|待补|/|／|—+|-+|－+|空)$")


def _column_cells(lines: list[tuple[PageText, int, str]], i: int, cell_start: int, cell_end: int) \
        -> tuple[str, bool] | None:
    """The cells of the table column whose header cell is [cell_start, cell_end) on line i, and
    whether the column is empty: each row's words whose middle stands between the column's
    borders (half way to its neighbours' header cells). None when the page has no boxes or no
    row follows the header."""
    page, offset, line = lines[i]
    header = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    boxes = {}
    for k, (a, b) in enumerate(header):
        box, _ = page.locate(offset + a, offset + b)
        if box is None:
            return None
        boxes[k] = box
    col = next((k for k, (a, b) in enumerate(header) if a <= cell_start < b), None)
    if col is None:
        return None
    x0, x1 = page.locate(offset + cell_start, offset + cell_end)[0][0::2]
    left = (boxes[col - 1][2] + x0) / 2 if col > 0 else 0.0
    right = (x1 + boxes[col + 1][0]) / 2 if col + 1 < len(header) else 1.0
    cells: list[str] = []
    rows = 0
    for row_page, row_offset, row in lines[i + 1:i + 40]:
        words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", row)]
        if row_page is not page or len(words) < 2 or _SENTENCE.search(row.strip()) \
                or _SIGNATURE.search(row.replace(" ", "")):
            break
        rows += 1
        for a, b, word in words:
            box, _ = page.locate(row_offset + a, row_offset + b)
            if box is None:
                return None
            if left <= (box[0] + box[2]) / 2 < right:
                cells.append(word)
    if not rows:
        return None
    return " ".join(cells), all(_EMPTY_CELL.match(c) for c in cells)


def _sections(doc: Document, words: re.Pattern[str]):
    """Each solution heading of the report, in reading order, with what stands under it.

    The section runs to the next heading numbered like it, across pages (a heading at the foot
    of a page has its content on the next); a heading that refuses (未提出, 另行提供), a
    table-of-contents entry and a form's title are none."""
    lines: list[tuple[PageText, int, str]] = []
    for page in doc.pages:
        offset = 0
        for line in page.text.split("\n"):
            lines.append((page, offset, line))
            offset += len(line) + 1
    for i, (page, offset, line) in enumerate(lines):
        compact = line.replace(" ", "").replace("\u3000", "")
        # a table's header row (工序 失效模式 风险值 改进措施 责任人) is no heading run together
        column = _column_heading(line, words) if len(line.split()) >= 3 else None
        found = _solution_heading(compact, words) if column is None else (column, "")
        row_label = column
        if found is not None and column is None and not found[1]:
            # a row label apart from what its cell holds (诊断意见及建议 全: a seal's trace in an
            # empty box) is the label, and the rest its cell, not a longer heading
            cells = line.strip().split(None, 1)
            label = _solution_heading(cells[0], words) if len(cells) == 2 else None
            if label is not None and not label[1] and _numbering(cells[0])[0] is None:
                found, row_label = (label[0], cells[1]), cells[0]
        if found is None:
            # a form's row label and its cell on one line: 专家诊断意见及建议 上线MES系统，…
            cells = line.strip().split(None, 1)
            label = _solution_heading(cells[0], words) if len(cells) == 2 else None
            if label is not None and not label[1] and _numbering(cells[0])[0] is None:
                found, row_label = (label[0], cells[1]), cells[0]
            else:
                # OCR ran the label into its cell: 专家诊断意见及建议建设WMS并与ERP集成…
                fused = _FUSED_LABEL_END.search(line.strip()[:14])
                head = line.strip()[:fused.end()] if fused else ""
                if len(head) >= 4 and _solution_heading(head, words) is not None \
                        and len(line.strip()) - len(head) >= FUSED_MIN_CHARS:
                    found, row_label = (head, line.strip()[len(head):]), head
        if found is None:
            column = _column_heading(line, words)
            if column is not None:
                found, row_label = (column, ""), column
        lead = None
        if found is None:
            # a letter's prose introduces its proposals in a sentence (针对上述问题，建议如下：一是…)
            lead = _lead_in(compact, words)
            if lead is not None:
                found, row_label = lead, lead[0]
        if found is None:
            continue
        heading, inline = found
        if _in_contents(lines, i) or (row_label is None and _form_title(lines, i, heading)):
            continue
        style, depth, _ = _numbering(compact)
        bracketed = style is None and bool(_BRACKETED.match(compact))
        content = [inline] if inline else []
        borrowed = False
        if style is None and not bracketed and not inline and column is None and lead is None and i > 0 \
                and lines[i - 1][0] is page:
            # a form's row label (改造建议) stands mid-height in its cell: the cell's first
            # line is read above it
            above = lines[i - 1][2].replace(" ", "").replace("\u3000", "")
            a_style = _numbering(above)[0]
            if above and not (a_style in ("cn", "chapter") and len(above) <= 30) \
                    and _solution_heading(above, words) is None:
                content.append(lines[i - 1][2])
                borrowed = True
        closed = False
        for _page, _offset, nxt in lines[i + 1:i + 40]:
            c = nxt.replace(" ", "").replace("\u3000", "")
            if _LETTER_CLOSE.match(c):
                closed = True
                break
            n_style, n_depth, _ = _numbering(c)
            closed = True
            if style is not None and n_style == style and n_depth <= depth:
                # 3 改进建议 may list its items 1. 2.: only 4 (or 3 at a shallower level) ends it
                if style != "digit" or n_depth < depth or _leading_number(c) > _leading_number(compact):
                    break
            if style is None and _solution_heading(c, words) is None and n_style in ("cn", "chapter") \
                    and len(c) <= 30:
                break
            if bracketed and _BRACKETED.match(c):
                break       # 【改进建议】… ends at the next bracketed heading
            if _SIGNATURE.search(c):
                break
            content.append(nxt)
            closed = False
        text = " ".join(content)
        start = offset + (line.index(row_label) if row_label and row_label in line else len(line) - len(line.lstrip()))
        empty_column = False
        if column is not None and column in line:
            # a table's column proposes by its cells, not by the other columns' words in its rows
            cells = _column_cells(lines, i, line.index(column), line.index(column) + len(column))
            if cells is not None:
                empty_column = cells[1]
        if row_label is not None:
            check = "取自诊断报告引出建议的语句" if lead is not None else "取自诊断报告的方案/建议栏"
            yield _Section(page, start, start + len(row_label), row_label, check, text,
                           empty_column, closed and column is None, borrowed)
        else:
            yield _Section(page, start, offset + len(line.rstrip()), line.strip(), "取自诊断报告的方案/建议章节",
                           text, False, closed, borrowed)


def find_solution(doc: Document, headings: tuple[str, ...] | list[str] | None = None) -> Extracted | None:
    """The heading of a diagnosis report's solution section, when content follows it: a heading
    that refuses (未提出, 另行提供), a table-of-contents entry, a content that says no solution
    is given and a solution column whose cells are empty do not count."""
    words = _heading_words(tuple(headings or LABELS.solution_headings))
    for section in _sections(doc, words):
        if section.proposes:
            return extracted(doc, section.page, section.start, section.end, section.value, [section.check])
    return None


def extract_solution(doc: Document) -> Extracted | None:
    return find_solution(doc, LABELS.solution_headings)
