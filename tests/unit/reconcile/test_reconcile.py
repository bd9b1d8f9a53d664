"""Reconciliation rules on hand-built documents: links, gaps, review status, tiers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.catalogs.loader import default_catalog_path
from pipeline.requirements.registry import load_catalog
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.models import Applicant, Declaration, DeclaredContract, DeclaredStandard
from pipeline.parsing.uscc import compute_check_char
from pipeline.requirements.support import award_tier
from pipeline.results.verify import reconcile
from helpers.textdocs import document_from_text

CATALOG = load_catalog(default_catalog_path("申报"))
APPLICANT = "天津华创工业互联网有限公司"


def code(prefix17: str) -> str:
    return prefix17 + compute_check_char(prefix17)


CUSTOMER = "天津市滨海新区智造科技有限公司"
CUSTOMER_CODE = code("91120116MA05K3XJ4")


def declaration(**overrides) -> Declaration:
    contract = DeclaredContract(
        row=3, seq="1", customer=CUSTOMER, customer_uscc=CUSTOMER_CODE, contract_no="HT-2023-017",
        contract_name="智能产线", amount_yuan=Decimal("3000000"), signed_on=date(2023, 3, 1),
        accepted_on=date(2023, 10, 12), declared_sme=True, employees=200, revenue_wan=Decimal("8000"),
        declared_tianjin=True)
    for k, v in overrides.items():
        setattr(contract, k, v)
    return Declaration(
        applicant=Applicant(APPLICANT, code("91120104MA06HC0Q1"), "天津市南开区科研西路8号"),
        contracts=[contract], standards=[DeclaredStandard(2, "1", "智能产线 数据采集 通用要求")],
        source="申报信息.xlsx")


def docs(acceptance_result="合格", acceptance_date="2023年10月12日", payer=CUSTOMER,
         paid="¥3,000,000.00", acceptance_amount="¥3,000,000.00"):
    texts = {
        "a.pdf": f"项目验收报告\n合同编号：HT-2023-017\n验收单位：{CUSTOMER}\n承建单位：{APPLICANT}\n"
                 f"合同金额：{acceptance_amount}\n验收日期：{acceptance_date}\n验收结论：{acceptance_result}",
        "b.pdf": f"中国工商银行 电子回单\n付款人户名 {payer} 收款人户名 {APPLICANT}\n金额（小写） {paid}\n"
                 f"交易日期 2023-11-01\n用途 合同HT-2023-017款",
        "c.pdf": f"中标通知书\n致：{APPLICANT}\n中标金额：人民币叁佰万元整（¥3,000,000.00）\n"
                 f"招标人：{CUSTOMER}\n地址：天津市滨海新区第三大街16号\n合同编号：HT-2023-017\n2023年2月1日",
    }
    out = []
    for path, text in texts.items():
        d = document_from_text(text, path=path)
        classify_document(d)
        extract_fields(d)
        out.append(d)
    return out


def kinds(verification):
    return sorted((g.kind, g.contract_no, g.status) for g in verification.book.gaps
                  if g.kind not in ("customer_count_below_threshold", "total_below_threshold",
                                    "sme_count_below_threshold", "standards_below_threshold",
                                    "missing_standard_document"))


def test_complete_contract_has_no_contract_gaps():
    v = reconcile("t", declaration(), docs(), CATALOG)
    assert kinds(v) == []
    assert v.contracts[0].documents["acceptance_report"][0].path == "a.pdf"


@pytest.mark.parametrize("kwargs,expected", [
    ({"acceptance_result": "不合格"}, "acceptance_not_passed"),
    ({"acceptance_date": "2024年1月3日"}, "date_out_of_period"),
    ({"payer": "北京精工机械股份有限公司"}, "party_mismatch"),
    ({"paid": "¥2,000,000.00"}, "amount_mismatch"),
    ({"acceptance_amount": "¥3,200,000.00"}, "amount_mismatch"),
])
def test_each_contradiction_is_one_gap(kwargs, expected):
    v = reconcile("t", declaration(), docs(**kwargs), CATALOG)
    assert kinds(v) == [(expected, "HT-2023-017", "confirmed")]


def test_tolerance_is_half_a_percent():
    assert kinds(reconcile("t", declaration(), docs(paid="¥2,985,000.00"), CATALOG)) == []
    assert kinds(reconcile("t", declaration(), docs(paid="¥2,984,000.00"), CATALOG))[0][0] == "amount_mismatch"


def test_declared_identity_checks():
    v = reconcile("t", declaration(customer_uscc=CUSTOMER_CODE[:-1] + ("0" if CUSTOMER_CODE[-1] != "0" else "1")),
                  docs(), CATALOG)
    assert ("invalid_uscc", "HT-2023-017", "confirmed") in kinds(v)
    v = reconcile("t", declaration(employees=1500, revenue_wan=Decimal("60000")), docs(), CATALOG)
    assert kinds(v) == [("sme_misclassified", "HT-2023-017", "confirmed")]
    assert v.contracts and v.accepted_total == Decimal("3000000")  # still verified


def test_missing_evidence():
    v = reconcile("t", declaration(), [d for d in docs() if d.path != "b.pdf"], CATALOG)
    assert kinds(v) == [("missing_payment_proof", "HT-2023-017", "confirmed")]


def test_low_confidence_reading_needs_review_not_a_confident_gap():
    ds = docs(paid="¥2,000,000.00")
    amount = ds[1].fields["amount_yuan"]
    amount.review_reason = "大写金额与小写金额不一致"
    v = reconcile("t", declaration(), ds, CATALOG)
    assert kinds(v) == [("amount_mismatch", "HT-2023-017", "needs_review")]
    s_customers = next(r for r in v.requirements if r.id == "S-customers")
    assert s_customers.status == "not_met"  # 1 customer either way


@pytest.mark.parametrize("total,tier", [
    ("24999999.99", 0), ("25000000", 250), ("49999999", 250), ("50000000", 500),
    ("75000000", 750), ("100000000", 750), ("100000000.01", 1000),
])
def test_tier_boundaries(total, tier):
    from pipeline.requirements.support import RequirementResult
    met = [RequirementResult(r, r, "met") for r in CATALOG.verdict_requires]
    assert award_tier(CATALOG, met, Decimal(total)) == tier
    assert award_tier(CATALOG, met[:-1] + [RequirementResult(met[-1].id, "", "not_met")], Decimal(total)) == 0


def test_tianjin_customer_checked_by_code_and_address():
    ds = docs()
    # no address anywhere: the 12xxxx credit code stands
    for d in ds:
        d.fields.pop("customer_address", None)
    assert kinds(reconcile("t", declaration(), ds, CATALOG)) == []
    # an address outside Tianjin in the evidence contradicts the declaration
    moved = docs()
    bid = next(d for d in moved if d.doc_type == "procurement_proof")
    text = bid.text.replace("天津市滨海新区第三大街16号", "北京市朝阳区望京东路47号")
    from pipeline.extract.fields import classify_document, extract_fields
    fresh = document_from_text(text, path="c.pdf")
    classify_document(fresh)
    extract_fields(fresh)
    moved = [d for d in moved if d.path != "c.pdf"] + [fresh]
    assert kinds(reconcile("t", declaration(), moved, CATALOG)) == [("not_tianjin", "HT-2023-017", "confirmed")]


def _doc(path: str, text: str, method: str = "text_layer"):
    d = document_from_text(text, path=path, method=method)
    classify_document(d)
    extract_fields(d)
    return d


def test_an_installment_paid_by_another_firm_is_linked_by_completing_the_sum():
    """A receipt naming no contract, paid to the applicant by someone other than the customer:
    it completes exactly one contract's payments, so it is that contract's, and its payer is a
    party_mismatch (not an amount gap from a receipt silently left out)."""
    ds = docs(paid="¥1,000,000.00")
    ds.append(_doc("d.pdf", f"中国银行 付款回单\n付款人名称 北京精工机械股份有限公司 收款人名称 {APPLICANT}\n"
                            f"金额 ¥2,000,000.00\n交易日期 2023-11-20\n附言 设备款"))
    v = reconcile("t", declaration(), ds, CATALOG)
    assert v.contracts[0].link_reasons["d.pdf"] == "金额补足付款合计"
    assert kinds(v) == [("party_mismatch", "HT-2023-017", "confirmed")]


def test_a_receipt_whose_payee_is_unread_is_linked_by_completing_the_sum():
    """A receipt form whose issuer's name a seal hid (payee unread), paid by another firm: the sum
    it completes links it, so its payer is checked; the unread payee is a question."""
    ds = docs(paid="¥1,000,000.00")
    ds.append(_doc("d.jpg", "收款收据\n2023年11月20日\n今收到 北京精工机械股份有限公司\n交来 设备款\n"
                            "人民币（大写）贰佰万元整 ¥2,000,000.00\n收款单位（盖章）：\n", method="ocr:rapidocr"))
    assert "payee" not in ds[-1].fields
    v = reconcile("t", declaration(), ds, CATALOG)
    assert v.contracts[0].link_reasons["d.jpg"].startswith("金额补足付款合计")
    assert ("party_mismatch", "HT-2023-017", "confirmed") in kinds(v)


def test_an_ocr_name_that_is_the_declared_names_tail_is_a_question_not_another_firm():
    # a seal over the payee's name: OCR read its tail only, one character of it misread
    read = "王" + APPLICANT[-6:]
    papers = docs()
    slip = document_from_text(f"中国工商银行 电子回单\n付款人户名 {CUSTOMER} 收款人户名 {read}\n"
                              f"金额（小写） ¥3,000,000.00\n交易日期 2023-11-01\n用途 合同HT-2023-017款",
                              path="b.pdf", method="ocr:rapidocr")
    classify_document(slip)
    extract_fields(slip)
    assert slip.fields["payee"].value == read
    v = reconcile("t", declaration(), [p for p in papers if p.path != "b.pdf"] + [slip], CATALOG)
    assert ("party_mismatch", "HT-2023-017", "needs_review") in kinds(v)
    assert ("party_mismatch", "HT-2023-017", "confirmed") not in kinds(v)


def test_a_receipt_that_completes_no_sum_stays_unlinked():
    ds = docs()
    ds.append(_doc("d.pdf", f"中国银行 付款回单\n付款人名称 北京精工机械股份有限公司 收款人名称 {APPLICANT}\n"
                            f"金额 ¥2,000,000.00\n交易日期 2023-11-20\n附言 设备款"))
    v = reconcile("t", declaration(), ds, CATALOG)
    assert "d.pdf" not in v.contracts[0].link_reasons
    assert kinds(v) == []


def test_a_name_garbled_by_a_seal_is_not_a_mismatch_when_the_page_prints_it_in_full():
    scanned = _doc("a.pdf", f"项目验收报告\n合同编号：HT-2023-017\n验收单位：天沪贡二智造逢技有限公司\n"
                            f"本项目由{CUSTOMER}组织验收。\n承建单位：{APPLICANT}\n验收日期：2023年10月12日\n验收结论：合格",
                   method="ocr:tesseract")
    ds = [scanned] + [d for d in docs() if d.path != "a.pdf"]
    assert kinds(reconcile("t", declaration(), ds, CATALOG)) == []
    # read from a text layer the same wording is a real mismatch
    text = _doc("a.pdf", scanned.text.replace("本项目由" + CUSTOMER + "组织验收。\n", "").replace("天沪贡二智造逢技有限公司", "北京精工机械股份有限公司"))
    ds = [text] + [d for d in docs() if d.path != "a.pdf"]
    assert ("party_mismatch", "HT-2023-017", "confirmed") in kinds(reconcile("t", declaration(), ds, CATALOG))


def _standard_gaps(v):
    return [(g.kind, g.status) for g in v.book.gaps if g.kind == "missing_standard_document"]


def test_a_standard_title_wrapped_on_its_cover_is_found():
    draft = _doc("s.pdf", "ICS 25.040\n企业标准\nQ/HC 001—2023\n智能产线 数据采集\n通用要求\n（草案）\n2023-05-01发布\n"
                          "前言\n本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》起草。")
    v = reconcile("t", declaration(), docs() + [draft], CATALOG)
    assert _standard_gaps(v) == []


def test_a_draft_whose_title_reads_close_makes_the_gap_a_question():
    draft = _doc("s.pdf", "企业标准\n智能产钱数据釆集通用耍求\n（草案）\n前言\n本文件规定了数据采集的要求。")
    v = reconcile("t", declaration(), docs() + [draft], CATALOG)
    assert _standard_gaps(v) == [("missing_standard_document", "needs_review")]
    gap = next(g for g in v.book.gaps if g.kind == "missing_standard_document")
    assert "s.pdf" in gap.documents and "相近" in gap.review_reason


def test_no_draft_at_all_is_a_confirmed_gap():
    v = reconcile("t", declaration(), docs(), CATALOG)
    assert _standard_gaps(v) == [("missing_standard_document", "confirmed")]


def test_a_purchase_by_the_applicant_citing_the_customer_contract_is_not_that_contract():
    """The applicant buying parts for a customer's project cites the project's contract number:
    with the applicant as buyer it is a purchase or subcontract, never the customer's contract."""
    purchase = _doc("p.pdf", f"配套采购合同\n合同编号：PC-2023-009\n甲方（采购方）：{APPLICANT}\n"
                             "乙方（供货方）：天津海晟电气有限公司\n用于项目：HT-2023-017 智能产线\n"
                             "合同总金额：人民币伍拾万元整（¥500,000.00）\n签订日期：2023年4月2日")
    assert purchase.doc_type == "contract"
    v = reconcile("t", declaration(), docs() + [purchase], CATALOG)
    assert kinds(v) == []
    assert "p.pdf" not in v.contracts[0].link_reasons


