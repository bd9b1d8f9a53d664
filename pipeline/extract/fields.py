"""Fields of one classified document: label-driven, with provenance and cross-checks.

Documents label what they state (甲方：…, 合同编号：…, 金额（小写）…). We find the labels,
read the value that follows on the line (or the next line in forms), and check values against
each other: a 大写 amount must agree with its 小写 twin, a credit code must pass its checksum.
A value that fails its checks keeps a `review_reason`, and may be re-read by a second OCR
engine through the `reread` callback before we give up on it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Callable

from rapidfuzz import fuzz

from pipeline.extract.classify import classify_text, kind_title_patterns
from pipeline.extract.roles import DEFINED_TERM_BEFORE, defined_parties, issuer_of, parties_by_statement
from pipeline.models import (CHECK_UPPER_MATCHES_DIGITS, CHECK_USCC_VALID, Box, Document, Extracted, PageText,
                     Provenance)
from pipeline.extract.ledger import statement_transaction, transaction_fields
from pipeline.extract.entities import plausible_organisation, find_organizations, normalize_name
from pipeline.parsing.amounts import AmountMatch, find_amounts
from pipeline.parsing.dates import find_dates
from pipeline.parsing.locality import repair_tianjin_district
from pipeline.parsing.uscc import find_usccs

# (page number, region box) -> the region read again by a second engine, or None
Reread = Callable[[int, Box], PageText | None]

PARTY_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "contract": {
        # 甲（供）方 / 乙（需）方: the supply/demand word decides, not the 甲/乙 order
        "customer": ("甲（需）方", "乙（需）方", "甲(需)方", "乙(需)方", "甲（买）方", "乙（买）方",
                     "甲方", "委托方", "委托人", "采购方", "发包方", "发包人", "买方", "买受人", "需方",
                     "订购方", "Buyer", "BUYER"),
        "supplier": ("甲（供）方", "乙（供）方", "甲(供)方", "乙(供)方", "甲（卖）方", "乙（卖）方",
                     "乙方", "受托方", "受托人", "承包方", "承包人", "服务方", "卖方", "出卖人", "供方",
                     "Seller", "SELLER"),
    },
    "subcontract": {
        "customer": ("甲方", "总包方", "总包单位", "总承包方", "总承包单位", "总承包人", "发包方", "发包人", "发包单位",
                     "委托方"),
        # 承包人 is the subcontractor unless its role note says 总包 (see ROLE_NOTE_WORDS)
        "supplier": ("乙方", "分包方", "分包单位", "分包人", "分包商", "承包方", "承包人", "受托方"),
    },
    "acceptance_report": {
        "customer": ("验收单位", "建设单位", "使用单位", "用户单位", "委托单位", "甲方", "业主单位",
                     "项目单位", "采购单位", "客户单位", "客户名称", "需方", "组织验收单位", "委托方",
                     "建设方", "业主", "验收方", "用户名称"),
        "supplier": ("承建单位", "供应商", "实施单位", "承担单位", "服务单位", "乙方", "中标单位",
                     "承包单位", "施工单位", "供货单位"),
    },
    "procurement_proof": {
        "customer": ("招标人", "采购人", "采购方", "采购单位", "招标单位", "买方", "甲方", "需方",
                     "订货单位", "订货方", "订购方", "订购单位", "比选人", "询价人", "谈判采购人"),
        "supplier": ("中标人", "中标单位", "中标供应商", "成交供应商", "供应方", "供应商", "卖方",
                     "乙方", "供方", "致"),
    },
    "payment_proof": {
        "payer": ("付款人户名", "付款人名称", "付款单位名称", "付款单位", "付款人全称", "付款账户名称",
                  "付款账户户名", "付款户名", "付款方户名", "付款方名称", "付款方", "付款人", "汇款人", "出票人全称",
                  "出票人", "付款账户", "转出账户", "转出户名", "付款单位全称"),
        "payee": ("收款人户名", "收款人名称", "收款单位名称", "收款单位", "收款人全称", "收款账户名称",
                  "收款账户户名", "收款户名", "收款方户名", "收款方名称", "收款方", "收款人", "收款账户",
                  "转入账户", "转入户名", "收票人全称", "收票人", "收款单位全称"),
    },
    "diagnosis_report": {
        # 受诊断单位 / 被诊断企业 are the customer: see _DIAGNOSED_PREFIX for 诊断单位 inside them
        "customer": ("诊断对象", "被诊断单位", "被诊断企业", "受诊断单位", "受诊断企业", "受诊单位", "受诊企业",
                     "诊断企业", "客户名称", "客户单位", "委托单位", "委托方", "企业名称", "服务对象",
                     "服务企业", "用户单位", "受评估单位", "被评估单位", "受评估企业", "被评估企业", "评估对象",
                     "受检单位"),
        "supplier": ("诊断单位", "诊断服务单位", "服务单位", "诊断机构", "服务机构", "诊断方", "服务方",
                     "评估机构", "评估单位", "评估方"),
    },
}
AMOUNT_LABELS: dict[str, tuple[str, ...]] = {
    "contract": ("合同总金额", "合同金额", "合同总价", "合同价款", "签约合同价", "总金额", "总价款", "含税总价", "价款",
                 "Contract Price", "Contract Amount", "Total Amount", "Total Price"),
    "subcontract": ("分包合同金额", "分包金额", "分包价款", "分包合同价款", "分包费用", "分包服务费用", "分包总价",
                    "合同总金额", "合同金额", "合同价款", "合同总价", "合同价格", "总金额"),
    "acceptance_report": ("合同金额", "合同总金额", "项目金额", "验收金额", "项目总金额", "合同价款"),
    "payment_proof": ("交易金额", "付款金额", "转账金额", "汇款金额", "支付金额", "实付金额", "金额"),
    "procurement_proof": ("中标金额", "中标价格", "中标价", "中选金额", "中选价格", "成交金额", "成交价格", "成交价",
                          "采购价格", "订单总金额",
                          "订单总额", "订单金额", "合计金额", "合计", "总计", "总金额", "合同金额"),
}
TOTAL_LABELS = ("价税合计", "合计金额", "合计", "总计")
DATE_LABELS: dict[str, tuple[str, ...]] = {
    "contract": ("签订日期", "签订时间", "签署日期", "签约日期", "签约时间", "签署时间", "签订于"),
    "subcontract": ("签订日期", "签订时间", "签署日期", "签约日期", "签署时间", "签约时间"),
    "acceptance_report": ("验收日期", "验收时间", "验收完成日期"),
    "payment_proof": ("交易日期", "交易时间", "记账日期", "转账日期", "付款日期", "入账日期", "支付日期",
                      "汇款日期", "付款时间"),
    "procurement_proof": ("审批完成日期", "批准日期", "审批日期", "签发日期", "发文日期", "公告日期", "公示日期",
                          "发布日期", "通知日期", "发出日期", "发出时间", "订单日期", "下单日期", "采购日期", "日期"),
    "diagnosis_report": ("诊断日期", "现场诊断日期", "诊断时间", "现场评估日期", "评估日期", "评估时间", "服务日期",
                         "服务时间", "调研日期", "调研时间", "报告日期"),
    "meeting_record": ("会议时间", "会议日期", "召开时间", "时间", "日期"),
}
# assessment cycle: a meeting names itself on a label line; a diagnosis proposes a solution
# under a heading (解决方案 / 改进建议 ...) followed by its content
MEETING_NAME_LABELS = ("会议名称", "会议主题", "活动名称")
# words that name a solution section; the assessment catalog may give its own list
# (`solution_headings` of its diagnoses requirement), these are the default
SOLUTION_HEADINGS = ("解决方案", "改进建议", "改进措施", "改进方案", "提升建议", "提升方案", "提升路径", "实施建议",
                     "实施方案", "实施路径", "对策建议", "对策与建议", "对策措施", "整改建议", "整改措施", "优化建议",
                     "优化方案", "改造方案", "改造建议", "建设方案", "总体方案", "方案设计", "建议措施", "解决思路",
                     "实施路线图", "路线图", "实施计划", "推进计划", "行动计划", "工作建议", "建议")
SOLUTION_MIN_CHARS = 20  # a heading with (almost) nothing under it proposes nothing
# what each kind must state for reconciliation; a scan missing one is read again
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "contract": ("amount_yuan", "date", "customer"),
    "acceptance_report": ("date", "customer", "result"),
    "payment_proof": ("amount_yuan", "date", "payer", "payee"),
    "procurement_proof": ("amount_yuan", "date", "customer"),
    "subcontract": ("amount_yuan", "date", "customer", "supplier"),
    "diagnosis_report": ("customer", "date"),
    "meeting_record": ("title", "date"),
}
CONTRACT_NO_LABELS = ("合同编号", "合同号", "合同号码", "协议编号", "合同编码", "分包合同编号")
# an order is known by its number (it is the contract); a tender's project number is not a
# contract number and is kept as project_no
PROCUREMENT_NO_LABELS = ("采购订单号", "订单编号", "订单号", "单号")
PROJECT_NO_LABELS = ("采购项目编号", "招标项目编号", "项目编号", "招标编号", "采购编号", "询价单号", "询价编号",
                     "询比价编号", "比选编号", "谈判编号", "磋商编号", "竞价编号")
# a procedure's number (询价单号) is not an order's (单号): the word before 单号 says which
_PROCEDURE_BEFORE = re.compile(r"(?:询价|询比价|比价|报价|招标|比选|谈判|磋商|竞价)\s*$")
USCC_LABEL = re.compile(r"统一社会信用代码|信用代码|社会信用代码|纳税人识别号|税号")
ADDRESS_LABEL = re.compile(r"(?:注册|通讯|联系|办公)?地址|住所")
_SEPARATOR = re.compile(r"^[\s:：;；）)\]】\-—_|]*")  # ; is how OCR often reads ：
_ROLE_NOTE = re.compile(r"^[（(][^）)]{1,8}[）)]")
# HT-2023-0457, TJZN(2023)018号, 津智造〔2023〕12号 (a 文号: its Chinese prefix and 号 belong to it)
_CONTRACT_NO = re.compile(
    # 文号 style: HCZN（2023）采字第0753号, 津智造〔2022〕19号
    r"(?:[A-Za-z][A-Za-z0-9\-]{0,12}|[\u4e00-\u9fff]{1,8}) ?[〔\[(（] ?\d{4} ?[〕\])）] ?"
    r"(?:[\u4e00-\u9fff]{1,3}字)?第? ?[A-Za-z0-9\-]{1,12} ?号"
    r"|[\u4e00-\u9fff]{1,8} ?[〔\[(（] ?\d{4} ?[〕\])）] ?[A-Za-z0-9\-]{1,12}号?"
    r"|[A-Za-z0-9][A-Za-z0-9\-_/.〔〕\[\]（）()]{2,40}")
_BRACKETED = re.compile(r"[〔\[(（]\d{4}[〕\])）]")
_CONTRACT_NO_IN_TEXT = re.compile(
    r"合同[（(]?(?:编号|号)?[:：\s]*([A-Za-z0-9][A-Za-z0-9\-_/]{3,40})"
    r"|(?<![A-Za-z0-9])((?:[A-Za-z][A-Za-z0-9\-_/]*|[\u4e00-\u9fff]{1,8})[(（〔\[]\d{4}[)）〕\]]"
    r"(?:[\u4e00-\u9fff]{1,3}字)?第?[A-Za-z0-9\-]{1,12}号?)(?=合同)")
# what a purpose line puts before a 文号: 支付津智造〔2022〕19号合同进度款
_PAYMENT_VERB = re.compile(r"^(?:支付|付款|预付|结算|偿付|付|按|根据|依据|用于)")
_BANK = re.compile(r"(?:银行|支行|分行|信用社|营业部)$")
_RESULT_LABEL = re.compile(r"验收结论|验收意见|结论|验收结果")
_NEGATIVE = re.compile(r"不合格|不予通过|未通过|不通过|不同意验收|未能通过|验收不通过")
_POSITIVE = re.compile(r"合格|通过|同意验收|符合要求")
_TITLE = re.compile(r"《([^》]{4,80})》")
_BOOK_TITLE_SUFFIX = re.compile(r"[（(](?:征求意见稿|草案|送审稿|报批稿)[）)]$")

# every label that ends the value of the label before it on the same line
_ALL_LABELS = sorted(
    {lab for table in PARTY_LABELS.values() for labels in table.values() for lab in labels}
    | {lab for labels in AMOUNT_LABELS.values() for lab in labels}
    | {lab for labels in DATE_LABELS.values() for lab in labels}
    | set(CONTRACT_NO_LABELS) | (set(PROCUREMENT_NO_LABELS) - {"单号"})
    | set(MEETING_NAME_LABELS) | {"会议地点", "主办单位", "承办单位"}
    | {"统一社会信用代码", "地址", "住所", "账号", "开户行", "开户银行", "用途", "摘要", "附言",
       "联系人", "电话", "项目名称", "项目编号", "订单编号", "法定代表人", "签字", "盖章", "（盖章）",
       "金额（大写）", "金额（小写）", "大写", "小写", "验收结论", "验收意见", "币种", "流水号",
       "会议号", "会议ID", "会议链接", "导出时间", "主持人", "参会人数"},
    key=len, reverse=True,
)
_ANY_LABEL = re.compile("|".join(re.escape(lab) for lab in _ALL_LABELS if lab != "致"))


@dataclass(frozen=True)
class Hit:
    """A label or value found on a page: offsets into page.text."""

    page: PageText
    start: int
    end: int

    @property
    def line_end(self) -> int:
        nl = self.page.text.find("\n", self.end)
        return len(self.page.text) if nl < 0 else nl


def _provenance(path: str, page: PageText, start: int, end: int) -> Provenance:
    box, confidence = page.locate(start, end)
    return Provenance(path, page.number, box, page.text[start:end], page.method, confidence)


def _extracted(doc: Document, page: PageText, start: int, end: int, value, checks=None,
               review=None) -> Extracted:
    return Extracted(value, _provenance(doc.path, page, start, end), list(checks or []), review)


def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    # A label is followed by a separator, a role note or the value itself; a label that is
    # part of a longer word (付款人 inside 付款人账号) is not that label.
    return re.compile(rf"(?:{_label_alternatives(labels)})(?![账开地电联])")


def _label_alternatives(labels: tuple[str, ...]) -> str:
    """Labels as regex alternatives, longest first; prose wraps lines inside a label
    (合\n同编号), so a line break may fall between any two of its characters."""
    return "|".join("\n?".join(re.escape(ch) for ch in lab)
                    for lab in sorted(labels, key=len, reverse=True))


def _find_labels(doc: Document, labels: tuple[str, ...], strict: bool = True) -> list[Hit]:
    """Label occurrences; strict=False also takes a label fused to the next word
    (付款人账号), which still anchors the party's column in a grid."""
    pattern = _label_pattern(labels) if strict else re.compile(_label_alternatives(labels))
    hits = []
    for page in doc.pages:
        for m in pattern.finditer(page.text):
            if m.group(0) == "致" and not _line_starts_at(page.text, m.start()):
                continue  # 致 only opens a letter
            hits.append(Hit(page, m.start(), m.end()))
    return hits


