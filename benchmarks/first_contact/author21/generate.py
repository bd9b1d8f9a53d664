#!/usr/bin/env python3
"""author21 — assessment-cycle (考核 2024) first-contact submissions.

python generate.py --out data --seed N
Writes data/<name>/submission/{申报信息.xlsx, evidence...} and data/<name>/ground_truth.json.
"""
import argparse, datetime as dt, hashlib, io, json, os, random, shutil, sys, zipfile
import numpy as np
import openpyxl
from openpyxl.styles import Alignment, Font
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs as D
import render as R
from util import *
from rules import evaluate

D_ = dt.date
TJ_DIST = [('120101', '和平区'), ('120103', '河西区'), ('120104', '南开区'), ('120110', '东丽区'), ('120111', '西青区'),
           ('120112', '津南区'), ('120113', '北辰区'), ('120114', '武清区'), ('120115', '宝坻区'), ('120116', '滨海新区'),
           ('120117', '宁河区'), ('120118', '静海区')]
OUT_REG = [('131000', '河北省廊坊市广阳区'), ('130200', '河北省唐山市路北区'), ('110108', '北京市海淀区'),
           ('370200', '山东省青岛市黄岛区'), ('320500', '江苏省苏州市吴中区'), ('130600', '河北省保定市竞秀区')]
BRANDS = ['昀橦', '赟达', '瑄和', '堃宇', '喆盛', '沣泽', '珀棠', '澜钧', '霁川', '祺瑞', '恒屹', '锦湉', '晟淼', '翊坤', '骁骐',
          '朗壹', '芃博', '鑫汭', '铧岳', '栎阳', '煦禾', '琨玥', '屹峰', '溯源', '泓邦', '旻科', '昱辰', '峻泰', '弘毅', '汇鑫',
          '瀚澄', '赫铂', '珩宇', '濠海', '淏天', '烨辉', '璟程', '崧岳', '蔚岚', '钰衡', '涞恩', '沐辰', '卓璞', '曜谷', '琛锐',
          '渤瀛', '津韬', '沽源', '港汇', '桥睿', '槿泽', '枫蓝', '棠溪', '柘谷', '樾川', '岱勤', '岚锋', '皓铖', '垚石', '淼禾',
          '宸瑞', '晖煜', '炜业', '熠科', '焓能', '钧诚', '铖达', '锴明', '镕达', '锟鹏', '璞康', '瑾瑜', '珺泽', '琬琰', '瑷润']
INDS = ['精密机械', '汽车零部件', '新材料', '电子科技', '食品', '医药', '化工', '包装制品', '金属制品', '电气设备', '纺织',
        '模具', '橡塑制品', '智能装备', '储能科技', '阀门', '印刷', '家居', '轴承', '线缆']
STREETS = ['兴华路', '海泰发展六道', '津塘公路', '杨柳青大道', '京福公路', '汉沽大道', '泰达大街', '高新大道', '开源道', '福源道', '宝白公路', '津围公路']
BANKS_TJ = ['津门银行股份有限公司', '沽上商业银行股份有限公司', '海津农村商业银行股份有限公司']


class Ctx:
    pass


def mk_firm(rng, used, tj=True, ind=None, region=None, addr_prefix=None, name=None):
    while True:
        b = rng.choice(BRANDS)
        if b in used:
            b = rng.choice(BRANDS)[0] + rng.choice(BRANDS)[1]
        if b not in used and b[0] != b[1]:
            used.add(b); break
    ind = ind or rng.choice(INDS)
    if tj:
        reg, dist = region or rng.choice(TJ_DIST)
        addr = f'天津市{dist}{rng.choice(STREETS)}{rng.randint(1, 300)}号'
        nm = name or f'天津{b}{ind}有限公司' if rng.random() < 0.8 else (name or f'天津市{b}{ind}股份有限公司')
    else:
        reg, area = region or rng.choice(OUT_REG)
        addr = f'{area}{rng.choice(["建设路", "创业大道", "科技园路", "长江路"])}{rng.randint(1, 200)}号'
        city = area[3:5] if area.startswith('河北') or area.startswith('山东') or area.startswith('江苏') else '北京'
        nm = name or f'{city}{b}{ind}有限公司'
    uscc = make_uscc(rng, reg)
    f = dict(name=nm, uscc=uscc, addr=addr if addr_prefix is None else addr_prefix + addr[addr.index('区') + 1:] if '区' in addr else addr,
             ind=ind, short=b, bank=f'{rng.choice(BANKS_TJ)}{rng.choice(["天津分行", "西青支行", "滨海支行", "东丽支行"])}' if tj else
             f'{rng.choice(["燕赵联合银行", "齐鲁海通银行", "京畿商业银行"])}股份有限公司{rng.choice(["营业部", "开发区支行"])}',
             acct=''.join(str(rng.randint(0, 9)) for _ in range(rng.choice([16, 18, 19]))))
    return f


