#!/usr/bin/env python3
"""author11 first-contact set: three assessment-cycle (2024) submissions.
python generate.py --out data --seed N   (deterministic for a seed)"""
import argparse, datetime as dt, hashlib, json, os, shutil, sys
import numpy as np
import openpyxl
from openpyxl.styles import Alignment, Font

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render as R
from common import *

DT = dt.date
RED = (200, 20, 30)

# ------------------------------------------------------------------ names
ZIHAO = ['珀棠', '赟达', '昀橦', '瑄禾', '翀远', '垚鑫', '喆恒', '珺泰', '淼川', '犇腾', '沐宸', '钧衡', '霁川', '骐骥',
         '睿岚', '铂澜', '琨玉', '晟弘', '煜邦', '澍霖', '璟曜', '栎川', '峤石', '朗懿', '斐然', '崧禾', '溱洋', '旻泽',
         '筠松', '彧辰', '禛祥', '谞达', '曦和', '珩瑞', '骁骋', '砚田', '岚峰', '舜耕', '祎航', '炜烨', '濠江', '槿华',
         '坤舆', '汀兰', '邕宁', '堃元', '滢洲', '玥川', '劭德', '璞玉', '渤润', '津巨', '芃芃', '皓麟', '梓潼', '稷丰',
         '奕骏', '岱宗', '弢略', '翊宸', '粲然', '衍之', '颀方', '蔚澜', '缙云', '骞翮', '戬榖', '昶亨', '亘古', '韫椟']
TRADE = ['精密机械', '电气设备', '汽车零部件', '新材料科技', '食品', '生物医药', '智能装备', '电子科技', '金属制品', '化工',
         '包装材料', '橡塑制品', '纺织', '印刷', '轴承', '液压科技', '仪器仪表', '环保科技', '模具', '铸造']
TJ_DIST = [('120116', '滨海新区', ['黄海路', '第五大街', '新港三号路', '洞庭路', '中心大道']),
           ('120111', '西青区', ['兴华七支路', '赛达大道', '津静公路']),
           ('120113', '北辰区', ['高新大道', '京福公路', '双辰中路']),
           ('120110', '东丽区', ['津汉公路', '先锋东路', '航双路']),
           ('120112', '津南区', ['咸水沽海天道', '八里台工业园']),
           ('120114', '武清区', ['京滨工业园泉发路', '开源道']),
           ('120115', '宝坻区', ['九园工业园九园公路']),
           ('120118', '静海区', ['经济开发区北区']),
           ('120104', '南开区', ['华苑产业区海泰发展六道'])]
NOTJ = [('110108', '北京市海淀区', '上地信息路'), ('310115', '上海市浦东新区', '张江高科技园区碧波路'),
        ('320505', '江苏省苏州市虎丘区', '狮山路'), ('370102', '山东省济南市历下区', '经十路'),
        ('131002', '河北省廊坊市安次区', '龙河高新区'), ('130602', '河北省保定市竞秀区', '朝阳北大街')]
PEOPLE = ['张卫东', '李晓敏', '王建国', '刘芳', '陈志强', '杨帆', '赵丽娟', '孙宏伟', '周静', '吴昊', '郑海燕', '冯磊',
          '朱晓峰', '何婷', '高翔', '林雪', '罗刚', '梁爽', '宋佳', '谢文斌', '韩冰', '唐明', '曹颖', '许诺', '邓超然']
