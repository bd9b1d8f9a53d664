"""Own implementations: GB 32100 credit code, GB 11714 organisation code, amounts, dates."""
import hashlib, random
from decimal import Decimal, ROUND_HALF_UP

U_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
O_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = 0
    for c, w in zip(body8, O_W):
        v = int(c) if c.isdigit() else ord(c) - 55
        s += v * w
    c9 = 11 - s % 11
    return 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))


def uscc_check(body17):
    s = sum(U_CHARS.index(c) * w for c, w in zip(body17, U_W))
    return U_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in U_CHARS for c in code):
        return False
    if org_check(code[8:16]) != code[16]:
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region):
    while True:
        body = ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8))
        c9 = org_check(body)
        if c9 not in U_CHARS:
            continue
        b17 = '91' + region + body + c9
        return b17 + uscc_check(b17)


def spoil_uscc(code):
    """change the last check character so the code fails"""
    i = U_CHARS.index(code[-1])
    return code[:-1] + U_CHARS[(i + 7) % 31]


def yuan(x):
    return str(Decimal(x).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))


def comma(x):
    d = Decimal(yuan(x))
    return '{:,.2f}'.format(d)


DIG = '零壹贰叁肆伍陆柒捌玖'
UNIT = ['', '拾', '佰', '仟']


def _four(n):
    s = ''
    zero = False
    for i in range(3, -1, -1):
        d = n // (10 ** i) % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += '零'
                zero = False
            s += DIG[d] + UNIT[i]
    return s


def daxie(x):
    d = Decimal(yuan(x))
    n = int(d)
    jiao = int(d * 10) % 10
    fen = int(d * 100) % 10
    parts = []
    yi, wan, ge = n // 10 ** 8, n // 10 ** 4 % 10 ** 4, n % 10 ** 4
    s = ''
    if yi:
        s += _four(yi) + '亿'
    if wan:
        if yi and wan < 1000:
            s += '零'
        s += _four(wan) + '万'
    elif yi and ge:
        s += '零'
    if ge:
        if (yi or wan) and ge < 1000 and not s.endswith('零'):
            s += '零'
        s += _four(ge)
    s = s or '零'
    s += '元'
    if jiao == 0 and fen == 0:
        return s + '整'
    if jiao:
        s += DIG[jiao] + '角'
    elif fen:
        s += '零'
    if fen:
        s += DIG[fen] + '分'
    return s


CN_NUM = '〇一二三四五六七八九'


def cn_date(iso):
    y, m, d = iso.split('-')
    def n2(v):
        v = int(v)
        if v < 10:
            return CN_NUM[v]
        if v == 10:
            return '十'
        if v < 20:
            return '十' + CN_NUM[v - 10]
        return CN_NUM[v // 10] + '十' + (CN_NUM[v % 10] if v % 10 else '')
    return ''.join(CN_NUM[int(c)] for c in y) + '年' + n2(m) + '月' + n2(d) + '日'


def fdate(iso, style):
    y, m, d = iso.split('-')
    if style == 'cn':
        return f'{int(y)}年{int(m)}月{int(d)}日'
    if style == 'cn0':
        return f'{y}年{m}月{d}日'
    if style == 'sp':
        return f'{y} 年 {int(m)} 月 {int(d)} 日'
    if style == 'dot':
        return f'{y}.{m}.{d}'
    if style == 'slash':
        return f'{y}/{m}/{d}'
    if style == 'compact':
        return f'{y}{m}{d}'
    if style == 'han':
        return cn_date(iso)
    if style == 'en':
        mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][int(m) - 1]
        return f'{int(d)} {mon} {y}'
    return iso


def sha256(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


def spaced(s):
    return ' '.join(s)


def is_sme(emp, rev_wan):
    return not (emp >= 1000 and rev_wan >= 40000)


if __name__ == '__main__':
    assert uscc_valid('91350100M000100Y43')
    assert daxie('2441000') == '贰佰肆拾肆万壹仟元整', daxie('2441000')
    assert daxie('10050.10') == '壹万零伍拾元壹角', daxie('10050.10')
    assert daxie('30000000') == '叁仟万元整'
    print('ok', daxie('1006000'), daxie('120000005.05'))
