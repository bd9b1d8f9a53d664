"""A paper ABOUT a contract is not the contract: a registry's certificate that a technology
contract was registered (认定登记 / 备案) quotes the contract's name, its buyer, seller and
sum, but the registry states only that it registered the contract. Its title's head noun is
the certificate (…合同登记证明), the contract word only qualifies it, and its body states the
registration (准予登记 / 予以备案). Real contracts that mention registration stay contracts.
Texts written for these tests."""

from pipeline.extract.classify import classify_text


def test_a_registration_certificate_titled_as_such_is_not_a_contract():
    text = ("技术开发合同登记证明\n登记号 9988-XY-0417\n合同名称 示例线体视觉检测系统开发合同\n"
            "卖方（受托方） 北辰某某软件有限公司\n买方（委托方） 西青示例仪表有限公司\n"
            "合同成交额 ¥1,250,000.00\n技术交易额 ¥900,000.00\n合同有效期 2021年3月1日至2022年2月28日\n"
            "经核查，上述合同材料齐全，予以登记。\n某区技术市场服务中心\n2021年3月20日\n")
    c = classify_text(text)
    assert c.doc_type == "other" and c.recognised


def test_a_filing_receipt_whose_title_was_not_read_is_still_known_by_what_it_states():
    # the title line was lost to a photo's glare: the registry's statement is left
    text = ("备 案 号 ZX-77-0031\n合同名称 仓储调度平台委托开发协议\n委托方 西青示例仪表有限公司\n"
            "受托方 北辰某某软件有限公司\n成交金额 86万元\n"
            "经审核，该协议符合有关规定，准予认定备案。\n登记机构（盖章）\n2021年5月6日\n")
    c = classify_text(text)
    assert c.doc_type == "other" and c.recognised


def test_a_registration_certificate_in_the_other_wording_is_not_a_contract():
    text = ("软件委托开发合同认定登记证书\n编号 7701-22\n项目名称 示例能耗监测平台\n"
            "买方 西青示例仪表有限公司\n卖方 北辰某某软件有限公司\n成交额 64.5万元\n"
            "经审查，该合同予以认定登记。\n2022年8月2日\n")
    assert classify_text(text).doc_type == "other"


def test_a_contract_that_asks_for_its_registration_is_still_a_contract():
    text = ("技术服务合同\n委托方（甲方）：西青示例仪表有限公司\n受托方（乙方）：北辰某某软件有限公司\n"
            "经甲乙双方平等协商，就示例能耗监测平台技术服务达成如下协议。\n"
            "第一条 合同金额为人民币陆拾肆万伍仟元整。\n"
            "第二条 本合同签订后，由乙方向技术合同登记机构申请认定登记，登记费用由乙方承担。\n"
            "第三条 本合同自双方签字盖章之日起生效。\n甲方（盖章） 乙方（盖章）\n2022年7月1日\n")
    c = classify_text(text)
    assert c.doc_type == "contract" and c.recognised
