"""Layouts and wordings other issuers use: bank grids with vertical role labels, digit-cell
amounts, checkbox results, 文号-style numbers, prose signing dates, look-alike papers.

Each case is a paper we did not generate ourselves, written out as text (no OCR), so a failure
names the wording that broke extraction rather than an OCR misreading.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest

from pipeline.extract.fields import classify_document, extract_fields
from pipeline.read.pdf_text import page_text_from_plumber
from pipeline.reconcile.contracts import fold_code
from helpers.textdocs import document_from_text


def read(text: str, method: str = "text_layer"):
    doc = document_from_text(text, method=method)
    classify_document(doc)
    extract_fields(doc)
    return doc


def value(doc, name):
    item = doc.fields.get(name)
    return None if item is None else item.value


def grid(*rows: tuple[str, str], right_at: int = 30) -> str:
    """Two column blocks, the right one starting at a fixed character column (the test pages
    place one character per column, so this is its x position)."""
    return "\n".join(left.ljust(right_at) + right if right else left for left, right in rows)


ICBC_VERTICAL_ROLES = "\n".join([
    "中国工商银行 网上银行电子回单",
    "电子回单号码：6910447023727930",
    grid(("   户名 金桥（天津）钢管制造有限公司", "   户名 天津辰星机器人科技有限公司"),
         ("付", "收"),
         ("款 账号 842058733480", "款 账号 8581487957996908219"),
         ("人", "人"),
         ("   开户银行 中国银行股份有限公司天津北辰支行", "   开户银行 天津银行股份有限公司红桥支行")),
    "金额 人民币（大写）：壹佰柒拾壹万元整 ¥1,710,000.00",
    "用途 支付HT-2023-0140合同款",
    "记账日期 2023年1月23日",
])

ABC_PAYEE_LEFT = "\n".join([
    "中国农业银行 网上银行电子回单（收款）",
    "回单编号：1249225610",
    grid(("       户名 天津渤海湾系统集成有限公司", "       户名 天津市滨海新区北洋启电子有限公司"),
         ("收款方 账号 42057316259676370", "付款方 账号 0470700224752915968"),
         ("       开户行 中国农业银行股份有限公司天津滨海支行", "       开户行 上海浦东发展银行股份有限公司天津分行"),
         right_at=34),
    "金额（小写） ¥2,530,000.00 金额（大写） 贰佰伍拾叁万元整",
    "交易日期 2024/01/22 交易类型 转账（来账）",
    "附言 TJZN(2023)017号合同首付款",
])

JINZHANG_DIGIT_GRID = "\n".join([
    "天津银行 进账单（回单） 1",
    "2024 年 2 月 8 日",
    grid(("   全称 天津市滨海新区智途钢管制造有限公司", "   全称 天津市北洋启智能装备有限公司"),
         ("出", "收"),
         ("票 账号 7139270701028297713", "款 账号 99050684952342573"),
         ("人", "人"),
         ("   开户银行 上海浦东发展银行股份有限公司天津分行", "   开户银行 中国农业银行股份有限公司天津静海支行"),
         right_at=34),
    "                          亿 千 百 十 万 千 百 十 元 角 分",
    "金额 人民币（大写）肆拾柒万伍仟元整",
    "                                   ¥ 4 7 5 0 0 0 0 0",
    "票据种类 转账支票 票据张数 1",
    "复核： 记账： 收款人开户银行签章",
])


def test_receipt_with_vertical_role_labels_beside_the_blocks():
    doc = read(ICBC_VERTICAL_ROLES)
    assert doc.doc_type == "payment_proof"
    assert value(doc, "payer") == "金桥（天津）钢管制造有限公司"
    assert value(doc, "payee") == "天津辰星机器人科技有限公司"
    assert value(doc, "amount_yuan") == Decimal("1710000.00")


def test_receipt_with_the_payee_block_on_the_left():
    doc = read(ABC_PAYEE_LEFT)
    assert value(doc, "payee") == "天津渤海湾系统集成有限公司"
    assert value(doc, "payer") == "天津市滨海新区北洋启电子有限公司"
    assert value(doc, "date") == date(2024, 1, 22)
    assert value(doc, "contract_no") == "TJZN(2023)017号"


def test_deposit_slip_amount_written_one_digit_per_cell():
    doc = read(JINZHANG_DIGIT_GRID)
    assert doc.doc_type == "payment_proof"
    amount = doc.fields["amount_yuan"]
    assert amount.value == Decimal("475000.00")
    assert not amount.needs_review          # the 大写 twin agrees with the cells
    assert value(doc, "payer") == "天津市滨海新区智途钢管制造有限公司"   # 出票人
    assert value(doc, "payee") == "天津市北洋启智能装备有限公司"


def test_compact_transaction_date_after_its_label():
    doc = read("""上海浦东发展银行 转账凭证