def _small_catalog(tmp_path):
    """The support catalog with thresholds one contract can meet (tier 250 from 1,000,000)."""
    import json
    data = json.loads(default_catalog_path("申报").read_text(encoding="utf-8"))
    for r in data["requirements"]:
        if "min" in r:
            r["min"] = 1 if r["id"] != "S-standards" else 0
        if "min_yuan" in r:
            r["min_yuan"] = "1000000"
    data["verdict"]["tiers"][-1]["min_yuan"] = "1000000"
    path = tmp_path / "small.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_catalog(path)


def test_a_verdict_resting_on_open_questions_says_what_it_becomes_when_they_are_answered(tmp_path):
    catalog = _small_catalog(tmp_path)
    sure = reconcile("t", declaration(), docs(), catalog)
    assert sure.award_tier_wan == 250 and not sure.verdict_pending
    assert sure.to_json()["award_tier_if_confirmed_wan"] is None
    # the receipt names no payer: a question, so the count rests on it
    unsure_docs = [d for d in docs() if d.path != "b.pdf"] + [_doc("b.pdf", f"中国工商银行 电子回单\n收款人户名 {APPLICANT}\n"
                                                                   "金额（小写） ¥3,000,000.00\n交易日期 2023-11-01\n用途 合同HT-2023-017款")]
    v = reconcile("t", declaration(), unsure_docs, catalog)
    assert v.award_tier_wan == 0 and v.verdict_pending and v.award_tier_if_confirmed_wan == 250
    report = v.to_json()
    assert report["verdict_pending"] is True and report["award_tier_if_confirmed_wan"] == 250


