"""A role noun says the side whatever order word is noted beside it: a lessor noted as 甲方 is
still the supplier, its lessee (乙方) the customer. A figure stated per period (月租金, 每月服务费)
is not the contract's total when a total is stated; alone, it is a question. A figure whose last
thousands group the line end cut is joined. Texts invented for these tests."""

from decimal import Decimal

import pytest
from helpers.textdocs import read_text_document as _read

from pipeline.extract.fields.amounts import PERIODIC_ONLY
from pipeline.extract.normalize import normalize_text


def test_a_lessor_noted_as_party_a_is_the_supplier_and_its_lessee_the_customer():
    doc = _read("设备租赁合同\n合同编号：ZP-2031-17\n出租人（甲方）：北塘示例机电科技有限公司\n"
                "承租人（乙方）：南河示例食品有限公司\n"
                "承租人向出租人租赁包装设备，双方经协商一致，订立本合同。\n"
                "租金总额为人民币陆拾万元整（¥600,000.00）。\n本合同于二〇三一年五月六日签订，自双方盖章之日起生效。\n")
    assert doc.doc_type == "contract"
    assert doc.fields["customer"].value == "南河示例食品有限公司"
    assert doc.fields["supplier"].value == "北塘示例机电科技有限公司"


def test_a_service_firm_noted_as_party_a_is_still_the_supplier():
    doc = _read("技术服务合同\n合同编号：FW-2031-02\n受托方（甲方）：东岸示例软件有限公司\n"
                "委托方（乙方）：西岭示例化工有限公司\n"
                "双方经协商一致，订立本合同。合同总价：人民币贰拾万元整（¥200,000.00）。\n"
                "本合同自双方盖章之日起生效。\n")
    assert doc.fields["customer"].value == "西岭示例化工有限公司"
    assert doc.fields["supplier"].value == "东岸示例软件有限公司"


@pytest.mark.parametrize("cut, whole", [
    ("（¥5,432,00\n0.00）。", "（¥5,432,000.00）。"),        # the last group cut, the fraction next
    ("（7,110,0\n00.00）。", "（7,110,000.00）。"),           # the bracket of the 小写 form after the 大写
    ("(Y3,204.00\n0.00 )。", "(Y3,204.000.00 )。"),          # OCR's Y for ¥, the group read with a point
])
def test_a_figure_whose_last_group_the_line_end_cut_is_joined(cut, whole):
    assert normalize_text(cut)[0] == whole


def test_the_monthly_fee_is_not_the_total_even_when_stated_twice():
    doc = _read("运维服务合同\n合同编号：YW-2031-88\n委托方：北塘示例港口有限公司\n受托方：南河示例信息技术有限公司\n"
                "双方经协商一致，订立本合同。\n每月服务费为¥30,000.00，首月服务费¥30,000.00于合同签订后支付；"
                "服务期共12个月，服务费总额¥360,000.00。\n本合同自双方盖章之日起生效。\n")
    assert doc.fields["amount_yuan"].value == Decimal("360000.00")


def test_a_monthly_rent_alone_is_a_question_not_the_total():
    doc = _read("场地设备租赁合同\n合同编号：CZ-2031-05\n出租方：北塘示例机械有限公司\n承租方：南河示例包装有限公司\n"
                "双方经协商一致，订立本合同。租赁期限共24个月，月租金为¥12,000.00，按月支付。\n"
                "本合同自双方盖章之日起生效。\n")
    amount = doc.fields["amount_yuan"]
    assert amount.value == Decimal("12000.00")
    assert amount.review_reason == PERIODIC_ONLY
