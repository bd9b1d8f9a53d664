"""Self-check: truth, workbook and documents agree. Exit 0 when consistent."""
import json, os, sys, hashlib, datetime as dt
import openpyxl, pypdfium2 as pdfium
from common import uscc_valid

root = sys.argv[1] if len(sys.argv) > 1 else 'data'
errs = []
def err(*a): errs.append(' '.join(map(str, a)))

def yuan(x): return f"{float(x):,.2f}"

for name in sorted(os.listdir(root)):
    base = os.path.join(root, name); sub = os.path.join(base, 'submission')
    gt = json.load(open(os.path.join(base, 'ground_truth.json')))
    # files <-> documents
    listed = {d['path'] for d in gt['documents']}
    on_disk = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/')
            if rel != '申报信息.xlsx': on_disk.add(rel)
    if listed != on_disk: err(name, 'file list mismatch', listed ^ on_disk)
    for d in gt['documents']:
        b = open(os.path.join(sub, d['path']), 'rb').read()
        if hashlib.sha256(b).hexdigest() != d['sha256']: err(name, 'sha', d['path'])
        if set(d['fields']) != {'contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title'}: err(name, 'field keys', d['path'])
        if d['rendering'] == 'text':
            doc = pdfium.PdfDocument(b); txt = ''.join(doc[i].get_textpage().get_text_range() for i in range(len(doc))); doc.close()
            flat = txt.replace('\r', '').replace('\n', '')
            f = d['fields']
            if f['amount_yuan'] and yuan(f['amount_yuan']) not in flat: err(name, 'amount not in text', d['path'], f['amount_yuan'])
            if f['contract_no'] and f['contract_no'] not in flat: err(name, 'contract_no not in text', d['path'])
            for k in ('customer', 'payer', 'payee', 'title'):
                if f[k] and f[k] not in flat: err(name, k, 'not in text', d['path'], f[k])
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sub, '申报信息.xlsx'))
    rows = list(wb['服务用户清单'].iter_rows(min_row=3, values_only=True))
    if [r[3] for r in rows] != [c['contract_no'] for c in gt['contracts']]: err(name, 'workbook contracts')
    for r, c in zip(rows, gt['contracts']):
        if abs(float(r[5]) * 10000 - float(c['amount_yuan'])) > 0.01: err(name, 'workbook amount', c['contract_no'])
        if r[1] != c['customer'] or r[2] != c['customer_uscc']: err(name, 'workbook customer', c['contract_no'])
    if [r[1] for r in wb['经验交流会'].iter_rows(min_row=3, values_only=True)] != [m['name'] for m in gt['meetings']]: err(name, 'workbook meetings')
    if [r[1] for r in wb['免费诊断'].iter_rows(min_row=3, values_only=True)] != [d['customer'] for d in gt['diagnoses']]: err(name, 'workbook diagnoses')
    if [r[3] for r in wb['本地配套供应商'].iter_rows(min_row=3, values_only=True)] != [s['contract_no'] for s in gt['suppliers']]: err(name, 'workbook suppliers')
    # recompute from the documents' truth fields (independent of world.truth)
    in24 = lambda s: s and '2024-01-01' <= s <= '2024-12-31'
    by = {}
    for d in gt['documents']:
        by.setdefault((d['contract_no'], d['doc_type']), []).append(d['fields'])
    gaps = set(); verified = []
    for c in gt['contracts']:
        no, decl = c['contract_no'], float(c['amount_yuan']); g = set()
        for t in ('acceptance_report', 'payment_proof', 'procurement_proof'):
            if not by.get((no, t)): g.add('missing_' + t)
        amts = [float(f['amount_yuan']) for t in ('contract', 'acceptance_report', 'procurement_proof') for f in by.get((no, t), []) if f['amount_yuan']]
        pays = by.get((no, 'payment_proof'), [])
        if pays: amts.append(sum(float(f['amount_yuan']) for f in pays))
        if any(abs(a - decl) > 0.005 * decl + 1e-6 for a in amts): g.add('amount_mismatch')
        acc = by.get((no, 'acceptance_report'), [])
        if any(f['result'] != 'passed' for f in acc): g.add('acceptance_not_passed')
        if acc and not all(in24(f['date']) for f in acc): g.add('date_out_of_period')
        if not uscc_valid(c['customer_uscc']): g.add('invalid_uscc')
        if c['declared_tianjin'] and not (c['customer_uscc'][2:4] == '12' and c['customer_address_on_documents'].startswith('天津市')): g.add('not_tianjin')
        if c['declared_sme'] != c['is_sme_by_threshold']: g.add('sme_misclassified')
        gaps |= {(k, no) for k in g}
        if g <= {'sme_misclassified'}: verified.append(c)
    total = sum(round(float(c['amount_yuan']) * 100) for c in verified)
    if f"{total // 100}.{total % 100:02d}" != gt['accepted_total_yuan']: err(name, 'accepted total', total, gt['accepted_total_yuan'])
    if len({c['customer'] for c in verified}) != gt['verified_customer_count']: err(name, 'verified customers')
    if len({c['customer'] for c in verified if c['is_sme_by_threshold']}) != gt['verified_sme_customer_count']: err(name, 'sme count')
    for s in gt['suppliers']:
        docs = by.get((s['contract_no'], 'subcontract'), [])
        if not docs: gaps.add(('missing_subcontract', s['contract_no']))
        for f in docs:
            if abs(float(f['amount_yuan']) - float(s['amount_yuan'])) > 0.005 * float(s['amount_yuan']): gaps.add(('amount_mismatch', s['contract_no']))
            if f['customer'] != gt['applicant']['name']: gaps.add(('party_mismatch', s['contract_no']))
        if s['party_on_document'] and s['party_on_document'] != s['supplier']: gaps.add(('party_mismatch', s['contract_no']))
        if not (s['uscc'][2:4] == '12' and s['address'].startswith('天津市')): gaps.add(('subcontractor_not_tianjin', s['contract_no']))
    md = {d['fields']['title']: d for d in gt['documents'] if d['doc_type'] == 'meeting_record'}
    for m in gt['meetings']:
        d = md.get(m['name'])
        if not d: gaps.add(('missing_meeting_record', m['name'])); continue
        if d['fields']['date'] != m['date']: err(name, 'meeting date', m['name'])
        if not in24(m['date']): gaps.add(('date_out_of_period', m['name']))
        if m['tianjin_on_sheet'] < 10: gaps.add(('meeting_attendance_below_threshold', m['name']))
    dd = {d['fields']['customer']: d for d in gt['documents'] if d['doc_type'] == 'diagnosis_report'}
    for x in gt['diagnoses']:
        d = dd.get(x['customer'])
        if not d: gaps.add(('missing_diagnosis_report', x['customer'])); continue
        if d['fields']['date'] != x['date'] or d['fields']['title'] != x['report']: err(name, 'diag fields', x['customer'])
        if not x['has_solution']: gaps.add(('diagnosis_without_solution', x['customer']))
        if not in24(x['date']): gaps.add(('date_out_of_period', x['customer']))
    for s in gt['standards']:
        has = any(d['fields']['title'] == s['name'] for d in gt['documents'] if d['doc_type'] == 'standard_draft')
        if has != s['document_uploaded']: err(name, 'standard doc', s['name'])
        if not has: gaps.add(('missing_standard_document', s['name']))
    truth_gaps = {(g['kind'], g.get('contract_no') or g.get('meeting') or g.get('customer') if g['kind'] not in ('missing_standard_document',) else g['standard'])
                  for g in gt['gaps'] if g['contract_no'] or g.get('meeting') or g.get('customer') or g.get('standard')}
    # diagnosis/meeting gaps are keyed by subject; contract gaps by contract_no
    if truth_gaps != gaps: err(name, 'gap sets differ', sorted(truth_gaps ^ gaps))
    req_ok = all(v == 'met' for v in gt['requirements'].values())
    if req_ok != gt['assessment_passed']: err(name, 'passed flag')
    print(name, len(gt['documents']), 'docs', 'passed' if gt['assessment_passed'] else 'failed', len(gt['gaps']), 'gaps')

for e in errs: print('ERROR', e)
sys.exit(1 if errs else 0)
