"""A contract sets its deadlines after it is made: a signing date read later than every deadline
the contract sets (…于2024年4月30日前完成到货) was most likely misread, and is a question; one read
before them stands. Invented texts."""

from helpers.textdocs import read_text_document


def _contract(signed: str) -> str:
    return ("合同编号：QW-2024-071\n仓储管理系统采购合同\n"
            "甲方（需方）：西青丁土机械制造有限公司\n乙方（供方）：河西丙火数据技术有限公司\n"
            "第一条 合同价款：本合同总价款为人民币叁拾万元整（￥300,000.00），含税。\n"
            "第二条 交付期限：乙方应于2024年4月30日前完成设备到货，2024年6月15日前完成安装调试。\n"
            "甲方（盖章） 乙方（盖章）\n"
            f"签订日期：{signed} 签订日期：{signed}\n")


def test_a_signing_date_after_every_deadline_the_contract_sets_is_a_question():
    doc = read_text_document(_contract("2026年3月8日"), method="ocr:rapidocr")
    assert doc.doc_type == "contract"
    assert str(doc.fields["date"].value) == "2026-03-08"
    assert doc.fields["date"].review_reason is not None


def test_a_signing_date_before_its_deadlines_stands():
    doc = read_text_document(_contract("2024年3月8日"), method="ocr:rapidocr")
    assert str(doc.fields["date"].value) == "2024-03-08"
    assert doc.fields["date"].review_reason is None