def _line_starts_at(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n" or text[max(0, pos - 1):pos].isspace()


def _value_region(hit: Hit) -> tuple[int, int]:
    """From after a label to the next label on its line (or the line end); the next line
    when the label stands alone, as in two-row forms."""
    text = hit.page.text
    start = hit.end + _SEPARATOR.match(text[hit.end:hit.line_end]).end()
    note = _ROLE_NOTE.match(text[start:hit.line_end])
    if note:
        start += note.end()
        start += _SEPARATOR.match(text[start:hit.line_end]).end()
    nxt = _ANY_LABEL.search(text, start, hit.line_end)
    end = nxt.start() if nxt else hit.line_end
    if not text[start:end].strip() and hit.line_end < len(text):
        start = hit.line_end + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        nxt = _ANY_LABEL.search(text, start + 1, line_end)
        end = nxt.start() if nxt else line_end
    return start, end


# ---- parties -----------------------------------------------------------------------------


def _party(doc: Document, hit: Hit) -> Extracted | None:
    start, end = _value_region(hit)
    region = hit.page.text[start:end]
    orgs = []
    for o in find_organizations(region):
        inner = _SELF_BRACKET.match(o.text)     # 贵公司（天津X有限公司）: the name is inside
        o_start = o.start + (inner.end() if inner else 0)
        text = region[o_start:o.end]
        if plausible_organisation(text):
            orgs.append((o_start, o.end, text))
    if orgs:
        o_start, o_end, text = orgs[0]
        return _extracted(doc, hit.page, start + o_start, start + o_end,
                          normalize_name(text), ["公司名称格式"])
    cleaned = region.strip(" ：:，,。")
    # without a company suffix a value is a name only if it is shaped like one (an
    # organisation word, or a place it starts with); prose after a label (甲方一次性向乙方支付…)
    # is no value at all
    if 4 <= len(cleaned) <= 40 and re.fullmatch(r"[\u4e00-\u9fff（）()·]{4,40}", cleaned) \
            and not _ANY_LABEL.search(cleaned) and _ORGANISATION_SHAPE.search(cleaned) \
            and not _PROSE.search(cleaned):
        offset = start + region.find(cleaned)
        return _extracted(doc, hit.page, offset, offset + len(cleaned), normalize_name(cleaned),
                          review="名称不含公司类后缀，请核对")
    return None


_SELF_BRACKET = re.compile(r"^(?:我|贵|本|该)(?:公司|单位|司|方)[（(]")
_ORGANISATION_SHAPE = re.compile(
    r"^(?:天津|北京|上海|重庆|中国|[\u4e00-\u9fff]{2,3}(?:省|市|自治区|县|区))|"
    r"(?:公司|集团|研究院|研究所|设计院|大学|学院|医院|中心|厂|局|委员会|办公室|管理处|事务所|合作社|银行|支行|分行|协会|学会|站|队|部)$")
# words of a sentence, not of a name: verbs and particles a clause carries
_PROSE = re.compile(r"支付|负责|提供|完成|约定|双方|一次性|应当|按照|根据|以下|之前|之后|[应须将]于|[向给对由][甲乙买卖供需]方|了")


# whose role a document's issuer holds when no label or statement names it
ISSUER_ROLE = {"acceptance_report": "customer", "procurement_proof": "customer", "payment_proof": "payer"}
# a receipt is issued by whoever was paid; a bank's slip by the bank
_ISSUED_BY_PAYEE = re.compile(r"收据|收款确认|收款证明|已收到|今收到|收讫")


# A role note after a label can name the role outright: 承包人（总包单位） in a subcontract is
# the main contractor, 承包人（分包人） the subcontractor. Checked in this order.
ROLE_NOTE_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "subcontract": (("分包", "supplier"), ("总包", "customer"), ("总承包", "customer"),
                    ("发包", "customer"), ("承包", "supplier")),
    "contract": (("需方", "customer"), ("买方", "customer"), ("供方", "supplier"), ("卖方", "supplier"),
                 ("发包", "customer"), ("承包", "supplier"),
                 ("甲方", "customer"), ("委托", "customer"), ("采购", "customer"),
                 ("乙方", "supplier"), ("受托", "supplier")),
}


