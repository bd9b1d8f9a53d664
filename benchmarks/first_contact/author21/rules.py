"""author21's own reading of format.md's assessment-cycle rules (no product code).

evaluate(decl, docs) -> ground-truth dict. decl holds the declared rows plus what the author knows
about each sheet (attendees) and report (solution section present); docs are document records
(path, doc_type, rendering, contract_no, sha256, note, fields).
"""
import datetime as dt
from collections import defaultdict
from util import uscc_valid, in_2024

TOL = 0.005


def _d(s):
    return dt.date.fromisoformat(s)


def _f(s):
    return round(float(s) * 100)


def _tj(code, addr):
    return (code is not None and len(code) == 18 and code[2:4] == '12') or (addr or '').startswith('天津市')


def _tj_strict(code, addr):
    return (code is not None and len(code) == 18 and code[2:4] == '12') and (addr or '').startswith('天津市')


def is_sme(emp, rev):
    return not (emp >= 1000 and rev >= 40000)


def gap(kind, req, contract_no=None, customer=None, **kw):
    g = dict(kind=kind, contract_no=contract_no, customer=customer, requirement=req)
    g.update(kw)
    return g


def evaluate(decl, docs):
    app = decl['applicant']
    gaps = []
    by_c = defaultdict(list)
    for d in docs:
        if d['contract_no']:
            by_c[d['contract_no']].append(d)
    # ------------------------------------------------------------- contracts
    verified = []
    for c in decl['contracts']:
        no, cu = c['contract_no'], c['customer']
        mine = by_c.get(no, [])
        kinds = defaultdict(list)
        for d in mine:
            kinds[d['doc_type']].append(d)
        g = []
        for dt_, k in (('acceptance_report', 'missing_acceptance_report'), ('payment_proof', 'missing_payment_proof'),
                       ('procurement_proof', 'missing_procurement_proof')):
            if not kinds[dt_]:
                g.append(k)
        amt = _f(c['amount_yuan'])
        mism = False
        for dt_ in ('contract', 'procurement_proof', 'acceptance_report'):
            for d in kinds[dt_]:
                a = d['fields']['amount_yuan']
                if a is not None and abs(_f(a) - amt) > TOL * amt:
                    mism = True
        if kinds['payment_proof']:
            s = sum(_f(d['fields']['amount_yuan']) for d in kinds['payment_proof'] if d['fields']['amount_yuan'])
            if abs(s - amt) > TOL * amt:
                mism = True
        if mism:
            g.append('amount_mismatch')
        if kinds['acceptance_report']:
            if any(d['fields']['date'] and not in_2024(_d(d['fields']['date'])) for d in kinds['acceptance_report']):
                g.append('date_out_of_period')
        elif not in_2024(_d(c['declared_acceptance_date'])):
            g.append('date_out_of_period')
        if any(d['fields']['result'] == 'failed' for d in kinds['acceptance_report']):
            g.append('acceptance_not_passed')
        party = False
        for d in kinds['payment_proof']:
            if (d['fields']['payer'] and d['fields']['payer'] != cu) or (d['fields']['payee'] and d['fields']['payee'] != app['name']):
                party = True
        for dt_ in ('acceptance_report', 'contract'):
            for d in kinds[dt_]:
                if d['fields']['customer'] and d['fields']['customer'] != cu:
                    party = True
        if party:
            g.append('party_mismatch')
        shas = [d['sha256'] for d in mine]
        if len(shas) != len(set(shas)):
            g.append('duplicate_evidence')
        if not uscc_valid(c['customer_uscc']):
            g.append('invalid_uscc')
        if c['declared_tianjin'] and not _tj_strict(c['customer_uscc'], c['customer_address']):
            g.append('not_tianjin')
        sme = is_sme(c['employees'], c['revenue_wan'])
        if c['declared_sme'] != sme:
            g.append('sme_misclassified')
        for k in g:
            gaps.append(gap(k, 'A-sme' if k == 'sme_misclassified' else 'A-customers', no, cu))
        ok = all(k == 'sme_misclassified' for k in g)
        c['verified'] = ok
        c['is_sme'] = sme
        c['really_tianjin'] = _tj_strict(c['customer_uscc'], c['customer_address'])
        if ok:
            verified.append(c)
    v_customers = {c['customer'] for c in verified}
    total = sum(_f(c['amount_yuan']) for c in verified)
    v_tj = {c['customer'] for c in verified if c['declared_tianjin'] and c['really_tianjin']}
    v_sme = {c['customer'] for c in verified if c['is_sme']}
    # ------------------------------------------------------------- suppliers
    ok_sup = set()
    for s in decl['suppliers']:
        mine = [d for d in by_c.get(s['contract_no'], []) if d['doc_type'] == 'subcontract']
        g = []
        if not _tj_strict(s['uscc'], s['address']):
            g.append('subcontractor_not_tianjin')
        if not mine:
            g.append('missing_subcontract')
            if not in_2024(_d(s['date'])):
                g.append('date_out_of_period')
        else:
            if any(d['fields']['date'] and not in_2024(_d(d['fields']['date'])) for d in mine):
                g.append('date_out_of_period')
            if any(d['fields']['customer'] and d['fields']['customer'] != app['name'] for d in mine):
                g.append('party_mismatch')
            amt = _f(s['amount_yuan'])
            if any(d['fields']['amount_yuan'] and abs(_f(d['fields']['amount_yuan']) - amt) > TOL * amt for d in mine):
                g.append('amount_mismatch')
        for k in g:
            gaps.append(gap(k, 'A-local-suppliers', s['contract_no'], None, supplier=s['supplier']))
        s['passed'] = not g
        if not g:
            ok_sup.add(s['supplier'])
    # ------------------------------------------------------------- meetings
    mdocs = defaultdict(list)
    for d in docs:
        if d['doc_type'] == 'meeting_record' and d['fields']['title']:
            mdocs[d['fields']['title']].append(d)
    ok_meet = 0
    for m in decl['meetings']:
        mine = mdocs.get(m['meeting'], [])
        tj = sorted({a['name'] for a in m['sheet'] if not a['host'] and _tj(a['uscc'], a['address'])})
        m['tianjin_attendees_on_sheet'] = len(tj) if mine else 0
        m['tianjin_attendee_names'] = tj if mine else []
        g = []
        if not mine:
            g.append('missing_meeting_record')
        else:
            if any(d['fields']['date'] and not in_2024(_d(d['fields']['date'])) for d in mine):
                g.append('date_out_of_period')
            if len(tj) < 10:
                g.append('meeting_attendance_below_threshold')
        for k in g:
            gaps.append(gap(k, 'A-meetings', meeting=m['meeting']))
        m['passed'] = not g
        ok_meet += not g
    # ------------------------------------------------------------- diagnoses
    ddocs = defaultdict(list)
    for d in docs:
        if d['doc_type'] == 'diagnosis_report':
            ddocs[(d['fields']['customer'], d['fields']['title'])].append(d)
    ok_diag = set()
    for dg in decl['diagnoses']:
        mine = ddocs.get((dg['customer'], dg['title']), [])
        g = []
        if not mine:
            g.append('missing_diagnosis_report')
        else:
            if not dg['has_solution']:
                g.append('diagnosis_without_solution')
            if any(d['fields']['date'] and not in_2024(_d(d['fields']['date'])) for d in mine):
                g.append('date_out_of_period')
        for k in g:
            gaps.append(gap(k, 'A-diagnoses', customer=dg['customer']))
        dg['passed'] = not g
        if not g:
            ok_diag.add(dg['customer'])
    # ------------------------------------------------------------- standards
    n_std = 0
    for s in decl['standards']:
        if s['has_document']:
            n_std += 1
        else:
            gaps.append(gap('missing_standard_document', 'A-standards', standard=s['name']))
    # ------------------------------------------------------------- thresholds
    req = {}
    app_tj = _tj_strict(app['uscc'], app['address'])
    if not app_tj:
        gaps.append(gap('applicant_not_tianjin', 'E-tianjin'))
    req['E-tianjin'] = 'met' if app_tj else 'not_met'
    if len(ok_sup) < 2:
        gaps.append(gap('local_supplier_count_below_threshold', 'A-local-suppliers'))
    req['A-local-suppliers'] = 'met' if len(ok_sup) >= 2 else 'not_met'
    if ok_meet < 10:
        gaps.append(gap('meeting_count_below_threshold', 'A-meetings'))
    req['A-meetings'] = 'met' if ok_meet >= 10 else 'not_met'
    if len(ok_diag) < 30:
        gaps.append(gap('diagnosis_count_below_threshold', 'A-diagnoses'))
    req['A-diagnoses'] = 'met' if len(ok_diag) >= 30 else 'not_met'
    cust_ok = True
    if len(v_customers) < 6:
        gaps.append(gap('customer_count_below_threshold', 'A-customers')); cust_ok = False
    if total < 1500000000:
        gaps.append(gap('total_below_threshold', 'A-customers')); cust_ok = False
    if len(v_tj) < 2:
        gaps.append(gap('tianjin_customer_count_below_threshold', 'A-customers')); cust_ok = False
    req['A-customers'] = 'met' if cust_ok else 'not_met'
    if n_std < 3:
        gaps.append(gap('standards_below_threshold', 'A-standards'))
    req['A-standards'] = 'met' if n_std >= 3 else 'not_met'
    if len(v_sme) < 5:
        gaps.append(gap('sme_count_below_threshold', 'A-sme'))
    req['A-sme'] = 'met' if len(v_sme) >= 5 else 'not_met'
    passed = all(v == 'met' for v in req.values())
    clean_docs = [{k: v for k, v in d.items() if not k.startswith('_')} for d in docs]
    return dict(
        applicant=app, phase='考核', assessment_passed=passed, award_tier_wan=None,
        accepted_total_yuan=f'{total // 100}.{total % 100:02d}', requirements=req, gaps=gaps,
        verified_contracts=len(verified), verified_customer_count=len(v_customers),
        verified_tianjin_customer_count=len(v_tj), verified_sme_customer_count=len(v_sme),
        verified_local_suppliers=len(ok_sup), qualifying_meetings=ok_meet,
        diagnosed_customers_with_solution=len(ok_diag), standards_with_document=n_std,
        contracts=decl['contracts'], suppliers=decl['suppliers'], meetings=decl['meetings'],
        diagnoses=decl['diagnoses'], standards=decl['standards'], documents=clean_docs)
