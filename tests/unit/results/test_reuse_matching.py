"""Evidence reused across submissions: the keys read from a document, the page hash, and the
matching with the catalog's policy (who may share evidence). No database here: the index side
is tests/integration/test_evidence_reuse.py."""

from __future__ import annotations

import json

import numpy as np
import pytest

from helpers.textdocs import document_from_text
from pipeline.catalogs.loader import ReusePolicy, default_catalog_path
from pipeline.extract.fields.serials import find_bank_serial
from pipeline.read.page_hash import HASH_BITS, current_hash, hash_distance, page_hash
from pipeline.requirements.registry import load_catalog
from pipeline.results.evidence_keys import document_keys
from pipeline.results.reuse import find_matches, reuse_gaps, with_reuse_gaps

POLICY = ReusePolicy({"sha256": "confirmed", "bank_serial": "confirmed", "contract": "confirmed",
                      "page_hash": "needs_review"}, 64, ("same_applicant_uscc", "same_applicant_name",
                                                          "both_applicants_are_parties"))


# ---- the bank serial -------------------------------------------------------------------------

def _receipt(text: str):
    doc = document_from_text(text, path="回单.pdf")
    doc.doc_type = "payment_proof"
    return doc


@pytest.mark.parametrize("text, serial", [
    ("中国工商银行 网上银行电子回单\n电子回单号码：6910447023727930\n金额：¥100.00", "6910447023727930"),
    ("打印时间：2023-11-02　　回单编号：1249225610", "1249225610"),
    ("交易日期 2023-10-20 交易流水号 B-2023-1020-8812 时间 10:21", "B202310208812"),
    ("流水号：G1234567890\n日期：2023-10-20", "G1234567890"),
])
def test_the_serial_after_its_label(text, serial):
    found = find_bank_serial(_receipt(text))
    assert found is not None and found.value == serial
    assert found.provenance.file == "回单.pdf" and found.provenance.box is not None


def test_the_serial_under_its_label_in_a_header_row():
    found = find_bank_serial(_receipt("交易日期    交易流水号\n20231020    202310208812345"))
    assert found is not None and found.value == "202310208812345"


@pytest.mark.parametrize("text", [
    "回单序号：1\n回单验证码：12345678",          # a print run's counter and a check code are not serials
    "流水号：2023",                               # too short to identify anything
    "交易流水号：",
])
def test_no_serial_where_the_receipt_states_none(text):
    assert find_bank_serial(_receipt(text)) is None


def test_only_receipts_carry_a_serial():
    doc = document_from_text("合同编号：HT-2023-001\n业务编号：123456789012")
    doc.doc_type = "contract"
    assert find_bank_serial(doc) is None


# ---- the page hash ---------------------------------------------------------------------------

def _page(seed: int) -> np.ndarray:
    """A document-like page: a title, paragraphs of varying lines, a ruled table, a signature."""
    rng = np.random.default_rng(seed)
    page = np.full((1100, 850), 250, np.uint8)
    page[70:100, 250:250 + int(rng.integers(200, 350))] = 30            # title
    y = 150
    while y < 560:
        indent = 100 + int(rng.integers(0, 2)) * 40
        for _ in range(int(rng.integers(2, 6))):
            page[y:y + 14, indent:indent + int(rng.integers(300, 650))] = 40
            y += 28
        y += int(rng.integers(20, 60))
    top, rows = 600, int(rng.integers(3, 8))                            # a table
    for r in range(rows + 1):
        page[top + r * 40:top + r * 40 + 2, 100:750] = 20
    for x in (100, 300 + int(rng.integers(0, 150)), 750):
        page[top:top + rows * 40 + 2, x:x + 2] = 20
    page[top + rows * 40 + 60:top + rows * 40 + 76, 500:500 + int(rng.integers(120, 240))] = 40
    return page


def _rescan(page: np.ndarray, seed: int) -> np.ndarray:
    import cv2

    rng = np.random.default_rng(seed)
    h, w = page.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), float(rng.uniform(-2.5, 2.5)), 1.0)
    m[:, 2] += rng.uniform(-25, 25, 2)
    out = cv2.warpAffine(page.astype(np.float32) * rng.uniform(0.85, 0.97), m, (w, h), borderValue=235)
    out += rng.normal(0, 6, out.shape)
    return np.clip(out, 0, 255).astype(np.uint8)