def test_a_total_resting_on_a_pending_contract_says_the_tier_it_becomes(tmp_path):
    """Every count is met by proven contracts, but the total reaches the higher tier only with a
    contract whose one gap is a question: the verdict says what it becomes once answered."""
    import copy
    import json
    _small_catalog(tmp_path)   # writes small.json
    data = json.loads((tmp_path / "small.json").read_text(encoding="utf-8"))
    data["verdict"]["tiers"].insert(0, {"min_yuan": "5000000", "inclusive": True, "tier_wan": 500})
    path = tmp_path / "two_tiers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    catalog = load_catalog(path)
    decl = declaration()
    second = copy.copy(decl.contracts[0])
    second.row, second.seq, second.contract_no = 4, "2", "HT-2023-018"
    decl.contracts.append(second)
    texts = {"a2.pdf": f"项目验收报告\n合同编号：HT-2023-018\n验收单位：{CUSTOMER}\n承建单位：{APPLICANT}\n"
                       "合同金额：¥3,000,000.00\n验收日期：2023年10月12日\n验收结论：合格",
             "b2.pdf": f"中国工商银行 电子回单\n收款人户名 {APPLICANT}\n金额（小写） ¥3,000,000.00\n"
                       "交易日期 2023-11-02\n用途 合同HT-2023-018款",
             "c2.pdf": f"中标通知书\n致：{APPLICANT}\n中标金额：人民币叁佰万元整（¥3,000,000.00）\n"
                       f"招标人：{CUSTOMER}\n地址：天津市滨海新区第三大街16号\n合同编号：HT-2023-018\n2023年2月2日"}
    more = []
    for name, text in texts.items():
        d = document_from_text(text, path=name)
        classify_document(d)
        extract_fields(d)
        more.append(d)
    v = reconcile("t", decl, docs() + more, catalog)
    assert v.award_tier_wan == 250
    assert v.verdict_pending and v.award_tier_if_confirmed_wan == 500
    assert v.to_json()["award_tier_if_confirmed_wan"] == 500


def test_a_statement_with_several_incoming_rows_is_read_at_the_declared_customer_s_row():
    def line(cells):
        widths = (12, 8, 14, 14, 14, 34)
        return "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    text = "\n".join(["中国银行单位账户交易明细", f"账户名称 {APPLICANT} 账号 100200300400",
                      line(("交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名")),
                      line(("2023-11-01", "往来款", "", "30,000.00", "530,000.00", "天津华拓精工机械有限公司")),
                      line(("2023-11-03", "转账", "", "3,000,000.00", "3,530,000.00", CUSTOMER))])
    statement = _doc("b.pdf", text)
    assert "payer" not in statement.fields          # alone, the page cannot tell which row
    ds = [d for d in docs() if d.path != "b.pdf"] + [statement]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert statement.value("payer") == CUSTOMER and statement.value("amount_yuan") == Decimal("3000000.00")
    assert kinds(v) == []


def test_a_batch_transfer_is_read_at_the_row_that_pays_the_applicant():
    """A batch lists payments to several firms; the page's total and its other payees are no
    payment of this submission: the row paying the applicant is, with the batch's payer."""
    text = (f"企业网银 批量转账 批次明细\n批次号 PL2023110300\n付款账户：6222000011112222{CUSTOMER}\n"
            "提交时间：2023-11-01 10:00:00\n序号 收款户名 收款账号 收款银行 金额（元） 用途\n"
            "1 天津华拓精工机械有限公司 11112222333344 工商银行 30,000.00 材料款\n"
            f"2 {APPLICANT} 55556666777788 中国银行 3,000,000.00 项目款\n"
            "3 天津市顺达物流有限公司 99990000111122 建设银行 1,250.50 运费\n"
            "共3笔，合计金额：3,031,250.50元")
    batch = _doc("b.pdf", text)
    assert batch.value("payer") == CUSTOMER
    assert "amount_yuan" not in batch.fields and "payee" not in batch.fields   # not the total, not a row at random
    assert len(batch.transactions) == 3
    ds = [d for d in docs() if d.path != "b.pdf"] + [batch]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert batch.value("payee") == APPLICANT and batch.value("amount_yuan") == Decimal("3000000.00")
    assert kinds(v) == []


