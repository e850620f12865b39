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

from storyline.model import Story, to_dict
from storyline.store.base import Store
from storyline.web import schemas as S

log = logging.getLogger(__name__)

#: stores up to this many articles are briefed whole; larger ones through a slice of this size
WHOLE_STORE_LIMIT = 400

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


def story_slice(store: Store, n_articles: int = WHOLE_STORE_LIMIT) -> Story:
    """The whole story for small stores; else the largest cluster's first articles and their facts."""
    if store.count("articles") <= n_articles:
        return store.load_story()
    clusters = store.stories()
    ids = list(clusters[0].articles[:n_articles]) if clusters else [a.id for a in store.list_articles(limit=n_articles)]
    articles = store.articles(ids)
    wanted = set(ids)
    events = [ev for ev in store.list_events(limit=5000) if any(m.article in wanted for m in ev.mentions)]
    claims = [c for a in ids for c in store.list_claims(article=a, limit=1000)]
    entities = [e for e in store.list_entities(limit=2000) if any(m.article in wanted for m in e.mentions)]
    return Story(articles=articles, entities=entities, events=events, claims=claims,
                 claim_links=store.claim_links(), stories=clusters[:1],
                 source_families=[f for f in store.source_families() if wanted & set(f.articles)])


def _to_out(b: Any) -> S.BriefOut:
    sections = [{"heading": sec.heading, "event": sec.event, "items": [to_dict(it) for it in sec.items]}
                for sec in b.sections]
    return S.BriefOut(title=b.title, method=b.method, markdown=b.to_markdown(), sections=sections)


def make_brief(store: Store, sentences: int = 8, entity: str | None = None, query: str | None = None,
               story_id: str | None = None) -> S.BriefOut:
    from storyline.present.briefing import brief

    last = json.dumps(store.info().get("last_run"), sort_keys=True, default=str), store.count("articles")
    key = (id(store), last, sentences, entity, query, story_id)
    with _lock:
        if key in _cache:
            return _cache[key]
        story = story_slice(store)
        spans = {a: an.sentences for a, an in store.analyses([x.id for x in story.articles]).items()}
        out = _to_out(brief(story, spans, max_sentences=sentences, entity=entity, query=query, story_id=story_id,
                            embedder=_load_embedder()))
        _cache[key] = out
    return out
