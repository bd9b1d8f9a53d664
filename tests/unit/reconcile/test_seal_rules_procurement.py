"""Seals on procurement proofs (the customer's, or its tendering agency's or trading centre's)
and on subcontracts (the applicant's and the declared supplier's): the rule is catalog data,
the findings as conservative as on the other evidence."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from pipeline.catalogs import CATALOG_DIR
from pipeline.catalogs.loader import read_catalog
from pipeline.errors import CatalogError
from pipeline.models import (Applicant, Declaration, DeclaredContract, DeclaredSupplier, Document, Seal,
                             SealReading)
from pipeline.parsing.uscc import compute_check_char
from pipeline.reconcile.contracts import ContractEvidence, GapBook
from pipeline.reconcile.seals import check_seals, match_document_seals, match_seal
from pipeline.requirements.registry import REGISTRY, load_catalog
from pipeline.requirements.support import Context

APPLICANT = "天津市禾丰智控技术有限公司"
CUSTOMER = "沧州远达包装制品股份有限公司"
AGENCY = "河北中诚招标代理有限公司"
SUPPLIER = "天津鑫航精密零部件有限公司"


def _code(region: str, n: int) -> str:
    first = f"91{region}MA0{n:05d}X"[:17]
    return first + compute_check_char(first)


@pytest.fixture(scope="module")
def support():
    return load_catalog(CATALOG_DIR / "support_2023.json")


@pytest.fixture(scope="module")
def assessment():
    return load_catalog(CATALOG_DIR / "assessment_2024.json")


def _decl(**extra) -> Declaration:
    row = DeclaredContract(1, "1", CUSTOMER, _code("130900", 1), "HT-2023-117", "产线改造", Decimal("2600000"),
                           date(2023, 3, 1), date(2023, 9, 1), True, 100, Decimal("5000"), False)
    return Declaration(Applicant(APPLICANT, _code("120116", 2), "天津市东丽区"), [row], **extra)


def _seal(text: str, confidence: float = 0.95) -> Seal:
    return Seal(1, (0.5, 0.4, 0.7, 0.55), readings=[SealReading(text, confidence, "seal:rapidocr")])


def _doc(*seals: Seal, doc_type: str = "procurement_proof", path: str = "中标通知书.pdf") -> Document:
    return Document(path=path, sha256="0" * 64, doc_type=doc_type, seals=list(seals), seal_pages=[1])


def _findings(doc: Document, catalog) -> list:
    decl = _decl()
    ce = ContractEvidence(decl.contracts[0])
    ce.documents[doc.doc_type].append(doc)
    book = GapBook(catalog)
    match_document_seals([doc], decl, catalog.seals)
    check_seals([ce], decl, catalog, book)
    return book.gaps


def test_a_ring_with_an_agencys_words_names_an_agency(support):
    words = support.seals.agency_words
    assert {"招标", "代理", "交易中心"} <= set(words)
    parties = [(APPLICANT, "applicant"), (CUSTOMER, "customer")]
    m = match_seal(_seal(AGENCY), parties, words)
    assert m.role == "agency" and m.party == AGENCY
    m = match_seal(_seal("沧州市公共资源交易中心"), parties, words)
    assert m.role == "agency"
    # a declared party's ring stays that party's, whatever words it carries
    assert match_seal(_seal(CUSTOMER), parties, words).role == "customer"
    assert match_seal(_seal(AGENCY), parties, ()) is None


@pytest.mark.parametrize("cycle", ["support", "assessment"])
def test_a_procurement_proof_sealed_by_the_customer_or_its_agency_has_no_finding(cycle, request):
    catalog = request.getfixturevalue(cycle)
    assert _findings(_doc(_seal(CUSTOMER)), catalog) == []
    assert _findings(_doc(_seal(AGENCY)), catalog) == []
    assert _findings(_doc(_seal("天津市公共资源交易中心")), catalog) == []
    assert _findings(_doc(_seal(APPLICANT), _seal(AGENCY)), catalog) == []


def test_a_procurement_proof_sealed_only_by_the_applicant_is_a_mismatch(support):
    [gap] = _findings(_doc(_seal(APPLICANT, 0.96)), support)
    assert gap.kind == "seal_party_mismatch" and gap.status == "confirmed"
    assert "采购证明" in gap.message and f"客户「{CUSTOMER}」" in gap.message and "招标代理机构" in gap.message
    assert gap.seals and gap.seals[0]["box"] is not None
    [gap] = _findings(_doc(_seal(APPLICANT, 0.6)), support)
    assert gap.status == "needs_review"
    doc = _doc(_seal(APPLICANT, 0.96))
    doc.seal_doubts = [1]
    [gap] = _findings(doc, support)
    assert gap.status == "needs_review"


@pytest.mark.parametrize("cycle", ["support", "assessment"])
def test_an_unsealed_procurement_proof_founds_nothing(cycle, request):
    # a purchase order printed from the customer's ERP is commonly unsealed: no seal found is
    # no finding, not even a question (the contract's other evidence carries it)
    catalog = request.getfixturevalue(cycle)
    assert _findings(_doc(), catalog) == []


def test_a_rule_that_does_not_allow_an_unsealed_form_still_asks(tmp_path):
    data = json.loads((CATALOG_DIR / "support_2023.json").read_text(encoding="utf-8"))
    rule = next(r for r in data["seals"]["evidence"] if r["kind"] == "procurement_proof")
    rule["unsealed_allowed"] = False
    path = tmp_path / "strict.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    [gap] = _findings(_doc(), load_catalog(path))
    assert gap.kind == "seal_missing" and gap.status == "needs_review"


def test_a_catalog_stand_in_must_be_a_known_role(tmp_path):
    data = json.loads((CATALOG_DIR / "support_2023.json").read_text(encoding="utf-8"))
    rule = next(r for r in data["seals"]["evidence"] if r["kind"] == "procurement_proof")
    rule["stand_ins"] = {"customer": ["notary"]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"stand_ins"):
        read_catalog(path)


# ---- subcontracts (assessment cycle) -------------------------------------------------------------

DECLARED = DeclaredSupplier(1, "1", SUPPLIER, _code("120116", 77), "FB-2024-0419", "夹具加工分包合同",
                            Decimal("512000"), date(2024, 6, 3))


def _subcontract_gaps(catalog, *seals: Seal) -> list:
    text = (f"分包合同\n分包合同编号：FB-2024-0419\n甲方（总包方）：{APPLICANT}\n统一社会信用代码：{_code('120116', 2)}\n"
            f"乙方（分包方）：{SUPPLIER}\n统一社会信用代码：{DECLARED.uscc}\n地址：天津市北辰区京津路19号\n"
            "分包金额：人民币伍拾壹万贰仟元整（¥512,000.00）\n签订日期：2024年6月3日\n")
    from helpers.textdocs import document_from_text
    from pipeline.extract.fields import classify_document, extract_fields
    doc = document_from_text(text, "分包合同.pdf")
    classify_document(doc)
    extract_fields(doc)
    assert doc.doc_type == "subcontract"
    doc.seals, doc.seal_pages = list(seals), [1]
    decl = Declaration(Applicant(APPLICANT, _code("120116", 2), "天津市东丽区", phase="考核"),
                       source="申报信息.xlsx", suppliers=[DECLARED])
    match_document_seals([doc], decl, catalog.seals)
    ctx = Context(catalog, decl, [], [doc], GapBook(catalog))
    req = next(r for r in catalog.requirements if r.check == "local_suppliers")
    REGISTRY["local_suppliers"](ctx, req)
    return [g for g in ctx.book.gaps if g.kind != req.gap_kind]


def test_a_subcontract_needs_both_parties_seals(assessment):
    assert _subcontract_gaps(assessment, _seal(APPLICANT), _seal(SUPPLIER)) == []
    [gap] = _subcontract_gaps(assessment, _seal(APPLICANT, 0.96))
    assert gap.kind == "seal_missing" and gap.status == "needs_review"
    assert gap.requirement == "A-local-suppliers" and gap.contract_no == "FB-2024-0419"
    assert f"配套供应商「{SUPPLIER}」" in gap.message and "合同「FB-2024-0419」（）" not in gap.message
    assert gap.seals


def test_a_subcontract_sealed_by_one_party_only_asks_for_the_others_seal(assessment):
    [gap] = _subcontract_gaps(assessment, _seal(SUPPLIER, 0.97))
    assert gap.kind == "seal_missing" and gap.status == "needs_review"
    assert f"申报单位「{APPLICANT}」" in gap.message
    [gap] = _subcontract_gaps(assessment)
    assert gap.kind == "seal_missing" and gap.status == "needs_review"
    # a seal that could not be read may be the supplier's: nothing
    assert _subcontract_gaps(assessment, _seal(APPLICANT), _seal("第的船拍配套", 0.4)) == []


def test_the_support_catalog_asks_nothing_of_subcontracts(support):
    from pipeline.reconcile.seals import rule_for
    assert rule_for(_doc(doc_type="subcontract"), support.seals) is None
