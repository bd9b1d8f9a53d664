# -*- coding: utf-8 -*-
"""author5 first-contact set, assessment cycle (考核周期 2024).

    python generate.py --out data --seed N

Writes data/<submission>/submission/申报信息.xlsx + evidence files, and data/<submission>/ground_truth.json.
Truth is decided here from the programme guide and format.md rules (see README); no product code is used."""
import argparse, hashlib, json, os, random, shutil, sys
from datetime import date, datetime, timedelta
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_lib import *          # noqa
from gen_genres import *       # noqa
import openpyxl
from openpyxl.styles import Alignment, Font

P0, P1 = date(2024, 1, 1), date(2024, 12, 31)

SUR = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIV = ['建国', '志强', '海涛', '立新', '红梅', '晓东', '丽娟', '文博', '振华', '国栋', '春燕', '雪峰', '思远', '婧', '磊', '静', '鹏',
       '昊天', '子涵', '宏伟', '玉兰', '德胜', '佳琪', '明轩', '淑芬', '一鸣', '世杰', '晨曦', '桂英', '浩然', '凤霞', '新民']
BRAND = list('瀚沐泓晟睿博恒钧鑫铭骏嘉懋澜瑞凯岳峰祺煜璟宸翊霖楷弘峻朗昊烨赟瑄昀橦翀喆堃淏珺炜津港沽渤塘')
IND_C = ['精密机械', '汽车零部件', '新材料科技', '食品', '制药', '电子科技', '化工', '纺织科技', '轨道交通装备', '金属制品',
         '电气设备', '包装材料', '模具', '医疗器械', '轴承', '线缆', '液压件', '特种钢管', '光电科技', '涂料']
IND_S = ['自动化设备', '电气成套设备', '软件技术', '信息技术', '钣金制造', '机电安装工程', '工业网络技术', '视觉科技']
SUFFIX = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司']
BANKS = ['中国工商银行天津%s支行', '中国建设银行天津%s支行', '中国银行天津%s支行', '交通银行天津%s支行', '天津银行%s支行',
         '渤海银行天津%s支行', '天津农村商业银行%s支行', '招商银行天津%s支行', '兴业银行天津%s支行']
BR = ['河西', '南开', '滨海分行营业部', '经济技术开发区', '西青', '北辰', '空港', '东丽', '武清', '华苑']


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def person(self):
        return self.rng.choice(SUR) + self.rng.choice(GIV)

    def company(self, ind_pool, tj=True, prefix=None):
        rng = self.rng
        while True:
            b = ''.join(rng.sample(BRAND, 2))
            ind = rng.choice(ind_pool)
            if prefix is not None:
                n = prefix + b + ind + rng.choice(SUFFIX)
            elif tj and rng.random() < 0.55:
                n = '天津' + b + ind + rng.choice(SUFFIX)
            elif tj:
                n = b + ('（天津）' if rng.random() < 0.3 else '') + ind + rng.choice(SUFFIX)
            else:
                n = b + ind + rng.choice(SUFFIX)
            if n not in self.used and b not in ''.join(self.used):
                self.used.add(n)
                return n


def entity(rng, NM, name=None, region=None, tj=True, ind=IND_C, prefix=None):
    region = region or (rng.choice(list(TJ_REGIONS)) if tj else rng.choice(list(OUT_REGIONS)))
    is_tj = region.startswith('12')
    name = name or NM.company(ind, tj=is_tj, prefix=prefix)
    br = rng.choice(BR)
    if is_tj:
        bank = rng.choice(BANKS) % br
    else:
        full = OUT_REGIONS[region]
        city = full.split('省')[-1]
        city = city[:city.index('市') + 1]
        bank = '中国%s银行%s%s支行' % (rng.choice(['工商', '建设', '农业']), city, full[full.index('市') + 1:][:2])
    return dict(name=name, uscc=make_uscc(rng, region), region=region,
                addr=tj_address(rng, region) if is_tj else out_address(rng, region),
                rep=NM.person(), contact=NM.person(), phone='022-%d' % rng.randint(23000000, 89999999) if is_tj
                else '0%d-%d' % (rng.choice([10, 311, 316, 531, 512]), rng.randint(23000000, 89999999)),
                bank=bank, acct=bank_account(rng), tj=is_tj)


SCOPES = [('冲压车间智能化改造', '冲压线自动上下料、设备联网及MES系统部署'), ('数字化车间建设', '车间MES、WMS及设备物联平台建设'),
          ('智能仓储物流系统', '立体库、AGV调度系统及WMS实施'), ('设备智能运维平台', '设备状态监测传感器部署及预测性维护平台'),
          ('质量视觉检测系统', '在线视觉检测工作站及质量追溯系统'), ('能碳管控平台', '能源计量改造及能碳管控平台建设'),
          ('生产计划排程系统', 'APS高级排程系统及与ERP接口开发'), ('焊装线柔性化改造', '机器人焊装工作站及线体控制系统'),
          ('工业互联网平台', '工业互联网平台部署及五十台设备接入'), ('数字孪生工厂', '工厂三维建模、数字孪生可视化及数据集成'),
          ('智能配料系统', '自动配料、称重及配方管理系统'), ('灌装线数字化升级', '灌装线数据采集、SCADA及批记录电子化')]
CHECKS = [('设备联网率', '≥95%'), ('数据采集周期', '≤1s'), ('系统可用率', '≥99.5%'), ('生产效率提升', '≥15%'),
          ('关键工序数控化率', '≥85%'), ('文档及培训', '齐全、完成'), ('接口联调', 'ERP/MES贯通')]
TOPICS = ['数字化车间建设经验', '设备联网与数据采集', '视觉质检应用', '能碳管理实践', '工业互联网平台应用', 'APS排程落地',
          '中小企业数字化转型路径', '智能仓储与物流', '工业数据安全', '数字孪生工厂']
STATUS = ['企业主要生产设备%d台，联网率约%d%%；生产计划依靠Excel人工编排；质量数据以纸质记录为主；已上线ERP财务模块',
          '企业现有产线%d条，关键设备数控化率约%d%%；仓储采用人工台账；车间无统一数据平台；能耗按月抄表统计']
PROBS = ['设备数据未采集，停机原因无法追溯', '计划与现场脱节，交期达成率偏低', '质量问题依赖人工复检，追溯链条断裂',
         '库存账实不符，物料齐套率低', '能耗计量颗粒度粗，无法分摊到工序', '各系统数据孤岛，管理报表靠手工汇总']
SOLS = ['部署设备物联网关和数据采集平台，实现主要设备联网', '上线MES系统，打通计划、工单、报工与质量数据',
        '引入视觉检测工位，建立从原料到成品的质量追溯', '建设WMS并与ERP集成，推行条码化出入库',
        '建设能源在线计量与能碳管控平台，按工序分摊能耗', '分三期实施，先试点一条产线再全面推广']


def diag_texts(rng):
    st = rng.choice(STATUS) % (rng.randint(30, 300), rng.randint(20, 70))
    pr = '；'.join(rng.sample(PROBS, 3))
    so = '；'.join(rng.sample(SOLS[:5], 3) + [SOLS[5]])
    return st, pr, so


def meeting_content(rng, A, topic):
    return ['会上，%s介绍了%s方面的解决方案及在天津企业的落地案例。' % (A['name'], topic),
            '参会企业代表结合自身情况交流了实施中的难点与经验，围绕投资回报、数据治理、人员培训等问题进行了讨论。',
            '会议商定：后续组织参会企业赴示范车间现场观摩，并为有意向的企业提供免费诊断服务。']


# ------------------------------------------------------------------ model builders
class Sub:
    def __init__(self, key, rng):
        self.key = key
        self.rng = rng
        self.NM = Names(rng)
        self.customers = []
        self.suppliers = []
        self.meetings = []
        self.diagnoses = []
        self.standards = []
        self.docs = []       # dict(fn, doc_type, genre, render, contract_no, note, folder, subject...)
        self.extra_gaps = []


def make_applicant(S, region='120116'):
    rng = S.rng
    A = entity(rng, S.NM, region=region, ind=['智能科技', '智能装备', '工业互联网科技', '智造技术'])
    A['account'] = A['name'][2:6] + '智造'
    A['recorder'] = S.NM.person()
    S.A = A
    return A


CNO_STYLES = [lambda r, y, i: 'HT%d%02d%03d' % (y, r.randint(1, 12), r.randint(1, 999)),
              lambda r, y, i: 'TJ-%s-%d-%03d' % (r.choice(['XS', 'JC', 'ZN', 'JS']), y, r.randint(1, 400)),
              lambda r, y, i: '（%d）采字第%03d号' % (y, r.randint(1, 300)),
              lambda r, y, i: 'CG%s%02d-%02d' % (str(y)[2:], r.randint(1, 12), r.randint(1, 40)),
              lambda r, y, i: '%s-ZZ-%d%04d' % (r.choice(['BH', 'XQ', 'DL', 'WQ']), y, r.randint(1, 9999))]


