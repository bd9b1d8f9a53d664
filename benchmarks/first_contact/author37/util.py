"""Own helpers: GB 32100 / GB 11714 check digits, Chinese amounts, dates."""
import hashlib
from decimal import Decimal, ROUND_HALF_UP

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = 0
    for ch, w in zip(body8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
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


def make_uscc(rng, region, kind="91"):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body + org_check(body)
    first = kind + region + org
    return first + uscc_check(first)


def corrupt_uscc(code):
    last = code[-1]
    i = USCC_CHARS.index(last)
    return code[:-1] + USCC_CHARS[(i + 7) % 31]


def is_tianjin(code, address):
    return bool(code) and code[2:4] == "12" and bool(address) and address.startswith("天津市")


def is_large(staff, revenue_wan):
    return staff >= 1000 and revenue_wan >= 40000


DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n):
    units = ["", "拾", "佰", "仟"]
    s, zero = "", False
    digits = f"{n:04d}"
    for i, d in enumerate(digits):
        d = int(d)
        u = units[3 - i]
        if d == 0:
            zero = True
        else:
            if zero and s:
                s += "零"
            s += DIG[d] + u
            zero = False
    return s


def daxie(amount):
    a = Decimal(amount).quantize(Decimal("0.01"), ROUND_HALF_UP)
    yuan = int(a)
    jiao = int((a * 10) % 10)
    fen = int((a * 100) % 10)
    parts = []
    yi, rest = divmod(yuan, 100000000)
    wan, ge = divmod(rest, 10000)
    s = ""
    if yi:
        s += _four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += _four(wan) + "万"
    if ge:
        if (yi or wan) and ge < 1000:
            s += "零"
        s += _four(ge)
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    return s


def money(amount):
    a = Decimal(amount).quantize(Decimal("0.01"))
    return f"{a:,.2f}"


def yuan2(amount):
    return str(Decimal(amount).quantize(Decimal("0.01")))


def cn_date(iso):
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


HZ = "〇一二三四五六七八九"


def hz_date(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    def n(v):
        if v < 10:
            return HZ[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + HZ[v % 10]
        return HZ[v // 10] + "十" + (HZ[v % 10] if v % 10 else "")
    return "".join(HZ[int(c)] for c in str(y)) + "年" + n(m) + "月" + n(d) + "日"


def spaced(s, sep=" "):
    return sep.join(s)


def sha256_file(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        h.update(f.read())
    return h.hexdigest()
