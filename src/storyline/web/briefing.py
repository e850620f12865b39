"""The briefing shown by the overview and /api/brief, made by ``storyline.present.briefing.brief``.

The briefing reads a whole :class:`Story`; for a large store the web UI
briefs a bounded slice instead (the largest story cluster's first articles
and the facts told in them) so a page never loads 20k articles. Results are
cached per store state (the last run), since a briefing only changes when an
``analyze`` run changes the store.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

from storyline.model import Entity, Span, Story, StoryCluster
from storyline.store.base import Store
from storyline.web import api_models as S

log = logging.getLogger(__name__)

#: stores up to this many articles are briefed whole; larger ones through a slice of this size
WHOLE_STORE_LIMIT = 400
SLICE_ARTICLES = 30

_cache: dict[tuple[Any, ...], S.BriefOut] = {}
_lock = threading.Lock()
_embedder: list[Any] = []


def _load_embedder() -> Any:
    """MiniLM once per process; None (lexical fallback) when the model cannot be loaded."""
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


def _key(store: Store, sentences: int, entity: str | None, query: str | None,
         story_id: str | None) -> tuple[Any, ...]:
    last = json.dumps(store.last_run(), sort_keys=True, default=str), store.count("articles")
    return (id(store), last, sentences, entity, query, story_id)


def cached_brief(store: Store, sentences: int = 8, story_id: str | None = None) -> S.BriefOut | None:
    """The briefing when it is already made, else None (never blocks on making it)."""
    return _cache.get(_key(store, sentences, None, None, story_id))


def warm(store: Store, sentences: int = 8, story_id: str | None = None) -> threading.Thread:
    """Make the default briefing in a background thread so the first overview of a large store is fast."""

    def run() -> None:
        try:
            make_brief(store, sentences, story_id=story_id)
        except Exception:
            log.exception("briefing warm-up failed")

    t = threading.Thread(target=run, name="storyline-brief-warmup", daemon=True)
    t.start()
    return t


def make_brief(store: Store, sentences: int = 8, entity: str | None = None, query: str | None = None,
               story_id: str | None = None) -> S.BriefOut:
    from storyline.present.briefing import brief

    key = _key(store, sentences, entity, query, story_id)
    with _lock:
        if key in _cache:
            return _cache[key]
        story = story_slice(store, story_id)
        analyses = store.analyses([x.id for x in story.articles])
        out = _to_out(brief(story, analyses=analyses, max_sections=sentences, entity=entity, query=query,
                            story_id=story_id, embedder=_load_embedder()))
        _cache[key] = out
    return out
