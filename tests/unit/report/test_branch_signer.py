"""A subcontract signed by a branch of the declared supplier: the paper names another signer
(a party question), and the branch's own code and address say nothing about where the declared
supplier is registered. Texts written for this test (no set's documents)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.models import Applicant, Declaration, DeclaredSupplier
from pipeline.parsing.uscc import compute_check_char
from pipeline.reconcile.contracts import GapBook
from pipeline.requirements.registry import REGISTRY, load_catalog
from pipeline.requirements.support import Context
from helpers.textdocs import document_from_text

CATALOG = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
APPLICANT = Applicant("天津丙信数控科技有限公司", "91120116MA0PRQ81TA", "天津市西青区某某路1号", phase="考核")


def code(region: str, n: int) -> str:
    first = f"91{region}MA0{n:05d}X"[:17]
    return first + compute_check_char(first)


SUPPLIER = DeclaredSupplier(1, "1", "天津乙禾检测技术有限公司", code("120104", 31), "WX-2024-0918", "检测服务委托合同",
                            Decimal("350000"), date(2024, 5, 8))


def subcontract(supplier: str, method: str) -> object:
    text = ("检测服务分包合同\n合同编号：WX-2024-0918\n委托方（甲方）：天津丙信数控科技有限公司\n"
            "统一社会信用代码：91120116MA0PRQ81TA\n"
            f"受托方（乙方、分包方）：{supplier}\n统一社会信用代码：{code('310115', 77)}\n"
            "地址：上海市浦东新区某某路88号\n"
            "合同金额：人民币叁拾伍万元整（¥350,000.00）\n签订日期：2024年5月8日\n")
    d = document_from_text(text, "sub.pdf", method=method)
    classify_document(d)
    extract_fields(d)
    return d


@pytest.mark.parametrize("supplier,method", [
    ("天津乙禾检测技术有限公司上海分公司", "text_layer"),
    ("天津乙检测技术有限公司上海分公司", "ocr:tesseract"),      # a character of the head lost by OCR
])
def test_a_branch_signing_for_the_declared_supplier_is_a_party_mismatch_not_a_locality_verdict(supplier, method):
    d = subcontract(supplier, method)
    assert d.doc_type == "subcontract"
    ctx = Context(CATALOG, Declaration(APPLICANT, source="申报信息.xlsx", suppliers=[SUPPLIER]), [], [d],
                  GapBook(CATALOG))
    req = next(r for r in CATALOG.requirements if r.check == "local_suppliers")
    REGISTRY["local_suppliers"](ctx, req)
    gaps = [g for g in ctx.book.gaps if g.kind != req.gap_kind]
    assert [(g.kind, g.status) for g in gaps] == [("party_mismatch", "confirmed")]
    assert "分公司" in gaps[0].message
