"""A diagnosis report names its firm under the label of its genre (an emissions accounting
report's 核算主体), proposes under a heading ending in 路径, and a date labelled with 建议
(建议回访日期) proposes nothing. A text report with a sentence that prescribes, or a section after
its findings under a heading the reader does not know, is a question, not a confident
diagnosis_without_solution. Texts written for these tests (no set's documents)."""

from __future__ import annotations

from datetime import date

from pipeline.extract.fields import classify_document, extract_fields, find_solution
from pipeline.extract.fields.solutions import states_no_solution, unheaded_proposal
from helpers.textdocs import document_from_text


def doc(text: str, method: str = "text_layer"):
    d = document_from_text(text, "diag.pdf", method=method)
    classify_document(d)
    extract_fields(d)
    return d


def gaps_for(d):
    from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
    from pipeline.models import Applicant, Declaration, DeclaredDiagnosis
    from pipeline.reconcile.contracts import GapBook
    from pipeline.requirements.registry import REGISTRY, load_catalog
    from pipeline.requirements.support import Context
    catalog = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
    applicant = Applicant("乙南数控有限公司", "91120116MA0PRQ81TA", "天津市西青区某某路1号", phase="考核")
    diagnosis = DeclaredDiagnosis(1, "1", "甲北五金制品有限公司", "", date(2024, 5, 9), "诊断报告")
    ctx = Context(catalog, Declaration(applicant, source="申报信息.xlsx", diagnoses=[diagnosis]), [], [d],
                  GapBook(catalog))
    req = next(r for r in catalog.requirements if r.check == "diagnoses")
    REGISTRY["diagnoses"](ctx, req)
    return [(g.kind, g.status) for g in ctx.book.gaps if g.kind == "diagnosis_without_solution"]


EMISSIONS = ("温室气体排放核查与节能诊断报告\n核算主体 甲北五金制品有限公司\n核算年度 2022年度\n"
             "现场诊断日期 2024年5月9日\n诊断机构 乙南数控有限公司\n一、存在问题：锅炉无分项计量。\n"
             "二、节能降碳路径：锅炉余热回收改造；加装能源计量表并接入能源管理平台。\n")


def test_the_accounted_entity_is_the_diagnosed_firm():
    d = doc(EMISSIONS)
    assert d.doc_type == "diagnosis_report"
    assert d.value("customer") == "甲北五金制品有限公司"
    assert d.value("supplier") == "乙南数控有限公司"


def test_a_heading_ending_in_a_path_proposes():
    found = find_solution(doc(EMISSIONS))
    assert found is not None and "路径" in found.value


FINDINGS_ONLY = ("设备管理诊断报告\n被诊断企业：甲北五金制品有限公司\n诊断日期：2024年5月9日\n"
                 "主要问题：点检记录不全，备件无台账，故障停机无统计。\n建议回访日期：2024年8月9日\n乙南数控有限公司\n")


def test_a_date_labelled_with_a_suggestion_word_is_no_solution():
    d = doc(FINDINGS_ONLY)
    assert find_solution(d) is None and "solution" not in d.fields
    assert unheaded_proposal(d) is None
    assert gaps_for(d) == [("diagnosis_without_solution", "confirmed")]


UNKNOWN_HEADING = ("标识应用诊断报告\n服务企业 甲北五金制品有限公司\n服务时间 2024-05-09\n"
                   "1.应用现状：尚未接入标识解析节点。\n2.存在问题：产品无法追溯到原料批次。\n"
                   "3.下一步工作安排：申请企业前缀；对成品赋码；与仓储系统对接实现批次追溯。\n乙南数控有限公司（盖章）\n")


def test_a_section_after_the_findings_under_an_unknown_heading_is_a_question():
    d = doc(UNKNOWN_HEADING)
    assert find_solution(d) is None and not states_no_solution(d)
    assert "下一步工作安排" in unheaded_proposal(d).value
    assert gaps_for(d) == [("diagnosis_without_solution", "needs_review")]


def test_a_prescribing_sentence_without_a_heading_is_a_question():
    text = ("智能制造诊断报告\n诊断对象：甲北五金制品有限公司\n诊断日期：2024年5月9日\n一、企业现状\n企业以来料加工为主。\n"
            "二、主要问题\n设备数据未采集，库存账实不符。\n企业应尽快部署数据采集终端并建立库存台账。\n")
    d = doc(text)
    assert find_solution(d) is None
    assert gaps_for(d) == [("diagnosis_without_solution", "needs_review")]
    # findings and a conclusion that only describes: a confident absence
    described = text.replace("企业应尽快部署数据采集终端并建立库存台账。", "三、诊断结论\n企业数字化基础较弱，处于起步阶段。")
    assert unheaded_proposal(doc(described)) is None
    assert gaps_for(doc(described)) == [("diagnosis_without_solution", "confirmed")]


def test_an_invitation_or_a_withheld_proposal_prescribes_nothing():
    head = "智能制造诊断报告\n诊断对象：甲北五金制品有限公司\n诊断日期：2024年5月9日\n"
    assert unheaded_proposal(doc(head + "应贵公司邀请，我方专家组赴现场开展诊断。\n主要问题：库存账实不符。\n")) is None
    assert unheaded_proposal(doc(head + "主要问题：库存账实不符。\n推荐方案：企业暂无改造计划，未出具方案。\n")) is None
    assert unheaded_proposal(doc(head + "主要问题：库存账实不符。\n说明：建议措施待企业确认预算后另行提出。\n")) is None