def _noted_role(doc: Document, hit: Hit, role: str) -> str:
    text = hit.page.text
    start = hit.end + _SEPARATOR.match(text[hit.end:hit.line_end]).end()
    note = _ROLE_NOTE.match(text[start:hit.line_end])
    if note and doc.doc_type == "contract" and re.search(r"[供需买卖]", text[hit.start:hit.end]):
        return role    # 供方（甲方）: supply and demand decide the role, 甲/乙 only the order
    if note:
        for word, noted in ROLE_NOTE_WORDS.get(doc.doc_type, ()):
            if word in note.group(0):
                return noted
    return role


_SUPPLY_DEMAND = ("需方", "买方", "供方", "卖方")


def _role_of_term(doc_type: str) -> Callable[[str], str | None]:
    """The role a defined term (以下简称“委托方”) gives, by this kind's party labels; supply
    and demand words decide over 甲/乙 (甲方（供方）)."""
    labels = PARTY_LABELS.get(doc_type, {})

    def role(term: str) -> str | None:
        for word, noted in ROLE_NOTE_WORDS.get(doc_type, ()):
            if word in _SUPPLY_DEMAND and word in term:
                return noted
        return next((r for r, labs in labels.items() if term in labs), None)
    return role


def _defined_term(hit: Hit) -> bool:
    """A role word inside a definition (以下简称“委托方”) is no label: its name is before it."""
    before = hit.page.text[max(0, hit.start - 14):hit.start].replace("\n", "")
    return bool(DEFINED_TERM_BEFORE.search(before))


def _inside_diagnosed_label(doc: Document, hit: Hit) -> bool:
    """诊断单位 / 评估单位 (the diagnosing firm) read inside 受诊断单位 / 被评估单位 (the diagnosed one)."""
    return doc.doc_type == "diagnosis_report" and hit.start > 0 and hit.page.text[hit.start - 1] in "受被" \
        and hit.page.text[hit.start:hit.end].startswith(("诊断", "评估"))