def test_the_customers_bank_journal_is_read_at_the_row_that_pays_the_applicant():
    """The customer's own 银行存款日记账: the book is the customer's (核算单位), its 贷方 rows its
    payments; money it received (借方) and its other payments are no payment of this submission."""
    w = (7, 7, 12, 24, 14, 14, 14)

    def row(*cells):
        return "".join(c.ljust(n) for c, n in zip(cells, w)).rstrip()
    text = ("银行存款日记账\n"
            f"核算单位：{CUSTOMER} 科目：1002银行存款 期间：2023年11期\n"
            + row("日期", "凭证号", "摘要", "对方单位", "借方", "贷方", "余额") + "\n"
            + row("10-30", "记-08", "收到货款", "天津华拓精工机械有限公司", "75,000.00", "", "9,075,000.00") + "\n"
            + row("11-01", "记-09", "付项目款", APPLICANT, "", "3,000,000.00", "6,075,000.00") + "\n"
            + row("11-02", "记-10", "付运费", "天津市顺达物流有限公司", "", "1,250.50", "6,073,749.50") + "\n")
    journal = _doc("b.pdf", text)
    assert journal.doc_type == "payment_proof" and journal.value("payer") == CUSTOMER
    assert "amount_yuan" not in journal.fields and "payee" not in journal.fields
    ds = [d for d in docs() if d.path != "b.pdf"] + [journal]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert journal.value("payee") == APPLICANT and journal.value("amount_yuan") == Decimal("3000000.00")
    assert journal.value("date") == date(2023, 11, 1)
    assert kinds(v) == []


def test_a_page_of_several_receipts_is_read_at_the_receipt_that_pays_the_applicant():
    """Three receipts printed on one page: the applicant paying its water bill and its pension
    fund, and the customer paying the applicant. Each receipt is read on its own; the page as a
    whole states no payment until the receipt that pays the applicant is chosen."""
    def receipt(when, payer, payee, figure, words, purpose):
        return (f"某某农商银行河北支行 电子回单\n交易日期 {when} 回单编号 {when.replace('-', '')}77\n"
                f"付款人 {payer} 收款人 {payee}\n金额 ¥{figure} 大写 人民币{words}\n用途 {purpose}\n")
    text = (receipt("2023-01-20", APPLICANT, "天津市自来水集团有限公司", "12,345.00", "壹万贰仟叁佰肆拾伍元整", "水费")
            + receipt("2023-11-05", CUSTOMER, APPLICANT, "3,000,000.00", "叁佰万元整", "项目款")
            + receipt("2023-03-15", APPLICANT, "天津市河东区养老保险中心", "67,800.00", "陆万柒仟捌佰元整", "养老金"))
    page = _doc("b.pdf", text)
    assert len(page.transactions) == 3
    assert not {"amount_yuan", "payee", "payer", "date"} & page.fields.keys()   # no receipt at random
    ds = [d for d in docs() if d.path != "b.pdf"] + [page]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert (page.value("payer"), page.value("payee")) == (CUSTOMER, APPLICANT)
    assert page.value("amount_yuan") == Decimal("3000000.00") and page.value("date") == date(2023, 11, 5)
    assert kinds(v) == []


def test_two_copies_of_one_receipt_on_a_page_are_one_payment():
    one = (f"某某银行 电子回单\n交易日期 2023-11-05\n付款人 {CUSTOMER} 收款人 {APPLICANT}\n"
           "金额 ¥3,000,000.00 大写 人民币叁佰万元整\n")
    page = _doc("b.pdf", one + one)
    assert page.transactions == []
    assert page.value("amount_yuan") == Decimal("3000000.00") and page.value("payer") == CUSTOMER


def test_a_failed_acceptance_is_superseded_by_a_later_passed_one_and_not_the_other_way_round():
    recheck = _doc("r.pdf", f"项目复验报告\n合同编号：HT-2023-017\n验收单位：{CUSTOMER}\n承建单位：{APPLICANT}\n"
                            "验收日期：2023年11月20日\n验收结论：合格")
    first_failed = docs(acceptance_result="不合格", acceptance_date="2023年10月12日")
    v = reconcile("t", declaration(), first_failed + [recheck], CATALOG)
    assert ("acceptance_not_passed", "HT-2023-017", "confirmed") not in kinds(v)
    late_failure = _doc("r.pdf", f"项目复验报告\n合同编号：HT-2023-017\n验收单位：{CUSTOMER}\n承建单位：{APPLICANT}\n"
                                 "验收日期：2023年12月20日\n验收结论：不合格")
    v = reconcile("t", declaration(), docs() + [late_failure], CATALOG)
    assert ("acceptance_not_passed", "HT-2023-017", "confirmed") in kinds(v)


def test_an_unlinked_notice_naming_the_customer_nearly_makes_the_missing_proof_a_question():
    # read too far off to link (four places, more than OCR's look-alikes explain), no number, no amount
    misread = CUSTOMER.replace("智造科技", "知道料枝")
    notice = _doc("c.pdf", f"中标通知书\n致：{APPLICANT}\n招标人：{misread}\n2023年2月1日", method="ocr:tesseract")
    ds = [d for d in docs() if d.path != "c.pdf"] + [notice]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert ("missing_procurement_proof", "HT-2023-017", "needs_review") in kinds(v)
    assert ("missing_procurement_proof", "HT-2023-017", "confirmed") not in kinds(v)


def test_a_notice_of_a_customer_with_two_contracts_that_names_neither_makes_both_gaps_questions():
    second = DeclaredContract(
        row=4, seq="2", customer=CUSTOMER, customer_uscc=CUSTOMER_CODE, contract_no="HT-2023-018",
        contract_name="二期", amount_yuan=Decimal("2000000"), signed_on=date(2023, 5, 1),
        accepted_on=date(2023, 11, 1), declared_sme=True, employees=200, revenue_wan=Decimal("8000"),
        declared_tianjin=True)
    decl = declaration()
    decl.contracts.append(second)
    misread = CUSTOMER.replace("技", "枝")         # OCR: one character off, still the same name
    notice = _doc("c.pdf", f"中标通知书\n致：{APPLICANT}\n招标人：{misread}\n2023年2月1日", method="ocr:tesseract")
    ds = [d for d in docs() if d.path != "c.pdf"] + [notice]
    v = reconcile("t", decl, ds, CATALOG)
    proofs = [k for k in kinds(v) if k[0] == "missing_procurement_proof"]
    assert proofs and all(status == "needs_review" for _, _, status in proofs)


