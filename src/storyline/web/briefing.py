"""The briefing shown by the overview and /api/brief, made by ``storyline.present.briefing.brief``.

The briefing reads a whole :class:`Story`; for a large store the web UI
briefs a bounded slice instead (the largest story cluster's first articles
and the facts told in them) so a page never loads 20k articles. Results are
cached per saved story (see :class:`BriefService`: built off the request threads, a bounded number at a
time, kept in an LRU cache), since a briefing only changes when a run saves a new story.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from typing import Any

from storyline.model import Entity, Span, Story, StoryCluster
from storyline.store.base import Store
from storyline.web import api_models as S

log = logging.getLogger(__name__)

#: stores up to this many articles are briefed whole; larger ones through a slice of this size
WHOLE_STORE_LIMIT = 400
SLICE_ARTICLES = 30

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
    names = store.entity_names(list(by_entity))
    return [Entity(e, names.get(e, e), "", {}, tuple(spans)) for e, spans in by_entity.items()]


def _to_out(b: Any) -> S.BriefOut:
    return S.BriefOut(**b.to_dict())


class BriefBusy(RuntimeError):
    """Too many briefings are being made (or this one is still being made): answer "try again shortly"."""


class BriefService:
    """Briefings made off the request threads, with bounded concurrency and an LRU cache.

    - a cached briefing is answered at once: the lock here guards two dicts, never a build;
    - a briefing not made yet is built on one of ``workers`` threads; requests for the same briefing
      share one build; a request waits for it at most ``wait`` seconds;
    - at most ``max_waiting`` requests wait for builds at the same time, so the server's request
      threads stay free for every other page; past that, :class:`BriefBusy` (HTTP 503, retry);
    - the ``max_entries`` most recently used briefings are kept.
    """

    def __init__(self, workers: int = 2, max_waiting: int = 8, max_entries: int = 64) -> None:
        self.cache: OrderedDict[tuple[Any, ...], S.BriefOut] = OrderedDict()
        self.inflight: dict[tuple[Any, ...], Future[S.BriefOut]] = {}
        self.max_entries = max_entries
        self.lock = threading.Lock()
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="storyline-brief")
        self.waiting = threading.BoundedSemaphore(max_waiting)

    def cached(self, key: tuple[Any, ...]) -> S.BriefOut | None:
        with self.lock:
            found = self.cache.get(key)
            if found is not None:
                self.cache.move_to_end(key)
            return found

    def start(self, key: tuple[Any, ...], build: Callable[[], S.BriefOut]) -> Future[S.BriefOut]:
        """The build of ``key``: already made, already running, or started now."""
        with self.lock:
            if key in self.cache:
                done: Future[S.BriefOut] = Future()
                done.set_result(self.cache[key])
                return done
            running = self.inflight.get(key)
            if running is None:
                running = self.executor.submit(self._build, key, build)
                self.inflight[key] = running
            return running

    def _build(self, key: tuple[Any, ...], build: Callable[[], S.BriefOut]) -> S.BriefOut:
        try:
            out = build()
            with self.lock:
                self.cache[key] = out
                self.cache.move_to_end(key)
                while len(self.cache) > self.max_entries:
                    self.cache.popitem(last=False)
            return out
        finally:
            with self.lock:
                self.inflight.pop(key, None)

    def get(self, key: tuple[Any, ...], build: Callable[[], S.BriefOut], wait: float | None = None) -> S.BriefOut:
        """The briefing: from the cache, else from its build (waiting ``wait`` seconds at most)."""
        hit = self.cached(key)
        if hit is not None:
            return hit
        future = self.start(key, build)
        if not self.waiting.acquire(blocking=False):
            raise BriefBusy(f"{MAX_WAITING} briefings are being made; this one was started: try again shortly")
        try:
            return future.result(timeout=wait)
        except FuturesTimeout:
            raise BriefBusy(f"the briefing is still being made after {wait:.0f} s; try again shortly") from None
        finally:
            self.waiting.release()


BUILD_WORKERS, MAX_WAITING, MAX_ENTRIES = 2, 8, 64
WAIT_SECONDS = 300.0  # a request gives up waiting for its build (the build goes on and is cached)
_service = BriefService(BUILD_WORKERS, MAX_WAITING, MAX_ENTRIES)


def _key(store: Store, sentences: int, entity: str | None, query: str | None,
         story_id: str | None) -> tuple[Any, ...]:
    """What a briefing depends on: the saved story. Its version is the last run and the fused counts, which
    change when a story is saved, not while a run only adds or analyzes articles (so an ingest running
    beside the server does not empty the cache)."""
    version = json.dumps(store.last_run(), sort_keys=True, default=str), store.count("events"), store.count("claims")
    return (id(store), version, sentences, entity, query, story_id)


def cached_brief(store: Store, sentences: int = 8, story_id: str | None = None) -> S.BriefOut | None:
    """The briefing when it is already made, else None (never blocks on making it)."""
    return _service.cached(_key(store, sentences, None, None, story_id))


def warm(store: Store, sentences: int = 8, story_id: str | None = None) -> threading.Thread:
    """Start making the default briefing; the returned thread ends when it is made (for shutdown joins)."""
    future = _service.start(_key(store, sentences, None, None, story_id),
                            lambda: _make(store, sentences, None, None, story_id))

    def run() -> None:
        try:
            future.result()
        except Exception:
            log.exception("briefing warm-up failed")

    t = threading.Thread(target=run, name="storyline-brief-warmup", daemon=True)
    t.start()
    return t


def make_brief(store: Store, sentences: int = 8, entity: str | None = None, query: str | None = None,
               story_id: str | None = None, wait: float | None = WAIT_SECONDS) -> S.BriefOut:
    """The briefing (cached, or built on the briefing threads); :class:`BriefBusy` when it cannot be had now."""
    key = _key(store, sentences, entity, query, story_id)
    return _service.get(key, lambda: _make(store, sentences, entity, query, story_id), wait)


def _make(store: Store, sentences: int, entity: str | None, query: str | None, story_id: str | None
          ) -> S.BriefOut:
    from storyline.present.briefing import brief

    story = story_slice(store, story_id)
    analyses = store.analyses([x.id for x in story.articles])
    return _to_out(brief(story, analyses=analyses, max_sections=sentences, entity=entity, query=query,
                         story_id=story_id, embedder=_load_embedder()))
