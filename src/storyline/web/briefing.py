"""The briefing shown by the overview and /api/brief, made by ``storyline.present.briefing.brief``.

The briefing reads a whole :class:`Story`; for a large store the web UI
briefs a bounded slice instead (the largest story cluster's first articles
and the facts told in them) so a page never loads 20k articles. Results are
cached per saved story (see :class:`BriefService`: built off the request threads, a bounded number at a
time, kept in an LRU cache), since a briefing only changes when a run saves a new story.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import (
    BrokenExecutor,
    CancelledError,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)
from concurrent.futures import TimeoutError as FuturesTimeout
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from storyline.model import Entity, Span, Story, StoryCluster
from storyline.store.base import Store
from storyline.web import api_models as S

log = logging.getLogger(__name__)

#: stores up to this many articles are briefed whole; larger ones through a slice of this size
WHOLE_STORE_LIMIT = 400
SLICE_ARTICLES = 30
FOCUS_ARTICLES = 60  # a briefing on an entity or a query in a large store reads its best-matching articles

_embedder: list[Any] = []
_embedder_lock = threading.Lock()


def _load_embedder() -> Any:
    """MiniLM once per process; None (lexical fallback) when the model cannot be loaded."""
    with _embedder_lock:  # two briefing threads may ask at once
        if not _embedder:
            try:
                from storyline.analyze.embed import Embedder

                _embedder.append(Embedder.load())
            except Exception:  # the briefing still works lexically; say why in the log
                log.exception("MiniLM embedder unavailable; briefing falls back to lexical similarity")
                _embedder.append(None)
    return _embedder[0]


def story_slice(store: Store, story_id: str | None = None, whole_limit: int = WHOLE_STORE_LIMIT,
                n_articles: int = SLICE_ARTICLES) -> Story:
    """The whole story for small stores; else the newest articles of one cluster (``story_id`` or the
    largest) and their facts.

    Entities in the slice carry only their mentions inside it (a popular entity's full mention list is
    large and the briefing only looks inside the sliced articles).
    """
    if store.count("articles") <= whole_limit:
        return store.load_story()
    cluster = store.story_cluster(story_id) if story_id else _eventful_cluster(store, n_articles)
    clusters = [cluster] if cluster else []
    if clusters:
        ids = _newest(store, clusters[0].articles, n_articles)
    else:
        ids = [a.id for a in store.list_articles(limit=n_articles)]
    return articles_story(store, ids, clusters)


def focus_slice(store: Store, entity: str | None = None, query: str | None = None,
                n_articles: int = FOCUS_ARTICLES) -> Story:
    """What a briefing on an entity or a query reads in a large store: the full-text index's best
    ``n_articles`` for the query, or for the entity's name among the articles that mention it (store queries:
    the store is never loaded whole)."""
    ids: list[str] = []
    if entity is not None:
        head = store.entity_header(entity)
        if head is not None:
            ids = [h.id for h in store.search(head.name, kinds=["article"], entity=entity, limit=n_articles)]
        if not ids:  # a name the index cannot match as words: the articles that mention it
            ids = list(dict.fromkeys(m.article for m in store.entity_mentions(entity, limit=50 * n_articles)))
            ids = ids[:n_articles]
    elif query:
        ids = [h.id for h in store.search(query, kinds=["article"], limit=n_articles)]
    return articles_story(store, ids, [])


def articles_story(store: Store, ids: list[str], clusters: list[StoryCluster]) -> Story:
    """A story of these articles and the facts told in them (entities with their mentions inside them)."""
    articles = store.articles(ids)
    wanted = set(ids)
    events = store.article_events(ids)
    claims = [c for a in ids for c in store.list_claims(article=a, limit=1000)]
    return Story(articles=articles, entities=_slice_entities(store, ids), events=events, claims=claims,
                 claim_links=[link for c in claims for link in store.claim_links(c.id) if link.from_ == c.id],
                 stories=clusters, source_families=store.source_families(wanted))


def _newest(store: Store, ids: tuple[str, ...] | list[str], n: int) -> list[str]:
    """The ``n`` newest of a cluster's articles (clusters grow in date order: only their tail is read)."""
    tail = store.articles(list(ids)[-4 * n:])
    return [a.id for a in sorted(tail, key=lambda a: a.published or "", reverse=True)[:n]]


def _eventful_cluster(store: Store, n: int, candidates: int = 5) -> StoryCluster | None:
    """Among the largest clusters, the one whose newest articles tell the most incidents (a mixed newswire's
    largest cluster can be earnings tables, which make no briefing); ties go to the larger cluster."""
    from storyline.present.incidents import is_incident

    best, best_score = None, -1
    for c in store.stories()[:candidates]:
        score = sum(1 for ev in store.article_events(_newest(store, c.articles, n)) if is_incident(ev))
        if score > best_score:
            best, best_score = c, score
    return best


