"""Full-text search: SQLite FTS5 (bm25) or PostgreSQL tsvector (ts_rank), behind one set of filters.

Each backend contributes only the *match*: for a kind, the rows whose text
matches the query with a score (higher is better) and a snippet. Filters
(outlet, entity, event type, date range) are the same SQL for both, joined
on the stored tables, so both backends answer a query with the same rows.
Query semantics (tokens, every word, last word a prefix) are in
:mod:`storyline.store.fulltext`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    cast,
    column,
    func,
    literal,
    literal_column,
    null,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.sql.expression import Subquery

from storyline.store import tables as s
from storyline.store.base import SEARCH_KINDS, SNIPPET_CLOSE, SNIPPET_OPEN, SearchHit
from storyline.store.fulltext import fts5_query, pg_tsquery
from storyline.timevalues import DateRange, parse_range

SNIPPET_WORDS = 14

# typed NULLs, so PostgreSQL can unite the kinds' columns
_NO_INT: ColumnElement[Any] = cast(null(), Integer)
_NO_TEXT: ColumnElement[Any] = cast(null(), String)

_articles_fts = table("articles_fts", column("rowid"), column("id"), column("title"), column("body"))
_facts_fts = table("facts_fts", column("rowid"), column("kind"), column("id"), column("title"), column("body"))


@dataclass(frozen=True)
class Filters:
    outlet: str | None = None
    entity: str | None = None
    event_type: str | None = None
    dates: DateRange = field(default_factory=DateRange)


def search_kinds(kinds: Sequence[str] | None, f: Filters) -> list[str]:
    """The kinds to search: those asked for, narrowed by the filters that only some kinds have."""
    wanted = list(kinds or SEARCH_KINDS)
    bad = [k for k in wanted if k not in SEARCH_KINDS]
    if bad:
        raise ValueError(f"unknown search kind(s) {bad}; use {', '.join(SEARCH_KINDS)}")
    if f.event_type:
        wanted = [k for k in wanted if k == "event"]
    if f.outlet:
        wanted = [k for k in wanted if k in ("article", "claim")]
    if f.entity:
        wanted = [k for k in wanted if k != "entity"]
    return wanted


# --------------------------------------------------------------------------- the match, per backend


# Snippets are made for the returned page only: a common word matches most of a large store, and making a
# snippet for every match before ranking cost seconds where ranking alone costs milliseconds.

def _fts5(kind: str) -> tuple[Any, str, int, tuple[float, ...]]:
    """FTS5 table, its name, the body column's index and bm25 weights per column (title 3, body 1)."""
    if kind == "article":
        return _articles_fts, "articles_fts", 2, (0.0, 3.0, 1.0)
    return _facts_fts, "facts_fts", 3, (0.0, 0.0, 3.0, 1.0)


def _sqlite_match(kind: str, q: str) -> Subquery:
    """FTS5 rows of one kind matching ``q``: id, title, score (bm25 is lower-better, so negated), rowid."""
    fts, name, _, weights = _fts5(kind)
    where: ColumnElement[bool] = literal_column(name).op("MATCH")(q)
    if kind != "article":
        where = and_(where, fts.c.kind == kind)
    return (select(fts.c.id.label("id"), fts.c.title.label("title"),
                   (-func.bm25(literal_column(name), *weights)).label("score"), fts.c.rowid.label("ref"))
            .select_from(fts).where(where).subquery(f"m_{kind}"))


_SIMPLE: ColumnElement[Any] = literal_column("'simple'::regconfig")
_HEADLINE = (f"StartSel={SNIPPET_OPEN}, StopSel={SNIPPET_CLOSE}, MaxWords={SNIPPET_WORDS + 6}, "
             f"MinWords={SNIPPET_WORDS // 2}, MaxFragments=1, FragmentDelimiter=…")


def _pg_match(kind: str, q: str) -> Subquery:
    """tsvector rows of one kind matching ``q``: id, title, score (ts_rank)."""
    sf = s.search_facts
    tsv: ColumnElement[Any] = literal_column("search_facts.tsv")
    query = func.to_tsquery(_SIMPLE, q)
    return (select(sf.c.id.label("id"), sf.c.title.label("title"), func.ts_rank(tsv, query).label("score"),
                   _NO_INT.label("ref"))
            .where(sf.c.kind == kind, tsv.op("@@")(query)).subquery(f"m_{kind}"))


def _snippet(conn: Connection, kind: str, id_: str, ref: int | None, q: str) -> str:
    """The matched words of one hit in context, marked with :data:`SNIPPET_OPEN`/:data:`SNIPPET_CLOSE`."""
    if conn.dialect.name == "sqlite":
        fts, name, body, _ = _fts5(kind)
        table_ref: ColumnElement[Any] = literal_column(name)
        found = conn.execute(select(func.snippet(table_ref, body, SNIPPET_OPEN, SNIPPET_CLOSE, "…", SNIPPET_WORDS))
                             .select_from(fts).where(table_ref.op("MATCH")(q), fts.c.rowid == ref)).scalar()
    else:
        sf = s.search_facts
        found = conn.execute(select(func.ts_headline(_SIMPLE, sf.c.body, func.to_tsquery(_SIMPLE, q), _HEADLINE))
                             .where(sf.c.kind == kind, sf.c.id == id_).limit(1)).scalar()
    return str(found or "")


