"""Building blocks of the author28 set: the company pool, the submission record (Sub), contracts, the workbook, the truth."""
import json, os, random, shutil
from decimal import Decimal
import openpyxl
from openpyxl.styles import Alignment
from util import make_uscc, spoil_uscc, yuan, sha256, uscc_valid, is_sme
from docs import GENRES
from render import render
import rules

APP = dict(name='天津瑄翀智能科技有限公司', short='XC', district='西青区',
           address='天津市西青区华苑产业区（环外）海泰发展六道6号海泰绿色产业基地K1-2-501',
           bank='中国工商银行股份有限公司天津华苑支行', acct='0302 0212 0930 0158 862')
SISTER = '天津瑄翀智能技术有限公司'

# name, region, address, employees, revenue(万元), web-slug
CUST = [
    ('天津赟泰精密机械有限公司', '120111', '天津市西青区张家窝工业区丰泽道12号', 230, 18600, 'yuntai'),
    ('天津港保税区堃元化工有限公司', '120116', '天津市滨海新区天津港保税区海滨九路88号', 1450, 96000, 'kunyuan'),
    ('天津海棠汽车零部件有限公司', '120112', '天津市津南区八里台工业园区创新道9号', 640, 31200, 'haitang'),
    ('天津中环昀晟电子材料有限公司', '120116', '天津市滨海新区高新区海泰南道16号', 1210, 35000, 'yunsheng'),
    ('天津北辰橦林重工机械有限公司', '120113', '天津市北辰区北辰经济技术开发区双辰中路22号', 3500, 214246, 'tonglin'),
    ('天津宝坻瑞丰食品股份有限公司', '120115', '天津市宝坻区九园工业园区九园公路18号', 820, 52000, 'ruifeng'),
    ('天津武清京津电缆有限公司', '120114', '天津市武清区汽车产业园云景道5号', 1000, 40000, 'jjcable'),
    ('天津东丽航宇复合材料有限公司', '120110', '天津市东丽区华明高新区华丰路6号', 999, 45000, 'hangyu'),
    ('天津静海恒力钢管制造有限公司', '120118', '天津市静海区大邱庄镇百亿道3号', 1500, 80000, 'hengli'),
    ('天津宁河新翀饲料有限公司', '120117', '天津市宁河区现代产业区海航东路7号', 160, 9800, 'xinchong'),
    ('天津瑄和建材科技有限公司', '120119', '天津市蓟州区经济开发区兴华大街21号', 310, 12500, 'xuanhe'),
    ('天津台升精密电子有限公司', '120116', '天津市滨海新区经济技术开发区第五大街37号', 560, 27800, 'taisheng'),
    ('天津艾默斯汽车部件有限公司', '120114', '天津市武清区京滨工业园京滨睿城11号', 880, 61000, 'aimosi'),
    ('天津金桥纺织印染有限公司', '120105', '天津市河北区金钟河大街100号', 420, 15300, 'jinqiao'),
    ('天津蓝海船舶配套设备有限公司', '120116', '天津市滨海新区临港经济区渤海十一路55号', 275, 21000, 'lanhai'),
    ('天津红星制药股份有限公司', '120104', '天津市南开区红旗路278号', 1800, 126000, 'hxpharma'),
    ('天津昀达物流装备有限公司', '120115', '天津市宝坻区节能环保工业区宝中道2号', 190, 8600, 'yunda'),
    ('天津堃泽新能源科技有限公司', '120116', '天津市滨海新区中新生态城中滨大道1888号', 340, 26000, 'kunze'),
    ('沧州渤海新区华瑞化工有限公司', '130983', '河北省沧州市渤海新区化工产业园区东区8号', 520, 33000, 'huarui'),
    ('天津市津南区八里台华胜机电有限公司', '120112', '天津市津南区八里台镇工业园区4号', 95, 4200, 'huasheng'),
    ('天津橦森医疗器械有限公司', '120111', '天津市西青区精武镇学府工业区思智道3号', 260, 14800, 'tongsen'),
    ('天津翀宇汽车模具有限公司', '120110', '天津市东丽区空港经济区东七道29号', 720, 38800, 'chongyu'),
    ('天津市河东区鑫盛包装制品有限公司', '120102', '天津市河东区津塘路二号桥工业园17号', 150, 6900, 'xinsheng'),
    ('天津瑞昀食品机械有限公司', '120113', '天津市北辰区天穆镇工业园区天穆路9号', 110, 5200, 'ruiyun'),
    ('天津赟达热能设备有限公司', '120118', '天津市静海区子牙循环经济产业区子牙环保大道6号', 480, 21500, 'yunda2'),
]
BANKS = ['中国建设银行股份有限公司天津{}支行', '渤海银行股份有限公司天津{}支行', '天津农村商业银行股份有限公司{}支行',
         '中国银行股份有限公司天津{}支行', '招商银行股份有限公司天津{}支行', '中信银行股份有限公司天津{}支行']
