# -*- coding: utf-8 -*-
"""Self-check for author5's set: truth, workbook and documents agree.  python check.py [data]  -> exit 0 when consistent.
Independent re-derivation of the verdict from ground_truth.json + the workbook (not from generate.py's code path)."""
import hashlib, json, os, re, sys
from collections import Counter
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pypdfium2 as pdfium

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_lib import daxie, money, d_cn, d_cn0, d_cnz, d_dot, d_slash, uscc_valid  # formatting helpers only

errors, warns = [], []


def err(sub, msg):
    errors.append('%s: %s' % (sub, msg))


def nm(s):
    return None if s is None else re.sub(r'\s', '', s.replace('(', '（').replace(')', '）'))


def pdf_text(path, pages=None):
    pdf = pdfium.PdfDocument(path)
    out = []
    for i in range(len(pdf)):
        if pages is None or i in pages:
            out.append(pdf[i].get_textpage().get_text_range())
    return re.sub(r'\s', '', ''.join(out))


def has_text_layer(path, i):
    pdf = pdfium.PdfDocument(path)
    return len(pdf[i].get_textpage().get_text_range().strip()) > 20


def amount_forms(a):
    d = Decimal(a)
    return [money(d), '{:.2f}'.format(d), daxie(d)]


def date_forms(s):
    d = date.fromisoformat(s)
    return [d_cn(d), d_cn0(d), d.isoformat(), d_dot(d), d_slash(d), d_cnz(d), '%d年%d月%d日' % (d.year, d.month, d.day)]


def read_sheet(wb, name):
    ws = wb[name]
    hdr = [c.value for c in ws[2]]
    rows = []
    for r in ws.iter_rows(min_row=3, values_only=True):
        if r[0] is None or not isinstance(r[0], int):
            continue  # 合计 / notes
        rows.append(dict(zip(hdr, r)))
    return hdr, rows


def wan_to_yuan(v):
    return Decimal(str(v).replace(',', '')) * 10000