def _extract_parties(doc: Document) -> dict[str, list[tuple[Hit, Extracted]]]:
    """Per role, the names found after its labels: names shaped like an organisation first,
    then in reading order."""
    roles = PARTY_LABELS.get(doc.doc_type, {})
    found: dict[str, list[tuple[Hit, Extracted]]] = {}
    # a definition (X（以下简称“委托方”）) states the role outright: it comes first
    for hit in defined_parties(doc.pages, _role_of_term(doc.doc_type)):
        item = _extracted(doc, hit.page, hit.start, hit.end, hit.name, [f"角色来自{hit.means}"])
        found.setdefault(hit.role, []).append((Hit(hit.page, hit.start, hit.end), item))
    label_hits: list[tuple[str, Hit]] = []
    for role, labels in roles.items():
        label_hits.extend((role, hit) for hit in _find_labels(doc, labels, strict=False)
                          if not _inside_diagnosed_label(doc, hit) and not _defined_term(hit))
        for hit in _find_labels(doc, labels):
            if _inside_diagnosed_label(doc, hit) or _defined_term(hit):
                continue
            value = _party(doc, hit)
            if value is None or (doc.doc_type == "payment_proof" and _is_bank(value.value)):
                continue
            found.setdefault(_noted_role(doc, hit, role), []).append((hit, value))
    if doc.doc_type == "payment_proof" and not ("payer" in found and "payee" in found):
        for role, hit, value in _parties_by_column(doc):
            found.setdefault(role, []).append((hit, value))
    missing = [role for role in roles if role not in found]
    if missing:
        for role, hit, value in _parties_by_position(doc, label_hits):
            if role in missing and not (doc.doc_type == "payment_proof" and _is_bank(value.value)):
                found.setdefault(role, []).append((hit, value))
    missing = [role for role in roles if role not in found]
    if missing:
        # no label names them: the sentence that states the role does (我公司（X）…向Y支付)
        for hit in parties_by_statement(doc.doc_type, doc.pages):
            if hit.role in missing:
                item = _extracted(doc, hit.page, hit.start, hit.end, hit.name, [f"角色来自陈述：{hit.means}"])
                found.setdefault(hit.role, []).append((Hit(hit.page, hit.start, hit.end), item))
    issued_by = ISSUER_ROLE.get(doc.doc_type)
    if issued_by and issued_by not in found:
        # nothing names the role: the document's issuer holds it (a customer's acceptance
        # letter, a purchaser's notice, a payer's letter), as its signature or letterhead shows
        hit = issuer_of(doc.pages)
        if hit is not None and doc.doc_type == "payment_proof" and (
                _is_bank(hit.name) or _ISSUED_BY_PAYEE.search(doc.text)
                or any(item.value == hit.name for _, item in found.get("payee", []))):
            hit = None
        if hit is not None:
            item = _extracted(doc, hit.page, hit.start, hit.end, hit.name, [f"取自出具单位（{hit.means}）"])
            found.setdefault(issued_by, []).append((Hit(hit.page, hit.start, hit.end), item))
    for values in found.values():
        values.sort(key=lambda hv: hv[1].review_reason is not None)  # stable: reading order kept
        for _, item in values:
            _repair_district(item)
    return found


# OCR drops one of a pair of brackets around a place in a name: 昊天天津）轴承 → 昊天（天津）轴承
_HALF_BRACKETED_PLACE = re.compile(r"(?<![（(])(天津|北京|上海|重庆|河北|山东|江苏|浙江|广东|中国)[）)]")


def _repair_district(item: Extracted) -> Extracted:
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


# bank receipt grids: each party is a column block of 户名/全称, 账号, 开户行 rows, its role
# written once beside the block, often vertically (付/款/人) across the rows
_NAME_ROW_LABEL = re.compile(r"(?:户\s*名|全\s*称|账户名称|单位名称|名\s*称)[\s:：]*")
_ROLE_ANCHOR = re.compile(
    r"(?P<payer>付\s*款\s*(?:人|方|单位)|出\s*票\s*人|汇\s*款\s*人)(?!\s*(?:开户|账号|签章|地址))"
    r"|(?P<payee>收\s*款\s*(?:人|方|单位))(?!\s*(?:开户|账号|签章|地址))"
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
            orgs = [o for o in find_organizations(page.text[m.end():region_end]) if not _is_bank(o.text)]
            if orgs:
                start, end = m.end() + orgs[0].start, m.end() + orgs[0].end
                box, _ = page.locate(start, end)
                if box is not None:
                    names.append((start, end, box, normalize_name(orgs[0].text)))
        anchors = []
        for m in _ROLE_ANCHOR.finditer(page.text):
            role = "payer" if (m.group("payer") or m.group("payer_v")) else "payee"
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
                assigned[role] = (hit, _extracted(doc, page, start, end, name,
                                                  ["公司名称格式", "按回单栏位对应付款人/收款人"]))
        if len(assigned) == 2 and assigned["payer"][1].value != assigned["payee"][1].value:
            out.extend((role, hit, value) for role, (hit, value) in assigned.items())
            break
    return out


def _parties_by_position(doc: Document, label_hits: list[tuple[str, Hit]]):
    """Names whose label is not before them in reading order: the nearest label to the left
    within a few lines above or below (grids centre a label on a row-spanning cell)."""
    out = []
    for page in doc.pages:
        labels = [(role, hit, page.locate(hit.start, hit.end)[0]) for role, hit in label_hits
                  if hit.page is page]
        labels = [(r, h, b) for r, h, b in labels if b is not None]
        if not labels:
            continue
        for org in find_organizations(page.text):
            if _BANK.search(org.text):
                continue
            box, _ = page.locate(org.start, org.end)
            if box is None:
                continue
            centre = (box[1] + box[3]) / 2
            best = None
            for role, hit, lb in labels:
                if lb[0] > box[0] + 0.005:
                    continue
                distance = abs((lb[1] + lb[3]) / 2 - centre)
                if distance > 0.06:
                    continue
                key = (lb[0], -distance)
                if best is None or key > best[0]:
                    best = (key, role, hit)
            if best:
                value = _extracted(doc, page, org.start, org.end, normalize_name(org.text),
                                   ["公司名称格式", "按版面位置对应标签"])
                out.append((best[1], best[2], value))
    return out


def _owner_role(party_hits: list[tuple[str, Hit]], page: PageText, pos: int) -> str | None:
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


# ---- amounts -----------------------------------------------------------------------------


# tesseract reads ¥ as Y or V (or doubled, Yy) before a figure; same-length repair (each
# misread character becomes ¥) keeps offsets valid
_YEN_MISREAD = re.compile(r"(?<![A-Za-z])(?:Y[Yy]|[YV半#])(?=\s?\d{1,3}(?:,\d{3})+(?:\.\d{2})?)")


# 1.086.160.00 or 2.829,000.00: thousands separators read as dots (the last separator
# before two digits is the point); only where at least one separator is a misread dot
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?=(?:[.,]\d{3})*\.\d{3})(?:[.,]\d{3})+\.\d{2}(?![\d.,])")


def amount_text(page: PageText) -> str:
    """Page text with OCR's money misreadings undone, character for character (offsets hold)."""
    if not page.method.startswith("ocr"):
        return page.text
    text = _DOTTED_THOUSANDS.sub(lambda m: m.group(0)[:-3].replace(".", ",") + m.group(0)[-3:], page.text)
    text = _YEN_MISREAD.sub(lambda m: "¥" * len(m.group(0)), text)
    return text


