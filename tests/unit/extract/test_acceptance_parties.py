"""Who is who on an acceptance paper: the unit that organises the acceptance is the customer,
the unit whose work is accepted (被验收单位) is the supplier, whatever word it shares with
验收单位; bilingual labels (客户Customer) name their role."""

from __future__ import annotations

from helpers.textdocs import read_text_document

CUSTOMER = "天津示例精密机械有限公司"
SUPPLIER = "天津另一智能科技有限公司"


def _parties(text: str) -> dict:
    doc = read_text_document(text)
    assert doc.doc_type == "acceptance_report"
    return {role: doc.fields[role].value for role in ("customer", "supplier") if role in doc.fields}


def test_the_accepted_unit_is_the_supplier_not_the_customer():
    text = (f"验收专家表决票汇总表\n项目名称：某某产线改造项目\n组织单位：{CUSTOMER}\n被验收单位：{SUPPLIER}\n"
            "表决结果：同意5票，不同意0票，弃权0票\n结论：同意通过验收\n日期：2023年6月1日")
    assert _parties(text) == {"customer": CUSTOMER, "supplier": SUPPLIER}


def test_bilingual_customer_and_supplier_labels():
    text = (f"项目验收确认单\n客户Customer：{CUSTOMER}\n供应商Supplier：{SUPPLIER}\n"
            "经双方确认，本项目通过最终验收。\n签核日期：2023-06-01")
    assert _parties(text) == {"customer": CUSTOMER, "supplier": SUPPLIER}
