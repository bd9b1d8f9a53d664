"""A customer's own papers that record its decision to buy from the supplier are procurement
evidence whatever they are titled: an order page of a buying platform, the minutes of a
management meeting whose item chooses the supplier, a letter commissioning the project, an
approval form decided by a leader's instruction. Texts written for these tests."""

from datetime import date
from decimal import Decimal

from helpers.textdocs import read_text_document as _read

_ORDER_PAGE = ("某某工采网·企业采购订单详情\n"
               "订单状态：已完成 订单号 556677889900\n"
               "下单时间 2021-05-06 10:11:12\n"
               "采购单位 示例南开机电有限公司\n"
               "下单账号 buyer_wang\n"
               "关联合同号 NKJD-2021-088\n"
               "供应商（店铺） 北辰某某软件有限公司旗舰店\n"
               "预计送达 2021年5月20日\n"
               "商品 数量 单价（元） 小计（元）\n"
               "数据采集终端 1 450,000.00 450,000.00\n"
               "实施服务 1 800,000.00 800,000.00\n"
               "商品总额 ¥1,250,000.00\n运费 ¥0.00\n应付总额 ¥1,250,000.00\n")


def test_a_platform_order_page_is_a_procurement_proof_citing_its_contract():
    doc = _read(_ORDER_PAGE)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["contract_no"].value == "NKJD-2021-088"     # not the platform's 订单号
    assert doc.fields["amount_yuan"].value == Decimal("1250000.00")
    assert doc.fields["date"].value == date(2021, 5, 6)          # not the expected delivery
    assert doc.fields["customer"].value == "示例南开机电有限公司"


def test_an_order_page_whose_title_was_misread_is_still_an_order():
    doc = _read(_ORDER_PAGE.replace("某某工采网·企业采购订单详情", "某某工采网·企业采贝订毕详请"))
    assert doc.doc_type == "procurement_proof"


_MINUTES = ("示例西青新材料有限公司\n总经理办公会会议纪要\n〔2021〕第7期\n"
            "会议时间：2021年6月3日9:30\n会议地点：公司二楼会议室\n主持人：总经理王某\n"
            "出席人员：公司领导班子成员、各部门负责人\n会议研究了以下事项：\n"
            "一、关于能耗监测平台供应商选定事项。会议听取了采购部关于比选情况的汇报，同意选定"
            "北辰某某软件有限公司为该项目供应商，合同金额126.50万元，由采购部负责签订合同。\n"
            "二、关于年度培训费用预算事项。会议同意将培训费用预算由30.00万元调整为35.00万元。\n"
            "报送：公司领导班子成员 抄送：各部门\n示例西青新材料有限公司综合办公室\n"
            "2021年6月8日印发\n")


def test_minutes_whose_item_chooses_the_supplier_are_a_procurement_proof():
    doc = _read(_MINUTES)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["amount_yuan"].value == Decimal("1265000.00")
    assert doc.fields["customer"].value == "示例西青新材料有限公司"
    assert doc.fields["date"].value == date(2021, 6, 3)    # the meeting decided; 印发 only circulates


def test_minutes_choosing_the_supplier_with_the_verb_misread_still_choose_it():
    doc = _read(_MINUTES.replace("同意选定", "同意先\n定"))
    assert doc.doc_type == "procurement_proof"


def test_minutes_of_an_event_stay_a_meeting_record():
    doc = _read("智能制造交流会会议纪要\n会议时间：2021年6月3日\n会议地点：某某会展中心\n"
                "出席人员：32家企业代表\n本次交流会由北辰某某软件有限公司主办，与会企业就数字化转型进行了交流。\n")
    assert doc.doc_type == "meeting_record"


_COMMISSION = ("示例津南塑业有限公司\n项目委托函\n津南采委〔2021〕5号\n北辰某某软件有限公司：\n"
               "根据我公司采购管理规定，经公司采购领导小组审议，决定将“注塑车间数据采集”项目委托贵公司实施，"
               "委托金额为88.00万元（大写：捌拾捌万元整，含税）。\n"
               "请贵公司接函后五个工作日内与我公司设备部洽谈并签订合同，项目须于2021年12月31日前完成安装调试。\n"
               "特此函告。\n示例津南塑业有限公司\n二〇二一年七月十二日\n")


def test_a_letter_commissioning_the_project_is_a_procurement_proof_not_a_contract():
    doc = _read(_COMMISSION)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["amount_yuan"].value == Decimal("880000.00")
    assert doc.fields["date"].value == date(2021, 7, 12)


def test_a_commission_letter_whose_title_was_misread_is_still_one():
    doc = _read(_COMMISSION.replace("项目委托函", "项目委托上子"))
    assert doc.doc_type == "procurement_proof"


def test_a_deadline_never_dates_the_letter():
    # the letter's own date under the seal could not be read: no date, rather than the deadline
    doc = _read(_COMMISSION.replace("示例津南塑业有限公司\n二〇二一年七月十二日\n", "（印章）\n"))
    assert doc.doc_type == "procurement_proof"
    item = doc.fields.get("date")
    assert item is None or item.value != date(2021, 12, 31)


_SIGNED_REPORT = ("示例东丽包装有限公司\n签报审批单\n编号：采签〔2021〕12号\n"
                  "主办部门 采购部 拟稿人 李某 拟稿日期 2021.03.02\n"
                  "标题：关于包装线改造供应商选定的签报\n"
                  "采购部组织了比选，共邀请三家单位报价。经综合评审，北辰某某软件有限公司方案最优，"
                  "拟选定该公司为本项目供应商，合同金额56.00万元（大写：伍拾陆万元整），预算62.00万元。妥否，请批示。\n"
                  "会签意见：\n财务部：同意。\n领导批示：\n同意。\n王某 2021.3.15\n")


def test_an_approval_form_is_dated_by_the_instruction_not_by_its_drafting():
    doc = _read(_SIGNED_REPORT)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["date"].value == date(2021, 3, 15)
    assert doc.fields["amount_yuan"].value == Decimal("560000.00")


def test_a_role_word_in_the_subject_line_labels_no_party():
    # 关于…供应商选定的签报: 供应商 is what the form is about; the prose below it names no supplier
    doc = _read("示例东丽包装有限公司\n签报审批单\n标题：关于包装线改造供应商选定的签报\n"
                "              为推进公司智能化改造，采购部组织了比选，共邀请三家单位报价。\n"
                "经综合评审，拟选定该公司为本项目供应商，合同金额56.00万元。妥否，请批示。\n"
                "领导批示：\n同意。\n王某 2021.3.15\n")
    assert doc.doc_type == "procurement_proof"
    supplier = doc.fields.get("supplier")
    assert supplier is None or supplier.value != "为推进公司"
