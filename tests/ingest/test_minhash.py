"""MinHash sketches and the banded LSH index of near-duplicate detection."""

from __future__ import annotations

import numpy as np

from storyline.ingest import minhash


def _set(words: list[str]) -> set[bytes]:
    return {w.encode() for w in words}


def test_permutations_are_odd_multipliers_from_the_seed() -> None:
    a, b = minhash.permutations(64, seed=1)
    assert a.dtype == b.dtype == np.uint32 and len(a) == len(b) == 64
    assert np.all(a % 2 == 1)
    assert np.array_equal(minhash.permutations(64, seed=1)[0], a)
    assert not np.array_equal(minhash.permutations(64, seed=2)[0], a)


def test_sketch_of_nothing_is_the_maximum_and_sketches_ignore_order() -> None:
    perms = minhash.permutations(32)
    assert np.all(minhash.sketch(set(), perms) == 0xFFFFFFFF)
    words = [f"orvani {k}" for k in range(50)]
    assert np.array_equal(minhash.sketch(_set(words), perms), minhash.sketch(_set(words[::-1]), perms))


def test_jaccard_estimate_follows_the_sets() -> None:
    perms = minhash.permutations(256)
    x = _set([f"sarn {k}" for k in range(300)])
    y = _set([f"sarn {k}" for k in range(100, 400)])  # 200 shared of 400: Jaccard 0.5
    est = minhash.jaccard(minhash.sketch(x, perms), minhash.sketch(y, perms))
    assert abs(est - 0.5) < 0.1
    assert minhash.jaccard(minhash.sketch(x, perms), minhash.sketch(x, perms)) == 1.0
    far = minhash.jaccard(minhash.sketch(x, perms), minhash.sketch(_set([f"tolvar {k}" for k in range(300)]), perms))
    assert far < 0.05


def test_band_params_fit_the_threshold() -> None:
    """The banding curve's steepest point, (1/bands)**(1/rows), lies near the threshold asked for, and no
    other split of the permutations has a smaller error."""
    for threshold, num_perm in ((0.3, 128), (0.6, 32)):
        bands, rows = minhash.band_params(threshold, num_perm)
        assert bands * rows <= num_perm and bands >= 2
        assert abs((1 / bands) ** (1 / rows) - threshold) < 0.15

        def error(b: int, r: int, t: float = threshold) -> float:
            return minhash._false_positive(t, b, r, 2001) + minhash._false_negative(t, b, r, 2001)
        assert all(error(bands, rows) <= error(b, r) for b in range(1, num_perm + 1)
                   for r in range(1, num_perm // b + 1))


def test_lsh_proposes_near_copies_only() -> None:
    perms = minhash.permutations(128)
    index = minhash.LSH(threshold=0.3, num_perm=128)
    story = [f"valdora word {k}" for k in range(200)]
    index.insert("a", minhash.sketch(_set(story), perms))
    index.insert("b", minhash.sketch(_set([f"other text {k}" for k in range(200)]), perms))
    assert index.query(minhash.sketch(_set(story[:150]), perms)) == {"a"}  # a copy cut at three quarters
    assert index.query(minhash.sketch(_set([f"unrelated {k}" for k in range(200)]), perms)) == set()
