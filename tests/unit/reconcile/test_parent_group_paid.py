"""The customer's parent group paying (X集团有限公司 for the declared X有限公司) is another legal
person, also when the names differ elsewhere as well (the province written 河北省 for 河北): a
word added inside a name is never the same name outright. Printed, a confirmed party gap; from
a scan, a question. Invented texts."""

from test_reconcile import APPLICANT, CATALOG, CUSTOMER, declaration, docs
from helpers.textdocs import document_from_text
from pipeline.extract.fields import classify_document, extract_fields
from pipeline.reconcile.contracts import match_names
from pipeline.results.verify import reconcile

# the declared customer's name with its city's 市 left out and 集团 added
PARENT = CUSTOMER.replace("天津市", "天津").replace("有限公司", "集团有限公司")


def _receipt(payer: str, method: str):
    d = document_from_text(f"中国工商银行 电子回单\n付款人户名 {payer} 收款人户名 {APPLICANT}\n"
                           "金额（小写） ¥3,000,000.00\n交易日期 2023-11-01\n用途 合同HT-2023-017款",
                           path="b.pdf", method=method)
    classify_document(d)
    extract_fields(d)
    return d


def test_a_group_word_added_beside_another_difference_is_not_the_same_name():
    assert not match_names("河北沧州临港精工机械集团有限公司", "河北省沧州临港精工机械有限公司", CATALOG).same
    assert match_names("河北省沧州临港精工机械有限公司", "河北省沧州临港精工机械有限公司", CATALOG).same


def test_the_parent_group_paying_is_a_party_gap():
    for method, status in (("text_layer", "confirmed"), ("ocr:rapidocr", "needs_review")):
        paid = _receipt(PARENT, method)
        assert paid.value("payer") == PARENT
        ds = [d for d in docs() if d.path != "b.pdf"] + [paid]
        gaps = [g for g in reconcile("t", declaration(), ds, CATALOG).book.gaps if g.kind == "party_mismatch"]
        assert [g.status for g in gaps] == [status], method
