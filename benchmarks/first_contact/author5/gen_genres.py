# -*- coding: utf-8 -*-
"""author5 genres. Each function draws one document and returns (pdf_bytes, fields).
fields always has the eight keys; a value is set only when the document states it."""
from datetime import timedelta
from decimal import Decimal
from reportlab.lib.pagesizes import A4, landscape
from gen_lib import *

KEYS = ['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title']


def F(**kw):
    f = {k: None for k in KEYS}
    for k, v in kw.items():
        if isinstance(v, Decimal):
            v = plain(v)
        elif hasattr(v, 'isoformat'):
            v = v.isoformat()
        f[k] = v
    return f


def split_amt(total, parts):
    out = [D(total * Decimal(p)) for p in parts[:-1]]
    out.append(D(total - sum(out)))
    return out


# ====================================================================== contracts
def contract_prose(rng, A, C, K, invert=False):
    """O01 智能化改造项目合同书: letter-spaced party labels, price clause among distractor
    amounts (advance, retention, damages cap), delivery deadline before the signature table."""
    d = new_doc(rng)
    p = d.page()
    p.t(500, 48, '合同编号：%s' % K['no'], 9.5, al='r')
    p.spaced(297, 95, K['name'], 17, gap=2, al='c', bold=True)
    p.spaced(297, 122, '合同书', 17, gap=14, al='c', bold=True)
    if invert:
        rows = [('甲方（供方）', A), ('乙方（需方）', C)]
    else:
        rows = [('甲方', C), ('乙方', A)]
    y = 170
    for lab, P in rows:
        p.spaced(70, y, lab + '：' if invert else lab, 11, gap=(0 if invert else 11))
        if not invert:
            p.t(70 + 11 * 2 + 11 + 4, y, '：' + P['name'], 11)
        else:
            p.t(160, y, P['name'], 11)
        p.spaced(90, y + 20, '住所地', 10, gap=6)
        p.t(150, y + 20, '：' + P['addr'], 10)
        p.t(90, y + 38, '法定代表人：' + P['rep'] + '　　联系电话：' + P['phone'], 10)
        y += 64
    buyer, seller = ('乙方', '甲方') if invert else ('甲方', '乙方')
    amt = K['amount']
    adv, mid, ret = split_amt(amt, [Decimal('0.3'), Decimal('0.6'), Decimal('0.1')])
    cap = D(amt * Decimal('0.05'))
    deadline = K['sign'] + timedelta(days=rng.randint(60, 150))
    txt = ('鉴于%s拟实施“%s”，%s具备相应的系统集成能力，双方依据《中华人民共和国民法典》，经友好协商，就该项目的设计、供货、'
           '安装调试及培训服务订立本合同，共同遵守。' % (buyer, K['name'], seller))
    y = p.wrap(70, y + 6, 455, txt, 10.5)
    arts = [
        ('第一条　项目内容', '%s负责完成%s，具体范围详见附件《技术规格书》及《供货清单》。' % (seller, K['scope'])),
        ('第二条　合同价款', '本合同总价款为人民币%s（¥%s），该价款为含税价，已包含设备、软件、运输、安装调试、培训及'
                        '质保期内服务等全部费用。' % (daxie(amt), money(amt))),
        ('第三条　付款方式', '（一）合同生效后十个工作日内，%s向%s支付合同总价款的30%%，计¥%s；（二）项目验收合格后，支付60%%，计¥%s；'
                        '（三）余款¥%s作为质量保证金，质保期满且无质量问题后一次付清。' % (buyer, seller, money(adv), money(mid), money(ret))),
        ('第四条　工期', '%s应于%s前完成全部设备到货、安装及联调，并书面通知%s组织验收。' % (seller, d_cn(deadline), buyer)),
        ('第五条　违约责任', '任何一方逾期履行的，每逾期一日按未履行部分的万分之五向对方支付违约金，违约金累计不超过¥%s。' % money(cap)),
        ('第六条　争议解决', '因本合同引起的争议，双方协商解决；协商不成的，向%s所在地人民法院提起诉讼。' % buyer),
        ('第七条　其他', '本合同一式肆份，双方各执贰份，自双方签字并盖章之日起生效。'),
    ]
    for h, body in arts:
        if y > 760:
            p = d.page()
            y = 70
        p.t(70, y, h, 10.5, bold=True)
        y = p.wrap(70, y + 19, 455, body, 10.5)
        y += 4
    p = d.page()
    p.t(70, 70, '（以下无正文，为签署页）', 10)
    L, R = (A, C) if invert else (C, A)
    labs = ('甲方（供方）', '乙方（需方）') if invert else ('甲方', '乙方')
    rows = [[labs[0] + '（盖章）：' + L['name'], labs[1] + '（盖章）：' + R['name']],
            ['法定代表人或授权代表：', '法定代表人或授权代表：'],
            ['开户银行：' + L['bank'], '开户银行：' + R['bank']],
            ['账　　号：' + L['acct'], '账　　号：' + R['acct']],
            ['统一社会信用代码：' + L['uscc'], '统一社会信用代码：' + R['uscc']]]
    yb = p.grid(70, 100, [228, 228], rows, rh=34, sz=9.5)
    p.sign(200, 173, L['rep'])
    p.sign(430, 173, R['rep'])
    p.seal(190, 140, L['name'], '合同专用章', r=38)
    p.seal(420, 140, R['name'], '合同专用章', r=38)
    p.t(70, yb + 30, '签订日期：' + d_cn(K['sign']), 10.5)
    p.t(70, yb + 50, '签订地点：' + K['place'], 10.5)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=amt, date=K['sign'], customer=C['name'])


def contract_keyterms(rng, A, C, K):
    """N01 采购合同 with a 合同要素表: 采购人/供应商, 含税 total beside 不含税 and 税额."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 70, '%s采购合同' % K['name'], 16, al='c', bold=True)
    p.t(297, 92, '（服务类·一般项目适用）', 10, al='c', col=GRAY)
    amt = K['amount']
    net = D(amt / Decimal('1.13'))
    tax = D(amt - net)
    p.t(70, 125, '第一部分　合同要素表', 12, bold=True)
    rows = [['合同编号', K['no'], '采购方式', K.get('method', '竞争性谈判')],
            ['采购人', (C['name'], 3)],
            ['采购人地址', (C['addr'], 3)],
            ['供应商', (A['name'], 3)],
            ['供应商地址', (A['addr'], 3)],
            ['合同标的', (K['scope'], 3)],
            ['合同金额（含税）', ('人民币%s　¥%s' % (daxie(amt), money(amt)), 3)],
            ['不含税金额', '¥' + money(net), '税率 / 税额', '13%% / ¥%s' % money(tax)],
            ['履行期限', '自合同生效之日起%d日' % rng.choice([90, 120, 150, 180]), '履行地点', C['addr'][:9] + '厂区'],
            ['质保期', '验收合格之日起12个月', '付款方式', '按第二部分第5条'],
            ['签订日期', d_cn0(K['sign']), '签订地点', K['place']]]
    y = p.grid(70, 138, [92, 150, 80, 133], rows, rh=24, sz=9.5)
    p.t(70, y + 28, '第二部分　合同条款', 12, bold=True)
    txt = ('1. 供应商应按采购人确认的技术方案完成系统部署、数据对接与人员培训。2. 采购人应为供应商现场作业提供必要条件。'
           '3. 供应商交付成果须通过采购人组织的验收。4. 知识产权归属按双方另行约定执行。5. 付款：预付款20%%，到货款30%%，'
           '验收款45%%，质保金5%%，采购人凭供应商开具的合规发票支付。6. 本合同未尽事宜，双方另行签订补充协议。')
    y = p.wrap(70, y + 50, 455, txt, 10)
    rows = [['采购人（盖章）', '供应商（盖章）'], [C['name'], A['name']],
            ['授权代表：', '授权代表：'], ['日期：' + d_cn0(K['sign']), '日期：' + d_cn0(K['sign'])]]
    yb = p.grid(70, y + 20, [228, 228], rows, rh=30, sz=9.5, al=['c', 'c'])
    p.sign(160, yb - 40, C['contact'])
    p.sign(390, yb - 40, A['contact'])
    p.seal(180, yb - 70, C['name'], '合同专用章', r=40)
    p.seal(410, yb - 70, A['name'], '合同专用章', r=40)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=amt, date=K['sign'], customer=C['name'])


# ====================================================================== acceptance
def accept_report(rng, A, C, K, passed=True):
    """O03 项目验收报告: prose sections, item table, conclusion, customer seal."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 80, K['name'], 15, al='c', bold=True)
    p.spaced(297, 106, '验收报告', 15, gap=8, al='c', bold=True)
    y = 140
    p.t(70, y, '一、项目概况', 11.5, bold=True)
    txt = ('本项目由%s（以下简称“建设方”）委托%s实施，合同编号%s，合同金额%s元。项目于%s签订合同，主要建设内容为%s。'
           % (C['name'], A['name'], K['no'], money(K['amount']), d_cn(K['sign']), K['scope']))
    y = p.wrap(70, y + 20, 455, txt, 10.5)
    p.t(70, y + 6, '二、验收组织', 11.5, bold=True)
    txt = ('%s，建设方组织生产、设备、信息及质量部门组成验收小组，在项目现场对系统功能、性能指标及文档资料进行了逐项检查。'
           % d_cn(K['accept']))
    y = p.wrap(70, y + 26, 455, txt, 10.5)
    p.t(70, y + 6, '三、验收内容及结果', 11.5, bold=True)
    rows = [['序号', '验收项目', '合同要求', '检查结果']]
    for i, (it, req) in enumerate(K['checks'], 1):
        rows.append([str(i), it, req, '符合' if passed or i != 2 else '不符合'])
    y = p.grid(70, y + 16, [36, 150, 190, 79], rows, rh=21, sz=9.5, al=['c', 'l', 'l', 'c'], hdr=True)
    p.t(70, y + 28, '四、验收结论', 11.5, bold=True)
    concl = ('验收小组一致认为，该项目已按合同约定完成全部建设内容，各项技术指标满足要求，文档资料齐全，同意通过验收，验收结论为合格。'
             if passed else '验收小组认为，项目关键指标未达合同要求，本次验收不合格。')
    y = p.wrap(70, y + 48, 455, concl, 10.5)
    p.t(330, y + 40, '建设方（盖章）：' + C['name'], 10.5, al='l')
    p.t(330, y + 62, '验收日期：' + d_cn(K['accept']), 10.5)
    p.seal(430, y + 45, C['name'], '', r=42)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=K['amount'], date=K['accept'], customer=C['name'],
                        result='passed' if passed else 'failed')