def _slice_entities(store: Store, ids: list[str]) -> list[Entity]:
    by_entity: dict[str, list[Span]] = {}
    for aid in ids:
        article = store.article(aid)
        for (start, end), ent in store.mention_entities(aid).items():
            by_entity.setdefault(ent, []).append(Span(aid, start, end, article.text[start:end] if article else ""))
    heads = {e: h for e in by_entity if (h := store.entity_header(e)) is not None}
    # names, types (a pronoun's speaker is no place; a capital speaks for its country) and aliases ("Estmarki")
    return [Entity(e, heads[e].name if e in heads else e, heads[e].type if e in heads else "",
                   dict(heads[e].aliases) if e in heads else {}, tuple(spans)) for e, spans in by_entity.items()]


def _to_out(b: Any) -> S.BriefOut:
    return S.BriefOut(**b.to_dict())


class BriefBusy(RuntimeError):
    """Too many briefings are being made (or this one is still being made): answer "try again shortly"."""


class BriefService:
    """Briefings made off the request threads, with bounded concurrency and an LRU cache.

    - a cached briefing is answered at once: the lock here guards two dicts, never a build;
    - a briefing not made yet is built by ``executor`` (the server's: one worker *process*, so a build
      never holds the request threads' interpreter lock); requests for the same briefing share one build;
      a request waits for it at most ``wait`` seconds;
    - at most ``max_waiting`` requests wait for builds at the same time, and at most as many builds are
      queued or running, so the server's request threads stay free for every other page and the queue
      stays short; past that, :class:`BriefBusy` (HTTP 503, retry) and nothing is started;
    - the ``max_entries`` most recently used briefings are kept.
    """

    def __init__(self, executor: Callable[[], Executor], max_waiting: int = 8, max_entries: int = 64) -> None:
        self.cache: OrderedDict[tuple[Any, ...], S.BriefOut] = OrderedDict()
        self.inflight: dict[tuple[Any, ...], Future[S.BriefOut]] = {}
        self.max_entries = max_entries
        self.lock = threading.Lock()
        self.make_executor = executor
        self.executor: Executor | None = None
        self.max_waiting = max_waiting
        self.waiting = threading.BoundedSemaphore(max_waiting)

    def cached(self, key: tuple[Any, ...]) -> S.BriefOut | None:
        with self.lock:
            found = self.cache.get(key)
            if found is not None:
                self.cache.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], made: S.BriefOut) -> None:
        """Keep a briefing made elsewhere (stored by a run)."""
        with self.lock:
            self.cache[key] = made
            self._trim(key)

    def start(self, key: tuple[Any, ...], build: Callable[[], S.BriefOut], limit: int | None = None
              ) -> Future[S.BriefOut]:
        """The build of ``key``: already made, already running, or started now (``build`` must pickle when
        the executor is a process pool). With ``limit``, :class:`BriefBusy` rather than a new build when that
        many are queued or running already (the queue stays bounded)."""
        with self.lock:
            if key in self.cache:
                done: Future[S.BriefOut] = Future()
                done.set_result(self.cache[key])
                return done
            running = self.inflight.get(key)
            if running is not None:
                return running
            if limit is not None and len(self.inflight) >= limit:
                raise BriefBusy(f"{len(self.inflight)} briefings are being made; try again shortly")
            running = self._submit(build)
            self.inflight[key] = running
        running.add_done_callback(lambda f: self._finished(key, f))  # outside the lock: it may run at once
        return running

    def _submit(self, build: Callable[[], S.BriefOut]) -> Future[S.BriefOut]:
        if self.executor is None:
            self.executor = self.make_executor()
        try:
            return self.executor.submit(build)
        except BrokenExecutor:  # a worker died (killed, out of memory): a new pool for this and later builds
            log.warning("briefing worker pool broken; starting a new one")
            self.executor = self.make_executor()
            return self.executor.submit(build)

    def _finished(self, key: tuple[Any, ...], future: Future[S.BriefOut]) -> None:
        with self.lock:
            self.inflight.pop(key, None)
            if not future.cancelled() and isinstance(future.exception(), BrokenExecutor):
                # the worker process could not run (a script without a __main__ guard, no memory):
                # threads of this process make the briefings from now on
                log.warning("briefing worker process failed (%s); making briefings on threads",
                            future.exception())
                self.make_executor = _thread_pool
                self.executor = None
            if future.cancelled() or future.exception() is not None:
                return  # not cached: the next request tries again
            self.cache[key] = future.result()
            self._trim(key)

    def _trim(self, newest: tuple[Any, ...]) -> None:
        self.cache.move_to_end(newest)
        while len(self.cache) > self.max_entries:
            self.cache.popitem(last=False)

    def get(self, key: tuple[Any, ...], build: Callable[[], S.BriefOut], wait: float | None = None) -> S.BriefOut:
        """The briefing: from the cache, else from its build (waiting ``wait`` seconds at most)."""
        hit = self.cached(key)
        if hit is not None:
            return hit
        if not self.waiting.acquire(blocking=False):
            raise BriefBusy(f"{self.max_waiting} requests already wait for briefings; try again shortly")
        try:
            future = self.start(key, build, limit=self.max_waiting)
            return future.result(timeout=wait)
        except FuturesTimeout:
            raise BriefBusy(f"the briefing is still being made after {wait:.0f} s; try again shortly") from None
        finally:
            self.waiting.release()

    def shutdown(self) -> None:
        """Cancel queued builds and stop a build under way: a server told to stop exits now, not when the
        worker has finished (the pool's exit handler would join it; a worker waiting on a busy store could
        keep the server alive indefinitely)."""
        executor, self.executor = self.executor, None
        if executor is None:
            return
        # ProcessPoolExecutor has no public way to stop its workers before Python 3.14 (terminate_workers)
        workers = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            if worker.is_alive():
                worker.terminate()


