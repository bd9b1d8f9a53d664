"""The driver: writes the three submissions (building blocks in build.py, submissions in subs.py)."""
import argparse, os, random, shutil

import build
import subs
from util import make_uscc


def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default='data'); ap.add_argument('--seed', type=int, default=28)
    ap.add_argument('only', nargs='*')
    a = ap.parse_args()
    build.APP['uscc'] = make_uscc(random.Random(a.seed * 7), '120111')
    for name, fn in subs.SUBS.items():
        if a.only and name not in a.only:
            continue
        rng = random.Random(f'{a.seed}-{name}')
        d = os.path.join(a.out, name)
        if os.path.exists(d):
            shutil.rmtree(d)
        t = fn(rng, a.out)
        for c in t['contracts']:
            pass
        print(name, len(t['documents']), 'docs; tier', t['award_tier_wan'], 'total', t['accepted_total_yuan'],
              'gaps', len(t['gaps']))


if __name__ == '__main__':
    main()
