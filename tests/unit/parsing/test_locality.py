"""Tianjin addresses and districts."""

from __future__ import annotations

import pytest

from pipeline.parsing.locality import (TIANJIN_DISTRICTS, find_tianjin_district, is_tianjin_address,
                                       repair_tianjin_district)


def test_sixteen_districts():
    assert len(TIANJIN_DISTRICTS) == len(set(TIANJIN_DISTRICTS)) == 16
    assert "河北区" in TIANJIN_DISTRICTS and "滨海新区" in TIANJIN_DISTRICTS


@pytest.mark.parametrize("district", TIANJIN_DISTRICTS)
def test_every_district(district):
    address = f"天津市{district}某某路88号"
    assert find_tianjin_district(address) == district
    assert is_tianjin_address(address)


@pytest.mark.parametrize("address, district", [
    ("天津市河北区中山路1号", "河北区"),
    ("天津 河北区 中山路 1 号", "河北区"),
    ("中国天津市市辖区河西区友谊路", "河西区"),
    ("天津市和平区重庆道10号", "和平区"),          # 重庆道 is a road in 和平区
    ("天津市蓟县渔阳镇", "蓟州区"),                # former names still on old licences
    ("天津市宝坻县城关镇", "宝坻区"),
    ("天津市塘沽区新港路", "滨海新区"),
    ("天津经济技术开发区第三大街51号", "滨海新区"),
    ("天津开发区第五大街", "滨海新区"),
    ("天津港保税区海滨九路", "滨海新区"),
    ("天津滨海高新技术产业开发区华苑产业区", "滨海新区"),
    ("天津市滨海高新区塘沽海洋科技园", "滨海新区"),
    ("中新天津生态城中成大道", "滨海新区"),
    ("天津市东疆保税港区亚洲路", "滨海新区"),
    ("天津自贸试验区（空港经济区）中心大道", "滨海新区"),
    ("天津市滨海新区天津经济技术开发区", "滨海新区"),
    ("天津市西青区天津滨海高新区华苑产业区", "西青区"),  # a named district wins over a zone
])
def test_tianjin(address, district):
    assert find_tianjin_district(address) == district
    assert is_tianjin_address(address)


@pytest.mark.parametrize("address", [
    "北京市朝阳区建国路88号",
    "河北省廊坊市广阳区",
    "河北省廊坊市三河市燕郊镇天津路",
    "辽宁省沈阳市和平区",            # 和平区 exists in Shenyang too
    "沈阳市和平区南京北街",
    "山东省临沂市河东区天津路",      # and 河东区 in Linyi
    "上海市浦东新区",
    "江苏省盐城市滨海县",
    "天津市",                      # no district named
    "天津路",
    "",
    "滨海高新区",                   # zone name without Tianjin is not enough
    "东疆",
])
def test_not_tianjin(address):
    assert not is_tianjin_address(address)


@pytest.mark.parametrize("address, district", [
    ("河西区友谊路", "河西区"),         # district named, Tianjin not: no contrary evidence
    ("沈阳市和平区", None),
    ("河北省石家庄市", None),
    ("天津市", None),
])
def test_find_district_without_tianjin(address, district):
    assert find_tianjin_district(address) == district


def test_district_needs_tianjin_for_is_tianjin():
    # the brief: an address counts only if it says 天津 and names a district
    assert not is_tianjin_address("河西区友谊路")


@pytest.mark.parametrize("read, repaired", [
    ("天津市宝纸区铭远机器人科技有限公司", "天津市宝坻区铭远机器人科技有限公司"),   # substitution
    ("天津市宝区宏图轴承有限公司", "天津市宝坻区宏图轴承有限公司"),             # a dropped character
    ("天津市蓟洲区", "天津市蓟州区"),
])
def test_ocr_district_one_character_off_is_repaired(read, repaired):
    text, repairs = repair_tianjin_district(read)
    assert text == repaired and len(repairs) == 1


@pytest.mark.parametrize("read", [
    "天津市西清区",        # one off both 西青 and 武清: ambiguous, left alone
    "天津市河区",          # 河东 / 河西 / 河北
    "天津市南开区", "天津市滨海新区", "北京市海淀区",
])
def test_districts_that_are_right_or_ambiguous_are_left_alone(read):
    assert repair_tianjin_district(read) == (read, [])


def test_repair_is_listed_on_the_ocr_value_and_never_applied_to_text_layers():
    from pipeline.extract.fields import classify_document, extract_fields
    from helpers.textdocs import document_from_text

    text = "中国银行 付款回单\n付款人名称 天津市宝纸区宏图轴承有限公司 收款人名称 天津华创工业互联网有限公司\n金额 ¥2,000,000.00\n交易日期 2023-11-20"
    for method, expected in (("ocr:tesseract", "天津市宝坻区宏图轴承有限公司"), ("text_layer", "天津市宝纸区宏图轴承有限公司")):
        doc = document_from_text(text, method=method)
        classify_document(doc)
        extract_fields(doc)
        payer = doc.fields["payer"]
        assert payer.value == expected
        assert any("天津区名校正" in c for c in payer.checks) == method.startswith("ocr")


def test_one_address_written_two_ways_is_the_same_and_a_vague_one_is_not():
    from pipeline.parsing.locality import same_address
    assert same_address("天津市西青区 兴华道 12号", "西青区兴华道12号")
    assert same_address("西青区（中北镇）兴华道12号", "天津西青区中北镇兴华道12号")
    assert not same_address("西青区兴华道14号", "西青区兴华道12号")
    assert not same_address("西青区", "天津市西青区")          # too vague to say
    assert not same_address(None, "西青区兴华道12号")


def test_a_name_opening_with_tianjin_is_named_tianjin():
    from pipeline.parsing.locality import named_tianjin
    assert named_tianjin("天津某某科技有限公司") and named_tianjin(" 「天津市某某厂")
    assert not named_tianjin("北京天津路贸易有限公司") and not named_tianjin("")


def test_binhai_zones_are_named_with_or_without_shi():
    from pipeline.parsing.locality import find_tianjin_district
    assert find_tianjin_district("天津市经济技术开发区第十大街158号") == "滨海新区"
    assert find_tianjin_district("天津市高新区海泰发展十四大街159号") == "滨海新区"
    assert find_tianjin_district("北京市经济技术开发区科创街1号") is None
