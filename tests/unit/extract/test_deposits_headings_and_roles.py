"""Reading by what a document states, on invented texts: a receipt for a deposit is not a
payment of the contract price; further role words, labels and solution headings."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values


def test_a_receipt_for_a_deposit_is_not_a_payment_proof():
    deposit = _read("收款收据\nNo. 0012345 日期：2022年6月9日\n交款单位 甲北精工有限公司\n"
                    "收款事由 QX-2022-018合同履约保证金\n金额（大写） 壹万贰仟元整\n小写 ¥12,000.00\n"
                    "收款单位（财务专用章）：乙南数控有限公司 经手人：\n财务专用章\n")
    assert deposit.doc_type == "other"
    price = _read("收款收据\nNo. 0012346 日期：2022年6月9日\n交款单位 甲北精工有限公司\n"
                  "收款事由 QX-2022-018合同进度款\n金额（大写） 壹万贰仟元整\n小写 ¥12,000.00\n"
                  "收款单位（财务专用章）：乙南数控有限公司 经手人：\n")
    assert price.doc_type == "payment_proof"
