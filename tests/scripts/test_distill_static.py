"""The pieces of scripts/distill_static.py (the full rebuild runs MiniLM over the vocabulary: minutes)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "distill_static.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("distill_static", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_distill_pca_is_unique_and_keeps_the_main_directions() -> None:
    ds = _script()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 6)) * np.array([5.0, 3.0, 1.0, 0.5, 0.2, 0.1])
    a = ds.pca(x, 2)
    b = ds.pca(-x, 2)  # a mirrored table gives the same components up to the fixed sign convention
    assert a.shape == (200, 2)
    assert np.allclose(np.abs(a), np.abs(b))
    assert a[:, 0].var() > a[:, 1].var() > 0
    assert np.allclose(ds.pca(x, 2), a)  # deterministic


def test_distill_quantize_round_trip_and_sif_order() -> None:
    ds = _script()
    x = np.array([[0.5, -1.0, 0.25], [0.0, 0.0, 0.0], [3.0, 2.0, -6.0]])
    q, scales = ds.quantize(x)
    assert q.dtype == np.int8 and scales.dtype == np.float32
    assert np.abs(q.astype(np.float32) * scales[:, None] - x).max() <= scales.max() / 2 + 1e-6
    w = ds.sif_weights(1000, 1e-4)
    assert 0 < w[0] < w[10] < w[999] < 1  # frequent (low-rank) word pieces weigh less
