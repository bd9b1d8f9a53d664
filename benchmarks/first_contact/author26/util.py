"""Own helpers: GB 32100 credit codes, GB 11714 organisation codes, amounts, dates."""
import hashlib, random
from decimal import Decimal, ROUND_HALF_UP

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55  # A=10


def org_check(body8):
    """GB 11714 check character for an 8-char organisation code body."""
    s = sum(_org_val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    if org_check(code[8:16]) != code[16]:
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    first17 = "91" + region + body + org_check(body)
    return first17 + uscc_check(first17)


def break_uscc(code):
    """Return a code whose last char is wrong (fails GB 32100)."""
    i = USCC_CHARS.index(code[17])
    return code[:17] + USCC_CHARS[(i + 7) % 31]


def region_of(code):
    return code[2:8] if code and len(code) == 18 else ""


def is_tianjin_code(code):
    return region_of(code).startswith("12")


def yuan(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fmt_yuan(d):
    return f"{yuan(d):.2f}"


def comma(d):
    return f"{yuan(d):,.2f}"


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount):
    d = yuan(amount)
    fen_total = int(d * 100)
    yuan_i, jf = divmod(fen_total, 100)
    jiao, fen = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s = ""; zero = False
        for i in range(3, -1, -1):
            dgt = n // (10 ** i) % 10
            if dgt == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                s += DIG[dgt] + units[i]; zero = False
        return s
    parts = []
    yi, rest = divmod(yuan_i, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    elif out and ge:
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
    def small(n):
        if n < 10: return "〇一二三四五六七八九"[n]
        if n == 10: return "十"
        if n < 20: return "十" + CN_NUM[n - 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return f"{y}年{small(d.month)}月{small(d.day)}日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def ymd0(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def sha256_file(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def spaced(s, sep=" "):
    return sep.join(s)


def rng_for(seed, *keys):
    h = hashlib.sha256(("|".join([str(seed)] + [str(k) for k in keys])).encode()).hexdigest()
    return random.Random(int(h[:16], 16))
