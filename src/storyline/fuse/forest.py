"""Union-find over list indices, shared by the fusion steps that grow clusters under their own rules."""

from __future__ import annotations


def root(owner: list[int], i: int) -> int:
    """The representative of ``i`` in the forest ``owner`` (``owner[k] == k`` at a root), halving the path."""
    while owner[i] != i:
        owner[i] = owner[owner[i]]
        i = owner[i]
    return i
