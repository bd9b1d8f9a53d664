"""Author 6 first-contact set, support cycle 2023. Usage: python generate.py --out data --seed 6

Three submissions: support_clean, support_gaps, support_tricky. Truth is derived from the
scenario tables below with this folder's own reading of format.md (rules.py), never from product code.
"""
import argparse
import copy
import datetime as dt
import hashlib
import json
import os
import random
import shutil
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment, Font

from common import D, make_uscc, break_uscc, money, ystr, uscc_valid
from genres import GENRES
from render import render_pdf, render_images, degrade_scan, degrade_photo, images_to_pdf, jpeg_bytes, png_bytes
import rules

BANKS = ["中国工商银行天津滨海分行营业部", "中国建设银行天津河西支行", "天津银行南开支行", "渤海银行天津自贸试验区分行",
         "中国农业银行天津津南支行", "交通银行天津北辰支行", "中国银行唐山分行营业部", "青岛银行崂山支行",
         "江苏银行苏州工业园区支行", "兴业银行沧州分行", "齐鲁银行济南高新支行", "河北银行廊坊分行",
         "上海浦东发展银行天津分行", "招商银行天津分行营业部", "中信银行天津武清支行"]
PEOPLE = ["王立群", "刘建国", "张晓蕾", "赵文博", "孙海涛", "李雪松", "周宏宇", "陈佳琪", "杨帆", "吴志刚", "郑颖",
          "冯国强", "韩冬梅", "马骏", "高峰", "林婧", "何晓东", "罗成", "宋雅楠", "谢振华", "唐敏", "许亮"]
ITEMS = [("边缘采集网关", "EG-800", "台"), ("工业交换机", "IS-24G", "台"), ("视觉检测工位", "VI-3", "套"),
         ("AGV 搬运机器人", "AMR-600", "台"), ("MES 软件许可", "V5.2", "套"), ("数据采集服务器", "R740", "台"),
         ("电子看板", "55寸", "块"), ("RFID 读写器", "RD-10", "个")]


def acct(rng, n=None):
    n = n or rng.choice([16, 17, 19, 20])
    return "".join(rng.choice("0123456789") for _ in range(n))


def party(rng, name, short, region, addr, tj, emp=None, rev=None, sme=None, prefix="91", city="天津市", bank=None):
    return dict(name=name, short=short, uscc=make_uscc(rng, region, prefix), addr=addr, tj=tj, emp=emp, rev=rev,
                sme_decl=sme, city=city, bank=bank or rng.choice(BANKS), acct=acct(rng),
                person=rng.choice(PEOPLE), person2=rng.choice(PEOPLE))


def applicant(rng, name, short, region, addr, qcode, bank, bank_short, sms):
    a = party(rng, name, short, region, addr, True, bank=bank)
    a.update(qcode=qcode, bank_short=bank_short, bank_sms=sms)
    return a


def contract(rng, C, no, title, amount, sign, accept, genres, pays, **kw):
    amount = money(amount)
    k = dict(no=no, title=title, amount=amount, sign=sign, accept=accept, genres=genres, pays=pays,
             proc_amount=amount, planted=[], decl_amount=amount, decl_accept=accept, extra=[])
    k["proc_date"] = sign - dt.timedelta(days=rng.randint(8, 30))
    k["bid_open"] = k["proc_date"] - dt.timedelta(days=rng.randint(3, 9))
    k["deliver"] = sign + dt.timedelta(days=rng.randint(60, 120))
    k["start"] = sign + dt.timedelta(days=rng.randint(5, 15))
    k["golive"] = accept - dt.timedelta(days=rng.randint(30, 60))
    k["usage_date"] = accept + dt.timedelta(days=rng.randint(20, 60))
    k["proj"] = f"{C['short'][:2].upper() if C['short'].isascii() else 'ZB'}{sign.year}-{rng.randint(100, 999)}"
    k["proj"] = f"TJZC-{sign.year}-{rng.randint(1000, 9999)}"
    k.update(kw)
    return k


def split_pay(rng, K, specs):
    """specs: list of (genre, fraction or fixed Decimal, date, cite). The last takes the remainder."""
    out = []
    total = K.get("pay_total", K["amount"])
    rest = total
    for i, (g, frac, date, cite) in enumerate(specs):
        amt = rest if i == len(specs) - 1 else money(total * Decimal(str(frac)))
        rest -= amt
        out.append(dict(genre=g, amount=amt, date=date, cite=cite))
    return out


# ----------------------------------------------------------------------------- scenarios

