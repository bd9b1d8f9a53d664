#!/usr/bin/env python3
"""Compare `jinzheng extract --list` output with the truth.json of make_documents.py.

    jinzheng extract --list --basename DIR/docs/* > out.json
    python3 benchmarks/independent/score_documents.py out.json DIR/truth.json

Written with the document generator, independently of the project (see README.md here);
tests/integration/test_independent.py imports score() from it.

Field rules: amount_yuan by Decimal equality; customer/payer/payee and
contract_no after removing all whitespace; date as ISO string; doc_type and
result exact.  A null expected value counts as a hit only when the extractor
also returns null (a spurious value is a miss).  Misses that would match after
NFKC normalisation (full-width vs half-width brackets etc.) are flagged.
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

FIELDS = ['doc_type', 'contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result']


def ws(s):
    return re.sub(r'\s+', '', s) if isinstance(s, str) else s


def norm(field, v):
    if v is None or v == '':
        return None
    if field == 'amount_yuan':
        try:
            return Decimal(str(v).replace(',', ''))
        except InvalidOperation:
            return str(v)
    if field in ('customer', 'payer', 'payee', 'contract_no'):
        return ws(str(v))
    return str(v)


def lenient(field, v):
    """NFKC (full/half-width brackets) and, for contract numbers, a trailing 号 dropped."""
    if isinstance(v, str):
        v = unicodedata.normalize('NFKC', v)
        if field == 'contract_no':
            v = v[:-1] if v.endswith('号') else v
    return v


def score(raw, truth):
    """(report text, overall field accuracy, doc_type accuracy, misses) for extract output `raw`."""
    if isinstance(raw, dict):
        raw = [raw]
    got = {}
    for r in raw:
        got[os.path.basename(r.get('path', r.get('file', '')))] = r
    lines = []

    def out(*a):
        lines.append(' '.join(str(x) for x in a))

    stats = {f: dict(hit=0, n=0, app_hit=0, app_n=0, spurious=0, len_hit=0) for f in FIELDS}
    misses = []
    for name in sorted(truth):
        t = truth[name]
        r = got.get(name)
        if r is None:
            for f in FIELDS:
                stats[f]['n'] += 1
                if t.get(f) is not None:
                    stats[f]['app_n'] += 1
            misses.append((name, '*', 'document', 'NO OUTPUT', t.get('_layout', ''), t.get('_source', '')))
            continue
        fields = dict(r.get('fields') or {})
        fields['doc_type'] = r.get('doc_type')
        for f in FIELDS:
            e, g = norm(f, t.get(f)), norm(f, fields.get(f))
            s = stats[f]
            s['n'] += 1
            if e is not None:
                s['app_n'] += 1
            ok = (e == g)
            if ok or lenient(f, e) == lenient(f, g):
                s['len_hit'] += 1
            if ok:
                s['hit'] += 1
                if e is not None:
                    s['app_hit'] += 1
            else:
                if e is None:
                    s['spurious'] += 1
                flag = ''
                if isinstance(e, str) and isinstance(g, str) and lenient(f, e) == lenient(f, g):
                    flag = ' [LENIENT MATCH: equal after NFKC / trailing 号]'
                misses.append((name, f, t.get(f), fields.get(f), t.get('_layout', '') + flag, t.get('_source', '')))

    out(f'documents: {len(truth)}   with output: {sum(1 for n in truth if n in got)}')
    out()
    out(f'{"field":<12} {"all-files acc":>15} {"where expected":>16} {"spurious":>9} {"lenient all-files":>18}')
    tot_hit = tot_n = 0
    for f in FIELDS:
        s = stats[f]
        tot_hit += s['hit']
        tot_n += s['n']
        app = f'{s["app_hit"]}/{s["app_n"]} ({100 * s["app_hit"] / s["app_n"]:.0f}%)' if s['app_n'] else '-'
        out(f'{f:<12} {s["hit"]:>3}/{s["n"]:<3} ({100 * s["hit"] / s["n"]:3.0f}%) {app:>16} {s["spurious"]:>9} '
              f'{s["len_hit"]:>7}/{s["n"]:<3} ({100 * s["len_hit"] / s["n"]:3.0f}%)')
    out(f'{"overall":<12} {tot_hit:>3}/{tot_n:<3} ({100 * tot_hit / tot_n:3.0f}%)')

    # split by source kind
    for kind, pred in (('text-layer', lambda n: truth[n]['_source'] == 'text-layer pdf'),
                       ('scanned', lambda n: truth[n]['_source'] != 'text-layer pdf')):
        names = [n for n in truth if pred(n)]
        m = sum(1 for x in misses if x[0] in names)
        out(f'{kind}: {len(names)} files, {m} field misses')

    out()
    out(f'misses ({len(misses)}):')
    for name, f, e, g, note, src in misses:
        out(f'{name}\t{f}\texpected={e!r}\tgot={g!r}\t[{truth[name]["_template"]}; {src}] {note}')
    return '\n'.join(lines), tot_hit / tot_n, stats['doc_type']['hit'] / stats['doc_type']['n'], misses


if __name__ == '__main__':
    out_path = sys.argv[1] if len(sys.argv) > 1 else 'extract_out.json'
    truth_path = sys.argv[2] if len(sys.argv) > 2 else 'truth.json'
    text, *_ = score(json.load(open(out_path, encoding='utf-8')), json.load(open(truth_path, encoding='utf-8')))
    print(text)
