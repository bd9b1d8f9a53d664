"""Opening submissions: folders, zips, zips inside, and zips that try to escape."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.errors import SubmissionError
from pipeline.submission import open_submission


class _GbkZipInfo(zipfile.ZipInfo):
    """What Windows tools write: GBK bytes for the name and no UTF-8 flag."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _write_zip(path: Path, members: dict[str, bytes], gbk: bool = False) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr((_GbkZipInfo if gbk else zipfile.ZipInfo)(name), data)


def test_folder_lists_evidence_and_other_files(tmp_path):
    sub = tmp_path / "sub"
    (sub / "附件").mkdir(parents=True)
    (sub / "附件" / "scan_0001.pdf").write_bytes(b"%PDF-1.4 x")
    (sub / "IMG_2023.JPG").write_bytes(b"\xff\xd8\xff x")
    (sub / "申报信息.xlsx").write_bytes(b"PK\x03\x04")
    opened = open_submission(sub, tmp_path / "work")
    assert [f.rel for f in opened.evidence] == ["IMG_2023.JPG", "附件/scan_0001.pdf"]
    assert [f.rel for f in opened.others] == ["申报信息.xlsx"]
    assert all(len(f.sha256) == 64 for f in opened.evidence)


def test_zip_with_gbk_names_and_nested_zip(tmp_path):
    inner = tmp_path / "inner.zip"
    _write_zip(inner, {"验收报告扫描件.pdf": b"%PDF-1.4 inner"}, gbk=True)
    outer = tmp_path / "申报材料.zip"
    _write_zip(outer, {"申报材料/附件12.pdf": b"%PDF-1.4 a", "申报材料/更多.zip": inner.read_bytes()}, gbk=True)
    opened = open_submission(outer, tmp_path / "work")
    rels = [f.rel for f in opened.evidence]
    assert "附件12.pdf" in rels
    assert "更多.zip/验收报告扫描件.pdf" in rels


def test_zip_members_cannot_escape(tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../escaped.pdf", b"%PDF-1.4 x")
        zf.writestr("/abs/path.pdf", b"%PDF-1.4 x")
        zf.writestr("ok/good.pdf", b"%PDF-1.4 x")
        link = zipfile.ZipInfo("ok/link.pdf")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
    work = tmp_path / "work"
    opened = open_submission(evil, work)
    assert [f.rel for f in opened.evidence] == ["good.pdf"]
    assert not (tmp_path / "escaped.pdf").exists()
    assert not list(tmp_path.rglob("escaped.pdf"))
    codes = sorted(i.code for issues in opened.issues.values() for i in issues)
    assert codes == ["symlink", "unsafe_path", "unsafe_path"]


def test_not_a_submission(tmp_path):
    with pytest.raises(SubmissionError):
        open_submission(tmp_path / "missing", tmp_path / "work")
    bogus = tmp_path / "x.txt"
    bogus.write_text("hello")
    with pytest.raises(SubmissionError):
        open_submission(bogus, tmp_path / "work")
