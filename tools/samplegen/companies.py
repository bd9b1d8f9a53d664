"""Fictitious companies: names, credit codes, addresses, bank accounts, size figures.

Every company is made from a seeded random.Random, so the same seed gives the same firms.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from tools.samplegen.truthlib import CODE_ALPHABET as ALPHABET, code_check_char as compute_check_char, \
    code_is_valid as validate_uscc, one_look_alike_from_valid

# region code -> (province/city prefix of the address, district)
REGIONS: dict[str, dict[str, tuple[str, str]]] = {
    "天津": {
        "120116": ("天津市", "滨海新区"),
        "120104": ("天津市", "南开区"),
        "120111": ("天津市", "西青区"),
        "120113": ("天津市", "北辰区"),
        "120110": ("天津市", "东丽区"),
        "120112": ("天津市", "津南区"),
        "120114": ("天津市", "武清区"),
    },
    "北京": {
        "110105": ("北京市", "朝阳区"),
        "110108": ("北京市", "海淀区"),
        "110115": ("北京市", "大兴区"),
        "110112": ("北京市", "通州区"),
    },
    "河北": {
        "131003": ("河北省廊坊市", "广阳区"),
        "131082": ("河北省廊坊市", "三河市"),
        "131002": ("河北省廊坊市", "安次区"),
        "131025": ("河北省廊坊市", "大城县"),
    },
    "江苏": {
        "320505": ("江苏省苏州市", "虎丘区"),
        "320214": ("江苏省无锡市", "新吴区"),
        "320115": ("江苏省南京市", "江宁区"),
        "320411": ("江苏省常州市", "新北区"),
    },
}

STREETS = {
    "天津": ["黄海路", "第三大街", "泰达大街", "宏泰道", "华苑产业区海泰西路", "赛达新兴产业园赛达四支路",
             "京津路", "津塘公路", "咸水沽镇聚兴道", "开发区翠亨路", "中北镇汇智环路", "宜白路"],
    "北京": ["酒仙桥路", "中关村大街", "亦庄经济开发区科创十三街", "上地信息路", "通州工业开发区光华路", "望京东路"],
    "河北": ["廊坊开发区华祥路", "燕郊高新区迎宾路", "安次区龙河高新区富士康路", "大城县工业园区平舒路"],
    "江苏": ["苏州高新区竹园路", "无锡新吴区长江路", "江宁开发区将军大道", "常州新北区通江中路", "苏州工业园区星湖街"],
}

SHORT_CITY = {"天津": "天津", "北京": "北京", "河北": "廊坊", "江苏": "苏州"}

TRADE_NAMES = [
    "恒创", "华泰", "盛达", "鑫源", "瑞丰", "宏远", "金辰", "中科", "博奥", "天润", "安捷", "泰和",
    "海晟", "精工", "同创", "迈科", "德昌", "弘毅", "卓越", "永信", "凯联", "远航", "力诺", "昊天",
    "北洋", "渤瑞", "津港", "新宇", "汇川", "明阳", "锦程", "龙腾", "信诺", "东方", "三元", "长城",
    "科隆", "万通", "嘉禾", "正泰", "众联", "启明", "银河", "创达", "旭日", "和瑞", "朗润", "致远",
]

INDUSTRY_WORDS = [
    ("精密机械", "工业母机和机器人"), ("汽车零部件", "汽车及关键零部件"), ("化工", "石化化工"),
    ("电子科技", "电子设备"), ("食品", "食品"), ("医疗器械", "医疗装备"), ("新材料", "新材料"),
    ("钢管", "钢铁"), ("轨道交通装备", "轨道交通装备"), ("纺织", "纺织"), ("制药", "医药"),
    ("包装印刷", "印刷"), ("传感器", "传感器及仪器仪表"), ("工程机械", "工程机械"), ("轴承", "基础零部件"),
    ("建材", "建材"), ("船舶配套", "船舶及海洋工程装备"), ("电气", "能源装备"),
]

APPLICANT_WORDS = ["智能科技", "智造科技", "工业互联网技术", "自动化技术", "数字科技", "信息技术"]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌立新春海波晨宇浩然子轩思远"

BANKS = ["中国工商银行", "中国建设银行", "招商银行", "中国银行", "交通银行", "中国农业银行"]


@dataclass
class Company:
    name: str
    uscc: str
    address: str
    province: str        # 天津 | 北京 | 河北 | 江苏
    district: str
    employees: int
    revenue_wan: Decimal  # 营业收入, 万元
    bank: str
    bank_branch: str
    account: str
    legal_rep: str
    phone: str
    industry: str = ""

    @property
    def is_sme(self) -> bool:
        return not is_large(self.employees, self.revenue_wan)


def is_large(employees: int | None, revenue_wan: Decimal | None) -> bool:
    """Industrial enterprise size (统计上大中小微型企业划分办法 2017): large needs both."""
    if employees is None or revenue_wan is None:
        return False
    return employees >= 1000 and revenue_wan >= Decimal(40000)


def make_uscc(rng: random.Random, region: str, valid: bool = True) -> str:
    """A credit code for a limited company (91) in `region`; with valid=False a wrong check char
    that no single OCR-confusion substitution turns into a valid code."""
    while True:
        org = "MA0" + "".join(rng.choice(ALPHABET[:10] + ALPHABET[10:]) for _ in range(6))
        first17 = "91" + region + org
        check = compute_check_char(first17)
        if valid:
            return first17 + check
        wrong = rng.choice([c for c in ALPHABET if c != check])
        code = first17 + wrong
        if not validate_uscc(code) and not one_look_alike_from_valid(code):
            return code


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


class CompanyFactory:
    """Makes distinct companies from one rng."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_names: set[str] = set()
        self.used_trades: set[str] = set()

    def _trade(self) -> str:
        free = [t for t in TRADE_NAMES if t not in self.used_trades]
        if not free:
            free = [a + b for a in TRADE_NAMES for b in TRADE_NAMES if a != b and a + b not in self.used_trades]
        trade = self.rng.choice(free)
        self.used_trades.add(trade)
        return trade

    def address(self, province: str, region: str) -> str:
        prefix, district = REGIONS[province][region]
        street = self.rng.choice(STREETS[province])
        number = self.rng.randint(1, 399)
        tail = self.rng.choice(["", f"{self.rng.randint(1, 12)}号楼", f"{self.rng.randint(1, 5)}号厂房",
                                f"A座{self.rng.randint(2, 20)}层"])
        if district in prefix or street.startswith(district):
            return f"{prefix}{street}{number}号{tail}"
        return f"{prefix}{district}{street}{number}号{tail}"

    def bank_account(self) -> tuple[str, str, str]:
        bank = self.rng.choice(BANKS)
        return bank, bank, "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.choice((16, 19))))

    def make(self, province: str, *, large: bool = False, applicant: bool = False,
             valid_uscc: bool = True, region: str | None = None) -> Company:
        rng = self.rng
        region = region or rng.choice(sorted(REGIONS[province]))
        city = SHORT_CITY[province]
        while True:
            trade = self._trade()
            if applicant:
                word, industry = rng.choice(APPLICANT_WORDS), ""
                suffix = "有限公司"
            else:
                word, industry = rng.choice(INDUSTRY_WORDS)
                suffix = rng.choice(["股份有限公司", "集团有限公司"]) if large else rng.choice(
                    ["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
            name = f"{city}{'市' if rng.random() < 0.4 else ''}{trade}{word}{suffix}"
            if name not in self.used_names:
                self.used_names.add(name)
                break
        if large:
            employees = rng.randint(1100, 4800)
            revenue = Decimal(rng.randint(45000, 260000))
        else:
            employees = rng.randint(35, 900)
            revenue = Decimal(rng.randint(800, 38000))
        prefix, district = REGIONS[province][region]
        bank = rng.choice(BANKS)
        branch = f"{bank}{city}{district.rstrip('区县市') if len(district) > 2 else district}支行"
        account = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((16, 19))))
        return Company(
            name=name,
            uscc=make_uscc(rng, region, valid=valid_uscc),
            address=self.address(province, region),
            province=province,
            district=district,
            employees=employees,
            revenue_wan=revenue,
            bank=bank,
            bank_branch=branch,
            account=account,
            legal_rep=person(rng),
            phone=f"{'022' if province == '天津' else '010' if province == '北京' else '0316' if province == '河北' else '0512'}-"
                  f"{rng.randint(2000_0000, 8999_9999)}",
            industry=industry,
        )
