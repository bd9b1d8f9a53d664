"""A kind is recognised from one sentence that combines its concepts (what was checked, and that
it passed; that money has moved; that a supplier was chosen), whatever the paper's title and
wording, while a condition, a promise or an effect is not such a statement. Invented texts."""

import pytest

from pipeline.extract.classify import classify_text

STATED = [
    ("acceptance_report", "运行情况证明\n某某公司承建的仓储管理系统自上线以来运行稳定，各项指标达到技术协议要求，满足我单位生产需要。"),
    ("acceptance_report", "项目实施成效确认书\n经三个月试运行，数字化车间各项功能满足合同约定。我公司对实施成效予以确认。"),
    ("payment_proof", "关于项目款项的说明\n截至2023年10月，我单位已通过转账方式向某某公司支付项目款合计人民币300万元。"),
    ("contract", "合同信息打印单\n合同编号 HT-2023-01\n我方签约主体 某某集团有限公司\n对方单位 某某科技有限公司\n"
                 "合同金额（含税） ¥1,000,000.00\n签订日期 2023年06月14日"),
    ("contract", "合同信息打印单\n合同编号 HT-2023-02\n我方签约主体 某某集团有限公司\n对方单位 某某科技有限公司\n"
                 "合同金额（含税） ¥1,000,000.00\n签订日期 二〇二三年五月八日"),
    ("procurement_proof", "关于平台供应商选型的评估报告\n候选供应商 综合得分 报价（元）\n某某科技有限公司 85.5 3,600,000.00\n"
                          "评估结论：某某科技有限公司综合得分第一。建议选定其为本项目实施供应商。\n审批意见：同意按评估结论执行。"),
    ("procurement_proof", "关于改造项目的批复\n经公司研究，同意选择某某公司作为产线改造项目的实施单位，项目金额300万元。"),
]

NOT_STATED = [
    "技术条款\n乙方应保证系统验收合格，各项指标达到合同要求，否则承担违约责任。",
    "感谢信\n贵公司实施的系统运行以来，合格率提升3个百分点，取得良好效益。",
    "出厂检验报告\n产品名称 数控机床 检验结论：经检验，该设备各项指标符合出厂标准，准予出厂。",
    "合格供应商名录\n经审核，同意将以下单位列入合格供应商名录：某某公司。",
    "付款计划\n甲方将于设备验收合格后向乙方支付合同款的百分之六十。",
    "订阅服务协议\n首期款于本协议生效后10日内支付；其余款项于系统通过订阅方验收后30日内付清。",
    "某某项目验收方案\n三、验收内容与方法\n序号 验收内容 验收方法 合格判定\n1 系统功能 逐项演示 功能项全部实现\n"
    "四、验收计划\n计划于2023年7月22日前后组织初验，试运行一个月后组织终验。\n五、验收结论\n（验收完成后由验收小组填写）",
    "某某项目中标候选人公示\n招标人 某某集团有限公司\n名次 中标候选人名称 投标报价（元）\n第一名 某某科技有限公司 3,425,000.00\n"
    "投标人对评标结果有异议的，应当在中标候选人公示期间提出。",
]


@pytest.mark.parametrize("kind,text", STATED)
def test_a_sentence_combining_the_kinds_concepts_recognises_it(kind, text):
    result = classify_text(text)
    assert result.doc_type == kind and result.recognised


@pytest.mark.parametrize("text", NOT_STATED)
def test_a_condition_a_promise_or_an_effect_states_no_kind(text):
    result = classify_text(text)
    assert result.doc_type not in ("acceptance_report", "payment_proof", "procurement_proof")


def test_an_application_for_a_diagnosis_is_not_the_diagnosis():
    text = ("免费诊断服务申请表\n申请企业 某某机械有限公司\n所属行业 通用设备制造\n"
            "诊断需求：设备联网与数据采集现状评估\n申请日期 2024年3月1日\n企业盖章")
    assert classify_text(text).doc_type != "diagnosis_report"
