"""Own helpers: GB 32100 USCC, GB 11714 org code, amounts, dates (no project code used)."""
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


def org_code(body8):
    return body8 + org_check(body8)


def uscc_check(first17):
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def make_uscc(region6, rng, kind="91"):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY"[:10 + rng.randint(0, 4)]) for _ in range(8))
    first17 = kind + region6 + org_code(body)
    return first17 + uscc_check(first17)


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    org = code[8:17]
    if not org[:8].isalnum() or org_check(org[:8]) != org[8]:
        return False
    return uscc_check(code[:17]) == code[17]


def corrupt_uscc(code):
    last = code[17]
    alt = USCC_CHARS[(USCC_CHARS.index(last) + 7) % 31]
    return code[:17] + alt


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def yuan(x):
    return str(D(x))


def comma(x):
    return "{:,.2f}".format(D(x))


def wan(x):
    return str((D(x) / 10000).quantize(Decimal("0.01")))


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(x):
    d = D(x)
    n = int(d)
    jiao = int((d * 10) % 10)
    fen = int((d * 100) % 10)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if n == 0:
        s = "零"
    groups = []
    while n > 0:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    zero_pending = False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            zero_pending = True
            continue
        gs = ""
        digits = [g // 1000, g // 100 % 10, g // 10 % 10, g % 10]
        started = False
        for i, dg in enumerate(digits):
            if dg == 0:
                if started or out:
                    zero_pending = True
                continue
            if zero_pending and (out or started):
                gs += "零"
            zero_pending = False
            gs += DIG[dg] + units[3 - i]
            started = True
        out += gs + big[gi]
    s = (out or s) + "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    return s


def cn_date(iso):
    y, m, d = iso.split("-")
    return "%d年%d月%d日" % (int(y), int(m), int(d))


CNUM = "〇一二三四五六七八九"


def cn_upper_date(iso):
    y, m, d = [int(p) for p in iso.split("-")]
    ys = "".join(CNUM[int(c)] for c in str(y))

    def n2(v):
        if v < 10:
            return CNUM[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + CNUM[v % 10]
        return CNUM[v // 10] + "十" + (CNUM[v % 10] if v % 10 else "")
    return "%s年%s月%s日" % (ys, n2(m), n2(d))


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def in_period(iso, year=2024):
    return iso is not None and iso[:4] == str(year)


def is_tianjin(uscc, address):
    return bool(uscc) and uscc[2:4] == "12" and bool(address) and address.startswith("天津市")


def is_tianjin_either(uscc, address):
    return (bool(uscc) and uscc[2:4] == "12") or (bool(address) and address.startswith("天津市"))


def is_large(staff, revenue_wan):
    return staff >= 1000 and revenue_wan >= 40000
