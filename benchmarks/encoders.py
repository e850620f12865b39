"""Fusion with the shipped sentence encoders against MiniLM everywhere, on an analyzed store (read-only).

    python benchmarks/encoders.py STORE.db

Runs every fusion step twice over the same analyses, from scratch: once with
the default ``Config.step_encoders`` (static embedding, MiniLM for close calls)
and once with MiniLM for every step. Prints each step's CPU time, how many texts
MiniLM encoded, and how far the outputs agree: pairs of event mentions put in
one event, pairs of articles put in one story, pairs of entity mentions put in
one entity, and claim links (MiniLM's output is the reference, not a gold).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from itertools import combinations

from storyline.analyze.embed import Embedder
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, get_step
from storyline.model import Story
from storyline.store import open_store

MINILM_EVERYWHERE = (("entities", "minilm"), ("events", "minilm"), ("claims", "minilm"), ("stories", "minilm"))


class CountingEmbedder:
    """MiniLM, counting the distinct texts it encodes."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.dim, self.texts = inner, inner.dim, 0

    def encode(self, texts: list[str], batch_size: int = 8):  # type: ignore[no-untyped-def]
        self.texts += len(set(texts))
        return self.inner.encode(texts, batch_size=batch_size)


def fuse_with(db: str, config: Config) -> tuple[Story, dict[str, tuple[float, int]]]:
    store = open_store(db, readonly=True)
    resources = Resources(config)
    counting = CountingEmbedder(resources.embedder)
    resources.__dict__["embedder"] = counting  # the cached_property's slot
    articles = {a.id: a for a in store.articles()}
    ctx = FuseContext(config=config, resources=resources, articles=articles, analyses=store.analyses(),
                      new=set(articles), store=None)  # no store: every step resolves from scratch
    ctx.story.articles = list(articles.values())
    costs = {}
    for name in config.fuse_steps:
        before, c0 = counting.texts, time.process_time()
        get_step(name)(ctx)
        costs[name] = (time.process_time() - c0, counting.texts - before)
    store.close()
    return ctx.story, costs


def _pairs(groups: Iterable[Iterable[object]]) -> set[tuple[object, object]]:
    return {p for g in groups for p in combinations(sorted(g, key=repr), 2)}


def _agreement(name: str, ours: set[object], ref: set[object]) -> str:
    both = len(ours & ref)
    return (f"{name:22s} MiniLM {len(ref):7d}  shipped {len(ours):7d}  both {both:7d}  "
            f"({both / max(len(ref), 1):.1%} of MiniLM's, {len(ours) - both} not in MiniLM's)")


def main(db: str) -> None:
    shipped, cost_s = fuse_with(db, Config())
    minilm, cost_m = fuse_with(db, Config(step_encoders=MINILM_EVERYWHERE))
    print(f"{'step':14s}{'shipped cpu s':>14s}{'MiniLM texts':>13s}{'MiniLM cpu s':>14s}{'MiniLM texts':>13s}")
    for step in cost_s:
        print(f"{step:14s}{cost_s[step][0]:14.1f}{cost_s[step][1]:13d}{cost_m[step][0]:14.1f}{cost_m[step][1]:13d}")
    print(f"{'total':14s}{sum(c for c, _ in cost_s.values()):14.1f}{'':13s}{sum(c for c, _ in cost_m.values()):14.1f}")
    print(_agreement("event mention pairs", _pairs(e.mention_ids for e in shipped.events),  # type: ignore[arg-type]
                     _pairs(e.mention_ids for e in minilm.events)))  # type: ignore[arg-type]
    print(_agreement("claim links", {(x.type, x.from_, x.to) for x in shipped.claim_links},  # type: ignore[arg-type]
                     {(x.type, x.from_, x.to) for x in minilm.claim_links}))  # type: ignore[arg-type]
    print(_agreement("story article pairs", _pairs(s.articles for s in shipped.stories),  # type: ignore[arg-type]
                     _pairs(s.articles for s in minilm.stories)))  # type: ignore[arg-type]
    print(_agreement("entity mention pairs",
                     _pairs([(m.article, m.start) for m in e.mentions] for e in shipped.entities),  # type: ignore[arg-type]
                     _pairs([(m.article, m.start) for m in e.mentions] for e in minilm.entities)))  # type: ignore[arg-type]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
