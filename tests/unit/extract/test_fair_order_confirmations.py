"""An order confirmation signed on a trade fair's floor (订货/订购确认单) states that the buyer chose
the seller as its supplier and that the formal contract follows: it is a procurement proof, read
at its ordered amount (written in 万元 and in capitals), its confirmation day (not the delivery
term), the buyer as customer and the order's number as the contract's, which the contract is to
reuse. A contract whose clause says its buyer chose the seller stays a contract (texts written
for these tests, no set's documents)."""

from helpers.textdocs import field_values, read_text_document

from pipeline.extract.classify import classify_text

_read, _values = read_text_document, field_values

_ORDER = ("2024华北国际装备制造展览会\n展会订购确认单\n订单号：QX-24-0311\n"
          "订货方 甲乙精密机械有限公司\n供货方 丙丁自动化科技有限公司\n展台 B3-017\n"
          "订货内容 焊装线视觉检测单元\n订货金额 126.5万元（壹佰贰拾陆万伍仟元整）\n"
          "交货日期 2024年8月31日前\n确认日期 2024年5月9日\n"
          "经双方确认：订货方在本次展会上选定供货方为该设备的供货商，双方将于展会结束后15日内签订正式合同，"
          "合同编号沿用本订单号。\n订货方（盖章） 供货方（盖章）\n")


def test_a_fair_order_confirmation_is_a_procurement_proof():
    result = classify_text(_ORDER)
    assert result.doc_type == "procurement_proof" and result.recognised


def test_its_title_lost_to_ocr_the_statements_still_name_it():
    garbled = _ORDER.replace("展会订购确认单", "展会i丁火口石认畄")
    assert classify_text(garbled).doc_type == "procurement_proof"


def test_a_fair_order_confirmation_is_read_at_its_order_amount_day_and_buyer():
    doc = _read(_ORDER)
    values = _values(doc)
    assert float(values["amount_yuan"]) == 1265000.0
    assert values["date"] == "2024-05-09"            # confirmed, not the delivery deadline
    assert values["customer"] == "甲乙精密机械有限公司"
    assert values["supplier"] == "丙丁自动化科技有限公司"
    assert values["contract_no"] == "QX-24-0311"


def test_a_contract_whose_clause_says_the_buyer_chose_the_seller_stays_a_contract():
    text = ("设备采购合同\n合同编号：HT-24-088\n甲方（买方）：甲乙精密机械有限公司\n乙方（卖方）：丙丁自动化科技有限公司\n"
            "甲方经比选，选定乙方为本项目的供应商。双方经协商一致，订立本合同。\n"
            "第一条 合同金额为人民币壹佰贰拾陆万伍仟元整（¥1,265,000.00）。\n"
            "签订日期：2024年5月20日\n")
    assert classify_text(text).doc_type == "contract"