def scen_clean(rng):
    A = applicant(rng, "天津溯衡智造系统集成有限公司", "溯衡智造", "120116", "天津市滨海新区经济技术开发区第四大街80号C1座6层",
                  "SHZZ", "中国工商银行天津滨海分行营业部", "工商银行", "95588")
    cs = [
        party(rng, "天津赟泰精密铸造有限公司", "赟泰", "120113", "天津市北辰区高端装备制造产业园永进道18号", True, 420, 18600, True),
        party(rng, "天津市昀橦新材料科技有限公司", "昀橦", "120112", "天津市津南区八里台镇科技园区橦荫路6号", True, 160, 6200, True),
        party(rng, "唐山冀钢智联重工有限公司", "冀钢", "130203", "河北省唐山市路北区建设北路218号", False, 3200, 268000, False, city="唐山市",
              bank="中国银行唐山分行营业部"),
        party(rng, "天津堃达汽车零部件有限公司", "堃达", "120114", "天津市武清区汽车产业园福源道12号", True, 610, 31500, True),
        party(rng, "青岛海岱食品机械有限公司", "海岱", "370211", "山东省青岛市黄岛区江山南路399号", False, 280, 9800, True, city="青岛市",
              bank="青岛银行崂山支行"),
        party(rng, "天津市机电工艺技师学院", "机电技院", "120000", "天津市河东区程林庄路42号", True, 1350, 46000, False, prefix="12"),
        party(rng, "苏州琰川电子科技有限公司", "琰川", "320505", "江苏省苏州市高新区珠江路511号", False, 95, 4300, True, city="苏州市",
              bank="江苏银行苏州工业园区支行"),
        party(rng, "天津渤瀛化工装备有限公司", "渤瀛", "120116", "天津市滨海新区临港经济区渤海十五路66号", True, 880, 39000, True),
        party(rng, "天津市犇腾轨道交通装备有限公司", "犇腾", "120113", "天津市北辰区双街镇京津路西侧", True, 350, 22000, True),
    ]
    cs[5]["bank"] = "中国建设银行天津河东支行"
    y = 2023
    ks = []
    specs = [
        # no, title, amount, sign, accept, contract genre, accept genre, proc genre, pays, extras
        ("YT-SB-2023-0117", "铸造车间数字化改造项目", "6860000", D(2023, 2, 17), D(2023, 9, 26), "G01", "G04", "G11",
         [("O3", 0.3, D(2023, 3, 2), True), ("G09", 0.65, D(2023, 10, 20), True), ("O3", 0, D(2023, 12, 22), False)], ["G14"]),
        ("ZYT2023-045", "新材料产线能碳管控平台建设", "4235800", D(2023, 3, 9), D(2023, 8, 15), "G02", "G05", "G13",
         [("G10", 0.3, D(2023, 3, 20), True), ("O3", 0, D(2023, 9, 12), True)], []),
        ("JGZL/CG/2023/0368", "炼钢厂设备智能运维系统", "7920000", D(2023, 1, 12), D(2023, 11, 3), "O1", "G06", "O4",
         [("O3", 0.5, D(2023, 2, 8), False), ("O3", 0, D(2023, 12, 5), True)], ["G16"]),
        ("KD-2023-XS-031", "冲压车间MES及设备联网项目", "3186500", D(2023, 4, 6), D(2023, 10, 18), "G03", "O2", "G12",
         [("G08", 1, D(2023, 11, 21), False)], []),
        ("HD23-IM-0902", "食品机械装配线质量追溯系统", "5470000", D(2023, 2, 28), D(2023, 9, 8), "G02", "G04", "O4",
         [("O3", 0.4, D(2023, 3, 15), True), ("G10", 0, D(2023, 10, 9), True)], ["G14"]),
        ("JDJY-ZC-2023-12", "智能制造实训产线建设项目", "8650000", D(2023, 5, 22), D(2023, 11, 28), "O1", "G06", "G11",
         [("G07", 0.7, D(2023, 6, 19), True), ("G07", 0, D(2023, 12, 14), True)], []),
        ("YC-PO-230415", "SMT车间智能仓储物流系统", "2998000", D(2023, 4, 15), D(2023, 9, 30), "G03", "G05", "G12",
         [("G08", 0.3, D(2023, 4, 28), False), ("O3", 0, D(2023, 10, 27), True)], ["G16"]),
        ("BY-XX-2023-77", "压力容器焊接工艺在线优化系统", "6384200", D(2023, 3, 30), D(2023, 12, 12), "G01", "O2", "G13",
         [("G09", 0.6, D(2023, 6, 30), True), ("O3", 0, D(2023, 12, 27), True)], []),
        ("BT(2023)采字第0416号", "转向架车间数字孪生系统", "4725000", D(2023, 4, 16), D(2023, 10, 10), "G02", "G04", "O4",
         [("O3", 0.5, D(2023, 5, 9), True), ("G10", 0, D(2023, 11, 2), True)], []),
    ]
    for C, s in zip(cs, specs):
        K = contract(rng, C, s[0], s[1], s[2], s[3], s[4], dict(contract=s[5], accept=s[6], proc=s[7]), None)
        K["pays"] = split_pay(rng, K, s[8])
        K["extra"] = s[9]
        ks.append(K)
    stds = [dict(name="离散制造车间设备数据采集接口技术规范", cat="企业标准", stage="草案", code="003", genre="G17"),
            dict(name="制造执行系统与企业资源计划系统集成数据交换要求", cat="团体标准", stage="草案", code="017", genre="G18",
                 en="Data exchange requirements for integration of MES and ERP", assoc="TJIA", assoc_name="天津市工业互联网协会"),
            dict(name="智能产线实施服务流程规范", cat="企业标准", stage="草案", code="005", genre="G17")]
    return dict(name="support_clean", A=A, customers=cs, contracts=ks, standards=stds, extra_files=[],
                description="全部满足：9家客户、合同全部验证，合计5042.95万元")


