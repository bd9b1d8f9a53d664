#!/usr/bin/env python3
"""Self-check for author18's set: truth, workbook and documents agree.  Exit 0 when consistent.

python check.py [data]
"""
import hashlib, json, os, sys, re
from collections import defaultdict
import openpyxl
import pypdfium2 as pdfium

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_valid(c):
    if len(c) != 18 or any(ch not in USCC_CHARS for ch in c):
        return False
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(c[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == c[17]


FIELDS = ['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title']
errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


def pdf_text(path):
    try:
        d = pdfium.PdfDocument(path)
        t = ''.join(d[i].get_textpage().get_text_range() for i in range(len(d)))
        d.close()
        return t
    except Exception:
        return None


def check(sub_dir):
    name = os.path.basename(sub_dir)
    gt = json.load(open(os.path.join(sub_dir, 'ground_truth.json'), encoding='utf-8'))
    root = os.path.join(sub_dir, 'submission')
    # --- files and hashes
    listed = {d['path'] for d in gt['documents']}
    on_disk = set()
    for dp, _, fs in os.walk(root):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/')
            if rel != '申报信息.xlsx':
                on_disk.add(rel)
    if listed != on_disk:
        err(name, 'documents listed vs on disk differ', listed ^ on_disk)
    by_sha = defaultdict(list)
    for d in gt['documents']:
        p = os.path.join(root, d['path'])
        if not os.path.exists(p):
            continue
        h = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        if h != d['sha256']:
            err(name, 'sha mismatch', d['path'])
        by_sha[h].append(d)
        if set(d['fields']) != set(FIELDS):
            err(name, 'fields keys', d['path'])
        if d['doc_type'] not in ('contract', 'acceptance_report', 'payment_proof', 'procurement_proof', 'standard_draft', 'other'):
            err(name, 'doc_type', d['path'])
        if d['rendering'] not in ('text', 'scan', 'photo', 'mixed', 'corrupt'):
            err(name, 'rendering', d['path'])
        # text layer must carry the values the truth claims
        if d['rendering'] == 'text' and d['path'].endswith('.pdf'):
            t = pdf_text(p)
            if t is None:
                err(name, 'text pdf unreadable', d['path']); continue
            tt = re.sub(r'\s+', '', t)
            f = d['fields']
            for k in ('contract_no', 'customer', 'payer', 'payee', 'title'):
                if f[k] and f[k].replace(' ', '') not in tt:
                    err(name, 'text lacks', k, f[k], d['path'])
            if f['amount_yuan']:
                a = float(f['amount_yuan'])
                forms = [f"{a:,.2f}", f"{a:.2f}", f"{a/10000:,.2f}万元"]
                if not any(x in tt for x in forms):
                    err(name, 'text lacks amount', f['amount_yuan'], d['path'])
        if d['rendering'] == 'corrupt' and pdf_text(p) is not None:
            err(name, 'corrupt file opens', d['path'])
    # duplicates must be exactly the planted ones
    dups = {tuple(sorted(x['path'] for x in v)) for v in by_sha.values() if len(v) > 1}
    dup_gaps = [g for g in gt['gaps'] if g['kind'] == 'duplicate_evidence']
    if len(dups) != len(dup_gaps):
        err(name, 'duplicate files vs gaps', dups, dup_gaps)
    # --- workbook agrees with truth
    wb = openpyxl.load_workbook(os.path.join(root, '申报信息.xlsx'))
    ws = wb['服务用户清单']
    hdr = [c.value for c in ws[2]]
    rows = [dict(zip(hdr, [c.value for c in r])) for r in ws.iter_rows(min_row=3) if r[0].value is not None]
    if len(rows) != len(gt['contracts']):
        err(name, 'workbook rows', len(rows), len(gt['contracts']))
    amt_key = next(h for h in hdr if h.startswith('合同金额'))
    rev_key = next(h for h in hdr if h.startswith('营业收入'))
    sme_true = {}
    for r, c in zip(rows, gt['contracts']):
        if r['合同编号'] != c['contract_no'] or r['用户名称'] != c['customer'] or r['统一社会信用代码'] != c['customer_uscc']:
            err(name, 'workbook row differs', c['contract_no'])
        a = round(float(str(r[amt_key]).replace(',', '')) * 10000, 2)
        if abs(a - float(c['amount_yuan'])) > 0.01:
            err(name, 'workbook amount', c['contract_no'], a, c['amount_yuan'])
        staff = int(r['从业人员']); rev = float(str(r[rev_key]).replace(',', ''))
        sme_true[c['customer']] = not (staff >= 1000 and rev >= 40000)
        decl = r['是否中小企业'] == '是'
        has = any(g['kind'] == 'sme_misclassified' and g['contract_no'] == c['contract_no'] for g in gt['gaps'])
        if has != (decl != sme_true[c['customer']]):
            err(name, 'sme_misclassified inconsistent', c['contract_no'])
        inv = any(g['kind'] == 'invalid_uscc' and g['contract_no'] == c['contract_no'] for g in gt['gaps'])
        if inv == uscc_valid(c['customer_uscc']):
            err(name, 'invalid_uscc inconsistent', c['contract_no'])
    ws0 = wb['申报单位']
    kv = {r[0].value: r[1].value for r in ws0.iter_rows(min_row=3)}
    if kv.get('单位名称') != gt['applicant']['name'] or kv.get('统一社会信用代码') != gt['applicant']['uscc']:
        err(name, 'applicant sheet')
    if not uscc_valid(gt['applicant']['uscc']):
        err(name, 'applicant uscc invalid')
    # --- per-contract evidence consistency with the gap list
    docs_by = defaultdict(list)
    for d in gt['documents']:
        if d['contract_no']:
            docs_by[d['contract_no']].append(d)
    verified = []
    for c in gt['contracts']:
        no = c['contract_no']; ds = docs_by[no]
        kinds = {g['kind'] for g in gt['gaps'] if g['contract_no'] == no}
        types = {d['doc_type'] for d in ds}
        for t, k in (('acceptance_report', 'missing_acceptance_report'), ('payment_proof', 'missing_payment_proof'),
                     ('procurement_proof', 'missing_procurement_proof')):
            if (t not in types) != (k in kinds):
                err(name, k, no)
        amt = float(c['amount_yuan'])
        uniq = {d['sha256']: d for d in ds}.values()
        mism = any(d['fields']['amount_yuan'] and abs(float(d['fields']['amount_yuan']) - amt) > 0.005 * amt + 1e-6
                   for d in uniq if d['doc_type'] in ('contract', 'acceptance_report', 'procurement_proof'))
        pays = [d for d in uniq if d['doc_type'] == 'payment_proof']
        if pays and abs(sum(float(d['fields']['amount_yuan']) for d in pays) - amt) > 0.005 * amt + 1e-6:
            mism = True
        if mism != ('amount_mismatch' in kinds):
            err(name, 'amount_mismatch', no)
        accs = [d for d in ds if d['doc_type'] == 'acceptance_report']
        out = any(not ('2023-01-01' <= d['fields']['date'] <= '2023-12-31') for d in accs)
        if out != ('date_out_of_period' in kinds):
            err(name, 'date_out_of_period', no)
        if any(d['fields']['result'] == 'failed' for d in accs) != ('acceptance_not_passed' in kinds):
            err(name, 'acceptance_not_passed', no)
        pm = any((d['doc_type'] == 'payment_proof' and (d['fields']['payer'] != c['customer'] or d['fields']['payee'] != gt['applicant']['name']))
                 or (d['doc_type'] in ('contract', 'acceptance_report') and d['fields']['customer'] and d['fields']['customer'] != c['customer'])
                 for d in ds)
        if pm != ('party_mismatch' in kinds):
            err(name, 'party_mismatch', no)
        if kinds <= {'sme_misclassified'}:
            verified.append(c)
    if sorted(x['contract_no'] for x in verified) != sorted(gt['verified_contract_nos']):
        err(name, 'verified set')
    total = round(sum(float(c['amount_yuan']) for c in verified), 2)
    if f"{total:.2f}" != gt['accepted_total_yuan']:
        err(name, 'accepted total', total, gt['accepted_total_yuan'])
    vc = {c['customer'] for c in verified}
    vs = {x for x in vc if sme_true[x]}
    nstd = sum(1 for s in gt['standards'] if s['uploaded'] and s['path'])
    if (len(vc), len(vs), nstd) != (gt['verified_customer_count'], gt['verified_sme_customer_count'], gt['standards_with_document']):
        err(name, 'counts', len(vc), len(vs), nstd)
    ws3 = wb['标准草案']
    names = [r[1].value for r in ws3.iter_rows(min_row=3) if r[0].value is not None]
    if names != [s['name'] for s in gt['standards']]:
        err(name, 'standards sheet')
    for s in gt['standards']:
        has = any(g['kind'] == 'missing_standard_document' and g.get('standard') == s['name'] for g in gt['gaps'])
        if has == s['uploaded']:
            err(name, 'missing_standard_document', s['name'])
    kinds = {g['kind'] for g in gt['gaps']}
    exp = {'customer_count_below_threshold': len(vc) < 8, 'total_below_threshold': total < 25000000,
           'sme_count_below_threshold': len(vs) < 5, 'standards_below_threshold': nstd < 3}
    for k, v in exp.items():
        if (k in kinds) != v:
            err(name, 'threshold gap', k)
    req = gt['requirements']
    gate_ok = all(req[r] == 'met' for r in ('E-tianjin', 'S-customers', 'S-total', 'S-sme', 'S-standards'))
    tier = 0
    if gate_ok:
        tier = 1000 if total > 1e8 else 750 if total >= 7.5e7 else 500 if total >= 5e7 else 250 if total >= 2.5e7 else 0
    if tier != gt['award_tier_wan']:
        err(name, 'tier', tier, gt['award_tier_wan'])
    if (req['S-evidence'] == 'not_met') != any(g['requirement'] == 'S-evidence' for g in gt['gaps']):
        err(name, 'S-evidence status')
    n = len(gt['documents']); img = sum(1 for d in gt['documents'] if d['rendering'] in ('scan', 'photo'))
    print(f"{name}: {n} docs, {img} scans/photos ({img/n:.0%}), tier {gt['award_tier_wan']}, total {gt['accepted_total_yuan']}, gaps {len(gt['gaps'])}")


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
    for s in sorted(os.listdir(data)):
        if os.path.exists(os.path.join(data, s, 'ground_truth.json')):
            check(os.path.join(data, s))
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
