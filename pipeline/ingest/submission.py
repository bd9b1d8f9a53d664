"""Opening a submission: a folder or a zip, with zips inside opened the same way.

Nothing the applicant gave us is modified: zips are extracted into a work folder of ours,
and folders are only read.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pipeline.errors import SubmissionError
from pipeline.models import DocumentIssue

EVIDENCE_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
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


def open_submission(source: Path, workdir: Path, limits: ZipLimits | None = None) -> OpenedSubmission:
    """List every file of a submission folder or zip; zips inside are expanded under workdir.

    Zip members that cannot be extracted are issues on those members, never an exception."""
    source = Path(source)
    budget = _Budget(limits or ZipLimits())
    if not source.exists():
        raise SubmissionError(f"申报材料不存在：{source}")
    if source.is_file():
        _refuse_single_file(source)
        if not zipfile.is_zipfile(source):
            raise SubmissionError(f"{source.name} 不是文件夹也不是 zip 压缩包，无法作为申报材料打开")
        target = workdir / "submission"
        issues: list[tuple[str, DocumentIssue]] = []
        _extract_zip(source, target, issues, depth=0, budget=budget)
        root = _single_top_folder(target)
        opened = OpenedSubmission(root=root, name=source.stem)
        # paths are relative to the submission root: drop the top folder, as for evidence
        top = "" if root == target else root.name + "/"
        for rel, issue in issues:
            inside = top and rel.startswith(top) and issue.code != "unsafe_path"  # shown as written
            opened.add_issue(rel[len(top):] if inside else rel, issue)
    else:
        opened = OpenedSubmission(root=source, name=source.name)
    _walk(opened, opened.root, "", workdir, depth=0, budget=budget)
    opened.evidence.sort(key=lambda f: f.rel)
    opened.others.sort(key=lambda f: f.rel)
    return opened


def _refuse_single_file(source: Path) -> None:
    """A file of a submission given in place of the submission: name the folder to give.

    (.xlsx and .docx are zip files inside: opened as archives they would only report that the
    declaration is missing.)"""
    suffix = source.suffix.lower()
    folder = source.resolve().parent
    if suffix in DECLARATION_SUFFIXES or suffix in (".xls", ".xlsm", ".et"):
        raise SubmissionError(
            f"「{source.name}」是申报信息文件，不是整份申报材料：请给出包含它的文件夹（{folder}），"
            "或该文件夹的 zip 压缩包")
    if suffix in EVIDENCE_SUFFIXES or suffix in OFFICE_SUFFIXES:
        raise SubmissionError(
            f"「{source.name}」是单个文件，不是整份申报材料：请给出包含申报信息和证据文件的文件夹"
            f"（如 {folder}），或该文件夹的 zip 压缩包；查看单个文件的识别结果可用 jinzheng extract")


def _single_top_folder(folder: Path) -> Path:
    """A zip of a folder holds one top folder: the submission is inside it."""
    entries = [p for p in folder.iterdir() if not p.name.startswith("__MACOSX")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return folder


def _walk(opened: OpenedSubmission, folder: Path, prefix: str, workdir: Path, depth: int,
          budget: _Budget) -> None:
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        rel = f"{prefix}{entry.name}"
        if entry.name.startswith(".") or entry.name == "__MACOSX":
            continue
        if entry.is_symlink():
            opened.add_issue(rel, DocumentIssue(
                "symlink", "符号链接不作为证据读取", "请上传文件本身而不是链接"))
            continue
        if entry.is_dir():
            _walk(opened, entry, rel + "/", workdir, depth, budget)
            continue
        suffix = entry.suffix.lower()
        if suffix == ".zip" or (suffix not in EVIDENCE_SUFFIXES | OFFICE_SUFFIXES
                                and _looks_like_zip(entry)):
            if depth >= budget.limits.depth:
                opened.add_issue(rel, DocumentIssue(
                    "nested_too_deep", f"压缩包嵌套超过 {budget.limits.depth} 层，该压缩包未展开",
                    "请将压缩包解开，把证据文件直接放入申报材料文件夹后重新打包"))
                continue
            target = workdir / "zips" / hashlib.sha1(rel.encode()).hexdigest()[:12]
            issues: list[tuple[str, DocumentIssue]] = []
            try:
                _extract_zip(entry, target, issues, depth=depth + 1, budget=budget)
            except SubmissionError as exc:
                opened.add_issue(rel, DocumentIssue("bad_zip", str(exc), "请重新下载或重新打包后上传"))
                continue
            for member, issue in issues:
                opened.add_issue(f"{rel}/{member}", issue)
            _walk(opened, target, rel + "/", workdir, depth + 1, budget)
            continue
        try:
            record = SourceFile(entry, rel, sha256_file(entry), entry.stat().st_size)
        except OSError as exc:
            opened.add_issue(rel, DocumentIssue(
                "unreadable", f"文件无法读取（{exc.strerror or exc}）", "请检查文件权限或重新上传该文件"))
            continue
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


class _Budget:
    """Zip-bomb limits for the whole submission: nested zips draw on the same budget,
    so ten 1.9 GB archives do not each get their own 2 GB."""

    def __init__(self, limits: ZipLimits):
        self.limits = limits
        self.expanded = 0
        self.members = 0
        self.exhausted = False


@dataclass(frozen=True)
class ZipLimits:
    total_bytes: int = MAX_ZIP_TOTAL_BYTES
    members: int = MAX_ZIP_MEMBERS
    ratio: int = MAX_ZIP_RATIO
    ratio_min_bytes: int = 10**7     # small members may compress well (blank forms)
    depth: int = MAX_ZIP_DEPTH


class _MemberError(Exception):
    """One zip member cannot be extracted; becomes an issue on that member."""

    def __init__(self, code: str, message: str, advice: str):
        super().__init__(message)
        self.issue = DocumentIssue(code, message, advice)


class _BudgetSpent(Exception):
    """The submission's expansion budget is spent: the rest of the archive is not extracted."""


