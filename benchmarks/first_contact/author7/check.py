#!/usr/bin/env python3
"""Self-check for the author7 set: truth, workbook and documents agree.  Exit 0 when consistent.

python check.py [data]
"""
import hashlib, io, json, os, re, sys
from collections import Counter
from datetime import date, datetime
from decimal import Decimal as D

import openpyxl
import pypdfium2 as pdfium
from PIL import Image

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
errors = []


def err(sub, msg):
    errors.append(f"[{sub}] {msg}")


CN = '〇一二三四五六七八九'


def cn_small(n):
    if n < 10:
        return '一二三四五六七八九'[n - 1]
    if n == 10:
        return '十'
    if n < 20:
        return '十' + '一二三四五六七八九'[n - 11]
    t, u = divmod(n, 10)
    return '一二三四五六七八九'[t - 1] + '十' + ('' if u == 0 else '一二三四五六七八九'[u - 1])


def date_forms(s):
    d = date.fromisoformat(s)
    return {d.isoformat(), f"{d.year}年{d.month}月{d.day}日", d.strftime('%Y年%m月%d日'), d.strftime('%Y%m%d'), d.strftime('%Y.%m.%d'),
            d.strftime('%Y/%m/%d'), ''.join(CN[int(c)] for c in str(d.year)) + '年' + cn_small(d.month) + '月' + cn_small(d.day) + '日'}


def amount_forms(s):
    v = D(s)
    return {f"{v:,.2f}", f"{v:.2f}", f"{v / 10000:.2f}万"}


def norm(t):
    return re.sub(r'\s+', '', t)


def pdf_text(path, pages=None):
    pdf = pdfium.PdfDocument(path)
    n = len(pdf) if pages is None else min(pages, len(pdf))
    t = ''.join(pdf[i].get_textpage().get_text_range() for i in range(n))
    pdf.close()
    return t


def readable(path):
    try:
        if path.lower().endswith('.pdf'):
            pdf = pdfium.PdfDocument(path)
            ok = len(pdf) > 0
            pdf[0].render(scale=0.2)
            pdf.close()
            return ok
        Image.open(path).load()
        return True
    except Exception:
        return False


def sheet_rows(wb, name):
    ws = wb[name]
    hdr = [c.value for c in ws[2]]
    out = []
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row[0] is None:
            continue
        out.append(dict(zip(hdr, row)))
    return hdr, out


def to_date(v):
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    m = re.match(r'(\d{4})年(\d{1,2})月(\d{1,2})日', str(v))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def to_wan(v):
    return D(str(v).replace(',', ''))


UC = '0123456789ABCDEFGHJKLMNPQRTUWXY'
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    return len(c) == 18 and all(x in UC for x in c) and UC[(31 - sum(UC.index(x) * w for x, w in zip(c[:17], UW)) % 31) % 31] == c[17]


def inp(s):
    return s is not None and '2024-01-01' <= s <= '2024-12-31'


