"""Names of meetings, reports and standards: a label, the heading, or a 《》 title."""

from __future__ import annotations

import re

from pipeline.extract.classify import kind_title_patterns
from pipeline.extract.fields.hits import extracted, find_labels, value_region
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.models import Document, Extracted

_TITLE = re.compile(r"《([^》]{4,80})》")
_BOOK_TITLE_SUFFIX = re.compile(r"[（(](?:征求意见稿|草案|送审稿|报批稿)[）)]$")


_MEETING_WORD = re.compile(r"交流会|座谈会|研讨会|推介会|对接会|培训会|观摩会|分享会|恳谈会|现场会|沙龙|论坛|大会|会议")
# a sheet's head noun may carry who signs it (参会单位签到表, 到会企业名单); a bracketed note after the
# name says which copy of the record it is (（录音整理稿）), not which meeting
_MEETING_TITLE_AFFIX = re.compile(r"^关于(?:召开|举办|组织|开展)?|(?:的)?(?:通知|会议纪要|纪要|会议记录|记录|"
                                  r"(?:(?:参会|与会|到会|出席)(?:单位|企业|人员|代表|嘉宾)?|单位)?(?:签到表|签到册|签到单|签到|名单)|"
                                  r"[（(][^（）()]{0,6}(?:稿|记录|纪要)[）)])$")


def extract_meeting_name(doc: Document) -> Extracted | None:
    """会议名称：… on its label line (the name, not a 《》 title quoted in the minutes); without
    one, the title line (关于召开…的通知, …签到表, …会议纪要) less the words naming the paper."""
    for hit in find_labels(doc, LABELS.meeting_name_labels):
        start, end = value_region(hit)
        value = hit.page.text[start:end].strip(" ：:，,。")
        if len(value) >= 4:
            offset = start + hit.page.text[start:end].find(value)
            return extracted(doc, hit.page, offset, offset + len(value), value.replace(" ", ""),
                              ["取自会议名称栏"])
    page = doc.pages[0] if doc.pages else None
    head = page.text.split("\n")[:4] if page else []
    for i, line in enumerate(head[:3]):
        compact = re.sub(r"[\s“”\"]", "", line)
        nxt = re.sub(r"[\s“”\"]", "", head[i + 1]) if i + 1 < len(head) else ""
        if nxt and (compact.count("（") > compact.count("）") or compact.count("(") > compact.count(")")
                    or (len(nxt) <= 14 and _MEETING_TITLE_AFFIX.search(compact + nxt)
                        and not _MEETING_TITLE_AFFIX.search(compact))):
            compact += nxt   # a long title wrapped onto the next line
            line = line + "\n" + head[i + 1]
        quoted = _TITLE.search(line)
        if quoted and _MEETING_WORD.search(quoted.group(1)) and re.sub(r"\s", "", line) != re.sub(r"\s", "", quoted.group(0)):
            # a sentence whose comma OCR lost (…主办的《…交流会（第6期）》在…召开): the quoted name
            name = re.sub(r"\s", "", quoted.group(1))
            at = max(page.text.find(line), 0)
            return extracted(doc, page, at + quoted.start(1), at + quoted.end(1), name, ["取自正文所述举办的会议名称"])
        if (not compact or len(compact) > 50 or not _MEETING_WORD.search(compact)
                or re.search(r"[:：，。]", compact)):
            continue   # 会议时间：… is a label line, 兹证明，…在会议室举办 a sentence: neither is the title
        name = compact
        for _ in range(2):
            name = _MEETING_TITLE_AFFIX.sub("", name)
        if len(name) >= 6 and _MEETING_WORD.search(name):
            at = max(page.text.find(line.strip()), 0)
            return extracted(doc, page, at, at + len(line.strip()), name, ["取自标题"])
    return _held_name(doc)


_HELD_NAME = re.compile(r"(?:举办|召开|举行|主办|承办|组织)(?:了|的)?\s*[“\"「『《]([^”\"」』》\n]{4,60}?)[”\"」』》]")


def _held_name(doc: Document) -> Extracted | None:
    """…于2024年5月6日在…举办“…交流会”: the quoted name of the meeting a letter says was held
    (a certificate or report of the event, whose own title names only the paper)."""
    for page in doc.pages:
        # line breaks are removed to read a sentence across them; `where` maps back onto the page
        where = [i for i, ch in enumerate(page.text) if ch != "\n"]
        flat = "".join(page.text[i] for i in where)
        for m in _HELD_NAME.finditer(flat):
            name = re.sub(r"\s", "", m.group(1))
            if _MEETING_WORD.search(name):
                start, end = where[m.start(1)], where[m.end(1) - 1] + 1
                return extracted(doc, page, start, end, name, ["取自正文所述举办的会议名称"])
        for m in _HELD_NAME_UNCLOSED.finditer(flat):
            # the closing quote was lost (a scan's noise after it): the name ends at its head noun
            # and the issue bracketed after it
            start, end = where[m.start(1)], where[m.end(1) - 1] + 1
            return extracted(doc, page, start, end, re.sub(r"\s", "", m.group(1)),
                             ["取自正文所述举办的会议名称", "名称后引号未识别，止于会议名词"])
    return None


