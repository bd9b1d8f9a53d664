"""`jinzheng explain`: one contract's chain, declared row to gaps, from a report."""

from __future__ import annotations

import copy
import json

import pytest

from pipeline.cli.main import main
from pipeline.report.decisions import make_decision, report_hashes
from pipeline.errors import JinzhengError
from pipeline.report.explain import explain, explain_contract
from helpers.reports import build_sample


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path)


def test_chain_for_a_verified_contract(sample):
    _, report = sample
    text = explain_contract(report, "C-001")
    sections = [text.index(s) for s in ("一、申报信息", "二、证据文件", "三、检查与缺口")]
    assert sections == sorted(sections)
    assert "申报金额：3,000,000.00 元" in text and "核实状态：已核实" in text
    assert "[合同] 合同C1.pdf   关联依据：合同编号、客户名称、金额" in text
    # values with provenance: file p.N box, raw text, method, confidence, checks
    assert "金额 = 3,000,000.00 元   ← 合同C1.pdf p.1 box(0.500,0.300,0.700,0.330)  原文「¥3,000,000.00」" \
        "  文本层  置信度 1.0" in text
    assert "校验：大写与小写金额一致" in text
    assert "第 2 页" in text and "日期 = 2023-03-01" in text
    assert "客户（甲方） = 天津甲公司   ← 合同C1.pdf p.1 无位置" in text
    assert "中小企业划型有误" in text          # its only gap, informational


def test_chain_with_gaps_and_missing_evidence(sample):
    _, report = sample
    text = explain_contract(report, "c-002 ")         # spacing and case are forgiven
    assert "[验收报告] 未提供" in text and "[采购证明] 未提供" in text
    assert "置信度 0.3（偏低）" in text and "需复核：大写金额与小写金额不一致" in text
    assert "✗ [确认] 缺验收报告" in text
    assert "? [待复核] 金额不一致" in text and "复核原因：回单C2.png" in text


def test_decision_shown(sample):
    _, report = sample
    from pipeline.report.decisions import apply_decisions

    gap = next(g for g in report["gaps"] if g["kind"] == "amount_mismatch")
    out = apply_decisions(report, [make_decision(gap, "dismiss", "张三", "另有回单", report_hashes(report))])
    text = explain_contract(out, "C-002")
    assert "（已驳回，不计入）" in text and "张三" in text and "理由：另有回单" in text


def test_unknown_contract_lists_the_declared_ones(sample):
    _, report = sample
    with pytest.raises(JinzhengError) as err:
        explain_contract(report, "C-999")
    assert "C-001" in str(err.value) and "C-002" in str(err.value)


def test_explain_command_with_report(sample, tmp_path, capsys):
    sub, report = sample
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    assert main(["explain", str(sub), "C-002", "--report", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("合同 C-002 —— 天津乙公司") and "三、检查与缺口" in out
    assert main(["explain", str(sub), "NOPE", "--report", str(tmp_path)]) == 2
    assert "C-001" in capsys.readouterr().err


def _with_items(report):
    """The sample as an assessment report: two declared local suppliers, one without its
    subcontract (the first one's "document" is the sample's procurement proof)."""
    out = copy.deepcopy(report)
    out["assessment_passed"], out["award_tier_wan"] = False, None
    out["requirements"].append({
        "id": "A-local-suppliers", "title": "考核期内在天津培养2家以上天津本地化配套供应商（提供分包合同）",
        "status": "not_met", "measured": 1, "threshold": 2,
        "details": ["「天津甲配套有限公司」→ 采购C1.pdf：符合", "「天津乙配套有限公司」→ 未找到文件：不符合"]})
    out["gaps"].append({"kind": "missing_subcontract", "requirement": "A-local-suppliers", "severity": 3,
                        "status": "confirmed", "contract_no": "FB-1", "customer": None,
                        "supplier": "天津乙配套有限公司", "documents": ["申报信息.xlsx"],
                        "message": "本地配套供应商「天津乙配套有限公司」未找到分包合同「FB-1」", "details": []})
    return out


def test_explain_an_assessment_item(sample):
    _, report = sample
    report = _with_items(report)
    text = explain(report, "天津甲配套有限公司")
    assert text.startswith("考核事项「天津甲配套有限公司」 —— A-local-suppliers")
    assert "核验结论：符合" in text and "[采购证明] 采购C1.pdf" in text
    assert "合同编号 = C-001   ← 采购C1.pdf p.1" in text and "✓ 未发现缺口" in text
    # by the subcontract number of its gap; the missing document and the gap are shown
    text = explain(report, "FB-1")
    assert "「天津乙配套有限公司」" in text and "未找到文件" in text and "✗ [确认] 缺分包合同" in text
    # a contract number still gives the contract's chain
    assert explain(report, "C-001").startswith("合同 C-001")
    with pytest.raises(JinzhengError) as err:
        explain(report, "无此事项")
    assert "天津甲配套有限公司" in str(err.value) and "C-001" in str(err.value)


@pytest.mark.parametrize("module", ["pipeline", "pipeline.cli", "pipeline.cli.main"])
def test_python_dash_m_has_every_command(module):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    for name in ("verify", "verify-batch", "explain", "review", "eval", "nightly", "gaps"):
        assert name in run.stdout, name
    run = subprocess.run([sys.executable, "-m", module, "explain", "--help"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0 and "CONTRACT_NO" in run.stdout, run.stderr


def test_a_missing_command_module_is_an_error(monkeypatch, capsys):
    import pipeline.cli.main as cli
    from pipeline.errors import EXIT_CANNOT_RUN, EnvironmentProblem

    monkeypatch.setattr(cli, "EXTENSION_MODULES", (*cli.EXTENSION_MODULES, "pipeline.no_such_commands"))
    with pytest.raises(EnvironmentProblem, match="pipeline.no_such_commands"):
        cli._load_extensions()
    assert cli.main(["verify", "--help"]) == EXIT_CANNOT_RUN
    assert "pipeline.no_such_commands" in capsys.readouterr().err
