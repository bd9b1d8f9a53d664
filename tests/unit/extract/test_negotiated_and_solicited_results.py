"""A customer's notice that it chose the applicant as supplier by a negotiated tender (议标) or a
supplier solicitation (征集) is a procurement proof; its amount is the one awarded, not a first
offer nor another bidder's price (texts written for these tests, no set's documents)."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values


def test_a_negotiated_tender_result_is_a_procurement_proof_read_at_its_agreed_price():
    doc = _read("议标结果通知书\n丁西采〔2024〕7号\n乙南数控有限公司：\n"
                "关于“仓库温控改造”，经我公司批准采用议标方式采购。贵公司首轮报价1,272,000.00元，"
                "经2024年4月2日议标小组商议，最终议定价格为壹佰贰拾万元整（1,200,000.00元）。\n"
                "现确定贵公司为本项目供应商，请到我公司办理合同签订手续。\n"
                "丙东重工有限公司\n采购部\n2024年4月8日\n")
    assert doc.doc_type == "procurement_proof"
    values = _values(doc)
    assert values["amount_yuan"] == "1200000.00"      # the agreed price, not the first offer
    assert values["date"] == "2024-04-08"             # the notice's date, not the negotiation's
    assert values["customer"] == "丙东重工有限公司"


def test_a_published_solicitation_result_is_read_at_the_chosen_rows_price():
    doc = _read("https://buy.example.cn/notice/88 2025-02-01 10:15\n"
                "车间照明改造供应商征集结果公示\n"
                "发布时间：2024-05-10 征集人：丙东重工有限公司\n"
                "序号 应征单位 报价（元） 结果\n"
                "1 戊北照明工程有限公司 905,000.00 未入选\n"
                "2 乙南数控有限公司 880,000.00 入选\n"
                "3 己中电气设备有限公司 930,500.00 未入选\n"
                "公示期：2024-05-10至2024-05-15。\n")
    assert doc.doc_type == "procurement_proof"
    values = _values(doc)
    assert values["amount_yuan"] == "880000.00"       # the chosen row, not another bidder's
    assert values["date"] == "2024-05-10"             # published, not the print time or period end
    assert values["customer"] == "丙东重工有限公司"


def test_a_bidders_table_without_a_marked_row_is_to_be_reviewed():
    doc = _read("车间照明改造供应商征集结果公示\n"
                "发布时间：2024-05-10 征集人：丙东重工有限公司\n"
                "序号 应征单位 报价（元）\n"
                "1 戊北照明工程有限公司 905,000.00\n"
                "2 乙南数控有限公司 880,000.00\n")
    amount = doc.fields.get("amount_yuan")
    assert amount is None or amount.needs_review      # whose price it is, the table does not say


def test_an_order_number_wrapped_at_a_sentence_line_end_is_read_whole():
    doc = _read("订单确认函\n乙南数控有限公司：\n"
                "贵公司报价单已收悉，现确认向贵公司订购下列设备，订单编号QD-2024-3\n"
                "57：\n品名 数量 金额（元）\n检测台 1套 450,000.00\n"
                "订单金额合计：￥450,000.00元\n需方：丙东重工有限公司\n2024年6月3日\n")
    assert _values(doc)["contract_no"] == "QD-2024-357"


def test_a_date_in_a_delivery_column_is_not_the_orders_date():
    # the confirmation's own date is unreadable (a stamp over it): the delivery date of the
    # table's row is another event's, so the reader asks rather than takes it
    doc = _read("订单确认函\n乙南数控有限公司：\n现确认向贵公司订购下列设备：\n"
                "品名 数量 金额（元） 要求交货期\n检测台 1套 450,000.00 2024-09-30\n"
                "订单金额合计：￥450,000.00元\n需方：丙东重工有限公司\n")
    date = doc.fields.get("date")
    assert date is None or date.needs_review


def test_admission_as_a_qualified_supplier_is_not_a_choice_of_supplier_for_a_purchase():
    doc = _read("关于供应商准入的通知\n乙南数控有限公司：\n"
                "经对贵公司资质的审核，现确定贵公司为我公司2025年度合格供应商，有效期一年。\n"
                "丙东重工有限公司\n2025年1月5日\n")
    assert "采购人选定申报单位为供应商" not in doc.kind_statements


def test_a_labelled_award_beside_a_table_of_offers_is_the_amount():
    doc = _read("中标结果公告\n招标人：丙东重工有限公司\n"
                "中标人：乙南数控有限公司，中标金额：人民币880,000.00元。\n"
                "序号 投标单位 报价（元）\n"
                "1 戊北照明工程有限公司 905,000.00\n"
                "2 乙南数控有限公司 880,000.00\n"
                "公告日期：2024年5月10日\n")
    amount = doc.fields["amount_yuan"]
    assert amount.value == 880000 and not amount.needs_review


def test_the_date_a_negotiation_was_held_is_not_the_notices_date():
    # the notice's own date is lost under its stamp: the date in the body dates the negotiation
    doc = _read("议标结果通知书\n乙南数控有限公司：\n"
                "经2024年4月2日议标小组商议，最终议定价格为壹佰贰拾万元整（1,200,000.00元）。\n"
                "现确定贵公司为本项目供应商。\n丙东重工有限公司\n")
    date = doc.fields.get("date")
    assert date is None or date.needs_review