def test_a_batch_without_a_date_gives_no_date_rather_than_an_empty_one():
    text = (f"企业网银 批量转账 批次明细\n批次号 PL2023110300\n付款账户：6222000011112222{CUSTOMER}\n"
            "序号 收款户名 收款账号 收款银行 金额（元） 用途\n"
            "1 天津华拓精工机械有限公司 11112222333344 工商银行 30,000.00 材料款\n"
            f"2 {APPLICANT} 55556666777788 中国银行 3,000,000.00 项目款\n"
            "共2笔，合计金额：3,030,000.00元")
    batch = _doc("b.pdf", text)
    assert len(batch.transactions) == 2
    assert all("date" not in row for row in batch.transactions) and batch.value("date") is None
    ds = [d for d in docs() if d.path != "b.pdf"] + [batch]
    reconcile("t", declaration(), ds, CATALOG)     # no crash on a dateless payment
    assert batch.value("payee") == APPLICANT


def test_a_garbled_reading_that_resembles_the_applicant_in_the_customer_s_place_is_a_question():
    """天津华创工业互联网有限公司 read as 天沣华刨工业互联冈有限公司 where the customer stands: the
    roles were read reversed, no third party is named; from a text layer it would stand."""
    garbled = "天沣华刨工业互联冈有限公司"
    scanned = _doc("a.pdf", f"项目验收报告\n合同编号：HT-2023-017\n验收单位：{garbled}\n"
                            f"验收日期：2023年10月12日\n验收结论：合格", method="ocr:tesseract")
    ds = [scanned] + [d for d in docs() if d.path != "a.pdf"]
    assert ("party_mismatch", "HT-2023-017", "needs_review") in kinds(reconcile("t", declaration(), ds, CATALOG))
    third = _doc("a.pdf", scanned.text.replace(garbled, "北京精工机械股份有限公司"), method="ocr:tesseract")
    ds = [third] + [d for d in docs() if d.path != "a.pdf"]
    assert ("party_mismatch", "HT-2023-017", "confirmed") in kinds(reconcile("t", declaration(), ds, CATALOG))


def test_a_contract_the_applicant_buys_under_is_its_subcontract_whatever_the_title():
    """An outsourcing contract with the applicant as 甲方 (the buyer) is its own purchase: a
    subcontract by its parties, stated so, and no evidence of a customer's contract."""
    bought = _doc("s.pdf", "技术人员驻场服务外包合同\nNo. WB-2024-07\n"
                           f"用工方（甲方） {APPLICANT}\n服务方（乙方） 天津市北辰区精益软件有限公司\n"
                           "服务费合计人民币壹拾万元整（￥100,000.00）。\n本合同自2024年2月17日起生效。")
    assert bought.doc_type == "contract" and bought.value("contract_no") == "WB-2024-07"
    v = reconcile("t", declaration(), docs() + [bought], CATALOG)
    assert bought.doc_type == "subcontract" and bought.kind_recognised
    assert any("买方" in s for s in bought.kind_statements)
    assert all(bought not in ce.documents["contract"] for ce in v.contracts)
    assert kinds(v) == []
    sold = _doc("t.pdf", "技术服务外包合同\n"
                         f"委托方（甲方） {CUSTOMER}\n服务方（乙方） {APPLICANT}\n合同编号：HT-2023-017\n"
                         "合同总价人民币叁佰万元整（￥3,000,000.00）。\n本合同自2023年3月1日起生效。")
    reconcile("t", declaration(), docs() + [sold], CATALOG)
    assert sold.doc_type == "contract"


def test_an_ocr_contract_number_with_confusable_characters_is_recorded_as_declared():
    """HT-2O23-0l7 (O for 0, l for 1) on a scan is the declared HT-2023-017, with the reading
    stated; the same characters in a text layer stay as printed."""
    def receipt(method: str):
        return _doc("b.pdf", f"中国工商银行 电子回单\n付款人户名 {CUSTOMER} 收款人户名 {APPLICANT}\n"
                             "金额（小写） ¥3,000,000.00\n交易日期 2023-11-01\n合同编号：HT-2O23-0l7", method=method)
    scanned = receipt("ocr:tesseract")
    v = reconcile("t", declaration(), [d for d in docs() if d.path != "b.pdf"] + [scanned], CATALOG)
    assert scanned.value("contract_no") == "HT-2023-017"
    assert any("读作「HT-2O23-0l7」" in c for c in scanned.fields["contract_no"].checks)
    assert kinds(v) == []
    printed = receipt("text_layer")
    reconcile("t", declaration(), [d for d in docs() if d.path != "b.pdf"] + [printed], CATALOG)
    assert printed.value("contract_no") == "HT-2O23-0l7"


def test_a_page_of_several_award_notices_states_the_contract_s_amount_in_its_own_notice():
    """A newspaper page prints several 中标公告, each with its 中标金额: the one equal to the
    declared amount is this contract's, stated so; a page whose figures all differ stays a gap."""
    def clipping(second: str):
        return _doc("c.pdf", "招标采购版\n中标公告\n项目：仓储改造 招标人：丙东物流有限公司 中标金额：5,250,000.00元\n"
                             f"中标公告\n招标人：{CUSTOMER} 中标人：{APPLICANT}\n合同编号：HT-2023-017\n"
                             f"中标金额：{second}元\n2023年2月1日")
    page = clipping("3,000,000.00")
    v = reconcile("t", declaration(), [d for d in docs() if d.path != "c.pdf"] + [page], CATALOG)
    assert page.value("amount_yuan") == Decimal("3000000.00") and page.value("customer") == CUSTOMER
    assert any("多个金额" in c for c in page.fields["amount_yuan"].checks)
    assert kinds(v) == []
    # none of its figures is the declared one: which is this contract's is a question
    other = clipping("3,600,000.00")
    v = reconcile("t", declaration(), [d for d in docs() if d.path != "c.pdf"] + [other], CATALOG)
    assert ("amount_mismatch", "HT-2023-017", "needs_review") in kinds(v)


def test_a_branch_of_the_customer_paying_is_not_the_customer():
    """The programme asks the declared customer's own payment (format: payer ≠ declared customer is
    party_mismatch); a branch pays in its own name: a mismatch naming the branch. An unsure OCR
    reading of such a name stays a question."""
    v = reconcile("t", declaration(), docs(payer=CUSTOMER.replace("有限公司", "有限公司天津分公司")), CATALOG)
    assert ("party_mismatch", "HT-2023-017", "confirmed") in kinds(v)
    gap = next(g for g in v.book.gaps if g.kind == "party_mismatch")
    assert "分支机构（天津分公司）" in gap.message


