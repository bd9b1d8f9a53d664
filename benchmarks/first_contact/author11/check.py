#!/usr/bin/env python3
"""Self-check (author11): truth, workbook and documents agree. Exit 0 when consistent."""
import hashlib, json, os, sys, re
import openpyxl, pypdfium2
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import evaluate, uscc_valid

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
bad = []
for sub in sorted(os.listdir(root)):
    base = os.path.join(root, sub)
    t = json.load(open(os.path.join(base, 'ground_truth.json'), encoding='utf-8'))
    # 1. rule engine reproduces gaps / counts / requirements
    gaps, counts, reqs, passed = evaluate(t)
    if gaps != t['gaps'] or reqs != t['requirements'] or passed != t['assessment_passed']:
        bad.append((sub, 'rule engine disagrees with stored truth'))
    for k, v in counts.items():
        if t[k] != v:
            bad.append((sub, 'count', k))
    # 2. files exist, hashes match, every file listed
    listed = set()
    for d in t['documents']:
        p = os.path.join(base, 'submission', d['path'])
        listed.add(d['path'])
        if not os.path.exists(p) or hashlib.sha256(open(p, 'rb').read()).hexdigest() != d['sha256']:
            bad.append((sub, 'hash', d['path']))
        if set(d['fields']) != {'contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title'}:
            bad.append((sub, 'fields keys', d['path']))
        # 3. text layers state the truth values
        if d['rendering'] == 'text':
            pdf = pypdfium2.PdfDocument(p)
            txt = ''.join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
            flat = re.sub(r'\s', '', txt)
            f = d['fields']
            for k in ('contract_no', 'customer', 'payer', 'payee', 'title'):
                if f[k] and f[k] not in flat:
                    bad.append((sub, 'text lacks', k, f[k], d['path']))
            if f['amount_yuan']:
                a = f['amount_yuan']
                i, dec = a.split('.')
                if '{:,}.{}'.format(int(i), dec) not in flat and a not in flat:
                    bad.append((sub, 'text lacks amount', a, d['path']))
    on_disk = set()
    for dp, dn, fn in os.walk(os.path.join(base, 'submission')):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), os.path.join(base, 'submission')).replace(os.sep, '/')
            if rel != '申报信息.xlsx':
                on_disk.add(rel)
    if on_disk != listed:
        bad.append((sub, 'unlisted/missing files', sorted(on_disk ^ listed)))
    # 4. workbook agrees with declared rows
    wb = openpyxl.load_workbook(os.path.join(base, 'submission', '申报信息.xlsx'))
    rows = [r for r in wb['服务用户清单'].iter_rows(min_row=3, values_only=True)]
    if [(r[1], r[2], r[3]) for r in rows] != [(c['customer'], c['customer_uscc'], c['contract_no']) for c in t['contracts']]:
        bad.append((sub, 'workbook contracts'))
    for r, c in zip(rows, t['contracts']):
        if abs(float(r[5]) * 10000 - float(c['amount_yuan'])) > 0.01:
            bad.append((sub, 'workbook amount', c['contract_no']))
    srows = [r for r in wb['本地配套供应商'].iter_rows(min_row=3, values_only=True)]
    if [(r[1], r[3]) for r in srows] != [(s['name'], s['contract_no']) for s in t['suppliers']]:
        bad.append((sub, 'workbook suppliers'))
    mrows = [r for r in wb['经验交流会'].iter_rows(min_row=3, values_only=True)]
    if [r[1] for r in mrows] != [m['name'] for m in t['meetings']]:
        bad.append((sub, 'workbook meetings'))
    drows = [r for r in wb['免费诊断'].iter_rows(min_row=3, values_only=True)]
    if [(r[1], r[4]) for r in drows] != [(x['customer'], x['report_title']) for x in t['diagnoses']]:
        bad.append((sub, 'workbook diagnoses'))
    for c in t['contracts'] + [dict(customer_uscc=s['uscc']) for s in t['suppliers']]:
        if not uscc_valid(c['customer_uscc']) and 'invalid_uscc' not in c.get('planted', []):
            bad.append((sub, 'unplanted invalid uscc', c['customer_uscc']))
    print(sub, 'documents', len(t['documents']), 'gaps', len(t['gaps']), 'passed', t['assessment_passed'])
for b in bad:
    print('PROBLEM', *b)
sys.exit(1 if bad else 0)
