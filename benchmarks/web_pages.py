"""How fast the web UI answers on a large store: a synthetic 20k-article store, every page and API list timed.

    .venv/bin/python benchmarks/web_pages.py --articles 20000 [--db /tmp/web-bench.db]

The store is made up (generated names and sentences, Zipf-like mention counts so a
few entities have hundreds of thousands of mentions, as "the government" would in a
real corpus); it is written through the real SQLite store and then served through
the real app in-process (no network). Reuses an existing --db without rebuilding.
The first overview of a large store renders without waiting for the briefing, which
is made in a background thread; its cost is reported on its own line.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Entity,
    Event,
    Mention,
    Participant,
    Span,
    Story,
    StoryCluster,
    TimeValue,
)
from storyline.store import open_store

WORDS = ["officials", "said", "talks", "border", "attack", "market", "police", "minister", "envoy", "government",
         "council", "report"]
PATHS = ["/", "/api/info", "/articles", "/articles?offset=19950", "/api/articles?offset=19000", "/articles/art00042",
         "/api/articles/art00042", "/entities", "/api/entities", "/entities/e0", "/api/entities/e0", "/events",
         "/events/ev1", "/claims", "/claims/c1", "/search?q=border+attack", "/api/search?q=Name5", "/graph",
         "/api/graph", "/timeline", "/api/timeline"]


def build(db: Path, n: int, n_entities: int = 3000, seed: int = 1) -> None:
    rnd = random.Random(seed)
    names = [f"Name{i} Surname{i}" for i in range(n_entities)]
    spans: dict[int, list[Span]] = {i: [] for i in range(n_entities)}
    arts, analyses = [], []
    for a in range(n):
        aid, parts, mentions, sents, pos = f"art{a:05d}", [], [], [], 0
        for _ in range(20):
            k = min(int(rnd.paretovariate(1.1)) - 1, n_entities - 1)
            sent = f"{names[k]} {' '.join(rnd.choice(WORDS) for _ in range(12))}. "
            mentions.append(Mention(aid, pos, pos + len(names[k]), names[k], "PERSON"))
            spans[k].append(Span(aid, pos, pos + len(names[k]), names[k]))
            sents.append((pos, pos + len(sent) - 1))
            parts.append(sent)
            pos += len(sent)
        day = f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        arts.append(Article(aid, "".join(parts), title=f"Story {a}", outlet=f"Outlet {a % 300}", published=day,
                            published_granularity="day"))
        analyses.append(ArticleAnalysis(aid, "bench", sentences=tuple(sents), mentions=tuple(mentions)))
    entities = [Entity(f"e{i}", names[i], "PERSON", {names[i]: len(spans[i])}, tuple(spans[i]))
                for i in range(n_entities) if spans[i]]
    events = []
    for i in range(n // 2):
        day = f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        ms = tuple(Span(f"art{rnd.randrange(n):05d}", 0, 5, "Name0") for _ in range(rnd.randint(1, 4)))
        events.append(Event(f"ev{i}", "ASSAULT", date=TimeValue(day, day, "day", day, day), mentions=ms,
                            participants=(Participant("actor", "x", 0, 1, entity=f"e{rnd.randrange(50)}"),)))
    claims = [Claim(f"c{i}", f"art{i % n:05d}", 0, 30, f"e{rnd.randrange(100)}", "Name", "said", "content " * 5)
              for i in range(2 * n)]
    links = [ClaimLink("supports", f"c{rnd.randrange(2 * n)}", f"c{rnd.randrange(2 * n)}") for _ in range(n // 4)]
    store = open_store(db)
    try:
        store.add_articles(arts)
        store.put_analyses(analyses)
        store.save_story(Story(articles=arts, entities=entities, events=events, claims=claims, claim_links=links,
                               stories=[StoryCluster("s1", "bench", tuple(a.id for a in arts[: n // 4]))]))
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/storyline-web-bench.db"))
    args = ap.parse_args()
    if not args.db.exists():
        t0 = time.perf_counter()
        build(args.db, args.articles)
        print(f"built {args.articles} articles in {time.perf_counter() - t0:.0f} s -> {args.db}")
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    client = TestClient(create_app(args.db))  # not entered: no background briefing warm-up during timing
    print(f"{'ms':>8}  {'status':>6}  {'bytes':>9}  path")
    for path in [*PATHS, "/fragments/brief", "/"]:
        t = time.perf_counter()
        r = client.get(path)
        print(f"{(time.perf_counter() - t) * 1000:8.0f}  {r.status_code:>6}  {len(r.content):>9}  {path}")


if __name__ == "__main__":
    main()
