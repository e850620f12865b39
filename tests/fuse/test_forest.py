"""Union-find roots."""

from __future__ import annotations

from storyline.fuse.forest import root


def test_forest_root_follows_and_shortens_the_path() -> None:
    owner = [0, 0, 1, 2, 4]
    assert root(owner, 3) == 0 and root(owner, 4) == 4
    assert owner[3] in (0, 1) and owner[2] in (0, 1)  # halved on the way up
