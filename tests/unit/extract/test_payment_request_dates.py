"""A payment's paper dated both when the payment was asked for and when the money moved: the
second is the payment's date. Invented texts."""

from helpers.textdocs import document_from_text
from pipeline.extract.fields import classify_document, extract_fields

COLLECTION = ("某某农村商业银行 托收凭证（收款通知）\n委托日期 2023年6月2日\n付款人全称 天津市河东区恒远机电有限公司\n"
              "收款人全称 天津华创工业互联网有限公司\n金额 人民币（大写）叁拾万元整 ¥300,000.00\n款项内容 货款\n"
              "上列款项已划回收入你方账户内。 收款人开户银行签章 2023年6月9日")


def _payment(text: str):
    d = document_from_text(text, path="p.pdf")
    classify_document(d)
    d.doc_type = "payment_proof"
    extract_fields(d)
    return d


def test_the_day_a_collection_was_asked_for_is_not_the_payments_date():
    assert str(_payment(COLLECTION).fields["date"].value) == "2023-06-09"


def test_an_online_orders_submission_time_gives_way_to_the_day_it_was_paid():
    text = "网上银行 付款结果\n提交时间 2023-06-01 09:12\n付款人 天津市河东区恒远机电有限公司\n" \
           "金额 ¥300,000.00\n银行处理完成 2023-06-02 15:40 交易成功"
    assert str(_payment(text).fields["date"].value) == "2023-06-02"


def test_a_request_date_alone_still_dates_the_paper_as_a_question():
    text = "某某银行 托收凭证\n委托日期 2023年6月2日\n付款人全称 天津市河东区恒远机电有限公司\n金额 ¥300,000.00"
    date = _payment(text).fields["date"]
    assert str(date.value) == "2023-06-02" and date.review_reason
