"""Opening a submission: a folder or a zip, with zips inside opened the same way.

Nothing the applicant gave us is modified: zips are extracted into a work folder of ours,
and folders are only read.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import SubmissionError
from .models import DocumentIssue

EVIDENCE_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
# zip containers that are documents, not archives to open
OFFICE_SUFFIXES = {".xlsx", ".xlsm", ".docx", ".pptx", ".ofd", ".wps", ".et"}
DECLARATION_SUFFIXES = {".xlsx", ".json"}

# Zip-bomb guards: real submissions are tens of MB; a 2 GB expansion is an attack or a mistake.
MAX_ZIP_TOTAL_BYTES = 2 * 1024**3
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_RATIO = 200  # uncompressed/compressed for one member
MAX_ZIP_DEPTH = 3


@dataclass(frozen=True)
class SourceFile:
    path: Path          # where we read it (inside the submission or our extraction folder)
    rel: str            # posix path relative to the submission, zips shown as folders
    sha256: str
    size: int


@dataclass
class OpenedSubmission:
    root: Path                                   # folder holding the declaration and evidence
    name: str
    evidence: list[SourceFile] = field(default_factory=list)
    others: list[SourceFile] = field(default_factory=list)   # workbooks, json, unknown types
    issues: dict[str, list[DocumentIssue]] = field(default_factory=dict)  # rel path -> issues

    def add_issue(self, rel: str, issue: DocumentIssue) -> None:
        self.issues.setdefault(rel, []).append(issue)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_submission(source: Path, workdir: Path) -> OpenedSubmission:
    """List every file of a submission folder or zip; zips inside are expanded under workdir."""
    source = Path(source)
    if not source.exists():
        raise SubmissionError(f"申报材料不存在：{source}")
    if source.is_file():
        if not zipfile.is_zipfile(source):
            raise SubmissionError(f"{source.name} 不是文件夹也不是 zip 压缩包，无法作为申报材料打开")
        target = workdir / "submission"
        issues: list[tuple[str, DocumentIssue]] = []
        _extract_zip(source, target, issues, depth=0)
        root = _single_top_folder(target)
        opened = OpenedSubmission(root=root, name=source.stem)
        for rel, issue in issues:
            opened.add_issue(rel, issue)
    else:
        opened = OpenedSubmission(root=source, name=source.name)
    _walk(opened, opened.root, "", workdir, depth=0)
    opened.evidence.sort(key=lambda f: f.rel)
    opened.others.sort(key=lambda f: f.rel)
    return opened


def _single_top_folder(folder: Path) -> Path:
    """A zip of a folder holds one top folder: the submission is inside it."""
    entries = [p for p in folder.iterdir() if not p.name.startswith("__MACOSX")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return folder


def _walk(opened: OpenedSubmission, folder: Path, prefix: str, workdir: Path, depth: int) -> None:
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        rel = f"{prefix}{entry.name}"
        if entry.name.startswith(".") or entry.name == "__MACOSX":
            continue
        if entry.is_symlink():
            opened.add_issue(rel, DocumentIssue(
                "symlink", "符号链接不作为证据读取", "请上传文件本身而不是链接"))
            continue
        if entry.is_dir():
            _walk(opened, entry, rel + "/", workdir, depth)
            continue
        suffix = entry.suffix.lower()
        if suffix == ".zip" or (suffix not in EVIDENCE_SUFFIXES | OFFICE_SUFFIXES
                                and _looks_like_zip(entry)):
            if depth >= MAX_ZIP_DEPTH:
                opened.add_issue(rel, DocumentIssue(
                    "nested_too_deep", f"压缩包嵌套超过{MAX_ZIP_DEPTH}层，未展开",
                    "请将证据文件直接放入申报材料文件夹"))
                continue
            target = workdir / "zips" / hashlib.sha1(rel.encode()).hexdigest()[:12]
            issues: list[tuple[str, DocumentIssue]] = []
            try:
                _extract_zip(entry, target, issues, depth=depth + 1)
            except SubmissionError as exc:
                opened.add_issue(rel, DocumentIssue("bad_zip", str(exc), "请重新打包上传"))
                continue
            for member, issue in issues:
                opened.add_issue(f"{rel}/{member}", issue)
            _walk(opened, target, rel + "/", workdir, depth + 1)
            continue
        record = SourceFile(entry, rel, sha256_file(entry), entry.stat().st_size)
        if suffix in EVIDENCE_SUFFIXES:
            opened.evidence.append(record)
        else:
            opened.others.append(record)


def _looks_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def decode_member_name(info: zipfile.ZipInfo) -> str:
    """Windows tools write Chinese names in GBK without the UTF-8 flag; zipfile then
    decodes them as cp437. Undo that and try UTF-8, then GBK (GB18030 covers it)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _safe_member_path(name: str) -> PurePosixPath | None:
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return PurePosixPath(*parts)


def _extract_zip(zip_path: Path, target: Path, issues: list[tuple[str, DocumentIssue]],
                 depth: int) -> None:
    """Extract members that stay inside `target`; refuse escapes, links and bombs by member."""
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise SubmissionError(f"{zip_path.name} 不是有效的 zip 压缩包（{exc}）") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise SubmissionError(f"{zip_path.name} 含 {len(infos)} 个文件，超过上限 {MAX_ZIP_MEMBERS}")
        total = 0
        target.mkdir(parents=True, exist_ok=True)
        for info in infos:
            name = decode_member_name(info)
            if info.is_dir():
                continue
            safe = _safe_member_path(name)
            if safe is None:
                issues.append((name, DocumentIssue(
                    "unsafe_path", f"压缩包成员路径「{name}」指向压缩包之外，已拒绝解压",
                    "请使用相对路径重新打包")))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                issues.append((str(safe), DocumentIssue(
                    "symlink", "压缩包内的符号链接不作为证据读取", "请打包文件本身而不是链接")))
                continue
            if info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1) and info.file_size > 10**7:
                issues.append((str(safe), DocumentIssue(
                    "zip_bomb", f"压缩比异常（{info.file_size} 字节由 {info.compress_size} 字节展开），疑似压缩炸弹，已跳过",
                    "请直接上传原始文件")))
                continue
            total += info.file_size
            if total > MAX_ZIP_TOTAL_BYTES:
                issues.append((str(safe), DocumentIssue(
                    "zip_too_large", "压缩包展开后超过 2 GB，其余文件未解压", "请分批上传")))
                break
            dest = target.joinpath(*safe.parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                with archive.open(info) as src, dest.open("wb") as out:
                    _copy_limited(src, out, info.file_size)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                dest.unlink(missing_ok=True)
                issues.append((str(safe), DocumentIssue(
                    "bad_zip_member", f"压缩包成员无法解压：{exc}", "请重新打包上传")))


def _copy_limited(src, out, declared: int) -> None:
    """Copy, refusing to write more than the member declares (a lying header is a bomb)."""
    written = 0
    for block in iter(lambda: src.read(1 << 20), b""):
        written += len(block)
        if written > declared + (1 << 20):
            raise ValueError("成员实际大小超过声明大小")
        out.write(block)


def cleanup(workdir: Path) -> None:
    shutil.rmtree(workdir, ignore_errors=True)
