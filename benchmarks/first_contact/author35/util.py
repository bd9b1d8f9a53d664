"""Own helpers: GB 32100 credit code, GB 11714 org code, amounts in 大写, deterministic RNG."""
import hashlib, random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_check(body8):
    s = sum(int(c, 36) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(code17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    if uscc_check(code[:17]) != code[17]:
        return False
    return org_check(code[8:16]) == code[16]


def make_uscc(rng, region):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY"[:20]) for _ in range(8))
    code17 = "91" + region + body + org_check(body)
    return code17 + uscc_check(code17)


def break_uscc(code):
    c = USCC_CHARS[(USCC_CHARS.index(code[17]) + 7) % 31]
    return code[:17] + c


def is_tianjin(uscc, address):
    return bool((uscc and uscc[2:4] == "12") or (address and address.startswith("天津市")))


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount):
    """amount: int fen -> 人民币大写."""
    yuan, fen = divmod(amount, 100)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if yuan == 0:
        s = "零"
    g = 0
    zero = False
    out = []
    while yuan > 0:
        part = yuan % 10000
        yuan //= 10000
        ps = ""
        z = False
        for i in range(4):
            d = part % 10
            part //= 10
            if d == 0:
                if ps and not z:
                    ps = "零" + ps
                z = True
            else:
                ps = DIG[d] + units[i] + ps
                z = False
        if ps:
            out.insert(0, ps + big[g])
        elif out and not out[0].startswith("零"):
            out.insert(0, "零")
        g += 1
    s = "".join(out) if out else s
    s = s.replace("零零", "零").lstrip("零") or "零"
    jiao, f = divmod(fen, 10)
    s += "元"
    if jiao == 0 and f == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif f:
        s += "零"
    if f:
        s += DIG[f] + "分"
    return s


def yuan(fen):
    return "%d.%02d" % divmod(fen, 100)


def comma(fen):
    y, f = divmod(fen, 100)
    return "{:,}.{:02d}".format(y, f)


CN_NUM = "〇一二三四五六七八九"


def cn_date(d):
    y, m, dd = d.split("-")
    def n(x):
        x = int(x)
        if x < 10:
            return CN_NUM[x]
        if x < 20:
            return "十" + (CN_NUM[x % 10] if x % 10 else "")
        return CN_NUM[x // 10] + "十" + (CN_NUM[x % 10] if x % 10 else "")
    return "".join(CN_NUM[int(c)] for c in y) + "年" + n(m) + "月" + n(dd) + "日"


def zh_date(d):
    y, m, dd = d.split("-")
    return "%s年%d月%d日" % (y, int(m), int(dd))


def spaced(s, sep=" "):
    return sep.join(s)


def sub_rng(seed, *keys):
    h = hashlib.sha256(("|".join(map(str, (seed,) + keys))).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def sha256_file(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()
