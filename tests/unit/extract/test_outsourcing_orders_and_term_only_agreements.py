"""An order form that states it has the force of a contract (本订单经双方盖章后具有合同效力) is a
contract, read with the order's own labels (its number, its document date, its 合计 row). An
agreement that states no signing date and dates only its term is dated by the day it states it
takes effect, not by the term's end. A figure after prose (总价) whose thousands separator OCR
read as a point, cut by the line end, is joined. Texts invented for these tests."""

from decimal import Decimal

from helpers.textdocs import read_text_document as _read

ORDERER = "河西示例机械有限公司"

_ORDER = (f"{ORDERER} ERP 打印时间：2023-02-08 10:30\n外协加工订单\n"
          "外协单号 WX-2022-117 单据日期 2022/11/05 币种 人民币\n"
          f"委托方 {ORDERER} 加工方 静海示例钣金有限公司 税率 13%\n"
          "行号 物料 加工内容 数量 单位 价税合计 交期\n"
          "1 A-01 机架焊接 4 台 120,000.00 2023-01-20\n"
          "2 A-02 钣金喷涂 10 件 80,000.00 2023-01-20\n"
          "合计（含税） 200,000.00\n"
          "备注：质保金为合计金额的5%。本订单经双方盖章后具有合同效力。\n"
          "委托方（盖章） 加工方（盖章）\n")


def test_an_order_stating_contract_force_is_a_contract_read_by_its_own_labels():
    doc = _read(_ORDER)
    assert doc.doc_type == "contract" and doc.kind_recognised
    assert doc.value("contract_no") == "WX-2022-117"
    assert str(doc.value("date")) == "2022-11-05"
    assert doc.value("amount_yuan") == Decimal("200000.00")
    assert doc.value("customer") == ORDERER


def test_an_order_without_such_a_statement_is_not_made_a_contract():
    doc = _read(_ORDER.replace("本订单经双方盖章后具有合同效力。", ""))
    assert doc.doc_type != "contract"


_TERM_ONLY = ("技术人员驻场服务协议\n协议编号：XY-2021-33\n"
              "发包方（甲方）北辰示例电气有限公司与承接方（乙方）宝坻示例软件有限公司就系统开发工作约定如下：\n"
              "1.乙方派驻工程师，按人月结算，协议总价{price}(大写:壹拾捌万元整)，超出部分另行约定。\n"
              "2.本协议自二〇二一年九月六日起生效，服务期至二〇二二年六月三十日。\n"
              "甲方：北辰示例电气有限公司\n乙方：宝坻示例软件有限公司\n")


def test_an_agreement_dating_only_its_term_is_dated_by_its_entry_into_force():
    doc = _read(_TERM_ONLY.format(price="180,000.00元"))
    assert str(doc.value("date")) == "2021-09-06"
    assert not doc.fields["date"].needs_review


def test_a_signing_date_still_wins_over_the_entry_into_force():
    doc = _read(_TERM_ONLY.format(price="180,000.00元") + "签订日期：2021年8月30日\n")
    assert str(doc.value("date")) == "2021-08-30"


def test_a_prose_figure_cut_at_a_thousands_point_is_joined():
    doc = _read(_TERM_ONLY.format(price="180.00\n0.00元"), method="ocr:tesseract")
    assert doc.value("amount_yuan") == Decimal("180000.00")
