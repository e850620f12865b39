"""Time each fusion step on an analyzed store (reads it, writes nothing).

Usage: python benchmarks/fuse_profile.py STORE.db
"""

from __future__ import annotations

import resource
import sys
import time

from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, get_step
from storyline.store import open_store


def main(db: str) -> None:
    config = Config()
    resources = Resources(config)
    resources.embedder  # noqa: B018 - load the encoder before timing
    store = open_store(db, readonly=True)
    articles = {a.id: a for a in store.articles()}
    analyses = store.analyses()
    ctx = FuseContext(config=config, resources=resources, articles=articles, analyses=analyses,
                      new=set(analyses), store=None)  # no store: every step resolves from scratch
    ctx.story.articles = list(articles.values())
    for name in config.fuse_steps:
        t0, c0 = time.perf_counter(), time.process_time()
        get_step(name)(ctx)
        print(f"{name:14s} wall {time.perf_counter() - t0:6.1f} s  cpu {time.process_time() - c0:6.1f} s  "
              f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB", flush=True)
    s = ctx.story
    print(f"{len(s.entities)} entities, {len(s.events)} events, {len(s.claims)} claims, "
          f"{len(s.claim_links)} claim links, {len(s.stories)} stories")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
