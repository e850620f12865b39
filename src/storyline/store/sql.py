"""The SQL store: SQLite by default (one file, WAL), PostgreSQL with the same code.

One writer, many readers: the CLI writes in one process; the web server opens
the file read-only. Everything a query filters on is a column; the rest of an
object is its JSON in ``data`` (the generic serialization of ``model.py``).
The two dialects differ only in full-text search (:mod:`storyline.store.search`).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
from sqlalchemy import (
    JSON,
    Connection,
    Engine,
    Select,
    bindparam,
    cast,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
)
from sqlalchemy.pool import NullPool, QueuePool

from storyline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    ClaimLink,
    Corroboration,
    Entity,
    Event,
    Role,
    SourceFamily,
    Span,
    StoredEntity,
    Story,
    StoryCluster,
    Timex,
    dumps,
    from_dict,
)
from storyline.store import tables as s
from storyline.store.base import KINDS, EntityHeader, Facets, SearchHit
from storyline.store.lock import Holder, writer_lock
from storyline.store.search import index_rows, run_search, unindex_facts
from storyline.timevalues import DateRange, interval_strings, parse_range, time_bounds

T = TypeVar("T")
log = logging.getLogger(__name__)

#: most bound values in one IN (...) list (SQLite allows 32766 variables per statement)
CHUNK = 500


class StoreError(RuntimeError):
    pass


class OlderSchema(StoreError):
    """A store opened read-only whose schema a newer version of Storyline upgrades (any write command does)."""


def _log_wait(holder: Holder | None) -> None:
    log.warning("waiting for the writer lock, held by %s", holder or "another process")


def _dump(obj: Any) -> str:
    return dumps(obj)


def _load(cls: type[T], data: str) -> T:
    return from_dict(cls, json.loads(data))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield list(items[i:i + CHUNK])


def _like(q: str) -> str:
    """A LIKE pattern for a substring, with the pattern characters escaped (escape character ``\\``)."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _header(row: Any) -> EntityHeader:
    head = json.loads(row.head) if row.head else {}
    roles = tuple(from_dict(Role, d) for d in head.get("roles", ()))
    return EntityHeader(row.id, row.name, row.type or "", int(row.n_mentions), dict(head.get("aliases", {})),
                        dict(head.get("types", {})), roles)


#: fused objects inserted per statement batch when a story is saved (bounds the JSON held at once)
_SAVE_CHUNK = 2000
#: a blocking key is kept and looked up cut to this length (the same cut on both sides: two long keys that
#: then agree only find one entity more)
_KEY_CHARS = 500

#: the tables (and key column) a fused row of each kind is deleted from (claim links: by from, to, type)
_DROP: dict[str, list[tuple[Any, str]]] = {
    "entity": [(s.entities, "id"), (s.entity_mentions, "entity"), (s.entity_keys, "entity")],
    "event": [(s.events, "id"), (s.event_mentions, "event"), (s.event_entities, "event")],
    "claim": [(s.claims, "id")],
    "claim_support": [(s.claim_support, "claim")],
    "story": [(s.stories, "id")],
    "source_family": [(s.source_families, "id")],
}


def fused_rows_of(story: Story, read: Mapping[str, tuple[Entity, str]] | None = None
                  ) -> dict[str, dict[str, tuple[str, Any]]]:
    """kind -> row key -> (digest of its stored JSON, the object to store), for every fused row of ``story``.

    ``read``: entities read from the store with their digests; one the story holds as the very same object
    keeps its digest (frozen objects: the same object is the same row), so only new or changed ones are dumped.
    """
    def rows(objs: Iterable[tuple[str, Any, Any]]) -> dict[str, tuple[str, Any]]:
        return {key: (s.digest(_dump(dumped)), obj) for key, dumped, obj in objs}

    known = read or {}
    entities = {e.id: (known[e.id][1], e) for e in story.entities if e.id in known and known[e.id][0] is e}

    links: dict[str, list[ClaimLink]] = {}
    for link in story.claim_links:
        links.setdefault(s.link_key(link.from_, link.to, link.type), []).append(link)
    return {
        "entity": {**rows((e.id, e, e) for e in story.entities if e.id not in entities), **entities},
        "event": rows((e.id, e, e) for e in story.events),
        "claim": rows((c.id, c, c) for c in story.claims),
        "claim_link": {k: (s.digest("\n".join(sorted(_dump(x) for x in g))), g) for k, g in links.items()},
        "claim_support": rows((k, v, (k, v)) for k, v in story.claim_support.items()),
        "story": rows((st.id, st, st) for st in story.stories),
        "source_family": rows((f.id, f, f) for f in story.source_families),
    }


#: stored entities read one by one on a miss before a miss reads the next unread ones in read order (a chunk of
#: :data:`_LOAD_CHUNK`): a walk over all of them then costs one read of each, as reading them whole did
_LOAD_ALONE = 64
_LOAD_CHUNK = 500
#: answers of :meth:`_StoredMentions.spans` kept (by the articles asked)
_SPANS_KEPT = 4