def accept_uat(rng, A, C, K, issuer=None):
    """N02 用户验收测试（UAT）报告: test period, case table, customer's confirmation date."""
    issuer = issuer or C
    d = new_doc(rng)
    p = d.page()
    p.t(525, 45, '文档编号：UAT-%s-%03d' % (d_compact(K['accept'])[:6], rng.randint(1, 99)), 8.5, al='r', col=GRAY)
    p.t(297, 82, '用户验收测试（UAT）报告', 17, al='c', bold=True)
    t0 = K['accept'] - timedelta(days=rng.randint(8, 20))
    t1 = K['accept'] - timedelta(days=rng.randint(1, 4))
    rows = [['项目名称', (K['name'], 3)],
            ['合同编号', K['no'], '版本', 'V%d.%d' % (rng.randint(1, 3), rng.randint(0, 9))],
            ['用户单位', (issuer['name'], 3)],
            ['实施单位', (A['name'], 3)],
            ['测试周期', ('%s — %s' % (d_iso(t0), d_iso(t1)), 3)],
            ['测试环境', ('生产环境（%s）' % rng.choice(['私有云', '本地机房', '边缘服务器集群']), 3)]]
    y = p.grid(60, 105, [85, 170, 60, 160], rows, rh=22, sz=9.5)
    p.t(60, y + 26, '1  测试执行情况', 11.5, bold=True)
    mods = ['生产计划排程', '工单下发与报工', '设备数据采集', '质量检验与追溯', '物料齐套与配送', '能耗监测', '报表与看板',
            '系统权限与日志', '接口（ERP/WMS）']
    rng.shuffle(mods)
    rows = [['编号', '测试模块', '用例数', '通过', '遗留缺陷', '结论']]
    tot = 0
    for i, m in enumerate(mods[:7], 1):
        n = rng.randint(6, 24)
        tot += n
        rows.append(['TC-%02d' % i, m, str(n), str(n), '0', '通过'])
    rows.append(['合计', '', str(tot), str(tot), '0', ''])
    y = p.grid(60, y + 36, [50, 170, 60, 60, 70, 65], rows, rh=20, sz=9.5, al=['c', 'l', 'c', 'c', 'c', 'c'], hdr=True,
               hfill=(0.88, 0.9, 0.95))
    p.t(60, y + 26, '2  测试结论', 11.5, bold=True)
    y = p.wrap(60, y + 46, 470, '本轮用户验收测试共执行用例%d个，全部通过，无遗留严重缺陷。用户方确认系统功能与性能满足合同及需求规格说明书要求，'
               'UAT测试通过，同意系统正式上线运行并予以验收。' % tot, 10.5)
    rows = [['用户方确认（盖章）', '实施方确认（盖章）'],
            ['项目负责人：', '项目经理：'],
            ['确认日期：%s' % d_cn0(K['accept']), '日期：%s' % d_cn0(K['accept'])]]
    yb = p.grid(60, y + 24, [235, 235], rows, rh=40, sz=10)
    p.sign(150, yb - 58, issuer['contact'])
    p.sign(380, yb - 58, A['contact'])
    p.seal(190, yb - 70, issuer['name'], '', r=40)
    return d.bytes(), F(contract_no=K['no'], date=K['accept'], customer=issuer['name'], result='passed')


def accept_sat(rng, A, C, K):
    """N03 现场验收测试报告 Site Acceptance Test (bilingual), Owner/Contractor."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 70, '现场验收测试报告', 16, al='c', bold=True)
    p.t(297, 90, 'SITE ACCEPTANCE TEST (SAT) REPORT', 11, al='c', f='MH')
    t0 = K['accept'] - timedelta(days=rng.randint(1, 3))
    rows = [['项目 Project', (K['name'], 3)],
            ['合同号 Contract No.', K['no'], '报告号 Report No.', 'SAT-%03d' % rng.randint(1, 300)],
            ['业主 Owner', (C['name'], 3)],
            ['承包商 Contractor', (A['name'], 3)],
            ['测试时间 Test period', '%s ~ %s' % (d_iso(t0), d_iso(K['accept'])), '地点 Site', C['addr'][:10]],
            ['验收日期 Acceptance date', (d_iso(K['accept']), 3)]]
    y = p.grid(55, 108, [120, 150, 95, 120], rows, rh=24, sz=9)
    rows = [['No.', '测试项目 Test item', '标准 Criteria', '结果 Result']]
    items = [('I/O点检查 I/O check', '100% 点位正确'), ('通讯测试 Communication', '丢包率 < 0.1%'),
             ('联锁与急停 Interlock & E-stop', '动作正确'), ('节拍 Cycle time', '≤ %d s' % rng.randint(30, 90)),
             ('连续运行 72h run', '无故障停机'), ('数据上传 MES upload', '延时 < 2 s'), ('文档移交 Documents', '齐全')]
    for i, (a, b) in enumerate(items, 1):
        rows.append([str(i), a, b, 'PASS 合格'])
    y = p.grid(55, y + 18, [35, 200, 150, 100], rows, rh=21, sz=9, al=['c', 'l', 'l', 'c'], hdr=True)
    p.t(55, y + 26, '结论 Conclusion:', 11, bold=True)
    y = p.wrap(55, y + 46, 480, 'All test items have been completed and passed. The Owner accepts the system. '
               '全部测试项目已完成并合格，业主同意验收。', 10, f='MH', indent=0)
    rows = [['业主代表 Owner\'s representative', '承包商代表 Contractor\'s representative'],
            ['签字 Signature:', '签字 Signature:'],
            ['日期 Date: %s' % d_iso(K['accept']), '日期 Date: %s' % d_iso(K['accept'])]]
    yb = p.grid(55, y + 20, [242, 243], rows, rh=38, sz=9.5)
    p.sign(140, yb - 52, C['contact'])
    p.sign(380, yb - 52, A['contact'])
    p.seal(200, yb - 62, C['name'], '', r=38)
    return d.bytes(), F(contract_no=K['no'], date=K['accept'], customer=C['name'], result='passed')


def accept_oa(rng, A, C, K):
    """N04 OA 验收审批流程截图 (web UI, 1280x860)."""
    d = Doc(rng, (960, 700))
    p = d.page()
    p.rect(0, 0, 960, 44, lw=0, fill=(0.13, 0.36, 0.66))
    p.t(20, 28, '%s · 协同办公平台' % C['name'], 13, col=(1, 1, 1))
    p.t(940, 28, '首页　待办(3)　已办　流程中心　退出', 9.5, col=(0.9, 0.95, 1), al='r')
    p.rect(0, 44, 170, 656, lw=0, fill=(0.95, 0.96, 0.98))
    for i, m in enumerate(['我的待办', '我的已办', '我发起的', '抄送我的', '流程监控', '合同管理', '项目管理']):
        p.t(24, 80 + 30 * i, m, 10.5, col=(0.2, 0.2, 0.2) if i != 1 else (0.13, 0.36, 0.66))
    p.t(190, 70, '流程中心 > 我的已办 > 项目验收审批', 9, col=GRAY)
    p.t(190, 100, '项目验收审批单', 15, bold=True)
    p.rect(840, 84, 90, 24, lw=0.8, col=(0.1, 0.6, 0.3))
    p.t(885, 101, '已归档', 11, col=(0.1, 0.6, 0.3), al='c')
    fn = 'YS%s%04d' % (d_compact(K['accept']), rng.randint(1, 9999))
    rows = [['流程编号', fn, '申请部门', rng.choice(['设备动力部', '信息化部', '智能制造办公室', '生产管理部'])],
            ['项目名称', (K['name'], 3)],
            ['合同编号', K['no'], '合同金额（元）', money(K['amount'])],
            ['供应商', (A['name'], 3)],
            ['验收日期', d_iso(K['accept']), '验收结论', '验收合格'],
            ['验收说明', ('系统已稳定运行，各项功能、指标满足合同及技术协议要求，验收小组同意通过验收。', 3)]]
    y = p.grid(190, 120, [100, 250, 100, 300], rows, rh=28, sz=10, col=(0.15, 0.15, 0.15), lw=0.5,
               inner_lw=0.3)
    p.t(190, y + 34, '审批记录', 12, bold=True)
    t = K['accept']
    rows = [['节点', '处理人', '处理意见', '处理时间']]
    nodes = [('发起', C['contact'], '提交'), ('部门负责人', '刘' + rng.choice('建伟志明春海'), '同意'),
             ('质量部', '孙' + rng.choice('丽静雪婷'), '同意，质量资料齐全'), ('分管副总', '周' + rng.choice('国强立新'), '同意'),
             ('档案归档', '系统', '已归档')]
    for i, (n, who, op) in enumerate(nodes):
        tt = t + timedelta(days=i // 2 + (1 if i else 0))
        rows.append([n, who, op, '%s %02d:%02d' % (d_iso(tt), rng.randint(8, 18), rng.randint(0, 59))])
    p.grid(190, y + 44, [120, 120, 310, 200], rows, rh=26, sz=10, hdr=True, hfill=(0.93, 0.95, 0.98), lw=0.5,
           inner_lw=0.3)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=K['amount'], date=K['accept'], customer=C['name'],
                        result='passed')


def accept_rectify(rng, A, C, K, when):
    """N05 验收整改通知书 — acceptance not passed."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 90, C['name'], 15, al='c', col=RED, bold=True)
    p.line(70, 104, 525, 104, 1.6, RED)
    p.t(297, 140, '关于“%s”验收整改的通知' % K['name'], 13.5, al='c', bold=True)
    p.t(70, 180, A['name'] + '：', 11)
    probs = ['视觉检测误判率为%.1f%%，高于合同约定的0.5%%' % rng.uniform(1.1, 2.6),
             '与ERP系统的物料主数据接口未完成联调', '72小时连续运行期间发生%d次非计划停机' % rng.randint(2, 5),
             '操作手册、运维手册等交付文档不齐全']
    rng.shuffle(probs)
    txt = ('贵公司承建的“%s”（合同编号：%s），我公司于%s组织有关部门进行了验收。经现场检查与测试，验收小组认为项目存在以下问题：'
           % (K['name'], K['no'], d_cn(when)))
    y = p.wrap(70, 205, 455, txt, 11)
    for i, pr in enumerate(probs[:3], 1):
        y = p.wrap(70, y, 455, '%d．%s；' % (i, pr), 11)
    y = p.wrap(70, y, 455, '鉴于上述情况，本次验收不予通过。请贵公司于%s前完成整改，并书面提交整改报告后重新申请验收。'
               % d_cn(when + timedelta(days=30)), 11)
    y = p.wrap(70, y, 455, '特此通知。', 11)
    p.t(480, y + 50, C['name'], 11, al='r')
    nd = when + timedelta(days=rng.randint(2, 5))
    p.t(480, y + 72, d_cn(nd), 11, al='r')
    p.seal(420, y + 55, C['name'], '', r=42)
    return d.bytes(), F(contract_no=K['no'], date=when, customer=C['name'], result='failed')