FBANK = ('渣打银行（中国）有限公司天津分行', 'Standard Chartered Bank (China) Limited, Tianjin Branch')
PROJECTS = ['数字化车间MES系统集成', '智能仓储物流系统', '生产线自动化改造', '设备远程运维工业互联网平台',
            'DCS控制系统升级改造', '能源管理系统', '视觉检测及质量追溯系统', '焊装车间机器人集成',
            '智能工厂数据中台', '灌装线智能化改造', '注塑车间数字孪生', '计量与质检信息化', '仓储AGV调度系统']
STD = ['智能制造 设备数据采集接口规范', '工业互联网平台 边缘网关互联互通要求', '离散制造 MES与ERP集成数据交换规范',
       '智能工厂 系统集成服务流程规范', '流程工业 控制系统改造验收测试方法']


def split(total, n, rng):
    t = Decimal(total)
    if n == 1:
        return [yuan(t)]
    fr = {2: [Decimal('0.3'), Decimal('0.7')], 3: [Decimal('0.3'), Decimal('0.6'), Decimal('0.1')]}[n]
    parts = [yuan(t * f) for f in fr[:-1]]
    parts.append(yuan(t - sum(Decimal(p) for p in parts)))
    return parts


class Sub:
    def __init__(self, name, rng, out, folders):
        self.name, self.rng, self.root = name, rng, os.path.join(out, name, 'submission')
        os.makedirs(self.root, exist_ok=True)
        self.docs, self.contracts, self.standards = [], [], []
        self.folders = folders
        self.n = 0
        self.img = 0

    def fname(self, ext):
        self.n += 1
        r = self.rng
        pat = r.choice(['扫描件{:04d}', 'IMG_2023{:04d}_{:06d}', '附件{}', '微信图片_2024{:04d}{:06d}', 'Doc{:05d}', '新建文档 ({})'])
        s = pat.format(r.randint(100, 9999), r.randint(100000, 235959)) if pat.count('{') == 2 else pat.format(r.randint(1, 9999))
        return f'{s}_{self.n:03d}.{ext}' if r.random() < 0.5 else f'{s}{self.n:03d}.{ext}'

    def add(self, genre, k, contract_no, rendering=None, folder=None, note_extra=''):
        kind, fn = GENRES[genre]
        r = self.rng
        pages, fields, note = fn(k, r)
        if rendering is None:
            x = r.random()
            rendering = 'text' if x < 0.55 else ('scan' if x < 0.82 else 'photo')
        if rendering == 'text':
            fmt = 'pdf'
        elif len(pages) > 1:
            fmt = 'pdf'
        elif rendering == 'scan':
            fmt = r.choice(['pdf', 'pdf', 'jpg', 'png', 'tif'])
        else:
            fmt = 'jpg'
        folder = folder or self.folders[kind]
        rel = f'{folder}/{self.fname(fmt)}'
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        render(pages, path, rendering, fmt, r)
        d = dict(path=rel, doc_type=kind, rendering=rendering, contract_no=contract_no, sha256=sha256(path),
                 note=note + note_extra, fields=fields, genre=genre)
        self.docs.append(d)
        return d

    def duplicate(self, d, folder):
        rel = f'{folder}/{self.fname(d["path"].rsplit(".", 1)[1])}'
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        shutil.copyfile(os.path.join(self.root, d['path']), os.path.join(self.root, rel))
        e = dict(d); e['path'] = rel; e['note'] = '与另一文件字节完全相同的重复上传（' + d['path'] + '）'
        e['fields'] = dict(d['fields'])
        self.docs.append(e)

    def corrupt(self, folder):
        rel = f'{folder}/{self.fname("pdf")}'
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        src = [d for d in self.docs if d['path'].endswith('.pdf')][0]
        b = open(os.path.join(self.root, src['path']), 'rb').read()
        open(os.path.join(self.root, rel), 'wb').write(b[:700])
        self.docs.append(dict(path=rel, doc_type='other', rendering='corrupt', contract_no=None,
                              sha256=sha256(os.path.join(self.root, rel)), note='上传中断的残缺PDF（只有前700字节）',
                              fields={k: None for k in ('contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title')},
                              genre='corrupt'))


