"""The document's own date: the signing, acceptance, payment or diagnosis date, not a
delivery, printing or deadline date."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.fields.hits import Hit, extracted, find_labels
from pipeline.extract.fields.vocabulary import LABELS
from pipeline.models import Document, Extracted, PageText
from pipeline.parsing.dates import find_dates


def extract_date(doc: Document) -> Extracted | None:
    labels = LABELS.date_labels.get(doc.doc_type, ())
    for label in labels:  # priority order: the most specific label first
        for hit in find_labels(doc, (label,)):
            if _OTHER_DATE.search(hit.page.text[max(0, hit.start - 4):hit.start]):
                continue     # 日期 inside 申请日期: the date of another event
            found = _date_after_label(doc, hit)
            if found:
                return found
    dated = [(p, m) for p in doc.pages for m in find_dates(p.text)
             if not _NOT_THE_DATE.search(p.text[max(0, m.start - 8):m.start])]
    if not dated:
        return None
    if doc.doc_type in ("contract", "subcontract"):
        # 本合同于二〇二三年四月三日由双方在天津市签订: the signing date stated in prose
        for page, m in dated:
            after = page.text[m.end:m.end + 24].split("。")[0]
            sentence = page.text[page.text.rfind("。", 0, m.start) + 1:m.start]
            if _SIGNED.search(after) and not _NOT_SIGNING.search(page.text[max(0, m.start - 12):m.start]) \
                    and not _RECITAL.search(sentence):
                return _dated(doc, page, m.start, m.end, m.value)
    if doc.doc_type == "acceptance_report":
        # 贵司于2023年12月27日组织验收… in a letter dated later: the acceptance is the event, the
        # letter only reports it
        for page, m in dated:
            after = page.text[m.end:m.end + 50].replace("\n", "").split("。")[0]
            if _ACCEPTED.search(after):
                return _dated(doc, page, m.start, m.end, m.value)
    if doc.doc_type == "diagnosis_report":
        # 诊断专家组于2024年5月13日赴企业现场…开展了诊断: the visit is the diagnosis, the
        # report's own date at its foot comes later
        for page, m in dated:
            after = page.text[m.end:m.end + 60].replace("\n", "").split("。")[0]
            if _VISIT.search(after):
                return _dated(doc, page, m.start, m.end, m.value)
    # unlabelled: payments state their transaction date first; letters and reports are dated
    # at the end, under the signatures
    page, m = dated[0] if doc.doc_type == "payment_proof" else dated[-1]
    return _dated(doc, page, m.start, m.end, m.value, unlabelled=True)


_SIGNED = re.compile(r"^[^，,；;]{0,20}?(?:签订|签署|订立|签约)")
UNLABELLED_DATE = "无日期标签，取落款日期"   # the check of a date taken for want of a better one
_ACCEPTED = re.compile(r"^[^，,；;]{0,24}?(?:组织|召开|进行|开展|完成|通过|举行)(?:了)?[^。，,]{0,16}?(?:验收|终验|竣工验收)")
_VISIT = re.compile(r"(?:赴|到|深入|前往|走进|进驻)[^。，]{0,12}?(?:现场|企业|车间|工厂)|"
                    r"(?:开展|进行|实施)了?[^。]{0,20}?(?:诊断|评估|调研)")
# 鉴于双方于…签订了《原合同》: a recital dates an earlier agreement, not this one
_RECITAL = re.compile(r"鉴于|原合同")
_NOT_SIGNING = re.compile(r"(?:前|截至|截止|之前|以前|至)[^。]{0,12}$")
# a word that makes 日期/时间 the date of another event than the document's own
_OTHER_DATE = re.compile(r"(?:申请|到期|交货|到货|发货|计划|要求|开工|竣工|完工|打印|生成|截止|有效|开票|评审|报名|投标|"
                         r"开标|成立|注册|出生|制表|查询|起始|开始|结束|终止|打印)\s*$")
# dates that are about the paper, not the event
_NOT_THE_DATE = re.compile(r"(?:打印|生成|制表|查询|截止)(?:日期|时间)[:：\s]*$")


# bank systems print 交易日期 20240226: compact digits, trusted only right after a date label
_COMPACT_DATE = re.compile(r"^[\s:：]*((20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?!\d)")


def _date_after_label(doc: Document, hit: Hit) -> Extracted | None:
    """A date after the label on its line, else below it in the same column (grid forms)."""
    text, page = hit.page.text, hit.page
    for m in find_dates(text[hit.end:hit.line_end]):
        return _dated(doc, page, hit.end + m.start, hit.end + m.end, m.value)
    compact = _COMPACT_DATE.match(text[hit.end:hit.line_end])
    if compact:
        try:
            value = date(int(compact.group(2)), int(compact.group(3)), int(compact.group(4)))
        except ValueError:
            value = None
        if value:
            return _dated(doc, page, hit.end + compact.start(1), hit.end + compact.end(1), value)
    if hit.line_end >= len(text):
        return None
    start = hit.line_end + 1
    nl = text.find("\n", start)
    stop = len(text) if nl < 0 else nl
    label_box, _ = page.locate(hit.start, hit.end)
    for m in find_dates(text[start:stop]):
        box, _ = page.locate(start + m.start, start + m.end)
        if label_box is None or box is None or (box[0] < label_box[2] + 0.08 and box[2] > label_box[0] - 0.02):
            return _dated(doc, page, start + m.start, start + m.end, m.value)
    return None


def _dated(doc: Document, page: PageText, start: int, end: int, value: date,
           unlabelled: bool = False) -> Extracted:
    checks = [UNLABELLED_DATE] if unlabelled else []
    review = None
    if not 2015 <= value.year <= 2030:
        review = f"日期 {value.isoformat()} 不在合理范围内，疑似识别错误"
    return extracted(doc, page, start, end, value, checks, review)
