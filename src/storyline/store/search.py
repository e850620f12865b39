"""Full-text search: SQLite FTS5 (bm25 ranking, snippets) or, on other backends, ILIKE over ``search_facts``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select, text

from storyline.store import tables as s
from storyline.store.base import SearchHit

if TYPE_CHECKING:
    from storyline.store.sql import SqlStore

ALL_KINDS = ("article", "entity", "event", "claim")


def _kinds(kinds: Sequence[str] | None, entity: str | None, outlet: str | None,
           event_type: str | None) -> list[str]:
    wanted = list(kinds or ALL_KINDS)
    bad = [k for k in wanted if k not in ALL_KINDS]
    if bad:
        raise ValueError(f"unknown search kind(s) {bad}; use {', '.join(ALL_KINDS)}")
    if event_type:
        wanted = [k for k in wanted if k == "event"]
    if outlet:
        wanted = [k for k in wanted if k in ("article", "claim")]
    if entity:
        wanted = [k for k in wanted if k != "entity"]
    return wanted


def run_search(store: SqlStore, q: str, kinds: Sequence[str] | None = None, start: str | None = None,
               end: str | None = None, entity: str | None = None, outlet: str | None = None,
               event_type: str | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    from storyline.store.sql import SNIPPET_CLOSE, SNIPPET_OPEN, fts_query

    if limit < 1 or offset < 0:
        raise ValueError("limit must be >= 1 and offset >= 0")
    wanted = _kinds(kinds, entity, outlet, event_type)
    params: dict[str, Any] = {"start": start, "end": end, "entity": entity, "outlet": outlet,
                              "etype": event_type, "n": offset + limit, "o": SNIPPET_OPEN, "c": SNIPPET_CLOSE}
    if not store.is_sqlite:
        return _search_generic(store, q, wanted, params, limit, offset)
    match = fts_query(q)
    if not match:
        return []
    params["q"] = match
    hits: list[SearchHit] = []
    with store.engine.connect() as conn:
        if "article" in wanted:
            hits += [SearchHit("article", r[0], r[1] or r[0], r[2], float(r[3]), article=r[0])
                     for r in conn.execute(text(_ARTICLE_SQL), params)]
        fact_kinds = [k for k in wanted if k != "article"]
        if fact_kinds:
            sql = _FACT_SQL.format(kinds=",".join(f"'{k}'" for k in fact_kinds))  # kinds are validated above
            for r in conn.execute(text(sql), params):
                hits.append(SearchHit(r[0], r[1], r[2], r[3], float(r[4]), article=r[5], start=r[6], end=r[7]))
    hits.sort(key=lambda h: h.score)  # bm25: lower is better
    return hits[offset:offset + limit]


# Dates are compared at the article's own granularity: "2023-02" is within [2023-02-10, 2023-03-01].
_DATE_FILTER = """
  AND (:start IS NULL OR (a.published IS NOT NULL AND a.published >= substr(:start, 1, length(a.published))))
  AND (:end IS NULL OR (a.published IS NOT NULL AND a.published <= substr(:end, 1, length(a.published))))"""

_ARTICLE_SQL = """
SELECT f.id, a.title, snippet(articles_fts, 2, :o, :c, '…', 14), bm25(articles_fts, 0.0, 3.0, 1.0)
FROM articles_fts f JOIN articles a ON a.id = f.id
WHERE articles_fts MATCH :q
  AND (:outlet IS NULL OR a.outlet = :outlet)
  AND (:entity IS NULL OR a.id IN (SELECT article FROM entity_mentions WHERE entity = :entity))""" + _DATE_FILTER + """
ORDER BY 4 LIMIT :n"""

_FACT_SQL = """
SELECT f.kind, f.id, f.title, snippet(facts_fts, 3, :o, :c, '…', 14), bm25(facts_fts, 0.0, 0.0, 3.0, 1.0),
       c.article, c.start, c."end"
FROM facts_fts f
LEFT JOIN events e ON f.kind = 'event' AND e.id = f.id
LEFT JOIN claims c0 ON f.kind = 'claim' AND c0.id = f.id
LEFT JOIN (SELECT id, article, start, json_extract(data, '$.end') AS "end" FROM claims) c ON c.id = c0.id
LEFT JOIN articles a ON a.id = c0.article
WHERE facts_fts MATCH :q AND f.kind IN ({kinds})
  AND (:etype IS NULL OR lower(e.type) = lower(:etype))
  AND (:outlet IS NULL OR a.outlet = :outlet)
  AND (:entity IS NULL
       OR (f.kind = 'event' AND f.id IN (SELECT event FROM event_entities WHERE entity = :entity))
       OR (f.kind = 'claim' AND c0.speaker = :entity))
  AND (:start IS NULL OR f.kind = 'entity' OR coalesce(e.latest, a.published) >= :start)
  AND (:end IS NULL OR f.kind = 'entity' OR substr(coalesce(e.earliest, a.published), 1, 10) <= :end)
ORDER BY 5 LIMIT :n"""


def _search_generic(store: SqlStore, q: str, wanted: list[str], params: dict[str, Any], limit: int,
                    offset: int) -> list[SearchHit]:
    """Portable search (PostgreSQL): every word must occur in title or body, case-insensitively."""
    f = s.search_facts
    words = [w for w in q.split() if w]
    if not words:
        return []
    conds = [or_(f.c.title.ilike(f"%{w}%"), f.c.body.ilike(f"%{w}%")) for w in words]
    query = select(f).where(and_(*conds), f.c.kind.in_(wanted))
    if params["outlet"]:
        query = query.where(f.c.outlet == params["outlet"])
    if params["etype"]:
        query = query.where(f.c.kind == "event", func.lower(f.c.etype) == params["etype"].lower())
    if params["start"]:
        query = query.where(f.c.published >= params["start"])
    if params["end"]:
        query = query.where(f.c.published <= params["end"])
    if params["entity"]:
        query = query.where(or_(
            and_(f.c.kind == "article", f.c.id.in_(select(s.entity_mentions.c.article).where(
                s.entity_mentions.c.entity == params["entity"]))),
            and_(f.c.kind == "event", f.c.id.in_(select(s.event_entities.c.event).where(
                s.event_entities.c.entity == params["entity"]))),
            and_(f.c.kind == "claim", f.c.entity == params["entity"])))
    with store.engine.connect() as conn:
        rows = conn.execute(query.order_by(f.c.kind, f.c.id).offset(offset).limit(limit)).mappings().all()
    hits = []
    for r in rows:
        body = r["body"] or ""
        pos = body.lower().find(words[0].lower())
        snippet = body[max(0, pos - 60): pos + 100] if pos >= 0 else body[:160]
        hits.append(SearchHit(r["kind"], r["id"], r["title"] or r["id"], snippet, 0.0, article=r["article"],
                              start=r["start"], end=r["end"]))
    return hits
