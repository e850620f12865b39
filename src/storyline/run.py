"""The main job as a library function: ingest -> analyze -> fuse -> store -> export.

``analyze_inputs`` is what ``storyline analyze`` calls. It is incremental and
idempotent: articles already stored are not added twice, analyses are reused
when made with the same configuration, and fusion resolves new articles
against what the store already holds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.analyze.embed import CachedEmbedder
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse
from storyline.model import Article, ArticleAnalysis, Story, write_story
from storyline.store import Store, open_store

log = logging.getLogger(__name__)

#: progress(stage, done, total): stage is "read", "analyze" or "fuse"
Progress = Callable[[str, int, int | None], None]


@dataclass
class RunSummary:
    """What a run did, for the end-of-run report and the store's run log."""

    db: str
    read: int = 0
    added: int = 0
    already_stored: int = 0
    copies: int = 0
    analyzed: int = 0
    not_analyzed: list[str] = field(default_factory=list)  # "id: reason"
    problems: list[str] = field(default_factory=list)  # skipped: "file[:line]: problem — hint"
    warnings: list[str] = field(default_factory=list)  # read anyway (guessed encoding, other language, ...)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    json_out: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _chunks(items: Sequence[str], n: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def ingest(inputs: Sequence[str | Path], store: Store, config: Config, summary: RunSummary,
           progress: Progress | None = None) -> list[str]:
    """Read inputs into the store; duplicates are kept as copies of their original. Returns new ids."""
    from storyline.ingest import Deduplicator, read_inputs, take_in

    dedup = Deduplicator.from_articles(store.articles(), config.near_duplicate_threshold)
    intake = take_in(read_inputs(inputs, config), store, dedup,
                     on_read=(lambda n: progress("read", n, None)) if progress else None)
    summary.read += intake.read
    summary.already_stored += intake.already_stored
    summary.copies += intake.copies
    summary.problems += [str(p) for p in intake.problems]
    summary.warnings += [str(p) for p in intake.warnings]
    summary.added = len(intake.added)
    return intake.added


def analyze_stored(store: Store, analyzer: Analyzer, summary: RunSummary,
                   progress: Progress | None = None, chunk: int = 256) -> list[str]:
    """Analyze stored articles that lack a current analysis. One failing article never stops the run."""
    config = analyzer.config
    todo = store.unanalyzed(config.analysis_hash(), config.languages)
    done: list[str] = []
    for ids in _chunks(todo, chunk):
        articles = store.articles(ids)
        results = _analyze_safely(analyzer, articles, summary)
        store.put_analyses(results)
        done.extend(a.article for a in results)
        summary.analyzed = len(done)
        if progress:
            progress("analyze", len(done), len(todo))
    for a in store.articles():
        if a.language and a.language not in config.languages:
            summary.not_analyzed.append(f"{a.id}: language {a.language!r} is not in {list(config.languages)}")
    return done


def _analyze_safely(analyzer: Analyzer, articles: list[Article], summary: RunSummary) -> list[ArticleAnalysis]:
    try:
        if analyzer.config.n_process > 1 and len(articles) > analyzer.config.batch_size:
            from storyline.scale.local import analyze_parallel

            return list(analyze_parallel(articles, analyzer.config, analyzer.config.n_process))
        return list(analyzer.analyze_many(articles))
    except Exception:  # isolate the failing article, keep the others
        log.exception("batch analysis failed; retrying article by article")
    results = []
    for a in articles:
        try:
            results.append(analyzer.analyze(a))
        except Exception as exc:
            summary.not_analyzed.append(f"{a.id}: analysis failed ({type(exc).__name__}: {exc}); "
                                        f"please report this with the article")
    return results


def fuse_store(store: Store, config: Config, resources: Resources, new: Iterable[str] = (),
               full: bool = False) -> Story:
    """Fuse all stored analyses into the story and save it. ``full`` re-resolves from scratch."""
    articles = {a.id: a for a in store.articles()}
    cache = None
    if config.use_embeddings:
        resources, cache = _with_vector_cache(resources, store)
    ctx = FuseContext(config=config, resources=resources, articles=articles, analyses=store.analyses(),
                      new=set(new), store=store)
    if full:
        ctx.state["full_resolution"] = True
        ctx.new = set(ctx.analyses)
    story = fuse(ctx)
    store.save_story(story)
    if cache is not None:
        cache.flush()
    return story


def _with_vector_cache(resources: Resources, store: Store) -> tuple[Resources, CachedEmbedder]:
    """A view of ``resources`` whose embedder reads and fills the store's vector cache."""
    cached = Resources(resources.config)
    if "nlp" in resources.__dict__:  # share a loaded pipeline; do not load one just for this
        cached.__dict__["nlp"] = resources.nlp
    cache = CachedEmbedder(resources.embedder, store)
    cached.__dict__["embedder"] = cache
    return cached, cache


def analyze_inputs(inputs: Sequence[str | Path], db: str | Path, config: Config | None = None,
                   json_out: str | Path | None = None, progress: Progress | None = None,
                   resources: Resources | None = None) -> RunSummary:
    """The main job. See the module docstring."""
    config = config or Config()
    t0 = time.perf_counter()
    store = open_store(db)
    summary = RunSummary(db=str(db))
    try:
        resources = resources or Resources(config)
        ingest(inputs, store, config, summary, progress)
        analyzer = Analyzer(config, resources)
        new = analyze_stored(store, analyzer, summary, progress)
        if progress:
            progress("fuse", 0, 1)
        fuse_store(store, config, resources, new=new)
        if progress:
            progress("fuse", 1, 1)
        if json_out:
            export_json(store, json_out)
            summary.json_out = str(json_out)
        summary.counts = {k: store.count(k) for k in ("articles", "entities", "events", "claims", "claim_links",
                                                       "stories", "source_families")}
        summary.seconds = round(time.perf_counter() - t0, 2)
        store.record_run(summary.as_dict())
    finally:
        store.close()
    return summary


def export_json(store: Store, path: str | Path) -> Story:
    """Write the stored story as story@1 JSON."""
    story = store.load_story()
    story.meta.setdefault("store", store.url)
    write_story(story, path)
    return story