# ====================================================================== payments
def pay_bank_ccb(rng, A, C, K, amt, when, payer=None, memo=None):
    """O04 bank 单位客户专用回单 (side-by-side payer/payee), print time later than the transfer."""
    payer = payer or C
    d = Doc(rng, (595, 330))
    p = d.page()
    p.t(40, 36, '中国建设银行', 14, col=(0.0, 0.27, 0.6), bold=True)
    p.t(297, 38, '单位客户专用回单', 14, al='c', bold=True)
    p.t(40, 60, '币别：人民币', 9)
    p.t(230, 60, '日期：%s' % d_cn0(when), 9)
    p.t(555, 60, '凭证号码：%s' % ''.join(str(rng.randint(0, 9)) for _ in range(12)), 9, al='r')
    rows = [['付', '全　称', payer['name'], '收', '全　称', A['name']],
            ['款', '账　号', payer['acct'], '款', '账　号', A['acct']],
            ['人', '开户行', payer['bank'], '人', '开户行', A['bank']],
            [('金额（大写）', 2), ('人民币' + daxie(amt), 2), ('（小写）¥' + money(amt), 2)],
            [('用途', 2), (memo or '货款', 4)],
            [('交易流水号', 2), (''.join(str(rng.randint(0, 9)) for _ in range(20)), 4)]]
    y = p.grid(40, 70, [22, 48, 185, 22, 48, 190], rows, rh=24, sz=9, al=['c', 'c', 'l', 'c', 'c', 'l'])
    pt = when + timedelta(days=rng.randint(20, 200))
    p.t(40, y + 20, '打印时间：%s %02d:%02d:%02d　　打印次数：%d' % (d_iso(pt), rng.randint(8, 17), rng.randint(0, 59),
                                                         rng.randint(0, 59), rng.randint(1, 3)), 8, col=GRAY)
    p.seal(480, y - 40, '中国建设银行%s' % payer['bank'][6:12], '电子回单专用章', r=34, oval=True)
    return d.bytes(), F(contract_no=K['no'] if memo and K['no'] in memo else None, amount_yuan=amt, date=when,
                        payer=payer['name'], payee=A['name'])


def pay_bank_list(rng, A, C, K, amt, when, payer=None, memo=None, bank='天津银行'):
    """O04b a city-bank 网上银行电子回单: one value per line, 附言 with contract no."""
    payer = payer or C
    d = Doc(rng, (420, 560))
    p = d.page()
    p.rect(0, 0, 420, 50, lw=0, fill=(0.75, 0.1, 0.12))
    p.t(20, 32, bank + '　网上银行电子回单', 14, col=(1, 1, 1), bold=True)
    items = [('回单编号', 'TJB%s%06d' % (d_compact(when), rng.randint(0, 999999))),
             ('交易时间', '%s %02d:%02d:%02d' % (d_iso(when), rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))),
             ('付款人名称', payer['name']), ('付款人账号', payer['acct']), ('付款人开户行', payer['bank']),
             ('收款人名称', A['name']), ('收款人账号', A['acct']), ('收款人开户行', A['bank']),
             ('交易金额', 'CNY %s' % money(amt)), ('金额大写', '人民币' + daxie(amt)), ('手续费', 'CNY %s' % rng.choice(['0.00', '5.50', '15.00'])),
             ('附言', memo or '工程款'), ('交易状态', '交易成功')]
    y = 80
    for k, v in items:
        p.t(24, y, k, 10, col=GRAY)
        for ln in p.lines_of(v, 260, 10, indent=0):
            p.t(130, y, ln, 10)
            y += 16
        y += 9
        p.line(24, y - 14, 396, y - 14, 0.3, (0.8, 0.8, 0.8))
    p.seal(320, y - 40, bank + '股份有限公司', '电子回单专用章', r=36)
    p.t(24, 540, '本回单可通过柜面或网银验证真伪，重复打印不代表重复交易。', 8, col=GRAY)
    return d.bytes(), F(contract_no=K['no'] if memo and K['no'] in memo else None, amount_yuan=amt, date=when,
                        payer=payer['name'], payee=A['name'])


def pay_batch(rng, A, C, K, amt, when, others):
    """N06 企业网银 批量付款结果明细: several payees, one row is the applicant."""
    d = Doc(rng, (980, 620))
    p = d.page()
    p.rect(0, 0, 980, 40, lw=0, fill=(0.78, 0.08, 0.1))
    p.t(20, 26, '中国工商银行　企业网上银行', 13, col=(1, 1, 1), bold=True)
    p.t(960, 26, '%s　|　操作员：%s　|　安全退出' % (C['name'], C['contact']), 9, col=(1, 1, 1), al='r')
    p.t(20, 66, '付款业务 > 批量付款 > 批次查询 > 批次明细', 9, col=GRAY)
    bn = 'PL%s%05d' % (d_compact(when), rng.randint(0, 99999))
    rows_all = [(A['name'], A['acct'], A['bank'], amt, '%s项目款' % K['no'])] + others
    rng.shuffle(rows_all)
    total = sum(r[3] for r in rows_all)
    rows = [['批次号', bn, '付款账户', C['acct']],
            ['付款户名', C['name'], '付款账户开户行', C['bank']],
            ['提交日期', d_iso(when - timedelta(days=1)), '执行日期', d_iso(when)],
            ['总笔数 / 总金额', '%d 笔 / %s 元' % (len(rows_all), money(total)), '批次状态', '处理完成（成功%d笔）' % len(rows_all)]]
    y = p.grid(20, 80, [120, 330, 120, 370], rows, rh=24, sz=9.5, lw=0.4, inner_lw=0.3)
    rows = [['序号', '收款户名', '收款账号', '收款银行', '金额（元）', '用途', '状态']]
    for i, r in enumerate(rows_all, 1):
        rows.append([str(i), r[0], r[1], r[2], money(r[3]), r[4], '成功'])
    p.grid(20, y + 20, [40, 230, 160, 180, 110, 140, 80], rows, rh=24, sz=9, al=['c', 'l', 'l', 'l', 'r', 'l', 'c'],
           hdr=True, hfill=(0.95, 0.93, 0.93), lw=0.4, inner_lw=0.3)
    p.t(20, 600, '温馨提示：本页面仅供查询，电子回单请至“回单打印”菜单下载。', 8.5, col=GRAY)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=amt, date=when, payer=C['name'], payee=A['name'])


