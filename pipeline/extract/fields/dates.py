"""The document's own date: the signing, acceptance, payment or diagnosis date, not a
delivery, printing or deadline date."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.fields.hits import Hit, extracted, find_labels, line_bounds, preliminary_label
from pipeline.extract.fields.swift import value_date
from pipeline.extract.fields.vocabulary import LABELS, one_of
from pipeline.models import Document, Extracted, PageText
from pipeline.parsing.dates import DateMatch, find_dates, find_yearless_days, year_nearest


def extract_date(doc: Document) -> Extracted | None:
    labels = LABELS.date_labels.get(doc.doc_type, ())
    # every full date of every page, found once: the approval chain, the unlabelled search and
    # the yearless days' anchors all choose among these
    page_dates = [(page, find_dates(page.text)) for page in doc.pages]
    chain = _approval_chain_end(doc, page_dates) if doc.doc_type in _APPROVED_KINDS else None
    if chain is not None:
        return chain     # 申请日期 on an approval form: the request, approved later
    stated_ref = None
    if doc.doc_type == "acceptance_report":
        stated_ref, found = _stated_entry_date(doc, page_dates)
        if found:
            return found     # 以M3终验完成日期作为验收日期: the paper names the entry that dates it
        found = _acceptance_row(doc, page_dates)
        if found:
            return found     # a dated table's row of the acceptance itself (M3 终验 2023年…)
    found = _date_by_label_or_statement(doc, labels, page_dates)
    if found is not None and found.review_reason is None and doc.doc_type in _SIGNED_KINDS:
        found.review_reason = _signed_after_its_deadlines(found, page_dates)
    if found is not None and stated_ref and found.review_reason is None:
        # the paper names the entry that dates its acceptance, but no such dated entry was read
        found.review_reason = STATED_ENTRY_UNREAD.format(ref=stated_ref)
    return found


def _signed_after_its_deadlines(found: Extracted, page_dates: list[tuple[PageText, list[DateMatch]]]) -> str | None:
    """An agreement sets its deadlines (…于2024年5月12日前完成到货) after it is made: a signing
    date read later than every deadline it sets was most likely misread (a 3 read as 5 under a
    seal), and is a question."""
    deadlines = [m.value for page, found_dates in page_dates for m in found_dates
                 if _DEADLINE.match(page.text, m.end)]
    if deadlines and found.value > max(deadlines):
        return (f"签订日期 {found.value.isoformat()} 晚于合同自身约定的履约期限（{max(deadlines).isoformat()}前），"
                "疑似识别错误，请核对")
    return None


def _date_by_label_or_statement(doc: Document, labels: tuple[str, ...],
                                page_dates: list[tuple[PageText, list[DateMatch]]]) -> Extracted | None:
    for label in labels:  # priority order: the most specific label first
        for hit in find_labels(doc, (label,)):
            if _OTHER_DATE.search(hit.page.text[max(0, hit.start - 6):hit.start]):
                continue     # 日期 inside 申请日期: the date of another event
            if preliminary_label(hit.page.text, hit.start, hit.end):
                continue     # 验收日期 inside 初次验收日期: the preliminary check's date
            if _published(doc, hit.page.text, hit.start):
                continue     # 时间 inside 发布时间: when the paper was published, not its event
            found = _date_after_label(doc, hit)
            if found:
                return found
    if doc.doc_type in _SIGNED_KINDS:
        for hit in find_labels(doc, ("日期",)):
            if _in_signature_block(hit):
                found = _date_after_label(doc, hit)
                if found:
                    found.checks.append("取自签章栏的日期")
                    return found
    if doc.doc_type == "payment_proof":
        for page in doc.pages:   # a SWIFT message dates the payment in :32A: (240315CNY…)
            found = value_date(page.text)
            if found:
                return _dated(doc, page, *found)
    dated = [(p, m) for p, found in page_dates for m in found
             if not _NOT_THE_DATE.search(p.text[max(0, m.start - 8):m.start])
             and not (doc.doc_type == "standard_draft" and (_PUBLISHED.match(p.text, m.end)
                                                             or _CIRCULATED.search(p.text[max(0, m.start - 12):m.start])))]
    if not dated:
        # the paper's only full dates are not its own (a collection form's deadline, its export):
        # a sign-in list whose rows are stamped with the day each attendee signed in is dated
        # by that day, the meeting's
        return _sign_in_day(doc, page_dates) if doc.doc_type == "meeting_record" else None
    stated = _event_date(doc, dated, page_dates)
    if stated:
        return stated
    # a date after another event's label (申请日期, 开工日期) is the document's own only when
    # nothing else is dated
    own = [(p, m) for p, m in dated if not _OTHER_EVENT_LABEL.search(p.text[max(0, m.start - 12):m.start])
           and not _paper_stamp(doc, p, m.start)
           and not _DEADLINE.match(p.text, m.end) and not _preliminary_check(p.text, m)
           and not _UNTIL_BEFORE.search(p.text[max(0, m.start - 12):m.start])
           and not _under_other_event_header(p, m) and not _PLANNED_LABEL.search(p.text[max(0, m.start - 12):m.start])
           and not (doc.doc_type in _SIGNED_KINDS and _period_end(p.text, m))
           and not (doc.doc_type == "procurement_proof" and _PROCEDURE_STEP_AFTER.match(p.text, m.end))
           and not (doc.doc_type == "payment_proof" and _PAYMENT_REQUESTED.search(p.text[max(0, m.start - 12):m.start]))]
    if not own:
        foot = _foot_date_misread(doc)
        if foot is not None:
            return foot     # the paper's own date under its signature, its 日 misread by OCR
    if not own and doc.doc_type in _SIGNED_KINDS:
        in_force = _in_force_date(doc, dated)
        if in_force is not None:
            return in_force
    doubt = None if own else OTHER_EVENTS_ONLY
    # a deadline (须于…前完成) is what must yet happen: it never dates the paper, even when
    # nothing else on it could be read
    dated = own or [(p, m) for p, m in dated if not _DEADLINE.match(p.text, m.end)]
    if not dated:
        return None
    approved = [(p, m) for p, m in dated if _APPROVAL_ROW.match(p.text, line_bounds(p.text, m.start)[0])]
    if approved and doc.doc_type == "acceptance_report":
        # a validation or acceptance report's sign-off table (起草 / 审核 / 批准): the paper decides
        # when it is approved; the drafting and review dates before it are steps on the way
        page, m = max(approved, key=lambda pm: pm[1].value)
        found = _dated(doc, page, m.start, m.end, m.value)
        found.checks.append("取自审批栏的批准日期")
        return found
    signed = [(p, m) for p, m in dated if _SIGNED_ROW.search(p.text, *line_bounds(p.text, m.start))]
    if len(signed) >= 2 and doc.doc_type != "payment_proof":
        # an e-signature log (签署方 … 2023-11-28 16:42 已签署): the document is complete when
        # its last party signs
        page, m = max(signed, key=lambda pm: pm[1].value)
        return _dated(doc, page, m.start, m.end, m.value, unlabelled=True, review=doubt)
    # unlabelled: payments state their transaction date first; letters and reports are dated
    # at the end, under the signatures
    page, m = dated[0] if doc.doc_type == "payment_proof" else dated[-1]
    return _dated(doc, page, m.start, m.end, m.value, unlabelled=True, review=doubt)


UNLABELLED_DATE = "无日期标签，取落款日期"   # the check of a date taken for want of a better one
STATED_ENTRY = "取自文件指明作为验收日期的条目（{ref}）"
STATED_ENTRY_UNREAD = "文件写明以「{ref}」的日期作为验收日期，但未读到该条目的日期，请人工核对"
ACCEPTANCE_ROW = "取自日期表中验收本身所在的行"

# a statement naming the entry whose date is the acceptance's (以M3终验完成日期作为项目验收日期,
# 验收日期以第三阶段完成时间为准): a milestone table's other dates are the other steps'
_DATE_NOUN = r"(?:的)?(?:完成|确认|结束|实际|办理|签署)?(?:日期|时间|日)"
_REF = r"[^，,。；;：:\n]{1,20}?"
_STATED_ENTRY = re.compile(
    rf"以(?P<a>{_REF}){_DATE_NOUN}(?:作为|为|视为|确定为|计为|记为|认定为)[^。；;，,]{{0,8}}?验收(?:日期|时间|日)"
    rf"|验收(?:日期|时间|日)[^。；;，,]{{0,6}}?以(?P<b>{_REF}){_DATE_NOUN}为准")
# the words of an entry's name, each to be found on its row: an id (M3, P2, 3) or a run of characters
_REF_PART = re.compile(r"[A-Za-z]+\d*|\d+|[\u4e00-\u9fff]+")
_ROW_NOISE = re.compile(r"[\s|｜（）()【】\[\]]")


def _stated_entry_date(doc: Document, page_dates: list[tuple[PageText, list[DateMatch]]]
                       ) -> tuple[str | None, Extracted | None]:
    """The entry a statement names as the acceptance's date (its name, and its date when one
    dated line of the paper carries every word of that name before its date)."""
    for page, found in page_dates:
        flat = page.text.replace("\n", "")
        stated = _STATED_ENTRY.search(flat)
        if stated is None:
            continue
        ref = (stated.group("a") or stated.group("b")).strip()
        parts = [p.lower() for p in _REF_PART.findall(ref)]
        if not parts:
            return ref, None
        rows = []
        for row_page, dates in page_dates:
            for m in dates:
                line_start, _ = line_bounds(row_page.text, m.start)
                head = _ROW_NOISE.sub("", row_page.text[line_start:m.start]).lower()
                if head and all(part in head for part in parts):
                    rows.append((row_page, m))
        if len({m.value for _, m in rows}) != 1:
            return ref, None
        row_page, m = rows[0]
        value = _dated(doc, row_page, m.start, m.end, m.value)
        value.checks.append(STATED_ENTRY.format(ref=ref))
        return ref, value
    return None, None


# a table of dated rows (milestones, stages): the row that names the acceptance itself before its
# date (M3 终验 2023年9月1日, 第三阶段 竣工验收 …) dates it; the other rows date other steps
_ACCEPTANCE_ROW_WORD = re.compile(r"(?<!初次)(?<!初步)(?<![初预])(?:验收|终验)")
_FINAL_ROW_WORD = re.compile(r"终验|最终验收|竣工验收|整体验收|项目验收")


def _acceptance_row(doc: Document, page_dates: list[tuple[PageText, list[DateMatch]]]) -> Extracted | None:
    rows = []
    for page, found in page_dates:
        text = page.text
        lines = {}       # line start -> the first date of that line
        for m in found:
            lines.setdefault(line_bounds(text, m.start)[0], m)
        for line_start, m in lines.items():
            line_end = line_bounds(text, m.start)[1]
            prev_start = line_bounds(text, max(0, line_start - 1))[0] if line_start else None
            next_start = line_end + 1 if line_end < len(text) else None
            if prev_start not in lines and next_start not in lines:
                continue     # a table has dated rows above or below
            head = text[line_start:m.start]
            if (re.search(r"[，,。；;：:]", head) or _OTHER_EVENT_LABEL.search(head)
                    or _preliminary_check(text, m) or any(w in head for w in LABELS.preliminary_checks)):
                continue     # prose, a labelled field or a preliminary check's row
            if _ACCEPTANCE_ROW_WORD.search(head):
                rows.append((page, m, bool(_FINAL_ROW_WORD.search(head))))
    final = [r for r in rows if r[2]] or rows
    if len({m.value for _, m, _ in final}) != 1:
        return None
    page, m, _ = final[0]
    value = _dated(doc, page, m.start, m.end, m.value)
    value.checks.append(ACCEPTANCE_ROW)
    return value
# the question a date raises when every date the document states is another event's (申请, 更新)
OTHER_EVENTS_ONLY = "文件中只读到其他事项（申请、更新、交付等）的日期，本事项日期未找到，请人工核对"
# the events whose 日期/时间 is not the document's own (申请日期, 开工日期, 打印时间)
_OTHER_EVENTS = ("申请", "到期", "交货", "到货", "发货", "计划", "要求", "开工", "竣工", "完工", "打印", "生成", "导出", "下载",
                 "截止", "有效", "开票", "报价", "询价", "评审", "评标", "报名", "投标", "开标", "成立", "注册", "出生", "制表", "查询",
                 "起始", "开始", "结束", "终止", "交付", "期望", "预计", "预期",
                 # a supplier list's rows: the day each firm was admitted or rated (准入日期)
                 "准入", "入库", "入围", "评定", "认证", "备案", "年审", "复审",
                 # a report's later life: its last update, revision or closing is not its event
                 "更新", "修订", "关闭", "结案", "归档",
                 # an approval form's drafting (拟稿日期): the request written before it is decided
                 "拟稿")
# the next visit or round planned (下次巡诊日期, 下一轮检查时间) is a promise, not the event
_NEXT_ROUND = r"下一?[次轮期回][\u4e00-\u9fff]{0,4}?"
_OTHER_EVENT = "(?:" + "|".join(_OTHER_EVENTS) + "|" + _NEXT_ROUND + ")"
# the paper another event produced (评标报告, 开标记录): its date is that paper's, cited by this one
_OTHER_PAPER = r"(?:报告|记录|纪要|文件|结果|通知书?|函)?"
# a word that makes the 日期 label found after it the date of another event (or of its paper)
_OTHER_DATE = re.compile(_OTHER_EVENT + _OTHER_PAPER + r"\s*$")
# a date right after the label of another event (申请日期 2024.06.25 支付状态 支付成功) states that event
# (预计到货 2024-12-31: two event words stand as the label, 日期 unsaid)
# (评标报告日期为 2024年3月1日: a sentence citing another paper's date names it the same way)
# (交货期：2025年2月5日, 交付期限：…: a term named by its event and 期 states that event's date)
_OTHER_EVENT_LABEL = re.compile(_OTHER_EVENT + _OTHER_PAPER + r"\s*(?:日期|时间|期限|期|" + _OTHER_EVENT
                                + r"(?:日期|时间)?)[:：\s]*(?:为|是)?\s*$")
# in a procurement notice, a date a step of the procedure was held on (经2024年3月1日评标委员会评审,
# 于…开标): the step's date, not the notice's, which is dated after it
_PROCEDURE_STEP_AFTER = re.compile(r"[ \t]*(?:的)?(?:公开|集中|组织|进行|举行)?(?:议标|评标|评审|开标|唱标|磋商|谈判|比选|询价|竞价|议价|商议)")
# on a payment's paper, the day the payment was asked for (委托日期 on a collection the payee asked
# its bank for, 发起/提交时间 of an online order) comes before the day the money moved; on a
# contract, 委托 is the agreement itself, so this holds for payments only
_PAYMENT_REQUESTED = re.compile(r"(?:委托|发起|提交|申请)(?:收款|付款|支付)?(?:日期|时间)[:：\s]*$")
# a date a term runs until (质保截止 2025-05-13, 保修期至…, Gewährleistung bis 13.05.2025, valid
# until …): the end of a warranty or validity, not an event the document states
_UNTIL_BEFORE = re.compile(r"(?:(?:质保|保修|保质|维保|有效)期?(?:截止|至|到期|届满)|(?<![A-Za-z])(?i:bis|until|till|expires?))"
                           r"[ \t]*(?:日期|时间|日)?[ \t]*[:：]?[ \t]*$")
# a date something must happen by (2024年5月14日前运抵) is a deadline, not an event that happened
_DEADLINE = re.compile(r"\s*(?:之前|以前|前)(?!后)")
# a planned date (计划竣工日期, 预计交付时间, 计划完成日期): what is meant to happen, not what did;
# the plan's word may stand a few characters before the label's 日期
_PLANNED_LABEL = re.compile(r"(?:计划|预计|预期|拟定?)[\u4e00-\u9fff]{0,4}(?:日期|时间)[:：\s]*$")
# the kinds whose own date is their signing: a period they state (服务期自…起至…止, 有效期至…) is
# the term of the agreement, not when it was made
_SIGNED_KINDS = ("contract", "subcontract")
_PERIOD_TO_BEFORE = re.compile(r"(?:至|到|止于|截至|截止|[-—－~～])\s*$")
_PERIOD_FROM_AFTER = re.compile(r"\s*(?:起|开始)|\s*(?:至|到|[-—－~～])\s*(?:20\d{2}|[二〇零一]{4}|\d{1,2}\s*月)")
_PERIOD_END_AFTER = re.compile(r"\s*(?:止|为止|届满|到期|终止)")


# a date the agreement states it takes effect on (本协议自二〇二四年五月二日起生效, 于…正式生效)
_IN_FORCE_AFTER = re.compile(r"\s*(?:起|开始)?\s*(?:正式)?(?:生效|施行|执行)(?![^。；;\n]{0,6}(?:前|以前|之前))")
IN_FORCE_DATE = "未写明签订日期，取协议写明的生效日期"


def _in_force_date(doc: Document, dated: list) -> Extracted | None:
    """An agreement that states no signing date and dates only its term (自…起生效，服务期至…):
    the day it states it takes effect is when it was made, not the term's end. One such day
    only; else None."""
    found = [(p, m) for p, m in dated if _IN_FORCE_AFTER.match(p.text, m.end)]
    if len({m.value for _, m in found}) != 1:
        return None
    page, m = found[0]
    result = _dated(doc, page, m.start, m.end, m.value)
    result.checks.append(IN_FORCE_DATE)
    return result


def _period_end(text: str, m) -> bool:  # noqa: ANN001 - a DateMatch
    """The date opens or closes a period (自2024年1月1日起, 至2026年12月31日止, 2024.01.01-2024.12.31)
    or ends a validity (有效期至…)."""
    return bool(_PERIOD_TO_BEFORE.search(text[max(0, m.start - 4):m.start]) or _PERIOD_FROM_AFTER.match(text, m.end)
                or _PERIOD_END_AFTER.match(text, m.end))


# the signing block of an agreement: its parties' seals or signatures
_SIGNATURE_WORDS = re.compile(r"盖章|签字|签章|签名|[（(]章[）)]|公章|合同专用章")
_SIGNATURE_REACH = 3     # lines above a bare 日期 where the signatures may stand


def _in_signature_block(hit: Hit) -> bool:
    """A bare 日期 (not 交货日期, 付款日期) on a line of the parties' seals or right below them:
    the date the agreement was signed."""
    text = hit.page.text
    if hit.start > 0 and re.match(r"[\u4e00-\u9fff]", text[hit.start - 1]):
        return False
    line_start, line_end = line_bounds(text, hit.start, hit.end)
    above = line_start
    for _ in range(_SIGNATURE_REACH):
        if above == 0:
            break
        above = text.rfind("\n", 0, above - 1) + 1
    return bool(_SIGNATURE_WORDS.search(text, above, line_end))


# dates that are about the paper, not the event
_NOT_THE_DATE = re.compile(r"(?:打印|生成|制表|查询|截止)(?:日期|时间)[:：\s]*$")


# a standard's cover dates its publication and entry into force (2024-05-17发布, …实施); on a
# draft these are what the standard will carry once issued, not a date of the draft itself
_PUBLISHED = re.compile(r"\s*(?:发布|实施)")
# …and a working draft's cover the day it was sent out for discussion or comment (分发日期,
# 征求意见截止日期, circulation date): a step of drafting, not a date the draft states for itself
_CIRCULATED = re.compile(r"(?:分发|印发|下发|发送|征求意见截止|意见反馈截止)(?:日期|时间)[:：\s]*$"
                         r"|(?i:circulat(?:ion|ed)|distribut(?:ion|ed)|closing)(?: date)?[:：\s]*$")


# a preliminary check (初验, 预验收) before the acceptance: its row label or its word right after
# the date (初验情况 2022年12月20日初验，未通过) dates that check, not the acceptance. The words
# are the vocabulary's `preliminary_checks`.
_PRELIMINARY_WORD = one_of(LABELS.preliminary_checks)
_PRELIMINARY_LABEL = re.compile(rf"{_PRELIMINARY_WORD}(?:情况|日期|时间|结果)?[:： \t]*$")
_PRELIMINARY_AFTER = re.compile(rf"[ \t]*(?:进行|组织)?{_PRELIMINARY_WORD}")


def _preliminary_check(text: str, m) -> bool:
    return bool(_PRELIMINARY_LABEL.search(text, max(0, m.start - 10), m.start)
                or _PRELIMINARY_AFTER.match(text, m.end))


# the approval row of a document's sign-off table: 批准 (人/日期) opening the line, or an
# approver's role (批准人：…), not the drafting (起草, 编制) or review (审核) rows
_APPROVAL_ROW = re.compile(r"[ \t]*(?:批[ \t]*准|核[ \t]*准|审[ \t]*批)(?:人|者|日期)?(?![\u4e00-\u9fff]{0,2}(?:中|意见|流程|程序|单|表))")


# an approval form's chain of sign-offs (审批环节 … 部门负责人 同意 2022.11.03 / 分管副总 同意 2022.11.17):
# the form is decided when its last approver signs; the request's date (申请日期) is the first step
_APPROVED_KINDS = ("procurement_proof",)
_CHAIN_HEAD = re.compile(r"审批(?:环节|流程|意见|记录|栏|过程|签字|签批)|会签|审批人|审核意见|批示")
_APPROVING = re.compile(r"(?<![不未])(?:同意|批准|准予|核准|通过|拟同意|已审批|已批准|已审核)")


def _approval_chain_end(doc: Document, page_dates: list[tuple[PageText, list[DateMatch]]]) -> Extracted | None:
    """The last sign-off's date when the document holds a chain of at least two dated approvals
    below an approval header; None otherwise."""
    rows = []
    for page, found in page_dates:
        head = _CHAIN_HEAD.search(page.text)
        if head is None:
            continue
        for m in found:
            if m.start < head.start():
                continue
            line_start, line_end = line_bounds(page.text, m.start)
            if _APPROVING.search(page.text, line_start, m.start) and not _OTHER_DATE.search(
                    page.text[max(0, m.start - 6):m.start]):
                rows.append((page, m))
    if len(rows) < 2:
        return None
    page, m = max(rows, key=lambda pm: pm[1].value)
    found = _dated(doc, page, m.start, m.end, m.value)
    found.checks.append("取自审批链最后一级审批的日期")
    return found


# a row of a signing log: the party's signature is recorded as done
_SIGNED_ROW = re.compile(r"已签署|已签章|已盖章|签署完成|签署成功|已签收|已签字")


# the publication of the paper itself (公众号 发布于2024-01-26, 发布时间：…): the day it was put out,
# not the day of what it reports, unless publishing is the kind's own act (a notice's 发布日期
# among the kind's date labels)
_PUBLICATION_WORDS = ("发布", "发表", "推送")
_PUBLICATION = re.compile(r"(?:" + "|".join(_PUBLICATION_WORDS) + r")(?:于|日期|时间)?[:：\s]*$")
# a line holding a web address is a browser's print header or footer: its date is the printing's
_WEB_ADDRESS = re.compile(r"(?i)\bhttps?\b|www\.|[a-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?/")


def _published(doc: Document, text: str, start: int) -> bool:
    if not _PUBLICATION.search(text[max(0, start - 8):start]):
        return False
    own = LABELS.date_labels.get(doc.doc_type, ())
    return not any(word in label for label in own for word in _PUBLICATION_WORDS)


def _paper_stamp(doc: Document, page: PageText, start: int) -> bool:
    """The date stamps the paper (its publication, the browser's print line), not its event."""
    line_start, line_end = line_bounds(page.text, start)
    return _published(doc, page.text, start) or bool(_WEB_ADDRESS.search(page.text, line_start, line_end))


# a date and a clock time closing their line (a message's or a print's time stamp): the line
# below is a headline or another paragraph, not the rest of a sentence the date opens
_CLOCK_THEN_LINE_END = re.compile(r"[ \t]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[ \t]*(?:\n|$)")


# the check of a day read without its year, the year taken from the paper's nearest full date
YEAR_FROM_NEAREST = "日期未写年份，年份取自文中最近的完整日期"


def _yearless_days(page_dates: list[tuple[PageText, list[DateMatch]]], dated: list) -> list:
    """Days stated without a year (5月5日，…召开), each given the year that puts it nearest the
    full date closest to it on the paper (its page's, else the paper's first)."""
    out = []
    for page, found in page_dates:
        full = found or [m for _, m in dated[:1]]
        if not full:
            continue
        for day in find_yearless_days(page.text):
            anchor = min(full, key=lambda m: abs(m.start - day.start))
            value = year_nearest(day.month, day.day, anchor.value)
            if value:
                out.append((page, DateMatch(day.start, day.end, page.text[day.start:day.end], value)))
    return out


def _event_date(doc: Document, dated: list, page_dates: list[tuple[PageText, list[DateMatch]]]) -> Extracted | None:
    """The date of the sentence that states the document's event (签订, 组织验收, 召开, 赴企业现场,
    已于…支付), as the vocabulary's `date_events` describe it for the kind. A day the sentence
    gives without its year (5月5日，…召开) takes the year of the nearest full date."""
    events = LABELS.date_events.get(doc.doc_type, ())
    if not events:
        return None
    yearless = _yearless_days(page_dates, dated)
    order = {id(p): i for i, p in enumerate(doc.pages)}
    candidates = sorted(dated + yearless, key=lambda pm: (order.get(id(pm[0]), 0), pm[1].start))
    for event in events:
        for page, m in candidates:
            text = page.text
            if _paper_stamp(doc, page, m.start) or _CLOCK_THEN_LINE_END.match(text, m.end):
                continue     # a stamp (2024-10-25 17:32 over a headline) states no event
            before = text[max(0, m.start - 12):m.start]
            after = text[m.end:m.end + event.window].replace("\n", "").split("。")[0]
            sentence = text[text.rfind("。", 0, m.start) + 1:m.start]
            if _row_of_dated_table(text, m):
                # M2 上线 2023年6月18日 30% 通过 / M3 终验 …: the row's cells end at its line; the
                # next row's words are another step's
                after = text[m.end:m.end + event.window].split("\n")[0].split("。")[0]
            if _LABELLED_VALUE.search(before):
                # 初验日期：…: a labelled field's value ends with its line; the next line's words
                # (终验结论：…组织复验) are not about it
                after = text[m.end:m.end + event.window].split("\n")[0].split("。")[0]
            if not event.after.search(after) or _OTHER_EVENT_LABEL.search(before) or _preliminary_check(text, m):
                continue
            if event.before and not event.before.search(before):
                continue
            if (event.not_before and event.not_before.search(before)) or \
                    (event.not_after and event.not_after.search(after)) or \
                    (event.not_in_sentence and event.not_in_sentence.search(sentence)):
                continue
            found = _dated(doc, page, m.start, m.end, m.value)
            if (page, m) in yearless:
                found.checks.append(YEAR_FROM_NEAREST)
            return found
    return None


# a row stamped with the day and time its attendee signed in, the year left out (1 11/12 08:31:17 …)
_SIGN_IN_STAMP = re.compile(r"(?m)^[^\S\n]*(?:\d{1,3}[.、]?[^\S\n]+)?(?P<m>\d{1,2})[/／-](?P<d>\d{1,2})[^\S\n]+"
                            r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
SIGN_IN_DAY = "取自签到记录的签到日（{rows} 行同日），年份取自文中最近的完整日期"


def _sign_in_day(doc: Document, page_dates: list[tuple[PageText, list[DateMatch]]]) -> Extracted | None:
    """The day most rows of a sign-in list were stamped with, when more than half its stamped
    rows (at least two) share it; its year is the one nearest the paper's closest full date."""
    stamps = [(page, m) for page, _ in page_dates for m in _SIGN_IN_STAMP.finditer(page.text)]
    days: dict[tuple[int, int], list] = {}
    for page, m in stamps:
        days.setdefault((int(m.group("m")), int(m.group("d"))), []).append((page, m))
    if not days:
        return None
    (month, day), rows = max(days.items(), key=lambda kv: len(kv[1]))
    if len(rows) < 2 or 2 * len(rows) <= len(stamps):
        return None
    page, m = rows[0]
    full = [d for p, found in page_dates if p is page for d in found] or \
        [d for _, found in page_dates for d in found]
    if not full:
        return None
    anchor = min(full, key=lambda d: abs(d.start - m.start()))
    value = year_nearest(month, day, anchor.value)
    if value is None:
        return None
    found = _dated(doc, page, m.start("m"), m.end("d"), value)
    found.checks.append(SIGN_IN_DAY.format(rows=len(rows)))
    return found


def _row_of_dated_table(text: str, m) -> bool:  # noqa: ANN001 - a DateMatch
    """The date's line is a table row (no sentence runs on after its date) and the next line is
    another dated row."""
    _, line_end = line_bounds(text, m.start)
    if line_end >= len(text) or re.search(r"[，,；;、]", text[m.end:line_end]):
        return False
    _, next_end = line_bounds(text, line_end + 1)
    return bool(find_dates(text[line_end + 1:next_end]))


# a date right after a label and its colon (…日期：, …时间:) is that field's value
_LABELLED_VALUE = re.compile(r"(?:日期|时间|日)\s*[:：]\s*$")


# a seal printed over the date puts its characters between the date's in a text layer
# (2024年4合月同17专日用章 under 合同专用章): one stray character at most between each part
_STRAY = r"[^\d年月日\s:：]?"
_STAMPED_DATE = re.compile(rf"[\s:：]*(?P<y>20\d{{2}}){_STRAY}年{_STRAY}(?P<m>\d{{1,2}}){_STRAY}月{_STRAY}"
                           rf"(?P<d>\d{{1,2}}){_STRAY}日")


# bank systems print 交易日期 20240226: compact digits, trusted only right after a date label
_COMPACT_DATE = re.compile(r"[\s:：]*(?P<y>20\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


# a dotted date whose separators OCR lost or misread (2024.0518, 2023.05/23): a four-digit year,
# a two-digit month and a two-digit day still read one way only; trusted only right after a label
_BROKEN_SEPARATOR_DATE = re.compile(r"[\s:：]*(?P<y>20\d{2})[.．/\-](?P<m>0[1-9]|1[0-2])[.．/\-]?"
                                    r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


# an OCR'd 年…月…D right after a date label whose 日 was misread as something else (11人召)
_UNCLOSED_DATE = re.compile(r"[\s:：]*(?P<y>20\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?=[^\d\s日号])")


# a figure date that pads its month to two digits pads its day too (2024.03.07): an OCR'd one
# with a two-digit month and a one-digit day (2024.03.1, a seal or the edge over its last digit)
# may have lost the day's second digit
_CUT_DAY = re.compile(r"20\d{2}[ \t]*[.．/\-][ \t]*0\d[ \t]*[.．/\-][ \t]*\d")
CUT_DAY_DOUBT = "日期的月份为两位而日只有一位，日可能少读一位，请核对"


# a letter's or a contract's own date stands on a line of its own at its foot, under the signer
# (2023年5月8日); when OCR misread its closing 日 (2023年5月8晶), find_dates sees no date there
_FOOT_DATE_LINE = re.compile(r"(?m)^[ \t]*(?P<y>20\d{2})[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})"
                             r"[^\d\s日号年月][ \t]*$")


def _foot_date_misread(doc: Document) -> Extracted | None:
    """The last line of an OCR'd page that is only a date whose 日 was misread: the paper's date,
    when every date read whole is another event's."""
    for page in reversed(doc.pages):
        if not page.method.startswith("ocr"):
            continue
        m = None
        for m in _FOOT_DATE_LINE.finditer(page.text):
            pass
        value = _calendar_date(m)
        if value:
            review = "日期末尾的“日”字未识别，日可能少读一位，请核对" if len(m.group("d")) == 1 else None
            found = _dated(doc, page, m.start("y"), m.end("d"), value, unlabelled=True, review=review)
            found.checks.append("日期末尾“日”字未识别")
            return found
    return None


def _calendar_date(m: re.Match[str] | None) -> date | None:
    """The day a match's y, m and d groups name; None without a match or for no such day (20230230)."""
    if m is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# another date's label between a label and a date on its line claims the date
_ANOTHER_DATE_LABEL = re.compile(r"[\u4e00-\u9fff](?:日期|时间)")


def _date_after_label(doc: Document, hit: Hit) -> Extracted | None:
    """A date after the label on its line, else below it in the same column (grid forms)."""
    text, page = hit.page.text, hit.page
    for m in find_dates(text[hit.end:hit.line_end]):
        if _ANOTHER_DATE_LABEL.search(text, hit.end, hit.end + m.start):
            # 提出日期 最后更新日期 2024-09-29: the label's own cell is blank (or its date was
            # lost); the date is the next label's
            break
        review = None
        if page.method.startswith("ocr") and _CUT_DAY.fullmatch(text, hit.end + m.start, hit.end + m.end):
            review = CUT_DAY_DOUBT
        return _dated(doc, page, hit.end + m.start, hit.end + m.end, m.value, review=review)
    compact = _COMPACT_DATE.match(text, hit.end, hit.line_end) or _BROKEN_SEPARATOR_DATE.match(text, hit.end, hit.line_end)
    value = _calendar_date(compact)
    if value:
        return _dated(doc, page, compact.start("y"), compact.end("d"), value)
    stamped = _STAMPED_DATE.match(text, hit.end, hit.line_end)
    value = _calendar_date(stamped) if not page.method.startswith("ocr") else None
    if value:
        found = _dated(doc, page, stamped.start("y"), stamped.end(), value)
        found.checks.append("日期中夹有印章文字，已略去")
        return found
    unclosed = _UNCLOSED_DATE.match(text, hit.end, hit.line_end) if page.method.startswith("ocr") else None
    value = _calendar_date(unclosed)
    if value:
        # 签订日期：2024年4月11人召: OCR garbled the closing 日; the year, month and day stand.
        # A one-digit day may have lost a digit with it: that is a question, not a reading
        review = "日期末尾的“日”字未识别，日可能少读一位，请核对" if len(unclosed.group("d")) == 1 else None
        found = _dated(doc, page, unclosed.start("y"), unclosed.end("d"), value, review=review)
        found.checks.append("日期末尾“日”字未识别")
        return found
    if hit.line_end >= len(text):
        return None
    label_box, _ = page.locate(hit.start, hit.end)
    column = []
    line_start = hit.line_end + 1
    while line_start < len(text):
        start, stop = line_bounds(text, line_start)
        cell = next(((start + m.start, start + m.end, m.value) for m in find_dates(text[start:stop])
                     if _in_column(page, label_box, start + m.start, start + m.end)), None)
        if cell is None or _labelled_on_its_line(text, start, cell[0]):
            # a date after a label of its own (质保截止 …, 交货日期 …) is that row's value, not the
            # cell under this label
            break
        column.append(cell)
        # a column of payment dates (an instalment table) is followed to its end; elsewhere the
        # cell under the label is the value
        if doc.doc_type != "payment_proof":
            break
        line_start = stop + 1
    if not column:
        return None
    # the payments of an instalment table complete the contract's payment on the last of them
    start, end, value = max(column, key=lambda cell: cell[2])
    found = _dated(doc, page, start, end, value)
    if len(column) > 1:
        found.checks.append("分期付款表，取最后一期付款日期")
    return found


# a table column headed by another event's date (品名 数量 要求交货期 / … 2024-11-01): its cells
# date that event for each row, not the document
_OTHER_EVENT_HEADER = re.compile(_OTHER_EVENT + r"\s*(?:日期|时间|期限|期)")
_HEADER_REACH = 4      # lines above a row where its table's header may stand


_SENTENCE_PUNCTUATION = re.compile(r"[。，；]")


def _under_other_event_header(page: PageText, m) -> bool:  # noqa: ANN001 - a DateMatch
    """The date is a cell under a column header that names another event (交货期, 到期日期):
    the header stands on one of the few lines above and over the date's place on the page."""
    text = page.text
    line_start, _ = line_bounds(text, m.start)
    box, _ = page.locate(m.start, m.end)
    if box is None:
        return False
    for _ in range(_HEADER_REACH):
        if line_start == 0:
            return False
        line_start, line_end = line_bounds(text, line_start - 1)
        line = text[line_start:line_end]
        if find_dates(line):
            continue         # a row of the table (or prose with a date): not its header
        if _SENTENCE_PUNCTUATION.search(line):
            continue         # prose (…投标有效期至⏎2023年…): a sentence's words head no column
        for h in _OTHER_EVENT_HEADER.finditer(line):
            head, _ = page.locate(line_start + h.start(), line_start + h.end())
            if head is not None and box[0] < head[2] + 0.02 and box[2] > head[0] - 0.02:
                return True
    return False


def _labelled_on_its_line(text: str, line_start: int, start: int) -> bool:
    before = text[max(line_start, start - 12):start]
    return bool(_UNTIL_BEFORE.search(before) or _OTHER_EVENT_LABEL.search(before)
                or _ANOTHER_DATE_LABEL.search(before.rstrip(" \t:："))
                and re.search(r"(?:日期|时间)[ \t:：]*$", before))


def _in_column(page: PageText, label_box, start: int, end: int) -> bool:  # noqa: ANN001 - a Box or None
    box, _ = page.locate(start, end)
    return label_box is None or box is None or (box[0] < label_box[2] + 0.08 and box[2] > label_box[0] - 0.02)


def _dated(doc: Document, page: PageText, start: int, end: int, value: date,
           unlabelled: bool = False, review: str | None = None) -> Extracted:
    checks = [UNLABELLED_DATE] if unlabelled else []
    if not 2015 <= value.year <= 2030:
        review = f"日期 {value.isoformat()} 不在合理范围内，疑似识别错误"
    return extracted(doc, page, start, end, value, checks, review)
