"""What the claim-fusion tests share: invented articles analyzed and fused up to corroboration, and lookups."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pytest

from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.model import Article, Claim, Story

STEPS = ("entities", "events", "claims", "corroboration")
Build = Callable[..., Story]


@pytest.fixture(scope="module")
def build(analyzer: Analyzer, resources: Resources, make_article: Callable[..., Article]) -> Build:
    def run(*texts: str, days: tuple[str, ...] = ()) -> Story:
        arts = [make_article(t, id=f"a{i}", outlet=f"Outlet {i}", **({"published": days[i]} if days else {}))
                for i, t in enumerate(texts)]
        analyses = {a.article: a for a in analyzer.analyze_many(arts)}
        ctx = FuseContext(config=Config(fuse_steps=STEPS), resources=resources,
                          articles={a.id: a for a in arts}, analyses=analyses, new=set(analyses))
        return fuse(ctx)

    return run


@pytest.fixture
def encoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the sentence encoder (MiniLM) is asked to encode during the test, in order; it still encodes them."""
    from storyline.analyze.embed import Embedder

    texts: list[str] = []
    encode = Embedder.encode

    def counted(self: Embedder, batch: Sequence[str], batch_size: int = 8) -> np.ndarray:
        texts.extend(batch)
        return encode(self, batch, batch_size)

    monkeypatch.setattr(Embedder, "encode", counted)
    return texts


def claim_by_cue(story: Story, cue: str, article: str | None = None) -> Claim:
    # the cue keeps its auxiliaries and adverbs ("has strongly denied"): match its verb
    hits = [c for c in story.claims if c.cue and c.cue.split()[-1] == cue and (article is None or c.article == article)]
    assert hits, f"no claim with cue {cue!r}: {[(c.article, c.cue) for c in story.claims]}"
    return hits[0]


def links_of(story: Story, kind: str) -> list[tuple[str, str]]:
    return [(lk.from_, lk.to) for lk in story.claim_links if lk.type == kind]