def scen_gaps(rng):
    A = applicant(rng, "天津恒岳数控科技有限公司", "恒岳数控", "120111", "天津市西青区海泰发展六道6号海泰绿色产业基地K2座",
                  "HYSK", "中国建设银行天津西青支行", "建设银行", "95533")
    P = lambda *a, **k: party(rng, *a, **k)
    cs = [
        P("天津玥铭医疗器械有限公司", "玥铭", "120116", "天津市滨海新区华苑产业区海泰南道20号", True, 230, 14800, True),
        P("天津市淼源食品有限公司", "淼源", "120115", "天津市宝坻区九园工业园区九园路17号", True, 410, 26300, True),
        P("天津冠博纺织印染有限公司", "冠博", "120112", "天津市津南区双港工业区丽港园8号", True, 520, 33600, True),
        P("沧州渤星管道装备有限公司", "渤星", "130902", "河北省沧州市新华区工业园区纬三路9号", False, 380, 21000, True, city="沧州市",
          bank="兴业银行沧州分行"),
        P("天津瑄和电器有限公司", "瑄和", "120110", "天津市东丽区华明高新区华丰路21号", True, 270, 11800, True),
        P("天津鼎钰新能源电池有限公司", "鼎钰", "120114", "天津市武清区京滨工业园京滨睿城9号", True, 640, 35800, True),
        P("天津华骐印刷包装有限公司", "华骐", "120113", "天津市北辰区科技园区华实道33号", True, 190, 8900, True),
        P("天津市晟沅精工机械有限公司", "晟沅", "120111", "天津市西青区张家窝镇工业园区", True, 150, 7600, True),
        P("天津临港重型装备集团有限公司", "临港重装", "120116", "天津市滨海新区临港经济区渤海四十路510号", True, 1500, 52000, True),
        P("济南泉睿工业自动化有限公司", "泉睿", "370112", "山东省济南市历城区工业北路188号", False, 120, 5200, True, city="济南市",
          bank="齐鲁银行济南高新支行"),
        P("廊坊瀚晖塑业有限公司", "瀚晖", "131003", "河北省廊坊市广阳区新源道56号", True, 200, 9600, True, city="廊坊市",
          bank="河北银行廊坊分行"),
        P("天津市宏璟铝业有限公司", "宏璟", "120114", "天津市武清区汊沽港镇工业区", True, 330, 19800, True),
    ]
    cs[7]["uscc"] = break_uscc(cs[7]["uscc"])  # planted: documents and workbook carry the same bad code
    specs = [
        ("YM-2023-SB-006", "无菌包装线设备联网与MES项目", "4380000", D(2023, 2, 10), D(2023, 8, 30), "G02", "G04", "G11",
         [("O3", 0.3, D(2023, 2, 24), True), ("O3", 0, D(2023, 9, 20), True)], [], []),
        ("MY-CG-2023-031", "速冻食品车间能耗监测平台", "2460000", D(2023, 3, 3), D(2023, 9, 14), "O1", "G05", "O4",
         [], ["G15"], ["missing_payment_proof"]),
        ("GB2023-JS-019", "印染车间配方管理与工艺优化系统", "3850000", D(2023, 4, 11), D(2023, 10, 25), "G01", "G06", "G13",
         [("G10", 0.4, D(2023, 4, 26), True), ("O3", 0, D(2023, 11, 15), True)], [], ["amount_mismatch"]),
        ("BX-SC-2023-112", "管道焊接工艺在线监测系统", "2975000", D(2023, 5, 8), D(2024, 1, 16), "O1", "G05", "O4",
         [("O3", 1, D(2024, 2, 2), True)], [], ["date_out_of_period"]),
        ("XH-2023-0620", "空调部件装配线视觉检测改造", "3120000", D(2023, 6, 20), D(2023, 11, 9), "G03", "O2", "G12",
         [("O3", 0.5, D(2023, 7, 4), True), ("G08", 0, D(2023, 12, 1), False)], [], ["party_mismatch"]),
        ("DY/JS/2023/047", "电芯化成分容车间数据平台", "5260000", D(2023, 3, 27), D(2023, 12, 6), "G02", "G05", "G11",
         [("O3", 0.3, D(2023, 4, 10), True), ("O3", 0, D(2023, 11, 28), True)], [], ["acceptance_not_passed"]),
        ("HQ-YS-2023-09", "印刷车间订单排产系统", "1890000", D(2023, 5, 15), D(2023, 10, 30), "O1", "G04", "G13",
         [("G10", 1, D(2023, 11, 24), True)], [], ["duplicate_evidence"]),
        ("SY-2023-015", "精密零件加工单元自动化改造", "2650000", D(2023, 2, 21), D(2023, 8, 2), "G01", "O2", "O4",
         [("O3", 1, D(2023, 8, 28), True)], [], ["invalid_uscc"]),
        ("LGZZ-XX-2023-088", "重型装备焊装车间数字孪生系统", "6480000", D(2023, 1, 18), D(2023, 10, 12), "G02", "G06", "G11",
         [("G09", 0.7, D(2023, 4, 18), True), ("O3", 0, D(2023, 11, 8), True)], [], ["sme_misclassified"]),
        ("QR-HT-2023-25", "自动化立体仓库控制系统升级", "2280000", D(2023, 4, 3), D(2023, 9, 22), "O1", "G04", None,
         [("O3", 1, D(2023, 10, 16), True)], ["G14"], ["missing_procurement_proof"]),
        ("HH-2023-033", "注塑车间设备数据采集项目", "1760000", D(2023, 6, 2), D(2023, 11, 17), "G03", "G05", "G12",
         [("O3", 1, D(2023, 12, 8), True)], [], ["not_tianjin"]),
        ("HJLY-2023-JS-07", "铝型材挤压生产线智能排产系统", "3340000", D(2023, 3, 16), D(2023, 9, 5), "O1", "G06", "G13",
         [("G08", 0.3, D(2023, 3, 31), False), ("O3", 0, D(2023, 10, 11), True)], ["G16"], []),
    ]
    ks = []
    for C, s in zip(cs, specs):
        K = contract(rng, C, s[0], s[1], s[2], s[3], s[4], dict(contract=s[5], accept=s[6], proc=s[7]), None)
        K["planted"] = list(s[10])
        if "amount_mismatch" in K["planted"]:
            K["amount"] = money("3580000")  # documents: digits transposed against the declared 385万
            K["proc_amount"] = K["amount"]
        if "date_out_of_period" in K["planted"]:
            K["decl_accept"] = D(2023, 12, 28)
        if "acceptance_not_passed" in K["planted"]:
            K["accept_result"] = "failed"
        if "missing_payment_proof" in K["planted"]:
            K["plan0"], K["plan1"], K["plan2"] = D(2023, 11, 20), D(2024, 3, 31), D(2024, 6, 30)
        K["pays"] = split_pay(rng, K, s[8])
        if "party_mismatch" in K["planted"]:
            for p in K["pays"]:
                p["payer"] = "天津瑄和商贸有限公司"
                p["payer_acct"] = "12050101800000937714"
        if "acceptance_not_passed" in K["planted"]:
            pass
        K["extra"] = s[9]
        ks.append(K)
    stds = [dict(name="数控机床远程运维数据接口规范", cat="企业标准", stage="草案", code="002", genre="G17"),
            dict(name="中小制造企业设备联网实施指南", cat="团体标准", stage="草案", code="031", genre="G18",
                 en="Implementation guide for equipment networking in SMEs", assoc="TJMA", assoc_name="天津市机械工业协会"),
            dict(name="车间级工业互联网平台系统集成测试方法", cat="企业标准", stage="草案", code="004", genre=None)]
    return dict(name="support_gaps", A=A, customers=cs, contracts=ks, standards=stds,
                extra_files=[("corrupt", "其他/补充材料（扫描）.pdf")],
                description="多类缺口：缺付款、金额不符、验收在周期外、付款人不符、验收不合格、重复上传、信用代码无效、规模误报、缺采购、非天津、缺标准草案、损坏文件")


