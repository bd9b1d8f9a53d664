"""A label whose value refers elsewhere (见合同, 详见附件, 同上) states no amount; an asset's book
value (原值) is not a contract's price; invented texts."""

from helpers.textdocs import field_values, read_text_document


def test_a_price_label_that_refers_to_the_contract_states_no_amount():
    doc = read_text_document(
        "丙西化工有限公司\n固定资产验收移交单\n单据号 ZC-2019-071 填报日期：2019-04-22\n"
        "工程项目名称 污水处理改造项目\n供货单位 丁东环保设备有限公司\n"
        "合同编号 PW-2019-88 合同价款（含税） 详见合同\n"
        "资产原值（不含税） 1,118,400.00 资产类别 专用设备\n"
        "验收日期 2019-04-22\n验收结论 验收合格，同意移交\n"
        "财务部意见 按资产原值1,118,400.00元入账。\n")
    assert field_values(doc).get("amount_yuan") is None


def test_an_asset_book_value_in_prose_is_not_the_price():
    doc = read_text_document(
        "丙西化工有限公司\n固定资产验收移交单\n验收日期 2019-04-22\n"
        "供货单位 丁东环保设备有限公司\n验收结论 验收合格\n"
        "财务部意见 按固定资产原值1,118,400.00元入账，次月计提折旧。\n")
    assert field_values(doc).get("amount_yuan") is None


def test_a_price_label_with_its_figure_still_reads():
    doc = read_text_document(
        "丙西化工有限公司\n固定资产验收移交单\n合同编号 PW-2019-88 合同价款（含税） 1,263,800.00元\n"
        "验收日期 2019-04-22\n验收结论 验收合格\n")
    assert field_values(doc)["amount_yuan"] == "1263800.00"
