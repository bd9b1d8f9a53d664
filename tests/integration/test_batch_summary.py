"""summary.xlsx and `jinzheng verify-batch`, read back as a reviewer's spreadsheet program would."""

from __future__ import annotations

import copy
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pipeline.report.summary_xlsx import BatchEntry, write_batch_summary
from pipeline.cli.main import main
from pipeline.report.decisions import apply_decisions, make_decision, report_hashes
from helpers.reports import build_sample

SHEETS = ["申报汇总", "缺口明细", "待复核文档"]


def _clean(report: dict) -> dict:
    out = copy.deepcopy(report)
    out["gaps"], out["status"], out["award_tier_wan"] = [], "clean", 250
    for r in out["requirements"]:
        r["status"] = "met"
    for c in out["contracts"]:
        c["status"], c["gaps"] = "verified", []
    for d in out["documents"]:
        for p in d["provenance"].values():
            p["confidence"] = 1.0
            p.pop("review_reason", None)
        d["readable"], d["errors"] = True, []
    return out


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path)


def test_workbook_sheets_headers_rows(sample, tmp_path):
    _, report = sample
    gap = next(g for g in report["gaps"] if g["kind"] == "amount_mismatch")
    decided = apply_decisions(report, [make_decision(gap, "dismiss", "张三", "另有回单", report_hashes(report))])
    entries = [BatchEntry("acme", tmp_path / "acme", report=decided, out_dir=tmp_path / "out" / "acme"),
               BatchEntry("beta", tmp_path / "beta.zip", report=_clean(report), out_dir=tmp_path / "out" / "beta"),
               BatchEntry("broken", tmp_path / "broken.zip", error="broken.zip 不是有效的 zip 压缩包")]
    path = write_batch_summary(entries, tmp_path / "out" / "summary.xlsx")

    frames = pd.read_excel(path, sheet_name=None)
    assert list(frames) == SHEETS
    summary = frames["申报汇总"]
    assert list(summary.columns[:5]) == ["申报材料", "申报单位", "申报总额（万元）", "核实总额（万元）", "奖励档位（万元）"]
    # one column per requirement, headed by its id and title
    headers = [f"{r['id']} {r['title']}" for r in report["requirements"]]
    assert [c for c in summary.columns if c in headers] == headers
    assert "S-total 验收合同总额不低于2500万元" in summary.columns
    assert {"缺口数", "待复核数", "处理状态"} <= set(summary.columns)
    rows = summary.set_index("申报材料")
    assert rows.loc["acme", "申报总额（万元）"] == 500 and rows.loc["acme", "核实总额（万元）"] == 300
    assert rows.loc["acme", "缺口数"] == 4 and rows.loc["acme", "待复核数"] == 0    # the dismissed one no longer counts
    assert rows.loc["acme", "S-evidence 每份合同均有验收合格报告、财务支付证明和采购证明"] == "不满足"
    assert rows.loc["acme", "E-tianjin 申报单位为天津市注册企业"] == "满足"
    assert rows.loc["acme", "处理状态"] == "有缺口"
    assert rows.loc["beta", "奖励档位（万元）"] == 250 and rows.loc["beta", "处理状态"] == "无缺口"
    assert rows.loc["broken", "处理状态"].startswith("失败：") and pd.isna(rows.loc["broken", "缺口数"])

    gaps = frames["缺口明细"]
    assert len(gaps) == len(report["gaps"]) and set(gaps["申报材料"]) == {"acme"}
    assert {"涉及文件", "复核决定", "复核人", "复核理由"} <= set(gaps.columns)
    dismissed = gaps[gaps["类型代码"] == "amount_mismatch"].iloc[0]
    assert dismissed["复核人"] == "张三" and dismissed["涉及文件"] == "回单C2.png"
    assert dismissed["类型"] == "金额不一致" and dismissed["是否计入"] == "不计入（已驳回）"
    # a missing document: the files to look at are the contract's linked evidence
    missing = gaps[gaps["类型代码"] == "missing_acceptance_report"].iloc[0]
    assert missing["涉及文件"] == "合同C2.pdf；回单C2.png"
    assert missing["要求"].startswith("S-evidence 每份合同")
    # most serious first within a submission (severity, then confirmed before needs-review);
    # dismissed gaps after those that count
    acme = gaps[gaps["申报材料"] == "acme"]
    assert list(acme["序号"]) == list(range(1, len(acme) + 1))
    counted = acme[acme["是否计入"] == "计入"]
    assert list(counted["严重程度"]) == sorted(counted["严重程度"], key=["高", "中", "低"].index)
    assert acme.iloc[-1]["类型代码"] == "amount_mismatch"

    review = frames["待复核文档"]
    problems = set(zip(review["文件"], review["问题"]))
    assert ("坏文件.pdf", "文件无法读取") in problems and ("回单C2.png", "交叉校验未通过") in problems
    assert ("回单C1.jpg", "识别置信度低") not in problems
    assert "text_layer" not in set(review["识别方式"].dropna()) and "ocr:tesseract" not in set(review["识别方式"].dropna())

    book = openpyxl.load_workbook(path)
    for name in SHEETS:
        ws = book[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws["A1"].font.bold
        assert all(ws.column_dimensions[c].width >= 8 for c in "ABC")
        # no formulas anywhere
        assert not any(isinstance(c.value, str) and c.value.startswith("=") for row in ws.iter_rows() for c in row)
    assert book["缺口明细"].auto_filter.ref == f"A1:S{len(report['gaps']) + 1}"
    assert book["申报汇总"]["B2"].value == "天津申报科技有限公司"
    # 报告: a hyperlink relative to the workbook (the folder can be moved or copied)
    ws = book["申报汇总"]
    column = [c.value for c in ws[1]].index("报告") + 1
    link = ws.cell(row=2, column=column)
    assert link.value == "acme/report.html" and link.hyperlink.target == "acme/report.html"
    assert ws.cell(row=4, column=column).hyperlink is None          # broken: no report to link


def test_review_sheet_lists_credit_codes_and_uncertain_types(sample, tmp_path):
    _, report = sample
    report = copy.deepcopy(report)
    receipt = next(d for d in report["documents"] if d["path"] == "回单C1.jpg")
    receipt["credit_codes"] = [{"value": "91120116MA06XBQHRX", "file": "回单C1.jpg", "page": 1,
                                "box": [0.1, 0.3, 0.4, 0.32], "text": "91120116MA06XBQHRX",
                                "method": "ocr:tesseract", "confidence": 0.9,
                                "review_reason": "统一社会信用代码校验码不符"}]
    contract = next(d for d in report["documents"] if d["path"] == "合同C2.pdf")
    contract["doc_type_confidence"] = 0.52
    contract["kind_recognised"] = False   # the classifier's own word that it does not know the kind
    path = write_batch_summary([BatchEntry("acme", tmp_path / "acme", report=report, out_dir=tmp_path / "acme")],
                               tmp_path / "summary.xlsx")
    review = pd.read_excel(path, sheet_name="待复核文档")
    code = review[(review["文件"] == "回单C1.jpg") & (review["字段"] == "统一社会信用代码")].iloc[0]
    assert code["问题"] == "交叉校验未通过" and code["说明"] == "统一社会信用代码校验码不符"
    assert code["识别方式"] == "OCR（tesseract）"
    uncertain = review[review["文件"] == "合同C2.pdf"].iloc[0]
    assert uncertain["问题"] == "文档类型不确定" and uncertain["置信度"] == 0.52


def test_empty_batch_still_opens(tmp_path):
    path = write_batch_summary([BatchEntry("x", tmp_path / "x", error="无法打开")], tmp_path / "s.xlsx")
    frames = pd.read_excel(path, sheet_name=None)
    assert list(frames) == SHEETS and frames["缺口明细"].empty


@pytest.fixture
def inbox(tmp_path):
    """An inbox of real bundled submissions: a folder with gaps, a clean zip, a broken zip,
    and a file that is not a submission."""
    from conftest import SAMPLES

    box = tmp_path / "inbox"
    box.mkdir()
    shutil.copytree(SAMPLES / "support_gaps" / "submission", box / "acme")
    clean = SAMPLES / "support_clean" / "submission"
    with zipfile.ZipFile(box / "beta.zip", "w") as zf:
        for path in sorted(clean.rglob("*")):
            if path.is_file():
                zf.write(path, Path("beta") / path.relative_to(clean))
    (box / "broken.zip").write_bytes(b"not a zip")
    (box / "notes.txt").write_text("not a submission", encoding="utf-8")
    return box


def test_verify_batch_command(inbox, tmp_path, capsys, cache_dir):
    box = inbox
    first = tmp_path / "first"
    main(["verify-batch", str(box), "--out", str(first), "-q", "--cache-dir", str(cache_dir)])
    report = json.loads((first / "acme" / "report.json").read_text(encoding="utf-8"))
    gap = next(g for g in report["gaps"] if g["kind"] == "amount_mismatch")
    from pipeline.report.decisions import append_decision, review_file_for, submission_hashes

    append_decision(review_file_for(box / "acme"),
                    make_decision(gap, "dismiss", "张三", "另有回单", submission_hashes(box / "acme")))
    out = tmp_path / "out"
    rc = main(["verify-batch", str(box), "--out", str(out), "--cache-dir", str(cache_dir)])
    assert rc == 2                                         # broken.zip failed; the batch went on
    for name in ("acme", "beta"):
        for file in ("report.json", "gaps.csv", "report.html"):
            assert (out / name / file).is_file(), (name, file)
    assert (out / "broken" / "error.txt").is_file()
    assert not (out / "notes").exists()
    saved = json.loads((out / "acme" / "report.json").read_text(encoding="utf-8"))
    assert next(g for g in saved["gaps"] if g["kind"] == "amount_mismatch")["decision"]["reviewer"] == "张三"
    assert "驳回（不计入）" in (out / "acme" / "report.html").read_text(encoding="utf-8")
    summary = pd.read_excel(out / "summary.xlsx", sheet_name="申报汇总")
    assert list(summary["申报材料"]) == ["acme", "beta", "broken"]
    captured = capsys.readouterr()
    assert "失败：broken" in captured.out
    # a line per submission as it finishes, on stderr (the bar only on a terminal)
    done = [line for line in captured.err.splitlines() if line.startswith("[1/3] acme：")]
    assert len(done) == 1 and "缺口" in done[0] and "文档" in done[0], captured.err
    assert "[3/3] jinzheng: broken 核验失败：" in captured.err and "Traceback" not in captured.err


def test_verify_batch_exit_codes(inbox, tmp_path, cache_dir):
    box = inbox
    cache = ["--cache-dir", str(cache_dir)]
    (box / "broken.zip").unlink()
    assert main(["verify-batch", str(box), "--out", str(tmp_path / "a"), "-q", *cache]) == 1
    shutil.rmtree(box / "acme")
    assert main(["verify-batch", str(box), "--out", str(tmp_path / "b"), "-q", *cache]) == 0
    (box / "beta.zip").unlink()
    assert main(["verify-batch", str(box), "--out", str(tmp_path / "c"), "-q", *cache]) == 2   # nothing to verify
