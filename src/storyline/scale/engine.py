"""What every engine shares: the outcome type, the task size, lazy task groups and an in-order window."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

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
