"""A small text-only submission with hostile files mixed in, verified end to end.

Every hostile file gets its own specific issue and gap; the good documents are still read and
reconciled; no input is modified (hashed before and after, folder and zip); and a run killed
with SIGKILL at any point leaves the old complete report or the new one, and a rerun completes.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from helpers.bad_inputs import (circular_pages_pdf, claimed_size_png, encrypted_pdf, frame_bomb_tiff,
                        patch_zip_member, really_jpeg, text_pdf)
from pipeline.cli.main import main
from helpers.workbooks import build, contract_row, standard_sheets

ROOT = Path(__file__).resolve().parents[2]
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))

CONTRACT = ["技术服务合同", "合同编号：TJZZ-2023-001", "甲方（委托方）：天津某某机械有限公司",
            "统一社会信用代码：91120000103100784F", "乙方（服务方）：天津智造科技有限公司",
            "项目名称：数字化车间改造项目", "合同金额：人民币叁佰万元整（¥3,000,000.00）",
            "签订日期：2023年3月1日"]
ACCEPTANCE = ["项目验收报告", "合同编号：TJZZ-2023-001", "项目名称：数字化车间改造项目",
              "验收单位：天津某某机械有限公司", "验收结论：合格", "验收日期：2023年10月12日"]

# file -> (issue code, words its message must contain)
HOSTILE = {
    "附件/空文件.pdf": ("empty", "0 字节"),
    "附件/加密合同.pdf": ("encrypted", "密码"),
    "附件/循环.pdf": ("malformed", "循环引用"),
    "附件/扫描件.png": ("too_large", "百万像素"),
    "附件/多页.tif": ("too_large", "帧"),
    "附件/网页.jpg": ("unsupported", "网页"),
    "附件/更多.zip/secret.pdf": ("encrypted_member", "密码"),
    "附件/更多.zip/../../逃逸.pdf": ("unsafe_path", "压缩包之外"),
    "附件/更多.zip/bomb.pdf": ("zip_bomb", "压缩炸弹"),
}


def make_submission(folder: Path) -> Path:
    att = folder / "附件"
    att.mkdir(parents=True)
    build(folder / "申报信息.xlsx", standard_sheets(contract_row(1)))
    text_pdf(att / "合同.pdf", CONTRACT)
    text_pdf(att / "验收报告.pdf", ACCEPTANCE)
    (att / "空文件.pdf").write_bytes(b"")
    encrypted_pdf(att / "加密合同.pdf")
    circular_pages_pdf(att / "循环.pdf")
    claimed_size_png(att / "扫描件.png")
    frame_bomb_tiff(att / "多页.tif")
    (att / "网页.jpg").write_text("<!DOCTYPE html><html><body>扫描件</body></html>", encoding="utf-8")
    really_jpeg(att / "照片.pdf")
    inner = att / "更多.zip"
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("secret.pdf", b"%PDF-1.4 secret")
        zf.writestr("../../逃逸.pdf", b"%PDF-1.4 x")
        zf.writestr("bomb.pdf", b"\0" * (20 * 1024**2))
    patch_zip_member(inner, "secret.pdf", flag_bits=0x1)
    return folder


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, (Path(folder.name) / path.relative_to(folder)).as_posix())
    return target


def digests(path: Path) -> dict[str, str]:
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture(scope="module")
def submission(tmp_path_factory) -> Path:
    return make_submission(tmp_path_factory.mktemp("hostile") / "申报材料")


def _check_report(report: dict) -> None:
    Draft202012Validator(REPORT_SCHEMA).validate(report)
    docs = {d["path"]: d for d in report["documents"]}
    assert docs["附件/合同.pdf"]["doc_type"] == "contract", docs["附件/合同.pdf"]
    assert docs["附件/验收报告.pdf"]["doc_type"] == "acceptance_report"
    assert docs["附件/合同.pdf"]["fields"]["contract_no"] == "TJZZ-2023-001"
    assert docs["附件/验收报告.pdf"]["linked_contract"] == "TJZZ-2023-001"   # reconciled
    gaps = [g for g in report["gaps"] if g["kind"] == "unreadable_document"]
    for path, (code, words) in HOSTILE.items():
        assert path in docs, (path, sorted(docs))
        issues = docs[path]["errors"]
        assert [i["code"] for i in issues] == [code], (path, issues)
        assert words in issues[0]["message"] and issues[0]["advice"].startswith("请"), (path, issues)
        assert any(path in g["documents"] for g in gaps), path
    photo = [i["code"] for i in docs["附件/照片.pdf"]["errors"]]
    assert photo[0] == "misnamed"


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_verify_with_hostile_files(submission, tmp_path, as_zip, capsys):
    source = zip_folder(submission, tmp_path / "申报材料.zip") if as_zip else submission
    before = digests(source)
    out = tmp_path / "out"
    code = main(["verify", str(source), "--out", str(out), "--no-cache", "--no-reread", "--workers", "2", "-q"])
    assert code in (0, 1), capsys.readouterr().err   # verified: gaps, but it ran
    _check_report(json.loads((out / "report.json").read_text(encoding="utf-8")))
    assert (out / "report.html").stat().st_size and (out / "gaps.csv").stat().st_size
    assert digests(source) == before            # nothing the applicant gave us was touched


# ---- SIGKILL mid-batch --------------------------------------------------------------------

def _verify_cmd(source: Path, out: Path) -> list[str]:
    return [sys.executable, "-c", "import sys; from pipeline.cli.main import main; sys.exit(main())",
            "verify", str(source), "--out", str(out), "--no-cache", "--no-reread", "--workers", "2", "-q"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.add(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _describe(pid: int) -> str:
    """State and command line of a process, for a failure message."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return f"{state} " + fh.read().replace(b"\0", b" ").decode(errors="replace")[:200]
    except OSError:
        return "gone"


