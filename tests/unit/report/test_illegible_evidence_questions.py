"""A photographed sign-in or a report whose name OCR garbled is a question, never a confident gap."""

from __future__ import annotations

from datetime import date

from helpers.textdocs import document_from_text

from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.models import Applicant, Declaration, DeclaredDiagnosis, DeclaredMeeting
from pipeline.reconcile.contracts import GapBook
from pipeline.requirements.registry import REGISTRY, load_catalog
from pipeline.requirements.support import Context

CATALOG = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
APPLICANT = Applicant("天津启明数字科技有限公司", "91120116MA0PRQ81TA", "天津市滨海新区泰达大街377号", phase="考核")


def _doc(text: str, path: str, method: str = "ocr:tesseract"):
    d = document_from_text(text, path, method=method)
    classify_document(d)
    extract_fields(d)
    return d


def _gaps(check: str, docs, **declared):
    ctx = Context(CATALOG, Declaration(APPLICANT, source="申报信息.xlsx", **declared), [], docs, GapBook(CATALOG))
    req = next(r for r in CATALOG.requirements if r.check == check)
    REGISTRY[check](ctx, req)
    return [g for g in ctx.book.gaps if g.kind != req.gap_kind]


def test_a_photographed_sign_in_with_illegible_rows_is_a_question():
    legible = "\n".join(f"{i} 天津第{i}精密机械有限公司 天津市西青区宜白路{i}号 王伟" for i in range(1, 7))
    outside = "7 河北第7机械有限公司 河北省廊坊市广阳区新华路7号 赵六\n8 山东第8机械有限公司 山东省青岛市黄岛区长江路8号 钱七"
    smudged = "\n".join(f"{i} 天一二三{i}有限公司 二二二 李娜" for i in range(9, 11))
    text = ("2023年第1期数字化转型交流会签到表\n会议时间：2023年4月6日\n序号 单位名称 地址 参会代表\n"
            + legible + "\n" + outside + "\n" + smudged + "\n")
    meeting = DeclaredMeeting(1, "1", "2023年第1期数字化转型交流会", date(2024, 4, 6), "天津", 11)
    gaps = _gaps("meetings", [_doc(text, "签到.jpg")], meetings=[meeting])
    short = [g for g in gaps if g.kind == "meeting_attendance_below_threshold"]
    assert short and all(g.status == "needs_review" for g in short)


def test_a_report_whose_customer_ocr_garbled_is_a_question_not_missing():
    text = ("智能制造现场诊断报告\n被诊断企业 天津约纺织品有限公司\n诊断日期 2024年3月2日\n"
            "一、现状与问题\n设备联网率低。\n二、解决方案\n部署数据采集网关，建设车间看板。\n")
    report = _doc(text, "诊断.pdf")
    # the page's own reading lost the name; a second engine read the customer line as above
    report.pages[0].text = report.pages[0].text.replace("天津约纺织品有限公司", "天一一只有限公司")
    declared = DeclaredDiagnosis(1, "1", "天津峻锦纺织品有限公司", "", date(2024, 3, 2), "")
    gaps = _gaps("diagnoses", [report], diagnoses=[declared])
    missing = [g for g in gaps if g.kind == "missing_diagnosis_report"]
    assert all(g.status == "needs_review" for g in missing)


def test_a_roster_listing_enough_tianjin_firms_is_never_a_confident_shortfall():
    from pipeline.parsing.uscc import compute_check_char

    def code(n: int) -> str:
        first = f"91120111MA0{n:05d}X"[:17]
        return first + compute_check_char(first)
    # one column holds either the firm's code or its address, as such tables do
    firms = "\n".join(f"第{i}位 天津第{i}精密机械有限公司 {code(i) if i % 2 else f'天津市西青区宜白路{i}号'} 到会 {i % 5 + 2}′"
                      for i in range(1, 12))
    text = ("发言安排及到会情况表\n天津启明数字科技有限公司于2024年4月6日下午举办“数字化转型经验交流会”，"
            "采用圆桌对话形式，按下表顺序轮流发言。\n发言顺序 发言单位 统一社会信用代码 / 注册地址 到会情况 时长\n"
            + firms + "\n记录人：孙某 审核：周某\n")
    meeting = DeclaredMeeting(1, "1", "数字化转型经验交流会", date(2024, 4, 6), "天津", 11)
    gaps = _gaps("meetings", [_doc(text, "到会.pdf", method="text_layer")], meetings=[meeting])
    assert not [g for g in gaps if g.kind == "meeting_attendance_below_threshold" and g.status == "confirmed"]
