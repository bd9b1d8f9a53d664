"""Credit codes, amounts, dates, names — author21's own implementations (no product code)."""
import datetime as dt

USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = 0
    for ch, w in zip(body8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc_check(body17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region):
    alnum = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    body8 = ''.join(rng.choice('0123456789' if i < 2 else alnum[:28]) for i in range(8))
    body8 = body8.replace('I', '1').replace('O', '0').replace('Z', '2').replace('S', '5').replace('V', '7')
    org = body8 + org_check(body8)
    b17 = '91' + region + org
    return b17 + uscc_check(b17)


def break_uscc(code):
    """return a code with the same body but a wrong check character"""
    for ch in USCC_CHARS:
        if ch != code[-1]:
            return code[:-1] + ch


def is_tianjin_code(code):
    return code is not None and len(code) == 18 and code[2:4] == '12'


# ---------------------------------------------------------------- money
DIG = '零壹贰叁肆伍陆柒捌玖'


def rmb_upper(fen):
    yuan, f = divmod(fen, 100)
    jiao, fen_ = divmod(f, 10)
    units = ['', '拾', '佰', '仟']
    big = ['', '万', '亿']

    def four(n):
        s, zero = '', False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = True
            else:
                if zero and s:
                    s += '零'
                s += DIG[d] + units[i]
                zero = False
        return s
    if yuan == 0:
        out = '零元'
    else:
        parts, i, n = [], 0, yuan
        while n:
            parts.append((n % 10000, i)); n //= 10000; i += 1
        out = ''
        prev_nonzero_lt1000 = False
        for k, (v, i) in enumerate(reversed(parts)):
            if v == 0:
                prev_nonzero_lt1000 = True
                continue
            if out and (v < 1000 or prev_nonzero_lt1000):
                out += '零'
            out += four(v) + big[i]
            prev_nonzero_lt1000 = False
        out += '元'
    if jiao == 0 and fen_ == 0:
        return out + '整'
    if jiao:
        out += DIG[jiao] + '角'
    elif fen_:
        out += '零'
    if fen_:
        out += DIG[fen_] + '分'
    return out


def money(fen, sym='¥'):
    return f'{sym}{fen // 100:,}.{fen % 100:02d}'


def plain(fen):
    return f'{fen // 100:,}.{fen % 100:02d}'


def yuan_str(fen):
    return f'{fen // 100}.{fen % 100:02d}'


def wan(fen):
    v = fen / 1000000
    return f'{v:.2f}'.rstrip('0').rstrip('.') if v != int(v) else f'{int(v)}'


# ---------------------------------------------------------------- dates
CN_NUM = '〇一二三四五六七八九'


def d_cn(d):
    return f'{d.year}年{d.month}月{d.day}日'


def d_cn0(d):
    return f'{d.year}年{d.month:02d}月{d.day:02d}日'


def d_up(d):
    y = ''.join(CN_NUM[int(c)] for c in str(d.year))

    def n(v):
        if v < 10:
            return CN_NUM[v]
        if v == 10:
            return '十'
        if v < 20:
            return '十' + CN_NUM[v - 10]
        return CN_NUM[v // 10] + '十' + (CN_NUM[v % 10] if v % 10 else '')
    return f'{y}年{n(d.month)}月{n(d.day)}日'


def d_iso(d):
    return d.isoformat()


def d_dot(d):
    return f'{d.year}.{d.month:02d}.{d.day:02d}'


def d_slash(d):
    return f'{d.year}/{d.month}/{d.day}'


def d_compact(d):
    return f'{d.year}{d.month:02d}{d.day:02d}'


def in_2024(d):
    return dt.date(2024, 1, 1) <= d <= dt.date(2024, 12, 31)
