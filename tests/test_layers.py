"""The package's floor plan, enforced: layers only import downwards, no cycles, every module imports alone.

Layers, bottom up (a module imports its own layer and the ones below):

    base      model, config, timevalues, lexicons, schema
    ingest    files -> Articles
    analyze   per-article components
    fuse      cross-document steps
    store     the Store protocol and its backends (the only code that speaks SQL)
    present   timeline, briefing, graph exports
    web       API and pages
    top       cli, run, scale

``eval`` may import anything; nothing imports ``eval`` (the CLI names its scorers as strings). Every import
counts: module level, inside functions and under ``TYPE_CHECKING`` (a function-level import that would
close a cycle is still a cycle).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

import storyline

PACKAGE = Path(storyline.__file__).parent
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("storyline", "storyline.model", "storyline.config", "storyline.timevalues", "storyline.lexicons",
              "storyline.schema")),
    ("ingest", ("storyline.ingest",)),
    ("analyze", ("storyline.analyze",)),
    ("fuse", ("storyline.fuse",)),
    ("store", ("storyline.store",)),
    ("present", ("storyline.present",)),
    ("web", ("storyline.web",)),
    ("top", ("storyline.cli", "storyline.run", "storyline.scale")),
]
RANK = {name: i for i, (name, _) in enumerate(LAYERS)}


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = modules()


def layer_of(module: str) -> str | None:
    """The layer of a module: the longest listed prefix (``eval`` for the scorers, None when unplaced)."""
    if module == "storyline.eval" or module.startswith("storyline.eval."):
        return "eval"
    best = None
    for name, prefixes in LAYERS:
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and (best is None or len(p) > len(best[1])):
                best = (name, p)
    return best[0] if best else None


def imports(path: Path) -> Iterator[tuple[str, int]]:
    """Every ``storyline`` module a file imports, at any level, with the line (names resolved to modules)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "storyline":
                continue
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                yield (full if full in MODULES else node.module), node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "storyline":
                    yield alias.name, node.lineno


def third_party(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
    return found


def test_layers_every_module_has_a_layer() -> None:
    unplaced = [m for m in MODULES if layer_of(m) is None]
    assert not unplaced, f"place these modules in LAYERS (tests/test_layers.py and ARCHITECTURE.md): {unplaced}"


def test_layers_imports_only_go_down() -> None:
    wrong = []
    for module, path in MODULES.items():
        mine = layer_of(module)
        for target, line in imports(path):
            theirs = layer_of(target)
            if theirs == "eval" and mine != "eval":
                wrong.append(f"{path.name}:{line} {module} imports {target}: nothing imports eval")
            elif mine != "eval" and theirs is not None and mine is not None and RANK[theirs] > RANK[mine]:
                wrong.append(f"{path.name}:{line} {module} ({mine}) imports {target} ({theirs}), a higher layer")
    assert not wrong, "\n".join(wrong)


def test_layers_no_import_cycles() -> None:
    graph = nx.DiGraph()
    for module, path in MODULES.items():
        for target, _ in imports(path):
            if target != module and target in MODULES:
                graph.add_edge(module, target)
    cycles = list(nx.simple_cycles(graph))
    assert not cycles, f"import cycles (at any level): {cycles}"


def test_layers_only_the_store_speaks_sql() -> None:
    for module, path in MODULES.items():
        if layer_of(module) != "store":
            assert "sqlalchemy" not in third_party(path), f"{module} imports SQLAlchemy: add a Store method instead"
        if layer_of(module) == "web":
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.ImportFrom) else [])
                target = node.module if isinstance(node, ast.ImportFrom) else None
                if isinstance(node, ast.Import):
                    assert not any(a.name.startswith("storyline.store") for a in node.names), path.name
                elif target and target.startswith("storyline.store"):
                    assert target == "storyline.store.base" or (target == "storyline.store" and names == [
                        "open_store"]), f"{path.name}:{node.lineno} the web reads the store through " \
                                        f"storyline.store.base (and open_store), not {target} {names}"


def test_layers_every_module_imports_alone() -> None:
    """Each module imported first, with no other ``storyline`` module loaded (one fresh interpreter; the
    package's modules are dropped from ``sys.modules`` before each, third-party libraries stay loaded)."""
    script = """
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "storyline" or m.startswith("storyline.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ": " + traceback.format_exc(limit=3))
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""
    names = [m for m in MODULES if not m.endswith("__main__")]
    result = subprocess.run([sys.executable, "-c", script, *names], capture_output=True, text=True, timeout=600,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("module", "layer"), [("storyline.store.sql", "store"), ("storyline.eval.ner", "eval"),
                                               ("storyline.lexicons.titles", "base"), ("storyline.cli", "top")])
def test_layers_placement(module: str, layer: str) -> None:
    assert layer_of(module) == layer
