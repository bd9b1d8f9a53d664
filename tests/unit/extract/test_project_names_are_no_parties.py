"""A name-shaped run inside a project's name (“X能源管控中心建设项目”) is the project's object, not
the party a statement names. Invented text."""

from helpers.textdocs import field_values, read_text_document


def test_the_buyer_is_not_the_project_it_buys():
    doc = read_text_document(
        "天津市河东区甲木机电有限公司\n询比价结果通知书\n天津乙水软件股份有限公司：\n"
        "我公司于2023年3月23日就“甲木机电能源管控中心建设项目”组织询比采购，经评审，确定贵公司为成交供应商，"
        "成交金额为人民币壹佰万元整（¥1,000,000.00）。\n天津市河东区甲木机电有限公司\n2023-04-02")
    assert field_values(doc)["customer"] == "天津市河东区甲木机电有限公司"
