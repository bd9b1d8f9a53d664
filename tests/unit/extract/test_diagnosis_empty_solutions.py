"""A solution heading or column with nothing under it proposes nothing, and says so; an
interim containment is no solution. Texts and layouts written for these tests (no set's documents)."""

from __future__ import annotations

from datetime import date

from helpers.diagnosis_texts import EIGHT_D, PLAN
from helpers.textdocs import grid_page, read_text_document as read

from pipeline.extract.fields import find_solution
from pipeline.extract.fields.solutions import states_no_solution
from pipeline.models import Document


def test_an_empty_permanent_action_section_states_no_solution():
    d = read(EIGHT_D.format(d5="无", d6="待定。"))
    assert find_solution(d) is None          # the interim containment is no solution either
    stated = states_no_solution(d)
    assert stated is not None and "D5" in stated.value
    nothing = read(EIGHT_D.format(d5="", d6="待定。").replace("\n\n", "\n"))
    assert find_solution(nothing) is None and states_no_solution(nothing) is not None


def test_the_permanent_action_is_the_solution_not_the_interim_containment():
    d = read(EIGHT_D.format(d5=PLAN, d6="连续六周不良率稳定在目标以内。"))
    assert find_solution(d).value.startswith("D5")


def _risk_table(fixes: list[str] | None) -> Document:
    y = 0.05
    rows = [[("工序风险评估诊断表", 0.3, y)],
            [("受诊企业：甲北五金制品有限公司", 0.05, y + 0.03), ("诊断日期：2023.09.14", 0.6, y + 0.03)],
            [("工序", 0.05, y + 0.06), ("失效模式", 0.15, y + 0.06), ("风险值", 0.35, y + 0.06),
             ("改进措施", 0.55, y + 0.06), ("责任人", 0.85, y + 0.06)]]
    steps = [("下料", "尺寸偏差超差", "168"), ("折弯", "角度回弹过大", "210"), ("焊接", "焊缝气孔夹渣", "144")]
    for k, (step, mode, score) in enumerate(steps):
        yy = y + 0.09 + 0.03 * k
        row = [(step, 0.05, yy), (mode, 0.15, yy), (score, 0.35, yy)]
        if fixes is not None:
            row += [(fixes[k], 0.5, yy), ("周工", 0.85, yy)]
        rows.append(row)
    rows.append([("备注：风险值超过一百五十的工序须优先处理。", 0.05, y + 0.2)])
    page = grid_page(rows)
    return Document(path="fmea.pdf", sha256="x", pages=[page])


def test_a_solution_column_with_empty_cells_proposes_nothing():
    empty = _risk_table(None)
    assert find_solution(empty) is None
    stated = states_no_solution(empty)
    assert stated is not None and stated.value == "改进措施"
    filled = _risk_table(["定尺挡块加数显", "增加回弹补偿程序", "焊前清理并监控气体"])
    assert find_solution(filled) is not None and states_no_solution(filled) is None
    dashes = _risk_table(["—", "无", "/"])
    assert find_solution(dashes) is None and states_no_solution(dashes) is not None


def test_a_last_section_that_puts_the_work_off_states_no_solution_on_a_scan():
    text = ("工厂数字化水平诊断报告\n受诊断单位：甲北五金制品有限公司\n诊断日期：2023年4月9日\n"
            "一、发现的问题\n生产报工依靠纸质单据，设备状态无采集，库存账实不符。\n"
            "二、后续安排\n待企业补齐设备台账与工艺文件后再行评估。\n诊断单位：乙南数控有限公司\n")
    d = read(text, method="ocr:tesseract")
    assert find_solution(d) is None and states_no_solution(d) is not None
    # a later section that proposes is the solution; no statement of its absence is sought then
    more = text.replace("诊断单位：", "三、改进建议\n先上线移动报工与设备联网，再建设仓储条码系统，分两期实施。\n诊断单位：")
    assert find_solution(read(more, method="ocr:tesseract")) is not None


def test_a_solution_the_second_engine_read_counts_for_the_diagnosis_requirement():
    from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
    from pipeline.models import Applicant, Declaration, DeclaredDiagnosis
    from pipeline.reconcile.contracts import GapBook
    from pipeline.requirements.registry import REGISTRY, load_catalog
    from pipeline.requirements.support import Context
    good = ("智能工厂诊断报告\n诊断对象：甲北五金制品有限公司\n诊断日期：2023年4月9日\n"
            "一、现状\n报工依靠纸质单据，设备状态无采集。\n"
            "二、解决方案\n先上线移动报工与设备联网，再建设仓储条码系统，分两期实施。\n")
    # the first engine garbled the heading (二，骨决方莱); the second read it whole
    first = read(good.replace("二、解决方案", "二，骨决方莱"), method="ocr:tesseract")
    second = read(good, method="ocr:rapidocr")
    assert find_solution(first) is None and second.fields.get("solution") is not None
    first.fields["solution"] = second.fields["solution"]
    catalog = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
    applicant = Applicant("乙南数控有限公司", "91120116MA0PRQ81TA", "天津市西青区某某路1号", phase="考核")
    diagnosis = DeclaredDiagnosis(1, "1", "甲北五金制品有限公司", "", date(2023, 4, 9), "诊断报告")
    ctx = Context(catalog, Declaration(applicant, source="申报信息.xlsx", diagnoses=[diagnosis]), [], [first],
                  GapBook(catalog))
    req = next(r for r in catalog.requirements if r.check == "diagnoses")
    REGISTRY["diagnoses"](ctx, req)
    assert not [g for g in ctx.book.gaps if g.kind == "diagnosis_without_solution"]


_LETTER = ("丙东自动化有限公司\n关于丁西食品机械数字化改造的诊断意见\n丁西食品机械有限公司：\n"
           "受贵司委托，我司专家组于2022年6月3日到贵司装配车间实地诊断，现将意见函复如下：\n"
           "（一）现状。贵司设备约四十台，尚无车间级数据系统。\n"
           "（二）短板。计划靠手工排定，来料检验记录分散。\n"
           "{solution}"
           "此复。\n丙东自动化有限公司\n2022年6月3日\n")


def test_a_letter_whose_numbered_paragraph_opens_with_its_solution_heading_has_a_solution():
    # the heading runs on into its paragraph, closed by a full stop: （三）改进建议。1．…
    d = read(_LETTER.format(solution="（三）对策措施。1．建设设备联网与看板；2．引入电子检验单；3．按订单齐套\n"
                                     "情况滚动排产，分两期推进。\n"))
    found = find_solution(d)
    assert found is not None and found.value.startswith("（三）对策措施")
    # the same on a scan, the brackets and the stop read otherwise
    scan = read(_LETTER.format(solution="(三)改进建议。1，建设设备联网与看板，2.引入电子检验单；3.按订单齐套\n"
                                        "情况滚动排产，分两期推进。\n"), method="ocr:tesseract")
    assert find_solution(scan) is not None
    # a paragraph that merely says something and names no heading is no solution section
    assert find_solution(read(_LETTER.format(solution="（三）其他。贵司可择机参加行业交流活动。\n"))) is None
    assert find_solution(read(_LETTER.format(solution=""))) is None
