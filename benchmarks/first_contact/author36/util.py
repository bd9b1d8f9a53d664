"""Own helpers: GB 32100 / GB 11714 check digits, money in 大写, date styles."""
from decimal import Decimal, ROUND_HALF_UP
import hashlib

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"          # GB 32100-2015, 31 chars
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]                          # GB 11714-1997


def org_char_value(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check(body8):
    s = sum(org_char_value(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, valid=True):
    body_chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        if rng.random() < 0.5:
            body = "MA" + "".join(rng.choice(body_chars) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        oc = org_check(body)
        if oc in USCC_CHARS:
            break
    first = "91" + region + body + oc
    good = uscc_check(first)
    if valid:
        return first + good
    bad = [c for c in "0123456789ABCDEFGH" if c != good]
    return first + rng.choice(bad)


def region_of(code):
    return code[2:8] if code and len(code) == 18 else ""


# ---------- money ----------
DIG = "零壹贰叁肆伍陆柒捌玖"


def yuan(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def fmt_yuan(x):
    return "{:.2f}".format(yuan(x))


def comma(x):
    return "{:,.2f}".format(yuan(x))


def wan_str(x):
    return "{:.2f}".format(yuan(x) / Decimal(10000))


def _four(n):
    units = ["", "拾", "佰", "仟"]
    s = ""
    zero = False
    digits = [int(c) for c in "%04d" % n]
    for i, d in enumerate(digits):
        u = units[3 - i]
        if d == 0:
            zero = True
        else:
            if zero and s:
                s += "零"
            zero = False
            s += DIG[d] + u
    return s


def daxie(x):
    x = yuan(x)
    fen_total = int(x * 100)
    integer, frac = divmod(fen_total, 100)
    jiao, fen = divmod(frac, 10)
    parts = []
    yi, rest = divmod(integer, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    s = ""
    if yi:
        s += _four(yi) + "亿"
    if wan:
        if s and wan < 1000:
            s += "零"
        s += _four(wan) + "万"
    elif s and ge:
        s += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not s.endswith("零"):
            s += "零"
        s += _four(ge)
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and fen == 0:
        s += "整"
    else:
        if jiao:
            s += DIG[jiao] + "角"
        elif fen:
            s += "零"
        if fen:
            s += DIG[fen] + "分"
    return s


# ---------- dates ----------
CN_NUM = "〇一二三四五六七八九"


def d_cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def d_cn0(d):
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def d_hanzi(d):
    y = "".join(CN_NUM[int(c)] for c in str(d.year))

    def n(v):
        if v < 10:
            return CN_NUM[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + CN_NUM[v - 10]
        return CN_NUM[v // 10] + "十" + (CN_NUM[v % 10] if v % 10 else "")
    return "%s年%s月%s日" % (y, n(d.month), n(d.day))


def d_dot(d):
    return "%d.%02d.%02d" % (d.year, d.month, d.day)


def d_iso(d):
    return d.isoformat()


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()
