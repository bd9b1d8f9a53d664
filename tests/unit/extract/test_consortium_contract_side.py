"""A contract let to a consortium (承包人：联合体) is taken on the consortium's side by its lead
member (联合体牵头人), not by another member. Invented text."""

from helpers.textdocs import field_values, read_text_document


def test_the_consortium_lead_holds_the_contractors_side():
    doc = read_text_document(
        "仓储改造项目承包合同\n合同编号：GX-2022-310\n发包人（甲方）：庚南物流有限公司\n"
        "承包人（乙方）：联合体\n联合体成员：壬东钢构有限公司\n联合体牵头人：辛北软件有限公司\n"
        "鉴于乙方以联合体形式承接甲方项目，双方约定如下：\n"
        "1.合同价款：本合同签约合同价为人民币（大写）伍拾万元整（小写）¥500,000.00。\n"
        "2.联合体各成员对甲方承担连带责任，甲方向联合体牵头人指定账户统一支付合同款项。\n"
        "甲方（盖章）：庚南物流有限公司 2022年6月1日\n")
    assert doc.doc_type == "contract"
    values = field_values(doc)
    assert values["customer"] == "庚南物流有限公司"
    assert values["supplier"] == "辛北软件有限公司"
