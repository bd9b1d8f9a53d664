"""A third party's certificate of a tender (a notary's, an auditor's) names the tenderer in
prose: 兹证明申请人X作为招标人. The role is stated, and the words before the name (the
certificate's opening and the role word) are never part of it. Texts written for these tests."""

from helpers.textdocs import read_text_document as _read
from pipeline.extract.entities import find_organizations

_CERTIFICATE = ("公证书\n（2019）示证经字第101号\n申请人：西青示例物流有限公司\n公证事项：招标投标活动\n"
                "兹证明申请人西青示例物流有限公司作为招标人，就“仓储系统改造”组织公开招标。本处公证员"
                "于2019年4月2日对开标活动进行了现场监督。评标委员会推荐北辰某某自动化有限公司为第一中标"
                "候选人，申请人依据评标报告确定北辰某某自动化有限公司为中标人，中标价为人民币"
                "壹佰贰拾万元整（¥1,200,000.00）。\n示例市公证处\n二〇一九年四月九日\n")


def test_the_certificates_opening_words_are_not_part_of_a_name():
    for text, name in (("兹证明申请人西青示例物流有限公司作为招标人", "西青示例物流有限公司"),
                       ("特此证明北京某某科技有限公司已完成", "北京某某科技有限公司"),
                       ("公证事项招标投标活动兹证明申请人西青示例物流有限公司", "西青示例物流有限公司"),
                       ("兹证明委托人晟远（天津）机械有限公司", "晟远（天津）机械有限公司")):
        assert [o.text for o in find_organizations(text)] == [name]


def test_the_tenderer_is_the_party_the_certificate_says_acted_as_tenderer():
    doc = _read(_CERTIFICATE)
    assert doc.doc_type == "procurement_proof"
    assert doc.fields["customer"].value == "西青示例物流有限公司"
    assert doc.fields["supplier"].value == "北辰某某自动化有限公司"


def test_the_agency_acting_for_the_tenderer_is_not_the_tenderer():
    doc = _read(_CERTIFICATE.replace("西青示例物流有限公司作为招标人", "某某招标咨询有限公司作为招标代理机构"))
    customer = doc.fields.get("customer")
    assert customer is None or customer.value != "某某招标咨询有限公司"
