"""What a paper states decides whether it is an acceptance: a customer's written consent on a
service sheet or a close-out sheet's final sign-off is one; a supplier's request for acceptance
and a notice to a losing bidder are not (nor is the latter a procurement decision). Texts
written for these tests."""

from helpers.textdocs import read_text_document as _read
from pipeline.extract.classify import classify_text


def test_a_customer_consenting_to_acceptance_on_a_service_sheet_is_an_acceptance():
    text = ("北辰某某自动化有限公司 编号 0071\n维保工作记录单\n使用单位 西青示例机械有限公司\n"
            "合同编号 XY-88-017\n工作类别 □巡检 ■竣工交付\n进场时间 2021-05-02 08:30\n"
            "工作内容 完成设备联调与培训。\n用户意见 功能齐备，同意验收。\n用户签名 王某\n日期 2021.5.6\n")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report" and c.recognised
    doc = _read(text)
    assert doc.fields["result"].value == "passed"


def test_a_final_sign_off_wrapped_over_two_lines_passes_after_a_conditional_preliminary_check():
    text = ("验收问题销项确认表\n项目名称 示例产线改造 合同编号 QP-2020-77\n"
            "业主单位 东丽示例材料有限公司 承建单位 某某信息技术有限公司\n"
            "初验日期 2020年3月2日 初验结论 有条件通过，遗留问题2项\n"
            "1 界面卡顿 已关闭\n2 告警漏报 已关闭\n"
            "业主复核意见：遗留问题均已整改并复测，同意通过终\n验。\n"
            "终验确认日期：2020年4月9日\n")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report" and c.recognised
    doc = _read(text)
    assert doc.fields["result"].value == "passed"


def test_a_supplier_asking_for_acceptance_is_not_an_acceptance():
    text = ("某某工控技术有限公司\n关于提请示例仓储系统项目验收的函\n西青示例物流有限公司：\n"
            "我司承担的示例仓储系统（合同编号：AB-2019-05）已完工，试运行正常，具备验收条件。"
            "特提请贵公司组织验收。\n某某工控技术有限公司\n2019年6月3日\n")
    assert classify_text(text).doc_type == "other"


def test_an_acceptance_request_form_is_not_an_acceptance():
    text = ("项目验收申请表\n申请单位 某某工控技术有限公司\n合同编号 AB-2019-06\n"
            "现申请对本项目进行验收。\n申请日期 2019年7月1日\n")
    assert classify_text(text).doc_type == "other"


def test_a_notice_to_a_losing_bidder_is_not_a_procurement_decision():
    text = ("未成交结果通知\n南开示例设备有限公司：\n"
            "贵司参与的示例冷库改造项目磋商已结束，经评审，甲乙示例科技有限公司为成交供应商，"
            "成交金额880,000.00元。贵司未成交，感谢参与。\n东丽示例食品有限公司\n2018年4月2日\n")
    assert classify_text(text).doc_type == "other"


def test_a_notice_to_the_winner_stays_a_procurement_decision():
    text = ("成交通知书\n甲乙示例科技有限公司：\n"
            "经评审，确定贵司为示例冷库改造项目成交供应商，成交金额880,000.00元。\n"
            "东丽示例食品有限公司\n2018年4月2日\n")
    assert classify_text(text).doc_type == "procurement_proof"
