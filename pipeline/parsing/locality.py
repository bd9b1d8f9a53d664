"""Whether an address is in Tianjin, and in which of its 16 districts.

Several district names are not unique to Tianjin (沈阳市和平区, 临沂市河东区), and 河北区 (a
Tianjin district) must not be confused with 河北省 (a province), so a district only counts
when no other province or city is named before it.
"""

from __future__ import annotations

import re

TIANJIN_DISTRICTS: tuple[str, ...] = (
    "和平区", "河东区", "河西区", "南开区", "河北区", "红桥区", "东丽区", "西青区",
    "津南区", "北辰区", "武清区", "宝坻区", "宁河区", "静海区", "蓟州区", "滨海新区",
)

# Names still printed on older licences and contracts -> the district that replaced them
# (counties became districts 2000-2016; 塘沽/汉沽/大港 merged into 滨海新区 in 2009).
_FORMER_NAMES = {
    "蓟县": "蓟州区", "宝坻县": "宝坻区", "武清县": "武清区", "静海县": "静海区",
    "宁河县": "宁河区", "塘沽区": "滨海新区", "汉沽区": "滨海新区", "大港区": "滨海新区",
}
# Functional zones administered by 滨海新区; used only when no district is named, because
# parts of some (e.g. the high-tech zone's 华苑 area) lie physically in other districts.
_BINHAI_ZONES = (
    "天津经济技术开发区", "天津开发区", "泰达", "天津港保税区", "天津滨海高新技术产业开发区",
    "滨海高新区", "天津高新区", "华苑产业区", "中新天津生态城", "东疆", "天津空港经济区", "空港经济区", "临港经济区",
    "南港工业区", "天津自贸", "中国（天津）自由贸易试验区", "中国(天津)自由贸易试验区",
)
# Zones whose own name does not say Tianjin: they count only when 天津 appears too.
_ZONES_NEEDING_TIANJIN = {"泰达", "滨海高新区", "东疆", "空港经济区", "临港经济区", "南港工业区"}

# A province or autonomous region, or a city that is not 天津市 (市辖区 is part of the name
# Tianjin's own districts are filed under).
_ELSEWHERE = re.compile(r"省|自治区|特别行政区|(?<!天津)市(?!辖)")


# China's province-level divisions, by the short names addresses open with
PROVINCE_LEVEL: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "台湾")

# what two writings of one address may differ in: spacing, punctuation, the city named or not
_ADDRESS_NOISE = re.compile(r"[\s，,。.（）()]|^天津(?:市)?")


def _clean(address: str) -> str:
    return re.sub(r"\s+", "", address or "")


def _named_elsewhere(prefix: str) -> bool:
    return bool(_ELSEWHERE.search(prefix))


def find_tianjin_district(address: str) -> str | None:
    """The Tianjin district an address names (former names and 滨海 zones mapped), or None.

    None too when the district name follows another province or city (沈阳市和平区).
    """
    s = _clean(address)
    best: tuple[int, str] | None = None
    for name in TIANJIN_DISTRICTS:
        at = s.find(name)
        if at >= 0 and not _named_elsewhere(s[:at]) and (best is None or at < best[0]):
            best = (at, name)
    if best is None and "天津" in s:
        for old, name in _FORMER_NAMES.items():
            at = s.find(old)
            if at >= 0 and not _named_elsewhere(s[:at]) and (best is None or at < best[0]):
                best = (at, name)
    if best is not None:
        return best[1]
    # 天津市经济技术开发区 is 天津经济技术开发区: the zones are named with or without 市
    s = s.replace("天津市", "天津")
    for zone in _BINHAI_ZONES:
        at = s.find(zone)
        if at < 0 or _named_elsewhere(s[:at]):
            continue
        if zone in _ZONES_NEEDING_TIANJIN and "天津" not in s:
            continue
        return "滨海新区"
    return None


def is_tianjin_address(address: str) -> bool:
    """In 天津(市) and in one of its 16 districts (or a 滨海新区 functional zone)."""
    s = _clean(address)
    tianjin = s.find("天津")
    if tianjin < 0 or _named_elsewhere(s[:tianjin]):
        return False
    return find_tianjin_district(s) is not None


def opens_in_tianjin(address: str) -> bool:
    """The address opens with 天津 (天津市…) and names no other place before it, though no district
    of Tianjin follows: it says Tianjin, just not where in it."""
    s = _clean(address)
    return s.startswith("天津") or (s.find("天津") > 0 and not _named_elsewhere(s[:s.find("天津")]) and s.find("天津") <= 3)


# ---- OCR repair of district names ----------------------------------------------------------

_STEMS = tuple(d[:-1] for d in TIANJIN_DISTRICTS if d.endswith("区") and d != "滨海新区")
_DISTRICT_AFTER_TIANJIN = re.compile(r"(?<=天津市)([\u4e00-\u9fff]{1,3}?)(?=区)")


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def repair_tianjin_district(text: str) -> tuple[str, list[str]]:
    """天津市宝纸区 → 天津市宝坻区: OCR misreads the rarer characters of district names. A name
    right after 天津市 that is one character off exactly one district is that district.
    Returns the text and what was repaired ("宝纸区→宝坻区"), for the value's checks."""
    repairs: list[str] = []

    def fix(m: re.Match[str]) -> str:
        stem = m.group(1)
        if stem in _STEMS or stem == "滨海新":
            return stem
        near = [s for s in _STEMS if _one_edit_apart(stem, s)]
        if len(near) != 1:
            return stem
        repairs.append(f"{stem}区→{near[0]}区")
        return near[0]

    return _DISTRICT_AFTER_TIANJIN.sub(fix, text), repairs


# what an address is made of: a place and a way to find it (省/市/区/县 … 路/街/道/号/村 …)
_ADDRESS_PARTS = re.compile(r"省|自治区|市|区|县|旗|镇|乡|村|街道|路|街|道|巷|弄|号|园区?|楼|室|层|大厦|广场|中心|基地|工业园|开发区|保税区|新区")
# what it is not: a contract or order number, a phone number, an account or a sentence
_NOT_ADDRESS = re.compile(r"合同|协议|编号|订单|账号|电话|传真|[A-Za-z]{2,}[-_]?\d{3,}|\d{7,}|[。；;]")


def address_shaped(text: str) -> bool:
    """Whether `text` reads as a postal address: it names places (at least two address parts,
    or a Tianjin district) and holds no number of another kind (关联合同XS-2023-0161 is none)."""
    compact = _clean(text)
    if len(compact) < 4 or _NOT_ADDRESS.search(compact):
        return False
    return len(_ADDRESS_PARTS.findall(compact)) >= 2 or find_tianjin_district(compact) is not None


def same_address(found: str | None, declared: str | None) -> bool:
    """The two addresses are one written alike (spacing, punctuation and a leading 天津市 aside);
    a short declared address (under six characters) is too vague to say so."""
    if not found or not declared:
        return False
    a, b = _ADDRESS_NOISE.sub("", found), _ADDRESS_NOISE.sub("", declared)
    return len(b) >= 6 and a == b


def named_tianjin(name: str) -> bool:
    """A firm whose name opens with Tianjin (天津…, 天津市…): where it is registered is likely
    but not stated."""
    return re.sub(r"^[\s\W_]+", "", name or "").startswith("天津")