def scen_tricky(rng):
    A = applicant(rng, "天津璟曜工业互联网科技有限公司", "璟曜", "120104", "天津市南开区华苑产业区梓苑路9号海泰信息广场E座12层",
                  "JYGH", "渤海银行天津自贸试验区分行", "渤海银行", "95541")
    P = lambda *a, **k: party(rng, *a, **k)
    cs = [
        P("天津喆睿智能装备有限公司", "喆睿", "120116", "天津市滨海新区中新生态城中成大道1988号", True, 1000, Decimal("39999"), True),
        P("天津钢管精轧科技有限公司", "钢管精轧", "120110", "天津市东丽区津塘公路396号", True, 1000, Decimal("40000"), False),
        P("天津市琮晟电子有限公司", "琮晟", "120111", "天津市西青区微电子工业区微五路12号", True, 999, Decimal("85000"), True),
        P("天津翊禾精密模具有限公司", "翊禾", "120113", "天津市北辰区医药医疗器械工业园淮东路3号", True, 45, Decimal("1200"), True),
        P("中汽瑞达（天津）汽车部件有限公司", "瑞达", "120114", "天津市武清区开发区泉发路18号", True, 2600, Decimal("150000"), False),
        P("天津昊淳食品饮料有限公司", "昊淳", "120115", "天津市宝坻区九园工业园区宝中道8号", True, 300, Decimal("12000"), True),
        P("唐山曹妃甸港腾重工有限公司", "港腾", "130209", "河北省唐山市曹妃甸工业区钢铁电力产业园", False, 1800, Decimal("41000"), False,
          city="唐山市", bank="中国银行唐山分行营业部"),
        P("天津祎晗医药包装有限公司", "祎晗", "120112", "天津市津南区咸水沽镇聚兴道7号", True, 520, Decimal("26000"), True),
        P("天津泓淼化工新材料有限公司", "泓淼", "120116", "天津市滨海新区南港工业区港北路2699号", True, 210, Decimal("8000"), True),
    ]
    specs = [
        ("ZR-JS-2023-001", "智能装备总装车间数字化建设", "3000000", D(2023, 3, 1), D(2023, 9, 19), "G01", "G04", "G13",
         [("O3", Decimal("0.6"), D(2023, 3, 14), True), ("O3", 0, D(2023, 10, 31), True)], [], dict(reverse_roles=True, pay_total=money("2985000"))),
        ("GGJZ-2023-CG-112", "精轧产线工艺参数在线优化系统", "2450000", D(2023, 5, 12), D(2023, 12, 27), "O1", "G05", "O4",
         [("G09", 1, D(2024, 1, 22), True)], [], dict(letter_date=D(2024, 1, 8), han_letter=True)),
        ("CS〔2023〕工字第58号", "SMT产线质量综合管控系统", "4186300", D(2023, 6, 5), D(2023, 12, 31), "G02", "G04", "G11",
         [("O3", 0.3, D(2023, 6, 21), True), ("G10", 0, D(2023, 12, 29), True)], ["G14"], {}),
        ("YH-2022-XS-86", "模具车间设备物联与排产系统", "1973700", D(2022, 11, 18), D(2023, 3, 24), "G03", "O2", "G12",
         [("G08", 0.5, D(2022, 12, 2), False), ("O3", 0, D(2023, 4, 20), True)], [], {}),
        ("RD-IT-2023-0415", "焊装车间智能物流系统", "3520000", D(2023, 4, 15), D(2023, 10, 20), "G02", "G06", "O4",
         [("G09", 0.6, D(2023, 7, 28), True), ("O3", 0, D(2023, 11, 30), True)], [], {}),
        ("HC-2023-031", "饮料灌装线能碳精益管控平台", "2870000", D(2023, 2, 27), D(2023, 8, 25), "O1", "G05", "G13",
         [("G08", 1, D(2023, 9, 15), False)], ["G16"], dict(letter_amount=False)),
        ("GTZG/2023/HT/0907", "港口重工设备智能运维平台", "3600000", D(2023, 9, 7), D(2023, 12, 15), "O1", "G06", "G11",
         [("O3", 0.4, D(2023, 9, 26), True), ("G10", 0, D(2023, 12, 22), True)], [], {}),
        ("YHYB-PO-2023-0520", "医药包装车间质量追溯系统", "3400000", D(2023, 5, 20), D(2023, 11, 14), "G03", "O2", "G12",
         [("O3", 0.5, D(2023, 6, 6), True), ("O3", 0, D(2023, 12, 4), True)], [], {}),
        ("HM-2023-SB-19", "化工新材料车间安全一体化系统", "4100000", D(2023, 4, 26), D(2023, 10, 26), "G01", "G04", "O4",
         [("O3", 0.5, D(2023, 5, 10), True), ("O3", 0, D(2023, 11, 20), True)], [], {}),
    ]
    ks = []
    for C, s in zip(cs, specs):
        K = contract(rng, C, s[0], s[1], s[2], s[3], s[4], dict(contract=s[5], accept=s[6], proc=s[7]), None, **s[10])
        K["pays"] = split_pay(rng, K, s[8])
        K["extra"] = s[9]
        ks.append(K)
    # contract 9: both payments made by the customer's parent group on its behalf
    for p in ks[8]["pays"]:
        p["payer"] = "泓淼控股集团有限公司"
        p["payer_acct"] = "02060110090001183620"
        p["memo_override"] = f"代天津泓淼化工新材料有限公司支付{ks[8]['no']}合同款"
    ks[8]["planted"] = ["party_mismatch"]
    ks[0]["planted"] = ["pay_sum_exactly_0.5pct_short"]
    stds = [dict(name="工业互联网平台设备接入与边缘计算技术规范", cat="企业标准", stage="草案", code="001", genre="G17"),
            dict(name="制造企业数字化车间建设服务流程", cat="团体标准", stage="草案", code="046", genre="G18",
                 en="Service process for construction of digital workshops in manufacturing enterprises", assoc="TJSIA",
                 assoc_name="天津市软件行业协会"),
            dict(name="多源异构工业数据互联互通接口要求", cat="企业标准", stage="草案", code="002", genre="G17"),
            dict(name="工业App开发与测试规范", cat="企业标准", stage="草案", code="007", genre="G19")]
    return dict(name="support_tricky", A=A, customers=cs, contracts=ks, standards=stds, extra_files=[],
                description="边界：8家客户、合计正好2500万元、中小企业正好5家、标准草案正好3项")


