"""Own helpers: GB 32100 credit codes, money, dates. No product code used."""
import datetime as dt
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
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def uscc_valid(code):
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, prefix="91"):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i in (0, 3) else "0123456789") for i in range(8))
    org = body + org_check(body)
    if org[-1] == "X":  # 'X' is a valid USCC character; keep it
        pass
    first = prefix + region + org
    return first + uscc_check(first)


def break_uscc(code):
    """Same code with a wrong final check character (planted invalid code)."""
    good = code[17]
    for ch in "7K3A":
        if ch != good:
            return code[:17] + ch
    raise AssertionError


D2 = Decimal("0.01")


def money(v):
    return Decimal(v).quantize(D2, ROUND_HALF_UP)


def ystr(v):
    return f"{money(v):.2f}"


def yfmt(v):
    return f"{money(v):,.2f}"


CN_D = "零壹贰叁肆伍陆柒捌玖"


def _group(g, lead):
    units = ["仟", "佰", "拾", ""]
    s, zero = "", False
    for i, p in enumerate([1000, 100, 10, 1]):
        d = g // p % 10
        if d == 0:
            if s or lead:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += CN_D[d] + units[i]
    return s


def daxie(v):
    v = money(v)
    n = int(v)
    cents = int((v - n) * 100)
    parts = []
    groups = []
    m = n
    while m > 0:
        groups.append(m % 10000)
        m //= 10000
    sect = ["", "万", "亿"]
    res = ""
    pending_zero = False
    prev = None
    for gi in reversed(range(len(groups))):
        g = groups[gi]
        if g == 0:
            pending_zero = bool(res)
            continue
        if res and (pending_zero or g < 1000 or (prev is not None and prev % 10 == 0)):
            res += "零"
        res += _group(g, False) + sect[gi]
        pending_zero = False
        prev = g
    if not res:
        res = "零"
    res += "元"
    jiao, fen = cents // 10, cents % 10
    if jiao == 0 and fen == 0:
        res += "整"
    else:
        if jiao:
            res += CN_D[jiao] + "角"
        elif n:
            res += "零"
        if fen:
            res += CN_D[fen] + "分"
        else:
            res += "整"
    return res


CN_NUM = "〇一二三四五六七八九"


def cn_day(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    t, u = divmod(n, 10)
    return "二三"[t - 2] + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])


def fdate(d, style="cn"):
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "han":
        return "".join(CN_NUM[int(c)] for c in str(d.year)) + "年" + cn_day(d.month) + "月" + cn_day(d.day) + "日"
    if style == "spaced":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    raise ValueError(style)


def D(y, m, d):
    return dt.date(y, m, d)


def spaced(s):
    return " ".join(s)
