"""Own implementations: GB 32100 USCC check char, GB 11714 org code, 大写 amounts, dates."""
import hashlib
from decimal import Decimal

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
    if not code or len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


def make_uscc(rng, region):
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body8 + org_check(body8)
    b17 = "91" + region + org
    return b17 + uscc_check(b17)


def break_uscc(code):
    last = code[-1]
    i = (USCC_CHARS.index(last) + 7) % 31
    return code[:-1] + USCC_CHARS[i]


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(cents):
    cents = int(cents)
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if yuan == 0:
        s = "零"
    else:
        groups = []
        y = yuan
        while y:
            groups.append(y % 10000)
            y //= 10000
        out = ""
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            gs = ""
            digits = [(g // 10 ** k) % 10 for k in range(3, -1, -1)]
            started = False
            zero = False
            for k, d in enumerate(digits):
                if d == 0:
                    if started:
                        zero = True
                    continue
                if zero or (not started and out and (zero_pending or g < 1000)):
                    gs += "零"
                zero = False
                started = True
                gs += DIG[d] + units[3 - k]
            out += gs + big[gi]
            zero_pending = g % 10 == 0
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
    return s


def yuan_str(cents):
    return "%d.%02d" % (int(cents) // 100, int(cents) % 100)


def fmt_money(cents):
    y = int(cents) // 100
    return "{:,}.{:02d}".format(y, int(cents) % 100)


def wan_str(cents):
    return str((Decimal(int(cents)) / Decimal(1000000)).quantize(Decimal("0.000001")).normalize())


CN_NUM = "〇一二三四五六七八九"


def cn_date(d):
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


def zh_date(d, spaced=False):
    if spaced:
        return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def sha256_file(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


def spaced(label):
    return "　".join(label) if len(label) <= 4 else " ".join(label)