付款人名称 德赛斯（天津）纺织有限公司
收款人名称 天津德赛斯智能装备有限公司
交易金额 RMB649,500.00 金额大写 陆拾肆万玖仟伍佰元整
交易日期 20240226 流水号 88123""")
    assert value(doc, "date") == date(2024, 2, 26)


@pytest.mark.parametrize("row, expected", [
    ("验收结论 ■合格 □不合格", "passed"),
    ("验收结论：□ 合格  ■ 不合格", "failed"),
    ("验收结论 ☐通过 ☑不予通过", "failed"),
])
def test_checkbox_result_is_the_ticked_option(row, expected):
    doc = read(f"""竣工验收单
建设单位 天津市武清区力创模具有限公司 合同编号 ZN-TJ-2022-0451
验收日期 2023-02-08
{row}""")
    assert doc.doc_type == "acceptance_report"
    assert value(doc, "result") == expected
    assert not doc.fields["result"].needs_review


def test_checkbox_row_read_with_only_the_empty_box_left():
    """OCR under a seal keeps □ as 口 and drops ■: the option whose box is not empty is ticked."""
    doc = read("""竣工验收单
建设单位 天津睿工轮胎集团有限公司
验收日期 2023-08-14
验收结论 合格口不合格""", method="ocr:rapidocr")
    assert value(doc, "result") == "passed"
    assert "其余选项的勾选框为空" in doc.fields["result"].checks


def test_title_words_of_acceptance_papers():
    for title in ("项目验收确认单", "竣工验收单", "项目终验报告", "验收合格证明", "系统验收交接单"):
        doc = read(f"""天津诺科工业互联网科技集团有限公司
{title}
客户名称 联智（天津）电气设备有限公司
合同号 HT-2022-0451
合同金额 详见合同
验收时间 2023/06/19
验收结论: 合格
买方（签章） 卖方（签章）""")
        assert doc.doc_type == "acceptance_report", title
        assert value(doc, "result") == "passed"


def test_checkbox_row_whose_ticks_ocr_lost_needs_review():
    doc = read("""竣工验收单
建设单位 天津市武清区力创模具有限公司
验收日期 2023-02-08
验收结论 .3 -不合格""", method="ocr:tesseract")
    result = doc.fields["result"]
    assert result.needs_review and "勾选" in result.review_reason


def test_signing_date_stated_in_prose_beats_later_deadlines():
    doc = read("""合同编号：RJ2023-246
软件开发合同
委托人：天津晟达医疗器械有限公司（以下简称“委托人”）
受托人：天津市晟达机器人科技有限公司（以下简称“受托人”）
本合同于二〇二三年四月三日由委托人与受托人在天津市签订。双方经平等协商，达成如下条款：
2. 开发周期 受托人应于二〇二三年九月三十日前交付全部软件及源代码。
3. 合同价款 本合同价款共计人民币叁佰零贰万伍仟元整（小写：3,025,000.00元）。
第六条 争议解决 违约方承担违约责任。""")
    assert doc.doc_type == "contract"
    assert value(doc, "date") == date(2023, 4, 3)
    assert value(doc, "customer") == "天津晟达医疗器械有限公司"
    assert value(doc, "supplier") == "天津市晟达机器人科技有限公司"
    assert value(doc, "amount_yuan") == Decimal("3025000.00")


def test_subcontract_roles_from_role_notes_and_total_from_the_price_table():
    doc = read("""设备安装工程分包合同
合同编号：TJZN(2022)013-FB01
承包人（总包单位）：天津市东丽区津创自动化技术有限公司
分包人：天津市众联工业互联网科技有限公司
一、分包范围及价款
分项 金额（元）
设备吊装就位 144,500.00
管线敷设及接线 85,400.00
合计 229,900.00
承包人（盖章） 分包人（盖章）
2022 年 3 月 28 日""")
    assert doc.doc_type == "subcontract"
    assert value(doc, "customer") == "天津市东丽区津创自动化技术有限公司"
    assert value(doc, "supplier") == "天津市众联工业互联网科技有限公司"
    assert value(doc, "amount_yuan") == Decimal("229900.00")


def test_wen_hao_contract_numbers_keep_prefix_and_hao():
    doc = read("""设备采购合同
