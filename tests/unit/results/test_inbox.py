"""One inbox lister for verify-batch and the nightly run."""

import zipfile

import pytest

from pipeline.errors import JinzhengError
from pipeline.results.inbox import list_inbox


def _zip(path, member="申报信息.xlsx"):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, b"workbook")


def test_folders_and_zips_by_name_lock_files_and_system_folders_left_out(tmp_path):
    (tmp_path / "乙公司").mkdir()
    _zip(tmp_path / "甲公司.zip")
    (tmp_path / "~$申报信息.xlsx").write_bytes(b"lock")
    (tmp_path / "~$临时").mkdir()
    (tmp_path / "__MACOSX").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "说明.txt").write_text("不是申报材料", encoding="utf-8")
    assert [(n, p.name) for n, p in list_inbox(tmp_path)] == [("乙公司", "乙公司"), ("甲公司", "甲公司.zip")]


def test_a_folder_and_a_zip_of_one_name_keep_distinct_names(tmp_path):
    (tmp_path / "acme").mkdir()
    _zip(tmp_path / "acme.zip")
    names = [n for n, _ in list_inbox(tmp_path)]
    assert names == ["acme", "acme.zip"] and len(set(names)) == 2


def test_a_missing_inbox_is_a_clear_error(tmp_path):
    with pytest.raises(JinzhengError, match="收件目录不存在"):
        list_inbox(tmp_path / "没有")
