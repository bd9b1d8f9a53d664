"""An acceptance's outcome: the ticked option of a form, the conclusion row, or the sentence
in which the customer (or its panel) decides."""

from __future__ import annotations

import re

from pipeline.extract.fields.hits import Hit, extracted, line_bounds, preliminary_label, value_region
from pipeline.extract.fields.vocabulary import LABELS, one_of
from pipeline.models import Document, Extracted

_RESULT_LABEL = re.compile(r"验收结论|验收意见|结论|验收结果")
# a refusal is a failing option too (□同意验收 □拒绝验收), as are the German form's words (Abnahme
# erteilt / Abnahme verweigert: acceptance given / refused)
# a refusal may name what it does not grant between its words (暂不同意通过验收, 不予以通过, 不同意
#本项目验收); 不同意见 (dissent: 无不同意见，通过验收) is no refusal
_NEGATIVE = re.compile(r"不合格|不予通过|未通过|不通过|不同意验收|未能通过|验收不通过|拒绝验收|"
                       r"不(?:同意(?!见)|予以?)[^。，,；;：:\n]{0,8}?(?:通过|验收)|(?i:abnahme[ \t]*verweigert)")
# a refusing option of a form (☐ 不接受): negative as an option only; in prose 不接受 is no decision
_NEGATIVE_OPTION = re.compile(_NEGATIVE.pattern + r"|不接受")
_POSITIVE = re.compile(r"合格|通过|同意验收|符合要求|(?i:abnahme[ \t]*erteilt)")
# a failing word that names defects (不合格项已整改, 不合格品 3 件, 不合格率): a noun, no verdict;
# blanked before a verdict is looked for, so neither its 不合格 nor its 合格 decides
_DEFECT_NOUN = re.compile(r"(?:不合格|不通过|未通过)(?:项|品|处|点|率|数|问题|情况|记录)")


# forms tick one of their printed options: ■合格 □不合格, ☑通过 ☐不通过, ☑接受 ☐不接受 (a
# customer's buy-off). OCR keeps the empty box as 口 more often than it keeps the filled one.
_OPTION_WORD = (r"(?:不合格|合格|不予通过|未通过|不通过|通过|不同意验收|同意验收|拒绝验收|不接受|接受"
                r"|(?i:abnahme[ \t]*(?:erteilt|verweigert)))")
# the box before its option (■合格 □不合格) or the mark after it in brackets (同意验收（√） 不同意验收（ ）)
# an option may name what passed before its word (■验收合格 □验收不合格, □有条件通过): the box
# still belongs to it. An option of a preliminary check (■初验合格) is read as one, to be set aside:
# a preliminary check decides nothing (the vocabulary's `preliminary_checks`)
_OPTION_QUALIFIER = (rf"(?:(?P<pre>{one_of(LABELS.preliminary_checks)})"
                     r"|(?:最终|竣工|交付)?(?:验收|终验)|有条件|基本|予以|准予)?")
_BOX_OPTION = re.compile(rf"(?:(?P<box>[□☐○◯口■☑☒✓✔√●▣])[ \t]*{_OPTION_QUALIFIER})?(?P<word>{_OPTION_WORD})"
                         r"(?:[ \t]*[（(][ \t]*(?P<after>[√✓✔Vv■●☑]?)[ \t]*[）)])?")


def _box_of(option: re.Match[str]) -> str | None:
    """The option's box as read: its own box character, or ■/□ for a bracketed mark after it."""
    if option.group("box"):
        return option.group("box")
    if option.group("after") is not None:
        return "■" if option.group("after") else "□"
    return None
_FILLED_BOX = set("■☑☒✓✔√●▣")
_EMPTY_BOX = set("□☐○◯口")
_CHECKBOX_RESIDUE = re.compile(r"[□☐○◯■☑☒✓✔√●▣口\-—_.·]\s*$")