_ADVICE_REPACK = "请用 Windows 自带的「发送到 → 压缩(zipped)文件夹」或 7-Zip 的 ZIP 格式（Deflate 压缩）重新打包后上传"


def _extract_zip(zip_path: Path, target: Path, issues: list[tuple[str, DocumentIssue]],
                 depth: int, budget: _Budget) -> None:
    """Extract members that stay inside `target`; refuse escapes, links and bombs by member.

    A member that cannot be extracted becomes an issue on that member and the others go on."""
    try:
        archive = zipfile.ZipFile(zip_path)
    except Exception as exc:  # BadZipFile, OSError, and odd headers (ValueError, NotImplemented)
        # the library's words stay with the exception (logs, error.txt), not in the message
        raise SubmissionError(f"{zip_path.name} 不是有效的 zip 压缩包（文件可能已损坏或下载不完整），"
                              "请重新打包或重新下载后上传") from exc
    limits = budget.limits
    with archive:
        infos = archive.infolist()
        budget.members += len(infos)
        if budget.members > limits.members:
            raise SubmissionError(
                f"{zip_path.name} 含 {len(infos)} 个文件，申报材料中的文件总数超过上限 {limits.members}")
        target.mkdir(parents=True, exist_ok=True)
        for position, info in enumerate(infos):
            name = decode_member_name(info)
            if info.is_dir():
                continue
            safe = _safe_member_path(name)
            if safe is None:
                issues.append((name, DocumentIssue(
                    "unsafe_path", f"压缩包成员路径「{name}」指向压缩包之外（绝对路径或含 ../），已拒绝解压",
                    "请将文件放在同一个文件夹内，使用相对路径重新打包")))
                continue
            try:
                if budget.exhausted:
                    raise _BudgetSpent()
                _extract_member(archive, info, safe, target, budget)
            except _BudgetSpent:
                # one issue for the rest of this archive, not one per member
                budget.exhausted = True
                rest = sum(1 for i in infos[position + 1:] if not i.is_dir())
                more = f"及压缩包中其后的 {rest} 个文件" if rest else ""
                issues.append((str(safe), DocumentIssue(
                    "zip_too_large", f"申报材料展开后超过 {_size_text(limits.total_bytes)}，该文件{more}未解压",
                    "请删除与申报无关的文件，或分批上传")))
                break
            except _MemberError as exc:
                issues.append((str(safe), exc.issue))
            except Exception as exc:  # one member must never abort the submission
                issues.append((str(safe), DocumentIssue(
                    "bad_zip_member", f"压缩包成员无法解压（{type(exc).__name__}: {exc}）"[:200],
                    "压缩包可能已损坏；" + _ADVICE_REPACK)))


def _size_text(size: int) -> str:
    return f"{size / 1024**3:.0f} GB" if size >= 1024**3 else f"{size / 1024**2:.0f} MB"


