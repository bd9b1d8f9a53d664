"""Own implementations: GB 32100 USCC check digit, GB 11714 organisation code, money words."""
import hashlib
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(code8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(v(c) * w for c, w in zip(code8, ORG_W)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))

def uscc_check(code17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]

def uscc_valid(code):
    return (isinstance(code, str) and len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17])

def make_uscc(rng, region):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body + org_check(body) if all(c in "0123456789ABCDEFGHJKLMNPQRTUWXY" for c in body) else body
    c17 = "91" + region + org
    return c17 + uscc_check(c17)

def break_uscc(code):
    c = USCC_CHARS[(USCC_CHARS.index(code[17]) + 7) % 31]
    return code[:17] + c

def is_tianjin(uscc, address):
    return bool(uscc) and uscc[2:4] == "12" and bool(address) and address.startswith("天津市")

DIG = "零壹贰叁肆伍陆柒捌玖"
def daxie(amount_cents):
    yuan, cents = divmod(int(amount_cents), 100)
    def four(n):
        s, zero = "", False
        for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += DIG[d] + u
        return s
    parts = []
    yi, wan, ge = yuan // 10 ** 8, yuan // 10 ** 4 % 10 ** 4, yuan % 10 ** 4
    out = ""
    if yi: out += four(yi) + "亿"
    if wan: out += ("零" if yi and wan < 1000 else "") + four(wan) + "万"
    elif yi and ge: out += "零"
    if ge: out += ("零" if (yi or wan) and (ge < 1000 or (wan or yi) % 10 == 0) else "") + four(ge)
    out = (out or "零") + "元"
    j, f = divmod(cents, 10)
    if j == 0 and f == 0: return out + "整"
    if j: out += DIG[j] + "角"
    elif f: out += "零"
    if f: out += DIG[f] + "分"
    return out

def yuan(cents):
    return "%d.%02d" % divmod(int(cents), 100)

def fmt_money(cents):
    y, c = divmod(int(cents), 100)
    return "{:,}.{:02d}".format(y, c)

def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)

CN_NUM = "〇一二三四五六七八九"
def cn_date_upper(d):
    y = "".join(CN_NUM[int(c)] for c in str(d.year))
    def n(x):
        return ("十" if x == 10 else ("十" + CN_NUM[x - 10] if x < 20 else CN_NUM[x // 10] + "十" + (CN_NUM[x % 10] if x % 10 else ""))) if x >= 10 else CN_NUM[x]
    return "%s年%s月%s日" % (y, n(d.month), n(d.day))