MAX_WAITING, MAX_ENTRIES = 8, 64
WAIT_SECONDS = 300.0  # a request gives up waiting for its build (the build goes on and is cached)


def _process_pool() -> Executor:
    """One worker process makes briefings: its CPU time is its own, not the request threads' (the GIL)."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))


def _thread_pool() -> Executor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyline-brief")


_service = BriefService(_process_pool, MAX_WAITING, MAX_ENTRIES)


def _code_digest() -> str:
    """The code that writes a briefing and the overview's incidents (``storyline.present``, this module and
    :mod:`storyline.web.ahead`): what another version stored is not served by this one."""
    here = Path(__file__).resolve()
    digest = hashlib.sha1()
    for path in sorted([*(here.parents[1] / "present").glob("*.py"), here, here.with_name("ahead.py")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


CODE = _code_digest()


def store_state(store: Store) -> str:
    """Changes whenever a run changes the saved story (caches and the stored briefing are keyed on it): the last
    run and the fused counts (and the briefing code's digest). Not while a run only adds or analyzes articles
    (they are in no incident until fused), so an ingest beside the server does not empty the caches with every
    article it adds."""
    return json.dumps([store.last_run(), store.count("events"), store.count("claims"), CODE], sort_keys=True,
                      default=str)


def _key(store: Store, sentences: int, entity: str | None, query: str | None,
         story_id: str | None) -> tuple[Any, ...]:
    """What a briefing depends on: the saved story (see :func:`store_state`)."""
    return (store.url, store_state(store), sentences, entity, query, story_id)


def cached_brief(store: Store, sentences: int = 8, story_id: str | None = None) -> S.BriefOut | None:
    """The briefing when it is already made (cached, or stored by the last run), else None (never blocks on
    making it)."""
    key = _key(store, sentences, None, None, story_id)
    return _service.cached(key) or _stored(store, key)


# --------------------------------------------------------------------------- made by the run, served at once

OVERVIEW_SECTIONS = 12  # the overview's briefing (the default of /api/brief and of the pages)
STORED_BRIEF = "overview-brief"


def store_overview_brief(store: Store, embedder: Any) -> S.BriefOut:
    """Make the overview's briefing and keep it in the store, for the state the run leaves (called at the end of
    ``storyline analyze`` and ``resolve``, holding the writer lock): the first overview after a run is served
    from the store instead of waiting for the sentence model. The next run changes the state, which retires it."""
    state = store_state(store)
    made = _make(store, OVERVIEW_SECTIONS, None, None, None, embedder)
    made = made.model_copy(update={"made_at": datetime.now(UTC).isoformat(timespec="seconds")})
    store.put_presented(STORED_BRIEF, state, made.model_dump_json())
    return made


def stored_overview_brief(store: Store) -> S.BriefOut | None:
    """The overview's briefing the last run stored, while the store is in the state it was made for."""
    return _stored(store, _key(store, OVERVIEW_SECTIONS, None, None, None))


def _stored(store: Store, key: tuple[Any, ...]) -> S.BriefOut | None:
    """The briefing the last run stored, when ``key`` asks for it and the store is still in that state (then
    cached like a made one)."""
    _url, state, sentences, entity, query, story_id = key
    if (sentences, entity, query, story_id) != (OVERVIEW_SECTIONS, None, None, None):
        return None
    found = store.presented(STORED_BRIEF)
    if found is None or found[0] != state:
        return None
    made = S.BriefOut.model_validate_json(found[1])
    _service.put(key, made)
    return made


