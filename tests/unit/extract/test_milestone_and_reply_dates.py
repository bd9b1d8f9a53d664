"""The acceptance date of a paper holding several dated steps: a milestone table whose paper names
the entry that dates the acceptance, a table row of the acceptance itself, and a reply whose
numbered item states the acceptance held before the reply was issued. Invented texts only."""

from helpers.textdocs import field_values, read_text_document

_read, _values = read_text_document, field_values

_HEAD = ("项目阶段验收确认表\n合同编号：QX-2019-551\n甲方（委托方）：北辰示例机械有限公司\n"
         "乙方（承建方）：南开样例软件有限公司\n阶段 工作内容 完成时间 支付比例 状态\n")


def test_the_entry_the_paper_names_dates_the_acceptance():
    # the warranty row is dated last and the first row's words run into the next row's
    doc = _read(_HEAD + "P1 方案评审 2021年3月2日 20% 通过\nP2 部署调试 2021年5月11日 50% 通过\n"
                "P3 整体上线 2021年8月9日 25% 通过\nP4 质保期满 2022年8月9日 5% 待定\n"
                "说明：各阶段均已确认，项目验收日期以P3整体上线完成时间\n为准。\n")
    values = _values(doc)
    assert values["date"] == "2021-08-09"
    assert "P3整体上线" in doc.fields["date"].checks[-1]


def test_a_statement_making_an_entrys_date_the_acceptance_date_wrapped_across_lines():
    doc = _read(_HEAD + "第一阶段 方案评审 2021年3月2日 20% 通过\n第二阶段 试运行 2021年5月11日 50% 通过\n"
                "第三阶段 终审 2021年8月9日 25% 通过\n第四阶段 质保期满 2022年8月9日 5% 待定\n"
                "确认意见：以第三阶段的完成时间作为本项目验\n收日期。\n")
    assert _values(doc)["date"] == "2021-08-09"


def test_a_named_entry_whose_date_is_not_read_is_a_question():
    doc = _read(_HEAD + "P1 方案评审 2021年3月2日 20% 通过\nP2 部署调试 2021年5月11日 50% 通过\n"
                "P3 ▇▇▇ ▇▇▇ ▇▇\n说明：以P3整体上线完成日期作为项目验收日期。\n")
    assert doc.fields["date"].needs_review


def test_the_row_of_the_acceptance_itself_in_a_dated_table():
    # no statement: the row naming the final acceptance dates it, not the step before it whose
    # 通过 runs into the next row's 终验
    doc = _read(_HEAD + "M1 需求确认 2021年3月2日 30% 通过\nM2 试运行 2021年5月11日 30% 通过\n"
                "M3 终验 2021年8月9日 35% 通过\nM4 质保期满 2022年8月9日 5% 待定\n")
    assert _values(doc)["date"] == "2021-08-09"


def test_a_preliminary_checks_row_is_not_the_acceptances():
    doc = _read(_HEAD + "M1 需求确认 2021年3月2日 30% 通过\nM2 初验 2021年5月11日 30% 通过\n"
                "M3 质保期满 2022年8月9日 5% 待定\n验收结论：合格。\n")
    assert _values(doc)["date"] != "2021-05-11"


def test_a_replys_numbered_item_dates_the_acceptance_before_the_reply_is_issued():
    doc = _read("北辰示例机械有限公司文件\n北示发〔2020〕9号\n关于同意“仓储改造”项目通过竣工验收的批复\n"
                "工程部：\n你部请示收悉。经研究，现批复如下：\n"
                "一、2020年6月3日，由公司工程部、财务部及外聘专家组成的验收组对南开样例软件有限公司承\n"
                "建的“仓储改造”项目进行了竣工验收，认为项目已完成合同约定的全部内容。\n"
                "二、经研究，同意该项目通过竣工验收。\n北辰示例机械有限公司\n二〇二〇年六月八日\n")
    assert _values(doc)["date"] == "2020-06-03"


def test_a_numbered_item_in_parentheses_dates_the_acceptance_too():
    doc = _read("关于项目验收情况的通知\n各部门：\n（一）2020年6月3日，公司组织专家对南开样例软件有限公司实施的"
                "系统进行了验收，验收合格。\n北辰示例机械有限公司\n2020年6月10日\n")
    assert _values(doc)["date"] == "2020-06-03"