def make_contract(S, C, amount, sign, accept, style=None):
    rng = S.rng
    sc = rng.choice(SCOPES)
    no = CNO_STYLES[style if style is not None else rng.randrange(len(CNO_STYLES))](rng, sign.year, len(S.customers))
    K = dict(no=no, name='%s%s项目' % (C['name'][:-4].replace('有限', '').replace('股份', '')[-6:] if False else '', sc[0]),
             short=sc[0], scope=sc[1], amount=D(amount), sign=sign, accept=accept,
             place='天津市' + rng.choice(list(TJ_REGIONS.values())), checks=rng.sample(CHECKS, 5),
             rivals=[S.NM.company(IND_S, tj=rng.random() < 0.6) for _ in range(2)])
    K['name'] = sc[0] + '项目'
    return K


def add_customer(S, C, K, sme_decl, emp, rev, tj_decl, planted=None):
    S.customers.append(dict(C=C, K=K, sme_decl=sme_decl, emp=emp, rev=D(rev), tj_decl=tj_decl,
                            planted=planted or [], uscc_decl=C['uscc']))
    return S.customers[-1]


def doc(S, fn, doc_type, genre, render, contract_no=None, note='', folder='', **kw):
    d = dict(fn=fn, doc_type=doc_type, genre=genre, render=render, contract_no=contract_no, note=note, folder=folder)
    d.update(kw)
    S.docs.append(d)
    return d


AGENCIES = [dict(name='天津国际招标有限公司', abbr='TJGZ'), dict(name='天津市津投招标代理有限公司', abbr='JTZB'),
            dict(name='中招联合（天津）工程咨询有限公司', abbr='ZZLH')]


def std_bundle(S, c, accept_g, pay_plan, proc_g, contract_g='prose', folder=None, invert=False,
               contract_render='text', dup_pay=False):
    """Standard four-kind evidence for one customer. pay_plan: list of (genre, render, amount, date, kw)."""
    rng = S.rng
    A, C, K = S.A, c['C'], c['K']
    folder = folder or '用户材料/%02d' % (len(S.docs) % 97)
    if contract_g == 'prose':
        fn = (lambda r, A=A, C=C, K=K, inv=invert: contract_prose(r, A, C, K, invert=inv))
        g = 'O01-inv' if invert else 'O01'
    else:
        fn = (lambda r, A=A, C=C, K=K: contract_keyterms(r, A, C, K))
        g = 'N01'
    doc(S, fn, 'contract', g, contract_render, K['no'], '合同' + ('（甲方为供方，客户为乙方需方）' if invert else ''), folder)
    for ag in accept_g:
        gname, rend = ag[0], ag[1]
        if gname == 'report':
            fn = lambda r, A=A, C=C, K=K: accept_report(r, A, C, K)
            g = 'O03'
        elif gname == 'uat':
            iss = ag[2] if len(ag) > 2 else None
            fn = lambda r, A=A, C=C, K=K, iss=iss: accept_uat(r, A, C, K, issuer=iss)
            g = 'N02'
        elif gname == 'sat':
            fn = lambda r, A=A, C=C, K=K: accept_sat(r, A, C, K)
            g = 'N03'
        elif gname == 'oa':
            fn = lambda r, A=A, C=C, K=K: accept_oa(r, A, C, K)
            g = 'N04'
        elif gname == 'rectify':
            when = ag[2]
            fn = lambda r, A=A, C=C, K=K, w=when: accept_rectify(r, A, C, K, w)
            g = 'N05'
        doc(S, fn, 'acceptance_report', g, rend, K['no'], '验收', folder)
    for (gname, rend, amt, when, kw) in pay_plan:
        if gname == 'ccb':
            fn = lambda r, A=A, C=C, K=K, a=amt, w=when, kw=kw: pay_bank_ccb(r, A, C, K, a, w, **kw)
            g = 'O04'
        elif gname == 'list':
            fn = lambda r, A=A, C=C, K=K, a=amt, w=when, kw=kw: pay_bank_list(r, A, C, K, a, w, **kw)
            g = 'O04b'
        elif gname == 'batch':
            others = [(S.NM.company(IND_S + IND_C, tj=rng.random() < 0.5), bank_account(rng), rng.choice(BANKS) % rng.choice(BR),
                       D(rng.randint(2000, 900000)), rng.choice(['材料款', '运费', '服务费', '备件款'])) for _ in range(rng.randint(3, 6))]
            fn = lambda r, A=A, C=C, K=K, a=amt, w=when, o=others: pay_batch(r, A, C, K, a, w, o)
            g = 'N06'
        elif gname == 'chain':
            fn = lambda r, A=A, C=C, K=K, a=amt, w=when: pay_credit_voucher(r, A, C, K, a, w)
            g = 'N07'
        elif gname == 'voucher':
            fn = lambda r, A=A, C=C, K=K, a=amt, w=when: pay_voucher(r, A, C, K, a, w)
            g = 'N08'
        d = doc(S, fn, 'payment_proof', g, rend, K['no'], '付款', folder)
        if dup_pay:
            d['dup'] = True
            dup_pay = False
    if proc_g:
        gname, rend, when = proc_g
        ag_ = rng.choice(AGENCIES)
        if gname == 'award':
            fn = lambda r, A=A, C=C, K=K, w=when, ag_=ag_: proc_award(r, A, C, K, w, ag_)
            g = 'O05'
        elif gname == 'report':
            fn = lambda r, A=A, C=C, K=K, w=when, ag_=ag_: proc_report(r, A, C, K, w, ag_)
            g = 'N09'
        else:
            fn = lambda r, A=A, C=C, K=K, w=when: proc_compare(r, A, C, K, w)
            g = 'N10'
        doc(S, fn, 'procurement_proof', g, rend, K['no'], '采购证明', folder)


def supplier(S, region=None, sub_g='general', amount=None, sign=None, render='text', planted=None, doc_amount=None,
             doc_supplier=None, present=True):
    rng = S.rng
    Sp = entity(rng, S.NM, region=region or rng.choice(list(TJ_REGIONS)), ind=IND_S)
    if region and not region.startswith('12'):
        # an out-of-town firm whose name still starts with 天津 (careful reading)
        Sp['name'] = S.NM.company(IND_S, prefix='天津')
    main_c = rng.choice(S.customers)['K']
    no = '%s-FB-%d-%02d' % (S.A['name'][2:4].upper() if False else 'FB', sign.year, rng.randint(1, 60))
    no = rng.choice(['FB%d%03d' % (sign.year, rng.randint(1, 400)), 'WX-%d-%02d' % (sign.year, rng.randint(1, 90)),
                     'JG%s%02d' % (d_compact(sign)[2:6], rng.randint(1, 50))])
    items = []
    amt = D(amount)
    if sub_g == 'processing':
        left = doc_amount or amt
        n1 = rng.randint(2, 6)
        p1 = D((left * Decimal('0.6')) / n1)
        p1 = D(int(p1 / 100) * 100)
        rest = D(left - p1 * n1)
        items = [('电气控制柜', 'GGD-%d' % rng.randint(1, 9), '台', n1, p1), ('操作台及线槽', '定制', '套', 1, rest)]
    K = dict(no=no, name=rng.choice(['产线电气控制系统', '设备联网数据采集', '看板及接口开发', '现场安装调试']) + '分包合同',
             main='“%s”' % main_c['name'], scope=rng.choice(['电气控制柜制作与安装', '设备数据采集程序开发', '现场布线与安装调试',
                                                             '数据看板与接口开发']),
             amount=D(doc_amount or amt), sign=sign, items=items)
    row = dict(S=Sp, K=K, decl_amount=amt, planted=planted or [], present=present)
    S.suppliers.append(row)
    if present:
        Sd = dict(Sp, name=doc_supplier) if doc_supplier else Sp
        fns = {'general': sub_general, 'processing': sub_processing, 'software': sub_software}
        gid = {'general': 'O06', 'processing': 'N11', 'software': 'N12'}[sub_g]
        doc(S, lambda r, A=S.A, Sd=Sd, K=K, f=fns[sub_g]: f(r, A, Sd, K), 'subcontract', gid, render, K['no'], '分包合同',
            '配套供应商')
    return row


def attendee_pool(S, n_tj=60, n_out=14):
    rng = S.rng
    pool_tj = [entity(rng, S.NM, tj=True) for _ in range(n_tj)]
    pool_out = [entity(rng, S.NM, tj=False) for _ in range(n_out)]
    for e in pool_tj + pool_out:
        e['person'] = S.NM.person()
        e['phone'] = '1%d%08d' % (rng.choice([35, 38, 39, 52, 86, 88]), rng.randint(0, 99999999))
    S.pool_tj, S.pool_out = pool_tj, pool_out


