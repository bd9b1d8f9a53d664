"""Classification and field extraction on text (no OCR): layouts, labels and cross-checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.extract.fields import classify_document, extract_fields
from helpers.textdocs import document_from_text

CONTRACT = """智能制造系统集成项目合同书
合同编号：HT-2023-017
甲方（委托方）：天津市滨海新区智造科技有限公司
统一社会信用代码：91120116MA05K3XJ4A
地址：天津市滨海新区第三大街16号
乙方（受托方）：天津华创工业互联网有限公司
地址：天津市南开区科研西路8号
第一条 项目内容 乙方为甲方提供智能产线集成服务，验收合格后甲方付款。
第二条 合同金额 合同总金额：人民币贰仟伍佰万元整（¥25,000,000.00）
第三条 违约责任 双方应按约履行。
甲方（盖章）                乙方（盖章）
签订日期：2023年3月15日"""

RECEIPT = """中国工商银行 电子回单
付款人户名 天津市滨海新区智造科技有限公司 收款人户名 天津华创工业互联网有限公司
付款人账号 0302 0011 2233 收款人账号 0302 9988 7766
金额（小写） ¥12,500,000.00
金额（大写） 人民币壹仟贰佰伍拾万元整
交易日期 2023-06-30
用途 支付合同HT-2023-017首期款"""

ACCEPTANCE_FAILED = """项目验收报告
项目名称：智能产线集成
合同编号：HT-2023-018
验收单位：北京精工机械股份有限公司
承建单位：天津华创工业互联网有限公司
合同金额：¥3,000,000.00
验收日期：二〇二四年二月十二日
验收结论：不合格，需整改后重新验收"""

BID = """中标通知书
致：天津华创工业互联网有限公司
经评审，贵公司为“智能仓储系统”项目的中标人。
中标金额：人民币叁佰万元整（¥3,000,000.00）
招标人：北京精工机械股份有限公司
2023年5月8日"""


def _extract(text, **kw):
    doc = document_from_text(text, **kw)
    classify_document(doc)
    extract_fields(doc)
    return doc


def test_contract_fields_with_provenance():
    doc = _extract(CONTRACT)
    assert doc.doc_type == "contract"
    assert doc.value("contract_no") == "HT-2023-017"
    assert doc.value("amount_yuan") == Decimal("25000000")
    assert "大写与小写金额一致" in doc.fields["amount_yuan"].checks
    assert doc.value("date") == date(2023, 3, 15)
    assert doc.value("customer") == "天津市滨海新区智造科技有限公司"
    assert doc.value("supplier") == "天津华创工业互联网有限公司"
    assert doc.value("customer_uscc") == "91120116MA05K3XJ4A"
    assert doc.fields["customer_uscc"].checks == ["校验码正确"]
    assert doc.value("customer_address").startswith("天津市滨海新区")
    prov = doc.fields["contract_no"].provenance
    assert prov.file == "doc.pdf" and prov.page == 1 and prov.text == "HT-2023-017"
    assert prov.box is not None and prov.box[1] < prov.box[3]


def test_bank_receipt_grid():
    doc = _extract(RECEIPT)
    assert doc.doc_type == "payment_proof"
    assert doc.value("payer") == "天津市滨海新区智造科技有限公司"
    assert doc.value("payee") == "天津华创工业互联网有限公司"
    assert doc.value("amount_yuan") == Decimal("12500000")
    assert doc.value("date") == date(2023, 6, 30)
    assert doc.value("contract_no") == "HT-2023-017"


def test_failed_acceptance_with_chinese_date():
    doc = _extract(ACCEPTANCE_FAILED)
    assert doc.doc_type == "acceptance_report"
    assert doc.value("result") == "failed"
    assert doc.value("date") == date(2024, 2, 12)
    assert doc.value("customer") == "北京精工机械股份有限公司"
    assert doc.value("amount_yuan") == Decimal("3000000")


def test_bid_notice():
    doc = _extract(BID)
    assert doc.doc_type == "procurement_proof"
    assert doc.value("customer") == "北京精工机械股份有限公司"
    assert doc.value("supplier") == "天津华创工业互联网有限公司"
    assert doc.value("amount_yuan") == Decimal("3000000")
    assert doc.value("date") == date(2023, 5, 8)


def test_uppercase_disagreeing_with_numeric_needs_review():
    text = RECEIPT.replace("壹仟贰佰伍拾万元整", "壹仟贰佰万元整")
    doc = _extract(text, method="ocr:tesseract", confidence=0.9)
    amount = doc.fields["amount_yuan"]
    assert amount.value == Decimal("12500000")
    assert amount.needs_review and "不一致" in amount.review_reason


@pytest.mark.parametrize("text,kind", [
    ("营业执照\n名称：天津某某有限公司\n经营范围：技术开发", "other"),
    ("公司产品宣传册\n我们致力于智能制造。", "other"),
    ("《智能产线 数据采集 通用要求》（征求意见稿）\nQ/HC 001-2023\n1 范围\n本文件规定了数据采集要求。\n2 规范性引用文件\n3 术语和定义", "standard_draft"),
])
def test_kinds_from_content(text, kind):
    assert _extract(text).doc_type == kind