# words that make a figure a part of the price or something else than the price: a share, an
# instalment, a deposit, a penalty, a fee (the price is stated where none of these is)
_NOT_THE_PRICE = re.compile(r"暂列金额|暂估价|其中|违约金|罚款|赔偿|滞纳金|定金|保证金|押金|质保金|质量保证金|(?:中标|招标|代理|交易|平台)服务费|代理费|手续费|"
                            r"利息|预付款|首付款|进度款|尾款|余款|其他(?:报价|投标|供应商|单位)|报价分别|预算|"
                            r"(?:增加|减少|核减|核增|追加)(?:金额|部分|费用|款)|"
                            # 原合同总金额为X (an amendment's old figure), unless it stays: 原合同总价款不变，仍为X
                            r"原(?:合同)?总?(?:金额|价款|总价|价格)(?![^。；;]*(?:不变|仍为|维持|调整为|变更为|修改为|增加至|减少至))|"
                            r"(?i:performance bond|bond|deposit|liquidated damages|penalt|advance payment|retention)|"
                            r"最高限价|控制价|拦标价|节约|节省|的\s*\d{1,3}(?:\.\d+)?\s*[%％]|百分之|不超过|最高|上限|单价")
_CLAUSE_END = re.compile(r"[。；;\n]")


# …伍万元整的履约保证金: a word or two may qualify the role (履约, 投标), or be misread
_ROLE_AFTER = re.compile(r"^\s*(?:元)?整?[）)]?\s*(?:作为|为|的)?\s*[\u4e00-\u9fff]{0,2}?"
                         r"(?:预付款|首付款|定金|保证金|违约金|质保金|代理费|(?:中标|招标|代理|交易|平台)服务费)")


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
    return text[before:end] + (role_after.group(0) if role_after else "")


# what may stand between two forms of one figure, or two figures of one list (X元、Y元): no words
_SAME_FIGURE_GAP = re.compile(r"[\s（()）:：,，、元和及或]*(?:大写|小写)?[\s（()）:：]*(?:人民币|RMB|CNY|[¥￥])?")


def _amount_candidates(doc: Document, labels: tuple[str, ...]) -> list[tuple[PageText, AmountMatch]]:
    out: list[tuple[PageText, AmountMatch]] = []
    seen: set[tuple[int, int, int]] = set()
    for hit in _find_labels(doc, labels):
        text = amount_text(hit.page)
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
            if hit.end + m.start > hit.line_end and _ANY_LABEL.search(text, hit.line_end, hit.end + m.start) \
                    and not re.search(r"大写|小写|[¥￥]", text[hit.line_end:hit.end + m.start]):
                continue
            seen.add(key)
            shifted = AmountMatch(hit.end + m.start, hit.end + m.end, m.raw, m.value, m.form)
            out.append((hit.page, shifted))
    return out


# 中选金额（万元） 1137.22: the label states the unit, the figure stands bare beside it
_LABEL_UNIT = re.compile(r"^\s*[（(]\s*(?:人民币)?(?P<unit>万元|元)\s*[）)]\s*[:：]?\s*"
                         r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d+(?:\.\d{1,6})?)(?![\d.%％])")


def _unit_from_label(rest: str) -> list[AmountMatch]:
    m = _LABEL_UNIT.match(rest)
    if not m:
        return []
    value = Decimal(m.group("figure").replace(",", ""))
    if m.group("unit") == "万元":
        value *= 10000
    return [AmountMatch(m.start("figure"), m.end("figure"), m.group(0).strip(), value,
                        "wan" if m.group("unit") == "万元" else "yuan")]


def _is_header_label(text: str, hit: Hit) -> bool:
    """A label that heads a table column: what follows it on its line is more headers or a unit."""
    rest = text[hit.end:hit.line_end].strip()
    return not rest or bool(re.fullmatch(r"[（(](?:元|万元|人民币元)[）)]\s*.*", rest)) and not re.search(r"\d", rest)


# a payment may well be a 预付款 or 尾款; it is not a fee, interest or a balance
_NOT_THE_PAYMENT = re.compile(r"手续费|工本费|邮电费|利息|余额|违约金|罚款|滞纳金")


def _price_candidates(candidates: list[tuple[PageText, AmountMatch]],
                      doc_type: str = "contract") -> list[tuple[PageText, AmountMatch]]:
    """The candidates whose clause does not make them something else than the document's
    amount: for a price, a share, a deposit, a penalty or a fee; for a payment, a fee or a balance."""
    other = _NOT_THE_PAYMENT if doc_type == "payment_proof" else _NOT_THE_PRICE
    return [(p, m) for p, m in candidates if not other.search(_clause(amount_text(p), m.start, m.end))]


# what a whole 大写 figure may follow directly: 人民币…, 金额…, 为…, 计…, 大写…
_BEFORE_UPPERCASE = set("币额为计价即约共是写款费用金整价")


def _cut_uppercase(page: PageText, m: AmountMatch) -> bool:
    """A 大写 figure read only in part: cut by a line end before its 元, or run on from
    characters OCR garbled (索什陆佰…或什伍佰元整 parses as 伍佰元整)."""
    if not re.search(r"[元圆圓园]", m.raw) and page.text[m.end:m.end + 1] in ("\n", ""):
        return True
    before = page.text[m.start - 1:m.start] if m.start else ""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]", before)) and before not in _BEFORE_UPPERCASE


def _choose_amount(doc: Document, candidates: list[tuple[PageText, AmountMatch]]) -> Extracted | None:
    if not candidates:
        return None
    # a 大写 figure cut by a line end before its 元 is part of a wrapped amount (壹仟\n…贰佰万元整)
    uppers = [(p, m) for p, m in candidates if m.form == "uppercase" and not _cut_uppercase(p, m)]
    numerics = [(p, m) for p, m in candidates if m.form != "uppercase"]
    upper_values = {m.value for _, m in uppers}
    agreed = [(p, m) for p, m in numerics if m.value in upper_values]
    if agreed:
        page, m = agreed[0]
        return _extracted(doc, page, m.start, m.end, m.value, [CHECK_UPPER_MATCHES_DIGITS])
    if numerics:
        # the most frequently stated figure, then the largest (totals beat line items)
        counts = Counter(m.value for _, m in numerics)
        value = max(counts, key=lambda v: (counts[v], v))
        page, m = next((p, m) for p, m in numerics if m.value == value)
        if uppers:
            return _extracted(doc, page, m.start, m.end, value, [],
                              review=f"大写金额（{uppers[0][1].raw}）与小写金额不一致")
        return _extracted(doc, page, m.start, m.end, value, ["仅有小写金额"])
    if not uppers:
        return None      # only partial 大写 readings: no value
    page, m = uppers[0]
    # tesseract misreads 大写 on most pages; RapidOCR was measured reading them right
    review = "仅有大写金额（OCR 识别大写易错）" if page.method == "ocr:tesseract" else None
    return _extracted(doc, page, m.start, m.end, m.value, ["仅有大写金额"], review)


def _extract_amount(doc: Document, reread: Reread | None) -> Extracted | None:
    labels = AMOUNT_LABELS.get(doc.doc_type)
    if not labels:
        return None
    candidates = _price_candidates(_amount_candidates(doc, labels), doc.doc_type)
    if doc.doc_type in ("contract", "subcontract"):
        # a price table's 合计 row (金额（元） column) states the total too
        candidates += _price_candidates(_amount_candidates(doc, TOTAL_LABELS), doc.doc_type)
    if not candidates:
        # no labelled amount: any explicit money figure in the document that is not a
        # deposit, fee or penalty
        candidates = _price_candidates([(p, m) for p in doc.pages for m in find_amounts(amount_text(p))
                                        if m.form in ("yuan", "wan", "uppercase")], doc.doc_type)
    chosen = _choose_amount(doc, candidates)
    if chosen and chosen.needs_review and reread and chosen.provenance.method.startswith("ocr"):
        # re-read every labelled line, not only where figures were found: a misread figure
        # may not have parsed at all
        chosen = _reread_amount(doc, candidates + _label_lines(doc, labels), reread) or chosen
    return chosen