def meeting(S, idx, when, n_tj, n_out=2, host_signs=False, dup=0, genre='minutes', mode='code', render='text',
            declared=None, present=True, notice_date=None, claim=None, sheet_render='scan', planted=None):
    rng = S.rng
    A = S.A
    topic = TOPICS[idx % len(TOPICS)]
    name = '%s%s经验交流会（第%d期）' % (rng.choice(['“数智赋能”', '津智汇·', '智造沙龙·', '']), topic.replace('经验', ''), idx + 1)
    tj = rng.sample(S.pool_tj, n_tj)
    out = rng.sample(S.pool_out, n_out)
    sheet = tj + out
    for k in range(dup):
        twin = dict(tj[k])
        twin['person'] = S.NM.person()
        sheet.append(twin)
    rng.shuffle(sheet)
    if host_signs:
        h = dict(A, person=A['contact'], phone=A['phone'])
        sheet.insert(0, h)
    M = dict(no=idx + 1, name=name, date=when, time='%s—%s' % rng.choice([('09:30', '11:30'), ('14:00', '16:30'), ('14:30', '17:00')]),
             place=rng.choice(['%s多功能厅' % A['name'], '天津市滨海新区中新生态城会展中心', '西青区智能制造示范车间会议室',
                               '天津经济技术开发区服务中心二楼', '北辰区科技园区路演厅']),
             topic=topic, content=meeting_content(rng, A, topic), sheet=sheet, declared=declared or max(n_tj, 10) + rng.randint(0, 4),
             claim=claim or (n_tj + 10), headline=None, real_tj=n_tj, planted=planted or [])
    M['headline'] = '共话数智转型｜%s成功举办%s' % (A['name'][2:6] if A['name'].startswith('天津') else A['name'][:4], name)
    S.meetings.append(M)
    if not present:
        return M
    fld = '交流会/%02d' % (idx + 1)
    if genre == 'minutes':
        doc(S, lambda r, A=A, M=M, mode=mode, hw=render != 'text': meet_minutes(r, A, M, mode=mode, handw=hw),
            'meeting_record', 'O07', render, None, '会议纪要＋签到表', fld, meeting=name)
    elif genre == 'minutes+sheet':
        doc(S, lambda r, A=A, M=M: meet_minutes(r, A, M, with_sheet=False), 'meeting_record', 'O07', render, None, '会议纪要（无签到表）', fld, meeting=name)
        doc(S, lambda r, A=A, M=M, mode=mode: meet_sheet(r, A, M, mode=mode), 'meeting_record', 'O08', sheet_render, None, '签到表（单独文件）', fld, meeting=name)
    elif genre == 'wechat':
        doc(S, lambda r, A=A, M=M: meet_wechat(r, A, M), 'meeting_record', 'N13', 'png', None, '公众号推文截图', fld, meeting=name)
        doc(S, lambda r, A=A, M=M, mode=mode: meet_sheet(r, A, M, mode=mode), 'meeting_record', 'O08', sheet_render, None, '签到表（单独文件）', fld, meeting=name)
    elif genre == 'notebook':
        doc(S, lambda r, A=A, M=M: meet_notebook(r, A, M), 'meeting_record', 'N14', render, None, '手写会议记录＋签到页', fld, meeting=name)
    elif genre == 'notice+sheet':
        nd = notice_date or when - timedelta(days=rng.randint(7, 20))
        doc(S, lambda r, A=A, M=M, nd=nd: meet_notice(r, A, M, nd), 'meeting_record', 'O07n', 'text', None, '会议通知（会前发出）', fld, meeting=name)
        doc(S, lambda r, A=A, M=M, mode=mode: meet_sheet(r, A, M, mode=mode), 'meeting_record', 'O08', sheet_render, None, '签到表（单独文件）', fld, meeting=name)
    elif genre == 'notice':
        nd = notice_date or when - timedelta(days=rng.randint(7, 20))
        doc(S, lambda r, A=A, M=M, nd=nd: meet_notice(r, A, M, nd), 'meeting_record', 'O07n', render, None, '仅有会议通知，无签到表', fld, meeting=name)
        M['real_tj'] = 0
    return M


def diagnosis(S, idx, when, genre, render='text', has_solution=True, present=True, firm=None, report_delay=None, planted=None):
    rng = S.rng
    e = firm or entity(rng, S.NM, tj=rng.random() < 0.85)
    st, pr, so = diag_texts(rng)
    short = e['name']
    title = {'report': '%s智能制造免费诊断报告', 'slides': '%s数字化转型诊断汇报', 'expert': '%s智能制造诊断专家意见表',
             'energy': '%s能效诊断报告'}[genre] % short
    G = dict(seq=idx + 1, name=e['name'], uscc=e['uscc'], date=when, title=title, status=st, problems=pr, solution=so,
             has_solution=has_solution, industry=rng.choice(IND_C),
             report_date=when + timedelta(days=report_delay if report_delay is not None else rng.randint(2, 12)),
             planted=planted or [], present=present)
    S.diagnoses.append(G)
    if present:
        fn = {'report': diag_report, 'slides': diag_slides, 'expert': diag_expert, 'energy': diag_energy}[genre]
        gid = {'report': 'O09', 'slides': 'N15', 'expert': 'N16', 'energy': 'N17'}[genre]
        doc(S, lambda r, A=S.A, G=G, fn=fn: fn(r, A, G), 'diagnosis_report', gid, render, None,
            '诊断报告' + ('' if has_solution else '（无解决方案）'), '免费诊断', diag=G['name'])
    return G


STD_TOPICS = [('智能工厂设备数据采集接口规范', 'Interface specification for equipment data acquisition in smart factory', '设备数据采集'),
              ('离散制造车间MES与ERP系统集成技术要求', 'Technical requirements for MES-ERP integration in discrete manufacturing', 'MES与ERP系统集成'),
              ('智能制造系统解决方案服务流程规范', 'Service process specification for intelligent manufacturing solutions', '解决方案服务流程'),
              ('工业互联网平台设备接入互联互通测试方法', 'Test methods for device interconnection of industrial internet platform', '设备接入互联互通'),
              ('中小企业数字化改造实施指南', 'Implementation guide for digital transformation of SMEs', '中小企业数字化改造')]


def standard(S, idx, genre, render='text', cat='团体标准', stage='草案', present=True):
    rng = S.rng
    nm, en, topic = STD_TOPICS[idx % len(STD_TOPICS)]
    T = dict(name=nm, en=en, topic=topic, cat=cat, stage=stage, ics=rng.choice(['25.040.01', '35.240.50', '03.100.01']),
             ccs=rng.choice(['CCS J 07', 'CCS L 67', 'CCS A 00']),
             code=('T/TJZZ %03d—2024' % rng.randint(1, 60)) if cat == '团体标准' else ('Q/%s %03d—2024' % (S.A['uscc'][8:12], idx + 1)),
             org='天津市智能制造产业协会', co=[S.NM.company(IND_C) for _ in range(2)], people=[S.NM.person() for _ in range(4)],
             date=rand_date(rng, date(2024, 3, 1), date(2024, 11, 30)), present=present, genre=genre)
    S.standards.append(T)
    if not present:
        return T
    if genre == 'draft':
        doc(S, lambda r, A=S.A, T=T: std_draft(r, A, T), 'standard_draft', 'O10', render, None, '标准征求意见稿', '标准', std=nm)
    elif genre == 'redline':
        doc(S, lambda r, A=S.A, T=T: std_redline(r, A, T), 'standard_draft', 'N18', render, None, '标准草案修订批注稿', '标准', std=nm)
    elif genre == 'proposal':
        doc(S, lambda r, A=S.A, T=T: other_std_proposal(r, A, T), 'other', 'N21', render, None, '标准项目建议书，不是草案', '标准', std=nm)
    return T


# ------------------------------------------------------------------ the three submissions
def dd(y, m, d_):
    return date(y, m, d_)


def cust(S, amount, sign, accept, tj=True, region=None, sme=True, emp=None, rev=None, tj_decl=None, sme_decl=None,
         name=None, style=None, planted=None):
    rng = S.rng
    C = entity(rng, S.NM, name=name, region=region, tj=tj)
    if emp is None:
        emp, rev = (rng.randint(40, 900), rng.randint(800, 38000)) if sme else (rng.randint(1100, 6000), rng.randint(42000, 300000))
    K = make_contract(S, C, amount, sign, accept, style)
    large = emp >= 1000 and Decimal(str(rev)) >= 40000
    c = add_customer(S, C, K, sme_decl if sme_decl is not None else ('否' if large else '是'), emp, rev,
                     tj_decl or ('是' if C['tj'] else '否'), planted)
    c['accept_decl'] = accept
    return c


