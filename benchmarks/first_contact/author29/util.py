"""Own GB 32100 / GB 11714 code helpers and Chinese amount formatting (author29)."""
import random
CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W9))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc_check(body17):
    s = sum(CS.index(c) * w for c, w in zip(body17, W18))
    return CS[(31 - s % 31) % 31]

def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in CS for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]

def make_uscc(rng, region, bad=False):
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body8 + org_check(body8)
    b = "91" + region + org
    code = b + uscc_check(b)
    if bad:
        last = code[17]
        code = code[:17] + CS[(CS.index(last) + 7) % 31]
    return code

def fen_str(y):
    return "%.2f" % y

def comma(y):
    return "{:,.2f}".format(y)

D = "零壹贰叁肆伍陆柒捌玖"
def daxie(y):
    fen = int(round(y * 100)); yuan, jf = divmod(fen, 100)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s = ""; zero = False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += "零"
                s += D[d] + units[i]; zero = False
        return s
    parts = []; big = ["", "万", "亿"]; i = 0; n = yuan; out = ""
    segs = []
    while n:
        segs.append(n % 10000); n //= 10000
    for i in range(len(segs) - 1, -1, -1):
        seg = segs[i]
        if seg == 0:
            if out and not out.endswith("零"): out += "零"
            continue
        if out and seg < 1000 and not out.endswith("零"): out += "零"
        out += four(seg) + big[i]
    out = out.rstrip("零") or "零"
    out += "元"
    j, f = divmod(jf, 10)
    if jf == 0:
        out += "整"
    else:
        out += (D[j] + "角" if j else "零") + (D[f] + "分" if f else "")
    return out

def cn_date(iso):
    y, m, d = iso.split("-"); return "%s年%d月%d日" % (y, int(m), int(d))

def cn_date_hanzi(iso):
    h = "〇一二三四五六七八九"
    y, m, d = iso.split("-")
    def n2(n):
        n = int(n)
        if n < 10: return h[n]
        if n == 10: return "十"
        if n < 20: return "十" + h[n - 10]
        return h[n // 10] + "十" + (h[n % 10] if n % 10 else "")
    return "".join(h[int(c)] for c in y) + "年" + n2(m) + "月" + n2(d) + "日"

def spaced(s):
    return " ".join(s)
