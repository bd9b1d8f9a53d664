"""A letter that tells a firm its diagnosis proposes in its prose: a sentence introduces the
proposals (针对…，建议如下：一是…), whatever its word; one that introduces nothing, or defers,
proposes nothing. Texts written for these tests (no set's documents)."""

from __future__ import annotations

from helpers.textdocs import read_text_document as read

from pipeline.extract.fields import find_solution
from pipeline.extract.fields.solutions import states_no_solution

_NOTICE = ("戊北工业软件有限公司\n诊断情况通报函\n己南陶瓷制品有限公司：\n"
           "我司于2021年11月8日应邀到贵司开展免费诊断，现将有关情况通报如下：\n"
           "1．烧成工序温度曲线靠人工记录，数据不可追溯；\n"
           "2．成品库无库位管理，发货差错时有发生。\n"
           "{solution}"
           "特此函告。\n戊北工业软件有限公司\n二〇二一年十二月二日\n")


def test_a_sentence_that_introduces_the_proposals_is_the_solution():
    d = read(_NOTICE.format(solution="结合贵司实际，现提出以下改进措施：其一，窑炉加装温度采集并接入看板；\n"
                                     "其二，成品库推行条码库位管理。\n"))
    found = find_solution(d)
    assert found is not None and "改进措施" in found.value
    assert found.provenance.page == 1
    # the word after its 如下, the colon read as a semicolon on a scan
    scan = read(_NOTICE.format(solution="为此，对策如下;窑炉加装温度采集并接入看板，成品库推行条码库位管理。\n"),
                method="ocr:tesseract")
    assert find_solution(scan) is not None
    # a short clause ending in the word before its colon
    assert find_solution(read(_NOTICE.format(
        solution="经研究，我司建议：窑炉加装温度采集并接入看板，成品库推行条码库位管理。\n"))) is not None


def test_a_letter_whose_proposals_are_missing_or_deferred_has_none():
    none = read(_NOTICE.format(solution=""))
    assert find_solution(none) is None
    empty = read(_NOTICE.format(solution="针对上述问题，建议如下：\n"))
    assert find_solution(empty) is None and states_no_solution(empty) is not None
    nothing = read(_NOTICE.format(solution="针对上述问题，改进建议如下：暂无。\n"))
    assert find_solution(nothing) is None and states_no_solution(nothing) is not None
    later = read(_NOTICE.format(solution="具体改进建议另行提供。\n"))
    assert find_solution(later) is None and states_no_solution(later) is not None
