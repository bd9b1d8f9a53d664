"""A licence contract: the licensor (许可方) grants, so it is the supplier whether it is listed as
甲方 or 乙方; the licensee (被许可方) is the customer. Invented text."""

from helpers.textdocs import field_values, read_text_document

LICENSOR, LICENSEE = "天津乙水软件股份有限公司", "天津市河东区甲木机电有限公司"


def test_the_licensee_is_the_customer_though_listed_as_yifang():
    doc = read_text_document(f"工业软件使用许可合同\n合同编号：XK-2024-001\n许可方（甲方） {LICENSOR}\n"
                             f"被许可方（乙方） {LICENSEE}\n合同总价为人民币壹佰万元整（¥1,000,000.00）。\n"
                             f"甲方（许可方）：{LICENSOR} 乙方（被许可方）：{LICENSEE}\n日期：2024.02.26")
    values = field_values(doc)
    assert doc.doc_type == "contract"
    assert values["customer"] == LICENSEE and values["supplier"] == LICENSOR
