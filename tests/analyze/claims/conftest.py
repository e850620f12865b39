"""What the claims tests share: claims of an invented text through the real analyzer, and a lookup by content."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.model import Article, Claim

Claims = Callable[[str], list[Claim]]


@pytest.fixture(scope="module")
def claims_of(analyzer: Analyzer, make_article: Callable[..., Article]) -> Claims:
    def run(text: str) -> list[Claim]:
        return list(analyzer.analyze(make_article(text)).claims)

    return run


def with_words(claims: list[Claim], words: str) -> Claim:
    """The first claim whose content holds ``words`` (fails, listing the claims, when none does)."""
    hits = [c for c in claims if words in c.content]
    assert hits, f"no claim containing {words!r} in {[(c.cue, c.content) for c in claims]}"
    return hits[0]
