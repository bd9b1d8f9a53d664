#!/usr/bin/env python3
"""Self-check: truth vs workbook vs files; re-derives the verdict from the truth's own document fields."""
import hashlib, json, os, sys
import openpyxl, pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import evaluate, uscc_ok
base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
for v in sorted(os.listdir(base)):
    t = json.load(open(os.path.join(base, v, 'ground_truth.json'))); sub = os.path.join(base, v, 'submission')
    wb = openpyxl.load_workbook(os.path.join(sub, '申报信息.xlsx'))
    rows = list(wb['服务用户清单'].iter_rows(min_row=3, values_only=True))
    if [r[3] for r in rows] != [c['contract_no'] for c in t['contracts']]: err(v, 'contract numbers differ')
    for r, c in zip(rows, t['contracts']):
        if abs(float(str(r[5]).replace(',', '')) * 10000 - float(c['amount_yuan'])) > 0.01: err(v, 'amount', c['contract_no'])
        if r[1] != c['customer'] or r[2] != c['customer_uscc']: err(v, 'customer', c['contract_no'])
    if len(list(wb['经验交流会'].iter_rows(min_row=3))) != len(t['meetings']): err(v, 'meetings')
    if len(list(wb['免费诊断'].iter_rows(min_row=3))) != len(t['diagnoses']): err(v, 'diagnoses')
    if [r[3] for r in wb['本地配套供应商'].iter_rows(min_row=3, values_only=True)] != [s['contract_no'] for s in t['suppliers']]: err(v, 'suppliers')
    files = {os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/') for dp, _, fs in os.walk(sub) for f in fs} - {'申报信息.xlsx'}
    if files != {d['path'] for d in t['documents']}: err(v, 'file set differs')
    for d in t['documents']:
        p = os.path.join(sub, d['path'])
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != d['sha256']: err(v, 'sha', d['path'])
        if set(d['fields']) != {"contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result", "title"}: err(v, 'fields keys', d['path'])
        if d['rendering'] == 'text':
            pdf = pdfium.PdfDocument(p); txt = ''.join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))); pdf.close()
            txt = txt.replace('\r', '').replace('\n', '')
            f = d['fields']
            for key in ('contract_no', 'customer', 'payer', 'payee'):
                if f[key] and f[key] not in txt: err(v, d['path'], key, f[key], 'not in text layer')
            if f['amount_yuan'] and f"{float(f['amount_yuan']):,.2f}" not in txt: err(v, d['path'], 'amount not printed')
    for c in t['contracts']:
        if not uscc_ok(c['customer_uscc']) and 'invalid_uscc' not in c['planted']: err(v, 'unplanned invalid code')
    docs = [dict(d) for d in t['documents']]
    for d in docs:
        if d['doc_type'] == 'subcontract':
            d['_supplier'] = next(s['supplier'] for s in t['suppliers'] if s['contract_no'] == d['fields']['contract_no'])
    ev = evaluate(t['applicant'], t['contracts'], t['suppliers'], t['meetings'], t['diagnoses'], t['standards'], docs)
    for k, val in ev.items():
        if t[k] != val: err(v, 'recomputed', k, 'differs')
    print(v, len(t['documents']), 'docs', 'passed' if t['assessment_passed'] else 'failed', len(t['gaps']), 'gaps')
print('OK' if not bad else f'{bad} errors'); sys.exit(1 if bad else 0)