def pay_credit_voucher(rng, A, C, K, amt, when):
    """N07 供应链数字债权凭证 签收凭证 (开立方 -> 接收方), promised payment date as distractor."""
    d = new_doc(rng)
    p = d.page()
    p.rect(40, 40, 515, 56, lw=0, fill=(0.05, 0.35, 0.45))
    p.t(60, 75, '津链通 · 数字债权凭证', 16, col=(1, 1, 1), bold=True)
    p.t(535, 75, '签收凭证', 14, col=(1, 1, 1), al='r')
    due = when + timedelta(days=rng.choice([180, 270, 360]))
    no = 'JLT%s%08d' % (d_compact(when), rng.randint(0, 99999999))
    rows = [['凭证编号', no],
            ['凭证状态', '已签收（持有中）'],
            ['开立方', C['name']],
            ['开立方统一社会信用代码', C['uscc']],
            ['接收方（持有人）', A['name']],
            ['接收方统一社会信用代码', A['uscc']],
            ['凭证金额（小写）', '¥' + money(amt)],
            ['凭证金额（大写）', '人民币' + daxie(amt)],
            ['开立日期', d_iso(when)],
            ['签收日期', d_iso(when)],
            ['承诺付款日', d_iso(due)],
            ['基础交易合同编号', K['no']],
            ['基础交易发票号码', '%08d 等%d张' % (rng.randint(0, 99999999), rng.randint(2, 6))],
            ['付款承诺', '开立方承诺于承诺付款日无条件向持有人足额清偿凭证金额。']]
    y = p.grid(40, 110, [150, 365], rows, rh=26, sz=10)
    p.t(40, y + 30, '本凭证由平台依据开立方、接收方的电子签名生成，可登录平台凭编号查验。', 9, col=GRAY)
    p.seal(470, y - 80, '津链通数字科技（天津）有限公司', '业务专用章', r=42)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=amt, date=when, payer=C['name'], payee=A['name'])


def pay_voucher(rng, A, C, K, amt, when):
    """N08 记账凭证（付款）: 核算单位 is the payer, payee only in 科目 / 摘要."""
    d = Doc(rng, (640, 400))
    p = d.page()
    p.spaced(320, 40, '记账凭证', 18, gap=12, al='c', bold=True, col=(0.55, 0.1, 0.1))
    p.line(245, 48, 395, 48, 0.8, (0.55, 0.1, 0.1))
    p.line(245, 51, 395, 51, 0.8, (0.55, 0.1, 0.1))
    p.t(30, 74, '核算单位：' + C['name'], 9.5)
    p.t(400, 74, d_cn0(when), 9.5)
    p.t(610, 74, '记字第 %04d 号' % rng.randint(1, 999), 9.5, al='r')
    memo = '付%s%s进度款（合同%s）' % (A['name'], K['short'], K['no'])
    rows = [['摘　要', '会计科目', '借方金额', '贷方金额'],
            [memo, '应付账款—' + A['name'], money(amt), ''],
            [memo, '银行存款—%s' % C['bank'], '', money(amt)],
            ['', '', '', ''],
            [('附单据 2 张　　合　计', 2), money(amt), money(amt)]]
    y = p.grid(30, 84, [210, 200, 85, 85], rows, rh=30, sz=9, al=['l', 'l', 'r', 'r'], hdr=True, col=BLACK,
               lw=1.0, inner_lw=0.5)
    p.t(30, y + 24, '银行流水号：%s' % ''.join(str(rng.randint(0, 9)) for _ in range(18)), 8.5)
    names = ['财务主管', '记账', '审核', '出纳', '制单']
    x = 30
    for n in names:
        p.t(x, y + 52, n + '：', 9)
        p.sign(x + 48, y + 54, rng.choice(['王', '李', '赵', '陈', '杨', '马']) + rng.choice(['丽', '静', '敏', '军', '芳', '涛']), sz=11)
        x += 118
    p.seal(560, y + 10, C['name'], '财务专用章', r=30)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=amt, date=when, payer=C['name'], payee=A['name'])


# ====================================================================== procurement
def proc_award(rng, A, C, K, when, agency):
    """O05 中标通知书 in own wording, tender agency seal beside the tenderer's."""
    d = new_doc(rng)
    p = d.page()
    p.spaced(297, 100, '中标通知书', 20, gap=10, al='c', bold=True)
    tn = '%s-%s-%03d' % (agency['abbr'], when.year, rng.randint(1, 400))
    p.t(525, 130, '招标编号：' + tn, 10, al='r')
    p.t(70, 170, A['name'] + '：', 11.5)
    opened = when - timedelta(days=rng.randint(7, 14))
    txt = ('%s组织的“%s”招标项目，于%s公开开标。经评标委员会评审，并经中标候选人公示无异议，招标人确定贵单位为中标人。'
           '现将有关事项通知如下：' % (C['name'], K['name'], d_cn(opened)))
    y = p.wrap(70, 200, 455, txt, 11)
    y = p.wrap(70, y, 455, '一、中标价：人民币%s（¥%s）。' % (daxie(K['amount']), money(K['amount'])), 11)
    y = p.wrap(70, y, 455, '二、交付期：合同签订后%d日历天。' % rng.choice([90, 120, 150]), 11)
    y = p.wrap(70, y, 455, '三、请贵单位自收到本通知书之日起三十日内，持本通知书与招标人签订书面合同，并按招标文件要求提交履约保证金'
               '人民币%s元。' % money(D(K['amount'] * Decimal('0.05'))), 11)
    y += 40
    p.t(90, y, '招标人：' + C['name'], 11)
    p.t(90, y + 24, '（盖章）', 11)
    p.t(330, y, '招标代理机构：', 11)
    p.t(330, y + 24, agency['name'], 10)
    p.seal(170, y + 10, C['name'], '', r=40)
    p.seal(420, y + 20, agency['name'], '', r=40)
    p.t(525, y + 90, d_cn(when), 11, al='r')
    return d.bytes(), F(amount_yuan=K['amount'], date=when, customer=C['name'])


