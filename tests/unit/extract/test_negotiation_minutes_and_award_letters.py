"""Minutes of a price negotiation held before the contract, and a buyer's letter to its tender
agency confirming the winner, are procurement proofs: the minutes are read at the agreed price
(not the first offer) with the contract number they fix; a letter's date is its own, not the date
it cites for another paper (the evaluation report, the opening). Texts written for these tests,
no set's documents."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values


_MINUTES = ("仓储温控改造\n价格磋商记录\n"
            "磋商时间：2024年3月5日 10:00\n磋商地点：丙东重工有限公司二楼会议室\n"
            "买方：丙东重工有限公司（以下简称甲方）\n卖方：乙南数控有限公司（以下简称乙方）\n"
            "一、乙方初次报价为￥1,560,000.00。经三轮磋商，双方商定本项目最终价格为人民币壹佰肆拾捌万元整"
            "（￥1,480,000.00），含税。\n"
            "二、甲方选择乙方实施本项目，双方据此签订合同，合同编号定为BN-\n2024-0217。\n"
            "三、本记录经双方代表签字后作为签订合同的依据。\n"
            "甲方代表（签字）：赵一 乙方代表（签字）：钱二\n")


def test_negotiation_minutes_before_the_contract_are_a_procurement_proof():
    doc = _read(_MINUTES)
    assert doc.doc_type == "procurement_proof"
    values = _values(doc)
    assert values["amount_yuan"] == "1480000.00"      # the agreed price, not the first offer
    assert values["customer"] == "丙东重工有限公司"
    assert values["date"] == "2024-03-05"


def test_a_contract_number_cut_by_the_line_wrap_before_its_digits_is_read_whole():
    assert _values(_read(_MINUTES))["contract_no"] == "BN-2024-0217"
    cut_after_a_letter = _MINUTES.replace("BN-\n2024-0217", "B\nN-2024-0217")
    assert _values(_read(cut_after_a_letter))["contract_no"] == "BN-2024-0217"


def test_a_letter_confirming_the_winner_is_dated_by_its_signature_not_the_report_it_cites():
    doc = _read("丙东重工有限公司\n关于确定中标人的函\n甲北招标咨询有限公司：\n"
                "你公司报送的《仓储温控改造项目评标报告》（招标编号：TB-2024-061）收悉。经我公司研究，"
                "确定第一中标候选人乙南数控有限公司为中标人，中标价为人民币壹佰伍拾万元整（￥1,500,000.00）。\n"
                "评标报告日期为2024年4月2日。请你公司据此向中标人发出中标通知书。\n特此函告。\n"
                "丙东重工有限公司\n二〇二四年四月六日\n")
    assert doc.doc_type == "procurement_proof"
    assert _values(doc)["date"] == "2024-04-06"


def test_a_notice_whose_only_date_is_the_public_opening_asks_for_its_date():
    # the notice's own date is unreadable (a stamp over it): the date the bids were opened in
    # public is a step of the procedure, so the reader asks rather than takes it
    doc = _read("中标通知书\n乙南数控有限公司：\n"
                "我单位仓储温控改造项目（招标编号：TB-2024-061）于2024年4月2日公开开标，经评标委员会评审，"
                "确定贵单位为中标人。\n中标价格：人民币壹佰伍拾万元整（1,500,000.00）。\n"
                "招标人：丙东重工有限公司\n")
    date = doc.fields.get("date")
    assert date is None or date.needs_review



def test_the_chosen_firm_is_read_without_the_candidates_rank_before_its_name():
    from helpers.textdocs import document_from_text
    from pipeline.extract.roles import parties_by_statement

    doc = document_from_text("经我公司研究，确定排名第一的中标候选人乙南数控有限公司为中标人，中标价为人民币"
                             "壹佰伍拾万元整。\n", "x.pdf")
    named = [(h.role, h.name) for h in parties_by_statement("procurement_proof", doc.pages)]
    assert ("supplier", "乙南数控有限公司") in named
    assert all("候选" not in name for _, name in named)