合同编号：津智造〔2023〕37号
买方：天津市西青区恒信达新材料有限公司
卖方：天津力创数字科技有限公司
合同总价：¥2,768,500.00
签订日期：2023-08-07""")
    assert value(doc, "contract_no") == "津智造〔2023〕37号"
    receipt = read("""中国银行 国内支付业务付款回单
付款人名称 天津众联制药集团有限公司 收款人名称 天津凯润工业互联网科技有限公司
金额 CNY1,323,668.35 金额大写 壹佰叁拾贰万叁仟陆佰陆拾捌元叁角伍分
日期 2022.11.23
附言 支付津智造〔2022〕19号合同进度款""")
    assert value(receipt, "contract_no") == "津智造〔2022〕19号"


def test_ocr_bracket_misreadings_still_link_to_the_declared_number():
    doc = read("""设备采购及安装合同
编号:津智造(2022 ] 16号
买方:天津见盛包装有限公司
卖方:天津力创数字科技有限公司
合同总价 ¥1,200,000.00
签订日期 2022-10-20""", method="ocr:tesseract")
    assert value(doc, "contract_no") == "津智造(2022)16号"
    assert fold_code(value(doc, "contract_no")) == fold_code("津智造〔2022〕16号")
    assert fold_code("TJZN（2023）017") == fold_code("TJZN(2023)017号")


def test_procurement_proof_without_contract_number_is_known_by_its_order_number():
    doc = read("""采购订单
订单编号 PO20221206014 订单日期 2022/12/06
采购方 天津市红桥区昊天钢管制造有限公司 供应商 天津力创数字科技有限公司
合计 ¥4,180,000.00""")
    assert doc.doc_type == "procurement_proof"
    assert value(doc, "contract_no") == "PO20221206014"


def test_bid_notice_customer_is_the_signatory_not_words_after_a_prose_mention():
    doc = read("""中 标 通 知 书
天津渤海湾智能装备集团有限公司：
经评标委员会评审并经招标人确认，确定贵单位为中标人。
中标价：¥1,710,932.35（人民币壹佰柒拾壹万零玖佰叁拾贰元叁角伍分）
请你方在接到本通知书后30日内，到招标人处与招标人签订合同。
招标人：天津市河西区云帆制药有限公司（盖章）
2023年8月8日""")
    assert doc.doc_type == "procurement_proof"
    assert value(doc, "customer") == "天津市河西区云帆制药有限公司"


def test_look_alike_papers_are_other():
    invoice = read("""天津增值税专用发票
发票代码 1200231130 发票号码 08812345 开票日期 2023年10月12日
购买方 名称：天津市云帆医疗器械有限公司
销售方 名称：天津宏图自动化技术股份有限公司
金额 260,000.00 税额 33,800.00
价税合计（大写）贰拾玖万叁仟捌佰元整 （小写）¥293,800.00""")
    assert invoice.doc_type == "other"
    notice = read("""天津恒信达机器人科技有限公司文件
恒信司发〔2024〕17号
关于召开2024年度安全生产工作会议的通知
公司各部门、各车间：
一、会议时间：2024年3月25日（星期一）下午2:00
二、会议地点：公司办公楼一楼多功能厅
三、参会人员：公司领导班子成员、各部门负责人
五、有关要求：请参会人员提前10分钟到场签到。""")
    assert notice.doc_type == "other"
    minutes = read("""会议记录
会议名称 项目中期评审会
会议时间 2022-03-23 14:00-16:30
会议地点 线上（腾讯会议）
参会人员：
康英平 天津海河医疗器械有限公司 生产副总""")
    assert minutes.doc_type == "meeting_record"
    assert value(minutes, "date") == date(2022, 3, 23)


def test_text_layer_keeps_the_word_space_between_a_date_and_a_time():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("STSong-Light", 11)
    c.drawString(72, 760, "会议时间 2022-03-23 14:00-16:30")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        page = page_text_from_plumber(pdf.pages[0], 1)
    assert "2022-03-23 14:00" in page.text


@pytest.mark.parametrize("line, expected", [
    ("中标金额:人民币融佰抽拾贰万玖什元整( Y2.829,000.00 )", "2829000.00"),   # ¥→Y, a comma read as a dot
    ("中标金额：Yy589,900.00", "589900.00"),                                   # ¥ read as two letters
    ("中标金额：¥1.086.160.00", "1086160.00"),                                 # every comma read as a dot
])
def test_ocr_money_misreadings_are_undone(line, expected):
    doc = read(f"中标通知书\n致：天津迈科智造科技有限公司\n{line}\n招标人：北京金辰精密机械集团有限公司\n2022年10月22日",
               method="ocr:tesseract")
    assert value(doc, "amount_yuan") == Decimal(expected)