def P(total, fracs):
    return split_amt(D(total), [Decimal(str(f)) for f in fracs])


def build_clean(S):
    rng = S.rng
    make_applicant(S, '120116')
    attendee_pool(S)
    specs = [(4865000, dd(2023, 11, 8), dd(2024, 4, 19), True), (3120000, dd(2024, 1, 15), dd(2024, 6, 28), True),
             (5288000, dd(2024, 2, 26), dd(2024, 9, 6), True), (2650000, dd(2023, 12, 5), dd(2024, 5, 30), False),
             (1986000, dd(2024, 3, 12), dd(2024, 8, 16), False), (3720000, dd(2024, 4, 2), dd(2024, 10, 25), False),
             (6150000, dd(2023, 9, 20), dd(2024, 3, 29), False), (2413000, dd(2024, 5, 6), dd(2024, 11, 22), False)]
    cs = []
    for i, (amt, sg, ac, tj) in enumerate(specs):
        cs.append(cust(S, amt, sg, ac, tj=tj, sme=(i not in (2, 6)), style=i % 5))
    pay = lambda c, fr: P(c['K']['amount'], fr)
    c = cs[0]; a = pay(c, [0.3, 0.7])
    std_bundle(S, c, [('report', 'scan')], [('ccb', 'scan', a[0], c['K']['sign'] + timedelta(days=9), {}),
                                           ('list', 'png', a[1], c['K']['accept'] + timedelta(days=21), {'memo': '合同%s验收款' % c['K']['no']})],
               ('award', 'text', c['K']['sign'] - timedelta(days=16)))
    doc(S, lambda r, A=S.A, C=c['C'], K=c['K']: other_techreg(r, A, C, K), 'other', 'N19', 'text', c['K']['no'], '技术合同登记证明（非四类证据）', '其他')
    c = cs[1]
    std_bundle(S, c, [('uat', 'text')], [('chain', 'text', c['K']['amount'], c['K']['accept'] + timedelta(days=12), {})],
               ('report', 'scan', c['K']['sign'] - timedelta(days=10)), contract_render='mixed')
    c = cs[2]
    std_bundle(S, c, [('oa', 'png')], [('voucher', 'photo', c['K']['amount'], c['K']['accept'] + timedelta(days=30), {})],
               ('compare', 'text', c['K']['sign'] - timedelta(days=8)), contract_g='keyterms')
    c = cs[3]; a = pay(c, [0.5, 0.5])
    std_bundle(S, c, [('sat', 'scan')], [('batch', 'png', a[0], c['K']['sign'] + timedelta(days=20), {}),
                                        ('ccb', 'text', a[1], c['K']['accept'] + timedelta(days=15), {'memo': '尾款'})],
               ('award', 'photo', c['K']['sign'] - timedelta(days=20)))
    doc(S, lambda r, A=S.A, C=c['C'], K=c['K'], a=a[1], w=c['K']['accept'] + timedelta(days=15): other_receipt(r, A, C, K, a, w),
        'other', 'N20', 'photo', c['K']['no'], '申报单位开具的收款收据（非客户支付证明）', '其他')
    c = cs[4]; a = pay(c, [0.6, 0.4])
    std_bundle(S, c, [('report', 'text')], [('ccb', 'photo', a[0], c['K']['sign'] + timedelta(days=14), {'memo': '预付款'}),
                                           ('ccb', 'text', a[1], c['K']['accept'] + timedelta(days=9), {'memo': '%s款' % c['K']['no']})],
               ('compare', 'scan', c['K']['sign'] - timedelta(days=5)), contract_render='mixed')
    c = cs[5]
    std_bundle(S, c, [('uat', 'scan')], [('list', 'text', c['K']['amount'], c['K']['accept'] + timedelta(days=40), {})],
               ('report', 'text', c['K']['sign'] - timedelta(days=12)), contract_g='keyterms', contract_render='scan')
    c = cs[6]; a = pay(c, [0.5, 0.5])
    std_bundle(S, c, [('oa', 'png')], [('voucher', 'scan', a[0], c['K']['sign'] + timedelta(days=11), {}),
                                      ('chain', 'text', a[1], c['K']['accept'] + timedelta(days=25), {})],
               ('award', 'scan', c['K']['sign'] - timedelta(days=18)))
    c = cs[7]
    std_bundle(S, c, [('sat', 'text')], [('batch', 'png', c['K']['amount'], c['K']['accept'] + timedelta(days=18), {})],
               ('compare', 'photo', c['K']['sign'] - timedelta(days=6)), contract_g='keyterms')
    supplier(S, sub_g='processing', amount=386000, sign=dd(2024, 3, 18), render='scan')
    supplier(S, sub_g='software', amount=1250000, sign=dd(2024, 5, 9), render='text')
    supplier(S, sub_g='general', amount=642000, sign=dd(2024, 7, 22), render='mixed')
    plan = [('minutes', 'text', 'code'), ('minutes', 'scan', 'code'), ('minutes+sheet', 'text', 'addr'), ('wechat', 'png', 'code'),
            ('notebook', 'scan', 'code'), ('notice+sheet', 'text', 'addr'), ('minutes', 'text', 'addr'), ('wechat', 'png', 'addr'),
            ('notebook', 'scan', 'code'), ('minutes', 'scan', 'addr')]
    for i, (g, r, mode) in enumerate(plan):
        when = workday(dd(2024, 1 + i + (1 if i > 5 else 0), rng.randint(8, 24)))
        meeting(S, i, when, n_tj=rng.randint(11, 16), n_out=rng.randint(1, 3), host_signs=rng.random() < 0.4, genre=g, mode=mode,
                render=r, sheet_render=rng.choice(['scan', 'photo', 'text']))
    gens = ['report', 'slides', 'expert', 'energy']
    for i in range(31):
        g = gens[i % 4]
        r = rng.choice(['text', 'text', 'text', 'scan', 'photo']) if g in ('expert', 'report', 'energy') else rng.choice(['text', 'text', 'scan'])
        if g == 'report' and r == 'photo':
            r = 'scan'
        diagnosis(S, i, workday(rand_date(rng, dd(2024, 1, 8), dd(2024, 12, 13))), g, r)
    standard(S, 0, 'draft', 'text')
    standard(S, 1, 'redline', 'scan', cat='企业标准')
    standard(S, 2, 'draft', 'text')


