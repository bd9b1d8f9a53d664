"""Own helpers: GB 32100 credit codes, GB 11714 organisation codes, amounts, dates, names."""
import hashlib
from decimal import Decimal, ROUND_HALF_UP

# ---- GB 11714 organisation code (9 chars, last is check) ----
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


# ---- GB 32100 unified social credit code (18 chars) ----
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [pow(3, i, 31) for i in range(17)]


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    if uscc_check(code[:17]) != code[17]:
        return False
    org = code[8:17]
    return org_check(org[:8]) == org[8]


def make_uscc(rng, region, kind="91"):
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    if body8[0].isalpha():
        body8 = "M" + body8[1:] if kind == "91" else body8
    org = body8 + org_check(body8)
    b17 = kind + region + org
    return b17 + uscc_check(b17)


def break_uscc(code):
    """Return the code with a wrong final check char (fails GB 32100)."""
    good = code[17]
    for c in "ABCDEFGHJKLMNPQRTUWXY0123456789":
        if c != good:
            return code[:17] + c
    raise ValueError


def region_of(code):
    return code[2:8] if code and len(code) == 18 else ""


def is_tj_code(code):
    return region_of(code).startswith("12")


# ---- amounts ----
D2 = Decimal("0.01")


def yuan(x):
    return Decimal(str(x)).quantize(D2, rounding=ROUND_HALF_UP)


def fmt_yuan(x):
    return str(yuan(x))


def comma(x):
    return "{:,.2f}".format(yuan(x))


_DIG = "零壹贰叁肆伍陆柒捌玖"
_U4 = ["", "拾", "佰", "仟"]
_BIG = ["", "万", "亿"]


def _sec(n):
    out, zero = "", False
    for i in range(3, -1, -1):
        d = n // (10 ** i) % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
            out += _DIG[d] + _U4[i]
            zero = False
    return out


def daxie(x):
    x = yuan(x)
    ip = int(x)
    frac = int((x - ip) * 100)
    jiao, fen = frac // 10, frac % 10
    secs = []
    n = ip
    while n:
        secs.append(n % 10000)
        n //= 10000
    s = ""
    need_zero = False
    for i in range(len(secs) - 1, -1, -1):
        v = secs[i]
        if v == 0:
            need_zero = bool(s)
            continue
        if s and (need_zero or v < 1000):
            s += "零"
        s += _sec(v) + _BIG[i]
        need_zero = False
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += _DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += _DIG[fen] + "分"
    return s


_CN = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(_CN[int(c)] for c in str(d.year))

    def small(n):
        if n < 10:
            return _CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + _CN[n % 10]
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return f"{y}年{small(d.month)}月{small(d.day)}日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def ymd0(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def spaced(s, sep=" "):
    return sep.join(s)


if __name__ == "__main__":
    import random
    r = random.Random(1)
    c = make_uscc(r, "120116")
    assert uscc_valid(c), c
    assert not uscc_valid(break_uscc(c))
    assert uscc_valid("91350100M000100Y43")  # published example
    print(c, daxie(2441000), daxie(1500000.5), daxie(10203.07), daxie(100000000), cn_date(__import__('datetime').date(2024, 12, 31)))
