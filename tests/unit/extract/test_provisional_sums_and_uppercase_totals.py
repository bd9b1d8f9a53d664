"""A contract whose total is stated only in 大写, beside a provisional sum (暂定价) in a table:
the provisional sum is a part of the price, never the price; when the 大写 total did not read,
a figure from elsewhere is a question, not the amount (texts written for these tests)."""

from helpers.textdocs import read_text_document

_CONTRACT = ("仓储系统改造分包合同\n分包合同号：KQ-2021-07\n总包方（甲方）：甲北重工有限公司\n"
             "分包方（乙方）：乙南自动化有限公司\n工作内容清单如下：\n序号 内容 数量 备注\n"
             "1 货架改造 12\n2 输送线 3 暂定价¥15,600.00\n"
             "本分包合同固定总价为{total}，其中已含暂定价部分。\n合同签订时间：2021.05.10\n")


def test_a_total_stated_in_uppercase_is_the_amount_not_the_provisional_sum():
    doc = read_text_document(_CONTRACT.format(total="贰拾陆万元整"))
    assert doc.doc_type == "subcontract"
    assert doc.fields["amount_yuan"].value == 260000


def test_a_provisional_sum_alone_is_not_the_price():
    doc = read_text_document(_CONTRACT.format(total="贰拾陆万元整").replace("贰拾陆万元整", "见附件"),
                             method="ocr:tesseract")
    amount = doc.fields.get("amount_yuan")
    assert amount is None or amount.value != 15600


def test_an_unread_uppercase_total_makes_an_unlabelled_figure_a_question():
    text = _CONTRACT.format(total="贰拾制万元整").replace("暂定价¥15,600.00", "¥15,600.00")
    doc = read_text_document(text, method="ocr:tesseract")
    amount = doc.fields.get("amount_yuan")
    assert amount is None or amount.needs_review
