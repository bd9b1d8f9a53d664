"""Contract numbers in the shapes Chinese companies write them: a code with a department in
brackets and a 第…号 ordinal, in a memo cell beside its label; invented texts."""

from helpers.textdocs import field_values, read_text_document


def test_an_ordinal_after_a_bracketed_code_belongs_to_the_number():
    doc = read_text_document("设备采购合同\n合同编号：KL(WX)2021第8号\n甲方（需方）：甲北精工有限公司\n"
                             "乙方（供方）：乙南数控有限公司\n合同总价：人民币120,000.00元\n签订日期：2021年3月2日\n")
    assert field_values(doc)["contract_no"] == "KL(WX)2021第8号"


def test_a_memo_number_with_a_bracketed_part_is_read_whole():
    doc = read_text_document("某某银行 业务凭证/客户回单\n付款户名： 甲北精工有限公司\n收款户名： 乙南数控有限公司\n"
                             "金额： CNY 56,000.00\n附言： KL(WX)2021第8号尾款\n记账日期 20210902\n")
    assert field_values(doc)["contract_no"] == "KL(WX)2021第8号"


def test_a_memo_written_at_the_top_of_its_cell_beside_a_centred_label():
    doc = read_text_document("某某银行 电子回单（付款）\n付款人户名 甲北精工有限公司 收款人户名 乙南数控有限公司\n"
                             "金额（小写） ¥56,000.00\n"
                             "     KL(WX)2021第8号尾款\n"
                             "用途      摘要 网银转账\n"
                             "交易日期 2021-09-02\n")
    assert field_values(doc)["contract_no"] == "KL(WX)2021第8号"


def test_a_series_code_without_an_ordinal_is_not_extended_by_other_words():
    doc = read_text_document("某某银行 业务凭证/客户回单\n付款户名： 甲北精工有限公司\n收款户名： 乙南数控有限公司\n"
                             "金额： CNY 56,000.00\n附言： QX-2020-004第2期款\n记账日期 20210902\n")
    assert field_values(doc)["contract_no"] == "QX-2020-004"
