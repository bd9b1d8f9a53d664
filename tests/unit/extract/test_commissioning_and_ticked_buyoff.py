"""A plant's acceptance is its commissioning: an owner's confirmation that the integrated or
load run passed (联动试车/试运行合格确认) is acceptance evidence, dated when it is confirmed, not
when the trial runs were held, and issued by the owner (业主/建设单位), the customer. A customer's
buy-off ticks 接受 or 不接受: the ticked option is the result, and a row whose ticks were not read
decides nothing. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read
from pipeline.extract.classify import classify_text

_COMMISSIONING = (
    "{title}\n"
    "工程名称：污水处理站自控改造 文件编号：SC-77\n"
    "合同编号：HX-2019-ZK118\n"
    "阶段 时间 情况\n"
    "单机试运行 2019.04.02—2019.04.05 正常\n"
    "负荷试运行 2019.04.10—2019.04.13 正常\n"
    "某某自动化工程有限公司承担的上述系统已完成试运行。经南开示例水务有限公司运行部、"
    "设备部共同检查，{decision}\n"
    "建设单位（盖章）： 承包单位（盖章）：\n"
    "南开示例水务有限公司 某某自动化工程有限公司\n"
    "确认日期：2019年4月20日\n"
)


def test_an_owners_commissioning_confirmation_is_an_acceptance():
    text = _COMMISSIONING.format(title="试运行合格确认单",
                                 decision="各回路运行稳定，确认负荷试运行合格，同意交付使用。")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report" and c.recognised
    doc = _read(text)
    values = {k: str(v.value) for k, v in doc.fields.items()}
    assert values["result"] == "passed"
    assert values["contract_no"] == "HX-2019-ZK118"
    # the confirmation's day, not a trial run's
    assert values["date"] == "2019-04-20"
    assert values["customer"] == "南开示例水务有限公司"
    assert "amount" not in doc.fields


def test_a_commissioning_confirmation_is_recognised_by_what_it_states():
    # no title of the genre: the owner confirming the run passed makes it one
    text = _COMMISSIONING.format(title="情况说明",
                                 decision="各回路运行稳定，确认联动试车合格，同意工程交付使用。")
    c = classify_text(text)
    assert c.doc_type == "acceptance_report"
    assert _read(text).fields["result"].value == "passed"


def test_a_failed_commissioning_run_is_a_failed_acceptance():
    text = _COMMISSIONING.format(title="联动试车确认书",
                                 decision="联锁回路两处误动作，联动试车不合格，整改后重新组织试车。")
    assert _read(text).fields["result"].value == "failed"


_BUY_OFF = (
    "产线节拍验证暨终验收报告\n"
    "客户 津南示例车桥有限公司 合同号 JN-2018-0931\n"
    "指标 目标 实测 判定\n"
    "节拍JPH 40 43 OK\n"
    "终验收结论（客户填写）：\n"
    "{row}\n"
    "客户签章：津南示例车桥有限公司 2018/09/30\n"
)


def test_a_ticked_accept_option_is_the_buy_off_result():
    doc = _read(_BUY_OFF.format(row="☑ 接受（Final Buy-off） ☐ 不接受，整改后重新验证"))
    assert doc.doc_type == "acceptance_report"
    assert doc.fields["result"].value == "passed"
    refused = _read(_BUY_OFF.format(row="☐ 接受（Final Buy-off） ☑ 不接受，整改后重新验证"))
    assert refused.fields["result"].value == "failed"


def test_accept_options_whose_ticks_were_not_read_decide_nothing():
    doc = _read(_BUY_OFF.format(row="接受（Final Buy-off） 不接受，整改后重新验证"))
    assert "result" not in doc.fields


def test_an_unlabelled_options_row_without_ticks_is_no_failure():
    # the conclusion's label stands on a line of its own and the boxes were lost: the next line
    # lists the options, and its failing option is not what the customer decided
    text = ("设备终验收单\n客户 河西示例电器有限公司 合同号 HX-2017-0412\n"
            "客户意见\n合格 不合格（需整改后复验）\n客户签章：河西示例电器有限公司 2017/06/30\n")
    doc = _read(text)
    assert doc.doc_type == "acceptance_report"
    assert "result" not in doc.fields