# ----------------------------------------------------------------------------- building

def memo_for(K, P, rng):
    if P.get("memo_override"):
        return P["memo_override"]
    if P["cite"]:
        return rng.choice([f"{K['no']}合同款", f"支付{K['no']}进度款", f"合同号{K['no']} 货款", f"{K['no']} 项目款"])
    return rng.choice(["货款", "项目款", "工程款", "设备款", "技术服务费"])


def pick_rendering(rng, forced, counter):
    if forced == "png":
        return "png"
    if forced in ("photo", "scan"):
        return forced
    x = rng.random()
    return "text" if x < 0.68 else ("scan" if x < 0.9 else "photo")


def emit(doc, rendering, rng, base, gray=False, allow_mixed=False):
    """Return (bytes, ext, rendering_label)."""
    if rendering == "text":
        if allow_mixed and len(doc.pages) > 1 and rng.random() < 0.5:
            imgs = render_images(doc, 130, rng)
            sc = degrade_scan(imgs[-1], rng)
            return render_pdf(doc, rng.choice(["vec", "img"]), extra_pages={len(doc.pages) - 1: sc}), "pdf", "mixed"
        return render_pdf(doc, rng.choice(["vec", "img"])), "pdf", "text"
    imgs = render_images(doc, 150 if doc.w > 100 else 400, rng)
    if rendering == "png":
        return png_bytes(imgs[0]), "png", "scan"
    if rendering == "scan":
        sc = [degrade_scan(i, rng, gray=gray) for i in imgs]
        if len(sc) == 1 and rng.random() < 0.3:
            return jpeg_bytes(sc[0], 75), "jpg", "scan"
        return images_to_pdf(sc, doc.w, doc.h), "pdf", "scan"
    ph = [degrade_photo(i, rng) for i in imgs]
    if len(ph) == 1:
        return jpeg_bytes(ph[0], 78), "jpg", "photo"
    return images_to_pdf(ph, doc.w * 1.1, doc.h * 1.1), "pdf", "photo"


