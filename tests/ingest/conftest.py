"""Ingest test helpers: read inputs and split the results into articles and problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from storyline.config import Config
from storyline.ingest import Problem, read_inputs
from storyline.model import Article

Ingest = Callable[..., tuple[list[Article], list[Problem]]]


@pytest.fixture
def ingest() -> Ingest:
    def run(*inputs: str | Path, config: Config | None = None) -> tuple[list[Article], list[Problem]]:
        items: Sequence[str | Path] = inputs
        results = list(read_inputs(items, config or Config()))
        return ([r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Problem)])

    return run