def _kill_when(cmd: list[str], moment) -> tuple[set[int], int | None]:
    """Run cmd, SIGKILL it when moment(pid, started) says so; the workers seen at that time."""
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    workers: set[int] = set()
    while proc.poll() is None:
        workers |= _children(proc.pid)
        if moment(proc.pid, time.monotonic() - started, workers):
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    return workers, proc.wait()


def test_sigkill_leaves_old_or_new_report_and_a_rerun_completes(submission, tmp_path):
    out = tmp_path / "out"
    old_source = tmp_path / "old"
    old_source.mkdir()
    build(old_source / "申报信息.xlsx", standard_sheets(contract_row(1)))
    text_pdf(old_source / "合同.pdf", CONTRACT)
    assert subprocess.run(_verify_cmd(old_source, out), env=_env()).returncode in (0, 1)
    old = (out / "report.json").read_bytes()

    started = time.monotonic()
    assert subprocess.run(_verify_cmd(submission, tmp_path / "timing"), env=_env()).returncode in (0, 1)
    full = time.monotonic() - started

    # a temporary file a killed writer left long ago: removed by the next write
    stale = out / ".report.json.killed.tmp"
    stale.write_text("{half", encoding="utf-8")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))

    def replaced(name: str):
        """True once `name` in out was replaced (atomic writes give it a new inode)."""
        inode = (out / name).stat().st_ino if (out / name).exists() else None
        return lambda pid, t, w: (out / name).exists() and (out / name).stat().st_ino != inode

    moments = [lambda: lambda pid, t, w: t >= 0.3,                # still importing
               lambda: lambda pid, t, w: bool(w),                 # workers started: mid-batch
               *[(lambda f: lambda: lambda pid, t, w: t >= f * full)(f) for f in (0.5, 0.7, 0.9)],
               lambda: replaced("gaps.csv"),                      # written just before report.json
               lambda: replaced("report.json"),
               lambda: replaced("report.html")]
    outcomes = []
    for make_moment in moments:
        moment = make_moment()
        workers, code = _kill_when(_verify_cmd(submission, out), moment)
        data = (out / "report.json").read_bytes()
        if data == old:
            outcomes.append("old")
        else:
            _check_report(json.loads(data))     # complete and valid, never half written
            outcomes.append("new")
        # workers die with the run (death signal), they do not go on reading; a forkserver caught
        # in its start-up imports leaves when they end, so the wait allows a slow machine's import
        deadline = time.monotonic() + 30
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers), (outcomes, {p: _describe(p) for p in workers if _alive(p)})
    # killed mid-batch: the old report stands; killed after its rename: the new one
    assert outcomes[1] == "old" and outcomes[-2:] == ["new", "new"], outcomes
    assert subprocess.run(_verify_cmd(submission, out), env=_env()).returncode in (0, 1)
    _check_report(json.loads((out / "report.json").read_text(encoding="utf-8")))
    assert not stale.exists()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
