"""Who came to a meeting, as its papers list them: a filing's list of attending firms, a
pledge's signature page, rows whose number or firm OCR lost, and papers that list no one."""

from __future__ import annotations

from datetime import date

from helpers.textdocs import document_from_text

from pipeline.extract.fields import classify_document, extract_fields
from pipeline.models import Applicant, Declaration, DeclaredMeeting
from pipeline.parsing.uscc import compute_check_char
from pipeline.reconcile.contracts import GapBook
from pipeline.requirements.assessment import tianjin_attendees
from pipeline.requirements.registry import REGISTRY, load_catalog
from pipeline.catalogs.loader import CATALOG_DIR, DEFAULT_CATALOGS
from pipeline.requirements.support import Context

CATALOG = load_catalog(CATALOG_DIR / DEFAULT_CATALOGS["考核"])
APPLICANT = Applicant("天津合泓数据科技有限公司", "91120118MA0QWE12XA", "天津市东丽区某某路1号", phase="考核")


def code(region: str, n: int) -> str:
    first = f"91{region}MA1{n:05d}Y"[:17]
    return first + compute_check_char(first)


def doc(text: str, path: str = "x.pdf", method: str = "text_layer"):
    d = document_from_text(text, path, method=method)
    classify_document(d)
    extract_fields(d)
    return d


class _Ctx:
    catalog = CATALOG
    declaration = Declaration(APPLICANT)


def counted(d) -> tuple[list[str], list]:
    tianjin, unsure, _ = tianjin_attendees(_Ctx, [d])
    return sorted(a.name for a in tianjin), unsure


def test_a_filings_list_of_attending_firms_is_a_sheet_even_where_a_row_number_was_misread():
    text = ("企业交流活动备案登记表\n活动名称 2023年食品行业追溯系统应用交流会\n举办时间 2023年5月9日\n"
            "附件：参会企业信息表\n"
            "序号 企业名称 所属区 统一社会信用代码 联系人\n"
            f"1 天津禾丰食品有限公司 东丽区 {code('120110', 1)} 王某\n"
            "2。 江苏禾丰食品有限公司 无 李某\n"
            "间 天津市北川调味品有限公司 静海区 赵某\n")
    names, _ = counted(doc(text))
    assert names == ["天津市北川调味品有限公司", "天津禾丰食品有限公司"]


def test_a_pledges_signature_page_lists_the_firms_that_signed_it():
    text = ("关于共同推进追溯体系建设的倡议书\n"
            "2023年5月9日，由天津合泓数据科技有限公司主办的“2023年食品行业追溯系统应用交流会”在某某中心召开。"
            "与会企业共同发出如下倡议：\n一、共享数据标准。\n"
            "倡议书签署页\n"
            "签署单位（盖章） 统一社会信用代码/地址 代表签字\n"
            "天津禾丰食品有限公司 天津市东丽区某某路8号 王某\n"
            "天津市北川调味品有限公司 天津市静海区某某路9号 赵某\n"
            "河北禾丰食品有限公司 河北省沧州市某某路3号 李某\n")
    names, _ = counted(doc(text))
    assert names == ["天津市北川调味品有限公司", "天津禾丰食品有限公司"]


def test_a_stamps_smudge_before_a_garbled_code_does_not_move_its_region():
    # the code fails its check (a letter for a digit), its region still says Tianjin
    bad = code("120115", 3)[:8] + "O" + code("120115", 3)[9:]
    text = ("参会单位签到表\n序号 单位名称 统一社会信用代码 代表\n"
            f"1 天津禾丰食品有限公司 SS {bad} 王某\n")
    rows = {a.name: a for a in doc(text, method="ocr:test").attendees}
    assert rows["天津禾丰食品有限公司"].tianjin


def test_a_numbered_row_whose_firm_is_illegible_is_a_question():
    text = ("参会单位签到表\n序号 单位名称 统一社会信用代码 代表\n"
            f"1 天津禾丰食品有限公司 {code('120110', 1)} 王某\n"
            f"2 #@ {code('120116', 2)} 李某\n")
    names, unsure = counted(doc(text, method="ocr:test"))
    assert names == ["天津禾丰食品有限公司"]
    assert len(unsure) == 1 and unsure[0].name == "" and unsure[0].code == code("120116", 2)


MEETING = DeclaredMeeting(1, "1", "2023年食品行业追溯系统应用交流会", date(2023, 5, 9), "天津市东丽区", 12)
NOTICE = ("会议通知\n各有关企业：\n定于2023年5月9日在某某中心召开“2023年食品行业追溯系统应用交流会”，"
          "请各企业派员参加。\n天津合泓数据科技有限公司\n2023年4月28日\n")


