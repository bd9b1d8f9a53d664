"""A paper that lists, one per line, the organisations that came to an event (with each one's
credit code or address) is a meeting record whatever it is titled; a list of organisations with
no event is not. Invented texts and codes."""

from pipeline.extract.classify import classify_text

ROWS = ["天津市河东区甲木机电有限公司 91120102MA05TQ3X7K 到会",
        "天津乙水软件股份有限公司 天津市南开区科研西路12号 到会",
        "天津丙火包装制品有限公司 91120113MA06K1LP2C 到会",
        "天津丁土新材料科技有限公司 天津市西青区兴华七支路8号 到会",
        "廊坊戊金机械有限公司 河北省廊坊市广阳区新源道16号 到会",
        "天津己木化工有限公司 天津市津南区咸水沽镇津沽路3号 到会"]


def test_a_roster_of_those_who_came_to_an_event_is_a_meeting_record():
    text = "发言顺序及到场情况一览\n本次“设备联网经验交流会”按下表顺序发言。\n" + "\n".join(ROWS)
    result = classify_text(text)
    assert result.doc_type == "meeting_record" and result.recognised


def test_a_list_of_organisations_with_no_event_is_not_a_meeting_record():
    text = "年度合格供方清单\n" + "\n".join(r.replace(" 到会", " 合格") for r in ROWS)
    assert classify_text(text).doc_type != "meeting_record"


def test_too_few_rows_are_no_roster():
    head = "到场情况一览\n本次“设备联网经验交流会”情况如下。\n"
    roster = [m for m in classify_text(head + "\n".join(ROWS)).statements if "单位名单" in m]
    assert roster
    assert not [m for m in classify_text(head + "\n".join(ROWS[:3])).statements if "单位名单" in m]
