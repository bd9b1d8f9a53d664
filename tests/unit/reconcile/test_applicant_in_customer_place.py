"""The applicant read where the customer (or the customer's payer) stands: the applicant is never
its own customer, so the reading took the wrong side; a question, not a confirmed party gap.
Invented texts."""

from test_reconcile import APPLICANT, CATALOG, declaration, docs, kinds
from helpers.textdocs import document_from_text
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.results.verify import reconcile


def _doc(path, text):
    d = document_from_text(text, path=path)
    classify_document(d)
    extract_fields(d)
    return d


def test_the_applicant_read_as_the_accepting_customer_is_a_question():
    own = _doc("a.pdf", f"项目验收报告\n合同编号：HT-2023-017\n验收单位：{APPLICANT}\n"
                        "验收日期：2023年10月12日\n验收结论：合格")
    assert own.value("customer") == APPLICANT
    ds = [own] + [d for d in docs() if d.path != "a.pdf"]
    found = kinds(reconcile("t", declaration(), ds, CATALOG))
    assert ("party_mismatch", "HT-2023-017", "needs_review") in found
    assert ("party_mismatch", "HT-2023-017", "confirmed") not in found


def test_a_third_party_in_the_customer_s_place_stays_a_gap():
    other = _doc("a.pdf", "项目验收报告\n合同编号：HT-2023-017\n验收单位：北京精工机械股份有限公司\n"
                          "验收日期：2023年10月12日\n验收结论：合格")
    ds = [other] + [d for d in docs() if d.path != "a.pdf"]
    assert ("party_mismatch", "HT-2023-017", "confirmed") in kinds(reconcile("t", declaration(), ds, CATALOG))
