"""The package's imports run one way: no module of pipeline/, flows/ or tools/ is part of an import
circle, and no stage imports a later stage. Read from the source (AST), nothing imported."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# stages in the order a submission travels; a module may import its own stage or earlier ones
STAGES = ("parsing", "catalogs", "ingest", "read", "extract", "documents", "reconcile",
          "requirements", "report", "results", "cli")


def _modules() -> dict[str, Path]:
    mods = {}
    for top in ("pipeline", "flows", "tools"):
        for path in (ROOT / top).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            mods[".".join(parts)] = path
    return mods


def import_graph() -> dict[str, set[str]]:
    """module -> the package modules it imports anywhere in its body (lazy imports included)."""
    mods = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        is_pkg = path.name == "__init__.py"
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = name.split(".") if is_pkg else name.split(".")[:-1]
                    base = base[:len(base) - node.level + 1]
                    prefix = ".".join(base + ([node.module] if node.module else []))
                else:
                    prefix = node.module or ""
                targets = [prefix] + [f"{prefix}.{a.name}" for a in node.names]
            for target in targets:
                # importing a.b.c runs a/__init__ and a/b/__init__ too
                parts = target.split(".")
                for i in range(1, len(parts) + 1):
                    dep = ".".join(parts[:i])
                    if dep in mods and dep != name and not name.startswith(dep + "."):
                        deps.add(dep)
        graph[name] = deps
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_is_part_of_an_import_circle():
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _stage(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] == "pipeline" and len(parts) > 1 and parts[1] in STAGES:
        return STAGES.index(parts[1])
    return None


def test_stages_import_only_their_own_or_earlier_stages():
    backwards = []
    for module, deps in import_graph().items():
        here = _stage(module)
        if here is None:
            continue
        for dep in deps:
            there = _stage(dep)
            if there is not None and there > here:
                backwards.append(f"{module} -> {dep}")
    assert backwards == []


def test_shared_modules_import_no_stage():
    """models, errors, settings, serialize, atomic and fingerprints sit under every stage."""
    graph = import_graph()
    shared = [m for m in graph if m.count(".") == 1 and m.startswith("pipeline.") and _stage(m) is None
              and m not in ("pipeline.__main__",)]
    assert shared
    leaks = [f"{m} -> {d}" for m in shared for d in graph[m] if _stage(d) is not None]
    assert leaks == []
