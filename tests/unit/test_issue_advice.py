"""Every document issue the code can raise tells the applicant what to upload instead."""

from __future__ import annotations

import ast
from pathlib import Path

PIPELINE = Path(__file__).resolve().parents[2] / "pipeline"


def _text(node: ast.AST | None) -> str | None:
    """The literal text of a str constant or f-string (placeholders dropped); None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):           # "..." + "..."
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def _issue_calls():
    for path in sorted(PIPELINE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name == "DocumentIssue":
                advice = node.args[2] if len(node.args) > 2 else next(
                    (k.value for k in node.keywords if k.arg == "advice"), None)
            elif name in ("DocumentError", "_MemberError"):
                advice = next((k.value for k in node.keywords if k.arg == "advice"), None)
                if name == "_MemberError" and len(node.args) > 2:
                    advice = node.args[2]
            else:
                continue
            yield f"{path.relative_to(PIPELINE)}:{node.lineno}", name, node, advice


def test_every_issue_has_advice():
    calls = list(_issue_calls())
    assert len(calls) > 30          # the scan does find them
    missing = []
    for where, name, node, advice in calls:
        if name == "DocumentIssue" and node.args and isinstance(node.args[0], ast.Name):
            continue                # re-wraps an error's own code/reason/advice (checked there)
        if advice is None:
            if name != "DocumentError":     # DocumentError falls back to general advice
                missing.append(where)
            continue
        text = _text(advice)
        if text is not None and not text.strip():
            missing.append(where)
    assert not missing, missing


def test_literal_advice_says_what_to_do():
    for where, _, _, advice in _issue_calls():
        text = _text(advice)
        if text:
            assert "请" in text, (where, text)


def test_document_error_without_advice_still_advises():
    from pipeline.errors import DocumentError

    assert DocumentError("页面图像无法写出").advice.startswith("请")