def _meeting_gaps(docs):
    ctx = Context(CATALOG, Declaration(APPLICANT, source="申报信息.xlsx", meetings=[MEETING]), [], docs,
                  GapBook(CATALOG))
    req = next(r for r in CATALOG.requirements if r.check == "meetings")
    REGISTRY["meetings"](ctx, req)
    return [g for g in ctx.book.gaps if g.kind == "meeting_attendance_below_threshold"]


def test_a_meeting_documented_only_by_its_notice_has_no_attendance_proof():
    gaps = _meeting_gaps([doc(NOTICE, "notice.pdf")])
    assert len(gaps) == 1 and gaps[0].status == "confirmed"


def test_a_sheet_whose_rows_could_not_be_read_stays_a_question():
    sheet = "2023年食品行业追溯系统应用交流会签到表\n序号 单位名称 代表\n#### ####\n"
    gaps = _meeting_gaps([doc(NOTICE, "notice.pdf"), doc(sheet, "sheet.pdf", method="ocr:test")])
    assert len(gaps) == 1 and gaps[0].status == "needs_review"


def test_papers_naming_guest_firms_without_a_list_read_stay_a_question():
    # firms named on the paper (a card book or a list in a layout not read) may be its attendees
    minutes = ("2023年食品行业追溯系统应用交流会会议纪要\n会议时间：2023年5月9日\n"
               "会上，天津禾丰食品有限公司、天津市北川调味品有限公司分别介绍了追溯系统建设经验。\n")
    gaps = _meeting_gaps([doc(NOTICE, "notice.pdf"), doc(minutes, "minutes.pdf")])
    assert len(gaps) == 1 and gaps[0].status == "needs_review"


def test_a_table_where_each_firm_stamps_its_row_lists_the_firms_even_where_ocr_glued_the_numbers():
    # no signatures, no codes: the firm's name and address, its stamp over the row; OCR ran
    # some row numbers into the names (1天津…, 6。。天津…, 13”河北…)
    text = ("参会企业盖章确认单\n2022年某某行业数字化交流会（第3期）（2022年5月6日）\n"
            "序号 单位名称 单位地址 单位盖章\n"
            "1天津禾丰食品有限公司 天津市东丽区某某路8号\n"
            "2。天津北川调味品有限公司 天津市静海区某某路9号\n"
            "6。。天津南苑包装有限公司 天津市西青区某某道12号\n"
            "13”河北禾丰食品有限公司 河北省沧州市某某路3号\n")
    names, _ = counted(doc(text, method="ocr:test"))
    assert names == ["天津北川调味品有限公司", "天津南苑包装有限公司", "天津禾丰食品有限公司"]


def test_a_reply_summary_lists_its_firms_and_an_address_run_into_the_name_still_places_the_firm():
    text = ("2022年某某行业数字化交流会（第3期）与会回执汇总表\n"
            "会议日期：2022-05-06 汇总：天津合泓数据科技有限公司会务组\n"
            "序号 统一社会信用代码 单位名称 参会人/职务 住宿 到会确认\n"
            f"1 {code('120110', 1)} 天津禾丰食品有限公司 王某/经理 否 √\n"
            "2 )天津市静海区某某路9号”天津北川调味品有限公司 赵某/经理 是 √\n"
            "3 《住所)天津市西青区某某道12号天津南苑包装有限公司 李某/经理 否 √\n")
    d = doc(text, method="ocr:test")
    names, unsure = counted(d)
    assert names == ["天津北川调味品有限公司", "天津南苑包装有限公司", "天津禾丰食品有限公司"] and not unsure
    # who compiled the table is no attendee
    assert all("合泓" not in a.name for a in d.attendees)


def test_a_reply_summary_counts_only_the_firms_that_came():
    text = ("2022年某某行业数字化交流会（第3期）参会回执汇总表\n"
            "序号 统一社会信用代码 单位名称 参会人/职务 住宿 到会确认\n"
            f"1 {code('120110', 1)} 天津禾丰食品有限公司 王某/经理 否 √\n"
            f"2 {code('120118', 2)} 天津北川调味品有限公司 赵某/经理 否 未到\n"
            f"3 {code('120111', 3)} 天津南苑包装有限公司 李某/经理 是 ×\n"
            f"4 {code('120112', 4)} 天津东岸机械有限公司 周某/经理 否 √\n")
    names, _ = counted(doc(text))
    assert names == ["天津东岸机械有限公司", "天津禾丰食品有限公司"]


