"""Taking articles into a store: the one write path for new articles (``storyline analyze`` and the web POST).

Whatever the source (files read by :func:`~storyline.ingest.read_inputs`, or
the fields of one posted article), an article is built the same way
(:func:`~storyline.ingest.build_article`: cleaning, date, language, content-hash
id), checked against what is stored (same id: already stored), marked
``copy_of`` its original when it is a near duplicate (:class:`Deduplicator`)
and added. The store is anything with ``has_article`` and ``add_articles``
(every :class:`storyline.store.base.Store`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from storyline.config import Config
from storyline.ingest.build import build_article
from storyline.ingest.dedup import Deduplicator
from storyline.ingest.formats import record_from_fields
from storyline.ingest.problems import Problem
from storyline.model import Article

#: articles written to the store per transaction
BATCH = 200


class ArticleSink(Protocol):
    def has_article(self, article_id: str) -> bool: ...
    def add_articles(self, articles: Iterable[Article]) -> list[str]: ...


@dataclass
class Intake:
    """What taking a stream of articles in did."""

    read: int = 0
    already_stored: int = 0
    copies: int = 0
    added: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # inputs skipped
    warnings: list[Problem] = field(default_factory=list)  # read anyway
    copy_of: dict[str, str] = field(default_factory=dict)  # article id -> its original, for copies


def take_in(items: Iterable[Article | Problem], store: ArticleSink, dedup: Deduplicator,
            on_read: Callable[[int], None] | None = None) -> Intake:
    """Add new articles to ``store`` (marking copies with ``dedup``); problems are collected, never raised."""
    intake = Intake()
    batch: list[Article] = []
    pending: set[str] = set()

    def flush() -> None:
        intake.added.extend(store.add_articles(batch))
        batch.clear()
        pending.clear()

    for item in items:
        if isinstance(item, Problem):
            (intake.problems if item.skipped else intake.warnings).append(item)
            continue
        intake.read += 1
        if on_read:
            on_read(intake.read)
        if item.id in pending or store.has_article(item.id):
            intake.already_stored += 1
            continue
        article = dedup.add(item)
        if article.copy_of:
            intake.copies += 1
            intake.copy_of[article.id] = article.copy_of
        batch.append(article)
        pending.add(article.id)
        if len(batch) >= BATCH:
            flush()
    flush()
    return intake


def article_from_fields(fields: dict[str, Any], config: Config, source: str) -> tuple[Article | None, list[Problem]]:
    """One article given as fields (``text`` or ``html``, ``title``, ``outlet``, ``url``, ``published``, ``id``;
    others go to metadata), built exactly as a JSONL record of a file would be."""
    return build_article(record_from_fields(fields, source=source, kind="json"), config)
