"""A customer's confirmation that delivered work or results meet the contract is an acceptance,
whatever it calls itself; a handover certificate's receiving party is the customer. Texts
written for these tests (no set's documents, names or numbers)."""

from helpers.textdocs import field_values, read_text_document as _read
from pipeline.extract.classify import classify_text

_SHEET = ("项目成果确认书\n致某某数智科技有限公司：\n"
          "贵司承担的“车间排产优化”（合同编号ZX-2021-0417）交付成果如下：\n"
          "序号 成果内容 工日 金额（元）\n1 需求梳理 40 130,000.00\n2 模型开发 75 245,500.00\n"
          "合计 375,500.00\n{verdict}\n确认单位：东丽示例材料有限公司\n确认日期：2021年9月14日\n")


def test_a_customer_confirming_delivered_results_is_an_acceptance_with_the_table_total():
    text = _SHEET.format(verdict="本单位确认：上述成果均已交付，经我单位组织验收，满足合同约定要求，验收合格。")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report" and c.recognised
    values = field_values(_read(text))
    assert values["customer"] == "东丽示例材料有限公司"
    assert values["result"] == "passed"
    assert values["amount_yuan"] == "375500.00"
    assert values["contract_no"] == "ZX-2021-0417"
    assert values["date"] == "2021-09-14"


def test_a_confirmation_that_states_the_acceptance_failed_reads_failed():
    text = _SHEET.format(verdict="本单位意见：第1项成果未满足约定要求，本次验收不通过。")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report" and c.recognised
    assert field_values(_read(text))["result"] == "failed"


def test_a_handover_certificate_names_the_receiving_party_as_the_customer():
    text = ("平台移交证书\n编号：HJ-07\n系统名称 仓储管理平台\n移交单位 某某数智科技有限公司\n"
            "接收单位 东丽示例材料有限公司\n用户培训时间 2022.06.01至2022.06.03\n"
            "接收意见 系统已按合同建成，经我单位检查运行正常，验收合格，同意于2022年6月8日正式接收。\n"
            "移交单位（盖章） 接收单位（盖章）\n日期：2022年6月8日 日期：2022年6月8日\n")
    values = field_values(_read(text))
    assert values["customer"] == "东丽示例材料有限公司"
    assert values["supplier"] == "某某数智科技有限公司"
    assert values["result"] == "passed"
    assert values["date"] == "2022-06-08"


def test_a_work_contact_letters_receiving_unit_is_its_addressee_not_the_customer():
    # 接收单位 names the customer only against a 移交单位; on a letter it is whom it went to
    text = ("工作联系单\n编号：LX-2022-031\n发文部门 设备工程部\n"
            "接收单位 某某数智科技有限公司\n事由 仓储管理平台验收\n"
            "贵司承建的仓储管理平台，已按合同约定完成全部内容。\n我单位于2022年6月8日组织设备、信息等部门"
            "进行了验收，验收结论为合格。\n东丽示例材料有限公司\n设备工程部\n二〇二二年六月十日\n")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report"
    assert field_values(_read(text))["customer"] == "东丽示例材料有限公司"
