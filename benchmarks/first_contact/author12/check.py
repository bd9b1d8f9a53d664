#!/usr/bin/env python3
"""Self-check: ground_truth.json, 申报信息.xlsx and the text-layer documents agree. Exit 0 if consistent."""
import hashlib, json, os, sys, datetime
from decimal import Decimal
import openpyxl, pypdfium2

KEYS = ['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title']
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
errs = []


def text_of(p):
    d = pypdfium2.PdfDocument(p)
    return ''.join(d[i].get_textpage().get_text_range() for i in range(len(d))).replace('\r', '').replace('\n', '')


for sub in sorted(os.listdir(root)):
    t = json.load(open(os.path.join(root, sub, 'ground_truth.json'), encoding='utf-8'))
    sroot = os.path.join(root, sub, 'submission')
    listed = {d['path'] for d in t['documents']}
    on_disk = set()
    for dp, _, fs in os.walk(sroot):
        for f in fs:
            r = os.path.relpath(os.path.join(dp, f), sroot).replace(os.sep, '/')
            if r != '申报信息.xlsx':
                on_disk.add(r)
    if listed != on_disk:
        errs.append(f'{sub}: listed/on-disk differ {listed ^ on_disk}')
    for d in t['documents']:
        p = os.path.join(sroot, d['path'])
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != d['sha256']:
            errs.append(f'{sub}: sha {d["path"]}')
        if sorted(d['fields']) != sorted(KEYS):
            errs.append(f'{sub}: field keys {d["path"]}')
        if d['rendering'] == 'text' and p.endswith('.pdf'):
            tx = text_of(p)
            f = d['fields']
            for k in ('contract_no', 'customer', 'payer', 'payee', 'title'):
                if f[k] and f[k] not in tx:
                    errs.append(f'{sub}: {d["path"]} {k}={f[k]} not in text')
            if f['amount_yuan'] and '{:,.2f}'.format(Decimal(f['amount_yuan'])) not in tx:
                errs.append(f'{sub}: {d["path"]} amount {f["amount_yuan"]} not in text')
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sroot, '申报信息.xlsx'))
    ws = wb['服务用户清单']
    rows = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    if len(rows) != len(t['contracts']):
        errs.append(f'{sub}: workbook rows {len(rows)} vs {len(t["contracts"])}')
    for r, c in zip(rows, t['contracts']):
        if (r[1], r[2], r[3]) != (c['customer'], c['customer_uscc'], c['contract_no']):
            errs.append(f'{sub}: row {r[0]} parties differ')
        if (Decimal(str(r[5])) * 10000).quantize(Decimal('0.01')) != Decimal(c['amount_yuan']):
            errs.append(f'{sub}: row {r[0]} amount {r[5]} vs {c["amount_yuan"]}')
    app = dict((r[0], r[1]) for r in wb['申报单位'].iter_rows(min_row=2, values_only=True))
    if app.get('单位名称') != t['applicant']['name'] or app.get('统一社会信用代码') != t['applicant']['uscc']:
        errs.append(f'{sub}: applicant differs')
    stds = [r[1] for r in wb['标准草案'].iter_rows(min_row=2, values_only=True) if r[0]]
    if stds != [s['name'] for s in t['standards']]:
        errs.append(f'{sub}: standards differ')
    # totals and tier
    amt = {c['contract_no']: Decimal(c['amount_yuan']) for c in t['contracts']}
    tot = sum((amt[n] for n in t['verified_contracts']), Decimal(0))
    if str(tot.quantize(Decimal('0.01'))) != t['accepted_total_yuan']:
        errs.append(f'{sub}: total')
    bad_req = [k for k, v in t['requirements'].items() if v == 'not_met' and k != 'S-evidence']
    exp = 0 if bad_req else (1000 if tot > 10**8 else 750 if tot >= 75 * 10**6 else 500 if tot >= 50 * 10**6 else 250 if tot >= 25 * 10**6 else 0)
    if exp != t['award_tier_wan']:
        errs.append(f'{sub}: tier {t["award_tier_wan"]} vs {exp}')
    gapped = {g['contract_no'] for g in t['gaps'] if g['contract_no'] and g['kind'] != 'sme_misclassified'}
    if set(t['verified_contracts']) & gapped or set(amt) - gapped != set(t['verified_contracts']):
        errs.append(f'{sub}: verified set inconsistent with gaps')
    print(sub, len(t['documents']), 'docs', 'tier', t['award_tier_wan'], 'gaps', len(t['gaps']))

for e in errs:
    print('ERROR', e)
sys.exit(1 if errs else 0)