_HELD_NAME_UNCLOSED = re.compile(
    r"(?:举办|召开|举行|主办|承办|组织)(?:了|的)?\s*[“\"「『《]([^”\"」』》]{2,50}?"
    r"(?:交流会|座谈会|研讨会|推介会|对接会|培训会|观摩会|分享会|恳谈会|现场会|沙龙|论坛)"
    r"(?:\s*[（(][^（）()”\"」』》]{1,8}[）)])?)(?=[^\u4e00-\u9fff（(”\"」』》]|$)")


def labelled_title(doc: Document) -> Extracted | None:
    """报告名称：《…》 names the report outright."""
    for hit in find_labels(doc, LABELS.report_title_labels):
        start, end = value_region(hit)
        raw = hit.page.text[start:end]
        value = raw.strip(" ：:，,。《》")
        if len(value) >= 4:
            at = start + raw.find(value)
            return extracted(doc, hit.page, at, at + len(value), value.replace(" ", ""), ["取自报告名称栏"])
    return None


def heading_title(doc: Document) -> Extracted | None:
    """A report's own name is its heading (a 《》 title inside it cites another document): the
    first top line that names this kind of report."""
    if not doc.pages:
        return None
    page = doc.pages[0]
    titles = kind_title_patterns(doc.doc_type)
    pos = 0
    for line in page.text.split("\n")[:4]:
        compact = line.strip()
        if 4 <= len(compact) <= 50 and not re.search(r"[:：。，]", compact) and any(t.search(compact) for t in titles):
            at = page.text.find(compact, pos)
            return extracted(doc, page, at, at + len(compact), compact.replace(" ", ""), ["取自标题"])
        pos += len(line) + 1
    return None


# a standard's code right before a 《》 title (按照GB/T 1.1—2020《…》的规定): the text cites
# that other standard, it does not name its own
_CITED_CODE = re.compile(r"[A-Z]{1,4}(?:/[A-Z])?\s*\d+(?:\.\d+)*(?:\s*[—\-－]\s*\d{4})?\s*$")


def quoted_title(doc: Document) -> Extracted | None:
    for page in doc.pages:
        for m in _TITLE.finditer(page.text):
            if _CITED_CODE.search(page.text, max(0, m.start() - 24), m.start()):
                continue
            title = _BOOK_TITLE_SUFFIX.sub("", m.group(1).replace(" ", ""))
            return extracted(doc, page, m.start(1), m.end(1), title)
    return None


# a draft's cover names its stage on a line of its own under its name: （征求意见稿）
_STAGE_LINE = re.compile(r"^\s*[（(](?:征求意见稿|草案|送审稿|报批稿|讨论稿|审查稿|工作组讨论稿)[）)]\s*$")
# the lines above the name: the standard's level (团体标准), its codes, an English name
_NOT_A_NAME_LINE = re.compile(r"^(?:中华人民共和国)?[\u4e00-\u9fff]{0,8}(?:国家|行业|地方|团体|企业|联盟)标准$"
                              r"|[A-Za-z0-9]|发布|实施|[:：。，]")


def draft_heading(doc: Document) -> Extracted | None:
    """A draft's name on its cover: the line above its stage note (and the line before it when
    the name wraps onto two lines)."""
    for page in doc.pages[:2]:
        lines = page.text.split("\n")
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        for i, line in enumerate(lines):
            if not _STAGE_LINE.match(line) or i == 0:
                continue
            name = lines[i - 1].strip()
            if not name or _NOT_A_NAME_LINE.search(name) or not 4 <= len(name) <= 50:
                continue
            first = i - 1
            above = lines[i - 2].strip() if i >= 2 else ""
            if above and not _NOT_A_NAME_LINE.search(above) and len(above + name) <= 50:
                first, name = i - 2, above + name
            start = offsets[first] + (len(lines[first]) - len(lines[first].lstrip()))
            end = offsets[i - 1] + len(lines[i - 1].rstrip())
            return extracted(doc, page, start, end, name.replace(" ", ""), ["取自封面标题"])
    return None


def extract_title(doc: Document) -> Extracted | None:
    """A meeting's name, a diagnosis report's own name, or the 《》 title of a standard."""
    if doc.doc_type == "meeting_record":
        found = extract_meeting_name(doc)
        if found:
            return found
    if doc.doc_type == "diagnosis_report":
        found = labelled_title(doc) or heading_title(doc)
        if found:
            return found
    found = quoted_title(doc)
    if found is None and doc.doc_type == "standard_draft":
        found = draft_heading(doc)
    return found
