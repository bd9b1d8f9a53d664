"""Whose seal each evidence needs (the catalog's rule) and the findings it gives: conservative
statuses, never a confident gap from a poor reading or from a page not looked at."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from pipeline.catalogs import CATALOG_DIR
from pipeline.catalogs.loader import read_catalog
from pipeline.errors import CatalogError
from pipeline.models import (Applicant, Declaration, DeclaredContract, Document, Extracted, Provenance, Seal,
                             SealReading)
from pipeline.reconcile.contracts import ContractEvidence, GapBook
from pipeline.reconcile.seals import check_seals, match_document_seals, rule_for
from pipeline.requirements.registry import load_catalog
from pipeline.serialize import document_from_dict, document_to_dict

APPLICANT = "天津市信诺自动化技术有限公司"
CUSTOMER = "廊坊旭日包装印刷股份有限公司"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(CATALOG_DIR / "support_2023.json")


def _decl() -> Declaration:
    row = DeclaredContract(1, "1", CUSTOMER, "91131000MA0000000X", "HT-2023-001", "系统集成", Decimal("3000000"),
                           date(2023, 3, 1), date(2023, 9, 1), True, 100, Decimal("5000"), False)
    other = DeclaredContract(2, "2", "北京宏远食品有限公司", "91110000MA0000000X", "HT-2023-002", "系统集成",
                             Decimal("2000000"), date(2023, 3, 1), date(2023, 9, 1), True, 100, Decimal("5000"), False)
    return Declaration(Applicant(APPLICANT, "91120000MA0000000X", "天津市西青区"), [row, other])


def _report(*seals: Seal, looked: bool = True, doc_type: str = "acceptance_report", **fields) -> Document:
    doc = Document(path="验收报告.pdf", sha256="0" * 64, doc_type=doc_type, seals=list(seals),
                   seal_pages=[1] if looked else [])
    for name, value in fields.items():
        doc.fields[name] = Extracted(value, Provenance(doc.path, 1, None, value, "ocr:tesseract", 0.9))
    return doc


def _seal(text: str, confidence: float) -> Seal:
    return Seal(1, (0.5, 0.4, 0.7, 0.55), readings=[SealReading(text, confidence, "seal:rapidocr")])


def _findings(doc: Document, catalog) -> list:
    decl = _decl()
    ce = ContractEvidence(decl.contracts[0])
    ce.documents[doc.doc_type].append(doc)
    book = GapBook(catalog)
    match_document_seals([doc], decl, catalog.seals)
    check_seals([ce], decl, catalog, book)
    return book.gaps


def test_the_rule_is_catalog_data(catalog):
    receipt = _report(doc_type="payment_proof", bank_serial="2023091200018")
    letter = _report(doc_type="payment_proof")
    assert rule_for(_report(), catalog.seals).sealed_by == ("customer",)
    assert rule_for(receipt, catalog.seals).sealed_by == ("bank",)
    assert rule_for(letter, catalog.seals).sealed_by == ("customer",)
    assert rule_for(_report(doc_type="contract"), catalog.seals).sealed_by == ("customer", "applicant")
    procurement = rule_for(_report(doc_type="procurement_proof"), catalog.seals)
    assert procurement.sealed_by == ("customer",) and procurement.stand_ins == {"customer": ("agency",)}


def test_a_catalog_rule_naming_an_unknown_role_is_refused(tmp_path):
    data = json.loads((CATALOG_DIR / "support_2023.json").read_text(encoding="utf-8"))
    data["seals"]["evidence"][0]["sealed_by"] = ["auditor"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"\$\.seals\.evidence\[0\]\.sealed_by"):
        read_catalog(path)


def test_the_customers_seal_satisfies_the_rule(catalog):
    assert _findings(_report(_seal("廊坊旭日包装印刷股份有限公司", 0.97)), catalog) == []
    # a reading that lost a character or two still names the customer
    assert _findings(_report(_seal("坊旭日包装印刷股份有限公", 0.9)), catalog) == []
    # the applicant's seal beside the customer's is no mismatch (both signed the acceptance)
    assert _findings(_report(_seal(CUSTOMER, 0.95), _seal(APPLICANT, 0.95)), catalog) == []


def test_sealed_by_the_applicant_itself_is_a_confirmed_mismatch_when_read_confidently(catalog):
    [gap] = _findings(_report(_seal("天津市信诺自动化技术有限公司", 0.96)), catalog)
    assert gap.kind == "seal_party_mismatch" and gap.status == "confirmed"
    assert "申报单位" in gap.message and CUSTOMER in gap.message
    assert gap.seals and gap.seals[0]["box"] == [0.5, 0.4, 0.7, 0.55]


def test_a_poor_reading_never_founds_a_confirmed_mismatch(catalog):
    [gap] = _findings(_report(_seal("天津市信诺自动化技术有限公司", 0.6)), catalog)
    assert gap.kind == "seal_party_mismatch" and gap.status == "needs_review"
    # a seal that could not be read to name anyone may be the customer's: nothing is reported
    assert _findings(_report(_seal("第的船拍配套", 0.5)), catalog) == []
    assert _findings(_report(_seal(APPLICANT, 0.97), _seal("第的船拍配套", 0.5)), catalog) == []


def test_stray_seal_ink_on_the_page_keeps_a_mismatch_for_review(catalog):
    """The customer's seal may be a faint one the finder did not take for a seal."""
    doc = _report(_seal(APPLICANT, 0.97))
    doc.seal_doubts = [1]
    [gap] = _findings(doc, catalog)
    assert gap.kind == "seal_party_mismatch" and gap.status == "needs_review"
    assert "第 1 页另有" in gap.review_reason


