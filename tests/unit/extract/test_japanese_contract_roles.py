"""Japanese and Japanese/Chinese bilingual contracts: 委託者/受託者, 発注者/受注者 and a
definition 以下「甲」という give the roles; a role word in the bracket after a column's head term
(甲（委託者／委托方）) stands where that term starts; a name another role holds is not this role's
by its place on the page. Invented texts."""

from helpers.textdocs import field_values, read_text_document


def test_a_japanese_definition_before_a_chinese_one_gives_the_roles():
    doc = read_text_document(
        "業務委託契約書\n业务委托合同\n契約番号／合同编号：KX-2021-017\n"
        "北辰甲木工业有限公司（以下「甲」という／以下简称“甲”）と南开乙水软件有限公司（以下「乙」\n"
        "という／以下简称“乙”）は、甲が乙に委託する業務について、次のとおり契約を締結する。\n"
        "第2条契約金額 人民币¥1,230,000.00（税込／含税）\n"
        "締結日／签订日期：2021年6月3日\n"
        "甲（委託者／委托方）     乙（受託者／受托方）\n"
        "北辰甲木工业有限公司     南开乙水软件有限公司\n")
    values = field_values(doc)
    assert values["customer"] == "北辰甲木工业有限公司"
    assert values["supplier"] == "南开乙水软件有限公司"


def test_a_role_word_in_the_bracket_after_a_column_head_reads_that_column():
    doc = read_text_document(
        "業務委託契約書\n契約番号／合同编号：KX-2021-019\n"
        "第2条契約金額 人民币¥1,230,000.00（税込／含税）\n"
        "締結日／签订日期：2021年6月3日\n"
        "甲（委託者／委托方）     乙（受託者／受托方）\n"
        "北辰甲木工业有限公司     南开乙水软件有限公司\n")
    values = field_values(doc)
    assert values["customer"] == "北辰甲木工业有限公司"
    assert values["supplier"] == "南开乙水软件有限公司"


def test_japanese_role_labels():
    doc = read_text_document(
        "業務委託契約書\n契約番号：KX-2021-020\n"
        "発注者：西青丙火机械有限公司\n受注者：东丽丁土科技有限公司\n"
        "契約金額 人民币¥560,000.00（税込）\n締結日：2021年8月9日\n")
    values = field_values(doc)
    assert values["customer"] == "西青丙火机械有限公司"
    assert values["supplier"] == "东丽丁土科技有限公司"


def test_a_name_another_role_holds_is_not_this_roles_by_position():
    doc = read_text_document(
        "技术服务合同\n合同编号：KX-2021-018\n合同金额：人民币120,000.00元\n签订日期：2021年6月3日\n"
        "受托方：南开乙水软件有限公司\n"
        "   委托方（盖章）")
    values = field_values(doc)
    assert values["supplier"] == "南开乙水软件有限公司"
    assert "customer" not in values
