"""Analysis on several processes of one machine.

``analyze(article, config)`` is a pure function, so partitions of articles
can be analyzed anywhere; this module maps it over a process pool where every
worker loads the models once (light constructors, explicit warm-up). The same
shape fits a distributed engine: ship (articles, config), get analyses back.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator, Sequence

from storyline.analyze.pipeline import Analyzer
from storyline.config import Config
from storyline.model import Article, ArticleAnalysis

_WORKER: Analyzer | None = None


def _init(config: Config) -> None:
    global _WORKER
    _WORKER = Analyzer(config).warm_up()


def _run(articles: list[Article]) -> list[ArticleAnalysis]:
    assert _WORKER is not None, "worker not initialized"
    return list(_WORKER.analyze_many(articles))


def analyze_parallel(articles: Sequence[Article], config: Config, workers: int,
                     chunk: int = 32) -> Iterator[ArticleAnalysis]:
    """Analyses in input order, computed by ``workers`` spawned processes."""
    parts = [list(articles[i:i + chunk]) for i in range(0, len(articles), chunk)]
    ctx = mp.get_context("spawn")  # fork after loading ONNX/spaCy threads is unsafe
    with ctx.Pool(workers, initializer=_init, initargs=(config,)) as pool:
        for result in pool.imap(_run, parts):
            yield from result
