"""Shared helpers (author11): credit codes, money, dates, the rule engine used for truth and check."""
import datetime as dt
from decimal import Decimal

CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    s = sum(int(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return '0' if c == 11 else ('X' if c == 10 else str(c))


def uscc_check(code17):
    s = sum(CH.index(c) * WT[i] for i, c in enumerate(code17))
    return CH[(31 - s % 31) % 31]


def make_uscc(rng, region):
    body = ''.join(str(int(rng.integers(0, 10))) for _ in range(8))
    pre = '91' + region + body + org_check(body)
    return pre + uscc_check(pre)


def uscc_valid(code):
    if len(code) != 18 or any(c not in CH for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


D = '零壹贰叁肆伍陆柒捌玖'


def int_cn(n):
    if n == 0:
        return '零'
    s = str(n)
    out, zero, L = '', False, len(s)
    for i, ch in enumerate(s):
        p = L - 1 - i
        d = int(ch)
        if d == 0:
            zero = True
        else:
            if zero and out:
                out += '零'
            zero = False
            out += D[d] + ['', '拾', '佰', '仟'][p % 4]
        if p % 4 == 0 and p > 0:
            grp = s[max(0, i - 3):i + 1]
            if int(grp) > 0:
                out += ['', '万', '亿'][p // 4]
    return out


def daxie(cents):
    yuan, c = divmod(cents, 100)
    jiao, fen = divmod(c, 10)
    s = int_cn(yuan) + '元'
    if jiao == 0 and fen == 0:
        return s + '整'
    if jiao:
        s += D[jiao] + '角'
    elif fen:
        s += '零'
    if fen:
        s += D[fen] + '分'
    return s


def amt(cents):
    return '{:,}.{:02d}'.format(cents // 100, cents % 100)


def amt_plain(cents):
    return '{}.{:02d}'.format(cents // 100, cents % 100)


CNUM = '〇一二三四五六七八九'


def d_cn(d):
    y = ''.join(CNUM[int(c)] for c in str(d.year))
    def n(k):
        if k < 10:
            return CNUM[k]
        if k == 10:
            return '十'
        if k < 20:
            return '十' + CNUM[k - 10]
        return CNUM[k // 10] + '十' + (CNUM[k % 10] if k % 10 else '')
    return '%s年%s月%s日' % (y, n(d.month), n(d.day))


def d_zh(d):
    return '%d年%d月%d日' % (d.year, d.month, d.day)


def d_iso(d):
    return d.isoformat()


def d_dot(d):
    return '%d.%02d.%02d' % (d.year, d.month, d.day)


def d_slash(d):
    return '%d/%02d/%02d' % (d.year, d.month, d.day)


def d_compact(d):
    return '%d%02d%02d' % (d.year, d.month, d.day)


# ---------------------------------------------------------------------------
# Rule engine: my own reading of format.md for the assessment cycle.
P0, P1 = dt.date(2024, 1, 1), dt.date(2024, 12, 31)


def in_period(iso):
    d = dt.date.fromisoformat(iso)
    return P0 <= d <= P1


def is_large(emp, rev_wan):
    return emp >= 1000 and rev_wan >= 40000


def off(a, b):
    a, b = Decimal(a), Decimal(b)
    return abs(a - b) > b * Decimal('0.005')


def tianjin_real(uscc, address):
    return uscc[2:4] == '12' and address.startswith('天津市')


def evaluate(t):
    """t: ground-truth dict without gaps/requirements; returns (gaps, counts, reqs, passed)."""
    gaps = []
    app = t['applicant']['name']
    docs = t['documents']
    dup = {}
    for d in docs:
        dup.setdefault(d['sha256'], []).append(d)
    verified = []
    for c in t['contracts']:
        g = []
        mine = [d for d in docs if d['contract_no'] == c['contract_no']]
        by = lambda k: [d for d in mine if d['doc_type'] == k]
        for k, kind in (('acceptance_report', 'missing_acceptance_report'),
                        ('payment_proof', 'missing_payment_proof'),
                        ('procurement_proof', 'missing_procurement_proof')):
            if not by(k):
                g.append(kind)
        amts = [d['fields']['amount_yuan'] for d in by('contract') + by('procurement_proof') + by('acceptance_report')
                if d['fields']['amount_yuan']]
        pays = [Decimal(d['fields']['amount_yuan']) for d in by('payment_proof') if d['fields']['amount_yuan']]
        if any(off(a, c['amount_yuan']) for a in amts) or (pays and off(sum(pays), c['amount_yuan'])):
            g.append('amount_mismatch')
        accs = by('acceptance_report')
        if accs:
            if any(d['fields']['date'] and not in_period(d['fields']['date']) for d in accs):
                g.append('date_out_of_period')
        elif not in_period(c['accept_date']):
            g.append('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in accs):
            g.append('acceptance_not_passed')
        pm = False
        for d in by('payment_proof'):
            f = d['fields']
            if (f['payer'] and f['payer'] != c['customer']) or (f['payee'] and f['payee'] != app):
                pm = True
        for d in by('contract') + accs + by('procurement_proof'):
            if d['fields']['customer'] and d['fields']['customer'] != c['customer']:
                pm = True
        if pm:
            g.append('party_mismatch')
        if any(len(dup[d['sha256']]) > 1 for d in mine):
            g.append('duplicate_evidence')
        if not uscc_valid(c['customer_uscc']):
            g.append('invalid_uscc')
        if c['tianjin_declared'] and not tianjin_real(c['customer_uscc'], c['customer_address']):
            g.append('not_tianjin')
        sme_real = not is_large(c['employees'], c['revenue_wan'])
        if c['sme_declared'] != sme_real:
            g.append('sme_misclassified')
        for k in g:
            gaps.append({'kind': k, 'requirement': 'A-sme' if k == 'sme_misclassified' else 'A-customers',
                         'contract_no': c['contract_no'], 'customer': c['customer']})
        if all(k == 'sme_misclassified' for k in g):
            verified.append(c)
    vcust = {c['customer'] for c in verified}
    total = sum(Decimal(c['amount_yuan']) for c in verified)
    vtj = {c['customer'] for c in verified if c['tianjin_declared'] and tianjin_real(c['customer_uscc'], c['customer_address'])}
    vsme = {c['customer'] for c in verified if not is_large(c['employees'], c['revenue_wan'])}
    # suppliers
    vsup = set()
    for s in t['suppliers']:
        g = []
        subs = [d for d in docs if d['doc_type'] == 'subcontract' and d['fields']['contract_no'] == s['contract_no']]
        if not tianjin_real(s['uscc'], s['address']):
            g.append('subcontractor_not_tianjin')
        if not subs:
            g.append('missing_subcontract')
        else:
            if any(not in_period(d['fields']['date']) for d in subs):
                g.append('date_out_of_period')
            if any(d['fields']['customer'] != app for d in subs):
                g.append('party_mismatch')
            if any(off(d['fields']['amount_yuan'], s['amount_yuan']) for d in subs):
                g.append('amount_mismatch')
        for k in g:
            gaps.append({'kind': k, 'requirement': 'A-local-suppliers', 'contract_no': s['contract_no'],
                         'customer': None, 'supplier': s['name']})
        if not g:
            vsup.add(s['name'])
    # meetings
    qm = 0
    for m in t['meetings']:
        g = []
        recs = [d for d in docs if d['doc_type'] == 'meeting_record' and d['fields']['title'] == m['name']]
        if not recs:
            g.append('missing_meeting_record')
        else:
            if any(d['fields']['date'] and not in_period(d['fields']['date']) for d in recs):
                g.append('date_out_of_period')
            if m['tianjin_attendees_on_sheet'] < 10:
                g.append('meeting_attendance_below_threshold')
        for k in g:
            gaps.append({'kind': k, 'requirement': 'A-meetings', 'contract_no': None, 'customer': None,
                         'meeting': m['name']})
        if not g:
            qm += 1
    # diagnoses
    dcust = set()
    for x in t['diagnoses']:
        g = []
        reps = [d for d in docs if d['doc_type'] == 'diagnosis_report' and d['fields']['customer'] == x['customer']]
        if not reps:
            g.append('missing_diagnosis_report')
        else:
            if not all(x_has for x_has in [x['report_has_solution']]):
                g.append('diagnosis_without_solution')
            if any(not in_period(d['fields']['date']) for d in reps):
                g.append('date_out_of_period')
        for k in g:
            gaps.append({'kind': k, 'requirement': 'A-diagnoses', 'contract_no': None, 'customer': x['customer']})
        if not g:
            dcust.add(x['customer'])
    # standards
    nstd = 0
    for s in t['standards']:
        if s['draft_uploaded']:
            nstd += 1
        else:
            gaps.append({'kind': 'missing_standard_document', 'requirement': 'A-standards', 'contract_no': None,
                         'customer': None, 'standard': s['name']})
    a = t['applicant']
    reqs = {}
    def thr(req, kind, ok):
        reqs[req] = 'met' if ok else 'not_met'
        if not ok:
            gaps.append({'kind': kind, 'requirement': req, 'contract_no': None, 'customer': None})
    thr('E-tianjin', 'applicant_not_tianjin', tianjin_real(a['uscc'], a['address']))
    thr('A-local-suppliers', 'local_supplier_count_below_threshold', len(vsup) >= 2)
    thr('A-meetings', 'meeting_count_below_threshold', qm >= 10)
    thr('A-diagnoses', 'diagnosis_count_below_threshold', len(dcust) >= 30)
    c_ok = len(vcust) >= 6
    t_ok = total >= 15000000
    tj_ok = len(vtj) >= 2
    reqs['A-customers'] = 'met' if (c_ok and t_ok and tj_ok) else 'not_met'
    if not c_ok:
        gaps.append({'kind': 'customer_count_below_threshold', 'requirement': 'A-customers', 'contract_no': None, 'customer': None})
    if not t_ok:
        gaps.append({'kind': 'total_below_threshold', 'requirement': 'A-customers', 'contract_no': None, 'customer': None})
    if not tj_ok:
        gaps.append({'kind': 'tianjin_customer_count_below_threshold', 'requirement': 'A-customers', 'contract_no': None, 'customer': None})
    thr('A-standards', 'standards_below_threshold', nstd >= 3)
    thr('A-sme', 'sme_count_below_threshold', len(vsme) >= 5)
    counts = {
        'verified_contracts': [c['contract_no'] for c in verified],
        'verified_customer_count': len(vcust),
        'verified_tianjin_customer_count': len(vtj),
        'verified_sme_customer_count': len(vsme),
        'verified_local_suppliers': len(vsup),
        'qualifying_meetings': qm,
        'diagnosed_customers_with_solution': len(dcust),
        'standards_with_document': nstd,
        'accepted_total_yuan': '%.2f' % total,
    }
    passed = all(v == 'met' for v in reqs.values())
    return gaps, counts, reqs, passed