def recompute(t, decl):
    """independent re-derivation of the verdict from truth's document fields and the workbook"""
    app = t['applicant']['name']
    gaps = set()
    docs = t['documents']
    by = {}
    for d in docs:
        if d['contract_no']:
            by.setdefault(d['contract_no'], []).append(d)
    sha = Counter(d['sha256'] for d in docs)
    vc = []
    for c in decl['contracts']:
        ds = by.get(c['no'], [])
        ty = lambda x: [d for d in ds if d['doc_type'] == x]
        g = set()
        for kind, name in (('acceptance_report', 'missing_acceptance_report'), ('payment_proof', 'missing_payment_proof'), ('procurement_proof', 'missing_procurement_proof')):
            if not ty(kind):
                g.add(name)
        amt = c['amount']
        lim = amt * D('0.005')
        if any(d['fields']['amount_yuan'] and abs(D(d['fields']['amount_yuan']) - amt) > lim for d in ty('contract') + ty('acceptance_report') + ty('procurement_proof')):
            g.add('amount_mismatch')
        pays = {d['sha256']: d for d in ty('payment_proof')}.values()
        if pays and abs(sum(D(d['fields']['amount_yuan']) for d in pays) - amt) > lim:
            g.add('amount_mismatch')
        accd = [d['fields']['date'] for d in ty('acceptance_report')]
        if (accd and not all(inp(x) for x in accd)) or (not accd and not inp(c['acc'])):
            g.add('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in ty('acceptance_report')):
            g.add('acceptance_not_passed')
        if any(d['fields']['payer'] != c['customer'] or d['fields']['payee'] != app for d in ty('payment_proof')) or \
                any(d['fields']['customer'] != c['customer'] for d in ty('contract') + ty('acceptance_report')):
            g.add('party_mismatch')
        if any(sha[d['sha256']] > 1 for d in ds):
            g.add('duplicate_evidence')
        if not uscc_ok(c['uscc']):
            g.add('invalid_uscc')
        tc = next(x for x in t['contracts'] if x['contract_no'] == c['no'])
        addr_tj = c['addr'].startswith('天津市')
        if c['tj'] and not (addr_tj and c['uscc'][2:4] == '12'):
            g.add('not_tianjin')
        sme = not (c['emp'] >= 1000 and c['rev'] >= 40000)
        if c['sme'] != sme:
            g.add('sme_misclassified')
        for x in g:
            gaps.add((x, c['no'], c['customer']))
        if g <= {'sme_misclassified'}:
            vc.append((c, sme, c['tj'] and addr_tj and c['uscc'][2:4] == '12'))
    tot = sum((c['amount'] for c, _, _ in vc), D(0))
    res = {'A-customers': len({c['customer'] for c, _, _ in vc}) >= 6 and tot >= 15000000 and len({c['customer'] for c, _, tj in vc if tj}) >= 2,
           'A-sme': len({c['customer'] for c, s, _ in vc if s}) >= 5}
    # suppliers
    ok = 0
    for s in decl['suppliers']:
        ds = [d for d in docs if d['doc_type'] == 'subcontract' and d['contract_no'] == s['no']]
        g = set()
        if not (s['uscc'][2:4] == '12' and s['addr'].startswith('天津市')):
            g.add('subcontractor_not_tianjin')
        if not ds:
            g.add('missing_subcontract')
        for d in ds:
            if not inp(d['fields']['date']):
                g.add('date_out_of_period')
            if d['fields']['customer'] != app:
                g.add('party_mismatch')
            if abs(D(d['fields']['amount_yuan']) - s['amount']) > s['amount'] * D('0.005'):
                g.add('amount_mismatch')
        for x in g:
            gaps.add((x, s['no'], s['name']))
        ok += not g
    res['A-local-suppliers'] = ok >= 2
    okm = 0
    for m in decl['meetings']:
        tm = next(x for x in t['meetings'] if x['name'] == m['name'])
        has = any(d['doc_type'] == 'meeting_record' and d['fields']['title'] == m['name'] for d in docs)
        g = set()
        if not has:
            g.add('missing_meeting_record')
        else:
            if not inp(m['date']):
                g.add('date_out_of_period')
            if tm['tianjin_on_sheet'] < 10:
                g.add('meeting_attendance_below_threshold')
        for x in g:
            gaps.add((x, m['name']))
        okm += not g
    res['A-meetings'] = okm >= 10
    okd = set()
    for dg in decl['diagnoses']:
        td = next(x for x in t['diagnoses'] if x['customer'] == dg['customer'])
        ds = [d for d in docs if d['doc_type'] == 'diagnosis_report' and d['fields']['customer'] == dg['customer']]
        g = set()
        if not ds:
            g.add('missing_diagnosis_report')
        else:
            if not td['has_solution']:
                g.add('diagnosis_without_solution')
            if not all(inp(d['fields']['date']) for d in ds):
                g.add('date_out_of_period')
        for x in g:
            gaps.add((x, dg['customer']))
        if not g:
            okd.add(dg['customer'])
    res['A-diagnoses'] = len(okd) >= 30
    titles = {d['fields']['title'] for d in docs if d['doc_type'] == 'standard_draft'}
    res['A-standards'] = sum(s in titles for s in decl['standards']) >= 3
    res['E-tianjin'] = t['applicant']['address'].startswith('天津市') and t['applicant']['uscc'][2:4] == '12'
    return res, gaps


def check_sub(name):
    base = os.path.join(ROOT, name)
    sub = os.path.join(base, 'submission')
    t = json.load(open(os.path.join(base, 'ground_truth.json'), encoding='utf-8'))
    # files <-> documents
    files = set()
    for dp, _, fs in os.walk(sub):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), sub).replace(os.sep, '/')
            if rel != '申报信息.xlsx':
                files.add(rel)
    listed = {d['path'] for d in t['documents']}
    if files != listed:
        err(name, f"files vs documents differ: {sorted(files ^ listed)[:5]}")
    for d in t['documents']:
        p = os.path.join(sub, d['path'])
        if not os.path.exists(p):
            continue
        h = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        if h != d['sha256']:
            err(name, f"sha256 mismatch {d['path']}")
        if set(d['fields']) != {'contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title'}:
            err(name, f"fields keys {d['path']}")
        rd = readable(p)
        if d['rendering'] == 'corrupt' and rd:
            err(name, f"corrupt file opens: {d['path']}")
        if d['rendering'] != 'corrupt' and not rd:
            err(name, f"unreadable file: {d['path']}")
        if d['rendering'] in ('text', 'mixed'):
            txt = norm(pdf_text(p, 1 if d['rendering'] == 'mixed' and d['doc_type'] != 'contract' else None))
            f = d['fields']
            for k in ('contract_no', 'customer', 'payer', 'payee', 'title'):
                if f[k] and norm(f[k]) not in txt:
                    if d['rendering'] == 'mixed':
                        continue
                    err(name, f"{d['path']}: {k}={f[k]} not in text layer")
            if f['amount_yuan'] and d['rendering'] == 'text' and not (amount_forms(f['amount_yuan']) & {x for x in amount_forms(f['amount_yuan']) if x in txt}):
                if d['genre'] != 'N07':  # N07 states each receipt; its value is their sum
                    err(name, f"{d['path']}: amount {f['amount_yuan']} not in text layer")
            if f['date'] and d['rendering'] == 'text' and not any(x in txt for x in date_forms(f['date'])):
                err(name, f"{d['path']}: date {f['date']} not in text layer")
        elif d['rendering'] in ('scan', 'photo'):
            if p.lower().endswith('.pdf') and norm(pdf_text(p)):
                err(name, f"{d['path']}: image document has a text layer")
    # workbook
    wb = openpyxl.load_workbook(os.path.join(sub, '申报信息.xlsx'))
    need = ['申报单位', '服务用户清单', '标准草案', '本地配套供应商', '经验交流会', '免费诊断']
    if wb.sheetnames != need:
        err(name, f"sheets {wb.sheetnames}")
    _, info = sheet_rows(wb, '申报单位')
    info = {r['项目']: r['内容'] for r in info}
    if info.get('阶段') != '考核' or info.get('单位名称') != t['applicant']['name'] or info.get('统一社会信用代码') != t['applicant']['uscc']:
        err(name, 'applicant sheet')
    hdr, rows = sheet_rows(wb, '服务用户清单')
    ah = [h for h in hdr if h.startswith('合同金额')][0]
    rh = [h for h in hdr if h.startswith('营业收入')][0]
    decl = dict(contracts=[], suppliers=[], meetings=[], diagnoses=[], standards=[])
    if len(rows) != len(t['contracts']):
        err(name, 'contract row count')
    for r, c in zip(rows, t['contracts']):
        if (r['用户名称'], r['统一社会信用代码'], r['合同编号']) != (c['customer'], c['customer_uscc'], c['contract_no']):
            err(name, f"contract row {r['序号']}")
        amt = (to_wan(r[ah]) * 10000).quantize(D('0.01'))
        if amt != D(c['amount_yuan']):
            err(name, f"amount row {r['序号']}: {amt} vs {c['amount_yuan']}")
        if to_date(r['验收日期']).isoformat() != c['acceptance_date_declared']:
            err(name, f"acceptance date row {r['序号']}")
        decl['contracts'].append(dict(no=r['合同编号'], customer=r['用户名称'], uscc=r['统一社会信用代码'], amount=amt, acc=to_date(r['验收日期']).isoformat(),
                                      sme=r['是否中小企业'] == '是', tj=r['是否天津企业'] == '是', emp=int(r['从业人员']), rev=int(to_wan(r[rh])),
                                      addr=c.get('address') or ''))
    # customer addresses come from the contract documents' party blocks; truth keeps them in the planted info via generator
    for c, tc in zip(decl['contracts'], t['contracts']):
        c['addr'] = tc['customer_address']
    _, rows = sheet_rows(wb, '本地配套供应商')
    for r, s in zip(rows, t['suppliers']):
        if (r['供应商名称'], r['统一社会信用代码'], r['分包合同编号']) != (s['supplier'], s['uscc'], s['contract_no']):
            err(name, f"supplier row {r['序号']}")
        decl['suppliers'].append(dict(name=r['供应商名称'], uscc=r['统一社会信用代码'], no=r['分包合同编号'], amount=(to_wan(r['分包金额（万元）']) * 10000).quantize(D('0.01')),
                                      addr=s['address']))
    _, rows = sheet_rows(wb, '经验交流会')
    if len(rows) != len(t['meetings']):
        err(name, 'meeting rows')
    for r, m in zip(rows, t['meetings']):
        if r['会议名称'] != m['name'] or to_date(r['日期']).isoformat() != m['date'] or r['参会天津企业数量'] != m['declared_tianjin_count']:
            err(name, f"meeting row {r['序号']}")
        decl['meetings'].append(dict(name=r['会议名称'], date=to_date(r['日期']).isoformat()))
    _, rows = sheet_rows(wb, '免费诊断')
    if len(rows) != len(t['diagnoses']):
        err(name, 'diagnosis rows')
    for r, dg in zip(rows, t['diagnoses']):
        if r['客户名称'] != dg['customer'] or to_date(r['诊断日期']).isoformat() != dg['date'] or r['诊断报告名称'] != dg['report_title']:
            err(name, f"diagnosis row {r['序号']}")
        decl['diagnoses'].append(dict(customer=r['客户名称']))
    _, rows = sheet_rows(wb, '标准草案')
    decl['standards'] = [r['标准名称'] for r in rows]
    if decl['standards'] != [s['name'] for s in t['standards']]:
        err(name, 'standards rows')
    # verdict re-derived independently
    res, gaps = recompute(t, decl)
    for k, v in res.items():
        if (t['requirements'][k] == 'met') != v:
            err(name, f"requirement {k}: truth {t['requirements'][k]}, recomputed {'met' if v else 'not_met'}")
    if t['assessment_passed'] != all(res.values()):
        err(name, 'assessment_passed')
    tg = set()
    for g in t['gaps']:
        if not any(g.get(k) for k in ('contract_no', 'customer', 'supplier', 'meeting')):
            continue   # submission-level, standard and file gaps: checked through the requirement statuses
        if g['requirement'] == 'A-meetings':
            tg.add((g['kind'], g['meeting']))
        elif g['requirement'] == 'A-diagnoses':
            tg.add((g['kind'], g['customer']))
        elif g['requirement'] == 'A-local-suppliers':
            tg.add((g['kind'], g['contract_no'], g['supplier']))
        else:
            tg.add((g['kind'], g['contract_no'], g['customer']))
    if tg != gaps:
        err(name, f"gaps differ: truth-only {sorted(tg - gaps)}, recomputed-only {sorted(gaps - tg)}")
    n = len(t['documents'])
    im = sum(d['rendering'] in ('scan', 'photo') for d in t['documents'])
    print(f"{name}: {n} docs, {im} scans/photos ({im / n:.0%}), passed={t['assessment_passed']}, gaps={len(t['gaps'])}")


def main():
    subs = sorted(d for d in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, d, 'ground_truth.json')))
    if not subs:
        print('no submissions found')
        return 1
    for s in subs:
        check_sub(s)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} problem(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
