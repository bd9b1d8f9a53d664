"""Invented submissions: declared rows, planted defects and the truth derived from the rules."""
import datetime as dt
from common import make_uscc, uscc_valid

D = dt.date
TJ_REG = ['120116', '120111', '120104', '120113', '120222', '120105', '120110', '120112', '120102', '120114']
BRAND = ['赟泰', '昀橦', '瑄和', '珺澜', '翀远', '沐辰', '岚曜', '晟澍', '璟川', '禾朗', '煦峰', '骁铎', '澄渤', '堃元',
         '溱海', '钰衡', '朗澈', '琨瑞', '梓岩', '霁川', '旸谷', '濠钧', '铂湾', '祺岳', '芃辰', '晞阳', '峣石', '沅芷',
         '骞智', '珩宇', '涞源', '昶达', '湛卢', '熠森', '泓渟', '曦禾', '燊华', '淏天', '琰鼎', '栎阳', '珈蓝', '楷铖',
         '湉舟', '樾风', '奕棠', '汀兰', '翊航', '锴铭', '歆瑶', '峤北', '渊岳', '雎鸣', '璞石', '靖岚', '鑫焱', '韫玉',
         '埕华', '滢辉', '衍森', '砚池', '嵘泰', '琛宝', '劭德', '苒苒', '杺岱', '恺乐', '漪澜', '骐骥', '淼川', '焜耀']
IND = ['精密机械', '汽车零部件', '新材料', '电子科技', '食品', '医药', '金属制品', '塑胶', '装备制造', '轴承', '化工',
       '纺织', '包装', '电气', '模具', '液压', '自动化', '光电', '五金', '环保设备']
DIST = {'120116': '天津市滨海新区', '120111': '天津市西青区', '120104': '天津市南开区', '120113': '天津市北辰区',
        '120222': '天津市武清区', '120105': '天津市河北区', '120110': '天津市东丽区', '120112': '天津市津南区',
        '120102': '天津市河东区', '120114': '天津市武清区', '120221': '天津市宁河区'}
ROADS = ['海泰发展六道', '兴华五支路', '京福公路', '宜白路', '黄海路', '西青道', '泰达大街', '华苑产业区榕苑路', '津塘公路', '双港镇鑫港二号路']


class Namer:
    def __init__(self, rng):
        self.rng = rng; self.used = set(); self.bi = 0
    def firm(self, city='天津', ind=None, suffix='有限公司'):
        while True:
            b = BRAND[self.bi % len(BRAND)]; self.bi += 1
            i = ind or self.rng.choice(IND)
            n = f"{city}{b}{i}{suffix}" if self.bi % 3 else f"{city}市{b}{i}{suffix}"
            if self.bi > len(BRAND):
                n = f"{city}{b}{self.rng.choice('新鑫宏华')}{i}{suffix}"
            if n not in self.used:
                self.used.add(n); return n
    def tj(self, ind=None):
        reg = self.rng.choice(TJ_REG)
        name = self.firm('天津', ind)
        addr = f"{DIST[reg]}{self.rng.choice(ROADS)}{self.rng.randint(2, 188)}号"
        return name, make_uscc(self.rng, reg), addr


