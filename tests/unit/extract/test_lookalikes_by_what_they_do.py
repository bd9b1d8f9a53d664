"""What a paper does decides its kind, not the evidence words it mentions: an engineer's
certificate that an amount is due is neither a payment nor a contract; an agency's letter
demanding its service fee from the winner is not the procurement decision; a creditor's notice
that its receivable was assigned (and the debtor's acknowledgment) is not a payment. Texts
written for these tests."""

from pipeline.extract.classify import classify_text


def test_an_interim_payment_certificate_is_not_a_contract_nor_a_payment():
    text = ("工程款支付证书\n（第2期） 编号：PC-05\n工程名称 示例仓储自动化改造\n"
            "发包人 西青示例物流有限公司\n承包人 北辰某某自动化有限公司\n合同编号 AB-2020-17\n"
            "合同价款 1,860,000.00\n本期应付金额 372,000.00\n"
            "经核查，承包人提交的本期付款申请符合合同约定，同意支付。发包人应于本证书签发后14日内"
            "向承包人支付上述款项。\n监理单位（盖章）：某某工程咨询有限公司\n日期：2020年9月8日\n")
    c = classify_text(text)
    assert c.doc_type == "other" and c.recognised


def test_a_fee_demand_from_the_tendering_agency_is_not_the_award():
    text = ("成交服务费交纳通知\n北辰某某自动化有限公司：\n"
            "贵公司在西青示例物流有限公司仓储系统采购项目中被确定为成交供应商，成交金额¥1,120,000.00。"
            "依照采购文件约定，成交服务费由成交供应商支付，计人民币壹万陆仟捌佰元整。\n"
            "请贵公司在领取成交通知书前，将成交服务费汇入我公司下列账户：\n"
            "户名 某某招标咨询有限公司\n开户行 示例银行河西支行\n某某招标咨询有限公司\n2020年3月5日\n")
    c = classify_text(text)
    assert c.doc_type == "other" and c.recognised


def test_a_notice_that_a_receivable_was_assigned_is_not_a_payment():
    text = ("债权转让通知书\n西青示例物流有限公司：\n"
            "依据双方签订的合同（编号AB-2020-17），本公司对贵公司持有的应收账款人民币捌拾万元整，"
            "现已全部转让给示例商业保理有限公司。请贵公司自即日起向受让方付款。\n"
            "北辰某某自动化有限公司\n2020年10月9日\n"
            "回执\n本单位已收到上述通知，知悉该笔应收账款转让事宜。\n西青示例物流有限公司\n2020年10月12日\n")
    c = classify_text(text)
    assert c.doc_type == "other" and c.recognised


def test_a_real_award_notice_still_reads_as_procurement():
    text = ("成交通知书\n北辰某某自动化有限公司：\n"
            "经竞争性磋商，贵公司被确定为西青示例物流有限公司仓储系统采购项目的成交供应商，"
            "成交金额¥1,120,000.00。请于30日内与采购人签订合同。\n西青示例物流有限公司\n2020年3月1日\n")
    assert classify_text(text).doc_type == "procurement_proof"


def test_an_award_notice_that_also_asks_for_the_agency_fee_is_still_the_award():
    text = ("中标通知书\n北辰某某自动化有限公司：\n"
            "经公开招标评审，确定贵公司为西青示例物流有限公司仓储系统项目的中标人，中标金额¥1,120,000.00。"
            "请于30日内与招标人签订合同。中标服务费由中标人支付，请于签订合同前将中标服务费汇至我公司账户。\n"
            "某某招标咨询有限公司\n2020年3月1日\n")
    c = classify_text(text)
    assert c.doc_type == "procurement_proof" and c.recognised
