"""An ERP receipt voucher (收款单) of the seller's own system: 收款组织 is the organisation paid,
付款单位 the payer; the voucher names the document it was raised from (源单类型 / 源单编号), whose
number is the contract's only when the voucher states the source is a contract. Invented texts."""

from helpers.textdocs import field_values, read_text_document


def _voucher(source_type: str, source_no: str = "QW-XS-2024-315") -> str:
    return ("收款单\n单据编号： RCV2024050012 业务日期： 2024-05-09\n"
            "收款组织： 河西丙火数据技术有限公司 付款单位： 西青丁土机械制造有限公司\n"
            "结算方式： 电汇 银行流水号： 66120099887711\n"
            f"源单类型： {source_type} 源单编号： {source_no}\n"
            "行号 核销单据类型 核销单据编号 收款用途 本次核销金额（元）\n"
            "1 应收单 YS2024050301 销售收款 300,000.00\n"
            "2 应收单 YS2024050377 销售收款 180,000.00\n"
            "收款金额合计 480,000.00\n收款金额（大写）：肆拾捌万元整\n"
            "制单人：王某 审核人：赵某 审核日期：2024-05-10\n")


def test_an_erp_receipt_names_its_receiving_organisation_and_payer():
    values = field_values(read_text_document(_voucher("销售合同")))
    assert values["payee"] == "河西丙火数据技术有限公司"
    assert values["payer"] == "西青丁土机械制造有限公司"
    assert values["amount_yuan"] == "480000.00"


def test_a_source_stated_to_be_a_contract_gives_the_contract_number():
    values = field_values(read_text_document(_voucher("销售合同")))
    assert values["contract_no"] == "QW-XS-2024-315"


def test_a_source_that_is_an_order_is_not_the_contract():
    values = field_values(read_text_document(_voucher("销售订单", "SO-2024-0088")))
    assert values.get("contract_no") != "SO-2024-0088"


def test_a_paying_organisation_is_the_payer_on_a_payment_voucher():
    text = ("付款单\n单据编号： PAY2024060021 业务日期： 2024-06-03\n"
            "付款组织： 西青丁土机械制造有限公司 收款单位： 河西丙火数据技术有限公司\n"
            "结算方式： 电汇 银行流水号： 55001234987612\n"
            "源单类型： 采购合同 源单编号： CG-2024-0417\n"
            "付款金额合计 250,000.00\n付款金额（大写）：贰拾伍万元整\n")
    values = field_values(read_text_document(text))
    assert values["payer"] == "西青丁土机械制造有限公司"
    assert values["payee"] == "河西丙火数据技术有限公司"
    assert values["contract_no"] == "CG-2024-0417"
