"""Shared helpers for author20's generator and checker (own code, not the product's)."""
import io, math, hashlib
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check_char(body17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def org_code(rng):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    body = "".join(rng.choice("0123456789") for _ in range(2)) + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
    c = 11 - sum(v * w for v, w in zip(vals, ws)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def make_uscc(rng, region):
    body = "91" + region + org_code(rng)
    return body + uscc_check_char(body)


def is_large(emp, rev_wan):
    return emp >= 1000 and Decimal(str(rev_wan)) >= 40000


def tier_of(total_yuan):
    t = Decimal(total_yuan)
    if t > Decimal(100000000):
        return 1000
    if t >= Decimal(75000000):
        return 750
    if t >= Decimal(50000000):
        return 500
    if t >= Decimal(25000000):
        return 250
    return 0


DIG = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(yuan):
    """Decimal yuan -> 人民币大写 (e.g. 贰佰肆拾肆万壹仟元整)."""
    cents = int((Decimal(yuan) * 100).quantize(Decimal(1)))
    ip, jiao, fen = cents // 100, cents // 10 % 10, cents % 10

    def four(n):
        units = ["仟", "佰", "拾", ""]
        s, zero = "", False
        ds = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
        for d, u in zip(ds, units):
            if d == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                s += DIG[d] + u
                zero = False
        return s
    parts = []
    groups = [(ip // 100000000, "亿"), (ip // 10000 % 10000, "万"), (ip % 10000, "")]
    out, need_zero = "", False
    for g, u in groups:
        if g == 0:
            if out:
                need_zero = True
            continue
        if out and (need_zero or g < 1000):
            out += "零"
        out += four(g) + u
        need_zero = False
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += DIG[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += DIG[fen] + "分"
    return out


def fmt_money(yuan):
    return "{:,.2f}".format(Decimal(yuan))


def sha256(b):
    return hashlib.sha256(b).hexdigest()
