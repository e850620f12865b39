"""The source a few definitions depend on: what a version of stored derived data must hash.

A store keeps data made by code (the entity blocking keys of :func:`storyline.fuse.entities.entity_keys`) with a
version of that code; data of another version is made again, at a cost that grows with the store. Hashing whole
modules makes every edit of them a new version; :func:`closure` gives the part that can change the data: the
module-level definitions (functions, classes, assignments) the roots name, and those these name, transitively,
across the package's modules:

- a name's every definition counts (an assignment, an augmented one, a ``def`` with its decorators and
  defaults), and so does every module-level statement of a module reached that is neither a definition nor an
  import (a loop or a call that may change a definition after it is made), and of the packages holding it
  (their ``__init__``, run first);
- a name imported from a module of the package is followed there (``from storyline.lexicons.titles import
  X``: the definition of ``X`` in that module); a module of the package bound as a name (``import
  storyline.x as m``, ``from storyline.analyze.names import keys``) is read whole.

Names are read statically (``ast``; the names of a function's annotations aside, which are never evaluated
under ``from __future__ import annotations``), so the closure over-approximates what runs (every name a kept
definition mentions is followed, taken or not): safe for a version. What it cannot see is code reached
through a value that no kept definition names (a method of another module's class whose object is passed
in): ``tests/test_source_closure.py`` traces the key functions to check that everything they run is kept.
"""

from __future__ import annotations

import ast
import gc
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "storyline"
_ROOT = Path(__file__).resolve().parent


def _module_file(module: str, root: Path = _ROOT) -> Path | None:
    """The file of a module of the package at ``root`` (``storyline.a.b``), or None (another package, or none)."""
    if module != PACKAGE and not module.startswith(PACKAGE + "."):
        return None
    base = root.joinpath(*module.split(".")[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


@dataclass
class _Module:
    path: Path
    defs: dict[str, list[ast.stmt]] = field(default_factory=dict)
    imports: dict[str, set[tuple[str, str | None]]] = field(default_factory=dict)  # name -> (module, its name)
    always: list[ast.stmt] = field(default_factory=list)


def _parse(module: str, root: Path) -> _Module | None:
    path = _module_file(module, root)
    if path is None:
        return None
    out = _Module(path)
    for k, node in enumerate(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.defs.setdefault(node.name, []).append(node)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name):
                        out.defs.setdefault(n.id, []).append(node)
        elif isinstance(node, ast.Import):
            for a in node.names:  # (``import a.b`` binds ``a``, and reaches ``a.b``)
                out.imports.setdefault(a.asname or a.name.split(".")[0], set()).add((a.name, None))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package of this module
                parts = module.split(".")[:len(module.split(".")) - node.level + (path.name == "__init__.py")]
                base = ".".join([*parts, base] if base else parts)
            for a in node.names:
                sub = f"{base}.{a.name}"
                got = (sub, None) if _module_file(sub, root) is not None else (base, a.name)
                out.imports.setdefault(a.asname or a.name, set()).add(got)
        elif not (k == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):  # (docstring)
            out.always.append(node)
    return out


def _names(node: ast.AST) -> list[str]:
    """The names a statement mentions, but those of its functions' annotations."""
    skip: set[int] = set()
    for n in ast.walk(node):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = n.args
            for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if a is not None and a.annotation is not None:
                    skip.update(id(x) for x in ast.walk(a.annotation))
            if n.returns is not None:
                skip.update(id(x) for x in ast.walk(n.returns))
    return [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and id(n) not in skip]


def closure(module: str, roots: Sequence[str], root: Path = _ROOT) -> dict[Path, list[ast.stmt]]:
    """The statements the ``roots`` of ``module`` depend on, per file of the package (each in file order);
    ``root``: the package's folder."""
    parsed: dict[str, _Module | None] = {}
    kept: dict[Path, dict[int, ast.stmt]] = {}
    todo: list[tuple[str, str | None]] = []  # (module, name); None: the whole module

    def visit(m: str) -> _Module | None:
        if m not in parsed:
            info = parsed[m] = _parse(m, root)
            if info is not None:
                keep = kept.setdefault(info.path, {})
                for node in info.always:
                    keep[id(node)] = node
                    todo.extend((m, n) for n in _names(node))
                parts = m.split(".")
                todo.extend((".".join(parts[:k]), "") for k in range(1, len(parts)))  # its packages run first
        return parsed[m]

    first = visit(module)
    if first is None:
        raise ValueError(f"{module}: not a module of {PACKAGE}")
    unknown = [r for r in roots if r not in first.defs and r not in first.imports]
    if unknown:
        raise ValueError(f"{module}: defines no {', '.join(unknown)}")
    todo.extend((module, r) for r in roots)
    seen: set[tuple[str, str | None]] = set()
    while todo:
        m, name = todo.pop()
        if (m, name) in seen:
            continue
        seen.add((m, name))
        info = visit(m)
        if info is None or name == "":
            continue
        names = list(info.defs) if name is None else [name]
        for n in names:
            for node in info.defs.get(n, ()):
                if id(node) not in kept[info.path]:
                    kept[info.path][id(node)] = node
                    todo.extend((m, x) for x in _names(node))
            for src, attr in info.imports.get(n, ()) if name is not None else ():
                todo.append((src, attr))
        if name is None:  # a module read whole: what it imports too
            todo.extend(imp for group in info.imports.values() for imp in group)
    return {p: sorted(nodes.values(), key=lambda x: (x.lineno, x.col_offset))
            for p, nodes in sorted(kept.items()) if nodes}


def closure_hash(module: str, roots: Sequence[str], root: Path = _ROOT) -> str:
    """A sha1 of :func:`closure`: each file's path (from the package's folder) and its kept statements' syntax
    trees (``ast.dump``: comments and layout aside). About 0.08 s of CPU for the entity keys (parsing
    ``fuse/entities.py`` most of it), once per process; the collector is held meanwhile (the syntax trees'
    objects set it off and doubled that)."""
    was = gc.isenabled()
    gc.disable()
    try:
        h = hashlib.sha1()
        for path, nodes in closure(module, roots, root).items():
            h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            for node in nodes:
                h.update(ast.dump(node).encode("utf-8") + b"\0")
        return h.hexdigest()
    finally:
        if was:
            gc.enable()