def _label_lines(doc: Document, labels: tuple[str, ...]) -> list[tuple[PageText, AmountMatch]]:
    """Pseudo-candidates spanning each labelled line, so re-reads cover them."""
    out = []
    for hit in _find_labels(doc, labels):
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


# ---- dates, numbers, results ---------------------------------------------------------------


def _extract_date(doc: Document) -> Extracted | None:
    labels = DATE_LABELS.get(doc.doc_type, ())
    for label in labels:  # priority order: the most specific label first
        for hit in _find_labels(doc, (label,)):
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
    checks = ["无日期标签，取落款日期"] if unlabelled else []
    review = None
    if not 2015 <= value.year <= 2030:
        review = f"日期 {value.isoformat()} 不在合理范围内，疑似识别错误"
    return _extracted(doc, page, start, end, value, checks, review)


def _labelled_number(doc: Document, labels: tuple[str, ...], at_line_start: bool = False) -> Extracted | None:
    for hit in _find_labels(doc, labels):
        if at_line_start and not _line_starts_at(hit.page.text, hit.start):
            continue
        if labels == PROCUREMENT_NO_LABELS and _PROCEDURE_BEFORE.search(hit.page.text[max(0, hit.start - 4):hit.start]):
            continue
        start, end = _value_region(hit)
        m = _CONTRACT_NO.search(hit.page.text, start, max(end, start))
        if m and any(ch.isdigit() for ch in m.group(0)):
            value = _with_wen_hao_suffix(m.group(0).rstrip(".）)"), hit.page.text, m.start())
            review = None if _plausible_number(value) else "编号过短或只有年份，疑似识别不全"
            return _number_as_written(_extracted(doc, hit.page, m.start(), m.start() + len(value), value,
                                                 review=review), hit.page)
    return None


def _extract_contract_no(doc: Document) -> Extracted | None:
    found = _labelled_number(doc, CONTRACT_NO_LABELS)
    if found:
        return found
    if doc.doc_type in ("contract", "subcontract"):
        # a contract's own header line 编号：… (not 凭证编号 or 项目编号 inside other labels)
        found = _labelled_number(doc, ("编号",), at_line_start=True)
        if found:
            return found
    for page in doc.pages:  # 用途：支付合同HT-2023-001款 / 附言：TJZN(2023)017号合同首付款
        m = _CONTRACT_NO_IN_TEXT.search(page.text)
        group = (1 if m.group(1) else 2) if m else 0
        if m and any(ch.isdigit() for ch in m.group(group)):
            start = m.start(group) + (_PAYMENT_VERB.match(m.group(group)).end()
                                      if group == 2 and _PAYMENT_VERB.match(m.group(group)) else 0)
            value = _with_wen_hao_suffix(page.text[start:m.end(group)].rstrip("款"), page.text, start)
            return _number_as_written(_extracted(doc, page, start, start + len(value),
                                                 value, ["取自用途/摘要"]), page)
    if doc.doc_type == "procurement_proof":
        # a notice or order that quotes no contract number is known by its own
        found = _labelled_number(doc, PROCUREMENT_NO_LABELS)
        if found:
            found.checks.append("采购/招标编号")
            return found
    for hit in _find_labels(doc, _PURPOSE_LABELS):  # 用途：支付HT-2023-001合同尾款
        m = _CODE_LIKE.search(hit.page.text, hit.end, hit.line_end)
        if m and sum(ch.isdigit() for ch in m.group(0)) >= 3:
            return _extracted(doc, hit.page, m.start(), m.end(), m.group(0), ["取自用途/摘要"])
    return None


def _plausible_number(value: str) -> bool:
    """A contract or order number is more than a year or a couple of digits."""
    compact = re.sub(r"[\s\-_/.()（）〔〕\[\]号]", "", value)
    return len(compact) >= 5 and not re.fullmatch(r"(?:19|20)\d{2}", compact)


def _with_wen_hao_suffix(value: str, text: str, start: int) -> str:
    """TJZN(2023)017号: a number in 文号 style ends with its 号."""
    if _BRACKETED.search(value) and not value.endswith("号") and text[start + len(value):start + len(value) + 1] == "号":
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


_PURPOSE_LABELS = ("用途", "附言", "摘要", "付款事由", "备注", "事由")
_CODE_LIKE = re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z][A-Za-z0-9\-_/.]*\d(?:[A-Za-z0-9\-_/.]*[A-Za-z0-9])?")


# below this, an OCR'd value is worth a second engine's look
DOUBTFUL_CONFIDENCE = 0.85
_IDENTIFYING = ("contract_no", "customer", "supplier", "payer", "payee", "amount_yuan", "date")


def missing_required(doc: Document) -> list[str]:
    """Required fields absent or failing their checks."""
    return [name for name in REQUIRED_FIELDS.get(doc.doc_type, ())
            if name not in doc.fields or doc.fields[name].needs_review]


def doubtful_fields(doc: Document) -> list[str]:
    """Fields to read again: required ones missing, any failing a check or read unsurely."""
    out = missing_required(doc)
    for name in _IDENTIFYING:
        item = doc.fields.get(name)
        if item and name not in out and (item.needs_review or (
                item.provenance.confidence < DOUBTFUL_CONFIDENCE and not item.corroborated)):
            out.append(name)
    return out


