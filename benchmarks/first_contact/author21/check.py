#!/usr/bin/env python3
"""Self-check: files/hashes, workbook vs truth, text layer vs fields, truth re-derived by rules.py. Exit 0 if consistent."""
import copy, hashlib, json, os, sys, datetime as dt
import openpyxl, pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rules import evaluate
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
err = []
def txt(p):
    d = pdfium.PdfDocument(p); t = ''.join(d[i].get_textpage().get_text_range() for i in range(len(d))); d.close(); return t
for name in sorted(os.listdir(root)):
    gt = json.load(open(os.path.join(root, name, 'ground_truth.json'), encoding='utf-8'))
    sub = os.path.join(root, name, 'submission')
    listed = {d['path'] for d in gt['documents']}
    for dp, _, fs in os.walk(sub):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/')
            if rel != '申报信息.xlsx' and rel not in listed: err.append(f'{name}: unlisted {rel}')
    for d in gt['documents']:
        p = os.path.join(sub, d['path'])
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != d['sha256']: err.append(f'{name}: sha {d["path"]}')
        if set(d['fields']) != {'contract_no','amount_yuan','date','customer','payer','payee','result','title'}: err.append(f'{name}: fields {d["path"]}')
        if d['rendering'] == 'text':
            t = txt(p).replace('\r', '').replace('\n', '')
            for k in ('contract_no', 'customer', 'title', 'payer'):
                v = d['fields'][k]
                if v and v not in t: err.append(f'{name}: {k}={v} not in text of {d["path"]}')
    wb = openpyxl.load_workbook(os.path.join(sub, '申报信息.xlsx'))
    rows = list(wb['服务用户清单'].iter_rows(min_row=3, values_only=True))
    if len(rows) != len(gt['contracts']): err.append(f'{name}: workbook rows')
    for r, c in zip(rows, gt['contracts']):
        amt = float(str(r[5]).replace(',', ''))
        if r[1] != c['customer'] or r[2] != c['customer_uscc'] or r[3] != c['contract_no'] or abs(amt * 1e6 - round(float(c['amount_yuan']) * 100)) > 1:
            err.append(f'{name}: workbook row {r[0]}')
    for sh, key, col in (('本地配套供应商', 'suppliers', 'supplier'), ('经验交流会', 'meetings', 'meeting'), ('免费诊断', 'diagnoses', 'customer')):
        vals = [r[1] for r in wb[sh].iter_rows(min_row=3, values_only=True)]
        if vals != [x[col] for x in gt[key]]: err.append(f'{name}: sheet {sh}')
    info = {r[0]: r[1] for r in wb['申报单位'].iter_rows(min_row=3, values_only=True)}
    if info.get('阶段') != '考核' or info.get('单位名称') != gt['applicant']['name']: err.append(f'{name}: 申报单位')
    decl = {k: copy.deepcopy(gt[k]) for k in ('applicant', 'contracts', 'suppliers', 'meetings', 'diagnoses', 'standards')}
    re = evaluate(decl, copy.deepcopy(gt['documents']))
    for k in ('gaps', 'requirements', 'assessment_passed', 'accepted_total_yuan', 'verified_customer_count', 'qualifying_meetings',
              'diagnosed_customers_with_solution', 'verified_local_suppliers', 'standards_with_document', 'verified_sme_customer_count', 'verified_tianjin_customer_count'):
        if re[k] != gt[k]: err.append(f'{name}: re-derived {k} differs')
    print(f'{name}: {len(gt["documents"])} docs, passed={gt["assessment_passed"]}, gaps={len(gt["gaps"])}')
for e in err: print('ERR', e)
sys.exit(1 if err else 0)
