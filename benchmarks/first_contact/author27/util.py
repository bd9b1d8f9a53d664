"""Own implementations: GB 32100 credit code, GB 11714 organisation code, amounts in 大写, dates."""
import hashlib, random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55  # A=10 ... Z=35


def org_check(body8):
    """GB 11714 check character for 8-char body."""
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def uscc_valid(code):
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, valid=True):
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body + org_check(body)
    if org[-1] not in USCC_CHARS:  # should not happen (X is allowed)
        return make_uscc(rng, region, valid)
    b17 = "91" + region + org
    chk = uscc_check(b17)
    if not valid:
        chk = USCC_CHARS[(USCC_CHARS.index(chk) + rng.randint(1, 30)) % 31]
    return b17 + chk


TJ_DISTRICTS = {"120101": "和平区", "120102": "河东区", "120103": "河西区", "120104": "南开区",
                "120105": "河北区", "120106": "红桥区", "120110": "东丽区", "120111": "西青区",
                "120112": "津南区", "120113": "北辰区", "120114": "武清区", "120115": "宝坻区",
                "120116": "滨海新区", "120117": "宁河区", "120118": "静海区", "120119": "蓟州区"}
OTHER_REGIONS = {"110108": "北京市海淀区", "130102": "河北省石家庄市长安区", "370212": "山东省青岛市崂山区",
                 "320505": "江苏省苏州市虎丘区", "440305": "广东省深圳市南山区", "131002": "河北省廊坊市安次区"}

DIGITS = "零壹贰叁肆伍陆柒捌玖"


def dx(amount_yuan):
    """Amount (str '1234.50') -> 人民币大写 e.g. 壹仟贰佰叁拾肆元伍角整"""
    fen_total = int(round(float(amount_yuan) * 100))
    yuan, jf = divmod(fen_total, 100)
    jiao, fen = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s = ""; zero = False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = True if s else zero
            else:
                if zero and s:
                    s += "零"
                zero = False
                s += DIGITS[d] + units[i]
        return s
    parts = []
    yi, rest = divmod(yuan, 10 ** 8)
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
        out += DIGITS[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    else:
        out += "整"
    return out


def money(a):
    """'1234567.00' -> '1,234,567.00'"""
    return f"{float(a):,.2f}"


def yuan(x):
    return f"{x:.2f}"


def cn_date(iso):
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


CN_NUM = "〇一二三四五六七八九"


def cn_date_hz(iso):
    y, m, d = [int(x) for x in iso.split("-")]
    def small(n):
        if n < 10: return CN_NUM[n]
        if n == 10: return "十"
        if n < 20: return "十" + CN_NUM[n % 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return "".join(CN_NUM[int(c)] for c in str(y)) + "年" + small(m) + "月" + small(d) + "日"


def spaced(s, sep=" "):
    return sep.join(s)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()