BANKS = ['中国工商银行天津{}支行', '中国建设银行天津{}支行', '招商银行天津{}支行', '交通银行天津{}支行',
         '中国银行天津{}支行', '兴业银行天津{}支行']


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.pool = list(ZIHAO)
        rng.shuffle(self.pool)
        self.i = 0

    def zh(self):
        z = self.pool[self.i % len(self.pool)]
        if self.i >= len(self.pool):
            z = z + ['一', '二', '三'][self.i // len(self.pool) - 1]
        self.i += 1
        return z

    def tj_company(self, trade=None, style=None):
        rng = self.rng
        z = self.zh()
        trade = trade or TRADE[int(rng.integers(0, len(TRADE)))]
        style = style if style is not None else int(rng.integers(0, 3))
        name = ['天津{}{}有限公司', '天津市{}{}有限公司', '{}（天津）{}有限公司'][style].format(z, trade)
        code, dist, roads = TJ_DIST[int(rng.integers(0, len(TJ_DIST)))]
        addr = '天津市{}{}{}号'.format(dist, roads[int(rng.integers(0, len(roads)))], int(rng.integers(1, 300)))
        return dict(name=name, short=z, uscc=make_uscc(rng, code), address=addr)

    def other_company(self, k=None, trade=None):
        rng = self.rng
        z = self.zh()
        k = int(rng.integers(0, len(NOTJ))) if k is None else k
        code, place, road = NOTJ[k]
        city = place[:2] if place[2] == '市' else place[3:5]
        trade = trade or TRADE[int(rng.integers(0, len(TRADE)))]
        name = '{}{}{}股份有限公司'.format(city, z, trade) if rng.random() < 0.4 else '{}{}{}有限公司'.format(city, z, trade)
        addr = '{}{}{}号'.format(place, road, int(rng.integers(1, 200)))
        return dict(name=name, short=z, uscc=make_uscc(rng, code), address=addr)


def acct(rng, n=19):
    return ''.join(str(int(rng.integers(0, 10))) for _ in range(n))


# ------------------------------------------------------------------ doc helpers
def sign_block(d, left, right, date_str, lseal=None, rseal=None, ltitle='甲方（盖章）', rtitle='乙方（盖章）'):
    d.need(48)
    y = d.y + 8
    d.text_at(d.m, y, ltitle + '：' + left if left else ltitle + '：')
    d.text_at(112, y, rtitle + '：' + right if right else rtitle + '：')
    d.text_at(d.m, y + 9, '法定代表人或授权代表：')
    d.text_at(112, y + 9, '法定代表人或授权代表：')
    if date_str:
        d.text_at(d.m, y + 18, '日期：' + date_str)
        d.text_at(112, y + 18, '日期：' + date_str)
    if lseal:
        d.seal(d.m + 45, y + 6, lseal, sub='合同专用章')
    if rseal:
        d.seal(150, y + 6, rseal, sub='合同专用章')
    d.y = y + 30


# ================================================================== CONTRACTS
def c_devdev(ctx, c, rng, inverted=False):
    app = ctx['app']
    d = R.Doc()
    d.title('软件定制开发合同', 20)
    d.text_at(d.w - d.m, d.y, '合同编号：' + c['contract_no'], 10, 'hei', align='r')
    d.gap(7)
    if not inverted:
        d.kv([('需求方（甲方）：', c['customer']), ('统一社会信用代码：', c['customer_uscc']), ('住所：', c['customer_address']),
              ('开发方（乙方）：', app['name']), ('统一社会信用代码：', app['uscc']), ('住所：', app['address'])], keyw=38)
    else:
        d.kv([('甲方（开发方）：', app['name']), ('住所：', app['address']),
              ('乙方（需求方）：', c['customer']), ('住所：', c['customer_address'])], keyw=38)
        d.para('注：本合同中甲方为开发方（卖方），乙方为需求方（买方），合同款由乙方向甲方支付。', 9, indent=False)
    dev = c['amount'] * 6 // 10 // 100 * 100
    imp = c['amount'] * 3 // 10 // 100 * 100
    ops = c['amount'] - dev - imp
    buyer = '乙方' if inverted else '甲方'
    seller = '甲方' if inverted else '乙方'
    d.gap(2)
    d.para('根据《中华人民共和国民法典》及相关法律法规，双方就“%s”定制开发事宜，经友好协商，订立本合同。' % c['contract_name'])
    d.para('第一条 开发内容', font='hei', indent=False)
    d.para('%s委托%s开发生产执行（MES）定制模块、设备数据采集接口及看板子系统，具体功能以附件《需求规格说明书》为准。' % (buyer, seller))
    d.para('第二条 合同价款', font='hei', indent=False)
    d.table([['费用项目', '金额（元）', '备注'], ['定制开发费', amt(dev), '含源代码交付'], ['实施部署费', amt(imp), '含现场调试'],
             ['首年运维服务费', amt(ops), '自验收合格之日起12个月'], ['合计', amt(c['amount']), '含税']],
            [50, 50, 70], align=['l', 'r', 'l'], header_fill=(235, 235, 235))
    d.para('本合同总价款为人民币%s（¥%s），已包含增值税及全部相关费用。' % (daxie(c['amount']), amt(c['amount'])))
    d.para('第三条 付款方式', font='hei', indent=False)
    pre = c['amount'] * 3 // 10
    d.para('合同生效后十个工作日内，%s向%s支付合同总价的30%%作为预付款，即¥%s；系统验收合格后支付剩余款项。' % (buyer, seller, amt(pre)))
    d.para('第四条 交付期限', font='hei', indent=False)
    d.para('%s应于%s前完成全部功能交付并提交验收申请。' % (seller, d_zh(c['sign'] + dt.timedelta(days=150))))
    d.para('第五条 违约责任', font='hei', indent=False)
    d.para('逾期交付的，每逾期一日按合同总价的万分之五支付违约金，违约金总额不超过合同总价的10%。')
    d.new_page()
    d.para('第六条 知识产权', font='hei', indent=False)
    d.para('定制开发成果的著作权归%s所有，%s保留其既有平台产品的全部权利。' % (buyer, seller))
    d.para('第七条 其他', font='hei', indent=False)
    d.para('本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。（以下无正文）')
    d.gap(6)
    if not inverted:
        sign_block(d, c['customer'], app['name'], d_zh(c['sign']), c['customer'], app['name'], '需求方（甲方，盖章）', '开发方（乙方，盖章）')
    else:
        sign_block(d, app['name'], c['customer'], d_zh(c['sign']), app['name'], c['customer'], '开发方（甲方，盖章）', '需求方（乙方，盖章）')
    f = dict(contract_no=c['contract_no'], amount_yuan=amt_plain(c['amount']), date=d_iso(c['sign']), customer=c['customer'])
    return d, f, '软件定制开发合同（需求方/开发方），价款分项表+合计，预付款30%%与违约金为干扰金额%s' % ('；甲方为开发方（供方），乙方为需求方' if inverted else '')


T2S = str.maketrans('贰叁陆万圆', '貳參陸萬圓')


def trad(s):
    return s.translate(T2S)


def c_trad(ctx, c, rng):
    app = ctx['app']
    d = R.Doc()
    d.title('設備採購及安裝合約書', 19)
    d.text_at(d.w - d.m, d.y, '合約編號：' + c['contract_no'], 10, 'hei', align='r')
    d.gap(7)
    d.kv([('甲方（買方）：', c['customer']), ('地　　址：', c['customer_address']),
          ('乙方（賣方）：', app['name']), ('地　　址：', app['address'])], keyw=32)
    d.gap(2)
    d.para('茲因甲方「%s」之需要，向乙方採購設備並委託乙方安裝調試，雙方同意訂立本合約，條款如下：' % c['contract_name'])
    d.para('第一條　標的：智慧產線設備、工業控制系統及配套軟體，明細詳見附表一。')
    d.para('第二條　合約總價：人民幣%s（RMB ¥%s），含稅（增值稅13%%）及運輸、安裝、培訓費用。' % (trad(daxie(c['amount'])), amt(c['amount'])))
    d.para('第三條　付款辦法：簽約後支付百分之二十訂金；設備到廠驗收後支付百分之五十；終驗合格後支付百分之二十五；餘款百分之五為保固金，保固期滿一年後無息返還。')
    d.para('第四條　交貨期限：乙方應於簽約日起一百二十日內交貨並完成安裝。')
    d.para('第五條　驗收：以甲方出具之驗收報告為準，驗收不合格者乙方應無償改善。')
    d.para('第六條　違約：乙方逾期交貨每日罰款合約總價千分之一，最高以百分之十為限。')
    d.para('第七條　爭議處理：雙方協商不成時，提交甲方所在地人民法院訴訟解決。')
    d.para('第八條　本合約壹式肆份，雙方各執貳份，經雙方簽章後生效。')
    d.gap(4)
    d.text_at(d.m, d.y + 6, '簽約日期：' + d_zh(c['sign']), font='hei')
    d.gap(8)
    sign_block(d, c['customer'], app['name'], None, c['customer'], app['name'], '甲方（簽章）', '乙方（簽章）')
    f = dict(contract_no=c['contract_no'], amount_yuan=amt_plain(c['amount']), date=d_iso(c['sign']), customer=c['customer'])
    return d, f, '繁体中文合约书（台资客户模板：合約編號、合約總價、簽約日期），名称为简体登记名'


def c_prose(ctx, c, rng):
    app = ctx['app']
    d = R.Doc()
    d.title('智能化改造项目合同', 20)
    d.center('合同编号：' + c['contract_no'], 10.5, 'hei')
    d.gap(4)
    d.kv([('甲　　方：', c['customer']), ('乙　　方：', app['name'])], keyw=24)
    d.gap(2)
    dep = c['amount'] // 20
    d.para('甲方因%s需要，经比选确定乙方承担该项目的设计、供货、安装调试及培训工作。双方本着平等互利的原则，签订本合同。' % c['contract_name'])
    d.para('一、项目内容：产线自动化升级、设备联网、数据采集与生产管理系统部署，详见技术协议。')
    d.para('二、合同金额：本合同为固定总价合同，总金额为人民币%s，小写¥%s。该金额已含税费、运输费、安装费。' % (daxie(c['amount']), amt(c['amount'])))
    d.para('三、履约担保：乙方应在合同签订后七日内向甲方提交合同金额5%%的履约保证金（人民币%s元），项目验收合格后无息退还。' % amt(dep))
    d.para('四、工期：自合同签订之日起至%s止，期间乙方应按甲方确认的进度计划实施。' % d_zh(c['sign'] + dt.timedelta(days=200)))
    d.para('五、付款：甲方在项目验收合格并收到乙方全额增值税专用发票后三十日内支付全部合同款。')
    d.para('六、违约：任何一方违约，应向对方支付违约金人民币%s元，并赔偿由此造成的损失。' % amt(c['amount'] // 10))
    d.para('七、本合同经双方法定代表人或授权代表签字并加盖公章后生效。')
    d.gap(4)
    d.y += 8
    d.text_at(d.m, d.y, '甲　方（公章）：' + c['customer'])
    d.seal(d.m + 50, d.y + 4, c['customer'])
    d.y += 10
    d.text_at(d.m, d.y, '代表签字：' + PEOPLE[int(rng.integers(0, len(PEOPLE)))], jitter=0.8)
    d.y += 14
    d.text_at(d.m, d.y, '乙　方（公章）：' + app['name'])
    d.seal(d.m + 55, d.y + 4, app['name'])
    d.y += 10
    d.text_at(d.m, d.y, '代表签字：' + PEOPLE[int(rng.integers(0, len(PEOPLE)))], jitter=0.8)
    d.y += 12
    d.text_at(d.m, d.y, '签订时间：' + d_cn(c['sign']))
    d.text_at(112, d.y, '签订地点：天津市')
    f = dict(contract_no=c['contract_no'], amount_yuan=amt_plain(c['amount']), date=d_iso(c['sign']), customer=c['customer'])
    return d, f, '散文式项目合同，字间距标签（甲　方），签订时间为汉字数字，履约保证金与违约金为干扰金额'


def c_grid(ctx, c, rng):
    app = ctx['app']
    d = R.Doc()
    d.title('系统集成项目合同', 20)
    d.gap(2)
    rows = [['合同名称', c['contract_name'], '合同编号', c['contract_no']],
            ['用户单位（甲方）', c['customer'], '联系人', PEOPLE[int(rng.integers(0, 25))]],
            ['用户单位地址', c['customer_address'], '信用代码', c['customer_uscc']],
            ['集成商（乙方）', app['name'], '联系人', PEOPLE[int(rng.integers(0, 25))]],
            ['集成商地址', app['address'], '信用代码', app['uscc']],
            ['合同总价（含税）', '人民币%s（¥%s）' % (daxie(c['amount']), amt(c['amount'])), '税率', '13%/6%'],
            ['质保期', '终验合格之日起24个月', '质保金', '合同总价3%'],
            ['签订日期', d_iso(c['sign']), '签订地点', '天津市']]
    d.table(rows, [32, 68, 22, 48], size=9.5, header_fill=None)
    d.gap(4)
    d.para('条款说明：', font='hei', indent=False)
    for i, s in enumerate(['乙方负责工业网络、边缘网关、数据中台及可视化系统的集成实施，技术要求见附件二《技术规格书》。',
                           '甲方按以下节点付款：到货付40%，初验付30%，终验付27%，质保期满付3%。',
                           '未经甲方书面同意，乙方不得将主体工作转包；专业配套部分分包的，乙方对分包工作承担连带责任。',
                           '本合同首页所列要素与条款不一致的，以首页要素为准。']):
        d.para('%d．%s' % (i + 1, s), indent=False)
    d.gap(2)
    sign_block(d, c['customer'], app['name'], None, c['customer'], app['name'], '甲方（盖章）', '乙方（盖章）')
    f = dict(contract_no=c['contract_no'], amount_yuan=amt_plain(c['amount']), date=d_iso(c['sign']), customer=c['customer'])
    return d, f, '首页要素表式系统集成合同（用户单位/集成商），签订日期只在表格中，质保金3%为干扰'


# ================================================================== ACCEPTANCE
def a_gb50300(ctx, c, rng):
    app = ctx['app']
    d = R.Doc(margin=15)
    d.title('单位工程质量竣工验收记录', 17)
    d.text_at(d.w - d.m, d.y - 2, '表 H.0.1-1', 9, align='r')
    start = c['sign'] + dt.timedelta(days=20)
    fin = c['accept'] - dt.timedelta(days=12)
    rows = [['工程名称', c['contract_name'], '结构类型', '智能化系统', '层数/面积', '—'],
            ['施工单位', app['name'], '技术负责人', PEOPLE[3], '开工日期', d_iso(start)],
            ['项目负责人', PEOPLE[5], '项目技术负责人', PEOPLE[7], '完工日期', d_iso(fin)]]
    d.table(rows, [22, 52, 22, 24, 20, 30], size=8.5)
    rows = [['序号', '项目', '验收记录', '验收结论'],
            ['1', '分部工程验收', '共 6 分部，经查符合设计及标准规定 6 分部', '合格'],
            ['2', '质量控制资料核查', '共 28 项，经核查符合规定 28 项', '合格'],
            ['3', '安全和使用功能核查及抽查结果', '共核查 12 项，符合规定 12 项；共抽查 9 项，符合规定 9 项', '合格'],
            ['4', '观感质量验收', '共抽查 15 项，达到“好”和“一般”的 15 项', '好'],
            ['', '综合验收结论', '工程质量符合设计及验收规范要求，同意竣工验收', '合格']]
    d.table(rows, [12, 46, 90, 22], size=8.5, align=['c', 'l', 'l', 'c'])
    y = d.y
    colw = 45
    units = [('建设单位', c['customer']), ('监理单位', ctx['supervisor']), ('施工单位', app['name']), ('设计单位', ctx['designer'])]
    for i, (role, nm) in enumerate(units):
        x = d.m + i * colw
        d.rect(x, y, colw, 58, 0.35)
        d.text_at(x + 2, y + 6, role + '：', 8.5, 'hei')
        for j, ln in enumerate(R.wrap(nm, colw - 4, 8)):
            d.text_at(x + 2, y + 11 + j * 4, ln, 8)
        d.text_at(x + 2, y + 30, '（公章）', 8.5)
        d.text_at(x + 2, y + 38, '项目负责人：', 8.5)
        d.text_at(x + 2, y + 50, d_zh(c['accept']), 8.5)
        d.seal(x + colw / 2 + 4, y + 28, nm, r=15)
    d.y = y + 62
    f = dict(contract_no=None, amount_yuan=None, date=d_iso(c['accept']), customer=c['customer'], result='passed')
    return d, f, 'GB 50300 单位工程质量竣工验收记录（建设/监理/施工/设计四方签章），开工与完工日期为干扰，无金额无合同号'


def a_kpi(ctx, c, rng, failed=False):
    app = ctx['app']
    d = R.Doc()
    d.title('项目技术指标完成情况及验收确认表', 16)
    d.table([['项目名称', c['contract_name']], ['合同编号', c['contract_no']], ['用户单位', c['customer']],
             ['实施单位', app['name']]], [30, 140], size=9.5)
    d.gap(3)
    rows = [['序号', '技术指标', '标书要求', '实测结果', '是否达标'],
            ['1', '设备联网率', '≥95%', '98.6%', '达标'],
            ['2', '数据采集周期', '≤1 s', '0.5 s', '达标'],
            ['3', '系统可用率（试运行90天）', '≥99.5%', '99.82%', '达标'],
            ['4', '生产计划排程响应时间', '≤30 s', '41 s' if failed else '12 s', '未达标' if failed else '达标'],
            ['5', '关键工序质量追溯覆盖率', '100%', '100%', '达标'],
            ['6', '综合能耗降低', '≥8%', '9.3%', '达标']]
    d.table(rows, [12, 58, 32, 34, 24], size=9.5, align=['c', 'l', 'c', 'c', 'c'], header_fill=(230, 230, 230))
    d.gap(3)
    if failed:
        concl = ('经验收组逐项核验，上述6项技术指标中第4项“生产计划排程响应时间”未达到合同及技术标书要求。'
                 '验收结论：本次验收不予通过。请实施单位于30日内完成整改后重新提出验收申请。')
    else:
        concl = '经验收组逐项核验，上述6项技术指标全部达到合同及技术标书要求。验收结论：同意通过验收。'
    d.para('验收意见：' + concl, indent=False)
    d.gap(4)
    d.text_at(d.m, d.y + 6, '用户单位（盖章）：' + c['customer'])
    d.seal(d.m + 60, d.y + 10, c['customer'])
    d.text_at(d.m, d.y + 18, '验收组组长（签字）：' + PEOPLE[int(rng.integers(0, 25))], jitter=0.7)
    d.text_at(d.m, d.y + 28, '验收日期：' + d_zh(c['accept']))
    d.y += 34
    f = dict(contract_no=c['contract_no'], amount_yuan=None, date=d_iso(c['accept']), customer=c['customer'],
             result='failed' if failed else 'passed')
    return d, f, '技术指标逐项对照验收确认表' + ('；第4项未达标，结论为不予通过（标题仍像验收确认）' if failed else '')


def a_settle(ctx, c, rng, settle_cents=None, confirm=None):
    app = ctx['app']
    d = R.Doc()
    d.title('项目完工结算确认书', 19)
    settle = settle_cents if settle_cents is not None else c['amount']
    confirm = confirm or (c['accept'] + dt.timedelta(days=6))
    d.kv([('致：', app['name'])], keyw=12)
    d.gap(2)
    d.para('贵公司承建的“%s”（合同编号：%s）已于%s经我公司组织验收，验收结论为合格。现将结算情况确认如下：' %
           (c['contract_name'], c['contract_no'], d_zh(c['accept'])))
    diff = c['amount'] - settle
    d.table([['项目', '金额（元）'], ['合同金额', amt(c['amount'])], ['设计变更增减', '0.00'],
             ['质量及工期扣款', ('-' + amt(diff)) if diff else '0.00'], ['审定结算金额', amt(settle)]],
            [80, 60], align=['l', 'r'], x=35)
    d.para('审定结算金额大写：人民币%s。扣除已付款项后的余款，我公司将按合同约定支付。' % daxie(settle))
    d.gap(8)
    d.text_at(110, d.y, '建设单位（盖章）：' + c['customer'] if len(c['customer']) < 16 else '建设单位（盖章）：')
    if len(c['customer']) >= 16:
        d.text_at(110, d.y + 6, c['customer'], 9.5)
    d.seal(150, d.y + 8, c['customer'])
    d.text_at(110, d.y + 22, '确认日期：' + d_zh(confirm))
    d.y += 30
    f = dict(contract_no=c['contract_no'], amount_yuan=amt_plain(c['amount']), date=d_iso(c['accept']), customer=c['customer'],
             result='passed')
    return d, f, '完工结算确认书：验收日期只在正文中，落款确认日期较晚%s' % ('；审定结算金额比合同金额少%s元（在0.5%%以内）' % amt(diff) if diff else '')


def a_prose(ctx, c, rng):
    app = ctx['app']
    d = R.Doc()
    d.title('项 目 验 收 报 告', 20)
    d.kv([('项目名称：', c['contract_name']), ('合同金额：', '%s元' % amt(c['amount'])), ('建设单位：', c['customer']),
          ('承建单位：', app['name']), ('验收时间：', d_zh(c['accept'])), ('验收地点：', c['customer_address'])], keyw=24)
    d.gap(3)
    d.para('一、验收过程', font='hei', indent=False)
    d.para('%s组织设备、生产、信息、财务等部门人员组成验收小组，听取了承建单位的实施总结汇报，查阅了项目文档，并进行了现场测试和系统演示。' % c['customer'])
    d.para('二、验收意见', font='hei', indent=False)
    d.para('项目按合同约定完成了全部建设内容，系统运行稳定，主要性能指标达到合同要求，文档资料齐全。验收小组一致同意该项目通过验收。')
    d.para('三、遗留事项', font='hei', indent=False)
    d.para('无。质保期内承建单位应继续提供技术支持。')
    d.gap(8)
    d.text_at(110, d.y, '建设单位（盖章）')
    d.seal(140, d.y + 4, c['customer'])
    d.text_at(110, d.y + 18, d_cn(c['accept']))
    d.y += 24
    f = dict(contract_no=None, amount_yuan=amt_plain(c['amount']), date=d_iso(c['accept']), customer=c['customer'], result='passed')
    return d, f, '散文式项目验收报告（字间距标题），日期落款为汉字数字'


# ================================================================== PAYMENT
def p_verify(ctx, c, rng, pay, as_png=False):
    app = ctx['app']
    d = R.Doc(w=200, h=150 if as_png else 297, margin=10, top=8, font='hei', size=9.5)
    d.rect(0, 0, d.w, 14, 0, None, (180, 30, 45))
    d.text_at(10, 9, '%s 企业网上银行 | 电子回单验证' % pay['bank_brand'], 12, 'hei', (255, 255, 255))
    d.y = 20
    d.text_at(10, d.y, '首页 > 回单服务 > 回单真伪验证', 8, color=(110, 110, 110))
    d.y += 8
    d.rect(10, d.y, 180, 10, 0, None, (232, 245, 233))
    d.text_at(14, d.y + 6.5, '✔ 验证结果：该电子回单真实有效，以下为银行系统记录的回单信息', 10, 'hei', (30, 120, 50))
    d.y += 14
    rows = [['回单编号', pay['ref'], '验证码', pay['vcode']],
            ['交易日期', d_iso(pay['date']), '记账日期', d_iso(pay['date'])],
            ['付款人户名', pay['payer'], '付款人账号', pay['payer_acct']],
            ['收款人户名', pay['payee'], '收款人账号', pay['payee_acct']],
            ['收款人开户行', pay['payee_bank'], '币种', '人民币'],
            ['交易金额', '¥%s' % amt(pay['amount']), '金额大写', daxie(pay['amount'])],
            ['用途', pay['memo'], '交易渠道', '企业网银']]
    d.table(rows, [28, 62, 26, 64], size=8.5, x=10)
    d.y += 6
    d.text_at(10, d.y, '打印时间：%s 10:%02d:%02d    本页面仅供查验，回单以银行系统记录为准。' % (d_iso(ctx['print_date']), int(rng.integers(0, 60)), int(rng.integers(0, 60))), 7.5, color=(120, 120, 120))
    f = dict(contract_no=pay.get('cite'), amount_yuan=amt_plain(pay['amount']), date=d_iso(pay['date']), payer=pay['payer'],
             payee=pay['payee'])
    return d, f, '网银“电子回单验证”结果页（网页打印/截图），页脚打印时间为干扰日期'


def p_thermal(ctx, c, rng, pay):
    d = R.Doc(w=80, h=150, margin=5, top=8, font='mono', size=8)
    d.center(pay['bank_name'], 9, 'hei')
    d.center('对公业务回单（客户联）', 9, 'hei')
    d.text_at(5, d.y + 3, '-' * 40, 8)
    d.y += 6
    lines = ['交易类型：单位转账', '交易时间：%s %02d:%02d:%02d' % (d_slash(pay['date']), int(rng.integers(9, 17)), int(rng.integers(0, 60)), int(rng.integers(0, 60))),
             '柜员流水：%s' % pay['ref'], '付款账号：%s' % pay['payer_acct'], '付款户名：', ' ' + pay['payer'],
             '收款账号：%s' % pay['payee_acct'], '收款户名：', ' ' + pay['payee'], '收款行：%s' % pay['payee_bank'],
             '交易金额：CNY %s' % amt(pay['amount']), '手续费　：CNY 15.50', '附言：%s' % pay['memo']]
    for ln in lines:
        d.para(ln, 8, indent=False)
    d.text_at(5, d.y + 3, '-' * 40, 8)
    d.y += 8
    d.para('客户签名：', 8, indent=False)
    d.seal(55, d.y + 2, pay['bank_name'][:12], r=11, sub='业务受理章', color=(190, 40, 60))
    f = dict(contract_no=pay.get('cite'), amount_yuan=amt_plain(pay['amount']), date=d_iso(pay['date']), payer=pay['payer'],
             payee=pay['payee'])
    return d, f, '柜台热敏打印小票（手机拍照），日期为斜杠格式，手续费15.50为干扰金额'


def p_hvps(ctx, c, rng, pay):
    d = R.Doc(font='mono', size=9.5, margin=18)
    d.title('大额支付系统汇兑业务回执（往账）', 15, 'hei')
    d.center('打印机构：%s' % pay['bank_name'], 9)
    d.gap(3)
    rows = [['业务种类', '普通汇兑', '报文类型', 'hvps.111.001.01'],
            ['委托日期', d_compact(pay['date']), '支付交易序号', pay['ref']],
            ['发起行行号', '10211000%04d' % int(rng.integers(0, 9999)), '接收行行号', '30511000%04d' % int(rng.integers(0, 9999))],
            ['付款人账号', pay['payer_acct'], '付款人名称', pay['payer']],
            ['收款人账号', pay['payee_acct'], '收款人名称', pay['payee']],
            ['收款人开户行', pay['payee_bank'], '业务状态', '已清算'],
            ['金额', 'CNY%s' % amt(pay['amount']), '优先级', '普通'],
            ['附言', pay['memo'], '清算时间', '%s 14:%02d' % (d_compact(pay['date']), int(rng.integers(0, 60)))]]
    d.table(rows, [26, 60, 26, 58], size=8.5)
    d.gap(3)
    d.para('说明：本回执由人民银行大额实时支付系统返回信息生成，重复打印无效。打印次数：1', 8, indent=False)
    d.seal(150, d.y + 16, pay['bank_name'][:14], r=15, sub='业务专用章')
    d.y += 32
    f = dict(contract_no=pay.get('cite'), amount_yuan=amt_plain(pay['amount']), date=d_iso(pay['date']), payer=pay['payer'],
             payee=pay['payee'])
    return d, f, '人行大额支付系统汇兑往账回执，委托日期为紧凑格式（20240612），金额前缀CNY，附言引用合同号'


def p_bank(ctx, c, rng, pay):
    d = R.Doc(w=210, h=110, margin=10, top=10, size=9)
    d.text_at(10, 12, pay['bank_brand'], 13, 'hei', (0, 70, 140))
    d.text_at(105, 12, '转账业务电子回单', 14, 'hei', align='c')
    d.text_at(200, 12, '回单号：' + pay['ref'], 8, align='r')
    d.y = 17
    rows = [['付', '户名', pay['payer'], '收', '户名', pay['payee']],
            ['款', '账号', pay['payer_acct'], '款', '账号', pay['payee_acct']],
            ['方', '开户行', pay['payer_bank'], '方', '开户行', pay['payee_bank']]]
    d.table(rows, [8, 16, 71, 8, 16, 71], size=8.5)
    d.table([['金额（小写）', '￥' + amt(pay['amount']), '金额（大写）', daxie(pay['amount'])],
             ['交易日期', d_zh(pay['date']), '摘要', pay['memo']]], [26, 54, 26, 84], size=8.5)
    d.seal(175, d.y + 8, pay['bank_name'][:14], r=13, sub='电子回单专用章')
    d.y += 6
    d.text_at(10, d.y, '重要提示：本回单可通过网银“回单验证”功能核验真伪，请勿重复记账。', 7.5)
    f = dict(contract_no=pay.get('cite'), amount_yuan=amt_plain(pay['amount']), date=d_iso(pay['date']), payer=pay['payer'],
             payee=pay['payee'])
    return d, f, '银行转账电子回单（付款方/收款方竖排单字列，横版小页）'


# ================================================================== PROCUREMENT
def r_dingtalk(ctx, c, rng, amount=None):
    app = ctx['app']
    amount = amount if amount is not None else c['amount']
    ap = c['proc_date']
    d = R.Doc(w=90, h=195, margin=5, top=6, font='hei', size=8)
    d.text_at(5, 5, '9:41', 7.5, 'hei')
    d.text_at(85, 5, '5G ▮▮▮ 86%', 7, 'hei', align='r')
    d.rect(0, 8, 90, 12, 0, None, (245, 246, 248))
    d.text_at(45, 16, '审批详情', 10, 'hei', align='c')
    d.text_at(5, 16, '〈', 10, 'hei')
    d.y = 27
    d.text_at(5, d.y, c['customer'], 7.5, 'hei', (120, 120, 120))
    d.y += 7
    d.text_at(5, d.y, '%s提交的采购申请' % PEOPLE[int(rng.integers(0, 25))], 10.5, 'hei')
    d.rect(68, d.y - 5, 17, 7, 0, None, (230, 248, 236))
    d.text_at(76.5, d.y - 0.3, '已通过', 8, 'hei', (20, 150, 70), 'c')
    d.y += 6
    d.text_at(5, d.y, '审批编号 %s' % c['proc_no'], 7, 'hei', (140, 140, 140))
    d.y += 6
    items = [('所在部门', '设备动力部'), ('采购类型', '项目类（工程/服务）'), ('采购事项', c['contract_name']),
             ('采购方式', '竞争性谈判'), ('预算金额（元）', amt(c['amount'] * 108 // 100)),
             ('拟定供应商', app['name']), ('成交金额（元）', amt(amount)), ('期望交付日期', d_iso(c['sign'] + dt.timedelta(days=160)))]
    for k, v in items:
        d.text_at(5, d.y + 3, k, 7.5, 'hei', (130, 130, 130))
        d.y += 4
        d.para(v, 8.5, 'hei', indent=False, x=5, width=80)
        d.y += 1.5
    d.y += 2
    d.line(5, d.y, 85, d.y, 0.2, (220, 220, 220))
    d.y += 5
    flow = [('发起申请', PEOPLE[1], ap - dt.timedelta(days=3)), ('部门负责人', PEOPLE[4] + ' 已同意', ap - dt.timedelta(days=2)),
            ('采购管理部', PEOPLE[8] + ' 已同意', ap - dt.timedelta(days=1)), ('总经理', PEOPLE[11] + ' 已同意', ap)]
    for k, who, when in flow:
        d.rect(6, d.y - 3, 4, 4, 0, None, (40, 130, 240))
        d.text_at(13, d.y, k, 8, 'hei')
        d.text_at(85, d.y, '%s %02d:%02d' % (d_iso(when)[5:], int(rng.integers(8, 18)), int(rng.integers(0, 60))), 7, 'hei', (140, 140, 140), 'r')
        d.text_at(13, d.y + 4, who, 7, 'hei', (120, 120, 120))
        d.y += 10
    d.text_at(13, d.y, '审批完成 %s' % d_iso(ap), 7.5, 'hei', (20, 150, 70))
    f = dict(contract_no=None, amount_yuan=amt_plain(amount), date=d_iso(ap), customer=c['customer'])
    return d, f, '移动办公（钉钉式）采购申请审批详情手机截图：预算金额为干扰，成交金额与审批完成日期为证据'


def r_quote(ctx, c, rng):
    app = ctx['app']
    d = R.Doc(size=9.5)
    d.title('报　价　单', 20)
    qd = c['proc_date'] - dt.timedelta(days=9)
    d.kv([('致：', c['customer']), ('项目：', c['contract_name']), ('报价单位：', app['name']), ('报价日期：', d_dot(qd)),
          ('报价编号：', 'BJ-%s-%03d' % (d_compact(qd)[:6], int(rng.integers(1, 999))))], keyw=22)
    d.gap(2)
    n1 = c['amount'] * 45 // 100 // 100 * 100
    n2 = c['amount'] * 35 // 100 // 100 * 100
    n3 = c['amount'] - n1 - n2
    d.table([['序号', '名称', '规格/说明', '数量', '金额（元）'],
             ['1', '边缘计算网关及采集终端', 'IPC-E300 / 8路', '1批', amt(n1)],
             ['2', '生产管理平台软件', '含MES、WMS、能源模块许可', '1套', amt(n2)],
             ['3', '实施、培训及一年维保', '现场服务', '1项', amt(n3)],
             ['', '合计（含13%增值税）', '', '', amt(c['amount'])]], [12, 52, 58, 16, 32], size=9, align=['c', 'l', 'l', 'c', 'r'])
    d.para('大写合计：人民币%s。报价有效期：30天。' % daxie(c['amount']), indent=False)
    d.seal(160, d.y + 4, app['name'], r=16)
    d.gap(16)
    d.rect(d.m, d.y, 170, 36, 0.5, (0, 0, 0))
    d.text_at(d.m + 3, d.y + 7, '采购方确认', 10.5, 'hei')
    d.text_at(d.m + 3, d.y + 15, '经我方询价比选，同意按本报价单所列内容及金额向报价单位采购。', 10, 'hand', jitter=0.7)
    d.text_at(d.m + 3, d.y + 25, '确认单位（盖章）：' + c['customer'], 10)
    d.text_at(d.m + 3, d.y + 32, '确认日期：' + d_zh(c['proc_date']), 10, 'hand', jitter=0.7)
    d.seal(150, d.y + 20, c['customer'], r=16)
    d.y += 40
    f = dict(contract_no=None, amount_yuan=amt_plain(c['amount']), date=d_iso(c['proc_date']), customer=c['customer'])
    return d, f, '供方报价单经采购方回签确认（确认栏手写），报价日期早于确认日期为干扰'


def r_notice(ctx, c, rng, amount=None):
    app = ctx['app']
    amount = amount if amount is not None else c['amount']
    d = R.Doc()
    d.title('中 标 通 知 书', 22, color=(0, 0, 0))
    d.text_at(d.w - d.m, d.y, '编号：ZB-%s-%02d' % (d_compact(c['proc_date'])[:6], int(rng.integers(1, 60))), 9.5, align='r')
    d.gap(8)
    d.para(app['name'] + '：', indent=False)
    d.para('我单位“%s”项目（招标编号：%s）于%s开标，经评标委员会评审并经我单位确认，贵单位为中标人。' %
           (c['contract_name'], c['proc_no'], d_zh(c['proc_date'] - dt.timedelta(days=10))))
    d.para('中标价：人民币%s（¥%s）；工期：%d日历天；质量：合格。' % (daxie(amount), amt(amount), int(rng.integers(90, 200))))
    d.para('请贵单位收到本通知书后三十日内，与我单位签订书面合同。')
    d.gap(10)
    d.text_at(120, d.y, '招标人：' + c['customer'] if len(c['customer']) < 15 else '招标人（盖章）：')
    if len(c['customer']) >= 15:
        d.text_at(120, d.y + 6, c['customer'], 9)
    d.seal(150, d.y + 6, c['customer'])
    d.text_at(120, d.y + 18, d_zh(c['proc_date']))
    d.y += 26
    f = dict(contract_no=None, amount_yuan=amt_plain(amount), date=d_iso(c['proc_date']), customer=c['customer'])
    return d, f, '中标通知书（自拟措辞），开标日期为干扰'


def r_letter(ctx, c, rng, amount=None):
    app = ctx['app']
    amount = amount if amount is not None else c['amount']
    d = R.Doc()
    d.text_at(d.w / 2, 30, c['customer'], 17, 'bold', RED, 'c')
    d.line(d.m, 36, d.w - d.m, 36, 0.8, RED)
    d.y = 46
    d.title('采购结果通知函', 16)
    d.para(app['name'] + '：', indent=False)
    d.para('我公司%s（采购项目编号：%s）采用竞争性磋商方式采购。经磋商小组评审、公司采购管理委员会审议，确定贵公司为成交供应商，成交总价为%s元（大写：%s）。' %
           (c['contract_name'], c['proc_no'], amt(amount), daxie(amount)))
    d.para('请贵公司据此与我公司%s部门洽签合同。' % '设备工程')
    d.para('特此通知。')
    d.gap(10)
    d.text_at(120, d.y, c['customer'][:18])
    d.seal(145, d.y, c['customer'])
    d.text_at(120, d.y + 9, d_zh(c['proc_date']))
    d.y += 16
    f = dict(contract_no=None, amount_yuan=amt_plain(amount), date=d_iso(c['proc_date']), customer=c['customer'])
    return d, f, '客户红头采购结果通知函（竞争性磋商成交）'


# ================================================================== SUBCONTRACT
def s_order(ctx, s, rng):
    app = ctx['app']
    d = R.Doc(size=9.5)
    d.title('外协加工订单合同', 18)
    d.kv([('订单编号：', s['contract_no']), ('订货方（甲方）：', app['name']), ('承制方（乙方）：', s['name']),
          ('乙方地址：', s['address']), ('下单日期：', d_iso(s['sign']))], keyw=34)
    n = s['amount'] // 3 // 100 * 100
    d.table([['物料编码', '名称', '数量', '单价（元）', '金额（元）'],
             ['WX-0113', '电控柜柜体钣金加工', '12套', amt(n // 12), amt(n // 12 * 12)],
             ['WX-0127', '工装夹具及传感器支架', '1批', amt(s['amount'] - n // 12 * 12 - n), amt(s['amount'] - n // 12 * 12 - n)],
             ['WX-0140', '输送线机架焊接与表面处理', '1批', amt(n), amt(n)],
             ['', '订单总额', '', '', amt(s['amount'])]], [24, 62, 18, 32, 34], size=9, align=['l', 'l', 'c', 'r', 'r'])
    d.para('订单总额（大写）：人民币%s。' % daxie(s['amount']), indent=False)
    d.para('交货：乙方按甲方图纸加工，于下单后45日内送至甲方指定项目现场，甲方按GB/T 1804-m验收。', indent=False)
    d.para('结算：货到验收合格后30日内电汇支付，乙方开具13%增值税专用发票。', indent=False)
    sign_block(d, app['name'], s['name'], d_iso(s['sign']), app['name'], s['name'], '订货方（盖章）', '承制方（盖章）')
    f = dict(contract_no=s['contract_no'], amount_yuan=amt_plain(s['amount']), date=d_iso(s['sign']), customer=app['name'])
    return d, f, '外协加工订单合同（订货方=申报单位，承制方=本地配套供应商），金额只在订单总额行'


def s_joint(ctx, s, rng):
    app = ctx['app']
    d = R.Doc()
    d.title('项目联合实施协议', 18)
    d.text_at(d.w - d.m, d.y, '协议编号：' + s['contract_no'], 9.5, align='r')
    d.gap(6)
    d.kv([('牵头方（甲方）：', app['name']), ('参与方（乙方）：', s['name']), ('乙方住所：', s['address'])], keyw=34)
    d.gap(2)
    big = s['amount'] * 7 + 1234500
    d.para('甲方承接客户智能工厂建设项目（项目总额%s元），现将其中“现场工业网络布线及设备安装调试”工作交由乙方实施，双方约定如下：' % amt(big))
    d.para('一、乙方负责范围内的施工、调试及配合联调，接受甲方项目经理统一管理。')
    d.para('二、甲方就乙方承担的工作向乙方支付实施费用人民币%s（¥%s），按进度分三期支付。' % (daxie(s['amount']), amt(s['amount'])))
    d.para('三、乙方不得将本协议工作再行转包。')
    d.para('四、本协议自双方盖章之日起生效，签署日期：%s。' % d_zh(s['sign']))
    sign_block(d, app['name'], s['name'], None, app['name'], s['name'], '牵头方（盖章）', '参与方（盖章）')
    f = dict(contract_no=s['contract_no'], amount_yuan=amt_plain(s['amount']), date=d_iso(s['sign']), customer=app['name'])
    return d, f, '联合实施协议（牵头方/参与方）：正文先出现客户项目总额（干扰），乙方实施费用才是分包金额'


def s_plain(ctx, s, rng):
    app = ctx['app']
    d = R.Doc()
    d.title('专业配套分包合同', 18)
    d.kv([('合同编号：', s['contract_no']), ('总包方：', app['name']), ('配套方：', s['name']), ('配套方地址：', s['address']),
          ('配套方信用代码：', s['uscc'])], keyw=34)
    d.gap(2)
    d.para('总包方在其承接的智能制造系统集成项目中，将视觉检测工位的非标设备制造分包给配套方。分包合同价款为人民币%s元整（小写：%s元），为固定单价包干。' %
           (int_cn(s['amount'] // 100), amt(s['amount'])))
    d.para('配套方应保证所供设备满足总包方技术要求，并配合总包方完成客户验收。')
    d.para('本合同由双方于%s在天津市签订。' % d_cn(s['sign']))
    sign_block(d, app['name'], s['name'], None, app['name'], s['name'], '总包方（盖章）', '配套方（盖章）')
    f = dict(contract_no=s['contract_no'], amount_yuan=amt_plain(s['amount']), date=d_iso(s['sign']), customer=app['name'])
    return d, f, '专业配套分包合同（总包方/配套方），签订日期在正文中为汉字数字'


# ================================================================== MEETINGS
def sheet_rows(m, cols):
    rows = []
    for i, a in enumerate(m['sheet']):
        r = {'序号': str(i + 1), '单位名称': a['name'], '统一社会信用代码': a['uscc'], '地址': a['address'],
             '参会人': a['person'], '签到': a['person'], '电话': a['phone']}
        rows.append([r[k] for k in cols])
    return rows


def m_train(ctx, m, rng):
    app = ctx['app']
    d = R.Doc(size=9.5)
    d.text_at(d.w - d.m, 15, '记录编号：JL-6.2-03　版本：A/1', 8, align='r')
    d.title('培训记录表', 18)
    d.table([['培训主题', m['name']], ['组织单位', app['name']], ['培训时间', d_zh(m['date']) + ' 9:00-16:30'],
             ['培训地点', m['place']], ['主讲人', '%s（高级工程师）、%s' % (PEOPLE[2], PEOPLE[9])],
             ['培训内容摘要', '1. 离散制造车间设备联网与数据治理实践；2. 典型企业MES上线经验交流；3. 参训企业分组研讨本企业数字化改造难点。'],
             ['培训效果评价', '□优 ■良 □一般（以问卷统计为准）']], [30, 140], size=9.5)
    d.gap(4)
    d.center('参训单位签到', 12, 'hei')
    d.table([['序号', '单位名称', '统一社会信用代码', '参训人员签名']] + sheet_rows(m, ['序号', '单位名称', '统一社会信用代码', '签到']),
            [12, 80, 48, 30], size=8.5, align=['c', 'l', 'l', 'c'], jitter=0)
    f = dict(contract_no=None, amount_yuan=None, date=d_iso(m['date']), customer=None, payer=None, payee=None, result=None, title=m['name'])
    return d, f, '体系表单式培训记录表（培训主题=会议名称）+参训单位签到（信用代码列）'


def m_park(ctx, m, rng, letter_date=None):
    app = ctx['app']
    d = R.Doc()
    park = ctx['park']
    d.text_at(d.w / 2, 28, park, 16, 'bold', RED, 'c')
    d.line(d.m, 33, d.w - d.m, 33, 0.8, RED)
    d.y = 44
    d.title('活动情况证明', 16)
    ld = letter_date or (m['date'] + dt.timedelta(days=4))
    d.para('兹证明，%s于%s在%s举办“%s”，园区内外企业代表参加了交流活动，会上就智能制造系统解决方案的实施经验进行了交流。参会企业名单附后。' %
           (app['name'], d_zh(m['date']), m['place'], m['name']))
    d.para('特此证明。')
    d.gap(6)
    d.text_at(125, d.y, park)
    d.seal(150, d.y - 2, park)
    d.text_at(125, d.y + 9, d_zh(ld))
    d.y += 16
    d.para('附：参会企业名单', font='hei', indent=False)
    d.table([['序号', '企业名称', '企业地址']] + sheet_rows(m, ['序号', '单位名称', '地址']), [12, 78, 80], size=8.5, align=['c', 'l', 'l'])
    f = dict(contract_no=None, amount_yuan=None, date=d_iso(m['date']), customer=None, payer=None, payee=None, result=None, title=m['name'])
    return d, f, '园区管委会出具的活动情况证明+参会企业名单（地址列，无信用代码）；证明落款日期晚于会议日期'


def m_bi(ctx, m, rng):
    app = ctx['app']
    d = R.Doc(size=9.5)
    d.title('交流会纪要 Workshop Minutes', 16)
    d.kv([('会议名称 Title：', m['name']), ('时间 Date：', '%s（%s）' % (d_zh(m['date']), m['date'].strftime('%d %b %Y'))),
          ('地点 Venue：', m['place']), ('主办 Host：', app['name'])], keyw=36)
    d.para('1. 主办方介绍了汽车零部件行业柔性装配线的数字化改造案例。The host presented a retrofit case of a flexible assembly line.', indent=False)
    d.para('2. 参会企业就设备数据采集、质量追溯、能源管理等话题进行了交流。Participants discussed data acquisition, traceability and energy management.', indent=False)
    d.para('3. 会议约定下一期交流会于下季度举办。The next workshop will be held next quarter.', indent=False)
    d.gap(3)
    d.center('参会名单 Attendance List', 11, 'hei')
    d.table([['No.', '单位 Company', '统一社会信用代码 USCC', '签名 Signature']] + sheet_rows(m, ['序号', '单位名称', '统一社会信用代码', '签到']),
            [12, 82, 46, 30], size=8.5, align=['c', 'l', 'l', 'c'])
    f = dict(contract_no=None, amount_yuan=None, date=d_iso(m['date']), customer=None, payer=None, payee=None, result=None, title=m['name'])
    return d, f, '中英双语交流会纪要+Attendance List'


def m_plain(ctx, m, rng, separate=False):
    app = ctx['app']
    d = R.Doc()
    d.title(m['name'], 15)
    d.center('会 议 纪 要', 14, 'hei')
    d.kv([('时间：', d_zh(m['date'])), ('地点：', m['place']), ('主持：', PEOPLE[6]), ('记录：', PEOPLE[13])], keyw=16)
    d.para('本次经验交流会由%s主办，共有%d家单位参加（签到表%s）。会议围绕“设备互联与生产透明化”主题，三家企业作了案例分享，与会代表进行了自由交流。' %
           (app['name'], len(m['sheet']), '另附' if separate else '附后'))
    d.para('会议形成如下共识：一是以数据采集为切入点分步实施；二是优先解决质量追溯与设备综合效率统计；三是建立常态化交流机制。')
    docs = []
    f = dict(contract_no=None, amount_yuan=None, date=d_iso(m['date']), customer=None, payer=None, payee=None, result=None, title=m['name'])
    if separate:
        docs.append((d, f, '会议纪要（会议名称在标题行，无“会议名称”标签），签到表另附单独文件'))
        d = R.Doc()
        d.title(m['name'] + ' 签到表', 14)
        d.center('日期：%s　　地点：%s' % (d_dot(m['date']), m['place']), 9.5)
    else:
        d.center('签 到 表', 12, 'hei')
    d.table([['统一社会信用代码', '单位名称', '联系电话', '签到']] + sheet_rows(m, ['统一社会信用代码', '单位名称', '电话', '签到']),
            [48, 76, 28, 22], size=8.5, jitter=0)
    docs.append((d, dict(f), '单独签到表文件（信用代码在第一列，电话列）' if separate else '会议纪要+签到表（信用代码在第一列）'))
    return docs


# ================================================================== DIAGNOSIS
def _diag_head(d, x, ctx):
    d.kv([('被诊断企业：', x['customer']), ('企业地址：', x['address']), ('诊断服务机构：', ctx['app']['name']),
          ('诊断日期：', d_zh(x['date']))], keyw=30)


def d_checkup(ctx, x, rng):
    d = R.Doc(size=9.5)
    d.rect(0, 0, d.w, 12, 0, None, (20, 110, 160))
    d.text_at(d.m, 8.5, '智能制造免费诊断服务', 10, 'hei', (255, 255, 255))
    d.y = 22
    d.title(x['title'], 16)
    _diag_head(d, x, ctx)
    d.gap(2)
    d.table([['体检项目', '检查结果', '参考水平', '提示'],
             ['设备联网率', '%d%%' % int(rng.integers(15, 45)), '≥80%', '↓偏低'],
             ['生产数据自动采集比例', '%d%%' % int(rng.integers(10, 40)), '≥70%', '↓偏低'],
             ['计划排程方式', 'Excel人工排程', 'APS/MES', '需关注'],
             ['质量追溯', '纸质记录，追溯需2天', '≤2小时', '↓偏低'],
             ['能源计量', '仅总表计量', '分区分设备', '需关注']], [50, 45, 40, 35], size=9, header_fill=(220, 235, 245))
    d.para('企业现状：企业以订单式生产为主，设备品牌杂、协议多，管理依赖纸质单据。', indent=False)
    d.para('主要问题：数据孤岛、计划与执行脱节、质量问题难以追溯到工序与批次。', indent=False)
    if x['solution']:
        d.para('调理建议（解决方案）：', font='hei', indent=False)
        d.para('①部署边缘采集网关，分两期实现关键设备100%联网；②上线轻量化MES，打通计划—派工—报工；③建立批次追溯码，实现原料至成品全程追溯；④加装分项能耗计量并接入平台。', indent=False)
    d.para('体检结论：综合得分%d分（满分100），数字化水平处于起步阶段。' % int(rng.integers(35, 60)), indent=False)
    d.seal(160, d.y + 12, ctx['app']['name'], r=16)
    d.y += 28
    return d, '企业数字化“体检”报告（体检项目/结果/参考水平表格）' + ('' if x['solution'] else '；缺少建议/解决方案部分')


def d_collect(ctx, x, rng):
    d = R.Doc(size=9.5)
    d.title(x['title'], 15)
    _diag_head(d, x, ctx)
    rows = [['序号', '设备名称', '控制系统', '通讯接口', '可采集', '备注']]
    devs = [('数控车床', 'FANUC 0i-TF', '以太网/FOCAS', '是'), ('注塑机', '海天 Ai01', 'RS485', '是（需加装网关）'),
            ('空压机', '继电器控制', '无', '否（加装电表）'), ('冲压机', 'Siemens S7-1200', 'Profinet', '是'),
            ('热处理炉', '温控仪表', 'Modbus RTU', '是')]
    for i, dv in enumerate(devs):
        rows.append([str(i + 1)] + list(dv) + [''])
    d.table(rows, [12, 30, 36, 34, 34, 24], size=8.5, align=['c', 'l', 'l', 'l', 'l', 'l'])
    d.para('现状：车间设备%d台，已联网%d台；数据主要依靠人工抄录。' % (int(rng.integers(40, 120)), int(rng.integers(3, 15))), indent=False)
    d.para('问题：老旧设备无通讯接口；缺乏统一数据平台。', indent=False)
    if x['solution']:
        d.para('建议采集方案：对具备网口的设备采用协议直采，串口设备加装协议转换网关，无接口设备采用电流互感器与IO模块间接采集，数据统一接入工业互联网平台并建立设备OEE看板。', indent=False)
    d.para('评估人：%s　　企业确认：%s' % (PEOPLE[int(rng.integers(0, 25))], PEOPLE[int(rng.integers(0, 25))]), indent=False, jitter=0.6)
    d.seal(150, d.y + 8, x['customer'], r=15)
    d.y += 24
    return d, '设备数据采集可行性评估表（设备清单+协议）' + ('' if x['solution'] else '；无建议采集方案')


def d_5g(ctx, x, rng):
    d = R.Doc(size=9.5)
    d.title(x['title'], 15)
    _diag_head(d, x, ctx)
    d.para('一、勘测概况：对厂区3个车间、1个仓库进行了无线信号与网络架构现场勘测。', indent=False)
    rows = [['测点', '位置', 'RSRP(dBm)', 'SINR(dB)', '上行速率(Mbps)']]
    for i in range(5):
        rows.append(['P%d' % (i + 1), ['一车间东', '一车间西', '二车间', '三车间', '成品库'][i], str(-int(rng.integers(80, 112))),
                     str(int(rng.integers(-2, 18))), str(int(rng.integers(8, 90)))])
    d.table(rows, [16, 40, 34, 34, 40], size=8.5, align=['c', 'l', 'c', 'c', 'c'])
    d.para('二、存在问题：车间金属结构遮挡导致覆盖弱区；生产网与办公网未隔离；AGV调度存在掉线。', indent=False)
    if x['solution']:
        d.para('三、网络改造方案建议：新增2套室内分布式皮基站，部署5G专网UPF下沉；划分OT/IT安全区并加装工业防火墙；AGV切换至5G专网切片承载。', indent=False)
    d.seal(160, d.y + 10, ctx['app']['name'], r=16)
    d.y += 26
    return d, '5G工业网络现场勘测诊断报告（测点数据表）' + ('' if x['solution'] else '；没有改造方案部分')


def d_survey(ctx, x, rng):
    d = R.Doc(size=10)
    d.title(x['title'], 15)
    _diag_head(d, x, ctx)
    d.para('第一章 调研概述', font='hei', indent=False)
    d.para('诊断组通过访谈、现场查看和资料查阅，对企业的研发、生产、仓储、质量、设备管理进行了为期一天的调研。')
    d.para('第二章 信息化现状', font='hei', indent=False)
    d.para('企业已使用财务软件和进销存系统，生产环节以纸质工单流转，仓库采用手工台账，设备点检记录分散。')
    d.para('第三章 需求与问题分析', font='hei', indent=False)
    d.para('订单交期承诺缺乏依据；物料齐套检查耗时；成品库存账实不符率约%d%%；关键设备故障停机缺少预警。' % int(rng.integers(3, 12)))
    d.new_page()
    if x['solution']:
        d.para('第四章 总体解决方案', font='hei', indent=False)
        d.para('建设“一平台三系统”：以工业互联网平台为底座，分期部署MES、WMS和设备管理系统；第一期（3个月）实现工单电子化与条码仓储；第二期（6个月）实现设备联网与预测性维护。')
        d.para('第五章 实施保障', font='hei', indent=False)
        d.para('成立由企业总经理牵头的项目组，服务机构派驻实施顾问。')
    else:
        d.para('第四章 诊断结论', font='hei', indent=False)
        d.para('企业信息化处于单项应用阶段，具备进一步开展数字化改造的基础。')
    d.gap(6)
    d.text_at(110, d.y, '诊断机构（盖章）：')
    d.seal(150, d.y + 4, ctx['app']['name'], r=16)
    d.text_at(110, d.y + 16, d_zh(x['date']))
    d.y += 22
    return d, '信息化现状调研与需求诊断报告（两页，章节式）' + ('' if x['solution'] else '；第四章只是诊断结论，没有解决方案')


def d_plain(ctx, x, rng, issue_date=None):
    d = R.Doc(size=10)
    d.title(x['title'], 15)
    d.kv([('服务对象：', x['customer']), ('诊断日期：', d_iso(x['date']))], keyw=24)
    d.para('一、企业基本情况', font='hei', indent=False)
    d.para('企业现有员工约%d人，主要产品为工业配套件，近年订单增长较快。' % int(rng.integers(60, 500)))
    d.para('二、主要问题', font='hei', indent=False)
    d.para('生产过程不透明、设备利用率低、质量数据未形成闭环。')
    if x['solution']:
        d.para('三、改进措施与实施路径', font='hei', indent=False)
        d.para('以设备联网和电子看板为起点，逐步引入生产执行系统和质量管理模块，预计投入一年完成。')
    d.gap(6)
    d.text_at(110, d.y, ctx['app']['name'])
    d.seal(140, d.y, ctx['app']['name'], r=16)
    d.text_at(110, d.y + 9, '报告出具日期：' + d_zh(issue_date or x['date']))
    d.y += 14
    return d, '简式免费诊断报告（服务对象）' + ('；出具日期晚于诊断日期' if issue_date else '')


DIAG_GENRES = [d_checkup, d_collect, d_5g, d_survey, d_plain]
DIAG_TITLES = {d_checkup: '{}数字化体检报告', d_collect: '{}设备数据采集可行性评估', d_5g: '{}工业网络现场勘测诊断报告',
               d_survey: '{}信息化现状调研与需求诊断报告', d_plain: '{}智能制造免费诊断报告'}


# ================================================================== STANDARDS / OTHER
def t_group(ctx, st, rng):
    d = R.Doc()
    d.text_at(d.m, 30, 'ICS 25.040', 10)
    d.text_at(d.w - d.m, 30, st['code'], 14, 'hei', align='r')
    d.text_at(d.w / 2, 60, '团　体　标　准', 22, 'bold', align='c')
    d.line(d.m, 68, d.w - d.m, 68, 0.8)
    d.y = 100
    d.title(st['name'], 18)
    d.center('（草案）', 12)
    d.text_at(d.w / 2, 230, '%s发布' % ctx['assoc'], 12, 'hei', align='c')
    d.new_page()
    d.title('前　言', 15)
    d.para('本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。')
    d.para('本文件由%s提出并归口。' % ctx['assoc'])
    d.para('本文件起草单位：%s、%s。' % (ctx['app']['name'], ctx['std_partner']))
    d.para('1　范围', font='hei', indent=False)
    d.para('本文件规定了%s的总体要求、实施流程与评价方法。' % st['name'].replace('团体标准', ''))
    return d, dict(title=st['name']), '团体标准草案封面+前言'


def t_ent(ctx, st, rng):
    d = R.Doc()
    d.text_at(d.w - d.m, 18, st['code'] + '（草案）', 10, align='r')
    d.line(d.m, 21, d.w - d.m, 21, 0.4)
    d.y = 30
    d.title(st['name'], 16)
    d.para('1 范围', font='hei', indent=False)
    d.para('本标准规定了%s的术语、数据接口、实施步骤与验收要求。适用于本公司承接的智能制造系统集成项目。' % st['name'])
    d.para('2 规范性引用文件', font='hei', indent=False)
    d.para('GB/T 39116 智能制造能力成熟度模型；GB/T 20720 企业控制系统集成。')
    d.para('3 术语和定义', font='hei', indent=False)
    d.para('3.1 边缘节点：部署于生产现场、承担数据采集与协议转换的计算设备。')
    d.para('4 一般要求', font='hei', indent=False)
    d.para('4.1 接口应采用OPC UA或MQTT协议；4.2 数据时间戳应统一至毫秒级；4.3 ……')
    return d, dict(title=st['name']), '企业标准草案正文首页（编号在页眉，无封面）'


def o_review(ctx, c, rng):
    app = ctx['app']
    d = R.Doc(size=9.5)
    d.title('销售合同评审表', 16)
    d.table([['评审编号', 'PS-%s' % d_compact(c['sign'])], ['客户名称', c['customer']], ['合同编号', c['contract_no']],
             ['合同金额', '%s元' % amt(c['amount'])], ['评审内容', '技术可行性、交期、付款条件、法律风险'],
             ['销售部意见', '同意，%s' % d_iso(c['sign'] - dt.timedelta(days=3))], ['技术部意见', '可实施'],
             ['财务部意见', '付款条件可接受'], ['总经理批准', '同意签订']], [35, 135])
    d.para('（本表为%s内部评审记录，非合同文本。）' % app['name'], 8.5, indent=False)
    return d, '申报单位内部《销售合同评审表》：写明客户、合同号、金额，但不是合同、验收、付款或采购证明'


def o_photo(ctx, c, rng):
    d = R.Doc(size=10)
    d.title('项目现场照片', 15)
    for i in range(4):
        x = d.m + (i % 2) * 88
        y = d.y + (i // 2) * 70
        d.rect(x, y, 82, 56, 0.3, (90, 90, 90), (int(rng.integers(120, 200)), int(rng.integers(120, 200)), int(rng.integers(120, 200))))
        d.text_at(x + 41, y + 62, ['产线全景', '边缘网关机柜', '数据看板', '验收会现场'][i], 9, align='c')
    d.y += 140
    d.para('项目：%s' % c['contract_name'], indent=False)
    return d, '项目现场照片页（图+说明，无证据性陈述）'


# ================================================================== PLANS
FULL = lambda f: {k: f.get(k) for k in ('contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title')}
C_GEN = [c_devdev, c_trad, c_prose, c_grid]
A_GEN = [a_gb50300, a_kpi, a_settle, a_prose]
P_GEN = [p_verify, p_thermal, p_hvps, p_bank]
R_GEN = [r_dingtalk, r_quote, r_notice, r_letter]
S_GEN = [s_order, s_joint, s_plain]
M_GEN = [m_train, m_park, m_bi, m_plain]


class Emitter:
    def __init__(self, root, rng):
        self.root, self.rng = root, rng
        self.docs = []
        self.n = 0

    def fname(self, ext, rendering):
        self.n += 1
        r = self.rng
        folder = ['材料', '附件', '扫描件', '证明材料/其他', '2024'][int(r.integers(0, 5))]
        if rendering == 'photo':
            nm = 'IMG_2024%02d%02d_%06d' % (int(r.integers(1, 13)), int(r.integers(1, 29)), int(r.integers(0, 999999)))
        elif rendering == 'scan':
            nm = ['scan%04d', 'SCAN_%04d', '扫描全能王 %04d', '文档%04d'][int(r.integers(0, 4))] % (self.n * 7 + int(r.integers(0, 7)))
        else:
            nm = ['文件%03d', 'doc_%03d', '附件%03d', '新建文件 (%d)'][int(r.integers(0, 4))] % self.n
        return '%s/%s.%s' % (folder, nm, ext)

    def emit(self, d, fields, note, doc_type, contract_no, rendering=None, fmt=None):
        r = self.rng
        if rendering is None:
            x = r.random()
            rendering = 'text' if x < 0.58 else ('scan' if x < 0.88 else 'photo')
        if rendering == 'text':
            fmt = 'pdf'
        elif fmt is None:
            fmt = 'jpg' if rendering == 'photo' else ['pdf', 'pdf', 'pdf', 'jpg', 'png', 'tif'][int(r.integers(0, 6))]
        path = self.fname(fmt, rendering)
        full = os.path.join(self.root, 'submission', path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        if rendering == 'text':
            R.to_pdf(d, full)
        else:
            dpi = 150 if d.w > 120 else 220
            imgs = R.raster(d, dpi=dpi, rng=r)
            if rendering == 'screenshot':
                rendering = 'scan'
            else:
                imgs = [R.degrade(im, r, rendering) for im in imgs]
            if fmt in ('jpg', 'png'):
                imgs = imgs[:1] if len(imgs) == 1 else [_stack(imgs)]
            R.save_images(imgs, full, fmt)
        ent = dict(path=path, doc_type=doc_type, rendering=rendering, contract_no=contract_no, sha256=sha(full),
                   note=note, fields=FULL(fields))
        self.docs.append(ent)
        return ent

    def duplicate(self, ent, note):
        path = self.fname(ent['path'].rsplit('.', 1)[1], ent['rendering'])
        src = os.path.join(self.root, 'submission', ent['path'])
        dst = os.path.join(self.root, 'submission', path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)
        e = dict(ent)
        e['path'] = path
        e['note'] = note
        self.docs.append(e)


def _stack(imgs):
    from PIL import Image
    w = max(i.width for i in imgs)
    h = sum(i.height for i in imgs)
    out = Image.new('RGB', (w, h), (255, 255, 255))
    y = 0
    for i in imgs:
        out.paste(i, (0, y))
        y += i.height
    return out


def sha(p):
    return hashlib.sha256(open(p, 'rb').read()).hexdigest()


def rdate(rng, lo, hi):
    return lo + dt.timedelta(days=int(rng.integers(0, (hi - lo).days + 1)))


def build(kind, out, seed):
    rng = np.random.default_rng(seed * 1000 + {'clean': 1, 'gaps': 2, 'tricky': 3}[kind])
    N = Names(rng)
    root = os.path.join(out, 'assessment_' + kind)
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(os.path.join(root, 'submission'))
    appc = N.tj_company('智能科技', 0)
    app = dict(name=appc['name'], uscc=appc['uscc'], address=appc['address'])
    ctx = dict(app=app, supervisor=N.tj_company('工程监理', 1)['name'], designer=N.tj_company('工程设计', 1)['name'],
               park='天津%s产业园管理委员会' % ['西青', '北辰', '津南', '东丽'][int(rng.integers(0, 4))],
               assoc='天津市智能制造产业技术创新联盟', std_partner=N.tj_company('自动化', 0)['name'],
               print_date=DT(2025, 1, 8) + dt.timedelta(days=int(rng.integers(0, 30))))
    E = Emitter(root, rng)
    abbr = ''.join(ch for ch in 'HXZN')
    # ----------------------------------------------------------- contracts
    nC = {'clean': 7, 'gaps': 8, 'tricky': 7}[kind]
    base_amounts = [3280000, 2650000, 1985000, 4120000, 1460000, 2236500, 1870000, 2310000]
    contracts = []
    for i in range(nC):
        tj = i in (0, 1, 2, 4, 6) if kind != 'tricky' else i in (0, 1, 5)
        if kind == 'tricky' and i == 5:
            z = N.zh()
            co = dict(name='北京%s工业互联网有限公司天津分公司' % z, short=z, uscc=make_uscc(rng, '120116'),
                      address='天津市滨海新区第五大街%d号' % int(rng.integers(1, 200)))
        elif kind == 'gaps' and i == 7:
            co = N.other_company(4)  # Langfang, declared as Tianjin
        elif tj:
            co = N.tj_company()
        else:
            co = N.other_company([1, 2, 0, 3, 5][i % 5])
        amount = (base_amounts[i] + int(rng.integers(-40, 40)) * 1000) * 100
        sign = rdate(rng, DT(2023, 6, 1), DT(2024, 3, 31))
        accept = rdate(rng, DT(2024, 3, 1), DT(2024, 11, 30))
        c = dict(customer=co['name'], customer_uscc=co['uscc'], customer_address=co['address'], short=co['short'],
                 contract_no='%s-%s-%03d' % (['HXZN', 'TJHT', 'ZZXS', 'XM'][i % 4], sign.year, int(rng.integers(10, 999))),
                 contract_name='%s%s项目' % (co['short'], ['数字化车间建设', '智能产线改造', 'MES系统实施', '设备联网与数据平台', '智能仓储系统集成', '质量追溯系统建设', '能源管理系统建设', '工业互联网平台应用'][i]),
                 amount=amount, sign=sign, accept=accept, proc_date=sign - dt.timedelta(days=int(rng.integers(8, 40))),
                 proc_no='CG%s%04d' % (d_compact(sign)[:6], int(rng.integers(0, 9999))),
                 tianjin_declared=tj or (kind == 'gaps' and i == 7), sme_declared=True,
                 employees=int(rng.integers(80, 900)), revenue_wan=int(rng.integers(3000, 38000)), planted=[])
        contracts.append(c)
    # specific plants
    if kind == 'clean':
        contracts[3].update(sme_declared=False, employees=2300, revenue_wan=185000)
    if kind == 'gaps':
        contracts[1]['planted'].append('missing_payment_proof')
        contracts[2]['planted'].append('amount_mismatch')
        contracts[3]['planted'].append('date_out_of_period')
        contracts[3]['accept'] = DT(2025, 1, 15)
        contracts[4]['planted'].append('party_mismatch')
        contracts[5]['planted'].append('duplicate_evidence')
        contracts[6]['planted'].append('sme_misclassified')
        contracts[6].update(sme_declared=True, employees=1260, revenue_wan=52000)
        contracts[7]['planted'].append('not_tianjin')
    if kind == 'tricky':
        contracts[1]['planted'].append('acceptance_not_passed')
        contracts[2].update(employees=1000, revenue_wan=39999, sme_declared=True)
        contracts[2]['planted'].append('sme_threshold_edge_not_large')
        contracts[3].update(employees=1500, revenue_wan=40000, sme_declared=False)
        contracts[3]['planted'].append('large_on_threshold')
        contracts[2]['accept'] = DT(2024, 12, 27)
        contracts[6]['accept'] = DT(2024, 12, 31)
        contracts[4]['planted'].append('roles_inverted')
        contracts[5]['planted'].append('tianjin_branch_of_beijing_firm')
        # make the verified total land just above 15,000,000
        others = sum(c['amount'] for j, c in enumerate(contracts) if j not in (1, 6))
        contracts[6]['amount'] = 1500000000 + 3120000 - others
        assert contracts[6]['amount'] > 50000000
    pay_n = 0
    for i, c in enumerate(contracts):
        cno = c['contract_no']
        off_ = (i + seed) % 4
        # contract
        if kind == 'tricky' and i == 4:
            d, f, note = c_devdev(ctx, c, rng, inverted=True)
        else:
            d, f, note = C_GEN[(i + seed) % 4](ctx, c, rng)
        ce = E.emit(d, f, note, 'contract', cno, 'text' if i % 3 == 0 else None)
        if kind == 'gaps' and i == 5:
            E.duplicate(ce, '同一合同文件重复上传（字节相同）')
        # procurement
        g = R_GEN[(i + seed + 1) % 4]
        if kind == 'gaps' and i == 2:
            bad = c['amount'] * 97 // 100
            d, f, note = r_notice(ctx, c, rng, amount=bad)
            note += '；中标价比申报合同金额低3%'
            E.emit(d, f, note, 'procurement_proof', cno)
        elif kind == 'tricky' and i == 6:
            near = c['amount'] + c['amount'] * 45 // 10000
            d, f, note = r_letter(ctx, c, rng, amount=near)
            E.emit(d, f, note + '；成交总价比合同金额高0.45%（容差内）', 'procurement_proof', cno)
        elif g is r_dingtalk:
            d, f, note = g(ctx, c, rng)
            E.emit(d, f, note, 'procurement_proof', cno, 'screenshot', 'png')
        else:
            d, f, note = g(ctx, c, rng)
            E.emit(d, f, note, 'procurement_proof', cno)
        # acceptance
        if kind == 'tricky' and i == 1:
            d, f, note = a_kpi(ctx, c, rng, failed=True)
        elif kind == 'tricky' and i == 2:
            d, f, note = a_settle(ctx, c, rng, settle_cents=c['amount'] - c['amount'] * 4 // 1000, confirm=DT(2025, 1, 6))
        else:
            d, f, note = A_GEN[(i + seed + 2) % 4](ctx, c, rng)
            if kind == 'gaps' and i == 3:
                note += '；验收日期在考核期之后（2025年）'
        E.emit(d, f, note, 'acceptance_report', cno)
        # payments
        if kind == 'gaps' and i == 1:
            d, note = o_review(ctx, c, rng)
            E.emit(d, {}, note + '（本合同没有付款证明）', 'other', cno)
            continue
        parts = [c['amount']]
        if (kind == 'tricky' and i == 3) or (kind == 'clean' and i == 2):
            first = c['amount'] * 6 // 10
            parts = [first, c['amount'] - first]
        for k, part in enumerate(parts):
            pay_n += 1
            payer = c['customer']
            note_extra = ''
            if kind == 'gaps' and i == 4:
                payer = '%s控股集团有限公司' % c['short']
                note_extra = '；付款人为客户的上级集团公司，并非申报客户'
            brand = ['中国工商银行', '中国建设银行', '招商银行', '交通银行', '兴业银行'][pay_n % 5]
            pdate = min(c['accept'] + dt.timedelta(days=int(rng.integers(5, 25)) + 30 * k), DT(2024, 12, 30)) if c['accept'].year == 2024 else c['accept'] - dt.timedelta(days=40)
            if len(parts) > 1 and k == 0:
                pdate = c['sign'] + dt.timedelta(days=10)
            cite = cno if rng.random() < 0.5 else None
            pay = dict(bank_brand=brand, bank_name=brand + '天津%s支行' % ['滨海', '西青', '南开', '河西'][pay_n % 4],
                       ref='%s%08d' % (d_compact(pdate), int(rng.integers(0, 10 ** 8))), vcode='%06X' % int(rng.integers(0, 16 ** 6)),
                       date=pdate, payer=payer, payer_acct=acct(rng), payer_bank=brand + '某分行营业部', payee=app['name'],
                       payee_acct=ctx.setdefault('app_acct', acct(rng)), payee_bank=brand.replace('中国', '') + '天津分行',
                       amount=part, cite=cite,
                       memo=('支付%s合同款' % cno) if cite else ['货款', '项目款', '设备款', '服务费'][pay_n % 4])
            pay['payer_bank'] = ['中国银行', '农业银行', '浦发银行'][pay_n % 3] + '营业部'
            g = P_GEN[(i + k + seed + 3) % 4]
            if g is p_verify:
                png = rng.random() < 0.5
                d, f, note = g(ctx, c, rng, pay, as_png=png)
                e = E.emit(d, f, note + note_extra, 'payment_proof', cno, 'screenshot' if png else 'text', 'png' if png else 'pdf')
            elif g is p_thermal:
                d, f, note = g(ctx, c, rng, pay)
                E.emit(d, f, note + note_extra, 'payment_proof', cno, 'photo', 'jpg')
            else:
                d, f, note = g(ctx, c, rng, pay)
                E.emit(d, f, note + note_extra + ('；分两笔付款之第%d笔' % (k + 1) if len(parts) > 1 else ''), 'payment_proof', cno)
    # others
    d, note = o_review(ctx, contracts[0], rng)
    E.emit(d, {}, note, 'other', contracts[0]['contract_no'])
    d, note = o_photo(ctx, contracts[-1], rng)
    E.emit(d, {}, note, 'other', None, 'photo', 'jpg')
    # ----------------------------------------------------------- suppliers
    nS = {'clean': 3, 'gaps': 2, 'tricky': 2}[kind]
    suppliers = []
    for i in range(nS):
        if kind == 'gaps' and i == 1:
            co = N.other_company(0, '自动化设备')
            planted = ['subcontractor_not_tianjin']
        elif kind == 'tricky' and i == 0:
            z = N.zh()
            co = dict(name='%s智控科技（北京）有限公司天津分公司' % z, uscc=make_uscc(rng, '120113'),
                      address='天津市北辰区高新大道%d号' % int(rng.integers(1, 99)))
            planted = ['beijing_named_branch_in_tianjin']
        else:
            co = N.tj_company(['自动化设备', '钣金制品', '电气安装工程'][i])
            planted = []
        sign = rdate(rng, DT(2024, 2, 1), DT(2024, 10, 31))
        s = dict(name=co['name'], uscc=co['uscc'], address=co['address'], contract_no='FB-2024-%03d' % (i * 17 + 11),
                 contract_name=['控制柜及工装外协加工', '现场网络与安装调试联合实施', '视觉检测非标设备配套'][(i + seed) % 3],
                 amount=(int(rng.integers(28, 160)) * 10000 + int(rng.integers(0, 99)) * 100) * 100, sign=sign, planted=planted)
        suppliers.append(s)
        g = S_GEN[(i + seed) % 3]
        if kind == 'tricky' and i == 1:
            g = s_joint
        d, f, note = g(ctx, s, rng)
        E.emit(d, f, note, 'subcontract', None)
    # ----------------------------------------------------------- meetings
    tj_pool = [N.tj_company() for _ in range(22)]
    for a in tj_pool:
        a['person'] = PEOPLE[int(rng.integers(0, 25))]
        a['phone'] = '1%d%09d' % (int(rng.integers(30, 99)), int(rng.integers(0, 10 ** 9)))
    nM = 11
    meetings = []
    places = ['天津市西青区赛达大道%d号会议中心' % int(rng.integers(1, 99)), '%s多功能厅' % app['name'], '天津市滨海新区第五大街创新中心报告厅']
    for i in range(nM):
        date = rdate(rng, DT(2024, 1, 10), DT(2024, 12, 20))
        n_tj = 10 + int(rng.integers(0, 4))
        planted = []
        extra = []
        if kind == 'gaps' and i == 6:
            n_tj = 8
            planted.append('meeting_attendance_below_threshold')
            extra = [N.other_company(4), N.other_company(0)]
        if kind == 'gaps' and i == 8:
            date = DT(2023, 12, 20)
            planted.append('date_out_of_period')
        if kind == 'tricky' and i == 1:
            n_tj = 10
            planted.append('exactly_10_plus_host')
        if kind == 'tricky' and i == 4:
            n_tj = 9
            z = N.zh()
            extra = [dict(name='天津%s机电设备有限公司北京分公司' % z, uscc=make_uscc(rng, '110105'), address='北京市朝阳区酒仙桥路%d号' % int(rng.integers(1, 50)))]
            planted.append('meeting_attendance_below_threshold')
        if kind == 'tricky' and i == 7:
            date = DT(2024, 12, 30)
            planted.append('letter_dated_2025')
        idx = rng.permutation(len(tj_pool))[:n_tj]
        sheet = [dict(tj_pool[j]) for j in idx]
        for e in extra:
            e.setdefault('person', PEOPLE[int(rng.integers(0, 25))])
            e.setdefault('phone', '13%09d' % int(rng.integers(0, 10 ** 9)))
            sheet.append(dict(e))
        host = dict(name=app['name'], uscc=app['uscc'], address=app['address'], person=PEOPLE[0], phone='13800000000')
        if i % 2 == 0 or (kind == 'tricky' and i in (1, 4)):
            sheet.insert(int(rng.integers(0, len(sheet))), host)
        tj_on = sum(1 for a in sheet if a['name'] != app['name'] and tianjin_real(a['uscc'], a['address']))
        m = dict(name='2024年第%s期智能制造经验交流会（%s）' % ('一二三四五六七八九十'[i] if i < 10 else '十一', ['汽车零部件专场', '装备制造专场', '食品医药专场', '新材料专场', '电子信息专场', '综合场'][i % 6]),
                 date=date, place=places[i % 3], sheet=sheet, declared=max(tj_on, 10) if not (kind == 'gaps' and i == 6) else 12,
                 tianjin_on=tj_on, planted=planted)
        meetings.append(m)
        if kind == 'gaps' and i == 2:
            m['planted'].append('missing_meeting_record')
            continue
        if kind == 'tricky' and i == 7:
            g = m_park
        else:
            g = M_GEN[(i + seed) % 4]
        if g is m_plain:
            sep = i % 3 == 0
            for d, f, note in m_plain(ctx, m, rng, separate=sep):
                E.emit(d, f, note, 'meeting_record', None)
        elif g is m_park:
            d, f, note = m_park(ctx, m, rng, letter_date=DT(2025, 1, 3) if (kind == 'tricky' and i == 7) else None)
            E.emit(d, f, note, 'meeting_record', None)
        else:
            d, f, note = g(ctx, m, rng)
            E.emit(d, f, note, 'meeting_record', None)
    # ----------------------------------------------------------- diagnoses
    nD = 31
    diags = []
    for i in range(nD):
        co = N.tj_company() if i % 5 else N.other_company(4)
        g = DIAG_GENRES[(i + seed) % 5]
        x = dict(customer=co['name'], uscc=co['uscc'], address=co['address'], date=rdate(rng, DT(2024, 1, 15), DT(2024, 12, 15)),
                 title=DIAG_TITLES[g].format(co['short']), solution=True, planted=[])
        diags.append(x)
        if kind == 'gaps' and i == 4:
            x['planted'].append('missing_diagnosis_report')
            continue
        if (kind == 'gaps' and i == 11) or (kind == 'tricky' and i == 6):
            x['solution'] = False
            x['planted'].append('diagnosis_without_solution')
        if kind == 'gaps' and i == 19:
            x['date'] = DT(2025, 1, 10)
            x['planted'].append('date_out_of_period')
        if kind == 'tricky' and i == 14:
            x['date'] = DT(2024, 1, 2)
        if kind == 'tricky' and i == 21:
            x['date'] = DT(2024, 12, 31)
            g = d_plain
            x['title'] = DIAG_TITLES[g].format(co['short'])
            d, note = d_plain(ctx, x, rng, issue_date=DT(2025, 1, 5))
        else:
            d, note = g(ctx, x, rng)
        f = dict(date=d_iso(x['date']), customer=x['customer'], title=x['title'])
        E.emit(d, f, note, 'diagnosis_report', None)
    # ----------------------------------------------------------- standards
    stds = [dict(name='智能制造系统集成项目实施服务流程规范', code='T/TJIMA 0%02d—2024' % int(rng.integers(10, 99)), cat='团体标准', stage='草案'),
            dict(name='离散制造车间设备数据互联互通接口要求', code='Q/%s JS 0%02d—2024' % ('HX', int(rng.integers(10, 99))), cat='企业标准', stage='草案'),
            dict(name='工业互联网平台与MES系统集成技术规范', code='Q/%s JS 0%02d—2024' % ('HX', int(rng.integers(10, 99))), cat='企业标准', stage='征求意见稿')]
    for i, st in enumerate(stds):
        st['uploaded'] = not (kind == 'gaps' and i == 2)
        if st['uploaded']:
            g = t_group if st['cat'] == '团体标准' else t_ent
            d, f, note = g(ctx, st, rng)
            E.emit(d, f, note, 'standard_draft', None)
    # ----------------------------------------------------------- workbook + truth
    write_workbook(os.path.join(root, 'submission', '申报信息.xlsx'), app, contracts, suppliers, meetings, diags, stds, rng)
    t = dict(applicant=app, phase='考核', award_tier_wan=None,
             contracts=[dict(seq=i + 1, contract_no=c['contract_no'], customer=c['customer'], customer_uscc=c['customer_uscc'],
                             customer_address=c['customer_address'], amount_yuan=amt_plain(c['amount']),
                             sign_date=d_iso(c['sign']), accept_date=d_iso(c['accept']), tianjin_declared=c['tianjin_declared'],
                             sme_declared=c['sme_declared'], employees=c['employees'], revenue_wan=c['revenue_wan'],
                             planted=c['planted']) for i, c in enumerate(contracts)],
             suppliers=[dict(seq=i + 1, name=s['name'], uscc=s['uscc'], address=s['address'], contract_no=s['contract_no'],
                             amount_yuan=amt_plain(s['amount']), sign_date=d_iso(s['sign']), planted=s['planted']) for i, s in enumerate(suppliers)],
             meetings=[dict(seq=i + 1, name=m['name'], date=d_iso(m['date']), declared_tianjin_attendees=m['declared'],
                            tianjin_attendees_on_sheet=m['tianjin_on'], host_on_sheet=any(a['name'] == app['name'] for a in m['sheet']),
                            sheet=[a['name'] for a in m['sheet']], planted=m['planted']) for i, m in enumerate(meetings)],
             diagnoses=[dict(seq=i + 1, customer=x['customer'], customer_uscc=x['uscc'], date=d_iso(x['date']), report_title=x['title'],
                             report_has_solution=x['solution'], planted=x['planted']) for i, x in enumerate(diags)],
             standards=[dict(name=s['name'], category=s['cat'], stage=s['stage'], draft_uploaded=s['uploaded']) for s in stds],
             documents=E.docs)
    gaps, counts, reqs, passed = evaluate(t)
    t.update(gaps=gaps, requirements=reqs, assessment_passed=passed, **counts)
    order = ['applicant', 'phase', 'assessment_passed', 'award_tier_wan', 'accepted_total_yuan', 'requirements', 'gaps']
    t = {k: t[k] for k in order + [k for k in t if k not in order]}
    with open(os.path.join(root, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(t, fh, ensure_ascii=False, indent=1)
    return t


def write_workbook(path, app, contracts, suppliers, meetings, diags, stds, rng):
    wb = openpyxl.Workbook()
    def sheet(ws, title, header, rows):
        ws.append([title] + [None] * (len(header) - 1))
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws.cell(1, 1).font = Font(bold=True, size=13)
        ws.cell(1, 1).alignment = Alignment(horizontal='center')
        ws.append(header)
        for r in rows:
            ws.append(r)
    ws = wb.active
    ws.title = '申报单位'
    sheet(ws, '申报单位基本信息', ['项目', '内容'], [['单位名称', app['name']], ['统一社会信用代码', app['uscc']], ['注册地址', app['address']],
                                               ['申报方向', '智能制造系统解决方案供应商'], ['服务行业', '汽车及关键零部件、装备制造'], ['阶段', '考核']])
    rows = []
    for i, c in enumerate(contracts):
        sd = c['sign'] if i % 3 else d_zh(c['sign'])
        ad = c['accept'] if i % 3 != 1 else d_zh(c['accept'])
        am = round(c['amount'] / 1000000, 4)
        am = '%.2f' % am if i == 2 else am
        rv = '{:,}'.format(c['revenue_wan']) if i == 0 else c['revenue_wan']
        rows.append([i + 1, c['customer'], c['customer_uscc'], c['contract_no'], c['contract_name'], am, sd, ad,
                     '是' if c['sme_declared'] else '否', c['employees'], rv, '是' if c['tianjin_declared'] else '否'])
    sheet(wb.create_sheet('服务用户清单'), '2024年度服务用户清单',
          ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)', '签订日期', '验收日期', '是否中小企业', '从业人员',
           '营业收入（万元）', '是否天津企业'], rows)
    sheet(wb.create_sheet('标准草案'), '标准草案', ['序号', '标准名称', '标准类别', '阶段'],
          [[i + 1, s['name'], s['cat'], s['stage']] for i, s in enumerate(stds)])
    sheet(wb.create_sheet('本地配套供应商'), '天津本地化配套供应商', ['序号', '供应商名称', '统一社会信用代码', '分包合同编号', '分包合同名称', '分包金额（万元）', '签订日期'],
          [[i + 1, s['name'], s['uscc'], s['contract_no'], s['contract_name'], round(s['amount'] / 1000000, 4), s['sign']] for i, s in enumerate(suppliers)])
    sheet(wb.create_sheet('经验交流会'), '经验交流会', ['序号', '会议名称', '日期', '地点', '参会天津企业数量'],
          [[i + 1, m['name'], m['date'], m['place'], m['declared']] for i, m in enumerate(meetings)])
    sheet(wb.create_sheet('免费诊断'), '免费诊断', ['序号', '客户名称', '统一社会信用代码', '诊断日期', '诊断报告名称'],
          [[i + 1, x['customer'], x['uscc'], x['date'], x['title']] for i, x in enumerate(diags)])
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=3):
            for cell in row:
                if isinstance(cell.value, dt.date):
                    cell.number_format = 'yyyy-mm-dd'
    wb.save(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='data')
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--only', default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for k in ['clean', 'gaps', 'tricky']:
        if a.only and a.only != k:
            continue
        t = build(k, a.out, a.seed)
        print(k, 'docs', len(t['documents']), 'passed', t['assessment_passed'], 'gaps', len(t['gaps']))


if __name__ == '__main__':
    main()
