"""A bank's cash deposit slip (现金缴款单): 缴款单位 pays, 收款单位 is paid, also when OCR reads a
role written over two lines of its cell apart from its noun (单位收款全称); the contract is named
in 款项来源; the denomination row (券别 100元 50元 …) counts notes, it is not the sum. Invented texts."""

from helpers.textdocs import field_values, read_text_document

_HEAD = "某某银行现金缴款单\n（回单） 2022年5月16日 第二联客户回单\n"
_TAIL = ("账号 6222000011112222 款项来源 QZ-2022-031合同尾款\n开户行 某某银行天津北辰支行 缴款人 张某\n"
         "金额（大写） 人民币壹拾贰万元整\n券别 100元 50元 20元 10元\n张数 1200\n")


def test_a_cash_deposit_slip_names_its_payer_and_payee_and_the_contract():
    doc = read_text_document(_HEAD + "收款单位 全称 北辰甲木工业有限公司 缴款单位 全称 南开乙水软件有限公司\n" + _TAIL,
                             method="ocr:rapidocr")
    values = field_values(doc)
    assert doc.doc_type == "payment_proof"
    assert values["payer"] == "南开乙水软件有限公司"
    assert values["payee"] == "北辰甲木工业有限公司"
    assert values["contract_no"] == "QZ-2022-031"
    assert values["amount_yuan"] == "120000"


def test_a_two_line_role_cell_read_apart_from_its_noun_still_names_the_side():
    doc = read_text_document(_HEAD + "单位收款全称 北辰甲木工业有限公司 单位缴款 全称 南开乙水软件有限公司\n" + _TAIL,
                             method="ocr:rapidocr")
    values = field_values(doc)
    assert values["payer"] == "南开乙水软件有限公司"
    assert values["payee"] == "北辰甲木工业有限公司"
