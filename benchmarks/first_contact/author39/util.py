"""Own helpers: GB 32100 credit codes, 大写 amounts, Chinese dates."""
from decimal import Decimal, ROUND_HALF_UP
import datetime as dt

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check_char(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    v = 31 - s % 31
    return USCC_CHARS[0 if v == 31 else v]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - ord('A') + 10


def make_uscc(rng, region):
    """91 + region(6) + org code(8 + check) + GB 32100 check."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    s = sum(_org_val(c) * w for c, w in zip(body, ORG_W))
    cv = 11 - s % 11
    oc = "X" if cv == 10 else ("0" if cv == 11 else str(cv))
    first = "91" + region + body + oc
    return first + uscc_check_char(first)


def break_uscc(code):
    """Same code with a wrong check character."""
    good = code[17]
    for c in "0123456789ABCDEFGH":
        if c != good:
            return code[:17] + c
    raise AssertionError


def is_tianjin_code(code):
    return bool(code) and len(code) >= 8 and code[2:4] == "12"


D = '零壹贰叁肆伍陆柒捌玖'
U = ['', '拾', '佰', '仟']
BIG = ['', '万', '亿']


def _int_dx(n):
    if n == 0:
        return '零'
    s = str(n)
    L = len(s)
    out = ''
    for i, ch in enumerate(s):
        pos = L - 1 - i
        d = int(ch)
        out += (D[d] + U[pos % 4]) if d else '零'
        if pos % 4 == 0 and pos > 0:
            out += BIG[pos // 4]
    while True:
        o2 = out.replace('零零', '零').replace('零万', '万').replace('零亿', '亿').replace('亿万', '亿')
        if o2 == out:
            break
        out = o2
    return out.rstrip('零')


def daxie(amount):
    a = Decimal(amount).quantize(Decimal('0.01'), ROUND_HALF_UP)
    fen_total = int(a * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    s = _int_dx(yuan) + '元' if yuan else ''
    if jiao == 0 and fen == 0:
        return s + '整'
    if jiao:
        s += D[jiao] + '角'
    elif yuan:
        s += '零'
    if fen:
        s += D[fen] + '分'
    else:
        s += '整'
    return s


def money(amount):
    a = Decimal(amount).quantize(Decimal('0.01'))
    return f"{a:,.2f}"


def yuan_str(amount):
    return str(Decimal(amount).quantize(Decimal('0.01')))


HZ = '〇一二三四五六七八九'


def _num_hz(n):
    if n < 10:
        return HZ[n] if n else '〇'
    t, o = divmod(n, 10)
    return ('' if t == 1 else HZ[t]) + '十' + (HZ[o] if o else '')


def date_hz(d):
    return ''.join(HZ[int(c)] for c in str(d.year)) + '年' + _num_hz(d.month) + '月' + _num_hz(d.day) + '日'


def date_cn(d, pad=False):
    if pad:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def date_dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def date_iso(d):
    return d.isoformat() if d else None


def in_period(d, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)):
    return d is not None and start <= d <= end
