"""Payment notices mailed by a group's shared service centre, web-printed shop orders, task
sheets, standard drafts and receipts, on texts written for these tests: a salutation by role
(尊敬的供应商：) names no one, so the next sentence's firm is not the payee; a generic amount label
read inside another word (发票核对金额) yields to the payment's own label; the title of a payment
completion notice names a payment proof; an order's 下单时间 is its date and an estimated
arrival is another event's; a 任务编号 heads a task sheet's number; a draft's cover 发布/实施
dates are not the draft's; a memo's value ends at the next field's label; a date label's day
whose 日 OCR garbled is still read; a draft is named by its cover, not by the standard its
foreword cites."""

from helpers.textdocs import field_values, read_text_document

from pipeline.extract.classify import classify_text

_read, _values = read_text_document, field_values

_NOTICE = ("发件人：结算服务中心<pay@example.cn>\n收件人：丁北自动化有限公司财务部\n时间：2023-05-08 10:02\n"
           "主题：【支付完成通知】丁北自动化有限公司\n尊敬的供应商：\n"
           "您好！戊西机床有限公司委托结算服务中心办理的付款已于2023年5月8日通过银企直联支付成功，明细如下：\n"
           "付款单位 戊西机床有限公司\n收款单位 丁北自动化有限公司\n付款金额 CNY 312,000.00\n付款用途 项目款\n"
           "发票核对金额 1,040,000.00（含税）\n")


def test_a_salutation_by_role_names_no_payee():
    values = _values(_read(_NOTICE))
    assert (values["payer"], values["payee"]) == ("戊西机床有限公司", "丁北自动化有限公司")


def test_a_generic_amount_label_inside_another_word_yields_to_the_payments_own():
    assert _values(_read(_NOTICE))["amount_yuan"] == "312000.00"


def test_a_payment_completion_notice_is_a_payment_proof():
    # its own sentence garbled by OCR: the subject line alone says what it is
    text = _NOTICE.replace("通过银企直联支付成功", "通过银\n企直圆吉付成仙").replace("收款单位", "收苞单位")
    assert classify_text(text).doc_type == "payment_proof"


def test_a_web_order_is_dated_when_placed_not_when_expected_to_arrive():
    text = ("订单详情-某某采购商城\n订单状态：已完成 订单编号：PO-23-7781\n"
            "下单时间 2023-02-14 10:11:12 采购单位 戊西机床有限公司\n店铺/供应商 丁北自动化有限公司\n"
            "预计到货 2023-11-30 支付方式 对公转账\n订单金额：¥88,000.00\n")
    assert _values(_read(text))["date"] == "2023-02-14"
    unlabelled = text.replace("下单时间 2023-02-14 10:11:12 ", "")
    # only the arrival is dated: a question, not the order's date
    assert _read(unlabelled).fields["date"].needs_review


def test_a_task_sheets_number_is_read_as_the_subcontracts():
    text = ("测试服务分包任务书\n任务编号 RW-23-015 下达日期 2023-06-02\n"
            "任务下达方（甲方） 丁北自动化有限公司 承接方（乙方） 己南软件有限公司\n"
            "任务费用总额8.5万元（捌万伍仟元整）。\n")
    assert _values(_read(text)).get("contract_no") == "RW-23-015"


def test_a_drafts_cover_publication_date_is_not_its_date():
    text = ("ICS 35.240\nT/XYZ 003—2023\n团体标准\n机床联网数据字典\n（征求意见稿）\n2023-10-09发布 2023-12-01实施\n"
            "前言\n本文件按照GB/T 1.1—2020的规定起草。\n1 范围\n本文件规定了机床联网数据字典。\n")
    doc = _read(text)
    assert doc.doc_type == "standard_draft"
    assert "date" not in doc.fields


def test_a_memo_ends_at_the_next_fields_label():
    text = ("某某银行单位客户专用回单\n日期：2023年03月09日\n付款人 全称 戊西机床有限公司 收款人 全称 丁北自动化有限公司\n"
            "金额（大写） 壹万元整 （小写） ¥10,000.00\n用途 货款 交易流水号 ab7731cDeee\n")
    assert _values(_read(text, method="ocr:tesseract")).get("contract_no") is None
    cited = text.replace("用途 货款", "用途 合同号DB-2023-07货款")
    assert _values(_read(cited)).get("contract_no") == "DB-2023-07"


def test_a_signing_date_whose_closing_character_ocr_garbled_is_still_read():
    text = ("分包合同\n合同编号：FB-23-009\n甲方（总包方）：丁北自动化有限公司\n乙方（分包方）：己南软件有限公司\n"
            "分包金额为人民币伍万元整（¥50,000.00）。乙方应于2023年12月20日前完成。\n签订日期：2023年5月16人召。\n")
    assert _values(_read(text, method="ocr:tesseract"))["date"] == "2023-05-16"


def test_a_drafts_title_is_its_cover_name_not_the_standard_its_foreword_cites():
    text = ("ICS 35.240\nT/XYZ 003—2023\n团体标准\n机床联网数据字典\n（征求意见稿）\n2023-10-09发布\n"
            "前言\n本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。\n"
            "1 范围\n本文件规定了机床联网数据字典。\n")
    assert _values(_read(text))["title"] == "机床联网数据字典"
    wrapped = text.replace("机床联网数据字典\n（", "机床联网数据字典\n编制与维护规范\n（")
    assert _values(_read(wrapped))["title"] == "机床联网数据字典编制与维护规范"
    quoted = text.replace("1 范围\n", "1 范围\n《机床联网数据字典》规定了…\n")
    assert _values(_read(quoted))["title"] == "机床联网数据字典"
