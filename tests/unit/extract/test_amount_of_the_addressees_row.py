"""A result notice listing lots awarded to several suppliers states one amount per supplier:
the amount it commits to its addressee is the figure of the addressee's row, not the first row.
Where no row is the addressee's, the reader cannot tell and asks. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read

_NOTICE = ("东丽示例化工有限公司\n采购结果通知书\n致：{to}\n"
           "我公司示例装置改造项目分标包采购，结果如下：\n"
           "标包 内容 成交供应商 成交金额（元）\n"
           "A包 管道安装 南开示例安装工程有限公司 310,500.00\n"
           "B包 控制系统 北辰示例自动化有限公司 1,275,000.00\n"
           "C包 检测服务 西青示例检测技术有限公司 48,300.00\n"
           "请贵公司于2018年6月1日前签订合同。\n2018年5月20日\n")


def test_the_addressees_lot_gives_the_amount():
    doc = _read(_NOTICE.format(to="北辰示例自动化有限公司"))
    assert doc.doc_type == "procurement_proof"
    amount = doc.fields["amount_yuan"]
    assert str(amount.value) == "1275000.00" and not amount.needs_review


def test_no_row_for_the_addressee_is_asked_not_guessed():
    doc = _read(_NOTICE.format(to="河北示例贸易有限公司"))
    assert doc.fields["amount_yuan"].needs_review
