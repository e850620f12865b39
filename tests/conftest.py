"""Shared fixtures: the real spaCy model and a real analyzer, loaded once per test session.

Tests that need the seeds or the public datasets (``../shared``, next to the repository, not in it) get
their path from :func:`shared_data`, which skips the test with a one-line reason in a clone without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def shared_data(*parts: str) -> Path:
    """``../shared/<parts>`` (seeds, public datasets); skips the calling test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (seeds and datasets live beside the repository)")
    return path


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources(Config())


@pytest.fixture(scope="session")
def nlp(resources: Resources) -> Language:
    return resources.nlp


@pytest.fixture(scope="session")
def analyzer(resources: Resources) -> Analyzer:
    """The full default pipeline (all components)."""
    return Analyzer(Config(), resources).warm_up()


@pytest.fixture(scope="session")
def make_article() -> Callable[..., Article]:
    def make(text: str, id: str = "t1", published: str | None = "2023-03-01", **kw: object) -> Article:
        gran = None
        if published:
            gran = {10: "day", 7: "month", 4: "year"}.get(len(published))
        return Article(id=id, text=text, published=published, published_granularity=gran,  # type: ignore[arg-type]
                       **kw)  # type: ignore[arg-type]

    return make


def analyzer_with(resources: Resources, *components: str) -> Analyzer:
    """An analyzer running only ``components`` (e.g. "baseline", "time") on the shared model."""
    return Analyzer(Config(components=components), resources).warm_up()
