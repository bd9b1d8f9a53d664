"""Procurement papers a customer writes for itself: a board resolution deciding whom to buy from,
an approval form whose chain of sign-offs ends on the day it is decided, a bilingual letter of
acceptance naming the Employer. Texts written for these tests."""

from datetime import date

from helpers.textdocs import read_text_document as _read

_RESOLUTION = ("示例东丽精工机械有限公司\n第一届董事会第三次会议决议\n"
               "示例东丽精工机械有限公司董事会于二〇二一年八月九日在公司会议室召开，应出席董事五名，"
               "实际出席董事五名。经与会董事审议，形成决议如下：\n"
               "一、审议通过《关于仓储管理系统项目选择服务商的议案》。同意选择北辰某某软件有限公司作为"
               "该项目服务商，合同价款为人民币1,380,000.00元。表决结果：同意5票，反对0票，弃权0票。\n"
               "二、审议通过《关于年度预算的议案》，年度预算调整为人民币20,000,000.00元。"
               "表决结果：同意5票，反对0票，弃权0票。\n"
               "示例东丽精工机械有限公司\n二〇二一年八月九日\n")


def test_a_resolution_choosing_the_supplier_is_procurement_evidence_not_an_acceptance():
    doc = _read(_RESOLUTION)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["customer"].value == "示例东丽精工机械有限公司"


_APPROVAL_FORM = ("示例河西仪表有限公司设备直接采购审批单\n"
                  "申请部门 设备部 申请日期 2021.06.01\n"
                  "采购事项 能源监测平台 采购方式 单一来源\n"
                  "预算金额 900,000.00元 拟采购金额 860,000.00元\n"
                  "拟选供应商 北辰某某软件有限公司\n"
                  "审批流程 意见 签字 日期\n"
                  "部门经理 同意 2021.06.02\n"
                  "财务部 同意采购 2021.06.08\n"
                  "总经理 批准 2021.06.15\n")


def test_an_approval_form_is_dated_by_its_last_sign_off_not_its_request():
    doc = _read(_APPROVAL_FORM)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["date"].value == date(2021, 6, 15)


def test_an_approval_form_is_issued_by_the_firm_its_title_names():
    doc = _read(_APPROVAL_FORM)
    assert doc.fields["customer"].value == "示例河西仪表有限公司"
    assert doc.fields["supplier"].value == "北辰某某软件有限公司"


def test_a_single_dated_approval_is_no_chain():
    doc = _read(_APPROVAL_FORM.replace("财务部 同意采购 2021.06.08\n总经理 批准 2021.06.15\n", ""))
    assert doc.fields["date"].value == date(2021, 6, 1)


_LETTER = ("中标函 LETTER OF ACCEPTANCE\n致To： 北辰某某软件有限公司\n"
           "业主Owner： 示例河东纸业有限公司\n项目Project： 能源管理系统\n"
           "日期Date： 2021年9月3日\n"
           "我方确认接受贵方于2021年8月20日递交的投标书。中标合同金额为人民币壹佰万元整（RMB 1,000,000.00）。\n"
           "This letter constitutes the acceptance of your Letter of Tender.\n"
           "授权代表签字：\n")


def test_a_letter_of_acceptance_names_its_employer_as_the_customer():
    doc = _read(_LETTER)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["customer"].value == "示例河东纸业有限公司"


_CALL_OFF = ("示例河北轴承有限公司\n框架协议供应商二次竞价结果通知\n框架协议编号： FW2020-118\n"
             "竞价编号： JJ2021070311\n竞价项目： 设备联网系统\n最高限价： 1,500,000.00元\n"
             "北辰某某软件有限公司：\n在本次二次竞价中，贵公司以1,320,000.00元的报价成交。"
             "请于五个工作日内签订项目合同。\n示例河北轴承有限公司 采购部\n2021.07.09\n")


def test_a_call_off_notice_asking_for_a_contract_states_no_contract_number():
    doc = _read(_CALL_OFF)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields.get("contract_no") is None


def test_an_order_under_a_framework_still_cites_the_framework_as_its_contract():
    doc = _read(_CALL_OFF.replace("请于五个工作日内签订项目合同。", "本次成交按框架协议条款执行。"))
    assert doc.fields["contract_no"].value == "FW2020-118"


def test_the_addressee_of_an_award_notice_is_not_the_buyer_organising_the_tender():
    doc = _read("中标通知书\n招标编号：ZB-2021-031\n北辰某某软件有限公司：\n我单位组织的能源管理系统项目招标，"
                "经评标委员会评审，确定贵单位为中标人，中标价为人民币壹佰万元整（1,000,000.00）。\n")
    customer = doc.fields.get("customer")
    assert customer is None or customer.value != "北辰某某软件有限公司"
