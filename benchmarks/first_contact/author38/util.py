"""Own helpers: GB 32100 credit codes, GB 11714 organisation codes, 大写 amounts, date writers.

Nothing here is taken from any other project's code.
"""
from decimal import Decimal, ROUND_HALF_UP
import datetime as _dt

# ---------------------------------------------------------------- GB 32100 / GB 11714
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"          # 31 characters: no I O S V Z
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"      # GB 11714 body characters (values 0..35)


def org_code_check(body8: str) -> str:
    s = sum(ORG_CHARS.index(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc_check_char(first17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def uscc_valid(code) -> bool:
    if not code or len(code) != 18:
        return False
    if any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def make_uscc(rng, region: str, valid: bool = True) -> str:
    """9 (registered by 市场监管) + 1 (enterprise) + 6-digit region + 9-char org code + check."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY"[:10 + rng.randint(0, 12)]) for _ in range(8))
    body = "MA" + body[2:] if rng.random() < 0.5 else body    # MA-prefixed codes of newer firms
    org = body + org_code_check(body)
    if org[-1] not in USCC_CHARS:                                  # 'X' is not in the 31-char set
        return make_uscc(rng, region, valid)
    first17 = "91" + region + org
    chk = uscc_check_char(first17)
    if not valid:
        alts = [c for c in USCC_CHARS if c != chk]
        chk = alts[rng.randrange(len(alts))]
    return first17 + chk


def region_is_tianjin(code) -> bool:
    return bool(code) and len(code) >= 8 and code[2:4] == "12"


# ---------------------------------------------------------------- amounts
DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    """0 < n < 10000 -> 大写 with 仟佰拾 and inner zeros."""
    units = ["仟", "佰", "拾", ""]
    s = f"{n:04d}"
    out, zero = "", False
    started = False
    for d, u in zip(s, units):
        d = int(d)
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += DIG[d] + u
        started = True
    return out


def daxie(amount) -> str:
    """Decimal yuan -> 人民币大写 without the 人民币 prefix, e.g. 贰佰肆拾肆万壹仟元整."""
    a = Decimal(str(amount)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    cents = int(a * 100)
    yuan, jf = divmod(cents, 100)
    jiao, fen = divmod(jf, 10)
    parts = []
    groups = []
    y = yuan
    while y:
        groups.append(y % 10000)
        y //= 10000
    names = ["", "万", "亿", "万亿"]
    out = ""
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = True
            continue
        if out and (need_zero or g < 1000):
            out += "零"
        out += _four(g) + names[i]
        need_zero = False
    if yuan == 0:
        out = ""
    res = out + ("元" if yuan else "")
    if jiao == 0 and fen == 0:
        return (res or "零元") + "整"
    if jiao:
        res += DIG[jiao] + "角"
    elif yuan:
        res += "零"
    if fen:
        res += DIG[fen] + "分"
    else:
        res += "整"
    return res


def fmt_money(amount, sep=True) -> str:
    a = Decimal(str(amount)).quantize(Decimal("0.01"))
    return f"{a:,.2f}" if sep else f"{a:.2f}"


def yuan_str(amount) -> str:
    return str(Decimal(str(amount)).quantize(Decimal("0.01")))


def wan_str(amount, places=2) -> str:
    w = Decimal(str(amount)) / Decimal(10000)
    q = Decimal(1).scaleb(-places)
    s = str(w.quantize(q))
    return s


# ---------------------------------------------------------------- dates
HZ = "〇一二三四五六七八九"


def d_iso(d):
    return d.isoformat()


def d_cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


def d_cn0(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def d_dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def d_slash(d):
    return f"{d.year}/{d.month}/{d.day}"


def _hz_num(n):
    if n < 10:
        return HZ[n]
    if n < 20:
        return "十" + (HZ[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return HZ[t] + "十" + (HZ[u] if u else "")


def d_hanzi(d):
    return "".join(HZ[int(c)] for c in str(d.year)) + "年" + _hz_num(d.month) + "月" + _hz_num(d.day) + "日"


def d_bill(d):
    """Date as written on a bill/draft (票据): 贰零贰叁年零柒月壹拾捌日."""
    y = "".join(DIG[int(c)] for c in str(d.year))
    m = d.month
    ms = ("零" + DIG[m]) if m <= 9 else ("零壹拾" if m == 10 else "壹拾" + DIG[m - 10])
    dd = d.day
    if dd <= 9:
        ds = "零" + DIG[dd]
    elif dd in (10, 20, 30):
        ds = "零" + DIG[dd // 10] + "拾"
    elif dd < 20:
        ds = "壹拾" + DIG[dd - 10]
    else:
        ds = DIG[dd // 10] + "拾" + DIG[dd % 10]
    return f"{y}年{ms}月{ds}日"


def date(y, m, d):
    return _dt.date(y, m, d)


def add_days(d, n):
    return d + _dt.timedelta(days=n)


if __name__ == "__main__":
    import random
    for v in ["2441000", "100000", "10005.5", "30000000", "1000100.01", "120000000", "0.3", "205030.00", "50000000", "1010000"]:
        print(v, daxie(v))
    r = random.Random(1)
    c = make_uscc(r, "120116")
    print(c, uscc_valid(c), uscc_valid("91350100M0001TGQXM"))
    print(d_bill(date(2023, 10, 20)), d_bill(date(2023, 7, 18)), d_hanzi(date(2023, 12, 29)))
