"""A branch is named after its company's full name: a branch name whose company's legal form
is misread is no sound name (names invented for these tests)."""

from pipeline.extract.entities import broken_legal_form


def test_a_branch_whose_companys_legal_form_is_misread_is_a_broken_name():
    assert broken_legal_form("上海甲乙材料有限言西城分公司") == "有限言西城分公司"
    assert broken_legal_form("上海甲乙材料有限分公司") == "有限分公司"


def test_sound_branch_names_stay_sound():
    for sound in ("上海甲乙材料有限公司西城分公司", "上海甲乙材料有限责任公司西城分公司", "某某银行西城分公司",
                  "上海有限元仿真科技有限公司西城分公司", "上海甲乙投资管理有限合伙西城分公司"):
        assert broken_legal_form(sound) is None, sound