def build_gaps(S):
    rng = S.rng
    make_applicant(S, '120111')
    attendee_pool(S)
    g1 = cust(S, 4200000, dd(2024, 1, 22), dd(2024, 7, 5), tj=True, style=0)
    g8 = cust(S, 3100000, dd(2023, 10, 16), dd(2024, 4, 11), tj=True, style=1)
    g9 = cust(S, 2600000, dd(2024, 2, 5), dd(2024, 9, 20), tj=False, emp=210, rev=8600, sme_decl='否', style=2,
              planted=['sme_misclassified'])
    g2 = cust(S, 2880000, dd(2024, 3, 1), dd(2024, 8, 30), tj=True, style=3, planted=['missing_payment_proof'])
    g3 = cust(S, 3450000, dd(2024, 2, 19), dd(2024, 10, 18), tj=False, style=4, planted=['acceptance_not_passed'])
    g4 = cust(S, 1960000, dd(2024, 5, 13), dd(2024, 12, 27), tj=False, style=0, planted=['date_out_of_period'])
    g4['K']['accept'] = dd(2025, 1, 8)
    g5 = cust(S, 5100000, dd(2023, 12, 20), dd(2024, 6, 14), tj=False, style=1,
              planted=['amount_mismatch', 'missing_procurement_proof'])
    g6 = cust(S, 2230000, dd(2024, 4, 8), dd(2024, 11, 8), tj=True, style=2, planted=['invalid_uscc', 'duplicate_evidence'])
    bad = break_uscc(g6['C']['uscc'])
    g6['C']['uscc'] = bad
    g6['uscc_decl'] = bad
    g7 = cust(S, 2750000, dd(2024, 1, 30), dd(2024, 7, 26), tj=False, style=3, planted=['party_mismatch'])
    sub = dict(entity(rng, S.NM, tj=False, region=g7['C']['region']), contact=S.NM.person())
    sub['name'] = g7['C']['name'].replace('有限公司', '').replace('股份', '')[:6] + '信息技术有限公司'
    c = g1; a = P(c['K']['amount'], [0.4, 0.6])
    std_bundle(S, c, [('report', 'text')], [('ccb', 'scan', a[0], c['K']['sign'] + timedelta(days=7), {}),
                                           ('list', 'png', a[1], c['K']['accept'] + timedelta(days=14), {'memo': '%s验收款' % c['K']['no']})],
               ('award', 'text', c['K']['sign'] - timedelta(days=15)))
    c = g8
    std_bundle(S, c, [('sat', 'scan')], [('voucher', 'photo', c['K']['amount'], c['K']['accept'] + timedelta(days=20), {})],
               ('report', 'text', c['K']['sign'] - timedelta(days=9)), contract_g='keyterms')
    c = g9
    std_bundle(S, c, [('oa', 'png')], [('chain', 'text', c['K']['amount'], c['K']['accept'] + timedelta(days=10), {})],
               ('compare', 'scan', c['K']['sign'] - timedelta(days=7)), contract_render='mixed')
    c = g2
    std_bundle(S, c, [('uat', 'text')], [], ('award', 'scan', c['K']['sign'] - timedelta(days=12)))
    c = g3
    std_bundle(S, c, [('rectify', 'photo', c['K']['accept'])], [('batch', 'png', D(c['K']['amount'] * Decimal('0.3')),
                                                                  c['K']['sign'] + timedelta(days=10), {})],
               ('compare', 'text', c['K']['sign'] - timedelta(days=4)), contract_g='keyterms')
    # g3 paid only the advance: the payment sum also differs -> amount_mismatch is a consequence
    g3['planted'].append('amount_mismatch')
    c = g4
    std_bundle(S, c, [('report', 'scan')], [('ccb', 'text', c['K']['amount'], dd(2025, 1, 20), {'memo': '合同款'})],
               ('report', 'text', c['K']['sign'] - timedelta(days=11)))
    c = g5; a = P(c['K']['amount'], [0.3, 0.6, 0.1])
    std_bundle(S, c, [('uat', 'scan')], [('list', 'text', a[0], c['K']['sign'] + timedelta(days=12), {'memo': '预付款'}),
                                        ('ccb', 'scan', a[1], c['K']['accept'] + timedelta(days=16), {'memo': '验收款'})], None)
    c = g6
    std_bundle(S, c, [('report', 'text')], [('voucher', 'scan', c['K']['amount'], c['K']['accept'] + timedelta(days=21), {})],
               ('award', 'text', c['K']['sign'] - timedelta(days=14)), dup_pay=True)
    c = g7; a = P(c['K']['amount'], [0.5, 0.5])
    std_bundle(S, c, [('uat', 'text', sub)], [('ccb', 'text', a[0], c['K']['sign'] + timedelta(days=8), {}),
                                             ('chain', 'scan', a[1], c['K']['accept'] + timedelta(days=30), {})],
               ('compare', 'text', c['K']['sign'] - timedelta(days=6)))
    supplier(S, sub_g='general', amount=512000, sign=dd(2024, 4, 16), render='text')
    supplier(S, sub_g='processing', amount=438000, sign=dd(2024, 6, 3), render='scan', present=False,
             planted=['missing_subcontract'])
    supplier(S, sub_g='software', amount=965000, sign=dd(2024, 8, 12), render='scan', doc_amount=865000,
             planted=['amount_mismatch'])
    plan = [('minutes', 'text', 'code', {}), ('wechat', 'png', 'addr', {}), ('minutes', 'scan', 'code', {'present': False, 'planted': ['missing_meeting_record']}),
            ('notebook', 'scan', 'code', {}), ('minutes+sheet', 'text', 'addr', {}),
            ('minutes', 'text', 'code', {'when': dd(2023, 12, 22), 'planted': ['date_out_of_period']}),
            ('notice+sheet', 'text', 'code', {}), ('notice', 'text', 'code', {'planted': ['meeting_attendance_below_threshold']}),
            ('minutes', 'scan', 'addr', {'n_tj': 7, 'planted': ['meeting_attendance_below_threshold']}), ('wechat', 'png', 'code', {})]
    for i, (g, r, mode, kw) in enumerate(plan):
        when = kw.pop('when', workday(dd(2024, 2 + i, rng.randint(6, 24))))
        n_tj = kw.pop('n_tj', rng.randint(11, 15))
        meeting(S, i, when, n_tj=n_tj, n_out=rng.randint(1, 3), host_signs=rng.random() < 0.4, genre=g, mode=mode, render=r,
                sheet_render=rng.choice(['scan', 'photo', 'text']), **kw)
    gens = ['energy', 'report', 'expert', 'slides']
    for i in range(32):
        g = gens[i % 4]
        r = rng.choice(['text', 'scan', 'photo']) if g == 'expert' else rng.choice(['text', 'text', 'text', 'scan'])
        kw = {}
        when = workday(rand_date(rng, dd(2024, 1, 10), dd(2024, 12, 10)))
        if i in (5, 17):
            kw = dict(present=False, planted=['missing_diagnosis_report'])
        elif i == 9:
            g = 'report'
            kw = dict(has_solution=False, planted=['diagnosis_without_solution'])
        elif i == 22:
            when = dd(2025, 1, 15)
            kw = dict(planted=['date_out_of_period'])
        diagnosis(S, i, when, g, r, **kw)
    standard(S, 0, 'draft', 'scan')
    standard(S, 1, 'redline', 'text', cat='企业标准')
    standard(S, 3, 'draft', 'text', present=False)
    S.corrupt_from = 0


