"""What an acceptance states (a decision that a delivered thing passed, by whom, when) against
what a contract states (an agreement to deliver for a price): a field label or a form row that
names a contract is no title. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read


def test_a_contract_number_label_on_a_sign_off_sheet_does_not_make_it_a_contract():
    doc = _read("节点签认表 STAGE SIGN-OFF\n"
                "项目Project 园区照明改造项目 合同号Contract NY-7781\n"
                "业主Owner 丙北化工有限公司 承包方Vendor 丁南电气有限公司\n"
                "阶段Stage S3 最终验收 签认日期 2022/05/06\n"
                "业主意见\n"
                "☑ 交付内容齐备，业主确认最终验收合格。☐ 需整改后复验\n")
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["result"].value == "passed"


def test_a_row_opening_with_a_name_label_is_no_title():
    doc = _read("园区照明改造项目\n"
                "项目名称 园区照明改造项目合同编号 NY-7781\n"
                "建设单位 丙北化工有限公司 承建单位 丁南电气有限公司\n"
                "2022年5月6日，丙北化工有限公司组织召开了验收会，对该项目进行了终验。\n")
    assert doc.doc_type == "acceptance_report"


def test_an_english_agreement_in_capitals_is_a_contract_and_its_acceptance_clause_is_no_acceptance():
    doc = _read("SOFTWARE LICENSE AND SERVICES AGREEMENT\n"
                "This Agreement is entered into on 2 March 2022 by and between\n"
                "Alpha Works Ltd (the \"Client\") and Beta Systems Co. (the \"Provider\").\n"
                "1. PRICE The total price is RMB 800,000.00.\n"
                "2. PAYMENT 40% upon Final Acceptance, 60% within 30 days after Final Acceptance.\n"
                "3. ACCEPTANCE Final Acceptance shall be confirmed in writing by the Client.\n")
    assert doc.doc_type == "contract" and doc.kind_recognised