def proc_report(rng, A, C, K, when, agency):
    """N09 招标投标情况书面报告 (招标人 to the supervising office)."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 80, '依法必须进行招标的项目', 12, al='c')
    p.t(297, 104, '招标投标情况书面报告', 17, al='c', bold=True)
    opened = when - timedelta(days=rng.randint(10, 20))
    decided = when - timedelta(days=rng.randint(1, 4))
    p.t(70, 140, '%s发展和改革委员会（招投标监管部门）：' % rng.choice(['滨海新区', '西青区', '北辰区', '东丽区', '武清区']), 10.5)
    y = p.wrap(70, 165, 455, '根据《中华人民共和国招标投标法》第四十七条的规定，现将本项目招标投标情况报告如下：', 10.5)
    bidders = [A['name']] + K['rivals']
    prices = [K['amount']] + [D(K['amount'] * Decimal(str(rng.uniform(1.02, 1.12)))) for _ in K['rivals']]
    rows = [['项目名称', (K['name'], 3)],
            ['招标人', (C['name'], 3)],
            ['招标代理机构', (agency['name'], 3)],
            ['招标方式', '公开招标', '开标日期', d_iso(opened)],
            ['投标人数量', '%d家' % len(bidders), '评标办法', '综合评估法']]
    y = p.grid(70, y + 6, [90, 140, 80, 145], rows, rh=24, sz=9.5)
    rows = [['排序', '投标人', '投标报价（元）', '综合得分']]
    sc = sorted([round(rng.uniform(70, 92), 2) for _ in bidders], reverse=True)
    for i, (b, pr) in enumerate(zip(bidders, prices)):
        rows.append([str(i + 1), b, money(pr), '%.2f' % sc[i]])
    y = p.grid(70, y + 14, [40, 235, 100, 80], rows, rh=22, sz=9.5, al=['c', 'l', 'r', 'c'], hdr=True)
    txt = ('评标委员会推荐%s为第一中标候选人。招标人于%s依据评标报告确定%s为中标人，中标价人民币%s元（大写：%s），并于同日发出中标通知书。'
           '招标投标活动中未收到异议及投诉。' % (A['name'], d_cn(decided), A['name'], money(K['amount']), daxie(K['amount'])))
    y = p.wrap(70, y + 20, 455, txt, 10.5)
    p.t(300, y + 40, '招标人（盖章）：' + C['name'], 10.5)
    p.t(300, y + 64, '报告日期：' + d_cn(when), 10.5)
    p.seal(400, y + 45, C['name'], '', r=40)
    return d.bytes(), F(amount_yuan=K['amount'], date=when, customer=C['name'])


def proc_compare(rng, A, C, K, when):
    """N10 供应商比价记录表: three quotes, the chosen one is the applicant's."""
    d = new_doc(rng, land=True)
    p = d.page()
    p.t(421, 60, '%s' % C['name'], 12, al='c')
    p.spaced(421, 88, '采购比价记录表', 17, gap=6, al='c', bold=True)
    p.t(60, 118, '采购项目：' + K['name'], 10.5)
    p.t(560, 118, '比价日期：' + d_cn0(when), 10.5)
    p.t(60, 138, '采购申请单号：CG-%s-%03d　　　采购方式：询价比价（三家）' % (when.year, rng.randint(1, 400)), 10.5)
    quotes = [(A['name'], K['amount'])] + [(r, D(K['amount'] * Decimal(str(rng.uniform(1.03, 1.15))))) for r in K['rivals'][:2]]
    rng.shuffle(quotes)
    rows = [['序号', '供应商名称', '报价（元，含税）', '交货期', '质保期', '技术响应', '排名']]
    ranked = sorted(quotes, key=lambda q: q[1])
    for i, (n, pr) in enumerate(quotes, 1):
        rows.append([str(i), n, money(pr), '%d天' % rng.choice([60, 75, 90, 100]), '%d个月' % rng.choice([12, 18, 24]),
                     '满足', str(ranked.index((n, pr)) + 1)])
    y = p.grid(60, 150, [40, 260, 120, 70, 70, 80, 60], rows, rh=26, sz=10, al=['c', 'l', 'r', 'c', 'c', 'c', 'c'],
               hdr=True)
    txt = ('比价结论：经比价小组对报价、交货期及技术响应进行综合比较，拟选定%s为成交供应商，成交价为人民币%s元（%s）。'
           % (A['name'], money(K['amount']), daxie(K['amount'])))
    y = p.wrap(60, y + 30, 720, txt, 10.5, indent=0)
    x = 60
    for role in ['经办人', '采购部负责人', '财务部', '分管领导']:
        p.t(x, y + 40, role + '：', 10.5)
        p.sign(x + 80, y + 42, rng.choice(['张', '王', '刘', '郭', '邓', '唐']) + rng.choice(['海', '波', '洁', '宁', '勇', '瑶']))
        x += 180
    p.seal(700, y + 20, C['name'], '采购专用章', r=38)
    return d.bytes(), F(amount_yuan=K['amount'], date=when, customer=C['name'])


# ====================================================================== subcontracts
def sub_general(rng, A, S, K):
    """O06 项目分包合同 (总包方/分包方), two pages, amount in article 3."""
    d = new_doc(rng)
    p = d.page()
    p.t(525, 50, '编号：' + K['no'], 9.5, al='r')
    p.t(297, 100, K['name'], 16, al='c', bold=True)
    y = 145
    for lab, P in (('总包方（甲方）：', A), ('分包方（乙方）：', S)):
        p.t(70, y, lab + P['name'], 11)
        p.t(70, y + 20, '地　　址：' + P['addr'], 10)
        p.t(70, y + 38, '统一社会信用代码：' + P['uscc'], 10)
        y += 66
    y = p.wrap(70, y, 455, '甲方承接%s（以下称“主合同项目”）后，经甲方同意，将其中%s工作分包给乙方实施。为明确双方权利义务，经协商一致，'
               '签订本合同。' % (K['main'], K['scope']), 10.5)
    arts = [('第一条　分包范围', '乙方负责%s，包括材料、人工、调试及现场配合。' % K['scope']),
            ('第二条　工期', '自%s起至%s止。' % (d_cn(K['sign'] + timedelta(days=5)), d_cn(K['sign'] + timedelta(days=95)))),
            ('第三条　分包价款', '本合同分包价款为固定总价人民币%s元（大写：%s），含增值税。' % (money(K['amount']), daxie(K['amount']))),
            ('第四条　结算与支付', '乙方完成分包工作并经甲方验收合格后，甲方在主合同回款后十五个工作日内支付至分包价款的95%，余款为质保金。'),
            ('第五条　质量与安全', '乙方应遵守甲方及业主的质量、安全管理规定，因乙方原因造成的损失由乙方承担。'),
            ('第六条　生效', '本合同一式四份，双方各执两份，经双方签字盖章后生效。')]
    for h, b in arts:
        p.t(70, y + 6, h, 10.5, bold=True)
        y = p.wrap(70, y + 26, 455, b, 10.5)
    p = d.page()
    rows = [['甲方（盖章）：' + A['name'], '乙方（盖章）：' + S['name']],
            ['授权代表：', '授权代表：'],
            ['签订日期：' + d_cn(K['sign']), '签订日期：' + d_cn(K['sign'])]]
    p.grid(70, 80, [228, 228], rows, rh=42, sz=10)
    p.sign(150, 150, A['contact'])
    p.sign(380, 150, S['contact'])
    p.seal(200, 120, A['name'], '合同专用章', r=40)
    p.seal(430, 120, S['name'], '合同专用章', r=40)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=K['amount'], date=K['sign'], customer=A['name'])


def sub_processing(rng, A, S, K):
    """N11 委托加工合同 (委托方/加工方): header grid with 签订时间, total only in the 合计 row."""
    d = new_doc(rng)
    p = d.page()
    p.spaced(297, 70, '委托加工合同', 18, gap=6, al='c', bold=True)
    rows = [['委托方（甲方）', A['name'], '合同编号', K['no']],
            ['加工方（乙方）', S['name'], '签订时间', d_cn0(K['sign'])],
            ['乙方地址', S['addr'], '签订地点', '天津市' + rng.choice(['滨海新区', '西青区', '东丽区'])]]
    y = p.grid(50, 90, [90, 200, 70, 135], rows, rh=26, sz=9.5)
    p.t(50, y + 24, '一、加工产品、数量及价款', 11, bold=True)
    items = K['items']
    rows = [['序号', '产品名称', '规格型号', '单位', '数量', '单价（元）', '金额（元）']]
    for i, (n, spec, u, q, pr) in enumerate(items, 1):
        rows.append([str(i), n, spec, u, str(q), money(pr), money(D(pr * q))])
    rows.append([('合计（大写）：' + daxie(K['amount']), 5), ('¥' + money(K['amount']), 2)])
    y = p.grid(50, y + 34, [30, 130, 100, 35, 40, 75, 85], rows, rh=22, sz=9, al=['c', 'l', 'l', 'c', 'c', 'r', 'r'],
               hdr=True)
    clauses = ['二、原材料：由乙方按甲方图纸自行采购，材质证明随货提供。',
               '三、质量要求：按甲方图纸、技术协议及GB/T 7251.1执行，出厂前经甲方驻厂检验。',
               '四、交货：%s前送至甲方指定的天津项目现场，运费由乙方承担。' % d_cn(K['sign'] + timedelta(days=45)),
               '五、结算：货到验收合格并收到乙方全额发票后60日内付清，质保金5%于质保期满后支付。',
               '六、其他：本合同未尽事宜，按《中华人民共和国民法典》承揽合同相关规定执行。']
    y += 16
    for c_ in clauses:
        y = p.wrap(50, y + 4, 495, c_, 10)
    rows = [['委托方（签章）', '加工方（签章）'], ['代表人：', '代表人：'], ['电话：' + A['phone'], '电话：' + S['phone']]]
    yb = p.grid(50, y + 20, [247, 248], rows, rh=36, sz=10)
    p.sign(110, yb - 50, A['contact'])
    p.sign(360, yb - 50, S['contact'])
    p.seal(170, yb - 70, A['name'], '合同专用章', r=38)
    p.seal(420, yb - 70, S['name'], '合同专用章', r=38)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=K['amount'], date=K['sign'], customer=A['name'])


