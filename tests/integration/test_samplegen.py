"""The sample-evidence generator: determinism, files vs ground truth, text layers, workbook, rules."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from pipeline.parsing.uscc import validate_uscc
from tools.samplegen import generate_preset, generate_submission
from tools.samplegen.build import SubmissionSpec
from tools.samplegen.rules import GAP_REQUIREMENT, award_tier_wan
from tools.samplegen.workbook import APPLICANT_HEADERS, HEADER_VARIANTS, STANDARD_HEADERS, USER_HEADERS

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "sample_evidence"


@pytest.fixture(scope="module")
def ci(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("ci")
    made = generate_preset("ci", root)
    return {p.name: p for p in made}


def _gt(path: Path) -> dict:
    return json.loads((path / "ground_truth.json").read_text(encoding="utf-8"))


def _text(pdf_path: Path) -> str:
    with pdfplumber.open(pdf_path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_deterministic(tmp_path):
    spec = SubmissionSpec(name="tiny", n_contracts=3, defects={2: ["party_mismatch_payer"]}, n_sme=2, n_tianjin=1,
                          total_range_wan=None, n_standards=1, n_other=1, duplicate_of_acceptance=1, corrupt=1,
                          n_mixed=1, n_photo=1)
    first = generate_submission(spec, tmp_path / "a", 11)
    again = generate_submission(spec, tmp_path / "b", 11)
    gt = _gt(first)
    assert gt == _gt(again)
    for doc in gt["documents"]:  # raster bytes too: same seed, same libraries
        assert (first / "submission" / doc["path"]).read_bytes() == (again / "submission" / doc["path"]).read_bytes()
    wb = "申报信息.xlsx"
    assert (first / "submission" / wb).read_bytes() == (again / "submission" / wb).read_bytes()
    other = _gt(generate_submission(spec, tmp_path / "c", 12))
    assert other["applicant"] != gt["applicant"]


def test_documents_exist_and_are_the_only_files(ci):
    for path in ci.values():
        gt = _gt(path)
        sub = path / "submission"
        listed = {d["path"] for d in gt["documents"]} | {"申报信息.xlsx"}
        on_disk = {p.relative_to(sub).as_posix() for p in sub.rglob("*") if p.is_file()}
        assert listed == on_disk
        assert not (sub / "ground_truth.json").exists()
        for d in gt["documents"]:
            assert d["doc_type"] in ("contract", "acceptance_report", "payment_proof", "procurement_proof",
                                     "standard_draft", "other")
            assert d["rendering"] in ("text", "scan", "photo", "mixed", "corrupt")
            name = Path(d["path"]).name
            assert not re.search(r"合同|验收|付款|回单|中标|标准|contract|accept|payment", name), name


def _states_amount(flat: str, amount: Decimal) -> bool:
    """The amount as one of the layouts prints it: ¥2,441,000.00; ¥ then one digit a cell
    (进账单, here 244100000 in cents); 244.1万元 (成交通知书); figures after 交易金额."""
    figures = f"{amount:,.2f}"
    wan = f"{(amount / 10000).normalize():f}"
    return bool(re.search(r"[¥￥]" + re.escape(figures), flat)
                or re.search(r"[¥￥]" + str(int(amount * 100)) + r"(?!\d)", flat)
                or re.search(r"(?<![\d.])" + re.escape(wan) + r"(?:\.00)?万元", flat)
                or re.search(r"交易金额" + re.escape(figures), flat))


def test_ci_set_carries_every_support_layout():
    """The bundled set exercises each layout of the four support-cycle evidence kinds."""
    import random

    from tools.samplegen.build import plan_submission, preset_spec
    from tools.samplegen.presets import CI_SEEDS

    used = set()
    for key in ("clean", "gaps"):
        seed = CI_SEEDS[key]
        plan = plan_submission(preset_spec(key, random.Random(f"spec:{key}:{seed}")), seed)
        used |= {d.renderer for d in plan.documents}
    assert {"contract_prose", "contract_table", "contract_sales", "contract_techdev", "acceptance_form",
            "acceptance_prose", "acceptance_checklist", "payment_receipt", "payment_voucher", "payment_slip",
            "payment_payee_left", "procurement_bid", "procurement_order", "procurement_deal"} <= used


def test_text_layers_carry_key_strings(ci):
    checked = 0
    for path in ci.values():
        for d in _gt(path)["documents"]:
            if d["rendering"] not in ("text", "mixed"):
                continue
            text = _text(path / "submission" / d["path"])
            assert "(cid:" not in text
            flat = re.sub(r"\s+", "", text)
            f = d["fields"]
            if f["contract_no"]:
                assert f["contract_no"] in flat, d["path"]
            if f["amount_yuan"]:
                assert _states_amount(flat, Decimal(f["amount_yuan"])), (d["path"], f["amount_yuan"])
            for key in ("customer", "payer", "payee", "title"):
                if f[key]:
                    assert f[key].replace(" ", "") in flat, (d["path"], key)
            if d["doc_type"] == "contract":  # 甲方, 需方 (购销合同) or 委托人 (技术开发合同)
                assert re.search(r"(?:甲方|需方|委托人)[^：]{0,6}[：]?" + re.escape(f["customer"]), flat), d["path"]
            checked += 1
    assert checked > 40


def test_scans_are_images_only_and_small(ci):
    for path in ci.values():
        for d in _gt(path)["documents"]:
            p = path / "submission" / d["path"]
            if d["rendering"] in ("scan", "photo"):
                assert p.stat().st_size < 320_000 * (3 if p.suffix in (".pdf", ".tif") else 1), d["path"]
                if p.suffix == ".pdf":
                    assert _text(p).strip() == "", d["path"]
            if d["rendering"] == "corrupt":
                with pytest.raises(Exception):
                    _text(p)


def test_workbook_sheets_and_headers(ci):
    for path in ci.values():
        gt = _gt(path)
        wb = openpyxl.load_workbook(path / "submission" / "申报信息.xlsx")
        assert wb.sheetnames == ["申报单位", "服务用户清单", "标准草案"]
        heads = {ws.title: [c.value for c in ws[2]] for ws in wb}
        assert heads["申报单位"] == APPLICANT_HEADERS
        assert heads["标准草案"] == STANDARD_HEADERS
        users = heads["服务用户清单"]
        assert [HEADER_VARIANTS.get(h, h) for h in USER_HEADERS] != USER_HEADERS
        assert all(u == h or u == HEADER_VARIANTS.get(h) for u, h in zip(users, USER_HEADERS))
        assert wb["服务用户清单"]["A1"].value.startswith("服务用户清单")
        rows = list(wb["服务用户清单"].iter_rows(min_row=3, values_only=True))
        assert [r[3] for r in rows] == [c["contract_no"] for c in gt["contracts"]]
        assert any(isinstance(r[6], str) and "年" in r[6] for r in rows)
        assert any(not isinstance(r[6], str) for r in rows)
        applicant = {r[0]: r[1] for r in wb["申报单位"].iter_rows(min_row=3, values_only=True)}
        assert applicant["单位名称"] == gt["applicant"]["name"]


def test_clean_has_no_gaps(ci):
    gt = _gt(ci["support_clean"])
    assert gt["gaps"] == []
    assert all(v == "met" for v in gt["requirements"].values())
    assert gt["award_tier_wan"] == 250
    total = Decimal(gt["accepted_total_yuan"])
    assert Decimal(25_000_000) <= total < Decimal(50_000_000)
    assert total == sum(Decimal(c["amount_yuan"]) for c in gt["contracts"])
    assert gt["applicant"]["address"].startswith("天津市") and gt["applicant"]["uscc"][2:4] == "12"
    assert all(validate_uscc(c["customer_uscc"]) for c in gt["contracts"])
    kinds = {d["doc_type"] for d in gt["documents"]}
    assert kinds == {"contract", "acceptance_report", "payment_proof", "procurement_proof", "standard_draft", "other"}
    renderings = {d["rendering"] for d in gt["documents"]}
    assert {"text", "scan", "photo", "mixed"} <= renderings
    for c in gt["contracts"]:
        mine = [d for d in gt["documents"] if d["contract_no"] == c["contract_no"]]
        assert {d["doc_type"] for d in mine} == {"contract", "acceptance_report", "payment_proof", "procurement_proof"}
        paid = sum(Decimal(d["fields"]["amount_yuan"]) for d in mine if d["doc_type"] == "payment_proof")
        assert paid == Decimal(c["amount_yuan"])


def test_gaps_has_each_planted_kind(ci):
    gt = _gt(ci["support_gaps"])
    contracts = [c["contract_no"] for c in gt["contracts"]]
    by_kind: dict[str, list] = {}
    for g in gt["gaps"]:
        assert g["requirement"] == GAP_REQUIREMENT[g["kind"]]
        by_kind.setdefault(g["kind"], []).append(g["contract_no"])
    planted = ["missing_acceptance_report", "missing_payment_proof", "missing_procurement_proof",
               "date_out_of_period", "acceptance_not_passed", "party_mismatch", "amount_mismatch",
               "invalid_uscc", "not_tianjin", "sme_misclassified"]
    for i, kind in enumerate(planted):
        assert by_kind[kind] == [contracts[i]], kind
    assert by_kind["duplicate_evidence"] == [contracts[9]]
    assert by_kind["unreadable_document"] == [None]
    assert len(by_kind["missing_standard_document"]) == 1
    for kind in ("customer_count_below_threshold", "total_below_threshold", "sme_count_below_threshold",
                 "standards_below_threshold"):
        assert by_kind[kind] == [None], kind
    assert "applicant_not_tianjin" not in by_kind
    assert gt["award_tier_wan"] == 0
    assert not validate_uscc(gt["contracts"][7]["customer_uscc"])
    dup = [d for d in gt["documents"] if d["doc_type"] == "acceptance_report" and d["contract_no"] == contracts[9]]
    assert len(dup) == 2 and dup[0]["sha256"] == dup[1]["sha256"]


def test_award_tiers():
    assert award_tier_wan(Decimal("24999999.99")) == 0
    assert award_tier_wan(Decimal(25_000_000)) == 250
    assert award_tier_wan(Decimal(50_000_000)) == 500
    assert award_tier_wan(Decimal(75_000_000)) == 750
    assert award_tier_wan(Decimal(100_000_000)) == 750
    assert award_tier_wan(Decimal("100000000.01")) == 1000


def test_bundled_ground_truth_is_current(ci):
    """sample_evidence/ must be what the generator makes now (regenerate with --preset ci)."""
    for name, fresh in ci.items():
        bundled = BUNDLED / name
        if not (bundled / "ground_truth.json").exists():
            pytest.skip("sample_evidence not generated")
        old, new = _gt(bundled), _gt(fresh)
        for gt in (old, new):  # raster bytes depend on library versions; everything else must match
            for d in gt["documents"]:
                if d["rendering"] in ("scan", "photo", "mixed"):
                    d.pop("sha256")
        assert old == new, name
        for d in new["documents"]:
            if d["rendering"] in ("text", "corrupt"):
                assert (bundled / "submission" / d["path"]).read_bytes() == \
                    (fresh / "submission" / d["path"]).read_bytes(), d["path"]