def test_a_notice_naming_the_customer_first_keeps_that_name_over_a_later_cut_one():
    """The other names a page's labels hold are looked at only when the first is not the declared
    one: a signature line cut at its end (…有限 | 公司) must not replace a whole name."""
    notice = _doc("c.pdf", f"采购订单\n合同编号：HT-2023-017\n采购方 {CUSTOMER}\n供应方 {APPLICANT}\n"
                           "订单金额：人民币叁佰万元整（¥3,000,000.00）\n订单日期 2023-02-01\n"
                           f"采购方（盖章）：{CUSTOMER[:-2]} 供应方确认：{APPLICANT}\n公司")
    v = reconcile("t", declaration(), [d for d in docs() if d.path != "c.pdf"] + [notice], CATALOG)
    assert notice.value("customer") == CUSTOMER
    assert kinds(v) == []


def test_reconciling_the_same_documents_again_gives_the_same_verification():
    """Reconciliation settles values on the documents it is given (stated in their checks);
    doing it again on them must neither change a finding nor state a repair twice."""
    ds = docs(paid="¥1,000,000.00")
    ds.append(_doc("d.pdf", f"中国银行 付款回单\n付款人名称 北京精工机械股份有限公司 收款人名称 {APPLICANT}\n"
                            f"金额 ¥2,000,000.00\n交易日期 2023-11-20\n附言 设备款"))
    first = reconcile("t", declaration(), ds, CATALOG)
    fields_then = {d.path: {k: (v.value, list(v.checks)) for k, v in d.fields.items()} for d in ds}
    again = reconcile("t", declaration(), ds, CATALOG)
    assert kinds(again) == kinds(first) and again.award_tier_wan == first.award_tier_wan
    assert {d.path: {k: (v.value, list(v.checks)) for k, v in d.fields.items()} for d in ds} == fields_then


def test_an_ocr_reading_whose_legal_form_is_broken_is_a_question_not_another_party():
    """天美森品科行限公司: 有限公司 read as 行限公司 says the name was misread; from a scan that
    is a question for the reviewer, from a text layer it is what the page prints."""
    notice = ("中标通知书\n致：" + APPLICANT + "\n中标金额：人民币叁佰万元整（¥3,000,000.00）\n"
              "招标人：{name}\n合同编号：HT-2023-017\n2023年2月1日")
    for method, expected_status in (("ocr:rapidocr", "needs_review"), ("text_layer", "confirmed")):
        ds = [d for d in docs() if d.path != "c.pdf"] + [_doc("c.pdf", notice.format(name="天美森区选科行限公司"), method)]
        gaps = [g for g in reconcile("t", declaration(), ds, CATALOG).book.gaps if g.kind == "party_mismatch"]
        assert [(g.status, "行限公司" in (g.review_reason or "")) for g in gaps] == \
            [(expected_status, expected_status == "needs_review")]


def test_a_declared_project_named_on_a_paper_links_it_and_a_close_reading_makes_its_absence_a_question():
    from pipeline.reconcile.contracts import names_project, project_core
    core = project_core("智能产线数据采集平台建设合同")
    assert core == "智能产线数据采集平台"
    assert names_project("项目名称：智能产线数据采集平台\n", core) == "exact"
    assert names_project("项目：智能产线采集平台\n", core) == "close"            # OCR lost two characters
    assert names_project("智能手机产线与数据中心的采集和平台运维", core) is None  # scattered over a long line
    decl = declaration(contract_name="智能产线数据采集平台建设合同")
    # an acceptance that names neither the number nor a readable customer, only the project
    garbled = "项目验收报告\n项目：智能产线数据采集平台\n验收单位：（印章遮挡，未能识别）\n验收日期：2023年10月12日\n验收结论：合格"
    ds = [d for d in docs() if d.path != "a.pdf"] + [_doc("a.pdf", garbled, "ocr:rapidocr")]
    v = reconcile("t", decl, ds, CATALOG)
    assert "项目名称" in v.contracts[0].link_reasons.get("a.pdf", "")
    close = garbled.replace("智能产线数据采集平台", "智能产线采集平台")
    ds = [d for d in docs() if d.path != "a.pdf"] + [_doc("a.pdf", close, "ocr:rapidocr")]
    # a close reading counts with another sign (here the customer's place, read as something similar)
    assert "项目名称（相似）" in reconcile("t", decl, ds, CATALOG).contracts[0].link_reasons.get("a.pdf", "")
    # a paper of no known kind naming the project closely: the missing acceptance is a question
    ds = [d for d in docs() if d.path != "a.pdf"] + [_doc("x.pdf", "情况说明\n关于智能产线采集平台的有关情况\n", "ocr:rapidocr")]
    gaps = [g for g in reconcile("t", decl, ds, CATALOG).book.gaps if g.kind == "missing_acceptance_report"]
    assert [g.status for g in gaps] == ["needs_review"]


def test_a_printed_name_that_adds_a_group_word_names_the_parent_not_a_misreading():
    """A text layer cannot misread: 集团 in the payer's name names the customer's parent, a
    confirmed party mismatch; the same from a scan stays a question."""
    parent = "天津市滨海新区智造科技集团有限公司"
    for method, status in (("text_layer", "confirmed"), ("ocr:rapidocr", "needs_review")):
        ds = [d for d in docs() if d.path != "b.pdf"] + [_doc("b.pdf", f"中国工商银行 电子回单\\n付款人户名 {parent} 收款人户名 {APPLICANT}\\n"
                                                                   f"金额（小写） ¥3,000,000.00\\n交易日期 2023-11-01\\n用途 合同HT-2023-017款", method)]
        gaps = [g for g in reconcile("t", declaration(), ds, CATALOG).book.gaps if g.kind == "party_mismatch"]
        assert [g.status for g in gaps] == [status], method


def test_contract_numbers_compare_as_ocr_leaves_them():
    from pipeline.reconcile.contracts import fold_code
    assert fold_code("ABCA-2023-25603") == fold_code("ABC4-202325603")     # A read as 4, a hyphen dropped
    assert fold_code("HG-2023-006") == fold_code("H6-2023-OO6")
    assert fold_code("HT-2023-017") != fold_code("HT-2023-018")


