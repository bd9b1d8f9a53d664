#!/usr/bin/env python3
"""Self-check: truth, workbook and documents agree. Exit 0 when consistent."""
import json, os, sys, hashlib, openpyxl, pypdfium2 as pdfium
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
bad = []
KEYS = {'contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title'}
for name in sorted(os.listdir(root)):
    gt = json.load(open(os.path.join(root, name, 'ground_truth.json'), encoding='utf-8'))
    sub = os.path.join(root, name, 'submission')
    files = {os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/') for dp, _, fs in os.walk(sub) for f in fs}
    listed = {d['path'] for d in gt['documents']}
    if files - listed != {'申报信息.xlsx'}: bad.append((name, 'unlisted/missing files', files ^ listed))
    wb = openpyxl.load_workbook(os.path.join(sub, '申报信息.xlsx'))
    ws = wb['服务用户清单']
    rows = {str(r[3]): r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None}
    for c in gt['contracts']:
        r = rows.get(c['contract_no'])
        if not r or r[1] != c['customer'] or abs(float(str(r[5]).replace(',', '')) * 10000 - float(c['amount_yuan'])) > 0.01:
            bad.append((name, 'workbook row', c['contract_no']))
    for d in gt['documents']:
        p = os.path.join(sub, d['path'])
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != d['sha256']: bad.append((name, 'sha', d['path']))
        if set(d['fields']) != KEYS: bad.append((name, 'field keys', d['path']))
        if d['rendering'] == 'text':
            txt = ''.join(pg.get_textpage().get_text_range() for pg in pdfium.PdfDocument(p)).replace(' ', '').replace('\r', '').replace('\n', '')
            for k in ('contract_no', 'title'):
                v = d['fields'][k]
                if v and v.replace(' ', '') not in txt: bad.append((name, 'text lacks ' + k, d['path'], v))
            a = d['fields']['amount_yuan']
            if a and d['doc_type'] != 'procurement_proof':
                fmt = '{:,}.{}'.format(int(a.split('.')[0]), a.split('.')[1])
                if fmt not in txt: bad.append((name, 'text lacks amount', d['path'], fmt))
    req = gt['requirements']
    if gt['assessment_passed'] != all(v == 'met' for v in req.values()): bad.append((name, 'passed flag'))
    for r, v in req.items():
        has = any(g['requirement'] == r and (g['kind'].endswith('count_below_threshold') or g['kind'] in ('total_below_threshold', 'standards_below_threshold', 'applicant_not_tianjin')) for g in gt['gaps'])
        if (v == 'not_met') != has: bad.append((name, 'requirement vs gaps', r))
    print(name, len(gt['documents']), 'docs,', sum(d['rendering'] != 'text' for d in gt['documents']), 'images,',
          'passed' if gt['assessment_passed'] else 'failed', len(gt['gaps']), 'gaps')
for b in bad: print('PROBLEM', b)
sys.exit(1 if bad else 0)