def _builder(store: Store, sentences: int, entity: str | None, query: str | None, story_id: str | None
             ) -> Callable[[], S.BriefOut]:
    return partial(build_in_worker, store.url, sentences, entity, query, story_id)


def warm(store: Store, sentences: int = 8, story_id: str | None = None) -> threading.Thread:
    """Start making the default briefing; the returned thread ends when it is made (for shutdown joins)."""
    future = _service.start(_key(store, sentences, None, None, story_id),
                            _builder(store, sentences, None, None, story_id))

    def run() -> None:
        try:
            future.result()
        except CancelledError:
            pass  # the server is shutting down
        except Exception:
            log.exception("briefing warm-up failed")

    t = threading.Thread(target=run, name="storyline-brief-warmup", daemon=True)
    t.start()
    return t


def make_brief(store: Store, sentences: int = 8, entity: str | None = None, query: str | None = None,
               story_id: str | None = None, wait: float | None = WAIT_SECONDS) -> S.BriefOut:
    """The briefing (cached, or made by the briefing worker); :class:`BriefBusy` when it cannot be had now."""
    key = _key(store, sentences, entity, query, story_id)
    return _service.cached(key) or _stored(store, key) or \
        _service.get(key, _builder(store, sentences, entity, query, story_id), wait)


def stop_building() -> None:
    """Cancel queued builds and let the worker go (server shutdown)."""
    _service.shutdown()


_worker_stores: dict[str, tuple[Store, Any]] = {}
_MODEL: Any = object()  # _make's default: this process's MiniLM (a run passes its own, or None: lexical)


def build_in_worker(url: str, sentences: int, entity: str | None, query: str | None, story_id: str | None
                    ) -> S.BriefOut:
    """One briefing, in the worker process: the store opened read-only there (once), the same code path.

    Sentence vectors are read from the store's vector cache where a run left them (fusion's, and the end-of-run
    briefing's: stored exactly, so the briefing is the same): a briefing an older version stored is made again
    in about a fifth of the CPU (on the examples 4.8 -> 0.9 s, every one of its 441 sentences found)."""
    from storyline.store import open_store

    opened = _worker_stores.get(url)
    if opened is None:
        store = open_store(url, readonly=True)
        model = _load_embedder()
        opened = _worker_stores[url] = (store, _cached(model, store) if model is not None else None)
    return _make(opened[0], sentences, entity, query, story_id, opened[1])


def _cached(model: Any, store: Store) -> Any:
    from storyline.analyze.embed import CachedEmbedder

    return CachedEmbedder(model, store)  # a read-only store: what it encodes anew is never written there


def _make(store: Store, sentences: int, entity: str | None, query: str | None, story_id: str | None,
          embedder: Any = _MODEL) -> S.BriefOut:
    from storyline.present.briefing import brief

    focused = bool((entity or query) and not story_id and store.count("articles") > WHOLE_STORE_LIMIT)
    story = (focus_slice(store, entity, query, FOCUS_ARTICLES) if focused
             else story_slice(store, story_id, WHOLE_STORE_LIMIT, SLICE_ARTICLES))
    # (the brief reads the analyses' sentences and event mentions; the claims it briefs are the fused ones)
    analyses = store.analyses([x.id for x in story.articles], claims=False, mentions=False)
    made = brief(story, analyses=analyses, max_sections=sentences, entity=entity, query=query,
                 story_id=story_id, embedder=_load_embedder() if embedder is _MODEL else embedder)
    said = slice_words(store.count("articles"), story, focused)
    return _to_out(replace(made, scope=f"{made.scope} {said}") if said and made.scope else made)


def slice_words(n_store: int, story: Story, focused: bool) -> str:
    """What a large store's briefing reads, for its scope: the overview counts 1,000 articles, its briefing
    "From 20 articles" — which 20 is said ("… the 20 newest of one story, “Brazil / IMF”"), never left to guess.
    Empty for a store briefed whole."""
    from storyline.present.words import number_words

    if n_store <= WHOLE_STORE_LIMIT:
        return ""
    held = f"The store holds {number_words(n_store)} articles: this briefing reads"
    n = len(story.articles)
    if focused:
        return f"{held} the {n} that match best."
    if not story.stories:
        return f"{held} the {n} newest."
    c = story.stories[0]
    which = f"the {n} newest of" if n < len(c.articles) else f"the {n} articles of"
    return f"{held} {which} one story, “{c.label}” (the briefing page briefs any story, name, query or dates)."
