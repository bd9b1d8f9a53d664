"""A buyer's letter telling a supplier it was selected (遴选/比选/选定/入选 …) is a procurement
result, whatever the procedure is called: texts written for these tests (no set's documents)."""

from decimal import Decimal

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values


def test_a_letter_telling_a_supplier_it_was_chosen_by_comparison_is_a_procurement_proof():
    doc = _read("丙东重工有限公司\n服务商甄选结果告知书\n乙南数控有限公司：\n"
                "我司“车间能耗监测改造”服务商甄选（甄选编号：ZX-23-118）已于2023年6月2日评审完毕。"
                "甄选小组依据甄选文件综合评议并报公司领导审批，确定贵司为本项目入选服务商。\n"
                "入选价格：人民币壹佰贰拾万元整（¥1,200,000.00）。\n"
                "请于十日内来我司洽谈合同事宜。参与甄选单位的履约保证金（¥20,000.00）将于合同签订后退还。\n"
                "丙东重工有限公司\n2023年6月9日\n")
    assert doc.doc_type == "procurement_proof"
    values = _values(doc)
    assert values["amount_yuan"] == "1200000.00"      # the selected price, not the deposit
    assert values["date"] == "2023-06-09"             # the letter's date, not the review's
    assert values["customer"] == "丙东重工有限公司"
    assert values.get("contract_no") is None          # a selection number is no contract number


def test_a_selection_notice_without_a_result_title_is_read_from_its_statement():
    doc = _read("甲北精工有限公司\n关于设备联网项目供应商的通知\n乙南数控有限公司：\n"
                "经我公司甄选，确定贵公司为设备联网项目入选单位，入选金额为人民币86万元。\n"
                "甲北精工有限公司\n2023年7月1日\n")
    assert doc.doc_type == "procurement_proof"
    assert Decimal(_values(doc)["amount_yuan"]) == Decimal("860000")
