"""Quality gate (like trafilatura's eval_gate): every public-dataset score stays at or above its floor.

Floors live in ``tests/eval/floors.json`` beside this file; each names the
dataset under ``../shared/eval`` (with ``args`` for ``main``, e.g. the ECB+
``split``: the gate scores the usual development topics, a subset of the
full set the README reports, to bound its cost), dotted keys into the figures
``main`` returns, and pairs that must stay ordered (ours above the baseline).
A floor is lowered only in a commit that says why.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_data

# sections without a public dataset (the examples gold) are checked by their own test
FLOORS = {name: spec for name, spec in json.loads((Path(__file__).with_name("floors.json")).read_text()).items()
          if "dataset" in spec}


def dig(figures: dict[str, Any], key: str) -> float:
    """Follow a dotted path; a key that itself holds dots ("TF-IDF >= 0.2") is matched whole."""
    node: Any = figures
    parts = key.split(".")
    while parts:
        for n in range(len(parts), 0, -1):  # longest key first
            name = ".".join(parts[:n])
            if isinstance(node, dict) and name in node:
                node, parts = node[name], parts[n:]
                break
        else:
            raise KeyError(f"{key!r}: no {parts[0]!r} in {sorted(node) if isinstance(node, dict) else node!r}")
    return float(node)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gate_scores_stay_above_floors(name: str, tmp_path: Path) -> None:
    spec = FLOORS[name]
    data = shared_data("eval", *Path(spec["dataset"]).parts)
    figures = importlib.import_module(spec["module"]).main(data, json_out=tmp_path / "figures.json",
                                                           **spec.get("args", {}))
    assert json.loads((tmp_path / "figures.json").read_text())  # the JSON report is written
    low = {key: (dig(figures, key), floor) for key, floor in spec["floors"].items() if dig(figures, key) < floor}
    assert not low, f"{name}: below floor (got, floor): {low}"
    for better, worse in spec.get("above", []):
        assert dig(figures, better) > dig(figures, worse), f"{name}: {better} is not above {worse}"
