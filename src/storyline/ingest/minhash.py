"""MinHash sketches of shingle sets and a banded LSH index over them, for near-duplicate candidates.

The sketch is datasketch's (2.x, "affine32" scheme): each shingle's crc32 pre-mixed with the MurmurHash3
finalizer, then ``num_perm`` affine permutations ``a * h + b`` modulo 2**32 (odd ``a``: a bijection) drawn
from ``RandomState(seed)``, the minimum kept per permutation. Two sketches agree on a permutation with
probability the Jaccard similarity of their sets. The index cuts a sketch into ``bands`` of ``rows`` values;
two sketches that agree on a whole band are candidates, ``bands`` and ``rows`` chosen for a Jaccard
threshold as datasketch chooses them (least false positive plus false negative probability, weighted
equally).

Written here rather than imported: datasketch's package imports all its indexes, and through them
scipy.integrate and scipy.optimize (0.17 s of CPU and 16 MB of memory in every run, for two functions).
"""

from __future__ import annotations

import zlib
from collections.abc import Collection
from functools import lru_cache

import numpy as np

_MAX = np.uint32(0xFFFFFFFF)
#: the MurmurHash3 32-bit finalizer: shifts and multipliers
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` of ``num_perm`` affine permutations of 32-bit values, ``a`` odd."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def sketch(items: Collection[bytes], perms: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """The MinHash values (uint32, one per permutation) of a set of byte strings; all 2**32 - 1 when empty."""
    a, b = perms
    if not items:
        return np.full(len(a), _MAX, dtype=np.uint32)
    hv = _fmix(np.fromiter((zlib.crc32(x) for x in items), dtype=np.uint32, count=len(items)).reshape(-1, 1))
    return (hv * a + b).min(axis=0)  # uint32 arithmetic wraps: modulo 2**32


def jaccard(x: np.ndarray, y: np.ndarray) -> float:
    """The Jaccard similarity two sketches estimate: the share of permutations on which they agree."""
    return float(np.count_nonzero(x == y)) / float(len(x))


def _false_positive(threshold: float, bands: int, rows: int, steps: int) -> float:
    s = np.linspace(0.0, threshold, steps)
    return float(np.trapezoid(1.0 - (1.0 - s ** rows) ** bands, s))


def _false_negative(threshold: float, bands: int, rows: int, steps: int) -> float:
    s = np.linspace(threshold, 1.0, steps)
    return float(np.trapezoid((1.0 - s ** rows) ** bands, s))


@lru_cache(maxsize=8)
def band_params(threshold: float, num_perm: int, steps: int = 2001) -> tuple[int, int]:
    """(bands, rows), ``bands * rows <= num_perm``, with the least false positive plus false negative
    probability at ``threshold`` (the integrals of the banding curve below and above it)."""
    best, out = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            error = 0.5 * _false_positive(threshold, bands, rows, steps) \
                + 0.5 * _false_negative(threshold, bands, rows, steps)
            if error < best:
                best, out = error, (bands, rows)
    return out


class LSH:
    """Keys by band of their sketch: :meth:`query` gives the keys that agree with a sketch on a whole band."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.num_perm = num_perm
        self.bands, self.rows = band_params(threshold, num_perm)
        self.tables: list[dict[bytes, set[str]]] = [{} for _ in range(self.bands)]

    def _keys(self, values: np.ndarray) -> list[bytes]:
        if len(values) != self.num_perm:
            raise ValueError(f"expected a sketch of {self.num_perm} values, got {len(values)}")
        return [values[k * self.rows:(k + 1) * self.rows].tobytes() for k in range(self.bands)]

    def insert(self, key: str, values: np.ndarray) -> None:
        for band, table in zip(self._keys(values), self.tables, strict=True):
            table.setdefault(band, set()).add(key)

    def query(self, values: np.ndarray) -> set[str]:
        out: set[str] = set()
        for band, table in zip(self._keys(values), self.tables, strict=True):
            out |= table.get(band, set())
        return out