def test_a_rescan_of_the_same_page_hashes_close_and_another_page_far():
    original = page_hash(_page(1))
    assert current_hash(original) and len(original.split(":")[1]) == HASH_BITS // 4
    rescans = [hash_distance(original, page_hash(_rescan(_page(1), s))) for s in range(5)]
    others = [hash_distance(original, page_hash(_page(s))) for s in range(2, 7)]
    # every re-scan is nearer than any other page; most are within the catalog's distance (a
    # strong tilt plus shift can push one past it: the limit README states)
    assert max(rescans) < min(others), (rescans, others)
    assert sum(d <= POLICY.page_hash_max_distance for d in rescans) >= 3, rescans
    assert min(others) > POLICY.page_hash_max_distance, others


def test_a_blank_page_has_no_hash_and_other_versions_are_not_compared():
    assert page_hash(np.full((500, 400), 255, np.uint8)) is None
    assert hash_distance("d1:ff", "d0:ff") is None
    assert not current_hash(None) and not current_hash("d0:ab")


# ---- keys and matching ---------------------------------------------------------------------------

def _doc(path, sha, kind="payment_proof", **fields):
    base = {"contract_no": None, "amount_yuan": None, "date": None, "customer": None, "payer": None,
            "payee": None, "result": None}
    return {"path": path, "sha256": sha, "doc_type": kind, "fields": {**base, **fields}}


def _report(name, applicant, uscc, documents):
    return {"submission": name, "applicant": {"name": applicant, "uscc": uscc},
            "documents": documents, "gaps": [], "contracts": [], "status": "clean"}


def _rows(report):
    return [{"submission": report["submission"], "applicant": report["applicant"]["name"],
             "uscc": report["applicant"]["uscc"], **row} for row in document_keys(report)]


RECEIPT = dict(bank_serial="6910447023727930", amount_yuan="3000000.00", date="2023-10-20",
               payer="天津某某机械有限公司", payee="天津甲科技有限公司")


def test_keys_of_a_receipt_a_contract_and_a_scan():
    report = _report("a", "天津甲科技有限公司", "91120116MA05JXXX1X", [
        _doc("r.pdf", "a" * 64, **RECEIPT),
        _doc("c.pdf", "b" * 64, "contract", contract_no="TJZZ-2023-001", amount_yuan="3000000.00",
             date="2023-03-01", customer="天津某某机械有限公司"),
        {**_doc("s.jpg", "c" * 64, "acceptance_report", date="2023-10-12"), "page_hashes": [{"page": 1, "hash": "d1:00ff"}]},
        _doc("bad.pdf", "0" * 64, "other"),
    ])
    keys = {(r["path"], r["key"]): r["value"] for r in document_keys(report)}
    assert keys[("r.pdf", "bank_serial")] == "6910447023727930"
    assert keys[("c.pdf", "contract")] == "TJZZ2023001|3000000.00|天津某某机械有限公司"
    assert keys[("s.jpg", "page_hash")] == "acceptance_report|date:2023-10-12"
    assert ("bad.pdf", "sha256") not in keys      # refused before reading: no content to match


def test_a_receipt_in_another_applicants_submission_is_confirmed_on_both_sides():
    a = _report("a", "天津甲科技有限公司", "91120116MA05JXXX1X", [_doc("回单.pdf", "a" * 64, **RECEIPT)])
    b = _report("b", "天津乙智能有限公司", "91120222MA06YYYY2Y", [_doc("付款/回单2.pdf", "d" * 64, **RECEIPT)])
    for mine, other in ((a, b), (b, a)):
        matches = find_matches(_rows(mine), _rows(other), POLICY)
        assert [(m.key, m.status, m.other.submission) for m in matches] == [("bank_serial", "confirmed", other["submission"])]
    catalog = load_catalog(default_catalog_path("申报"))
    gaps = reuse_gaps(a, find_matches(_rows(a), _rows(b), POLICY), catalog)
    assert len(gaps) == 1 and gaps[0]["status"] == "confirmed" and gaps[0]["requirement"] == "S-evidence"
    assert "「b」" in gaps[0]["message"] and "天津乙智能有限公司" in gaps[0]["message"]
    assert gaps[0]["reused_with"][0]["document"] == "付款/回单2.pdf"
    report = with_reuse_gaps(a, gaps)
    assert report["status"] == "gaps" and with_reuse_gaps(report, [])["status"] == "clean"


