"""Reading by what a document states, on invented texts: a receipt for a deposit is not a
payment of the contract price; further role words, labels and solution headings."""

from decimal import Decimal

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


def test_a_bilingual_solution_heading_names_the_solution():
    doc = _read("数字化转型评估报告Digital Assessment Report\n服务对象Client 甲北精工有限公司\n"
                "评估日期Date 2022-03-04\nFindings主要发现: paper work orders.工单纸质流转。\n"
                "Recommendations解决方案建议: roll out electronic work orders and andon boards.推行电子工单与安灯看板，\n建设车间级生产执行系统。\n"
                "诊断单位：乙南数控有限公司\n")
    from pipeline.extract.fields.solutions import find_solution
    found = find_solution(doc, ("解决方案", "建议"))
    assert found is not None and "解决方案建议" in found.value


def test_a_handover_certificate_states_its_price_and_its_decision():
    values = _values(_read("交工验收证书\n项目法人：甲北精工有限公司\n施工（实施）单位：乙南数控有限公司\n"
                           "合同段/合同号：QX-2022-031\n交工日期 2022年8月1日 交工验收日期 2022年8月15日\n"
                           "合同价（元） 1,230,000.00 质量评定 合格\n主要工程内容 涂装线数据采集\n交工验收意见：\n"
                           "交工验收委员会经检查认为，该项目已按合同完成，资料完整。同意交工验\n"
                           "收，项目移交甲北精工有限公司使用管理。\n项目法人（盖章） 施工单位（盖章）\n"))
    assert values["amount_yuan"] == "1230000.00"
    assert values["result"] == "passed"
    assert values["customer"] == "甲北精工有限公司"


def test_a_bank_draft_is_a_payment_by_its_applicant():
    doc = _read("某某农商银行本票\n出票日期（大写）：二0二二年五月八日 本票号码：1234567\n"
                "收款人 乙南数控有限公司 申请人 甲北精工有限公司\n"
                "出票金额 人民币（大写）壹拾贰万元整 小写￥120,000.00\n转账 现金\n"
                "备注 QX-2022-045项目款 付款期限 自出票之日起贰个月\n", method="ocr:rapidocr")
    values = _values(doc)
    assert doc.doc_type == "payment_proof"
    assert (values["payer"], values["payee"]) == ("甲北精工有限公司", "乙南数控有限公司")
    assert values["date"] == "2022-05-08" and values["amount_yuan"] == "120000.00"


def test_a_figure_wrapped_in_its_cell_is_read_whole_from_its_words():
    values = _values(_read("数控改造项目合同\n合同编号 QX-2022-077 签订地点 天津市\n"
                           "需方（甲方） 甲北精工有限公司\n供方（乙方） 乙南数控有限公司\n"
                           "签订时间 2022年3月1日\n"
                           "合同总价（含税） 壹佰叁拾伍万肆仟贰佰元整¥1,3 计划工期 90日历天\n54,200.00\n"
                           "付款节点 预付30%，终验合格后付清\n"))
    assert Decimal(values["amount_yuan"]) == Decimal("1354200")


def test_a_seal_over_the_signing_date_leaves_the_date_and_a_deadline_is_not_it():
    values = _values(_read("技术服务合同\n合同编号：QX-2022-090\n甲　　方：甲北精工有限公司\n乙　　方：乙南数控有限公司\n"
                           "乙方应于2022年9月30日前完成全部交付，并提请甲方组织验收。\n"
                           "合同总价：人民币壹拾万元整（¥100,000.00）\n甲方（盖章）： 乙方（盖章）：\n"
                           "签订日期：2022年5合月同6专日用章 签订日期：2022年5合月同6专日用章\n"))
    assert values["date"] == "2022-05-06"