# a handwritten sign-in book read without the gaps between its cells: firm, signer, address and
# phone run together; the host signs in too, at its own address, under a name OCR misread
RUN_TOGETHER_BOOK = ("会议签到簿\n"
                     "单位名称|姓名|单位地址|联系电话\n"
                     "天津禾丰食品有限公司王小明天津市东丽区某某路8号13900001111\n"
                     "河北锦程机械制造有限公司李四河北省沧州市运河区某某路6号13900002222\n"
                     "天津市北川调味品有限公司”赵某某”天津市静海区某某道3号13900003333\n"
                     "天津合泊数据科技有限公司周某天津市东丽区某某路1号13900004444\n")


def test_a_signer_run_into_the_address_leaves_the_address_readable():
    rows = {a.name: a for a in doc(RUN_TOGETHER_BOOK, method="ocr:tesseract").attendees}
    assert rows["天津禾丰食品有限公司"].address == "天津市东丽区某某路8号"
    assert rows["天津市北川调味品有限公司"].tianjin
    assert rows["河北锦程机械制造有限公司"].sure and not rows["河北锦程机械制造有限公司"].tianjin


def test_the_host_signing_in_at_its_own_address_under_a_misread_name_is_not_a_guest():
    names, _ = counted(doc(RUN_TOGETHER_BOOK, method="ocr:tesseract"))
    assert names == ["天津市北川调味品有限公司", "天津禾丰食品有限公司"]


def test_a_directory_of_attending_firms_is_a_sheet_and_an_unnumbered_row_counts():
    # a photographed directory: the row number ran into the firm's name (1天津…) and OCR lost a
    # character of the credit code, whose region still shows where the firm is registered
    text = ("交流会会后整理稿\n参会单位通讯录\n"
            "序号 单位 联系人 手机 统一社会信用代码\n"
            f"1天津禾丰食品有限公司 王某 13900001111 {code('120110', 7)[:-1]}\n"
            f"2 江苏禾丰食品有限公司 李某 13900002222 {code('320505', 8)}\n")
    names, _ = counted(doc(text, method="ocr:tesseract"))
    assert names == ["天津禾丰食品有限公司"]


# a questionnaire export or a gate's log: a text layer, one firm a line with its code
_WORDS = ("青禾", "远帆", "拓川", "嘉木", "云杉", "恒岳", "砚池", "松涛", "澄江", "麦穗")


def _export(extra_rows: list[str], n_coded: int = 8) -> str:
    rows = [f"{i + 1} 2023/05/09 08:{10 + i} 微信 天津{w}机械有限公司 {code('120110', 20 + i)} 某某"
            for i, w in enumerate(_WORDS[:n_coded])]
    rows += [f"{n_coded + 1 + k} 2023/05/09 08:{30 + k} 微信 {r}" for k, r in enumerate(extra_rows)]
    return ("2023年食品行业追溯系统应用交流会会议综述\n2023年5月9日，交流会在某某中心举行，现场扫码签到。\n"
            "问卷导出（签到）\n序号 提交时间 来源 单位名称 统一社会信用代码 姓名\n" + "\n".join(rows) + "\n")


def test_firms_named_tianjin_whose_code_was_left_blank_make_a_short_count_a_question():
    # 8 firms coded in Tianjin, two named 天津… whose code cell says 未填: where they are
    # registered is not stated, so whether the meeting is short is for a person to say
    text = _export(["天津石榴包装有限公司 （未填） 某甲", "天津白桦印刷有限公司 （未填） 某乙",
                    f"江苏禾丰食品有限公司 {code('320505', 9)} 某丙"])
    gaps = _meeting_gaps([doc(text, "sheet.pdf")])
    assert len(gaps) == 1 and gaps[0].status == "needs_review"


def test_firms_named_elsewhere_without_a_code_do_not_make_a_short_count_a_question():
    text = _export(["江苏石榴包装有限公司 （未填） 某甲", "河北白桦印刷有限公司 （未填） 某乙"])
    gaps = _meeting_gaps([doc(text, "sheet.pdf")])
    assert len(gaps) == 1 and gaps[0].status == "confirmed"


def test_a_text_sheet_read_whole_that_lists_fewer_firms_than_declared_is_short():
    # every row of the text layer read, each with its code: 8 Tianjin firms where 12 were
    # declared is what the paper shows, not a reading that fell short
    gaps = _meeting_gaps([doc(_export([f"山东禾丰食品有限公司 {code('370212', 9)} 某丙"]), "sheet.pdf")])
    assert len(gaps) == 1 and gaps[0].status == "confirmed"


def test_a_short_sheet_with_a_row_left_unread_or_read_by_ocr_stays_a_question():
    unread = _export(["天津某某集团 某甲"])        # a numbered row whose firm was not read
    assert _meeting_gaps([doc(unread, "sheet.pdf")])[0].status == "needs_review"
    photo = _export([])
    assert _meeting_gaps([doc(photo, "sheet.jpg", method="ocr:test")])[0].status == "needs_review"
