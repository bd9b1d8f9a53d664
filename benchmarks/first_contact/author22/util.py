"""Own helpers: GB 32100 credit codes, GB 11714 organisation codes, amounts, dates.

Nothing here is taken from the product; written from the two standards' public text.
"""
import hashlib
from decimal import Decimal, ROUND_HALF_UP

# GB 32100-2015: 18 characters; charset without I, O, Z, S, V
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
# GB 11714-1997: 8 body characters + check digit
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_value(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 … Z=35


def gb11714_check(body8):
    s = sum(org_value(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def gb32100_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    if code[-1] != gb32100_check(code[:17]):
        return False
    org = code[8:17]
    return org[-1] == gb11714_check(org[:8])


def make_uscc(rng, region, kind="91"):
    pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "MA" + "".join(rng.choice(pool) for _ in range(6)) if rng.random() < 0.6 \
        else "".join(rng.choice("0123456789") for _ in range(8))
    org = body + gb11714_check(body)
    if org[-1] not in USCC_CHARS:  # 'X' is not in the USCC charset? it is; keep loop safe
        return make_uscc(rng, region, kind)
    first = kind + region + org
    return first + gb32100_check(first)


def break_uscc(code):
    """Same code with a wrong GB 32100 check character."""
    i = USCC_CHARS.index(code[-1])
    bad = code[:17] + USCC_CHARS[(i + 7) % 31]
    assert not uscc_valid(bad)
    return bad


def is_tianjin(code, address):
    return bool(code) and code[2:4] == "12" and (address or "").startswith("天津市")


def is_sme(employees, revenue_wan):
    """2017 划型: large only when 从业人员 ≥ 1000 and 营业收入 ≥ 40000 万元."""
    return not (employees >= 1000 and revenue_wan >= 40000)


# ---------------------------------------------------------------- amounts
D2 = Decimal("0.01")


def dec(x):
    return Decimal(str(x)).quantize(D2, ROUND_HALF_UP)


def s2(x):
    return str(dec(x))


def comma(x):
    d = dec(x)
    i, f = str(d).split(".")
    return "{:,}".format(int(i)) + "." + f


DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n):
    units = ["", "拾", "佰", "仟"]
    out, zero = "", False
    digits = [int(c) for c in str(n).zfill(4)]
    for k, d in enumerate(digits):
        u = units[3 - k]
        if d == 0:
            zero = True
        else:
            if zero and out:
                out += "零"
            out += DIG[d] + u
            zero = False
    return out


def daxie(x):
    d = dec(x)
    yuan = int(d)
    jf = int((d - yuan) * 100)
    parts = []
    yi, rest = divmod(yuan, 100000000)
    wan, ge = divmod(rest, 10000)
    s = ""
    prev = None
    for val, unit in ((yi, "亿"), (wan, "万"), (ge, "")):
        if val:
            if s and (val < 1000 or (prev is not None and prev % 10 == 0)):
                s += "零"
            s += _four(val) + unit
            prev = val
        elif s:
            prev = 0
    if not s:
        s = "零"
    s += "元"
    j, f = divmod(jf, 10)
    if j == 0 and f == 0:
        s += "整"
    else:
        if j:
            s += DIG[j] + "角"
        elif yuan:
            s += "零"
        if f:
            s += DIG[f] + "分"
        else:
            s += "整"
    return s


def wan(x):
    """yuan -> 万元 string with up to 4 decimals, trailing zeros kept to 2."""
    d = (dec(x) / Decimal(10000)).quantize(Decimal("0.0001"))
    s = f"{d:.4f}".rstrip("0")
    if len(s.split(".")[1]) < 2:
        s = f"{d:.2f}"
    return s


# ---------------------------------------------------------------- dates
CN_NUM = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(CN_NUM[int(c)] for c in str(d.year))

    def small(n):
        if n < 10:
            return CN_NUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_NUM[n - 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return f"{y}年{small(d.month)}月{small(d.day)}日"


def fmt_date(d, style):
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "hanzi":
        return cn_date(d)
    raise ValueError(style)


def sha256_bytes(b):
    return hashlib.sha256(b).hexdigest()


def sha256_file(p):
    with open(p, "rb") as f:
        return sha256_bytes(f.read())


if __name__ == "__main__":
    # self-test against two published example codes
    assert uscc_valid("91350100M000100Y43"), "example from GB 32100 text"
    assert gb11714_check("D2143569") == "X"
    for v, t in [(2441000, "贰佰肆拾肆万壹仟元整"), (100000000, "壹亿元整"), (1005.3, "壹仟零伍元叁角整"),
                 (20009000, "贰仟万零玖仟元整"), (123.11, "壹佰贰拾叁元壹角壹分")]:
        assert daxie(v) == t, (v, daxie(v))
    print("ok")
