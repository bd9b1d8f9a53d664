"""A result letter that names the final offer and an earlier round's offer: the price is the
final one (texts written for these tests, no set's documents)."""

from helpers.textdocs import field_values, read_text_document


def test_an_earlier_rounds_offer_the_letter_disowns_is_not_the_price():
    doc = read_text_document(
        "成交结果通知书\n乙南数控有限公司：\n"
        "本单位“车间设备联网改造项目”经磋商小组三轮磋商，贵单位最后报价186万元，确定为成交单位。"
        "贵单位初次报价197.2万元，\n不作为成交价格依据。\n"
        "请于十日内签订合同（合同编号：DX-2022-031）。\n丙东重工有限公司\n2022年8月9日\n")
    assert doc.doc_type == "procurement_proof"
    assert field_values(doc)["amount_yuan"] == "1860000"


def test_a_figure_the_sentence_says_is_not_the_basis_is_not_the_price():
    doc = read_text_document(
        "采购结果通知\n乙南数控有限公司：\n经评审，贵单位以人民币880,000.00元成交。"
        "贵单位提交的备选方案报价950,000.00元，不作为合同签订依据。\n丙东重工有限公司\n2022年3月1日\n")
    assert field_values(doc)["amount_yuan"] == "880000.00"