def sub_software(rng, A, S, K):
    """N12 软件外包开发合同 (发包方/承接方): milestones table with partial amounts, dates in prose."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 76, '软件外包开发合同', 17, al='c', bold=True)
    p.t(297, 96, '合同编号：%s' % K['no'], 10, al='c')
    y = 130
    p.t(70, y, '发包方：%s（以下简称“发包方”）' % A['name'], 10.5)
    p.t(70, y + 22, '承接方：%s（以下简称“承接方”）' % S['name'], 10.5)
    p.t(70, y + 44, '承接方住所：%s' % S['addr'], 10.5)
    y = p.wrap(70, y + 72, 455, '发包方为履行其与最终用户之间的%s，现将%s的开发工作外包给承接方。双方于%s在天津市签订本合同，'
               '条款如下：' % (K['main'], K['scope'], d_cnz(K['sign'])), 10.5)
    p.t(70, y + 6, '一、开发内容与交付物', 10.5, bold=True)
    y = p.wrap(70, y + 26, 455, '承接方交付源代码、可执行程序、接口文档、测试报告及部署手册，知识产权归发包方所有。', 10.5)
    p.t(70, y + 6, '二、合同价款及里程碑', 10.5, bold=True)
    y = p.wrap(70, y + 26, 455, '本合同总价为人民币%s（¥%s），按下表里程碑支付：' % (daxie(K['amount']), money(K['amount'])), 10.5)
    ms = split_amt(K['amount'], [Decimal('0.3'), Decimal('0.4'), Decimal('0.3')])
    rows = [['里程碑', '交付内容', '计划完成', '支付金额（元）'],
            ['M1', '需求规格确认', d_iso(K['sign'] + timedelta(days=20)), money(ms[0])],
            ['M2', '功能开发及集成测试', d_iso(K['sign'] + timedelta(days=80)), money(ms[1])],
            ['M3', '上线运行及验收', d_iso(K['sign'] + timedelta(days=130)), money(ms[2])]]
    y = p.grid(70, y + 8, [60, 180, 100, 115], rows, rh=22, sz=9.5, al=['c', 'l', 'c', 'r'], hdr=True)
    p.t(70, y + 24, '三、保密、违约与争议', 10.5, bold=True)
    y = p.wrap(70, y + 44, 455, '双方对在合作中知悉的商业秘密负有保密义务；一方违约的，应赔偿对方因此遭受的直接损失；争议提交发包方所在地人民法院解决。', 10.5)
    p.t(90, y + 40, '发包方（盖章）：', 10.5)
    p.t(330, y + 40, '承接方（盖章）：', 10.5)
    p.t(90, y + 64, '代表签字：', 10.5)
    p.t(330, y + 64, '代表签字：', 10.5)
    p.sign(160, y + 66, A['contact'])
    p.sign(400, y + 66, S['contact'])
    p.seal(170, y + 45, A['name'], '合同专用章', r=38)
    p.seal(410, y + 45, S['name'], '合同专用章', r=38)
    return d.bytes(), F(contract_no=K['no'], amount_yuan=K['amount'], date=K['sign'], customer=A['name'])


# ====================================================================== meetings
def _sheet_rows(rng, M, mode):
    rows = []
    for i, a in enumerate(M['sheet'], 1):
        if mode == 'code':
            rows.append([str(i), a['name'], a['uscc'], a['person'], a['phone'], ''])
        else:
            rows.append([str(i), a['name'], a['addr'], a['person'], ''])
    return rows


def _draw_sheet(p, rng, M, y, mode, handw, x0=45, width=505):
    if mode == 'code':
        cols = [30, 175, 130, 60, 80, 30]
        hdr = ['序号', '单位名称', '统一社会信用代码', '姓名', '联系电话', '签到']
    else:
        cols = [30, 160, 190, 60, 65]
        hdr = ['序号', '单位名称', '单位地址', '姓名', '签到']
    sc = width / sum(cols)
    cols = [c * sc for c in cols]
    rows = [hdr]
    body = _sheet_rows(rng, M, mode)
    if handw:
        empty = [[r[0]] + [''] * (len(r) - 1) for r in body]
        yb = p.grid(x0, y, cols, [hdr] + empty, rh=24, sz=9, hdr=True, al=['c'] + ['l'] * (len(cols) - 1))
        yy = y + 24
        for r in body:
            xx = x0 + cols[0] + 3
            for ci in range(1, len(cols) - 1):
                val = r[ci]
                if val:
                    sz = 9.5 if p.lines_of(val, cols[ci] - 6, 9.5) and len(p.lines_of(val, cols[ci] - 6, 9.5)) == 1 else 7.6
                    p.hand(xx, yy + 16, val, sz=sz)
                xx += cols[ci]
            p.sign(xx + 4, yy + 17, r[3][:1], sz=10) if r[3] else None
            yy += 24
        return yb
    rows += [r[:-1] + [''] for r in body]
    return p.grid(x0, y, cols, rows, rh=20, sz=8.6, hdr=True, al=['c'] + ['l'] * (len(cols) - 1))


def meet_minutes(rng, A, M, mode='code', handw=False, with_sheet=True):
    """O07 交流会会议纪要, sign-in sheet on the following page(s)."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 70, '会　议　纪　要', 18, al='c', col=RED, bold=True)
    p.t(297, 94, '〔%d〕第%d期' % (M['date'].year, M['no']), 10, al='c')
    p.line(60, 104, 535, 104, 1.2, RED)
    p.t(297, 134, M['name'], 13, al='c', bold=True)
    rows = [['会议时间', '%s %s' % (d_cn(M['date']), M['time'])], ['会议地点', M['place']],
            ['主办单位', A['name']], ['主持人', A['contact']],
            ['参会情况', '天津市%d家制造企业代表及行业专家共%d人参会' % (M['declared'], M['declared'] * 2 + rng.randint(1, 9))]]
    y = p.grid(60, 150, [80, 395], rows, rh=22, sz=10)
    p.t(60, y + 28, '会议主要内容', 11.5, bold=True)
    for para in M['content']:
        y = p.wrap(60, y + 44 if para is M['content'][0] else y, 475, para, 10.5)
    p.t(535, y + 30, A['name'] + '办公室', 10.5, al='r')
    p.t(535, y + 50, d_cn(M['date'] + timedelta(days=rng.randint(1, 3))), 10.5, al='r')
    if with_sheet:
        per = 24 if handw else 30
        chunks = [M['sheet'][i:i + per] for i in range(0, len(M['sheet']), per)]
        for k, ch in enumerate(chunks):
            p = d.page()
            p.t(297, 60, '附件：参会单位签到表' + ('（续）' if k else ''), 13, al='c', bold=True)
            p.t(45, 84, '会议名称：%s　　日期：%s' % (M['name'], d_iso(M['date'])), 9.5)
            sub = dict(M, sheet=ch)
            start = k * per
            y = _draw_sheet(p, rng, sub, 94, mode, handw)
    return d.bytes(), F(date=M['date'], title=M['name'])


def meet_sheet(rng, A, M, mode='addr', handw=True):
    """O08 separate 签到表 file (landscape-free, handwritten entries)."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 60, M['name'], 13, al='c', bold=True)
    p.spaced(297, 86, '签到表', 15, gap=8, al='c', bold=True)
    p.t(45, 112, '时间：%s　　地点：%s' % (d_cn(M['date']), M['place']), 10)
    _draw_sheet(p, rng, M, 122, mode, handw)
    return d.bytes(), F(date=M['date'], title=M['name'])


def meet_wechat(rng, A, M):
    """N13 公众号推文长截图: meeting date only as 'X月X日' in the body, year from the post time."""
    d = Doc(rng, (390, 1180))
    p = d.page()
    p.t(20, 18, '%02d:%02d' % (rng.randint(8, 22), rng.randint(0, 59)), 10)
    p.t(370, 18, '5G  86%', 9, al='r')
    p.t(195, 48, '×', 14, al='c')
    y = p.wrap(20, 86, 350, M['headline'], 17, lead=26, indent=0)
    post = M['date'] + timedelta(days=1)
    p.t(20, y + 8, '%s　%s　%s %02d:%02d 天津' % (A['account'], '', d_iso(post), rng.randint(17, 21), rng.randint(0, 59)),
        9.5, col=(0.35, 0.45, 0.6))
    y += 36
    body = ['%d月%d日，由%s主办的“%s”在%s举行。来自%d余家天津制造企业的负责人、技术骨干齐聚一堂，围绕%s展开交流。'
            % (M['date'].month, M['date'].day, A['name'], M['name'], M['place'], M['claim'], M['topic'])]
    body += M['content'][:2]
    for i, b in enumerate(body):
        y = p.wrap(20, y, 350, b, 11.5, lead=21)
        if i == 0:
            p.rect(20, y, 350, 170, lw=0, fill=(0.78, 0.8, 0.83))
            p.t(195, y + 90, '［图片］交流会现场', 10, al='c', col=(0.4, 0.4, 0.4))
            y += 195
    p.t(20, y + 20, '阅读 %d　　赞 %d　　在看 %d' % (rng.randint(300, 3000), rng.randint(10, 90), rng.randint(3, 40)), 9.5,
        col=GRAY)
    return d.bytes(), F(date=M['date'], title=M['name'])


def meet_notebook(rng, A, M):
    """N14 会议记录本 page (handwritten entries in a printed form) + handwritten sign-in page."""
    d = new_doc(rng)
    p = d.page()
    p.spaced(297, 60, '会议记录', 18, gap=10, al='c', bold=True)
    labs = [('时　间', '%d年%d月%d日 %s' % (M['date'].year, M['date'].month, M['date'].day, M['time'][:5])),
            ('地　点', M['place']), ('主持人', A['contact']), ('记录人', A['recorder']), ('会议主题', M['name'])]
    y = 100
    for lab, val in labs:
        p.t(60, y, lab + '：', 11)
        p.line(125, y + 4, 535, y + 4, 0.5)
        p.hand(130, y, val, sz=12 if len(val) < 28 else 10)
        y += 30
    p.t(60, y, '内　容：', 11)
    y += 6
    lines = []
    for c_ in M['content']:
        lines += p.lines_of(c_, 440, 11.5, 'MH', indent=0)
    for i in range(22):
        p.line(60, y + 26 * (i + 1) + 4, 535, y + 26 * (i + 1) + 4, 0.4, (0.5, 0.6, 0.8))
        if i < len(lines):
            p.hand(70, y + 26 * (i + 1), lines[i], sz=11.5)
    p = d.page()
    p.t(297, 56, '参会签到', 14, al='c', bold=True)
    p.hand(60, 80, '%s　%s' % (M['name'], d_cn(M['date'])), sz=11)
    _draw_sheet(p, rng, M, 92, 'code', True)
    return d.bytes(), F(date=M['date'], title=M['name'])


def meet_notice(rng, A, M, when):
    """会议通知 (an invitation) — dated before the meeting; paired with a separate sheet."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 90, '关于举办“%s”的通知' % M['name'], 14, al='c', bold=True)
    p.t(60, 130, '各有关企业：', 11)
    txt = ('为推广智能制造系统解决方案的应用经验，%s定于%s %s在%s举办“%s”，现将有关事项通知如下：'
           % (A['name'], d_cn(M['date']), M['time'], M['place'], M['name']))
    y = p.wrap(60, 156, 475, txt, 11)
    for s in ['一、会议内容：%s。' % M['topic'], '二、参会对象：天津市制造业企业分管信息化、生产负责人，每家1—2人。',
              '三、请于会前两日通过回执报名，现场凭单位名称签到。', '联系人：%s　电话：%s' % (A['contact'], A['phone'])]:
        y = p.wrap(60, y, 475, s, 11)
    p.t(535, y + 40, A['name'], 11, al='r')
    p.t(535, y + 62, d_cn(when), 11, al='r')
    p.seal(470, y + 45, A['name'], '', r=40)
    return d.bytes(), F(date=M['date'], title=M['name'])