def _ticked_option(region: str) -> tuple[re.Match[str], bool] | None:
    """The option a checkbox row marks, and whether that was inferred (the only option whose
    box did not read as empty). None when the row is not a checkbox row or is ambiguous."""
    options = [o for o in _BOX_OPTION.finditer(region) if not o.group("pre")]
    if len(options) < 2 or not any(_box_of(o) for o in options):
        return None
    filled = [o for o in options if _box_of(o) in _FILLED_BOX]
    if len(filled) == 1:
        return filled[0], False
    not_empty = [o for o in options if _box_of(o) not in _EMPTY_BOX]
    if not filled and len(not_empty) == 1:
        return not_empty[0], True
    return None


def _options_listed(region: str) -> bool:
    """Both a passing and a failing option printed on the conclusion row (通过 … 不通过), each a
    word of its own: a form's choices, of which the text alone does not say which was ticked."""
    # an option is a word of its own: 合格 in 合格线 or 合格率 is no option
    words = [m.group(0) for m in re.finditer(_OPTION_WORD + r"(?![线率分证标])", region)]
    return (any(_NEGATIVE_OPTION.fullmatch(w) for w in words)
            and any(not _NEGATIVE_OPTION.fullmatch(w) for w in words))


# an assessment grades the delivered work (评定等级：优良, 质量等级为合格): the grade is the result
# it states, mapped as data (the vocabulary's `result_grades`: a passing grade passes, a failing
# one fails; a grade in neither list is left unread, a question for the reviewer)
_GRADE_RESULTS = tuple((value, grade) for value in ("failed", "passed")
                       for grade in LABELS.result_grades.get(value, ()))
_GRADE_OF = dict((grade, value) for value, grade in _GRADE_RESULTS)
_GRADE_WORD = one_of(tuple(_GRADE_OF)) if _GRADE_OF else r"(?!)"
_STATED_GRADE = re.compile(r"(?:(?:评定|评价|评审|考评|质量|验收|综合|总体)等级|评定(?:结论|结果))"
                           rf"[ \t]*(?:评定)?(?:为|是|[:：])?[ \t]*(?P<grade>{_GRADE_WORD})")
# a bracketed criterion naming a score (80分及以上为合格, ≥90分优良) lists the scale, not the decision
_SCALE_NOTE = re.compile(r"[（(][^（）()\n]*\d[ \t]*分[^（）()\n]*[）)]")
# a total score and the pass mark it is measured against
_TOTAL_SCORE = re.compile(r"(?:总分|总得分|综合得分|合计得分|得分合计|最终得分|评定得分|考评得分)[ \t]*(?:为|[:：])?[ \t]*"
                          r"(?P<score>\d{1,3}(?:\.\d+)?)[ \t]*分")
