"""「文档 N 份（…）」 adds up: every file the report lists is new, from the cache, a copy of
another file, or refused before it was opened; the unreadable ones are named as a share.

A small hand-made submission of text PDFs (no OCR): a contract, its copy under another name, a
truncated PDF and a zip member that would escape the folder."""

from __future__ import annotations

import zipfile
from dataclasses import asdict
from pathlib import Path

from helpers.bad_inputs import text_pdf, truncated_pdf
from helpers.workbooks import build, contract_row, standard_sheets
from pipeline.report.vocabulary import document_count_text
from pipeline.results.verify import verify_submission
from pipeline.settings import Settings

CONTRACT = ["技术服务合同", "合同编号：TJZZ-2023-001", "甲方（委托方）：天津某某机械有限公司",
            "乙方（服务方）：天津智造科技有限公司", "合同金额：人民币叁佰万元整（¥3,000,000.00）",
            "签订日期：2023年3月1日"]


def _submission(folder: Path) -> Path:
    att = folder / "附件"
    att.mkdir(parents=True)
    build(folder / "申报信息.xlsx", standard_sheets(contract_row(1)))
    text_pdf(att / "合同.pdf", CONTRACT)
    (att / "合同副本.pdf").write_bytes((att / "合同.pdf").read_bytes())     # the same bytes again
    truncated_pdf(att / "截断.pdf", att / "合同.pdf")
    with zipfile.ZipFile(att / "更多.zip", "w") as zf:
        zf.writestr("../../逃逸.pdf", b"%PDF-1.4 x")                    # refused, never opened
    return folder


def _parts(stats: dict) -> int:
    return stats["processed"] + stats["cache_hits"] + stats["duplicates"] + stats["refused"]


def test_every_document_is_accounted_for_cold_and_cached(tmp_path):
    source = _submission(tmp_path / "申报材料")
    settings = Settings(cache_dir=tmp_path / "cache", workers=1)

    verification, stats = verify_submission(source, settings)
    cold = asdict(stats)
    assert cold["documents"] == len(verification.documents) == 4     # what report.json lists
    assert (cold["processed"], cold["cache_hits"], cold["duplicates"], cold["refused"]) == (2, 0, 1, 1)
    assert _parts(cold) == cold["documents"]
    assert cold["unreadable"] == 2                       # the truncated PDF and the refused member
    assert document_count_text(cold) == "文档 4 份（新处理 2，缓存命中 0，与其他文件内容相同 1，拒收未打开 1；其中未能读取 2）"

    _, stats = verify_submission(source, settings)
    cached = asdict(stats)
    assert _parts(cached) == cached["documents"] == 4
    assert (cached["processed"], cached["cache_hits"]) == (0, 3)
    assert document_count_text(cached) == "文档 4 份（新处理 0，缓存命中 3，拒收未打开 1；其中未能读取 2）"


def test_the_count_line_leaves_out_empty_parts_but_never_the_two_of_the_contract():
    assert document_count_text({"documents": 60, "processed": 0, "cache_hits": 60}) == \
        "文档 60 份（新处理 0，缓存命中 60）"