GEN = dict(contract=['c_plain', 'c_gov', 'c_renew'], acc=['a_plain', 'a_trial', 'a_score', 'a_public', 'a_ppap'],
           pay=['p_plain', 'p_kiosk', 'p_debit', 'p_foreign', 'p_batch', 'p_hvps'], proc=['r_plain', 'r_price', 'r_open'])


def build_contract(S, seq, ci, amt_wan, spec, uscc_cache):
    """spec keys: sign, acc, pays (n), defects (set), genres overrides, rend overrides"""
    r = S.rng
    name, region, addr, emp, rev, web = CUST[ci]
    if name not in uscc_cache:
        uscc_cache[name] = make_uscc(r, region)
    code = uscc_cache[name]
    if 'invalid_uscc' in spec.get('defects', ()):
        code = spoil_uscc(code)
    dec = yuan(Decimal(amt_wan) * 10000)
    no = spec.get('no') or f'XC-{spec["sign"][:4]}-{r.choice(["JS", "XS", "FW", "ZN"])}{seq:02d}{r.randint(10, 99)}'
    proj = PROJECTS[(seq + ci) % len(PROJECTS)]
    if name == '天津台升精密电子有限公司':
        spec.setdefault('g', {})['contract'] = 'c_tw'
    k = dict(app=APP['name'], app_addr=APP['address'], app_uscc=APP['uscc'], app_short=APP['short'], district=APP['district'],
             cust=name, cust_addr=addr, cust_short=web.upper()[:4], web=web, no=no, project=proj, seq=seq,
             c_amount=spec.get('c_amount', dec), a_amount=spec.get('a_amount', dec), r_amount=spec.get('r_amount', dec),
             sign=spec['sign'], acc=spec['acc'], passed='acceptance_not_passed' not in spec.get('defects', ()),
             deliv=spec.get('deliv', '2023-06-30'), plan=f'TJCG-2023-{r.randint(1000, 9999)}', budget=float(dec) * 1.08,
             prev_no=f'XC-2022-FW{r.randint(100, 999)}', prev_date='2022-03-15', prev_amt=float(dec) * 0.82,
             t1=spec.get('t1', spec['acc']), t2=spec.get('t2', spec['acc']), print=spec.get('print', '2024-03-18'),
             pub=spec.get('pub', spec['acc']), bid_no=f'TJZB-{r.randint(10000, 99999)}', open=spec.get('open', spec['sign']),
             rdate=spec.get('rdate', spec['sign']), valid=spec.get('valid', '2024-03-31'),
             rivals=['天津万博自动化工程有限公司', '北京中科恒远信息技术有限公司'], site=spec.get('site', '厂区'))
    tj = region.startswith('12')
    declared_tj = spec.get('declared_tj', tj)
    c = dict(seq=seq, contract_no=no, customer=name, customer_uscc=code, customer_address=addr, amount_yuan=dec,
             amount_wan=amt_wan, contract_name=proj + '项目', sign_date=spec['sign'],
             acceptance_date=spec.get('decl_acc', spec['acc']), employees=emp, revenue_wan=rev,
             declared_sme=spec.get('declared_sme', is_sme(emp, rev)), declared_tianjin=declared_tj,
             planted=sorted(spec.get('defects', [])))
    S.contracts.append(c)
    g = spec.get('g', {})
    rd = spec.get('rend', {})
    defects = spec.get('defects', set())
    S.add(g.get('contract', GEN['contract'][seq % 3]), k, no, rd.get('contract'))
    if 'missing_acceptance_report' not in defects:
        S.add(g.get('acc', GEN['acc'][(seq + S.n) % 5]), k, no, rd.get('acc'))
    if 'missing_procurement_proof' not in defects:
        S.add(g.get('proc', GEN['proc'][(seq + S.n) % 3]), k, no, rd.get('proc'))
    if 'missing_payment_proof' not in defects:
        total = spec.get('pay_total', dec)
        parts = split(total, spec.get('pays', 1 + seq % 3), r)
        pdates = spec.get('pdates') or ['2023-%02d-%02d' % (min(12, int(spec['acc'][5:7]) + i), 10 + i * 3) for i in range(len(parts))]
        for i, pa in enumerate(parts):
            bank = BANKS[(seq + i) % len(BANKS)].format(['西青', '滨海', '南开', '河西', '北辰', '东丽'][ci % 6])
            kk = dict(k, payer=spec.get('payer', name), payee=spec.get('payee', APP['name']), pamt=pa, pdate=pdates[i],
                      payer_acct=str(r.randint(10 ** 15, 10 ** 16)), payee_acct=APP['acct'].replace(' ', ''),
                      bank=bank, payee_bank=APP['bank'], memo_no=r.random() < 0.5, bal=r.randint(10 ** 6, 10 ** 8),
                      fbank=FBANK[0], fbank_en=FBANK[1], print=spec.get('print', '2024-03-18'))
            gp = g.get('pay', GEN['pay'][(seq + i + S.n) % 6])
            if gp == 'p_foreign' and name != '天津艾默斯汽车部件有限公司' and r.random() < 0.5:
                gp = 'p_hvps'
            if name == '天津艾默斯汽车部件有限公司':
                gp = 'p_foreign'
            d = S.add(gp, kk, no, rd.get('pay'))
            if 'duplicate_evidence' in defects and i == 0:
                S.duplicate(d, S.folders['payment_proof'])
    for og in spec.get('others', []):
        S.add(og, k, None)
    return c, k