def test_the_same_file_is_named_by_its_strongest_key():
    a = _report("a", "甲", "1", [_doc("x.pdf", "e" * 64, **RECEIPT)])
    b = _report("b", "乙", "2", [_doc("y.pdf", "e" * 64, **RECEIPT)])
    assert [m.key for m in find_matches(_rows(a), _rows(b), POLICY)] == ["sha256"]


def test_the_same_applicants_two_years_are_not_reported():
    a = _report("a-2023", "天津甲科技有限公司", "91120116MA05JXXX1X", [_doc("回单.pdf", "a" * 64, **RECEIPT)])
    same_code = _report("a-2024", "天津甲科技有限公司（更名前）", "91120116MA05JXXX1X", [_doc("r.pdf", "a" * 64, **RECEIPT)])
    same_name = _report("a-2024b", "天津甲科技有限公司", "", [_doc("r.pdf", "a" * 64, **RECEIPT)])
    assert find_matches(_rows(a), _rows(same_code), POLICY) == []
    assert find_matches(_rows(a), _rows(same_name), POLICY) == []
    # the catalog decides: without the exemption the same pair is reported
    strict = ReusePolicy(POLICY.key_status, 64, ())
    assert len(find_matches(_rows(a), _rows(same_code), strict)) == 1


def test_a_contract_between_the_two_applicants_belongs_in_both():
    deal = dict(contract_no="FB-2024-0573", amount_yuan="500000.00", date="2024-03-01",
                customer="天津甲科技有限公司", supplier="天津乙智能有限公司")
    a = _report("a", "天津甲科技有限公司", "1", [_doc("分包.pdf", "f" * 64, "subcontract", **deal)])
    b = _report("b", "天津乙智能有限公司", "2", [_doc("合同.pdf", "f" * 64, "contract", **deal)])
    assert find_matches(_rows(a), _rows(b), POLICY) == []
    c = _report("c", "天津丙公司", "3", [_doc("合同.pdf", "9" * 64, "contract", **deal)])
    assert [m.key for m in find_matches(_rows(c), _rows(a), POLICY)] == ["contract"]


def _scan(path, sha, hashes, **fields):
    return {**_doc(path, sha, "acceptance_report", **fields), "page_hashes": [{"page": 1, "hash": h} for h in hashes]}


def test_a_rescan_is_only_a_question_and_only_when_the_readings_agree():
    near, far = "d1:" + "0" * 72, "d1:" + "0" * 70 + "ff"           # 0 and 8 bits from `near`
    a = _report("a", "甲", "1", [_scan("s.jpg", "1" * 64, [near], date="2023-10-12")])
    b = _report("b", "乙", "2", [_scan("t.png", "2" * 64, [far], date="2023-10-12")])
    matches = find_matches(_rows(a), _rows(b), POLICY)
    assert [(m.key, m.status, m.distance) for m in matches] == [("page_hash", "needs_review", 8)]
    gaps = reuse_gaps(a, matches, load_catalog(default_catalog_path("考核")))
    assert gaps[0]["status"] == "needs_review" and gaps[0]["review_reason"]
    # the same form filled in with another date: not the same paper
    c = _report("c", "丙", "3", [_scan("u.png", "3" * 64, [near], date="2023-11-30")])
    assert find_matches(_rows(a), _rows(c), POLICY) == []
    # too far apart
    d = _report("d", "丁", "4", [_scan("v.png", "4" * 64, ["d1:" + "f" * 72], date="2023-10-12")])
    assert find_matches(_rows(a), _rows(d), POLICY) == []


def test_a_catalog_with_the_policy_must_have_the_gap_kind(tmp_path):
    from pipeline.errors import CatalogError

    data = json.loads(default_catalog_path("申报").read_text(encoding="utf-8"))
    del data["gap_kinds"]["evidence_reused"]
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="evidence_reused"):
        load_catalog(path)
    data["evidence_reuse"]["allowed"] = ["same_weather"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="evidence_reuse"):
        load_catalog(path)