# ====================================================================== diagnoses
def _diag_solution(rng, G):
    return G['solution']


def diag_report(rng, A, G):
    """O09 免费诊断报告 (own wording), solution section '智能制造系统集成解决方案'."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 72, G['title'], 15, al='c', bold=True)
    rows = [['受诊企业', G['name']], ['统一社会信用代码', G['uscc']], ['诊断日期', d_cn(G['date'])],
            ['诊断方式', rng.choice(['现场调研＋座谈', '现场诊断', '线上访谈＋现场核查'])],
            ['诊断服务机构', A['name']]]
    y = p.grid(60, 92, [110, 365], rows, rh=22, sz=10)
    secs = [('一、企业现状', G['status']), ('二、存在的主要问题', G['problems'])]
    if G['has_solution']:
        secs.append(('三、智能制造系统集成解决方案', G['solution']))
    else:
        secs.append(('三、下一步工作', '本次诊断以现状调研为主，已形成问题清单。针对上述问题的系统集成解决方案需待企业明确投资计划后另行编制，'
                                  '本报告暂不提出具体方案。'))
    for h, b in secs:
        p.t(60, y + 26, h, 11.5, bold=True)
        y = p.wrap(60, y + 46, 475, b, 10.5)
    p.t(535, y + 30, '诊断机构：' + A['name'], 10.5, al='r')
    p.t(535, y + 52, '报告日期：' + d_cn(G['report_date']), 10.5, al='r')
    p.seal(470, y + 30, A['name'], '', r=38)
    return d.bytes(), F(date=G['date'], customer=G['name'], title=G['title'])


def diag_slides(rng, A, G):
    """N15 诊断汇报PPT讲义: landscape, two slides per page; cover has only year-month."""
    d = new_doc(rng)
    slides = [('cover', None), ('诊断概况', ['汇报对象：' + G['name'], '诊断时间：' + d_cn(G['date']),
                                          '诊断团队：' + A['name'] + ' 智能制造咨询部', '诊断范围：生产、设备、质量、物流、信息化']),
              ('企业现状', [s for s in G['status'].split('；') if s]),
              ('主要问题', [s for s in G['problems'].split('；') if s]),
              ('提升方案' if G['has_solution'] else '后续安排',
               [s for s in G['solution'].split('；') if s] if G['has_solution'] else ['问题清单已与企业确认', '方案另行沟通']),
              ('实施路线', ['第一阶段（1—3个月）：数据采集与网络改造', '第二阶段（4—6个月）：系统部署与集成', '第三阶段（7—9个月）：持续优化'])
              if G['has_solution'] else ('谢谢', ['联系人：' + A['contact']])]
    for k in range(0, len(slides), 2):
        p = d.page()
        for j, (title, bullets) in enumerate(slides[k:k + 2]):
            x0 = 75
            y0 = 60 + j * 380
            p.rect(x0, y0, 445, 250, lw=0.8, col=GRAY)
            p.rect(x0, y0, 445, 36, lw=0, fill=(0.1, 0.3, 0.55))
            if title == 'cover':
                p.rect(x0, y0, 445, 250, lw=0, fill=(0.1, 0.3, 0.55))
                yy = p.wrap(x0 + 24, y0 + 90, 400, G['title'], 18, lead=26, f='MH', col=(1, 1, 1), indent=0)
                p.t(x0 + 24, yy + 30, A['name'], 11, col=(0.9, 0.9, 1))
                p.t(x0 + 24, yy + 50, '%d年%d月' % (G['report_date'].year, G['report_date'].month), 11, col=(0.9, 0.9, 1))
            else:
                p.t(x0 + 14, y0 + 24, title, 14, col=(1, 1, 1), bold=True)
                yy = y0 + 64
                for b in bullets[:6]:
                    p.t(x0 + 18, yy, '■', 7, col=(0.1, 0.3, 0.55))
                    yy = p.wrap(x0 + 32, yy, 395, b, 10.5, lead=16, f='MH', indent=0) + 7
            p.t(x0 + 222, y0 + 268, '第 %d 张' % (k + j + 1), 8, al='c', col=GRAY)
    return d.bytes(), F(date=G['date'], customer=G['name'], title=G['title'])


def diag_expert(rng, A, G):
    """N16 智能制造诊断专家意见表 (form; solution in the 专家诊断意见及建议 cell)."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 66, G['title'], 15, al='c', bold=True)
    p.t(540, 88, '编号：ZD-%d-%03d' % (G['date'].year, G['seq']), 9, al='r')
    rows = [['企业名称', (G['name'], 3)],
            ['统一社会信用代码', G['uscc'], '所属行业', G['industry']],
            ['诊断日期', d_cn0(G['date']), '诊断方式', '现场'],
            ['企业现状概述', (G['status'], 3)],
            ['主要问题', (G['problems'], 3)],
            ['专家诊断意见及建议', (G['solution'] if G['has_solution'] else '企业现状及问题已记录，具体建议待下次回访后提出。', 3)],
            ['专家签字', '', '日期', d_cn0(G['date'])],
            ['企业确认（盖章）', ('', 3)]]
    y = p.grid(50, 96, [95, 170, 70, 160], rows, rh=30, sz=9.5)
    p.sign(160, y - 40, rng.choice(['陈立', '马骏', '韩冰', '高峰', '许杰']))
    p.seal(300, y - 20, G['name'], '', r=34)
    p.t(50, y + 24, '诊断服务单位：' + A['name'], 10)
    return d.bytes(), F(date=G['date'], customer=G['name'], title=G['title'])


