"""Where per-article analysis runs: in this process, on a local process pool, or on a Ray cluster.

``analyze(article, config)`` is a pure function of both, so articles can be
analyzed anywhere. An engine takes the articles as a stream, sends them out in
tasks of a few dozen to workers that loaded the models once, keeps a bounded
number of tasks in flight, and yields one outcome per article **in input
order** (an :class:`~storyline.model.ArticleAnalysis`, or an
:class:`~storyline.model.AnalysisFailure` for an article that raised), so the
single writer (``run.analyze_stored``) stores them as they come. Fusion stays
in the writer's process.

``open_engine(analyzer)`` picks the engine from ``Config.engine`` and
``Config.n_process``; use it as a context manager (one pool or one set of
actors per run).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from storyline.analyze.pipeline import Analyzer
from storyline.model import AnalysisFailure, Article, ArticleAnalysis

Outcome = ArticleAnalysis | AnalysisFailure
T = TypeVar("T")
H = TypeVar("H")
R = TypeVar("R")

#: articles per task sent to a worker: big enough for spaCy's batching, small enough to spread the load
TASK_SIZE = 32


class Engine(Protocol):
    def analyze(self, articles: Iterable[Article]) -> Iterator[Outcome]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Engine: ...
    def __exit__(self, *exc: object) -> None: ...


def tasks(articles: Iterable[Article], size: int | None = None) -> Iterator[list[Article]]:
    """Consecutive groups of ``size`` (default ``TASK_SIZE``) articles, read lazily from ``articles``."""
    size = size or TASK_SIZE
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def in_order(items: Iterable[T], submit: Callable[[T], H], result: Callable[[T, H], R], window: int) -> Iterator[R]:
    """Submit ``items`` keeping at most ``window`` in flight; yield their results in submission order.

    ``submit`` starts the work and returns a handle; ``result(item, handle)`` waits for it. The input is
    read only as results are taken, so memory stays bounded however long the stream is.
    """
    pending: deque[tuple[T, H]] = deque()
    for item in items:
        pending.append((item, submit(item)))
        if len(pending) >= window:
            yield result(*pending.popleft())
    while pending:
        yield result(*pending.popleft())


def open_engine(analyzer: Analyzer) -> Engine:
    """The engine ``analyzer.config`` asks for; the in-process one runs ``analyzer`` itself."""
    config = analyzer.config
    if config.engine == "ray":
        from storyline.scale.ray_engine import RayEngine

        return RayEngine(config)
    if config.engine != "local":
        raise ValueError(f"unknown engine {config.engine!r}; use 'local' or 'ray'")
    from storyline.scale.local import InProcessEngine, ProcessPoolEngine

    if config.n_process > 1:
        return ProcessPoolEngine(config, config.n_process)
    return InProcessEngine(analyzer)
