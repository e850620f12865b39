"""Fixtures shared by the event tests: the real model's event mentions of a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.model import Article, EventMention
from tests.conftest import analyzer_with


@pytest.fixture(scope="module")
def events_of(resources: Resources, make_article: Callable[..., Article]) -> Callable[[str], list[EventMention]]:
    """The event mentions the baseline, time and events components find in one article's text."""
    an: Analyzer = analyzer_with(resources, "baseline", "time", "events")

    def run(text: str) -> list[EventMention]:
        return list(an.analyze(make_article(text)).events)

    return run
