"""A diagnosis form titled "…及改进建议表" has a solution only when its table has the column;
a report that says where its content ends, or that defers its suggestions, states that it
holds no solution, even on a scan. Texts written for these tests (no set's documents)."""

from __future__ import annotations

from pipeline.extract.fields import classify_document, extract_fields, find_solution
from pipeline.extract.fields.solutions import chinese_section_number, states_no_solution
from helpers.textdocs import document_from_text


def doc(text: str, method: str = "text_layer"):
    d = document_from_text(text, "diag.pdf", method=method)
    classify_document(d)
    extract_fields(d)
    return d


HEAD = ("数字化转型诊断发现问题及整改建议表\n受诊单位：甲北五金制品有限公司 诊断日期：2024.06.03\n"
        "诊断机构：乙南数控有限公司\n")
ROWS = ["1 生产 排产靠人工经验，换线等待时间长",
        "2 设备 关键机床无状态采集，故障发现滞后",
        "3 库存 原材料库存无实时台账"]
FIXES = ["上线排程模块并与订单系统对接", "加装采集终端并建立设备看板", "推行条码出入库并每日对账"]


def test_a_form_with_a_suggestion_column_has_a_solution():
    rows = "\n".join(f"{r} {f}" for r, f in zip(ROWS, FIXES))
    d = doc(HEAD + "序号 领域 问题 整改建议\n" + rows + "\n受诊单位确认（签字）：\n")
    assert find_solution(d) is not None


def test_a_form_titled_for_suggestions_without_the_column_has_none():
    d = doc(HEAD + "序号 领域 问题\n" + "\n".join(ROWS) + "\n受诊单位确认（签字）：\n")
    assert find_solution(d) is None


def test_suggestions_promised_for_later_are_stated_absent_even_on_a_scan():
    d = doc(HEAD + "序号 领域 问题\n" + "\n".join(ROWS) + "\n说明：整改建议待双方确认投资预算后另行出具。\n",
            method="ocr:tesseract")
    assert find_solution(d) is None
    assert states_no_solution(d)


def test_a_report_that_marks_where_its_content_ends_states_it_has_no_solution():
    text = ("工业设备上云评估报告\n受评企业：甲北五金制品有限公司\n评估日期：2024年6月3日\n"
            "一、企业概况\n企业以来料加工为主，现有财务软件一套。\n"
            "二、存在的主要问题\n1.设备数据无法汇聚；\n2.订单与生产信息脱节。\n（此页以下无正文）\n")
    d = doc(text, method="ocr:tesseract")
    assert find_solution(d) is None and states_no_solution(d)
    # a report whose numbering skips a section may have lost that heading to OCR: no statement
    skipped = text.replace("二、存在的主要问题", "三、存在的主要问题")
    assert not states_no_solution(doc(skipped, method="ocr:tesseract"))
    # a report with a solution section says nothing of the kind
    with_plan = text.replace("（此页以下无正文）", "三、提升建议\n建设设备数据采集平台，分两期打通订单、生产与仓储数据。\n")
    assert not states_no_solution(doc(with_plan))


def test_a_scan_stating_no_solution_is_a_confirmed_gap():
    from datetime import date
    from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
    from pipeline.models import Applicant, Declaration, DeclaredDiagnosis
    from pipeline.reconcile.contracts import GapBook
    from pipeline.requirements.registry import REGISTRY, load_catalog
    from pipeline.requirements.support import Context
    catalog = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
    applicant = Applicant("乙南数控有限公司", "91120116MA0PRQ81TA", "天津市西青区某某路1号", phase="考核")
    diagnosis = DeclaredDiagnosis(1, "1", "甲北五金制品有限公司", "", date(2024, 6, 3), "诊断报告")
    d = doc(HEAD + "序号 领域 问题\n" + "\n".join(ROWS) + "\n说明：整改建议待双方确认投资预算后另行出具。\n",
            method="ocr:tesseract")
    ctx = Context(catalog, Declaration(applicant, source="申报信息.xlsx", diagnoses=[diagnosis]), [], [d],
                  GapBook(catalog))
    req = next(r for r in catalog.requirements if r.check == "diagnoses")
    REGISTRY["diagnoses"](ctx, req)
    gaps = [g for g in ctx.book.gaps if g.kind == "diagnosis_without_solution"]
    assert [(g.kind, g.status) for g in gaps] == [("diagnosis_without_solution", "confirmed")]
    # the statement is quoted with the page it stands on, for the reviewer to open
    assert "另行出具" in gaps[0].message and "diag.pdf 第 1 页" in gaps[0].message


def test_sections_numbered_past_ten_still_run_without_a_hole():
    sections = "".join(f"{n}、第{i}项发现\n该环节依赖人工台账，数据滞后。\n"
                       for i, n in enumerate(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"], 1))
    d = doc("工业设备上云评估报告\n受评企业：甲北五金制品有限公司\n" + sections + "（以下空白）\n",
            method="ocr:tesseract")
    stated = states_no_solution(d)
    assert stated is not None and stated.value == "（以下空白）" and stated.provenance.page == 1
    assert [chinese_section_number(n) for n in ("一", "十", "十一", "二十", "二十三", "一一", "")] == \
        [1, 10, 11, 20, 23, 0, 0]


def test_a_header_row_read_as_one_run_still_shows_its_suggestion_column():
    rows = "\n".join(f"{r} {f}" for r, f in zip(ROWS, FIXES))
    d = doc(HEAD + "序号领域。问题整改建议\n" + rows + "\n受诊单位确认（签字）：\n", method="ocr:tesseract")
    assert find_solution(d) is not None