def build(kind, seed):
    rng = random.Random(seed)
    used = set()
    ctx = Ctx(); cx = {}
    app = mk_firm(rng, used, tj=True, ind=rng.choice(['智能科技', '自动化工程', '工业互联网技术']), region=('120111', '西青区'))
    app['short_py'] = 'TJ' + ''.join(rng.choice('ABCDEFGHJKLMNPQRSTWXYZ') for _ in range(3))
    cx['app'] = app
    cx['pool_other'] = [mk_firm(rng, used, tj=rng.random() < 0.5, ind=rng.choice(['自动化', '电气', '软件', '仪表'])) for _ in range(6)]
    # ------------------------------------------------------------ contracts plan
    if kind == 'clean':
        amts = [2860000, 3150000, 1980000, 2450000, 4320000, 1760000, 2240000]
        tj = [1, 1, 1, 0, 0, 0, 0]
        size = ['s', 's', 'L', 's', 's', 's', 's']
        defects = [set() for _ in amts]
    elif kind == 'gaps':
        amts = [4680000, 3920000, 5150000, 2870000, 2300000, 3600000, 2750000, 1980000, 2260000, 3380000]
        tj = [1, 1, 0, 0, 1, 0, 1, 0, 0, 1]
        size = ['s', 's', 'L', 's', 's', 's', 's', 's', 's', 's']
        defects = [set(), set(), {'sme_wrong'}, set(), {'no_pay', 'dup_contract'}, {'acc_amount_off', 'payer_other'},
                   {'acc_out'}, {'acc_fail'}, {'bad_uscc'}, {'not_tj'}]
    else:  # tricky
        amts = [3004000, 2150000, 2980000, 1876000, 2316000, 2680000, 2830000, 2420000]
        assert sum(amts[:6]) == 15006000
        tj = [1, 0, 'branch', 0, 0, 0, 1, 1]
        size = ['s', 'L', 's', 'edge', 's', 's', 's', 's']
        defects = [{'three_pay'}, {'proc_close'}, set(), set(), {'tj_named_out'}, set(), {'contract_typo'}, {'acc_2023'}]
    contracts = []
    pays_banks = BANKS_TJ
    for i, amt in enumerate(amts):
        seq = i + 1
        df = defects[i]
        if tj[i] == 'branch':
            parent = mk_firm(rng, used, tj=False, region=('110108', '北京市海淀区'), ind='数字能源')
            cu = mk_firm(rng, used, tj=True, region=('120116', '滨海新区'))
            cu['name'] = parent['name'] + '天津分公司'
            cu['note'] = 'branch'
        elif 'tj_named_out' in df:
            cu = mk_firm(rng, used, tj=False, region=('131000', '河北省廊坊市广阳区'))
            cu['name'] = '天津' + cu['short'] + '重工（廊坊）有限公司'
        elif 'not_tj' in df:
            cu = mk_firm(rng, used, tj=False, region=('130200', '河北省唐山市路北区'))
        else:
            cu = mk_firm(rng, used, tj=bool(tj[i]))
        decl_tj = '是' if (tj[i] or 'not_tj' in df) else '否'
        if size[i] == 'L':
            emp, rev = rng.choice([1200, 1680, 2300]), rng.choice([45200, 61800, 88000])
        elif size[i] == 'edge':
            emp, rev = 1000, 39999
        else:
            emp, rev = rng.randint(40, 620), rng.randint(3000, 36000)
        is_sme = not (emp >= 1000 and rev >= 40000)
        decl_sme = '是' if is_sme else '否'
        if 'sme_wrong' in df:
            decl_sme = '是'
        decl_uscc = cu['uscc']
        if 'bad_uscc' in df:
            decl_uscc = break_uscc(cu['uscc']); cu['uscc'] = decl_uscc
        sign = D_(2023, rng.randint(5, 12), rng.randint(1, 28)) if rng.random() < 0.4 else D_(2024, rng.randint(1, 5), rng.randint(1, 28))
        acc = sign + dt.timedelta(days=rng.randint(120, 200))
        if acc.year != 2024:
            acc = D_(2024, rng.randint(6, 11), rng.randint(1, 28))
        if kind == 'tricky' and seq == 1:
            acc = D_(2024, 12, 31)
        decl_acc = acc
        if 'acc_out' in df:
            acc = D_(2025, 1, 14); decl_acc = D_(2024, 12, 26)
        if 'acc_2023' in df:
            sign = D_(2023, 6, 12); acc = D_(2023, 12, 28); decl_acc = D_(2024, 1, 5)
        fen = amt * 100
        c = dict(seq=seq, no=f'{app["short_py"][2:]}-{sign.year}-{["XS", "HT", "JC", "ZN"][i % 4]}{rng.randint(100, 999):03d}',
                 name=rng.choice(['设备联网与生产数据采集系统', '数字化车间MES', '智能仓储物流系统', '质量在线检测系统', '能源管理系统',
                                  '设备预测性维护平台', '柔性装配产线智能化改造', '工业互联网平台应用']) + '项目',
                 scope=rng.choice(['数据采集网关及边缘服务器', 'MES软件及车间看板', '视觉检测工作站', 'AGV 及 WMS 系统']),
                 cust=cu, amount=fen, contract_amount=fen, proc_amount=fen, acc_amount=fen, sign=sign, acc=acc, decl_acc=decl_acc,
                 deliver=sign + dt.timedelta(days=rng.randint(60, 110)), open=sign - dt.timedelta(days=rng.randint(15, 30)),
                 notice=sign - dt.timedelta(days=rng.randint(3, 12)), pno=f'CG{sign.year}{rng.randint(1000, 9999)}',
                 acc_passed='acc_fail' not in df, defects=df, decl_tj=decl_tj, decl_sme=decl_sme, emp=emp, rev=rev, decl_uscc=decl_uscc)
        if 'acc_amount_off' in df:
            c['acc_amount'] = fen * 108 // 100
        if 'contract_typo' in df:
            c['contract_amount'] = 2380000 * 100  # declared 2,830,000
            c['proc_amount'] = c['contract_amount']; c['acc_amount'] = c['contract_amount']
        if 'proc_close' in df:
            c['proc_amount'] = fen - fen * 4 // 1000  # 0.4 % below: within tolerance
        # payments
        if 'three_pay' in df:
            parts = [fen * 3 // 10, fen * 4 // 10]
            parts.append(fen - sum(parts))
        elif rng.random() < 0.35:
            parts = [fen * 6 // 10, fen - fen * 6 // 10]
        else:
            parts = [fen]
        pays = []
        pdate = max(acc, sign) + dt.timedelta(days=rng.randint(10, 40))
        if 'contract_typo' in df:
            parts = [c['contract_amount']]
        for k, pa in enumerate(parts):
            d_ = sign + dt.timedelta(days=20 + k * 60) if len(parts) > 1 and k < len(parts) - 1 else pdate
            payer = cu['name']
            if 'payer_other' in df:
                payer = cu['name'][:2] + cu['short'] + '控股集团有限公司'
            memo = rng.choice([f'{c["no"]}合同款', f'支付{c["no"]}项目款', '货款', f'{c["no"]} 进度款'])
            pays.append(dict(amount=pa, date=d_, payer=payer, payee=app['name'], memo=memo, bank=rng.choice(BANKS_TJ) + rng.choice(['天津分行', '西青支行'])))
        c['pays'] = pays
        contracts.append(c)
    # ------------------------------------------------------------ suppliers
    sups = []
    nsup = 3
    for j in range(nsup):
        su = mk_firm(rng, used, tj=True, ind=rng.choice(['电气安装工程', '信息技术', '自动化设备', '云计算科技']))
        s = dict(seq=j + 1, sup=su, no=f'FB-2024-{rng.randint(10, 99)}{j}', date=D_(2024, rng.randint(2, 10), rng.randint(1, 28)),
                 amount=rng.choice([386000, 520000, 745000, 1280000, 932000]) * 100, party_a=app['name'],
                 parent=contracts[j]['name'], scope=rng.choice(['现场电气安装与布线', '私有云及运维', '边缘网关安装调试', '数据治理外包']),
                 defects=set(), present=True)
        s['doc_amount'] = s['amount']
        sups.append(s)
    if kind == 'gaps':
        su = mk_firm(rng, used, tj=False, region=('131000', '河北省廊坊市广阳区'), ind='电气安装工程')
        sups[1]['sup'] = su; sups[1]['defects'] = {'not_tj'}
        sups[2]['present'] = False
    if kind == 'tricky':
        sups[2]['party_a'] = app['name'].replace('有限公司', '') + '（天津）集成技术有限公司' if False else \
            f'天津{app["short"]}集成技术有限公司'
        sups[2]['defects'] = {'party'}
        sups[1]['doc_amount'] = sups[1]['amount'] + sups[1]['amount'] * 3 // 1000  # 0.3 %: within tolerance
    # ------------------------------------------------------------ meetings
    pool_tj = [mk_firm(rng, used, tj=True) for _ in range(26)]
    pool_out = [mk_firm(rng, used, tj=False) for _ in range(5)]
    trap = mk_firm(rng, used, tj=False, region=('131000', '河北省廊坊市广阳区'))
    trap['name'] = '天津' + trap['short'] + '新材料（廊坊）有限公司'
    persons = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗'
    given = ['伟', '芳', '磊', '静', '强', '敏', '洋', '军', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '桂英', '志强', '海燕', '建华']
    topics = ['设备联网与数据采集', '中小企业数字化转型路径', '质量追溯与视觉检测', '智能仓储物流', '能源管理与双碳', 'MES选型与实施',
              '工业互联网平台应用', '预测性维护', '精益生产与数字化', '供应链协同', '工业网络安全', '数字孪生工厂']
    nmeet = 11 if kind == 'tricky' else 10
    meetings = []
    for k in range(nmeet):
        date = D_(2024, 1 + k if k < 12 else 12, rng.randint(8, 26))
        if kind == 'tricky' and k == nmeet - 1:
            date = D_(2024, 12, 31)
        ntj = rng.randint(11, 13)
        att_firms = rng.sample(pool_tj, ntj)
        extra = rng.sample(pool_out, rng.randint(1, 2))
        defects = set()
        if kind == 'gaps' and k == 1:
            att_firms = att_firms[:8]; defects.add('low')
        if kind == 'gaps' and k == 2:
            date = D_(2023, 12, 20)
        if kind == 'gaps' and k == 3:
            defects.add('missing')
        if kind == 'tricky' and k == 4:   # 9 real TJ + trap + host => 9
            att_firms = att_firms[:9]; extra = extra + [trap]; defects.add('low')
        if kind == 'tricky' and k == 6:   # 10 distinct TJ, one firm signs twice
            att_firms = att_firms[:10] + [att_firms[3]]
        rows = []
        firms = [app] + att_firms + extra
        order = firms[:1] + rng.sample(firms[1:], len(firms) - 1)
        for f in order:
            rows.append(dict(name=f['name'], uscc=f['uscc'], addr=f['addr'], person=rng.choice(persons) + rng.choice(given),
                             job=rng.choice(['总经理', '设备经理', '信息部长', '生产总监', '工程师', '副总经理']),
                             phone='1' + rng.choice('3578') + ''.join(str(rng.randint(0, 9)) for _ in range(9)), host=f is app))
        m = dict(seq=k + 1, name=f'2024年智能制造经验交流会（第{k + 1}期）——{topics[k % len(topics)]}', date=date,
                 place=rng.choice(['天津市西青区某酒店会议室', f'{app["name"]}展厅', '天津市滨海新区某产业园报告厅']),
                 topic=topics[k % len(topics)], chair=rng.choice(persons) + rng.choice(given), attendees=rows, defects=defects,
                 decl_count=max(10, len(set(f['name'] for f in att_firms))))
        meetings.append(m)
    # ------------------------------------------------------------ diagnoses
    ndiag = {'clean': 31, 'gaps': 31, 'tricky': 32}[kind]
    dfirms = [mk_firm(rng, used, tj=True) for _ in range(ndiag)]
    diags = []
    tnames = {'std': '智能制造免费诊断报告', 'lb': '产线节拍与线平衡诊断报告', '5s': '5S与目视化管理现场诊断评分表',
              'scor': '供应链协同数字化诊断报告', 'hz': '智能制造专家会诊单'}
    kinds = ['std', 'lb', '5s', 'scor', 'hz']
    for k in range(ndiag):
        f = dfirms[k]
        date = D_(2024, rng.randint(1, 12), rng.randint(1, 27))
        kd = kinds[k % 5]
        d = dict(seq=k + 1, cust=f, app=app, date=date, report_date=date + dt.timedelta(days=rng.randint(2, 10)),
                 solution=True, present=True, kind=kd, title=f'{f["short"]}{tnames[kd]}'[:40])
        diags.append(d)
    if kind == 'gaps':
        diags[4]['present'] = False
        diags[7]['solution'] = False
        diags[11]['date'] = D_(2023, 11, 16); diags[11]['report_date'] = D_(2023, 11, 22)
    if kind == 'tricky':
        diags[9]['solution'] = False; diags[9]['kind'] = 'std'; diags[9]['title'] = f'{diags[9]["cust"]["short"]}{tnames["std"]}'
        diags[31]['cust'] = diags[20]['cust']; diags[31]['title'] = diags[20]['cust']['short'] + '数字化改造复诊报告'
        diags[5]['date'] = D_(2024, 12, 27); diags[5]['report_date'] = D_(2025, 1, 6)
    # ------------------------------------------------------------ standards
    stds_all = [dict(name='离散制造企业设备数据采集接口规范', cat='企业标准', en='', kind='q'),
                dict(name='精细化工生产过程数据互联互通技术要求', cat='行业标准', en='Technical requirements for data interconnection of fine chemical production process', kind='hg'),
                dict(name='中小企业智能制造系统集成服务流程规范', cat='团体标准', en='', kind='t'),
                dict(name='工业边缘网关运维服务规范', cat='企业标准', en='', kind='q')]
    nstd = 4 if kind == 'tricky' else 3
    stds = stds_all[:nstd]
    for s in stds:
        s['present'] = True
    if kind == 'gaps':
        stds[1]['present'] = False
    if kind == 'tricky':
        stds[3]['present'] = False
    return dict(kind=kind, app=app, ctx=cx, contracts=contracts, sups=sups, meetings=meetings, diags=diags, stds=stds, rng=rng)


# ======================================================================= output
class Writer:
    def __init__(self, root, seed):
        self.root = root; self.docs = []; self.k = 0
        self.nrng = np.random.default_rng(seed)

    def add(self, folder, pdf, flds, note, doc_type, rend, belongs=None, fmt=None, extra=None, dup_of=None):
        self.k += 1
        k = self.k
        os.makedirs(os.path.join(self.root, folder), exist_ok=True)
        if rend == 'text':
            data, ext = pdf, 'pdf'
            name = f'{k:03d}_{["附件", "材料", "doc", "扫描"][k % 4]}.pdf' if k % 3 else f'file{k:03d}.pdf'
        elif rend == 'png':
            img = R.raster(pdf, 1.9)
            im = img[0]
            b = io.BytesIO(); im.save(b, 'PNG', optimize=False); data, ext = b.getvalue(), 'png'
            name = f'Screenshot_2024{k:04d}.png' if k % 2 else f'微信图片_{k:03d}.png'
            rend = 'scan'
        elif rend == 'mixed':
            src = R.raster(pdf, 1.4)
            _, last = R.degrade(src[-1], 'scan', self.nrng)
            import pypdfium2 as pdfium
            a = pdfium.PdfDocument(pdf)
            imgpdf = R.images_to_pdf([Image.open(io.BytesIO(last))])
            b_ = pdfium.PdfDocument(imgpdf)
            new = pdfium.PdfDocument.new()
            new.import_pages(a, list(range(len(a) - 1)))
            new.import_pages(b_)
            out = io.BytesIO(); new.save(out); data, ext = out.getvalue(), 'pdf'
            name = f'{k:03d}_合同.pdf'
        else:
            src = R.raster(pdf, 1.35 if rend == 'scan' else 1.5)
            outs = [R.degrade(im, rend, self.nrng) for im in src]
            if fmt == 'jpg' and len(outs) == 1:
                data, ext = outs[0][1], 'jpg'
                name = f'IMG_2024{(k * 37) % 1231:04d}_{k:04d}.jpg'
            else:
                data, ext = R.images_to_pdf([o[0] for o in outs]), 'pdf'
                name = f'SCAN{k:04d}.pdf'
        path = f'{folder}/{name}'
        with open(os.path.join(self.root, path), 'wb') as fh:
            fh.write(data)
        rec = dict(path=path, doc_type=doc_type, rendering=rend, contract_no=belongs, sha256=hashlib.sha256(data).hexdigest(),
                   note=note, fields=flds)
        if extra:
            rec.update(extra)
        self.docs.append(rec)
        return rec

    def dup(self, rec, folder):
        self.k += 1
        src = os.path.join(self.root, rec['path'])
        name = f'{self.k:03d}_副本.' + rec['path'].rsplit('.', 1)[1]
        shutil.copyfile(src, os.path.join(self.root, folder, name))
        r2 = dict(rec); r2['path'] = f'{folder}/{name}'; r2['note'] = '重复上传：与 ' + rec['path'] + ' 字节相同'
        self.docs.append(r2)


ROT = ['text', 'scan', 'text', 'photo', 'text', 'scan', 'text', 'text', 'scan', 'photo']


def write_submission(sub, outdir, seed):
    kind = sub['kind']; rng = sub['rng']; cx = sub['ctx']; app = sub['app']
    root = os.path.join(outdir, 'submission')
    if os.path.exists(outdir):
        shutil.rmtree(outdir)
    os.makedirs(root)
    W = Writer(root, seed)
    ri = [0]

    def rend(prefer=None):
        r = prefer or ROT[ri[0] % len(ROT)]
        ri[0] += 1
        return r

    # contracts
    cfun = [D.contract_prose, D.contract_grid, D.contract_supply_rev]
    pfun = [D.proc_bid_notice, D.proc_vendor_list, D.proc_result_letter]
    afun = [D.acc_cert, D.acc_72h, D.acc_closure]
    for i, c in enumerate(sub['contracts']):
        fol = f'一、服务客户材料/{c["seq"]:02d}'
        f = cfun[i % 3]
        b, fl, note = f(cx, c, rng)
        r = rend()
        if f is D.contract_supply_rev and r == 'text' and i % 2:
            r = 'mixed'; note += '；签署页为扫描页（mixed）'
        rec = W.add(fol, b, fl, note, 'contract', r, c['no'], fmt='jpg' if i % 4 == 3 else None)
        if 'dup_contract' in c['defects']:
            W.dup(rec, fol)
        b, fl, note = pfun[(i + 1) % 3](cx, c, rng)
        W.add(fol, b, fl, note, 'procurement_proof', rend(), c['no'])
        b, fl, note = afun[(i + 2) % 3](cx, c, rng)
        W.add(fol, b, fl, note, 'acceptance_report', rend(), c['no'], fmt='jpg' if i % 3 == 0 else None)
        if 'no_pay' in c['defects']:
            continue
        for k, pay in enumerate(c['pays']):
            v = (i + k) % 3
            if v == 1:
                b, fl, note = D.pay_wechat(cx, c, pay, rng); r = 'png'
            elif v == 0:
                b, fl, note = D.pay_bank(cx, c, pay, rng); r = rend()
            else:
                b, fl, note = D.pay_advice2(cx, c, pay, rng); r = rend()
            if len(c['pays']) > 1:
                note += f'；第{k + 1}笔/共{len(c["pays"])}笔'
            if 'payer_other' in c['defects']:
                note += '；付款人为客户的控股集团而非客户本身'
            W.add(fol, b, fl, note, 'payment_proof', r, c['no'], fmt='jpg' if r == 'photo' else None)
    # suppliers
    sfun = [D.sub_standard, D.sub_cloud, D.sub_handform]
    for j, s in enumerate(sub['sups']):
        if not s['present']:
            continue
        b, fl, note = sfun[j % 3](cx, s, rng)
        r = 'photo' if sfun[j % 3] is D.sub_handform else rend('text')
        if 'party' in s['defects']:
            note += '；甲方为申报单位的关联公司而非申报单位'
        W.add('二、本地配套供应商', b, fl, note, 'subcontract', r, s['no'], fmt='jpg' if r == 'photo' else None)
    # meetings
    mf = [(D.meet_minutes, 'text'), (D.meet_cards, 'photo'), (D.meet_jielong, 'png'), (D.meet_tablet, 'text'), (D.meet_duban, 'scan')]
    for k, m in enumerate(sub['meetings']):
        if 'missing' in m['defects']:
            continue
        f, r = mf[k % 5]
        b, fl, note = f(cx, m, rng)
        if f is D.meet_minutes and k % 2:
            r = 'scan'
        W.add('三、经验交流会', b, fl, note, 'meeting_record', r, None, fmt='jpg' if (r == 'photo' and k % 2 == 0) else None,
              extra={'_meeting': m['seq']})
    # diagnoses
    dfun = {'std': D.diag_std, 'lb': D.diag_linebalance, '5s': D.diag_5s, 'scor': D.diag_scor, 'hz': D.diag_consult}
    DROT = ['text', 'text', 'scan', 'text', 'photo', 'text', 'scan', 'text']
    for k, d in enumerate(sub['diags']):
        if not d['present']:
            continue
        b, fl, note = dfun[d['kind']](cx, d, rng)
        r = DROT[k % len(DROT)]
        W.add('四、免费诊断', b, fl, note, 'diagnosis_report', r, None, fmt='jpg' if k % 3 == 0 else None, extra={'_diag': d['seq']})
    # standards
    sf = {'q': D.std_q, 'hg': D.std_hg, 't': D.std_t}
    for k, s in enumerate(sub['stds']):
        if not s['present']:
            continue
        b, fl, note = sf[s['kind']](cx, s, rng)
        W.add('五、标准草案', b, fl, note, 'standard_draft', 'scan' if k == 1 else 'text', None)
    b, fl, note = D.other_receipt(cx, [d for d in sub['diags'] if d['present']][:12], rng)
    W.add('四、免费诊断', b, fl, note, 'other', 'scan', None)
    write_workbook(sub, os.path.join(root, '申报信息.xlsx'))
    return W.docs


def _date_cell(d, as_text):
    return d_cn(d) if as_text else dt.datetime(d.year, d.month, d.day)


def write_workbook(sub, path):
    app = sub['app']
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = '申报单位'

    def sheet(ws, title, header, rows):
        ws.append([title]); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws['A1'].font = Font(bold=True, size=13); ws['A1'].alignment = Alignment(horizontal='center')
        ws.append(header)
        for r in rows:
            ws.append(r)
        for row in ws.iter_rows(min_row=3):
            for cell in row:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = 'yyyy-mm-dd'
    sheet(ws, '申报单位基本信息', ['项目', '内容'], [['单位名称', app['name']], ['统一社会信用代码', app['uscc']], ['注册地址', app['addr']],
                                              ['申报方向', '智能制造系统解决方案供应商'], ['服务行业', '装备制造、汽车零部件、化工'], ['阶段', '考核']])
    cs = sub['contracts']
    largest = max(range(len(cs)), key=lambda i: cs[i]['rev'])
    rows = []
    for i, c in enumerate(cs):
        txt = i % 3 == 1
        amt = round(c['amount'] / 1000000, 2)
        rows.append([c['seq'], c['cust']['name'], c['decl_uscc'], c['no'], c['name'], f'{amt:.2f}' if i == 2 else amt,
                     _date_cell(c['sign'], txt), _date_cell(c['decl_acc'], txt), c['decl_sme'], c['emp'],
                     f'{c["rev"]:,}' if i == largest else c['rev'], c['decl_tj']])
    sheet(wb.create_sheet('服务用户清单'), '考核期服务用户清单（验收在2024年度）',
          ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)', '签订日期', '验收日期', '是否中小企业', '从业人员',
           '营业收入（万元）', '是否天津企业'], rows)
    sheet(wb.create_sheet('标准草案'), '标准草案清单', ['序号', '标准名称', '标准类别', '阶段'],
          [[i + 1, s['name'], s['cat'], '草案'] for i, s in enumerate(sub['stds'])])
    sheet(wb.create_sheet('本地配套供应商'), '天津本地化配套供应商', ['序号', '供应商名称', '统一社会信用代码', '分包合同编号', '分包合同名称', '分包金额（万元）', '签订日期'],
          [[s['seq'], s['sup']['name'], s['sup']['uscc'], s['no'], s['parent'] + '（' + s['scope'] + '）分包合同', round(s['amount'] / 1000000, 2),
            _date_cell(s['date'], s['seq'] == 2)] for s in sub['sups']])
    sheet(wb.create_sheet('经验交流会'), '经验交流会', ['序号', '会议名称', '日期', '地点', '参会天津企业数量'],
          [[m['seq'], m['name'], _date_cell(m['date'], m['seq'] % 3 == 0), m['place'], m['decl_count']] for m in sub['meetings']])
    sheet(wb.create_sheet('免费诊断'), '免费诊断', ['序号', '客户名称', '统一社会信用代码', '诊断日期', '诊断报告名称'],
          [[d['seq'], d['cust']['name'], d['cust']['uscc'], _date_cell(d['date'], d['seq'] % 4 == 0), d['title']] for d in sub['diags']])
    fixed = dt.datetime(2025, 1, 20, 9, 0, 0)
    wb.properties.created = fixed; wb.properties.modified = fixed
    b = io.BytesIO(); wb.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2025, 1, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, zin.read(it.filename))
    with open(path, 'wb') as fh:
        fh.write(out.getvalue())


