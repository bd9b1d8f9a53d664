"""helpers: credit codes (own GB 32100 / GB 11714 implementation), money, dates. author15."""
import datetime as dt
from decimal import Decimal

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(code17):
    s = sum(ALPH.index(ch) * w for ch, w in zip(code17, W18))
    return ALPH[(31 - s % 31) % 31]


def uscc_valid(code):
    return len(code) == 18 and all(c in ALPH for c in code) and uscc_check(code[:17]) == code[17]


def org_code(rng):
    body = "".join(rng.choice("0123456789") for _ in range(2)) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * x for c, x in zip(body, w))
    c9 = 11 - s % 11
    ch = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    return body + ch


def make_uscc(rng, region, kind="91"):
    while True:
        oc = org_code(rng)
        if all(c in ALPH for c in oc):
            break
    c17 = kind + region + oc
    return c17 + uscc_check(c17)


def break_uscc(code):
    i = ALPH.index(code[17])
    return code[:17] + ALPH[(i + 7) % 31]


DIG = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(amount):
    a = Decimal(str(amount)).quantize(Decimal("0.01"))
    fen_total = int(a * 100)
    yuan, jf = divmod(fen_total, 100)
    jiao, fen = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if yuan == 0:
        s = "零"
    else:
        groups = []
        y = yuan
        while y:
            groups.append(y % 10000); y //= 10000
        out = ""
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            gs = ""
            digits = [(g // 10 ** p) % 10 for p in range(3, -1, -1)]
            started = False
            z = False
            for p, d in zip(range(3, -1, -1), digits):
                if d == 0:
                    if started:
                        z = True
                    continue
                if (z or (zero_pending and out)) :
                    gs += "零"; z = False
                elif not started and out and g < 1000:
                    gs += "零"
                zero_pending = False
                gs += DIG[d] + units[p]
                started = True
            out += gs + big[gi]
        s = out
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif yuan:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    else:
        s += "整"
    return s


def money(a):
    return "{:,.2f}".format(Decimal(str(a)))


def y2(a):
    return "{:.2f}".format(Decimal(str(a)))


def wan(a):
    v = (Decimal(str(a)) / 10000).quantize(Decimal("0.000001")).normalize()
    return format(v, "f")


CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


def d_cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


def d_upper(d):
    return "".join(CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def d_iso(d):
    return d.isoformat()


def d_dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def D(s):
    return dt.date.fromisoformat(s)
