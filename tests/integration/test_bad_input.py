"""Bad files become a specific issue on that document; the rest of the batch goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.bad_inputs import (circular_pages_pdf, claimed_size_png, deep_pages_pdf, encrypted_pdf,
                        frame_bomb_tiff, many_pages_claim_pdf, owner_only_encrypted_pdf, text_pdf,
                        truncated_pdf)
from pipeline.documents.workers import process_documents
from pipeline.settings import Settings
from pipeline.ingest.submission import SourceFile, sha256_file


def _source(path: Path) -> SourceFile:
    return SourceFile(path, path.name, sha256_file(path), path.stat().st_size)


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    good = text_pdf(d / "good.pdf", ["中标通知书", "致：天津华创工业互联网有限公司", "中标金额：人民币叁佰万元整（¥3,000,000.00）",
                                     "招标人：北京精工机械股份有限公司", "2023年5月8日"])
    (d / "empty.pdf").write_bytes(b"")
    (d / "page.jpg").write_text("<!DOCTYPE html><html><body>扫描件</body></html>", encoding="utf-8")
    (d / "noise.png").write_bytes(b"\x00\x01garbage" * 10)
    jpeg_named_pdf = d / "really_jpeg.pdf"
    from PIL import Image
    Image.new("RGB", (800, 600), "white").save(jpeg_named_pdf, format="JPEG")
    return {
        "good": good,
        "empty": d / "empty.pdf",
        "html": d / "page.jpg",
        "noise": d / "noise.png",
        "truncated": truncated_pdf(d / "truncated.pdf", good),
        "encrypted": encrypted_pdf(d / "encrypted.pdf"),
        "owner_only": owner_only_encrypted_pdf(d / "protected.pdf"),
        "huge_claim": many_pages_claim_pdf(d / "claims_100000_pages.pdf"),
        "jpeg_as_pdf": jpeg_named_pdf,
        "circular": circular_pages_pdf(d / "circular.pdf"),
        "deep": deep_pages_pdf(d / "deep.pdf"),
        "bomb_png": claimed_size_png(d / "scan_30000x30000.png"),
        "bomb_tiff": frame_bomb_tiff(d / "frames.tif"),
    }


EXPECTED = {
    "empty": "empty",
    "html": "unsupported",
    "noise": "unsupported",
    "truncated": "truncated",
    "encrypted": "encrypted",
    "huge_claim": "too_large",
    "circular": "malformed",
    "deep": "malformed",
    "bomb_png": "too_large",
    "bomb_tiff": "too_large",
}

# what each message must say, so the applicant knows what is wrong
WORDS = {
    "empty": "0 字节",
    "html": "网页",
    "truncated": "不完整",
    "encrypted": "密码",
    "huge_claim": "100000 页",
    "circular": "循环引用",
    "deep": "嵌套过深",
    "bomb_png": "900 百万像素",
    "bomb_tiff": "20 帧",
}


def test_each_bad_file_gets_its_own_reason_and_the_batch_goes_on(bad_files):
    names = list(bad_files)
    sources = [_source(bad_files[n]) for n in names]
    docs, stats = process_documents(sources, Settings(cache_dir=None, workers=2))
    by_name = dict(zip(names, docs))
    assert by_name["good"].doc_type == "procurement_proof" and by_name["good"].readable
    assert by_name["owner_only"].readable and by_name["owner_only"].doc_type == "acceptance_report"
    for name, code in EXPECTED.items():
        doc = by_name[name]
        assert not doc.readable, name
        assert [i.code for i in doc.issues] == [code], (name, doc.issues)
        assert doc.issues[0].message and doc.issues[0].advice
        assert doc.issues[0].advice.startswith("请"), (name, doc.issues[0].advice)
        if name in WORDS:
            assert WORDS[name] in doc.issues[0].message, (name, doc.issues[0].message)
    misnamed = [i for i in by_name["jpeg_as_pdf"].issues if i.code == "misnamed"]
    assert misnamed and "JPEG" in misnamed[0].message and ".jpg" in misnamed[0].advice
    assert all(i.advice for d in docs for i in d.issues), [i for d in docs for i in d.issues if not i.advice]


def test_inputs_are_not_modified(bad_files):
    before = {n: sha256_file(p) for n, p in bad_files.items()}
    process_documents([_source(p) for p in bad_files.values()], Settings(cache_dir=None, workers=1))
    assert before == {n: sha256_file(p) for n, p in bad_files.items()}