def _extract_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, safe: PurePosixPath,
                    target: Path, budget: _Budget) -> None:
    limits = budget.limits
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _MemberError("symlink", "压缩包内的符号链接（快捷方式）不作为证据读取",
                           "请打包文件本身而不是链接")
    if info.flag_bits & 0x1:
        raise _MemberError("encrypted_member", "压缩包成员已加密（需要解压密码），无法读取",
                           "请上传未加密的压缩包（打包时不要设置密码），或直接上传该文件")
    if info.compress_type not in _SUPPORTED_COMPRESSION:
        raise _MemberError(
            "unsupported_compression",
            f"压缩包成员使用了不支持的压缩方式（{_COMPRESSION_NAMES.get(info.compress_type, info.compress_type)}），无法解压",
            _ADVICE_REPACK)
    if info.file_size > limits.ratio * max(info.compress_size, 1) and \
            info.file_size > limits.ratio_min_bytes:
        raise _MemberError(
            "zip_bomb",
            f"压缩比异常（{info.file_size} 字节由 {info.compress_size} 字节展开），疑似压缩炸弹，已跳过",
            "请直接上传原始文件，不要上传异常压缩的文件")
    if budget.expanded + info.file_size > limits.total_bytes:
        raise _BudgetSpent()
    budget.expanded += info.file_size
    if len(safe.name.encode("utf-8")) > 255:
        raise _MemberError("name_too_long",
                           f"文件名过长（{len(safe.name.encode('utf-8'))} 字节，超过 255 字节），无法解压",
                           "请将文件名缩短（建议 50 个汉字以内）后重新打包")
    dest = target.joinpath(*safe.parts)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise _MemberError("path_conflict",
                           f"压缩包中「{_first_file_in(target, safe)}」既是文件又是文件夹，该文件无法解压",
                           "请将同名的文件或文件夹改名后重新打包") from None
    if dest.is_dir():
        raise _MemberError("path_conflict", f"压缩包中「{safe}」既是文件又是文件夹，该文件无法解压",
                           "请将同名的文件或文件夹改名后重新打包")
    try:
        with archive.open(info) as src, dest.open("wb") as out:
            _copy_limited(src, out, info.file_size)
    except BaseException as exc:
        try:
            dest.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(exc, _MemberError) or not isinstance(exc, Exception):
            raise
        if isinstance(exc, RuntimeError) and "encrypt" in str(exc).lower():
            raise _MemberError("encrypted_member", "压缩包成员已加密（需要解压密码），无法读取",
                               "请上传未加密的压缩包（打包时不要设置密码），或直接上传该文件") from exc
        if isinstance(exc, NotImplementedError):
            raise _MemberError("unsupported_compression",
                               f"压缩包成员使用了不支持的压缩方式（{exc}），无法解压", _ADVICE_REPACK) from exc
        if isinstance(exc, (zipfile.BadZipFile, EOFError, zlib.error)) or "CRC" in str(exc):
            raise _MemberError("bad_zip_member", f"压缩包成员已损坏，无法解压（{exc}）"[:200],
                               "请重新下载或重新打包后上传") from exc
        raise


def _first_file_in(target: Path, safe: PurePosixPath) -> str:
    """The ancestor of `safe` that was extracted as a file (the other half of the clash)."""
    for i in range(1, len(safe.parts)):
        if target.joinpath(*safe.parts[:i]).is_file():
            return "/".join(safe.parts[:i])
    return str(safe.parent)


_SUPPORTED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                          zipfile.ZIP_LZMA}
_COMPRESSION_NAMES = {9: "Deflate64", 12: "BZIP2", 14: "LZMA", 93: "Zstandard", 95: "XZ",
                      98: "PPMd", 99: "AES 加密"}


def _copy_limited(src, out, declared: int) -> None:
    """Copy, refusing to write more than the member declares (a lying header is a bomb)."""
    written = 0
    for block in iter(lambda: src.read(1 << 20), b""):
        written += len(block)
        if written > declared + (1 << 20):
            raise _MemberError("zip_bomb", "成员实际大小超过压缩包中声明的大小，疑似压缩炸弹，已跳过",
                               "请直接上传原始文件，不要上传异常压缩的文件")
        out.write(block)


def cleanup(workdir: Path) -> None:
    shutil.rmtree(workdir, ignore_errors=True)
