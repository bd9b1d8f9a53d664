"""Own helpers: GB 32100 / GB 11714 check characters, amounts, dates (no product code)."""
import hashlib
from decimal import Decimal, ROUND_HALF_UP

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    """GB 11714-1997 check character for an 8-character organisation code body."""
    s = 0
    for ch, w in zip(body8, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17):
    """GB 32100-2015 check character for the first 17 characters."""
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, valid=True):
    digits = "0123456789"
    while True:
        body = "".join(rng.choice(digits + "ABCDEFGHJKLMNPQRTUWXY" if i < 2 and rng.random() < .4 else digits) for i in range(8))
        oc = org_check(body)
        if oc in USCC_CHARS:
            break
    b17 = "91" + region + body + oc
    chk = uscc_check(b17)
    if not valid:
        chk = USCC_CHARS[(USCC_CHARS.index(chk) + rng.randint(1, 30)) % 31]
    return b17 + chk


def d2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def yuan(x):
    return f"{d2(x):.2f}"


def comma(x):
    return f"{d2(x):,.2f}"


NUM = "零壹贰叁肆伍陆柒捌玖"
UNIT = ["", "拾", "佰", "仟"]
BIG = ["", "万", "亿"]


def daxie(x):
    x = d2(x)
    yuan_part = int(x)
    jiao = int((x * 10) % 10)
    fen = int((x * 100) % 10)
    out = ""
    if yuan_part == 0:
        out = "零"
    else:
        groups = []
        n = yuan_part
        while n:
            groups.append(n % 10000)
            n //= 10000
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            s = ""
            for pi in range(3, -1, -1):
                dgt = (g // (10 ** pi)) % 10
                if dgt == 0:
                    if s or out:
                        zero_pending = True
                else:
                    if zero_pending and (s or out):
                        s += "零"
                    zero_pending = False
                    s += NUM[dgt] + UNIT[pi]
            out += s + BIG[gi]
    out += "元"
    if jiao == 0 and fen == 0:
        return "人民币" + out + "整"
    if jiao:
        out += NUM[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += NUM[fen] + "分"
    return "人民币" + out


CN_DIG = "〇一二三四五六七八九"


def cn_date(iso):
    y, m, d = (int(p) for p in iso.split("-"))
    def num(n):
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")
    return "".join(CN_DIG[int(c)] for c in str(y)) + "年" + num(m) + "月" + num(d) + "日"


def zh_date(iso, pad=False, spaced=False):
    y, m, d = (int(p) for p in iso.split("-"))
    if pad:
        s = f"{y}年{m:02d}月{d:02d}日"
    else:
        s = f"{y}年{m}月{d}日"
    if spaced:
        s = f"{y} 年 {m} 月 {d} 日"
    return s


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def spaced(label):
    """Letter-spaced label: 甲方 -> 甲　方."""
    return "　".join(label)