def build_tricky(S):
    rng = S.rng
    make_applicant(S, '120113')
    attendee_pool(S)
    parent = S.NM.company(IND_C, tj=False).replace('有限公司', '').replace('股份', '').replace('有限责任公司', '')
    t1 = cust(S, 3126500, dd(2023, 11, 20), dd(2024, 3, 15), region='120116', name=parent + '股份有限公司天津分公司',
              emp=160, rev=9800, style=1)
    t2 = cust(S, 2473500, dd(2024, 1, 10), dd(2024, 9, 13), tj=True, emp=420, rev=15600, style=0)
    t3 = cust(S, 3360000, dd(2024, 2, 2), dd(2024, 8, 9), region='110108', emp=260, rev=7200, tj_decl='是', style=2,
              planted=['not_tianjin'])
    t4 = cust(S, 2240000, dd(2024, 3, 4), dd(2024, 10, 11), region='370202', emp=300, rev=12000, style=3,
              planted=['party_mismatch'])
    t5 = cust(S, 2850000, dd(2024, 2, 20), dd(2024, 7, 19), region='130203', emp=1000, rev=40000, sme_decl='是', style=4,
              planted=['sme_misclassified'])
    b = ''.join(rng.sample(BRAND, 2))
    t6 = cust(S, 1980000, dd(2024, 6, 3), dd(2024, 12, 31), region='120114', emp=1500, rev=Decimal('39999.99'), sme_decl='是',
              name=b + '（天津）智能装备有限公司', style=0)
    t6['halfwidth_in_workbook'] = True
    t7 = cust(S, 2000000, dd(2024, 4, 22), dd(2024, 11, 1), region='131002', emp=95, rev=3100, style=1)
    t8 = cust(S, 2570000, dd(2023, 9, 5), dd(2024, 1, 2), region='130602', emp=230, rev=6400, style=2)
    grp = entity(rng, S.NM, tj=False, region='370202')
    grp['name'] = t4['C']['name'].replace('有限公司', '').replace('股份', '')[:-2][:6] + '集团有限公司'
    c = t1
    std_bundle(S, c, [('sat', 'text')], [('list', 'png', c['K']['amount'], c['K']['accept'] + timedelta(days=26),
                                         {'memo': '%s项目结算款' % c['K']['no'], 'bank': '渤海银行'})],
               ('report', 'scan', c['K']['sign'] - timedelta(days=13)), contract_render='mixed')
    c = t2; a = P(c['K']['amount'], [0.3, 0.7])
    std_bundle(S, c, [('rectify', 'scan', dd(2024, 6, 21)), ('report', 'text')],
               [('voucher', 'scan', a[0], c['K']['sign'] + timedelta(days=10), {}),
                ('ccb', 'photo', a[1], c['K']['accept'] + timedelta(days=18), {'memo': '验收款'})],
               ('award', 'text', c['K']['sign'] - timedelta(days=21)))
    doc(S, lambda r, A=S.A, C=c['C'], K=c['K']: other_techreg(r, A, C, K), 'other', 'N19', 'scan', c['K']['no'],
        '技术合同登记证明：技术交易额与成交总额不同（非四类证据）', '其他')
    c = t3
    std_bundle(S, c, [('uat', 'text')], [('chain', 'text', c['K']['amount'], c['K']['accept'] + timedelta(days=15), {})],
               ('compare', 'text', c['K']['sign'] - timedelta(days=6)), contract_g='keyterms')
    c = t4
    std_bundle(S, c, [('oa', 'png')], [('ccb', 'scan', c['K']['amount'], c['K']['accept'] + timedelta(days=12),
                                       {'payer': grp, 'memo': '代%s支付%s合同款' % (c['C']['name'], c['K']['no'])})],
               ('award', 'scan', c['K']['sign'] - timedelta(days=17)))
    c = t5
    std_bundle(S, c, [('report', 'scan')], [('batch', 'png', c['K']['amount'], c['K']['accept'] + timedelta(days=33), {})],
               ('compare', 'photo', c['K']['sign'] - timedelta(days=9)), folder='财务凭证')
    c = t6; a = P(c['K']['amount'], [0.5, 0.5])
    std_bundle(S, c, [('uat', 'scan')], [('chain', 'text', a[0], c['K']['sign'] + timedelta(days=30), {}),
                                        ('voucher', 'photo', a[1], dd(2024, 12, 31), {})],
               ('report', 'text', c['K']['sign'] - timedelta(days=8)), contract_g='keyterms')
    c = t7
    std_bundle(S, c, [('oa', 'png')], [('ccb', 'text', D(1190000), c['K']['sign'] + timedelta(days=12), {'memo': '首付款'}),
                                      ('list', 'scan', D(800000), c['K']['accept'] + timedelta(days=20),
                                       {'memo': '%s尾款（扣除质量扣款1万元）' % c['K']['no']})],
               ('award', 'text', c['K']['sign'] - timedelta(days=19)))
    doc(S, lambda r, A=S.A, C=c['C'], K=c['K']: other_receipt(r, A, C, K, D(800000), c['K']['accept'] + timedelta(days=20)),
        'other', 'N20', 'photo', c['K']['no'], '申报单位收款收据（非客户支付证明）', '其他')
    c = t8
    std_bundle(S, c, [('sat', 'scan')], [('voucher', 'text', c['K']['amount'], dd(2024, 1, 19), {})],
               ('compare', 'text', c['K']['sign'] - timedelta(days=10)), invert=True)
    supplier(S, sub_g='processing', amount=412000, sign=dd(2024, 3, 26), render='photo')
    supplier(S, sub_g='software', amount=736000, sign=dd(2024, 1, 2), render='text')
    supplier(S, region='131002', sub_g='general', amount=558000, sign=dd(2024, 5, 17), render='scan',
             planted=['subcontractor_not_tianjin'])
    plan = [('notice+sheet', 'text', 'code', dict(when=dd(2024, 1, 10), notice_date=dd(2023, 12, 18), n_tj=12)),
            ('minutes', 'text', 'addr', {}), ('wechat', 'png', 'code', {}), ('notebook', 'scan', 'code', {}),
            ('minutes', 'scan', 'code', dict(n_tj=10, host=True, n_out=2)), ('minutes+sheet', 'text', 'addr', {}),
            ('minutes', 'text', 'code', dict(n_tj=11, dup=2)), ('wechat', 'png', 'addr', {}), ('minutes', 'scan', 'addr', dict(when=dd(2024, 12, 27))),
            ('notebook', 'scan', 'code', {}),
            ('wechat', 'png', 'code', dict(n_tj=9, dup=1, host=True, n_out=2, claim=30, declared=32,
                                           planted=['meeting_attendance_below_threshold']))]
    for i, (g, r, mode, kw) in enumerate(plan):
        when = kw.pop('when', workday(dd(2024, 1 + i, rng.randint(8, 22))))
        n_tj = kw.pop('n_tj', rng.randint(11, 14))
        host = kw.pop('host', rng.random() < 0.4)
        n_out = kw.pop('n_out', rng.randint(1, 3))
        meeting(S, i, when, n_tj=n_tj, n_out=n_out, host_signs=host, genre=g, mode=mode, render=r,
                sheet_render=rng.choice(['scan', 'photo', 'text']), **kw)
    gens = ['slides', 'expert', 'report', 'energy']
    for i in range(31):
        g = gens[i % 4]
        r = rng.choice(['text', 'scan', 'photo']) if g == 'expert' else rng.choice(['text', 'text', 'text', 'scan'])
        when = workday(rand_date(rng, dd(2024, 1, 10), dd(2024, 12, 10)))
        kw = {}
        if i == 0:
            when = dd(2024, 1, 2)
        if i == 11:
            g, when, kw = 'report', dd(2024, 12, 30), dict(report_delay=7)
        if i == 30:
            g, kw = 'report', dict(has_solution=False, planted=['diagnosis_without_solution'])
        diagnosis(S, i, when, g, r, **kw)
    standard(S, 0, 'draft', 'text')
    standard(S, 1, 'redline', 'photo', cat='企业标准')
    standard(S, 2, 'draft', 'scan')
    standard(S, 4, 'proposal', 'text')


# ------------------------------------------------------------------ rendering, files, workbook, truth
def norm_name(s):
    if s is None:
        return None
    return s.replace('(', '（').replace(')', '）').replace(' ', '').replace('\u3000', '')


def in_period(d):
    return d is not None and P0 <= d <= P1


def fname(rng, render, n):
    m, dday = rng.randint(1, 12), rng.randint(1, 28)
    if render == 'photo':
        return rng.choice(['IMG_2024%02d%02d_%02d%02d%02d.jpg' % (m, dday, rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59)),
                           'mmexport%d.jpg' % rng.randint(1700000000000, 1735000000000)])
    if render == 'png':
        return rng.choice(['微信图片_2024%02d%02d%02d%02d%02d.png' % (m, dday, rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59)),
                           'Screenshot_2024-%02d-%02d-%02d-%02d-%02d.png' % (m, dday, rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59)),
                           '截图%d.png' % n])
    if render in ('scan', 'scan_gray'):
        return rng.choice(['扫描件%d.pdf' % n, 'scan_%04d.pdf' % rng.randint(1, 9999),
                           '扫描全能王 2024-%02d-%02d %02d.%02d.pdf' % (m, dday, rng.randint(8, 20), rng.randint(0, 59))])
    return rng.choice(['附件%d.pdf' % n, 'doc%03d.pdf' % n, '%06d.pdf' % rng.randint(0, 999999), '新建文件 (%d).pdf' % n])


def render_doc(d, rng):
    pdf, fields = d['fn'](rng)
    r = d['render']
    npages = len(pdfium.PdfDocument(pdf))
    if r == 'photo' and npages > 1:
        r = 'scan'
    if r == 'text':
        return pdf, fields, 'text', '.pdf', npages
    if r == 'scan':
        return to_scan_pdf(pdf, rng, gray=rng.random() < 0.35), fields, 'scan', '.pdf', npages
    if r == 'photo':
        return to_photo_jpg(pdf, rng), fields, 'photo', '.jpg', npages
    if r == 'png':
        return to_png(pdf), fields, 'scan', '.png', npages
    if r == 'mixed':
        if npages < 2:
            return to_scan_pdf(pdf, rng), fields, 'scan', '.pdf', npages
        return to_mixed(pdf, rng, {npages - 1}), fields, 'mixed', '.pdf', npages
    raise ValueError(r)


