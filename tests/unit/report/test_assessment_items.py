"""Assessment-cycle checks on documents built from text (no OCR): sign-in sheets in other
layouts, meetings with several documents, solution sections, diagnosis and subcontract
parties, the customers' total, and the new kinds' classification."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from pipeline.extract.signin import attendees
from pipeline.requirements.assessment import check_assessment_customers, tianjin_attendees
from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
from pipeline.requirements.registry import load_catalog
from pipeline.extract.classify import classify_text
from pipeline.extract.fields import classify_document, extract_fields, find_solution
from pipeline.models import (Applicant, Declaration, DeclaredContract, DeclaredDiagnosis, DeclaredMeeting,
                             DeclaredSupplier)
from pipeline.parsing.uscc import compute_check_char
from pipeline.reconcile.contracts import ContractEvidence, GapBook
from pipeline.requirements.support import Context
from pipeline.results.verify import reconcile
from helpers.textdocs import document_from_text

CATALOG = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
APPLICANT = Applicant("天津信诺数字科技有限公司", "91120116MA0PRQ81TA", "天津市滨海新区泰达大街377号", phase="考核")


def code(region: str, n: int) -> str:
    first = f"91{region}MA0{n:05d}X"[:17]
    return first + compute_check_char(first)


def doc(text: str, path: str = "x.pdf"):
    d = document_from_text(text, path)
    classify_document(d)
    extract_fields(d)
    return d


def run(check: str, docs, catalog=CATALOG, **declared):
    ctx = Context(catalog, Declaration(APPLICANT, source="申报信息.xlsx", **declared), [], docs, GapBook(catalog))
    req = next(r for r in catalog.requirements if r.check == check)
    from pipeline.requirements.registry import REGISTRY
    result = REGISTRY[check](ctx, req)
    return result, [g for g in ctx.book.gaps if g.kind != req.gap_kind]


# ---- sign-in sheets -------------------------------------------------------------------------

FIRMS = [(f"天津市第{n}精密机械有限公司", code("120116", n)) for n in range(1, 8)] + \
        [(f"天津{name}科技有限公司", addr) for name, addr in (
            ("瑞丰", "天津市东丽区津塘公路26号"), ("康达", "天津市西青区宜白路12号"), ("宏图", "天津市北辰区京津路19号"),
            ("正泰", "天津市武清区泰达大街134号"), ("明阳", "天津市滨海新区宜白路49号"))]
OUTSIDE = [("北京华泰电子科技有限公司", code("110108", 9)), ("江苏和瑞装备有限公司", "江苏省常州市新北区将军大道132号")]
MINUTES_HEAD = ("经验交流会会议纪要\n会议名称：2024年第1期智能制造经验交流会\n会议时间：2024年3月5日 9:30\n"
                "会议地点：天津市西青区\n主办单位：天津信诺数字科技有限公司\n"
                "会上，天津市第1精密机械有限公司介绍了经验。\n")


def sheet(rows, fmt="{i} {n} {c} 张三", head="参会单位签到表\n序号 单位名称 统一社会信用代码/地址 参会代表 签字\n"):
    return head + "\n".join(fmt.format(i=i, n=n, c=c) for i, (n, c) in enumerate(rows, 1))


class _Ctx:  # what tianjin_attendees needs: the applicant and name matching
    catalog = CATALOG
    declaration = Declaration(APPLICANT)


def tianjin_names(*docs) -> list[str]:
    return [a.name for a in tianjin_attendees(_Ctx, list(docs))[0]]


@pytest.mark.parametrize("layout", ["one page", "two pages", "footer note", "signed column", "code first",
                                    "split address", "pipes"])
def test_sign_in_sheet_layouts_count_every_tianjin_firm(layout):
    rows = FIRMS + OUTSIDE
    text = {
        "one page": MINUTES_HEAD + sheet(rows),
        "two pages": MINUTES_HEAD + sheet(rows[:6]) + "\f第 2 页\n" + "\n".join(
            f"{i} {n} {c} 李四" for i, (n, c) in enumerate(rows[6:], 7)) + "\n主办单位（盖章）：天津信诺数字科技有限公司",
        "footer note": MINUTES_HEAD + sheet(rows) + "\n注：以上为现场签到情况\n主办单位（盖章）",
        "signed column": MINUTES_HEAD + sheet(rows, "{i} {n} {c} 张三 已签到",
                                             "签到表\n序号 单位名称 代码或地址 姓名 签到时间 签到\n"),
        "code first": MINUTES_HEAD + sheet(rows, "{i} {c} {n} 张三", "签到表\n序号 统一社会信用代码/地址 单位名称 代表\n"),
        "split address": MINUTES_HEAD + sheet([(n, c.replace("天津市", "天津市 ").replace("区", "区 ", 1))
                                               for n, c in rows]),
        "pipes": MINUTES_HEAD + sheet(rows, "| {i} | {n} | {c} | 张三 |"),
    }[layout]
    names = tianjin_names(doc(text))
    assert sorted(names) == sorted(n for n, _ in FIRMS), layout


def test_ruled_table_with_wrapped_address_cells():
    # pdfplumber prints a wrapped cell's first line above its row and the rest below
    text = MINUTES_HEAD + "参会单位签到表\n序号 单位名称 统一社会信用代码/地址 参会代表\n" \
        "1 天津瑞丰科技有限公司 91120116MA0000012X 张三\n" \
        "天津市东丽区津塘公路二十六号智能\n2 天津康达科技有限公司 李四\n制造产业园3号楼\n" \
        "江苏省常州市新北区江宁开发区将军\n3 江苏和瑞装备有限公司 王五\n大道132号\n" \
        "4 天津宏图科技有限公司 天津市北辰区京津路19号 赵六"
    rows = {a.name: a for a in attendees(doc(text))}
    assert rows["天津康达科技有限公司"].tianjin and rows["天津康达科技有限公司"].address.endswith("3号楼")
    assert rows["江苏和瑞装备有限公司"].sure and not rows["江苏和瑞装备有限公司"].tianjin
    assert rows["天津宏图科技有限公司"].tianjin


def test_prose_and_header_lines_are_not_attendees():
    names = tianjin_names(doc(MINUTES_HEAD + "会议讨论了若干议题。"))
    assert names == []   # the firm named in the minutes' prose did not sign in


# ---- meetings: several documents, same names -------------------------------------------------

MEETING = DeclaredMeeting(1, "1", "2024年第1期智能制造经验交流会", date(2024, 3, 5), "天津市西青区", 12)
NOTICE = ("关于召开2024年第1期智能制造经验交流会的通知\n各有关单位：\n会议时间：2024年3月5日9:30\n会议地点：天津市西青区\n"
          "请各单位准时参会。\n天津信诺数字科技有限公司\n2024年2月20日")


def test_notice_minutes_and_separate_sign_in_sheet_all_count_for_one_meeting():
    signin = doc("2024年第1期智能制造经验交流会签到表\n日期：2024年3月5日\n" + sheet(FIRMS, head="序号 单位名称 代码/地址 代表\n"),
                 "signin.pdf")
    minutes = doc(MINUTES_HEAD + "会议讨论了若干议题。", "minutes.pdf")
    notice = doc(NOTICE, "notice.pdf")
    assert {d.doc_type for d in (signin, minutes, notice)} == {"meeting_record"}
    for docs in ([notice, minutes, signin], [signin, notice, minutes]):
        result, gaps = run("meetings", docs, meetings=[MEETING])
        assert gaps == [] and result.measured == 1
    _, gaps = run("meetings", [notice, minutes], meetings=[MEETING])
    assert [g.kind for g in gaps] == ["meeting_attendance_below_threshold"]
    assert set(gaps[0].documents) == {"notice.pdf", "minutes.pdf"}


def test_same_named_meetings_are_told_apart_by_date():
    days = [date(2024, 3, 5), date(2024, 6, 5), date(2024, 9, 5)]
    declared = [DeclaredMeeting(k, str(k), "智能制造经验交流会", d, "天津", 12) for k, d in enumerate(days, 1)]
    docs = [doc(f"经验交流会会议纪要\n会议名称：智能制造经验交流会\n会议时间：{d.year}年{d.month}月{d.day}日\n" + sheet(FIRMS),
                f"m{d.month}.pdf") for d in days[:2]]
    result, gaps = run("meetings", docs, meetings=declared)
    assert result.measured == 2
    assert [(g.kind, g.subject["meeting"]) for g in gaps] == [("missing_meeting_record", "智能制造经验交流会（2024-09-05）")]
    # the sheet of June's meeting is not read twice for March's
    assert result.details[:2] == ["「智能制造经验交流会」→ m3.pdf：符合", "「智能制造经验交流会」→ m6.pdf：符合"]


def test_issue_number_must_agree():
    other = doc(MINUTES_HEAD.replace("第1期", "第11期") + sheet(FIRMS))
    _, gaps = run("meetings", [other], meetings=[MEETING])
    assert [g.kind for g in gaps] == ["missing_meeting_record"]


# ---- diagnosis reports --------------------------------------------------------------------------

REPORT = ("智能制造免费诊断报告\n{label}：天津华泰传感器股份有限公司\n统一社会信用代码：{code}\n诊断单位：{by}\n"
          "诊断日期：2024年7月4日\n一、企业现状\n企业现有员工约89人，主要生产环节以人工和单机自动化为主。\n"
          "二、主要问题\n1.生产计划靠经验排产，插单频繁时交期难以保证。\n{solution}\n")
SOLUTION = "三、改进建议\n1.分两期部署设备联网与边缘采集，先覆盖瓶颈工序设备，实现产量、状态、报警数据自动采集。"
CUSTOMER_CODE = code("120104", 77)
DIAGNOSIS = DeclaredDiagnosis(1, "1", "天津华泰传感器股份有限公司", CUSTOMER_CODE, date(2024, 7, 4),
                              "华泰传感器智能制造诊断报告")


def report(label="诊断对象", by=APPLICANT.name, solution=SOLUTION, with_code=True):
    text = REPORT.format(label=label, code=CUSTOMER_CODE if with_code else "", by=by, solution=solution)
    return doc(text, "diag.pdf")


@pytest.mark.parametrize("label", ["诊断对象", "受诊断单位", "被诊断企业", "客户单位", "委托单位", "受诊企业"])
@pytest.mark.parametrize("with_code", [True, False])
def test_diagnosed_customer_labels(label, with_code):
    d = report(label, with_code=with_code)
    assert d.value("customer") == "天津华泰传感器股份有限公司"
    assert d.value("supplier") == APPLICANT.name      # 诊断单位 is not read inside 受诊断单位
    result, gaps = run("diagnoses", [d], diagnoses=[DIAGNOSIS])
    assert gaps == [] and result.measured == 1


def test_report_by_another_firm_is_a_party_mismatch_naming_the_customer():
    _, gaps = run("diagnoses", [report(by="天津某某咨询有限公司")], diagnoses=[DIAGNOSIS])
    assert [g.kind for g in gaps] == ["party_mismatch"]
    assert gaps[0].requirement == "A-diagnoses" and gaps[0].customer == DIAGNOSIS.customer
    assert "「天津华泰传感器股份有限公司」" in gaps[0].message and "「」" not in gaps[0].message


@pytest.mark.parametrize("heading", ["三、解决方案", "三、实施方案", "三、提升方案", "三、优化建议", "三、对策与建议", "三、建议",
                                     "三、改造方案", "三、建议措施", "3 改进建议", "（三）改进建议", "第三章 解决方案",
                                     "三、智能制造系统集成解决方案", "三、改进建议：建议分两期部署设备联网", "三、未来改进建议"])
def test_solution_headings(heading):
    d = report(solution=SOLUTION.replace("三、改进建议", heading, 1))
    assert d.value("solution") == heading
    assert run("diagnoses", [d], diagnoses=[DIAGNOSIS])[1] == []


@pytest.mark.parametrize("text", [
    "三、诊断结论\n企业数字化转型需求较为迫切，后续安排视企业意愿另行沟通。",
    "本次诊断未提出解决方案。\n企业数字化转型需求较为迫切，后续安排视企业意愿另行沟通，具体时间待定。",
    "三、解决方案（另行提供）\n企业数字化转型需求较为迫切，后续安排视企业意愿另行沟通，具体时间待定。",
    "三、改进建议\n本次诊断暂不提出改进建议，待企业完成基础数据梳理后再行安排现场调研和方案编制。",
    "三、改进建议\n（略）",
    "三、改进建议\n（略）\n诊断单位（盖章）：天津信诺数字科技有限公司\n2024年7月4日",
    "三、改进建议\n无。\n诊断单位（盖章）：天津信诺数字科技有限公司 报告编制：张三 审核：李四",
])
def test_no_solution(text):
    d = report(solution=text)
    assert "solution" not in d.fields
    _, gaps = run("diagnoses", [d], diagnoses=[DIAGNOSIS])
    assert [g.kind for g in gaps] == ["diagnosis_without_solution"]


def test_table_of_contents_entry_is_not_the_section():
    d = report(solution="")
    d = doc("智能制造免费诊断报告\n目录\n一、企业现状\n二、主要问题\n三、解决方案\n" + d.text.split("\n", 1)[1], "toc.pdf")
    assert "solution" not in d.fields


def test_solution_heading_at_the_foot_of_a_page():
    d = doc(REPORT.format(label="诊断对象", code=CUSTOMER_CODE, by=APPLICANT.name, solution="三、改进建议")
            + "\f1.分两期部署设备联网与边缘采集，先覆盖瓶颈工序设备。\n2.引入APS高级排程，支持插单影响评估。")
    assert d.value("solution") == "三、改进建议"


def test_solution_words_come_from_the_catalog(tmp_path):
    data = json.loads((CATALOG_DIR / DEFAULT_CATALOGS["考核"]).read_text(encoding="utf-8"))
    next(r for r in data["requirements"] if r["check"] == "diagnoses")["solution_headings"] = ["攻关清单"]
    path = tmp_path / "own.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    own = load_catalog(path)
    plan = report(solution=SOLUTION.replace("改进建议", "攻关清单"))
    assert "solution" not in plan.fields and find_solution(plan, ["攻关清单"]).value == "三、攻关清单"
    assert run("diagnoses", [plan], catalog=own, diagnoses=[DIAGNOSIS])[1] == []
    assert [g.kind for g in run("diagnoses", [report()], catalog=own, diagnoses=[DIAGNOSIS])[1]] == \
        ["diagnosis_without_solution"]


def test_customer_named_only_in_the_text_still_links():
    d = doc("天津华泰传感器股份有限公司智能制造诊断报告\n受检企业名录编号：A-17\n诊断日期：2024年7月4日\n" + SOLUTION)
    result, gaps = run("diagnoses", [d], diagnoses=[DIAGNOSIS])
    assert gaps == [] and result.measured == 1


# ---- subcontracts ---------------------------------------------------------------------------------

SUPPLIER = DeclaredSupplier(1, "1", "天津恒创精密机械有限公司", code("120116", 55), "FB-2024-0362", "边缘网关安装调试分包合同",
                            Decimal("714000"), date(2024, 6, 19))
SUBCONTRACT = ("分包合同\n分包合同编号：FB-2024-0362\n甲方（总包方）：{a}\n统一社会信用代码：91120116MA0PRQ81TA\n"
               "乙方（分包方）：天津恒创精密机械有限公司\n统一社会信用代码：{code}\n地址：天津市滨海新区宜白路49号\n"
               "分包金额：{amount}\n签订日期：2024年6月19日\n")


def subcontract(a=APPLICANT.name, code_=SUPPLIER.uscc, amount="人民币柒拾壹万肆仟元整（¥714,000.00）"):
    return doc(SUBCONTRACT.format(a=a, code=code_, amount=amount), "sub.pdf")


@pytest.mark.parametrize("change,kind", [
    ({}, None),
    ({"amount": "人民币陆拾万元整（¥600,000.00）"}, "amount_mismatch"),
    ({"a": "天津某某集成有限公司"}, "party_mismatch"),
    ({"code_": code("120110", 56)}, "party_mismatch"),             # another Tianjin firm's code
    ({"code_": code("110108", 57)}, "subcontractor_not_tianjin"),
])
def test_subcontract_must_agree_with_the_declaration(change, kind):
    d = subcontract(**change)
    assert d.doc_type == "subcontract"
    result, gaps = run("local_suppliers", [d], suppliers=[SUPPLIER])
    assert [g.kind for g in gaps] == ([kind] if kind else [])
    if kind:
        assert gaps[0].requirement == "A-local-suppliers" and gaps[0].contract_no == "FB-2024-0362"
        assert gaps[0].subject == {"supplier": SUPPLIER.name} and "配套供应商「天津恒创精密机械有限公司」" in gaps[0].message
    assert result.measured == (0 if kind else 1)


# ---- customers: the total -------------------------------------------------------------------------

def contracts(amounts_wan, tianjin=2):
    out = []
    for k, wan in enumerate(amounts_wan, 1):
        region = "120116" if k <= tianjin else "110108"
        out.append(DeclaredContract(k, str(k), f"客户{k}有限公司", code(region, 100 + k), f"HT-2024-{k:03d}", "项目",
                                    Decimal(wan) * 10000, date(2024, 3, 1), date(2024, 9, 1), True, 100,
                                    Decimal(5000), declared_tianjin=k <= tianjin))
    return out


@pytest.mark.parametrize("amounts,kinds", [
    ([300, 300, 300, 300, 200, 100], []),                                    # 1500万 exactly
    ([300, 300, 300, 300, 200, 99], ["total_below_threshold"]),
    ([400, 400, 400, 400, 400, 400], []),
])
def test_customers_total(amounts, kinds):
    declared = contracts(amounts)
    ctx = Context(CATALOG, Declaration(APPLICANT, contracts=declared), [ContractEvidence(c) for c in declared], [],
                  GapBook(CATALOG))
    result = check_assessment_customers(ctx, CATALOG.requirement("A-customers"))
    assert [g.kind for g in ctx.book.gaps] == kinds
    assert result.status == ("not_met" if kinds else "met")
    assert result.measured["customers"] == 6 and result.measured["tianjin_customers"] == 2


# ---- classification of the new kinds ---------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    (SUBCONTRACT.format(a=APPLICANT.name, code=SUPPLIER.uscc, amount="50万元"), "subcontract"),
    ("设备安装调试分包协议\n甲方：天津信诺数字科技有限公司\n乙方：天津恒创精密机械有限公司\n协议金额：人民币50万元", "subcontract"),
    (NOTICE, "meeting_record"),
    ("2024年第1期智能制造经验交流会签到表\n序号 单位名称 统一社会信用代码 联系人\n1 天津恒创精密机械有限公司 91120116MA0QGACX7T 王伟",
     "meeting_record"),
    (MINUTES_HEAD + sheet(FIRMS), "meeting_record"),
    (REPORT.format(label="诊断对象", code="", by=APPLICANT.name, solution=SOLUTION), "diagnosis_report"),
    ("智能制造系统集成项目合同\n合同编号：HT-2024-01\n甲方：天津华泰传感器股份有限公司\n乙方：天津信诺数字科技有限公司\n"
     "第一条 项目内容\n第二条 合同金额：人民币300万元\n第三条 乙方不得将本项目转包或分包\n第四条 违约责任\n第五条 争议解决",
     "contract"),
])
def test_new_kinds_from_content(text, kind):
    assert classify_text(text).doc_type == kind


# ---- any phase may use any check ------------------------------------------------------------------

def test_support_phase_catalog_may_use_assessment_checks(tmp_path):
    data = json.loads((CATALOG_DIR / DEFAULT_CATALOGS["考核"]).read_text(encoding="utf-8"))
    data["phase"] = "申报"
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    catalog = load_catalog(path)
    decl = Declaration(APPLICANT, meetings=[MEETING], source="申报信息.xlsx")
    verification = reconcile("s", decl, [doc(MINUTES_HEAD + sheet(FIRMS))], catalog)
    statuses = {r.id: r.status for r in verification.requirements}
    assert statuses["A-meetings"] == "not_met"     # 1 of 10 meetings, no KeyError
    assert [g.kind for g in verification.book.gaps if g.requirement == "A-meetings"] == ["meeting_count_below_threshold"]


# ---- other wordings -------------------------------------------------------------------------------

def test_rows_of_firms_without_a_company_suffix_count_by_their_code_or_address():
    text = f"签到表\n序号 单位 代码或地址 姓名\n1 天津宏远集团 {code('120116', 12)} 张三\n" \
           "2 天津港务局 天津市滨海新区津港路1号 李四\n3 张三丰 13800000000\n4 北京某某 北京市海淀区 王五"
    rows = {a.name: (a.tianjin, a.sure) for a in attendees(doc(text))}
    assert rows == {"天津宏远集团": (True, True), "天津港务局": (True, True), "北京某某": (False, True)}


@pytest.mark.parametrize("text", [
    "专业分包合同\n合同编号：FB-2024-0362\n发包人：天津信诺数字科技有限公司\n分包人：天津恒创精密机械有限公司\n"
    "合同价款：人民币柒拾壹万肆仟元整（¥714,000.00）\n签约时间：2024年6月19日",
    # titled as a purchase / outsourcing contract: the applicant as 甲方 makes it the subcontract
    "外协加工合同\n合同编号：FB-2024-0362\n委托方（甲方）：天津信诺数字科技有限公司\n加工方（乙方）：天津恒创精密机械有限公司\n"
    "第一条 合同金额：71.4万元\n第二条 违约责任\n签订日期：2024年6月19日",
])
def test_subcontracts_in_other_words(text):
    result, gaps = run("local_suppliers", [doc(text)], suppliers=[SUPPLIER])
    assert gaps == [] and result.measured == 1


def test_a_customer_contract_is_not_taken_for_a_subcontract():
    customer = doc("技术服务合同\n合同编号：FB-2024-0362\n甲方：天津恒创精密机械有限公司\n乙方：天津信诺数字科技有限公司\n"
                   "第一条 合同金额：71.4万元\n第二条 违约责任\n签订日期：2024年6月19日")
    assert customer.doc_type == "contract"
    _, gaps = run("local_suppliers", [customer], suppliers=[SUPPLIER])
    assert [g.kind for g in gaps] == ["missing_subcontract"]


def test_diagnosis_report_under_another_title():
    d = doc("数字化转型诊断评估报告\n企业名称：天津华泰传感器股份有限公司\n评估日期：2024年7月4日\n一、现状\n二、问题\n"
            "三、建议\n建议分两期部署设备联网与边缘采集，先覆盖瓶颈工序设备，实现数据自动采集。")
    assert (d.doc_type, d.value("date"), d.value("solution")) == ("diagnosis_report", date(2024, 7, 4), "三、建议")
    assert run("diagnoses", [d], diagnoses=[DIAGNOSIS])[1] == []
    acceptance = doc("智能制造诊断与改造项目验收报告\n验收单位：天津华泰传感器股份有限公司\n验收日期：2024年9月1日\n"
                     "验收结论：合格\n本项目完成了工厂诊断、解决方案设计及实施")
    assert acceptance.doc_type == "acceptance_report"


@pytest.mark.parametrize("title,name", [
    ("关于召开2024年第7期智能制造经验交流会（数字孪生\n工厂专场）的通知", "2024年第7期智能制造经验交流会（数字孪生工厂专场）"),
    ("2024年第7期智能制造经验交流会（数字孪生工厂专场）\n签到表", "2024年第7期智能制造经验交流会（数字孪生工厂专场）"),
    ("“智能制造经验交流会”（2024年第1期）会议纪要", "智能制造经验交流会（2024年第1期）"),
    ("经验交流会会议纪要\n会议时间：2024年3月5日", None),
])
def test_meeting_name_from_the_title_line(title, name):
    assert doc(title + "\n时间：2024年3月5日").value("title") == name


def test_a_loosely_named_record_of_the_day_counts_for_that_meeting():
    declared = DeclaredMeeting(1, "1", "2024年汽车零部件行业智能制造交流会", date(2024, 3, 5), "天津", 12)
    record = doc("智能制造经验交流会（汽车零部件专场）纪要\n时间：2024年3月5日\n" + sheet(FIRMS))
    result, gaps = run("meetings", [record], meetings=[declared])
    assert gaps == [] and result.measured == 1
    later = doc("智能制造经验交流会（汽车零部件专场）纪要\n时间：2024年4月5日\n" + sheet(FIRMS))
    assert [g.kind for g in run("meetings", [later], meetings=[declared])[1]] == ["missing_meeting_record"]


def test_a_report_in_two_files_has_its_solution_in_either():
    findings = doc(REPORT.format(label="诊断对象", code=CUSTOMER_CODE, by=APPLICANT.name, solution=""), "a.pdf")
    plan = doc("天津华泰传感器股份有限公司智能制造诊断报告（续）\n" + SOLUTION, "b.pdf")
    for order in ([findings, plan], [plan, findings]):
        result, gaps = run("diagnoses", order, diagnoses=[DIAGNOSIS])
        assert gaps == [] and result.measured == 1
    _, gaps = run("diagnoses", [findings], diagnoses=[DIAGNOSIS])
    assert [g.kind for g in gaps] == ["diagnosis_without_solution"]


def test_a_notice_sent_in_december_convening_a_january_meeting_is_in_the_period():
    declared = DeclaredMeeting(1, "1", "2024年第1期智能制造经验交流会", date(2024, 1, 5), "天津", 12)
    notice = doc("关于召开2024年第1期智能制造经验交流会的通知\n各有关单位：\n定于2024年1月5日在天津市西青区召开交流会，"
                 "请准时参会。\n" + sheet(FIRMS) + "\n天津信诺数字科技有限公司\n2023年12月20日")
    result, gaps = run("meetings", [notice], meetings=[declared])
    assert gaps == [] and result.measured == 1
    late = DeclaredMeeting(1, "1", "2024年第1期智能制造经验交流会", date(2023, 12, 28), "天津", 12)
    minutes = doc(MINUTES_HEAD.replace("2024年3月5日", "2023年12月28日") + sheet(FIRMS))
    assert [g.kind for g in run("meetings", [minutes], meetings=[late])[1]] == ["date_out_of_period"]


def test_sheet_continues_under_a_repeated_header_with_a_seal_column():
    head = "参会单位签到表\n序号 单位名称 统一社会信用代码/地址 参会代表 签字（盖章）\n"
    rows = FIRMS + OUTSIDE
    text = MINUTES_HEAD + sheet(rows[:5], head=head) + "\f" + sheet(rows[5:], head=head.split("\n", 1)[1]) \
        + "\n主办单位（盖章）：天津信诺数字科技有限公司\n会后，天津某某科技有限公司 天津市河西区友谊路1号 发言。"
    assert sorted(tianjin_names(doc(text))) == sorted(n for n, _ in FIRMS)


def test_sign_in_slips_with_labels():
    text = "参会单位签到表\n" + "\n".join(f"单位名称：{n} 统一社会信用代码/地址：{c} 参会人：张三" for n, c in FIRMS)
    assert sorted(tianjin_names(doc(text))) == sorted(n for n, _ in FIRMS)


def test_sheet_without_a_sign_in_heading():
    listed = MINUTES_HEAD + "参会单位：\n" + "\n".join(f"{n} {c} 张三" for n, c in FIRMS)
    assert sorted(tianjin_names(doc(listed))) == sorted(n for n, _ in FIRMS)
    bare = "2024年第1期智能制造经验交流会\n" + "\n".join(f"{n} {c}" for n, c in FIRMS if c[0].isdigit())
    assert sorted(tianjin_names(doc(bare))) == sorted(n for n, c in FIRMS if c[0].isdigit())


def test_ruled_table_with_wrapped_name_cells():
    text = MINUTES_HEAD + "参会单位签到表\n序号 单位名称 统一社会信用代码/地址 参会代表\n" \
        f"天津市宏远医疗器械有限\n1 {code('120116', 31)} 张三\n责任公司\n" \
        f"2 天津康达科技有限公司 {code('120116', 32)} 李四\n" \
        "天津市明阳轨道交通装备\n3 天津市东丽区津塘公路26号 王五\n有限责任公司"
    assert sorted(tianjin_names(doc(text))) == sorted(["天津康达科技有限公司", "天津市宏远医疗器械有限责任公司",
                                                        "天津市明阳轨道交通装备有限责任公司"])


def test_a_missing_report_is_a_question_when_an_unrecognised_document_names_the_firm():
    """Not knowing is not missing: a paper the reader could not place that names the diagnosed
    firm may be its report; only a submission holding nothing of the kind is a confident gap."""
    worksheet = doc("上门服务工单\n服务对象：天津华泰传感器股份有限公司\n服务内容：现场走访，记录设备与排产情况\n"
                    "服务人员签字：王工\n2024年7月4日\n", "工单.pdf")
    assert worksheet.doc_type == "other" or not worksheet.kind_recognised
    _, gaps = run("diagnoses", [worksheet], diagnoses=[DIAGNOSIS])
    missing = [g for g in gaps if g.kind == "missing_diagnosis_report"]
    assert len(missing) == 1 and missing[0].status == "needs_review" and "工单.pdf" in missing[0].documents
    _, gaps = run("diagnoses", [], diagnoses=[DIAGNOSIS])
    assert [g.status for g in gaps if g.kind == "missing_diagnosis_report"] == ["confirmed"]


def test_a_scanned_record_whose_title_ocr_garbled_makes_the_missing_record_a_question():
    garbled = document_from_text(MINUTES_HEAD.replace("智能制造经验交流会", "智死六这过验交流会") + "会议讨论了若干议题。",
                                 "scan.pdf", method="ocr:tesseract")
    classify_document(garbled)
    extract_fields(garbled)
    assert garbled.doc_type == "meeting_record"
    _, gaps = run("meetings", [garbled], meetings=[MEETING])
    missing = [g for g in gaps if g.kind == "missing_meeting_record"]
    assert missing and missing[0].status == "needs_review" and "scan.pdf" in missing[0].documents


def test_a_scanned_report_naming_the_diagnosed_firm_with_a_look_alike_misread_names_the_declared_firm():
    """华泰 read as 毕泰 on a scan (华/毕 share their strokes): once the report is tied to the
    declared diagnosis, its customer is the declared name with the reading stated."""
    text = REPORT.format(label="诊断对象", code=CUSTOMER_CODE, by=APPLICANT.name, solution=SOLUTION)
    d = document_from_text(text.replace("天津华泰传感器", "天津毕泰传感器"), "diag.jpg", method="ocr:tesseract")
    classify_document(d)
    extract_fields(d)
    assert d.value("customer") == "天津毕泰传感器股份有限公司"
    _, gaps = run("diagnoses", [d], diagnoses=[DIAGNOSIS])
    assert gaps == [] and d.value("customer") == DIAGNOSIS.customer
    assert any("读作「天津毕泰传感器股份有限公司」" in c for c in d.fields["customer"].checks)


def test_an_address_whose_city_is_a_look_alike_misread_of_tianjin_before_its_district_counts():
    rows = [("天津闪恒生物医药有限公司", "天淖市津南区八里台工业园103号"), ("沈阳华泰机械有限公司", "沈阳市和平区南京北街1号")]
    d = doc(MINUTES_HEAD + sheet(rows, fmt="{i} {n} {c}", head="参会企业名单\n序号 企业名称 企业地址\n"))
    assert tianjin_names(d) == ["天津闪恒生物医药有限公司"]