_PASS_MARK = re.compile(r"(?:(?:不低于|≥|>=)[ \t]*)?(?P<a>\d{1,3}(?:\.\d+)?)[ \t]*分[ \t]*(?:及|或)?以上[ \t]*"
                        r"(?:为|即为|视为|评为|评定为)?[ \t]*(?:合格|通过|达标)|"
                        r"(?:合格|及格|通过)(?:分数)?线[ \t]*(?:为|[:：])?[ \t]*(?P<b>\d{1,3}(?:\.\d+)?)")


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """The text with each match of the pattern blanked out, offsets kept."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _score_against_mark(text: str) -> tuple[re.Match[str], bool] | None:
    """The total score a page states and whether it reaches the pass mark stated with it."""
    score, mark = _TOTAL_SCORE.search(text), _PASS_MARK.search(text)
    if score is None or mark is None:
        return None
    return score, float(score.group("score")) >= float(mark.group("a") or mark.group("b"))


def _stated_grade(doc: Document) -> Extracted | None:
    """The grade an assessment states for the accepted work, as the result it means. A row
    that lists both a passing and a failing grade (options whose mark was not read) states
    none; a grade that contradicts the score against its pass mark is asked about."""
    for page in doc.pages:
        text = _blank(_SCALE_NOTE, page.text)
        for m in _STATED_GRADE.finditer(text):
            if preliminary_label(page.text, m.start(), m.end()):
                continue
            line_end = text.find("\n", m.end())
            rest = text[m.end():len(text) if line_end < 0 else line_end]
            value = _GRADE_OF[m.group("grade")]
            if any(_GRADE_OF[g.group(0)] != value for g in re.finditer(_GRADE_WORD, rest)):
                continue
            review = None
            scored = _score_against_mark(page.text)
            if scored is not None and scored[1] != (value == "passed"):
                review = "评定等级与总分及合格线不一致，请人工核对验收结论"
            return extracted(doc, page, m.start("grade"), m.end("grade"), value, ["取自评定等级"], review)
    return None


def _scored_result(doc: Document) -> Extracted | None:
    """An assessment that states its total score and the pass mark but no readable grade: the
    score decides, against the mark."""
    for page in doc.pages:
        scored = _score_against_mark(page.text)
        if scored is not None:
            score, passed = scored
            return extracted(doc, page, score.start("score"), score.end("score"),
                             "passed" if passed else "failed", ["取自总分与合格线"])
    return None


def extract_result(doc: Document) -> Extracted | None:
    graded = _stated_grade(doc)
    if graded:
        return graded
    # conclusion rows that print every option with no mark read (OCR lost the boxes): they list
    # the choices, they do not state one; their words are no evidence for a later reading either
    listed: list[tuple[int, int, int]] = []
    for page in doc.pages:
        for m in _RESULT_LABEL.finditer(page.text):
            if preliminary_label(page.text, m.start(), m.end()):
                # the conclusion of a preliminary check (初验结论为不通过，限期整改) decides
                # nothing: the re-check or final acceptance after it does
                continue
            hit = Hit(page, m.start(), m.end())
            start, end = value_region(hit)
            if start > hit.line_end:
                # the value stands on a line below the label (a cell under it, or the options of
                # the form: □ 同意验收 □ 拒绝验收): the options are read as the whole line, not
                # as the one word that happens to stand under the label
                start, end = line_bounds(page.text, start)
            # a scale printed beside the conclusion (80分及以上为合格) is no conclusion
            region = _blank(_DEFECT_NOUN, _blank(_SCALE_NOTE, page.text[start:max(end, hit.line_end)]))
            ticked = _ticked_option(region)
            if ticked:
                option, inferred = ticked
                value = "failed" if _NEGATIVE_OPTION.search(option.group("word")) else "passed"
                checks = ["取自验收结论勾选项"] + (["其余选项的勾选框为空"] if inferred else [])
                return extracted(doc, page, start + option.start(), start + option.end(), value, checks)
            # an unticked box is not what the form says, nor is a preliminary check's option
            region = _BOX_OPTION.sub(lambda o: " " * len(o.group(0)) if _box_of(o) in _EMPTY_BOX or o.group("pre")
                                     else o.group(0), region)
            if _options_listed(region):
                # 通过 … 不通过 both printed and no mark read: the row lists the options, and which
                # was ticked is not in the text; the first negative word is no decision. The
                # document may state it elsewhere (同意通过验收); if not, the result stays unread,
                # a question for the reviewer, never a failure
                listed.append((page.number, start, max(end, hit.line_end)))
                continue
            for pattern, value in ((_NEGATIVE, "failed"), (_POSITIVE, "passed")):
                r = pattern.search(region)
                if r:
                    review = None
                    if page.method.startswith("ocr") and _CHECKBOX_RESIDUE.search(region[:r.start()][-3:]):
                        # OCR drops the ticks of a checkbox row (■合格 □不合格 reads "-不合格")
                        review = "验收结论似为勾选项，OCR 无法确认勾选了哪一项，请人工核对"
                    return extracted(doc, page, start + r.start(), start + r.end(), value,
                                      ["取自验收结论"], review)
    decided = _decision_statement(doc, listed) or _vote_tally(doc) or _scored_result(doc)
    if decided:
        return decided
    for pattern, value in ((_NEGATIVE, "failed"), (re.compile(r"验收合格|验收通过|同意验收"), "passed")):
        for page in doc.pages:
            # an option whose box is empty is listed, not stated (□不通过), as is every option of
            # a row whose marks were not read
            text = _blank(_DEFECT_NOUN, page.text)
            r = next((r for r in pattern.finditer(text) if not _unticked(page.text, r.start())
                      and not _inside(listed, page.number, r.start())
                      and not _options_line(page.text, r.start())), None)
            if r:
                return extracted(doc, page, r.start(), r.end(), value,
                                  [], "未找到验收结论栏，结论取自正文")
    return None


# the sentence in which the acceptance decision is made (an expert panel's opinion, minutes)
# the acceptance that decides: 验收, or a final one named 终验 / 竣工验收 / 交付验收 (an 初验, a
# preliminary check, decides nothing on its own)
_ACCEPTANCE = r"(?:验收|终验)"
# a commissioning run that an owner confirms (联动试车, 试运行): for a plant or line, its acceptance
_COMMISSIONING = r"(?:联动|单机|负荷|无负荷|投料|热)?(?:试车|试运行|试生产)"
_DECIDED_FAILED = re.compile(rf"不(?:同意|予)(?![ \t]*\d)[^。，,]{{0,12}}(?:通过|{_ACCEPTANCE})|未(?:能)?(?:通过|达到)[^。，,]{{0,8}}{_ACCEPTANCE}(?:要求|条件|标准)?|"
                             rf"{_ACCEPTANCE}不(?:合格|通过)|暂缓{_ACCEPTANCE}|{_COMMISSIONING}(?:不合格|未通过)|(?:整改|完善)后(?:再行|重新|另行)(?:组织|申请)?{_ACCEPTANCE}")
_DECIDED_PASSED = re.compile(rf"(?<![不未])(?:一致)?同意[^。，,]{{0,20}}(?:通过|予以)[^。，,]{{0,8}}{_ACCEPTANCE}|"
                             rf"(?<![不未])(?:已|顺利|正式)通过[^。，,]{{0,8}}{_ACCEPTANCE}|"
                             # the thing delivered passed: 该系统通过验收, 项目通过了终验
                             rf"(?:项目|系统|工程|平台|产线|设备|软件)(?:已|已经|顺利)?通过(?:了)?(?:最终|竣工|交付)?{_ACCEPTANCE}|"
                             # the customer confirms it: 客户确认终验通过, 业主确认最终验收合格
                             rf"(?<![不未])(?:确认|认定)[^。，,；;]{{0,12}}(?:最终|竣工|交付)?{_ACCEPTANCE}(?:已)?(?:通过|合格)|"
                             # the owner confirms the commissioning passed (确认联动试车合格): the
                             # acceptance of a plant or line is its commissioning run
                             rf"(?<![不未])(?:确认|认定)[^。，,；;]{{0,12}}{_COMMISSIONING}(?:已)?(?:合格|通过)|"
                             rf"准予{_ACCEPTANCE}|{_ACCEPTANCE}结论[:：]?合格|(?i:passed (?:the )?(?:final )?acceptance)|"
                             # a take-over certificate: the employer takes the works over, which is acceptance
                             r"(?<![不未])(?:同意|确认|决定)[^。，,]{0,16}(?:接收|接管)(?:该|本|上述)?(?:工程|项目|系统|设备|产线)|"
                             r"(?i:taken over by the (?:employer|owner|purchaser))|"
                             # a handover acceptance certificate agrees to the handover: 同意交工验收 (a
                             # line break inside it is joined by normalize; spaces may stay)
                             r"(?<![不未])同意(?:交工|竣工|交付)[^\S\n]*验[^\S\n]*收|"
                             # a panel's finding closes the sentence: 验收小组认为：…，验收合格 
                             # (不予通过验收 is a refusal: no 不予/不同意/未能 on the way, and no 不 a character
                             # before, where OCR misreads the 予 of 不予)
                             r"(?:认为|结论为|意见为)[:：]?(?:(?!不(?:予|同意|能|宜)|未能|暂缓|暂不)[^。]){0,80}?"
                             r"(?<![不未])(?<![不未][\u4e00-\u9fff])(?:验收合格|通过验收)")


# an empty box before an option (□不予通过; OCR reads it 口, with no character of a word before it)
# leaves it unchosen
_UNTICKED_BEFORE = re.compile(r"(?:[□☐○◯]|(?:^|(?<=[^\u4e00-\u9fff]))口)[ \t]*$")


def _unticked(text: str, start: int) -> bool:
    """A printed option of a checkbox row whose box is empty: listed, not decided."""
    return bool(_UNTICKED_BEFORE.search(text[max(0, start - 3):start]))


_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])")


def _joined_lines(text: str) -> tuple[str, list[int]]:
    """The text with line breaks between two Chinese characters removed, and for each of its
    characters the offset it has in `text`."""
    parts, where, last = [], [], 0
    for m in _WRAP.finditer(text):
        parts.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    parts.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(parts), where


def _options_line(text: str, pos: int) -> bool:
    """The line at `pos` prints a form's passing and failing options with no mark read (合格 不合格,
    接受 不接受) and no label of its own: it lists the choices, it does not state one."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    line = _BOX_OPTION.sub(lambda o: " " * len(o.group(0)) if _box_of(o) in _EMPTY_BOX else o.group(0), line)
    options = [m for m in re.finditer(_OPTION_WORD, line)]
    # options sit side by side; a sentence runs on between its words (不合格项已整改，验收合格)
    return (_options_listed(line) and len(options) >= 2
            and not re.search(r"[，,。；;]", line[options[0].end():options[-1].start()]))