def test_a_missing_seal_is_only_ever_needs_review_and_only_where_pages_were_looked_at(catalog):
    [gap] = _findings(_report(), catalog)
    assert gap.kind == "seal_missing" and gap.status == "needs_review"
    assert gap.seals == [{"file": "验收报告.pdf", "page": 1, "box": None, "ring_text": ""}]
    # a text-layer PDF without images, or a black-and-white scan: not looked at, nothing said
    assert _findings(_report(looked=False), catalog) == []


def test_a_bank_receipt_needs_a_banks_seal(catalog):
    receipt = _report(_seal("中国建设银", 0.9), doc_type="payment_proof", bank_serial="2023091200018")
    assert _findings(receipt, catalog) == []
    # the payer's own seal on its receipt is no mismatch, only no bank's seal: for review
    by_customer = _report(_seal(CUSTOMER, 0.95), doc_type="payment_proof", bank_serial="2023091200018")
    [gap] = _findings(by_customer, catalog)
    assert gap.kind == "seal_missing" and gap.status == "needs_review" and "银行" in gap.message
    assert _findings(_report(_seal(CUSTOMER, 0.95), _seal("第的船拍配套", 0.4), doc_type="payment_proof",
                             bank_serial="2023091200018"), catalog) == []


def test_seals_survive_the_document_cache():
    doc = _report(_seal(CUSTOMER, 0.97))
    doc.seals[0].centre, doc.seals[0].code, doc.seals[0].page_lines = "财务专用章", "1213100012345", [3]
    again = document_from_dict(json.loads(json.dumps(document_to_dict(doc), ensure_ascii=False)), doc.path)
    assert again.seals == doc.seals and again.seal_pages == [1]


def test_only_a_declared_partys_seal_founds_a_mismatch(catalog):
    # a bank's seal read on an acceptance report: a poor reading more likely than a forgery
    assert _findings(_report(_seal("中国建设银行", 0.98)), catalog) == []


def _page(text: str) -> Document:
    from pipeline.models import PageText
    doc = _report(doc_type="payment_proof")
    doc.pages = [PageText(number=1, text=text, method="ocr:tesseract")]
    return doc


def test_an_online_banking_page_asks_no_seal(catalog):
    """A transaction's detail page of the payer's online banking (printed or captured) is nobody's
    paper to seal: no seal question, however many pages were looked at."""
    view = _page("示例商业银行 企业网上银行\n首页 > 转账汇款 > 交易查询 > 交易详情\n交易状态：交易成功\n"
                 "付款单位 廊坊旭日包装印刷股份有限公司\n转账金额 1,000,000.00 元\n"
                 "温馨提示：本页面信息仅供参考，如需正式凭证请打印电子回单。")
    assert rule_for(view, catalog.seals).sealed_by == ()
    assert _findings(view, catalog) == []
    # the bank's own receipt, printed from the same online banking, still needs the bank's seal
    receipt = _page("示例商业银行 电子回单\n网上银行 交易详情\n付款人 廊坊旭日包装印刷股份有限公司\n金额 1,000,000.00")
    assert rule_for(receipt, catalog.seals).sealed_by == ("bank",)
    # a payer's letter that mentions its online banking is no system page
    letter = _page("付款证明\n我公司已于2023年5月8日通过网上银行向贵司支付合同款100万元。")
    assert rule_for(letter, catalog.seals).sealed_by == ("customer",)