# --------------------------------------------------------------------------- filters, shared


def _kind_select(kind: str, m: Subquery, f: Filters) -> Select[tuple[object, ...]]:
    """One kind's hits with the columns of :class:`SearchHit`, filtered on the stored tables."""
    a, e, c = s.articles, s.events, s.claims
    if kind == "article":
        q = select(literal("article").label("kind"), m.c.id, func.coalesce(a.c.title, m.c.id).label("title"),
                   m.c.score, m.c.ref, m.c.id.label("article"), _NO_INT.label("start"), _NO_INT.label("end")
                   ).select_from(m.join(a, a.c.id == m.c.id))
        if f.outlet:
            q = q.where(a.c.outlet == f.outlet)
        if f.entity:
            q = q.where(a.c.id.in_(select(s.entity_mentions.c.article).where(s.entity_mentions.c.entity == f.entity)))
        return q.where(*s.overlapping(a.c.earliest, a.c.latest, f.dates))
    if kind == "event":
        q = select(literal("event").label("kind"), m.c.id, m.c.title, m.c.score, m.c.ref,
                   _NO_TEXT.label("article"), _NO_INT.label("start"), _NO_INT.label("end")
                   ).select_from(m.join(e, e.c.id == m.c.id))
        if f.event_type:
            q = q.where(func.lower(e.c.type) == f.event_type.lower())
        if f.entity:
            q = q.where(e.c.id.in_(select(s.event_entities.c.event).where(s.event_entities.c.entity == f.entity)))
        return q.where(*s.overlapping(e.c.earliest, e.c.latest, f.dates))
    if kind == "claim":
        q = select(literal("claim").label("kind"), m.c.id, m.c.title, m.c.score, m.c.ref,
                   c.c.article, c.c.start, c.c.end).select_from(m.join(c, c.c.id == m.c.id))
        if f.outlet:
            q = q.where(c.c.article.in_(select(a.c.id).where(a.c.outlet == f.outlet)))
        if f.entity:
            q = q.where(c.c.speaker == f.entity)
        return q.where(*s.overlapping(c.c.earliest, c.c.latest, f.dates))
    return select(literal("entity").label("kind"), m.c.id, m.c.title, m.c.score, m.c.ref,
                  _NO_TEXT.label("article"), _NO_INT.label("start"), _NO_INT.label("end")).select_from(m)


def run_search(engine: Engine, q: str, kinds: Sequence[str] | None = None, start: str | None = None,
               end: str | None = None, entity: str | None = None, outlet: str | None = None,
               event_type: str | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """See :meth:`storyline.store.base.Store.search`."""
    if limit < 1 or offset < 0:
        raise ValueError("limit must be >= 1 and offset >= 0")
    f = Filters(outlet=outlet, entity=entity, event_type=event_type, dates=parse_range(start, end))
    wanted = search_kinds(kinds, f)
    sqlite = engine.dialect.name == "sqlite"
    query = fts5_query(q) if sqlite else pg_tsquery(q)
    if not query or not wanted:
        return []
    match = _sqlite_match if sqlite else _pg_match
    parts = [_kind_select(k, match(k, query), f) for k in wanted]
    u = union_all(*parts).subquery("hits")
    stmt = select(u).order_by(u.c.score.desc(), u.c.kind, u.c.id).offset(offset).limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
        return [SearchHit(r.kind, r.id, r.title or r.id, _snippet(conn, r.kind, r.id, r.ref, query),
                          float(r.score or 0.0), article=r.article, start=r.start, end=r.end) for r in rows]


# --------------------------------------------------------------------------- writing the index


def index_rows(conn: Connection, rows: list[tuple[str, str, str | None, str | None]]) -> None:
    """Add (kind, id, title, body) rows to the backend's search index."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        arts = [{"i": i, "t": t or "", "b": b or ""} for k, i, t, b in rows if k == "article"]
        facts = [{"k": k, "i": i, "t": t or "", "b": b or ""} for k, i, t, b in rows if k != "article"]
        if arts:
            conn.execute(text("INSERT INTO articles_fts(id, title, body) VALUES (:i, :t, :b)"), arts)
        if facts:
            conn.execute(text("INSERT INTO facts_fts(kind, id, title, body) VALUES (:k, :i, :t, :b)"), facts)
        return
    conn.execute(s.PG_INSERT, [s.pg_search_row(k, i, t, b) for k, i, t, b in rows])


def unindex_facts(conn: Connection, kind: str, ids: Sequence[str]) -> None:
    """Drop the index rows of these fused facts of one kind (entity, event or claim)."""
    if not ids:
        return
    if conn.dialect.name == "sqlite":
        stmt = text("DELETE FROM facts_fts WHERE kind = :k AND id IN :ids").bindparams(bindparam("ids", expanding=True))
        conn.execute(stmt, {"k": kind, "ids": list(ids)})
    else:
        sf = s.search_facts
        conn.execute(sf.delete().where(sf.c.kind == kind).where(sf.c.id.in_(list(ids))))