def _inside(spans: list[tuple[int, int, int]], page: int, pos: int) -> bool:
    return any(p == page and start <= pos < end for p, start, end in spans)


def _decision_statement(doc: Document, listed: list[tuple[int, int, int]] = ()) -> Extracted | None:
    """The last decision sentence of the document (a conclusion comes last): confident when the
    document decides one way only, to be reviewed when it says both. Options of a conclusion row
    whose marks were not read (`listed`) are no sentence."""
    found = []
    for page in doc.pages:
        # a sentence wraps over lines (同意通过终\n验): it is read joined, located in the page as printed
        joined, where = _joined_lines(page.text)
        for pattern, value in ((_DECIDED_FAILED, "failed"), (_DECIDED_PASSED, "passed")):
            for m in pattern.finditer(joined):
                if _unticked(joined, m.start()) or _inside(listed, page.number, where[m.start()]):
                    continue
                found.append((page.number, where[m.start()], where[m.end() - 1] + 1, value, page))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    _, start, end, value, page = found[-1]
    both = len({f[3] for f in found}) > 1
    return extracted(doc, page, start, end, value, ["取自验收决定的陈述"],
                      "正文中既有通过也有不通过的表述，取最后的决定，请核对" if both else None)


# a panel's vote: 同意5票，不同意0票 (赞成/反对). No vote against is no failure; the votes for
# decide only when they are the majority.
_VOTES_FOR = re.compile(r"(?<![不反])(?:同意|赞成)(?:票)?[ \t]*[:：]?[ \t]*(\d{1,3})[ \t]*票")
_VOTES_AGAINST = re.compile(r"(?:不同意|反对)(?:票)?[ \t]*[:：]?[ \t]*(\d{1,3})[ \t]*票")
_ABSTENTIONS = re.compile(r"弃权(?:票)?[ \t]*[:：]?[ \t]*(\d{1,3})[ \t]*票")
VOTE_SHARE_FOR_SURE_PASS = 2 / 3   # common rules ask two thirds; below it (yet a majority) is asked


def _vote_tally(doc: Document) -> Extracted | None:
    """The result of a tally that states no decision sentence: passed when the votes for are
    the majority (a question below two thirds, where a panel's rule may ask more), failed when
    they are not."""
    for page in doc.pages:
        yes, no = _VOTES_FOR.search(page.text), _VOTES_AGAINST.search(page.text)
        if yes is None or no is None:
            continue
        abstain = _ABSTENTIONS.search(page.text)
        n_yes, n_no = int(yes.group(1)), int(no.group(1))
        cast = n_yes + n_no + (int(abstain.group(1)) if abstain else 0)
        if cast == 0:
            continue
        start, end = min(yes.start(), no.start()), max(yes.end(), no.end())
        checks = [f"取自表决计票（同意 {n_yes} 票，不同意 {n_no} 票）"]
        if n_yes <= n_no:
            return extracted(doc, page, start, end, "failed", checks)
        review = None if n_yes >= cast * VOTE_SHARE_FOR_SURE_PASS else \
            "同意票过半但不足三分之二，表决规则未读出，请人工核对是否通过"
        return extracted(doc, page, start, end, "passed", checks, review)
    return None
