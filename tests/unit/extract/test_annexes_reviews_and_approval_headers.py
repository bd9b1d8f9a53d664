"""Look-alikes by what they state, and an approval record's own organisation, on texts written for
these tests: a contract's technical annex is not the contract, an expert review of a standard is not
the draft, an international working draft is a draft, and an approval screen names the firm whose
workflow approves under the line naming who submitted it."""

from helpers.textdocs import field_values, read_text_document

from pipeline.extract.classify import classify_text


def test_a_technical_annex_designated_in_brackets_under_its_title_is_not_a_contract():
    annex = classify_text("技术协议\n（QZ-2019-042合同附件三）\n需方：丁西机械有限公司\n供方：戊北电子有限公司\n"
                          "一、本协议为合同不可分割的组成部分，与合同具有同等法律效力。\n二、系统组成：控制柜3台。\n"
                          "需方代表：某某 供方代表：某某\n")
    assert annex.doc_type == "other" and annex.recognised


def test_a_bare_technical_agreement_without_terms_of_sale_is_no_contract_but_a_technical_service_one_is():
    bare = classify_text("技术协议\n需方：丁西机械有限公司\n供方：戊北电子有限公司\n1 性能指标：响应时间不大于2秒。\n"
                         "2 资料交付：设计联络后提交图纸。\n")
    assert bare.doc_type == "other"
    service = classify_text("技术服务协议\n甲方：丁西机械有限公司\n乙方：戊北电子有限公司\n"
                            "甲乙双方经友好协商，签订本协议。服务费用人民币伍万元整。\n")
    assert service.doc_type == "contract"


def test_an_expert_review_opinion_on_a_draft_standard_is_not_the_draft():
    review = classify_text("《仓储机器人安全通用要求》\n行业标准征求意见稿评审意见\n"
                           "2022年4月2日，某行业协会组织召开《仓储机器人安全通用要求》标准评审会。评审专家组听取了编制组的汇报，"
                           "对草案进行了审查，意见如下：\n一、结构合理。\n二、评审组同意该标准草案通过评审。\n"
                           "序号 姓名 单位 签字\n1 张三 某大学\n")
    assert review.doc_type == "other" and review.recognised
    draft = classify_text("T/XYZ 001—2022\n仓储机器人安全通用要求\n（征求意见稿）\n前言\n本文件按照GB/T 1.1—2020的规定起草。\n"
                          "1 范围\n本文件规定了仓储机器人的安全要求。\n2 规范性引用文件\n3 术语和定义\n")
    assert draft.doc_type == "standard_draft"


def test_an_international_working_draft_with_a_bilingual_cover_is_a_standard_draft():
    cover = classify_text("ISO TC 184/WG 9 Working Draft 中文译稿\nProject: ISO 2xxxx 文件号：184/77/WD\n"
                          "INTERNATIONAL ORGANIZATION FOR STANDARDIZATION\n国际标准化组织 工作组草案\n"
                          "Interface requirements for factory data hubs\n工厂数据枢纽接口要求\n"
                          "草案版本 WD 0.2\n分发日期 2022-05-06\n")
    assert cover.doc_type == "standard_draft"


def test_an_approval_record_names_the_firm_whose_workflow_approves_under_the_submitter():
    doc = read_text_document("10:02 4G 77%\n审批详情\n陈某某提交的项目验收\n丙东重工有限公司\n已通过\n审批编号 2024001\n"
                             "验收项目 设备联网改造\n合同编号 QX-2024-7\n供应商 乙南数控有限公司\n"
                             "合同金额（元） 1,000,000.00\n验收日期 2024-03-05\n验收结论 合格，同意验收\n流程\n陈某某\n"
                             "发起申请 03-05 09:00\n")
    values = field_values(doc)
    assert doc.doc_type == "acceptance_report"
    assert (values["customer"], values["supplier"]) == ("丙东重工有限公司", "乙南数控有限公司")


def test_an_approval_record_of_the_supplier_s_own_workflow_does_not_make_it_the_customer():
    doc = read_text_document("审批详情\n陈某某提交的项目验收\n乙南数控有限公司\n已通过\n验收项目 设备联网改造\n"
                             "合同编号 QX-2024-7\n供应商 乙南数控有限公司\n验收日期 2024-03-05\n验收结论 合格，同意验收\n")
    assert field_values(doc).get("customer") != "乙南数控有限公司"


def test_a_working_draft_s_circulation_date_is_not_read_as_its_date():
    doc = read_text_document("ISO TC 184/WG 9 Working Draft 中文译稿\n国际标准化组织 工作组草案\n"
                             "Interface requirements for factory data hubs\n工厂数据枢纽接口要求\n"
                             "草案版本 WD 0.2\n分发日期 2022-05-06\n")
    assert doc.doc_type == "standard_draft"
    assert field_values(doc).get("date") is None