def day(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def build(variant, rng):
    nm = Namer(rng)
    app_name = {'clean': '天津泓渟智造系统集成有限公司', 'gaps': '天津锴铭工业互联科技有限公司', 'tricky': '天津璟川数智装备技术有限公司'}[variant]
    nm.used.add(app_name)
    app = {'name': app_name, 'uscc': make_uscc(rng, '120116'),
           'address': f"天津市滨海新区高新区{rng.choice(['海泰华科三路', '梅苑路', '华天道'])}{rng.randint(1, 40)}号{rng.randint(2, 9)}号楼"}
    app['bank'] = rng.choice(['中国建设银行天津滨海分行', '交通银行天津高新区支行', '上海浦东发展银行天津分行营业部'])
    app['acct'] = ''.join(str(rng.randint(0, 9)) for _ in range(19))
    W = {'applicant': app, 'variant': variant}

    # ---------------- customer contracts ----------------
    projects = ['数字化车间MES系统建设项目', '设备联网与数据采集平台项目', '智能仓储物流系统集成项目', '质量追溯系统实施项目',
                '能源管理平台建设项目', '产线自动化改造及SCADA系统项目', '工业互联网标识解析应用项目', '机器视觉检测系统集成项目']
    amounts_wan = {'clean': [612, 485, 398.5, 702, 356, 274, 431],
                   'gaps': [388, 452, 296, 512, 268, 341, 410],
                   'tricky': [305.6, 298, 260, 330, 242.4, 225, 200]}[variant]
    contracts = []
    for i, aw in enumerate(amounts_wan):
        seq = i + 1
        name, code, addr = nm.tj()
        sme = True; emp = rng.randint(60, 780); rev = rng.randint(3000, 36000)
        tj_decl = True
        if i in (4, 6):  # out-of-town customers
            city = '山东' if i == 4 else '河北'
            reg = '370211' if i == 4 else '130602'
            name = nm.firm('青岛' if i == 4 else '保定'); code = make_uscc(rng, reg)
            addr = ('山东省青岛市黄岛区' if i == 4 else '河北省保定市竞秀区') + f"{rng.choice(['漓江西路', '向阳北大街', '长江路'])}{rng.randint(10, 400)}号"
            tj_decl = False
        if i == 5:
            emp, rev, sme = 2350, 186000, False
        sign = day(rng, D(2023, 9, 1), D(2024, 3, 31)) if i % 3 == 0 else day(rng, D(2024, 1, 10), D(2024, 6, 15))
        acc = sign + dt.timedelta(days=rng.randint(90, 170))
        if acc > D(2024, 12, 20): acc = D(2024, 12, 20)
        ctr = {'seq': seq, 'contract_no': f"{['HT', 'XS', 'JC'][i % 3]}-{rng.choice(['TJ', 'ZZ', 'GY'])}{2024 if sign.year == 2024 else 2023}-{rng.randint(100, 899):03d}",
               'contract_name': projects[i], 'customer': name, 'customer_uscc': code, 'customer_address': addr,
               'amount_cents': int(round(aw * 1000000)), 'sign_date': sign, 'acc_date': acc, 'sme_decl': sme,
               'employees': emp, 'revenue_wan': rev, 'tj_decl': tj_decl, 'planted': [], 'pay_split': [1.0],
               'doc_amount': {}, 'acc_result': 'passed', 'missing': [], 'reinspect': False}
        contracts.append(ctr)
    for c in contracts:
        c['contract_no'] = c['contract_no'].replace('HT-', 'HT-') + ('' if c['seq'] % 2 else 'A')
    contracts[1]['pay_split'] = [0.3, 0.6, 0.1]
    contracts[3]['pay_split'] = [0.5, 0.5]
    if variant == 'gaps':
        contracts[2]['missing'].append('payment_proof'); contracts[2]['planted'].append('missing_payment_proof')
        contracts[4]['doc_amount']['contract'] = contracts[4]['amount_cents'] + 18000000  # 268 -> 286 万
        contracts[4]['planted'].append('amount_mismatch')
        contracts[1]['acc_result'] = 'failed'; contracts[1]['planted'].append('acceptance_not_passed')
        c = contracts[6]; c['sme_decl'] = True; c['employees'] = 1560; c['revenue_wan'] = 61200; c['planted'].append('sme_misclassified')
    if variant == 'tricky':
        c = contracts[3]  # named 天津… but registered in Beijing
        c['customer'] = nm.firm('天津', '智能装备'); c['customer_uscc'] = make_uscc(rng, '110108')
        c['customer_address'] = '北京市海淀区上地信息路' + str(rng.randint(3, 30)) + '号'
        c['tj_decl'] = True; c['planted'].append('not_tianjin (天津-named, Beijing code and address)')
        c = contracts[5]; c['sme_decl'] = False; c['employees'] = 1200; c['revenue_wan'] = 38000
        c['planted'].append('sme_misclassified (declared large; 1200 staff but revenue 38000万 < 40000 → SME)')
        contracts[1]['pay_split'] = [0.3, 0.6, 0.096]  # 0.4 % short: within tolerance
        contracts[1]['planted'].append('payments 0.4% short of declared (within 0.5%)')
        contracts[6]['doc_amount']['acceptance'] = contracts[6]['amount_cents'] - contracts[6]['amount_cents'] // 200
        contracts[6]['planted'].append('acceptance states amount exactly 0.5% lower (not > 0.5%)')
        contracts[4]['reinspect'] = True; contracts[4]['planted'].append('初验 2023 未通过, 复验 2024 通过')
        contracts[0]['sign_date'] = D(2023, 11, 20); contracts[0]['planted'].append('signed 2023, accepted 2024')
        contracts[2]['acc_date'] = D(2024, 12, 31); contracts[2]['planted'].append('accepted on 2024-12-31 (boundary)')
        # customers 5 (Qingdao) and 7 (Baoding) are out of Tianjin; Tianjin verified = 1,2,3,6 ... make only two Tianjin
        for k in (1, 5):
            c = contracts[k]
            c['customer'] = nm.firm('沧州' if k == 1 else '唐山'); c['customer_uscc'] = make_uscc(rng, '130902' if k == 1 else '130203')
            c['customer_address'] = ('河北省沧州市运河区' if k == 1 else '河北省唐山市路北区') + f"{rng.choice(['朝阳大道', '新华道'])}{rng.randint(10, 300)}号"
            c['tj_decl'] = False
    W['contracts'] = contracts

    # ---------------- local suppliers (subcontracts) ----------------
    sups = []
    nsup = 2 if variant == 'clean' else 3
    for i in range(nsup):
        name, code, addr = nm.tj(['软件', '电气工程', '信息安全'][i])
        sign = day(rng, D(2024, 2, 1), D(2024, 10, 30))
        sups.append({'seq': i + 1, 'supplier': name, 'supplier_uscc': code, 'supplier_address': addr,
                     'sub_no': f"FB-{2024}-{rng.randint(10, 99)}{i + 1}", 'sub_name': ['MES二次开发分包合同', '产线电气设计分包合同', '等级保护测评服务委托合同'][i],
                     'amount_cents': rng.choice([385000, 462000, 286500, 518000, 322000]) * 100, 'sign_date': sign,
                     'genre': ['design', 'design', 'djcp'][i] if i != 0 else 'djcp', 'planted': [], 'missing': False,
                     'party_on_doc': name, 'reversed': False})
    sups[1]['genre'] = 'design'
    if variant == 'gaps':
        s = sups[1]; s['supplier'] = nm.firm('保定', '电气工程'); s['supplier_uscc'] = make_uscc(rng, '130602')
        s['supplier_address'] = '河北省保定市莲池区东风东路' + str(rng.randint(10, 500)) + '号'; s['party_on_doc'] = s['supplier']
        s['planted'].append('subcontractor_not_tianjin')
        sups[2]['missing'] = True; sups[2]['planted'].append('missing_subcontract')
    if variant == 'tricky':
        sups[1]['reversed'] = True; sups[1]['planted'].append('乙方 block printed before 甲方 (roles by label)')
        s = sups[2]; s['party_on_doc'] = s['supplier'] + '北京分公司'
        s['planted'].append('subcontract signed by the supplier\'s Beijing branch → party_mismatch')
        s['branch_uscc'] = make_uscc(rng, '110105', '91')
    W['suppliers'] = sups

    # ---------------- meetings ----------------
    topics = ['数字化车间建设路径', '设备联网与数据治理', '中小企业数字化转型', '工业软件选型与实施', '机器视觉质检应用',
              '能源管理与双碳', '智能仓储物流', '5G+工业互联网', '质量追溯与精益生产', '预测性维护实践', '工业数据安全']
    nmeet = {'clean': 10, 'gaps': 10, 'tricky': 11}[variant]
    meets = []
    dates = sorted(day(rng, D(2024, 1, 8), D(2024, 12, 20)) for _ in range(nmeet))
    for i in range(nmeet):
        n_tj = rng.randint(11, 15)
        meets.append({'seq': i + 1, 'name': f"2024年第{['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'][i]}期智能制造经验交流会（{topics[i]}）",
                      'date': dates[i], 'place': rng.choice(['天津市滨海新区', '天津市西青区', '天津市武清区', '天津市南开区']) + rng.choice(['科技园会议中心', '创新中心多功能厅', '产业园报告厅']),
                      'n_tj': n_tj, 'n_other': rng.randint(0, 3), 'dup': 0, 'host_signs': rng.random() < 0.5,
                      'genre': ['zuotan', 'jiyao', 'txl'][i % 3], 'planted': [], 'missing': False})
    if variant == 'gaps':
        meets[3]['n_tj'] = 8; meets[3]['planted'].append('only 8 Tianjin firms on sheet (declared 12)')
        meets[6]['date'] = D(2023, 12, 15); meets[6]['planted'].append('date_out_of_period')
        meets[8]['missing'] = True; meets[8]['planted'].append('missing_meeting_record')
    if variant == 'tricky':
        meets[2].update(n_tj=10, dup=1, host_signs=True, n_other=1); meets[2]['planted'].append('exactly 10 distinct Tianjin firms + host + a duplicate row')
        meets[7].update(n_tj=9, dup=1, host_signs=True, n_other=1); meets[7]['planted'].append('9 distinct Tianjin firms (11 rows: host and a duplicate)')
        meets[10]['date'] = D(2024, 12, 31); meets[10]['planted'].append('held 2024-12-31, notice dated 2024-12; 印发 2025')
        meets[0]['date'] = D(2024, 1, 9); meets[0]['planted'].append('印发 date distractor')
    for m in meets:
        m['declared'] = m['n_tj']
        m['attendees'] = [nm.tj() for _ in range(m['n_tj'])]
        others = []
        for _ in range(m['n_other']):
            reg = rng.choice(['110108', '130602', '370211'])
            others.append((nm.firm({'110108': '北京', '130602': '保定', '370211': '青岛'}[reg]), make_uscc(rng, reg),
                           {'110108': '北京市海淀区中关村大街', '130602': '河北省保定市竞秀区', '370211': '山东省青岛市黄岛区'}[reg] + str(rng.randint(1, 99)) + '号'))
        m['others'] = others
    if variant == 'gaps':
        meets[3]['declared'] = 12
    if variant == 'tricky':
        meets[7]['declared'] = 10
    W['meetings'] = meets

    # ---------------- diagnoses ----------------
    ndiag = {'clean': 30, 'gaps': 31, 'tricky': 31}[variant]
    diags = []
    for i in range(ndiag):
        name, code, addr = nm.tj()
        d = day(rng, D(2024, 1, 15), D(2024, 12, 15))
        g = ['cloud', 'list', 'log'][i % 3]
        diags.append({'seq': i + 1, 'customer': name, 'uscc': code, 'address': addr, 'date': d,
                      'report': {'cloud': '企业上云用云诊断报告', 'list': '智能制造诊断问题清单及改进建议表', 'log': '智能制造免费诊断服务纪实'}[g],
                      'genre': g, 'solution': True, 'missing': False, 'planted': []})
    if variant == 'gaps':
        diags[4]['solution'] = False; diags[4]['planted'].append('diagnosis_without_solution')
        diags[9]['solution'] = False; diags[9]['planted'].append('diagnosis_without_solution')
        diags[11]['missing'] = True; diags[11]['planted'].append('missing_diagnosis_report')
        diags[19]['date'] = D(2025, 1, 8); diags[19]['planted'].append('date_out_of_period')
    if variant == 'tricky':
        diags[6]['date'] = D(2023, 12, 28); diags[6]['planted'].append('date_out_of_period (2023-12-28)')
        diags[0]['date'] = D(2024, 1, 2); diags[0]['planted'].append('2024-01-02 near the boundary; 预约 date 2023-12')
        diags[13]['alt_heading'] = True; diags[13]['planted'].append('solution under heading 下一步提升路径')
    W['diagnoses'] = diags

    # ---------------- standards ----------------
    stds = [{'seq': 1, 'name': '离散制造车间设备数据采集接口技术要求', 'cat': '团体标准', 'stage': '征求意见稿', 'doc': True},
            {'seq': 2, 'name': '智能仓储系统集成验收规范', 'cat': '团体标准', 'stage': '草案', 'doc': True},
            {'seq': 3, 'name': '中小企业数字化诊断服务规范', 'cat': '企业标准', 'stage': '草案', 'doc': True}]
    if variant == 'gaps':
        stds[2]['doc'] = False
    W['standards'] = stds
    return W


# ---------------------------------------------------------------- the rules
def is_sme(c):
    return not (c['employees'] >= 1000 and c['revenue_wan'] >= 40000)

def in_2024(d):
    return D(2024, 1, 1) <= d <= D(2024, 12, 31)

def is_tj(code, addr):
    return code[2:4] == '12' or addr.startswith('天津市')

def truth(W):
    gaps = []
    verified = []
    for c in W['contracts']:
        cg = []
        def add(kind, req='A-customers'):
            cg.append({'kind': kind, 'contract_no': c['contract_no'], 'customer': c['customer'], 'requirement': req})
        for m in ('acceptance_report', 'payment_proof', 'procurement_proof'):
            if m in c['missing']:
                add('missing_' + m)
        decl = c['amount_cents']
        amts = [v for k, v in c['doc_amount'].items()]
        paid = sum(c['pay_amounts']) if 'payment_proof' not in c['missing'] else decl
        if any(abs(a - decl) * 1000 > 5 * decl for a in amts) or abs(paid - decl) * 1000 > 5 * decl:
            add('amount_mismatch')
        if not in_2024(c['acc_date']):
            add('date_out_of_period')
        if c['acc_result'] != 'passed':
            add('acceptance_not_passed')
        if not uscc_valid(c['customer_uscc']):
            add('invalid_uscc')
        if c['tj_decl'] and not (c['customer_uscc'][2:4] == '12' and c['customer_address'].startswith('天津市')):
            add('not_tianjin')
        if c['sme_decl'] != is_sme(c):
            add('sme_misclassified', 'A-sme')
        gaps += cg
        if all(g['kind'] == 'sme_misclassified' for g in cg):
            verified.append(c)
    total = sum(c['amount_cents'] for c in verified)
    custs = {c['customer'] for c in verified}
    tj_custs = {c['customer'] for c in verified if c['tj_decl'] and c['customer_uscc'][2:4] == '12' and c['customer_address'].startswith('天津市')}
    sme_custs = {c['customer'] for c in verified if is_sme(c)}
    sub = lambda kind, req: {'kind': kind, 'contract_no': None, 'customer': None, 'requirement': req}
    if len(custs) < 6: gaps.append(sub('customer_count_below_threshold', 'A-customers'))
    if total < 1500000000: gaps.append(sub('total_below_threshold', 'A-customers'))
    if len(tj_custs) < 2: gaps.append(sub('tianjin_customer_count_below_threshold', 'A-customers'))
    if len(sme_custs) < 5: gaps.append(sub('sme_count_below_threshold', 'A-sme'))
    # suppliers
    ok_sup = set()
    for s in W['suppliers']:
        sg = []
        def adds(kind):
            sg.append({'kind': kind, 'contract_no': s['sub_no'], 'customer': None, 'supplier': s['supplier'], 'requirement': 'A-local-suppliers'})
        if not (s['supplier_uscc'][2:4] == '12' and s['supplier_address'].startswith('天津市')):
            adds('subcontractor_not_tianjin')
        if s['missing']:
            adds('missing_subcontract')
        else:
            if not in_2024(s['sign_date']): adds('date_out_of_period')
            if s['party_on_doc'] != s['supplier']: adds('party_mismatch')
        gaps += sg
        if not sg: ok_sup.add(s['supplier'])
    if len(ok_sup) < 2: gaps.append(sub('local_supplier_count_below_threshold', 'A-local-suppliers'))
    # meetings
    qual = 0
    for m in W['meetings']:
        mg = []
        def addm(kind):
            mg.append({'kind': kind, 'contract_no': None, 'customer': None, 'meeting': m['name'], 'requirement': 'A-meetings'})
        if m['missing']:
            addm('missing_meeting_record')
        else:
            if not in_2024(m['date']): addm('date_out_of_period')
            if m['n_tj'] < 10: addm('meeting_attendance_below_threshold')
        gaps += mg
        if not mg: qual += 1
    if qual < 10: gaps.append(sub('meeting_count_below_threshold', 'A-meetings'))
    dq = set()
    for d in W['diagnoses']:
        dg = []
        def addd(kind):
            dg.append({'kind': kind, 'contract_no': None, 'customer': d['customer'], 'requirement': 'A-diagnoses'})
        if d['missing']:
            addd('missing_diagnosis_report')
        else:
            if not d['solution']: addd('diagnosis_without_solution')
            if not in_2024(d['date']): addd('date_out_of_period')
        gaps += dg
        if not dg: dq.add(d['customer'])
    if len(dq) < 30: gaps.append(sub('diagnosis_count_below_threshold', 'A-diagnoses'))
    nstd = 0
    for s in W['standards']:
        if s['doc']:
            nstd += 1
        else:
            g = sub('missing_standard_document', 'A-standards'); g['standard'] = s['name']; gaps.append(g)
    if nstd < 3: gaps.append(sub('standards_below_threshold', 'A-standards'))
    app = W['applicant']
    if not (app['uscc'][2:4] == '12' and app['address'].startswith('天津市')):
        gaps.append(sub('applicant_not_tianjin', 'E-tianjin'))
    count_kinds = {'E-tianjin': 'applicant_not_tianjin', 'A-local-suppliers': 'local_supplier_count_below_threshold',
                   'A-meetings': 'meeting_count_below_threshold', 'A-diagnoses': 'diagnosis_count_below_threshold',
                   'A-customers': ('customer_count_below_threshold', 'total_below_threshold', 'tianjin_customer_count_below_threshold'),
                   'A-standards': 'standards_below_threshold', 'A-sme': 'sme_count_below_threshold'}
    kinds = {g['kind'] for g in gaps}
    req = {}
    for r, ks in count_kinds.items():
        ks = ks if isinstance(ks, tuple) else (ks,)
        req[r] = 'not_met' if kinds & set(ks) else 'met'
    return {'gaps': gaps, 'verified': verified, 'total': total, 'custs': custs, 'tj_custs': tj_custs,
            'sme_custs': sme_custs, 'ok_sup': ok_sup, 'qual_meet': qual, 'diag_ok': dq, 'nstd': nstd, 'req': req}
