"""source_closure: the definitions a few roots depend on, and the entity-key version made from them."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

import pytest

import storyline
from storyline.analyze.names.keys import folded_key
from storyline.fuse import entities as ents
from storyline.model import Entity
from storyline.source_closure import closure, closure_hash

KEYS = '''"""a module"""
import re

from storyline import lexicon
from storyline.other import helper

WORD = re.compile(r"\\w+")
KINDS = {"a", "b"}
KINDS |= {"c"}
UNUSED = 3


def key(text):  # the root
    return {w for w in WORD.findall(text) if _keep(w)}


def _keep(word):
    return word not in lexicon.STOP and helper(word) and word[:1] in KINDS


def elsewhere(text):
    return text.upper() + str(UNUSED)
'''


def _package(tmp_path: Path, keys: str = KEYS, lexicon: str = "STOP = {'the'}\n",
             other: str = "def helper(w):\n    return True\n") -> Path:
    root = tmp_path / "storyline"
    root.mkdir(exist_ok=True)
    for name, text in (("__init__.py", ""), ("keys.py", keys), ("lexicon.py", lexicon), ("other.py", other),
                       ("unrelated.py", "X = 1\n")):
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_closure_follows_the_names_the_roots_use(tmp_path: Path) -> None:
    root = _package(tmp_path)
    kept = closure("storyline.keys", ["key"], root)
    assert [p.name for p in kept] == ["keys.py", "lexicon.py", "other.py"]
    nodes = kept[root / "keys.py"]
    assert {getattr(n, "name", None) for n in nodes} - {None} == {"key", "_keep"}  # (not elsewhere)
    assert len(nodes) == 5  # key, _keep, WORD, KINDS and its augmented assignment (not UNUSED)
    with pytest.raises(ValueError):
        closure("storyline.keys", ["nothing"], root)


@pytest.mark.parametrize("edit", [
    ("word[:1] in KINDS", "word[:2] in KINDS"),  # a helper the root calls
    ('KINDS |= {"c"}', 'KINDS |= {"d"}'),  # data it reads, changed after its definition
    ('r"\\w+"', 'r"\\w*"'),  # a pattern it reads
])
def test_an_edit_the_roots_reach_changes_the_hash(tmp_path: Path, edit: tuple[str, str]) -> None:
    before = closure_hash("storyline.keys", ["key"], _package(tmp_path))
    assert edit[0] in KEYS
    assert closure_hash("storyline.keys", ["key"], _package(tmp_path, KEYS.replace(*edit))) != before


@pytest.mark.parametrize("edit", [
    ("text.upper()", "text.lower()"),  # a function the roots never name
    ("UNUSED = 3", "UNUSED = 4"),
    ("# the root", "# the only root"),  # a comment
])
def test_an_edit_elsewhere_keeps_the_hash(tmp_path: Path, edit: tuple[str, str]) -> None:
    before = closure_hash("storyline.keys", ["key"], _package(tmp_path))
    assert edit[0] in KEYS
    assert closure_hash("storyline.keys", ["key"], _package(tmp_path, KEYS.replace(*edit))) == before


def test_imported_names_are_followed_and_a_module_bound_as_a_name_read_whole(tmp_path: Path) -> None:
    before = closure_hash("storyline.keys", ["key"], _package(tmp_path))
    assert closure_hash("storyline.keys", ["key"], _package(tmp_path, lexicon="STOP = {'a'}\n")) != before
    # ``lexicon`` is bound as a module: all of it counts; ``helper`` is imported by name: it alone counts
    assert closure_hash("storyline.keys", ["key"], _package(tmp_path, lexicon="STOP = {'the'}\nY = 2\n")) != before
    helper = "def helper(w):\n    return True\n"
    assert closure_hash("storyline.keys", ["key"], _package(tmp_path, other=helper.replace("True", "1"))) != before
    assert closure_hash("storyline.keys", ["key"], _package(tmp_path, other=helper + "def more():\n    return 2\n")) \
        == before
    assert closure_hash("storyline.keys", ["key"], _package(tmp_path, other=helper + "print('loaded')\n")) != before
    root = _package(tmp_path)
    (root / "unrelated.py").write_text("X = 2\n", encoding="utf-8")
    assert closure_hash("storyline.keys", ["key"], root) == before


def _varied_entities() -> list[Entity]:
    """Entities of every kind the keys read differently: persons with titles, initials and particles, bodies with
    owners and acronyms, places, nationalities, a name opening with a nationality word."""
    rows = [("PERSON", {"President Anna Velasquez-Moro": 2, "Velasquez-Moro": 3}),
            ("PERSON", {"J. R. de la Fuente": 1, "de la Fuente": 2}), ("PERSON", {"Seok-pyeol Han": 1}),
            ("ORG", {"Tolvar Ministry of Water": 2, "TMW": 1, "the ministry": 1}),
            ("ORG", {"Corvish Workers' Union": 1}), ("GPE", {"Lorvania": 4, "Lorvanian Republic": 1}),
            ("NORP", {"Lorvanian": 2}), ("ORG", {"French Football Federation": 1}), ("LOC", {"Orsk Valley": 1}),
            ("FAC", {"Sarn Central Station": 1}), ("ORG", {"United Nations": 3, "UN": 2})]
    return [Entity(id=f"ent:{k}", name=max(a, key=lambda x: a[x]), type=t, aliases=a)
            for k, (t, a) in enumerate(rows)]


def test_entity_key_version_reaches_what_the_key_functions_run() -> None:
    # every function of the package that entity_keys and folded_key run is in the version: a definition of
    # fuse/entities.py the closure keeps, or a file it reads whole (a key function that calls something the
    # closure misses, through a value no definition names, fails here)
    assert ents.entity_keys_version() == closure_hash(ents.__name__, ents.KEY_FUNCTIONS)
    kept = closure(ents.__name__, ents.KEY_FUNCTIONS)
    spans = {path: [(min([n.lineno, *(d.lineno for d in getattr(n, "decorator_list", ()))]), n.end_lineno or n.lineno)
                    for n in nodes] for path, nodes in kept.items()}  # (a decorated function starts at a decorator)
    package = Path(storyline.__file__).resolve().parent
    ran: set[CodeType] = set()

    def spy(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            ran.add(frame.f_code)

    entities = _varied_entities()
    sys.setprofile(spy)
    try:
        keys = [ents.entity_keys(e) for e in entities]
        folds = [folded_key(a) for e in entities for a in e.aliases]
    finally:
        sys.setprofile(None)
    assert all(keys) and all(folds)
    ours = Counter[str]()
    for code in ran:
        path = Path(code.co_filename).resolve()
        if package not in path.parents:
            continue
        ours[path.name] += 1
        assert any(lo <= code.co_firstlineno <= hi for lo, hi in spans.get(path, ())), (path, code.co_qualname)
    assert ours["entities.py"] >= 5 and ours["keys.py"] >= 3  # (the trace saw the key functions and name keys run)