def emit(S, outdir):
    rng = S.rng
    root = os.path.join(outdir, S.key)
    sub = os.path.join(root, 'submission')
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(sub)
    docs_truth = []
    used = set()
    n = 0
    order = list(range(len(S.docs)))
    for i in order:
        d = S.docs[i]
        n += 1
        data, fields, rend, ext, npages = render_doc(d, rng)
        d['fields'], d['rendering'], d['bytes'] = fields, rend, data
        name = fname(rng, 'png' if ext == '.png' else rend, n)
        name = os.path.splitext(name)[0] + ext
        rel = (d['folder'] + '/' if d['folder'] else '') + name
        while rel in used:
            rel = os.path.splitext(rel)[0] + '_%d' % n + ext
        used.add(rel)
        d['path'] = rel
        copies = [rel]
        if d.get('dup'):
            rel2 = '补充材料/' + fname(rng, rend, n + 500)
            rel2 = os.path.splitext(rel2)[0] + ext
            copies.append(rel2)
            used.add(rel2)
        for k, rp in enumerate(copies):
            fp = os.path.join(sub, rp)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, 'wb') as fh:
                fh.write(data)
            docs_truth.append(dict(path=rp, doc_type=d['doc_type'], rendering=rend, contract_no=d['contract_no'],
                                   sha256=hashlib.sha256(data).hexdigest(), note=d['note'] + ('（重复上传）' if k else ''),
                                   fields=fields, genre=d['genre'], pages=npages))
    corrupt = None
    if getattr(S, 'corrupt_from', None) is not None:
        src = next(x for x in S.docs if x['rendering'] == 'text' and x['doc_type'] == 'payment_proof')
        data = src['bytes'][:int(len(src['bytes']) * 0.37)]
        rp = '用户材料/补传/付款凭证（重新导出）.pdf'
        fp = os.path.join(sub, rp)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as fh:
            fh.write(data)
        corrupt = rp
        docs_truth.append(dict(path=rp, doc_type='other', rendering='corrupt', contract_no=None,
                               sha256=hashlib.sha256(data).hexdigest(), note='截断的PDF，无法打开', fields=F(),
                               genre='corrupt', pages=0))
    write_workbook(S, os.path.join(sub, '申报信息.xlsx'))
    truth = compute_truth(S, docs_truth, corrupt)
    with open(os.path.join(root, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth


def wb_date(rng, d, style):
    if style == 0:
        return datetime(d.year, d.month, d.day)
    return {1: d_cn(d), 2: d_dot(d), 3: d_slash(d)}[style]


def write_workbook(S, path):
    rng = random.Random(hash(S.key) % 1000 if False else len(S.key) * 7919)
    wb = openpyxl.Workbook()
    wb.properties.created = datetime(2025, 1, 20, 9, 0, 0)
    wb.properties.modified = datetime(2025, 1, 20, 9, 0, 0)
    wb.properties.creator = 'applicant'

    def sheet(ws, title, headers, rows, widths=None):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.cell(1, 1, title).font = Font(bold=True, size=13)
        ws.cell(1, 1).alignment = Alignment(horizontal='center')
        for j, h in enumerate(headers, 1):
            ws.cell(2, j, h).font = Font(bold=True)
        for i, r in enumerate(rows, 3):
            for j, v in enumerate(r, 1):
                c = ws.cell(i, j, v)
                if isinstance(v, datetime):
                    c.number_format = 'yyyy-mm-dd'
        for j in range(len(headers)):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = (widths or {}).get(j, 18)

    A = S.A
    ws = wb.active
    ws.title = '申报单位'
    sheet(ws, '申报单位基本信息', ['项目', '内容'],
          [['单位名称', A['name']], ['统一社会信用代码', A['uscc']], ['注册地址', A['addr']],
           ['申报方向', rng.choice(['智能生产线解决方案', '设备智能运维解决方案', '质量综合管控解决方案'])],
           ['服务行业', rng.choice(['汽车及关键零部件', '工业母机和机器人', '食品', '医药', '基础零部件'])], ['阶段', '考核']],
          {0: 20, 1: 50})
    amt_h = '合同金额(万元)' if S.key == 'tricky' else '合同金额（万元）'
    rev_h = '营业收入(万元)' if S.key == 'clean' else '营业收入（万元）'
    rows = []
    for i, c in enumerate(S.customers, 1):
        C, K = c['C'], c['K']
        name = C['name'].replace('（', '(').replace('）', ')') if c.get('halfwidth_in_workbook') else C['name']
        amt = float(wan(K['amount']))
        if i == 3:
            amt = wan(K['amount'], 2)  # text amount
        rev = float(c['rev'])
        if i == 1 and c['rev'] >= 1000:
            rev = '{:,}'.format(c['rev']).rstrip('0').rstrip('.') if '.' in str(c['rev']) else '{:,}'.format(int(c['rev']))
        rows.append([i, name, c['uscc_decl'], K['no'], K['name'], amt, wb_date(rng, K['sign'], i % 4),
                     wb_date(rng, c['accept_decl'], (i + 1) % 4), c['sme_decl'], c['emp'], rev, c['tj_decl']])
    if S.key == 'tricky':
        rows.append(['合计', None, None, None, None, float(wan(sum(c['K']['amount'] for c in S.customers))), None, None, None, None, None, None])
    ws = wb.create_sheet('服务用户清单')
    sheet(ws, '考核期服务用户清单（2024年1月1日—2024年12月31日）',
          ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', amt_h, '签订日期', '验收日期', '是否中小企业', '从业人员',
           rev_h, '是否天津企业'], rows, {1: 36, 2: 22, 4: 28})
    ws = wb.create_sheet('标准草案')
    sheet(ws, '标准草案清单', ['序号', '标准名称', '标准类别', '阶段'],
          [[i, T['name'], T['cat'], T['stage']] for i, T in enumerate(S.standards, 1)], {1: 44})
    sub_h = '分包金额(万元)' if S.key == 'gaps' else '分包金额（万元）'
    ws = wb.create_sheet('本地配套供应商')
    sheet(ws, '天津本地化配套供应商', ['序号', '供应商名称', '统一社会信用代码', '分包合同编号', '分包合同名称', sub_h, '签订日期'],
          [[i, r['S']['name'], r['S']['uscc'], r['K']['no'], r['K']['name'], float(wan(r['decl_amount'])),
            wb_date(rng, r['K']['sign'], i % 3)] for i, r in enumerate(S.suppliers, 1)], {1: 36})
    ws = wb.create_sheet('经验交流会')
    sheet(ws, '经验交流会', ['序号', '会议名称', '日期', '地点', '参会天津企业数量'],
          [[i, M['name'], wb_date(rng, M['date'], i % 2), M['place'], M['declared']] for i, M in enumerate(S.meetings, 1)],
          {1: 44, 3: 36})
    ws = wb.create_sheet('免费诊断')
    sheet(ws, '免费诊断客户清单', ['序号', '客户名称', '统一社会信用代码', '诊断日期', '诊断报告名称'],
          [[i, G['name'], G['uscc'], wb_date(rng, G['date'], i % 4 if i % 4 != 3 else 0), G['title']]
           for i, G in enumerate(S.diagnoses, 1)], {1: 36, 4: 50})
    buf = io.BytesIO()
    wb.save(path)


def sme_true(emp, rev):
    return not (emp >= 1000 and Decimal(str(rev)) >= 40000)


def off(a, b):
    return abs(Decimal(a) - Decimal(b)) > Decimal(b) * Decimal('0.005')


def gap(kind, req, contract_no=None, customer=None, supplier=None, meeting=None, **kw):
    g = dict(kind=kind, requirement=req, contract_no=contract_no, customer=customer, supplier=supplier, meeting=meeting)
    g.update(kw)
    return g


def compute_truth(S, docs, corrupt):
    A = S.A
    gaps = []
    contracts_out = []
    verified = []
    for i, c in enumerate(S.customers, 1):
        C, K = c['C'], c['K']
        decl_name = C['name'].replace('（', '(').replace('）', ')') if c.get('halfwidth_in_workbook') else C['name']
        mine = [d for d in docs if d['contract_no'] == K['no'] and d['rendering'] != 'corrupt']
        by = lambda t: [d for d in mine if d['doc_type'] == t]
        g = []
        for t, kind in (('acceptance_report', 'missing_acceptance_report'), ('payment_proof', 'missing_payment_proof'),
                        ('procurement_proof', 'missing_procurement_proof')):
            if not by(t):
                g.append(kind)
        amt_bad = any(d['fields']['amount_yuan'] and off(d['fields']['amount_yuan'], K['amount'])
                      for d in by('contract') + by('procurement_proof') + by('acceptance_report'))
        pays = {d['sha256']: d for d in by('payment_proof')}
        if pays and off(sum(Decimal(d['fields']['amount_yuan']) for d in pays.values()), K['amount']):
            amt_bad = True
        if amt_bad:
            g.append('amount_mismatch')
        acc = by('acceptance_report')
        if acc:
            if any(not in_period(date.fromisoformat(d['fields']['date'])) for d in acc if d['fields']['date']):
                g.append('date_out_of_period')
            if not any(d['fields']['result'] == 'passed' for d in acc):
                g.append('acceptance_not_passed')
        elif not in_period(c['accept_decl']):
            g.append('date_out_of_period')
        cn = norm_name(C['name'])
        pm = any(norm_name(d['fields']['payer']) != cn or norm_name(d['fields']['payee']) != norm_name(A['name'])
                 for d in by('payment_proof')) or \
            any(norm_name(d['fields']['customer']) != cn for d in acc + by('contract'))
        if pm:
            g.append('party_mismatch')
        shas = [d['sha256'] for d in mine]
        if len(shas) != len(set(shas)):
            g.append('duplicate_evidence')
        if not uscc_valid(c['uscc_decl']):
            g.append('invalid_uscc')
        really_tj = C['uscc'][2:4] == '12' and C['addr'].startswith('天津市')
        if c['tj_decl'] == '是' and not really_tj:
            g.append('not_tianjin')
        is_sme = sme_true(c['emp'], c['rev'])
        if (c['sme_decl'] == '是') != is_sme:
            g.append('sme_misclassified')
        for kind in g:
            gaps.append(gap(kind, 'A-sme' if kind == 'sme_misclassified' else 'A-customers', K['no'], decl_name))
        ok = all(k == 'sme_misclassified' for k in g)
        if ok:
            verified.append(dict(name=norm_name(C['name']), amount=K['amount'], tj=c['tj_decl'] == '是' and really_tj, sme=is_sme))
        contracts_out.append(dict(seq=i, contract_no=K['no'], customer=decl_name, customer_uscc=c['uscc_decl'],
                                  amount_yuan=plain(K['amount']), planted=c['planted'], sign_date=K['sign'].isoformat(),
                                  accept_date_declared=c['accept_decl'].isoformat(), sme_declared=c['sme_decl'],
                                  sme_by_thresholds=is_sme, employees=c['emp'], revenue_wan=str(c['rev']),
                                  tianjin_declared=c['tj_decl'], tianjin_really=really_tj,
                                  customer_address=C['addr'], verified=ok, gaps=g))
    if corrupt:
        gaps.append(gap('unreadable_document', 'A-customers', file=corrupt))
    # suppliers
    sup_out, sup_ok = [], set()
    for r in S.suppliers:
        Sp, K = r['S'], r['K']
        mine = [d for d in docs if d['doc_type'] == 'subcontract' and d['contract_no'] == K['no']]
        g = []
        if not (Sp['uscc'][2:4] == '12' and Sp['addr'].startswith('天津市')):
            g.append('subcontractor_not_tianjin')
        if not mine:
            g.append('missing_subcontract')
        else:
            f = mine[0]['fields']
            if not in_period(date.fromisoformat(f['date'])):
                g.append('date_out_of_period')
            src = next(x for x in S.docs if x.get('path') == mine[0]['path'])
            if norm_name(f['customer']) != norm_name(A['name']):
                g.append('party_mismatch')
            if off(f['amount_yuan'], r['decl_amount']):
                g.append('amount_mismatch')
        for kind in g:
            gaps.append(gap(kind, 'A-local-suppliers', K['no'], supplier=Sp['name']))
        if not g:
            sup_ok.add(Sp['name'])
        sup_out.append(dict(name=Sp['name'], uscc=Sp['uscc'], address=Sp['addr'], contract_no=K['no'],
                            amount_yuan=plain(r['decl_amount']), sign_date=K['sign'].isoformat(), planted=r['planted'], gaps=g))
    # meetings
    met_out, met_ok = [], 0
    for M in S.meetings:
        mine = [d for d in docs if d['doc_type'] == 'meeting_record' and S.docs_by_path[d['path']].get('meeting') == M['name']]
        g = []
        host = norm_name(A['name'])
        has_sheet = any(S.docs_by_path[d['path']]['genre'] in ('O07', 'O08', 'N14') and
                        not ('无签到表' in S.docs_by_path[d['path']]['note']) for d in mine)
        tj_set = set()
        if has_sheet:
            for e in M['sheet']:
                if norm_name(e['name']) == host:
                    continue
                if e['uscc'][2:4] == '12' or e['addr'].startswith('天津市'):
                    tj_set.add(norm_name(e['name']))
        if not mine:
            g.append('missing_meeting_record')
        else:
            if not in_period(M['date']):
                g.append('date_out_of_period')
            if len(tj_set) < 10:
                g.append('meeting_attendance_below_threshold')
        for kind in g:
            gaps.append(gap(kind, 'A-meetings', meeting=M['name']))
        if not g:
            met_ok += 1
        met_out.append(dict(name=M['name'], date=M['date'].isoformat(), place=M['place'], declared_tianjin=M['declared'],
                            tianjin_on_sheet=len(tj_set) if mine else 0, sheet_rows=len(M['sheet']) if has_sheet else 0,
                            host_on_sheet=any(norm_name(e['name']) == host for e in M['sheet']) if has_sheet else False,
                            planted=M['planted'], gaps=g))
    # diagnoses
    dia_out, dia_ok = [], set()
    for G in S.diagnoses:
        g = []
        if not G['present']:
            g.append('missing_diagnosis_report')
        else:
            if not G['has_solution']:
                g.append('diagnosis_without_solution')
            if not in_period(G['date']):
                g.append('date_out_of_period')
        for kind in g:
            gaps.append(gap(kind, 'A-diagnoses', customer=G['name']))
        if not g:
            dia_ok.add(norm_name(G['name']))
        dia_out.append(dict(customer=G['name'], uscc=G['uscc'], date=G['date'].isoformat(), title=G['title'],
                            has_solution=G['has_solution'], report_uploaded=G['present'], planted=G['planted'], gaps=g))
    # standards
    std_out, std_ok = [], 0
    for T in S.standards:
        has = any(d['doc_type'] == 'standard_draft' and S.docs_by_path[d['path']].get('std') == T['name'] for d in docs)
        if has:
            std_ok += 1
        else:
            gaps.append(gap('missing_standard_document', 'A-standards', standard=T['name']))
        std_out.append(dict(name=T['name'], category=T['cat'], stage=T['stage'], draft_uploaded=has))
    # thresholds
    names = {}
    for v in verified:
        names.setdefault(v['name'], v)
    total = sum((v['amount'] for v in verified), Decimal('0.00'))
    n_cust = len(names)
    n_tj = len({v['name'] for v in verified if v['tj']})
    n_sme = len({v['name'] for v in verified if v['sme']})
    req = {}
    applicant_tj = A['uscc'][2:4] == '12' and A['addr'].startswith('天津市')
    if not applicant_tj:
        gaps.append(gap('applicant_not_tianjin', 'E-tianjin'))
    req['E-tianjin'] = 'met' if applicant_tj else 'not_met'
    req['A-local-suppliers'] = 'met' if len(sup_ok) >= 2 else 'not_met'
    if len(sup_ok) < 2:
        gaps.append(gap('local_supplier_count_below_threshold', 'A-local-suppliers'))
    req['A-meetings'] = 'met' if met_ok >= 10 else 'not_met'
    if met_ok < 10:
        gaps.append(gap('meeting_count_below_threshold', 'A-meetings'))
    req['A-diagnoses'] = 'met' if len(dia_ok) >= 30 else 'not_met'
    if len(dia_ok) < 30:
        gaps.append(gap('diagnosis_count_below_threshold', 'A-diagnoses'))
    cust_fail = False
    if n_cust < 6:
        gaps.append(gap('customer_count_below_threshold', 'A-customers'))
        cust_fail = True
    if total < Decimal('15000000'):
        gaps.append(gap('total_below_threshold', 'A-customers'))
        cust_fail = True
    if n_tj < 2:
        gaps.append(gap('tianjin_customer_count_below_threshold', 'A-customers'))
        cust_fail = True
    req['A-customers'] = 'not_met' if cust_fail else 'met'
    req['A-standards'] = 'met' if std_ok >= 3 else 'not_met'
    if std_ok < 3:
        gaps.append(gap('standards_below_threshold', 'A-standards'))
    req['A-sme'] = 'met' if n_sme >= 5 else 'not_met'
    if n_sme < 5:
        gaps.append(gap('sme_count_below_threshold', 'A-sme'))
    passed = all(v == 'met' for v in req.values())
    order = ['E-tianjin', 'A-local-suppliers', 'A-meetings', 'A-diagnoses', 'A-customers', 'A-standards', 'A-sme']
    return dict(submission=S.key, author='author5', cycle='assessment', phase='考核', period=['2024-01-01', '2024-12-31'],
                applicant=dict(name=A['name'], uscc=A['uscc'], address=A['addr']),
                assessment_passed=passed, award_tier_wan=None, accepted_total_yuan=plain(total),
                requirements={k: req[k] for k in order}, gaps=gaps,
                verified_contracts=[c['contract_no'] for c in contracts_out if c['verified']],
                verified_customer_count=n_cust, verified_tianjin_customer_count=n_tj, verified_sme_customer_count=n_sme,
                verified_local_suppliers=len(sup_ok), qualifying_meetings=met_ok,
                diagnosed_customers_with_solution=len(dia_ok), standards_with_document=std_ok,
                contracts=contracts_out, suppliers=sup_out, meetings=met_out, diagnoses=dia_out, standards=std_out,
                documents=docs)


BUILDERS = [('clean', build_clean), ('gaps', build_gaps), ('tricky', build_tricky)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='data')
    ap.add_argument('--seed', type=int, default=5)
    ap.add_argument('--only', default=None)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for k, (key, fn) in enumerate(BUILDERS):
        if a.only and key != a.only:
            continue
        S = Sub(key, random.Random(a.seed * 1000 + k))
        fn(S)
        # render inside emit; map doc paths after rendering
        S.docs_by_path = {}
        orig_emit_docs = S.docs
        truth = None
        rng = S.rng
        truth = emit_wrapped(S, a.out)
        imgs = sum(1 for d in truth['documents'] if d['rendering'] in ('scan', 'photo'))
        print('%-7s docs=%3d images=%3d (%.0f%%) passed=%s total=%s gaps=%d' % (
            key, len(truth['documents']), imgs, 100.0 * imgs / len(truth['documents']), truth['assessment_passed'],
            truth['accepted_total_yuan'], len(truth['gaps'])))


def emit_wrapped(S, out):
    # docs_by_path is needed by compute_truth; fill it as emit assigns paths
    class PathMap(dict):
        def __missing__(self, k):
            for d in S.docs:
                if d.get('path') == k:
                    return d
            # duplicate copy
            raise KeyError(k)
    S.docs_by_path = PathMap()
    return emit(S, out)


if __name__ == '__main__':
    main()
