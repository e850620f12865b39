"""Taking articles into a store: the one write path for new articles (``storyline analyze`` and the web POST).

Whatever the source (files read by :func:`~storyline.ingest.read_inputs`, or
the fields of one posted article), an article is built the same way
(:func:`~storyline.ingest.build_article`: cleaning, date, language, content-hash
id), checked against what is stored (same id: already stored), marked
``copy_of`` its original when it is a near duplicate (:class:`Deduplicator`)
and added. The store is anything with ``articles`` and ``add_articles``
(every :class:`storyline.store.base.Store`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Protocol

from storyline.config import Config
from storyline.ingest.build import build_article
from storyline.ingest.decode import printable
from storyline.ingest.dedup import Deduplicator
from storyline.ingest.formats import record_from_fields
from storyline.ingest.problems import Problem
from storyline.model import Article

log = logging.getLogger(__name__)

#: articles written to the store per transaction
BATCH = 200
#: articles looked up in the store with one query (a writer store connects per query: checking them one by
#: one cost a connection per article, a second of CPU per thousand)
LOOKUP = 200


class ArticleSink(Protocol):
    def articles(self, ids: Iterable[str] | None = None) -> list[Article]: ...
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
    added: set[str] = set()  # stored by this call after its look-up of them

    def flush() -> None:
        new = _add_isolated(store, batch, intake.problems)
        intake.added.extend(new)
        added.update(new)
        batch.clear()
        pending.clear()

    for chunk in _chunks(items, LOOKUP):
        stored = {a.id for a in store.articles([x.id for x in chunk if isinstance(x, Article)])}
        for item in chunk:
            if isinstance(item, Problem):
                (intake.problems if item.skipped else intake.warnings).append(item)
                continue
            intake.read += 1
            if on_read:
                on_read(intake.read)
            if item.id in pending or item.id in stored or item.id in added:
                intake.already_stored += 1
                continue
            article = _mark_copy(dedup, item, intake.warnings)
            if article.copy_of:
                intake.copies += 1
                intake.copy_of[article.id] = article.copy_of
            batch.append(article)
            pending.add(article.id)
            if len(batch) >= BATCH:
                flush()
    flush()
    return intake


def _chunks(items: Iterable[Article | Problem], size: int) -> Iterator[list[Article | Problem]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _where(article: Article) -> tuple[str, int | None]:
    line = article.metadata.get("line")
    return printable(article.source or f"article {article.id}"), line if isinstance(line, int) else None


def _add_isolated(store: ArticleSink, batch: list[Article], problems: list[Problem]) -> list[str]:
    """The batch in one transaction; when that fails, article by article, so one bad article costs only itself."""
    try:
        return store.add_articles(batch)
    except Exception:
        log.exception("storing a batch of %d articles failed; storing them one by one", len(batch))
    added: list[str] = []
    for article in batch:
        try:
            added.extend(store.add_articles([article]))
        except Exception as exc:
            source, line = _where(article)
            problems.append(Problem(source, f"article {printable(article.id)!r} could not be stored "
                                    f"({type(exc).__name__}: {printable(str(exc))[:200]})",
                                    "it was skipped; please report this with the record", line=line))
    return added


def _mark_copy(dedup: Deduplicator, article: Article, warnings: list[Problem]) -> Article:
    """The article marked as a copy when it is one; the near-duplicate check failing costs only the mark."""
    try:
        return dedup.add(article)
    except Exception as exc:
        log.exception("near-duplicate check failed for %s", article.id)
        source, line = _where(article)
        warnings.append(Problem(source, f"near-duplicate check failed ({type(exc).__name__})",
                                "stored without a copy mark; please report this with the record", line=line,
                                skipped=False, article=article.id))
        return article


def article_from_fields(fields: dict[str, Any], config: Config, source: str) -> tuple[Article | None, list[Problem]]:
    """One article given as fields (``text`` or ``html``, ``title``, ``outlet``, ``url``, ``published``, ``id``;
    others go to metadata), built exactly as a JSONL record of a file would be."""
    return build_article(record_from_fields(fields, source=source, kind="json"), config)
