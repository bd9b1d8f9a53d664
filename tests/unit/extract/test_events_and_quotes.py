"""Meetings certified by a third party or recorded on a training form, and quotations the buyer
countersigned: texts written for these tests (no set's documents)."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values


def test_a_certificate_that_an_event_was_held_is_a_meeting_record_dated_by_the_event():
    doc = _read("某某经济开发区管理委员会\n活动情况证明\n"
                "兹证明，甲北精工有限公司于2023年9月3日在开发区服务中心三楼会议室举办\n"
                "“第二届设备互联经验交流会（机加工专场）”，区内企业代表参加了交流活动。参会企业名单附后。\n"
                "特此证明。\n某某经济开发区管理委员会\n2023年9月8日\n"
                "附：参会企业名单\n序号 企业名称 企业地址\n1 乙南数控有限公司 某某市东区一路1号\n"
                "2 丙东重工有限公司 某某市西区二路2号\n")
    assert doc.doc_type == "meeting_record"
    values = _values(doc)
    assert values["date"] == "2023-09-03"
    assert values["title"] == "第二届设备互联经验交流会（机加工专场）"


def test_a_training_record_form_is_a_meeting_record_named_by_its_subject():
    doc = _read("记录编号：QR-7.2-05\n培训记录表\n培训主题 2023年第三期数字化车间设备互联经验交流会（综合场）\n"
                "组织单位 甲北精工有限公司\n培训时间 2023年10月12日 9:00-16:00\n培训地点 甲北精工有限公司报告厅\n"
                "培训内容摘要 1.设备联网实践；2.经验交流。\n参训单位签到\n序号 单位名称 参训人员签名\n"
                "1 乙南数控有限公司 李明\n2 丙东重工有限公司 王芳\n")
    assert doc.doc_type == "meeting_record"
    values = _values(doc)
    assert values["date"] == "2023-10-12"
    assert values["title"] == "2023年第三期数字化车间设备互联经验交流会（综合场）"


def test_a_word_like_proof_or_record_alone_does_not_make_a_meeting():
    doc = _read("经营情况证明\n兹证明，甲北精工有限公司2023年度经营正常。\n特此证明。\n某某市市场监督管理局\n2024年1月5日\n")
    assert doc.doc_type != "meeting_record"


def test_an_internal_review_form_about_a_contract_is_not_the_contract():
    doc = _read("销售合同评审表\n评审编号 RV-2023-011\n客户名称 丙东重工有限公司\n合同编号 BX-2023-045\n"
                "合同金额 860,000.00元\n评审内容 交期、付款条件\n销售部意见 同意，2023-05-04\n总经理批准 同意签订\n"
                "（本表为乙南数控有限公司内部评审记录，非合同文本。）\n")
    assert doc.doc_type == "other"
    # a contract that merely mentions its review stays a contract
    contract = _read("设备采购合同\n合同编号：BX-2023-045\n甲方：丙东重工有限公司\n乙方：乙南数控有限公司\n"
                     "经甲乙双方平等协商，签订本合同。本合同经乙方合同评审后签订。\n合同金额：860,000.00元\n"
                     "本合同一式两份，双方各执一份。\n签订日期：2023年5月6日\n")
    assert contract.doc_type == "contract"


def test_a_page_of_site_photos_is_not_evidence_even_if_a_caption_names_an_acceptance():
    doc = _read("项目现场照片\n车间全景 控制柜安装\n数据大屏 验收会现场\n项目：甲北精工数字化车间项目\n")
    assert doc.doc_type == "other"


def test_a_quotation_the_buyer_countersigned_is_a_procurement_proof_dated_by_the_confirmation():
    text = ("报价单\n致： 丙东重工有限公司\n项目： 丙东数字化车间改造项目\n报价单位： 乙南数控有限公司\n"
            "报价日期： 2023.03.02\n报价编号： QT-2023-017\n序号 名称 数量 金额（元）\n"
            "1 数据采集终端 1批 300,000.00\n2 平台软件 1套 180,000.00\n合计（含税） 480,000.00\n报价有效期：30天。\n"
            "采购方确认\n经我方比价，同意按本报价单所列内容及金额向报价单位采购。\n"
            "确认单位（盖章）：丙东重工有限公司\n确认日期：2023年3月15日\n")
    doc = _read(text)
    assert doc.doc_type == "procurement_proof"
    values = _values(doc)
    assert values["amount_yuan"] == "480000.00"
    assert values["date"] == "2023-03-15"
    assert values["customer"] == "丙东重工有限公司"       # who countersigned, whom the quotation was addressed to
    assert values.get("supplier") != "丙东重工有限公司"     # one firm is never both sides
    # the same quotation not countersigned is an offer, not a purchase
    offer = _read(text[:text.index("采购方确认")])
    assert offer.doc_type == "other"


def test_the_addressee_of_a_countersigned_quotation_read_twice_differently_is_still_the_buyer():
    doc = _read("报价单\n致： 丙东重工有限公司\n报价单位： 乙南数控有限公司\n合计 120,000.00\n"
                "采购方确认\n同意按本报价单向报价单位采购。\n确认单位：丙东重王有限公司\n确认日期：2023年3月15日\n",
                method="ocr:tesseract")
    assert doc.doc_type == "procurement_proof"
    assert "supplier" not in _values(doc)


def test_a_contract_in_traditional_characters_or_calling_itself_a_合约_gives_its_number():
    traditional = _values(_read("設備採購合約書\n合約編號：TW-2023-018\n甲方（買方）：丙东重工有限公司\n"
                                "乙方（賣方）：乙南数控有限公司\n雙方同意訂立本合約，條款如下：\n"
                                "第一條 合約總價：人民幣壹拾貳萬元整（RMB ¥120,000.00）。\n"
                                "第二條 本合約壹式肆份，經雙方簽章後生效。\n簽約日期：2023年8月1日\n"))
    assert traditional["contract_no"] == "TW-2023-018"
    assert traditional["amount_yuan"] == "120000.00"
    assert traditional["date"] == "2023-08-01"
    simplified = _values(_read("设备采购合约书\n合约编号：TW-2023-019\n甲方：丙东重工有限公司\n乙方：乙南数控有限公司\n"
                               "第一条 合约总价：人民币壹拾贰万元整（¥120,000.00）。\n签约日期：2023年8月2日\n"))
    assert simplified["contract_no"] == "TW-2023-019"
