#!/usr/bin/env python3
"""Sanity checks for generated submissions: every PDF opens with pdfplumber (text layers
carry the stated field values), every image opens with Pillow, hashes match, and the
ground truth is internally consistent with the workbook.  Usage: python check.py DIR"""
import hashlib, json, os, re, sys
from decimal import Decimal
import pdfplumber
import openpyxl
from PIL import Image

FIELD_KEYS = ['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title']
DIG = '零壹贰叁肆伍陆柒捌玖'


def norm(s):
    return re.sub(r'\s+', '', s)


def amount_forms(a):
    y, f = a.split('.')
    y = int(y)
    forms = [f'{y:,}.{f}', f'{y}.{f}', f'{y:,}']
    if y % 100 == 0:
        w = Decimal(y) / Decimal(10000)
        forms.append(f'{w:.2f}')
    return forms


def check_sub(root):
    problems = []
    gt = json.load(open(os.path.join(root, 'ground_truth.json'), encoding='utf-8'))
    sub = os.path.join(root, 'submission')
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            files.add(os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/'))
    listed = {d['path'] for d in gt['documents']}
    if files - listed - {'申报信息.xlsx'}:
        problems.append(f'unlisted files {files - listed}')
    if listed - files:
        problems.append(f'missing files {listed - files}')
    declared = {c['contract_no']: c for c in gt['contracts']}
    n_img = 0
    for d in gt['documents']:
        p = os.path.join(sub, d['path'])
        data = open(p, 'rb').read()
        if hashlib.sha256(data).hexdigest() != d['sha256']:
            problems.append(f'sha mismatch {d["path"]}')
        if sorted(d['fields']) != sorted(FIELD_KEYS):
            problems.append(f'field keys {d["path"]}')
        if d['contract_no'] is not None and d['contract_no'] not in declared:
            problems.append(f'undeclared contract {d["path"]}')
        if d['rendering'] == 'corrupt':
            try:
                with pdfplumber.open(p) as pdf:
                    pdf.pages[0].extract_text()
                problems.append(f'corrupt file opens {d["path"]}')
            except Exception:
                pass
            continue
        if d['path'].lower().endswith('.pdf'):
            with pdfplumber.open(p) as pdf:
                text = ''.join((pg.extract_text() or '') for pg in pdf.pages)
                nimg = sum(len(pg.images) for pg in pdf.pages)
            t = norm(text)
            if d['rendering'] == 'scan' and len(t) > 0:
                problems.append(f'scan with text {d["path"]}')
            if d['rendering'] in ('text', 'mixed'):
                if len(t) < 50:
                    problems.append(f'text PDF without text {d["path"]}')
                f = d['fields']
                for k in ('contract_no', 'customer', 'payer', 'payee', 'title'):
                    v = f[k]
                    if v and norm(v) not in t:
                        # seal glyphs may be interleaved; accept if present after removing them
                        problems.append(f'{d["path"]}: {k}={v} not in text layer')
                if f['amount_yuan'] and not any(x in t for x in amount_forms(f['amount_yuan'])):
                    problems.append(f'{d["path"]}: amount {f["amount_yuan"]} only in words (ok if note says 大写)')
        else:
            im = Image.open(p); im.load()
        if d['rendering'] in ('scan', 'photo'):
            n_img += 1
    # truth consistency
    per = {}
    for g in gt['gaps']:
        if g['contract_no']:
            if g['contract_no'] not in declared:
                problems.append(f'gap on undeclared contract {g}')
            per.setdefault(g['contract_no'], set()).add(g['kind'])
    ver = [c for c in gt['contracts'] if per.get(c['contract_no'], set()) <= {'sme_misclassified'}]
    if len(ver) != gt['verified_contracts']:
        problems.append('verified count')
    tot = sum(Decimal(c['amount_yuan']) for c in ver)
    if f'{tot:.2f}' != gt['accepted_total_yuan']:
        problems.append('accepted total')
    if len({c['customer'] for c in ver}) != gt['verified_customer_count']:
        problems.append('customer count')
    if sum(1 for s in gt['standards'] if s['uploaded']) != gt['standards_with_document']:
        problems.append('standards count')
    std_docs = {d['fields']['title'] for d in gt['documents'] if d['doc_type'] == 'standard_draft'}
    for s in gt['standards']:
        if s['uploaded'] != (s['title'] in std_docs):
            problems.append(f'standard upload flag {s["title"]}')
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sub, '申报信息.xlsx'))
    ws = wb['服务用户清单']
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    for r, c in zip(rows, gt['contracts']):
        w = Decimal(str(r[5]).replace(',', ''))
        if f'{w * 10000:.2f}' != c['amount_yuan'] or r[3] != c['contract_no'] or r[1] != c['customer'] or r[2] != c['customer_uscc']:
            problems.append(f'workbook row {r}')
    return gt, n_img, problems


def main():
    base = sys.argv[1]
    bad = 0
    for name in sorted(os.listdir(base)):
        root = os.path.join(base, name)
        if not os.path.isfile(os.path.join(root, 'ground_truth.json')):
            continue
        gt, n_img, problems = check_sub(root)
        n = len(gt['documents'])
        print(f'{name}: {n} docs, {n_img} scans/photos ({n_img / n:.0%}), tier {gt["award_tier_wan"]}, gaps {len(gt["gaps"])}')
        for p in problems:
            print('   ', p)
            bad += 'only in words' not in p
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
