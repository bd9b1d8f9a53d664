"""A selection result's own role labels (遴选人 for the buyer that ran the selection, 入选单位
for the supplier chosen), and a weekly progress report that cites a contract by name and
number: it reports progress, it is no contract. Texts written for these tests."""

from helpers.textdocs import field_values, read_text_document as _read


def test_the_selecting_party_and_the_selected_unit_are_read_by_their_labels():
    doc = _read("遴选结果通知书\n编号：QS-88-204\n南岭传感科技有限公司：\n"
                "根据《北川化工机械有限公司供应商管理规定》，我司组织召开“能耗在线监测项目”供应商遴选会，"
                "经评议，贵单位为入选单位，入选报价为86.50万元（含税）。本通知有效期至2022年9月30日。\n"
                "遴选人 北川化工机械有限公司\n入选单位 南岭传感科技有限公司\n通知日期 2022年8月1日\n"
                "北川化工机械有限公司物资部\n")
    assert doc.doc_type == "procurement_proof"
    values = field_values(doc)
    assert values["customer"] == "北川化工机械有限公司"
    assert values["supplier"] == "南岭传感科技有限公司"


def test_a_weekly_progress_report_naming_a_contract_is_no_contract():
    doc = _read("项目进度周报\n项目：仓储输送线改造项目合同（QK-7710-05）\n"
                "本周完成输送线调试，下周安排操作人员培训。\n")
    assert doc.doc_type == "other"
