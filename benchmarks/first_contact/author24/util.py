"""Own helpers: GB 32100 credit codes, GB 11714 org codes, amounts in Chinese capitals."""
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


def uscc_check(body17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region):
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body8 + org_check(body8)
    b17 = "91" + region + org
    return b17 + uscc_check(b17)


def break_uscc(code):
    last = code[17]
    alt = USCC_CHARS[(USCC_CHARS.index(last) + 7) % 31]
    return code[:17] + alt


def yuan(x):
    return str(Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP))


def fmt_money(x):
    d = Decimal(x).quantize(Decimal("0.01"))
    return "{:,.2f}".format(d)


DIG = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]


def _four(n):
    s, zero = "", False
    for i in range(3, -1, -1):
        d = n // (10 ** i) % 10
        if d == 0:
            zero = True if s else zero
        else:
            if zero:
                s += "零"
                zero = False
            s += DIG[d] + UNITS[i]
    return s


def daxie(x):
    d = Decimal(x).quantize(Decimal("0.01"))
    n = int(d)
    jiao = int(d * 10) % 10
    fen = int(d * 100) % 10
    parts = []
    yi, wan, ge = n // 10**8, n // 10**4 % 10**4, n % 10**4
    s = ""
    if yi:
        s += _four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += _four(wan) + "万"
    elif yi and ge:
        s += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not s.endswith("零"):
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


CN_NUM = "〇一二三四五六七八九"


def cn_date(iso):
    y, m, d = iso.split("-")
    def small(n):
        n = int(n)
        if n < 10:
            return CN_NUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_NUM[n - 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return "".join(CN_NUM[int(c)] for c in y) + "年" + small(m) + "月" + small(d) + "日"


def zh_date(iso, style=0):
    y, m, d = iso.split("-")
    if style == 0:
        return f"{int(y)}年{int(m)}月{int(d)}日"
    if style == 1:
        return f"{y}-{m}-{d}"
    if style == 2:
        return f"{y}.{m}.{d}"
    if style == 3:
        return f"{y}/{m}/{d}"
    if style == 4:
        return f"{y}{m}{d}"
    if style == 5:
        return f"{y} 年 {int(m)} 月 {int(d)} 日"
    return cn_date(iso)


def spaced(s, sep=" "):
    return sep.join(s)
