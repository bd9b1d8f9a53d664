"""A customer's web notice of an acceptance result speaks of itself as 我公司 and signs at the
foot; a bracketed aside (项目名（合同编号：…，实施单位：Y）) names the contractor, not the subject
of the sentence. An award letter is signed by the buyer above the supplier's reply slip (回执);
a bid record names the winner by its rank (排名第一的X); an OCR'd figure that lost one
thousands comma (2,350000.00) is still read, with a note."""

from __future__ import annotations

from decimal import Decimal

from helpers.textdocs import read_text_document

BUYER = "天津示例港务机械有限公司"
VENDOR = "天津样本数智科技有限公司"


def test_a_web_notice_of_an_acceptance_result_is_an_acceptance_report_of_its_publisher():
    text = ("2024/05/06 09:30 项目验收结果公示-某某网站\n首页>信息公开>公告\n关于仓储物流系统升级验收结果的公示\n"
            "发布日期：2023-04-02 阅读：77\n"
            f"我公司仓储物流系统升级项目（合同号：AB-77-1234，实施单位：{VENDOR}）已于2023年3月28日组织完成"
            "项目验收。验收小组对照合同逐项检查，结论为：验收合格。\n"
            "特此公示，公示期自2023年4月2日起七日。\n"
            f"{BUYER}\n2023年4月2日\n")
    doc = read_text_document(text)
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["customer"].value == BUYER
    assert doc.fields["supplier"].value == VENDOR
    assert doc.fields["result"].value == "passed"


def test_the_customer_of_an_award_letter_signs_above_the_suppliers_reply_slip():
    text = (f"中标通知及授予函\n{VENDOR}：\n"
            "贵公司就“厂区照明改造”提交的最终报价为2,360,000.00元，我公司确认接受，并将本项目授予贵公司。\n"
            "请于收到本函后五日内签字盖章回传。\n"
            f"{BUYER}\n2023年5月9日\n"
            f"回执：本公司已收悉上述内容。\n{VENDOR}（盖章）\n")
    doc = read_text_document(text)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["customer"].value == BUYER


def test_the_winner_named_by_its_rank_is_the_supplier_without_the_rank():
    text = (f"评标结果公示\n招标人：{BUYER}\n"
            f"经评标委员会评审，招标人确定排名第一的{VENDOR}为中标人，中标金额2,350,000.00元。\n"
            "公示日期：2023年6月1日")
    doc = read_text_document(text)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["supplier"].value == VENDOR


def test_a_figure_that_lost_one_thousands_comma_is_read_with_a_note():
    text = (f"定标结果通知\n招标人：{BUYER}\n"
            f"经评审，确定{VENDOR}为中标人，中标金额2,350000.00元。\n定标日期：2023年6月1日")
    doc = read_text_document(text)
    assert doc.fields["amount_yuan"].value == Decimal("2350000.00")
    assert any("千分位" in check for check in doc.fields["amount_yuan"].checks)
