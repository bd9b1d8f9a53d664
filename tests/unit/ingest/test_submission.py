"""Opening submissions: folders, zips, zips inside, and zips that try to escape."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.errors import SubmissionError
from pipeline.ingest.submission import open_submission


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


# ---- hostile zips: each member gets its own issue, the others are extracted ----------------

from helpers.bad_inputs import patch_zip_member  # noqa: E402
from pipeline.ingest.submission import ZipLimits  # noqa: E402


def _issues(opened) -> dict[str, list[tuple[str, str, str]]]:
    return {rel: [(i.code, i.message, i.advice) for i in issues] for rel, issues in opened.issues.items()}


def _codes(opened) -> dict[str, list[str]]:
    return {rel: [i.code for i in issues] for rel, issues in opened.issues.items()}


def test_encrypted_and_unsupported_members_are_issues(tmp_path):
    z = tmp_path / "sub.zip"
    _write_zip(z, {"a/合同.pdf": b"%PDF-1.4 a", "a/secret.pdf": b"%PDF-1.4 s", "a/d64.pdf": b"%PDF-1.4 d",
                   "a/lzma_like.pdf": b"%PDF-1.4 l"})
    patch_zip_member(z, "a/secret.pdf", flag_bits=0x1)     # encrypted (ZipCrypto / AES)
    patch_zip_member(z, "a/d64.pdf", method=9)             # Deflate64
    patch_zip_member(z, "a/lzma_like.pdf", method=98)      # PPMd
    opened = open_submission(z, tmp_path / "work")
    assert [f.rel for f in opened.evidence] == ["合同.pdf"]
    issues = _issues(opened)
    # the single top folder "a/" is dropped from issue paths, as from evidence paths
    assert set(issues) == {"secret.pdf", "d64.pdf", "lzma_like.pdf"}
    (code, message, advice), = issues["secret.pdf"]
    assert code == "encrypted_member" and "密码" in message and "未加密" in advice
    (code, message, advice), = issues["d64.pdf"]
    assert code == "unsupported_compression" and "Deflate64" in message and "重新打包" in advice
    assert issues["lzma_like.pdf"][0][0] == "unsupported_compression" and "PPMd" in issues["lzma_like.pdf"][0][1]


def test_file_and_folder_of_the_same_name(tmp_path):
    for order in (["x.pdf", "x.pdf/y.pdf"], ["x.pdf/y.pdf", "x.pdf"]):
        z = tmp_path / f"clash{len(order[0])}.zip"
        _write_zip(z, {**{name: b"%PDF-1.4 " + name.encode() for name in order}, "ok.pdf": b"%PDF-1.4 ok"})
        work = tmp_path / f"work{len(order[0])}"
        opened = open_submission(z, work)
        rels = [f.rel for f in opened.evidence]
        assert "ok.pdf" in rels and len(rels) == 2, rels
        (rel, issues), = _issues(opened).items()
        assert rel == order[1] and issues[0][0] == "path_conflict"
        assert "既是文件又是文件夹" in issues[0][1] and "改名" in issues[0][2]


def test_gbk_name_too_long(tmp_path):
    long_name = "关于天津市智能制造系统解决方案供应商项目验收报告及相关证明材料的扫描件" * 3 + ".pdf"
    assert len(long_name.encode("utf-8")) > 255
    z = tmp_path / "long.zip"
    _write_zip(z, {long_name: b"%PDF-1.4 long", "短.pdf": b"%PDF-1.4 short"}, gbk=True)
    opened = open_submission(z, tmp_path / "work")
    assert [f.rel for f in opened.evidence] == ["短.pdf"]
    (code, message, advice), = _issues(opened)[long_name]
    assert code == "name_too_long" and "255" in message and "缩短" in advice


def test_zip_bomb_member_is_skipped(tmp_path):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("材料/bomb.pdf", b"\0" * (30 * 1024**2))       # 30 MB -> ~30 KB
        zf.writestr("材料/good.pdf", b"%PDF-1.4 good")
    assert z.stat().st_size < 100_000
    opened = open_submission(z, tmp_path / "work")
    assert [f.rel for f in opened.evidence] == ["good.pdf"]
    (code, message, advice), = _issues(opened)["bomb.pdf"]
    assert code == "zip_bomb" and "压缩炸弹" in message and advice
    assert not list((tmp_path / "work").rglob("bomb.pdf"))


def test_member_lying_about_its_size(tmp_path):
    """A header declaring less than the data holds: extraction stops at the declared size."""
    z = tmp_path / "liar.zip"
    _write_zip(z, {"liar.pdf": b"%PDF" + b"x" * (3 * 1024**2), "good.pdf": b"%PDF-1.4 good"})
    data = bytearray(z.read_bytes())
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("liar.pdf")
    import struct
    struct.pack_into("<I", data, info.header_offset + 22, 10)       # local: uncompressed size
    pos = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, pos + 24, 10)                      # central: uncompressed size
    z.write_bytes(bytes(data))
    opened = open_submission(z, tmp_path / "work")
    assert [f.rel for f in opened.evidence] == ["good.pdf"]
    assert _codes(opened)["liar.pdf"] in (["zip_bomb"], ["bad_zip_member"])


def test_zip_too_large_is_one_budget_for_the_whole_submission(tmp_path):
    """Nested zips draw on the submission's budget; once spent, the rest is not extracted."""
    inner = tmp_path / "inner.zip"
    _write_zip(inner, {"c.pdf": b"%PDF" + b"c" * 4000, "d.pdf": b"%PDF" + b"d" * 4000,
                       "e.pdf": b"%PDF" + b"e" * 10})
    outer = tmp_path / "outer.zip"
    _write_zip(outer, {"a.pdf": b"%PDF" + b"a" * 4000, "inner.zip": inner.read_bytes()})
    limits = ZipLimits(total_bytes=4004 + len(inner.read_bytes()) + 5000)
    opened = open_submission(outer, tmp_path / "work", limits)
    assert [f.rel for f in opened.evidence] == ["a.pdf", "inner.zip/c.pdf"]
    # one issue for the rest of the archive, not one per member
    assert list(_issues(opened)) == ["inner.zip/d.pdf"]
    (code, message, advice), = _issues(opened)["inner.zip/d.pdf"]
    assert code == "zip_too_large" and "展开后超过" in message and "其后的 1 个文件" in message
    assert "分批" in advice
    # each archive alone is within the limit: only a shared budget refuses d.pdf
    assert len(inner.read_bytes()) < limits.total_bytes and len(outer.read_bytes()) < limits.total_bytes