def build(scen, outdir, rng):
    A = scen["A"]
    sub = os.path.join(outdir, scen["name"], "submission")
    if os.path.exists(os.path.join(outdir, scen["name"])):
        shutil.rmtree(os.path.join(outdir, scen["name"]))
    os.makedirs(sub)
    docs = []
    names_used = set()
    seq_file = [0]

    def fname(folder, rendering, ext, hint):
        seq_file[0] += 1
        n = seq_file[0]
        if rendering == "photo":
            base = f"IMG_2024{(n * 37) % 12 + 1:02d}{(n * 11) % 28 + 1:02d}_{100000 + n * 7919 % 899999}"
        elif ext == "png":
            base = f"Screenshot_{n:03d}_{hint}"
        elif rendering == "scan":
            base = rng.choice(["扫描件", "CamScanner", "scan", "附件"]) + f"{n:02d}"
        else:
            base = hint + f"{n:02d}"
        p = f"{folder}/{base}.{ext}"
        while p in names_used:
            p = p.replace(".", "_1.", 1)
        names_used.add(p)
        return p

    def write(rel, data):
        full = os.path.join(sub, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)

    def add(gid, ctx, folder, contract_no, hint, rendering=None):
        doc_type, label, fn = GENRES[gid]
        res = fn(ctx)
        rend = rendering or pick_rendering(rng, res.get("force"), len(docs))
        data, ext, rlabel = emit(res["doc"], rend, rng, hint, gray=rng.random() < 0.3, allow_mixed=(gid == "G01"))
        rel = fname(folder, rlabel, ext, hint)
        write(rel, data)
        e = dict(path=rel, doc_type=doc_type, rendering=rlabel, contract_no=contract_no,
                 sha256=hashlib.sha256(data).hexdigest(), note=f"[{gid} {label}] " + res["note"], fields=res["fields"], genre=gid)
        docs.append(e)
        return e, data

    for i, (C, K) in enumerate(zip(scen["customers"], scen["contracts"])):
        folder = f"{i + 1:02d}_{C['short']}"
        items = []
        left = K["amount"]
        picks = rng.sample(ITEMS, 3)
        for j, it in enumerate(picks):
            if j < 2:
                qty = rng.randint(1, 6)
                unit = money(K["amount"] * Decimal(rng.choice(["0.18", "0.22", "0.26"])) / qty)
                items.append((it[0], it[1], it[2], qty, unit))
                left -= unit * qty
            else:
                items.append((it[0], it[1], it[2], 1, left))
        ctx = dict(A=A, C=C, K=K, rng=rng, items=items, agency="天津市诚衡招标代理有限公司",
                   others=["天津市启航自动化工程有限公司", "北京中智云控科技有限公司", "天津汇通智能系统有限公司"])
        g = K["genres"]
        e, data = add(g["contract"], ctx, folder, K["no"], "合同")
        if "duplicate_evidence" in K["planted"]:
            rel = f"补充材料/{K['no'].replace('/', '_')}合同（重复上传）.{e['path'].rsplit('.', 1)[1]}"
            write(rel, data)
            e2 = dict(e)
            e2["path"] = rel
            e2["note"] = e["note"] + "；同一文件重复上传（字节相同）"
            docs.append(e2)
        add(g["accept"], ctx, folder, K["no"], "验收")
        if g["proc"]:
            add(g["proc"], ctx, folder, K["no"], "采购")
        for pi, P in enumerate(K["pays"]):
            P = dict(P)
            P["ref"] = f"{rng.randint(10 ** 11, 10 ** 12 - 1)}"
            P["time"] = f"{rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"
            P["memo"] = memo_for(K, P, rng)
            P.setdefault("payer", C["name"])
            P["balance"] = money(rng.randint(200000, 3000000))
            P["issued"] = P["date"] - dt.timedelta(days=rng.randint(60, 100))
            P["lc_amount"] = K["amount"]
            if P["genre"] == "G08" and pi == 0 and rng.random() < 0.6:
                P["older"] = (f"{P['date'].month}月{max(1, P['date'].day - 3)}日 10:02",
                              f"【{A['bank_short']}】您尾号{A['acct'][-4:]}的账户支出跨行汇款手续费15.50元。")
            ctx2 = dict(ctx, P=P)
            if P["genre"] == "G09" and P["payer"] != C["name"]:
                raise AssertionError("LC payer must be the customer")
            if P["genre"] in ("G07", "G10") and P["payer"] != C["name"]:
                P["genre"] = "O3"
            add(P["genre"], ctx2, folder, K["no"], "付款")
        extras = list(K["extra"]) or [("G14", "G16")[i % 2]]
        if i % 3 == 0 and scen["name"] != "support_gaps":
            extras.append("G16" if "G16" not in extras else "G14")
        for x in extras:
            add(x, ctx, folder, K["no"], "资料")
    for S in scen["standards"]:
        if not S.get("genre"):
            continue
        S2 = dict(S, year=2023, date=D(2023, rng.randint(6, 11), rng.randint(1, 28)))
        add(S["genre"], dict(A=A, S=S2, rng=rng), "标准草案", None, "标准")
    for kind, rel in scen["extra_files"]:
        if kind == "corrupt":
            from genres import g14_usage_cert
            full = render_pdf(GENRES["O2"][2](dict(A=A, C=scen["customers"][0], K=scen["contracts"][0], rng=rng))["doc"])
            data = full[: int(len(full) * 0.35)]
            write(rel, data)
            docs.append(dict(path=rel, doc_type="other", rendering="corrupt", contract_no=None,
                             sha256=hashlib.sha256(data).hexdigest(), note="[X 损坏文件] 截断的PDF，无法打开",
                             fields={k: None for k in ["contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"]},
                             genre="X"))
    write_workbook(scen, os.path.join(sub, "申报信息.xlsx"), rng)
    truth = rules.derive(scen, docs)
    with open(os.path.join(outdir, scen["name"], "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth


def write_workbook(scen, path, rng):
    A = scen["A"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报单位"
    ws.merge_cells("A1:B1")
    ws["A1"] = "申报单位基本信息"
    ws.append(["项目", "内容"])
    for k, v in [("单位名称", A["name"]), ("统一社会信用代码", A["uscc"]), ("注册地址", A["addr"]),
                 ("申报方向", "智能制造系统解决方案供应商"), ("服务行业", "汽车及关键零部件、石化化工、食品")]:
        ws.append([k, v])
    ws2 = wb.create_sheet("服务用户清单")
    hdr = ["序号", "用户名称", "统一社会信用代码", "合同编号", "合同名称", "合同金额（万元）", "签订日期", "验收日期",
           "是否中小企业", "从业人员", "营业收入（万元）", "是否天津企业"]
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2["A1"] = "支持周期（2023年1月1日至2023年12月31日）服务用户清单"
    ws2.append(hdr)
    for i, (C, K) in enumerate(zip(scen["customers"], scen["contracts"])):
        wan = (K["decl_amount"] / 10000).normalize()
        amt = float(wan) if i % 4 != 2 else f"{wan:.4f}".rstrip("0").rstrip(".")
        sd = K["sign"] if i % 3 != 1 else f"{K['sign'].year}年{K['sign'].month}月{K['sign'].day}日"
        ad = K["decl_accept"] if i % 3 != 1 else f"{K['decl_accept'].year}年{K['decl_accept'].month}月{K['decl_accept'].day}日"
        rev = float(C["rev"]) if i != 2 else f"{C['rev']:,}"
        ws2.append([i + 1, C["name"], C["uscc"], K["no"], K["title"], amt, sd, ad, "是" if C["sme_decl"] else "否",
                    C["emp"], rev, "是" if C["tj"] else "否"])
        for col in (7, 8):
            c = ws2.cell(row=ws2.max_row, column=col)
            if isinstance(c.value, dt.date):
                c.number_format = "yyyy-mm-dd"
    ws3 = wb.create_sheet("标准草案")
    ws3.merge_cells("A1:D1")
    ws3["A1"] = "形成的企业/行业标准草案"
    ws3.append(["序号", "标准名称", "标准类别", "阶段"])
    for i, S in enumerate(scen["standards"]):
        ws3.append([i + 1, S["name"], S["cat"], S["stage"]])
    wb.save(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for i, fn in enumerate([scen_clean, scen_gaps, scen_tricky]):
        rng = random.Random(a.seed * 1000 + i)
        scen = fn(rng)
        if a.only and scen["name"] != a.only:
            continue
        t = build(scen, a.out, rng)
        n = len(t["documents"])
        nonText = sum(1 for d in t["documents"] if d["rendering"] in ("scan", "photo"))
        print(f"{scen['name']}: {n} docs, {nonText} scans/photos, tier {t['award_tier_wan']}, "
              f"gaps {[g['kind'] for g in t['gaps']]}")


if __name__ == "__main__":
    main()
