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
from storyline.model import AnalysisFailure, Article, ArticleAnalysis, Story, write_story
from storyline.store import SqlStore, open_store

log = logging.getLogger(__name__)

#: progress(stage, done, total): stage is "read", "analyze", "fuse:STEP" (done = steps finished; STEP is
#: the one running, "" at the end) or "save"
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


def ingest(inputs: Sequence[str | Path], store: SqlStore, config: Config, summary: RunSummary,
           progress: Progress | None = None) -> list[str]:
    """Read inputs into the store; duplicates are kept as copies of their original. Returns new ids."""
    from storyline.ingest import Deduplicator, Problem, read_inputs

    dedup = Deduplicator.from_articles(store.articles(), config.near_duplicate_threshold)
    added: list[str] = []
    batch: list[Article] = []

    def flush() -> None:
        added.extend(store.add_articles(batch))
        batch.clear()

    for item in read_inputs(inputs, config):
        if isinstance(item, Problem):
            (summary.problems if item.skipped else summary.warnings).append(str(item))
            continue
        summary.read += 1
        if progress:
            progress("read", summary.read, None)
        if store.has_article(item.id) or any(a.id == item.id for a in batch):
            summary.already_stored += 1
            continue
        article = dedup.add(item)
        if article.copy_of:
            summary.copies += 1
        batch.append(article)
        if len(batch) >= 200:
            flush()
    flush()
    summary.added = len(added)
    return added


def analyze_stored(store: SqlStore, analyzer: Analyzer, summary: RunSummary,
                   progress: Progress | None = None, chunk: int = 256) -> list[str]:
    """Analyze stored articles that lack a current analysis. One failing article never stops the run.

    The engine (``storyline.scale``: this process, a local pool or Ray, per ``Config``) streams outcomes
    back in order; this process is the single writer and stores them ``chunk`` at a time.
    """
    from storyline.scale import open_engine

    config = analyzer.config
    todo = store.unanalyzed(config.analysis_hash(), config.languages)
    done: list[str] = []
    batch: list[ArticleAnalysis] = []

    def flush() -> None:
        store.put_analyses(batch)
        done.extend(a.article for a in batch)
        batch.clear()

    articles = (a for ids in _chunks(todo, chunk) for a in store.articles(ids))  # read as the workers need them
    seen = 0
    if progress:
        progress("analyze", 0, len(todo))
    with open_engine(analyzer) as engine:
        for outcome in engine.analyze(articles):
            if isinstance(outcome, AnalysisFailure):
                summary.not_analyzed.append(f"{outcome.article}: {outcome.error}")
            else:
                batch.append(outcome)
            if len(batch) >= chunk:
                flush()
            seen += 1
            if progress:
                progress("analyze", seen, len(todo))
    flush()
    summary.analyzed = len(done)
    for a in store.articles():
        if a.language and a.language not in config.languages:
            summary.not_analyzed.append(f"{a.id}: language {a.language!r} is not in {list(config.languages)}")
    return done


def fuse_store(store: SqlStore, config: Config, resources: Resources, new: Iterable[str] = (),
               full: bool = False, progress: Progress | None = None) -> Story:
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

    def on_step(name: str, done: int, total: int) -> None:
        if progress:
            progress(f"fuse:{name}", done, total)

    story = fuse(ctx, on_step=on_step)
    if progress:
        progress("save", 0, 1)
    store.save_story(story)
    if cache is not None:
        cache.flush()
    if progress:
        progress("save", 1, 1)
    return story


def _with_vector_cache(resources: Resources, store: SqlStore) -> tuple[Resources, CachedEmbedder]:
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
        own = resources is None
        resources = resources or Resources(config)
        ingest(inputs, store, config, summary, progress)
        analyzer = Analyzer(config, resources)
        new = analyze_stored(store, analyzer, summary, progress)
        if own:  # fusion does not need spaCy: its memory goes to fusion (a caller's models are left alone)
            resources.release("nlp")
        fuse_store(store, config, resources, new=new, progress=progress)
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


def export_json(store: SqlStore, path: str | Path) -> Story:
    """Write the stored story as story@1 JSON."""
    story = store.load_story()
    story.meta.setdefault("store", store.url)
    write_story(story, path)
    return story