def diag_energy(rng, A, G):
    """N17 能效诊断报告: energy table, '节能改造措施建议' as the solution, investment estimates."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 80, G['title'], 15, al='c', bold=True)
    p.t(297, 102, '（智能制造免费诊断服务）', 10.5, al='c')
    y = 130
    p.t(60, y, '1　概述', 12, bold=True)
    y = p.wrap(60, y + 22, 475, '受%s委托，%s诊断组于%s对%s开展能效诊断，现场核查主要用能设备，调阅%d年度能源台账。'
               % (G['name'], A['name'], d_cn(G['date']), G['name'], G['date'].year - 1), 10.5)
    p.t(60, y + 6, '2　用能现状', 12, bold=True)
    rows = [['能源品种', '年消费量', '折标系数', '折标煤（tce）'],
            ['电力', '%d 万kWh' % rng.randint(300, 3000), '1.229 tce/万kWh', str(rng.randint(400, 3600))],
            ['天然气', '%d 万m³' % rng.randint(20, 300), '12.14 tce/万m³', str(rng.randint(250, 3600))],
            ['蒸汽', '%d t' % rng.randint(1000, 9000), '0.0943 tce/t', str(rng.randint(100, 800))]]
    y = p.grid(60, y + 16, [110, 120, 130, 115], rows, rh=22, sz=9.5, al=['l', 'r', 'c', 'r'], hdr=True)
    p.t(60, y + 26, '3　存在问题', 12, bold=True)
    y = p.wrap(60, y + 46, 475, G['problems'], 10.5)
    if G['has_solution']:
        p.t(60, y + 6, '4　节能改造措施建议', 12, bold=True)
        y = p.wrap(60, y + 26, 475, G['solution'] + ' 以上措施估算投资约%d万元，预计年节约标煤%d吨。'
                   % (rng.randint(60, 400), rng.randint(80, 600)), 10.5)
    p.t(535, y + 30, A['name'] + '（诊断单位）', 10.5, al='r')
    p.t(535, y + 52, d_cn(G['report_date']), 10.5, al='r')
    return d.bytes(), F(date=G['date'], customer=G['name'], title=G['title'])


# ====================================================================== standards
def std_draft(rng, A, T):
    """O10 团体标准 征求意见稿: cover, 前言, 范围."""
    d = new_doc(rng)
    p = d.page()
    p.t(60, 60, 'ICS %s' % T['ics'], 10)
    p.t(60, 78, T['ccs'], 10)
    p.spaced(297, 140, '团体标准', 26, gap=14, al='c', bold=True)
    p.t(535, 175, T['code'], 12, al='r')
    p.line(60, 185, 535, 185, 1.2)
    y = p.wrap(80, 300, 435, T['name'], 20, lead=30, indent=0)
    p.t(297, y + 20, T['en'], 11, al='c', f='MH')
    p.t(297, y + 60, '（征求意见稿）', 13, al='c')
    p.t(297, y + 84, '本稿完成日期：%s' % d_iso(T['date']), 9.5, al='c', col=GRAY)
    p.line(60, 720, 535, 720, 1.2)
    p.t(60, 745, 'XXXX - XX - XX 发布', 12)
    p.t(535, 745, 'XXXX - XX - XX 实施', 12, al='r')
    p.t(297, 790, T['org'] + '　发 布', 13, al='c')
    p = d.page()
    p.t(297, 80, '前　言', 15, al='c', bold=True)
    y = p.wrap(60, 120, 475, '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。', 10.5)
    y = p.wrap(60, y, 475, '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。', 10.5)
    y = p.wrap(60, y, 475, '本文件由%s提出并归口。' % T['org'], 10.5)
    y = p.wrap(60, y, 475, '本文件起草单位：%s、%s。' % (A['name'], '、'.join(T['co'])), 10.5)
    y = p.wrap(60, y, 475, '本文件主要起草人：%s。' % '、'.join(T['people']), 10.5)
    p = d.page()
    p.t(60, 80, T['name'], 13, bold=True)
    y = 120
    for h, b in [('1　范围', '本文件规定了%s的总体要求、功能要求、接口要求及测试方法。本文件适用于天津市制造企业相关系统的规划、建设与验收。' % T['topic']),
                 ('2　规范性引用文件', '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。GB/T 39116　智能制造能力成熟度模型；'
                                  'GB/T 20720.1　企业控制系统集成　第1部分：模型和术语。'),
                 ('3　术语和定义', '下列术语和定义适用于本文件。3.1 边缘网关 edge gateway：部署于现场侧，实现协议转换与数据预处理的设备。'),
                 ('4　总体要求', '4.1 系统应采用分层架构，包括设备层、边缘层、平台层和应用层。4.2 各层之间的数据交换应采用统一的信息模型。')]:
        p.t(60, y, h, 11.5, bold=True)
        y = p.wrap(60, y + 22, 475, b, 10.5) + 8
    return d.bytes(), F(title=T['name'])


def std_redline(rng, A, T):
    """N18 企业标准 工作组草案 with red track changes and margin comments."""
    d = new_doc(rng)
    p = d.page()
    p.t(60, 60, '%s 企业标准' % A['name'], 12)
    p.t(535, 60, T['code'], 11, al='r')
    p.line(60, 70, 535, 70, 1)
    y = p.wrap(70, 120, 455, T['name'], 18, lead=26, indent=0)
    p.t(297, y + 14, '（工作组草案·修订稿 第%d版）' % rng.randint(2, 5), 11, al='c', col=RED)
    y += 60
    segs = [('1　范围', '本标准规定了%s的术语、架构、数据接口和验证方法。' % T['topic'], '本标准适用于离散制造企业。'),
            ('2　数据接口要求', '设备数据应通过OPC UA或MQTT协议接入平台，', '采样周期不大于1 s。'),
            ('3　互联互通测试', '测试应覆盖协议一致性、并发接入和断线重连三类场景，', '测试记录保存不少于三年。')]
    for h, keep, add in segs:
        p.t(70, y, h, 12, bold=True)
        y += 24
        y = p.wrap(70, y, 380, keep, 10.5)
        w = p.t(70, y, '原：采样周期不大于5 s。', 10.5, col=RED)
        p.line(70, y - 4, 70 + w, y - 4, 0.8, RED)
        p.t(80 + w, y, add, 10.5, col=(0.1, 0.2, 0.75))
        p.rect(460, y - 26, 95, 40, lw=0.5, col=RED, fill=(1, 0.93, 0.93))
        p.t(464, y - 12, '批注[%s]:' % rng.choice(['王工', '李工', '周工']), 7.5, col=RED)
        p.t(464, y + 0, rng.choice(['建议与团标一致', '请补充依据', '已与车间确认']), 7.5, col=RED)
        y += 40
    p.t(297, 800, '— 1 —', 9, al='c')
    return d.bytes(), F(title=T['name'])


# ====================================================================== other
def other_techreg(rng, A, C, K):
    """N19 技术合同认定登记证明 (技术交易额 differs from 成交总额)."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 90, '技术合同认定登记证明', 18, al='c', bold=True)
    p.t(535, 120, '登记号：%d%s%06d' % (K['sign'].year, A['uscc'][2:8], rng.randint(1, 999999)), 10, al='r')
    tech = D(K['amount'] * Decimal(str(rng.uniform(0.55, 0.8))))
    rows = [['合同名称', (K['name'] + '技术服务合同', 3)],
            ['合同编号', K['no'], '技术类别', '技术服务'],
            ['卖方（受托方）', (A['name'], 3)],
            ['买方（委托方）', (C['name'], 3)],
            ['成交总额（元）', money(K['amount']), '技术交易额（元）', money(tech)],
            ['合同签订日期', d_iso(K['sign']), '登记日期', d_iso(K['sign'] + timedelta(days=rng.randint(10, 40)))]]
    y = p.grid(60, 140, [100, 140, 100, 135], rows, rh=28, sz=10)
    p.wrap(60, y + 30, 475, '经审查，该合同符合技术合同认定规则，准予登记。', 10.5)
    p.seal(450, y + 80, '天津市滨海新区技术合同登记站', '', r=44)
    return d.bytes(), F()


def other_receipt(rng, A, C, K, amt, when):
    """N20 收款收据 issued by the applicant (not the customer's payment proof)."""
    d = Doc(rng, (600, 300))
    p = d.page()
    p.spaced(300, 40, '收款收据', 18, gap=12, al='c', bold=True, col=(0.1, 0.35, 0.2))
    p.t(560, 40, 'No. %07d' % rng.randint(1, 9999999), 11, al='r', col=RED)
    p.t(40, 70, '入账日期：', 10)
    p.hand(100, 70, d_cn(when), sz=11)
    rows = [['今收到', ''], ['交　来', ''], ['人民币（大写）', ''], ['收款方式', '']]
    y = p.grid(40, 80, [90, 430], rows, rh=30, sz=10.5, col=(0.1, 0.35, 0.2))
    p.hand(140, 100, C['name'], sz=12)
    p.hand(140, 130, '%s合同款（第二期）' % K['short'], sz=12)
    p.hand(140, 160, daxie(amt) + '　¥' + money(amt), sz=12)
    p.hand(140, 190, '银行转账', sz=12)
    p.t(40, y + 30, '收款单位（盖章）：', 10)
    p.t(300, y + 30, '会计：', 10)
    p.t(420, y + 30, '经手人：', 10)
    p.sign(340, y + 32, '孟' + rng.choice('丽洁瑶'), sz=12)
    p.sign(470, y + 32, A['contact'], sz=12)
    p.seal(190, y + 14, A['name'], '财务专用章', r=32)
    p.t(575, 150, '第二联　交付款单位', 8, al='r', col=GRAY)
    return d.bytes(), F()


def other_std_proposal(rng, A, T):
    """N21 标准制修订项目建议书 — a proposal, not a draft."""
    d = new_doc(rng)
    p = d.page()
    p.t(297, 80, '团体标准制修订项目建议书', 16, al='c', bold=True)
    rows = [['项目名称', (T['name'], 3)],
            ['制定/修订', '制定', '标准类别', T['cat']],
            ['建议单位', (A['name'], 3)],
            ['目的和意义', ('规范%s的建设内容，解决企业系统间互联互通难、集成成本高的问题。' % T['topic'], 3)],
            ['范围和主要技术内容', ('拟规定%s的术语、总体架构、功能要求与测试方法（标准草案尚未编制，立项后由工作组起草）。' % T['topic'], 3)],
            ['进度安排', ('立项后6个月内完成草案，9个月内完成征求意见稿。', 3)],
            ['建议单位意见', ('同意申报。', 3)]]
    y = p.grid(60, 100, [110, 140, 80, 145], rows, rh=34, sz=10)
    p.t(400, y + 40, d_cn(T['date']), 10.5)
    p.seal(420, y + 20, A['name'], '', r=40)
    return d.bytes(), F()