def workbook(S, path):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = '申报单位'
    ws.merge_cells('A1:B1'); ws['A1'] = '申报单位基本信息'
    ws.append(['项目', '内容'])
    for a, b in [('单位名称', APP['name']), ('统一社会信用代码', APP['uscc']), ('注册地址', APP['address']),
                 ('申报方向', '智能制造系统解决方案供应商'), ('服务行业', '装备制造、汽车零部件、化工')]:
        ws.append([a, b])
    ws2 = wb.create_sheet('服务用户清单')
    hdr = ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)', '签订日期', '验收日期',
           '是否中小企业', '从业人员', '营业收入（万元）', '是否天津企业']
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr)); ws2['A1'] = '2023年度服务用户清单'
    ws2.append(hdr)
    import datetime
    big = max(S.contracts, key=lambda c: c['revenue_wan'])
    for i, c in enumerate(S.contracts):
        def dt(iso):
            if i % 3 == 1:
                y, m, d = iso.split('-'); return f'{int(y)}年{int(m)}月{int(d)}日'
            return datetime.datetime.strptime(iso, '%Y-%m-%d')
        amt = float(c['amount_wan'])
        amt_cell = f'{amt:.2f}' if i == 2 else amt
        rev = '{:,}'.format(c['revenue_wan']) if c is big else c['revenue_wan']
        ws2.append([i + 1, c['customer'], c['customer_uscc'], c['contract_no'], c['contract_name'], amt_cell,
                    dt(c['sign_date']), dt(c['acceptance_date']), '是' if c['declared_sme'] else '否', c['employees'], rev,
                    '是' if c['declared_tianjin'] else '否'])
    for row in ws2.iter_rows(min_row=3):
        for cell in row:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = 'yyyy-mm-dd'
    ws3 = wb.create_sheet('标准草案')
    ws3.merge_cells('A1:D1'); ws3['A1'] = '标准草案情况'
    ws3.append(['序号', '标准名称', '标准类别', '阶段'])
    for i, s in enumerate(S.standards):
        ws3.append([i + 1, s['name'], s['category'], s['stage']])
    wb.save(path)


def finish(S, out):
    applicant = dict(name=APP['name'], uscc=APP['uscc'], address=APP['address'])
    docs = sorted(S.docs, key=lambda d: d['path'])
    for d in docs:
        d.pop('genre', None)
    t = rules.derive(applicant, S.contracts, S.standards, docs)
    truth = dict(submission=S.name, phase='支持', period=['2023-01-01', '2023-12-31'], applicant=applicant, **t,
                 contracts=[dict(seq=c['seq'], contract_no=c['contract_no'], customer=c['customer'],
                                 customer_uscc=c['customer_uscc'], amount_yuan=c['amount_yuan'], planted=c['planted'],
                                 customer_address=c['customer_address'], acceptance_date=c['acceptance_date'],
                                 employees=c['employees'], revenue_wan=c['revenue_wan'], declared_sme=c['declared_sme'],
                                 declared_tianjin=c['declared_tianjin'], sign_date=c['sign_date'], trap=c.get('why')) for c in S.contracts],
                 standards=S.standards, documents=docs)
    workbook(S, os.path.join(S.root, '申报信息.xlsx'))
    json.dump(truth, open(os.path.join(out, S.name, 'ground_truth.json'), 'w'), ensure_ascii=False, indent=1)
    return truth


def std(S, names, with_doc, genres, folder):
    for i, n in enumerate(names):
        S.standards.append(dict(name=n, category='团体标准' if i % 2 == 0 else '企业标准', stage='征求意见稿' if i % 2 == 0 else '送审稿',
                                has_document=n in with_doc))
        if n in with_doc:
            k = dict(std=n, std_code=f'T/TJIMA {20 + i:03d}—2023', app=APP['name'], app_short=APP['short'])
            S.add(genres[i % len(genres)], k, None, folder=folder)


