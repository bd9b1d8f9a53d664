#!/usr/bin/env python3
"""Self-check for author14's set: truth, workbook and documents agree.

python check.py [data]      exit 0 when every submission is consistent.

Checks: workbook rows = truth contracts/standards; every file listed with the right sha256 and
nothing unlisted; fields carry all eight keys; text-layer PDFs really print the values the truth
claims; gaps, requirement statuses, counts, total and tier re-derived here (an independent, compact
re-implementation of format.md's rules from the workbook + the documents' truth fields).
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys
sys.dont_write_bytecode = True
from decimal import Decimal as D

import openpyxl
import pypdfium2 as pdfium

KEYS = ['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title']
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CN = '零壹贰叁肆伍陆柒捌玖'


def valid(code):
    if len(code) != 18 or any(c not in ALPH for c in code):
        return False
    c = 31 - sum(ALPH.index(a) * w for a, w in zip(code, W18)) % 31
    return ALPH[0 if c == 31 else c] == code[17]


def num(v):
    return D(str(v).replace(',', '').strip())


def iso(v):
    if isinstance(v, (dt.datetime, dt.date)):
        return v.strftime('%Y-%m-%d')
    m = re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', str(v))
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"


def read_wb(path):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb:
        rows = list(ws.iter_rows(values_only=True))
        hdr = [str(h).replace('(', '（').replace(')', '）') for h in rows[1]]
        out[ws.title] = [dict(zip(hdr, r)) for r in rows[2:]]
    return out


def text_of(path):
    pdf = pdfium.PdfDocument(path)
    t = ''.join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    return re.sub(r'\s+', '', t)


def amount_forms(a):
    a = D(a)
    f = [f"{a:,.2f}", f"{a:.2f}", (f"{a / 10000:f}".rstrip('0').rstrip('.') + '万元')]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from generate import cn_upper   # only the numeral writer is shared
    f.append(cn_upper(a))
    return f


def within(a, b):
    return abs(D(a) - D(b)) <= D(b) * D('0.005')


def decide(wb, truth, docs):
    app = truth['applicant']
    rows = wb['服务用户清单']
    gaps, verified = [], []
    for r in rows:
        no, cust, code = r['合同编号'], r['用户名称'], r['统一社会信用代码']
        amt = num(r['合同金额（万元）']) * 10000
        mine = [d for d in docs if d['contract_no'] == no]
        typ = lambda t: [d for d in mine if d['doc_type'] == t]
        g = set()
        for t, kind in [('acceptance_report', 'missing_acceptance_report'), ('payment_proof', 'missing_payment_proof'),
                        ('procurement_proof', 'missing_procurement_proof')]:
            if not typ(t):
                g.add(kind)
        for d in typ('contract') + typ('procurement_proof') + typ('acceptance_report'):
            if d['fields']['amount_yuan'] and not within(d['fields']['amount_yuan'], amt):
                g.add('amount_mismatch')
        pays = {d['sha256']: D(d['fields']['amount_yuan']) for d in typ('payment_proof')}
        if pays and not within(sum(pays.values()), amt):
            g.add('amount_mismatch')
        acc = typ('acceptance_report')
        dates = [d['fields']['date'] for d in acc] or [iso(r['验收日期'])]
        if any(not ('2023-01-01' <= x <= '2023-12-31') for x in dates):
            g.add('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in acc):
            g.add('acceptance_not_passed')
        for d in typ('contract') + acc:
            if d['fields']['customer'] not in (None, cust):
                g.add('party_mismatch')
        for d in typ('payment_proof'):
            if d['fields']['payer'] != cust or d['fields']['payee'] != app['name']:
                g.add('party_mismatch')
        if len({d['sha256'] for d in mine}) != len(mine):
            g.add('duplicate_evidence')
        if not valid(code):
            g.add('invalid_uscc')
        if r['是否天津企业'] == '是' and code[2:4] != '12':
            g.add('not_tianjin')
        staff, rev = int(r['从业人员']), num(r['营业收入（万元）'])
        sme = not (staff >= 1000 and rev >= 40000)
        if (r['是否中小企业'] == '是') != sme:
            g.add('sme_misclassified')
        for kind in g:
            gaps.append((kind, no))
        if g <= {'sme_misclassified'}:
            verified.append((no, cust, amt, sme))
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(('unreadable_document', d['path']))
    titles = {d['fields']['title'] for d in docs if d['doc_type'] == 'standard_draft'}
    n_std = 0
    for s in wb['标准草案']:
        if s['标准名称'] in titles:
            n_std += 1
        else:
            gaps.append(('missing_standard_document', s['标准名称']))
    total = sum((v[2] for v in verified), D(0))
    custs = {v[1]: v[3] for v in verified}
    n_sme = sum(custs.values())
    sub = []
    if not (app['uscc'][2:4] == '12' and app['address'].startswith('天津市')):
        sub.append('applicant_not_tianjin')
    if len(custs) < 8:
        sub.append('customer_count_below_threshold')
    if total < 25000000:
        sub.append('total_below_threshold')
    if n_sme < 5:
        sub.append('sme_count_below_threshold')
    if n_std < 3:
        sub.append('standards_below_threshold')
    gaps += [(k, None) for k in sub]
    w = total / 10000
    tier = 0 if sub else (1000 if w > 10000 else 750 if w >= 7500 else 500 if w >= 5000 else 250 if w >= 2500 else 0)
    return sorted(gaps, key=str), total, len(custs), n_sme, n_std, tier


def check(sub_root):
    errs = []
    truth = json.load(open(os.path.join(sub_root, 'ground_truth.json'), encoding='utf-8'))
    sub = os.path.join(sub_root, 'submission')
    wb = read_wb(os.path.join(sub, '申报信息.xlsx'))
    rows = wb['服务用户清单']
    if len(rows) != len(truth['contracts']):
        errs.append('row count')
    for r, c in zip(rows, truth['contracts']):
        if (r['合同编号'], r['用户名称'], r['统一社会信用代码']) != (c['contract_no'], c['customer'], c['customer_uscc']):
            errs.append(f"row {c['seq']} identity")
        if (num(r['合同金额（万元）']) * 10000).quantize(D('0.01')) != D(c['amount_yuan']):
            errs.append(f"row {c['seq']} amount")
    if [s['标准名称'] for s in wb['标准草案']] != [s['name'] for s in truth['standards']]:
        errs.append('standards sheet')
    listed = {d['path'] for d in truth['documents']}
    on_disk = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/')
            if rel != '申报信息.xlsx':
                on_disk.add(rel)
    if listed != on_disk:
        errs.append(f"files listed vs on disk: {sorted(listed ^ on_disk)[:5]}")
    for d in truth['documents']:
        p = os.path.join(sub, d['path'])
        if not os.path.exists(p):
            continue
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != d['sha256']:
            errs.append(f"sha {d['path']}")
        if sorted(d['fields']) != sorted(KEYS):
            errs.append(f"field keys {d['path']}")
        f = d['fields']
        if d['rendering'] == 'text' and d['path'].endswith('.pdf'):
            t = text_of(p)
            for key in ('contract_no', 'customer', 'payer', 'payee', 'title'):
                if f[key] and f[key] not in t:
                    errs.append(f"{d['path']}: {key} {f[key]} not printed")
            if f['amount_yuan'] and not any(x in t for x in amount_forms(f['amount_yuan'])) and \
                    not ('CNY' + f['amount_yuan'].replace('.', ',')) in t:
                errs.append(f"{d['path']}: amount {f['amount_yuan']} not printed")
            if f['date']:
                y, m, dd = f['date'].split('-')
                forms = [f['date'], f['date'].replace('-', '/'), f['date'].replace('-', '.'), f"{int(y)}年{int(m)}月{int(dd)}日"]
                if not any(x in t for x in forms) and '〇' not in t and '贰零' not in t:
                    errs.append(f"{d['path']}: date {f['date']} not printed")
        if d['rendering'] == 'corrupt':
            try:
                pdfium.PdfDocument(p)
                errs.append(f"{d['path']} opens though marked corrupt")
            except Exception:
                pass
    gaps, total, nc, ns, nstd, tier = decide(wb, truth, truth['documents'])
    tg = []
    for g in truth['gaps']:
        tg.append((g['kind'], g.get('contract_no') or g.get('file') or g.get('standard')))
    if sorted(tg, key=str) != gaps:
        errs.append(f"gaps differ: truth-only {set(tg) - set(gaps)}, recomputed-only {set(gaps) - set(tg)}")
    if D(truth['accepted_total_yuan']) != total:
        errs.append('total')
    if (truth['verified_customer_count'], truth['verified_sme_customer_count'], truth['standards_with_document'], truth['award_tier_wan']) != (nc, ns, nstd, tier):
        errs.append(f"counts/tier {(nc, ns, nstd, tier)}")
    req = truth['requirements']
    kinds = {g[0] for g in gaps}
    evidence = {'missing_acceptance_report', 'missing_payment_proof', 'missing_procurement_proof', 'amount_mismatch', 'date_out_of_period',
                'acceptance_not_passed', 'party_mismatch', 'duplicate_evidence', 'invalid_uscc', 'not_tianjin', 'unreadable_document'}
    want = {'E-tianjin': 'applicant_not_tianjin' in kinds, 'S-customers': 'customer_count_below_threshold' in kinds,
            'S-total': 'total_below_threshold' in kinds, 'S-evidence': bool(kinds & evidence),
            'S-standards': 'standards_below_threshold' in kinds, 'S-sme': 'sme_count_below_threshold' in kinds}
    for k, bad in want.items():
        if req.get(k) != ('not_met' if bad else 'met'):
            errs.append(f"requirement {k}")
    return truth, errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
    bad = 0
    for name in sorted(os.listdir(root)):
        if not os.path.exists(os.path.join(root, name, 'ground_truth.json')):
            continue
        truth, errs = check(os.path.join(root, name))
        docs = truth['documents']
        img = sum(d['rendering'] in ('scan', 'photo', 'mixed') for d in docs)
        print(f"{name}: {len(docs)} docs, {img} scans/photos ({img * 100 // len(docs)}%), tier {truth['award_tier_wan']}, "
              f"total {truth['accepted_total_yuan']}, {len(truth['gaps'])} gaps -> {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print('   ', e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