def test_an_account_seen_from_its_holders_side_is_a_system_view(catalog):
    """A payee's app shows the money that came in with 本方/对方 names and no bank word (its title
    bar may not read): the holder's view of its account, not a paper anyone seals."""
    view = _page("入账金额（元）\n+1,000,000.00\n对方户名 廊坊旭日包装印刷股份有限公司\n对方账号 6222 **** 0031\n"
                 "本方户名 天津市信诺自动化技术有限公司\n交易时间 2023/05/08 10:12:40\n交易类型 跨行来账")
    assert rule_for(view, catalog.seals).sealed_by == ()
    # a bank's receipt with the same names under 付款人/收款人 still asks the bank's seal
    receipt = _page("示例商业银行 业务回单\n付款人 廊坊旭日包装印刷股份有限公司\n收款人 天津市信诺自动化技术有限公司\n"
                    "金额 1,000,000.00")
    assert rule_for(receipt, catalog.seals).sealed_by == ("bank",)


def test_a_payment_slip_in_the_customers_supplier_portal_is_a_system_view(catalog):
    """A customer's supplier portal shows the payment it made (付款单详情, SRM, 协同平台): a view of
    the customer's own record, printed or captured, that nobody seals."""
    portal = _page("示例装备制造有限公司 供应商协同门户 SRM\n付款查询 > 付款单详情\n付款单号 PAY-0001 付款状态 已付款\n"
                   "付款单位 示例装备制造有限公司 供应商名称 示例智能科技有限公司\n本次付款金额 500,000.00\n"
                   "银行流水号 20230415000123\n数据仅供参考，以银行实际到账为准")
    assert rule_for(portal, catalog.seals).sealed_by == ()
    # the bank's receipt for the same payment still asks the bank's seal
    receipt = _page("示例商业银行 电子回单\n付款人 示例装备制造有限公司\n收款人 示例智能科技有限公司\n金额 500,000.00")
    assert rule_for(receipt, catalog.seals).sealed_by == ("bank",)
    # a payer's letter naming its ERP system is no system page
    letter = _page("付款证明\n我公司已于2023年5月8日经ERP系统审批，通过银行向贵司支付合同款50万元。")
    assert rule_for(letter, catalog.seals).sealed_by == ("customer",)


def test_a_receipt_the_payee_writes_bears_the_payees_seal(catalog):
    """A hand-filled receipt form (收款收据) or an arrival confirmation is written by whoever was
    paid: its seal is the applicant's (the payee), and a readable applicant's seal on it is no
    sign of a stranger's paper."""
    form = _page("收款收据\nNo 0031177\n2023年5月8日\n今收到 廊坊旭日包装印刷股份有限公司\n交来 货款\n"
                 "人民币（大写）壹佰万元整 ¥1,000,000.00\n收款单位（盖章）：")
    assert rule_for(form, catalog.seals).sealed_by == ("applicant",)
    form.seals = [_seal(APPLICANT, 0.97)]
    assert _findings(form, catalog) == []
    # a payer's letter still asks the payer's seal
    letter = _page("付款证明\n我公司已于2023年5月8日向贵司支付合同款100万元。")
    assert rule_for(letter, catalog.seals).sealed_by == ("customer",)


def test_a_system_generated_advice_that_says_it_needs_no_seal_asks_none(catalog):
    """A bank's computer-generated advice that states it bears no seal by design is, like a
    system's page, nobody's paper to seal; a receipt that says nothing of the kind still is."""
    advice = _page("示例银行（中国）有限公司\nTRANSFER ADVICE 转账通知书\nOrdering Customer 付款人 廊坊旭日包装印刷股份有限公司\n"
                   "Amount 金额 CNY 1,000,000.00\nThis advice is computer generated and requires no signature.\n"
                   "本通知由系统\n生成，无需签章。")
    assert rule_for(advice, catalog.seals).sealed_by == ()
    assert _findings(advice, catalog) == []
    chinese_only = _page("示例银行\n入账通知书\n付款人 廊坊旭日包装印刷股份有限公司\n金额 1,000,000.00\n本凭证由电脑自动打印，无需加盖印章。")
    assert rule_for(chinese_only, catalog.seals).sealed_by == ()
    receipt = _page("示例商业银行 业务回单\n付款人 廊坊旭日包装印刷股份有限公司\n金额 1,000,000.00")
    assert rule_for(receipt, catalog.seals).sealed_by == ("bank",)


def test_a_contract_with_only_the_other_partys_seal_asks_for_review(catalog):
    [gap] = _findings(_report(_seal(CUSTOMER, 0.96), doc_type="contract"), catalog)
    assert gap.kind == "seal_missing" and gap.status == "needs_review"
    assert f"申报单位「{APPLICANT}」" in gap.message
    # the other seal unread: it may be the applicant's
    assert _findings(_report(_seal(CUSTOMER, 0.96), _seal("第的船拍配套", 0.4), doc_type="contract"), catalog) == []