def truth(sub, docs):
    app = sub['app']
    decl = dict(
        applicant=dict(name=app['name'], uscc=app['uscc'], address=app['addr']),
        contracts=[dict(seq=c['seq'], contract_no=c['no'], customer=c['cust']['name'], customer_uscc=c['decl_uscc'],
                        amount_yuan=yuan_str(c['amount']), sign_date=d_iso(c['sign']), declared_acceptance_date=d_iso(c['decl_acc']),
                        declared_sme=c['decl_sme'] == '是', employees=c['emp'], revenue_wan=c['rev'], declared_tianjin=c['decl_tj'] == '是',
                        customer_address=c['cust']['addr'], planted=sorted(c['defects'])) for c in sub['contracts']],
        suppliers=[dict(seq=s['seq'], supplier=s['sup']['name'], uscc=s['sup']['uscc'], address=s['sup']['addr'], contract_no=s['no'],
                        amount_yuan=yuan_str(s['amount']), date=d_iso(s['date']), planted=sorted(s['defects']) + ([] if s['present'] else ['missing']))
                   for s in sub['sups']],
        meetings=[dict(seq=m['seq'], meeting=m['name'], date=d_iso(m['date']), declared_tianjin_count=m['decl_count'],
                       sheet=[dict(name=a['name'], uscc=a['uscc'], address=a['addr'], host=a['host']) for a in m['attendees']],
                       planted=sorted(m['defects'])) for m in sub['meetings']],
        diagnoses=[dict(seq=d['seq'], customer=d['cust']['name'], uscc=d['cust']['uscc'], date=d_iso(d['date']), title=d['title'],
                        has_report=d['present'], has_solution=d['solution']) for d in sub['diags']],
        standards=[dict(seq=i + 1, name=s['name'], category=s['cat'], has_document=s['present']) for i, s in enumerate(sub['stds'])],
    )
    return evaluate(decl, docs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='data'); ap.add_argument('--seed', type=int, default=21)
    a = ap.parse_args()
    names = {'clean': 'a21_assess_clean', 'gaps': 'a21_assess_gaps', 'tricky': 'a21_assess_tricky'}
    for i, kind in enumerate(['clean', 'gaps', 'tricky']):
        s = a.seed * 10 + i
        sub = build(kind, s)
        outdir = os.path.join(a.out, names[kind])
        docs = write_submission(sub, outdir, s)
        gt = truth(sub, docs)
        with open(os.path.join(outdir, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
            json.dump(gt, fh, ensure_ascii=False, indent=1)
        n = len(gt['documents']); ns = sum(1 for d in gt['documents'] if d['rendering'] != 'text')
        print(f'{names[kind]}: {n} docs, {ns} image/scan, passed={gt["assessment_passed"]}, gaps={len(gt["gaps"])}')


if __name__ == '__main__':
    main()