def test_a_payment_that_names_nothing_makes_a_payment_shortfall_a_question():
    papers = docs(paid="¥2,000,000.00")
    unread = document_from_text("某某银行本票\n凭票即付 人民币（大写） 童抽叠装画检\n出票行签章", path="d.pdf")
    classify_document(unread)
    extract_fields(unread)
    assert unread.doc_type == "payment_proof"
    v = reconcile("t", declaration(), papers + [unread], CATALOG)
    assert ("amount_mismatch", "HT-2023-017", "needs_review") in kinds(v)
    assert ("amount_mismatch", "HT-2023-017", "confirmed") not in kinds(v)


def test_an_ocr_name_whose_legal_form_was_misread_is_a_question_not_another_firm():
    text = (f"项目验收报告\n合同编号：HT-2023-017\n验收单位：天津市滨海兴巨智铅料技耀行公司\n"
            f"承建单位：{APPLICANT}\n合同金额：¥3,000,000.00\n验收日期：2023年10月12日\n验收结论：合格")
    papers = docs()
    scanned = document_from_text(text, path="a.pdf", method="ocr:rapidocr")
    classify_document(scanned)
    extract_fields(scanned)
    v = reconcile("t", declaration(), [scanned] + papers[1:], CATALOG)
    assert ("party_mismatch", "HT-2023-017", "needs_review") in kinds(v)
    assert ("party_mismatch", "HT-2023-017", "confirmed") not in kinds(v)


@pytest.mark.parametrize("stated,status", [("¥2,000.00", "needs_review"), ("¥1,500.00", "confirmed")])
def test_a_stated_amount_that_is_the_declared_figures_head_or_tail_is_a_question(stated, status):
    # 2,000.00 reads the tail of 3,002,000.00 (the head lost to a wrap); 1,500.00 is no part of it
    v = reconcile("t", declaration(amount_yuan=Decimal("3002000")),
                  docs(acceptance_amount=stated, paid="¥3,002,000.00"), CATALOG)
    assert ("amount_mismatch", "HT-2023-017", status) in kinds(v)


def test_a_second_paper_taken_for_the_contract_by_its_title_alone_makes_a_missing_acceptance_a_question():
    """The contract is there, stated by its parties; a second paper read as `contract` only from a
    title word, which mentions an acceptance, may be the acceptance the reader did not know."""
    contract = _doc("k.pdf", f"技术服务合同\n合同编号：HT-2023-017\n甲方：{CUSTOMER}\n乙方：{APPLICANT}\n"
                             f"经双方友好协商一致，签订本合同。\n合同金额：¥3,000,000.00\n签订日期：2023年3月1日")
    second = _doc("s.pdf", "项目合同执行节点表\n合同编号 HT-2023-017\n节点 交付 2023-09-01\n"
                           "节点 验收 验收日期 2023-10-12 用户签字")
    assert second.doc_type == "contract" and not second.kind_statements
    ds = [d for d in docs() if d.path != "a.pdf"] + [contract, second]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert ("missing_acceptance_report", "HT-2023-017", "needs_review") in kinds(v)
    gap = next(g for g in v.book.gaps if g.kind == "missing_acceptance_report")
    assert "s.pdf" in gap.documents


def test_the_contract_s_own_paper_alone_leaves_a_missing_acceptance_confirmed():
    contract = _doc("k.pdf", f"技术服务合同\n合同编号：HT-2023-017\n甲方：{CUSTOMER}\n乙方：{APPLICANT}\n"
                             f"经双方友好协商一致，签订本合同。\n合同金额：¥3,000,000.00\n签订日期：2023年3月1日")
    ds = [d for d in docs() if d.path != "a.pdf"] + [contract]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert ("missing_acceptance_report", "HT-2023-017", "confirmed") in kinds(v)


def test_a_group_notice_is_read_at_the_row_of_the_declared_customer():
    """A group's notice of central procurement addressed to all its units lists one row per unit
    (执行单位 | 中选供应商 | 中选金额（万元）): it is the declared customer's notice by its row, whose
    unit is the customer and whose figure the amount; a row with another figure is a gap of it."""
    def notice(figure: str):
        return _doc("c.pdf", "示例控股集团有限公司\n关于集中采购结果执行的通知\n各所属单位：\n"
                             "集团采购中心组织的集中采购已完成评审，请各执行单位与中选供应商签订合同。\n"
                             "序号 执行单位（采购单位） 中选供应商 中选金额（万元）\n"
                             "1 天津丙东物流有限公司 天津乙西软件有限公司 126.8\n"
                             f"2 {CUSTOMER} {APPLICANT} {figure}\n"
                             "示例控股集团有限公司采购中心\n2023年2月1日")
    page = notice("300")
    v = reconcile("t", declaration(), [d for d in docs() if d.path != "c.pdf"] + [page], CATALOG)
    assert page.value("customer") == CUSTOMER and page.value("amount_yuan") == Decimal("3000000.00")
    assert not page.fields["amount_yuan"].needs_review
    assert kinds(v) == []
    other = notice("310")
    v = reconcile("t", declaration(), [d for d in docs() if d.path != "c.pdf"] + [other], CATALOG)
    assert other.value("amount_yuan") == Decimal("3100000.00")
    assert ("amount_mismatch", "HT-2023-017", "confirmed") in kinds(v)


def test_a_group_notice_goes_to_the_contract_whose_amount_its_customers_row_states():
    """The declared customer has two contracts; the notice names it in a row that is not the
    first, with the figure of one of them: the notice is that contract's."""
    from dataclasses import replace as _replace
    decl = declaration()
    second = _replace(decl.contracts[0], row=4, seq="2", contract_no="HT-2023-099", contract_name="仓储系统",
                      amount_yuan=Decimal("1500000"))
    decl.contracts.append(second)
    page = _doc("c.pdf", "示例控股集团有限公司\n关于集中采购结果执行的通知\n各所属单位：\n"
                         "集团采购中心组织的集中采购已完成评审，请各执行单位与中选供应商签订合同。\n"
                         "序号 执行单位（采购单位） 中选供应商 中选金额（万元）\n"
                         "1 天津丙东物流有限公司 天津乙西软件有限公司 126.8\n"
                         f"2 {CUSTOMER} {APPLICANT} 150\n"
                         "示例控股集团有限公司采购中心\n2023年2月1日")
    v = reconcile("t", decl, [page], CATALOG)
    linked = [ce.declared.contract_no for ce in v.contracts if page in ce.documents["procurement_proof"]]
    assert linked == ["HT-2023-099"]


