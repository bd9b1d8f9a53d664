"""Ground truth rules (my reading of format.md and the 2023 programme guide). Everything is
derived from the declarations and from the `documents` entries, so check.py can re-derive it."""
from decimal import Decimal
from util import uscc_valid, is_sme, yuan

P0, P1 = '2023-01-01', '2023-12-31'
CONTRACT_GAPS = ['missing_acceptance_report', 'missing_payment_proof', 'missing_procurement_proof',
                 'amount_mismatch', 'date_out_of_period', 'acceptance_not_passed', 'party_mismatch',
                 'duplicate_evidence', 'invalid_uscc', 'not_tianjin']


def off(a, declared):
    a, d = Decimal(a), Decimal(declared)
    return abs(a - d) > d * Decimal('0.005')


def contract_gaps(c, docs, applicant, dup_contracts):
    mine = [d for d in docs if d['contract_no'] == c['contract_no'] and d['rendering'] != 'corrupt']
    by = lambda t: [d for d in mine if d['doc_type'] == t]
    K, A, P, R = by('contract'), by('acceptance_report'), by('payment_proof'), by('procurement_proof')
    # a byte-identical second upload counts once
    seen, Pu = set(), []
    for d in P:
        if d['sha256'] not in seen:
            seen.add(d['sha256']); Pu.append(d)
    g = []
    if not A: g.append('missing_acceptance_report')
    if not P: g.append('missing_payment_proof')
    if not R: g.append('missing_procurement_proof')
    dec = c['amount_yuan']
    mism = any(d['fields']['amount_yuan'] and off(d['fields']['amount_yuan'], dec) for d in K + A + R)
    if Pu:
        tot = sum(Decimal(d['fields']['amount_yuan']) for d in Pu)
        mism = mism or off(tot, dec)
    if mism: g.append('amount_mismatch')
    if A:
        dates = [d['fields']['date'] for d in A if d['fields']['date']]
        if any(not (P0 <= x <= P1) for x in dates): g.append('date_out_of_period')
    elif not (P0 <= c['acceptance_date'] <= P1):
        g.append('date_out_of_period')
    if A and not any(d['fields']['result'] == 'passed' for d in A): g.append('acceptance_not_passed')
    cust = c['customer']
    party = any(d['fields']['payer'] and d['fields']['payer'] != cust for d in Pu) or \
        any(d['fields']['payee'] and d['fields']['payee'] != applicant['name'] for d in Pu) or \
        any(d['fields']['customer'] and d['fields']['customer'] != cust for d in A + K)
    if party: g.append('party_mismatch')
    if c['contract_no'] in dup_contracts: g.append('duplicate_evidence')
    if not uscc_valid(c['customer_uscc']): g.append('invalid_uscc')
    if c['declared_tianjin'] and (not c['customer_address'].startswith('天津市') or c['customer_uscc'][2:4] != '12'):
        g.append('not_tianjin')
    return g


def derive(applicant, contracts, standards, docs):
    gaps = []
    shas = {}
    for d in docs:
        if d['rendering'] == 'corrupt': continue
        shas.setdefault(d['sha256'], []).append(d)
    dup = {ds[0]['contract_no'] for ds in shas.values() if len(ds) > 1 and ds[0]['contract_no']}
    verified = []
    for c in contracts:
        for k in contract_gaps(c, docs, applicant, dup):
            gaps.append(dict(kind=k, contract_no=c['contract_no'], customer=c['customer'], requirement='S-evidence'))
        sme_true = is_sme(c['employees'], c['revenue_wan'])
        if sme_true != c['declared_sme']:
            gaps.append(dict(kind='sme_misclassified', contract_no=c['contract_no'], customer=c['customer'], requirement='S-sme'))
        if not [x for x in gaps if x['contract_no'] == c['contract_no'] and x['kind'] != 'sme_misclassified']:
            verified.append(c)
    for d in docs:
        if d['rendering'] == 'corrupt':
            gaps.append(dict(kind='unreadable_document', contract_no=None, customer=None, requirement='S-evidence', file=d['path']))
    titles = {d['fields']['title'] for d in docs if d['doc_type'] == 'standard_draft'}
    with_doc = 0
    for s in standards:
        if s['name'] in titles:
            with_doc += 1
        else:
            gaps.append(dict(kind='missing_standard_document', contract_no=None, customer=None, requirement='S-standards', standard=s['name']))
    total = sum(Decimal(c['amount_yuan']) for c in verified)
    vcust = {c['customer'] for c in verified}
    vsme = {c['customer'] for c in verified if is_sme(c['employees'], c['revenue_wan'])}
    sub = lambda k, r: gaps.append(dict(kind=k, contract_no=None, customer=None, requirement=r))
    tj = applicant['address'].startswith('天津市') and applicant['uscc'][2:4] == '12'
    if not tj: sub('applicant_not_tianjin', 'E-tianjin')
    if len(vcust) < 8: sub('customer_count_below_threshold', 'S-customers')
    if total < 25000000: sub('total_below_threshold', 'S-total')
    if len(vsme) < 5: sub('sme_count_below_threshold', 'S-sme')
    if with_doc < 3: sub('standards_below_threshold', 'S-standards')
    kinds = {g['kind'] for g in gaps}
    req = {'E-tianjin': 'applicant_not_tianjin' not in kinds,
           'S-customers': 'customer_count_below_threshold' not in kinds,
           'S-total': 'total_below_threshold' not in kinds,
           'S-evidence': not any(g['requirement'] == 'S-evidence' for g in gaps),
           'S-standards': 'standards_below_threshold' not in kinds,
           'S-sme': 'sme_count_below_threshold' not in kinds}
    if total > 100000000: tier = 1000
    elif total >= 75000000: tier = 750
    elif total >= 50000000: tier = 500
    elif total >= 25000000: tier = 250
    else: tier = 0
    if not all(req[r] for r in ('E-tianjin', 'S-customers', 'S-total', 'S-sme', 'S-standards')):
        tier = 0
    return dict(award_tier_wan=tier, accepted_total_yuan=yuan(total),
                requirements={k: 'met' if v else 'not_met' for k, v in req.items()},
                gaps=gaps, verified_contracts=[c['contract_no'] for c in verified],
                verified_customer_count=len(vcust), verified_sme_customer_count=len(vsme),
                standards_with_document=with_doc)