def test_zips_nested_too_deep(tmp_path):
    data = None
    for level in range(5, 0, -1):
        members = {f"level{level}.pdf": b"%PDF-1.4 x"}
        if data is not None:
            members[f"level{level + 1}.zip"] = data
        path = tmp_path / f"level{level}.zip"
        _write_zip(path, members)
        data = path.read_bytes()
    opened = open_submission(tmp_path / "level1.zip", tmp_path / "work")
    rels = [f.rel for f in opened.evidence]
    assert rels == ["level1.pdf", "level2.zip/level2.pdf", "level2.zip/level3.zip/level3.pdf",
                    "level2.zip/level3.zip/level4.zip/level4.pdf"]
    (rel, issues), = _issues(opened).items()
    assert rel == "level2.zip/level3.zip/level4.zip/level5.zip"
    assert issues[0][0] == "nested_too_deep" and "3 层" in issues[0][1] and "直接放入" in issues[0][2]


def test_broken_nested_zip_is_an_issue(tmp_path):
    z = tmp_path / "sub.zip"
    _write_zip(z, {"good.pdf": b"%PDF-1.4 good", "broken.zip": b"PK\x03\x04 not really a zip"})
    opened = open_submission(z, tmp_path / "work")
    assert [f.rel for f in opened.evidence] == ["good.pdf"]
    (code, message, advice), = _issues(opened)["broken.zip"]
    assert code == "bad_zip" and "不是有效的 zip" in message and advice


def test_unsafe_member_paths_keep_the_name_as_written(tmp_path):
    z = tmp_path / "evil.zip"
    _write_zip(z, {"材料/../../escaped.pdf": b"%PDF-1.4 x", "材料/ok.pdf": b"%PDF-1.4 ok",
                   "/etc/cron.d/x.pdf": b"%PDF-1.4 x", "C:/Windows/x.pdf": b"%PDF-1.4 x"})
    opened = open_submission(z, tmp_path / "work")
    assert [f.rel for f in opened.evidence] == ["ok.pdf"]
    issues = _issues(opened)
    assert set(issues) == {"材料/../../escaped.pdf", "/etc/cron.d/x.pdf", "C:/Windows/x.pdf"}
    assert all(v[0][0] == "unsafe_path" and "相对路径" in v[0][2] for v in issues.values())


@pytest.mark.parametrize("name, words", [
    ("申报信息.xlsx", "是申报信息文件"),       # an .xlsx is a zip inside: never opened as the submission
    ("declaration.json", "是申报信息文件"),
    ("合同.pdf", "是单个文件"),
    ("回单.docx", "是单个文件"),
])
def test_a_file_of_a_submission_given_as_the_submission_names_the_folder(tmp_path, name, words):
    folder = tmp_path / "申报材料"
    folder.mkdir()
    with zipfile.ZipFile(folder / name, "w") as zf:    # zip-shaped, as .xlsx and .docx are
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(SubmissionError) as info:
        open_submission(folder / name, tmp_path / "work")
    message = str(info.value)
    assert words in message and "请给出包含" in message and str(folder.resolve()) in message
    assert "没有找到申报信息" not in message


def test_a_broken_zip_inside_is_explained_in_chinese_only(tmp_path):
    folder = tmp_path / "申报材料"
    folder.mkdir()
    (folder / "附件.zip").write_bytes(b"PK\x03\x04 truncated")
    opened = open_submission(folder, tmp_path / "work")
    (issue,) = opened.issues["附件.zip"]
    assert issue.code == "bad_zip" and "不是有效的 zip 压缩包" in issue.message
    assert "BadZipFile" not in issue.message and "File is not" not in issue.message
