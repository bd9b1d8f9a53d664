"""A bargaining record whose conclusion line a seal or signatures garbled: the price is the
last round's offer in its rounds table, and a 小写 figure whose 大写 twin says 元整 has no
角/分 whatever OCR read there (texts written for these tests, no set's documents)."""

from helpers.textdocs import field_values, read_text_document

_TABLE = ("议价记录表\n采购单位：丙北精密机械有限公司\n采购项目：车间能耗监测平台\n采购方式：单一来源/议价\n"
          "轮次 议价时间 供应商报价（元） 议价说明\n"
          "首次报价 2021-05-03 1,730,000.00 供应商书面报价\n"
          "第一轮 2021-05-06 1,655,000.00 核减差旅费用\n"
          "最终 2021-05-09 1,610,000.00 核减部分授权费\n"
          "议价结论：经议价小组与乙东软件有限公司多轮谈判，确定该供应商为本项目成交供应商，\n")
_FOOT = "议价小组成员：\n采购单位（盖章）\n日期：2021年5月9日\n"


def test_the_last_rounds_offer_is_the_price_when_the_conclusions_figure_did_not_read():
    doc = read_text_document(_TABLE + "最终成交价为1,6l0,0O0风0污（甲乙丙丁）。\n" + _FOOT, method="ocr:tesseract")
    assert doc.doc_type == "procurement_proof"
    assert field_values(doc)["amount_yuan"] == "1610000.00"


def test_a_first_round_row_is_never_the_price():
    # no final row: the earlier rounds' offers state no agreed price
    text = _TABLE.replace("最终 2021-05-09 1,610,000.00 核减部分授权费\n", "")
    doc = read_text_document(text + "最终成交价为（甲乙丙丁）。\n" + _FOOT, method="ocr:tesseract")
    assert field_values(doc).get("amount_yuan") != "1655000.00"


def test_cents_read_over_a_seal_give_way_to_the_uppercase_whole_yuan():
    doc = read_text_document(_TABLE + "最终成交价为1,610,000.90元（大写：壹佰陆拾壹万元整）。\n" + _FOOT,
                             method="ocr:tesseract")
    assert field_values(doc)["amount_yuan"] == "1610000.00"


def test_cents_give_way_even_when_the_uppercase_numerals_are_garbled():
    doc = read_text_document(_TABLE + "最终成交价为1,610,000.92（大罩示佰陆拾壹万元整）。\n" + _FOOT,
                             method="ocr:tesseract")
    assert field_values(doc)["amount_yuan"] == "1610000.00"


def test_a_receipts_uppercase_cell_before_the_figure_says_whole_yuan():
    doc = read_text_document(
        "某某银行电子回单\n付款人户名 丙北精密机械有限公司 收款人户名 乙东软件有限公司\n"
        "金额(大写) 类拾贰万元整 金额(小写) ¥520,000.90\n交易日期 2021-07-02 用途 货款\n",
        method="ocr:tesseract")
    assert field_values(doc)["amount_yuan"] == "520000.00"


def test_real_cents_stay_where_the_uppercase_states_jiao():
    doc = read_text_document(_TABLE + "最终成交价为1,610,000.50元（大写：壹佰陆拾壹万元伍角整）。\n" + _FOOT,
                             method="ocr:tesseract")
    assert field_values(doc)["amount_yuan"] == "1610000.50"


def test_a_text_layers_cents_are_as_written():
    doc = read_text_document(_TABLE + "最终成交价为1,610,000.90元（大写：壹佰陆拾壹万元整）。\n" + _FOOT)
    assert field_values(doc)["amount_yuan"] != "1610000.00"