def as_date(v):
    if isinstance(v, datetime):
        return v.date()
    s = str(v)
    m = re.match(r'(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})', s)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def check(root):
    key = os.path.basename(root.rstrip('/'))
    sub = os.path.join(root, 'submission')
    T = json.load(open(os.path.join(root, 'ground_truth.json'), encoding='utf-8'))
    # 1. files <-> documents
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/')
            if rel != '申报信息.xlsx':
                files.add(rel)
    listed = {d['path'] for d in T['documents']}
    if files != listed:
        err(key, 'files vs documents differ: %s / %s' % (sorted(files - listed)[:5], sorted(listed - files)[:5]))
    for d in T['documents']:
        p = os.path.join(sub, d['path'])
        if os.path.exists(p) and hashlib.sha256(open(p, 'rb').read()).hexdigest() != d['sha256']:
            err(key, 'sha256 ' + d['path'])
        if set(d['fields']) != {'contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title'}:
            err(key, 'field keys ' + d['path'])
    # 2. text layers state the truth fields
    for d in T['documents']:
        if d['rendering'] not in ('text', 'mixed') or not d['path'].endswith('.pdf'):
            continue
        p = os.path.join(sub, d['path'])
        pages = None
        if d['rendering'] == 'mixed':
            n = len(pdfium.PdfDocument(p))
            pages = {i for i in range(n) if has_text_layer(p, i)}
        txt = pdf_text(p, pages)
        f = d['fields']
        for k in ('contract_no', 'customer', 'payer', 'payee', 'title'):
            if f[k] and nm(f[k]) not in nm(txt):
                (warns if d['rendering'] == 'mixed' else errors).append('%s: %s %s=%s not in text layer' % (key, d['path'], k, f[k]))
        if f['amount_yuan'] and not any(a in txt for a in amount_forms(f['amount_yuan'])):
            err(key, '%s amount %s not in text' % (d['path'], f['amount_yuan']))
        if f['date'] and not any(x in txt for x in date_forms(f['date'])):
            (warns if d['rendering'] == 'mixed' else errors).append('%s: %s date %s not in text layer' % (key, d['path'], f['date']))
    # 3. workbook == truth
    wb = openpyxl.load_workbook(os.path.join(sub, '申报信息.xlsx'))
    kv = {r[0].value: r[1].value for r in wb['申报单位'].iter_rows(min_row=3)}
    if kv.get('单位名称') != T['applicant']['name'] or kv.get('统一社会信用代码') != T['applicant']['uscc'] or kv.get('阶段') != '考核':
        err(key, 'applicant sheet')
    hdr, rows = read_sheet(wb, '服务用户清单')
    amt_col = next(h for h in hdr if h and h.startswith('合同金额'))
    rev_col = next(h for h in hdr if h and h.startswith('营业收入'))
    if len(rows) != len(T['contracts']):
        err(key, 'customer rows %d vs %d' % (len(rows), len(T['contracts'])))
    for r, c in zip(rows, T['contracts']):
        if (r['用户名称'] != c['customer'] or r['统一社会信用代码'] != c['customer_uscc'] or r['合同编号'] != c['contract_no']
                or wan_to_yuan(r[amt_col]) != Decimal(c['amount_yuan']) or as_date(r['验收日期']).isoformat() != c['accept_date_declared']
                or r['是否中小企业'] != c['sme_declared'] or r['是否天津企业'] != c['tianjin_declared']
                or Decimal(str(r[rev_col]).replace(',', '')) != Decimal(c['revenue_wan']) or r['从业人员'] != c['employees']):
            err(key, 'customer row mismatch %s' % c['contract_no'])
    _, rows = read_sheet(wb, '本地配套供应商')
    for r, s in zip(rows, T['suppliers']):
        ac = next(k for k in r if k and k.startswith('分包金额'))
        if r['供应商名称'] != s['name'] or r['分包合同编号'] != s['contract_no'] or wan_to_yuan(r[ac]) != Decimal(s['amount_yuan']):
            err(key, 'supplier row ' + s['name'])
    _, rows = read_sheet(wb, '经验交流会')
    if [(r['会议名称'], as_date(r['日期']).isoformat(), r['参会天津企业数量']) for r in rows] != \
            [(m['name'], m['date'], m['declared_tianjin']) for m in T['meetings']]:
        err(key, 'meeting rows')
    _, rows = read_sheet(wb, '免费诊断')
    if [(r['客户名称'], as_date(r['诊断日期']).isoformat(), r['诊断报告名称']) for r in rows] != \
            [(g['customer'], g['date'], g['title']) for g in T['diagnoses']]:
        err(key, 'diagnosis rows')
    _, rows = read_sheet(wb, '标准草案')
    if [r['标准名称'] for r in rows] != [s['name'] for s in T['standards']]:
        err(key, 'standard rows')
    # 4. verdict re-derived from truth documents + declarations
    A = T['applicant']
    docs = T['documents']
    gaps = []
    ver = {}
    inp = lambda s: '2024-01-01' <= s <= '2024-12-31'
    offf = lambda a, b: abs(Decimal(a) - Decimal(b)) > Decimal(b) * Decimal('0.005')
    for c in T['contracts']:
        mine = [d for d in docs if d['contract_no'] == c['contract_no'] and d['rendering'] != 'corrupt']
        ty = lambda t: [d for d in mine if d['doc_type'] == t]
        g = [k for t, k in (('acceptance_report', 'missing_acceptance_report'), ('payment_proof', 'missing_payment_proof'),
                            ('procurement_proof', 'missing_procurement_proof')) if not ty(t)]
        uniq_pay = {d['sha256']: d for d in ty('payment_proof')}.values()
        if any(d['fields']['amount_yuan'] and offf(d['fields']['amount_yuan'], c['amount_yuan'])
               for d in ty('contract') + ty('acceptance_report') + ty('procurement_proof')) or \
                (uniq_pay and offf(sum(Decimal(d['fields']['amount_yuan']) for d in uniq_pay), c['amount_yuan'])):
            g.append('amount_mismatch')
        acc = ty('acceptance_report')
        if (acc and any(d['fields']['date'] and not inp(d['fields']['date']) for d in acc)) or (not acc and not inp(c['accept_date_declared'])):
            g.append('date_out_of_period')
        if acc and not any(d['fields']['result'] == 'passed' for d in acc):
            g.append('acceptance_not_passed')
        cu = nm(c['customer'])
        if any(nm(d['fields']['payer']) != cu or nm(d['fields']['payee']) != nm(A['name']) for d in ty('payment_proof')) or \
                any(nm(d['fields']['customer']) != cu for d in acc + ty('contract')):
            g.append('party_mismatch')
        sh = Counter(d['sha256'] for d in mine)
        if any(v > 1 for v in sh.values()):
            g.append('duplicate_evidence')
        if not uscc_valid(c['customer_uscc']):
            g.append('invalid_uscc')
        if c['tianjin_declared'] == '是' and not (c['customer_uscc'][2:4] == '12' and c['customer_address'].startswith('天津市')):
            g.append('not_tianjin')
        large = c['employees'] >= 1000 and Decimal(c['revenue_wan']) >= 40000
        if (c['sme_declared'] == '是') == large:
            g.append('sme_misclassified')
        gaps += [(k, c['contract_no']) for k in g]
        if all(k == 'sme_misclassified' for k in g):
            ver[cu] = (Decimal(c['amount_yuan']), c['tianjin_declared'] == '是', not large)
    ok_sup = [s for s in T['suppliers'] if not s['gaps']]
    for s in T['suppliers']:
        docs_s = [d for d in docs if d['doc_type'] == 'subcontract' and d['contract_no'] == s['contract_no']]
        exp = []
        if not (s['uscc'][2:4] == '12' and s['address'].startswith('天津市')):
            exp.append('subcontractor_not_tianjin')
        if not docs_s:
            exp.append('missing_subcontract')
        else:
            f = docs_s[0]['fields']
            if not inp(f['date']):
                exp.append('date_out_of_period')
            if nm(f['customer']) != nm(A['name']):
                exp.append('party_mismatch')
            if offf(f['amount_yuan'], s['amount_yuan']):
                exp.append('amount_mismatch')
        if exp != s['gaps']:
            err(key, 'supplier gaps %s %s vs %s' % (s['name'], exp, s['gaps']))
        gaps += [(k, s['contract_no']) for k in exp]
    met_ok = 0
    for m in T['meetings']:
        has = any(d['doc_type'] == 'meeting_record' and d['fields']['title'] == m['name'] for d in docs)
        exp = []
        if not has:
            exp.append('missing_meeting_record')
        else:
            if not inp(m['date']):
                exp.append('date_out_of_period')
            if m['tianjin_on_sheet'] < 10:
                exp.append('meeting_attendance_below_threshold')
        met_ok += not exp
        gaps += [(k, m['name']) for k in exp]
    dia_ok = set()
    for g_ in T['diagnoses']:
        has = [d for d in docs if d['doc_type'] == 'diagnosis_report' and d['fields']['customer'] == g_['customer']]
        exp = []
        if not has:
            exp.append('missing_diagnosis_report')
        else:
            if not g_['has_solution']:
                exp.append('diagnosis_without_solution')
            if not inp(has[0]['fields']['date']):
                exp.append('date_out_of_period')
        if not exp:
            dia_ok.add(nm(g_['customer']))
        gaps += [(k, g_['customer']) for k in exp]
    std_ok = 0
    for s in T['standards']:
        has = any(d['doc_type'] == 'standard_draft' and d['fields']['title'] == s['name'] for d in docs)
        std_ok += has
        if not has:
            gaps.append(('missing_standard_document', s['name']))
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(('unreadable_document', d['path']))
    total = sum((v[0] for v in ver.values()), Decimal('0'))
    req = {'E-tianjin': A['uscc'][2:4] == '12' and A['address'].startswith('天津市'),
           'A-local-suppliers': len(ok_sup) >= 2, 'A-meetings': met_ok >= 10, 'A-diagnoses': len(dia_ok) >= 30,
           'A-customers': len(ver) >= 6 and total >= 15000000 and sum(v[1] for v in ver.values()) >= 2,
           'A-standards': std_ok >= 3, 'A-sme': sum(v[2] for v in ver.values()) >= 5}
    for k, v in req.items():
        if T['requirements'][k] != ('met' if v else 'not_met'):
            err(key, 'requirement %s' % k)
    if T['assessment_passed'] != all(req.values()):
        err(key, 'assessment_passed')
    if Decimal(T['accepted_total_yuan']) != total:
        err(key, 'accepted_total %s vs %s' % (T['accepted_total_yuan'], total))
    subj = lambda g: g.get('contract_no') or g.get('meeting') or (g.get('customer') if g['requirement'] == 'A-diagnoses' else None) \
        or g.get('standard') or g.get('file')
    tg = Counter((g['kind'], subj(g)) for g in T['gaps'] if subj(g))
    if tg != Counter(gaps):
        err(key, 'gaps differ: truth-only %s, derived-only %s' % (list((tg - Counter(gaps)).items())[:6], list((Counter(gaps) - tg).items())[:6]))
    counts = dict(verified_customer_count=len(ver), qualifying_meetings=met_ok, diagnosed_customers_with_solution=len(dia_ok),
                  standards_with_document=std_ok, verified_local_suppliers=len(ok_sup))
    for k, v in counts.items():
        if T[k] != v:
            err(key, '%s %s vs %s' % (k, T[k], v))
    n_img = sum(d['rendering'] in ('scan', 'photo') for d in docs)
    print('%-7s %3d docs, %d images (%.0f%%), passed=%s, %d gaps' % (key, len(docs), n_img, 100.0 * n_img / len(docs),
                                                                  T['assessment_passed'], len(T['gaps'])))


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
    for k in sorted(os.listdir(data)):
        if os.path.isdir(os.path.join(data, k)):
            check(os.path.join(data, k))
    for w in warns:
        print('warn:', w)
    for e in errors:
        print('ERROR:', e)
    print('consistent' if not errors else '%d errors' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
