"""Unified social credit codes: python-stdnum's vectors, OCR repair and codes in free text."""

from __future__ import annotations

import pytest

from helpers.external_vectors import params, require
from pipeline.parsing.uscc import (
    compute_check_char,
    find_usccs,
    is_tianjin_uscc,
    normalize_uscc,
    repair_uscc,
    validate_uscc,
)

STDNUM_ERRORS = {"InvalidLength", "InvalidFormat", "InvalidChecksum"}

# Inputs where our verdict or its reason differs from python-stdnum's, one line why each.
# stdnum requires the first 8 characters to be digits; GB 32100-2015 allows letters in the
# registration-authority and type positions, so we judge those by the check character.
STDNUM_DIFFERENT: dict[str, str] = {
    "A1110000600037341L": "stdnum: InvalidFormat (letter in first 8); we allow the letter (GB "
                          "32100) and reject the code on its check character instead",
}


@pytest.mark.parametrize("case", params("stdnum_uscc.json"))
def test_stdnum_vectors(case):
    code = normalize_uscc(case["input"])
    assert validate_uscc(code) is case["valid"]
    if case["valid"]:
        assert code == case["expected"]
    else:
        assert case["expected"] in STDNUM_ERRORS
        if case["expected"] == "InvalidFormat" and case["input"] not in STDNUM_DIFFERENT:
            assert any(ch not in "0123456789ABCDEFGHJKLMNPQRTUWXY" for ch in code)


def test_stdnum_list_is_current():
    assert set(STDNUM_DIFFERENT) <= {c["input"] for c in require("stdnum_uscc.json")}


def test_letter_authority_accepted_where_stdnum_rejects():
    """GB 32100 authority/type letters (N = farmers' co-operative, Y = other): valid for us."""
    for first17 in ("N2120116MA05JX3A1", "Y1120116MA05JX3A1"):
        code = first17 + compute_check_char(first17)
        assert validate_uscc(code)
        assert not code[:8].isdigit()   # python-stdnum would call this InvalidFormat


def test_normalize():
    assert normalize_uscc("９１１１ 0000-6000.37341l") == "91110000600037341L"


def test_tianjin_region():
    first17 = "91120116MA05JX3A1"
    code = first17 + compute_check_char(first17)
    assert is_tianjin_uscc(code)
    assert not is_tianjin_uscc("91110000600037341L")     # Beijing
    assert not is_tianjin_uscc(code[:-1] + ("0" if code[-1] != "0" else "1"))


# ---- OCR repair ------------------------------------------------------------------------
VALID = "91110000600037341L"


@pytest.mark.parametrize("misread, position, original, replacement", [
    ("9111O000600037341L", 4, "O", "0"),    # letter O for zero
    ("91110000600031341L", 13, "1", "7"),
    ("91110000600037341I", 17, "I", "L"),
])
def test_repair_one_confusion(misread, position, original, replacement):
    assert not validate_uscc(normalize_uscc(misread))
    fix = repair_uscc(misread)
    assert fix is not None
    assert (fix.code, fix.position, fix.original, fix.replacement) == (
        VALID, position, original, replacement)
    assert fix.describe() == f"第{position + 1}位「{original}」按校验码更正为「{replacement}」"


def test_repair_refuses_ambiguous():
    misread = "911100006D0037341L"
    # two different single substitutions both give a valid code: 1->L at 2, D->0 at 10
    assert validate_uscc("9L1100006D0037341L") and validate_uscc(VALID)
    assert repair_uscc(misread) is None


@pytest.mark.parametrize("text", ["", "12345", VALID + "0", "91110000600087341L"])
def test_repair_refuses_others(text):
    assert repair_uscc(text) is None


def test_repair_valid_code_is_not_changed():
    fix = repair_uscc(VALID)
    assert fix is None or validate_uscc(fix.code)


def test_find_usccs():
    text = (f"甲方信用代码：{VALID}；乙方信用代码：9111O000600037341L；丙方税号：911100006D0037341L；"
            "ABCDEFGHJKLMNPQRTU；编号X91110000600037341L")
    found = find_usccs(text)
    assert [(m.raw, m.code, m.valid, m.repair is not None) for m in found] == [
        (VALID, VALID, True, False),
        ("9111O000600037341L", VALID, True, True),
        ("911100006D0037341L", "911100006D0037341L", False, False),   # ambiguous: reported
    ]
    assert all(text[m.start:m.end] == m.raw for m in found)


def test_a_repair_needs_a_credit_code_label_and_an_account_is_never_a_code():
    """An 18-character run that no label calls a credit code is reported as it stands, never
    repaired into one; an account number is not a credit code at all, even a valid-looking one."""
    unlabelled = find_usccs("乙方：9111O000600037341L")
    assert [(m.code, m.valid, m.repair) for m in unlabelled] == [("9111O000600037341L", False, None)]
    assert find_usccs(f"账号：{VALID}") == []
    assert find_usccs("收款账户 91110000600O37341L") == []
    assert [m.code for m in find_usccs(f"统一社会信用代码：{VALID}；账号：6222020200112233445")] == [VALID]


def test_vendored_vectors_are_current():
    """tests/vectors is a copy of the workplace's shared/external; a newer copy there must be
    vendored again, or CI would keep testing against old cases."""
    from helpers.external_vectors import EXTERNAL_DIR, SHARED_DIR
    if not SHARED_DIR.is_dir():
        pytest.skip(f"no workplace copy at {SHARED_DIR} to compare with")
    for shared in sorted(SHARED_DIR.glob("*.json")):
        vendored = EXTERNAL_DIR / shared.name
        assert vendored.is_file(), f"{shared.name} is not vendored in tests/vectors"
        assert vendored.read_bytes() == shared.read_bytes(), f"tests/vectors/{shared.name} is out of date"
