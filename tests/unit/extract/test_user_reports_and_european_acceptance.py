"""A user's report on a delivered system (用户使用报告: mostly a table of indicators before and
after) that states in one sentence that the user carried out the acceptance and it passed is an
acceptance paper: its date is the acceptance sentence's, not the later letter date, and its
customer is the user who issues it. Without that sentence it is a report of use, not a proof."""

from datetime import date

from helpers.textdocs import read_text_document

from pipeline.extract.classify import classify_text

USER = "天津示例包装材料有限公司"
USER_REPORT = ("用户使用报告\n天津另一软件技术有限公司为我单位实施的“仓储管理系统”自上线以来运行半年，"
               "现将使用情况报告如下：\n指标 实施前 实施后\n库存周转天数 40 26\n盘点差错率 1.2% 0.3%\n"
               "我单位于2021年4月9日组织生产、设备部门对该系统进行了验收，系统运行稳定，验收合格。\n"
               f"特此报告。\n{USER}\n二〇二一年四月十五日\n")


def test_a_user_report_stating_its_acceptance_is_an_acceptance_report():
    doc = read_text_document(USER_REPORT)
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["date"].value == date(2021, 4, 9)
    assert doc.fields["customer"].value == USER
    assert doc.fields["result"].value == "passed"


def test_a_user_report_without_an_acceptance_is_not_one():
    text = USER_REPORT.replace("我单位于2021年4月9日组织生产、设备部门对该系统进行了验收，系统运行稳定，验收合格。\n",
                               "系统运行稳定，达到预期效果。\n")
    assert classify_text(text).doc_type != "acceptance_report"


def test_a_failed_acceptance_in_a_user_report_is_not_read_as_passed():
    text = USER_REPORT.replace("验收合格", "验收不合格")
    assert classify_text(text).doc_type != "acceptance_report" or \
        read_text_document(text).fields.get("result") is None or \
        read_text_document(text).fields["result"].value == "failed"


# A German (European) acceptance protocol: dd.mm.yyyy dates, the parties named Auftraggeber /
# Auftragnehmer beside their Chinese labels, and the outcome as two printed options. A reading
# that put the next cell's date onto the number's line (XY-2022-0343 + 07.09.2022) keeps the
# number and the date apart; the warranty's end (Gewährleistung bis) is not the acceptance date.
PROTOCOL = ("ABNAHMEPROTOKOLL 验收记录\nAuftraggeber 委托方 天津示例阀门制造有限公司\n"
            "Auftragnehmer 承包方 天津另一软件技术有限公司\nProjekt 项目 仓储管理系统\n"
            "Bestellnummer 合同号 XY-2022-0343\nDatum der Abnahme 验收日期 07.09.2022\n"
            "Gewährleistung bis 质保截止 07.09.2024\nErgebnis der Abnahme 验收结果:\n"
            "☑ Abnahme erteilt 同意验收 ☐ Abnahme verweigert 拒绝验收\nRestpunkte 遗留问题: keine 无\n")


def test_a_german_protocol_is_read():
    doc = read_text_document(PROTOCOL)
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["contract_no"].value == "XY-2022-0343"
    assert doc.fields["date"].value == date(2022, 9, 7)
    assert doc.fields["customer"].value == "天津示例阀门制造有限公司"
    assert doc.fields["result"].value == "passed"


def test_a_date_run_onto_the_number_is_not_part_of_it_and_the_warranty_end_is_not_the_date():
    text = PROTOCOL.replace("XY-2022-0343\nDatum der Abnahme 验收日期 07.09.2022",
                            "XY-2022-034307.09.2022\nDatum der Abnahme 验收日期")
    doc = read_text_document(text)
    assert doc.fields["contract_no"].value == "XY-2022-0343"
    date_read = doc.fields.get("date")
    assert date_read is None or date_read.value != date(2024, 9, 7) or date_read.needs_review


def test_the_refused_option_ticked_is_a_failure():
    doc = read_text_document(PROTOCOL.replace("☑ Abnahme erteilt 同意验收 ☐ Abnahme verweigert",
                                              "☐ Abnahme erteilt 同意验收 ☑ Abnahme verweigert"))
    assert doc.fields["result"].value == "failed"


def test_both_options_printed_with_no_mark_read_leave_the_result_unread():
    for marks in (("", ""), ("口", "口")):     # boxes lost, or both read as empty
        doc = read_text_document(PROTOCOL.replace("☑ Abnahme erteilt 同意验收 ☐ Abnahme verweigert",
                                                  "{}Abnahme erteilt 同意验收 {}Abnahme verweigert".format(*marks)),
                                 method="ocr:tesseract")
        assert doc.doc_type == "acceptance_report"
        assert "result" not in doc.fields or doc.fields["result"].needs_review


def test_a_name_run_onto_a_number_is_not_part_of_it():
    text = ("项目验收审批流程\n申请单位 天津示例阀门制造有限公司\n供应商 天津另一软件技术有限公司\n"
            "关联合同 AB-HT-2022-017WMS仓储管理系统\n验收结论 验收通过\n")
    doc = read_text_document(text)
    assert doc.fields["contract_no"].value == "AB-HT-2022-017"
    # a code's own one-letter suffix stays, and so do letters no Chinese word follows
    assert read_text_document(text.replace("017WMS仓储", "017B仓储")).fields["contract_no"].value == "AB-HT-2022-017B"
    assert read_text_document(text.replace("017WMS仓储", "017WMS 仓储")).fields["contract_no"].value == "AB-HT-2022-017WMS"


PREQUALIFIED = ("资格预审合格通知书\n天津另一软件技术有限公司：\n你单位提交的“仓储管理系统”项目资格预审申请文件已通过审查，"
                "经资格审查委员会评审，你单位资格预审合格。请于2022年5月6日10时前递交投标文件。\n本通知书不代表中标。\n"
                "招标人：天津示例阀门制造有限公司\n2022年4月20日\n")


def test_a_notice_that_a_bidder_may_bid_is_no_procurement_result():
    assert classify_text(PREQUALIFIED).doc_type == "other"
    # worded otherwise: a letter admitting the bidder to the tender
    letter = ("资格审查结果告知函\n天津另一软件技术有限公司：\n经评审委员会评审，贵公司资格审查通过，请按招标文件要求按时递交投标文件。\n"
              "招标人：天津示例阀门制造有限公司\n2022年4月20日\n")
    assert classify_text(letter).doc_type == "other"


def test_an_award_notice_is_still_a_procurement_result():
    award = ("中标通知书\n天津另一软件技术有限公司：\n我单位“仓储管理系统”项目经评标委员会评审并经招标人确定，"
             "贵单位为中标人，中标金额为人民币壹佰万元整。\n请贵单位在收到本通知书后30日内与我单位签订合同。\n"
             "招标人：天津示例阀门制造有限公司\n2022年5月20日\n")
    assert classify_text(award).doc_type == "procurement_proof"
