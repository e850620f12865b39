"""The main job as a library function: ingest -> analyze -> fuse -> store -> export.

``analyze_inputs`` is what ``storyline analyze`` calls. It is incremental,
idempotent and resumable:

- articles already stored are not added twice, and analyses are reused when
  made with the same configuration;
- what is left to fuse is read from the store (:meth:`Store.unfused`), not
  remembered by the run, and the fused story is saved with its fused-article
  marks in one transaction: a run killed at any point (reading, analysis,
  fusion, saving) loses nothing, and the next run (or ``storyline resolve
  --incremental``) finishes its work with the same result;
- one process writes a store at a time (:meth:`Store.writer`); a second run
  waits for the first one or refuses, naming it;
- one bad record costs that record: reading, cleaning, storing and analysis
  failures are reported with the file, line or id, and the batch goes on.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.analyze.embed import CachedEmbedder
from storyline.analyze.pipeline import Analyzer
from storyline.analyze.resources import Resources
from storyline.config import Config
from storyline.fuse import FuseContext, fuse, incremental
from storyline.fuse.corroboration import GRAMS_KEY, PASSAGE_VERSION, VERDICTS_KEY, WORDS_KEY, WORDS_VERSION
from storyline.ingest.decode import printable
from storyline.ingest.language import release_model as release_language_model
from storyline.model import AnalysisFailure, Article, ArticleAnalysis, Story, write_story
from storyline.store import Holder, Store, open_store

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
    fused: int = 0  # articles taken up by this run's fusion (new, or left unfused by an earlier run)
    not_analyzed: list[str] = field(default_factory=list)  # "id: reason"
    partly_analyzed: list[str] = field(default_factory=list)  # "id: component failed (...)"
    problems: list[str] = field(default_factory=list)  # skipped: "file[:line]: problem — hint"
    warnings: list[str] = field(default_factory=list)  # read anyway (guessed encoding, other language, ...)
    errors: list[str] = field(default_factory=list)  # a stage that failed as a whole (the store stays consistent)
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

    log.info("stage ingest: start")
    dedup = Deduplicator.from_articles(store.articles(), config.near_duplicate_threshold)
    intake = take_in(read_inputs(inputs, config), store, dedup,
                     on_read=(lambda n: progress("read", n, None)) if progress else None)
    summary.read += intake.read
    summary.already_stored += intake.already_stored
    summary.copies += intake.copies
    summary.problems += [printable(str(p)) for p in intake.problems]
    summary.warnings += [printable(str(p)) for p in intake.warnings]
    summary.added = len(intake.added)
    log.info("stage ingest: done (%d added)", summary.added)
    return intake.added


def analyze_stored(store: Store, analyzer: Analyzer, summary: RunSummary,
                   progress: Progress | None = None, chunk: int = 256, new: Iterable[str] = ()) -> list[str]:
    """Analyze stored articles that lack a current analysis. One failing article never stops the run.

    The engine (``storyline.scale``: this process, a local pool or Ray, per ``Config``) streams outcomes
    back in input order and this process, the single writer, stores them: each chunk of analyses in one
    transaction, so a killed run keeps the chunks it finished. ``new`` (this run's additions) are the
    articles whose language is reported when it is not analyzed.
    """
    from storyline.scale import open_engine

    log.info("stage analyze: start")
    config = analyzer.config
    todo = store.unanalyzed(config.analysis_hash(), config.languages)
    done: list[str] = []
    batch: list[ArticleAnalysis] = []

    def flush() -> None:
        done.extend(_store_analyses(store, batch, summary))
        summary.analyzed = len(done)
        batch.clear()

    articles = (a for ids in _chunks(todo, chunk) for a in store.articles(ids))  # read as the workers need them
    if progress:
        progress("analyze", 0, len(todo))
    with open_engine(analyzer) as engine:
        for seen, outcome in enumerate(engine.analyze(articles), 1):
            if isinstance(outcome, AnalysisFailure):
                summary.not_analyzed.append(f"{outcome.article}: {printable(outcome.error)}")
            else:
                _note_failed_components(outcome, summary)
                batch.append(outcome)
            if len(batch) >= chunk:
                flush()
            if progress:
                progress("analyze", seen, len(todo))
    flush()
    for ids in _chunks(list(new), 500):
        for a in store.articles(ids):
            if a.language and a.language not in config.languages:
                summary.not_analyzed.append(f"{a.id}: language {a.language!r} is not in {list(config.languages)}")
    log.info("stage analyze: done (%d analyzed)", len(done))
    return done


def _store_analyses(store: Store, results: list[ArticleAnalysis], summary: RunSummary) -> list[str]:
    try:
        store.put_analyses(results)
        return [a.article for a in results]
    except Exception:
        log.exception("storing %d analyses failed; storing them one by one", len(results))
    done = []
    for a in results:
        try:
            store.put_analyses([a])
            done.append(a.article)
        except Exception as exc:
            summary.not_analyzed.append(f"{a.article}: the analysis could not be stored ({type(exc).__name__}: "
                                        f"{printable(str(exc))[:200]}); please report this with the article")
    return done


def _note_failed_components(result: ArticleAnalysis, summary: RunSummary) -> None:
    for failure in result.extras.get("failed_components", ()):
        summary.partly_analyzed.append(f"{result.article}: {failure}; the other components' results "
                                       "were kept — please report this with the article")


def fuse_store(store: Store, config: Config, resources: Resources, new: Iterable[str] = (),
               full: bool = False, progress: Progress | None = None) -> Story:
    """Fuse the stored analyses into the story and save it, with the fused-article marks, in one transaction.

    The articles resolved incrementally are those the saved story was not made from
    (:meth:`Store.unfused`: this run's, and any an interrupted run left) plus ``new``; only the part of the
    story they can touch is loaded, fused again and written (:mod:`storyline.fuse.incremental`), and that
    part is returned (every entity, story cluster and source family; the events and claims of its articles).
    ``full`` re-fuses everything from scratch and returns the whole story.
    """
    with store.writer(what="fuse"):
        log.info("stage fuse: start")
        cache = None
        if config.use_embeddings:
            resources, cache = _with_vector_cache(resources, store)

        def on_step(name: str, done: int, total: int) -> None:
            if cache is not None:  # vectors are a pure function of the text, right whatever comes after: written
                cache.flush()      # step by step (and every FLUSH_AT within one), not held until the save
            if progress:
                progress(f"fuse:{name}", done, total)

        todo = set(store.unfused()) | set(new)
        scope: frozenset[str] | None = None
        # what source families make of each text (and pair of texts) once and the store keeps
        kept: dict[str, dict[Any, Any]] = {WORDS_KEY: store.sentence_words(WORDS_VERSION),
                                           GRAMS_KEY: store.passage_grams(PASSAGE_VERSION),
                                           VERDICTS_KEY: store.passage_verdicts(PASSAGE_VERSION)}
        known = {k: set(v) for k, v in kept.items()}
        with store.reads():  # the vector cache is asked thousands of times: one connection for fusion's reads
            if not full and incremental.applies(config, store.count("stories") > 0):
                story, plan = incremental.fuse_incremental(store, config, resources, todo, on_step=on_step,
                                                           kept=kept)
                marks, scope = plan.marks, plan.scope
            else:
                story, marks = _fuse_all(store, config, resources, todo, full, on_step, kept)
        if cache is not None:
            cache.flush()
        # so are the sentence words, grams and passage verdicts source families read: keep the ones this run made
        store.put_sentence_words(WORDS_VERSION, _new_of(kept[WORDS_KEY], known[WORDS_KEY]))
        store.put_passage_grams(PASSAGE_VERSION, _new_of(kept[GRAMS_KEY], known[GRAMS_KEY]))
        store.put_passage_verdicts(PASSAGE_VERSION, _new_of(kept[VERDICTS_KEY], known[VERDICTS_KEY]))
        del kept, known  # every article's words and grams: not held through the save
        log.info("stage save: start")
        if progress:
            progress("save", 0, 1)
        gc.freeze()  # the story lives through the save: spare the collector rescanning it (as fusion does)
        try:
            store.save_story(story, fused=marks, scope=scope)
        finally:
            gc.unfreeze()
        if progress:
            progress("save", 1, 1)
        log.info("stage save: done")
    return story


def add_in_batches(store: Store, articles: Sequence[Article], analyses: Mapping[str, ArticleAnalysis],
                   sizes: Sequence[int], config: Config, resources: Resources) -> None:
    """Add analyzed ``articles`` to ``store`` in batches of ``sizes`` (the rest in one last batch), fusing after
    each as ``storyline analyze`` run once per batch does (an incremental run once the store holds a story):
    how the incremental tests and ``benchmarks/batch_split.py`` compare arrival orders with one fusion."""
    start = 0
    for size in [*sizes, len(articles)]:
        batch = articles[start:start + size]
        if not batch:
            break
        store.add_articles(batch)
        store.put_analyses([analyses[a.id] for a in batch if a.id in analyses])
        fuse_store(store, config, resources)
        start += len(batch)


def _new_of(made: dict[Any, Any], known: set[Any]) -> dict[Any, Any]:
    return {k: v for k, v in made.items() if k not in known}


def _fuse_all(store: Store, config: Config, resources: Resources, todo: set[str], full: bool,
              on_step: Callable[[str, int, int], None], kept: dict[str, Any]) -> tuple[Story, dict[str, str]]:
    """Fusion over every stored analysis (a new store, ``resolve --full``, or a custom step order); ``kept``:
    what the store keeps for source families (sentence words, grams, passage verdicts), which they add to."""
    articles = {a.id: a for a in store.articles()}
    analyses = store.analyses()
    ctx = FuseContext(config=config, resources=resources, articles=articles, analyses=analyses,
                      new=todo, store=store)
    ctx.state.update(kept)
    if full:
        ctx.state["full_resolution"] = True
        ctx.new = set(ctx.analyses)
    story = fuse(ctx, on_step=on_step)
    return story, {aid: analyses[aid].config_hash if aid in analyses else "" for aid in articles}


def _with_vector_cache(resources: Resources, store: Store) -> tuple[Resources, CachedEmbedder]:
    """A view of ``resources`` whose embedder reads and fills the store's vector cache."""
    cached = Resources(resources.config)
    if "nlp" in resources.__dict__:  # share a loaded pipeline; do not load one just for this
        cached.__dict__["nlp"] = resources.nlp
    cache = CachedEmbedder(resources.embedder, store)
    cached.__dict__["embedder"] = cache
    return cached, cache


def _fuse_pending(store: Store, config: Config, resources: Resources, summary: RunSummary,
                  progress: Progress | None) -> None:
    """Fuse when the saved story lacks some analyzed article; report a failed fusion instead of raising."""
    todo = store.unfused()
    if not todo:
        log.info("stage fuse: nothing new to fuse")
        return
    try:
        fuse_store(store, config, resources, progress=progress)
    except Exception as exc:
        log.exception("fusion failed")
        summary.errors.append(
            f"fusion failed ({type(exc).__name__}: {printable(str(exc))[:300]}); the {len(todo)} article(s) "
            "to fuse are stored and analyzed, and the story saved before this run is intact: run "
            "`storyline resolve --incremental` (or this command again) to fuse them; please report this")
        return
    summary.fused = len(todo)


def analyze_inputs(inputs: Sequence[str | Path], db: str | Path, config: Config | None = None,
                   json_out: str | Path | None = None, progress: Progress | None = None,
                   resources: Resources | None = None, wait: bool | float = True,
                   on_wait: Callable[[Holder | None], None] | None = None, present: bool = True) -> RunSummary:
    """The main job. See the module docstring.

    ``present``: end by storing the overview's briefing (:func:`present_ahead`), so the web serves it at once.

    ``wait``/``on_wait``: what to do when another process writes the store (see :meth:`Store.writer`);
    :class:`storyline.store.StoreBusy` is raised when it is still writing after ``wait``.
    """
    config = config or Config()
    t0 = time.perf_counter()
    store = open_store(db, migrate=False)  # migrated below, once this run holds the writer lock
    summary = RunSummary(db=str(db))
    try:
        with store.writer(wait=wait, on_wait=on_wait):  # the holder is named by its command line
            store.migrate()
            own = resources is None
            resources = resources or Resources(config)
            new = ingest(inputs, store, config, summary, progress)
            if own:  # the language model is read-time only: its ~70 MB would stay through analysis and fusion
                release_language_model()
            analyzer = Analyzer(config, resources)
            analyze_stored(store, analyzer, summary, progress, new=new)
            if own:  # fusion does not need spaCy: its memory goes to fusion (a caller's models are left alone)
                resources.release("nlp")
            _fuse_pending(store, config, resources, summary, progress)
            if json_out:
                export_json(store, json_out)
                summary.json_out = str(json_out)
            summary.counts = {k: store.count(k) for k in ("articles", "entities", "events", "claims",
                                                           "claim_links", "stories", "source_families")}
            summary.seconds = round(time.perf_counter() - t0, 2)
            store.record_run(summary.as_dict())
            if present:
                present_ahead(store, config, resources)
    finally:
        store.close()
    return summary


def resolve_store(db: str | Path, config: Config, resources: Resources | None = None, full: bool = True,
                  wait: bool | float = True, on_wait: Callable[[Holder | None], None] | None = None,
                  present: bool = True) -> Story:
    """``storyline resolve``: fuse again, from scratch (``full``) or only what is not fused yet; then, with
    ``present``, the overview's briefing stored (:func:`present_ahead`).

    Incremental with nothing left to fuse returns the stored story unchanged.
    """
    store = open_store(db, migrate=False)
    try:
        with store.writer(wait=wait, on_wait=on_wait):
            store.migrate()
            if not full and not store.unfused():
                log.info("stage fuse: nothing new to fuse")
                return store.load_story()
            resources = resources or Resources(config)
            story = fuse_store(store, config, resources, full=full)
            if present:
                present_ahead(store, config, resources)
            return story if full else store.load_story()
    finally:
        store.close()


def present_ahead(store: Store, config: Config, resources: Resources) -> None:
    """The overview's briefing and incidents made now and kept in the store for the state this run leaves, so the
    first overview is served at once (:func:`storyline.web.briefing.store_overview_brief`,
    :func:`storyline.web.ahead.store_overview_incidents`). A failure is logged and the web makes what is missing
    on request, as before."""
    if not store.count("articles"):
        return
    log.info("stage present: start")  # (a stage of its own for benchmarks/measure.py, which times a run's stages)
    _present_brief(store, config, resources)
    _present_incidents(store)
    log.info("stage present: done")


def _present_brief(store: Store, config: Config, resources: Resources) -> None:
    from storyline.web.briefing import store_overview_brief

    t0 = time.process_time()
    # its sentences' vectors go to the store's vector cache (exact float32: the same briefing), so the next run's
    # briefing, over mostly the same candidate sentences, encodes only the new ones (on 1k Reuters, 213
    # sentences: 1.2 s of MiniLM's CPU a run)
    cache = CachedEmbedder(resources.embedder, store) if config.use_embeddings else None
    try:
        with store.reads():  # the briefing asks the store hundreds of small questions: one connection for them
            store_overview_brief(store, cache)
        if cache is not None:
            cache.flush()
    except Exception:
        log.exception("the overview's briefing could not be made ahead of time; the web makes it on request")
        return
    log.info("stage present: overview briefing stored (%.1f s CPU)", time.process_time() - t0)


def _present_incidents(store: Store) -> None:
    """The overview's incidents from the whole store's timeline (on 1k Reuters ~3 s of CPU, which the first
    overview no longer waits for); not for stores past :data:`storyline.web.ahead.AHEAD_MAX_EVENTS`."""
    from storyline.web.ahead import store_overview_incidents

    t0 = time.process_time()
    try:
        with store.reads():
            made = store_overview_incidents(store)
    except Exception:
        log.exception("the overview's incidents could not be made ahead of time; the web makes them on request")
        return
    if made is None:
        log.info("stage present: overview incidents left to the server (a large store)")
        return
    log.info("stage present: overview incidents stored (%d incidents, %.1f s CPU)", made.total,
             time.process_time() - t0)


def export_json(store: Store, path: str | Path) -> Story:
    """Write the stored story as story@1 JSON, each entity's short names after its surface forms
    (:mod:`storyline.present.short_names`)."""
    from storyline.present.short_names import short_names

    story = store.load_story()
    story.meta.setdefault("store", store.url)
    write_story(story, path, short_names(story.entities))
    return story