class _StoredMentions:
    """Where the :class:`storyline.model.StoredEntity` objects of one :meth:`SqlStore.stored_entities` read their
    mention lists: one by one on a miss (the few a run touches), then, past :data:`_LOAD_ALONE` misses, that
    entity and the next unread ones in read order (a walk over every entity then costs about one read of each,
    as reading them whole did); where they are mentioned in some articles is read from the ``entity_mentions``
    table (no mention list parsed), each article once."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.order: list[StoredEntity] = []
        self.misses = 0
        self._at: dict[str, int] | None = None
        self._by_article: dict[str, list[tuple[str, int, int]]] = {}  # article -> (entity, start, end)
        self._spans: dict[frozenset[str], dict[str, list[tuple[str, int, int]]]] = {}  # the last asked

    def load(self, entity: StoredEntity) -> None:
        self.misses += 1
        todo = [entity]
        if self.misses > _LOAD_ALONE:
            if self._at is None:
                self._at = {x.id: i for i, x in enumerate(self.order)}
            at = self._at.get(entity.id)
            if at is not None:
                todo += [x for x in self.order[at + 1:at + _LOAD_CHUNK] if not x.read]
        self.load_many(todo)
        if not entity.read:
            raise StoreError(f"entity {entity.id!r} is no longer stored")

    def load_many(self, entities: Collection[StoredEntity]) -> None:
        by_id = {x.id: x for x in entities}
        for whole in self.store._entities_by_id(list(by_id)):
            by_id[whole.id].fill(whole.mentions, whole.metonymy)

    def spans(self, articles: Collection[str]) -> dict[str, list[tuple[str, int, int]]]:
        key = frozenset(articles)  # (the steps of a run ask for the same articles again and again)
        if key not in self._spans:
            if len(self._spans) >= _SPANS_KEPT:
                self._spans.pop(next(iter(self._spans)))
            self._spans[key] = self._spans_in(key)
        return self._spans[key]

    def _spans_in(self, articles: Collection[str]) -> dict[str, list[tuple[str, int, int]]]:
        em = s.entity_mentions
        missing = sorted(set(articles) - self._by_article.keys())
        for chunk in _chunks(missing):
            for a in chunk:
                self._by_article[a] = []
            query = select(em.c.article, em.c.entity, em.c.start, em.c.end).where(em.c.article.in_(chunk))
            for article, eid, start, end in self.store._rows(query):
                self._by_article[article].append((eid, start, end))
        out: dict[str, list[tuple[str, int, int]]] = {}
        for a in articles:
            for eid, start, end in self._by_article.get(a, ()):
                out.setdefault(eid, []).append((a, start, end))
        for spans in out.values():
            spans.sort()
        return out


class SqlStore:
    """A :class:`storyline.store.base.Store` over SQLAlchemy Core."""

    def __init__(self, url: str, readonly: bool = False, migrate: bool = True) -> None:
        self.url = url
        self.readonly = readonly
        self.engine = self._engine(url, readonly)
        self.lock = writer_lock(url, self.engine)
        #: entities as last read by :meth:`entities` (a writer's), with the digest of their stored JSON: an
        #: entity a fusion hands back unchanged (the same object) is known to be unchanged without a dump
        self._read: dict[str, tuple[Entity, str]] = {}
        #: the connection :meth:`_rows` and :meth:`_scalar` read through inside :meth:`reads` (and its thread)
        self._held: tuple[int, Connection] | None = None
        if not readonly:
            if migrate:  # migrate=False: the caller migrates once it holds the writer lock
                self.migrate()
        elif not inspect(self.engine).has_table("schema_migrations"):
            raise StoreError(f"{url}: not a Storyline store (no schema); run `storyline analyze` first")
        elif self.schema_version() < s.MIGRATIONS[-1][0]:
            raise OlderSchema(f"{url}: the store has an older schema (version {self.schema_version()}); any command "
                             f"that writes to it upgrades it first, e.g. `storyline resolve --db ... --incremental`")

    # ------------------------------------------------------------------ setup

    @staticmethod
    def _engine(url: str, readonly: bool) -> Engine:
        if url.startswith("sqlite:///"):
            path = url[len("sqlite:///"):]
            if Path(path).is_dir():
                raise StoreError(f"{path} is a directory; give a store file such as {Path(path) / 'storyline.db'}")
            if readonly:
                if not Path(path).exists():
                    raise StoreError(f"{path}: no such store; run `storyline analyze ... --db {path}` first")
                url = f"sqlite:///file:{path}?mode=ro&uri=true"
            else:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            # a reader (the web server) keeps its connections: a third less time per page than connecting for
            # every query; a writer connects per transaction (nothing held between runs or across a fork)
            engine = create_engine(url, poolclass=NullPool) if not readonly else \
                create_engine(url, poolclass=QueuePool, pool_size=8, max_overflow=32)

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                if not readonly:
                    cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA busy_timeout=10000")
                cur.close()

            return engine
        return create_engine(url, pool_pre_ping=True)

    def migrate(self) -> list[int]:
        """Apply pending migrations in order (holding the writer lock); returns the versions applied."""
        applied: list[int] = []
        if not self._pending_migrations():
            return applied  # the usual case: no lock taken, so opening a store never waits for a writer
        with self.writer(what="migrate"), self.engine.begin() as conn:
            s.migrations_table.create(conn, checkfirst=True)
            done = {r[0] for r in conn.execute(select(s.migrations_table.c.version))}
            for version, name, fn in s.MIGRATIONS:
                if version not in done:
                    fn(conn)
                    conn.execute(insert(s.migrations_table).values(version=version, name=name, applied_at=_now()))
                    applied.append(version)
        return applied

    def _pending_migrations(self) -> bool:
        if not inspect(self.engine).has_table("schema_migrations"):
            return True
        with self.engine.connect() as conn:
            done = {r[0] for r in conn.execute(select(s.migrations_table.c.version))}
        return any(version not in done for version, _, _ in s.MIGRATIONS)

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(s.migrations_table.c.version))).scalar() or 0

    @contextmanager
    def writer(self, wait: bool | float = True, on_wait: Callable[[Holder | None], None] | None = None,
               what: str = "") -> Iterator[None]:
        """Hold the store's single-writer lock for the block (re-entrant within a thread).

        ``wait``: True waits until the lock is free, False refuses at once, a number waits that many
        seconds at most; :class:`StoreBusy` names the holder (pid, host, since) when it is not free in
        time. ``on_wait(holder)`` is called once when the call starts waiting. Every write takes the lock
        for its own transaction when the caller does not hold it, so a run holds it from its first write
        to its last and a second run waits for the whole first one (never interleaving with it).
        """
        if self.readonly:
            raise StoreError(f"{self.url} is open read-only")
        self.lock.acquire(wait, on_wait or _log_wait, what)
        try:
            yield
        finally:
            self.lock.release()

    def writer_holder(self) -> Holder | None:
        """Who holds the writer lock now (None when nobody does, or when that cannot be read)."""
        return self.lock.holder()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self.readonly:
            raise StoreError(f"{self.url} is open read-only")
        with self.writer(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """The connection a read goes through: the :meth:`reads` block's (in its thread), else its own."""
        held = self._held
        if held is None or held[0] != threading.get_ident():
            with self.engine.connect() as conn:
                yield conn
            return
        try:
            yield held[1]
        finally:
            held[1].rollback()  # no read transaction left open: the next read sees what was written since

    @contextmanager
    def reads(self) -> Iterator[None]:
        """See :meth:`Store.reads`: one connection for the block's reads (in this thread), instead of one per
        query (a writer connects per transaction: about 1.1 ms of CPU for a SQLite file's connection and
        pragmas, against 0.05 ms for a count through the block's)."""
        if self._held is not None:  # nested: the outer block's connection serves
            yield
            return
        with self.engine.connect() as conn:
            self._held = (threading.get_ident(), conn)
            try:
                yield
            finally:
                self._held = None

    def _rows(self, query: Select[Any]) -> list[Any]:
        with self._reading() as conn:
            return list(conn.execute(query).all())

    def _scalar(self, query: Select[Any]) -> Any:
        with self._reading() as conn:
            return conn.execute(query).scalar()

    def _objects(self, cls: type[T], query: Select[Any]) -> list[T]:
        return [_load(cls, r[0]) for r in self._rows(query)]

    def _page(self, cls: type[T], table: Any, ids_query: Select[Any]) -> list[T]:
        """One page of objects: the ordered, limited query selects ids only, so the database sorts small rows
        (not their JSON; a deep page of a 20k-article store stays fast), then the page's JSON is read."""
        ids = [r[0] for r in self._rows(ids_query)]
        found = {r[0]: r[1] for chunk in _chunks(ids)
                 for r in self._rows(select(table.c.id, table.c.data).where(table.c.id.in_(chunk)))}
        return [_load(cls, found[i]) for i in ids if i in found]

    def _one(self, cls: type[T], table: Any, key: Any, value: str) -> T | None:
        found = self._objects(cls, select(table.c.data).where(key == value).limit(1))
        return found[0] if found else None

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ articles

    def add_articles(self, articles: Iterable[Article]) -> list[str]:
        given = list(articles)
        added: list[str] = []
        with self._write() as conn:
            # one look-up per chunk and one multi-row insert per table, not three statements per article
            seen = {r[0] for chunk in _chunks(list(dict.fromkeys(a.id for a in given)))
                    for r in conn.execute(select(s.articles.c.id).where(s.articles.c.id.in_(chunk)))}
            seq = conn.execute(select(func.coalesce(func.max(s.articles.c.seq), 0))).scalar() or 0
            rows: list[dict[str, Any]] = []
            new: list[Article] = []
            for a in given:
                if a.id in seen:  # stored before, or given earlier in this call: the first one is kept
                    continue
                seen.add(a.id)
                seq += 1
                earliest, latest = interval_strings(a.published)
                rows.append({"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url,
                             "published": a.published, "language": a.language, "credit": a.credit,
                             "copy_of": a.copy_of, "source": a.source, "seq": seq, "data": _dump(a),
                             "earliest": earliest, "latest": latest})
                new.append(a)
                added.append(a.id)
            self._insert(conn, s.articles, rows)
            index_rows(conn, [("article", a.id, a.title, a.text) for a in new])
        return added

    def has_article(self, article_id: str) -> bool:
        return bool(self._rows(select(s.articles.c.id).where(s.articles.c.id == article_id)))

    def article(self, article_id: str) -> Article | None:
        return self._one(Article, s.articles, s.articles.c.id, article_id)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        a = s.articles
        if ids is None:
            return self._objects(Article, select(a.c.data).order_by(a.c.seq))
        rows: list[Any] = []
        for chunk in _chunks(list(dict.fromkeys(ids))):
            rows += self._rows(select(a.c.seq, a.c.data).where(a.c.id.in_(chunk)))
        return [_load(Article, r[1]) for r in sorted(rows, key=lambda r: r[0])]

    def _article_filter(self, query: Select[Any], outlet: str | None, q: str | None, start: str | None,
                        end: str | None) -> Select[Any]:
        a = s.articles
        if outlet:
            query = query.where(a.c.outlet == outlet)
        if q:
            query = query.where(or_(a.c.title.ilike(_like(q), escape="\\"), a.c.id.ilike(_like(q), escape="\\")))
        return query.where(*s.overlapping(a.c.earliest, a.c.latest, parse_range(start, end)))

    def list_articles(self, offset: int = 0, limit: int = 50, outlet: str | None = None, q: str | None = None,
                      start: str | None = None, end: str | None = None) -> list[Article]:
        a = s.articles
        query = select(a.c.id).order_by(a.c.latest.is_(None), a.c.latest.desc(), a.c.published.desc(), a.c.seq)
        query = self._article_filter(query, outlet, q, start, end)
        return self._page(Article, a, query.offset(offset).limit(limit))

    def count_articles(self, outlet: str | None = None, q: str | None = None, start: str | None = None,
                       end: str | None = None) -> int:
        query = self._article_filter(select(func.count()).select_from(s.articles), outlet, q, start, end)
        return int(self._scalar(query) or 0)

    def count(self, kind: str) -> int:
        table = {"articles": s.articles, "analyses": s.analyses, "entities": s.entities, "events": s.events,
                 "claims": s.claims, "claim_links": s.claim_links, "stories": s.stories,
                 "source_families": s.source_families}.get(kind)
        if table is None:
            raise ValueError(f"unknown kind {kind!r}; use {', '.join(KINDS)}")
        return int(self._scalar(select(func.count()).select_from(table)) or 0)

    # ------------------------------------------------------------------ analyses

    def put_analyses(self, analyses: Iterable[ArticleAnalysis]) -> None:
        latest = {a.article: a for a in analyses}  # an article given twice keeps its last analysis, as before
        with self._write() as conn:  # a statement per chunk, not three per analysis (same rows)
            for chunk in _chunks(list(latest)):
                conn.execute(delete(s.analyses).where(s.analyses.c.article.in_(chunk)))
                # their sentences may have changed: the words read from them are made again at the next fusion
                conn.execute(delete(s.sentence_words).where(s.sentence_words.c.article.in_(chunk)))
                conn.execute(delete(s.passage_grams).where(s.passage_grams.c.article.in_(chunk)))
                pp = s.passage_pairs
                conn.execute(delete(pp).where(pp.c.first.in_(chunk) | pp.c.second.in_(chunk)))
                # a new analysis is not in the saved story yet: the next fusion takes it up
                conn.execute(delete(s.fused_articles).where(s.fused_articles.c.article.in_(chunk)))
                self._insert(conn, s.analyses, [{"article": k, "config_hash": latest[k].config_hash,
                                                 "data": _dump(latest[k])} for k in chunk])

    def analysis(self, article_id: str) -> ArticleAnalysis | None:
        return self._one(ArticleAnalysis, s.analyses, s.analyses.c.article, article_id)

    def analyses(self, ids: Iterable[str] | None = None, claims: bool = True,
                 timexes: bool = True, mentions: bool = True) -> dict[str, ArticleAnalysis]:
        an, a = s.analyses, s.articles
        # without claims (or time expressions, or name mentions), SQLite drops them from the JSON before it is read
        # (the claims are a third of a stored analysis, the time expressions a fifth of what decoding the rest costs)
        dropped = [path for path, keep in (("$.claims", claims), ("$.timexes", timexes), ("$.mentions", mentions))
                   if not keep]
        sqlite = self.engine.dialect.name == "sqlite"
        data = func.json_remove(an.c.data, *dropped) if dropped and sqlite else an.c.data
        base = select(a.c.seq, an.c.article, data).join(a, a.c.id == an.c.article)
        if ids is None:
            rows = self._rows(base)
        else:
            rows = [r for chunk in _chunks(list(dict.fromkeys(ids)))
                    for r in self._rows(base.where(an.c.article.in_(chunk)))]
        ordered = sorted(rows, key=lambda r: r[0])
        if not dropped:
            return {r[1]: _load(ArticleAnalysis, r[2]) for r in ordered}
        empty: dict[str, list[Any]] = {path.removeprefix("$."): [] for path in dropped}
        return {r[1]: from_dict(ArticleAnalysis, {**json.loads(r[2]), **empty}) for r in ordered}

    def analysis_claims(self, ids: Iterable[str]) -> dict[str, tuple[Claim, ...]]:
        """See :meth:`Store.analysis_claims`: the claims read from the JSON without parsing the rest of it."""
        return self._analysis_part(ids, "claims", Claim)

    def analysis_timexes(self, ids: Iterable[str]) -> dict[str, tuple[Timex, ...]]:
        """See :meth:`Store.analysis_timexes`: the time expressions read from the JSON without parsing the rest."""
        return self._analysis_part(ids, "timexes", Timex)

    def _analysis_part(self, ids: Iterable[str], key: str, kind: type[T]) -> dict[str, tuple[T, ...]]:
        """One list field of the given articles' analyses, extracted by the database from the stored JSON."""
        an = s.analyses
        field = (func.json_extract(an.c.data, f"$.{key}") if self.engine.dialect.name == "sqlite"
                 else cast(an.c.data, JSON)[key].as_string())
        out: dict[str, tuple[T, ...]] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            for aid, raw in self._rows(select(an.c.article, field).where(an.c.article.in_(chunk))):
                out[aid] = tuple(from_dict(kind, d) for d in json.loads(raw)) if raw else ()
        return out

    def unanalyzed(self, config_hash: str, languages: Sequence[str]) -> list[str]:
        a, an = s.articles, s.analyses
        q = (select(a.c.id).select_from(a.outerjoin(an, an.c.article == a.c.id))
             .where(or_(an.c.article.is_(None), an.c.config_hash != config_hash))
             .where(or_(a.c.language.is_(None), a.c.language.in_(list(languages))))
             .order_by(a.c.seq))
        return [r[0] for r in self._rows(q)]

    def unfused(self) -> list[str]:
        a, an, f = s.articles, s.analyses, s.fused_articles
        q = (select(a.c.id).select_from(a.outerjoin(an, an.c.article == a.c.id).outerjoin(f, f.c.article == a.c.id))
             .where(or_(f.c.article.is_(None), f.c.config_hash != func.coalesce(an.c.config_hash, "")))
             .order_by(a.c.seq))
        return [r[0] for r in self._rows(q)]

    def analysis_sentences(self, ids: Iterable[str]) -> dict[str, tuple[tuple[int, int], ...]]:
        """The sentence spans of these articles' analyses, read without parsing the rest of each analysis."""
        an = s.analyses
        field = (func.json_extract(an.c.data, "$.sentences") if self.engine.dialect.name == "sqlite"
                 else cast(an.c.data, JSON)["sentences"].as_string())
        out: dict[str, tuple[tuple[int, int], ...]] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            for aid, raw in self._rows(select(an.c.article, field).where(an.c.article.in_(chunk))):
                out[aid] = tuple((int(a), int(b)) for a, b in json.loads(raw)) if raw else ()
        return out

    def incident_parts(self, mentions: Mapping[str, Collection[str]]) -> dict[str, ArticleAnalysis]:
        """Each analysis with only the event mentions of the given ids and no claims, in corpus order: the
        other events and the claims (most of a stored analysis' JSON) are dropped before decoding."""
        an, a = s.analyses, s.articles
        base = select(a.c.seq, an.c.article, an.c.data).join(a, a.c.id == an.c.article)
        rows = [r for chunk in _chunks(list(mentions)) for r in self._rows(base.where(an.c.article.in_(chunk)))]
        out: dict[str, ArticleAnalysis] = {}
        for _, aid, raw in sorted(rows, key=lambda r: r[0]):
            data = json.loads(raw)
            wanted = mentions[aid]
            data["events"] = [m for m in data.get("events") or () if m.get("id") in wanted]
            data["claims"] = []
            out[aid] = from_dict(ArticleAnalysis, data)
        return out

    def sentence_words(self, version: str) -> dict[str, str]:
        """Article -> its sentences' content words as last stored with this ``version`` (others are stale)."""
        sw = s.sentence_words
        return dict(self._rows(select(sw.c.article, sw.c.data).where(sw.c.version == version)))

    def put_sentence_words(self, version: str, words: Mapping[str, str]) -> None:
        sw = s.sentence_words
        with self._write() as conn:
            for chunk in _chunks(sorted(words)):
                conn.execute(delete(sw).where(sw.c.article.in_(chunk)))
                self._insert(conn, sw, [{"article": k, "version": version, "data": words[k]} for k in chunk])

    def passage_grams(self, version: str) -> dict[str, npt.NDArray[np.uint32]]:
        pg = s.passage_grams
        # arrays over the stored bytes: tuples of Python integers held about 4.5 times the memory through a fusion
        return {aid: np.frombuffer(data, dtype="<u4").astype(np.uint32, copy=False)
                for aid, data in self._rows(select(pg.c.article, pg.c.grams).where(pg.c.version == version))}

    def put_passage_grams(self, version: str, grams: Mapping[str, Sequence[int] | npt.NDArray[np.uint32]]) -> None:
        pg = s.passage_grams
        with self._write() as conn:
            for chunk in _chunks(sorted(grams)):
                conn.execute(delete(pg).where(pg.c.article.in_(chunk)))
                self._insert(conn, pg, [{"article": k, "version": version,
                                         "grams": np.asarray(grams[k], dtype="<u4").tobytes()} for k in chunk])

    def passage_verdicts(self, version: str) -> dict[tuple[str, str], str]:
        pp = s.passage_pairs
        return {(a, b): why for a, b, why in
                self._rows(select(pp.c.first, pp.c.second, pp.c.why).where(pp.c.version == version))}

    def put_passage_verdicts(self, version: str, verdicts: Mapping[tuple[str, str], str]) -> None:
        pp = s.passage_pairs
        pairs = sorted(verdicts)
        with self._write() as conn:
            for i in range(0, len(pairs), CHUNK):
                chunk = pairs[i:i + CHUNK]
                for first in sorted({a for a, _ in chunk}):
                    conn.execute(delete(pp).where((pp.c.first == first)
                                                  & pp.c.second.in_([b for a, b in chunk if a == first])))
                self._insert(conn, pp, [{"first": a, "second": b, "version": version, "why": verdicts[a, b]}
                                        for a, b in chunk])

    def article_claim_links(self, ids: Iterable[str]) -> tuple[list[ClaimLink], list[Claim]]:
        """The stored links from or to the claims of these articles, and the claims at their other ends
        that belong to other articles."""
        cl, lk = s.claim_links, s.claim_links.c
        mine: set[str] = set()
        for chunk in _chunks(sorted(set(ids))):
            mine.update(r[0] for r in self._rows(select(s.claims.c.id).where(s.claims.c.article.in_(chunk))))
        links: dict[tuple[str, str, str], ClaimLink] = {}
        for chunk in _chunks(sorted(mine)):
            query = select(lk.from_id, lk.to_id, lk.type, cl.c.data).where(or_(lk.from_id.in_(chunk),
                                                                             lk.to_id.in_(chunk)))
            links.update({(r[0], r[1], r[2]): _load(ClaimLink, r[3]) for r in self._rows(query)})
        others = sorted({k for f, t, _ in links for k in (f, t)} - mine)
        claims = [c for chunk in _chunks(others)
                  for c in self._objects(Claim, select(s.claims.c.data).where(s.claims.c.id.in_(chunk)))]
        return [links[k] for k in sorted(links)], sorted(claims, key=lambda c: c.id)

    # ------------------------------------------------------------------ saving the fused story

    def save_story(self, story: Story, fused: Mapping[str, str] | None = None,
                   scope: Collection[str] | None = None) -> None:
        """See :meth:`Store.save_story`: one transaction, so a killed run leaves the old story and marks or
        the new ones, never a mix (:meth:`unfused` then says what is left to fuse).

        Only the rows whose content changed are written: each fused row's digest is kept in ``fused_rows``,
        and a row is deleted and inserted again only when its digest differs (or it is new, or gone), so
        saving a story that changed in a few places costs those places, not the store.
        """
        with self._write() as conn:
            if fused is not None:
                self._save_marks(conn, fused, keep_others=scope is not None)
            within = self._scoped_keys(conn, scope) if scope is not None else {}
            read, self._read = self._read, {}
            made = fused_rows_of(story, read)
            if read:  # every stored entity was read by this run: those it hands back as read stay as they are,
                # unread (issue 11: not 30k digests read and compared on a 19k store to write a few hundred)
                same = {e.id for e in story.entities if e.id in read and read[e.id][0] is e}
                within["entity"] = read.keys() - same
                made["entity"] = {k: v for k, v in made["entity"].items() if k not in same}
            # a scoped kind's stored digests are read for the rows it replaces or writes only (most of a large
            # store's rows are the events and claims of articles outside the scope)
            stored = self._digests(conn, {k: within[k] | set(made[k]) for k in within})
            added: list[Entity] = []
            for kind, rows in made.items():
                old = stored.get(kind, {})
                replaced = within.get(kind, old.keys())  # the stored rows the story stands for
                drop = [k for k in replaced if k in old and (k not in rows or rows[k][0] != old[k])]
                add = [k for k, (d, _) in rows.items() if old.get(k) != d]
                self._drop(conn, kind, drop)
                self._add(conn, kind, [rows[k][1] for k in add], story)
                if kind == "entity":
                    added = [rows[k][1] for k in add]
                ft = s.fused_rows
                for chunk in _chunks(drop):
                    conn.execute(delete(ft).where(ft.c.kind == kind).where(ft.c.id.in_(chunk)))
                self._insert(conn, ft, [{"kind": kind, "id": k, "digest": rows[k][0]} for k in add])
            self._keep_entity_keys(conn, story.entities, added)

    def _keep_entity_keys(self, conn: Connection, entities: Sequence[Entity], added: Sequence[Entity]) -> None:
        """Keep the blocking keys of the entities written now (a dropped entity's go with it); all of them
        anew when the stored keys were made by another version (see :meth:`entities_with_keys`)."""
        from storyline.fuse.entities import entity_keys, entity_keys_version

        version = entity_keys_version()
        ek, ev = s.entity_keys, s.entity_keys_version
        if [r[0] for r in conn.execute(select(ev.c.version)).all()] != [version]:
            conn.execute(delete(ek))
            conn.execute(delete(s.name_folds))
            conn.execute(delete(ev))
            conn.execute(insert(ev), [{"version": version}])
            added = entities
        for lo in range(0, len(added), _SAVE_CHUNK):
            self._insert(conn, ek, [{"entity": e.id, "key": k[:_KEY_CHARS]} for e in added[lo:lo + _SAVE_CHUNK]
                                    for k in sorted(entity_keys(e))])
        self._keep_name_folds(conn, added)

    def _keep_name_folds(self, conn: Connection, entities: Sequence[Entity]) -> None:
        """Keep the folded key of each alias of these entities and of that folded key (what a run folds for
        every stored entity: :meth:`name_folds`); a name kept already stays (the fold is a pure function of the
        name, for one version)."""
        from storyline.analyze.names.keys import folded_key

        names = {alias for e in entities for alias in e.aliases if len(alias) <= _KEY_CHARS}
        names |= {f for name in list(names) if len(f := folded_key(name)) <= _KEY_CHARS}
        nf = s.name_folds
        for chunk in _chunks(sorted(names)):
            known = {r[0] for r in conn.execute(select(nf.c.name).where(nf.c.name.in_(chunk)))}
            self._insert(conn, nf, [{"name": n, "folded": folded_key(n)} for n in chunk
                                    if n not in known and len(folded_key(n)) <= _KEY_CHARS])

    def name_folds(self, version: str) -> dict[str, str] | None:
        """Name -> its folded key (:func:`storyline.analyze.names.keys.folded_key`) for the stored entities'
        aliases and their folded keys, kept at each save with the entity keys; None when those are not of
        ``version``."""
        if [r[0] for r in self._rows(select(s.entity_keys_version.c.version))] != [version]:
            return None
        nf = s.name_folds
        return dict(self._rows(select(nf.c.name, nf.c.folded)))

    def entity_key_blocks(self, version: str, keys: Iterable[str]) -> dict[str, tuple[int, str, str]] | None:
        """Key -> (how many stored entities hold it, the first and the last of them by id), for these keys
        (a big block is counted, not read); None when the keys kept are not of ``version``."""
        ek, ev = s.entity_keys, s.entity_keys_version
        if [r[0] for r in self._rows(select(ev.c.version))] != [version]:
            return None
        wanted = {k for k in keys if len(k) <= _KEY_CHARS}  # (a longer key is cut: its rows are read instead)
        out: dict[str, tuple[int, str, str]] = {}
        query = select(ek.c.key, func.count(), func.min(ek.c.entity), func.max(ek.c.entity)).group_by(ek.c.key)
        for chunk in _chunks(sorted(wanted)):
            out.update((r[0], (int(r[1]), r[2], r[3])) for r in self._rows(query.where(ek.c.key.in_(chunk))))
        return out

    def entity_key_rows(self, version: str, keys: Iterable[str]) -> list[tuple[str, str]] | None:
        """(key, entity) for the stored entities holding any of these blocking keys
        (:func:`storyline.fuse.entities.entity_keys`), or None when the keys kept are not of ``version``."""
        ek, ev = s.entity_keys, s.entity_keys_version
        if [r[0] for r in self._rows(select(ev.c.version))] != [version]:
            return None
        wanted: dict[str, list[str]] = {}
        for k in keys:
            wanted.setdefault(k[:_KEY_CHARS], []).append(k)
        out: list[tuple[str, str]] = []
        for chunk in _chunks(sorted(wanted)):
            out += [(k, r[1]) for r in self._rows(select(ek.c.key, ek.c.entity).where(ek.c.key.in_(chunk)))
                    for k in wanted[r[0]]]
        return out

    @staticmethod
    def _scoped_keys(conn: Connection, scope: Collection[str]) -> dict[str, set[str]]:
        """The keys of the stored events, claims, claim links and supports of the articles ``scope``."""
        em, cl, lk = s.event_mentions, s.claims, s.claim_links
        events: set[str] = set()
        claims: set[str] = set()
        for chunk in _chunks(sorted(scope)):
            events.update(r[0] for r in conn.execute(select(em.c.event).where(em.c.article.in_(chunk))))
            claims.update(r[0] for r in conn.execute(select(cl.c.id).where(cl.c.article.in_(chunk))))
        links: set[str] = set()
        for chunk in _chunks(sorted(claims)):
            query = select(lk.c.from_id, lk.c.to_id, lk.c.type).where(or_(lk.c.from_id.in_(chunk),
                                                                          lk.c.to_id.in_(chunk)))
            links.update(s.link_key(*r) for r in conn.execute(query))
        return {"event": events, "claim": claims, "claim_link": links, "claim_support": claims}

    def _save_marks(self, conn: Connection, fused: Mapping[str, str], keep_others: bool = False) -> None:
        f = s.fused_articles
        old = dict(conn.execute(select(f.c.article, f.c.config_hash)).all())
        drop = [k for k, v in old.items() if fused.get(k, v if keep_others else None) != v]
        for chunk in _chunks(drop):
            conn.execute(delete(f).where(f.c.article.in_(chunk)))
        self._insert(conn, f, [{"article": k, "config_hash": v} for k, v in fused.items() if old.get(k) != v])

    @staticmethod
    def _digests(conn: Connection, only: Mapping[str, set[str]]) -> dict[str, dict[str, str]]:
        """kind -> key -> the stored digest; for a kind in ``only``, of those keys only."""
        ft = s.fused_rows
        out: dict[str, dict[str, str]] = {}
        query = select(ft.c.kind, ft.c.id, ft.c.digest)
        rows = list(conn.execute(query.where(ft.c.kind.not_in(list(only))) if only else query).all())
        for kind, keys in only.items():
            for chunk in _chunks(sorted(keys)):
                rows += conn.execute(query.where(ft.c.kind == kind).where(ft.c.id.in_(chunk))).all()
        for kind, key, dig in rows:
            out.setdefault(kind, {})[key] = dig
        return out

    @staticmethod
    def _drop(conn: Connection, kind: str, keys: list[str]) -> None:
        """Delete the stored rows of ``kind`` with these keys, with their index and child rows."""
        if kind == "claim_link":
            cl = s.claim_links
            if keys:
                stmt = delete(cl).where(cl.c.from_id == bindparam("f"), cl.c.to_id == bindparam("t"),
                                        cl.c.type == bindparam("y"))
                conn.execute(stmt, [dict(zip("fty", k.split("\x1f", 2), strict=True)) for k in keys])
            return
        for chunk in _chunks(keys):
            for table, col in _DROP[kind]:
                conn.execute(delete(table).where(table.c[col].in_(chunk)))
            if kind in ("entity", "event", "claim"):
                unindex_facts(conn, kind, chunk)

    def _add(self, conn: Connection, kind: str, objs: list[Any], story: Story) -> None:
        """Insert the rows of ``objs``, a chunk at a time: a fresh store's first save would otherwise hold
        the JSON of every fused row at once (hundreds of MB for 19k articles)."""
        for lo in range(0, len(objs), _SAVE_CHUNK):
            self._add_chunk(conn, kind, objs[lo:lo + _SAVE_CHUNK], story)

    def _add_chunk(self, conn: Connection, kind: str, objs: list[Any], story: Story) -> None:
        if kind == "entity":
            self._save_entities(conn, objs)
        elif kind == "event":
            self._save_events(conn, objs)
        elif kind == "claim":
            self._save_claims(conn, objs, story.articles)
        elif kind == "claim_link":
            self._insert(conn, s.claim_links, [{"from_id": link.from_, "to_id": link.to, "type": link.type,
                                                "data": _dump(link)} for group in objs for link in group])
        elif kind == "claim_support":
            self._insert(conn, s.claim_support, [{"claim": k, "data": _dump(v)} for k, v in objs])
        elif kind == "story":
            self._insert(conn, s.stories, [{"id": st.id, "label": st.label, "n_articles": len(st.articles),
                                            "data": _dump(st)} for st in objs])
        elif kind == "source_family":
            self._insert(conn, s.source_families, [{"id": fam.id, "data": _dump(fam)} for fam in objs])

    @staticmethod
    def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
        if rows:
            conn.execute(insert(table), rows)

    def _save_entities(self, conn: Connection, entities: Sequence[Entity]) -> None:
        rows = [{"id": e.id, "name": e.name, "type": e.type, "n_mentions": len(e.mentions), "data": _dump(e),
                 "head": s.entity_head(e)} for e in entities]
        self._insert(conn, s.entities, rows)
        self._insert(conn, s.entity_mentions, [{"entity": e.id, "article": m.article, "start": m.start,
                                                "end": m.end} for e in entities for m in e.mentions])
        index_rows(conn, [("entity", e.id, e.name, " ".join(e.aliases)) for e in entities])

    def _save_events(self, conn: Connection, events: Sequence[Event]) -> None:
        rows: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for ev in events:
            earliest, latest = time_bounds(ev.date)
            rows.append({"id": ev.id, "type": ev.type, "subtype": ev.subtype,
                         "date_value": ev.date.value if ev.date else None, "earliest": earliest, "latest": latest,
                         "location": ev.location, "n_articles": len({m.article for m in ev.mentions}),
                         "data": _dump(ev)})
            ents = {(p.entity, p.role) for p in ev.participants if p.entity}
            if ev.location:
                ents.add((ev.location, "place"))
            links.extend({"event": ev.id, "entity": ent, "role": role} for ent, role in sorted(ents))
        self._insert(conn, s.events, rows)
        self._insert(conn, s.event_entities, links)
        self._insert(conn, s.event_mentions, [{"event": ev.id, "article": m.article, "start": m.start,
                                               "end": m.end} for ev in events for m in ev.mentions])
        index_rows(conn, [("event", ev.id, " ".join(x for x in (ev.type, ev.subtype, ev.location_text) if x),
                           " ".join(m.text for m in ev.mentions)) for ev in events])

    def _save_claims(self, conn: Connection, claims: Sequence[Claim], articles: Sequence[Article]) -> None:
        published = {a.id: a.published for a in articles}
        missing = sorted({c.article for c in claims} - set(published))
        for chunk in _chunks(missing):  # claims of articles the story object does not carry
            published.update(conn.execute(select(s.articles.c.id, s.articles.c.published)
                                          .where(s.articles.c.id.in_(chunk))).all())
        rows = []
        for c in claims:
            earliest, latest = s.claim_bounds(c, published.get(c.article))
            rows.append({"id": c.id, "article": c.article, "speaker": c.speaker, "polarity": c.polarity,
                         "start": c.start, "end": c.end, "earliest": earliest, "latest": latest, "data": _dump(c)})
        self._insert(conn, s.claims, rows)
        index_rows(conn, [("claim", c.id, f"{c.speaker_text or 'unknown'}: {c.cue or ''}", c.content)
                          for c in claims])

    # ------------------------------------------------------------------ loading it

    def load_story(self, start: str | None = None, end: str | None = None) -> Story:
        dates = parse_range(start, end)
        ev, cl = s.events, s.claims
        events = self._objects(Event, select(ev.c.data).where(*s.overlapping(ev.c.earliest, ev.c.latest, dates))
                               .order_by(ev.c.id))
        claims = self._objects(Claim, select(cl.c.data).where(*s.overlapping(cl.c.earliest, cl.c.latest, dates))
                               .order_by(cl.c.id))
        if dates:
            return self._story_in(dates, events, claims)
        story = Story(
            articles=self.articles(),
            entities=self.entities(),
            events=events,
            claims=claims,
            claim_links=self.claim_links(),
            stories=self._objects(StoryCluster, select(s.stories.c.data).order_by(s.stories.c.id)),
            source_families=self._objects(SourceFamily, select(s.source_families.c.data)
                                          .order_by(s.source_families.c.id)),
        )
        story.claim_support = {r[0]: _load(Corroboration, r[1])
                               for r in self._rows(select(s.claim_support.c.claim, s.claim_support.c.data))}
        story.timexes = [t for a in self.analyses().values() for t in a.timexes]
        return story

    def _story_in(self, dates: DateRange, events: list[Event], claims: list[Claim]) -> Story:
        """The part of the story inside a date range (see :meth:`load_story`)."""
        a = s.articles
        dated = self._rows(select(a.c.id).where(*s.overlapping(a.c.earliest, a.c.latest, dates)))
        ids = {r[0] for r in dated} | {m.article for e in events for m in e.mentions} | {c.article for c in claims}
        articles = self.articles(ids)
        kept = {x.id for x in articles}
        claim_ids = {c.id for c in claims}
        entities = [replace(e, mentions=tuple(m for m in e.mentions if m.article in kept),
                            metonymy=tuple(m for m in e.metonymy if m.article in kept))
                    for e in self.entities() if any(m.article in kept for m in e.mentions)]
        story = Story(articles=articles, entities=entities, events=events, claims=claims,
                      claim_links=[x for x in self.claim_links() if x.from_ in claim_ids and x.to in claim_ids],
                      stories=[StoryCluster(c.id, c.label, tuple(x for x in c.articles if x in kept))
                               for c in self.stories() if kept.intersection(c.articles)],
                      source_families=self.source_families(kept))
        story.claim_support = {c: v for c in claim_ids if (v := self.claim_support(c)) is not None}
        story.timexes = [t for an in self.analyses(kept).values() for t in an.timexes]
        return story

    # ------------------------------------------------------------------ entities

    def entities(self) -> list[Entity]:
        rows = self._rows(select(s.entities.c.data).order_by(s.entities.c.id))
        out = [_load(Entity, r[0]) for r in rows]
        if not self.readonly:
            self._read = {e.id: (e, s.digest(r[0])) for e, r in zip(out, rows, strict=True)}
        return out

    def stored_entities(self) -> list[Entity]:
        """Every entity as :meth:`entities` reads it, but without its mention lists: each is a
        :class:`storyline.model.StoredEntity` that reads them on first use (issue 11: an incremental run's
        cost is what its new articles touch, not every stored mention). An entity with no ``head`` (a row
        older than migration 4's backfill) or no kept digest is read whole."""
        e, ft = s.entities, s.fused_rows
        query = (select(e.c.id, e.c.name, e.c.type, e.c.head, ft.c.digest)
                 .outerjoin(ft, (ft.c.kind == "entity") & (ft.c.id == e.c.id)).order_by(e.c.id))
        rows = self._rows(query)
        source = _StoredMentions(self)
        out: list[Entity] = []
        whole = [r.id for r in rows if not r.head or not r.digest]
        read = {x.id: x for x in self._entities_by_id(whole)}
        digests: dict[str, str] = {}
        for r in rows:
            if r.id in read:
                out.append(read[r.id])
                continue
            head = json.loads(r.head)
            out.append(StoredEntity.unread(source, id=r.id, name=r.name, type=r.type or "",
                                           aliases=dict(head.get("aliases", {})), types=dict(head.get("types", {})),
                                           roles=tuple(from_dict(Role, d) for d in head.get("roles", ()))))
            digests[r.id] = r.digest
        source.order = [x for x in out if isinstance(x, StoredEntity)]
        if not self.readonly:
            self._read = {x.id: (x, digests[x.id]) for x in source.order}
            self._read.update({x.id: (x, self._digest_of(x)) for x in read.values()})
        return out

    def _entities_by_id(self, ids: Sequence[str]) -> list[Entity]:
        """The stored entities of these ids, read whole (mention lists and all), in no particular order."""
        e = s.entities
        return [x for chunk in _chunks(list(ids))
                for x in self._objects(Entity, select(e.c.data).where(e.c.id.in_(chunk)))]

    def _digest_of(self, entity: Entity) -> str:
        e = s.entities
        data = self._scalar(select(e.c.data).where(e.c.id == entity.id))
        return s.digest(data)

    def entity(self, entity_id: str) -> Entity | None:
        return self._one(Entity, s.entities, s.entities.c.id, entity_id)

    @staticmethod
    def _header_select() -> Select[Any]:
        e = s.entities
        return select(e.c.id, e.c.name, e.c.type, e.c.n_mentions, e.c.head)

    def entity_header(self, entity_id: str) -> EntityHeader | None:
        rows = self._rows(self._header_select().where(s.entities.c.id == entity_id))
        return _header(rows[0]) if rows else None

    def _entity_filter(self, query: Select[Any], type: str | None, q: str | None) -> Select[Any]:
        e = s.entities
        if type:
            query = query.where(e.c.type == type)
        if q:
            query = query.where(e.c.name.ilike(_like(q), escape="\\"))
        return query

    def list_entities(self, offset: int = 0, limit: int = 50, type: str | None = None,
                      q: str | None = None) -> list[EntityHeader]:
        e = s.entities
        query = self._entity_filter(self._header_select(), type, q).order_by(e.c.n_mentions.desc(), e.c.name, e.c.id)
        return [_header(r) for r in self._rows(query.offset(offset).limit(limit))]

    def count_entities(self, type: str | None = None, q: str | None = None) -> int:
        return int(self._scalar(self._entity_filter(select(func.count()).select_from(s.entities), type, q)) or 0)

    def entity_names(self, ids: Iterable[str | None]) -> dict[str, str]:
        return self._entity_column(ids, s.entities.c.name)

    def entity_types(self, ids: Iterable[str | None]) -> dict[str, str]:
        return self._entity_column(ids, s.entities.c.type)

    def entity_aliases(self, ids: Iterable[str | None]) -> dict[str, list[str]]:
        heads = self._entity_column(ids, s.entities.c.head)
        counts = {i: dict(json.loads(h).get("aliases", {})) if h else {} for i, h in heads.items()}
        return {i: sorted(c, key=lambda a: -c[a]) for i, c in counts.items()}

    def _entity_column(self, ids: Iterable[str | None], column: Any) -> dict[str, str]:
        """Entity id -> one column of its row, for the known ids among ``ids`` (one query per chunk)."""
        e = s.entities
        wanted = sorted({x for x in ids if x})
        return {r[0]: r[1] for chunk in _chunks(wanted)
                for r in self._rows(select(e.c.id, column).where(e.c.id.in_(chunk)))}

    def entity_mentions(self, entity_id: str, offset: int = 0, limit: int = 50) -> list[Span]:
        em = s.entity_mentions
        query = (select(em.c.article, em.c.start, em.c.end).where(em.c.entity == entity_id)
                 .order_by(em.c.article, em.c.start, em.c.end).offset(offset).limit(limit))
        return [Span(r[0], r[1], r[2], "") for r in self._rows(query)]

    def count_entity_mentions(self, entity_id: str) -> int:
        em = s.entity_mentions
        return int(self._scalar(select(func.count()).select_from(em).where(em.c.entity == entity_id)) or 0)

    def mention_entities(self, article_id: str) -> dict[tuple[int, int], str]:
        em = s.entity_mentions
        rows = self._rows(select(em.c.start, em.c.end, em.c.entity).where(em.c.article == article_id))
        return {(r[0], r[1]): r[2] for r in rows}

    # ------------------------------------------------------------------ events

    def event(self, event_id: str) -> Event | None:
        return self._one(Event, s.events, s.events.c.id, event_id)

    def _event_filter(self, query: Select[Any], start: str | None, end: str | None, type: str | None,
                      entity: str | None) -> Select[Any]:
        ev = s.events
        query = query.where(*s.overlapping(ev.c.earliest, ev.c.latest, parse_range(start, end)))
        if type:
            query = query.where(func.lower(ev.c.type) == type.lower())
        if entity:
            query = query.where(ev.c.id.in_(select(s.event_entities.c.event).where(
                s.event_entities.c.entity == entity)))
        return query

    @staticmethod
    def _event_order(query: Select[Any]) -> Select[Any]:
        ev = s.events  # dated events first, by start then end of their interval; undated ones after
        return query.order_by(ev.c.earliest.is_(None), ev.c.earliest, ev.c.latest, ev.c.id)

    def list_events(self, offset: int = 0, limit: int = 50, start: str | None = None, end: str | None = None,
                    type: str | None = None, entity: str | None = None) -> list[Event]:
        query = self._event_order(self._event_filter(select(s.events.c.id), start, end, type, entity))
        return self._page(Event, s.events, query.offset(offset).limit(limit))

    def count_events(self, start: str | None = None, end: str | None = None, type: str | None = None,
                     entity: str | None = None) -> int:
        query = self._event_filter(select(func.count()).select_from(s.events), start, end, type, entity)
        return int(self._scalar(query) or 0)

    def article_events(self, article_ids: Iterable[str]) -> list[Event]:
        ev, em = s.events, s.event_mentions
        ids = sorted(set(article_ids))
        found: dict[str, Any] = {}
        for chunk in _chunks(ids):
            inner = select(em.c.event).where(em.c.article.in_(chunk))
            for r in self._rows(select(ev.c.id, ev.c.earliest, ev.c.latest, ev.c.data).where(ev.c.id.in_(inner))):
                found[r[0]] = r
        rows = sorted(found.values(), key=lambda r: (r[1] is None, r[1] or "", r[2] or "", r[0]))
        return [_load(Event, r[3]) for r in rows]

    def article_event_types(self, article_ids: Iterable[str], types: Collection[str]) -> set[tuple[str, str]]:
        ev, em = s.events, s.event_mentions
        wanted = sorted(set(types))
        if not wanted:
            return set()
        query = select(em.c.article, ev.c.type).join(ev, ev.c.id == em.c.event).where(ev.c.type.in_(wanted))
        return {(r[0], r[1]) for chunk in _chunks(sorted(set(article_ids)))
                for r in self._rows(query.where(em.c.article.in_(chunk)).distinct())}

    # ------------------------------------------------------------------ claims

    def claim(self, claim_id: str) -> Claim | None:
        return self._one(Claim, s.claims, s.claims.c.id, claim_id)

    def article_claims(self, article_ids: Iterable[str]) -> list[Claim]:
        cl = s.claims
        query = select(cl.c.article, cl.c.start, cl.c.id, cl.c.data)
        rows = [r for chunk in _chunks(sorted(set(article_ids)))
                for r in self._rows(query.where(cl.c.article.in_(chunk)))]
        return [_load(Claim, r[3]) for r in sorted(rows, key=lambda r: (r[0], r[1] if r[1] is not None else -1, r[2]))]

    def _claim_filter(self, query: Select[Any], speaker: str | None, article: str | None, start: str | None,
                      end: str | None) -> Select[Any]:
        cl = s.claims
        if speaker:
            query = query.where(cl.c.speaker == speaker)
        if article:
            query = query.where(cl.c.article == article)
        return query.where(*s.overlapping(cl.c.earliest, cl.c.latest, parse_range(start, end)))

    def list_claims(self, offset: int = 0, limit: int = 50, speaker: str | None = None,
                    article: str | None = None, start: str | None = None, end: str | None = None) -> list[Claim]:
        cl = s.claims
        query = self._claim_filter(select(cl.c.id), speaker, article, start, end)
        return self._page(Claim, cl, query.order_by(cl.c.article, cl.c.start, cl.c.id).offset(offset).limit(limit))

    def count_claims(self, speaker: str | None = None, article: str | None = None, start: str | None = None,
                     end: str | None = None) -> int:
        query = self._claim_filter(select(func.count()).select_from(s.claims), speaker, article, start, end)
        return int(self._scalar(query) or 0)

    def claim_links(self, claim_id: str | None = None) -> list[ClaimLink]:
        cl = s.claim_links
        query = select(cl.c.data)
        if claim_id:
            query = query.where(or_(cl.c.from_id == claim_id, cl.c.to_id == claim_id))
        return self._objects(ClaimLink, query.order_by(cl.c.from_id, cl.c.to_id, cl.c.type))

    def claim_support(self, claim_id: str) -> Corroboration | None:
        return self._one(Corroboration, s.claim_support, s.claim_support.c.claim, claim_id)

    # ------------------------------------------------------------------ clusters and families

    def stories(self) -> list[StoryCluster]:
        st = s.stories
        return self._objects(StoryCluster, select(st.c.data).order_by(st.c.n_articles.desc(), st.c.id))

    def story_cluster(self, story_id: str) -> StoryCluster | None:
        return self._one(StoryCluster, s.stories, s.stories.c.id, story_id)

    def source_families(self, articles: Iterable[str] | None = None) -> list[SourceFamily]:
        fams = self._objects(SourceFamily, select(s.source_families.c.data).order_by(s.source_families.c.id))
        if articles is None:
            return fams
        wanted = set(articles)
        return [f for f in fams if wanted.intersection(f.articles)]

    # ------------------------------------------------------------------ search

    def search(self, q: str, kinds: Sequence[str] | None = None, start: str | None = None,
               end: str | None = None, entity: str | None = None, outlet: str | None = None,
               event_type: str | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        return run_search(self.engine, q, kinds=kinds, start=start, end=end, entity=entity, outlet=outlet,
                          event_type=event_type, limit=limit, offset=offset)

    # ------------------------------------------------------------------ embedding cache

    def get_vectors(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached sentence vectors (raw float32 bytes) for the keys that have one (fusion asks for a few at a
        time, thousands of times: inside :meth:`reads` they share one connection)."""
        t = s.embedding_cache
        return {r[0]: r[1] for chunk in _chunks(list(keys))
                for r in self._rows(select(t.c.key, t.c.vec).where(t.c.key.in_(chunk)))}

    def put_vectors(self, vectors: dict[str, bytes]) -> None:
        if not vectors or self.readonly:
            return
        t = s.embedding_cache
        with self._write() as conn:
            known = {r[0] for chunk in _chunks(list(vectors))
                     for r in conn.execute(select(t.c.key).where(t.c.key.in_(chunk)))}
            self._insert(conn, t, [{"key": k, "vec": v} for k, v in vectors.items() if k not in known])

    # ------------------------------------------------------------------ runs, facets, info

    def put_presented(self, name: str, state: str, data: str) -> None:
        """See :meth:`Store.put_presented`: what was made for an older state goes with it."""
        p = s.presented
        with self._write() as conn:
            conn.execute(delete(p).where((p.c.name == name) | (p.c.state != state)))
            conn.execute(insert(p).values(name=name, state=state, made_at=_now(), data=data))

    def presented(self, name: str) -> tuple[str, str] | None:
        rows = self._rows(select(s.presented.c.state, s.presented.c.data).where(s.presented.c.name == name))
        return (str(rows[0][0]), str(rows[0][1])) if rows else None

    def record_run(self, summary: dict[str, Any]) -> None:
        with self._write() as conn:
            conn.execute(insert(s.runs).values(finished_at=_now(), data=json.dumps(summary, default=str)))

    def last_run(self) -> dict[str, Any] | None:
        rows = self._rows(select(s.runs.c.data).order_by(s.runs.c.id.desc()).limit(1))
        return json.loads(rows[0][0]) if rows else None

    def _counts(self, col: Any) -> dict[str, int]:
        rows = self._rows(select(col, func.count()).where(col.is_not(None)).group_by(col)
                          .order_by(func.count().desc(), col))
        return {r[0]: int(r[1]) for r in rows}

    def facets(self) -> Facets:
        a = s.articles
        lo, hi = self._rows(select(func.min(a.c.earliest), func.max(a.c.latest)))[0]
        return Facets(outlets=self._counts(a.c.outlet), languages=self._counts(a.c.language),
                      entity_types=self._counts(s.entities.c.type), event_types=self._counts(s.events.c.type),
                      published=(lo, hi))

    def info(self) -> dict[str, Any]:
        a = s.articles
        out: dict[str, Any] = {"store": self.url, "schema_version": self.schema_version()}
        out.update({k: self.count(k) for k in KINDS})
        out["copies"] = int(self._scalar(select(func.count()).select_from(a).where(a.c.copy_of.is_not(None))) or 0)
        out["outlets"] = int(self._scalar(select(func.count(func.distinct(a.c.outlet)))) or 0)
        out["languages"] = dict(self._rows(select(a.c.language, func.count()).group_by(a.c.language)))
        out["published_range"] = list(self._rows(select(func.min(a.c.published), func.max(a.c.published)))[0])
        out["last_run"] = self.last_run()
        return out