def _transfer_query(rows: str) -> str:
    return (f"网上银行 转账汇款>交易查询\n账户名称：{CUSTOMER}\n付款账号：6222000011112222\n"
            "查询区间：2023-11-01至2023-11-01\n交易时间 收款户名 收款账号 金额(元) 用途 状态\n"
            + rows + "共3笔 打印时间：2024-02-01 09:30:00")


def test_a_transfer_query_is_the_row_citing_the_contract_with_its_wrapped_cells_joined():
    """A customer's print of its account's transfers out: the holder paid every row; the row
    citing the contract is the payment, its payee's name and its code cut where cells wrapped."""
    rows = ("2023-11-01 08 天津市顺达物流有限公司 99990000111122 8,800.00 运费 成功\n:15 22\n"
            "2023-11-01 11 天津华创工业 55556666777788 3,000,000.00 支付HT-2023-0 成功\n"
            ":02 互联网有限公司 99 17合同款\n"
            "2023-11-01 14 天津市华拓精工机械有限公司 11112222333344 30,000.00 材料款 成功\n:40 55\n")
    paid = _doc("b.pdf", _transfer_query(rows))
    assert len(paid.transactions) == 3
    assert (paid.value("payer"), paid.value("payee")) == (CUSTOMER, APPLICANT)
    assert paid.value("amount_yuan") == Decimal("3000000.00") and paid.value("contract_no") == "HT-2023-017"
    ds = [d for d in docs() if d.path != "b.pdf"] + [paid]
    assert not [k for k in kinds(reconcile("t", declaration(), ds, CATALOG)) if k[0] == "party_mismatch"]


def test_a_transfer_query_citing_no_contract_is_the_row_that_pays_the_applicant():
    rows = ("2023-11-01 08 天津市顺达物流有限公司 99990000111122 8,800.00 运费 成功\n"
            f"2023-11-01 11 {APPLICANT} 55556666777788 3,000,000.00 服务费 成功\n"
            "2023-11-01 14 天津市华拓精工机械有限公司 11112222333344 30,000.00 材料款 成功\n")
    paid = _doc("b.pdf", _transfer_query(rows))
    assert "amount_yuan" not in paid.fields and "payee" not in paid.fields   # no row at random
    ds = [d for d in docs() if d.path != "b.pdf"] + [paid]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert paid.value("payee") == APPLICANT and paid.value("amount_yuan") == Decimal("3000000.00")
    assert not [k for k in kinds(v) if k[0] == "party_mismatch"]


def test_the_payer_every_row_of_a_list_shares_stays_as_the_page_reads_it_when_the_row_is_chosen():
    """The holder is each row's payer alike: choosing the applicant's row does not put back a
    worse reading of it over the one the page's fields already hold (another engine's)."""
    rows = ("2023-11-01 08 天津市顺达物流有限公司 99990000111122 8,800.00 运费 成功\n"
            f"2023-11-01 11 {APPLICANT} 55556666777788 3,000,000.00 服务费 成功\n")
    misread = CUSTOMER.replace("智造", "智适")
    paid = _doc("b.pdf", _transfer_query(rows).replace(CUSTOMER, misread))
    assert paid.value("payer") == misread
    better = _doc("x.pdf", f"中国工商银行 电子回单\n付款人户名 {CUSTOMER}\n").fields["payer"]
    paid.fields["payer"] = better
    ds = [d for d in docs() if d.path != "b.pdf"] + [paid]
    reconcile("t", declaration(), ds, CATALOG)
    assert paid.value("payee") == APPLICANT and paid.value("payer") == CUSTOMER


def test_a_paper_read_as_a_kind_the_cycle_does_not_use_makes_the_missing_proof_a_question():
    """A customer's minutes choosing the applicant read as a meeting record: the support cycle
    asks for no meeting records, so a paper naming the contract and read as one is more likely
    the missing evidence misread than a meeting record; its gap is a question. The assessment
    cycle uses meeting records, and the same paper there founds nothing."""
    minutes = _doc("m.pdf", f"总经理办公会会议纪要\n会议时间：2023年2月1日\n议题一：关于合同HT-2023-017的实施\n"
                            f"参会人员：张某、李某\n会议认为，{APPLICANT}方案可行。")
    assert minutes.doc_type == "meeting_record" and minutes.kind_recognised
    ds = [d for d in docs() if d.path != "c.pdf"] + [minutes]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert ("missing_procurement_proof", "HT-2023-017", "needs_review") in kinds(v)
    gap = next(g for g in v.book.gaps if g.kind == "missing_procurement_proof")
    assert "会议材料" in gap.review_reason and "m.pdf" in gap.review_reason
    without = reconcile("t", declaration(), [d for d in docs() if d.path != "c.pdf"], CATALOG)
    assert ("missing_procurement_proof", "HT-2023-017", "confirmed") in kinds(without)


def test_a_known_look_alike_naming_the_contract_leaves_the_missing_proof_confirmed():
    # a paper the vocabulary recognises as other (a registration certificate of the contract)
    # is no evidence by what it states: the gap stays confirmed
    registration = _doc("r.pdf", f"技术合同认定登记证明\n合同名称：智能产线\n合同编号：HT-2023-017\n"
                                 f"卖方：{APPLICANT}\n买方：{CUSTOMER}\n经审查，该合同予以认定登记。")
    assert registration.doc_type == "other" and registration.kind_recognised
    ds = [d for d in docs() if d.path != "c.pdf"] + [registration]
    v = reconcile("t", declaration(), ds, CATALOG)
    assert ("missing_procurement_proof", "HT-2023-017", "confirmed") in kinds(v)


def test_an_address_in_tianjin_without_its_district_does_not_contradict_a_tianjin_code():
    from pipeline.extract.fields import classify_document, extract_fields
    ds = docs()
    bid = next(d for d in ds if d.doc_type == "procurement_proof")
    fresh = document_from_text(bid.text.replace("天津市滨海新区第三大街16号", "天津市工业园区28大街170号"), path="c.pdf")
    classify_document(fresh)
    extract_fields(fresh)
    ds = [d for d in ds if d.path != "c.pdf"] + [fresh]
    assert kinds(reconcile("t", declaration(), ds, CATALOG)) == []


def test_an_out_of_period_date_on_a_paper_without_a_conclusion_is_a_question():
    ds = docs(acceptance_date="2022年11月5日")
    acc = next(d for d in ds if d.doc_type == "acceptance_report")
    acc.fields.pop("result")
    found = kinds(reconcile("t", declaration(), ds, CATALOG))
    assert ("date_out_of_period", "HT-2023-017", "needs_review") in found
