"""Own helpers: GB 32100 credit codes, GB 11714 organisation codes, amounts, dates, names."""
import hashlib, random, datetime as dt

U_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"          # GB 32100: 31 chars (no I O S V Z)
U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
O_W = [3, 7, 9, 10, 5, 8, 4, 2]                       # GB 11714 weights


def org_check(body8):
    """GB 11714 check character for an 8-character organisation code body."""
    s = 0
    for ch, w in zip(body8, O_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17):
    s = sum(U_CHARS.index(ch) * w for ch, w in zip(body17, U_W))
    return U_CHARS[(31 - s % 31) % 31]


def uscc_valid(code):
    if not code or len(code) != 18 or any(ch not in U_CHARS for ch in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region="120116", kind="91"):
    digits = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY"[:10 if rng.random() < .7 else 31]) for _ in range(8))
        if any(c in "IOSVZ" for c in body):
            continue
        org = body + org_check(body)
        if org[-1] == "X" and rng.random() < .5:
            continue
        b17 = kind + region + org
        return b17 + uscc_check(b17)


def break_uscc(code):
    i = U_CHARS.index(code[-1])
    return code[:-1] + U_CHARS[(i + 7) % 31]


def is_tianjin_code(code):
    return bool(code) and len(code) >= 4 and code[2:4] == "12"


def yuan(x):
    return "%.2f" % x


def fmt_num(x):
    return "{:,.2f}".format(x)


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount):
    """人民币大写 for a yuan amount with at most two decimals."""
    fen_total = int(round(amount * 100))
    yuan_i, jf = divmod(fen_total, 100)
    jiao, fen = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"; zero = False
                s += DIG[d] + units[i]
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
    def n(v):
        if v < 10: return CN_NUM[v]
        if v == 10: return "十"
        if v < 20: return "十" + CN_NUM[v - 10]
        return CN_NUM[v // 10] + "十" + (CN_NUM[v % 10] if v % 10 else "")
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def d_cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


def d_dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def iso(d):
    return d.isoformat() if d else None


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def spaced(s, n=1):
    return (" " * n).join(s)


def D(y, m, d):
    return dt.date(y, m, d)
