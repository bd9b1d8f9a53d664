"""Own helpers: GB 32100 USCC check digit, GB 11714 organisation code, money/date text."""
from decimal import Decimal, ROUND_HALF_UP

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    """GB 11714: check char for an 8-char organisation code body."""
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region="120116", kind="91"):
    digits = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body8 + org_check(body8)
    if org[-1] not in digits:  # X is not in the USCC alphabet? it is; keep anyway
        pass
    b17 = kind + region + org
    return b17 + uscc_check(b17)


def break_uscc(code):
    """Return a code whose last char is wrong."""
    i = USCC_CHARS.index(code[-1])
    return code[:-1] + USCC_CHARS[(i + 7) % 31]


def y2(v):
    return str(Decimal(v).quantize(Decimal("0.01"), ROUND_HALF_UP))


def fmt_money(v):
    d = Decimal(v).quantize(Decimal("0.01"))
    ip, fp = str(d).split(".")
    return "{:,}".format(int(ip)) + "." + fp


DIG = "零壹贰叁肆伍陆柒捌玖"
UNIT = ["", "拾", "佰", "仟"]


def cn_upper(v):
    d = Decimal(v).quantize(Decimal("0.01"))
    ip = int(d)
    jiao = int(d * 10) % 10
    fen = int(d * 100) % 10

    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            q = n // (10 ** i) % 10
            if q == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[q] + UNIT[i]
        return s
    parts = []
    yi, wan, ge = ip // 10 ** 8, ip // 10 ** 4 % 10 ** 4, ip % 10 ** 4
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    elif yi and ge:
        out += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not out.endswith("零"):
            out += "零"
        out += four(ge)
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


CN_NUM = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(CN_NUM[int(c)] for c in str(d.year))

    def n(x):
        if x < 10:
            return CN_NUM[x]
        if x == 10:
            return "十"
        if x < 20:
            return "十" + CN_NUM[x % 10]
        return CN_NUM[x // 10] + "十" + (CN_NUM[x % 10] if x % 10 else "")
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def d_cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


def d_dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def d_de(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def spaced(s, sep=" "):
    return sep.join(s)
