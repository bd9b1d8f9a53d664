"""Document kind from content alone (file names are never consulted).

A document announces its kind in its title; the body confirms it. Titles are weighted
heavily because bodies cross-reference each other (a contract has an acceptance clause,
an acceptance report quotes the contract).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# kind -> (title patterns, body patterns with weights). Negative body weights keep look-alikes
# apart (a 分包合同 is a subcontract, not a customer contract).
KIND_SIGNALS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, float], ...]]] = {
    "payment_proof": (
        (r"回单", r"付款凭证", r"支付凭证", r"转账凭证", r"汇款凭证", r"进账单", r"付款通知",
         r"业务凭证", r"交易凭证"),
        ((r"付款人", 2), (r"收款人", 2), (r"付款方", 1.5), (r"收款方", 1.5), (r"户名", 1),
         (r"账号", 1), (r"开户行|开户银行", 1), (r"交易日期|交易时间|记账日期", 1.5),
         (r"金额[（(]?小写", 1.5), (r"金额[（(]?大写", 1.5), (r"银行", 0.5), (r"流水号|交易流水", 1)),
    ),
    "procurement_proof": (
        (r"中标通知书", r"成交通知书", r"中选通知书", r"采购订单", r"订货单", r"采购合同订单"),
        ((r"中标人|中标单位|中标供应商", 2), (r"中标金额|中标价|成交金额", 2), (r"招标人|采购人", 1.5),
         (r"订单编号|订单号", 2), (r"采购方", 1), (r"供应方", 1), (r"评标|评审", 1)),
    ),
    "acceptance_report": (
        # 项目验收确认单, 竣工验收单, 验收合格证明, 终验报告, 验收交接单, 验收意见书 ...
        (r"验收(?:合格|确认|交接|评审|意见)?(?:报告|证书|单|书|证明|意见书|纪要|记录)", r"[终初]验报告",
         r"竣工验收"),
        ((r"验收结论", 3), (r"验收意见", 2), (r"验收日期|验收时间", 2), (r"验收单位|验收组", 1.5),
         (r"验收合格|验收通过|同意验收", 2), (r"不合格|不予通过", 1)),
    ),
    "subcontract": (
        (r"分包合同", r"分包协议", r"采购分包"),
        ((r"分包", 3), (r"总包|总承包", 1.5), (r"甲方", 1), (r"乙方", 1)),
    ),
    "contract": (
        (r"(?<!分包)合同书?$", r"(?<!分包)合同书", r"(?<!分包)协议书", r"技术服务合同", r"(?<!分包)项目合同"),
        ((r"甲方", 1.5), (r"乙方", 1.5), (r"双方", 1), (r"违约", 1.5), (r"合同金额|合同总金额|合同价款|合同总价", 1.5),
         (r"签订|签署", 0.5), (r"争议", 1), (r"第[一二三四五六七八九十]+条", 1),
         (r"分包合同|分包协议|分包方|总包方", -4)),
    ),
    "standard_draft": (
        (r"征求意见稿", r"标准草案", r"(?:企业|团体|行业)标准", r"^Q/", r"^T/"),
        ((r"范围", 1), (r"规范性引用文件", 3), (r"术语和定义", 3), (r"征求意见稿|草案", 2),
         (r"Q/[A-Z0-9]+|T/[A-Z0-9]+", 2), (r"本标准|本文件规定", 2)),
    ),
    "meeting_record": (
        (r"会议纪要", r"会议记录", r"会议通知", r"签到[表册单簿]", r"参会名单", r"交流会", r"座谈会", r"研讨会",
         r"对接会", r"推介会", r"沙龙", r"论坛"),
        ((r"签到", 3), (r"参会", 2), (r"会议", 1), (r"交流会", 2), (r"会议名称|会议时间|会议地点", 2)),
    ),
    "diagnosis_report": (
        (r"诊断(?:(?!验收)[\u4e00-\u9fff]){0,8}报告", r"诊断书", r"诊断意见"),
        ((r"诊断", 2), (r"解决方案|改进建议", 1.5), (r"问题|现状", 0.5),
         (r"诊断对象|诊断单位|诊断日期|受诊断|被诊断", 2)),
    ),
    # papers that look like evidence but prove nothing here: an invoice has amounts and both
    # parties, a quotation prices a deal that was not made
    "other": (
        (r"发票", r"营业执照", r"说明书", r"报价单", r"报价函", r"授权委托书", r"法定代表人身份证明"),
        ((r"价税合计", 2), (r"开票日期|开票人", 2), (r"发票代码|发票号码", 2), (r"购买方|销售方", 1.5),
         (r"税额", 1), (r"报价有效期", 2)),
    ),
}
# kinds a body alone cannot establish: a meeting record names itself (any company notice
# mentions 会议, 时间, 地点)
TITLE_REQUIRED = {"meeting_record": 0.3}
TITLE_WEIGHT = 8.0
MIN_SCORE = 4.0
TITLE_LINES = 6

_COMPILED = {
    kind: (tuple(re.compile(p) for p in titles), tuple((re.compile(p), w) for p, w in body))
    for kind, (titles, body) in KIND_SIGNALS.items()
}


@dataclass(frozen=True)
class Classification:
    doc_type: str
    confidence: float
    scores: dict[str, float]


def title_lines(text: str) -> list[str]:
    lines = [ln.replace(" ", "") for ln in text.splitlines() if ln.strip()]
    return lines[:TITLE_LINES]


def classify_text(text: str) -> Classification:
    """The document kind and a confidence from how far the best score leads the next."""
    titles = title_lines(text)
    compact = text.replace(" ", "")
    scores: dict[str, float] = {}
    for kind, (title_patterns, body_patterns) in _COMPILED.items():
        score = 0.0
        for i, line in enumerate(titles):
            # Titles are short lines; a long line is prose that happens to mention a word.
            if len(line) > 30:
                continue
            if any(p.search(line) for p in title_patterns):
                score += TITLE_WEIGHT * (1.0 if i < 3 else 0.6)
                break
        titled = score > 0
        for pattern, weight in body_patterns:
            hits = len(pattern.findall(compact))
            score += weight * min(hits, 3) ** 0.5
        if not titled and kind in TITLE_REQUIRED:
            score *= TITLE_REQUIRED[kind]
        scores[kind] = round(score, 2)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score < MIN_SCORE:
        return Classification("other", 0.6 if best_score < MIN_SCORE / 2 else 0.4, scores)
    confidence = min(1.0, 0.5 + (best_score - second) / (2 * best_score))
    return Classification(best, round(confidence, 3), scores)