# forms tick one of their printed options: ■合格 □不合格, ☑通过 ☐不通过. OCR keeps the empty
# box as 口 more often than it keeps the filled one.
_OPTION_WORD = r"(?:不合格|合格|不予通过|未通过|不通过|通过|不同意验收|同意验收)"
# the box before its option (■合格 □不合格) or the mark after it in brackets (同意验收（√） 不同意验收（ ）)
_BOX_OPTION = re.compile(rf"(?P<box>[□☐○◯口■☑☒✓✔√●▣])?[ \t]*(?P<word>{_OPTION_WORD})"
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
    options = list(_BOX_OPTION.finditer(region))
    if len(options) < 2 or not any(_box_of(o) for o in options):
        return None
    filled = [o for o in options if _box_of(o) in _FILLED_BOX]
    if len(filled) == 1:
        return filled[0], False
    not_empty = [o for o in options if _box_of(o) not in _EMPTY_BOX]
    if not filled and len(not_empty) == 1:
        return not_empty[0], True
    return None


def _extract_result(doc: Document) -> Extracted | None:
    for page in doc.pages:
        for m in _RESULT_LABEL.finditer(page.text):
            hit = Hit(page, m.start(), m.end())
            start, end = _value_region(hit)
            region = page.text[start:max(end, hit.line_end)]
            ticked = _ticked_option(region)
            if ticked:
                option, inferred = ticked
                value = "failed" if _NEGATIVE.search(option.group("word")) else "passed"
                checks = ["取自验收结论勾选项"] + (["其余选项的勾选框为空"] if inferred else [])
                return _extracted(doc, page, start + option.start(), start + option.end(), value, checks)
            # an unticked box is not what the form says
            region = _BOX_OPTION.sub(lambda o: " " * len(o.group(0)) if _box_of(o) in _EMPTY_BOX else o.group(0),
                                     region)
            for pattern, value in ((_NEGATIVE, "failed"), (_POSITIVE, "passed")):
                r = pattern.search(region)
                if r:
                    review = None
                    if page.method.startswith("ocr") and _CHECKBOX_RESIDUE.search(region[:r.start()][-3:]):
                        # OCR drops the ticks of a checkbox row (■合格 □不合格 reads "-不合格")
                        review = "验收结论似为勾选项，OCR 无法确认勾选了哪一项，请人工核对"
                    return _extracted(doc, page, start + r.start(), start + r.end(), value,
                                      ["取自验收结论"], review)
    decided = _decision_statement(doc)
    if decided:
        return decided
    for pattern, value in ((_NEGATIVE, "failed"), (re.compile(r"验收合格|验收通过|同意验收"), "passed")):
        for page in doc.pages:
            r = pattern.search(page.text)
            if r:
                return _extracted(doc, page, r.start(), r.end(), value,
                                  [], "未找到验收结论栏，结论取自正文")
    return None


# the sentence in which the acceptance decision is made (an expert panel's opinion, minutes)
# the acceptance that decides: 验收, or a final one named 终验 / 竣工验收 / 交付验收 (an 初验, a
# preliminary check, decides nothing on its own)
_ACCEPTANCE = r"(?:验收|终验)"
_DECIDED_FAILED = re.compile(rf"不(?:同意|予)[^。，,]{{0,12}}(?:通过|{_ACCEPTANCE})|未(?:能)?(?:通过|达到)[^。，,]{{0,8}}{_ACCEPTANCE}(?:要求|条件|标准)?|"
                             rf"{_ACCEPTANCE}不(?:合格|通过)|暂缓{_ACCEPTANCE}|(?:整改|完善)后(?:再行|重新|另行)(?:组织|申请)?{_ACCEPTANCE}")
_DECIDED_PASSED = re.compile(rf"(?<![不未])(?:一致)?同意[^。，,]{{0,20}}(?:通过|予以)[^。，,]{{0,8}}{_ACCEPTANCE}|"
                             rf"(?<![不未])(?:已|顺利|正式)通过[^。，,]{{0,8}}{_ACCEPTANCE}|"
                             rf"准予{_ACCEPTANCE}|{_ACCEPTANCE}结论[:：]?合格|(?i:passed (?:the )?(?:final )?acceptance)")


def _decision_statement(doc: Document) -> Extracted | None:
    """The last decision sentence of the document (a conclusion comes last): confident when the
    document decides one way only, to be reviewed when it says both."""
    found = []
    for page in doc.pages:
        for pattern, value in ((_DECIDED_FAILED, "failed"), (_DECIDED_PASSED, "passed")):
            for m in pattern.finditer(page.text):
                found.append((page.number, m.start(), m.end(), value, page))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    _, start, end, value, page = found[-1]
    both = len({f[3] for f in found}) > 1
    return _extracted(doc, page, start, end, value, ["取自验收决定的陈述"],
                      "正文中既有通过也有不通过的表述，取最后的决定，请核对" if both else None)


_MEETING_WORD = re.compile(r"交流会|座谈会|研讨会|推介会|对接会|培训会|观摩会|沙龙|论坛|大会|会议")
_MEETING_TITLE_AFFIX = re.compile(r"^关于(?:召开|举办|组织|开展)?|(?:的)?(?:通知|会议纪要|纪要|会议记录|记录|签到表|签到册|签到单|"
                                  r"签到|参会名单|参会单位名单)$")


def _extract_meeting_name(doc: Document) -> Extracted | None:
    """会议名称：… on its label line (the name, not a 《》 title quoted in the minutes); without
    one, the title line (关于召开…的通知, …签到表, …会议纪要) less the words naming the paper."""
    for hit in _find_labels(doc, MEETING_NAME_LABELS):
        start, end = _value_region(hit)
        value = hit.page.text[start:end].strip(" ：:，,。")
        if len(value) >= 4:
            offset = start + hit.page.text[start:end].find(value)
            return _extracted(doc, hit.page, offset, offset + len(value), value.replace(" ", ""),
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
        if not compact or len(compact) > 50 or not _MEETING_WORD.search(compact) or re.search(r"[:：]", compact):
            continue   # 会议时间：… is a label line, not the title
        name = compact
        for _ in range(2):
            name = _MEETING_TITLE_AFFIX.sub("", name)
        if len(name) >= 6 and _MEETING_WORD.search(name):
            at = max(page.text.find(line.strip()), 0)
            return _extracted(doc, page, at, at + len(line.strip()), name, ["取自标题"])
    return None


# section numbering: its style decides where the section ends (the next heading of that style)
_NUMBERING = (
    ("cn", re.compile(r"^[一二三四五六七八九十]+[、.．]")),
    ("chapter", re.compile(r"^第[一二三四五六七八九十\d]+(?:章|部分|节|篇)")),
    ("paren", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("paren_digit", re.compile(r"^[（(]\d+[）)]")),
    ("digit", re.compile(r"^\d+(?:[.．]\d+)*(?:[、.．]|(?=[\u4e00-\u9fff]))")),
)
# a heading that says there is no solution, defers it, or is a table-of-contents entry
_HEADING_REFUSES = re.compile(r"未(?!来)|没有|暂无|另行|待定|待补|不适用|[（(]略[）)]|^略$|无$")
_TOC_ENTRY = re.compile(r"[.…·]{3,}|…|[\s.·]\d{1,3}$")
_CONTENT_REFUSES = re.compile(r"^(?:本次诊断|本报告|诊断组|我们|我方)?[，,]?(?:暂|尚)?(?:未|不|没有|无)(?:提出|提供|给出|形成|涉及)"
                              r"|^[（(]?(?:暂无|无|略)[）)]?[。.]?(?:$|[（(]?[^\u4e00-\u9fff]*$)|另行(?:提供|制定|编制|沟通)")
# the signature block under the last section is not its content
_SIGNATURE = re.compile(r"盖\s*章|签\s*[字章]|^(?:诊断单位|编制单位|报告单位|服务单位|编制人|审核人|日期|附件)[:：]")
_CONTENT_CHARS = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}")


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


def _solution_heading(compact: str, words: re.Pattern[str]) -> tuple[str, str] | None:
    """(heading, inline content) when the line is shaped like a solution section heading."""
    head, sep, inline = compact.partition("：") if "：" in compact else compact.partition(":")
    if not sep:
        head, inline = compact, ""
    if not head or head[-1] in "。；;，," or _TOC_ENTRY.search(head) or _HEADING_REFUSES.search(head):
        return None
    style, _depth, at = _numbering(head)
    body = head[at:].lstrip(" 、.．")
    m = words.search(body)
    if m is None or re.search(r"[。；;，,]", body[:m.start()]):
        return None
    if style is None:
        # unnumbered: a short line ending in the word (or a short qualifier), not a sentence
        if len(body) > 16 or len(body) - m.end() > 6:
            return None
    elif len(body) > 30 or m.start() > 16 or len(body) - m.end() > 12:
        return None
    return head, inline


def _in_contents(lines: list[tuple[PageText, int, str]], i: int) -> bool:
    """A heading listed under 目录 (only other short headings between them)."""
    for _page, _offset, line in reversed(lines[max(0, i - 15):i]):
        c = line.replace(" ", "").replace("\u3000", "")
        if c in ("目录", "目次"):
            return True
        if c and not (_numbering(c)[0] and len(c) <= 30 and c[-1] not in "。；;"):
            return False
    return False


def find_solution(doc: Document, headings: tuple[str, ...] | list[str] | None = None) -> Extracted | None:
    """The heading of a diagnosis report's solution section, when content follows it.

    The section runs to the next heading numbered like it, across pages (a heading at the foot
    of a page has its content on the next); a heading that refuses (未提出, 另行提供), a
    table-of-contents entry and a content that says no solution is given do not count."""
    words = re.compile("|".join(re.escape(w) for w in sorted(headings or SOLUTION_HEADINGS, key=len, reverse=True)))
    lines: list[tuple[PageText, int, str]] = []
    for page in doc.pages:
        offset = 0
        for line in page.text.split("\n"):
            lines.append((page, offset, line))
            offset += len(line) + 1
    for i, (page, offset, line) in enumerate(lines):
        compact = line.replace(" ", "").replace("\u3000", "")
        found = _solution_heading(compact, words)
        if found is None:
            continue
        heading, inline = found
        if _in_contents(lines, i):
            continue
        style, depth, _ = _numbering(compact)
        content = [inline] if inline else []
        if style is None and not inline and i > 0 and lines[i - 1][0] is page:
            # a form's row label (改造建议) stands mid-height in its cell: the cell's first
            # line is read above it
            above = lines[i - 1][2].replace(" ", "").replace("\u3000", "")
            a_style = _numbering(above)[0]
            if above and not (a_style in ("cn", "chapter") and len(above) <= 30) \
                    and _solution_heading(above, words) is None:
                content.append(lines[i - 1][2])
        for _page, _offset, nxt in lines[i + 1:i + 40]:
            c = nxt.replace(" ", "").replace("\u3000", "")
            n_style, n_depth, _ = _numbering(c)
            if style is not None and n_style == style and n_depth <= depth:
                # 3 改进建议 may list its items 1. 2.: only 4 (or 3 at a shallower level) ends it
                if style != "digit" or n_depth < depth or _leading_number(c) > _leading_number(compact):
                    break
            if style is None and _solution_heading(c, words) is None and n_style in ("cn", "chapter") \
                    and len(c) <= 30:
                break
            if _SIGNATURE.search(c):
                break
            content.append(nxt)
        text = " ".join(content)
        # a Latin word (MES, APS) says about as much as two characters
        weight = sum(1 if "\u4e00" <= ch[0] <= "\u9fff" else 2 for ch in _CONTENT_CHARS.findall(text))
        if _CONTENT_REFUSES.search(text.replace(" ", "")[:40]) or weight < SOLUTION_MIN_CHARS:
            continue
        start = offset + (len(line) - len(line.lstrip()))
        return _extracted(doc, page, start, offset + len(line.rstrip()), line.strip(),
                          ["取自诊断报告的方案/建议章节"])
    return None


def _extract_solution(doc: Document) -> Extracted | None:
    return find_solution(doc, SOLUTION_HEADINGS)


def _statement_fields(doc: Document) -> dict[str, Extracted]:
    """An account statement's fields are those of the one row that is the payment (ledger.py):
    its date, figure, counterparty and holder, and a contract number it cites."""
    tx = statement_transaction(doc.pages)
    if tx is None:
        return {}
    return transaction_fields(tx, doc.path, f"取自交易明细中的本笔交易（{tx.why}）")


def _labelled_title(doc: Document) -> Extracted | None:
    """报告名称：《…》 names the report outright."""
    for hit in _find_labels(doc, ("报告名称", "报告标题")):
        start, end = _value_region(hit)
        raw = hit.page.text[start:end]
        value = raw.strip(" ：:，,。《》")
        if len(value) >= 4:
            at = start + raw.find(value)
            return _extracted(doc, hit.page, at, at + len(value), value.replace(" ", ""), ["取自报告名称栏"])
    return None


def _heading_title(doc: Document) -> Extracted | None:
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
            return _extracted(doc, page, at, at + len(compact), compact.replace(" ", ""), ["取自标题"])
        pos += len(line) + 1
    return None


def _extract_title(doc: Document) -> Extracted | None:
    for page in doc.pages:
        m = _TITLE.search(page.text)
        if m:
            title = _BOOK_TITLE_SUFFIX.sub("", m.group(1).replace(" ", ""))
            return _extracted(doc, page, m.start(1), m.end(1), title)
    return None


# ---- the document --------------------------------------------------------------------------


def classify_document(doc: Document) -> None:
    result = classify_text(doc.text)
    doc.doc_type, doc.doc_type_confidence = result.doc_type, result.confidence
    doc.kind_recognised, doc.kind_statements = result.recognised, list(result.statements)


def extract_fields(doc: Document, reread: Reread | None = None) -> None:
    """Fill doc.fields (and doc.usccs) for the document's kind."""
    fields: dict[str, Extracted] = {}
    if doc.doc_type in ("other",):
        doc.fields = fields
        return
    number = _extract_contract_no(doc)
    if number:
        fields["contract_no"] = number
    if doc.doc_type == "procurement_proof":
        project = _labelled_number(doc, PROJECT_NO_LABELS)
        if project and (number is None or project.value != number.value):
            fields["project_no"] = project
    amount = _extract_amount(doc, reread)
    if amount:
        fields["amount_yuan"] = amount
    when = _extract_date(doc)
    if when:
        fields["date"] = when
    if doc.doc_type == "acceptance_report":
        result = _extract_result(doc)
        if result:
            fields["result"] = result
    if doc.doc_type in ("standard_draft", "diagnosis_report", "meeting_record"):
        title = (_extract_meeting_name(doc) if doc.doc_type == "meeting_record" else None) \
            or (_labelled_title(doc) or _heading_title(doc) if doc.doc_type == "diagnosis_report" else None) \
            or _extract_title(doc)
        if title:
            fields["title"] = title
    if doc.doc_type == "diagnosis_report":
        solution = _extract_solution(doc)
        if solution:
            fields["solution"] = solution

    parties = _extract_parties(doc)
    for role, values in parties.items():
        fields[role] = values[0][1]
    party_hits = [(role, hit) for role, values in parties.items() for hit, _ in values]
    if doc.doc_type == "payment_proof":
        fields.update(_statement_fields(doc))

    doc.usccs = []
    for page in doc.pages:
        for m in find_usccs(page.text, allow_repair=page.method.startswith("ocr")):
            checks, review = [], None
            if m.repair:
                checks.append(f"校验码更正：{m.repair.describe()}")
            elif m.valid:
                checks.append(CHECK_USCC_VALID)
            else:
                review = "统一社会信用代码校验码不符"
            item = _extracted(doc, page, m.start, m.end, m.code, checks, review)
            doc.usccs.append(item)
            role = _owner_role(party_hits, page, m.start)
            if role and f"{role}_uscc" not in fields:
                fields[f"{role}_uscc"] = item
        for m in ADDRESS_LABEL.finditer(page.text):
            hit = Hit(page, m.start(), m.end())
            start, end = _value_region(hit)
            address = page.text[start:end].strip(" ：:，,")
            if len(address) < 4:
                continue
            role = _owner_role(party_hits, page, m.start())
            if role and f"{role}_address" not in fields:
                offset = start + page.text[start:end].find(address)
                fields[f"{role}_address"] = _repair_district(_extracted(doc, page, offset, offset + len(address),
                                                                        address.replace(" ", "")))
    doc.fields = fields
